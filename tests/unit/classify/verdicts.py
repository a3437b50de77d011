"""The helpers the classifier's case tests share: a signal's category and deciding rule; a classifier without rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify.defaults import default_rules

#: Session 24's generic evidence (``test_classify_generic_evidence.py``): class-name words and two anchored phrases.
#: It is newer than the lists whose tests read "the weaker evidence" without them, and for some of their classes it says
#: what the list says (ZODB's ``BTreesConflictError``, couchbase's ``NumberTooBigException``): those tests leave it out.
GENERIC_EVIDENCE = re.compile(r"name\.word\.|message\.(?:supply_exhausted|maximum_count_reached)\b")


def without_rules(ids: re.Pattern[str]) -> Classifier:
    """The default rules without those whose id ``ids`` matches at its start: what the weaker evidence says."""
    return Classifier(disable=[rule.id for rule in default_rules() if ids.match(rule.id)], cache_size=0)


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


def decides_over(
    clf: Classifier,
    weaker_clf: Classifier,
    exc_type: str,
    message: str,
    verdict: tuple[Category, str],
    weaker: Category,
    status: int | None = None,
) -> None:
    """``verdict`` (category and rule) decides; without the rules under test the weaker evidence says ``weaker``."""
    assert verdict_of(clf, exc_type, message, status) == verdict
    assert weaker_clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status)).category is weaker


def listed_once(table: Mapping[Category, tuple[tuple[str, str], ...]], new_ids: re.Pattern[str]) -> None:
    """Each class of a batch's class list is listed once, under one category, and in no rule outside ``new_ids``."""
    names = [name for groups in table.values() for _, names in groups for name in names.split()]
    assert len(names) == len(set(names))
    listed = set(names)
    for rule in default_rules():
        if not new_ids.match(rule.id):
            assert not listed & set(rule.exc_type or ()), rule.id


_REPO = Path(__file__).resolve().parents[3]
CORPORA = (
    _REPO / "bench" / "corpus" / "independent.jsonl",
    _REPO.parent / "shared" / "corpus" / "errors-public.jsonl",
    Path("/work/shared/corpus/errors-public.jsonl"),
)
"""The labelled corpora a case test's classes and codes must not come from (those present are read)."""


def corpora_text(*, independent_lines: int | None = None) -> str:
    """The text of every corpus in :data:`CORPORA` that is present: a new list's test cases must not occur in it.

    ``independent_lines``: read only that many lines of the independent set, the file as it was when a list was
    written (a batch collected later may carry one of its classes as an item of its own).
    """
    texts = []
    for path in CORPORA:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if independent_lines is not None and path.name == "independent.jsonl":
            text = "".join(text.splitlines(keepends=True)[:independent_lines])
        texts.append(text)
    return "".join(texts)
