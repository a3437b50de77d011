"""The Faust application, built from Settings: the only place that builds one."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import faust
from faust.tables import TableManager as FaustTableManager
from faust.transport.drivers import aiokafka as faust_aiokafka

from errorflow.embedded.tansu import reserve_port
from errorflow.settings import Settings
from errorflow.streams.kafka import bootstrap_servers, fetch_max_wait_ms, max_request_bytes

__all__ = ["FaustTransport", "build_app", "build_worker", "fetchable_partitions", "run_worker"]

logger = logging.getLogger(__name__)


def build_app(settings: Settings, *, role: str, **overrides: Any) -> faust.App:
    """Build the Faust app of one role (``pipeline`` or ``runner``).

    Consumer-group timeouts come from settings: Tansu answers a group join only
    after half the session timeout, so the defaults (6 s session, 1 s
    heartbeat) have a worker processing about 5 s after start instead of 30 s.

    The producer's request timeout is ``kafka.request_timeout_s`` too (Faust's default, 20 min,
    is also how long a record waits in the producer for a broker that does not answer): an agent
    that waits for its records' acknowledgement (:mod:`errorflow.streams.confirmed`) learns of a
    frozen broker within it and sends them again. A record whose future nobody awaits (a
    table's changelog write in Faust's background) is dropped after it instead of 20 min.
    """
    brokers = ";".join(f"kafka://{host.strip()}" for host in bootstrap_servers(settings).split(","))
    web_port = reserve_port()
    options: dict[str, Any] = {
        "broker": brokers,
        "store": "memory://",
        "topic_partitions": settings.kafka.partitions,
        "topic_replication_factor": settings.kafka.replication_factor,
        "broker_session_timeout": settings.kafka.session_timeout_s,
        "broker_heartbeat_interval": settings.kafka.heartbeat_interval_s,
        "broker_rebalance_timeout": settings.kafka.rebalance_timeout_s,
        "broker_request_timeout": max(settings.kafka.request_timeout_s, settings.kafka.session_timeout_s * 2),
        "consumer_auto_offset_reset": "earliest",
        "producer_acks": -1,
        "producer_request_timeout": settings.kafka.request_timeout_s,
        # Faust's default (1,000,000 bytes) is below kafka.max_message_bytes: a dead letter of a command near
        # that size was refused before it was sent, for good, and the runner sent it again for ever.
        "producer_max_request_size": max_request_bytes(settings),
        # Faust starts its web server even with web_enabled=False; keep it on a free loopback port.
        "web_enabled": False,
        "web_bind": "127.0.0.1",
        "web_port": web_port.port,
        "datadir": str(settings.data_dir / "faust" / role),
        "table_cleanup_interval": 30.0,
        "autodiscover": False,
        "TableManager": TableManager,
    }
    options.update(overrides)
    try:
        # Faust creates only the last level of its data directory.
        Path(options["datadir"]).parent.mkdir(parents=True, exist_ok=True)
        app = faust.App(f"{settings.app_id}-{role}", **options)
    except BaseException:
        web_port.release()
        raise
    # The port stays reserved while the app lives: its web server binds it when the worker
    # starts, seconds later, and another process's pick must not get it meanwhile.
    weakref.finalize(app, web_port.release)
    app.transport = FaustTransport(app.conf.broker_consumer, app, fetch_max_wait_ms=fetch_max_wait_ms(settings))
    return app


class TableManager(FaustTableManager):
    """Faust's table manager, without the second it waits before it sets up the tables' changelogs.

    Faust sleeps a second at start so that tables an app declares while its worker starts
    are there when their changelog channels are made. errorflow's apps declare every table
    when they are built (the breaker table, the runner's completed attempts), before the
    worker starts, so the second only delayed the group join, and every pipeline's and
    runner's start with it.
    """

    async def on_start(self) -> None:
        """Set up the tables' changelog channels and start their recovery (Faust's, without the sleep)."""
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()


def fetchable_partitions(
    active: Iterable[Any], *, rebalancing: bool, is_changelog: Callable[[Any], bool]
) -> frozenset[Any]:
    """The partitions whose fetched records may be handed to Faust now: a snapshot, never "all".

    Faust keeps one live set of active partitions, changed by its event loop while the
    consumer thread reads it, and passes that very set to aiokafka, which reads an empty
    set as "every partition" and takes the records it hands out off its buffer (the
    partition's position moves past them). Faust then drops the records of partitions that
    are not active when it looks again, and its seek to the committed offsets does not bring
    them back where nothing was committed (aiokafka seeks only to offsets above 0). During a
    rebalance (``App.rebalancing``, from the revocation until the worker is ready) only changelog
    partitions are handed out: stream records taken then are lost in two ways (measured on
    restarted runners, ``docs/recovery.md``): the end of table recovery pauses the
    changelogs before it resumes the streams, so the set is empty for a moment; and the
    records that reach an agent's queue after Faust's seek to the committed offsets are
    cleared when it resumes the flow. Records held back stay in aiokafka's buffer, at
    their offsets, and are handed out once the worker is ready.
    """
    snapshot = frozenset(active)  # one atomic copy: the loop thread may change the set meanwhile
    if rebalancing:
        return frozenset(tp for tp in snapshot if is_changelog(tp))
    return snapshot


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread: errorflow's fetch wait, and no records handed out to be dropped."""

    def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Faust hard-codes fetch_max_wait_ms=1500 with no setting; on Tansu that held each run command
        # up to ~0.75 s. aiokafka hands this attribute to its fetcher when the consumer starts (just
        # after this returns); tests/integration/test_fetch_wait.py checks the fetcher got it.
        consumer._fetch_max_wait_ms = getattr(transport, "fetch_max_wait_ms", consumer._fetch_max_wait_ms)
        return consumer

    async def _fetch_records(
        self, consumer: Any, active_partitions: Any, timeout: float | None = None, max_records: int | None = None
    ) -> Any:
        """Hand out only the records of :func:`fetchable_partitions`; wait a fetch wait when there are none."""
        rebalancing = bool(self.app.rebalancing)
        wanted = fetchable_partitions(
            active_partitions, rebalancing=rebalancing, is_changelog=self.consumer._is_changelog_tp
        )
        fetch_wait_s = getattr(self.transport, "fetch_max_wait_ms", 20) / 1000
        if rebalancing and timeout is not None:
            # The set handed to aiokafka is a snapshot: come back soon, so the partitions Faust resumes
            # when the worker is ready are read then, not after the rest of a 1 s wait for changelogs.
            timeout = min(timeout, fetch_wait_s)
        if not wanted:
            # Faust calls again at once: pause as long as one quiet fetch would, not a busy loop.
            await asyncio.sleep(min(timeout or 0.0, fetch_wait_s))
            return {}
        return await super()._fetch_records(consumer, set(wanted), timeout=timeout, max_records=max_records)


class _Consumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer with :class:`_ConsumerThread`."""

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class FaustTransport(faust_aiokafka.Transport):
    """Faust's aiokafka transport whose worker consumers use ``KafkaSettings.fetch_max_wait_s``."""

    Consumer = _Consumer

    def __init__(self, url: Any, app: faust.App, *, fetch_max_wait_ms: int) -> None:
        super().__init__(url, app)
        self.fetch_max_wait_ms = fetch_max_wait_ms


class Worker(faust.Worker):
    """Faust's worker, without the idle second mode adds to the end of every shutdown.

    mode closes the event loop only after a sentinel task has slept a whole second, when
    every service has stopped, the consumers have left their groups and the offsets are
    committed: the second only delays the process's exit (each stop or restart of a
    pipeline or a runner). A tenth of it still gives the loop's last callbacks (transports
    closing) their turns.
    """

    async def _sentinel_task(self) -> None:
        await asyncio.sleep(SHUTDOWN_SENTINEL_S)


SHUTDOWN_SENTINEL_S = 0.1
"""How long a stopping worker runs its event loop after its services stopped (mode: 1 s)."""


def build_worker(app: faust.App, *, loglevel: str = "warn") -> faust.Worker:
    """Build the Faust worker that runs ``app``; its root logger stays at ``loglevel``."""
    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    # Without a spinner Faust leaves the root logger at ``loglevel``; with one it sets it to DEBUG
    # for good, and every debug call of aiokafka and Faust (several per fetch) built a record that
    # no handler wanted: about a tenth of the pipeline's busy time, and idle CPU on quiet topics.
    worker.spinner = None
    return worker


def run_worker(app: faust.App, *, loglevel: str = "warn") -> None:
    """Run a Faust worker in the foreground until SIGINT or SIGTERM."""
    build_worker(app, loglevel=loglevel).execute_from_commandline()
