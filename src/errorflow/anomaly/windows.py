"""Per-minute windows of attempt outcomes: the same buckets ClickHouse's rollups hold.

A bucket is one UTC minute (``toStartOfMinute(occurred_at)``) of one scope:

- ``("op", service, operation)`` and ``("dep", service, dependency)``: the
  figures of ``taskrun_minute`` (``error_rate_minute``): finished attempts
  (``success``, ``failed``, ``timed_out``), failures (``failed``, ``timed_out``),
  timeouts (``timed_out``, or ``failed`` with an error type naming ``Timeout``),
  and the same for retry attempts (``attempt > 1``, the ``retried`` column);
- ``("fp", service, fingerprint)``: classified failures, as ``fingerprint_minute``.

A trailing window of ``W`` seconds at time ``t`` is the current minute so far,
the whole minutes before it, and the oldest minute weighted by the part of it
the window still covers (the sliding-window estimate of rate limiters), so it
moves every second while reading only per-minute buckets an analyst can query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["MINUTE_S", "Counts", "Outcome", "Series", "minute_of"]

MINUTE_S = 60.0

_FINISHED = frozenset({"success", "failed", "timed_out"})
_FAILED = frozenset({"failed", "timed_out"})


def minute_of(at_s: float) -> int:
    """Index of the UTC minute holding ``at_s`` (Unix seconds)."""
    return int(at_s // MINUTE_S)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the detectors need of one TaskRun event (and its classification, for failures)."""

    at_s: float
    """Event time (``occurred_at``), Unix seconds."""
    service: str
    operation: str
    status: str
    attempt: int = 1
    dependency: str | None = None
    error_type: str | None = None
    fingerprint: str | None = None
    """Of a classified failure; None for others."""
    category: str | None = None
    """Error category of a classified failure."""
    degraded: bool = False
    """A success a fallback answered (``degraded``): a success of the run, not of its dependency."""

    @property
    def finished(self) -> bool:
        """Whether the attempt ended (success, failed, timed_out)."""
        return self.status in _FINISHED

    @property
    def failed(self) -> bool:
        """Whether the attempt failed (failed, timed_out)."""
        return self.status in _FAILED

    @property
    def timeout(self) -> bool:
        """``timed_out``, or ``failed`` with a ``*Timeout*`` error type (as ``taskrun_minute.timeouts``)."""
        return self.status == "timed_out" or (self.status == "failed" and "timeout" in (self.error_type or "").lower())


@dataclass(slots=True)
class Counts:
    """Figures of one bucket or one window (floats: a window weights its oldest minute)."""

    finished: float = 0.0
    failures: float = 0.0
    timeouts: float = 0.0
    retries: float = 0.0
    """Finished retry attempts (attempt > 1)."""
    retry_failures: float = 0.0

    def add(self, other: Counts, weight: float = 1.0) -> None:
        """Add ``other`` times ``weight`` in place."""
        self.finished += other.finished * weight
        self.failures += other.failures * weight
        self.timeouts += other.timeouts * weight
        self.retries += other.retries * weight
        self.retry_failures += other.retry_failures * weight

    def count(self, outcome: Outcome) -> None:
        """Count one attempt outcome in place."""
        if not outcome.finished:
            return
        failed = outcome.failed
        self.finished += 1
        self.failures += failed
        self.timeouts += outcome.timeout
        if outcome.attempt > 1:
            self.retries += 1
            self.retry_failures += failed

    @property
    def failure_rate(self) -> float:
        """Failures over finished attempts (0 without traffic)."""
        return self.failures / self.finished if self.finished else 0.0


@dataclass(slots=True)
class Series:
    """The per-minute buckets of one scope, with cached sums of whole minutes."""

    buckets: dict[int, Counts] = field(default_factory=dict)
    _version: int = 0
    _cache: dict[tuple[int, int], tuple[int, Counts, Counts]] = field(default_factory=dict)
    last_minute: int = -1
    _window_minute: int = -1
    """The newest minute a cached window ends in: an event before it changes a cached sum."""
    first_minute: int | None = None
    """The oldest minute ever counted (not forgotten by pruning): how much history the scope has."""

    def count(self, outcome: Outcome) -> None:
        """Count an outcome in its minute's bucket."""
        minute = minute_of(outcome.at_s)
        bucket = self.buckets.get(minute)
        if bucket is None:
            bucket = self.buckets[minute] = Counts()
        bucket.count(outcome)
        if self.first_minute is None or minute < self.first_minute:
            self.first_minute = minute
        if minute < self.last_minute or minute < self._window_minute:
            # A late event changes closed minutes: cached sums are stale. Also a minute that is the
            # newest counted but closed for a window already cached (the clock ran ahead of events).
            self._version += 1
            self._cache.clear()
        self.last_minute = max(self.last_minute, minute)

    def load(self, minute: int, counts: Counts) -> None:
        """Set a whole bucket (windows rebuilt from ClickHouse's rollups)."""
        self.buckets[minute] = counts
        if self.first_minute is None or minute < self.first_minute:
            self.first_minute = minute
        self.last_minute = max(self.last_minute, minute)
        self._version += 1
        self._cache.clear()

    def window(self, now_s: float, span_s: float) -> Counts:
        """Figures of the trailing ``span_s`` seconds at ``now_s`` (whole minutes, oldest one weighted)."""
        current = minute_of(now_s)
        minutes = max(1, round(span_s / MINUTE_S))
        cached = self._cache.get((current, minutes))
        if cached is None or cached[0] != self._version:
            closed = Counts()
            for minute in range(current - minutes + 1, current):
                bucket = self.buckets.get(minute)
                if bucket is not None:
                    closed.add(bucket)
            edge = self.buckets.get(current - minutes) or Counts()
            cached = (self._version, closed, edge)
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[(current, minutes)] = cached
            self._window_minute = max(self._window_minute, current)
        _, closed, edge = cached
        total = Counts()
        total.add(closed)
        now_bucket = self.buckets.get(current)
        if now_bucket is not None:
            total.add(now_bucket)
        elapsed = now_s - current * MINUTE_S
        total.add(edge, 1.0 - elapsed / MINUTE_S)
        return total

    def minutes(self, first: int, last: int) -> list[tuple[int, Counts]]:
        """Buckets of minutes ``first`` to ``last`` inclusive that exist, oldest first."""
        if last - first + 1 > len(self.buckets):
            return sorted((m, c) for m, c in self.buckets.items() if first <= m <= last)
        return [(m, self.buckets[m]) for m in range(first, last + 1) if m in self.buckets]

    def prune(self, before_minute: int) -> None:
        """Forget buckets older than ``before_minute``."""
        old = [m for m in self.buckets if m < before_minute]
        for minute in old:
            del self.buckets[minute]
        if old:
            self._version += 1
            self._cache.clear()
