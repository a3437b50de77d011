"""Where alerts go: notification routes per severity, and the payloads they send (pure).

A route names a notifier (``log`` or ``webhook``), the severities and states it
takes, and for a webhook its URL, its payload format (errorflow's JSON, or a
Slack-compatible ``{"text": ..., "attachments": [...]}``) and its retries. The
rules file lists them (``[[notify]]``); without any, every alert goes to the log::

    [[notify]]
    name = "oncall"
    kind = "webhook"
    url = "https://hooks.example.com/T000/B000/XXXX"
    format = "slack"
    severities = ["CRITICAL", "HIGH"]

    [[notify]]
    name = "log"
    kind = "log"
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from errorflow.anomaly.rules import Severity
from errorflow.schemas.alerts import Alert

__all__ = [
    "DEFAULT_ROUTES",
    "Delivery",
    "Grouper",
    "NotifyRoute",
    "RepeatGate",
    "Retries",
    "group_payload",
    "payload",
    "routes_for",
    "scrubbed_alert",
]

_ALL: tuple[Severity, ...] = ("CRITICAL", "HIGH", "MEDIUM", "LOW")
_COLOURS = {"CRITICAL": "#d00000", "HIGH": "#e85d04", "MEDIUM": "#faa307", "LOW": "#8d99ae"}


class NotifyRoute(BaseModel):
    """One notification route: which alerts, to what."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    """Names the route in delivery records."""
    kind: Literal["log", "webhook"]
    """``log``: a line in errorflow's log; ``webhook``: an HTTP POST of JSON."""
    severities: tuple[Severity, ...] = _ALL
    """Severities the route takes (seed 004: page on CRITICAL, notify a coordinator on HIGH...)."""
    states: tuple[Literal["firing", "resolved"], ...] = ("firing", "resolved")
    """Alert states the route takes."""
    url: SecretStr | None = None
    """The webhook's URL (a secret: webhook URLs carry tokens)."""
    format: Literal["json", "slack"] = "json"
    """``json``: the alert record; ``slack``: a Slack-compatible message."""
    attempts: int = Field(default=5, ge=1)
    """Tries per delivery (tenacity, exponential backoff) before it is recorded as failed."""
    timeout_s: float = Field(default=5.0, gt=0)
    """Time limit of one whole HTTP request (connect, send, reply headers and an error body), not of each read."""
    backoff_s: float = Field(default=0.5, gt=0)
    """First wait between tries; doubles up to 30 s."""
    group_wait_s: float = Field(default=0.0, ge=0)
    """Alerts of one service arriving within this wait go out as one notification (Alertmanager's group_wait);
    0 sends each alert on its own."""
    repeat_s: float = Field(default=3600.0, ge=0)
    """Another record of an incident already notified on this route, in the same state and not more severe,
    is suppressed for this long (Alertmanager's repeat_interval): a permanent error dead-lettering run
    after run notifies once an hour, not once a run. 0 sends every record."""
    retry_s: float = Field(default=60.0, ge=0)
    """A delivery that failed after its ``attempts`` is tried again this long later, and again until it is
    delivered or a newer record of its incident is sent on the route (Alertmanager sends again at the next
    group interval): a webhook down for a minute loses no fire and no resolve. 0 never tries again."""
    give_up_s: float = Field(default=86400.0, gt=0)
    """How long after a record's first failed delivery the route stops trying it again: its failed row
    stays, and it no longer holds its alerts partition's offset back (a route broken for good would
    otherwise hold it, and every record read after it on a restart, for ever)."""

    @model_validator(mode="after")
    def _webhook_has_url(self) -> NotifyRoute:
        if self.kind == "webhook" and (
            self.url is None or not self.url.get_secret_value().startswith(("http://", "https://"))
        ):
            raise ValueError(f"notify route {self.name!r}: a webhook needs an http(s) url")
        return self


DEFAULT_ROUTES: tuple[NotifyRoute, ...] = (NotifyRoute(name="log", kind="log"),)


class Delivery(BaseModel):
    """The record of one delivery of one alert on one route: delivered or failed, after how many tries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    delivery_id: str
    """``<alert_id>:<route>``: one record per alert and route (the store deduplicates on it)."""
    alert_id: str
    incident_id: str
    rule: str
    severity: str
    state: str
    route: str
    kind: str
    status: Literal["delivered", "failed", "suppressed"]
    """``suppressed``: the incident was notified on this route within its ``repeat_s``."""
    attempts: int
    http_status: int | None = None
    error: str = ""
    delivered_at: datetime = Field(default_factory=lambda: datetime.now(tz=timezone.utc))


def routes_for(alert: Alert, routes: tuple[NotifyRoute, ...]) -> list[NotifyRoute]:
    """The routes that take ``alert`` (its severity and state)."""
    return [r for r in routes if alert.severity in r.severities and alert.state in r.states]


def scrubbed_alert(alert: Alert, scrub: Callable[[str], str]) -> Alert:
    """``alert`` with every text field and label value scrubbed; ``alert`` itself when nothing changes.

    The notifier's one gate before anything leaves the service (the log, webhooks): an alert copies
    text from events no SDK may have scrubbed (a dead letter's message, a fingerprint's error type),
    whichever agent raised it.
    """
    update: dict[str, Any] = {}
    for name, value in alert:
        if type(value) is str and value:
            scrubbed = scrub(value)
            if scrubbed != value:
                update[name] = scrubbed
    labels = {key: scrub(value) if value else value for key, value in alert.labels.items()}
    if labels != alert.labels:
        update["labels"] = labels
    return alert.model_copy(update=update) if update else alert


def payload(alert: Alert, route: NotifyRoute) -> dict[str, Any]:
    """The JSON body a webhook route posts for ``alert``."""
    if route.format == "json":
        return alert.model_dump(mode="json")
    return {"text": f"{_title(alert)}: {alert.message}", "attachments": [_attachment(alert)]}


def group_payload(alerts: list[Alert], route: NotifyRoute) -> dict[str, Any]:
    """The JSON body of one notification for a group of alerts of one service.

    The alerts are listed in the order they were raised (their ids are time-ordered UUIDv7s),
    whatever order their records arrived in from the alerts topic's partitions.
    """
    alerts = sorted(alerts, key=lambda a: a.alert_id)
    service = alerts[0].service
    if route.format == "json":
        return {
            "group": {"route": route.name, "service": service},
            "alerts": [a.model_dump(mode="json") for a in alerts],
        }
    worst = max(alerts, key=lambda a: _RANK.get(a.severity, 0)).severity
    return {
        "text": f"[{worst}] {len(alerts)} alerts for {service or 'errorflow'}",
        "attachments": [_attachment(a) for a in alerts],
    }


def _title(alert: Alert) -> str:
    return f"[{alert.severity}] {'RESOLVED ' if alert.state == 'resolved' else ''}{alert.rule}"


def _attachment(alert: Alert) -> dict[str, Any]:
    fields = [
        {"title": name, "value": str(value), "short": True}
        for name, value in (
            ("service", alert.service),
            ("operation", alert.operation),
            ("dependency", alert.dependency),
            ("value", alert.value),
            ("threshold", alert.threshold),
            ("window_s", alert.window_s),
            ("volume", alert.volume),
            ("baseline", alert.baseline),
        )
        if value not in (None, "")
    ]
    return {
        "color": _COLOURS.get(alert.severity, "#8d99ae"),
        "title": _title(alert),
        "text": alert.recommendation or alert.message,
        "fields": fields,
        "footer": f"errorflow incident {alert.incident_id}",
        "ts": int(alert.fired_at.timestamp()),
    }


_RANK = {"LOW": 0, "MEDIUM": 1, "HIGH": 2, "CRITICAL": 3}


class RepeatGate:
    """Which records of an incident a route notifies (Alertmanager's repeat_interval, per route).

    The first record, a change of state, a rise in severity, and a repeat once
    ``repeat_s`` has passed since the last one it notified.
    """

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], tuple[float, str, str]] = {}
        self._admitted: dict[tuple[str, str], str] = {}
        """The alert each remembered notification was admitted for here (:meth:`failed` forgets it)."""

    def remember(self, route: str, incident: str, *, at_s: float, state: str, severity: str) -> None:
        """Record a notification (also used to reload the gate from stored deliveries at start)."""
        known = self._last.get((route, incident))
        if known is None or at_s >= known[0]:
            self._last[(route, incident)] = (at_s, state, severity)

    def admit(self, alert: Alert, route: NotifyRoute, *, now_s: float) -> bool:
        """Whether ``route`` should notify ``alert`` now; an admitted alert is remembered."""
        incident = alert.incident_id or alert.alert_id
        last = self._last.get((route.name, incident))
        if (
            last is not None
            and last[1] == alert.state
            and _RANK.get(alert.severity, 0) <= _RANK.get(last[2], 0)
            and now_s - last[0] < route.repeat_s
        ):
            return False
        self.remember(route.name, incident, at_s=now_s, state=alert.state, severity=alert.severity)
        self._admitted[(route.name, incident)] = alert.alert_id
        return True

    def failed(self, delivery: Delivery) -> None:
        """Forget the notification ``delivery`` was admitted as: it failed, so the operator was told nothing.

        The incident's next record is then sent (a restarted notifier, which reloads only
        delivered notifications, does the same), not suppressed for ``repeat_s``.
        """
        key = (delivery.route, delivery.incident_id or delivery.alert_id)
        if self._admitted.get(key) == delivery.alert_id:
            del self._admitted[key]
            self._last.pop(key, None)


class Grouper:
    """Alerts waiting for their group's notification: one group per route and service (Alertmanager's group_wait)."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], tuple[float, NotifyRoute, list[Alert]]] = {}

    def __bool__(self) -> bool:
        return bool(self._groups)

    def add(self, alert: Alert, route: NotifyRoute, *, now_s: float) -> None:
        """Put ``alert`` in its group; the group's wait starts with its first alert."""
        key = (route.name, alert.service)
        if key not in self._groups:
            self._groups[key] = (now_s, route, [])
        self._groups[key][2].append(alert)

    def due(self, *, now_s: float) -> list[tuple[NotifyRoute, list[Alert]]]:
        """Take the groups whose wait is over."""
        ready = [key for key, (first, route, _) in self._groups.items() if now_s - first >= route.group_wait_s]
        return [self._groups.pop(key)[1:] for key in ready]

    def drop(self, gone: set[tuple[str, str]]) -> None:
        """Take the ``(alert_id, route)`` in ``gone`` out of their groups (their partition went to another notifier)."""
        for key, (first, route, alerts) in list(self._groups.items()):
            kept = [alert for alert in alerts if (alert.alert_id, route.name) not in gone]
            if kept:
                self._groups[key] = (first, route, kept)
            else:
                del self._groups[key]


class Retries:
    """Deliveries that failed after their tries, waiting to be tried again: the newest per route and incident.

    A newer record of the incident that the route sends meanwhile replaces the one waiting (an operator
    told of the resolve need not hear of the fire that failed before it).
    """

    def __init__(self) -> None:
        self._pending: dict[tuple[str, str], tuple[float, NotifyRoute, Alert]] = {}
        self._give_up: dict[tuple[str, str], tuple[str, float]] = {}
        """Per route and incident: the record that failed, and when the route stops trying it."""

    def __bool__(self) -> bool:
        return bool(self._pending)

    def add(self, alert: Alert, route: NotifyRoute, *, now_s: float) -> bool:
        """Try ``alert`` again on ``route`` after its ``retry_s``; False when the route does not try it again.

        It does not when ``retry_s`` is 0, or once ``give_up_s`` passed since the record first failed.
        """
        if route.retry_s <= 0:
            return False
        key = (route.name, alert.incident_id or alert.alert_id)
        record, deadline = self._give_up.get(key, ("", 0.0))
        if record != alert.alert_id:
            deadline = now_s + route.give_up_s
        if now_s >= deadline:
            self._give_up.pop(key, None)
            return False
        self._give_up[key] = (alert.alert_id, deadline)
        self._pending[key] = (now_s + route.retry_s, route, alert)
        return True

    def supersede(self, alert: Alert, route: NotifyRoute) -> Alert | None:
        """Forget the record of ``alert``'s incident waiting on ``route``, if any, and return it."""
        key = (route.name, alert.incident_id or alert.alert_id)
        self._give_up.pop(key, None)
        pending = self._pending.pop(key, None)
        return None if pending is None else pending[2]

    def drop(self, gone: set[tuple[str, str]]) -> None:
        """Forget the ``(alert_id, route)`` in ``gone`` waiting here (their partition went to another notifier)."""
        for key, (_, route, alert) in list(self._pending.items()):
            if (alert.alert_id, route.name) in gone:
                del self._pending[key]
                self._give_up.pop(key, None)

    def delivered(self, alert: Alert, route: NotifyRoute) -> None:
        """A record tried again went through on ``route``: nothing of its incident waits there any more."""
        self._give_up.pop((route.name, alert.incident_id or alert.alert_id), None)

    def due(self, *, now_s: float) -> list[tuple[NotifyRoute, list[Alert]]]:
        """Take the deliveries whose wait is over, each as a notification of its own."""
        ready = [key for key, (at_s, _, _) in self._pending.items() if now_s >= at_s]
        jobs = []
        for key in ready:
            _, route, alert = self._pending.pop(key)
            jobs.append((route, [alert]))
        return jobs
