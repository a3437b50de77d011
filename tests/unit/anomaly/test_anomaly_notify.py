"""Routes per severity and state, and the payloads they send."""

from __future__ import annotations

from errorflow.anomaly.notify import NotifyRoute, payload, routes_for
from errorflow.schemas.alerts import Alert


def _alert(severity: str, state: str = "firing") -> Alert:
    return Alert(rule="static_rate", severity=severity, state=state, service="s", operation="o", value=0.3)  # type: ignore[arg-type]


def test_routes_by_severity_and_state() -> None:
    page = NotifyRoute(name="page", kind="log", severities=("CRITICAL",), states=("firing",))
    everything = NotifyRoute(name="log", kind="log")
    routes = (page, everything)
    assert routes_for(_alert("CRITICAL"), routes) == [page, everything]
    assert routes_for(_alert("CRITICAL", "resolved"), routes) == [everything]
    assert routes_for(_alert("MEDIUM"), routes) == [everything]


def test_slack_payload_carries_the_numbers() -> None:
    route = NotifyRoute(name="slack", kind="webhook", url="https://hooks.example.com/x", format="slack")
    body = payload(_alert("HIGH", "resolved"), route)
    assert body["text"].startswith("[HIGH] RESOLVED static_rate")
    assert {"title": "value", "value": "0.3", "short": True} in body["attachments"][0]["fields"]
