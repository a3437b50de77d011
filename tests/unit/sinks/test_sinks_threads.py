"""Background threads named by the engine get the nice value asked for, and no other thread does."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading

import pytest

from errorflow.sinks.threads import renice_threads

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="thread names and nice values per thread are Linux")

PR_SET_NAME = 15


def named_thread(name: bytes) -> tuple[int, threading.Event]:
    """Start a thread that names itself (as ClickHouse's pools do) and waits; return its id and its stop switch."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    ready, stop = threading.Event(), threading.Event()
    ids: list[int] = []

    def run() -> None:
        libc.prctl(PR_SET_NAME, ctypes.c_char_p(name), 0, 0, 0)
        ids.append(threading.get_native_id())
        ready.set()
        stop.wait(10)

    threading.Thread(target=run, daemon=True).start()
    ready.wait(5)
    return ids[0], stop


def test_threads_whose_name_starts_with_the_prefix_get_the_nice_value() -> None:
    merging, stop_merging = named_thread(b"EfMergeTest")
    other, stop_other = named_thread(b"EfOtherTest")
    try:
        before = os.getpriority(os.PRIO_PROCESS, other)
        assert renice_threads("EfMerge", 11) == 1
        assert os.getpriority(os.PRIO_PROCESS, merging) == 11
        assert os.getpriority(os.PRIO_PROCESS, other) == before
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
    finally:
        stop_merging.set()
        stop_other.set()


def test_no_thread_of_that_name_changes_nothing() -> None:
    assert renice_threads("EfNoSuchThread", 5) == 0
