"""The recovery decision: what to do with one failed attempt, as a pure function.

:func:`decide` turns a failed :class:`~errorflow.schemas.TaskRunEvent`, its
category and its policy into exactly one :data:`Decision`:

- :class:`RetrySchedule`: run attempt ``n + 1`` after ``delay_s`` (``retry_scheduled``,
  or ``waiting_for_resources`` for the resource category);
- :class:`FailFast`: stop; the run ends ``failed`` and the caller is told why;
- :class:`SendToDeadLetter`: stop; the run ends ``dead_lettered`` and an operator can replay it.

The checks run in this order, first match wins:

1. no retry is possible (``retryable=False`` from the classifier, ``always_dead_letter``,
   ``never_retry``, or ``max_attempts`` reached): give up, ending per ``on_exhausted``
   (``always_dead_letter`` always dead-letters);
2. the run is past its deadline, or the next attempt would start past it: dead-letter
   with reason ``deadline_exceeded`` (action ``gave_up_deadline``);
3. otherwise retry after :func:`~errorflow.recovery.backoff.delay_for`.

Lineage (see ``docs/recovery.md``): a retry keeps ``root_run_id`` and gets a new
``run_id`` and ``attempt + 1``; a replay is a new logical run (new ``run_id`` equal to
its ``root_run_id``, ``attempt`` 1) whose ``replayed_from`` is the replayed run's root.
``idempotency_key`` is ``root_run_id:attempt`` throughout.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, Literal

from errorflow.classify.bulk import BULK_ITEMS_FIELD
from errorflow.recovery.backoff import delay_for
from errorflow.recovery.policy import Category, RetryPolicy
from errorflow.schemas.codec import model_builder
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import Actor, TaskRunEvent, as_utc
from errorflow.schemas.ids import id_time_ms, new_id
from errorflow.schemas.recovery import DeadLetterReason

__all__ = [
    "Decision",
    "FailFast",
    "GiveUpReason",
    "RetrySchedule",
    "SendToDeadLetter",
    "build_replay_command",
    "bulk_items_path",
    "bulk_retry_input",
    "build_retry_command",
    "command_from_event",
    "retry_command_values",
    "decide",
    "decision_rng",
    "previous_delay_from",
    "run_started_at_from",
]

GiveUpReason = DeadLetterReason
"""Why a run stops: ``validation``, ``permanent``, ``not_retryable``, ``policy``, ``retries_exhausted``..."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RetrySchedule:
    """Retry the run: attempt ``attempt`` may start at ``due_at``."""

    attempt: int
    """Number of the attempt to run (the failed one plus one)."""
    delay_s: float
    """Delay after the decision, jitter included."""
    due_at: datetime
    """``decided_at + delay_s``: when the retry scheduler releases the command."""
    decided_at: datetime
    action: Literal["retry_scheduled", "waiting_for_resources"]
    """``waiting_for_resources`` for the resource category, ``retry_scheduled`` otherwise."""
    reason: str
    """``backoff`` or ``waiting_for_resources``."""
    detail: str
    deadline_at: datetime | None = None
    """The run's effective deadline (the command's or the policy's ``deadline_s``, the earlier), carried to the
    retry's command so the runner sees it too (an open breaker does not defer an attempt past it)."""
    terminal: ClassVar[bool] = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FailFast:
    """Stop without a dead letter: the run ends ``failed`` and the caller is told ``detail``."""

    reason: GiveUpReason
    detail: str
    decided_at: datetime
    action: ClassVar[Literal["failed_fast"]] = "failed_fast"
    terminal: ClassVar[bool] = True


@dataclass(frozen=True, slots=True, kw_only=True)
class SendToDeadLetter:
    """Stop and dead-letter the run, for an operator to inspect and replay."""

    reason: GiveUpReason
    detail: str
    decided_at: datetime

    terminal: ClassVar[bool] = True

    @property
    def action(self) -> Literal["dead_lettered", "gave_up_deadline"]:
        """``gave_up_deadline`` for a deadline, ``dead_lettered`` otherwise; both end the run dead-lettered."""
        return "gave_up_deadline" if self.reason == "deadline_exceeded" else "dead_lettered"


Decision = RetrySchedule | FailFast | SendToDeadLetter
"""Exactly one of these answers every failed attempt."""


def run_started_at_from(failed: TaskRunEvent) -> datetime:
    """Return when the logical run started, when nobody recorded it.

    The first attempt's time if this is it; else the time in ``root_run_id`` when it is
    a UUIDv7 (errorflow's ids are); else this attempt's time, which makes a deadline
    lenient rather than wrong.
    """
    if failed.attempt == 1:
        return as_utc(failed.occurred_at)
    try:
        parsed = uuid.UUID(failed.root_run_id)
    except ValueError:
        return as_utc(failed.occurred_at)
    if parsed.version != 7:
        return as_utc(failed.occurred_at)
    return datetime.fromtimestamp(id_time_ms(failed.root_run_id) / 1000, tz=timezone.utc)


def decision_rng(failed: TaskRunEvent) -> random.Random:
    """Return a random source seeded by the failed event, so a redelivered event gets the same jitter.

    With ``now`` also stable across redeliveries (the record's timestamp, or
    ``failed.occurred_at``), :func:`decide` returns the same decision for the same event,
    which keeps an at-least-once recovery agent from scheduling two different retries.
    """
    return random.Random(failed.event_id)


def _category_reason(category: Category, fallback: GiveUpReason) -> GiveUpReason:
    if category is Category.VALIDATION:
        return "validation"
    if category is Category.PERMANENT:
        return "permanent"
    return fallback


def _give_up(policy: RetryPolicy, reason: GiveUpReason, detail: str, now: datetime) -> FailFast | SendToDeadLetter:
    if policy.always_dead_letter or policy.on_exhausted == "dead_letter":
        return SendToDeadLetter(reason=reason, detail=detail, decided_at=now)
    return FailFast(reason=reason, detail=detail, decided_at=now)


def _no_retry(
    *, failed: TaskRunEvent, category: Category, policy: RetryPolicy, now: datetime, retryable: bool
) -> FailFast | SendToDeadLetter | None:
    """Return how the run stops when no retry is possible, None when one is."""
    error = failed.error_type or "error"
    if not retryable:
        reason = _category_reason(category, "not_retryable")
        return _give_up(policy, reason, f"{error} is not retryable ({category.value}): {failed.error_message}", now)
    if policy.always_dead_letter:
        reason = _category_reason(category, "policy")
        return _give_up(policy, reason, f"{category.value} failures are dead-lettered without retry", now)
    if policy.never_retry or policy.max_attempts == 1:
        reason = _category_reason(category, "policy")
        return _give_up(policy, reason, f"{category.value} failures are not retried: {failed.error_message}", now)
    if failed.attempt >= policy.max_attempts:
        detail = f"gave up after {failed.attempt} attempts (max_attempts={policy.max_attempts}); last error {error}"
        return _give_up(policy, "retries_exhausted", detail, now)
    return None


def _deadline(
    *,
    failed: TaskRunEvent,
    policy: RetryPolicy,
    run_started_at: datetime | None,
    deadline_at: datetime | None,
) -> datetime | None:
    """Return the earlier of the command's deadline and the policy's, None when neither is set."""
    deadlines: list[datetime] = []
    if deadline_at is not None:
        deadlines.append(as_utc(deadline_at))
    if policy.deadline_s is not None:
        started = as_utc(run_started_at) if run_started_at is not None else run_started_at_from(failed)
        deadlines.append(started + timedelta(seconds=policy.deadline_s))
    return min(deadlines) if deadlines else None


def decide(
    *,
    failed: TaskRunEvent,
    category: str | Category,
    policy: RetryPolicy,
    now: datetime,
    rng: random.Random | Callable[[], random.Random],
    run_started_at: datetime | None = None,
    deadline_at: datetime | None = None,
    previous_delay_s: float | None = None,
    retryable: bool = True,
) -> Decision:
    """Decide what happens after one failed attempt.

    Args:
        failed: the ``failed`` (or ``timed_out``) event of the attempt.
        category: the classifier's category; unknown strings count as ``unknown``.
        policy: the policy of that category for that operation (``PolicySet.policy_for``).
        now: the decision time; delays and the deadline are measured against it.
        rng: the random source of the jitter, or a function returning it: called only when a delay is
            drawn, so a decision that gives up never pays for seeding one (:func:`decision_rng` hashes the event id).
        run_started_at: when the run's first attempt started (see :func:`run_started_at_from`).
        deadline_at: an absolute deadline from the command; the earlier of it and
            ``run_started_at + policy.deadline_s`` applies.
        previous_delay_s: the delay before the failed attempt (decorrelated jitter);
            :func:`previous_delay_from` reads it from the failed attempt's command.
        retryable: the classifier's verdict; False gives up whatever the policy allows.
    """
    now = as_utc(now)
    parsed = Category.parse(category)
    attempt = failed.attempt
    stop = _no_retry(failed=failed, category=parsed, policy=policy, now=now, retryable=retryable)
    if stop is not None:
        return stop
    deadline = _deadline(failed=failed, policy=policy, run_started_at=run_started_at, deadline_at=deadline_at)
    if deadline is not None and now >= deadline:
        return SendToDeadLetter(
            reason="deadline_exceeded",
            detail=f"run is past its deadline {deadline.isoformat()} after {attempt} attempt(s)",
            decided_at=now,
        )

    source = rng if isinstance(rng, random.Random) else rng()
    delay_s = delay_for(policy, attempt, rng=source, previous_delay_s=previous_delay_s)
    due_at = now + timedelta(seconds=delay_s)
    if deadline is not None and due_at > deadline:
        return SendToDeadLetter(
            reason="deadline_exceeded",
            detail=(
                f"attempt {attempt + 1} would start at {due_at.isoformat()}, "
                f"past the run's deadline {deadline.isoformat()}"
            ),
            decided_at=now,
        )
    if parsed is Category.RESOURCE:
        return RetrySchedule(
            attempt=attempt + 1,
            delay_s=delay_s,
            due_at=due_at,
            decided_at=now,
            action="waiting_for_resources",
            reason="waiting_for_resources",
            deadline_at=deadline,
            detail=f"waiting {delay_s:.1f}s for capacity before attempt {attempt + 1}/{policy.max_attempts}",
        )
    return RetrySchedule(
        attempt=attempt + 1,
        delay_s=delay_s,
        due_at=due_at,
        decided_at=now,
        action="retry_scheduled",
        reason="backoff",
        deadline_at=deadline,
        detail=f"retrying in {delay_s:.3f}s: attempt {attempt + 1}/{policy.max_attempts} ({policy.jitter} jitter)",
    )


def previous_delay_from(command: RunCommand) -> float | None:
    """Return the delay that preceded a retry command's attempt, or None for other commands.

    :func:`build_retry_command` sets ``issued_at`` to the decision time and
    ``not_before`` to the due time, so their difference is the delay.
    """
    if command.reason != "retry" or command.not_before is None:
        return None
    return max(0.0, (as_utc(command.not_before) - as_utc(command.issued_at)).total_seconds())


def bulk_items_path(payload: Mapping[str, Any], *, field: str = BULK_ITEMS_FIELD) -> tuple[str, ...] | None:
    """Where a bulk run's input holds its items: the list ``ItemError.index`` points into, None when unclear.

    The input's ``items`` list; else its only list field; else the same rules inside its
    only field when that is an object (an operation whose input model wraps the list,
    such as ``{"data": {"job_ids": [...]}}``). Anything else is ambiguous: no path.
    """
    if isinstance(payload.get(field), list):
        return (field,)
    lists = [key for key, value in payload.items() if isinstance(value, list)]
    if len(lists) == 1:
        return (lists[0],)
    if not lists and len(payload) == 1:
        [(key, value)] = payload.items()
        if isinstance(value, Mapping):
            inner = bulk_items_path(value, field=field)
            return None if inner is None else (key, *inner)
    return None


def bulk_retry_input(
    original: Mapping[str, Any], indexes: Sequence[int], *, field: str = BULK_ITEMS_FIELD
) -> dict[str, Any] | None:
    """Return a bulk run's input reduced to the items at ``indexes``, None when it cannot be (retry it whole).

    The retry of a bulk run carries only its failed retriable items, so items that
    succeeded are never run twice; ``ItemError.index`` of the retry's own failures
    then points into this reduced list. The list is found by :func:`bulk_items_path`;
    None when there is none, or when an index falls outside it: the indexes do not
    point into this list (a service reporting its own item ids), so which items failed
    is not known. Ignored, they gave a retry of fewer items, or of none, whose success
    ended the run with its failed items never run again.
    """
    path = bulk_items_path(original, field=field)
    if path is None:
        return None
    items: Any = original
    for name in path:
        items = items[name]
    if any(not 0 <= index < len(items) for index in indexes):
        return None
    return _with_subset(original, path, indexes)


def _with_subset(payload: Mapping[str, Any], path: tuple[str, ...], indexes: Sequence[int]) -> dict[str, Any]:
    head, *rest = path
    value = payload[head]
    if rest:
        return {**payload, head: _with_subset(value, tuple(rest), indexes)}
    return {**payload, head: [value[i] for i in indexes]}


def retry_command_values(
    original: RunCommand,
    decision: RetrySchedule,
    failed: TaskRunEvent,
    category: str | Category,
    *,
    input_override: dict[str, Any] | None = None,
    run_id: str | None = None,
    command_id: str | None = None,
) -> dict[str, Any]:
    """Return the fields of the next attempt's command: same root, same input, the failure appended.

    ``input_override`` replaces the input (a bulk run's retry carries only its failed
    retriable items, see :func:`bulk_retry_input`). ``run_id`` and ``command_id`` are the
    new attempt's ids (fresh UUIDv7s when not given; the recovery agent derives them from the
    failed event, so a redelivered failure schedules the very same command). The values are
    those the command's validation keeps: the recovery agent encodes them directly
    (:func:`~errorflow.schemas.codec.encode_values`); :func:`build_retry_command` validates them.

    Raises:
        ValueError: ``failed`` is not an attempt of ``original``'s run, or the decision is
            not for the attempt after it.
    """
    if failed.root_run_id != original.root_run_id or failed.attempt != original.attempt:
        raise ValueError(
            f"event {failed.root_run_id}:{failed.attempt} is not the attempt of command {original.idempotency_key}"
        )
    if decision.attempt != original.attempt + 1:
        raise ValueError(f"decision schedules attempt {decision.attempt}, expected {original.attempt + 1}")
    prior = {
        "attempt": failed.attempt,
        "run_id": failed.run_id,
        "error_type": failed.error_type,
        "error_message": failed.error_message,
        "category": Category.parse(category).value,
        "occurred_at": as_utc(failed.occurred_at),
        "delay_s": float(decision.delay_s),
    }
    return {
        "command_id": new_id() if command_id is None else command_id,
        "reason": "retry",
        "run_id": new_id() if run_id is None else run_id,
        "root_run_id": original.root_run_id,
        "attempt": decision.attempt,
        "operation": original.operation,
        "input": original.input if input_override is None else input_override,
        "replayed_from": original.replayed_from,
        "previous_errors": [*original.previous_errors, prior],
        "actor": original.actor,
        "channel": original.channel,
        "deadline_at": _earlier(original.deadline_at, decision.deadline_at),
        "not_before": decision.due_at,
        "issued_at": decision.decided_at,
        "breaker_deferrals": 0,
        "compensations": [],
    }


def _earlier(first: datetime | None, second: datetime | None) -> datetime | None:
    """The earlier of two optional deadlines, None when neither is set."""
    if first is None or second is None:
        return second if first is None else first
    return min(as_utc(first), as_utc(second))


build_retry_command = model_builder(
    RunCommand,
    retry_command_values,
    name="build_retry_command",
    doc="Return the command of the next attempt: :func:`retry_command_values`, validated.",
)


def command_from_event(event: TaskRunEvent, *, channel: str | None = None, command_id: str | None = None) -> RunCommand:
    """Rebuild the command of an attempt that ran without one (a direct ``@operation`` call).

    Its input is the event's ``input_dump``, which the service redacted: a replay of it
    sends the redacted values, so the CLI warns before replaying such a run. ``channel``
    is the command's channel (the event's when None; recovery runs a direct call's retry
    on a ``worker``). ``command_id`` is a fresh id when None; recovery derives it from the
    event, so a redelivered failure gives a byte-identical dead letter.
    """
    return RunCommand(
        **({} if command_id is None else {"command_id": command_id}),
        reason="submit",
        run_id=event.run_id,
        root_run_id=event.root_run_id,
        attempt=event.attempt,
        operation=event.operation,
        input=dict(event.input_dump),
        replayed_from=event.replayed_from,
        actor=event.actor,
        channel=event.channel if channel is None else channel,
        issued_at=as_utc(event.occurred_at),
    )


def build_replay_command(
    source: RunCommand,
    *,
    now: datetime,
    actor: Actor | None = None,
    deadline_at: datetime | None = None,
    input_override: dict[str, Any] | None = None,
) -> RunCommand:
    """Return the command of an operator's replay: a new logical run linked to ``source``.

    The replay gets a new ``run_id`` that is also its ``root_run_id`` (so its attempts,
    retries and dead letter are its own), ``attempt`` 1, no previous errors, and
    ``replayed_from`` = the source's ``root_run_id``. Replaying a replay chains the links.
    A ``compensate`` command (a failed compensation's dead letter) replays as a ``compensate``
    command: the same steps and the run's error, so the replay runs the compensations again.
    """
    compensating = source.reason == "compensate"
    return RunCommand(
        reason="compensate" if compensating else "replay",
        run_id=new_id(),
        attempt=1,
        operation=source.operation,
        input=dict(source.input if input_override is None else input_override),
        replayed_from=source.root_run_id,
        previous_errors=list(source.previous_errors) if compensating else [],
        actor=actor if actor is not None else source.actor,
        channel=source.channel,
        deadline_at=deadline_at,
        not_before=None,
        issued_at=as_utc(now),
        compensations=list(source.compensations) if compensating else [],
    )
