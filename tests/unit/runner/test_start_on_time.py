"""The runner holds a retry handed over ahead of its due time and starts it when due, never before."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.runner.core import hold_until_due, start_delay_s
from errorflow.schemas import RunCommand
from errorflow.schemas.events import utc_now

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def command(due: datetime | None) -> RunCommand:
    return RunCommand(reason="retry", operation="op", root_run_id="r1", attempt=2, not_before=due)


def test_a_retry_due_within_the_lead_waits_until_its_due_time() -> None:
    assert start_delay_s(command(T0 + timedelta(milliseconds=120)), now=T0, lead_s=0.15) == pytest.approx(0.12)


def test_a_retry_due_or_past_due_or_without_a_due_time_starts_at_once() -> None:
    assert start_delay_s(command(T0), now=T0, lead_s=0.15) == 0.0
    assert start_delay_s(command(T0 - timedelta(seconds=3)), now=T0, lead_s=0.15) == 0.0
    assert start_delay_s(command(None), now=T0, lead_s=0.15) == 0.0


def test_the_wait_never_exceeds_the_lead_whatever_not_before_says() -> None:
    assert start_delay_s(command(T0 + timedelta(hours=2)), now=T0, lead_s=0.15) == 0.15
    assert start_delay_s(command(T0 + timedelta(seconds=1)), now=T0, lead_s=0.0) == 0.0


def test_the_due_time_counts_from_its_next_whole_millisecond() -> None:
    # Events record milliseconds: a start at 12:00:00.120 would read as before a due time of .120400.
    due = T0 + timedelta(milliseconds=120, microseconds=400)
    assert start_delay_s(command(due), now=T0 + timedelta(milliseconds=120), lead_s=0.15) == pytest.approx(0.001)


def test_a_naive_not_before_is_read_as_utc() -> None:
    naive = (T0 + timedelta(milliseconds=50)).replace(tzinfo=None)
    assert start_delay_s(command(naive), now=T0, lead_s=0.15) == pytest.approx(0.05)


def test_hold_until_due_returns_at_or_after_the_due_millisecond() -> None:
    due = utc_now() + timedelta(milliseconds=40, microseconds=700)
    asyncio.run(hold_until_due(command(due), lead_s=1.0))
    assert utc_now() >= due  # the time an event would record for a start now


def test_hold_until_due_gives_up_after_the_lead_for_a_far_future_command() -> None:
    due = utc_now() + timedelta(hours=1)
    asyncio.run(hold_until_due(command(due), lead_s=0.02))
    assert utc_now() < due
