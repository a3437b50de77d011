"""send_keyed: records land where aiokafka's send() puts their keys, in order, all acknowledged."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.settings import Settings
from errorflow.streams.kafka import make_producer, send_keyed

pytestmark = pytest.mark.integration

KEYS = [f"run-{n % 23}".encode() for n in range(600)]


async def _reference(bootstrap: str, topic: str) -> dict[bytes, int]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        return {key: (await (await producer.send(topic, b"ref", key=key))).partition for key in set(KEYS)}
    finally:
        await producer.stop()


async def _read(bootstrap: str, topic: str, count: int) -> list[tuple[int, bytes | None, bytes]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    found: list[tuple[int, bytes | None, bytes]] = []
    try:
        deadline = asyncio.get_running_loop().time() + 60
        while len(found) < count and asyncio.get_running_loop().time() < deadline:
            for messages in (await consumer.getmany(timeout_ms=200)).values():
                found.extend((m.partition, m.key, m.value) for m in messages if m.value != b"ref")
    finally:
        await consumer.stop()
    return found


def test_records_land_on_their_keys_partitions_in_order(settings: Settings) -> None:
    bootstrap = str(settings.kafka.bootstrap)
    topic = settings.topic("keyed")
    reference = asyncio.run(_reference(bootstrap, topic))  # creates the topic, as send() places each key
    assert len(set(reference.values())) > 1, "the keys spread over partitions"
    records = [(key, f"{n:08d}".encode() + b" " * 40) for n, key in enumerate(KEYS)]

    async def produce() -> None:
        producer = make_producer(settings, max_batch_size=1024)  # small batches: several per partition
        await producer.start()
        try:
            futures = await send_keyed(producer, topic, records)
            assert len(futures) > len(set(reference.values()))
            await asyncio.gather(*futures)
        finally:
            await producer.stop()

    asyncio.run(produce())
    found = asyncio.run(_read(bootstrap, topic, len(records)))
    assert sorted(int(value) for _, _, value in found) == list(range(len(records)))
    for partition, key, _ in found:
        assert key is not None and partition == reference[key]
    by_key: dict[bytes, list[int]] = {}
    for _, key, value in found:
        assert key is not None
        by_key.setdefault(key, []).append(int(value))
    assert all(numbers == sorted(numbers) for numbers in by_key.values())  # each key's records in order
