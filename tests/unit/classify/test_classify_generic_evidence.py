"""Generic evidence for libraries no list knows (session 24, issue 10): measured on never-seen errors, not fitted.

Two readings, each chosen because it decided right on the tune halves of several collection batches as the classifier
saw them *before* any rule was written for them (``bench/classify_calibration.py``; docs/classification.md, "Generic
evidence that held on never-seen batches (session 24)"):

- ``message.supply_exhausted``: a supply word bound to a capacity noun ("insufficient buying power", "no free
  workers", "Balance is insufficient"), a capacity reason that refines a 400 or 403 as any other does;
- ``message.maximum_count_reached``: a count of things at its maximum ("Maximum number of dashboards reached (25)"),
  a quota, not a loop's bound (retries, redirects) nor a rate (requests, calls, a count per hour);
- the ``name.*`` patterns built from the words vendors build code names from, read in a class's name (``RecordTooBig``,
  ``BadServerTooBusy``, ``ChannelFull``, ``ConflictError``): weak evidence, deciding only where nothing else did.

Each rule has a case where the weaker evidence would have won (the same text without the phrase, the same text on a
neutrally named class) and a case from another made-up library, showing it is not one vendor's wording. No case text
occurs in a corpus.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

from .verdicts import corpora_text

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(cache_size=0)


def _verdict(clf: Classifier, exc_type: str, message: str, status: int | None = None) -> tuple[Category, str]:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status))
    return verdict.category, verdict.rule_id


# (class, status, message with the phrase, the same without it, what the weaker evidence says without it)
_SUPPLY = [
    # a broker's 403: the status alone says permanent (a permission); the body names the spent capacity
    ("quillon.trade.ApiError", 403, "order 7731 rejected: insufficient buying power", "order 7731 rejected", P),
    # another vendor's 400: the 4xx family alone says validation
    ("ferrowallet.errors.RequestFailed", 400, "Wallet balance is insufficient for transfer 88", "Transfer failed", V),
    # a phrase of the transport ("connection ... rejected") would say transient; the reason after it is the capacity
    (
        "corvid.rpc.LinkError",
        None,
        "link to ('10.9.8.7', 7000) rejected: no free slots, raise the dispatcher pool size",
        "link to ('10.9.8.7', 7000) rejected, retry later",
        T,
    ),
    # a query engine's 400 naming the buffer it ran out of
    (
        "halyard.db.QueryError",
        400,
        "Not enough merge buffer space to run query q-19 on this broker",
        "Query q-19 could not run on this broker",
        V,
    ),
]


@pytest.mark.parametrize(("exc_type", "status", "message", "without", "weaker"), _SUPPLY)
def test_a_supply_word_bound_to_a_capacity_noun_is_resource(
    clf: Classifier, exc_type: str, status: int | None, message: str, without: str, weaker: Category
) -> None:
    assert _verdict(clf, exc_type, without, status)[0] is weaker
    category, rule_id = _verdict(clf, exc_type, message, status)
    assert category is R
    assert rule_id == "message.supply_exhausted"


@pytest.mark.parametrize(
    ("exc_type", "status", "message", "expected"),
    [
        # a permission, a scope or a right is not a capacity
        ("quillon.trade.ApiError", 403, "insufficient permissions to read account storage", P),
        ("quillon.trade.ApiError", 403, "Insufficient scope for this resource", P),
        # replicas come back by themselves: a stream's "not enough replicas" stays transient
        ("corvid.stream.ProduceError", None, "NOT_ENOUGH_REPLICAS: not enough in-sync replicas", T),
    ],
)
def test_the_supply_phrase_is_anchored_to_a_capacity_noun(
    clf: Classifier, exc_type: str, status: int | None, message: str, expected: Category
) -> None:
    category, rule_id = _verdict(clf, exc_type, message, status)
    assert category is expected
    assert rule_id != "message.supply_exhausted"


# (class, status, message with the phrase, the same without it, what the weaker evidence says without it)
_MAXIMUM = [
    ("lumen.api.HTTPError", 400, "Maximum number of dashboards reached (25)", "Dashboard could not be created", V),
    (
        "kestrel.broker.errors.ApiError",
        None,
        "invalid consumer config: maximum number of durable consumers reached (64)",
        "invalid consumer config",
        V,
    ),
]


@pytest.mark.parametrize(("exc_type", "status", "message", "without", "weaker"), _MAXIMUM)
def test_a_count_at_its_maximum_is_resource(
    clf: Classifier, exc_type: str, status: int | None, message: str, without: str, weaker: Category
) -> None:
    assert _verdict(clf, exc_type, without, status)[0] is weaker
    category, rule_id = _verdict(clf, exc_type, message, status)
    assert category is R
    assert rule_id == "message.maximum_count_reached"


@pytest.mark.parametrize(
    "message",
    [
        "maximum number of retries exceeded for job 12",
        "maximum number of redirects exceeded",
        "maximum number of requests per minute exceeded",
        "maximum number of hourly exports has been exceeded",
    ],
)
def test_a_loops_bound_or_a_rate_is_no_count_at_its_maximum(clf: Classifier, message: str) -> None:
    assert _verdict(clf, "lumen.api.HTTPError", message)[1] != "message.maximum_count_reached"


# (class named with a vendor's code word, message, the same class named neutrally, category by the name's word)
_NAMES = [
    ("ostrakon.client.exception.RecordTooBig", "(13, 'ostrakon node 3')", "ostrakon.client.exception.RecordError", V),
    ("plinth.opc.errors.BadServerTooBusy", "request 41 was not processed", "plinth.opc.errors.BadServerState", T),
    ("tessera.layers.ChannelFull", "tessera.notify.user-5521", "tessera.layers.ChannelError", R),
    ("mullion.store.ConflictError", "write of object 0x77a1 lost to txn 0x3f", "mullion.store.StoreError", T),
    ("ostrakon.client.exception.DeviceOverload", "(18, 'ostrakon node 2')", "ostrakon.client.exception.DeviceError", T),
    ("quire.auth.NotAuthenticated", "session 0xbeef", "quire.auth.SessionError", P),
]


@pytest.mark.parametrize(("exc_type", "message", "neutral", "expected"), _NAMES)
def test_a_class_names_code_word_decides_where_nothing_else_did(
    clf: Classifier, exc_type: str, message: str, neutral: str, expected: Category
) -> None:
    assert _verdict(clf, neutral, message)[0] is U
    category, rule_id = _verdict(clf, exc_type, message)
    assert category is expected
    assert rule_id.startswith("name.")


def test_a_class_names_code_word_is_weak(clf: Classifier) -> None:
    # a status decides over it
    assert _verdict(clf, "plinth.opc.errors.BadServerTooBusy", "request 41 was not processed", 401)[0] is P
    # a specific phrase decides over it
    assert _verdict(clf, "tessera.layers.ChannelFull", "no space left on device")[0] is R
    assert _verdict(clf, "tessera.layers.ChannelFull", "certificate verify failed")[0] is P
    # a class only named after the 409 it echoes is no evidence: the status and its body decide
    assert _verdict(clf, "mullion.api.Conflict", "PUT /objects/9 returned 409", 409)[1] != "name.conflict"


def test_no_case_text_occurs_in_a_corpus() -> None:
    text = corpora_text()
    for case in (*_SUPPLY, *_MAXIMUM, *_NAMES):
        for part in case:
            if isinstance(part, str) and len(part) > 12:
                assert part not in text, part
