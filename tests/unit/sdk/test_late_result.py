"""A direct call frozen past its heartbeat timeout ends ``timed_out`` (the watchdog's event), never its late result.

The heartbeat clock is a fake one (the process's ticker is swapped for one without a
thread), so a "freeze" is the function moving the clock on: no sleeps, no timings.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from errorflow.runner.core import execute_attempt
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.ids import timed_out_event_id
from errorflow.sdk import MemoryEmitter, OperationRegistry, cached_fallback, configure, heartbeat, operation, shutdown
from errorflow.sdk import heartbeats as heartbeats_module
from errorflow.sdk.heartbeats import Ticker, silent_past_timeout
from errorflow.sdk.runtime import runtime
from errorflow.settings import Settings

TIMEOUT_S = 3.0
S = TaskRunStatus


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(heartbeats_module, "_ticker", Ticker(clock=fake, start_thread=False))
    return fake


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    yield memory
    shutdown()


def use(emitter: MemoryEmitter, *, lifecycle_after_s: float) -> None:
    """The SDK with its lifecycle threshold: 0 sends pending and running at once (the recorder's path)."""
    configure(
        Settings(sdk={"watch_breakers": False, "lifecycle_after_s": lifecycle_after_s}), emitter=emitter, service="unit"
    )


def events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return [decode(record.value, TaskRunEvent) for record in emitter.records]


def statuses(emitter: MemoryEmitter) -> list[TaskRunStatus]:
    return [event.status for event in events(emitter)]


def assert_watchdogs_timed_out(emitter: MemoryEmitter) -> None:
    """The attempt's one terminal event is timed_out, under the id the watchdog gives it."""
    final = events(emitter)[-1]
    assert final.status is S.TIMED_OUT
    assert final.event_id == timed_out_event_id(final.run_id, 1)
    assert final.error_type == "builtins.TimeoutError"
    assert "without a sign of life" in (final.error_message or "")
    terminals = [e for e in events(emitter) if e.status not in (S.PENDING, S.RUNNING, S.HEARTBEAT)]
    assert terminals == [final]


def test_the_check_counts_the_longest_silence_against_the_heartbeat_timeout(clock: Clock) -> None:
    class Sender:
        def heartbeat(self, details: Any) -> None:
            pass

    watch = heartbeats_module.begin(None)
    assert watch is None and silent_past_timeout(watch, TIMEOUT_S) is None  # not watched
    beat = heartbeats_module.ticker().watch(Sender(), interval_s=1.0)
    clock.now += 3.0
    beat.send()
    assert silent_past_timeout((beat, None), TIMEOUT_S) is None, "exactly the timeout is not past it"  # type: ignore[arg-type]
    clock.now += 3.5  # frozen, then one beat on waking: the gap before it still counts
    beat.send()
    clock.now += 0.1
    reason = silent_past_timeout((beat, None), TIMEOUT_S)  # type: ignore[arg-type]
    assert reason is not None and "3.500 s without a sign of life" in reason and "timeout of 3 s" in reason
    assert silent_past_timeout((beat, None), None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("fails", [False, True], ids=["returns", "raises"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("lifecycle_after_s", [0.0, 60.0], ids=["recorder", "quick"])
def test_a_frozen_direct_call_gets_its_outcome_and_records_the_watchdogs_timed_out(
    clock: Clock, emitter: MemoryEmitter, lifecycle_after_s: float, is_async: bool, fails: bool
) -> None:
    use(emitter, lifecycle_after_s=lifecycle_after_s)

    def work() -> dict[str, int]:
        clock.now += 1.5
        heartbeat({"page": 1})  # a sign of life: the watchdog watches the call (the quick path reports its start)
        clock.now += 4.0  # frozen past the heartbeat timeout
        if fails:
            raise ConnectionResetError(104, "Connection reset by peer")
        return {"pages": 2}

    async def work_async() -> dict[str, int]:
        return work()

    frozen = operation(name="unit_frozen", heartbeat_timeout_s=TIMEOUT_S, auto_heartbeat=False, register=False)(
        work_async if is_async else work
    )
    if fails:
        with pytest.raises(ConnectionResetError):
            asyncio.run(frozen()) if is_async else frozen()
    else:
        assert (asyncio.run(frozen()) if is_async else frozen()) == {"pages": 2}, "the caller gets its value"
    assert statuses(emitter) == [S.PENDING, S.RUNNING, S.HEARTBEAT, S.TIMED_OUT]
    assert_watchdogs_timed_out(emitter)


@pytest.mark.parametrize("lifecycle_after_s", [0.0, 60.0], ids=["recorder", "quick"])
def test_a_direct_call_that_kept_beating_records_its_result(
    clock: Clock, emitter: MemoryEmitter, lifecycle_after_s: float
) -> None:
    use(emitter, lifecycle_after_s=lifecycle_after_s)

    @operation(name="unit_steady", heartbeat_timeout_s=TIMEOUT_S, auto_heartbeat=False, register=False)
    def steady() -> int:
        for _ in range(4):  # 10 s in all, never 3 s silent
            clock.now += 2.5
            heartbeat()
        return 7

    assert steady() == 7
    assert statuses(emitter) == [S.PENDING, S.RUNNING, S.HEARTBEAT, S.HEARTBEAT, S.HEARTBEAT, S.HEARTBEAT, S.SUCCESS]


@pytest.mark.parametrize("fails", [False, True], ids=["returns", "raises"])
def test_a_call_whose_start_never_went_out_records_its_result_the_watchdog_never_heard_of_it(
    clock: Clock, emitter: MemoryEmitter, fails: bool
) -> None:
    use(emitter, lifecycle_after_s=60.0)

    @operation(name="unit_unseen", heartbeat_timeout_s=TIMEOUT_S, auto_heartbeat=False, register=False)
    def unseen() -> dict[str, int]:
        clock.now += 10.0  # silent past the timeout, but no sign of life ever left the process
        if fails:
            raise ConnectionResetError(104, "Connection reset by peer")
        return {"pages": 1}  # not a scalar: the run's recorder records it, as it records a failure

    if fails:
        with pytest.raises(ConnectionResetError):
            unseen()
    else:
        assert unseen() == {"pages": 1}
    [only] = events(emitter)  # nobody else records its end: its result is its one terminal event
    assert only.status is (S.FAILED if fails else S.SUCCESS) and only.started_at is not None


def test_a_frozen_call_answered_by_its_fallback_answers_the_caller_and_records_timed_out(
    clock: Clock, emitter: MemoryEmitter
) -> None:
    use(emitter, lifecycle_after_s=0.0)
    up = {"now": True}

    @operation(
        name="unit_frozen_fallback",
        heartbeat_timeout_s=TIMEOUT_S,
        auto_heartbeat=False,
        fallback=cached_fallback(max_age_s=3600),
        register=False,
    )
    def price(sku: str) -> dict[str, float]:
        if not up["now"]:
            clock.now += 5.0  # frozen past the timeout, then the call fails
            raise ConnectionResetError(104, "Connection reset by peer")
        return {"price": 9.5}

    assert price("sku-1") == {"price": 9.5}
    emitter.records.clear()
    up["now"] = False
    assert price("sku-1") == {"price": 9.5}, "the fallback still answers the caller"
    assert statuses(emitter) == [S.PENDING, S.RUNNING, S.TIMED_OUT]
    assert_watchdogs_timed_out(emitter)
    assert not any(e.degraded for e in events(emitter)), "no degraded success beside the timed_out"


def test_the_runner_and_a_direct_call_record_a_freeze_alike(clock: Clock, emitter: MemoryEmitter) -> None:
    use(emitter, lifecycle_after_s=0.0)

    @operation(name="unit_frozen_both", heartbeat_timeout_s=TIMEOUT_S, auto_heartbeat=False, register=False)
    async def frozen() -> int:
        clock.now += 4.0
        return 1

    registry = OperationRegistry()
    registry.register(frozen.__errorflow_operation__)  # type: ignore[attr-defined]
    command = RunCommand(operation="unit_frozen_both")
    result = asyncio.run(execute_attempt(command, registry=registry, rt=runtime()))
    assert result.status is S.TIMED_OUT and result.event is not None
    assert result.event.event_id == timed_out_event_id(command.run_id, 1)
    runner_events = events(emitter)
    emitter.records.clear()
    assert asyncio.run(frozen()) == 1
    direct_events = events(emitter)
    assert [e.status for e in runner_events] == [e.status for e in direct_events] == [S.PENDING, S.RUNNING, S.TIMED_OUT]
    assert runner_events[-1].error_message == direct_events[-1].error_message
