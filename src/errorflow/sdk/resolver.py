"""Whether a forked child can still resolve the broker's address the way librdkafka does.

glibc's ``getaddrinfo()`` with ``AI_ADDRCONFIG``, which librdkafka's broker
threads call at every connect, takes a process-wide lock (in ``__check_pf``)
that glibc does not reset in a forked child. A fork that lands while a thread
of the parent holds it (a librdkafka broker thread reconnecting to a broker
that is away does so every few tens of milliseconds) leaves the child that
lock held for good, by a thread that does not exist there. In such a child
every librdkafka client hangs in its first connect, and destroying it
(``rd_kafka_destroy`` joins that thread) hangs the thread that destroys it:
the emitter's thread, and every ``flush()`` after it. A child whose lookup
answers has the lock free, and nothing of its parent can take it later.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading

__all__ = ["forked", "resolver_answers"]

_IMPORTED_IN = os.getpid()


def forked() -> bool:
    """Tell whether this process was forked from the one that imported errorflow (its resolver may be locked)."""
    return os.getpid() != _IMPORTED_IN


async def resolver_answers(bootstrap: str, timeout_s: float) -> bool:
    """Look the first bootstrap address up as librdkafka does; False when the lookup did not return in time.

    The lookup runs on a daemon thread of its own, never on the event loop's
    executor: when the lock is held for good, that thread never returns (and
    an executor's thread would hold up the loop's closing). A name that does
    not resolve still answers: only the lock is in question. A lookup slower
    than the timeout (a DNS server that does not answer) counts as locked:
    the caller then uses a client that does not need the lock, which works
    either way.
    """
    # The first address, also in librdkafka's "plaintext://host:port" form.
    address = bootstrap.split(",", maxsplit=1)[0].strip().rpartition("://")[2]
    host, colon, port = address.rpartition(":")
    if not colon:
        host, port = address, ""
    host = host.strip("[]")
    loop = asyncio.get_running_loop()
    answered: asyncio.Future[None] = loop.create_future()

    def done() -> None:
        if not answered.done():
            answered.set_result(None)

    def look_up() -> None:
        with contextlib.suppress(OSError, UnicodeError):
            socket.getaddrinfo(host, port or None, type=socket.SOCK_STREAM, flags=socket.AI_ADDRCONFIG)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(done)

    threading.Thread(target=look_up, name="errorflow-resolver-check", daemon=True).start()
    await asyncio.wait({answered}, timeout=timeout_s)
    return answered.done()
