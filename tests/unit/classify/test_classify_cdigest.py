"""The bytes the fingerprint hashes, built in C (``_cfingerprint.fingerprint_text``), are what Python hashes.

``fingerprint.fingerprint`` hands an ASCII message to the extension, which
normalises it and returns ``exc_type``, the normalised message and the frames
joined and encoded in one call (issue 13: no normalised string, joined text or
encoding step per call); the extension hashes them too, where the CPU has SHA
instructions (``fingerprint_digest``) or else with the SHA-1 of the libcrypto hashlib loaded
(``fingerprint_digest_libcrypto``), and ``hashlib.sha1`` where it has neither. ``fingerprint_python``
(``normalize_message_python``, an f-string, ``encode`` and ``hashlib.sha1``) is
the specification. These tests compare the two on the corpora with their
tracebacks, on generated class names, messages and frames (every kind of
``str``: NUL, lone surrogates, astral characters), and feed the extension
hostile input.
"""

from __future__ import annotations

import hashlib
import runpy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from errorflow.classify.fingerprint import (
    MESSAGE_CHARS,
    app_frames,
    fingerprint,
    fingerprint_python,
    normalize_message_python,
)

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
BENCH = ROOT / "bench" / "bench_classify.py"


def _module() -> Any:
    """The extension, or a skip where it was not compiled (``fingerprint`` then is ``fingerprint_python``)."""
    return pytest.importorskip("errorflow.classify._cfingerprint", reason="the C extension was not compiled here")


def _expected(exc_type: str, text: str, frames: str, *, normalized: str | None = None) -> bytes:
    """What the extension must return: the bytes the specification hashes for the same three parts."""
    joined = f"{exc_type}\n{normalize_message_python(text) if normalized is None else normalized}\n{frames}"
    return joined.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("source", ["public", "independent"])
def test_c_and_python_fingerprint_the_corpora_alike(source: str) -> None:
    _module()
    path = PUBLIC if source == "public" else INDEPENDENT
    if not path.exists():
        pytest.skip(f"the corpus is not at {path}")
    bench: dict[str, Any] = runpy.run_path(str(BENCH))
    signals = [bench["signal_of"](row) for row in bench["load"](path)]
    assert len(signals) >= 200
    for signal in signals:
        for message in (signal.message, signal.message.upper(), signal.message * 8):
            assert fingerprint(signal.exc_type, message, signal.traceback) == fingerprint_python(
                signal.exc_type, message, signal.traceback
            ), message


def test_the_tracebacks_frames_are_hashed_as_the_python_function_joins_them() -> None:
    _module()
    traceback = (
        'Traceback (most recent call last):\n  File "/srv/app/billing.py", line 12, in charge\n'
        '  File "/srv/app/\u00e9t\u00e9/caf\u00e9.py", line 3, in r\u00e9gler\n'
        '  File "C:\\app\\\udc80x.py", line 9, in <module>\n'
        '  File "/usr/lib/python3.11/site-packages/x.py", line 1, in y\nValueError: no'
    )
    assert len(app_frames(traceback)) == 3
    for exc_type in ("builtins.ValueError", "app.Erreur\u00e9", "a.\ud800", ""):
        assert fingerprint(exc_type, "bad value 12 at /a/b", traceback) == fingerprint_python(
            exc_type, "bad value 12 at /a/b", traceback
        )


_TYPES = st.one_of(
    st.sampled_from(["builtins.ValueError", "", "a.b.C", "x\x00y", "\ud800", "caf\u00e9.E", "\U0001f600"]),
    st.text(max_size=40),
)
_FRAMES = st.one_of(st.just(""), st.text(max_size=60), st.lists(st.text(max_size=12), max_size=3).map("|".join))
_PIECES = [
    "http://x.io/a", "a@b.co", "/usr/lib/x", "c:\\a\\b", "host.com:8080", "'tok'", '"q"', "12", "10 ms", "0xdead",
    "deadbeef", "ORA-00060", " ", "\t", "\x1c", "\x00", "\n", "A", "Error", ":", "~", "x",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=200),
)


@given(_TYPES, _TEXTS, _FRAMES)
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("", "", "")
@example("\ud800\udc00", "A" * (MESSAGE_CHARS * 3), "\udfff|\x00")
def test_c_and_python_fingerprint_generated_signals_alike(exc_type: str, text: str, frames: str) -> None:
    module = _module()
    assert module.fingerprint_text(exc_type, text, frames, MESSAGE_CHARS) == _expected(exc_type, text, frames)


def test_hostile_input_gets_an_answer_or_a_clear_error() -> None:
    module = _module()
    huge = "see http://x.io/a and 12 ms at /a/b " * 30_000  # over a million characters, not cut by the caller
    whole = module.normalize_message(huge, 10**9)  # compared with the Python function in test_classify_cfingerprint
    assert len(whole) > 10**5
    assert module.fingerprint_text("E", huge, "", 10**9) == _expected("E", huge, "", normalized=whole)
    assert module.fingerprint_text("E", huge, "", 0) == _expected("E", "", "")
    nul = "\x00 a\x00b"
    assert module.fingerprint_text("E\x00", nul, "\x00", MESSAGE_CHARS) == _expected("E\x00", nul, "\x00")
    assert module.fingerprint_text("", "", "", 0) == b"\n\n"
    assert module.fingerprint_text("\ud800", "a", "\U0001f600", 9) == "\ud800\na\n\U0001f600".encode(
        "utf-8", "surrogatepass"
    )

    class Text(str):
        __slots__ = ()

    assert module.fingerprint_text(Text("E"), Text("a 1"), Text("f"), MESSAGE_CHARS) == _expected("E", "a 1", "f")
    with pytest.raises(ValueError, match="ASCII"):
        module.fingerprint_text("E", "\u00e9 12", "", MESSAGE_CHARS)
    with pytest.raises(ValueError, match="negative"):
        module.fingerprint_text("E", "a", "", -1)
    for wrong in ((b"E", "a", "", 1), ("E", b"a", "", 1), ("E", "a", None, 1), ("E", "a", "", "1"), ("E", "a", "")):
        with pytest.raises(TypeError, match="fingerprint_text"):
            module.fingerprint_text(*wrong)


def test_a_message_not_ascii_takes_the_python_path_with_the_same_result() -> None:
    for message in ("caf\u00e9 12 ms", "\ud800 1234567", "x" * (MESSAGE_CHARS * 3) + "\u00e9", "\u0663\u0664 ok"):
        assert fingerprint("E", message) == fingerprint_python("E", message)


def _sha_module() -> Any:
    """The extension where it hashes with the CPU's SHA instructions, or a skip (fingerprint.py then keeps hashlib)."""
    module = _module()
    if not getattr(module, "SHA1_INSTRUCTIONS", False):
        pytest.skip("this CPU (or build) has no SHA instructions: hashlib hashes the extension's text")
    return module


def _libcrypto_module() -> Any:
    """The extension where it found libcrypto's SHA-1 (hashlib's library), or a skip (another libc, no libcrypto)."""
    module = _module()
    found = getattr(module, "libcrypto_sha1", None)
    if found is None or not found():
        pytest.skip("the extension found no libcrypto SHA-1 in this process (not glibc, or hashlib without libcrypto)")
    assert module.libcrypto_sha1() is True  # found once, kept
    return module


@pytest.mark.parametrize(
    ("module_of", "name"),
    [(_sha_module, "fingerprint_digest"), (_libcrypto_module, "fingerprint_digest_libcrypto")],
    ids=["sha_instructions", "libcrypto"],
)
def test_the_extensions_sha1_hashes_every_length_as_hashlib_does(module_of: Callable[[], Any], name: str) -> None:
    """Each length from empty to five blocks (the padding takes one block or two: 55, 56, 63, 64, ...), every byte.

    Both of the extension's SHA-1 paths: the CPU's SHA instructions, and libcrypto's SHA-1 (the path of a CPU
    without them, and of callgrind, which hides them).
    """
    module = module_of()
    digest = getattr(module, name)
    for length in range(5 * 64 + 2):
        text = "".join(chr(32 + (index * 7 + length) % 95) for index in range(length))
        for exc_type, frames in (("E", ""), ("builtins.ValueError", "a.py:f|b.py:g"), ("\ud800", "\U0001f600\x00")):
            expected = hashlib.sha1(module.fingerprint_text(exc_type, text, frames, 10**9)).hexdigest()[:16]
            assert digest(exc_type, text, frames, 10**9) == expected, (length, exc_type)
    huge = "see http://x.io/a and 12 ms at /a/b " * 30_000  # a million characters: blocks in one loop
    expected = hashlib.sha1(module.fingerprint_text("E", huge, "", 10**9)).hexdigest()[:16]
    assert digest("E", huge, "", 10**9) == expected
    with pytest.raises(ValueError, match="ASCII"):
        digest("E", "\u00e9 12", "", MESSAGE_CHARS)
    with pytest.raises(TypeError, match="fingerprint_text"):
        digest("E", b"a", "", 1)


@pytest.mark.parametrize("source", ["public", "independent"])
def test_libcryptos_sha1_fingerprints_the_corpora_as_python_does(source: str) -> None:
    module = _libcrypto_module()
    path = PUBLIC if source == "public" else INDEPENDENT
    if not path.exists():
        pytest.skip(f"the corpus is not at {path}")
    bench: dict[str, Any] = runpy.run_path(str(BENCH))
    for signal in (bench["signal_of"](row) for row in bench["load"](path)):
        text = signal.message[: MESSAGE_CHARS * 3]
        if text.isascii():
            digest = module.fingerprint_digest_libcrypto(signal.exc_type, text, "", MESSAGE_CHARS)
            assert digest == fingerprint_python(signal.exc_type, signal.message), signal


def test_the_fingerprint_hashes_in_the_extension_where_it_has_a_sha1() -> None:
    """The CPU's SHA instructions first, else libcrypto's SHA-1 where the extension found it, else hashlib (None)."""
    module = _module()
    native = sys.modules["errorflow.classify.fingerprint"]._DIGEST_NATIVE
    if getattr(module, "SHA1_INSTRUCTIONS", False):
        assert native is module.fingerprint_digest
    elif getattr(module, "libcrypto_sha1", None) is not None and module.libcrypto_sha1():
        assert native is module.fingerprint_digest_libcrypto
    else:
        assert native is None
