"""Secrets in lists of ``(key, value)`` pairs: header lists, an ASGI scope's headers, their printed text.

A mapping's value is hidden by its key; the same headers as a list of pairs
(``[(b"authorization", b"Token ...")]`` in an ASGI scope, ``[("X-Api-Key", "...")]``
for httpx or requests) or printed as text (werkzeug's ``Headers([...])`` repr, what a
service passes a Flask ``request.headers`` as) went out whole: no value pattern knows a
``Token`` credential or an API key, and the key was only a string beside it.
"""

from __future__ import annotations

import inspect
from typing import Any

import orjson
import pytest

from errorflow.redacted import holds_redacted
from errorflow.sdk.capture import dump_input
from errorflow.sdk.redact import Redactor
from errorflow.sdk.scrub import REDACTED, Scrubber

TOKEN = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"
API_KEY = "k-7Hq2mZ81"
SESSION = "sid=Zq9cookie"


def _asgi_handler(scope: dict[str, Any], body: bytes) -> None:
    """What a Starlette or FastAPI middleware hands on: the scope, headers as a list of bytes pairs."""


def test_an_asgi_scope_s_headers_are_hidden_in_the_input_dump() -> None:
    scope = {
        "type": "http",
        "path": "/jobs",
        "headers": [
            (b"host", b"api.internal"),
            (b"authorization", f"Token {TOKEN}".encode()),
            (b"x-api-key", API_KEY.encode()),
            (b"cookie", SESSION.encode()),
        ],
    }
    dumped = Redactor().redact(dump_input(inspect.signature(_asgi_handler), (scope, b"{}"), {}))
    text = orjson.dumps(dumped).decode()
    assert TOKEN not in text and API_KEY not in text and SESSION not in text, text
    assert dumped["scope"]["headers"][0] == ["b'host'", "b'api.internal'"], "an innocent header is kept"
    assert dumped["scope"]["path"] == "/jobs"
    assert holds_redacted(dumped), "recovery refuses to run the call again with a placeholder"


@pytest.mark.parametrize(
    "headers",
    [
        [("Authorization", f"Token {TOKEN}"), ("Accept", "application/json")],
        [["X-Api-Key", API_KEY], ["Accept", "application/json"]],
        ((b"x-api-key", API_KEY.encode()), (b"accept", b"application/json")),
        [("Cookie", SESSION), ("Accept", "application/json")],
        [("DB_PASS", API_KEY), ("Accept", "application/json")],
    ],
)
def test_a_header_list_s_secret_value_is_hidden(headers: Any) -> None:
    scrubbed = Scrubber().scrub({"headers": headers})
    text = orjson.dumps(scrubbed).decode()
    assert TOKEN not in text and API_KEY not in text and SESSION not in text, text
    assert REDACTED in text
    assert "application/json" in text


def test_a_pair_whose_key_holds_a_credential_hides_its_value() -> None:
    scrubbed = Scrubber().scrub([("postgres://app:Zq9pw@db/app", "primary"), ("replica", "db2")])
    assert scrubbed == [["postgres://app:***REDACTED***@db/app", REDACTED], ["replica", "db2"]]


@pytest.mark.parametrize(
    "value",
    [
        [("host", "api"), ("accept", "*/*")],
        [("author", "ann"), ("authority", "example.org")],
        [("max_retries", 3), ("region", "eu-west-1")],
        ["password", "reset"],  # two words, not a list of pairs
        [["a", "b", "c"], ["token"]],
    ],
)
def test_innocent_lists_are_kept(value: Any) -> None:
    assert Scrubber().scrub(value) == [list(item) if isinstance(item, tuple) else item for item in value]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # werkzeug's Headers repr: a Flask request.headers passed to an operation is sent as this text
        (f"EnvironHeaders([('Host', 'api'), ('Authorization', 'Token {TOKEN}'), ('X-Api-Key', '{API_KEY}')])", "api"),
        (f"{{'headers': [(b'host', b'api'), (b'authorization', b'Token {TOKEN}'), (b'cookie', b'{SESSION}')]}}", "api"),
        (f'[["Host","api"],["X-Api-Key","{API_KEY}"]]', "api"),
        (f"request failed: [('DB_PASS', '{API_KEY}'), ('host', 'api')]", "api"),
    ],
)
def test_a_printed_list_of_pairs_has_its_secret_values_hidden(text: str, kept: str) -> None:
    scrubber = Scrubber()
    scrubbed = scrubber.scrub_text(text)
    assert TOKEN not in scrubbed and API_KEY not in scrubbed and SESSION not in scrubbed, scrubbed
    assert REDACTED in scrubbed
    assert f"'{kept}'" in scrubbed or f'"{kept}"' in scrubbed
    assert scrubber.may_hold_secret(text.encode()), "the sink's cheap check suspects it"
    assert scrubber.may_hold_secret(orjson.dumps(text))


@pytest.mark.parametrize(
    "text",
    [
        "[('Host', 'api'), ('Accept', 'text/html')]",
        "[('author', 'ann'), ('authority', 'example.org')]",
        "('host', 'a', 'authorization')",  # three items: not a pair
    ],
)
def test_printed_innocent_pairs_are_kept(text: str) -> None:
    assert Scrubber().scrub_text(text) == text
