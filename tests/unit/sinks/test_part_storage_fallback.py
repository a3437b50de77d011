"""``apply_part_storage`` on an engine that refuses the packed-part setting: warned, never fatal."""

from __future__ import annotations

from typing import Any

import pytest

from errorflow.errors import StoreError, StoreUnavailableError
from errorflow.sinks.migrate import apply_part_storage


class RefusingStore:
    """Answers the table listing; every ALTER fails with ``failure``."""

    backend = "chdb"

    def __init__(self, failure: StoreError) -> None:
        self.failure = failure
        self.altered: list[str] = []

    def query_rows(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        return [
            {"name": "error_classifications", "create_table_query": "CREATE TABLE x SETTINGS index_granularity = 8192"},
            {"name": "alerts", "create_table_query": "CREATE TABLE y SETTINGS index_granularity = 8192"},
        ]

    def execute(self, sql: str, params: Any = None) -> None:
        self.altered.append(sql)
        raise self.failure


def test_an_engine_without_packed_parts_keeps_full_storage(caplog: pytest.LogCaptureFixture) -> None:
    store = RefusingStore(StoreError("Unknown setting 'min_bytes_for_full_part_storage'"))
    apply_part_storage(store, database="db", packed_part_max_bytes=1024)  # type: ignore[arg-type]
    assert len(store.altered) == 1  # tried once, then left every table as it is
    assert "stay in full storage" in caplog.text


def test_an_unavailable_store_is_not_taken_for_an_old_engine() -> None:
    store = RefusingStore(StoreUnavailableError("connection refused"))
    with pytest.raises(StoreUnavailableError):
        apply_part_storage(store, database="db", packed_part_max_bytes=1024)  # type: ignore[arg-type]
