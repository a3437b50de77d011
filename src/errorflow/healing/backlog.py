"""Backlog rule: more than five minutes of work waiting raises an alert (seed 001).

Seed 001 says ``queue depth > processing rate * 300`` is a backlog, healed by
more workers. Here the depth is a consumer group's lag on one topic (end offset
minus committed offset, summed over partitions) and the rate is how fast the
group's committed offsets advanced over a recent window.

Two facts of real brokers are tolerated: Tansu's end offsets can run ahead by
up to one batch (``tolerance_records`` of lag is never a backlog), and a rate
needs time to be known (nothing fires before ``min_observation_s`` of samples).
A group with work waiting that processed nothing during a whole observation has
an infinite backlog: nobody is working.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

from errorflow.errors import ConfigurationError

__all__ = ["BacklogAssessment", "BacklogMonitor", "BacklogRule", "BacklogTransition", "RateMeter"]

RECOMMENDATION = "Consider scaling up workers or investigating system load"
"""Seed 001's recommendation for a queue backlog."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BacklogRule:
    """When waiting work is a backlog. Times are seconds."""

    max_wait_s: float = 300.0
    """Seconds of work (lag / processing rate) above which the backlog alert fires."""
    tolerance_records: int = 1_000
    """Lag never counted as a backlog (Tansu's end offsets run ahead by up to one batch)."""
    min_observation_s: float = 30.0
    """Span of rate samples needed before the rule judges a group at all."""

    def __post_init__(self) -> None:
        if not (math.isfinite(self.max_wait_s) and self.max_wait_s > 0):
            raise ConfigurationError(f"max_wait_s must be > 0, got {self.max_wait_s!r}")
        if self.tolerance_records < 0:
            raise ConfigurationError(f"tolerance_records must be >= 0, got {self.tolerance_records!r}")
        if not (math.isfinite(self.min_observation_s) and self.min_observation_s >= 0):
            raise ConfigurationError(f"min_observation_s must be >= 0, got {self.min_observation_s!r}")

    def assess(self, *, lag: int, rate_per_s: float | None, observed_s: float) -> BacklogAssessment:
        """Judge one group's lag on one topic against its processing rate."""
        waiting = max(0, lag - self.tolerance_records)
        if rate_per_s is None or observed_s < self.min_observation_s:
            return BacklogAssessment(lag=lag, rate_per_s=rate_per_s, wait_s=None, backlog=False)
        if waiting == 0:
            return BacklogAssessment(lag=lag, rate_per_s=rate_per_s, wait_s=0.0, backlog=False)
        wait_s = math.inf if rate_per_s <= 0 else waiting / rate_per_s
        return BacklogAssessment(lag=lag, rate_per_s=rate_per_s, wait_s=wait_s, backlog=wait_s > self.max_wait_s)


@dataclass(frozen=True, slots=True)
class BacklogAssessment:
    """One group's backlog on one topic at one moment."""

    lag: int
    """Records waiting (end offsets minus committed offsets)."""
    rate_per_s: float | None
    """Records processed per second over the observation window; None while unknown."""
    wait_s: float | None
    """Seconds of work waiting at that rate (``inf`` when nothing is processed); None while unknown."""
    backlog: bool
    """True when the wait exceeds the rule's ``max_wait_s``."""

    @property
    def recommendation(self) -> str:
        """What an operator should do (empty when there is no backlog)."""
        return RECOMMENDATION if self.backlog else ""


@dataclass(slots=True)
class RateMeter:
    """Processing rate from samples of a monotonically growing count (committed offsets)."""

    window_s: float = 300.0
    """Samples older than this are forgotten."""
    samples: deque[tuple[float, int]] = field(default_factory=deque)

    def add(self, *, now: float, count: int) -> None:
        """Record ``count`` (e.g. the sum of committed offsets) at ``now`` (monotonic seconds)."""
        if self.samples and count < self.samples[-1][1]:
            self.samples.clear()  # offsets went back (a broker restart, a reset): start again
        self.samples.append((now, count))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window_s:
            self.samples.popleft()

    @property
    def observed_s(self) -> float:
        """Span of the samples held."""
        return self.samples[-1][0] - self.samples[0][0] if len(self.samples) > 1 else 0.0

    @property
    def rate_per_s(self) -> float | None:
        """Counted units per second over the samples held; None with fewer than two samples."""
        span = self.observed_s
        if span <= 0:
            return None
        return (self.samples[-1][1] - self.samples[0][1]) / span


@dataclass(frozen=True, slots=True)
class BacklogTransition:
    """A backlog that started or ended: one alert record."""

    state: Literal["firing", "resolved"]
    group: str
    topic: str
    assessment: BacklogAssessment


@dataclass(slots=True)
class BacklogMonitor:
    """Keeps a rate per (group, topic) and reports only changes, so an alert fires once per backlog."""

    rule: BacklogRule
    window_s: float = 300.0
    _meters: dict[tuple[str, str], RateMeter] = field(default_factory=dict)
    _firing: set[tuple[str, str]] = field(default_factory=set)

    def observe(self, *, group: str, topic: str, now: float, lag: int, committed: int) -> BacklogTransition | None:
        """Take one measurement of a group on a topic; return a transition when the backlog state changed."""
        key = (group, topic)
        meter = self._meters.setdefault(key, RateMeter(window_s=self.window_s))
        meter.add(now=now, count=committed)
        assessment = self.rule.assess(lag=lag, rate_per_s=meter.rate_per_s, observed_s=meter.observed_s)
        if assessment.backlog and key not in self._firing:
            self._firing.add(key)
            return BacklogTransition("firing", group, topic, assessment)
        if not assessment.backlog and key in self._firing and assessment.wait_s is not None:
            self._firing.discard(key)
            return BacklogTransition("resolved", group, topic, assessment)
        return None

    def reopen(self, *, group: str, topic: str) -> None:
        """Mark a backlog firing as its alert record says (a restart): it resolves when the group caught up."""
        self._firing.add((group, topic))

    def firing(self) -> set[tuple[str, str]]:
        """The (group, topic) pairs with a backlog now."""
        return set(self._firing)
