r"""Exact byte-level pre-filters: skip a record's decoding when it cannot be one a consumer acts on.

The classifier and the recovery agent read every record of ``taskruns.events`` and act
on failures only (recovery only on those of direct calls). A filter here answers False
only when no decoding of the bytes can give the string value it looks for, so a record it
skips is always one its consumer would have ignored (never a false negative); a True
costs only the decode that would have happened anyway (a false positive). The
reasoning, for a JSON string that decodes to a word of letters and underscores:

- written without escapes, it appears in the bytes as ``"word"`` (quotes included);
- the only JSON escape that can give a letter or an underscore is ``\uXXXX`` (the short
  escapes ``\" \\ \/ \b \f \n \r \t`` give none), so an escaped spelling such as
  ``"\u0066ailed"`` means the bytes hold ``\u``: any record holding it is let through.

Key order, whitespace, duplicate keys (the decoders keep the last) and the same word
elsewhere in the record (a message, another field) can only make a filter answer True.
``tests/unit/schemas/test_prefilter.py`` holds the filters to the decoders on hostile
encodings.

Each word costs a search of the record's bytes (about 0.3-0.5 µs for 1 KB here): as much
as decoding a few fields with msgspec. So a filter pays only in front of a costly decode
(the contract model, about 10 µs); the watchdog, the anomaly agent and the breaker feed,
which read through msgspec, were measured no faster with one and have none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MayHoldString"]

_ESCAPE = b"\\u"
_SAFE = re.compile(r"[A-Za-z0-9_.:-]+")
"""Characters no short JSON escape produces (and none needing one): a word of them can only be escaped as ``\\u``."""


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
        # A one-byte search first: most records hold no backslash at all, and it is the cheaper search.
        return b"\\" in value and _ESCAPE in value
