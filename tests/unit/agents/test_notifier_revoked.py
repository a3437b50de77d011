"""After a rebalance the notifier forgets the alerts of partitions it lost: their new owner sends them, once."""

from __future__ import annotations

from typing import Any

from errorflow.agents.notifier import _forget_revoked
from errorflow.anomaly.notify import Grouper, NotifyRoute, Retries
from errorflow.schemas.alerts import Alert


def test_alerts_of_revoked_partitions_are_neither_grouped_nor_retried_here_any_more() -> None:
    grouped = NotifyRoute(name="team", kind="webhook", url="https://h.example.com/t", group_wait_s=10)
    hook = NotifyRoute(name="hook", kind="webhook", url="https://h.example.com/x", retry_s=60)
    kept = Alert(rule="static_rate", severity="HIGH", incident_id="i1", service="s")
    lost = Alert(rule="static_rate", severity="HIGH", incident_id="i2", service="s")
    failed = Alert(rule="static_rate", severity="HIGH", incident_id="i3", service="t")
    grouper, retries = Grouper(), Retries()
    grouper.add(kept, grouped, now_s=0)
    grouper.add(lost, grouped, now_s=0)
    assert retries.add(failed, hook, now_s=0)
    waiting: dict[tuple[str, str], tuple[Any, int]] = {
        (kept.alert_id, "team"): ("p0", 5),
        (lost.alert_id, "team"): ("p1", 7),
        (failed.alert_id, "hook"): ("p1", 9),
    }
    read: dict[Any, int] = {"p0": 6, "p1": 10}
    committed: dict[Any, int] = {"p0": 5, "p1": 7}

    _forget_revoked({"p0"}, read=read, committed=committed, waiting=waiting, grouper=grouper, retries=retries)

    assert waiting == {(kept.alert_id, "team"): ("p0", 5)}
    assert read == {"p0": 6}
    assert committed == {"p0": 5}
    assert grouper.due(now_s=10) == [(grouped, [kept])]
    assert retries.due(now_s=60) == []
