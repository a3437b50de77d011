"""Print the count tables of bench/corpus/README.md from independent.jsonl (label and library by half).

Usage: python bench/corpus/counts.py   (paste the output over the README's "Counts" section)
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path(__file__).with_name("independent.jsonl")
LABELS = ("transient", "resource", "validation", "permanent")
# The one record of where each collection batch ends (bench_classify.py reports the holdout per batch from it):
# the last line of each batch but the newest.
BATCH_ENDS = (
    *(451, 848, 1135, 1303, 1460, 1653, 1727, 1985, 2243, 2452, 2672, 2903, 3065, 3217, 3391, 3553, 3731),
    *(3903, 4080, 4271),
)
NAMES = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh"),
    *("eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
    *("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"),
)


def second_labels(folder: Path = CORPUS.parent) -> dict[int, str]:
    """The blind second annotation's label by corpus line (1-based), over every ``second_annotation*.jsonl``."""
    second: dict[int, str] = {}
    for path in sorted(folder.glob("second_annotation*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                second[entry["line"]] = entry["label"]
    return second


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = Counter((row["label"], row["split"]) for row in rows)
    print("T/R/V/P = transient / resource / validation / permanent.\n")
    batches = Counter((sum(1 for end in BATCH_ENDS if index >= end), row["split"]) for index, row in enumerate(rows))
    parts = [
        f"{NAMES[batch]} batch {batches[batch, 'tune']} tune / {batches[batch, 'holdout']} holdout"
        for batch in range(len(BATCH_ENDS) + 1)
        if batches[batch, "tune"] or batches[batch, "holdout"]
    ]
    print(f"{len(rows)} items: {', '.join(parts)}; {sum(1 for row in rows if row.get('note'))} carry a note.\n")
    print("| label | tune | holdout | total |\n|---|---:|---:|---:|")
    for label in LABELS:
        tune, holdout = halves[label, "tune"], halves[label, "holdout"]
        print(f"| {label} | {tune} | {holdout} | {tune + holdout} |")
    tune = sum(halves[label, "tune"] for label in LABELS)
    holdout = sum(halves[label, "holdout"] for label in LABELS)
    print(f"| **all** | **{tune}** | **{holdout}** | **{tune + holdout}** |\n")
    by_library: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in rows:
        by_library[row["library"]][row["split"], row["label"]] += 1
    print("| library | tune (T/R/V/P) | holdout (T/R/V/P) | total |\n|---|---|---|---:|")
    for library, counts in sorted(by_library.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        tune_text = "/".join(str(counts["tune", label]) for label in LABELS)
        holdout_text = "/".join(str(counts["holdout", label]) for label in LABELS)
        print(f"| {library} | {tune_text} | {holdout_text} | {sum(counts.values())} |")


if __name__ == "__main__":
    main()
