"""The anomaly agent on the real broker and chDB against records it did not expect.

- Records on the alerts topic (its lifecycle's changelog, read at every start)
  that name an anomaly rule but carry labels the engine never writes: the agent
  starts anyway and restores the alerts that are its own. Before, one such
  record raised at every start, and the pipeline exited with it, again and again.
- An event whose time is far ahead of the worker's clock (a service's clock
  set wrong, or a hostile time): the agent's clock must not follow it, or every
  window is empty from then on and nothing fires until the worker restarts.
"""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats, rebuild, run_anomaly
from errorflow.anomaly import AnomalyEngine, Notice, Observation, RuleSet, alert_of
from errorflow.anomaly.replay import outcome_of
from errorflow.classify import Classifier
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore, event_row
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


async def _outage_after_an_event_from_the_future(
    settings: Settings, store: ChdbStore, engine: AnomalyEngine
) -> AnomalyStats:
    """Run the agent: a success stamped a century ahead, then an outage of its dependency; until an alert."""
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
    try:
        ahead = _event(0, at=datetime.now(tz=timezone.utc) + timedelta(days=365 * 100), status=TaskRunStatus.SUCCESS)
        await _produce(settings, "taskruns.events", [(ahead.key, encode(ahead))])
        for _ in range(600):
            if task.done() or stats.observed >= 1:
                break
            await asyncio.sleep(0.1)
        now = datetime.now(tz=timezone.utc)
        outage = [_event(n, at=now + timedelta(milliseconds=n), status=TaskRunStatus.FAILED) for n in range(1, 16)]
        await _produce(settings, "taskruns.events", [(e.key, encode(e)) for e in outage])
        for _ in range(600):
            if task.done() or stats.alerts:
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await task
        executor.shutdown()
    return stats


def _event(n: int, *, at: datetime, status: TaskRunStatus) -> TaskRunEvent:
    failed = status is TaskRunStatus.FAILED
    return TaskRunEvent(
        run_id=f"r{n}-a",
        root_run_id=f"r{n}",
        attempt=1,
        operation="charge",
        service="payments",
        dependency="bank",
        status=status,
        error_type="ConnectionRefusedError" if failed else None,
        error_message="connection refused" if failed else None,
        occurred_at=at,
    )


def test_an_event_from_the_far_future_does_not_stop_detection(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    settings = _settings(kafka_bootstrap, database)
    asyncio.run(ensure_topics(settings))
    engine = AnomalyEngine()

    stats = asyncio.run(_outage_after_an_event_from_the_future(settings, migrated, engine))

    assert stats.observed >= 11, stats  # the alert may come before the last batch is read
    assert stats.alerts >= 1
    assert ("dependency_down", "payments", "bank") in engine.tracker.open_keys()


def test_the_rebuild_counts_a_stored_event_from_the_future_at_the_cut(migrated: ChdbStore, database: str) -> None:
    # Stored before a restart: a success stamped a century ahead, then an outage of its dependency.
    now = datetime.now(tz=timezone.utc)
    ahead = _event(0, at=now + timedelta(days=365 * 100), status=TaskRunStatus.SUCCESS)
    outage = [_event(n, at=now + timedelta(milliseconds=n), status=TaskRunStatus.FAILED) for n in range(1, 16)]
    migrated.insert_rows("taskrun_events", [event_row(e) for e in [ahead, *outage]])
    # The cut comes after the outage; the success ahead of it counts as happening at the cut, before the outage
    # goes on (a streak's success ends only the failures before it).
    cut = (now + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    engine = AnomalyEngine()
    rebuild(
        migrated,
        database=database,
        engine=engine,
        cut=cut,
        since_s=now.timestamp() - 3600,
        streak_since_s=now.timestamp() - 3600,
        classifier=Classifier.default(),
    )
    more = [
        _event(n, at=now + timedelta(seconds=2, milliseconds=n), status=TaskRunStatus.FAILED) for n in range(16, 28)
    ]
    for event in more:
        engine.observe(outcome_of(event))
    engine.evaluate(now.timestamp() + 3)
    assert ("dependency_down", "payments", "bank") in engine.tracker.open_keys()
    buckets = engine.scopes.ops[("payments", "charge")].buckets
    assert max(buckets) == int((now + timedelta(seconds=2)).timestamp() // 60)  # nothing counted a century ahead


def test_the_rebuilt_streak_takes_a_fallback_s_answers_for_no_success(migrated: ChdbStore, database: str) -> None:
    # Stored before a restart: the dependency failed twelve calls, then a fallback answered each failure.
    now = datetime.now(tz=timezone.utc)
    outage = [_event(n, at=now + timedelta(milliseconds=n), status=TaskRunStatus.FAILED) for n in range(12)]
    answered = [
        _event(n, at=now + timedelta(milliseconds=n), status=TaskRunStatus.SUCCESS).model_copy(
            update={"degraded": True, "degraded_error_type": "ConnectionRefusedError"}
        )
        for n in range(12, 20)
    ]
    migrated.insert_rows("taskrun_events", [event_row(e) for e in [*outage, *answered]])
    engine = AnomalyEngine()
    rebuild(
        migrated,
        database=database,
        engine=engine,
        cut=(now + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        since_s=now.timestamp() - 3600,
        streak_since_s=now.timestamp() - 3600,
        classifier=Classifier.default(),
    )
    later = _event(20, at=now + timedelta(seconds=1), status=TaskRunStatus.SUCCESS)
    engine.observe(outcome_of(later.model_copy(update={"degraded": True})))  # the fallback answers again
    engine.evaluate(now.timestamp() + 1)
    assert ("dependency_down", "payments", "bank") in engine.tracker.open_keys()
