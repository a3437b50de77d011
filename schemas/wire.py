"""A fast check of TaskRun events on the wire, for the sink's hot path.

The pydantic models in :mod:`errorflow.schemas.events` are the contract. They
cost about 10 µs per event to validate, which capped ingest. This module
checks the same wire format with msgspec in about 2 µs, without building the
models: a record it accepts goes to ClickHouse as JSON text, re-encoded from
what the check read (:func:`stored_events`: a name given twice means to
ClickHouse what it means to every agent), and ClickHouse maps it to columns
(see ``taskrun_events_landing`` in the schema).

The check is deliberately *narrower* than the contract: it accepts only what
the pydantic model accepts and what maps to exactly the row
:func:`errorflow.sinks.event_row` would write. Anything else (no ``event_id``
or ``occurred_at``, an unusual time format, a count outside its column's range,
an unknown schema version, a wrong type, a run of 20 digits or deep nesting
in a free-form value) is refused here and takes the contract path, where
pydantic either accepts it or says precisely why not (quarantine).
``tests/unit/schemas/test_wire.py`` holds the two to that promise.

Every record is checked on its own: a batch decoded as one JSON array would
let fragments that are invalid alone, but valid once joined by commas, pass
as events. Checking each costs no more than the array did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Annotated, Literal

import msgspec

from errorflow.schemas.codec import decode
from errorflow.schemas.events import NAME_MAX, TaskRunEvent

__all__ = [
    "StoredEvent",
    "WireEvent",
    "check_event",
    "check_events",
    "event_ids",
    "event_text",
    "read_event",
    "stored_events",
]

_UINT32 = msgspec.Meta(ge=0, le=4_294_967_295)
_ID = Annotated[str, msgspec.Meta(min_length=1, max_length=NAME_MAX)]
_NAME = Annotated[str, msgspec.Meta(max_length=NAME_MAX)]
_INT64 = msgspec.Meta(ge=-(2**63), le=2**63 - 1)

_Status = Literal[
    "pending", "running", "success", "failed", "retrying", "dead_lettered", "compensated", "timed_out", "heartbeat"
]


class _Strict(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """Strict structs the garbage collector does not track.

    They hold no cycles, and a batch of 5,000 decoded events would otherwise
    trigger full collections that cost more than the decoding.
    """


class _Actor(_Strict):
    user_id: str | None = None


class _Orchestration(_Strict):
    orchestrated: bool = False
    flow_run_id: str | None = None
    task_run_id: str | None = None


class _Cause(_Strict):
    type: str
    message: str


class _ErrorContext(_Strict):
    bases: list[str] = []
    http_status: Annotated[int, _INT64] | None = None
    errno: Annotated[int, _INT64] | None = None
    code: str | None = None
    causes: list[_Cause] = []
    retriable: bool | None = None


class _ItemError(msgspec.Struct, gc=False):
    """One bulk item error; like the contract, extra keys are allowed (and kept in the stored JSON)."""

    index: Annotated[int, _INT64]
    error: str
    item: msgspec.Raw = msgspec.Raw(b"null")
    error_type: str | None = None
    traceback: str | None = None


class WireEvent(_Strict, omit_defaults=True):
    """A TaskRun event (schema version 1) that carries its own id and time: the fast path's shape.

    Encoded without the fields that hold their defaults (``omit_defaults``): the sink stores
    this encoding, and every landing column a field omitted this way fills has the same
    default (``sinks/schema.py``), so the rows are the same while the engine parses about
    half the bytes (an SDK event names every field, most of them null).
    """

    event_id: _ID
    run_id: _ID
    root_run_id: _ID
    operation: _NAME
    service: _NAME
    status: _Status
    occurred_at: Annotated[datetime, msgspec.Meta(tz=True)]
    queued_at: Annotated[datetime, msgspec.Meta(tz=True)] | None = None
    started_at: Annotated[datetime, msgspec.Meta(tz=True)] | None = None
    schema_version: Literal[1] = 1
    event_type: str = ""
    attempt: Annotated[int, msgspec.Meta(ge=1, le=65_535)] = 1
    replayed_from: _NAME | None = None
    operation_category: _NAME | None = None
    dependency: _NAME | None = None
    criticality: Literal["critical", "high", "normal", "low"] = "normal"
    error_message: str | None = None
    error_traceback: str | None = None
    error_type: _NAME | None = None
    error_context: _ErrorContext | None = None
    error_list: list[_ItemError] = []
    success_count: Annotated[int, _UINT32] | None = None
    failed_count: Annotated[int, _UINT32] | None = None
    total_count: Annotated[int, _UINT32] | None = None
    input_dump: dict[str, msgspec.Raw] = {}
    result_refs: list[dict[str, msgspec.Raw]] = []
    execution_time_s: Annotated[float, msgspec.Meta(ge=0, le=1e15)] | None = None
    actor: _Actor = msgspec.field(default_factory=_Actor)
    channel: _NAME | None = None
    orchestration: _Orchestration = msgspec.field(default_factory=_Orchestration)
    idempotency_key: _NAME | None = None
    labels: dict[str, str] = {}
    heartbeat_timeout_s: Annotated[float, msgspec.Meta(gt=0, le=1e15)] | None = None
    timeout_s: Annotated[float, msgspec.Meta(gt=0, le=1e15)] | None = None
    deadline_at: Annotated[datetime, msgspec.Meta(tz=True)] | None = None
    heartbeat_details: dict[str, msgspec.Raw] | None = None
    degraded: bool = False
    degraded_error_type: _NAME | None = None
    degraded_error_message: str | None = None
    data_age_s: Annotated[float, msgspec.Meta(ge=0, le=1e15)] | None = None


StoredEvent = tuple[str, bytes]
"""An event the fast path vouches for: its id (the dedup key) and the JSON text to store."""

_one_decoder = msgspec.json.Decoder(WireEvent, strict=True)
_encoder = msgspec.json.Encoder()
_EARLIEST = 1900
_LATEST = 2299  # DateTime64(3)'s range
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 20
"""20 digits in a row: maybe an integer beyond 64 bits inside a free-form value (``input_dump``...)."""
_MAX_BRACKETS = 128
"""More opening brackets than this may nest deeper than the contract's parser allows."""
_SHORT = 20
"""A raw value shorter than this holds neither 20 digits nor more than 128 brackets' nesting."""


def _storable_time(at: datetime | None) -> bool:
    """A time the column holds exactly: within its range, and no finer than milliseconds."""
    return at is None or (_EARLIEST <= at.year <= _LATEST and at.microsecond % 1000 == 0)


def _storable(event: WireEvent) -> bool:
    """Every time of the event is one the columns hold exactly."""
    return _storable_time(event.occurred_at) and _storable_time(event.queued_at) and _storable_time(event.started_at)


def _plain(raw: msgspec.Raw | bytes) -> bool:
    """True when a raw free-form value cannot hide what the contract refuses in it.

    ``input_dump``, ``result_refs`` and bulk items pass through as raw JSON; the
    contract refuses integers beyond 64 bits and nesting deeper than its parser's
    limit in them. Both need a run of 20 digits or many brackets, which two C-level
    scans rule out (short values need none); a value that has them sends its record
    down the contract path, which decides.
    """
    if len(raw) < _SHORT:
        return True
    data = bytes(raw)
    return _LONG_NUMBER not in data.translate(_DIGITS) and data.count(b"[") + data.count(b"{") <= _MAX_BRACKETS


def _free_form_plain(event: WireEvent, value: bytes) -> bool:
    """Every free-form value of the event is plain (see :func:`_plain`).

    Bulk items may carry extra keys msgspec does not look at, so an event with
    item errors (rare) has its whole text scanned instead.
    """
    if event.error_list:
        return _plain(value)
    return all(map(_plain, event.input_dump.values())) and all(
        _plain(raw) for ref in event.result_refs for raw in ref.values()
    )


def check_event(value: bytes) -> WireEvent | None:
    """Check one encoded event: its decoded shape, or None when it must take the contract path.

    Never raises: anything msgspec refuses (including invalid UTF-8 and nesting
    past its recursion limit) means "not for the fast path".
    """
    try:
        event = _one_decoder.decode(value)
    except Exception:  # any refusal sends the record to the contract, which names the reason
        return None
    return event if _storable(event) and _free_form_plain(event, value) else None


def read_event(value: bytes | None, *, max_bytes: int | None) -> WireEvent | TaskRunEvent:
    """An event record as every agent must read it: the fast check's shape, else the contract's model.

    For agents that read only a few fields (the breaker feed): a record that names them
    rightly but that the contract refuses (a missing id, a wrong type in a field the agent
    does not read, a schema version it does not know, too many bytes) is the sink's to
    quarantine, and must not count for anything here either.

    Raises:
        MalformedEventError: the contract refuses the record (the sink quarantines it).
    """
    if value and (max_bytes is None or len(value) <= max_bytes):
        checked = check_event(value)
        if checked is not None:
            return checked
    return decode(value, TaskRunEvent, max_bytes=max_bytes)


def check_events(values: list[bytes]) -> list[WireEvent | None]:
    """Check encoded events, each on its own; each is its decoded shape, or None for the contract path."""
    return [check_event(value) for value in values]


def event_ids(values: list[bytes], *, suspect: Callable[[bytes], bool] | None = None) -> list[str | None]:
    """The event id of each encoded event that passes :func:`check_event`, else None.

    With ``suspect`` (the sink's scrubber's :meth:`~errorflow.sdk.scrub.Scrubber.may_hold_secret`),
    an event whose free text (:func:`event_text`) it suspects of holding a secret is not vouched
    for either: it takes the contract path, where the sink scrubs it (a producer other than the
    SDK may not have).
    """
    return [None if event is None else event.event_id for event in _vouched(values, suspect)]


def stored_events(values: list[bytes], *, suspect: Callable[[bytes], bool] | None = None) -> list[StoredEvent | None]:
    """What the sink's fast path stores of each encoded event: its id and its JSON as read, else None.

    Vouches for the events :func:`event_ids` vouches for. The JSON is the event re-encoded from
    what this check read, not the producer's bytes: JSON leaves a name given twice to the parser,
    and msgspec and pydantic (every agent) keep the last value where ClickHouse's ``JSONEachRow``
    refuses the row or keeps the first, so the bytes as sent could be stored, or refused, as
    another event than the one every agent acts on. Re-encoding costs about a third of the check.
    """
    encode = _encoder.encode
    return [None if event is None else (event.event_id, encode(event)) for event in _vouched(values, suspect)]


def _vouched(values: list[bytes], suspect: Callable[[bytes], bool] | None) -> Iterator[WireEvent | None]:
    """Each value's checked event, or None: refused by the check, or suspected of holding a secret."""
    if suspect is None:
        yield from map(check_event, values)
        return
    for value in values:
        event = check_event(value)
        if event is None:
            yield None
            continue
        text = event_text(event, value)
        yield None if text and suspect(text) else event


def event_text(event: WireEvent, value: bytes) -> bytes:
    """The free text of an event the SDK would have scrubbed, as UTF-8 and JSON text joined by line breaks.

    Messages, the traceback, error context, item errors, input, result references,
    heartbeat details and labels; empty for an event without any. Item errors may carry keys
    msgspec does not read: an event with any is read whole.
    """
    if event.error_list:
        return value
    parts: list[bytes | msgspec.Raw] = []
    dump = event.input_dump
    if dump:
        parts.append("\n".join(dump).encode())
        parts += dump.values()
    if event.result_refs:
        for ref in event.result_refs:
            parts.append("\n".join(ref).encode())
            parts += ref.values()
    if event.heartbeat_details:
        parts.append("\n".join(event.heartbeat_details).encode())
        parts += event.heartbeat_details.values()
    if event.labels:
        parts.append("\n".join((*event.labels, *event.labels.values())).encode("utf-8", "backslashreplace"))
    if event.error_message is not None or event.error_traceback is not None or event.error_context is not None:
        texts = [event.error_message or "", event.error_traceback or ""]
        context = event.error_context
        if context is not None:
            texts += context.bases
            texts.append(context.code or "")
            texts += (part for cause in context.causes for part in (cause.type, cause.message))
        parts.append("\n".join(texts).encode())
    if event.degraded_error_message:
        parts.append(event.degraded_error_message.encode())
    return b"\n".join(parts)
