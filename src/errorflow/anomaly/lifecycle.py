"""The alert lifecycle: pending, firing, resolved; one open alert per key.

Like a Prometheus rule with Alertmanager behind it:

- a condition that starts holding makes the key *pending*; it *fires* once it
  has held for the rule's ``for_s`` (a blip shorter than that says nothing);
- while it fires, the key stays one open alert: further observations update
  its numbers but notify again only every ``repeat_s`` (no storms), or at once
  when its severity rises (an *escalation*, e.g. HIGH to CRITICAL when more
  than half fails);
- once the condition is clear for ``hold_s`` the alert *resolves*, with one
  resolve record; a condition that comes back within ``hold_s`` keeps the
  same alert open.

:class:`Tracker` is pure: it takes the time of each observation and returns
:class:`Notice` values; it never reads a clock. Its state is plain data
(:meth:`Tracker.snapshot` / :meth:`Tracker.restore`); the pipeline's agent
rebuilds the firing part of it from the alerts topic instead
(:meth:`Tracker.reopen`), so a restart neither repeats a fire nor loses a resolve.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from errorflow.anomaly.detectors import Observation
from errorflow.anomaly.rules import Severity

__all__ = ["AlertKey", "Notice", "OpenAlert", "Tracker"]

AlertKey = tuple[str, ...]
"""``(rule, scope...)``: one open alert at most per key."""

NoticeKind = Literal["fire", "repeat", "escalate", "resolve"]

_RANK = {"LOW": 0, "MEDIUM": 1, "HIGH": 2, "CRITICAL": 3}


@dataclass(frozen=True, slots=True)
class OpenAlert:
    """A key whose condition holds (pending) or whose alert is open (firing)."""

    pending_since_s: float
    fired_at_s: float | None = None
    notified_at_s: float | None = None
    notifications: int = 0
    clear_since_s: float | None = None
    severity: Severity = "MEDIUM"
    observation: Observation | None = None
    """The latest observation while the condition held."""


@dataclass(frozen=True, slots=True)
class Notice:
    """Something to tell: an alert fired, is still firing (a repeat), got more severe, or resolved."""

    kind: NoticeKind
    key: AlertKey
    at_s: float
    fired_at_s: float
    severity: Severity
    observation: Observation
    notification: int
    """1 for the fire, 2, 3... for repeats; the resolve carries the count so far plus one."""


class Tracker:
    """The lifecycle of every alert key."""

    def __init__(self) -> None:
        self._open: dict[AlertKey, OpenAlert] = {}

    def __len__(self) -> int:
        return len(self._open)

    def open_keys(self) -> list[AlertKey]:
        """Keys that are pending or firing."""
        return list(self._open)

    def get(self, key: AlertKey) -> OpenAlert | None:
        """The state of ``key``, or None when it is inactive."""
        return self._open.get(key)

    def update(
        self,
        key: AlertKey,
        observation: Observation,
        now_s: float,
        *,
        severity: Severity,
        for_s: float,
        hold_s: float,
        repeat_s: float,
    ) -> Notice | None:
        """Apply one observation of ``key`` at ``now_s``; return what to notify, if anything."""
        state = self._open.get(key)
        if observation.active:
            return self._holds(key, state, observation, now_s, severity=severity, for_s=for_s, repeat_s=repeat_s)
        if state is None:
            return None
        if state.fired_at_s is None:  # pending only: the blip is forgotten
            del self._open[key]
            return None
        clear_since_s = now_s if state.clear_since_s is None else state.clear_since_s
        if now_s - clear_since_s >= hold_s:
            del self._open[key]  # the resolve carries the numbers now, which show the condition cleared
            return Notice("resolve", key, now_s, state.fired_at_s, state.severity, observation, state.notifications + 1)
        self._open[key] = replace(state, clear_since_s=clear_since_s)
        return None

    def _holds(
        self,
        key: AlertKey,
        state: OpenAlert | None,
        observation: Observation,
        now_s: float,
        *,
        severity: Severity,
        for_s: float,
        repeat_s: float,
    ) -> Notice | None:
        """The condition holds: start pending, fire after ``for_s``, or repeat after ``repeat_s``."""
        if state is None:
            state = OpenAlert(pending_since_s=now_s, severity=severity, observation=observation)
        else:
            state = replace(state, clear_since_s=None, observation=observation)
        notice = None
        if state.fired_at_s is None:
            if now_s - state.pending_since_s >= for_s:
                state = replace(state, fired_at_s=now_s, notified_at_s=now_s, notifications=1, severity=severity)
                notice = Notice("fire", key, now_s, now_s, severity, observation, 1)
        elif _RANK[severity] > _RANK[state.severity] or (
            state.notified_at_s is not None and now_s - state.notified_at_s >= repeat_s
        ):
            kind: NoticeKind = "escalate" if _RANK[severity] > _RANK[state.severity] else "repeat"
            fired_at_s = state.fired_at_s
            state = replace(state, notified_at_s=now_s, notifications=state.notifications + 1, severity=severity)
            notice = Notice(kind, key, now_s, fired_at_s, severity, observation, state.notifications)
        self._open[key] = state
        return notice

    def reopen(
        self,
        key: AlertKey,
        *,
        fired_at_s: float,
        notified_at_s: float,
        notifications: int,
        severity: Severity,
        observation: Observation,
    ) -> None:
        """Mark ``key`` firing as a record of it says (restoring after a restart)."""
        self._open[key] = OpenAlert(
            pending_since_s=fired_at_s,
            fired_at_s=fired_at_s,
            notified_at_s=notified_at_s,
            notifications=notifications,
            severity=severity,
            observation=observation,
        )

    def snapshot(self) -> list[dict[str, Any]]:
        """The whole state as JSON-ready data."""
        return [{"key": list(key), **asdict(state)} for key, state in self._open.items()]

    @classmethod
    def restore(cls, data: list[dict[str, Any]]) -> Tracker:
        """A tracker in the state :meth:`snapshot` returned."""
        tracker = cls()
        for item in data:
            fields = dict(item)
            key = tuple(fields.pop("key"))
            observation = fields.pop("observation")
            tracker._open[key] = OpenAlert(
                **fields, observation=None if observation is None else Observation(**observation)
            )
        return tracker
