"""Small parts stored packed on chDB: one file per part, the same rows, views, merges and lookups."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from errorflow.agents.ingest import model_row
from errorflow.schemas.classification import ClassificationEvent, classification_id
from errorflow.settings import SinkSettings
from errorflow.sinks import ChdbStore, migrate
from errorflow.sinks.writer import BatchWriter

pytestmark = pytest.mark.integration


def _classifications(count: int, *, fingerprint: str) -> list[dict[str, object]]:
    now = datetime.now(timezone.utc)
    rows = []
    for n in range(count):
        failed = uuid.uuid4().hex
        event = ClassificationEvent(
            event_id=classification_id(failed),
            failed_event_id=failed,
            run_id=failed,
            root_run_id=failed,
            attempt=1,
            operation="charge_card",
            service="billing",
            error_type="builtins.TimeoutError",
            error_message=f"Read timed out (request {n})",
            category="transient",
            severity="MEDIUM",
            strategy="retry",
            retryable=True,
            rule_id="timeout",
            fingerprint=fingerprint,
            failed_at=now,
            classified_at=now,
        )
        rows.append(model_row(event))
    return rows


def _storage(store: ChdbStore, database: str, table: str) -> set[str]:
    rows = store.query_rows(
        "SELECT DISTINCT part_storage_type AS kind FROM system.parts"
        " WHERE database = {db:String} AND table = {t:String} AND active",
        {"db": database, "t": table},
    )
    return {str(r["kind"]) for r in rows}


def test_an_embedded_store_packs_small_parts_of_tables_and_views(store: ChdbStore, database: str) -> None:
    migrate(store, database=database)
    writer = BatchWriter(store, table="error_classifications", settings=SinkSettings(), dedup_key="event_id")
    first, second = _classifications(30, fingerprint="fp-a"), _classifications(20, fingerprint="fp-a")
    for rows in (first, second):
        writer.add(rows)
        assert writer.flush().written == len(rows)
    # The table's parts and those of the rollups its views feed are packed.
    for table in ("error_classifications", "classification_minute", "fingerprint_minute"):
        assert _storage(store, database, table) == {"Packed"}, table
    # Rows, the dedup lookup (through the projection) and the rollups read as before.
    assert store.query_value(f"SELECT count() FROM `{database}`.error_classifications") == 50
    keys = [(row["event_id"],) for row in first[:5]]
    assert store.existing_keys("error_classifications", ("event_id",), keys) == set(keys)
    writer.add(first[:10])  # a redelivery: nothing stored twice
    assert writer.flush().duplicates == 10
    assert store.query_value(f"SELECT sum(failures) FROM `{database}`.classification_minute") == 50
    # A merge of packed parts keeps every row and stays packed while small.
    store.execute(f"OPTIMIZE TABLE `{database}`.error_classifications FINAL")
    assert store.query_value(f"SELECT count() FROM `{database}`.error_classifications") == 50
    assert _storage(store, database, "error_classifications") == {"Packed"}


def test_part_storage_follows_the_setting_at_every_start(store: ChdbStore, database: str) -> None:
    migrate(store, database=database, packed_part_max_bytes=0)
    writer = BatchWriter(store, table="error_classifications", settings=SinkSettings(), dedup_key="event_id")
    writer.add(_classifications(5, fingerprint="fp-b"))
    writer.flush()
    assert _storage(store, database, "error_classifications") == {"Full"}
    migrate(store, database=database)  # the next start, with the default: new parts are packed
    writer.add(_classifications(5, fingerprint="fp-b"))
    writer.flush()
    assert _storage(store, database, "error_classifications") == {"Full", "Packed"}
    assert store.query_value(f"SELECT count() FROM `{database}`.error_classifications") == 10
