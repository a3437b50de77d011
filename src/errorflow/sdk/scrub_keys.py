r"""What a mapping key names, read by its word parts: a secret, secrets only in the plural (a count), or nothing.

A configured name (``password``, ``token``, ``api_key``) names a secret when it is a word part
of the key (``db_password``, ``accessToken``, ``X-Api-Key``, ``password2``) or ends one
(``dbpassword``, ``clientsecret``: names glued to a word before them). It does not when more
letters follow it in its part: ``tokenizer``, ``secretary``, ``passwordless`` and
``credentialing`` are other words, and hiding their values is not harmless: recovery refuses
to re-run a call whose input holds the redaction marker, so an over-redacted input turns a
retry into a dead letter. Nor does it when the next part says the key is *about* the secret,
not the secret (:data:`ABOUT_A_SECRET`: ``token_count``, ``token_type``, ``cookie_policy``,
``secret_name``, ``password_file``). Followed by ``s`` it names secrets in the plural
(``max_tokens``, ``api_keys``): a count when its value is a number.

Keys are read as they would be printed: ``\u`` escapes decoded (``"pass\u0077ord"``) and
compatibility characters folded (NFKC: ``password`` in fullwidth letters is ``password``), so a
key spelled to slip past a byte comparison names what it spells.

Pure: standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import Enum

__all__ = ["ABOUT_A_SECRET", "GLUED_OWNERS", "LAST_WORD_NAMES", "KeyName", "KeyReader", "plain_text"]

ABOUT_A_SECRET = frozenset(
    {
        *("count", "type", "kind", "format", "version", "name", "field", "policy", "hint"),
        *("limit", "min", "max", "length", "len", "size", "ttl", "age", "lifetime"),
        *("expiry", "expires", "expire", "expiration", "expired"),
        *("url", "uri", "endpoint", "path", "file", "dir", "arn", "ref", "reference"),
        *("domain", "samesite"),
    }
)
"""Words that, right after a secret's name, make the key name something about the secret, whose value is no
secret: ``token_count``, ``token_type`` (``Bearer``), ``token_expires_in``, ``token_url`` (an OAuth
endpoint), ``secret_name`` and ``secret_arn`` (which secret, in a vault), ``password_file`` (a path),
``password_min_length``, ``cookie_policy``, ``cookie_domain``. ``id`` is not among them:
``aws_access_key_id`` is half a credential."""

_ESCAPE = re.compile(r"\\+u([0-9a-fA-F]{4})")
"""A ``\\u`` escape, once or more escaped (JSON inside JSON doubles the backslash)."""
_CHUNKS = re.compile(r"[^\W_]+")
"""Runs of letters and digits: a key split at ``_ - .``, blanks and any other punctuation."""
_PARTS = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
"""An ASCII run's word parts: split at camelCase (``accessToken``: access, Token; ``HTTPAuth``: HTTP, Auth) and
at digits (``password2``: password, 2)."""
_SHORT_NAMES = frozenset({"pass", "pwd"})
GLUED_OWNERS = ("db", "pg", "my", "mysql", "sql", "mongo", "redis", "root", "admin", "user", "smtp", "ldap", "ftp")
_GLUED_SHORT_NAMES = frozenset(owner + name for owner in GLUED_OWNERS for name in _SHORT_NAMES)
"""``pass`` and ``pwd`` glued to a word that says whose password it is (``DBPASS``, ``PGPASS``, ``rootpwd``): the
usual prefixes only, since ``bypass``, ``compass``, ``surpass`` end in ``pass`` too."""
LAST_WORD_NAMES = frozenset({"jwt", "otp", "totp", "hotp", "cvv", "cvc", "pin", "creds"})
"""Configured names that name a secret only as a key's last word (digits after it aside: ``cvv2``), or before
:data:`_LAST_WORD_FOLLOWERS`: ``pin``, ``card_pin``, ``cardPin``, ``pin_code``, ``TOTP``, ``id_jwt``, ``aws_creds``;
not ``pinned``, ``spinner``, ``option``, and not a key about the secret that goes on after it: ``otp_enabled``,
``otp_sent_at``, ``cvc_check`` (Stripe's verdict: ``pass``), ``jwt_algorithm``, ``creds_file``. Short words that
are parts of other words (``pin`` of ``spin``) and keys whose next words are settings, not the secret."""
_LAST_WORD_FOLLOWERS = frozenset({"code", "value", "number", "digits"})
"""Words after a :data:`LAST_WORD_NAMES` name that still name the secret: ``pin_code``, ``otpCode``, ``cvv_value``."""


class KeyName(Enum):
    """What a mapping key names: nothing secret, a secret, or secrets only in the plural (a count's name)."""

    PLAIN = "plain"
    SECRET = "secret"
    COUNTS = "counts"


def _unescaped(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate spells no letter


def plain_text(text: str) -> str:
    r"""``text`` as it reads: ``\u`` escapes decoded, compatibility characters folded (NFKC); ``text`` itself if so."""
    plain = _ESCAPE.sub(_unescaped, text) if "\\" in text and "u" in text else text
    if not plain.isascii() and not unicodedata.is_normalized("NFKC", plain):
        plain = unicodedata.normalize("NFKC", plain)
    return text if plain == text else plain


def key_parts(key: str) -> list[str]:
    """The lower-case word parts of ``key`` as it reads (:func:`plain_text`)."""
    parts: list[str] = []
    for chunk in _CHUNKS.findall(plain_text(key)):
        if chunk.isascii():
            parts.extend(part.lower() for part in _PARTS.findall(chunk))
        else:  # no ASCII camelCase to split; a configured name in another script is matched whole
            parts.append(chunk.casefold())
    return parts


class KeyReader:
    """Reads what a key names, for the configured secret key names.

    Args:
        names: the configured key names (``api_key``, ``password``...); punctuation in them is ignored,
            so ``api_key`` matches ``apiKey``, ``API-KEY`` and ``apikey``.
        short: ``pass`` and ``pwd`` name a password as a key's last part (``DB_PASS``, ``MYSQL_PWD``), also
            glued to a usual owner (``DBPASS``, ``PGPASS``).

    Names among :data:`LAST_WORD_NAMES` match only as the key's last word (or before ``code``...).
    """

    def __init__(self, names: Iterable[str], *, short: bool) -> None:
        folded_all = {"".join(_CHUNKS.findall(name.casefold())) for name in names} - {""}
        self._last = frozenset(folded_all & LAST_WORD_NAMES)
        folded = sorted(folded_all - LAST_WORD_NAMES, key=len, reverse=True)
        # The parts joined by "_": a name may span parts ("api_key" in "x_api_key") or end the first one
        # ("db" glued before "password"), never run into more letters; the part after it is kept to read.
        spelled = "|".join("_?".join(re.escape(char) for char in name) for name in folded)
        self._names = re.compile(r"(?:^|_)[^_]*?(?:" + (spelled or "(?!)") + r")(?P<plural>s?)(?=_(?P<next>[^_]+)|$)")
        self._short = short

    def read(self, key: str) -> KeyName:
        """What ``key`` names (see the module's docstring)."""
        parts = key_parts(key)
        if self._short and parts and (parts[-1] in _SHORT_NAMES or parts[-1] in _GLUED_SHORT_NAMES):
            return KeyName.SECRET
        if self._last and self._names_last(parts):
            return KeyName.SECRET
        counts = False
        for match in self._names.finditer("_".join(parts)):
            if match.group("plural"):
                counts = True
            elif match.group("next") not in ABOUT_A_SECRET:
                return KeyName.SECRET
        return KeyName.COUNTS if counts else KeyName.PLAIN

    def _names_last(self, parts: list[str]) -> bool:
        """Whether a :data:`LAST_WORD_NAMES` name is the last word of the key, or before a follower (``pin_code``)."""
        words = [part for part in parts if not part.isdigit()]  # cvv2, pin1: the digits are not a word
        if not words:
            return False
        return words[-1] in self._last or (
            len(words) > 1 and words[-1] in _LAST_WORD_FOLLOWERS and words[-2] in self._last
        )
