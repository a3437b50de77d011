"""ensure_topics on a real broker: it creates what is missing and says when an existing topic has too few partitions."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.embedded.tansu import TansuBroker
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from tests.integration.helpers import topic_partitions

pytestmark = pytest.mark.integration


async def _first_record(bootstrap: str, topic: str) -> None:
    """A service's first record to a topic nobody created: the broker creates it with its own defaults."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await (await producer.send(topic, b"{}"))
    finally:
        await producer.stop()


def test_a_topic_a_producer_created_with_fewer_partitions_is_warned_about_and_left_as_it_is(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with TansuBroker() as broker:
        asyncio.run(_first_record(broker.bootstrap, "early.events"))
        made = topic_partitions(broker.bootstrap, ["early.events"])["early.events"]
        wanted = made + 4
        settings = Settings(kafka={"bootstrap": broker.bootstrap, "partitions": wanted})
        with caplog.at_level(logging.WARNING, logger="errorflow.streams.kafka"):
            asyncio.run(ensure_topics(settings, ["early.events", "fresh.events"]))
        warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
        assert len(warnings) == 1, warnings
        assert f"topic early.events has {made} partition(s), errorflow's settings want {wanted}" in warnings[0]
        # Left as it is (adding partitions moves keys: the operator's call); the missing topic is created as set.
        assert topic_partitions(broker.bootstrap, ["early.events", "fresh.events"]) == {
            "early.events": made,
            "fresh.events": wanted,
        }


def test_topics_that_match_the_settings_are_not_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    with TansuBroker() as broker:
        settings = Settings(kafka={"bootstrap": broker.bootstrap, "partitions": 2})
        asyncio.run(ensure_topics(settings, ["made.here"]))
        fewer = Settings(kafka={"bootstrap": broker.bootstrap, "partitions": 1})  # more than wanted is fine too
        with caplog.at_level(logging.WARNING, logger="errorflow.streams.kafka"):
            asyncio.run(ensure_topics(settings, ["made.here"]))
            asyncio.run(ensure_topics(fewer, ["made.here"]))
        assert [record for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_a_topic_errorflow_compacts_that_a_client_created_first_is_warned_about(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with TansuBroker() as broker:
        settings = Settings(kafka={"bootstrap": broker.bootstrap})
        state = settings.topic("breakers.state")  # the one compacted topic (the breakers' state per dependency)
        asyncio.run(_first_record(broker.bootstrap, state))
        with caplog.at_level(logging.WARNING, logger="errorflow.streams.kafka"):
            asyncio.run(ensure_topics(settings, [state]))
        warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
        assert len(warnings) == 1, warnings
        assert f"topic {state} has cleanup.policy=" in warnings[0] and "wants it compacted" in warnings[0]
        caplog.clear()
        with TansuBroker() as created:  # created by errorflow: compacted, nothing to say
            settings = Settings(kafka={"bootstrap": created.bootstrap})
            asyncio.run(ensure_topics(settings, [state]))
            with caplog.at_level(logging.WARNING, logger="errorflow.streams.kafka"):
                asyncio.run(ensure_topics(settings, [state]))
            assert [record for record in caplog.records if record.levelno >= logging.WARNING] == []
