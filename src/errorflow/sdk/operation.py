"""The ``@operation`` decorator: every call becomes TaskRun lifecycle events.

Semantics follow the core system's decorator (seed 000): the call emits
``pending`` and ``running``, then ``success`` (execution time, result refs) or
``failed`` (message, full traceback, qualified type) and re-raises to the
caller. Emitting never blocks or breaks the business call.

A call shorter than ``sdk.lifecycle_after_s`` sends its terminal event only,
carrying the times of the two others (``queued_at``, ``started_at``); the sink
stores the same rows for both shapes (:mod:`errorflow.sdk.lifecycle`). Such a
direct call, of an operation with neither fallback nor compensation, takes the
quick path (:mod:`errorflow.sdk.quick`): the same record for a fraction of the work.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import logging
import time
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from errorflow.errors import CircuitOpenError
from errorflow.redacted import INPUT_UNAVAILABLE
from errorflow.safetext import log_problem, safe_type_name
from errorflow.schemas.labels import RETRY_POLICY_LABEL, retry_policy_label
from errorflow.sdk import fallback as fallbacks
from errorflow.sdk import heartbeats as _heartbeats
from errorflow.sdk.capture import dump_input, input_binder
from errorflow.sdk.compensation import CompensateOn, call_async, call_sync
from errorflow.sdk.context import current_run
from errorflow.sdk.fallback import FallbackSpec
from errorflow.sdk.quick import QuickOperation, QuickRun
from errorflow.sdk.recorder import RunRecorder
from errorflow.sdk.registry import REGISTRY, OperationSpec
from errorflow.sdk.runtime import Runtime, runtime

__all__ = ["operation"]

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def _labels(labels: dict[str, str] | None, retry_policy: dict[str, Any] | None) -> dict[str, str]:
    """The operation's labels, with its ``retry_policy`` under :data:`RETRY_POLICY_LABEL` when it declares one.

    The policy rides on every event so that recovery applies it where no runner reports it: a failed
    direct call, and the ``timed_out`` the watchdog records for a stuck attempt.
    """
    merged = dict(labels or {})
    if retry_policy:
        merged[RETRY_POLICY_LABEL] = retry_policy_label(retry_policy)
    return merged


def _input(
    signature: inspect.Signature | None,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    binder: Callable[[tuple[Any, ...], dict[str, Any]], dict[str, Any] | None] | None = None,
) -> dict[str, Any]:
    """The call's input dump; a placeholder when an argument cannot be read (its ``repr`` raises)."""
    try:
        if binder is not None:
            plain = binder(args, kwargs)
            if plain is not None:
                return plain
        return dump_input(signature, args, kwargs)
    except Exception as exc:  # a hostile argument must not cost the run its events
        log_problem(logger, "errorflow could not capture the input of a call", error=exc)
        return {INPUT_UNAVAILABLE: f"input could not be captured: {safe_type_name(exc)}"}


def operation(  # noqa: PLR0915  # the sync and async wrappers are spelled out on purpose
    *,
    name: str | None = None,
    description: str = "",
    category: str | None = None,
    inputs: type[BaseModel] | None = None,
    outputs: type[BaseModel] | None = None,
    service: str | None = None,
    dependency: str | None = None,
    criticality: Literal["critical", "high", "normal", "low"] = "normal",
    retry_policy: dict[str, Any] | None = None,
    labels: dict[str, str] | None = None,
    register: bool = True,
    heartbeat_timeout_s: float | None = None,
    timeout_s: float | None = None,
    auto_heartbeat: bool = True,
    fallback: FallbackSpec | None = None,
    compensate_on: CompensateOn | None = None,
) -> Callable[[F], F]:
    """Turn a sync or async function into a tracked operation and register it.

    Args:
        name: operation name; defaults to the function's name.
        description: what the operation does, for the registry and docs.
        category: the operation's own category (``scraping``, ``processing``).
        inputs: pydantic model of the input; the runner validates commands against it.
        outputs: pydantic model of the output.
        service: service name on events; defaults to ``ERRORFLOW_SDK__SERVICE``.
        dependency: the external system the operation calls. Breakers key on it: while its
            breaker is open a call raises ``CircuitOpenError`` without calling the function.
        criticality: declared criticality; raises severity of its failures.
        retry_policy: per-operation overrides of the recovery policy.
        labels: free-form labels copied onto every event.
        register: add the operation to the registry the runner uses.
        heartbeat_timeout_s: longest silence of a running attempt before the watchdog records it
            ``timed_out`` (default ``sdk.heartbeat_timeout_s``); see :mod:`errorflow.sdk.heartbeat`.
        timeout_s: longest run time of one attempt; the runner cancels (async) or abandons (sync) it.
        auto_heartbeat: beat from a background thread while the attempt runs; with False only
            ``heartbeat()`` calls count as signs of life.
        fallback: answers a retriable failure or an open breaker with a degraded result, recorded as a
            success with ``degraded = true``: ``fn(exc, *args, **kwargs)`` or :func:`~errorflow.sdk.cached_fallback`.
        compensate_on: the operation registers compensations (``compensate(...)``), run in reverse when
            the run fails for good (``"final"``) or after every failed attempt (``"every_failure"``);
            see :mod:`errorflow.sdk.compensation`.
    """

    def decorate(func: F) -> F:  # noqa: PLR0915  # the sync and async wrappers are spelled out on purpose
        spec = OperationSpec(
            name=name or func.__name__,
            function=func,
            is_async=inspect.iscoroutinefunction(func),
            description=description or (inspect.getdoc(func) or "").split("\n")[0],
            category=category,
            inputs=inputs,
            outputs=outputs,
            service=service,
            dependency=dependency,
            criticality=criticality,
            retry_policy=retry_policy,
            labels=_labels(labels, retry_policy),
            heartbeat_timeout_s=heartbeat_timeout_s,
            timeout_s=timeout_s,
            auto_heartbeat=auto_heartbeat,
            fallback=fallback,
            compensate_on=compensate_on,
        )

        try:
            signature: inspect.Signature | None = inspect.signature(func)
        except (TypeError, ValueError):  # builtins and some C callables have none
            signature = None
        binder = input_binder(signature)

        def dump(rt: Runtime, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
            redacted: dict[str, Any] = rt.redactor.redact(_input(signature, args, kwargs, binder))
            return redacted

        # Direct calls of an operation with neither fallback nor compensation take the quick path
        # (one record for a quick call, its work done once per function); the runner's take the recorder.
        quick = QuickOperation(spec, signature, dump) if fallback is None and compensate_on is None else None

        def quick_start(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[bool, QuickRun | None]:
            """Whether the call takes the quick path, and its run (None: recording its start failed)."""
            try:
                rt = runtime()
                if quick is None or rt.lifecycle is None or current_run() is not None:
                    return False, None
                return True, quick.start(rt, args, kwargs)
            except Exception as exc:  # tracking must never break the business call: it runs untracked
                log_problem(logger, "errorflow could not record the start of %s", spec.name, error=exc)
                return True, None

        def quick_finish(
            run: QuickRun | None,
            elapsed: float,
            result: Any,
            exc: BaseException | None,
            beat: _heartbeats.Watch | None,
        ) -> None:
            if run is None:
                return
            try:
                run.finish(result, exc, elapsed, beat)
            except Exception as error:  # tracking must never break the business call (nor replace its exception)
                log_problem(logger, "errorflow could not record the end of %s", spec.name, error=error)

        def start(args: tuple[Any, ...], kwargs: dict[str, Any]) -> RunRecorder | None:
            try:
                rt = runtime()
                recorder = RunRecorder(
                    spec,
                    emitter=rt.emitter,
                    topic=rt.events_topic,
                    service=rt.service,
                    input_dump=dump(rt, args, kwargs),
                    context=current_run(),
                    scrubber=rt.redactor,
                    limits=rt.limits,
                    heartbeat_timeout_s=spec.heartbeat_timeout_s or rt.heartbeat_timeout_s,
                    timeout_s=spec.timeout_s,
                    lifecycle=rt.lifecycle,
                )
                if rt.lifecycle is None:
                    recorder.pending()
                    recorder.running()
                else:
                    rt.lifecycle.watch(recorder)
            except Exception as exc:  # tracking must never break the business call
                log_problem(logger, "errorflow could not record the start of %s", spec.name, error=exc)
                return None
            return recorder

        def finish(
            recorder: RunRecorder | None,
            watch: _heartbeats.Watch | None,
            started: float,
            result: Any,
            exc: BaseException | None,
            *,
            call: tuple[tuple[Any, ...], dict[str, Any]] = ((), {}),
        ) -> fallbacks.Degraded | None:
            """Record how the call ended; the fallback's answer to a failure (``call``: its arguments), or None.

            A call frozen past its heartbeat timeout ends ``timed_out`` (the watchdog's event) instead of
            its late result; what the caller gets (the result, the error, the fallback's answer) is the same.
            """
            elapsed = time.perf_counter() - started
            late = None
            try:
                _settle(recorder)
                late = recorder.timed_out_if_silent(watch, elapsed) if recorder is not None else None
            except Exception as error:  # tracking must never break the business call (nor replace its exception)
                log_problem(logger, "errorflow could not record the end of %s", spec.name, error=error)
            if exc is not None and fallback is not None:
                answer = fallbacks.answer_failure(fallback, recorder if late is None else None, elapsed, exc, *call)
                if answer is not None:
                    return answer
            if recorder is None or late is not None:
                return None
            try:
                if exc is None:
                    recorder.success(result, elapsed)
                else:
                    recorder.failed(exc, elapsed)
            except Exception as error:  # tracking must never break the business call (nor replace its exception)
                log_problem(logger, "errorflow could not record the end of %s", spec.name, error=error)
            return None

        if spec.is_async:

            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                if dependency is not None:
                    answered = _guard(spec, signature, dependency, args, kwargs)
                    if answered is not None:
                        return answered.value
                if quick is not None:
                    taken, run = quick_start(args, kwargs)
                    if taken:
                        beat = _heartbeats.begin(run)
                        began = time.perf_counter()
                        try:
                            outcome = await func(*args, **kwargs)
                        except BaseException as exc:  # recorded (cancellation too), then re-raised
                            _heartbeats.end(beat)
                            quick_finish(run, time.perf_counter() - began, None, exc, beat)
                            raise
                        _heartbeats.end(beat)
                        quick_finish(run, time.perf_counter() - began, outcome, None, beat)
                        return outcome
                recorder = start(args, kwargs)
                watch = _heartbeats.begin(recorder)
                started = time.perf_counter()
                try:
                    if compensate_on is None:
                        result = await func(*args, **kwargs)
                    else:
                        result = await call_async(func, recorder, args, kwargs)
                except BaseException as exc:  # recorded (cancellation too), then re-raised
                    _heartbeats.end(watch)
                    answer = finish(recorder, watch, started, None, exc, call=(args, kwargs))
                    if answer is not None:  # the fallback answered
                        return answer.value
                    raise
                _heartbeats.end(watch)
                if fallback is not None:
                    fallbacks.remember(fallback, args, kwargs, result)
                finish(recorder, watch, started, result, None)
                return result

            wrapper: Callable[..., Any] = async_wrapper
        else:

            @functools.wraps(func)
            def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
                if dependency is not None:
                    answered = _guard(spec, signature, dependency, args, kwargs)
                    if answered is not None:
                        return answered.value
                if quick is not None:
                    taken, run = quick_start(args, kwargs)
                    if taken:
                        beat = _heartbeats.begin(run)
                        began = time.perf_counter()
                        try:
                            outcome = func(*args, **kwargs)
                        except BaseException as exc:  # recorded (cancellation too), then re-raised
                            _heartbeats.end(beat)
                            quick_finish(run, time.perf_counter() - began, None, exc, beat)
                            raise
                        _heartbeats.end(beat)
                        quick_finish(run, time.perf_counter() - began, outcome, None, beat)
                        return outcome
                recorder = start(args, kwargs)
                watch = _heartbeats.begin(recorder)
                started = time.perf_counter()
                try:
                    result = func(*args, **kwargs) if compensate_on is None else call_sync(func, recorder, args, kwargs)
                except BaseException as exc:  # recorded (cancellation too), then re-raised
                    _heartbeats.end(watch)
                    answer = finish(recorder, watch, started, None, exc, call=(args, kwargs))
                    if answer is not None:  # the fallback answered
                        return answer.value
                    raise
                _heartbeats.end(watch)
                if fallback is not None:
                    fallbacks.remember(fallback, args, kwargs, result)
                finish(recorder, watch, started, result, None)
                return result

            wrapper = sync_wrapper

        full_spec = dataclasses.replace(spec, decorated=wrapper)
        wrapper.__errorflow_operation__ = full_spec  # type: ignore[attr-defined]
        if register:
            REGISTRY.register(full_spec)
        return wrapper  # type: ignore[return-value]

    return decorate


def _settle(recorder: RunRecorder | None) -> None:
    """Stop watching a run for the lifecycle threshold before its terminal event.

    A quick run that sent neither ``pending`` nor ``running`` carries their times
    on its terminal event instead; settling twice does nothing.
    """
    if recorder is not None and recorder.lifecycle is not None and recorder.lifecycle.release(recorder):
        recorder.carry_start_times()


def _guard(
    spec: OperationSpec,
    signature: inspect.Signature | None,
    dependency: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> fallbacks.Degraded | None:
    """Fail fast while the dependency's breaker is open: record the rejected run, raise, never call.

    With a fallback that answers, the run is recorded as a degraded success instead
    and its answer returned; None when the breaker lets the call through.

    Raises:
        CircuitOpenError: the breaker is open, forced open, or this process used its half-open trials.
    """
    try:
        runtime().breakers.check(dependency)
    except CircuitOpenError as exc:
        if spec.fallback is not None:
            answered = _degrade_rejected(spec, signature, exc, args, kwargs)
            if answered is not None:
                return answered
        try:
            recorder = _uncalled_run(spec, signature, args, kwargs)
            recorder.pending()
            recorder.rejected(exc)
        except Exception:  # tracking must never break the business call
            logger.exception("errorflow could not record the rejection of %s", spec.name)
        raise
    return None


def _uncalled_run(
    spec: OperationSpec, signature: inspect.Signature | None, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> RunRecorder:
    """The recorder of a run an open breaker kept from calling the function (scrubbed and bounded like any run)."""
    rt = runtime()
    return RunRecorder(
        spec,
        emitter=rt.emitter,
        topic=rt.events_topic,
        service=rt.service,
        input_dump=rt.redactor.redact(_input(signature, args, kwargs)),
        context=current_run(),
        scrubber=rt.redactor,
        limits=rt.limits,
    )


def _degrade_rejected(
    spec: OperationSpec,
    signature: inspect.Signature | None,
    exc: CircuitOpenError,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> fallbacks.Degraded | None:
    """An open breaker's rejection answered by the fallback: recorded as a degraded run that never called."""
    if spec.fallback is None:
        return None
    recorder: RunRecorder | None = None
    try:
        recorder = _uncalled_run(spec, signature, args, kwargs)
        recorder.pending()
        recorder.running()
    except Exception:  # tracking must never break the business call
        logger.exception("errorflow could not record the start of %s", spec.name)
    return fallbacks.answer_failure(spec.fallback, recorder, 0.0, exc, args, kwargs)
