"""Whether a record Kafka did not take may be taken on another try, or was refused for good: one decision.

Pure: it looks at an exception and its causes, nothing else. Every producer path
that sends until acknowledged (:mod:`errorflow.streams.confirmed`) and the SDK's
aiokafka emitter ask it.

- aiokafka's :class:`~aiokafka.errors.KafkaError` says it itself (``retriable``):
  a broker that refuses a record for its size (``MESSAGE_TOO_LARGE``), its
  bytes (``CORRUPT_MESSAGE``, ``INVALID_RECORD``), its timestamp, its topic's name
  or the client's rights to write it (``TOPIC_AUTHORIZATION_FAILED``) will refuse
  it again, however often it is sent.
- Timeouts and lost connections are retriable whatever their flag says
  (aiokafka's ``KafkaTimeoutError`` and ``KafkaUnavailableError`` keep the default
  ``False``): the next try may find the broker. An unknown topic that the broker
  does not create shows up this way too, as aiokafka waits for its metadata until
  its request timeout: it is tried again (the caller's liveness check then acts).
- errorflow's own errors say it as aiokafka's do (``ErrorflowError.retriable``).
- A wrapped error is judged by its cause (``raise ... from``: Faust raises
  ``ProducerSendError`` from the aiokafka error); an error of no known kind is
  retriable: a record is never given up on a guess.
"""

from __future__ import annotations

from aiokafka import errors as kafka

from errorflow.errors import ErrorflowError

__all__ = ["retriable"]

_TRANSIENT: tuple[type[BaseException], ...] = (
    TimeoutError,  # asyncio.TimeoutError too
    ConnectionError,
    kafka.KafkaTimeoutError,
    kafka.KafkaConnectionError,
    kafka.KafkaUnavailableError,
    kafka.NodeNotReadyError,
    kafka.RequestTimedOutError,
)


def retriable(exc: BaseException) -> bool:
    """Whether sending the record again may work: False only when Kafka refused it for good."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, _TRANSIENT):
            return True
        if isinstance(current, kafka.KafkaError | ErrorflowError):  # both say it themselves
            return bool(current.retriable)
        current = current.__cause__
    return True
