"""A process's local view of every breaker: the cheap check before a call.

Fed with the breaker-state records the agent publishes (keyed by dependency;
the topic is not compacted on Tansu, so :meth:`BreakerView.update` keeps the
newest record per dependency by its ``sequence``). Checking is one dict lookup
and, only for a breaker that is not closed, one clock read and a compare.

Half-open across processes: a process admits at most ``trials`` trial calls per
half-open period of a breaker (the period is named by the sequence of the
transition that opened it), then rejects until the agent publishes its decision.
The period starts when the wait of the OPEN state ends by this process's clock,
or when the agent's HALF_OPEN record arrives, whichever is first; the budget is
shared by both, so a process never admits more than ``trials`` per period and a
cluster of N processes at most ``N * trials``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from errorflow.errors import CircuitOpenError

__all__ = ["BreakerEntry", "BreakerView"]

_ADMITTING = frozenset({"closed", "disabled", "metrics_only"})


@dataclass(slots=True)
class BreakerEntry:
    """What a process knows of one breaker."""

    state: str
    sequence: int
    open_until: float | None
    admits_all: bool
    """Closed, disabled or metrics-only: no clock read at all."""
    reject_until: float
    """Calls before this time are rejected (``inf`` when forced open)."""
    trials_left: int
    """Trial calls this process may still admit in the coming or current half-open period."""


class BreakerView:
    """Latest breaker state per dependency, and the fail-fast check."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._entries: dict[str, BreakerEntry] = {}
        self._lock = threading.Lock()
        self._seen = threading.Condition(self._lock)

    def update(self, record: Mapping[str, Any]) -> bool:
        """Apply one breaker-state record; return False when it is older than what is known."""
        dependency = str(record["dependency"])
        state = str(record["state"])
        sequence = int(record["sequence"])
        open_until = record.get("open_until")
        trials = int(record.get("trials_per_process") or 1)
        with self._lock:
            current = self._entries.get(dependency)
            if current is not None and current.sequence >= sequence:
                return False
            if state == "forced_open":
                reject_until = math.inf
            elif state == "open":
                reject_until = float(open_until) if open_until is not None else math.inf
            else:
                reject_until = 0.0
            if state == "half_open" and current is not None and current.state == "open":
                trials = min(trials, current.trials_left)  # the budget of the period that OPEN announced
            self._entries[dependency] = BreakerEntry(
                state=state,
                sequence=sequence,
                open_until=None if open_until is None else float(open_until),
                admits_all=state in _ADMITTING,
                reject_until=reject_until,
                trials_left=trials,
            )
            self._seen.notify_all()
        return True

    def check(self, dependency: str) -> None:
        """Return when a call to ``dependency`` may go ahead now.

        Raises:
            CircuitOpenError: its breaker is open, forced open, or this process has used its trials.
        """
        entry = self._entries.get(dependency)
        if entry is None or entry.admits_all:
            return
        if self._clock() < entry.reject_until:
            raise CircuitOpenError(
                dependency, state=entry.state, retry_at=None if entry.reject_until == math.inf else entry.reject_until
            )
        with self._lock:
            if entry.trials_left > 0:
                entry.trials_left -= 1
                return
        raise CircuitOpenError(dependency, state="half_open")

    def state_of(self, dependency: str) -> BreakerEntry | None:
        """The entry of one dependency, None when no record was seen (closed)."""
        return self._entries.get(dependency)

    def wait_for(self, predicate: Callable[[Mapping[str, BreakerEntry]], bool], timeout_s: float) -> bool:
        """Block until ``predicate(entries)`` holds or the timeout passes (tests and the bench)."""
        deadline = time.monotonic() + timeout_s
        with self._seen:
            while not predicate(self._entries):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._seen.wait(left)
            return True

    def states(self) -> dict[str, BreakerEntry]:
        """A copy of every entry."""
        with self._lock:
            return dict(self._entries)
