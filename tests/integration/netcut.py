"""A cut in the network between Kafka clients and Tansu: a TCP relay the broker advertises, cut at will.

A fault at the process boundary, not a mock: every byte goes to the real broker
while the relay is whole. Freezing the broker (SIGSTOP) does not lose a request:
the kernel keeps its bytes, and the broker, resumed, handles them even though the
client gave up on them (its request timed out) and may send them again. A cut
loses them for sure: :meth:`NetCut.cut` closes every connection (bytes the relay
still held are dropped) and closes new ones at once, until :meth:`NetCut.heal`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from errorflow.embedded.tansu import TansuBroker, reserve_port


class NetCut:
    """A relay from its own loopback port to ``target_port``, on a thread of its own."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._reservation = reserve_port()
        self.port = self._reservation.port
        self.broker: TansuBroker | None = None
        """The broker behind the relay (:func:`broker_behind_a_cut`)."""
        self._cut = False
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="netcut", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def cut(self) -> None:
        """Close every connection and refuse new ones until :meth:`heal`."""
        asyncio.run_coroutine_threadsafe(self._set_cut(True), self._loop).result(10)

    def heal(self) -> None:
        """Relay new connections again."""
        asyncio.run_coroutine_threadsafe(self._set_cut(False), self._loop).result(10)

    def close(self) -> None:
        """Close the relay, its connections and its event loop."""
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._reservation.release()

    async def _close(self) -> None:
        self._server.close()
        await self._set_cut(True)
        await self._server.wait_closed()
        pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _set_cut(self, cut: bool) -> None:
        self._cut = cut
        if cut:
            for writer in list(self._writers):
                writer.transport.abort()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._relay, "127.0.0.1", self.port, reuse_address=True)
        )
        self._ready.set()
        self._loop.run_forever()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._cut:
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.transport.abort()
            return
        pair = {writer, upstream_writer}
        self._writers |= pair
        try:
            await asyncio.gather(self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer))
        finally:
            self._writers -= pair
            for each in pair:
                each.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                if self._cut:
                    return
                writer.write(data)
                await writer.drain()
        writer.transport.abort()


@contextlib.contextmanager
def broker_behind_a_cut(log_path: Path) -> Iterator[NetCut]:
    """Tansu advertising a :class:`NetCut` in front of it: every client's bytes go through the relay."""
    tansu = TansuBroker(log_path=log_path)
    relay = NetCut(tansu.port)
    try:
        tansu.advertised_port = relay.port
        relay.broker = tansu
        with tansu:
            yield relay
    finally:
        relay.close()
