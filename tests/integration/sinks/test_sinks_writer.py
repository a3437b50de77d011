"""The writer on real chDB: exact counts in every table and view, redelivery changes nothing."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pytest

from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, Store
from tests.integration.sinks.sinkdata import (
    FAILED,
    FINISHED,
    Workload,
    build,
    expected_dlq,
    expected_minutes,
    expected_runs,
)

pytestmark = pytest.mark.integration

WINDOW = {"since": "2000-01-01 00:00:00", "until": "2100-01-01 00:00:00"}
TABLES = {
    "taskrun_events": "event_id",
    "taskrun_events_landing": "event_id",
    "error_classifications": "event_id",
    "recovery_actions": "action_id",
    "dlq_entries": ("dlq_id", "updated_at"),
}


def load(
    store: Store,
    work: Workload,
    settings: SinkSettings,
    *,
    fetch: int = 5_000,
    seed: int | None = None,
    path: str = "arrow",
) -> int:
    """Feed every row through one writer per table, like the ingest loop; return rows written.

    ``path="json"`` sends the events the way ingest's fast path does: their own JSON text
    into ``taskrun_events_landing``.
    """
    events_table = "taskrun_events_landing" if path == "json" else "taskrun_events"
    sources: dict[str, list[dict[str, Any]]] = {
        events_table: work.json_rows(work.events) if path == "json" else list(work.events),
        "error_classifications": list(work.classifications),
        "recovery_actions": list(work.actions),
        "dlq_entries": list(work.dead_letters),
    }
    if seed is not None:
        for rows in sources.values():
            random.Random(seed).shuffle(rows)
    written = 0
    for table, rows in sources.items():
        writer = BatchWriter(
            store,
            table=table,
            settings=settings,
            dedup_key=TABLES[table],
            raw_json=table == "taskrun_events_landing",
        )
        for start in range(0, len(rows), fetch):
            writer.add(rows[start : start + fetch])
            if writer.due():
                result = writer.flush()
                assert not result.rejected
                written += result.written
        result = writer.flush()
        assert not result.rejected
        written += result.written
    return written


def snapshot(store: Store) -> dict[str, Any]:
    """Every table's and view's full content, aggregated where a view is per window."""
    queries = {
        "events": "SELECT count(), uniqExact(event_id), sum(error_count) FROM taskrun_events",
        "events_by_status": "SELECT status, count() FROM taskrun_events GROUP BY status ORDER BY status",
        "runs": "SELECT * FROM taskrun_runs ORDER BY root_run_id",
        "minutes": "SELECT minute, service, operation, dependency, status, sum(events), sum(timeouts), sum(retried),"
        " sum(error_items), sum(duration_count), round(sum(duration_ms_sum), 3) FROM taskrun_minute"
        " GROUP BY ALL ORDER BY ALL",
        "error_rate_minute": "SELECT * FROM error_rate_minute ORDER BY minute, service, operation",
        "error_rates": "SELECT * EXCEPT latency_p50_p95_p99_ms FROM error_rates(since={since:String},"
        " until={until:String}) ORDER BY service, operation",
        "classifications": "SELECT count(), uniqExact(event_id) FROM error_classifications",
        "classification_minute": "SELECT minute, service, operation, dependency, category, severity, strategy,"
        " sum(failures), sum(retryable) FROM classification_minute GROUP BY ALL ORDER BY ALL",
        "top_fingerprints": "SELECT fingerprint, failures, runs FROM top_fingerprints(since={since:String},"
        " until={until:String}) ORDER BY fingerprint",
        "actions": "SELECT count(), uniqExact(action_id) FROM recovery_actions",
        "recovery_minute": "SELECT minute, service, operation, dependency, category, action, sum(actions),"
        " round(sum(delay_s_sum), 3) FROM recovery_minute GROUP BY ALL ORDER BY ALL",
        "retry_success": "SELECT * FROM retry_success(since={since:String}, until={until:String}) ORDER BY ALL",
        "recovery_success": "SELECT * FROM recovery_success(since={since:String}, until={until:String}) ORDER BY ALL",
        "mttr": "SELECT service, operation, recovered_runs, round(mttr_s, 3) FROM mttr(since={since:String},"
        " until={until:String}) ORDER BY ALL",
        "dlq_rows": "SELECT count() FROM dlq_history",
        "dlq_current": "SELECT dlq_id, state, updated_at FROM dlq_current ORDER BY dlq_id",
        "dlq_backlog": "SELECT * FROM dlq_backlog(at={until:String}) ORDER BY ALL",
    }
    return {name: store.query_rows(sql, WINDOW) for name, sql in queries.items()}


def _one(store: Store, sql: str, params: dict[str, Any] | None = None) -> Sequence[Any]:
    rows = store.query_rows(sql, params)
    assert len(rows) == 1
    return list(rows[0].values())


def assert_exact(store: Store, work: Workload) -> None:
    events, runs = work.events, expected_runs(work.events)
    assert _one(store, "SELECT count(), uniqExact(event_id) FROM taskrun_events") == [len(events), len(events)]
    statuses = dict(Counter(e["status"] for e in events))
    got = {r["status"]: r["c"] for r in store.query_rows("SELECT status, count() c FROM taskrun_events GROUP BY 1")}
    assert got == statuses

    # taskrun_runs: one row per run, latest status per run, failures, recovery.
    stored_runs = {r["root_run_id"]: r for r in store.query_rows("SELECT * FROM taskrun_runs")}
    assert len(stored_runs) == len(runs)
    for root, expected in runs.items():
        got_run = stored_runs[root]
        assert (got_run["status"], got_run["events"], got_run["failures"], got_run["attempts"]) == (
            expected["status"],
            expected["events"],
            expected["failures"],
            expected["attempts"],
        ), root
        assert bool(got_run["recovered"]) == expected["recovered"], root

    # Per-minute rollup: exact counts per (minute, service, operation, dependency, status).
    minutes = {
        (r["minute"], r["service"], r["operation"], r["dependency"], r["status"]): Counter(
            events=r["e"], timeouts=r["t"], retried=r["r"], error_items=r["i"]
        )
        for r in store.query_rows(
            "SELECT minute, service, operation, dependency, status, sum(events) e, sum(timeouts) t,"
            " sum(retried) r, sum(error_items) i FROM taskrun_minute GROUP BY ALL"
        )
    }
    expected_rollup = {k: Counter({n: v for n, v in c.items() if v}) for k, c in expected_minutes(events).items()}
    assert {k: Counter({n: v for n, v in c.items() if v}) for k, c in minutes.items()} == expected_rollup

    # Error rate per minute, and over the whole window.
    finished = sum(e["status"] in FINISHED for e in events)
    failed = sum(e["status"] in FAILED for e in events)
    assert _one(store, "SELECT sum(finished), sum(failed) FROM error_rate_minute") == [finished, failed]
    assert _one(
        store,
        "SELECT sum(finished), sum(failed), sum(succeeded)"
        " FROM error_rates(since={since:String}, until={until:String})",
        WINDOW,
    ) == [finished, failed, finished - failed]

    # Classifications, fingerprints, recovery actions.
    classes = work.classifications
    assert _one(store, "SELECT count(), uniqExact(event_id) FROM error_classifications") == [len(classes)] * 2
    by_category = {
        r["category"]: r["n"]
        for r in store.query_rows("SELECT category, sum(failures) n FROM classification_minute GROUP BY category")
    }
    assert by_category == dict(Counter(c["category"] for c in classes))
    top = {
        r["fingerprint"]: r["failures"]
        for r in store.query_rows(
            "SELECT fingerprint, failures FROM top_fingerprints(since={since:String}, until={until:String})", WINDOW
        )
    }
    assert top == dict(Counter(c["fingerprint"] for c in classes))
    by_action = {
        r["action"]: r["n"]
        for r in store.query_rows("SELECT action, sum(actions) n FROM recovery_minute GROUP BY action")
    }
    assert by_action == dict(Counter(a["action"] for a in work.actions))
    assert _one(store, "SELECT count() FROM recovery_actions") == [len(work.actions)]

    # Retry and recovery success, MTTR (run level).
    retried = [r for r in runs.values() if r["attempts"] > 1 and r["status"] in FINISHED]
    failed_runs = [r for r in runs.values() if r["failures"] > 0 and r["status"] in FINISHED]
    recovered = [r for r in runs.values() if r["recovered"]]
    assert _one(
        store,
        "SELECT sum(retried_runs), sum(recovered_after_retry) FROM retry_success(since={since:String},"
        " until={until:String})",
        WINDOW,
    ) == [len(retried), sum(r["status"] == "success" for r in retried)]
    assert _one(
        store,
        "SELECT sum(failed_runs), sum(recovered_runs)"
        " FROM recovery_success(since={since:String}, until={until:String})",
        WINDOW,
    ) == [len(failed_runs), len(recovered)]
    mttr = sum((r["last_success_at"] - r["first_failed_at"]).total_seconds() for r in recovered) / len(recovered)
    got_mttr = _one(
        store,
        "SELECT sum(recovered_runs), sum(mttr_s * recovered_runs) / sum(recovered_runs)"
        " FROM mttr(since={since:String}, until={until:String})",
        WINDOW,
    )
    assert got_mttr[0] == len(recovered)
    assert got_mttr[1] == pytest.approx(mttr, abs=1e-3)

    # Dead letters: every version stored, one current row per entry, backlog.
    states = expected_dlq(work.dead_letters)
    assert _one(store, "SELECT count() FROM dlq_history") == [len(work.dead_letters)]
    current = {r["dlq_id"]: r["state"] for r in store.query_rows("SELECT dlq_id, state FROM dlq_current")}
    assert current == states
    backlog = sum(s in ("new", "failed_after_replay") for s in states.values())
    assert _one(store, "SELECT sum(backlog) FROM dlq_backlog(at={until:String})", WINDOW) == [backlog]


@pytest.mark.slow
def test_100k_events_give_exact_counts_in_every_table_and_view(
    migrated: Store, sink_settings: SinkSettings, sink_path: str
) -> None:
    work = build(100_000)
    written = load(migrated, work, sink_settings, path=sink_path)
    assert written == len(work.events) + len(work.classifications) + len(work.actions) + len(work.dead_letters)
    assert_exact(migrated, work)


@pytest.mark.slow
def test_delivering_every_row_twice_changes_no_query_result(
    migrated: Store, sink_settings: SinkSettings, sink_path: str
) -> None:
    work = build(100_000)
    load(migrated, work, sink_settings, path=sink_path)
    before = snapshot(migrated)
    # Redelivery in a different order and different batch boundaries: every row is a duplicate.
    again = load(migrated, work, sink_settings, fetch=3_333, seed=7, path=sink_path)
    assert again == 0
    assert snapshot(migrated) == before
    assert_exact(migrated, work)


def test_duplicates_within_one_batch_are_written_once(migrated: Store, sink_settings: SinkSettings) -> None:
    work = build(1_000)
    writer = BatchWriter(migrated, table="taskrun_events", settings=sink_settings, dedup_key="event_id")
    writer.add(work.events + work.events[:400])
    result = writer.flush()
    assert (result.written, result.duplicates, result.rejected) == (1_000, 400, [])
    assert_rows = migrated.query_rows("SELECT count() n, sum(events) m FROM taskrun_runs")
    assert assert_rows[0]["n"] == len(expected_runs(work.events))
    assert assert_rows[0]["m"] == 1_000
