"""``errorflow alerts``: one line per incident in its latest state, filtered by state and rule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from errorflow.cli.anomalies import alerts_sql
from errorflow.schemas.alerts import Alert
from errorflow.sinks import ChdbStore, alert_row

pytestmark = pytest.mark.integration

T0 = datetime(2026, 1, 5, 10, tzinfo=timezone.utc)


def _records() -> list[Alert]:
    def alert(kind: str, n: int, **fields: object) -> Alert:
        base: dict[str, object] = {
            "incident_id": "static_rate:web:render:1",
            "rule": "static_rate",
            "severity": "HIGH",
            "service": "web",
            "operation": "render",
            "fired_at": T0,
            "labels": {"notification": kind, "notification_count": str(n)},
        }
        return Alert(**(base | fields))  # type: ignore[arg-type]

    return [
        alert("fire", 1, value=0.2, message="fired"),
        alert("escalate", 2, severity="CRITICAL", value=0.6, message="worse"),
        alert("resolve", 3, severity="CRITICAL", state="resolved", resolved_at=T0 + timedelta(minutes=9), message="ok"),
        alert(
            "fire",
            1,
            incident_id="dependency_down:shop:payments:2",
            rule="dependency_down",
            severity="CRITICAL",
            service="shop",
            operation="pay",
            dependency="payments",
            fired_at=T0 + timedelta(minutes=5),
            message="down",
        ),
        Alert(rule="dead_letter", severity="HIGH", service="etl", operation="load", fired_at=T0 + timedelta(minutes=1)),
    ]


def test_alerts_listing(migrated: ChdbStore, database: str) -> None:
    migrated.insert_rows("alerts", [alert_row(a) for a in reversed(_records())])
    rows = migrated.query_rows(alerts_sql(database))
    assert [(r["rule"], r["state"], r["severity"], r["scope"], r["records"]) for r in rows] == [
        ("dependency_down", "firing", "CRITICAL", "payments", 1),
        ("dead_letter", "firing", "HIGH", "load", 1),
        ("static_rate", "resolved", "CRITICAL", "render", 3),
    ]
    assert rows[2]["message"] == "ok"
    firing = migrated.query_rows(alerts_sql(database, state="firing"))
    assert {r["rule"] for r in firing} == {"dependency_down", "dead_letter"}
    resolved = migrated.query_rows(alerts_sql(database, state="resolved", rule="static_rate"))
    assert [r["incident"] for r in resolved] == ["static_rate:web:render:1"]
    assert migrated.query_rows(alerts_sql(database, state="resolved", rule="dead_letter")) == []
