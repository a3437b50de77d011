"""The ``migrated`` fixture's copy of the migrated template cannot be told apart from a freshly migrated database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from errorflow.errors import StoreError
from errorflow.sinks import ChdbStore, Store, migrate
from errorflow.sinks.migrate import applied_versions
from errorflow.sinks.schema import MIGRATIONS
from tests.integration.sinks.docdata import load
from tests.integration.sinks.schema_copy import copy_schema

pytestmark = pytest.mark.integration


@pytest.fixture
def fresh(chdb_engine: ChdbStore, database: str) -> Iterator[ChdbStore]:
    """A second database of this test, migrated from scratch."""
    name = f"{database}_fresh"
    opened = ChdbStore(chdb_engine.path, database=name)
    migrate(opened, database=name)
    yield opened
    opened.execute(f"DROP DATABASE IF EXISTS `{name}` SYNC")
    opened.close()


def _schema(store: Store, database: str) -> dict[str, Any]:
    """Everything the engine says about the database's objects, its name written as ``DB``."""
    params = {"db": database}
    tables = store.query_rows(
        "SELECT name, engine, create_table_query, sorting_key, primary_key, partition_key"
        " FROM system.tables WHERE database = {db:String} ORDER BY name",
        params,
    )
    for table in tables:
        table["create_table_query"] = table["create_table_query"].replace(f"{database}.", "DB.")
    return {
        "tables": tables,
        "columns": store.query_rows(
            "SELECT table, name, position, type, default_kind, default_expression, comment, compression_codec,"
            " is_in_partition_key, is_in_sorting_key, is_in_primary_key, is_in_sampling_key"
            " FROM system.columns WHERE database = {db:String} ORDER BY table, position",
            params,
        ),
        "indices": store.query_rows(
            "SELECT table, name, type, expr, granularity FROM system.data_skipping_indices"
            " WHERE database = {db:String} ORDER BY table, name",
            params,
        ),
        "migrations": store.query_rows(
            f"SELECT version, name, checksum FROM `{database}`.schema_migrations ORDER BY 1"
        ),
    }


def _counts(store: Store, database: str) -> dict[str, int]:
    """Rows of every table (materialized views' targets included) of the database."""
    names = store.query_rows(
        "SELECT name FROM system.tables WHERE database = {db:String} AND engine NOT IN ('View', 'MaterializedView')",
        {"db": database},
    )
    return {row["name"]: int(store.query_value(f"SELECT count() FROM `{database}`.`{row['name']}`")) for row in names}


def test_the_copy_has_the_migrated_schema_and_its_views_feed_its_own_tables(
    migrated: ChdbStore, database: str, fresh: ChdbStore, schema_template: str
) -> None:
    assert _schema(migrated, database) == _schema(fresh, fresh.database)
    assert applied_versions(migrated, database=database) == {m.version: m.checksum for m in MIGRATIONS}
    # migrate() on the copy finds nothing to do, as on a migrated database.
    before = _schema(migrated, database)
    assert migrate(migrated, database=database) == max(m.version for m in MIGRATIONS)
    assert _schema(migrated, database) == before
    # The same writes land the same rows, through the copy's own materialized views, none in the template.
    load(migrated)
    load(fresh)
    counts = _counts(migrated, database)
    assert counts == _counts(fresh, fresh.database)
    assert counts["taskrun_minute"] > 0 and counts["classification_minute"] > 0 and counts["dlq_history"] > 0
    template = _counts(migrated, schema_template)
    assert template.pop("schema_migrations") == len(MIGRATIONS)
    assert set(template.values()) == {0}


def test_a_template_holding_rows_is_refused(migrated: ChdbStore, database: str) -> None:
    """A migration that seeds rows would need them copied too: the copy says so instead of leaving them out."""
    load(migrated)
    with pytest.raises(StoreError, match="hold rows"):
        copy_schema(migrated, template=database, database=f"{database}_copy")
    migrated.execute(f"DROP DATABASE IF EXISTS `{database}_copy` SYNC")
