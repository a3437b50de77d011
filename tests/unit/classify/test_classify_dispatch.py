"""The vendor-code readers run only where a key admits them, and that changes no code and no verdict.

``evidence._parse_vendor_codes`` runs the readers of ``evidence._VENDOR_READERS``
that the signal's class or the literals its message holds admit (issue 13);
``evidence._parse_vendor_codes_undispatched`` runs every reader, each behind its
own gates, and is the specification. ``vendor_readers.jsonl`` holds, for every
key of every reader, a signal the reader parses through that key: a reader
registered without a key that admits its signals, or without a fixture, fails
here. The literal sets (``_literals``) are compared in C and in Python; the
status, errno and code patterns read the same set's bits where substring tests
stood (``bench/classify_verdicts.py`` compares every verdict and parse).
"""

from __future__ import annotations

import importlib
import json
import re
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.classify import Classifier, ErrorSignal, _native, evidence
from errorflow.classify._literals import (
    MAX_LITERALS,
    NATIVE,
    WORD_BITS,
    WORDS,
    Entry,
    Literals,
    LiteralWords,
    alternatives,
    literal_mask_python,
    literal_table,
    literal_words_python,
)
from errorflow.classify.evidence import Link, cut_message

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = Path(__file__).with_name("vendor_readers.jsonl")
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
CASES = Path(__file__).with_name("classify_cases.py")

READERS = {reader.read.__name__: reader for reader in evidence._VENDOR_READERS}


def _fixtures() -> list[dict[str, str]]:
    return [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _codes(exc_type: str, message: str, *, dispatched: bool) -> list[str]:
    codes: list[str] = []
    parse = evidence._parse_vendor_codes if dispatched else evidence._parse_vendor_codes_undispatched
    text = cut_message(message)
    parse(text, exc_type, codes, evidence._vendor_found(text))
    return codes


def _corpus_signals() -> list[tuple[str, str]]:
    rows: list[dict[str, Any]] = []
    for path in (PUBLIC, INDEPENDENT):
        if not path.exists():  # the public corpus lives beside the repository (../shared), not in it
            continue
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [(row["exc_type"], row["message"]) for row in rows]
    found += [(exc_type, message) for exc_type, message, *_ in runpy.run_path(str(CASES))["CASES"]]
    found += [(item["exc_type"], item["message"]) for item in _fixtures()]
    return found


def test_every_key_of_every_reader_has_a_fixture() -> None:
    keyed = {(item["reader"], item["key"]) for item in _fixtures()}
    for name, reader in READERS.items():
        assert reader.classes or reader.literals, f"{name} lists no key: it would run on every signal"
        for key in (*reader.classes, *reader.literals):
            assert (name, key) in keyed, f"no fixture in vendor_readers.jsonl for {name} through {key!r}"
    assert {name for name, _ in keyed} == set(READERS), "a fixture names a reader that is not registered"


@pytest.mark.parametrize("item", _fixtures(), ids=lambda item: f"{item['reader']}:{item['key']!r}")
def test_a_reader_runs_on_its_fixture_through_the_dispatch(item: dict[str, str]) -> None:
    reader = READERS[item["reader"]]
    text = cut_message(item["message"])
    own: list[str] = []
    reader.read(text, item["exc_type"], own)
    assert own, "the fixture must be a signal the reader parses"
    if item["key"] in reader.classes:
        assert item["key"] in item["exc_type"].lower()
    else:
        assert item["key"] in text
    assert reader.read in evidence._admitted(item["exc_type"], evidence._vendor_found(text))
    dispatched = _codes(item["exc_type"], item["message"], dispatched=True)
    assert dispatched == _codes(item["exc_type"], item["message"], dispatched=False)
    assert all(code in dispatched for code in own)


# The classifier's modules from their sources: a compiled module (mypyc, ``_native``) calls its own functions
# directly, so a function replaced on the module would not be the one that runs.
FROM_SOURCE = (
    "import importlib.util, sys\n"
    "from pathlib import Path\n"
    "folder = Path(importlib.util.find_spec('errorflow').submodule_search_locations[0]) / 'classify'\n"
    "class FromSource:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        head, _, leaf = name.rpartition('.')\n"
    f"        if head == 'errorflow.classify' and leaf in {set(_native.MODULES)!r}:\n"
    "            return importlib.util.spec_from_file_location(name, folder / (leaf + '.py'))\n"
    "        return None\n"
    "sys.meta_path.insert(0, FromSource())\n"
)


def test_fixtures_are_classified_alike_through_the_dispatch_and_without_it() -> None:
    code = FROM_SOURCE + (
        "import json\n"
        "from errorflow.classify import Classifier, ErrorSignal, evidence\n"
        "from errorflow.classify.evidence import Link\n"
        "assert evidence.__file__.endswith('.py')\n"
        "signals = [ErrorSignal(t, m) for t, m in json.load(sys.stdin)]\n"
        "classifier = Classifier.default(cache_size=0)\n"
        "dispatched = [classifier.classify(signal) for signal in signals]\n"
        "links = [Link(signal.exc_type, signal.message).codes for signal in signals]\n"
        "calls = []\n"
        "def undispatched(*args):\n"
        "    calls.append(1)\n"
        "    return evidence._parse_vendor_codes_undispatched(*args)\n"
        "evidence._parse_vendor_codes = undispatched\n"
        "assert [classifier.classify(signal) for signal in signals] == dispatched\n"
        "assert [Link(signal.exc_type, signal.message).codes for signal in signals] == links\n"
        "print(len(calls), len(signals))\n"
    )
    signals = [(item["exc_type"], item["message"]) for item in _fixtures()]
    result = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(signals), capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    calls, count = map(int, result.stdout.split())
    assert calls >= 2 * count  # the replacement ran: once per Link, classifications and links alike


def test_the_dispatch_reads_every_corpus_message_as_every_reader_would() -> None:
    for exc_type, message in _corpus_signals():
        for variant in (message, message.upper(), message.lower()):
            assert _codes(exc_type, variant, dispatched=True) == _codes(exc_type, variant, dispatched=False), variant


def test_a_reader_whose_key_is_missing_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above fails when a reader's key does not admit its signals (here: Oracle's ``ORA-`` dropped)."""
    broken = tuple(
        reader._replace(literals=("DPY-",)) if reader.read is evidence._parse_oracle else reader
        for reader in evidence._VENDOR_READERS
    )
    monkeypatch.setattr(evidence, "_VENDOR_READERS", broken)
    monkeypatch.setattr(evidence, "_ADMITTED", {})
    monkeypatch.setattr(evidence, "_VENDOR_BITS", _bits(broken, evidence._VENDOR_LITERALS))
    message = "ORA-00060: deadlock detected while waiting for resource"
    assert _codes("oracledb.exceptions.DatabaseError", message, dispatched=False) == ["ORA00060"]
    assert _codes("oracledb.exceptions.DatabaseError", message, dispatched=True) == []


def _bits(readers: tuple[Any, ...], literals: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(sum(1 << literals.index(literal) for literal in set(reader.literals)) for reader in readers)


# ---- literal sets: C and Python alike


def _both(literals: tuple[str, ...]) -> tuple[Literals, Literals]:
    return Literals(literals), Literals(literals, native=False)


def _both_words(words: tuple[tuple[Entry, ...], ...]) -> tuple[LiteralWords, LiteralWords]:
    return LiteralWords(words), LiteralWords(words, native=False)


def test_literal_masks_of_the_link_literals_agree_on_the_corpora() -> None:
    groups = evidence._LINK_WORDS.literals
    flat = dict.fromkeys(literal for group in groups for entry in group for literal in alternatives(entry))
    native, python = _both(tuple(flat))
    native_words, python_words = _both_words(groups)
    for _, message in _corpus_signals():
        for text in (message, cut_message(message), message.upper(), message + "\u00e9", "\U0001f600" + message):
            assert native.mask(text) == python.mask(text) == literal_mask_python(native.literals, text), text
            words = literal_words_python(groups, text)
            assert native_words.words(text) == python_words.words(text) == words, text
            assert evidence._LINK_WORDS.words(text) == words, text
            assert all(0 <= word < 1 << WORD_BITS for word in words)  # small ints, compiled


def test_link_words_keep_each_group_in_one_word() -> None:
    """The vendor keys, the parsers' literals and the errno names' starts each get their own word(s)."""
    vendor, more, parsers, names = evidence._LINK_WORDS.literals
    assert vendor + more == evidence._VENDOR_LITERALS
    assert parsers == evidence._PARSER_LITERALS
    assert names == evidence._ERRNO_NAME_STARTS
    for trigger, _ in (*evidence._STATUS_TRIGGERED, *evidence._ERRNO_TRIGGERED, *evidence._CODE_TRIGGERED):
        assert trigger in parsers


_ASCII = list("ab(): '\"=_-\n\t0ORA")
_ALPHABET = st.sampled_from([*_ASCII, "\u00e9", "\u0100", "\U0001f600", "\x00", "\ud800"])


@settings(max_examples=400, deadline=None)
@given(
    literals=st.lists(st.text(st.sampled_from(_ASCII), min_size=2, max_size=6), max_size=MAX_LITERALS),
    text=st.text(_ALPHABET, max_size=80),
)
def test_literal_masks_agree_on_generated_text(literals: list[str], text: str) -> None:
    native, python = _both(tuple(literals))
    assert native.mask(text) == python.mask(text) == literal_mask_python(literals, text)


# Groups of literals one word each: hostile text (NUL, lone surrogates, non-ASCII, edges), empty groups and texts.
_WORD_GROUPS = st.lists(
    st.lists(st.text(st.sampled_from(_ASCII), min_size=2, max_size=6), max_size=WORD_BITS), max_size=WORDS
)


@settings(max_examples=400, deadline=None)
@given(words=_WORD_GROUPS, text=st.text(_ALPHABET, max_size=80))
def test_literal_words_agree_on_generated_text(words: list[list[str]], text: str) -> None:
    groups = tuple(tuple(group) for group in words)
    native, python = _both_words(groups)
    expected = literal_words_python(groups, text)
    assert native.words(text) == python.words(text) == expected
    assert expected == tuple(
        literal_mask_python(groups[word], text) if word < len(groups) else 0 for word in range(WORDS)
    )


# Groups whose entries may be several literals sharing one bit (set when any of them occurs).
_SHARED_GROUPS = st.lists(
    st.lists(
        st.one_of(
            st.text(st.sampled_from(_ASCII), min_size=2, max_size=6),
            st.lists(st.text(st.sampled_from(_ASCII), min_size=2, max_size=4), min_size=1, max_size=8).map(tuple),
        ),
        max_size=WORD_BITS,
    ),
    max_size=WORDS,
)


@settings(max_examples=400, deadline=None)
@given(words=_SHARED_GROUPS, text=st.text(_ALPHABET, max_size=80))
def test_shared_literals_set_their_one_bit_in_c_and_python(words: list[list[Entry]], text: str) -> None:
    groups = tuple(tuple(group) for group in words)
    native, python = _both_words(groups)
    expected = tuple(
        sum(1 << bit for bit, entry in enumerate(groups[word]) if any(lit in text for lit in alternatives(entry)))
        if word < len(groups)
        else 0
        for word in range(WORDS)
    )
    assert native.words(text) == python.words(text) == literal_words_python(groups, text) == expected


def test_shared_literals_at_the_edges_of_a_word() -> None:
    shared = tuple(f"<{n}>" for n in range(40))
    groups = (("ab", shared, "cd"), (), (shared,), (*(f"x{bit}" for bit in range(WORD_BITS - 1)), shared))
    native, python = _both_words(groups)
    for text, expected in (
        ("<0>", (2, 0, 1, 1 << 61)),
        ("ab <39> <7> cd", (7, 0, 1, 1 << 61)),
        ("<40> x3", (0, 0, 0, 1 << 3)),
        ("", (0, 0, 0, 0)),
    ):
        assert native.words(text) == python.words(text) == literal_words_python(groups, text) == expected, text
    with pytest.raises(ValueError, match="at least one"):
        LiteralWords([["ab", ()]])
    with pytest.raises(ValueError, match="ASCII"):
        LiteralWords([[("ab", "x")]])


def test_literal_words_at_the_edges_of_a_word() -> None:
    groups = tuple(tuple(f"<{word}.{bit}>" for bit in range(WORD_BITS)) for word in range(WORDS))
    native, python = _both_words(groups)
    for picks in (((0, 0), (0, 61)), ((1, 0), (3, 61)), ((2, 30),), ((3, 0), (3, 61), (0, 61)), ()):
        text = "\x00".join(f"<{word}.{bit}>" for word, bit in picks) + "\ud800"
        expected = [0] * WORDS
        for word, bit in picks:
            expected[word] |= 1 << bit
        assert native.words(text) == python.words(text) == tuple(expected), text
    huge = "x" * 1_000_000 + "<3.61>"
    assert native.words(huge) == python.words(huge) == (0, 0, 0, 1 << 61)
    assert native.words("") == (0, 0, 0, 0)
    with pytest.raises(ValueError, match="at most 62 literals"):
        LiteralWords([[f"x{number}" for number in range(WORD_BITS + 1)]])
    with pytest.raises(ValueError, match="at most 4 groups"):
        LiteralWords([["ab"]] * (WORDS + 1))
    with pytest.raises(ValueError, match="ASCII"):
        LiteralWords([["ab"], ["\u00e9t\u00e9"]])


def test_a_literal_set_takes_ascii_literals_up_to_its_size() -> None:
    with pytest.raises(ValueError, match="at most"):
        Literals([f"x{number}" for number in range(MAX_LITERALS + 1)])
    for bad in ("", "x", "\u00e9t\u00e9", "x" * 256):
        with pytest.raises(ValueError, match="ASCII"):
            Literals([bad])
    wide = Literals([f"<{number}>" for number in range(MAX_LITERALS)])
    for numbers in ((0, 63, 64, 127), (128, 191, 192, 255), (5, 255), (200,), (0,)):
        text = " ".join(f"<{number}>" for number in numbers)
        assert wide.mask(text) == sum(1 << number for number in numbers), text


def test_the_c_walk_refuses_a_malformed_table() -> None:
    if not NATIVE:
        pytest.skip("the C extension was not compiled here")
    from errorflow.classify import _cfingerprint

    table = literal_table(("abc", "bc"))
    assert _cfingerprint.literal_mask(table, "xabcx") == 0b11
    with pytest.raises(ValueError, match="shorter"):
        _cfingerprint.literal_mask(table[:100], "abc")
    with pytest.raises(ValueError, match="malformed"):
        _cfingerprint.literal_mask(table[:-2], "abc")  # the last entry runs past the table's end
    with pytest.raises(TypeError):
        _cfingerprint.literal_mask("abc", table)  # type: ignore[arg-type]
    words = literal_table(("abc", "bc"), (64, 129))
    assert _cfingerprint.literal_words(words, "xabcx") == (0, 1, 0b10, 0)
    with pytest.raises(ValueError, match="shorter"):
        _cfingerprint.literal_words(words[:100], "abc")
    with pytest.raises(ValueError, match="malformed"):
        _cfingerprint.literal_words(words[:-2], "abc")
    with pytest.raises(TypeError):
        _cfingerprint.literal_words("abc", words)  # type: ignore[arg-type]


def test_verdicts_without_the_extension_equal_those_with_it() -> None:
    """Hide the extension: the literal masks come from Python, and every corpus verdict stays the same."""
    code = (
        "import sys, json\n"
        "sys.modules['errorflow.classify._cfingerprint'] = None\n"
        "from errorflow.classify import Classifier, ErrorSignal\n"
        "from errorflow.classify import _literals\n"
        "assert _literals.NATIVE is False\n"
        "signals = [ErrorSignal(t, m) for t, m in json.load(sys.stdin)]\n"
        "classifier = Classifier.default(cache_size=0)\n"
        "print(json.dumps([[v.category.value, v.rule_id, v.confidence, [e.rule_id for e in v.evidence]]"
        " for v in map(classifier.classify, signals)]))\n"
    )
    pairs = _corpus_signals()
    result = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(pairs), capture_output=True, text=True, check=True, timeout=300
    )
    classifier = Classifier.default(cache_size=0)
    here = [
        [verdict.category.value, verdict.rule_id, verdict.confidence, [item.rule_id for item in verdict.evidence]]
        for verdict in (classifier.classify(ErrorSignal(exc_type, message)) for exc_type, message in pairs)
    ]
    assert json.loads(result.stdout) == here


def test_the_dispatch_memo_stays_bounded_on_hostile_class_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "_ADMITTED", {})
    huge = "x" * 100_000 + ".ORAError"
    assert Link(huge, "ORA-00060: deadlock detected").codes == ("ORA00060",)
    assert evidence._ADMITTED == {}  # a class longer than any real one is not kept
    for number in range(evidence._MAX_ADMITTED + 100):
        Link(f"pkg{number}.Error", "boom")
    assert len(evidence._ADMITTED) == evidence._MAX_ADMITTED


def test_the_literal_led_url_pattern_blanks_what_the_word_boundary_one_did() -> None:
    """``evidence._URL`` is ``\\bhttps?://...`` led by its literal; both blank the same spans."""
    plain = re.compile(r"\bhttps?://[^\s'\"<>()\[\]{}]+")
    texts = [message.lower() for _, message in _corpus_signals()]
    texts += [
        "xhttp://a.b http://c",
        "_http://z 9http://k -http://ok (https://q)",
        "\u00e9http://x \u0663http://y",
        "http://",
    ]
    for text in texts:
        assert evidence._URL.sub(" ", text) == plain.sub(" ", text), text


# ---- the start-of-message patterns run only on a message whose first character can start one of them

_PARSER: Any = importlib.import_module("re._parser")  # the regex parser and its opcodes (no stubs: private)
sre: Any = importlib.import_module("re._constants")


def _first_characters(parsed: Any) -> set[str]:
    """The characters a parsed regex can start a match with ("digit" for ``\\d``); fails on what it cannot read."""
    heads: set[str] = set()
    for op, value in parsed:
        if op is sre.LITERAL:
            return heads | {chr(value)}
        if op is sre.IN:
            for item, argument in value:
                if item is sre.LITERAL:
                    heads.add(chr(argument))
                elif item is sre.RANGE:
                    heads.update(chr(code) for code in range(argument[0], argument[1] + 1))
                elif item is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
                    heads.add("digit")
                else:
                    raise AssertionError(f"unread class item {item} {argument}")
            return heads
        if op is sre.SUBPATTERN:
            return heads | _first_characters(value[-1])
        if op is sre.BRANCH:
            return heads | set().union(*(_first_characters(branch) for branch in value[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, body = value
            heads |= _first_characters(body)
            if low > 0:
                return heads
            continue  # optional: what follows can start the match too
        raise AssertionError(f"unread opcode {op}")
    raise AssertionError("a pattern that can match the empty string")


def test_the_start_patterns_are_tried_only_behind_a_character_that_starts_one() -> None:
    heads = _first_characters(_PARSER.parse(evidence._AT_START.pattern))
    gate = set(evidence._AT_START_HEADS)
    assert heads - {"digit"} <= gate | set("0123456789"), heads
    assert "digit" in heads  # \d: any Unicode decimal digit, which the gate reads with str.isdigit
    for text in ("503, message='x'", "\u0665\u0660\u0663, message='x'", "(503)\nReason: x", "ERROR 1045 (28000)"):
        assert evidence._AT_START.match(text) is not None
    assert Link("aiohttp.ClientResponseError", "\u0665\u0660\u0663, message='x'").status == 503
    assert Link("aiohttp.ClientResponseError", "503, message='x'").status == 503
    assert Link("kubernetes.client.ApiException", "(503)\nReason: Service Unavailable").status == 503
