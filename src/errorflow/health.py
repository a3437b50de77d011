"""``/healthz`` and ``/readyz`` for the pipeline and the runner: Kubernetes' liveness and readiness probes.

The pipeline's server also answers ``GET /metrics`` (Prometheus text: the sink's counters and the
detection latency histogram, :mod:`errorflow.metrics`).

A small asyncio HTTP server inside the worker's own event loop (no new
dependency), so an answer at all proves the loop is responsive:

- ``GET /healthz`` (liveness): the loop answers and every liveness check
  passes (e.g. the batch agents are still running). A kubelet restarts a pod
  whose liveness fails; ``errorflow up`` restarts a child that exits.
- ``GET /readyz`` (readiness): every readiness check passes: consumer groups
  joined, store reachable, lag below the bound. A pod that is not ready gets
  no traffic and a rollout waits for it.

Both answer ``200`` or ``503`` with JSON ``{"status": "ok"|"failing",
"checks": {name: {"ok": bool, "detail": str}}}``. A check that raises or takes
longer than ``check_timeout_s`` fails with the reason as its detail.

Every detail is scrubbed (``scrub``, the settings' scrubber) before it is answered: the answer
leaves the process (a kubelet, a load balancer, anyone on the port), and a check's error text
can carry a credential, e.g. aiokafka's ``Unable to bootstrap from
[('SASL_SSL://app:password@broker', 9092, ...)]`` for a bootstrap written as a URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from errorflow.safetext import exception_text, safe_type_name

__all__ = ["Check", "CheckResult", "HealthServer", "get_metrics", "get_probe", "probe_healthz"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The answer of one check."""

    ok: bool
    detail: str = ""


Check = Callable[[], Awaitable[CheckResult]]
"""An async check; the server bounds its time."""


class HealthServer:
    """Serves ``GET /healthz`` and ``GET /readyz`` from named checks."""

    def __init__(
        self,
        *,
        port: int,
        host: str = "127.0.0.1",
        live: Mapping[str, Check] | None = None,
        ready: Mapping[str, Check] | None = None,
        check_timeout_s: float = 2.0,
        scrub: Callable[[str], str],
        metrics: Callable[[], str] | None = None,
    ) -> None:
        self.host = host
        self.metrics = metrics
        """Renders ``GET /metrics`` (the Prometheus text format); None: no such path."""
        self.scrub = scrub
        """Scrubs each check's detail (``Scrubber.scrub_text``): required, so no server answers unscrubbed."""
        self.port = port
        self.live: dict[str, Check] = dict(live or {})
        self.ready: dict[str, Check] = dict(ready or {})
        self.check_timeout_s = check_timeout_s
        self._server: asyncio.base_events.Server | None = None
        self._started = time.monotonic()

    async def start(self) -> None:
        """Start listening; with port 0, ``port`` is the port taken."""
        self._server = await asyncio.start_server(self._handle, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        logger.info("health probes on http://%s:%s/healthz and /readyz", self.host, self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None

    async def evaluate(self, checks: Mapping[str, Check]) -> tuple[bool, dict[str, Any]]:
        """Run ``checks`` concurrently; return whether all passed and each one's result."""
        names = list(checks)
        results = await asyncio.gather(*(self._run(checks[name]) for name in names))
        report = {
            name: {"ok": result.ok, "detail": self._scrubbed(result.detail)}
            for name, result in zip(names, results, strict=True)
        }
        return all(result.ok for result in results), report

    async def _run(self, check: Check) -> CheckResult:
        try:
            return await asyncio.wait_for(check(), timeout=self.check_timeout_s)
        except asyncio.TimeoutError:
            return CheckResult(ok=False, detail=f"no answer within {self.check_timeout_s:g}s")
        except Exception as exc:  # a failing check is an answer, not a crash of the endpoint
            return CheckResult(ok=False, detail=f"{safe_type_name(exc)}: {exception_text(exc)}")

    def _scrubbed(self, detail: str) -> str:
        try:
            return self.scrub(detail)
        except Exception as exc:  # never the unscrubbed text, and never a probe without an answer
            return f"<a detail that could not be scrubbed: {safe_type_name(exc)}>"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), timeout=self.check_timeout_s)
            while True:  # headers are not needed; read them so the client sees a clean close
                line = await asyncio.wait_for(reader.readline(), timeout=self.check_timeout_s)
                if line in (b"\r\n", b"\n", b""):
                    break
            parts = request_line.decode("latin-1").split()
            method, path = (parts[0], parts[1].split("?")[0]) if len(parts) >= 2 else ("", "")
            if method in ("GET", "HEAD") and path == "/metrics" and self.metrics is not None:
                await _respond_text(writer, self.metrics())
                return
            if method not in ("GET", "HEAD") or path not in ("/healthz", "/readyz"):
                paths = "GET /healthz, GET /readyz" + (" and GET /metrics" if self.metrics is not None else "")
                await _respond(writer, 404, {"error": f"only {paths}"})
                return
            ok, report = await self.evaluate(self.live if path == "/healthz" else self.ready)
            payload = {
                "status": "ok" if ok else "failing",
                "checks": report,
                "uptime_s": round(time.monotonic() - self._started, 3),
            }
            await _respond(writer, 200 if ok else 503, payload)
        except Exception as exc:  # one bad request must not stop the endpoint
            logger.debug("health request failed: %s", exc)
        finally:
            writer.close()


async def _respond(writer: asyncio.StreamWriter, status: int, payload: dict[str, Any]) -> None:
    body = orjson.dumps(payload, default=str)
    reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}.get(status, "X")
    writer.write(
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n".encode()
        + body
    )
    with contextlib.suppress(ConnectionError):
        await writer.drain()


async def _respond_text(writer: asyncio.StreamWriter, text: str) -> None:
    body = text.encode()
    writer.write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )
    with contextlib.suppress(ConnectionError):
        await writer.drain()


def get_metrics(base_url: str, *, timeout_s: float = 5.0) -> str:
    """``GET {base_url}/metrics``: the Prometheus text a health server serves."""
    import urllib.request

    with urllib.request.urlopen(f"{base_url.rstrip('/')}/metrics", timeout=timeout_s) as answer:
        return str(answer.read().decode())


def get_probe(url: str, *, timeout_s: float = 5.0) -> tuple[int, dict[str, Any]]:
    """GET a probe URL; return the status code and the decoded body (for tests and ``errorflow`` tools)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:  # loopback or the pod's own address
            return int(response.status), orjson.loads(response.read())
    except urllib.error.HTTPError as exc:
        return int(exc.code), orjson.loads(exc.read() or b"{}")


def probe_healthz(base_url: str, timeout_s: float) -> tuple[bool, str]:
    """Ask ``{base_url}/healthz`` once: whether it passed, and the failing checks or why nothing answered.

    Never raises: no answer (refused, timed out, a broken reply) is a failed probe, as for a kubelet.
    """
    import http.client

    try:
        status, body = get_probe(f"{base_url}/healthz", timeout_s=timeout_s)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        return False, f"no answer within {timeout_s:g}s: {exc}"
    if status == 200:
        return True, "ok"
    checks = body.get("checks", {}) if isinstance(body, dict) else {}
    failing = [
        f"{name}: {check.get('detail', '')}"
        for name, check in checks.items()
        if isinstance(check, dict) and not check.get("ok")
    ]
    return False, f"{status} {'; '.join(failing) or 'failing'}"
