"""The gate in front of a phrase set's anchored regex never skips a text the regex matches.

``PhraseSet`` tries its ``^``-anchored phrases (some fifty Redis replies and
short library messages) as one alternation at the start of every scanned text;
``_phrases._anchored_gate`` reads from the forms what a matching text must start
with, and ``scan`` and ``first`` run the regex only where ``_may_start`` admits
the text (issue 13: about 1,000 instructions a call on the seven texts in ten it
skips). These tests check the gate's one property, that the regex never matches a
text the gate turned away, on every phrase set of the default index (the corpora
and generated text), on texts the anchored forms do match, and at its edges:
characters that match only a Unicode class, and forms it cannot read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errorflow.classify import engine
from errorflow.classify._phrases import PhraseSet, _anchored_gate, _may_start
from errorflow.classify.evidence import Link

ROOT = Path(__file__).resolve().parents[3]
CORPORA = (ROOT.parent / "shared" / "corpus" / "errors-public.jsonl", ROOT / "bench" / "corpus" / "independent.jsonl")
# Texts the default anchored forms match: each kind of start (literal prefixes of 2 and 3+ characters, a leading
# group, a quote, a sign and digits, a method word) and a Unicode digit the ASCII reading of \d does not list.
MATCHED = (
    "misconf",
    "too many objects, 3 >= 2",
    "wrongpass invalid username-password pair",
    "err unknown subcommand 'x'",
    "unknown subcommand",
    "busy redis is busy running a script",
    "fileno",
    "'abc' is not a valid color",
    "-12 is not a valid color",
    "12 is not a valid color",
    "\u0663 is not a valid color",
    'get "https://example.com/x": eof',
    "backend error, 503",
)


def _anchored_sets() -> list[PhraseSet]:
    """Every phrase set of the default index that has anchored forms, each once."""
    index = engine._index(frozenset())
    holders = [index.messages, index.capacity, *index.stages.values()]
    found = {id(p): p for h in holders for p in (h.strong, h.general) if p is not None and p._anchored is not None}
    return list(found.values())


def _texts() -> list[str]:
    texts: list[str] = []
    for path in CORPORA:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts.append(Link(row["exc_type"], row["message"]).phrased)
    return texts


def _admits_every_match(phrases: PhraseSet, text: str) -> bool:
    regex = phrases._anchored
    assert regex is not None
    return regex.match(text) is None or _may_start(phrases._anchored_gate, text)


def test_the_default_sets_have_a_gate_that_admits_every_text_they_match() -> None:
    sets = _anchored_sets()
    assert sets, "the default phrases have anchored forms"
    strong = engine._index(frozenset()).messages.strong
    assert strong is not None and strong._anchored is not None
    assert all(strong._anchored.match(text) is not None for text in MATCHED)
    for phrases in sets:
        assert phrases._anchored_gate is not None
        for text in MATCHED:
            assert _admits_every_match(phrases, text), text
    busy = strong._anchored.match("busy")
    assert busy is not None and strong.scan("busy")[:1] == [strong._keys[busy.lastgroup or ""]]


def test_the_gate_admits_every_text_of_the_corpora_the_regex_matches() -> None:
    texts = _texts()
    if len(texts) < 1000:
        pytest.skip("the corpora are not here")
    for phrases in _anchored_sets():
        assert all(_admits_every_match(phrases, text) for text in texts)
        skipped = sum(not _may_start(phrases._anchored_gate, text) for text in texts)
        assert skipped > len(texts) // 2  # the point of the gate: most texts start with no anchored form


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(MATCHED).flatmap(lambda text: st.integers(0, len(text)).map(lambda cut: text[:cut]))
    | st.text(alphabet=st.sampled_from("abemnotuw0129 -'\"\x1c\u0663\u00e9"), max_size=12)
)
def test_the_gate_admits_every_generated_text_the_regex_matches(text: str) -> None:
    for phrases in _anchored_sets():
        assert _admits_every_match(phrases, text)


def test_characters_only_a_unicode_class_matches_are_admitted() -> None:
    """The gate reads first characters in ASCII; a Unicode \\s or \\d also matches \\x1c-\\x1f and non-ASCII."""
    phrases = PhraseSet([("space", r"^\s*boom"), ("digit", r"^\d+ apples")])
    assert phrases._anchored_gate is not None
    for text, key in (("\x1cboom", "space"), ("\u2003boom", "space"), ("\u0663 apples", "digit"), ("boom", "space")):
        assert _may_start(phrases._anchored_gate, text)
        assert phrases.scan(text) == [key]
        assert phrases.first(text) == key
    assert not _may_start(phrases._anchored_gate, "apples")
    assert phrases.scan("apples") == []


def test_forms_whose_start_is_unknown_leave_no_gate() -> None:
    assert _anchored_gate([".*boom"]) is None  # any character
    assert _anchored_gate(["(?i:boom)"]) is None  # case folded
    assert _anchored_gate(["x?"]) is None  # may match empty
    assert PhraseSet([("any", "^.*boom")])._anchored_gate is None
    assert PhraseSet([("any", "^.*boom")]).scan("a boom") == ["any"]
    assert _anchored_gate(["(?:err )?unknown", "ab\\b", "-?\\d+ x"]) == (
        frozenset({"err", "unk"}),
        frozenset({"ab"}),
        frozenset({"-", *"0123456789", "\x1c", "\x1d", "\x1e", "\x1f"}),
    )
