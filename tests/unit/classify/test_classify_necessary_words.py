"""The words a rule's regex needs (``_phrases.necessary_words``) are in every ASCII text it matches, lower-cased.

``engine._Facts.holds`` answers ``rule.matches(link)`` without the regex search where the link's ASCII text holds
none of them. These tests take every default rule that the class, key and linear lookups check one by one (the
rules with a message condition that are not phrase rules) over the corpora's messages, some upper-cased or wrapped:
an ASCII text whose lower-cased form holds none of a rule's words is never matched by its regex. They also compare
the gate with ``Rule.matches`` on the corpora's links.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from errorflow.classify import engine
from errorflow.classify._phrases import exact_words, necessary_words
from errorflow.classify.defaults import default_rules
from errorflow.classify.evidence import Link
from errorflow.classify.model import Category
from errorflow.classify.rules import Rule

ROOT = Path(__file__).resolve().parents[3]
CORPORA = (ROOT.parent / "shared" / "corpus" / "errors-public.jsonl", ROOT / "bench" / "corpus" / "independent.jsonl")


def _rows() -> list[dict[str, object]]:
    present = [corpus for corpus in CORPORA if corpus.exists()]  # the public corpus lies outside a clone
    return [json.loads(line) for corpus in present for line in corpus.read_text().splitlines() if line.strip()]


def _texts() -> list[str]:
    messages = [str(row["message"]) for row in _rows()]
    texts = [*messages, *(message.upper() for message in messages[::5])]
    texts += [f"Wrapped: {message} (while retrying)" for message in messages[::11]]
    return [text for text in dict.fromkeys(texts) if text.isascii()]


def _checked_rules() -> list[Rule]:
    """The default rules with a message condition that are checked by ``Rule.matches`` (not phrase rules)."""
    return [rule for rule in default_rules() if rule.regex is not None and engine._index_key(rule) != "phrase"]


def test_known_patterns_give_the_words_every_match_holds() -> None:
    cases = {
        r"validation errors? for \w*(?:Settings|Config)\b": ("validation error",),
        r"\bdid not find \w+_api_key\b": ("did not find ",),
        r"certificate verify failed|unable to get local": ("certificate verify failed", "unable to get local"),
        r"(?-i:RESOURCE_EXHAUSTED)": ("resource_exhausted",),
        r"x?abc(?:defgh)?": ("abc",),  # optional parts are not needed
        r"(?:abc)+ (?:ghi){2}(?:ijklm)*": ("abc",),  # a repeat of one at least
        r"abc|\d+": (),  # a branch without a word: nothing is needed
        r"ab\w": (),  # shorter than a word worth a test
        r"caf\u00e9 ole": (" ole",),  # a non-ASCII literal ends a run
        r"[unclosed": (),
    }
    for pattern, expected in cases.items():
        assert necessary_words(pattern, re.IGNORECASE) == expected, pattern


def test_every_ascii_text_a_checked_rules_regex_matches_holds_one_of_its_words() -> None:
    texts = _texts()
    lowered = [text.lower() for text in texts]
    rules = _checked_rules()
    gated = 0
    for rule in rules:
        regex = rule.regex
        assert regex is not None
        words = necessary_words(regex.pattern, regex.flags)
        if not words:
            continue
        gated += 1
        for text, low in zip(texts, lowered, strict=True):
            if any(word in low for word in words):
                continue  # only texts without the words can disprove them
            assert regex.search(text) is None, (rule.id, words, text[:200])
    assert gated > 300  # most of them have words


def test_holds_answers_as_the_rule_on_the_corpora() -> None:
    links = [Link(str(row["exc_type"]), str(row["message"])) for row in _rows()]
    links += [Link("builtins.ValueError", "1 validation error for AppSettings\nx\n  field required")]
    checked = skipped = 0
    for ordinal, rule in enumerate(_checked_rules()):
        facts = engine._Facts(rule, ordinal)
        for link in links:
            expected = rule.matches(link)
            assert facts.holds(link) is expected, (rule.id, link.text[:200])
            checked += 1
            skipped += not expected
    assert checked > 100_000 and skipped > 0


def test_text_other_than_ascii_is_searched_whatever_its_words() -> None:
    # Case folding matches the long s with "s" and the Kelvin sign with "k": the lower-cased text lacks the words.
    rule = Rule(
        id="test.session", category=Category.PERMANENT, exc_type=("builtins.ValueError",), message="session key"
    )
    facts = engine._Facts(rule, 0)
    for text in ("\u017fession key expired", "session \u212aey expired", "SESSION KEY expired"):
        link = Link("builtins.ValueError", text)
        assert rule.matches(link) is True
        assert facts.holds(link) is True, text
    assert facts.holds(Link("builtins.ValueError", "session expired")) is False


def test_exact_words_are_the_runs_as_they_are_or_none() -> None:
    """The phrase scan's gate tests these on the text as it is: only patterns whose runs are lower case have them."""
    assert exact_words(r"errors? \(\d+ attempts?\) when connecting to\b") == (") when connecting to",)
    assert exact_words(r"max(?:imum)? connections \(\d+\)|qps reached") == (" connections (", "qps reached")
    assert exact_words(r"error \d+ Connecting") == ()  # an upper-case literal: "connecting" is not its match
    assert exact_words(r"error \d+ (?i:connecting)") == ()  # folds case: "CONNECTING" matches
    assert exact_words(r"(?i)error \d+ connecting") == ()
    assert exact_words(r"error(?:\d+ (?:x|[A-Z]y))") == ("error",)  # capitals in a class only: no run holds them
    assert exact_words(r"\d+") == ()


def test_every_text_an_admitted_regex_matches_holds_one_of_its_exact_words() -> None:
    texts = _texts()
    texts += [text.lower() for text in texts]
    for pattern in (r"errors? \(\d+ attempts?\) when connecting to\b", r"in \"<(?:file)>\", (?:line \d+|position \d+)"):
        words = exact_words(pattern)
        assert words
        regex = re.compile(pattern, re.ASCII)
        for text in [*texts, 'in "<file>", line 3', "errors (3 attempts) when connecting to x"]:
            if regex.search(text) is not None:
                assert any(word in text for word in words), (pattern, text[:80])
