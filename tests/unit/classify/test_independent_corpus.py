"""The independent evaluation corpus: well formed, split once by a fixed rule, and disjoint from the public corpus.

The file is data for bench/bench_classify.py; these checks keep it honest without looking at any classifier
result (labels come from LABELS.md only, see bench/corpus/README.md).
"""

from __future__ import annotations

import collections
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"

KEYS = {"exc_type", "message", "http_status", "errno", "label", "library", "evidence", "note", "split"}
LABELS = {"transient", "resource", "validation", "permanent"}
SPLITS = {"tune", "holdout"}


def split_of(exc_type: str, message: str) -> str:
    """The split rule, fixed before anyone tuned: first byte of sha256(exc_type + newline + message), even -> tune."""
    digest = hashlib.sha256(f"{exc_type}\n{message}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "holdout"


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return _load(INDEPENDENT)


def test_every_line_has_the_schema(items: list[dict[str, Any]]) -> None:
    for n, item in enumerate(items, 1):
        assert set(item) == KEYS, (n, sorted(set(item) ^ KEYS))
        assert isinstance(item["exc_type"], str) and item["exc_type"].strip(), n
        assert isinstance(item["message"], str), n
        status = item["http_status"]
        assert status is None or (isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599), n
        errno = item["errno"]
        assert errno is None or (isinstance(errno, int) and not isinstance(errno, bool)), n
        assert item["label"] in LABELS, (n, item["label"])
        assert isinstance(item["library"], str) and item["library"].strip(), n
        assert isinstance(item["evidence"], str) and item["evidence"].strip(), n
        note = item["note"]
        assert note is None or (isinstance(note, str) and note.strip()), n
        assert item["split"] in SPLITS, n


def test_at_least_300_items_and_each_label_well_represented(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 300
    per_label = collections.Counter(item["label"] for item in items)
    assert {label: per_label[label] for label in LABELS if per_label[label] < 50} == {}


def test_no_duplicates(items: list[dict[str, Any]]) -> None:
    pairs = collections.Counter((item["exc_type"], item["message"]) for item in items)
    assert [pair for pair, count in pairs.items() if count > 1] == []
    # The same text under another class is still the same evidence for a message rule; only an empty
    # message (the class is the only evidence, e.g. MemoryError) may repeat.
    messages = collections.Counter(item["message"].strip().lower() for item in items if item["message"].strip())
    assert [message for message, count in messages.items() if count > 1] == []


def test_split_follows_the_fixed_hash_rule(items: list[dict[str, Any]]) -> None:
    # An item never moves between halves: its split is a function of its own text, so growing the file
    # cannot reshuffle it, and editing a message (which would move it) shows up here.
    moved = [
        (item["exc_type"], item["message"][:60])
        for item in items
        if item["split"] != split_of(item["exc_type"], item["message"])
    ]
    assert moved == []


def test_both_splits_hold_every_label_and_a_mix_of_libraries(items: list[dict[str, Any]]) -> None:
    per = collections.Counter((item["label"], item["split"]) for item in items)
    assert {(label, split) for label in LABELS for split in SPLITS if per[(label, split)] < 20} == set()
    for split in SPLITS:
        libraries = {item["library"] for item in items if item["split"] == split}
        assert len(libraries) >= 20, split
    tune = sum(1 for item in items if item["split"] == "tune")
    assert 0.4 <= tune / len(items) <= 0.6


def test_no_single_library_dominates(items: list[dict[str, Any]]) -> None:
    per_library = collections.Counter(item["library"] for item in items)
    assert {library: count for library, count in per_library.items() if count > 25} == {}


def test_judgment_calls_are_noted_where_class_and_label_disagree(items: list[dict[str, Any]]) -> None:
    # A 4xx/5xx status that points away from the label is exactly the kind of item that needs a note.
    by_status = {400: "validation", 422: "validation", 401: "permanent", 403: "permanent", 404: "permanent"}
    unexplained = [
        (item["http_status"], item["label"], item["message"][:60])
        for item in items
        if item["http_status"] in by_status and by_status[item["http_status"]] != item["label"] and not item["note"]
    ]
    assert unexplained == []


def test_disjoint_from_the_public_corpus(items: list[dict[str, Any]]) -> None:
    if not PUBLIC.exists():
        pytest.skip("public corpus not present (../shared/corpus)")
    public = _load(PUBLIC)
    public_pairs = {(item["exc_type"], item["message"]) for item in public}
    public_messages = {item["message"].strip().lower() for item in public if item["message"].strip()}
    assert [item["message"][:60] for item in items if (item["exc_type"], item["message"]) in public_pairs] == []
    assert [item["message"][:60] for item in items if item["message"].strip().lower() in public_messages] == []
