"""The SDK never creates errorflow's topics: records for a missing topic wait until errorflow made it (real Tansu).

A broker that auto-creates topics (Apache Kafka's default, and Tansu) would make a topic a
service's first record names with the broker's defaults, before the pipeline's
``ensure_topics`` could give it errorflow's partitions and compaction.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from errorflow.embedded.tansu import TansuBroker
from errorflow.sdk import ConfluentEmitter, KafkaEmitter
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from tests.integration.helpers import consume_all, topic_partitions, wait_for

pytestmark = pytest.mark.integration

_TOPIC = "missing.taskruns.events"


@pytest.mark.parametrize("kind", [KafkaEmitter, ConfluentEmitter], ids=["aiokafka", "confluent"])
def test_records_for_a_missing_topic_wait_in_the_spool_until_errorflow_creates_it(
    tmp_path: Path, kind: type[KafkaEmitter]
) -> None:
    counted = _counting(kind)
    with TansuBroker() as broker:
        emitter = counted(
            bootstrap=broker.bootstrap, spool_dir=tmp_path / "spool", request_timeout_s=2.0, reconnect_interval_s=0.3
        )
        try:
            emitter.emit("elsewhere", b"k", b"first")  # a topic that exists before the missing one does
            for n in range(30):
                emitter.emit(_TOPIC, f"run-{n % 3}".encode(), str(n).encode())
            assert emitter.flush(timeout_s=5) is False, "the spool holds them: not sent"
            assert emitter.spooled == 31 and emitter.sent == 0 and emitter.held == 0
            assert _TOPIC not in topic_partitions(broker.bootstrap), "the SDK created errorflow's topic"
            asyncio.run(ensure_topics(Settings(kafka={"bootstrap": broker.bootstrap}), ["elsewhere"]))
            listed = emitter.listed
            time.sleep(3.0)  # rounds with the topic still missing: each past the reconnect interval looks again
            assert emitter.listed >= listed + 2, "the topics are listed again"
            assert emitter.connects == 1, "one producer while the topic is missing, not one per look"
            assert emitter.sent == 0, "the spooled segment waits whole: its first record is not sent at every look"

            settings = Settings(kafka={"bootstrap": broker.bootstrap, "partitions": 3})
            asyncio.run(ensure_topics(settings, [_TOPIC]))
            wait_for(lambda: emitter.sent == 31, timeout_s=30, what="the spooled records sent once the topic exists")
            records = asyncio.run(consume_all(broker.bootstrap, _TOPIC, expect=30, timeout_s=20))
            assert topic_partitions(broker.bootstrap)[_TOPIC] == 3, "the topic errorflow made, as it made it"
            assert sorted(int(value) for _, value, _ in records) == list(range(30)), "each record once"
            elsewhere = asyncio.run(consume_all(broker.bootstrap, "elsewhere", expect=2, timeout_s=3))
            assert [value for _, value, _ in elsewhere] == [b"first"], "sent once, not once per look"
            for run in range(3):
                mine = [int(value) for key, value, _ in records if key == f"run-{run}".encode()]
                assert mine == sorted(mine), f"run-{run}'s records in the order they were emitted"
            assert emitter.flush(timeout_s=5) is True and not emitter.spool.pending()
            assert emitter.connects == 1
        finally:
            emitter.close(timeout_s=5)


def _counting(kind: type[KafkaEmitter]) -> Any:
    """``kind``, counting the producers it makes and the times it lists the broker's topics."""

    class Counting(kind):  # type: ignore[valid-type, misc]
        connects = 0
        listed = 0

        async def _connect(self) -> Any:
            producer = await super()._connect()
            self.connects += producer is not None
            return producer

        async def _list_topics(self, producer: Any) -> None:
            await super()._list_topics(producer)
            self.listed += 1

    return Counting
