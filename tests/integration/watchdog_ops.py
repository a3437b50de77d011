"""Operations for the watchdog integration tests: long first attempts with short heartbeat timeouts."""

from __future__ import annotations

import asyncio
from pathlib import Path

from errorflow.sdk import compensation, current_run, operation

SERVICE = "it-watchdog"
HEARTBEAT_TIMEOUT_S = 3.0
QUICK_RETRY = {"transient": {"max_attempts": 3, "initial_delay_s": 0.3, "max_delay_s": 0.3, "jitter": "none"}}


def _attempt() -> int:
    run = current_run()
    return run.attempt if run else 1


def _mark(marker: str, text: str) -> None:
    with Path(marker).open("a") as out:
        out.write(text + "\n")


@operation(name="wd_slow", service=SERVICE, heartbeat_timeout_s=HEARTBEAT_TIMEOUT_S, retry_policy=QUICK_RETRY)
async def wd_slow(seconds: float, marker: str) -> dict[str, int]:
    """Attempt 1 works for ``seconds`` (heartbeating); later attempts answer at once. Each start is marked."""
    attempt = _attempt()
    _mark(marker, f"start {attempt}")
    if attempt == 1:
        await asyncio.sleep(seconds)
    _mark(marker, f"end {attempt}")
    return {"attempt": attempt}


@operation(name="wd_deadline", service=SERVICE, heartbeat_timeout_s=30.0)
async def wd_deadline(marker: str) -> None:
    """Works far longer than any deadline; marks its cancellation."""
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        _mark(marker, "cancelled")
        raise


@compensation("wd_release_seat")
def wd_release_seat(seat: str, marker: str) -> None:
    """Undo a seat reservation (idempotent by contract); each undo is marked."""
    _mark(marker, f"undo {seat}")


@operation(
    name="wd_saga_seats",
    service=SERVICE,
    heartbeat_timeout_s=HEARTBEAT_TIMEOUT_S,
    retry_policy=QUICK_RETRY,
    compensate_on="final",
)
async def wd_saga_seats(seats: list[str], seconds: float, marker: str) -> None:
    """Reserve each seat (registering its release); attempt 1 then works ``seconds``, attempt 2 is refused for good."""
    run = current_run()
    assert run is not None
    for seat in seats:
        name = f"{seat}-a{run.attempt}"
        _mark(marker, f"do {name}")
        run.compensate("wd_release_seat", seat=name, marker=marker)
    _mark(marker, f"start {run.attempt}")
    if run.attempt == 1:
        await asyncio.sleep(seconds)
        _mark(marker, "end 1")
        return
    raise PermissionError(13, "Permission denied", "/hotel/bookings")
