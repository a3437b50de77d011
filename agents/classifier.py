"""The classifier agent: one classification event per failed or timed-out TaskRun event.

:func:`handle` is the pure part (event in, classification out): it stores the one
verdict of :func:`~errorflow.classify.verdict.failure_verdict`, the same that the
recovery agent acts on, under an id derived from the failed event's. The adapter
consumes the events topic with ``getmany`` batches, like the sink, because it
sees every event, and produces to the classifications topic; offsets are
committed after the classifications are acknowledged (beside the loop, which fetches on:
:class:`~errorflow.streams.kafka.CommitPipeline`). A record it cannot
handle (an unexpected exception while classifying or encoding it) becomes one
quarantine record and the agent goes on; malformed events are left to the
sink, which quarantines them.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo, failure_verdict, is_failure, may_be_failure
from errorflow.errors import MalformedEventError
from errorflow.schemas.classification import ClassificationEvent, classification_id
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["ClassifierStats", "handle", "run_classifier"]

logger = logging.getLogger(__name__)


def handle(
    event: TaskRunEvent, classifier: Classifier, verdicts: VerdictMemo | None = None
) -> ClassificationEvent | None:
    """Classify a failed or timed-out event; other statuses yield None.

    A success that carries item errors (a bulk operation's partial failure) is
    not a failed run: its items are stored with the event, not classified here.
    ``verdicts``: the process's memo, so the recovery and anomaly agents take this verdict.
    """
    if not is_failure(event):
        return None
    result = failure_verdict(event, classifier) if verdicts is None else verdicts.verdict(event, classifier)
    return ClassificationEvent(
        event_id=classification_id(event.event_id),
        failed_event_id=event.event_id,
        run_id=event.run_id,
        root_run_id=event.root_run_id,
        attempt=event.attempt,
        operation=event.operation,
        service=event.service,
        dependency=event.dependency,
        error_type=event.error_type,
        error_message=(event.error_message or "")[:2000],
        category=result.category.value,
        severity=result.severity.value,
        strategy=result.strategy.value,
        retryable=result.retryable,
        rule_id=result.rule_id,
        fingerprint=result.fingerprint,
        failed_at=event.occurred_at,
    )


def _failed(tp: Any, message: Any, exc: BaseException) -> bytes:
    """The encoded quarantine record of an event whose classification raised."""
    record = QuarantineRecord.for_failure(
        topic=tp.topic,
        partition=tp.partition,
        offset=message.offset,
        key=message.key,
        raw=message.value,
        detected_by="classifier",
        exc=exc,
    )
    return encode(record)


@dataclass
class ClassifierStats:
    """Counters of the classifier agent."""

    consumed: int = 0
    classified: int = 0
    malformed: int = 0
    quarantined: int = 0
    """Records whose handling raised: each became one quarantine record."""


async def run_classifier(
    settings: Settings,
    *,
    classifier: Classifier,
    stop: asyncio.Event,
    stats: ClassifierStats | None = None,
    verdicts: VerdictMemo | None = None,
) -> ClassifierStats:
    """Consume the events topic, classify failures, produce classifications, until ``stop``."""
    from errorflow.streams.kafka import CommitPipeline, make_consumer, make_producer

    stats = stats or ClassifierStats()
    events_topic = settings.topic(Topics.EVENTS.name)
    out_topic = settings.topic(Topics.CLASSIFICATIONS.name)
    quarantine_topic = settings.topic(Topics.QUARANTINE.name)
    consumer = make_consumer(settings, events_topic, group=f"{settings.app_id}-classifier")
    producer = make_producer(settings)
    await producer.start()
    await consumer.start()
    commits = CommitPipeline(consumer)  # acknowledgements and commits are awaited beside the loop
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            if not batches:
                continue
            futures: list[Any] = []
            offsets = {}
            for tp, messages in batches.items():
                for message in messages:
                    stats.consumed += 1
                    offsets[tp] = message.offset + 1
                    if not may_be_failure(message.value):
                        continue  # cheap pre-filter: only failed and timed-out events are classified
                    try:
                        event = decode(message.value, TaskRunEvent, max_bytes=settings.kafka.max_message_bytes)
                    except MalformedEventError:
                        stats.malformed += 1  # the sink quarantines it; nothing to classify
                        continue
                    try:
                        classification = handle(event, classifier, verdicts)
                        encoded = None if classification is None else encode(classification)
                    except Exception as exc:  # one record's surprise must not stop classification
                        logger.exception("cannot classify %s[%s]@%s", tp.topic, tp.partition, message.offset)
                        stats.quarantined += 1
                        futures.append(
                            await producer.send(quarantine_topic, _failed(tp, message, exc), key=message.key)
                        )
                        continue
                    if classification is None or encoded is None:
                        continue
                    futures.append(await producer.send(out_topic, encoded, key=classification.key))
                    stats.classified += 1
            await commits.add(futures, offsets)
        await commits.drain()
    finally:
        await commits.cancel()
        await consumer.stop()
        await producer.stop()
    return stats
