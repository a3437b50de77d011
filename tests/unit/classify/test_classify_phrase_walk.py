"""The C walk of the phrase sets (``_cfingerprint.phrase_starts``) gives what its Python specification gives.

``_phrases.PhraseSet.scan`` finds, on ASCII text, the word starts where a phrase
may begin with one C loop over a trie of the forms' necessary prefixes, and runs
a regex only there (issue 13). ``phrase_starts_python`` is the specification of
the walk and the combined regex (``PhraseSet(..., native=False)``) that of the
scan: these tests compare the walk with its specification on hostile and
generated input and on malformed tables, and the scan of every phrase set of the
default index with the regex's on the corpora and on generated text.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from errorflow.classify import engine
from errorflow.classify._phrases import NATIVE, PhraseSet, phrase_starts_python, phrase_table
from errorflow.classify.evidence import Link

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
PREFIXES = ("no", "no such", "not found", "timed out", "too many", "err", "error", "a_b", "x-y", "z z")


def _walk() -> Any:
    """The extension's walk, or a skip where it was not compiled (the regex path is tested everywhere else)."""
    module = pytest.importorskip("errorflow.classify._cfingerprint", reason="the C extension was not compiled here")
    return module.phrase_starts


def _phrase_sets() -> list[tuple[str, PhraseSet]]:
    """Every phrase set of the default index, each once."""
    index = engine._index(frozenset())
    found: dict[int, tuple[str, PhraseSet]] = {}
    holders = [("messages", index.messages), ("capacity", index.capacity)]
    holders += [(stage.name.lower(), stages) for stage, stages in index.stages.items()]
    for name, holder in holders:
        for part, phrases in (("strong", holder.strong), ("general", holder.general)):
            if phrases is not None:
                found.setdefault(id(phrases), (f"{name}.{part}", phrases))
    return list(found.values())


def _regex_copy(phrases: PhraseSet) -> PhraseSet:
    """The same phrase set scanned by its combined regex only (the specification of ``scan``), built once."""
    rebuilt = _REGEX_COPIES.get(phrases.phrases)
    if rebuilt is None:
        rebuilt = _REGEX_COPIES[phrases.phrases] = PhraseSet(phrases.phrases, native=False)
    assert rebuilt._table is None
    return rebuilt


_REGEX_COPIES: dict[tuple[tuple[str, str], ...], PhraseSet] = {}


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            texts.extend(Link(row["exc_type"], row["message"]).phrased for row in rows)
    return texts


def test_the_walk_is_used_wherever_the_extension_was_built() -> None:
    _walk()
    assert NATIVE
    assert all(phrases._table is not None for _, phrases in _phrase_sets())


def test_the_walk_gives_its_specification_on_hostile_input() -> None:
    walk = _walk()
    table = phrase_table(PREFIXES)
    huge = "no such error, " * 200_000 + "timed out"
    for text in (
        "",
        "n",
        "no",
        "\x00no such\x00error",  # NUL is a non-word character
        "no such key; not found. errors: too many",
        "xno such _no a_b a_bc x-y z zz",  # glued to a word character: no word start
        huge,
        "Error ERROR error",  # case-sensitive: the texts are lower-cased before the walk
    ):
        assert walk(table, text) == phrase_starts_python(PREFIXES, text), text[:40]
    assert len(walk(table, huge)) == 2 * (2 * 200_000 + 1)
    # Text the walk does not read (the regex path reads it): not ASCII, lone surrogates, Unicode digits, \x1c-\x1f.
    for text in ("é no such", "no such \ud800", "\udfff", "no \u0663\u0664\u0665", "no\x1csuch", "no\x1f"):
        assert walk(table, text) is None
        assert phrase_starts_python(PREFIXES, text) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["no", " ", "such", "not", " found", "err", "or", "_", "a", "_b", "-", "x", "y", "z", "\n", "\x1c", "\x1f"]
        ),
        max_size=60,  # past the walk's 16-character blocks, several times
    ).map("".join)
)
@example("no such")
@example("error")
@example("no such \x1c no such")  # hits before the separator: still None (the walk stops at it)
@example("\x1dno such")
@example("no such\x1e")
def test_the_walk_gives_its_specification_on_generated_text(text: str) -> None:
    walk = _walk()
    assert walk(phrase_table(PREFIXES), text) == phrase_starts_python(PREFIXES, text)


def test_the_walk_gives_its_specification_across_its_blocks() -> None:
    """The walk finds word starts 16 characters at a time: a phrase, a word character or a separator at each
    position around the block edges (and past 127: bytes no word class holds) reads as the specification reads it."""
    walk = _walk()
    table = phrase_table(PREFIXES)
    fillers = ("x", " ", "_", "-", "9", "Z", "@", "[", "`", "{", "\x7f", "\x00", "\n")
    checked = 0
    for filler in fillers:
        for before in range(50):
            for phrase in ("no such", "err", "a_b", "z z"):
                for after in ("", " ", "x", filler * 3, "\x1c"):
                    text = filler * before + phrase + after
                    assert walk(table, text) == phrase_starts_python(PREFIXES, text), (filler, before, phrase, after)
                    checked += 1
    # Every character below 128 before and after a prefix, at every offset of a block (word characters and not).
    for code in range(128):
        char = chr(code)
        for before in range(15, 35):
            text = "no" * (before // 2) + char + "no such" + char + "err" + "y" * (before % 3)
            assert walk(table, text) == phrase_starts_python(PREFIXES, text), (code, before)
            checked += 1
    assert checked > 10_000


def test_a_malformed_table_is_a_value_error_not_a_crash() -> None:
    walk = _walk()
    table = phrase_table(PREFIXES)
    header_words = 4 + 128 + 512  # the magic and sizes, the root's children, the bitmap of first pairs
    for broken in (
        b"",
        table[:-4],  # one word short
        table[:16],
        b"XXXX" + table[4:],  # wrong magic
        table + b"\0\0\0\0",
        table[:4] + struct.pack("<I", 10**6) + table[8:],  # more nodes than the table holds
    ):
        with pytest.raises(ValueError, match="malformed table"):
            walk(broken, "no such thing")
    # An edge whose child is past the last node, a node whose edges run past the last edge, a label past the labels.
    words = list(struct.unpack(f"<{len(table) // 4}I", table))
    nodes, edges = words[1], words[2]
    node_words = 5  # label offset, label length, first edge, edges, prefix + 1
    child = words[header_words + node_words * nodes + 1]
    assert child > 0
    bad_child = [*words]
    for edge in range(edges):
        bad_child[header_words + node_words * nodes + 2 * edge + 1] = nodes + 5
    bad_range = [*words]
    for node in range(nodes):
        bad_range[header_words + node_words * node + 3] = edges + 1
    bad_label = [*words]
    for node in range(nodes):
        bad_label[header_words + node_words * node + 1] = 10**6
    empty_label = [*words]
    for node in range(nodes):
        empty_label[header_words + node_words * node + 1] = 0
    for broken_words in (bad_child, bad_range, bad_label, empty_label):
        with pytest.raises(ValueError, match="malformed table"):
            walk(struct.pack(f"<{len(broken_words)}I", *broken_words), "no such thing not found")
    with pytest.raises(TypeError):
        walk("not bytes", "no")
    with pytest.raises(TypeError):
        walk(table, b"no")


def test_phrase_table_refuses_prefixes_the_walk_cannot_read() -> None:
    for wrong in ("", "x", "é"):
        with pytest.raises(ValueError, match="ASCII"):
            phrase_table(["no", wrong])


def test_every_phrase_set_scans_as_its_combined_regex_on_the_corpora() -> None:
    texts = _corpus_texts()
    assert len(texts) > 1000
    texts += [text.upper().lower() + " \x1c " + text for text in texts[:50]]  # the regex path, inside the scan
    for name, phrases in _phrase_sets():
        regex = _regex_copy(phrases)
        for text in texts:
            assert phrases.scan(text) == regex.scan(text), (name, text[:80])


_WORDS = st.sampled_from(
    [
        "connection refused", "no such host", "not found", "too many requests", "timed out", "timeout", "rate limit",
        "quota exceeded", "out of memory", "disk full", "permission denied", "invalid", "error", "errors", "the",
        "deadline exceeded", "try again", "unavailable", "no space left on device", "conflict", "x", "_", "-", ":",
    ]
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "", ", ", "_", "-", ": ", "\n", "."])), max_size=12))
def test_the_default_strong_phrases_scan_as_their_regex_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    for _, phrases in _phrase_sets()[:3]:
        assert phrases.scan(text) == _regex_copy(phrases).scan(text)


@pytest.mark.parametrize(("name", "phrases"), _phrase_sets(), ids=[name for name, _ in _phrase_sets()])
def test_every_default_phrase_set_compiles_what_it_compiles_on_first_use(name: str, phrases: PhraseSet) -> None:
    """The combined regexes and each form are compiled lazily (a process's start): a bad default phrase fails here."""
    phrases.compile_all()
    assert phrases._regex is not None and phrases._ascii is not None, name


def test_a_phrase_set_compiles_its_combined_regex_only_when_a_scan_needs_it() -> None:
    """Built, a set holds the pattern, not the regex; non-ASCII text (no C walk) compiles it and finds the same keys."""
    phrases = PhraseSet([("a", r"disk (?:is )?full"), ("b", r"quota exceeded")])
    assert phrases._regex is None and phrases._ascii is None
    assert phrases.scan("the disk is full and the quota exceeded") == ["a", "b"]
    assert phrases._regex is None  # ASCII text: the C walk, or the ASCII copy without the C extension
    assert phrases.scan("über: the disk full, quota exceeded") == ["a", "b"]
    assert phrases._regex is not None
