"""``errorflow stats`` on known data: the headline figures of a window."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from errorflow.sinks import ChdbStore, Store
from errorflow.sinks.sqlguard import check_read_only
from errorflow.sinks.stats import run_stats, stats_queries
from tests.integration.sinks.docdata import load, t

pytestmark = pytest.mark.integration

WEEK = 7 * 86400.0


@pytest.fixture
def loaded(migrated: ChdbStore) -> Iterator[Store]:
    load(migrated)
    yield migrated


def _figures(store: Store, database: str, window_s: float) -> dict[str, list[dict[str, object]]]:
    return {
        title: [dict(zip(cols, row, strict=True)) for row in rows]
        for title, sql in stats_queries(database=database, window_s=window_s)
        for cols, rows in [store.query_readonly(sql)]
    }


def test_every_stats_query_is_a_single_read(database: str) -> None:
    for _, sql in stats_queries(database=database, window_s=3600):
        check_read_only(sql)


def test_headline_figures_of_a_week(loaded: Store, database: str) -> None:
    before = datetime.now(timezone.utc)
    figures = _figures(loaded, database, WEEK)
    after = datetime.now(timezone.utc)
    assert figures["runs"] == [{"runs": 7, "succeeded": 5, "aborted": 2, "in_progress": 0, "success_rate_pct": 71.43}]
    assert figures["attempts"] == [
        {"finished": 11, "failed": 6, "timeouts": 2, "error_rate_pct": 54.55, "timeout_rate_pct": 18.18}
    ]
    top = [(r["error_type"], r["failures"], r["runs"], r["operations"]) for r in figures["top errors"]]
    assert top == [
        ("requests.exceptions.ConnectionError", 3, 1, "scrape_jobs"),
        ("TimeoutError", 1, 1, "scrape_jobs"),
        ("ValueError", 1, 1, "charge_card"),
        ("asyncio.TimeoutError", 1, 1, "charge_card"),
    ]
    assert figures["recovery"] == [
        {
            "failed_runs": 4,
            "recovered": 2,
            "recovery_rate_pct": 50.0,
            "retried_runs": 3,
            "retry_success_pct": 66.67,
            "mttr_s": 57.475,
        }
    ]
    backlog = figures["dead-letter backlog"][0]
    assert (backlog["backlog"], backlog["new_in_window"]) == (1, 1)
    # Dead-lettered about two hours before the test data's base time, which is fixed when the module is
    # imported (at collection): its age is bounded by the clock around the query, however late the test runs
    # (a loaded run reached it 14 minutes after collection, past a fixed upper bound of 8,000 s).
    dead_lettered_at = t(136)
    oldest_age_s = int(str(backlog["oldest_age_s"]))
    assert int((before - dead_lettered_at).total_seconds()) - 1 <= oldest_age_s
    assert oldest_age_s <= int((after - dead_lettered_at).total_seconds()) + 1
    assert oldest_age_s > 7000


def test_a_window_with_nothing_in_it(loaded: Store, database: str) -> None:
    figures = _figures(loaded, database, 60)
    assert figures["runs"][0]["runs"] == 0
    assert figures["attempts"][0]["finished"] == 0
    assert figures["top errors"] == []
    assert figures["recovery"][0]["failed_runs"] == 0
    assert figures["dead-letter backlog"][0]["backlog"] == 1  # the backlog is "now", whatever the window


def test_run_stats_prints_every_section(loaded: Store, database: str) -> None:
    out = io.StringIO()
    run_stats(loaded, database=database, window_s=WEEK, out=out)
    text = out.getvalue()
    assert text.startswith(f"errorflow stats: last 7d (database {database})")
    for title in ("runs", "attempts", "top errors", "recovery", "dead-letter backlog"):
        assert f"== {title}" in text
    assert "54.55" in text and "57.475" in text
