"""JSON web tokens in shapes the ``eyJ...``.``eyJ...``.signature rule did not know.

A JWE (five segments; Auth.js' session cookies are ``dir`` JWEs, whose second segment is
empty), a JWS whose payload is not a JSON object starting ``{"`` (``e30`` is ``{}``), and a
token wrapped over lines at a dot (a log, a message cut to a width) went out whole. The
header, a JOSE header with ``alg``, tells them; base64 JSON that is not one (a page cursor) stays.
"""

from __future__ import annotations

import base64
import json

import orjson
import pytest

from errorflow.sdk.scrub import REDACTED, Scrubber


def _b64(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).rstrip(b"=").decode()


HS256 = _b64({"alg": "HS256", "typ": "JWT"})
PAYLOAD = _b64({"sub": "1234567890", "name": "Ann"})
SIGNATURE = "Zq9SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
JWE_DIR = f"{_b64({'alg': 'dir', 'enc': 'A256GCM'})}..Zq9u0qLhW2x7A.Zq9ciphertext-bWFzdGVyX2tleQ.Zq9tagXrMHc1Q"
JWE_RSA = f"{_b64({'alg': 'RSA-OAEP-256', 'enc': 'A128GCM'})}.Zq9encKey-OKOawDo13gRp2oj.Zq9iv48V1_AL.Zq9ct5eym.Zq9tagQ"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"session cookie {JWE_DIR} expired", ("session cookie ", " expired")),
        (f"could not decrypt {JWE_RSA}.", ("could not decrypt ", ".")),
        (f"claims rejected: {HS256}.e30.{SIGNATURE} (empty)", ("claims rejected: ", " (empty)")),
        (f"Invalid JWT: {HS256}.\n    {PAYLOAD}.\n    {SIGNATURE}\nnext line", ("Invalid JWT: ", "\nnext line")),
        (f"Invalid JWT: {HS256}\n  .{PAYLOAD}\n  .{SIGNATURE}", ("Invalid JWT: ",)),
        (f"token {HS256}.{PAYLOAD}.{SIGNATURE}. Next sentence.", ("token ", ". Next sentence.")),
    ],
)
def test_a_jwt_in_a_shape_of_its_own_is_hidden(text: str, kept: tuple[str, ...]) -> None:
    scrubber = Scrubber()
    scrubbed = scrubber.scrub_text(text)
    assert "Zq9" not in scrubbed and PAYLOAD not in scrubbed, scrubbed
    assert REDACTED in scrubbed and all(part in scrubbed for part in kept), scrubbed
    assert scrubber.may_hold_secret(orjson.dumps(text)), "the sink's cheap check suspects it"


@pytest.mark.parametrize(
    "text",
    [
        "next page: eyJwYWdlIjoyfQ.Zq9abc.Zq9def",  # base64 JSON, {"page":2}: a cursor, no JOSE header
        "next page eyJwYWdlIjoyfQ. Done",
        "config eyJ0ZXN0Ijp0cnVlfQ==",
    ],
)
def test_base64_json_that_is_no_token_is_kept(text: str) -> None:
    assert Scrubber().scrub_text(text) == text


@pytest.mark.parametrize("groups", [400, 2_000])
def test_a_jwt_with_a_large_payload_is_hidden(groups: int) -> None:
    # An identity provider's token with many group or role claims (Entra ID's groups, up to 200 before
    # its overage claim, Keycloak's roles) has a payload of tens of KB in base64: hidden whole, as it
    # was before the rule learnt the JWE and wrapped shapes (a segment bound of 8 KB sent it whole).
    claims = {"sub": "1234567890", "groups": [f"{index:08d}-4c1e-4f6b-9d3a-2b7f0c9e8a1d" for index in range(groups)]}
    token = f"{HS256}.{_b64(claims)}.{SIGNATURE}"
    scrubbed = Scrubber().scrub_text(f"token rejected: {token} (expired)")
    assert scrubbed == f"token rejected: {REDACTED} (expired)"
