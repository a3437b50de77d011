"""The breaker feed's refused inputs are sent again alone (halved if need be); an event none can carry is quarantined.

The feed sends one input per dependency per fetched batch, and its producer batches them up to a
request's size; Kafka refuses a whole batch over its limit (Apache Kafka's ``message.max.bytes``):
valid events naming many long dependency names in one fetch are enough. The refusal raised out of
the feed, which stopped uncommitted, and stopped again on the same batch at every start. Now the
inputs are taken alone, an input still refused is halved down to one event, and an event whose
one-event input Kafka still refuses gets one ``refused_by_kafka`` quarantine record; the feed
commits and goes on.

The broker's limit is a relay in front of Tansu (:class:`NetCut`): requests over ``LIMIT`` bytes
are refused as too large (a batch of the inputs, never one alone), and every request holding an
input of the poison dependency (its name and an input's ``"counted":``) is refused as too large too
(alone or not; its events' quarantine records hold its name but no ``"counted":``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.breakers import BreakerStats, breaker_configs, run_breaker_feed
from errorflow.schemas import decode, encode
from errorflow.schemas.breakers import BreakerInput
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.breaker_support import committed_offsets, outcome_event
from tests.integration.conftest import _stack_settings
from tests.integration.netcut import NetCut, broker_behind_a_cut
from tests.integration.test_refused_derived import read, until

pytestmark = pytest.mark.integration

LIMIT = 8_000
"""Over one input or one quarantine record (about 2 kB and 6 kB here), under a batch of the good inputs (20 kB)."""
MESSAGE_TOO_LARGE = 10
GOOD = [f"good-{i}-" + "d" * 900 for i in range(10)]
POISON = "poison-" + "p" * 900


async def _produce(settings: Settings, dependencies: list[str]) -> list[int]:
    """One failed call of each dependency on partition 0 of the events topic; their offsets."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        topic = settings.topic(Topics.EVENTS.name)
        sent = [
            await producer.send_and_wait(topic, encode(outcome_event(dep, ok=False)), key=b"k", partition=0)
            for dep in dependencies
        ]
    finally:
        await producer.stop()
    return [int(meta.offset) for meta in sent]


async def _feed(relay: NetCut, settings: Settings) -> tuple[BreakerStats, list[int], list[int]]:
    await ensure_topics(settings)
    offsets = await _produce(settings, [*GOOD, POISON, POISON])
    relay.limit(LIMIT)
    relay.refuse(POISON.encode(), b'"counted":', error_code=MESSAGE_TOO_LARGE)
    stats, stop = BreakerStats(), asyncio.Event()
    task = asyncio.create_task(run_breaker_feed(settings, configs=breaker_configs(settings), stop=stop, stats=stats))
    await until(lambda: stats.events_quarantined == 2, task, "the poison events quarantined")
    after = await _produce(settings, ["after-refusal"])
    await until(lambda: stats.events == len(offsets) + 1, task, "the event after them read")
    stop.set()
    await task
    return stats, offsets[-2:], after


def test_refused_breaker_inputs_are_taken_alone_and_an_event_none_can_carry_is_quarantined(tmp_path: Path) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _stack_settings(relay.bootstrap, tmp_path / "data")
        stats, poison_offsets, _ = asyncio.run(_feed(relay, settings))
        inputs = [decode(v, BreakerInput) for v in asyncio.run(read(settings, Topics.BREAKER_INPUTS, expect=11))]
        quarantined = [decode(v, QuarantineRecord) for v in asyncio.run(read(settings, Topics.QUARANTINE, expect=2))]
        events_topic = settings.topic(Topics.EVENTS.name)
        committed = asyncio.run(committed_offsets(settings, f"{settings.app_id}-breaker-feed", events_topic))
    assert relay.refused > 0
    assert stats.inputs_taken_alone >= 1, "a batch refused as a whole was sent again alone"
    counted: dict[str, int] = {}
    for item in inputs:
        counted[item.dependency] = counted.get(item.dependency, 0) + item.failures
    assert counted == {**dict.fromkeys(GOOD, 1), "after-refusal": 1}, "each good event counted once, none lost"
    assert sorted(q.source_offset for q in quarantined) == poison_offsets
    assert {(q.detected_by, q.reason, q.source_topic, q.source_partition) for q in quarantined} == {
        ("breaker-feed", "refused_by_kafka", events_topic, 0)
    }
    assert all("MessageSizeTooLarge" in q.detail for q in quarantined)
    assert all(done >= end for done, end in committed.values()), f"the feed committed its batches: {committed}"
