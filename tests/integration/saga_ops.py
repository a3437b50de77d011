"""Operations of the issue-14 tests (bulk runs, compensation, fallbacks), run by the stack's function runner.

Each appends what it did to a log file named in its input, so a test reads what
really ran (and how many times) from the file, not from errorflow's own records.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from errorflow.errors import BulkOperationError
from errorflow.sdk import compensate, compensation, compensation_key, current_run, operation

SERVICE = "it-saga"

BULK_POLICY = {"transient": {"max_attempts": 3, "initial_delay_s": 0.3, "max_delay_s": 0.5, "jitter": "none"}}


def _attempt() -> int:
    run = current_run()
    return run.attempt if run else 1


def _log(path: str, **entry: Any) -> None:
    with Path(path).open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


@operation(name="saga_bulk_import", service=SERVICE, retry_policy=BULK_POLICY)
def bulk_import(items: list[dict[str, Any]], flaky: list[int], log: str) -> dict[str, int]:
    """Imports each item; the ``flaky`` ids fail transiently on the first attempt only."""
    attempt = _attempt()
    errors = []
    for index, item in enumerate(items):
        _log(log, id=item["id"], attempt=attempt)
        if attempt == 1 and item["id"] in flaky:
            errors.append(
                {
                    "index": index,
                    "error": f"Connection reset by peer while importing item {item['id']}",
                    "error_type": "builtins.ConnectionResetError",
                }
            )
    if errors:
        raise BulkOperationError(
            f"{len(errors)} of {len(items)} items failed", error_list=errors, success_count=len(items) - len(errors)
        )
    return {"success_count": len(items), "total_count": len(items)}


#: One retry, quickly: a run that keeps failing transiently fails for good on attempt 2.
TWO_ATTEMPTS = {"transient": {"max_attempts": 2, "initial_delay_s": 0.3, "max_delay_s": 0.3, "jitter": "none"}}


@compensation("saga_release_seat")
def release_seat(seat: str, log: str) -> None:
    """Undo a seat reservation (idempotent: releasing a free seat is a no-op)."""
    _log(log, undo=seat, key=compensation_key())


@compensation("saga_refund")
async def refund(amount: int, log: str, gateway_up: str) -> None:
    """Refund a charge; fails while the gateway is down (the flag file is missing)."""
    if not await asyncio.to_thread(Path(gateway_up).exists):
        raise PermissionError(13, "Permission denied", "/payments/refunds")
    _log(log, undo=f"refund {amount}", key=compensation_key())


@operation(name="saga_book_seats", service=SERVICE, retry_policy=TWO_ATTEMPTS, compensate_on="final")
def book_seats(seats: list[str], log: str) -> None:
    """Reserves each seat (registering its release), then the payment service times out, on every attempt."""
    run = current_run()
    assert run is not None
    for seat in seats:
        name = f"{seat}-a{run.attempt}"
        _log(log, do=name)
        run.compensate("saga_release_seat", seat=name, log=log)
    raise TimeoutError("Read timed out. (read timeout=10) calling the payment service")


@operation(name="saga_charge_trip", service=SERVICE, compensate_on="final")
async def charge_trip(seat: str, amount: int, log: str, gateway_up: str) -> None:
    """Reserves a seat and charges; then the hotel refuses: permanent, so the run fails for good at once."""
    run = current_run()
    assert run is not None
    _log(log, do=seat)
    run.compensate("saga_release_seat", seat=seat, log=log)
    _log(log, do=f"charge {amount}")
    run.compensate("saga_refund", amount=amount, log=log, gateway_up=gateway_up)
    raise PermissionError(13, "Permission denied", "/hotel/bookings")


@operation(name="saga_reserve_stock", service=SERVICE, retry_policy=TWO_ATTEMPTS, compensate_on="every_failure")
def reserve_stock(sku: str, log: str) -> str:
    """Reserves stock, then times out on attempt 1; attempt 2 succeeds. Each failed attempt is undone at once."""
    run = current_run()
    assert run is not None
    name = f"{sku}-a{run.attempt}"
    _log(log, do=name)
    run.compensate("saga_release_seat", seat=name, log=log)
    if run.attempt < 2:
        raise TimeoutError("Read timed out. (read timeout=10) reserving stock")
    return name


@compensation("saga_undo_item")
def undo_item(item: str, log: str) -> None:
    """Undo one imported item (idempotent)."""
    _log(log, undo=item)


@operation(name="saga_bulk_undoable", service=SERVICE, retry_policy=BULK_POLICY, compensate_on="final")
def bulk_undoable(items: list[str], log: str) -> dict[str, int]:
    """Imports each item and registers its undo; every tenth fails transiently on the first attempt only.

    10,000 items make 9,000 steps: an attempt outcome of about 1.5 MB, over Kafka's record limit.
    """
    attempt = _attempt()
    _log(log, attempt=attempt, items=len(items))
    errors = []
    for index, item in enumerate(items):
        if attempt == 1 and index % 10 == 0:
            errors.append({"index": index, "error": "Connection reset by peer", "error_type": "builtins.OSError"})
        else:
            compensate("saga_undo_item", item=item, log=log)
    if errors:
        raise BulkOperationError(
            f"{len(errors)} items failed", error_list=errors, success_count=len(items) - len(errors)
        )
    return {"success_count": len(items), "total_count": len(items)}
