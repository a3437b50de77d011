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

import logging
import threading
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from typing import Any, Protocol

from errorflow.safetext import log_problem

__all__ = [
    "Beat",
    "Ticker",
    "begin",
    "current_beat",
    "end",
    "heartbeat",
    "longest_silence_s",
    "silent_past_timeout",
    "throttle_interval_s",
    "ticker",
    "Watch",
]

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

    __slots__ = (
        "alive",
        "auto",
        "clock",
        "details",
        "ended_at",
        "interval_s",
        "last_sent",
        "lock",
        "longest_gap",
        "sender",
    )

    def __init__(
        self,
        sender: _Sender,
        *,
        interval_s: float,
        auto: bool,
        clock: Callable[[], float] = time.monotonic,
        lock: threading.Lock | None = None,
    ) -> None:
        self.sender = sender
        self.interval_s = interval_s
        self.auto = auto
        self.clock = clock
        self.details: Mapping[str, Any] | None = None
        self.last_sent = clock()
        """The attempt's ``running`` event counts as the first sign of life."""
        self.longest_gap = 0.0
        """The longest time between two signs of life so far (seconds)."""
        self.ended_at: float | None = None
        self.alive = True
        self.lock = lock or threading.Lock()
        """Held while a beat is emitted and while the attempt ends: no beat follows the final event."""

    def send(self) -> None:
        """Emit one heartbeat record now, unless the attempt ended; never raises (a lost beat is no failure)."""
        with self.lock:
            if not self.alive:
                return
            now = self.clock()
            self.longest_gap = max(self.longest_gap, now - self.last_sent)
            self.last_sent = now
            try:
                self.sender.heartbeat(self.details)
            except Exception as exc:  # the run goes on; the next beat may get through
                log_problem(logger, "errorflow could not record a heartbeat", error=exc)


class Ticker:
    """Sends the automatic heartbeats of every live attempt of the process from one daemon thread.

    Watching an attempt is a dict insert and ending it a dict delete (no heap, no
    per-call lock allocation): the hot path of a short run stays a few hundred
    nanoseconds. The thread wakes every quarter of the shortest interval it has
    seen and beats for the attempts whose interval has passed, so a beat is at
    most a quarter interval late (0.5 x the timeout between beats at worst).
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic, start_thread: bool = True) -> None:
        self._clock = clock
        self._live: dict[int, Beat] = {}
        self._send_lock = threading.Lock()
        self._wake = threading.Event()
        self._min_interval_s = float("inf")
        self._start_thread = start_thread
        self._thread: threading.Thread | None = None

    @property
    def live(self) -> int:
        """How many attempts are beating."""
        return len(self._live)

    def watch(self, sender: _Sender, *, interval_s: float, auto: bool = True) -> Beat:
        """Start beating for an attempt; :meth:`stop` it when the attempt ends."""
        beat = Beat(sender, interval_s=interval_s, auto=auto, clock=self._clock, lock=self._send_lock)
        if auto:
            self._live[id(beat)] = beat  # a dict insert is atomic under the GIL
            if interval_s < self._min_interval_s:
                self._min_interval_s = interval_s
                if self._thread is None and self._start_thread:
                    self._thread = threading.Thread(target=self._main, name="errorflow-heartbeat", daemon=True)
                    self._thread.start()
                self._wake.set()
        return beat

    def stop(self, beat: Beat) -> None:
        """The attempt ended: no more beats for it (waits for a beat being emitted)."""
        if beat.alive:
            with beat.lock:
                beat.alive = False
                beat.ended_at = beat.clock()
            self._live.pop(id(beat), None)

    def tick(self) -> int:
        """Send every beat that is due; return how many were sent (the thread's step, callable in tests)."""
        now = self._clock()
        sent = 0
        for beat in list(self._live.values()):
            # A manual heartbeat within the interval already showed life: wait for the rest of it.
            if beat.alive and now - beat.last_sent >= beat.interval_s * 0.99:
                beat.send()
                sent += 1
        return sent

    def _main(self) -> None:
        while True:
            # Never an unbounded wait: an attempt watched while the thread sleeps is seen at the next wake.
            self._wake.wait(timeout=self._min_interval_s / 4)
            self._wake.clear()
            try:
                self.tick()
            except Exception as exc:  # the thread must outlive any one run's trouble
                log_problem(logger, "errorflow heartbeat thread hit an error", error=exc)


Watch = tuple[Beat, Token[Beat | None]]
"""An attempt's heartbeats as :func:`begin` started them: its beat and the context token to reset."""

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


def begin(recorder: _Watched | None) -> Watch | None:
    """Start the heartbeats of an attempt that has a heartbeat timeout; None when it has none."""
    if recorder is None or not recorder.heartbeat_timeout_s:
        return None
    beat = _ticker.watch(
        recorder, interval_s=throttle_interval_s(recorder.heartbeat_timeout_s), auto=recorder.auto_heartbeat
    )
    return beat, _current.set(beat)


def longest_silence_s(watch: Watch | None) -> float:
    """The longest time the attempt went without a sign of life, its end included (0 when it is not watched).

    The watchdog times an attempt out once it was silent past its heartbeat timeout. A process
    frozen (SIGSTOP, a paused VM, swapping) for that long was timed out meanwhile, and may beat
    again on waking before its function returns: the longest gap, not the last one, tells.
    """
    if watch is None:
        return 0.0
    beat = watch[0]
    end_at = beat.ended_at if beat.ended_at is not None else beat.clock()
    return max(beat.longest_gap, end_at - beat.last_sent)


def silent_past_timeout(watch: Watch | None, heartbeat_timeout_s: float | None) -> str | None:
    """Why an attempt that went silent past its heartbeat timeout must end ``timed_out``; None when it did not.

    The watchdog times such an attempt out (and recovery retries it) while its process is
    frozen or starved: its result on waking would be a second terminal event of the attempt.
    The one check for the runner and for direct calls (:meth:`~errorflow.sdk.recorder.RunRecorder.timed_out_if_silent`).
    """
    silent_s = longest_silence_s(watch)
    if not heartbeat_timeout_s or silent_s <= heartbeat_timeout_s:
        return None
    return (
        f"the attempt went {silent_s:.3f} s without a sign of life, past its heartbeat timeout of"
        f" {heartbeat_timeout_s:g} s (its process froze or starved): the watchdog times such an attempt out,"
        " so its late result is dropped"
    )


def end(watch: Watch | None) -> None:
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
