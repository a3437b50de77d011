"""Restart policy of a supervised child: exponential backoff, then give up on a crash loop.

The policy of supervisord's ``startretries`` and systemd's ``StartLimitBurst``
within ``StartLimitIntervalSec``: every crash is remembered with its time; a
child that crashed more than ``max_restarts`` times within ``window_s`` is in a
crash loop and is not restarted again (an operator is alerted instead);
otherwise it is restarted after a delay that doubles with each crash in the
window, so a child that dies at once does not spin the CPU.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from errorflow.checks import check_int, check_number
from errorflow.errors import ConfigurationError

__all__ = ["CrashHistory", "RestartDecision", "RestartPolicy"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RestartPolicy:
    """How a crashed child is restarted. Times are seconds."""

    initial_backoff_s: float = 1.0
    """Delay before restarting after the first crash in the window."""
    multiplier: float = 2.0
    """Growth of the delay per further crash in the window."""
    max_backoff_s: float = 30.0
    """Cap of any single delay."""
    max_restarts: int = 5
    """Restarts allowed within ``window_s``; the next crash in the window is a crash loop."""
    window_s: float = 300.0
    """How long a crash counts towards the crash loop and the backoff."""

    def __post_init__(self) -> None:
        check_number("initial_backoff_s", self.initial_backoff_s, minimum=0.0)
        check_number("max_backoff_s", self.max_backoff_s, minimum=0.0)
        check_number("multiplier", self.multiplier, minimum=1.0)
        if self.max_backoff_s < self.initial_backoff_s:
            raise ConfigurationError(
                f"max_backoff_s ({self.max_backoff_s}) must be >= initial_backoff_s ({self.initial_backoff_s})"
            )
        check_int("max_restarts", self.max_restarts, minimum=0)
        check_number("window_s", self.window_s, minimum=0.0, exclusive=True)

    def backoff_s(self, crashes_in_window: int) -> float:
        """Delay before the restart that follows the ``crashes_in_window``-th crash (1-based)."""
        delay = self.initial_backoff_s
        for _ in range(max(0, crashes_in_window - 1)):
            if delay >= self.max_backoff_s:
                break
            delay *= self.multiplier
        return min(delay, self.max_backoff_s)


@dataclass(frozen=True, slots=True)
class RestartDecision:
    """What the supervisor does about one crash."""

    restart: bool
    """True: restart after ``delay_s``; False: a crash loop, stop restarting and alert."""
    delay_s: float
    """Seconds to wait before the restart (0 when giving up)."""
    attempt: int
    """Which restart this would be within the window (1 for the first crash)."""
    crashes_in_window: int
    """Crashes of the child within the policy's window, this one included."""
    reason: str
    """Why, in words an operator reads in ``healing_actions``."""


@dataclass(slots=True)
class CrashHistory:
    """The crashes of one child and the decisions they lead to; the clock is the caller's."""

    policy: RestartPolicy
    crashes: deque[float] = field(default_factory=deque)

    def record_crash(self, *, now: float, exit_code: int | None = None) -> RestartDecision:
        """Remember a crash at ``now`` (monotonic seconds) and decide what to do about it."""
        self.crashes.append(now)
        while self.crashes and now - self.crashes[0] > self.policy.window_s:
            self.crashes.popleft()
        count = len(self.crashes)
        how = "exited" if exit_code is None else _describe_exit(exit_code)
        window = f"{self.policy.window_s:g}s"
        if count > self.policy.max_restarts:
            return RestartDecision(
                restart=False,
                delay_s=0.0,
                attempt=count,
                crashes_in_window=count,
                reason=f"{how}; {count} crashes within {window} (limit {self.policy.max_restarts}): crash loop",
            )
        delay = self.policy.backoff_s(count)
        return RestartDecision(
            restart=True,
            delay_s=delay,
            attempt=count,
            crashes_in_window=count,
            reason=f"{how}; crash {count} within {window}, restarting in {delay:g}s",
        )


def _describe_exit(code: int) -> str:
    """Exit codes as a process table shows them: negative codes are signals."""
    if code < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"
