"""The classification rollups fed through a landing of their own (migration 15) on real chDB and Kafka.

Whatever path a classification takes (stored before the migration, written by a writer, redelivered,
or left in the feed by a crash between the table's insert and the feed's), each rollup must equal
a GROUP BY over ``error_classifications``, and the sink must commit no offset whose rows the
rollups have not counted yet.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.classifier import handle
from errorflow.agents.ingest import IngestStats, model_row, run_ingest
from errorflow.classify import Classifier
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.settings import Settings, SinkSettings
from errorflow.sinks import BatchWriter, Store
from errorflow.sinks.migrate import migrate
from errorflow.sinks.schema import MIGRATIONS
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.sinks.test_sinks_ingest_loop import committed

pytestmark = pytest.mark.integration

START = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
ERRORS = [
    ("builtins.TimeoutError", "Read timed out after 30s"),
    ("builtins.OSError", "[Errno 28] No space left on device"),
    ("builtins.PermissionError", "[Errno 13] Permission denied: '/srv/x'"),
    ("builtins.ValueError", "invalid literal for int() with base 10: 'x'"),
]


def classifications(first: int, count: int) -> list[ClassificationEvent]:
    """Verdicts on failures spread over a few minutes, services, operations and dependencies."""
    classifier = Classifier.default()
    out = []
    for n in range(first, first + count):
        error_type, message = ERRORS[n % len(ERRORS)]
        failed = TaskRunEvent(
            run_id=f"rf-{n}",
            root_run_id=f"rf-{n // 3}",
            operation=f"op_{n % 3}",
            service=f"svc_{n % 2}",
            dependency=None if n % 4 == 0 else f"dep_{n % 3}",
            status=TaskRunStatus.FAILED,
            error_type=error_type,
            error_message=message,
            occurred_at=START + timedelta(seconds=7 * n),
        )
        verdict = handle(failed, classifier)
        assert verdict is not None
        out.append(verdict)
    return out


def rows(verdicts: list[ClassificationEvent]) -> list[dict[str, Any]]:
    return [model_row(verdict) for verdict in verdicts]


def assert_rollups_match_the_table(store: Store) -> None:
    """Each rollup equals a GROUP BY over error_classifications: nothing missing, nothing counted twice."""
    minute = (
        "SELECT minute, service, operation, dependency, category, severity, strategy,"
        " sum(failures) AS failures, sum(retryable) AS retryable FROM classification_minute GROUP BY ALL ORDER BY ALL"
    )
    expected_minute = (
        "SELECT toStartOfMinute(failed_at) AS minute, service, operation, ifNull(dependency, '') AS dependency,"
        " category, severity, strategy, count() AS failures, countIf(retryable) AS retryable"
        " FROM error_classifications GROUP BY ALL ORDER BY ALL"
    )
    fingerprint = (
        "SELECT minute, fingerprint, service, operation, category, sum(failures) AS failures,"
        " min(first_seen) AS first_seen, max(last_seen) AS last_seen, uniqExactMerge(runs) AS runs"
        " FROM fingerprint_minute GROUP BY ALL ORDER BY ALL"
    )
    expected_fingerprint = (
        "SELECT toStartOfMinute(failed_at) AS minute, fingerprint, service, operation, category,"
        " count() AS failures, min(failed_at) AS first_seen, max(failed_at) AS last_seen,"
        " uniqExact(root_run_id) AS runs FROM error_classifications GROUP BY ALL ORDER BY ALL"
    )
    got_minute = store.query_rows(minute)
    assert got_minute, "the rollup is empty"
    assert got_minute == store.query_rows(expected_minute)
    assert store.query_rows(fingerprint) == store.query_rows(expected_fingerprint)
    top = "SELECT fingerprint, failures, runs FROM top_fingerprints(since={since:String}, until={until:String})"
    window = {"since": "2000-01-01 00:00:00", "until": "2100-01-01 00:00:00"}
    expected_top = (
        "SELECT fingerprint, count() AS failures, uniqExact(root_run_id) AS runs FROM error_classifications"
        " GROUP BY fingerprint ORDER BY failures DESC, fingerprint"
    )
    assert store.query_rows(top, window) == store.query_rows(expected_top)


def test_the_feed_has_the_columns_of_error_classifications(migrated: Store) -> None:
    """A migration that adds a column to the table must add it to the feed, or the feed refuses its rows."""
    assert migrated.columns("classification_rollup_feed") == migrated.columns("error_classifications")


def test_after_migration_15_each_rollup_equals_a_group_by_over_the_table(store: Store, database: str) -> None:
    """Rows stored by the old views, redelivered after the migration, and new ones: each counted once."""
    migrate(store, database=database, migrations=[m for m in MIGRATIONS if m.version < 15])
    old = classifications(0, 120)
    # As the code before it wrote them: into the table alone, whose views counted them.
    writer = BatchWriter(
        store, table="error_classifications", settings=SinkSettings(), dedup_key="event_id", feed_rollups=False
    )
    writer.add(rows(old))
    assert writer.flush().written == len(old)
    assert store.query_value("SELECT sum(failures) FROM classification_minute") == len(old)  # the old views

    assert migrate(store, database=database) == MIGRATIONS[-1].version
    store.forget_columns()
    assert store.query_value("SELECT count() FROM classification_rollup_keys") == len(old)
    assert_rollups_match_the_table(store)

    new = classifications(120, 90)
    writer = BatchWriter(store, table="error_classifications", settings=SinkSettings(), dedup_key="event_id")
    writer.add(rows(old[:40] + new))  # 40 redelivered: stored before the migration
    result = writer.flush()
    assert (result.written, result.duplicates, result.rollups_behind) == (len(new), 40, False)
    assert store.query_value("SELECT count() FROM error_classifications") == len(old) + len(new)
    assert_rollups_match_the_table(store)


def test_a_feed_left_behind_by_a_crash_is_counted_once_when_the_rows_come_again(migrated: Store) -> None:
    """The table took the rows, the process died before the feed was written; the redelivery feeds them."""
    verdicts = classifications(0, 60)
    lazy = BatchWriter(
        migrated,
        table="error_classifications",
        settings=SinkSettings(batch_max_interval_s=600),
        dedup_key="event_id",
    )
    lazy.add(rows(verdicts[:45]))
    result = lazy.flush(rollups=False)
    assert (result.written, result.rollups_behind) == (45, True)
    assert migrated.query_value("SELECT count() FROM error_classifications") == 45
    assert migrated.query_value("SELECT count() FROM classification_minute") == 0
    assert lazy.due() is False  # the feed's rows are not old enough yet
    del lazy  # the crash: its buffered feed rows are gone, their offsets were never committed

    again = BatchWriter(migrated, table="error_classifications", settings=SinkSettings(), dedup_key="event_id")
    again.add(rows(verdicts))  # redelivered from the last commit, with 15 newer ones
    result = again.flush()
    assert (result.written, result.duplicates) == (15, 45)
    again.add(rows(verdicts[:10]))  # and once more: the feed's keys know them now
    assert again.flush().duplicates == 10
    assert migrated.query_value("SELECT sum(failures) FROM classification_minute") == 60
    assert_rollups_match_the_table(migrated)


def test_the_sink_commits_classifications_only_once_the_rollups_counted_them(
    kafka_bootstrap: str, migrated: Store, database: str, unique: str
) -> None:
    """Stored at once, counted in the rollups when the feed is due (here only at close): offsets wait for it."""
    settings = Settings(
        app_id=f"rf-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"rf{unique}.", "partitions": 1},
        clickhouse={"database": database},
        sink={"batch_max_interval_s": 600},
    )
    verdicts = classifications(0, 50)
    topic = settings.topic(Topics.CLASSIFICATIONS.name)

    async def scenario() -> IngestStats:
        await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            sent = [await producer.send(topic, encode(verdict)) for verdict in verdicts]
            sent += [await producer.send(topic, encode(verdict)) for verdict in verdicts[:10]]  # redelivered
            await asyncio.gather(*sent)
        finally:
            await producer.stop()
        stats = IngestStats()
        stop = asyncio.Event()
        task = asyncio.create_task(run_ingest(settings, store=migrated, stop=stop, stats=stats))
        deadline = asyncio.get_running_loop().time() + 60
        while stats.written + stats.duplicates < len(verdicts) + 10:
            if task.done():
                task.result()
            assert asyncio.get_running_loop().time() < deadline, stats
            await asyncio.sleep(0.05)
        assert migrated.query_value("SELECT count() FROM error_classifications") == len(verdicts)
        # Not in the rollups yet (the feed is due at 20,000 rows or 600 s): nothing committed.
        assert migrated.query_value("SELECT count() FROM classification_minute") == 0
        assert (await committed(settings, topic)).get(0, 0) == 0
        stop.set()
        await task
        assert (await committed(settings, topic)).get(0, 0) == len(verdicts) + 10
        return stats

    stats = asyncio.run(scenario())
    assert (stats.written, stats.duplicates) == (len(verdicts), 10)
    assert migrated.query_value("SELECT sum(failures) FROM classification_minute") == len(verdicts)
    assert_rollups_match_the_table(migrated)
