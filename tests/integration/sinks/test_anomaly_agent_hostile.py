"""The anomaly agent on the real broker and chDB against records it did not expect.

- Records on the alerts topic (its lifecycle's changelog, read at every start)
  that name an anomaly rule but carry labels the engine never writes: the agent
  starts anyway and restores the alerts that are its own. Before, one such
  record raised at every start, and the pipeline exited with it, again and again.
"""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats, run_anomaly
from errorflow.anomaly import AnomalyEngine, Notice, Observation, RuleSet, alert_of
from errorflow.classify import Classifier
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore
from errorflow.streams.kafka import ensure_topics

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _settings(kafka_bootstrap: str, database: str) -> Settings:
    token = uuid.uuid4().hex[:8]
    return Settings(
        app_id=f"ah-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"ah{token}."},
        clickhouse={"database": database},
    )


async def _produce(settings: Settings, topic: str, records: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(settings.topic(topic), value, key=key)
    finally:
        await producer.stop()


async def _start(settings: Settings, store: ChdbStore, engine: AnomalyEngine) -> tuple[AnomalyStats, bool, str]:
    """Start the agent, wait for its restore, stop it; return its stats, whether it ran, and its failure."""
    stats = AnomalyStats()
    stop = asyncio.Event()
    executor = ThreadPoolExecutor(max_workers=1)
    task = asyncio.create_task(
        run_anomaly(
            settings,
            store=store,
            executor=executor,
            classifier=Classifier.default(),
            rules=RuleSet(),
            stop=stop,
            stats=stats,
            engine=engine,
        )
    )
    for _ in range(600):
        if task.done() or stats.restored_alerts:
            break
        await asyncio.sleep(0.1)
    running = not task.done()
    stop.set()
    failure = ""
    try:
        await task
    except Exception as exc:  # the failure is what the test reports
        failure = f"{type(exc).__name__}: {exc}"
    executor.shutdown()
    return stats, running, failure


def test_unreadable_alert_labels_do_not_stop_the_agent_from_starting(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    settings = _settings(kafka_bootstrap, database)
    asyncio.run(ensure_topics(settings))
    notice = Notice(
        "fire",
        ("dependency_down", "svc", "dep"),
        1_767_571_200.0,
        1_767_571_200.0,
        "CRITICAL",
        Observation(True, 1.0, 10.0, 60.0, 12.0),
        1,
    )
    own = alert_of(notice, operation="op")
    hostile = [
        Alert(rule="static_rate", severity="HIGH", incident_id="x1", service="svc", labels={"at": "yesterday"}),
        Alert(rule="baseline", severity="LOW", incident_id="x2", service="svc", labels={"notification_count": "two"}),
    ]
    records = [(a.key, encode(a)) for a in hostile] + [(b"junk", b'{"rule": 1}'), (own.key, encode(own))]
    asyncio.run(_produce(settings, "alerts", records))

    engine = AnomalyEngine()
    stats, running, failure = asyncio.run(_start(settings, migrated, engine))

    assert failure == ""
    assert running
    assert stats.restored_alerts == 1
    assert engine.tracker.open_keys() == [("dependency_down", "svc", "dep")]
