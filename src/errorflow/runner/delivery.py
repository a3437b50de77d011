"""The runner's commit rule: a command is acknowledged only once the records it emitted are durable.

A command's decision (its attempt outcome, deferral, compensation action,
orphan heartbeat) leaves the runner through the SDK's emitter, which may keep
records in memory while the broker is away and the spool's disk fails. Were the
command's offset committed then, a crash would lose the decision: the command is
never redone and its records never reach Kafka.

So the runner takes the emitter's durability mark after a command's records and
waits for it (:meth:`Delivery.confirm`) before it writes the command's final
entry in the completed-attempts table and lets Faust acknowledge it. When the
mark is not reached within the request timeout, :class:`DeliveryPending` is
raised and :meth:`Delivery.hold` keeps the command's message unacknowledged
(its offset, and those after it in its partition, are not committed) while the
runner goes on with other commands; a task waits for the mark for as long as
the process lives, then writes the table entry and acknowledges the message. A
crash meanwhile redelivers the command, which the table marks as started by a
worker that stopped: the watchdog times it out (or it runs again), as for a
worker that died mid-attempt.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from errorflow.sdk.emitter import Emitter

__all__ = ["Delivery", "DeliveryPending", "Settle"]

logger = logging.getLogger(__name__)

Settle = Callable[[Mapping[str, str]], Awaitable[None]]
"""Writes completed-attempts entries (key to value) and returns once they are on the broker."""

_RECHECK_S = (0.05, 1.0)
"""How often a held command's mark is checked again: from the first value, doubling up to the second."""
_REMIND_S = 60.0
"""How often a command still held is logged again."""


class DeliveryPending(Exception):
    """A command's records were not durable in time: its table entries wait, its message is not acknowledged.

    ``keys`` are the completed-attempts table's keys to set to ``value`` once the
    records before ``mark`` are durable (filled in by whoever knows them).
    """

    def __init__(self, mark: int, value: str, keys: tuple[str, ...] = ()) -> None:
        super().__init__(f"records up to mark {mark} not durable yet")
        self.mark = mark
        self.value = value
        self.keys = keys


class Delivery:
    """Confirms that a command's records are durable, or holds the command until they are."""

    def __init__(self, emitter: Emitter, *, timeout_s: float) -> None:
        self.emitter = emitter
        self.timeout_s = timeout_s
        self.held = 0
        """Commands held now, unacknowledged until their records are durable."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._pending: dict[str, DeliveryPending] = {}

    def pending(self, key: str) -> DeliveryPending | None:
        """The hold of the command whose table key is ``key``, while it waits for its records.

        A copy of that command redelivered meanwhile (a rebalance gave its partition back) finds
        the table entry ``started`` by this worker, the verdict for a duplicate: it must be held
        too, not acknowledged, or its offset would be committed before the records are durable.
        """
        return self._pending.get(key)

    async def confirm(self, value: str, *keys: str) -> str:
        """Return ``value`` once every record emitted so far is durable; raise DeliveryPending if not in time."""
        mark = self.emitter.mark()
        if await asyncio.to_thread(self.emitter.wait_durable, mark, self.timeout_s):
            return value
        raise DeliveryPending(mark, value, keys)

    def hold(self, event: Any, pending: DeliveryPending, settle: Settle) -> None:
        """Keep ``event`` unacknowledged until ``pending``'s records are durable, then settle it.

        ``settle`` writes the completed-attempts entries and returns once they are on the broker.
        Called while the agent handles ``event``: the task inherits its context, so its
        table writes go to the changelog partition of the event's (Faust's ``current_event``).
        """
        message = event.message
        logger.error(
            "records of the command at %s[%s]@%s (%s) are neither acknowledged by Kafka nor spooled after %.1f s "
            "(the broker away and the spool failing?): the command is not committed, it stays for redelivery "
            "and is settled once they are; the runner goes on with other commands",
            message.topic,
            message.partition,
            message.offset,
            ", ".join(pending.keys) or "no table entry",
            self.timeout_s,
        )
        message.incref()  # the stream's own acknowledgement is then not the last one
        _not_awaited_by_rebalances(event)
        self.held += 1
        self._pending.update(dict.fromkeys(pending.keys, pending))
        task = asyncio.create_task(self._settle_later(event, pending, settle), name="errorflow-runner-held")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _settle_later(self, event: Any, pending: DeliveryPending, settle: Settle) -> None:
        """Wait for the mark while the process lives; then write the table entries and acknowledge the event."""
        pause, longest = _RECHECK_S
        reminded = time.monotonic()
        while not self.emitter.wait_durable(pending.mark, 0):
            await asyncio.sleep(pause)
            pause = min(pause * 2, longest)
            if time.monotonic() - reminded >= _REMIND_S:
                reminded = time.monotonic()
                logger.error(
                    "the command at %s[%s]@%s is still held: its records are not durable yet",
                    event.message.topic,
                    event.message.partition,
                    event.message.offset,
                )
        # Written even if a rebalance moved the partition away meanwhile: the records are durable now,
        # so the next owner, given the command again, rightly skips it.
        await settle(dict.fromkeys(pending.keys, pending.value))
        for key in pending.keys:
            if self._pending.get(key) is pending:
                del self._pending[key]
        self.held -= 1
        event.ack()
        logger.warning(
            "the command at %s[%s]@%s is settled: its records are durable, it is committed",
            event.message.topic,
            event.message.partition,
            event.message.offset,
        )


def _not_awaited_by_rebalances(event: Any) -> None:
    """Take a held message out of the set Faust waits on before it gives partitions away.

    Faust (``stream_wait_empty``) waits, at every rebalance, until each message it handed
    to a stream is acknowledged: a held message would stall the runner's rebalances until
    its records are durable, for ever if they were dropped. Out of that set it is still
    not acknowledged, and Faust commits a partition's offsets only up to the first message
    not acknowledged, so the partition's next owner gets the command again.
    """
    consumer = getattr(getattr(event, "app", None), "consumer", None)
    waited_on = getattr(consumer, "_unacked_messages", None)
    if waited_on is not None:
        waited_on.discard(event.message)
