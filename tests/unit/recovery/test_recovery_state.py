import random
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.recovery import (
    PolicySet,
    RetryPolicy,
    RetrySchedule,
    RunStatus,
    action_event,
    build_retry_command,
    decide,
    fold_run,
    terminal_state,
)
from errorflow.schemas import RecoveryActionEvent, RunCommand, TaskRunEvent, TaskRunStatus

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def ev(command: RunCommand, status: TaskRunStatus, seconds: float, **extra: object) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        status=status,
        occurred_at=T0 + timedelta(seconds=seconds),
        **extra,  # type: ignore[arg-type]
    )


def act(command: RunCommand, action: str, seconds: float, **extra: object) -> RecoveryActionEvent:
    return RecoveryActionEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        action=action,  # type: ignore[arg-type]
        decided_at=T0 + timedelta(seconds=seconds),
        **extra,  # type: ignore[arg-type]
    )


def simulate(fail_attempts: int, policy: RetryPolicy, category: str = "transient") -> tuple[list, list]:
    """Drive a run through decide/build_retry_command as the agents would."""
    events: list[TaskRunEvent] = []
    actions: list[RecoveryActionEvent] = []
    command = RunCommand(operation="op")
    now = 0.0
    rng = random.Random(3)
    while True:
        events.append(ev(command, TaskRunStatus.RUNNING, now))
        if command.attempt > fail_attempts:
            events.append(ev(command, TaskRunStatus.SUCCESS, now + 0.1))
            return events, actions
        failed = ev(command, TaskRunStatus.FAILED, now + 0.1, error_type="E", error_message="m")
        events.append(failed)
        decision = decide(failed=failed, category=category, policy=policy, now=failed.occurred_at, rng=rng)
        actions.append(action_event(decision, failed=failed, category=category))
        if not isinstance(decision, RetrySchedule):
            return events, actions
        command = build_retry_command(command, decision, failed, category)
        now = (decision.due_at - T0).total_seconds()


@pytest.mark.parametrize(
    ("fail_attempts", "category", "terminal", "reason"),
    [
        (0, "transient", "succeeded", "success"),
        (2, "transient", "succeeded", "recovered"),
        (99, "transient", "dead_lettered", "retries_exhausted"),
        (99, "validation", "failed", "validation"),
        (99, "permanent", "dead_lettered", "permanent"),
        (99, "unknown", "dead_lettered", "retries_exhausted"),
    ],
)
def test_every_simulated_run_ends_exactly_once(fail_attempts: int, category: str, terminal: str, reason: str) -> None:
    events, actions = simulate(fail_attempts, PolicySet().policy_for(category), category)
    state = fold_run(events, actions)
    assert state.exactly_one_terminal and state.consistent
    assert state.terminal == terminal and state.reason == reason
    assert terminal_state(events, actions) == terminal
    # order and redelivered copies do not matter
    shuffled = events + events[::-1]
    random.Random(1).shuffle(shuffled)
    assert fold_run(shuffled, actions + actions) == state


def test_in_flight_statuses() -> None:
    first = RunCommand(operation="op")
    assert fold_run([]).status is RunStatus.PENDING
    running = [ev(first, TaskRunStatus.RUNNING, 0)]
    assert fold_run(running).status is RunStatus.RUNNING
    failed = [*running, ev(first, TaskRunStatus.FAILED, 1)]
    state = fold_run(failed)
    assert state.status is RunStatus.AWAITING_DECISION and state.terminal is None and state.consistent
    assert not state.exactly_one_terminal
    waiting = fold_run(failed, [act(first, "waiting_for_resources", 2, next_attempt=2)])
    assert waiting.status is RunStatus.WAITING_FOR_RESOURCES and waiting.attempts == 1
    scheduled = fold_run(failed, [act(first, "retry_scheduled", 2, next_attempt=2)])
    assert scheduled.status is RunStatus.RETRY_SCHEDULED
    second = RunCommand(reason="retry", run_id="r2", root_run_id=first.root_run_id, attempt=2, operation="op")
    started = fold_run([*failed, ev(second, TaskRunStatus.RUNNING, 5)], [act(first, "retry_scheduled", 2)])
    assert started.status is RunStatus.RUNNING and started.attempts == 2


def test_dead_letter_event_and_decision_count_once_with_the_decision_reason() -> None:
    command = RunCommand(operation="op")
    events = [ev(command, TaskRunStatus.FAILED, 0), ev(command, TaskRunStatus.DEAD_LETTERED, 2)]
    actions = [act(command, "dead_lettered", 1, reason="permanent")]
    state = fold_run(events, actions)
    assert state.exactly_one_terminal and state.terminal == "dead_lettered" and state.reason == "permanent"


def test_deadline_give_up_ends_dead_lettered() -> None:
    command = RunCommand(operation="op")
    state = fold_run([ev(command, TaskRunStatus.FAILED, 0)], [act(command, "gave_up_deadline", 1, reason="x")])
    assert state.terminal == "dead_lettered"


def test_success_event_and_succeeded_after_retry_are_one_terminal() -> None:
    command = RunCommand(reason="retry", run_id="r2", root_run_id="root", attempt=2, operation="op")
    state = fold_run([ev(command, TaskRunStatus.SUCCESS, 0)], [act(command, "succeeded_after_retry", 1)])
    assert state.exactly_one_terminal and state.reason == "recovered"


def test_violations_are_visible() -> None:
    first = RunCommand(operation="op")
    second = RunCommand(reason="retry", run_id="r2", root_run_id=first.root_run_id, attempt=2, operation="op")
    # a success and a dead letter
    state = fold_run(
        [ev(first, TaskRunStatus.FAILED, 0), ev(first, TaskRunStatus.SUCCESS, 5)],
        [act(first, "dead_lettered", 1)],
    )
    assert not state.consistent and len(state.terminals) == 2
    assert state.terminal == "dead_lettered"  # the earliest
    # two attempts succeeded: one of them ran although the run had already ended
    twice = fold_run([ev(first, TaskRunStatus.SUCCESS, 0), ev(second, TaskRunStatus.SUCCESS, 1)])
    assert not twice.consistent


def test_compensation_is_recorded_but_not_terminal() -> None:
    command = RunCommand(operation="op")
    state = fold_run(
        [ev(command, TaskRunStatus.FAILED, 0), ev(command, TaskRunStatus.COMPENSATED, 1)],
        [act(command, "failed_fast", 2, reason="validation")],
    )
    assert state.compensated and state.terminal == "failed" and state.exactly_one_terminal
    assert state.last_error_type is None or isinstance(state.last_error_type, str)


def test_fold_refuses_two_runs() -> None:
    with pytest.raises(ValueError, match="one logical run"):
        fold_run(
            [
                ev(RunCommand(operation="a"), TaskRunStatus.RUNNING, 0),
                ev(RunCommand(operation="b"), TaskRunStatus.RUNNING, 0),
            ]
        )
