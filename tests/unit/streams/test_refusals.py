"""retriable(): which failures to publish another try may get past, over aiokafka's real exception classes."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import errors as kafka
from faust.exceptions import ProducerSendError

from errorflow.errors import RecordRefusedError
from errorflow.refusals import retriable

REFUSED_FOR_GOOD = [
    kafka.MessageSizeTooLargeError(),
    kafka.RecordListTooLargeError(),
    kafka.RecordTooLargeError(),
    kafka.CorruptRecordException(),
    kafka.InvalidTopicError(),
    kafka.InvalidTimestampError(),
    kafka.InvalidMessageError(),
    kafka.PolicyViolationError(),
    kafka.UnsupportedForMessageFormatError(),
    RecordRefusedError("a dead letter refused for good"),
]
RETRIABLE = [
    kafka.KafkaTimeoutError(),
    kafka.KafkaConnectionError(),
    kafka.KafkaUnavailableError(),
    kafka.NodeNotReadyError(),
    kafka.RequestTimedOutError(),
    kafka.NotLeaderForPartitionError(),
    kafka.NotEnoughReplicasError(),
    kafka.UnknownTopicOrPartitionError(),
    kafka.LeaderNotAvailableError(),
    asyncio.TimeoutError(),
    TimeoutError(),
    ConnectionResetError(),
    RuntimeError("a failure of no known kind: never given up on a guess"),
    # aiokafka flags these not retriable, but they say nothing about the record: the deployment's to fix
    kafka.BrokerNotAvailableError(),
    kafka.ReplicaNotAvailableError(),
    kafka.UnknownError(),
    kafka.KafkaError("unexpected"),
    kafka.ProducerClosed(),
    kafka.OperationNotAttempted(),
    kafka.TopicAuthorizationFailedError("topic"),
    kafka.ClusterAuthorizationFailedError(),
    kafka.UnsupportedVersionError(),
]


@pytest.mark.parametrize("exc", REFUSED_FOR_GOOD, ids=lambda exc: type(exc).__name__)
def test_a_record_kafka_refused_for_good_is_not_retriable(exc: BaseException) -> None:
    assert not retriable(exc)


@pytest.mark.parametrize("exc", RETRIABLE, ids=lambda exc: type(exc).__name__)
def test_timeouts_connections_and_transient_broker_errors_are_retriable(exc: BaseException) -> None:
    assert retriable(exc)


def _wrapped(cause: BaseException) -> ProducerSendError:
    """What Faust's aiokafka driver raises from ``send`` (``raise ProducerSendError(...) from exc``)."""
    try:
        try:
            raise cause
        except kafka.KafkaError as exc:
            raise ProducerSendError(f"Error while sending: {exc!r}") from exc
    except ProducerSendError as wrapped:
        return wrapped


def test_a_wrapped_error_is_judged_by_its_cause() -> None:
    assert not retriable(_wrapped(kafka.MessageSizeTooLargeError()))
    assert retriable(_wrapped(kafka.KafkaTimeoutError()))
    assert retriable(ProducerSendError("no cause: of no known kind"))


def test_an_error_raised_while_handling_another_is_judged_by_itself() -> None:
    try:
        try:
            raise kafka.MessageSizeTooLargeError()
        except kafka.KafkaError:
            raise RuntimeError("not caused by it") from None
    except RuntimeError as exc:
        assert retriable(exc)


def test_each_aiokafka_refusal_is_one_of_the_listed_kafka_codes() -> None:
    """One list: the classes aiokafka raises and the codes librdkafka reports name the same refusals."""
    from errorflow.refusals import _REFUSED_FOR_GOOD, REFUSED_FOR_GOOD_CODES

    codes = {cls.errno for cls in _REFUSED_FOR_GOOD if issubclass(cls, kafka.BrokerResponseError)}
    assert codes <= REFUSED_FOR_GOOD_CODES
    assert codes >= REFUSED_FOR_GOOD_CODES - {4, 87}  # aiokafka has no class for these two


def test_librdkafka_codes_refused_for_good_are_the_records_and_the_rest_retriable() -> None:
    from confluent_kafka import KafkaError

    from errorflow.sdk.confluent import _refused_for_good

    refused = [
        KafkaError.MSG_SIZE_TOO_LARGE,
        KafkaError.RECORD_LIST_TOO_LARGE,
        KafkaError.INVALID_MSG,
        KafkaError.INVALID_MSG_SIZE,
        KafkaError.INVALID_RECORD,
        KafkaError.TOPIC_EXCEPTION,
        KafkaError.INVALID_TIMESTAMP,
        KafkaError.POLICY_VIOLATION,
        KafkaError.UNSUPPORTED_FOR_MESSAGE_FORMAT,
    ]
    deployment_or_network = [
        KafkaError._MSG_TIMED_OUT,
        KafkaError._TRANSPORT,
        KafkaError._ALL_BROKERS_DOWN,
        KafkaError.NOT_LEADER_FOR_PARTITION,
        KafkaError.UNKNOWN_TOPIC_OR_PART,
        KafkaError.TOPIC_AUTHORIZATION_FAILED,
        KafkaError.NOT_ENOUGH_REPLICAS,
        KafkaError.REQUEST_TIMED_OUT,
    ]
    assert [code for code in refused if not _refused_for_good(KafkaError(code))] == []
    assert [code for code in deployment_or_network if _refused_for_good(KafkaError(code))] == []
    assert not _refused_for_good(RuntimeError("not a librdkafka error"))
