"""Graceful degradation: fallbacks answer retriable failures and open breakers; the run is a degraded success."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from errorflow.errors import CircuitOpenError
from errorflow.runner.core import execute_attempt
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import CachedFallback, MemoryEmitter, OperationRegistry, configure, operation, runtime, shutdown
from errorflow.sdk.fallback import Degraded, may_fall_back, resolve
from errorflow.settings import Settings
from tests.hostile_exceptions import ClassLies, ClassRaises


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(sdk={"watch_breakers": False}), emitter=memory, service="unit-svc")
    yield memory
    shutdown()


def finals(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    decoded = [decode(record.value, TaskRunEvent) for record in emitter.records]
    return [e for e in decoded if e.status in (TaskRunStatus.SUCCESS, TaskRunStatus.FAILED)]


def test_cached_result_younger_than_max_age_answers_a_transient_failure(emitter: MemoryEmitter) -> None:
    clock = Clock()
    cache = CachedFallback(max_age_s=3600, clock=clock)
    down = {"now": False}

    @operation(name="unit_rates", fallback=cache, register=False)
    def rates(currency: str) -> dict[str, float]:
        if down["now"]:
            raise ConnectionResetError(104, "Connection reset by peer")
        return {"rate": 1.1}

    assert rates("EUR") == {"rate": 1.1}
    down["now"] = True
    clock.now += 1800
    assert rates("EUR") == {"rate": 1.1}
    fresh, degraded = finals(emitter)
    assert not fresh.degraded and fresh.data_age_s is None
    assert degraded.status is TaskRunStatus.SUCCESS and degraded.degraded
    assert degraded.data_age_s == 1800
    assert degraded.degraded_error_type == "builtins.ConnectionResetError"
    assert degraded.degraded_error_message == "[Errno 104] Connection reset by peer"


def test_stale_cache_is_refused_and_the_original_error_is_recorded(emitter: MemoryEmitter) -> None:
    clock = Clock()
    cache = CachedFallback(max_age_s=60, clock=clock)
    down = {"now": False}

    @operation(name="unit_stale", fallback=cache, register=False)
    async def quote(symbol: str) -> float:
        if down["now"]:
            raise TimeoutError("Read timed out. (read timeout=10)")
        return 42.0

    assert asyncio.run(quote("X")) == 42.0
    down["now"] = True
    clock.now += 61
    with pytest.raises(TimeoutError):
        asyncio.run(quote("X"))
    with pytest.raises(TimeoutError):  # another input was never cached
        asyncio.run(quote("Y"))
    assert [(e.status, e.degraded) for e in finals(emitter)] == [
        (TaskRunStatus.SUCCESS, False),
        (TaskRunStatus.FAILED, False),
        (TaskRunStatus.FAILED, False),
    ]


def test_validation_failures_are_never_degraded(emitter: MemoryEmitter) -> None:
    @operation(name="unit_parse", fallback=lambda exc, text: "default", register=False)
    def parse(text: str) -> str:
        raise ValueError(f"invalid date range: {text}")

    with pytest.raises(ValueError, match="invalid date range"):
        parse("x")
    [failed] = finals(emitter)
    assert failed.status is TaskRunStatus.FAILED and not failed.degraded


def test_function_fallback_answers_an_open_breaker_without_calling(emitter: MemoryEmitter) -> None:
    calls: list[str] = []
    runtime().breakers.update(
        {
            "dependency": "fx-api",
            "state": "open",
            "sequence": 1,
            "open_until": time.time() + 60,
            "trials_per_process": 1,
        }
    )

    @operation(
        name="unit_fx", dependency="fx-api", fallback=lambda exc, pair: {"pair": pair, "rate": None}, register=False
    )
    def fx(pair: str) -> dict[str, object]:
        calls.append(pair)
        return {"pair": pair, "rate": 1.0}

    assert fx("EURUSD") == {"pair": "EURUSD", "rate": None}
    assert calls == []
    [answered] = finals(emitter)
    assert answered.degraded and answered.degraded_error_type == "errorflow.errors.CircuitOpenError"
    assert answered.data_age_s is None


def test_declining_fallback_lets_the_original_error_through() -> None:
    def decline(exc: BaseException, *args: object) -> object:
        raise LookupError("nothing to offer")

    assert resolve(decline, TimeoutError("timed out"), (), {}) is None
    assert resolve(lambda exc: 1, TimeoutError("timed out"), (), {}) == Degraded(1)
    assert may_fall_back(CircuitOpenError("x", state="open"))
    assert not may_fall_back(PermissionError(13, "Permission denied"))
    assert not may_fall_back(KeyboardInterrupt())


def test_cache_is_bounded_and_validates_its_options() -> None:
    clock = Clock()
    cache = CachedFallback(max_age_s=10, max_entries=2, clock=clock)
    for n in range(3):
        cache.remember((n,), {}, n)
    assert cache.recall((0,), {}) is None
    assert cache.recall((2,), {}) == Degraded(2, data_age_s=0.0)
    with pytest.raises(ValueError, match="max_age_s"):
        CachedFallback(max_age_s=-1)
    with pytest.raises(ValueError, match="max_entries"):
        CachedFallback(max_age_s=1, max_entries=0)


def test_runner_answers_a_failed_attempt_from_the_operations_cache(emitter: MemoryEmitter) -> None:
    clock = Clock()
    registry = OperationRegistry()
    down = {"now": False}

    @operation(name="unit_run_cached", fallback=CachedFallback(max_age_s=100, clock=clock), register=False)
    async def lookup(key: str) -> str:
        if down["now"]:
            raise TimeoutError("Read timed out. (read timeout=10)")
        return f"value of {key}"

    registry.register(lookup.__errorflow_operation__)  # type: ignore[attr-defined]
    rt = runtime()

    def command() -> RunCommand:
        return RunCommand(operation="unit_run_cached", input={"key": "k"})

    first = asyncio.run(
        execute_attempt(RunCommand(operation="unit_run_cached", input={"key": "k"}), registry=registry, rt=rt)
    )
    down["now"] = True
    clock.now += 50
    second = asyncio.run(
        execute_attempt(RunCommand(operation="unit_run_cached", input={"key": "k"}), registry=registry, rt=rt)
    )
    clock.now += 51
    third = asyncio.run(
        execute_attempt(RunCommand(operation="unit_run_cached", input={"key": "k"}), registry=registry, rt=rt)
    )
    assert [r.status for r in (first, second, third)] == [
        TaskRunStatus.SUCCESS,
        TaskRunStatus.SUCCESS,
        TaskRunStatus.FAILED,
    ]
    assert second.event is not None and second.event.degraded and second.event.data_age_s == 50
    assert third.event is not None and not third.event.degraded
    assert third.event.error_type == "builtins.TimeoutError"


RULES = """
version = 1

[[rules]]
id = "acme.pricing-frozen"
category = "permanent"
exc_type = ["builtins.ConnectionResetError"]
message = "pricing is frozen"
"""


def test_the_service_s_rules_file_decides_as_it_does_in_the_pipeline(tmp_path: Path) -> None:
    """A failure the service's rules call permanent is never degraded, whatever the default rules say."""
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    frozen = ConnectionResetError(104, "pricing is frozen for the quarter")
    reset = ConnectionResetError(104, "Connection reset by peer")
    configure(Settings(sdk={"watch_breakers": False}, rules_file=rules), emitter=MemoryEmitter(), service="unit-svc")
    try:
        assert not may_fall_back(frozen)
        assert may_fall_back(reset)
    finally:
        shutdown()
    configure(Settings(sdk={"watch_breakers": False}), emitter=MemoryEmitter(), service="unit-svc")
    try:
        assert may_fall_back(frozen)  # the defaults: a connection reset is transient
    finally:
        shutdown()


def test_a_rules_file_that_cannot_be_used_leaves_the_defaults_deciding(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rules = tmp_path / "broken.toml"
    rules.write_text("version = 1\n[[rules]]\nid = 'x'\ncategory = 'sometimes'\n", encoding="utf-8")
    configure(Settings(sdk={"watch_breakers": False}, rules_file=rules), emitter=MemoryEmitter(), service="unit-svc")
    try:
        assert may_fall_back(ConnectionResetError(104, "Connection reset by peer"))
        assert not may_fall_back(ValueError("invalid literal for int() with base 10: 'x'"))
    finally:
        shutdown()
    assert "the rules file cannot be used" in caplog.text


def _outcome(call: Callable[[], object]) -> tuple[str, object]:
    """What a call did, caught here: pytest cannot print a failure whose chain holds a hostile exception."""
    try:
        return "returned", call()
    except BaseException as exc:  # the outcome, whatever it is, is what the test checks
        return "raised", exc


@pytest.mark.parametrize("make", [ClassRaises, ClassLies])
def test_an_exception_whose_class_raises_or_lies_reaches_the_caller(
    make: type[Exception], emitter: MemoryEmitter
) -> None:
    """isinstance() reads ``__class__``: it raised out of the fallback decision, in place of the caller's error.

    The caller got errorflow's ``RuntimeError`` instead of its own exception and the run no
    terminal event; an exception claiming to be ``CircuitOpenError`` was answered by the
    fallback although its class (a ValueError: validation, never degraded) is not one.
    """
    error = make("x")
    answered: list[bool] = []

    def fallback(exc: BaseException, n: int) -> str:
        answered.append(exc is error)
        return "degraded"

    @operation(name=f"unit_hostile_class_{make.__name__}", fallback=fallback, register=False)
    def work(n: int) -> str:
        raise error

    kind, value = _outcome(lambda: work(1))
    if make is ClassRaises:  # a ConnectionError: retriable, the fallback answers
        assert (kind, value, answered) == ("returned", "degraded", [True]), (kind, type(value).__name__)
        (final,) = finals(emitter)
        assert final.status is TaskRunStatus.SUCCESS and final.degraded
        assert final.degraded_error_type == "tests.hostile_exceptions.ClassRaises"
    else:
        assert kind == "raised" and value is error, (kind, type(value).__name__)
        assert answered == []
        (final,) = finals(emitter)
        assert final.status is TaskRunStatus.FAILED
        assert final.error_type == "tests.hostile_exceptions.ClassLies"
        assert final.error_traceback and "Traceback (most recent call last)" in final.error_traceback
