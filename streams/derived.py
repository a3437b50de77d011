"""Records an agent derives from its inputs, traced back to them: a record Kafka refuses for good quarantines its input.

The batching agents (the classifier, the recovery agent) hand every record they derive
to the producer and await the delivery futures beside their loop
(:class:`~errorflow.streams.kafka.CommitPipeline`). A derived record Kafka refuses for
good (:func:`errorflow.refusals.retriable`: too large for the broker, above all; a
classification or a dead letter copies its input's message) would be refused again on
every redelivery: raised, it stopped the agent, and the process exited at every start
on the same uncommitted input. Instead:

- each delivery future is handed over with its :data:`Origin` (the input's partition
  and record, the derived record's topic, key, value and headers: a tuple of
  references, no copy of the bytes, held until the batch is settled);
- :func:`refused_inputs` (pure) reads the outcomes of a batch: any failure another try
  may get past is raised as before (nothing committed, the batch is read again: a broker
  away never quarantines anything); otherwise each input with a refused record is named
  once, with the first refused record in its detail;
- :class:`QuarantineRefused` sends each refused record again alone (a good record
  batched beside a refused one is refused with it), and publishes one small quarantine
  record per input Kafka still refuses (``refused_by_kafka``); once Kafka acknowledged
  them, the batch's offsets are committed;
- an agent may end what such an input leaves without an end (:data:`EndsRun`): the recovery
  agent dead-letters a run whose retry or compensate command was refused, after its quarantine
  record, so the run is not left without a terminal state.

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
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from errorflow.errors import RecordRefusedError
from errorflow.refusals import retriable
from errorflow.schemas.codec import encode
from errorflow.schemas.quarantine import REFUSED_BY_KAFKA, QuarantineRecord, failure_detail, quarantine_key
from errorflow.streams.topics import Topics

if TYPE_CHECKING:
    from errorflow.settings import Settings
    from errorflow.streams.kafka import CommitPipeline

__all__ = [
    "EndsRun",
    "Origin",
    "Quarantine",
    "QuarantineRefused",
    "Record",
    "Refused",
    "quarantining_commits",
    "refused_at_send",
    "refused_for_good",
    "refused_inputs",
    "send_one",
    "send_traced",
]

logger = logging.getLogger(__name__)

Origin = tuple[Any, Any, str, bytes | None, bytes, Any]
"""One derived record and where it comes from: the input's topic-partition and consumed record, then the record's
topic, key, value and headers (references to the bytes already built: a refused record is sent again alone)."""

Quarantine = Callable[[list["Refused"]], Awaitable[None]]
"""Publishes the quarantine records of refused inputs and returns once Kafka acknowledged them."""

Record = tuple[str, bytes | None, bytes, Any]
"""A record to send: its topic, key, value and headers."""

EndsRun = Callable[["Refused"], Sequence[Sequence[Record]]]
"""For a quarantined input, the records that end what its refused records left without an end (the recovery
agent's dead letter of a run whose command was refused), as candidates tried in order; none: nothing to end."""


@dataclass(frozen=True, slots=True)
class Refused:
    """An input whose derived record Kafka refused for good: quarantined instead of done."""

    tp: Any
    """The input's topic-partition."""
    message: Any
    """The consumed input (its offset, key and value)."""
    detail: str
    """Which derived record was refused, and Kafka's error."""
    records: tuple[Record, ...] = ()
    """The refused records (topic, key, value, headers), to send again alone before the input is quarantined."""

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
    failures = refused_for_good(origins, outcomes)
    found: dict[tuple[str, int, int], Refused] = {}
    records: dict[tuple[str, int, int], list[tuple[str, bytes | None, bytes, Any]]] = {}
    for (tp, message, topic, key, value, headers), outcome in failures:
        where = (tp.topic, tp.partition, message.offset)
        records.setdefault(where, []).append((topic, key, value, headers))
        if where not in found:
            why = failure_detail(outcome)
            detail = f"its {topic} record ({len(value)} bytes) refused for good by Kafka: {why}"
            found[where] = Refused(tp, message, detail)
    return [
        Refused(r.tp, r.message, _more(r.detail, len(records[where]) - 1), tuple(records[where]))
        for where, r in found.items()
    ]


def _more(detail: str, more: int) -> str:
    return f"{detail} (and {more} more of its records)" if more else detail


T = TypeVar("T")


def refused_for_good(items: Sequence[T], outcomes: Sequence[object]) -> list[tuple[T, BaseException]]:
    """Each item whose delivery Kafka refused for good, with its failure (``outcomes[i]`` is ``items[i]``'s).

    Raises:
        BaseException: the first failure another try may get past: the batch is given up and read again.
    """
    failures = [
        (item, outcome) for item, outcome in zip(items, outcomes, strict=True) if isinstance(outcome, BaseException)
    ]
    for _, failure in failures:
        if retriable(failure):
            raise failure
    return failures


async def send_traced(producer: Any, topic: str, value: bytes, key: bytes | None, headers: Any = None) -> Any:
    """Hand a derived record to the producer; its delivery future, or a failed one when ``send()`` refused it for good.

    Raises:
        Exception: what ``send()`` raised, when another try may get past it (the agent fails as before).
    """
    try:
        return await producer.send(topic, value, key=key, headers=headers)
    except Exception as exc:  # refused for good by send() itself: settled as a refused delivery
        return refused_at_send(exc)


def refused_at_send(exc: Exception) -> asyncio.Future[Any]:
    """The failed delivery future standing for a record ``send()`` itself refused for good (aiokafka's size check).

    Raises:
        Exception: ``exc`` itself, when another try may get past it (the agent fails as before).
    """
    if retriable(exc):
        raise exc
    failed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    failed.set_exception(exc)
    return failed


class QuarantineRefused:
    """The :data:`Quarantine` of an agent: each refused input's records are sent again alone, then quarantined.

    Kafka refuses a whole batch over its size limit (aiokafka does not split it, as the Java
    client does): a good record the producer batched beside a refused one is refused with it.
    So each refused record is first sent again alone, on a producer of its own that puts every
    record in a batch of its own (``alone``: a factory of an unstarted producer, started at the
    first refusal); an input whose records all go through that way is done, not quarantined.
    The others each become one quarantine record on ``topic``, awaited until acknowledged. A
    quarantine record is small, but should Kafka refuse it too, it is held (``hold_refused``):
    nothing else can stand for the input, whose offset is then not committed (the agent shows
    as stuck; see :mod:`errorflow.streams.confirmed`). Failures another try may get past are
    tried again meanwhile, the batch's commit waiting.
    """

    def __init__(
        self,
        producer: Any,
        topic: str,
        *,
        alone: Callable[[], Any],
        detected_by: str,
        timeout_s: float,
        counted: Callable[[int], None],
        ends_run: EndsRun | None = None,
    ) -> None:
        self._ends_run = ends_run
        self._producer = producer
        self._topic = topic
        self._make_alone = alone
        self._alone: Any = None
        self._detected_by = detected_by
        self._timeout_s = timeout_s
        self._counted = counted

    async def __call__(self, refused: list[Refused]) -> None:
        """Send ``refused``'s records again alone; quarantine the inputs Kafka still refuses, and wait for it."""
        from errorflow.streams.confirmed import until_acknowledged  # Faust's: imported where a refusal needs it

        confirmed = [r for r in refused if not await self._taken_alone(r)]
        if not confirmed:
            return
        by = self._detected_by
        records = [(quarantine_key(r.message.key), encode(r.record(detected_by=by))) for r in confirmed]
        for r in confirmed:
            logger.error("quarantining %s[%s]@%s: %s", r.tp.topic, r.tp.partition, r.message.offset, r.detail[:500])

        async def send() -> list[Awaitable[Any]]:
            return [await self._producer.send(self._topic, value, key=key) for key, value in records]

        await until_acknowledged(send, timeout_s=self._timeout_s, what=f"{by}'s quarantine records", hold_refused=True)
        self._counted(len(confirmed))
        if self._ends_run is not None:
            for r in confirmed:
                await self._end_run(r, self._ends_run(r))

    async def _end_run(self, refused: Refused, candidates: Sequence[Sequence[Record]]) -> None:
        """Send the first of ``candidates`` Kafka takes whole, each record alone (a batch of its own).

        A candidate refused for good gives way to the next (a dead letter with its command, then one without);
        when none is taken, the input's quarantine record is all that is left of it (logged).
        """
        from errorflow.streams.confirmed import until_acknowledged

        where = f"{refused.tp.topic}[{refused.tp.partition}]@{refused.message.offset}"
        for records in candidates:
            try:
                for topic, key, value, headers in records:
                    send = partial(send_one, await self._alone_producer(), topic, key, value, headers)
                    await until_acknowledged(send, timeout_s=self._timeout_s, what=f"the {topic} record ending {where}")
            except RecordRefusedError as exc:
                logger.warning("a record ending %s was refused for good too: %s", where, exc)
                continue
            return
        if candidates:
            logger.error("nothing ending %s was taken by Kafka: its quarantine record is all that is left", where)

    async def _taken_alone(self, refused: Refused) -> bool:
        from errorflow.streams.confirmed import until_acknowledged

        alone = await self._alone_producer()
        where = f"{refused.tp.topic}[{refused.tp.partition}]@{refused.message.offset}"
        try:
            for topic, key, value, headers in refused.records:
                send = partial(send_one, alone, topic, key, value, headers)
                await until_acknowledged(send, timeout_s=self._timeout_s, what=f"the {topic} record of {where}, alone")
        except RecordRefusedError:
            return False
        logger.warning("the records of %s refused in a batch were taken alone (refused beside another)", where)
        return True

    async def _alone_producer(self) -> Any:
        """The producer of records sent alone, started at its first use."""
        if self._alone is None:
            alone = self._make_alone()
            await alone.start()
            self._alone = alone
        return self._alone

    async def close(self) -> None:
        """Stop the producer of records sent alone, if one was started."""
        if self._alone is not None:
            await self._alone.stop()
            self._alone = None


async def send_one(
    producer: Any, topic: str, key: bytes | None, value: bytes, headers: Any = None
) -> list[Awaitable[Any]]:
    """A try of :func:`~errorflow.streams.confirmed.until_acknowledged` that sends one record.

    On a producer of records sent alone, that record is a batch of its own.
    """
    return [await producer.send(topic, value, key=key, headers=headers)]


class CountsRefused(Protocol):
    """An agent's stats, which count the inputs quarantined because Kafka refused their records."""

    refused: int


def quarantining_commits(
    consumer: Any,
    producer: Any,
    settings: Settings,
    *,
    detected_by: str,
    stats: CountsRefused,
    ends_run: EndsRun | None = None,
) -> tuple[CommitPipeline, QuarantineRefused]:
    """A batching agent's commit pipeline that quarantines an input a derived record of which Kafka refuses for good.

    ``ends_run``: what ends the work a quarantined input leaves without an end (:data:`EndsRun`), sent after
    its quarantine record. Returns the pipeline and its :class:`QuarantineRefused` (to
    :meth:`~QuarantineRefused.close` with the agent).
    """
    from errorflow.streams.kafka import CommitPipeline, make_producer  # that module imports this one

    def counted(inputs: int) -> None:
        stats.refused += inputs

    refused = QuarantineRefused(
        producer,
        settings.topic(Topics.QUARANTINE.name),
        alone=partial(make_producer, settings, max_batch_size=1, linger_ms=0),
        detected_by=detected_by,
        timeout_s=settings.kafka.request_timeout_s,
        counted=counted,
        ends_run=ends_run,
    )
    return CommitPipeline(consumer, quarantine=refused), refused
