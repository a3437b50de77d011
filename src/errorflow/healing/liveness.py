"""Progress heartbeats of long-running agents: a stuck agent fails liveness, not only a dead one.

An agent whose task has ended is dead and easy to see. An agent stuck for good
(awaiting a call that never returns, its thread blocked in a C call, a
deadlocked lock) is still "running" for ever, so a liveness check that only
asks whether the task ended never fails and no supervisor ever restarts it.
Temporal's activity heartbeats are the model: each agent loop marks progress
once per iteration (a monotonic timestamp written into :class:`Heartbeats`, no
I/O), and :func:`silent_agents` names the agents silent for longer than the
:class:`LivenessPolicy` allows. Idleness is not silence: every batch agent's
``getmany`` returns after its timeout with nothing to consume, so an idle agent
still beats.

An event-driven agent (a Faust agent: the runner's consume loop, the breaker
agent) does not iterate while no event comes, so a beat per iteration would read
as silence on a quiet topic. Its actors mark the *work* they do instead
(:class:`WorkSlot`): busy from when an event is taken until it is done, idle
while waiting, and it is silent only while one piece of work has run longer than
the limit. That is two attribute writes per event, no I/O and no allocation.

Pure: no I/O, no clock of its own (the owner passes one, e.g. ``time.monotonic``).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from errorflow.checks import check_number

__all__ = [
    "AgentPulse",
    "Heartbeats",
    "LivenessPolicy",
    "Silence",
    "WorkSlot",
    "WorkTracker",
    "describe",
    "no_beat",
    "silent_agents",
    "tracked",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class LivenessPolicy:
    """How long an agent may go without progress. Times are seconds."""

    max_silence_s: float = 300.0
    """Longest time between two beats of a started agent (far above a store flush under load or a rebalance)."""
    startup_grace_s: float = 900.0
    """Longest time from an agent's start to its first beat (a rebuild at start, such as the anomaly agent's)."""

    def __post_init__(self) -> None:
        check_number("max_silence_s", self.max_silence_s, minimum=0.0, exclusive=True)
        check_number("startup_grace_s", self.startup_grace_s, minimum=0.0, exclusive=True)


@dataclass(frozen=True, slots=True)
class AgentPulse:
    """When an agent was registered and when it last beat (the owner's clock)."""

    registered_at: float
    """When the agent started (was registered)."""
    last_beat: float | None
    """When it last marked progress; None before its first iteration."""


@dataclass(frozen=True, slots=True)
class Silence:
    """An agent silent past its limit."""

    agent: str
    """The agent's name (its task's name)."""
    silent_s: float
    """Seconds since its last beat, or since its start when it never beat."""
    limit_s: float
    """The limit it passed: ``max_silence_s``, or ``startup_grace_s`` before its first beat."""
    started: bool
    """False: it never completed a first iteration."""

    def __str__(self) -> str:
        if self.started:
            return f"{self.agent} made no progress for {self.silent_s:.0f}s (limit {self.limit_s:g}s)"
        return f"{self.agent} has not started its loop for {self.silent_s:.0f}s (start-up grace {self.limit_s:g}s)"


def no_beat() -> None:
    """The heartbeat of an agent nobody watches (tests, tools): does nothing."""


class WorkSlot:
    """The work in progress of one actor of an event-driven agent: busy since when, or idle (None)."""

    __slots__ = ("_clock", "since")

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.since: float | None = None
        """When the work in progress counts from (its start plus any allowance); None while idle."""

    def busy(self, allowance_s: float = 0.0) -> None:
        """Work starts now (or starts again: a stage of it), allowed ``allowance_s`` beyond the silence limit.

        An allowance is for a stage whose length the agent does not own, such as an operation
        bounded by its own ``timeout_s`` (``math.inf``: unbounded, never silent while it runs).
        """
        self.since = self._clock() + allowance_s

    def idle(self) -> None:
        """The work is done; waiting for the next event is not silence."""
        self.since = None


async def tracked(events: AsyncIterable[T], slot: WorkSlot) -> AsyncIterator[T]:
    """Yield ``events``, ``slot`` busy from each one's yield until the next is asked for (or the loop ends).

    For an agent loop ``async for event in tracked(stream.events(), slot)``: the body is
    the work, the wait for the next event is idleness, and ``continue`` needs no care.
    """
    async for event in events:
        slot.busy()
        try:
            yield event
        finally:
            slot.idle()


class WorkTracker:
    """The slots of an event-driven agent's actors; progress as of the oldest work still running."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._slots: list[WorkSlot] = []

    def slot(self) -> WorkSlot:
        """A slot for one actor (each actor handles one event at a time)."""
        slot = WorkSlot(self._clock)
        self._slots.append(slot)
        return slot

    def as_of(self, now: float) -> float:
        """Progress as of the start of the oldest work running; ``now`` when all actors are idle."""
        running = [since for slot in self._slots if (since := slot.since) is not None]
        return min(now, *running) if running else now


class Heartbeats:
    """The last beat of each agent: written by the agents (any thread), read by the liveness check.

    A beat is one assignment into a dict under the GIL, cheap enough for every
    loop iteration; no lock is needed since each agent writes only its own key.
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._registered: dict[str, float] = {}
        self._beats: dict[str, float] = {}
        self._work: dict[str, WorkTracker] = {}

    def register(self, agent: str) -> Callable[[], None]:
        """Start watching ``agent`` (its start-up grace runs from now); return its beat function."""
        self._registered[agent] = self._clock()
        self._beats.pop(agent, None)
        beats, clock = self._beats, self._clock

        def beat() -> None:
            beats[agent] = clock()

        return beat

    def register_as_of(self, agent: str) -> Callable[[float], None]:
        """Like :meth:`register`, for work done off the loop: the function records progress as of a time.

        The sink's loop reports its store flushes this way: progress as of the start of the
        oldest flush still running (now, when none runs), so a store call that never returns
        goes silent although the loop keeps iterating. The time is on this object's clock.
        """
        self._registered[agent] = self._clock()
        self._beats.pop(agent, None)
        beats = self._beats

        def as_of(at: float) -> None:
            beats[agent] = at

        return as_of

    def register_work(self, agent: str) -> WorkTracker:
        """Watch an event-driven agent by its work in progress (see :class:`WorkSlot`); each actor takes a slot.

        It has no start-up phase: before its first event it is idle, not starting.
        """
        self._registered[agent] = self._clock()
        self._beats.pop(agent, None)
        tracker = self._work[agent] = WorkTracker(self._clock)
        return tracker

    def pulses(self) -> dict[str, AgentPulse]:
        """Each registered agent's start and last beat (for an event-driven agent: progress as of now)."""
        now = self._clock()
        work = self._work
        return {
            agent: AgentPulse(
                registered_at=at, last_beat=work[agent].as_of(now) if agent in work else self._beats.get(agent)
            )
            for agent, at in list(self._registered.items())
        }

    def now(self) -> float:
        """The clock the beats are read on."""
        return self._clock()


def silent_agents(pulses: Mapping[str, AgentPulse], *, now: float, policy: LivenessPolicy) -> list[Silence]:
    """The agents silent past the policy's limits at ``now``, the longest silent first."""
    silent: list[Silence] = []
    for agent, pulse in pulses.items():
        if pulse.last_beat is None:
            waited, limit, started = now - pulse.registered_at, policy.startup_grace_s, False
        else:
            waited, limit, started = now - pulse.last_beat, policy.max_silence_s, True
        if waited > limit:
            silent.append(Silence(agent=agent, silent_s=waited, limit_s=limit, started=started))
    return sorted(silent, key=lambda s: -s.silent_s)


def describe(pulses: Mapping[str, AgentPulse], *, now: float, policy: LivenessPolicy) -> tuple[bool, str]:
    """Whether every agent progresses, and the detail a probe shows (the silent agents named)."""
    if not pulses:
        return True, "no agents yet"
    silent = silent_agents(pulses, now=now, policy=policy)
    if silent:
        return False, "; ".join(str(s) for s in silent)
    beating = [now - p.last_beat for p in pulses.values() if p.last_beat is not None]
    starting = len(pulses) - len(beating)
    detail = f"{len(beating)} agent(s) progressing"
    if beating:
        detail += f", longest silence {max(beating):.1f}s (limit {policy.max_silence_s:g}s)"
    if starting:
        detail += f"; {starting} starting"
    return True, detail
