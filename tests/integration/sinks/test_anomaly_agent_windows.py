"""The anomaly agent's stream windows equal ClickHouse's, across a restart mid-stream.

Events go to the real broker. A stand-in for the sink stores a prefix of every
partition and commits its offsets (the agent starts there), and also stores
some events past its committed offset without committing (a sink killed between
its insert and its commit). The agent rebuilds from the store, consumes the
rest and must count every event exactly once: its buckets equal what the
analyst query of docs/anomalies.md returns once every event is stored.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.anomaly import AnomalyEngine
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore, event_row
from tests.integration.sinks.anomaly_support import (
    agent_windows,
    produce_events,
    run_agent_until,
    sink_stores_half,
    stored_windows,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _events(count: int) -> list[TaskRunEvent]:
    rng = random.Random(5)
    now = datetime.now(tz=timezone.utc)
    # An operation whose only event in its minute is still running: a zero row for the analyst's
    # query, no bucket for the agent (the random events below make such a minute now and then).
    still_running = TaskRunEvent(
        run_id="idle-a",
        root_run_id="idle",
        attempt=1,
        operation="idle",
        service="web",
        status=TaskRunStatus.RUNNING,
        occurred_at=now - timedelta(seconds=1000),
    )
    return [still_running] + [
        TaskRunEvent(
            run_id=f"r{n}-a",
            root_run_id=f"r{n}",
            attempt=rng.choice([1, 1, 2]),
            operation=rng.choice(["render", "search"]),
            service="web",
            dependency=rng.choice([None, "db"]),
            status=rng.choices(
                [TaskRunStatus.SUCCESS, TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT, TaskRunStatus.RUNNING],
                weights=[6, 2, 1, 1],
            )[0],
            error_type="requests.exceptions.ReadTimeout" if n % 3 == 0 else "builtins.ValueError",
            error_message="boom",
            occurred_at=now - timedelta(seconds=rng.uniform(0, 900)),
        )
        for n in range(count)
    ]


async def _scenario(settings: Settings, store: ChdbStore, events: list[TaskRunEvent]) -> AnomalyEngine:
    await produce_events(settings, events)
    by_id = {e.event_id: e for e in events}

    # The sink's stand-in: store and commit about half of every partition, then store 10 more of each uncommitted.
    stored_ids, extra_ids = await sink_stores_half(
        settings,
        len(events),
        past=10,
        store=lambda ids: store.insert_rows("taskrun_events", [event_row(by_id[i]) for i in ids]),
    )

    engine = AnomalyEngine()
    unstored = len(events) - len(stored_ids) - len(extra_ids)
    stats = await run_agent_until(
        settings, store, lambda st: st.consumed >= len(events) - len(stored_ids), engine=engine
    )
    assert stats.consumed == len(events) - len(stored_ids)  # from the sink's offsets on
    # Stored past the commit: counted by the rebuild, skipped here (attempts still running count nowhere).
    finished = {TaskRunStatus.SUCCESS, TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT}
    assert stats.skipped_stored == sum(by_id[i].status in finished for i in extra_ids) > 0
    assert stats.rebuilt_buckets > 0
    assert unstored > 0
    # The sink stores the rest.
    rest = set(by_id) - set(stored_ids) - set(extra_ids)
    store.insert_rows("taskrun_events", [event_row(by_id[i]) for i in rest])
    return engine


def test_agent_windows_equal_clickhouse_after_a_restart_mid_stream(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"aw-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"aw{token}."},
        clickhouse={"database": database},
    )
    engine = asyncio.run(_scenario(settings, migrated, _events(1500)))
    mine = agent_windows(engine)
    assert len(mine) >= 20
    assert mine == stored_windows(migrated)
