"""The scrubber's gaps a review left open: ``auth`` keys, URL-encoded pairs, signed URLs, YAML values, more shapes.

Each case names the secret that must be gone and what must stay; the innocent texts near
each shape (``author``, ``authority``, ids, digests) must come out unchanged.
"""

from __future__ import annotations

import orjson
import pytest

from errorflow.sdk.scrub import DEFAULT_SCRUB_KEYS, REDACTED, Scrubber

# -- 1. auth keys, matched as a word of the key --------------------------------------------------------------

AUTH_KEYS = ["auth", "Auth", "AUTH", "x-auth", "X-Auth", "auth_header", "authHeader", "AuthHeader", "basic_auth"]
AUTH_KEYS += ["proxy.auth", "xAuth", "HTTPAuth", "X_AUTH", "http-basic-auth", "auth_token"]
NOT_AUTH_KEYS = ["author", "Author", "authority", "AUTHORITY", "authorName", "oauth_provider_name", "OAuthProvider"]
NOT_AUTH_KEYS += ["oauth", "auth0_domain", "authored_at", "coauthor", "authentication_method", "AUTHOR"]


@pytest.mark.parametrize("key", AUTH_KEYS)
def test_an_auth_key_is_a_secret_key(key: str) -> None:
    scrubber = Scrubber()
    assert scrubber.is_secret_key(key)
    assert scrubber.scrub({key: "Zq9-auth-value", "n": 1}) == {key: REDACTED, "n": 1}
    assert scrubber.may_hold_secret(orjson.dumps({key: "Zq9"}))


@pytest.mark.parametrize("key", NOT_AUTH_KEYS)
def test_words_that_hold_auth_are_not_secret_keys(key: str) -> None:
    scrubber = Scrubber()
    assert not scrubber.is_secret_key(key)
    assert scrubber.scrub({key: "ann"}) == {key: "ann"}
    assert scrubber.scrub_text(f"{key}=ann") == f"{key}=ann"
    assert scrubber.scrub_text(f'"{key}": "ann"') == f'"{key}": "ann"'


@pytest.mark.parametrize(
    "text",
    ["auth=Zq9hunter2 sent", "X-Auth: Zq9hunter2\nAccept: */*", '{"auth": "Zq9hunter2"}', "authHeader=Zq9hunter2 x"],
)
def test_an_auth_pair_in_text_is_hidden(text: str) -> None:
    scrubbed = Scrubber().scrub_text(text)
    assert "Zq9" not in scrubbed and REDACTED in scrubbed


# What each default key name matched before the auth rule: still matched (the substring rule is kept).
PREVIOUS_KEYS = ["db_password", "X-Api-Key", "Authorization", "proxy-authorization", "client_secret", "session_id"]
PREVIOUS_KEYS += ["refresh_token", "apikey", "AWS_ACCESS_KEY_ID", "private_key_pem", "cookie", "credentials", "passwd"]
PREVIOUS_KEYS += ["key_passphrase", "pwd", "DB_PASS", "secretKey", "accessToken", "dbPassword"]


@pytest.mark.parametrize("key", PREVIOUS_KEYS)
def test_the_existing_key_names_still_match(key: str) -> None:
    assert Scrubber().is_secret_key(key)


def test_the_default_key_words_are_unchanged() -> None:
    assert "auth" not in DEFAULT_SCRUB_KEYS, "a substring 'auth' would hide author, authority, oauth_provider_name"
    assert Scrubber(["ssn"]).is_secret_key("auth") is False, "the auth word comes with 'authorization'"


# -- 2. to 4. value patterns -----------------------------------------------------------------------------------

HEX64 = "0123456789abcdef" * 4
SAS = "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-12-01T00:00:00Z&sig=Zq9aBcDeF%2BgHiJ%3D"
# (name, text, the secret that must be gone, what must stay)
HIDDEN = [
    ("urlencoded_pair", "GET /login?next=%2Fhome%3Fpassword%3DZq9hunter2%26a%3Db", "Zq9hunter2", "%26a%3Db"),
    ("urlencoded_token", "redirect_uri=https%3A%2F%2Fapp%2Fcb%3Ftoken%3DZq9tok123 failed", "Zq9tok123", "failed"),
    ("urlencoded_json", "body=%7B%22password%22%3A%22Zq9hunter2%22%2C%22user%22%3A%22ann%22%7D", "Zq9", "user"),
    ("urlencoded_spaced", "q=%22api_key%22%3A%20%22Zq9key%22", "Zq9key", "api_key"),
    ("double_encoded", "u=%3Fpassword%253DZq9hunter2%2526x%253D1", "Zq9hunter2", "x%253D1"),
    ("form_body", "client_id=app&client_secret%3DZq9s3cret&grant_type=x", "Zq9s3cret", "grant_type=x"),
    ("azure_sas_url", f"GET https://acct.blob.core.windows.net/c/b.txt?{SAS} -> 403", "Zq9aBcDeF", "-> 403"),
    ("azure_sas_sig_first", "https://a.blob.core.windows.net/c?sig=Zq9aBcDeF%3D&se=2026", "Zq9aBcDeF", "&se=2026"),
    (
        "azure_sas_connection",
        "BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sig=Zq9aBcDeF%3D;x=1",
        "Zq9aBcDeF",
        ";x=1",
    ),
    (
        "servicebus_sas",
        "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr=x&sig=Zq9abc&se=1",
        "Zq9abc",
        "Endpoint=sb://ns.servicebus.windows.net/;",
    ),
    ("azure_account_key", "AccountName=a;AccountKey=Zq9abcdefgh==;EndpointSuffix=core.windows.net", "Zq9", "Suffix"),
    (
        "aws_presigned",
        "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261130"
        "%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261130T000000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host"
        "&X-Amz-Signature=Zq9e1c2d3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2 expired",
        "Zq9e1c2d",
        "X-Amz-Expires=60",
    ),
    ("aws_credential", "X-Amz-Credential=Zq9EXAMPLE%2F20261130%2Fus-east-1%2Fs3%2Faws4_request&a=1", "Zq9EX", "&a=1"),
    (
        "gcs_signed",
        "https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc%40p.iam"
        "&X-Goog-Signature=Zq9a0b1c2d3e4f&X-Goog-Date=20261130T000000Z",
        "Zq9a0b1c",
        "X-Goog-Date=",
    ),
    ("aws_v2_signature", "https://b.s3.amazonaws.com/k?AWSAccessKeyId=AK&Signature=Zq9sig%3D x", "Zq9sig", " x"),
    ("yaml_next_line", "db:\n  password:\n    Zq9hunter2\n  user: ann\n", "Zq9hunter2", "  user: ann\n"),
    ("yaml_block", "conf:\n  api_key: |\n    Zq9line1\n    Zq9line2\n  region: eu\n", "Zq9line", "  region: eu"),
    ("yaml_folded", "token: >-\n  Zq9folded\n  more\nnext: 1", "Zq9folded", "next: 1"),
    ("yaml_list_item", "users:\n- name: ann\n  secret:\n    Zq9hunter2\n- name: bob", "Zq9hunter2", "- name: bob"),
    ("yaml_nested", "author:\n  name: ann\n  password:\n    Zq9hunter2\n", "Zq9hunter2", "  name: ann\n"),
    ("yaml_auth", "proxy:\n  auth:\n    Zq9hunter2\n", "Zq9hunter2", "proxy:"),
    ("yaml_quoted_key", '"password":\n  "Zq9hunter2"\n', "Zq9hunter2", '"password":'),
    # A block sequence may sit at its key's own indentation (YAML allows "key:" then "- item" below it).
    ("yaml_same_indent_list", "db:\n  password:\n  - Zq9hunter2\n  user: ann\n", "Zq9hunter2", "  user: ann\n"),
    ("yaml_top_list", "tokens:\n- Zq9first\n- Zq9second\nnext: 1\n", "Zq9", "next: 1"),
    ("yaml_bare_dash", "secrets:\n-\n  Zq9hunter2\nnext: 1\n", "Zq9hunter2", "next: 1"),
    ("dotenv", "API_KEY=Zq9key\nDEBUG=1\n", "Zq9key", "DEBUG=1"),
    ("dotenv_export", 'export GITHUB_TOKEN="Zq9tok"\nexport HOME=/root', "Zq9tok", "HOME=/root"),
    ("dotenv_auth", "HTTP_AUTH=ann:Zq9pw\nPORT=8080", "Zq9pw", "PORT=8080"),
    # More shapes commonly leaked in tracebacks: vendor tokens, a secret flag's argument on a command line.
    ("huggingface", "401 for hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh x", "hf_AbCdEf", " x"),
    ("pypi", "upload with pypi-AgEIcHlwaS5vcmcCJGZh" + "Zq9a" * 15 + " refused", "Zq9a", " refused"),
    ("digitalocean", f"token dop_v1_{HEX64} x", HEX64, " x"),
    ("shopify", "shpat_0123456789abcdef0123456789abcdef x", "0123456789abcdef", " x"),
    ("vault", "X-Vault-Token hvs.CAESIZq9abcdefghijklmnopqrstuvwxyz0123 x", "Zq9abc", " x"),
    ("grafana", "glsa_Zq9bcdefghijklmnopqrstuvwxyz0123_0123abcd x", "Zq9bcd", " x"),
    ("postman", "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01 x", "0123456789abcdef0", " x"),
    ("google_oauth", "ya29.a0AfB_Zq9bcdefghijklmnopqrstuvwx x", "Zq9bcd", " x"),
    ("google_client_secret", "GOCSPX-Zq9bcdefghijklmnopqrstuvwxy x", "Zq9bcd", " x"),
    ("age", "AGE-SECRET-KEY-1QQPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KH x", "QQPZRY", " x"),
    ("cli_flag_args", "Command '['psql', '--password', 'Zq9hunter2', '-h', 'db']' returned", "Zq9", "'-h', 'db'"),
    ("cli_flag_space", "ran: mysqldump --password Zq9hunter2 --host db", "Zq9", "--host db"),
    ("cli_token_flag", "ran: gh auth login --with-token --token Zq9tok123 x", "Zq9tok123", " x"),
]


def assert_hidden(name: str, text: str, secret: str, kept: str) -> Scrubber:
    """``secret`` is gone from ``text`` scrubbed, ``kept`` is still there, and the sink's check suspects it."""
    scrubber = Scrubber()
    scrubbed = scrubber.scrub_text(text)
    assert secret not in scrubbed, (name, scrubbed)
    assert REDACTED in scrubbed, name
    assert kept in scrubbed, (name, scrubbed)
    assert scrubber.may_hold_secret(text.encode()), "the sink's cheap check must suspect it"
    assert scrubber.may_hold_secret(orjson.dumps(text)), "as the JSON text of a record"
    return scrubber


@pytest.mark.parametrize(("name", "text", "secret", "kept"), HIDDEN, ids=[case[0] for case in HIDDEN])
def test_the_secret_is_hidden(name: str, text: str, secret: str, kept: str) -> None:
    assert_hidden(name, text, secret, kept)


# Innocent text near those shapes: it must come out exactly as it went in.
INNOCENT = [
    "author=ann authority=example.org oauth_provider_name=google coauthor: bob",
    "Author: Ann Smith\nAuthority: root CA\n",
    "request 3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f failed; commit 3f786850e387550fdab836ed7e6dc881de23001b",
    "x-request-id: 0af7651916cd43dd8448eb211c80319c trace 4bf92f3577b34da6a3ce929d0e0e4736",
    "GET /search?q=caf%C3%A9%3Dbar&page=2 -> 200",
    "GET /r?next=%2Fhome%3Fpage%3D2%26sort%3Dname -> 302",
    "signature verification failed: the signature is invalid",
    "design: use sig=1 in tests? no",
    "database:\n  host: db\n  port: 5432\n",
    "  File \"app.py\", line 3, in login\n    if password:\n        raise ValueError('empty')\n",
    "config:\n  author:\n    ann\n",
    "PATH=/usr/bin\nHOME=/root\nDEBUG=1\n",
    "the token expired; auth failed for user ann",
    "see https://docs.example.com/auth/oauth2 for the flow",
    "hf_hub_download failed; hf_transfer is off",
    "glsa_ alone; ya29. alone; PMAK- alone; do_v1_ alone; hvs. alone",
    "run with --password-file /etc/pw and --no-password",
    "Command '['git', 'push', '--force']' returned non-zero exit status 1.",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_text_stays_intact(text: str) -> None:
    assert Scrubber().scrub_text(text) == text


def test_the_sinks_cheap_check_lets_auth_words_through() -> None:
    """``authentication``, ``author``, ``OAuth2`` keep the sink's fast path: only ``auth`` as a key word is suspect."""
    scrubber = Scrubber()
    for text in ("authentication failed for author ann (authority: example.org)", "OAuth2 flow; oauth2_scope"):
        assert scrubber.scrub_text(text) == text
        assert not scrubber.may_hold_secret(text.encode()), text
    for text in ('{"auth": 1}', "X-Auth", "authHeader", "HTTP_AUTH", "httpAUTH", "AUTHHeader"):
        assert scrubber.may_hold_secret(text.encode()), text
