"""errorflow's ClickHouse schema as ordered, versioned migrations.

Each :class:`Migration` is a list of idempotent statements (``IF NOT EXISTS``)
with ``${db}`` standing for the database. A migration once released is never
edited: changes are new migrations. :mod:`errorflow.sinks.migrate` applies the
missing ones in order and records each in ``schema_migrations``.

Retention is not part of the DDL: :data:`RETENTION` names each table's time
column and default days, and ``migrate`` sets ``TTL`` from settings at every
start, so changing ``ERRORFLOW_CLICKHOUSE__RETENTION_DAYS`` needs no migration.

Every table keeps a deduplication window (``non_replicated_deduplication_window``):
the writer retries a failed block with the same ``insert_deduplication_token``
and the engine keeps one copy, in the table and in every materialized view it feeds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["MIGRATIONS", "RETENTION", "Migration", "Retention"]

_DEDUP = "non_replicated_deduplication_window = 1000"


@dataclass(frozen=True)
class Migration:
    """One schema version: statements applied in order, each safe to run twice."""

    version: int
    name: str
    statements: tuple[str, ...]

    @property
    def checksum(self) -> str:
        """Hash of the statements, recorded so an edited released migration is noticed."""
        return hashlib.sha256("\n;\n".join(self.statements).encode()).hexdigest()[:16]

    def render(self, database: str) -> list[str]:
        """Return the statements for ``database``."""
        quoted = "`" + database.replace("`", "\\`") + "`"
        return [statement.replace("${db}", quoted) for statement in self.statements]


@dataclass(frozen=True)
class Retention:
    """How long a table keeps rows: its time column and default days (0 keeps forever)."""

    column: str
    days: int


_V1_BASE_TABLES = (
    """
    CREATE TABLE IF NOT EXISTS ${db}.schema_migrations
    (
        version UInt32,
        name String,
        checksum String,
        applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
    )
    ENGINE = ReplacingMergeTree(applied_at)
    ORDER BY version
    """,
    # Every TaskRun lifecycle event, flattened. Ordered for the analyst questions
    # (by service and operation, then status and time); run and user lookups use skip
    # indexes, the writer's event-id lookups the by_event_id projection.
    """
    CREATE TABLE IF NOT EXISTS ${db}.taskrun_events
    (
        event_id String,
        event_type LowCardinality(String),
        schema_version UInt8 DEFAULT 1,
        run_id String,
        root_run_id String,
        attempt UInt16 DEFAULT 1,
        replayed_from Nullable(String),
        operation LowCardinality(String),
        operation_category LowCardinality(Nullable(String)),
        service LowCardinality(String),
        dependency LowCardinality(Nullable(String)),
        criticality LowCardinality(String) DEFAULT 'normal',
        status LowCardinality(String),
        occurred_at DateTime64(3, 'UTC'),
        error_message Nullable(String),
        error_traceback Nullable(String),
        error_type LowCardinality(Nullable(String)),
        error_context Nullable(String) COMMENT 'JSON: bases, http_status, errno, code, causes',
        error_list String DEFAULT '[]' COMMENT 'JSON array of {index, error, item, error_type, traceback}',
        error_count UInt32 DEFAULT 0 COMMENT 'length of error_list',
        success_count Nullable(UInt32),
        failed_count Nullable(UInt32),
        total_count Nullable(UInt32),
        input_dump String DEFAULT '{}' COMMENT 'JSON object, redacted by the SDK',
        result_refs String DEFAULT '[]' COMMENT 'JSON array',
        execution_time_s Nullable(Float64),
        duration_ms Nullable(UInt64),
        actor_user_id Nullable(String),
        channel LowCardinality(Nullable(String)),
        orchestrated Bool DEFAULT false,
        flow_run_id Nullable(String),
        task_run_id Nullable(String),
        idempotency_key String DEFAULT '',
        labels Map(String, String),
        ingested_at DateTime64(3, 'UTC') DEFAULT now64(3),
        INDEX idx_run_id run_id TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_root_run_id root_run_id TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_actor actor_user_id TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_error_count error_count TYPE minmax GRANULARITY 1,
        INDEX idx_error_type error_type TYPE set(256) GRANULARITY 4,
        PROJECTION by_event_id (SELECT event_id ORDER BY event_id),
        CONSTRAINT event_id_present CHECK event_id != '',
        CONSTRAINT run_ids_present CHECK run_id != '' AND root_run_id != '',
        CONSTRAINT attempt_positive CHECK attempt >= 1
    )
    ENGINE = MergeTree
    PARTITION BY toDate(occurred_at)
    ORDER BY (service, operation, status, occurred_at)
    SETTINGS """
    + _DEDUP,
    """
    CREATE TABLE IF NOT EXISTS ${db}.error_classifications
    (
        event_id String,
        schema_version UInt8 DEFAULT 1,
        failed_event_id String,
        run_id String,
        root_run_id String,
        attempt UInt16 DEFAULT 1,
        operation LowCardinality(String),
        service LowCardinality(String),
        dependency LowCardinality(Nullable(String)),
        error_type LowCardinality(Nullable(String)),
        error_message Nullable(String),
        category LowCardinality(String),
        severity LowCardinality(String),
        strategy LowCardinality(String),
        retryable Bool,
        rule_id LowCardinality(String),
        fingerprint String,
        failed_at DateTime64(3, 'UTC'),
        classified_at DateTime64(3, 'UTC'),
        INDEX idx_root_run_id root_run_id TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_failed_event failed_event_id TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_fingerprint fingerprint TYPE bloom_filter(0.01) GRANULARITY 1,
        PROJECTION by_event_id (SELECT event_id ORDER BY event_id),
        CONSTRAINT event_id_present CHECK event_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toDate(failed_at)
    ORDER BY (service, category, operation, failed_at)
    SETTINGS """
    + _DEDUP,
    """
    CREATE TABLE IF NOT EXISTS ${db}.recovery_actions
    (
        action_id String,
        schema_version UInt8 DEFAULT 1,
        run_id String,
        root_run_id String,
        attempt UInt16 DEFAULT 1,
        operation LowCardinality(String),
        service LowCardinality(String),
        dependency LowCardinality(Nullable(String)),
        action LowCardinality(String),
        category LowCardinality(Nullable(String)),
        delay_s Nullable(Float64),
        due_at Nullable(DateTime64(3, 'UTC')),
        next_attempt Nullable(UInt16),
        reason LowCardinality(String) DEFAULT '',
        detail String DEFAULT '',
        decided_at DateTime64(3, 'UTC'),
        replay_of Nullable(String),
        dlq_id Nullable(String),
        INDEX idx_root_run_id root_run_id TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_dlq_id dlq_id TYPE bloom_filter(0.001) GRANULARITY 1,
        PROJECTION by_action_id (SELECT action_id ORDER BY action_id),
        CONSTRAINT action_id_present CHECK action_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toDate(decided_at)
    ORDER BY (service, operation, action, decided_at)
    SETTINGS """
    + _DEDUP,
    # One row per state change of a dead letter; the newest updated_at wins (dlq_current).
    """
    CREATE TABLE IF NOT EXISTS ${db}.dlq_entries
    (
        dlq_id String,
        schema_version UInt8 DEFAULT 1,
        run_id String,
        root_run_id String,
        attempt UInt16 DEFAULT 1,
        operation LowCardinality(String),
        service LowCardinality(String),
        dependency LowCardinality(Nullable(String)),
        replayed_from Nullable(String),
        command Nullable(String) COMMENT 'JSON RunCommand of the last attempt (the full original input)',
        input_dump String DEFAULT '{}' COMMENT 'JSON object, redacted',
        reason LowCardinality(String),
        detail String DEFAULT '',
        error_type LowCardinality(Nullable(String)),
        error_message Nullable(String),
        error_traceback Nullable(String),
        error_context Nullable(String) COMMENT 'JSON',
        category LowCardinality(String),
        severity LowCardinality(Nullable(String)),
        rule_id LowCardinality(Nullable(String)),
        fingerprint Nullable(String),
        attempts String DEFAULT '[]' COMMENT 'JSON array of attempt records, oldest first',
        first_failed_at DateTime64(3, 'UTC'),
        dead_lettered_at DateTime64(3, 'UTC'),
        created_at DateTime64(3, 'UTC') ALIAS dead_lettered_at,
        state LowCardinality(String) DEFAULT 'new'
            COMMENT 'new, replayed, succeeded_after_replay, failed_after_replay, purged',
        updated_at DateTime64(3, 'UTC'),
        replay_run_id Nullable(String),
        CONSTRAINT dlq_id_present CHECK dlq_id != '',
        CONSTRAINT state_known CHECK state IN
            ('new', 'replayed', 'succeeded_after_replay', 'failed_after_replay', 'purged')
    )
    ENGINE = ReplacingMergeTree(updated_at)
    PARTITION BY toYYYYMM(dead_lettered_at)
    ORDER BY dlq_id
    SETTINGS """
    + _DEDUP,
    """
    CREATE TABLE IF NOT EXISTS ${db}.breaker_transitions
    (
        transition_id String,
        schema_version UInt8 DEFAULT 1,
        breaker LowCardinality(String) COMMENT 'what the breaker guards, usually service/dependency',
        service LowCardinality(String) DEFAULT '',
        dependency LowCardinality(Nullable(String)),
        from_state LowCardinality(String),
        to_state LowCardinality(String) COMMENT 'closed, open, half_open',
        reason String DEFAULT '',
        failure_count UInt32 DEFAULT 0,
        failure_rate Nullable(Float64),
        window_s Nullable(Float64),
        open_until Nullable(DateTime64(3, 'UTC')),
        transitioned_at DateTime64(3, 'UTC'),
        CONSTRAINT transition_id_present CHECK transition_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toYYYYMM(transitioned_at)
    ORDER BY (breaker, transitioned_at, transition_id)
    SETTINGS """
    + _DEDUP,
    """
    CREATE TABLE IF NOT EXISTS ${db}.alerts
    (
        alert_id String,
        schema_version UInt8 DEFAULT 1,
        incident_id String DEFAULT '' COMMENT 'groups the firing and resolving rows of one alert',
        rule LowCardinality(String) COMMENT 'error_rate_spike, breaker_open, dlq_backlog, ...',
        severity LowCardinality(String),
        state LowCardinality(String) DEFAULT 'firing' COMMENT 'firing or resolved',
        service LowCardinality(String) DEFAULT '',
        operation LowCardinality(String) DEFAULT '',
        dependency LowCardinality(Nullable(String)),
        category LowCardinality(Nullable(String)),
        message String DEFAULT '',
        value Nullable(Float64),
        threshold Nullable(Float64),
        window_s Nullable(Float64),
        fired_at DateTime64(3, 'UTC'),
        resolved_at Nullable(DateTime64(3, 'UTC')),
        labels Map(String, String),
        CONSTRAINT alert_id_present CHECK alert_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toYYYYMM(fired_at)
    ORDER BY (rule, fired_at, alert_id)
    SETTINGS """
    + _DEDUP,
    """
    CREATE TABLE IF NOT EXISTS ${db}.quarantine
    (
        quarantine_id String COMMENT 'topic:partition:offset of the refused record',
        schema_version UInt8 DEFAULT 1,
        source_topic LowCardinality(String),
        source_partition UInt32,
        source_offset UInt64,
        detected_by LowCardinality(String),
        reason LowCardinality(String),
        detail String DEFAULT '',
        raw_size UInt64 DEFAULT 0,
        raw_prefix String DEFAULT '',
        key Nullable(String),
        quarantined_at DateTime64(3, 'UTC'),
        CONSTRAINT quarantine_id_present CHECK quarantine_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toYYYYMM(quarantined_at)
    ORDER BY (quarantine_id)
    SETTINGS """
    + _DEDUP,
)

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "base tables", tuple(s.strip() for s in _V1_BASE_TABLES)),)

#: Each table's retention: time column and default days (``clickhouse.retention_days`` overrides).
RETENTION: dict[str, Retention] = {
    "taskrun_events": Retention("occurred_at", 90),
    "error_classifications": Retention("failed_at", 90),
    "recovery_actions": Retention("decided_at", 180),
    "dlq_entries": Retention("updated_at", 365),
    "breaker_transitions": Retention("transitioned_at", 180),
    "alerts": Retention("fired_at", 365),
    "quarantine": Retention("quarantined_at", 30),
}
