"""A process forked after the SDK was configured sends its own events (gunicorn --preload, multiprocessing's fork).

Threads do not survive a fork: a child using the parent's emitter would queue its records
for a thread it does not have. The child builds its own runtime from the parent's settings
on first use; the parent goes on with its own. Every record is read back from the topic.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import threading
import time

import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import configure, operation, runtime, shutdown
from errorflow.settings import Settings
from tests.integration.helpers import consume_all, create_topics

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork"),
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning"),  # Python 3.12+
]


def _exit_code(pid: int, *, timeout_s: float) -> int:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail("the forked child did not finish")


def test_a_child_forked_after_configure_sends_its_events_through_a_runtime_of_its_own(settings: Settings) -> None:
    settings = settings.model_copy(update={"sdk": settings.sdk.model_copy(update={"watch_breakers": False})})
    create_topics(settings, "taskruns.events")
    parent = configure(settings, service="fork-svc")

    @operation(name="forked_call", register=False)
    def work(n: int) -> int:
        return n

    try:
        assert work(1) == 1
        assert parent.emitter.flush(30)
        pid = os.fork()
        if pid == 0:  # the child: exit 0 only if its record was delivered by an emitter of its own
            code = 1
            try:
                delivered = work(2) == 2 and runtime().emitter.flush(30)
                own = runtime() is not parent and runtime().emitter is not parent.emitter
                code = 0 if delivered and own and runtime().service == "fork-svc" else 2
            finally:
                os._exit(code)
        assert _exit_code(pid, timeout_s=90) == 0
        assert work(3) == 3  # the parent's runtime is untouched
        assert parent.emitter.flush(30)
    finally:
        shutdown()

    topic = settings.topic("taskruns.events")
    records = asyncio.run(consume_all(str(settings.kafka.bootstrap), topic, expect=3))
    events = [decode(value, TaskRunEvent) for _, value, _ in records]
    successes = sorted(e.input_dump["n"] for e in events if e.status is TaskRunStatus.SUCCESS)
    assert successes == [1, 2, 3]  # each call once: nothing lost in the child, nothing sent twice
    assert {e.service for e in events} == {"fork-svc"}


def _look_up_until(stop: threading.Event) -> None:
    """Look an address up as librdkafka's broker threads do at every connect, until told to stop."""
    while not stop.is_set():
        socket.getaddrinfo("127.0.0.1", 9, type=socket.SOCK_STREAM, flags=socket.AI_ADDRCONFIG)


def test_a_child_forked_while_its_parent_held_the_resolver_lock_sends_its_events(settings: Settings) -> None:
    """A fork that lands while a thread of the parent holds glibc's resolver lock leaves the child that lock held.

    Two threads of the parent look addresses up with ``AI_ADDRCONFIG`` without pause (a librdkafka
    broker thread reconnecting to a broker that is away does so every ~50 ms), so most forks land
    while one holds the lock (``errorflow.sdk.resolver``). Every child must deliver its event; a
    child whose emitter found the lock held does so with aiokafka (with librdkafka it hung: its first
    connect never returned, and dropping the producer blocked the emitter's thread for good).
    """
    settings = settings.model_copy(update={"sdk": settings.sdk.model_copy(update={"watch_breakers": False})})
    assert settings.sdk.producer == "confluent"
    create_topics(settings, "taskruns.events")
    configure(settings, service="fork-svc")

    @operation(name="forked_locked_call", register=False)
    def work(n: int) -> int:
        return n

    stop = threading.Event()
    lookers = [threading.Thread(target=_look_up_until, args=(stop,), daemon=True) for _ in range(2)]
    for looker in lookers:
        looker.start()
    delivered: list[int] = []
    try:
        for n in range(30):  # until a child found the lock held: most forks do
            pid = os.fork()
            if pid == 0:  # the child: 0 delivered with aiokafka, 10 with librdkafka, 2 not delivered
                code = 2
                try:
                    if work(n) == n and runtime().emitter.flush(60):
                        code = 0 if getattr(runtime().emitter, "_with_aiokafka", None) else 10
                finally:
                    os._exit(code)
            code = _exit_code(pid, timeout_s=120)
            assert code in (0, 10), f"child {n} did not deliver its event"
            delivered.append(n)
            if code == 0:
                break
        else:
            pytest.fail("no fork landed while a thread of the parent held the resolver lock")
    finally:
        stop.set()
        for looker in lookers:
            looker.join(10)
        shutdown()

    records = asyncio.run(
        consume_all(str(settings.kafka.bootstrap), settings.topic("taskruns.events"), expect=len(delivered))
    )
    events = [decode(value, TaskRunEvent) for _, value, _ in records]
    assert sorted(e.input_dump["n"] for e in events if e.status is TaskRunStatus.SUCCESS) == delivered
