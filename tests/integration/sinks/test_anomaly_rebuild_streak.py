"""A dependency's failure streak rebuilt from the store: every failure since its last success, not a sample."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from errorflow.agents.anomaly import rebuild
from errorflow.anomaly import AnomalyEngine
from errorflow.anomaly.rules import DependencyDownRule
from errorflow.classify import Classifier
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks import ChdbStore, event_row

pytestmark = [pytest.mark.integration]


def _call(n: int, dependency: str, status: TaskRunStatus, at: datetime, *, degraded: bool = False) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"{dependency}-{n}",
        root_run_id=f"{dependency}-{n}",
        operation="lookup",
        service="api",
        dependency=dependency,
        status=status,
        degraded=degraded,
        error_type=None if status == TaskRunStatus.SUCCESS else "builtins.ConnectionError",
        error_message=None if status == TaskRunStatus.SUCCESS else "refused",
        occurred_at=at,
    )


def test_the_rebuilt_streak_counts_every_failure_since_the_last_success(migrated: ChdbStore, database: str) -> None:
    now = datetime.now(tz=timezone.utc)
    start = now - timedelta(minutes=20)
    events = [_call(0, "geo", TaskRunStatus.SUCCESS, start)]  # the streak starts after this
    events += [_call(1, "geo", TaskRunStatus.FAILED, start - timedelta(seconds=5))]  # before it: not part of it
    events += [_call(n, "geo", TaskRunStatus.FAILED, start + timedelta(seconds=n)) for n in range(2, 602)]
    events += [_call(602, "geo", TaskRunStatus.SUCCESS, start + timedelta(seconds=300.5), degraded=True)]  # a fallback
    events += [_call(n, "db", TaskRunStatus.FAILED, start + timedelta(seconds=n)) for n in range(5)]
    events += [_call(9, "db", TaskRunStatus.SUCCESS, start + timedelta(seconds=9))]  # db recovered
    migrated.insert_rows("taskrun_events", [event_row(e) for e in events])
    cut = str(migrated.query_value("SELECT toString(now64(3, 'UTC') + 1)"))

    engine = AnomalyEngine()
    rebuild(
        migrated,
        database=database,
        engine=engine,
        cut=cut,
        since_s=(now - timedelta(hours=2)).timestamp(),
        streak_since_s=(now - timedelta(hours=1)).timestamp(),
        classifier=Classifier.default(),
    )
    geo = engine.scopes.streaks[("api", "geo")]
    assert geo.failures == 601  # the 600 failures and the fallback's answer, none dropped past a sample
    assert geo.last_success_s == pytest.approx(start.timestamp(), abs=0.001)
    assert geo.last_failure_s == pytest.approx((start + timedelta(seconds=601)).timestamp(), abs=0.001)
    assert d_active(engine, DependencyDownRule(min_failures=500), at=start + timedelta(seconds=610))
    assert ("api", "db") not in engine.scopes.streaks or engine.scopes.streaks[("api", "db")].failures == 0
    assert engine.scopes.dependency_operation[("api", "geo")] == "lookup"


def d_active(engine: AnomalyEngine, rule: DependencyDownRule, *, at: datetime) -> bool:
    from errorflow.anomaly.detectors import dependency_down

    return dependency_down(engine.scopes.streaks[("api", "geo")], at.timestamp(), rule).active
