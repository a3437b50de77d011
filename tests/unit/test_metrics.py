"""The Prometheus histogram of /metrics: bucket placement, text round trip, quantile bounds."""

from __future__ import annotations

import math
import threading

import pytest

from errorflow.agents.ingest import IngestStats
from errorflow.metrics import DETECTION_LAG_BUCKETS_S, Histogram, HistogramSnapshot, render_histogram


def test_a_value_on_a_bound_counts_in_that_bucket_as_prometheus_le_means() -> None:
    histogram = Histogram((0.1, 0.25, 1.0))
    histogram.observe_many([0.1, 0.100001, 0.25, 7.0, math.nan])
    snapshot = histogram.snapshot()
    assert snapshot.counts == (1, 2, 0, 1)  # NaN ignored, 7 s in +Inf
    assert snapshot.count == 4
    assert snapshot.total == pytest.approx(7.450001)


def test_rendered_text_is_cumulative_and_reads_back_to_the_same_snapshot() -> None:
    histogram = Histogram((0.05, 0.5))
    histogram.observe_many([0.01, 0.3, 0.4, 2.0])
    text = render_histogram("lag_seconds", "help text", histogram.snapshot())
    assert 'lag_seconds_bucket{le="0.05"} 1' in text
    assert 'lag_seconds_bucket{le="0.5"} 3' in text
    assert 'lag_seconds_bucket{le="+Inf"} 4' in text
    assert "lag_seconds_count 4" in text
    assert "# TYPE lag_seconds histogram" in text
    assert HistogramSnapshot.parse(text, "lag_seconds") == histogram.snapshot()


def test_quantile_bound_is_the_upper_bound_of_the_bucket_holding_the_rank() -> None:
    histogram = Histogram((0.1, 0.2, 0.3))
    histogram.observe_many([0.05] * 98 + [0.15, 0.25])  # p99 is the 99th of 100: the 0.15
    snapshot = histogram.snapshot()
    assert snapshot.quantile_bound(0.5) == 0.1
    assert snapshot.quantile_bound(0.98) == 0.1
    assert snapshot.quantile_bound(0.99) == 0.2
    assert snapshot.quantile_bound(1.0) == 0.3
    histogram.observe_many([9.0])
    assert histogram.snapshot().quantile_bound(1.0) == math.inf
    assert math.isnan(Histogram((1.0,)).snapshot().quantile_bound(0.5))


def test_since_and_plus_give_one_phase_of_several_processes() -> None:
    first, second = Histogram((1.0,)), Histogram((1.0,))
    first.observe_many([0.5, 2.0])
    before = first.snapshot()
    first.observe_many([0.5])
    second.observe_many([3.0])
    phase = first.snapshot().since(before).plus(second.snapshot())
    assert phase.counts == (1, 1) and phase.total == pytest.approx(3.5)
    with pytest.raises(ValueError, match="different buckets"):
        phase.plus(Histogram((2.0,)).snapshot())


def test_bounds_must_be_increasing_and_finite() -> None:
    for bad in ((), (0.2, 0.1), (0.1, 0.1), (0.1, math.inf)):
        with pytest.raises(ValueError, match="increasing"):
            Histogram(bad)


def test_observations_from_many_threads_are_all_counted() -> None:
    histogram = Histogram()
    threads = [threading.Thread(target=histogram.observe_many, args=([0.2] * 5000,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert histogram.snapshot().count == 40_000


def test_the_sink_counts_each_stored_classification_from_its_failed_at() -> None:
    from datetime import datetime, timezone

    stats = IngestStats()
    failed = datetime(2026, 12, 2, 12, 0, 0, tzinfo=timezone.utc)
    stats.observe_stored([{"failed_at": failed}, {"failed_at": failed}, {"failed_at": None}], failed.timestamp() + 0.19)
    snapshot = stats.detection_lag.snapshot()
    assert snapshot.count == 2  # a row without a time is not a latency
    assert snapshot.quantile_bound(1.0) == 0.2
    assert snapshot.bounds == DETECTION_LAG_BUCKETS_S
    text = stats.prometheus()
    assert 'errorflow_detection_latency_seconds_bucket{le="0.2"} 2' in text
    assert 'errorflow_sink_records_total{kind="written"} 0' in text


def test_the_sink_counts_the_fetch_lag_of_records_with_a_usable_timestamp_only() -> None:
    """Any producer may write the topic: a record without a timestamp, or with a strange one, is not a lag."""
    from types import SimpleNamespace

    stats = IngestStats()
    fetched_at = 1_764_763_200.0
    records = [
        SimpleNamespace(timestamp=int((fetched_at - 0.07) * 1000)),
        SimpleNamespace(timestamp=int((fetched_at - 0.3) * 1000)),
        SimpleNamespace(timestamp=-1),
        SimpleNamespace(timestamp=None),
        SimpleNamespace(timestamp="1764763200000"),
    ]
    stats.observe_fetched(records, fetched_at)
    snapshot = stats.detection_fetch_lag.snapshot()
    assert snapshot.count == 2
    assert snapshot.quantile_bound(0.5) == 0.075
    assert snapshot.quantile_bound(1.0) == 0.3
    text = stats.prometheus()
    assert 'errorflow_detection_fetch_lag_seconds_bucket{le="0.075"} 1' in text
    assert "errorflow_detection_fetch_lag_seconds_count 2" in text
    assert "# TYPE errorflow_detection_flush_seconds histogram" in text
    assert HistogramSnapshot.parse(text, "errorflow_detection_flush_seconds").count == 0
