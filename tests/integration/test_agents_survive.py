"""An agent whose handling of one record raises quarantines that record and keeps consuming (real broker)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.classifier import ClassifierStats, run_classifier
from errorflow.classify import Classifier, ErrorSignal
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.helpers import consume_all

pytestmark = pytest.mark.integration


class Exploding(Classifier):
    """The real classifier, except for failures whose message says ``explode``: an unexpected bug."""

    def classify(self, signal: ErrorSignal, *, recent_count: int = 0) -> Any:
        if "explode" in (signal.message or ""):
            raise RuntimeError("a classifier bug")
        return super().classify(signal, recent_count=recent_count)


def failure(n: int, message: str) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"survive-{n}",
        root_run_id=f"survive-{n}",
        operation="op",
        service="svc",
        status=TaskRunStatus.FAILED,
        error_type="builtins.ConnectionError",
        error_message=message,
    )


async def classify_three(settings: Settings) -> tuple[ClassifierStats, list[TaskRunEvent]]:
    await ensure_topics(settings)
    events = [failure(1, "connection refused"), failure(2, "please explode"), failure(3, "connection reset")]
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:  # one key: one partition, in this order
            await producer.send_and_wait(settings.topic(Topics.EVENTS.name), encode(event), key=b"survive")
    finally:
        await producer.stop()
    stats = ClassifierStats()
    stop = asyncio.Event()
    classifier = Exploding.from_settings(rules_file=None)
    task = asyncio.create_task(run_classifier(settings, classifier=classifier, stop=stop, stats=stats))
    deadline = asyncio.get_running_loop().time() + 60
    while stats.classified + stats.quarantined < len(events) and asyncio.get_running_loop().time() < deadline:
        assert not task.done(), task.exception()
        await asyncio.sleep(0.1)
    stop.set()
    await task
    return stats, events


def test_a_record_the_classifier_cannot_handle_is_quarantined_and_the_next_is_classified(settings: Settings) -> None:
    stats, events = asyncio.run(classify_three(settings))
    assert (stats.classified, stats.quarantined) == (2, 1)
    bootstrap = settings.kafka.bootstrap or ""
    classified = asyncio.run(consume_all(bootstrap, settings.topic(Topics.CLASSIFICATIONS.name), expect=2))
    ids = sorted(decode(value, ClassificationEvent).failed_event_id for _, value, _ in classified)
    assert ids == sorted([events[0].event_id, events[2].event_id])
    quarantined = asyncio.run(consume_all(bootstrap, settings.topic(Topics.QUARANTINE.name), expect=1))
    (record,) = [decode(value, QuarantineRecord) for _, value, _ in quarantined]
    assert (record.detected_by, record.reason) == ("classifier", "handler_failed")
    assert record.detail == "RuntimeError: a classifier bug"
    assert record.source_topic == settings.topic(Topics.EVENTS.name) and record.source_offset == 1
