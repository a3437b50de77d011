"""Records the contract refuses never count as calls of a dependency, however they name it.

A plain producer publishes, on one partition, six records that name the ``ledger``
dependency and a ``failed`` status but that the contract refuses (no run, a wrong
type in a field the breaker feed does not read, an unknown schema version, a field
the contract does not have, a null where a name is required, too many bytes), then
one valid failure and three valid successes. The sink quarantines the six and
stores the four; the breaker feed's inputs count the four alone (one failure in
four calls, under ``ledger``'s threshold), where the six would have opened it.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.schemas.breakers import BreakerInput
from errorflow.schemas.codec import decode, encode
from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.breaker_support import breaker_settings, breaker_stack, outcome_event, transitions
from tests.integration.helpers import wait_for

pytestmark = pytest.mark.integration

KEY = b"ledger-garbage"


async def _produce(settings: Settings, values: list[bytes]) -> list[int]:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, max_request_size=4 * 2**20)
    await producer.start()
    try:
        sent = [await producer.send_and_wait(settings.topic(Topics.EVENTS.name), v, key=KEY) for v in values]
    finally:
        await producer.stop()
    return [meta.offset for meta in sent]


async def _inputs(settings: Settings) -> list[BreakerInput]:
    consumer = AIOKafkaConsumer(
        settings.topic(Topics.BREAKER_INPUTS.name),
        bootstrap_servers=settings.kafka.bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    items: list[BreakerInput] = []
    try:
        while batches := await consumer.getmany(timeout_ms=1000):
            items += [decode(m.value, BreakerInput) for messages in batches.values() for m in messages]
    finally:
        await consumer.stop()
    return items


def _named(inputs: list[BreakerInput]) -> list[int]:
    """The offsets the inputs count (each part's offsets are delta-encoded)."""
    return [offset for item in inputs for part in item.counted for offset in itertools.accumulate(part.offsets)]


def test_garbage_naming_a_dependency_does_not_count_towards_its_breaker(kafka_bootstrap: str, tmp_path: Path) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack")
    failed = orjson.loads(encode(outcome_event("ledger", ok=False)))
    garbage = [
        orjson.dumps({"dependency": "ledger", "status": "failed", "execution_time_s": 0.01}),
        orjson.dumps(failed | {"event_id": "g2", "attempt": "first"}),
        orjson.dumps(failed | {"event_id": "g3", "schema_version": 99}),
        orjson.dumps(failed | {"event_id": "g4", "colour": "red"}),
        orjson.dumps(failed | {"event_id": "g5", "operation": None}),
        orjson.dumps(failed | {"event_id": "g6", "error_traceback": "x" * (settings.kafka.max_message_bytes + 1)}),
    ]
    valid = [encode(outcome_event("ledger", ok=False))] + [encode(outcome_event("ledger", ok=True)) for _ in range(3)]
    with breaker_stack(settings) as stack:
        offsets = asyncio.run(_produce(settings, garbage + valid))
        wait_for(
            lambda: (
                stack.value("SELECT count() FROM {db}.taskrun_events WHERE dependency = 'ledger'") == 4
                and stack.value("SELECT count() FROM {db}.quarantine") == 6
            ),
            timeout_s=90,
            what="the four valid events stored and the six records quarantined",
        )

        def counted() -> list[BreakerInput]:
            inputs = [item for item in asyncio.run(_inputs(settings)) if item.dependency == "ledger"]
            return inputs if offsets[-1] in _named(inputs) else []

        inputs = wait_for(counted, timeout_s=90, what="the feed's inputs counting the last valid event")
        assert (sum(i.failures for i in inputs), sum(i.successes for i in inputs)) == (1, 3)
        assert sorted(_named(inputs)) == offsets[len(garbage) :]
        assert transitions(stack, "ledger") == []
