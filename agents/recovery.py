"""The recovery agent: one recovery decision per finished attempt, emitted as records.

It reads two inputs, both keyed by ``root_run_id``:

- ``taskruns.attempts``: the runner's :class:`~errorflow.schemas.AttemptOutcome` of every
  attempt it ran (the command with the original input, the final event, the
  operation's retry policy);
- ``taskruns.events``: ``failed`` events of direct ``@operation`` calls (channel
  ``direct``), which ran without a command. Their command is rebuilt from the
  event (:func:`~errorflow.recovery.command_from_event`); since the event's input
  was redacted, such a call is retried only when its input holds no redacted value,
  and its dead letter is replayable only with an operator's ``--input``.

:class:`RecoveryCore` is the pure part. For a failure it classifies the event with
the same classifier as the classifier agent, resolves the policy (the policies file
over the decorator's ``retry_policy``), calls :func:`~errorflow.recovery.decide`
with ``now = failed.occurred_at`` and the event's seeded random source, and returns
the records to produce: always a :class:`~errorflow.schemas.RecoveryActionEvent`,
plus a retry command (``taskruns.retry``) or a dead letter (``taskruns.dlq``, with
Spring and Kafka Connect headers; a permanent one also fires a ``dead_letter``
alert on ``alerts``). For a success after a retry it returns
``succeeded_after_retry``. When a replay run ends (success, fail-fast or dead
letter) it asks for the replayed dead letter's outcome to be written back
(``succeeded_after_replay`` / ``failed_after_replay`` on ``taskruns.dlq.state``).
Ids of everything it emits are derived from the event, so a redelivered record
produces byte-identical records, which the sink and the retry scheduler deduplicate.

:func:`run_recovery` is the thin adapter: ``getmany`` batches, produce, wait for
every acknowledgement, then commit; an input a record of which Kafka refuses for good
becomes one ``refused_by_kafka`` quarantine record instead (:mod:`errorflow.streams.derived`).
A retry already due within ``recovery.dispatch_lead_s`` when decided goes straight to
``taskruns.commands`` (:func:`straight_to_runner`).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import orjson
from pydantic import BaseModel

from errorflow.classify import Classification, Classifier
from errorflow.classify.bulk import is_bulk_failure, item_verdicts, retriable_items
from errorflow.classify.verdict import FAILURE_STATUSES, VerdictMemo, failure_verdict, is_failure
from errorflow.errors import ConfigurationError, MalformedEventError
from errorflow.healing.liveness import no_beat
from errorflow.pipeline_priority import YIELD_EVERY, DetectionPriority
from errorflow.recovery import (
    Category,
    PolicySet,
    RetryPolicy,
    RetrySchedule,
    SendToDeadLetter,
    command_from_event,
    decide,
    decision_rng,
    previous_delay_from,
    success_action,
)
from errorflow.recovery.compensation import compensation_command
from errorflow.recovery.planner import Decision, bulk_retry_input, retry_command_values
from errorflow.recovery.records import action_values, dead_letter_values
from errorflow.redacted import holds_redacted
from errorflow.schemas.alerts import Alert
from errorflow.schemas.attempts import AttemptOutcome, RecordPosition
from errorflow.schemas.classification import classification_id
from errorflow.schemas.codec import decode, encode, encode_values
from errorflow.schemas.commands import CompensationStep, RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, as_utc
from errorflow.schemas.ids import id_time_ms
from errorflow.schemas.labels import declared_retry_policy
from errorflow.schemas.prefilter import MayHoldString
from errorflow.schemas.quarantine import QuarantineRecord, quarantine_key
from errorflow.schemas.recovery import (
    AttemptRecord,
    DeadLetter,
    DeadLetterState,
    DeadLetterUpdate,
    RecoveryActionEvent,
    dead_letter_headers,
)
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

if TYPE_CHECKING:
    from errorflow.streams.derived import Origin, Record, Refused

__all__ = [
    "DIRECT_CHANNELS",
    "Handled",
    "HeldRecords",
    "Outgoing",
    "RecoveryCore",
    "RecoveryStats",
    "Writeback",
    "derived_id",
    "outcomes_first",
    "run_recovery",
    "store_dead_letter_lookup",
    "straight_to_runner",
]

logger = logging.getLogger(__name__)

DIRECT_CHANNELS = frozenset({"direct"})
"""Channels of events that ran without a runner command: the SDK marks direct calls ``direct``.

Events of other channels come from the runner (decided from its attempt outcomes) or from
services that publish the contract themselves; errorflow cannot run those again, so they
are classified and stored but not retried or dead-lettered here.
"""


_MAY_BE_FAILURE = MayHoldString(*sorted(FAILURE_STATUSES))
_MAY_BE_DIRECT = MayHoldString(*sorted(DIRECT_CHANNELS))
"""Exact pre-filters of the events topic (:mod:`errorflow.schemas.prefilter`): a record that fails either
cannot be a failure of a direct call, the only event this agent decides on, so it is not decoded."""

_MAX_POLICY_SETS = 1024
_MAX_TIMEOUTS_REMEMBERED = 100_000
"""Most ``timed_out`` events remembered to tell a second recorder's copy from a redelivery (oldest forgotten)."""
_MAX_SUCCESSES_REMEMBERED = 100_000
"""Most attempts remembered as succeeded, to pass by a watchdog's ``timed_out`` of one that comes after its success."""
_MAX_SAGAS_REMEMBERED = 20_000
"""Most runs whose saga steps are remembered between their decisions (:class:`_SagaRun`, oldest forgotten)."""


def derived_id(seed: str, at: datetime) -> str:
    """Return a UUIDv7 whose time is ``at`` and whose random bits come from ``seed``.

    The same seed and time give the same id, so a decision taken again on a
    redelivered record emits records with the same ids (which the sink and the
    scheduler deduplicate), while the ids still sort by time like :func:`new_id`'s.
    """
    digest = hashlib.sha256(seed.encode()).digest()
    ms = int(at.timestamp() * 1000) & 0xFFFF_FFFF_FFFF
    # 48 bits of time, version 7 over 12 bits of the digest, variant 0b10 over 62 more (bytes, not one big int).
    raw = ms.to_bytes(6, "big") + bytes((0x70 | (digest[0] & 0x0F), digest[1], 0x80 | (digest[2] & 0x3F)))
    text = (raw + digest[3:10]).hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record to produce: relative topic name, key, encoded value and headers."""

    topic: str
    key: bytes
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = ()
    built: BaseModel | None = None
    """The record before encoding, when it was built as a model."""
    contract: type[BaseModel] | None = None
    """The record's model, when it was encoded from plain values (see :attr:`model`)."""

    @property
    def model(self) -> BaseModel | None:
        """The record as its model (for tests and the saga's retry); decoded from the value when encoded from values."""
        if self.built is None and self.contract is not None:
            return decode(self.value, self.contract)
        return self.built


@dataclass(frozen=True, slots=True)
class Writeback:
    """A replay run ended: its outcome must be written back to the dead letter it replayed."""

    replayed_from: str
    """Root run id of the replayed (dead-lettered) run."""
    state: DeadLetterState
    """``succeeded_after_replay`` or ``failed_after_replay``."""
    replay_run_id: str
    """Root run id of the replay."""
    at: datetime
    """When the replay ended (the version's ``updated_at``)."""
    detail: str
    compensation: bool = False
    """The replay was of a failed compensation's dead letter (a ``compensate`` command), not of the run's own."""


@dataclass(frozen=True, slots=True)
class Handled:
    """What one record led to."""

    records: list[Outgoing] = field(default_factory=list)
    decision: Decision | None = None
    """The decision about a failure; None for successes and ignored records."""
    category: str | None = None
    writeback: Writeback | None = None
    holds: str | None = None
    """A root run id whose saga memory this record feeds and no record produced carries yet (a timed-out
    attempt retried: a woken runner may report its steps late): keep the record uncommitted, so that a
    restarted agent reads it again, until the run's next attempt is decided (:class:`HeldRecords`)."""
    settles: str | None = None
    """A root run id whose held records this one's records now carry (its next attempt was decided)."""


@dataclass(slots=True)
class _SagaRun:
    """What the agent knows of one run's saga between its decisions (this process's memory).

    A woken runner's ``timed_out`` copy of an attempt that was retried names steps the retry's command
    cannot carry any more (it was built from the watchdog's copy, and a second retry of the same attempt
    is deduplicated). They are owed to the run: the outcome of any later attempt takes them in.
    """

    owed: dict[int, tuple[CompensationStep, ...]] = field(default_factory=dict)
    """Per retried attempt, the steps the attempts after it must carry (its outcome's, late ones included)."""
    attempt: int = 0
    """The latest attempt decided."""
    ended: Literal["retried", "succeeded", "failed"] | None = None
    """How the latest attempt was decided: ``retried``, ``succeeded`` or ``failed`` (for good)."""
    last: AttemptOutcome | None = None
    """The outcome of the attempt that failed for good, with every step it had (a late step's command is its)."""
    category: str | None = None
    """That attempt's category."""
    held: int | None = None
    """The timed-out attempt whose records are kept uncommitted (:attr:`Handled.holds`) until a later one is decided."""
    timed_out: bool = False
    """An attempt of the run timed out: only then can a late copy come, so only then are :attr:`owed` and
    :attr:`last` kept (they hold whole outcomes: 1.4 MB of memory per run of a 1,000-item bulk saga)."""

    def carried(self, attempt: int, steps: Iterable[CompensationStep]) -> list[CompensationStep]:
        """``steps`` of an attempt's outcome with the steps owed by the attempts before it, in registration order."""
        owed = [self.owed[earlier] for earlier in sorted(self.owed) if earlier < attempt]
        return _merged(*owed, steps)


def _merged(*lists: Iterable[CompensationStep]) -> list[CompensationStep]:
    """The steps of ``lists``, each once, in registration order.

    The lists are the steps of successive attempts' outcomes: each holds the steps its command carried (a
    prefix of what the earlier outcomes held) and then its attempt's own, so the first list's steps come first,
    and each later list adds its steps not seen yet after them.
    """
    seen: dict[str, CompensationStep] = {}
    for steps in lists:
        for step in steps:
            seen.setdefault(step.key, step)
    return list(seen.values())


def _deep_merge(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def prior_attempts(command: RunCommand) -> list[AttemptRecord]:
    """Return the attempts before ``command``'s, from the errors the retries carried along."""
    records = []
    for prior in command.previous_errors:
        at = prior.occurred_at
        if at is None:  # an older producer: the next attempt's id holds about the same time
            try:
                at = datetime.fromtimestamp(id_time_ms(prior.run_id) / 1000, tz=timezone.utc)
            except ValueError:
                at = command.issued_at
        records.append(
            AttemptRecord(
                attempt=prior.attempt,
                run_id=prior.run_id,
                status=TaskRunStatus.FAILED.value,
                occurred_at=at,
                error_type=prior.error_type,
                error_message=prior.error_message,
                category=prior.category,
                delay_s=prior.delay_s,
            )
        )
    return records


class RecoveryCore:
    """The pure recovery agent: classify, pick the policy, decide, build the records.

    Args:
        classifier: the classifier agent's classifier (same rules, same answers).
        policies: the policy set from settings (policies file over the defaults).
        dlq_header_max_bytes: cap of the message and stack trace headers of a dead letter.
        verdicts: the process's verdict memo, shared with the classifier agent (each failure classified once).
    """

    def __init__(
        self,
        *,
        classifier: Classifier,
        policies: PolicySet,
        dlq_header_max_bytes: int = 16_384,
        verdicts: VerdictMemo | None = None,
    ) -> None:
        self.classifier = classifier
        self.verdicts = verdicts
        self.policies = policies
        self.dlq_header_max_bytes = dlq_header_max_bytes
        self._sets: dict[tuple[str, bytes], PolicySet] = {}
        self._succeeded: dict[tuple[str, int], None] = {}
        """Attempts (root run id, attempt) whose success was handled, oldest forgotten (:meth:`succeeded_before`)."""
        self._timeouts: dict[str, datetime] = {}
        """Time of the first copy of each ``timed_out`` event decided on (:meth:`another_copy`)."""
        self._sagas: dict[str, _SagaRun] = {}
        """Runs with saga steps (or a timed-out attempt), by root run id: the steps owed to their next attempt."""

    @classmethod
    def from_settings(
        cls, settings: Settings, *, classifier: Classifier | None = None, verdicts: VerdictMemo | None = None
    ) -> RecoveryCore:
        """Build the core from settings (reads the policies file; a bad one fails here, at start-up)."""
        recovery = settings.recovery
        if recovery.policies_file is not None:
            policies = PolicySet.from_toml(recovery.policies_file, resource_wait_s=recovery.resource_wait_s)
        else:
            policies = PolicySet.from_mapping({}, resource_wait_s=recovery.resource_wait_s)
        # A verdict less confident than the floor is recovered as unknown (retried once, then dead-lettered).
        policies = replace(policies, min_confidence=recovery.min_confidence)
        return cls(
            classifier=classifier or Classifier.from_settings(rules_file=settings.rules_file),
            policies=policies,
            dlq_header_max_bytes=recovery.dlq_header_max_bytes,
            verdicts=verdicts,
        )

    # -- policy ------------------------------------------------------------------------------
    def policy_for(self, category: Category, operation: str, overrides: Mapping[str, Any] | None) -> RetryPolicy:
        """Return the policy of a category for an operation, with its decorator's overrides.

        The policies file's ``[operations.<name>]`` table wins over the decorator (operators
        can correct what a service declared). Overrides that do not validate are logged
        and ignored: a bad decorator argument must not stop recovery of other runs.
        """
        if not overrides:
            return self.policies.policy_for(category, operation)
        token = orjson.dumps(overrides, option=orjson.OPT_SORT_KEYS, default=str)
        found = self._sets.get((operation, token))
        if found is None:
            merged = _deep_merge(overrides, self.policies.operations.get(operation, {}))
            try:
                found = self.policies.with_operation(operation, merged)
            except ConfigurationError as exc:
                logger.error("ignoring invalid retry_policy of operation %r: %s", operation, exc)
                found = self.policies
            if len(self._sets) >= _MAX_POLICY_SETS:
                self._sets.clear()
            self._sets[operation, token] = found
        return found.policy_for(category, operation)

    def classify(self, failed: TaskRunEvent) -> Classification:
        """Return the one verdict on a failed or timed-out event: the one the classifier agent stores for it."""
        if self.verdicts is not None:
            return self.verdicts.verdict(failed, self.classifier)
        return failure_verdict(failed, self.classifier)

    # -- inputs ------------------------------------------------------------------------------
    def handle_outcome(self, outcome: AttemptOutcome, *, source: RecordPosition) -> Handled:
        """Handle one attempt outcome from the runner; ``source`` is where it was read from.

        The dead letter's original-record headers name the command the runner read
        (``outcome.source``) when the runner reported it, else the outcome record.
        """
        if outcome.command.reason != "compensate" and self.succeeded_before(outcome.event):
            return Handled()  # a watchdog's timed_out of an attempt that succeeded: the run succeeded
        return _after_command(outcome.command, self._handle_outcome(outcome, source=source))

    def _handle_outcome(self, outcome: AttemptOutcome, *, source: RecordPosition) -> Handled:
        event = outcome.event
        if outcome.command.reason == "compensate":
            return self._compensation_replayed(event)
        # Remembered even when it carries steps to undo (decided whatever came before it, so they are never
        # dropped): the other recorder's copy after it is then skipped, not decided a second time.
        first = self._timeouts.get(event.event_id) if event.status is TaskRunStatus.TIMED_OUT else None
        late = self.another_copy(event)
        if late:
            if not outcome.compensations:
                return Handled()
            # Decided again for its steps, at the first copy's time: the same decision with the same ids (one
            # dead letter, one action), not a second terminal outcome of the run.
            if first is not None:  # always: another copy is one whose id was remembered
                event = event.model_copy(update={"occurred_at": first})
                outcome = outcome.model_copy(update={"event": event})
        if not outcome.compensations and outcome.command.compensations:
            # An outcome that names no steps (the watchdog's, of a killed attempt) still has the steps the
            # command carried from earlier attempts: dropped, their work would never be undone.
            outcome = outcome.model_copy(update={"compensations": list(outcome.command.compensations)})
        saga = self._saga_run(outcome)
        if is_failure(event):
            if saga is not None:
                if late and event.attempt < saga.attempt and outcome.compensate_on != "every_failure":
                    return self._reported_late(saga, outcome)
                steps = saga.carried(event.attempt, outcome.compensations)
                if len(steps) != len(outcome.compensations):  # steps a woken runner reported late: owed to this one
                    outcome = outcome.model_copy(update={"compensations": steps})
            handled = self._failure(
                event,
                outcome.command,
                # The watchdog's outcome of a stuck attempt cannot know the decorator's policy: its event's label does.
                overrides=outcome.retry_policy
                if outcome.retry_policy is not None
                else declared_retry_policy(event.labels),
                original=outcome.source or source,
                keep_command=True,
            )
            handled = self._saga(outcome, handled) if outcome.compensations else handled
            return handled if saga is None else _note(saga, outcome, handled)
        if event.status is TaskRunStatus.SUCCESS:
            return self._success(event) if saga is None else _succeeded(saga, event, self._success(event))
        return Handled()

    def _saga_run(self, outcome: AttemptOutcome) -> _SagaRun | None:
        """The run's saga memory; made for a run with steps, a saga operation or a timed-out attempt, else None.

        A timed-out attempt is remembered even without steps: a runner woken from a freeze may report the
        steps it registered after the run has moved on.
        """
        root = outcome.event.root_run_id
        saga = self._sagas.get(root)
        if saga is None and (
            outcome.compensations
            or outcome.compensate_on is not None
            or outcome.event.status is TaskRunStatus.TIMED_OUT
        ):
            saga = self._sagas[root] = _SagaRun()
            if len(self._sagas) > _MAX_SAGAS_REMEMBERED:
                self._forget_oldest_saga()
        return saga

    def _forget_oldest_saga(self) -> None:
        """Forget the oldest run remembered, passing over (a few) runs whose records are held.

        A held run forgotten would never settle: its partition's offset would stay held until
        :class:`HeldRecords` releases it among the oldest, and a restart would read all since again.
        """
        for root in list(itertools.islice(self._sagas, 16)):
            if self._sagas[root].held is None:
                del self._sagas[root]
                return
        del self._sagas[next(iter(self._sagas))]

    def _reported_late(self, saga: _SagaRun, outcome: AttemptOutcome) -> Handled:
        """A woken runner's copy of an attempt the run has moved past: its steps join the run's saga.

        Its decision was taken (and logged) on the first copy, and a later attempt was decided since. The
        steps are owed to the attempt after the latest; when the run failed for good already, they are undone
        now, by a ``compensate`` command of the last attempt naming all the run's steps (the runner runs only
        those no earlier command settled: these); when it succeeded, they are dropped like every step.
        """
        failed = outcome.event
        saga.owed[failed.attempt] = tuple(_merged(saga.owed.get(failed.attempt, ()), outcome.compensations))
        last = saga.last
        if saga.ended == "retried":  # owed to the next attempt: read again after a restart until it is decided
            saga.held = failed.attempt if saga.held is None else min(saga.held, failed.attempt)
            return Handled(holds=failed.root_run_id)
        if saga.ended != "failed" or last is None:
            return Handled()
        decided_at = as_utc(last.event.occurred_at)
        command = compensation_command(
            last.command,
            last.event,
            saga.carried(last.event.attempt, last.compensations),
            category=saga.category or Category.UNKNOWN.value,
            decided_at=decided_at,
            command_id=derived_id(f"{failed.event_id}:compensate:late:{last.event.event_id}", decided_at),
        )
        return Handled(records=[_out(Topics.COMMANDS.name, command)])

    def handle_event(self, event: TaskRunEvent, *, source: RecordPosition) -> Handled:
        """Handle one event from the events topic: only failures of direct calls need a decision."""
        if not is_failure(event) or event.channel not in DIRECT_CHANNELS or self.another_copy(event):
            return Handled()
        # The id derives from the event: a redelivered failure dead-letters byte for byte the same.
        command_id = derived_id(f"{event.event_id}:command", event.occurred_at)
        command = command_from_event(event, channel="worker", command_id=command_id)
        overrides = declared_retry_policy(event.labels)
        return self._failure(event, command, overrides=overrides, original=source, keep_command=False)

    def succeeded_before(self, event: TaskRunEvent) -> bool:
        """Whether ``event`` is a ``timed_out`` of an attempt whose success was handled already; remembers successes.

        The watchdog may time out an attempt that was slow, not dead, and its success (which happened first)
        may reach this agent before the watchdog's ``timed_out``. The run succeeded: no retry is decided on the
        timeout (the sink still stores it), so none is sent, and no record is held for a retry that will never
        come. The memory is this process's and bounded: a ``timed_out`` that comes after a restart, or after
        the success was forgotten, is decided, and the runner does not run its retry
        (``errorflow.runner.worker.retry_verdict``).
        """
        key = (event.root_run_id, event.attempt)
        if event.status is TaskRunStatus.SUCCESS:
            self._succeeded[key] = None
            if len(self._succeeded) > _MAX_SUCCESSES_REMEMBERED:
                del self._succeeded[next(iter(self._succeeded))]
            return False
        if event.status is TaskRunStatus.TIMED_OUT and key in self._succeeded:
            logger.info(
                "attempt %s succeeded before the watchdog timed it out: no recovery decision on the timeout", key
            )
            return True
        return False

    def another_copy(self, event: TaskRunEvent) -> bool:
        """Whether ``event`` is a second recorder's ``timed_out`` of an attempt already decided on.

        An attempt's ``timed_out`` has one id whoever records it (the watchdog, and the runner
        or the SDK of a process that woke from a freeze past its heartbeat timeout), but each
        copy has its own time and message, so deciding on both would take two decisions (two
        ``retry_scheduled`` actions) where the design promises one. The first copy decides;
        another with the same id and another time is skipped. A redelivered copy (same time)
        is decided again, byte for byte the same, as every redelivered record is. The memory
        is this process's: a copy that comes after a restart of the agent is decided again
        (its retry has the same idempotency key, which the scheduler and the runner deduplicate).
        """
        if event.status is not TaskRunStatus.TIMED_OUT:
            return False
        first = self._timeouts.get(event.event_id)
        if first is None:
            self._timeouts[event.event_id] = event.occurred_at
            if len(self._timeouts) > _MAX_TIMEOUTS_REMEMBERED:
                del self._timeouts[next(iter(self._timeouts))]
            return False
        return first != event.occurred_at

    # -- decisions ---------------------------------------------------------------------------
    def _failure(
        self,
        failed: TaskRunEvent,
        command: RunCommand,
        *,
        overrides: Mapping[str, Any] | None,
        original: RecordPosition,
        keep_command: bool,
    ) -> Handled:
        verdict = self.classify(failed)
        # Below the policies' confidence floor the verdict is acted on as unknown, and unknown is retried once.
        category = self.policies.category_for(verdict.category, verdict.confidence)  # the classifier's Category
        downgraded = category is Category.UNKNOWN and verdict.category is not Category.UNKNOWN
        policy = self.policy_for(category, failed.operation, overrides)
        now = as_utc(failed.occurred_at)
        decision: Decision = decide(
            failed=failed,
            category=category,
            policy=policy,
            now=now,
            rng=partial(decision_rng, failed),  # seeded only when a delay is drawn
            deadline_at=command.deadline_at,
            previous_delay_s=previous_delay_from(command),
            retryable=verdict.retryable or downgraded,
        )
        redacted = holds_redacted(command.input)
        if not keep_command and redacted and isinstance(decision, RetrySchedule):
            decision = SendToDeadLetter(
                reason="not_retryable",
                detail=(
                    f"{failed.error_type or 'error'} ({category.value}) of a direct call whose input was redacted: "
                    "it cannot be retried with its original input; replay it with --input"
                ),
                decided_at=now,
            )
        seed = failed.event_id
        records: list[Outgoing] = []
        dlq_id = (
            derived_id(f"{seed}:dlq", _dead_letter_stamp(failed)) if isinstance(decision, SendToDeadLetter) else None
        )
        action = action_values(
            decision,
            failed=failed,
            category=category,
            dlq_id=dlq_id,
            action_id=derived_id(f"{seed}:{decision.action}", now),
            severity=verdict.severity.value,
            classification_id=classification_id(failed.event_id),
        )
        records.append(_out_values(Topics.RECOVERY.name, RecoveryActionEvent, failed.key, action))
        writeback = None
        if isinstance(decision, RetrySchedule):
            retry = retry_command_values(
                command,
                decision,
                failed,
                category,
                input_override=self._bulk_retry_input(failed, command),
                run_id=derived_id(f"{seed}:run", now),
                command_id=derived_id(f"{seed}:command", now),
            )
            records.append(_out_values(Topics.RETRY.name, RunCommand, command.key, retry))
        elif isinstance(decision, SendToDeadLetter):
            letter = dead_letter_values(
                decision,
                failed=failed,
                category=category,
                command=None if (not keep_command and redacted) else command,
                severity=verdict.severity.value,
                rule_id=verdict.rule_id,
                fingerprint=verdict.fingerprint,
                dlq_id=dlq_id,
                earlier=prior_attempts(command),
            )
            records.append(self._dead_letter_out(failed.key, letter, original))
            if category is Category.PERMANENT or policy.always_dead_letter:
                alert = _dead_letter_alert(letter, seed=seed)
                records.append(_out_values(Topics.ALERTS.name, Alert, alert["incident_id"].encode(), alert))
        if decision.terminal and failed.replayed_from is not None:
            writeback = Writeback(
                replayed_from=failed.replayed_from,
                state="failed_after_replay",
                replay_run_id=failed.root_run_id,
                at=_after_replay_started(failed),
                detail=f"replay {failed.root_run_id} ended {decision.action} ({decision.reason}) on attempt "
                f"{failed.attempt}: {failed.error_type}: {(failed.error_message or '')[:500]}",
            )
        return Handled(records=records, decision=decision, category=category.value, writeback=writeback)

    def command_refused(
        self,
        value: bytes,
        *,
        source: RecordPosition,
        attempts_topic: str,
        detail: str,
        slim: bool,
        refused: RunCommand | None = None,
    ) -> list[Outgoing]:
        """The dead letter (and its action) of a run whose retry or compensate command Kafka refused for good.

        ``value`` is the input the command was derived from (an attempt outcome read at ``source`` on
        ``attempts_topic``, or a direct call's failed event). Without its command the run would have no
        terminal state: nothing retries it, nothing dead-letters it. It is dead-lettered instead, with reason
        ``command_refused`` and ``detail`` (which record Kafka refused, and why), so an operator sees it and
        can replay it. ``slim``: without the command, the input dump and the traceback, for when the full
        dead letter is refused too (it carries what made the command too large); the original-record headers
        still name the command the attempt ran. Ids derive from the failed event, so a redelivered input
        gives the same dead letter, which the sink and a replay count once. Empty for an input that is not
        a failure (nothing to give up).

        ``refused``: the refused command. A ``compensate`` one is the dead letter's command, as in a saga's
        ``compensation_failed`` dead letter, so that a replay runs the steps that were never run (the run's own
        decision, a dead letter or a fail-fast, went out beside it).
        """
        if source.topic == attempts_topic:
            outcome = decode(value, AttemptOutcome)
            failed, command, original = outcome.event, outcome.command, outcome.source or source
            keep_command = True
        else:
            failed, original, keep_command = decode(value, TaskRunEvent), source, False
            command_id = derived_id(f"{failed.event_id}:command", failed.occurred_at)
            command = command_from_event(failed, channel="worker", command_id=command_id)
        if not is_failure(failed):
            return []
        if refused is not None and refused.reason == "compensate":
            command, keep_command = refused, True
        verdict = self.classify(failed)
        category = self.policies.category_for(verdict.category, verdict.confidence)
        now = as_utc(failed.occurred_at)
        decision = SendToDeadLetter(reason="command_refused", detail=detail, decided_at=now)
        seed = f"{failed.event_id}:refused"
        dlq_id = derived_id(f"{seed}:dlq", _dead_letter_stamp(failed))
        action = action_values(
            decision,
            failed=failed,
            category=category,
            dlq_id=dlq_id,
            action_id=derived_id(f"{seed}:{decision.action}", now),
            severity=verdict.severity.value,
            classification_id=classification_id(failed.event_id),
        )
        shown = failed
        if slim:
            message = failed.error_message
            shown = failed.model_copy(
                update={"input_dump": {}, "error_traceback": None, "error_message": message and message[:1_000]}
            )
        letter = dead_letter_values(
            decision,
            failed=shown,
            category=category,
            command=None if slim or (not keep_command and holds_redacted(command.input)) else command,
            severity=verdict.severity.value,
            rule_id=verdict.rule_id,
            fingerprint=verdict.fingerprint,
            dlq_id=dlq_id,
            earlier=prior_attempts(command),
        )
        return [  # the dead letter first: its action goes out only once a dead letter was taken
            self._dead_letter_out(failed.key, letter, original),
            _out_values(Topics.RECOVERY.name, RecoveryActionEvent, failed.key, action),
        ]

    def _dead_letter_out(self, key: bytes, letter: dict[str, Any], original: RecordPosition) -> Outgoing:
        """The dead letter's record, its headers naming the record it was decided on (``original``)."""
        headers = dead_letter_headers(
            letter,
            original_topic=original.topic,
            partition=original.partition,
            offset=original.offset,
            timestamp_ms=original.timestamp_ms,
            consumer_group=original.consumer_group,
            max_text_bytes=self.dlq_header_max_bytes,
        )
        return _out_values(Topics.DLQ.name, DeadLetter, key, letter, headers=headers)

    @staticmethod
    def _compensation_replayed(event: TaskRunEvent) -> Handled:
        """A replayed compensation ended: write its outcome back to the dead letter it replayed.

        The runner logged the outcome itself (``compensated`` or ``compensation_failed``, and a new
        dead letter for a failure); only the replayed entry's state is left to update.
        """
        if event.replayed_from is None:
            return Handled()
        done = event.status is TaskRunStatus.COMPENSATED
        return Handled(
            writeback=Writeback(
                replayed_from=event.replayed_from,
                state="succeeded_after_replay" if done else "failed_after_replay",
                replay_run_id=event.root_run_id,
                at=_after_replay_started(event),
                detail=f"compensation replay {event.root_run_id} "
                + ("compensated" if done else f"failed: {event.error_type}: {(event.error_message or '')[:500]}"),
                compensation=True,
            )
        )

    def _saga(self, outcome: AttemptOutcome, handled: Handled) -> Handled:
        """Ask the runner to compensate when the run failed for good (or on every failure, per the operation).

        Under ``compensate_on="final"`` a retry carries the steps not compensated yet, so the
        run's last failure undoes every attempt's work; a success drops them.
        """
        decision = handled.decision
        if decision is None:
            return handled
        failed = outcome.event
        now = as_utc(failed.occurred_at)
        records = list(handled.records)
        if outcome.compensate_on == "every_failure" or decision.terminal:
            command = compensation_command(
                outcome.command,
                failed,
                outcome.compensations,
                category=handled.category or Category.UNKNOWN.value,
                decided_at=now,
                command_id=derived_id(f"{failed.event_id}:compensate", now),
            )
            records.append(_out(Topics.COMMANDS.name, command))
        elif isinstance(decision, RetrySchedule):
            records = [
                _out(Topics.RETRY.name, record.model.model_copy(update={"compensations": outcome.compensations}))
                if isinstance(record.model, RunCommand) and record.topic == Topics.RETRY.name
                else record
                for record in records
            ]
        return replace(handled, records=records)

    def _bulk_retry_input(self, failed: TaskRunEvent, command: RunCommand) -> dict[str, Any] | None:
        """The input of a bulk run's retry: only its failed retriable items; None for other runs.

        None too (the whole input is retried) when the event counts more failed items than its
        ``error_list`` names: the list was cut (the SDK keeps 100 item errors of an event over its
        size limit) or a producer left items out. Which of the others failed is not known, and a
        retry of the named ones alone never ran them again (its success ended the run).
        """
        if not is_bulk_failure(failed):
            return None
        if failed.failed_count is not None and failed.failed_count > len(failed.error_list):
            return None
        return bulk_retry_input(command.input, retriable_items(item_verdicts(failed, self.classifier)))

    def _success(self, succeeded: TaskRunEvent) -> Handled:
        now = as_utc(succeeded.occurred_at)
        records = []
        action = success_action(succeeded, now=now)
        if action is not None:
            action = action.model_copy(update={"action_id": derived_id(f"{succeeded.event_id}:{action.action}", now)})
            records.append(_out(Topics.RECOVERY.name, action))
        writeback = None
        if succeeded.replayed_from is not None:
            writeback = Writeback(
                replayed_from=succeeded.replayed_from,
                state="succeeded_after_replay",
                replay_run_id=succeeded.root_run_id,
                at=_after_replay_started(succeeded),
                detail=f"replay {succeeded.root_run_id} succeeded on attempt {succeeded.attempt}",
            )
        return Handled(records=records, writeback=writeback)

    @staticmethod
    def writeback_record(writeback: Writeback, dead_letter: DeadLetter) -> Outgoing:
        """Return the dead-letter state update that records a replay's outcome."""
        update = DeadLetterUpdate(
            update_id=derived_id(f"{dead_letter.dlq_id}:{writeback.replay_run_id}:{writeback.state}", writeback.at),
            state=writeback.state,
            updated_at=writeback.at,
            replay_run_id=writeback.replay_run_id,
            detail=writeback.detail,
            dead_letter=dead_letter,
        )
        return _out(Topics.DLQ_STATE.name, update)


def straight_to_runner(handled: Handled, *, now: datetime, lead_s: float) -> Handled:
    """Send a retry due within ``lead_s`` of ``now`` to ``taskruns.commands`` instead of ``taskruns.retry``.

    The retry scheduler would fire such a retry as soon as it read it (it hands retries over
    ``recovery.dispatch_lead_s`` before their due time), so its hop (produce, acknowledgement,
    the scheduler's fetch, its produce) only made the retry later: the decision (failed event to
    retry record) takes about as long as a short backoff, and most first retries reached the
    scheduler inside the lead. The runner holds the command until its ``not_before``
    (:func:`errorflow.runner.core.hold_until_due`, at most the same lead), so it still starts no
    earlier. The commands topic is as durable as the retry topic, the agent commits its input
    only once the command is acknowledged, and the runner's table runs a command decided twice
    (a redelivered outcome) once, so crash safety and idempotency are those of the scheduler's path.
    Retries due later, and every other record, are left as they are.
    """
    decision = handled.decision
    if not isinstance(decision, RetrySchedule) or (as_utc(decision.due_at) - now).total_seconds() > lead_s:
        return handled
    records = [
        replace(record, topic=Topics.COMMANDS.name) if record.topic == Topics.RETRY.name else record
        for record in handled.records
    ]
    return replace(handled, records=records)


def _dead_letter_alert(letter: Mapping[str, Any], *, seed: str) -> dict[str, Any]:
    """The operator alert of a dead letter that no retry can fix (seeds 001 and 004: permanent errors).

    Built from the dead letter's field values, as the :class:`~errorflow.schemas.alerts.Alert`'s field
    values (encoded without building the model, :func:`~errorflow.schemas.codec.encode_values`); its key
    is the incident id, never empty here.
    """
    operation, severity, error_type = letter["operation"], letter["severity"], letter["error_type"]
    error = f"{error_type or 'error'}: {(letter['error_message'] or '')[:300]}"
    return {
        "alert_id": derived_id(f"{seed}:alert", letter["dead_lettered_at"]),
        "incident_id": f"dead_letter:{operation}:{letter['fingerprint'] or error_type or 'unknown'}",
        "rule": "dead_letter",
        "severity": severity if severity in ("CRITICAL", "HIGH", "MEDIUM", "LOW") else "HIGH",
        "service": letter["service"],
        "operation": operation,
        "dependency": letter["dependency"],
        "category": letter["category"],
        "message": f"{operation} dead-lettered ({letter['reason']}): {error}",
        "fired_at": letter["dead_lettered_at"],
        "labels": {
            key: value
            for key, value in {
                "dlq_id": letter["dlq_id"],
                "root_run_id": letter["root_run_id"],
                "fingerprint": letter["fingerprint"],
                "rule_id": letter["rule_id"],
            }.items()
            if value
        },
    }


def _note(saga: _SagaRun, outcome: AttemptOutcome, handled: Handled) -> Handled:
    """Remember how an attempt of a saga run was decided (a redelivery of an older attempt changes nothing).

    Returns ``handled``, marked to hold its record when a retried timed-out attempt's steps may still be
    reported late, and to settle the run's held records when it decides a later attempt.
    """
    decision = handled.decision
    failed = outcome.event
    attempt = failed.attempt
    if decision is None or attempt < saga.attempt:
        return handled
    saga.attempt = attempt
    saga.timed_out = saga.timed_out or failed.status is TaskRunStatus.TIMED_OUT
    if isinstance(decision, RetrySchedule):
        saga.ended, saga.last = "retried", None
        if saga.timed_out and outcome.compensations and outcome.compensate_on != "every_failure":
            saga.owed[attempt] = tuple(_merged(saga.owed.get(attempt, ()), outcome.compensations))
    elif decision.terminal:
        # What a late copy needs; a run with no timed-out attempt gets none, and keeps no outcome here.
        saga.ended, saga.last, saga.category = "failed", outcome if saga.timed_out else None, handled.category
    handled = _settled(saga, failed, handled)
    if isinstance(decision, RetrySchedule) and failed.status is TaskRunStatus.TIMED_OUT:
        saga.held = attempt if saga.held is None else min(saga.held, attempt)
        handled = replace(handled, holds=failed.root_run_id)
    return handled


def _succeeded(saga: _SagaRun, event: TaskRunEvent, handled: Handled) -> Handled:
    """Remember that a saga run succeeded: steps a woken runner reports after it are dropped like every step.

    A success of the timed-out attempt itself (slow, not dead: it succeeded after the watchdog timed it
    out and it was retried) settles its held records too: the run ended, nothing is owed to a next attempt,
    and the runner does not run the retry (``errorflow.runner.worker.retry_verdict``), whose outcome would
    otherwise have been the one to settle them.
    """
    if event.attempt < saga.attempt:
        return handled
    saga.attempt, saga.ended, saga.last = event.attempt, "succeeded", None
    if saga.held is not None and event.attempt == saga.held:
        saga.held = None
        return replace(handled, settles=event.root_run_id)
    return _settled(saga, event, handled)


def _settled(saga: _SagaRun, event: TaskRunEvent, handled: Handled) -> Handled:
    """``handled`` marked to settle the run's held records when it decides an attempt after theirs."""
    if saga.held is None or event.attempt <= saga.held:
        return handled
    saga.held = None
    return replace(handled, settles=event.root_run_id)


class HeldRecords:
    """Offsets of input records the recovery agent must not commit yet, per partition (:attr:`Handled.holds`).

    A timed-out attempt that was retried may have steps that only a woken runner reports, later; the agent
    owes them to the run's next attempt from its memory. Its memory dies with the process, so the records
    that fed it stay uncommitted until the run's next attempt is decided: a restarted agent reads them again
    and owes the same steps. At most ``max_per_partition`` runs are held per partition (the oldest released
    first, logged), so a run whose next attempt never comes cannot hold a partition's offset for ever.
    """

    def __init__(self, *, max_per_partition: int = 1_000) -> None:
        self.max_per_partition = max_per_partition
        self._held: dict[Any, dict[str, int]] = {}

    def note(self, tp: Any, offset: int, handled: Handled) -> None:
        """Account for the record at ``offset`` of ``tp`` and what it led to."""
        held = self._held.get(tp)
        if handled.settles is not None and held is not None:
            held.pop(handled.settles, None)
        if handled.holds is not None:
            held = self._held.setdefault(tp, {})
            held.setdefault(handled.holds, offset)
            if len(held) > self.max_per_partition:
                root = next(iter(held))
                logger.warning("recovery releases the held record of run %s at %s@%s", root, tp, held.pop(root))

    def forget(self, partitions: Iterable[Any]) -> None:
        """Forget the held records of partitions a rebalance took away: their new owner reads them again.

        Kept, they pinned the partition's commits if it came back: its records were read again from the
        group's commit, which the other member had moved past them, so the run's next attempt that would
        settle them is never read here, and every commit of the partition went back to the held offset.
        """
        for tp in partitions:
            self._held.pop(tp, None)

    def committable(self, tp: Any, offset: int) -> int:
        """The offset to commit for ``tp`` when ``offset`` is the next record to read: none past a held record."""
        held = self._held.get(tp)
        return min(offset, *held.values()) if held else offset


def _after_command(command: RunCommand, handled: Handled) -> Handled:
    """A write-back never older than the command the attempt ran.

    A replay's first command is issued at the CLI's ``now``, the ``updated_at`` of the entry's
    ``replayed`` version; the outcome's own time is the runner's clock. A runner clock behind the
    operator's wrote the outcome as an older version than ``replayed``, so the entry read
    ``replayed`` for ever. A retry's command carries the decision time instead, so a replay that
    ends on a later attempt is still ordered by the runners' clocks (a known limit, docs/recovery.md).
    """
    writeback = handled.writeback
    if writeback is None:
        return handled
    floor = as_utc(command.issued_at) + timedelta(milliseconds=1)
    return handled if writeback.at >= floor else replace(handled, writeback=replace(writeback, at=floor))


def _dead_letter_stamp(failed: TaskRunEvent) -> datetime:
    """The time in a dead letter's id: one per run and attempt, whichever copy of its failure is decided.

    An attempt's ``timed_out`` has one id whoever records it, but each copy its own time (the watchdog's,
    a runner's woken from a freeze). Deciding both (the second copy for its steps to undo, or both after
    a restart of the agent) must not give the run two dead letters that a replay would run twice: the id's
    time is the attempt's start, the time in its UUIDv7 ``run_id``. Other failures keep their own time.
    """
    if failed.status is not TaskRunStatus.TIMED_OUT:
        return as_utc(failed.occurred_at)
    try:
        parsed = uuid.UUID(failed.run_id)
    except ValueError:
        parsed = None
    if parsed is None or parsed.version != 7:  # not errorflow's run id: the seed (the attempt's) still decides
        return datetime.fromtimestamp(0, tz=timezone.utc)
    return datetime.fromtimestamp(id_time_ms(failed.run_id) / 1000, tz=timezone.utc)


def _after_replay_started(event: TaskRunEvent) -> datetime:
    """The outcome's time, never earlier than the replay's start (the ``replayed`` version's time)."""
    at = as_utc(event.occurred_at)
    try:
        started = datetime.fromtimestamp(id_time_ms(event.root_run_id) / 1000, tz=timezone.utc)
    except ValueError:
        return at
    return max(at, started + timedelta(milliseconds=1))


def _out(topic: str, model: Any, *, headers: Iterable[tuple[str, bytes]] = ()) -> Outgoing:
    return Outgoing(topic=topic, key=model.key, value=encode(model), headers=tuple(headers), built=model)


def _out_values(
    topic: str,
    contract: type[BaseModel],
    key: bytes,
    values: Mapping[str, Any],
    *,
    headers: Iterable[tuple[str, bytes]] = (),
) -> Outgoing:
    """A record the agent builds itself on its hot path, encoded from its field values (no model built)."""
    return Outgoing(
        topic=topic, key=key, value=encode_values(contract, values), headers=tuple(headers), contract=contract
    )


# -- the adapter -------------------------------------------------------------------------------


@dataclass
class RecoveryStats:
    """Counters of the recovery agent."""

    consumed: int = 0
    outcomes: int = 0
    direct_failures: int = 0
    retries: int = 0
    dead_letters: int = 0
    alerts: int = 0
    failed_fast: int = 0
    recovered: int = 0
    writebacks: int = 0
    writebacks_missing: int = 0
    quarantined: int = 0
    refused: int = 0
    """Inputs a record of which Kafka refused for good: each became one quarantine record (``refused_by_kafka``)."""
    produced: int = 0


DeadLetterLookup = Callable[[Writeback], Awaitable[DeadLetter | None]]
"""Finds the current dead letter a replay replayed (the pipeline reads ``dlq_current``)."""


def _count(stats: RecoveryStats, handled: Handled) -> None:
    decision = handled.decision
    if isinstance(decision, RetrySchedule):
        stats.retries += 1
    elif isinstance(decision, SendToDeadLetter):
        stats.dead_letters += 1
        stats.alerts += sum(record.topic == Topics.ALERTS.name for record in handled.records)
    elif decision is not None:
        stats.failed_fast += 1
    elif any(o.topic == Topics.RECOVERY.name for o in handled.records):
        stats.recovered += 1


def _may_need_decision(value: bytes | None) -> bool:
    """False only for an event that cannot be a failure of a direct call (:meth:`RecoveryCore.handle_event`)."""
    return _MAY_BE_FAILURE(value) and _MAY_BE_DIRECT(value)


def _handle_message(
    core: RecoveryCore,
    message: Any,
    *,
    source: RecordPosition,
    attempts_topic: str,
    max_bytes: int,
    stats: RecoveryStats,
) -> Handled | QuarantineRecord:
    """Decode one record of either input and handle it; a malformed outcome becomes a quarantine record."""
    if source.topic == attempts_topic:
        try:
            outcome = decode(message.value, AttemptOutcome, max_bytes=max_bytes)
        except MalformedEventError as exc:
            return QuarantineRecord.for_record(
                topic=source.topic,
                partition=source.partition,
                offset=source.offset,
                key=message.key,
                raw=message.value,
                detected_by="recovery",
                reason=exc.reason,
                detail=exc.detail,
            )
        stats.outcomes += 1
        return core.handle_outcome(outcome, source=source)
    value = message.value
    if not _may_need_decision(value):
        return Handled()  # cheap pre-filter: only failures of direct calls need a decision
    try:
        event = decode(value, TaskRunEvent, max_bytes=max_bytes)
    except MalformedEventError:
        return Handled()  # the sink quarantines malformed events
    handled = core.handle_event(event, source=source)
    if handled.decision is not None:
        stats.direct_failures += 1
    return handled


async def run_recovery(
    settings: Settings,
    *,
    core: RecoveryCore,
    stop: asyncio.Event,
    find_dead_letter: DeadLetterLookup,
    stats: RecoveryStats | None = None,
    priority: DetectionPriority | None = None,
    beat: Callable[[], None] = no_beat,
) -> RecoveryStats:
    """Consume attempt outcomes and direct failures, produce recovery records, until ``stop``.

    Offsets are committed only after every record produced for them was acknowledged.
    ``priority``: while classification is behind, every :data:`YIELD_EVERY` records wait a moment
    first (:mod:`errorflow.pipeline_priority`); decisions come a little later, none is skipped.
    """
    from errorflow.streams.derived import quarantining_commits
    from errorflow.streams.kafka import make_producer

    stats = stats or RecoveryStats()
    attempts_topic = settings.topic(Topics.ATTEMPTS.name)
    lead_s = settings.recovery.dispatch_lead_s  # retries due within it go straight to the runner
    # The fetch wait is KafkaSettings.fetch_max_wait_s: on a quiet topic it delays every retry decision.
    held = HeldRecords()  # records a restarted agent must read again (a retried timed-out attempt's saga)
    consumer = _consumer(settings, group=(group := f"{settings.app_id}-recovery"), held=held)
    producer = make_producer(settings)
    await producer.start()
    await consumer.start()
    # Acknowledgements and commits are awaited beside the loop; an input a record of which Kafka refuses
    # for good (a dead letter too large for the broker, say) is quarantined instead.
    ends_run = partial(_ends_run, core, settings, group=group, attempts_topic=attempts_topic)
    commits, refused = quarantining_commits(
        consumer, producer, settings, detected_by="recovery", stats=stats, ends_run=ends_run
    )
    try:
        while not stop.is_set():
            beat()
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            if not batches:
                continue
            outbox = _Outbox()
            offsets = {}
            handled_in_batch = 0
            for tp, messages in outcomes_first(batches, attempts_topic):
                if outbox.records and tp.topic != attempts_topic:  # the outcomes' records leave before the events
                    await outbox.send(producer, settings, stats)
                for message in messages:
                    if priority is not None and handled_in_batch % YIELD_EVERY == 0:
                        await priority.yield_to_detection(stop)
                    handled_in_batch += 1
                    stats.consumed += 1
                    offsets[tp] = message.offset + 1
                    if tp.topic != attempts_topic and not _may_need_decision(message.value):
                        continue  # most events are not failures of direct calls: skip them before building anything
                    handled = _decide(
                        core, tp, message, group=group, attempts_topic=attempts_topic, settings=settings, stats=stats
                    )
                    if isinstance(handled, QuarantineRecord):
                        stats.quarantined += 1
                        outbox.add(tp, message, [_quarantine_out(message, handled)])
                        continue
                    _count(stats, handled)
                    held.note(tp, message.offset, handled)
                    handled = straight_to_runner(handled, now=datetime.now(timezone.utc), lead_s=lead_s)
                    outbox.add(tp, message, handled.records)
                    if (writeback := handled.writeback) is not None:
                        written = await _written_back(core, writeback, find_dead_letter, stats, at=(tp, message))
                        outbox.add(tp, message, written)
            await outbox.send(producer, settings, stats)
            committable = {tp: held.committable(tp, offset) for tp, offset in offsets.items()}
            await commits.add(outbox.futures, committable, outbox.origins)
        await commits.drain()
    finally:
        await _stop(commits, refused, consumer, producer)
    return stats


def _ends_run(
    core: RecoveryCore, settings: Settings, refused: Refused, *, group: str, attempts_topic: str
) -> list[list[Record]]:
    """A quarantined input whose retry or compensate command Kafka refused: its run's dead letter, to end it.

    Two candidates, tried in order: the dead letter with the run's command, then a slim one (see
    :meth:`RecoveryCore.command_refused`). None for an input none of whose refused records is a command
    (an action or a dead letter refused: the run's decision still went out, or it never had one).
    """
    commands = {settings.topic(Topics.RETRY.name), settings.topic(Topics.COMMANDS.name)}
    refused_commands = [(topic, value) for topic, _, value, _ in refused.records if topic in commands]
    if not refused_commands:
        return []
    topic, value = refused_commands[0]
    try:
        command: RunCommand | None = decode(value, RunCommand)
    except MalformedEventError:  # over the contract's size limit, say: the run's own command stands for it
        command = None
    what = "compensate command (its steps were not run)" if command and command.reason == "compensate" else "command"
    detail = f"its {topic} {what} ({len(value)} bytes) was refused for good by Kafka: {refused.detail}"
    message = refused.message
    source = RecordPosition(
        topic=refused.tp.topic,
        partition=refused.tp.partition,
        offset=message.offset,
        timestamp_ms=max(message.timestamp or 0, 0),
        consumer_group=group,
    )
    try:
        candidates = [
            core.command_refused(
                message.value,
                source=source,
                attempts_topic=attempts_topic,
                detail=detail,
                slim=slim,
                refused=command,
            )
            for slim in (False, True)
        ]
    except Exception:  # the input decoded once already; a surprise here leaves its quarantine record standing
        logger.exception("cannot dead-letter the run of %s[%s]@%s", source.topic, source.partition, source.offset)
        return []
    return [
        [(settings.topic(o.topic), o.key, o.value, list(o.headers) or None) for o in records]
        for records in candidates
        if records
    ]


async def _stop(commits: Any, refused: Any, consumer: Any, producer: Any) -> None:
    """Abandon what is still waiting for its acknowledgements, then stop the agent's clients."""
    await commits.cancel()
    await refused.close()
    await consumer.stop()
    await producer.stop()


def _decide(
    core: RecoveryCore,
    tp: Any,
    message: Any,
    *,
    group: str,
    attempts_topic: str,
    settings: Settings,
    stats: RecoveryStats,
) -> Handled | QuarantineRecord:
    """Handle one consumed record; a handler's failure becomes its quarantine record (logged)."""
    source = RecordPosition(
        topic=tp.topic,
        partition=tp.partition,
        offset=message.offset,
        timestamp_ms=max(message.timestamp or 0, 0),
        consumer_group=group,
    )
    try:
        return _handle_message(
            core,
            message,
            source=source,
            attempts_topic=attempts_topic,
            max_bytes=settings.kafka.max_message_bytes,
            stats=stats,
        )
    except Exception as exc:  # one record's surprise must not stop recovery
        logger.exception("cannot handle %s[%s]@%s", tp.topic, tp.partition, message.offset)
        return _quarantined(tp, message, exc)


def outcomes_first(batches: Mapping[Any, list[Any]], attempts_topic: str) -> list[tuple[Any, list[Any]]]:
    """A fetch's partitions, the runner's attempt outcomes (``attempts_topic``) before the events.

    An outcome's retry is due a backoff after the failure (a quarter of a second for a first
    retry by default), and deciding it behind a few hundred events of the same fetch (most of
    them not failures) made it that much later. The two topics have no order between them.
    """
    return sorted(batches.items(), key=lambda item: item[0].topic != attempts_topic)


@dataclass
class _Outbox:
    """One fetched batch's records to produce, each traced to the input it was derived from."""

    records: list[Outgoing] = field(default_factory=list)
    """Records not handed to the producer yet."""
    sources: list[tuple[Any, Any]] = field(default_factory=list)
    """The input (topic-partition, consumed record) of each of :attr:`records`."""
    futures: list[Any] = field(default_factory=list)
    """Delivery futures of the records handed over."""
    origins: list[Origin] = field(default_factory=list)
    """The :data:`~errorflow.streams.derived.Origin` of each future: a record Kafka refuses quarantines its input."""

    def add(self, tp: Any, message: Any, records: list[Outgoing]) -> None:
        """Records derived from the input ``message`` of ``tp``, to send."""
        self.records.extend(records)
        self.sources.extend(itertools.repeat((tp, message), len(records)))

    async def send(self, producer: Any, settings: Settings, stats: RecoveryStats) -> None:
        """Hand the records added to the producer (counted produced), keeping their futures and origins."""
        from errorflow.streams.derived import send_traced

        stats.produced += len(self.records)
        for record, (tp, message) in zip(self.records, self.sources, strict=True):
            topic = settings.topic(record.topic)
            headers = list(record.headers) or None
            self.futures.append(await send_traced(producer, topic, record.value, record.key, headers))
            self.origins.append((tp, message, topic, record.key, record.value, headers))
        self.records, self.sources = [], []


def _quarantine_out(message: Any, record: QuarantineRecord) -> Outgoing:
    return Outgoing(Topics.QUARANTINE.name, quarantine_key(message.key) or b"", encode(record))


def _consumer(settings: Settings, *, group: str, held: HeldRecords) -> Any:
    """The agent's consumer of both inputs; a rebalance makes ``held`` forget the partitions it takes away."""
    from errorflow.streams.kafka import OnRevoked, make_consumer

    consumer = make_consumer(settings, group=group)
    topics = [settings.topic(Topics.ATTEMPTS.name), settings.topic(Topics.EVENTS.name)]
    # Their new owner reads them from the group's commit and holds what it must.
    consumer.subscribe(topics, listener=OnRevoked(held.forget))
    return consumer


def _quarantined(tp: Any, message: Any, exc: Exception) -> QuarantineRecord:
    """The quarantine record of a consumed record that a handler failed on."""
    return QuarantineRecord.for_failure(
        topic=tp.topic,
        partition=tp.partition,
        offset=message.offset,
        key=message.key,
        raw=message.value,
        detected_by="recovery",
        exc=exc,
    )


async def _written_back(
    core: RecoveryCore,
    writeback: Writeback,
    find_dead_letter: DeadLetterLookup,
    stats: RecoveryStats,
    *,
    at: tuple[Any, Any],
) -> list[Outgoing]:
    """The write-back of a replay's outcome, or the one quarantine record of the write-back that failed.

    ``at`` is the consumed record's topic-partition and message.

    Apart from the decision: a write-back that fails (the store down, a row this version cannot
    read) must not drop the replay run's own dead letter, retry or action, nor vanish unseen.
    """
    tp, message = at
    try:
        return await _writeback(core, writeback, find_dead_letter, stats)
    except Exception as exc:
        logger.exception(
            "cannot write replay %s's outcome back to the dead letter of run %s (%s[%s]@%s)",
            writeback.replay_run_id,
            writeback.replayed_from,
            tp.topic,
            tp.partition,
            message.offset,
        )
        stats.quarantined += 1
        key = quarantine_key(message.key) or b""
        return [Outgoing(Topics.QUARANTINE.name, key, encode(_quarantined(tp, message, exc)))]


async def _writeback(
    core: RecoveryCore, writeback: Writeback, find_dead_letter: DeadLetterLookup, stats: RecoveryStats
) -> list[Outgoing]:
    letter = await find_dead_letter(writeback)
    if letter is None:
        stats.writebacks_missing += 1
        logger.info(
            "replay %s of run %s ended %s; no dead letter of that run to update",
            writeback.replay_run_id,
            writeback.replayed_from,
            writeback.state,
        )
        return []
    stats.writebacks += 1
    return [core.writeback_record(writeback, letter)]


def store_dead_letter_lookup(
    store: Any, *, database: str, executor: Any, settings: Settings | None = None
) -> DeadLetterLookup:
    """Return a lookup of the dead letter a replay replayed in ``dlq_current``, run on the store's thread.

    A saga run failed for good whose compensation failed too has two dead letters under its root run
    id, the run's and the compensation's (several with ``compensate_on="every_failure"``). The one of
    the replay's kind is taken (:attr:`Writeback.compensation`), the one whose ``replayed`` version
    names this replay first, then the newest: the root's newest alone wrote a replay of the run's dead
    letter onto the compensation's (its undo never ran, and bulk replays then passed it by) and left
    the run's ``replayed`` for ever.

    The store keeps a command's input scrubbed; with ``settings``, the full command is read
    back from the Kafka record the row names, so the write-back's update carries it whole
    and the entry can be replayed again without ``--input``. When that record cannot be
    read, the stored (scrubbed) dead letter is written back. A store still failing after
    a few tries raises its ``StoreError`` (the agent quarantines the write-back).
    """
    from errorflow.errors import StoreError
    from errorflow.sinks.rows import dead_letter_from_row

    sql = (
        f"SELECT * FROM {database}.dlq_current WHERE root_run_id = {{root:String}} "
        "AND (reason = 'compensation_failed') = {compensation:Bool} "
        "ORDER BY ifNull(replay_run_id = {replay:String}, false) DESC, dead_lettered_at DESC LIMIT 1"
    )

    async def find(writeback: Writeback) -> DeadLetter | None:
        loop = asyncio.get_running_loop()
        delay = 0.2
        parameters = {
            "root": writeback.replayed_from,
            "compensation": writeback.compensation,
            "replay": writeback.replay_run_id,
        }
        for attempt in range(5):
            try:
                rows = await loop.run_in_executor(executor, lambda: store.query_rows(sql, parameters))
                break
            except StoreError:
                if attempt == 4:
                    raise  # not "no dead letter": the caller quarantines the write-back instead of dropping it
                await asyncio.sleep(delay)
                delay *= 2
        if not rows:
            return None
        letter = dead_letter_from_row(rows[0])
        if settings is not None and letter.command is not None and holds_redacted(letter.command.input):
            letter = await _with_full_command(settings, letter, rows[0])
        return letter

    return find


async def _with_full_command(settings: Settings, letter: DeadLetter, row: Mapping[str, Any]) -> DeadLetter:
    """The dead letter with the full command of its source record, when that record can give it."""
    from errorflow.streams.kafka import read_dead_letter

    topic, partition, offset = row.get("source_topic"), row.get("source_partition"), row.get("source_offset")
    if not topic or partition is None or offset is None:
        return letter
    full = await read_dead_letter(settings, str(topic), int(partition), int(offset))
    if isinstance(full, DeadLetter) and full.dlq_id != letter.dlq_id:  # the topic was reset: another run's input
        full = f"the record is dead letter {full.dlq_id}"
    if not isinstance(full, DeadLetter) or full.command is None or holds_redacted(full.command.input):
        logger.warning("dead letter %s: its full command cannot be read back (%s)", letter.dlq_id, full)
        return letter
    return letter.model_copy(update={"command": full.command})
