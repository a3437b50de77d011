"""A cut in the network between Kafka clients and Tansu: a TCP relay the broker advertises, cut at will.

A fault at the process boundary, not a mock: every byte goes to the real broker
while the relay is whole. Freezing the broker (SIGSTOP) does not lose a request:
the kernel keeps its bytes, and the broker, resumed, handles them even though the
client gave up on them (its request timed out) and may send them again. A cut
loses them for sure: :meth:`NetCut.cut` closes every connection (bytes the relay
still held are dropped) and closes new ones at once, until :meth:`NetCut.heal`.

The relay reads the Kafka protocol's frames (a size, then the request or response),
so it can also stand for a broker that refuses a record: :meth:`NetCut.refuse`
answers each produce request that holds given bytes with a Kafka error code (and
:meth:`NetCut.limit` each one over a size with MESSAGE_TOO_LARGE), in
the client's protocol version and in order with the broker's other answers. The
broker never gets that request (it gets an ApiVersions request with its
correlation id instead, whose answer the relay replaces), so nothing is written.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from pathlib import Path

from aiokafka.protocol import produce

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
        self._refusal: tuple[tuple[bytes, ...], int] | None = None
        self._max_produce_bytes: int | None = None
        self.refused = 0
        """Produce requests answered with the refusal's error code."""
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

    def refuse(self, *markers: bytes, error_code: int) -> None:
        """Answer every produce request holding all of ``markers`` with ``error_code``, until :meth:`allow`."""
        self._refusal = (markers, error_code)

    def limit(self, max_produce_bytes: int | None) -> None:
        """Answer every produce request over ``max_produce_bytes`` with MESSAGE_TOO_LARGE (None: no limit).

        Stands for Apache Kafka's ``message.max.bytes`` (1 MiB by default), which Tansu does not enforce;
        the request's size bounds the size of any record batch in it from above.
        """
        self._max_produce_bytes = max_produce_bytes

    def allow(self) -> None:
        """Relay every produce request again."""
        self._refusal = None

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
        refused: dict[int, _Refused] = {}  # by correlation id: this connection's refused requests
        try:
            await asyncio.gather(
                self._pipe(reader, upstream_writer, partial(self._request, refused)),
                self._pipe(upstream_reader, writer, partial(self._response, refused)),
            )
        finally:
            self._writers -= pair
            for each in pair:
                each.transport.abort()

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rewrite: Callable[[bytes], bytes]
    ) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while size := await reader.readexactly(4):
                frame = rewrite(await reader.readexactly(struct.unpack(">i", size)[0]))
                if self._cut:
                    return
                writer.write(struct.pack(">i", len(frame)) + frame)
                await writer.drain()
        writer.transport.abort()

    def _request(self, refused: dict[int, _Refused], frame: bytes) -> bytes:
        """A request as the broker gets it: a produce request to refuse becomes an ApiVersions request."""
        api_key, version, correlation = struct.unpack(">hhi", frame[:8])
        refusal = self._refusal
        if api_key == 0 and self._max_produce_bytes is not None and len(frame) > self._max_produce_bytes:
            refusal = ((), 10)  # MESSAGE_TOO_LARGE
        if api_key != 0 or refusal is None or not all(marker in frame for marker in refusal[0]):
            return frame
        header_end = 10 + max(struct.unpack(">h", frame[8:10])[0], 0)
        request = getattr(produce, f"ProduceRequest_v{version}").decode(BytesIO(frame[header_end:]))
        partitions = [(topic, [partition for partition, _ in parts]) for topic, parts in request.topics]
        refused[correlation] = _Refused(version, refusal[1], partitions)
        self.refused += 1
        return struct.pack(">hhi", 18, 0, correlation) + frame[8:header_end]

    @staticmethod
    def _response(refused: dict[int, _Refused], frame: bytes) -> bytes:
        """A response as the client gets it: the answer to a refused produce request has its error code."""
        correlation = struct.unpack(">i", frame[:4])[0]
        answer = refused.pop(correlation, None)
        return frame if answer is None else frame[:4] + answer.encode()


@dataclass(frozen=True)
class _Refused:
    """A produce request the relay refuses: its version, the error code, its topics' partitions."""

    version: int
    error_code: int
    partitions: list[tuple[str, list[int]]]

    def encode(self) -> bytes:
        """The body of the produce response saying ``error_code`` for every partition, in ``version``."""
        v = self.version
        # Versions add fields to a partition's answer: timestamp (2), log start offset (5), record errors (8).
        tail: tuple[object, ...] = (-1,) * ((v >= 2) + (v >= 5)) + (([], None) if v >= 8 else ())
        topics = [(topic, [(p, self.error_code, -1, *tail) for p in parts]) for topic, parts in self.partitions]
        fields: list[object] = [topics] + ([0] if v >= 1 else [])  # throttle_time_ms from version 1
        return bytes(getattr(produce, f"ProduceResponse_v{v}")(*fields).encode())


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
