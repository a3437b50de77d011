"""The detectors' windows equal ClickHouse's per-minute rollups for the same events.

Events go into taskrun_events and their classifications into
error_classifications (the materialized views keep the rollups); the same
events go through the anomaly engine. The analyst queries of docs/anomalies.md
must return exactly the engine's buckets.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from errorflow.agents.classifier import handle as classify
from errorflow.anomaly import AnomalyEngine
from errorflow.anomaly.replay import classified_outcome
from errorflow.classify import Classifier
from errorflow.schemas.alerts import Alert
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks import ChdbStore, alert_row, event_row

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[3] / "docs" / "anomalies.md"
T0 = datetime(2026, 1, 5, 10, tzinfo=timezone.utc)
STATUSES = [
    TaskRunStatus.SUCCESS,
    TaskRunStatus.FAILED,
    TaskRunStatus.TIMED_OUT,
    TaskRunStatus.RUNNING,
    TaskRunStatus.PENDING,
]
ERRORS = [
    ("requests.exceptions.ReadTimeout", "Read timed out. (read timeout=10)"),
    ("builtins.ConnectionResetError", "[Errno 104] Connection reset by peer"),
    ("builtins.PermissionError", "[Errno 13] Permission denied: '/srv/data'"),
]


def _events(count: int) -> list[TaskRunEvent]:
    rng = random.Random(12)
    events = []
    for n in range(count):
        status = rng.choices(STATUSES, weights=[6, 3, 1, 1, 1])[0]
        error = rng.choice(ERRORS) if status is TaskRunStatus.FAILED else (None, None)
        service, operation = rng.choice([("web", "render"), ("web", "search"), ("batch", "load")])
        events.append(
            TaskRunEvent(
                run_id=f"r{n}-a",
                root_run_id=f"r{n}",
                attempt=rng.choice([1, 1, 2, 3]),
                operation=operation,
                service=service,
                dependency=rng.choice([None, "db", "api"]),
                status=status,
                occurred_at=T0 + timedelta(seconds=rng.uniform(0, 600)),
                error_type=error[0],
                error_message=error[1],
            )
        )
    return events


def _sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_engine_windows_equal_the_clickhouse_rollups(migrated: ChdbStore) -> None:
    events = _events(3000)
    classifier = Classifier.default()
    verdicts = {e.event_id: classify(e, classifier) for e in events}
    migrated.insert_rows("taskrun_events", [event_row(e) for e in events])
    migrated.insert_rows(
        "error_classifications", [v.model_dump(mode="python") for v in verdicts.values() if v is not None]
    )
    engine = AnomalyEngine()
    for event in events:  # not in time order: late events land in their own minute
        # The detectors classify by themselves; the fingerprints must be the classifier agent's.
        engine.observe(classified_outcome(event, classifier))

    minute_sql, fingerprint_sql, deliveries_sql = _sql_blocks()
    assert migrated.query_rows(deliveries_sql) == []  # the notifications query of the doc runs
    stored = {
        (int(r["minute_s"]) // 60, r["service"], r["operation"]): (
            r["finished"],
            r["failures"],
            r["timeouts"],
            r["retries"],
            r["retry_failures"],
        )
        for r in migrated.query_rows(minute_sql)
    }
    mine = {
        (minute, service, operation): (c.finished, c.failures, c.timeouts, c.retries, c.retry_failures)
        for (service, operation), series in engine.scopes.ops.items()
        for minute, c in series.buckets.items()
    }
    assert len(mine) >= 30
    assert sum(v[2] for v in mine.values()) > 0 and sum(v[4] for v in mine.values()) > 0
    assert stored == mine

    stored_fp = {
        (int(r["minute_s"]) // 60, r["service"], r["fingerprint"]): r["failures"]
        for r in migrated.query_rows(fingerprint_sql)
    }
    mine_fp = {
        (minute, service, fingerprint): c.failures
        for (service, fingerprint), series in engine.scopes.fingerprints.items()
        for minute, c in series.buckets.items()
    }
    assert len(mine_fp) >= 10
    assert stored_fp == mine_fp


def test_an_anomaly_alert_row_keeps_its_numbers(migrated: ChdbStore) -> None:
    alert = Alert(
        rule="static_rate",
        severity="HIGH",
        service="web",
        operation="render",
        value=0.3,
        threshold=0.1,
        window_s=60,
        volume=120,
        baseline=0.01,
        recommendation="Consider scaling up workers or investigating system load",
        labels={"notification": "fire"},
    )
    migrated.insert_rows("alerts", [alert_row(alert)])
    row = migrated.query_rows("SELECT rule, value, volume, baseline, recommendation FROM alerts")[0]
    assert row == {
        "rule": "static_rate",
        "value": 0.3,
        "volume": 120.0,
        "baseline": 0.01,
        "recommendation": "Consider scaling up workers or investigating system load",
    }
