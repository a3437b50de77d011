"""Sliding windows of call outcomes, fed with aggregated counts.

The breaker agent aggregates each consumed batch into one :class:`Outcomes` per
dependency before it touches a window, so the cost of a window grows with the
number of batches, not with the event rate. Both windows follow Resilience4j:

- :class:`CountWindow` keeps the last ``size`` calls. Within one batch the order
  of calls is unknown, so when a batch pushes the window over its size the
  oldest batch is shrunk proportionally (its failure and slow shares are kept).
- :class:`TimeWindow` keeps the calls of the last ``size`` seconds in one
  bucket per second of the injected clock.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

__all__ = ["CountWindow", "Outcomes", "SlidingWindow", "TimeWindow"]


@dataclass(frozen=True, slots=True)
class Outcomes:
    """Aggregated outcomes of calls to one dependency (one batch or one window)."""

    successes: int = 0
    """Calls that returned."""
    failures: int = 0
    """Calls that failed (calls rejected by a breaker are never counted)."""
    slow: int = 0
    """Calls, failed or not, that took at least the slow-call duration."""

    def __post_init__(self) -> None:
        if min(self.successes, self.failures, self.slow) < 0:
            raise ValueError(f"outcome counts cannot be negative: {self}")
        if self.slow > self.calls:
            raise ValueError(f"slow calls ({self.slow}) cannot exceed calls ({self.calls})")

    @property
    def calls(self) -> int:
        """Calls counted (successes and failures)."""
        return self.successes + self.failures

    @property
    def failure_rate(self) -> float:
        """Failures over calls, 0.0 when there are none."""
        return self.failures / self.calls if self.calls else 0.0

    @property
    def slow_call_rate(self) -> float:
        """Slow calls over calls, 0.0 when there are none."""
        return self.slow / self.calls if self.calls else 0.0

    def __add__(self, other: Outcomes) -> Outcomes:
        return Outcomes(self.successes + other.successes, self.failures + other.failures, self.slow + other.slow)

    def shrink_to(self, calls: int) -> Outcomes:
        """Return these outcomes scaled down to ``calls`` calls, keeping the shares (for the count window)."""
        if calls >= self.calls:
            return self
        if calls <= 0:
            return Outcomes()
        failures = round(self.failures * calls / self.calls)
        slow = min(round(self.slow * calls / self.calls), calls)
        return Outcomes(calls - failures, failures, slow)

    def to_list(self) -> list[int]:
        """Plain values for the table and the state topic."""
        return [self.successes, self.failures, self.slow]

    @classmethod
    def from_list(cls, values: list[int]) -> Outcomes:
        """Inverse of :meth:`to_list`."""
        successes, failures, slow = (int(v) for v in values)
        return cls(successes, failures, slow)


class SlidingWindow(Protocol):
    """What the state machine needs of a window."""

    def add(self, outcomes: Outcomes, now: float) -> None:
        """Add one batch's outcomes, observed at ``now``."""

    def total(self, now: float) -> Outcomes:
        """The outcomes in the window at ``now``."""

    def clear(self) -> None:
        """Forget every outcome."""

    def to_list(self) -> list[list[float]]:
        """Plain values for the table."""


class CountWindow:
    """The last ``size`` calls, as a queue of per-batch buckets."""

    __slots__ = ("_buckets", "_total", "size")

    def __init__(self, size: int, buckets: list[list[float]] | None = None) -> None:
        self.size = size
        self._buckets: deque[Outcomes] = deque()
        self._total = Outcomes()
        for bucket in buckets or ():
            self.add(Outcomes.from_list([int(v) for v in bucket]), 0.0)

    def add(self, outcomes: Outcomes, now: float) -> None:
        """Append a batch and drop the oldest calls beyond ``size``."""
        if outcomes.calls == 0:
            return
        self._buckets.append(outcomes.shrink_to(self.size))
        self._total = self._total + self._buckets[-1]
        while self._total.calls > self.size:
            oldest = self._buckets.popleft()
            excess = self._total.calls - self.size
            self._total = Outcomes(
                self._total.successes - oldest.successes,
                self._total.failures - oldest.failures,
                self._total.slow - oldest.slow,
            )
            if oldest.calls > excess:
                kept = oldest.shrink_to(oldest.calls - excess)
                self._buckets.appendleft(kept)
                self._total = self._total + kept

    def total(self, now: float) -> Outcomes:
        """The last ``size`` calls (time plays no part)."""
        return self._total

    def clear(self) -> None:
        """Forget every outcome."""
        self._buckets.clear()
        self._total = Outcomes()

    def to_list(self) -> list[list[float]]:
        """One ``[successes, failures, slow]`` per bucket, oldest first."""
        return [[float(v) for v in bucket.to_list()] for bucket in self._buckets]


class TimeWindow:
    """The calls of the last ``size`` seconds, one bucket per second."""

    __slots__ = ("_buckets", "size")

    def __init__(self, size: int, buckets: list[list[float]] | None = None) -> None:
        self.size = size
        self._buckets: dict[int, Outcomes] = {}
        for second, *counts in buckets or ():
            self._buckets[int(second)] = Outcomes.from_list([int(v) for v in counts])

    def _prune(self, now: float) -> None:
        oldest = int(now) - self.size
        for second in [s for s in self._buckets if s <= oldest]:
            del self._buckets[second]

    def add(self, outcomes: Outcomes, now: float) -> None:
        """Add a batch to the bucket of second ``now``."""
        self._prune(now)
        if outcomes.calls == 0:
            return
        second = int(now)
        self._buckets[second] = self._buckets.get(second, Outcomes()) + outcomes

    def total(self, now: float) -> Outcomes:
        """The calls of the seconds in ``(now - size, now]``."""
        self._prune(now)
        total = Outcomes()
        for bucket in self._buckets.values():
            total = total + bucket
        return total

    def clear(self) -> None:
        """Forget every outcome."""
        self._buckets.clear()

    def to_list(self) -> list[list[float]]:
        """One ``[second, successes, failures, slow]`` per bucket, oldest first."""
        return [[float(second), *map(float, self._buckets[second].to_list())] for second in sorted(self._buckets)]
