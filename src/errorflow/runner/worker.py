"""The function runner's Faust worker: consume run commands, execute, emit events.

Attempts are recorded in a changelogged Faust table keyed by the attempt's
idempotency key (``root_run_id:attempt``): ``started:<worker>`` when the attempt
starts, then its final status, written before the command is committed and
awaited until the broker has it (:class:`~errorflow.streams.confirmed.AckedTable`):
Faust would drop a changelog record the broker did not acknowledge, and a
restarted runner would run the attempt again. A ``compensate`` command is recorded per saga step
(:func:`~errorflow.runner.saga.compensate_once`): a second command of the same
attempt runs only the steps no command of the run settled. A command for a key already in the table is a
duplicate (a command redelivered after a crash, or a retry the scheduler fired
again after a restart) and is skipped, so an attempt runs once.

The one exception is deliberate (at-least-once): a key marked ``started`` by
*another* worker incarnation, whose attempt never finished, runs again. That
worker died mid-attempt, its outcome was never published, and skipping the
command would leave the run without a terminal state. Operations get the
idempotency key to make such a repeat harmless downstream.

An attempt the pipeline's watchdog watches (it has a heartbeat timeout, the
default) is *not* run again: the runner hands it to the watchdog with one
``heartbeat`` event (:func:`~errorflow.runner.core.report_orphaned`), so the
watchdog knows it even if the dead worker's events never left it, finds it
silent one heartbeat timeout later, records it ``timed_out``, and recovery
retries it as the next attempt. Running it here as well would race that retry
and could run the work twice, possibly after the retry had succeeded.

A retry of an attempt that succeeded is not run (:func:`retry_verdict`): the watchdog may time
out an attempt that was slow, not dead, and recovery retries it while it still runs; the retry
waits for that attempt when it runs in this runner, and its entry becomes ``superseded`` when
the attempt succeeded, so the work runs once and the run ends with its success.

After each attempt the runner publishes an :class:`~errorflow.schemas.AttemptOutcome`
(command + final event + the operation's retry policy) on ``taskruns.attempts``
and waits until the emitter has delivered it before recording the attempt as
completed and moving on, so the command's offset is committed only after the
outcome is acknowledged (or durably spooled). It waits for the emitter's mark
taken after the command's own records, not for the emitter to be empty; a mark
not reached in time keeps the command unacknowledged until it is
(:mod:`errorflow.runner.delivery`), and the runner goes on with other commands.

Each actor marks the command it handles in a work slot
(:class:`~errorflow.healing.liveness.WorkSlot`): ``/healthz`` fails with check
``progress`` when one command has been in hand longer than
``agent_max_silence_s`` (an idle runner waits for commands and is not silent).
The operation itself is allowed its own time limit on top (``timeout_s`` or the
command's deadline); an operation without one is not judged while it runs,
since the watchdog times out its attempt by heartbeat.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import math
import time
from collections.abc import Awaitable, Iterable, Mapping
from datetime import datetime
from functools import partial
from typing import Any

import faust
from faust.types import StreamT

from errorflow.breakers import BreakerConfigSet
from errorflow.errors import CircuitOpenError, ConfigurationError, MalformedEventError, RecordRefusedError
from errorflow.healing.liveness import Heartbeats, LivenessPolicy, WorkSlot, describe
from errorflow.runner.core import (
    attempt_time_limit_s,
    deferred_command,
    execute_attempt,
    fit_outcome,
    hold_until_due,
    report_orphaned,
    watched,
)
from errorflow.runner.delivery import Delivery, DeliveryPending
from errorflow.runner.saga import compensate_once, execute_compensation, replay_outcome
from errorflow.schemas.attempts import RecordPosition
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunStatus, utc_now
from errorflow.schemas.ids import new_id
from errorflow.schemas.quarantine import OUTCOME_TOO_LARGE, REFUSED_BY_KAFKA, QuarantineRecord, quarantine_key
from errorflow.schemas.recovery import RecoveryActionEvent, dead_letter_headers
from errorflow.sdk.registry import REGISTRY, OperationRegistry
from errorflow.sdk.runtime import Runtime, configure
from errorflow.settings import Settings
from errorflow.streams.app import build_app
from errorflow.streams.confirmed import AckedTable, until_acknowledged
from errorflow.streams.topics import Topics

__all__ = ["attempt_verdict", "build_runner_app", "deferral_records", "import_operations", "retry_verdict"]

logger = logging.getLogger(__name__)

DEFERRED = "deferred"
"""Table value of an attempt an open breaker deferred: not run, so a later copy of its command runs."""
SUPERSEDED = "superseded"
"""Table value of a retry not run because the attempt it retries succeeded after all (:func:`retry_verdict`)."""


def import_operations(modules: Iterable[str]) -> list[str]:
    """Import the modules that register operations; return the names registered.

    Raises:
        ConfigurationError: a module cannot be imported.
    """
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ConfigurationError(f"cannot import operations module {module!r}: {exc}") from exc
    return sorted(spec.name for spec in REGISTRY)


def attempt_verdict(seen: str, *, incarnation: str, watched: bool) -> str:
    """What to do with a command whose attempt key holds ``seen`` in the completed-attempts table.

    ``first_run`` (nothing recorded); for an attempt a dead worker started,
    ``left_to_watchdog`` when the watchdog watches it, else ``rerun_unfinished``;
    ``skipped_duplicates`` (finished, or started by this worker).
    """
    if not seen:
        return "first_run"
    if seen.startswith("started:") and seen != incarnation:
        return "left_to_watchdog" if watched else "rerun_unfinished"
    return "skipped_duplicates"


def retry_verdict(command: RunCommand, previous: str, *, incarnation: str) -> str:
    """What to do with a retry whose previous attempt holds ``previous`` in the completed-attempts table.

    The watchdog times out an attempt it lost sight of, which may be slow rather than dead (its beats
    or its result reached the pipeline late: a network cut between the runner and the broker, a spool
    draining). Its success is a fact, the ``timed_out`` an inference: the run succeeded, and its retry
    must not run the work a second time. ``superseded`` when the previous attempt succeeded;
    ``wait`` while it still runs in this very runner (the usual case: the retry comes within a
    second, the slow attempt ends later), then ask again; ``run`` otherwise (it failed, or ran
    elsewhere and its end is not known here: at least once, as before).
    """
    if command.reason != "retry" or command.attempt <= 1:
        return "run"
    if previous == incarnation:
        return "wait"
    return SUPERSEDED if previous == TaskRunStatus.SUCCESS.value else "run"


def _leave_to_watchdog(command: RunCommand, seen: str, *, registry: OperationRegistry, rt: Runtime) -> None:
    """An attempt a stopped worker was running: report it (a heartbeat) so the watchdog times it out."""
    logger.warning(
        "attempt %s was running in a worker that stopped; the watchdog times it out", command.idempotency_key
    )
    report_orphaned(command, registry=registry, rt=rt, worker=seen)


def _position(message: Any, group: str) -> RecordPosition:
    """Where the command came from, for the attempt outcome that answers it."""
    return RecordPosition(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        timestamp_ms=int((message.timestamp or 0) * 1000),
        consumer_group=group,
    )


def _quarantined(message: Any, key: bytes | None, raw: bytes, exc: MalformedEventError) -> bytes:
    """The encoded quarantine record of a command that could not be decoded (logged)."""
    logger.warning(
        "quarantining malformed command at %s[%s]@%s: %s", message.topic, message.partition, message.offset, exc
    )
    return _quarantine_record(message, key, raw, reason=exc.reason, detail=exc.detail)


def _refused(message: Any, exc: RecordRefusedError) -> bytes:
    """The encoded quarantine record of a command whose outcome Kafka refused for good."""
    return _quarantine_record(message, message.key, message.value, reason=REFUSED_BY_KAFKA, detail=str(exc))


def _quarantine_record(message: Any, key: bytes | None, raw: bytes, *, reason: str, detail: str) -> bytes:
    record = QuarantineRecord.for_record(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=key,
        raw=raw,
        detected_by="runner",
        reason=reason,
        detail=detail,
    )
    return encode(record)


async def _attempt(
    command: RunCommand,
    message: Any,
    *,
    registry: OperationRegistry,
    rt: Runtime,
    defer: _Deferrer,
    group: str,
    settings: Settings,
    slot: WorkSlot,
) -> str:
    """Run one attempt and emit its outcome; return what the completed-attempts table keeps for it.

    That is its final status, or ``DEFERRED`` when an open breaker sent a retry or
    replay back to wait (no attempt used up). The caller confirms the records are
    durable before it records that. ``slot`` allows the operation its own time
    limit, then counts the runner's own work (publishing the outcome) from when it returned.
    """
    limit_s = attempt_time_limit_s(command, registry=registry)
    slot.busy(allowance_s=math.inf if limit_s is None else limit_s)
    result = await execute_attempt(command, registry=registry, rt=rt, defer=command.reason in ("retry", "replay"))
    slot.busy()
    if result.deferred is not None:
        if defer(command, result.deferred):
            return DEFERRED
        slot.busy(allowance_s=math.inf if limit_s is None else limit_s)  # rejected now, or run if it has closed
        result = await execute_attempt(command, registry=registry, rt=rt)
        slot.busy()
    outcome = result.outcome(command, source=_position(message, group))
    if outcome is not None:
        limit = settings.kafka.max_message_bytes - len(outcome.key)
        outcome, value, dropped = fit_outcome(outcome, max_bytes=limit)
        if dropped or len(value) > limit:
            _outcome_cut(rt, settings, message, command, size=len(value), limit=limit, dropped=dropped)
        rt.emitter.emit(settings.topic(Topics.ATTEMPTS.name), outcome.key, value)
    return result.status.value


def _outcome_cut(
    rt: Runtime, settings: Settings, message: Any, command: RunCommand, *, size: int, limit: int, dropped: int
) -> None:
    """Say loudly, with one quarantine record at the command's place, what an attempt's outcome had to leave out."""
    what = (
        f"{dropped} compensation step(s) left out of it: they are never undone; undo them by hand"
        if size <= limit
        else f"it is still {size} bytes, over the {limit}-byte limit: it is set aside and the attempt is not "
        "recovered; replay the run"
    )
    detail = f"the outcome of attempt {command.idempotency_key} was too large for a Kafka record: {what}"
    logger.error("%s", detail)
    rt.emitter.emit(
        settings.topic(Topics.QUARANTINE.name),
        quarantine_key(message.key),
        _quarantine_record(message, message.key, message.value, reason=OUTCOME_TOO_LARGE, detail=detail),
    )


def build_runner_app(
    settings: Settings, *, registry: OperationRegistry = REGISTRY, concurrency: int = 16, **app_options: Any
) -> faust.App:
    """Build the runner's Faust app for the operations in ``registry``.

    At most ``concurrency`` commands execute at once (operations and compensations). The agent has
    twice as many actors: a retry handed over ahead of its due time waits for it in an actor of its
    own, not in one of the ``concurrency`` slots, so retries held at once do not hold back commands
    that are due now, and an actor waiting for a slot has the command in hand when one frees.
    """
    app = build_app(settings, role="runner", **app_options)
    rt = configure(settings, service=settings.sdk.service)
    commands = app.topic(settings.topic(Topics.COMMANDS.name), key_serializer="raw", value_serializer="raw")
    # Entries awaited until the broker has them (Faust would send them in the background and drop them on a
    # failure while committing the command): lost, a restarted runner would run the attempt again.
    completed = AckedTable.declare(app, "completed-attempts", default=str, partitions=settings.kafka.partitions)
    incarnation = f"started:{new_id()}"
    group = app.conf.id
    stats = {
        "executed": 0,
        "first_run": 0,
        "skipped_duplicates": 0,
        "rerun_unfinished": 0,
        "left_to_watchdog": 0,
        "quarantined": 0,
        "deferred": 0,
        "compensations": 0,
        "held_undelivered": 0,
        "superseded": 0,
    }
    defer = _Deferrer(settings, rt)
    compensate = _Compensator(app, settings, rt, group=group)
    delivery = Delivery(rt.emitter, timeout_s=settings.kafka.request_timeout_s)
    heartbeats = Heartbeats(time.monotonic)
    work = heartbeats.register_work(RUNNER_AGENT)

    handle = _CommandHandler(
        settings,
        registry=registry,
        rt=rt,
        completed=completed,
        incarnation=incarnation,
        compensate=compensate,
        defer=defer,
        delivery=delivery,
        group=group,
        stats=stats,
        executions=asyncio.Semaphore(concurrency),
    )

    @app.agent(commands, concurrency=2 * concurrency)
    async def run_commands(stream: StreamT[Any]) -> None:
        slot = work.slot()  # one per actor: each handles one command at a time
        async for event in stream.events():
            slot.busy()
            try:
                await handle(event, slot)
            finally:
                slot.idle()

    app.errorflow_stats = stats  # type: ignore[attr-defined]
    app.errorflow_delivery = delivery  # type: ignore[attr-defined]
    if settings.health.port is not None:
        _add_health_service(
            app, settings, group=group, commands_topic=settings.topic(Topics.COMMANDS.name), heartbeats=heartbeats
        )
    return app


RUNNER_AGENT = "errorflow-runner"
"""The name the runner's consume loop has in the ``progress`` check."""


def _add_health_service(
    app: faust.App, settings: Settings, *, group: str, commands_topic: str, heartbeats: Heartbeats
) -> None:
    """Serve /healthz (the loop answers, no command stuck) and /readyz (the same, group joined, lag bounded)."""
    from mode import Service

    from errorflow.health import CheckResult, HealthServer
    from errorflow.sdk.redact import build_redactor
    from errorflow.streams.groups import GroupProbe

    probe = GroupProbe(settings)
    liveness = LivenessPolicy(
        max_silence_s=settings.health.agent_max_silence_s, startup_grace_s=settings.health.agent_startup_grace_s
    )

    async def loop_responsive() -> CheckResult:
        # Answering at all proves it: a blocked loop shows as a probe that times out.
        return CheckResult(ok=True, detail="answers")

    async def progressing() -> CheckResult:
        # An actor awaiting for ever (a flush that never returns, an operation past its own limit) is not alive.
        ok, detail = describe(heartbeats.pulses(), now=heartbeats.now(), policy=liveness)
        return CheckResult(ok=ok, detail=detail)

    async def group_joined() -> CheckResult:
        await probe.start()
        missing = await probe.joined([group])
        return CheckResult(ok=not missing, detail=missing.get(group, "joined"))

    async def lag_bounded() -> CheckResult:
        await probe.start()
        bound = settings.health.ready_max_lag
        waiting = (await probe.lag(group, [commands_topic]))[commands_topic].lag
        return CheckResult(ok=not bound or waiting <= bound, detail=f"{waiting} commands waiting (bound {bound})")

    class RunnerHealth(Service):
        """The probes' HTTP server, up before the runner joins its group."""

        async def on_start(self) -> None:
            self._server = HealthServer(
                port=settings.health.port or 0,
                host=settings.health.host,
                live={"event_loop": loop_responsive, "progress": progressing},
                ready={"consumer_group": group_joined, "lag": lag_bounded, "progress": progressing},
                check_timeout_s=settings.health.check_timeout_s,
                scrub=build_redactor(settings).scrub_text,
            )
            await self._server.start()

        async def on_stop(self) -> None:
            await self._server.stop()
            await probe.stop()

    # A dependency starts with the app, before its first rebalance; an @app.service would start only
    # after table recovery, that is after the group joined, and /readyz could never say "not joined yet".
    app.add_dependency(RunnerHealth())


class _CommandHandler:
    """Handles one run command: decode (or quarantine), deduplicate, run or compensate, record."""

    def __init__(
        self,
        settings: Settings,
        *,
        registry: OperationRegistry,
        rt: Runtime,
        completed: Any,
        incarnation: str,
        compensate: _Compensator,
        defer: _Deferrer,
        delivery: Delivery,
        group: str,
        stats: dict[str, int],
        executions: asyncio.Semaphore,
    ) -> None:
        self.settings = settings
        self.executions = executions
        """The execution slots: held while an operation or a compensation runs, not while a command waits."""
        self.registry = registry
        self.rt = rt
        self.quarantine_topic = settings.topic(Topics.QUARANTINE.name)
        self.completed = completed
        self.incarnation = incarnation
        self.compensate = compensate
        self.defer = defer
        self.delivery = delivery
        self.group = group
        self.stats = stats
        self.timeout_s = settings.kafka.request_timeout_s
        self.running: dict[str, asyncio.Event] = {}
        """Attempts this runner runs now, by idempotency key: set once each is recorded (:meth:`_superseded`)."""

    async def __call__(self, event: Any, slot: WorkSlot) -> None:
        """Handle ``event``; ``slot`` is the actor's work slot (see the module's docstring).

        A command whose records are not durable in time is held, unacknowledged, until they are.
        """
        try:
            await self._handle(event, slot)
        except DeliveryPending as pending:
            self.stats["held_undelivered"] += 1
            self.delivery.hold(event, pending, self.settle)

    async def _handle(self, event: Any, slot: WorkSlot) -> None:
        raw = event.value
        message = event.message
        try:
            command = decode(raw, RunCommand, max_bytes=self.settings.kafka.max_message_bytes)
        except MalformedEventError as exc:
            self.stats["quarantined"] += 1
            # The quarantine record is the command's only trace: sent as its outcomes are, the command is
            # acknowledged once the record is durable (held unacknowledged until then).
            self.rt.emitter.emit(
                self.quarantine_topic, quarantine_key(event.key), _quarantined(message, event.key, raw, exc)
            )
            await self.delivery.confirm("")
            return
        held = self.delivery.pending(command.idempotency_key)
        if held is not None:  # a copy of a command held until its records are durable: held with it
            raise held
        if command.reason == "compensate":
            # Compensation steps are the operation's code, with no time limit of their own: not judged.
            slot.busy(allowance_s=math.inf)
        if command.reason == "compensate" and command.compensations:
            # Deduplicated per step, not per command: a second command of the attempt may name new steps.
            action = await compensate_once(
                command,
                table=self.completed,
                incarnation=self.incarnation,
                run=partial(self._compensate_delivered, message=message, slot=slot),
                settle=self.settle,
            )
            self.stats["skipped_duplicates" if action is None else "compensations"] += 1
            return
        key = command.idempotency_key
        seen = recorded = self.completed[key]
        if seen == DEFERRED:  # an open breaker deferred this attempt; it comes back to run now
            seen = ""
        verdict = attempt_verdict(
            seen, incarnation=self.incarnation, watched=watched(command, registry=self.registry, rt=self.rt)
        )
        self.stats[verdict] += 1
        if verdict == "left_to_watchdog":
            _leave_to_watchdog(command, seen, registry=self.registry, rt=self.rt)
            await self.delivery.confirm("")  # no table entry: only the heartbeat must be durable
            return
        if verdict == "skipped_duplicates":
            logger.info("skipping attempt %s: already %s", key, seen)
            return
        if verdict == "rerun_unfinished":
            logger.warning("attempt %s started in a worker that stopped before it finished; running it again", key)
        if command.reason == "compensate":
            self.completed[key] = self.incarnation
            self.stats["compensations"] += 1
            await self.settle({key: await self._compensate_delivered(command, message, slot)})
            return
        if not await self._superseded(command, slot):
            await self._run(command, message, slot, recorded=recorded)

    async def _run(self, command: RunCommand, message: Any, slot: WorkSlot, *, recorded: str) -> None:
        """Run the attempt when it is due, unless a copy of its command (``recorded`` before) started it meanwhile."""
        key = command.idempotency_key
        # The retry scheduler hands retries over ahead of their due time: start each when due. Marked started
        # only then: a runner stopped during the hold had not started the attempt, and the next one runs it.
        await hold_until_due(command, lead_s=self.settings.recovery.dispatch_lead_s)
        if self.completed[key] != recorded:  # a copy of the command, held beside it, started it meanwhile
            self.stats["skipped_duplicates"] += 1
            logger.info("skipping attempt %s: %s while this copy waited", key, self.completed[key])
            return
        self.completed[key] = self.incarnation
        ended = self.running[key] = asyncio.Event()
        try:
            slot.idle()  # waiting for an execution slot is not work in hand: the progress check leaves it alone
            async with self.executions:
                status = await _attempt(
                    command,
                    message,
                    registry=self.registry,
                    rt=self.rt,
                    defer=self.defer,
                    group=self.group,
                    settings=self.settings,
                    slot=slot,
                )
            self.stats["deferred" if status == DEFERRED else "executed"] += 1
            # The outcome must be delivered (or spooled to disk) before the attempt counts as completed.
            await self.settle({key: await self.delivery.confirm(status, key)})
        finally:
            # Set on every way out: a retry waiting for this attempt reads the table again (still started by
            # this runner when its records were held: it waits again, for the held command's task).
            ended.set()
            if self.running.get(key) is ended:
                del self.running[key]

    async def _superseded(self, command: RunCommand, slot: WorkSlot) -> bool:
        """True when ``command`` retries an attempt that succeeded after the watchdog timed it out: not run.

        A retry of an attempt this runner still runs waits for it first (idle: not work in hand), so the
        work runs once when it succeeds. The retry's table entry is then ``superseded``: a copy of it skips.
        """
        previous = f"{command.root_run_id}:{command.attempt - 1}"
        verdict = retry_verdict(command, self.completed[previous], incarnation=self.incarnation)
        while verdict == "wait":
            slot.idle()
            ended = self.running.get(previous)
            if ended is None:  # held until its records are durable: its task ends it
                await asyncio.sleep(0.1)
            else:
                await ended.wait()
            verdict = retry_verdict(command, self.completed[previous], incarnation=self.incarnation)
        slot.busy()
        if verdict != SUPERSEDED:
            return False
        self.stats["superseded"] += 1
        logger.warning(
            "not running attempt %s: attempt %s succeeded after the watchdog had timed it out; the run succeeded",
            command.idempotency_key,
            previous,
        )
        await self.settle({command.idempotency_key: SUPERSEDED})
        return True

    async def settle(self, entries: Mapping[str, str]) -> None:
        """Write completed-attempts entries; return once the broker has them, the command committed after.

        A failed try is sent again while the command waits (its actor busy: ``/healthz`` acts);
        an entry refused for good has nothing to take its place, so it is held too, loudly.
        """
        what = f"the completed-attempts entries {', '.join(entries)}"
        await until_acknowledged(
            self.completed.write_all(entries), timeout_s=self.timeout_s, what=what, hold_refused=True
        )

    async def _compensate_delivered(self, command: RunCommand, message: Any, slot: WorkSlot) -> str:
        """Run a compensation; return its action's name once its records are durable (else DeliveryPending)."""
        async with self.executions:
            action = await self.compensate(command, message, slot)
        return await self.delivery.confirm(action, command.idempotency_key)


class _Compensator:
    """Runs ``compensate`` commands: the steps in reverse, then their action (and dead letter), delivered."""

    def __init__(self, app: faust.App, settings: Settings, rt: Runtime, *, group: str) -> None:
        self.rt = rt
        self.group = group
        self.dlq = app.topic(settings.topic(Topics.DLQ.name), key_serializer="raw", value_serializer="raw")
        self.recovery_topic = settings.topic(Topics.RECOVERY.name)
        self.attempts_topic = settings.topic(Topics.ATTEMPTS.name)
        self.quarantine_topic = settings.topic(Topics.QUARANTINE.name)
        self.header_max_bytes = settings.recovery.dlq_header_max_bytes
        self.timeout_s = settings.kafka.request_timeout_s

    async def __call__(self, command: RunCommand, message: Any, slot: WorkSlot) -> str:
        """Run the steps; publish the outcome (the dead letter delivered, the rest emitted); return the action.

        A dead letter Kafka refuses for good (larger than the broker takes) would be sent for ever, the
        command never settled: the command is quarantined instead (``refused_by_kafka``, the error in its
        detail), by the emitter as the runner's other records, and its action, emitted all the same, says
        the compensation failed. ``slot``: the steps ran without a limit, the publishing is the runner's work.
        """
        action, letter = await execute_compensation(command, rt=self.rt)
        slot.busy()
        self.rt.emitter.emit(self.recovery_topic, action.key, encode(action))
        if letter is not None:
            headers = dead_letter_headers(
                letter,
                original_topic=message.topic,
                partition=message.partition,
                offset=message.offset,
                timestamp_ms=int((message.timestamp or 0) * 1000),
                consumer_group=self.group,
                max_text_bytes=self.header_max_bytes,
            )
            value = encode(letter)

            async def send() -> list[Awaitable[Any]]:
                return [await self.dlq.send(key=letter.key, value=value, headers=headers)]

            # Sent until Kafka acknowledges it: a failure raised here would have Faust acknowledge the command
            # (an exception out of an agent does), and the dead letter, the saga's only way back, would be lost.
            what = f"the dead letter of {command.idempotency_key}"
            try:
                await until_acknowledged(send, timeout_s=self.timeout_s, what=what)
            except RecordRefusedError as exc:
                logger.error("quarantining compensation command %s: %s", command.idempotency_key, exc)
                self.rt.emitter.emit(self.quarantine_topic, quarantine_key(message.key), _refused(message, exc))
        if command.replayed_from is not None:  # the recovery agent writes the outcome back to the dead letter
            outcome = replay_outcome(command, action, letter, service=self.rt.service)
            self.rt.emitter.emit(self.attempts_topic, outcome.key, encode(outcome))
        logger.info("compensation of %s: %s", command.idempotency_key, action.action)
        return str(action.action)


class _Deferrer:
    """Hands retries and replays an open breaker deferred back to the retry scheduler."""

    def __init__(self, settings: Settings, rt: Runtime) -> None:
        path = settings.recovery.policies_file
        self.configs = BreakerConfigSet.from_toml(path) if path is not None else BreakerConfigSet()
        self.rt = rt
        self.retry_topic = settings.topic(Topics.RETRY.name)
        self.recovery_topic = settings.topic(Topics.RECOVERY.name)
        self.max_record_bytes = settings.kafka.max_message_bytes

    def __call__(self, command: RunCommand, exc: CircuitOpenError) -> bool:
        """Emit the deferred command and its action (the caller confirms they are durable); False if it cannot.

        The deferred command is a few bytes larger than the command (its due time, one
        more deferral). A command that close to the record size limit cannot come back
        later: the emitter would set the deferred one aside as too large, and the run
        would wait for ever with no terminal state. It is not deferred then; the caller
        records the attempt as rejected by the open breaker, as it does a first attempt,
        and recovery decides what follows.
        """
        spread_s = self.configs.config_for(exc.dependency).release_spread_s
        later, action = deferral_records(command, exc, service=self.rt.service, spread_s=spread_s, now=utc_now())
        value = encode(later)
        if len(value) + len(later.key) > self.max_record_bytes:
            logger.warning(
                "%s of %s is not deferred: the deferred command would be %d bytes, over the %d-byte record limit; "
                "the attempt is recorded as rejected by the open breaker instead (%s)",
                command.reason,
                command.idempotency_key,
                len(value) + len(later.key),
                self.max_record_bytes,
                exc,
            )
            return False
        self.rt.emitter.emit(self.retry_topic, later.key, value)
        self.rt.emitter.emit(self.recovery_topic, action.key, encode(action))
        logger.info("%s of %s deferred until %s: %s", command.reason, command.idempotency_key, later.not_before, exc)
        return True


def deferral_records(
    command: RunCommand, exc: CircuitOpenError, *, service: str, spread_s: float, now: datetime
) -> tuple[RunCommand, RecoveryActionEvent]:
    """The deferred command for ``taskruns.retry`` and the ``breaker_deferred`` action that logs it."""
    later = deferred_command(command, exc, now=now, spread_s=spread_s)
    action = RecoveryActionEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service=service,
        dependency=exc.dependency,
        action="breaker_deferred",
        due_at=later.not_before,
        reason=f"circuit_{exc.state}",
        detail=f"{exc}; attempt {command.attempt} deferred (deferral {later.breaker_deferrals}), not used up",
        decided_at=now,
    )
    return later, action
