"""A real ``errorflow up`` for the healing tests: its own data directory and broker, read through its state file."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import orjson

from errorflow.children import spawn
from errorflow.embedded.queryserver import post_sql

T = TypeVar("T")


def wait_for(condition: Callable[[], T], *, timeout_s: float, what: str) -> T:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            value = condition()
        except OSError:  # the pipeline is restarting: its endpoints are briefly away
            value = None  # type: ignore[assignment]
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout_s}s waiting for {what}")


class Up:
    """A running ``errorflow up`` and its state file."""

    def __init__(self, process: subprocess.Popen[bytes], data_dir: Path) -> None:
        self.process = process
        self.data_dir = data_dir

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = orjson.loads((self.data_dir / "stack.json").read_bytes())
        return result

    def pid(self, child: str) -> int:
        return int(self.state()["children"][child])

    def rows(self, sql: str) -> list[dict[str, Any]]:
        answer = post_sql(self.state()["query_url"], sql, timeout_s=10)
        if "error" in answer:
            raise AssertionError(f"query failed: {answer['error']}\n{sql}")
        return [dict(zip(answer["columns"], row, strict=True)) for row in answer["rows"]]

    def kill(self, child: str) -> int:
        pid = self.pid(child)
        os.kill(pid, signal.SIGKILL)
        return pid


@contextlib.contextmanager
def running_up(data_dir: Path, *, ops: str, env: dict[str, str]) -> Iterator[Up]:
    """``errorflow up --ops ops`` with its own broker, ``env`` over this environment; stopped with Ctrl-C."""
    environment = {**os.environ, **env}
    environment.pop("ERRORFLOW_KAFKA_BOOTSTRAP", None)
    environment.pop("ERRORFLOW_KAFKA__BOOTSTRAP", None)
    process = spawn(
        [sys.executable, "-m", "errorflow", "up", "--data-dir", str(data_dir), "--ops", ops],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    try:
        wait_for(lambda: (data_dir / "stack.json").exists(), timeout_s=120, what="errorflow up to start")
        yield Up(process, data_dir)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
