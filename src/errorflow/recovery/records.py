"""Build the records a decision leaves behind: recovery action events and dead letters.

Pure functions from a decision and the events it was taken on, so the recovery
agent stays a thin loop (decode, classify, :func:`~errorflow.recovery.planner.decide`,
build these, emit) and the action log is complete by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from errorflow.recovery.planner import Decision, RetrySchedule, SendToDeadLetter
from errorflow.recovery.policy import Category
from errorflow.schemas.codec import model_builder
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, as_utc
from errorflow.schemas.ids import new_id
from errorflow.schemas.recovery import AttemptRecord, DeadLetter, RecoveryActionEvent

__all__ = [
    "action_event",
    "action_values",
    "attempt_history",
    "build_dead_letter",
    "dead_letter_values",
    "replay_action",
    "success_action",
]

_FAILURE_STATUSES = frozenset({TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT})


def action_values(
    decision: Decision,
    *,
    failed: TaskRunEvent,
    category: str | Category,
    dlq_id: str | None = None,
    action_id: str | None = None,
    severity: str | None = None,
    classification_id: str | None = None,
) -> dict[str, Any]:
    """Return the fields of the action event that logs ``decision`` about the ``failed`` attempt.

    ``action_id`` is the event's id (a fresh UUIDv7 when not given; the recovery agent derives
    it from the failed event); ``severity`` and ``classification_id`` name the verdict acted on.
    The values are those the event's validation keeps: the recovery agent encodes them directly
    (:func:`~errorflow.schemas.codec.encode_values`), one action per failure, since validating a
    model it builds itself cost more than deciding; :func:`action_event` validates them.
    """
    retry = decision if isinstance(decision, RetrySchedule) else None
    return {
        "action_id": new_id() if action_id is None else action_id,
        "run_id": failed.run_id,
        "root_run_id": failed.root_run_id,
        "attempt": failed.attempt,
        "operation": failed.operation,
        "service": failed.service,
        "dependency": failed.dependency,
        "action": decision.action,
        "category": Category.parse(category).value,
        "delay_s": float(retry.delay_s) if retry else None,
        "due_at": as_utc(retry.due_at) if retry else None,
        "next_attempt": retry.attempt if retry else None,
        "reason": decision.reason,
        "detail": decision.detail,
        "decided_at": as_utc(decision.decided_at),
        "replay_of": failed.replayed_from,
        "dlq_id": dlq_id if isinstance(decision, SendToDeadLetter) else None,
        "severity": severity,
        "classification_id": classification_id,
    }


def success_action(succeeded: TaskRunEvent, *, now: datetime) -> RecoveryActionEvent | None:
    """Return ``succeeded_after_retry`` for a success after a retry, None for a first-attempt success."""
    if succeeded.status is not TaskRunStatus.SUCCESS or succeeded.attempt == 1:
        return None
    return RecoveryActionEvent(
        run_id=succeeded.run_id,
        root_run_id=succeeded.root_run_id,
        attempt=succeeded.attempt,
        operation=succeeded.operation,
        service=succeeded.service,
        dependency=succeeded.dependency,
        action="succeeded_after_retry",
        reason="recovered",
        detail=f"succeeded on attempt {succeeded.attempt}",
        decided_at=now,
        replay_of=succeeded.replayed_from,
    )


def replay_action(
    replay: RunCommand,
    *,
    service: str,
    now: datetime,
    dlq_id: str | None = None,
    detail: str = "",
) -> RecoveryActionEvent:
    """Return the ``replayed`` action of an operator's replay command (keyed by the new run).

    The replay of a failed compensation is a ``compensate`` command linked the same way.
    """
    if replay.reason not in ("replay", "compensate") or replay.replayed_from is None:
        raise ValueError(f"command {replay.command_id} is not a replay")
    return RecoveryActionEvent(
        run_id=replay.run_id,
        root_run_id=replay.root_run_id,
        attempt=replay.attempt,
        operation=replay.operation,
        service=service,
        action="replayed",
        reason="operator" if replay.actor.user_id else "replay",
        detail=detail or f"replay of run {replay.replayed_from}",
        decided_at=now,
        replay_of=replay.replayed_from,
        dlq_id=dlq_id,
    )


def attempt_history(
    events: Iterable[TaskRunEvent],
    *,
    actions: Iterable[RecoveryActionEvent] = (),
    categories: dict[int, str] | None = None,
) -> list[AttemptRecord]:
    """Return one record per attempt that ended (failed or succeeded), oldest first.

    Redelivered copies of an event count once; a retry's delay is taken from the
    action that scheduled it.
    """
    delays = {a.attempt: a.delay_s for a in actions if a.action in ("retry_scheduled", "waiting_for_resources")}
    action_categories = {a.attempt: a.category for a in actions if a.category}
    by_attempt: dict[int, TaskRunEvent] = {}
    for event in events:
        if event.status in _FAILURE_STATUSES or event.status is TaskRunStatus.SUCCESS:
            by_attempt.setdefault(event.attempt, event)
    records = []
    for attempt in sorted(by_attempt):
        event = by_attempt[attempt]
        category = (categories or {}).get(attempt) or action_categories.get(attempt)
        records.append(
            AttemptRecord(
                attempt=attempt,
                run_id=event.run_id,
                status=event.status.value,
                occurred_at=event.occurred_at,
                error_type=event.error_type,
                error_message=event.error_message,
                category=category,
                delay_s=delays.get(attempt),
            )
        )
    return records


def dead_letter_values(
    decision: SendToDeadLetter,
    *,
    failed: TaskRunEvent,
    category: str | Category,
    command: RunCommand | None,
    history: Iterable[TaskRunEvent] = (),
    actions: Iterable[RecoveryActionEvent] = (),
    severity: str | None = None,
    rule_id: str | None = None,
    fingerprint: str | None = None,
    dlq_id: str | None = None,
    earlier: Sequence[AttemptRecord] = (),
) -> dict[str, Any]:
    """Return the fields of the dead letter of a run given up by ``decision``.

    The values are those the dead letter's validation keeps: the recovery agent encodes them
    directly (:func:`~errorflow.schemas.codec.encode_values`); :func:`build_dead_letter`
    validates them.

    Args:
        decision: the decision that gave up.
        failed: the last failed attempt's event.
        category: its category.
        command: the last attempt's command (None for direct decorator calls).
        history: the run's earlier events, in any order; ``failed`` is added when missing.
        actions: the run's earlier recovery actions (for the delays in the history).
        severity: the classifier's severity.
        rule_id: the classifier rule that matched.
        fingerprint: the error fingerprint (groups equal errors).
        dlq_id: the dead letter's id (a fresh UUIDv7 when not given; the recovery agent derives it).
        earlier: attempts known only as records (the errors a retry command carried along), put
            before the history's; the earliest of them counts for ``first_failed_at``.
    """
    events = [*history, failed]
    attempts = attempt_history(events, actions=actions, categories={failed.attempt: Category.parse(category).value})
    failure_times = [
        event.occurred_at.astimezone(timezone.utc) for event in events if event.status in _FAILURE_STATUSES
    ]
    first_failed_at = as_utc(min(failure_times, default=failed.occurred_at))
    if earlier:
        first_failed_at = min([record.occurred_at for record in earlier] + [first_failed_at])
    return {
        "dlq_id": new_id() if dlq_id is None else dlq_id,
        "run_id": failed.run_id,
        "root_run_id": failed.root_run_id,
        "attempt": failed.attempt,
        "operation": failed.operation,
        "service": failed.service,
        "dependency": failed.dependency,
        "replayed_from": failed.replayed_from,
        "command": command,
        "input_dump": dict(failed.input_dump),
        "reason": decision.reason,
        "detail": decision.detail,
        "error_type": failed.error_type,
        "error_message": failed.error_message,
        "error_traceback": failed.error_traceback,
        "error_context": failed.error_context,
        "category": Category.parse(category).value,
        "severity": severity,
        "rule_id": rule_id,
        "fingerprint": fingerprint,
        "attempts": [*earlier, *attempts],
        "first_failed_at": first_failed_at,
        "dead_lettered_at": as_utc(decision.decided_at),
    }


action_event = model_builder(
    RecoveryActionEvent,
    action_values,
    name="action_event",
    doc="Return the action event that logs ``decision`` about ``failed``: :func:`action_values`, validated.",
)
build_dead_letter = model_builder(
    DeadLetter,
    dead_letter_values,
    name="build_dead_letter",
    doc="Return the dead letter of a run given up by ``decision``: :func:`dead_letter_values`, validated.",
)
