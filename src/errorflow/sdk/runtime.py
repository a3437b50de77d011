"""The SDK's process-wide runtime: settings, emitter and redactor, built once.

``configure()`` sets it explicitly; otherwise the first decorated call builds
it from the environment. With no Kafka address configured, the SDK looks for
a running embedded stack (``errorflow up``) under the data directory, and
otherwise spools events to disk until a broker is configured.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from errorflow.breakers import BreakerView
from errorflow.sdk.breakers import BreakerWatcher
from errorflow.sdk.confluent import ConfluentEmitter
from errorflow.sdk.emitter import Emitter, KafkaEmitter
from errorflow.sdk.lifecycle import LifecycleWatch
from errorflow.sdk.recorder import EventLimits
from errorflow.sdk.redact import Redactor, build_redactor
from errorflow.sdk.registry import check_name
from errorflow.settings import Settings, warn_misspelled_variables
from errorflow.streams.topics import Topics

__all__ = ["Runtime", "build_redactor", "configure", "runtime", "shutdown", "stack_bootstrap"]

logger = logging.getLogger(__name__)

STACK_STATE_FILE = "stack.json"


@dataclass(frozen=True, slots=True)
class Runtime:
    """What a decorated call needs to emit its events."""

    settings: Settings
    emitter: Emitter
    redactor: Redactor
    """Scrubs input dumps and failure text (key names and value patterns)."""
    service: str
    events_topic: str
    commands_topic: str
    limits: EventLimits = field(default_factory=EventLimits)
    """How large one event's text may be."""
    breakers: BreakerView = field(default_factory=BreakerView)
    """This process's view of every circuit breaker: ``@operation`` and the runner check it before a call."""
    watcher: BreakerWatcher | None = None
    """Follows ``breakers.state`` into ``breakers`` (None without a broker or with ``sdk.watch_breakers`` off)."""
    heartbeat_timeout_s: float | None = None
    """Heartbeat timeout of operations that declare none (``sdk.heartbeat_timeout_s``)."""
    lifecycle: LifecycleWatch | None = None
    """Reports ``pending`` and ``running`` of direct calls that outlive ``sdk.lifecycle_after_s``
    (None when it is 0: every call sends all three events)."""


_runtime: Runtime | None = None


class _Process:
    """What a forked child must not share with its parent: the lock (held by a thread that stayed behind?)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inherited: Runtime | None = None
        """In a forked child, the parent's runtime: :func:`runtime` builds the child's own from its settings."""


_process = _Process()


def _after_fork_in_child() -> None:
    """Threads do not survive a fork: the parent's emitter and breaker watcher would leave a child's records queued.

    A pre-forking server (gunicorn ``--preload``, multiprocessing's fork) that configured the
    SDK before forking gets, in each child, a runtime of its own on first use, with the same
    settings and service (and the same emitter when it has no thread, a ``MemoryEmitter``).
    """
    global _runtime
    parent, _runtime = _runtime, None
    _process.lock = threading.Lock()
    if parent is None:
        return
    _process.inherited = parent
    if isinstance(parent.emitter, KafkaEmitter):
        parent.emitter.left_in_parent()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


def stack_bootstrap(data_dir: Path) -> str | None:
    """Return the broker address of a running embedded stack under ``data_dir``, if any."""
    state = data_dir / STACK_STATE_FILE
    try:
        return str(orjson.loads(state.read_bytes())["kafka_bootstrap"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def configure(
    settings: Settings | None = None,
    *,
    emitter: Emitter | None = None,
    service: str | None = None,
) -> Runtime:
    """Build the SDK runtime; replaces (and closes) a previous one.

    Raises:
        ConfigurationError: the service name is longer than an event takes (every event would be quarantined).
    """
    global _runtime
    if settings is None:
        settings = Settings()
        warn_misspelled_variables()  # read from the environment: say what it ignored
    check_name("service", service or settings.sdk.service)
    if emitter is None:
        bootstrap = settings.kafka.bootstrap or stack_bootstrap(settings.data_dir)
        if bootstrap is None:
            logger.warning("no Kafka configured and no embedded stack running: events are spooled to disk")
        name = service or settings.sdk.service
        kind = ConfluentEmitter if settings.sdk.producer == "confluent" else KafkaEmitter
        emitter = kind(
            bootstrap=bootstrap,
            spool_dir=settings.sdk.spool_dir or settings.data_dir / "spool" / name,
            spool_max_bytes=settings.sdk.spool_max_bytes,
            hold_max_bytes=settings.sdk.hold_max_bytes,
            flush_interval_s=settings.sdk.flush_interval_s,
            max_record_bytes=settings.kafka.max_message_bytes,
            linger_s=settings.kafka.linger_s,
        )
    view = BreakerView()
    watcher = None
    breaker_bootstrap = settings.kafka.bootstrap or stack_bootstrap(settings.data_dir)
    if settings.sdk.watch_breakers and breaker_bootstrap is not None:
        watcher = BreakerWatcher(
            view,
            bootstrap=breaker_bootstrap,
            topic=settings.topic(Topics.BREAKERS.name),
            fetch_max_wait_s=settings.kafka.fetch_max_wait_s,
        ).start()
    new = Runtime(
        settings=settings,
        emitter=emitter,
        redactor=build_redactor(settings),
        service=service or settings.sdk.service,
        events_topic=settings.topic(Topics.EVENTS.name),
        commands_topic=settings.topic(Topics.COMMANDS.name),
        limits=EventLimits(
            max_message_chars=settings.sdk.max_message_chars,
            max_traceback_chars=settings.sdk.max_traceback_chars,
            max_event_bytes=settings.kafka.max_message_bytes // 2,
        ),
        breakers=view,
        watcher=watcher,
        heartbeat_timeout_s=settings.sdk.heartbeat_timeout_s,
        lifecycle=LifecycleWatch(settings.sdk.lifecycle_after_s) if settings.sdk.lifecycle_after_s > 0 else None,
    )
    with _process.lock:
        old, _runtime = _runtime, new
    if old is not None and old.emitter is not new.emitter:
        old.emitter.close()
    if old is not None and old.watcher is not None:
        old.watcher.stop()
    if old is not None and old.lifecycle is not None:
        old.lifecycle.close()
    return new


def runtime() -> Runtime:
    """Return the runtime, building it from the environment on first use."""
    current = _runtime
    if current is not None:
        return current
    with _process.lock:
        if _runtime is not None:
            return _runtime
    parent = _process.inherited
    if parent is not None:  # a forked child: the parent's configuration, a runtime of its own
        threaded = isinstance(parent.emitter, KafkaEmitter)
        return configure(parent.settings, service=parent.service, emitter=None if threaded else parent.emitter)
    return configure()


def shutdown(timeout_s: float = 10.0) -> None:
    """Flush and close the runtime's emitter (spooling what cannot be sent)."""
    global _runtime
    with _process.lock:
        current, _runtime = _runtime, None
    if current is not None:
        current.emitter.close(timeout_s)
        if current.watcher is not None:
            current.watcher.stop()
        if current.lifecycle is not None:
            current.lifecycle.close()
