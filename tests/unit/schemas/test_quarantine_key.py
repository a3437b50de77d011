"""A quarantine record's size does not grow with the refused record's key."""

from __future__ import annotations

from errorflow.schemas.codec import encode
from errorflow.schemas.quarantine import KEY_PREFIX_BYTES, RAW_PREFIX_BYTES, QuarantineRecord, quarantine_key


def _record(key: bytes | None) -> QuarantineRecord:
    return QuarantineRecord.for_record(
        topic="t", partition=0, offset=1, key=key, raw=b"{" * 10_000, detected_by="sink", reason="invalid_json"
    )


def test_the_key_kept_is_its_start_whatever_its_size_or_bytes() -> None:
    assert _record(None).key is None and quarantine_key(None) is None
    assert _record(b"root-1").key == "root-1" and quarantine_key(b"root-1") == b"root-1"
    huge = b"\xff" * 1_000_000
    record = _record(huge)
    assert record.key == "\ufffd" * KEY_PREFIX_BYTES
    assert quarantine_key(huge) == huge[:KEY_PREFIX_BYTES]
    # The record with its Kafka key stays a few kB: 3 bytes per replaced byte of the key and the raw prefix.
    assert len(encode(record)) + len(quarantine_key(huge) or b"") < 4 * (KEY_PREFIX_BYTES + RAW_PREFIX_BYTES)
