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
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats, run_anomaly
from errorflow.anomaly import AnomalyEngine, RuleSet
from errorflow.classify import Classifier
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore, event_row
from errorflow.streams.kafka import ensure_topics

pytestmark = [pytest.mark.integration, pytest.mark.slow]

DOC = Path(__file__).resolve().parents[3] / "docs" / "anomalies.md"


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
    bootstrap = settings.kafka.bootstrap
    topic = settings.topic("taskruns.events")
    await ensure_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            await producer.send(topic, encode(event), key=event.key)
        await producer.flush()
    finally:
        await producer.stop()
    by_id = {e.event_id: e for e in events}

    # The sink's stand-in: store and commit about half of every partition, then store 40 more uncommitted.
    sink = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"{settings.app_id}-sink",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await sink.start()
    try:
        seen: dict[int, list] = {}
        while sum(len(v) for v in seen.values()) < len(events):
            for tp, messages in (await sink.getmany(timeout_ms=500)).items():
                seen.setdefault(tp.partition, []).extend(messages)
        offsets = {}
        stored_ids = []
        extra_ids = []
        for partition, messages in seen.items():
            half = len(messages) // 2
            stored_ids += [m.key and _id(m.value) for m in messages[:half]]
            extra_ids += [_id(m.value) for m in messages[half : half + 10]]
            offsets[next(tp for tp in sink.assignment() if tp.partition == partition)] = messages[half].offset
        store.insert_rows("taskrun_events", [event_row(by_id[i]) for i in stored_ids + extra_ids])
        await sink.commit(offsets)
    finally:
        await sink.stop()

    engine = AnomalyEngine()
    stats = AnomalyStats()
    stop = asyncio.Event()
    executor = ThreadPoolExecutor(max_workers=1)
    task = asyncio.create_task(
        run_anomaly(
            settings,
            store=store,
            executor=executor,
            classifier=Classifier.default(),
            rules=RuleSet(),
            stop=stop,
            stats=stats,
            engine=engine,
        )
    )
    unstored = len(events) - len(stored_ids) - len(extra_ids)
    for _ in range(600):
        if stats.consumed >= len(events) - len(stored_ids):
            break
        await asyncio.sleep(0.1)
    stop.set()
    await task
    executor.shutdown()
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


def _id(value: bytes) -> str:
    match = re.search(rb'"event_id":"([^"]+)"', value)
    assert match
    return match.group(1).decode()


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
    minute_sql = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)[0]
    stored = {
        (int(r["minute_s"]) // 60, r["service"], r["operation"]): (
            r["finished"],
            r["failures"],
            r["timeouts"],
            r["retries"],
            r["retry_failures"],
        )
        for r in migrated.query_rows(minute_sql)
        # A minute whose only events of an operation are still running has an all-zero row here
        # and no bucket in the agent (nothing finished there): both say "no rate".
        if r["finished"] or r["timeouts"]
    }
    mine = {
        (minute, service, operation): (c.finished, c.failures, c.timeouts, c.retries, c.retry_failures)
        for (service, operation), series in engine.scopes.ops.items()
        for minute, c in series.buckets.items()
    }
    assert len(mine) >= 20
    assert mine == stored
