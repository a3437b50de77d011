"""The writer when the store fails: nothing lost, nothing duplicated, no offset committed early."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pytest

from errorflow.errors import StoreUnavailableError
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, Store
from errorflow.sinks.blocks import Column
from errorflow.sinks.store import KeyTuple
from tests.integration.sinks.sinkdata import build, expected_runs

pytestmark = pytest.mark.integration


class SimulatedCrash(BaseException):
    """The worker process dies here (not an Exception: nothing in the writer may catch it)."""


class FaultyStore(Store):
    """The real store, with the outcome of each coming insert scripted.

    Modes: ``ok``; ``before`` (unavailable, nothing written); ``after`` (written, then the
    acknowledgement is lost: unavailable); ``crash`` / ``crash_after`` (the process dies
    before / after the insert reached the store); ``half_then_crash`` (half of the block
    reached the store as its own part, then the process dies).
    """

    backend = "faulty"

    def __init__(self, inner: Store, plan: Iterable[str] = ()) -> None:
        super().__init__(database=inner.database)
        self.inner = inner
        self.plan = list(plan)
        self.inserts = 0

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self.inner.execute(sql, params)

    def _arrow(self, sql: str, params: Mapping[str, Any] | None, *, settings: dict[str, Any] | None) -> pa.Table:
        return self.inner.query_arrow(sql, params)

    def _query_readonly(self, statement: str) -> pa.Table:
        return self.inner.query_arrow(statement)

    def columns(self, table: str) -> list[Column]:
        return self.inner.columns(table)

    def existing_keys(self, table: str, key_columns: Sequence[str], keys: Iterable[KeyTuple]) -> set[KeyTuple]:
        return self.inner.existing_keys(table, key_columns, keys)

    def insert_block(self, table: str, block: pa.Table, *, dedup_token: str | None = None) -> None:
        self.inserts += 1
        mode = self.plan.pop(0) if self.plan else "ok"
        if mode == "before":
            raise StoreUnavailableError("injected: connection refused")
        if mode == "crash":
            raise SimulatedCrash
        if mode == "half_then_crash":
            self.inner.insert_block(table, block.slice(0, block.num_rows // 2), dedup_token=f"{dedup_token}-half")
            raise SimulatedCrash
        self.inner.insert_block(table, block, dedup_token=dedup_token)
        if mode == "after":
            raise StoreUnavailableError("injected: acknowledgement lost")
        if mode == "crash_after":
            raise SimulatedCrash

    def close(self) -> None:
        """The inner store belongs to the fixture."""


def writer_for(store: Store, settings: SinkSettings) -> BatchWriter:
    return BatchWriter(store, table="taskrun_events", settings=settings, dedup_key="event_id", sleep=lambda _s: None)


def assert_exactly_once(store: Store, events: list[dict[str, Any]]) -> None:
    """Every event stored once, in the table and in the views fed by it."""
    n = len(events)
    assert store.query_rows("SELECT count() n, uniqExact(event_id) u FROM taskrun_events") == [{"n": n, "u": n}]
    assert store.query_rows("SELECT sum(events) n FROM taskrun_minute") == [{"n": n}]
    runs = store.query_rows("SELECT count() r, sum(events) n FROM taskrun_runs")
    assert runs == [{"r": len(expected_runs(events)), "n": n}]


@pytest.mark.parametrize("plan", [["before", "before"], ["after"], ["before", "after", "after"]])
def test_first_inserts_failing_lose_nothing_and_duplicate_nothing(
    migrated: Store, sink_settings: SinkSettings, plan: list[str]
) -> None:
    events = build(10_000).events
    faulty = FaultyStore(migrated, plan)
    settings = sink_settings.model_copy(update={"insert_attempts": 5, "batch_max_rows": 4_000})
    writer = writer_for(faulty, settings)
    writer.add(events)
    result = writer.flush()
    assert (result.written, result.duplicates, result.rejected) == (10_000, 0, [])
    assert faulty.inserts == 3 + len(plan)
    assert writer.pending_rows == 0
    assert_exactly_once(migrated, events)


def test_flush_raises_and_keeps_every_row_while_the_store_stays_down(
    migrated: Store, sink_settings: SinkSettings
) -> None:
    events = build(6_000).events
    faulty = FaultyStore(migrated, ["after", "before", "before"])  # three attempts, all failed
    writer = writer_for(faulty, sink_settings)
    committed = 0
    writer.add(events)
    with pytest.raises(StoreUnavailableError):
        writer.flush()
    # flush() did not return, so the ingest loop commits nothing; the rows are still held.
    assert committed == 0
    assert writer.pending_rows == len(events)
    result = writer.flush()  # the store is back: the same block, the same token
    committed = len(events)
    assert result.written == len(events)
    assert committed == len(events)
    assert_exactly_once(migrated, events)


def test_offsets_are_committed_only_for_rows_already_in_the_store(migrated: Store, sink_settings: SinkSettings) -> None:
    """The ingest loop's protocol against a flaky store: commit after flush() returns, never before."""
    events = build(30_000).events
    rng = random.Random(11)
    plan = [rng.choice(["ok", "ok", "before", "after"]) for _ in range(200)]
    faulty = FaultyStore(migrated, plan)
    settings = sink_settings.model_copy(update={"batch_max_rows": 2_500, "insert_attempts": 2})
    writer = writer_for(faulty, settings)
    committed = 0
    position = 0
    failures = 0
    while position < len(events) or writer.pending_rows:
        if position < len(events) and writer.pending_rows < 5_000:
            writer.add(events[position : position + 1_000])
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
    migrated: Store, sink_settings: SinkSettings, mode: str
) -> None:
    events = build(12_000).events
    settings = sink_settings.model_copy(update={"batch_max_rows": 3_000})
    first = writer_for(FaultyStore(migrated, ["ok", mode]), settings)
    committed = 0
    first.add(events[:3_000])
    first.flush()
    committed = 3_000
    first.add(events[3_000:9_000])
    with pytest.raises(SimulatedCrash):
        first.flush()
    # The process is gone; a new one resumes from the committed offset and sees the rest again.
    second = writer_for(migrated, settings)
    second.add(events[committed:])
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
