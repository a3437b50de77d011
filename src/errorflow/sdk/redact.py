"""Redaction of secrets from input dumps before they leave the service.

The work is done by :class:`~errorflow.sdk.scrub.Scrubber` (key names and value
patterns); ``Redactor`` is its name where a caller only redacts inputs.
"""

from __future__ import annotations

from typing import Any

from errorflow.sdk.scrub import REDACTED, Scrubber

__all__ = ["REDACTED", "Redactor"]


class Redactor(Scrubber):
    """Replaces values whose key names a secret, and credentials found in any value, at any depth.

    A key matches when one of the configured words is a case-insensitive
    substring of it after ``-`` is folded to ``_`` (so ``X-Api-Key``,
    ``db_password`` and ``Authorization`` all match). Strings that start with
    bearer or basic credentials are redacted whole; other strings go through
    the scrubber's value patterns (URL passwords, tokens, keys).
    """

    def redact(self, value: Any) -> Any:
        """Return a copy of ``value`` with secret values replaced."""
        return self.scrub(value)
