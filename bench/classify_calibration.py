"""Which verdicts are wrong as often as right on errors no rule was written for (issue 10: never confidently wrong).

The tune half was tuned on, so its verdicts say nothing about the errors the rules were not written for. The honest
measure is each collection batch's **tune half** classified by the classifier as it was *before* any rule was written
for that batch: a fresh build of the commit that merged the batch (its own worktree and ``.venv``), whose verdicts
are dumped with the evidence chain that decided each. The holdout is never read here.

The steps (``docs/classification.md``, "Calibration on never-seen errors (session 22)", has the numbers)::

    python bench/classify_calibration.py build [BATCH ...]   # batches 14-18: a detached worktree each at MERGED's
                                                             # commit, make install, dump, worktree removed
    python bench/classify_calibration.py older               # batches 4-13 from their commits' src/, run from source
    python bench/classify_calibration.py source [BATCH ...]  # as ``build`` dumps them, but from the src/ of the
                                                             # batch's commit run as Python (no build); 4-19
    python bench/classify_calibration.py source --generic [BATCH ...]   # the same with this checkout's generic
                                                             # evidence inserted in the old classifier (session 24)
    python bench/classify_calibration.py shift               # right / unknown / wrong without and with it, by batch
    python bench/classify_calibration.py current /tmp/cal22/current_before.jsonl   # today's verdicts, tune + public
    python bench/classify_calibration.py report              # right / wrong by deciding evidence; candidate rules
    python bench/classify_calibration.py compare BEFORE AFTER   # after a change: tune half and public, before/after

(``dump BATCH OUT`` is what ``build`` runs with the old build's python.) Only the verdict files are kept
(``/tmp/cal22/b<N>.jsonl``, one JSON line per tune item: its line, the verdict at the classifier's floor and at floor
0, each with its rule, confidence and evidence chain). ``report`` groups them by what decided them (the deciding
item's tier, and rule, what else spoke, where it was read), on all tune items and on the items a blind second reader
labels alike (``second_annotation*.jsonl``), with today's weak-evidence rule applied to the classifiers that predate
it, beside today's classifier on the tune half; then it measures each candidate rule there: the right verdicts it
would turn into ``unknown`` against the wrong ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by path
from corpus.counts import BATCH_ENDS, NAMES, second_labels

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "bench" / "corpus" / "independent.jsonl"
OUT = Path("/tmp/cal22")
OLDER = list(range(4, 14))  # batches 4-13: classify_unfitted.py's commits, run from source
PUBLIC = Path("/work/shared/corpus/errors-public.jsonl")
#: batch number (1 = first) -> the commit that merged the batch, before any rule was written for it
#: (batches 4-14 at the commits of ``classify_unfitted.py``; batch 14's src/ is the same at both).
MERGED: dict[int, str] = {
    14: "2fa3cec",
    15: "a2dcacf",
    16: "f90b935",
    17: "6923284",
    18: "d37d598",
    19: "bdf3a67",  # main when batch 19 merged: the classifier of 4233e7c (session 23's sweep not yet in)
}
Verdict = dict[str, Any]


def load_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def tune_lines(rows: list[dict[str, Any]], batch: int) -> list[int]:
    """The 1-based corpus lines of the batch's tune items (never a holdout item)."""
    start = BATCH_ENDS[batch - 2] if batch > 1 else 0
    end = BATCH_ENDS[batch - 1] if batch - 1 < len(BATCH_ENDS) else len(rows)
    return [n + 1 for n in range(start, end) if rows[n]["split"] == "tune"]


# --------------------------------------------------------------------------- dump (run by the old build's python)


def dump(batch: int, out: Path) -> None:
    from errorflow.classify import Classifier, ErrorSignal

    floor, raw = Classifier.default(cache_size=0), Classifier(cache_size=0, min_confidence=0.0)
    rows = load_rows()
    with out.open("w", encoding="utf-8") as sink:
        for line in tune_lines(rows, batch):
            row = rows[line - 1]
            signal = ErrorSignal(
                exc_type=row["exc_type"],
                message=row["message"],
                http_status=row.get("http_status"),
                errno=row.get("errno"),
                code=row.get("code"),
            )
            record: dict[str, Any] = {"line": line, "batch": batch}
            for name, classifier in (("floor", floor), ("raw", raw)):
                verdict = classifier.classify(signal)
                record[name] = {
                    "category": verdict.category.value,
                    "rule": verdict.rule_id,
                    "confidence": round(verdict.confidence, 4),
                    "evidence": [[e.rule_id, e.category.value, e.tier, e.role, e.where] for e in verdict.evidence],
                }
            sink.write(json.dumps(record, sort_keys=True) + "\n")


def current(out: Path) -> None:
    """This checkout's verdicts on the tune half and the public corpus (before / after a change: ``compare``)."""
    from errorflow.classify import Classifier, ErrorSignal

    classifier = Classifier.default(cache_size=0)
    public = [json.loads(line) for line in PUBLIC.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [("public", n + 1, row) for n, row in enumerate(public)]
    rows += [("tune", n + 1, row) for n, row in enumerate(load_rows()) if row["split"] == "tune"]
    with out.open("w", encoding="utf-8") as sink:
        for where, line, row in rows:
            verdict = classifier.classify(
                ErrorSignal(
                    exc_type=row["exc_type"],
                    message=row["message"],
                    http_status=row.get("http_status"),
                    errno=row.get("errno"),
                    code=row.get("code"),
                )
            )
            chain = [[e.rule_id, e.category.value, e.tier, e.role, e.where] for e in verdict.evidence]
            record = {"set": where, "line": line, "category": verdict.category.value, "label": row["label"]}
            record |= {"rule": verdict.rule_id, "confidence": verdict.confidence, "evidence": chain}
            sink.write(json.dumps(record, sort_keys=True) + "\n")


def compare(before: Path, after: Path) -> None:
    """Right / unknown / wrong on the public corpus, the tune half and its agreed items, before and after."""
    second = second_labels()
    old = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    new = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    for name, keep in (
        ("public", lambda r: r["set"] == "public"),
        ("tune", lambda r: r["set"] == "tune"),
        ("tune, agreed", lambda r: r["set"] == "tune" and second.get(r["line"]) == r["label"]),
    ):
        line = []
        for records in (old, new):
            counts = Counter(outcome(r["category"], r["label"]) for r in records if keep(r))  # type: ignore[no-untyped-call]
            total = counts.total()
            line.append(" / ".join(f"{100 * counts[k] / total:.2f}" for k in ("right", "unknown", "wrong")))
        print(f"{name:14} ({total}): {line[0]} % -> {line[1]} %")
    for a, b in zip(old, new, strict=True):
        if a["category"] != b["category"]:
            print(f"  {a['set']} {a['line']}: {a['label']}: {a['category']} -> {b['category']} ({a['rule']})")


_FROM_SOURCE = """
import json, sys
from errorflow.classify import Classifier, ErrorSignal
try:
    raw = Classifier(cache_size=0, min_confidence=0.0)
except TypeError:
    raw = None
floor = Classifier.default()
for line in sys.stdin:
    r = json.loads(line)
    s = ErrorSignal(exc_type=r["exc_type"], message=r["message"], http_status=r.get("http_status"),
                    errno=r.get("errno"))
    out = {}
    for name, c in (("floor", floor), ("raw", raw or floor)):
        v = c.classify(s)
        out[name] = {"category": v.category.value, "rule": v.rule_id, "confidence": round(v.confidence, 4),
                     "evidence": [[e.rule_id, e.category.value, e.tier, e.role, e.where] for e in v.evidence]}
    print(json.dumps(out, sort_keys=True))
"""


def older() -> None:
    """Batches 4-13 the same way, from the ``src/`` tree of each batch's commit run from source (no build)."""
    from classify_unfitted import BEFORE_RULES
    from train_second_opinion import run_at

    rows = load_rows()
    for index, commit in sorted(BEFORE_RULES.items()):
        batch = index + 1
        if batch in MERGED:
            continue
        lines = tune_lines(rows, batch)
        out = OUT / f"b{batch}.jsonl"
        with out.open("w", encoding="utf-8") as sink:
            for line, text in zip(lines, run_at(commit, _FROM_SOURCE, [rows[n - 1] for n in lines]), strict=True):
                sink.write(json.dumps(json.loads(text) | {"line": line, "batch": batch}, sort_keys=True) + "\n")
        print(f"batch {batch}: {len(lines)} tune verdicts in {out}")


# --------------------------------------------------------------------------- build


def build(batches: list[int]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for batch in batches:
        tree = OUT / "build" / f"b{batch}"
        if not tree.exists():
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), MERGED[batch]], check=True
            )
        if not (tree / ".venv" / "bin" / "python").exists() or not (OUT / "build" / f"b{batch}.installed").exists():
            subprocess.run(["make", "install"], cwd=tree, check=True, capture_output=True)
            (OUT / "build" / f"b{batch}.installed").touch()
        out = OUT / f"b{batch}.jsonl"
        subprocess.run(
            [str(tree / ".venv" / "bin" / "python"), str(Path(__file__).resolve()), "dump", str(batch), str(out)],
            check=True,
            cwd="/tmp",
        )
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)
        print(f"batch {batch}: {sum(1 for _ in out.open())} tune verdicts in {out}")


def _commit_of(batch: int) -> str:
    """The commit whose classifier had seen no rule written for the batch: MERGED's, else classify_unfitted's."""
    if batch in MERGED:
        return MERGED[batch]
    from classify_unfitted import BEFORE_RULES

    return BEFORE_RULES[batch - 1]


#: Where ``source --generic`` writes: the same dumps with this checkout's generic evidence in the old classifier.
GENERIC_OUT = OUT / "generic"
_GENERIC_PHRASES = "_MESSAGES_GENERIC: tuple[tuple[str, Category, Stage, str], ...] = (\n"
_GENERIC_NAMES = ("# Short-name patterns from the words vendors build", "# Generic phrases (session 24)")
_OLD_PHRASES = "    # ---- permanent, strong\n"  # the end of _MESSAGES' resource phrases, in every batch's commit
_OLD_NAMES = "# --------------------------------------------------------------------------- message patterns"


def _with_generic(defaults: Path) -> None:
    """Insert this checkout's generic evidence (session 24: ``_MESSAGES_GENERIC``'s phrases among the old
    ``_MESSAGES``' resource phrases, the class-name words after the old ``_NAME_PATTERNS``) into an old
    ``defaults.py``: what the rules would have said on errors nobody had written a rule for."""
    new = (REPO / "src" / "errorflow" / "classify" / "defaults.py").read_text(encoding="utf-8")
    begin = new.index(_GENERIC_PHRASES) + len(_GENERIC_PHRASES)
    phrases = new[begin : new.index(")  # fmt: skip", begin)]
    names = new[new.index(_GENERIC_NAMES[0]) : new.index(_GENERIC_NAMES[1])]
    old = defaults.read_text(encoding="utf-8")
    assert old.count(_OLD_PHRASES) == 1 and old.count(_OLD_NAMES) == 1, defaults
    defaults.write_text(
        old.replace(_OLD_PHRASES, phrases + _OLD_PHRASES).replace(_OLD_NAMES, names + _OLD_NAMES), encoding="utf-8"
    )


def source(batches: list[int], *, generic: bool = False) -> None:
    """``build``'s dumps without a build: the ``src/`` tree of the batch's commit (MERGED's; batches 4-13
    classify_unfitted's), run as Python by this checkout's interpreter (the compiled modules and the C extension are the
    same code; their Python fallbacks give the same verdicts, which ``tests/unit/classify/test_classify_native.py``
    checks). Seconds instead of a build per batch. With ``generic``, the old classifier gets this checkout's generic
    evidence first (:func:`_with_generic`), written to GENERIC_OUT; ``shift`` compares the two."""
    out_dir = GENERIC_OUT if generic else OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    for batch in batches:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", _commit_of(batch), "src"], check=True, capture_output=True
        ).stdout
        with tempfile.TemporaryDirectory(prefix="calibration_") as tree:
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(tree, filter="data")
            if generic:
                _with_generic(Path(tree) / "src" / "errorflow" / "classify" / "defaults.py")
            out = out_dir / f"b{batch}.jsonl"
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "dump", str(batch), str(out)],
                check=True,
                cwd=tree,
                env={"PYTHONPATH": str(Path(tree) / "src"), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"},
            )
        print(f"batch {batch}: {sum(1 for _ in out.open())} tune verdicts in {out} (from source)")


def shift() -> None:
    """Each batch's tune half before its tuning, without and with the generic evidence (``source`` and ``source
    --generic``): right / unknown / wrong, and every verdict that changed."""
    rows = load_rows()
    for batch in range(4, len(NAMES) + 1):
        plain, generic = OUT / f"b{batch}.jsonl", GENERIC_OUT / f"b{batch}.jsonl"
        if not (plain.exists() and generic.exists()):
            continue
        before = [json.loads(line) for line in plain.read_text(encoding="utf-8").splitlines()]
        after = [json.loads(line) for line in generic.read_text(encoding="utf-8").splitlines()]
        counts = [Counter[str](), Counter[str]()]
        for old, new in zip(before, after, strict=True):
            row = rows[old["line"] - 1]
            assert row["split"] == "tune" and old["line"] == new["line"]  # never a holdout item
            for side, record in enumerate((old, new)):
                counts[side][outcome(record["floor"]["category"], row["label"])] += 1
            if old["floor"]["category"] != new["floor"]["category"]:
                print(
                    f"  batch {batch} line {old['line']} ({row['library']}): {row['label']}: "
                    f"{old['floor']['category']} -> {new['floor']['category']} ({new['floor']['rule']})"
                )
        cells = [" / ".join(str(c[k]) for k in ("right", "unknown", "wrong")) for c in counts]
        print(f"{NAMES[batch - 1]:>12}: {cells[0]} -> {cells[1]}")


# --------------------------------------------------------------------------- report

Item = tuple[int, dict[str, Any], Verdict]  # batch, corpus row (with its line), verdict at the classifier's floor
Chain = list[list[str]]  # evidence items: rule, category, tier, role, where


def outcome(category: str, label: str) -> str:
    return "right" if category == label else "unknown" if category == "unknown" else "wrong"


def load_verdicts(batches: list[int]) -> list[Item]:
    rows = load_rows()
    found = []
    for batch in batches:
        path = OUT / f"b{batch}.jsonl"
        if not path.exists():
            continue
        for text in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(text)
            row = rows[record["line"] - 1]
            assert row["split"] == "tune"  # never a holdout item
            found.append((batch, row | {"line": record["line"]}, record["floor"]))
    return found


def today(row: dict[str, Any], verdict: Verdict) -> str:
    """A fresh verdict's outcome with today's weak-evidence rule applied (session 17: a built-in class alone that says
    nothing is ``unknown``; the classifiers of batches 4-15 predate it)."""
    from errorflow.classify.engine import _class_alone_too_weak
    from errorflow.classify.evidence import Link

    result = outcome(verdict["category"], row["label"])
    chain = verdict["evidence"]
    weak = result != "unknown" and chain and chain[0][2] == "weak_type" and chain[0][4] == "exception"
    return "unknown" if weak and _class_alone_too_weak(Link(row["exc_type"], row["message"])) else result


def key_of(chain: Chain, *, fine: bool) -> tuple[str, ...]:
    """A verdict's group: the deciding item's tier (and rule, if ``fine``), what else spoke, and where it was read."""
    first = chain[0]
    roles = "+".join(sorted({item[3] for item in chain[1:] if item[2] != "floor"})) or "alone"
    tier = "name_pattern" if first[2] == "weak_type" and first[0].startswith("name.") else first[2]
    where = "exception" if first[4] == "exception" else "cause"
    return (tier, first[0], roles, where) if fine else (tier, roles, where)


def current_records() -> list[dict[str, Any]]:
    """Today's verdicts on the tune half (``current`` wrote them to OUT/current_before.jsonl), as verdicts."""
    path = OUT / "current_before.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    return [record for record in records if record["set"] == "tune"]


#: a candidate rule: a predicate on a decided verdict (its category, confidence and evidence chain), True where the
#: changed classifier would say unknown instead
Candidate = Callable[[Verdict], bool]


def _group(tier: str, roles: str = "alone", rule: str | None = None) -> Candidate:
    def test(verdict: Verdict) -> bool:
        key = key_of(verdict["evidence"], fine=True)
        return key[0] == tier and key[2] == roles and key[3] == "exception" and rule in (None, key[1])

    return test


def _below(threshold: float) -> Candidate:
    return lambda verdict: verdict["confidence"] < threshold


def _transport_refines_status(verdict: Verdict) -> bool:
    """A status refined by a transport failure's words (all three unfitted cases were printed response headers, which
    today's classifier no longer reads for phrases: measured, not adopted)."""
    first: list[str] = verdict["evidence"][0]
    return first[2] == "http_reason" and first[0] == "message.network"


CANDIDATES: dict[str, Candidate] = {
    "a general phrase alone": _group("message"),
    "a general phrase agreeing with a weak class": _group("message", "agrees"),
    "a class-name pattern alone": _group("name_pattern"),
    "a weak class alone (beyond today's rule)": _group("weak_type"),
    "a status family alone": _group("http_family"),
    "a status refined by its body's reason": _group("http_reason", "overruled"),
    "a general 'retry' phrase alone": _group("message", rule="message.retry"),
    "an '*Invalid*' class name alone": _group("name_pattern", rule="name.invalid"),
    "confidence below 0.6": _below(0.6),
    "confidence below 0.7": _below(0.7),
    "a transport phrase refining a status": _transport_refines_status,
}


def trade(test: Candidate, verdicts: list[tuple[str, Verdict]]) -> str:
    """Right verdicts the candidate turns into unknown / wrong ones it turns, over (outcome, verdict) pairs."""
    lost = sum(1 for result, verdict in verdicts if result == "right" and verdict["evidence"] and test(verdict))
    removed = sum(1 for result, verdict in verdicts if result == "wrong" and verdict["evidence"] and test(verdict))
    return f"{lost:3} / {removed:<3}"


def report() -> None:
    second = second_labels()
    rows = load_rows()
    agreed = {n for n, label in second.items() if n <= len(rows) and rows[n - 1]["label"] == label}
    fresh, older = load_verdicts(sorted(MERGED)), load_verdicts(OLDER)
    columns: dict[str, list[tuple[str, Verdict]]] = {
        "fresh 14-19": [(today(row, verdict), verdict) for _, row, verdict in fresh],
        "agreed": [(today(row, verdict), verdict) for _, row, verdict in fresh if row["line"] in agreed],
        "older 4-13 agreed": [(today(row, verdict), verdict) for _, row, verdict in older if row["line"] in agreed],
        "today's tune": [(outcome(r["category"], r["label"]), r) for r in current_records()],
    }
    print("Each batch's tune half, classified by the classifier before the batch was tuned on: right / unknown / wrong")
    print(f"{'':26}{'as built, all':>22}{'as built, agreed':>22}{'today weak rule, agreed':>26}")
    for batch in sorted({item[0] for item in fresh + older}):
        these = [item for item in fresh + older if item[0] == batch]
        cells = []
        for kind in ("all", "agreed", "today"):
            chosen = [item for item in these if kind == "all" or item[1]["line"] in agreed]
            use = today if kind == "today" else (lambda row, verdict: outcome(verdict["category"], row["label"]))
            shares = Counter(use(row, verdict) for _, row, verdict in chosen)
            cells.append(f"{shares['right']:3} / {shares['unknown']:3} / {shares['wrong']:3} ({shares.total():3})")
        print(
            f"  {NAMES[batch - 1]:>12} ({'fresh' if batch in MERGED else 'source'})  {cells[0]:>20}  {cells[1]:>20}"
            f"  {cells[2]:>24}"
        )
    for name, verdicts in columns.items():
        totals = Counter(result for result, _ in verdicts)
        print(f"  {name:18} right {totals['right']:4}, unknown {totals['unknown']:4}, wrong {totals['wrong']:3}")
    for fine in (False, True):
        groups: dict[tuple[str, ...], list[Counter[str]]] = defaultdict(lambda: [Counter() for _ in columns])
        for column, verdicts in enumerate(columns.values()):
            for result, verdict in verdicts:
                if result != "unknown" and verdict["evidence"]:
                    groups[key_of(verdict["evidence"], fine=fine)][column][result] += 1
        head = "tier, rule, roles, where (fresh agreed wrong >= right)" if fine else "tier, roles, where"
        print(f"\n{head:64}" + "".join(f"{name:>19}" for name in columns) + "   (right / wrong)")
        for key, found in sorted(groups.items(), key=lambda item: (-item[1][1]["wrong"], -item[1][1].total())):
            if fine and not (found[1]["wrong"] and found[1]["wrong"] >= found[1]["right"]):
                continue
            print(f"  {', '.join(key):62}" + "".join(f"{c['right']:>12} / {c['wrong']:<4}" for c in found))
    print(
        f"\n{'candidate: says unknown where':62}"
        + "".join(f"{name:>19}" for name in columns)
        + "   (right lost / wrong removed)"
    )
    for name, test in CANDIDATES.items():
        print(f"  {name:60}" + "".join(f"{trade(test, verdicts):>19}" for verdicts in columns.values()))


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 3:
        dump(int(argv[1]), Path(argv[2]))
    elif argv[:1] == ["build"]:
        build([int(arg) for arg in argv[1:]] or sorted(MERGED))
    elif argv[:1] == ["current"] and len(argv) == 2:
        current(Path(argv[1]))
    elif argv[:1] == ["compare"] and len(argv) == 3:
        compare(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["source"]:
        generic = "--generic" in argv
        source([int(arg) for arg in argv[1:] if arg != "--generic"] or sorted(MERGED), generic=generic)
    elif argv == ["shift"]:
        shift()
    elif argv == ["older"]:
        older()
    elif argv == ["report"]:
        report()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
