"""Issue 10's experiment: does a learned second opinion beside the rules make the classifier generalise?

A multinomial naive Bayes model over the failure's own text, with no dependency
beyond the package: the exception class (its dotted parts, its CamelCase words),
the HTTP status and errno (given, and as ``errorflow.classify.evidence.Link``
parses them from the message), the codes and implied cause ``Link`` finds, and
the message's words and word pairs after ``fingerprint.mask_ids`` (ids masked,
numbers of more than five digits one token). It is trained on the public
corpus and the **tune half** of ``bench/corpus/independent.jsonl`` only: the
loader skips every holdout item, so the holdout never reaches it.

Three ways to use it beside the rules were measured (``docs/classification.md``,
"A learned second opinion"):

* ``decide-unknown``: where the rules say ``unknown``, the model's category if
  its probability is at least ``--threshold``;
* ``decide-weak``: where the rules decided on weak evidence (confidence below
  ``--veto-below``) and the model gives their category a probability below
  ``--veto-under`` while it is at least ``--threshold`` sure of another, the
  model's category (reported on the training data, not scored on the holdout:
  it changed nothing for the better there);
* ``veto``: where the rules decided on weak evidence (confidence below
  ``--veto-below``) and the model gives the rules' category a probability
  below ``--veto-under``, the verdict's confidence drops below the
  classifier's floor, so it is ``unknown``.

The default run reports, on the training data alone, the measures where the
rules were not fitted: the model alone under 10-fold cross-validation, and
each design against the rules as they were **before any rule saw a batch**
(the source tree of the commit that merged the batch, pinned in
:data:`BEFORE_RULES`, run in a subprocess on that batch's tune items), with
the model trained without the item it predicts (in-family) or without the
whole batch (a new family). The rules as they are now are fitted to the tune
half (99 % right there), so "rules + model" on it overstates the rules; it is
printed for the record only.

``--write FILE`` writes the model as data (JSON: the training set named by
file name, SHA-256 and item count, the smoothing, the log prior and one row of
log-likelihoods per feature). ``--score-holdout DESIGN`` runs
``bench/bench_classify.py --no-throughput`` with the design applied after the
rules: the holdout half is scored in aggregate only, and each run counts
toward the three holdout scorings the experiment's protocol allows (session 13
used two, with the defaults below: ``docs/classification.md`` has what they
scored).

Usage: python bench/train_second_opinion.py [--corpus PUBLIC] [--write FILE] [--score-holdout {decide-unknown,veto}]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import math
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when run from elsewhere
from bench_classify import DEFAULT_CORPUS, DEFAULT_INDEPENDENT, load, signal_of
from corpus.counts import BATCH_ENDS, NAMES
from errorflow.classify import Category, Classification, Classifier
from errorflow.classify.evidence import Link
from errorflow.classify.fingerprint import mask_ids

REPO = Path(__file__).resolve().parents[1]
LABELS = ("transient", "resource", "validation", "permanent")
ALPHA = 1.0
"""Laplace smoothing of the feature counts (0.3 and 0.1 scored within half a point under cross-validation)."""
FOLDS = 10
#: batch index (0 = first) -> the commit that merged the batch's last items, before any rule was written for it
#: (every classifier commit reachable from it predates the batch's tune round: ``git log <commit> -- src/``).
BEFORE_RULES = {
    9: "7e4de58d82001686248d7060e58ac5bd0c68fe17",
    10: "bc6468a57edf5881ee48e98b88035805849c9fef",
    11: "5e4ce0db4080430ce520ea33566c8f5bf4df0403",
    12: "a752b60dc2d010613a5ddb6a82be75d41d4beb29",
}
MESSAGE_CHARS = 600
"""Characters of the message the features read (the rules read about as much; what follows is dumps)."""

_WORD = re.compile(r"[a-z][a-z0-9_]*[a-z0-9]|\d+")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


# --------------------------------------------------------------------------- the training set


def training_rows(corpus: Path) -> list[dict[str, Any]]:
    """The public corpus and the tune half, each row with its source, line and batch; never a holdout item."""
    rows = [{**row, "source": "public", "line": n, "batch": -1} for n, row in enumerate(load(corpus), 1)]
    for index, row in enumerate(load(DEFAULT_INDEPENDENT)):
        if row["split"] != "tune":
            continue
        batch = sum(1 for end in BATCH_ENDS if index >= end)
        rows.append({**row, "source": "independent", "line": index + 1, "batch": batch})
    assert all(row.get("split", "tune") == "tune" for row in rows), "the holdout never trains or tunes the model"
    return rows


def training_set(corpus: Path) -> dict[str, Any]:
    """What the model was trained on, named (written into the model table)."""

    def named(path: Path, split: str | None) -> dict[str, Any]:
        rows = load(path)
        used = [row for row in rows if split is None or row["split"] == split]
        return {
            "file": path.name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "items": len(used),
            "split": split or "all",
        }

    return {"files": [named(corpus, None), named(DEFAULT_INDEPENDENT, "tune")]}


# --------------------------------------------------------------------------- features and the model


def features(exc_type: str, message: str, http_status: int | None = None, errno: int | None = None) -> list[str]:
    """The model's tokens of one failure: class, status, errno, parsed codes, masked words and word pairs."""
    module, _, name = exc_type.rpartition(".")
    found = ["T=" + name.lower()]
    found += ["m=" + part.lower() for part in module.split(".")[:3] if part]
    found += ["c=" + word.lower() for word in _CAMEL.findall(name)]
    if http_status:
        found += [f"s={http_status}", f"sf={http_status // 100}xx"]
    if errno:
        found.append(f"e={errno}")
    link = Link(exc_type, message, http_status=http_status, errno=errno)
    if link.status:
        found += [f"S={link.status}", f"SF={link.status // 100}xx"]
    if link.errno:
        found.append(f"E={link.errno}")
    found += ["k=" + code for code in link.codes]
    if link.implied is not None:
        found.append("I=" + link.implied.type.rpartition(".")[2].lower())
    words = [
        word if not word[0].isdigit() else ("#" + word if len(word) <= 5 else "#long")
        for word in _WORD.findall(mask_ids(message[:MESSAGE_CHARS]).lower())
    ]
    found += ["w=" + word for word in words]
    found += ["b=" + first + " " + second for first, second in itertools.pairwise(words)]
    return found


def row_features(row: dict[str, Any]) -> list[str]:
    return features(row["exc_type"], row["message"], row.get("http_status"), row.get("errno"))


class NaiveBayes:
    """Multinomial naive Bayes over feature presence (each feature counted once per item), Laplace-smoothed."""

    def __init__(self, alpha: float = ALPHA) -> None:
        self.alpha = alpha
        self.log_prior: list[float] = [0.0] * len(LABELS)
        self.log_likelihood: dict[str, list[float]] = {}

    def fit(self, items: Sequence[list[str]], labels: Sequence[str]) -> NaiveBayes:
        counts: dict[str, list[int]] = {}
        totals = [0] * len(LABELS)
        prior = Counter(labels)
        for found, label in zip(items, labels, strict=True):
            k = LABELS.index(label)
            for feature in set(found):
                counts.setdefault(feature, [0] * len(LABELS))[k] += 1
                totals[k] += 1
        vocabulary = len(counts)
        self.log_prior = [math.log((prior[label] + 1) / (len(labels) + len(LABELS))) for label in LABELS]
        norm = [math.log(totals[k] + self.alpha * vocabulary) for k in range(len(LABELS))]
        self.log_likelihood = {
            feature: [math.log(row[k] + self.alpha) - norm[k] for k in range(len(LABELS))]
            for feature, row in counts.items()
        }
        return self

    def proba(self, found: list[str]) -> dict[str, float]:
        """Posterior probability of each label; features never seen in training are left out."""
        scores = list(self.log_prior)
        for feature in set(found):
            row = self.log_likelihood.get(feature)
            if row is not None:
                for k in range(len(LABELS)):
                    scores[k] += row[k]
        top = max(scores)
        exp = [math.exp(score - top) for score in scores]
        total = sum(exp)
        return {label: exp[k] / total for k, label in enumerate(LABELS)}

    def table(self, corpus: Path) -> dict[str, Any]:
        """The model as data: JSON-ready, with the training set named."""
        return {
            "model": "multinomial naive Bayes over feature presence (bench/train_second_opinion.py)",
            "training_set": training_set(corpus),
            "alpha": self.alpha,
            "labels": list(LABELS),
            "log_prior": [round(value, 6) for value in self.log_prior],
            "log_likelihood": {
                feature: [round(value, 6) for value in row] for feature, row in sorted(self.log_likelihood.items())
            },
        }


def cross_validated(
    rows: Sequence[dict[str, Any]], items: Sequence[list[str]], *, leave_out_batch: int | None = None, seed: int = 0
) -> list[dict[str, float]]:
    """Each row's probabilities from a model trained on the other folds (and, with a batch named, none of it)."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    found: list[dict[str, float]] = [{} for _ in rows]
    for fold in (order[n::FOLDS] for n in range(FOLDS)):
        held = set(fold)
        train = [
            n
            for n in range(len(rows))
            if n not in held and (leave_out_batch is None or rows[n]["batch"] != leave_out_batch)
        ]
        model = NaiveBayes().fit([items[n] for n in train], [rows[n]["label"] for n in train])
        for n in fold:
            found[n] = model.proba(items[n])
    return found


# --------------------------------------------------------------------------- the rules, now and before


@dataclasses.dataclass(frozen=True)
class RuleVerdict:
    """What the designs read of a rule verdict."""

    category: str
    confidence: float


def rules_now(rows: Sequence[dict[str, Any]]) -> list[RuleVerdict]:
    classifier = Classifier.default(cache_size=0)
    verdicts = [classifier.classify(signal_of(row)) for row in rows]
    return [RuleVerdict(verdict.category.value, verdict.confidence) for verdict in verdicts]


_OLD_CLASSIFIER = """
import json, sys
from errorflow.classify import Classifier, ErrorSignal
clf = Classifier.default(cache_size=0)
for line in sys.stdin:
    r = json.loads(line)
    v = clf.classify(ErrorSignal(exc_type=r["exc_type"], message=r["message"], http_status=r.get("http_status"),
                                 errno=r.get("errno")))
    print(json.dumps([v.category.value, v.confidence]))
"""


def rules_before(commit: str, rows: Sequence[dict[str, Any]]) -> list[RuleVerdict]:
    """The verdicts of the classifier as it was at ``commit`` (its ``src/`` tree, run from source in a subprocess)."""
    out = run_at(commit, _OLD_CLASSIFIER, rows)
    return [RuleVerdict(category, confidence) for category, confidence in map(json.loads, out)]


def run_at(commit: str, script: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    """The lines ``script`` prints, run on the ``src/`` tree of ``commit`` with each row's signal fields on stdin."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "src"], check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory(prefix="second_opinion_") as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        lines = "".join(
            json.dumps({key: row.get(key) for key in ("exc_type", "message", "http_status", "errno")}) + "\n"
            for row in rows
        )
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=lines,
            capture_output=True,
            text=True,
            check=True,
            cwd=tree,
            env={"PYTHONPATH": str(Path(tree) / "src"), "PATH": "/usr/bin:/bin"},
        )
    return done.stdout.splitlines()


# --------------------------------------------------------------------------- the designs


def decide_unknown(rules: RuleVerdict, proba: dict[str, float], *, threshold: float) -> str:
    """Where the rules say unknown, the model's category when it is at least ``threshold`` sure."""
    if rules.category != "unknown":
        return rules.category
    best = max(proba, key=proba.__getitem__)
    return best if proba[best] >= threshold else "unknown"


def decide_weak(rules: RuleVerdict, proba: dict[str, float], *, below: float, under: float, threshold: float) -> str:
    """A verdict on weak evidence the model all but excludes takes the model's category, when it is that sure."""
    best = max(proba, key=proba.__getitem__)
    if (
        rules.category != "unknown"
        and rules.confidence < below
        and proba[rules.category] < under
        and proba[best] >= threshold
    ):
        return best
    return rules.category


def veto(rules: RuleVerdict, proba: dict[str, float], *, below: float, under: float) -> str:
    """A verdict on weak evidence (confidence < ``below``) the model all but excludes (< ``under``) is unknown."""
    if rules.category != "unknown" and rules.confidence < below and proba[rules.category] < under:
        return "unknown"
    return rules.category


Design = Callable[[RuleVerdict, dict[str, float]], str]


def designs() -> list[tuple[str, Design]]:
    """The grid of designs and parameters the training-data report compares."""
    grid: list[tuple[str, Design]] = [
        (f"decide-unknown t={t}", lambda r, p, t=t: decide_unknown(r, p, threshold=t)) for t in (0.8, 0.9, 0.95, 0.99)
    ]
    weak = ((0.6, 0.02), (0.6, 0.05), (0.8, 0.02), (1.01, 0.02))  # (rules' confidence below, model's probability under)
    grid += [
        (f"decide-weak c<{c} q<{q} t={t}", lambda r, p, c=c, q=q, t=t: decide_weak(r, p, below=c, under=q, threshold=t))
        for c, q in weak
        for t in (0.9, 0.98)
    ]
    grid += [(f"veto c<{c} q<{q}", lambda r, p, c=c, q=q: veto(r, p, below=c, under=q)) for c, q in weak]
    return grid


def tally(labels: Sequence[str], verdicts: Sequence[str]) -> tuple[int, int, int]:
    """Right, unknown, confidently wrong."""
    right = sum(label == verdict for label, verdict in zip(labels, verdicts, strict=True))
    unknown = sum(verdict == "unknown" for verdict in verdicts)
    return right, unknown, len(verdicts) - right - unknown


def shares(counts: tuple[int, int, int]) -> str:
    total = sum(counts) or 1
    return " / ".join(f"{100 * count / total:5.1f}" for count in counts)


def best_of(proba: dict[str, float]) -> str:
    return max(proba, key=proba.__getitem__)


def report_model(labels: Sequence[str], tune: Sequence[int], in_family: Sequence[dict[str, float]]) -> None:
    best = [best_of(proba) for proba in in_family]
    print(f"== the model alone, {FOLDS}-fold cross-validation (right / unknown / confidently wrong, %) ==")
    print(f"all training items  {shares(tally(labels, best))}")
    print(f"tune half           {shares(tally([labels[n] for n in tune], [best[n] for n in tune]))}")
    print("calibration on the tune half: coverage and accuracy where the model is at least p sure")
    for p in (0.6, 0.8, 0.9, 0.95, 0.99):
        sure = [n for n in tune if max(in_family[n].values()) >= p]
        right = sum(best[n] == labels[n] for n in sure)
        print(f"  p >= {p:<5} {len(sure) / len(tune):6.1%} of items, {right / max(len(sure), 1):6.1%} right")
    print()


def report_batch(
    truth: Sequence[str],
    before: Sequence[RuleVerdict],
    models: Sequence[tuple[str, Sequence[dict[str, float]]]],
    totals: Counter[tuple[str, str, str]],
) -> None:
    """One batch: the unfitted rules, the model beside them, every design's effect (added to ``totals``)."""
    base = tally(truth, [verdict.category for verdict in before])
    unknown = [i for i, verdict in enumerate(before) if verdict.category == "unknown"]
    low = [i for i, verdict in enumerate(before) if verdict.category != "unknown" and verdict.confidence < 0.6]
    for model_name, proba in models:
        best = [best_of(p) for p in proba]
        print(
            f"  model {model_name:<15} alone {shares(tally(truth, best))}; right on "
            f"{sum(best[i] == truth[i] for i in unknown)} of the rules' {len(unknown)} unknown, "
            f"on {sum(best[i] == truth[i] for i in low)} of their {len(low)} decided below 0.6 "
            f"(the rules on {sum(before[i].category == truth[i] for i in low)})"
        )
        for name, design in designs():
            right, undecided, wrong = tally(truth, [design(v, p) for v, p in zip(before, proba, strict=True)])
            totals[(model_name, name, "right")] += right - base[0]
            totals[(model_name, name, "wrong")] += wrong - base[2]
            print(
                f"    {name:<28} {shares((right, undecided, wrong))}   "
                f"right {right - base[0]:+d}, confidently wrong {wrong - base[2]:+d}"
            )


def report(args: argparse.Namespace) -> None:
    rows = training_rows(args.corpus)
    items = [row_features(row) for row in rows]
    labels = [row["label"] for row in rows]
    tune = [n for n, row in enumerate(rows) if row["source"] == "independent"]
    print(f"training set: {len(rows)} items ({len(rows) - len(tune)} public, {len(tune)} tune); no holdout item\n")
    in_family = cross_validated(rows, items)
    report_model(labels, tune, in_family)

    print("== the rules before any rule saw the batch, beside the model (the batch's tune items) ==")
    print("decide-unknown: the model's category where the rules say unknown and the model is >= t sure;")
    print("decide-weak: rules' confidence < c, model's probability of their category < q, of its own >= t;")
    print("veto: rules' confidence < c and model's probability of the rules' category < q -> unknown\n")
    totals: Counter[tuple[str, str, str]] = Counter()
    for batch, commit in sorted(BEFORE_RULES.items()):
        members = [n for n, row in enumerate(rows) if row["batch"] == batch]
        before = rules_before(commit, [rows[n] for n in members])
        truth = [labels[n] for n in members]
        alone = shares(tally(truth, [verdict.category for verdict in before]))
        print(f"{NAMES[batch]} batch ({len(members)} tune items), rules at {commit[:7]}: {alone}")
        left_out = cross_validated(rows, items, leave_out_batch=batch)
        models = (("in-family", [in_family[n] for n in members]), ("batch left out", [left_out[n] for n in members]))
        report_batch(truth, before, models, totals)
        print()
    print("summed over those batches (items changed, against the rules alone):")
    for model_name in ("in-family", "batch left out"):
        for name, _ in designs():
            print(
                f"  model {model_name:<15} {name:<28} right {totals[(model_name, name, 'right')]:+d}, "
                f"confidently wrong {totals[(model_name, name, 'wrong')]:+d}"
            )
    print()

    now = rules_now(rows)
    truth = [labels[n] for n in tune]
    print("== for the record: the rules now (fitted to the tune half) beside the in-family model ==")
    print(f"rules alone                  {shares(tally(truth, [now[n].category for n in tune]))}")
    for name, design in designs():
        print(f"{name:<28} {shares(tally(truth, [design(now[n], in_family[n]) for n in tune]))}")


# --------------------------------------------------------------------------- the holdout, in aggregate


class _WithSecondOpinion:
    """``Classifier.default()`` with a design applied after the rules (what bench_classify.py scores)."""

    def __init__(self, design: str, model: NaiveBayes, args: argparse.Namespace, **options: Any) -> None:
        self._rules = Classifier.default(**options)
        self._design, self._model, self._args = design, model, args

    def classify(self, signal: Any) -> Classification:
        verdict = self._rules.classify(signal)
        proba = self._model.proba(features(signal.exc_type, signal.message, signal.http_status, signal.errno))
        rules = RuleVerdict(verdict.category.value, verdict.confidence)
        if self._design == "decide-unknown":
            category = decide_unknown(rules, proba, threshold=self._args.threshold)
            confidence = 0.5  # below the recovery policies' usual thresholds: a model's guess, not evidence
        else:
            category = veto(rules, proba, below=self._args.veto_below, under=self._args.veto_under)
            confidence = 0.35  # below the classifier's floor, as the rules' own conflicts
        if category == verdict.category.value:
            return verdict
        return dataclasses.replace(verdict, category=Category(category), confidence=confidence)


def score_holdout(design: str, args: argparse.Namespace) -> int:
    import bench_classify

    rows = training_rows(args.corpus)
    model = NaiveBayes().fit([row_features(row) for row in rows], [row["label"] for row in rows])

    class Wrapped:
        @staticmethod
        def default(**options: Any) -> _WithSecondOpinion:
            return _WithSecondOpinion(design, model, args, **options)

    bench_classify.Classifier = Wrapped  # type: ignore[assignment,misc]
    print(f"# bench_classify.py --no-throughput with the second opinion: {design} ({vars(args)})\n")
    return bench_classify.main([str(args.corpus), "--no-throughput"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the public corpus")
    parser.add_argument("--write", type=Path, help="write the model table (JSON) here")
    parser.add_argument("--score-holdout", choices=("decide-unknown", "veto"), help="counts toward the three")
    parser.add_argument("--threshold", type=float, default=0.9, help="decide-unknown: the model's least probability")
    parser.add_argument("--veto-below", type=float, default=0.8, help="veto: rules' confidence below this")
    parser.add_argument("--veto-under", type=float, default=0.02, help="veto: model's probability under this")
    args = parser.parse_args(argv)
    if args.write is not None:
        rows = training_rows(args.corpus)
        model = NaiveBayes().fit([row_features(row) for row in rows], [row["label"] for row in rows])
        args.write.write_text(json.dumps(model.table(args.corpus), sort_keys=True) + "\n")
        print(f"{len(model.log_likelihood)} features written to {args.write}")
        return 0
    if args.score_holdout is not None:
        return score_holdout(args.score_holdout, args)
    report(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
