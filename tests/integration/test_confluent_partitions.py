"""The SDK's confluent-kafka emitter puts a key on the partition aiokafka does.

Every record of one logical run must land on one partition, in order: the
SDK's events (librdkafka) and the runner's and agents' records (aiokafka)
share the run's key, so both clients must partition keys alike (Java's murmur2).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.sdk import ConfluentEmitter
from errorflow.settings import Settings

pytestmark = pytest.mark.integration

KEYS = [f"01a2272{n % 10}-aaaa-7000-8000-{n:012x}".encode() for n in range(40)]


async def _aiokafka_partitions(bootstrap: str, topic: str) -> dict[bytes, int]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        return {key: (await (await producer.send(topic, b"a", key=key))).partition for key in KEYS}
    finally:
        await producer.stop()


def test_the_emitter_partitions_keys_as_aiokafka_does(settings: Settings, tmp_path: Path) -> None:
    bootstrap = str(settings.kafka.bootstrap)
    reference = asyncio.run(_aiokafka_partitions(bootstrap, settings.topic("parts.aiokafka")))
    assert len(set(reference.values())) > 1, "the keys spread over partitions"
    topic = settings.topic("parts.confluent")
    asyncio.run(_aiokafka_partitions(bootstrap, topic))  # the topic exists with the same partitions
    emitter = ConfluentEmitter(bootstrap=bootstrap, spool_dir=tmp_path / "spool")
    try:
        for key in KEYS:
            emitter.emit(topic, key, b"c")
        assert emitter.flush(30)
    finally:
        emitter.close(timeout_s=5)
    assert emitter.sent == len(KEYS)
    # Each key now has an aiokafka record and a confluent record in the topic: on one partition.
    seen: dict[bytes, set[int]] = {}

    async def read() -> None:
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
        await consumer.start()
        count = 0
        try:
            for _ in range(120):
                for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                    for message in messages:
                        assert message.key is not None
                        seen.setdefault(message.key, set()).add(tp.partition)
                        count += 1
                if count >= 2 * len(KEYS):
                    break
        finally:
            await consumer.stop()

    asyncio.run(read())
    assert {key: min(parts) for key, parts in seen.items()} == reference
    assert all(len(parts) == 1 for parts in seen.values()), "both clients put each key on one partition"
