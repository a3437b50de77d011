"""Offline replay: outcomes in event time through the engine, alerts out with the time they happened.

Operators tune their rules file on their own history this way, and the
benchmark measures detection with it: the engine is the stream agent's, only
the clock is the events' own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from errorflow.anomaly.engine import AnomalyEngine
from errorflow.anomaly.windows import Outcome
from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo, failure_verdict, is_failure
from errorflow.schemas.alerts import Alert
from errorflow.schemas.events import TaskRunEvent

__all__ = ["ReplayedAlert", "classified_outcome", "outcome_of", "replay"]


@dataclass(frozen=True, slots=True)
class ReplayedAlert:
    """An alert record and the event time at which the engine emitted it."""

    at_s: float
    alert: Alert


def outcome_of(event: TaskRunEvent, *, fingerprint: str | None = None, category: str | None = None) -> Outcome:
    """The detectors' view of a TaskRun event (with its classification when it failed)."""
    return Outcome(
        at_s=event.occurred_at.timestamp(),
        service=event.service,
        operation=event.operation,
        status=event.status.value,
        attempt=event.attempt,
        dependency=event.dependency,
        error_type=event.error_type,
        fingerprint=fingerprint,
        category=category,
        degraded=event.degraded,
    )


def classified_outcome(event: TaskRunEvent, classifier: Classifier, verdicts: VerdictMemo | None = None) -> Outcome:
    """The outcome of an event, with the fingerprint and category the classifier agent gives a failed one.

    Failed and timed-out events get the one verdict the classifier agent stores
    (:func:`errorflow.classify.verdict.failure_verdict`; from ``verdicts`` when another
    agent of the process judged the event already); other events are not classified.
    """
    if not is_failure(event):
        return outcome_of(event)
    verdict = failure_verdict(event, classifier) if verdicts is None else verdicts.verdict(event, classifier)
    return outcome_of(event, fingerprint=verdict.fingerprint, category=verdict.category.value)


def replay(
    outcomes: Iterable[Outcome],
    engine: AnomalyEngine,
    *,
    eval_interval_s: float = 1.0,
    latest_s: float | None = None,
) -> Iterator[ReplayedAlert]:
    """Feed ``outcomes`` (in about event-time order) to ``engine``; evaluate every ``eval_interval_s`` of event time.

    The clock is the newest event time seen, so an out-of-order event is
    counted in its own minute but never moves time backwards. An event later than
    ``latest_s`` (history cannot hold one: a service's clock set ahead, a hostile
    line) is counted at the replay's clock instead, as the stream agent counts one
    at its own time: its own time would carry the clock there, leave every window
    empty and silence the rest of the replay.
    """
    now_s = float("-inf")
    next_eval_s = float("-inf")
    for outcome in outcomes:
        if latest_s is not None and outcome.at_s > latest_s:
            outcome = dataclasses.replace(outcome, at_s=latest_s if now_s == float("-inf") else now_s)  # noqa: PLW2901
        engine.observe(outcome)
        now_s = max(now_s, outcome.at_s)
        if now_s >= next_eval_s:
            for alert in engine.evaluate(now_s):
                yield ReplayedAlert(now_s, alert)
            next_eval_s = now_s + eval_interval_s
