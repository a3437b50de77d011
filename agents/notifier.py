"""The notifier: every record on the alerts topic, delivered on its routes, each delivery recorded.

Routes come from the anomaly rules file (:mod:`errorflow.anomaly.notify`):
the log, or a JSON webhook (errorflow's record or a Slack-compatible message)
retried with tenacity (exponential backoff; a 5xx, 429, network error or reply that is not HTTP is
retried, another 4xx is not). Every delivery, and every delivery that failed
after its tries, is a row of ``alert_deliveries`` (``delivery_id`` is
``<alert_id>:<route>``); a failed one is tried again every ``retry_s`` until
delivered or replaced by a newer record of its incident. Offsets are committed
after the rows are stored, up to the first alert still waiting in a group or for
another try on each partition (so a storm's delivered alerts are committed while it
goes on), and an alert already delivered on a route is not sent again after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import logging
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import orjson
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from errorflow.agents.anomaly import store_call
from errorflow.anomaly.notify import (
    Delivery,
    Grouper,
    NotifyRoute,
    RepeatGate,
    Retries,
    group_payload,
    payload,
    routes_for,
    scrubbed_alert,
)
from errorflow.errors import ErrorflowError
from errorflow.healing.liveness import no_beat
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import decode
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["NotifierStats", "committable", "deliver", "deliver_group", "run_notifier"]

logger = logging.getLogger(__name__)


@dataclass
class NotifierStats:
    """Counters of the notifier."""

    consumed: int = 0
    delivered: int = 0
    failed: int = 0
    skipped: int = 0
    suppressed: int = 0
    malformed: int = 0


class _HttpStatusError(Exception):
    """A webhook answered with an error status."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body[:200]}")
        self.status = status


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, _HttpStatusError):
        return exc.status >= 500 or exc.status == 429
    if isinstance(exc, http.client.InvalidURL):  # the configured URL: no later try can do better
        return False
    # http.client's own errors (a reply that is not HTTP, a cut-off body) are no OSError: a
    # restarting or misrouted endpoint, retried like a network error.
    return isinstance(exc, (urllib.error.URLError, TimeoutError, ConnectionError, OSError, http.client.HTTPException))


def _without_url(text: str, url: str) -> str:
    """``text`` without the webhook URL or its parts: the URL is a credential (a Slack webhook's path is its token)."""
    parts = urllib.parse.urlsplit(url)
    for secret in (url, parts.path, parts.query, urllib.parse.quote(parts.path)):
        if len(secret) > 1:
            text = text.replace(secret, "<webhook url>")
    return text


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: the 3xx is the answer, a failed delivery.

    urllib follows a 301, 302 or 303 to a POST with a GET without the body: a hook that
    redirects (``http://`` to ``https://``, a moved path) answered 200 to that GET, and
    the alert was recorded as delivered though nobody received it.
    """

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        """Follow nothing: urllib then raises the 3xx as an ``HTTPError``."""


_REQUEST_DEADLINE = threading.local()
"""The :class:`_Deadline` of the request this (sender) thread is making, if any."""


class _Deadline:
    """A whole request's time limit: when it passes, the request's sockets are shut down.

    urllib's ``timeout`` bounds each socket operation, not the request: a receiver that
    sends its reply a byte at a time (a slow proxy, a hostile hook) held a sender thread,
    and the notifier's loop waiting for it (every route), for as long as it kept sending.
    Shutting the socket down makes the blocked read return at once.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._lock = threading.Lock()
        self._connections: list[http.client.HTTPConnection] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        _REQUEST_DEADLINE.current = self
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()
        _REQUEST_DEADLINE.current = None

    def watch(self, connection: http.client.HTTPConnection) -> None:
        """Shut ``connection`` down when the deadline passes (at once if it has)."""
        with self._lock:
            self._connections.append(connection)
            expired = self.expired
        if expired:
            _shut_down(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            connections = list(self._connections)
        for connection in connections:
            _shut_down(connection)


def _shut_down(connection: http.client.HTTPConnection) -> None:
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _watched(connection: http.client.HTTPConnection) -> None:
    deadline: _Deadline | None = getattr(_REQUEST_DEADLINE, "current", None)
    if deadline is not None:
        deadline.watch(connection)


class _WatchedHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self)


class _WatchedHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self)


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    """urllib's handler (proxies and all), with connections the request's deadline can shut down."""

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTPConnection, req)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    """urllib's TLS handler (its default context), with connections the request's deadline can shut down."""

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


_OPENER = urllib.request.build_opener(_NoRedirect, _WatchedHTTPHandler, _WatchedHTTPSHandler)


def _post(url: str, body: bytes, timeout_s: float) -> int:
    """POST ``body``; return the status. ``timeout_s`` bounds the whole request (and an error reply's read)."""
    request = urllib.request.Request(  # the URL is the operator's configured webhook
        url, data=body, method="POST", headers={"Content-Type": "application/json", "User-Agent": "errorflow"}
    )
    with _Deadline(timeout_s) as deadline:
        try:
            with _OPENER.open(request, timeout=timeout_s) as response:
                status = int(response.status)
            if deadline.expired:  # a reply cut off mid-headers can still parse as complete
                raise TimeoutError(f"the webhook did not answer within {timeout_s:g} s")
            return status
        except urllib.error.HTTPError as exc:
            raise _HttpStatusError(exc.code, _error_body(exc)) from exc
        except TimeoutError:
            raise
        except Exception as exc:
            if deadline.expired:
                raise TimeoutError(f"the webhook did not answer within {timeout_s:g} s") from exc
            raise


_ERROR_BODY_BYTES = 1024
"""How much of an error reply's body is read for the delivery record (which keeps 200 characters)."""


def _error_body(exc: urllib.error.HTTPError) -> str:
    """The start of an error reply's body, as one read: a reply may stream a body without end.

    Reading it whole (``exc.read()``) waited for its end: a receiver answering 502 with an endless
    body (the timeout bounds each read, not the whole) held the notifier, every route, for good.
    """
    try:
        return bytes(exc.fp.read1(_ERROR_BODY_BYTES)).decode(errors="replace")  # type: ignore[attr-defined]
    except Exception:  # no body, or it broke off: the status says enough
        return ""
    finally:
        with contextlib.suppress(Exception):
            exc.close()  # the rest of the body is not read: the connection goes now, not when collected


def deliver(alert: Alert, route: NotifyRoute, *, sleep: Callable[[float], None] = time.sleep) -> Delivery:
    """Deliver ``alert`` on ``route`` (blocking: run it in a thread) and return the record of it."""
    return deliver_group([alert], route, sleep=sleep)[0]


def deliver_group(
    alerts: list[Alert], route: NotifyRoute, *, sleep: Callable[[float], None] = time.sleep
) -> list[Delivery]:
    """Deliver ``alerts`` on ``route`` as one notification; return a record per alert.

    A route without ``group_wait_s`` is given one alert at a time, and posts its own payload.
    """
    if route.kind == "log":
        for alert in alerts:
            logger.warning("ALERT [%s] %s %s: %s", alert.severity, alert.state, alert.rule, alert.message)
        return [_record(alert, route, status="delivered", attempts=1) for alert in alerts]
    assert route.url is not None  # checked when the route is loaded
    # A grouping route always posts a group (even of one); another posts each alert's own payload.
    body = orjson.dumps(group_payload(alerts, route) if route.group_wait_s > 0 else payload(alerts[0], route))
    attempts = 0

    def count(_: RetryCallState) -> None:
        nonlocal attempts
        attempts += 1

    retrying = Retrying(
        stop=stop_after_attempt(route.attempts),
        wait=wait_exponential(multiplier=route.backoff_s, max=30),
        retry=retry_if_exception(_retryable),
        before=count,
        reraise=True,
        sleep=sleep,
    )
    try:
        status = retrying(_post, route.url.get_secret_value(), body, route.timeout_s)
    except _HttpStatusError as exc:
        # The reply's body may quote the request's URL ("no such hook: /services/T000/..."): the token.
        error = _without_url(str(exc), route.url.get_secret_value())
        logger.error("webhook %s failed after %d tries: %s", route.name, attempts, error)
        return [
            _record(a, route, status="failed", attempts=attempts, http_status=exc.status, error=error) for a in alerts
        ]
    except Exception as exc:  # any failure to deliver is a failed delivery, never a dead notifier (and pipeline)
        error = _without_url(f"{type(exc).__name__}: {exc}", route.url.get_secret_value())
        logger.error("webhook %s failed after %d tries: %s", route.name, attempts, error)
        return [_record(a, route, status="failed", attempts=attempts, error=error) for a in alerts]
    return [_record(a, route, status="delivered", attempts=attempts, http_status=status) for a in alerts]


def _record(alert: Alert, route: NotifyRoute, **outcome: Any) -> Delivery:
    return Delivery(
        delivery_id=f"{alert.alert_id}:{route.name}",
        alert_id=alert.alert_id,
        incident_id=alert.incident_id,
        rule=alert.rule,
        severity=alert.severity,
        state=alert.state,
        route=route.name,
        kind=route.kind,
        **outcome,
    )


async def run_notifier(
    settings: Settings,
    *,
    routes: tuple[NotifyRoute, ...],
    store: Any,
    executor: ThreadPoolExecutor,
    stop: asyncio.Event,
    stats: NotifierStats | None = None,
    clock: Callable[[], float] = time.time,
    beat: Callable[[], None] = no_beat,
) -> NotifierStats:
    """Consume the alerts topic and deliver each alert on its routes until ``stop``."""
    from errorflow.streams.kafka import commit_assigned, make_consumer

    stats, scrub = stats or NotifierStats(), _alert_scrubber(settings)  # every alert is scrubbed as it is read
    loop = asyncio.get_running_loop()
    database = settings.clickhouse.database
    gate = await _load_gate(store, executor, database, routes, clock())
    consumer = make_consumer(settings, settings.topic(Topics.ALERTS.name), group=f"{settings.app_id}-notifier")
    senders = ThreadPoolExecutor(max_workers=4, thread_name_prefix="errorflow-notify")
    await consumer.start()
    grouper = Grouper()
    retries = Retries()
    read: dict[Any, int] = {}  # the next offset of each partition read
    # (alert, route) waiting in a group or for another try -> where it was read
    waiting: dict[tuple[str, str], tuple[Any, int]] = {}
    committed: dict[Any, int] = {}
    try:
        while not stop.is_set():
            beat()
            _forget_revoked(
                consumer.assignment(), read=read, committed=committed, waiting=waiting, grouper=grouper, retries=retries
            )
            batches = await consumer.getmany(timeout_ms=200)
            records: list[Delivery] = []
            for tp, messages in batches.items():
                read[tp] = messages[-1].offset + 1
            wanted = _wanted(batches, routes, stats, scrub=scrub)
            ids = [f"{a.alert_id}:{r.name}" for a, r, _ in wanted]
            done = await _already_delivered(store, executor, database, ids)
            # A copy of an alert still waiting in its group (a producer's redelivery) is that alert, not a second one.
            todo = [
                (a, r, at)
                for a, r, at in wanted
                if f"{a.alert_id}:{r.name}" not in done and (a.alert_id, r.name) not in waiting
            ]
            stats.skipped += len(wanted) - len(todo)
            now_jobs = _admit(
                todo, gate=gate, grouper=grouper, retries=retries, waiting=waiting, records=records, now_s=clock()
            )
            stats.suppressed += len(records)
            retried = retries.due(now_s=clock())
            jobs = now_jobs + grouper.due(now_s=clock()) + retried
            sent = await asyncio.gather(*(loop.run_in_executor(senders, deliver_group, g, r) for r, g in jobs))
            records += [record for group in sent for record in group]
            for record in records:
                if record.status == "failed":
                    gate.failed(record)
            again = _after_tries(jobs, sent, retried, gate=gate, retries=retries, now_s=clock())
            if records:
                rows = [record.model_dump(mode="python") for record in records]
                await store_call(executor, lambda: store.insert_rows("alert_deliveries", rows))  # noqa: B023 - awaited here
                stats.delivered += sum(r.status == "delivered" for r in records)
                stats.failed += sum(r.status == "failed" for r in records)
            for route, group in jobs:  # their rows are stored: they no longer hold their partition back
                for alert in group:
                    if (alert.alert_id, route.name) not in again:  # unless tried again later
                        waiting.pop((alert.alert_id, route.name), None)
            # Up to the first alert still waiting in a group, per partition: a storm keeps some group
            # waiting all the time, and committing only when none waited never committed during it.
            ready = {tp: at for tp, at in committable(read, waiting.values()).items() if committed.get(tp) != at}
            if ready:
                await commit_assigned(consumer, ready)
                committed.update(ready)
    finally:
        await consumer.stop()
        senders.shutdown(wait=False)
    return stats


def _forget_revoked(
    assigned: Any,
    *,
    read: dict[Any, int],
    committed: dict[Any, int],
    waiting: dict[tuple[str, str], tuple[Any, int]],
    grouper: Grouper,
    retries: Retries,
) -> None:
    """Forget the alerts read from partitions no longer assigned here: their new owner reads them again.

    They are neither delivered nor committed here (they held their partition's offset back), so the
    notifier the group gave the partition to reads them from the committed offset and sends them;
    sending them here too, when their group or retry came due, sent them twice.
    """
    gone = {key for key, (tp, _) in waiting.items() if tp not in assigned}
    for offsets in (read, committed):
        for tp in [tp for tp in offsets if tp not in assigned]:
            del offsets[tp]
    if gone:
        grouper.drop(gone)
        retries.drop(gone)
        for key in gone:
            del waiting[key]
        logger.info("notifier: %d alerts of revoked partitions left to their new owner", len(gone))


def _admit(
    todo: list[tuple[Alert, NotifyRoute, tuple[Any, int]]],
    *,
    gate: RepeatGate,
    grouper: Grouper,
    retries: Retries,
    waiting: dict[tuple[str, str], tuple[Any, int]],
    records: list[Delivery],
    now_s: float,
) -> list[tuple[NotifyRoute, list[Alert]]]:
    """Pass each (alert, route) through the repeat gate: suppressed (a record), into its group, or sent now.

    An admitted record replaces its incident's failed one waiting to be tried again on the route.
    """
    now_jobs: list[tuple[NotifyRoute, list[Alert]]] = []
    for alert, route, at in todo:
        if not gate.admit(alert, route, now_s=now_s):
            records.append(_suppressed(alert, route))
            continue
        older = retries.supersede(alert, route)
        if older is not None:  # its failed row is stored: it no longer holds its partition back
            waiting.pop((older.alert_id, route.name), None)
        if route.group_wait_s > 0:
            grouper.add(alert, route, now_s=now_s)
            waiting[alert.alert_id, route.name] = at
        else:
            now_jobs.append((route, [alert]))
    return now_jobs


def _after_tries(
    jobs: list[tuple[NotifyRoute, list[Alert]]],
    sent: list[list[Delivery]],
    retried: list[tuple[NotifyRoute, list[Alert]]],
    *,
    gate: RepeatGate,
    retries: Retries,
    now_s: float,
) -> set[tuple[str, str]]:
    """Schedule each failed delivery for another try; return those ``(alert_id, route)`` to keep holding back.

    A retried delivery that went through is remembered by the gate now (its failure made the gate forget it).
    """
    again: set[tuple[str, str]] = set()
    retried_ids = {(alert.alert_id, route.name) for route, group in retried for alert in group}
    for (route, group), deliveries in zip(jobs, sent, strict=True):
        by_id = {alert.alert_id: alert for alert in group}
        for delivery in deliveries:
            alert = by_id[delivery.alert_id]
            if delivery.status == "failed":
                if retries.add(alert, route, now_s=now_s):
                    again.add((alert.alert_id, route.name))
                elif route.retry_s > 0:
                    logger.error(
                        "notify route %s: giving alert %s up after %.0f s of failed deliveries (its row says failed)",
                        route.name,
                        alert.alert_id,
                        route.give_up_s,
                    )
            elif (alert.alert_id, route.name) in retried_ids:
                retries.delivered(alert, route)
                incident = alert.incident_id or alert.alert_id
                gate.remember(route.name, incident, at_s=now_s, state=alert.state, severity=alert.severity)
    return again


def committable(read: Mapping[Any, int], waiting: Iterable[tuple[Any, int]]) -> dict[Any, int]:
    """The offset the notifier may commit on each partition: all it read, up to the first alert still waiting.

    ``read`` is the next offset of each partition read; ``waiting`` where each alert still waiting in a
    group was read (partition, offset). An alert in a group is neither delivered nor stored: a restart must
    read it again, and everything after it on its partition (what was delivered is skipped then).
    """
    offsets = dict(read)
    for tp, offset in waiting:
        if tp in offsets:
            offsets[tp] = min(offsets[tp], offset)
    return offsets


def _suppressed(alert: Alert, route: NotifyRoute) -> Delivery:
    error = f"incident notified on this route within repeat_s={route.repeat_s:g}"
    return _record(alert, route, status="suppressed", attempts=0, error=error)


def _alert_scrubber(settings: Settings) -> Callable[[str], str]:
    """The configured redactor's value patterns (imported here: the SDK package is not needed before)."""
    from errorflow.sdk.redact import build_redactor

    return build_redactor(settings).scrub_text


def _wanted(
    batches: Any, routes: tuple[NotifyRoute, ...], stats: NotifierStats, *, scrub: Callable[[str], str]
) -> list[tuple[Alert, NotifyRoute, tuple[Any, int]]]:
    """Every (alert, route) the records of a batch ask for, once each, with where its first copy was read.

    A producer's redelivery puts an alert on the topic twice, often in one batch; the stored
    deliveries only tell the copies of later batches apart (a route without ``repeat_s`` posted both).
    Each alert is scrubbed as it is read: what is delivered and logged holds no secret.
    """
    wanted: dict[tuple[str, str], tuple[Alert, NotifyRoute, tuple[Any, int]]] = {}
    for tp, messages in batches.items():
        for message in messages:
            stats.consumed += 1
            try:
                alert = scrubbed_alert(decode(message.value, Alert), scrub)
            except ErrorflowError:
                stats.malformed += 1  # the sink quarantines it
                continue
            for route in routes_for(alert, routes):
                wanted.setdefault((alert.alert_id, route.name), (alert, route, (tp, message.offset)))
    return list(wanted.values())


async def _load_gate(
    store: Any, executor: ThreadPoolExecutor, database: str, routes: tuple[NotifyRoute, ...], now_s: float
) -> RepeatGate:
    """The repeat gate as the stored deliveries leave it (so a restart does not notify every incident again)."""
    gate = RepeatGate()
    horizon = max((r.repeat_s for r in routes), default=0.0)
    if horizon <= 0:
        return gate
    sql = (
        "SELECT route, if(incident_id = '', alert_id, incident_id) AS incident, "
        "toUnixTimestamp64Milli(delivered_at) / 1000 AS at_s, state, severity "
        f"FROM {database}.alert_deliveries FINAL WHERE status = 'delivered' "
        "AND delivered_at >= fromUnixTimestamp64Milli({since:Int64})"
    )
    rows = await store_call(executor, lambda: store.query_rows(sql, {"since": int((now_s - horizon) * 1000)}))
    for row in rows:
        gate.remember(
            row["route"], row["incident"], at_s=float(row["at_s"]), state=row["state"], severity=row["severity"]
        )
    return gate


async def _already_delivered(store: Any, executor: ThreadPoolExecutor, database: str, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    sql = (
        f"SELECT delivery_id FROM {database}.alert_deliveries "
        "WHERE delivery_id IN {ids:Array(String)} AND status = 'delivered'"
    )
    rows = await store_call(executor, lambda: store.query_rows(sql, {"ids": ids}))
    return {r["delivery_id"] for r in rows}
