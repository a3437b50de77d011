"""Whether a record Kafka did not take may be taken on another try, or was refused for good: one decision.

Pure: it looks at an exception and its causes (or, for librdkafka, an error code),
nothing else. Every producer path that sends until acknowledged
(:mod:`errorflow.streams.confirmed`), the SDK's aiokafka emitter and its
confluent-kafka emitter ask it: the refusals are listed once, as Kafka's error
codes, whichever client reports them.

- Kafka refuses a record for good for what the record is: its size
  (``MESSAGE_TOO_LARGE``, ``RECORD_LIST_TOO_LARGE``), its bytes (``CORRUPT_MESSAGE``),
  its timestamp, its topic's name, a topic policy or a message format the topic
  cannot hold. Those are listed here, one by one: sent again, the record is refused
  again, however often.
- Everything else is retriable, including aiokafka errors whose ``retriable`` flag
  is ``False`` but that say nothing about the record: a broker or replica not
  available, ``UNKNOWN_SERVER_ERROR``, a producer closed at shutdown, a client not
  authorised to write the topic or a broker too old for the request. Those are the
  deployment's, not the record's: the caller keeps trying and its liveness check
  (``/healthz``) names it, and once the operator fixes the topic's rights the record
  goes through. Quarantining every record meanwhile would turn a misconfiguration
  into a pile of quarantined inputs.
- Timeouts and lost connections are retriable (aiokafka's ``KafkaTimeoutError``);
  an unknown topic that the broker does not create shows up this way too, as
  aiokafka waits for its metadata until its request timeout.
- errorflow's own errors say it themselves (``ErrorflowError.retriable``).
- A wrapped error is judged by its cause (``raise ... from``: Faust raises
  ``ProducerSendError`` from the aiokafka error); an error of no known kind is
  retriable: a record is never given up on a guess.
"""

from __future__ import annotations

from aiokafka import errors as kafka

from errorflow.errors import ErrorflowError

__all__ = ["REFUSED_FOR_GOOD_CODES", "refused_for_good_code", "retriable"]

REFUSED_FOR_GOOD_CODES: frozenset[int] = frozenset(
    {
        2,  # CORRUPT_MESSAGE (librdkafka: INVALID_MSG)
        4,  # librdkafka: INVALID_MSG_SIZE
        10,  # MESSAGE_TOO_LARGE (librdkafka: MSG_SIZE_TOO_LARGE; also its own size check)
        17,  # INVALID_TOPIC_EXCEPTION (librdkafka: TOPIC_EXCEPTION)
        18,  # RECORD_LIST_TOO_LARGE
        32,  # INVALID_TIMESTAMP
        43,  # UNSUPPORTED_FOR_MESSAGE_FORMAT
        44,  # POLICY_VIOLATION
        87,  # INVALID_RECORD (e.g. a record without a key on a compacted topic)
    }
)
"""Kafka's error codes for a refusal of the record itself: sent again, it is refused again, however often."""

_REFUSED_FOR_GOOD: tuple[type[BaseException], ...] = (
    kafka.MessageSizeTooLargeError,
    kafka.RecordListTooLargeError,
    kafka.RecordTooLargeError,
    kafka.CorruptRecordException,
    kafka.InvalidMessageError,
    kafka.InvalidTimestampError,
    kafka.InvalidTopicError,
    kafka.PolicyViolationError,
    kafka.UnsupportedForMessageFormatError,
)
"""aiokafka's classes for the refusals in ``REFUSED_FOR_GOOD_CODES`` it knows (its ``errno``), and its own size
check. aiokafka reads code 87 as ``UnknownError`` (no code kept), so over aiokafka it counts as retriable."""

_TRANSIENT: tuple[type[BaseException], ...] = (
    TimeoutError,  # asyncio.TimeoutError too
    ConnectionError,
    kafka.KafkaTimeoutError,
    kafka.KafkaConnectionError,
    kafka.KafkaUnavailableError,
    kafka.NodeNotReadyError,
    kafka.RequestTimedOutError,
)


def refused_for_good_code(code: int) -> bool:
    """Whether a Kafka error code (as librdkafka reports it) says the record itself was refused for good."""
    return code in REFUSED_FOR_GOOD_CODES


def retriable(exc: BaseException) -> bool:
    """Whether sending the record again may work: False only when Kafka refused it for good."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, _TRANSIENT):
            return True
        if isinstance(current, _REFUSED_FOR_GOOD):
            return False
        if isinstance(current, ErrorflowError):
            return bool(current.retriable)
        current = current.__cause__
    return True
