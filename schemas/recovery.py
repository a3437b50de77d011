"""Recovery contracts: the recovery action log and dead letters (schema version 1).

Every recovery decision is a :class:`RecoveryActionEvent` on ``recovery.actions``
and a row of ClickHouse table ``recovery_actions``. Every run that cannot recover
is a :class:`DeadLetter` on ``taskruns.dlq``, carrying the context headers that
Spring for Apache Kafka and Kafka Connect tooling already read
(:func:`dead_letter_headers`). Both are keyed by ``root_run_id``, like the events
of the run they are about.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import SCHEMA_VERSION, ErrorContext, as_utc, utc_now
from errorflow.schemas.ids import new_id

__all__ = [
    "RECOVERY_ACTIONS",
    "AttemptRecord",
    "DeadLetter",
    "DeadLetterReason",
    "DeadLetterState",
    "DeadLetterUpdate",
    "RecoveryAction",
    "RecoveryActionEvent",
    "dead_letter_headers",
    "parse_dead_letter_headers",
]

RecoveryAction = Literal[
    "retry_scheduled",
    "waiting_for_resources",
    "failed_fast",
    "dead_lettered",
    "replayed",
    "gave_up_deadline",
    "succeeded_after_retry",
    "compensated",
    "breaker_override",  # an operator forced a circuit breaker open or closed, disabled or reset it
    "breaker_deferred",  # a retry or replay waits for its dependency's breaker instead of using up an attempt
    "compensation_failed",  # a saga step raised: dead-lettered with both errors for manual intervention
]
RECOVERY_ACTIONS: tuple[str, ...] = get_args(RecoveryAction)
"""Every recovery action, in the order of the ``recovery_actions.action`` enum."""

DeadLetterReason = Literal[
    "permanent",
    "validation",
    "retries_exhausted",
    "deadline_exceeded",
    "not_retryable",
    "policy",
    "compensation_failed",
    "command_refused",  # Kafka refused the run's retry or compensate command for good (too large, ...)
]
"""Why a run was given up: its category, its policy, its attempts or its deadline (or Kafka refused its command)."""

DeadLetterState = Literal["new", "replayed", "succeeded_after_replay", "failed_after_replay", "purged"]
"""States of a dead letter, in the order an operator moves it along (``dlq_entries.state``)."""


UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]
"""A datetime normalised to UTC; a naive one is taken to be UTC already."""


class _Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RecoveryActionEvent(_Contract):
    """One recovery decision about one attempt of one run (schema version 1)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    action_id: str = Field(default_factory=new_id)
    """UUIDv7 of this decision; sinks deduplicate on it."""
    run_id: str
    """The attempt the decision is about (for ``replayed``: the new run)."""
    root_run_id: str
    """The logical run: the Kafka key."""
    attempt: int = Field(default=1, ge=1)
    """Number of the attempt the decision is about."""
    operation: str
    service: str
    dependency: str | None = None
    action: RecoveryAction
    category: str | None = None
    """Error category the decision was taken for (None for ``replayed`` and ``succeeded_after_retry``)."""
    delay_s: float | None = Field(default=None, ge=0)
    """Delay before the next attempt (retries and resource waits)."""
    due_at: UtcDatetime | None = None
    """When the next attempt may start (retries and resource waits)."""
    next_attempt: int | None = Field(default=None, ge=2)
    """Number of the attempt a retry schedules."""
    reason: str = ""
    """Short machine-readable reason: ``backoff``, ``permanent``, ``retries_exhausted``, ``deadline_exceeded``..."""
    detail: str = ""
    """Human-readable explanation, shown to operators and callers."""
    decided_at: UtcDatetime = Field(default_factory=utc_now)
    replay_of: str | None = None
    """For ``replayed``: the root run id of the run being replayed."""
    dlq_id: str | None = None
    """The dead letter this action created or replayed, when there is one."""
    severity: Literal["CRITICAL", "HIGH", "MEDIUM", "LOW"] | None = None
    """Severity of the failure's verdict the decision acted on (None when not about a failure)."""
    classification_id: str | None = None
    """Id of the failure's classification (``error_classifications.event_id``): the one verdict acted on."""

    @property
    def key(self) -> bytes:
        """The Kafka key: the logical run."""
        return self.root_run_id.encode()


class AttemptRecord(_Contract):
    """One failed (or last) attempt in a dead letter's history."""

    attempt: int = Field(ge=1)
    run_id: str
    status: str
    occurred_at: UtcDatetime
    error_type: str | None = None
    error_message: str | None = None
    category: str | None = None
    delay_s: float | None = Field(default=None, ge=0)
    """Delay that was scheduled after this attempt, when a retry followed."""


class DeadLetter(_Contract):
    """A run that cannot recover, with everything needed to understand and replay it (schema version 1)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    dlq_id: str = Field(default_factory=new_id)
    run_id: str
    """The last attempt's run id."""
    root_run_id: str
    attempt: int = Field(ge=1)
    """The last attempt's number."""
    operation: str
    service: str
    dependency: str | None = None
    replayed_from: str | None = None
    """Set when the dead-lettered run was itself a replay."""
    command: RunCommand | None = None
    """The command of the last attempt, holding the original input; None for a direct call whose input was redacted."""
    input_dump: dict[str, Any] = Field(default_factory=dict)
    """The redacted input from the failed event (the only input when ``command`` is None)."""
    reason: DeadLetterReason
    detail: str = ""
    error_type: str | None = None
    error_message: str | None = None
    error_traceback: str | None = None
    error_context: ErrorContext | None = None
    category: str
    severity: str | None = None
    rule_id: str | None = None
    fingerprint: str | None = None
    attempts: list[AttemptRecord] = Field(default_factory=list)
    """Every attempt of the run, oldest first."""
    first_failed_at: UtcDatetime
    dead_lettered_at: UtcDatetime = Field(default_factory=utc_now)

    @property
    def key(self) -> bytes:
        """The Kafka key: the logical run."""
        return self.root_run_id.encode()

    @property
    def replayable(self) -> bool:
        """True when the full original input is kept (a command), not only its redacted dump."""
        return self.command is not None


class DeadLetterUpdate(_Contract):
    """A dead letter's change of state, on ``taskruns.dlq.state`` (schema version 1).

    An operator's replay (``replayed``) or purge (``purged``), or the outcome of a
    replay written back by the recovery agent (``succeeded_after_replay``,
    ``failed_after_replay``). It carries the whole dead letter, so the sink can
    write the entry's next version of ``dlq_entries`` (newest ``updated_at`` wins)
    without reading the previous one.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    update_id: str = Field(default_factory=new_id)
    state: DeadLetterState
    updated_at: UtcDatetime
    """When the state changed; together with ``dlq_id`` it identifies the version."""
    replay_run_id: str | None = None
    """The replay's run id (``replayed`` and the outcomes of that replay)."""
    detail: str = ""
    """Why, for people: who purged it, what the replay ended with."""
    dead_letter: DeadLetter
    """The dead letter as first recorded."""

    @property
    def dlq_id(self) -> str:
        """The dead letter this update is about."""
        return self.dead_letter.dlq_id

    @property
    def key(self) -> bytes:
        """The Kafka key: the dead-lettered logical run."""
        return self.dead_letter.root_run_id.encode()


# Spring for Apache Kafka, KafkaHeaders.DLT_* (DeadLetterPublishingRecoverer): strings are UTF-8,
# the partition a 4-byte big-endian int, the offset and the timestamp 8-byte big-endian longs.
SPRING_ORIGINAL_TOPIC = "kafka_dlt-original-topic"
SPRING_ORIGINAL_PARTITION = "kafka_dlt-original-partition"
SPRING_ORIGINAL_OFFSET = "kafka_dlt-original-offset"
SPRING_ORIGINAL_TIMESTAMP = "kafka_dlt-original-timestamp"
SPRING_ORIGINAL_TIMESTAMP_TYPE = "kafka_dlt-original-timestamp-type"
SPRING_ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group"
SPRING_EXCEPTION_FQCN = "kafka_dlt-exception-fqcn"
SPRING_EXCEPTION_CAUSE_FQCN = "kafka_dlt-exception-cause-fqcn"
SPRING_EXCEPTION_MESSAGE = "kafka_dlt-exception-message"
SPRING_EXCEPTION_STACKTRACE = "kafka_dlt-exception-stacktrace"
# Kafka Connect, DeadLetterQueueReporter: every value is a UTF-8 string, numbers in decimal.
CONNECT_TOPIC = "__connect.errors.topic"
CONNECT_PARTITION = "__connect.errors.partition"
CONNECT_OFFSET = "__connect.errors.offset"
CONNECT_EXCEPTION_CLASS = "__connect.errors.exception.class.name"
CONNECT_EXCEPTION_MESSAGE = "__connect.errors.exception.message"
CONNECT_EXCEPTION_STACKTRACE = "__connect.errors.exception.stacktrace"
# errorflow's own: UTF-8 strings.
EF_CATEGORY = "errorflow-category"
EF_ATTEMPT = "errorflow-attempt"
EF_FINGERPRINT = "errorflow-fingerprint"
EF_REASON = "errorflow-reason"
EF_DLQ_ID = "errorflow-dlq-id"
EF_ROOT_RUN_ID = "errorflow-root-run-id"

_INT32 = struct.Struct(">i")
_INT64 = struct.Struct(">q")
_BINARY_HEADERS = {
    SPRING_ORIGINAL_PARTITION: _INT32,
    SPRING_ORIGINAL_OFFSET: _INT64,
    SPRING_ORIGINAL_TIMESTAMP: _INT64,
}
_UNKNOWN_EXCEPTION = "errorflow.UnknownError"


def _truncate(text: str, max_bytes: int) -> bytes:
    raw = text.encode("utf-8")
    if len(raw) <= max_bytes:
        return raw
    marker = b"\n... [truncated]"
    # errors="ignore" drops a multi-byte character cut in half at the limit.
    return raw[: max(0, max_bytes - len(marker))].decode("utf-8", errors="ignore").encode("utf-8") + marker


def dead_letter_headers(
    dl: DeadLetter | Mapping[str, Any],
    *,
    original_topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int,
    consumer_group: str | None = None,
    max_text_bytes: int = 16_384,
) -> list[tuple[str, bytes]]:
    """Return the Kafka headers of a dead-letter record, in Spring, Kafka Connect and errorflow conventions.

    Args:
        dl: the dead letter, or its field values (the recovery agent encodes the dead letters
            it builds from their values, :func:`~errorflow.schemas.codec.encode_values`).
        original_topic: topic of the record whose processing gave up (usually ``taskruns.events``).
        partition: that record's partition.
        offset: that record's offset.
        timestamp_ms: that record's timestamp (CreateTime), Unix milliseconds.
        consumer_group: the group that consumed it (Spring's optional header).
        max_text_bytes: cap of the message and stack trace headers; the body keeps them whole.
    """
    if isinstance(dl, DeadLetter):
        dl = vars(dl)
    fqcn = dl["error_type"] or _UNKNOWN_EXCEPTION
    message = None if dl["error_message"] is None else _truncate(dl["error_message"], max_text_bytes)
    stacktrace = _truncate(dl["error_traceback"] or "", max_text_bytes)
    headers: list[tuple[str, bytes]] = [
        (SPRING_ORIGINAL_TOPIC, original_topic.encode()),
        (SPRING_ORIGINAL_PARTITION, _INT32.pack(partition)),
        (SPRING_ORIGINAL_OFFSET, _INT64.pack(offset)),
        (SPRING_ORIGINAL_TIMESTAMP, _INT64.pack(timestamp_ms)),
        (SPRING_ORIGINAL_TIMESTAMP_TYPE, b"CREATE_TIME"),
    ]
    if consumer_group is not None:
        headers.append((SPRING_ORIGINAL_CONSUMER_GROUP, consumer_group.encode()))
    headers.append((SPRING_EXCEPTION_FQCN, fqcn.encode()))
    if dl["error_context"] is not None and dl["error_context"].causes:  # the immediate cause, as getCause()
        headers.append((SPRING_EXCEPTION_CAUSE_FQCN, dl["error_context"].causes[0].type.encode()))
    if message is not None:  # Spring omits the message header when the exception has none
        headers.append((SPRING_EXCEPTION_MESSAGE, message))
    headers.append((SPRING_EXCEPTION_STACKTRACE, stacktrace))
    headers += [
        (CONNECT_TOPIC, original_topic.encode()),
        (CONNECT_PARTITION, str(partition).encode()),
        (CONNECT_OFFSET, str(offset).encode()),
        (CONNECT_EXCEPTION_CLASS, fqcn.encode()),
        (CONNECT_EXCEPTION_MESSAGE, message if message is not None else b""),
        (CONNECT_EXCEPTION_STACKTRACE, stacktrace),
        (EF_CATEGORY, dl["category"].encode()),
        (EF_ATTEMPT, str(dl["attempt"]).encode()),
        (EF_REASON, dl["reason"].encode()),
        (EF_DLQ_ID, dl["dlq_id"].encode()),
        (EF_ROOT_RUN_ID, dl["root_run_id"].encode()),
    ]
    if dl["fingerprint"] is not None:
        headers.append((EF_FINGERPRINT, dl["fingerprint"].encode()))
    return headers


def parse_dead_letter_headers(headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...]) -> dict[str, Any]:
    """Decode dead-letter headers back to Python values (ints for Spring's binary numbers).

    Connect's decimal partition and offset stay strings, as Connect writes them; the
    last value of a repeated header wins, as ``Headers.lastHeader`` does in Java.
    """
    decoded: dict[str, Any] = {}
    for name, value in headers:
        codec = _BINARY_HEADERS.get(name)
        if codec is not None:
            decoded[name] = codec.unpack(value)[0]
        else:
            decoded[name] = value.decode("utf-8", errors="replace")
    return decoded
