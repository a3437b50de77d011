"""The placeholder a secret becomes, and whether a value still holds one.

The SDK writes it into input dumps (:mod:`errorflow.sdk.scrub`); recovery and the
replay CLI look for it, because a redacted input cannot be run again as it is.
The same holds for the SDK's stand-ins for an input it could not send whole
(:data:`UNCAPTURED_KEYS`, :data:`NESTED_TOO_DEEPLY`): run with them, a call would
do other work than the one that failed.
It lives outside the SDK package so the pipeline and the CLI can read it without
importing the SDK's producers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from errorflow.safetext import NESTED_TOO_DEEPLY

__all__ = ["INPUT_DROPPED", "INPUT_UNAVAILABLE", "NESTED_TOO_DEEPLY", "REDACTED", "UNCAPTURED_KEYS", "holds_redacted"]

REDACTED = "***REDACTED***"
"""What a secret value in an input dump is replaced with."""

INPUT_UNAVAILABLE = "_errorflow_unavailable"
"""Key of the input dump the SDK sends when an argument could not be read (its ``repr`` raised)."""
INPUT_DROPPED = "_errorflow_dropped"
"""Key of the input dump the SDK sends when the event was over the size limit with it."""
UNCAPTURED_KEYS = frozenset({INPUT_UNAVAILABLE, INPUT_DROPPED})


def holds_redacted(value: Any) -> bool:
    """Whether ``value`` (a JSON-like input, at any depth) holds a redacted secret or a stand-in for lost input."""
    if isinstance(value, Mapping):
        return any(key in UNCAPTURED_KEYS for key in value) or any(holds_redacted(item) for item in value.values())
    if isinstance(value, list):
        return any(holds_redacted(item) for item in value)
    return isinstance(value, str) and value in (REDACTED, NESTED_TOO_DEEPLY)
