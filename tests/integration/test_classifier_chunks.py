"""The classifier agent hands each chunk of a big batch to the broker before it classifies the rest.

Under a burst the classifier fetches thousands of failures at once. Its producer's sender is a
task on the agent's own event loop, so classifications sent while the loop never yielded stayed
in the producer until the whole batch was classified (at 5,000 failures a second that held the
first of them back for most of a second). Here a classifier blocks, in the third chunk of one
fetched batch, until another consumer has read the first chunk's classifications from the broker.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.agents.classifier import SEND_EVERY, ClassifierStats, run_classifier
from errorflow.classify import Classifier, ErrorSignal
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics

pytestmark = pytest.mark.integration

FAILURES = 3 * SEND_EVERY
WAIT_S = 30.0


class WaitingForTheBroker(Classifier):
    """The real classifier; on the failure marked ``wait here`` it waits until ``seen`` is set (at most 30 s)."""

    seen: threading.Event
    waited: list[bool]

    def classify(self, signal: ErrorSignal, *, recent_count: int = 0) -> Any:
        if "wait here" in (signal.message or ""):
            self.waited.append(self.seen.wait(WAIT_S))
        return super().classify(signal, recent_count=recent_count)


def failure(n: int) -> TaskRunEvent:
    message = "wait here" if n == 2 * SEND_EVERY + 1 else f"connection refused by host {n}"
    return TaskRunEvent(
        run_id=f"chunk-{n}",
        root_run_id="chunk-root",  # one key: one partition, fetched as one batch of three chunks
        operation="op",
        service="svc",
        status=TaskRunStatus.FAILED,
        error_type="builtins.ConnectionError",
        error_message=message,
    )


def watch(settings: Settings, seen: threading.Event, stop: threading.Event, ids: set[str]) -> None:
    """Read the classifications topic on a loop of its own; set ``seen`` once a chunk's worth arrived."""

    async def run() -> None:
        consumer = AIOKafkaConsumer(
            settings.topic(Topics.CLASSIFICATIONS.name),
            bootstrap_servers=settings.kafka.bootstrap,
            auto_offset_reset="earliest",
            group_id=None,
        )
        await consumer.start()
        try:
            while not stop.is_set():
                for messages in (await consumer.getmany(timeout_ms=100)).values():
                    ids.update(decode(m.value, ClassificationEvent).failed_event_id for m in messages)
                if len(ids) > SEND_EVERY:  # the warm-up's and a chunk's
                    seen.set()
        finally:
            await consumer.stop()

    asyncio.run(run())


def test_a_big_batchs_first_chunk_reaches_the_broker_while_the_rest_is_classified(settings: Settings) -> None:
    warm_up, events = failure(0), [failure(n) for n in range(1, FAILURES + 1)]
    seen, stop_watch, ids = threading.Event(), threading.Event(), set[str]()
    watcher = threading.Thread(target=watch, args=(settings, seen, stop_watch, ids), daemon=True)
    classifier = WaitingForTheBroker.from_settings(rules_file=None)
    classifier.seen, classifier.waited = seen, []
    stats = ClassifierStats()

    async def publish(values: list[TaskRunEvent]) -> None:
        # One batch (one produce request): the classifier fetches every failure at once.
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.kafka.bootstrap, acks="all", linger_ms=50, max_batch_size=4 * 1_048_576
        )
        await producer.start()
        try:
            topic = settings.topic(Topics.EVENTS.name)
            await asyncio.gather(*[await producer.send(topic, encode(e), key=e.root_run_id.encode()) for e in values])
        finally:
            await producer.stop()

    async def until(condition: Any, task: asyncio.Task[Any]) -> None:
        deadline = asyncio.get_running_loop().time() + 120
        while not condition() and asyncio.get_running_loop().time() < deadline:
            assert not task.done(), task.exception()
            await asyncio.sleep(0.1)

    async def scenario() -> None:
        await ensure_topics(settings)
        stop = asyncio.Event()
        task = asyncio.create_task(run_classifier(settings, classifier=classifier, stop=stop, stats=stats))
        # A warm-up failure first, so the classifier's producer is connected when the burst comes.
        await publish([warm_up])
        await until(lambda: warm_up.event_id in ids, task)
        await publish(events)
        await until(lambda: len(ids) > FAILURES, task)
        stop.set()
        await task

    watcher.start()
    try:
        asyncio.run(scenario())
    finally:
        stop_watch.set()
        watcher.join(30)
    assert stats.classified == FAILURES + 1
    # The marked failure, in the batch's third chunk, was classified once the first chunk was on the broker.
    assert classifier.waited == [True]
    assert ids == {e.event_id for e in [warm_up, *events]}
