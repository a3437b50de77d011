"""A success that comes after the watchdog's ``timed_out`` of the same attempt (slow, not dead): the run succeeded.

The runner does not run the retry of an attempt that succeeded (waiting for it while it still runs there),
recovery releases the records it held for that retry, and the watchdog does not hold the retry's command.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from errorflow.agents.recovery import HeldRecords
from errorflow.agents.watchdog import WatchdogState
from errorflow.runner.worker import SUPERSEDED, retry_verdict
from errorflow.schemas import AttemptOutcome, RunCommand, TaskRunEvent, TaskRunStatus
from tests.unit.agents.test_recovery_saga_retry import SOURCE, T0, event, new_core, retry_of, watchdog_outcome

ME = "started:me"


def test_a_retry_of_an_attempt_that_succeeded_is_not_run() -> None:
    first = RunCommand(operation="wd_slow", input={})
    retry = first.model_copy(update={"attempt": 2, "reason": "retry"})
    assert retry_verdict(retry, "success", incarnation=ME) == SUPERSEDED
    assert retry_verdict(retry, ME, incarnation=ME) == "wait"  # still running here: its end decides
    for previous in ("failed", "timed_out", "started:another", "deferred", ""):
        assert retry_verdict(retry, previous, incarnation=ME) == "run", previous
    # Not a retry: a first attempt, a replay (attempt 1 of a new run), a compensation run as before.
    assert retry_verdict(first, "success", incarnation=ME) == "run"
    replay = first.model_copy(update={"reason": "replay"})
    assert retry_verdict(replay, "success", incarnation=ME) == "run"


def test_recovery_releases_the_records_it_held_for_the_retry_once_the_timed_out_attempt_succeeded() -> None:
    core = new_core()
    first = RunCommand(operation="wd_slow", input={})
    timed_out = watchdog_outcome(first, T0 + timedelta(seconds=4))
    retried = core.handle_outcome(timed_out, source=SOURCE)
    assert retry_of(retried).attempt == 2 and retried.holds == first.root_run_id
    success = event(first, T0 + timedelta(seconds=12), TaskRunStatus.SUCCESS)
    late = core.handle_outcome(AttemptOutcome(command=first, event=success), source=SOURCE)
    assert late.records == [] and late.decision is None  # attempt 1's success: no action, no command
    assert late.settles == first.root_run_id  # the retry is not run: nothing else would settle them
    held = HeldRecords()
    held.note("p0", 10, retried)
    assert held.committable("p0", 11) == 10
    held.note("p0", 11, late)
    assert held.committable("p0", 12) == 12


def _seen(command: RunCommand, status: TaskRunStatus, at: datetime) -> TaskRunEvent:
    return event(command, at, status).model_copy(update={"heartbeat_timeout_s": 3.0})


def test_the_watchdog_does_not_hold_the_command_of_a_retry_superseded_by_a_late_success() -> None:
    state = WatchdogState()
    first = RunCommand(operation="wd_slow", input={})
    now = datetime.now(timezone.utc)
    state.observe_command(first, topic="c", partition=0, offset=0, now=now)
    state.observe_event(_seen(first, TaskRunStatus.RUNNING, now), topic="e", partition=0, offset=0, now=now)
    (found,) = state.expire(now + timedelta(seconds=4))
    assert found.outcome is not None
    retry = first.model_copy(update={"attempt": 2, "reason": "retry", "run_id": "r2"})
    state.observe_command(retry, topic="c", partition=0, offset=1, now=now)
    assert state.committable_offsets()[("c", 0)] == 1  # held: its attempt may time out in turn
    late = _seen(first, TaskRunStatus.SUCCESS, now)
    state.observe_event(late, topic="e", partition=0, offset=3, now=now + timedelta(seconds=9))
    assert state.commands == {} and state.committable_offsets()[("c", 0)] == 2
    # A copy of the retry read after the success (another topic, no order between them) is not held either.
    state.observe_command(retry, topic="c", partition=0, offset=2, now=now)
    assert state.commands == {}


def test_a_watchdogs_timed_out_after_the_attempts_success_is_not_decided() -> None:
    """The success happened first and reached recovery first: no retry, no record held for one."""
    core = new_core()
    first = RunCommand(operation="wd_slow", input={})
    success = event(first, T0 + timedelta(seconds=2), TaskRunStatus.SUCCESS)
    assert core.handle_outcome(AttemptOutcome(command=first, event=success), source=SOURCE).records == []
    late = core.handle_outcome(watchdog_outcome(first, T0 + timedelta(seconds=4)), source=SOURCE)
    assert (late.records, late.decision, late.holds) == ([], None, None)
    other = RunCommand(operation="wd_slow", input={})  # the control: no success, the timeout is retried
    assert retry_of(core.handle_outcome(watchdog_outcome(other, T0), source=SOURCE)).attempt == 2
