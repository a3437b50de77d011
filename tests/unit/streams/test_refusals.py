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
