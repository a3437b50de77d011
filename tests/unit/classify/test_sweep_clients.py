"""Source-driven sweep of cloud, HTTP, RPC, messaging, AI API and payment clients (issue 10).

Each class was read in its library's own source and is decided by the class alone, whatever its message says. The
messages are the library's own format strings; most cases name the weaker evidence that won before (a phrase such
as "retry", "invalid" or "unavailable" in the message, or a class-name pattern), or the ``unknown`` that was
answered. Where the message carries a more specific code (an SDK's JSON body, librdkafka's code), that code still
decides, in the class's own category. A last group checks that the classes left out on purpose (generic bases)
still follow their message.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # botocore/exceptions.py: a corrupted transfer; "did not match" read as the input's fault before
        (
            "botocore.exceptions.FlexibleChecksumError",
            "Expected checksum Q0hFQ0s= did not match calculated checksum: QkFE",
            T,
            "type.transient.botocore_transfer",
        ),
        (
            "botocore.exceptions.ResponseStreamingError",
            "An error occurred while reading from response stream: ('Connection broken: IncompleteRead(0 bytes read, "
            "512 more expected)', IncompleteRead(0 bytes read, 512 more expected))",
            T,
            "type.transient.botocore_transfer",
        ),
        ("aiobotocore.response.AioReadTimeoutError", 'Read timeout on endpoint URL: "None"', T,
         "type.transient.aiobotocore_read"),
        # the call's own parameters; unknown before
        (
            "botocore.exceptions.AliasConflictParameterError",
            "Parameter 'ContentMD5' and its alias 'ContentMd5' were provided for operation PutObject.  Only one of "
            "them may be used.",
            V,
            "type.validation.botocore_params",
        ),
        # the client's configuration: "retry" in the message read as transient before
        (
            "botocore.exceptions.InvalidRetryConfigurationError",
            "Cannot provide retry configuration for \"total_max_attempts\". Valid retry configuration options are: "
            "'max_attempts'",
            P,
            "type.permanent.botocore_setup",
        ),
        # "Invalid value" read as the input's fault before: it is the client's retry mode setting
        (
            "botocore.exceptions.InvalidRetryModeError",
            'Invalid value provided to "mode": "fast" must be one of: "legacy", "standard", "adaptive"',
            P,
            "type.permanent.botocore_setup",
        ),
        # "not available" read as transient by the class-name pattern before: the installation lacks MD5
        (
            "botocore.exceptions.MD5UnavailableError",
            "This system does not support MD5 generation.",
            P,
            "type.permanent.botocore_setup",
        ),
        (
            "botocore.exceptions.ServiceNotInRegionError",
            "Service bedrock-runtime not available in region eu-north-1",
            P,
            "type.permanent.botocore_setup",
        ),
        (
            "s3transfer.exceptions.InvalidSubscriberMethodError",
            "Subscriber method on_done must accept keyword arguments (**kwargs)",
            P,
            "type.permanent.boto3_code",
        ),
        (
            "kubernetes.client.exceptions.ApiValueError",
            "Missing the required parameter `name` when calling `read_namespaced_pod`",
            V,
            "type.validation.kubernetes_args",
        ),
        # the generated model's own check: "not found" would say the same, the class says it is the code's
        ("kubernetes.client.exceptions.ApiAttributeError", "V1Pod has no attribute 'spec_' at ['received_data']", P,
         "type.permanent.kubernetes_code"),
        ("azure.core.exceptions.IncompleteReadError", "Connection broken: IncompleteRead(0 bytes read)", T,
         "type.transient.azure_core_read"),
        ("docker.errors.InvalidVersion", "API versions below 1.24 are no longer supported by this library.", P,
         "type.permanent.docker_setup"),
        # HTTP clients
        ("aiohttp.client_exceptions.ClientConnectionResetError", "Cannot write to closing transport", T,
         "type.transient.aiohttp_reset"),
        # "unavailable" read as transient before: 451 is a legal block, no retry lifts it
        ("aiohttp.web_exceptions.HTTPUnavailableForLegalReasons", "Unavailable For Legal Reasons", P,
         "type.permanent.aiohttp_web_denied"),
        ("aiohttp.web_exceptions.HTTPBadGateway", "Bad Gateway", T, "type.transient.aiohttp_web_5xx"),
        ("aiohttp.web_exceptions.HTTPInsufficientStorage", "Insufficient Storage", R,
         "type.resource.aiohttp_web_storage"),
        ("aiohttp.web_exceptions.HTTPRequestEntityTooLarge",
         "Maximum request body size 1048576 exceeded, actual body size 5242880", V, "type.validation.aiohttp_web_4xx"),
        # "invalid" read as the input's fault before: a pinned certificate that does not match is TLS setup
        ("aiohttp.client_exceptions.ServerFingerprintMismatch",
         "ServerFingerprintMismatch(expected=b'\\x01', got=b'\\x02', host='api.example.com', port=443)", P,
         "type.permanent.aiohttp_tls_pin"),
        ("urllib3.exceptions.URLSchemeUnknown", "Not supported URL scheme htps", V,
         "type.validation.http_request_args"),
        ("requests.exceptions.UnrewindableBodyError", "Unable to rewind request body for redirect.", P,
         "type.permanent.http_client_code"),
        ("httpx.StreamClosed", "Attempted to read or stream content, but the stream has been closed.", P,
         "type.permanent.httpx_code"),
        ("grpc.aio.UsageError", "Cannot invoke RPC: Channel closed!", P, "type.permanent.grpc_usage"),
        # messaging clients
        ("kafka.errors.StaleMetadata", "StaleMetadata", T, "type.transient.kafka_client_retriable"),
        ("aiokafka.errors.IncompatibleBrokerVersion", "IncompatibleBrokerVersion: Kafka broker does not support "
         "the 'CreateTopicsRequest_v0' Kafka protocol.", P, "type.permanent.kafka_client_setup"),
        ("confluent_kafka.error.ValueDeserializationError",
         "KafkaError{code=_VALUE_DESERIALIZATION,val=-159,str=\"Unknown magic byte. This message was not produced "
         "with a Confluent Schema Registry serializer\"}", V, "code._VALUE_DESERIALIZATION"),
        ("pika.exceptions.NoFreeChannels", "NoFreeChannels: The connection has run out of free channels", R,
         "type.resource.amqp_capacity"),
        ("pika.exceptions.ProbableAccessDeniedError",
         "ProbableAccessDeniedError: Client was disconnected at a connection stage indicating a probable denial of "
         "access to the specified virtual host: ('ConnectionClosedByBroker: (530) \"NOT_ALLOWED\"',)", P,
         "type.permanent.amqp_setup"),
        ("pika.exceptions.ShortStringTooLong", "ShortStringTooLong: AMQP Short String can contain up to 255 bytes: "
         "x-correlation-id", V, "type.validation.amqp_fields"),
        ("nats.errors.StaleConnectionError", "nats: stale connection", T, "type.transient.nats_connection"),
        ("nats.errors.SlowConsumerError", "nats: slow consumer, messages dropped subject: orders.created, sid: 4, "
         "sub: <Subscription>", R, "type.resource.nats_slow_consumer"),
        # "invalid" would say the input; the JetStream message is the code's to acknowledge once
        ("nats.errors.BadTimeoutError", "nats: timeout invalid", V, "type.validation.nats_args"),
        ("nats.errors.SecureConnRequiredError", "nats: secure connection required", P, "type.permanent.nats_setup"),
        ("nats.js.errors.NotFoundError", "nats: NotFoundError: code=404 err_code=None description='no message found'",
         P, "type.permanent.nats_setup"),
        # the err_code classes of recent nats.py: "no messages" on a fetch is a timeout, not a missing thing
        ("nats.js.errors.NoHeartbeatError", "nats: no heartbeat received", T, "type.transient.nats_js_retry"),
        ("nats.js.errors.TooManyStalledMsgsError", "nats: stalled with too many outstanding async published messages",
         R, "type.resource.nats_js_capacity"),
        ("nats.js.errors.InvalidStreamNameError", "nats: invalid stream name", V, "type.validation.nats_js_args"),
        ("nats.js.errors.JetStreamNotEnabledForAccountError", "nats: JetStreamNotEnabledForAccountError: code=503 "
         "err_code=None description='jetstream not enabled for account'", P, "type.permanent.nats_js_setup"),
        ("_pulsar.Timeout", "Pulsar error: TimeOut", T, "type.transient.pulsar_transient"),
        ("_pulsar.ProducerQueueIsFull", "Pulsar error: ProducerQueueIsFull", R, "type.resource.pulsar_capacity"),
        ("pulsar.exceptions.TopicNotFound", "Pulsar error: TopicNotFound", P, "type.permanent.pulsar_setup"),
        ("_pulsar.InvalidTopicName", "Pulsar error: InvalidTopicName", V, "type.validation.pulsar_topic_name"),
        # AI API and payment clients
        ("anthropic.ServiceUnavailableError", "Error code: 503 - {'type': 'error', 'error': {'type': "
         "'api_error', 'message': 'Service unavailable'}}", T, "vendor.llm.api_error"),
        # a body that is not the API's JSON (a proxy's page) leaves the class alone to decide
        ("anthropic.DeadlineExceededError", "<html><body>upstream request timeout</body></html>", T,
         "type.transient.anthropic_status"),
        ("anthropic.RequestTooLargeError", "Error code: 413 - {'type': 'error', 'error': {'type': "
         "'request_too_large', 'message': 'Request exceeds the maximum allowed number of bytes.'}}", V,
         "vendor.llm.request_too_large"),
        # "exceeds the maximum" alone could be a capacity; the 413 class says the request is too large
        ("anthropic.RequestTooLargeError", "Request exceeds the maximum allowed number of bytes.", V,
         "type.validation.anthropic_size"),
        ("groq.APITimeoutError", "Request timed out.", T, "type.transient.groq_retry"),
        ("groq.AuthenticationError", "Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': "
         "'invalid_request_error', 'code': 'invalid_api_key'}}", P, "vendor.llm.invalid_api_key"),
        ("groq.PermissionDeniedError", "Organization has been restricted. Please reach out to support.", P,
         "type.permanent.groq_setup"),
        ("litellm.exceptions.ContextWindowExceededError",
         "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - "
         "This model's maximum context length is 8192 tokens. However, your messages resulted in 9100 tokens. "
         "Please reduce the length of the messages.", V, "type.validation.litellm_request"),
        # "exceeded" beside a cost: a spend limit, not a rate
        ("litellm.exceptions.BudgetExceededError", "Budget has been exceeded! Current cost: 10.27, Max budget: 10.0",
         R, "type.resource.litellm_budget"),
        ("litellm.exceptions.NotFoundError", "litellm.NotFoundError: OpenAIException - The model `gpt-9` does not "
         "exist or you do not have access to it.", P, "type.permanent.litellm_setup"),
        ("stripe._error.AuthenticationError", "Invalid API Key provided: sk_test_****************1234", P,
         "type.permanent.stripe_setup"),
        ("stripe._error.APIConnectionError", "Unexpected error communicating with Stripe. If this problem persists, "
         "let us know at support@stripe.com.", T, "type.transient.stripe_retry"),
        ("google.genai.errors.ServerError", "500 INTERNAL. {'error': {'code': 500, 'message': 'An internal error has "
         "occurred.', 'status': 'INTERNAL'}}", T, "code.INTERNAL"),
        ("google.genai.errors.ServerError", "The model is overloaded. Please try again later.", T,
         "type.transient.genai_server"),
    ],
)  # fmt: skip
def test_a_swept_class_decides_by_itself(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("message", "expected", "rule_id"),
    [
        ('KafkaError{code=UNSTABLE_OFFSET_COMMIT,val=88,str="Broker: There are unstable offsets that need to be '
         'cleared"}', T, "vendor.kafka.UNSTABLE_OFFSET_COMMIT"),
        ('KafkaError{code=_CRIT_SYS_RESOURCE,val=-194,str="Local: Critical system resource failure"}', R,
         "vendor.kafka._CRIT_SYS_RESOURCE"),
        ('KafkaError{code=DUPLICATE_RESOURCE,val=92,str="Broker: Request illegally referred to the same resource '
         'twice"}', V, "vendor.kafka.DUPLICATE_RESOURCE"),
        ('KafkaError{code=_UNKNOWN_PROTOCOL,val=-171,str="Local: Unknown protocol"}', P,
         "vendor.kafka._UNKNOWN_PROTOCOL"),
    ],
)  # fmt: skip
def test_a_librdkafka_code_decides_a_kafka_exception(
    clf: Classifier, message: str, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, "confluent_kafka.KafkaException", message) == (expected, rule_id)


def test_aws_codes_of_the_sweep(clf: Classifier) -> None:
    # the event stream prints Bedrock's code camel-cased; "unexpected error" alone said nothing
    stream = (
        "An error occurred (modelStreamErrorException) when calling the InvokeModelWithResponseStream operation: "
        "The system encountered an unexpected error during processing. Try your request again."
    )
    assert verdict_of(clf, "botocore.exceptions.EventStreamError", stream) == (
        T,
        "vendor.aws.ModelStreamErrorException",
    )
    reused = (
        "An error occurred (IdempotentParameterMismatch) when calling the RunInstances operation: The client token "
        "you have provided is associated with a resource that is already deleted."
    )
    assert verdict_of(clf, "botocore.exceptions.ClientError", reused) == (V, "vendor.aws.IdempotentParameterMismatch")


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # generic bases stay out of the sweep: their status, code or cause decides
        ("kubernetes.client.exceptions.ApiException", "(403)\nReason: Forbidden\nHTTP response body: {\"kind\":"
         "\"Status\",\"message\":\"pods \\\"etl\\\" is forbidden: exceeded quota: compute, requested: "
         "limits.cpu=2, used: limits.cpu=8, limited: limits.cpu=8\",\"reason\":\"Forbidden\",\"code\":403}", R),
        ("requests.exceptions.SSLError", "HTTPSConnectionPool(host='api.example.com', port=443): Max retries "
         "exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] "
         "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))", P),
        # the quota code inside a rate-limit class still decides (litellm's RateLimitError is decisive transient)
        ("litellm.exceptions.RateLimitError", "litellm.RateLimitError: RateLimitError: OpenAIException - Error code: "
         "429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing "
         "details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", R),
        ("pika.exceptions.ConnectionClosedByBroker", "(530, \"NOT_ALLOWED - access to vhost 'orders' refused for "
         "user 'etl'\")", P),
    ],
)  # fmt: skip
def test_bases_left_out_follow_their_evidence(clf: Classifier, exc_type: str, message: str, expected: Category) -> None:
    assert verdict_of(clf, exc_type, message)[0] is expected


def test_a_waiters_terminal_failure_is_permanent_unless_a_capacity_reason_follows(clf: Classifier) -> None:
    # WaiterError alone is weak evidence of a transient wait ("Max attempts exceeded"); botocore's terminal-state
    # reason says the awaited resource failed, and a capacity reason after it still speaks first
    failed = (
        "Waiter StackCreateComplete failed: Waiter encountered a terminal failure state: For expression "
        '"Stacks[].StackStatus" we matched expected path: "ROLLBACK_COMPLETE" at least once'
    )
    assert verdict_of(clf, "botocore.exceptions.WaiterError", failed) == (P, "message.waiter_terminal_failure")
    full = "Waiter JobComplete failed: Waiter encountered a terminal failure state: Reason: No space left on device"
    assert verdict_of(clf, "botocore.exceptions.WaiterError", full)[0] is R


def test_a_reused_idempotency_key_is_the_requests_fault(clf: Classifier) -> None:
    # stripe's IdempotencyError stays out of the type blocks (its name says nothing of which case); the text does
    message = (
        "Request req_8Fz2: Keys for idempotent requests can only be used with the same parameters they were first "
        "used with. Try using a key other than 'ord-5512' if you meant to execute a different request."
    )
    assert verdict_of(clf, "stripe._error.IdempotencyError", message) == (V, "message.idempotency_key_reused")
