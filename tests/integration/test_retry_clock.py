"""The retry scheduler on the real broker: a retry decided by a clock far off, and a delay no policy allows.

``decide`` measures a retry from the failed event's time (a runner's clock). A runner whose clock ran a
year ahead made the retry wait a year, and the scheduler held its partition's committed offset back all
that time; a hostile ``not_before`` far in the future held it for ever. The retry is now due at most its delay
after its record's timestamp, and a delay no policy allows is one quarantine record.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from errorflow.agents.retry_scheduler import BEYOND_HORIZON, RetrySchedulerStats, run_retry_scheduler
from errorflow.schemas import RunCommand, decode, encode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings

pytestmark = pytest.mark.integration


async def _read(bootstrap: str, topic: str, count: int) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    values: list[bytes] = []
    try:
        for _ in range(600):
            batches = await consumer.getmany(timeout_ms=100)
            values += [m.value for messages in batches.values() for m in messages]
            if len(values) >= count:
                break
    finally:
        await consumer.stop()
    return values


async def _committed(settings: Settings, topic: str) -> int:
    group = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap,
        group_id=f"{settings.app_id}-retry-scheduler",
        enable_auto_commit=False,
    )
    await group.start()
    try:
        partitions = group.partitions_for_topic(topic) or set()
        if not partitions:
            await group._client.force_metadata_update()
            partitions = group.partitions_for_topic(topic) or set()
        return sum([(await group.committed(TopicPartition(topic, p))) or 0 for p in sorted(partitions)])
    finally:
        await group.stop()


def test_a_retry_decided_a_year_ahead_fires_after_its_delay_and_a_hostile_one_is_quarantined(
    kafka_bootstrap: str,
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(app_id=f"skew-{token}", kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"skew{token}."})
    ahead = datetime.now(timezone.utc) + timedelta(days=365)
    root = str(uuid.uuid4())
    skewed = RunCommand(
        reason="retry",
        operation="op",
        root_run_id=root,
        attempt=2,
        issued_at=ahead,
        not_before=ahead + timedelta(seconds=0.5),
    )
    hostile = RunCommand(
        reason="retry",
        operation="op",
        root_run_id=root,
        attempt=3,
        issued_at=datetime.now(timezone.utc),
        not_before=datetime(9000, 1, 1, tzinfo=timezone.utc),
    )

    async def scenario() -> tuple[list[bytes], list[bytes], int]:
        stop = asyncio.Event()
        stats = RetrySchedulerStats()
        task = asyncio.create_task(run_retry_scheduler(settings, stop=stop, stats=stats))
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            for command in (hostile, skewed):  # same key: one partition, the hostile record first
                await producer.send_and_wait(settings.topic("taskruns.retry"), encode(command), key=command.key)
        finally:
            await producer.stop()
        try:
            fired = await _read(kafka_bootstrap, settings.topic("taskruns.commands"), 1)
            quarantined = await _read(kafka_bootstrap, settings.topic("quarantine"), 1)
            committed = 0
            for _ in range(600):
                committed = await _committed(settings, settings.topic("taskruns.retry"))
                if committed >= 2:
                    break
                await asyncio.sleep(0.1)
        finally:
            stop.set()
            await task
        return fired, quarantined, committed

    fired, quarantined, committed = asyncio.run(scenario())
    assert [decode(value, RunCommand).idempotency_key for value in fired] == [skewed.idempotency_key]
    [record] = [decode(value, QuarantineRecord) for value in quarantined]
    assert record.reason == BEYOND_HORIZON
    assert committed == 2  # neither record holds the partition back
