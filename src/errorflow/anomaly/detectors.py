"""The detectors: pure functions from per-minute windows and a time to an :class:`Observation`.

Each returns whether its condition holds now and the numbers behind the
verdict (value, threshold, window, volume, baseline), which the alert carries
so an operator sees why it fired and an analyst can recompute it from the
per-minute rollups in ClickHouse. None of them reads a clock: ``now_s`` is
passed in (event time in a replay, the worker's clock in the stream).
"""

from __future__ import annotations

import bisect
import math
import statistics
from dataclasses import dataclass, field

from errorflow.anomaly.rules import (
    BaselineRule,
    BurnRatePair,
    BurnRateRule,
    DependencyDownRule,
    FingerprintBurstRule,
    RecoveryFailureRule,
    StaticRateRule,
)
from errorflow.anomaly.windows import MINUTE_S, Series, minute_of

__all__ = [
    "STREAK_KEEP",
    "BaselineStats",
    "Observation",
    "Streak",
    "baseline",
    "baseline_stats",
    "binomial_tail",
    "burn_rate",
    "dependency_down",
    "fingerprint_burst",
    "recovery_failure",
    "static_rate",
    "timeout_rate",
    "wilson_lower",
]

_DAY_MINUTES = 1440


@dataclass(frozen=True, slots=True)
class Observation:
    """A detector's verdict at one moment and the numbers behind it."""

    active: bool
    value: float
    threshold: float
    window_s: float
    volume: float
    baseline: float | None = None


def wilson_lower(failures: float, total: float, z: float) -> float:
    """Lower bound of the Wilson score interval of a rate (the plain rate when ``z`` is 0)."""
    if total <= 0:
        return 0.0
    p = failures / total
    if z == 0:
        return p
    z2 = z * z
    centre = p + z2 / (2 * total)
    margin = z * math.sqrt(max(p * (1 - p) / total + z2 / (4 * total * total), 0.0))
    return max(0.0, (centre - margin) / (1 + z2 / total))


def _rate_check(failures: float, total: float, *, threshold: float, min_volume: int, z: float) -> bool:
    return total >= min_volume and wilson_lower(failures, total, z) > threshold


def static_rate(series: Series, now_s: float, rule: StaticRateRule) -> Observation:
    """Failure rate over the trailing window above the threshold, with enough volume (and confidence)."""
    w = series.window(now_s, rule.window_s)
    active = _rate_check(
        w.failures, w.finished, threshold=rule.threshold, min_volume=rule.min_volume, z=rule.confidence_z
    )
    return Observation(active, w.failure_rate, rule.threshold, rule.window_s, w.finished)


def timeout_rate(series: Series, now_s: float, rule: StaticRateRule) -> Observation:
    """Timeout rate over the trailing window above the threshold (seed 004: HIGH above 10 %)."""
    w = series.window(now_s, rule.window_s)
    active = _rate_check(
        w.timeouts, w.finished, threshold=rule.threshold, min_volume=rule.min_volume, z=rule.confidence_z
    )
    value = w.timeouts / w.finished if w.finished else 0.0
    return Observation(active, value, rule.threshold, rule.window_s, w.finished)


def recovery_failure(series: Series, now_s: float, rule: RecoveryFailureRule) -> Observation:
    """Retry attempts failing above the threshold: recovery does not work (seed 001: 20 %)."""
    w = series.window(now_s, rule.window_s)
    active = _rate_check(
        w.retry_failures, w.retries, threshold=rule.threshold, min_volume=rule.min_volume, z=rule.confidence_z
    )
    value = w.retry_failures / w.retries if w.retries else 0.0
    return Observation(active, value, rule.threshold, rule.window_s, w.retries)


def _pair(series: Series, now_s: float, pair: BurnRatePair, budget: float, min_volume: int) -> Observation:
    long = series.window(now_s, pair.long_s)
    short = series.window(now_s, pair.short_s)
    threshold = pair.factor * budget
    # A long window the scope has not lived through yet is only its first minutes: not a burn rate.
    covered = series.first_minute is not None and (minute_of(now_s) - series.first_minute) * MINUTE_S >= pair.long_s
    active = (
        covered and short.finished >= min_volume and long.failure_rate > threshold and short.failure_rate > threshold
    )
    # The value is the smaller burn of the two windows: the alert holds while both exceed the factor.
    burn = min(long.failure_rate, short.failure_rate) / budget
    return Observation(active, burn, pair.factor, pair.short_s, short.finished, baseline=long.failure_rate)


def burn_rate(series: Series, now_s: float, rule: BurnRateRule, *, fast: bool) -> Observation:
    """Multi-window burn rate: both the long and the short window spend the budget ``factor`` times too fast.

    A pair judges only once the scope has history as long as its long window.

    The value is the burn rate (multiples of the even spend), the threshold the
    factor, the window the short one, and the baseline the long window's failure rate.
    """
    pair = rule.fast if fast else rule.slow
    return _pair(series, now_s, pair, 1.0 - rule.slo_target, rule.min_volume)


def fingerprint_burst(series: Series, now_s: float, rule: FingerprintBurstRule) -> Observation:
    """The same error more than ``threshold`` times in the window, and well above its usual count."""
    count = series.window(now_s, rule.window_s).failures
    current = minute_of(now_s)
    window_minutes = max(1, round(rule.window_s / MINUTE_S))
    history_minutes = max(1, round(rule.history_s / MINUTE_S))
    last = current - window_minutes
    past = series.minutes(last - history_minutes + 1, last)
    usual = sum(c.failures for _, c in past) / history_minutes * window_minutes
    active = count > rule.threshold and count > rule.baseline_factor * usual
    return Observation(active, count, float(rule.threshold), rule.window_s, count, baseline=usual)


@dataclass(frozen=True, slots=True)
class BaselineStats:
    """The history a rate is judged against: median and scaled MAD of per-minute rates."""

    median: float
    mean: float
    """Mean per-minute rate: the usual rate for the binomial noise floor (sparse failures make the median 0)."""
    spread: float
    """1.4826 x MAD: a robust standard deviation."""
    minutes: int
    """History minutes that had traffic."""
    source: str
    """``same_hour`` (earlier days) or ``recent``."""


def baseline_stats(series: Series, now_s: float, rule: BaselineRule) -> BaselineStats | None:
    """The history of ``series`` at ``now_s``: the same hour on earlier days when they have data, else recent minutes.

    It depends only on closed minutes, so callers cache it per minute.
    """
    current = minute_of(now_s)
    half = round(rule.history_s / MINUTE_S / 2)
    rates: list[float] = []
    for day in range(1, rule.same_hour_days + 1):
        centre = current - day * _DAY_MINUTES
        rates += _rates(series, centre - half, centre + half, rule.min_minute_volume)
    source = "same_hour"
    if len(rates) < rule.min_history_minutes:
        last = current - max(1, round(rule.gap_s / MINUTE_S)) - 1
        rates = _rates(series, last - round(rule.history_s / MINUTE_S) + 1, last, rule.min_minute_volume)
        source = "recent"
    if len(rates) < rule.min_history_minutes:
        return None
    median = statistics.median(rates)
    mad = statistics.median(abs(r - median) for r in rates)
    return BaselineStats(median, statistics.fmean(rates), 1.4826 * mad, len(rates), source)


def _rates(series: Series, first: int, last: int, min_volume: int) -> list[float]:
    return [c.failures / c.finished for _, c in series.minutes(first, last) if c.finished >= min_volume]


def baseline(series: Series, now_s: float, rule: BaselineRule, stats: BaselineStats | None) -> Observation:
    """Robust z-score of the current rate against ``stats``, and a binomial test of its failures at the usual rate.

    The spread is at least the binomial noise of the volume, and the count of
    failures must be unlikely (below ``alpha``) at the history's mean rate: a
    quiet window with a few failures is not an anomaly however small its baseline.
    """
    w = series.window(now_s, rule.window_s)
    rate = w.failure_rate
    if stats is None or w.finished < rule.min_volume:
        return Observation(
            False, rate, 0.0, rule.window_s, w.finished, baseline=None if stats is None else stats.median
        )
    p = min(max(stats.mean, 1.0 / max(w.finished, 1.0)), 0.5)
    sigma = max(stats.spread, math.sqrt(p * (1 - p) / w.finished))
    limit = stats.median + max(rule.z * sigma, rule.min_delta)
    active = rate > limit and binomial_tail(round(w.failures), round(w.finished), p) < rule.alpha
    return Observation(active, rate, limit, rule.window_s, w.finished, baseline=stats.median)


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): how surprising ``k`` failures are at the usual rate."""
    if k <= 0:
        return 1.0
    if k > n or p <= 0:
        return 0.0
    if p >= 1:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    total = 0.0
    for i in range(k, n + 1):
        term = math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q)
        total += term
        if i > n * p and term < total * 1e-12:  # past the mode the terms only shrink
            break
    return min(total, 1.0)


STREAK_KEEP = 256
"""How many of a streak's newest failures keep their event times (the older ones are counted)."""


@dataclass(slots=True)
class Streak:
    """Failed attempts against one dependency since its last success, in event time.

    Partitions interleave, so outcomes arrive a little out of order: a success
    ends only the failures older than itself, and a failure older than the last
    success is not part of the streak.
    """

    failure_times: list[float] = field(default_factory=list)
    """Event times of the streak's failures, oldest first (the newest ``STREAK_KEEP``)."""
    trimmed: int = 0
    """Failures of the streak older than the ones kept."""
    trimmed_last_s: float = -math.inf
    """Event time of the newest of the ``trimmed`` failures."""
    last_success_s: float = -math.inf

    @property
    def failures(self) -> int:
        """Failures since the last success."""
        return len(self.failure_times) + self.trimmed

    @property
    def last_failure_s(self) -> float:
        """Event time of the newest failure of the streak."""
        return self.failure_times[-1] if self.failure_times else -math.inf

    def count(self, *, failed: bool, at_s: float) -> None:
        """Add a failure to the streak, or end the failures older than a success."""
        if failed:
            if at_s <= self.last_success_s:
                return
            bisect.insort(self.failure_times, at_s)
            if len(self.failure_times) > STREAK_KEEP:
                self.trimmed_last_s = max(self.trimmed_last_s, self.failure_times.pop(0))
                self.trimmed += 1
        elif at_s > self.last_success_s:
            self.last_success_s = at_s
            if at_s >= self.trimmed_last_s:
                self.trimmed = 0
                self.trimmed_last_s = -math.inf
            # else a success older than some trimmed failure (more than STREAK_KEEP failures late): their
            # times are gone, so the streak keeps them all rather than lose the ones newer than the success.
            del self.failure_times[: bisect.bisect_right(self.failure_times, at_s)]


def dependency_down(streak: Streak, now_s: float, rule: DependencyDownRule) -> Observation:
    """Every recent attempt against a dependency failed: at least ``min_failures`` in a row, the last one recent."""
    active = streak.failures >= rule.min_failures and now_s - streak.last_failure_s <= rule.window_s
    return Observation(active, 1.0 if active else 0.0, float(rule.min_failures), rule.window_s, float(streak.failures))
