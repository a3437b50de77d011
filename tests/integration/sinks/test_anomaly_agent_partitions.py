"""The anomaly agent reads partitions the events topic gained after it assigned its partitions.

The agent assigns partitions by hand (no consumer group), so nobody tells it
about new ones. Tansu cannot add partitions to a topic (no CreatePartitions),
so the topic grows the other way a deployment can see it: the agent starts
before the events topic exists and assigns the one partition the settings
name; the broker then creates the topic with its own default, more partitions.
Every event produced to any of them must be counted.
"""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats, run_anomaly
from errorflow.anomaly import AnomalyEngine, RuleSet
from errorflow.classify import Classifier
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore
from tests.integration.sinks.test_anomaly_agent_windows import _events

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _scenario(settings: Settings, store: ChdbStore) -> tuple[AnomalyStats, int, int]:
    topic = settings.topic("taskruns.events")
    engine = AnomalyEngine()
    stats = AnomalyStats()
    stop = asyncio.Event()
    running = asyncio.Event()
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
            beat=running.set,  # beats once its partitions are assigned
        )
    )
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    try:
        await asyncio.wait({task, asyncio.ensure_future(running.wait())}, return_when=asyncio.FIRST_COMPLETED)
        assert not task.done()
        await producer.start()
        partitions = sorted(await producer.partitions_for(topic))  # the broker creates the topic if it has not
        events = [e for e in _events(400) if e.status != TaskRunStatus.RUNNING]
        for n, event in enumerate(events):
            await producer.send(topic, encode(event), key=event.key, partition=partitions[n % len(partitions)])
        await producer.flush()
        for _ in range(600):
            if stats.consumed >= len(events) or task.done():
                break
            await asyncio.sleep(0.1)
    finally:
        await producer.stop()
        stop.set()
        await task
        executor.shutdown()
    return stats, len(events), len(partitions)


def test_partitions_added_after_the_agent_started_are_read(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"ap-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"ap{token}.", "partitions": 1},
        clickhouse={"database": database},
        anomaly={"partitions_refresh_s": 0.2},
    )
    stats, produced, partitions = asyncio.run(_scenario(settings, migrated))
    assert partitions > 1  # the topic has partitions the agent did not assign at start
    assert stats.consumed == produced
    assert stats.observed == produced
    assert stats.skipped_stored == 0
