"""The anomaly agent: TaskRun events in, anomaly alerts (fire, repeat, escalate, resolve) on the alerts topic.

The detectors, windows and lifecycle are :mod:`errorflow.anomaly` (pure, the
same code as ``errorflow anomalies replay``); this module is the thin adapter:

- **Windows per batch.** An aiokafka consumer reads the events topic in
  ``getmany`` batches (not Faust's per-message path); each batch's finished
  attempts are counted into per-minute buckets equal to ClickHouse's
  ``taskrun_minute`` and ``fingerprint_minute``; failed events are classified
  by the pipeline's classifier for their fingerprint and category.
- **Time.** The engine's clock is the newest event time seen, or the worker's
  clock minus ``idle_grace_s`` when that is later (so alerts resolve when
  traffic stops); the clock is injected. An event stamped after the worker's
  clock (a service's clock set ahead, a hostile time) counts as happening at
  the worker's time, here and in the rebuild (at the cut).
- **State survives a restart without a state store of its own.** At start the
  windows are rebuilt from ClickHouse (the events stamped ``ingested_at``
  before a cut time ``T``; a failure's fingerprint from its stored verdict, or
  classified here when none is stored yet: :mod:`errorflow.anomaly.fingerprint_rebuild`),
  the dependency streaks from the stored events
  since each dependency's last success, and the open alerts from the alerts
  topic, which is the lifecycle's changelog. The consumer then starts at the sink's committed offsets
  (everything before them is stored, so it is in the rebuild); each event
  below the end offsets read after ``T`` is looked up and skipped when stored
  with a stamp before ``T`` (:mod:`errorflow.anomaly.catchup`). So every event
  is counted once, an alert that fired before a crash is not fired again, and
  its resolve still comes.
- **The cut.** ClickHouse stamps ``ingested_at`` (``DEFAULT now64(3)``) when an
  insert starts, and its rows become visible only when it ends: an insert
  running at ``T`` may hold rows stamped before ``T`` that no query sees yet.
  So after reading ``T`` the agent lists the inserts into ``taskrun_events``
  the server is running (``system.processes``) and waits until every one of
  them has ended before it rebuilds. An insert that stamps a row before ``T``
  is listed there from before its stamp until after its rows are visible, so
  it is either done before the list is read or on it: when the wait ends,
  every row stamped before ``T`` is visible, for the rebuild's queries and for
  every later lookup alike. Both read one fact of the row (its stamp against
  ``T``), whatever their timing: counted by the rebuild if and only if
  skipped by the catch-up.
- **Partitions.** The agent assigns the events topic's partitions itself (no
  consumer group): a service's rate mixes events of all partitions. Its
  consumer refreshes the topic's metadata every ``partitions_refresh_s`` and
  reads a partition added meanwhile from its beginning.

Run it in one pipeline worker (``ERRORFLOW_ANOMALY__ENABLED=false`` on the
others); a second one is warned of (:mod:`errorflow.agents.anomaly_peers`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from errorflow.anomaly import AnomalyEngine, Counts, RuleSet
from errorflow.anomaly.catchup import CatchUp, added_partitions
from errorflow.anomaly.detectors import STREAK_KEEP
from errorflow.anomaly.engine import RULES, restore_point
from errorflow.anomaly.fingerprint_rebuild import FAILURE_TEXT_COLUMNS, FingerprintBucket, merge_buckets, stored_failure
from errorflow.anomaly.replay import classified_outcome
from errorflow.anomaly.windows import Outcome
from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo, failure_verdict
from errorflow.errors import ErrorflowError, MalformedEventError, StoreUnavailableError
from errorflow.healing.liveness import no_beat
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.wire import WireEvent, check_event
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

__all__ = ["AnomalyStats", "rebuild", "run_anomaly", "store_call"]

logger = logging.getLogger(__name__)

_FINISHED = "('success', 'failed', 'timed_out')"
_FAILED = "('failed', 'timed_out')"
_TIMEOUT = (
    "(status = 'timed_out' OR (status = 'failed' AND positionCaseInsensitive(ifNull(error_type, ''), 'timeout') > 0))"
)
_FINISHED_STATUSES = frozenset({"success", "failed", "timed_out"})
_FAILED_STATUSES = frozenset({"failed", "timed_out"})


@dataclass
class AnomalyStats:
    """Counters of the anomaly agent."""

    consumed: int = 0
    observed: int = 0
    skipped_stored: int = 0
    malformed: int = 0
    alerts: int = 0
    restored_alerts: int = 0
    rebuilt_buckets: int = 0
    other_agents_seen: int = 0
    """Rebalances of the agents' group that showed another anomaly agent running (see anomaly_peers)."""


def rebuild(
    store: Any,
    *,
    database: str,
    engine: AnomalyEngine,
    cut: str,
    since_s: float,
    streak_since_s: float,
    classifier: Classifier,
) -> int:
    """Fill ``engine``'s windows from the events stamped before ``cut``; return the buckets loaded (store thread).

    ``cut`` comes from :func:`take_cut`: every row stamped before it is visible to these queries.
    ``classifier`` judges the stored failures whose verdict is not stored (yet), as the classifier
    agent judges them (:mod:`errorflow.anomaly.fingerprint_rebuild`).
    """
    db = database
    params = {"cut": cut, "since": datetime.fromtimestamp(since_s, tz=timezone.utc)}
    rows = store.query_rows(
        f"""
        SELECT toUnixTimestamp(toStartOfMinute(least(occurred_at, {{cut:DateTime64(3, 'UTC')}}))) AS minute_s,
            service, operation,
            countIf(status IN {_FINISHED}) AS finished,
            countIf(status IN {_FAILED}) AS failures,
            countIf({_TIMEOUT}) AS timeouts,
            countIf(attempt > 1 AND status IN {_FINISHED}) AS retries,
            countIf(attempt > 1 AND status IN {_FAILED}) AS retry_failures
        FROM {db}.taskrun_events
        WHERE ingested_at < {{cut:DateTime64(3, 'UTC')}} AND occurred_at >= {{since:DateTime64(3, 'UTC')}}
        GROUP BY minute_s, service, operation
        HAVING finished > 0
        """,
        params,
    )
    for r in rows:
        engine.load_counts(
            r["service"],
            r["operation"],
            int(r["minute_s"]) // 60,
            Counts(r["finished"], r["failures"], r["timeouts"], r["retries"], r["retry_failures"]),
        )
    loaded = len(rows)
    buckets = _rebuilt_fingerprints(store, database=db, params=params, classifier=classifier)
    for b in buckets:
        engine.load_fingerprint(
            b.service,
            b.fingerprint,
            b.minute,
            b.failures,
            operation=b.operation,
            category=b.category,
            error_type=b.error_type,
        )
    loaded += len(buckets)
    # Each dependency's streak: its failures since its last success (a fallback's answer is none), all
    # counted and the newest timed, as the live agent keeps it.
    streaks = store.query_rows(
        f"""
        SELECT service, dependency, argMax(operation, at_s) AS latest_operation, any(ok_s) AS last_ok,
            count() AS failures, arraySlice(arrayReverseSort(groupArray(at_s)), 1, {STREAK_KEEP}) AS newest
        FROM (
            SELECT service, dependency, operation, status, degraded, at_s,
                max(if(status = 'success' AND NOT degraded, at_s, 0)) OVER (PARTITION BY service, dependency)
                    AS ok_s
            FROM (
                SELECT service, dependency, operation, status, degraded,
                    toUnixTimestamp64Milli(least(occurred_at, {{cut:DateTime64(3, 'UTC')}})) / 1000 AS at_s
                FROM {db}.taskrun_events
                WHERE ingested_at < {{cut:DateTime64(3, 'UTC')}} AND occurred_at >= {{since:DateTime64(3, 'UTC')}}
                    AND dependency IS NOT NULL AND status IN {_FINISHED}
            )
        )
        WHERE NOT (status = 'success' AND NOT degraded) AND at_s > ok_s
        GROUP BY service, dependency
        """,
        {"cut": cut, "since": datetime.fromtimestamp(streak_since_s, tz=timezone.utc)},
    )
    for r in streaks:
        last_ok = float(r["last_ok"])
        engine.load_streak(
            r["service"],
            r["dependency"],
            r["latest_operation"],
            last_success_s=last_ok if last_ok > 0 else float("-inf"),
            failure_times=[float(t) for t in r["newest"]],
            failures=int(r["failures"]),
        )
    return loaded


_UNJUDGED_CHUNK = 10_000
"""Failures whose stored rows one query reads (their ids are a query parameter)."""


def _rebuilt_fingerprints(
    store: Any, *, database: str, params: dict[str, Any], classifier: Classifier
) -> list[FingerprintBucket]:
    """The fingerprint buckets of the failures stamped before the cut, each counted once (store thread).

    One query reads the failures joined to their stored verdicts: the matched ones come back counted
    per fingerprint and minute, each unmatched one on a row of its own (its verdict may land later,
    or never). Only those are then read whole (their text) and classified here: the rule is
    :mod:`errorflow.anomaly.fingerprint_rebuild`'s, and no text column of the other failures is read.
    The verdicts are grouped by failure before the join: a verdict stored twice matches its failure once.
    The ids of the unmatched failures are fixed by that one query; a verdict landing after it changes nothing.
    """
    db = database
    rows = store.query_rows(
        f"""
        SELECT minute_s, service, fingerprint, unjudged_id, count() AS failures,
            any(operation) AS operation, any(category) AS category, any(error_type) AS error_type
        FROM (
            SELECT toUnixTimestamp(toStartOfMinute(least(e.occurred_at, {{cut:DateTime64(3, 'UTC')}}))) AS minute_s,
                e.service AS service, e.operation AS operation, e.error_type AS error_type,
                v.fingerprint AS fingerprint, v.category AS category,
                if(v.judged = 1, '', e.event_id) AS unjudged_id
            FROM {db}.taskrun_events AS e
            LEFT JOIN (
                SELECT failed_event_id, 1 AS judged, any(fingerprint) AS fingerprint, any(category) AS category
                FROM {db}.error_classifications
                WHERE failed_at >= {{since:DateTime64(3, 'UTC')}}
                GROUP BY failed_event_id
            ) AS v ON v.failed_event_id = e.event_id
            WHERE e.ingested_at < {{cut:DateTime64(3, 'UTC')}} AND e.occurred_at >= {{since:DateTime64(3, 'UTC')}}
                AND e.status IN {_FAILED}
        )
        GROUP BY minute_s, service, fingerprint, unjudged_id
        """,
        params,
    )
    buckets = [
        FingerprintBucket(
            r["service"],
            r["fingerprint"],
            int(r["minute_s"]) // 60,
            int(r["failures"]),
            r["operation"],
            r["category"],
            r["error_type"],
        )
        for r in rows
        if not r["unjudged_id"]
    ]
    unjudged = {r["unjudged_id"]: r for r in rows if r["unjudged_id"]}
    ids = sorted(unjudged)
    texts: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _UNJUDGED_CHUNK):
        chunk = ids[start : start + _UNJUDGED_CHUNK]
        texts.update(
            (r["event_id"], r)
            for r in store.query_rows(
                f"SELECT event_id, {', '.join(FAILURE_TEXT_COLUMNS)} FROM {db}.taskrun_events "
                "WHERE event_id IN {ids:Array(String)} AND ingested_at < {cut:DateTime64(3, 'UTC')}",
                {"ids": chunk, "cut": params["cut"]},
            )
        )
    verdicts: dict[tuple[Any, ...], tuple[str, str]] = {}
    for event_id in ids:
        r = unjudged[event_id]
        text = texts.get(event_id)
        if text is None:  # read a moment ago, stamped before the cut: only a dropped partition loses it
            logger.warning("anomaly agent: the stored failure %s is gone; its fingerprint is not rebuilt", event_id)
            continue
        # A verdict is a function of these columns alone: a backlog's repeats of one failure are judged once.
        evidence = tuple(text.get(name) for name in FAILURE_TEXT_COLUMNS)
        judged = verdicts.get(evidence)
        if judged is None:
            verdict = failure_verdict(stored_failure(text), classifier)
            judged = verdicts[evidence] = (verdict.fingerprint, verdict.category.value)
        buckets.append(
            FingerprintBucket(
                r["service"],
                judged[0],
                int(r["minute_s"]) // 60,
                int(r["failures"]),
                r["operation"],
                judged[1],
                r["error_type"],
            )
        )
    return merge_buckets(buckets)


async def run_anomaly(
    settings: Settings,
    *,
    store: Any,
    executor: ThreadPoolExecutor,
    classifier: Classifier,
    rules: RuleSet,
    stop: asyncio.Event,
    stats: AnomalyStats | None = None,
    clock: Callable[[], float] = time.time,
    engine: AnomalyEngine | None = None,
    verdicts: VerdictMemo | None = None,
    beat: Callable[[], None] = no_beat,
) -> AnomalyStats:
    """Rebuild, then consume events and emit anomaly alerts until ``stop``.

    ``engine`` (a new one by default) is the detectors' state; a test passes
    its own to compare the windows with the store's.
    """
    from errorflow.streams.kafka import make_consumer, make_producer

    stats = stats or AnomalyStats()
    engine = engine if engine is not None else AnomalyEngine(rules)
    events_topic = settings.topic(Topics.EVENTS.name)
    alerts_topic = settings.topic(Topics.ALERTS.name)
    start_offsets, cut = await _restore(
        settings,
        store=store,
        executor=executor,
        engine=engine,
        classifier=classifier,
        clock=clock,
        stats=stats,
        stop=stop,
        beat=beat,
    )

    # No consumer group: every partition is assigned by hand, and the start offsets come from the sink.
    # The client refreshes the topic's metadata this often: a partition added meanwhile is read (_adopt).
    consumer = make_consumer(
        settings,
        group=f"{settings.app_id}-anomaly",
        group_id=None,
        metadata_max_age_ms=int(settings.anomaly.partitions_refresh_s * 1000),
    )
    producer = make_producer(settings)
    await producer.start()
    await consumer.start()
    peers = asyncio.create_task(_watch_peers(settings, stop, stats), name="errorflow-anomaly-peers")
    try:
        catch_up = CatchUp()
        await _assign(consumer, settings, events_topic, start_offsets, catch_up)
        event_time = float("-inf")
        last_eval = float("-inf")
        while not stop.is_set():
            beat()
            await _adopt(consumer, events_topic, catch_up)
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.sink.fetch_max_records)
            outcomes: list[Outcome] = []
            for tp, messages in batches.items():
                lookup, rest = catch_up.split(tp.partition, messages)
                decoded = _decode(settings, lookup, classifier, stats, verdicts)
                if decoded:
                    decoded = await _unstored(
                        store,
                        executor=executor,
                        database=settings.clickhouse.database,
                        cut=cut,
                        decoded=decoded,
                        stats=stats,
                    )
                decoded += _decode(settings, rest, classifier, stats, verdicts)
                outcomes.extend(outcome for _, outcome in decoded)
            outcomes.sort(key=lambda o: o.at_s)  # partitions interleave: a streak is counted in event time
            wall = clock()
            for outcome in outcomes:
                if outcome.at_s > wall:
                    # From a clock set ahead (or a hostile time): it happens now. Its own time would carry
                    # the engine's time there for good (every window empty, nothing firing), and a success
                    # there would end its dependency's every later failure streak.
                    outcome = dataclasses.replace(outcome, at_s=wall)  # noqa: PLW2901 - the clamped outcome
                engine.observe(outcome)
                event_time = max(event_time, outcome.at_s)
            stats.observed += len(outcomes)
            if outcomes or clock() - last_eval >= settings.anomaly.eval_interval_s:
                last_eval = clock()
                alerts = engine.evaluate(max(event_time, last_eval - settings.anomaly.idle_grace_s))
                if alerts:
                    await _emit(producer, alerts_topic, alerts)
                    stats.alerts += len(alerts)
    finally:
        peers.cancel()
        await asyncio.gather(peers, return_exceptions=True)
        await consumer.stop()
        await producer.stop()
    return stats


async def _watch_peers(settings: Settings, stop: asyncio.Event, stats: AnomalyStats) -> None:
    """Warn while another anomaly agent runs (:mod:`errorflow.agents.anomaly_peers`); a failure ends only the watch."""
    from errorflow.agents.anomaly_peers import watch_peers

    def seen() -> None:
        stats.other_agents_seen += 1

    try:
        await watch_peers(settings, stop=stop, seen=seen)
    except Exception:
        logger.exception("anomaly agent: the watch for other anomaly agents failed; detection goes on")


async def _restore(
    settings: Settings,
    *,
    store: Any,
    executor: ThreadPoolExecutor,
    engine: AnomalyEngine,
    classifier: Classifier,
    clock: Callable[[], float],
    stats: AnomalyStats,
    stop: asyncio.Event,
    beat: Callable[[], None],
) -> tuple[dict[int, int], str]:
    """Rebuild windows and streaks from the store and open alerts from the topic; return start offsets and the cut."""
    loop = asyncio.get_running_loop()
    events_topic = settings.topic(Topics.EVENTS.name)
    # The sink's offsets first: every event before them is stored, so stamped before the cut read next.
    start_offsets = await _committed_offsets(settings, f"{settings.app_id}-sink", events_topic)
    cut = await take_cut(store, executor, stop=stop, beat=beat)
    now = clock()
    stats.rebuilt_buckets = await loop.run_in_executor(
        executor,
        lambda: rebuild(
            store,
            database=settings.clickhouse.database,
            engine=engine,
            cut=cut,
            since_s=now - engine.history_s(),
            streak_since_s=now - 3600,
            classifier=classifier,
        ),
    )
    stats.restored_alerts = engine.restore_alerts(await _read_alerts(settings, settings.topic(Topics.ALERTS.name)))
    logger.info(
        "anomaly agent: %d buckets rebuilt from the store (cut %s), %d open alerts restored",
        stats.rebuilt_buckets,
        cut,
        stats.restored_alerts,
    )
    return start_offsets, cut


_CUT_SQL = "SELECT toString(now64(3, 'UTC'))"
# Every insert that may write taskrun_events: into it, or into the landing table whose view writes it.
_INSERTS_SQL = (
    "SELECT query_id FROM system.processes "
    "WHERE query_kind = 'Insert' AND positionCaseInsensitive(query, 'taskrun_events') > 0"
)
_STILL_RUNNING_SQL = "SELECT query_id FROM system.processes WHERE query_id IN {ids:Array(String)}"
_CUT_POLL_S = 0.05
_CUT_WARN_S = 30.0


async def take_cut(
    store: Any,
    executor: ThreadPoolExecutor,
    *,
    stop: asyncio.Event | None = None,
    beat: Callable[[], None] = no_beat,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """A cut time ``T`` (the store's clock) such that every row stamped before ``T`` is visible now.

    ``T`` is read first, then the inserts into ``taskrun_events`` the server is running; this waits
    until each of them has ended. An insert stamping a row before ``T`` entered the server's process
    list before stamping it and leaves it only after its rows are visible: it is done before the
    list is read, or on the list and waited for. A row stamped ``T`` or later is not counted by the
    rebuild (strictly before ``T``), whichever insert wrote it. See the module docstring.
    """
    cut = str(await store_call(executor, lambda: store.query_value(_CUT_SQL)))
    running = [str(r["query_id"]) for r in await store_call(executor, lambda: store.query_rows(_INSERTS_SQL))]
    started = clock()
    warned = False
    while running and not (stop is not None and stop.is_set()):
        beat()
        if not warned and clock() - started >= _CUT_WARN_S:
            warned = True
            logger.warning("anomaly agent: still waiting for %d inserts running at the cut %s", len(running), cut)
        await asyncio.sleep(_CUT_POLL_S)
        params = {"ids": running}
        rows = await store_call(executor, lambda: store.query_rows(_STILL_RUNNING_SQL, params))  # noqa: B023 - awaited here
        running = [str(r["query_id"]) for r in rows]
    return cut


async def _assign(consumer: Any, settings: Settings, topic: str, offsets: dict[int, int], catch_up: CatchUp) -> None:
    """Assign every partition of ``topic``, each at the sink's offset (or the beginning), and bound their catch-up.

    Called after the cut: the end offsets read here bound the records that may be stored before it.
    """
    from aiokafka import TopicPartition

    numbers = sorted(consumer.partitions_for_topic(topic) or []) or list(range(settings.kafka.partitions))
    partitions = [TopicPartition(topic, p) for p in numbers]
    consumer.assign(partitions)
    for tp in partitions:
        if tp.partition in offsets:
            consumer.seek(tp, offsets[tp.partition])
        else:
            await consumer.seek_to_beginning(tp)
    ends = await consumer.end_offsets(partitions)
    for tp in partitions:
        catch_up.add(tp.partition, await consumer.position(tp), ends[tp])


async def _adopt(consumer: Any, topic: str, catch_up: CatchUp) -> None:
    """Assign the partitions the topic's metadata names beyond the assigned ones, each from its beginning.

    The assigned partitions keep their positions (a new assignment resets them, so they are sought
    back). A new partition's records up to its end offset read now are looked up like a restart's:
    the sink may have stored some before the cut.
    """
    from aiokafka import TopicPartition

    assigned = consumer.assignment()
    added = added_partitions((tp.partition for tp in assigned), consumer.partitions_for_topic(topic))
    if not added:
        return
    positions = {tp: await consumer.position(tp) for tp in assigned}
    new = [TopicPartition(topic, p) for p in added]
    consumer.assign([*positions, *new])
    for tp, position in positions.items():
        consumer.seek(tp, position)
    for tp in new:
        await consumer.seek_to_beginning(tp)
    ends = await consumer.end_offsets(new)
    for tp in new:
        catch_up.add(tp.partition, await consumer.position(tp), ends[tp])
    logger.info("anomaly agent: reading the new partitions %s of %s from their beginning", added, topic)


def _decode(
    settings: Settings,
    messages: list[Any],
    classifier: Classifier,
    stats: AnomalyStats,
    verdicts: VerdictMemo | None = None,
) -> list[tuple[str, Outcome]]:
    """``(event_id, outcome)`` of the finished attempts among ``messages``; never raises.

    A success or a failure the sink's fast check vouches for (:func:`errorflow.schemas.wire.check_event`,
    which accepts only what the contract accepts) is read from its checked shape, which
    keeps this agent far cheaper than the sink per event; everything else (bulk failures
    among them) goes through the contract model. A record neither accepts is the sink's to quarantine; a record
    whose handling raises anyway is counted and logged, and the agent goes on.
    """
    decoded = []
    for message in messages:
        stats.consumed += 1
        try:
            item = _decode_one(settings, message.value, classifier, verdicts)
        except MalformedEventError:
            stats.malformed += 1  # the sink quarantines it
            continue
        except Exception:  # one record's surprise must not stop anomaly detection
            stats.malformed += 1
            logger.exception("anomaly agent cannot read %s[%s]@%s", message.topic, message.partition, message.offset)
            continue
        if item is not None:
            decoded.append(item)
    return decoded


def _checked_outcome(checked: WireEvent, **failure: str | None) -> Outcome:
    """The window outcome of an event the wire check vouched for (``failure``: a failure's type and verdict)."""
    return Outcome(
        at_s=checked.occurred_at.timestamp(),
        service=checked.service,
        operation=checked.operation,
        status=checked.status,
        attempt=checked.attempt,
        dependency=checked.dependency,
        degraded=checked.degraded,
        **failure,
    )


def _decode_one(
    settings: Settings, value: bytes | None, classifier: Classifier, verdicts: VerdictMemo | None = None
) -> tuple[str, Outcome] | None:
    """The outcome of one record, None for a status the windows do not count."""
    if value is None:
        raise MalformedEventError("empty", detail="record has no value")
    # Over the size limit the contract refuses it (too_large, quarantined by the sink): never counted here.
    checked = check_event(value) if len(value) <= settings.kafka.max_message_bytes else None
    if checked is not None and checked.status == "success":
        return checked.event_id, _checked_outcome(checked)
    if checked is not None and checked.status in _FAILED_STATUSES and not checked.error_list:
        # A failure the check vouches for: its verdict from the checked shape (the memo's, when the
        # classifier agent judged it first); bulk failures keep the contract path (items kept raw here).
        verdict = failure_verdict(checked, classifier) if verdicts is None else verdicts.verdict(checked, classifier)
        return checked.event_id, _checked_outcome(
            checked, error_type=checked.error_type, fingerprint=verdict.fingerprint, category=verdict.category.value
        )
    event = decode(value, TaskRunEvent, max_bytes=settings.kafka.max_message_bytes)
    if event.status.value not in _FINISHED_STATUSES:
        return None
    return event.event_id, classified_outcome(event, classifier, verdicts)


def _epoch(text: str) -> float:
    """Unix seconds of an ISO 8601 time as the contract reads it (``Z`` or an offset; naive means UTC)."""
    at = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    return (at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)).timestamp()


async def store_call(
    executor: ThreadPoolExecutor, call: Callable[[], Any], *, attempts: int = 5, backoff_s: float = 0.2
) -> Any:
    """Run ``call`` on the store's thread, retrying a store that is unavailable for a moment."""
    from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

    loop = asyncio.get_running_loop()
    async for attempt in AsyncRetrying(
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=backoff_s, max=5),
        retry=retry_if_exception_type(StoreUnavailableError),
        reraise=True,
    ):
        with attempt:
            return await loop.run_in_executor(executor, call)
    raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover


async def _emit(producer: Any, topic: str, alerts: list[Alert]) -> None:
    """Produce alerts and wait for the broker's acks: an alert on the topic is one the lifecycle remembers."""
    futures = [await producer.send(topic, encode(alert), key=alert.key) for alert in alerts]
    await asyncio.gather(*futures)
    for alert in alerts:
        logger.info("alert %s %s: %s", alert.labels.get("notification"), alert.severity, alert.message)


async def _unstored(
    store: Any,
    *,
    executor: ThreadPoolExecutor,
    database: str,
    cut: str,
    decoded: list[tuple[str, Outcome]],
    stats: AnomalyStats,
) -> list[tuple[str, Outcome]]:
    """The events not stored with a stamp before ``cut`` (those that are, are in the rebuilt windows)."""
    ids = [event_id for event_id, _ in decoded]
    sql = (
        f"SELECT DISTINCT event_id FROM {database}.taskrun_events "
        "WHERE event_id IN {ids:Array(String)} AND ingested_at < {cut:DateTime64(3, 'UTC')}"
    )
    rows = await store_call(executor, lambda: store.query_rows(sql, {"ids": ids, "cut": cut}))
    stored = {r["event_id"] for r in rows}
    stats.skipped_stored += len(stored)
    return [(event_id, outcome) for event_id, outcome in decoded if event_id not in stored]


async def _committed_offsets(settings: Settings, group: str, topic: str) -> dict[int, int]:
    """The sink group's committed offsets of ``topic`` (partitions it never committed are left out).

    Read with a consumer that names the group but never joins it (no subscription), so the sink's
    membership is untouched.
    """
    from aiokafka import TopicPartition

    from errorflow.streams.kafka import make_consumer

    consumer = make_consumer(settings, group=group)
    await consumer.start()
    try:
        numbers = sorted(consumer.partitions_for_topic(topic) or []) or list(range(settings.kafka.partitions))
        offsets = {}
        for number in numbers:
            committed = await consumer.committed(TopicPartition(topic, number))
            if committed is not None and committed >= 0:
                offsets[number] = committed
        return offsets
    finally:
        await consumer.stop()


async def _read_alerts(settings: Settings, topic: str) -> list[Alert]:
    """Every anomaly alert record on the alerts topic, oldest first per incident (the lifecycle's changelog)."""
    from errorflow.streams.kafka import read_topic

    records = await read_topic(
        settings, topic, group=f"{settings.app_id}-anomaly-restore", keep=lambda value: b'"rule"' in value
    )
    alerts: list[tuple[float, int, Alert]] = []
    for message in records:
        try:
            alert = decode(message.value, Alert)
        except ErrorflowError:
            continue
        if alert.rule not in RULES:
            continue
        point = restore_point(alert)
        if point is None:  # not a record the engine wrote: one bad record must not stop the agent
            logger.warning(
                "anomaly agent: alert record %s[%s]@%s has unreadable labels; not restored",
                message.topic,
                message.partition,
                message.offset,
            )
            continue
        alerts.append((point[1], point[2], alert))
    alerts.sort(key=lambda item: (item[0], item[1]))
    return [alert for _, _, alert in alerts]
