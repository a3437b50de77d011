"""Healing actions reach their table through the sink's route table, like every recorded action."""

from __future__ import annotations

from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.schemas.codec import encode
from errorflow.schemas.healing import HealingAction
from errorflow.settings import Settings
from errorflow.sinks.blocks import ORIGIN
from errorflow.sinks.schema import MIGRATIONS, RETENTION


def test_a_healing_action_becomes_a_healing_actions_row() -> None:
    settings = Settings()
    router = IngestRouter(default_routes(settings), max_bytes=4096)
    topic = settings.topic("healing.actions")
    assert topic in router.topics
    action = HealingAction(
        issue="worker_crashed",
        action="restart",
        outcome="restarted",
        target="pipeline",
        reason="killed by SIGKILL; crash 1 within 300s, restarting in 1s",
        attempt=1,
        delay_s=1.0,
        exit_code=-9,
        pid=4242,
    )
    routed = router.route_batch(topic, 0, [(7, action.key, encode(action))])
    assert not routed.quarantined
    [row] = routed.rows["healing_actions"]
    assert row["action_id"] == action.action_id and row["exit_code"] == -9 and row["target"] == "pipeline"
    ddl = next(m for m in MIGRATIONS if "healing_actions" in "".join(m.statements))
    columns = {line.split()[0] for line in "".join(ddl.statements).splitlines()[2:] if line.strip()[:1].islower()}
    assert set(row) - {ORIGIN} <= columns | {"CONSTRAINT"}, (
        set(row) - columns
    )  # ORIGIN: the record's position, not a column
    assert "healing_actions" in RETENTION


def test_a_malformed_healing_action_is_quarantined_not_stored() -> None:
    settings = Settings()
    router = IngestRouter(default_routes(settings), max_bytes=4096)
    routed = router.route_batch(settings.topic("healing.actions"), 0, [(1, b"k", b'{"issue": "nope"}')])
    assert not routed.rows and len(routed.quarantined) == 1
