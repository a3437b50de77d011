"""The fingerprint windows a restart rebuilds: one fingerprint per stored failure, whenever its verdict lands (pure).

The rebuild counts the failures stamped before the cut ``T`` (``agents/anomaly.py``)
and the catch-up skips exactly those, whatever else is stored. A failure's
fingerprint must follow the same rule, but its verdict is another row
(``error_classifications``), written by the classifier agent through another topic
and often later than the event's row: a failure stored before ``T`` whose verdict
was stored after the rebuild read the verdicts was counted by neither (the rebuild
found no verdict, the catch-up skipped the event as stored).

So the rebuild reads the failures, not the verdicts: each failure stamped before
``T`` is one row of its query, joined to its stored verdict when there is one
(the join reads the verdicts once, so each failure is either matched or not,
never both). A matched failure counts under its verdict's fingerprint; an
unmatched one is classified here from its stored row by the same pure function
the classifier agent applies (:func:`errorflow.classify.verdict.failure_verdict`),
and counts under that. Every failure stamped before ``T`` is counted exactly once
by the rebuild, none of the others, whichever order the two rows land in; the
verdicts only spare the rebuild the classifying.

The stored row is the event as the sink stored it: scrubbed when its producer did
not scrub it (the SDK does); a secret in its message can then give it another
fingerprint than the verdict of its raw record would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import orjson

__all__ = ["FAILURE_TEXT_COLUMNS", "FingerprintBucket", "merge_buckets", "stored_failure"]

FAILURE_TEXT_COLUMNS = (
    "status",
    "error_type",
    "error_message",
    "error_traceback",
    "error_context",
    "error_list",
    "criticality",
)
"""The ``taskrun_events`` columns a failure's verdict is computed from."""


@dataclass(frozen=True, slots=True)
class FingerprintBucket:
    """Failures of one fingerprint of a service in one minute, and what the alert says of them."""

    service: str
    fingerprint: str
    minute: int
    failures: int
    operation: str
    category: str | None
    error_type: str | None


def merge_buckets(buckets: Iterable[FingerprintBucket]) -> list[FingerprintBucket]:
    """One bucket per service, fingerprint and minute, its failures summed (the first one's details kept).

    The failures that had a verdict and those classified in the rebuild may share a bucket:
    loading both would keep only the last (a load sets a bucket).
    """
    merged: dict[tuple[str, str, int], FingerprintBucket] = {}
    for bucket in buckets:
        key = (bucket.service, bucket.fingerprint, bucket.minute)
        have = merged.get(key)
        if have is None:
            merged[key] = bucket
        else:
            merged[key] = replace(have, failures=have.failures + bucket.failures)
    return list(merged.values())


def stored_failure(row: Mapping[str, Any]) -> dict[str, Any]:
    """The event a failure's stored row stands for, as the classifier reads an event's JSON dict.

    ``error_context`` and ``error_list`` are stored as JSON text (``errorflow.sinks.rows.event_row``);
    text that does not parse (no row the sink writes) counts as absent.
    """
    return {
        "status": row.get("status"),
        "error_type": row.get("error_type"),
        "error_message": row.get("error_message"),
        "error_traceback": row.get("error_traceback"),
        "criticality": row.get("criticality") or "normal",
        "error_context": _json(row.get("error_context"), dict),
        "error_list": _json(row.get("error_list"), list) or [],
    }


def _json(text: Any, kind: type) -> Any:
    if not isinstance(text, (str, bytes)) or not text:
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, kind) else None
