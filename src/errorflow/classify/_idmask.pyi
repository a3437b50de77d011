"""Types of the optional C extension built from _idmask.c (see fingerprint.mask_ids_python)."""

def mask_ids(message: str, /) -> str:
    """Return the message with its ids replaced by ``0``, without the length limit of fingerprint.mask_ids."""
