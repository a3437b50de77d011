"""The SDK never creates errorflow's topics: records for a missing topic wait until errorflow made it (real Tansu).

A broker that auto-creates topics (Apache Kafka's default, and Tansu) would make a topic a
service's first record names with the broker's defaults, before the pipeline's
``ensure_topics`` could give it errorflow's partitions and compaction.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

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
    with TansuBroker() as broker:
        emitter = kind(
            bootstrap=broker.bootstrap, spool_dir=tmp_path / "spool", request_timeout_s=2.0, reconnect_interval_s=0.3
        )
        try:
            for n in range(30):
                emitter.emit(_TOPIC, f"run-{n % 3}".encode(), str(n).encode())
            assert emitter.flush(timeout_s=5) is False, "the spool holds them: not sent"
            assert emitter.spooled == 30 and emitter.sent == 0 and emitter.held == 0
            assert _TOPIC not in topic_partitions(broker.bootstrap), "the SDK created errorflow's topic"

            settings = Settings(kafka={"bootstrap": broker.bootstrap, "partitions": 3})
            asyncio.run(ensure_topics(settings, [_TOPIC]))
            wait_for(lambda: emitter.sent == 30, timeout_s=30, what="the spooled records sent once the topic exists")
            records = asyncio.run(consume_all(broker.bootstrap, _TOPIC, expect=30, timeout_s=20))
            assert topic_partitions(broker.bootstrap)[_TOPIC] == 3, "the topic errorflow made, as it made it"
            assert sorted(int(value) for _, value, _ in records) == list(range(30)), "each record once"
            for run in range(3):
                mine = [int(value) for key, value, _ in records if key == f"run-{run}".encode()]
                assert mine == sorted(mine), f"run-{run}'s records in the order they were emitted"
            assert emitter.flush(timeout_s=5) is True and not emitter.spool.pending()
        finally:
            emitter.close(timeout_s=5)
