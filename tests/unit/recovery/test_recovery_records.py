import random
from datetime import datetime, timedelta, timezone

from errorflow.recovery import (
    PolicySet,
    RetrySchedule,
    SendToDeadLetter,
    action_event,
    build_dead_letter,
    build_replay_command,
    build_retry_command,
    decide,
    replay_action,
    success_action,
)
from errorflow.schemas import (
    DeadLetter,
    ErrorCause,
    ErrorContext,
    RecoveryActionEvent,
    RunCommand,
    TaskRunEvent,
    TaskRunStatus,
    decode,
    encode,
)

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def event_for(command: RunCommand, status: TaskRunStatus, at: datetime, **extra: object) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        dependency="api",
        status=status,
        occurred_at=at,
        **extra,  # type: ignore[arg-type]
    )


def test_action_event_for_a_retry() -> None:
    command = RunCommand(operation="op")
    failed = event_for(command, TaskRunStatus.FAILED, T0, error_type="TimeoutError")
    decision = decide(
        failed=failed,
        category="transient",
        policy=PolicySet().policy_for("transient"),
        now=T0,
        rng=random.Random(0),
    )
    assert isinstance(decision, RetrySchedule)
    action = action_event(decision, failed=failed, category="transient", dlq_id="ignored")
    assert action.action == "retry_scheduled" and action.category == "transient"
    assert action.delay_s == decision.delay_s and action.due_at == decision.due_at and action.next_attempt == 2
    assert (action.run_id, action.root_run_id, action.attempt) == (failed.run_id, failed.root_run_id, 1)
    assert action.dlq_id is None and action.dependency == "api"
    assert decode(encode(action), RecoveryActionEvent) == action


def test_dead_letter_with_history_round_trips() -> None:
    first = RunCommand(operation="op", input={"q": 1})
    f1 = event_for(first, TaskRunStatus.FAILED, T0, error_type="TimeoutError", error_message="t1")
    retry = RunCommand(
        reason="retry", run_id="r2", root_run_id=first.root_run_id, attempt=2, operation="op", input={"q": 1}
    )
    f2 = event_for(
        retry,
        TaskRunStatus.FAILED,
        T0 + timedelta(seconds=2),
        error_type="builtins.PermissionError",
        error_message="permission denied",
        error_traceback="Traceback...\nPermissionError: permission denied",
        error_context=ErrorContext(causes=[ErrorCause(type="OSError", message="EACCES")]),
        input_dump={"q": 1},
    )
    scheduled = RecoveryActionEvent(
        run_id=first.run_id,
        root_run_id=first.root_run_id,
        attempt=1,
        operation="op",
        service="svc",
        action="retry_scheduled",
        delay_s=1.5,
    )
    decision = SendToDeadLetter(reason="permanent", detail="permanent failures are dead-lettered", decided_at=T0)
    dl = build_dead_letter(
        decision,
        failed=f2,
        category="permanent",
        command=retry,
        history=[f1, f1],  # a redelivered copy counts once
        actions=[scheduled],
        severity="HIGH",
        rule_id="perm.permission",
        fingerprint="abc123",
    )
    assert dl.reason == "permanent" and dl.attempt == 2 and dl.command == retry and dl.replayable
    assert [(a.attempt, a.delay_s, a.category) for a in dl.attempts] == [(1, 1.5, None), (2, None, "permanent")]
    assert dl.first_failed_at == T0 and dl.dead_lettered_at == T0
    assert decode(encode(dl), DeadLetter) == dl
    dlq_action = action_event(decision, failed=f2, category="permanent", dlq_id=dl.dlq_id)
    assert dlq_action.action == "dead_lettered" and dlq_action.dlq_id == dl.dlq_id


def test_direct_call_dead_letter_keeps_only_the_redacted_input() -> None:
    command = RunCommand(operation="op")
    failed = event_for(command, TaskRunStatus.FAILED, T0, input_dump={"token": "***"})
    decision = SendToDeadLetter(reason="retries_exhausted", detail="x", decided_at=T0)
    dl = build_dead_letter(decision, failed=failed, category="transient", command=None)
    assert dl.command is None and not dl.replayable and dl.input_dump == {"token": "***"}


def test_success_and_replay_actions() -> None:
    command = RunCommand(operation="op")
    assert success_action(event_for(command, TaskRunStatus.SUCCESS, T0), now=T0) is None
    failed = event_for(command, TaskRunStatus.FAILED, T0)
    decision = decide(
        failed=failed, category="transient", policy=PolicySet().policy_for("transient"), now=T0, rng=random.Random(1)
    )
    assert isinstance(decision, RetrySchedule)
    retry = build_retry_command(command, decision, failed, "transient")
    ok = success_action(event_for(retry, TaskRunStatus.SUCCESS, T0 + timedelta(seconds=1)), now=T0)
    assert ok is not None and ok.action == "succeeded_after_retry" and ok.attempt == 2
    replay = build_replay_command(command, now=T0)
    logged = replay_action(replay, service="svc", now=T0, dlq_id="d1")
    assert logged.action == "replayed" and logged.replay_of == command.root_run_id
    assert logged.root_run_id == replay.root_run_id and logged.dlq_id == "d1"
