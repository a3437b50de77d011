"""Row mappers: contract records to rows of errorflow's tables (pure, no I/O).

Nested values become JSON strings (analysts read them with ``JSONExtract*``),
enumerations their values, times stay timezone-aware datetimes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import orjson
from pydantic import BaseModel

from errorflow.schemas.alerts import Alert
from errorflow.schemas.breakers import BreakerStateRecord
from errorflow.schemas.events import ErrorContext, ItemError, TaskRunEvent
from errorflow.schemas.recovery import DeadLetter, DeadLetterUpdate, RecoveryActionEvent

if TYPE_CHECKING:
    from errorflow.sdk.scrub import Scrubber

__all__ = [
    "DlqState",
    "alert_row",
    "dead_letter_from_row",
    "dlq_row",
    "dlq_state_row",
    "dlq_update_row",
    "event_row",
    "event_rows",
    "implied_event_id",
    "recovery_row",
    "scrubbed_event",
    "scrubbed_event_rows",
]

Row = dict[str, Any]

DlqState = Literal["new", "replayed", "succeeded_after_replay", "failed_after_replay", "purged"]
"""States of a dead letter, in the order an operator moves it along."""


def _json(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z, default=_default).decode()


def _default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return str(value)


def event_row(event: TaskRunEvent) -> Row:
    """Return the ``taskrun_events`` row of an event."""
    execution = event.execution_time_s
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "schema_version": event.schema_version,
        "run_id": event.run_id,
        "root_run_id": event.root_run_id,
        "attempt": event.attempt,
        "replayed_from": event.replayed_from,
        "operation": event.operation,
        "operation_category": event.operation_category,
        "service": event.service,
        "dependency": event.dependency,
        "criticality": event.criticality,
        "status": event.status.value,
        "occurred_at": event.occurred_at,
        "error_message": event.error_message,
        "error_traceback": event.error_traceback,
        "error_type": event.error_type,
        "error_context": None if event.error_context is None else _json(event.error_context.model_dump(mode="json")),
        "error_list": _json([item.model_dump(mode="json") for item in event.error_list]),
        "error_count": len(event.error_list),
        "success_count": event.success_count,
        "failed_count": event.failed_count,
        "total_count": event.total_count,
        "input_dump": _json(event.input_dump),
        "result_refs": _json(event.result_refs),
        "execution_time_s": execution,
        "duration_ms": None if execution is None else round(execution * 1000),
        "actor_user_id": event.actor.user_id,
        "channel": event.channel,
        "orchestrated": event.orchestration.orchestrated,
        "flow_run_id": event.orchestration.flow_run_id,
        "task_run_id": event.orchestration.task_run_id,
        "idempotency_key": event.idempotency_key or "",
        "labels": dict(event.labels),
        "degraded": event.degraded,
        "degraded_error_type": event.degraded_error_type,
        "degraded_error_message": event.degraded_error_message,
        "data_age_s": event.data_age_s,
    }


def event_rows(event: TaskRunEvent) -> list[Row]:
    """Return the ``taskrun_events`` rows an event stands for: its own, after its implied lifecycle.

    A terminal event that carries ``queued_at`` / ``started_at`` (a short run the SDK reported
    with one record) also stands for the ``pending`` and ``running`` events it did not send; their
    rows get ids derived from its own (:func:`implied_event_id`), so a redelivered copy deduplicates
    like any event. The landing view (migration 13) does the same in SQL for the sink's fast path.
    """
    row = event_row(event)
    implied = [
        _lifecycle_row(row, status, at)
        for status, at in (("pending", event.queued_at), ("running", event.started_at))
        if at is not None
    ]
    return [*implied, row]


def scrubbed_event(event: TaskRunEvent, scrubber: Scrubber) -> TaskRunEvent:
    """The event with its free text scrubbed as the SDK scrubs it; the event itself when nothing changes.

    For events from producers that may not scrub (a service publishing the contract itself):
    the message, traceback and degraded message as text, the error context, item errors,
    labels, result references and heartbeat details by key and value, the input as the SDK's input
    dumps (a value holding a secret becomes the ``REDACTED`` marker whole, which recovery
    will not re-run). Deterministic and idempotent: an event the SDK scrubbed comes out as it
    went in, and a redelivered copy scrubs to the same row.
    """
    update: dict[str, Any] = {}
    for name in ("error_message", "error_traceback", "degraded_error_message"):
        text = getattr(event, name)
        if text:
            scrubbed = scrubber.scrub_text(text)
            if scrubbed != text:
                update[name] = scrubbed
    structures: tuple[tuple[str, Callable[[Any], Any]], ...] = (
        ("input_dump", scrubber.scrub_input),
        ("result_refs", scrubber.scrub),
        ("heartbeat_details", scrubber.scrub),
    )
    for name, scrub in structures:
        value = getattr(event, name)
        if value:
            scrubbed = scrub(value)
            if scrubbed != value:
                update[name] = scrubbed
    if event.error_context is not None:
        dumped = event.error_context.model_dump(mode="json")
        context = scrubber.scrub(dumped)
        if context != dumped:
            update["error_context"] = ErrorContext.model_validate(context)
    if event.labels:
        labels = scrubber.scrub(event.labels)
        if labels != event.labels:
            update["labels"] = labels
    if event.error_list:
        items = [item.model_dump(mode="json") for item in event.error_list]
        scrubbed_items = scrubber.scrub(items)
        if scrubbed_items != items:
            update["error_list"] = [ItemError.model_validate(item) for item in scrubbed_items]
    return event.model_copy(update=update) if update else event


def scrubbed_event_rows(event: TaskRunEvent, *, scrubber: Scrubber) -> list[Row]:
    """:func:`event_rows` of :func:`scrubbed_event`: the sink's contract path for events."""
    return event_rows(scrubbed_event(event, scrubber))


_IMPLIED_VERSION = {"pending": "5", "running": "6"}


def implied_event_id(event_id: str, status: str) -> str:
    """The id of the ``pending`` or ``running`` event a terminal event stands for; deterministic.

    For a UUIDv7 id (the SDK's), the same id with version nibble 5 (pending) or 6 (running): still
    unique (no UUIDv7 has them), and sorting before the terminal id, in lifecycle order, as ids made
    at the time would have. Any other id gets ``.pending`` / ``.running`` appended.
    """
    if len(event_id) == 36 and event_id[14] == "7":
        return f"{event_id[:14]}{_IMPLIED_VERSION[status]}{event_id[15:]}"
    return f"{event_id}.{status}"


def _lifecycle_row(row: Row, status: str, at: datetime) -> Row:
    """The row of an implied ``pending`` or ``running`` event: identity and input, no outcome."""
    return {
        **row,
        "event_id": implied_event_id(row["event_id"], status),
        "event_type": f"taskrun.{status}",
        "status": status,
        "occurred_at": at,
        "error_message": None,
        "error_traceback": None,
        "error_type": None,
        "error_context": None,
        "error_list": "[]",
        "error_count": 0,
        "success_count": None,
        "failed_count": None,
        "total_count": None,
        "result_refs": "[]",
        "execution_time_s": None,
        "duration_ms": None,
        "degraded": False,
        "degraded_error_type": None,
        "degraded_error_message": None,
        "data_age_s": None,
    }


def recovery_row(action: RecoveryActionEvent) -> Row:
    """Return the ``recovery_actions`` row of a recovery decision."""
    return {
        "action_id": action.action_id,
        "schema_version": action.schema_version,
        "run_id": action.run_id,
        "root_run_id": action.root_run_id,
        "attempt": action.attempt,
        "operation": action.operation,
        "service": action.service,
        "dependency": action.dependency,
        "action": action.action,
        "category": action.category,
        "delay_s": action.delay_s,
        "due_at": action.due_at,
        "next_attempt": action.next_attempt,
        "reason": action.reason,
        "detail": action.detail,
        "decided_at": action.decided_at,
        "replay_of": action.replay_of,
        "dlq_id": action.dlq_id,
        "severity": action.severity,
        "classification_id": action.classification_id,
    }


def dlq_row(
    dead_letter: DeadLetter,
    *,
    state: DlqState = "new",
    updated_at: datetime | None = None,
    replay_run_id: str | None = None,
    scrubber: Scrubber | None = None,
) -> Row:
    """Return a ``dlq_entries`` row: the dead letter in ``state`` as of ``updated_at``.

    The first row of an entry is ``state="new"`` at ``dead_lettered_at``; every later
    state is a new row with a later ``updated_at`` (the newest one is the entry's state).
    ``scrubber`` (the sink passes the configured redactor) scrubs the failure's text,
    context and input dump as the sink scrubs events (:func:`scrubbed_event`): a dead
    letter copies them from an event that a producer other than the SDK may not have
    scrubbed. It also scrubs the command's input: a run submitted to the runner carries
    its input whole, and the table is read with SQL. Replay reads the full input back
    from the record on Kafka.
    """
    error_message, error_traceback = dead_letter.error_message, dead_letter.error_traceback
    error_context = None if dead_letter.error_context is None else dead_letter.error_context.model_dump(mode="json")
    input_dump: Any = dead_letter.input_dump
    if scrubber is not None:
        error_message = None if error_message is None else scrubber.scrub_text(error_message)
        error_traceback = None if error_traceback is None else scrubber.scrub_text(error_traceback)
        error_context = None if error_context is None else scrubber.scrub(error_context)
        input_dump = scrubber.scrub_input(input_dump)
    command: dict[str, Any] | None = None
    if dead_letter.command is not None:
        command = dead_letter.command.model_dump(mode="json")
        if scrubber is not None:
            command["input"] = scrubber.scrub_input(command.get("input"))
    return {
        "dlq_id": dead_letter.dlq_id,
        "schema_version": dead_letter.schema_version,
        "run_id": dead_letter.run_id,
        "root_run_id": dead_letter.root_run_id,
        "attempt": dead_letter.attempt,
        "operation": dead_letter.operation,
        "service": dead_letter.service,
        "dependency": dead_letter.dependency,
        "replayed_from": dead_letter.replayed_from,
        "command": None if command is None else _json(command),
        "input_dump": _json(input_dump),
        "reason": dead_letter.reason,
        "detail": dead_letter.detail,
        "error_type": dead_letter.error_type,
        "error_message": error_message,
        "error_traceback": error_traceback,
        "error_context": None if error_context is None else _json(error_context),
        "category": dead_letter.category,
        "severity": dead_letter.severity,
        "rule_id": dead_letter.rule_id,
        "fingerprint": dead_letter.fingerprint,
        "attempts": _json([a.model_dump(mode="json") for a in dead_letter.attempts]),
        "first_failed_at": dead_letter.first_failed_at,
        "dead_lettered_at": dead_letter.dead_lettered_at,
        "state": state,
        "updated_at": updated_at or dead_letter.dead_lettered_at,
        "replay_run_id": replay_run_id,
    }


def dlq_state_row(current: Row, *, state: DlqState, updated_at: datetime, replay_run_id: str | None = None) -> Row:
    """Return the next version of a ``dlq_entries`` row (e.g. read from ``dlq_current``) in a new state."""
    row = {k: v for k, v in current.items() if k != "created_at"}
    row.update(state=state, updated_at=updated_at)
    if replay_run_id is not None:
        row["replay_run_id"] = replay_run_id
    return row


def dlq_update_row(update: DeadLetterUpdate, *, scrubber: Scrubber | None = None) -> Row:
    """Return the ``dlq_entries`` row of a dead letter's state change: its next version (see :func:`dlq_row`)."""
    return dlq_row(
        update.dead_letter,
        state=update.state,
        updated_at=update.updated_at,
        replay_run_id=update.replay_run_id,
        scrubber=scrubber,
    )


_DLQ_JSON_COLUMNS = ("command", "input_dump", "error_context", "attempts")


def dead_letter_from_row(row: Mapping[str, Any]) -> DeadLetter:
    """Rebuild the dead letter of a ``dlq_entries`` / ``dlq_current`` row (the inverse of :func:`dlq_row`).

    Columns that are not fields of the dead letter (``state``, ``updated_at``...) are
    ignored; JSON columns are parsed; times may be datetimes, ISO strings or epoch numbers.

    Raises:
        pydantic.ValidationError: the row does not hold a valid dead letter.
    """
    fields = DeadLetter.model_fields
    data: dict[str, Any] = {}
    for name, value in row.items():
        if name not in fields or value is None:
            continue
        parse = name in _DLQ_JSON_COLUMNS and isinstance(value, (str, bytes))
        data[name] = orjson.loads(value) if parse else value
    return DeadLetter.model_validate(data)


def alert_row(alert: Alert) -> Row:
    """Return the ``alerts`` row of an alert record (``labels`` stays a map)."""
    return alert.model_dump(mode="python")


def breaker_row(record: BreakerStateRecord) -> Row:
    """Return the ``breaker_transitions`` row of a breaker transition (migration 9 adds the numbers)."""
    return {
        "transition_id": record.transition_id,
        "schema_version": record.schema_version,
        "breaker": record.breaker,
        "service": "",
        "dependency": record.dependency,
        "from_state": record.from_state,
        "to_state": record.state,
        "reason": record.reason,
        "failure_count": record.failures,
        "failure_rate": record.failure_rate,
        "window_s": float(record.window_size) if record.window_type == "time" else None,
        "open_until": record.open_until,
        "transitioned_at": record.transitioned_at,
        "sequence": record.sequence,
        "calls": record.calls,
        "slow_call_count": record.slow_calls,
        "slow_call_rate": record.slow_call_rate,
        "window_type": record.window_type,
        "window_size": record.window_size,
        "minimum_calls": record.minimum_calls,
        "failure_rate_threshold": record.failure_rate_threshold,
        "slow_call_rate_threshold": record.slow_call_rate_threshold,
        "actor": record.actor,
        "note": record.note,
    }
