"""GET /metrics of the pipeline: the detection latency of every stored classification, on the real stack."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from errorflow.health import get_metrics
from errorflow.metrics import HistogramSnapshot
from errorflow.sdk import configure, operation, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for_rows

pytestmark = pytest.mark.integration

LAG = "errorflow_detection_latency_seconds"
FETCH_LAG = "errorflow_detection_fetch_lag_seconds"
FLUSH = "errorflow_detection_flush_seconds"


@pytest.fixture
def sdk(running_stack: RunningStack) -> Iterator[None]:
    configure(running_stack.settings, service="it-metrics")
    yield
    shutdown()


@operation(name="it_metrics_denied", register=False)
def denied(n: int) -> None:
    raise PermissionError(13, "Permission denied", f"/srv/metrics/{n}")  # permanent: dead-lettered, never retried


def _lag(running_stack: RunningStack, metric: str = LAG) -> HistogramSnapshot:
    assert running_stack.stack.info is not None
    return HistogramSnapshot.parse(get_metrics(running_stack.stack.info.health["pipeline"]), metric)


def test_each_stored_classification_is_counted_with_its_latency_from_failure_to_store(
    running_stack: RunningStack, sdk: None
) -> None:
    before, fetched_before, flushed_before = (_lag(running_stack, metric) for metric in (LAG, FETCH_LAG, FLUSH))
    started = datetime.now(timezone.utc).timestamp()
    for n in range(5):
        with pytest.raises(PermissionError):
            denied(n)
    rows = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT failed_at FROM {db}.error_classifications WHERE operation = 'it_metrics_denied'"
        ),
        count=5,
        timeout_s=60,
    )
    deadline = time.monotonic() + 5  # counted as the insert returns: a query may see the rows a moment before
    while (phase := _lag(running_stack).since(before)).count < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    waited = datetime.now(timezone.utc).timestamp() - started  # every latency counted ended before this
    assert len(rows) == 5
    assert phase.count >= 5  # other modules' leftovers may add some; ours are all there
    # Every latency counted is a real one: positive and no longer than the test waited for its rows.
    assert 0 < phase.total / phase.count <= waited
    assert phase.quantile_bound(1.0) <= 60
    # Its last hops: each classification record's fetch by the sink, and the flushes that stored them.
    fetched = _lag(running_stack, FETCH_LAG).since(fetched_before)
    flushed = _lag(running_stack, FLUSH).since(flushed_before)
    assert fetched.count >= 5 and 0 < fetched.total / fetched.count <= waited
    assert flushed.count >= 1 and 0 < flushed.total / flushed.count <= waited


def test_metrics_text_carries_the_sinks_counters(running_stack: RunningStack) -> None:
    assert running_stack.stack.info is not None
    text = get_metrics(running_stack.stack.info.health["pipeline"])
    written = [line for line in text.splitlines() if line.startswith('errorflow_sink_records_total{kind="written"}')]
    assert len(written) == 1 and int(written[0].split()[1]) > 0
    assert "# TYPE errorflow_detection_latency_seconds histogram" in text
