"""The classification event: what the classifier decided about one failed event."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now

__all__ = ["ClassificationEvent", "classification_id"]

_NAMESPACE = uuid.UUID("6f1d8c2e-4f0a-4d3b-9a57-3e2f1c0b9d11")


def classification_id(failed_event_id: str) -> str:
    """Deterministic id: classifying the same failed event again yields the same id."""
    return str(uuid.uuid5(_NAMESPACE, failed_event_id))


class ClassificationEvent(BaseModel):
    """Category, severity, strategy and fingerprint of one failure (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str
    """``classification_id(failed_event_id)``: redelivery produces the same id."""
    failed_event_id: str
    run_id: str
    root_run_id: str
    attempt: int
    operation: str
    service: str
    dependency: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    category: Literal["transient", "resource", "validation", "permanent", "unknown"]
    severity: Literal["CRITICAL", "HIGH", "MEDIUM", "LOW"]
    strategy: str
    retryable: bool
    rule_id: str
    fingerprint: str
    failed_at: datetime
    """When the failed event occurred (detection latency = classified_at - failed_at)."""
    classified_at: datetime = Field(default_factory=utc_now)

    @property
    def key(self) -> bytes:
        """Kafka key: the logical run."""
        return self.root_run_id.encode()
