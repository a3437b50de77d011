"""A fast check of TaskRun events on the wire, for the sink's hot path.

The pydantic models in :mod:`errorflow.schemas.events` are the contract. They
cost about 10 µs per event to validate, which capped ingest. This module
checks the same wire format with msgspec in about 2 µs, without building the
models: a record it accepts goes to ClickHouse as its own JSON text, and
ClickHouse maps it to columns (see ``taskrun_events_landing`` in the schema).

The check is deliberately *narrower* than the contract: it accepts only what
the pydantic model accepts and what maps to exactly the row
:func:`errorflow.sinks.event_row` would write. Anything else (no ``event_id``
or ``occurred_at``, an unusual time format, a count outside its column's range,
an unknown schema version, a wrong type) is refused here and takes the contract
path, where pydantic either accepts it or says precisely why not (quarantine).
``tests/unit/schemas/test_wire.py`` holds the two to that promise.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

__all__ = ["WireEvent", "check_events", "event_ids"]

_UINT16 = msgspec.Meta(ge=0, le=65_535)
_UINT32 = msgspec.Meta(ge=0, le=4_294_967_295)

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
    http_status: int | None = None
    errno: int | None = None
    code: str | None = None
    causes: list[_Cause] = []
    retriable: bool | None = None


class _ItemError(msgspec.Struct, gc=False):
    """One bulk item error; like the contract, extra keys are allowed (and kept in the stored JSON)."""

    index: int
    error: str
    item: msgspec.Raw = msgspec.Raw(b"null")
    error_type: str | None = None
    traceback: str | None = None


class WireEvent(_Strict):
    """A TaskRun event (schema version 1) that carries its own id and time: the fast path's shape."""

    event_id: Annotated[str, msgspec.Meta(min_length=1)]
    run_id: Annotated[str, msgspec.Meta(min_length=1)]
    root_run_id: Annotated[str, msgspec.Meta(min_length=1)]
    operation: str
    service: str
    status: _Status
    occurred_at: Annotated[datetime, msgspec.Meta(tz=True)]
    schema_version: Literal[1] = 1
    event_type: str = ""
    attempt: Annotated[int, msgspec.Meta(ge=1, le=65_535)] = 1
    replayed_from: str | None = None
    operation_category: str | None = None
    dependency: str | None = None
    criticality: Literal["critical", "high", "normal", "low"] = "normal"
    error_message: str | None = None
    error_traceback: str | None = None
    error_type: str | None = None
    error_context: _ErrorContext | None = None
    error_list: list[_ItemError] = []
    success_count: Annotated[int, _UINT32] | None = None
    failed_count: Annotated[int, _UINT32] | None = None
    total_count: Annotated[int, _UINT32] | None = None
    input_dump: dict[str, msgspec.Raw] = {}
    result_refs: list[dict[str, msgspec.Raw]] = []
    execution_time_s: Annotated[float, msgspec.Meta(ge=0, le=1e15)] | None = None
    actor: _Actor = msgspec.field(default_factory=_Actor)
    channel: str | None = None
    orchestration: _Orchestration = msgspec.field(default_factory=_Orchestration)
    idempotency_key: str | None = None
    labels: dict[str, str] = {}
    heartbeat_timeout_s: Annotated[float, msgspec.Meta(gt=0, le=1e15)] | None = None
    timeout_s: Annotated[float, msgspec.Meta(gt=0, le=1e15)] | None = None
    deadline_at: Annotated[datetime, msgspec.Meta(tz=True)] | None = None
    heartbeat_details: dict[str, msgspec.Raw] | None = None


_batch_decoder = msgspec.json.Decoder(list[WireEvent], strict=True)
_one_decoder = msgspec.json.Decoder(WireEvent, strict=True)
_EARLIEST = 1900
_LATEST = 2299  # DateTime64(3)'s range


def _storable(event: WireEvent) -> bool:
    """Times the column holds exactly: within its range, and no finer than milliseconds."""
    at = event.occurred_at
    return _EARLIEST <= at.year <= _LATEST and at.microsecond % 1000 == 0


def check_events(values: list[bytes]) -> list[WireEvent | None]:
    """Check encoded events; each is its decoded shape, or None when it must take the contract path.

    The whole list is decoded in one call; only when that fails is each value
    decoded alone to find the ones that do not fit.
    """
    try:
        events = _batch_decoder.decode(b"[" + b",".join(values) + b"]")
    except (msgspec.ValidationError, msgspec.DecodeError):
        pass
    else:
        if len(events) == len(values):
            return [event if _storable(event) else None for event in events]
    checked: list[WireEvent | None] = []
    for value in values:
        try:
            event = _one_decoder.decode(value)
        except (msgspec.ValidationError, msgspec.DecodeError):
            checked.append(None)
        else:
            checked.append(event if _storable(event) else None)
    return checked


def event_ids(values: list[bytes]) -> list[str | None]:
    """The event id of each encoded event that passes :func:`check_events`, else None."""
    return [None if event is None else event.event_id for event in check_events(values)]
