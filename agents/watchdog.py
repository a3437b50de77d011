"""The watchdog agent: find attempts that stopped showing signs of life, or ran past their limits.

Modelled on Temporal's activity timeouts. Every ``pending``, ``running`` and
``heartbeat`` event is a sign of life of one attempt (``run_id`` + ``attempt``)
and carries the attempt's limits: ``heartbeat_timeout_s``, ``timeout_s`` (from
its ``running`` event) and the run's ``deadline_at``. An attempt is stuck when

- it showed no sign of life for longer than its heartbeat timeout (its process died,
  froze, or lost its connection), or
- its ``timeout_s`` or deadline passed by more than ``grace_s`` without a
  terminal event (the runner enforces both itself; the grace leaves it the
  time to record its own ``timed_out``, so the watchdog only steps in when the
  runner could not).

Silence and run time are measured by the watchdog's clock, from when it read each sign of
life (see :class:`WatchdogState`): a service's clock that is off must not time out a live
attempt (which recovery would then run again) nor hide a dead one. That clock stops for a
partition whose fetches the broker leaves unanswered (an outage): no sign of life could be
read meanwhile, so the silence is not the attempt's.

For each stuck attempt the watchdog records one ``timed_out`` event on
``taskruns.events``, and for a runner run also an
:class:`~errorflow.schemas.AttemptOutcome` with the command it read from
``taskruns.commands``, so the recovery agent decides on it like on any failure
(the verdict classifies ``timed_out`` as a timeout, category transient).

Exactly once, even across a restart:

- the event id is :func:`~errorflow.schemas.ids.timed_out_event_id` of the
  attempt, the same whoever records it (the runner, this agent, this agent
  again after a crash), and the sink deduplicates on it;
- offsets are committed only below the first record of every attempt still
  open (and of every command still held), so a restarted watchdog rebuilds the
  same open attempts from the topics; it reads its own ``timed_out`` events on
  the way (they follow the attempt's events on its partition) and emits nothing
  until it has caught up with the topics, so it does not time an attempt out twice.

:class:`WatchdogState` with :meth:`~WatchdogState.observe_event`,
:meth:`~WatchdogState.observe_command` and :meth:`~WatchdogState.expire` is the
pure core (its clock is an argument); :func:`run_watchdog` is the thin adapter.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from errorflow.agents.recovery import DIRECT_CHANNELS
from errorflow.errors import MalformedEventError
from errorflow.healing.liveness import no_beat
from errorflow.schemas.attempts import AttemptOutcome, RecordPosition
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.schemas.ids import timed_out_event_id
from errorflow.schemas.wire import check_event
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["OpenAttempt", "TimedOut", "WatchdogState", "WatchdogStats", "run_watchdog", "watchdog_consumer"]

logger = logging.getLogger(__name__)

SIGNS_OF_LIFE = frozenset({"pending", "running", "heartbeat"})
"""Statuses that say an attempt is alive; every other status ends the attempt."""

FORGET_EVERY_S = 1.0
"""How often the agent drops what it no longer needs to remember (:meth:`WatchdogState.forget` passes over
everything held; on every fetch it was about 1 % of the pipeline's interpreter at 5,000 failures a second)."""


class _Seen(Protocol):
    """What the watchdog reads of an event: a :class:`TaskRunEvent`, or the sink's fast check of its JSON.

    The fast check (:mod:`errorflow.schemas.wire`) reads an event in about 2 us
    instead of about 10 us; the watchdog sees every event, and builds the full
    model only for an attempt it times out.
    """

    @property
    def run_id(self) -> str: ...
    @property
    def root_run_id(self) -> str: ...
    @property
    def attempt(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def occurred_at(self) -> datetime: ...
    @property
    def heartbeat_timeout_s(self) -> float | None: ...
    @property
    def timeout_s(self) -> float | None: ...
    @property
    def deadline_at(self) -> datetime | None: ...


TIMEOUT_ERROR_TYPE = "builtins.TimeoutError"
"""The error type of the ``timed_out`` events the watchdog records (the SDK's too)."""


def _ms(at: datetime) -> datetime:
    """Truncated to milliseconds, the event log's precision."""
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


@dataclass(slots=True)
class OpenAttempt:
    """What the watchdog knows about one attempt that has not ended."""

    last_event: TaskRunEvent | bytes
    """The latest sign of life (its model, or its JSON until needed): identity, input and labels of the
    ``timed_out`` event."""
    last_seen: datetime
    """When the watchdog last read a sign of life of the attempt, by its own clock (see :class:`WatchdogState`)."""
    position: tuple[str, int, int]
    """Topic, partition and offset of the attempt's first event here: committed offsets stay below it."""
    last_event_at: datetime | None = None
    """The ``occurred_at`` of :attr:`last_event` (its producer's clock): only orders the signs of life."""
    started_at: datetime | None = None
    """When the watchdog read the attempt's ``running`` event, by its own clock."""
    heartbeat_timeout_s: float | None = None
    timeout_s: float | None = None
    deadline_at: datetime | None = None

    def event(self) -> TaskRunEvent:
        """The latest sign of life as the contract's model."""
        if isinstance(self.last_event, bytes):
            self.last_event = decode(self.last_event, TaskRunEvent)
        return self.last_event

    def overdue(self, now: datetime, *, grace_s: float) -> str | None:
        """Why the attempt is stuck at ``now``, or None while it is within its limits."""
        if self.heartbeat_timeout_s is not None:
            silent = (now - self.last_seen).total_seconds()
            if silent > self.heartbeat_timeout_s:
                return f"no sign of life for {silent:.3f} s (heartbeat timeout {self.heartbeat_timeout_s:g} s)"
        if self.timeout_s is not None and self.started_at is not None:
            ran = (now - self.started_at).total_seconds()
            if ran > self.timeout_s + grace_s:
                return f"ran {ran:.3f} s, past its timeout_s of {self.timeout_s:g} s"
        if self.deadline_at is not None and (now - self.deadline_at).total_seconds() > grace_s:
            return f"the run's deadline {self.deadline_at.isoformat()} passed"
        return None


@dataclass(frozen=True, slots=True)
class TimedOut:
    """One stuck attempt found: the event to record and, for a runner run, the outcome for recovery."""

    event: TaskRunEvent
    outcome: AttemptOutcome | None


@dataclass(slots=True)
class _HeldCommand:
    command: RunCommand
    position: tuple[str, int, int]
    seen_at: datetime


@dataclass
class WatchdogState:
    """Open attempts, the runner commands they came from, and the attempts already ended.

    Silence and run time are measured by the watchdog's clock (the ``now`` each record is observed
    at), never by the events' ``occurred_at``: services' clocks may be off by more than a heartbeat
    timeout. A record read late (a backlog, a spool drained, a restart re-reading the topics) counts
    as a sign of life when it is read, so a late read delays a timeout and never makes one up; after
    a restart an attempt that went silent meanwhile is timed out one heartbeat timeout after the
    restart read it. A run's ``deadline_at`` is a time of day, compared with this clock as it is.

    The clock stops for a partition whose fetches the broker has not answered for ``outage_after``
    (:meth:`observe_answer`), and resumes where it stopped at the next answer: during a broker outage
    the services' heartbeats wait in their spools, and judging that silence timed out every live
    attempt the outage outlasted (recovery then ran each again while it still ran). An attempt that
    is really dead is timed out once the broker answers again, with the time its limits had left.
    A partition the broker has not answered yet is judged at ``now``.
    """

    grace_s: float = 2.0
    """Time left to the runner to record its own ``timed_out`` after ``timeout_s`` or the deadline."""
    forget_after: timedelta = timedelta(hours=1)
    """How long an ended attempt (to ignore late signs of life) and an unused command are remembered."""
    max_ended: int = 100_000
    """Most ended attempts remembered; the oldest are forgotten first."""
    open: dict[str, OpenAttempt] = field(default_factory=dict)
    ended: dict[str, datetime] = field(default_factory=dict)
    commands: dict[str, _HeldCommand] = field(default_factory=dict)
    consumed: dict[tuple[str, int], int] = field(default_factory=dict)
    """Next offset to read per (topic, partition)."""
    forget_every: timedelta = timedelta(0)
    """Least time between two passes of :meth:`forget` (each goes over everything held); 0: every call."""
    forgot_at: datetime | None = None
    outage_after: timedelta = timedelta(seconds=1)
    """A partition whose fetches the broker has left unanswered this long is in an outage: its clock stops."""
    answered: dict[tuple[str, int], datetime] = field(default_factory=dict)
    """When the broker last answered a fetch of each (topic, partition), by this clock."""

    def observe_answer(self, *, topic: str, partition: int, now: datetime) -> None:
        """The broker answered a fetch of ``partition`` at ``now`` (records or none).

        After an outage, each open attempt of the partition has its times moved on by the part of the
        outage its clock was stopped for, so its silence and run time resume where they stopped.
        """
        where = (topic, partition)
        last = self.answered.get(where)
        self.answered[where] = now
        if last is None:
            return
        stopped = now - last - self.outage_after
        if stopped <= timedelta(0):
            return
        for attempt in self.open.values():
            if attempt.position[:2] == where:
                attempt.last_seen += stopped
                if attempt.started_at is not None:
                    attempt.started_at += stopped

    def judged_at(self, where: tuple[str, int], now: datetime) -> datetime:
        """The time an attempt of ``where`` is judged at: ``now``, or when its clock stopped in an outage."""
        last = self.answered.get(where)
        return now if last is None else min(now, last + self.outage_after)

    def observe_event(
        self, event: _Seen, *, topic: str, partition: int, offset: int, now: datetime, raw: bytes | None = None
    ) -> None:
        """Fold one lifecycle event in (a :class:`TaskRunEvent`, or the fast check's view with its ``raw`` JSON)."""
        self.consumed[(topic, partition)] = offset + 1
        key = f"{event.run_id}:{event.attempt}"
        status = getattr(event.status, "value", event.status)
        if key in self.ended:
            if status == "success":
                self._succeeded_late(event.root_run_id, event.attempt, now)
            return  # a late sign of life of an attempt that ended (or that was timed out)
        if status not in SIGNS_OF_LIFE:
            if self.open.pop(key, None) is not None:
                self._end(key, now)  # only watched attempts need remembering
            self.commands.pop(f"{event.root_run_id}:{event.attempt}", None)
            return
        last: TaskRunEvent | bytes = event if isinstance(event, TaskRunEvent) else (raw or b"")
        current = self.open.get(key)
        if current is None:
            if (
                event.heartbeat_timeout_s is None
                and event.deadline_at is None
                and (event.timeout_s is None or status != "running")
            ):
                # No limit it can be judged by yet: a timeout_s counts from the `running` event. Opened on a
                # `pending` that declares only a timeout_s, an attempt that never ran (its process died
                # between the two, a foreign record) was held for good: never timed out, never forgotten,
                # and the offsets committed stayed below it, so every restart re-read the topic from there.
                return
            current = OpenAttempt(last_event=last, last_seen=now, position=(topic, partition, offset))
            self.open[key] = current
        # Silence and run time are measured by this clock, from when each sign of life was read: the
        # event's own time is its producer's clock, and a service clock behind by more than the heartbeat
        # timeout had every live attempt of it timed out at once (and retried while it ran: the work ran
        # twice); one ahead hid a dead attempt for as long. Reading late only delays a timeout.
        current.last_seen = max(current.last_seen, now)
        if current.last_event_at is None or event.occurred_at >= current.last_event_at:
            current.last_event, current.last_event_at = last, event.occurred_at
        if status == "running" and current.started_at is None:
            current.started_at = now
        current.heartbeat_timeout_s = event.heartbeat_timeout_s or current.heartbeat_timeout_s
        current.timeout_s = event.timeout_s or current.timeout_s
        current.deadline_at = event.deadline_at or current.deadline_at

    def _succeeded_late(self, root_run_id: str, attempt: int, now: datetime) -> None:
        """An attempt timed out here succeeded after all: its retry is not run, so its command is not held.

        The runner does not run a retry of an attempt that succeeded (``errorflow.runner.worker.retry_verdict``),
        so no event would ever end the retry's attempt, and its command held here would keep the commands
        partition's committed offset below it for :attr:`forget_after`. It is dropped, or not held when it
        comes later. Should the retry have run all the same (it started before the success was known), its
        attempt is still watched from its own events, and a timeout of it has no outcome: the run succeeded.
        """
        following = f"{root_run_id}:{attempt + 1}"
        self.commands.pop(following, None)
        self._end(f"superseded:{following}", now)

    def _end(self, key: str, now: datetime) -> None:
        self.ended[key] = now
        if len(self.ended) > self.max_ended:
            del self.ended[next(iter(self.ended))]  # the oldest: late signs of life come within seconds

    def observe_command(self, command: RunCommand, *, topic: str, partition: int, offset: int, now: datetime) -> None:
        """Hold a runner command until its attempt ends: a timed-out attempt is retried from it."""
        self.consumed[(topic, partition)] = offset + 1
        key = command.idempotency_key
        if (
            f"{command.run_id}:{command.attempt}" in self.ended
            or key in self.commands
            or f"superseded:{key}" in self.ended
        ):
            return
        self.commands[key] = _HeldCommand(command, (topic, partition, offset), now)

    def skip(self, *, topic: str, partition: int, offset: int) -> None:
        """A record that is not for the watchdog (malformed: the sink quarantines it) was read."""
        self.consumed[(topic, partition)] = offset + 1

    def expire(self, now: datetime) -> list[TimedOut]:
        """Every attempt stuck at ``now``, each ended here so it is found once."""
        found: list[TimedOut] = []
        for key, attempt in list(self.open.items()):
            judged_at = self.judged_at(attempt.position[:2], now)
            reason = attempt.overdue(judged_at, grace_s=self.grace_s)
            if reason is None:
                continue
            event = self._timed_out_event(attempt, reason, now, ran_until=judged_at)
            held = self.commands.pop(f"{event.root_run_id}:{event.attempt}", None)
            outcome = None
            if held is not None and event.channel not in DIRECT_CHANNELS:
                topic, partition, offset = held.position
                outcome = AttemptOutcome(
                    command=held.command,
                    event=event,
                    source=RecordPosition(topic=topic, partition=partition, offset=offset),
                )
            del self.open[key]
            self._end(key, now)
            found.append(TimedOut(event=event, outcome=outcome))
        return found

    @staticmethod
    def _timed_out_event(attempt: OpenAttempt, reason: str, now: datetime, *, ran_until: datetime) -> TaskRunEvent:
        last = attempt.event()
        started = attempt.started_at
        return last.model_copy(
            update={
                "event_id": timed_out_event_id(last.run_id, last.attempt),
                "event_type": "taskrun.timed_out",
                "status": TaskRunStatus.TIMED_OUT,
                "occurred_at": _ms(now),
                "error_type": TIMEOUT_ERROR_TYPE,
                "error_message": f"the watchdog timed the attempt out: {reason}",
                "error_traceback": None,
                "execution_time_s": max((ran_until - started).total_seconds(), 0.0) if started else None,
            }
        )

    def forget(self, now: datetime) -> None:
        """Drop ended attempts and unused commands older than ``forget_after``."""
        if self.forgot_at is not None and now - self.forgot_at < self.forget_every:
            return
        self.forgot_at = now
        cutoff = now - self.forget_after
        self.ended = {key: at for key, at in self.ended.items() if at >= cutoff}
        self.commands = {key: held for key, held in self.commands.items() if held.seen_at >= cutoff}

    def committable_offsets(self) -> dict[tuple[str, int], int]:
        """Per (topic, partition), the offset a restart must read from to rebuild what is still held."""
        offsets = dict(self.consumed)
        held = [attempt.position for attempt in self.open.values()]
        held.extend(command.position for command in self.commands.values())
        for topic, partition, offset in held:
            if (topic, partition) in offsets:
                offsets[(topic, partition)] = min(offsets[(topic, partition)], offset)
        return offsets


@dataclass
class WatchdogStats:
    """Counters of the watchdog agent."""

    consumed: int = 0
    open: int = 0
    timed_out: int = 0
    outcomes: int = 0
    malformed: int = 0


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


async def run_watchdog(
    settings: Settings,
    *,
    stop: asyncio.Event,
    stats: WatchdogStats | None = None,
    now: Callable[[], datetime] = _utc_now,
    beat: Callable[[], None] = no_beat,
) -> WatchdogStats:
    """Consume events and commands, record ``timed_out`` for stuck attempts, until ``stop``.

    Nothing is emitted until the consumer has caught up with every assigned
    partition (after a start or a rebalance), so a restarted watchdog first
    re-reads its own earlier ``timed_out`` events.
    """
    from aiokafka import ConsumerRebalanceListener

    from errorflow.streams.kafka import TopicPartition, make_producer

    stats = stats or WatchdogStats()
    events_topic = settings.topic(Topics.EVENTS.name)
    commands_topic = settings.topic(Topics.COMMANDS.name)
    attempts_topic = settings.topic(Topics.ATTEMPTS.name)
    state = WatchdogState(
        grace_s=settings.recovery.watchdog_grace_s,
        forget_every=timedelta(seconds=FORGET_EVERY_S),
        outage_after=timedelta(seconds=settings.recovery.watchdog_outage_after_s),
    )
    tick_s = settings.recovery.watchdog_tick_s
    caught_up = False
    # Per partition, aiokafka's time of the last fetch answer seen. Bound before the listener:
    # aiokafka calls on_partitions_revoked on the first join too, inside consumer.start().
    polled: dict[Any, int | None] = {}

    class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka ships no type hints
        async def on_partitions_revoked(self, revoked: Any) -> None:
            nonlocal caught_up
            caught_up = False
            gone = {(tp.topic, tp.partition) for tp in revoked}
            # The partitions' new owner rebuilds their attempts from the committed offsets.
            state.open = {k: a for k, a in state.open.items() if a.position[:2] not in gone}
            state.commands = {k: c for k, c in state.commands.items() if c.position[:2] not in gone}
            for tp in gone:
                state.consumed.pop(tp, None)
                state.answered.pop(tp, None)
            polled.clear()

        async def on_partitions_assigned(self, assigned: Any) -> None:
            nonlocal caught_up
            caught_up = False

    consumer = watchdog_consumer(settings)
    consumer.subscribe([events_topic, commands_topic], listener=_Rebalance())
    producer = make_producer(settings, linger_ms=0)
    await producer.start()
    await consumer.start()
    committed: dict[tuple[str, int], int] = {}
    next_check = 0.0
    try:
        while not stop.is_set():
            beat()
            batches = await consumer.getmany(timeout_ms=int(tick_s * 1000), max_records=settings.sink.fetch_max_records)
            at = now()
            _observe_answers(state, consumer, batches, polled, at=at)
            for tp, messages in batches.items():
                stats.consumed += len(messages)
                _observe(
                    state,
                    tp.topic,
                    tp.partition,
                    messages,
                    commands_topic=commands_topic,
                    settings=settings,
                    stats=stats,
                    at=at,
                )
            if not caught_up:
                caught_up = await _caught_up(consumer, fetched_nothing=not batches)
                if not caught_up:
                    continue
            # Looking for stuck attempts and computing commit offsets go over everything held: under load
            # (a fetch returning at once, many times a tick) do them once per tick, not once per fetch.
            checked_at = time.monotonic()
            if batches and checked_at < next_check:
                continue
            next_check = checked_at + tick_s
            await _record_timed_out(
                producer, state.expire(now()), events_topic=events_topic, attempts_topic=attempts_topic, stats=stats
            )
            state.forget(at)
            stats.open = len(state.open)
            assigned = {(tp.topic, tp.partition) for tp in consumer.assignment()}
            offsets = {
                tp: offset
                for tp, offset in state.committable_offsets().items()
                if tp in assigned and committed.get(tp) != offset
            }
            if offsets:
                await consumer.commit({TopicPartition(t, p): o for (t, p), o in offsets.items()})
                committed.update(offsets)
    finally:
        await consumer.stop()
        await producer.stop()
    return stats


def _observe_answers(
    state: WatchdogState, consumer: Any, batches: dict[Any, Any], polled: dict[Any, int | None], *, at: datetime
) -> None:
    """Tell the state which partitions the broker answered since the last look: records, or a fetch answered empty.

    aiokafka stamps a partition at every fetch response for it (``last_poll_timestamp``, records or
    none); a partition whose records wait in the consumer's buffer is not fetched again, and its
    records count as the answer.
    """
    for tp in consumer.assignment():
        stamp = consumer.last_poll_timestamp(tp)
        if tp in batches or stamp != polled.get(tp):
            polled[tp] = stamp
            state.observe_answer(topic=tp.topic, partition=tp.partition, now=at)


async def _record_timed_out(
    producer: Any, found: list[TimedOut], *, events_topic: str, attempts_topic: str, stats: WatchdogStats
) -> None:
    """Send each stuck attempt's ``timed_out`` event (and a runner run's outcome) and wait for the broker."""
    futures = []
    for item in found:
        futures.append(await producer.send(events_topic, encode(item.event), key=item.event.key))
        if item.outcome is not None:
            futures.append(await producer.send(attempts_topic, encode(item.outcome), key=item.outcome.key))
            stats.outcomes += 1
        stats.timed_out += 1
        logger.warning(
            "attempt %s of run %s (%s) timed out: %s",
            item.event.attempt,
            item.event.root_run_id,
            item.event.operation,
            item.event.error_message,
        )
    if futures:
        await asyncio.gather(*futures)


def watchdog_consumer(settings: Settings) -> Any:
    """The watchdog's consumer: partition p of the events and of the commands topic on the same member.

    An attempt's events and its command share their key (``root_run_id``), hence their partition
    number; the member that times the attempt out must hold its command, or no
    :class:`~errorflow.schemas.AttemptOutcome` goes to recovery and the runner run is never retried
    nor dead-lettered. aiokafka's default round-robin assignment split them once three pipeline
    workers shared the group.
    """
    from errorflow.streams.kafka import CO_PARTITIONED, make_consumer

    return make_consumer(settings, group=f"{settings.app_id}-watchdog", partition_assignment_strategy=CO_PARTITIONED)


def _observe(
    state: WatchdogState,
    topic: str,
    partition: int,
    messages: list[Any],
    *,
    commands_topic: str,
    settings: Settings,
    stats: WatchdogStats,
    at: datetime,
) -> None:
    """Fold a batch of one partition in; a malformed record is skipped (the sink or the runner quarantines it)."""
    for message in messages:
        try:
            _fold_one(state, topic, partition, message, commands_topic=commands_topic, settings=settings, at=at)
        except Exception as exc:  # one record's surprise (malformed or not) must not stop the watchdog
            stats.malformed += 1
            if not isinstance(exc, MalformedEventError):
                logger.exception("watchdog cannot read %s[%s]@%s", topic, partition, message.offset)
            state.skip(topic=topic, partition=partition, offset=message.offset)


def _fold_one(
    state: WatchdogState,
    topic: str,
    partition: int,
    message: Any,
    *,
    commands_topic: str,
    settings: Settings,
    at: datetime,
) -> None:
    """Fold one record in; raises MalformedEventError for a record the contract refuses."""
    max_bytes = settings.kafka.max_message_bytes
    if topic == commands_topic:
        command = decode(message.value, RunCommand, max_bytes=max_bytes)
        state.observe_command(command, topic=topic, partition=partition, offset=message.offset, now=at)
        return
    value = message.value if isinstance(message.value, bytes) else b""
    # Over the size limit the contract refuses it (too_large, quarantined by the sink): never folded in.
    wire = check_event(value) if len(value) <= max_bytes else None
    if wire is not None:
        state.observe_event(wire, topic=topic, partition=partition, offset=message.offset, now=at, raw=value)
        return
    # The contract path: what the fast check declines, pydantic accepts or refuses.
    event = decode(message.value, TaskRunEvent, max_bytes=max_bytes)
    state.observe_event(event, topic=topic, partition=partition, offset=message.offset, now=at)


async def _caught_up(consumer: Any, *, fetched_nothing: bool) -> bool:
    """True when the consumer has read what there is: an empty fetch, or every partition at its high watermark."""
    assignment = consumer.assignment()
    if not assignment:
        return False
    if fetched_nothing:
        return True
    for tp in assignment:
        high = consumer.highwater(tp)
        if high is None or await consumer.position(tp) < high:
            return False
    return True
