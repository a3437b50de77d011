"""When the sink's flusher starts a flush: as soon as rows wait, or after ``batch_min_interval_s``."""

from __future__ import annotations

from typing import Any

import pytest

from errorflow.agents.ingest import Flusher, IngestStats


def flusher(*, min_interval_s: float, interval_s: float = 60.0) -> Flusher:
    nothing: Any = None
    return Flusher(
        writers={},
        pool=nothing,
        producer=nothing,
        consumer=nothing,
        quarantine_topic="q",
        interval_s=interval_s,
        min_interval_s=min_interval_s,
        stats=IngestStats(),
    )


def test_nothing_waiting_is_never_due() -> None:
    assert not flusher(min_interval_s=0.0).due()


def test_a_waiting_row_is_due_at_once_by_default() -> None:
    """A quiet topic's row does not wait for ``batch_max_interval_s`` (here a minute)."""
    each = flusher(min_interval_s=0.0)
    each.covered(("events", 0), 1, [])
    assert each.due()


@pytest.mark.parametrize("min_interval_s", [30.0, 600.0])
def test_a_minimum_interval_holds_rows_until_it_or_the_maximum_passed(min_interval_s: float) -> None:
    each = flusher(min_interval_s=min_interval_s)
    each.covered(("events", 0), 1, [])
    assert not each.due()


def test_while_reading_a_backlog_rows_wait_for_the_maximum_interval() -> None:
    """Catching up (full fetches), a flush waits for ``batch_max_interval_s`` or a full writer: big blocks."""
    each = flusher(min_interval_s=0.0, interval_s=60.0)
    each.covered(("events", 0), 1, [])
    each.backlogged = True
    assert not each.due()
    each.backlogged = False
    assert each.due()


async def test_a_flush_that_never_returns_shows_as_the_stores_silence_while_the_loop_goes_on() -> None:
    """The sink's loop keeps iterating while a flush runs in the background: the flush's start is the store's
    last progress, so a store call that never returns goes silent in /healthz (``errorflow-sink-flush``)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from types import SimpleNamespace

    from errorflow.agents.ingest import store_progress_as_of

    release = threading.Event()

    class HangingWriter:
        def flush(self) -> Any:
            release.wait(timeout=60)
            return SimpleNamespace(written=0, duplicates=0, rejected=[])

    pool = ThreadPoolExecutor(max_workers=1)
    nothing: Any = None
    writers: Any = {"t": HangingWriter()}
    each = Flusher(
        writers=writers,
        pool=pool,
        producer=nothing,
        consumer=nothing,
        quarantine_topic="q",
        interval_s=60.0,
        stats=IngestStats(),
    )
    idle = flusher(min_interval_s=0.0)
    assert each.busy_since is None and store_progress_as_of([each, idle], now=5.0) == 5.0  # nothing runs: now
    await each.flush()  # no offsets: nothing is committed when it ends
    started = each.busy_since
    assert started is not None and not each.idle
    assert store_progress_as_of([idle, each], now=started + 1000.0) == started  # silent since the flush began
    release.set()
    await each.settle()
    assert each.busy_since is None and store_progress_as_of([each, idle], now=7.0) == 7.0
    pool.shutdown(wait=True)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def busy_flusher(clock: Clock, *, busy_s: float = 0.5, interval_s: float = 60.0) -> Flusher:
    nothing: Any = None
    return Flusher(
        writers={},
        pool=nothing,
        producer=nothing,
        consumer=nothing,
        quarantine_topic="q",
        interval_s=interval_s,
        min_interval_s=0.0,
        busy_min_interval_s=busy_s,
        stats=IngestStats(),
        clock=clock,
    )


def test_while_records_keep_coming_rows_wait_for_the_busy_interval() -> None:
    """The other tables' flusher (``sink.main_min_interval_s``): fewer inserts under steady traffic."""
    clock = Clock()
    each = busy_flusher(clock)
    for _ in range(4):  # a record every 50 ms: never quiet
        clock.now += 0.05
        each.covered(("events", 0), 1, [])
        assert not each.due()
    clock.now += 0.31  # 0.5 s since the flusher's last start, records still coming
    each.covered(("events", 0), 2, [])
    assert each.due()


def test_rows_are_flushed_at_once_when_their_topics_go_quiet() -> None:
    """A burst's last rows wait ``QUIET_S``, not the busy interval."""
    from errorflow.agents.ingest import QUIET_S

    clock = Clock()
    each = busy_flusher(clock)
    clock.now += 0.01
    each.covered(("events", 0), 1, [])
    assert not each.due()
    clock.now += QUIET_S
    assert each.due()


def test_the_busy_interval_is_at_most_the_maximum_interval() -> None:
    clock = Clock()
    each = busy_flusher(clock, busy_s=30.0, interval_s=0.5)
    each.covered(("events", 0), 1, [])
    clock.now += 0.5
    each.covered(("events", 0), 2, [])
    assert each.due()


def test_without_a_busy_interval_a_row_is_due_at_once_while_records_come() -> None:
    """The detection lane's flusher (and the only one when the lane is off): no busy interval."""
    clock = Clock()
    nothing: Any = None
    each = Flusher(
        writers={},
        pool=nothing,
        producer=nothing,
        consumer=nothing,
        quarantine_topic="q",
        interval_s=60.0,
        stats=IngestStats(),
        clock=clock,
    )
    each.covered(("classifications", 0), 1, [])
    assert each.due()


@pytest.mark.parametrize("lane", [True, False])
def test_only_the_other_tables_flusher_waits_while_records_come(lane: bool) -> None:
    """With the detection lane the classifications flush at once and the rest wait ``main_min_interval_s``;
    without it one flusher stores everything, classifications included, and waits for no busy interval."""
    from concurrent.futures import ThreadPoolExecutor

    from errorflow.agents.ingest import IngestLoop
    from errorflow.settings import Settings
    from errorflow.streams.topics import Topics

    settings = Settings(sink={"main_min_interval_s": 30.0, "batch_max_interval_s": 60.0})
    nothing: Any = object()
    loop = IngestLoop(settings, store=nothing, stop=nothing)
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        flushers = loop._flushers(
            producer=None, consumer=None, pool=pool, lane=(nothing, pool) if lane else (None, None)
        )
    finally:
        pool.shutdown()
    classifications = settings.topic(Topics.CLASSIFICATIONS.name)
    events = settings.topic(Topics.EVENTS.name)
    owner = loop._flusher_of
    assert len(flushers) == (2 if lane else 1)
    owner[events].covered((events, 0), 1, [])
    owner[classifications].covered((classifications, 0), 1, [])
    assert owner[classifications].due()
    assert owner[events].due() is not lane


async def test_a_flush_is_timed_when_classifications_were_among_its_rows_and_only_then() -> None:
    """``errorflow_detection_flush_seconds``: the store time of the flushes a detection waits for."""
    import time
    from concurrent.futures import ThreadPoolExecutor
    from types import SimpleNamespace

    class Writer:
        def __init__(self, pending: int) -> None:
            self.pending_rows = pending

        def flush(self) -> Any:
            time.sleep(0.03 if self.pending_rows else 0)
            self.pending_rows = 0
            return SimpleNamespace(written=0, duplicates=0, rejected=[])

    stats = IngestStats()
    nothing: Any = None
    classifications, events = Writer(0), Writer(5)
    writers: Any = {"error_classifications": classifications, "taskrun_events": events}
    each = Flusher(
        writers=writers,
        pool=ThreadPoolExecutor(max_workers=1),
        producer=nothing,
        consumer=nothing,
        quarantine_topic="q",
        interval_s=60.0,
        stats=stats,
        timed_tables=frozenset({"error_classifications"}),
    )
    await each.flush()
    await each.settle()
    assert stats.detection_flush.snapshot().count == 0  # events only: not a flush a detection waits for
    classifications.pending_rows = events.pending_rows = 3
    await each.flush()
    await each.settle()
    timed = stats.detection_flush.snapshot()
    assert timed.count == 1
    assert 0.03 <= timed.total < 5  # both writers' time, the events' too: the classifications waited for it
