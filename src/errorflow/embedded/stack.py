"""The embedded stack: Tansu, the pipeline worker and optional runners, supervised.

Children run in their own sessions, so a Ctrl-C in the terminal reaches only
the supervisor, which stops them in order: runners and the pipeline first (they
flush and commit), the broker last. A supervisor that is killed cannot: its
children then die with it (:func:`errorflow.children.spawn`), so no broker holds
its port and no agent consumes after it. A state file under the data directory tells
other commands (``errorflow sql``, services using the SDK) where things are.

While it runs, :meth:`EmbeddedStack.supervise` restarts a child that crashed,
after an exponential backoff, and gives up on a child that crashes too often
(a crash loop) with a CRITICAL ``crash_loop`` alert; the policy is the pure
:class:`~errorflow.healing.restart.CrashHistory`. Every restart and every
give-up is a :class:`~errorflow.schemas.healing.HealingAction` on the
``healing.actions`` topic (a row of ``healing_actions``), sent through the SDK's
emitter, which spools to disk while the broker or the pipeline is away.
Each child serves its health probes on a loopback port of its own
(``StackInfo.health``).

A child can also be stuck without exiting (an agent making no progress, an
event loop blocked): ``supervise`` asks each child's ``/healthz`` every
``stuck_probe_interval_s`` on a background thread (it never waits for an
answer itself), and after ``stuck_failures`` failures in a row (the pure
:class:`~errorflow.healing.stuck.ProbeWatch`) sends the child SIGTERM, then
SIGKILL after ``stuck_kill_grace_s``; once it exited it is restarted under the
same crash-loop policy, as a ``worker_stuck`` healing action.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import orjson

from errorflow.children import signal_group, spawn
from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.tansu import PortReservation, TansuBroker, reserve_port
from errorflow.errors import EmbeddedStackError
from errorflow.healing.restart import CrashHistory, RestartDecision, RestartPolicy
from errorflow.healing.stuck import ProbePolicy, ProbeWatch, StuckVerdict
from errorflow.health import probe_healthz
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode
from errorflow.schemas.healing import HealingAction, HealingIssue
from errorflow.sdk.emitter import Emitter
from errorflow.sdk.runtime import STACK_STATE_FILE
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["EmbeddedStack", "StackInfo", "read_stack_state"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StackInfo:
    """Where the parts of a running stack are."""

    kafka_bootstrap: str
    query_url: str
    data_dir: str
    clickhouse: str
    supervisor_pid: int
    children: dict[str, int] = field(default_factory=dict)
    logs: dict[str, str] = field(default_factory=dict)
    health: dict[str, str] = field(default_factory=dict)
    """Base URL of each child's ``/healthz`` and ``/readyz``."""


Probe = Callable[[str, float], tuple[bool, str]]
"""Ask a child's ``/healthz`` (base URL, timeout): whether it passed, and the detail."""


@dataclass(frozen=True, slots=True)
class _Pending:
    """A restart waiting for its backoff."""

    due: float
    decision: RestartDecision
    exit_code: int | None
    issue: HealingIssue
    reason: str


@dataclass(slots=True)
class _Stopping:
    """A stuck child being killed: SIGTERM sent, SIGKILL at ``kill_at``."""

    verdict: StuckVerdict
    kill_at: float
    killed: bool = False


def read_stack_state(data_dir: Path) -> StackInfo | None:
    """Return the state of a stack running under ``data_dir``, or None."""
    path = data_dir / STACK_STATE_FILE
    try:
        raw = orjson.loads(path.read_bytes())
        info = StackInfo(**raw)
    except (OSError, ValueError, TypeError):
        return None
    try:
        os.kill(info.supervisor_pid, 0)
    except OSError:
        return None
    return info


class EmbeddedStack:
    """Starts and stops the embedded stack, and heals it while it runs; a context manager.

    Raises:
        ConfigurationError: the restart settings are inconsistent (``restart_max_backoff_s`` below
            ``restart_initial_backoff_s``), when the stack is built.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        ops_modules: tuple[str, ...] = (),
        quiet: bool = False,
        clock: Callable[[], float] = time.monotonic,
        emitter: Emitter | None = None,
        probe: Probe = probe_healthz,
        probe_executor: Executor | None = None,
    ) -> None:
        self.settings = settings
        self.ops_modules = ops_modules
        self.quiet = quiet
        self.data_dir = settings.data_dir.resolve()
        self.broker: TansuBroker | None = None
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.info: StackInfo | None = None
        self._args: dict[str, list[str]] = {}
        self._health_ports: dict[str, int] = {}
        self._reservations: list[PortReservation] = []
        """The children's ports, held until stop(): see _reserve_port."""
        health = settings.health
        self.restart_policy = RestartPolicy(
            initial_backoff_s=health.restart_initial_backoff_s,
            max_backoff_s=health.restart_max_backoff_s,
            max_restarts=health.restart_max_restarts,
            window_s=health.restart_window_s,
        )
        self._clock = clock
        self._emitter = emitter
        self._own_emitter = emitter is None
        self._crashes: dict[str, CrashHistory] = {}
        self._pending: dict[str, _Pending] = {}
        self.given_up: set[str] = set()
        """Children in a crash loop, no longer restarted."""
        self.probe_policy = ProbePolicy(
            interval_s=health.stuck_probe_interval_s,
            timeout_s=health.stuck_probe_timeout_s,
            failure_threshold=health.stuck_failures,
            startup_s=health.stuck_startup_s,
        )
        self._kill_grace_s = health.stuck_kill_grace_s
        self._probe = probe
        self._probe_executor = probe_executor
        self._own_probe_executor = probe_executor is None
        self._watches: dict[str, tuple[int, ProbeWatch]] = {}
        """Each child's probe watch, for the process id it watches (a new process gets a new watch)."""
        self._probing: dict[str, tuple[int, Future[tuple[bool, str]]]] = {}
        """The probe in flight per child, with the process id it asks about."""
        self._stopping: dict[str, _Stopping] = {}

    def _env(self, bootstrap: str) -> dict[str, str]:
        # Children get the supervisor's environment, every setting given to the stack in code
        # (tests, benches, the demo) and the addresses it chose; each child's probe port is
        # its own (see _spawn).
        env = {**os.environ, **self.settings.as_environment()}
        env["ERRORFLOW_KAFKA__BOOTSTRAP"] = bootstrap
        env["ERRORFLOW_DATA_DIR"] = str(self.data_dir)
        return env

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> None:
        log_path = self.data_dir / "logs" / f"{name}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._args[name] = args
        # A fixed loopback port per child, kept across restarts, so its probe URL does not change.
        if name not in self._health_ports:
            self._health_ports[name] = self._reserve_port()
        port = self._health_ports[name]
        child_env = {**env, "ERRORFLOW_HEALTH__PORT": str(port), "ERRORFLOW_HEALTH__HOST": "127.0.0.1"}
        with log_path.open("ab") as log:
            # It dies with the supervisor (errorflow.children), however the supervisor dies.
            self.processes[name] = spawn(
                [sys.executable, "-m", "errorflow", *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=child_env,
                start_new_session=True,
            )

    def _reserve_port(self) -> int:
        # Held while the stack runs: no other stack or test worker is handed the port before
        # the child binds it, nor while a crashed child waits for its restart.
        reservation = reserve_port()
        self._reservations.append(reservation)
        return reservation.port

    def start(self, *, ready_timeout_s: float = 60.0) -> StackInfo:
        """Start every part and wait until the pipeline answers queries."""
        existing = read_stack_state(self.data_dir)
        if existing is not None:
            raise EmbeddedStackError(
                f"a stack already runs under {self.data_dir} (pid {existing.supervisor_pid}); stop it first"
            )
        self._prepare_data_dir()
        try:
            if self.settings.kafka.bootstrap:
                bootstrap = self.settings.kafka.bootstrap
            else:
                self.broker = TansuBroker(log_path=self.data_dir / "logs" / "tansu.log")
                (self.data_dir / "logs").mkdir(parents=True, exist_ok=True)
                bootstrap = self.broker.start().bootstrap
            env = self._env(bootstrap)
            query_port = self._reserve_port()
            self._spawn("pipeline", ["pipeline", "--query-port", str(query_port)], env)
            for index, module in enumerate(self.ops_modules):
                self._spawn(f"runner-{index}", ["worker", "--ops", module], env)
            query_url = f"http://127.0.0.1:{query_port}/sql"
            self._wait_ready(query_url, ready_timeout_s)
        except BaseException:
            self.stop()
            raise
        self.info = StackInfo(
            kafka_bootstrap=bootstrap,
            query_url=query_url,
            data_dir=str(self.data_dir),
            clickhouse=self.settings.clickhouse.url.get_secret_value().split("@")[-1]
            if self.settings.clickhouse.url
            else f"chDB at {self.data_dir / 'chdb'}",
            supervisor_pid=os.getpid(),
            children={name: process.pid for name, process in self.processes.items()}
            | ({"tansu": self.broker.pid or 0} if self.broker else {}),
            logs={name: str(self.data_dir / "logs" / f"{name}.log") for name in [*self.processes, "tansu"]},
            health={name: f"http://127.0.0.1:{port}" for name, port in self._health_ports.items()},
        )
        self._write_state()
        return self.info

    def _prepare_data_dir(self) -> None:
        """Make the data dir and its logs folder, or say in one line why they cannot be made.

        Raises:
            EmbeddedStackError: the folder cannot be created or written (missing parent, read-only
                file system, permissions), before any child is started.
        """
        try:
            (self.data_dir / "logs").mkdir(parents=True, exist_ok=True)
            probe = self.data_dir / f".write-probe.{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise EmbeddedStackError(
                f"cannot use the data dir {self.data_dir}: {exc.strerror or exc}; "
                "give a writable folder with --data-dir or ERRORFLOW_DATA_DIR"
            ) from exc

    def _write_state(self) -> None:
        # Written aside and renamed over the old file: a reader (errorflow sql, the SDK, a test
        # polling the children's pids) sees the old state or the new one, never the empty or
        # half-written file a rewrite in place shows it for a moment (a restart rewrites it).
        if self.info is not None:
            state = self.data_dir / STACK_STATE_FILE
            staged = state.with_name(f".{STACK_STATE_FILE}.{os.getpid()}.tmp")
            staged.write_bytes(orjson.dumps(self.info, option=orjson.OPT_INDENT_2))
            staged.replace(state)

    # -- healing ------------------------------------------------------------------------
    def supervise(self) -> list[HealingAction]:
        """Restart crashed children whose backoff has passed, kill stuck ones, give up on crash loops.

        Call it every second or so; it never waits for a child (probes run on a background thread).
        Returns the healing actions taken (each also sent to the ``healing.actions`` topic).
        """
        if self.info is None:
            return []
        now = self._clock()
        actions: list[HealingAction] = []
        for name, process in list(self.processes.items()):
            if name in self.given_up:
                continue
            pending = self._pending.get(name)
            if pending is not None:
                if now >= pending.due:
                    del self._pending[name]
                    actions.append(self._respawn(name, pending))
                continue
            exit_code = process.poll()
            if exit_code is None:
                if name in self._stopping:
                    self._hurry(name, process, now)
                else:
                    self._watch_health(name, process, now)
                continue
            self._probing.pop(name, None)
            stuck = self._stopping.pop(name, None)
            history = self._crashes.setdefault(name, CrashHistory(self.restart_policy))
            decision = history.record_crash(now=now, exit_code=exit_code)
            reason = decision.reason if stuck is None else f"{stuck.verdict.reason}; {decision.reason}"
            logger.warning("%s %s", name, reason)
            if decision.restart:
                issue: HealingIssue = "worker_crashed" if stuck is None else "worker_stuck"
                self._pending[name] = _Pending(now + decision.delay_s, decision, exit_code, issue, reason)
            else:
                self.given_up.add(name)
                actions.append(self._give_up(name, decision, exit_code, reason))
        return actions

    def _watch_health(self, name: str, process: subprocess.Popen[bytes], now: float) -> None:
        """Collect the child's last probe, judge it, send the next when due; kill the child once it is stuck."""
        port = self._health_ports.get(name)
        if not self.probe_policy.enabled or port is None:
            return
        pid = process.pid
        watched = self._watches.get(name)
        if watched is None or watched[0] != pid:  # a new process (a restart): its start-up time begins now
            watched = self._watches[name] = (pid, ProbeWatch(self.probe_policy, started_at=now))
        watch = watched[1]
        probing = self._probing.get(name)
        if probing is not None:
            asked, future = probing
            if not future.done():
                return  # bounded by the probe's timeout
            del self._probing[name]
            if asked == pid:
                ok, detail = future.result()
                verdict = watch.record(now=now, ok=ok, detail=detail)
                if verdict is not None:
                    self._kill_stuck(name, process, verdict, now)
                    return
        if watch.due(now):
            if self._probe_executor is None:
                self._probe_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="errorflow-probe")
            url = f"http://127.0.0.1:{port}"
            self._probing[name] = (pid, self._probe_executor.submit(self._probe, url, self.probe_policy.timeout_s))

    def _kill_stuck(self, name: str, process: subprocess.Popen[bytes], verdict: StuckVerdict, now: float) -> None:
        logger.warning("%s is stuck (%s); stopping it to restart it", name, verdict.reason)
        self._stopping[name] = _Stopping(verdict, kill_at=now + self._kill_grace_s)
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)

    def _hurry(self, name: str, process: subprocess.Popen[bytes], now: float) -> None:
        """A stuck child that has not exited within the grace after SIGTERM (its stop waits on the stuck work)."""
        stopping = self._stopping[name]
        if not stopping.killed and now >= stopping.kill_at:
            logger.warning("%s did not stop within %ss of SIGTERM; killing it", name, self._kill_grace_s)
            stopping.killed = True
            with contextlib.suppress(ProcessLookupError):
                process.kill()

    def _respawn(self, name: str, pending: _Pending) -> HealingAction:
        assert self.info is not None
        decision, exit_code = pending.decision, pending.exit_code
        try:
            self._spawn(name, self._args[name], self._env(self.info.kafka_bootstrap))
        except OSError as exc:
            # Counted as one more crash on the next call: the child is not running.
            self.processes[name] = _NeverStarted()  # type: ignore[assignment]
            return self._record(
                HealingAction(
                    issue=pending.issue,
                    action="restart",
                    outcome="restart_failed",
                    target=name,
                    reason=f"{pending.reason}; the restart failed: {exc}",
                    attempt=decision.attempt,
                    delay_s=decision.delay_s,
                    exit_code=exit_code,
                )
            )
        pid = self.processes[name].pid
        self.info.children[name] = pid
        self._write_state()
        return self._record(
            HealingAction(
                issue=pending.issue,
                action="restart",
                outcome="restarted",
                target=name,
                reason=pending.reason,
                attempt=decision.attempt,
                delay_s=decision.delay_s,
                exit_code=exit_code,
                pid=pid,
            )
        )

    def _give_up(self, name: str, decision: RestartDecision, exit_code: int | None, reason: str) -> HealingAction:
        log = self.data_dir / "logs" / f"{name}.log"
        policy = self.restart_policy
        self._emit(
            Topics.ALERTS.name,
            Alert(
                incident_id=f"crash_loop:{self.settings.app_id}:{name}",
                rule="crash_loop",
                severity="CRITICAL",
                message=(
                    f"{name} of errorflow up is in a crash loop ({reason}); it is no longer restarted. "
                    f"Read {log}, fix the cause and start the stack again."
                ),
                value=float(decision.crashes_in_window),
                threshold=float(policy.max_restarts),
                window_s=policy.window_s,
                labels={"child": name, "exit_code": "" if exit_code is None else str(exit_code), "log": str(log)},
            ),
        )
        return self._record(
            HealingAction(
                issue="crash_loop",
                action="stop_restarting",
                outcome="gave_up",
                target=name,
                reason=reason,
                attempt=decision.attempt,
                exit_code=exit_code,
            )
        )

    def _record(self, action: HealingAction) -> HealingAction:
        action = action.model_copy(update={"host": socket.gethostname(), "app_id": self.settings.app_id})
        self._emit(Topics.HEALING.name, action)
        return action

    def _emit(self, topic: str, record: HealingAction | Alert) -> None:
        if self._emitter is None:
            from errorflow.sdk.emitter import KafkaEmitter

            assert self.info is not None
            self._emitter = KafkaEmitter(
                bootstrap=self.info.kafka_bootstrap,
                spool_dir=self.data_dir / "spool" / "supervisor",
                request_timeout_s=self.settings.kafka.request_timeout_s,
            )
        self._emitter.emit(self.settings.topic(topic), record.key, encode(record))

    def restart(self, name: str, *, ready_timeout_s: float = 90.0) -> None:
        """Start a child that exited (crashed or was killed) again, with its arguments; wait for the pipeline.

        Raises:
            EmbeddedStackError: the stack is not started, or the child is still running.
        """
        if self.info is None or name not in self.processes:
            raise EmbeddedStackError(f"no child named {name!r} in a started stack")
        if self.processes[name].poll() is None:
            raise EmbeddedStackError(f"{name} is still running (pid {self.processes[name].pid})")
        self._spawn(name, self._args[name], self._env(self.info.kafka_bootstrap))
        self.info.children[name] = self.processes[name].pid
        if name == "pipeline":
            self._wait_ready(self.info.query_url, ready_timeout_s)

    def _wait_ready(self, query_url: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    log = self.data_dir / "logs" / f"{name}.log"
                    tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
                    raise EmbeddedStackError(f"{name} exited with code {process.returncode}:\n{tail}")
            with contextlib.suppress(OSError):
                answer = post_sql(query_url, "SELECT 1", timeout_s=2)
                if "rows" in answer:
                    return
            time.sleep(0.2)
        raise EmbeddedStackError(f"the pipeline did not answer on {query_url} within {timeout_s}s")

    def stop(self, *, timeout_s: float = 20.0) -> None:
        """Stop runners and the pipeline (SIGTERM, then SIGKILL), then the broker."""
        for name in sorted(self.processes, key=lambda n: n != "pipeline"):
            process = self.processes[name]
            if process.poll() is None:
                signal_group(process, signal.SIGTERM)
        for name, process in self.processes.items():
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop in %ss; killing it", name, timeout_s)
                signal_group(process, signal.SIGKILL)
                process.wait(timeout=5)
        self.processes.clear()
        self._pending.clear()
        self._stopping.clear()
        self._probing.clear()
        self._watches.clear()
        if self._probe_executor is not None and self._own_probe_executor:
            # A probe in flight ends within its timeout; nobody waits for it.
            self._probe_executor.shutdown(wait=False, cancel_futures=True)
            self._probe_executor = None
        if self._emitter is not None and self._own_emitter:
            # Healing records reach the broker before it stops (or wait in the spool for the next start).
            self._emitter.close(timeout_s=10.0)
            self._emitter = None
        if self.broker is not None:
            self.broker.stop()
            self.broker = None
        for reservation in self._reservations:
            reservation.release()
        self._reservations.clear()
        self._health_ports.clear()  # a start after this stop reserves new ones
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / STACK_STATE_FILE).unlink()

    def __enter__(self) -> EmbeddedStack:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class _NeverStarted:
    """Stands for a child whose restart could not even spawn a process: it reads as exited."""

    pid = 0
    returncode = 127

    def poll(self) -> int:
        return self.returncode

    def send_signal(self, signum: int) -> None:
        """Nothing to signal."""

    def wait(self, timeout: float | None = None) -> int:
        return self.returncode

    def kill(self) -> None:
        """Nothing to kill."""
