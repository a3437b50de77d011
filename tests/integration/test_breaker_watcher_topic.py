"""A service's breaker watcher never creates ``breakers.state``: it waits until the pipeline made it, compacted.

Subscribed to a missing topic, aiokafka's metadata request had a broker that
auto-creates topics (Apache Kafka's default, and Tansu) make it with the default
``cleanup.policy=delete``: a service started before the pipeline left every
breaker's last state to be deleted after the retention time.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.breakers import BreakerView
from errorflow.embedded.tansu import TansuBroker
from errorflow.schemas.breakers import BreakerStateRecord
from errorflow.schemas.codec import encode
from errorflow.sdk.breakers import BreakerWatcher
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from tests.integration.helpers import topic_partitions, wait_for

pytestmark = pytest.mark.integration

_TOPIC = "watched.breakers.state"


async def _publish(bootstrap: str, record: BreakerStateRecord) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await (await producer.send(_TOPIC, encode(record), key=record.key))
    finally:
        await producer.stop()


def test_the_watcher_waits_for_the_pipeline_to_create_the_topic_and_then_follows_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with TansuBroker() as broker:
        view = BreakerView()
        with caplog.at_level("WARNING", logger="errorflow.sdk.breakers"):
            watcher = BreakerWatcher(view, bootstrap=broker.bootstrap, topic=_TOPIC).start()
            try:
                assert watcher.caught_up.wait(15), "no record exists yet: the view is as current as it gets"
                wait_for(
                    lambda: any("does not exist" in r.getMessage() for r in caplog.records),
                    timeout_s=15,
                    what="the watcher saying the topic is missing",
                )
                assert _TOPIC not in topic_partitions(broker.bootstrap), "the watcher created breakers.state"

                asyncio.run(ensure_topics(Settings(kafka={"bootstrap": broker.bootstrap}), [_TOPIC]))
                record = BreakerStateRecord(
                    transition_id="payments-1",
                    breaker="payments",
                    dependency="payments",
                    state="open",
                    from_state="closed",
                    reason="failure_rate",
                    sequence=1,
                    transitioned_at=datetime.now(UTC),
                )
                asyncio.run(_publish(broker.bootstrap, record))
                entry = wait_for(lambda: view.state_of("payments"), timeout_s=20, what="the watcher applying it")
                assert entry.state == "open" and watcher.applied == 1
            finally:
                watcher.stop()
        said = [r.getMessage() for r in caplog.records if "does not exist" in r.getMessage()]
        assert len(said) == 1, said
