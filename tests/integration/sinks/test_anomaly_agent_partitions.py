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

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore
from tests.integration.sinks.anomaly_support import run_agent_until
from tests.integration.sinks.test_anomaly_agent_windows import _events

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _produce_when_assigned(settings: Settings, running: asyncio.Event) -> tuple[int, int]:
    """Once the agent assigned its partitions, produce events to every partition the topic has; return both counts."""
    topic = settings.topic("taskruns.events")
    await running.wait()
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        partitions = sorted(await producer.partitions_for(topic))  # the broker creates the topic if it has not
        events = [e for e in _events(400) if e.status != TaskRunStatus.RUNNING]
        for n, event in enumerate(events):
            await producer.send(topic, encode(event), key=event.key, partition=partitions[n % len(partitions)])
        await producer.flush()
    finally:
        await producer.stop()
    return len(events), len(partitions)


async def _scenario(settings: Settings, store: ChdbStore) -> tuple[AnomalyStats, int, int]:
    running = asyncio.Event()  # the agent beats once its partitions are assigned
    produced: list[int] = []

    async def producing() -> None:
        produced.extend(await _produce_when_assigned(settings, running))

    feeder = asyncio.create_task(producing())
    stats = await run_agent_until(
        settings, store, lambda st: bool(produced) and st.consumed >= produced[0], beat=running.set
    )
    await feeder
    return stats, produced[0], produced[1]


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
