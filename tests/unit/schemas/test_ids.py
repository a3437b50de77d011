"""Run and event ids: valid UUIDv7 strings, strictly increasing within a process, at the clock's millisecond."""

from __future__ import annotations

import os
import signal
import time
import uuid

import pytest

from errorflow.schemas import ids
from errorflow.schemas.ids import id_time_ms, new_id


def test_ids_are_uuid7_with_the_clocks_millisecond(monkeypatch: pytest.MonkeyPatch) -> None:
    start_ms = 1_900_000_000_123
    monkeypatch.setattr(ids, "_CLOCK", ids._Clock())  # a fresh clock, and the process's own one back after
    monkeypatch.setattr(ids.time, "time_ns", lambda: start_ms * 1_000_000 + 999_999)
    made = [new_id() for _ in range(5_000)]  # more than one millisecond's 4,096 sequence numbers
    assert made == sorted(made) and len(set(made)) == len(made)
    parsed = [uuid.UUID(value) for value in made]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == v for u, v in zip(parsed, made, strict=True))
    times = [id_time_ms(value) for value in made]
    assert times[0] == start_ms and times[-1] == start_ms + 1, "the sequence ran over: the next millisecond"
    assert times.count(start_ms) == 4_096


def test_a_later_millisecond_starts_its_sequence_again(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [2_000_000_000_000 * 1_000_000]
    monkeypatch.setattr(ids, "_CLOCK", ids._Clock())
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0])
    first = new_id()
    now[0] += 5_000_000
    later = new_id()
    assert later > first and id_time_ms(later) == id_time_ms(first) + 5
    assert uuid.UUID(later).int >> 64 & 0xFFF == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork")
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")  # Python 3.12+
def test_a_child_forked_while_another_thread_makes_an_id_can_make_ids() -> None:
    # A pre-forking server (gunicorn --preload, multiprocessing's fork) may fork while a thread of the
    # parent is inside new_id: the child must not inherit the lock held.
    with ids._CLOCK.lock:
        pid = os.fork()
        if pid == 0:  # the child: exit 0 only if it can make an id
            os._exit(0 if len(new_id()) == 36 else 1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail("the forked child deadlocked in new_id")
