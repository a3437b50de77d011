"""The circuit-breaker state machine of one dependency (Resilience4j's, fed with batches).

::

    CLOSED --rate >= threshold over >= minimum_calls--> OPEN
    OPEN --wait_open_s elapsed--> HALF_OPEN
    HALF_OPEN --half_open_calls trial outcomes, rates below thresholds--> CLOSED
    HALF_OPEN --half_open_calls trial outcomes, a rate at a threshold--> OPEN
    HALF_OPEN --max_wait_half_open_s elapsed--> OPEN
    any --operator--> FORCED_OPEN | CLOSED | DISABLED | METRICS_ONLY

DISABLED admits every call and records nothing; METRICS_ONLY admits every call
and records outcomes but never opens; FORCED_OPEN rejects every call until an
operator closes, resets or disables the breaker.

Pure: the caller passes the time (seconds since the epoch, the same clock for
every process) to every method, so tests drive it with a fake clock. Every change
of state returns a :class:`Transition` with the numbers that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from errorflow.breakers.config import BreakerConfig
from errorflow.breakers.window import CountWindow, Outcomes, SlidingWindow, TimeWindow

__all__ = ["REJECTING_STATES", "Breaker", "BreakerState", "Transition"]


class BreakerState(str, Enum):
    """The states of a breaker (Resilience4j's names, lower case on the wire)."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"
    DISABLED = "disabled"
    FORCED_OPEN = "forced_open"
    METRICS_ONLY = "metrics_only"


REJECTING_STATES = frozenset({BreakerState.OPEN, BreakerState.FORCED_OPEN})
"""States in which calls are rejected (OPEN only until its wait ends)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Transition:
    """One change of a breaker's state, with the numbers that caused it."""

    dependency: str
    from_state: BreakerState
    to_state: BreakerState
    reason: str
    """``failure_rate``, ``slow_call_rate``, ``wait_elapsed``, ``trials_succeeded``, ``trials_failed``,
    ``trials_slow``, ``half_open_timeout`` or, for an operator, ``force_open``, ``force_close``, ``disable``,
    ``metrics_only``, ``reset``."""
    at: float
    """When it happened (seconds since the epoch)."""
    sequence: int
    """Number of this breaker's transitions so far, this one included: orders them and names a half-open period."""
    calls: int
    """Calls in the window (or trials, leaving half-open) the decision looked at."""
    failures: int
    slow_calls: int
    failure_rate: float
    slow_call_rate: float
    window_type: str
    window_size: int
    open_until: float | None = None
    """When an OPEN breaker lets trials through."""
    actor: str = ""
    """Who asked, for an operator's override."""
    note: str = ""
    """Why, for an operator's override."""


class Breaker:
    """The state of one dependency's breaker, and the rules that change it."""

    __slots__ = ("_half_open", "_window", "config", "dependency", "open_until", "sequence", "since", "state")

    def __init__(self, dependency: str, config: BreakerConfig, *, now: float = 0.0) -> None:
        self.dependency = dependency
        self.config = config
        self.state = BreakerState.CLOSED
        self.since = now
        self.open_until: float | None = None
        self.sequence = 0
        self._window: SlidingWindow = _new_window(config)
        self._half_open = Outcomes()

    # -- inputs ---------------------------------------------------------------------------------

    def record(self, outcomes: Outcomes, now: float) -> list[Transition]:
        """Count one batch's outcomes; return the transitions they (and the time) caused."""
        transitions = self.tick(now)
        state = self.state
        if state in (BreakerState.DISABLED, BreakerState.FORCED_OPEN) or outcomes.calls == 0:
            return transitions
        if state is BreakerState.HALF_OPEN:
            self._half_open = self._half_open + outcomes
            trials = self._half_open
            if trials.calls >= self.config.half_open_calls:
                reason = self._over_threshold(trials)
                if reason is not None:
                    why = "trials_failed" if reason == "failure_rate" else "trials_slow"
                    transitions.append(self._open(now, why, trials))
                else:
                    transitions.append(self._move(BreakerState.CLOSED, now, "trials_succeeded", trials))
                    self._window.clear()
            return transitions
        # CLOSED, METRICS_ONLY, and OPEN (calls admitted before the breaker opened still count).
        self._window.add(outcomes, now)
        if state is BreakerState.CLOSED:
            window = self._window.total(now)
            if window.calls >= self.config.minimum_calls:
                reason = self._over_threshold(window)
                if reason is not None:
                    transitions.append(self._open(now, reason, window))
        return transitions

    def tick(self, now: float) -> list[Transition]:
        """Apply the passing of time: an OPEN breaker whose wait ended goes HALF_OPEN, and so on."""
        if self.state is BreakerState.OPEN and self.open_until is not None and now >= self.open_until:
            return [self._move(BreakerState.HALF_OPEN, now, "wait_elapsed", self._window.total(now))]
        limit = self.config.max_wait_half_open_s
        if self.state is BreakerState.HALF_OPEN and limit > 0 and now >= self.since + limit:
            return [self._open(now, "half_open_timeout", self._half_open)]
        return []

    def operator(self, action: str, now: float, *, actor: str = "", note: str = "") -> Transition:
        """Apply an operator's override: ``force_open``, ``force_close``, ``disable``, ``metrics_only``, ``reset``.

        An override is always returned as a transition (even to the same state), so it is logged.
        ``force_close`` and ``reset`` start from an empty window, so old failures cannot reopen it at once.

        Raises:
            ValueError: an unknown action.
        """
        target = OPERATOR_ACTIONS.get(action)
        if target is None:
            raise ValueError(f"unknown breaker action {action!r}; expected one of {sorted(OPERATOR_ACTIONS)}")
        numbers = self._window.total(now)
        if action in ("force_close", "reset"):
            self._window.clear()
        return self._move(target, now, action, numbers, actor=actor, note=note)

    # -- queries --------------------------------------------------------------------------------

    def permits(self, now: float) -> bool:
        """Whether a call may go through now (trials in half-open are limited by the clients)."""
        if self.state is BreakerState.FORCED_OPEN:
            return False
        if self.state is BreakerState.OPEN:
            return self.open_until is not None and now >= self.open_until
        return True

    def window(self, now: float) -> Outcomes:
        """The outcomes the breaker looks at now (trials while half-open)."""
        return self._half_open if self.state is BreakerState.HALF_OPEN else self._window.total(now)

    # -- persistence ----------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The whole state as plain values: the Faust table's entry for this breaker."""
        return {
            "dependency": self.dependency,
            "state": self.state.value,
            "since": self.since,
            "open_until": self.open_until,
            "sequence": self.sequence,
            "window_type": self.config.sliding_window_type,
            "window": self._window.to_list(),
            "half_open": self._half_open.to_list(),
        }

    @classmethod
    def restore(cls, snapshot: dict[str, Any], config: BreakerConfig) -> Breaker:
        """Rebuild a breaker from :meth:`snapshot` (a changed window type starts an empty window)."""
        breaker = cls(str(snapshot["dependency"]), config, now=float(snapshot["since"]))
        breaker.state = BreakerState(snapshot["state"])
        open_until = snapshot.get("open_until")
        breaker.open_until = None if open_until is None else float(open_until)
        breaker.sequence = int(snapshot["sequence"])
        if snapshot.get("window_type") == config.sliding_window_type:
            breaker._window = _new_window(config, snapshot.get("window") or [])
        breaker._half_open = Outcomes.from_list(list(snapshot.get("half_open") or [0, 0, 0]))
        return breaker

    # -- internals ------------------------------------------------------------------------------

    def _over_threshold(self, outcomes: Outcomes) -> str | None:
        if outcomes.failure_rate >= self.config.failure_rate_threshold:
            return "failure_rate"
        if outcomes.slow_call_rate >= self.config.slow_call_rate_threshold:
            return "slow_call_rate"
        return None

    def _open(self, now: float, reason: str, numbers: Outcomes) -> Transition:
        return self._move(BreakerState.OPEN, now, reason, numbers, open_until=now + self.config.wait_open_s)

    def _move(
        self,
        target: BreakerState,
        now: float,
        reason: str,
        numbers: Outcomes,
        *,
        open_until: float | None = None,
        actor: str = "",
        note: str = "",
    ) -> Transition:
        previous = self.state
        self.state = target
        self.since = now
        self.open_until = open_until
        self.sequence += 1
        self._half_open = Outcomes()
        return Transition(
            dependency=self.dependency,
            from_state=previous,
            to_state=target,
            reason=reason,
            at=now,
            sequence=self.sequence,
            calls=numbers.calls,
            failures=numbers.failures,
            slow_calls=numbers.slow,
            failure_rate=numbers.failure_rate,
            slow_call_rate=numbers.slow_call_rate,
            window_type=self.config.sliding_window_type,
            window_size=self.config.sliding_window_size,
            open_until=open_until,
            actor=actor,
            note=note,
        )


OPERATOR_ACTIONS: dict[str, BreakerState] = {
    "force_open": BreakerState.FORCED_OPEN,
    "force_close": BreakerState.CLOSED,
    "disable": BreakerState.DISABLED,
    "metrics_only": BreakerState.METRICS_ONLY,
    "reset": BreakerState.CLOSED,
}
"""Operator overrides and the state each one sets."""


def _new_window(config: BreakerConfig, buckets: list[list[float]] | None = None) -> SlidingWindow:
    if config.sliding_window_type == "time":
        return TimeWindow(config.sliding_window_size, buckets)
    return CountWindow(config.sliding_window_size, buckets)
