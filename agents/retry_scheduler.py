"""The retry scheduler agent: hold retry commands until they are due, then hand them to the runner.

The pure part is :class:`~errorflow.recovery.RetryScheduler` (a heap by due time,
deduplicated by idempotency key, with per-partition committable offsets). This
module is the thin adapter around it: an aiokafka consumer on ``taskruns.retry``
whose fetch wait is the time until the next due retry (at most
``recovery.scheduler_tick_s``), a producer to ``taskruns.commands``, and commits of
:meth:`~errorflow.recovery.RetryScheduler.committable_offsets` only, so the
schedule lives in Kafka: after a crash the agent re-reads every retry that had not
fired and rebuilds the heap.

A retry that fired just before a crash may fire again after the restart (its
record is above the committed offset); the function runner skips an attempt it
has already started or completed, so the attempt still runs once. Nothing waits
inside the loop but the fetch, so a five-minute resource wait delays no other
run, key or partition.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from errorflow.errors import MalformedEventError
from errorflow.healing.liveness import no_beat
from errorflow.recovery import RetryScheduler, Scheduled, retry_due_at
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.quarantine import HANDLER_FAILED, QuarantineRecord, failure_detail, quarantine_key
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = [
    "BEYOND_HORIZON",
    "FireRecord",
    "RetrySchedulerStats",
    "accept",
    "fire_due",
    "run_retry_scheduler",
    "send_due",
    "settle_fired",
]

logger = logging.getLogger(__name__)

BEYOND_HORIZON = "retry_beyond_horizon"
"""Quarantine reason of a retry whose delay no retry policy allows (``MAX_POLICY_S``): held, it would hold its
partition's committed offset back for ever."""

_FORGET_AFTER = timedelta(hours=1)
"""Fired keys older than this are forgotten; a redelivery older than that is absorbed by the runner."""
_FORGET_EVERY_S = 1.0
"""How often fired keys past :data:`_FORGET_AFTER` are dropped: a pass over all of them took 1-2 % of the
pipeline's interpreter at 5,000 failures a second when it ran on every turn of the loop."""


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class RetrySchedulerStats:
    """Counters and delay errors of the retry scheduler."""

    consumed: int = 0
    scheduled: int = 0
    duplicates: int = 0
    fired: int = 0
    quarantined: int = 0
    max_late_s: float = 0.0
    """Largest lateness of a fired retry (fire time minus due time)."""


@dataclass(frozen=True, slots=True)
class FireRecord:
    """One retry released to the runner."""

    key: str
    due_at: datetime
    fired_at: datetime

    @property
    def late_s(self) -> float:
        """How late the retry fired; negative by up to ``recovery.dispatch_lead_s`` (handed over early)."""
        return (self.fired_at - self.due_at).total_seconds()


def accept(
    scheduler: RetryScheduler[RunCommand],
    raw: bytes | None,
    *,
    partition: int,
    offset: int,
    now: datetime,
    max_bytes: int,
    received_at: datetime | None = None,
) -> RunCommand | MalformedEventError | None:
    """Decode one retry record and hold it; return the command, the decode error, or None for a duplicate.

    Never raises: any failure with one record is returned as the reason to quarantine it.

    A command without ``not_before`` is due at once (``now``). ``received_at`` is the record's
    timestamp: the due time is bounded by it (:func:`~errorflow.recovery.retry_due_at`), and a
    delay no policy allows is refused (reason ``retry_beyond_horizon``) instead of held for ever.
    """
    try:
        command = decode(raw, RunCommand, max_bytes=max_bytes)
        encode(command)  # it is sent on when due: a command that cannot be encoded again is refused now
        due = now
        if command.not_before is not None:
            try:
                due = retry_due_at(command.not_before, issued_at=command.issued_at, received_at=received_at)
            except ValueError as exc:
                raise MalformedEventError(BEYOND_HORIZON, detail=str(exc)) from exc
        # An attempt an open breaker deferred comes back under the same idempotency key;
        # each deferral is its own record.
        deferral = f"~deferred{command.breaker_deferrals}" if command.breaker_deferrals else ""
        key = command.idempotency_key + deferral
        if not scheduler.add(command, due, key=key, partition=partition, offset=offset):
            return None
    except Exception as exc:  # one record's surprise must not stop the schedule
        malformed = (
            exc
            if isinstance(exc, MalformedEventError)
            else MalformedEventError(HANDLER_FAILED, detail=failure_detail(exc))
        )
        scheduler.add(None, now, key=f"malformed:{partition}:{offset}", partition=partition, offset=offset)  # type: ignore[arg-type]
        scheduler.mark_fired(f"malformed:{partition}:{offset}")
        return malformed
    return command


async def fire_due(
    scheduler: RetryScheduler[RunCommand],
    send: Callable[[RunCommand], Any],
    *,
    now: Callable[[], datetime] = _utc_now,
    lead_s: float = 0.0,
) -> list[FireRecord]:
    """Produce every retry due within ``lead_s`` and wait for the acknowledgements; mark each fired or release it.

    ``send(command)`` must return an awaitable that resolves when the broker acknowledged
    the record (aiokafka's ``await producer.send(...)`` future).
    """
    sent = await send_due(scheduler, send, now=now, lead_s=lead_s)
    if sent is None:
        return []
    due, futures, fired_at = sent
    return await settle_fired(scheduler, due, futures, fired_at=fired_at)


async def send_due(
    scheduler: RetryScheduler[RunCommand],
    send: Callable[[RunCommand], Any],
    *,
    now: Callable[[], datetime] = _utc_now,
    lead_s: float = 0.0,
) -> tuple[list[Scheduled[RunCommand]], list[Any], datetime] | None:
    """Hand every retry due within ``lead_s`` to the producer; return them, their delivery futures and the fire time.

    None when none is due. The retries stay in flight until :func:`settle_fired` marks them
    fired or releases them; the runner starts each at its ``not_before``
    (:func:`errorflow.runner.core.start_delay_s`).
    """
    due: list[Scheduled[RunCommand]] = scheduler.pop_due(now() + timedelta(seconds=lead_s))
    if not due:
        return None
    fired_at = now()
    return due, [await send(entry.item) for entry in due], fired_at


async def settle_fired(
    scheduler: RetryScheduler[RunCommand],
    due: list[Scheduled[RunCommand]],
    futures: list[Any],
    *,
    fired_at: datetime,
) -> list[FireRecord]:
    """Wait for the acknowledgements of retries sent; mark each fired, or release it to fire again."""
    results = await asyncio.gather(*futures, return_exceptions=True)
    fired: list[FireRecord] = []
    for entry, result in zip(due, results, strict=True):
        if isinstance(result, BaseException):
            logger.warning("could not fire retry %s (%s); it stays due", entry.key, result)
            scheduler.release(entry.key)
            continue
        scheduler.mark_fired(entry.key)
        fired.append(FireRecord(key=entry.key, due_at=entry.due_at, fired_at=fired_at))
    return fired


async def run_retry_scheduler(
    settings: Settings,
    *,
    stop: asyncio.Event,
    stats: RetrySchedulerStats | None = None,
    on_fire: Callable[[FireRecord], None] | None = None,
    beat: Callable[[], None] = no_beat,
) -> RetrySchedulerStats:
    """Consume ``taskruns.retry`` and release commands to ``taskruns.commands`` when due, until ``stop``."""
    from errorflow.streams.kafka import OnRevoked, make_consumer, make_producer

    stats = stats or RetrySchedulerStats()
    retry_topic = settings.topic(Topics.RETRY.name)
    commands_topic = settings.topic(Topics.COMMANDS.name)
    quarantine_topic = settings.topic(Topics.QUARANTINE.name)
    tick_s = settings.recovery.scheduler_tick_s
    lead = timedelta(seconds=settings.recovery.dispatch_lead_s)
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()

    def hand_over(revoked: set[Any]) -> None:
        dropped = scheduler.revoke(tp.partition for tp in revoked)
        if dropped:
            logger.info("rebalance: %d pending retries handed to the partitions' new owner", len(dropped))

    consumer = make_consumer(settings, group=f"{settings.app_id}-retry-scheduler")
    consumer.subscribe([retry_topic], listener=OnRevoked(hand_over))
    # No linger: a due retry goes out at once (fired retries come a few at a time, there is little to batch).
    producer = make_producer(settings, linger_ms=0)
    await producer.start()
    await consumer.start()

    async def send(command: RunCommand) -> Any:
        return await producer.send(commands_topic, encode(command), key=command.key)

    background = _Background(scheduler, consumer, retry_topic, stats, on_fire)
    try:
        while not stop.is_set():
            beat()
            background.reap()
            wait_s = scheduler.sleep_s(_utc_now() + lead, tick_s=tick_s)
            batches = await consumer.getmany(timeout_ms=max(1, int(wait_s * 1000)), max_records=1000)
            quarantine: list[Any] = []
            for tp, messages in batches.items():
                for message in messages:
                    stats.consumed += 1
                    result = accept(
                        scheduler,
                        message.value,
                        partition=tp.partition,
                        offset=message.offset,
                        now=_utc_now(),
                        max_bytes=settings.kafka.max_message_bytes,
                        received_at=_record_time(message),
                    )
                    if isinstance(result, MalformedEventError):
                        stats.quarantined += 1
                        record = QuarantineRecord.for_record(
                            topic=tp.topic,
                            partition=tp.partition,
                            offset=message.offset,
                            key=message.key,
                            raw=message.value,
                            detected_by="retry-scheduler",
                            reason=result.reason,
                            detail=result.detail,
                        )
                        quarantine.append(
                            await producer.send(quarantine_topic, encode(record), key=quarantine_key(message.key))
                        )
                    elif result is None:
                        stats.duplicates += 1
                    else:
                        stats.scheduled += 1
            if quarantine:
                # Before any commit: a malformed record's offset is committable at once.
                await asyncio.gather(*quarantine)
            sent = await send_due(scheduler, send, lead_s=lead.total_seconds())
            if sent is not None:
                background.settle(*sent)
            background.commit_soon()
            background.forget_fired()
        await background.drain()
    finally:
        await background.cancel()
        await consumer.stop()
        await producer.stop()
    return stats


def _record_time(message: Any) -> datetime | None:
    """The record's timestamp (its producer's clock, the recovery agent's), None when it has none."""
    timestamp = getattr(message, "timestamp", None)
    if not isinstance(timestamp, int) or timestamp <= 0:
        return None
    return datetime.fromtimestamp(timestamp / 1000, tz=timezone.utc)


class _Background:
    """The retry scheduler's waiting for acknowledgements and commits, done beside its loop.

    A broker round trip inside the loop (20-60 ms measured on a loaded machine) made every
    retry that came due meanwhile that much late. Fired retries are marked fired only once
    acknowledged (until then they are in flight and hold back their partition's committable
    offset), and one commit runs at a time, of the offsets committable when it starts.
    """

    def __init__(
        self,
        scheduler: RetryScheduler[RunCommand],
        consumer: Any,
        topic: str,
        stats: RetrySchedulerStats,
        on_fire: Callable[[FireRecord], None] | None,
    ) -> None:
        self.scheduler, self.consumer, self.topic, self.stats, self.on_fire = scheduler, consumer, topic, stats, on_fire
        self.committed: dict[int, int] = {}
        self.settling: set[asyncio.Task[None]] = set()
        self.committing: asyncio.Task[None] | None = None
        self.forget_at = 0.0

    def forget_fired(self) -> None:
        """Drop the fired keys past :data:`_FORGET_AFTER`, at most every :data:`_FORGET_EVERY_S`."""
        now = asyncio.get_running_loop().time()
        if now >= self.forget_at:
            self.scheduler.forget_fired(due_before=_utc_now() - _FORGET_AFTER)
            self.forget_at = now + _FORGET_EVERY_S

    def settle(self, due: list[Scheduled[RunCommand]], futures: list[Any], fired_at: datetime) -> None:
        """Wait for the acknowledgements of retries just sent, in the background."""
        self.settling.add(asyncio.create_task(self._settle(due, futures, fired_at)))

    async def _settle(self, due: list[Scheduled[RunCommand]], futures: list[Any], fired_at: datetime) -> None:
        for fired in await settle_fired(self.scheduler, due, futures, fired_at=fired_at):
            self.stats.fired += 1
            self.stats.max_late_s = max(self.stats.max_late_s, fired.late_s)
            if self.on_fire is not None:
                self.on_fire(fired)

    def reap(self) -> None:
        """Re-raise the failure of a finished background step, as the loop itself would have."""
        for task in [task for task in self.settling if task.done()]:
            self.settling.discard(task)
            task.result()
        if self.committing is not None and self.committing.done():
            self.committing.result()

    def _uncommitted(self) -> dict[int, int]:
        return {
            partition: offset
            for partition, offset in self.scheduler.committable_offsets().items()
            if self.committed.get(partition) != offset
        }

    async def _commit(self, offsets: dict[int, int]) -> None:
        from aiokafka.errors import KafkaError

        from errorflow.streams.kafka import TopicPartition

        assigned = {tp.partition for tp in self.consumer.assignment()}
        try:
            await self.consumer.commit({TopicPartition(self.topic, p): o for p, o in offsets.items() if p in assigned})
        except KafkaError as exc:
            # Harmless: the offsets stay uncommitted and the next commit covers them; a restart
            # before then fires those retries again, and the runner runs each attempt once.
            logger.warning("could not commit retry offsets %s (%s); committing them later", offsets, exc)
            return
        self.committed.update(offsets)

    def commit_soon(self) -> None:
        """Start committing what became committable, unless a commit is running (the next call will)."""
        offsets = self._uncommitted()
        if offsets and (self.committing is None or self.committing.done()):
            self.reap()
            self.committing = asyncio.create_task(self._commit(offsets))

    async def drain(self) -> None:
        """Wait for every acknowledgement and commit, then commit what is left (a clean stop)."""
        await asyncio.gather(*self.settling, *([self.committing] if self.committing else []))
        self.reap()
        offsets = self._uncommitted()
        if offsets:
            await self._commit(offsets)

    async def cancel(self) -> None:
        """Stop what still runs (after a failure); nothing unacknowledged was marked fired or committed."""
        tasks = [*self.settling, *([self.committing] if self.committing else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
