"""The pipeline worker: the composition root that wires agents onto the Faust app.

One process runs the ClickHouse sink, the classifier, the recovery agents and,
when asked, the read-only SQL endpoint. The sink's writes run on one thread
(classifications on a second, :class:`~errorflow.agents.ingest.IngestLoop`);
the anomaly agent, the notifier, the recovery agent's lookups and the readiness
probe each call the store on a lane of their own (a thread and a session or
client, :mod:`errorflow.pipeline_lanes`); analyst queries run on threads of
their own, each on a read-only session of the store (see
:meth:`errorflow.sinks.Store.query_readonly`), so none of them makes the sink
wait, nor the sink them. The sink, the classifier, the recovery agent and the retry scheduler
each run on an event loop of their own (:func:`on_own_loop`), the rest on Faust's.

An agent that dies (only cancellation and fatal errors leave an agent: a store
failing past its retries, a broken broker connection) takes the process with
it, deterministically: the death is logged, the other agents get
:data:`AGENT_STOP_GRACE_S` to stop (what they flushed is committed, nothing
else), and the process exits with :data:`AGENT_FAILED_EXIT_CODE` even if that
stop hangs. A supervisor (the embedded stack, systemd, Kubernetes) restarts it,
and the restart re-reads every uncommitted record. A worker that stopped
consuming but stayed alive could not be healed by any supervisor.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import logging
import os
import sys
import threading
import weakref
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import faust
from mode import Service

from errorflow.pipeline_health import PipelineProbes, add_pipeline_health
from errorflow.pipeline_lanes import StoreLanes
from errorflow.pipeline_priority import DetectionPriority
from errorflow.pipeline_store import PreparedStore
from errorflow.settings import Settings
from errorflow.streams.app import build_app

__all__ = ["AGENT_FAILED_EXIT_CODE", "AGENT_STOP_GRACE_S", "build_pipeline_app", "on_own_loop", "tune_interpreter"]

logger = logging.getLogger(__name__)

AGENT_FAILED_EXIT_CODE = 70
"""Exit status of a pipeline process whose agent died (``EX_SOFTWARE``)."""
AGENT_STOP_GRACE_S = 10.0
"""How long the other agents get to stop after one died, before the process exits regardless."""

T = TypeVar("T")


def _name_os_thread(name: str) -> None:
    """Give the calling thread ``name`` (without ``errorflow-``, 15 bytes at most) in the kernel, on Linux.

    ``top -H`` and ``/proc/<pid>/task/*/comm`` then tell the agents' threads apart, which
    ``bench/bench_recovery.py`` reads for each one's CPU time; Python's own thread names stay
    inside the interpreter. Elsewhere, or if the call fails, nothing changes.
    """
    if sys.platform != "linux":
        return
    try:
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_NAME, name.removeprefix("errorflow-").encode()[:15], 0, 0, 0)
    except (OSError, AttributeError):
        pass


_PR_SET_NAME = 15


async def on_own_loop(run: Callable[[asyncio.Event], Coroutine[Any, Any, T]], *, stop: asyncio.Event, name: str) -> T:
    """Run an agent on an event loop and a thread of its own until ``stop`` is set; return what it returns.

    Agents that share the worker's loop wait for each other: while one handles a batch
    (the sink routing thousands of records, the recovery agent deciding them) no other
    runs, so a retry came due and fired that much late, and a failure waited that long
    to be classified. On a thread of its own an agent gets the interpreter every switch
    interval (1 ms in the pipeline process, :func:`tune_interpreter`) instead. ``run``
    gets the stop event of its own loop, set when ``stop`` is; its failure is raised here.
    """
    started: concurrent.futures.Future[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = concurrent.futures.Future()
    done: concurrent.futures.Future[T] = concurrent.futures.Future()

    async def main() -> T:
        inner = asyncio.Event()
        started.set_result((asyncio.get_running_loop(), inner))
        return await run(inner)

    def body() -> None:
        _name_os_thread(name)
        try:
            done.set_result(asyncio.run(main()))
        except BaseException as exc:  # handed to the awaiting task, which raises it on the worker's loop
            done.set_exception(exc)

    def signal(_: object = None) -> None:
        if not done.done():
            inner_loop, inner_stop = started.result()
            try:
                inner_loop.call_soon_threadsafe(inner_stop.set)
            except RuntimeError:  # its loop already closed: the agent is ending anyway
                pass

    threading.Thread(target=body, name=name, daemon=True).start()
    finished: asyncio.Future[Any] = asyncio.wrap_future(done)
    stopping: asyncio.Future[Any] = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({finished, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
        started.add_done_callback(signal)  # at once if its loop runs, else as soon as it does
    result: T = await finished
    return result


def build_pipeline_app(settings: Settings, *, query_port: int = 0, **app_options: Any) -> faust.App:
    """Build the pipeline's Faust app; nothing connects until the worker starts it."""
    from errorflow.agents.breakers import (
        BreakerCore,
        BreakerStats,
        breaker_configs,
        install_breaker_agent,
        run_breaker_feed,
    )
    from errorflow.agents.classifier import ClassifierStats, run_classifier
    from errorflow.agents.ingest import IngestStats, run_ingest
    from errorflow.agents.recovery import RecoveryCore, RecoveryStats, run_recovery, store_dead_letter_lookup
    from errorflow.agents.retry_scheduler import RetrySchedulerStats, run_retry_scheduler
    from errorflow.classify import Classifier
    from errorflow.classify.verdict import VerdictMemo
    from errorflow.embedded.queryserver import QueryServer
    from errorflow.sinks import Store, migrate, open_store
    from errorflow.streams.kafka import ensure_topics

    app = build_app(settings, role="pipeline", **app_options)
    classifier = Classifier.from_settings(rules_file=settings.rules_file)  # bad rules fail here, at start-up
    # The classifier agent runs on a thread of its own (on_own_loop): a classifier of its own, since a
    # classifier's cache is not shared across threads. Same rules, so the same verdict (one verdict per failure).
    agent_classifier = Classifier.from_settings(rules_file=settings.rules_file)
    # One verdict per failure per process: the first of these agents to judge a failure keeps its verdict
    # here and the others take it (classify/verdict.py).
    verdicts = VerdictMemo()
    # Classification goes first under a burst: the recovery agent yields while it is behind.
    priority = DetectionPriority()
    ingest_stats = IngestStats()
    classifier_stats = ClassifierStats()
    # The recovery agent runs on a thread of its own too, with a classifier of its own.
    recovery_classifier = Classifier.from_settings(rules_file=settings.rules_file)
    # A bad policies file fails here, at start-up.
    recovery = RecoveryCore.from_settings(settings, classifier=recovery_classifier, verdicts=verdicts)
    recovery_stats = RecoveryStats()
    scheduler_stats = RetrySchedulerStats()
    app.errorflow_stats = {  # type: ignore[attr-defined]
        "ingest": ingest_stats,
        "classifier": classifier_stats,
        "recovery": recovery_stats,
        "retry_scheduler": scheduler_stats,
    }
    # Circuit breakers: a Faust agent and its changelogged table, fed by an aggregating loop.
    breakers = BreakerCore(breaker_configs(settings))  # a bad [breakers] section fails here, at start-up
    breaker_stats = BreakerStats()
    app.errorflow_stats["breakers"] = breaker_stats  # type: ignore[attr-defined]
    probes = PipelineProbes()
    app.errorflow_breaker_table = install_breaker_agent(  # type: ignore[attr-defined]
        app,
        settings,
        core=breakers,
        stats=breaker_stats,
        work=probes.heartbeats.register_work("errorflow-breakers"),  # a Faust agent: watched by its work
    )

    # Before the pipeline service: probes answer while it starts.
    add_pipeline_health(app, settings, probes, metrics=ingest_stats.prometheus)
    # Anomaly detection (errorflow.anomaly): a bad rules file fails here, at start-up.
    from errorflow.agents.anomaly import AnomalyStats, run_anomaly
    from errorflow.agents.notifier import NotifierStats, run_notifier
    from errorflow.anomaly import RuleSet

    anomaly_rules = RuleSet.from_file(settings.anomaly.rules_file)
    anomaly_stats = AnomalyStats()
    notifier_stats = NotifierStats()
    app.errorflow_stats["anomaly"] = anomaly_stats  # type: ignore[attr-defined]
    app.errorflow_stats["notifier"] = notifier_stats  # type: ignore[attr-defined]

    def prepare_store(stopping: threading.Event) -> Store:
        store = open_store(settings)
        try:
            migrate(
                store,
                database=settings.clickhouse.database,
                retention_days=settings.clickhouse.retention_days,
                packed_part_max_bytes=settings.clickhouse.packed_part_max_bytes,
                stop=stopping,
            )
        except BaseException:
            store.close()
            raise
        return store

    # The store is opened and migrated on its thread from here on, while the worker starts
    # (Faust's own start and group join take seconds, mostly waiting for the broker); the
    # service's start waits for it, and a failure fails the start there, as before. The
    # service closes it when it stops; an app that never gets that far closes it when it
    # ends (the service is created only once the worker joined its group).
    prepared = PreparedStore(prepare_store)
    weakref.finalize(app, prepared.close)

    @app.service
    class PipelineService(Service):
        """Runs the batch agents and the SQL endpoint inside the Faust worker."""

        def __post_init__(self) -> None:
            # What on_stop reads, set before on_start: a start that fails half-way is stopped too.
            self._stop = asyncio.Event()
            self._agent_tasks: list[asyncio.Task[Any]] = []
            self._lanes: StoreLanes | None = None
            self._query_server: QueryServer | None = None
            self._query_executor: ThreadPoolExecutor | None = None
            self._dying = False

        async def on_start(self) -> None:
            self._executor = prepared.executor
            loop = asyncio.get_running_loop()
            self._store = await prepared.get()
            # The store's other users each get a lane: a long call of one holds up neither the sink nor the others.
            self._lanes = lanes = await loop.run_in_executor(
                self._executor,
                lambda: StoreLanes.open(
                    self._store,
                    self._executor,
                    ["probes", "recovery"]
                    + (["anomaly"] if settings.anomaly.enabled else [])
                    + (["notifier"] if settings.anomaly.notify else []),
                ),
            )
            probes.store, probes.executor = lanes["probes"].store, lanes["probes"].executor
            await ensure_topics(settings)
            # Each batch agent beats once per loop iteration; /healthz names one silent too long.
            beat = probes.heartbeats.register
            find_dead_letter = store_dead_letter_lookup(
                lanes["recovery"].store,
                database=settings.clickhouse.database,
                executor=lanes["recovery"].executor,
                settings=settings,
            )
            self._agent_tasks = [
                asyncio.create_task(
                    on_own_loop(
                        lambda stop: run_ingest(
                            settings,
                            store=self._store,
                            stop=stop,
                            stats=ingest_stats,
                            executor=self._executor,
                            beat=beat("errorflow-ingest"),
                            store_beat=probes.heartbeats.register_as_of("errorflow-sink-flush"),
                        ),
                        stop=self._stop,
                        name="errorflow-ingest",
                    ),
                    name="errorflow-ingest",
                ),
                asyncio.create_task(
                    on_own_loop(
                        lambda stop: run_classifier(
                            settings,
                            classifier=agent_classifier,
                            stop=stop,
                            stats=classifier_stats,
                            verdicts=verdicts,
                            priority=priority,
                            beat=beat("errorflow-classifier"),
                        ),
                        stop=self._stop,
                        name="errorflow-classifier",
                    ),
                    name="errorflow-classifier",
                ),
                asyncio.create_task(
                    on_own_loop(
                        lambda stop: run_recovery(
                            settings,
                            core=recovery,
                            stop=stop,
                            find_dead_letter=find_dead_letter,
                            stats=recovery_stats,
                            priority=priority,
                            beat=beat("errorflow-recovery"),
                        ),
                        stop=self._stop,
                        name="errorflow-recovery",
                    ),
                    name="errorflow-recovery",
                ),
                asyncio.create_task(
                    on_own_loop(
                        lambda stop: run_retry_scheduler(
                            settings, stop=stop, stats=scheduler_stats, beat=beat("errorflow-retry-scheduler")
                        ),
                        stop=self._stop,
                        name="errorflow-retry-scheduler",
                    ),
                    name="errorflow-retry-scheduler",
                ),
            ]
            self._agent_tasks.append(
                asyncio.create_task(
                    run_breaker_feed(
                        settings,
                        configs=breakers.configs,
                        stop=self._stop,
                        stats=breaker_stats,
                        beat=beat("errorflow-breaker-feed"),
                    ),
                    name="errorflow-breaker-feed",
                )
            )
            if settings.anomaly.enabled:
                self._agent_tasks.append(
                    asyncio.create_task(
                        run_anomaly(
                            settings,
                            store=lanes["anomaly"].store,
                            executor=lanes["anomaly"].executor,
                            classifier=classifier,
                            rules=anomaly_rules,
                            stop=self._stop,
                            stats=anomaly_stats,
                            verdicts=verdicts,
                            beat=beat("errorflow-anomaly"),
                        ),
                        name="errorflow-anomaly",
                    )
                )
            if settings.anomaly.notify:
                self._agent_tasks.append(
                    asyncio.create_task(
                        run_notifier(
                            settings,
                            routes=anomaly_rules.notify,
                            store=lanes["notifier"].store,
                            executor=lanes["notifier"].executor,
                            stop=self._stop,
                            stats=notifier_stats,
                            beat=beat("errorflow-notifier"),
                        ),
                        name="errorflow-notifier",
                    )
                )
            if settings.recovery.watchdog:  # stuck attempts (issue 14): agents/watchdog.py
                from errorflow.agents.watchdog import WatchdogStats, run_watchdog

                watchdog_stats = app.errorflow_stats["watchdog"] = WatchdogStats()  # type: ignore[attr-defined]
                self._agent_tasks.append(
                    asyncio.create_task(
                        run_watchdog(settings, stop=self._stop, stats=watchdog_stats, beat=beat("errorflow-watchdog")),
                        name="errorflow-watchdog",
                    )
                )
            for task in self._agent_tasks:
                task.add_done_callback(self._on_agent_done)
            probes.tasks = self._agent_tasks
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

        def _on_agent_done(self, task: asyncio.Task[Any]) -> None:
            """An agent that ends while the worker runs is dead: stop the rest and exit non-zero."""
            if self._stop.is_set() or self._dying:
                return
            failure = None if task.cancelled() else task.exception()
            logger.critical(
                "agent %s %s; the pipeline process exits with status %d",
                task.get_name(),
                "was cancelled" if task.cancelled() else ("failed" if failure else "ended"),
                AGENT_FAILED_EXIT_CODE,
                exc_info=failure,
            )
            self._dying = True
            _exit_later(AGENT_FAILED_EXIT_CODE, after_s=AGENT_STOP_GRACE_S)  # even if the stop below hangs
            asyncio.get_running_loop().create_task(self._stop_then_exit(), name="errorflow-agent-died")

        async def _stop_then_exit(self) -> None:
            """Best effort: let the other agents stop (committing what they stored), then exit."""
            self._stop.set()
            others = [task for task in self._agent_tasks if not task.done()]
            if others:
                await asyncio.wait(others, timeout=AGENT_STOP_GRACE_S / 2)
            _exit_now(AGENT_FAILED_EXIT_CODE)

        async def on_stop(self) -> None:
            if self._query_server is not None:
                await self._query_server.stop()
            self._stop.set()
            await asyncio.gather(*self._agent_tasks, return_exceptions=True)
            if self._query_executor is not None:
                # A query still running ends at its time limit; the store closes only after it.
                await asyncio.get_running_loop().run_in_executor(None, self._query_executor.shutdown, True)
            if self._lanes is not None:
                await asyncio.get_running_loop().run_in_executor(None, self._lanes.close)
            # After every user of the store stopped (also when the start failed half-way).
            await asyncio.get_running_loop().run_in_executor(None, prepared.close)
            logger.info(
                "pipeline stopped: ingest %s, classifier %s, recovery %s, retry scheduler %s; "
                "%d waits for the classifier to catch up",
                ingest_stats,
                classifier_stats,
                recovery_stats,
                scheduler_stats,
                priority.yields,
            )

    return app


def _exit_now(code: int) -> None:
    """Leave the process at once with ``code``, after flushing what was logged."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _exit_later(code: int, *, after_s: float) -> None:
    """Exit with ``code`` after ``after_s`` seconds from a daemon thread, whatever the event loop does."""
    timer = threading.Timer(after_s, _exit_now, args=(code,))
    timer.daemon = True
    timer.start()


def tune_interpreter() -> None:
    """Make the pipeline process's threads share the interpreter well; process-wide, so only its entry calls it.

    The sink's consuming thread runs Python nearly all the time while its flush
    thread mostly waits in the store (which does not hold the GIL). Every time the
    flush thread comes back from a query or a write it needs the GIL, and by default
    it waits up to 5 ms for the consuming thread to give it up: with a few such
    returns per block that idled the store for a tenth of ingest time. A 1 ms switch
    interval bounds that wait.

    The loop also allocates a few objects per record (aiokafka records, decoded
    events) that die within the batch, while the buffers hold up to
    ``buffer_max_rows`` live rows. With the default thresholds the cyclic collector
    runs a generation-0 pass every 700 allocations and a full pass over everything
    alive every few hundred of those, which measured as a quarter of ingest time.
    Freezing what start-up created and collecting young objects less often removes
    that; memory stays bounded because reference counting still frees everything
    acyclic at once.
    """
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    gc.freeze()
    threshold, *older = gc.get_threshold()
    gc.set_threshold(max(threshold, 50_000), *older)
