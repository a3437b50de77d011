"""Huge keys and ids: the record is quarantined once, and the pipeline goes on.

A key may be as large as the broker takes. The quarantine record of a malformed record copied
its key whole, twice (as its own Kafka key and in its ``key`` field, each byte that is not UTF-8
as a 3-byte replacement character): for a 300 kB key of such bytes, a record of about 1.8 MB,
which Apache Kafka refuses (``message.max.bytes``, 1 MiB by default). The sink, which publishes
a batch's quarantine records before it commits the batch, then stopped on that record at every
start, and nothing behind it was ever stored. Tansu takes records of any size, so the broker's
limit is a relay in front of it that answers larger produce requests with MESSAGE_TOO_LARGE.

An event's ids are copied by every record derived from it, several times: a failed event with a
330 kB run id (under ``kafka.max_message_bytes``) made the recovery agent's records larger than
the broker takes, and the pipeline process exited on it at every start. The contract now bounds
ids and names (``NAME_MAX``): such an event is quarantined, naming the field.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.events import NAME_MAX
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


@contextlib.contextmanager
def _stack_behind_a_broker_limit(tmp_path: Path) -> Iterator[RunningStack]:
    """A pipeline worker whose broker refuses produce requests over Apache Kafka's default limit."""
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        relay.limit(KAFKA_DEFAULT_LIMIT)
        settings = _stack_settings(relay.bootstrap, tmp_path / "stack")
        stack = EmbeddedStack(settings)
        stack.start(ready_timeout_s=120)
        try:
            yield RunningStack(stack, settings)
        finally:
            stack.stop()


def _stored(running: RunningStack) -> str:
    """Publish a successful event and wait until it is stored: the pipeline goes on. Returns its run id."""
    run_id = new_id()
    event = TaskRunEvent(
        run_id=run_id, root_run_id=run_id, operation="after", service="it-key", status=TaskRunStatus.SUCCESS
    )
    _produce(running.settings, [(event.key, encode(event))])
    wait_for(
        lambda: running.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE run_id = '{run_id}'"),
        timeout_s=90,
        what="an event published after the record stored",
    )
    return run_id


def _quarantined(running: RunningStack, key: bytes | None, raw: bytes, columns: str) -> list[dict[str, Any]]:
    """Publish one record, wait for its quarantine row and for an event published after it; its rows' ``columns``."""
    (offset,) = _produce(running.settings, [(key, raw)])
    where = f"source_topic = '{running.topic(Topics.EVENTS.name)}' AND source_offset = {offset}"
    wait_for(
        lambda: running.value(f"SELECT count() FROM {{db}}.quarantine WHERE {where}"),
        timeout_s=90,
        what="the record quarantined",
    )
    _stored(running)
    return running.rows(f"SELECT {columns} FROM {{db}}.quarantine WHERE {where}")


def test_a_malformed_record_with_a_huge_key_is_quarantined_once_and_holds_up_nothing(tmp_path: Path) -> None:
    with _stack_behind_a_broker_limit(tmp_path) as running:
        columns = "reason, length(key) AS key_bytes, raw_size"
        rows = _quarantined(running, b"\xff" * 300_000, b'{"not": "an event"', columns)
    assert rows == [{"reason": "invalid_json", "key_bytes": 3 * KEY_PREFIX_BYTES, "raw_size": 18}]


def test_a_failure_whose_run_id_is_huge_is_quarantined_naming_it_and_the_pipeline_goes_on(tmp_path: Path) -> None:
    with _stack_behind_a_broker_limit(tmp_path) as running:
        run_id = "r" * 330_000
        failed = TaskRunEvent(
            run_id="r",
            root_run_id="r",
            operation="big",
            service="it-key",
            status=TaskRunStatus.FAILED,
            error_type="builtins.TimeoutError",
            error_message="timed out",
            channel="direct",
        )
        raw = orjson.dumps(orjson.loads(encode(failed)) | {"run_id": run_id, "root_run_id": run_id})
        assert len(raw) < running.settings.kafka.max_message_bytes
        rows = _quarantined(running, None, raw, "reason, detail")
        assert running.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE length(run_id) > {NAME_MAX}") == 0
    assert len(rows) == 1 and rows[0]["reason"] == "invalid_fields"
    assert "run_id" in rows[0]["detail"] and f"at most {NAME_MAX} characters" in rows[0]["detail"]
