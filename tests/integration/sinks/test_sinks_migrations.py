"""Migrations on real chDB: ordered, idempotent, recorded, resumable; retention from settings."""

from __future__ import annotations

import pytest

from errorflow.errors import StoreError
from errorflow.sinks import Store, migrate
from errorflow.sinks.migrate import applied_versions
from errorflow.sinks.schema import MIGRATIONS, RETENTION

pytestmark = pytest.mark.integration

LATEST = max(m.version for m in MIGRATIONS)


def _objects(store: Store, database: str) -> dict[str, str]:
    rows = store.query_rows("SELECT name, engine FROM system.tables WHERE database = {db:String}", {"db": database})
    return {r["name"]: r["engine"] for r in rows}


def test_migrate_creates_every_table_and_view_and_records_each_version(store: Store, database: str) -> None:
    assert migrate(store, database=database) == LATEST
    assert applied_versions(store, database=database) == {m.version: m.checksum for m in MIGRATIONS}
    objects = _objects(store, database)
    for table in RETENTION:
        assert table in objects, table
    for view in ("taskrun_runs", "error_rate_minute", "error_rates", "retry_success", "recovery_success", "mttr"):
        assert objects[view] == "View", view
    for view in ("top_fingerprints", "dlq_current", "dlq_backlog"):
        assert objects[view] == "View", view
    assert objects["taskrun_minute_mv"] == "MaterializedView"
    assert objects["taskrun_events"] == "MergeTree"
    assert objects["dlq_entries"] == "ReplacingMergeTree"


def test_migrate_is_idempotent(store: Store, database: str) -> None:
    migrate(store, database=database)
    before = _objects(store, database)
    recorded = store.query_rows(f"SELECT version, applied_at FROM `{database}`.schema_migrations ORDER BY version")
    assert migrate(store, database=database) == LATEST
    assert migrate(store, database=database) == LATEST
    assert _objects(store, database) == before
    again = store.query_rows(f"SELECT version, applied_at FROM `{database}`.schema_migrations ORDER BY version")
    assert again == recorded  # nothing re-applied, nothing re-recorded


def test_an_interrupted_migration_is_finished_at_the_next_start(store: Store, database: str) -> None:
    migrate(store, database=database)
    # Simulate a crash in the middle of migration 3: one view missing, the version not recorded.
    store.execute(f"DROP VIEW `{database}`.mttr")
    store.execute(f"DELETE FROM `{database}`.schema_migrations WHERE version >= 3")
    assert set(applied_versions(store, database=database)) == {1, 2}
    assert migrate(store, database=database) == LATEST
    assert "mttr" in _objects(store, database)
    assert set(applied_versions(store, database=database)) == {m.version for m in MIGRATIONS}


def test_migrations_apply_in_version_order(store: Store, database: str) -> None:
    # Given out of order, the views of version 3 still find the tables of versions 1 and 2.
    assert migrate(store, database=database, migrations=tuple(reversed(MIGRATIONS))) == LATEST


def test_retention_comes_from_settings_and_follows_changes(store: Store, database: str) -> None:
    def ddl(table: str) -> str:
        return str(
            store.query_value(
                "SELECT create_table_query FROM system.tables WHERE database = {db:String} AND name = {t:String}",
                {"db": database, "t": table},
            )
        )

    migrate(store, database=database)
    assert "TTL occurred_at + toIntervalDay(90)" in ddl("taskrun_events")
    migrate(store, database=database, retention_days={"taskrun_events": 7, "quarantine": 0})
    assert "TTL occurred_at + toIntervalDay(7)" in ddl("taskrun_events")
    assert " TTL " not in ddl("quarantine")
    with pytest.raises(StoreError, match="unknown tables"):
        migrate(store, database=database, retention_days={"no_such_table": 1})
