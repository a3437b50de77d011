"""The sink's fast path stores exactly the rows the contract path stores.

Events checked by ``schemas/wire.py`` are inserted as their own JSON text and
mapped to columns by the ``taskrun_events_landing`` view; every other event is
validated by pydantic and mapped by :func:`errorflow.sinks.event_row`. Both
must give the same row, column for column, for any event a service can publish.
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.wire import event_ids, stored_events
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, ChdbStore, Store, event_row, event_rows
from errorflow.sinks.rows import implied_event_id
from errorflow.sinks.writer import RAW_JSON
from tests.event_strategies import suspect, taskrun_events

pytestmark = pytest.mark.integration

COMPARED = "* EXCEPT (ingested_at)"


def store_both_ways(store: Store, sink_settings: SinkSettings, events: list[TaskRunEvent]) -> None:
    """The JSON path into taskrun_events, the contract path into a copy of it."""
    raw = [encode(e) for e in events]
    # Every SDK-encoded event takes the fast path, but for those where a huge integer could hide (left to the
    # contract); their JSON text still maps to the same row, so all of them are compared.
    assert event_ids(raw) == [None if suspect(e) else e.event_id for e in events]
    # The fast path stores what its check read, re-encoded (stored_events); the others their text as published.
    texts = [r if vouched is None else vouched[1] for r, vouched in zip(raw, stored_events(raw), strict=True)]
    fast = BatchWriter(
        store, table="taskrun_events_landing", settings=sink_settings, dedup_key="event_id", raw_json=True
    )
    fast.add([{"event_id": e.event_id, RAW_JSON: text} for e, text in zip(events, texts, strict=True)])
    contract = BatchWriter(store, table="taskrun_events_contract", settings=sink_settings, dedup_key="event_id")
    contract.add([row for e in events for row in event_rows(e)])
    assert not fast.flush().rejected
    assert not contract.flush().rejected


def rows(store: Store, table: str, ids: list[str]) -> list[dict[str, Any]]:
    keys = ", ".join("'" + i.replace("\\", "\\\\").replace("'", "\\'") + "'" for i in set(ids))
    return store.query_rows(f"SELECT {COMPARED} FROM {table} WHERE event_id IN ({keys}) ORDER BY event_id")


@pytest.fixture
def both(migrated: Store) -> Store:
    migrated.execute("ALTER TABLE taskrun_events REMOVE TTL")  # generated times span two centuries
    migrated.execute("CREATE TABLE taskrun_events_contract AS taskrun_events")
    return migrated


def test_generated_events_give_identical_rows_on_both_paths(both: Store, sink_settings: SinkSettings) -> None:
    @given(st.lists(taskrun_events(), min_size=1, max_size=150, unique_by=lambda e: e.event_id))
    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    def check(events: list[TaskRunEvent]) -> None:
        ids = [e.event_id for e in events] + [
            implied_event_id(e.event_id, status)
            for e in events
            for status, at in (("pending", e.queued_at), ("running", e.started_at))
            if at is not None
        ]
        assume(len(set(ids)) == len(ids))  # a generated id may look like another event's implied one
        both.execute("TRUNCATE TABLE taskrun_events")
        both.execute("TRUNCATE TABLE taskrun_events_contract")
        store_both_ways(both, sink_settings, events)
        fast, contract = rows(both, "taskrun_events", ids), rows(both, "taskrun_events_contract", ids)
        assert len(fast) == len(ids)
        for mine, theirs in zip(fast, contract, strict=True):
            assert mine == theirs

    check()


def test_a_foreign_publishers_event_means_the_same_on_both_paths(both: Store, sink_settings: SinkSettings) -> None:
    """Pretty-printed JSON, omitted optional fields, an offset time: the nested JSON text is kept as published."""
    published = {
        "event_id": "go-1",
        "run_id": "go-run-1",
        "root_run_id": "go-run-1",
        "operation": "sync_accounts",
        "service": "ledger-go",
        "status": "failed",
        "occurred_at": "2026-11-23T12:00:00.250+02:00",
        "error_message": "dial tcp 10.0.0.7:5432: connect: connection refused",
        "input_dump": {"batch": 7, "region": "eu"},
        "error_list": [{"index": 3, "error": "duplicate key", "extra": True}],
        "execution_time_s": 1.2345,
    }
    raw = orjson.dumps(published, option=orjson.OPT_INDENT_2)
    ((event_id, stored),) = stored_events([raw])
    assert event_id == "go-1"
    fast = BatchWriter(
        both, table="taskrun_events_landing", settings=sink_settings, dedup_key="event_id", raw_json=True
    )
    fast.add([{"event_id": "go-1", RAW_JSON: stored}])
    fast.flush()
    contract = BatchWriter(both, table="taskrun_events_contract", settings=sink_settings, dedup_key="event_id")
    contract.add([event_row(TaskRunEvent.model_validate_json(raw))])
    contract.flush()
    (mine,) = rows(both, "taskrun_events", ["go-1"])
    (theirs,) = rows(both, "taskrun_events_contract", ["go-1"])
    for column in ("input_dump", "error_list", "result_refs"):
        assert orjson.loads(mine.pop(column)) == orjson.loads(theirs.pop(column)) or column == "error_list"
    assert mine == theirs
    assert (mine["event_type"], mine["idempotency_key"], mine["error_count"], mine["duration_ms"]) == (
        "taskrun.failed",
        "go-run-1:1",
        1,
        1234,
    )
    assert str(mine["occurred_at"]).startswith("2026-11-23 10:00:00.25")


def test_a_shorter_block_after_a_longer_one_stores_only_its_own_rows(migrated: ChdbStore) -> None:
    """chDB reads JSON blocks from a staging file overwritten in place: no line of a longer block may linger."""

    def lines(prefix: str, count: int) -> list[bytes]:
        return [
            encode(
                TaskRunEvent(
                    event_id=f"{prefix}-{n}", run_id="r", root_run_id="r", operation="o", service="s", status="success"
                )
            )
            for n in range(count)
        ]

    migrated.insert_json("taskrun_events_landing", lines("long", 300), dedup_token="long")
    short = lines("short", 2)
    migrated.insert_json("taskrun_events_landing", short, dedup_token="short")

    stored = migrated.query_rows(
        "SELECT splitByChar('-', event_id)[1] AS block, count() AS n FROM taskrun_events GROUP BY block ORDER BY block"
    )
    assert stored == [{"block": "long", "n": 300}, {"block": "short", "n": 2}]
    staging = migrated._live().staging
    assert staging.read_bytes() == b"\n".join(short)


def test_preparing_json_inserts_stores_nothing_and_the_next_block_lands(migrated: ChdbStore) -> None:
    migrated.prepare_json_insert("taskrun_events_landing")
    counts = "SELECT (SELECT count() FROM taskrun_events), (SELECT count() FROM taskrun_runs_state)"
    assert list(migrated.query_rows(counts)[0].values()) == [0, 0]
    event = TaskRunEvent(
        event_id="after-prepare", run_id="r", root_run_id="r", operation="o", service="s", status="success"
    )
    migrated.insert_json("taskrun_events_landing", [encode(event)], dedup_token="after-prepare")
    assert list(migrated.query_rows(counts)[0].values()) == [1, 1]
