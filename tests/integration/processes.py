"""Processes as ``/proc`` shows them: alive or not, and those a test run started (by their environment)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

RUN_MARK = "ERRORFLOW_TEST_RUN"
"""Set in a test worker's environment: every process it starts, and theirs, inherit it."""


def alive(pid: int) -> bool:
    """Whether ``pid`` runs: a zombie (dead, not yet reaped by its parent) does not."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status and "State:\tX" not in status


def wait_gone(pids: Iterable[int], *, timeout_s: float) -> list[int]:
    """Wait until none of ``pids`` runs, at most ``timeout_s``; return those still running."""
    waiting = list(pids)
    deadline = time.monotonic() + timeout_s
    while True:
        waiting = [pid for pid in waiting if alive(pid)]
        if not waiting or time.monotonic() > deadline:
            return waiting
        time.sleep(0.05)


def command_line(pid: int) -> str:
    """The process's command line, or a note that it is gone."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "(gone)"
    return raw.replace(b"\0", b" ").decode(errors="replace").strip()


def marked(mark: str, *, but: Iterable[int] = ()) -> list[int]:
    """The running processes whose environment holds ``RUN_MARK=mark`` (but those of ``but``)."""
    wanted = f"{RUN_MARK}={mark}".encode()
    skip = set(but)
    found: list[int] = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) in skip:
            continue
        try:
            environment = Path(entry.path, "environ").read_bytes()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if wanted in environment.split(b"\0") and alive(int(entry.name)):
            found.append(int(entry.name))
    return found
