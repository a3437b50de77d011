"""Operations for the watchdog integration tests: long first attempts with short heartbeat timeouts."""

from __future__ import annotations

import asyncio
from pathlib import Path

from errorflow.sdk import current_run, operation

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
