"""A failing spool disk (full, I/O errors) neither kills the emitter nor loses what memory can keep.

The disk's failures are injected into the spool's file operations (a write cut
short by ENOSPC, a deletion refused); the broker is a stub. The emitter's real
thread runs: the tests wait for outcomes (records delivered, held, spooled),
never for time.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka.errors import KafkaConnectionError

from errorflow.sdk import emitter as emitter_module
from errorflow.sdk import spool as spool_module
from errorflow.sdk.emitter import KafkaEmitter
from errorflow.sdk.spool import Spool, SpoolRecord

DEADLINE_S = 60.0


class Disk:
    """The spool's disk: its writes fail as a full disk's do (part written, then ENOSPC), its deletions too."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        self.undeletable = False
        write_all = spool_module._write_all
        unlink = Path.unlink

        def failing_write_all(fd: int, data: bytes) -> None:
            if self.full:
                os.write(fd, data[: len(data) // 2])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            write_all(fd, data)

        def failing_unlink(path: Path, missing_ok: bool = False) -> None:
            if self.undeletable and path.suffix == ".sealed":
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            unlink(path, missing_ok=missing_ok)

        monkeypatch.setattr(spool_module, "_write_all", failing_write_all)
        monkeypatch.setattr(Path, "unlink", failing_unlink)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(monkeypatch)


def _record(value: str) -> SpoolRecord:
    return SpoolRecord("t", b"run-1", value.encode())


def _values(found: tuple[Path, list[SpoolRecord]] | None) -> list[bytes]:
    assert found is not None
    return [record.value for record in found[1]]


# -- the spool -------------------------------------------------------------------------------------------------------


def test_a_failed_append_leaves_the_segment_as_it_was(tmp_path: Path, disk: Disk) -> None:
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([_record("a")])
    segment = next(tmp_path.rglob("*.jsonl"))
    before = segment.read_bytes()
    disk.full = True
    with pytest.raises(OSError, match="No space left"):
        spool.append([_record("b"), _record("c")])
    assert segment.read_bytes() == before, "cut back: no torn line, no copy of what the caller keeps"
    disk.full = False
    spool.append([_record("d")])
    assert _values(spool.oldest()) == [b"a", b"d"]


def test_a_line_left_torn_does_not_swallow_the_record_after_it(
    tmp_path: Path, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([_record("a")])
    disk.full = True

    def refuse(fd: int, length: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "ftruncate", refuse)  # the cut back fails too: half a line stays
    with pytest.raises(OSError):
        spool.append([_record("b")])
    disk.full = False
    spool.append([_record("c")])
    assert _values(spool.oldest()) == [b"a", b"c"]


def test_a_sent_segment_that_cannot_be_deleted_is_not_offered_again(tmp_path: Path, disk: Disk) -> None:
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([_record("a")])
    found = spool.oldest()
    assert found is not None
    disk.undeletable = True
    with pytest.raises(PermissionError):
        spool.acknowledge(found[0])
    assert spool.oldest() is None and not spool.pending(), "sent already: never sent again by this process"
    disk.undeletable = False
    spool.append([_record("b")])
    assert _values(spool.oldest()) == [b"b"]
    assert not found[0].exists(), "deleted once the disk lets it"
    spool.close()


def test_a_spool_whose_directory_cannot_be_made_starts_and_fails_its_appends(tmp_path: Path) -> None:
    (tmp_path / "not-a-directory").write_bytes(b"")
    spool = Spool(tmp_path / "not-a-directory" / "spool", max_bytes=10_000_000)  # a real ENOTDIR, no injection
    with pytest.raises(NotADirectoryError):
        spool.append([_record("a")])
    spool.close()


# -- the emitter -----------------------------------------------------------------------------------------------------


class Broker:
    """A stub broker the test turns on and off; it keeps the values it acknowledged, in order."""

    def __init__(self) -> None:
        self.up = False
        self.accepted: list[bytes] = []


class StubProducer:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    async def send(self, topic: str, value: bytes, key: bytes | None = None) -> asyncio.Future[Any]:
        if not self.broker.up:
            raise KafkaConnectionError("the broker went away")
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.broker.accepted.append(value)
        future.set_result(None)
        return future


def _emitter(tmp_path: Path, broker: Broker, **options: Any) -> KafkaEmitter:
    class StubbedEmitter(KafkaEmitter):
        async def _connect(self) -> Any:
            return StubProducer(broker) if broker.up else None

        async def _drop(self, producer: Any) -> None:
            return None

    settings: dict[str, Any] = {
        "reconnect_interval_s": 0.01,
        "flush_interval_s": 0.005,
        "spool_retry_s": 0.01,
        "spool_retry_max_s": 0.05,
    }
    return StubbedEmitter(bootstrap="stub:9092", spool_dir=tmp_path / "spool", **(settings | options))


@pytest.fixture
def broker() -> Broker:
    return Broker()


@pytest.fixture
def emitter(tmp_path: Path, broker: Broker) -> Iterator[KafkaEmitter]:
    kafka = _emitter(tmp_path, broker)
    yield kafka
    broker.up = True
    kafka.close(timeout_s=5)


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.01)


def _sent_all(emitter: KafkaEmitter) -> None:
    """Wait until nothing waits: neither in the queue, nor in memory, nor in the spool."""
    _until(lambda: emitter.flush(timeout_s=1), "everything is sent")


def _emit(emitter: KafkaEmitter, prefix: str, count: int) -> list[bytes]:
    values = [f"{prefix}-{n}".encode() for n in range(count)]
    for value in values:
        emitter.emit("t", b"run-1", value)
    return values


def test_a_full_disk_keeps_records_in_memory_and_the_broker_gets_them_when_back(
    emitter: KafkaEmitter, broker: Broker, disk: Disk
) -> None:
    disk.full = True
    values = _emit(emitter, "r", 50)
    _until(lambda: emitter.held == 50, "every record is held in memory")
    assert emitter.spool_error is not None and "No space left" in emitter.spool_error
    assert emitter.flush(timeout_s=0.2) is False, "held records are neither sent nor spooled"
    assert emitter._thread.is_alive()
    broker.up = True  # the disk is still full: the records go to the broker directly
    _sent_all(emitter)
    assert broker.accepted == values, "every record, once, in order"
    assert emitter.held == 0 and emitter.dropped == 0 and emitter.spooled == 0
    assert emitter._thread.is_alive()
    more = _emit(emitter, "s", 5)
    _sent_all(emitter)
    assert broker.accepted == values + more


def test_held_records_go_to_the_spool_when_the_disk_recovers_and_keep_their_order(
    emitter: KafkaEmitter, broker: Broker, disk: Disk
) -> None:
    first = _emit(emitter, "spooled", 10)
    _until(lambda: emitter.spooled == 10, "the first records are spooled")
    disk.full = True
    second = _emit(emitter, "held", 10)
    _until(lambda: emitter.held == 10, "the next are held")
    third = _emit(emitter, "behind", 10)  # behind the held ones, never before them
    _until(lambda: emitter.held == 20, "and the ones after them too")
    disk.full = False
    _until(lambda: emitter.held == 0 and emitter.spooled == 30, "the held records are spooled, oldest first")
    assert emitter.spool_error is None, "the spool works again"
    broker.up = True
    _sent_all(emitter)
    assert broker.accepted == first + second + third


def test_a_failing_disk_does_not_reorder_what_it_spooled_before(
    emitter: KafkaEmitter, broker: Broker, disk: Disk
) -> None:
    first = _emit(emitter, "spooled", 10)
    _until(lambda: emitter.spooled == 10, "the first records are spooled")
    disk.full = True
    second = _emit(emitter, "held", 10)
    _until(lambda: emitter.held == 10, "the next are held")
    broker.up = True  # writes still fail; the spool is read and drained first
    _sent_all(emitter)
    assert broker.accepted == first + second


def test_records_past_the_memory_bound_are_dropped_counted_and_logged_once(
    tmp_path: Path, broker: Broker, disk: Disk, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(emitter_module, "_DROP_LOG_INTERVAL_S", 3600.0)
    kafka = _emitter(tmp_path, broker, hold_max_bytes=10 * len(b"t" + b"run-1" + b"r-00"))
    try:
        disk.full = True
        with caplog.at_level(logging.ERROR, logger="errorflow.sdk.emitter"):
            values = [f"r-{n:02d}".encode() for n in range(30)]
            for value in values:
                kafka.emit("t", b"run-1", value)
            _until(lambda: kafka.held + kafka.dropped == 30, "every record is held or dropped")
        assert (kafka.held, kafka.dropped) == (10, 20), "the oldest are kept, the newest dropped"
        drops = [r.getMessage() for r in caplog.records if "dropped" in r.getMessage()]
        assert len(drops) == 1 and "No space left" in drops[0], "logged with the reason, rate-limited"
        spool_errors = [r for r in caplog.records if r.getMessage().startswith("errorflow's spool")]
        assert len(spool_errors) == 1, "the spool's failure is logged once while it goes on failing"
        broker.up = True
        _sent_all(kafka)
        assert broker.accepted == values[:10]
    finally:
        broker.up = True
        kafka.close(timeout_s=5)


def test_a_sent_segment_that_cannot_be_deleted_is_sent_once(emitter: KafkaEmitter, broker: Broker, disk: Disk) -> None:
    first = _emit(emitter, "spooled", 10)
    _until(lambda: emitter.spooled == 10, "the records are spooled")
    disk.undeletable = True
    broker.up = True
    _sent_all(emitter)
    assert emitter.spool_error is not None and "deleting" in emitter.spool_error
    second = _emit(emitter, "after", 10)
    _sent_all(emitter)
    assert broker.accepted == first + second, "the undeletable segment is not sent again"


def test_closing_with_held_records_spools_them_when_the_disk_recovered(
    tmp_path: Path, broker: Broker, disk: Disk
) -> None:
    kafka = _emitter(tmp_path, broker, spool_retry_s=3600.0, spool_retry_max_s=3600.0)
    try:
        disk.full = True
        values = _emit(kafka, "r", 5)
        _until(lambda: kafka.held == 5, "the records are held")
        disk.full = False  # within the backoff: only the close tries the spool again
        kafka.close(timeout_s=0.1)
        assert kafka.dropped == 0
        heir = Spool(tmp_path / "spool", max_bytes=10_000_000)
        assert _values(heir.oldest()) == values, "the next process of the service sends them"
        heir.close()
    finally:
        kafka.close(timeout_s=0.1)


def test_closing_with_held_records_and_a_failing_disk_counts_and_logs_them(
    tmp_path: Path, broker: Broker, disk: Disk, caplog: pytest.LogCaptureFixture
) -> None:
    kafka = _emitter(tmp_path, broker)
    try:
        disk.full = True
        _emit(kafka, "r", 5)
        _until(lambda: kafka.held == 5, "the records are held")
        with caplog.at_level(logging.ERROR, logger="errorflow.sdk.emitter"):
            kafka.close(timeout_s=0.1)
    finally:
        kafka.close(timeout_s=0.1)
    assert kafka.dropped == 5 and kafka.held == 0
    assert any("closed with records neither sent nor spooled" in r.getMessage() for r in caplog.records)


def test_a_round_that_raises_does_not_end_the_thread_nor_lose_its_batch(
    emitter: KafkaEmitter, broker: Broker, monkeypatch: pytest.MonkeyPatch
) -> None:
    broker.up = True
    _sent_all(emitter)
    send = emitter._send
    calls = 0

    async def send_once_broken(producer: Any, batch: list[SpoolRecord]) -> list[SpoolRecord]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("a bug")
        return await send(producer, batch)

    monkeypatch.setattr(emitter, "_send", send_once_broken)
    values = _emit(emitter, "r", 10)
    _sent_all(emitter)
    assert broker.accepted == values and emitter._thread.is_alive()


def test_a_spool_that_cannot_be_read_is_passed_by_while_the_broker_answers(
    emitter: KafkaEmitter, broker: Broker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(*args: Any) -> Any:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(emitter.spool, "pending", unreadable)
    monkeypatch.setattr(emitter.spool, "oldest", unreadable)
    broker.up = True
    _until(lambda: emitter._producer is not None, "the emitter is connected")  # else they go to the spool
    values = _emit(emitter, "r", 20)
    _until(lambda: broker.accepted == values, "the records are delivered directly")
    assert emitter.spool_error is not None and "Input/output error" in emitter.spool_error
    assert emitter.held == 0 and emitter._thread.is_alive()


@pytest.mark.parametrize("kind", ["aiokafka", "confluent"])
def test_a_record_set_aside_on_a_failing_disk_is_counted_and_logged(
    tmp_path: Path, disk: Disk, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    from errorflow.sdk.confluent import ConfluentEmitter

    kafka = (ConfluentEmitter if kind == "confluent" else KafkaEmitter)(
        bootstrap=None, spool_dir=tmp_path / "spool", max_record_bytes=16
    )
    try:
        disk.full = True
        with caplog.at_level(logging.ERROR, logger="errorflow.sdk.emitter"):
            assert kafka._set_aside_if_too_large(_record("x" * 100)) is True
        assert kafka.set_aside == 1
        assert any("not kept: the spool failed" in r.getMessage() for r in caplog.records)
    finally:
        kafka.close(timeout_s=1)


def test_records_past_a_full_spool_wait_in_memory_behind_it(tmp_path: Path, broker: Broker) -> None:
    kafka = _emitter(tmp_path, broker, spool_max_bytes=1024)
    try:
        values = [f"{n:03d}".encode() * 10 for n in range(40)]  # about 60 bytes a line on disk
        for value in values:
            kafka.emit("t", b"run-1", value)
            kafka.flush(timeout_s=0.05)  # one at a time: some fit in the spool, the rest wait behind them
        _until(lambda: kafka.spooled + kafka.held == len(values), "every record spooled or held")
        assert kafka.spooled > 0 and kafka.held > 0 and kafka.dropped == 0
        assert kafka.spool_error is not None and "full" in kafka.spool_error
        broker.up = True
        _sent_all(kafka)
        assert broker.accepted == values, "the spool first, then memory: in order"
    finally:
        broker.up = True
        kafka.close(timeout_s=5)


def test_records_are_spooled_while_a_reconnect_waits_on_a_broker_that_does_not_answer(tmp_path: Path) -> None:
    # After the broker went away, a connection attempt against one that does not answer lasts the
    # request timeout; records emitted meanwhile must reach the spool, not wait behind it in memory.
    broker = Broker()
    attempts: list[str] = []

    class SilentBrokerEmitter(KafkaEmitter):
        async def _connect(self) -> Any:
            if not attempts:
                attempts.append("refused")
                return None  # the first attempt: refused at once, the broker is away
            attempts.append("waiting")
            while not broker.up:  # noqa: ASYNC110 - no answer until the test thread turns the broker on
                await asyncio.sleep(0.01)
            return StubProducer(broker)

        async def _drop(self, producer: Any) -> None:
            return None

    emitter = SilentBrokerEmitter(
        bootstrap="stub:9092", spool_dir=tmp_path / "spool", reconnect_interval_s=0.01, flush_interval_s=0.005
    )
    try:
        _emit(emitter, "first", 3)
        emitter.flush(timeout_s=DEADLINE_S)
        _until(lambda: attempts == ["refused", "waiting"], "a reconnect waits on the silent broker")
        values = _emit(emitter, "during", 10)
        assert emitter.flush(timeout_s=DEADLINE_S) is False  # nothing held in memory: all in the spool
        assert emitter.spooled == 13 and broker.accepted == []
        broker.up = True
        _sent_all(emitter)
        assert broker.accepted == [f"first-{n}".encode() for n in range(3)] + values
        assert attempts == ["refused", "waiting"]
    finally:
        broker.up = True
        emitter.close(timeout_s=5)


# -- durability marks ------------------------------------------------------------------------------------------------


def test_a_mark_is_reached_once_its_records_are_sent_not_while_memory_holds_them(
    emitter: KafkaEmitter, broker: Broker, disk: Disk
) -> None:
    disk.full = True
    values = _emit(emitter, "r", 5)
    mark = emitter.mark()
    _until(lambda: emitter.held == 5, "the records are held in memory")
    assert emitter.wait_durable(mark, timeout_s=0.2) is False, "held records are neither sent nor spooled"
    broker.up = True
    assert emitter.wait_durable(mark, timeout_s=DEADLINE_S)
    assert broker.accepted == values


def test_a_mark_is_reached_once_its_records_are_spooled(emitter: KafkaEmitter, disk: Disk) -> None:
    disk.full = True
    _emit(emitter, "r", 5)
    mark = emitter.mark()
    _until(lambda: emitter.held == 5, "the records are held in memory")
    disk.full = False  # the broker stays away
    assert emitter.wait_durable(mark, timeout_s=DEADLINE_S)
    assert emitter.spooled == 5 and emitter.held == 0


def test_a_mark_is_reached_while_other_threads_keep_emitting(emitter: KafkaEmitter, broker: Broker) -> None:
    """flush() waits until nothing at all is in memory; a mark waits for the records before it only."""
    broker.up = True
    _emit(emitter, "first", 1)
    _sent_all(emitter)  # connected: what follows goes to the broker
    stop = threading.Event()
    emitted = [0]

    def busy() -> None:
        while not stop.is_set():
            emitter.emit("t", b"other", b"x")
            emitted[0] += 1

    other = threading.Thread(target=busy)
    other.start()
    try:
        _until(lambda: emitted[0] > 1000, "the other thread emits")
        emitter.emit("t", b"run-1", b"mine")
        mark = emitter.mark()
        assert emitter.wait_durable(mark, timeout_s=DEADLINE_S)
        assert b"mine" in broker.accepted
        assert other.is_alive(), "reached while the other thread still emits"
    finally:
        stop.set()
        other.join()


def test_a_mark_covering_a_dropped_record_is_never_reached(tmp_path: Path, broker: Broker, disk: Disk) -> None:
    kafka = _emitter(tmp_path, broker, hold_max_bytes=10 * len(b"t" + b"run-1" + b"r-00"))
    try:
        disk.full = True
        for n in range(30):
            kafka.emit("t", b"run-1", f"r-{n:02d}".encode())
        lost = kafka.mark()
        _until(lambda: kafka.dropped == 20, "the records past the memory bound are dropped")
        broker.up = True
        _sent_all(kafka)
        assert kafka.wait_durable(lost, timeout_s=0.2) is False, "a dropped record is not durable"
        kafka.emit("t", b"run-1", b"after")
        assert kafka.wait_durable(kafka.mark(), timeout_s=DEADLINE_S), "records after the loss are"
    finally:
        broker.up = True
        kafka.close(timeout_s=5)
