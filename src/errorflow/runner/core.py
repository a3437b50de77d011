"""The function runner's core: execute one run command, report it as events.

No Kafka here: the Faust agent in :mod:`errorflow.runner.worker` feeds commands
in and keeps the record of started and completed attempts.

The runner records the attempt itself (pending, running, then success or failed)
around the undecorated function, exactly as ``@operation`` does for a direct call,
so it holds the attempt's final event and can publish it with the command as an
:class:`~errorflow.schemas.AttemptOutcome` for the recovery agent.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any, Literal

from pydantic import ValidationError

from errorflow.errors import CircuitOpenError, CompensationError, OperationError, OperationInputError
from errorflow.safetext import exception_message, safe_type_name, truncate_head
from errorflow.schemas.attempts import AttemptOutcome, RecordPosition
from errorflow.schemas.codec import encode
from errorflow.schemas.commands import CompensationStep, RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, as_utc, utc_now
from errorflow.sdk import fallback as fallbacks
from errorflow.sdk import heartbeats
from errorflow.sdk.capture import dump_input
from errorflow.sdk.compensation import saga_scope
from errorflow.sdk.context import RunContext, _reset, _set
from errorflow.sdk.foreign import call_async, call_sync, cancel, raised_by
from errorflow.sdk.recorder import RunRecorder, encode_within
from errorflow.sdk.registry import OperationRegistry, OperationSpec
from errorflow.sdk.runtime import Runtime

__all__ = [
    "AttemptResult",
    "attempt_time_limit_s",
    "deferred_command",
    "execute_attempt",
    "execute_command",
    "fit_outcome",
    "hold_until_due",
    "report_orphaned",
    "run_context",
    "start_delay_s",
    "watched",
]

logger = logging.getLogger(__name__)
_MAX_LOGGED_CHARS = 2_000  # an abandoned attempt's error, as the log line keeps it


def run_context(command: RunCommand) -> RunContext:
    """The run context the decorated function sees for a command."""
    return RunContext(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        replayed_from=command.replayed_from,
        # "direct" marks runs without a command; a command's run is the runner's, whatever it says.
        channel="worker" if command.channel == "direct" else command.channel,
        actor=command.actor,
        previous_errors=tuple(command.previous_errors),
    )


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)


def start_delay_s(command: RunCommand, *, now: datetime, lead_s: float) -> float:
    """How long the runner waits before starting ``command``: until its ``not_before``, at most ``lead_s``.

    The retry scheduler hands retries over up to ``recovery.dispatch_lead_s`` before they are due, so
    the hops between it and the runner do not make them late; the runner starts each at its due time.
    The bound keeps a command whose ``not_before`` lies further ahead (one produced by hand, or a
    clock far off) from holding a runner slot: such a command starts after ``lead_s``.

    The due time counts from its next whole millisecond: events record times truncated to
    milliseconds (:func:`~errorflow.schemas.events.utc_now`), so a start recorded at the due
    millisecond could otherwise read as earlier than a due time with microseconds.
    """
    if command.not_before is None or lead_s <= 0:
        return 0.0
    due = as_utc(command.not_before)
    due_us = -(-((due - _EPOCH) // _MICROSECOND) // 1000) * 1000  # up to a whole millisecond, in integers
    return max(0.0, min(lead_s, (due_us - (now - _EPOCH) // _MICROSECOND) / 1e6))


async def hold_until_due(command: RunCommand, *, lead_s: float) -> float:
    """Wait until ``command`` is due (:func:`start_delay_s`); return the seconds waited.

    Sleeps again if the event loop wakes it a little early, never longer than ``lead_s`` in all.
    """
    started = time.monotonic()
    for _ in range(8):  # an early wake-up is a fraction of a millisecond: a few rounds always suffice
        delay = start_delay_s(command, now=utc_now(), lead_s=lead_s - (time.monotonic() - started))
        if delay <= 0:
            break
        await asyncio.sleep(delay)
    return time.monotonic() - started


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What one attempt ended with."""

    status: TaskRunStatus
    event: TaskRunEvent | None
    """The final event emitted (None only if recording it failed)."""
    retry_policy: dict[str, Any] | None = None
    """The operation's ``retry_policy`` overrides from its decorator."""
    deferred: CircuitOpenError | None = None
    """Set when the attempt was deferred (not run, no event) because its dependency's breaker is open."""
    compensations: tuple[CompensationStep, ...] = ()
    """Saga steps not compensated yet: the command's, then those this attempt registered."""
    compensate_on: Literal["final", "every_failure"] | None = None
    """The operation's ``compensate_on``."""

    def outcome(self, command: RunCommand, *, source: RecordPosition | None = None) -> AttemptOutcome | None:
        """Return the :class:`AttemptOutcome` to publish, None when there is no final event."""
        if self.event is None:
            return None
        return AttemptOutcome(
            command=command,
            event=self.event,
            retry_policy=self.retry_policy,
            source=source,
            compensations=list(self.compensations),
            compensate_on=self.compensate_on,
        )


_MIN_EVENT_BYTES = 4_096
"""Room an outcome's event is always given when cut: its identity, status and a short message fit in it."""


def fit_outcome(outcome: AttemptOutcome, *, max_bytes: int) -> tuple[AttemptOutcome, bytes, int]:
    """The outcome to publish, cut to ``max_bytes`` when it is larger; with its encoding and the steps it left out.

    The outcome is the only way the recovery agent learns of a runner's attempt: set aside as too
    large (a bulk saga of 10,000 items registering an undo each made 1.5 MB), the run was never
    retried, compensated nor dead-lettered. It is cut in this order, as far as needed:

    - its event, by the SDK's own rules (:func:`errorflow.sdk.recorder.encode_within`: texts, item
      errors, the input dump): the whole event went to the events topic already, and the command
      holds the input. A cut ``error_list`` names fewer items than ``failed_count``, so a bulk run
      is then retried whole;
    - else the steps the attempt registered (the command's, carried from earlier attempts, stay: the
      recovery agent takes them from the command of an outcome that names none), with the whole
      event if that fits (a bulk run's retry keeps only its failed items), else the cut one;
    - else the command's steps too.

    Steps left out are never undone: the caller says so loudly (one quarantine record). An outcome
    still too large (a command at the size limit itself) is returned as it is.
    """
    value = encode(outcome)
    if len(value) <= max_bytes:
        return outcome, value, 0
    around = len(value) - len(encode(outcome.event))
    shrunk, _ = encode_within(outcome.event.model_dump(mode="json"), max(max_bytes - around, _MIN_EVENT_BYTES))
    event = TaskRunEvent.model_validate(shrunk)
    carried = outcome.command.compensations
    bare = outcome.command.model_copy(update={"compensations": []})
    new_steps = max(len(outcome.compensations) - len(carried), 0)
    candidates = (
        (outcome.model_copy(update={"event": event}), 0),
        (outcome.model_copy(update={"compensations": []}), new_steps),  # its whole event: a bulk retry stays reduced
        (outcome.model_copy(update={"event": event, "compensations": []}), new_steps),
        (
            outcome.model_copy(update={"event": event, "compensations": [], "command": bare}),
            max(len(outcome.compensations), len(carried)),
        ),
    )
    for candidate, dropped in candidates:  # noqa: B007 - the candidate that fits, and what it left out
        value = encode(candidate)
        if len(value) <= max_bytes:
            break
    return candidate, value, dropped


async def execute_command(command: RunCommand, *, registry: OperationRegistry, rt: Runtime) -> TaskRunStatus:
    """Run one attempt and return its final status; never raises for the operation's errors."""
    return (await execute_attempt(command, registry=registry, rt=rt)).status


async def execute_attempt(
    command: RunCommand, *, registry: OperationRegistry, rt: Runtime, defer: bool = False
) -> AttemptResult:
    """Run one attempt, emit its lifecycle events and return its final event; never raises for the operation's errors.

    Unknown operations and inputs that fail the operation's model are reported
    as failed runs (pending, then failed), so the caller and the classifier see
    them like any other failure. While the operation's dependency has an open
    breaker the function is not called: the attempt is recorded as rejected
    (pending, then failed with ``CircuitOpenError``), or, with ``defer``, not
    recorded at all and returned with ``deferred`` set, for the caller to run later.

    The attempt is bounded by the operation's ``timeout_s`` and the command's
    ``deadline_at``: past the nearer one it is recorded ``timed_out`` (an async
    function is cancelled; a sync one cannot be, see :func:`_abandon`).
    """
    context = run_context(command)
    try:
        spec = registry.get(command.operation)
        call_args, call_kwargs = _call_args(spec, command.input)
    except (OperationError, ValidationError) as exc:
        recorder = RunRecorder(
            _placeholder(command, registry),
            emitter=rt.emitter,
            topic=rt.events_topic,
            service=rt.service,
            input_dump=rt.redactor.redact(command.input),
            context=context,
            scrubber=rt.redactor,
            limits=rt.limits,
        )
        recorder.pending()
        final = recorder.failed(exc, None)
        policy = registry.get(command.operation).retry_policy if command.operation in registry else None
        return AttemptResult(TaskRunStatus.FAILED, _event(final), policy)

    rejected: CircuitOpenError | None = None
    limit_s, limit_name = _time_limit(spec, command, now=_utc_now())
    late = limit_s is not None and limit_s <= 0
    if spec.dependency is not None:
        try:
            rt.breakers.check(spec.dependency)
        except CircuitOpenError as exc:  # the breaker is open: the function is not called
            # Past its deadline an attempt is not put off again (an open breaker could do so for ever):
            # it is recorded rejected, and recovery gives the run up (deadline_exceeded).
            if defer and not late:
                return AttemptResult(TaskRunStatus.PENDING, None, spec.retry_policy, deferred=exc)
            rejected = exc
    recorder = RunRecorder(
        spec,
        emitter=rt.emitter,
        topic=rt.events_topic,
        service=rt.service,
        input_dump=rt.redactor.redact(dump_input(_signature(spec), call_args, call_kwargs)),
        context=context,
        scrubber=rt.redactor,
        limits=rt.limits,
        deadline_at=command.deadline_at,
        heartbeat_timeout_s=spec.heartbeat_timeout_s or rt.heartbeat_timeout_s,
        timeout_s=spec.timeout_s,
    )
    recorder.pending()
    if rejected is not None:
        return _rejected(spec, recorder, rejected, call_args, call_kwargs)
    if late:
        final = recorder.timed_out(f"the run's deadline {command.deadline_at} passed before the attempt started", None)
        return AttemptResult(TaskRunStatus.TIMED_OUT, _event(final), spec.retry_policy)
    return await _run_bounded(
        spec,
        recorder,
        context,
        command,
        call_args=call_args,
        call_kwargs=call_kwargs,
        limit_s=limit_s,
        limit_name=limit_name,
    )


async def _run_bounded(
    spec: OperationSpec,
    recorder: RunRecorder,
    context: RunContext,
    command: RunCommand,
    *,
    call_args: tuple[Any, ...],
    call_kwargs: dict[str, Any],
    limit_s: float | None,
    limit_name: str,
) -> AttemptResult:
    """Call the function within its time limit (heartbeating, collecting its compensations) and record how it ended.

    A failed or timed-out attempt hands on the compensations registered so far;
    a failure the operation's fallback answers is a degraded success.
    """
    recorder.running()
    token = _set(context)
    scope = saga_scope(command.run_id)
    watch = heartbeats.begin(recorder)  # before the task or thread starts: both copy this context
    started = time.perf_counter()
    try:
        with scope:  # entered before the task or thread starts, so the function registers into it
            # Through foreign.call_*: a SystemExit, a KeyboardInterrupt or a StopIteration of the service's
            # is its attempt's failure, not the end of the runner process, of the actor, or of the attempt.
            if spec.is_async:
                call: asyncio.Future[Any] = asyncio.ensure_future(call_async(spec.function, call_args, call_kwargs))
            else:
                # to_thread copies the context, so the function (and what it calls) sees the run's ids.
                call = asyncio.ensure_future(asyncio.to_thread(call_sync, spec.function, call_args, call_kwargs))
            done, _ = await asyncio.wait({call}, timeout=limit_s)
        if not done:
            heartbeats.end(watch)
            await _abandon(call, is_async=spec.is_async, name=spec.name, scrub=recorder.scrubber.scrub_text)
            elapsed = time.perf_counter() - started
            final = recorder.timed_out(f"the attempt ran past its {limit_name} ({limit_s:.3f} s)", elapsed)
            return _unfinished(TaskRunStatus.TIMED_OUT, final, spec, command, scope)
        result = call.result()
    except Exception as caught:  # the operation's failure is the attempt's outcome, never the runner's
        exc = raised_by(caught)
        heartbeats.end(watch)
        elapsed = time.perf_counter() - started
        late = recorder.timed_out_if_silent(watch, elapsed)  # frozen past its heartbeat timeout: one terminal
        if late is not None:
            return _unfinished(TaskRunStatus.TIMED_OUT, late, spec, command, scope)
        answer = _fallback(spec, exc, call_args, call_kwargs)
        if answer is not None:  # a degraded success: the fallback answered
            final = recorder.success(answer.value, elapsed, degraded=fallbacks.degraded_fields(exc, answer))
            return AttemptResult(TaskRunStatus.SUCCESS, _event(final), spec.retry_policy)
        return _unfinished(TaskRunStatus.FAILED, recorder.failed(exc, elapsed), spec, command, scope)
    finally:
        heartbeats.end(watch)
        _reset(token)
    late = recorder.timed_out_if_silent(watch, time.perf_counter() - started)
    if late is not None:
        return _unfinished(TaskRunStatus.TIMED_OUT, late, spec, command, scope)
    if spec.fallback is not None:
        fallbacks.remember(spec.fallback, call_args, call_kwargs, result)
    final = recorder.success(result, time.perf_counter() - started)
    return AttemptResult(TaskRunStatus.SUCCESS, _event(final), spec.retry_policy)


def _unfinished(
    status: TaskRunStatus, final: dict[str, Any], spec: OperationSpec, command: RunCommand, scope: saga_scope
) -> AttemptResult:
    """A failed or timed-out attempt, with the compensations it leaves to run."""
    return AttemptResult(
        status,
        _event(final),
        spec.retry_policy,
        compensations=_pending_steps(command, scope if spec.compensate_on is not None else None),
        compensate_on=spec.compensate_on,
    )


_CANCEL_GRACE_S = 5.0
"""How long a cancelled async attempt may take to unwind before the runner stops waiting for it."""


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def attempt_time_limit_s(command: RunCommand, *, registry: OperationRegistry) -> float | None:
    """The longest an attempt of ``command`` runs: its time limit plus the time to unwind; None: unbounded.

    The runner's liveness allows an operation this long (``errorflow.runner.worker``);
    an unknown operation fails at once.
    """
    if command.operation not in registry:
        return 0.0
    limit, _ = _time_limit(registry.get(command.operation), command, now=_utc_now())
    return None if limit is None else max(0.0, limit) + _CANCEL_GRACE_S


def _time_limit(spec: OperationSpec, command: RunCommand, *, now: datetime) -> tuple[float | None, str]:
    """Seconds the attempt may run (the operation's ``timeout_s`` or the time left to the deadline)."""
    limit: float | None = spec.timeout_s
    name = "timeout_s"
    if command.deadline_at is not None:
        left = (command.deadline_at - now).total_seconds()
        if limit is None or left < limit:
            limit, name = left, "deadline"
    return limit, name


async def _abandon(call: asyncio.Future[Any], *, is_async: bool, name: str, scrub: Callable[[str], str]) -> None:
    """Stop waiting for an attempt past its limit: cancel a coroutine; leave a thread to finish unobserved.

    A thread cannot be killed in Python: a sync operation past its limit goes on
    running in its worker thread (and holds that thread) until it returns; its
    result is dropped and the attempt is recorded ``timed_out`` now.
    """
    call.add_done_callback(partial(_drop_late_result, name=name, scrub=scrub))
    if is_async:
        cancel(call)
        await asyncio.wait({call}, timeout=_CANCEL_GRACE_S)
    else:
        logger.warning("sync operation %s ran past its limit; its thread runs on, its result will be dropped", name)


def _drop_late_result(call: asyncio.Future[Any], *, name: str, scrub: Callable[[str], str]) -> None:
    """Log how an abandoned attempt ended: the service's exception, read safely and scrubbed like its events.

    The exception is foreign (its ``__repr__`` may raise, its text may hold a secret), and
    the log leaves the service as much as an event does.
    """
    if call.cancelled():
        return
    exc = call.exception()
    if exc is not None:
        exc = raised_by(exc)
        text = f"{safe_type_name(exc)}: {exception_message(exc)}"
        logger.info("an abandoned attempt of %s ended with %s", name, scrub(truncate_head(text, _MAX_LOGGED_CHARS)))


def watched(command: RunCommand, *, registry: OperationRegistry, rt: Runtime) -> bool:
    """True when the pipeline's watchdog watches the command's attempts (they have a heartbeat timeout)."""
    if command.operation not in registry:
        return False
    return bool(registry.get(command.operation).heartbeat_timeout_s or rt.heartbeat_timeout_s)


def report_orphaned(command: RunCommand, *, registry: OperationRegistry, rt: Runtime, worker: str) -> None:
    """Hand an attempt a dead worker started to the watchdog, instead of running it again.

    Emits one ``heartbeat`` event with the attempt's limits and no beat after
    it: the watchdog learns of the attempt even if the dead worker's own events
    never left it, and records it ``timed_out`` one heartbeat timeout later
    (recovery then retries it as the next attempt). A heartbeat of an attempt
    the watchdog has already timed out is ignored there.
    """
    spec = registry.get(command.operation)
    recorder = RunRecorder(
        spec,
        emitter=rt.emitter,
        topic=rt.events_topic,
        service=rt.service,
        input_dump=rt.redactor.redact(command.input),
        context=run_context(command),
        scrubber=rt.redactor,
        limits=rt.limits,
        deadline_at=command.deadline_at,
        heartbeat_timeout_s=spec.heartbeat_timeout_s or rt.heartbeat_timeout_s,
        timeout_s=spec.timeout_s,
    )
    recorder.heartbeat({"orphaned_by": worker})


def _pending_steps(command: RunCommand, scope: saga_scope | None) -> tuple[CompensationStep, ...]:
    """The command's steps, then this attempt's; a step that cannot be sent (unnamed, not JSON) is logged and lost."""
    if scope is None:
        return tuple(command.compensations)
    try:
        new = scope.saga.serialisable()
    except CompensationError as exc:
        logger.error("compensations of %s cannot be run by the runner: %s", command.idempotency_key, exc)
        new = []
    return (*command.compensations, *new)


def _rejected(
    spec: OperationSpec,
    recorder: RunRecorder,
    exc: CircuitOpenError,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> AttemptResult:
    """An attempt an open breaker rejected: a degraded success when the fallback answers, else failed."""
    answer = _fallback(spec, exc, args, kwargs)
    if answer is None:
        return AttemptResult(TaskRunStatus.FAILED, _event(recorder.rejected(exc)), spec.retry_policy)
    recorder.running()
    final = recorder.success(answer.value, 0.0, degraded=fallbacks.degraded_fields(exc, answer))
    return AttemptResult(TaskRunStatus.SUCCESS, _event(final), spec.retry_policy)


def _fallback(
    spec: OperationSpec, exc: BaseException, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> fallbacks.Degraded | None:
    """The operation's fallback answer to a failure, None without a fallback or an answer."""
    return None if spec.fallback is None else fallbacks.resolve(spec.fallback, exc, args, kwargs)


def _signature(spec: OperationSpec) -> inspect.Signature | None:
    try:
        return inspect.signature(spec.function)
    except (TypeError, ValueError):  # builtins and some C callables have none
        return None


def _event(emitted: dict[str, Any]) -> TaskRunEvent | None:
    """Validate the recorder's event dict back into the contract (for the attempt outcome)."""
    try:
        return TaskRunEvent.model_validate(emitted)
    except ValidationError:  # pragma: no cover - the recorder emits the contract; a test keeps it so
        logger.exception("the runner's own event does not fit the contract")
        return None


def _call_args(spec: OperationSpec, payload: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Validate the input against the operation's model (raises ValidationError).

    With an input model the function gets the model; without one, the input's
    keys as keyword arguments.
    """
    if spec.inputs is None:
        return (), dict(payload)
    try:
        # The model's validators are the service's code: a SystemExit of theirs is bad input too (foreign).
        return (call_sync(spec.inputs.model_validate, (payload,), {}),), {}
    except ValidationError:
        raise
    except Exception as caught:  # a model validator raising something else is still bad input
        exc = raised_by(caught)
        raise OperationInputError(f"input of {spec.name!r} is invalid: {exception_message(exc)}") from exc


def _placeholder(command: RunCommand, registry: OperationRegistry) -> OperationSpec:
    if command.operation in registry:
        return registry.get(command.operation)
    return OperationSpec(name=command.operation, function=_missing, is_async=False)


def _missing() -> None:  # pragma: no cover - never called, names the missing operation
    return None


def deferred_command(command: RunCommand, exc: CircuitOpenError, *, now: datetime, spread_s: float) -> RunCommand:
    """The same attempt, due again when the breaker lets trials through, spread so they do not return together.

    Due at the breaker's ``retry_at`` (or one second from ``now`` when this process's
    half-open trials are taken; ``spread_s`` from now when an operator forced it open)
    plus a share of ``spread_s`` fixed by the attempt's idempotency key. The attempt
    number is unchanged: a deferral never uses up an attempt.
    """
    base = now + timedelta(seconds=max(1.0, spread_s) if exc.state == "forced_open" else 1.0)
    if exc.retry_at is not None:
        base = max(now, datetime.fromtimestamp(exc.retry_at, timezone.utc))
    digest = hashlib.blake2b(command.idempotency_key.encode(), digest_size=8).digest()
    share = int.from_bytes(digest, "big") / 2**64
    return command.model_copy(
        update={
            "not_before": base + timedelta(seconds=share * spread_s),
            "breaker_deferrals": command.breaker_deferrals + 1,
        }
    )
