"""Issue 9 item 4: one huge exception message never stops a process's events (real embedded broker).

A 10 MB message is cut on the event, so the run keeps its terminal event and
later events flow. A record that is too large however it got there is set
aside, counted and logged, while the records around it are delivered.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import ConfluentEmitter, KafkaEmitter, configure, operation, shutdown
from errorflow.sdk.runtime import runtime
from errorflow.sdk.spool import SpoolRecord
from errorflow.settings import Settings
from tests.integration.helpers import consume_all, create_topics
from tests.lifecycle import expand

pytestmark = pytest.mark.integration

TEN_MB = 10 * 1024 * 1024
EMITTERS = pytest.mark.parametrize("kind", [KafkaEmitter, ConfluentEmitter], ids=["aiokafka", "confluent"])


def test_a_10mb_message_keeps_its_run_and_blocks_nothing(settings: Settings) -> None:
    # Quick calls send one record each (their terminal event, carrying the lifecycle times).
    settings = settings.model_copy(update={"sdk": settings.sdk.model_copy(update={"lifecycle_after_s": 3600.0})})
    create_topics(settings, "taskruns.events")
    configure(settings, service="it-huge")
    try:

        @operation(name="huge_fail", register=False)
        def huge() -> None:
            raise ValueError("x" * TEN_MB)

        @operation(name="after_huge", register=False)
        def after(n: int) -> int:
            if n % 2:
                raise RuntimeError(f"odd {n}")
            return n

        with pytest.raises(ValueError) as raised:
            huge()
        assert len(str(raised.value)) == TEN_MB, "the caller gets the whole message"
        for n in range(20):
            try:
                after(n)
            except RuntimeError:
                pass
        emitter = runtime().emitter
        assert emitter.flush(30), "everything sent, nothing left in the spool"
        assert isinstance(emitter, KafkaEmitter) and emitter.set_aside == 0
    finally:
        shutdown()

    records = asyncio.run(consume_all(str(settings.kafka.bootstrap), settings.topic("taskruns.events"), expect=21))
    assert all(len(value) <= settings.kafka.max_message_bytes for _, value, _ in records)
    assert len(records) == 21, "one record per quick call"
    events = expand([decode(value, TaskRunEvent) for _, value, _ in records])
    assert len(events) == 63 and len({e.event_id for e in events}) == 63
    huge_events = [e for e in events if e.operation == "huge_fail"]
    assert [e.status for e in huge_events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.FAILED]
    message = huge_events[-1].error_message or ""
    assert message.startswith("xxxx") and message.endswith("characters truncated]")
    assert len(message) == settings.sdk.max_message_chars
    later = [e for e in events if e.operation == "after_huge"]
    assert sorted(e.input_dump["n"] for e in later if e.status is TaskRunStatus.FAILED) == list(range(1, 20, 2))
    assert sorted(e.input_dump["n"] for e in later if e.status is TaskRunStatus.SUCCESS) == list(range(0, 20, 2))


@EMITTERS
def test_a_record_that_can_never_be_sent_is_set_aside_and_the_rest_delivered(
    settings: Settings, tmp_path: Path, kind: type[KafkaEmitter]
) -> None:
    topic = settings.topic("huge.raw")
    create_topics(settings, "huge.raw")
    emitter = kind(
        bootstrap=settings.kafka.bootstrap,
        spool_dir=tmp_path / "spool",
        max_record_bytes=settings.kafka.max_message_bytes,
    )
    try:
        # The huge record sits in the middle of other runs' records, then more follow.
        emitter.emit(topic, b"run-1", b'{"n": 1}')
        emitter.emit(topic, b"run-2", b'{"huge": "' + b"y" * TEN_MB + b'"}')
        emitter.emit(topic, b"run-3", b'{"n": 3}')
        assert emitter.flush(30)
        for n in range(4, 12):
            emitter.emit(topic, f"run-{n}".encode(), orjson.dumps({"n": n}))
        assert emitter.flush(30), "later records are not held behind the huge one"
        assert emitter.set_aside == 1 and emitter.sent == 10
        assert not emitter.spool.pending()
        kept = (tmp_path / "spool" / "set-aside" / "records.jsonl").read_bytes().splitlines()
        assert [orjson.loads(line)["k"] for line in kept] == ["run-2"]
    finally:
        emitter.close(timeout_s=5)

    records = asyncio.run(consume_all(str(settings.kafka.bootstrap), topic, expect=10))
    assert sorted(orjson.loads(value)["n"] for _, value, _ in records) == [1, 3, *range(4, 12)]


@EMITTERS
def test_spooled_records_drain_past_one_that_can_never_be_sent(
    settings: Settings, tmp_path: Path, kind: type[KafkaEmitter]
) -> None:
    """A spool written while the broker was away, holding a too-large record, drains completely."""
    topic = settings.topic("huge.spooled")
    create_topics(settings, "huge.spooled")
    spool_dir = tmp_path / "spool"
    offline = KafkaEmitter(bootstrap=None, spool_dir=spool_dir, max_record_bytes=100 * TEN_MB)
    offline.spool.append(
        [
            SpoolRecord(topic, b"a", b'{"n": 1}'),
            SpoolRecord(topic, b"b", b'{"huge": "' + b"z" * TEN_MB + b'"}'),
            SpoolRecord(topic, b"c", b'{"n": 2}'),
        ]
    )
    offline.close(timeout_s=2)
    emitter = kind(
        bootstrap=settings.kafka.bootstrap, spool_dir=spool_dir, max_record_bytes=settings.kafka.max_message_bytes
    )
    try:
        emitter.emit(topic, b"d", b'{"n": 3}')
        assert emitter.flush(30)
        assert emitter.set_aside == 1 and not emitter.spool.pending()
    finally:
        emitter.close(timeout_s=5)
    records = asyncio.run(consume_all(str(settings.kafka.bootstrap), topic, expect=3))
    assert sorted(orjson.loads(value)["n"] for _, value, _ in records) == [1, 2, 3]
