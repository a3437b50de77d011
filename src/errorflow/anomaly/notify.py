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

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from errorflow.anomaly.rules import Severity
from errorflow.schemas.alerts import Alert

__all__ = ["DEFAULT_ROUTES", "Delivery", "NotifyRoute", "payload", "routes_for"]

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
    """Timeout of one HTTP request."""
    backoff_s: float = Field(default=0.5, gt=0)
    """First wait between tries; doubles up to 30 s."""

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
    status: Literal["delivered", "failed"]
    attempts: int
    http_status: int | None = None
    error: str = ""
    delivered_at: datetime = Field(default_factory=lambda: datetime.now(tz=timezone.utc))


def routes_for(alert: Alert, routes: tuple[NotifyRoute, ...]) -> list[NotifyRoute]:
    """The routes that take ``alert`` (its severity and state)."""
    return [r for r in routes if alert.severity in r.severities and alert.state in r.states]


def payload(alert: Alert, route: NotifyRoute) -> dict[str, Any]:
    """The JSON body a webhook route posts for ``alert``."""
    record = alert.model_dump(mode="json")
    if route.format == "json":
        return record
    title = f"[{alert.severity}] {'RESOLVED ' if alert.state == 'resolved' else ''}{alert.rule}"
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
        "text": f"{title}: {alert.message}",
        "attachments": [
            {
                "color": _COLOURS.get(alert.severity, "#8d99ae"),
                "title": title,
                "text": alert.recommendation or alert.message,
                "fields": fields,
                "footer": f"errorflow incident {alert.incident_id}",
                "ts": int(alert.fired_at.timestamp()),
            }
        ],
    }
