"""Per-minute buckets and trailing windows."""

from __future__ import annotations

import pytest

from errorflow.anomaly import Counts, Outcome

from .helpers_anomaly import T0, outcome, series_of, steady


def test_outcome_classes_follow_the_rollups() -> None:
    assert outcome(T0, status="timed_out").timeout
    assert outcome(T0, status="failed", error_type="requests.exceptions.ReadTimeout").timeout
    assert not outcome(T0, status="failed", error_type="ValueError").timeout
    assert not outcome(T0, status="running").finished
    counts = Counts()
    for o in [
        outcome(T0, failed=True, attempt=2),
        outcome(T0, attempt=3),
        outcome(T0, status="timed_out"),
        outcome(T0, status="pending"),
    ]:
        counts.count(o)
    assert (counts.finished, counts.failures, counts.timeouts, counts.retries, counts.retry_failures) == (3, 2, 1, 2, 1)


def test_trailing_window_weights_the_oldest_minute_by_overlap() -> None:
    # minute 0: 60 events, 6 failures; then minute 1 so far: 30 events, none failing
    series = series_of(steady(T0, T0 + 60, per_s=1, fail_every=10))
    at_boundary = series.window(T0 + 60, 60)  # the whole of minute 0
    assert at_boundary.finished == pytest.approx(60)
    assert at_boundary.failures == pytest.approx(6)
    for o in steady(T0 + 60, T0 + 90, per_s=1):
        series.count(o)
    halfway = series.window(T0 + 90, 60)  # minute 1 so far, and the half of minute 0 the window still covers
    assert halfway.finished == pytest.approx(30 + 30)
    assert halfway.failures == pytest.approx(3)
    assert series.window(T0 + 180, 60).finished == pytest.approx(0)


def test_a_late_event_updates_the_cached_window() -> None:
    series = series_of(steady(T0, T0 + 180, per_s=1))
    before = series.window(T0 + 179, 120).failures
    series.count(Outcome(at_s=T0 + 70, service="svc", operation="op", status="failed"))
    assert series.window(T0 + 179, 120).failures == pytest.approx(before + 1)


def test_prune_forgets_old_minutes_but_keeps_the_age() -> None:
    series = series_of(steady(T0, T0 + 600, per_s=1))
    series.prune(int(T0 // 60) + 5)
    assert min(series.buckets) == int(T0 // 60) + 5
    assert series.first_minute == int(T0 // 60)


def test_an_event_in_a_closed_minute_newer_than_any_counted_updates_the_cached_window() -> None:
    # The stream's clock runs ahead of the events (the worker's clock minus idle_grace_s while the
    # agent lags): a window is cached at minute 100 while the newest event counted is in minute 98;
    # then an event of minute 99 comes, newer than any counted, but in a minute the cache closed.
    series = series_of([outcome(T0 + 98 * 60 + 1)])
    now = T0 + 100 * 60 + 30
    assert series.window(now, 300).finished == pytest.approx(1)
    series.count(outcome(T0 + 99 * 60 + 1, failed=True))
    assert series.window(now, 300).finished == pytest.approx(2)
    assert series.window(now, 300).failures == pytest.approx(1)
