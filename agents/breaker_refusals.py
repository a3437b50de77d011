"""The breaker feed's inputs Kafka refuses for good: sent again alone, halved, and at worst their events quarantined.

The feed (:func:`errorflow.agents.breakers.run_breaker_feed`) sends one ``outcomes`` input per
dependency per fetched batch, keyed by dependency, and commits the events once every input is
acknowledged. Its producer batches the inputs of a partition together, up to a request's size,
and Kafka refuses a whole batch over its limit (Apache Kafka's ``message.max.bytes``, 1 MiB by
default; a topic may have less): valid events naming a few hundred distinct long dependency
names in one fetch are enough. The refusal raised out of the feed, which stopped, uncommitted,
and stopped again on the same batch at every start: no breaker counted an outcome again.

Now each refused input (:func:`refused_inputs`) is sent again alone, on a producer that puts
every record in a batch of its own. An input Kafka still refuses is split in two halves
(:func:`halves`, by the events it counts: the ledger counts each event once, however many inputs
name it), and so on, down to inputs of one event. An input of one event that Kafka still refuses
cannot be counted: that event gets one quarantine record (``refused_by_kafka``, detected by
``breaker-feed``), as the classifier's and the recovery agent's inputs do
(:mod:`errorflow.streams.derived`), and the feed goes on. Failures another try may get past
(a broker away) are raised as before.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import Any

from errorflow.agents.breakers import outcomes_input
from errorflow.errors import RecordRefusedError
from errorflow.schemas.breakers import BreakerInput
from errorflow.schemas.codec import encode
from errorflow.schemas.quarantine import REFUSED_BY_KAFKA, QuarantineRecord, failure_detail, quarantine_key
from errorflow.streams.confirmed import until_acknowledged
from errorflow.streams.derived import refused_for_good, send_one

__all__ = ["FeedRefusals", "counted_events", "halves", "refused_inputs"]

logger = logging.getLogger(__name__)


def refused_inputs(items: Sequence[BreakerInput], outcomes: Sequence[object]) -> list[tuple[BreakerInput, str]]:
    """The inputs Kafka refused for good, each with why, from a batch's delivery outcomes.

    ``outcomes[i]`` is ``items[i]``'s, as ``asyncio.gather(..., return_exceptions=True)`` gives them.

    Raises:
        BaseException: the first failure another try may get past: the batch is given up and read again.
    """
    return [(item, failure_detail(failure)) for item, failure in refused_for_good(items, outcomes)]


def counted_events(item: BreakerInput) -> list[tuple[int, int, str]]:
    """The events an ``outcomes`` input counts: ``(partition, offset, kind letter)``, per partition in offset order."""
    return [
        (part.partition, offset, letter)
        for part in item.counted
        for offset, letter in zip(accumulate(part.offsets), part.kinds, strict=True)
    ]


def halves(item: BreakerInput) -> list[BreakerInput]:
    """``item`` split in two inputs counting half of its events each; empty for an input of one event (or none)."""
    events = counted_events(item)
    if len(events) < 2:
        return []
    middle = len(events) // 2
    return [_input_of(item, events[:middle]), _input_of(item, events[middle:])]


def _input_of(item: BreakerInput, events: Iterable[tuple[int, int, str]]) -> BreakerInput:
    by_partition: dict[int, list[tuple[int, str]]] = {}
    for partition, offset, letter in events:
        by_partition.setdefault(partition, []).append((offset, letter))
    return outcomes_input(item.dependency, by_partition, item.observed_at)


@dataclass
class FeedRefusals:
    """Sends the feed's refused inputs again alone (halving them), and quarantines the events none can carry.

    ``alone`` makes the (unstarted) producer of records sent alone, started at the first refusal;
    ``producer`` sends the quarantine records, held until Kafka takes them (nothing else can stand
    for the event: the feed shows as stuck meanwhile rather than skip it).
    """

    producer: Any
    alone: Callable[[], Any]
    inputs_topic: str
    quarantine_topic: str
    events_topic: str
    timeout_s: float
    _alone: Any = field(default=None, init=False)

    async def settle(
        self, refused: Sequence[tuple[BreakerInput, str]], events: Mapping[tuple[int, int], Any]
    ) -> tuple[int, int]:
        """Send ``refused`` again as described; return ``(inputs taken alone, events quarantined)``.

        ``events`` maps ``(partition, offset)`` to the consumed event (its key and value, for its quarantine record).
        """
        taken = 0
        quarantined: list[tuple[int, int, str]] = []
        pending = [(item, detail) for item, detail in reversed(refused)]
        while pending:
            item, detail = pending.pop()
            why = await self._refused_alone(item)
            logger.warning(
                "the breaker input of %r counting %s event(s) was refused (%s); alone, it was %s",
                item.dependency[:100],
                len(counted_events(item)),
                detail[:300],
                "taken" if why is None else "refused too",
            )
            if why is None:
                taken += 1
                continue
            parts = halves(item)
            if parts:
                pending.extend((part, why) for part in reversed(parts))
                continue
            quarantined.extend((partition, offset, why) for partition, offset, _ in counted_events(item))
        if quarantined:
            await self._quarantine(quarantined, events)
        return taken, len(quarantined)

    async def _refused_alone(self, item: BreakerInput) -> str | None:
        """Send ``item`` alone until acknowledged; None once taken, else why Kafka refused it for good."""
        if self._alone is None:
            alone = self.alone()
            await alone.start()
            self._alone = alone
        send = partial(send_one, self._alone, self.inputs_topic, item.key, encode(item))
        what = f"the breaker input of {item.dependency[:100]!r} counting {len(counted_events(item))} event(s), alone"
        try:
            await until_acknowledged(send, timeout_s=self.timeout_s, what=what)
        except RecordRefusedError as exc:
            return str(exc)
        return None

    async def _quarantine(
        self, quarantined: Sequence[tuple[int, int, str]], events: Mapping[tuple[int, int], Any]
    ) -> None:
        records = []
        for partition, offset, why in quarantined:
            message = events[(partition, offset)]
            logger.error(
                "quarantining %s[%s]@%s: the breaker cannot count it: %s",
                self.events_topic,
                partition,
                offset,
                why[:500],
            )
            record = QuarantineRecord.for_record(
                topic=self.events_topic,
                partition=partition,
                offset=offset,
                key=message.key,
                raw=message.value,
                detected_by="breaker-feed",
                reason=REFUSED_BY_KAFKA,
                detail=f"its breaker input was refused: {why}",
            )
            records.append((quarantine_key(message.key), encode(record)))

        async def send() -> list[Awaitable[Any]]:
            return [await self.producer.send(self.quarantine_topic, value, key=key) for key, value in records]

        await until_acknowledged(
            send, timeout_s=self.timeout_s, what="the breaker feed's quarantine records", hold_refused=True
        )

    async def close(self) -> None:
        """Stop the producer of records sent alone, if one was started."""
        if self._alone is not None:
            await self._alone.stop()
            self._alone = None
