"""Healing under ``errorflow up``: a killed child is restarted and recorded, a crash loop stops and alerts.

One ``errorflow up`` (real Tansu, real chDB, a pipeline and a runner) is shared
by the module; children are killed with SIGKILL, as a kernel OOM kill would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import orjson
import pytest

from errorflow.embedded.queryserver import post_sql
from errorflow.health import get_probe

pytestmark = pytest.mark.integration

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

    def __init__(self, process: subprocess.Popen[str], data_dir: Path) -> None:
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


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Up]:
    data_dir = tmp_path_factory.mktemp("healing")
    env = {
        **os.environ,
        "ERRORFLOW_APP_ID": f"heal-{uuid.uuid4().hex[:8]}",
        "ERRORFLOW_HEALTH__RESTART_INITIAL_BACKOFF_S": "0.2",
        "ERRORFLOW_HEALTH__RESTART_MAX_BACKOFF_S": "1",
        "ERRORFLOW_HEALTH__RESTART_MAX_RESTARTS": "2",
        "ERRORFLOW_HEALTH__RESTART_WINDOW_S": "600",
    }
    env.pop("ERRORFLOW_KAFKA_BOOTSTRAP", None)
    env.pop("ERRORFLOW_KAFKA__BOOTSTRAP", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "errorflow", "up", "--data-dir", str(data_dir), "--ops", "tests.integration.ops"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        stack = Up(process, data_dir)
        wait_for(lambda: (data_dir / "stack.json").exists(), timeout_s=120, what="errorflow up to start")
        yield stack
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_a_killed_pipeline_is_restarted_and_the_restart_is_recorded(up: Up) -> None:
    killed = up.kill("pipeline")
    restarted = wait_for(
        lambda: up.pid("pipeline") != killed and up.pid("pipeline"), timeout_s=60, what="a new pipeline"
    )
    rows = wait_for(
        lambda: up.rows(
            "SELECT issue, action, outcome, attempt, exit_code, pid, reason FROM healing_actions "
            "WHERE target = 'pipeline'"
        ),
        timeout_s=120,
        what="the restart in healing_actions",
    )
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["issue"], row["action"], row["outcome"], row["attempt"]) == (
        "worker_crashed",
        "restart",
        "restarted",
        1,
    )
    assert row["exit_code"] == -signal.SIGKILL and row["pid"] == restarted
    assert "SIGKILL" in row["reason"]
    # The restarted pipeline answers its probes: alive, and ready once its groups joined again.
    health = up.state()["health"]["pipeline"]
    assert get_probe(f"{health}/healthz")[0] == 200
    _, body = wait_for(
        lambda: (answer := get_probe(f"{health}/readyz"))[0] == 200 and answer, timeout_s=90, what="ready"
    )
    assert body["checks"]["store"]["ok"] and body["checks"]["consumer_groups"]["ok"], body


def test_a_crash_loop_stops_restarting_and_raises_a_critical_alert(up: Up) -> None:
    # max_restarts=2: two crashes are restarted, the third within the window is a crash loop.
    for _ in range(2):
        killed = up.kill("runner-0")
        wait_for(lambda k=killed: up.pid("runner-0") != k, timeout_s=60, what="the runner restarted")
    last = up.kill("runner-0")
    alerts = wait_for(
        lambda: up.rows(
            "SELECT rule, severity, state, labels['child'] AS child, message FROM alerts WHERE rule = 'crash_loop'"
        ),
        timeout_s=120,
        what="the crash_loop alert",
    )
    assert [(a["rule"], a["severity"], a["state"], a["child"]) for a in alerts] == [
        ("crash_loop", "CRITICAL", "firing", "runner-0")
    ]
    actions = wait_for(
        lambda: (
            len(
                rows := up.rows(
                    "SELECT action, outcome, attempt FROM healing_actions WHERE target = 'runner-0' ORDER BY acted_at"
                )
            )
            == 3
            and rows
        ),
        timeout_s=60,
        what="three healing actions for the runner",
    )
    assert [(a["action"], a["outcome"], a["attempt"]) for a in actions] == [
        ("restart", "restarted", 1),
        ("restart", "restarted", 2),
        ("stop_restarting", "gave_up", 3),
    ]
    time.sleep(2.0)  # a restart would have happened by now (backoff is at most 1 s)
    assert up.pid("runner-0") == last, "a child in a crash loop was restarted"
    assert up.process.poll() is None, "errorflow up must keep running the rest of the stack"
