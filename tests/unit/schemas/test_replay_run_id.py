"""The replay run id: one per replayed version, whoever computes it."""

from __future__ import annotations

import uuid

from errorflow.schemas.commands import replay_run_id
from errorflow.schemas.ids import id_time_ms


def test_the_same_version_gives_the_same_uuid7_with_the_version_s_time() -> None:
    first = replay_run_id("dlq:abc", version_ms=1_767_225_600_123)
    assert first == replay_run_id("dlq:abc", version_ms=1_767_225_600_123)
    parsed = uuid.UUID(first)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert id_time_ms(first) == 1_767_225_600_123
    assert str(parsed) == first


def test_another_source_or_version_gives_another_id() -> None:
    ids = {
        replay_run_id("dlq:abc", version_ms=1_000),
        replay_run_id("dlq:abc", version_ms=1_001),
        replay_run_id("dlq:abd", version_ms=1_000),
        replay_run_id("run:root:run:0", version_ms=1_000),
        replay_run_id("run:root:run:1", version_ms=1_000),
    }
    assert len(ids) == 5
