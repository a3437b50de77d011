"""Secrets as the text of XML elements: a SOAP request's WS-Security password, XML configuration.

``password=...`` and ``"password": "..."`` were hidden; ``<password>...</password>`` and
zeep's ``<wsse:Password Type="...#PasswordText">...</wsse:Password>`` (in a fault, a
logged request, an error quoting it) went out whole.
"""

from __future__ import annotations

import orjson
import pytest

from errorflow.sdk.scrub import REDACTED, Scrubber

WSSE = (
    '<soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>svc-crm</wsse:Username><wsse:Password Type="'
    'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">Zq9-soap'
    "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"Server raised fault: request was {WSSE}", "<wsse:Username>svc-crm</wsse:Username>"),
        ("<config><host>db</host><password>Zq9-xml</password></config>", "<host>db</host>"),
        ("<Credentials><ApiKey><![CDATA[Zq9<cdata>]]></ApiKey></Credentials>", "<Credentials>"),
        ("<response>\n  <access_token>\n    Zq9-multi\n  </access_token>\n</response>", "<response>"),
    ],
)
def test_an_xml_element_named_by_a_secret_key_has_its_text_hidden(text: str, kept: str) -> None:
    scrubber = Scrubber()
    scrubbed = scrubber.scrub_text(text)
    assert "Zq9" not in scrubbed and REDACTED in scrubbed, scrubbed
    assert kept in scrubbed
    assert scrubber.may_hold_secret(orjson.dumps(text)), "the sink's cheap check suspects it"


@pytest.mark.parametrize(
    "text",
    [
        "<author>ann</author><authority>example.org</authority>",
        "<b>bold</b> and <i>pass</i>",
        "if a < b and pass </x>",
        "<wsse:UsernameToken><wsse:Username>svc</wsse:Username></wsse:UsernameToken>",
    ],
)
def test_innocent_xml_is_kept(text: str) -> None:
    assert Scrubber().scrub_text(text) == text
