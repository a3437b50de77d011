"""A record the classifier or the recovery agent derives, refused for good by Kafka, quarantines its input.

A failed event under ``kafka.max_message_bytes`` may give records the broker refuses (a dead letter
copies the event's message, and its headers again; a topic's own size limit may be lower): the agent
raised, the pipeline process exited, and since the input was never committed it exited again at every
start. Now the input ends as one ``refused_by_kafka`` quarantine record, the agent goes on with the
records behind it, and a restarted agent does not read it again.

The broker's limit is a relay in front of Tansu (:meth:`NetCut.limit`) that answers larger produce
requests with Kafka's MESSAGE_TOO_LARGE; it is set once the input is on the events topic, standing for
a limit the derived records' topics have and the events topic has not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.classifier import ClassifierStats, run_classifier
from errorflow.agents.recovery import RecoveryCore, RecoveryStats, run_recovery
from errorflow.classify import Classifier
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.schemas.recovery import RecoveryActionEvent
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.conftest import _stack_settings
from tests.integration.helpers import consume_all
from tests.integration.netcut import NetCut, broker_behind_a_cut

pytestmark = pytest.mark.integration

RECOVERY_LIMIT = 20_000
"""Produce requests over this are refused: the bad failure's action and dead letter (60 kB and more) are."""
CLASSIFIER_LIMIT = 7_000
"""Over the bad failure's classification (about 8.6 kB), under its quarantine record (about 5 kB)."""


def failure(run_id: str, *, message: str, error_type: str = "builtins.TypeError", name: str = "op") -> TaskRunEvent:
    """A failed direct call, which the recovery agent decides on (with a long message, a dead letter)."""
    return TaskRunEvent(
        run_id=run_id,
        root_run_id=run_id,
        operation=name,
        service=name,
        dependency=name,
        status=TaskRunStatus.FAILED,
        error_type=error_type,
        error_message=message,
        channel="direct",
    )


async def produce(settings: Settings, event: TaskRunEvent) -> int:
    """Publish ``event`` to partition 0 of the events topic; its offset."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(settings.topic(Topics.EVENTS.name), encode(event), key=b"k", partition=0)
    finally:
        await producer.stop()
    return int(sent.offset)


async def until(done: Callable[[], bool], task: asyncio.Task[Any], what: str, timeout_s: float = 90.0) -> None:
    """Wait until ``done()``; the agent's task must still run meanwhile (it did not die of the record)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not done():
        assert not task.done(), f"the agent stopped before {what}: {task.exception()!r}"
        assert loop.time() < deadline, f"no {what} within {timeout_s} s"
        await asyncio.sleep(0.1)


async def read(settings: Settings, topic: Topics, expect: int) -> list[bytes]:
    records = await consume_all(settings.kafka.bootstrap or "", settings.topic(topic.name), expect=expect)
    return [value for _, value, _ in records]


async def no_dead_letter(writeback: object) -> None:
    return None


def assert_one_quarantine(values: list[bytes], settings: Settings, offset: int, *, by: str, refused: Topics) -> None:
    (record,) = [decode(value, QuarantineRecord) for value in values]
    assert (record.detected_by, record.reason) == (by, "refused_by_kafka")
    assert (record.source_topic, record.source_partition, record.source_offset) == (
        settings.topic(Topics.EVENTS.name),
        0,
        offset,
    )
    assert f"its {settings.topic(refused.name)} record" in record.detail and "MessageSizeTooLarge" in record.detail


Agent = Callable[[Settings, asyncio.Event, Any], Coroutine[Any, Any, Any]]


async def twice(
    relay: NetCut, settings: Settings, agent: Agent, new_stats: Callable[[], Any], bad: TaskRunEvent, limit: int
) -> tuple[int, Any, Any, list[int]]:
    """Run the agent on ``bad`` then a good failure; restart it and give it a third. Offsets and both runs' stats."""
    await ensure_topics(settings)
    bad_offset = await produce(settings, bad)
    relay.limit(limit)
    first, stop = new_stats(), asyncio.Event()
    task = asyncio.create_task(agent(settings, stop, first))
    await until(lambda: first.refused == 1, task, "refused input quarantined")
    good = await produce(settings, failure("good-1", message="connection reset"))
    await until(lambda: first.consumed == 2, task, "good failure read")
    stop.set()
    await task
    second, stop = new_stats(), asyncio.Event()
    task = asyncio.create_task(agent(settings, stop, second))
    after = await produce(settings, failure("after-restart", message="connection reset"))
    await until(lambda: second.consumed >= 1, task, "failure after the restart read")
    stop.set()
    await task
    return bad_offset, first, second, [good, after]


def test_a_failure_whose_dead_letter_kafka_refuses_is_quarantined_once_and_recovery_goes_on(tmp_path: Path) -> None:
    bad = failure("bad-1", message="x" * 60_000)
    assert len(encode(bad)) > RECOVERY_LIMIT  # on the events topic before the limit: its records are larger

    def agent(settings: Settings, stop: asyncio.Event, stats: RecoveryStats) -> Any:
        core = RecoveryCore.from_settings(settings)
        return run_recovery(settings, core=core, stop=stop, find_dead_letter=no_dead_letter, stats=stats)

    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _stack_settings(relay.bootstrap, tmp_path / "data")
        bad_offset, first, second, _ = asyncio.run(twice(relay, settings, agent, RecoveryStats, bad, RECOVERY_LIMIT))
        quarantined = asyncio.run(read(settings, Topics.QUARANTINE, expect=1))
        actions = [decode(v, RecoveryActionEvent) for v in asyncio.run(read(settings, Topics.RECOVERY, expect=2))]
    assert relay.refused > 0
    assert (first.refused, second.refused, second.consumed) == (1, 0, 1)  # nothing redone after the restart
    assert_one_quarantine(quarantined, settings, bad_offset, by="recovery", refused=Topics.RECOVERY)
    assert sorted(action.root_run_id for action in actions) == ["after-restart", "good-1"]


def test_a_failure_whose_classification_kafka_refuses_is_quarantined_once_and_classification_goes_on(
    tmp_path: Path,
) -> None:
    long = "n" * 1000
    bad = failure("b" * 1000, message="m" * 3000, error_type="e" * 1000, name=long)
    assert len(encode(bad)) < 16_000

    def agent(settings: Settings, stop: asyncio.Event, stats: ClassifierStats) -> Any:
        return run_classifier(settings, classifier=Classifier.from_settings(rules_file=None), stop=stop, stats=stats)

    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _stack_settings(relay.bootstrap, tmp_path / "data")
        offset, first, second, _ = asyncio.run(twice(relay, settings, agent, ClassifierStats, bad, CLASSIFIER_LIMIT))
        quarantined = asyncio.run(read(settings, Topics.QUARANTINE, expect=1))
        classified = [decode(v, ClassificationEvent) for v in asyncio.run(read(settings, Topics.CLASSIFICATIONS, 2))]
    assert relay.refused > 0
    assert (first.refused, second.refused, second.consumed) == (1, 0, 1)  # nothing redone after the restart
    assert_one_quarantine(quarantined, settings, offset, by="classifier", refused=Topics.CLASSIFICATIONS)
    assert sorted(c.run_id for c in classified) == ["after-restart", "good-1"]


async def bad_beside_good(relay: NetCut, settings: Settings, bad: TaskRunEvent, good: TaskRunEvent) -> ClassifierStats:
    """Classify ``bad`` and ``good``, read in one fetch: their classifications leave in one produce request."""
    await ensure_topics(settings)
    await produce(settings, bad)
    await produce(settings, good)
    relay.limit(CLASSIFIER_LIMIT)
    stats, stop = ClassifierStats(), asyncio.Event()
    classifier = Classifier.from_settings(rules_file=None)
    task = asyncio.create_task(run_classifier(settings, classifier=classifier, stop=stop, stats=stats))
    await until(lambda: stats.refused == 1 and stats.consumed == 2, task, "refused input quarantined")
    stop.set()
    await task
    return stats


def test_a_good_record_refused_beside_a_refused_one_is_taken_alone_not_quarantined(tmp_path: Path) -> None:
    """Kafka refuses a whole batch over its limit: the good classification batched with the bad one goes alone."""
    long = "n" * 1000
    bad = failure("b" * 1000, message="m" * 3000, error_type="e" * 1000, name=long)
    good = failure("good-1", message="connection reset")
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _stack_settings(relay.bootstrap, tmp_path / "data")
        stats = asyncio.run(bad_beside_good(relay, settings, bad, good))
        quarantined = asyncio.run(read(settings, Topics.QUARANTINE, expect=1))
        classified = [decode(v, ClassificationEvent) for v in asyncio.run(read(settings, Topics.CLASSIFICATIONS, 1))]
    assert (stats.classified, stats.refused) == (2, 1)
    assert_one_quarantine(quarantined, settings, 0, by="classifier", refused=Topics.CLASSIFICATIONS)
    assert [c.run_id for c in classified] == ["good-1"]
