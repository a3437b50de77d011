"""A run that succeeded reads ``success`` in ``taskrun_runs``, whatever the order of its events (migration 16).

An attempt the watchdog timed out while it was slow, not dead, has the watchdog's ``timed_out`` and its own
``success``; when the success happened first and reached the pipeline late, the ``timed_out`` is the later
event, and the view's latest-event status said the run timed out although it succeeded (and nothing runs
after it: the runner does not run the retry of an attempt that succeeded). Real chDB, the migrated schema.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from errorflow.cli.recovery import RunFilter, runs_sql
from errorflow.schemas import TaskRunEvent, TaskRunStatus
from errorflow.schemas.ids import new_id, timed_out_event_id
from errorflow.sinks import ChdbStore, event_rows

pytestmark = pytest.mark.integration

T0 = datetime(2026, 12, 1, 11, 0, tzinfo=timezone.utc)


def _event(root: str, status: TaskRunStatus, at: float, **fields: object) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=root,
        root_run_id=root,
        operation="wd_slow",
        service="it-watchdog",
        status=status,
        occurred_at=T0 + timedelta(seconds=at),
        **fields,  # type: ignore[arg-type]
    )


def _store(store: ChdbStore, *events: TaskRunEvent) -> None:
    store.insert_rows("taskrun_events", [row for event in events for row in event_rows(event)])


def test_a_success_that_happened_before_the_watchdogs_timed_out_is_the_runs_state(migrated: ChdbStore) -> None:
    root = new_id()
    _store(
        migrated,
        _event(root, TaskRunStatus.RUNNING, 0.0, heartbeat_timeout_s=3.0),
        _event(root, TaskRunStatus.SUCCESS, 4.0, execution_time_s=4.0),  # arrived late
        _event(
            root,
            TaskRunStatus.TIMED_OUT,
            4.5,
            event_id=timed_out_event_id(root, 1),
            error_type="builtins.TimeoutError",
            error_message="the watchdog timed the attempt out: no sign of life for 3.100 s",
        ),
    )
    (run,) = migrated.query_rows(f"SELECT * FROM taskrun_runs WHERE root_run_id = '{root}'")
    assert (run["status"], run["attempt"], run["error_type"], run["error_message"]) == ("success", 1, None, None)
    assert run["finished"] and run["failures"] == 1, run  # the timeout was recorded: error rates count it
    assert run["recovered"] and run["recovery_s"] == 0, run  # never a negative recovery time
    (listed,) = migrated.query_rows(runs_sql(migrated.database, RunFilter(ids=(root,))))
    assert listed["outcome"] == "succeeded", listed  # errorflow runs reads the view


def test_a_run_that_failed_keeps_its_latest_status_and_error(migrated: ChdbStore) -> None:
    """The control: no success, the latest event's status and error as before."""
    root = new_id()
    _store(
        migrated,
        _event(root, TaskRunStatus.RUNNING, 0.0),
        _event(root, TaskRunStatus.FAILED, 1.0, error_type="builtins.ValueError", error_message="bad"),
    )
    (run,) = migrated.query_rows(f"SELECT * FROM taskrun_runs WHERE root_run_id = '{root}'")
    assert (run["status"], run["error_type"], run["error_message"], run["recovered"]) == (
        "failed",
        "builtins.ValueError",
        "bad",
        False,
    )


def test_a_dead_letter_seen_before_the_failure_it_followed_is_not_yet_the_runs_end(migrated: ChdbStore) -> None:
    """``submit --wait``: recovery's decision may show before the run's failure does (a view's part lags)."""
    from errorflow.cli.recovery_queries import ended_run

    root = new_id()
    _store(migrated, _event(root, TaskRunStatus.RUNNING, 0.0))
    migrated.insert_rows(
        "recovery_actions",
        [
            {
                "action_id": new_id(),
                "run_id": root,
                "root_run_id": root,
                "operation": "wd_slow",
                "service": "it-watchdog",
                "action": "dead_lettered",
                "decided_at": T0 + timedelta(seconds=2),
            }
        ],
    )
    assert ended_run(migrated.query_rows, migrated.database, root) is None  # the failure is not in its row yet
    _store(migrated, _event(root, TaskRunStatus.FAILED, 1.0, error_type="builtins.KeyError", error_message="gone"))
    end = ended_run(migrated.query_rows, migrated.database, root)
    assert end is not None and (end["outcome"], end["error_type"]) == ("dead_lettered", "builtins.KeyError"), end
