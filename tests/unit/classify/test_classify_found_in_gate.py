"""``_Facts.found_in`` tests a rule's needed words in one C walk (``_literals.any_literal``) where it has enough.

The walk's result must be non-zero exactly when the text holds one of the words (``any(word in text ...)``, the loop
it replaces), and ``found_in`` must answer as the search behind that loop: on the corpora's lower-cased and phrased
texts, for every default rule whose needed words get a walk.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errorflow.classify import _literals, engine
from errorflow.classify._literals import any_literal
from errorflow.classify.defaults import default_rules
from errorflow.classify.evidence import Link, without_reason_phrase
from errorflow.classify.rules import search_message

ROOT = Path(__file__).resolve().parents[3]
CORPORA = (ROOT.parent / "shared" / "corpus" / "errors-public.jsonl", ROOT / "bench" / "corpus" / "independent.jsonl")

needs_native = pytest.mark.skipif(not _literals.NATIVE, reason="the C extension was not compiled")


def _texts() -> list[str]:
    rows = [
        json.loads(line)
        for corpus in CORPORA
        if corpus.exists()  # the public corpus lies outside a clone
        for line in corpus.read_text().splitlines()
        if line.strip()
    ]
    texts: list[str] = []
    for row in rows[::2]:
        link = Link(str(row["exc_type"]), str(row["message"]))
        texts += [link.lowered, link.phrased]
        if link.status is not None:
            texts.append(without_reason_phrase(link.status, link.phrased))
    texts += ["", "a", "connection refused", "x" * 300 + "timed out"]
    return [text for text in dict.fromkeys(texts) if text.isascii()]


def _gated() -> list[engine._Facts]:
    found = []
    for ordinal, rule in enumerate(default_rules()):
        facts = engine._Facts(rule, ordinal)
        if len(facts._needed()) >= engine._GATE_WORDS:
            found.append(facts)
    return found


@needs_native
def test_the_walk_finds_a_word_exactly_where_one_of_them_is_in_the_text() -> None:
    texts = _texts()
    facts = _gated()
    assert len(facts) > 100  # most rules with a message pattern have four words or more
    checked = held = 0
    for one in facts:
        words = one._needed()
        gate = one._gate
        assert gate is not None, one.id
        for text in texts[::3]:
            expected = any(word in text for word in words)
            assert (gate(text) != 0) is expected, (one.id, text[:200])
            checked += 1
            held += expected
    assert checked > 100_000 and 0 < held < checked


@needs_native
def test_found_in_answers_as_the_search_behind_the_words() -> None:
    texts = _texts()[::7]
    searched = 0
    for one in _gated():
        regex = one.compiled()
        assert regex is not None
        words = one._needed()
        for text in texts:
            expected = any(word in text for word in words) and search_message(regex, text) is not None
            assert one.found_in(text) is expected, (one.id, text[:200])
            searched += expected
    assert searched > 100


@needs_native
def test_each_literal_of_the_walk_counts_wherever_it_stands() -> None:
    words = ("connection refused", "timed out", "reset by peer", "no route to host", "eof")
    gate = any_literal(words)
    assert gate is not None
    for word in words:
        for text in (word, f"x {word}", f"{word} y", "z" * 37 + word + "!"):
            assert gate(text) == 1, (word, text)
        for cut in (word[:-1], word[1:]):  # a word cut short is no word (unless it holds another)
            assert gate(cut) == any(other in cut for other in words), cut
    assert gate("") == 0 and gate("connection refuse d") == 0


def test_no_walk_for_literals_it_cannot_hold() -> None:
    assert any_literal(()) is None
    assert any_literal(("ok", "x")) is None  # one character: the walk reads pairs
    assert any_literal(("caf\u00e9", "tea")) is None  # not ASCII
    assert any_literal(("ok", "y" * 256)) is None  # longer than an entry's length byte
