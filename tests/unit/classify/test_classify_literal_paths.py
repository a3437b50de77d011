"""A phrase form's literal strings (``_phrases._literal_paths``) give what ``re.match`` gives.

Where the C walk finds a prefix at a word start, ``PhraseSet._scan_starts`` tries the admitted forms that match
only a few literal strings by ``str.startswith`` in the order ``re``'s backtracking would try them, instead of a
regex call (issue 13): the first string found must be the form's match, with the same end (the scan resumes there).
These tests compare, for every form of every default phrase set that has literal strings, the first string found
with the form's own regex at every word start of the corpora and on each string with what may follow it, and the
extension's ``literal_at`` (which reads the strings in C) with its specification ``literal_at_python`` on hostile and
generated input and malformed tables; the scans as a whole are compared with the combined regex in
``test_classify_phrase_walk.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.classify import _phrases, engine
from errorflow.classify.evidence import Link

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"


def _first(paths: list[tuple[str, tuple[int, ...]]], text: str, start: int) -> int | None:
    """The end of the first literal string found at ``start`` (as ``_scan_starts`` reads them), or None."""
    for literal, bounds in paths:
        if text.startswith(literal, start) and _phrases._bounds_hold(text, start, bounds):
            return start + len(literal)
    return None


def _regex_end(regex: re.Pattern[str], text: str, start: int) -> int | None:
    match = regex.match(text, start)
    return None if match is None else match.end()


def _default_forms() -> list[str]:
    index = engine._index(frozenset())
    holders = [index.messages, index.capacity, *index.stages.values()]
    forms: dict[str, None] = {}
    for holder in holders:
        for phrases in (holder.strong, holder.general):
            if phrases is not None:
                forms.update(dict.fromkeys(form for _, form, _ in phrases._forms))
    return list(forms)


def _word_starts(text: str) -> list[int]:
    return [i for i in range(len(text)) if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("no such host", [("no such host", ())]),
        ("errors?", [("errors", ()), ("error", ())]),  # greedy: one more first
        ("(?:a|ab)c", [("ac", ()), ("abc", ())]),  # branches in order
        ("timed? ?out", [("timed out", ()), ("timedout", ()), ("time out", ()), ("timeout", ())]),
        ("max(?:imum)? reached\\b", [("maximum reached", (15,)), ("max reached", (11,))]),
        ("x[ab]{1,2}", [("xaa", ()), ("xab", ()), ("xa", ()), ("xba", ()), ("xbb", ()), ("xb", ())]),
    ],
)
def test_literal_strings_in_the_order_re_tries_them(form: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    assert _phrases._literal_paths(form) == expected


@pytest.mark.parametrize(
    "form",
    [
        "no \\w+ found",  # 63 characters a position
        "no .* found",
        "too many(?<!rate: too many) calls",  # a look-behind
        "errors?? found",  # lazy
        "(?i:no) such",  # flags
        "(?:a?)+b",  # an iteration that may match empty
        "no (?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)",  # 512 strings
        "x\\d{3}",  # 1,000 strings
        "^at start",
        "a\\Bb",
    ],
)
def test_forms_that_are_not_a_few_literal_strings_keep_their_regex(form: str) -> None:
    assert _phrases._literal_paths(form) is None


def test_every_literal_default_form_matches_as_its_regex() -> None:
    texts: list[str] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            texts.extend(Link(row["exc_type"], row["message"]).phrased for row in rows)
    assert len(texts) > 1000
    by_head: dict[str, list[tuple[list[tuple[str, tuple[int, ...]]], re.Pattern[str]]]] = {}
    literal_forms = 0
    for form in _default_forms():
        paths = _phrases._literal_paths(form)
        if paths is None:
            continue
        literal_forms += 1
        regex = re.compile(form, re.ASCII)
        own = [literal + tail for literal, _ in paths for tail in ("", " ", "x", "_", "-", "s", "s x", ":")]
        own += [literal[:-1] for literal, _ in paths]
        for text in own:
            assert _first(paths, text, 0) == _regex_end(regex, text, 0), (form, text)
            assert _first(paths, "a " + text, 2) == _regex_end(regex, "a " + text, 2), (form, text)
        for head in {literal[:2] for literal, _ in paths}:
            by_head.setdefault(head, []).append((paths, regex))
    assert literal_forms > 1000  # most of the default forms are literal strings
    compared = 0
    for text in texts:
        if text.isascii():
            for start in _word_starts(text):
                for paths, regex in by_head.get(text[start : start + 2], ()):
                    assert _first(paths, text, start) == _regex_end(regex, text, start), (regex.pattern, text[start:80])
                    compared += 1
    assert compared > 10_000


def _literal_at() -> Any:
    """The extension's ``literal_at``, or a skip where it was not compiled (the scan then never reads strings)."""
    module = pytest.importorskip("errorflow.classify._cfingerprint", reason="the C extension was not compiled here")
    return module.literal_at


PATHS: list[tuple[str, tuple[int, ...], str]] = [
    ("errors", (6,), "a"),
    ("error", (5,), "b"),
    ("err", (), "c"),
    ("no such", (0, 7), "d"),
    ("x_", (2,), "e"),
    ("", (), "f"),
]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("", 0), ("", 3), ("errors", 0), ("errors", 1), ("errors", 6), ("errors", 99), ("errorsx", 0),
        ("error!", 0), ("error_", 0), ("an error", 3), ("errors\x00", 0), ("\x00err", 1), ("no such", 0),
        ("no suché", 0), ("éno such", 1), ("no such\U0001f600", 0), ("x_", 0), ("x_y", 0), ("x_é", 0),
        ("errors\ud800", 0), ("é" * 3 + "error", 3), ("\U0001f600error", 1), ("ERRORS", 0),
    ],
)  # fmt: skip
def test_literal_at_gives_its_specification_on_hostile_input(text: str, start: int) -> None:
    table = _phrases.literal_table(PATHS)
    assert _literal_at()(table, text, start) == _phrases.literal_at_python(PATHS, text, start)
    for size in range(len(PATHS)):  # every shorter table too
        part = PATHS[size:]
        assert _literal_at()(_phrases.literal_table(part), text, start) == _phrases.literal_at_python(part, text, start)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["e", "r", "o", "s", " ", "_", "x", "n", "u", "c", "h", "é", "\x00", "!"])),
    st.integers(min_value=0, max_value=12),
)
def test_literal_at_gives_its_specification_on_generated_text(text: str, start: int) -> None:
    assert _literal_at()(_phrases.literal_table(PATHS), text, start) == _phrases.literal_at_python(PATHS, text, start)


def test_a_malformed_literal_table_is_a_value_error_not_a_crash() -> None:
    literal_at = _literal_at()
    table = _phrases.literal_table(PATHS)
    for cut in range(1, len(table)):
        try:
            literal_at(table[:cut], "no such thing", 0)
        except ValueError as error:
            assert "malformed" in str(error)
    with pytest.raises(ValueError, match="malformed"):
        literal_at(bytes((2, 1, 3)) + b"ab", "zz", 0)  # an offset past the string
    with pytest.raises(ValueError, match="malformed"):
        literal_at(bytes((200, 0)) + b"ab", "zz", 0)  # a string longer than the table
    with pytest.raises(ValueError, match="negative"):
        literal_at(table, "errors", -1)
    with pytest.raises(ValueError, match="negative"):
        _phrases.literal_at_python(PATHS, "errors", -1)
    with pytest.raises(TypeError):
        literal_at(table, b"errors", 0)
    with pytest.raises(ValueError, match="ASCII"):
        _phrases.literal_table([("é", (), "x")])
