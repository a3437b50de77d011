"""Records an agent derives from its inputs, traced back to them: a record Kafka refuses for good quarantines its input.

The batching agents (the classifier, the recovery agent) hand every record they derive
to the producer and await the delivery futures beside their loop
(:class:`~errorflow.streams.kafka.CommitPipeline`). A derived record Kafka refuses for
good (:func:`errorflow.refusals.retriable`: too large for the broker, above all; a
classification or a dead letter copies its input's message) would be refused again on
every redelivery: raised, it stopped the agent, and the process exited at every start
on the same uncommitted input. Instead:

- each delivery future is handed over with its :data:`Origin` (the input's partition
  and record, the derived record's topic and size: a tuple, no copy of the bytes);
- :func:`refused_inputs` (pure) reads the outcomes of a batch: any failure another try
  may get past is raised as before (nothing committed, the batch is read again: a broker
  away never quarantines anything); otherwise each input with a refused record is named
  once, with the first refused record in its detail;
- :func:`quarantine_refused` publishes one small quarantine record per such input
  (``refused_by_kafka``), waits until Kafka acknowledged it, and only then the batch's
  offsets are committed.

A refusal raised by ``send()`` itself (aiokafka's own size check) is turned into a failed
future by :func:`refused_at_send`, so both ways count alike.

At least once, not all or nothing: records of a quarantined input that Kafka did take stay
on their topics (a dead letter whose action record was refused, say). Their ids are derived
from the input, as on any redelivery; consumers see them as they would see any decision's
records, and the quarantine record says which record is missing and why.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from errorflow.refusals import retriable
from errorflow.schemas.codec import encode
from errorflow.schemas.quarantine import REFUSED_BY_KAFKA, QuarantineRecord, failure_detail, quarantine_key

__all__ = ["Origin", "Quarantine", "Refused", "quarantine_refused", "refused_at_send", "refused_inputs"]

logger = logging.getLogger(__name__)

Origin = tuple[Any, Any, str, int]
"""Where one derived record comes from: the input's topic-partition and consumed record, the record's topic and size."""

Quarantine = Callable[[list["Refused"]], Awaitable[None]]
"""Publishes the quarantine records of refused inputs and returns once Kafka acknowledged them."""


@dataclass(frozen=True, slots=True)
class Refused:
    """An input whose derived record Kafka refused for good: quarantined instead of done."""

    tp: Any
    """The input's topic-partition."""
    message: Any
    """The consumed input (its offset, key and value)."""
    detail: str
    """Which derived record was refused, and Kafka's error."""

    def record(self, *, detected_by: str) -> QuarantineRecord:
        """The input's quarantine record: a prefix of its bytes, to fit where its derived record did not."""
        return QuarantineRecord.for_record(
            topic=self.tp.topic,
            partition=self.tp.partition,
            offset=self.message.offset,
            key=self.message.key,
            raw=self.message.value,
            detected_by=detected_by,
            reason=REFUSED_BY_KAFKA,
            detail=self.detail,
        )


def refused_inputs(origins: Sequence[Origin], outcomes: Sequence[object]) -> list[Refused]:
    """The inputs to quarantine, one each, from a batch's delivery outcomes (``outcomes[i]`` is ``origins[i]``'s).

    An outcome is what ``asyncio.gather(..., return_exceptions=True)`` gives: the record's
    metadata, or the exception its delivery failed with. An input is named once, however
    many of its records were refused, in the order of its first refused record.

    Raises:
        BaseException: the first failure that another try may get past (a timeout, a broker
            away): the batch is given up as a whole, as it was before, and read again.
    """
    failures = [(origin, outcome) for origin, outcome in zip(origins, outcomes, strict=True) if _failed(outcome)]
    for _, outcome in failures:
        if retriable(outcome):  # type: ignore[arg-type]  # _failed: a BaseException
            raise outcome  # type: ignore[misc]
    found: dict[tuple[str, int, int], Refused] = {}
    more: dict[tuple[str, int, int], int] = {}
    for (tp, message, topic, size), outcome in failures:
        where = (tp.topic, tp.partition, message.offset)
        if where in found:
            more[where] = more.get(where, 0) + 1
            continue
        why = failure_detail(outcome)  # type: ignore[arg-type]
        found[where] = Refused(tp, message, f"its {topic} record ({size} bytes) refused for good by Kafka: {why}")
    return [
        Refused(r.tp, r.message, f"{r.detail} (and {more[where]} more of its records)") if where in more else r
        for where, r in found.items()
    ]


def _failed(outcome: object) -> bool:
    return isinstance(outcome, BaseException)


def refused_at_send(exc: Exception) -> asyncio.Future[Any]:
    """The failed delivery future standing for a record ``send()`` itself refused for good (aiokafka's size check).

    Called in the ``except`` of a ``send()`` (no extra coroutine per record on the hot path).

    Raises:
        Exception: ``exc`` itself, when another try may get past it (the agent fails as before).
    """
    if retriable(exc):
        raise exc
    failed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    failed.set_exception(exc)
    return failed


def quarantine_refused(
    producer: Any, topic: str, *, detected_by: str, timeout_s: float, counted: Callable[[int], None]
) -> Quarantine:
    """A :data:`Quarantine` that publishes to ``topic`` and waits until each record is acknowledged.

    A quarantine record is small, but should Kafka refuse it too, it is held
    (``hold_refused``): nothing else can stand for the input, whose offset is then not
    committed (the agent shows as stuck; see :mod:`errorflow.streams.confirmed`).
    """
    from errorflow.streams.confirmed import until_acknowledged

    async def quarantine(refused: list[Refused]) -> None:
        records = [(quarantine_key(r.message.key), encode(r.record(detected_by=detected_by))) for r in refused]
        for r in refused:
            logger.error("quarantining %s[%s]@%s: %s", r.tp.topic, r.tp.partition, r.message.offset, r.detail[:500])

        async def send() -> list[Awaitable[Any]]:
            return [await producer.send(topic, value, key=key) for key, value in records]

        await until_acknowledged(
            send, timeout_s=timeout_s, what=f"{detected_by}'s quarantine records", hold_refused=True
        )
        counted(len(refused))

    return quarantine
