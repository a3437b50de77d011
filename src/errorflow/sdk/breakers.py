"""The SDK's breaker watcher: feeds a process's :class:`~errorflow.breakers.BreakerView` from ``breakers.state``.

A daemon thread runs an aiokafka consumer without a consumer group: every
process reads every partition from the beginning (Tansu does not compact, so
the view keeps the newest record per dependency itself, by ``sequence``) and
then follows the topic with a short fetch wait, so a transition reaches every
process within a fraction of a second. A record that does not fit the contract
is logged and skipped; the watcher never stops the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from errorflow.breakers import BreakerView
from errorflow.errors import MalformedEventError
from errorflow.schemas.breakers import BreakerStateRecord
from errorflow.schemas.codec import decode

if TYPE_CHECKING:
    from aiokafka import AIOKafkaConsumer

__all__ = ["BreakerWatcher", "apply_record"]

logger = logging.getLogger(__name__)


def apply_record(view: BreakerView, raw: bytes | None) -> bool:
    """Apply one raw ``breakers.state`` record to ``view``; False when it is malformed or older than known."""
    return _apply(view, raw) is not None


def _apply(view: BreakerView, raw: bytes | None) -> BreakerStateRecord | None:
    try:
        record = decode(raw, BreakerStateRecord)
    except MalformedEventError as exc:
        logger.warning("skipping a malformed breaker state record: %s", exc)
        return None
    applied = view.update(
        {
            "dependency": record.dependency,
            "state": record.state,
            "sequence": record.sequence,
            "open_until": None if record.open_until is None else record.open_until.timestamp(),
            "trials_per_process": record.trials_per_process,
        }
    )
    return record if applied else None


class BreakerWatcher:
    """Follows ``breakers.state`` in a background thread and applies every record to a view."""

    def __init__(
        self,
        view: BreakerView,
        *,
        bootstrap: str,
        topic: str,
        on_record: Callable[[BreakerStateRecord, int], None] | None = None,
        fetch_max_wait_s: float = 0.02,
    ) -> None:
        self.view = view
        self.on_record = on_record
        """Called (on the watcher's thread) with each applied record and its broker timestamp in ms."""
        self.bootstrap = bootstrap
        self.topic = topic
        self.fetch_max_wait_ms = max(1, round(fetch_max_wait_s * 1000))
        """Tansu answers a fetch only when its wait runs out: this bounds how stale a quiet view can be
        (``kafka.fetch_max_wait_s``, as every other consumer)."""
        self.applied = 0
        self.caught_up = threading.Event()
        """Set once the records that existed at start have been read."""
        self._stop = threading.Event()
        self._missing_said = False
        """Whether the topic was found missing and said so (said again only after it existed)."""
        self._thread = threading.Thread(target=self._main, name="errorflow-breakers", daemon=True)

    def start(self) -> BreakerWatcher:
        """Start following the topic; returns at once."""
        self._thread.start()
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop following and wait for the thread."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def _main(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException:  # a daemon thread: nothing above it to hand an error to
            logger.exception("the breaker watcher stopped; breaker states are no longer followed")

    async def _subscribe(self, consumer: AIOKafkaConsumer) -> bool:
        """Subscribe to the topic if it exists; False (said once, ``caught_up`` set) when it does not yet.

        Subscribed to a topic that does not exist, aiokafka's metadata request would have a broker
        that auto-creates topics make it with its defaults: not compacted, so every breaker's last
        state would be deleted after the retention time. The pipeline creates it, compacted.
        """
        if self.topic in await consumer.topics():  # every topic's name: a request that never creates one
            consumer.subscribe([self.topic])
            self._missing_said = False
            return True
        self.caught_up.set()  # no record exists yet: none to read before the view is current
        if not self._missing_said:
            self._missing_said = True
            logger.warning(
                "topic %s does not exist on the broker at %s yet: breaker states are followed once the pipeline "
                "has created it (errorflow never lets a client create it with the broker's defaults)",
                self.topic,
                self.bootstrap,
            )
        return False

    async def _run(self) -> None:
        from aiokafka import AIOKafkaConsumer
        from aiokafka.errors import KafkaError

        while not self._stop.is_set():
            consumer = AIOKafkaConsumer(
                bootstrap_servers=self.bootstrap,
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                fetch_max_wait_ms=self.fetch_max_wait_ms,
            )
            try:
                await consumer.start()
                exists = await self._subscribe(consumer)
                while exists and not self._stop.is_set():
                    batches = await consumer.getmany(timeout_ms=100)
                    for messages in batches.values():
                        for message in messages:
                            record = _apply(self.view, message.value)
                            if record is not None:
                                self.applied += 1
                                if self.on_record is not None:
                                    self.on_record(record, message.timestamp)
                    if not batches:
                        self.caught_up.set()
            except (KafkaError, OSError, asyncio.CancelledError) as exc:
                # aiokafka cancels its fetch task when the broker goes away: reconnect, never die.
                logger.warning("breaker watcher lost %s (%r); reconnecting", self.bootstrap, exc)
            finally:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await consumer.stop()
            for _ in range(10):  # a second before reconnecting, but stop() is not kept waiting
                if self._stop.is_set():
                    break
                await asyncio.sleep(0.1)
