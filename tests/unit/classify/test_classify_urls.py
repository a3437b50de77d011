"""A link's URLs are blanked in C as the regex blanks them (issue 13, session 12).

``evidence.blank_urls`` runs the extension's ``blank_urls`` on ASCII text and ``evidence._URL.sub(" ", text)``, the
specification, on other text and without the extension. Compared here on both corpora, the unit cases and the vendor
fixtures (as they are and lower-cased, as ``Link`` blanks them), on generated text built from the regex's pieces
(``http`` glued to word characters, ``s``, ``://``, each character that ends a URL, the white space ``\\s`` reads,
``\\x1c``-``\\x1f`` among it), at the text's edges, on a million characters, and on text other than ASCII (the
extension answers None there).
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.classify import evidence

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
CASES = Path(__file__).with_name("classify_cases.py")
FIXTURES = Path(__file__).with_name("vendor_readers.jsonl")

NATIVE = evidence._BLANK_URLS_NATIVE
needs_native = pytest.mark.skipif(NATIVE is None, reason="the C extension was not compiled here")


def _spec(text: str) -> str:
    return evidence._URL.sub(" ", text)


def _messages() -> list[str]:
    rows: list[dict[str, Any]] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():  # the public corpus lives beside the repository (../shared)
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [str(row["message"]) for row in rows]
    found += [str(case[1]) for case in runpy.run_path(str(CASES))["CASES"]]
    found += [json.loads(line)["message"] for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line]
    return found + [text.lower() for text in found] + [text.upper() for text in found]


@needs_native
def test_native_blanks_urls_as_the_regex_on_the_corpora() -> None:
    assert NATIVE is not None
    blanked = 0
    for text in _messages():
        expected = _spec(text)
        got = NATIVE(text)
        if text.isascii():
            assert got == expected, text
            blanked += got != text
        else:
            assert got is None, text
        assert evidence.blank_urls(text) == expected, text
    assert blanked > 50  # the corpora hold URLs: the comparison reads some


_PIECES = [
    "http",
    "https",
    "http://",
    "https://",
    "xhttp://a",
    "_https://b",
    "9http://c",
    "s",
    "://",
    ":/",
    "//",
    "h",
    "x",
    "_",
    "7",
    "a.b/c?d=e&f",
    "%20",
    "-",
    ".",
    ":",
    "/",
    "\\",
    *" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f",
    *"'\"<>()[]{}",
    "\x00",
    "\x7f",
]


@needs_native
@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_native_blanks_urls_as_the_regex_on_generated_text(pieces: list[str]) -> None:
    assert NATIVE is not None
    text = "".join(pieces)
    assert NATIVE(text) == _spec(text), text


@needs_native
@pytest.mark.parametrize(
    "text",
    [
        "",
        "http",
        "http://",
        "http://x",
        "https://x",
        "https:/x",
        "xhttp://x",
        "_http://x",
        " http://x",
        "http://x http://y",
        "http://xhttp://y",
        "https//x",
        "httpss://x",
        "http:// x",
        "a http://",
        "http://a.b/c" * 3,
        "see http://a.b/c.",
        ("x " + "https://h.example/p?q=1 ") * 100_000,
        "h" * 1_000_000,
    ],
)
def test_native_blanks_urls_at_the_edges(text: str) -> None:
    assert NATIVE is not None
    assert NATIVE(text) == _spec(text)


@needs_native
def test_native_leaves_other_text_to_the_regex() -> None:
    assert NATIVE is not None
    for text in ("http://caf\u00e9.fr/x", "\u00e9 http://x", "http://x\u2028y", "http://x\ud800", "\U0001f600"):
        assert NATIVE(text) is None
        assert evidence.blank_urls(text) == _spec(text)
    with pytest.raises(TypeError):
        NATIVE(b"http://x")  # type: ignore[arg-type]


# ---- a link blanks its URLs where the literal walk found "://" in its text (session 18), as where "://" was found in
# its lower-cased text before: no character lower-cases to ":" or "/"


def _phrased_spec(text: str) -> str:
    lowered = text.lower()
    phrased = _spec(lowered) if "://" in lowered else lowered
    if "HTTP response headers: " in text:
        phrased = evidence._HEADERS_LINE.sub(" ", phrased)
    if "headers: {" in phrased:
        phrased = evidence._ECHOED_HEADERS.sub(" ", phrased)
    return phrased


def test_a_link_blanks_its_urls_behind_the_walk_on_the_corpora() -> None:
    blanked = 0
    for message in _messages():
        link = evidence.Link("builtins.Exception", message)
        assert link.phrased == _phrased_spec(link.text), message
        blanked += link.phrased != link.lowered
    assert blanked > 50  # the corpora hold URLs: the comparison is not vacuous


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "HTTP://x", "\u0130", "\u212a", "HTTPS", ":", "/"]), max_size=30))
def test_a_link_blanks_its_urls_behind_the_walk_on_generated_text(pieces: list[str]) -> None:
    link = evidence.Link("builtins.Exception", "".join(pieces))
    assert link.phrased == _phrased_spec(link.text)
