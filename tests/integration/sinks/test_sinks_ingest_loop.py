"""The sink's consuming loop on the real broker and chDB, under backpressure.

Tiny batches and a buffer far smaller than the topic force the loop through its
backpressure path again and again while flushes chain onto each other: every
event must be stored exactly once (redelivered copies included) and the group's
committed offsets must reach the end of every partition.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from errorflow.agents.classifier import handle
from errorflow.agents.ingest import IngestStats, run_ingest
from errorflow.classify import Classifier
from errorflow.errors import RowRejectedError, StoreError, StoreUnavailableError
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.settings import Settings
from errorflow.sinks import Store
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.sinks.faulty import FaultyStore

pytestmark = pytest.mark.integration

EVENTS = 6_000
REPEATED = 500  # published twice, as an at-least-once producer does after a lost acknowledgement


def events() -> list[bytes]:
    start = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
    return [
        encode(
            TaskRunEvent(
                run_id=f"bp-{n}",
                root_run_id=f"bp-{n // 2}",
                operation=f"op_{n % 3}",
                service="svc",
                status=TaskRunStatus.FAILED if n % 5 == 0 else TaskRunStatus.SUCCESS,
                occurred_at=start + timedelta(milliseconds=n),
            )
        )
        for n in range(EVENTS)
    ]


async def publish(settings: Settings, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        topic = settings.topic(Topics.EVENTS.name)
        await asyncio.gather(*[await producer.send(topic, value) for value in values])
    finally:
        await producer.stop()


async def committed_lag(settings: Settings, published: int) -> int:
    """Records of the events topic past the sink group's committed offsets.

    The partitions' ends are read by consuming the topic (the next offset after each
    partition's last record), not asked of the broker.
    """
    topic = settings.topic(Topics.EVENTS.name)
    reader = AIOKafkaConsumer(
        topic, bootstrap_servers=settings.kafka.bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    ends: dict[TopicPartition, int] = {}
    await reader.start()
    try:
        seen = 0
        while seen < published:
            for tp, records in (await reader.getmany(timeout_ms=500)).items():
                seen += len(records)
                ends[tp] = max(ends.get(tp, 0), records[-1].offset + 1)
    finally:
        await reader.stop()
    group = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap, group_id=f"{settings.app_id}-sink", enable_auto_commit=False
    )
    await group.start()
    try:
        lag = 0
        for tp, end in ends.items():
            lag += end - ((await group.committed(tp)) or 0)
        return lag
    finally:
        await group.stop()


async def ingest(settings: Settings, store: Store, values: list[bytes]) -> IngestStats:
    await ensure_topics(settings)
    await publish(settings, values)
    stats = IngestStats()
    stop = asyncio.Event()
    task = asyncio.create_task(run_ingest(settings, store=store, stop=stop, stats=stats))
    deadline = asyncio.get_running_loop().time() + 120
    while stats.written + stats.duplicates < len(values):
        if task.done():
            task.result()
        assert asyncio.get_running_loop().time() < deadline, stats
        await asyncio.sleep(0.05)
    stop.set()
    await task
    return stats


def test_backpressure_and_chained_flushes_store_every_event_once(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    settings = Settings(
        app_id=f"bp-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"bp{unique}.", "partitions": 3},
        clickhouse={"database": database},
        sink={"batch_max_rows": 300, "buffer_max_rows": 700, "fetch_max_records": 500, "batch_max_interval_s": 0.05},
    )
    values = events()
    stats = asyncio.run(ingest(settings, migrated, values + values[:REPEATED]))

    assert (stats.written, stats.duplicates, stats.quarantined) == (EVENTS, REPEATED, 0)
    # The buffer bound was hit over and over: the loop waited for a flush before taking rows.
    assert stats.backpressured >= (EVENTS + REPEATED) // 700 // 2, stats
    stored = migrated.query_rows("SELECT count() AS n, uniqExact(event_id) AS ids FROM taskrun_events")[0]
    assert (stored["n"], stored["ids"]) == (EVENTS, EVENTS)
    runs = migrated.query_rows("SELECT count() AS n, sum(events) AS events FROM taskrun_runs")[0]
    assert (runs["n"], runs["events"]) == (EVENTS // 2, EVENTS)
    assert asyncio.run(committed_lag(settings, EVENTS + REPEATED)) == 0


async def ingest_until_it_fails(
    settings: Settings, store: Store, values: list[bytes]
) -> tuple[BaseException, IngestStats]:
    await ensure_topics(settings)
    await publish(settings, values)
    stats = IngestStats()
    task = asyncio.create_task(run_ingest(settings, store=store, stop=asyncio.Event(), stats=stats))
    done, _ = await asyncio.wait([task], timeout=120)
    assert done, f"the loop kept running on a store that fails every insert: {stats}"
    error = task.exception()
    assert error is not None, stats
    return error, stats


def failing_store_settings(kafka_bootstrap: str, database: str, unique: str) -> Settings:
    return Settings(
        app_id=f"fs-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"fs{unique}.", "partitions": 2},
        clickhouse={"database": database},
        sink={"insert_attempts": 3, "batch_max_interval_s": 0.05},
    )


@pytest.mark.parametrize(("mode", "error", "inserts"), [("before", StoreUnavailableError, 3), ("fatal", StoreError, 1)])
def test_a_store_failing_past_the_writers_retries_stops_the_loop_with_nothing_committed(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str, mode: str, error: type, inserts: int
) -> None:
    """Unavailable past ``insert_attempts`` (or failing for good at once): the loop ends, offsets stay."""
    settings = failing_store_settings(kafka_bootstrap, database, unique)
    store = FaultyStore(migrated, then=mode)
    values = events()[:300]
    failure, stats = asyncio.run(ingest_until_it_fails(settings, store, values))

    assert type(failure) is error, repr(failure)
    assert store.inserts == inserts  # the writer's bounded retries, then no more: the loop does not retry
    assert stats.written == 0 and stats.flushes == 0
    assert migrated.query_value("SELECT count() FROM taskrun_events") == 0
    assert asyncio.run(committed_lag(settings, len(values))) == len(values)  # every offset left for the restart


class RefusingStore(FaultyStore):
    """The store refuses any JSON block holding a line with ``poison`` in it (as a CHECK constraint would)."""

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        if any(b"poison" in line for line in lines):
            raise RowRejectedError(f"injected: {table} refuses poison")
        self.inner.insert_json(table, lines, dedup_token=dedup_token)


async def publish_at(settings: Settings, values: list[bytes]) -> list[tuple[int, int]]:
    """Publish and return each record's (partition, offset)."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        topic = settings.topic(Topics.EVENTS.name)
        sent = [await (await producer.send(topic, value)) for value in values]
        return [(meta.partition, meta.offset) for meta in sent]
    finally:
        await producer.stop()


async def ingest_until(settings: Settings, store: Store, done: Callable[[], bool]) -> IngestStats:
    stats = IngestStats()
    stop = asyncio.Event()
    task = asyncio.create_task(run_ingest(settings, store=store, stop=stop, stats=stats))
    deadline = asyncio.get_running_loop().time() + 120
    while not done():
        if task.done():
            task.result()
        assert asyncio.get_running_loop().time() < deadline, stats
        await asyncio.sleep(0.1)
    stop.set()
    await task
    return stats


def test_a_row_the_store_refuses_is_quarantined_at_its_records_position(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    settings = failing_store_settings(kafka_bootstrap, database, unique)
    values = events()[:40]
    values[17] = values[17].replace(b'"operation":"op_2"', b'"operation":"poison"')
    asyncio.run(ensure_topics(settings))
    positions = asyncio.run(publish_at(settings, values))

    def settled() -> bool:
        return migrated.query_value("SELECT count() FROM quarantine") == 1

    stats = asyncio.run(ingest_until(settings, RefusingStore(migrated), settled))
    assert stats.written == 39 + 1  # the events, and the quarantine record read back from its topic
    (row,) = migrated.query_rows("SELECT * FROM quarantine")
    partition, offset = positions[17]
    assert (row["source_topic"], row["source_partition"], row["source_offset"]) == (
        settings.topic(Topics.EVENTS.name),
        partition,
        offset,
    )
    assert row["quarantine_id"] == f"{row['source_topic']}:{partition}:{offset}"
    assert (row["reason"], row["detected_by"]) == ("rejected_by_store", "sink")
    assert "refuses poison" in row["detail"] and '"poison"' in row["raw_prefix"]
    assert migrated.query_value("SELECT count() FROM taskrun_events WHERE operation = 'poison'") == 0


class HoldingStore(FaultyStore):
    """The real store, whose inserts into events' landing table wait until ``release`` is set.

    Its writer lane is the real store's: classifications are written through a chDB session
    of their own, which this store does not hold up.
    """

    def __init__(self, inner: Store) -> None:
        super().__init__(inner)
        self.release = threading.Event()
        self.held = threading.Event()

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        if table == "taskrun_events_landing" and lines:
            self.held.set()
            assert self.release.wait(120), "the test never released the events' insert"
        super().insert_json(table, lines, dedup_token=dedup_token)

    def writer_lane(self) -> Store | None:
        return self.inner.writer_lane()


async def committed(settings: Settings, topic: str) -> dict[int, int]:
    """The sink group's committed offset of each partition of ``topic`` (0 when none)."""
    group = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap, group_id=f"{settings.app_id}-sink", enable_auto_commit=False
    )
    await group.start()
    try:
        partitions = group.partitions_for_topic(topic) or set()
        if not partitions:
            await group._client.force_metadata_update()
            partitions = group.partitions_for_topic(topic) or set()
        return {p: (await group.committed(TopicPartition(topic, p))) or 0 for p in sorted(partitions)}
    finally:
        await group.stop()


def test_classifications_are_stored_while_the_other_tables_flush_is_held(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    """The detection lane: a classification does not wait for the events' insert; each lane commits its own."""
    settings = Settings(
        app_id=f"dl-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"dl{unique}.", "partitions": 1},
        clickhouse={"database": database},
    )
    failed = TaskRunEvent(run_id="dl-1", root_run_id="dl-1", operation="op", service="svc", status=TaskRunStatus.FAILED)
    verdict = handle(failed, Classifier.default())
    assert verdict is not None
    store = HoldingStore(migrated)
    events_topic, classes_topic = settings.topic(Topics.EVENTS.name), settings.topic(Topics.CLASSIFICATIONS.name)

    async def scenario() -> IngestStats:
        await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            await (await producer.send(events_topic, encode(failed)))
            await (await producer.send(classes_topic, encode(verdict)))
        finally:
            await producer.stop()
        stats = IngestStats()
        stop = asyncio.Event()
        task = asyncio.create_task(run_ingest(settings, store=store, stop=stop, stats=stats))
        deadline = asyncio.get_running_loop().time() + 60
        while migrated.query_value("SELECT count() FROM error_classifications") < 1:
            if task.done():
                task.result()
            assert asyncio.get_running_loop().time() < deadline, stats
            await asyncio.sleep(0.05)
        # Stored while the events' insert is still held: the lanes do not wait for each other.
        assert store.held.is_set() and not store.release.is_set()
        assert migrated.query_value("SELECT count() FROM taskrun_events") == 0
        while (await committed(settings, classes_topic)).get(0, 0) < 1:
            assert asyncio.get_running_loop().time() < deadline, stats
            await asyncio.sleep(0.1)
        assert (await committed(settings, events_topic)).get(0, 0) == 0  # its row is not stored yet
        store.release.set()
        while migrated.query_value("SELECT count() FROM taskrun_events") < 1:
            assert asyncio.get_running_loop().time() < deadline, stats
            await asyncio.sleep(0.05)
        stop.set()
        await task
        assert (await committed(settings, events_topic)).get(0, 0) == 1
        return stats

    stats = asyncio.run(scenario())
    assert (stats.written, stats.duplicates, stats.quarantined) == (2, 0, 0)
    (row,) = migrated.query_rows("SELECT failed_event_id, category FROM error_classifications")
    assert (row["failed_event_id"], row["category"]) == (failed.event_id, verdict.category)


def test_a_rebalance_during_a_flush_leaves_the_revoked_partitions_uncommitted_and_the_sink_running(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    """A second pipeline worker joins the sink's group while a flush is in flight (scaling out under load).

    The flush ends after the rebalance took one of its partitions away: its rows are stored,
    the partition it kept is committed, the revoked one is not (its new owner reads it again),
    and the sink goes on. It used to commit the revoked partition too, which aiokafka refuses
    (``IllegalStateError``), and the pipeline process exited.
    """
    settings = Settings(
        app_id=f"rb-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"rb{unique}.", "partitions": 2},
        clickhouse={"database": database},
    )
    store = HoldingStore(migrated)
    events_topic = settings.topic(Topics.EVENTS.name)
    published = [
        TaskRunEvent(
            run_id=f"rb-{n}", root_run_id=f"rb-{n}", operation="op", service="svc", status=TaskRunStatus.FAILED
        )
        for n in range(20)
    ]

    async def scenario() -> dict[int, int]:
        await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            for n, event in enumerate(published):  # both partitions get records
                await (await producer.send(events_topic, encode(event), partition=n % 2))
        finally:
            await producer.stop()
        stats = IngestStats()
        stop = asyncio.Event()
        task = asyncio.create_task(run_ingest(settings, store=store, stop=stop, stats=stats))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 90
        while not store.held.is_set():  # a flush covering both partitions is in flight
            if task.done():
                task.result()
            assert loop.time() < deadline, stats
            await asyncio.sleep(0.05)
        other = AIOKafkaConsumer(
            events_topic,
            bootstrap_servers=kafka_bootstrap,
            group_id=f"{settings.app_id}-sink",
            enable_auto_commit=False,
        )
        await other.start()
        try:
            while not other.assignment():  # the rebalance gave the newcomer one of the sink's partitions
                assert loop.time() < deadline, "the second member never got a partition"
                await other.getmany(timeout_ms=200)
            taken = {tp.partition for tp in other.assignment()}
            store.release.set()
            while migrated.query_value("SELECT count() FROM taskrun_events") < len(published):
                if task.done():
                    task.result()  # the defect: IllegalStateError from the commit of a revoked partition
                assert loop.time() < deadline, stats
                await asyncio.sleep(0.05)
            offsets = await committed(settings, events_topic)
            while min(offset for p, offset in offsets.items() if p not in taken) < len(published) // 2:
                if task.done():
                    task.result()
                assert loop.time() < deadline, offsets
                await asyncio.sleep(0.1)
                offsets = await committed(settings, events_topic)
            assert not task.done()
        finally:
            await other.stop()
        stop.set()
        await task
        return {p: offset for p, offset in offsets.items() if p in taken}

    uncommitted = asyncio.run(scenario())
    assert uncommitted == dict.fromkeys(uncommitted, 0)  # the revoked partition: nothing committed by the sink
    assert migrated.query_value("SELECT count() FROM taskrun_events") == len(published)


def test_a_quarantined_record_is_stored_scrubbed_of_secrets(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    """A record the contract refuses keeps its first bytes and the refusal's text in ``quarantine``.

    Records from producers other than the SDK (and commands, which keep their input whole for the
    runner) arrive unscrubbed: the row holds them scrubbed, as every other table does; the record on
    the quarantine topic keeps them whole for whoever must repair it.
    """
    settings = failing_store_settings(kafka_bootstrap, database, unique)
    values = events()[:10]
    leaky = (
        b'{"event_id":"q-1","run_id":"r","root_run_id":"r","operation":"op","status":"failed",'
        b'"occurred_at":"2026-11-23T08:00:00Z","service":7,'
        b'"error_message":"cannot reach postgres://app:Zq9-url@db/app",'
        b'"input_dump":"api_key=Zq9-kv","labels":{"auth":"Bearer Zq9-bearer-token"}}'
    )
    values[4] = leaky
    asyncio.run(ensure_topics(settings))
    positions = asyncio.run(publish_at(settings, values))

    def settled() -> bool:
        return migrated.query_value("SELECT count() FROM quarantine") == 1 and (
            migrated.query_value("SELECT count() FROM taskrun_events") == 9
        )

    asyncio.run(ingest_until(settings, migrated, settled))
    (row,) = migrated.query_rows("SELECT * FROM quarantine")
    assert (row["source_partition"], row["source_offset"]) == positions[4]
    assert row["reason"] == "invalid_fields" and "service" in row["detail"]
    text = " ".join(str(value) for value in row.values())
    assert "Zq9" not in text, text
    assert '"event_id":"q-1"' in row["raw_prefix"] and "***REDACTED***" in row["raw_prefix"]
