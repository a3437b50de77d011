"""Two anomaly agents running at once (two pipeline workers with it enabled) are told about each other.

Each would raise every incident once (at its own batch boundaries, so under
ids of its own): the deployment runs one. Nothing forbids a second, so each
agent joins the agents' group on the alerts topic and warns when it holds
fewer than all of its partitions.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest

from errorflow.agents.anomaly import AnomalyStats
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore
from errorflow.streams.kafka import ensure_topics
from tests.integration.sinks.anomaly_support import run_agent_until

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _agents(settings: Settings, store: ChdbStore, count: int) -> list[AnomalyStats]:
    await ensure_topics(settings)
    stats = [AnomalyStats() for _ in range(count)]

    def all_warned(_: AnomalyStats) -> bool:
        return all(s.other_agents_seen for s in stats)

    # Group joins on Tansu take a few session timeouts at most.
    await asyncio.gather(*(run_agent_until(settings, store, all_warned, stats=mine, patience_s=120) for mine in stats))
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
