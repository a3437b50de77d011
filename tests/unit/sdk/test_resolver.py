"""A forked child's look at its resolver: answered, or left locked by its parent (stubbed lookups, no network)."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from typing import Any

import pytest

from errorflow.sdk import resolver


def test_a_lookup_that_returns_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[Any, ...]] = []

    def getaddrinfo(host: str, port: str | None, **options: Any) -> list[Any]:
        asked.append((host, port, options))
        return []

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert asyncio.run(resolver.resolver_answers("PLAINTEXT://[::1]:9092, other:9093", timeout_s=60)) is True
    assert asked == [("::1", "9092", {"type": socket.SOCK_STREAM, "flags": socket.AI_ADDRCONFIG})], (
        "the first address, as librdkafka looks it up (AI_ADDRCONFIG: the flag that takes glibc's lock)"
    )


def test_a_name_that_does_not_resolve_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    def getaddrinfo(host: str, port: str | None, **options: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert asyncio.run(resolver.resolver_answers("kafka", timeout_s=60)) is True


def test_a_lookup_that_never_returns_does_not_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock held for good: the lookup's thread never returns, the check ends at its timeout all the same."""
    released = threading.Event()

    def getaddrinfo(host: str, port: str | None, **options: Any) -> list[Any]:
        released.wait()  # as glibc's lock left held by a thread that is not there
        return []

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    try:
        assert asyncio.run(resolver.resolver_answers("127.0.0.1:9092", timeout_s=0.05)) is False
    finally:
        released.set()


def test_only_a_forked_child_counts_as_forked() -> None:
    assert resolver.forked() is False
    pid = os.fork()
    if pid == 0:  # the child: exits at once, its verdict in its exit code
        os._exit(0 if resolver.forked() else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert resolver.forked() is False, "the parent is not a forked child"
