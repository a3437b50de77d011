"""Healing under ``errorflow up``: a killed child is restarted and recorded, a crash loop stops and alerts.

One ``errorflow up`` (real Tansu, real chDB, a pipeline and a runner) is shared
by the module; children are killed with SIGKILL, as a kernel OOM kill would.
"""

from __future__ import annotations

import signal
import time
import uuid
from collections.abc import Iterator

import pytest

from errorflow.health import get_probe
from tests.integration.up_support import Up, running_up, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Up]:
    env = {
        "ERRORFLOW_APP_ID": f"heal-{uuid.uuid4().hex[:8]}",
        "ERRORFLOW_HEALTH__RESTART_INITIAL_BACKOFF_S": "0.2",
        "ERRORFLOW_HEALTH__RESTART_MAX_BACKOFF_S": "1",
        "ERRORFLOW_HEALTH__RESTART_MAX_RESTARTS": "2",
        "ERRORFLOW_HEALTH__RESTART_WINDOW_S": "600",
    }
    with running_up(tmp_path_factory.mktemp("healing"), ops="tests.integration.ops", env=env) as stack:
        yield stack


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
