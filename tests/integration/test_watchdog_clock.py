"""The watchdog on the real broker, with services whose clocks are off: silence is measured by its own clock.

An attempt's events carry their producer's time. A service clock two minutes behind made every
sign of life look two minutes old, so the watchdog timed out live attempts at once (and recovery
retried a call that was still running: the work ran twice); a clock ahead hid a dead attempt for
as long as the clock was ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import datetime, timedelta

import orjson
import pytest

from errorflow.agents.watchdog import WatchdogStats, run_watchdog
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, utc_now
from errorflow.schemas.ids import new_id
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics, make_consumer, make_producer
from errorflow.streams.topics import Topics

pytestmark = [pytest.mark.integration]

HEARTBEAT_TIMEOUT_S = 2.0
SKEW = timedelta(minutes=2)


def _event(root: str, status: TaskRunStatus, at: datetime) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=root,
        root_run_id=root,
        attempt=1,
        operation="skewed_op",
        service="skewed-svc",
        status=status,
        occurred_at=at,
        channel="direct",
        heartbeat_timeout_s=HEARTBEAT_TIMEOUT_S,
    )


async def test_clocks_behind_or_ahead_neither_time_a_live_attempt_out_nor_hide_a_dead_one(settings: Settings) -> None:
    events = settings.topic(Topics.EVENTS.name)
    await ensure_topics(settings, [events, settings.topic(Topics.COMMANDS.name), settings.topic(Topics.ATTEMPTS.name)])
    beating, silent_behind, silent_ahead = new_id(), new_id(), new_id()
    producer = make_producer(settings, linger_ms=0)
    reader = make_consumer(settings, events, group=f"{settings.app_id}-test-reader")
    stop = asyncio.Event()
    stats = WatchdogStats()
    watchdog = asyncio.create_task(run_watchdog(settings, stop=stop, stats=stats))
    await producer.start()
    await reader.start()
    timed_out: set[str] = set()
    try:

        async def send(root: str, status: TaskRunStatus, skew: timedelta) -> None:
            event = _event(root, status, utc_now() + skew)
            await (await producer.send(events, encode(event), key=event.key))

        # Two services two minutes behind (one keeps beating, one goes silent), one two minutes ahead (silent).
        await send(beating, TaskRunStatus.RUNNING, -SKEW)
        await send(silent_behind, TaskRunStatus.RUNNING, -SKEW)
        await send(silent_ahead, TaskRunStatus.RUNNING, SKEW)
        deadline = time.monotonic() + 60  # far more than two heartbeat timeouts; far less than the skew
        while not {silent_behind, silent_ahead} <= timed_out:
            assert beating not in timed_out, "a live attempt of a service whose clock is behind was timed out"
            assert not watchdog.done(), watchdog
            assert time.monotonic() < deadline, f"the silent attempts were not timed out: {timed_out}"
            await send(beating, TaskRunStatus.HEARTBEAT, -SKEW)  # every 0.4 s, as the SDK beats a 1 s timeout
            batches = await reader.getmany(timeout_ms=400)
            for messages in batches.values():
                for message in messages:
                    value = orjson.loads(message.value)
                    if value["status"] == TaskRunStatus.TIMED_OUT.value:
                        timed_out.add(value["root_run_id"])
        assert beating not in timed_out, "a live attempt of a service whose clock is behind was timed out"
        await send(beating, TaskRunStatus.SUCCESS, -SKEW)
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(watchdog, timeout=30)
        await reader.stop()
        await producer.stop()
    assert stats.timed_out == 2
