"""The quarantine record: a malformed record, kept with the reason it was refused."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now

__all__ = [
    "HANDLER_FAILED",
    "KEY_PREFIX_BYTES",
    "OUTCOME_TOO_LARGE",
    "RAW_PREFIX_BYTES",
    "REFUSED_BY_KAFKA",
    "QuarantineRecord",
    "failure_detail",
    "quarantine_key",
]

RAW_PREFIX_BYTES = 4096
KEY_PREFIX_BYTES = 1024
"""How much of a refused record's key its quarantine record keeps (in ``key``, and as its own Kafka key).

A record's key may be as large as the broker takes (Tansu takes any size): copied whole, in the
record's key and again in ``key`` (each byte that is not UTF-8 written as a 3-byte replacement
character), a quarantine record was up to four times the refused record, which a broker refuses
(``MESSAGE_TOO_LARGE``), and an agent that must publish it never got past the record.
"""
HANDLER_FAILED = "handler_failed"
"""Reason of a record whose handling raised an unexpected exception (an agent's bug or a case it missed)."""
REFUSED_BY_KAFKA = "refused_by_kafka"
"""Reason of a record whose outcome (a breaker transition, a dead letter) Kafka refused for good."""

OUTCOME_TOO_LARGE = "outcome_too_large"
"""Reason of a runner command whose attempt outcome had to leave saga steps out to fit a Kafka record."""


def failure_detail(exc: BaseException) -> str:
    """``Type: message`` of an exception for a quarantine record, even when its ``__str__`` raises."""
    try:
        return f"{type(exc).__name__}: {exc}"
    except Exception:  # a hostile __str__ must not stop the agent describing it
        return f"{type(exc).__name__}: <unprintable>"


def quarantine_key(key: bytes | None) -> bytes | None:
    """The Kafka key of a refused record's quarantine record: the start of its key (:data:`KEY_PREFIX_BYTES`)."""
    return None if key is None else key[:KEY_PREFIX_BYTES]


class QuarantineRecord(BaseModel):
    """Where a refused record was, why it was refused, and the start of its bytes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    quarantine_id: str
    """``topic:partition:offset`` of the refused record: redelivery quarantines it once."""
    source_topic: str
    source_partition: int = Field(ge=0, le=2**31 - 1)
    source_offset: int = Field(ge=0, le=2**63 - 1)
    detected_by: str
    """The agent that refused it."""
    reason: str
    """``empty``, ``invalid_json``, ``invalid_fields``, ``unsupported_schema_version``, ``too_large``,
    ``undecodable`` (the decoder itself failed), ``unmappable`` (valid, but no row could be built),
    ``rejected_by_store`` (the store refused the row), ``handler_failed`` (an agent raised on it),
    ``refused_by_kafka`` (Kafka refused for good a record derived from it: a transition, a dead letter),
    ``outcome_too_large`` (a runner command whose attempt outcome left saga steps out to fit a record)."""
    detail: str = ""
    raw_size: int = Field(default=0, ge=0, le=2**63 - 1)
    raw_prefix: str = ""
    """The first bytes of the record, decoded with replacement characters."""
    key: str | None = None
    """The first :data:`KEY_PREFIX_BYTES` bytes of the record's key, decoded with replacement characters."""
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
            key=None if key is None else key[:KEY_PREFIX_BYTES].decode("utf-8", errors="replace"),
        )

    @classmethod
    def for_failure(
        cls,
        *,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        raw: bytes | None,
        detected_by: str,
        exc: BaseException,
    ) -> QuarantineRecord:
        """Build the quarantine record of a Kafka record whose handling raised ``exc`` (:data:`HANDLER_FAILED`)."""
        return cls.for_record(
            topic=topic,
            partition=partition,
            offset=offset,
            key=key,
            raw=raw,
            detected_by=detected_by,
            reason=HANDLER_FAILED,
            detail=failure_detail(exc),
        )
