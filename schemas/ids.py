"""Identifiers: UUIDv7, unique and ordered by creation time."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid

__all__ = ["id_time_ms", "new_id", "timed_out_event_id"]


class _Clock:
    """Last millisecond and sequence handed out, so ids stay strictly increasing."""

    lock = threading.Lock()
    last_ms = 0
    seq = 0


def new_id() -> str:
    """Return a new RFC 9562 UUIDv7 string; ids made later in one process sort later."""
    state = _Clock
    with state.lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= state.last_ms:
            # Same or earlier millisecond: keep the timestamp and count up in rand_a.
            state.seq += 1
            if state.seq > 0xFFF:
                state.last_ms += 1
                state.seq = 0
            now_ms = state.last_ms
        else:
            state.last_ms = now_ms
            state.seq = 0
        seq = state.seq
    rand_b = int.from_bytes(os.urandom(8), "big") & 0x3FFF_FFFF_FFFF_FFFF
    value = (now_ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | seq << 64 | 0x2 << 62 | rand_b
    text = f"{value:032x}"  # formatting by hand is 3x faster than str(uuid.UUID(...))
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def id_time_ms(value: str) -> int:
    """Return the creation time, in Unix milliseconds, encoded in a UUIDv7 string."""
    return uuid.UUID(value).int >> 80


def timed_out_event_id(run_id: str, attempt: int) -> str:
    """Return the one event id of an attempt's ``timed_out`` event, whoever records it.

    The runner (a limit passed), the watchdog (silence or a passed deadline) and a
    watchdog restarted after a crash all derive the same id, so the sink keeps one
    ``timed_out`` event per attempt. Shaped like a UUID (version 8, RFC 9562's
    custom version): a hash of the attempt, not a time.
    """
    digest = bytearray(hashlib.sha256(f"timed_out:{run_id}:{attempt}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x80
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))
