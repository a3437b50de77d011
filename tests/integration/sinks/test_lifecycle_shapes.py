"""A short run reported by one terminal event stores the same analytics as one reported by three.

The SDK reports a quick call with its terminal event only, carrying ``queued_at``
and ``started_at``; a long call (and any other publisher) sends ``pending``,
``running`` and the terminal event. The same runs are stored in both shapes, the
compact one through both sink paths (the landing view for JSON text, and
:func:`errorflow.sinks.event_rows` for validated events), and every analytic built
on ``taskrun_events`` must come out identical.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.schemas.wire import event_ids
from errorflow.sinks import ChdbStore, event_rows
from errorflow.sinks.rows import implied_event_id
from tests.integration.sinks.schema_copy import copy_schema

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 23, 10, tzinfo=timezone.utc)
ANALYTICS = {
    "runs": "SELECT * EXCEPT (run_id) FROM taskrun_runs ORDER BY root_run_id",
    "minute": (
        "SELECT minute, service, operation, dependency, status, sum(events) AS events, sum(timeouts) AS timeouts,"
        " sum(retried) AS retried, sum(error_items) AS error_items, sum(duration_ms_sum) AS duration_ms_sum,"
        " sum(duration_count) AS duration_count,"
        " quantilesTDigestMerge(0.5, 0.95, 0.99)(duration_quantiles) AS quantiles"
        " FROM taskrun_minute GROUP BY minute, service, operation, dependency, status"
        " ORDER BY minute, service, operation, dependency, status"
    ),
    "error_rate_minute": "SELECT * FROM error_rate_minute ORDER BY minute, service, operation",
    "error_rates": (
        "SELECT * FROM error_rates(since = '2026-11-23 00:00:00', until = '2026-11-24 00:00:00')"
        " ORDER BY service, operation, dependency"
    ),
    "events": (
        "SELECT * EXCEPT (event_id, ingested_at) FROM taskrun_events ORDER BY root_run_id, attempt, occurred_at, status"
    ),
}


def _runs(count: int) -> list[tuple[dict[str, Any], datetime, datetime, TaskRunEvent]]:
    """Runs as (common fields, queued at, started at, terminal event), successes and failures, some retried."""
    rng = random.Random(7)
    runs = []
    for n in range(count):
        queued = T0 + timedelta(seconds=rng.uniform(0, 300), milliseconds=rng.randint(0, 999))
        queued = queued.replace(microsecond=queued.microsecond // 1000 * 1000)
        started = queued + timedelta(milliseconds=rng.randint(0, 3))
        took = rng.uniform(0.0001, 0.8)
        ended = started + timedelta(milliseconds=round(took * 1000))
        status = rng.choice([TaskRunStatus.SUCCESS, TaskRunStatus.SUCCESS, TaskRunStatus.FAILED])
        common: dict[str, Any] = {
            "run_id": f"run-{n}-{rng.randint(1, 2)}",
            "root_run_id": f"run-{n}",
            "attempt": rng.choice([1, 1, 2]),
            "operation": rng.choice(["fetch", "render"]),
            "service": "shop",
            "dependency": rng.choice([None, "db"]),
            "input_dump": {"order": n, "region": "eu"},
            "labels": {"team": "core"},
        }
        outcome: dict[str, Any] = {"execution_time_s": took}
        if status is TaskRunStatus.FAILED:
            outcome |= {
                "error_type": "builtins.TimeoutError",
                "error_message": f"timed out after {took:.3f}s",
                "error_list": [{"index": 0, "error": "item 0 lost"}],
            }
        else:
            outcome |= {"result_refs": [{"kind": "s3", "uri": f"s3://b/{n}"}], "success_count": 3, "total_count": 3}
        terminal = TaskRunEvent(status=status, occurred_at=ended, **common, **outcome)
        runs.append((common, queued, started, terminal))
    return runs


def _comparable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with NaN (the quantiles of a group without durations) made equal to itself."""

    def value(item: Any) -> Any:
        if isinstance(item, float) and math.isnan(item):
            return "NaN"
        return [value(x) for x in item] if isinstance(item, list) else item

    return [{key: value(item) for key, item in row.items()} for row in rows]


@pytest.fixture
def stores(chdb_engine: ChdbStore, schema_template: str) -> Iterator[dict[str, ChdbStore]]:
    """Three migrated databases: lifecycle events, compact events as JSON text, compact events validated."""
    opened = {}
    for name in ("lifecycle", "compact_json", "compact_contract"):
        database = f"ef_{name}_{uuid.uuid4().hex[:8]}"
        store = ChdbStore(chdb_engine.path, database=database)
        copy_schema(store, template=schema_template, database=database)  # the migrated schema, see schema_copy.py
        opened[name] = store
    yield opened
    for store in opened.values():
        store.execute(f"DROP DATABASE IF EXISTS `{store.database}` SYNC")
        store.close()


def test_both_shapes_give_identical_analytics(stores: dict[str, ChdbStore]) -> None:
    runs = _runs(300)
    lifecycle = []
    compact = []
    for common, queued, started, terminal in runs:
        lifecycle += [
            TaskRunEvent(status=TaskRunStatus.PENDING, occurred_at=queued, **common),
            TaskRunEvent(status=TaskRunStatus.RUNNING, occurred_at=started, **common),
            terminal,
        ]
        compact.append(terminal.model_copy(update={"queued_at": queued, "started_at": started}))

    stores["lifecycle"].insert_json("taskrun_events_landing", [encode(e) for e in lifecycle], dedup_token="a")
    raw = [encode(e) for e in compact]
    assert event_ids(raw) == [e.event_id for e in compact]  # the compact shape takes the fast path
    stores["compact_json"].insert_json("taskrun_events_landing", raw, dedup_token="b")
    rows = [row for e in compact for row in event_rows(TaskRunEvent.model_validate_json(encode(e)))]
    stores["compact_contract"].insert_rows("taskrun_events", rows)

    for name, sql in ANALYTICS.items():
        expected = _comparable(stores["lifecycle"].query_rows(sql))
        assert expected, name
        for shape in ("compact_json", "compact_contract"):
            assert _comparable(stores[shape].query_rows(sql)) == expected, (name, shape)

    # The implied events' ids derive from the terminal event's, so a redelivered copy deduplicates,
    # and sort before it in lifecycle order, like ids made at the time; both paths derive the same ids.
    for shape in ("compact_json", "compact_contract"):
        rows_by_run: dict[str, list[tuple[str, str]]] = {}
        for row in stores[shape].query_rows("SELECT root_run_id, event_id, status FROM taskrun_events"):
            rows_by_run.setdefault(row["root_run_id"], []).append((row["event_id"], row["status"]))
        assert sum(map(len, rows_by_run.values())) == 3 * len(compact)
        for event in compact:
            ids = sorted(rows_by_run[event.root_run_id])
            assert [status for _, status in ids] == ["pending", "running", str(event.status.value)], shape
            assert ids[-1][0] == event.event_id
            assert [i for i, _ in ids[:2]] == [implied_event_id(event.event_id, s) for s in ("pending", "running")]

    # A publisher's own ids (not UUIDv7) get suffixes; the two paths still agree.
    foreign = compact[0].model_copy(update={"event_id": "go-7", "root_run_id": "go-run", "run_id": "go-run"})
    stores["compact_json"].insert_json("taskrun_events_landing", [encode(foreign)], dedup_token="c")
    stores["compact_contract"].insert_rows("taskrun_events", event_rows(foreign))
    for shape in ("compact_json", "compact_contract"):
        ids = stores[shape].query_rows(
            "SELECT event_id FROM taskrun_events WHERE root_run_id = 'go-run' ORDER BY event_id"
        )
        assert [row["event_id"] for row in ids] == ["go-7", "go-7.pending", "go-7.running"], shape


@pytest.mark.parametrize(
    "event_id", ["01a22729-cfd9-7000-969f-55d6ae01b6b7", "ünïcödé-ïd-öf-36-cödé-pöïnts-7-ab", "x" * 14 + "7" + "é" * 21]
)
def test_implied_ids_are_the_same_in_sql_and_python(stores: dict[str, ChdbStore], event_id: str) -> None:
    (_, queued, started, terminal) = _runs(1)[0]
    event = terminal.model_copy(update={"event_id": event_id, "queued_at": queued, "started_at": started})
    stores["compact_json"].insert_json("taskrun_events_landing", [encode(event)], dedup_token=event_id)
    stored = {row["event_id"] for row in stores["compact_json"].query_rows("SELECT event_id FROM taskrun_events")}
    assert stored == {event_id, *(implied_event_id(event_id, status) for status in ("pending", "running"))}
