"""Apply errorflow's schema migrations: ordered, idempotent, recorded; safe at every start."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from errorflow.errors import StoreError, StoreUnavailableError
from errorflow.sinks.schema import MIGRATIONS, RETENTION, Migration
from errorflow.sinks.store import Store, quote_identifier

__all__ = ["PACKED_PART_MAX_BYTES", "applied_versions", "apply_part_storage", "apply_retention", "migrate"]

logger = logging.getLogger(__name__)

PACKED_PART_MAX_BYTES = 1024 * 1024
"""Parts smaller than this (uncompressed) are stored packed, as one file, by an embedded (chDB) store."""


def applied_versions(store: Store, *, database: str) -> dict[int, str]:
    """Return ``{version: checksum}`` of the migrations recorded in ``database`` (empty when none)."""
    db = quote_identifier(database)
    exists = store.query_value(
        "SELECT count() FROM system.tables WHERE database = {db:String} AND name = 'schema_migrations'",
        {"db": database},
    )
    if not exists:
        return {}
    rows = store.query_rows(
        f"SELECT version, argMax(checksum, applied_at) AS checksum FROM {db}.schema_migrations GROUP BY version"
    )
    return {int(r["version"]): str(r["checksum"]) for r in rows}


def migrate(
    store: Store,
    *,
    database: str,
    retention_days: Mapping[str, int] | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
    packed_part_max_bytes: int = PACKED_PART_MAX_BYTES,
) -> int:
    """Bring ``database`` to the newest schema version and return that version.

    Missing migrations run in version order; each is recorded in
    ``schema_migrations`` after all its statements succeeded, so an interrupted
    migration runs again (its statements are idempotent). Then every table's
    TTL is set from ``retention_days`` (defaults in :data:`~errorflow.sinks.schema.RETENTION`), and
    on an embedded store every MergeTree table's part storage from ``packed_part_max_bytes``
    (:func:`apply_part_storage`).

    Raises:
        StoreError: a statement failed (StoreUnavailableError when the store is unreachable).
    """
    store.execute(f"CREATE DATABASE IF NOT EXISTS {quote_identifier(database)}")
    applied = applied_versions(store, database=database)
    current = max(applied, default=0)
    for migration in sorted(migrations, key=lambda m: m.version):
        recorded = applied.get(migration.version)
        if recorded is not None:
            if recorded != migration.checksum:
                logger.warning(
                    "migration %s (%s) changed after it was applied (checksum %s, recorded %s)",
                    migration.version,
                    migration.name,
                    migration.checksum,
                    recorded,
                )
            continue
        logger.info("applying migration %s: %s", migration.version, migration.name)
        for statement in migration.render(database):
            store.execute(statement)
        store.execute(
            f"INSERT INTO {quote_identifier(database)}.schema_migrations (version, name, checksum) "
            "VALUES ({version:UInt32}, {name:String}, {checksum:String})",
            {"version": migration.version, "name": migration.name, "checksum": migration.checksum},
        )
        current = max(current, migration.version)
    store.forget_columns()
    apply_retention(store, database=database, retention_days=retention_days)
    if store.backend == "chdb":
        apply_part_storage(store, database=database, packed_part_max_bytes=packed_part_max_bytes)
    return current


def _ttl_clause(column: str, days: int) -> str:
    return f"{column} + toIntervalDay({days})"


def apply_retention(store: Store, *, database: str, retention_days: Mapping[str, int] | None = None) -> None:
    """Set each table's TTL to its configured days (0 removes the TTL); only changed tables are altered."""
    overrides = dict(retention_days or {})
    unknown = set(overrides) - set(RETENTION)
    if unknown:
        raise StoreError(f"retention configured for unknown tables: {', '.join(sorted(unknown))}")
    rows = store.query_rows(
        "SELECT name, create_table_query FROM system.tables WHERE database = {db:String}", {"db": database}
    )
    ddl = {str(r["name"]): str(r["create_table_query"]) for r in rows}
    for table, retention in RETENTION.items():
        if table not in ddl:
            continue
        days = overrides.get(table, retention.days)
        qualified = f"{quote_identifier(database)}.{quote_identifier(table)}"
        has_ttl = " TTL " in ddl[table]
        if days <= 0:
            if has_ttl:
                store.execute(f"ALTER TABLE {qualified} REMOVE TTL")
            continue
        if f"TTL {_ttl_clause(retention.column, days)}" in ddl[table]:
            continue
        logger.info("setting retention of %s to %s days", table, days)
        store.execute(f"ALTER TABLE {qualified} MODIFY TTL {retention.column} + INTERVAL {int(days)} DAY")


_FULL_STORAGE = re.compile(r"min_bytes_for_full_part_storage = (\d+)")


def apply_part_storage(store: Store, *, database: str, packed_part_max_bytes: int) -> None:
    """Store each MergeTree table's parts under ``packed_part_max_bytes`` as one packed file (0: as files).

    A part in the usual ("full") storage is a directory of a file per column stream, mark,
    index, projection and piece of metadata: 26 for an ``error_classifications`` part, 14
    for a rollup's. The sink's small, frequent inserts (each also writing a part into every
    view's table) and the merges after them made and deleted hundreds of files a second;
    on a disk where many files had just been deleted, creating them was most of an insert's
    CPU, in the kernel's inode allocation (ext4 searches past every inode freed in the last
    minute or more; README, "Benchmarks", session 12). A packed part is its directory and one ``data.packed`` (and
    the same per projection); reads, merges, TTL and deduplication are the engine's as
    before, and a part that grows past the threshold in a merge is written in full storage.
    An engine that does not know the setting (chDB before packed parts) keeps full storage,
    with a warning. Only the embedded store gets this, at every start (tables a later migration adds
    included): a server's MergeTree settings are its operator's.
    """
    rows = store.query_rows(
        "SELECT name, create_table_query FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree'",
        {"db": database},
    )
    for row in rows:
        found = _FULL_STORAGE.search(str(row["create_table_query"]))
        if (int(found.group(1)) if found else 0) == packed_part_max_bytes:
            continue
        qualified = f"{quote_identifier(database)}.{quote_identifier(str(row['name']))}"
        try:
            store.execute(
                f"ALTER TABLE {qualified} MODIFY SETTING min_bytes_for_full_part_storage = {int(packed_part_max_bytes)}"
            )
        except StoreUnavailableError:
            raise
        except StoreError as exc:  # an engine without packed parts: every part stays files, as before
            logger.warning("parts of %s stay in full storage: %s", qualified, exc)
            return
