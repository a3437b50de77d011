"""``errorflow demo``: the main job end to end on the embedded stack, with a report.

Starts Tansu, the pipeline worker (sink, classifier, recovery) and a function
runner for :mod:`errorflow.demo.services`, drives simulated services through
direct calls and submitted commands, waits until every run has ended (flaky
fetches clear on their third attempt, resource waits and unknown errors retry,
permanent failures are dead-lettered, a failed trip booking is compensated, a
price quote is answered from cache while pricing is down), replays one dead
letter with the input an operator corrected, and prints what ClickHouse holds.
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
    call(
        services.bulk_import_jobs,
        services.BulkInput(job_ids=[f"job-{i}" for i in range(7)] + ["missing-1", "missing-2", "missing-3"]),
    )
    call(services.bulk_import_jobs, services.BulkInput(job_ids=["job-a", "job-b"]))
    # The incident the anomaly detectors catch: geo-api refuses every call (dependency_down, CRITICAL).
    for number in range(12):
        call(services.geocode_address, f"{number} Main Street")

    # A saga: the trip's two reservations are undone, newest first, when the car rental refuses.
    call(services.book_trip, "trip-42")
    # Graceful degradation: a good quote is cached, then pricing goes down and the cached quote answers.
    call(services.quote_price, "sku-1")
    services.PRICING["up"] = False
    call(services.quote_price, "sku-1")
    services.PRICING["up"] = True

    for page in (1, 2, 3, 4):
        submit("fetch_listing", {"source": "flaky", "page": page})
        expected += 3
    submit("fetch_listing", {"source": "stable", "page": 1})
    submit("fetch_listing", {"source": "gone", "page": 1})
    expected += 6
    submit("fetch_listing", {"source": "stable", "page": 0})  # fails the input model: pending + failed
    expected += 2
    submit("export_feed", {"partner": "jobs-weekly"})  # hangs on attempt 1: timed out, then retried
    expected += 6
    return expected


def _settle(
    query: Callable[[str], list[list[Any]]], *, database: str, minimum_events: int, out: TextIO, timeout_s: float
) -> None:
    """Wait until every expected event is stored, every failure classified and nothing changes for a while."""
    deadline = time.monotonic() + timeout_s
    last: tuple[int, ...] = ()
    stable_since = time.monotonic()
    while time.monotonic() < deadline:
        # Failures are failed and timed-out attempts (both are classified); a classification counts once its
        # event is stored too, so the line never shows more failures classified than stored.
        ((events, failed),) = query(
            f"SELECT count(), countIf(status IN ('failed', 'timed_out')) FROM {database}.taskrun_events"
        )
        ((classified,),) = query(
            f"SELECT uniqExact(failed_event_id) FROM {database}.error_classifications WHERE failed_event_id IN ("
            f"SELECT event_id FROM {database}.taskrun_events WHERE status IN ('failed', 'timed_out'))"
        )
        now = (int(events), int(failed), int(classified))
        if now != last:
            last, stable_since = now, time.monotonic()
            out.write(f"  ... {events} events stored, {classified}/{failed} failures classified\n")
            out.flush()
        settled = now[0] >= minimum_events and now[2] >= now[1] and _all_runs_ended(query, database)
        if settled and time.monotonic() - stable_since >= 1.5:
            return
        time.sleep(0.5)
    out.write("  (the pipeline did not settle in time; reporting what is stored)\n")


def _all_runs_ended(query: Callable[[str], list[list[Any]]], database: str) -> bool:
    """True when every run has a terminal state: a success, or a recovery action that ends it."""
    ((runs, ended),) = query(
        f"SELECT uniqExact(root_run_id), uniqExactIf(root_run_id, root_run_id IN ("
        f"SELECT root_run_id FROM {database}.taskrun_events WHERE status = 'success' UNION ALL "
        f"SELECT root_run_id FROM {database}.recovery_actions WHERE action IN "
        f"('failed_fast', 'dead_lettered', 'gave_up_deadline', 'succeeded_after_retry'))) "
        f"FROM {database}.taskrun_events"
    )
    return int(runs) > 0 and int(ended) == int(runs)


def _wait_for_anomaly(query: Callable[[str], list[list[Any]]], *, database: str, out: TextIO) -> None:
    """Wait (briefly) until the anomaly detectors' alert on the injected geo-api outage is stored."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ((count,),) = query(f"SELECT count() FROM {database}.alerts WHERE rule = 'dependency_down'")
        if int(count):
            out.write("  ... the anomaly detectors raised the geo-api outage\n")
            return
        time.sleep(0.3)
    out.write("  (no anomaly alert for the geo-api outage in time)\n")


REPLAY_INPUT = {"source": "stable", "page": 1}
"""The operator's correction of the dead-lettered fetch: the board it asked for is gone; fetch the live one."""


def _replay_one(settings: Settings, query: Callable[[str], list[list[Any]]], *, out: TextIO) -> str | None:
    """Replay the dead-lettered ``fetch_listing`` run with a corrected input; return the dead letter's id."""
    from errorflow.cli.recovery import DlqFilter, list_dead_letters, plan_replays, replay
    from errorflow.schemas.events import utc_now

    database = settings.clickhouse.database
    rows = list_dead_letters(settings, DlqFilter(operation="fetch_listing", error="404", states=("new",)), full=True)
    if not rows:
        out.write("  (no fetch_listing dead letter to replay)\n")
        return None
    plans = plan_replays(rows[:1], now=utc_now(), user="demo-operator", input_override=REPLAY_INPUT)
    replay(settings, plans)
    dlq_id = str(rows[0]["dlq_id"])
    out.write(f"replaying dead letter {dlq_id} (fetch_listing, 404) with input {REPLAY_INPUT}...\n")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ((state,),) = query(f"SELECT any(state) FROM {database}.dlq_current WHERE dlq_id = '{dlq_id}'")
        if state in ("succeeded_after_replay", "failed_after_replay"):
            out.write(f"  ... the replay ended: {state}\n")
            return dlq_id
        time.sleep(0.3)
    out.write("  (the replay did not end in time)\n")
    return dlq_id


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
        "Runs by outcome (errorflow runs list)",
        "SELECT outcome, operation, count() AS runs, max(attempts) AS max_attempts FROM ({runs}) "
        "GROUP BY outcome, operation ORDER BY outcome, operation",
    ),
    (
        "Recovery actions",
        "SELECT action, category, count() AS actions, round(min(delay_s), 2) AS min_delay_s, "
        "round(max(delay_s), 2) AS max_delay_s FROM {db}.recovery_actions GROUP BY action, category "
        "ORDER BY action, category",
    ),
    (
        "Retries of the flaky fetches (cleared on attempt 3)",
        "SELECT root_run_id, groupArray(attempt) AS failed_attempts, groupArray(round(delay_s, 3)) AS retry_delays_s "
        "FROM (SELECT root_run_id, attempt, delay_s FROM {db}.recovery_actions "
        "WHERE operation = 'fetch_listing' AND action = 'retry_scheduled' ORDER BY attempt) "
        "GROUP BY root_run_id ORDER BY root_run_id",
    ),
    (
        "Dead letters (errorflow dlq list)",
        "SELECT dlq_id, operation, category, reason, state, attempt, command IS NOT NULL AS replayable, "
        "substring(ifNull(error_message, ''), 1, 60) AS error FROM {db}.dlq_current ORDER BY dead_lettered_at, dlq_id",
    ),
    (
        "Operator alerts",
        "SELECT rule, severity, operation, count() AS alerts, uniqExact(incident_id) AS incidents, "
        "any(message) AS example FROM {db}.alerts GROUP BY rule, severity, operation ORDER BY rule, operation",
    ),
    (
        "Anomaly alerts (errorflow alerts)",
        "SELECT fired_at, severity, rule, state, service, scope, value, threshold, records, message FROM ({anomalies})",
    ),
    (
        "The replayed dead letter, state by state",
        "SELECT h.updated_at AS at, h.state AS state, h.replay_run_id AS replay_run_id, "
        "ifNull(r.status, '') AS replay_outcome FROM {db}.dlq_history AS h "
        "LEFT JOIN (SELECT root_run_id, argMax(status, occurred_at) AS status FROM {db}.taskrun_events "
        "GROUP BY root_run_id) AS r ON r.root_run_id = h.replay_run_id "
        "WHERE h.dlq_id = '{replayed}' ORDER BY h.updated_at",
    ),
    (
        "Stuck runs found (timed out, then retried)",
        "SELECT t.operation AS operation, t.root_run_id AS root_run_id, t.attempt AS attempt, "
        "substring(ifNull(t.error_message, ''), 1, 60) AS why, ifNull(a.action, '') AS recovery "
        "FROM {db}.taskrun_events AS t LEFT JOIN (SELECT root_run_id, argMax(action, decided_at) AS action "
        "FROM {db}.recovery_actions GROUP BY root_run_id) AS a ON a.root_run_id = t.root_run_id "
        "WHERE t.status = 'timed_out' ORDER BY t.occurred_at",
    ),
    (
        "Bulk runs with item failures",
        "SELECT operation, run_id, success_count, failed_count, total_count FROM {db}.taskrun_events "
        "WHERE error_count > 0 ORDER BY occurred_at",
    ),
    (
        "Compensations (sagas)",
        "SELECT action, operation, root_run_id, detail FROM {db}.recovery_actions "
        "WHERE action IN ('compensated', 'compensation_failed') ORDER BY decided_at",
    ),
    (
        "Degraded results (fallbacks)",
        "SELECT operation, status, degraded, degraded_error_type, degraded_error_message, "
        "round(data_age_s, 3) AS data_age_s FROM {db}.taskrun_events WHERE degraded ORDER BY occurred_at",
    ),
    (
        "Fallback usage rate",
        "SELECT service, operation, finished, degraded_runs, round(fallback_usage_rate, 4) AS fallback_usage_rate "
        "FROM {db}.fallback_usage(since = now64(3) - INTERVAL 1 DAY, until = now64(3) + INTERVAL 1 MINUTE) "
        "WHERE degraded_runs > 0 ORDER BY service, operation",
    ),
    (
        "Rows in ClickHouse",
        "SELECT 'taskrun_events' AS table, count() AS rows FROM {db}.taskrun_events UNION ALL "
        "SELECT 'error_classifications', count() FROM {db}.error_classifications UNION ALL "
        "SELECT 'recovery_actions', count() FROM {db}.recovery_actions UNION ALL "
        # dlq_entries holds versions of an entry until they merge: count entries as `dlq list` lists them.
        "SELECT 'dlq_entries', count() FROM {db}.dlq_current UNION ALL "
        "SELECT 'quarantine', count() FROM {db}.quarantine",
    ),
]


def run_demo(*, data_dir: Path, out: TextIO = sys.stdout, settle_timeout_s: float = 120.0) -> int:
    """Run the demo; return 0 when every expected event reached ClickHouse."""
    from errorflow.cli.anomalies import alerts_sql
    from errorflow.cli.query import print_table
    from errorflow.cli.recovery import RunFilter, runs_sql
    from errorflow.embedded.queryserver import post_sql
    from errorflow.embedded.stack import EmbeddedStack
    from errorflow.sdk import configure, shutdown, submit

    # Short resource waits, so the demo shows them retried and given up within its run time.
    settings = Settings(data_dir=data_dir, app_id="errorflow-demo", recovery={"resource_wait_s": 2.0})
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

        configure(
            settings.model_copy(
                update={"kafka": settings.kafka.model_copy(update={"bootstrap": stack.info.kafka_bootstrap})}
            ),
            service="demo",
        )
        out.write("driving simulated services (direct calls and submitted runs)...\n")
        expected = _drive_services(submit)
        shutdown()
        _settle(query, database=database, minimum_events=expected, out=out, timeout_s=settle_timeout_s)
        operator = settings.model_copy(
            update={"kafka": settings.kafka.model_copy(update={"bootstrap": stack.info.kafka_bootstrap})}
        )
        replayed = _replay_one(operator, query, out=out) or ""
        _wait_for_anomaly(query, database=database, out=out)
        out.write(f"\nerrorflow demo report ({time.monotonic() - started:.1f}s)\n")
        runs = runs_sql(database, RunFilter(), limit=None)
        anomalies = alerts_sql(database, anomalies_only=True)
        for title, sql in REPORT_QUERIES:
            answer = post_sql(
                stack.info.query_url,
                sql.format(db=database, runs=runs, replayed=replayed, anomalies=anomalies),
            )
            out.write(f"\n== {title}\n")
            if "error" in answer:
                out.write(f"  query failed: {answer['error']}\n")
                continue
            print_table(answer["columns"], answer["rows"], out=out)
        out.write(_detection_latency(stack.info.health["pipeline"]))
        ((stored,),) = query(f"SELECT count() FROM {database}.taskrun_events")
    ok = int(stored) >= expected
    out.write(
        f"\n{'OK' if ok else 'INCOMPLETE'}: {stored} events stored "
        f"({expected} from the first attempts, the rest from retries and the replay).\n"
    )
    return 0 if ok else 1


def _detection_latency(health_url: str) -> str:
    """The report's detection latency: the pipeline's own histogram (``GET /metrics``), failure to stored."""
    from errorflow.health import get_metrics
    from errorflow.metrics import HistogramSnapshot

    try:
        lag = HistogramSnapshot.parse(get_metrics(health_url), "errorflow_detection_latency_seconds")
    except (OSError, ValueError) as exc:
        return f"\n== Detection latency\n  not read from {health_url}/metrics: {exc}\n"
    cells = ", ".join(f"p{round(q * 100)} <= {lag.quantile_bound(q) * 1000:.0f} ms" for q in (0.5, 0.95, 0.99))
    return (
        "\n== Detection latency (the pipeline's GET /metrics)\n"
        f"  {lag.count} classifications stored; a failure to its classification stored: {cells}\n"
        "  (the demo's failures come in the stack's first seconds, while it warms up; bench/bench_detection.py\n"
        "  measures a warmed-up pipeline)\n"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the demo in a fresh data directory."""
    if args.data_dir:
        return run_demo(data_dir=Path(args.data_dir))
    with tempfile.TemporaryDirectory(prefix="errorflow-demo-") as tmp:
        return run_demo(data_dir=Path(tmp))
