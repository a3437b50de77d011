"""The breaker agent: per-dependency circuit breakers in a changelogged Faust table.

Two parts, in the pipeline worker:

1. **The feed** (:func:`run_breaker_feed`), an aiokafka ``getmany`` loop on
   ``taskruns.events``: it folds each consumed batch into one
   :class:`~errorflow.schemas.breakers.BreakerInput` per dependency (:func:`feed_inputs`),
   so the agent's cost does not grow with the event rate, and sends them to
   ``breakers.inputs`` (keyed by dependency), committing the events only after the
   inputs are acknowledged. Each input names the events it counts (partition, offsets,
   kinds), so events read again after a crash are not counted again. Runs rejected by a
   breaker (error type :data:`CIRCUIT_OPEN_TYPE`) are not outcomes of the dependency and are skipped.
2. **The agent** (:func:`install_breaker_agent`), a Faust agent on ``breakers.inputs``
   that keeps every breaker in the changelogged table ``breakers`` (recovered after a
   restart): per input it restores the breaker, applies the input with
   :class:`BreakerCore` (pure), publishes each transition to ``breakers.state`` (keyed by
   dependency; the sink writes it to ``breaker_transitions``) and a ``breaker_open`` alert,
   and only then writes the table entry, once per input. Operator overrides and the
   wake-ups a timer sends when an open breaker's wait ends arrive on the same topic, in
   order with the outcomes.

Each outcome is counted once: the table entry holds a :class:`~errorflow.breakers.Ledger`
(per events partition the highest offset counted, and the position of the last input
applied), so events a restarted feed reads again, and inputs Faust delivers again after a
crash, are skipped.

Every id is derived from the dependency, the transition's sequence and the input's
time, and the state machine is run with the input's time, so an input redelivered
after a crash produces byte-identical records that the sink deduplicates.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from typing import Any

import faust
import orjson
from faust.types import StreamT

from errorflow.breakers import (
    Breaker,
    BreakerConfigSet,
    BreakerState,
    EventsPart,
    Ledger,
    Outcomes,
    Transition,
    kind_letter,
    tally,
)
from errorflow.errors import ErrorflowError, MalformedEventError, RecordRefusedError
from errorflow.healing.liveness import WorkTracker, no_beat, tracked
from errorflow.schemas.alerts import Alert
from errorflow.schemas.breakers import BreakerInput, BreakerStateRecord, CountedEvents
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.quarantine import REFUSED_BY_KAFKA, QuarantineRecord, quarantine_key
from errorflow.schemas.wire import read_event
from errorflow.settings import Settings
from errorflow.streams.confirmed import AckedTable, send_records, until_acknowledged
from errorflow.streams.topics import Topics

__all__ = [
    "CIRCUIT_OPEN_TYPE",
    "BreakerCore",
    "BreakerStats",
    "Produced",
    "aggregate_events",
    "breaker_configs",
    "feed_inputs",
    "outcomes_input",
    "install_breaker_agent",
    "read_entry",
    "run_breaker_feed",
]

logger = logging.getLogger(__name__)

UNREADABLE_ENTRY = "unreadable_table_entry"
"""The quarantine reason of an input whose breaker's table entry holds no breaker snapshot (:func:`read_entry`)."""

CIRCUIT_OPEN_TYPE = "errorflow.errors.CircuitOpenError"
"""The ``error_type`` of a run a breaker rejected: never counted as a failure of the dependency."""

TABLE_NAME = "breakers"
WAKE_INTERVAL_S = 0.2


@dataclass
class BreakerStats:
    """Counters of the feed and the agent."""

    events: int = 0
    rejected_skipped: int = 0
    inputs_sent: int = 0
    inputs_applied: int = 0
    transitions: int = 0
    table_writes: int = 0
    malformed: int = 0
    wakes_sent: int = 0
    inputs_redelivered: int = 0
    """Inputs the agent had applied already (Faust delivered them again after a crash): skipped."""
    outcomes_recounted: int = 0
    """Outcomes in inputs that the breaker had counted already (a feed read them again): not counted."""
    publish_retries: int = 0
    """Tries of the agent's records (transitions, alerts, quarantine records, table entries) that Kafka did not
    acknowledge in time: each was sent again, its input not committed meanwhile."""
    refused: int = 0
    """Inputs whose transitions or alerts Kafka refused for good: quarantined (``refused_by_kafka``), not applied."""
    wakes_failed: int = 0
    """Wake-ups not acknowledged in time: asked for again at the timer's next turn."""
    unreadable_entries: int = 0
    """Table entries the wake-up timer found holding no breaker snapshot (each value counted once): passed by."""
    inputs_taken_alone: int = 0
    """The feed's inputs (or halves of them) Kafka refused in a batch and took sent alone."""
    events_quarantined: int = 0
    """Events whose one-event input Kafka refused for good even alone: quarantined (``refused_by_kafka``),
    not counted."""


@dataclass(frozen=True, slots=True)
class Produced:
    """One record the agent publishes: relative topic name, key, value."""

    topic: str
    key: bytes
    value: bytes


@dataclass
class Applied:
    """What applying one input gave: the new table entry and the records to publish first."""

    snapshot: dict[str, Any]
    records: list[Produced] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)
    redelivered: bool = False
    """The input had been applied already: nothing changed, nothing to write."""
    recounted: int = 0
    """Outcomes of the input the breaker had counted already, left out."""


def breaker_configs(settings: Settings) -> BreakerConfigSet:
    """The breaker configuration: the policies file's ``[breakers]`` section over the defaults.

    Raises:
        ConfigurationError: the file or a breaker in it is invalid (at start-up).
    """
    path = settings.recovery.policies_file
    return BreakerConfigSet.from_toml(path) if path is not None else BreakerConfigSet()


_OUTCOME_STATUSES = frozenset({"success", "failed", "timed_out"})
"""Final statuses that are outcomes of a call: a ``timed_out`` attempt (its ``timeout_s``, deadline or
heartbeat passed) failed, as Resilience4j records a time limiter's timeout; ignored, a dependency that
hangs never opened its breaker, and half-open trials that timed out never completed the trial count."""


_REJECTED = "r"


def _outcome(raw: bytes | None, configs: BreakerConfigSet, max_bytes: int | None) -> tuple[str | None, str]:
    """``(dependency, kind letter)`` of a run outcome; ``(None, "r")`` for a rejection, ``(None, "")`` otherwise.

    Read as every agent reads an event (:func:`~errorflow.schemas.wire.read_event`): a record that
    names a dependency and a status but that the contract refuses is the sink's to quarantine,
    never a call of the dependency (garbage on the events topic must not open a breaker).
    """
    if not raw:
        return None, ""
    try:
        event = read_event(raw, max_bytes=max_bytes)
    except ErrorflowError:  # not JSON, wrong types, invalid UTF-8, too deep or large: the sink quarantines it
        return None, ""
    dependency, status = event.dependency, getattr(event.status, "value", event.status)
    if not dependency or status not in _OUTCOME_STATUSES:
        return None, ""
    if status == "failed" and event.error_type == CIRCUIT_OPEN_TYPE:
        return None, _REJECTED
    elapsed = event.execution_time_s
    slow = elapsed is not None and elapsed >= configs.config_for(dependency).slow_call_duration_s
    return dependency, kind_letter(failed=status != "success", slow=slow)


def aggregate_events(
    values: Iterable[bytes | None], configs: BreakerConfigSet, *, max_bytes: int | None = None
) -> tuple[dict[str, Outcomes], int, int]:
    """Fold raw TaskRun events into outcomes per dependency.

    Only final ``success``, ``failed`` and ``timed_out`` (a failure) events of runs with a
    ``dependency`` count; a run rejected by a breaker does not. Returns ``(outcomes, events_seen, rejected_skipped)``;
    malformed records are skipped here (the sink quarantines them). The feed sends :func:`feed_inputs`,
    which also names each event counted; this is the count alone, the reference the tests hold it to.
    """
    letters: dict[str, list[str]] = {}
    seen = rejected = 0
    for raw in values:
        seen += 1
        dependency, letter = _outcome(raw, configs, max_bytes)
        if dependency is None:
            rejected += letter == _REJECTED
            continue
        letters.setdefault(dependency, []).append(letter)
    return {dep: tally("".join(kinds)) for dep, kinds in letters.items()}, seen, rejected


def feed_inputs(
    partitions: Mapping[int, Iterable[tuple[int, bytes | None]]],
    configs: BreakerConfigSet,
    *,
    observed_at: datetime,
    max_bytes: int | None = None,
) -> tuple[list[BreakerInput], int, int]:
    """One ``outcomes`` input per dependency from one fetched batch, naming the events it counts.

    ``partitions`` maps each ``taskruns.events`` partition to its records as ``(offset, value)``,
    in offset order. Events are counted as by :func:`aggregate_events`; each input also carries,
    per partition, the offsets and kinds of the events it counts, so the agent's ledger counts an
    event once however many inputs name it. ``max_bytes``: the largest event the contract takes
    (``kafka.max_message_bytes``). Returns ``(inputs, events_seen, rejected_skipped)``.
    """
    found: dict[str, dict[int, list[tuple[int, str]]]] = {}
    seen = rejected = 0
    for partition, records in partitions.items():
        for offset, raw in records:
            seen += 1
            dependency, letter = _outcome(raw, configs, max_bytes)
            if dependency is None:
                rejected += letter == _REJECTED
                continue
            found.setdefault(dependency, {}).setdefault(partition, []).append((offset, letter))
    inputs = [outcomes_input(dependency, by_partition, observed_at) for dependency, by_partition in found.items()]
    return inputs, seen, rejected


def outcomes_input(
    dependency: str, by_partition: Mapping[int, Iterable[tuple[int, str]]], observed_at: datetime
) -> BreakerInput:
    """The ``outcomes`` input of ``dependency`` counting the events ``by_partition`` names.

    ``by_partition`` holds ``(offset, kind letter)`` pairs per ``taskruns.events`` partition, in ascending offset order.
    """
    parts = [EventsPart.of(partition, events) for partition, events in sorted(by_partition.items())]
    total = Outcomes()
    for part in parts:
        total = total + part.outcomes()
    return BreakerInput(
        dependency=dependency,
        kind="outcomes",
        successes=total.successes,
        failures=total.failures,
        slow=total.slow,
        observed_at=observed_at,
        counted=tuple(
            CountedEvents(partition=part.partition, offsets=tuple(part.offsets), kinds=part.kinds) for part in parts
        ),
    )


def _epoch(value: datetime) -> float:
    return value.timestamp()


def _at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


class BreakerCore:
    """Applies one input to one breaker's table entry; pure, no I/O, the time comes with the input."""

    def __init__(self, configs: BreakerConfigSet) -> None:
        self.configs = configs

    def breaker(self, dependency: str, snapshot: dict[str, Any] | None, now: float) -> Breaker:
        """Rebuild a breaker from its table entry, or a new closed one."""
        config = self.configs.config_for(dependency)
        return Breaker.restore(snapshot, config) if snapshot else Breaker(dependency, config, now=now)

    def apply(
        self,
        item: BreakerInput,
        snapshot: dict[str, Any] | None,
        *,
        clock: float | None = None,
        position: tuple[int, int] | None = None,
    ) -> Applied:
        """Apply one input; return the new entry and, per transition, a state record and maybe an alert.

        ``clock`` is the agent's time as it reads the input: an input observed later than that (a
        producer's clock ahead, or a hostile time) is applied at ``clock``, since its time would
        otherwise become the breaker's ``since``/``open_until`` and a time window's bucket for good.
        ``position`` is the input's ``(partition, offset)`` on ``breakers.inputs``: an input at or
        before the last one applied to this entry was applied already (Faust delivered it again)
        and changes nothing. Of an input naming the events it counts, only the events the entry's
        ledger has not counted yet are counted; ``reset`` forgets which events were counted.
        """
        ledger = Ledger.from_snapshot(snapshot)
        if ledger.redelivered(position):
            return Applied(snapshot=dict(snapshot or {}), redelivered=True)
        now = _epoch(item.observed_at)
        if clock is not None:
            now = min(now, clock)
        breaker = self.breaker(item.dependency, snapshot, now)
        recounted = 0
        if item.kind == "outcomes":
            counts = Outcomes(item.successes, item.failures, item.slow)
            if item.counted:
                fresh = ledger.count(item.parts())
                recounted, counts = counts.calls - fresh.calls, fresh
            transitions = breaker.record(counts, now)
        elif item.kind == "wake":
            transitions = breaker.tick(now)
        else:
            if item.action is None:
                raise MalformedEventError("invalid_fields", detail="an operator input names no action")
            transitions = [breaker.operator(item.action, now, actor=item.actor, note=item.reason)]
            if item.action == "reset":
                ledger.clear_marks()
        ledger.applied(position)
        applied = Applied(
            snapshot={**breaker.snapshot(), **ledger.to_snapshot()}, transitions=transitions, recounted=recounted
        )
        for transition in transitions:
            record = self.state_record(transition)
            applied.records.append(Produced(Topics.BREAKERS.name, record.key, encode(record)))
            alert = self.alert(transition, record)
            if alert is not None:
                applied.records.append(Produced(Topics.ALERTS.name, alert.key, encode(alert)))
        return applied

    def state_record(self, transition: Transition) -> BreakerStateRecord:
        """The record of one transition for ``breakers.state`` and ``breaker_transitions``."""
        config = self.configs.config_for(transition.dependency)
        return BreakerStateRecord(
            transition_id=f"{transition.dependency}:{transition.sequence}:{round(transition.at * 1000)}",
            breaker=transition.dependency,
            dependency=transition.dependency,
            state=transition.to_state.value,
            from_state=transition.from_state.value,
            reason=transition.reason,
            sequence=transition.sequence,
            transitioned_at=_at(transition.at),
            open_until=None if transition.open_until is None else _at(transition.open_until),
            calls=transition.calls,
            failures=transition.failures,
            slow_calls=transition.slow_calls,
            failure_rate=transition.failure_rate,
            slow_call_rate=transition.slow_call_rate,
            window_type=transition.window_type,
            window_size=transition.window_size,
            minimum_calls=config.minimum_calls,
            failure_rate_threshold=config.failure_rate_threshold,
            slow_call_rate_threshold=config.slow_call_rate_threshold,
            trials_per_process=config.trials_per_process,
            actor=transition.actor,
            note=transition.note,
        )

    @staticmethod
    def alert(transition: Transition, record: BreakerStateRecord) -> Alert | None:
        """A ``breaker_open`` alert firing when a breaker opens, resolved when it closes again."""
        incident = f"breaker_open:{transition.dependency}"
        if transition.to_state in (BreakerState.OPEN, BreakerState.FORCED_OPEN) and transition.from_state not in (
            BreakerState.OPEN,
            BreakerState.FORCED_OPEN,
        ):
            why = (
                f"forced open by {transition.actor or 'an operator'}: {transition.note}"
                if transition.to_state is BreakerState.FORCED_OPEN
                else f"{transition.reason} {transition.failure_rate:.0%} failures, {transition.slow_call_rate:.0%} "
                f"slow over {transition.calls} calls"
            )
            return Alert(
                alert_id=f"{record.transition_id}:alert",
                incident_id=incident,
                rule="breaker_open",
                severity="HIGH",
                dependency=transition.dependency,
                message=f"circuit breaker of {transition.dependency} opened: {why}",
                value=transition.failure_rate if transition.reason != "slow_call_rate" else transition.slow_call_rate,
                threshold=record.failure_rate_threshold
                if transition.reason != "slow_call_rate"
                else record.slow_call_rate_threshold,
                window_s=float(transition.window_size) if transition.window_type == "time" else None,
                fired_at=record.transitioned_at,
                labels={"transition_id": record.transition_id, "reason": transition.reason},
            )
        if transition.to_state is BreakerState.CLOSED and transition.from_state is not BreakerState.CLOSED:
            return Alert(
                alert_id=f"{record.transition_id}:alert",
                incident_id=incident,
                rule="breaker_open",
                severity="HIGH",
                state="resolved",
                dependency=transition.dependency,
                message=f"circuit breaker of {transition.dependency} closed: {transition.reason}",
                fired_at=record.transitioned_at,
                resolved_at=record.transitioned_at,
                labels={"transition_id": record.transition_id, "reason": transition.reason},
            )
        return None

    @staticmethod
    def due_wake(snapshot: dict[str, Any], config_max_half_open_s: float, now: float) -> bool:
        """Whether time alone changes this breaker now (an open wait ended, a half-open stay timed out)."""
        state = snapshot.get("state")
        if state == BreakerState.OPEN.value:
            until = snapshot.get("open_until")
            return until is not None and now >= float(until)
        if state == BreakerState.HALF_OPEN.value and config_max_half_open_s > 0:
            return now >= float(snapshot["since"]) + config_max_half_open_s
        return False


async def run_breaker_feed(
    settings: Settings,
    *,
    configs: BreakerConfigSet,
    stop: asyncio.Event,
    stats: BreakerStats | None = None,
    beat: Callable[[], None] = no_beat,
) -> BreakerStats:
    """Aggregate run outcomes per dependency per batch onto ``breakers.inputs`` until ``stop``."""
    from errorflow.agents.breaker_refusals import FeedRefusals, refused_inputs
    from errorflow.schemas.events import utc_now
    from errorflow.streams.derived import send_traced
    from errorflow.streams.kafka import commit_assigned, make_consumer, make_producer

    stats = stats or BreakerStats()
    inputs_topic = settings.topic(Topics.BREAKER_INPUTS.name)
    events_topic = settings.topic(Topics.EVENTS.name)
    consumer = make_consumer(settings, events_topic, group=f"{settings.app_id}-breaker-feed")
    producer = make_producer(settings)
    refusals = FeedRefusals(
        producer,
        alone=partial(make_producer, settings, max_batch_size=1, linger_ms=0),
        inputs_topic=inputs_topic,
        quarantine_topic=settings.topic(Topics.QUARANTINE.name),
        events_topic=events_topic,
        timeout_s=settings.kafka.request_timeout_s,
    )
    await producer.start()
    await consumer.start()
    try:
        while not stop.is_set():
            beat()
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            if not batches:
                continue
            offsets = {tp: messages[-1].offset + 1 for tp, messages in batches.items() if messages}
            records = {
                tp.partition: [(message.offset, message.value) for message in messages]
                for tp, messages in batches.items()
            }
            items, seen, rejected = feed_inputs(
                records, configs, observed_at=utc_now(), max_bytes=settings.kafka.max_message_bytes
            )
            stats.events += seen
            stats.rejected_skipped += rejected
            # A refused input (Kafka refuses a whole batch over its size limit) is sent again alone, or its
            # events are quarantined (agents.breaker_refusals): raised, it stopped the feed at every start.
            futures = [await send_traced(producer, inputs_topic, encode(item), item.key) for item in items]
            refused = refused_inputs(items, await asyncio.gather(*futures, return_exceptions=True))
            if refused:
                events = {
                    (tp.partition, message.offset): message for tp, messages in batches.items() for message in messages
                }
                taken, quarantined = await refusals.settle(refused, events)
                stats.inputs_taken_alone += taken
                stats.events_quarantined += quarantined
            stats.inputs_sent += len(futures) - len(refused)
            await commit_assigned(consumer, offsets)
    finally:
        await refusals.close()
        await consumer.stop()
        await producer.stop()
    return stats


def install_breaker_agent(
    app: faust.App, settings: Settings, *, core: BreakerCore, stats: BreakerStats, work: WorkTracker | None = None
) -> Any:
    """Declare the breaker table, the agent on ``breakers.inputs`` and the wake-up timer on a Faust app.

    ``work`` watches the agent's progress (the pipeline's ``/healthz``): it is busy from
    taking an input until its records are acknowledged by Kafka and its table entry's
    changelog record too (:mod:`errorflow.streams.confirmed`): records that fail are sent
    again while the input waits, uncommitted, and the agent takes no other input meanwhile,
    since a breaker's state must follow its inputs in order.

    Returns the table (tests read it).
    """
    inputs = app.topic(settings.topic(Topics.BREAKER_INPUTS.name), key_serializer="raw", value_serializer="raw")
    topics = {
        name: app.topic(settings.topic(name), key_serializer="raw", value_serializer="raw")
        for name in (Topics.BREAKERS.name, Topics.ALERTS.name)
    }
    quarantine = app.topic(settings.topic(Topics.QUARANTINE.name), key_serializer="raw", value_serializer="raw")
    table = AckedTable.declare(app, TABLE_NAME, default=None, partitions=settings.kafka.partitions, value_type=bytes)
    timeout_s = settings.kafka.request_timeout_s

    async def acknowledged(send: Any, what: str, *, hold_refused: bool = False) -> None:
        stats.publish_retries += await until_acknowledged(
            send, timeout_s=timeout_s, what=what, hold_refused=hold_refused
        )

    async def quarantine_input(event: Any, exc: Exception, where: str) -> None:
        # The quarantine record is the input's only trace: the input is done once it is on the topic,
        # and held (the agent stuck, loudly) while Kafka refuses even that.
        record = _quarantined(event, exc)
        await acknowledged(
            send_records([(quarantine, quarantine_key(event.key), record)]), f"quarantine of {where}", hold_refused=True
        )

    @app.agent(inputs, name="errorflow-breakers")
    async def apply_inputs(stream: StreamT[Any]) -> None:
        # Busy from taking an input until asking for the next: /healthz (progress) names a stuck agent.
        async for event in tracked(stream.events(), (work or WorkTracker(time.monotonic)).slot()):
            message = event.message
            where = f"{message.topic}[{message.partition}]@{message.offset}"
            try:
                item = decode(event.value, BreakerInput, max_bytes=settings.kafka.max_message_bytes)
                snapshot = read_entry(item.dependency, table.get(item.dependency))
                position = (message.partition, message.offset)
                applied = core.apply(item, snapshot, clock=time.time(), position=position)
            except Exception as exc:
                # A bad input (or a table entry it cannot be applied to) is quarantined once; the agent goes on.
                stats.malformed += 1
                logger.warning("quarantining a bad breaker input at %s: %r", where, exc)
                await quarantine_input(event, exc, where)
                continue
            if applied.redelivered:
                stats.inputs_redelivered += 1
                logger.debug("skipping a breaker input applied before its redelivery: %s", position)
                continue
            stats.outcomes_recounted += applied.recounted
            # Publish first: a crash before the table write re-applies the input to the old
            # entry, which gives the same transitions with the same ids. A crash after it (before
            # Faust commits the input) redelivers an input the entry's ledger skips.
            records = [(topics[rec.topic], rec.key, rec.value) for rec in applied.records]
            try:
                await acknowledged(send_records(records), f"breaker {item.dependency}'s records of input {where}")
            except RecordRefusedError as exc:
                # Refused for good, they would hold every breaker for ever: the input is quarantined and not
                # applied (no table entry), so the breaker stays as its published transitions say.
                stats.refused += 1
                logger.error("quarantining breaker input %s: %s", where, exc)
                await quarantine_input(event, exc, where)
                continue
            for transition in applied.transitions:
                stats.transitions += 1
                _log_transition(transition)
            # Faust would commit the input without waiting for the entry's changelog record (and drop
            # it on failure): lost, a restart would rebuild the entry as it was before the input.
            entry = table.write(item.dependency, orjson.dumps(applied.snapshot))
            # Its transitions are out: without the entry a restart would rebuild the breaker without them.
            await acknowledged(entry, f"breaker {item.dependency}'s table entry for input {where}", hold_refused=True)
            stats.table_writes += 1
            stats.inputs_applied += 1

    _install_wake_timer(app, table, inputs, core=core, stats=stats, timeout_s=timeout_s)
    return table


def _install_wake_timer(
    app: faust.App, table: Any, inputs: Any, *, core: BreakerCore, stats: BreakerStats, timeout_s: float
) -> None:
    """Send a ``wake`` input for each breaker whose state time alone changes now (once per sequence)."""
    asked: dict[str, int] = {}
    warned: dict[str, int] = {}  # the sequence whose failed wake-up was logged: once, not every turn
    unreadable: dict[str, Any] = {}

    @app.timer(WAKE_INTERVAL_S)  # type: ignore[untyped-decorator]  # faust types timer() loosely
    async def wake_due_breakers() -> None:
        now = time.time()
        for dependency, raw in list(table.items()):
            try:
                snapshot = read_entry(dependency, raw)
                if snapshot is None:
                    continue
                sequence = snapshot["sequence"]
                due = core.due_wake(snapshot, core.configs.config_for(dependency).max_wait_half_open_s, now)
            except Exception as exc:
                # An exception out of a Faust timer crashes the whole worker, and the entry is recovered
                # again at the restart: one entry the agent did not write would stop the pipeline for good.
                if unreadable.get(dependency) != raw:  # once per value, not every turn
                    unreadable[dependency] = raw
                    stats.unreadable_entries += 1
                    logger.error("breaker %s is not woken: its table entry cannot be read (%s)", dependency, exc)
                continue
            if asked.get(dependency) == sequence or not due:
                continue
            item = BreakerInput(dependency=dependency, kind="wake", observed_at=_at(now))
            try:
                # One try: a wake-up not acknowledged is asked for again at the next turn, not marked asked.
                await until_acknowledged(
                    send_records([(inputs, item.key, encode(item))]), timeout_s=timeout_s, what="a wake-up", tries=1
                )
            except Exception as exc:
                stats.wakes_failed += 1
                level = logging.DEBUG if warned.get(dependency) == sequence else logging.WARNING
                warned[dependency] = sequence
                logger.log(level, "the wake-up of breaker %s was not acknowledged (%r): asked again", dependency, exc)
                continue
            asked[dependency] = sequence
            stats.wakes_sent += 1


def read_entry(dependency: str, raw: Any) -> dict[str, Any] | None:
    """The breaker snapshot ``dependency``'s table entry holds (None when there is no entry).

    The table is rebuilt at every start from its changelog topic, which anything with rights on
    it may have written to: an entry the agent did not write (not JSON, not an object, another
    dependency's, a field of the wrong type) is refused here with the same clear reason wherever
    it is read, instead of as whatever exception the state machine would raise on it.

    Raises:
        MalformedEventError: (reason :data:`UNREADABLE_ENTRY`) the entry holds no snapshot of ``dependency``.
    """
    if raw is None or raw == b"":
        return None
    try:
        snapshot = orjson.loads(raw)
    except (orjson.JSONDecodeError, TypeError) as exc:
        detail = f"breaker {dependency}'s table entry is not JSON: {exc}"
        raise MalformedEventError(UNREADABLE_ENTRY, detail=detail) from exc
    problem = _snapshot_problem(dependency, snapshot)
    if problem:
        raise MalformedEventError(UNREADABLE_ENTRY, detail=f"breaker {dependency}'s table entry {problem}")
    return snapshot  # type: ignore[no-any-return]


def _snapshot_problem(dependency: str, snapshot: Any) -> str:
    """Why ``snapshot`` is not a breaker snapshot of ``dependency`` ("" when it is one), as far as reading it needs."""
    if not isinstance(snapshot, dict):
        return f"is a JSON {type(snapshot).__name__}, not an object"
    if snapshot.get("dependency") != dependency:
        return "names another dependency"
    state = snapshot.get("state")
    if not isinstance(state, str) or state not in _STATES:
        return "has no known state"
    since, sequence, until = snapshot.get("since"), snapshot.get("sequence"), snapshot.get("open_until")
    if not (_is_number(since) and isinstance(sequence, int) and not isinstance(sequence, bool)):
        return "has no time or no integer sequence"
    if until is not None and not _is_number(until):
        return "has an open_until that is not a time"
    return ""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_STATES = frozenset(state.value for state in BreakerState)


def _quarantined(event: Any, exc: Exception) -> bytes:
    """The quarantine record of a breaker input that could not be decoded or applied."""
    message = event.message
    return encode(
        QuarantineRecord.for_record(
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=event.key,
            raw=event.value,
            detected_by="breaker-agent",
            reason=_reason(exc),
            detail=exc.detail if isinstance(exc, MalformedEventError) else repr(exc),
        )
    )


def _reason(exc: Exception) -> str:
    """The quarantine reason of a breaker input: its contract's, Kafka's refusal of its records, or not applicable."""
    if isinstance(exc, MalformedEventError):
        return exc.reason
    return REFUSED_BY_KAFKA if isinstance(exc, RecordRefusedError) else "not_applicable"


def _log_transition(transition: Transition) -> None:
    logger.info(
        "breaker %s: %s -> %s (%s; %d calls, failure rate %.2f, slow rate %.2f)",
        transition.dependency,
        transition.from_state.value,
        transition.to_state.value,
        transition.reason,
        transition.calls,
        transition.failure_rate,
        transition.slow_call_rate,
    )
