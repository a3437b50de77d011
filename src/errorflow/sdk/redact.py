"""Redaction of secrets from input dumps before they leave the service.

The work is done by :class:`~errorflow.sdk.scrub.Scrubber` (key names and value
patterns); ``Redactor`` is its name where a caller only redacts inputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from errorflow.sdk.scrub import REDACTED, Scrubber

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = ["REDACTED", "Redactor", "build_redactor"]


class Redactor(Scrubber):
    """Replaces values whose key names a secret, and values holding a credential, at any depth.

    A key matches when one of the configured words is a case-insensitive
    substring of it after ``-`` is folded to ``_`` (so ``X-Api-Key``,
    ``db_password`` and ``Authorization`` all match), or, for ``pass``, ``pwd``
    and ``auth``, when it is a word of the key (``DB_PASS``, ``X-Auth``; not
    ``author``). A value in which the
    scrubber's value patterns find a credential (a URL password, a token, a
    key) is replaced whole by ``REDACTED``, the marker recovery looks for.
    """

    def redact(self, value: Any) -> Any:
        """Return a copy of ``value`` with secret values replaced by ``REDACTED``."""
        return self.scrub_input(value)


def build_redactor(settings: Settings) -> Redactor:
    """The scrubber the settings describe (key names, value patterns, replacement).

    The one place it is built: the SDK scrubs input dumps with it, and the sink scrubs
    the input of a dead letter's command with it before ``dlq_entries`` stores it.
    """
    return Redactor(
        (*settings.sdk.redact_keys, *settings.sdk.scrub_keys),
        patterns=settings.sdk.scrub_patterns,
        replacement=settings.sdk.scrub_replacement,
        enabled=settings.sdk.scrub_values,
    )
