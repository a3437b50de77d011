"""The quarantine record: a malformed record, kept with the reason it was refused."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now

__all__ = ["QuarantineRecord", "RAW_PREFIX_BYTES"]

RAW_PREFIX_BYTES = 4096


class QuarantineRecord(BaseModel):
    """Where a refused record was, why it was refused, and the start of its bytes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    quarantine_id: str
    """``topic:partition:offset`` of the refused record: redelivery quarantines it once."""
    source_topic: str
    source_partition: int
    source_offset: int
    detected_by: str
    """The agent that refused it."""
    reason: str
    """``invalid_json``, ``invalid_fields``, ``unsupported_schema_version``, ``too_large``, ``rejected_by_store``..."""
    detail: str = ""
    raw_size: int = 0
    raw_prefix: str = ""
    """The first bytes of the record, decoded with replacement characters."""
    key: str | None = None
    quarantined_at: datetime = Field(default_factory=utc_now)

    @classmethod
    def for_record(
        cls,
        *,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        raw: bytes | None,
        detected_by: str,
        reason: str,
        detail: str = "",
    ) -> QuarantineRecord:
        """Build the quarantine record of one Kafka record."""
        raw = raw or b""
        return cls(
            quarantine_id=f"{topic}:{partition}:{offset}",
            source_topic=topic,
            source_partition=partition,
            source_offset=offset,
            detected_by=detected_by,
            reason=reason,
            detail=detail[:2000],
            raw_size=len(raw),
            raw_prefix=raw[:RAW_PREFIX_BYTES].decode("utf-8", errors="replace"),
            key=None if key is None else key.decode("utf-8", errors="replace"),
        )
