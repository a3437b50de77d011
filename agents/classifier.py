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
sink, which quarantines them. A failure whose classification Kafka refuses for good
(ids and names of the contract's largest sizes, over a topic's lower size limit)
becomes one ``refused_by_kafka`` quarantine record (:mod:`errorflow.streams.derived`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import orjson

from errorflow.classify import Classification, Classifier
from errorflow.classify.verdict import FAILURE_STATUSES, VerdictMemo, failure_verdict, is_failure
from errorflow.errors import MalformedEventError
from errorflow.healing.liveness import no_beat
from errorflow.pipeline_priority import DetectionPriority
from errorflow.schemas.classification import ClassificationEvent, classification_id
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import SCHEMA_VERSION, TaskRunEvent, utc_now
from errorflow.schemas.prefilter import MayHoldString
from errorflow.schemas.quarantine import QuarantineRecord, quarantine_key
from errorflow.schemas.wire import WireEvent, check_event
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

if TYPE_CHECKING:
    from errorflow.streams.derived import Origin

__all__ = [
    "Classified",
    "ClassifierStats",
    "classification_record",
    "classify_records",
    "handle",
    "read_failure",
    "run_classifier",
]

logger = logging.getLogger(__name__)

SEND_EVERY = 200
"""Records classified before their classifications are handed to the producer."""

MAY_BE_FAILURE = MayHoldString(*sorted(FAILURE_STATUSES))
"""Exact pre-filter of the records to classify: False only for a record that cannot be a failure.

``classify.verdict.may_be_failure``, used before, answered False for an escaped status such as
``"\\u0066ailed"``, which every decoder reads as ``failed``: such a failure was neither classified nor
recovered (:mod:`errorflow.schemas.prefilter` lets any record holding a ``\\u`` escape through)."""

HAND_OVER_S = 0.001
"""How long the agent's loop is left to the producer between chunks of one batch.

The producer's sender is a task on the agent's loop, and taking a chunk to the broker needs a few
turns of that loop (wake the sender, drain, write the request): a zero-length yield gives it one,
which was not enough (``tests/integration/test_classifier_chunks.py``: no chunk had left by the third)."""


def handle(
    event: TaskRunEvent, classifier: Classifier, verdicts: VerdictMemo | None = None
) -> ClassificationEvent | None:
    """Classify a failed or timed-out event; other statuses yield None.

    A success that carries item errors (a bulk operation's partial failure) is
    not a failed run: its items are stored with the event, not classified here.
    ``verdicts``: the process's memo, so the recovery and anomaly agents take this verdict.
    The agent's loop encodes the same record without building the model (:func:`classification_record`).
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


def classification_record(event: TaskRunEvent | WireEvent, result: Classification, *, classified_at: datetime) -> bytes:
    """The encoded classification of a failure: the bytes of ``encode(handle(event))``, without the model.

    Building and dumping the pydantic model cost about a third of the agent's work per failure;
    every field here comes from a validated event and a verdict, so there is nothing left to
    validate. ``tests/unit/agents/test_classifier_fast.py`` holds the two to the same bytes.
    """
    return orjson.dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "event_id": classification_id(event.event_id),
            "failed_event_id": event.event_id,
            "run_id": event.run_id,
            "root_run_id": event.root_run_id,
            "attempt": event.attempt,
            "operation": event.operation,
            "service": event.service,
            "dependency": event.dependency,
            "error_type": event.error_type,
            "error_message": (event.error_message or "")[:2000],
            "category": result.category.value,
            "severity": result.severity.value,
            "strategy": result.strategy.value,
            "retryable": result.retryable,
            "rule_id": result.rule_id,
            "fingerprint": result.fingerprint,
            "failed_at": event.occurred_at.astimezone(timezone.utc),
            "classified_at": classified_at,
        },
        option=orjson.OPT_UTC_Z,
    )


def read_failure(value: bytes, *, max_bytes: int) -> TaskRunEvent | WireEvent | None:
    """The failure a record holds, or None when it is not a failure.

    The fast wire check (:func:`~errorflow.schemas.wire.check_event`, about a fifth of a
    pydantic validation) reads what it vouches for: it accepts only what the contract accepts.
    Everything else, and bulk failures (judged by their items, which the check keeps raw),
    goes through the contract model.

    Raises:
        MalformedEventError: the contract refuses the record (the sink quarantines it).
    """
    if len(value) <= max_bytes:
        checked = check_event(value)
        if checked is not None and not checked.error_list:
            return checked if checked.status in FAILURE_STATUSES else None
    event = decode(value, TaskRunEvent, max_bytes=max_bytes)
    return event if is_failure(event) else None


def _waiting(consumer: Any, batches: Mapping[Any, Sequence[Any]]) -> int:
    """Records from each fetched batch's first to its partition's end (the high watermark the fetch saw)."""
    waiting = 0
    for tp, messages in batches.items():
        if messages:
            end = consumer.highwater(tp)
            waiting += max(len(messages), (end or 0) - messages[0].offset)
    return waiting


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
    refused: int = 0
    """Records whose classification (or quarantine record) Kafka refused for good: each became one quarantine record."""


@dataclass
class Classified:
    """What one fetched batch gives the classifier's producer: records in order, and offsets to commit."""

    records: list[tuple[bool, bytes | None, bytes]] = field(default_factory=list)
    """``(to_quarantine, key, value)``: a classification, or the quarantine record of one that raised."""
    sources: list[Any] = field(default_factory=list)
    """The consumed record each of :attr:`records` was derived from (its quarantine's, should Kafka refuse it)."""
    offsets: dict[Any, int] = field(default_factory=dict)
    """Next offset per partition, to commit once every record above is acknowledged."""


def classify_records(
    batches: Mapping[Any, Sequence[Any]],
    *,
    settings: Settings,
    classifier: Classifier,
    stats: ClassifierStats,
    verdicts: VerdictMemo | None = None,
) -> Classified:
    """Classify one fetched batch (partition -> records); pure apart from the counters, never raises."""
    done = Classified()
    max_bytes = settings.kafka.max_message_bytes
    for tp, messages in batches.items():
        for message in messages:
            stats.consumed += 1
            done.offsets[tp] = message.offset + 1
            if not MAY_BE_FAILURE(message.value):
                continue  # cheap pre-filter: only failed and timed-out events are classified
            try:
                event = read_failure(message.value, max_bytes=max_bytes)
            except MalformedEventError:
                stats.malformed += 1  # the sink quarantines it; nothing to classify
                continue
            if event is None:
                continue
            try:
                result = failure_verdict(event, classifier) if verdicts is None else verdicts.verdict(event, classifier)
                encoded = classification_record(event, result, classified_at=utc_now())
            except Exception as exc:  # one record's surprise must not stop classification
                logger.exception("cannot classify %s[%s]@%s", tp.topic, tp.partition, message.offset)
                stats.quarantined += 1
                done.records.append((True, quarantine_key(message.key), _failed(tp, message, exc)))
                done.sources.append(message)
                continue
            done.records.append((False, event.root_run_id.encode(), encoded))
            done.sources.append(message)
            stats.classified += 1
    return done


async def run_classifier(
    settings: Settings,
    *,
    classifier: Classifier,
    stop: asyncio.Event,
    stats: ClassifierStats | None = None,
    verdicts: VerdictMemo | None = None,
    priority: DetectionPriority | None = None,
    beat: Callable[[], None] = no_beat,
) -> ClassifierStats:
    """Consume the events topic, classify failures, produce classifications, until ``stop``.

    ``priority``: told how old each fetched batch is, so the process's other agents yield while
    classification is behind (:mod:`errorflow.pipeline_priority`).
    """
    from errorflow.streams.derived import quarantining_commits, send_traced
    from errorflow.streams.kafka import make_consumer, make_producer

    stats = stats or ClassifierStats()
    events_topic = settings.topic(Topics.EVENTS.name)
    out_topic = settings.topic(Topics.CLASSIFICATIONS.name)
    quarantine_topic = settings.topic(Topics.QUARANTINE.name)
    consumer = make_consumer(settings, events_topic, group=f"{settings.app_id}-classifier")
    producer = make_producer(settings)
    await producer.start()
    await consumer.start()
    # Acknowledgements and commits are awaited beside the loop; a failed event whose classification Kafka
    # refuses for good (too large) is quarantined instead (errorflow.streams.derived).
    commits, refused = quarantining_commits(consumer, producer, settings, detected_by="classifier", stats=stats)
    try:
        while not stop.is_set():
            beat()
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            if not batches:
                continue
            if priority is not None:
                priority.note(
                    (messages[0].timestamp for messages in batches.values() if messages),
                    waiting=_waiting(consumer, batches),
                )
            futures: list[Any] = []
            origins: list[Origin] = []
            offsets: dict[Any, int] = {}
            # A chunk at a time, the loop handed to the producer after every SEND_EVERY records
            # (HAND_OVER_S): without it a big batch's classifications all left once the whole batch
            # was classified.
            chunks = [
                (tp, messages[start : start + SEND_EVERY])
                for tp, messages in batches.items()
                for start in range(0, len(messages), SEND_EVERY)
            ]
            since_hand_over = 0
            for tp, chunk in chunks:
                if since_hand_over >= SEND_EVERY:  # never within a small batch (light load): no hand-over to wait for
                    await asyncio.sleep(HAND_OVER_S)
                    since_hand_over = 0
                since_hand_over += len(chunk)
                done = classify_records(
                    {tp: chunk}, settings=settings, classifier=classifier, stats=stats, verdicts=verdicts
                )
                for (to_quarantine, key, value), source in zip(done.records, done.sources, strict=True):
                    topic = quarantine_topic if to_quarantine else out_topic
                    futures.append(await send_traced(producer, topic, value, key))
                    origins.append((tp, source, topic, key, value, None))
                offsets.update(done.offsets)
            await commits.add(futures, offsets, origins)
        await commits.drain()
    finally:
        await commits.cancel()
        await refused.close()
        await consumer.stop()
        await producer.stop()
    return stats
