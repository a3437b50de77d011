"""Identifiers: UUIDv7, unique and ordered by creation time."""

from __future__ import annotations

import hashlib
import os
import random
import threading
import time
import uuid

__all__ = ["id_time_ms", "new_id", "timed_out_event_id"]


class _Clock:
    """Last millisecond and sequence handed out, so ids stay strictly increasing, and the millisecond's text."""

    __slots__ = ("last_ms", "lock", "prefix", "seq")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last_ms = 0
        self.seq = 0
        self.prefix = ""
        """The first groups of the id (``last_ms`` and the version digit): formatted once per millisecond."""


_CLOCK = _Clock()
_getrandbits = random.getrandbits


def _unlock_in_child() -> None:
    """Give a forked child a free lock: a fork taken while another thread held it would copy it held forever."""
    _CLOCK.lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_unlock_in_child)


def _prefix(ms: int) -> str:
    return "%08x-%04x-7" % (ms >> 16 & 0xFFFF_FFFF, ms & 0xFFFF)  # noqa: UP031  # one %-format is the fastest here


def new_id() -> str:
    """Return a new RFC 9562 UUIDv7 string; ids made later in one process sort later."""
    state = _CLOCK
    with state.lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > state.last_ms:
            state.last_ms = now_ms
            state.seq = seq = 0
            prefix = state.prefix = _prefix(now_ms)
        else:
            # Same or earlier millisecond: keep the timestamp and count up in rand_a.
            seq = state.seq = state.seq + 1
            if seq > 0xFFF:
                state.last_ms += 1
                state.seq = seq = 0
                state.prefix = _prefix(state.last_ms)
            prefix = state.prefix
    # The random bits come from the random module: seeded from os.urandom, reseeded in a forked child,
    # and ten times cheaper than a system call per id (ids need uniqueness, not secrecy).
    rand_b = _getrandbits(62)
    # (ms << 80 | 7 << 76 | seq << 64 | 2 << 62 | rand_b) in its five groups: the millisecond's text is
    # kept from the previous id, the rest is one format (3x faster than str(uuid.UUID(...))).
    return "%s%03x-%04x-%012x" % (prefix, seq, 0x8000 | rand_b >> 48, rand_b & 0xFFFF_FFFF_FFFF)  # noqa: UP031


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
