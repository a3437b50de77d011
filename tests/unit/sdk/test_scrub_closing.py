"""The scrubber's last known gaps: credential keys, glued DB password names, HTML-escaped pairs, any auth scheme.

Each shape hides its secret wherever the scrubber reads (a mapping, ``key=value`` text, JSON
text, the sink's cheap check); the ordinary text nearest to it comes out unchanged, since a
false positive costs an operator the error message (and an input holding the marker is never
re-run by recovery).
"""

from __future__ import annotations

import orjson
import pytest

from errorflow.sdk.scrub import REDACTED, Scrubber
from tests.unit.sdk.test_scrub_gaps import assert_hidden
from tests.unit.sdk.test_scrub_spellings import scrub_each

# -- 1. keys whose values are credentials ------------------------------------------------------------------------

CREDENTIAL_KEYS = ["jwt", "JWT", "id_jwt", "userJwt", "creds", "aws_creds", "awsCreds", "db_creds"]
CREDENTIAL_KEYS += ["otp", "OTP", "totp", "TOTP_CODE", "hotp", "otp_code", "otpCode", "user_otp"]
CREDENTIAL_KEYS += ["cvv", "CVV", "cvv2", "card_cvv", "cardCvv", "cvc", "card_cvc", "cvc_value"]
CREDENTIAL_KEYS += ["pin", "PIN", "card_pin", "cardPin", "pin_code", "pinCode", "PIN_NUMBER", "user-pin", "pin1"]
CREDENTIAL_KEYS += ["DBPASS", "dbpass", "PGPASS", "rootpwd", "ADMINPASS", "mysqlpass"]
# Keys near them that are not credentials: words holding the name, and keys about the secret that go on after it.
PLAIN_KEYS = ["pinned", "pinned_at", "is_pinned", "spinner", "spin", "pinning", "ping", "mapping", "typing"]
PLAIN_KEYS += ["shipping", "pin_count", "pin_version", "PINNED", "option", "options", "hotpot", "isOtpValid"]
PLAIN_KEYS += ["otp_enabled", "otp_sent_at", "otp_count", "cvc_check", "cvv_result", "jwt_algorithm"]
PLAIN_KEYS += ["jwt_audience", "jwt_issuer", "creds_file", "credibility", "bypass", "BYPASS", "compass", "passport"]
PLAIN_KEYS += ["dsn", "database_url", "DATABASE_URL", "db_url", "MONGODB_URI"]


@pytest.mark.parametrize("key", CREDENTIAL_KEYS)
def test_a_credential_key_hides_its_value(key: str) -> None:
    scrubber = Scrubber()
    assert scrubber.is_secret_key(key)
    assert scrubber.scrub_input({key: "Zq9-1234", "n": 1}) == {key: REDACTED, "n": 1}
    assert scrubber.scrub({key: 1234}) == {key: REDACTED}, "a PIN or CVV is a number"
    for text in (f"{key}=Zq9-1234 sent", orjson.dumps({key: "Zq9-1234"}).decode(), f"{{'{key}': 'Zq9-1234'}}"):
        scrubbed = scrubber.scrub_text(text)
        assert "Zq9" not in scrubbed and REDACTED in scrubbed, text
        assert scrubber.may_hold_secret(text.encode()), text


@pytest.mark.parametrize("key", PLAIN_KEYS)
def test_a_key_near_them_is_not_a_credential_key(key: str) -> None:
    scrubber = Scrubber()
    assert not scrubber.is_secret_key(key)
    assert scrubber.scrub({key: "Zq9-1234"}) == {key: "Zq9-1234"}
    for text in (f"{key}=Zq9-1234 sent", orjson.dumps({key: "Zq9-1234"}).decode()):
        assert scrubber.scrub_text(text) == text


def test_a_flag_under_a_credential_key_is_kept() -> None:
    """``{"otp": None}`` holds no secret; ``otp_enabled`` is about the OTP, so its text is kept too."""
    scrubber = Scrubber()
    assert scrubber.scrub_input({"otp": None, "pin": True, "otp_enabled": True}) == {
        "otp": None,
        "pin": True,
        "otp_enabled": True,
    }
    assert scrubber.scrub_text("otp_enabled=true cvc_check=pass") == "otp_enabled=true cvc_check=pass"


def test_a_connection_string_keeps_its_shape_and_a_url_without_credentials_stays_replayable() -> None:
    """``dsn`` / ``DATABASE_URL`` are not secret keys: the value patterns hide the password and keep the host."""
    scrubber = Scrubber()
    assert scrubber.scrub({"DATABASE_URL": "postgresql://app:Zq9pw@db:5432/app"}) == {
        "DATABASE_URL": f"postgresql://app:{REDACTED}@db:5432/app"
    }
    assert scrubber.scrub_input({"dsn": "postgresql://app:Zq9pw@db/app"}) == {"dsn": REDACTED}
    assert scrubber.scrub_input({"database_url": "sqlite:///app.db"}) == {"database_url": "sqlite:///app.db"}


def test_the_sinks_cheap_check_lets_words_holding_a_short_name_through() -> None:
    """``typing`` is in every traceback and ``mapping`` in many messages: only ``pin`` as a key's word is suspect."""
    scrubber = Scrubber()
    text = 'File "/usr/lib/python3.11/typing.py", in mapping: spin the option, ping shipping'
    assert scrubber.scrub_text(text) == text
    assert not scrubber.may_hold_secret(text.encode())
    assert not scrubber.may_hold_secret_in([text])


# -- 2. to 4. value shapes -----------------------------------------------------------------------------------------

SIGV4 = (
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date, Signature=Zq9d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6"
)
# (name, text, the secret that must be gone, what must stay)
HIDDEN = [
    ("dbpass_env", "DBPASS=Zq9hunter2 ./migrate", "Zq9hunter2", "./migrate"),
    ("dbpass_export", "export PGPASS='Zq9hunter2'\nexport PGHOST=db", "Zq9hunter2", "PGHOST=db"),
    ("dbpass_mapping_repr", "environ({'DBPASS': 'Zq9hunter2', 'HOME': '/root'})", "Zq9hunter2", "'HOME': '/root'"),
    ("dbpass_json", '{"ROOTPWD": "Zq9hunter2", "user": "ann"}', "Zq9hunter2", '"user": "ann"'),
    ("pgpassword_traceback", "subprocess: PGPASSWORD=Zq9hunter2 psql -h db", "Zq9hunter2", "psql -h db"),
    ("mysql_pwd", "env MYSQL_PWD=Zq9hunter2 mysql -h db", "Zq9hunter2", "mysql -h db"),
    ("html_decimal", "form echoed: user=ann&amp;password&#61;Zq9hunter2 rejected", "Zq9hunter2", "rejected"),
    ("html_hex_upper", "password&#x3D;Zq9hunter2&amp;next=1", "Zq9hunter2", "next=1"),
    ("html_hex_lower", "token&#x3d;Zq9tok123 x", "Zq9tok123", " x"),
    ("html_named", "password&equals;Zq9hunter2 x", "Zq9hunter2", " x"),
    ("html_json", "<pre>{&quot;password&quot;: &quot;Zq9hunter2&quot;, &quot;user&quot;: 1}</pre>", "Zq9", "user"),
    ("html_json_numeric", "{&#34;api_key&#34;:&#34;Zq9key&#34;}", "Zq9key", "api_key"),
    ("html_twice", "password&amp;#61;Zq9hunter2 x", "Zq9hunter2", " x"),
    ("html_spelled_key", "&#112;assword&#61;Zq9hunter2 x", "Zq9hunter2", " x"),
    ("auth_bot", "GET /api HTTP/1.1\r\nAuthorization: Bot Zq9NjIyNDgzNDcx.Cl2FMQ\r\nAccept: */*", "Zq9", "Accept: */*"),
    ("auth_okta", "Authorization: SSWS Zq900abc123\nHost: x", "Zq900abc", "Host: x"),
    ("auth_apikey", "headers: Authorization: ApiKey Zq9abcdef123", "Zq9abc", "headers:"),
    (
        "auth_azure_sharedkey",
        "Authorization: SharedKey acct:Zq9ctzMq410TV3wS7upTBcunJTDLEJwMAZu=",
        "Zq9ctz",
        "Authorization: ",
    ),
    ("auth_sigv4", f"Authorization: {SIGV4}\nX-Amz-Date: 20150830T123600Z", "Zq9d672d", "X-Amz-Date"),
    ("auth_digest", 'Authorization: Digest username="ann", nonce="n", response="Zq96629fae49"\nHost: x', "Zq9", "Host"),
    ("auth_curl", "curl -H 'Authorization: Bot Zq9abc.def' https://api.example.com", "Zq9abc", "https://api"),
    ("auth_json_escaped", '{"cmd": "curl -H \\"Authorization: ApiKey Zq9abc1\\" x"}', "Zq9abc1", '\\" x"}'),
    ("proxy_auth", "Proxy-Authorization: Negotiate Zq9YIIGhgYGKwYBBQUCoIIGejCCBnag\n", "Zq9YII", "Proxy"),
]


@pytest.mark.parametrize(("name", "text", "secret", "kept"), HIDDEN, ids=[case[0] for case in HIDDEN])
def test_the_secret_is_hidden(name: str, text: str, secret: str, kept: str) -> None:
    scrubber = assert_hidden(name, text, secret, kept)
    assert scrubber.may_hold_secret_in(["ordinary", text]), "among a record's texts"


# Ordinary text nearest to those shapes: it must come out exactly as it went in.
INNOCENT = [
    "bypass=1 compass=north passed=3 passport=X1 tests pass: 5",
    "PWD=/srv/app OLDPWD=/root",
    "DBPASSFILE=/etc/pgpass",
    "Q&amp;A: see the password reset page &lt;b&gt;now&lt;/b&gt; &#169; 2026",
    "GET /search?q=a&amp;page=2&#38;sort=name -> 200",
    "Authorization required (401)",
    "the authorization server returned invalid_grant",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_text_stays_intact(text: str) -> None:
    assert Scrubber().scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("Authorization: denied for user ann", f"Authorization: {REDACTED} for user ann"),
        ("authorization: failed, retry in 5s", f"authorization: {REDACTED}, retry in 5s"),
    ],
)
def test_no_credential_after_a_word_leaves_the_message_to_the_pair_rule(text: str, scrubbed: str) -> None:
    """Not a scheme and a credential: the pair rule hides the one word after the key, as it did, not the line."""
    assert Scrubber().scrub_text(text) == scrubbed


def test_a_word_before_an_escaped_quote_keeps_the_quote_escaped() -> None:
    """The value ends at ``\\"`` (the string it is written in closes there); the JSON stays valid."""
    text = orjson.dumps({"cmd": 'run password: Zq9hunter2" x', "n": 1}).decode()
    scrubbed = Scrubber().scrub_text(text)
    assert "Zq9" not in scrubbed
    assert orjson.loads(scrubbed) == {"cmd": f'run password: {REDACTED}" x', "n": 1}


# -- cost ------------------------------------------------------------------------------------------------------------

HOSTILE_TEXT = [
    "&#61;" * 200_000,
    "password&#61;" * 80_000,
    "&amp;" * 200_000,
    "&amp;amp;#61;" * 80_000,
    "authorization: a b" * 60_000,
    "Authorization: Bot x1 " * 50_000,
    "\nAuthorization: x " + "y" * 1_000_000,
    "pin=" * 250_000,
    "cardPin=" * 125_000,
    "DBPASS=" * 140_000,
    "dbdbdbdbpass" * 80_000,
]


@pytest.mark.timeout(60)
def test_hostile_text_for_these_rules_costs_linear_time() -> None:
    scrub_each(HOSTILE_TEXT)
