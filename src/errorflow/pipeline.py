"""The pipeline worker: the composition root that wires agents onto the Faust app.

One process runs the ClickHouse sink, the classifier, the recovery agents and,
when asked, the read-only SQL endpoint. The sink's writes run on one thread;
analyst queries run on threads of their own, each on a read-only session of the
store (see :meth:`errorflow.sinks.Store.query_readonly`), so they never make the
sink wait.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from mode import Service

from errorflow.pipeline_health import PipelineProbes, add_pipeline_health
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

    probes = PipelineProbes()
    add_pipeline_health(app, settings, probes)  # before the pipeline service: probes answer while it starts

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
            if settings.recovery.watchdog:  # stuck attempts (issue 14): agents/watchdog.py
                from errorflow.agents.watchdog import WatchdogStats, run_watchdog

                watchdog_stats = app.errorflow_stats["watchdog"] = WatchdogStats()  # type: ignore[attr-defined]
                self._agent_tasks.append(
                    asyncio.create_task(
                        run_watchdog(settings, stop=self._stop, stats=watchdog_stats), name="errorflow-watchdog"
                    )
                )
            for task in self._agent_tasks:
                task.add_done_callback(_crash_on_failure)
            probes.tasks = self._agent_tasks
            self._query_server = None
            self._query_executor: ThreadPoolExecutor | None = None
            if query_port:
                store = self._store
                # Analyst queries never run on the sink's thread: threads of their own (a few, so one
                # slow query does not hold up the next), and the store runs each on a read-only
                # session or client of its own with a time limit, so no query holds up ingest.
                query_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="errorflow-sql")
                self._query_executor = query_executor

                async def query(sql: str) -> tuple[list[str], list[list[Any]]]:
                    columns, rows = await loop.run_in_executor(query_executor, store.query_readonly, sql)
                    return columns, [list(row) for row in rows]

                self._query_server = QueryServer(query, port=query_port)
                await self._query_server.start()

        async def on_stop(self) -> None:
            if self._query_server is not None:
                await self._query_server.stop()
            self._stop.set()
            await asyncio.gather(*self._agent_tasks, return_exceptions=True)
            if self._query_executor is not None:
                # A query still running ends at its time limit; the store closes only after it.
                await asyncio.get_running_loop().run_in_executor(None, self._query_executor.shutdown, True)
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
