"""The placeholder a secret becomes, and whether a value still holds one.

The SDK writes it into input dumps (:mod:`errorflow.sdk.scrub`); recovery and the
replay CLI look for it, because a redacted input cannot be run again as it is.
It lives outside the SDK package so the pipeline and the CLI can read it without
importing the SDK's producers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["REDACTED", "holds_redacted"]

REDACTED = "***REDACTED***"
"""What a secret value in an input dump is replaced with."""


def holds_redacted(value: Any) -> bool:
    """Whether ``value`` (a JSON-like input, at any depth) holds a redacted secret."""
    if isinstance(value, Mapping):
        return any(holds_redacted(item) for item in value.values())
    if isinstance(value, list):
        return any(holds_redacted(item) for item in value)
    return isinstance(value, str) and value == REDACTED
