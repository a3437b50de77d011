r"""Exact byte-level pre-filters: skip a record's decoding when it cannot be one a consumer acts on.

Several consumers of ``taskruns.events`` act on few of its records: the classifier and
the recovery agent on failures (recovery only on those of direct calls), the watchdog
on signs of life, the breaker feed on finished runs of a dependency, the anomaly agent
on finished attempts. Decoding a record costs 1-10 µs; asking whether its bytes could
hold the one string value that matters costs a fraction of that.

A filter here answers False only when no decoding of the bytes can give the value it
looks for, so a record it skips is always one its consumer would have ignored (never a
false negative); a True costs only the decode that would have happened anyway (a false
positive). The reasoning, for a JSON string that decodes to a word of letters and
underscores:

- written without escapes, it appears in the bytes as ``"word"`` (quotes included);
- the only JSON escape that can give a letter or an underscore is ``\uXXXX`` (the short
  escapes ``\" \\ \/ \b \f \n \r \t`` give none), so an escaped spelling such as
  ``"\u0066ailed"`` means the bytes hold ``\u``: any record holding it is let through.

Key order, whitespace, duplicate keys (the decoders keep the last) and the same word
elsewhere in the record (a message, another field) can only make a filter answer True.
``tests/unit/schemas/test_prefilter.py`` holds every filter to its decoder on hostile
encodings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MayHoldString", "MayHoldStringField"]

_ESCAPE = b"\\u"
_SAFE = re.compile(r"[A-Za-z0-9_.:-]+")
"""Characters no short JSON escape produces (and none needing one): a word of them can only be escaped as ``\\u``."""
_JSON_SPACE = rb"[ \t\n\r]*"


def _checked(words: Iterable[str]) -> tuple[str, ...]:
    found = tuple(words)
    if not found:
        raise ValueError("a pre-filter needs at least one word")
    for word in found:
        if not _SAFE.fullmatch(word):
            raise ValueError(f"{word!r}: a pre-filter word must be letters, digits, '_', '.', ':' or '-'")
    return found


class MayHoldString:
    """Whether a record's bytes may hold a JSON string equal to one of ``words`` (False: it cannot)."""

    __slots__ = ("_needles", "words")

    def __init__(self, *words: str) -> None:
        self.words = _checked(words)
        self._needles = tuple(b'"' + word.encode() + b'"' for word in self.words)

    def __call__(self, value: bytes | None) -> bool:
        """False only when no JSON string in ``value`` decodes to one of the words."""
        if not value:
            return False
        for needle in self._needles:
            if needle in value:
                return True
        return _ESCAPE in value


class MayHoldStringField:
    r"""Whether a record's bytes may give ``field`` a string value (False: it is missing, null or not a string).

    A string value of the key is written ``"field"``, JSON whitespace, a colon, JSON whitespace,
    then its opening quote; an escaped key needs ``\u``, which lets the record through.
    """

    __slots__ = ("_pattern", "field")

    def __init__(self, field: str) -> None:
        (self.field,) = _checked((field,))
        self._pattern = re.compile(b'"' + re.escape(field.encode()) + b'"' + _JSON_SPACE + b":" + _JSON_SPACE + b'"')

    def __call__(self, value: bytes | None) -> bool:
        """False only when no decoding of ``value`` can give the field a string value."""
        if not value:
            return False
        return self._pattern.search(value) is not None or _ESCAPE in value
