"""A Faust worker's consumer hands out no record it would drop (the restarted runner's unread partition).

Faust passes aiokafka its live set of active partitions; aiokafka reads an empty set as
"every partition" and moves a partition's position past each record it hands out, and
Faust drops the records of partitions it has paused. A restarted runner paused its
commands partitions during table recovery, so the commands waiting there were taken off
the buffer and dropped, and a partition without a committed offset was never read again
(``docs/recovery.md``, "A restarted runner reads every partition").

These tests drive the worker's real consumer thread (``errorflow.streams.app``) with a
real aiokafka consumer on the real broker, at the moments that lost records: they assert
what is handed out and where each partition's position stays.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import TopicPartition

from errorflow.settings import Settings
from errorflow.streams.app import build_app
from errorflow.streams.kafka import make_producer

pytestmark = pytest.mark.integration


@dataclass
class Held:
    """The runner app, its consumer thread and aiokafka consumer, and the two partitions it holds."""

    app: Any
    thread: Any
    consumer: Any
    commands: TopicPartition
    changelog: TopicPartition


@pytest.fixture
async def held(settings: Settings) -> AsyncIterator[Held]:
    """Two records wait on a commands and a changelog partition, fetched into the consumer's buffer."""
    app = build_app(settings, role="runner")
    table = app.Table("completed-attempts", default=str, partitions=settings.kafka.partitions)
    commands = TopicPartition(settings.topic("taskruns.commands"), 0)
    changelog = TopicPartition(table.changelog_topic.get_topic_name(), 0)
    producer = make_producer(settings)
    await producer.start()
    try:
        for tp in (commands, changelog):
            for n in range(2):
                await producer.send_and_wait(tp.topic, b"record %d" % n, key=b"k", partition=tp.partition)
    finally:
        await producer.stop()
    thread = app.consumer._thread
    consumer = thread._create_worker_consumer(app.transport)
    await consumer.start()
    try:
        consumer.assign([commands, changelog])
        await consumer.seek_to_beginning(commands, changelog)
        app.consumer.resume_flow()
        await buffered(consumer, {commands, changelog}, timeout_s=30)
        yield Held(app, thread, consumer, commands, changelog)
    finally:
        await consumer.stop()
        thread.thread_loop.close()  # the thread never ran: its event loop is ours to close


async def buffered(consumer: Any, tps: set[TopicPartition], *, timeout_s: float) -> None:
    """Wait until the consumer's fetcher holds fetched records of every partition in ``tps``."""
    deadline = time.monotonic() + timeout_s
    for _ in range(int(timeout_s / 0.05)):  # the fetcher fills its buffer in the background: poll it
        if tps <= set(consumer._fetcher._records) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert tps <= set(consumer._fetcher._records), "the fetcher never buffered every partition"


def offsets(records: Any) -> dict[TopicPartition, list[int]]:
    return {TopicPartition(tp.topic, tp.partition): [r.offset for r in batch] for tp, batch in records.items()}


async def test_an_empty_active_set_hands_out_nothing(held: Held) -> None:
    held.app.rebalancing = False

    records = await held.thread._fetch_records(held.consumer, set(), timeout=0.2, max_records=100)

    assert records == {}
    assert await held.consumer.position(held.commands) == 0
    assert await held.consumer.position(held.changelog) == 0


async def test_while_rebalancing_only_changelog_records_are_handed_out(held: Held) -> None:
    both = {held.commands, held.changelog}
    held.app.rebalancing = True  # from the revocation until the worker is ready

    during = await held.thread._fetch_records(held.consumer, both, timeout=5, max_records=100)

    assert offsets(during) == {held.changelog: [0, 1]}
    assert await held.consumer.position(held.commands) == 0, "commands were taken off the buffer in the rebalance"

    held.app.rebalancing = False  # the worker is ready: the commands are handed out, from their first offset
    after = await held.thread._fetch_records(held.consumer, both, timeout=5, max_records=100)

    assert offsets(after) == {held.commands: [0, 1]}
