"""Fail-fast clients: @operation and the runner check the local breaker view before calling (no I/O)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.agents.recovery import RecoveryCore
from errorflow.agents.retry_scheduler import accept
from errorflow.classify import Classifier
from errorflow.errors import CircuitOpenError
from errorflow.recovery import PolicySet, RetryScheduler
from errorflow.runner.core import deferred_command, execute_attempt
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.sdk import MemoryEmitter, OperationRegistry, configure, operation, runtime, shutdown
from errorflow.sdk.breakers import apply_record
from errorflow.settings import Settings


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(sdk={"watch_breakers": False}), emitter=memory, service="unit-svc")
    yield memory
    shutdown()


def events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return [decode(record.value, TaskRunEvent) for record in emitter.records]


def open_breaker(dependency: str, *, open_for_s: float = 60.0, sequence: int = 1) -> float:
    until = time.time() + open_for_s
    runtime().breakers.update(
        {"dependency": dependency, "state": "open", "sequence": sequence, "open_until": until, "trials_per_process": 1}
    )
    return until


def test_open_breaker_rejects_without_calling_and_records_the_rejection(emitter: MemoryEmitter) -> None:
    calls: list[int] = []

    @operation(name="unit_charge", dependency="pay-api", register=False)
    def charge(amount: int) -> int:
        calls.append(amount)
        return amount

    assert charge(1) == 1
    emitter.records.clear()
    until = open_breaker("pay-api")
    with pytest.raises(CircuitOpenError) as caught:
        charge(2)
    assert calls == [1] and caught.value.retry_at == until
    pending, failed = events(emitter)
    assert (pending.status, failed.status) == (TaskRunStatus.PENDING, TaskRunStatus.FAILED)
    assert failed.error_type == "errorflow.errors.CircuitOpenError" and failed.dependency == "pay-api"
    assert failed.labels["errorflow.breaker.state"] == "open" and "errorflow.breaker.trial_at" in failed.labels
    assert failed.input_dump == {"amount": 2}


def test_async_operation_fails_fast_and_other_dependencies_are_untouched(emitter: MemoryEmitter) -> None:
    @operation(name="unit_fetch", dependency="pay-api", register=False)
    async def fetch() -> str:
        return "paid"

    @operation(name="unit_other", dependency="ledger", register=False)
    async def other() -> str:
        return "ok"

    open_breaker("pay-api")
    with pytest.raises(CircuitOpenError):
        asyncio.run(fetch())
    assert asyncio.run(other()) == "ok"


def test_after_the_wait_one_trial_per_process_then_rejections(emitter: MemoryEmitter) -> None:
    @operation(name="unit_probe", dependency="pay-api", register=False)
    def probe() -> str:
        return "ok"

    open_breaker("pay-api", open_for_s=-1.0)  # the wait is over: half-open by this process's clock
    assert probe() == "ok"
    with pytest.raises(CircuitOpenError, match="half_open"):
        probe()


def test_runner_checks_the_same_view_before_executing(emitter: MemoryEmitter) -> None:
    registry = OperationRegistry()
    calls: list[str] = []

    @operation(name="unit_runner_op", dependency="pay-api", register=False)
    def run_me() -> str:
        calls.append("ran")
        return "ran"

    registry.register(run_me.__errorflow_operation__)  # type: ignore[attr-defined]
    open_breaker("pay-api")
    result = asyncio.run(execute_attempt(RunCommand(operation="unit_runner_op"), registry=registry, rt=runtime()))
    assert result.status is TaskRunStatus.FAILED and calls == []
    assert result.event is not None and result.event.error_type == "errorflow.errors.CircuitOpenError"
    assert [e.status for e in events(emitter)] == [TaskRunStatus.PENDING, TaskRunStatus.FAILED]


def test_watcher_applies_state_records_newest_wins(emitter: MemoryEmitter) -> None:
    view = runtime().breakers
    record = (
        b'{"transition_id":"pay-api:2:1","breaker":"pay-api","dependency":"pay-api","state":"forced_open",'
        b'"from_state":"closed","reason":"force_open","sequence":2,"transitioned_at":"2026-01-01T00:00:00Z"}'
    )
    assert apply_record(view, record)
    assert not apply_record(view, record.replace(b'"sequence":2', b'"sequence":1'))
    assert not apply_record(view, b"{not json")
    entry = view.state_of("pay-api")
    assert entry is not None and entry.state == "forced_open"


def test_retries_and_replays_are_deferred_without_events_or_a_used_attempt(emitter: MemoryEmitter) -> None:
    registry = OperationRegistry()

    @operation(name="unit_deferred_op", dependency="pay-api", register=False)
    def run_me() -> str:
        return "ran"

    registry.register(run_me.__errorflow_operation__)  # type: ignore[attr-defined]
    until = open_breaker("pay-api")
    retry = RunCommand(operation="unit_deferred_op", reason="retry", attempt=3)
    result = asyncio.run(execute_attempt(retry, registry=registry, rt=runtime(), defer=True))
    assert result.deferred is not None and result.event is None and emitter.records == []

    now = datetime.now(timezone.utc)
    later = deferred_command(retry, result.deferred, now=now, spread_s=10.0)
    assert later.attempt == 3 and later.breaker_deferrals == 1 and later.idempotency_key == retry.idempotency_key
    assert later.not_before is not None
    assert until <= later.not_before.timestamp() <= until + 10.0
    assert deferred_command(retry, result.deferred, now=now, spread_s=10.0).not_before == later.not_before
    others = {
        deferred_command(
            RunCommand(operation="unit_deferred_op", reason="retry"), result.deferred, now=now, spread_s=10.0
        ).not_before
        for _ in range(20)
    }
    assert len(others) > 10  # spread over the window, not released together


def test_a_retry_past_its_deadline_is_timed_out_not_deferred_again(emitter: MemoryEmitter) -> None:
    # The breaker was checked before the deadline: while it stayed open (forced open by an operator, or
    # a dependency that keeps failing its trials) a retry past its deadline was deferred again and again,
    # and the run never reached a terminal state. Recorded rejected, recovery dead-letters it (deadline).
    registry = OperationRegistry()
    calls: list[str] = []

    @operation(name="unit_deadline_deferred_op", dependency="pay-api", register=False)
    def run_me() -> str:
        calls.append("ran")
        return "ran"

    registry.register(run_me.__errorflow_operation__)  # type: ignore[attr-defined]
    open_breaker("pay-api")
    past = datetime.now(timezone.utc) - timedelta(seconds=5)
    retry = RunCommand(operation="unit_deadline_deferred_op", reason="retry", attempt=2, deadline_at=past)
    result = asyncio.run(execute_attempt(retry, registry=registry, rt=runtime(), defer=True))
    assert result.deferred is None and calls == []
    assert result.status is TaskRunStatus.FAILED
    assert result.event is not None and result.event.error_type == "errorflow.errors.CircuitOpenError"
    assert [e.status for e in events(emitter)] == [TaskRunStatus.PENDING, TaskRunStatus.FAILED]
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    handled = core.handle_outcome(
        AttemptOutcome(command=retry, event=result.event), source=RecordPosition(topic="t", partition=0, offset=0)
    )
    assert handled.decision is not None and handled.decision.action == "gave_up_deadline"
    in_time = retry.model_copy(update={"deadline_at": datetime.now(timezone.utc) + timedelta(minutes=5)})
    assert asyncio.run(execute_attempt(in_time, registry=registry, rt=runtime(), defer=True)).deferred is not None


def test_a_retry_past_its_policys_deadline_is_not_deferred_again(emitter: MemoryEmitter) -> None:
    # The run's deadline came from the policy's deadline_s, not from the command's deadline_at: the retry
    # command carried no deadline, so the runner deferred it for as long as the breaker stayed open and
    # the run never ended. The retry now carries the effective deadline.
    registry = OperationRegistry()
    calls: list[str] = []

    @operation(name="unit_policy_deadline_op", dependency="pay-api", register=False)
    def run_me() -> str:
        calls.append("ran")
        return "ran"

    registry.register(run_me.__errorflow_operation__)  # type: ignore[attr-defined]
    first = RunCommand(operation="unit_policy_deadline_op")
    failed_at = datetime.now(timezone.utc) - timedelta(seconds=100)
    failed = TaskRunEvent(
        run_id=first.run_id,
        root_run_id=first.root_run_id,
        operation=first.operation,
        service="unit-svc",
        status=TaskRunStatus.FAILED,
        occurred_at=failed_at,
        error_type="builtins.TimeoutError",
        error_message="Read timed out.",
        channel="worker",
    )
    policy = {"transient": {"deadline_s": 50, "initial_delay_s": 0.2, "jitter": "none"}}
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    handled = core.handle_outcome(
        AttemptOutcome(command=first, event=failed, retry_policy=policy),
        source=RecordPosition(topic="t", partition=0, offset=0),
    )
    [retry] = [record.model for record in handled.records if isinstance(record.model, RunCommand)]
    assert retry.deadline_at == failed_at + timedelta(seconds=50)  # the policy's, read by the runner
    open_breaker("pay-api")
    result = asyncio.run(execute_attempt(retry, registry=registry, rt=runtime(), defer=True))
    assert result.deferred is None and calls == [] and result.status is TaskRunStatus.FAILED


def test_deferral_when_trials_are_taken_or_forced_open() -> None:
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    command = RunCommand(operation="x", reason="replay")
    half = deferred_command(command, CircuitOpenError("db", state="half_open"), now=now, spread_s=0.0)
    assert half.not_before == now + timedelta(seconds=1)
    forced = deferred_command(command, CircuitOpenError("db", state="forced_open"), now=now, spread_s=30.0)
    assert forced.not_before is not None and forced.not_before >= now + timedelta(seconds=30)
    again = deferred_command(half, CircuitOpenError("db", state="half_open"), now=now, spread_s=0.0)
    assert again.breaker_deferrals == 2


def test_scheduler_keeps_each_deferral_of_one_attempt() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    command = RunCommand(operation="x", reason="retry", attempt=2, not_before=now)
    assert accept(scheduler, encode(command), partition=0, offset=0, now=now, max_bytes=1 << 20) is not None
    first = deferred_command(command, CircuitOpenError("db", state="half_open"), now=now, spread_s=0.0)
    second = deferred_command(first, CircuitOpenError("db", state="half_open"), now=now, spread_s=0.0)
    for offset, item in enumerate((first, second), start=1):
        assert accept(scheduler, encode(item), partition=0, offset=offset, now=now, max_bytes=1 << 20) is not None
    assert accept(scheduler, encode(second), partition=0, offset=3, now=now, max_bytes=1 << 20) is None  # redelivered


def test_the_watcher_fetches_with_the_configured_wait() -> None:
    """The breaker watcher follows ``kafka.fetch_max_wait_s`` like every other consumer (no constant of its own)."""
    memory = MemoryEmitter()
    # Nothing listens on port 1: the watcher only retries its connection until shutdown.
    configure(Settings(kafka={"bootstrap": "127.0.0.1:1", "fetch_max_wait_s": 0.5}), emitter=memory, service="w")
    try:
        watcher = runtime().watcher
        assert watcher is not None
        assert watcher.fetch_max_wait_ms == 500
    finally:
        shutdown()


def test_a_rejection_is_recorded_whatever_the_arguments(emitter: MemoryEmitter) -> None:
    """An argument whose repr raises cost the rejected run its events (the call path guards its input capture)."""

    class Unreadable:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    @operation(name="unit_hostile_rejected", dependency="hostile-api", register=False)
    def call(thing: object) -> None:
        raise AssertionError("an open breaker never calls")

    open_breaker("hostile-api")
    with pytest.raises(CircuitOpenError):
        call(Unreadable())
    pending, failed = events(emitter)
    assert (pending.status, failed.status) == (TaskRunStatus.PENDING, TaskRunStatus.FAILED)
    assert failed.error_type == "errorflow.errors.CircuitOpenError"
    assert failed.input_dump == {"_errorflow_unavailable": "input could not be captured: RuntimeError"}
