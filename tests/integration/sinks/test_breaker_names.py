"""The names ``errorflow breakers force-open`` accepts without ``--new``: read from the store's rollup."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from errorflow.cli.breakers import stored_dependencies_sql
from errorflow.schemas.events import TaskRunEvent
from errorflow.sinks import ChdbStore, event_row

pytestmark = pytest.mark.integration

T0 = datetime(2026, 1, 5, 10, tzinfo=timezone.utc)


def _event(n: int, dependency: str | None) -> TaskRunEvent:
    return TaskRunEvent.model_validate(
        {
            "event_id": f"e{n}",
            "event_type": "taskrun.failed",
            "run_id": f"r{n}",
            "root_run_id": f"r{n}",
            "attempt": 1,
            "status": "failed",
            "service": "shop",
            "operation": "pay",
            "dependency": dependency,
            "occurred_at": T0,
            "error_type": "builtins.TimeoutError",
            "error_message": "timed out",
        }
    )


def test_dependencies_named_by_stored_runs_and_transitions_are_known(migrated: ChdbStore, database: str) -> None:
    migrated.insert_rows("taskrun_events", [event_row(_event(n, dep)) for n, dep in enumerate(["pay-api", None] * 3)])
    migrated.execute(
        f"INSERT INTO {database}.breaker_transitions (transition_id, breaker, transitioned_at, from_state, to_state) "
        "VALUES ('t1', 'ledger-api', now(), 'closed', 'open')"
    )
    names = {row["name"] for row in migrated.query_rows(stored_dependencies_sql(database))}
    assert names == {"pay-api", "ledger-api"}
