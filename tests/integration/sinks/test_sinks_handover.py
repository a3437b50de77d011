"""A second sink joins the group while the first one's flush is storing: no event is stored twice.

The first sink has read both partitions and its flush has looked their keys up (none stored
yet); its insert is held. The second sink joins. Before, the rebalance handed it a partition
at once, from the last commit: it looked the same keys up (still none), stored them, and then
the first sink's insert stored them again (``taskrun_events`` is a MergeTree: two rows, and
every view counted the event twice). Now the first sink stores and commits what it read before
it lets the partitions go (``IngestLoop.hand_over``), and the second one reads after the commit.
"""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.ingest import IngestStats, run_ingest
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.settings import Settings
from errorflow.sinks import Store
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.sinks.test_sinks_ingest_loop import HoldingStore

pytestmark = pytest.mark.integration

EVENTS = 20


def test_a_sink_joining_while_another_stores_the_same_records_stores_none_twice(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    settings = Settings(
        app_id=f"ho-{unique}",
        # A rebalance timeout long enough for the first sink's hand-over to wait for the test's release.
        kafka={
            "bootstrap": kafka_bootstrap,
            "topic_prefix": f"ho{unique}.",
            "partitions": 2,
            "rebalance_timeout_s": 60,
        },
        clickhouse={"database": database},
    )
    holding = HoldingStore(migrated)
    events_topic = settings.topic(Topics.EVENTS.name)

    async def scenario() -> tuple[IngestStats, IngestStats]:
        await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            for n in range(EVENTS):  # both partitions get records
                event = TaskRunEvent(
                    run_id=f"ho-{n}", root_run_id=f"ho-{n}", operation="op", service="svc", status=TaskRunStatus.SUCCESS
                )
                await (await producer.send(events_topic, encode(event), partition=n % 2))
        finally:
            await producer.stop()
        first, second = IngestStats(), IngestStats()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        tasks = [asyncio.create_task(run_ingest(settings, store=holding, stop=stop, stats=first))]

        def going() -> None:
            for task in tasks:
                if task.done():
                    task.result()

        try:
            while not holding.held.is_set():  # the first sink's flush of both partitions: keys looked up, insert held
                going()
                assert loop.time() < deadline, first
                await asyncio.sleep(0.05)
            tasks.append(asyncio.create_task(run_ingest(settings, store=migrated, stop=stop, stats=second)))
            # Released once the first sink hands its partitions over, or once the second one stored what it
            # read again meanwhile (the defect: its rows are then stored a second time by the first sink).
            while not (first.handovers or second.written):
                going()
                assert loop.time() < deadline, (first, second)
                await asyncio.sleep(0.05)
            holding.release.set()
            while first.written + first.duplicates < EVENTS:
                going()
                assert loop.time() < deadline, (first, second)
                await asyncio.sleep(0.05)
        finally:
            holding.release.set()
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)
        going()
        return first, second

    first, second = asyncio.run(scenario())
    stored, distinct = migrated.query_rows(
        "SELECT count() AS stored, uniqExact(event_id) AS distinct FROM taskrun_events"
    )[0].values()
    assert (stored, distinct) == (EVENTS, EVENTS), (first, second)
    assert first.handovers >= 1 and second.written == 0
