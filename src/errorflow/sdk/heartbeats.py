"""Heartbeats: a long run's sign of life, so the watchdog can tell a slow run from a dead one.

Modelled on Temporal's activity heartbeats. An operation with a heartbeat
timeout (``@operation(heartbeat_timeout_s=...)``, or the SDK's default
``sdk.heartbeat_timeout_s``) is watched by the pipeline's watchdog: when no
sign of life (``pending``, ``running`` or ``heartbeat`` event) came for longer
than the timeout, the attempt is recorded ``timed_out`` and recovered like any
transient failure.

Two sources of heartbeats, both throttled to one record per
:func:`throttle_interval_s` (0.4 x the timeout, like Temporal's 0.8 x the
timeout halved, so two beats fit in a timeout and one lost record does not
time a run out):

- automatic: one daemon thread per process (:class:`Ticker`) beats for every
  attempt still running at each interval. A run that ends before its first
  interval costs a heap push and a flag, and sends nothing.
- :func:`heartbeat` ``(details)``, called by the operation: it records the
  progress it reports (sent with the next beat; at once when the interval has
  already passed). With ``auto_heartbeat=False`` only these calls beat, so a
  silence means the operation itself stopped making progress.

The automatic beat proves that the process is alive, not that the function is
progressing: a function stuck in a loop keeps beating. ``timeout_s`` (and the
run's deadline) bound those.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from typing import Any, Protocol

from errorflow.sdk.safetext import log_problem

__all__ = ["Beat", "Ticker", "begin", "current_beat", "end", "heartbeat", "throttle_interval_s", "ticker"]

logger = logging.getLogger(__name__)

THROTTLE_FRACTION = 0.4
"""Fraction of the heartbeat timeout between two heartbeat records of one attempt."""


def throttle_interval_s(heartbeat_timeout_s: float) -> float:
    """Seconds between two heartbeat records of an attempt whose timeout is ``heartbeat_timeout_s``."""
    return heartbeat_timeout_s * THROTTLE_FRACTION


class _Sender(Protocol):
    def heartbeat(self, details: Mapping[str, Any] | None) -> object: ...


class _Watched(_Sender, Protocol):
    @property
    def heartbeat_timeout_s(self) -> float | None: ...

    @property
    def auto_heartbeat(self) -> bool: ...


class Beat:
    """One running attempt's heartbeat state: what to send, and when it was last sent."""

    __slots__ = ("alive", "auto", "clock", "details", "interval_s", "last_sent", "sender")

    def __init__(
        self, sender: _Sender, *, interval_s: float, auto: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.sender = sender
        self.interval_s = interval_s
        self.auto = auto
        self.clock = clock
        self.details: Mapping[str, Any] | None = None
        self.last_sent = clock()
        """The attempt's ``running`` event counts as the first sign of life."""
        self.alive = True

    def send(self) -> None:
        """Emit one heartbeat record now (never raises: a lost beat must not break the run)."""
        self.last_sent = self.clock()
        try:
            self.sender.heartbeat(self.details)
        except Exception as exc:  # the run goes on; the next beat may get through
            log_problem(logger, "errorflow could not record a heartbeat", error=exc)


class Ticker:
    """Sends the automatic heartbeats of every live attempt of the process from one daemon thread."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic, start_thread: bool = True) -> None:
        self._clock = clock
        self._heap: list[tuple[float, int, Beat]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._live = 0
        self._start_thread = start_thread
        self._thread: threading.Thread | None = None

    def watch(self, sender: _Sender, *, interval_s: float, auto: bool = True) -> Beat:
        """Start beating for an attempt; :meth:`stop` it when the attempt ends."""
        beat = Beat(sender, interval_s=interval_s, auto=auto, clock=self._clock)
        if not auto:
            return beat
        with self._cond:
            heapq.heappush(self._heap, (beat.last_sent + interval_s, next(self._seq), beat))
            self._live += 1
            if len(self._heap) > 64 and len(self._heap) > 4 * self._live:
                # Runs that ended leave their entries behind; drop them before they pile up.
                self._heap = [entry for entry in self._heap if entry[2].alive]
                heapq.heapify(self._heap)
            if self._thread is None and self._start_thread:
                self._thread = threading.Thread(target=self._main, name="errorflow-heartbeat", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is beat:
                self._cond.notify()
        return beat

    def stop(self, beat: Beat) -> None:
        """The attempt ended: no more beats for it."""
        if beat.alive:
            beat.alive = False
            if beat.auto:
                with self._cond:
                    self._live -= 1

    def due_in_s(self) -> float | None:
        """Seconds until the next beat is due (None when no attempt is watched)."""
        with self._cond:
            return self._heap[0][0] - self._clock() if self._heap else None

    def tick(self) -> int:
        """Send every beat that is due; return how many were sent (the thread's step, callable in tests)."""
        now = self._clock()
        due: list[Beat] = []
        with self._cond:
            while self._heap and self._heap[0][0] <= now:
                _, _, beat = heapq.heappop(self._heap)
                if beat.alive:
                    due.append(beat)
        sent = 0
        for beat in due:
            if not beat.alive:
                continue
            # A manual heartbeat within the interval already showed life: wait for the rest of it.
            if now - beat.last_sent >= beat.interval_s * 0.99:
                beat.send()
                sent += 1
            with self._cond:
                if beat.alive:
                    heapq.heappush(self._heap, (beat.last_sent + beat.interval_s, next(self._seq), beat))
        return sent

    def _main(self) -> None:
        while True:
            with self._cond:
                wait = self._heap[0][0] - self._clock() if self._heap else None
                if wait is None or wait > 0:
                    self._cond.wait(timeout=wait)
            try:
                self.tick()
            except Exception as exc:  # the thread must outlive any one run's trouble
                log_problem(logger, "errorflow heartbeat thread hit an error", error=exc)


_ticker = Ticker()
_current: ContextVar[Beat | None] = ContextVar("errorflow_heartbeat", default=None)


def ticker() -> Ticker:
    """The process's heartbeat ticker."""
    return _ticker


def current_beat() -> Beat | None:
    """The heartbeat state of the attempt running in this context, if any."""
    return _current.get()


def heartbeat(details: Mapping[str, Any] | None = None) -> None:
    """Report that the running attempt is alive, with optional progress ``details`` (a JSON object).

    Cheap enough to call in a tight loop: it stores the details, and sends a
    ``heartbeat`` record only when the throttle interval has passed since the
    last one. Outside a watched run (no ``@operation``, or no heartbeat
    timeout) it does nothing.
    """
    beat = _current.get()
    if beat is None or not beat.alive:
        return
    if details is not None:
        beat.details = details
    if beat.clock() - beat.last_sent >= beat.interval_s:
        beat.send()


def begin(recorder: _Watched | None) -> tuple[Beat, Token[Beat | None]] | None:
    """Start the heartbeats of an attempt that has a heartbeat timeout; None when it has none."""
    if recorder is None or not recorder.heartbeat_timeout_s:
        return None
    beat = _ticker.watch(
        recorder, interval_s=throttle_interval_s(recorder.heartbeat_timeout_s), auto=recorder.auto_heartbeat
    )
    return beat, _current.set(beat)


def end(watch: tuple[Beat, Token[Beat | None]] | None) -> None:
    """Stop the heartbeats :func:`begin` started (before the attempt's final event goes out)."""
    if watch is None:
        return
    beat, token = watch
    if not beat.alive:
        return  # already ended (idempotent, so every exit path may call it)
    _ticker.stop(beat)
    try:
        _current.reset(token)
    except (ValueError, RuntimeError):  # reset from another context: the beat is stopped anyway
        pass
