"""The error response a service hands to its caller (seed 004's consistent JSON error format).

Built by :func:`errorflow.sdk.error_response` from a live exception; its JSON
Schema is ``schemas/json/error_response.v1.json``, so callers in any language
can rely on the shape::

    {"error": true, "error_code": "CONNECT_TIMEOUT", "error_category": "transient",
     "severity": "MEDIUM", "message": "...", "details": {...},
     "recovery_strategy": "retry_with_backoff",
     "recovery_details": {"retry_attempt": 0, "max_retries": 4, "next_attempt_delay_ms": 1000,
                          "auto_retry": true},
     "user_action": "...", "request_id": "...", "timestamp": "2026-11-29T10:00:00Z"}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ErrorResponse", "RecoveryDetails"]


class RecoveryDetails(BaseModel):
    """What recovery will do about the failure."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    retry_attempt: int = Field(ge=0)
    """Retries already made before this failure (0 when the first attempt failed)."""
    max_retries: int = Field(ge=0)
    """Retries the category's policy allows (its ``max_attempts`` minus the first attempt)."""
    next_attempt_delay_ms: int | None = Field(default=None, ge=0)
    """Delay before the next attempt (before jitter); null when none will follow."""
    auto_retry: bool
    """True when errorflow retries by itself; false when the caller (or an operator) must act."""


class ErrorResponse(BaseModel):
    """Seed 004's error response (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = 1
    error: Literal[True] = True
    """Always true: tells an error body from a result at a glance."""
    error_code: str = Field(min_length=1, pattern=r"^[A-Z][A-Z0-9_]*$")
    """Stable machine-readable code: the exception's own ``error_code``/``code`` if it has a textual one,
    else its class name in upper snake case (``ConnectTimeout`` -> ``CONNECT_TIMEOUT``)."""
    error_category: Literal["transient", "resource", "validation", "permanent", "unknown"]
    """The classifier's category: it decides recovery."""
    severity: Literal["CRITICAL", "HIGH", "MEDIUM", "LOW"]
    message: str
    """The exception's message, with secrets scrubbed."""
    details: dict[str, Any] = Field(default_factory=dict)
    """Context: exception type, fingerprint, classifier rule, plus what the service passed (scrubbed)."""
    recovery_strategy: Literal["retry_with_backoff", "wait_for_resources", "fail_fast", "dead_letter", "retry_once"]
    recovery_details: RecoveryDetails
    user_action: str
    """What the caller should do, in words."""
    request_id: str = Field(min_length=1)
    """The request (or run) to quote to support."""
    timestamp: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
    """When the failure was reported, UTC, ISO 8601 with ``Z``."""
