"""Three watchdogs in one group on the real broker: each holds partition p of the events and the commands topic.

An attempt's events and its command share their key (``root_run_id``), hence their partition
number. The watchdog that times an attempt out must hold its command to send recovery an
``AttemptOutcome``; with aiokafka's default round-robin assignment, three members split them.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from errorflow.agents.watchdog import watchdog_consumer
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics

pytestmark = [pytest.mark.integration]

MEMBERS = 3


async def test_three_watchdogs_hold_the_events_and_commands_of_one_partition_together(settings: Settings) -> None:
    settings = settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"partitions": 4})})
    events, commands = settings.topic(Topics.EVENTS.name), settings.topic(Topics.COMMANDS.name)
    await ensure_topics(settings, [events, commands])
    consumers = [watchdog_consumer(settings) for _ in range(MEMBERS)]
    try:
        for consumer in consumers:
            consumer.subscribe([events, commands])
            await consumer.start()
        deadline = time.monotonic() + 120
        while True:
            await asyncio.gather(*(consumer.getmany(timeout_ms=200) for consumer in consumers))
            held = [{(tp.topic, tp.partition) for tp in consumer.assignment()} for consumer in consumers]
            every = set().union(*held)
            if all(held) and len(every) == 8 and sum(map(len, held)) == 8:
                break  # one stable generation: every partition of both topics held once, every member holds some
            assert time.monotonic() < deadline, f"no stable assignment of three members: {held}"
        for mine in held:
            assert {p for t, p in mine if t == events} == {p for t, p in mine if t == commands}, held
    finally:
        await asyncio.gather(*(consumer.stop() for consumer in consumers))
