"""Routes per severity and state, and the payloads they send."""

from __future__ import annotations

from errorflow.anomaly.notify import NotifyRoute, payload, routes_for, scrubbed_alert
from errorflow.schemas.alerts import Alert
from errorflow.sdk.scrub import Scrubber


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


def test_repeat_gate_notifies_an_incident_once_per_repeat_interval() -> None:
    from errorflow.anomaly.notify import RepeatGate

    route = NotifyRoute(name="log", kind="log", repeat_s=600)

    def record(severity: str = "HIGH", state: str = "firing") -> Alert:
        return Alert(rule="dead_letter", incident_id="dead_letter:load:abc", severity=severity, state=state)  # type: ignore[arg-type]

    gate = RepeatGate()
    assert gate.admit(record(), route, now_s=0)
    assert not gate.admit(record(), route, now_s=10)  # the same incident dead-lettering again
    assert gate.admit(record("CRITICAL"), route, now_s=20)  # more severe: notified at once
    assert not gate.admit(record("HIGH"), route, now_s=30)
    assert gate.admit(record("CRITICAL", "resolved"), route, now_s=40)  # a change of state
    assert gate.admit(record("CRITICAL"), route, now_s=50)
    assert not gate.admit(record("CRITICAL"), route, now_s=649)
    assert gate.admit(record("CRITICAL"), route, now_s=650)  # the repeat interval passed
    other = NotifyRoute(name="other", kind="log", repeat_s=0)
    assert gate.admit(record(), other, now_s=651) and gate.admit(record(), other, now_s=652)


def test_repeat_gate_forgets_a_notification_whose_delivery_failed() -> None:
    from errorflow.anomaly.notify import Delivery, RepeatGate

    route = NotifyRoute(name="log", kind="log", repeat_s=600)
    first, again = (Alert(rule="dead_letter", incident_id="dead_letter:load:abc", severity="HIGH") for _ in range(2))

    def failed(alert: Alert) -> Delivery:
        return Delivery(
            delivery_id=f"{alert.alert_id}:log", alert_id=alert.alert_id, incident_id=alert.incident_id,
            rule=alert.rule, severity=alert.severity, state=alert.state, route="log", kind="log",
            status="failed", attempts=1,
        )  # fmt: skip

    gate = RepeatGate()
    assert gate.admit(first, route, now_s=0)
    gate.failed(failed(first))  # nobody was told: the incident's next alert goes out
    assert gate.admit(again, route, now_s=10)
    gate.failed(failed(first))  # a stale failure of an earlier admission forgets nothing
    assert not gate.admit(first, route, now_s=20)


def test_grouper_holds_a_service_s_alerts_for_the_group_wait() -> None:
    from errorflow.anomaly.notify import Grouper, group_payload

    route = NotifyRoute(name="hook", kind="webhook", url="https://h.example.com/x", group_wait_s=30)
    grouper = Grouper()
    a, b = _alert("HIGH"), _alert("CRITICAL")
    other = Alert(rule="baseline", severity="MEDIUM", service="t", operation="o")
    grouper.add(a, route, now_s=0)
    grouper.add(other, route, now_s=10)
    grouper.add(b, route, now_s=20)
    assert grouper.due(now_s=29) == []
    assert grouper.due(now_s=30) == [(route, [a, b])]
    assert grouper and grouper.due(now_s=40) == [(route, [other])]
    assert not grouper
    body = group_payload([a, b], route.model_copy(update={"format": "slack"}))
    assert body["text"] == "[CRITICAL] 2 alerts for s"
    assert len(body["attachments"]) == 2
    assert group_payload([a, b], route)["group"] == {"route": "hook", "service": "s"}


def test_retries_try_a_failed_delivery_again_until_a_newer_record_replaces_it() -> None:
    from errorflow.anomaly.notify import Retries

    route = NotifyRoute(name="hook", kind="webhook", url="https://h.example.com/x", retry_s=60)
    fire = Alert(rule="static_rate", severity="HIGH", incident_id="i1", service="s")
    resolve = Alert(rule="static_rate", severity="HIGH", incident_id="i1", service="s", state="resolved")
    retries = Retries()
    assert retries.add(fire, route, now_s=0)
    assert retries.due(now_s=59) == []
    assert retries.due(now_s=60) == [(route, [fire])]
    assert not retries
    assert retries.add(fire, route, now_s=60)
    assert retries.supersede(resolve, route) == fire  # the resolve goes out: the failed fire is not sent after it
    assert retries.due(now_s=1000) == []
    never = route.model_copy(update={"retry_s": 0.0})
    assert not retries.add(fire, never, now_s=0)
    assert not retries


def test_an_alert_is_scrubbed_before_it_is_delivered() -> None:
    """A dead letter's alert quotes an event's message that no SDK may have scrubbed: nothing delivered holds it."""
    scrub = Scrubber().scrub_text
    leaky = Alert(
        rule="dead_letter",
        severity="HIGH",
        message="op dead-lettered: connect postgres://app:Zq9-pw@db/app",
        labels={"error_type": "Bearer Zq9-token-1", "dlq_id": "d1"},
    )
    clean = scrubbed_alert(leaky, scrub)
    assert "Zq9" not in clean.model_dump_json()
    assert clean.message.startswith("op dead-lettered: connect postgres://app:")
    assert clean.labels["dlq_id"] == "d1"
    assert scrubbed_alert(clean, scrub) is clean, "an alert with nothing to hide is passed on as it is"


def test_retries_give_a_record_up_once_its_route_failed_it_for_give_up_s() -> None:
    from errorflow.anomaly.notify import Retries

    route = NotifyRoute(name="hook", kind="webhook", url="https://h.example.com/x", retry_s=60, give_up_s=300)
    fire = Alert(rule="static_rate", severity="HIGH", incident_id="i1", service="s")
    retries = Retries()
    now = 0.0
    for _ in range(100):  # the route fails every try
        if not retries.add(fire, route, now_s=now):
            break
        now += 60
        assert retries.due(now_s=now) == [(route, [fire])]
    assert now == 300  # tried again at 60, 120, 180, 240 and 300, then given up
    assert not retries
    # A newer record of the incident fails afresh: its own give_up_s.
    resolve = Alert(rule="static_rate", severity="HIGH", incident_id="i1", service="s", state="resolved")
    assert retries.add(resolve, route, now_s=now)
    # A record tried again that went through: its incident starts afresh too.
    assert retries.due(now_s=now + 60) == [(route, [resolve])]
    retries.delivered(resolve, route)
    assert retries.add(resolve, route, now_s=now + 10_000)
