"""Which inputs a batch's delivery outcomes quarantine (:func:`errorflow.streams.derived.refused_inputs`)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from aiokafka import errors as kafka
from aiokafka.structs import TopicPartition

from errorflow.schemas import decode
from errorflow.schemas.quarantine import KEY_PREFIX_BYTES, RAW_PREFIX_BYTES, REFUSED_BY_KAFKA, QuarantineRecord
from errorflow.streams.derived import Origin, QuarantineRefused, refused_at_send, refused_inputs

EVENTS = TopicPartition("events", 0)


def consumed(offset: int, value: bytes = b"{}", key: bytes | None = b"k") -> SimpleNamespace:
    return SimpleNamespace(offset=offset, key=key, value=value)


def out(tp: TopicPartition, message: SimpleNamespace, topic: str, size: int) -> Origin:
    """The origin of a derived record of ``size`` bytes on ``topic``."""
    return (tp, message, topic, b"key", b"v" * size, None)


def test_a_batch_delivered_whole_quarantines_nothing() -> None:
    first, second = consumed(1), consumed(2)
    origins = [out(EVENTS, first, "dlq", 10), out(EVENTS, second, "recovery", 20)]
    assert refused_inputs(origins, [object(), object()]) == []


def test_an_input_with_refused_records_is_named_once_with_its_first_refused_record() -> None:
    good, bad = consumed(1), consumed(2)
    origins = [out(EVENTS, good, "actions", 10), out(EVENTS, bad, "actions", 30), out(EVENTS, bad, "dlq", 2_000_000)]
    origins.append(out(EVENTS, bad, "alerts", 2_000_001))
    outcomes = [object(), object(), kafka.MessageSizeTooLargeError(), kafka.MessageSizeTooLargeError()]
    (refused,) = refused_inputs(origins, outcomes)
    assert (refused.tp, refused.message) == (EVENTS, bad)
    assert [(topic, len(value)) for topic, _, value, _ in refused.records] == [
        ("dlq", 2_000_000),
        ("alerts", 2_000_001),
    ]
    assert refused.detail.startswith("its dlq record (2000000 bytes) refused for good by Kafka: MessageSizeTooLarge")
    assert refused.detail.endswith("(and 1 more of its records)")


def test_a_failure_another_try_may_get_past_is_raised_and_nothing_is_quarantined() -> None:
    bad, late = consumed(1), consumed(2)
    origins = [out(EVENTS, bad, "dlq", 5), out(EVENTS, late, "dlq", 5)]
    timeout = kafka.KafkaTimeoutError()
    with pytest.raises(kafka.KafkaTimeoutError):
        refused_inputs(origins, [kafka.MessageSizeTooLargeError(), timeout])


def test_inputs_of_two_partitions_at_one_offset_are_two_inputs() -> None:
    other = TopicPartition("events", 1)
    origins = [out(EVENTS, consumed(5), "dlq", 5), out(other, consumed(5), "dlq", 5)]
    refused = refused_inputs(origins, [kafka.RecordTooLargeError(), kafka.RecordTooLargeError()])
    assert [(r.tp, r.message.offset) for r in refused] == [(EVENTS, 5), (other, 5)]


def test_the_quarantine_record_names_the_input_and_is_small() -> None:
    huge = consumed(7, value=b"v" * 3_000_000, key=b"k" * 100_000)
    (refused,) = refused_inputs([out(EVENTS, huge, "dlq", 3_000_100)], [kafka.MessageSizeTooLargeError()])
    record = refused.record(detected_by="recovery")
    assert (record.quarantine_id, record.reason, record.detected_by) == ("events:0:7", REFUSED_BY_KAFKA, "recovery")
    assert record.raw_size == 3_000_000 and len(record.raw_prefix) == RAW_PREFIX_BYTES
    assert record.key is not None and len(record.key) == KEY_PREFIX_BYTES
    assert "its dlq record (3000100 bytes)" in record.detail


def test_a_refusal_at_send_becomes_a_failed_future_and_a_timeout_is_raised() -> None:
    async def check() -> None:
        future = refused_at_send(kafka.MessageSizeTooLargeError("too big"))
        (outcome,) = await asyncio.gather(future, return_exceptions=True)
        assert isinstance(outcome, kafka.MessageSizeTooLargeError)
        with pytest.raises(kafka.KafkaTimeoutError):
            refused_at_send(kafka.KafkaTimeoutError())

    asyncio.run(check())


class FakeProducer:
    """Takes records up to ``limit`` bytes and refuses larger ones (MESSAGE_TOO_LARGE), as a broker would."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sent: list[tuple[str, bytes]] = []
        self.started = self.stopped = 0

    async def start(self) -> None:
        self.started += 1

    async def stop(self) -> None:
        self.stopped += 1

    async def send(self, topic: str, value: bytes, **_: object) -> asyncio.Future[None]:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if len(value) > self.limit:
            future.set_exception(kafka.MessageSizeTooLargeError())
        else:
            self.sent.append((topic, value))
            future.set_result(None)
        return future


def test_a_record_refused_in_a_batch_but_taken_alone_quarantines_nothing_and_the_others_once() -> None:
    main, alone = FakeProducer(10_000), FakeProducer(1_000)
    counted: list[int] = []
    quarantine = QuarantineRefused(
        main, "quarantine", alone=lambda: alone, detected_by="classifier", timeout_s=5, counted=counted.append
    )
    beside, bad = consumed(1), consumed(2)
    refused = refused_inputs(
        [out(EVENTS, beside, "classifications", 500), out(EVENTS, bad, "classifications", 5_000)],
        [kafka.MessageSizeTooLargeError(), kafka.MessageSizeTooLargeError()],
    )

    async def run() -> None:
        await quarantine(refused)
        await quarantine.close()

    asyncio.run(run())
    assert [(topic, len(value)) for topic, value in alone.sent] == [("classifications", 500)]  # taken alone
    (quarantined,) = [decode(value, QuarantineRecord) for topic, value in main.sent if topic == "quarantine"]
    assert (quarantined.source_offset, quarantined.reason) == (2, REFUSED_BY_KAFKA)
    assert counted == [1] and (alone.started, alone.stopped) == (1, 1)
