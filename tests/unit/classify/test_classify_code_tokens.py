"""Codes read from formats every library shares, for libraries nobody wrote a reader for (session 17, issue 10).

A labelled field (``code:X``, ``Code: x_y``, ``Error:A.B``, ``"code":"X"``), a dotted error name heading the message
and an upper-case constant of three or more parts are read as codes (``evidence.code_tokens``), and the code globs
read their words. Each case is a text built in such a format for a made-up vendor (not a corpus item), beside what the
weaker evidence says without the code: the reason the reader exists. Echoed response headers are no phrase evidence.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.classify import Category, Classifier, ErrorSignal, evidence
from errorflow.classify.evidence import Link, code_tokens, cut_message

ROOT = Path(__file__).resolve().parents[3]
PUBLIC = ROOT.parent / "shared" / "corpus" / "errors-public.jsonl"
INDEPENDENT = ROOT / "bench" / "corpus" / "independent.jsonl"
CASES = Path(__file__).with_name("classify_cases.py")

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(cache_size=0)


def _category(clf: Classifier, exc_type: str, message: str, status: int | None = None) -> Category:
    return clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status)).category


# (class, message with the code, the same message without it, category with the code, category without it)
_OVERRULED = [
    # a labelled dotted code: its family last, its specific part first; the sentence alone reads as a refusal to retry
    (
        "acme.sdk.ServerError",
        "[SDKException] code:LimitsExceeded.Snapshot message:The connection for the snapshot was refused. requestId:1",
        "[SDKException] message:The connection for the snapshot was refused. requestId:1",
        R,
        T,
    ),
    # a dotted error name heading the message (a D-Bus-style name of another service)
    (
        "acme.bus.BusException",
        "org.example.Broker.Error.QuotaExceeded: Connection to the broker was refused",
        "Connection to the broker was refused",
        R,
        T,
    ),
    # an upper-case constant of a C client's status enum, inside a tuple repr and inside a sentence
    ("acme.client.ClientError", "(7, '10.0.0.5:3000 ACME_ERR_STORE_FULL', 'src/put.c', 104, False)", "(7, '')", R, U),
    (
        "acme.client.ClientError",
        "Store write refused on connection 7: ACME_ERR_STORE_FULL",
        "Store write refused on connection 7",
        R,
        T,
    ),
    ("acme.mq.MQError", "MQ Error. Reason 4711: FAILED: ACME_RC_PARTITION_BUSY", "MQ Error. Reason 4711: FAILED", T, U),
    # a JSON body's code field a server wraps in a 400 of its own format
    (
        "acme.graph.ServerError",
        '400: {"requestId":"e2d4","code":"ReadOnlyStoreException","detailedMessage":"The write was rejected."}',
        '400: {"requestId":"e2d4","detailedMessage":"The write was rejected."}',
        P,
        U,
    ),
]


@pytest.mark.parametrize(("exc_type", "message", "without", "expected", "weaker"), _OVERRULED)
def test_a_code_in_a_shared_format_decides_where_weaker_evidence_would_have(
    clf: Classifier, exc_type: str, message: str, without: str, expected: Category, weaker: Category
) -> None:
    assert _category(clf, exc_type, message) is expected
    assert _category(clf, exc_type, without) is weaker


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("InvalidAccountStatus.NotEnoughBalance", R),  # the specific part first: not the family's "Invalid*"
        ("OperationDenied.NoStock", R),  # the specific part first: not the family's "*Denied*"
        ("QuotaExceed.ElasticQuota", R),
        ("ResourceInsufficient.ZoneSoldOut", R),
        ("FileSizeLimitExceeded", V),  # a size over its limit is the input's, before "*LimitExceeded*"
        ("RequestCountLimitExceeded", R),
        ("InsufficientPermissions", P),  # a permission, not capacity
        ("item_name_in_use", V),
        ("record_too_big", V),
        ("UNKNOWN_CHANNEL_NAME", P),
        ("NotAuthenticated", P),
    ],
)
def test_code_words_take_their_meaning(clf: Classifier, code: str, expected: Category) -> None:
    assert _category(clf, "acme.sdk.ServerError", f"code:{code} message:the request failed") is expected


def test_an_unknown_error_code_is_no_unknown_name(clf: Classifier) -> None:
    # "UNKNOWN_ERROR" says nothing of what failed; only a named thing that is unknown is permanent
    assert code_tokens("errorCode: UNKNOWN_ERROR") == ["UNKNOWN"]
    verdict = clf.classify(ErrorSignal(exc_type="acme.sdk.ServerError", message="errorCode: UNKNOWN_ERROR"))
    assert not verdict.rule_id.startswith("code.unknown_name")


def test_prose_after_a_label_is_no_code() -> None:
    assert code_tokens("Error: Connection refused by host") == []
    assert code_tokens("code: the value must be positive") == []
    assert code_tokens("") == []


def test_a_reader_of_a_known_format_comes_first() -> None:
    # botocore's format names the code; the generic field after it is not read
    link = Link(
        "botocore.exceptions.ClientError",
        "An error occurred (ThrottlingException) when calling the Query operation: Error: QuotaExceeded.Table",
    )
    assert "QUOTAEXCEED" not in link.codes
    assert link.codes[0] == "THROTTLING"


def test_echoed_headers_are_no_phrase_evidence(clf: Classifier) -> None:
    # a client printing its response: "Connection: keep-alive" is a header, not a network failure
    headers = "Headers: {'Date': 'Mon, 30 Nov 2026', 'Connection': 'keep-alive', 'Content-Type': 'application/json'}"
    message = f"Message: Item with the same name already exists\nStatus: 409\n{headers}\nURL: https://api.example/x"
    link = Link("acme.sdk.APIException", message)
    assert "keep-alive" not in link.phrased and "keep-alive" in link.text  # codes and statuses still see it
    assert _category(clf, "acme.sdk.APIException", message, 409) is V
    # the same words outside a headers line still speak
    assert _category(clf, "acme.sdk.APIException", "Connection: keep-alive was reset by peer", None) is T


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("QuotaExceed.ElasticQuota", R),  # a used-up quota: capacity, where the bare 403 says a permission
        ("InvalidAccountStatus.NotEnoughBalance", R),
        ("Throttling.User", T),
        ("Forbidden.RAM", P),  # a permission the code names: the 403's own meaning
        ("InsufficientPermissions", P),
    ],
)
def test_a_403_code_of_capacity_or_throttling_refines_it(clf: Classifier, code: str, expected: Category) -> None:
    message = f"HTTP Status: 403 Error:{code} The request was refused. RequestID: 6B8D0F2B"
    assert _category(clf, "acme.sdk.ServerException", message, 403) is expected
    # without the code the status decides: a 403 is permanent
    assert _category(clf, "acme.sdk.ServerException", "HTTP Status: 403 The request was refused.", 403) is P


def test_a_module_path_heading_the_message_names_a_class_not_a_code(clf: Classifier) -> None:
    # an error name's namespace has a capitalised part; a lower-case module path names a Python or Java class
    assert code_tokens("org.freedesktop.DBus.Error.LimitsExceeded: too many connections") == ["LIMITSEXCEEDED"]
    assert code_tokens("django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.") == []
    assert code_tokens("org.apache.kafka.common.errors.RecordTooLargeException: The message is too large") == []
    # "*NOTREADY*" would read the class as a state that settles by itself; Django's app registry is set up by code
    assert (
        _category(clf, "builtins.RuntimeError", "django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.")
        is P
    )


# ---- the scans run only behind the literal walk's bits (session 18): the gate changes no token


def _ungated(text: str) -> list[str]:
    return evidence._code_tokens(text, evidence._LABEL_LITERAL | evidence._CONSTANT_LITERAL)


def _corpus_texts() -> list[str]:
    rows: list[dict[str, Any]] = []
    for path in (PUBLIC, INDEPENDENT):
        if path.exists():  # the public corpus lives beside the repository (../shared), not in it
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    messages = [row["message"] for row in rows]
    messages += [message for _, message, *_ in runpy.run_path(str(CASES))["CASES"]]
    return [cut_message(message) for message in messages]


def test_the_gated_scans_read_what_the_ungated_read_on_the_corpora() -> None:
    found = 0
    for message in _corpus_texts():
        for text in (message, message.upper(), message.lower(), message.title(), "x " + message):
            tokens = _ungated(text)
            assert code_tokens(text) == tokens, text
            found += bool(tokens)
    assert found > 100  # the corpora hold labelled fields and constants: the comparison is not vacuous


# Pieces of the formats the scans read (every label and what may follow it, constants' parts) and of what they refuse.
_PIECES = st.sampled_from(
    [
        *("code", "Code", "Error", "error", "ErrorCode", "error_code", "Error ", "rror", "ode", "co", "Er"),
        *(":", "=", "'", '"', " ", "\t", ": ", " :", "=\t", "\n", ".", "_", "__", "-"),
        *("MQRC", "Q", "FULL", "A1", "9", "x", "Ab", "NotEnough", "Quota.Exceed", "\u00e9", "\u0130", "\U0001f600"),
    ]
)
_PARTS = st.sampled_from(["MQRC", "Q", "FULL", "A1", "9", "07", "x", "Ab", "\u00c9", ""])
_LABELLED = st.tuples(
    st.sampled_from(["code", "Code", "Error", "ErrorCode", "error_code", "Error code", "xcode", "rror"]),
    st.sampled_from(["", "'", '"']),
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from([":", "=", "", "-"]),
    st.sampled_from(["", " ", "\t", "'", '"']),
    st.sampled_from(["Quota.Exceed", "item_in_use", "NotEnough", "plain", "X", "9"]),
).map("".join)
_SEGMENTS = st.one_of(_PIECES, _LABELLED, st.lists(_PARTS, min_size=1, max_size=5).map("_".join))


@settings(max_examples=3000, deadline=None)
@given(st.lists(_SEGMENTS, max_size=8).map("".join))
def test_the_gated_scans_read_what_the_ungated_read_on_generated_text(text: str) -> None:
    assert code_tokens(text) == _ungated(text)


def test_codes_kept_by_their_spelling_are_normalize_codes_and_the_memo_is_bounded() -> None:
    from errorflow.classify._tables import normalize_code

    spellings = ["ThrottlingException", "StatusCode.UNAVAILABLE", "card_declined", "NetworkExceptionError", "x" * 200]
    for raw in spellings * 2:  # the second time from the memo
        assert evidence._code_of(raw) == normalize_code(raw)
    assert "x" * 200 not in evidence._CODES_OF  # a long spelling is not kept
    kept = dict(evidence._CODES_OF)  # the module's own dict (compiled code holds it, not the module attribute)
    try:
        evidence._CODES_OF.clear()
        for number in range(evidence._MAX_CODES_OF + 10):
            assert evidence._code_of(f"Code_{number}Error") == f"CODE{number}"
        assert len(evidence._CODES_OF) == evidence._MAX_CODES_OF
    finally:
        evidence._CODES_OF.clear()
        evidence._CODES_OF.update(kept)
