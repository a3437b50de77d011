"""Dump every verdict of the classifier on the corpora, so a speed change can be diffed against the engine before it.

Speed work on the classifier must not change a single verdict. This script
classifies the public corpus, both halves of the independent set, the unit
tests' cases, and variants of them (two messages joined, upper-cased, wrapped as
a cause, and the realistic stream with injected ids of ``bench_classify.py``),
and writes one JSON line per signal: category, rule, confidence, fingerprint,
severity, strategy, retryable and the evidence chain (uncached, and whether the
cached verdict equals it), the evidence parsed from the message (status, errno,
codes, implied causes), every phrase set's scan, the normalised and the masked
message. Run it before and after a change and compare the files::

    python bench/classify_verdicts.py /tmp/before.jsonl   # on the old engine
    python bench/classify_verdicts.py /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import json
import random
import runpy
import sys
from pathlib import Path
from typing import Any

from bench_classify import DEFAULT_CORPUS, DEFAULT_INDEPENDENT, load, realistic_stream, signal_of
from errorflow.classify import Classification, Classifier, ErrorSignal
from errorflow.classify.evidence import Link
from errorflow.classify.fingerprint import fingerprint, mask_ids, normalize_message

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "unit" / "classify" / "classify_cases.py"


def signals() -> list[ErrorSignal]:
    rows = load(DEFAULT_CORPUS) + load(DEFAULT_INDEPENDENT)
    found = [signal_of(row) for row in rows]
    cases = runpy.run_path(str(CASES))["CASES"]
    found += [ErrorSignal(exc_type=t, message=m, http_status=s, errno=e) for t, m, s, e, _ in cases]
    rng = random.Random(7)
    base = list(found)
    for one in base:
        other = rng.choice(base)
        joined = one.message + " | " + other.message
        found.append(ErrorSignal(one.exc_type, joined, http_status=one.http_status, errno=one.errno, code=one.code))
        found.append(ErrorSignal(other.exc_type, one.message.upper(), http_status=other.http_status))
        found.append(ErrorSignal("builtins.Exception", one.message, causes=((other.exc_type, other.message),)))
    return found + realistic_stream(rows, variants=3)


def link_of(link: Link | None) -> list[Any] | None:
    if link is None:
        return None
    return [link.type, link.status, link.errno, list(link.codes), link_of(link.implied)]


def verdict_of(verdict: Classification) -> list[Any]:
    return [
        verdict.category.value,
        verdict.rule_id,
        verdict.confidence,
        verdict.fingerprint,
        verdict.severity.value,
        verdict.strategy.value,
        verdict.retryable,
        [item.to_dict() for item in verdict.evidence],
    ]


def main(argv: list[str]) -> int:
    if argv in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    if len(argv) != 1 or argv[0].startswith("-"):  # an option is not an output path: never a file named "--x"
        print(__doc__, file=sys.stderr)
        return 2
    uncached, cached = Classifier.default(cache_size=0), Classifier.default()
    index = uncached._index
    assert index is not None
    phrase_sets = [index.messages.strong, index.messages.general, index.strong.strong, index.capacity.strong]
    phrase_sets += [found for stage in index.stages.values() for found in (stage.strong, stage.general) if found]
    with Path(argv[0]).open("w") as out:
        for number, signal in enumerate(signals()):
            verdict = verdict_of(uncached.classify(signal))
            link = Link(
                signal.exc_type,
                signal.message,
                bases=signal.bases,
                http_status=signal.http_status,
                errno=signal.errno,
                code=signal.code,
            )
            record = {
                "n": number,
                "verdict": verdict,
                "cached_equal": verdict == verdict_of(cached.classify(signal)),
                "link": link_of(link),
                "scans": [phrases.scan(link.lowered) for phrases in phrase_sets if phrases is not None],
                "normalised": normalize_message(signal.message),
                "masked": mask_ids(signal.message),
                "fingerprint": fingerprint(signal.exc_type, signal.message),
            }
            out.write(json.dumps(record, sort_keys=True) + "\n")
    print(f"{number + 1} signals written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
