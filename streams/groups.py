"""Consumer groups seen from outside: joined or not, how much work waits, whether it is a backlog.

The Kafka side of errorflow's health (:mod:`errorflow.health`) and of seed 001's
backlog rule (:mod:`errorflow.healing.backlog`):

- :class:`GroupProbe` describes groups (joined = ``Stable`` with a member) and
  measures lag: end offsets minus the group's committed offsets. Tansu answers
  the admin ``OffsetFetch`` with a frame aiokafka cannot read, so committed
  offsets are read through a consumer carrying the group id that never
  subscribes (it never joins the group, so it moves nothing). Tansu's end
  offsets run ahead by up to one batch: the backlog rule tolerates it.
- :func:`run_backlog_watch` measures every ``backlog_interval_s`` and, when a
  group's waiting work passes ``backlog_max_wait_s``, publishes a HIGH
  ``queue_backlog`` alert with seed 001's recommendation and a healing action;
  both again (resolved) when the group caught up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from errorflow.errors import BrokerError
from errorflow.healing.backlog import BacklogMonitor, BacklogRule, BacklogTransition
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode
from errorflow.schemas.healing import HealingAction
from errorflow.settings import Settings
from errorflow.streams.kafka import bootstrap_servers, make_producer
from errorflow.streams.topics import Topics

__all__ = ["GroupLag", "GroupProbe", "LagSnapshot", "backlog_alert", "run_backlog_watch"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GroupLag:
    """A group's position on one topic: records waiting and the sum of its committed offsets."""

    lag: int
    committed: int


@dataclass(slots=True)
class LagSnapshot:
    """The latest lag measured per (group, topic), for the readiness check."""

    lags: dict[tuple[str, str], GroupLag] = field(default_factory=dict)
    measured_at: float | None = None

    def total(self, groups: Iterable[str]) -> int:
        """Records waiting for ``groups`` at the last measurement."""
        wanted = set(groups)
        return sum(lag.lag for (group, _), lag in self.lags.items() if group in wanted)


class GroupProbe:
    """One admin client (group states) plus one offset reader per group; start once, reuse, stop.

    End offsets are read by a consumer started for each measurement: a
    long-lived consumer that subscribes to nothing never learns the partitions
    of topics created after it started.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._bootstrap = bootstrap_servers(settings)
        self._admin: AIOKafkaAdminClient | None = None
        self._readers: dict[str, AIOKafkaConsumer] = {}
        self._lock = asyncio.Lock()

    @property
    def connected(self) -> bool:
        """True once :meth:`start` succeeded."""
        return self._admin is not None

    async def start(self) -> None:
        """Connect the admin client; a no-op once connected.

        Raises:
            KafkaError: the broker cannot be reached (nothing stays connected; call again later).
        """
        async with self._lock:
            if self._admin is not None:
                return
            admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap)
            try:
                await asyncio.wait_for(admin.start(), timeout=self._settings.kafka.request_timeout_s)
            except BaseException:
                with contextlib.suppress(Exception):
                    await admin.close()
                raise
            self._admin = admin

    async def stop(self) -> None:
        """Close every connection."""
        async with self._lock:
            for reader in self._readers.values():
                with contextlib.suppress(Exception):
                    await reader.stop()
            self._readers.clear()
            admin, self._admin = self._admin, None
            if admin is not None:
                with contextlib.suppress(Exception):
                    await admin.close()

    async def joined(self, groups: Sequence[str]) -> dict[str, str]:
        """Return the groups that are not joined, each with why (an empty dict: all joined)."""
        if self._admin is None:
            raise BrokerError("the group probe is not connected to Kafka")
        states: dict[str, tuple[str, int]] = {}
        for wanted in groups:  # one group per request: Tansu cannot encode an answer about several
            for response in await self._admin.describe_consumer_groups([wanted]):
                for entry in response.groups:
                    error_code, group, state, _protocol_type, _protocol, members = entry[:6]
                    states[group] = (state if not error_code else f"error {error_code}", len(members))
        missing: dict[str, str] = {}
        for group in groups:
            state, members = states.get(group, ("unknown", 0))
            if state != "Stable" or members == 0:
                missing[group] = f"{state}, {members} member(s)"
        return missing

    async def lag(self, group: str, topics: Sequence[str]) -> dict[str, GroupLag]:
        """Measure ``group`` on each of ``topics`` (topics that do not exist yet have no lag)."""
        timeout = self._settings.kafka.request_timeout_s
        async with self._lock:  # one measurement at a time per probe: the readers are shared
            if self._admin is None:
                raise BrokerError("the group probe is not connected to Kafka")
            reader = await self._reader(group)
            ends = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, enable_auto_commit=False)
            await asyncio.wait_for(ends.start(), timeout=timeout)
            try:
                result: dict[str, GroupLag] = {}
                for topic in topics:
                    found = ends.partitions_for_topic(topic)
                    if not found:  # not created yet: nothing waits on it
                        result[topic] = GroupLag(0, 0)
                        continue
                    partitions = [TopicPartition(topic, p) for p in sorted(found)]
                    end = await ends.end_offsets(partitions)
                    starts: dict[TopicPartition, int] | None = None
                    lag = committed_sum = 0
                    for tp in partitions:
                        committed = await reader.committed(tp)
                        if committed is None:  # nothing committed yet: everything since the start waits
                            starts = starts or await ends.beginning_offsets(partitions)
                            committed = starts[tp]
                        committed_sum += committed
                        lag += max(0, end[tp] - committed)
                    result[topic] = GroupLag(lag, committed_sum)
                return result
            finally:
                with contextlib.suppress(Exception):
                    await ends.stop()

    async def _reader(self, group: str) -> AIOKafkaConsumer:
        reader = self._readers.get(group)
        if reader is None:
            reader = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, group_id=group, enable_auto_commit=False)
            await asyncio.wait_for(reader.start(), timeout=self._settings.kafka.request_timeout_s)
            self._readers[group] = reader
        return reader


def backlog_alert(transition: BacklogTransition, *, settings: Settings) -> tuple[Alert, HealingAction]:
    """The alert and the healing action of a backlog that started or ended."""
    assessment = transition.assessment
    rate = "unknown" if assessment.rate_per_s is None else f"{assessment.rate_per_s:.1f}/s"
    wait = "no end (nothing processed)" if assessment.wait_s == float("inf") else f"{(assessment.wait_s or 0):.0f}s"
    firing = transition.state == "firing"
    target = f"{transition.group}/{transition.topic}"
    reason = (
        f"{assessment.lag} records waiting at {rate}: {wait} of work (limit {settings.health.backlog_max_wait_s:g}s)"
    )
    threshold = settings.health.backlog_max_wait_s
    alert = Alert(
        incident_id=f"queue_backlog:{target}",
        rule="queue_backlog",
        severity="HIGH",
        state="firing" if firing else "resolved",
        message=f"{target}: {reason}. {assessment.recommendation or 'The backlog is gone.'}",
        value=None if assessment.wait_s in (None, float("inf")) else assessment.wait_s,
        threshold=threshold,
        labels={
            "group": transition.group,
            "topic": transition.topic,
            "lag": str(assessment.lag),
            "rate_per_s": "" if assessment.rate_per_s is None else f"{assessment.rate_per_s:.3f}",
            "recommendation": assessment.recommendation,
        },
    )
    action = HealingAction(
        issue="queue_backlog",
        action="alert_backlog" if firing else "resolve_backlog",
        outcome="alerted" if firing else "resolved",
        target=target,
        reason=reason,
        host=socket.gethostname(),
        app_id=settings.app_id,
    )
    return alert, action


async def run_backlog_watch(
    settings: Settings,
    *,
    probe: GroupProbe,
    targets: Mapping[str, Sequence[str]],
    stop: asyncio.Event,
    snapshot: LagSnapshot,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Measure ``{group: topics}`` until ``stop``; publish backlog alerts and healing actions on changes.

    A failed measurement is logged and tried again next interval: health
    reporting must never stop the pipeline.
    """
    health = settings.health
    monitor = BacklogMonitor(
        BacklogRule(
            max_wait_s=health.backlog_max_wait_s,
            tolerance_records=health.backlog_tolerance_records,
            min_observation_s=health.backlog_min_observation_s,
        ),
        window_s=max(health.backlog_max_wait_s, health.backlog_min_observation_s * 2),
    )
    producer: Any = make_producer(settings)
    await producer.start()
    alerts_topic, healing_topic = settings.topic(Topics.ALERTS.name), settings.topic(Topics.HEALING.name)
    try:
        for group, topic in await _open_backlogs(settings, alerts_topic, targets):
            monitor.reopen(group=group, topic=topic)
        while not stop.is_set():
            try:
                for group, topics in targets.items():
                    # Bounded: a coordinator that never answers must not stop the watch for good.
                    measured = await asyncio.wait_for(probe.lag(group, topics), timeout=health.check_timeout_s * 10)
                    for topic, lag in measured.items():
                        snapshot.lags[(group, topic)] = lag
                        transition = monitor.observe(
                            group=group, topic=topic, now=clock(), lag=lag.lag, committed=lag.committed
                        )
                        if transition is None:
                            continue
                        alert, action = backlog_alert(transition, settings=settings)
                        logger.warning("%s", alert.message)
                        await producer.send_and_wait(alerts_topic, encode(alert), key=alert.key)
                        await producer.send_and_wait(healing_topic, encode(action), key=action.key)
                snapshot.measured_at = clock()
            except (KafkaError, BrokerError, OSError, asyncio.TimeoutError) as exc:
                logger.warning("backlog measurement failed (tried again in %ss): %s", health.backlog_interval_s, exc)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=health.backlog_interval_s)
    finally:
        with contextlib.suppress(Exception):
            await producer.stop()


async def _open_backlogs(
    settings: Settings, alerts_topic: str, targets: Mapping[str, Sequence[str]]
) -> list[tuple[str, str]]:
    """The watched (group, topic) pairs whose last ``queue_backlog`` record on the alerts topic is firing.

    A backlog alert raised before a restart is resolved by the restarted watch when the group
    caught up; without this its resolve never came. A failed read is logged: health must not
    stop the pipeline.
    """
    from errorflow.errors import ErrorflowError
    from errorflow.schemas.codec import decode
    from errorflow.streams.kafka import read_topic

    incidents = {f"queue_backlog:{g}/{t}": (g, t) for g, topics in targets.items() for t in topics}
    try:
        records = await read_topic(
            settings, alerts_topic, group=f"{settings.app_id}-backlog-restore", keep=lambda v: b"queue_backlog" in v
        )
    except Exception as exc:  # any failure: the watch goes on without them
        logger.warning("cannot read open backlog alerts (their resolve may not come): %r", exc)
        return []
    last: dict[str, str] = {}  # incident -> its latest state (an incident's records share a key: one partition)
    for record in records:
        try:
            alert = decode(record.value, Alert)
        except ErrorflowError:
            continue
        if alert.rule == "queue_backlog" and alert.incident_id in incidents:
            last[alert.incident_id] = alert.state
    return [incidents[incident] for incident, state in last.items() if state == "firing"]
