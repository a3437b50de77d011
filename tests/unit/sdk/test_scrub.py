"""The scrubber: every value pattern finds its secret, and leaves ordinary text alone."""

from __future__ import annotations

import orjson
import pydantic
import pytest

from errorflow.redacted import holds_redacted
from errorflow.sdk.redact import Redactor
from errorflow.sdk.runtime import build_redactor
from errorflow.sdk.scrub import REDACTED, Scrubber
from errorflow.settings import Settings

AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretbody\n-----END RSA PRIVATE KEY-----"

# (rule, text, the secret that must be gone, what must stay)
SCRUBBED = [
    ("url_password", "could not connect to postgres://admin:hunter2@db:5432/app", "hunter2", "postgres://admin:"),
    ("url_password", "redis://:s3cr3t@cache:6379/0 refused", "s3cr3t", "@cache:6379/0 refused"),
    ("url_password", "amqps://u:p%40ss@mq/vhost", "p%40ss", "@mq/vhost"),
    # Passwords as libraries take them unencoded (SQLAlchemy reads up to the last "@"): base64 ones hold "/".
    ("url_password", "cannot connect to postgres://app:kQ9/x+Zp2w==@db:5432/app", "kQ9/x+Zp2w==", "@db:5432/app"),
    ("url_password", "redis://default:p@ss-Zq9@cache:6379/0 refused", "ss-Zq9", "@cache:6379/0 refused"),
    ("url_password", "see https://ann:pw-Zq9@host/path/mail@example.com", "pw-Zq9", "@host/path/mail@example.com"),
    ("bearer", "header Authorization: Bearer abc123.def-456", "abc123.def-456", "header"),
    ("bearer", "sent bearer 0123456789abcdefABCDEF to api", "0123456789abcdefABCDEF", "to api"),
    ("basic", "Basic dXNlcjpodW50ZXIy failed", "dXNlcjpodW50ZXIy", "failed"),
    ("aws_access_key_id", "key AKIAIOSFODNN7EXAMPLE denied", "AKIAIOSFODNN7EXAMPLE", "denied"),
    ("aws_access_key_id", "session ASIAY34FZKBOKMUTVV7A expired", "ASIAY34FZKBOKMUTVV7A", "expired"),
    ("aws_secret_key", f"signature mismatch for {AWS_SECRET} today", AWS_SECRET, "today"),
    ("jwt", f"token rejected: {JWT}", JWT, "rejected"),
    ("private_key", f"bad key {PEM} loaded", "MIIEowIBAAKCAQEAsecretbody", "loaded"),
    ("private_key", "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADtruncated", "MIIEvQIBADtruncated", ""),
    ("key_value", "GET /v1/items?api_key=abc123xyz&page=2 -> 403", "abc123xyz", "&page=2 -> 403"),
    ("key_value", "GET /v1/items?page=2&token=tok_998877 -> 401", "tok_998877", "?page=2&token="),
    ("key_value", "login failed password=hunter2 for ann", "hunter2", "for ann"),
    ("key_value", "config: {'db_password': 'correct horse'}", "correct horse", "db_password"),
    ("key_value", '{"client_secret": "shh-its-a-secret"}', "shh-its-a-secret", "client_secret"),
    ("key_value", "AWS_SECRET_ACCESS_KEY=abcdEFGH1234 in env", "abcdEFGH1234", "in env"),
    ("key_value", "X-Api-Key: k-42-42-42 sent", "k-42-42-42", "sent"),
    ("key_value", "credentials=ann:pw1 rejected", "ann:pw1", "rejected"),
    ("key_value", "Authorization: Basic notbase64!!", "notbase64", "Authorization"),
    ("key_value", "cookie: sessionid=q1w2e3", "q1w2e3", "cookie"),
    ("cookie_header", "request headers:\nCookie: theme=dark; sid=q1w2e3\nAccept: */*", "q1w2e3", "Accept: */*"),
    ("cookie_header", "Set-Cookie: session=a1b2c3; Path=/; HttpOnly", "a1b2c3", "Set-Cookie: "),
    ("key_value", "params = {'password' => 'hunter22', 'user' => 'ann'}", "hunter22", "'user' => 'ann'"),
    (
        "validation_input",
        "1 validation error for Outer\ncreds.api_key\n  String should have at least 20 characters "
        "[type=string_too_short, input_value='sk-short-secret', input_type=str]",
        "sk-short-secret",
        "input_type=str]",
    ),
]

# Ordinary text each rule's trigger occurs in, that must come out unchanged.
UNTOUCHED = [
    ("url_password", "see https://docs.example.com:8443/path?q=1 for details"),
    ("url_password", "mailto://ann@example.com"),
    ("url_password", "GET http://localhost:3000/users/ann@example.com -> 404"),
    ("bearer", "the bearer of bad news"),
    ("basic", "Basic usage is described in the manual"),
    ("aws_access_key_id", "AKIA is how access key ids start"),
    ("aws_secret_key", "commit 3f786850e387550fdab836ed7e6dc881de23001b failed"),
    ("aws_secret_key", 'File "/home/User/Projects/app2/src/Main/Widget/view.py", line 3'),
    ("jwt", "eyJ alone is not a token"),
    ("private_key", "-----BEGIN CERTIFICATE----- is public"),
    ("key_value", "max_tokens=512 and tokenizer=bert"),
    ("key_value", "the password is too short"),
    ("key_value", "secretary: Bob"),
    ("key_value", "passwords must match"),
    (
        "validation_input",
        "1 validation error for Creds\nuser\n  Input should be a valid string [type=string_type, input_value=3, "
        "input_type=int]",
    ),
    ("none", "ValueError: invalid literal for int() with base 10: 'abc'"),
    ("none", "ConnectionRefusedError: [Errno 111] Connection refused"),
]


@pytest.mark.parametrize(("rule", "text", "secret", "kept"), SCRUBBED)
def test_value_patterns_remove_the_secret(rule: str, text: str, secret: str, kept: str) -> None:
    scrubbed = Scrubber().scrub_text(text)
    assert secret not in scrubbed, rule
    assert REDACTED in scrubbed
    assert kept in scrubbed


@pytest.mark.parametrize(("rule", "text"), UNTOUCHED)
def test_ordinary_text_is_left_alone(rule: str, text: str) -> None:
    assert Scrubber().scrub_text(text) == text, rule


def test_structures_scrubbed_by_key_and_by_value() -> None:
    scrubbed = Scrubber().scrub(
        {
            "dsn": "postgresql://app:pa55word@db/app",
            "db_password": "plain",
            "headers": {"X-Api-Key": "k", "Accept": "json"},
            "items": ["ok", "Bearer abc.def", "basic anything", {"note": "api_key=zzz9"}],
            "n": 3,
        }
    )
    assert scrubbed == {
        "dsn": f"postgresql://app:{REDACTED}@db/app",
        "db_password": REDACTED,
        "headers": {"X-Api-Key": REDACTED, "Accept": "json"},
        "items": ["ok", REDACTED, REDACTED, {"note": f"api_key={REDACTED}"}],
        "n": 3,
    }


def test_a_key_passphrase_is_a_secret_by_key_and_in_text() -> None:
    """An SSH or PKCS#12 key's passphrase (``load_key(path, passphrase=...)``) is as secret as a password."""
    scrubber = Scrubber()
    assert scrubber.scrub({"key_passphrase": "correct horse", "path": "/keys/id"}) == {
        "key_passphrase": REDACTED,
        "path": "/keys/id",
    }
    assert scrubber.scrub_text("ssh-add failed: passphrase=hunter2hunter2") == f"ssh-add failed: passphrase={REDACTED}"
    assert scrubber.may_hold_secret(b'{"passphrase": "x"}')


def test_extra_keys_patterns_and_replacement() -> None:
    scrubber = Scrubber(
        ["ssn"],
        patterns=[r"acct-\d{6}", r"pin (?P<secret>\d{4})"],
        replacement="[Filtered]",
    )
    assert scrubber.scrub({"ssn": "1", "x": "ssn=123-45-6789"}) == {"ssn": "[Filtered]", "x": "ssn=[Filtered]"}
    assert scrubber.scrub_text("acct-123456 with pin 1234.") == "[Filtered] with pin [Filtered]."
    assert scrubber.scrub_text("short") == "short"


def test_value_patterns_can_be_turned_off() -> None:
    scrubber = Scrubber(enabled=False)
    assert scrubber.scrub_text("postgres://a:b@c") == "postgres://a:b@c"
    assert scrubber.scrub({"password": "x"}) == {"password": REDACTED}


def test_settings_build_the_scrubber() -> None:
    settings = Settings(
        sdk={"scrub_keys": ["pin"], "scrub_patterns": [r"ID-\d+"], "scrub_replacement": "<x>"},
    )
    redactor = build_redactor(settings)
    assert isinstance(redactor, Redactor)
    assert redactor.scrub({"pin": "1", "t": "ID-77 password=p"}) == {"pin": "<x>", "t": "<x> password=<x>"}


def test_a_bad_pattern_is_a_settings_error() -> None:
    with pytest.raises(pydantic.ValidationError, match="not a regular expression"):
        Settings(sdk={"scrub_patterns": ["(unclosed"]})


def test_long_text_without_secrets_costs_one_pass() -> None:
    text = "x" * 2_000_000 + " password=hunter2"
    assert Scrubber().scrub_text(text).endswith(f"password={REDACTED}")


HOSTILE_TEXT = [
    "token_" * 40_000,
    "password_x" * 20_000,
    "eyJ-" * 50_000,
    "a.a." * 50_000 + "://",
    "x://u:" + "p" * 200_000,
    "x://y:" * 40_000 + " @",  # every "x://y:" starts a password that may hold "/": bounded, or quadratic
    "x://y:" + "@z" * 100_000 + " @",
    "basic dXNlcjpwYXNz " * 10_000,
    "a/B1" * 50_000,
    "-----BEGIN PRIVATE KEY-----" * 5_000,
    "password\n input_value=" * 20_000,
    ("x" * 150 + "\n" + " " * 150 + "input_value=") * 1_000,
]


@pytest.mark.timeout(60)
def test_hostile_text_costs_linear_time() -> None:
    """Each of these took seconds per 40 kB while a rule could start inside a run (quadratic); now milliseconds."""
    scrubber = Scrubber()
    for text in HOSTILE_TEXT:
        scrubber.scrub_text(text)


def test_inputs_holding_a_secret_become_the_redacted_marker_whole() -> None:
    """Recovery refuses to re-run a call whose input holds the marker; a value scrubbed in place would be re-run."""
    redactor = build_redactor(Settings(sdk={"scrub_replacement": "<x>"}))
    dump = {"dsn": "postgresql://app:pw@db/app", "page": "2", "password": "p", "items": ["ok", "token=abc123"]}
    assert redactor.redact(dump) == {"dsn": REDACTED, "page": "2", "password": REDACTED, "items": ["ok", REDACTED]}
    assert redactor.scrub(dump)["dsn"] == "postgresql://app:<x>@db/app", "text keeps its shape"


def _nested(depth: int, leaf: object) -> object:
    value = leaf
    for _ in range(depth):
        value = {"next": [value]}
    return value


@pytest.mark.parametrize("depth", [63, 64, 65, 100, 200])
def test_no_secret_survives_deep_nesting(depth: int) -> None:
    """Past the depth the scrubber walks, what it did not read is hidden, never passed through unread."""
    scrubber = Scrubber()
    value = _nested(depth, {"password": "Zq9-deep", "dsn": "postgres://u:Zq9-url@db/app"})
    for scrubbed in (scrubber.scrub(value), scrubber.scrub_input(value)):
        assert "Zq9" not in repr(scrubbed)
    assert holds_redacted(scrubber.scrub_input(value)), "recovery must not re-run an input it could not read whole"


def test_mapping_keys_are_scrubbed_too() -> None:
    """A key may hold a credential itself (connections keyed by their URL, caches keyed by token)."""
    scrubber = Scrubber()
    value = {"postgres://app:Zq9-pw@db/app": 1, "token=Zq9-tok": {"ok": 2}, "plain": 3}
    scrubbed = scrubber.scrub(value)
    assert "Zq9" not in repr(scrubbed)
    assert scrubbed == {"postgres://app:***REDACTED***@db/app": REDACTED, "token=***REDACTED***": REDACTED, "plain": 3}
    redacted = scrubber.scrub_input(value)
    assert "Zq9" not in repr(redacted)
    assert holds_redacted(redacted), "an input whose key held a secret is not re-run as it is"


def test_foreign_values_are_scrubbed_as_the_text_they_are_sent_as() -> None:
    """Bytes, sets and other objects are sent as their repr (errorflow.safetext.jsonable_safe): scrubbed as such."""

    class Handle:
        def __repr__(self) -> str:
            return "Handle(token=Zq9-obj)"

    scrubber = Scrubber()
    value = {"refs": [b"postgres://u:Zq9-bytes@db/app", {"password=Zq9-set"}, Handle()], "n": 1.5}
    for scrubbed in (scrubber.scrub(value), scrubber.scrub_input(value)):
        assert "Zq9" not in repr(scrubbed)
        assert scrubbed["n"] == 1.5


# Vendor tokens by their documented shapes, and the spellings a review found the key rules missed.
# (name, text, the secret that must be gone, what must stay)
GITHUB_36 = "16C7e42F292c6912E7710c838347Ae178B4a"
MISSED = [
    ("github_pat_classic", f"push failed with ghp_{GITHUB_36} today", f"ghp_{GITHUB_36}", "today"),
    ("github_oauth", f"token gho_{GITHUB_36} revoked", GITHUB_36, "revoked"),
    ("github_user_to_server", f"ghu_{GITHUB_36}", GITHUB_36, ""),
    ("github_server_to_server", f"git clone with ghs_{GITHUB_36}", GITHUB_36, "git clone with"),
    ("github_refresh", f"refresh ghr_{GITHUB_36}{GITHUB_36}abcd ok", GITHUB_36, "ok"),
    (
        "github_fine_grained",
        "pat github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVW bad",
        "0123456789abc_abcdef",
        "bad",
    ),
    ("stripe_secret", "stripe said sk_live_4eC39HqLyjWDarjtT1zdp7dc no", "4eC39HqLyjWDarjtT1zdp7dc", "no"),
    ("stripe_restricted", "rk_live_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc", ""),
    ("stripe_test", "key=sk_test_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc", ""),
    ("stripe_webhook", "signing with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ""),
    ("slack_bot", "slack xoxb-2345678901-2345678901234-AbCdEfGhIjKlMnOpQrStUvWx no", "AbCdEfGhIjKlMnOp", "no"),
    ("slack_user", "xoxp-2345678901-2345678901-2345678901234-0123456789abcdef01", "0123456789abcdef01", ""),
    ("slack_app", "xoxa-2-2345678901-2345678901-0123456789abcdef x", "0123456789abcdef", " x"),
    ("slack_app_level", "xapp-1-A0123456789-2345678901234-0123456789abcdef0123 x", "0123456789abcdef0123", " x"),
    (
        "slack_webhook",
        "POST https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX failed",
        "XXXXXXXXXXXXXXXXXXXXXXXX",
        "hooks.slack.com/services/",
    ),
    ("google_api_key", "key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY rejected", "9tSrke72PouQMnMX", "rejected"),
    ("openai_legacy", "sk-abcdefghijklmnopqrstT3BlbkFJabcdefghijklmnopqrst x", "T3BlbkFJ", " x"),
    ("openai_project", "sk-proj-Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefgh x", "Ab3dEfGhIjKlMnOp", " x"),
    ("anthropic", "sk-ant-api03-Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghAA x", "Ab3dEfGhIjKlMnOp", " x"),
    ("gitlab", "gitlab glpat-Ab3dEf9hIjKlMnOpQrSt refused", "Ab3dEf9hIjKlMnOpQrSt", "refused"),
    ("npm", "npm npm_Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789 refused", "Ab3dEfGhIjKlMnOp", "refused"),
    ("sendgrid", "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 x", "TwL2iGABf9DHoTf", " x"),
    ("twilio", "twilio SK0123456789abcdef0123456789abcdef refused", "0123456789abcdef0123456789abcdef", "refused"),
    (
        "pgp_private_key",
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBGZq9\n-----END PGP PRIVATE KEY BLOCK-----",
        "lQOY",
        "",
    ),
    (
        "azure_storage",
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2U"
        "VErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net",
        "Eby8vdM02xNOcqFl",
        ";EndpointSuffix=core.windows.net",
    ),
    ("url_token_user", "clone https://Zq9abcdef0123456789abcdefXYZ@github.com/org/repo.git", "Zq9abc", "@github.com"),
    ("bearer_colon", "Authorization header was Bearer: Zq9abc123def", "Zq9abc123def", "header was"),
    ("unterminated_quote", 'login password="Zq9hunter2', "Zq9hunter2", "login password="),
    ("json_escaped", '{"body": "{\\"password\\": \\"Zq9 hunter2\\"}"}', "Zq9", '\\"password\\": \\"'),
    ("pass", "PASS=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("pwd", "MYSQL_PWD=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("pwd_path", "MYSQL_PWD=/Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("pwd_bare", "pwd=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("db_pass", "DB_PASS=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("pass_json", '{"pass": "Zq9hunter2"}', "Zq9hunter2", '{"pass": "'),
    ("x_secret", "APP_SECRET=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("x_token", "SLACK_TOKEN=Zq9hunter2 in env", "Zq9hunter2", "in env"),
    ("x_api_key", "OPENAI_API_KEY=Zq9hunter2 in env", "Zq9hunter2", "in env"),
]

# Ordinary messages near those shapes: ids, digests, words and base64 that is not a key come out unchanged.
ORDINARY = [
    "request 3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f failed after 3 attempts",
    "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b: bypass=true compass=north",
    "payload aGVsbG8gd29ybGQsIHRoaXMgaXMganVzdCBkYXRh decoded to text",
    "TASK-1234 ASK the DISK team; task-runner-0123456789abcdefghijkl restarted",
    "scikit-learn==1.4.2 and sk-learn are not keys; SKU SK-100 out of stock",
    "tests pass: 12 of 14, passed=12, pass_rate=0.86, bypass_cache=1",
    "ssh://git@github.com/org/repo.git and https://ann.smith@example.com/x",
    "the bearer: of bad news",
    "SG.1 section, AIza is a prefix, ghp_ is a prefix, npm_config_cache=/tmp/npm, xoxb- alone",
    "cwd=/srv/app pwdx is a tool",
    "environment: PWD=/srv/app OLDPWD=/root HOME=/root",
    "https://hooks.slack.com/services is the endpoint",
]


@pytest.mark.parametrize(("name", "text", "secret", "kept"), MISSED, ids=[case[0] for case in MISSED])
def test_vendor_tokens_and_missed_spellings_are_hidden(name: str, text: str, secret: str, kept: str) -> None:
    scrubbed = Scrubber().scrub_text(text)
    assert secret not in scrubbed, name
    assert REDACTED in scrubbed, name
    assert kept in scrubbed, name


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_ids_words_and_base64_come_out_unchanged(text: str) -> None:
    assert Scrubber().scrub_text(text) == text


def test_short_password_key_names_hide_mapping_values() -> None:
    """``pwd`` and ``DB_PASS`` name a password; ``passenger`` and ``bypass`` do not."""
    scrubber = Scrubber()
    value = {"pwd": "Zq9-a", "DB_PASS": "Zq9-b", "pass": "Zq9-c", "passenger": "ann", "bypass": "yes", "n": 1}
    assert scrubber.scrub(value) == {
        "pwd": REDACTED,
        "DB_PASS": REDACTED,
        "pass": REDACTED,
        "passenger": "ann",
        "bypass": "yes",
        "n": 1,
    }


HOSTILE_VENDOR_TEXT = [
    "ghp_" * 30_000,
    "ghp_" + "a" * 100_000,
    "sk-" * 40_000,
    "sk-proj-" + "a-" * 50_000,
    "xoxb-" + "1-" * 50_000,
    "hooks.slack.com/services/" + "a/" * 50_000,
    "SG." + "a." * 50_000,
    "SK" * 60_000,
    "AccountKey=" * 10_000,
    "https://" + "a" * 100_000 + "@",
    "https://a" * 15_000 + "@",
    'password="' + "x" * 100_000,
    'password=\\"' + "x" * 100_000,
    'password=\\"' * 10_000,
    "DB_PASS=" * 15_000,
    "pass=pass='pass=\"" * 8_000,
    "Bearer: " * 15_000,
    "-----BEGIN PGP PRIVATE KEY BLOCK-----" * 3_000,
    # The gap rules (test_scrub_gaps.py): URL-encoded pairs, signed URLs, YAML values, auth words, flags.
    "password%3D" * 20_000,
    "password%253D%2522" * 10_000,
    "%3D" * 50_000 + "token",
    "&sig=" * 30_000,
    "X-Amz-Signature=" * 10_000,
    "password:\n" * 30_000,
    "password:\n" + "  x\n" * 50_000,
    ("a" * 60 + ":\n") * 5_000 + "password",
    "xAuth=" * 30_000,
    "auth" * 50_000 + "=x",
    "--password " * 20_000 + "x",
    "--a-b-c-" * 20_000 + "password x",
    "hvs." * 50_000,
    "ya29." * 40_000,
    "AGE-SECRET-KEY-1" * 10_000,
]


@pytest.mark.timeout(60)
def test_hostile_text_for_the_new_rules_costs_linear_time() -> None:
    scrubber = Scrubber()
    for text in HOSTILE_VENDOR_TEXT:
        scrubber.scrub_text(text)


ALL_SCRUBBED = [text for _, text, _, _ in SCRUBBED] + [text for _, text, _, _ in MISSED]


@pytest.mark.parametrize("text", ALL_SCRUBBED)
def test_the_sinks_cheap_check_suspects_every_text_the_scrubber_changes(text: str) -> None:
    """The sink stores a record unscrubbed on ``may_hold_secret``'s no: never no when scrubbing changes the text."""
    scrubber = Scrubber()
    assert scrubber.scrub_text(text) != text
    assert scrubber.may_hold_secret(text.encode())
    assert scrubber.may_hold_secret(orjson.dumps(text)), "as the JSON text of a record"


def test_the_cheap_check_lets_ordinary_text_through_and_reads_escapes_and_keys() -> None:
    scrubber = Scrubber()
    for text in (
        "ConnectionRefusedError: [Errno 111] Connection refused",
        'Traceback (most recent call last):\n  File "sync.py", line 9, in run\nOSError: refused',
        '{"page": 3, "source": "bench", "ids": ["3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f"]}',
        "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 commit 3f786850e387550fdab836ed7e6dc881de23001b",
    ):
        assert not scrubber.may_hold_secret(text.encode()), text
    assert scrubber.may_hold_secret(b'"\\u0074oken=abc"'), "an escape may spell a key name"
    assert scrubber.may_hold_secret("TO\u212aEN=abc".encode()), "the Kelvin sign lower-cases to k"
    assert scrubber.may_hold_secret(b'{"X-Api-Key": 1}')
    assert scrubber.may_hold_secret(b"pwd\n1"), "a short key name with a number under it"
    assert scrubber.may_hold_secret(AWS_SECRET.encode())
    assert Scrubber(patterns=[r"^acct-\d+$"]).may_hold_secret(b"anything"), "custom patterns: always"
    assert Scrubber(enabled=False).may_hold_secret(b'{"password": 1}')
    assert not Scrubber(enabled=False).may_hold_secret(b"postgres://a:b@c")
