"""The default rules: well formed, and accurate on real messages beyond the ones they were written against."""

from __future__ import annotations

import collections
import json
import re
import runpy
from pathlib import Path

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal, Stage
from errorflow.classify.defaults import default_rules

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
CASES = runpy.run_path(str(Path(__file__).with_name("classify_cases.py")))["CASES"]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


def test_default_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in default_rules()]
    assert [rule_id for rule_id, count in collections.Counter(ids).items() if count > 1] == []


def test_default_phrases_are_lower_case() -> None:
    # The engine matches default phrases against the lower-cased message.
    for rule in default_rules():
        if rule.message is not None and rule.stage in (Stage.MESSAGE_STRONG, Stage.MESSAGE):
            letters = re.sub(r"\\[a-zA-Z]", "", rule.message)
            assert letters == letters.lower(), rule.id


def test_every_category_has_rules_at_every_tier() -> None:
    by_category = collections.Counter(rule.category for rule in default_rules())
    for category in (Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT):
        assert by_category[category] > 20, category


@pytest.mark.parametrize(
    ("exc_type", "message", "http_status", "errno", "label"),
    CASES,
    ids=[f"{index}-{case[0].rpartition('.')[2]}-{case[4]}" for index, case in enumerate(CASES)],
)
def test_real_world_messages(
    clf: Classifier, exc_type: str, message: str, http_status: int | None, errno: int | None, label: str
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=http_status, errno=errno))
    assert verdict.category.value == label, verdict.rule_id


@pytest.mark.skipif(not CORPUS.exists(), reason=f"the public corpus is not at {CORPUS}")
def test_public_corpus_accuracy(clf: Classifier) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    verdicts = [
        clf.classify(
            ErrorSignal(
                exc_type=row["exc_type"],
                message=row["message"],
                http_status=row.get("http_status"),
                errno=row.get("errno"),
            )
        )
        for row in rows
    ]
    correct = sum(verdict.category.value == row["label"] for verdict, row in zip(verdicts, rows, strict=True))
    unknown = sum(verdict.category is Category.UNKNOWN for verdict in verdicts)
    assert correct / len(rows) >= 0.97
    assert unknown / len(rows) <= 0.02
    for label in ("transient", "resource", "validation", "permanent"):
        members = [verdict for verdict, row in zip(verdicts, rows, strict=True) if row["label"] == label]
        recall = sum(verdict.category.value == label for verdict in members) / len(members)
        assert recall >= 0.93, label
