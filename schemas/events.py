"""The TaskRun lifecycle event: the record every service publishes.

One event per status change of one attempt of one run. Events of one logical
run share the Kafka key ``root_run_id``, so every attempt and replay of a run
lands on one partition, in order. The JSON Schema under
``schemas/json/taskrun_event.v1.json`` is generated from these models.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Any, Literal

import orjson
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from errorflow.schemas.ids import new_id

__all__ = [
    "ATTEMPT_MAX",
    "COUNT_MAX",
    "EARLIEST_YEAR",
    "EXECUTION_TIME_MAX_S",
    "LATEST_YEAR",
    "NAME_MAX",
    "SCHEMA_VERSION",
    "Actor",
    "ErrorContext",
    "ErrorCause",
    "ItemError",
    "Orchestration",
    "TaskRunEvent",
    "TaskRunStatus",
    "TERMINAL_STATUSES",
    "as_utc",
    "utc_now",
]

SCHEMA_VERSION: Literal[1] = 1

# What the store's columns hold: a value outside these is refused by the contract, with the field's
# name, instead of by the store after the record was accepted (where its Kafka position is gone).
ATTEMPT_MAX = 65_535
"""``attempt`` is a ``UInt16`` column."""
COUNT_MAX = 4_294_967_295
"""``success_count``, ``failed_count`` and ``total_count`` are ``UInt32`` columns."""
EXECUTION_TIME_MAX_S = 1e15
"""``duration_ms`` (``UInt64``) is derived from ``execution_time_s``; this keeps it in range."""
EARLIEST_YEAR, LATEST_YEAR = 1900, 2299
"""The range of ``DateTime64(3)``, the type of every time column."""
_INT64 = Field(ge=-(2**63), le=2**63 - 1)


def _portable(value: Any) -> Any:
    """Refuse a free-form JSON value that JSON encoders cannot write back (an integer beyond 64 bits).

    Agents re-encode these values (into rows, dead letters, commands); a value only
    Python's unbounded ints can hold would fail there, long after the record was accepted.
    """
    try:
        orjson.dumps(value)
    except TypeError as exc:
        raise ValueError(f"not storable as JSON: {exc}") from exc
    return value


PortableJson = Annotated[Any, AfterValidator(_portable)]
"""Any JSON value an agent can encode again (integers within 64 bits)."""
NAME_MAX = 1024
"""Longest identifier or name (characters): run ids, operation, service, dependency, error type.

Every record errorflow derives from an event copies its ids and names, several times (the Kafka
key, the fields, a retry's idempotency key, a dead letter's history): a 330 kB run id in an event
under ``kafka.max_message_bytes`` made the recovery agent's records over a broker's limit, which
refused them for good, and the pipeline process exited on the event at every start.
"""
NonEmptyId = Annotated[str, Field(min_length=1, max_length=NAME_MAX)]
"""An identifier the store requires to be non-empty (and short enough to copy, :data:`NAME_MAX`)."""
Name = Annotated[str, Field(max_length=NAME_MAX)]
"""An identifier or name that records derived from the event copy (:data:`NAME_MAX`)."""


def as_utc(value: datetime) -> datetime:
    """Return ``value`` in UTC; a naive datetime is taken to be UTC already (the contract's times are)."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def utc_now() -> datetime:
    """Return the current UTC time truncated to milliseconds (the event log's precision).

    Built from whole milliseconds: a third of the cost of truncating ``datetime.now()``, and exact
    (a millisecond count over 1000 is within a fraction of a microsecond of its value, which
    ``fromtimestamp`` rounds to the nearest microsecond).
    """
    return datetime.fromtimestamp(time.time_ns() // 1_000_000 / 1000, timezone.utc)


class TaskRunStatus(str, Enum):
    """Status of one attempt of a run."""

    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
    RETRYING = "retrying"
    DEAD_LETTERED = "dead_lettered"
    COMPENSATED = "compensated"
    TIMED_OUT = "timed_out"
    HEARTBEAT = "heartbeat"
    """A sign of life of a running attempt (not a status change: the attempt is still running)."""


TERMINAL_STATUSES = frozenset(
    {TaskRunStatus.SUCCESS, TaskRunStatus.FAILED, TaskRunStatus.DEAD_LETTERED, TaskRunStatus.COMPENSATED}
)


class _Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Actor(_Contract):
    """Who asked for the run."""

    user_id: str | None = None
    """User id, or None for system runs."""


class Orchestration(_Contract):
    """Orchestrator context, when the run is a task of a flow (Prefect or similar)."""

    orchestrated: bool = False
    flow_run_id: str | None = None
    task_run_id: str | None = None


class ErrorCause(_Contract):
    """One link of an exception's cause chain (``__cause__`` / ``__context__``)."""

    type: str
    """Fully qualified class name."""
    message: str


class ErrorContext(_Contract):
    """Structured evidence about a failure, captured where the exception was raised.

    The classifier weighs these before the message text: they are the strongest
    signals (status code, errno, database or RPC code).
    """

    bases: list[str] = Field(default_factory=list)
    """Qualified names of the exception's base classes, most specific first."""
    http_status: Annotated[int, _INT64] | None = None
    errno: Annotated[int, _INT64] | None = None
    code: str | None = None
    """A library's error code: SQLSTATE, gRPC status, AWS error code."""
    causes: list[ErrorCause] = Field(default_factory=list)
    """The cause chain, outermost first, excluding the exception itself."""
    retriable: bool | None = None
    """The exception's own retryability flag (aiokafka ``retriable``, temporalio ``not non_retryable``)."""


class ItemError(_Contract):
    """One failed item of a bulk operation."""

    model_config = ConfigDict(frozen=True, extra="allow")

    index: Annotated[int, _INT64]
    error: str
    item: PortableJson = None
    error_type: str | None = None
    traceback: str | None = None

    @model_validator(mode="after")
    def _portable_extras(self) -> ItemError:
        _portable(self.model_extra)
        return self


class TaskRunEvent(_Contract):
    """A status change of one attempt of one run (schema version 1)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: NonEmptyId = Field(default_factory=new_id)
    """UUIDv7: unique, time-ordered. Redelivered copies keep it; sinks deduplicate on it."""
    event_type: str = ""
    """``taskrun.<status>``; filled from ``status`` when empty."""
    run_id: NonEmptyId
    """This attempt's run id."""
    root_run_id: NonEmptyId
    """The logical run's id, shared by every attempt and replay: the Kafka key."""
    attempt: int = Field(default=1, ge=1, le=ATTEMPT_MAX)
    replayed_from: Name | None = None
    """Run id this run replays, for replays started by an operator."""
    operation: Name
    operation_category: Name | None = None
    """The operation's declared category (``scraping``, ``processing``...)."""
    service: Name
    dependency: Name | None = None
    """The external system the operation calls (``stepstone-api``, ``postgres``)."""
    criticality: Literal["critical", "high", "normal", "low"] = "normal"
    status: TaskRunStatus
    occurred_at: datetime = Field(default_factory=utc_now)
    queued_at: datetime | None = None
    """On a terminal event of a run that emitted no ``pending`` event: when it was accepted.

    A short direct call sends its terminal event only; the sink stores the ``pending`` and
    ``running`` rows these two times stand for, so analytics see both shapes alike.
    """
    started_at: datetime | None = None
    """On a terminal event of a run that emitted no ``running`` event: when it started executing."""
    error_message: str | None = None
    error_traceback: str | None = None
    error_type: Name | None = None
    """Fully qualified exception class, e.g. ``requests.exceptions.ConnectTimeout``."""
    error_context: ErrorContext | None = None
    error_list: list[ItemError] = Field(default_factory=list)
    success_count: Annotated[int, Field(ge=0, le=COUNT_MAX)] | None = None
    failed_count: Annotated[int, Field(ge=0, le=COUNT_MAX)] | None = None
    total_count: Annotated[int, Field(ge=0, le=COUNT_MAX)] | None = None
    input_dump: dict[str, PortableJson] = Field(default_factory=dict)
    """The run's input, redacted before it left the service."""
    result_refs: list[dict[str, PortableJson]] = Field(default_factory=list)
    execution_time_s: float | None = Field(default=None, ge=0, le=EXECUTION_TIME_MAX_S)
    actor: Actor = Field(default_factory=Actor)
    channel: Name | None = None
    """How the run was started: ``api``, ``cli``, ``worker``, ``schedule``..."""
    orchestration: Orchestration = Field(default_factory=Orchestration)
    idempotency_key: Name | None = None
    """Stable per (root run, attempt): operations pass it to the systems they call."""
    labels: dict[str, str] = Field(default_factory=dict)
    heartbeat_timeout_s: float | None = Field(default=None, gt=0)
    """Longest silence of a running attempt before the watchdog records it ``timed_out`` (on
    ``pending``, ``running`` and ``heartbeat`` events; None: the watchdog does not watch its heartbeats)."""
    timeout_s: float | None = Field(default=None, gt=0)
    """Longest run time of one attempt, from its ``running`` event (Temporal's start-to-close)."""
    deadline_at: datetime | None = None
    """When the run must have finished, whatever its attempts (the command's ``deadline_at``)."""
    heartbeat_details: dict[str, Any] | None = None
    """The progress the operation last reported with ``heartbeat(details)`` (``heartbeat`` events)."""
    degraded: bool = False
    """A fallback answered instead of the operation (a success of cached or simplified data)."""
    degraded_error_type: Name | None = None
    """Qualified type of the error the fallback answered for (a degraded run only)."""
    degraded_error_message: str | None = None
    """Message of that error, scrubbed like every error message."""
    data_age_s: float | None = Field(default=None, ge=0, le=EXECUTION_TIME_MAX_S)
    """Age in seconds of the data a degraded run returned (cached data); None when computed fresh."""

    @field_validator("occurred_at", "deadline_at", "queued_at", "started_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        try:
            value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        except OverflowError as exc:  # a time at the edge of year 1 or 9999 with an offset
            raise ValueError(f"not representable in UTC: {exc}") from exc
        if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise ValueError(f"outside the storable years {EARLIEST_YEAR}-{LATEST_YEAR}")
        return value

    def model_post_init(self, __context: Any) -> None:
        """Fill the derived ``event_type`` and ``idempotency_key``."""
        if not self.event_type:
            object.__setattr__(self, "event_type", f"taskrun.{self.status.value}")
        if self.idempotency_key is None:
            object.__setattr__(self, "idempotency_key", f"{self.root_run_id}:{self.attempt}")

    @property
    def key(self) -> bytes:
        """The Kafka key: every event of one logical run shares it."""
        return self.root_run_id.encode()
