"""Notifiers against a real loopback HTTP server, and the notifier loop on the real broker and chDB.

The server first answers 500, then 200: the webhook is retried (tenacity) and
delivered on the second try; the Slack-compatible payload is what arrived. A
4xx is not retried; a server that keeps failing gives a failed delivery. The
loop records every delivery (and every failed one) in ``alert_deliveries``.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
import pytest

from errorflow.agents.notifier import NotifierStats, deliver, run_notifier
from errorflow.anomaly.notify import NotifyRoute
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore

pytestmark = pytest.mark.integration


class Hook:
    """A loopback HTTP server answering a scripted list of statuses (the last one repeats)."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.bodies: list[dict[str, Any]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                hook.bodies.append(orjson.loads(self.rfile.read(length)))
                status = hook.statuses[min(len(hook.bodies), len(hook.statuses)) - 1]
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"ok" if status < 400 else b"boom")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook_500_then_200() -> Iterator[Hook]:
    hook = Hook([500, 200])
    yield hook
    hook.close()


def _alert(**fields: Any) -> Alert:
    base: dict[str, Any] = {
        "incident_id": f"dependency_down:checkout:payments-api:{uuid.uuid4().hex[:6]}",
        "rule": "dependency_down",
        "severity": "CRITICAL",
        "service": "checkout",
        "operation": "charge",
        "dependency": "payments-api",
        "message": "checkout/payments-api: dependency failing every call: 10 failed attempts in a row",
        "value": 1.0,
        "threshold": 10.0,
        "window_s": 60.0,
        "volume": 10.0,
        "recommendation": "Every call to payments-api fails",
        "labels": {"notification": "fire"},
    }
    return Alert(**(base | fields))


def _route(url: str, **fields: Any) -> NotifyRoute:
    return NotifyRoute.model_validate({"name": "oncall", "kind": "webhook", "url": url, "backoff_s": 0.01} | fields)


def test_webhook_retries_a_500_then_delivers_a_slack_payload(hook_500_then_200: Hook) -> None:
    alert = _alert()
    record = deliver(alert, _route(hook_500_then_200.url, format="slack"))
    assert (record.status, record.attempts, record.http_status) == ("delivered", 2, 200)
    assert len(hook_500_then_200.bodies) == 2
    body = hook_500_then_200.bodies[-1]
    assert body["text"].startswith("[CRITICAL] dependency_down: checkout/payments-api")
    attachment = body["attachments"][0]
    assert attachment["text"] == "Every call to payments-api fails"
    assert {"title": "volume", "value": "10.0", "short": True} in attachment["fields"]


def test_json_payload_is_the_alert_record(hook_500_then_200: Hook) -> None:
    alert = _alert()
    deliver(alert, _route(hook_500_then_200.url))
    assert hook_500_then_200.bodies[-1] == alert.model_dump(mode="json")


def test_a_4xx_is_not_retried_and_a_server_that_keeps_failing_gives_a_failed_delivery() -> None:
    bad_request = Hook([400])
    down = Hook([503])
    try:
        record = deliver(_alert(), _route(bad_request.url, attempts=4))
        assert (record.status, record.attempts, record.http_status) == ("failed", 1, 400)
        record = deliver(_alert(), _route(down.url, attempts=3))
        assert (record.status, record.attempts, record.http_status) == ("failed", 3, 503)
        assert len(down.bodies) == 3
    finally:
        bad_request.close()
        down.close()


async def _produce(bootstrap: str, topic: str, alerts: list[Alert]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for alert in alerts:
            await producer.send_and_wait(topic, encode(alert), key=alert.key)
    finally:
        await producer.stop()


def _run(
    settings: Settings,
    store: ChdbStore,
    routes: tuple[NotifyRoute, ...],
    alerts: list[Alert],
    wait_for: int,
    delivered: int = 0,
):
    async def scenario() -> NotifierStats:
        stop = asyncio.Event()
        stats = NotifierStats()
        executor = ThreadPoolExecutor(max_workers=1)
        task = asyncio.create_task(
            run_notifier(settings, routes=routes, store=store, executor=executor, stop=stop, stats=stats)
        )
        await _produce(settings.kafka.bootstrap or "", settings.topic("alerts"), alerts)
        for _ in range(600):
            if stats.delivered + stats.failed + stats.suppressed >= wait_for and stats.delivered >= delivered:
                break
            await asyncio.sleep(0.1)
        stop.set()
        await task
        executor.shutdown()
        return stats

    return asyncio.run(scenario())


def test_the_notifier_loop_records_every_delivery(
    kafka_bootstrap: str, migrated: ChdbStore, database: str, hook_500_then_200: Hook
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"notify-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"notify{token}."},
        clickhouse={"database": database},
    )
    routes = (
        _route(hook_500_then_200.url, severities=("CRITICAL",)),
        NotifyRoute(name="log", kind="log"),
    )
    critical, medium = _alert(), _alert(severity="MEDIUM", rule="fingerprint_burst")
    again = _alert(incident_id=critical.incident_id)  # the same incident firing again: within repeat_s

    stats = _run(settings, migrated, routes, [critical, medium, again], wait_for=5)
    assert (stats.delivered, stats.failed, stats.suppressed) == (3, 0, 2)
    rows = migrated.query_rows(
        f"SELECT alert_id, route, kind, status, attempts, http_status FROM {database}.alert_deliveries "
        "ORDER BY alert_id, route"
    )
    expected = [
        {
            "alert_id": critical.alert_id,
            "route": "log",
            "kind": "log",
            "status": "delivered",
            "attempts": 1,
            "http_status": None,
        },
        {
            "alert_id": critical.alert_id,
            "route": "oncall",
            "kind": "webhook",
            "status": "delivered",
            "attempts": 2,
            "http_status": 200,
        },
        {
            "alert_id": medium.alert_id,
            "route": "log",
            "kind": "log",
            "status": "delivered",
            "attempts": 1,
            "http_status": None,
        },
        {
            "alert_id": again.alert_id,
            "route": "log",
            "kind": "log",
            "status": "suppressed",
            "attempts": 0,
            "http_status": None,
        },
        {
            "alert_id": again.alert_id,
            "route": "oncall",
            "kind": "webhook",
            "status": "suppressed",
            "attempts": 0,
            "http_status": None,
        },
    ]
    assert rows == sorted(expected, key=lambda r: (r["alert_id"], r["route"]))
    assert len(hook_500_then_200.bodies) == 2  # the 500 and the delivery: nothing for the suppressed record

    # A restarted notifier remembers what it notified: the incident is still within its repeat interval.
    third = _alert(incident_id=critical.incident_id)
    stats = _run(settings, migrated, routes, [third], wait_for=2)
    assert (stats.delivered, stats.suppressed) == (0, 2)
    assert len(hook_500_then_200.bodies) == 2


def test_alerts_of_one_service_within_the_group_wait_go_out_together(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"group-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"group{token}."},
        clickhouse={"database": database},
    )
    hook = Hook([200])
    try:
        routes = (_route(hook.url, group_wait_s=1.0),)
        first, second = _alert(), _alert(rule="static_rate", severity="HIGH")
        elsewhere = _alert(service="billing", dependency="tax-api")
        stats = _run(settings, migrated, routes, [first, second, elsewhere], wait_for=3)
        assert stats.delivered == 3
        bodies = sorted(hook.bodies, key=lambda b: b["group"]["service"])
        assert [(b["group"]["service"], [a["alert_id"] for a in b["alerts"]]) for b in bodies] == [
            ("billing", [elsewhere.alert_id]),
            ("checkout", [first.alert_id, second.alert_id]),
        ]
        rows = migrated.query_rows(f"SELECT count() AS n FROM {database}.alert_deliveries WHERE status = 'delivered'")
        assert rows == [{"n": 3}]
    finally:
        hook.close()


class NotHttp:
    """A loopback server that answers every request with bytes that are not HTTP (a wrong port, a broken proxy)."""

    def __init__(self) -> None:
        import socket

        self.requests = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/T000/B000/hook-secret-path"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65_536)
                self.requests += 1
                conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")

    def close(self) -> None:
        self.sock.close()


def test_a_reply_that_is_not_http_is_a_failed_delivery_not_a_dead_notifier() -> None:
    """http.client's own errors (BadStatusLine...) are no OSError: they had escaped and stopped the pipeline."""
    server = NotHttp()
    try:
        record = deliver(_alert(), _route(server.url, attempts=3), sleep=lambda _s: None)
    finally:
        server.close()
    assert (record.status, record.attempts, server.requests) == ("failed", 3, 3)
    assert "BadStatusLine" in record.error


def test_an_unusable_webhook_url_is_a_failed_delivery_that_does_not_record_the_url() -> None:
    """A webhook URL is a credential (Slack's path is its token): a failure's text names the route, not the URL."""
    route = _route("http://127.0.0.1:9/T000/B000/hook secret path", attempts=3)
    record = deliver(_alert(), route, sleep=lambda _s: None)
    assert (record.status, record.attempts) == ("failed", 1)
    assert "secret" not in record.error and "InvalidURL" in record.error


def test_a_failed_delivery_does_not_suppress_the_incidents_next_alert(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    # The repeat gate remembered an incident as notified when its alert was admitted, before the
    # delivery failed: the next alert of the incident (the webhook back up) was suppressed for
    # repeat_s (an hour by default), though the operator had been told nothing.
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"refail-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"refail{token}."},
        clickhouse={"database": database},
    )
    hook = Hook([503, 200])
    first = _alert()
    again = _alert(incident_id=first.incident_id)

    async def scenario() -> NotifierStats:
        stop = asyncio.Event()
        stats = NotifierStats()
        executor = ThreadPoolExecutor(max_workers=1)
        routes = (_route(hook.url, attempts=1),)
        task = asyncio.create_task(
            run_notifier(settings, routes=routes, store=migrated, executor=executor, stop=stop, stats=stats)
        )
        try:
            await _produce(kafka_bootstrap, settings.topic("alerts"), [first])
            for _ in range(600):
                if stats.failed:
                    break
                await asyncio.sleep(0.1)
            await _produce(kafka_bootstrap, settings.topic("alerts"), [again])
            for _ in range(600):
                if stats.delivered + stats.suppressed:
                    break
                await asyncio.sleep(0.1)
        finally:
            stop.set()
            await task
            executor.shutdown()
        return stats

    try:
        stats = asyncio.run(scenario())
    finally:
        hook.close()
    assert (stats.failed, stats.delivered, stats.suppressed) == (1, 1, 0)
    rows = migrated.query_rows(
        f"SELECT alert_id, status FROM {database}.alert_deliveries FINAL WHERE alert_id IN {{ids:Array(String)}}",
        {"ids": [first.alert_id, again.alert_id]},
    )
    assert sorted((r["alert_id"], r["status"]) for r in rows) == sorted(
        [(first.alert_id, "failed"), (again.alert_id, "delivered")]
    )
    assert [body["alert_id"] for body in hook.bodies] == [first.alert_id, again.alert_id]


def test_an_alert_read_twice_in_one_batch_is_delivered_once(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    # A producer's redelivery (the recovery agent re-deciding after a crash) puts an alert on the topic twice,
    # often read in one batch; on a route without a repeat interval both copies were posted.
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"twice-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"twice{token}."},
        clickhouse={"database": database},
    )
    hook = Hook([200])
    alert = _alert()

    async def scenario() -> NotifierStats:
        await _produce(kafka_bootstrap, settings.topic("alerts"), [alert, alert])  # both there before the first read
        stop = asyncio.Event()
        stats = NotifierStats()
        executor = ThreadPoolExecutor(max_workers=1)
        routes = (_route(hook.url, repeat_s=0),)
        task = asyncio.create_task(
            run_notifier(settings, routes=routes, store=migrated, executor=executor, stop=stop, stats=stats)
        )
        try:
            for _ in range(600):
                if stats.consumed >= 2 and stats.delivered:
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.0)  # a second post, if any, has the time to arrive
        finally:
            stop.set()
            await task
            executor.shutdown()
        return stats

    try:
        stats = asyncio.run(scenario())
    finally:
        hook.close()
    assert stats.consumed == 2 and stats.delivered == 1
    assert [body["alert_id"] for body in hook.bodies] == [alert.alert_id]


async def _committed(settings: Settings) -> int:
    """The notifier group's committed offsets on the alerts topic, summed over its partitions (0 when none)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    topic = settings.topic("alerts")
    group = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap, group_id=f"{settings.app_id}-notifier", enable_auto_commit=False
    )
    await group.start()
    try:
        partitions = group.partitions_for_topic(topic) or set()
        if not partitions:
            await group._client.force_metadata_update()
            partitions = group.partitions_for_topic(topic) or set()
        return sum([(await group.committed(TopicPartition(topic, p))) or 0 for p in sorted(partitions)])
    finally:
        await group.stop()


def test_a_storms_delivered_alerts_are_committed_while_a_group_still_waits(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    # The notifier committed only when no group waited: in a storm some group always waits, so nothing was
    # committed for as long as it lasted and a restart read (and could notify) the whole storm again.
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"storm-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"storm{token}."},
        clickhouse={"database": database},
    )
    hook = Hook([200])
    first = _alert()
    later = _alert(incident_id=first.incident_id, service="billing")  # same key, so same partition, next offset
    now = {"s": 1_000.0}
    calls = {"n": 0}

    def clock() -> float:
        calls["n"] += 1
        return now["s"]

    async def wait_for(condition: Any) -> None:
        for _ in range(600):
            if await condition():
                return
            await asyncio.sleep(0.1)

    async def scenario() -> tuple[int, int, int]:
        stop = asyncio.Event()
        stats = NotifierStats()
        executor = ThreadPoolExecutor(max_workers=1)
        routes = (_route(hook.url, group_wait_s=100.0, repeat_s=0),)
        task = asyncio.create_task(
            run_notifier(
                settings,
                routes=routes,
                store=migrated,
                executor=executor,
                stop=stop,
                stats=stats,
                clock=clock,
            )
        )

        async def admitted(n: int) -> None:
            """The n-th alert read and put in its group: the loop read the clock twice since (admission, due)."""
            await wait_for(lambda: _consumed(stats, n))
            seen = calls["n"]
            await wait_for(lambda: _called(calls, seen + 2))

        try:
            await _produce(kafka_bootstrap, settings.topic("alerts"), [first])
            await admitted(1)
            now["s"] += 50  # the storm goes on: the next alert's group starts waiting
            await _produce(kafka_bootstrap, settings.topic("alerts"), [later])
            await admitted(2)
            now["s"] += 70  # the first group is due, the second still waits 30 s
            await wait_for(lambda: _delivered(stats, 1))
            await wait_for(lambda: _committed_at_least(settings, 1))
            while_waiting = await _committed(settings)
            bodies_while_waiting = len(hook.bodies)
            await _produce(kafka_bootstrap, settings.topic("alerts"), [later])  # a redelivered copy while it waits
            await admitted(3)
            now["s"] += 100
            await wait_for(lambda: _committed_at_least(settings, 3))
            return while_waiting, bodies_while_waiting, await _committed(settings)
        finally:
            stop.set()
            await task
            executor.shutdown()

    try:
        while_waiting, bodies_while_waiting, after = asyncio.run(scenario())
    finally:
        hook.close()
    assert bodies_while_waiting == 1  # the first alert delivered; the second waits in its group
    assert while_waiting == 1  # committed up to the alert still waiting, not past it
    assert after == 3
    # The copy read while the alert waited is not a second alert of its group.
    assert [[a["alert_id"] for a in body["alerts"]] for body in hook.bodies] == [[first.alert_id], [later.alert_id]]


async def _consumed(stats: NotifierStats, n: int) -> bool:
    return stats.consumed >= n


async def _called(calls: dict[str, int], n: int) -> bool:
    return calls["n"] >= n


async def _delivered(stats: NotifierStats, n: int) -> bool:
    return stats.delivered >= n


async def _committed_at_least(settings: Settings, n: int) -> bool:
    return await _committed(settings) >= n


class RawReplyServer:
    """A loopback server that reads one request and then sends what :meth:`reply` writes (no HTTP server library)."""

    def __init__(self) -> None:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.recv(65_536)
            try:
                self.reply(conn)
            except OSError:  # the client went away
                return

    def reply(self, conn: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stopped.set()
        self.sock.close()


class EndlessErrorBody(RawReplyServer):
    """Answers 502 and then streams its body without end (a broken proxy, a hostile hook)."""

    def reply(self, conn: Any) -> None:
        conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\n\r\n")
        while not self.stopped.wait(0.05):
            conn.sendall(b"upstream unavailable " * 10)


def _deliver_once(server: RawReplyServer) -> Any:
    """Deliver one alert to ``server`` (one try, 2 s limit) on a thread; its record once it returns.

    The wait is a maximum for a loaded machine: the servers would keep the delivery waiting for hours.
    """
    records: list[Any] = []
    sender = threading.Thread(
        target=lambda: records.append(deliver(_alert(), _route(server.url, attempts=1, timeout_s=2))), daemon=True
    )
    try:
        sender.start()
        sender.join(timeout=90)
        assert not sender.is_alive(), "the delivery is still waiting for the reply"
    finally:
        server.close()
    return records[0]


def test_an_error_reply_whose_body_never_ends_is_a_failed_delivery() -> None:
    """An error reply's body is read once: reading an endless one whole held the notifier for good."""
    record = _deliver_once(EndlessErrorBody())
    assert (record.status, record.attempts, record.http_status) == ("failed", 1, 502)
    assert "upstream unavailable" in record.error


def test_an_error_reply_quoting_the_webhook_url_is_recorded_without_it() -> None:
    """A hook's 404 page often quotes the path it was asked for, which is a Slack webhook's token."""

    class Echo(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(404)
            self.end_headers()
            self.wfile.write(f"no_such_hook: {self.path}".encode())

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/services/T000/B000/XXXXsecret"
        record = deliver(_alert(), _route(url))
    finally:
        server.shutdown()
        server.server_close()
    assert (record.status, record.http_status) == ("failed", 404)
    assert "no_such_hook" in record.error
    assert "XXXXsecret" not in record.error


def test_a_delivery_that_failed_after_its_tries_is_tried_again_until_delivered(
    kafka_bootstrap: str, migrated: ChdbStore, database: str
) -> None:
    """A webhook down for longer than a delivery's tries lost the record for good (a resolve too)."""
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"retry-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"retry{token}."},
        clickhouse={"database": database},
    )
    hook = Hook([503, 503, 503, 200])
    resolve = _alert(state="resolved", labels={"notification": "resolve"})
    try:
        stats = _run(
            settings, migrated, (_route(hook.url, attempts=1, retry_s=0.3),), [resolve], wait_for=4, delivered=1
        )
    finally:
        hook.close()
    assert (stats.failed, stats.delivered) == (3, 1)
    assert [body["alert_id"] for body in hook.bodies] == [resolve.alert_id] * 4
    rows = migrated.query_rows(
        f"SELECT status FROM {database}.alert_deliveries FINAL WHERE alert_id = {{id:String}}", {"id": resolve.alert_id}
    )
    assert [r["status"] for r in rows] == ["delivered"]


def test_a_hook_that_redirects_is_a_failed_delivery_not_a_get_without_the_alert() -> None:
    """urllib turned a POST answered 302 into a GET without the body, and the 200 of that GET was 'delivered'."""
    received: list[tuple[str, bytes]] = []

    class Moved(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if self.path == "/old":
                self.send_response(302)
                self.send_header("Location", "/new")
                self.end_headers()
                return
            received.append(("POST", body))
            self.send_response(200)
            self.end_headers()

        def do_GET(self) -> None:
            received.append(("GET", b""))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Moved)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        record = deliver(_alert(), _route(f"http://127.0.0.1:{server.server_address[1]}/old", attempts=2))
    finally:
        server.shutdown()
        server.server_close()
    assert (record.status, record.attempts, record.http_status) == ("failed", 1, 302)
    assert received == []


class DribblingReply(RawReplyServer):
    """Sends its reply's headers a byte at a time, without end (a slow proxy, a hostile hook).

    Each byte comes well within a socket timeout, so only a limit on the whole request ends the wait.
    """

    def reply(self, conn: Any) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not self.stopped.wait(0.2):
            conn.sendall(b"a")


def test_a_reply_dribbled_a_byte_at_a_time_is_a_failed_delivery_after_the_routes_timeout() -> None:
    """``timeout_s`` bounds the whole request: a per-read timeout let such a reply hold the notifier (every route)."""
    record = _deliver_once(DribblingReply())
    assert (record.status, record.attempts) == ("failed", 1)
    assert "did not answer within 2 s" in record.error
