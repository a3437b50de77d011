"""The link's patterns led by a literal find exactly what their earlier forms found (issue 13, session 12).

Three changes to ``evidence`` make ``re`` skip to where a match can start instead of entering its matcher at every
position, each checked here against the form it replaces (kept below as the specification):

* the code patterns that opened with ``\\b`` or a look-behind open with their literal, the ``\\b`` a look-behind
  after it (``Reason(?<!\\wReason): ``);
* the JSON field patterns, which open with a class (``["']``), are matched only where one of their keys starts
  (``evidence._led_matches``): the same matches as ``finditer``;
* the errno names are looked for only in a message holding "E" and the first two letters after it of some name
  (the literal walk's fourth word), not "E" and one letter.

The literal walk's table keeps each first character's entries in the order of their second (the walk stops at the
first entry past the text's next character): a table out of that order is refused.

Compared on both corpora, the unit cases and the vendor fixtures (as they are, upper- and lower-cased, joined), and
on generated text built from the patterns' own pieces with Unicode word characters, digits, NUL, lone surrogates and
astral characters beside them.
"""

from __future__ import annotations

import itertools
import json
import re
import runpy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.classify import _literals, evidence

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
CASES = Path(__file__).with_name("classify_cases.py")
FIXTURES = Path(__file__).with_name("vendor_readers.jsonl")

# The forms the led patterns replace: the specification.
_EARLIER_CODES: dict[str, str] = {
    "RESOURCE_EXHAUSTED: ": r"(?<![\w.])(?<!StatusRuntimeException: )(RESOURCE_EXHAUSTED): ",
    "api error ": r"\bapi error ([A-Z][A-Za-z0-9.]+): ",
    'Code="': r'\bCode="([A-Z][A-Za-z]+)"',
    "Reason: ": r"\bReason: ([a-z][A-Za-z]+), Message: ",
}


def _messages() -> list[str]:
    rows: list[dict[str, Any]] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():  # the public corpus lives beside the repository (../shared)
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [str(row["message"]) for row in rows]
    found += [str(case[1]) for case in runpy.run_path(str(CASES))["CASES"]]
    found += [json.loads(line)["message"] for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line]
    variants = [text.upper() for text in found] + [text.lower() for text in found]
    variants += [a + " | " + b for a, b in itertools.pairwise(found)]
    return found + variants


MESSAGES = _messages()


def _spans(matches: Any) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    return [(match.span(), match.groups()) for match in matches]


def _code_pattern(literal: str) -> re.Pattern[str]:
    return dict(evidence._CODE_TRIGGERED)[literal]


def test_the_earlier_forms_are_the_code_patterns_replaced() -> None:
    """Each replaced pattern is still a code pattern behind its literal, now led by it (``re`` sees the prefix)."""
    for literal in _EARLIER_CODES:
        pattern = _code_pattern(literal).pattern
        word = re.match(r"\w+", literal)
        assert word is not None
        assert pattern.lstrip("(").startswith(word.group()), pattern


@pytest.mark.parametrize("literal", sorted(_EARLIER_CODES))
def test_led_code_patterns_match_as_before_on_the_corpora(literal: str) -> None:
    led, earlier = _code_pattern(literal), re.compile(_EARLIER_CODES[literal])
    for text in MESSAGES:
        assert _spans(led.finditer(text)) == _spans(earlier.finditer(text)), text
        assert _spans(led.finditer(text, 3)) == _spans(earlier.finditer(text, 3)), text


def test_json_field_patterns_match_only_where_a_key_starts_on_the_corpora() -> None:
    keyed, typed = evidence._JSON_FIELDS
    for text in MESSAGES:
        for regex, leads in ((keyed, evidence._KEYED_LEADS), (typed, evidence._TYPED_LEADS)):
            assert _spans(evidence._led_matches(regex, text, leads, 1)) == _spans(regex.finditer(text)), text


def test_every_key_of_the_json_patterns_leads() -> None:
    """A key left out of the leads fails: each key's field is found, alone and after another field."""
    keyed, typed = evidence._JSON_FIELDS
    for regex, leads, keys in (
        (keyed, evidence._KEYED_LEADS, ("code", "decline_code", "error_code", "errorCode", "reason", "error")),
        (typed, evidence._TYPED_LEADS, ("type", "status")),
    ):
        for key in keys:
            for text in (f"{{'{key}': 'card_declined'}}", f'x "{key}":"rate_limit", "{key}" : "other.v1"'):
                expected = _spans(regex.finditer(text))
                assert expected, text
                assert _spans(evidence._led_matches(regex, text, leads, 1)) == expected, text


_PIECES = [
    *_EARLIER_CODES,
    "Reason: notFound, Message: ",
    "api error Throttling.Rate: ",
    'Code="OperationNotAllowed"',
    "StatusRuntimeException: ",
    "RESOURCE_EXHAUSTED",
    "code",
    "decline_code",
    "error_code",
    "errorCode",
    "reason",
    "error",
    "type",
    "status",
    "'",
    '"',
    ":",
    ": ",
    " ",
    "\n",
    "card_declined",
    "rate.limit",
    "x" * 61,
    "A",
    "a",
    "_",
    ".",
    "9",
    "\u0661",  # an Arabic-Indic digit: \w and \d in str patterns
    "\u00e9",  # a Unicode word character before a literal: \b
    "\u2028",  # Unicode white space: \s
    "\x00",
    "\ud800",
    "\U0001f600",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_led_patterns_match_as_before_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for literal, earlier in _EARLIER_CODES.items():
        assert _spans(_code_pattern(literal).finditer(text)) == _spans(re.finditer(earlier, text)), text
    keyed, typed = evidence._JSON_FIELDS
    for regex, leads in ((keyed, evidence._KEYED_LEADS), (typed, evidence._TYPED_LEADS)):
        assert _spans(evidence._led_matches(regex, text, leads, 1)) == _spans(regex.finditer(text)), text


def test_led_matches_at_the_text_edges_and_on_long_text() -> None:
    keyed, typed = evidence._JSON_FIELDS
    edge = "'code':'abc'"
    for text in ("", "'", edge, edge[:-1], "x" + edge, edge * 3, (edge + " ") * 20_000, "code'" * 1000):
        for regex, leads in ((keyed, evidence._KEYED_LEADS), (typed, evidence._TYPED_LEADS)):
            assert _spans(evidence._led_matches(regex, text, leads, 1)) == _spans(regex.finditer(text))


def test_every_errno_name_starts_with_a_literal_of_the_walk() -> None:
    """``_parse_errno`` runs the name regex only on a message holding one of the starts: every match holds one."""
    starts = set(evidence._ERRNO_NAME_STARTS)
    assert len(starts) <= evidence.WORD_BITS
    names = [f"E{name}" for name in evidence._ERRNO_NAMES.split("|")]
    for name in names:
        assert name[:3] in starts, name
        found = evidence._ERRNO_NAME.match(name + " ")
        assert found is not None, name
    for text in MESSAGES:
        for match in evidence._ERRNO_NAME.finditer(text):
            assert match.group()[:3] in starts, text


def test_the_c_walk_refuses_a_table_whose_entries_are_out_of_order() -> None:
    """The walk stops at the first entry past the text's next character: a table must keep each group in order."""
    if not _literals.NATIVE:
        pytest.skip("the C extension was not compiled here")
    from errorflow.classify import _cfingerprint

    table = _literals.literal_table(("ab", "ac", "ad", "a1", "az"))
    assert _cfingerprint.literal_mask(table, "xadx az a1") == 0b11100
    entries = table[-15:]  # five entries of three bytes: bit, length, second character
    assert entries[2::3] == b"1bcdz"  # in the order of their second character
    shuffled = table[:-15] + entries[3:] + entries[:3]
    with pytest.raises(ValueError, match="malformed"):
        _cfingerprint.literal_mask(shuffled, "ab")
    # The order is the byte order of all the characters after the first, a literal before those it is a prefix of:
    # the walk also stops at the first entry that departs from the text with a greater character further on.
    table = _literals.literal_table(("abd", "ab", "abc", "abcd"))
    assert _cfingerprint.literal_mask(table, "abd abcd") == 0b1111
    entries = table[_TABLE_HEADER:]  # bit, length, rest: ab (bit 1), abc (2), abcd (3), abd (0)
    assert entries == bytes((1, 2)) + b"b" + bytes((2, 3)) + b"bc" + bytes((3, 4)) + b"bcd" + bytes((0, 3)) + b"bd"
    for swapped in (
        table[:_TABLE_HEADER] + entries[3:7] + entries[:3] + entries[7:],  # abc before ab, its prefix
        table[:_TABLE_HEADER] + entries[:3] + entries[12:] + entries[7:12] + entries[3:7],  # abd before abcd, abc
    ):
        with pytest.raises(ValueError, match="malformed"):
            _cfingerprint.literal_mask(swapped, "abd")


_TABLE_HEADER = 128 * 128 // 8 + 129 * 2  # the pairs' bitmap and the offsets (_literals.literal_table)


def test_the_c_walk_stops_where_an_entry_departs_upwards_and_not_before() -> None:
    """Literals sharing long prefixes, on text departing from each of them at each place, above and below."""
    if not _literals.NATIVE:
        pytest.skip("the C extension was not compiled here")
    literals = ("Err", "Errno ", "Error", "Error ", "Error:", "Error=", "Error from server (", "Error) ", "Er", "E(")
    words = _literals.LiteralWords([literals], native=True)
    python = _literals.LiteralWords([literals], native=False)
    texts = {"", "E", "Er", "Err", "Erro", "Error", "Error from server", "Error from server (x", "ERROR", "error"}
    for literal in literals:
        for cut in range(1, len(literal) + 1):
            for char in (" ", "(", ":", "=", "A", "Z", "_", "a", "o", "z", "~", "\x00", "\x7f", "\u00e9", "\ud800"):
                texts.add(literal[:cut] + char)
                texts.add("x" + literal[:cut] + char + literal)
    for text in sorted(texts):
        expected = _literals.literal_words_python([literals], text)
        assert words.words(text) == python.words(text) == expected, repr(text)
