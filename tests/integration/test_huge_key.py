"""A record whose key is huge is quarantined once, and the records behind it are stored.

A key may be as large as the broker takes. The quarantine record of a malformed record copied
its key whole, twice (as its own Kafka key and in its ``key`` field, each byte that is not UTF-8
as a 3-byte replacement character): for a 300 kB key of such bytes, a record of about 1.8 MB,
which Apache Kafka refuses (``message.max.bytes``, 1 MiB by default). The sink, which publishes
a batch's quarantine records before it commits the batch, then stopped on that record at every
start, and nothing behind it was ever stored. Tansu takes records of any size, so the broker's
limit is a relay in front of it that answers larger produce requests with MESSAGE_TOO_LARGE.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.ids import new_id
from errorflow.schemas.quarantine import KEY_PREFIX_BYTES
from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack, _stack_settings
from tests.integration.helpers import wait_for
from tests.integration.netcut import broker_behind_a_cut

pytestmark = pytest.mark.integration

KAFKA_DEFAULT_LIMIT = 1_048_588
"""Apache Kafka's default ``message.max.bytes``."""


def _produce(settings: Settings, records: list[tuple[bytes | None, bytes]]) -> list[int]:
    async def produce() -> list[int]:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, max_request_size=4 * 2**20)
        await producer.start()
        try:
            sent = [
                await producer.send_and_wait(settings.topic(Topics.EVENTS.name), value, key=key, partition=0)
                for key, value in records
            ]
        finally:
            await producer.stop()
        return [metadata.offset for metadata in sent]

    return asyncio.run(produce())


def test_a_malformed_record_with_a_huge_key_is_quarantined_once_and_holds_up_nothing(tmp_path: Path) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        relay.limit(KAFKA_DEFAULT_LIMIT)
        settings = _stack_settings(relay.bootstrap, tmp_path / "stack")
        stack = EmbeddedStack(settings)
        stack.start(ready_timeout_s=120)
        try:
            running = RunningStack(stack, settings)
            huge_key = b"\xff" * 300_000
            (offset,) = _produce(settings, [(huge_key, b'{"not": "an event"')])
            where = f"source_topic = '{settings.topic(Topics.EVENTS.name)}' AND source_offset = {offset}"
            wait_for(
                lambda: running.value(f"SELECT count() FROM {{db}}.quarantine WHERE {where}"),
                timeout_s=90,
                what="the record quarantined",
            )
            # The pipeline goes on: an event behind the record is stored.
            run_id = new_id()
            event = TaskRunEvent(
                run_id=run_id, root_run_id=run_id, operation="after", service="it-key", status=TaskRunStatus.SUCCESS
            )
            _produce(settings, [(event.key, encode(event))])
            wait_for(
                lambda: running.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE run_id = '{run_id}'"),
                timeout_s=90,
                what="the event behind the record stored",
            )
            rows = running.rows(
                f"SELECT reason, length(key) AS key_bytes, raw_size FROM {{db}}.quarantine WHERE {where}"
            )
        finally:
            stack.stop()
    assert rows == [{"reason": "invalid_json", "key_bytes": 3 * KEY_PREFIX_BYTES, "raw_size": 18}]
