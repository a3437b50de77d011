"""The one helper the classifier's case tests share: a signal's category and deciding rule."""

from __future__ import annotations

from errorflow.classify import Category, Classifier, ErrorSignal


def verdict_of(
    clf: Classifier,
    exc_type: str,
    message: str,
    status: int | None = None,
    bases: tuple[str, ...] = (),
    *,
    errno: int | None = None,
) -> tuple[Category, str]:
    """Classify one signal and return what a case asserts: its category and the id of the rule that decided it."""
    verdict = clf.classify(
        ErrorSignal(exc_type=exc_type, message=message, http_status=status, errno=errno, bases=bases)
    )
    return verdict.category, verdict.rule_id
