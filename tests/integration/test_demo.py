"""The README's demo command runs end to end and prints its report."""

from __future__ import annotations

import os

import pytest

from tests.integration.helpers import errorflow_cli

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_demo_prints_its_report_and_exits_zero() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ERRORFLOW_")}
    result = errorflow_cli("demo", env=env, timeout_s=240)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    for section in (
        "== Failures by error type",
        "== Classifications",
        "== Retries of the flaky fetches",
        "== Dead letters",
        "== The replayed dead letter",
        "== Bulk runs with item failures",
        "== Stuck runs found",
        "== Rows in ClickHouse",
        "== Detection latency (the pipeline's GET /metrics)",
    ):
        assert section in out, section
    assert "succeeded_after_replay" in out
    # The table of row counts counts dead letters as `dlq list` lists them (not their stored versions).
    listed = out.split("== Dead letters (errorflow dlq list)")[1].split("\n== ")[0]
    rows = out.split("== Rows in ClickHouse")[1].split("\n== ")[0]
    (dlq_count,) = (line.split()[1] for line in rows.splitlines() if line.startswith("dlq_entries "))
    assert f"({dlq_count} rows)" in listed, (dlq_count, listed[-200:])
    # The injected incident: the anomaly detectors caught the geo-api outage and the report shows it.
    anomalies = out.split("== Anomaly alerts (errorflow alerts)")[1].split("\n== ")[0]
    assert "dependency_down" in anomalies and "geo-api" in anomalies and "CRITICAL" in anomalies
    assert "builtins.PermissionError" in out and "builtins.OSError" in out
    assert "export_feed" in out and "timeout_s" in out
    # Issue 14: the trip's saga was compensated (newest reservation first) and a quote was served degraded.
    sagas = out.split("== Compensations (sagas)")[1].split("\n== ")[0]
    assert "compensated" in sagas and "book_trip" in sagas and "release_reservation#1" in sagas
    degraded = out.split("== Degraded results (fallbacks)")[1].split("\n== ")[0]
    assert "quote_price" in degraded and "builtins.ConnectionResetError" in degraded
    usage = out.split("== Fallback usage rate")[1].split("\n== ")[0]
    assert "quote_price" in usage and "0.5" in usage
    assert "\nOK: " in out
    latency = out.split("== Detection latency")[1].split("\n== ")[0]
    assert "classifications stored; a failure to its classification stored: p50 <= " in latency, latency
    assert int(latency.split("classifications stored")[0].split()[-1]) > 0, latency
    # It settled (every failure classified, every run ended) rather than report at its deadline, and
    # its last progress line counts every stored failure classified.
    assert "did not settle" not in out
    progress = [line for line in out.splitlines() if "failures classified" in line]
    classified, failures = progress[-1].split(", ")[-1].split()[0].split("/")
    assert classified == failures and int(failures) > 0, progress[-1]
