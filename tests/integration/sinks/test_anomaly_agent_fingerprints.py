"""The anomaly agent's fingerprint windows survive a restart: each failure counted once, whenever its verdict lands.

The classifier agent's verdicts reach ``error_classifications`` later than the
sink stores the events (another agent, another topic, another insert). Here the
agent restarts while some stored failures have no stored verdict yet: those
before the sink's committed offset (never read again), and some past it (read
again and skipped as stored). Other failures have their verdict stored before
the restart, and some are stored only after it. Once every row is stored, the
agent's fingerprint windows must equal the analyst query of docs/anomalies.md
over ``fingerprint_minute``: no failure lost, none counted twice.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from errorflow.agents.classifier import handle as classify
from errorflow.anomaly import AnomalyEngine
from errorflow.classify import Classifier
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore, event_row
from tests.integration.sinks.anomaly_support import DOC, produce_events, run_agent_until, sink_stores_half

pytestmark = [pytest.mark.integration, pytest.mark.slow]

_MESSAGES = ("connection refused by 10.0.0.{n}", "deadlock detected in txn {n}", "no route to host")


def _events(count: int) -> list[TaskRunEvent]:
    now = datetime.now(tz=timezone.utc)
    return [
        TaskRunEvent(
            run_id=f"f{n}-a",
            root_run_id=f"f{n}",
            operation="charge",
            service="payments",
            status=TaskRunStatus.TIMED_OUT if n % 5 == 0 else TaskRunStatus.FAILED,
            error_type="builtins.ConnectionError" if n % 2 else "psycopg.errors.DeadlockDetected",
            error_message=_MESSAGES[n % 3].format(n=n),
            occurred_at=now - timedelta(seconds=600 - n),
        )
        for n in range(count)
    ]


def _verdict_rows(events: list[TaskRunEvent]) -> list[dict[str, Any]]:
    classifier = Classifier.default()
    return [v.model_dump(mode="python") for v in (classify(e, classifier) for e in events) if v is not None]


async def _scenario(settings: Settings, store: ChdbStore, events: list[TaskRunEvent]) -> AnomalyEngine:
    await produce_events(settings, events)
    by_id = {e.event_id: e for e in events}
    # Stored and committed (never read again), and stored past the committed offset (read again, skipped).
    committed, past = await sink_stores_half(
        settings,
        len(events),
        past=6,
        store=lambda ids: store.insert_rows("taskrun_events", [event_row(by_id[i]) for i in ids]),
    )
    # The classifier's verdicts of every other stored failure are stored before the restart; the rest after it.
    early = [by_id[i] for i in committed[::2] + past[::2]]
    late = [by_id[i] for i in committed[1::2] + past[1::2]]
    store.insert_rows("error_classifications", _verdict_rows(early))

    engine = AnomalyEngine()
    again = len(events) - len(committed)
    stats = await run_agent_until(settings, store, lambda st: st.consumed >= again, engine=engine)
    assert stats.consumed == again
    assert stats.skipped_stored == len(past) > 0
    rest = [e for e in events if e.event_id not in set(committed + past)]
    assert late and rest
    store.insert_rows("error_classifications", _verdict_rows(late))
    store.insert_rows("taskrun_events", [event_row(e) for e in rest])
    store.insert_rows("error_classifications", _verdict_rows(rest))
    return engine


def _stored_fingerprints(store: ChdbStore) -> dict[tuple[int, str, str], int]:
    sql = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)[1]
    assert "fingerprint_minute" in sql
    rows = store.query_rows(sql)
    return {(int(r["minute_s"]) // 60, r["service"], r["fingerprint"]): int(r["failures"]) for r in rows}


def _agent_fingerprints(engine: AnomalyEngine) -> dict[tuple[int, str, str], int]:
    return {
        (minute, service, fingerprint): counts.failures
        for (service, fingerprint), series in engine.scopes.fingerprints.items()
        for minute, counts in series.buckets.items()
    }


def test_each_failure_s_fingerprint_counts_once_whenever_its_verdict_lands(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"af-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"af{token}."},
        clickhouse={"database": database},
    )
    events = _events(240)
    engine = asyncio.run(_scenario(settings, migrated, events))
    mine = _agent_fingerprints(engine)
    stored = _stored_fingerprints(migrated)
    assert sum(stored.values()) == len(events)
    assert len({fp for _, _, fp in stored}) >= 3
    assert mine == stored
