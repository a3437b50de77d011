"""DetectionPriority: behind while the classifier's records are old, for a bounded time; yields are bounded."""

from __future__ import annotations

import asyncio

from errorflow.pipeline_priority import BEHIND_RECORDS, DetectionPriority


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _priority(clock: Clock) -> DetectionPriority:
    # Wall clock and monotonic clock share the fake: a record timestamp is wall time in ms.
    return DetectionPriority(behind_s=0.1, hold_s=0.5, clock=clock, wall=clock)


def test_old_records_mark_behind_fresh_ones_clear_it() -> None:
    clock = Clock()
    priority = _priority(clock)
    assert not priority.behind
    priority.note([int((clock.now - 0.05) * 1000)], waiting=5000)
    assert not priority.behind  # 50 ms old: keeping up
    priority.note([int((clock.now - 0.05) * 1000), int((clock.now - 0.3) * 1000)], waiting=5000)
    assert priority.behind  # the oldest record counts
    priority.note([int((clock.now - 0.01) * 1000)], waiting=5000)
    assert not priority.behind  # caught up


def test_a_behind_note_expires_when_no_newer_note_comes() -> None:
    clock = Clock()
    priority = _priority(clock)
    priority.note([int((clock.now - 1) * 1000)], waiting=5000)
    clock.now += 0.4
    assert priority.behind
    clock.now += 0.2
    assert not priority.behind  # the classifier stopped reporting: nobody is held back


def test_old_records_without_a_backlog_are_a_late_clock_not_a_burst() -> None:
    clock = Clock()
    priority = _priority(clock)
    priority.note([int((clock.now - 5) * 1000)], waiting=3)  # a producer whose clock runs 5 s late
    assert not priority.behind
    priority.note([int((clock.now - 5) * 1000)], waiting=BEHIND_RECORDS - 1)  # a short stall under light load
    assert not priority.behind
    priority.note([int((clock.now - 5) * 1000)], waiting=BEHIND_RECORDS)
    assert priority.behind


def test_records_without_timestamps_teach_nothing() -> None:
    clock = Clock()
    priority = _priority(clock)
    priority.note([], waiting=5000)
    priority.note([-1], waiting=5000)
    assert not priority.behind


def test_a_yield_waits_while_behind_and_never_longer_than_its_bound() -> None:
    priority = DetectionPriority(behind_s=0.1, hold_s=60)
    assert asyncio.run(priority.yield_to_detection(max_s=0.05)) == 0.0  # not behind: no wait
    priority.note([1], waiting=5000)  # a record from 1970 with a backlog: behind for the next minute
    waited = asyncio.run(priority.yield_to_detection(pause_s=0.005, max_s=0.05))
    assert 0.05 <= waited < 5  # bounded: the agent goes on although the classifier is still behind
    assert priority.yields == 1


def test_a_yield_ends_when_the_agent_stops() -> None:
    priority = DetectionPriority(behind_s=0.1, hold_s=60)
    priority.note([1], waiting=5000)

    async def run() -> float:
        stop = asyncio.Event()
        stop.set()
        return await priority.yield_to_detection(stop, max_s=30)

    assert asyncio.run(run()) < 5
