"""The retry schedule: hold retry records until they are due, fire each once, commit safely.

This is the pure part of the retry agent. The agent consumes ``taskruns.retry``
(each record a ``RunCommand`` with ``not_before``), passes each to :meth:`RetryScheduler.add`,
sleeps until :meth:`~RetryScheduler.next_due` (never longer than the settings' tick),
produces what :meth:`~RetryScheduler.pop_due` returns to ``taskruns.commands``, calls
:meth:`~RetryScheduler.mark_fired` once the broker acknowledged it (or
:meth:`~RetryScheduler.release` when producing failed), and commits
:meth:`~RetryScheduler.committable_offsets`. Nothing here sleeps or reads a clock.

Surviving a crash. The schedule lives in Kafka: the agent commits, per partition,
only the offset of the oldest record that has not fired yet (or one past the last
record when all fired). After a crash or rebalance the agent re-reads every
unfired record from the committed offset and rebuilds the heap. Records above that
offset that had already fired are read again too; two layers keep them from
firing twice:

1. the scheduler skips keys it knows fired: the agent records each fired
   ``idempotency_key`` in a changelogged table (or topic) after the produce is
   acknowledged, and feeds them back with :meth:`~RetryScheduler.note_fired` before
   consuming; a crash between the produce and that write can still repeat one
   command, so
2. the function runner skips a command whose ``idempotency_key`` attempt it has
   already started or completed.

Duplicates on the retry topic itself (a recovery agent that decided twice after a
redelivery) share the ``idempotency_key`` ``root_run_id:attempt`` and fire once.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, Literal, TypeVar

from errorflow.recovery.policy import MAX_POLICY_S
from errorflow.schemas.events import as_utc

__all__ = ["RetryScheduler", "Scheduled", "retry_due_at"]


def retry_due_at(
    not_before: datetime, *, issued_at: datetime, received_at: datetime | None, horizon_s: float = MAX_POLICY_S
) -> datetime:
    """Return when a retry is due: its ``not_before``, never later than its delay after its record's time.

    A retry's ``issued_at`` and ``not_before`` are the decision's time and due time, both measured
    by the failed event's clock (a runner's or a service's: ``decide`` takes ``now`` from the event
    so that a redelivered event gets the same decision). ``received_at`` is the retry record's own
    timestamp: the clock of the agent that produced it (the recovery agent; the runner, for an
    attempt an open breaker deferred). The delay decided is ``not_before - issued_at`` (at least 0),
    and the retry is due at the earlier of ``not_before`` and ``received_at`` plus that delay. A
    decider's clock ahead (or an event time far in the future) made a retry wait that much longer,
    and the scheduler held its partition's committed offset back all the while; now it waits its
    delay. A record produced late (a deferral, a recovery agent behind its input) is not delayed:
    its ``not_before`` is the earlier. Without ``received_at``, ``not_before`` stands.

    A decider's clock *behind* cannot be told from a decision taken late with these times (both
    give an ``issued_at`` before the record's time, and a late decision must not be held back
    further): its retry fires early, with less backoff (docs/recovery.md, "Clocks").

    Raises:
        ValueError: the delay is longer than ``horizon_s`` (no policy allows it, ``MAX_POLICY_S``):
            a command no decision made, refused rather than held (and its partition held) for ever.
    """
    due, issued = as_utc(not_before), as_utc(issued_at)
    delay_s = max(0.0, (due - issued).total_seconds())
    if delay_s > horizon_s:
        raise ValueError(
            f"retry delay of {delay_s:.0f} s (not_before {due.isoformat()}, issued_at {issued.isoformat()}) "
            f"is beyond the horizon of {horizon_s:.0f} s that any retry policy allows"
        )
    if received_at is None:
        return due
    return min(due, as_utc(received_at) + timedelta(seconds=delay_s))


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Scheduled(Generic[T]):
    """One retry record held until it is due."""

    key: str
    """Deduplication key: the command's ``idempotency_key``."""
    due_at: datetime
    partition: int
    """Partition of the retry-topic record that carried it."""
    offset: int
    """Offset of that record."""
    item: T
    """The payload to emit when due (the agent's ``RunCommand``)."""


class _Partition:
    """Offsets of one partition's records that are not done yet."""

    __slots__ = ("heap", "max_seen", "open")

    def __init__(self) -> None:
        self.open: set[int] = set()
        self.heap: list[int] = []
        self.max_seen = -1

    def seen(self, offset: int, *, done: bool) -> None:
        self.max_seen = max(self.max_seen, offset)
        if not done and offset not in self.open:
            self.open.add(offset)
            heapq.heappush(self.heap, offset)

    def done(self, offset: int) -> None:
        self.open.discard(offset)

    def committable(self) -> int:
        while self.heap and self.heap[0] not in self.open:
            heapq.heappop(self.heap)
        return self.heap[0] if self.heap else self.max_seen + 1


class RetryScheduler(Generic[T]):
    """A clock-free schedule of retry records: a heap by due time, deduplicated by key."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int, str]] = []
        self._seq = itertools.count()
        self._pending: dict[str, Scheduled[T]] = {}
        self._in_flight: dict[str, Scheduled[T]] = {}
        self._fired: dict[str, datetime] = {}
        self._partitions: dict[int, _Partition] = {}

    def __len__(self) -> int:
        """Records waiting for their due time or for their produce to be acknowledged."""
        return len(self._pending) + len(self._in_flight)

    def state_of(self, key: str) -> Literal["pending", "in_flight", "fired"] | None:
        """Return where a key stands, or None when the scheduler does not know it."""
        if key in self._pending:
            return "pending"
        if key in self._in_flight:
            return "in_flight"
        if key in self._fired:
            return "fired"
        return None

    def add(self, item: T, due_at: datetime, *, key: str, partition: int, offset: int) -> bool:
        """Hold ``item`` until ``due_at``; False when ``key`` is already held or fired (the record is then done)."""
        part = self._partitions.setdefault(partition, _Partition())
        if key in self._pending or key in self._in_flight or key in self._fired:
            part.seen(offset, done=True)
            return False
        entry = Scheduled(key=key, due_at=as_utc(due_at), partition=partition, offset=offset, item=item)
        part.seen(offset, done=False)
        self._pending[key] = entry
        heapq.heappush(self._heap, (entry.due_at, next(self._seq), key))
        return True

    def next_due(self) -> datetime | None:
        """Return the earliest due time of a pending record, None when nothing is pending."""
        while self._heap and self._heap[0][2] not in self._pending:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None

    def sleep_s(self, now: datetime, *, tick_s: float) -> float:
        """Return how long the agent may sleep: until the next due time, at most ``tick_s``."""
        due = self.next_due()
        if due is None:
            return tick_s
        return max(0.0, min(tick_s, (due - as_utc(now)).total_seconds()))

    def pop_due(self, now: datetime, *, limit: int | None = None) -> list[Scheduled[T]]:
        """Return the records due at ``now``, earliest first; they stay in flight until marked."""
        now = as_utc(now)
        out: list[Scheduled[T]] = []
        while self._heap and (limit is None or len(out) < limit):
            due_at, _, key = self._heap[0]
            entry = self._pending.get(key)
            if entry is None or entry.due_at != due_at:
                heapq.heappop(self._heap)  # stale: fired, released with a new entry, or revoked
                continue
            if due_at > now:
                break
            heapq.heappop(self._heap)
            del self._pending[key]
            self._in_flight[key] = entry
            out.append(entry)
        return out

    def mark_fired(self, key: str) -> None:
        """Record that the command of ``key`` was produced and acknowledged; its offset becomes committable."""
        entry = self._in_flight.pop(key, None) or self._pending.pop(key, None)
        if entry is None:
            return
        self._fired[key] = entry.due_at
        part = self._partitions.get(entry.partition)
        if part is not None:
            part.done(entry.offset)

    def release(self, key: str) -> None:
        """Put an in-flight record back (its produce failed); it is due again at once."""
        entry = self._in_flight.pop(key, None)
        if entry is None:
            return
        self._pending[key] = entry
        heapq.heappush(self._heap, (entry.due_at, next(self._seq), key))

    def note_fired(self, keys: Iterable[tuple[str, datetime]]) -> None:
        """Restore keys known to have fired before a restart, with their due times, so they fire no more."""
        for key, due_at in keys:
            self._fired.setdefault(key, as_utc(due_at))

    def forget_fired(self, *, due_before: datetime) -> int:
        """Drop fired keys due before ``due_before`` (older than any redelivery can be); return how many."""
        cutoff = as_utc(due_before)
        stale = [key for key, due in self._fired.items() if due < cutoff]
        for key in stale:
            del self._fired[key]
        return len(stale)

    def committable_offset(self, partition: int) -> int | None:
        """Return the offset the agent may commit for ``partition`` (the next to read), None if none seen.

        It is the oldest record not yet fired; when every record seen has fired (or was a
        duplicate), one past the last record seen.
        """
        part = self._partitions.get(partition)
        return None if part is None else part.committable()

    def committable_offsets(self) -> dict[int, int]:
        """Return :meth:`committable_offset` of every partition seen."""
        return {partition: part.committable() for partition, part in self._partitions.items()}

    def revoke(self, partitions: Iterable[int]) -> list[Scheduled[T]]:
        """Forget the records of partitions taken away by a rebalance; the new owner re-reads them.

        Returns the pending records dropped (in-flight ones are dropped too; their
        produce may still land, which the runner's deduplication absorbs).
        """
        gone = set(partitions)
        dropped = [entry for entry in self._pending.values() if entry.partition in gone]
        for entry in dropped:
            del self._pending[entry.key]
        for key in [k for k, entry in self._in_flight.items() if entry.partition in gone]:
            del self._in_flight[key]
        for partition in gone:
            self._partitions.pop(partition, None)
        return dropped
