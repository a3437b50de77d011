"""Types of the optional C extension built from _cfingerprint.c (it mirrors functions of fingerprint.py)."""

def mask_ids(message: str, /) -> str:
    """Return the message with its ids replaced by ``0``, without the length limit of fingerprint.mask_ids."""

def normalize_message(text: str, limit: int, /) -> str:
    """Return normalize_message_python(text)[:limit] for ASCII text of at most MESSAGE_CHARS * 3 characters."""

def literal_mask(table: bytes, text: str, /) -> int:
    """Return _literals.literal_mask_python(literals, text) for the table _literals.literal_table(literals) built."""
