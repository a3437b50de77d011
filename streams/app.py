"""The Faust application, built from Settings: the only place that builds one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import faust

from errorflow.embedded.tansu import free_port
from errorflow.settings import Settings
from errorflow.streams.kafka import bootstrap_servers

__all__ = ["build_app", "run_worker"]

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
    return faust.App(f"{settings.app_id}-{role}", **options)


def run_worker(app: faust.App, *, loglevel: str = "warn") -> None:
    """Run a Faust worker in the foreground until SIGINT or SIGTERM."""
    worker = faust.Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.execute_from_commandline()
