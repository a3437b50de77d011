"""The runner enforces ``timeout_s`` and ``deadline_at``: async attempts are cancelled, sync ones abandoned."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.runner.core import _drop_late_result, execute_attempt, report_orphaned
from errorflow.runner.worker import attempt_verdict
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.ids import timed_out_event_id
from errorflow.sdk import MemoryEmitter, OperationRegistry, configure, operation, shutdown
from errorflow.sdk.runtime import Runtime
from errorflow.sdk.scrub import Scrubber
from errorflow.settings import Settings

CANCELLED: list[str] = []


@pytest.fixture
def rt() -> Iterator[Runtime]:
    yield configure(Settings(), emitter=MemoryEmitter(), service="unit-runner")
    shutdown()


def statuses(rt: Runtime) -> list[TaskRunStatus]:
    assert isinstance(rt.emitter, MemoryEmitter)
    return [decode(r.value, TaskRunEvent).status for r in rt.emitter.records]


def registry() -> OperationRegistry:
    reg = OperationRegistry()

    @operation(name="slow_async", timeout_s=0.2, register=False)
    async def slow_async() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            CANCELLED.append("slow_async")
            raise

    @operation(name="slow_sync", timeout_s=0.2, register=False)
    def slow_sync() -> None:
        time.sleep(0.6)

    @operation(name="quick", register=False)
    async def quick() -> int:
        return 1

    for fn in (slow_async, slow_sync, quick):
        reg.register(fn.__errorflow_operation__)  # type: ignore[attr-defined]
    return reg


def test_an_async_attempt_past_its_timeout_is_cancelled_and_recorded_timed_out(rt: Runtime) -> None:
    command = RunCommand(operation="slow_async")
    result = asyncio.run(execute_attempt(command, registry=registry(), rt=rt))
    assert result.status is TaskRunStatus.TIMED_OUT and result.event is not None
    assert result.event.event_id == timed_out_event_id(command.run_id, 1)
    assert "timeout_s" in (result.event.error_message or "")
    assert CANCELLED == ["slow_async"]
    assert statuses(rt) == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.TIMED_OUT]


def test_a_sync_attempt_past_its_timeout_is_reported_at_the_limit_while_its_thread_runs_on(rt: Runtime) -> None:
    started = time.perf_counter()
    result = asyncio.run(execute_attempt(RunCommand(operation="slow_sync"), registry=registry(), rt=rt))
    assert result.status is TaskRunStatus.TIMED_OUT
    assert result.event is not None and result.event.execution_time_s is not None
    assert result.event.execution_time_s < 0.6, "reported when the limit passed, not when the thread returned"
    assert time.perf_counter() - started >= 0.2


def test_the_deadline_bounds_an_attempt_and_a_passed_deadline_starts_nothing(rt: Runtime) -> None:
    now = datetime.now(timezone.utc)
    soon = RunCommand(operation="slow_async", deadline_at=now + timedelta(seconds=0.2))
    result = asyncio.run(execute_attempt(soon, registry=registry(), rt=rt))
    assert result.status is TaskRunStatus.TIMED_OUT and "deadline" in (result.event.error_message or "")  # type: ignore[union-attr]
    assert isinstance(rt.emitter, MemoryEmitter)
    rt.emitter.records.clear()
    late = RunCommand(operation="quick", deadline_at=now - timedelta(seconds=1))
    result = asyncio.run(execute_attempt(late, registry=registry(), rt=rt))
    assert result.status is TaskRunStatus.TIMED_OUT
    assert statuses(rt) == [TaskRunStatus.PENDING, TaskRunStatus.TIMED_OUT], "never ran"


def test_an_attempt_within_its_limits_succeeds(rt: Runtime) -> None:
    later = datetime.now(timezone.utc) + timedelta(minutes=5)
    result = asyncio.run(execute_attempt(RunCommand(operation="quick", deadline_at=later), registry=registry(), rt=rt))
    assert result.status is TaskRunStatus.SUCCESS


def test_a_worker_leaves_an_attempt_a_dead_worker_started_to_the_watchdog_when_it_is_watched() -> None:
    assert attempt_verdict("", incarnation="started:me", watched=True) == "first_run"
    assert attempt_verdict("started:dead", incarnation="started:me", watched=True) == "left_to_watchdog"
    assert attempt_verdict("started:dead", incarnation="started:me", watched=False) == "rerun_unfinished"
    assert attempt_verdict("started:me", incarnation="started:me", watched=True) == "skipped_duplicates"
    assert attempt_verdict("success", incarnation="started:me", watched=True) == "skipped_duplicates"


def test_an_orphaned_attempt_is_handed_over_with_one_heartbeat_carrying_its_limits(rt: Runtime) -> None:
    command = RunCommand(operation="slow_async", attempt=2, root_run_id="root-1")
    report_orphaned(command, registry=registry(), rt=rt, worker="started:dead")
    assert isinstance(rt.emitter, MemoryEmitter)
    (record,) = rt.emitter.records
    beat = decode(record.value, TaskRunEvent)
    assert beat.status is TaskRunStatus.HEARTBEAT and beat.run_id == command.run_id and beat.attempt == 2
    assert beat.heartbeat_timeout_s == rt.heartbeat_timeout_s and beat.timeout_s == 0.2
    assert beat.heartbeat_details == {"orphaned_by": "started:dead"}


class _Leaky(Exception):
    """A service's exception with a credential in its text and a ``__repr__`` that raises."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_an_abandoned_attempts_late_error_is_logged_scrubbed_and_without_its_repr(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The log leaves the service like an event: the late exception is read safely and scrubbed."""

    async def late() -> None:
        call: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        call.set_exception(_Leaky("connect postgres://app:Zq9-pw@db/app failed"))
        with caplog.at_level("INFO", logger="errorflow.runner.core"):
            _drop_late_result(call, name="slow_export", scrub=Scrubber().scrub_text)

    asyncio.run(late())
    (record,) = [r for r in caplog.records if "abandoned" in r.getMessage()]
    line = record.getMessage()
    assert "slow_export" in line and "_Leaky: connect postgres://app:" in line
    assert "Zq9" not in line


def test_the_runners_liveness_allows_an_attempt_its_time_limit_and_the_time_to_cancel_it() -> None:
    from errorflow.runner.core import attempt_time_limit_s

    reg = registry()
    assert attempt_time_limit_s(RunCommand(operation="slow_async"), registry=reg) == pytest.approx(5.2)
    assert attempt_time_limit_s(RunCommand(operation="quick"), registry=reg) is None  # no limit: not judged
    assert attempt_time_limit_s(RunCommand(operation="no_such_operation"), registry=reg) == 0.0  # fails at once
    soon = datetime.now(timezone.utc) + timedelta(seconds=100)
    limit = attempt_time_limit_s(RunCommand(operation="quick", deadline_at=soon), registry=reg)
    assert limit is not None and 100.0 < limit <= 105.0  # the deadline bounds an operation without timeout_s
    past = datetime.now(timezone.utc) - timedelta(seconds=100)
    assert attempt_time_limit_s(RunCommand(operation="slow_async", deadline_at=past), registry=reg) == 5.0
