"""Records a Faust agent waits for: published, and table entries written, only once Kafka acknowledged them.

A Faust topic's ``send`` only hands a record to the producer: it returns the
future of the broker's acknowledgement, and a record whose future nobody awaits
may be lost while the agent's input is committed. A table's changelog write is
worse: Faust sends it in the background and, should it fail, logs a warning and
goes on (``Topic._on_published``); the entry then stays in memory, the input is
committed, and a restart rebuilds the table without it.

So an agent whose input is done only once its records are on the broker (the
breaker agent, for its transitions, its quarantine records and its table entry;
the runner, for its dead letters and its completed-attempts entries) sends
them with :func:`until_acknowledged`: each try is bounded by the request
timeout, and a failed try is sent again, with backoff, for as long as the
process lives. The agent does not take its next input meanwhile (its work slot
stays busy: ``/healthz`` names it stuck, and ``errorflow up`` restarts it), and
Faust does not acknowledge the input, so a crash redelivers it.

Retries may put a record on its topic twice (a try whose acknowledgement was
lost, not its record): every record sent this way is a copy of the same record,
with the same id, for the readers to deduplicate.

Only a failure that another try may get past is tried again
(:func:`errorflow.refusals.retriable`: timeouts, a broker away, a leader moving).
A record Kafka refused for good (too large for the broker, corrupt, an invalid
timestamp or topic name; a client not authorised to write is the deployment's and
retried, see :mod:`errorflow.refusals`) would be refused for as long as the process lives, and its
agent would take no further input: :func:`until_acknowledged` raises
:class:`~errorflow.errors.RecordRefusedError` at once, and the caller handles it
by the rule for bad input, one quarantine record and on to the next input:

- the breaker agent's transitions and alerts: the input is quarantined
  (``refused_by_kafka``) and not applied (its table entry is not written);
- the runner's dead letter of a failed compensation: the command is quarantined
  (``refused_by_kafka``) and settled with its action, which says the saga failed.

(The batching agents, the classifier and the recovery agent, do not send through here: they
await their delivery futures beside the loop and apply the same rule there,
:mod:`errorflow.streams.derived`.)

Where nothing could take the record's place (``hold_refused``: a quarantine
record, a table entry's changelog record, without which a restart would rebuild
the entry wrong), the try goes on at the longest pause, logged as refused for
good each time: the agent's work slot stays busy, so ``/healthz`` names the
agent stuck and ``errorflow up`` restarts it, and a topic fixed meanwhile (its
size limit raised) takes the record. Nothing is
dropped without a trace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import Any

import faust

from errorflow.errors import RecordRefusedError
from errorflow.refusals import retriable
from errorflow.streams.changelog import ChangelogSchema, readable_entries

__all__ = ["AckedTable", "Send", "send_records", "until_acknowledged"]

logger = logging.getLogger(__name__)

Send = Callable[[], Awaitable[Sequence[Awaitable[Any]]]]
"""One try: hands records to the producer and returns the futures of their acknowledgements."""

BACKOFF_S = (0.1, 5.0)
"""The pause after a failed try: from the first value, doubling up to the second."""
_LOG_EVERY = 10
"""After the first failed try, one in this many is logged."""


async def until_acknowledged(
    send: Send, *, timeout_s: float, what: str, tries: int | None = None, hold_refused: bool = False
) -> int:
    """Run ``send`` until Kafka acknowledges every record of one try; return the tries that failed.

    The producer gives up on a record after its request timeout (``timeout_s``, the
    apps' ``producer_request_timeout``); a try still waiting after twice that (a
    request in flight when the timeout ran out, retried by the producer) is given up
    too. With ``tries``, the last failure is raised instead of trying again.

    Raises:
        RecordRefusedError: Kafka refused a record for good (see the module); with
            ``hold_refused``, such a try is sent again instead, at the longest pause.
    """
    pause, longest = BACKOFF_S
    failed = 0
    while True:
        try:
            await asyncio.wait_for(_one_try(send), timeout=timeout_s * 2)
        except Exception as exc:  # any failure to publish, timeouts included: judged below
            failed += 1
            if tries is not None and failed >= tries:
                raise
            if not retriable(exc):
                if not hold_refused:
                    raise RecordRefusedError(f"{what} refused for good by Kafka: {exc!r}") from exc
                logger.error(
                    "%s refused for good by Kafka (try %d: %r) and nothing can take its place: held, the input is "
                    "not committed (the agent shows as stuck); trying again in %.1f s in case the topic is fixed",
                    what,
                    failed,
                    exc,
                    longest,
                )
                pause = longest
            elif failed == 1 or failed % _LOG_EVERY == 0:
                logger.error(
                    "%s not acknowledged by Kafka (try %d: %r); trying again in %.1f s, the input is not committed",
                    what,
                    failed,
                    exc,
                    pause,
                )
            await asyncio.sleep(pause)
            pause = min(pause * 2, longest)
            continue
        if failed:
            logger.warning("%s acknowledged by Kafka after %d failed tries", what, failed)
        return failed


async def _one_try(send: Send) -> None:
    futures = await send()
    if futures:
        # Shielded: a try given up (wait_for's timeout) must not cancel the producer's futures, which
        # the producer settles later (Faust's _on_published would fail on a cancelled one).
        await asyncio.gather(*(asyncio.shield(future) for future in futures))


def send_records(records: Sequence[tuple[faust.types.TopicT, bytes | None, bytes]]) -> Send:
    """A try that sends ``records`` (topic, key, value) through their Faust topics."""

    async def send() -> list[Awaitable[Any]]:
        return [await topic.send(key=key, value=value) for topic, key, value in records]

    return send


class AckedTable(faust.Table[Any, Any]):
    """A Faust table that keeps the future of each key's latest changelog write, for the writer to await.

    Faust neither waits for a changelog write nor tells anyone it failed (it logs a
    warning); :meth:`write` sets an entry and returns a try for :func:`until_acknowledged`,
    which sets it again (a new changelog record of the same value) after a failure.
    """

    @classmethod
    def declare(
        cls,
        app: faust.App,
        name: str,
        *,
        default: Callable[[], Any] | None,
        partitions: int,
        value_type: type = str,
    ) -> AckedTable:
        """Declare the table ``name`` (string keys) on ``app``, as ``app.Table`` does.

        Its changelog is read with :class:`~errorflow.streams.changelog.ChangelogSchema` (the
        serializers Faust would pick for these types: JSON keys, raw bytes or JSON values), so a
        record on it that is not an entry is passed by at recovery instead of holding it up.
        """
        schema = ChangelogSchema(
            key_type=str,
            value_type=value_type,
            key_serializer="json",
            value_serializer="raw" if value_type is bytes else "json",
            allow_empty=True,
        )
        table = cls(
            app,
            name=name,
            default=default,
            beacon=app.tables.beacon,
            partitions=partitions,
            key_type=str,
            value_type=value_type,
            schema=schema,
        )
        app.tables.add(table)
        return table

    def __post_init__(self) -> None:
        super().__post_init__()
        self._sent: dict[Any, Awaitable[Any]] = {}

    def send_changelog(self, partition: int | None, key: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        """Send the changelog record as Faust does, and keep its future under ``key``."""
        future = super().send_changelog(partition, key, value, *args, **kwargs)
        self._sent[key] = future
        # A write nobody awaits (set as in any Faust table) leaves no future behind once it is done.
        future.add_done_callback(partial(self._forget, key))
        return future

    def apply_changelog_batch(self, batch: Any) -> None:
        """Apply the recovered entries of ``batch``; a record that is not an entry is logged and passed by."""
        super().apply_changelog_batch(readable_entries(self.name, batch))

    def _forget(self, key: Any, future: Awaitable[Any]) -> None:
        if self._sent.get(key) is future:
            del self._sent[key]

    def write(self, key: Any, value: Any) -> Send:
        """A try that sets ``table[key] = value`` and returns the future of its changelog record."""
        return self.write_all({key: value})

    def write_all(self, entries: Mapping[Any, Any]) -> Send:
        """A try that sets every ``table[key] = value`` of ``entries`` and returns their changelog records' futures."""

        async def send() -> list[Awaitable[Any]]:
            for key, value in entries.items():
                self[key] = value
            return [self._sent.pop(key) for key in entries]

        return send
