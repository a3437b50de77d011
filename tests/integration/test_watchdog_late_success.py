"""An attempt the watchdog timed out while it was slow, not dead: its late success ends the run, the work runs once.

The whole stack (pipeline, runner) talks to Tansu through a relay (:mod:`tests.integration.netcut`), cut for
longer than the heartbeat timeout (3 s) while attempt 1 works 12 s. The watchdog, told to read the silence
as the runner's alone (its outage clock is off here), times the attempt out and recovery retries it; the
runner, which never stopped, keeps beating into its spool and ends attempt 1 with its success. Before, the
retry ran beside it (the work twice, a second success) and the run read as retried. Now the retry waits for
the attempt it retries, which runs in the same runner, and is not run once that attempt succeeded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.sdk import configure, runtime, shutdown, submit
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for
from tests.integration.netcut import NetCut, broker_behind_a_cut
from tests.integration.recovery_support import actions, recovery_settings
from tests.integration.watchdog_ops import HEARTBEAT_TIMEOUT_S

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CUT_S = HEARTBEAT_TIMEOUT_S + 2.5
"""Longer than the heartbeat timeout and a beat's interval: the watchdog times the attempt out within it."""


@pytest.fixture
def cut_stack(tmp_path: Path) -> Iterator[tuple[RunningStack, NetCut]]:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = recovery_settings(relay.bootstrap, tmp_path / "data", name="late")
        # The cut stands for the runner alone losing the broker: the watchdog must judge the silence as
        # the runner's. Its own fetches go through the same relay, and a watchdog that sees the broker
        # unanswering stops its clock (recovery.watchdog_outage_after_s, test_watchdog_outage.py).
        settings = settings.model_copy(
            update={"recovery": settings.recovery.model_copy(update={"watchdog_outage_after_s": 3600.0})}
        )
        embedded = EmbeddedStack(settings, ops_modules=("tests.integration.watchdog_ops",))
        embedded.start(ready_timeout_s=120)
        try:
            running = RunningStack(embedded, settings)
            root = _submit(running, 0, tmp_path / "warm.txt")
            wait_for(lambda: _ends(running, root) == [(1, "success", 1)], timeout_s=120, what="warm-up run done")
            yield running, relay
        finally:
            embedded.stop()


def _submit(stack: RunningStack, seconds: float, marker: Path) -> str:
    configure(stack.settings, service="it-late-caller")
    try:
        command = submit("wd_slow", {"seconds": seconds, "marker": str(marker)})
        assert runtime().emitter.flush(10)
    finally:
        shutdown()
    return command.root_run_id


def _marks(marker: Path) -> list[str]:
    return marker.read_text().splitlines() if marker.exists() else []


def _ends(stack: RunningStack, root: str) -> list[tuple[int, str, int]]:
    rows = stack.rows(
        "SELECT attempt, status, count() AS n FROM {db}.taskrun_events"
        f" WHERE root_run_id = '{root}' AND status IN ('success', 'failed', 'timed_out')"
        " GROUP BY attempt, status ORDER BY attempt, status"
    )
    return [(r["attempt"], r["status"], r["n"]) for r in rows]


def _count(stack: RunningStack, root: str, status: str) -> int:
    sql = f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = '{status}'"
    return int(stack.value(sql) or 0)


def test_a_slow_attempt_timed_out_by_the_watchdog_ends_with_its_success_and_is_not_run_again(
    cut_stack: tuple[RunningStack, NetCut], tmp_path: Path
) -> None:
    stack, relay = cut_stack
    marker = tmp_path / "slow.txt"
    root = _submit(stack, 12, marker)
    wait_for(lambda: _count(stack, root, "heartbeat") >= 1, timeout_s=90, what="attempt 1 heartbeating")
    relay.cut()
    try:
        time.sleep(CUT_S)
    finally:
        relay.heal()
    wait_for(lambda: _count(stack, root, "timed_out") >= 1, timeout_s=90, what="the watchdog's timed_out stored")
    wait_for(lambda: "end 1" in _marks(marker), timeout_s=60, what="attempt 1 returned")
    wait_for(lambda: _count(stack, root, "success") >= 1, timeout_s=90, what="attempt 1's success stored")
    time.sleep(5.0)  # a retry run beside or after attempt 1 would have started and ended by now
    assert _marks(marker) == ["start 1", "end 1"], "the work ran once: the retry of attempt 1 was not run"
    assert _ends(stack, root) == [(1, "success", 1), (1, "timed_out", 1)]  # both facts kept, nothing after
    assert [a["action"] for a in actions(stack, root)] == ["retry_scheduled"]  # decided on the timed_out
    (run,) = stack.rows(f"SELECT status, attempt, error_type FROM {{db}}.taskrun_runs WHERE root_run_id = '{root}'")
    assert (run["status"], run["attempt"], run["error_type"]) == ("success", 1, None), run


def test_a_success_that_happened_before_the_watchdogs_timed_out_is_the_runs_end(
    cut_stack: tuple[RunningStack, NetCut], tmp_path: Path
) -> None:
    """Attempt 1 ends during the cut: its success happened before the watchdog's timed_out and arrives after it.

    Whichever of the two reaches recovery first, no retry runs (recovery passes by a timed_out of an attempt
    whose success it has; else the runner finds the success in its table), and the run reads ``success``
    although its newest event is the ``timed_out`` (migration 16).
    """
    stack, relay = cut_stack
    marker = tmp_path / "quick.txt"
    root = _submit(stack, 2.5, marker)
    wait_for(lambda: _count(stack, root, "heartbeat") >= 1, timeout_s=90, what="attempt 1 heartbeating")
    relay.cut()
    try:
        wait_for(lambda: "end 1" in _marks(marker), timeout_s=30, what="attempt 1 returned during the cut")
        time.sleep(CUT_S)
    finally:
        relay.heal()
    wait_for(lambda: _count(stack, root, "timed_out") >= 1, timeout_s=90, what="the watchdog's timed_out stored")
    wait_for(lambda: _count(stack, root, "success") >= 1, timeout_s=90, what="attempt 1's success stored")
    time.sleep(5.0)  # a retry would have run by now
    assert _marks(marker) == ["start 1", "end 1"], "the work ran once"
    assert _ends(stack, root) == [(1, "success", 1), (1, "timed_out", 1)]
    rows = stack.rows(
        "SELECT status, occurred_at FROM {db}.taskrun_events"
        f" WHERE root_run_id = '{root}' AND status IN ('success', 'timed_out') ORDER BY occurred_at"
    )
    assert [r["status"] for r in rows] == ["success", "timed_out"], rows  # the success happened first
    assert [a["action"] for a in actions(stack, root)] in ([], ["retry_scheduled"])  # by which came first
    (run,) = stack.rows(f"SELECT status, attempt, error_type FROM {{db}}.taskrun_runs WHERE root_run_id = '{root}'")
    assert (run["status"], run["attempt"], run["error_type"]) == ("success", 1, None), run
