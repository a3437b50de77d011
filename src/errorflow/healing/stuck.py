"""When a supervised child that is alive but stuck is killed: its liveness probe failing, in a row.

A child that exits is seen by its exit status (:mod:`errorflow.healing.restart`).
A child that is stuck (an agent making no progress, an event loop blocked)
never exits: only its ``/healthz`` says so. The policy is the kubelet's: the
probe is asked every ``interval_s`` with a ``timeout_s``, and after
``failure_threshold`` failures in a row the child is killed and restarted; a
pass resets the count. Like Kubernetes' startup probe, failures do not count
until the child passed once or ``startup_s`` went by since it started (a child
that never answers at all is stuck too, but only after its start-up time).

Pure: no I/O, no clock of its own (the supervisor passes ``now`` and each
probe's result).
"""

from __future__ import annotations

from dataclasses import dataclass

from errorflow.checks import check_int, check_number

__all__ = ["ProbePolicy", "ProbeWatch", "StuckVerdict"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProbePolicy:
    """How a child's ``/healthz`` is watched. Times are seconds (the kubelet's defaults of deploy/kubernetes.yaml)."""

    interval_s: float = 10.0
    """Time between two probes of one child."""
    timeout_s: float = 5.0
    """Longest wait for an answer; no answer is a failure (a blocked event loop cannot answer)."""
    failure_threshold: int = 3
    """Failures in a row that make the child stuck; 0 never judges a child (probes off)."""
    startup_s: float = 120.0
    """Time from the child's start during which failures do not count, until it passed once."""

    def __post_init__(self) -> None:
        check_number("interval_s", self.interval_s, minimum=0.0, exclusive=True)
        check_number("timeout_s", self.timeout_s, minimum=0.0, exclusive=True)
        check_int("failure_threshold", self.failure_threshold, minimum=0)
        check_number("startup_s", self.startup_s, minimum=0.0)

    @property
    def enabled(self) -> bool:
        """Whether children are probed at all."""
        return self.failure_threshold > 0


@dataclass(frozen=True, slots=True)
class StuckVerdict:
    """A child found stuck: kill it and restart it."""

    failures: int
    """Failures in a row that led to the verdict."""
    failing_for_s: float
    """Seconds since the first of them."""
    last_detail: str
    """What the last probe said (the failing checks, or why there was no answer)."""

    @property
    def reason(self) -> str:
        """The reason an operator reads in ``healing_actions``."""
        return (
            f"/healthz failed {self.failures} times in a row over {self.failing_for_s:.0f}s (last: {self.last_detail})"
        )


@dataclass(slots=True)
class ProbeWatch:
    """The liveness probes of one incarnation of a child (a restart starts a new watch)."""

    policy: ProbePolicy
    started_at: float
    """When this incarnation started (the supervisor's clock)."""
    passed_once: bool = False
    failures: int = 0
    first_failure_at: float | None = None
    next_probe_at: float | None = None

    def due(self, now: float) -> bool:
        """Whether the next probe should be sent at ``now``."""
        if not self.policy.enabled:
            return False
        return now >= (self.started_at if self.next_probe_at is None else self.next_probe_at)

    def record(self, *, now: float, ok: bool, detail: str = "") -> StuckVerdict | None:
        """Take the result of the probe sent last (answered ``now``); return a verdict when the child is stuck."""
        self.next_probe_at = now + self.policy.interval_s
        if ok:
            self.passed_once = True
            self.failures = 0
            self.first_failure_at = None
            return None
        if not self.passed_once and now - self.started_at < self.policy.startup_s:
            return None  # still starting: its probe port may not even listen yet
        self.failures += 1
        if self.first_failure_at is None:
            self.first_failure_at = now
        if self.failures < self.policy.failure_threshold:
            return None
        return StuckVerdict(failures=self.failures, failing_for_s=now - self.first_failure_at, last_detail=detail)
