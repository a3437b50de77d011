"""The loopback SQL endpoint answers its own CLI, not web pages the developer happens to have open.

A page can send a POST to ``127.0.0.1:<port>`` without a CORS preflight (a ``text/plain``
body), and by DNS rebinding read the answer: the endpoint refuses any request a browser
sends across origins (it carries ``Origin``) and any request for another host name.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson

from errorflow.embedded.queryserver import _MAX_BODY, QueryServer, post_sql


def _serve_and_send(requests: list[bytes]) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """Start a server, send each raw request on its own connection; the answers and the queries that ran."""
    ran: list[str] = []

    async def query(sql: str) -> tuple[list[str], list[list[Any]]]:
        ran.append(sql)
        return ["n"], [[1]]

    async def main() -> list[tuple[int, dict[str, Any]]]:
        server = QueryServer(query, port=0)
        server._server = await asyncio.start_server(server._handle, "127.0.0.1", 0)
        port = server._server.sockets[0].getsockname()[1]
        answers = []
        try:
            for raw in requests:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(raw.replace(b"{port}", str(port).encode()))
                await writer.drain()
                try:
                    response = await asyncio.wait_for(reader.read(), 30)
                except TimeoutError:
                    response = b"HTTP/1.1 0 no answer\r\n\r\n{}"
                writer.close()
                head, _, body = response.partition(b"\r\n\r\n")
                answers.append((int(head.split()[1]), orjson.loads(body)))
        finally:
            await server.stop()
        return answers

    return asyncio.run(main()), ran


def _post(sql: bytes, *headers: bytes) -> bytes:
    lines = [b"POST /sql HTTP/1.1", b"Host: 127.0.0.1:{port}", *headers, b"Content-Length: %d" % len(sql)]
    return b"\r\n".join(lines) + b"\r\n\r\n" + sql


def test_the_cli_request_is_answered() -> None:
    answers, ran = _serve_and_send([_post(b"SELECT 1"), _post(b"SELECT 2", b"Host: localhost:{port}")])
    assert answers == [(200, {"columns": ["n"], "rows": [[1]]})] * 2
    assert ran == ["SELECT 1", "SELECT 2"]


def test_requests_from_web_pages_are_refused_before_any_query_runs() -> None:
    answers, ran = _serve_and_send(
        [
            _post(b"SELECT 1", b"Origin: https://evil.example"),
            _post(b"SELECT 2", b"Origin: null"),
            b"POST /sql HTTP/1.1\r\nHost: rebind.evil.example:{port}\r\nContent-Length: 8\r\n\r\nSELECT 3",
        ]
    )
    assert [status for status, _ in answers] == [403, 403, 403]
    assert ran == []


def test_a_body_over_the_limit_is_refused_not_cut_and_run() -> None:
    """Before, the first megabyte ran as the query: a query cut short may be another query."""
    head = b"POST /sql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: %d\r\n\r\n" % (_MAX_BODY + 9)
    answers, ran = _serve_and_send([head + b"SELECT 1 AS a"])  # answered before the rest is sent
    assert answers[0][0] == 413
    assert ran == []
    assert "over" in post_sql("http://127.0.0.1:9/sql", "SELECT 1" + " " * _MAX_BODY)["error"], "refused unsent"


def test_post_sql_is_not_refused() -> None:
    ran: list[str] = []

    async def query(sql: str) -> tuple[list[str], list[list[Any]]]:
        ran.append(sql)
        return ["n"], [[7]]

    async def main() -> dict[str, Any]:
        server = QueryServer(query, port=0)
        server._server = await asyncio.start_server(server._handle, "127.0.0.1", 0)
        port = server._server.sockets[0].getsockname()[1]
        try:
            return await asyncio.to_thread(post_sql, f"http://127.0.0.1:{port}/sql", "SELECT 7")
        finally:
            await server.stop()

    assert asyncio.run(main()) == {"columns": ["n"], "rows": [[7]]}
    assert ran == ["SELECT 7"]


def test_values_json_cannot_hold_natively_are_answered() -> None:
    """UInt128/Int256 values are Python ints past 64 bits: orjson refuses them, and the answer was a 500."""

    async def query(sql: str) -> tuple[list[str], list[list[Any]]]:
        return ["big", "neg", "text"], [[2**127 - 1, -(2**200), "\udc80"]]

    async def main() -> dict[str, Any]:
        server = QueryServer(query, port=0)
        server._server = await asyncio.start_server(server._handle, "127.0.0.1", 0)
        port = server._server.sockets[0].getsockname()[1]
        try:
            return await asyncio.to_thread(post_sql, f"http://127.0.0.1:{port}/sql", "SELECT 1")
        finally:
            await server.stop()

    assert asyncio.run(main()) == {
        "columns": ["big", "neg", "text"],
        "rows": [[str(2**127 - 1), str(-(2**200)), "\\udc80"]],
    }
