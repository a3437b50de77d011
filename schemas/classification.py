"""The classification event: what the classifier decided about one failed event."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now

__all__ = ["ClassificationEvent", "classification_id"]

_NAMESPACE = uuid.UUID("6f1d8c2e-4f0a-4d3b-9a57-3e2f1c0b9d11")


_NAMESPACE_BYTES = _NAMESPACE.bytes


def classification_id(failed_event_id: str) -> str:
    """Deterministic id: classifying the same failed event again yields the same id.

    ``str(uuid.uuid5(namespace, failed_event_id))``, computed without the UUID object
    (a third of the cost; two agents compute it for every failure).
    """
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + failed_event_id.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


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
