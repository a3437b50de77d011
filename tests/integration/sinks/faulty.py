"""A store whose coming inserts fail as scripted: the sink's faults, injected below the writer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from errorflow.errors import StoreError, StoreUnavailableError
from errorflow.sinks import Store
from errorflow.sinks.blocks import Column
from errorflow.sinks.store import KeyTuple


class SimulatedCrash(BaseException):
    """The worker process dies here (not an Exception: nothing in the writer may catch it)."""


class FaultyStore(Store):
    """The real store, with the outcome of each coming insert scripted.

    Modes: ``ok``; ``before`` (unavailable, nothing written); ``after`` (written, then the
    acknowledgement is lost: unavailable); ``fatal`` (a non-retryable store error, nothing
    written); ``crash`` / ``crash_after`` (the process dies
    before / after the insert reached the store); ``half_then_crash`` (half of the block
    reached the store as its own part, then the process dies).
    """

    backend = "faulty"

    def __init__(self, inner: Store, plan: Iterable[str] = (), *, then: str = "ok") -> None:
        super().__init__(database=inner.database)
        self.inner = inner
        self.plan = list(plan)
        self.then = then
        """The mode of every insert after the plan ran out."""
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
        self._scripted(
            lambda: self.inner.insert_block(table, block, dedup_token=dedup_token),
            lambda: self.inner.insert_block(
                table, block.slice(0, block.num_rows // 2), dedup_token=f"{dedup_token}-half"
            ),
        )

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        first_half = lines[: len(lines) // 2]
        self._scripted(
            lambda: self.inner.insert_json(table, lines, dedup_token=dedup_token),
            lambda: self.inner.insert_json(table, first_half, dedup_token=f"{dedup_token}-half"),
        )

    def _scripted(self, insert: Callable[[], None], insert_half: Callable[[], None]) -> None:
        self.inserts += 1
        mode = self.plan.pop(0) if self.plan else self.then
        if mode == "fatal":
            raise StoreError("injected: table is broken")
        if mode == "before":
            raise StoreUnavailableError("injected: connection refused")
        if mode == "crash":
            raise SimulatedCrash
        if mode == "half_then_crash":
            insert_half()
            raise SimulatedCrash
        insert()
        if mode == "after":
            raise StoreUnavailableError("injected: acknowledgement lost")
        if mode == "crash_after":
            raise SimulatedCrash

    def close(self) -> None:
        """The inner store belongs to the fixture."""
