"""The retry scheduler agent's helpers: accepting retry records and firing due ones, without Kafka."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

from errorflow.agents.retry_scheduler import BEYOND_HORIZON, accept, fire_due, send_due
from errorflow.errors import MalformedEventError
from errorflow.recovery import RetryScheduler
from errorflow.schemas import RunCommand, encode

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def retry(root: str, attempt: int, due: datetime | None) -> RunCommand:
    return RunCommand(reason="retry", operation="op", root_run_id=root, attempt=attempt, not_before=due)


def test_accept_holds_a_retry_once_and_commits_past_malformed_records() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    first = retry("r1", 2, T0 + timedelta(seconds=5))
    assert accept(scheduler, encode(first), partition=0, offset=0, now=T0, max_bytes=10_000) == first
    duplicate = first.model_copy(update={"run_id": "other"})
    assert accept(scheduler, encode(duplicate), partition=0, offset=1, now=T0, max_bytes=10_000) is None
    bad = accept(scheduler, b"{not json", partition=0, offset=2, now=T0, max_bytes=10_000)
    assert isinstance(bad, MalformedEventError) and bad.reason == "invalid_json"
    assert scheduler.committable_offset(0) == 0  # the first retry has not fired
    now_due = retry("r2", 2, None)
    assert accept(scheduler, encode(now_due), partition=1, offset=0, now=T0, max_bytes=10_000) == now_due
    assert scheduler.next_due() == T0


def test_fire_due_produces_due_retries_and_releases_failed_ones() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    for offset, (root, due) in enumerate([("a", T0), ("b", T0 + timedelta(seconds=1)), ("c", T0 + timedelta(hours=1))]):
        accept(scheduler, encode(retry(root, 2, due)), partition=0, offset=offset, now=T0, max_bytes=10_000)
    sent: list[str] = []

    async def send(command: RunCommand) -> Any:
        sent.append(command.root_run_id)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if command.root_run_id == "b":
            future.set_exception(OSError("broker gone"))
        else:
            future.set_result(None)
        return future

    clock = iter([T0 + timedelta(seconds=2), T0 + timedelta(seconds=2, milliseconds=3)])
    fired = asyncio.run(fire_due(scheduler, send, now=lambda: next(clock)))
    assert sent == ["a", "b"]
    assert [(f.key, round(f.late_s, 3)) for f in fired] == [("a:2", 2.003)]
    assert scheduler.state_of("a:2") == "fired" and scheduler.state_of("b:2") == "pending"
    assert scheduler.state_of("c:2") == "pending"
    assert scheduler.committable_offset(0) == 1  # b (offset 1) is still owed


def test_a_command_that_cannot_be_sent_on_is_refused_at_once_and_the_schedule_goes_on() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    raw = encode(retry("r1", 2, T0))[:-1] + b',"input": {"n": 18446744073709551616}}'  # orjson cannot write it
    refused = accept(scheduler, raw, partition=0, offset=0, now=T0, max_bytes=10_000)
    assert isinstance(refused, MalformedEventError)
    later = retry("r2", 2, T0)
    assert accept(scheduler, encode(later), partition=0, offset=1, now=T0, max_bytes=10_000) == later
    assert scheduler.committable_offsets() == {0: 1}  # past the refused record, not past the held one


def test_retries_due_within_the_dispatch_lead_are_handed_over_early_and_later_ones_wait() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    for offset, (root, due_ms) in enumerate([("soon", 100), ("later", 400)]):
        command = retry(root, 2, T0 + timedelta(milliseconds=due_ms))
        accept(scheduler, encode(command), partition=0, offset=offset, now=T0, max_bytes=10_000)
    sent: list[str] = []

    async def send(command: RunCommand) -> Any:
        sent.append(command.root_run_id)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future

    assert asyncio.run(send_due(scheduler, send, now=lambda: T0)) is None  # nothing due yet without a lead
    handed = asyncio.run(send_due(scheduler, send, now=lambda: T0, lead_s=0.15))
    assert handed is not None and [entry.key for entry in handed[0]] == ["soon:2"]
    assert sent == ["soon"] and scheduler.state_of("later:2") == "pending"


def test_a_retry_decided_by_a_clock_ahead_is_due_its_delay_after_its_record() -> None:
    # decide() measures a retry from the failed event's time (a runner's clock): a clock ahead (or a far-future
    # event time) held the retry, and its partition's committed offset, that much longer. The delay now counts
    # from the record's own time at the latest.
    from errorflow.recovery import retry_due_at

    received = T0
    for skew in (timedelta(minutes=10), timedelta(days=400)):
        issued = T0 + skew
        assert retry_due_at(issued + timedelta(seconds=2), issued_at=issued, received_at=received) == (
            received + timedelta(seconds=2)
        )
    # A record produced late (an attempt an open breaker deferred, issued long before): its not_before stands.
    deferred = retry_due_at(T0 + timedelta(seconds=30), issued_at=T0 - timedelta(minutes=5), received_at=T0)
    assert deferred == T0 + timedelta(seconds=30)
    # Clocks that agree, or no record time: the decision's due time.
    assert retry_due_at(T0 + timedelta(seconds=2), issued_at=T0, received_at=T0) == T0 + timedelta(seconds=2)
    assert retry_due_at(T0 + timedelta(seconds=2), issued_at=T0 + timedelta(days=9), received_at=None) == (
        T0 + timedelta(seconds=2)
    )
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    ahead = RunCommand(
        reason="retry",
        operation="op",
        root_run_id="skewed",
        attempt=2,
        issued_at=T0 + timedelta(days=400),
        not_before=T0 + timedelta(days=400, seconds=3),
    )
    assert accept(scheduler, encode(ahead), partition=0, offset=0, now=T0, max_bytes=10_000, received_at=T0) == ahead
    assert scheduler.next_due() == T0 + timedelta(seconds=3)


def test_a_retry_delay_no_policy_allows_is_one_quarantine_record_not_a_stalled_partition() -> None:
    scheduler: RetryScheduler[RunCommand] = RetryScheduler()
    hostile = RunCommand(
        reason="retry",
        operation="op",
        root_run_id="far",
        attempt=2,
        issued_at=T0,
        not_before=datetime(9000, 1, 1, tzinfo=timezone.utc),
    )
    refused = accept(scheduler, encode(hostile), partition=0, offset=0, now=T0, max_bytes=10_000, received_at=T0)
    assert isinstance(refused, MalformedEventError) and refused.reason == BEYOND_HORIZON
    assert "beyond the horizon" in refused.detail
    assert scheduler.committable_offset(0) == 1 and scheduler.next_due() is None  # the partition moves on
