"""Types of the optional C extension built from _cfingerprint.c (it mirrors functions of fingerprint.py)."""

from typing import Any, TypeVar

_T = TypeVar("_T")

def mask_ids(message: str, /) -> str:
    """Return the message with its ids replaced by ``0``, without the length limit of fingerprint.mask_ids."""

def normalize_message(text: str, limit: int, /) -> str:
    """Return normalize_message_python(text)[:limit] for ASCII text of at most MESSAGE_CHARS * 3 characters."""

def fingerprint_text(exc_type: str, text: str, frames: str, limit: int, /) -> bytes:
    """Return the bytes fingerprint.fingerprint_python hashes, for ASCII text of at most MESSAGE_CHARS * 3 chars."""

def fingerprint_digest(exc_type: str, text: str, frames: str, limit: int, /) -> str:
    """Return fingerprint_python's 16 hex digits for that text, hashed with the CPU's SHA instructions.

    Defined on x86-64 builds; call it only where SHA1_INSTRUCTIONS is present (the CPU has them).
    """

SHA1_INSTRUCTIONS: int
"""Present (1) only where the CPU has the SHA instructions fingerprint_digest uses."""

def libcrypto_sha1() -> bool:
    """Find SHA-1 in the libcrypto the process has loaded (hashlib's), once; whether it was found (glibc builds)."""

def fingerprint_digest_libcrypto(exc_type: str, text: str, frames: str, limit: int, /) -> str:
    """Return fingerprint_digest's answer hashed by libcrypto's SHA-1 (only after libcrypto_sha1() returned True)."""

def literal_mask(table: bytes, text: str, /) -> int:
    """Return _literals.literal_mask_python(literals, text) for the table _literals.literal_table(literals) built."""

def literal_words(table: bytes, text: str, /) -> tuple[int, int, int, int]:
    """Return literal_mask's four 64-bit words, lowest first (the table of _literals.LiteralWords: one group a word)."""

def phrase_starts(table: bytes, text: str, /) -> list[int] | None:
    """Return _phrases.phrase_starts_python(prefixes, text) for the table _phrases.phrase_table(prefixes) built."""

def literal_at(table: bytes, text: str, start: int, /) -> int:
    """Return _phrases.literal_at_python(literals, text, start) for the table _phrases.literal_table(literals) built."""

def blank_urls(text: str, /) -> str | None:
    """Return evidence._URL.sub(" ", text) for ASCII text, None for any other text."""

def lower_ascii(text: str, /) -> str | None:
    """Return text.lower() for ASCII text, None for any other text."""

def slot_names(cls: type, /) -> tuple[str, ...]:
    """Return the names of the slots of a class whose instances hold only object slots, in storage order."""

def new_slotted(cls: type[_T], /, *values: object) -> _T:
    """Return an instance of cls with its slots (in slot_names order) set to values, without calling __init__."""

def slot_values(obj: object, /) -> tuple[Any, ...]:
    """Return the values of an instance's slots, in slot_names order (a class whose instances hold only its slots)."""

SOURCE_DIGEST: str
"""The digest of _cfingerprint.c the extension was built from (errorflow.classify._native.extension_digest)."""
