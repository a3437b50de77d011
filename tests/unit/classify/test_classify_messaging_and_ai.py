"""Messaging, LLM-platform and vector-database clients (fifth batch): each rule with a case where the weaker
evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


# ------------------------------------------------ the window a quota is counted over


@pytest.mark.parametrize(
    "message",
    [
        # google-genai / Vertex body with the generic RESOURCE_EXHAUSTED status and "Quota exceeded" (both resource)
        "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Quota exceeded for "
        "aiplatform.googleapis.com/online_prediction_tokens_per_minute_per_base_model with base model: gemini-pro. "
        "Please submit a quota increase request.', 'status': 'RESOURCE_EXHAUSTED'}}",
        "429 Online prediction request quota exceeded for gemini-2.0-flash-001. Please try again later with backoff.",
    ],
)
def test_a_vertex_online_prediction_quota_is_throttling(clf: Classifier, message: str) -> None:
    # "quota exceeded" and RESOURCE_EXHAUSTED alone say resource; the quota's own name says it refills each minute.
    category, _ = verdict_of(clf, "google.api_core.exceptions.ResourceExhausted", message, 429)
    assert category is T


def test_the_named_per_minute_window_outranks_the_billing_words_of_the_same_message(clf: Classifier) -> None:
    # RESOURCE_EXHAUSTED, "exceeded your current quota" and "check your plan and billing" all say resource; the
    # quota's own name (Vertex online prediction, counted per minute) says the capacity comes back within the minute.
    message = (
        "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check "
        "your plan and billing details. Quota exceeded for metric: "
        "aiplatform.googleapis.com/online_prediction_requests_per_base_model, base model: gemini-pro.', "
        "'status': 'RESOURCE_EXHAUSTED'}}"
    )
    assert verdict_of(clf, "google.genai.errors.ClientError", message, 429) == (T, "message.quota_per_minute_vertex")


def test_a_monthly_limit_behind_a_429_is_a_quota(clf: Classifier) -> None:
    # The 429 alone (and "too many requests") says transient; the month's limit only comes back with the period.
    message = (
        '(429)\nReason: Too Many Requests\nHTTP response body: {"code":8,"message":"Request failed. You\'ve '
        'reached your write unit limit for the current month limit. To continue writing data, upgrade your plan."}'
    )
    assert verdict_of(clf, "pinecone.exceptions.PineconeApiException", message, 429) == (R, "message.per_month_limit")


def test_an_object_count_at_the_plans_maximum_behind_a_403_is_a_quota(clf: Classifier) -> None:
    # FORBIDDEN and the 403 alone say permission; the body says a count of objects is at the plan's maximum.
    message = (
        '(403)\nReason: Forbidden\nHTTP response body: {"error":{"code":"FORBIDDEN","message":"Request '
        "failed. You've reached the max pod-based indexes allowed in project Prod (10). To add more pod-based "
        'indexes, upgrade your plan."},"status":403}'
    )
    assert verdict_of(clf, "pinecone.exceptions.ForbiddenException", message, 403) == (R, "message.object_count_max")


# ------------------------------------------------ message reasons over weak or generic classes


def test_a_dropped_mqtt_connection_in_a_runtime_error_is_transient(clf: Classifier) -> None:
    # A bare RuntimeError alone reads as a programming bug.
    message = "Message publish failed: The client is not currently connected."
    assert verdict_of(clf, "builtins.RuntimeError", message) == (T, "message.mqtt_not_connected")


def test_a_stream_id_not_above_the_last_is_the_callers_input(clf: Classifier) -> None:
    message = "ERR The ID specified in XADD is equal or smaller than the target stream top item"
    assert verdict_of(clf, "redis.exceptions.ResponseError", message) == (V, "message.stream_id")


@pytest.mark.parametrize(
    "message",
    [
        "<MilvusException: (code=100, message=can't find collection[database=default][collection=docs])>",
        "<MilvusException: (code=101, message=failed to query: collection not loaded[collection=4518732601])>",
    ],
)
def test_a_missing_or_unloaded_milvus_collection_is_permanent(clf: Classifier, message: str) -> None:
    assert verdict_of(clf, "pymilvus.exceptions.MilvusException", message) == (P, "message.milvus_not_ready_object")


def test_a_vector_index_over_its_dimension_limit_is_the_schema(clf: Classifier) -> None:
    # The program-limit SQLSTATE class (54) alone reads as bad input.
    message = "column cannot have more than 2000 dimensions for ivfflat index"
    category, rule_id = verdict_of(clf, "psycopg.errors.ProgramLimitExceeded", message)
    assert (category, rule_id) == (P, "message.vector_index_definition")


def test_an_exhausted_kv_cache_in_a_generic_generation_error_is_resource(clf: Classifier) -> None:
    message = (
        "Request failed during generation: Server error: Out of available cache blocks: asked 512, only 64 free blocks"
    )
    category, _ = verdict_of(clf, "text_generation.errors.GenerationError", message)
    assert category is R


# ------------------------------------------------ a Kafka code said of two causes


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        # the cluster has fewer brokers than the topic's configuration asks: the exact code alone says validation
        ("Replication factor: 3 larger than available brokers: 1.", (P, "message.replication_over_brokers")),
        (
            "Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached "
            "because only 1 broker(s) are registered.",
            (P, "message.replication_over_brokers"),
        ),
        # a replication factor below 1 is the caller's bad argument: the code stands
        ("Replication factor must be larger than 0.", (V, "vendor.kafka.INVALID_REPLICATION_FACTOR")),
    ],
)
def test_invalid_replication_factor_is_decided_by_its_reason(
    clf: Classifier, reason: str, expected: tuple[Category, str]
) -> None:
    message = f'KafkaError{{code=INVALID_REPLICATION_FACTOR,val=38,str="{reason}"}}'
    assert verdict_of(clf, "confluent_kafka.KafkaException", message) == expected


# ------------------------------------------------ paho-mqtt's error strings inside a bare RuntimeError


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("The connection was lost.", T),
        ("The connection was refused.", T),
        ("A network protocol error occurred when communicating with the broker.", T),
        ("Authorisation failed.", P),
    ],
)
def test_paho_error_strings_decide_over_the_runtime_error(clf: Classifier, reason: str, expected: Category) -> None:
    # The generic wrapper alone says nothing (unknown) or, as a bare RuntimeError, a programming bug.
    category, _ = verdict_of(clf, "builtins.RuntimeError", f"Message publish failed: {reason}")
    assert category is expected
    assert verdict_of(clf, "RuntimeError", f"Message publish failed: {reason}")[0] is expected


# ------------------------------------------------ a class named after a code that ends in Exception


def test_a_kafka_class_named_after_its_code_meets_the_codes_rule(clf: Classifier) -> None:
    # aiokafka's NetworkExceptionError for NETWORK_EXCEPTION: the code, not only the general word "network", decides.
    verdict = verdict_of(clf, "aiokafka.errors.NetworkExceptionError", "[Error 13] NetworkExceptionError")
    assert verdict == (T, "code.NETWORK_EXCEPTION")


# ------------------------------------------------ Milvus's own error texts (merr), inside MilvusException


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (103, "collection not fully loaded[collection=docs]", T),
        (106, "collection on recovering[collection=docs]", T),
        (1807, "request is rejected by limiter", T),
        (12, "service resource insufficient", R),
        (102, "exceeded the limit number of collections[limit=65536]", R),
        (701, "index type not supported[type=SCANN]", P),
        (1400, "not authenticated", P),
    ],
)
def test_milvus_error_texts_decide(clf: Classifier, code: int, text: str, expected: Category) -> None:
    # No general phrase reads these texts: without them the verdict is unknown.
    message = f"<MilvusException: (code={code}, message={text})>"
    category, _ = verdict_of(clf, "pymilvus.exceptions.MilvusException", message)
    assert category is expected


# ------------------------------------------------ messaging classes whose name is their failure


def test_a_blocked_amqp_connection_is_the_brokers_capacity(clf: Classifier) -> None:
    # "timeout expired" alone reads as transient; RabbitMQ blocks publishers while a memory or disk alarm is raised.
    verdict = verdict_of(clf, "pika.exceptions.ConnectionBlockedTimeout", "Blocked connection timeout expired.")
    assert verdict == (R, "type.resource.amqp_blocked")


def test_a_nats_payload_over_the_servers_maximum_is_the_input(clf: Classifier) -> None:
    verdict = verdict_of(clf, "nats.errors.MaxPayloadError", "nats: maximum payload exceeded")
    assert verdict == (V, "type.validation.nats_payload")


# ------------------------------------------------ LLM inputs and model servers


def test_an_input_over_the_models_context_is_validation_despite_try_again(clf: Classifier) -> None:
    # The 400 would yield to the transient "try again"; it is said of the reduced input, so the 400 stands.
    message = (
        "400 Unable to submit request because the input token count is 40000 but model only supports up to 32768. "
        "Reduce the input token count and try again."
    )
    category, _ = verdict_of(clf, "google.api_core.exceptions.InvalidArgument", message, 400)
    assert category is V


def test_a_kv_cache_too_small_for_the_engines_limits_is_resource(clf: Classifier) -> None:
    # "larger than the maximum" alone reads as an input over a limit (validation).
    message = (
        "The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache "
        "(12000). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."
    )
    assert verdict_of(clf, "builtins.ValueError", message) == (R, "message.kv_cache_capacity")


def test_a_per_month_call_limit_behind_a_429_is_a_quota(clf: Classifier) -> None:
    message = (
        "status_code: 429, body: {'message': 'You are past the per month limit on calls for your Trial key. "
        "Please upgrade to a Production key.'}"
    )
    assert verdict_of(clf, "cohere.errors.TooManyRequestsError", message, 429) == (R, "message.per_month_limit")


def test_an_instruction_to_change_the_input_before_retrying_is_validation(clf: Classifier) -> None:
    # "retry" alone (on a wrapper, the only evidence there is) reads as transient.
    message = "Payload rejected: trim the payload below 1 MB and resubmit"
    assert verdict_of(clf, "builtins.RuntimeError", message) == (V, "message.change_input_then_retry")
    message = "Request failed: connection reset, please retry"
    assert verdict_of(clf, "builtins.RuntimeError", message)[0] is T


# ------------------------------------------------ vector databases


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # the program-limit SQLSTATE class alone says validation; the setting must change
        ("psycopg.errors.ProgramLimitExceeded", "memory required is 1544 MB, maintenance_work_mem is 64 MB", P),
        # a bare MilvusException with "illegal" alone reads as validation
        (
            "pymilvus.exceptions.MilvusException",
            "<MilvusException: (code=2, message=Fail connecting to server on localhost:19530, illegal connection "
            "params or server unavailable)>",
            T,
        ),
        # a 500 without a reason it knows is unknown; a read-only store is disk pressure
        (
            "weaviate.exceptions.UnexpectedStatusCodeError",
            "Object was not added! Unexpected status code: 500, with response body: {'error': [{'message': "
            "'store is read-only'}]}.",
            R,
        ),
        (
            "pymilvus.exceptions.DataNotMatchException",
            "<DataNotMatchException: (code=1, message=The data don't match with schema fields, expect 3 list, got 2)>",
            V,
        ),
    ],
)
def test_vector_database_reasons(clf: Classifier, exc_type: str, message: str, expected: Category) -> None:
    status = 500 if "status code: 500" in message else None
    category, _ = verdict_of(clf, exc_type, message, status)
    assert category is expected
