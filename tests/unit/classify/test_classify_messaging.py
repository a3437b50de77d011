"""Messaging, LLM and payment APIs (fourth batch): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


def _openai_body(status: int, text: str, code: str = "rate_limit_exceeded") -> str:
    return f"Error code: {status} - {{'error': {{'message': '{text}', 'type': 'tokens', 'code': '{code}'}}}}"


# ------------------------------------------------ a request that never fits its budget


@pytest.mark.parametrize(
    ("status", "text"),
    [
        # OpenAI answers 429 with the code rate_limit_exceeded (platform.openai.com/docs/guides/rate-limits)
        (429, "Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, "
         "Requested 41250. The input or output tokens must be reduced in order to run successfully."),
        # Groq answers 413 with the same code
        (413, "Request too large for model `mixtral-8x7b` in organization `org_x` service tier `on_demand` on tokens "
         "per minute (TPM): Limit 5000, Requested 7100, please reduce your message size and try again."),
    ],
)  # fmt: skip
def test_a_request_larger_than_its_budget_overrules_the_rate_limit_code(
    clf: Classifier, status: int, text: str
) -> None:
    # The code rate_limit_exceeded alone says transient (and the "try again" agrees); the request never fits.
    category, rule_id = verdict_of(clf, "openai.RateLimitError", _openai_body(status, text), status)
    assert (category, rule_id) == (V, "message.request_exceeds_limit")


def test_a_request_larger_than_its_budget_overrules_a_bare_429(clf: Classifier) -> None:
    message = "Request too large for model gpt-4o-mini. The input or output tokens must be reduced."
    assert verdict_of(clf, "httpx.HTTPStatusError", message, 429) == (V, "message.request_exceeds_limit")


def test_a_per_minute_rate_limit_stays_transient(clf: Classifier) -> None:
    text = (
        "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29800, "
        "Requested 900. Please try again in 1.4s."
    )
    assert verdict_of(clf, "openai.RateLimitError", _openai_body(429, text), 429) == (
        T,
        "vendor.llm.rate_limit_exceeded",
    )


# ------------------------------------------------ a daily window is a quota


@pytest.mark.parametrize(
    "window", ["on tokens per day (TPD): Limit 500000, Used 499800", "on requests per day (RPD): Limit 200, Used 200"]
)
def test_a_rate_limit_per_day_is_a_quota(clf: Classifier, window: str) -> None:
    # The transient code alone would retry within seconds; the capacity only comes back when the day turns.
    text = (
        f"Rate limit reached for model `llama-3.3-70b` in organization `org_x` {window}, Requested 900. "
        "Please try again in 9m2s."
    )
    category, rule_id = verdict_of(clf, "groq.RateLimitError", _openai_body(429, text), 429)
    assert (category, rule_id) == (R, "message.per_day_limit")


# ------------------------------------------------ vendor codes over the status


@pytest.mark.parametrize(
    "code", ["AWS.SimpleQueueService.PurgeQueueInProgress", "AWS.SimpleQueueService.QueueDeletedRecently"]
)
def test_an_sqs_window_code_beats_its_403(clf: Classifier, code: str) -> None:
    message = f"An error occurred ({code}) when calling the PurgeQueue operation: wait 60 seconds."
    assert verdict_of(clf, "botocore.exceptions.ClientError", message, 403) == (T, f"vendor.aws.{code}")


def test_the_stripe_capability_code_beats_its_400(clf: Classifier) -> None:
    # The error's ``code`` attribute (StripeError.code) names the reason; the message may be any wording.
    signal = ErrorSignal(
        exc_type="stripe.InvalidRequestError",
        message="Request req_1: Transfers cannot be sent to this account.",
        http_status=400,
        code="insufficient_capabilities_for_transfer",
    )
    verdict = clf.classify(signal)
    assert (verdict.category, verdict.rule_id) == (P, "vendor.stripe.insufficient_capabilities_for_transfer")


# ------------------------------------------------ setup phrases over a 400 class


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("litellm.exceptions.BadRequestError",
         "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You "
         "passed model=gpt4-turbo"),
        ("stripe.InvalidRequestError",
         "Request req_9: Your destination account needs to have at least one of the following capabilities enabled: "
         "transfers"),
        ("stripe.InvalidRequestError",
         "Request req_9: The account acct_1 does not have the card_payments capability."),
    ],
)  # fmt: skip
def test_an_account_or_provider_setup_is_permanent_despite_the_400(
    clf: Classifier, exc_type: str, message: str
) -> None:
    # The 400 and the BadRequest / InvalidRequest class alone say validation; the event is fine, the setup is not.
    assert verdict_of(clf, exc_type, message, 400)[0] is P


# ------------------------------------------------ AMQP 406 PRECONDITION_FAILED is refined by its reason


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("(406, \"PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'jobs' in vhost '/': received 'false' "
         "but current is 'true'\")", P),
        ("(406, 'PRECONDITION_FAILED - unknown delivery tag 17')", P),
        ("(406, 'PRECONDITION_FAILED - delivery acknowledgement on channel 3 timed out. Timeout value used: 1800000 "
         "ms. This timeout value can be configured, see consumers doc guide to learn more')", P),
        ("(406, 'PRECONDITION_FAILED - message size 140000000 is larger than configured max size 134217728')", V),
        # no reason the classifier knows: the code's own category stands
        ("(406, 'PRECONDITION_FAILED - reply consumer already set')", V),
    ],
)  # fmt: skip
def test_amqp_precondition_failed_is_refined_by_its_reason(clf: Classifier, message: str, expected: Category) -> None:
    # The code alone says validation (and "timed out" alone transient); the reason says what must change.
    assert verdict_of(clf, "pika.exceptions.ChannelClosedByBroker", message)[0] is expected


# ------------------------------------------------ capacity and account setup behind a generic status


def test_a_model_server_short_of_memory_is_resource_despite_its_500(clf: Classifier) -> None:
    message = "model requires more system memory (24.1 GiB) than is available (15.6 GiB)"
    assert verdict_of(clf, "ollama._types.ResponseError", message, 500) == (R, "message.model_memory")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Request req_2: You cannot create a charge in live mode without activating your account.", P),
        ("Request req_6: The payment method `sepa_debit` is not activated for your account.", P),
        ("Request req_7: Your account is not set up to use Stripe Tax.", P),
        ("Request req_3: Insufficient funds in Stripe account. In test mode, you can add funds to your available "
         "balance by creating a charge with 4000 0000 0000 0077 as the card number.", R),
        ("Request req_4: The account acct_9 does not have a sufficient balance available for this payout.", R),
    ],
)  # fmt: skip
def test_a_stripe_account_state_beats_the_invalid_request_class(
    clf: Classifier, message: str, expected: Category
) -> None:
    # InvalidRequestError and 400 alone say validation; the platform account, not the request, must change.
    assert verdict_of(clf, "stripe.InvalidRequestError", message, 400)[0] is expected


def test_a_card_with_insufficient_funds_stays_a_decline(clf: Classifier) -> None:
    message = "Request req_5: Your card has insufficient funds."
    assert verdict_of(clf, "stripe.CardError", message, 402)[0] is V


# ------------------------------------------------ messaging codes and classes


@pytest.mark.parametrize(
    ("code", "status", "expected"),
    [
        ("TopicLimitExceeded", 403, R),
        ("FilterPolicyLimitExceeded", 403, R),
        ("StaleTag", 400, T),
        ("AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400, V),
    ],
)
def test_sns_and_sqs_codes_beat_their_status(clf: Classifier, code: str, status: int, expected: Category) -> None:
    # The 403 alone says permanent (and a 400 only validation by its family); the documented code says why.
    message = f"An error occurred ({code}) when calling the Subscribe operation: limit or state"
    assert verdict_of(clf, "botocore.exceptions.ClientError", message, status)[0] is expected


def test_a_fenced_kafka_producer_is_permanent(clf: Classifier) -> None:
    message = (
        'KafkaError{code=_FENCED,val=-144,str="Producer fenced by newer instance: Failed to acquire transactional '
        'PID from txn coordinator: Coordinator epoch is fenced"}'
    )
    assert verdict_of(clf, "confluent_kafka.KafkaException", message) == (P, "vendor.kafka._FENCED")


@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        ("azure.servicebus.exceptions.MessageLockLostError", T),
        ("azure.servicebus.exceptions.SessionLockLostError", T),
        ("azure.servicebus.exceptions.MessageAlreadySettled", P),
    ],
)
def test_service_bus_settlement_classes(clf: Classifier, exc_type: str, expected: Category) -> None:
    # "The lock supplied is invalid" alone reads as bad input; the class says the lock expired (or the code settled
    # twice).
    message = "The lock supplied is invalid. Either the lock expired, or the message has already been removed."
    assert verdict_of(clf, exc_type, message)[0] is expected


# ------------------------------------------------ LLM frameworks


def test_period_credits_used_up_refine_a_402(clf: Classifier) -> None:
    # A 402 alone says permanent (payment required); included credits come back with the period or a purchase.
    message = (
        "402 Client Error: Payment Required for url: https://router.huggingface.co/v1/chat/completions\n\n"
        "You have exceeded your monthly included credits for Inference Providers."
    )
    assert verdict_of(clf, "huggingface_hub.errors.HfHubHTTPError", message, 402) == (R, "message.period_credits")


def test_a_disallowed_special_token_is_bad_input_not_a_denial(clf: Classifier) -> None:
    # "disallowed" alone reads as a permission denied; the text holds a special token.
    message = "Encountered text corresponding to disallowed special token '<|fim_prefix|>'."
    assert verdict_of(clf, "builtins.ValueError", message)[0] is V


def test_litellm_unsupported_params_is_setup(clf: Classifier) -> None:
    message = (
        "litellm.UnsupportedParamsError: vertex_ai does not support parameters: {'seed': 7}, for model=gemini-pro. "
        "To drop these, set `litellm.drop_params=True`"
    )
    assert verdict_of(clf, "litellm.exceptions.UnsupportedParamsError", message, 400)[0] is P


# ------------------------------------------------ the window of a quota decides how it comes back

_GOOGLE_QUOTA = (
    "429 RESOURCE_EXHAUSTED. {{'error': {{'code': 429, 'message': 'You exceeded your current quota, please check your "
    "plan and billing details.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{{'@type': "
    "'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{{'quotaId': '{quota}'}}]}}]}}}}"
)


@pytest.mark.parametrize(
    ("quota", "expected"),
    [
        ("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", T),
        ("GenerateContentInputTokensPerModelPerMinute-FreeTier", T),
        ("GenerateRequestsPerDayPerProjectPerModel-FreeTier", R),
    ],
)
def test_the_quota_window_outranks_the_billing_words(clf: Classifier, quota: str, expected: Category) -> None:
    # "check your plan and billing" alone (and RESOURCE_EXHAUSTED) says resource; a per-minute quota is throttling.
    message = _GOOGLE_QUOTA.format(quota=quota)
    for status in (429, None):
        assert verdict_of(clf, "google.genai.errors.ClientError", message, status)[0] is expected


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (429, "(429)\nReason: Too Many Requests\nHTTP response body: {\"code\":8,\"message\":\"Request failed. You've "
         "reached the max read units per month (1000000) for project p1. To increase this limit, upgrade.\"}"),
        (429, "Error code: 429 - {'error': {'message': 'Rate limit exceeded: free-models-per-day. Add 10 credits to "
         "unlock 1000 free model requests per day', 'code': 429}}"),
        (403, "(403)\nReason: Forbidden\nHTTP response body: {\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Request "
         "failed. You've reached your pod-based index limit of 2 for project p1.\"},\"status\":403}"),
    ],
)  # fmt: skip
def test_a_plan_limit_over_a_long_window_or_an_object_count_is_resource(
    clf: Classifier, status: int, message: str
) -> None:
    # The 429 alone says throttling, the 403 and FORBIDDEN alone permission; the plan's capacity is used up.
    assert verdict_of(clf, "pinecone.exceptions.PineconeApiException", message, status)[0] is R


def test_a_rate_limit_named_a_limit_stays_transient(clf: Classifier) -> None:
    message = "Error code: 429 - You have reached your rate limit of 60 requests per minute. Please try again later."
    assert verdict_of(clf, "openai.RateLimitError", message, 429)[0] is T


@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        ("pulsar.ServiceUnitNotReady", T),
        ("pulsar.exceptions.TooManyLookupRequestException", T),
        ("_pulsar.MemoryBufferIsFull", R),
        ("pulsar.MessageTooBig", V),
        ("pulsar.TopicTerminated", P),
        ("pulsar.ProducerFenced", P),
        ("aiokafka.errors.IllegalStateError", P),
    ],
)
def test_messaging_client_classes_name_their_failure(clf: Classifier, exc_type: str, expected: Category) -> None:
    # The message is only the result's name ("Pulsar error: TopicTerminated"): no phrase speaks, the class does.
    assert verdict_of(clf, exc_type, f"Pulsar error: {exc_type.rpartition('.')[2]}")[0] is expected


def test_a_kafka_connect_409_during_a_rebalance_is_transient(clf: Classifier) -> None:
    # The 409 alone is a 4xx (validation by its family); the workers are rebalancing.
    message = (
        '409 Client Error: {"error_code":409,"message":"Cannot complete request momentarily due to stale '
        'configuration (typically caused by a concurrent config change)"}'
    )
    assert verdict_of(clf, "requests.exceptions.HTTPError", message, 409) == (T, "message.connect_rebalance")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("openai.OpenAIError", "The api_key client option must be set either by passing api_key to the client or by "
         "setting the OPENAI_API_KEY environment variable"),
        ("builtins.ValueError", "Could not resolve authentication method. Expected either api_key or auth_token to "
         "be set."),
    ],
)  # fmt: skip
def test_an_sdk_client_without_its_credential_is_setup(clf: Classifier, exc_type: str, message: str) -> None:
    # "must be set" / a TypeError alone read as a bad argument; the deployment lacks its key.
    assert verdict_of(clf, exc_type, message)[0] is P
