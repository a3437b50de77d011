"""Migrations on real chDB: ordered, idempotent, recorded, resumable; retention from settings."""

from __future__ import annotations

import threading
import time
from typing import get_args

import pytest

from errorflow.errors import MigrationLockError, StoreError
from errorflow.schemas.healing import HealingIssue
from errorflow.sinks import Store, migrate
from errorflow.sinks.migrate import LOCK_TABLE, applied_versions, migration_lock
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


def test_the_healing_issue_column_names_every_issue_the_contract_has(store: Store, database: str) -> None:
    # An analyst reads the closed value sets off the column comments (DESCRIBE): the comment
    # follows the contract when it grows (worker_stuck, migration 15).
    migrate(store, database=database)
    [row] = store.query_rows(
        "SELECT comment FROM system.columns WHERE database = {db:String} AND table = 'healing_actions'"
        " AND name = 'issue'",
        {"db": database},
    )
    assert set(row["comment"].split(", ")) == set(get_args(HealingIssue))


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


def _recorded_versions(store: Store, database: str) -> list[tuple[int, int]]:
    rows = store.query_rows(
        f"SELECT version, count() AS n FROM `{database}`.schema_migrations GROUP BY version ORDER BY version"
    )
    return [(int(r["version"]), int(r["n"])) for r in rows]


def test_workers_starting_at_once_take_turns_and_apply_each_migration_once(store: Store, database: str) -> None:
    # Three sessions of one engine run their statements in parallel, like three workers on one server.
    lanes = [store.writer_lane() for _ in range(3)]  # type: ignore[attr-defined]
    start = threading.Barrier(len(lanes))
    results: list[int | BaseException] = []

    def start_worker(lane: Store) -> None:
        start.wait()
        try:
            results.append(migrate(lane, database=database))
        except BaseException as exc:  # reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=start_worker, args=(lane,)) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    for lane in lanes:
        lane.close()
    assert results == [LATEST] * len(lanes)
    # Each migration ran and was recorded once: the others waited, then found nothing to do.
    assert _recorded_versions(store, database) == [(m.version, 1) for m in sorted(MIGRATIONS, key=lambda m: m.version)]
    assert LOCK_TABLE not in _objects(store, database)


def test_a_held_lock_is_waited_for_then_given_up_with_a_clear_error(store: Store, database: str) -> None:
    with migration_lock(store, database=database) as owner:
        assert LOCK_TABLE in _objects(store, database)
        with (
            pytest.raises(MigrationLockError, match=f"{owner} has held the migration lock") as raised,
            migration_lock(store, database=database, wait_s=0.3, poll_s=0.05),
        ):
            pass
        assert raised.value.retriable
    assert LOCK_TABLE not in _objects(store, database)  # dropped by its owner on the way out


def test_a_lock_left_by_a_dead_process_is_taken_over(store: Store, database: str) -> None:
    store.execute(f"CREATE DATABASE IF NOT EXISTS `{database}`")
    hour_ago = time.time() - 3600
    store.execute(
        f"CREATE TABLE `{database}`.{LOCK_TABLE} (owner String) ENGINE = Memory "
        f"COMMENT 'errorflow migration lock: owner=dead-host:1:abc at={hour_ago:.3f}'"
    )
    assert migrate(store, database=database) == LATEST
    assert _recorded_versions(store, database) == [(m.version, 1) for m in sorted(MIGRATIONS, key=lambda m: m.version)]
    assert LOCK_TABLE not in _objects(store, database)


def test_a_worker_with_nothing_to_migrate_does_not_wait_for_the_lock(store: Store, database: str) -> None:
    migrate(store, database=database)
    finished: list[int] = []
    with migration_lock(store, database=database):
        worker = threading.Thread(target=lambda: finished.append(migrate(store, database=database)))
        worker.start()
        worker.join(timeout=120)  # waiting for the held lock would take LOCK_WAIT_S (600 s)
        assert finished == [LATEST]


def test_a_stop_ends_the_wait_for_another_process_migration(store: Store, database: str) -> None:
    """A pipeline told to stop while another process migrates leaves at once, not after the lock's ten minutes."""
    stop = threading.Event()
    with migration_lock(store, database=database):  # held as another process's would be
        threading.Timer(0.3, stop.set).start()
        with pytest.raises(MigrationLockError, match="stopped while waiting"):
            migrate(store, database=database, stop=stop)  # the default wait is LOCK_WAIT_S, ten minutes
    assert applied_versions(store, database=database) == {}  # nothing applied: it all runs at the next start
    assert migrate(store, database=database) == LATEST


def test_a_stop_set_before_a_migration_leaves_it_for_the_next_start(store: Store, database: str) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(MigrationLockError, match="stopped before migration 1"):
        migrate(store, database=database, stop=stop)
    assert LOCK_TABLE not in _objects(store, database)  # the lock taken for it is dropped on the way out
    assert migrate(store, database=database) == LATEST
