"""The dead-letter backlog at a moment counts each piece of waiting work once."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from errorflow.schemas.recovery import DeadLetter
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, Store, dlq_row

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def letter(dlq_id: str, root_run_id: str, at: datetime) -> DeadLetter:
    return DeadLetter(
        dlq_id=dlq_id,
        run_id=f"{root_run_id}-a1",
        root_run_id=root_run_id,
        attempt=1,
        operation="charge_card",
        service="billing",
        reason="retries_exhausted",
        category="transient",
        first_failed_at=at - timedelta(seconds=3),
        dead_lettered_at=at,
    )


def backlog_at(store: Store, minutes: float) -> int:
    at = (T0 + timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    value = store.query_value("SELECT sum(backlog) FROM dlq_backlog(at={at:String})", {"at": at})
    return int(value or 0)


def test_a_failed_replay_dead_lettered_again_counts_once(migrated: Store, sink_settings: SinkSettings) -> None:
    first = letter("dlq-a", "run-a", T0)
    again = letter("dlq-b", "rp-a", T0 + timedelta(minutes=6))  # the replay run, dead-lettered itself
    other = letter("dlq-c", "run-c", T0)
    versions = [
        dlq_row(first),
        dlq_row(first, state="replayed", updated_at=T0 + timedelta(minutes=5), replay_run_id="rp-a"),
        dlq_row(first, state="failed_after_replay", updated_at=T0 + timedelta(minutes=6), replay_run_id="rp-a"),
        dlq_row(again),
        dlq_row(again, state="purged", updated_at=T0 + timedelta(minutes=8)),
        dlq_row(other),
    ]
    writer = BatchWriter(migrated, table="dlq_entries", settings=sink_settings, dedup_key=("dlq_id", "updated_at"))
    writer.add(versions)
    assert writer.flush().written == len(versions)

    assert backlog_at(migrated, 1) == 2  # run-a and run-c wait
    assert backlog_at(migrated, 5.5) == 1  # run-a is being replayed
    assert backlog_at(migrated, 7) == 2  # the failed replay waits once, as dlq-b (dlq-a is superseded)
    assert backlog_at(migrated, 9) == 2  # dlq-b purged: dlq-a's failed replay is what waits again
