"""Detection first: while the classifier is behind, the recovery agent yields to it.

The pipeline process runs its agents on threads of one interpreter, which runs
Python on one core at a time. Under a burst (5,000 failures a second) the agents
together need more interpreter time than there is, and each got an equal share:
the classifier fell behind with the rest, and a failure waited seconds to be
classified. Yet detection is what the burst is about, and a recovery decision
(the costliest work per failure, after it) can come a moment later.

:class:`DetectionPriority` is the one signal between them. The classifier notes
how old the records it fetched are and how many wait (:meth:`DetectionPriority.note`);
while that age passes :data:`BEHIND_S` with a backlog behind it, the recovery agent
waits before every :data:`YIELD_EVERY` records (:meth:`DetectionPriority.yield_to_detection`,
sleeping on its own event loop, which gives the interpreter and a core up), at most
:data:`MAX_YIELD_S` at a time: it is slowed, never stopped, and when the burst ends
it catches up (``bench/bench_detection.py`` prints when).

Agents whose delay would change an outcome do not yield: the breaker feed (a
breaker must open during the burst), the watchdog (a late terminal event would
look like a stuck attempt), the anomaly agent (its clock runs on the wall clock
once it lags ``idle_grace_s``), the retry scheduler (retries fire on time).
Nothing is skipped or reordered; records only wait in Kafka a little longer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable

__all__ = ["BEHIND_RECORDS", "BEHIND_S", "HOLD_S", "MAX_YIELD_S", "PAUSE_S", "YIELD_EVERY", "DetectionPriority"]

BEHIND_S = 0.1
"""The classifier is behind when the oldest record of its batch was produced longer ago than this..."""
BEHIND_RECORDS = 300
"""... and at least this many records wait for it: a burst, not a late producer clock nor a light
load's short stall (200 failures a second through ``@operation`` are about 600 events a second)."""
HOLD_S = 0.5
"""How long one "behind" note lasts unless a newer note says the classifier caught up (a classifier
that stopped fetching must not hold the others back)."""
PAUSE_S = 0.005
"""One wait of a yielding agent between looks at the signal."""
MAX_YIELD_S = 0.2
"""The longest a yielding agent waits at once: under endless overload it still makes progress
(at least :data:`YIELD_EVERY` records per this many seconds)."""
YIELD_EVERY = 100
"""A yielding agent looks at the signal before every this many records: a whole fetched batch
(thousands of records) would hold the interpreter for most of a second."""


class DetectionPriority:
    """Whether the detection path (the classifier) is behind; thread-safe by plain assignment.

    Args:
        behind_s: record age above which the classifier counts as behind.
        hold_s: how long a "behind" note lasts without a newer note.
        clock: monotonic seconds (injected in tests).
        wall: Unix seconds, the clock of record timestamps (injected in tests).
    """

    def __init__(
        self,
        *,
        behind_s: float = BEHIND_S,
        hold_s: float = HOLD_S,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._behind_ms = behind_s * 1000
        self._hold_s = hold_s
        self._clock = clock
        self._wall = wall
        self._behind_until = 0.0
        self.yields = 0
        """Batches an agent held back (an approximate count, for the stats)."""

    @property
    def behind(self) -> bool:
        """True while the last note said the classifier is behind, for at most ``hold_s``."""
        return self._clock() < self._behind_until

    def note(self, timestamps_ms: Iterable[int], *, waiting: int) -> None:
        """The classifier fetched records with these Kafka timestamps (ms), ``waiting`` records from the end.

        Behind means both: the oldest record is older than ``behind_s`` and at least
        :data:`BEHIND_RECORDS` records wait (this batch included). Age alone would hold the
        other agents back for good behind a producer whose clock runs late; a count alone
        cannot tell a burst from a quiet topic's few records.
        """
        oldest = min(timestamps_ms, default=None)
        if oldest is None or oldest <= 0:  # no records, or no timestamps: nothing learnt
            return
        age_ms = self._wall() * 1000 - oldest
        behind = age_ms > self._behind_ms and waiting >= BEHIND_RECORDS
        self._behind_until = self._clock() + self._hold_s if behind else 0.0

    async def yield_to_detection(
        self, stop: asyncio.Event | None = None, *, pause_s: float = PAUSE_S, max_s: float = MAX_YIELD_S
    ) -> float:
        """Wait while the classifier is behind, at most ``max_s``; return the seconds waited."""
        if not self.behind:
            return 0.0
        self.yields += 1
        started = self._clock()
        while self.behind and (stop is None or not stop.is_set()):
            waited = self._clock() - started
            if waited >= max_s:
                break
            await asyncio.sleep(min(pause_s, max_s - waited))
        return self._clock() - started
