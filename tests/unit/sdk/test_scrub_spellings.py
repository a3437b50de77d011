"""Secrets spelled past the rules (JSON escaped twice, schemeless URLs, command lines, escaped or fullwidth key
names, JWTs wrapped inside a segment) and keys hidden that name no secret (``tokenizer``, ``token_count``).

Each hidden case names the secret that must be gone and what must stay; the innocent texts near
each shape must come out unchanged: over-redaction is not harmless (recovery dead-letters a run
whose input holds the redaction marker instead of retrying it).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import orjson
import pytest

from errorflow.sdk.scrub import REDACTED, Scrubber


def _jwt(**claims: Any) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.Zq9SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


JWT = _jwt(sub="1234567890", name="Ann Smith", iat=1516239022)
JWT_AT_40 = "\n".join(JWT[at : at + 40] for at in range(0, len(JWT), 40))  # the signature ends a line
JWT_BROKEN_IN_PAYLOAD = JWT[:50] + "\n" + JWT[50:]
BASIC = base64.b64encode(b"ann:Zq9hunter2").decode()


def _fullwidth(text: str) -> str:
    """``text`` in fullwidth forms (U+FF01..U+FF5E), which NFKC folds back to ASCII."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


# (name, text, the secret that must be gone, what must stay)
HIDDEN = [
    ("json_twice", json.dumps(json.dumps({"password": "Zq9hunter2", "user": "ann"})), "Zq9", "user"),
    ("json_thrice", json.dumps(json.dumps(json.dumps({"api_key": "Zq9hunter2", "n": 1}))), "Zq9", "api_key"),
    ("json_twice_raw", 'x {\\\\\\"password\\\\\\": \\\\\\"Zq9hunter2\\\\\\"} y', "Zq9", "} y"),
    ("json_twice_short", json.dumps(json.dumps({"pwd": "Zq9hunter2", "u": 1})), "Zq9", '\\"u\\": 1'),
    ("json_twice_auth", json.dumps(json.dumps({"auth": "Zq9hunter2", "u": 1})), "Zq9", "auth"),
    ("url_no_scheme", "fetch //ann:Zq9hunter2@db.example.com/x failed", "Zq9hunter2", "@db.example.com/x failed"),
    ("dsn_port", "connect ann:Zq9hunter2@db.example.com:5432/app refused", "Zq9hunter2", "ann:"),
    ("dsn_quoted", 'dsn="ann:Zq9hunter2@db:5432/app"', "Zq9hunter2", "@db:5432/app"),
    ("dsn_path", "sync to app:Zq9hunter2@db/app failed", "Zq9hunter2", "@db/app failed"),
    ("mysql_attached", "mysql -uroot -pZq9hunter2 -h db app", "Zq9hunter2", "-h db app"),
    ("mysql_quoted", "mysqldump -uroot -p'Zq9 hunter2' app", "Zq9", "' app"),
    ("mysql_argv", "Command '['mysql', '-uroot', '-pZq9hunter2', 'app']' returned 1", "Zq9", "'app'"),
    ("mariadb", "mariadb-dump -pZq9hunter2 app", "Zq9hunter2", "app"),
    ("sshpass", "sshpass -p Zq9hunter2 ssh ann@host", "Zq9hunter2", "ssh ann@host"),
    ("sshpass_argv", "['sshpass', '-p', 'Zq9hunter2', 'ssh', 'host']", "Zq9hunter2", "'ssh', 'host'"),
    ("curl_u", "curl -u ann:Zq9hunter2 https://api.example.com", "Zq9hunter2", "ann:"),
    ("curl_user", "curl --user=ann:Zq9hunter2 https://api.example.com", "Zq9hunter2", "https://api"),
    ("curl_proxy_user", 'curl -U "ann:Zq9 hunter2" https://x', "Zq9", '"ann:'),
    ("pgpassword", "PGPASSWORD=Zq9hunter2 psql -h db", "Zq9hunter2", "psql -h db"),
    ("token_flag", "deploy --token Zq9hunter2 --env prod", "Zq9hunter2", "--env prod"),
    ("api_key_flag", "deploy --api-key=Zq9hunter2 now", "Zq9hunter2", "now"),
    ("escaped_key", '{"pass\\u0077ord": "Zq9hunter2", "n": 1}', "Zq9hunter2", '"n": 1'),
    ("escaped_key_twice", '{\\"pass\\\\u0077ord\\": \\"Zq9hunter2\\"}', "Zq9hunter2", "password"),
    ("fullwidth_key", "{" + _fullwidth('"password"') + ': "Zq9hunter2", "n": 1}', "Zq9hunter2", '"n": 1'),
    ("fullwidth_pair", _fullwidth("token=") + "Zq9hunter2 rejected", "Zq9hunter2", "rejected"),
    ("basic_without_prefix", f"Authorization: {BASIC}\nAccept: */*", BASIC, "Accept: */*"),
    ("bytes_repr_value", "headers={'token': b'Zq9hunter2', 'accept': b'*/*'}", "Zq9hunter2", "'accept': b'*/*'"),
    ("bytes_repr_pair", 'password=b"Zq9hunter2" rejected', "Zq9hunter2", 'b"'),
    ("bytes_repr_short", "{'pwd': b'Zq9hunter2', 'auth': b'Zq9token'}", "Zq9", "'auth': b'"),
    ("bytes_repr_basic", f"{{'authorization': b'{BASIC}'}}", BASIC, "'authorization': b'"),
    ("querydict_list", "<QueryDict: {'password': ['Zq9hunter2'], 'user': ['ann']}>", "Zq9", "'user': ['ann']"),
    ("json_list_value", '{"password": ["Zq9hunter2"], "u": 1}', "Zq9hunter2", '"u": 1'),
    ("json_object_value", '{"token": {"value": "Zq9hunter2"}, "n": 2}', "Zq9hunter2", '"n": 2'),
    ("escaped_quote_value", "password='Zq9\\'hunter2' ok", "hunter2", "' ok"),
    ("jwt_wrapped_at_40", f"token\n{JWT_AT_40}\nContent-Type: json", "Zq9SflKx", "Content-Type: json"),
    ("jwt_broken_in_payload", f"tok {JWT_BROKEN_IN_PAYLOAD} ok", "Zq9SflKx", " ok"),
    ("jwt_bearer_wrapped", f"Authorization: Bearer\n{JWT_AT_40}\nnext: 1", "Zq9SflKx", "next: 1"),
]

LEFT_ALONE = [
    "mail to:ann@example.com failed",
    "ssh git@github.com:org/repo.git denied",
    "at 10:30@host:80/x",
    "pull nginx:1.25@sha256:3f786850e387550fdab836ed7e6dc881de23001b0123456789abcdef01234567 failed",
    "ssh -p 2222 host",
    "docker run -u 1000:1000 image curl",
    "curl -u ann https://x",  # curl prompts for the password
    "mysql -p app",  # "-p app" prompts; app is the database
    "token_count=3 token_type=Bearer; cookie_policy=strict",
    '{"tokenizer": "bpe", "secretary": "ann", "token_count": 3, "passage": "x"}',
    '"{\\"token_count\\": 3, \\"tokenizer\\": \\"bpe\\"}"',
    "access_token_expires_in=3600 secret_name=db-creds password_file=/run/secrets/db",
    "caf\\u00e9 served",
]


@pytest.mark.parametrize(("name", "text", "secret", "kept"), HIDDEN, ids=[case[0] for case in HIDDEN])
def test_a_secret_spelled_past_the_rules_is_hidden(name: str, text: str, secret: str, kept: str) -> None:
    scrubber = Scrubber()
    scrubbed = scrubber.scrub_text(text)
    assert secret not in scrubbed and REDACTED in scrubbed, scrubbed
    assert kept in scrubbed, scrubbed
    assert scrubber.may_hold_secret(text.encode()), "the sink's cheap check must suspect it"
    assert scrubber.may_hold_secret(orjson.dumps(text)), "as the JSON text of a record"


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_text_near_those_shapes_is_left_alone(text: str) -> None:
    assert Scrubber().scrub_text(text) == text


# -- key names by word parts ---------------------------------------------------------------------------------

NOT_SECRET_KEYS = ["tokenizer", "secretary", "token_count", "keyboard", "passage", "passwordless", "credentialing"]
NOT_SECRET_KEYS += ["tokenCount", "TOKEN_TYPE", "token_expires_in", "cookie_policy", "secret_name", "session_identity"]
NOT_SECRET_KEYS += ["password_min_length", "private_key_path", "token_url", "secretion", "passenger", "compass"]
NOT_SECRET_KEYS += ["secret_arn", "SecretRef", "session_cookie_domain", "cookie_samesite"]
SECRET_KEYS = ["password", "db_password", "dbpassword", "DB_PASS", "dbPass", "password2", "new-password"]
SECRET_KEYS += ["clientsecret", "client_secret", "secretKey", "accessToken", "access_token", "X-Api-Key", "apiKey"]
SECRET_KEYS += ["AWS_ACCESS_KEY_ID", "aws_secret_access_key", "private_key_pem", "session_id", "sessionId", "cookie"]
SECRET_KEYS += ["Authorization", "proxy-authorization", "key_passphrase", "token_secret", "token_value"]
SECRET_KEYS += ["refresh_token", "pass\\u0077ord", _fullwidth("password"), _fullwidth("API_KEY"), "x.secret"]
SECRET_KEYS += ["password_confirmation", "MYSQL_PWD", "SIGNING_KEY", "encryption_key", "ssh_key", "masterKey"]


@pytest.mark.parametrize("key", NOT_SECRET_KEYS)
def test_a_key_that_only_holds_a_secret_name_is_not_hidden(key: str) -> None:
    scrubber = Scrubber()
    assert not scrubber.is_secret_key(key)
    assert scrubber.scrub_input({key: 3, "other": "x"}) == {key: 3, "other": "x"}
    assert scrubber.scrub_input({key: "bpe"}) == {key: "bpe"}
    assert scrubber.scrub_text(f"{key}=bpe") == f"{key}=bpe"
    assert scrubber.scrub_text(f'"{key}": "bpe"') == f'"{key}": "bpe"'
    assert scrubber.scrub_text(f"{key}:\n  bpe\n") == f"{key}:\n  bpe\n", "as a YAML key"


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_a_key_naming_a_secret_by_its_word_parts_is_hidden(key: str) -> None:
    scrubber = Scrubber()
    assert scrubber.is_secret_key(key)
    assert scrubber.scrub_input({key: "Zq9hunter2"}) == {key: REDACTED}
    assert "Zq9" not in scrubber.scrub_text(orjson.dumps({key: "Zq9hunter2"}).decode())


@pytest.mark.parametrize("value", [True, False, None])
def test_a_flag_under_a_secret_key_is_kept(value: object) -> None:
    """``{"password": None}`` or ``{"use_token": True}`` holds no secret; hiding it made recovery refuse the run."""
    assert Scrubber().scrub_input({"password": value, "use_token": value}) == {"password": value, "use_token": value}


# -- cost ----------------------------------------------------------------------------------------------------

HOSTILE_TEXT = [
    "eyJhbGciOiJIUzI1NiJ9aaaaaaaa\n" * 40_000,
    ("eyJhbGciOiJIUzI1NiJ9" + "a" * 40 + "\n") * 16_000 + ".x",
    "a:b@" * 250_000,
    ("x:" + "y" * 250 + " ") * 4_000 + "@db:5432/",
    "//a:b" * 200_000 + "@",
    "mysql -p" * 125_000,
    "curl -u a:" * 100_000,
    ("sshpass " + "x" * 500 + " -p ") * 2_000,
    '\\\\\\"password\\\\\\": \\\\\\"' * 40_000,
    "pass\\u0077ord=" * 70_000,
    _fullwidth("token=") * 150_000,
    'password="' + '\\"' * 500_000,
    "password=[" * 100_000,
    ("password={" + "a" * 5_000) * 200,
]


def scrub_each(texts: list[str]) -> None:
    """Scrub each text and check it as the sink does (a test's timeout says whether that took linear time)."""
    scrubber = Scrubber()
    for text in texts:
        scrubber.scrub_text(text)
        scrubber.may_hold_secret(text.encode())


@pytest.mark.timeout(60)
def test_hostile_text_for_these_rules_costs_linear_time() -> None:
    scrub_each(HOSTILE_TEXT)


def test_a_long_key_costs_linear_time() -> None:
    scrubber = Scrubber()
    for key in ("a" * 1_000_000, "token_" * 150_000, "dbPassword" * 100_000):
        scrubber.scrub_input({key: "x"})
