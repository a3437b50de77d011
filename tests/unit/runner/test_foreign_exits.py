"""An operation or compensation step that raises what is not an ``Exception`` fails its attempt; the runner goes on.

``sys.exit()`` in a library, a ``KeyboardInterrupt`` or ``GeneratorExit`` raised by hand, an
``asyncio.CancelledError`` of the code's own, a ``BaseException`` subclass of its own: an async
function's ``SystemExit`` used to end the runner's event loop (the process, every attempt in hand),
the others went past every ``except Exception`` and killed the command's actor; a sync function's
``StopIteration`` could not be set on the asyncio future and the attempt never ended.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator

import pytest
from pydantic import BaseModel, field_validator

from errorflow.runner.core import execute_attempt
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import MemoryEmitter, OperationRegistry, configure, operation, shutdown
from errorflow.sdk.compensation import run_steps
from errorflow.sdk.runtime import Runtime
from errorflow.settings import Settings

GUARD_S = 60.0
"""Not a timing: on the code before the fix a StopIteration attempt never ends, and the test must fail, not hang."""


class OwnBaseException(BaseException):
    """A service's own exception outside ``Exception``."""


RAISED: dict[str, Callable[[], BaseException]] = {
    "system_exit": lambda: SystemExit(3),
    "keyboard_interrupt": lambda: KeyboardInterrupt("stop"),
    "generator_exit": lambda: GeneratorExit("closed"),
    "cancelled": lambda: asyncio.CancelledError("a future of its own was cancelled"),
    "own_base": lambda: OwnBaseException("mine"),
    "stop_iteration": lambda: StopIteration("empty"),
}


@pytest.fixture
def rt() -> Iterator[Runtime]:
    yield configure(Settings(), emitter=MemoryEmitter(), service="unit-runner")
    shutdown()


def _registry(kind: str) -> OperationRegistry:
    reg = OperationRegistry()

    @operation(name=f"async_{kind}", register=False)
    async def raises_async() -> None:
        await asyncio.sleep(0)
        raise RAISED[kind]()

    @operation(name=f"sync_{kind}", register=False)
    def raises_sync() -> None:
        raise RAISED[kind]()

    for fn in (raises_async, raises_sync):
        reg.register(fn.__errorflow_operation__)  # type: ignore[attr-defined]
    return reg


def _final(rt: Runtime) -> TaskRunEvent:
    assert isinstance(rt.emitter, MemoryEmitter)
    return decode(rt.emitter.records[-1].value, TaskRunEvent)


@pytest.mark.parametrize("flavour", ["async", "sync"])
@pytest.mark.parametrize("kind", sorted(RAISED))
def test_the_attempt_fails_with_the_services_own_exception(rt: Runtime, kind: str, flavour: str) -> None:
    if kind == "stop_iteration" and flavour == "async":
        pytest.skip("a coroutine's StopIteration is a RuntimeError already (PEP 479)")
    command = RunCommand(operation=f"{flavour}_{kind}")

    async def attempt() -> TaskRunStatus:
        result = await asyncio.wait_for(execute_attempt(command, registry=_registry(kind), rt=rt), GUARD_S)
        return result.status

    assert asyncio.run(attempt()) is TaskRunStatus.FAILED
    final = _final(rt)
    assert final.status is TaskRunStatus.FAILED
    assert (final.error_type or "").endswith(type(RAISED[kind]()).__qualname__)
    assert "Traceback (most recent call last)" in (final.error_traceback or "")


@pytest.mark.parametrize("flavour", ["async", "sync"])
@pytest.mark.parametrize("kind", sorted(RAISED))
def test_a_compensation_step_that_raises_it_fails_the_saga_there(kind: str, flavour: str) -> None:
    ran: list[str] = []

    async def undo_async() -> None:
        raise RAISED[kind]()

    def undo_sync() -> None:
        raise RAISED[kind]()

    def earlier() -> None:
        ran.append("earlier")

    def later() -> None:
        ran.append("later")

    undo = undo_async if flavour == "async" else undo_sync
    steps = [(0, "k0", earlier, (), {}), (1, "k1", undo, (), {}), (2, "k2", later, (), {})]
    result = asyncio.run(run_steps(steps, timeout_s=GUARD_S))
    assert result.done == (2,) and result.failed == 1, "stopped at the step, not timed out"
    assert ran == ["later"]
    expected = RuntimeError if kind == "stop_iteration" and flavour == "async" else type(RAISED[kind]())
    assert type(result.error) is expected


@pytest.mark.parametrize("kind", sorted(RAISED))
def test_an_input_model_whose_validator_raises_it_fails_the_attempt_as_bad_input(rt: Runtime, kind: str) -> None:
    class Payload(BaseModel):
        x: int

        @field_validator("x")
        @classmethod
        def _check(cls, value: int) -> int:
            raise RAISED[kind]()

    reg = OperationRegistry()

    @operation(name="validated", inputs=Payload, register=False)
    def validated(payload: Payload) -> None:
        return None

    reg.register(validated.__errorflow_operation__)  # type: ignore[attr-defined]
    result = asyncio.run(execute_attempt(RunCommand(operation="validated", input={"x": 1}), registry=reg, rt=rt))
    assert result.status is TaskRunStatus.FAILED
    final = _final(rt)
    assert (final.error_type or "").endswith("OperationInputError")
    assert "is invalid" in (final.error_message or "")


def test_the_runners_own_cancellation_still_cancels_an_async_attempt(
    rt: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    """The time limit cancels the task: its CancelledError is the runner's, not the service's failure."""
    reg = OperationRegistry()

    @operation(name="sleeps", timeout_s=0.05, register=False)
    async def sleeps() -> None:
        await asyncio.sleep(GUARD_S)

    reg.register(sleeps.__errorflow_operation__)  # type: ignore[attr-defined]
    with caplog.at_level(logging.INFO, logger="errorflow.runner.core"):
        result = asyncio.run(execute_attempt(RunCommand(operation="sleeps"), registry=reg, rt=rt))
    assert result.status is TaskRunStatus.TIMED_OUT
    assert not [r for r in caplog.records if "abandoned attempt" in r.getMessage()], "cancelled, not failed"
