"""The scrubber: every value pattern finds its secret, and leaves ordinary text alone."""

from __future__ import annotations

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
