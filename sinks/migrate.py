"""Apply errorflow's schema migrations: ordered, idempotent, recorded; safe at every start."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from errorflow.errors import StoreError
from errorflow.sinks.schema import MIGRATIONS, RETENTION, Migration
from errorflow.sinks.store import Store, quote_identifier

__all__ = ["applied_versions", "apply_retention", "migrate"]

logger = logging.getLogger(__name__)


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
) -> int:
    """Bring ``database`` to the newest schema version and return that version.

    Missing migrations run in version order; each is recorded in
    ``schema_migrations`` after all its statements succeeded, so an interrupted
    migration runs again (its statements are idempotent). Then every table's
    TTL is set from ``retention_days`` (defaults in :data:`~errorflow.sinks.schema.RETENTION`).

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
