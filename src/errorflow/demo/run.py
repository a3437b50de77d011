"""``errorflow demo``: the main job end to end on the embedded stack, with a report.

Starts Tansu, the pipeline worker (sink, classifier, recovery) and a function
runner for :mod:`errorflow.demo.services`, drives simulated services through
direct calls and submitted commands, waits until the pipeline has settled and
prints what ClickHouse holds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from errorflow.settings import Settings

__all__ = ["cmd_demo", "run_demo"]

DEMO_OPS = "errorflow.demo.services"


def _drive_services(submit: Callable[..., Any]) -> int:
    """Run the simulated services; return how many lifecycle events they should produce."""
    from errorflow.demo import services

    expected = 0

    def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        nonlocal expected
        expected += 3  # pending, running, success or failed
        try:
            function(*args, **kwargs)
        except Exception:  # the services' callers handle their own errors; errorflow recorded them
            pass

    for width in (800, 1200, 1600, 5000, 6000, 8000):
        call(services.resize_image, f"/uploads/img-{width}.png", width)
    for account in ("acme", "globex"):
        call(services.sync_account, account, password="s3cr3t")
    call(services.render_report, "2026-11-30", "2026-11-01")
    call(services.render_report, "2026-11-01", "2026-11-30")
    call(services.bulk_import_jobs, services.BulkInput(job_ids=[f"job-{i}" for i in range(7)] + ["missing-1", "missing-2", "missing-3"]))
    call(services.bulk_import_jobs, services.BulkInput(job_ids=["job-a", "job-b"]))

    for page in (1, 2, 3, 4):
        submit("fetch_listing", {"source": "flaky", "page": page})
        expected += 3
    submit("fetch_listing", {"source": "stable", "page": 1})
    submit("fetch_listing", {"source": "gone", "page": 1})
    expected += 6
    submit("fetch_listing", {"source": "stable", "page": 0})  # fails the input model: pending + failed
    expected += 2
    return expected


def _settle(query: Callable[[str], list[list[Any]]], *, database: str, minimum_events: int, out: TextIO, timeout_s: float) -> None:
    """Wait until every expected event is stored, every failure classified and nothing changes for a while."""
    deadline = time.monotonic() + timeout_s
    last: tuple[int, ...] = ()
    stable_since = time.monotonic()
    while time.monotonic() < deadline:
        (events, failed), = query(
            f"SELECT count(), countIf(status = 'failed') FROM {database}.taskrun_events"
        )
        (classified,), = query(f"SELECT count() FROM {database}.error_classifications")
        now = (int(events), int(failed), int(classified))
        if now != last:
            last, stable_since = now, time.monotonic()
            out.write(f"  ... {events} events stored, {classified}/{failed} failures classified\n")
            out.flush()
        settled = now[0] >= minimum_events and now[2] >= now[1]
        if settled and time.monotonic() - stable_since >= 3.0:
            return
        time.sleep(0.5)
    out.write("  (the pipeline did not settle in time; reporting what is stored)\n")


REPORT_QUERIES: list[tuple[str, str]] = [
    (
        "Runs by final status",
        "SELECT status, count() AS events, uniqExact(run_id) AS runs FROM {db}.taskrun_events "
        "WHERE status IN ('success', 'failed') GROUP BY status ORDER BY status",
    ),
    (
        "Failures by error type",
        "SELECT error_type, count() AS failures, any(operation) AS operation, any(error_message) AS example "
        "FROM {db}.taskrun_events WHERE status = 'failed' GROUP BY error_type ORDER BY failures DESC, error_type",
    ),
    (
        "Classifications",
        "SELECT category, severity, strategy, count() AS failures, uniqExact(fingerprint) AS fingerprints "
        "FROM {db}.error_classifications GROUP BY category, severity, strategy ORDER BY failures DESC, category",
    ),
    (
        "Bulk runs with item failures",
        "SELECT operation, run_id, success_count, failed_count, total_count FROM {db}.taskrun_events "
        "WHERE error_count > 0 ORDER BY occurred_at",
    ),
    (
        "Rows in ClickHouse",
        "SELECT 'taskrun_events' AS table, count() AS rows FROM {db}.taskrun_events UNION ALL "
        "SELECT 'error_classifications', count() FROM {db}.error_classifications UNION ALL "
        "SELECT 'recovery_actions', count() FROM {db}.recovery_actions UNION ALL "
        "SELECT 'dlq_entries', count() FROM {db}.dlq_entries UNION ALL "
        "SELECT 'quarantine', count() FROM {db}.quarantine",
    ),
]


def run_demo(*, data_dir: Path, out: TextIO = sys.stdout, settle_timeout_s: float = 120.0) -> int:
    """Run the demo; return 0 when every expected event reached ClickHouse."""
    from errorflow.cli.query import print_table
    from errorflow.embedded.queryserver import post_sql
    from errorflow.embedded.stack import EmbeddedStack
    from errorflow.sdk import configure, shutdown, submit

    settings = Settings(data_dir=data_dir, app_id="errorflow-demo")
    database = settings.clickhouse.database
    out.write("errorflow demo: starting Tansu, the pipeline worker and a function runner...\n")
    out.flush()
    started = time.monotonic()
    with EmbeddedStack(settings, ops_modules=(DEMO_OPS,)) as stack:
        assert stack.info is not None
        out.write(f"  broker {stack.info.kafka_bootstrap}, store {stack.info.clickhouse}\n")

        def query(sql: str) -> list[list[Any]]:
            answer = post_sql(stack.info.query_url, sql)  # type: ignore[union-attr]
            if "error" in answer:
                raise RuntimeError(answer["error"])
            return [list(row) for row in answer["rows"]]

        configure(settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": stack.info.kafka_bootstrap})}), service="demo")
        out.write("driving simulated services (direct calls and submitted runs)...\n")
        expected = _drive_services(submit)
        shutdown()
        _settle(query, database=database, minimum_events=expected, out=out, timeout_s=settle_timeout_s)
        out.write(f"\nerrorflow demo report ({time.monotonic() - started:.1f}s)\n")
        for title, sql in REPORT_QUERIES:
            answer = post_sql(stack.info.query_url, sql.format(db=database))
            out.write(f"\n== {title}\n")
            if "error" in answer:
                out.write(f"  query failed: {answer['error']}\n")
                continue
            print_table(answer["columns"], answer["rows"], out=out)
        (stored,), = query(f"SELECT count() FROM {database}.taskrun_events")
    ok = int(stored) >= expected
    out.write(f"\n{'OK' if ok else 'INCOMPLETE'}: {stored} of {expected} expected events stored.\n")
    return 0 if ok else 1


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the demo in a fresh data directory."""
    if args.data_dir:
        return run_demo(data_dir=Path(args.data_dir))
    with tempfile.TemporaryDirectory(prefix="errorflow-demo-") as tmp:
        return run_demo(data_dir=Path(tmp))
