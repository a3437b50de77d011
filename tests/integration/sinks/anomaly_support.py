"""Helpers of the anomaly agent's integration tests: run the agent until a condition, and compare windows."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.agents.anomaly import AnomalyStats, run_anomaly
from errorflow.anomaly import AnomalyEngine, RuleSet
from errorflow.classify import Classifier
from errorflow.healing.liveness import no_beat
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics

DOC = Path(__file__).resolve().parents[3] / "docs" / "anomalies.md"


async def run_agent_until(
    settings: Settings,
    store: Any,
    done: Callable[[AnomalyStats], bool],
    *,
    stats: AnomalyStats | None = None,
    engine: AnomalyEngine | None = None,
    beat: Callable[[], None] = no_beat,
    patience_s: float = 60.0,
) -> AnomalyStats:
    """Run the agent on a store thread of its own until ``done(stats)`` (or it ends, or ``patience_s``); stop it."""
    stats = stats if stats is not None else AnomalyStats()
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
            beat=beat,
        )
    )
    try:
        for _ in range(int(patience_s * 10)):
            if done(stats) or task.done():
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await task
        executor.shutdown()
    return stats


async def produce_events(settings: Settings, events: list[TaskRunEvent]) -> None:
    """Create the topics and produce ``events`` to the events topic, keyed as the SDK keys them."""
    await ensure_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            await producer.send(settings.topic("taskruns.events"), encode(event), key=event.key)
        await producer.flush()
    finally:
        await producer.stop()


def event_id_of(value: bytes) -> str:
    """The ``event_id`` of an encoded event."""
    match = re.search(rb'"event_id":"([^"]+)"', value)
    assert match
    return match.group(1).decode()


async def sink_stores_half(
    settings: Settings, total: int, *, past: int, store: Callable[[list[str]], None]
) -> tuple[list[str], list[str]]:
    """A stand-in for the sink: store about half of every partition and commit it, plus ``past`` more uncommitted.

    Reads all ``total`` events of the events topic in the sink's group, calls ``store`` with the ids it
    stores (the committed halves', then the next ``past`` of each partition: a sink killed between its
    insert and its commit), then commits; returns (the committed ids, the stored ones past the commit).
    """
    sink = AIOKafkaConsumer(
        settings.topic("taskruns.events"),
        bootstrap_servers=settings.kafka.bootstrap,
        group_id=f"{settings.app_id}-sink",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await sink.start()
    try:
        seen: dict[int, list[Any]] = {}
        while sum(len(v) for v in seen.values()) < total:
            for tp, messages in (await sink.getmany(timeout_ms=500)).items():
                seen.setdefault(tp.partition, []).extend(messages)
        offsets = {}
        committed: list[str] = []
        uncommitted: list[str] = []
        for partition, messages in seen.items():
            half = len(messages) // 2
            committed += [event_id_of(m.value) for m in messages[:half]]
            uncommitted += [event_id_of(m.value) for m in messages[half : half + past]]
            offsets[next(tp for tp in sink.assignment() if tp.partition == partition)] = messages[half].offset
        store(committed + uncommitted)
        await sink.commit(offsets)
    finally:
        await sink.stop()
    return committed, uncommitted


def stored_windows(store: Any) -> dict[tuple[int, str, str], tuple[Any, ...]]:
    """The analyst query of docs/anomalies.md on ``store``: minute buckets of each service and operation."""
    minute_sql = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)[0]
    return {
        (int(r["minute_s"]) // 60, r["service"], r["operation"]): (
            r["finished"],
            r["failures"],
            r["timeouts"],
            r["retries"],
            r["retry_failures"],
        )
        for r in store.query_rows(minute_sql)
        # A minute whose only events of an operation are still running has an all-zero row here
        # and no bucket in the agent (nothing finished there): both say "no rate".
        if r["finished"] or r["timeouts"]
    }


def agent_windows(engine: AnomalyEngine) -> dict[tuple[int, str, str], tuple[Any, ...]]:
    """The agent's minute buckets of each service and operation, as :func:`stored_windows` gives the store's."""
    return {
        (minute, service, operation): (c.finished, c.failures, c.timeouts, c.retries, c.retry_failures)
        for (service, operation), series in engine.scopes.ops.items()
        for minute, c in series.buckets.items()
    }
