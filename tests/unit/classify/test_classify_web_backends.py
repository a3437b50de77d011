"""Web and application backends: framework classes, GraphQL error codes, mail store codes, queue limits."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # Django's per-model subclass (<app>.models.<Model>.MultipleObjectsReturned): the code assumes one row
        (
            "shop.models.Invoice.MultipleObjectsReturned",
            "get() returned more than one Invoice -- it returned 3!",
            Category.PERMANENT,
            "type.permanent.django_model_lookup",
        ),
        (
            "django.core.exceptions.MultipleObjectsReturned",
            "get() returned more than one Order -- it returned 2!",
            Category.PERMANENT,
            "type.permanent.web_django",
        ),
        (
            "django.core.exceptions.SynchronousOnlyOperation",
            "You cannot call this from an async context - use a thread or sync_to_async.",
            Category.PERMANENT,
            "type.permanent.web_django",
        ),
        # a request over a fixed DATA_UPLOAD_MAX_* setting: Django answers 400, the request must shrink
        (
            "django.core.exceptions.TooManyFieldsSent",
            "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.",
            Category.VALIDATION,
            "type.validation.web_django",
        ),
        (
            "django.core.exceptions.RequestDataTooBig",
            "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.",
            Category.VALIDATION,
            "type.validation.web_django",
        ),
        # Django's migration graph: the applied history must be repaired, no retry helps
        (
            "django.db.migrations.exceptions.InconsistentMigrationHistory",
            "Migration admin.0001_initial is applied before its dependency accounts.0001_initial on database "
            "'default'.",
            Category.PERMANENT,
            "type.permanent.web_django_migrations",
        ),
        # alembic: the migration scripts or the version table must change
        (
            "alembic.util.exc.CommandError",
            "Can't locate revision identified by '3f2a9c81d7e4'",
            Category.PERMANENT,
            "type.permanent.web_alembic",
        ),
        # the server's own code, though the message reads like bad input or a setting
        (
            "fastapi.exceptions.ResponseValidationError",
            "1 validation errors:\n  {'type': 'int_parsing', 'loc': ('response', 'total'), "
            "'msg': 'Input should be a valid integer', 'input': 'n/a'}",
            Category.PERMANENT,
            "type.permanent.web_code",
        ),
        (
            "sqlalchemy.exc.MissingGreenlet",
            "greenlet_spawn has not been called; can't call await_only() here. Was IO attempted in an unexpected "
            "place? (Background on this error at: https://sqlalche.me/e/20/xd2s)",
            Category.PERMANENT,
            "type.permanent.web_code",
        ),
        (
            "werkzeug.routing.exceptions.BuildError",
            "Could not build url for endpoint 'invoice' with values ['number']. Did you mean 'invoices' instead?",
            Category.PERMANENT,
            "type.permanent.web_code",
        ),
        (
            "fastapi.exceptions.RequestValidationError",
            "[{'type': 'missing', 'loc': ('query', 'page'), 'msg': 'Field required', 'input': None}]",
            Category.VALIDATION,
            "type.validation.web_fastapi",
        ),
        (
            "pymemcache.exceptions.MemcacheUnexpectedCloseError",
            "",
            Category.TRANSIENT,
            "type.transient.web_memcache",
        ),
    ],
)
def test_framework_classes_that_name_their_failure(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_a_class_name_pattern_yields_to_the_mail_store_code(clf: Classifier) -> None:
    # smtplib's SMTPDataError matches the *DataError name pattern (validation); the store driver's code says the
    # sender's daily quota is used up, whatever "permanent exception" the NDR prints
    verdict = clf.classify(
        ErrorSignal(
            exc_type="smtplib.SMTPDataError",
            message="(554, b'5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
            "process message due to a permanent exception with message Cannot submit message. "
            "[Hostname=DB8PR02MB5563.eurprd02.prod.outlook.com]')",
        )
    )
    assert (verdict.category, verdict.rule_id) == (
        Category.RESOURCE,
        "vendor.exchange.SubmissionQuotaExceededException",
    )
    full = clf.classify(
        ErrorSignal(
            exc_type="smtplib.SMTPDataError",
            message="(554, b'5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
            "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception')",
        )
    )
    assert (full.category, full.rule_id) == (Category.RESOURCE, "vendor.exchange.QuotaExceededException")


def test_a_graphql_code_beats_the_rate_limit_words_of_its_documentation_link(clf: Classifier) -> None:
    # the link to the rate-limit docs would make it transient; the code says the query itself is too costly
    too_costly = clf.classify(
        ErrorSignal(
            exc_type="gql.transport.exceptions.TransportQueryError",
            message="{'message': 'Query cost is 2210, which exceeds the single query max cost limit (1000).', "
            "'extensions': {'code': 'MAX_COST_EXCEEDED', 'cost': 2210, 'maxCost': 1000, "
            "'documentation': 'https://shopify.dev/api/usage/rate-limits'}}",
            http_status=200,
        )
    )
    assert (too_costly.category, too_costly.rule_id) == (Category.VALIDATION, "vendor.graphql.MAX_COST_EXCEEDED")
    throttled = clf.classify(
        ErrorSignal(
            exc_type="gql.transport.exceptions.TransportQueryError",
            message="{'message': 'Throttled', 'extensions': {'code': 'THROTTLED', "
            "'documentation': 'https://shopify.dev/api/usage/rate-limits'}}",
            http_status=200,
        )
    )
    assert throttled.category is Category.TRANSIENT
    nodes = clf.classify(
        ErrorSignal(
            exc_type="gql.transport.exceptions.TransportQueryError",
            message="{'type': 'MAX_NODE_LIMIT_EXCEEDED', 'message': 'This query requests up to 1,000,000 possible "
            "nodes which exceeds the maximum limit of 500,000.'}",
            http_status=200,
        )
    )
    assert (nodes.category, nodes.rule_id) == (Category.VALIDATION, "vendor.graphql.MAX_NODE_LIMIT_EXCEEDED")


def test_a_400_whose_reason_is_a_full_send_queue_is_resource(clf: Classifier) -> None:
    # the 400 family alone would say validation; the queue drains and then accepts the same message
    verdict = clf.classify(
        ErrorSignal(
            exc_type="twilio.base.exceptions.TwilioRestException",
            message="HTTP 400 error: Unable to create record: This 'From' number has exceeded the maximum number "
            "of queued messages",
            http_status=400,
        )
    )
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "message.queued_limit")
    coded = clf.classify(
        ErrorSignal(
            exc_type="twilio.base.exceptions.TwilioRestException",
            message="HTTP 400 error: Unable to create record: Queue limit reached for this sender. "
            "More information may be available here: https://www.twilio.com/docs/errors/21611",
            http_status=400,
        )
    )
    assert (coded.category, coded.rule_id) == (Category.RESOURCE, "vendor.twilio.21611")


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # a 4yz reply is a transient negative completion (RFC 5321), whatever the class: smtplib's
        # SMTPRecipientsRefused alone would say validation, SMTPDataError's *DataError name validation too
        (
            "smtplib.SMTPRecipientsRefused",
            "{'ana@example.org': (450, b'4.2.1 The user you are trying to contact is receiving mail at a rate that "
            "prevents additional messages from being delivered.')}",
            Category.TRANSIENT,
            "vendor.smtp.450",
        ),
        (
            "smtplib.SMTPDataError",
            "(451, b'4.3.0 Error: queue file write error')",
            Category.TRANSIENT,
            "vendor.smtp.451",
        ),
        (
            "aiosmtplib.errors.SMTPResponseException",
            "(421, '4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.')",
            Category.TRANSIENT,
            "vendor.smtp.421",
        ),
        # ... and a capacity reason in the reply refines the transient code: a daily quota comes back tomorrow
        (
            "smtplib.SMTPDataError",
            "(454, b'Throttling failure: Daily message quota exceeded.')",
            Category.RESOURCE,
            "message.daily_quota_words",
        ),
        # a 5yz reply keeps its text's reason; a daily sending limit with words between is resource
        (
            "smtplib.SMTPDataError",
            "(550, b'5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to "
            "https://support.google.com/a/answer/166852 a1b2c3 - gsmtp')",
            Category.RESOURCE,
            "message.daily_quota_words",
        ),
    ],
)
def test_smtp_replies(clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_a_status_in_a_non_smtp_tuple_is_no_smtp_reply(clf: Classifier) -> None:
    # elasticsearch-py's TransportError(429, '...') has no bytes reply nor enhanced status code: not an SMTP 4yz
    verdict = clf.classify(
        ErrorSignal(
            exc_type="elasticsearch.exceptions.TransportError",
            message="TransportError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating "
            "operation')",
        )
    )
    assert not verdict.rule_id.startswith("vendor.smtp.")


_PLAID_400 = (
    "(400)\nReason: Bad Request\nHTTP response headers: HTTPHeaderDict({{'Content-Type': 'application/json'}})\n"
    'HTTP response body: {{"display_message": null, "error_code": "{code}", "error_message": "{text}", '
    '"error_type": "{kind}", "request_id": "Xa1"}}\n'
)


@pytest.mark.parametrize(
    ("code", "text", "kind", "expected"),
    [
        # "invalid" and the 400 would say validation: the user must log in again, no request change helps
        ("ITEM_LOGIN_REQUIRED", "the login details of this item have changed and a user login is required",
         "ITEM_ERROR", Category.PERMANENT),
        # the INVALID_* code pattern would say validation: a wrong or revoked credential
        ("INVALID_ACCESS_TOKEN", "provided access token is in an invalid format", "INVALID_INPUT", Category.PERMANENT),
        # a 400 for an institution that is down: it comes back
        ("INSTITUTION_DOWN", "this institution is not currently responding to this request", "INSTITUTION_ERROR",
         Category.TRANSIENT),
    ],
)  # fmt: skip
def test_plaid_error_codes_decide_over_the_400(
    clf: Classifier, code: str, text: str, kind: str, expected: Category
) -> None:
    message = _PLAID_400.format(code=code, text=text, kind=kind)
    verdict = clf.classify(ErrorSignal(exc_type="plaid.exceptions.ApiException", message=message, http_status=400))
    assert (verdict.category, verdict.rule_id) == (expected, f"vendor.plaid.{code}")
