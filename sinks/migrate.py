"""Apply errorflow's schema migrations: ordered, idempotent, recorded; safe at every start.

Several workers may start at once against one ClickHouse server. ClickHouse has no
transactions or advisory locks for DDL, so the processes take turns through a lock
table: ``CREATE TABLE`` of an existing name fails, atomically, for all but one of
them (:func:`migration_lock`). A worker with nothing to do takes no lock.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from errorflow.errors import MigrationLockError, StoreError, StoreUnavailableError
from errorflow.sinks.schema import MIGRATIONS, RETENTION, Migration
from errorflow.sinks.store import Store, quote_identifier

__all__ = [
    "LOCK_STALE_S",
    "LOCK_TABLE",
    "LOCK_WAIT_S",
    "PACKED_PART_MAX_BYTES",
    "applied_versions",
    "apply_part_storage",
    "apply_retention",
    "migrate",
    "migration_lock",
    "retention_statements",
]

logger = logging.getLogger(__name__)

LOCK_TABLE = "schema_migrations_lock"
"""The lock: it exists while one process migrates; its comment names the process and the time it took it."""
LOCK_WAIT_S = 600.0
"""How long a process waits for another's migration before it gives up (:class:`MigrationLockError`)."""
LOCK_STALE_S = 1800.0
"""A lock older than this was left by a process that died mid-migration: it is taken over."""
_LOCK_COMMENT = re.compile(r"^errorflow migration lock: owner=(?P<owner>[\w.:-]*) at=(?P<at>\d+(?:\.\d+)?)$")
_UNSAFE_OWNER = re.compile(r"[^\w.:-]")
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
    stop: threading.Event | None = None,
) -> int:
    """Bring ``database`` to the newest schema version and return that version.

    Missing migrations run in version order; each is recorded in
    ``schema_migrations`` after all its statements succeeded, so an interrupted
    migration runs again (its statements are idempotent). Then every table's
    TTL is set from ``retention_days`` (defaults in :data:`~errorflow.sinks.schema.RETENTION`), and
    on an embedded store every MergeTree table's part storage from ``packed_part_max_bytes``
    (:func:`apply_part_storage`).

    ``stop``, once set, ends a wait for another process's migration lock and the run before
    the next migration (a process told to stop must not wait up to :data:`LOCK_WAIT_S`); a
    statement under way is not interrupted, and what was not applied runs at the next start.

    Raises:
        StoreError: a statement failed (StoreUnavailableError when the store is unreachable;
            MigrationLockError when another process kept the migration lock too long, or
            ``stop`` was set first).
    """
    store.execute(f"CREATE DATABASE IF NOT EXISTS {quote_identifier(database)}")
    applied = applied_versions(store, database=database)
    if all(m.version in applied for m in migrations) and not retention_statements(
        store, database=database, retention_days=retention_days
    ):
        store.forget_columns()
        current = max(applied, default=0)  # the usual start: nothing to do, no lock taken
    else:
        with migration_lock(store, database=database, stop=stop):
            current = _migrate_locked(
                store, database=database, retention_days=retention_days, migrations=migrations, stop=stop
            )
    if store.backend == "chdb":  # one process per embedded store: no lock needed
        apply_part_storage(store, database=database, packed_part_max_bytes=packed_part_max_bytes)
    return current


def _migrate_locked(
    store: Store,
    *,
    database: str,
    retention_days: Mapping[str, int] | None,
    migrations: Sequence[Migration],
    stop: threading.Event | None,
) -> int:
    # Read again under the lock: the process that held it before may have applied everything.
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
        if stop is not None and stop.is_set():
            raise MigrationLockError(f"stopped before migration {migration.version}; it runs at the next start")
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
    for statement in retention_statements(store, database=database, retention_days=retention_days):
        store.execute(statement)


def retention_statements(store: Store, *, database: str, retention_days: Mapping[str, int] | None = None) -> list[str]:
    """The ``ALTER TABLE`` statements that would bring every table's TTL to its configured days."""
    overrides = dict(retention_days or {})
    unknown = set(overrides) - set(RETENTION)
    if unknown:
        raise StoreError(f"retention configured for unknown tables: {', '.join(sorted(unknown))}")
    rows = store.query_rows(
        "SELECT name, create_table_query FROM system.tables WHERE database = {db:String}", {"db": database}
    )
    ddl = {str(r["name"]): str(r["create_table_query"]) for r in rows}
    statements: list[str] = []
    for table, retention in RETENTION.items():
        if table not in ddl:
            continue
        days = overrides.get(table, retention.days)
        qualified = f"{quote_identifier(database)}.{quote_identifier(table)}"
        has_ttl = " TTL " in ddl[table]
        if days <= 0:
            if has_ttl:
                statements.append(f"ALTER TABLE {qualified} REMOVE TTL")
            continue
        if f"TTL {_ttl_clause(retention.column, days)}" in ddl[table]:
            continue
        logger.info("retention of %s to be set to %s days", table, days)
        statements.append(f"ALTER TABLE {qualified} MODIFY TTL {retention.column} + INTERVAL {int(days)} DAY")
    return statements


def _lock_owner() -> str:
    raw = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return _UNSAFE_OWNER.sub("_", raw)


def _lock_holder(store: Store, *, database: str, now: float) -> tuple[str, float] | None:
    """The lock's owner and the time it was taken, or None when there is no lock (or it is not ours to read)."""
    rows = store.query_rows(
        "SELECT comment FROM system.tables WHERE database = {db:String} AND name = {name:String}",
        {"db": database, "name": LOCK_TABLE},
    )
    if not rows:
        return None
    match = _LOCK_COMMENT.match(str(rows[0]["comment"]))
    # A lock table without a readable comment is treated as taken now: waited for, never taken over early.
    return (match["owner"], float(match["at"])) if match else ("unknown", now)


@contextmanager
def migration_lock(
    store: Store,
    *,
    database: str,
    wait_s: float = LOCK_WAIT_S,
    stale_s: float = LOCK_STALE_S,
    poll_s: float = 0.5,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    stop: threading.Event | None = None,
) -> Iterator[str]:
    """Hold the database's migration lock (yields the owner name); wait while another process holds it.

    The lock is a table whose ``CREATE`` fails for every process but one. Its
    comment says who took it and when. A lock older than ``stale_s`` was left by a
    process that died mid-migration (a live one drops it when done) and is taken
    over; if two processes take over the same stale lock at the same moment, both
    may migrate, which is what every process did before the lock (the statements
    are idempotent). The lock is dropped on the way out, unless another process
    took it over meanwhile. Setting ``stop`` ends the wait.

    Raises:
        MigrationLockError: another process held the lock for longer than ``wait_s``, or
            ``stop`` was set while waiting.
        StoreError: the store failed otherwise.
    """
    qualified = f"{quote_identifier(database)}.{quote_identifier(LOCK_TABLE)}"
    owner = _lock_owner()
    deadline = clock() + wait_s
    logged_at = 0.0
    missing = 0
    while True:
        taken_at = clock()
        comment = f"errorflow migration lock: owner={owner} at={taken_at:.3f}"
        try:
            store.execute(f"CREATE TABLE {qualified} (owner String) ENGINE = Memory COMMENT '{comment}'")
            break
        except StoreError:
            holder = _lock_holder(store, database=database, now=clock())
            if holder is None:
                missing += 1
                if missing > 1:
                    raise  # no lock table, and CREATE failed twice: the store's own error
                continue  # dropped meanwhile: try again
            held_by, held_since = holder
            now = clock()
            if now - held_since > stale_s:
                logger.warning(
                    "taking over the migration lock of %s, held since %.0f s ago (a process that died mid-migration)",
                    held_by,
                    now - held_since,
                )
                store.execute(f"DROP TABLE IF EXISTS {qualified}")
                continue
            if now >= deadline:
                raise MigrationLockError(
                    f"{held_by} has held the migration lock of database {database!r} for {now - held_since:.0f} s; "
                    f"gave up after waiting {wait_s:g} s. If no errorflow process is migrating, drop table "
                    f"{database}.{LOCK_TABLE}."
                ) from None
            if now - logged_at >= 10.0:
                logger.info("waiting for %s's schema migration of database %r", held_by, database)
                logged_at = now
            if stop is None:
                sleep(poll_s)
            elif stop.wait(poll_s):
                raise MigrationLockError(
                    f"stopped while waiting for {held_by}'s migration lock of database {database!r}"
                ) from None
    try:
        yield owner
    finally:
        holder = _lock_holder(store, database=database, now=clock())
        if holder is not None and holder[0] == owner:
            store.execute(f"DROP TABLE IF EXISTS {qualified}")


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
