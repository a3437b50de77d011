"""The twenty-first batch's families as data (session 28): classes that say what failed, and anchored phrases.

greenstalk's DrainingError, jsonpatch's conflict and failed test, cvxpy's disciplined-programming errors, pint's and
astropy's unit errors, nibabel's and py7zr's file-format errors (``defaults._DECISIVE_TYPES_TWENTY_FIRST_BATCH``); a
file not of its format, units and shapes a value given cannot have, a retry that asks for other input, an account
without funds, a GPU cloud without machines, a per-second cap, and an invalid key or licence
(``_MESSAGES_TWENTY_FIRST_BATCH``). The cases use classes and texts no corpus item carries (checked
below), with what the weaker evidence says without the lists.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify.defaults import _DECISIVE_TYPES_TWENTY_FIRST_BATCH

from .verdicts import corpora_text, decides_over, listed_once, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(
    r"type\.\w+\.(?:twenty_first_retry|twenty_first_input)$"
    r"|message\.(?:not_of_its_format|quantity_and_shape|retry_with_other_input|account_funds|no_instances_left"
    r"|qps_limit|key_or_licence)$"
)


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these lists and phrases, to show what the weaker evidence says."""
    return without_rules(_NEW)


def test_each_class_is_listed_once_with_one_category_and_nowhere_else() -> None:
    listed_once(_DECISIVE_TYPES_TWENTY_FIRST_BATCH, _NEW)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "verdict", "weaker"),
    [
        # beanstalkd draining before a restart: greenstalk's str() prints only the reply's (empty) values
        ("greenstalk.DrainingError", "", None, (T, "type.transient.twenty_first_retry"), U),
        # a patch that does not fit its document ("non-existent" alone says nothing decisive)
        ("jsonpatch.JsonPatchConflict", "can't replace a non-existent object 'shipping_method'", None,
         (V, "type.validation.twenty_first_input"), U),
        ("jsonpatch.JsonPatchTestFailed",
         "'gold' (<class 'str'>) is not equal to tested value 'silver' (<class 'str'>)", None,
         (V, "type.validation.twenty_first_input"), U),
        ("cvxpy.error.DCPError",
         "Problem does not follow DCP rules. Specifically:\nThe following constraints are not DCP:\nsqrt(t) >= x @ x",
         None, (V, "type.validation.twenty_first_input"), U),
        ("astropy.units.core.UnitConversionError", "'kg' (mass) and 'K' (temperature) are not convertible", None,
         (V, "type.validation.twenty_first_input"), U),
        ("nibabel.filebasedimages.ImageFileError", 'Cannot work out file type of "/scans/s12/dwi_run2.mgz"', None,
         (V, "type.validation.twenty_first_input"), U),
        # a RuntimeError alone reads nothing (or a bug): the format and the shape say more
        ("builtins.RuntimeError", "archive.extract(nightly-4471.rar) failed: not a valid rar archive", None,
         (V, "message.not_of_its_format"), U),
        ("builtins.RuntimeError", "restore of snapshot 2291 failed: zstd decompress error: Unknown frame descriptor",
         None, (V, "message.not_of_its_format"), P),
        ("builtins.RuntimeError",
         "shape mismatch: value tensor of shape [8] cannot be broadcast to indexing result of shape [4]", None,
         (V, "message.quantity_and_shape"), P),
        # "try again" that asks for another value: the input must change
        ("myapp.errors.ApiError", "Workspace slug already taken. Try again with a different slug.", 409,
         (V, "message.retry_with_other_input"), T),
        # a prepaid account to top up (402 alone reads a permanent payment requirement, here nothing)
        ("myapp.errors.ApiError", "Top up your credits to keep generating images (0 left on plan starter)", 402,
         (R, "message.account_funds"), U),
        # machines of a kind all taken: capacity, though the text invites a retry
        ("myapp.errors.ProvisionError", "No instances available in us-east-2 for g5.xlarge; please try again later",
         None, (R, "message.no_instances_left"), T),
        # a per-second cap refills ("limit exceeded" alone reads a quota)
        ("myapp.errors.ApiError", "qps limit exceeded for app 8812 (5 req/s)", None, (T, "message.qps_limit"), R),
        # a key the service does not know ("invalid" alone reads a bad request), a licence that expired
        ("myapp.errors.ApiError", "Api key is invalid. Check the key in your dashboard settings", None,
         (P, "message.key_or_licence"), V),
        ("builtins.RuntimeError", "solver run 77 failed: License has expired on 2025-01-31", None,
         (P, "message.key_or_licence"), U),
    ],
)  # fmt: skip
def test_a_class_or_phrase_nobody_collected_decides_over_the_weaker_evidence(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    status: int | None,
    verdict: tuple[Category, str],
    weaker: Category,
) -> None:
    decides_over(clf, before, exc_type, message, verdict, weaker, status)


def test_what_the_lists_say_where_the_weaker_evidence_agrees(clf: Classifier) -> None:
    # pint's dimensionality error and a trader's margin: the class or the phrase names it, as the weaker evidence did
    assert verdict_of(clf, "pint.errors.DimensionalityError", "Cannot convert from 'kilogram' ([mass]) to 'metre' "
                      "([length])") == (V, "type.validation.twenty_first_input")  # fmt: skip
    assert verdict_of(clf, "builtins.Exception", "Order rejected: insufficient margin for BTCUSDT-PERP position") == (
        R,
        "message.account_funds",
    )


def test_each_phrase_reads_its_own_meaning_only(clf: Classifier) -> None:
    # "try again" alone stays transient advice
    assert verdict_of(clf, "myapp.errors.ApiError", "Service busy. Try again in a few seconds.", 503)[0] is T
    # a class the lists do not name (the same short name, another library) is left to its message
    assert verdict_of(clf, "myapp.errors.DrainingError", "")[1] != "type.transient.twenty_first_retry"
    # "not a" followed by no file format is not the format rule
    assert verdict_of(clf, "builtins.ValueError", "not a valid choice for field 'plan'")[1] != (
        "message.not_of_its_format"
    )


def test_the_cases_classes_and_texts_are_in_no_corpus() -> None:
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "shipping_method", "tested value 'silver'", "sqrt(t) >= x @ x", "'K' (temperature)", "dwi_run2.mgz",
        "nightly-4471.rar", "snapshot 2291", "value tensor of shape [8]",
        "Workspace slug already taken", "0 left on plan starter", "g5.xlarge; please try again later", "app 8812",
        "Check the key in your dashboard", "solver run 77", "BTCUSDT-PERP", "'metre' ([length])",
    ):  # fmt: skip
        # (a boolean, so a failure names the code, never an item of the corpus: the holdout's are not to be read)
        found = code in text
        assert not found, code
