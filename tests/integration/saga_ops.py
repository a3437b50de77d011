"""Operations of the issue-14 tests (bulk runs, compensation, fallbacks), run by the stack's function runner.

Each appends what it did to a log file named in its input, so a test reads what
really ran (and how many times) from the file, not from errorflow's own records.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from errorflow.errors import BulkOperationError
from errorflow.sdk import current_run, operation

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
