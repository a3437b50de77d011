"""The breaker agent: per-dependency circuit breakers in a changelogged Faust table.

Two parts, in the pipeline worker:

1. **The feed** (:func:`run_breaker_feed`), an aiokafka ``getmany`` loop on
   ``taskruns.events``: it folds each consumed batch into one
   :class:`~errorflow.breakers.Outcomes` per dependency (:func:`aggregate_events`),
   so its cost does not grow with the event rate at the agent, and sends one
   :class:`~errorflow.schemas.breakers.BreakerInput` per dependency to
   ``breakers.inputs`` (keyed by dependency), committing the events only after the
   inputs are acknowledged. Runs rejected by a breaker (error type
   :data:`CIRCUIT_OPEN_TYPE`) are not outcomes of the dependency and are skipped.
2. **The agent** (:func:`install_breaker_agent`), a Faust agent on ``breakers.inputs``
   that keeps every breaker in the changelogged table ``breakers`` (recovered after a
   restart): per input it restores the breaker, applies the input with
   :class:`BreakerCore` (pure), publishes each transition to ``breakers.state`` (keyed by
   dependency; the sink writes it to ``breaker_transitions``) and a ``breaker_open`` alert,
   and only then writes the table entry, once per input. Operator overrides and the
   wake-ups a timer sends when an open breaker's wait ends arrive on the same topic, in
   order with the outcomes.

Every id is derived from the dependency, the transition's sequence and the input's
time, and the state machine is run with the input's time, so an input redelivered
after a crash produces byte-identical records that the sink deduplicates.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import faust
import msgspec
import orjson
from faust.types import StreamT

from errorflow.breakers import Breaker, BreakerConfigSet, BreakerState, Outcomes, Transition
from errorflow.errors import MalformedEventError
from errorflow.schemas.alerts import Alert
from errorflow.schemas.breakers import BreakerInput, BreakerStateRecord
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = [
    "CIRCUIT_OPEN_TYPE",
    "BreakerCore",
    "BreakerStats",
    "Produced",
    "aggregate_events",
    "breaker_configs",
    "install_breaker_agent",
    "run_breaker_feed",
]

logger = logging.getLogger(__name__)

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


def breaker_configs(settings: Settings) -> BreakerConfigSet:
    """The breaker configuration: the policies file's ``[breakers]`` section over the defaults.

    Raises:
        ConfigurationError: the file or a breaker in it is invalid (at start-up).
    """
    path = settings.recovery.policies_file
    return BreakerConfigSet.from_toml(path) if path is not None else BreakerConfigSet()


class _Outcome(msgspec.Struct):
    """The four fields of a TaskRun event the breakers read (msgspec skips the rest, about 1 µs an event)."""

    dependency: str | None = None
    status: str | None = None
    error_type: str | None = None
    execution_time_s: float | None = None


_OUTCOME_DECODER = msgspec.json.Decoder(_Outcome)


def aggregate_events(values: Iterable[bytes | None], configs: BreakerConfigSet) -> tuple[dict[str, Outcomes], int, int]:
    """Fold raw TaskRun events into outcomes per dependency.

    Only final ``success`` and ``failed`` events of runs with a ``dependency`` count; a
    run rejected by a breaker does not. Returns ``(outcomes, events_seen, rejected_skipped)``;
    malformed records are skipped here (the sink quarantines them).
    """
    counts: dict[str, list[int]] = {}
    seen = rejected = 0
    for raw in values:
        seen += 1
        if not raw:
            continue
        try:
            event = _OUTCOME_DECODER.decode(raw)
        except Exception:  # not JSON, wrong types, invalid UTF-8, too deep: the sink quarantines it
            continue
        dependency, status = event.dependency, event.status
        if not dependency or status not in ("success", "failed"):
            continue
        if status == "failed" and event.error_type == CIRCUIT_OPEN_TYPE:
            rejected += 1
            continue
        slot = counts.get(dependency)
        if slot is None:
            slot = counts[dependency] = [0, 0, 0]
        slot[0 if status == "success" else 1] += 1
        elapsed = event.execution_time_s
        if elapsed is not None and elapsed >= configs.config_for(dependency).slow_call_duration_s:
            slot[2] += 1
    return {dep: Outcomes(*values) for dep, values in counts.items()}, seen, rejected


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

    def apply(self, item: BreakerInput, snapshot: dict[str, Any] | None) -> Applied:
        """Apply one input; return the new entry and, per transition, a state record and maybe an alert."""
        now = _epoch(item.observed_at)
        breaker = self.breaker(item.dependency, snapshot, now)
        if item.kind == "outcomes":
            transitions = breaker.record(Outcomes(item.successes, item.failures, item.slow), now)
        elif item.kind == "wake":
            transitions = breaker.tick(now)
        else:
            if item.action is None:
                raise MalformedEventError("invalid_fields", detail="an operator input names no action")
            transitions = [breaker.operator(item.action, now, actor=item.actor, note=item.reason)]
        applied = Applied(snapshot=breaker.snapshot(), transitions=transitions)
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
    settings: Settings, *, configs: BreakerConfigSet, stop: asyncio.Event, stats: BreakerStats | None = None
) -> BreakerStats:
    """Aggregate run outcomes per dependency per batch onto ``breakers.inputs`` until ``stop``."""
    from errorflow.schemas.events import utc_now
    from errorflow.streams.kafka import commit_assigned, make_consumer, make_producer

    stats = stats or BreakerStats()
    inputs_topic = settings.topic(Topics.BREAKER_INPUTS.name)
    consumer = make_consumer(
        settings,
        settings.topic(Topics.EVENTS.name),
        group=f"{settings.app_id}-breaker-feed",
    )
    producer = make_producer(settings)
    await producer.start()
    await consumer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            if not batches:
                continue
            offsets = {tp: messages[-1].offset + 1 for tp, messages in batches.items() if messages}
            values = (message.value for messages in batches.values() for message in messages)
            outcomes, seen, rejected = aggregate_events(values, configs)
            stats.events += seen
            stats.rejected_skipped += rejected
            observed_at = utc_now()
            futures = []
            for dependency, counts in outcomes.items():
                item = BreakerInput(
                    dependency=dependency,
                    kind="outcomes",
                    successes=counts.successes,
                    failures=counts.failures,
                    slow=counts.slow,
                    observed_at=observed_at,
                )
                futures.append(await producer.send(inputs_topic, encode(item), key=item.key))
            await asyncio.gather(*futures)
            stats.inputs_sent += len(futures)
            await commit_assigned(consumer, offsets)
    finally:
        await consumer.stop()
        await producer.stop()
    return stats


def install_breaker_agent(app: faust.App, settings: Settings, *, core: BreakerCore, stats: BreakerStats) -> Any:
    """Declare the breaker table, the agent on ``breakers.inputs`` and the wake-up timer on a Faust app.

    Returns the table (tests read it).
    """
    inputs = app.topic(settings.topic(Topics.BREAKER_INPUTS.name), key_serializer="raw", value_serializer="raw")
    topics = {
        name: app.topic(settings.topic(name), key_serializer="raw", value_serializer="raw")
        for name in (Topics.BREAKERS.name, Topics.ALERTS.name)
    }
    quarantine = app.topic(settings.topic(Topics.QUARANTINE.name), key_serializer="raw", value_serializer="raw")
    table = app.Table(TABLE_NAME, default=None, partitions=settings.kafka.partitions, key_type=str, value_type=bytes)
    asked: dict[str, int] = {}

    @app.agent(inputs, name="errorflow-breakers")
    async def apply_inputs(stream: StreamT[Any]) -> None:
        async for event in stream.events():
            try:
                item = decode(event.value, BreakerInput, max_bytes=settings.kafka.max_message_bytes)
                raw = table.get(item.dependency)
                snapshot = orjson.loads(raw) if raw else None
                applied = core.apply(item, snapshot)
            except Exception as exc:
                # A bad input (or a table entry it cannot be applied to) is quarantined once; the agent goes on.
                stats.malformed += 1
                message = event.message
                logger.warning(
                    "quarantining a bad breaker input at %s[%s]@%s: %r",
                    message.topic,
                    message.partition,
                    message.offset,
                    exc,
                )
                record = QuarantineRecord.for_record(
                    topic=message.topic,
                    partition=message.partition,
                    offset=message.offset,
                    key=event.key,
                    raw=event.value,
                    detected_by="breaker-agent",
                    reason=exc.reason if isinstance(exc, MalformedEventError) else "not_applicable",
                    detail=exc.detail if isinstance(exc, MalformedEventError) else repr(exc),
                )
                await quarantine.send(key=event.key, value=encode(record))
                continue
            # Publish first: a crash before the table write re-applies the input to the old
            # entry, which gives the same transitions with the same ids.
            futures = [await topics[rec.topic].send(key=rec.key, value=rec.value) for rec in applied.records]
            if futures:
                await asyncio.gather(*futures)
            for transition in applied.transitions:
                stats.transitions += 1
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
            table[item.dependency] = orjson.dumps(applied.snapshot)
            stats.table_writes += 1
            stats.inputs_applied += 1

    @app.timer(WAKE_INTERVAL_S)  # type: ignore[untyped-decorator]  # faust types timer() loosely
    async def wake_due_breakers() -> None:
        now = time.time()
        for dependency, raw in list(table.items()):
            if not raw:
                continue
            snapshot = orjson.loads(raw)
            sequence = int(snapshot["sequence"])
            max_half_open = core.configs.config_for(dependency).max_wait_half_open_s
            if asked.get(dependency) == sequence or not core.due_wake(snapshot, max_half_open, now):
                continue
            asked[dependency] = sequence
            item = BreakerInput(dependency=dependency, kind="wake", observed_at=_at(now))
            await inputs.send(key=item.key, value=encode(item))
            stats.wakes_sent += 1

    return table
