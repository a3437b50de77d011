"""Bulk runs: each failed item gets its own verdict, and the run's verdict is derived from them.

A bulk operation (seed 000) processes many items and fails item by item: its
failed event carries ``error_list``, one :class:`~errorflow.schemas.events.ItemError`
per failed item, whose ``index`` is the item's position in the run's input list.
The run's own exception (``BulkOperationError``) says nothing about what went
wrong; its items do. So each item error is classified with the same classifier
as any failure, and the run's verdict follows from them:

- every item failed validation: the run is a validation failure (the caller fixes the items);
- any item failed retriably (transient, resource, unknown): the run is retried, and the retry
  carries only the failed retriable items (:func:`retriable_items`); items that succeeded, and
  items no retry can fix, are not run again;
- otherwise (permanent items, perhaps mixed with validation): the first permanent item decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from errorflow.classify.engine import Classifier
from errorflow.classify.model import Category, Classification

__all__ = ["BULK_ITEMS_FIELD", "bulk_verdict", "is_bulk_failure", "item_verdicts", "retriable_items"]

BULK_ITEMS_FIELD = "items"
"""The input field of a bulk operation that holds its items; ``ItemError.index`` points into it."""


def _get(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


def is_bulk_failure(event: Any) -> bool:
    """True when a failed event carries item errors: its verdict comes from its items."""
    items = _get(event, "error_list")
    return isinstance(items, Sequence) and not isinstance(items, (str, bytes)) and len(items) > 0


def item_verdicts(event: Any, classifier: Classifier) -> list[tuple[int, Classification]]:
    """Return ``(index, verdict)`` of every item error of a bulk failure, in the event's order.

    Each item is classified as a failure of its own, with the run's criticality
    and dependency: its ``error_type`` and ``error`` text are its evidence.
    """
    from errorflow.classify.verdict import failure_signal

    verdicts: list[tuple[int, Classification]] = []
    for position, item in enumerate(_get(event, "error_list") or ()):
        index = _get(item, "index")
        if not isinstance(index, int) or isinstance(index, bool):
            index = position
        signal = failure_signal(
            {
                "status": "failed",
                "error_type": _get(item, "error_type"),
                "error_message": _get(item, "error"),
                "criticality": _get(event, "criticality"),
            }
        )
        verdicts.append((index, classifier.classify(signal)))
    return verdicts


def bulk_verdict(verdicts: Sequence[tuple[int, Classification]]) -> Classification:
    """Return the run's verdict from its items' verdicts (rules in the module docstring).

    Raises:
        ValueError: there are no item verdicts (a bulk failure without items is classified as usual).
    """
    if not verdicts:
        raise ValueError("a bulk verdict needs at least one item verdict")
    for _, verdict in verdicts:
        if verdict.retryable:
            return verdict
    for _, verdict in verdicts:
        if verdict.category is not Category.VALIDATION:
            return verdict
    return verdicts[0][1]


def retriable_items(verdicts: Sequence[tuple[int, Classification]]) -> list[int]:
    """Return the indexes of the items a retry must run again: the retriable ones, in input order, once each."""
    return sorted({index for index, verdict in verdicts if verdict.retryable})
