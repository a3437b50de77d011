"""The embedded stack: Tansu, the pipeline worker and optional runners, supervised.

Children run in their own sessions, so a Ctrl-C in the terminal reaches only
the supervisor, which stops them in order: runners and the pipeline first (they
flush and commit), the broker last. A state file under the data directory tells
other commands (``errorflow sql``, services using the SDK) where things are.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import orjson

from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.tansu import TansuBroker, free_port
from errorflow.errors import EmbeddedStackError
from errorflow.sdk.runtime import STACK_STATE_FILE
from errorflow.settings import Settings

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
    """Starts and stops the embedded stack; a context manager."""

    def __init__(self, settings: Settings, *, ops_modules: tuple[str, ...] = (), quiet: bool = False) -> None:
        self.settings = settings
        self.ops_modules = ops_modules
        self.quiet = quiet
        self.data_dir = settings.data_dir.resolve()
        self.broker: TansuBroker | None = None
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.info: StackInfo | None = None
        self._args: dict[str, list[str]] = {}

    def _env(self, bootstrap: str) -> dict[str, str]:
        # Children get the supervisor's environment plus the addresses it chose.
        env = dict(os.environ)
        env["ERRORFLOW_KAFKA__BOOTSTRAP"] = bootstrap
        env["ERRORFLOW_DATA_DIR"] = str(self.data_dir)
        env["ERRORFLOW_APP_ID"] = self.settings.app_id
        env["ERRORFLOW_KAFKA__TOPIC_PREFIX"] = self.settings.kafka.topic_prefix
        env["ERRORFLOW_CLICKHOUSE__DATABASE"] = self.settings.clickhouse.database
        # Recovery settings given in code (tests, the demo) reach the pipeline too.
        for name, value in self.settings.recovery:
            if value is not None:
                env[f"ERRORFLOW_RECOVERY__{name.upper()}"] = str(value)
        return env

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> None:
        log_path = self.data_dir / "logs" / f"{name}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._args[name] = args
        with log_path.open("ab") as log:
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "errorflow", *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )

    def start(self, *, ready_timeout_s: float = 60.0) -> StackInfo:
        """Start every part and wait until the pipeline answers queries."""
        existing = read_stack_state(self.data_dir)
        if existing is not None:
            raise EmbeddedStackError(
                f"a stack already runs under {self.data_dir} (pid {existing.supervisor_pid}); stop it first"
            )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            if self.settings.kafka.bootstrap:
                bootstrap = self.settings.kafka.bootstrap
            else:
                self.broker = TansuBroker(log_path=self.data_dir / "logs" / "tansu.log")
                (self.data_dir / "logs").mkdir(parents=True, exist_ok=True)
                bootstrap = self.broker.start().bootstrap
            env = self._env(bootstrap)
            query_port = free_port()
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
        )
        state = self.data_dir / STACK_STATE_FILE
        state.write_bytes(orjson.dumps(self.info, option=orjson.OPT_INDENT_2))
        return self.info

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
                process.send_signal(signal.SIGTERM)
        for name, process in self.processes.items():
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop in %ss; killing it", name, timeout_s)
                process.kill()
                process.wait(timeout=5)
        self.processes.clear()
        if self.broker is not None:
            self.broker.stop()
            self.broker = None
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / STACK_STATE_FILE).unlink()

    def __enter__(self) -> EmbeddedStack:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
