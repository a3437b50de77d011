"""The confluent-kafka emitter sets aside what can never be sent and returns what may go later (stub, no I/O)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import confluent_kafka
import orjson
import pytest
from confluent_kafka import KafkaError, KafkaException

from errorflow.sdk import confluent, resolver
from errorflow.sdk.confluent import ConfluentEmitter
from errorflow.sdk.emitter import KafkaEmitter
from errorflow.sdk.spool import SpoolRecord


class _Message:
    def __init__(self, topic: str, value: bytes, key: bytes | None) -> None:
        self._topic, self._value, self._key = topic, value, key

    def topic(self) -> str:
        return self._topic

    def value(self) -> bytes:
        return self._value

    def key(self) -> bytes | None:
        return self._key


class StubProducer:
    """librdkafka's shape: produce() queues or raises; flush() reports failed deliveries to the callback."""

    def __init__(self, emitter: ConfluentEmitter) -> None:
        self.emitter = emitter
        self.accepted: list[bytes] = []
        self.queued: list[_Message] = []
        self.full_once = True

    def produce(self, topic: str, value: bytes, key: bytes | None = None) -> None:
        if value == b"refused-at-produce":
            raise KafkaException(KafkaError(KafkaError.MSG_SIZE_TOO_LARGE))
        if value == b"queue-full" and self.full_once:
            self.full_once = False
            raise BufferError("local queue full")
        if value == b"broker-away-at-produce":
            raise KafkaException(KafkaError(KafkaError._TRANSPORT))
        self.queued.append(_Message(topic, value, key))

    def poll(self, timeout: float) -> int:
        return 0

    def flush(self, timeout: float) -> int:
        for message in self.queued:
            if message.value() == b"refused-by-broker":
                self.emitter._delivered(KafkaError(KafkaError.MSG_SIZE_TOO_LARGE), message)
            elif message.value() == b"timed-out":
                self.emitter._delivered(KafkaError(KafkaError._MSG_TIMED_OUT), message)
            else:
                self.accepted.append(message.value())
        self.queued = []
        return 0

    def purge(self) -> None:
        self.queued = []


@pytest.fixture
def emitter(tmp_path: Path) -> Iterator[ConfluentEmitter]:
    kafka = ConfluentEmitter(bootstrap=None, spool_dir=tmp_path / "spool", max_record_bytes=1024)
    kafka._failures = []
    yield kafka
    kafka.close(timeout_s=1)


def _records(*values: bytes) -> list[SpoolRecord]:
    return [SpoolRecord("t", f"run-{index}".encode(), value) for index, value in enumerate(values)]


def _send(emitter: ConfluentEmitter, producer: Any, batch: list[SpoolRecord]) -> list[SpoolRecord]:
    result: list[SpoolRecord] = asyncio.run(emitter._send(producer, batch))
    return result


def test_records_refused_for_good_are_set_aside_and_the_rest_sent(emitter: ConfluentEmitter) -> None:
    producer = StubProducer(emitter)
    batch = _records(b"a", b"x" * 2000, b"refused-at-produce", b"b", b"refused-by-broker", b"queue-full", b"c")
    assert _send(emitter, producer, batch) == []
    assert producer.accepted == [b"a", b"b", b"queue-full", b"c"], "other runs' records are sent, in order"
    assert emitter.sent == 4 and emitter.set_aside == 3
    kept = (emitter.spool.path / "set-aside" / "records.jsonl").read_bytes().splitlines()
    assert [orjson.loads(line)["k"] for line in kept] == ["run-1", "run-2", "run-4"]


def test_a_delivery_that_timed_out_is_returned_to_be_spooled(emitter: ConfluentEmitter) -> None:
    producer = StubProducer(emitter)
    batch = _records(b"a", b"timed-out", b"b")
    assert _send(emitter, producer, batch) == [batch[1]]
    assert producer.accepted == [b"a", b"b"] and emitter.sent == 2 and emitter.set_aside == 0


def test_broker_trouble_at_produce_returns_the_record_and_those_after_it(emitter: ConfluentEmitter) -> None:
    producer = StubProducer(emitter)
    batch = _records(b"a", b"broker-away-at-produce", b"b")
    assert _send(emitter, producer, batch) == batch[1:]
    assert producer.accepted == [b"a"] and emitter.sent == 1


def test_spool_drain_sets_aside_what_can_never_be_sent(emitter: ConfluentEmitter) -> None:
    emitter.spool.append(_records(b"a", b"refused-by-broker", b"b"))
    producer = StubProducer(emitter)
    assert asyncio.run(emitter._drain_spool(producer)) is True
    assert producer.accepted == [b"a", b"b"] and not emitter.spool.pending()


class SilentProducer(StubProducer):
    """librdkafka when the wait ends with records unacknowledged: no report yet, and none served by the purge.

    Only failures are reported (``delivery.report.only.error``), so a record without a report is either
    delivered or still unknown; here the first ``delivered`` ones are delivered, the rest never reported.
    """

    def __init__(self, emitter: ConfluentEmitter, delivered: int) -> None:
        super().__init__(emitter)
        self.delivered = delivered

    def flush(self, timeout: float) -> int:
        if timeout == 0:  # what is still queued after a purge: its reports not served
            return 0
        refused = [m for m in self.queued if m.value() == b"refused-by-broker"]
        for message in refused:
            self.emitter._delivered(KafkaError(KafkaError.MSG_SIZE_TOO_LARGE), message)
        others = [m for m in self.queued if m not in refused]
        self.accepted.extend(m.value() for m in others[: self.delivered])
        self.queued = others[self.delivered :]
        return len(self.queued)


def test_records_without_an_outcome_within_the_wait_are_all_returned(emitter: ConfluentEmitter) -> None:
    producer = SilentProducer(emitter, delivered=1)
    batch = _records(b"a", b"refused-by-broker", b"b", b"c")
    assert _send(emitter, producer, batch) == [batch[0], batch[2], batch[3]], "sent again: some may be lost"
    assert emitter.sent == 0 and emitter.set_aside == 1


def test_a_segment_drained_without_every_outcome_stays_spooled(emitter: ConfluentEmitter) -> None:
    emitter.spool.append(_records(b"a", b"b", b"c"))
    producer = SilentProducer(emitter, delivered=1)
    assert asyncio.run(emitter._drain_spool(producer)) is False
    assert emitter.spool.pending(), "the segment is kept: its unacknowledged records are sent again"
    _, records = emitter.spool.oldest() or (None, [])
    assert [r.value for r in records] == [b"a", b"b", b"c"]


def test_a_closed_emitter_lets_go_of_its_producer(tmp_path: Path) -> None:
    """Kept, the producer made a cycle with its emitter, freed by a garbage collection, maybe in a forked child."""
    kafka = ConfluentEmitter(bootstrap=None, spool_dir=tmp_path / "spool")
    kafka._producer = StubProducer(kafka)
    kafka.close(timeout_s=5)
    assert kafka._producer is None


def test_a_forked_child_keeps_its_parents_producers_for_good() -> None:
    """librdkafka's threads stay in the parent: a child must never destroy a client made before the fork."""
    made_by_parent = object()
    confluent._LIVE[id(made_by_parent)] = made_by_parent
    try:
        pid = os.fork()
        if pid == 0:  # the child: exits at once, its verdict in its exit code
            kept = any(p is made_by_parent for p in confluent._INHERITED) and not confluent._LIVE
            os._exit(0 if kept else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "the child kept the parent's producer"
        assert confluent._LIVE[id(made_by_parent)] is made_by_parent, "the parent still owns it"
    finally:
        confluent._LIVE.pop(id(made_by_parent), None)


class _AioProducer:
    """aiokafka's shape: send() returns a future of the acknowledgement; stop() closes."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.stopped = False

    async def send(self, topic: str, value: bytes, key: bytes | None = None) -> asyncio.Future[None]:
        self.sent.append(value)
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future

    async def stop(self) -> None:
        self.stopped = True


class _LibrdkafkaProducer:
    """A librdkafka client that answers at once (made only when librdkafka is to be used)."""

    made: ClassVar[list[_LibrdkafkaProducer]] = []

    def __init__(self, config: dict[str, Any]) -> None:
        self.made.append(self)

    def list_topics(self, timeout: float) -> SimpleNamespace:
        return SimpleNamespace(topics={"t": None})  # librdkafka's ClusterMetadata: topics by name


@pytest.fixture
def child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ConfluentEmitter]:
    """An emitter as a forked child builds it (its thread stopped: the test drives its connects)."""
    kafka = ConfluentEmitter(bootstrap=None, spool_dir=tmp_path / "spool")
    kafka.close(timeout_s=5)
    kafka.bootstrap = "127.0.0.1:9"
    monkeypatch.setattr(resolver, "_IMPORTED_IN", -1)  # not this process: a forked child
    _LibrdkafkaProducer.made = []
    monkeypatch.setattr(confluent_kafka, "Producer", _LibrdkafkaProducer)
    aiokafka = _AioProducer()

    async def aiokafka_connect(self: KafkaEmitter) -> Any:
        return aiokafka

    monkeypatch.setattr(KafkaEmitter, "_connect", aiokafka_connect)
    kafka.aiokafka = aiokafka  # type: ignore[attr-defined]  # for the test to look at
    yield kafka
    confluent._LIVE.clear()


def _resolver(monkeypatch: pytest.MonkeyPatch, *, answers: bool) -> list[str]:
    asked: list[str] = []

    async def resolver_answers(bootstrap: str, timeout_s: float) -> bool:
        asked.append(bootstrap)
        return answers

    monkeypatch.setattr(resolver, "resolver_answers", resolver_answers)
    return asked


def test_a_forked_child_whose_resolver_is_locked_produces_with_aiokafka(
    child: ConfluentEmitter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forked while its parent held glibc's resolver lock: a librdkafka client would hang at its first connect."""
    asked = _resolver(monkeypatch, answers=False)
    producer = asyncio.run(child._connect())
    assert producer is child.aiokafka and _LibrdkafkaProducer.made == [], "no librdkafka client is made"
    assert asked == ["127.0.0.1:9"]
    batch = _records(b"a", b"b")
    assert _send(child, producer, batch) == [] and producer.sent == [b"a", b"b"] and child.sent == 2
    asyncio.run(child._drop(producer))
    assert producer.stopped, "stopped as aiokafka's producer"
    assert asyncio.run(child._connect()) is producer and asked == ["127.0.0.1:9"], "looked at once, not per connect"


def test_a_forked_child_whose_resolver_answers_produces_with_librdkafka(
    child: ConfluentEmitter, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _resolver(monkeypatch, answers=True)
    producer = asyncio.run(child._connect())
    assert isinstance(producer, _LibrdkafkaProducer) and asked == ["127.0.0.1:9"]


def test_a_process_not_forked_never_looks(child: ConfluentEmitter, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a fork can leave the lock held: a process that was not forked pays nothing."""
    monkeypatch.setattr(resolver, "_IMPORTED_IN", os.getpid())
    asked = _resolver(monkeypatch, answers=False)
    assert isinstance(asyncio.run(child._connect()), _LibrdkafkaProducer) and asked == []


def test_records_for_a_missing_topic_are_never_produced(emitter: ConfluentEmitter) -> None:
    """librdkafka would ask the broker to create the topic: the record and those after it wait instead."""
    emitter._topics = frozenset({"t"})
    producer = StubProducer(emitter)
    batch = [*_records(b"a", b"timed-out"), SpoolRecord("missing", b"run-9", b"m"), *_records(b"b")]
    assert _send(emitter, producer, batch) == batch[1:], "the failed delivery, then the waiting records, in order"
    assert producer.accepted == [b"a"] and emitter.sent == 1
