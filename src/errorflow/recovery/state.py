"""Fold one logical run's history into its status, and check it ends exactly once.

The invariant errorflow keeps (issue 3): every run ends in exactly one terminal
state, ``succeeded``, ``failed`` (not retryable, the caller was told) or
``dead_lettered``. The fold reads the run's :class:`~errorflow.schemas.TaskRunEvent`
records and its :class:`~errorflow.schemas.recovery.RecoveryActionEvent` records,
in any order and with redelivered copies, and reports every distinct terminal
state it finds, so a violation is visible instead of hidden:

============================================  ===================
source                                        terminal state
============================================  ===================
event ``success``; action ``succeeded_after_retry``   ``succeeded``
action ``failed_fast``                        ``failed``
action ``dead_lettered`` or ``gave_up_deadline``; event ``dead_lettered``  ``dead_lettered``
============================================  ===================

Terminal marks are distinct per ``(attempt, state)``: the success event and the
``succeeded_after_retry`` action of one attempt are one terminal state; successes
of two attempts are two (an attempt ran twice). A replay is a new logical run with
its own root, so it is folded on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Literal

from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, as_utc
from errorflow.schemas.recovery import RecoveryActionEvent

__all__ = [
    "RunState",
    "RunStatus",
    "TerminalMark",
    "TerminalState",
    "fold_run",
    "terminal_state",
]

TerminalState = Literal["succeeded", "failed", "dead_lettered"]


class RunStatus(str, Enum):
    """Where a logical run stands."""

    PENDING = "pending"
    RUNNING = "running"
    AWAITING_DECISION = "awaiting_decision"
    """An attempt failed and recovery has not decided yet."""
    RETRY_SCHEDULED = "retry_scheduled"
    WAITING_FOR_RESOURCES = "waiting_for_resources"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    DEAD_LETTERED = "dead_lettered"

    @property
    def terminal(self) -> bool:
        """True for the three end states."""
        return self in (RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.DEAD_LETTERED)


@dataclass(frozen=True, slots=True)
class TerminalMark:
    """One distinct terminal state found in a run's history."""

    state: TerminalState
    attempt: int
    at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class RunState:
    """A logical run's status folded from its events and recovery actions."""

    root_run_id: str | None
    status: RunStatus
    attempts: int
    """Highest attempt number seen (0 when nothing was seen)."""
    terminals: tuple[TerminalMark, ...]
    """Every distinct terminal state, earliest first: one when the run ended correctly."""
    last_error_type: str | None = None
    last_error_message: str | None = None
    compensated: bool = False
    """A compensation (rollback) ran for the run."""

    @property
    def terminal(self) -> TerminalState | None:
        """The run's terminal state (the earliest when the history is inconsistent), None while in flight."""
        return self.terminals[0].state if self.terminals else None

    @property
    def reason(self) -> str | None:
        """Why the run ended, from the terminal mark (``validation``, ``retries_exhausted``...)."""
        return self.terminals[0].reason if self.terminals else None

    @property
    def exactly_one_terminal(self) -> bool:
        """The invariant: the run ended, and in exactly one terminal state."""
        return len(self.terminals) == 1

    @property
    def consistent(self) -> bool:
        """No more than one terminal state (a run still in flight is consistent)."""
        return len(self.terminals) <= 1


_EVENT_TERMINAL: dict[TaskRunStatus, TerminalState] = {
    TaskRunStatus.SUCCESS: "succeeded",
    TaskRunStatus.DEAD_LETTERED: "dead_lettered",
}
_ACTION_TERMINAL: dict[str, TerminalState] = {
    "succeeded_after_retry": "succeeded",
    "failed_fast": "failed",
    "dead_lettered": "dead_lettered",
    "gave_up_deadline": "dead_lettered",
}
_RETRY_ACTIONS = {
    "retry_scheduled": RunStatus.RETRY_SCHEDULED,
    "waiting_for_resources": RunStatus.WAITING_FOR_RESOURCES,
}
_EVENT_STATUS = {
    TaskRunStatus.PENDING: RunStatus.PENDING,
    TaskRunStatus.RUNNING: RunStatus.RUNNING,
    TaskRunStatus.HEARTBEAT: RunStatus.RUNNING,
    TaskRunStatus.RETRYING: RunStatus.RETRY_SCHEDULED,
    TaskRunStatus.FAILED: RunStatus.AWAITING_DECISION,
    TaskRunStatus.TIMED_OUT: RunStatus.AWAITING_DECISION,
    TaskRunStatus.COMPENSATED: RunStatus.AWAITING_DECISION,
}
_TERMINAL_STATUS: dict[TerminalState, RunStatus] = {
    "succeeded": RunStatus.SUCCEEDED,
    "failed": RunStatus.FAILED,
    "dead_lettered": RunStatus.DEAD_LETTERED,
}


class _Marks:
    """Distinct terminal states keyed by ``(attempt, state)``."""

    def __init__(self) -> None:
        self.found: dict[tuple[int, TerminalState], TerminalMark] = {}

    def add(self, state: TerminalState, attempt: int, at: datetime, reason: str) -> None:
        # Keep the earliest time and the first reason recorded: actions are folded before
        # events, so a decision's reason ("retries_exhausted") beats an event's.
        key = (attempt, state)
        found = self.found.get(key)
        if found is None:
            self.found[key] = TerminalMark(state=state, attempt=attempt, at=as_utc(at), reason=reason)
        elif as_utc(at) < found.at:
            self.found[key] = TerminalMark(state=state, attempt=attempt, at=as_utc(at), reason=found.reason)

    def ordered(self) -> tuple[TerminalMark, ...]:
        return tuple(sorted(self.found.values(), key=lambda m: (m.at, m.attempt)))


def _success_reason(attempt: int) -> str:
    return "recovered" if attempt > 1 else "success"


def _dedupe(
    events: Iterable[TaskRunEvent], actions: Iterable[RecoveryActionEvent]
) -> tuple[list[TaskRunEvent], list[RecoveryActionEvent]]:
    """Drop redelivered copies (same id) and order by attempt, then time."""
    by_event: dict[str, TaskRunEvent] = {}
    for event in events:
        by_event.setdefault(event.event_id, event)
    by_action: dict[str, RecoveryActionEvent] = {}
    for action in actions:
        by_action.setdefault(action.action_id, action)
    return (
        sorted(by_event.values(), key=lambda e: (e.attempt, as_utc(e.occurred_at), e.event_id)),
        sorted(by_action.values(), key=lambda a: (a.attempt, as_utc(a.decided_at), a.action_id)),
    )


def _open_status(events: list[TaskRunEvent], retry_for: dict[int, RecoveryActionEvent], attempts: int) -> RunStatus:
    """Status of a run that has not ended: its latest attempt's, or the retry waiting for it."""
    scheduled = max((a.next_attempt or a.attempt + 1 for a in retry_for.values()), default=0)
    if scheduled > attempts:
        return _RETRY_ACTIONS[retry_for[scheduled - 1].action] if scheduled - 1 in retry_for else RunStatus.PENDING
    latest = [e for e in events if e.attempt == attempts]
    if not latest:
        return RunStatus.PENDING
    status = _EVENT_STATUS.get(latest[-1].status, RunStatus.PENDING)
    if status is RunStatus.AWAITING_DECISION and attempts in retry_for:
        return _RETRY_ACTIONS[retry_for[attempts].action]
    return status


def fold_run(events: Iterable[TaskRunEvent], actions: Iterable[RecoveryActionEvent] = ()) -> RunState:
    """Fold one logical run's events and recovery actions (any order, duplicates allowed) into its state.

    Raises:
        ValueError: the records belong to more than one ``root_run_id``.
    """
    ordered, ordered_actions = _dedupe(events, actions)
    roots = {e.root_run_id for e in ordered} | {a.root_run_id for a in ordered_actions}
    if len(roots) > 1:
        raise ValueError(f"fold_run folds one logical run; got root run ids {sorted(roots)}")

    marks = _Marks()
    compensated = False
    retry_for: dict[int, RecoveryActionEvent] = {}
    for action in ordered_actions:
        compensated = compensated or action.action == "compensated"
        terminal = _ACTION_TERMINAL.get(action.action)
        if terminal == "succeeded":
            marks.add(terminal, action.attempt, action.decided_at, _success_reason(action.attempt))
        elif terminal is not None:
            marks.add(terminal, action.attempt, action.decided_at, action.reason or action.action)
        if action.action in _RETRY_ACTIONS:
            retry_for[action.attempt] = action
    last_error: TaskRunEvent | None = None
    for event in ordered:
        if event.status in (TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT):
            last_error = event
        compensated = compensated or event.status is TaskRunStatus.COMPENSATED
        terminal = _EVENT_TERMINAL.get(event.status)
        if terminal == "succeeded":
            marks.add(terminal, event.attempt, event.occurred_at, _success_reason(event.attempt))
        elif terminal is not None:
            marks.add(terminal, event.attempt, event.occurred_at, event.status.value)

    terminals = marks.ordered()
    attempts = max([e.attempt for e in ordered] + [a.attempt for a in ordered_actions] + [0])
    status = _TERMINAL_STATUS[terminals[0].state] if terminals else _open_status(ordered, retry_for, attempts)
    return RunState(
        root_run_id=next(iter(roots)) if roots else None,
        status=status,
        attempts=attempts,
        terminals=terminals,
        last_error_type=last_error.error_type if last_error else None,
        last_error_message=last_error.error_message if last_error else None,
        compensated=compensated,
    )


def terminal_state(events: Iterable[TaskRunEvent], actions: Iterable[RecoveryActionEvent] = ()) -> TerminalState | None:
    """Return the run's terminal state, or None while it is in flight (see :func:`fold_run`)."""
    return fold_run(events, actions).terminal
