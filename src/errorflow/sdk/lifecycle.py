"""Lifecycle events only for runs that outlive a threshold.

A quick call sends one record: its terminal event, carrying ``queued_at`` and
``started_at`` (the sink stores the ``pending`` and ``running`` rows they stand
for). A call still running after ``sdk.lifecycle_after_s`` gets its ``pending``
and ``running`` events then, from one daemon thread per process, and its
terminal event is then sent without the two times: consumers see the familiar
three events, in order, for every run that lasts.

Per call the cost is a dict insert and a dict pop. The thread claims a run
only while holding a lock, and a run's finish that finds its run claimed waits
for that lock: the terminal event is never queued before the run's ``pending``
and ``running`` events.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from typing import Protocol

from errorflow.safetext import log_problem

__all__ = ["LifecycleWatch", "Watched"]

logger = logging.getLogger(__name__)

_MAX_TICK_S = 0.25
_WATCHES: weakref.WeakSet[LifecycleWatch] = weakref.WeakSet()
"""Every watch of the process, so a forked child starts its own thread (threads do not survive a fork)."""


class Watched(Protocol):
    """A run the watch may report: it emits its own ``pending`` and ``running`` events."""

    def report_started(self) -> None:
        """Emit ``pending`` and ``running`` with the times the run was accepted and started."""


class LifecycleWatch:
    """Reports the start of runs that last longer than ``after_s``; one daemon thread, started on first use."""

    def __init__(self, after_s: float) -> None:
        self.after_s = after_s
        self._runs: dict[Watched, float] = {}
        self._claim = threading.Lock()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._stopped = threading.Event()
        self._tick_s = min(max(after_s / 4, 0.001), _MAX_TICK_S)
        _WATCHES.add(self)

    def watch(self, run: Watched) -> None:
        """Start watching a run that started now."""
        self._runs[run] = time.monotonic() + self.after_s
        if self._thread is None:
            self._start()

    def release(self, run: Watched) -> bool:
        """Stop watching a run that finished; True when it was short (its start was never reported)."""
        if self._runs.pop(run, None) is not None:
            return True
        with self._claim:  # the thread is reporting it: let its events go first
            return False

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="errorflow-lifecycle", daemon=True)
                self._thread.start()

    def close(self) -> None:
        """Stop the thread; runs still in flight send their terminal event as short runs do."""
        self._stopped.set()

    def report_now(self, run: Watched) -> None:
        """Report a watched run's start at once: it sends a sign of life (a heartbeat) before the threshold."""
        with self._claim:
            if self._runs.pop(run, None) is not None:
                run.report_started()

    def _loop(self) -> None:
        while not self._stopped.wait(self._tick_s):
            self.report_due(time.monotonic())

    def report_due(self, now: float) -> int:
        """Report every run whose threshold passed by ``now``; returns how many."""
        try:
            due = [run for run, deadline in list(self._runs.items()) if deadline <= now]
        except RuntimeError:  # pragma: no cover - the dict changed size; the next tick sees it
            return 0
        reported = 0
        for run in due:
            with self._claim:
                if self._runs.pop(run, None) is None:  # it finished meanwhile
                    continue
                try:
                    run.report_started()
                except Exception as exc:  # tracking must never stop the watch
                    log_problem(logger, "errorflow could not report the start of a long run", error=exc)
                reported += 1
        return reported


def _after_fork_in_child() -> None:
    """A forked child has no watch thread: the next watched run starts one (runs of the parent are gone)."""
    for watch in list(_WATCHES):
        watch._thread = None
        watch._runs.clear()
        watch._claim = threading.Lock()
        watch._start_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
