"""bench/train_second_opinion.py: the holdout never trains the model, and each design's decision rule holds.

The script is issue 10's experiment (a learned second opinion beside the rules); it is not part of the
classifier, but the figures in docs/classification.md rest on these properties.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "bench" / "train_second_opinion.py"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_second_opinion", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def test_the_training_set_is_the_public_corpus_and_the_tune_half_only(script: ModuleType, tmp_path: Path) -> None:
    public = tmp_path / "errors-public.jsonl"
    public.write_text(
        json.dumps({"exc_type": "builtins.MemoryError", "message": "", "label": "resource"}) + "\n", encoding="utf-8"
    )
    independent = [json.loads(line) for line in INDEPENDENT.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = {(row["exc_type"], row["message"]) for row in independent if row["split"] == "tune"}

    rows = script.training_rows(public)

    assert [row["source"] for row in rows[:1]] == ["public"]
    used = [(row["exc_type"], row["message"]) for row in rows if row["source"] == "independent"]
    # counts only: a failure must not print corpus items (the holdout's are never read)
    leaked = sum(pair not in tune for pair in used)
    assert leaked == 0
    assert len(used) == len(tune)
    assert len(set(used)) == len(tune)  # every tune item once
    assert sum(independent[row["line"] - 1]["split"] != "tune" for row in rows if row["source"] == "independent") == 0


def test_features_ignore_ids_but_read_the_status_and_the_class(script: ModuleType) -> None:
    one = script.features(
        "requests.exceptions.HTTPError", "503 Server Error for request 4f1c2a9e-1b2c-4d5e-8f90-123456789abc", 503
    )
    other = script.features(
        "requests.exceptions.HTTPError", "503 Server Error for request 9a8b7c6d-5e4f-4a3b-9c2d-fedcba987654", 503
    )
    assert one == other
    assert "s=503" in one and "T=httperror" in one and "c=http" in one
    assert script.features("requests.exceptions.HTTPError", "Server Error", 404) != script.features(
        "requests.exceptions.HTTPError", "Server Error", 503
    )


def test_naive_bayes_learns_the_words_that_tell_labels_apart(script: ModuleType) -> None:
    items = [["w=deadlock"], ["w=deadlock", "w=detected"], ["w=disk", "w=full"], ["w=disk"]]
    model = script.NaiveBayes().fit(items, ["transient", "transient", "resource", "resource"])

    proba = model.proba(["w=deadlock", "w=never_seen"])
    assert max(proba, key=proba.__getitem__) == "transient"
    assert sum(proba.values()) == pytest.approx(1.0)
    table = model.table(ROOT / "bench" / "corpus" / "independent.jsonl")
    assert table["labels"] == list(script.LABELS) and set(table["log_likelihood"]) == {
        "w=deadlock",
        "w=detected",
        "w=disk",
        "w=full",
    }


SURE_RESOURCE = {"transient": 0.005, "resource": 0.99, "validation": 0.0025, "permanent": 0.0025}


def test_decide_unknown_speaks_only_where_the_rules_did_not(script: ModuleType) -> None:
    rule = script.RuleVerdict
    assert script.decide_unknown(rule("unknown", 0.0), SURE_RESOURCE, threshold=0.9) == "resource"
    # the model is as sure against a decided verdict, however weak: the rules win
    assert script.decide_unknown(rule("transient", 0.45), SURE_RESOURCE, threshold=0.9) == "transient"
    # not sure enough: still unknown
    assert script.decide_unknown(rule("unknown", 0.0), SURE_RESOURCE, threshold=0.995) == "unknown"


def test_veto_drops_only_a_weak_verdict_the_model_all_but_excludes(script: ModuleType) -> None:
    rule = script.RuleVerdict
    assert script.veto(rule("transient", 0.6), SURE_RESOURCE, below=0.8, under=0.02) == "unknown"
    # the same disagreement against strong evidence: the rules win
    assert script.veto(rule("transient", 0.9), SURE_RESOURCE, below=0.8, under=0.02) == "transient"
    # weak evidence the model merely doubts (0.005 is not under 0.001): the rules win
    assert script.veto(rule("transient", 0.6), SURE_RESOURCE, below=0.8, under=0.001) == "transient"


def test_decide_weak_replaces_a_weak_verdict_only_when_the_model_is_sure(script: ModuleType) -> None:
    rule = script.RuleVerdict
    options = {"below": 0.8, "under": 0.02, "threshold": 0.98}
    assert script.decide_weak(rule("transient", 0.6), SURE_RESOURCE, **options) == "resource"
    assert script.decide_weak(rule("transient", 0.9), SURE_RESOURCE, **options) == "transient"
    assert script.decide_weak(rule("transient", 0.6), SURE_RESOURCE, **{**options, "threshold": 0.995}) == "transient"
