"""Saga steps a woken runner reports late, for a timed-out attempt that was retried, are undone with the run.

The watchdog times an attempt out (its copy carries only the steps earlier attempts left); the recovery
agent retries the run. The runner wakes and sends its own ``timed_out`` copy, naming the steps the attempt
registered before it froze. That copy is decided as of the first one: the same retry, deduplicated away by
the scheduler and the runner, so its steps never joined the run's saga and a later failure for good left
them undone. Recovery now owes them to the run's next decision: the next attempt's outcome carries them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from errorflow.agents import recovery as recovery_agent
from errorflow.agents.recovery import Handled, HeldRecords, RecoveryCore
from errorflow.classify import Classifier
from errorflow.recovery import PolicySet
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, TaskRunEvent, TaskRunStatus
from errorflow.schemas.commands import CompensationStep
from errorflow.schemas.ids import timed_out_event_id
from errorflow.streams.topics import Topics

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SOURCE = RecordPosition(topic="p.taskruns.attempts", partition=2, offset=41, timestamp_ms=1_772_366_400_000)
FAST = {"transient": {"max_attempts": 4, "initial_delay_s": 0.2, "max_delay_s": 1.0, "jitter": "equal"}}
TIMEOUT = {"error_type": "builtins.TimeoutError", "error_message": "Read timed out. (read timeout=10)"}
PERMISSION = {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/crm/x'"}


def new_core() -> RecoveryCore:
    return RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())


def event(command: RunCommand, at: datetime, status: TaskRunStatus, **error: Any) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        status=status,
        occurred_at=at,
        channel=command.channel,
        **error,
    )


def step(run_id: str, index: int, name: str = "release_seat") -> CompensationStep:
    return CompensationStep(name=name, run_id=run_id, index=index, kwargs={"seat": f"{run_id[-4:]}-{index}"})


def runner_outcome(command: RunCommand, failed: TaskRunEvent, own: list[CompensationStep]) -> AttemptOutcome:
    """The runner's outcome: the command's steps, then those the attempt registered."""
    return AttemptOutcome(
        command=command,
        event=failed,
        retry_policy=FAST,
        compensations=[*command.compensations, *own],
        compensate_on="final",
    )


def watchdog_outcome(command: RunCommand, at: datetime) -> AttemptOutcome:
    """The watchdog's outcome of a timed-out attempt: its command, no steps of its own, no ``compensate_on``."""
    timed_out = event(command, at, TaskRunStatus.TIMED_OUT, **TIMEOUT).model_copy(
        update={"event_id": timed_out_event_id(command.run_id, command.attempt)}
    )
    return AttemptOutcome(command=command, event=timed_out, retry_policy=FAST)


def woken_outcome(watchdogs: AttemptOutcome, own: list[CompensationStep]) -> AttemptOutcome:
    """The woken runner's copy: the same event id, its own time and message, the steps it registered."""
    late = watchdogs.event.model_copy(
        update={"occurred_at": watchdogs.event.occurred_at + timedelta(seconds=9), "error_message": "silent 12 s"}
    )
    return runner_outcome(watchdogs.command, late, own)


def models(handled: Any, topic: str) -> list[Any]:
    return [record.model for record in handled.records if record.topic == topic]


def retry_of(handled: Any) -> RunCommand:
    [command] = models(handled, Topics.RETRY.name)
    assert isinstance(command, RunCommand)
    return command


class Run:
    """A run whose attempt 2 times out in a frozen runner after attempt 1 failed with one step registered."""

    def __init__(self, core: RecoveryCore) -> None:
        self.core = core
        first = RunCommand(operation="book_seats", input={"seats": 3})
        self.x1 = step(first.run_id, 0)
        handled = core.handle_outcome(
            runner_outcome(first, event(first, T0, TaskRunStatus.FAILED, **TIMEOUT), [self.x1]), source=SOURCE
        )
        self.second = retry_of(handled)
        assert self.second.compensations == [self.x1]
        self.watchdogs = watchdog_outcome(self.second, T0 + timedelta(seconds=30))
        self.retried = core.handle_outcome(self.watchdogs, source=SOURCE)
        self.third = retry_of(self.retried)
        assert self.third.compensations == [self.x1]  # the watchdog knows only the carried steps
        self.y2 = [step(self.second.run_id, 0), step(self.second.run_id, 1)]
        self.woken = woken_outcome(self.watchdogs, self.y2)
        self.z3 = step(self.third.run_id, 0)
        self.failed: TaskRunEvent | None = None

    def third_fails(self, *, permanent: bool) -> Any:
        """Attempt 3 fails (the same event when called again: a redelivery)."""
        failed = self.failed or event(
            self.third, T0 + timedelta(seconds=60), TaskRunStatus.FAILED, **(PERMISSION if permanent else TIMEOUT)
        )
        self.failed = failed
        return self.core.handle_outcome(runner_outcome(self.third, failed, [self.z3]), source=SOURCE)


def test_late_steps_of_a_retried_timed_out_attempt_are_undone_when_the_retry_fails_for_good() -> None:
    run = Run(new_core())
    again = run.core.handle_outcome(run.woken, source=SOURCE)
    # The woken copy is decided as of the first: the same retry (same ids), which the scheduler deduplicates.
    assert retry_of(again).command_id == run.third.command_id
    assert retry_of(again).idempotency_key == run.third.idempotency_key
    ended = run.third_fails(permanent=True)
    [dead] = models(ended, Topics.DLQ.name)
    [request] = models(ended, Topics.COMMANDS.name)
    assert request.reason == "compensate" and request.run_id == run.third.run_id
    # Every step the run registered, in registration order (run newest first): the late ones included.
    assert request.compensations == [run.x1, *run.y2, run.z3]
    assert dead.root_run_id == run.third.root_run_id
    # A redelivery of the last outcome decides byte for byte the same.
    assert [r.value for r in run.third_fails(permanent=True).records] == [r.value for r in ended.records]


def test_late_steps_ride_on_every_retry_until_the_run_ends() -> None:
    run = Run(new_core())
    run.core.handle_outcome(run.woken, source=SOURCE)
    fourth = retry_of(run.third_fails(permanent=False))
    assert fourth.compensations == [run.x1, *run.y2, run.z3]


def test_late_steps_reported_after_the_run_failed_for_good_are_undone_at_once() -> None:
    """The woken copy comes after the retry already failed for good: a compensate command of its own."""
    run = Run(new_core())
    ended = run.third_fails(permanent=True)
    [first_request] = models(ended, Topics.COMMANDS.name)
    assert first_request.compensations == [run.x1, run.z3]
    late = run.core.handle_outcome(run.woken, source=SOURCE)
    [request] = models(late, Topics.COMMANDS.name)
    assert request.reason == "compensate" and request.run_id == run.third.run_id
    assert {s.key for s in run.y2} <= {s.key for s in request.compensations}
    assert request.command_id != first_request.command_id  # its own action, not taken for the first's
    assert models(late, Topics.RECOVERY.name) == [] and models(late, Topics.DLQ.name) == []  # no second decision
    again = run.core.handle_outcome(run.woken, source=SOURCE)  # a redelivery: the same command
    assert [r.value for r in again.records] == [r.value for r in late.records]


def test_late_steps_reported_after_the_retry_was_retried_again_join_the_next_attempt() -> None:
    run = Run(new_core())
    fourth = retry_of(run.third_fails(permanent=False))
    assert fourth.compensations == [run.x1, run.z3]
    run.core.handle_outcome(run.woken, source=SOURCE)
    failed = event(fourth, T0 + timedelta(seconds=90), TaskRunStatus.FAILED, **PERMISSION)
    ended = run.core.handle_outcome(runner_outcome(fourth, failed, []), source=SOURCE)
    [request] = models(ended, Topics.COMMANDS.name)
    assert request.compensations == [run.x1, *run.y2, run.z3]


def test_late_steps_of_a_run_that_then_succeeded_are_dropped_like_every_step() -> None:
    run = Run(new_core())
    success = event(run.third, T0 + timedelta(seconds=60), TaskRunStatus.SUCCESS)
    run.core.handle_outcome(AttemptOutcome(command=run.third, event=success, compensate_on="final"), source=SOURCE)
    late = run.core.handle_outcome(run.woken, source=SOURCE)
    assert models(late, Topics.COMMANDS.name) == []
    assert models(late, Topics.DLQ.name) == []


@pytest.mark.parametrize("copies", ["woken_first", "watchdog_first"])
def test_one_decision_per_attempt_whichever_copy_comes_first(copies: str) -> None:
    """A woken runner's copy first (the watchdog's skipped after it) owes nothing: its retry carried its steps."""
    core = new_core()
    first = RunCommand(operation="book_seats", input={"seats": 3})
    watchdogs = watchdog_outcome(first, T0)
    woken = woken_outcome(watchdogs, [step(first.run_id, 0)])
    order = [woken, watchdogs] if copies == "woken_first" else [watchdogs, woken]
    handled = [core.handle_outcome(o, source=SOURCE) for o in order]
    retries = [r for h in handled for r in models(h, Topics.RETRY.name)]
    assert len({r.command_id for r in retries}) == 1


def test_the_records_a_late_step_depends_on_are_held_until_the_runs_next_attempt_is_decided() -> None:
    """The agent's memory dies with it: the records that fed it stay uncommitted until they are carried on."""
    run = Run(new_core())
    root = run.third.root_run_id
    assert run.retried.holds == root  # the watchdog's copy: a woken runner may still report steps
    late = run.core.handle_outcome(run.woken, source=SOURCE)
    assert (late.holds, late.settles) == (root, None)
    ended = run.third_fails(permanent=True)
    assert (ended.holds, ended.settles) == (None, root)

    held = HeldRecords(max_per_partition=2)
    held.note("p0", 10, run.retried)
    held.note("p0", 11, Handled())
    held.note("p0", 12, late)
    assert held.committable("p0", 13) == 10  # from the watchdog's copy: a restart reads both copies again
    assert held.committable("p1", 7) == 7
    held.note("p0", 14, ended)
    assert held.committable("p0", 15) == 15
    for offset, other in enumerate(("a", "b", "c")):  # a partition holds a bounded number of runs
        held.note("p0", 20 + offset, Handled(holds=other))
    assert held.committable("p0", 30) == 21


def test_held_records_of_partitions_a_rebalance_took_away_are_forgotten() -> None:
    """Their new owner reads them again; kept here, they pinned the partition's commits if it came back."""
    held = HeldRecords()
    held.note("p0", 10, Handled(holds="a"))
    held.note("p1", 4, Handled(holds="b"))
    held.forget(["p0"])
    assert held.committable("p0", 30) == 30
    assert held.committable("p1", 9) == 4


def test_an_agent_restarted_reads_the_held_copies_again_and_still_owes_their_steps() -> None:
    run = Run(new_core())
    run.core.handle_outcome(run.woken, source=SOURCE)
    restarted = new_core()
    for copy in (run.watchdogs, run.woken):  # read again from the held offset
        restarted.handle_outcome(copy, source=SOURCE)
    run.core = restarted
    [request] = models(run.third_fails(permanent=True), Topics.COMMANDS.name)
    assert request.compensations == [run.x1, *run.y2, run.z3]


def test_a_run_whose_records_are_held_outlives_newer_runs_in_the_agents_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forgotten, a held run would never settle: its partition's offset would stay held."""
    monkeypatch.setattr(recovery_agent, "_MAX_SAGAS_REMEMBERED", 3)
    run = Run(new_core())
    run.core.handle_outcome(run.woken, source=SOURCE)
    for _ in range(5):  # newer saga runs, each failing for good at once
        other = RunCommand(operation="book_seats", input={"seats": 1})
        failed = event(other, T0, TaskRunStatus.FAILED, **PERMISSION)
        run.core.handle_outcome(runner_outcome(other, failed, [step(other.run_id, 0)]), source=SOURCE)
    ended = run.third_fails(permanent=True)
    assert ended.settles == run.third.root_run_id
    [request] = models(ended, Topics.COMMANDS.name)
    assert request.compensations == [run.x1, *run.y2, run.z3]


def test_the_agent_does_not_keep_the_outcomes_of_saga_runs_no_late_copy_can_reach() -> None:
    # Every saga run that failed for good kept its last outcome (command, input, event, every step) and every
    # retried attempt its steps, for the newest 20,000 runs: 1.46 MB of the agent's memory per run of a
    # 1,000-item bulk saga (a 150 kB outcome), 29 GB at the bound. Only a run with a timed-out attempt can
    # get a late copy, the only reader of that memory.
    import tracemalloc

    from errorflow.schemas.codec import decode, encode

    core = new_core()
    policy = {"transient": {"max_attempts": 2, "initial_delay_s": 0.2, "jitter": "none"}}
    items = [f"job-{n:06d}" for n in range(1_000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(60):
            command = RunCommand(operation="bulk_saga", input={"items": items})
            error = PERMISSION if n % 2 else TIMEOUT  # half dead-lettered at once, half retried first
            failed = event(command, T0 + timedelta(seconds=n), TaskRunStatus.FAILED, **error)
            steps = [step(command.run_id, index) for index in range(len(items))]
            outcome = AttemptOutcome(
                command=command, event=failed, retry_policy=policy, compensations=steps, compensate_on="final"
            )
            core.handle_outcome(decode(encode(outcome), AttemptOutcome), source=SOURCE)  # as read from Kafka
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 2_000_000, f"{held} bytes kept for 60 saga runs"
