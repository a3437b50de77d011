"""Which of a fixed set of literals a text holds, as one bit mask: the keys the evidence parser dispatches on.

The vendor-code readers of :mod:`errorflow.classify.evidence` each need some
substring in the message before their regex can match (``ORA-``, ``DB::Exception``,
``net::ERR_``). Testing each substring costs a scan of the message; testing a
few dozen of them costs more than the readers that end up running. A
:class:`Literals` set answers all of them at once: bit ``i`` of
:meth:`Literals.mask` is set when ``literals[i]`` occurs in the text.

:func:`literal_mask_python` is the specification. Where the optional C
extension ``errorflow.classify._cfingerprint`` was compiled (:data:`NATIVE`),
the mask is computed by its ``literal_mask`` in one walk over the text (a pair
of characters that starts no literal costs one bit test); without it, in
Python, a literal is looked for only in a text that holds its rarest character.

:class:`LiteralWords` is the same walk over up to four groups of at most
:data:`WORD_BITS` literals, one mask per group: each stays a small int, which
compiled code tests inline (a mask of more than 62 bits is a Python long, and
every ``&`` on it allocates one; the evidence parse made some twenty such tests
a link). :func:`literal_words_python` is its specification. An entry of a group is a literal or a tuple of
literals that share one bit (set when any of them occurs): a gate that many literals open costs one bit, and the walk
tests no alternative of a bit it has already set.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from functools import partial
from typing import Final

__all__ = [
    "MAX_LITERALS",
    "NATIVE",
    "WORDS",
    "WORD_BITS",
    "Entry",
    "LiteralWords",
    "Literals",
    "alternatives",
    "any_literal",
    "literal_mask_python",
    "literal_table",
    "literal_words_python",
]

MAX_LITERALS: Final = 256
"""Literals one set may hold (the C walk keeps its mask in four 64-bit words)."""

WORDS: Final = 4
"""Groups one :class:`LiteralWords` set may hold (the C walk's four 64-bit words)."""
WORD_BITS: Final = 62
"""Literals one group may hold: its mask stays below ``2**62``, a small int where the code is compiled."""

Entry = str | tuple[str, ...]
"""An entry of a :class:`LiteralWords` group: a literal, or literals that share one bit (any of them sets it)."""

_FIRST_CHARS: Final = 128  # literals are ASCII: their first character indexes the table
_WORD_SPAN: Final = 64  # bit 64 * k + j of the walk's mask is literal j of group k


def literal_mask_python(literals: Sequence[str], text: str) -> int:
    """Return the mask whose bit ``i`` is set when ``literals[i]`` occurs in ``text`` (the specification)."""
    mask = 0
    for bit, literal in enumerate(literals):
        if literal in text:
            mask |= 1 << bit
    return mask


def alternatives(entry: Entry) -> tuple[str, ...]:
    """The literals of a group's entry: itself, or the literals that share its bit."""
    return (entry,) if isinstance(entry, str) else entry


def literal_words_python(words: Sequence[Sequence[Entry]], text: str) -> tuple[int, int, int, int]:
    """One mask per group, 0 for absent groups (the specification).

    Bit ``j`` of mask ``k`` is set when ``words[k][j]``, or one of its literals, occurs.
    """
    masks = [
        sum(1 << bit for bit, entry in enumerate(group) if any(literal in text for literal in alternatives(entry)))
        for group in words
    ]
    masks += [0] * (WORDS - len(masks))
    return masks[0], masks[1], masks[2], masks[3]


def literal_table(literals: Sequence[str], bits: Sequence[int] | None = None) -> bytes:
    """The table the C walk reads: the literals' first two characters, and the literals grouped by the first.

    Layout: a bitmap of 128 x 128 bits (bit ``128 * first + second`` set when
    a literal starts with those two characters), 129 little-endian 16-bit
    offsets (the entries of first character ``c`` lie between offsets ``c``
    and ``c + 1`` of the entry area), then per literal one byte for its bit,
    one for its length and the characters after its first, the entries of one
    first character in the byte order of those characters (the walk stops at
    the first entry that departs from the text with a greater character: every
    entry after it departs there or before). Literal ``i``'s bit is ``bits[i]``
    (``i`` when none are given).
    """
    pairs = bytearray(_FIRST_CHARS * _FIRST_CHARS // 8)
    groups: list[list[bytes]] = [[] for _ in range(_FIRST_CHARS)]
    for bit, literal in zip(range(len(literals)) if bits is None else bits, literals, strict=True):
        encoded = literal.encode("ascii")
        pair = encoded[0] * _FIRST_CHARS + encoded[1]
        pairs[pair >> 3] |= 1 << (pair & 7)
        groups[encoded[0]].append(bytes((bit, len(encoded))) + encoded[1:])
    for group in groups:
        group.sort(key=lambda entry: entry[2:])  # by the characters after the first (an entry: bit, length, them)
    offsets = [0]
    for group in groups:
        offsets.append(offsets[-1] + sum(len(entry) for entry in group))
    header = struct.pack(f"<{_FIRST_CHARS + 1}H", *offsets)
    return bytes(pairs) + header + b"".join(entry for group in groups for entry in group)


def _native() -> Callable[[bytes, str], int] | None:
    """The C walk (``_cfingerprint.literal_mask(table, text)``), or None where the extension was not compiled."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the Python function runs
        return None
    return _cfingerprint.literal_mask


def _native_words() -> Callable[[bytes, str], tuple[int, int, int, int]] | None:
    """The C walk by words (``_cfingerprint.literal_words(table, text)``), or None (no extension)."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the Python function runs
        return None
    return getattr(_cfingerprint, "literal_words", None)


_NATIVE: Final = _native()
_NATIVE_WORDS: Final = _native_words()
NATIVE: Final = _NATIVE is not None
"""Whether :meth:`Literals.mask` runs in C (the extension was compiled at install)."""


class Literals:
    """A fixed set of ASCII literals, built once; :meth:`mask` says which of them a text holds."""

    __slots__ = ("literals", "mask")

    literals: tuple[str, ...]
    """The literals, bit ``i`` standing for ``literals[i]``."""
    mask: Callable[[str], int]
    """Return the bit mask of the literals that occur in a text."""

    def __init__(self, literals: Sequence[str], *, native: bool = True) -> None:
        self.literals = tuple(literals)
        if len(self.literals) > MAX_LITERALS:
            raise ValueError(f"at most {MAX_LITERALS} literals, not {len(self.literals)}")
        _check(self.literals)
        if native and _NATIVE is not None:
            self.mask = partial(_NATIVE, literal_table(self.literals))
        else:
            self.mask = partial(_guarded_mask, _guarded(self.literals))


class LiteralWords:
    """Up to :data:`WORDS` groups of at most :data:`WORD_BITS` literals each; :meth:`words` masks each group."""

    __slots__ = ("literals", "words")

    literals: tuple[tuple[Entry, ...], ...]
    """The groups, bit ``j`` of mask ``k`` standing for ``literals[k][j]`` (a literal, or literals sharing the bit)."""
    words: Callable[[str], tuple[int, int, int, int]]
    """Return the masks of the groups' literals that occur in a text, one per group, 0 for absent groups."""

    def __init__(self, words: Sequence[Sequence[Entry]], *, native: bool = True) -> None:
        self.literals = tuple(tuple(group) for group in words)
        if len(self.literals) > WORDS:
            raise ValueError(f"at most {WORDS} groups, not {len(self.literals)}")
        for group in self.literals:
            if len(group) > WORD_BITS:
                raise ValueError(f"at most {WORD_BITS} literals a group, not {len(group)}")
            for entry in group:
                if not alternatives(entry):
                    raise ValueError("an entry of shared literals holds at least one")
                _check(alternatives(entry))
        # one table entry per literal; the literals of a shared entry carry the same bit
        flat = [literal for group in self.literals for entry in group for literal in alternatives(entry)]
        bits = [
            _WORD_SPAN * word + bit
            for word, group in enumerate(self.literals)
            for bit, entry in enumerate(group)
            for _ in alternatives(entry)
        ]
        if native and _NATIVE_WORDS is not None:
            self.words = partial(_NATIVE_WORDS, literal_table(flat, bits))
        else:
            self.words = partial(_guarded_words, _guarded_by_word(flat, bits))


def any_literal(literals: Sequence[str]) -> Callable[[str], int] | None:
    """A walk whose result is non-zero exactly when a text holds one of ``literals``, or None.

    Every literal carries bit 0 of one :func:`literal_table`, so the C walk (``literal_mask``) returns 0 or 1: one
    pass over the text where ``any(literal in text for literal in literals)`` scans it once a literal. None where
    the extension was not compiled, for no literals, or where one is not ASCII of 2 to 255 characters (the caller
    tests them with ``in``).
    """
    if _NATIVE is None or not literals or not all(map(_fits, literals)):
        return None
    return partial(_NATIVE, literal_table(literals, [0] * len(literals)))


def _fits(literal: str) -> bool:
    """Whether a literal can go in a :func:`literal_table`: ASCII, 2 to 255 characters."""
    return 2 <= len(literal) <= 255 and literal.isascii()


def _check(literals: Sequence[str]) -> None:
    for literal in literals:
        if not _fits(literal):
            raise ValueError(f"literals are ASCII, 2 to 255 characters: {literal!r}")


def _guarded_words(
    groups: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...], text: str
) -> tuple[int, int, int, int]:
    """:func:`literal_words_python` in Python without the extension, as :func:`_guarded_mask` (by word, no long)."""
    words = [0, 0, 0, 0]
    for guard, group in groups:
        if guard in text:
            for literal, word, bit in group:
                if literal in text:
                    words[word] |= bit
    return words[0], words[1], words[2], words[3]


# Characters of the literals, the rarest in messages first (the share of the corpora's messages holding each, from
# 2 % for a tab to nearly all for a space): a literal is only looked for in a text holding its rarest character.
_GUARDS: Final = "\t#;<KQWYVGHB{=]\n[\"MUOLFDNPq_/IASRCk3',()-xwT4Evybg.fh:pmulcdsrinaote "


def _guarded(
    literals: Sequence[str], bits: Sequence[int] | None = None
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """The literals grouped under a character each holds (its rarest by ``_GUARDS``; its first when none is listed)."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for bit, literal in zip(range(len(literals)) if bits is None else bits, literals, strict=True):
        groups.setdefault(_guard(literal), []).append((literal, 1 << bit))
    return tuple((guard, tuple(group)) for guard, group in groups.items())


def _guarded_by_word(
    literals: Sequence[str], bits: Sequence[int]
) -> tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]:
    """:func:`_guarded`, each literal with its word (``bit // 64``) and its bit in that word."""
    groups: dict[str, list[tuple[str, int, int]]] = {}
    for bit, literal in zip(bits, literals, strict=True):
        groups.setdefault(_guard(literal), []).append((literal, bit // _WORD_SPAN, 1 << bit % _WORD_SPAN))
    return tuple((guard, tuple(group)) for guard, group in groups.items())


def _guard(literal: str) -> str:
    """The literal's rarest character by ``_GUARDS`` (its first when none is listed): absent, the literal is too."""
    return next((char for char in _GUARDS if char in literal), literal[0])


def _guarded_mask(groups: tuple[tuple[str, tuple[tuple[str, int], ...]], ...], text: str) -> int:
    """:func:`literal_mask_python` in Python without the extension: a group is skipped when its guard is absent."""
    mask = 0
    for guard, group in groups:
        if guard in text:
            for literal, bit in group:
                if literal in text:
                    mask |= bit
    return mask
