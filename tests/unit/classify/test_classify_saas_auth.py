"""SaaS, payment and communication APIs and their auth (tenth batch): each rule with a case where the weaker evidence
would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


# ------------------------------------------------ token validators: one class per failed check


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("jwt.exceptions.ImmatureSignatureError", "The token is not yet valid (iat)"),
        ("authlib.jose.errors.InvalidTokenError", "invalid_token: The token is not valid yet"),
    ],
)
def test_a_token_whose_validity_has_not_begun_is_transient(clf: Classifier, exc_type: str, message: str) -> None:
    # "invalid_token" / "not yet valid" read as a bad input; the class says the start time lies ahead (clock skew).
    assert verdict_of(clf, exc_type, message) == (T, "type.transient.token_not_yet_valid")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("jwt.exceptions.InvalidAudienceError", "Invalid audience"),
        ("jwt.exceptions.InvalidIssuerError", "Invalid issuer"),
        ("jwt.exceptions.InvalidSignatureError", "Signature verification failed"),
        ("jwt.exceptions.InvalidAlgorithmError", "The specified alg value is not allowed"),
        ("jwt.exceptions.PyJWKSetError", "The JWK Set did not contain any usable keys. Perhaps 'cryptography' is not "
         "installed?"),
    ],
)  # fmt: skip
def test_a_token_the_verifier_rejects_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    # "Invalid ..." alone is the validation phrase; the class names a failed authentication or the verifier's setup.
    assert verdict_of(clf, exc_type, message) == (P, "type.permanent.jwt_rejected")


def test_a_malformed_token_stays_validation(clf: Classifier) -> None:
    assert verdict_of(clf, "jwt.exceptions.DecodeError", "Invalid header padding")[0] is V


def test_an_authlib_claim_rejected_by_the_verifier_is_permanent(clf: Classifier) -> None:
    assert verdict_of(clf, "authlib.jose.errors.InvalidClaimError", "invalid_claim: Invalid claim 'aud'") == (
        P,
        "type.permanent.jose_rejected",
    )


# ------------------------------------------------ OAuth 2.0 clients


def test_an_oauth_client_on_plain_http_is_permanent(clf: Classifier) -> None:
    # Nothing in the message is a known phrase: without the class the verdict is unknown.
    exc = "oauthlib.oauth2.rfc6749.errors.InsecureTransportError"
    message = "(insecure_transport) OAuth 2 MUST utilize https."
    assert verdict_of(clf, exc, message) == (P, "type.permanent.oauth_client")


def test_an_oauth_server_temporarily_unavailable_is_transient(clf: Classifier) -> None:
    exc = "oauthlib.oauth2.rfc6749.errors.TemporarilyUnavailableError"
    assert verdict_of(clf, exc, "(temporarily_unavailable) ")[0] is T


def test_an_oauth_request_with_an_unsupported_grant_is_validation(clf: Classifier) -> None:
    exc = "oauthlib.oauth2.rfc6749.errors.UnsupportedGrantTypeError"
    assert verdict_of(clf, exc, "(unsupported_grant_type) ") == (V, "type.validation.oauth_request")


def test_a_jwks_fetch_connection_failure_is_transient_unless_its_cause_says_more(clf: Classifier) -> None:
    # The class is weak: a certificate failure in the message speaks before it, a bare fetch failure does not.
    exc = "jwt.exceptions.PyJWKClientConnectionError"
    bare = 'Fail to fetch data from the url, err: "<urlopen error timed out>"'
    assert verdict_of(clf, exc, bare)[0] is T
    tls = (
        'Fail to fetch data from the url, err: "<urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify '
        'failed: self-signed certificate in certificate chain (_ssl.c:1006)>"'
    )
    assert verdict_of(clf, exc, tls)[0] is P


def test_a_saas_client_authentication_class_is_permanent(clf: Classifier) -> None:
    # python-gitlab raises GitlabAuthenticationError for 401 only, also when the status is not passed on.
    assert verdict_of(clf, "gitlab.exceptions.GitlabAuthenticationError", "invalid_token") == (
        P,
        "type.permanent.saas_clients",
    )


# ------------------------------------------------ Square's codes and categories


def _square(category: str, code: str) -> str:
    return (
        "headers: {'content-type': 'application/json', 'content-length': '118'}, status_code: 402, body: {'errors': "
        f"[{{'category': '{category}', 'code': '{code}', 'detail': 'Authorization error: {code!r}. Please try "
        "again.'}]}"
    )


@pytest.mark.parametrize("code", ["CVV_FAILURE", "ADDRESS_VERIFICATION_FAILURE", "CARD_EXPIRED", "INVALID_PIN"])
def test_a_square_decline_is_validation_although_it_says_try_again(clf: Classifier, code: str) -> None:
    # "Please try again" is the transient phrase and 402 alone is vendor-defined: the code names the decline.
    assert verdict_of(clf, "square.core.api_error.ApiError", _square("PAYMENT_METHOD_ERROR", code), 402) == (
        V,
        f"vendor.square.{code}",
    )


def test_a_square_payment_method_error_of_an_unlisted_code_is_validation(clf: Classifier) -> None:
    # With no code the tables know, the category refines the vendor-defined 402 (alone: unknown).
    message = _square("PAYMENT_METHOD_ERROR", "SOME_NEW_DECLINE")
    assert verdict_of(clf, "square.core.api_error.ApiError", message, 402) == (V, "message.payment_method_error")


def test_a_square_temporary_error_is_transient(clf: Classifier) -> None:
    message = _square("API_ERROR", "TEMPORARY_ERROR")
    assert verdict_of(clf, "square.core.api_error.ApiError", message, 400) == (T, "vendor.square.TEMPORARY_ERROR")


# ------------------------------------------------ daily quotas worded as rate limits


def test_gmail_mail_sending_limit_is_resource_although_its_reason_is_rate_limit_exceeded(clf: Classifier) -> None:
    # The reason code rateLimitExceeded and the 429 both say transient; "(Mail sending)" names the daily sending limit.
    message = (
        "<HttpError 429 when requesting https://gmail.googleapis.com/gmail/v1/users/me/drafts/send?alt=json returned "
        '"User-rate limit exceeded.  Retry after 2026-01-02T03:04:05.000Z (Mail sending)". Details: "[{\'message\': '
        "'User-rate limit exceeded.  Retry after 2026-01-02T03:04:05.000Z (Mail sending)', 'domain': 'usageLimits', "
        "'reason': 'rateLimitExceeded'}]\">"
    )
    assert verdict_of(clf, "googleapiclient.errors.HttpError", message, 429) == (R, "message.mail_sending_limit")


def test_a_gmail_rate_limit_without_the_mail_sending_tag_stays_transient(clf: Classifier) -> None:
    message = (
        "<HttpError 429 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages?alt=json returned "
        "\"User-rate limit exceeded.  Retry after 2026-01-02T03:04:05.000Z\". Details: \"[{'message': 'User-rate "
        "limit exceeded.  Retry after 2026-01-02T03:04:05.000Z', 'domain': 'usageLimits', 'reason': "
        "'rateLimitExceeded'}]\">"
    )
    assert verdict_of(clf, "googleapiclient.errors.HttpError", message, 429)[0] is T


# ------------------------------------------------ sign-in codes and Slack method errors


@pytest.mark.parametrize(
    "message",
    [
        "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new "
        "interactive authorization request for this user and resource.",
        "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code.",
    ],
)
def test_an_entra_grant_that_is_spent_or_expired_is_permanent_although_sent_as_400(
    clf: Classifier, message: str
) -> None:
    # The 400 alone says validation and "please retry" transient; the sign-in code names a grant that must be renewed.
    assert verdict_of(clf, "builtins.Exception", message, 400) == (P, f"vendor.entra.{message.partition(':')[0]}")


def test_a_slack_channel_name_taken_is_validation(clf: Classifier) -> None:
    # Slack answers 200 with ok: false; without the method's error code the verdict is unknown.
    message = (
        "The request to the Slack API failed. (url: https://slack.com/api/conversations.create)\n"
        "The server responded with: {'ok': False, 'error': 'name_taken'}"
    )
    assert verdict_of(clf, "slack_sdk.errors.SlackApiError", message, 200) == (V, "vendor.slack.name_taken")


# ------------------------------------------------ phrases of senders, keys and budgets


def test_a_payout_sender_without_funds_is_resource_although_sent_as_422(clf: Classifier) -> None:
    message = (
        'Failed. Response status: 422. Response message: Unprocessable Entity. Error message: {"name": '
        '"INSUFFICIENT_FUNDS", "message": "Sender does not have sufficient funds. Please add funds and retry."}'
    )
    assert verdict_of(clf, "paypalrestsdk.exceptions.ResourceInvalid", message, 422) == (
        R,
        "message.sender_insufficient_funds",
    )


def test_a_card_without_funds_stays_a_decline(clf: Classifier) -> None:
    message = "Request req_1: Your card has insufficient funds."
    assert verdict_of(clf, "stripe.error.CardError", message, 402)[0] is V


def test_a_jwks_without_signing_keys_is_permanent(clf: Classifier) -> None:
    # PyJWKClientError is said of fetch failures too, so its class decides nothing.
    message = "The JWKS endpoint did not contain any signing keys"
    assert verdict_of(clf, "jwt.exceptions.PyJWKClientError", message) == (P, "message.jwks_without_keys")


@pytest.mark.parametrize(
    ("exc_type", "message", "status"),
    [
        ("twilio.base.exceptions.TwilioRestException", "HTTP 400 error: Unable to create record: The From phone "
         "number +15005550001 is not a valid, SMS-capable inbound phone number or short code for your account.", 400),
        ("postmarker.exceptions.ClientError", "[400] The 'From' address you supplied (a@example.org) is not a Sender "
         "Signature on your account. Please add and confirm this address.", 422),
    ],
)  # fmt: skip
def test_a_sender_the_account_is_not_set_up_for_is_permanent(
    clf: Classifier, exc_type: str, message: str, status: int
) -> None:
    # "not a valid" and the 400/422 say validation; the account's sender setup must change.
    assert verdict_of(clf, exc_type, message, status) == (P, "message.sender_not_configured")


def test_a_repository_over_its_lfs_budget_is_resource_but_a_time_budget_is_not(clf: Classifier) -> None:
    # A RuntimeError alone is a programming error (weak); the server's words name a used-up budget.
    message = (
        "Smudge error: Error downloading data.bin: batch response: This repository exceeded its LFS budget. The "
        "account responsible for the budget should increase it to restore access."
    )
    assert verdict_of(clf, "builtins.RuntimeError", message) == (R, "message.budget_exceeded")
    assert verdict_of(clf, "builtins.RuntimeError", "the request exceeded its time budget")[0] is not R


@pytest.mark.parametrize(
    ("code", "category"),
    [("ENTITY_IS_DELETED", P), ("TXN_SECURITY_NO_ACCESS", P), ("QUERY_TIMEOUT", T), ("FIELD_INTEGRITY_EXCEPTION", V)],
)
def test_a_salesforce_status_code_decides_over_the_malformed_request_wording(
    clf: Classifier, code: str, category: Category
) -> None:
    # simple-salesforce says "Malformed request" of every 400 (the bad-data phrase); the errorCode names the failure.
    message = (
        "Malformed request https://acme.my.salesforce.com/services/data/v60.0/sobjects/Case/. Response content: "
        f"[{{'message': 'see code', 'errorCode': '{code}', 'fields': []}}]"
    )
    assert verdict_of(clf, "simple_salesforce.exceptions.SalesforceMalformedRequest", message, 400) == (
        category,
        f"vendor.salesforce.{code}",
    )


# ------------------------------------------------ PayPal's error names


def _paypal(status: int, reason: str, name: str, message: str) -> str:
    return (
        f"Failed. Response status: {status}. Response message: {reason}. Error message: "
        f'{{"name": "{name}", "message": "{message}", "debug_id": "7f3c0a91b2e4d"}}'
    )


def test_a_paypal_sender_account_restriction_is_permanent_although_sent_as_422(clf: Classifier) -> None:
    # The 422 alone says validation; the error's name says the sender's account must change.
    message = _paypal(422, "Unprocessable Entity", "SENDER_RESTRICTED", "Sender is restricted")
    assert verdict_of(clf, "paypalrestsdk.exceptions.ResourceInvalid", message, 422) == (
        P,
        "vendor.paypal.SENDER_RESTRICTED",
    )


def test_a_paypal_name_is_read_with_its_prefix(clf: Classifier) -> None:
    # INSUFFICIENT_FUNDS is a card decline at Stripe: PayPal's name is not read as Stripe's code, the words decide.
    message = _paypal(422, "Unprocessable Entity", "INSUFFICIENT_FUNDS", "Sender does not have sufficient funds.")
    assert verdict_of(clf, "paypalrestsdk.exceptions.ResourceInvalid", message, 422)[0] is R
    limited = _paypal(429, "Too Many Requests", "RATE_LIMIT_REACHED", "Too many requests.")
    assert verdict_of(clf, "paypalrestsdk.exceptions.ClientError", limited, 429) == (
        T,
        "vendor.paypal.RATE_LIMIT_REACHED",
    )
