"""Everyday application libraries (sixth batch): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # "must be" alone is the general phrase of a bad value (validation)
        ("peewee.InterfaceError", "Error, database must be initialized before opening a connection."),
        ("builtins.RuntimeError", "The client must be initialised first."),
        ("builtins.RuntimeError", "You must call init_app() before using the extension."),
    ],
)
def test_a_client_used_before_its_setup_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message) == (P, "message.used_before_initialized")


def test_a_server_not_yet_initialized_stays_transient(clf: Classifier) -> None:
    # A server that is still starting says "not initialized ... try again": not the program's setup order.
    category, _ = verdict_of(clf, "builtins.RuntimeError", "Server not initialized, please try again.")
    assert category is T


@pytest.mark.parametrize(
    "message",
    [
        'connection to server at "db.example.internal" (10.0.0.5), port 6432 failed: FATAL:  no more connections '
        "allowed (max_client_conn)",
        'connection to server at "pooler.example.com" (10.1.2.3), port 5432 failed: FATAL:  (EMAXCONNSESSION) max '
        "clients reached in session mode - max clients are limited to pool_size: 20",
    ],
)
def test_a_pooler_at_its_client_limit_is_resource(clf: Classifier, message: str) -> None:
    # "connection" and OperationalError both say transient; the pooler's full client slots say capacity.
    assert verdict_of(clf, "psycopg2.OperationalError", message) == (R, "message.pooler_client_limit")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("pypdf.errors.FileNotDecryptedError", "File has not been decrypted"),
        ("pypdf.errors.PdfReadError", "EOF marker not found"),
        ("openpyxl.utils.exceptions.IllegalCharacterError", "Order\x0712 cannot be used in worksheets."),
        ("openpyxl.utils.exceptions.InvalidFileException", "openpyxl does not support the old .xls file format"),
        ("babel.core.UnknownLocaleError", "unknown locale 'xx_YY'"),
    ],
)
def test_a_document_or_locale_the_caller_gave_is_validation(clf: Classifier, exc_type: str, message: str) -> None:
    # Without the class these messages carry no evidence (or "not support" says permanent).
    category, rule_id = verdict_of(clf, exc_type, message)
    assert category is V
    assert rule_id.startswith("type.validation.")


@pytest.mark.parametrize(
    "message",
    [
        "Client error '402 Payment Required' for url 'https://shop.example.com/admin/api/products.json'",
        "402, message='Payment Required', url='https://api.example.com/v0/base/table'",
    ],
)
def test_a_bare_402_is_unknown(clf: Classifier, message: str) -> None:
    # Alone, the status said permanent at 0.9; each vendor gives 402 its own meaning (decline, credits, quota,
    # frozen account), and no reason in the body says which.
    verdict = clf.classify(ErrorSignal(exc_type="httpx.HTTPStatusError", message=message, http_status=402))
    assert verdict.category is Category.UNKNOWN
    assert verdict.confidence < clf.min_confidence


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Error code: 402 - Your credit balance is too low to access the API.", R),
        ("Request req_123: Your card was declined.", V),
    ],
)
def test_a_402_with_its_reason_takes_the_reason(clf: Classifier, message: str, expected: Category) -> None:
    verdict = clf.classify(ErrorSignal(exc_type="builtins.Exception", message=message, http_status=402))
    assert verdict.category is expected
    assert verdict.confidence >= clf.min_confidence
