"""How the classifier fails on families it was never tuned for, and what saying ``unknown`` on weak evidence buys there.

For each collection batch of ``bench/corpus/independent.jsonl`` whose pre-tuning classifier is pinned below, the
classifier as it was before any rule saw the batch (the ``src/`` tree of that commit, run from source in a
subprocess, ``train_second_opinion.run_at``) classifies the batch's **tune half** only (the holdout is never
read here). It prints:

* the verdicts by the evidence that decided them (tier, and what else spoke: ``alone``, ``agrees``, ...): right,
  confidently wrong and ``unknown`` counts on the items a blind second reader labels alike
  (``second_annotation*.jsonl``), the measure behind ``docs/classification.md``, "Weak evidence says unknown";
* per batch, right / ``unknown`` / confidently wrong before and after today's rule that a built-in class alone is
  too weak to decide (``engine._class_alone_too_weak``), applied to each old verdict its class decided alone on
  the exception itself, with the cost of a wrong verdict counted 3 and of ``unknown`` 1.

Usage: python bench/classify_unfitted.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by path
from corpus.counts import BATCH_ENDS, NAMES, second_labels
from errorflow.classify.engine import _class_alone_too_weak
from errorflow.classify.evidence import Link
from train_second_opinion import run_at

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "bench" / "corpus" / "independent.jsonl"
#: batch index (0 = first) -> the commit that merged the batch's last items, before any rule was written for it
#: (the merge of the batch's collection branch, which touched no ``src/``; batch 14: main at session 16's start).
BEFORE_RULES = {
    3: "60c6ab9ebddb68019391148391997a43f0e7bd0f",
    4: "b383a5ce2cefe61a6cea5bb3f5be266557782e74",
    5: "279b98aeaaa74f4119eaf3c1aeada7f7808a24c3",
    6: "c27720f29e8245579dba0dc4e8405d5dc04f793b",
    7: "80b0e4a4a231d0047da3de769c04c6f12a3b9a50",
    8: "f3bd4f7f81ee5ebdec1ab518bee57f6abdfd0a0f",
    9: "7e4de58d82001686248d7060e58ac5bd0c68fe17",
    10: "bc6468a57edf5881ee48e98b88035805849c9fef",
    11: "5e4ce0db4080430ce520ea33566c8f5bf4df0403",
    12: "a752b60dc2d010613a5ddb6a82be75d41d4beb29",
    13: "0a8b48e93f02457e7722e921d77d16f24e711097",
}
WRONG_COST = 3  # a wrong verdict costs more than unknown (retried five times, or dead-lettered at once)

_OLD_CLASSIFIER = """
import json, sys
from errorflow.classify import Classifier, ErrorSignal
clf = Classifier.default()
for line in sys.stdin:
    r = json.loads(line)
    v = clf.classify(ErrorSignal(exc_type=r["exc_type"], message=r["message"], http_status=r.get("http_status"),
                                 errno=r.get("errno")))
    print(json.dumps([v.category.value, [[e.tier, e.role, e.where] for e in v.evidence]]))
"""


def old_verdicts(commit: str, rows: list[dict[str, Any]]) -> list[tuple[str, list[list[str]]]]:
    """The category and evidence chain the classifier at ``commit`` gives each row."""
    return [(category, chain) for category, chain in map(json.loads, run_at(commit, _OLD_CLASSIFIER, rows))]


def outcome(category: str, label: str) -> str:
    return "right" if category == label else "unknown" if category == "unknown" else "wrong"


def rates(counts: Counter[str]) -> str:
    total = sum(counts.values())
    cost = (WRONG_COST * counts["wrong"] + counts["unknown"]) / total
    shares = " / ".join(f"{100 * counts[key] / total:5.1f}" for key in ("right", "unknown", "wrong"))
    return f"{shares} %  cost {cost:.3f}"


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    second = second_labels()
    buckets: dict[str, Counter[str]] = defaultdict(Counter)
    totals = {"all": (Counter[str](), Counter[str]()), "agreed": (Counter[str](), Counter[str]())}
    print("batch (tune items)        before: right / unknown / wrong        after\n")
    for batch, commit in sorted(BEFORE_RULES.items()):
        start = BATCH_ENDS[batch - 1] if batch else 0
        end = BATCH_ENDS[batch] if batch < len(BATCH_ENDS) else len(rows)
        numbers = [n for n in range(start, end) if rows[n]["split"] == "tune"]  # never a holdout item
        members = [rows[n] for n in numbers]
        for kind in totals:
            before, after = Counter[str](), Counter[str]()
            for number, row, (category, chain) in zip(numbers, members, old_verdicts(commit, members), strict=True):
                if kind == "agreed" and second.get(number + 1) != row["label"]:
                    continue
                result = outcome(category, row["label"])
                before[result] += 1
                decided = chain[0] if chain else None
                weak = decided is not None and decided[0] == "weak_type" and decided[2] == "exception"
                too_weak = weak and _class_alone_too_weak(Link(row["exc_type"], row["message"])) is not None
                after["unknown" if too_weak and category != "unknown" else result] += 1
                if kind == "agreed":
                    roles = "+".join(sorted({item[1] for item in chain[1:]})) or "alone"
                    key = "unknown" if category == "unknown" else f"{decided[0] if decided else '?'} ({roles})"
                    buckets[key][result] += 1
            totals[kind][0].update(before)
            totals[kind][1].update(after)
            if kind == "agreed":
                print(f"{NAMES[batch]:>11} ({sum(before.values()):3}, agreed)  {rates(before)}   {rates(after)}")
    for kind, (before, after) in totals.items():
        print(f"{'all batches':>11} ({kind:>6})      {rates(before)}   {rates(after)}")
    print("\nverdicts by deciding evidence (agreed items): right, wrong, unknown")
    for key, counts in sorted(buckets.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {key:42} {counts['right']:4} {counts['wrong']:4} {counts['unknown']:4}")


if __name__ == "__main__":
    main()
