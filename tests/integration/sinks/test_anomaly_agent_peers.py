"""Two anomaly agents running at once (two pipeline workers with it enabled) are told about each other.

Each would raise every incident once (at its own batch boundaries, so under
ids of its own): the deployment runs one. Nothing forbids a second, so each
agent joins the agents' group on the alerts topic and warns when it holds
fewer than all of its partitions.
"""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from errorflow.agents.anomaly import AnomalyStats, run_anomaly
from errorflow.anomaly import RuleSet
from errorflow.classify import Classifier
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore
from errorflow.streams.kafka import ensure_topics

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _agents(settings: Settings, store: ChdbStore, count: int) -> list[AnomalyStats]:
    await ensure_topics(settings)
    stop = asyncio.Event()
    stats = [AnomalyStats() for _ in range(count)]
    executors = [ThreadPoolExecutor(max_workers=1) for _ in range(count)]
    tasks = [
        asyncio.create_task(
            run_anomaly(
                settings,
                store=store,
                executor=executor,
                classifier=Classifier.default(),
                rules=RuleSet(),
                stop=stop,
                stats=mine,
            )
        )
        for mine, executor in zip(stats, executors, strict=True)
    ]
    try:
        for _ in range(1200):  # group joins on Tansu take a few session timeouts at most
            if all(s.other_agents_seen for s in stats) or any(t.done() for t in tasks):
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.gather(*tasks)
        for executor in executors:
            executor.shutdown()
    return stats


def test_each_of_two_anomaly_agents_warns_of_the_other(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"apr-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"apr{token}."},
        clickhouse={"database": database},
    )
    assert settings.kafka.partitions > 1
    stats = asyncio.run(_agents(settings, migrated, 2))
    assert all(s.other_agents_seen for s in stats)
