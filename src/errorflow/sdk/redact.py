"""Redaction of secrets from input dumps before they leave the service."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["REDACTED", "Redactor"]

REDACTED = "***REDACTED***"


class Redactor:
    """Replaces values whose key names a secret, at any depth of a JSON-like value.

    A key matches when one of the configured words is a case-insensitive
    substring of it after ``-`` is folded to ``_`` (so ``X-Api-Key``,
    ``db_password`` and ``Authorization`` all match). Strings that look like
    bearer or basic credentials are redacted wherever they appear.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self._words = tuple(word.lower().replace("-", "_") for word in keys)

    def is_secret_key(self, key: str) -> bool:
        """Tell whether a key names a secret."""
        folded = key.lower().replace("-", "_")
        return any(word in folded for word in self._words)

    def redact(self, value: Any) -> Any:
        """Return a copy of ``value`` with secret values replaced by ``REDACTED``."""
        if isinstance(value, Mapping):
            return {
                str(key): REDACTED if self.is_secret_key(str(key)) else self.redact(item) for key, item in value.items()
            }
        if isinstance(value, (list, tuple)):
            return [self.redact(item) for item in value]
        if isinstance(value, str) and value[:7].lower() in ("bearer ", "basic "):
            return REDACTED
        return value
