"""The Faust application, built from Settings: the only place that builds one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka

from errorflow.embedded.tansu import free_port
from errorflow.settings import Settings
from errorflow.streams.kafka import bootstrap_servers, fetch_max_wait_ms

__all__ = ["FaustTransport", "build_app", "build_worker", "run_worker"]

logger = logging.getLogger(__name__)


def build_app(settings: Settings, *, role: str, **overrides: Any) -> faust.App:
    """Build the Faust app of one role (``pipeline`` or ``runner``).

    Consumer-group timeouts come from settings: Tansu answers a group join only
    after half the session timeout, so the defaults (6 s session, 1 s
    heartbeat) have a worker processing about 5 s after start instead of 30 s.
    """
    brokers = ";".join(f"kafka://{host.strip()}" for host in bootstrap_servers(settings).split(","))
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
        # Faust starts its web server even with web_enabled=False; keep it on a free loopback port.
        "web_enabled": False,
        "web_bind": "127.0.0.1",
        "web_port": free_port(),
        "datadir": str(settings.data_dir / "faust" / role),
        "table_cleanup_interval": 30.0,
        "autodiscover": False,
    }
    options.update(overrides)
    # Faust creates only the last level of its data directory.
    Path(options["datadir"]).parent.mkdir(parents=True, exist_ok=True)
    app = faust.App(f"{settings.app_id}-{role}", **options)
    app.transport = FaustTransport(app.conf.broker_consumer, app, fetch_max_wait_ms=fetch_max_wait_ms(settings))
    return app


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, whose aiokafka consumer fetches with errorflow's fetch wait."""

    def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Faust hard-codes fetch_max_wait_ms=1500 with no setting; on Tansu that held each run command
        # up to ~0.75 s. aiokafka hands this attribute to its fetcher when the consumer starts (just
        # after this returns); tests/integration/test_faust_fetch_wait.py checks the fetcher got it.
        consumer._fetch_max_wait_ms = getattr(transport, "fetch_max_wait_ms", consumer._fetch_max_wait_ms)
        return consumer


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


def build_worker(app: faust.App, *, loglevel: str = "warn") -> faust.Worker:
    """Build the Faust worker that runs ``app``; its root logger stays at ``loglevel``."""
    worker = faust.Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    # Without a spinner Faust leaves the root logger at ``loglevel``; with one it sets it to DEBUG
    # for good, and every debug call of aiokafka and Faust (several per fetch) built a record that
    # no handler wanted: about a tenth of the pipeline's busy time, and idle CPU on quiet topics.
    worker.spinner = None
    return worker


def run_worker(app: faust.App, *, loglevel: str = "warn") -> None:
    """Run a Faust worker in the foreground until SIGINT or SIGTERM."""
    build_worker(app, loglevel=loglevel).execute_from_commandline()
