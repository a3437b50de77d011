"""The pipeline's health: ``/healthz`` and ``/readyz`` checks and the backlog watch, as a Faust service.

Kept apart from :mod:`errorflow.pipeline` so the composition root stays small:
the pipeline service only fills a :class:`PipelineProbes` (store, executor,
agent tasks) as it starts, its batch agents beat into its
:class:`~errorflow.healing.liveness.Heartbeats` once per loop iteration, and
the checks read it. See ``docs/healing.md``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import faust
from mode import Service

from errorflow.healing.liveness import Heartbeats, LivenessPolicy, describe
from errorflow.settings import Settings

__all__ = ["PipelineProbes", "add_pipeline_health"]

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class PipelineProbes:
    """What the health checks look at, filled in by the pipeline service as it starts."""

    store: Any = None
    executor: ThreadPoolExecutor | None = None
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    heartbeats: Heartbeats = field(default_factory=lambda: Heartbeats(time.monotonic))


def add_pipeline_health(
    app: faust.App, settings: Settings, probes: PipelineProbes, *, metrics: Callable[[], str] | None = None
) -> None:
    """Serve /healthz, /readyz and /metrics (when ``health.port`` is set) and watch for backlogs (always).

    ``metrics`` renders ``GET /metrics`` (the sink's :meth:`~errorflow.agents.ingest.IngestStats.prometheus`).

    Registered before the pipeline service, so the probes answer (not ready)
    while the store opens and the groups join.
    """
    from errorflow.agents.ingest import default_routes
    from errorflow.health import CheckResult, HealthServer
    from errorflow.sdk.redact import build_redactor
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
    liveness = LivenessPolicy(
        max_silence_s=settings.health.agent_max_silence_s, startup_grace_s=settings.health.agent_startup_grace_s
    )

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

    async def agents_progressing() -> CheckResult:
        # A task that never ends but never iterates either (stuck in a call, a blocked thread) is not alive.
        heartbeats = probes.heartbeats
        ok, detail = describe(heartbeats.pulses(), now=heartbeats.now(), policy=liveness)
        return CheckResult(ok=ok, detail=detail)

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
                    live={"event_loop": loop_responsive, "agents": agents_alive, "progress": agents_progressing},
                    ready={
                        "store": store_reachable,
                        "agents": agents_running,
                        "consumer_groups": groups_joined,
                        "lag": lag_bounded,
                        # Not ready while stuck: no rollout waits on it, no traffic reaches it. It cannot
                        # keep it from recovering: liveness (the same check) restarts it, readiness never does.
                        "progress": agents_progressing,
                    },
                    check_timeout_s=settings.health.check_timeout_s,
                    scrub=build_redactor(settings).scrub_text,
                    metrics=metrics,
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
