"""The writer's logic without I/O: thresholds with a fake clock, backpressure, retries, bisection."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson
import pyarrow as pa
import pytest

from errorflow.errors import RowRejectedError, SinkBackpressureError, StoreError, StoreUnavailableError
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter
from errorflow.sinks.blocks import Column
from errorflow.sinks.store import KeyTuple
from errorflow.sinks.writer import RAW_JSON, FlushResult, Store


class MemoryStore(Store):
    """An in-memory stand-in with the Store interface: rejects blocks holding a poison value."""

    backend = "memory"

    def __init__(self, *, unavailable: int = 0, fatal: bool = False) -> None:
        super().__init__(database="mem")
        self.rows: list[dict[str, Any]] = []
        self.tokens: list[str | None] = []
        self.unavailable = unavailable
        self.fatal = fatal
        self.inserts = 0
        self.lookups = 0

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        raise AssertionError("the writer runs no statements")

    def _arrow(self, sql: str, params: Mapping[str, Any] | None, *, settings: dict[str, Any] | None) -> pa.Table:
        raise AssertionError("the writer runs no queries")

    def _query_readonly(self, statement: str) -> pa.Table:
        raise AssertionError("not used")

    def columns(self, table: str) -> list[Column]:
        return [Column("id", "String"), Column("value", "Int64")]

    def existing_keys(self, table: str, key_columns: Sequence[str], keys: Iterable[KeyTuple]) -> set[KeyTuple]:
        self.lookups += 1
        stored = {(row["id"],) for row in self.rows}
        return stored & set(keys)

    def insert_block(self, table: str, block: pa.Table, *, dedup_token: str | None = None) -> None:
        self.inserts += 1
        if self.fatal:
            raise StoreError("unknown table")
        if self.unavailable:
            self.unavailable -= 1
            raise StoreUnavailableError("down")
        rows = block.to_pylist()
        if any(row["value"] < 0 for row in rows):
            raise RowRejectedError("value must not be negative")
        self.rows.extend(rows)
        self.tokens.append(dedup_token)

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        self.insert_block(table, pa.Table.from_pylist([orjson.loads(line) for line in lines]), dedup_token=dedup_token)

    def close(self) -> None:
        pass


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def rows(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"id": f"id{i}", "value": i} for i in range(start, start + n)]


def writer(store: Store, clock: Clock | None = None, **settings: Any) -> BatchWriter:
    base = {"batch_max_rows": 10, "batch_max_interval_s": 2.0, "buffer_max_rows": 50, "insert_attempts": 3}
    return BatchWriter(
        store,
        table="t",
        settings=SinkSettings(**(base | settings)),
        dedup_key="id",
        clock=clock or Clock(),
        sleep=lambda _s: None,
    )


def test_due_by_size() -> None:
    w = writer(MemoryStore())
    w.add(rows(9))
    assert not w.due()
    w.add(rows(1, 9))
    assert w.due()


def test_due_by_age_of_the_oldest_row() -> None:
    clock = Clock()
    w = writer(MemoryStore(), clock)
    assert not w.due() and w.seconds_until_due() == float("inf")
    w.add(rows(1))
    clock.now += 1.5
    w.add(rows(1, 1))
    assert not w.due()
    assert w.seconds_until_due() == pytest.approx(0.5)
    clock.now += 0.5
    assert w.due() and w.seconds_until_due() == 0


def test_backpressure_when_the_buffer_is_full() -> None:
    w = writer(MemoryStore())
    w.add(rows(45))
    with pytest.raises(SinkBackpressureError) as caught:
        w.add(rows(10, 45))
    assert caught.value.retry_after_s > 0
    assert w.pending_rows == 45
    w.flush()
    w.add(rows(10, 45))  # room again
    assert w.pending_rows == 10


def test_an_empty_writer_takes_a_batch_larger_than_the_bound() -> None:
    w = writer(MemoryStore())
    w.add(rows(80))
    assert w.pending_rows == 80


def test_flush_writes_in_blocks_and_drops_duplicates() -> None:
    store = MemoryStore()
    w = writer(store)
    w.add(rows(25) + rows(5))  # 5 repeats inside the batch
    assert w.flush() == FlushResult(written=25, duplicates=5, rejected=[])
    w.add(rows(10, 20))  # 5 already stored, 5 new
    assert w.flush() == FlushResult(written=5, duplicates=5, rejected=[])
    assert sorted(r["id"] for r in store.rows) == sorted(f"id{i}" for i in range(30))
    assert w.flush() == FlushResult()
    assert store.inserts == 4


def test_unavailability_is_retried_with_the_same_token() -> None:
    store = MemoryStore(unavailable=2)
    w = writer(store)
    w.add(rows(5))
    assert w.flush().written == 5
    assert store.inserts == 3


def test_after_the_last_attempt_flush_raises_and_keeps_the_block_and_its_token() -> None:
    store = MemoryStore(unavailable=4)
    w = writer(store)
    w.add(rows(5))
    with pytest.raises(StoreUnavailableError):
        w.flush()
    assert w.pending_rows == 5 and w.due()
    lookups = store.lookups
    assert w.flush().written == 5
    assert store.lookups == lookups  # the block resumed at its insert: no second lookup
    assert len(store.tokens) == 1 and store.tokens[0]


def test_other_store_errors_are_not_retried_and_lose_nothing() -> None:
    store = MemoryStore(fatal=True)
    w = writer(store)
    w.add(rows(5))
    with pytest.raises(StoreError):
        w.flush()
    assert store.inserts == 1 and w.pending_rows == 5


def test_poison_rows_are_isolated_by_bisection() -> None:
    store = MemoryStore()
    w = writer(store, batch_max_rows=64, buffer_max_rows=1000)
    batch = rows(64)
    batch[13]["value"] = -1
    batch[50]["value"] = -2
    w.add(batch)
    result = w.flush()
    assert result.written == 62
    assert [row["id"] for row, _ in result.rejected] == ["id13", "id50"]
    assert all("negative" in reason for _, reason in result.rejected)
    assert len(store.rows) == 62


def test_rows_without_a_key_are_rejected_not_written() -> None:
    store = MemoryStore()
    w = writer(store)
    w.add([{"id": None, "value": 1}, {"value": 2}, {"id": "", "value": 3}, {"id": "ok", "value": 4}])
    result = w.flush()
    assert result.written == 1
    assert len(result.rejected) == 3


def test_tokens_are_stable_for_the_same_block() -> None:
    first, second = MemoryStore(), MemoryStore()
    for store in (first, second):
        w = writer(store)
        w.add(rows(7))
        w.flush()
    assert first.tokens == second.tokens


def test_a_raw_json_writer_sends_the_rows_own_text_and_isolates_poison_the_same_way() -> None:
    store = MemoryStore()
    writer = BatchWriter(
        store, table="t", settings=SinkSettings(batch_max_rows=4), dedup_key="id", raw_json=True, sleep=lambda _s: None
    )
    rows = [{"id": f"r{n}", RAW_JSON: orjson.dumps({"id": f"r{n}", "value": -1 if n == 5 else n})} for n in range(8)]
    writer.add([*rows, rows[0]])
    result = writer.flush()
    assert (result.written, result.duplicates) == (7, 1)
    assert [row["id"] for row, _ in result.rejected] == ["r5"]
    assert sorted(r["id"] for r in store.rows) == sorted(f"r{n}" for n in range(8) if n != 5)


def test_on_stored_gets_exactly_the_rows_each_insert_stored_never_repeats_or_poison() -> None:
    store = MemoryStore()
    stored: list[tuple[list[str], float]] = []
    w = BatchWriter(
        store,
        table="t",
        settings=SinkSettings(batch_max_rows=10, insert_attempts=3),
        dedup_key="id",
        sleep=lambda _s: None,
        on_stored=lambda done, at: stored.append(([row["id"] for row in done], at)),
    )
    w.add(rows(4))
    w.flush()
    w.add([*rows(2), {"id": "bad", "value": -1}, *rows(2, 4)])  # two repeats, one poison, two new
    result = w.flush()
    assert result.written == 2 and len(result.rejected) == 1
    ids = [row_id for batch, _ in stored for row_id in batch]
    assert sorted(ids) == sorted(f"id{i}" for i in range(6))  # each stored row once; no repeat, no poison
    assert all(at > 1_000_000_000 for _, at in stored)  # wall-clock seconds, comparable with event times


def test_a_failing_on_stored_leaves_the_flush_and_its_rows_alone(caplog: pytest.LogCaptureFixture) -> None:
    store = MemoryStore()

    def broken(_rows: Sequence[Any], _at: float) -> None:
        raise RuntimeError("metrics broke")

    w = BatchWriter(store, table="t", settings=SinkSettings(), dedup_key="id", on_stored=broken)
    w.add(rows(3))
    assert w.flush().written == 3
    assert store.inserts == 1 and len(store.rows) == 3  # stored once, not retried
    assert "on_stored failed" in caplog.text
