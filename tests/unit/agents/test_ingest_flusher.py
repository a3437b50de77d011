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
