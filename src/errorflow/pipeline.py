"""The pipeline worker: the composition root that wires agents onto the Faust app.

One process runs the ClickHouse sink, the classifier, the recovery agents and,
when asked, the read-only SQL endpoint. The store is owned by one thread, so
chDB (which is in-process) serves writes and queries in order.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import faust
from mode import Service

from errorflow.settings import Settings
from errorflow.streams.app import build_app

__all__ = ["build_pipeline_app"]

logger = logging.getLogger(__name__)


def build_pipeline_app(settings: Settings, *, query_port: int = 0, **app_options: Any) -> faust.App:
    """Build the pipeline's Faust app; nothing connects until the worker starts it."""
    from errorflow.agents.classifier import ClassifierStats, run_classifier
    from errorflow.agents.ingest import IngestStats, run_ingest
    from errorflow.agents.recovery import RecoveryCore, RecoveryStats, run_recovery, store_dead_letter_lookup
    from errorflow.agents.retry_scheduler import RetrySchedulerStats, run_retry_scheduler
    from errorflow.classify import Classifier
    from errorflow.embedded.queryserver import QueryServer
    from errorflow.sinks import migrate, open_store
    from errorflow.streams.kafka import ensure_topics

    app = build_app(settings, role="pipeline", **app_options)
    classifier = Classifier.from_settings(rules_file=settings.rules_file)  # bad rules fail here, at start-up
    ingest_stats = IngestStats()
    classifier_stats = ClassifierStats()
    recovery = RecoveryCore.from_settings(settings, classifier=classifier)  # a bad policies file fails here too
    recovery_stats = RecoveryStats()
    scheduler_stats = RetrySchedulerStats()
    app.errorflow_stats = {  # type: ignore[attr-defined]
        "ingest": ingest_stats,
        "classifier": classifier_stats,
        "recovery": recovery_stats,
        "retry_scheduler": scheduler_stats,
    }

    probes = _PipelineProbes()
    _add_health_service(app, settings, probes)

    @app.service
    class PipelineService(Service):
        """Runs the batch agents and the SQL endpoint inside the Faust worker."""

        async def on_start(self) -> None:
            self._stop = asyncio.Event()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="errorflow-store")
            loop = asyncio.get_running_loop()
            self._store = await loop.run_in_executor(self._executor, open_store, settings)
            await loop.run_in_executor(
                self._executor,
                lambda: migrate(
                    self._store,
                    database=settings.clickhouse.database,
                    retention_days=settings.clickhouse.retention_days,
                ),
            )
            probes.store, probes.executor = self._store, self._executor
            await ensure_topics(settings)
            self._agent_tasks: list[asyncio.Task[Any]] = [
                asyncio.create_task(
                    run_ingest(
                        settings, store=self._store, stop=self._stop, stats=ingest_stats, executor=self._executor
                    ),
                    name="errorflow-ingest",
                ),
                asyncio.create_task(
                    run_classifier(settings, classifier=classifier, stop=self._stop, stats=classifier_stats),
                    name="errorflow-classifier",
                ),
                asyncio.create_task(
                    run_recovery(
                        settings,
                        core=recovery,
                        stop=self._stop,
                        find_dead_letter=store_dead_letter_lookup(
                            self._store, database=settings.clickhouse.database, executor=self._executor
                        ),
                        stats=recovery_stats,
                    ),
                    name="errorflow-recovery",
                ),
                asyncio.create_task(
                    run_retry_scheduler(settings, stop=self._stop, stats=scheduler_stats),
                    name="errorflow-retry-scheduler",
                ),
            ]
            for task in self._agent_tasks:
                task.add_done_callback(_crash_on_failure)
            probes.tasks = self._agent_tasks
            self._query_server = None
            if query_port:
                store = self._store

                async def query(sql: str) -> tuple[list[str], list[list[Any]]]:
                    columns, rows = await loop.run_in_executor(self._executor, store.query_readonly, sql)
                    return columns, [list(row) for row in rows]

                self._query_server = QueryServer(query, port=query_port)
                await self._query_server.start()

        async def on_stop(self) -> None:
            if self._query_server is not None:
                await self._query_server.stop()
            self._stop.set()
            await asyncio.gather(*self._agent_tasks, return_exceptions=True)
            await asyncio.get_running_loop().run_in_executor(self._executor, self._store.close)
            self._executor.shutdown(wait=True)
            logger.info(
                "pipeline stopped: ingest %s, classifier %s, recovery %s, retry scheduler %s",
                ingest_stats,
                classifier_stats,
                recovery_stats,
                scheduler_stats,
            )

    return app


def _crash_on_failure(task: asyncio.Task[Any]) -> None:
    """A batch agent that dies must not leave a worker that looks healthy."""
    if task.cancelled() or task.exception() is None:
        return
    logger.critical("%s failed; stopping the worker", task.get_name(), exc_info=task.exception())
    raise SystemExit(3)


@dataclass(slots=True)
class _PipelineProbes:
    """What the health checks look at, filled in by the pipeline service as it starts."""

    store: Any = None
    executor: ThreadPoolExecutor | None = None
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)


def _add_health_service(app: faust.App, settings: Settings, probes: _PipelineProbes) -> None:
    """Serve /healthz and /readyz (when ``health.port`` is set) and watch for backlogs (always).

    Registered before the pipeline service, so the probes answer (not ready)
    while the store opens and the groups join.
    """
    from errorflow.agents.ingest import default_routes
    from errorflow.health import CheckResult, HealthServer
    from errorflow.streams.groups import GroupProbe, LagSnapshot, run_backlog_watch
    from errorflow.streams.topics import Topics

    prefix = settings.app_id
    own_groups = [f"{prefix}-sink", f"{prefix}-classifier", f"{prefix}-recovery", f"{prefix}-retry-scheduler"]
    # The retry scheduler's lag is retries waiting for their due time, by design: not a backlog.
    targets = {
        f"{prefix}-sink": [route.topic for route in default_routes(settings)],
        f"{prefix}-classifier": [settings.topic(Topics.EVENTS.name)],
        f"{prefix}-recovery": [settings.topic(Topics.ATTEMPTS.name), settings.topic(Topics.EVENTS.name)],
        f"{prefix}-runner": [settings.topic(Topics.COMMANDS.name)],
    }
    snapshot = LagSnapshot()

    async def agents_running() -> CheckResult:
        if not probes.tasks:
            return CheckResult(ok=False, detail="agents not started")
        stopped = [task.get_name() for task in probes.tasks if task.done()]
        return CheckResult(ok=not stopped, detail=f"stopped: {', '.join(stopped)}" if stopped else "all running")

    async def loop_responsive() -> CheckResult:
        # Answering at all proves it: a blocked loop shows as a probe that times out.
        return CheckResult(ok=True, detail="answers")

    async def agents_alive() -> CheckResult:
        stopped = [task.get_name() for task in probes.tasks if task.done()]
        return CheckResult(ok=not stopped, detail=f"stopped: {', '.join(stopped)}" if stopped else "no agent stopped")

    async def store_reachable() -> CheckResult:
        if probes.store is None or probes.executor is None:
            return CheckResult(ok=False, detail="store not open")
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(probes.executor, probes.store.query_value, "SELECT 1")
        return CheckResult(ok=True, detail="answers")

    @app.service
    class PipelineHealth(Service):
        """The probes' HTTP server and the backlog watch."""

        async def on_start(self) -> None:
            self._stop = asyncio.Event()
            self._probe = GroupProbe(settings)
            self._server: HealthServer | None = None
            self._health_tasks: list[asyncio.Task[Any]] = []

            async def groups_joined() -> CheckResult:
                if not self._probe.connected:
                    return CheckResult(ok=False, detail="not connected to Kafka yet")
                missing = await self._probe.joined(own_groups)
                detail = "; ".join(f"{group}: {why}" for group, why in missing.items())
                return CheckResult(ok=not missing, detail=detail or "all joined")

            async def lag_bounded() -> CheckResult:
                bound = settings.health.ready_max_lag
                if snapshot.measured_at is None:
                    return CheckResult(ok=True, detail="not measured yet")
                waiting = snapshot.total(own_groups)
                detail = f"{waiting} records waiting (bound {bound})"
                return CheckResult(ok=not bound or waiting <= bound, detail=detail)

            if settings.health.port is not None:
                self._server = HealthServer(
                    port=settings.health.port,
                    host=settings.health.host,
                    live={"event_loop": loop_responsive, "agents": agents_alive},
                    ready={
                        "store": store_reachable,
                        "agents": agents_running,
                        "consumer_groups": groups_joined,
                        "lag": lag_bounded,
                    },
                    check_timeout_s=settings.health.check_timeout_s,
                )
                await self._server.start()
            watch = asyncio.create_task(self._watch(), name="errorflow-backlog-watch")
            watch.add_done_callback(_log_failure)
            self._health_tasks.append(watch)

        async def _watch(self) -> None:
            # The broker may still be starting: connect with retries, never crash the worker over health.
            while not self._stop.is_set():
                try:
                    await self._probe.start()
                    break
                except Exception as exc:
                    logger.warning("health probe cannot reach Kafka yet: %s", exc)
                    await asyncio.sleep(settings.health.check_timeout_s)
            await run_backlog_watch(settings, probe=self._probe, targets=targets, stop=self._stop, snapshot=snapshot)

        async def on_stop(self) -> None:
            self._stop.set()
            await asyncio.gather(*self._health_tasks, return_exceptions=True)
            if self._server is not None:
                await self._server.stop()
            await self._probe.stop()


def _log_failure(task: asyncio.Task[Any]) -> None:
    """The backlog watch must not stop the pipeline, but its death must be seen."""
    if not task.cancelled() and task.exception() is not None:
        logger.error("%s failed; backlogs are no longer watched", task.get_name(), exc_info=task.exception())
