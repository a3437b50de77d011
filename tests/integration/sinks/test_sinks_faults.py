"""The writer when the store fails: nothing lost, nothing duplicated, no offset committed early."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from errorflow.errors import StoreUnavailableError
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, Store
from errorflow.sinks.writer import RAW_JSON
from tests.integration.sinks.faulty import FaultyStore, SimulatedCrash
from tests.integration.sinks.sinkdata import Workload, build, expected_runs

pytestmark = pytest.mark.integration


def writer_for(store: Store, settings: SinkSettings, path: str = "arrow") -> BatchWriter:
    if path == "json":
        return BatchWriter(
            store,
            table="taskrun_events_landing",
            settings=settings,
            dedup_key="event_id",
            sleep=lambda _s: None,
            raw_json=True,
        )
    return BatchWriter(store, table="taskrun_events", settings=settings, dedup_key="event_id", sleep=lambda _s: None)


def rows_for(work: Workload, path: str) -> list[dict[str, Any]]:
    """The workload's events as the writer of ``path`` takes them."""
    return work.json_rows(work.events) if path == "json" else work.events


def assert_exactly_once(store: Store, events: list[dict[str, Any]]) -> None:
    """Every event stored once, in the table and in the views fed by it."""
    n = len(events)
    assert store.query_rows("SELECT count() n, uniqExact(event_id) u FROM taskrun_events") == [{"n": n, "u": n}]
    assert store.query_rows("SELECT sum(events) n FROM taskrun_minute") == [{"n": n}]
    runs = store.query_rows("SELECT count() r, sum(events) n FROM taskrun_runs")
    assert runs == [{"r": len(expected_runs(events)), "n": n}]


@pytest.mark.parametrize("plan", [["before", "before"], ["after"], ["before", "after", "after"]])
def test_first_inserts_failing_lose_nothing_and_duplicate_nothing(
    migrated: Store, sink_settings: SinkSettings, plan: list[str], sink_path: str
) -> None:
    work = build(10_000)
    events = work.events
    faulty = FaultyStore(migrated, plan)
    settings = sink_settings.model_copy(update={"insert_attempts": 5, "batch_max_rows": 4_000})
    writer = writer_for(faulty, settings, sink_path)
    writer.add(rows_for(work, sink_path))
    result = writer.flush()
    assert (result.written, result.duplicates, result.rejected) == (10_000, 0, [])
    assert faulty.inserts == 3 + len(plan)
    assert writer.pending_rows == 0
    assert_exactly_once(migrated, events)


def test_flush_raises_and_keeps_every_row_while_the_store_stays_down(
    migrated: Store, sink_settings: SinkSettings, sink_path: str
) -> None:
    work = build(6_000)
    events = work.events
    faulty = FaultyStore(migrated, ["after", "before", "before"])  # three attempts, all failed
    writer = writer_for(faulty, sink_settings, sink_path)
    writer.add(rows_for(work, sink_path))
    with pytest.raises(StoreUnavailableError):
        writer.flush()
    # flush() raised, so the ingest loop commits nothing (test_sinks_ingest_loop shows that through the loop);
    # the rows are still held although the first attempt did reach the store.
    assert faulty.inserts == sink_settings.insert_attempts
    assert migrated.query_value("SELECT count() FROM taskrun_events") == len(events)
    assert writer.pending_rows == len(events)
    result = writer.flush()  # the store is back: the same block, the same token, a no-op in the table
    assert (result.written, writer.pending_rows) == (len(events), 0)
    assert_exactly_once(migrated, events)


def test_offsets_are_committed_only_for_rows_already_in_the_store(
    migrated: Store, sink_settings: SinkSettings, sink_path: str
) -> None:
    """The ingest loop's protocol against a flaky store: commit after flush() returns, never before."""
    work = build(30_000)
    events = work.events
    rows = rows_for(work, sink_path)
    rng = random.Random(11)
    plan = [rng.choice(["ok", "ok", "before", "after"]) for _ in range(200)]
    faulty = FaultyStore(migrated, plan)
    settings = sink_settings.model_copy(update={"batch_max_rows": 2_500, "insert_attempts": 2})
    writer = writer_for(faulty, settings, sink_path)
    committed = 0
    position = 0
    failures = 0
    while position < len(events) or writer.pending_rows:
        if position < len(events) and writer.pending_rows < 5_000:
            writer.add(rows[position : position + 1_000])
            position += 1_000
            continue
        try:
            writer.flush()
        except StoreUnavailableError:
            failures += 1
            continue  # keep the rows, commit nothing, try again
        committed = position
        stored = migrated.query_rows("SELECT count() n FROM taskrun_events")[0]["n"]
        assert stored >= committed
    assert failures > 0
    assert committed == len(events)
    assert_exactly_once(migrated, events)


@pytest.mark.parametrize("mode", ["crash", "crash_after", "half_then_crash"])
def test_a_worker_killed_mid_batch_restarts_from_its_last_commit_without_loss_or_duplicates(
    migrated: Store, sink_settings: SinkSettings, mode: str, sink_path: str
) -> None:
    work = build(12_000)
    events = work.events
    rows = rows_for(work, sink_path)
    settings = sink_settings.model_copy(update={"batch_max_rows": 3_000})
    faulty = FaultyStore(migrated, ["ok", mode])
    first = writer_for(faulty, settings, sink_path)
    first.add(rows[:3_000])
    first.flush()
    committed = 3_000  # the loop commits once flush() returned
    first.add(rows[3_000:9_000])  # two blocks: the kill lands in the first, the second never starts
    with pytest.raises(SimulatedCrash):
        first.flush()
    # The kill landed mid-batch: after the first flush, during the first block of the second, with
    # none, all or half of that block in the store as the mode says, and before the second block.
    assert faulty.inserts == 2
    reached = {"crash": 0, "crash_after": 3_000, "half_then_crash": 1_500}[mode]
    assert migrated.query_value("SELECT count() FROM taskrun_events") == committed + reached
    assert first.pending_rows == 6_000
    # The process is gone; a new one resumes from the committed offset and sees the rest again.
    second = writer_for(migrated, settings, sink_path)
    second.add(rows[committed:])
    result = second.flush()
    assert result.written + result.duplicates == len(events) - committed
    assert_exactly_once(migrated, events)


def test_poison_rows_are_isolated_with_their_reason_and_the_rest_is_written(
    migrated: Store, sink_settings: SinkSettings
) -> None:
    events = build(5_000).events
    template = dict(events[0])
    poison = [
        dict(template, event_id="poison-attempt-zero", attempt=0),  # the table's CHECK constraint refuses it
        dict(template, event_id="poison-attempt-text", attempt="three"),  # not an integer
        dict(template, event_id="poison-unknown-column", colour="red"),  # no such column
        dict(template, event_id=None),  # no deduplication key
    ]
    rows = events[:2_000] + poison[:2] + events[2_000:4_000] + poison[2:] + events[4_000:]
    writer = writer_for(migrated, sink_settings)
    writer.add(rows)
    result = writer.flush()
    assert result.written == len(events)
    reasons = {row["event_id"]: reason for row, reason in result.rejected}
    assert set(reasons) == {p["event_id"] for p in poison}
    assert "VIOLATED_CONSTRAINT" in reasons["poison-attempt-zero"]
    assert "attempt" in reasons["poison-attempt-text"]
    assert "colour" in reasons["poison-unknown-column"]
    assert "deduplication key" in reasons[None]
    assert_exactly_once(migrated, events)


def test_backpressure_signals_a_full_buffer_and_frees_after_a_flush(
    migrated: Store, sink_settings: SinkSettings
) -> None:
    from errorflow.errors import SinkBackpressureError

    events = build(3_000).events
    settings = sink_settings.model_copy(update={"buffer_max_rows": 2_000})
    writer = writer_for(migrated, settings)
    writer.add(events[:1_500])
    with pytest.raises(SinkBackpressureError) as caught:
        writer.add(events[1_500:])
    assert caught.value.retry_after_s > 0
    writer.flush()
    writer.add(events[1_500:])
    writer.flush()
    assert_exactly_once(migrated, events)


def test_poison_json_lines_are_isolated_with_their_reason_and_the_rest_is_written(
    migrated: Store, sink_settings: SinkSettings
) -> None:
    """The JSON path meets values only the engine refuses: each is set aside with the engine's reason."""
    work = build(5_000)
    events = work.events
    rows = work.json_rows(events)
    template = orjson.loads(rows[0][RAW_JSON])

    def line(event_id: str, **changes: Any) -> dict[str, Any]:
        return {"event_id": event_id, RAW_JSON: orjson.dumps(dict(template, event_id=event_id, **changes))}

    poison = [
        line("poison-attempt-zero", attempt=0),  # the table's CHECK constraint refuses it
        line("poison-time", occurred_at="half past nine"),  # not a time
        line("poison-unknown-key", colour="red"),  # no such column
        {"event_id": "poison-not-json", RAW_JSON: b'{"event_id": "poison-not-json", "run_id": '},
    ]
    writer = writer_for(migrated, sink_settings, "json")
    writer.add(rows[:2_000] + poison[:2] + rows[2_000:4_000] + poison[2:] + rows[4_000:])
    result = writer.flush()
    assert result.written == len(events)
    reasons = {row["event_id"]: reason for row, reason in result.rejected}
    assert set(reasons) == {p["event_id"] for p in poison}
    assert "VIOLATED_CONSTRAINT" in reasons["poison-attempt-zero"]
    assert "occurred_at" in reasons["poison-time"]
    assert "colour" in reasons["poison-unknown-key"]
    assert_exactly_once(migrated, events)
