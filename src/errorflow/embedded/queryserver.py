"""A tiny loopback HTTP endpoint for read-only SQL against the pipeline's store.

chDB runs inside the pipeline process and owns its data directory, so while
``errorflow up`` runs, ``errorflow sql`` sends its query here instead of
opening the data directory itself. Only ``POST /sql`` exists; the body is the
query, the answer is JSON ``{"columns": [...], "rows": [[...]]}``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from errorflow.errors import ErrorflowError
from errorflow.safetext import jsonable_safe

__all__ = ["QueryServer", "post_sql"]

logger = logging.getLogger(__name__)

_MAX_BODY = 1024 * 1024

QueryFn = Callable[[str], Awaitable[tuple[list[str], list[list[Any]]]]]


class QueryServer:
    """Serves ``POST /sql`` on 127.0.0.1 with a query function that is read-only."""

    def __init__(self, query: QueryFn, *, port: int) -> None:
        self._query = query
        self.port = port
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        """Start listening."""
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        logger.info("SQL endpoint on http://127.0.0.1:%s/sql", self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await reader.readline()
            headers: dict[str, str] = {}
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b"\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            method, path, *_ = request_line.decode("latin-1").split()
            if method != "POST" or path != "/sql":
                await _respond(writer, 404, {"error": "only POST /sql"})
                return
            refusal = _from_browser(headers)
            if refusal:
                await _respond(writer, 403, {"error": refusal})
                return
            length = int(headers.get("content-length", "0"))
            if length > _MAX_BODY:  # refused whole: a query cut at the limit would run as another query
                await _respond(writer, 413, {"error": f"the query is over {_MAX_BODY} bytes"})
                return
            body = await reader.readexactly(length) if length > 0 else b""
            try:
                columns, rows = await self._query(body.decode())
            except ErrorflowError as exc:
                await _respond(writer, 400, {"error": str(exc), "type": type(exc).__name__})
                return
            await _respond(writer, 200, {"columns": columns, "rows": rows})
        except Exception as exc:  # one bad request must not stop the endpoint
            logger.warning("SQL endpoint request failed: %s", exc)
            await _respond(writer, 500, {"error": str(exc)})
        finally:
            writer.close()


_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


def _from_browser(headers: dict[str, str]) -> str:
    """Why a request that a web page may have sent is refused ("" for the CLI's own).

    Any page open in the developer's browser can POST to ``127.0.0.1:<port>`` (a ``text/plain``
    body needs no CORS preflight), and a page whose host name is rebound to 127.0.0.1 can read
    the answer. Browsers send ``Origin`` with every cross-origin POST and the page's host name as
    ``Host``; :func:`post_sql` sends neither of those.
    """
    if "origin" in headers:
        return "requests from web pages are refused (Origin header)"
    host = headers.get("host")
    if host is not None and host.rsplit(":", 1)[0].lower() not in _LOOPBACK_HOSTS:
        return f"only loopback host names are served, not {host[:100]!r}"
    return ""


async def _respond(writer: asyncio.StreamWriter, status: int, payload: dict[str, Any]) -> None:
    try:
        body = orjson.dumps(payload, default=str)
    except TypeError:  # integers past 64 bits (UInt128, Int256), lone surrogates: as text
        body = orjson.dumps(jsonable_safe(payload), default=str)
    writer.write(
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n".encode()
        + body
    )
    try:
        await writer.drain()
    except ConnectionError:
        pass


def post_sql(url: str, sql: str, *, timeout_s: float = 30.0) -> dict[str, Any]:
    """Send a query to a running pipeline's endpoint and return the decoded answer."""
    import urllib.request

    data = sql.encode()
    if len(data) > _MAX_BODY:
        return {"error": f"the query is over {_MAX_BODY} bytes", "type": "ReadOnlyQueryError"}
    request = urllib.request.Request(url, data=data, method="POST")  # loopback only
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            answer: dict[str, Any] = orjson.loads(response.read())
        return answer
    except urllib.error.HTTPError as exc:
        error: dict[str, Any] = orjson.loads(exc.read() or b"{}")
        return error
