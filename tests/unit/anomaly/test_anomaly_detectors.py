"""Each detector on its own: what fires, what stays quiet, and the numbers it reports."""

from __future__ import annotations

import pytest

from errorflow.anomaly import detectors as d
from errorflow.anomaly.rules import (
    BaselineRule,
    BurnRateRule,
    DependencyDownRule,
    FingerprintBurstRule,
    RecoveryFailureRule,
    StaticRateRule,
)

from .helpers_anomaly import T0, outcome, series_of, steady


def test_wilson_lower_bound() -> None:
    assert d.wilson_lower(0, 0, 1.645) == 0
    assert d.wilson_lower(5, 10, 0) == 0.5
    assert d.wilson_lower(5, 10, 1.645) < 0.5
    assert d.wilson_lower(500, 1000, 1.645) > d.wilson_lower(5, 10, 1.645)


def test_static_rate_fires_above_the_threshold_with_volume() -> None:
    series = series_of(steady(T0, T0 + 120, per_s=2, fail_every=3))  # 33 %
    obs = d.static_rate(series, T0 + 119, StaticRateRule())
    assert obs.active
    assert obs.value == pytest.approx(1 / 3, abs=0.02)
    assert (obs.threshold, obs.window_s) == (0.10, 60.0)
    assert obs.volume == pytest.approx(120, abs=2)


def test_static_rate_needs_volume() -> None:
    series = series_of([outcome(T0, failed=True), outcome(T0 + 1)])  # 50 %, two attempts
    assert not d.static_rate(series, T0 + 2, StaticRateRule()).active
    assert d.static_rate(series, T0 + 2, StaticRateRule(min_volume=1, confidence_z=0)).active


def test_static_rate_needs_confidence_just_above_the_threshold() -> None:
    series = series_of(steady(T0, T0 + 60, per_s=0.5, fail_every=6))  # 5 of 30
    assert not d.static_rate(series, T0 + 59, StaticRateRule()).active
    assert d.static_rate(series, T0 + 59, StaticRateRule(confidence_z=0)).active


def test_timeout_rate_counts_timeouts_only() -> None:
    events = steady(T0, T0 + 60, per_s=1)
    events += [outcome(T0 + i, status="timed_out") for i in range(0, 60, 4)]  # 15 of 75
    events += [outcome(T0 + i + 0.5, failed=True, error_type="ValueError") for i in range(0, 60, 4)]
    obs = d.timeout_rate(series_of(events), T0 + 59.9, StaticRateRule(confidence_z=0))
    assert obs.value == pytest.approx(15 / 90, abs=0.01)
    assert obs.active


def test_recovery_failure_rate_reads_retries_only() -> None:
    first = steady(T0, T0 + 120, per_s=1, fail_every=2)  # first attempts failing 50 %: not a recovery failure
    healthy = series_of(first + steady(T0, T0 + 120, per_s=0.2, attempt=2))
    assert not d.recovery_failure(healthy, T0 + 119, RecoveryFailureRule()).active
    failing = series_of(first + steady(T0, T0 + 120, per_s=0.2, attempt=2, fail_every=2))
    obs = d.recovery_failure(failing, T0 + 119, RecoveryFailureRule())
    assert obs.active
    assert obs.value == pytest.approx(0.5, abs=0.05)


def test_burn_rate_needs_both_windows_and_a_full_long_window() -> None:
    rule = BurnRateRule()  # 99 %: fast pair above 14.4 %
    history = steady(T0, T0 + 3600, per_s=1, fail_every=100)
    outage = steady(T0 + 3600, T0 + 3900, per_s=1, fail_every=2)  # 50 % for 5 min
    series = series_of(history + outage)
    fast = d.burn_rate(series, T0 + 3899, rule, fast=True)
    assert not fast.active  # the 1 h window is only at ~9 %
    longer = series_of(history + steady(T0 + 3600, T0 + 4800, per_s=1, fail_every=2))
    fast = d.burn_rate(longer, T0 + 4799, rule, fast=True)
    assert fast.active
    assert fast.threshold == 14.4
    assert fast.value > 14.4
    young = series_of(steady(T0, T0 + 600, per_s=1, fail_every=2))  # 50 % but only 10 minutes old
    assert not d.burn_rate(young, T0 + 599, rule, fast=True).active


def test_fingerprint_burst_is_relative_to_its_usual_count() -> None:
    rule = FingerprintBurstRule()
    new = series_of([outcome(T0 + 3600 + i * 4, failed=True, fingerprint="f1") for i in range(12)])
    obs = d.fingerprint_burst(new, T0 + 3600 + 47, rule)
    assert obs.active
    assert obs.value == 12
    assert obs.baseline == 0
    # the same count from an error that always repeats 10 times a minute is not a burst
    usual = [outcome(T0 + i * 6, failed=True, fingerprint="f1") for i in range(600)]
    assert not d.fingerprint_burst(series_of(usual), T0 + 3599, rule).active


def _ramp_history(rate_every: int) -> list:
    return steady(T0, T0 + 7200, per_s=2, fail_every=rate_every)


def test_baseline_fires_on_a_jump_against_recent_history() -> None:
    rule = BaselineRule()
    series = series_of(_ramp_history(100) + steady(T0 + 7200, T0 + 7260, per_s=2, fail_every=8))
    stats = d.baseline_stats(series, T0 + 7259, rule)
    assert stats is not None and stats.source == "recent"
    obs = d.baseline(series, T0 + 7259, rule, stats)
    assert obs.active
    assert obs.baseline == pytest.approx(0.01, abs=0.01)


def test_baseline_is_quiet_at_the_usual_rate_and_without_history() -> None:
    rule = BaselineRule()
    series = series_of(_ramp_history(20))  # 5 % always
    stats = d.baseline_stats(series, T0 + 7199, rule)
    assert not d.baseline(series, T0 + 7199, rule, stats).active
    young = series_of(steady(T0, T0 + 600, per_s=2, fail_every=4))
    assert d.baseline_stats(young, T0 + 599, rule) is None
    assert not d.baseline(young, T0 + 599, rule, None).active


def test_baseline_prefers_the_same_hour_of_earlier_days() -> None:
    rule = BaselineRule()
    day = 86400
    # Yesterday at this hour the service failed 20 % (a nightly batch); the last hours at 1 %.
    events = steady(T0 - 1800, T0 + 1800, per_s=1, fail_every=5)
    events += steady(T0 + day - 7200, T0 + day + 60, per_s=1, fail_every=100)
    events += steady(T0 + day + 60, T0 + day + 120, per_s=1, fail_every=5)
    series = series_of(events)
    stats = d.baseline_stats(series, T0 + day + 119, rule)
    assert stats is not None and stats.source == "same_hour"
    assert stats.median == pytest.approx(0.2, abs=0.02)
    assert not d.baseline(series, T0 + day + 119, rule, stats).active


def test_binomial_tail() -> None:
    assert d.binomial_tail(0, 10, 0.1) == 1.0
    assert d.binomial_tail(11, 10, 0.1) == 0.0
    assert d.binomial_tail(1, 10, 0.1) == pytest.approx(1 - 0.9**10)
    assert d.binomial_tail(10, 60, 0.01) < 1e-6


def test_dependency_down_needs_a_streak_and_a_recent_failure() -> None:
    rule = DependencyDownRule()
    streak = d.Streak()
    for i in range(9):
        streak.count(failed=True, at_s=T0 + i)
    assert not d.dependency_down(streak, T0 + 9, rule).active
    streak.count(failed=True, at_s=T0 + 9)
    obs = d.dependency_down(streak, T0 + 9, rule)
    assert obs.active and obs.volume == 10
    assert not d.dependency_down(streak, T0 + 9 + 61, rule).active  # nothing failed for a minute
    streak.count(failed=False, at_s=T0 + 10)
    assert not d.dependency_down(streak, T0 + 10, rule).active


def test_a_streak_counts_in_event_time() -> None:
    streak = d.Streak()
    for i in range(10):
        streak.count(failed=True, at_s=T0 + 10 + i)
    streak.count(failed=False, at_s=T0 + 5)  # an older success, arriving late, ends nothing
    assert streak.failures == 10
    streak.count(failed=False, at_s=T0 + 14.5)  # a success among them ends the older failures
    assert streak.failures == 5
    streak.count(failed=True, at_s=T0 + 1)  # a failure older than the last success is not part of it
    assert streak.failures == 5
    assert streak.last_failure_s == T0 + 19


def test_a_late_success_does_not_shorten_a_streak_past_the_failures_it_keeps() -> None:
    # More failures than the streak keeps times of; a success older than all of them arrives late.
    streak = d.Streak()
    for i in range(300):
        streak.count(failed=True, at_s=T0 + 10 + i)
    assert streak.failures == 300
    streak.count(failed=False, at_s=T0 + 5)
    assert streak.failures == 300
    assert d.dependency_down(streak, T0 + 310, DependencyDownRule(min_failures=300)).active
    # A success newer than every trimmed failure ends them (and the kept ones before it).
    streak.count(failed=False, at_s=T0 + 10 + 100.5)
    assert streak.failures == 199
