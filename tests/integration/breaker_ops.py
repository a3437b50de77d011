"""Operations of the breaker integration tests: calls to a dependency that is up or down on demand."""

from __future__ import annotations

from pathlib import Path

from errorflow.sdk import operation

CALLS: list[int] = []
"""Amounts the function was really called with, in this process."""


@operation(name="brk_charge", service="it-breakers", dependency="pay-api")
def charge(amount: int, fail: bool = False, down_flag: str = "") -> dict[str, int]:
    CALLS.append(amount)
    if fail or (down_flag and Path(down_flag).exists()):
        raise ConnectionRefusedError(111, "Connection refused")
    return {"charged": amount}


@operation(name="brk_pay", service="it-breakers", dependency="pay-api")
def pay(amount: int, fail: bool = False) -> dict[str, int]:
    """Like ``brk_charge``, but the policies file never retries it, so no retry muddles a fail-fast test."""
    CALLS.append(amount)
    if fail:
        raise ConnectionRefusedError(111, "Connection refused")
    return {"paid": amount}


@operation(name="brk_note", service="it-breakers", dependency="pay-api")
def note(amount: int, memo: str = "") -> dict[str, int]:
    """A call whose input can be made as large as a test needs (``memo``); never retried, like ``brk_pay``."""
    CALLS.append(amount)
    return {"noted": amount}
