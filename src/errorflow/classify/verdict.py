"""One verdict per failure: the classification that both the classifier agent and recovery use.

The classifier agent stores a failure's verdict (``error_classifications``) and
the recovery agent acts on it (retry, wait, fail fast, dead-letter); both call
:func:`failure_verdict`, so for one failed event they agree on category,
severity, strategy, rule and fingerprint without a Kafka hop between them.

The verdict is a pure function of the event alone: the same event, redelivered
or read by another agent from another topic, gets the same verdict. That is why
severity is not raised by how often a failure repeated here: a count kept by
one agent depends on what that agent happened to read, and would make two
copies of the verdict disagree. Repetition is measured where all events are,
in the store's windowed error rates and the alerts built on them.

A ``timed_out`` event is a failure too: the attempt ran out of time, which is
evidence of a timeout whatever exception (if any) the service reported, so its
signal carries ``builtins.TimeoutError`` (as the class when none was named,
else as the most specific base) and the rules weigh it like any timeout.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from typing import Any

from errorflow.classify.bulk import bulk_verdict, is_bulk_failure, item_verdicts
from errorflow.classify.engine import Classifier
from errorflow.classify.model import Classification, ErrorSignal

__all__ = [
    "FAILURE_STATUSES",
    "TIMEOUT_TYPE",
    "VerdictMemo",
    "failure_signal",
    "failure_verdict",
    "is_failure",
]

FAILURE_STATUSES = frozenset({"failed", "timed_out"})
"""Statuses of a finished attempt that failed: each gets exactly one verdict."""

TIMEOUT_TYPE = "builtins.TimeoutError"
"""The class a ``timed_out`` attempt is classified as (or under, when the service named its own)."""

_TIMED_OUT_MESSAGE = "the attempt timed out"


def _field(event: Any, name: str) -> Any:
    if isinstance(event, Mapping):
        return event.get(name)
    return getattr(event, name, None)


def _status(event: Any) -> str:
    status = _field(event, "status")
    return str(getattr(status, "value", status) or "")


def is_failure(event: Any) -> bool:
    """True for a ``failed`` or ``timed_out`` event (a ``TaskRunEvent`` or its JSON dict)."""
    return _status(event) in FAILURE_STATUSES


def failure_signal(event: Any) -> ErrorSignal:
    """Return the signal a failure is classified from; a ``timed_out`` attempt is evidence of a timeout."""
    signal = ErrorSignal.from_event(event)
    if _status(event) != "timed_out":
        return signal
    if not _field(event, "error_type"):
        return dataclasses.replace(signal, exc_type=TIMEOUT_TYPE, message=signal.message or _TIMED_OUT_MESSAGE)
    if signal.exc_type == TIMEOUT_TYPE or TIMEOUT_TYPE in signal.bases:
        return signal
    return dataclasses.replace(signal, bases=(TIMEOUT_TYPE, *signal.bases))


def failure_verdict(event: Any, classifier: Classifier) -> Classification:
    """Return the one verdict on a failed or timed-out event, computed from the event alone.

    Deterministic: the same event and rules always give the same category,
    severity (from category, criticality and a rule's pinned level; never from
    a local count of repeats), strategy, rule id and fingerprint. A bulk failure
    (item errors in ``error_list``) is judged by its items (:mod:`errorflow.classify.bulk`).
    """
    if _status(event) == "failed" and is_bulk_failure(event):
        return bulk_verdict(item_verdicts(event, classifier))
    return classifier.classify(failure_signal(event))


def _evidence(event: Any) -> tuple[Any, ...]:
    """What a failure's verdict is computed from, besides its id: equal for the very same event.

    Long texts enter as their hashes (a memo entry holds no message or traceback), the
    structured context as its plain values (compared by equality, never hashed).
    """
    message = _field(event, "error_message")
    traceback = _field(event, "error_traceback")
    return (
        _status(event),
        _field(event, "error_type"),
        None if message is None else (len(message), hash(message)),
        None if traceback is None else (len(traceback), hash(traceback)),
        str(_field(event, "criticality")),
        _context_evidence(_field(event, "error_context")),
    )


def _context_evidence(context: Any) -> Any:
    """The structured context as plain values, so a contract model and the wire check's shape of it compare equal.

    The classifier agent reads a failure off the fast wire check (:mod:`errorflow.schemas.wire`),
    the recovery agent off the contract model: the memo must see the same context in both.
    A context of another shape (a JSON dict's odd values) enters as itself.
    """
    if context is None or isinstance(context, Mapping):
        return context
    try:
        causes = context.causes
        return (
            tuple(context.bases),
            context.http_status,
            context.errno,
            context.code,
            tuple((cause.type, cause.message) for cause in causes),
            context.retriable,
        )
    except Exception:  # not a context object: compared as itself
        return context


class VerdictMemo:
    """The verdicts of recent failures by event id, so the agents of one process classify each failure once.

    The classifier, the recovery agent and the anomaly agent each read every failed
    event, and a verdict is a pure function of the event: the first agent to judge one
    keeps its verdict here and the others take it (on a stream of messages that carry
    ids, where classifiers' caches miss, each failure used to be classified three times,
    a fifth of the pipeline process's time at 5,000 failures a second). A hit needs the
    same id and the same evidence (type, message, traceback, criticality, context), so
    another event reusing an id is judged on its own. Bulk failures are judged item by
    item and not kept. Thread-safe (the agents run on threads of their own); holds at most
    ``size`` verdicts, dropping the oldest first.
    """

    def __init__(self, *, size: int = 16_384) -> None:
        self._size = max(1, size)
        self._lock = threading.Lock()
        self._items: dict[str, tuple[tuple[Any, ...], Classification]] = {}
        self.hits = 0
        """Verdicts taken from the memo (an approximate count: incremented without the lock)."""

    def verdict(self, event: Any, classifier: Classifier) -> Classification:
        """Return :func:`failure_verdict` of ``event``, computed once per process for the same event."""
        event_id = _field(event, "event_id")
        if not isinstance(event_id, str) or (_status(event) == "failed" and is_bulk_failure(event)):
            return failure_verdict(event, classifier)
        evidence = _evidence(event)
        with self._lock:
            kept = self._items.get(event_id)
        if kept is not None and kept[0] == evidence:
            self.hits += 1
            return kept[1]
        result = failure_verdict(event, classifier)
        with self._lock:
            self._items[event_id] = (evidence, result)
            while len(self._items) > self._size:
                del self._items[next(iter(self._items))]
        return result
