"""Builds and emits the lifecycle events of one attempt of one run.

Shared by the ``@operation`` decorator (direct calls) and the function runner
(commands), so both report runs identically.

A failure is always reported. The exception is foreign code, so every reading
of it is guarded (:mod:`errorflow.safetext`): a ``__str__`` that raises, an
argument whose ``repr`` raises, a property that raises, lone surrogates, a
capture that fails, all still give a terminal ``failed`` event with what could
be read. Its text is scrubbed of secrets (:mod:`errorflow.sdk.scrub`) and cut to
:class:`EventLimits`, so one event never exceeds what the broker accepts.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

import orjson
from pydantic import BaseModel

from errorflow.errors import BulkOperationError, CircuitOpenError
from errorflow.redacted import INPUT_DROPPED
from errorflow.safetext import (
    exception_message,
    jsonable_safe,
    log_problem,
    safe_attr,
    safe_str,
    safe_type_name,
    truncate_head,
    truncate_tail,
)
from errorflow.schemas.events import COUNT_MAX, SCHEMA_VERSION, ItemError, TaskRunStatus, utc_now
from errorflow.schemas.ids import new_id, timed_out_event_id
from errorflow.sdk import heartbeats
from errorflow.sdk.capture import error_context, format_traceback, jsonable
from errorflow.sdk.context import RunContext
from errorflow.sdk.emitter import Emitter
from errorflow.sdk.lifecycle import LifecycleWatch
from errorflow.sdk.registry import OperationSpec
from errorflow.sdk.scrub import Scrubber

__all__ = ["EventLimits", "RunRecorder", "encode_within"]

logger = logging.getLogger(__name__)

_MAX_CAUSES = 8
_MAX_ITEM_ERRORS_KEPT = 100
_SHRUNK_TEXT = 4_096
_SCRUB_MARGIN = 8_192


@dataclass(frozen=True, slots=True)
class EventLimits:
    """How large the text on one event may be."""

    max_message_chars: int = 32_768
    """Longest error message and cause message; the rest is cut with a marker."""
    max_traceback_chars: int = 65_536
    """Longest traceback; its start is cut."""
    max_event_bytes: int = 512 * 1024
    """Largest encoded event. Half the broker's limit by default, so the runner's attempt
    outcome (the event plus its command) fits too."""


TIMEOUT_ERROR_TYPE = "builtins.TimeoutError"
"""The error type of a ``timed_out`` event the SDK or the watchdog records."""

_DEFAULT_LIMITS = EventLimits()
_STATUS_TEXT = {status: (f"taskrun.{status.value}", status.value) for status in TaskRunStatus}
#: Events that tell the watchdog an attempt lives (they carry its limits): after one, it may time the attempt out.
_SIGNS_OF_LIFE = frozenset({TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.HEARTBEAT})
_SCALARS = (str, int, float, bool, bytes)
"""Results that carry no result refs nor bulk counts: no need to look into them."""
_DEFAULT_SCRUBBER = Scrubber()


class RunRecorder:
    """Emits pending, running and a final event for one attempt.

    Or only the final event, carrying the times the two others would have had
    (:meth:`carry_start_times`): what the ``@operation`` decorator does for a
    call shorter than ``sdk.lifecycle_after_s`` (:mod:`errorflow.sdk.lifecycle`).
    """

    def __init__(
        self,
        spec: OperationSpec,
        *,
        emitter: Emitter,
        topic: str,
        service: str,
        input_dump: dict[str, Any],
        context: RunContext | None,
        scrubber: Scrubber | None = None,
        limits: EventLimits | None = None,
        heartbeat_timeout_s: float | None = None,
        timeout_s: float | None = None,
        deadline_at: datetime | None = None,
        lifecycle: LifecycleWatch | None = None,
        run_id: str | None = None,
        accepted_at: datetime | None = None,
    ) -> None:
        # run_id and accepted_at (direct calls only) are those of a run already under way:
        # errorflow.sdk.quick.QuickRun hands its run over with them.
        self.spec = spec
        self.lifecycle = lifecycle
        """The watch that reports this run's start if it lasts (None: the caller emits pending and running)."""
        self._emitter = emitter
        self._topic = topic
        self._scrubber = scrubber or _DEFAULT_SCRUBBER
        self._limits = limits or _DEFAULT_LIMITS
        run_id = context.run_id if context else run_id or new_id()
        self._common: dict[str, Any] = {
            "run_id": run_id,
            "root_run_id": context.root_run_id if context else run_id,
            "attempt": context.attempt if context else 1,
            "replayed_from": context.replayed_from if context else None,
            "operation": spec.name,
            "operation_category": spec.category,
            "service": spec.service or service,
            "dependency": spec.dependency,
            "criticality": spec.criticality,
            "input_dump": input_dump,
            "channel": context.channel if context else "direct",
            "labels": self._scrubber.scrub(spec.labels) if spec.labels else spec.labels,
        }
        if context is not None:
            self._common["actor"] = context.actor.model_dump(mode="json")
            self._common["idempotency_key"] = context.idempotency_key
        else:
            self._common["idempotency_key"] = f"{run_id}:1"
        self._key = str(self._common["root_run_id"]).encode()
        # The attempt's limits go on its signs of life (pending, running, heartbeat) for the watchdog.
        self._watch: dict[str, Any] = {}
        if heartbeat_timeout_s is not None:
            self._watch["heartbeat_timeout_s"] = heartbeat_timeout_s
        if timeout_s is not None:
            self._watch["timeout_s"] = timeout_s
        if deadline_at is not None:
            self._watch["deadline_at"] = deadline_at
        self._accepted_at = accepted_at or utc_now()
        """When the run was accepted and started: a direct call starts as it is accepted."""
        self._times: dict[str, Any] = {}
        self._announced = False
        """Whether a sign of life carrying the attempt's limits went out: the watchdog watches it since."""

    @property
    def scrubber(self) -> Scrubber:
        """The scrubber of everything this recorder emits (the runner scrubs its own log lines with it too)."""
        return self._scrubber

    @property
    def heartbeat_timeout_s(self) -> float | None:
        """The attempt's heartbeat timeout (None: not watched)."""
        value = self._watch.get("heartbeat_timeout_s")
        return float(value) if value is not None else None

    @property
    def auto_heartbeat(self) -> bool:
        """Whether a background thread beats for the attempt."""
        return self.spec.auto_heartbeat

    @property
    def run_id(self) -> str:
        """This attempt's run id."""
        return str(self._common["run_id"])

    @property
    def root_run_id(self) -> str:
        """The logical run's id."""
        return str(self._common["root_run_id"])

    def _emit(self, status: TaskRunStatus, **fields: Any) -> dict[str, Any]:
        """Emit one event of the TaskRunEvent contract.

        Built as a plain dict and encoded with orjson: validating our own
        values through the model on every call would triple the decorator's
        overhead. Tests decode what the SDK emits with the model, so the two
        cannot drift apart.
        """
        event_type, value = _STATUS_TEXT[status]
        event = {
            "schema_version": SCHEMA_VERSION,
            "event_id": new_id(),
            "event_type": event_type,
            "status": value,
            "occurred_at": utc_now(),
            **self._common,
            **fields,
        }
        event, data = encode_within(event, self._limits.max_event_bytes)
        self._emitter.emit(self._topic, self._key, data)
        if status in _SIGNS_OF_LIFE:  # with the attempt's limits: the watchdog watches it from now on
            self._announced = True
        return event

    def pending(self) -> dict[str, Any]:
        """The run was accepted."""
        return self._emit(TaskRunStatus.PENDING, **self._watch)

    def running(self) -> dict[str, Any]:
        """The run started executing."""
        return self._emit(TaskRunStatus.RUNNING, **self._watch)

    def heartbeat(self, details: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The run is still alive (:mod:`errorflow.sdk.heartbeat` throttles the calls).

        A run whose ``pending`` and ``running`` the lifecycle watch still holds back
        sends them first: a heartbeat never comes before the start it belongs to.
        """
        if self.lifecycle is not None:
            self.lifecycle.report_now(self)
        fields = dict(self._watch)
        if details is not None:
            fields["heartbeat_details"] = self._scrubber.scrub(_json_object(details))
        return self._emit(TaskRunStatus.HEARTBEAT, **fields)

    def timed_out(self, message: str, elapsed_s: float | None) -> dict[str, Any]:
        """The attempt ran past its ``timeout_s`` or deadline and was abandoned.

        Its event id is :func:`~errorflow.schemas.ids.timed_out_event_id`, the one
        the watchdog uses too, so the attempt has one ``timed_out`` event whoever
        records it first.
        """
        return self._emit(
            TaskRunStatus.TIMED_OUT,
            event_id=timed_out_event_id(self.run_id, int(self._common["attempt"])),
            execution_time_s=elapsed_s,
            error_type=TIMEOUT_ERROR_TYPE,
            error_message=message,
        )

    def timed_out_if_silent(self, watch: heartbeats.Watch | None, elapsed_s: float | None) -> dict[str, Any] | None:
        """Record the attempt ``timed_out`` instead of its result when the watchdog may have timed it out.

        That is when the attempt went silent past its heartbeat timeout (its process froze or
        starved: :func:`~errorflow.sdk.heartbeats.silent_past_timeout`) after a sign of life
        told the watchdog about it. The event has the watchdog's id
        (:func:`~errorflow.schemas.ids.timed_out_event_id`), so the attempt has one terminal
        event whoever records it first, and recovery decides on it once. An attempt the
        watchdog never heard of (a direct call whose start was never reported) records its
        result: nobody else records its end. Returns the event, or None when the caller records the result.
        """
        if not self._announced:
            return None
        reason = heartbeats.silent_past_timeout(watch, self.heartbeat_timeout_s)
        return None if reason is None else self.timed_out(reason, elapsed_s)

    def report_started(self) -> None:
        """Emit ``pending`` and ``running`` late, at the times the run was accepted and started.

        For a run that outlived the lifecycle threshold (:class:`~errorflow.sdk.lifecycle.LifecycleWatch`).
        """
        self._emit(TaskRunStatus.PENDING, occurred_at=self._accepted_at, **self._watch)
        self._emit(TaskRunStatus.RUNNING, occurred_at=self._accepted_at, **self._watch)

    def carry_start_times(self) -> None:
        """This run sent neither ``pending`` nor ``running``: its terminal event carries their times instead."""
        self._times = {"queued_at": self._accepted_at, "started_at": self._accepted_at}

    def success(self, result: Any, elapsed_s: float, *, degraded: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The run returned; a bulk result with item errors is a success with ``error_list``.

        ``degraded`` holds the fields of a run a fallback answered (:func:`errorflow.sdk.fallback.degraded_fields`).
        """
        fields: dict[str, Any] = {"execution_time_s": elapsed_s, **self._times}
        if result is not None and not isinstance(result, _SCALARS):
            fields.update(self._result(result))
        if degraded:
            fields.update(degraded)
            message = str(degraded.get("degraded_error_message") or "")
            fields["degraded_error_message"] = self._text(message, self._limits.max_message_chars, keep_end=False)
        return self._emit(TaskRunStatus.SUCCESS, **fields)

    def _result(self, result: Any) -> dict[str, Any]:
        """Result refs and bulk counts of a result, scrubbed and bounded; none when the result cannot be read.

        The result is the service's own object (a mapping whose ``get`` or items raise): reading it
        must not cost the run its success, or a long run would stay ``running`` until the watchdog
        timed it out, and recovery retried a call that had succeeded.
        """
        try:
            fields = _result_fields(result)
            if "error_list" in fields:
                fields["error_list"] = self._bound_items(fields["error_list"])
            if fields.get("result_refs"):  # references are often URLs, some signed or with credentials
                fields["result_refs"] = self._scrubber.scrub(fields["result_refs"])
        except Exception as error:  # a hostile result: the success goes out without what it carried
            log_problem(logger, "errorflow could not read the result of %s", self.spec.name, error=error)
            return {}
        return fields

    def failed(self, exc: BaseException, elapsed_s: float | None) -> dict[str, Any]:
        """The run raised: message, full traceback, qualified type and structured context.

        Never fails for the exception's sake: each part is read on its own and
        replaced by a placeholder when reading it raises.
        """
        limits = self._limits
        try:
            fields: dict[str, Any] = {
                "execution_time_s": elapsed_s,
                "error_message": self._text(exception_message(exc), limits.max_message_chars, keep_end=False),
                "error_traceback": self._text(_traceback_text(exc), limits.max_traceback_chars, keep_end=True),
                "error_type": _qualified_type(exc),
                "error_context": self._context(exc),
            }
            if issubclass(type(exc), BulkOperationError):  # not isinstance(): it reads __class__, which may raise
                fields.update(self._bulk_fields(cast(BulkOperationError, exc)))
            fields.update(self._times)
        except Exception as error:  # never lose the terminal event; no unscrubbed text goes out either
            log_problem(
                logger,
                "errorflow could not describe a failure of %s; emitting a minimal event",
                self.spec.name,
                error=error,
            )
            fields = {
                "execution_time_s": elapsed_s,
                "error_message": f"<{safe_type_name(exc)}: the failure could not be described>",
                "error_type": _qualified_type(exc),
                **self._times,
            }
        return self._emit(TaskRunStatus.FAILED, **fields)

    def rejected(self, exc: CircuitOpenError) -> dict[str, Any]:
        """The run was rejected by an open circuit breaker: the function was not called.

        A failed event with error type ``errorflow.errors.CircuitOpenError`` (the breaker
        agent never counts it as a failure of the dependency) and labels naming the
        breaker's state and when a trial is expected.
        """
        labels = dict(self._common["labels"] or {})
        labels["errorflow.breaker.state"] = exc.state
        if exc.retry_at is not None:
            labels["errorflow.breaker.trial_at"] = datetime.fromtimestamp(exc.retry_at, timezone.utc).isoformat(
                timespec="milliseconds"
            )
        return self._emit(
            TaskRunStatus.FAILED,
            execution_time_s=None,
            error_message=exception_message(exc),
            error_type=_qualified_type(exc),
            error_context=self._context(exc),
            labels=labels,
        )

    def _text(self, text: str, max_chars: int, *, keep_end: bool) -> str:
        """Scrubbed and cut to ``max_chars``.

        Cut roughly first (with a margin, so no secret is split at the cut that
        the scrubber would then miss), scrubbed, then cut exactly: scrubbing a
        10 MB message costs no more than scrubbing the part that is kept.
        """
        rough = max_chars + _SCRUB_MARGIN
        if len(text) > rough:
            text = text[-rough:] if keep_end else text[:rough]
        text = self._scrubber.scrub_text(text)
        return truncate_tail(text, max_chars) if keep_end else truncate_head(text, max_chars)

    def _context(self, exc: BaseException) -> dict[str, Any]:
        """The structured evidence, scrubbed and bounded; a minimal one when capture fails."""
        try:
            context = _capture_context(exc)
        except Exception as error:  # capture reads foreign attributes; the event must go out anyway
            log_problem(
                logger,
                "errorflow could not capture the context of a %s in %s; emitting a minimal one",
                _qualified_type(exc),
                self.spec.name,
                error=error,
            )
            context = _minimal_context(exc)
        context = self._scrubber.scrub(context)
        for cause in context.get("causes") or ():
            if isinstance(cause, dict) and isinstance(cause.get("message"), str):
                cause["message"] = truncate_head(cause["message"], self._limits.max_message_chars)
        return dict(context)

    def _bulk_fields(self, exc: BulkOperationError) -> dict[str, Any]:
        """Item errors and counts of a bulk failure; skipped (with a log line) when they cannot be read."""
        try:
            items = list(exc.error_list)
            return {
                "error_list": self._item_errors(items),
                "success_count": _count(exc.success_count),
                "failed_count": _count(len(items)),
                "total_count": _count(exc.total_count),
            }
        except Exception as error:  # a hostile item list must not cost the failed event
            log_problem(logger, "errorflow could not read the item errors of %s", self.spec.name, error=error)
            return {}

    def _item_errors(self, items: list[Any]) -> list[dict[str, Any]]:
        return self._bound_items([_readable_item_error(index, item) for index, item in enumerate(items)])

    def _bound_items(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Item errors scrubbed of secrets, their texts cut to the limits."""
        scrubbed = self._scrubber.scrub(entries)
        for entry in scrubbed:
            if isinstance(entry.get("error"), str):
                entry["error"] = truncate_head(entry["error"], self._limits.max_message_chars)
            if isinstance(entry.get("traceback"), str):
                entry["traceback"] = truncate_tail(entry["traceback"], self._limits.max_traceback_chars)
        return list(scrubbed)


def _capture_context(exc: BaseException) -> dict[str, Any]:
    """The one call into exception capture (its own module); :meth:`RunRecorder.failed` guards it."""
    return error_context(exc).model_dump(mode="json")


def _qualified_type(exc: BaseException) -> str:
    """``module.QualName`` of the exception's class, read defensively."""
    cls = type(exc)
    module = safe_attr(cls, "__module__")
    name = safe_attr(cls, "__qualname__") or safe_type_name(exc)
    return f"{module if isinstance(module, str) and module else 'builtins'}.{name}"


def _traceback_text(exc: BaseException) -> str:
    """The formatted traceback; the frames alone (and a placeholder line) when formatting fails."""
    try:
        return format_traceback(exc)
    except Exception as error:  # hostile __notes__, __cause__ or frames: keep what can be formatted
        log_problem(logger, "errorflow could not format the traceback of a %s", _qualified_type(exc), error=error)
    try:
        frames = "".join(traceback.format_tb(exc.__traceback__))
    except Exception:  # pragma: no cover - frames are the interpreter's own objects
        frames = ""
    return f"Traceback (most recent call last):\n{frames}{_qualified_type(exc)}: {exception_message(exc)}\n"


def _minimal_context(exc: BaseException) -> dict[str, Any]:
    """Bases and the cause chain, read with the safe helpers only."""
    bases: list[str] = []
    try:
        for cls in type(exc).__mro__[1:]:
            if cls not in (object, BaseException):
                bases.append(f"{safe_attr(cls, '__module__')}.{safe_attr(cls, '__qualname__')}")
    except Exception:  # pragma: no cover - a metaclass hiding __mro__
        bases = []
    causes: list[dict[str, str]] = []
    seen = {id(exc)}
    current = safe_attr(exc, "__cause__") or safe_attr(exc, "__context__")
    while isinstance(current, BaseException) and id(current) not in seen and len(causes) < _MAX_CAUSES:
        seen.add(id(current))
        causes.append({"type": _qualified_type(current), "message": exception_message(current)})
        current = safe_attr(current, "__cause__") or safe_attr(current, "__context__")
    return {"bases": bases, "http_status": None, "errno": None, "code": None, "causes": causes}


def _readable_item_error(position: int, raw: Any) -> dict[str, Any]:
    """:func:`_item_error`, or a placeholder at the item's position when the service's object cannot be read.

    One hostile entry (a mapping whose ``items`` and ``get`` raise) cost every item error of the run and its
    counts: the run was then retried whole, and the store showed none of its items' errors.
    """
    try:
        return _item_error(position, raw)
    except Exception as error:  # the service's own object: only its entry is lost
        return {"index": position, "error": f"<the item error could not be read: {safe_type_name(error)}>"}


def _item_error(position: int, raw: Any) -> dict[str, Any]:
    """One entry of ``error_list`` in the ItemError contract."""
    if isinstance(raw, ItemError):
        return raw.model_dump(mode="json")
    if isinstance(raw, Mapping):
        try:
            data = {safe_str(key): jsonable(value) for key, value in raw.items()}
        except Exception:  # an item's repr may raise: keep the error text only
            data = {"error": safe_str(raw.get("error", "")) if "error" in raw else ""}
        index = data.get("index", position)
        fits = isinstance(index, int) and not isinstance(index, bool) and -(2**63) <= index < 2**63
        data["index"] = index if fits else position
        error = data.get("error", "")
        data["error"] = error if isinstance(error, str) else safe_str(error)
        for name in ("error_type", "traceback"):  # text or nothing in the contract
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                data[name] = safe_str(value)
        return data
    if isinstance(raw, BaseException):
        return {"index": position, "error": exception_message(raw), "error_type": _qualified_type(raw)}
    return {"index": position, "error": safe_str(raw)}


def _json_object(details: Mapping[str, Any]) -> dict[str, Any]:
    """Heartbeat details as a JSON object; a mapping that cannot be read becomes a placeholder."""
    try:
        return {safe_str(key): jsonable(value) for key, value in details.items()}
    except Exception as exc:  # foreign objects: the beat itself matters more than its details
        return {"_errorflow_unavailable": f"details could not be captured: {safe_type_name(exc)}"}


def _dumps(event: dict[str, Any]) -> bytes:
    return orjson.dumps(event, option=orjson.OPT_UTC_Z)


def encode_within(event: dict[str, Any], max_bytes: int) -> tuple[dict[str, Any], bytes]:
    """Encode an event; make it encodable and cut it below ``max_bytes`` when it is not.

    Returns the event as sent (the runner validates it back into the contract).
    """
    try:
        data = _dumps(event)
    except (TypeError, ValueError):  # lone surrogates, foreign objects, huge integers
        logger.warning("errorflow event of %s was not encodable as JSON; sending a cleaned copy", event["operation"])
        event = _json_clean(event)
        data = _dumps(event)
    if len(data) <= max_bytes:
        return event, data
    size = len(data)
    for step in _SHRINK_STEPS:
        event = step(event)
        data = _dumps(event)
        if len(data) <= max_bytes:
            break
    else:
        event = _minimal_event(event)
        data = _dumps(event)
    logger.warning(
        "errorflow event %s of run %s was %d bytes, over the %d-byte limit; sent cut to %d bytes",
        event["event_type"],
        event["run_id"],
        size,
        max_bytes,
        len(data),
    )
    return event, data


def _json_clean(event: dict[str, Any]) -> dict[str, Any]:
    """A copy orjson can encode: text made UTF-8 clean, foreign objects as their safe repr."""
    cleaned: dict[str, Any] = jsonable_safe(event)
    return cleaned


def _cut_texts(event: dict[str, Any]) -> dict[str, Any]:
    """First step: tracebacks, cause messages and item errors down to a few kilobytes."""
    event = dict(event)
    if isinstance(event.get("error_traceback"), str):
        event["error_traceback"] = truncate_tail(event["error_traceback"], _SHRUNK_TEXT)
    context = event.get("error_context")
    if isinstance(context, dict) and isinstance(context.get("causes"), list):
        event["error_context"] = {
            **context,
            "causes": [
                {**cause, "message": truncate_head(str(cause.get("message", "")), _SHRUNK_TEXT)}
                for cause in context["causes"]
                if isinstance(cause, dict)
            ],
        }
    if isinstance(event.get("error_list"), list):
        kept = event["error_list"][:_MAX_ITEM_ERRORS_KEPT]
        event["error_list"] = [
            {
                **item,
                "error": truncate_head(str(item.get("error", "")), _SHRUNK_TEXT),
                "item": None,
                "traceback": None,
            }
            for item in kept
            if isinstance(item, dict)
        ]
    if isinstance(event.get("error_message"), str):
        event["error_message"] = truncate_head(event["error_message"], _SHRUNK_TEXT)
    return event


def _drop_input(event: dict[str, Any]) -> dict[str, Any]:
    """Second step: the input dump and result references give way."""
    size = len(_dumps({"input": event.get("input_dump")}))
    return {
        **event,
        "input_dump": {INPUT_DROPPED: f"input of {size} bytes dropped: the event was over the size limit"},
        "result_refs": [],
        "labels": {},
        "error_list": [],
    }


_SHRINK_STEPS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (_cut_texts, _drop_input)


def _minimal_event(event: dict[str, Any]) -> dict[str, Any]:
    """Last resort: identity, status and a short message; the run keeps its terminal event."""
    keep = (
        "schema_version",
        "event_id",
        "event_type",
        "status",
        "occurred_at",
        "queued_at",
        "started_at",
        "run_id",
        "root_run_id",
        "attempt",
        "replayed_from",
        "operation",
        "service",
        "criticality",
        "channel",
        "idempotency_key",
        "error_type",
        "execution_time_s",
        "degraded",
        "degraded_error_type",
        "data_age_s",
    )
    minimal = {key: event[key] for key in keep if key in event}
    for key in ("operation", "service", "error_type", "channel", "replayed_from"):
        if isinstance(minimal.get(key), str):
            minimal[key] = truncate_head(minimal[key], 512)
    if isinstance(event.get("error_message"), str):
        minimal["error_message"] = truncate_head(event["error_message"], 1_024)
    return minimal


def _result_fields(result: Any) -> dict[str, Any]:
    """Result refs and bulk counts from an operation's output, when it carries them."""
    fields: dict[str, Any] = {}
    data = result.model_dump(mode="json") if isinstance(result, BaseModel) else result
    if not isinstance(data, Mapping):
        return fields
    refs = data.get("result_refs")
    if isinstance(refs, list):
        fields["result_refs"] = [ref for ref in refs if isinstance(ref, dict)]
    errors = data.get("errors")
    if isinstance(errors, list) and errors:
        fields["error_list"] = [_item_error(index, item) for index, item in enumerate(errors)]
        fields["error_message"] = f"completed with {len(errors)} item failures"
    for count in ("success_count", "failed_count", "total_count"):
        value = _count(data.get(count))
        if value is not None:
            fields[count] = value
    return fields


def _count(value: Any) -> int | None:
    """A bulk count as the contract takes it (``UInt32`` columns), else None.

    An event the pipeline's contract refuses is quarantined, and its run would never end in the store.
    """
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= COUNT_MAX:
        return int(value)
    return None
