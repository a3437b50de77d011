"""The watchdog through a broker outage: the silence of an outage does not time a live attempt out.

While the network to the broker is cut, no sign of life reaches the watchdog: the services' heartbeats
wait in their spools. The watchdog judged that silence by its own clock and timed out every live attempt
the outage outlasted (recovery then ran each again while it still ran). Here the cut is real (a relay in
front of Tansu drops every connection) and the broker itself keeps running.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path

import orjson
import pytest

from errorflow.agents.watchdog import WatchdogStats, run_watchdog
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.schemas.ids import new_id
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics, make_consumer, make_producer
from errorflow.streams.topics import Topics
from tests.integration.netcut import NetCut, broker_behind_a_cut

pytestmark = [pytest.mark.integration]

HEARTBEAT_TIMEOUT_S = 4.0
OUTAGE_S = 3 * HEARTBEAT_TIMEOUT_S


def _event(root: str, status: TaskRunStatus) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=root,
        root_run_id=root,
        attempt=1,
        operation="outage_op",
        service="outage-svc",
        status=status,
        channel="direct",
        heartbeat_timeout_s=HEARTBEAT_TIMEOUT_S,
    )


async def test_an_outage_longer_than_the_heartbeat_timeout_times_out_only_the_attempt_that_died(tmp_path: Path) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = Settings(
            data_dir=tmp_path / "data",
            app_id=f"ef-{new_id()[:8]}",
            kafka={"bootstrap": relay.bootstrap, "topic_prefix": "outage."},
        )
        await _outage(settings, relay)


async def _outage(settings: Settings, relay: NetCut) -> None:
    events = settings.topic(Topics.EVENTS.name)
    await ensure_topics(settings, [events, settings.topic(Topics.COMMANDS.name), settings.topic(Topics.ATTEMPTS.name)])
    live, dead = new_id(), new_id()
    stop = asyncio.Event()
    stats = WatchdogStats()
    watchdog = asyncio.create_task(run_watchdog(settings, stop=stop, stats=stats))
    producer = make_producer(settings, linger_ms=0)
    await producer.start()
    timed_out: dict[str, float] = {}
    reader = make_consumer(settings, events, group=f"{settings.app_id}-test-reader")
    await reader.start()

    async def send(root: str, status: TaskRunStatus) -> None:
        event = _event(root, status)
        await (await producer.send(events, encode(event), key=event.key))

    async def read(seconds: float) -> None:
        batches = await reader.getmany(timeout_ms=int(seconds * 1000))
        for messages in batches.values():
            for message in messages:
                value = orjson.loads(message.value)
                if value["status"] == TaskRunStatus.TIMED_OUT.value:
                    timed_out.setdefault(value["root_run_id"], time.monotonic())

    try:
        await send(live, TaskRunStatus.RUNNING)
        await send(dead, TaskRunStatus.RUNNING)  # its process dies now: no sign of life ever again
        for _ in range(4):  # the live attempt beats every second, as the SDK beats a 4 s timeout
            await send(live, TaskRunStatus.HEARTBEAT)
            await read(1.0)
        assert stats.open == 2 and not timed_out, (stats, timed_out)
        relay.cut()
        await asyncio.sleep(OUTAGE_S)  # the live service's heartbeats wait in its spool meanwhile
        assert not watchdog.done(), watchdog
        relay.heal()
        healed = time.monotonic()
        deadline = healed + 60
        while dead not in timed_out:
            assert time.monotonic() < deadline, f"the dead attempt was not timed out: {stats}"
            assert not watchdog.done(), watchdog
            await send(live, TaskRunStatus.HEARTBEAT)  # the spool drains, then the beats go on
            await read(1.0)
        for _ in range(int(HEARTBEAT_TIMEOUT_S) + 2):  # a wrong timeout of the live attempt would be seen by now
            await send(live, TaskRunStatus.HEARTBEAT)
            await read(1.0)
        assert live not in timed_out, "a live attempt was timed out for the silence of a broker outage"
        assert timed_out[dead] - healed <= HEARTBEAT_TIMEOUT_S + 5, "the dead attempt was found late"
        await send(live, TaskRunStatus.SUCCESS)
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(watchdog, timeout=30)
        await reader.stop()
        await producer.stop()
    assert stats.timed_out == 1
