"""The C build of the fingerprint's functions (``errorflow.classify._cfingerprint``) gives what Python gives.

``fingerprint.mask_ids_python`` (and the id regex it applies) and
``fingerprint.normalize_message_python`` are the specification; the extension
is an optional speed-up of the classifier's cache key and of the fingerprint
(issue 13). These tests compare the two on the corpora, on the bench's
realistic stream and on generated strings, feed the extension hostile input,
and run the classifier with the extension hidden, so the fallback is tested on
every machine.
"""

from __future__ import annotations

import json
import runpy
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from errorflow.classify.fingerprint import (
    _ID,
    MASK_CHARS,
    MESSAGE_CHARS,
    NATIVE,
    mask_ids,
    mask_ids_python,
    normalize_message,
    normalize_message_python,
)

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
#: The bench's stream is built from the public corpus; from the in-repository set where ../shared is absent.
STREAM_SOURCE = PUBLIC if PUBLIC.exists() else INDEPENDENT
BENCH = ROOT / "bench" / "bench_classify.py"


def _module() -> Any:
    """The extension, or a skip where it was not compiled (the fallback tests below still run)."""
    return pytest.importorskip("errorflow.classify._cfingerprint", reason="the C extension was not compiled here")


def _native() -> Callable[[str], str]:
    function: Callable[[str], str] = _module().mask_ids
    return function


def _native_normalize(message: str) -> str:
    """The extension's normalize_message as fingerprint.normalize_message calls it (ASCII only)."""
    text = message[: MESSAGE_CHARS * 3]
    assert text.isascii()
    result: str = _module().normalize_message(text, MESSAGE_CHARS)
    return result


def _messages(path: Path) -> list[str]:
    return [json.loads(line)["message"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _stream_messages() -> list[str]:
    bench: dict[str, Any] = runpy.run_path(str(BENCH))
    rows = bench["load"](STREAM_SOURCE)
    return [signal.message for signal in bench["realistic_stream"](rows)]


def test_the_extension_is_built_wherever_a_compiler_and_the_headers_are() -> None:
    """A silent build failure would only show as lost speed: where it can be built, it must have been."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    compiler = shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]) or shutil.which("cc")
    if compiler is None or not headers.exists():
        pytest.skip("no C compiler or no Python headers: the pure-Python fallback runs")
    assert NATIVE


@pytest.mark.parametrize("source", ["public", "independent", "stream"])
def test_c_and_python_agree_on_the_corpora_and_the_bench_stream(source: str) -> None:
    native = _native()
    if source == "public" and not PUBLIC.exists():
        pytest.skip(f"the public corpus is not at {PUBLIC}")
    messages = {"public": lambda: _messages(PUBLIC), "independent": lambda: _messages(INDEPENDENT)}.get(
        source, _stream_messages
    )()
    assert len(messages) >= 200
    # Upper-cased and doubled too: other letters around the same ids, and past MASK_CHARS.
    for message in messages + [message.upper() for message in messages] + [message * 6 for message in messages[:200]]:
        assert native(message) == _ID.sub("0", message), message
        assert mask_ids(message) == mask_ids_python(message), message
        assert normalize_message(message) == normalize_message_python(message), message
        if message[: MESSAGE_CHARS * 3].isascii():
            assert _native_normalize(message) == normalize_message_python(message), message


# Pieces ids are made of and every neighbour that changes what counts as one.
_PIECES = [
    "0x", "0X", "deadbeef", "DEADBEEF", "12345", "1234567", "0", "9", "a", "f", "F", "g", "G", "x", "-", ".", ".de",
    ".dE", ".DE", "de", " ", "=", ":", "@", "_", "(", "'", "\n", "\t", "/", "abcdefabcdef", "ORA-", "cafe",
    "\u0663", "\u0661\u0662", "\U0001d7ce", "\uff11", "é", "ß", "\u20ac", "\U0001f600", "\ud800", "\udfff", "\x00",
]  # fmt: skip
_MESSAGES = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(alphabet="0123456789abcdefABCDEFx.-:@_ de", max_size=80),
    st.text(max_size=80),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map(lambda parts: "".join(parts) * 200),
)


@given(_MESSAGES)
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("aaaaaaa\u0663")  # \d is a Unicode digit after hex letters, as in the regex
@example("aaaaaaa\u0663bcdef123")  # an id may end on such a digit and the next start right after it
@example("0x" + "1" * 7 + ".de")  # the .de look-ahead reads the whole run, past the 0x form
@example("x" * (MASK_CHARS - 8) + " 1234567")  # MASK_CHARS exactly: masked
@example("x" * (MASK_CHARS - 7) + " 1234567")  # one more: left alone
def test_c_and_python_agree_on_generated_strings(message: str) -> None:
    native = _native()
    assert native(message) == _ID.sub("0", message)
    assert mask_ids(message) == mask_ids_python(message)
    assert normalize_message(message) == normalize_message_python(message)


# Pieces of what the normaliser replaces (URLs, addresses, paths, hosts, ports, quoted tokens, numbers with
# units, hex letters before numbers) and of what stops each (quotes, brackets, white space of both kinds).
_NORMALIZE_PIECES = [
    "http://", "HTTPS://a.b/c?d=1", "://", "@", "a@b.c", "USER@x.y.z", "x.com", ".de", ".co", ".company", ".svc",
    "localhost", ":80", ":123456", ":8080x", ":5432", "/usr/lib", "\\\\srv\\x", "c:\\a\\b", "/", "\\", "~", "'",
    '"', "'ab'", '"x y"', "12", "3.5", "10ms", "10 ms", "5 %", "5%x", "7 kib", "7KB", "9 bytes", "9 byte", " secs",
    "seconds", " minute", "mins", "hours", " days", "0x1f", "abc", "deadbeef", "f~", "a~", "g", "z", " ", "\t",
    "\x1c", "\x0b", "\n", "-", "_", ".", ":", "%", "+", "1", "0", ")", "]", "<", ">", "A", "MB", "GiB", "e", "pb",
    " eb", "EiB", "b", "i", "k", "t",
]  # fmt: skip
_ASCII_MESSAGES = st.one_of(
    st.lists(st.sampled_from(_NORMALIZE_PIECES), max_size=30).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
    st.lists(st.sampled_from(_NORMALIZE_PIECES), min_size=1, max_size=6).map(lambda parts: "".join(parts) * 120),
)


@given(_ASCII_MESSAGES)
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("release 'v1.2' at http://x.io/a 3 secs f0 ab12 x~")
@example("a" * (MESSAGE_CHARS - 1) + " b")  # the cut falls on the collapsed space
def test_c_and_python_normalise_ascii_text_alike(message: str) -> None:
    assert _native_normalize(message) == normalize_message_python(message)
    assert normalize_message(message) == normalize_message_python(message)


def test_c_and_python_normalise_alike_across_the_16_byte_blocks() -> None:
    """The passes find their anchors (white space, quotes and digits, "." and ":") and lower-case 16 bytes at a time:
    each piece at every offset around the block edges, after and before other text, reads as Python reads it."""
    _module()
    pieces = ["'ab'", '"x y"', "12", "10 ms", "x.com", "a.co:80", ":5432", "a@b.c", "/usr/lib", "http://a.b/c", "\x1c"]
    pieces += ["\t", "\x0b", " ", "deadbeef 12", "f~", "AB", "Z", "@", "[", "`", "{", "\x7f", "\x00"]
    checked = 0
    for piece in pieces:
        for filler in ("x", " ", "A", "-", "9"):
            for before in range(40):
                for after in ("", " ", "x" * 20, piece):
                    message = filler * before + piece + after
                    assert _native_normalize(message) == normalize_message_python(message), (piece, filler, before)
                    checked += 1
    assert checked > 10_000


def test_lower_ascii_is_str_lower() -> None:
    """``evidence.lower`` (the extension's ``lower_ascii`` for ASCII text) is ``str.lower`` on every kind of text."""
    from errorflow.classify.evidence import lower

    lower_ascii = _module().lower_ascii
    every_ascii = "".join(chr(code) for code in range(128))
    for text in ("", "A", "abc", every_ascii, every_ascii * 3 + "Q", "X" * 1_000_003, "NUL\x00IN\x00IT", "@[`{"):
        for start in range(17):  # every length of the last, shorter block
            assert lower_ascii(text[start:]) == text[start:].lower()
            assert lower(text[start:]) == text[start:].lower()
    for text in ("\u00c9T\u00c9", "ABC\u0130", "\ud800ABC", "K\u212a", "\U0001f600X", "\xc0\xff"):  # not ASCII
        assert lower_ascii(text) is None
        assert lower(text) == text.lower()
    for wrong in (b"ABC", None, 3):
        with pytest.raises(TypeError):
            lower_ascii(wrong)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=70))
@settings(max_examples=500, deadline=None)
def test_lower_ascii_is_str_lower_on_generated_text(text: str) -> None:
    assert _module().lower_ascii(text) == text.lower()


def test_mask_ids_python_prefilter_gives_what_the_regex_gives_on_the_whole_message() -> None:
    """The Python function scans only the span of its 7-character runs: the same result as a full scan."""
    for message in ("", "1234567", " a1b2c3d4e5 x", "ab 0x1234567.de 10.1.2.3", "é 1234567 \u0663", "12" * 700):
        expected = message if len(message) > MASK_CHARS else _ID.sub("0", message)
        assert mask_ids_python(message) == expected


def test_hostile_input_gets_an_answer_or_a_clear_error() -> None:
    native = _native()
    huge = ("1234567-abc " * 400_000) + "\x00\ud800 0xdeadbeef01\U0001f600"
    assert native(huge) == _ID.sub("0", huge)
    assert native("\x00" * 10) == "\x00" * 10
    assert native("\ud800 1234567 \udfff") == "\ud800 0 \udfff"
    assert native("") == ""

    module = _module()
    assert module.normalize_message("", 400) == ""
    assert module.normalize_message("\x00 a\x00b 12 \x00", 400) == normalize_message_python("\x00 a\x00b 12 \x00")
    assert module.normalize_message("A B", 0) == ""
    huge_ascii = "see http://x.io/a and 12 ms at /a/b " * 100_000
    assert module.normalize_message(huge_ascii, 10**9) == " ".join(
        normalize_message_python(huge_ascii[index : index + 36]) for index in range(0, len(huge_ascii), 36)
    )
    with pytest.raises(ValueError, match="ASCII"):
        module.normalize_message("é 12", 400)
    with pytest.raises(ValueError, match="negative"):
        module.normalize_message("a", -1)
    with pytest.raises(TypeError):
        module.normalize_message(b"a", 400)

    class Text(str):
        __slots__ = ()

    assert native(Text("id 1234567")) == "id 0"
    for wrong in (b"1234567", None, 1234567):
        with pytest.raises(TypeError, match="must be str"):
            native(wrong)  # type: ignore[arg-type]


def test_the_result_is_a_canonical_str_when_an_id_swallows_the_widest_character() -> None:
    """A Unicode digit can end an id; the result must compare and hash like the same text built in Python."""
    native = _native()
    for message in ("a1 aaaaaaa\u0663", "bbbbbbb\U0001d7ce z", "é ffffff0\uff11"):
        result = native(message)
        assert result == _ID.sub("0", message)
        assert hash(result) == hash("".join(list(result)))
        assert result.isascii() is all(ord(char) < 128 for char in result)


def test_the_classifier_runs_on_the_python_fallback_when_the_extension_is_missing() -> None:
    """Hide the extension: NATIVE says so, mask_ids runs the Python function and cached verdicts equal uncached ones."""
    code = (
        "import sys, runpy\n"
        "sys.modules['errorflow.classify._cfingerprint'] = None\n"
        "import importlib\n"
        "fp = importlib.import_module('errorflow.classify.fingerprint')\n"
        "from errorflow.classify import Classifier\n"
        "assert fp.NATIVE is False and fp._MASK_NATIVE is None and fp._NORMALIZE_NATIVE is None\n"
        "assert fp._FINGERPRINT_NATIVE is None\n"
        f"bench = runpy.run_path({str(BENCH)!r})\n"
        f"rows = bench['load'](__import__('pathlib').Path({str(STREAM_SOURCE)!r}))[:210]\n"
        "stream = bench['realistic_stream'](rows)[:3000]\n"
        "cached, uncached = Classifier.default(), Classifier.default(cache_size=0)\n"
        "same = sum(cached.classify(s) == uncached.classify(s) for s in stream)\n"
        "assert uncached.classify(stream[0]).fingerprint == fp.fingerprint(stream[0].exc_type, stream[0].message)\n"
        "print(same, len(stream), len(cached._cache))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    same, total, keys = (int(part) for part in result.stdout.split())
    assert same == total == 3000
    assert keys <= 4 * 210  # 3000 distinct messages of 210 errors: one key per error and port (4 ports drawn)
