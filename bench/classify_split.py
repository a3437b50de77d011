"""Where an uncached classification's time goes: each stage alone, over the public corpus (CPU time, best of N).

Prints, per call: the whole uncached ``classify``; the fingerprint; the
exception's link (the evidence parse); ``_decide`` (the link, user rules and
every tier of the weighing); a scan of each default phrase set (the specific
phrases, the general ones, the capacity subset) on the links' phrase text; and
building the verdict (the dataclass's ``__init__``, and ``new_slotted`` where
the C extension has it). Each stage is timed alone, so the parts do not add up to
the whole exactly (the cache holds what a stage reads between its calls).
Compare two builds by running this file with each, alternately
(``docs/classification.md``, "One walk for the phrases").

Usage: python bench/classify_split.py [--passes 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when run from elsewhere
from bench_classify import DEFAULT_CORPUS, load, signal_of
from errorflow.classify import Classification, Classifier, _native, engine
from errorflow.classify._phrases import NATIVE as WALKED
from errorflow.classify.evidence import Link
from errorflow.classify.fingerprint import fingerprint


def best(function: Callable[[], object], *, passes: int, items: int) -> float:
    """Microseconds a call: the best of ``passes`` runs of 10 rounds of ``function`` (which makes ``items`` calls)."""
    function()
    fastest = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for _ in range(10):
            function()
        fastest = min(fastest, (time.process_time() - start) / 10 / items)
    return fastest * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=7, help="timed runs per stage; the best counts")
    args = parser.parse_args()
    signals = [signal_of(row) for row in load(DEFAULT_CORPUS)]
    links = [Link(s.exc_type, s.message, bases=s.bases, http_status=s.http_status, errno=s.errno) for s in signals]
    texts = [link.phrased for link in links]
    classifier = Classifier.default(cache_size=0)
    index = engine._index(frozenset())
    verdicts = [classifier.classify(signal) for signal in signals]
    by_field = [_fields(verdict) for verdict in verdicts]
    by_slot = [tuple(getattr(verdict, name) for name in engine._SLOT_ORDER) for verdict in verdicts]

    stages: list[tuple[str, Callable[[], object], int]] = [
        ("classify, uncached", lambda: [classifier.classify(s) for s in signals], len(signals)),
        ("fingerprint", lambda: [fingerprint(s.exc_type, s.message, s.traceback) for s in signals], len(signals)),
        (
            "link (evidence parse)",
            lambda: [
                Link(s.exc_type, s.message, bases=s.bases, http_status=s.http_status, errno=s.errno, code=s.code)
                for s in signals
            ],
            len(signals),
        ),
        ("_decide (link + weighing)", lambda: [classifier._decide(s) for s in signals], len(signals)),
        ("verdict, Classification()", lambda: [Classification(*fields) for fields in by_field], len(verdicts)),
    ]
    new = engine._NEW_SLOTTED
    if new is not None:
        stages.append(
            ("verdict, new_slotted", lambda: [new(Classification, *slots) for slots in by_slot], len(verdicts))
        )
    for name, phrases in (
        ("scan, specific phrases", index.strong.strong),
        ("scan, general phrases", index.messages.general),
        ("scan, capacity phrases", index.capacity.strong),
    ):
        if phrases is not None:
            stages.append((name, lambda phrases=phrases: [phrases.scan(text) for text in texts], len(texts)))
    print(f"{_native.STATE}; C extension: {_native.EXTENSION_STATE}; phrase walk: {'C' if WALKED else 'regex'}")
    print(f"{len(signals)} signals, {sum(map(len, texts)) / len(texts):.0f} characters on average")
    for name, function, items in stages:
        print(f"{name:<30}{best(function, passes=args.passes, items=items):8.2f} us")


def _fields(verdict: Classification) -> tuple[object, ...]:
    return (
        verdict.category,
        verdict.severity,
        verdict.strategy,
        verdict.retryable,
        verdict.rule_id,
        verdict.fingerprint,
        verdict.confidence,
        verdict.evidence,
    )


if __name__ == "__main__":
    main()
