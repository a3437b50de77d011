"""A backlog alert raised before a restart is resolved by the restarted watch, on the real broker.

The backlog watch keeps which backlogs fire in memory. A pipeline restarted
while its ``queue_backlog`` alert fired (scaling up workers is the alert's own
recommendation) started with none firing: when the group caught up, no resolve
came, and the incident stayed firing in ``errorflow alerts`` and on call.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.healing.backlog import BacklogAssessment, BacklogTransition
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import decode, encode
from errorflow.settings import Settings
from errorflow.streams.groups import GroupProbe, LagSnapshot, backlog_alert, run_backlog_watch
from errorflow.streams.kafka import ensure_topics, read_topic

pytestmark = pytest.mark.integration


async def _scenario(settings: Settings) -> list[Alert]:
    await ensure_topics(settings)
    group, topic = f"{settings.app_id}-sink", settings.topic("taskruns.events")
    alerts_topic = settings.topic("alerts")
    # What the watch of the process before the restart published: the backlog fires.
    before = BacklogTransition(
        "firing", group, topic, BacklogAssessment(lag=5000, rate_per_s=1.0, wait_s=5000.0, backlog=True)
    )
    fired, _ = backlog_alert(before, settings=settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(alerts_topic, encode(fired), key=fired.key)
    finally:
        await producer.stop()

    # The restarted watch: the group caught up (nothing waits on the topic).
    probe = GroupProbe(settings)
    await probe.start()
    stop = asyncio.Event()
    watch = asyncio.create_task(
        run_backlog_watch(settings, probe=probe, targets={group: [topic]}, stop=stop, snapshot=LagSnapshot())
    )
    reader = AIOKafkaConsumer(
        alerts_topic, bootstrap_servers=settings.kafka.bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await reader.start()
    seen: list[Alert] = []
    try:
        for _ in range(120):
            for messages in (await reader.getmany(timeout_ms=500)).values():
                seen += [decode(m.value, Alert) for m in messages]
            if any(a.state == "resolved" for a in seen) or watch.done():
                break
    finally:
        await reader.stop()
        stop.set()
        await watch
        await probe.stop()
    return seen


def test_a_backlog_firing_before_a_restart_is_resolved_by_the_restarted_watch(kafka_bootstrap: str) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"bl-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"bl{token}."},
        health={"backlog_interval_s": 0.2, "backlog_min_observation_s": 0.0},
    )
    seen = asyncio.run(_scenario(settings))
    assert [(a.rule, a.state) for a in seen] == [("queue_backlog", "firing"), ("queue_backlog", "resolved")]
    assert seen[0].incident_id == seen[1].incident_id


def test_reading_a_topic_that_does_not_exist_yet_finds_nothing(kafka_bootstrap: str) -> None:
    # The backlog watch reads the alerts topic as soon as it connects, before the pipeline created its
    # topics: aiokafka's stop right after its start raised CancelledError there, which ended the watch.
    token = uuid.uuid4().hex[:8]
    settings = Settings(app_id=f"rt-{token}", kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"rt{token}."})
    records = asyncio.run(read_topic(settings, settings.topic("alerts"), group=f"rt-{token}", keep=lambda _: True))
    assert records == []
