"""Warn when more than one anomaly agent runs: each raises the same incidents, so every incident comes twice.

The anomaly agent assigns the events topic's partitions by hand (no consumer
group), so nothing stops the agent of a second pipeline worker from reading
them all too; their decisions are taken at different batch boundaries, so their
incident ids differ and the notifier cannot tell the copies apart. Every agent
therefore also joins one consumer group, ``<app_id>-anomaly-agents``, on the
alerts topic (reading nothing it acts on, committing nothing): the group
coordinator splits the topic's partitions among its members, so an agent
assigned fewer than all of them is not alone, and says so at WARNING after
each such rebalance, naming the remedy. It warns and goes on (standing down
would need the agent's restore on every hand-over; the deployment runs one).
A worker killed and restarted is its own company until the group drops its old
member (a session timeout later): a warning then, and a line saying it is
alone again after.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from errorflow.healing.liveness import no_beat
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["watch_peers"]

logger = logging.getLogger(__name__)


async def watch_peers(
    settings: Settings,
    *,
    stop: asyncio.Event,
    seen: Callable[[], None] | None = None,
    beat: Callable[[], None] = no_beat,
) -> None:
    """Stay a member of the agents' group until ``stop``; warn (and call ``seen``) when another member shows up."""
    from aiokafka import ConsumerRebalanceListener

    from errorflow.streams.kafka import make_consumer

    topic = settings.topic(Topics.ALERTS.name)
    group = f"{settings.app_id}-anomaly-agents"
    consumer = make_consumer(settings, group=group, auto_offset_reset="latest")

    class _Assigned(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka ships no type hints
        warned = False

        async def on_partitions_revoked(self, revoked: Any) -> None:
            return None

        async def on_partitions_assigned(self, assigned: Any) -> None:
            total = len(consumer.partitions_for_topic(topic) or ())
            if total and len(assigned) < total:
                logger.warning(
                    "another anomaly agent runs in group %s (this one holds %d of %d partitions of %s): "
                    "every incident is raised once by each; set ERRORFLOW_ANOMALY__ENABLED=false on all "
                    "pipeline workers but one",
                    group,
                    len(assigned),
                    total,
                    topic,
                )
                if seen is not None:
                    seen()
                self.warned = True
            elif total and self.warned:
                logger.info("no other anomaly agent runs in group %s any more", group)
                self.warned = False

    consumer.subscribe([topic], listener=_Assigned())
    try:  # stopped also when cancelled while it starts
        await consumer.start()
        while not stop.is_set():
            beat()
            await consumer.getmany(timeout_ms=1000)  # keeps the membership; the records are the notifier's
    finally:
        await consumer.stop()
