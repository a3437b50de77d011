"""Every secret format of the public catalogues is scrubbed on the way out, and look-alike ids are not.

The catalogues (``data/secret_catalogue.json``, built by ``data/build_secret_catalogue.py``): gitleaks' 221
default rules with a pattern, detect-secrets' plugins, and the trufflehog detectors whose formats gitleaks has
not. Each secret is embedded the ways it reaches a failure (:mod:`tests.unit.sdk.secret_catalogue`: an
exception's message, a URL, a connection string, a traceback's source line, a dict's repr, JSON, an env dump, a
log line) and sent through the paths a service's text leaves by: an ``@operation`` that fails with it (the
SDK's scrubbing of the input dump, the message, the traceback and the causes in the context) and a log
record of an errorflow process (:mod:`errorflow.logscrub`). No piece of the secret's distinctive part (12
characters) may be in what goes out.

:data:`KNOWN_LEAKS` are the formats still let through, each with why; a test checks they still are, so one
that starts being scrubbed fails there until it is taken off the list.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from errorflow.logscrub import install_log_scrubbing
from errorflow.redacted import REDACTED
from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
from errorflow.sdk.redact import build_redactor
from errorflow.settings import Settings
from tests.unit.sdk.secret_catalogue import CATALOGUE, embeddings, leaked

_SHORT = "a body shorter than the ids kept as they are (Stripe's pi_ + 24 characters, a TypeID's 26)"
KNOWN_LEAKS: dict[str, str] = {
    "gitleaks:vault-service-token": "Vault's legacy s. + 24 of one case: the shape of a TypeID (hvs. is scrubbed)",
    "gitleaks:square-access-token": f"sq0atp- + 22: {_SHORT}",
    "gitleaks:slack-legacy-workspace-token": "sampled at the rule's minimum, xoxr- + 8: the Slack rule reads 10+",
    "gitleaks:settlemint-application-access-token": f"sm_aat_ + 16: {_SHORT}",
    "gitleaks:settlemint-personal-access-token": f"sm_pat_ + 16: {_SHORT}",
    "gitleaks:settlemint-service-access-token": f"sm_sat_ + 16: {_SHORT}",
    "gitleaks:octopus-deploy-api-key": "API- + 26 capitals and digits: a ULID's shape",
    "gitleaks:huggingface-organization-api-token": "api_org_ + 34 letters: no digit tells it from a word",
    "gitleaks:flutterwave-encryption-key": "12 characters after FLWSECK_TEST-: too short to tell from an id",
    "gitleaks:facebook-access-token": "<app id>|<27 lower-case letters and digits>: shorter than a one-case key (32)",
    "gitleaks:alibaba-access-key-id": "LTAI glued to 20 of one case: an access key id, no separator to tell a prefix",
    "gitleaks:1password-secret-key": "A3- then groups of 5 and 6 capitals and digits: each group too short",
    "errorflow:bare-slash-credential": "user/password@host with no word of Oracle: npm, Go and image refs share it",
    "detect-secrets:SoftlayerDetector": "64 hex digits in a URL's path: hex alone is an id or a digest",
}
NOT_SECRETS = frozenset({"gitleaks:mailgun-pub-key"})
"""Public keys (Mailgun's validation key), and the rules that find identifiers (``identifier`` in the data: client
ids, access ids), which gitleaks flags to inventory a service's accounts: no scrubber is asked to hide them."""


def _cases() -> Iterator[Any]:
    for entry in CATALOGUE:
        if entry.get("identifier") or entry["id"] in NOT_SECRETS:
            continue
        for name, text in embeddings(entry).items():
            # As a URL's password any value is hidden: the known leaks are of the value read by its shape.
            if entry["id"] not in KNOWN_LEAKS or name == "userinfo_url":
                yield pytest.param(entry, text, id=f"{entry['id']}-{name}")


CASES = list(_cases())
_BY_ID = {entry["id"]: entry for entry in CATALOGUE}


def _strings(value: Any) -> Iterator[str]:
    """Every key and text of a decoded event, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


@pytest.fixture(scope="module")
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="catalogue-svc")
    yield memory
    shutdown()


@operation(name="catalogue_call", register=False)
def _call(payload: str, options: dict[str, str]) -> None:
    raise RuntimeError(payload) from ValueError(options["note"])


def _sent(emitter: MemoryEmitter, entry: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
    """The failed event of a call that failed with ``text`` in its input and its exceptions, and all its text."""
    emitter.records.clear()
    options = {"note": text}
    if "key" in entry:  # the value under its own key, as a service's settings pass it
        options[entry["key"].lower()] = entry["secret"]
    with pytest.raises(RuntimeError):
        _call(text, options)
    events = [orjson.loads(record.value) for record in emitter.records]
    failed = [event for event in events if event["status"] == "failed"]
    assert len(failed) == 1, events
    return failed[0], "\n".join(string for event in events for string in _strings(event))


@pytest.mark.parametrize(("entry", "text"), CASES)
def test_a_failing_operation_sends_no_piece_of_the_secret(
    emitter: MemoryEmitter, entry: dict[str, Any], text: str
) -> None:
    failed, sent = _sent(emitter, entry, text)
    assert failed["error_type"] == "builtins.RuntimeError"
    assert failed["input_dump"]["payload"] == REDACTED, "an input holding a secret is the marker recovery looks for"
    assert leaked(entry, sent) is None, sent


@pytest.fixture(scope="module")
def log_stream() -> Iterator[io.StringIO]:
    factory = logging.getLogRecordFactory()
    install_log_scrubbing(Settings())
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("errorflow.catalogue")
    logger.addHandler(handler)
    logger.propagate = False
    yield stream
    logger.removeHandler(handler)
    logging.setLogRecordFactory(factory)


@pytest.mark.parametrize(("entry", "text"), CASES)
def test_a_log_record_of_an_errorflow_process_holds_no_piece_of_the_secret(
    log_stream: io.StringIO, entry: dict[str, Any], text: str
) -> None:
    log_stream.seek(0)
    log_stream.truncate()
    logger = logging.getLogger("errorflow.catalogue")
    logger.warning("refusing a record at %s: %s", "t[0]@7", text)
    try:
        raise RuntimeError(text)
    except RuntimeError:
        logger.exception("cannot handle %s", "t[0]@8")
    written = log_stream.getvalue()
    assert "refusing a record at t[0]@7" in written and "cannot handle t[0]@8" in written
    assert "Traceback (most recent call last)" in written
    assert leaked(entry, written) is None, written


def test_the_sinks_check_suspects_every_text_the_scrubber_changes() -> None:
    """``may_hold_secret`` (the sink's check before storing a record as it is) is never False where scrubbing acts."""
    scrubber = build_redactor(Settings())
    missed = [
        text
        for entry in CATALOGUE
        for text in embeddings(entry).values()
        if scrubber.scrub_text(text) != text and not scrubber.may_hold_secret(orjson.dumps({"message": text}))
    ]
    assert missed == []


@pytest.mark.parametrize("rule", sorted(KNOWN_LEAKS))
def test_a_known_leak_still_leaks(rule: str) -> None:
    """Scrubbed in every text but a URL's password, it is no known leak any more: take it off the list."""
    scrubber = build_redactor(Settings())
    entry = _BY_ID[rule]
    texts = [text for name, text in embeddings(entry).items() if name != "userinfo_url"]
    assert all(leaked(entry, scrubber.scrub_text(text)) for text in texts), KNOWN_LEAKS[rule]


def test_the_catalogue_holds_every_gitleaks_rule_with_a_pattern() -> None:
    ids = {entry["id"] for entry in CATALOGUE}
    assert len({entry for entry in ids if entry.startswith("gitleaks:")}) == 221, "222 rules, one about file names"
    assert ids >= set(KNOWN_LEAKS) | NOT_SECRETS


# Look-alikes a failure's text carries that are not secrets: ids and digests identify what failed (a debugger
# needs them; recovery re-runs an input only if no value of it became the marker), and they give no access.
# Chosen for sharing a secret's shape: long runs of hex or base62, a prefix and an underscore, base64.
LOOK_ALIKES = [
    "3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f",  # UUID v4
    "01932f6e-7b1a-7c4d-9e2f-3a4b5c6d7e8f",  # UUID v7
    "57b9883294b64885807b9263e82ce82c",  # hex run id
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 broke the build",  # git sha
    "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",  # W3C trace context
    "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7",
    "X-Amzn-Trace-Id: Root=1-67891233-abcdef012345678912345678",
    "x-request-id: req_8f3a2c1d0e9b8a7f3f2a1c4e9b7d4e21",  # a prefixed hex request id (OpenAI's shape)
    "image nginx:1.25@sha256:3f78a2c1d0e9b8a7f3f2a1c4e9b7d4e218f3a2c1d0e9b8a7f1c4e9b7d4e218f3 not found",
    "docker: container 4bf92f3577b34da6a3ce929d0e0e47364bf92f3577b34da6a3ce929d0e0e4736 exited",
    "integrity sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUR4aVqFN3J4P5NqtA== failed",
    '<script integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC">',  # SRI
    "verifying example.com/mod@v1.2.3: h1:2uKr7wO5mK8d9Xq3Lh6vTbN1sP4yRz0aQeF7gW2cJ5M= mismatch",  # go.sum
    "dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZywgdHdpY2U=",  # base64 of ordinary text
    "eyJ1c2VyIjogImFubiIsICJwbGFuIjogImdvbGQiLCAic2VhdHMiOiAxMn0=",  # base64 of a JSON object (not a JWT)
    "No such payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa'",  # Stripe object ids
    "customer cus_NffrFeUfNV2Hib has no source; event evt_1NG8Du2eZvKYlo2CUI79vXWy",
    "ULID 01ARZ3NDEKTSV4RRFFQ69G5FAV not found",
    "typeid user_01h455vb4pex5vsknk084sn02q not found",
    "cuid2 tz4a98xxat96iws9zmbrgj3a and nanoid V1StGXR8_Z5jdHi6B-myT missing",
    "pod billing-api-7d9f8b6c5d-x2x4q OOMKilled on ip-10-0-1-23.eu-west-1.compute.internal",
    "org.apache.kafka.common.errors.RecordTooLargeExceptionForPartition42",  # a long name with digits
    "at com.example.billing.InvoiceServiceImplV2.generateMonthlyInvoices(InvoiceServiceImplV2.java:142)",
    "object at 0x7f3a2c1d0e90",
    "ann@example.com bounced; git@github.com:acme/app.git not found; mailto:ann@example.com",
    "<a href=\"mailto:ann@example.com\">write</a> or call 'sip:alice@atlanta.example'",  # quoted URIs, no DSN
    "arn:aws:iam::123456789012:role/app-deploy-role",
    "s3://acme-data-eu/exports/part-00000-3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f.snappy.parquet",
    "https://cdn.example.com/assets/app-3f2a1c4e9b7d4e21.js",
    "npm ERR! 404 '@acme/widgets@2.3.1' is not in this registry; go get example.com/mod@v1.0.0 failed",
    'Failed to pull image "bitnami/redis@sha256:3f78a2c1d0e9b8a7f3f2a1c4e9b7d4e218f3a2c1d0e9b8a7f1c4e9b7d4e218f3"',
    "users/ann@example.com was not found",
    "test_every_text_the_scrubber_changes_is_suspected_2 and testScrubTextHandlesWrappedTokensAcrossLines",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_of_a_secret_goes_out_as_it_is(emitter: MemoryEmitter, text: str) -> None:
    failed, _ = _sent(emitter, {}, text)
    assert failed["error_message"] == text
    assert failed["input_dump"] == {"payload": text, "options": {"note": text}}, "recovery can re-run the input"
