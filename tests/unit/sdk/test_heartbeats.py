"""Heartbeats: throttled, none for short runs, automatic while a run lives, and ``heartbeat(details)``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import MemoryEmitter, configure, heartbeat, operation, shutdown
from errorflow.sdk.heartbeats import Ticker, longest_silence_s, throttle_interval_s
from errorflow.settings import Settings


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="unit-svc")
    yield memory
    shutdown()


def events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return [decode(record.value, TaskRunEvent) for record in emitter.records]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Sender:
    def __init__(self) -> None:
        self.sent: list[Any] = []

    def heartbeat(self, details: Any) -> None:
        self.sent.append(details)


def test_the_ticker_beats_each_live_attempt_once_per_interval_and_never_after_it_stops() -> None:
    clock = Clock()
    ticker = Ticker(clock=clock, start_thread=False)
    long_run, short_run = Sender(), Sender()
    long_beat = ticker.watch(long_run, interval_s=throttle_interval_s(10))  # every 4 s
    short_beat = ticker.watch(short_run, interval_s=4)
    clock.now = 1.0
    ticker.stop(short_beat)  # a short run: ended before its first interval
    assert ticker.tick() == 0
    for now in (4.0, 4.5, 8.0, 11.9, 12.0):
        clock.now = now
        ticker.tick()
    assert len(long_run.sent) == 3 and short_run.sent == []
    ticker.stop(long_beat)
    clock.now = 100
    assert ticker.tick() == 0 and ticker.live == 0


def test_the_longest_silence_counts_a_freeze_even_when_a_beat_followed_it() -> None:
    # A process frozen past its heartbeat timeout beats again on waking, maybe before its
    # function returns: the gap is what the watchdog saw, whatever came after it.
    clock = Clock()
    ticker = Ticker(clock=clock, start_thread=False)
    beat = ticker.watch(Sender(), interval_s=4)
    for now in (4.0, 8.0, 20.0, 24.0):  # 8 -> 20: frozen for 12 s
        clock.now = now
        ticker.tick()
    clock.now = 25.0
    ticker.stop(beat)
    clock.now = 99.0  # asked later: the silence ends where the attempt ended
    assert longest_silence_s((beat, None)) == 12.0  # type: ignore[arg-type]
    clock.now = 24.0
    steady = ticker.watch(Sender(), interval_s=4)
    for now in (28.0, 32.0, 36.0):
        clock.now = now
        ticker.tick()
    clock.now = 45.0  # still running, silent for 9 s since its last beat
    assert longest_silence_s((steady, None)) == 9.0  # type: ignore[arg-type]
    assert longest_silence_s(None) == 0.0


def test_a_manual_heartbeat_within_the_interval_delays_the_automatic_one() -> None:
    clock = Clock()
    ticker = Ticker(clock=clock, start_thread=False)
    sender = Sender()
    beat = ticker.watch(sender, interval_s=4)
    clock.now = 4.0
    beat.details = {"page": 3}
    beat.send()  # what heartbeat() does when the interval has passed
    ticker.tick()
    assert sender.sent == [{"page": 3}], "the automatic beat is not sent right after a manual one"
    clock.now = 8.0
    ticker.tick()
    assert sender.sent == [{"page": 3}, {"page": 3}]


def test_a_short_run_sends_no_heartbeat_and_its_events_carry_the_limits(emitter: MemoryEmitter) -> None:
    @operation(name="unit_short", heartbeat_timeout_s=30, timeout_s=90, register=False)
    def short() -> int:
        heartbeat({"done": 1})  # throttled: the running event was the last sign of life
        return 1

    assert short() == 1
    [only] = events(emitter)  # a quick call: one record, its terminal event (sdk.lifecycle_after_s)
    assert only.status is TaskRunStatus.SUCCESS and only.started_at is not None

    emitter.records.clear()
    configure(Settings(sdk={"lifecycle_after_s": 0}), emitter=emitter, service="unit-svc")
    assert short() == 1
    pending, running, success = events(emitter)
    assert [e.status for e in (pending, running, success)] == [
        TaskRunStatus.PENDING,
        TaskRunStatus.RUNNING,
        TaskRunStatus.SUCCESS,
    ]
    assert running.heartbeat_timeout_s == 30 and running.timeout_s == 90
    assert success.heartbeat_timeout_s is None, "limits ride on signs of life only"


def test_a_long_run_beats_automatically_with_its_latest_details_and_stops_before_its_end(
    emitter: MemoryEmitter,
) -> None:
    @operation(name="unit_long", heartbeat_timeout_s=0.25, register=False)
    async def long() -> None:
        heartbeat({"step": 1})
        for step in range(2, 6):
            await asyncio.sleep(0.1)
            heartbeat({"step": step})

    asyncio.run(long())
    time.sleep(0.3)  # a beat racing the end would have been emitted by now
    statuses = [e.status for e in events(emitter)]
    assert statuses[:2] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING]
    assert statuses[-1] is TaskRunStatus.SUCCESS
    beats = [e for e in events(emitter) if e.status is TaskRunStatus.HEARTBEAT]
    assert 2 <= len(beats) <= 6, "throttled to one per 0.1 s interval"
    assert all(b.heartbeat_timeout_s == 0.25 for b in beats)
    assert beats[-1].heartbeat_details is not None and beats[-1].heartbeat_details["step"] >= 3


def test_without_auto_heartbeat_only_the_operations_calls_beat(emitter: MemoryEmitter) -> None:
    @operation(name="unit_manual", heartbeat_timeout_s=0.25, auto_heartbeat=False, register=False)
    def silent() -> None:
        time.sleep(0.35)

    silent()
    assert TaskRunStatus.HEARTBEAT not in [e.status for e in events(emitter)]


def test_heartbeat_outside_a_run_does_nothing(emitter: MemoryEmitter) -> None:
    heartbeat({"x": 1})
    assert emitter.records == []
