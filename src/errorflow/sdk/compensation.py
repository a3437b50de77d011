"""Compensation (sagas): an operation registers how to undo each change as it makes it.

Temporal's saga pattern is the anchor: compensations are registered as the work
goes, and when the run fails for good they run in reverse order.

Inside an ``@operation(compensate_on=...)``::

    reserve_seat(flight, seat)
    compensate(release_seat, flight=flight, seat=seat)   # or current_run().compensate(...)

``compensate_on`` says when they run: ``"final"`` (after the run failed for good:
the recovery agent's decision is terminal, dead-lettered or not retryable) or
``"every_failure"`` (after each failed attempt). Where they run:

- a run of the function runner: the runner that has the service's registry runs
  them, on a ``compensate`` command from the recovery agent. A step is therefore
  registered by name (``@compensation``) with JSON arguments; a retry carries the
  steps not compensated yet, so a run that fails for good undoes every attempt's work;
- a direct call: the registered callables live in the calling process, so they run
  there, in reverse, when the call raises (any callable is accepted).

A compensation must be idempotent by contract: it may run again (a redelivered
command, an operator's replay of a failed compensation). Its stable key,
``<run id of the registering attempt>:<index>``, is :func:`compensation_key`
while it runs; hand it to the systems it calls.

Each outcome is a recovery action, ``compensated`` or ``compensation_failed``; a
failed step is dead-lettered with both errors (the run's and the compensation's),
and replaying that dead letter runs the failed step and the ones before it again.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import logging
import threading
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from errorflow.errors import CompensationError, CompensationTimeoutError
from errorflow.schemas.commands import CompensationStep
from errorflow.schemas.ids import new_id
from errorflow.sdk import foreign

__all__ = [
    "COMPENSATIONS",
    "CompensateOn",
    "Saga",
    "StepsResult",
    "call_async",
    "call_sync",
    "compensate",
    "compensation",
    "compensation_key",
    "run_steps",
    "run_steps_sync",
    "saga_scope",
]

CompensateOn = Literal["final", "every_failure"]
"""When an operation's compensations run: after the run fails for good, or after every failed attempt."""

F = TypeVar("F", bound=Callable[..., Any])


class CompensationRegistry:
    """Name -> compensation function, for the runner to find the steps a command names."""

    def __init__(self) -> None:
        self._functions: dict[str, Callable[..., Any]] = {}
        self._lock = threading.Lock()

    def register(self, name: str, function: Callable[..., Any]) -> None:
        """Add a compensation; registering the same name again (a module reload) replaces it."""
        with self._lock:
            self._functions[name] = function

    def get(self, name: str) -> Callable[..., Any]:
        """Return a compensation.

        Raises:
            CompensationError: nothing is registered under the name.
        """
        try:
            return self._functions[name]
        except KeyError:
            raise CompensationError(f"no compensation named {name!r} is registered in this process") from None

    def __contains__(self, name: object) -> bool:
        return name in self._functions


COMPENSATIONS = CompensationRegistry()


def compensation(name: str | None = None) -> Callable[[F], F]:
    """Register a function (sync or async) as a compensation the runner can run by name."""

    def decorate(func: F) -> F:
        registered = name or func.__name__
        COMPENSATIONS.register(registered, func)
        func.__errorflow_compensation__ = registered  # type: ignore[attr-defined]
        return func

    return decorate


@dataclass(slots=True)
class _Step:
    function: Callable[..., Any] | None
    name: str | None
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass(slots=True)
class Saga:
    """The compensations one attempt registered, in registration order."""

    run_id: str
    steps: list[_Step] = field(default_factory=list)

    def serialisable(self, *, start: int = 0) -> list[CompensationStep]:
        """The steps as :class:`CompensationStep` records (each must be registered by name).

        Raises:
            CompensationError: a step is an unregistered callable, or its arguments are not JSON.
        """
        records = []
        for index, step in enumerate(self.steps):
            if step.name is None:
                raise CompensationError(
                    "a compensation of a runner run must be registered with @compensation and named: "
                    f"{getattr(step.function, '__qualname__', step.function)!r} is not"
                )
            try:
                records.append(
                    CompensationStep(
                        name=step.name,
                        args=list(step.args),
                        kwargs=dict(step.kwargs),
                        run_id=self.run_id,
                        index=start + index,
                    )
                )
            except ValueError as exc:
                raise CompensationError(f"arguments of compensation {step.name!r} are not JSON: {exc}") from exc
        return records


_saga: ContextVar[Saga | None] = ContextVar("errorflow_saga", default=None)
_key: ContextVar[str | None] = ContextVar("errorflow_compensation_key", default=None)


class saga_scope:  # used like a function: ``with saga_scope(run_id) as saga``
    """Collect the compensations registered while the block runs (one attempt of one operation)."""

    def __init__(self, run_id: str) -> None:
        self.saga = Saga(run_id)
        self._token: Any = None

    def __enter__(self) -> Saga:
        self._token = _saga.set(self.saga)
        return self.saga

    def __exit__(self, *exc: object) -> None:
        _saga.reset(self._token)


def compensate(function: Callable[..., Any] | str, /, *args: Any, **kwargs: Any) -> None:
    """Register how to undo a change just made: ``function(*args, **kwargs)`` runs if the run fails.

    ``function`` is a callable or the name of a ``@compensation``. Runner runs need a
    named compensation with JSON arguments (checked when the attempt ends).

    Raises:
        CompensationError: called outside an ``@operation(compensate_on=...)``.
    """
    saga = _saga.get()
    if saga is None:
        raise CompensationError("compensate() is only available inside an @operation(compensate_on=...)")
    if isinstance(function, str):
        saga.steps.append(_Step(None, function, args, kwargs))
    else:
        name = getattr(function, "__errorflow_compensation__", None)
        saga.steps.append(_Step(function, name if isinstance(name, str) else None, args, kwargs))


def compensation_key() -> str | None:
    """The running compensation's stable idempotency key (``<run id>:<index>``), None outside one."""
    return _key.get()


@dataclass(frozen=True, slots=True)
class StepsResult:
    """How running a saga's steps in reverse ended."""

    done: tuple[int, ...]
    """Indexes of the steps that ran, in the order they ran."""
    failed: int | None = None
    """Index of the step that raised (the later ones ran, the earlier ones did not), None when all ran."""
    error: BaseException | None = None


async def run_steps(
    steps: Sequence[tuple[int, str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]],
    *,
    timeout_s: float | None = None,
) -> StepsResult:
    """Run ``(index, key, function, args, kwargs)`` steps in reverse order; stop at the first that raises.

    Sync functions run on a daemon thread each (they may block); each step sees its key through
    :func:`compensation_key`. A step still running after ``timeout_s`` fails with
    :class:`CompensationTimeoutError`: an async step is cancelled; a sync step's thread cannot be
    stopped and runs on, and as it is not the loop's default executor, closing the loop (``asyncio.run``
    ending) does not wait for it.
    """
    done: list[int] = []
    for index, key, function, args, kwargs in reversed(steps):
        token = _key.set(key)
        try:
            # Through foreign.call_*: a SystemExit, a KeyboardInterrupt or a StopIteration of a step is the
            # saga's failure, not the end of the runner process, of the command's actor, or of the saga.
            work: asyncio.Future[Any]
            if inspect.iscoroutinefunction(function):
                work = asyncio.ensure_future(foreign.call_async(function, args, kwargs))
            else:
                work = _on_daemon_thread(function, args, kwargs)
            finished, _ = await asyncio.wait({work}, timeout=timeout_s)
            if not finished:
                foreign.cancel(work)
                raise CompensationTimeoutError(_overran(function, timeout_s))
            work.result()
        except Exception as exc:  # the step's failure is the saga's outcome, reported with both errors
            return StepsResult(tuple(done), failed=index, error=foreign.raised_by(exc))
        finally:
            _key.reset(token)
        done.append(index)
    return StepsResult(tuple(done))


def run_steps_sync(
    steps: Sequence[tuple[int, str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]],
    *,
    timeout_s: float | None = None,
) -> StepsResult:
    """:func:`run_steps` for a sync caller (a direct call of a sync operation); async steps get their own loop.

    Without a ``timeout_s`` the steps run on the caller's thread; with one, each runs on a thread of
    its own that the caller waits for at most ``timeout_s`` (past it the step fails with
    :class:`CompensationTimeoutError` and its thread runs on).
    """
    done: list[int] = []
    for index, key, function, args, kwargs in reversed(steps):
        token = _key.set(key)
        try:
            if timeout_s is None:
                _call_step(function, args, kwargs)
            else:
                _call_step_within(function, args, kwargs, timeout_s)
        except Exception as exc:  # the step's failure is the saga's outcome, reported with both errors
            return StepsResult(tuple(done), failed=index, error=exc)
        finally:
            _key.reset(token)
        done.append(index)
    return StepsResult(tuple(done))


def _call_step(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    result = function(*args, **kwargs)
    if inspect.isawaitable(result):
        asyncio.run(_await(result))


def _on_daemon_thread(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> asyncio.Future[None]:
    """Run one sync step on a daemon thread (with the caller's context: its key); a future of its end."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[None] = loop.create_future()

    def settle(error: BaseException | None) -> None:
        if future.done():  # cancelled at the limit
            return
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)

    def body() -> None:
        error: BaseException | None = None
        try:
            foreign.call_sync(_call_step, (function, args, kwargs), {})
        except BaseException as exc:  # handed to the loop (a StopIteration wrapped: a future refuses it)
            error = exc
        try:
            loop.call_soon_threadsafe(settle, error)
        except RuntimeError:  # the loop closed while the step ran past its limit
            pass

    context = contextvars.copy_context()
    threading.Thread(target=context.run, args=(body,), name="errorflow-compensation", daemon=True).start()
    return future


def _call_step_within(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], timeout_s: float
) -> None:
    """Run one step on a daemon thread (with the caller's context: its key) and wait at most ``timeout_s``."""
    outcome: list[BaseException | None] = []

    def body() -> None:
        try:
            _call_step(function, args, kwargs)
        except BaseException as exc:  # handed to the caller's thread, which raises it there
            outcome.append(exc)
        else:
            outcome.append(None)

    context = contextvars.copy_context()
    thread = threading.Thread(target=context.run, args=(body,), name="errorflow-compensation", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if not outcome:
        raise CompensationTimeoutError(_overran(function, timeout_s))
    if outcome[0] is not None:
        raise outcome[0]


def _overran(function: Callable[..., Any], timeout_s: float | None) -> str:
    name = getattr(function, "__errorflow_compensation__", None) or getattr(function, "__qualname__", "compensation")
    return f"compensation {name!r} did not finish within {timeout_s:g} s (sdk.compensation_timeout_s)"


async def _await(awaitable: Any) -> Any:
    return await awaitable


# -- direct calls: the callables live in this process, so the steps run here when the call raises ------------


def _direct_steps(saga: Saga) -> tuple[list[CompensationStep], bool]:
    """Records describing the saga's steps, and whether a runner could replay them (all named, JSON args)."""
    try:
        return saga.serialisable(), True
    except CompensationError:
        described = [
            CompensationStep(
                name=step.name or str(getattr(step.function, "__qualname__", "compensation")),
                run_id=saga.run_id,
                index=index,
            )
            for index, step in enumerate(saga.steps)
        ]
        return described, False


def _runnable(saga: Saga) -> list[tuple[int, str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]]:
    steps = []
    for index, step in enumerate(saga.steps):
        function = step.function
        if function is None:
            try:
                function = COMPENSATIONS.get(step.name or "")
            except CompensationError as exc:
                function = _raiser(exc)
        steps.append((index, f"{saga.run_id}:{index}", function, step.args, step.kwargs))
    return steps


def _raiser(error: Exception) -> Callable[..., Any]:
    def missing(*args: Any, **kwargs: Any) -> None:
        raise error

    return missing


def _report_direct(saga: Saga, recorder: Any, exc: BaseException, result: StepsResult) -> None:
    """Publish the outcome of a direct call's compensations: an action, and a dead letter when a step failed."""
    from errorflow.classify.capture import format_traceback
    from errorflow.recovery.compensation import compensation_records
    from errorflow.safetext import exception_message, log_problem, truncate_head, truncate_tail
    from errorflow.schemas.codec import encode
    from errorflow.schemas.commands import PriorError, RunCommand
    from errorflow.schemas.events import utc_now
    from errorflow.sdk.context import current_run
    from errorflow.sdk.runtime import runtime
    from errorflow.streams.topics import Topics

    try:
        rt = runtime()
        steps, replayable = _direct_steps(saga)
        now = utc_now()
        scrub = rt.redactor.scrub_text
        cls = type(exc)
        context = current_run()
        attempt = context.attempt if context is not None else 1
        command = RunCommand(
            reason="compensate",
            run_id=recorder.run_id,
            root_run_id=recorder.root_run_id,
            attempt=attempt,
            operation=recorder.spec.name,
            channel="direct",
            previous_errors=[
                PriorError(
                    attempt=attempt,
                    run_id=recorder.run_id,
                    error_type=f"{cls.__module__}.{cls.__qualname__}",
                    error_message=truncate_head(scrub(exception_message(exc)[:40_960]), 32_768),  # cut, then scrubbed
                    occurred_at=now,
                )
            ],
            compensations=steps,
            issued_at=now,
        )
        error = result.error
        failed = next((step for step in steps if step.index == result.failed), None)
        action, letter = compensation_records(
            command,
            service=rt.service,
            done=result.done,
            failed_step=failed,
            error_type=None if error is None else f"{type(error).__module__}.{type(error).__qualname__}",
            error_message=None if error is None else truncate_head(scrub(exception_message(error)[:40_960]), 32_768),
            error_traceback=None
            if error is None
            else truncate_tail(scrub(format_traceback(error)), 65_536),  # never raises, UTF-8 clean
            now=utc_now(),
        )
        settings = rt.settings
        rt.emitter.emit(settings.topic(Topics.RECOVERY.name), action.key, encode(action))
        if letter is not None:
            if not replayable:  # callables of this process: an operator undoes the rest by hand
                letter = letter.model_copy(update={"command": None})
            value = encode(letter)
            if len(value) + len(letter.key) > settings.kafka.max_message_bytes and letter.command is not None:
                # Its replay command names every remaining step (20,000 made 2.3 MB): over Kafka's record limit
                # the emitter set the dead letter aside, and the failed saga had none. Sent without it instead.
                remaining = len(letter.command.compensations)
                note = f" The {remaining} remaining compensation(s) are too many to replay: undo them by hand."
                letter = letter.model_copy(update={"command": None, "detail": f"{letter.detail}{note}"})
                value = encode(letter)
            rt.emitter.emit(settings.topic(Topics.DLQ.name), letter.key, value)
    except Exception as error:  # the caller gets the run's own exception whatever happens here
        log_problem(logging.getLogger(__name__), "errorflow could not report compensations", error=error)


def _timeout_s() -> float | None:
    """The SDK's limit per compensation step (``sdk.compensation_timeout_s``)."""
    from errorflow.safetext import log_problem
    from errorflow.sdk.runtime import runtime

    try:
        return runtime().settings.sdk.compensation_timeout_s
    except Exception as error:  # the caller gets the run's own exception whatever happens here
        log_problem(logging.getLogger(__name__), "errorflow could not read its settings", error=error)
        return None


def call_sync(function: Callable[..., Any], recorder: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Call a sync operation in a saga; when it raises, run its compensations in reverse here, then re-raise."""
    scope = saga_scope(recorder.run_id if recorder is not None else new_id())
    try:
        with scope:
            return function(*args, **kwargs)
    except Exception as exc:
        if scope.saga.steps:
            result = run_steps_sync(_runnable(scope.saga), timeout_s=_timeout_s())
            if recorder is not None:
                _report_direct(scope.saga, recorder, exc, result)
        raise


async def call_async(function: Callable[..., Any], recorder: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """:func:`call_sync` for an async operation."""
    scope = saga_scope(recorder.run_id if recorder is not None else new_id())
    try:
        with scope:
            return await function(*args, **kwargs)
    except Exception as exc:
        if scope.saga.steps:
            result = await run_steps(_runnable(scope.saga), timeout_s=_timeout_s())
            if recorder is not None:
                _report_direct(scope.saga, recorder, exc, result)
        raise
