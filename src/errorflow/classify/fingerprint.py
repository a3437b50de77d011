"""Fingerprints: one stable id per kind of failure, across runs, ids and hosts.

The fingerprint is the first 16 hex characters of the SHA-1 of three parts:

1. the exception's qualified class;
2. its message, normalised: URLs, e-mail addresses, file paths, quoted
   single-token values ('jane@x.org', "public.users"), host names (with a
   port or a well-known suffix) and every token from its first digit on
   (numbers, IP addresses, UUIDs, hex ids, timestamps, with the hex letters
   glued in front) are replaced by ``~``, in lower case, white space collapsed;
   only the first :data:`MESSAGE_CHARS` characters count, because what follows
   is dumps and headers;
3. the innermost :data:`APP_FRAMES` in-application frames of the traceback as
   ``file basename:function``, skipping ``site-packages``, ``dist-packages``
   and standard-library frames, without line numbers (line numbers move with
   every deploy).

So ``duplicate key ... Key (email)=(a@x.org)`` and ``... Key (email)=(b@y.org)``
group together, while the same message raised from two different functions
of the application does not.

The fingerprint, its normalisation and the classifier's cache key
(:func:`mask_ids`) are specified by the Python functions
``fingerprint_python``, ``normalize_message_python`` and ``mask_ids_python``;
where the optional C extension ``_cfingerprint`` was compiled at install
(:data:`NATIVE`), the public functions run it instead, with the same results
(tests compare the two).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Final, Protocol

__all__ = [
    "APP_FRAMES",
    "MASK_CHARS",
    "MESSAGE_CHARS",
    "NATIVE",
    "app_frames",
    "fingerprint",
    "fingerprint_python",
    "mask_ids",
    "mask_ids_python",
    "normalize_message",
    "normalize_message_python",
]

# str.isascii, called as a function: compiled code calls a method of str that mypyc has no primitive for through
# a generic method lookup each time (the type's method cache, the descriptor), and this one once per fingerprint.
_IS_ASCII: Final = str.isascii

APP_FRAMES: Final = 3
"""In-application frames (innermost first) that enter the fingerprint."""
MESSAGE_CHARS: Final = 400
"""Characters of the normalised message that enter the fingerprint."""

_TLDS: Final = (
    "com|net|org|io|dev|ai|co|uk|de|fr|nl|eu|us|cloud|app|local|localhost|internal|lan|corp|svc|cluster|"
    "example|test|invalid|amazonaws|googleapis|azure|windows|cn|jp|ru|in|br|info|biz|me|tv|xyz|site|online"
)

# Every pattern below starts with a literal or a narrow character set, so
# ``re`` skips to candidate positions instead of trying every character; a
# variable part's left edge is found by scanning back from that anchor.
_PATH: Final = re.compile(r"[\\/][\w.@%+~-]+(?:[\\/][\w.@%+~-]+)+[\\/]?")
_SLASH_PATH: Final = re.compile(r"/[\w.@%+~-]+(?:/[\w.@%+~-]+)+/?")
# Quoted single tokens, and numbers with their unit (sizes and durations vary
# between occurrences of one error), in one pass.
_TOKENS: Final = re.compile(
    r"'[^'\s]*'|\"[^\"\s]*\"|"
    r"\d[\w.:~-]*(?: ?(?:[kmgtpe]i?b|bytes?|ms|us|ns|sec(?:ond)?s?|min(?:ute)?s?|hours?|days?|%)\b)?"
)
_ASCII_TOKENS: Final = re.compile(_TOKENS.pattern, re.ASCII)  # for ASCII text: alike, and its classes are cheaper
_HEX_PREFIX: Final = re.compile(r"~[a-f]+(?![a-z])")  # on the reversed text: hex letters glued before a number
_URL_END: Final = re.compile(r"[^\s'\"<>)\]]*")
_EMAIL_END: Final = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_HOST_SUFFIX: Final = re.compile(rf"\.(?:{_TLDS})\b")
_HOST_PORT: Final = re.compile(r":\d{2,5}\b")
_HOST_END: Final = re.compile(r"[a-z0-9.-]*(?::\d+)?")
_SCHEME_CHARS: Final = "abcdefghijklmnopqrstuvwxyz0123456789+.-"
_HOST_CHARS: Final = "abcdefghijklmnopqrstuvwxyz0123456789.-_"
_EMAIL_CHARS: Final = "abcdefghijklmnopqrstuvwxyz0123456789.+-_"


def _left(text: str, index: int, allowed: str) -> int:
    """The start of the run of ``allowed`` characters that ends at ``index`` (``rstrip`` walks it in C)."""
    return len(text[:index].rstrip(allowed))


def _replace_around(text: str, anchor: str, allowed: str, end: re.Pattern[str], skip: int) -> str:
    """Replace each token around ``anchor`` (left part of ``allowed`` characters, right part ``end``) by ``~``."""
    parts: list[str] = []
    position = 0
    index = text.find(anchor)
    while index >= 0:
        start = _left(text, index, allowed)
        tail = end.match(text, index + skip)
        stop = tail.end() if tail is not None else index + skip
        if start < index or anchor == "://":
            parts.append(text[position:start])
            parts.append("~")
            position = stop
        index = text.find(anchor, max(stop, index + 1))
    parts.append(text[position:])
    return "".join(parts)


def _replace_hosts(text: str) -> str:
    # Suffix and port anchors: a suffix match holds no ":" and a port match no ".", so the two
    # never overlap and the anchors of one scan of both are those of each, merged in order. Two
    # scans led by a literal ("." then ":") are cheaper than one led by the class [.:], which
    # ``re`` tests at every character.
    anchors = [match.start() for match in _HOST_SUFFIX.finditer(text)] if "." in text else []
    if ":" in text:
        ports = [match.start() for match in _HOST_PORT.finditer(text)]
        if ports:
            anchors = sorted(anchors + ports) if anchors else ports
    if not anchors:
        return text
    parts: list[str] = []
    position = 0
    for anchor in anchors:
        start = _left(text, anchor, _HOST_CHARS)
        if start < position or start == anchor:
            continue
        parts.append(text[position:start])
        parts.append("~")
        tail = _HOST_END.match(text, anchor)
        position = tail.end() if tail is not None else anchor + 1
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


_FRAME: Final = re.compile(r'File "([^"]+)", line \d+, in (\S+)')
_NOT_APP: Final = re.compile(r"site-packages|dist-packages|[\\/]lib[\\/]python\d|[\\/]Lib[\\/]|^<frozen |^<")
_CHAINED: Final = ("\nThe above exception was the direct cause", "\nDuring handling of the above exception")


def normalize_message_python(message: str) -> str:
    """Return the message with its variable parts replaced by ``~``, lower case, white space collapsed.

    The specification of :func:`normalize_message`, which is this function in C
    for ASCII text where the optional extension was compiled (:data:`NATIVE`).
    """
    text = message[: MESSAGE_CHARS * 3].lower()
    if "://" in text:
        text = _replace_around(text, "://", _SCHEME_CHARS, _URL_END, 3)
    if "@" in text:
        text = _replace_around(text, "@", _EMAIL_CHARS, _EMAIL_END, 1)
    if "\\" in text:
        text = _PATH.sub("~", text)
    elif "/" in text:
        text = _SLASH_PATH.sub("~", text)  # the same without backslashes, led by a literal: faster to scan
    text = _replace_hosts(text)
    text = (_ASCII_TOKENS if text.isascii() else _TOKENS).sub("~", text)
    if "~" in text and ("a~" in text or "b~" in text or "c~" in text or "d~" in text or "e~" in text or "f~" in text):
        text = _HEX_PREFIX.sub("~", text[::-1])[::-1]  # hex letters glued before a replaced number
    return " ".join(text.split())[:MESSAGE_CHARS]


def app_frames(traceback: str | None, *, limit: int = APP_FRAMES) -> tuple[str, ...]:
    """Return the innermost in-application frames of a formatted traceback as ``basename:function``.

    Only the last block of a chained traceback is read: it belongs to the
    exception that was finally raised.
    """
    if not traceback:
        return ()
    last = max(traceback.rfind(marker) for marker in _CHAINED)
    frames = [
        f"{path.replace(chr(92), '/').rpartition('/')[2]}:{function}"
        for path, function in _FRAME.findall(traceback, max(last, 0))
        if not _NOT_APP.search(path)
    ]
    return tuple(frames[-limit:]) if limit else ()


def fingerprint_python(exc_type: str, message: str, traceback: str | None = None) -> str:
    """Return the 16-hex-character fingerprint of a failure (see the module docstring; the specification of it)."""
    return _digest(exc_type, normalize_message_python(message), "|".join(app_frames(traceback)))


def _digest(exc_type: str, normalized: str, frames: str) -> str:
    text = f"{exc_type}\n{normalized}\n{frames}"
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


# An id: a run of hex digits, "." and "-" (or "0x" and hex digits), at least 7 long, holding a
# digit with only hex letters before it, not glued to a word, an address or a port ("@", "_",
# ":"), and not ending a host name (".de"). One regex, replaced by a constant: no Python per match.
# The pattern starts with a character class so the regex engine skips non-hex characters; the
# neighbour before the run is checked by a two-character look-behind once the first is consumed.
# Possessive quantifiers: nothing after them could match what backtracking would give back.
_ID_START: Final = r"[0-9A-Fa-f](?<![A-Za-z@_0-9.x:-][0-9A-Fa-f])(?=[0-9A-Fa-fx.-]{6})"
_ID_RUN: Final = r"(?:(?<=0)x[0-9A-Fa-f]++|(?<=\d)[0-9A-Fa-fx.-]*+|[A-Fa-f]*+\d[0-9A-Fa-fx.-]*+)"
_ID: Final = re.compile(_ID_START + r"(?![0-9A-Fa-fx.-]*\.de)" + _ID_RUN)
_ID_NO_DE: Final = re.compile(_ID_START + _ID_RUN)  # the same where ".de" does not occur: no look-ahead over each run
MASK_CHARS: Final = MESSAGE_CHARS * 3
"""Longer messages are not masked (their cache key is the message itself)."""


def mask_ids_python(message: str) -> str:
    """Return the message with its ids replaced by ``0`` (the classifier's cache key; the specification of it).

    An id is a run of at least 7 hex digits, ``.`` and ``-`` (or ``0x`` and hex
    digits) that holds a digit with only hex letters before it and does not
    follow a letter, a digit, ``@``, ``_``, ``:`` or a run character: UUIDs,
    trace ids, pointers, long numbers, epoch timestamps, IPv4 addresses. Two
    properties make the masked message a sound cache key (the tests check both
    on the corpora with injected ids and on generated messages):

    * :func:`normalize_message` (hence :func:`fingerprint`) gives the same result
      for the masked message as for the original: it replaces such a run (and
      hex letters glued before it) by ``~`` as it does ``0``; ``:`` (ports),
      ``@`` (addresses) and ``_`` next to a run, and ``.de`` host suffixes,
      would change what it replaces, so such runs stay; messages longer than
      the fingerprint reads are not masked;
    * no evidence the rules read lives inside such a run: statuses, errnos and
      vendor codes are shorter (``000630``), follow a letter (``AADSTS50076``)
      or a run character (``ORA-00060``), and phrases are words.

    :func:`mask_ids` is this function, in C when the optional extension
    ``errorflow.classify._cfingerprint`` was compiled at install (:data:`NATIVE`).
    """
    if len(message) > MASK_CHARS:
        return message
    if not message.isascii():
        return _ID.sub("0", message)
    # An id lies inside a run of 7 or more run characters: ``re`` scans a character class at a
    # few ns per character and enters its matcher at every hex digit, while translating the bytes
    # to run / not run and finding "7 run characters" are single C loops. Messages without such a
    # run (most) are returned as they are; otherwise only the span from the character before the
    # first run to the end of the last one is scanned (a match begins in a run and ends in it,
    # and its look-behind sees that character), which gives what scanning the whole message does.
    shape = message.encode().translate(_RUN_SHAPE)
    first = shape.find(_SEVEN_RUN)
    if first < 0:
        return message
    start = first - 1 if first else 0
    end = shape.rfind(_SEVEN_RUN) + 7  # the last 7 run characters end the last run
    span = message[start:end]
    return message[:start] + (_ID if ".de" in span else _ID_NO_DE).sub("0", span) + message[end:]


# Each byte of an ASCII message as ``r`` (a character an id run may hold) or `` `` (any other).
_RUN_SHAPE: Final = bytes(ord("r") if chr(byte) in "0123456789ABCDEFabcdefx.-" else ord(" ") for byte in range(256))
_SEVEN_RUN: Final = b"r" * 7


class _Native(Protocol):
    """The optional C extension ``errorflow.classify._cfingerprint`` (setup.py)."""

    def mask_ids(self, message: str, /) -> str: ...
    def normalize_message(self, text: str, limit: int, /) -> str: ...
    def fingerprint_text(self, exc_type: str, text: str, frames: str, limit: int, /) -> bytes: ...


def _native() -> _Native | None:
    """The C build of :func:`mask_ids_python` and :func:`normalize_message_python`, or None where not compiled."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the pure-Python functions run
        return None
    return _cfingerprint


_NATIVE: Final = _native()
NATIVE: Final = _NATIVE is not None
"""Whether :func:`mask_ids` and :func:`normalize_message` run in C (the extension was compiled at install)."""


_SHA1: Final = hashlib.sha1(usedforsecurity=False)
"""An empty SHA-1, never updated: :func:`fingerprint` hashes into copies of it (about 0.07 µs a call less)."""

_MASK_NATIVE: Final = _NATIVE.mask_ids if _NATIVE is not None else None
_NORMALIZE_NATIVE: Final = _NATIVE.normalize_message if _NATIVE is not None else None
_FINGERPRINT_NATIVE: Final = _NATIVE.fingerprint_text if _NATIVE is not None else None


def _digest_native() -> Callable[[str, str, str, int], str] | None:
    """The extension's function that hashes the fingerprint's text too, or None where hashlib hashes it.

    Where the CPU has SHA instructions (``SHA1_INSTRUCTIONS``), ``fingerprint_digest``. Elsewhere (a portable SHA-1
    in C costs more than OpenSSL's per block) ``fingerprint_digest_libcrypto``: OpenSSL's SHA-1 called by the
    extension in the libcrypto hashlib loaded (imported above), where ``libcrypto_sha1()`` finds it there (glibc),
    without hashlib's objects. Otherwise None: hashlib hashes.
    """
    if _NATIVE is None:
        return None
    digest: Callable[[str, str, str, int], str] | None
    if getattr(_NATIVE, "SHA1_INSTRUCTIONS", False):
        digest = getattr(_NATIVE, "fingerprint_digest", None)
        return digest
    found: Callable[[], bool] | None = getattr(_NATIVE, "libcrypto_sha1", None)
    if found is None or not found():
        return None
    digest = getattr(_NATIVE, "fingerprint_digest_libcrypto", None)
    return digest


_DIGEST_NATIVE: Final = _digest_native()


# One function each, testing for the extension (not two definitions chosen by an ``if``): mypyc binds a call to a
# function of the module at compile time, and the engine's calls to these are direct calls when compiled.
def mask_ids(message: str) -> str:
    """Return the message with its ids replaced by ``0``: :func:`mask_ids_python`, in C (about 8x faster)."""
    native = _MASK_NATIVE
    if native is None:
        return mask_ids_python(message)
    return message if len(message) > MASK_CHARS else native(message)


def fingerprint(exc_type: str, message: str, traceback: str | None = None) -> str:
    """Return the 16-hex-character fingerprint of a failure: :func:`fingerprint_python`, in C for ASCII messages.

    For an ASCII message the extension normalises it and returns the bytes to hash in one call (no normalised
    string, joined text or encoding step); the extension hashes them too and returns the digits, with the CPU's SHA
    instructions (``fingerprint_digest``) or libcrypto's SHA-1 (``fingerprint_digest_libcrypto``), or, where it
    found neither, ``hashlib`` (OpenSSL's SHA-1) hashes them.
    """
    frames = "|".join(app_frames(traceback))
    native = _FINGERPRINT_NATIVE
    if native is not None:
        text = message[: MESSAGE_CHARS * 3]
        if _IS_ASCII(text):
            whole = _DIGEST_NATIVE
            if whole is not None:  # text and SHA-1 in one call (the CPU's SHA instructions, or libcrypto's SHA-1)
                return whole(exc_type, text, frames, MESSAGE_CHARS)
            digest = _SHA1.copy()  # a copy of an empty SHA-1: hashlib.sha1() looks the digest up by name each call
            digest.update(native(exc_type, text, frames, MESSAGE_CHARS))
            return digest.hexdigest()[:16]
    text = f"{exc_type}\n{normalize_message(message)}\n{frames}"  # _digest, inline: the fallback's cost as before
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def normalize_message(message: str) -> str:
    """Return the message normalised: :func:`normalize_message_python`, in C for ASCII text (about 5x faster)."""
    native = _NORMALIZE_NATIVE
    if native is None:
        return normalize_message_python(message)
    text = message[: MESSAGE_CHARS * 3]
    return native(text, MESSAGE_CHARS) if text.isascii() else normalize_message_python(message)
