"""An operation for the stuck-runner test, and a hook that makes the first runner stall for good.

``errorflow worker --ops tests.integration.stall_ops`` imports it. A test hook,
not a mock: the broker, the store, the supervisor and the runner are real. With
``IT_STALL_RUNNER_ONCE`` set to a directory, the first runner to take a command
whose note is :data:`MARK` writes :data:`MARKER` there and from then on holds
every command it takes for ever, the way a call that never returns would (its
event loop stays responsive: only the ``progress`` check can tell). A runner
started when the marker exists (the one the supervisor restarts) does not stall.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from errorflow.runner import worker
from errorflow.sdk import operation

MARK = "stall-the-runner"
"""The note of the command that makes the first runner stall."""
MARKER = "runner-stalled-once"
"""File the stalling runner writes (with its process id) in ``IT_STALL_RUNNER_ONCE``."""


@operation(name="it_stall_echo", service="it-runner")
async def echo(note: str) -> str:
    return note


def _install() -> None:
    directory = os.environ.get("IT_STALL_RUNNER_ONCE")
    if not directory:
        return
    marker = Path(directory) / MARKER
    stalled = marker.exists()  # a restarted runner: the stall happened before, it must not again
    hold_until_due = worker.hold_until_due
    stuck = asyncio.Event()

    async def stalling_hold_until_due(command: Any, *, lead_s: float) -> float:
        if not stalled and command.input.get("note") == MARK and not stuck.is_set():
            marker.write_text(str(os.getpid()))
            stuck.set()
        if stuck.is_set():
            await asyncio.Event().wait()  # never set
        return await hold_until_due(command, lead_s=lead_s)

    worker.hold_until_due = stalling_hold_until_due  # type: ignore[assignment]


_install()
