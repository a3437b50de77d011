"""A rule's message regex on ASCII text: its ASCII copy (``rules._ascii_copy``) finds what the regex finds.

``Rule.matches`` searches ASCII text with a copy of the rule's case-insensitive
regex compiled with ``re.ASCII`` (case folding by table instead of the Unicode
database; issue 13). The regex itself is the specification: these tests
compare the two, match for match, for every default rule with a message on the
corpora's ASCII messages (as they are, upper-cased, and with the rule's own
words), and check that a pattern naming a character beyond ASCII keeps its
regex.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from errorflow.classify.defaults import default_rules
from errorflow.classify.rules import _ascii_copy, _case_free, _lower_copy, search_message

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"


def _messages() -> list[str]:
    messages: list[str] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            messages += [row["message"] for row in rows if row["message"].isascii()]
    return messages


def _found(regex: re.Pattern[str], text: str) -> tuple[int, int] | None:
    match = regex.search(text)
    return None if match is None else match.span()


def _own_words(regex: re.Pattern[str]) -> str:
    """What the rule's own phrase spells: its pattern without escapes, syntax and characters beyond ASCII."""
    return re.sub(r"[^ -~]", "", re.sub(r"\\[a-zA-Z]|[()?:|*+\[\]{}^$]", " ", regex.pattern))


def _regexes() -> list[re.Pattern[str]]:
    found = {rule.regex.pattern: rule.regex for rule in default_rules() if rule.regex is not None}
    return list(found.values())


def test_the_copy_matches_ascii_text_as_the_regex_does_for_every_default_rule() -> None:
    regexes = _regexes()
    assert len(regexes) > 500
    messages = _messages()
    assert len(messages) > 200
    # Each rule on a sample of the corpora, in both cases, and on texts holding what its own phrase spells.
    # Lower-cased too: the phrase checks (``engine._status_echo``, ``_without_class_echo``) search the phrased text.
    sample = messages[::7] + [message.upper() for message in messages[::29]] + [m.lower() for m in messages[::31]]
    copied = 0
    for regex in regexes:
        copy = _ascii_copy(regex)
        copied += copy is not regex
        own = _own_words(regex)
        for text in (*sample, own, own.upper(), f"x {own.title()}: y"):
            assert _found(copy, text) == _found(regex, text), (regex.pattern, text)
    assert copied > len(regexes) // 2  # most patterns are ASCII: they get a copy


@pytest.mark.parametrize(
    "pattern",
    ["\u017fome", r"\u017fome", r"\x7f", r"\N{LATIN SMALL LETTER LONG S}", r"(a)\1", r"\101", "(?u)ab", "caf\u00e9"],
)
def test_a_pattern_naming_a_character_beyond_ascii_keeps_its_regex(pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert _ascii_copy(regex) is regex
    if "ome" in pattern:
        assert regex.search("some") is not None  # U+017F folds to "s" in Unicode: an ASCII copy would miss it


def test_an_ascii_pattern_gets_a_copy_with_ascii_folding() -> None:
    regex = re.compile(r"conn(?:ection)? refused\b", re.IGNORECASE)
    copy = _ascii_copy(regex)
    assert copy is not regex
    assert copy.flags & re.ASCII
    assert copy.flags & re.IGNORECASE
    assert _ascii_copy(regex) is copy  # memoised
    assert _found(copy, "ECONN: Connection REFUSED.") == _found(regex, "ECONN: Connection REFUSED.") == (7, 25)


def test_search_message_reads_ascii_text_through_the_copy_and_other_text_through_the_regex() -> None:
    regex = re.compile(r"s\w+ refused", re.IGNORECASE)
    for text in ("Connection REFUSED", "Service Refused", "\u017fervice refused", "caf\u00e9: server refused", ""):
        found = search_message(regex, text)
        expected = regex.search(text)
        assert (found is None) == (expected is None)
        assert found is None or expected is None or found.span() == expected.span()
    assert search_message(regex, "\u017fervice refused") is not None  # Unicode folding kept for such text


def test_the_case_sensitive_copy_matches_text_without_capitals_as_the_regex_does() -> None:
    """Where the pattern is case-free, text without capitals (the phrase checks' lower-cased text) reads alike."""
    regexes = _regexes()
    lowered = [message.lower() for message in _messages()[::5]]
    free = 0
    for regex in regexes:
        copy = _lower_copy(regex)
        free += copy.flags & re.IGNORECASE == 0
        own = _own_words(regex).lower()
        for text in (*lowered, own, f"x {own}: y", "123 _-[]@`{~"):
            assert re.search("[A-Z]", text) is None
            assert _found(copy, text) == _found(regex, text), (regex.pattern, text)
    assert free > len(regexes) // 2  # most phrase patterns are case-free


@pytest.mark.parametrize(
    ("pattern", "free"),
    [
        ("connection (?:reset|refused)", True),
        (r"\bforbidden\b|quota{1,2}", True),
        ("[0-_]x", False),  # the range holds A-Z: folded, it matches a-z too
        (r"\Sx", False),  # a capital escape (and any capital)
        ("(?-i:ab)", False),  # inline flags
        ("Abc", False),
        ("caf\u00e9", False),
    ],
)
def test_case_free_patterns(pattern: str, free: bool) -> None:
    assert _case_free(pattern) is free
    if pattern == "[0-_]x":
        assert re.compile(pattern, re.IGNORECASE).search("ax") is not None  # why such a range is not case-free


def test_search_message_on_text_without_capitals_finds_what_the_regex_finds() -> None:
    regex = re.compile(r"[0-_]x|rate ?limit", re.IGNORECASE)
    for text in ("ax", "rate limit", "ratelimit hit", "Ax", "RATE LIMIT", "caf\u00e9 ax", ""):
        found, expected = search_message(regex, text), regex.search(text)
        assert (found is None) == (expected is None), text
        assert found is None or expected is None or found.span() == expected.span()


def test_a_rule_reads_ascii_text_lower_cased_as_the_regex_reads_the_text() -> None:
    """``Rule.matches`` searches a link's lower-cased text through a case-free copy: the same span as the regex."""
    regexes = _regexes()
    messages = _messages()
    sample = messages[::11] + [message.upper() for message in messages[::37]] + [m.title() for m in messages[::41]]
    free = 0
    for regex in regexes:
        copy = _lower_copy(regex)
        if copy.flags & re.IGNORECASE:
            continue  # not case-free: Rule.matches searches the text itself (below)
        free += 1
        own = _own_words(regex)
        for text in (*sample, own.upper(), f"x {own.title()}: Y"):
            assert _found(copy, text.lower()) == _found(regex, text), (regex.pattern, text)
    assert free > len(regexes) // 2


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"(?-i:(?:^|ERROR: )\([A-Z]\w+\) )|code=", ["ERROR: (Abc) x", "error: (abc) x", "CODE=1"]),
        (r"\bQuota [A-Z]+ exceeded", ["QUOTA ABC EXCEEDED", "quota abc exceeded"]),
        (r"[0-_]+x", ["AB_x", "ab_X"]),
        (r"\S+ refused", ["Conn Refused", "conn refused"]),
        (r"(ab)c\1", ["ABcab", "abcAB"]),
        (r"caf\u00e9|strasse", ["STRASSE", "CAF\u00c9"]),
        (r"connection refused|timed? ?out", ["Connection REFUSED", "TIMEOUT", "time out", "x"]),
    ],
)
def test_rule_matches_answers_as_the_regex_on_the_text(pattern: str, texts: list[str]) -> None:
    from errorflow.classify.evidence import Link
    from errorflow.classify.rules import Rule

    rule = Rule(id="t.lowered", category="transient", message=pattern)
    regex = rule.regex
    assert regex is not None
    for text in (*texts, *(text.upper() for text in texts), "\u00e9 " + texts[0]):
        link = Link("builtins.Exception", text)
        assert rule.matches(link) is (regex.search(link.text) is not None), (pattern, text)


def test_default_rules_match_the_corpora_as_their_regexes_do() -> None:
    from errorflow.classify.evidence import Link

    rules = [rule for rule in default_rules() if rule.regex is not None and not rule.exc_type][::2]
    rules = [rule for rule in rules if not (rule.http_status or rule.errno or rule.code)]
    for message in _messages()[::6]:
        for text in (message, message.upper()):
            link = Link("builtins.Exception", text)
            for rule in rules:
                regex = rule.regex
                assert regex is not None
                assert rule.matches(link) is (regex.search(link.text) is not None), (rule.id, text)
