"""Data scrubbing: secrets found by key name or by value pattern never leave the service.

Modelled on Sentry's data scrubbing: a value is replaced when its *key* names a
secret (``password``, ``api_key``, ``Authorization``...) and text is rewritten
wherever a *value pattern* finds a credential, whatever the key. A key names a
secret when a configured name is one of its word parts or ends one (``db_password``,
``accessToken``, ``dbpassword``; not ``tokenizer``, ``secretary``, nor ``token_count``,
whose next part says it is about a secret: :mod:`.scrub_keys`), or, for names too
short for that (``pass``, ``pwd``, ``auth``), when the name is a whole word of the key
(``DB_PASS``, ``X-Auth``, ``authHeader``; not ``bypass``, ``author``, ``OAuthProvider``).
``pin``, ``otp``, ``cvv``, ``jwt``, ``creds`` and the like name a secret only as the key's last word
(``card_pin``, ``cardPin``, ``pin_code``; not ``spinner``, ``otp_enabled``, ``cvc_check``: :mod:`.scrub_keys`).
Keys and text are also read with their escapes decoded, HTML character references too (``password&#61;...``,
``&quot;token&quot;: ...``), and compatibility characters folded (NFKC), so ``pass`` + an escaped ``w`` +
``ord`` and a fullwidth ``password`` are read as the name:

========================  ==================================================
rule                      replaced
========================  ==================================================
``private_key``           PEM private key blocks (``-----BEGIN ... PRIVATE KEY-----``, PGP's ``... KEY BLOCK``)
``url_password``          the password of ``scheme://user:password@host``, also ``//user:password@host``
``dsn_password``          the password of a schemeless ``user:password@host:5432/db`` (before a port or a path),
                          or of one quoted whole (``'app:pw@dbhost'``)
``oracle_connect``        the password of an Oracle ``user/password@host`` connect string, in text that speaks of
                          Oracle (``ORA-``, ``sqlplus``, ``oracle``, ``tns``, ``1521``)
``url_token``             a token as the user of ``scheme://TOKEN@host`` (20+ letters and digits, both)
``bearer``                the token after ``Bearer`` or ``Bearer:`` (a word that looks like one)
``basic``                 the credential after ``Basic`` (base64 of ``user:password``)
``aws_access_key_id``     ``AKIA...`` / ``ASIA...`` access key ids
``aws_secret_key``        40-character mixed-case base64 words (AWS secret keys)
``jwt``                   JSON web tokens: JWS (``eyJ...``.``eyJ...``.signature, or any payload under a
                          header with ``alg``) and JWE (five segments), also wrapped over lines at a ``.``
                          or inside a segment (a piece joined when it runs to its line's end or a ``.``)
``vendor_token``          tokens by their vendor's documented prefix and shape: GitHub (``ghp_``, ``gho_``,
                          ``ghu_``, ``ghs_``, ``ghr_``, ``github_pat_``), Stripe (``sk_live_``, ``rk_live_``,
                          ``sk_test_``, ``whsec_``), Slack (``xoxb-``, ``xoxp-``, ``xapp-``...), Google
                          (``AIza``, ``ya29.``, ``GOCSPX-``), OpenAI / Anthropic (``sk-``, ``sk-proj-``,
                          ``sk-ant-``), GitLab (``glpat-``, ``glrt-``, ``gldt-``...), npm (``npm_``), SendGrid
                          (``SG.``), Twilio (``SK`` + 32 hex), Hugging Face (``hf_``), PyPI (``pypi-``), DigitalOcean
                          (``dop_v1_``), Shopify (``shpat_``...), Vault (``hvs.``), Grafana (``glsa_``),
                          Postman (``PMAK-``), age (``AGE-SECRET-KEY-1``)
``random_token``          a token of any vendor by the shape the catalogues' formats share (gitleaks, trufflehog):
                          an optional short prefix (``pplx-``, ``sntryu_``, ``dckr_pat_``) and a random body of
                          letters and digits (26+ of mixed case, 32+ of one case, 40+ hex after a prefix);
                          parts joined by dots read as one; base64 of text holding a secret. Hex alone, UUIDs,
                          names, base64 of text and ids of 24 or fewer (``pi_`` + 24) stay
``webhook_url``           the path of an incoming webhook's URL (it is the credential): Slack's
                          ``hooks.slack.com/services/...``, Teams' ``webhook.office.com/webhookb2/...``, Discord's
                          ``/api/webhooks/...``
``azure_key``             ``AccountKey=`` / ``SharedAccessKey=`` / ``SharedAccessSignature=`` of an Azure
                          connection string
``signed_url``            a signed URL's signature: ``?...&sig=`` (Azure SAS), ``X-Amz-Signature=``,
                          ``X-Amz-Credential=``, ``&Signature=`` (AWS), ``X-Goog-Signature=``, ``X-Goog-Credential=``
``yaml_key_value``        the value on the lines below a secret YAML key (``password:`` then an indented
                          line, block scalars ``|`` / ``>``, a list's ``- `` items at the key's indentation)
``urlencoded_key_value``  a pair URL-encoded once or more: ``password%3D...``, ``%22token%22%3A%22...``
``cli_flag``              the argument after ``--password``, ``--api-key``... on a command line, also as the
                          list a ``CalledProcessError`` prints (``'--password', '...'``)
``cli_short_flag``        ``mysql -pSECRET``, ``sshpass -p SECRET``, the password of ``curl -u user:pw``
                          (``--user``, ``-U``, ``--proxy-user``): only on a line of such a command
``auth_key_value``        the value of ``auth=...``, ``X-Auth: ...``, ``authHeader=...`` (``auth`` as a word of
                          the key, never ``author=``, ``oauth=``)
``key_value``             the value of ``password=...``, ``token: ...``, ``?api_key=...``,
                          ``"secret": "..."``, ``'secret' => '...'`` (a key naming a secret as a mapping's
                          key would), also in a JSON document escaped inside a string once or more, as
                          bytes' repr (``'token': b'...'``), a flat list, object or tuple
                          (``{'password': ['...']}``: Django's ``QueryDict``), and with an unclosed quote
``short_key_value``       the value of ``pass=...``, ``pwd=...``, ``DB_PASS=...``, ``"pwd": "..."`` (short names
                          only as a whole word at the key's end, or glued to a usual owner: ``DBPASS=``,
                          ``PGPASS=``; ``bypass=``, ``passed=`` are left alone, and so is a shell's working
                          directory ``PWD=/srv/app``)
``pair_key_value``        the value of a ``('Authorization', '...')`` pair in a list of pairs printed as text
                          (werkzeug's ``Headers``, an ASGI scope's ``(b'x-api-key', b'...')``), under a secret key
``xml_element``           the text of an XML element named by a secret key (``<password>...</password>``, a SOAP
                          request's ``<wsse:Password Type="...">...</wsse:Password>``), CDATA too
``xml_attribute``         the ``value="..."`` of an element whose ``key=`` or ``name=`` attribute names a secret
                          (``<add key="ClearTextPassword" value="..."/>``, ``<property name="password" value="..."/>``)
``cookie_header``         the whole value of a ``Cookie:`` / ``Set-Cookie:`` header line
``authorization_header``  an ``Authorization:`` header's scheme and credentials whatever the scheme (``Bot``,
                          ``SSWS``, ``SharedKey``, AWS SigV4's ``Credential=..., Signature=...``, Digest's
                          parameters), when a credential follows the scheme: to the line's end on a header's
                          own line, to the closing quote inside a string
``validation_input``      pydantic's ``input_value=...`` under a field with such a name
========================  ==================================================

It runs on every failure (message, traceback, error context, item errors) and
on every input dump, so it is built to be cheap: patterns are compiled once,
and each rule runs only when a literal it needs (``://``, ``bearer``,
``AKIA``, a key name...) occurs in the text; short text is skipped outright.

Pure: standard library only.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import html
import json
import re
import string
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import Enum
from typing import Any

from errorflow.redacted import REDACTED
from errorflow.safetext import safe_repr
from errorflow.sdk.scrub_keys import GLUED_OWNERS, LAST_WORD_NAMES, KeyName, KeyReader, plain_text
from errorflow.settings import DEFAULT_REDACT_KEYS

__all__ = ["DEFAULT_SCRUB_KEYS", "REDACTED", "Scrubber"]

DEFAULT_SCRUB_KEYS: tuple[str, ...] = DEFAULT_REDACT_KEYS
"""Key names whose values are secrets (case-insensitive; ``-`` counts as ``_``)."""

_MIN_SCRUB_LENGTH = 6  # "pwd=ab" is the shortest text any built-in rule changes
_AWS_KEY_PREFIXES = ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA", "A3T")
_MAX_DEPTH = 64
_MAX_KNOWN_KEYS = 4_096  # key names whose verdict is remembered; others are checked each time
_UNSCRUBBED = frozenset({int, float, bool, type(None)})  # values no rule can find a secret in
_NO_TEXT = (int, float, date, time, timedelta, uuid.UUID)  # sent as numbers, times or ids: no secret either
_SHORT_TEXT = 256  # below, one alternation search beats a substring scan per literal; above, the reverse
_ID_CHARS = "0123456789abcdef-"
"""The characters of the ids records carry (UUIDs, hex run ids, fingerprints): :meth:`Scrubber.may_hold_secret_in`."""
_MAX_CLEAN_TEXTS = 8_192  # texts remembered as clean by may_hold_secret_in (then forgotten all at once)
_MAX_CLEAN_LENGTH = 512  # longer texts (tracebacks) are not remembered: they rarely repeat; the memo stays under ~5 MB

# Vendor tokens by the prefix and shape each vendor documents (a prefix exists so scanners can find them):
# - GitHub: ghp_/gho_/ghu_/ghs_/ghr_ + base62, "plan to support tokens up to 255 characters"
#   (github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available);
#   fine-grained github_pat_ + 22 + "_" + 59.
# - Stripe: sk_/rk_ + live_/test_ secret and restricted keys, whsec_ webhook signing secrets
#   (docs.stripe.com/keys); pk_ keys are publishable and left alone.
# - Slack: xoxb- (bot), xoxp- (user), xoxa-/xoxr- (app/refresh), xoxe-, xapp- (app-level)
#   (api.slack.com/authentication/token-types).
# - Google API keys: AIza + 35 of [A-Za-z0-9_-] (the shape gitleaks' gcp-api-key rule reads).
# - OpenAI: sk- + 48 alphanumerics (legacy), sk-proj-/sk-svcacct-/sk-admin- + [A-Za-z0-9_-];
#   Anthropic: sk-ant-api03-/sk-ant-admin01- + [A-Za-z0-9_-] (secretlint-rule-anthropic, gitleaks' rules).
# - GitLab's tokens gl<kind>- + 20 or more: personal (glpat-), deploy (gldt-), runner (glrt-), CI job (glcbt-),
#   feed, incoming mail, SCIM, feature flag, agent, OAuth app, pipeline trigger
#   (docs.gitlab.com/ee/security/tokens/#token-prefixes; gitleaks' gitlab-* rules).
# - npm granular/automation tokens npm_ + 36 (github.blog/2021-09-23-announcing-npms-new-access-token-format).
# - SendGrid: SG. + 22 + "." + 43 (the shape gitleaks' sendgrid-api-token rule reads).
# - Twilio API key SIDs: SK + 32 hex (twilio.com/docs/iam/api-keys; gitleaks' twilio-api-key rule).
# - The shapes gitleaks' rules read for: Hugging Face hf_ + 34 letters, PyPI upload tokens (pypi- + the
#   base64 of "pypi.org" macaroon header), DigitalOcean dop_/doo_/dor_v1_ + 64 hex, Shopify shpat_/shpca_/
#   shppa_/shpss_ + 32 hex, HashiCorp Vault service tokens hvs., Grafana service accounts glsa_, Postman
#   PMAK-, Google OAuth access tokens ya29. and client secrets GOCSPX-, age secret keys.
# Every repeat is bounded and the match must start after a character that cannot be inside a token, so
# "task-..." or "TASK" never start one; each vendor's literal is the rule's prefilter.
_VENDOR_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    r"gh[pousr]_[A-Za-z0-9]{30,251}"
    r"|github_pat_[A-Za-z0-9_]{30,244}"
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}"
    r"|whsec_[A-Za-z0-9+/=]{20,128}"
    r"|xox[abposre]-[A-Za-z0-9\-]{10,250}"
    r"|xapp-[A-Za-z0-9\-]{10,250}"
    r"|AIza[A-Za-z0-9_\-]{35}(?![A-Za-z0-9_\-])"
    r"|sk-(?:(?:proj|svcacct|admin)-|ant-[a-z]{3,8}[0-9]{0,3}-)[A-Za-z0-9_\-]{20,250}"
    r"|sk-[A-Za-z0-9]{32,64}(?![A-Za-z0-9_\-])"
    r"|gl(?:pat|dt|ft|rt|cbt|imt|soat|ffct|agent|oas|ptt)-[A-Za-z0-9_\-]{20,300}"
    r"|npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"
    r"|SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}"
    r"|SK[0-9a-fA-F]{32}(?![A-Za-z0-9])"
    r"|hf_[A-Za-z]{34}(?![A-Za-z0-9])"
    r"|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,250}"
    r"|do[opr]_v1_[a-f0-9]{64}"
    r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
    r"|hvs\.[A-Za-z0-9_\-]{24,250}"
    r"|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"
    r"|PMAK-[a-f0-9]{24}-[a-f0-9]{34}"
    r"|ya29\.[A-Za-z0-9_\-]{20,2048}"
    r"|GOCSPX-[A-Za-z0-9_\-]{24,40}(?![A-Za-z0-9_\-])"
    r"|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{50,70}"
    r")"
)
_VENDOR_PREFIXES = (
    *("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    *("sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_"),
    *("xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xapp-"),
    *("AIza", "sk-", "npm_", "SG.", "SK"),
    *("glpat-", "gldt-", "glft-", "glrt-", "glcbt-", "glimt-", "glsoat-", "glffct-", "glagent-", "gloas-", "glptt-"),
    # Literals the newer shapes hold, chosen to start with a rare character (each first character the
    # gates try costs at every position that has it): "_v1_" of DigitalOcean, the macaroon of PyPI.
    *("hf_", "AgEIcHlwaS5vcmc", "_v1_", "shpat_", "shpca_", "shppa_", "shpss_"),
    *("hvs.", "glsa_", "PMAK-", "ya29.", "GOCSPX-", "AGE-SECRET-KEY-1"),
)
_JWT_DOT = r"(?:[ \t]{0,16}\r?\n[ \t]{0,16}\.|\.(?:[ \t]{0,16}\r?\n[ \t]{0,16})?)"
"""A compact token's ``.``, also where a line break (and indentation) falls before or after it: a token
wrapped over lines in a log, a message or a YAML block."""
_JWT_PIECE = r"(?<=[A-Za-z0-9_.\-]{8})[ \t]{0,16}\r?\n[ \t]{0,16}[A-Za-z0-9_\-]+(?=[ \t]{0,16}(?:\r?\n|\Z)|\.)"
"""A segment's piece after a line break: a token wrapped at a column (a log's or a terminal's width) breaks
inside segments too. A piece is joined only when it runs to its line's end or to a dot (a word alone on the
next line is taken for one; "Content-Type: x" is not), after a line ending in 8 token characters. A last
segment broken where more text follows its last piece on that line keeps that piece (a partial signature)."""
_JWT_SEGMENT = rf"[A-Za-z0-9_\-]*(?:{_JWT_PIECE}){{0,64}}"
"""A segment, unbounded: an identity provider's token with many claims (or an ``x5c`` header) runs to tens of
KB, and segments are runs of one class between dots, so the pattern backtracks linearly over them. At most 64
pieces; the header at most 3 (below): a start reads past its own line only after a header and a dot, so text
of many "eyJ..." lines, each a start, costs linear time."""
_JWT = re.compile(
    rf"(?<![A-Za-z0-9_\-])(?P<header>eyJ[A-Za-z0-9_\-]{{4,}}(?:{_JWT_PIECE}){{0,2}})"
    rf"(?P<second>{_JWT_DOT}{_JWT_SEGMENT}){_JWT_DOT}{_JWT_SEGMENT}(?:(?:{_JWT_DOT}{_JWT_SEGMENT}){{2}})?"
)
"""A compact JWS (three segments) or JWE (five), whose header is ``{"`` in base64url; :func:`_is_jwt` decides."""
_AWS_SECRET_LENGTH = 40
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+._\-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=._\-])")
_BASE64_RUN = b"a" * _AWS_SECRET_LENGTH
_KEYED_RULES = frozenset(
    {
        "key_value",
        "yaml_key_value",
        "urlencoded_key_value",
        "cli_flag",
        "auth_key_value",
        "pair_key_value",
        "xml_element",
        "xml_attribute",
    }
)
"""Rules that run only where a key name occurs: the sink's cheap check suspects the names, not their literals."""
_TEXT_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
"""The characters of a key in text (``db.password``, ``X-Api-Key``), read back from a key name to the key's start."""
_ORACLE_WORDS = ("ora", "sqlplus", "tns", "1521")
"""Words of text about an Oracle connection (``ORA-01017``, ``cx_Oracle``, ``oracledb``, ``sqlplus``, ``TNS``, 1521)."""
_PASSWORD_COMMANDS = ("mysql", "mariadb", "sshpass", "curl")
"""Commands whose short flags take a password (``mysql -pSECRET``, ``sshpass -p SECRET``, ``curl -u user:pw``)."""
_COMMAND = re.compile(r"(?<![a-z0-9_\-])(?:mysql[a-z]{0,8}|mariadb[a-z\-]{0,8}|sshpass|curl)(?![a-z0-9_\-])")
"""Those commands' names as words (``mysqldump``, ``mariadb-dump`` too), in a line read back from a flag."""
_WORD_KEYS = frozenset({"auth"})
"""Key names that are secret only as a whole word of the key (:data:`_KEY_WORDS`): ``auth``, ``X-Auth``,
``authHeader``, ``basic_auth``; as a substring ``auth`` would also hide ``author``, ``authority`` and
``oauth_provider_name``. They come with ``authorization`` among the configured names."""
_KEY_WORDS = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]*[a-z0-9]+|[A-Z]+[0-9]*")
"""The words of a key: split at ``_ - .`` and blanks, and at camelCase (``authHeader``: auth, Header;
``HTTPAuth``: HTTP, Auth). A single capital before a word stays with it (``OAuth`` is one word, so is
``XAuth``), and digits stay with their word (``auth0_domain`` names the Auth0 vendor, not a secret)."""
_WORD_KEY_TEXT = (
    r"(?:auth(?<![A-Za-z0-9]auth)(?![a-z0-9])|AUTH(?<![A-Za-z0-9]AUTH)(?![A-Za-z0-9])"
    r"|Auth(?<!(?<![A-Z])[A-Z]Auth)(?<![0-9]Auth)(?![a-z0-9]))"
)
"""``auth`` as a word of a key in text (case-sensitive): ``auth=``, ``X-Auth:``, ``HTTP_AUTH=``, ``authHeader=``,
``xAuth=``; never ``author=``, ``oauth=``, ``OAuth:`` or ``AUTHOR=``. Keeps to :data:`_KEY_WORDS`' reading.
The word comes first and its boundaries are checked behind it, so the engine scans for the literal."""


_HTML_REFERENCE = r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});"
"""An HTML character reference (``&#61;``, ``&#x3D;``, ``&quot;``, ``&equals;``): a page or a template's error that
echoes a form or JSON escapes its ``=``, ``:`` and quotes, so ``password&#61;...`` hides its pair from the rules."""
_HTML_REFERENCE_TEXT = re.compile(_HTML_REFERENCE)
_HTML_REFERENCE_BYTES = re.compile(_HTML_REFERENCE.encode())
_HTML_ROUNDS = 3
"""Escaped at most so many times over (``&amp;#61;`` is ``=`` escaped twice) before the text is read as it is."""


_INSIDE_WORDS = frozenset({"pin", "otp", "totp", "hotp"})
"""Names of :data:`.scrub_keys.LAST_WORD_NAMES` the sink's check finds by substring scans and a look at the
characters around each hit (:func:`_word_in`), not in its one search of the lowered text: ``pin`` is inside many
words (``typing``, ``mapping``: every traceback with a ``typing.py`` frame would be suspected), and that search
costs more with each frequent first letter it tries (``o``, ``h``: a tenth more per event). ``jwt``, ``cvv``,
``cvc`` and ``creds`` start with letters it tries already and are rare inside words: a substring suffices."""
_SCHEME_AND_TOKEN = r"[a-z][a-z0-9_\-]{0,31}[ \t]{1,8}(?:[^\s'\"\\]{20}|[a-z]{0,64}[0-9_\-./+=~:])"
"""An HTTP authentication scheme and a credential after it: its first word holds a digit or a symbol, or is long."""


def _name_in_text(word: str) -> str:
    """The pattern of a configured key name in text, for the rules that find a key and its value.

    A name among :data:`.scrub_keys.LAST_WORD_NAMES` (``pin``, ``otp``) starts a word of the key only: after a
    character that is not a letter or digit, or at a camelCase boundary (``cardPin``), and no lower-case
    letter follows it; so ``spin=3`` and ``mapping=`` are never tried. The callbacks read the whole key.
    The name comes first and its boundaries are checked behind it, so the engine scans for its letters.
    """
    spelled = re.escape(word).replace("_", "[_-]?") + ("s?" if word.endswith("credential") else "")
    if word not in LAST_WORD_NAMES:
        return spelled
    return rf"{spelled}(?:(?<![a-z0-9]{spelled})|(?<=(?-i:[a-z0-9][A-Z]){re.escape(word[1:])}))(?!(?-i:[a-z]))"


def _word_in(data: bytes, lowered: bytes, names: tuple[tuple[bytes, tuple[bytes, ...]], ...]) -> bool:
    """Whether a name of :data:`_INSIDE_WORDS` occurs where a key's word may, as :func:`_name_in_text` reads.

    Not after a letter or digit unless it starts with a capital (``cardPin``), and never before a lower-case
    letter: ``PIN``, ``cardPin`` and ``"pin"`` are suspected, ``typing``, ``mapping`` and ``spin`` are not.
    ``names`` pairs a name with the prefixes that make the others (``otp``: ``t``, ``h`` for ``totp``,
    ``hotp``), so one substring scan finds all three; then a look at the characters around each hit.
    """
    for name, prefixes in names:
        at = lowered.find(name)
        while at >= 0:
            end = at + len(name)
            if not (b"a" <= data[end : end + 1] <= b"z"):
                starts = [at, *(at - len(prefix) for prefix in prefixes if lowered.endswith(prefix, 0, at))]
                for start in starts:
                    if start == 0 or not data[start - 1 : start].isalnum() or data[start] < ord("a"):
                        return True
            at = lowered.find(name, end)
    return False


def _last_command(line: str) -> str:
    """The last of :data:`_PASSWORD_COMMANDS` written as a word in ``line`` (``mysqldump`` too), or ``""``.

    Substring searches back from the line's end, a few per name: a flag's callback runs once per flag, and
    a regex over the line each time cost a second on a hostile megabyte of ``mysql -p``.
    """
    found = ""
    best = -1
    for name in _PASSWORD_COMMANDS:
        at = line.rfind(name)
        for _ in range(4):  # past a few inside other words ("-umysqladm"), give the name up: linear time
            if at <= best or at == 0 or not (line[at - 1].isalnum() or line[at - 1] in "_-"):
                break
            at = line.rfind(name, 0, at)
        if at > best:
            word = _COMMAND.match(line, at)
            if word is not None:
                best, found = at, word.group(0)
    return found


def _auth_word_in(data: bytes, lowered: bytes) -> bool:
    """Whether ``auth`` in any case occurs not followed by a lower-case letter or digit (where the ``auth`` rules act).

    A key word ``auth`` never is (:data:`_KEY_WORDS`), ``authentication``, ``author``,
    ``authority`` and ``OAuth2`` always are. Substring searches: most text has no ``auth``, the rest one or two.
    """
    at = lowered.find(b"auth")
    while at >= 0:
        after = data[at + 4 : at + 5]
        if not (b"a" <= after <= b"z" or b"0" <= after <= b"9"):
            return True
        at = lowered.find(b"auth", at + 4)
    return False


@dataclass(frozen=True, slots=True)
class _Rule:
    """One value pattern: the literals that must occur for it to run, and how it rewrites a match."""

    name: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...] | None
    """Lowercase literals, at least one of which must occur in the lowercased text; None: always run."""
    rewrite: Callable[[re.Match[str]], str]
    case_sensitive_triggers: bool = False
    min_length: int = 0
    requires: Callable[[str], bool] | None = None
    """A finer check on the lowercased text, after a trigger was found."""
    suspects: tuple[str, ...] | None = None
    """Lowercase literals :meth:`Scrubber.may_hold_secret` looks for instead of ``triggers`` (one of which
    ``requires`` then also needs): the rarer half of a rule's two conditions, where its triggers are common."""
    keyed: bool = False
    """Runs only where a key name occurs (:meth:`Scrubber._names_key`): one search per text, shared by
    every such rule, after their own ``requires``."""


def _looks_like_token(token: str) -> bool:
    """A bearer token has a digit or a symbol, or is long; English words after "bearer" are not tokens."""
    return len(token) >= 20 or any(not char.isalpha() for char in token)


def _is_basic_credential(token: str) -> bool:
    """``Basic`` credentials are base64 of printable ``user:password``."""
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    return ":" in decoded and decoded.isprintable()


def _is_aws_secret(word: str) -> bool:
    """Forty base64 characters with upper, lower and digit: not a hex digest, not a path, not encoded text."""
    return (
        not word.startswith("/")
        and "//" not in word
        and any(char.isupper() for char in word)
        and any(char.islower() for char in word)
        and any(char.isdigit() for char in word)
        and not _is_encoded_text(word)
    )


_TOKEN_RUN_LENGTH = 20
_TOKEN_RUN = b"a" * _TOKEN_RUN_LENGTH
_TOKEN_UNIT = re.compile(
    r"(?<![A-Za-z0-9_\-.~+/])(?:[A-Za-z0-9]{0,19}[_\-.~+/]){0,512}+[A-Za-z0-9]{20}[A-Za-z0-9_\-.~+/]{0,4096}"
)
"""A run of token characters (base64 and base64url, with the ``. ~ /`` that join a token's parts) holding 20
letters and digits in a row: where a random token may be. Paths and dotted names are such runs too: the
callback reads the words in it. Read segment by segment, possessively (a run without 20 in a row is given up
at its end, not tried again from each of its characters): linear time."""
_TOKEN_WORD = re.compile(r"[A-Za-z0-9_\-]{20,}")
_TOKEN_CHAIN = re.compile(r"[A-Za-z0-9_\-.]{20,}")
_TOKEN_PREFIX = re.compile(r"(?:[A-Za-z0-9]{1,12}[_\-]){1,3}")
"""A token's public prefix: short segments ending in ``_`` or ``-`` (``ghp_``, ``sk-or-v1-``, ``duffel_live_``)."""
_DIGEST_BEFORE = re.compile(r"(?:^|[^a-z0-9])(?:h1|md5|sha1|sha224|sha256|sha384|sha512|blake2b)[:=]$")
"""A digest's name and separator right before a value (go.sum's ``h1:``, ``--hash=sha256:``, ``sha256=``)."""
_UPPER_CASE = string.ascii_uppercase.encode()
_LOWER_RUNS = re.compile(r"[a-z]+")
_LETTER_RUNS = re.compile(r"[A-Za-z]+")
_DIGEST_NAMES = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3", "blake2b", "blake2s", "sri"})
"""A digest named before its value (``sha512-...`` of npm's integrity, ``sha384-...`` of a script's SRI): data."""


def _is_random_token(word: str, secret_in: Callable[[str], bool]) -> bool:
    """A word that is a random credential by its shape, whatever its vendor: not an id, a hash or a name.

    The vendors' formats (gitleaks' rules, trufflehog's detectors) share one shape: an optional short
    prefix (``pplx-``, ``sntryu_``, ``dckr_pat_``) and a body of random letters and digits. The body is:
    - of upper, lower and digits, 26 or more: a base62 key (shorter mixed ids, Stripe's ``pi_`` + 24,
      nanoid's 21, are ids);
    - of letters and digits of one case, 32 or more, not hex: a base32 or base36 key;
    - of hex, 40 or more after a prefix (``rubygems_``, ``sntryu_``): hex alone is a git sha, a trace
      or request id, a digest, which an error must keep;
    and random: its letters and digits alternate (a name's runs of letters are long: ``HTTPSConnectionPool``),
    and as base64 it does not decode to text, or to text ``secret_in`` finds a secret in (a JWT, a signed
    query: AWS Bedrock's short-lived keys are the base64 of a presigned URL).
    """
    prefix = _TOKEN_PREFIX.match(word)
    body = word
    if prefix is not None and len(word) - prefix.end() >= _TOKEN_RUN_LENGTH:
        if word[: word.find("-") if "-" in word else len(word)].lower() in _DIGEST_NAMES:
            return False
        body = word[prefix.end() :]
    # A vendor's prefix is a word (pul-, sntryu_, dop_v1_): one of hex digits only starts an id (00-<trace>-<span>).
    named = body is not word and word[: prefix.end() if prefix else 0].strip("0123456789abcdefABCDEF_-") != ""
    letters = body.encode().translate(None, b"_-0123456789")  # C-level counts: most words are names, no digits
    chars = body.replace("_", "").replace("-", "")
    digits = len(chars) - len(letters)
    if len(chars) < _TOKEN_RUN_LENGTH or digits < 2:
        return False
    upper = len(letters) - len(letters.translate(None, _UPPER_CASE))
    lower = len(letters) - upper
    if not chars.strip("0123456789abcdef") or not chars.strip("0123456789ABCDEF"):
        return named and len(chars) >= 40
    if upper >= 2 and lower >= 2 and digits >= 2:
        # Random: a lower-case run is 1.7 long on average (3.2 at the 99th percentile of 30 characters); a
        # CamelCase name's words make it 4 and more.
        needed, letter_run = 26, 3.5 if len(chars) < 40 else 4.5
    elif digits >= 3 and (upper >= 3) != (lower >= 3):
        needed, letter_run = 32, 5.0  # random: a letter run is 3.6 long on average; a name's words, longer
    else:
        return False
    if len(body) < needed or _mean_letter_run(chars, upper >= 2 and lower >= 2) > letter_run:
        return False
    decoded = _decoded_text(chars)
    return decoded is None or secret_in(decoded)


def _decoded_text(word: str) -> str | None:
    """The printable text ``word`` is the base64 of (then it is data, unless that text holds a token), or None."""
    try:
        decoded = base64.b64decode(word + "=" * (-len(word) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.isprintable() else None


def _mean_letter_run(chars: str, lower_only: bool) -> float:
    """The mean length of the runs of lower-case letters (of any letters, when not ``lower_only``) in ``chars``."""
    runs = (_LOWER_RUNS if lower_only else _LETTER_RUNS).findall(chars)
    return sum(map(len, runs)) / len(runs) if runs else 0.0


def _holds_token(unit: str, secret_in: Callable[[str], bool]) -> bool:
    """Whether a run of token characters holds a random token (:func:`_is_random_token`) in one of its words.

    Words joined by dots are also read as one (``pat.<22>.<24>.<20>``, ``dt0c01.<24>.<64>``: a token in
    parts, each too short alone); a module path or a host name has no digits among long letter runs.
    """
    head = unit[: unit.find("-")] if "-" in unit else ""
    if head.lower() in _DIGEST_NAMES:  # sha384-<base64, with "/" and "+">: a digest throughout
        return False
    if any(_is_random_token(word, secret_in) for word in _TOKEN_WORD.findall(unit)):
        return True
    return "." in unit and any(
        "." in chain and _is_random_token(chain.replace(".", ""), secret_in) for chain in _TOKEN_CHAIN.findall(unit)
    )


def _token_at(match: re.Match[str], secret_in: Callable[[str], bool]) -> bool:
    """Whether a :data:`_TOKEN_UNIT` match holds a token, and is no digest's value (``h1:<base64>``, ``sha256=...``)."""
    before = match.string[max(0, match.start() - 8) : match.start()].lower()
    named = _DIGEST_BEFORE.search(before)
    return named is None and _holds_token(match.group(0), secret_in)


_RUN_CLASSES = bytes(
    ord("a") if chr(byte).isascii() and chr(byte).isalnum() else ord("b") if chr(byte) in "+/" else ord(" ")
    for byte in range(256)
)
"""Letters and digits become ``a``, ``+`` and ``/`` ``b``, every other byte a blank: the runs both rules look for."""
_last_classes: tuple[str, bytes] = ("", b"")


def _classes(lowered: str) -> bytes:
    """``lowered`` in :data:`_RUN_CLASSES`' translation; the last one remembered (two rules read it in a row)."""
    global _last_classes  # noqa: PLW0603  (a one-entry memo of a pure function: a race only recomputes)
    last = _last_classes
    if last[0] is lowered:
        return last[1]
    classes = lowered.encode("ascii", "ignore").translate(_RUN_CLASSES)
    _last_classes = (lowered, classes)
    return classes


def _may_hold_token(lowered: str) -> bool:
    """A run of 20 letters and digits occurs: where :data:`_TOKEN_UNIT` may match (C-speed, on the bytes)."""
    return _TOKEN_RUN in _classes(lowered)


def _may_hold_aws_secret(lowered: str) -> bool:
    """A run of 40 base64 characters occurs: where :data:`_AWS_SECRET` may match (C-speed, on the bytes)."""
    return _BASE64_RUN in _classes(lowered).replace(b"b", b"a")


def _is_encoded_text(word: str) -> bool:
    """Base64 that decodes to printable text is data (a payload, an id), never a random key's 30 bytes."""
    try:
        return base64.b64decode(word, validate=True).decode("utf-8").isprintable()
    except (binascii.Error, ValueError):
        return False


def _is_url_token(user: str) -> bool:
    """A URL's user that is a token: letters and digits both (``ann.smith`` and ``git`` are users)."""
    return any(char.isdigit() for char in user) and any(char.isalpha() for char in user)


def _is_jwt(match: re.Match[str]) -> bool:
    """A compact JWS or JWE: its header is a JOSE header (``alg``), or (JWS) its payload a JSON object too.

    JWE tokens (five segments, the second the encrypted key, empty with ``dir``: Auth.js' session
    cookies) and JWS whose payload is not ``{"...`` (``e30``, ``{}``) have a header only to tell them.
    """
    if match.group("second").lstrip(" \t\r\n.").startswith("eyJ"):
        return True
    header = "".join(match.group("header").split())  # joined where it was wrapped
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (ValueError, binascii.Error, RecursionError):  # not base64 of JSON: not a header
        return False
    return isinstance(decoded, dict) and "alg" in decoded


def _is_pair(item: Any) -> bool:
    """A ``(key, value)`` item of a list of pairs: two items, the first text (or bytes, or the repr of bytes)."""
    return isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[0], (str, bytes))


def _pair_key(key: str) -> str:
    """The name a pair's key spells: the text of a bytes repr (``b'authorization'``, what bytes are sent as)."""
    if len(key) >= 3 and key[0] == "b" and key[1] in "'\"" and key[-1] == key[1]:
        return key[2:-1]
    return key


def _by_first_character(entries: Iterable[tuple[str, str]]) -> re.Pattern[bytes]:
    """One bytes pattern for ``(word, pattern of the word after its first character)`` entries.

    Grouped by first character (``A(?:KIA|SIA|...)|g(?:hp_|...)``): the engine then tries a
    position only when its character starts some word, about twice as fast as a flat alternation.
    """
    return re.compile(_grouped(entries).encode() or rb"(?!)")


def _grouped(entries: Iterable[tuple[str, str]]) -> str:
    """The pattern of :func:`_by_first_character`, as text."""
    groups: dict[str, list[str]] = {}
    for word, rest in entries:
        groups.setdefault(word[0], []).append(rest)
    branches = [
        re.escape(first) + ("" if "" in rests else "(?:" + "|".join(dict.fromkeys(rests)) + ")")
        for first, rests in sorted(groups.items())
    ]
    return "|".join(branches)


def _literal_gate(literals: Iterable[str]) -> re.Pattern[str]:
    """A search for any of ``literals``, grouped by first character (see :func:`_by_first_character`)."""
    return re.compile(_grouped((text, re.escape(text[1:])) for text in literals) or r"(?!)")


class Scrubber:
    """Replaces secrets in JSON-like values, by key name and by value pattern.

    Args:
        keys: key names that hold secrets. A mapping key matches when a name
            is one of its word parts, or ends one, case-insensitive (:mod:`.scrub_keys`),
            so ``X-Api-Key``, ``db_password`` and ``dbpassword`` match and ``tokenizer``
            and ``token_count`` do not; in text, ``name=value``,
            ``name: value`` and ``"name": "value"`` have their value replaced.
            With ``password`` among them, ``pass`` and ``pwd`` match as a key's
            last word; with ``authorization``, ``auth`` as any word of a key.
        patterns: extra regular expressions; a match is replaced whole, or
            only its group named ``secret`` when it has one.
        replacement: the text that stands for a secret.
        enabled: False turns value patterns off (key names still apply).
    """

    def __init__(
        self,
        keys: Iterable[str] = DEFAULT_SCRUB_KEYS,
        *,
        patterns: Iterable[str] = (),
        replacement: str = REDACTED,
        enabled: bool = True,
    ) -> None:
        self.replacement = replacement
        self._named_by_key: dict[str, KeyName] = {}
        self._clean_keys: set[str] = set()
        """Mapping keys in which no value pattern finds a credential (inputs repeat their parameter names)."""
        self._clean_texts: set[str] = set()
        """Texts :meth:`may_hold_secret_in` found nothing in (records derived from one failure repeat them)."""
        self._words = tuple(dict.fromkeys(word.lower().replace("-", "_") for word in keys if word))
        self._key_gate = re.compile("|".join(re.escape(word) for word in self._words) or r"(?!)")
        self._key_reader = KeyReader(self._words, short="password" in self._words or "passwd" in self._words)
        self._word_keys = _WORD_KEYS if "authorization" in self._words else frozenset()
        self._short_words = ("pass", "pwd", *sorted(self._word_keys))  # key names no substring search finds
        self._rules = self._build_rules(tuple(patterns)) if enabled else ()
        self._always = any(rule.triggers is None and rule.min_length == 0 for rule in self._rules)
        # Shorter text runs no rule without a literal; the token rule's own check (a run of 20 letters and
        # digits) is cheaper than the loop over the rules that text would otherwise go through.
        self._tokens = any(rule.name == "random_token" for rule in self._rules)
        self._min_length = min(
            (rule.min_length for rule in self._rules if rule.triggers is None and rule.name != "random_token"),
            default=1 << 62,
        )
        # One search for every rule's literals: most text has none, and then no rule runs.
        literals = sorted(
            {
                (trigger, rule.case_sensitive_triggers)
                for rule in self._rules
                if rule.triggers is not None
                for trigger in rule.triggers
            }
        )
        # Each rule's own literals as one compiled search (C speed, one call per rule).
        self._rule_gates = tuple(
            None if rule.triggers is None else _literal_gate(rule.triggers) for rule in self._rules
        )
        # A lower-case literal holding another ("totp" and "otp", "password" and "pass") adds nothing to the gate:
        # where it occurs, so does the other. Each literal left costs a scan of long text.
        lower = {text for text, exact in literals if not exact}
        needed = [
            (text, exact) for text, exact in literals if exact or not any(other in text for other in lower - {text})
        ]
        self._gate_lower = _literal_gate(text for text, exact in needed if not exact)
        self._gate_exact = _literal_gate(text for text, exact in needed if exact)
        self._literals = tuple(needed)
        self._build_suspicion(literals)

    # -- building ------------------------------------------------------------------
    def _build_suspicion(self, literals: list[tuple[str, bool]]) -> None:
        """The gates of :meth:`may_hold_secret`: one search over the lowered bytes, one over the bytes.

        Key names match as the key rules read them (``api_key``, ``api-key``, ``apikey``), not by the
        first part of a name the ``key_value`` rule's prefilter looks for (``api`` is in many words).
        """
        key_value = {trigger for rule in self._rules if rule.name in _KEYED_RULES for trigger in rule.triggers or ()}
        names = [(word, re.escape(word[1:]).replace("_", "[_-]?")) for word in self._words if word not in _INSIDE_WORDS]
        inside = [word for word in self._words if word in _INSIDE_WORDS]
        self._suspect_inside = tuple(
            (
                word.encode(),
                tuple(other[: -len(word)].encode() for other in inside if other.endswith(word) and other != word),
            )
            for word in inside
            if not any(word.endswith(other) and word != other for other in inside)
        )
        # A rule's own suspects stand for its literals (cli_short_flag: the commands, not "-p" and "-u").
        instead = {trigger for rule in self._rules if rule.suspects is not None for trigger in rule.triggers or ()}
        suspects = {word for rule in self._rules for word in rule.suspects or ()}
        lower = [text for text, exact in literals if not exact and text not in key_value and text not in instead]
        lower += sorted(suspects - set(lower))
        always = ("bearer", "basic", "pass", "pwd")  # _scrub_str's whole values, the short key names
        self._suspect_lower = _by_first_character(
            [*names, *((word, re.escape(word[1:])) for word in (*lower, *always))]
        )
        exact = [(text, re.escape(text[1:])) for text, exact in literals if exact]
        self._suspect_exact = _by_first_character(exact)
        unfiltered = [rule for rule in self._rules if rule.triggers is None]
        self._suspect_always = any(rule.name not in ("aws_secret_key", "random_token") for rule in unfiltered)
        self._suspect_runs = any(rule.name == "aws_secret_key" for rule in unfiltered)
        self._suspect_tokens = any(rule.name == "random_token" for rule in unfiltered)
        # Every name and literal the two searches look for holds a character no id has (an "_" in a name
        # may match nothing or "-", so it does not count): then no search finds one in an id's text.
        searched = [*self._words, *lower, *always, *(text for text, _ in exact)]
        self._ids_unsuspected = not self._suspect_always and all(
            set(word) - set(_ID_CHARS) - {"_"} for word in searched
        )

    def _build_rules(self, extra: tuple[str, ...]) -> tuple[_Rule, ...]:
        hidden = self.replacement

        def keep_then_hide(match: re.Match[str]) -> str:
            return match.group("keep") + hidden

        def bearer(match: re.Match[str]) -> str:
            return match.group("keep") + hidden if _looks_like_token(match.group("secret")) else match.group(0)

        def basic(match: re.Match[str]) -> str:
            return match.group("keep") + hidden if _is_basic_credential(match.group("secret")) else match.group(0)

        def aws_secret(match: re.Match[str]) -> str:
            return hidden if _is_aws_secret(match.group(0)) else match.group(0)

        key_value = self._hidden_value

        def short_key_value(match: re.Match[str]) -> str:
            # A shell's PWD=/srv/app is the working directory, not a password (MYSQL_PWD= is one).
            start = match.start()
            bare = start == 0 or match.string[start - 1] not in "_-."
            if bare and match.group("keep")[:3].lower() == "pwd" and match.group("value").lstrip("'\"\\")[:1] == "/":
                return match.group(0)
            return key_value(match)

        def url_token(match: re.Match[str]) -> str:
            return match.group("keep") + hidden if _is_url_token(match.group("secret")) else match.group(0)

        rules = [
            _Rule(
                "private_key",
                re.compile(
                    r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?"
                    r"(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
                    re.S,
                ),
                ("-----begin",),
                lambda _match: hidden,
            ),
            _Rule(
                "url_password",
                # The password runs to the "@" before the host, as libraries read it unencoded: it may
                # hold "/" (base64) and an "@" that another "@" follows. "host:8443/a@b" is a port, not one.
                # It stops at the next "://" and at 256 characters, so text of many "x://y:" costs linear time.
                # A network-path reference has no scheme ("//user:pw@host/...", a URL's scheme-relative form).
                re.compile(
                    r"(?<![A-Za-z0-9+.\-/])(?P<keep>(?:[A-Za-z][A-Za-z0-9+.\-]{0,31}:)?//[^\s:/@?#]{0,256}:)"
                    r"(?!\d{1,5}(?:[/?#\s]|$))(?:(?!//)[^\s?#@]|@(?=[^\s/?#@]{0,256}@)){1,256}(?=@)"
                ),
                ("//",),
                keep_then_hide,
                requires=lambda lowered: "@" in lowered,  # no userinfo without "@"
                suspects=("@",),  # "/" is in every path; "@" rarely
            ),
            _Rule(
                "dsn_password",
                # A connection string without a scheme: "user:pw@host:5432/db" (libpq's and JDBC's messages,
                # a DSN in a config dump). Only before a host with a port or a path, so "to:ann@example.com"
                # stays; the user starts after a blank, a quote, a bracket, "=" or the text's start. A port
                # ends at a "/", a blank or punctuation: "nginx:1.25@sha256:3f78..." is an image's digest.
                # Quoted whole ('app:pw@dbhost'), the host needs no port: the quotes say where the DSN ends. Not
                # the URIs written so (mailto:ann@example.com, sip:, xmpp:).
                re.compile(
                    r"(?<![^\s'\"(\[{<=,;|])(?P<quoted>(?<=['\"]))?(?P<keep>(?!(?i:mailto|sips?|xmpp|im|pres|tel):)"
                    r"[A-Za-z0-9_.%+\-]{1,64}:)(?!\d{1,5}@)[^\s:/@?#'\"]{1,256}"
                    r"(?=@[A-Za-z0-9.\-]{1,253}(?::\d{1,5}(?=[/\s'\",;)\]}>]|$)|/|(?(quoted)['\"]|(?!))))"
                ),
                ("@",),
                keep_then_hide,
                requires=lambda lowered: ":" in lowered,
            ),
            _Rule(
                "oracle_connect",
                # Oracle's connect strings: user/password@host (sqlplus scott/tiger@db, cx_Oracle and oracledb's
                # 'scott/tiger@db:1521/ORCL', jdbc:oracle:thin:scott/tiger@//db:1521/ORCL). The shape alone is
                # also a package or image reference (example/mod@v1.0.0, bitnami/redis@sha256:...), so only in
                # text that speaks of Oracle (ORA-01017, oracle, sqlplus, TNS, port 1521).
                re.compile(
                    r"(?<![^\s'\"(\[{<=,;|:])(?P<keep>[A-Za-z][A-Za-z0-9_$#.]{0,63}/)(?!/)[^\s/@'\"]{1,256}"
                    r"(?=@(?://)?[A-Za-z0-9])"
                ),
                ("@",),
                keep_then_hide,
                requires=lambda lowered: "/" in lowered and any(word in lowered for word in _ORACLE_WORDS),
            ),
            _Rule(
                "url_token",
                # A token as the URL's user with no password (git's https://TOKEN@github.com/...). Users
                # are names ("git", "ann.smith"): only 20+ characters holding letters and digits both are
                # taken for a token. Bounded, so text of many "x://" costs linear time.
                re.compile(
                    r"(?<![A-Za-z0-9+.\-])(?P<keep>[A-Za-z][A-Za-z0-9+.\-]{0,31}://)"
                    r"(?P<secret>[A-Za-z0-9_\-.~%]{20,256})(?=@)"
                ),
                ("://",),
                url_token,
                requires=lambda lowered: "@" in lowered,
            ),
            _Rule(
                "jwt",
                # Not after a token character: inside a run of "eyJ-eyJ-..." only the first may start one.
                # Before the rules that would take a piece of a wrapped token for a whole one (a bearer
                # token, a 40-character line for an AWS secret key) and leave the rest.
                _JWT,
                ("eyJ",),
                lambda match: hidden if _is_jwt(match) else match.group(0),
                case_sensitive_triggers=True,
            ),
            _Rule(
                "bearer",
                re.compile(r"(?i)(?P<keep>\bbearer(?:[ \t]{0,8}:[ \t]{0,8}|\s+))(?P<secret>[A-Za-z0-9\-._~+/]+=*)"),
                ("bearer",),
                bearer,
            ),
            _Rule(
                "basic",
                re.compile(r"(?i)(?P<keep>\bbasic\s+)(?P<secret>[A-Za-z0-9+/]{4,}={0,2})"),
                ("basic",),
                basic,
            ),
            _Rule(
                "aws_access_key_id",
                re.compile(r"\b(?:" + "|".join(_AWS_KEY_PREFIXES) + r")[A-Z0-9]{16}\b"),
                _AWS_KEY_PREFIXES,
                lambda _match: hidden,
                case_sensitive_triggers=True,
            ),
            _Rule(
                "aws_secret_key",
                _AWS_SECRET,
                None,
                aws_secret,
                min_length=40,
                requires=_may_hold_aws_secret,
            ),
            _Rule("vendor_token", _VENDOR_TOKEN, _VENDOR_PREFIXES, lambda _match: hidden, case_sensitive_triggers=True),
            _Rule(
                "random_token",
                # After the vendors' own shapes: a token of a vendor not listed (gitleaks' and trufflehog's
                # catalogues hold hundreds) by the shape they share. The whole run is hidden (a token's
                # parts are joined by "." or "/": dt0c01.<id>.<secret>), its prefix too.
                _TOKEN_UNIT,
                None,
                lambda match: hidden if _token_at(match, self._secret_in_decoded) else match.group(0),
                min_length=_TOKEN_RUN_LENGTH,
                requires=_may_hold_token,
            ),
            _Rule(
                "webhook_url",
                # Incoming webhook URLs, whose path is the credential: Slack's hooks.slack.com/services/...
                # (api.slack.com/messaging/webhooks), Microsoft Teams' <tenant>.webhook.office.com/webhookb2/...
                # (ids joined by "@" and "/", the last ones the secret), Discord's /api/webhooks/<id>/<token>.
                re.compile(
                    r"(?P<keep>(?:hooks\.slack\.com/(?:services|workflows|triggers)|webhook\.office\.com/webhookb2"
                    r"|discord(?:app)?\.com/api/webhooks)/)[A-Za-z0-9_+/@\-]{8,512}"
                ),
                ("hook",),  # one literal for the three: a frequent first character ("/", "w") costs every text
                keep_then_hide,
            ),
            _Rule(
                "azure_key",
                # Storage and Service Bus connection strings: "...;AccountKey=<base64>;..."
                # (learn.microsoft.com/azure/storage/common/storage-configure-connection-string).
                # A SAS connection string's SharedAccessSignature= is the signed query itself.
                re.compile(
                    r"(?i)(?P<keep>(?<![a-z0-9])(?:accountkey|sharedaccesskey|sharedaccesssignature)"
                    r"[ \t]{0,8}=[ \t]{0,8})[^;\s'\"]{1,2048}"
                ),
                ("accountkey", "sharedaccesskey", "sharedaccesssignature"),
                keep_then_hide,
            ),
            _Rule(
                "signed_url",
                # A signed URL's signature is a credential for as long as the URL lives: Azure SAS
                # (?...&sig=), AWS SigV4 (X-Amz-Signature, X-Amz-Credential) and SigV2 (&Signature=), GCS
                # (X-Goog-Signature, X-Goog-Credential). sig= and Signature= only as a query parameter.
                re.compile(
                    r"(?i)(?P<keep>(?:[?&](?:sig|signature)|(?<![a-z0-9])x-(?:amz|goog)-(?:signature|credential))"
                    r"=)[^&\s#'\"<>;]{1,2048}"
                ),
                ("?sig=", "&sig=", "?signature=", "&signature=", "x-amz-", "x-goog-"),
                keep_then_hide,
            ),
        ]
        # A value: quoted with escapes in it ('it\'s', bytes' repr too: b'x'), quoted, JSON-escaped inside a
        # string (\"x\"), a flat list, object or tuple (Django's QueryDict prints {'password': ['x']}),
        # unclosed ("x to the next blank), or a word. Escapes are read on one line and bounded: a run of
        # \" cannot make every start read to the end (linear time); past the bound the plain quotes read it.
        # A word stops before an escaped quote (\" or \\\"): it closes the string the pair is written in.
        word = r"[^\s&,;'\"<>()\[\]{}\\]"  # a character of a word value (the loop below: linear time)
        escape = r"\\(?!\\{0,15}\")"  # a backslash in a word, unless it escapes the closing quote
        value = (
            r"(?P<value>b?\"(?:[^\"\\\r\n]|\\.){0,4096}\"|b?'(?:[^'\\\r\n]|\\.){0,4096}'|b?\"[^\"]*\"|b?'[^']*'"
            r"|\\{1,15}\"[^\"]{0,4096}?\\{1,15}\"|\[[^\[\]]{0,4096}\]|\{[^{}]{0,4096}\}|\([^()]{0,4096}\)"
            r"|[\"'][^\s\"']+|(?:(?:bearer|basic|token|digest)\s+)?"
            rf"(?:{word}|{escape}){word}*(?:{escape}{word}*)*)"
        )
        names = "|".join(_name_in_text(word) for word in self._words)
        if self._words:
            # The gate reads lower-cased text: a last word's camelCase boundary (cardPin) is gone there.
            self._key_names = re.compile("|".join(re.escape(word).replace("_", "[_-]?") for word in self._words))
            rules += self._spelled_key_rules(names, value, key_value)
        rules.append(
            _Rule(
                "short_key_value",
                # "pass" and "pwd" hide a value only as a whole word ending the key (DB_PASS=, "pwd":, dbPass=),
                # or glued to a usual owner (DBPASS=, PGPASS=), and with "=" or a quoted key: "bypass=1",
                # "passed=3" and "tests pass: 5" are left alone.
                re.compile(
                    r"(?i)(?P<keep>(?:(?<![a-z0-9])(?:" + "|".join(GLUED_OWNERS) + r")?"
                    r"|(?-i:(?<=[a-z0-9])(?=P[a-z]|PASS|PWD)))(?:pass|pwd)"
                    r"(?:\\{0,15}['\"][ \t]{0,8}(?:=>|[:=])|[ \t]{0,8}(?:=>|=(?!=)))[ \t]{0,8})" + value
                ),
                ("pass", "pwd"),
                short_key_value,
                requires=lambda lowered: "=" in lowered or ":" in lowered,
            )
        )
        if self._words:

            def validation_input(match: re.Match[str]) -> str:
                # pydantic's ValidationError text: the field's location on one line, indented details
                # with input_value=... on the next. The regex finds the literal; the location is read here.
                text, start = match.string, match.start()
                line_start = text.rfind("\n", 0, start)
                if line_start <= 0 or text[line_start + 1 : line_start + 2] not in (" ", "\t"):
                    return match.group(0)
                location = text[text.rfind("\n", 0, line_start) + 1 : line_start]
                if len(location) > 200 or not self.is_secret_key(location):
                    return match.group(0)
                value = match.group("value")
                quote = value[0] if value[:1] in ("'", '"') else ""
                return f"{match.group('keep')}{quote}{hidden}{quote}"

            rules.append(
                _Rule(
                    "validation_input",
                    re.compile(
                        r"(?P<keep>\binput_value=)"
                        r"(?P<value>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|(?![{\[])[^,\]\n]*)"
                    ),
                    ("input_value=",),
                    validation_input,
                )
            )
            if "authorization" in self._words:
                rules.append(
                    _Rule(
                        "authorization_header",
                        # An Authorization header's value is its scheme and credentials, whatever the scheme
                        # (Bot, SSWS, ApiKey, SharedKey, AWS4-HMAC-SHA256 Credential=..., Signature=...):
                        # the key_value rule below takes a word, which for most schemes is the scheme alone.
                        # Hidden when the word after the scheme looks like a credential (a digit or symbol,
                        # or 20+ characters: "Authorization: denied for ann" is a message). On a header's
                        # own line, to its end (Digest's quoted parameters too); inside a quoted string, to
                        # its closing quote, escaped (\") or not. Bounded: linear time.
                        re.compile(
                            r"(?im)(?:^(?P<line>[ \t]{0,16}(?:proxy-)?authorization[ \t]{0,8}:[ \t]{0,8})"
                            r"(?=" + _SCHEME_AND_TOKEN + r")[^\r\n]{1,4096}"
                            r"|(?P<keep>(?<![a-z0-9_])authorization[ \t]{0,8}:[ \t]{0,8})"
                            r"(?=" + _SCHEME_AND_TOKEN + r")(?:[^\r\n'\"\\]|\\(?![rn'\"\\])){1,4096})"
                        ),
                        ("authorization",),
                        lambda match: (match.group("line") or match.group("keep")) + hidden,
                    )
                )
            # A key name, the rest of the key, = or :, then a value; the callback reads the whole key as a
            # mapping's ("secretKey" is one, "secretary", "token_count" are not). The match starts at the
            # name (what precedes it is read back by the callback, bounded), so the engine tries only the
            # names' literals at each position; repeats are bounded, so hostile text (a 40 kB
            # "token_token_...") costs linear time, not quadratic. Plurals are counts ("max_tokens=5"),
            # except "credentials".
            rules.append(
                _Rule(
                    "key_value",
                    re.compile(
                        r"(?i)(?P<keep>(?P<key>(?:" + names + r")[A-Za-z0-9_.\-]{0,48})"
                        r"(?:\\{0,15}['\"])?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8})" + value
                    ),
                    tuple(dict.fromkeys(word.split("_")[0] for word in self._words)),
                    self._named_value,
                    requires=lambda lowered: "=" in lowered or ":" in lowered,
                    keyed=True,
                )
            )
        if any("cookie" in word for word in self._words):
            # A Cookie header's pairs are all session secrets, not only its first ("a=1; sid=...").
            rules.append(
                _Rule(
                    "cookie_header",
                    re.compile(r"(?im)(?P<keep>\b(?:set-)?cookie[ \t]*:[ \t]*)(?![ \t'\"])[^\r\n]+"),
                    ("cookie",),
                    keep_then_hide,
                )
            )
        for index, source in enumerate(extra):
            compiled = re.compile(source)
            if "secret" in compiled.groupindex:

                def rewrite(match: re.Match[str]) -> str:
                    start, end = match.span("secret")
                    whole = match.group(0)
                    offset = match.start()
                    return whole[: start - offset] + hidden + whole[end - offset :]

            else:

                def rewrite(match: re.Match[str]) -> str:
                    return hidden

            rules.append(_Rule(f"pattern_{index}", compiled, None, rewrite))
        return tuple(rules)

    def _spelled_key_rules(self, names: str, value: str, key_value: Callable[[re.Match[str]], str]) -> list[_Rule]:
        """The rules of secrets under a key name spelled otherwise than ``name=value`` on one line.

        ``auth`` as a word of a key (:data:`_WORD_KEY_TEXT`), a pair URL-encoded once or more
        (``password%3D...``, ``%22token%22%3A%22...``), and a YAML key whose value is on the lines
        below it (``password:`` then an indented line, block scalars ``|`` and ``>``). Each runs
        only when a key name occurs: the sink's cheap check suspects those already.
        """
        hidden = self.replacement
        words = self._short_words
        short = r"(?:(?<![a-z0-9])|(?<=%[0-9a-f]{2}))(?:" + "|".join(words) + r")(?![a-z0-9])"
        # The key's line, then every line indented deeper, or a sequence's "- " item at the key's own
        # indentation (YAML allows both): the value (a scalar, a block scalar, a list, or a mapping
        # under a secret key). The callback reads the key with is_secret_key, so "author:" is left
        # alone (and its block scrubbed as YAML of its own).
        self._yaml_pattern = re.compile(
            r"(?m)^(?P<keep>(?P<indent>[ \t]{0,64})(?:-[ \t]{1,8})?[\"']?"
            r"(?P<key>[A-Za-z0-9_.\-]{0,48}(?i:" + names + "|" + "|".join(words) + r")[A-Za-z0-9_.\-]{0,48})"
            r"[\"']?[ \t]{0,8}:[ \t]{0,8}(?:[|>][-+0-9]{0,3}[ \t]{0,8})?\r?\n)"
            r"(?P<value>(?:(?P=indent)(?:[ \t]{1,64}|-(?=[ \t\r\n]|\Z))[^\r\n]*(?:\r?\n|\Z))+)"
        )
        rules = [
            _Rule(
                "yaml_key_value",
                self._yaml_pattern,
                ("\n",),
                self._yaml_value,
                requires=lambda lowered: ":" in lowered,
                keyed=True,
            ),
            _Rule(
                "urlencoded_key_value",
                # The quotes, blanks and separator of the pair as %22, %20 or +, %3D or %3A (%253D once
                # more encoded); the value runs to an encoded &, quote, comma, brace or blank.
                re.compile(
                    r"(?i)(?P<keep>(?:(?:" + names + r")(?![a-z])|" + short + r")[a-z0-9_.\-]{0,48}"
                    r"(?:%(?:25){0,3}22)?(?:%(?:25){0,3}20|\+){0,8}%(?:25){0,3}3[ad]"
                    r"(?:%(?:25){0,3}20|\+){0,8}(?:%(?:25){0,3}22)?)"
                    r"(?:[^\s&\"'<>,;%]|%(?!(?:25){0,3}(?:2[026c]|7d|3b|0[ad]))[0-9a-f]{2}){1,1024}"
                ),
                ("%3d", "%3a", "%25"),  # once, or more than once encoded (%253D, %25253D)
                lambda match: match.group("keep") + hidden,
                keyed=True,
            ),
        ]
        rules.append(
            _Rule(
                "cli_flag",
                # A command line's flag and the argument after it (--password x), also as the list a
                # CalledProcessError prints (['psql', '--password', 'x']); not --password-file, --no-password.
                re.compile(
                    r"(?i)(?P<keep>(?<![a-z0-9_\-])--(?!no-)(?:[a-z0-9]{1,16}-){0,3}(?:"
                    + names
                    + "|"
                    + "|".join(words)
                    + r")(?![a-z0-9_\-])(?:['\"],[ \t]{0,4}['\"]|[ \t]{1,4}))"
                    r"[^\s'\",\[\]\-][^\s'\",\[\]]{0,1024}"
                ),
                ("--",),
                lambda match: match.group("keep") + hidden,
                keyed=True,
            )
        )
        rules.append(
            _Rule(
                "cli_short_flag",
                # The short flags some commands take a password with: mysql's -pSECRET (attached: "-p x"
                # prompts), sshpass -p SECRET, curl's -u/--user/-U/--proxy-user user:password (the
                # password hidden, the user kept). Read only on the line of such a command (the callback),
                # since -p and -u mean other things elsewhere (ssh -p 22, docker run -u 1000:1000).
                re.compile(
                    r"(?<![^\s'\"\[,])(?P<flag>-p|-u|-U|--user|--proxy-user)"
                    r"(?P<gap>=|['\"],[ \t]{0,4}['\"]|[ \t]{1,4}|)"
                    r"(?P<value>'[^'\r\n]{1,256}'|\"[^\"\r\n]{1,256}\"|[^\s'\",\]]{1,1024})"
                ),
                ("-p", "-u"),  # the flags first: "-" is rarer than the commands' first letters in text
                self._short_flag_value,
                requires=lambda lowered: any(command in lowered for command in _PASSWORD_COMMANDS),
                # The commands' rarer parts: "m" starts many words, "y" and the "a" and "s" groups' few.
                suspects=("ysql", "ariadb", "sshpass", "curl"),
            )
        )
        rules.append(
            _Rule(
                "pair_key_value",
                # A pair of a list of pairs printed as text: werkzeug's Headers([('Authorization', 'Token x')]),
                # an ASGI scope's [(b'x-api-key', b'...')], a JSON list of pairs. The callback reads the key
                # with is_secret_key, as for a mapping's key; the value is one quoted string on one line.
                re.compile(
                    r"(?P<keep>[(\[][ \t]{0,8}b?(?P<quote>['\"])(?P<key>[A-Za-z0-9_.\- ]{1,64})(?P=quote),[ \t]{0,8})"
                    r"(?P<value>b?'(?:[^'\\\r\n]|\\.){0,4096}'|b?\"(?:[^\"\\\r\n]|\\.){0,4096}\")"
                ),
                ("',", '",'),
                self._pair_value,
                keyed=True,
            )
        )
        rules.append(
            _Rule(
                "xml_element",
                # An element's text under a secret name, with a namespace prefix and attributes or not: SOAP
                # WS-Security's <wsse:Password>, XML configuration, an API's XML error echoing its request.
                re.compile(
                    r"(?P<keep><(?P<tag>(?:[A-Za-z_][A-Za-z0-9_.\-]{0,32}:)?(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,64}))"
                    r"(?:[ \t\r\n][^<>]{0,1024})?>)"
                    r"(?P<value><!\[CDATA\[.{0,4096}?\]\]>|[^<]{1,4096})(?=</(?P=tag)[ \t\r\n]*>)",
                    re.S,
                ),
                ("</",),
                self._element_text,
                keyed=True,
            )
        )
        rules.append(
            _Rule(
                "xml_attribute",
                # A setting written as an element's attributes, its name in one and its value in the next:
                # .NET's <add key="DbPassword" value="..."/> (NuGet's ClearTextPassword too), Spring's
                # <property name="password" value="..."/>, <param name="token" value="..."/>.
                re.compile(
                    r"(?i)(?P<keep>(?<![a-z0-9_\-])(?:key|name)[ \t]{0,8}=[ \t]{0,8}(?P<quote>['\"])"
                    r"(?P<key>[A-Za-z0-9_.:\- ]{1,64})(?P=quote)[ \t\r\n]{1,64}value[ \t]{0,8}=[ \t]{0,8}(?P=quote))"
                    r"(?P<value>[^'\"<>\r\n]{1,4096})(?=(?P=quote))"
                ),
                ("value",),
                self._attribute_value,
                keyed=True,
            )
        )
        if self._word_keys:
            rules.append(
                _Rule(
                    "auth_key_value",
                    re.compile(
                        r"(?P<keep>" + _WORD_KEY_TEXT + r"[A-Za-z0-9_.\-]{0,48}(?:\\{0,15}['\"])?"
                        r"[ \t]{0,8}(?:=>|[:=])[ \t]{0,8})(?i:" + value + ")"
                    ),
                    ("auth",),
                    key_value,
                    requires=lambda lowered: "=" in lowered or ":" in lowered,
                )
            )
        return rules

    def _hidden_value(self, match: re.Match[str]) -> str:
        """A pair's value hidden, its quotes kept (escaped once or more: JSON inside JSON, inside JSON)."""
        value = match.group("value")
        if value[:1] in "[{(":  # a list, object or tuple: hidden whole, its brackets kept
            return f"{match.group('keep')}{value[0]}{self.replacement}{value[-1]}"
        prefix = value[:1] if value[:1] in "bB" and value[1:2] in ("'", '"') else ""  # b'...': bytes' repr
        value = value[len(prefix) :]
        bare = value.lstrip("\\")
        opening = value[: len(value) - len(bare) + 1] if bare[:1] in ("'", '"') else ""
        closing = opening if opening and len(value) > len(opening) and value.endswith(opening) else ""
        return f"{match.group('keep')}{prefix}{opening}{self.replacement}{closing}"

    def _named_value(self, match: re.Match[str]) -> str:
        """A ``key_value`` pair's value, hidden when the whole key names a secret as a mapping's key would."""
        text, start = match.string, match.start()
        begin = start  # the key's start, read back over the characters of a key (bounded: linear time)
        while begin > max(0, start - 48) and text[begin - 1] in _TEXT_KEY_CHARS:
            begin -= 1
        name = self._key_name(text[begin:start] + match.group("key"))
        if name is KeyName.PLAIN or (name is KeyName.COUNTS and match.group("key")[:10].lower() != "credential"):
            return match.group(0)  # token_count=3, tokenizer=bpe, max_tokens=5: no secret's value
        return self._hidden_value(match)

    def _short_flag_value(self, match: re.Match[str]) -> str:
        """A short flag's argument, hidden when the command it follows on its line takes a password with it."""
        text, start = match.string, match.start()
        begin = max(0, start - 512)  # the line read back at most so far: linear time
        line = text[text.rfind("\n", begin, start) + 1 or begin : start]
        command = _last_command(line)
        flag, gap, value = match.group("flag", "gap", "value")
        quote = value[0] if value[0] in "'\"" and len(value) > 1 else ""
        keep = match.group(0)[: match.start("value") - start]
        if flag == "-p" and (command == "sshpass" or (command.startswith(("mysql", "mariadb")) and not gap)):
            return f"{keep}{quote}{self.replacement}{quote}"
        if flag != "-p" and command == "curl" and ":" in value:
            user = value[: value.index(":") + 1]
            return f"{keep}{user}{self.replacement}{quote}"
        return match.group(0)

    def _element_text(self, match: re.Match[str]) -> str:
        """An XML element's text: hidden when the element's name (without its namespace prefix) names a secret."""
        return match.group("keep") + self.replacement if self.is_secret_key(match.group("key")) else match.group(0)

    def _attribute_value(self, match: re.Match[str]) -> str:
        """An element's ``value=`` attribute: hidden when its ``key=`` or ``name=`` attribute names a secret."""
        return match.group("keep") + self.replacement if self.is_secret_key(match.group("key")) else match.group(0)

    def _pair_value(self, match: re.Match[str]) -> str:
        """A printed pair's value: hidden (its quotes kept) when the pair's key names a secret."""
        if not self.is_secret_key(match.group("key")):
            return match.group(0)
        value = match.group("value")
        opening = value[: value.index(value[-1]) + 1]  # the quote, after a b of bytes
        return f"{match.group('keep')}{opening}{self.replacement}{value[-1]}"

    def _yaml_value(self, match: re.Match[str]) -> str:
        """A YAML key's value lines: hidden under a secret key, else scrubbed as YAML of their own."""
        value = match.group("value")
        if not self.is_secret_key(match.group("key")):
            return match.group("keep") + self._yaml_pattern.sub(self._yaml_value, value)
        indent = value[: len(value) - len(value.lstrip(" \t"))]
        ending = "\r\n" if value.endswith("\r\n") else "\n" if value.endswith("\n") else ""
        return f"{match.group('keep')}{indent}{self.replacement}{ending}"

    # -- using -----------------------------------------------------------------------
    def _any_literal(self, text: str, lowered: str) -> bool:
        """Whether some rule's literal occurs: one regex search on short text, substring scans on long."""
        if len(text) <= _SHORT_TEXT:
            return self._gate_lower.search(lowered) is not None or self._gate_exact.search(text) is not None
        return any(literal in (text if exact else lowered) for literal, exact in self._literals)

    def _names_key(self, lowered: str) -> bool:
        """A key name occurs whole (``api_key``, ``api-key``, ``apikey``), or a short one (``pass``, ``auth``)."""
        return self._key_names.search(lowered) is not None or any(word in lowered for word in self._short_words)

    def may_hold_secret(self, data: bytes) -> bool:
        r"""Whether scrubbing a value whose UTF-8 (or JSON) text this is could change it; never False when it would.

        For a producer whose events may not have been scrubbed (the sink's check before
        storing a record as it is), so it costs two C-level searches: True when a key name,
        a rule's literal, a 40-character base64 run (an AWS secret key's shape), a word the
        ``random_token`` rule reads as a token (looked for only after a run of 20 letters
        and digits) or a JSON escape that could spell one (``\u``, ``\/``) occurs; always when extra patterns
        are configured (they may be anchored to a value's edges, which a JSON text does not
        keep). Parts may be joined by line breaks: no literal spans one, and every rule's
        boundaries take a line break, a quote and the edge of the text alike. Text that is
        not ASCII is checked as text (a few letters lower-case to ASCII ones).
        """
        if self._suspect_always or b"\\u" in data or b"\\/" in data or self._html_in(data):
            return True
        if not data.isascii():
            return self._may_hold_secret_text(data.decode("utf-8", "replace"))
        lowered = data.lower()
        if self._suspect_lower.search(lowered) is not None or self._suspect_exact.search(data) is not None:
            return True
        if (self._word_keys and _auth_word_in(data, lowered)) or (
            self._suspect_inside and _word_in(data, lowered, self._suspect_inside)
        ):
            return True
        # A run of 40 base64 characters (an AWS secret key's shape), of 20 letters and digits (a token's): a git
        # sha, a hex trace id or a long name more often than a key, so the rules decide.
        return self._may_hold_run(data)

    def _may_hold_run(self, data: bytes) -> bool:
        """:meth:`may_hold_secret` of ASCII data no literal was found in: a random word may still be a key."""
        if not (self._suspect_runs or self._suspect_tokens) or len(data) < _TOKEN_RUN_LENGTH:
            return False
        classes = data.translate(_RUN_CLASSES)
        aws = self._suspect_runs and len(data) >= _AWS_SECRET_LENGTH and _BASE64_RUN in classes.replace(b"b", b"a")
        if aws and any(_is_aws_secret(match.group(0)) for match in _AWS_SECRET.finditer(data.decode())):
            return True
        return (
            self._suspect_tokens
            and _TOKEN_RUN in classes
            and any(_token_at(match, self._secret_in_decoded) for match in _TOKEN_UNIT.finditer(data.decode()))
        )

    def _secret_in_decoded(self, decoded: str) -> bool:
        """Whether the text a base64 word decodes to holds a secret: then the word is one (shorter: bounded)."""
        return self.scrub_text(decoded) != decoded

    def _html_in(self, data: bytes) -> bool:
        """An HTML character reference occurs: :meth:`scrub_text` reads the text decoded (``&#112;`` spells ``p``)."""
        return bool(self._rules) and b"&" in data and _HTML_REFERENCE_BYTES.search(data) is not None

    def may_hold_secret_in(self, texts: list[str]) -> bool:
        r"""Whether scrubbing any of ``texts`` could change it; never False when it would.

        :meth:`may_hold_secret` of the texts joined by line breaks, for the sink's check of the
        records errorflow's agents derive from a failure, whose texts repeat (an operation, a
        service, an error's type and message in its classification, decision and dead letter)
        or are ids. So it skips, without searching them:

        - texts a previous call found nothing in (the check is a function of the text alone: a
          text clean once is clean again). Only texts of an all-ASCII call are remembered: on
          ASCII the check is literal searches, and a literal found in one text is found in the
          joined texts, so a joined text found clean has every part clean;
        - ids: under 40 characters of lower-case hex digits and ``-``, when every name and literal
          the check searches for holds another character and no pattern runs on every text (true
          of the built-in rules; a configured key name such as ``cafe`` turns this off). Such text
          has no ``\u``, no ``auth`` and no 40-character run either.
        """
        clean = self._clean_texts
        ids = self._ids_unsuspected
        unknown = [
            text
            for text in texts
            if text not in clean and not (ids and len(text) < _AWS_SECRET_LENGTH and not text.strip(_ID_CHARS))
        ]
        if not unknown:
            return False
        # Joined by line breaks, which no literal spans; lone surrogates become "\\u" escapes, which it suspects.
        data = "\n".join(unknown).encode("utf-8", "backslashreplace")
        if self.may_hold_secret(data):
            return True
        if data.isascii():
            if len(clean) + len(unknown) > _MAX_CLEAN_TEXTS:
                clean.clear()
            clean.update(text for text in unknown if len(text) <= _MAX_CLEAN_LENGTH)
        return False

    def _may_hold_secret_text(self, text: str) -> bool:
        text = plain_text(text)  # a fullwidth key name spells the name
        lowered = text.lower()
        return (
            self._key_gate.search(lowered.replace("-", "_")) is not None
            or any(word in lowered for word in ("bearer", "basic", "pass", "pwd"))
            or self._any_literal(text, lowered)
            or any(
                rule.triggers is None and len(text) >= rule.min_length and rule.pattern.search(text) is not None
                for rule in self._rules
            )
        )

    def is_secret_key(self, key: str) -> bool:
        """Tell whether a mapping key names a secret (remembered: inputs repeat their parameter names)."""
        return self._key_name(key) is not KeyName.PLAIN

    def hides(self, key: str, value: Any) -> bool:
        """Tell whether a mapping's ``value`` under ``key`` is hidden whole for its key's name.

        A number under a key that names secrets only in the plural (``max_tokens``,
        ``prompt_tokens``, ``api_keys``) is a count, not a secret, as ``max_tokens=5`` is in
        text: hiding it put the redaction marker into every LLM call's input, which recovery
        then refused to re-run. Text, lists and mappings under such a key stay hidden.
        """
        name = self._key_name(key)
        if type(value) is bool or value is None:  # no secret: hiding "password_set": True only loses the fact
            return False
        if name is KeyName.COUNTS:
            return not (type(value) is int or type(value) is float)
        return name is KeyName.SECRET

    def _key_name(self, key: str) -> KeyName:
        """What ``key`` names, read once per key (inputs repeat their parameter names): :mod:`.scrub_keys`."""
        known = self._named_by_key.get(key)
        if known is None:
            if self._word_keys and any(word.lower() in self._word_keys for word in _KEY_WORDS.findall(plain_text(key))):
                known = KeyName.SECRET
            else:
                known = self._key_reader.read(key)
            if len(self._named_by_key) < _MAX_KNOWN_KEYS:
                self._named_by_key[key] = known
        return known

    def scrub_text(self, text: str) -> str:
        r"""Return ``text`` with every credential a value pattern finds replaced.

        Text holding ``\u`` escapes, HTML character references (``password&#61;...``, decoded up to three
        times over: ``&amp;#61;``) or compatibility characters is also read as it prints
        (:func:`.scrub_keys.plain_text`: ``"pass\u0077ord": ...``, ``token=...`` in fullwidth letters);
        when that reading finds a credential the written one did not, the text comes back in that
        reading, scrubbed: a key spelled to slip past the rules is hidden, at the cost of the escapes.
        """
        scrubbed = self._scrub_written(text)
        plain = scrubbed
        if self._rules and "&" in text:
            for _ in range(_HTML_ROUNDS):
                if _HTML_REFERENCE_TEXT.search(plain) is None:
                    break
                plain = html.unescape(plain)
        if "\\" in text or not text.isascii() or not plain.isascii():
            plain = plain_text(plain)
        if plain is not scrubbed and plain != scrubbed:
            again = self._scrub_written(plain)
            if again is not plain and again != plain:
                return again
        return scrubbed

    def _scrub_written(self, text: str) -> str:
        if not self._rules:
            return text
        if self._always:
            lowered = text.lower()
        elif len(text) < _MIN_SCRUB_LENGTH:
            return text
        else:
            lowered = text.lower()
            if (
                len(text) < self._min_length
                and not self._any_literal(text, lowered)
                and not (self._tokens and len(text) >= _TOKEN_RUN_LENGTH and _may_hold_token(lowered))
            ):
                return text
        return self._run_rules(text, lowered)

    def _run_rules(self, text: str, lowered: str) -> str:
        """Apply each rule whose literals occur and whose checks pass, in order."""
        named: bool | None = None  # whether a key name occurs: searched once, until a rule rewrites the text
        for rule, gate in zip(self._rules, self._rule_gates, strict=True):
            if len(text) < rule.min_length:
                continue
            if gate is not None and gate.search(text if rule.case_sensitive_triggers else lowered) is None:
                continue
            if rule.requires is not None and not rule.requires(lowered):
                continue
            if rule.keyed:
                if named is None:
                    named = self._names_key(lowered)
                if not named:
                    continue
            before = lowered
            text, lowered = self._apply(rule, text, lowered)
            if lowered is not before:
                named = None
        return text

    @staticmethod
    def _apply(rule: _Rule, text: str, lowered: str) -> tuple[str, str]:
        rewritten = rule.pattern.sub(rule.rewrite, text)
        if rewritten is not text and rewritten != text:
            return rewritten, rewritten.lower()
        return text, lowered

    def scrub(self, value: Any) -> Any:
        """Return a copy of a JSON-like value with secrets replaced, at any depth.

        Values under a secret key are replaced whole (but a number under a key that names
        secrets only in the plural, ``max_tokens``, is a count); strings that start with
        ``Bearer`` or ``Basic`` are replaced whole; other strings go through
        :meth:`scrub_text`; so do mapping keys (a key holding a credential is
        scrubbed and its value replaced whole). Numbers, times and ids are
        returned as they are; a dataclass is scrubbed as its fields, other
        objects (bytes, sets...) as their repr, the text they are sent as.
        A list of ``(key, value)`` pairs (an ASGI scope's headers, a header list
        for httpx or requests) is read as the mapping it spells: a value whose key
        names a secret is replaced whole. Containers nested deeper than the scrubber
        walks are replaced whole: what was not read is never passed on.
        """
        return self._scrub(value, 0, self.replacement, whole=False)

    def scrub_input(self, value: Any) -> Any:
        """Like :meth:`scrub`, but a value holding a secret becomes the :data:`REDACTED` marker whole.

        For input dumps: recovery refuses to re-run a call whose input holds the
        marker (it would run with a placeholder), and a value scrubbed in place
        (``postgres://app:***@db``) would not be recognised and would be re-run
        with a broken value. The marker is fixed (not the configured replacement)
        because it is part of the contract between the SDK and recovery.
        """
        return self._scrub(value, 0, REDACTED, whole=True)

    def _scrub(self, value: Any, depth: int, hidden: str, *, whole: bool) -> Any:
        if isinstance(value, str):
            return self._scrub_str(value, hidden, whole=whole)
        if type(value) in _UNSCRUBBED or isinstance(value, _NO_TEXT):
            return value
        if depth > _MAX_DEPTH:  # not read, so never passed on unread: a secret may lie below
            return hidden
        if type(value) is dict or isinstance(value, Mapping):
            return self._scrub_mapping(value, depth, hidden, whole=whole)
        if isinstance(value, (list, tuple)):
            return self._scrub_list(value, depth, hidden, whole=whole)
        return self._scrub_object(value, depth, hidden, whole=whole)

    def _scrub_list(self, value: list[Any] | tuple[Any, ...], depth: int, hidden: str, *, whole: bool) -> list[Any]:
        """A list's items; a list of ``(key, value)`` pairs is read as the mapping it spells (header lists)."""
        if value and all(_is_pair(item) for item in value):
            return [self._scrub_pair(item, depth + 1, hidden, whole=whole) for item in value]
        return [self._scrub(item, depth + 1, hidden, whole=whole) for item in value]

    def _scrub_pair(self, pair: list[Any] | tuple[Any, ...], depth: int, hidden: str, *, whole: bool) -> list[Any]:
        """A ``(key, value)`` item of a list of pairs: its value hidden whole under a secret key, as in a mapping."""
        key, item = pair
        sent = key if type(key) is str else safe_repr(key)  # bytes are sent as their repr
        scrubbed_key = self._scrub_str(sent, hidden, whole=whole)
        if scrubbed_key is not sent and scrubbed_key != sent:  # the key holds a credential itself
            return [scrubbed_key, hidden]
        if self.hides(_pair_key(sent), item):
            return [scrubbed_key, hidden]
        return [scrubbed_key, self._scrub(item, depth + 1, hidden, whole=whole)]

    def _scrub_str(self, value: str, hidden: str, *, whole: bool) -> str:
        if value[:7].lower() == "bearer " or value[:6].lower() == "basic ":
            return hidden
        scrubbed = self.scrub_text(value)
        return hidden if whole and scrubbed is not value and scrubbed != value else scrubbed

    def _scrub_mapping(self, value: Mapping[Any, Any], depth: int, hidden: str, *, whole: bool) -> dict[str, Any]:
        scrubbed: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            clean = self._clean_key(name)
            if clean is not name:  # the key holds a credential itself: so may its value
                scrubbed[clean] = hidden
            elif self.hides(name, item):
                scrubbed[name] = hidden
            else:
                scrubbed[name] = self._scrub(item, depth + 1, hidden, whole=whole)
        return scrubbed

    def _scrub_object(self, value: Any, depth: int, hidden: str, *, whole: bool) -> Any:
        """A value that is neither text, number, mapping nor list: scrubbed as what it is sent as."""
        if isinstance(value, Enum):  # sent as its value
            return self._scrub(value.value, depth + 1, hidden, whole=whole)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            try:  # orjson sends a dataclass as the object of its fields
                fields = {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
            except Exception:  # a foreign property may raise anything
                return hidden
            return self._scrub(fields, depth + 1, hidden, whole=whole)
        # Bytes, sets and other objects are sent as their repr (errorflow.safetext.jsonable_safe):
        # scrub that text, or a secret in it is sent as it is.
        return self._scrub_str(safe_repr(value), hidden, whole=whole)

    def _clean_key(self, key: str) -> str:
        """``key`` itself when no value pattern finds a credential in it (remembered), else its scrubbed text."""
        if key in self._clean_keys:
            return key
        scrubbed = self.scrub_text(key)
        if scrubbed == key:
            if len(self._clean_keys) < _MAX_KNOWN_KEYS:
                self._clean_keys.add(key)
            return key
        return scrubbed
