"""Browser automation, directories, structured concurrency and Python runtime limits (twelfth batch).

Each case names the weaker evidence that decided (or left the verdict ``unknown``) before: a browser's network error
code, a payment body's issue or an errno a library prints in its own format is more exact than the tool's one
generic class, the status or a word of its message.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify._vendor_codes import _CHROMIUM_NET
from tests.unit.classify.verdicts import verdict_of

_PLAYWRIGHT = "playwright._impl._errors.Error"
_CALL_LOG = '\nCall log:\n  - navigating to "{url}", waiting until "load"\n'


def _goto(code: str, url: str = "https://app.example.com/report") -> str:
    return f"Page.goto: net::ERR_{code} at {url}" + _CALL_LOG.format(url=url)


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # Chromium's net error names what failed; Playwright's one Error class says nothing (unknown before)
        (_PLAYWRIGHT, _goto("CONNECTION_REFUSED", "http://localhost:4173/"), None, Category.TRANSIENT,
         "vendor.chromium.CONNECTION_REFUSED"),
        (_PLAYWRIGHT, _goto("CERT_AUTHORITY_INVALID"), None, Category.PERMANENT,
         "vendor.chromium.CERT_AUTHORITY_INVALID"),
        (_PLAYWRIGHT, _goto("INSUFFICIENT_RESOURCES"), None, Category.RESOURCE,
         "vendor.chromium.INSUFFICIENT_RESOURCES"),
        (_PLAYWRIGHT, _goto("OUT_OF_MEMORY"), None, Category.RESOURCE, "vendor.chromium.OUT_OF_MEMORY"),
        # chromedriver relays the same code through Selenium's generic class
        ("selenium.common.exceptions.WebDriverException",
         "Message: unknown error: net::ERR_TOO_MANY_REDIRECTS\n  (Session info: chrome=121.0.6167.85)\n", None,
         Category.PERMANENT, "vendor.chromium.TOO_MANY_REDIRECTS"),
        # twisted prints the errno between its docstring and the strerror: the class pattern said transient
        ("twisted.internet.error.ConnectError", "An error occurred while connecting: 99: Cannot assign requested "
         "address.", None, Category.RESOURCE, "errno.EADDRNOTAVAIL"),
        ("twisted.internet.error.ConnectionRefusedError", "Connection was refused by other side: 111: Connection "
         "refused.", None, Category.TRANSIENT, "errno.ECONNREFUSED"),
    ],
)  # fmt: skip
def test_specific_evidence_over_the_generic_class(
    clf: Classifier, exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (expected, rule_id)


def test_paypal_issue_refines_the_422_it_is_sent_with(clf: Classifier) -> None:
    """The details' issue names the reason; the 422 (validation) and the name UNPROCESSABLE_ENTITY only its family."""
    body = (
        'Failed. Response status: 422. Response message: Unprocessable Entity. Error message: {{"name":'
        '"UNPROCESSABLE_ENTITY","details":[{{"issue":"{issue}","description":"..."}}],"message":"The requested action '
        'could not be performed, semantically incorrect, or failed business validation.","debug_id":"b2e7c91f04a3d"}}'
    )
    exc_type = "paypalrestsdk.exceptions.ResourceInvalid"
    restricted = verdict_of(clf, exc_type, body.format(issue="PAYEE_ACCOUNT_RESTRICTED"), 422)
    assert restricted == (Category.PERMANENT, "vendor.paypal.PAYEE_ACCOUNT_RESTRICTED")
    declined = verdict_of(clf, exc_type, body.format(issue="INSTRUMENT_DECLINED"), 422)
    assert declined == (Category.VALIDATION, "vendor.paypal.INSTRUMENT_DECLINED")


def test_every_chromium_code_is_read_as_chromium_prints_it(clf: Classifier) -> None:
    """Each row is reachable from ``net::ERR_<CODE>`` (two codes normalising alike would shadow one another)."""
    for code, category, _, _ in _CHROMIUM_NET:
        assert verdict_of(clf, _PLAYWRIGHT, _goto(code)) == (Category(category), f"vendor.chromium.{code}")


@pytest.mark.parametrize(
    "message",
    [
        _goto("ABORTED"),  # a navigation interrupted by another one or by a download: no code of its own
        _goto("NAME_NOT_RESOLVED"),  # a name that does not exist, or a resolver that failed for now
        "ERR_CONNECTION_REFUSED",  # not spelled as Chromium prints it
    ],
)
def test_chromium_codes_of_several_cases_and_bare_names_are_no_evidence(clf: Classifier, message: str) -> None:
    _, rule_id = verdict_of(clf, _PLAYWRIGHT, message)
    assert not rule_id.startswith("vendor.chromium.")
