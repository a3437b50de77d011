"""Records that can never be sent are set aside; the others in the batch go on (stub producer, no I/O)."""

from __future__ import annotations

import asyncio
import collections
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka.errors import KafkaConnectionError, MessageSizeTooLargeError

from errorflow.sdk.emitter import KafkaEmitter
from errorflow.sdk.spool import SpoolRecord


class StubProducer:
    """Accepts records, refuses some at send (client side) or at acknowledgement (broker side)."""

    def __init__(self) -> None:
        self.accepted: list[bytes] = []

    async def send(self, topic: str, value: bytes, key: bytes | None = None) -> asyncio.Future[Any]:
        if value == b"refused-at-send":
            raise MessageSizeTooLargeError("client says too large")
        if value == b"broker-away":
            raise KafkaConnectionError("gone")
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if value == b"refused-by-broker":
            future.set_exception(MessageSizeTooLargeError("broker says too large"))
        else:
            self.accepted.append(value)
            future.set_result(None)
        return future


@pytest.fixture
def emitter(tmp_path: Path) -> Iterator[KafkaEmitter]:
    kafka = KafkaEmitter(bootstrap=None, spool_dir=tmp_path / "spool", max_record_bytes=1024)
    yield kafka
    kafka.close(timeout_s=1)


def _records(*values: bytes) -> list[SpoolRecord]:
    return [SpoolRecord("t", f"run-{index}".encode(), value) for index, value in enumerate(values)]


def test_records_refused_for_good_are_set_aside_and_the_rest_sent(emitter: KafkaEmitter) -> None:
    producer = StubProducer()
    batch = _records(b"a", b"x" * 2000, b"refused-at-send", b"b", b"refused-by-broker", b"c")
    unsent = asyncio.run(emitter._send(producer, batch))
    assert unsent == []
    assert producer.accepted == [b"a", b"b", b"c"], "other runs' records in the batch are sent"
    assert emitter.sent == 3 and emitter.set_aside == 3
    kept = (emitter.spool.path / "set-aside" / "records.jsonl").read_bytes().splitlines()
    assert [orjson.loads(line)["k"] for line in kept] == ["run-1", "run-2", "run-4"]
    assert not emitter.spool.pending(), "nothing spooled behind a record that can never be sent"


def test_broker_trouble_returns_the_record_and_those_after_it(emitter: KafkaEmitter) -> None:
    producer = StubProducer()
    batch = _records(b"a", b"broker-away", b"b")
    assert asyncio.run(emitter._send(producer, batch)) == batch[1:]
    assert producer.accepted == [b"a"] and emitter.set_aside == 0


def test_a_too_large_record_is_never_spooled(emitter: KafkaEmitter) -> None:
    emitter._spool(_records(b"small", b"y" * 5000))
    oldest = emitter.spool.oldest()
    assert oldest is not None and [r.value for r in oldest[1]] == [b"small"]
    assert emitter.set_aside == 1


def test_spool_drain_sets_aside_what_can_never_be_sent(emitter: KafkaEmitter) -> None:
    emitter.spool.append(_records(b"a", b"refused-by-broker", b"b"))
    producer = StubProducer()
    assert asyncio.run(emitter._drain_spool(producer)) is True
    assert producer.accepted == [b"a", b"b"] and not emitter.spool.pending()


class _WatchedQueue(collections.deque[SpoolRecord]):
    """The emitter's queue, noting what flush() would see as in flight each time a record leaves it."""

    def __init__(self, emitter: KafkaEmitter) -> None:
        super().__init__()
        self.emitter = emitter
        self.in_flight_at_take: list[int] = []

    def popleft(self) -> SpoolRecord:
        self.in_flight_at_take.append(self.emitter._in_flight)
        return super().popleft()


def test_a_batch_is_in_flight_before_its_records_leave_the_queue(emitter: KafkaEmitter) -> None:
    """Else flush() could see an empty queue and nothing in flight while a batch is in the thread's hands only."""
    watched = _WatchedQueue(emitter)
    emitter._queue = watched
    for record in _records(b"a", b"b", b"c"):
        emitter.emit(record.topic, record.key, record.value)
    emitter.flush(timeout_s=30)
    assert emitter.spooled == 3  # no broker: spooled, and flush() waited for it
    assert len(watched.in_flight_at_take) == 3
    assert all(count > 0 for count in watched.in_flight_at_take), watched.in_flight_at_take


def test_the_emitter_outlives_its_spool_directory_removed(tmp_path: Path) -> None:
    """A spool directory removed while the process runs (a tmp cleaner, an operator) is made again: before, the
    OSError of the next append ended the emitter's thread, and every record after it stayed in memory, unsent."""
    directory = tmp_path / "data" / "spool"
    kafka = KafkaEmitter(bootstrap=None, spool_dir=directory)
    try:
        kafka.emit("t", b"k", b"before")
        kafka.flush(timeout_s=30)
        shutil.rmtree(tmp_path / "data")
        kafka.emit("t", b"k", b"after-removal")
        kafka.flush(timeout_s=30)
        assert kafka._thread.is_alive()
        assert kafka.spooled == 2
        found = kafka.spool.oldest()
        assert found is not None and [r.value for r in found[1]] == [b"after-removal"]
    finally:
        kafka.close(timeout_s=1)


def test_records_for_a_missing_topic_wait_with_every_record_after_them(
    emitter: KafkaEmitter, caplog: pytest.LogCaptureFixture
) -> None:
    """Sent, a record for a missing topic would have a broker that auto-creates topics make it with its
    defaults (one partition, no compaction); it waits instead, and the records behind it keep their order."""
    emitter._topics = frozenset({"t"})
    producer = StubProducer()
    batch = [*_records(b"a"), SpoolRecord("missing", b"run-9", b"m"), *_records(b"b")]
    with caplog.at_level("WARNING", logger="errorflow.sdk.emitter"):
        assert asyncio.run(emitter._send(producer, batch)) == batch[1:]
        assert asyncio.run(emitter._send(producer, batch[1:])) == batch[1:]
    assert producer.accepted == [b"a"] and emitter.sent == 1
    said = [r.getMessage() for r in caplog.records if "does not exist" in r.getMessage()]
    assert len(said) == 1 and "topic missing does not exist" in said[0], "said once, until it exists"
    emitter._topics = frozenset({"t", "missing"})
    with caplog.at_level("INFO", logger="errorflow.sdk.emitter"):
        assert asyncio.run(emitter._send(producer, batch[1:])) == []
    assert producer.accepted == [b"a", b"m", b"b"]
    assert any("topic missing exists now" in r.getMessage() for r in caplog.records)


def test_an_emitter_that_has_not_listed_the_topics_tries_every_one(emitter: KafkaEmitter) -> None:
    producer = StubProducer()
    batch = [SpoolRecord("any", b"k", b"a")]
    assert emitter._topics is None and asyncio.run(emitter._send(producer, batch)) == []


class _Recording(KafkaEmitter):
    """Records connects, listings and drops instead of making them (no broker)."""

    listing_fails = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.calls: list[str] = []

    async def _connect(self) -> Any:
        self.calls.append("connect")
        return StubProducer()

    async def _list_topics(self, producer: Any) -> None:
        self.calls.append("list")
        if self.listing_fails:
            raise KafkaConnectionError("gone")

    async def _drop(self, producer: Any) -> None:
        self.calls.append("drop")


@pytest.fixture
def recording(tmp_path: Path) -> Iterator[_Recording]:
    kafka = _Recording(bootstrap=None, spool_dir=tmp_path / "spool")
    yield kafka
    kafka.close(timeout_s=1)


def test_a_producer_held_back_only_by_a_missing_topic_is_kept_and_lists_the_topics_again(
    recording: _Recording,
) -> None:
    """The broker took every other record: a new producer every reconnect interval, for as long as the topic
    never comes, would be a connection a second to the brokers for good."""
    recording._topics = frozenset({"t"})
    producer = StubProducer()

    async def lose_then_reconnect() -> Any:
        recording._producer = producer
        unsent = await recording._send(producer, [*_records(b"a"), SpoolRecord("missing", b"run-9", b"m")])
        assert [record.value for record in unsent] == [b"m"]
        await recording._lose_producer()
        assert recording._producer is None and recording._parked is producer
        return await recording._reconnect()

    assert asyncio.run(lose_then_reconnect()) is producer
    assert recording.calls == ["list"], "listed again on the same producer: none dropped, none made"
    assert recording._parked is None


def test_a_producer_that_failed_for_other_records_too_is_dropped(recording: _Recording) -> None:
    recording._topics = frozenset({"t"})
    producer = StubProducer()

    async def lose() -> None:
        recording._producer = producer
        batch = [*_records(b"broker-away"), SpoolRecord("missing", b"run-9", b"m")]
        assert len(await recording._send(producer, batch)) == 2
        await recording._lose_producer()

    asyncio.run(lose())
    assert recording._parked is None and recording.calls == ["drop"], "broker trouble: a new producer next time"


def test_a_kept_producer_that_cannot_list_the_topics_is_dropped_for_a_new_one(recording: _Recording) -> None:
    recording._parked = StubProducer()
    recording.listing_fails = True
    made = asyncio.run(recording._reconnect())
    assert isinstance(made, StubProducer) and made is not recording._parked
    assert recording.calls == ["list", "drop", "connect"] and recording._parked is None
