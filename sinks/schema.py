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

__all__ = ["LOOKUP_TABLES", "MIGRATIONS", "RETENTION", "Migration", "Retention"]

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

# Version of a run's event for "latest wins": time first, then attempt, then lifecycle rank
# (pending < running < retrying < an outcome), so same-millisecond events order sensibly.
_EVENT_VERSION = (
    "toUInt64(toUnixTimestamp64Milli(occurred_at)) * 10000 + least(attempt, 999) * 10"
    " + multiIf(status = 'pending', 0, status = 'running', 1, status = 'retrying', 2, 3)"
)
_FAILED = "status IN ('failed', 'timed_out')"
_TIMEOUT = (
    "(status = 'timed_out' OR (status = 'failed' AND positionCaseInsensitive(ifNull(error_type, ''), 'timeout') > 0))"
)

_V2_RUNS_AND_ROLLUPS = (
    # One row per logical run (root_run_id) once merged; taskrun_runs below shows exactly that.
    """
    CREATE TABLE IF NOT EXISTS ${db}.taskrun_runs_state
    (
        root_run_id String,
        operation SimpleAggregateFunction(any, String),
        service SimpleAggregateFunction(any, String),
        dependency SimpleAggregateFunction(any, Nullable(String)),
        actor_user_id SimpleAggregateFunction(any, Nullable(String)),
        flow_run_id SimpleAggregateFunction(any, Nullable(String)),
        first_at SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
        last_at SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
        attempts SimpleAggregateFunction(max, UInt16),
        events SimpleAggregateFunction(sum, UInt64),
        failures SimpleAggregateFunction(sum, UInt64),
        first_failed_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
        last_success_at SimpleAggregateFunction(max, Nullable(DateTime64(3, 'UTC'))),
        latest AggregateFunction(argMax, Tuple(String, String, UInt16, Nullable(String), Nullable(String)), UInt64)
    )
    ENGINE = AggregatingMergeTree
    ORDER BY root_run_id
    SETTINGS """
    + _DEDUP,
    f"""
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${{db}}.taskrun_runs_mv TO ${{db}}.taskrun_runs_state AS
    SELECT
        root_run_id,
        any(CAST(operation AS String)) AS operation,
        any(CAST(service AS String)) AS service,
        any(CAST(dependency AS Nullable(String))) AS dependency,
        any(actor_user_id) AS actor_user_id,
        any(flow_run_id) AS flow_run_id,
        min(occurred_at) AS first_at,
        max(occurred_at) AS last_at,
        max(attempt) AS attempts,
        count() AS events,
        countIf({_FAILED}) AS failures,
        minOrNullIf(occurred_at, {_FAILED}) AS first_failed_at,
        maxOrNullIf(occurred_at, status = 'success') AS last_success_at,
        argMaxState(
            (run_id, CAST(status AS String), attempt, CAST(error_type AS Nullable(String)), error_message),
            {_EVENT_VERSION}
        ) AS latest
    FROM ${{db}}.taskrun_events
    GROUP BY root_run_id
    """,
    # Per-minute counts of events by service, operation, dependency and status.
    """
    CREATE TABLE IF NOT EXISTS ${db}.taskrun_minute
    (
        minute DateTime('UTC'),
        service LowCardinality(String),
        operation LowCardinality(String),
        dependency LowCardinality(String) COMMENT 'empty when the operation names none',
        status LowCardinality(String),
        events SimpleAggregateFunction(sum, UInt64),
        timeouts SimpleAggregateFunction(sum, UInt64) COMMENT 'status timed_out, or failed with a *Timeout* error type',
        retried SimpleAggregateFunction(sum, UInt64) COMMENT 'events of attempts after the first',
        error_items SimpleAggregateFunction(sum, UInt64) COMMENT 'bulk item failures (error_list entries)',
        duration_ms_sum SimpleAggregateFunction(sum, Float64),
        duration_count SimpleAggregateFunction(sum, UInt64),
        duration_quantiles AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), Float64)
    )
    ENGINE = AggregatingMergeTree
    PARTITION BY toDate(minute)
    ORDER BY (minute, service, operation, dependency, status)
    SETTINGS """
    + _DEDUP,
    f"""
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${{db}}.taskrun_minute_mv TO ${{db}}.taskrun_minute AS
    SELECT
        toStartOfMinute(occurred_at) AS minute,
        service,
        operation,
        ifNull(dependency, '') AS dependency,
        status,
        count() AS events,
        countIf({_TIMEOUT}) AS timeouts,
        countIf(attempt > 1) AS retried,
        sum(error_count) AS error_items,
        sum(toFloat64(ifNull(duration_ms, 0))) AS duration_ms_sum,
        countIf(duration_ms IS NOT NULL) AS duration_count,
        quantilesTDigestStateIf(0.5, 0.95, 0.99)(toFloat64(ifNull(duration_ms, 0)), duration_ms IS NOT NULL)
            AS duration_quantiles
    FROM ${{db}}.taskrun_events
    GROUP BY minute, service, operation, dependency, status
    """,
    # Per-minute classified failures by service, operation, dependency, category, severity, strategy.
    """
    CREATE TABLE IF NOT EXISTS ${db}.classification_minute
    (
        minute DateTime('UTC'),
        service LowCardinality(String),
        operation LowCardinality(String),
        dependency LowCardinality(String),
        category LowCardinality(String),
        severity LowCardinality(String),
        strategy LowCardinality(String),
        failures UInt64,
        retryable UInt64
    )
    ENGINE = SummingMergeTree((failures, retryable))
    PARTITION BY toDate(minute)
    ORDER BY (minute, service, operation, dependency, category, severity, strategy)
    SETTINGS """
    + _DEDUP,
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.classification_minute_mv TO ${db}.classification_minute AS
    SELECT
        toStartOfMinute(failed_at) AS minute,
        service,
        operation,
        ifNull(dependency, '') AS dependency,
        category,
        severity,
        strategy,
        count() AS failures,
        countIf(retryable) AS retryable
    FROM ${db}.error_classifications
    GROUP BY minute, service, operation, dependency, category, severity, strategy
    """,
    # Per-minute failures by fingerprint (equal errors), for top-fingerprint questions.
    """
    CREATE TABLE IF NOT EXISTS ${db}.fingerprint_minute
    (
        minute DateTime('UTC'),
        fingerprint String,
        service LowCardinality(String),
        operation LowCardinality(String),
        category LowCardinality(String),
        failures SimpleAggregateFunction(sum, UInt64),
        error_type SimpleAggregateFunction(any, Nullable(String)),
        example_message SimpleAggregateFunction(any, Nullable(String)),
        first_seen SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
        last_seen SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
        runs AggregateFunction(uniqExact, String)
    )
    ENGINE = AggregatingMergeTree
    PARTITION BY toDate(minute)
    ORDER BY (minute, fingerprint, service, operation, category)
    SETTINGS """
    + _DEDUP,
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.fingerprint_minute_mv TO ${db}.fingerprint_minute AS
    SELECT
        toStartOfMinute(failed_at) AS minute,
        fingerprint,
        service,
        operation,
        category,
        count() AS failures,
        any(CAST(error_type AS Nullable(String))) AS error_type,
        any(error_message) AS example_message,
        min(failed_at) AS first_seen,
        max(failed_at) AS last_seen,
        uniqExactState(root_run_id) AS runs
    FROM ${db}.error_classifications
    GROUP BY minute, fingerprint, service, operation, category
    """,
    # Per-minute recovery decisions by service, operation, dependency, category and action.
    """
    CREATE TABLE IF NOT EXISTS ${db}.recovery_minute
    (
        minute DateTime('UTC'),
        service LowCardinality(String),
        operation LowCardinality(String),
        dependency LowCardinality(String),
        category LowCardinality(String),
        action LowCardinality(String),
        actions UInt64,
        delay_s_sum Float64
    )
    ENGINE = SummingMergeTree((actions, delay_s_sum))
    PARTITION BY toDate(minute)
    ORDER BY (minute, service, operation, dependency, category, action)
    SETTINGS """
    + _DEDUP,
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.recovery_minute_mv TO ${db}.recovery_minute AS
    SELECT
        toStartOfMinute(decided_at) AS minute,
        service,
        operation,
        ifNull(dependency, '') AS dependency,
        ifNull(category, '') AS category,
        action,
        count() AS actions,
        sum(ifNull(delay_s, 0)) AS delay_s_sum
    FROM ${db}.recovery_actions
    GROUP BY minute, service, operation, dependency, category, action
    """,
)

_V3_VIEWS = (
    # One row per run: its latest attempt's status and the run's failure and recovery times.
    """
    CREATE VIEW IF NOT EXISTS ${db}.taskrun_runs AS
    SELECT
        root_run_id,
        latest.1 AS run_id,
        latest.2 AS status,
        latest.3 AS attempt,
        latest.4 AS error_type,
        latest.5 AS error_message,
        operation,
        service,
        dependency,
        actor_user_id,
        flow_run_id,
        first_at,
        last_at,
        attempts,
        events,
        failures,
        first_failed_at,
        last_success_at,
        status IN ('success', 'failed', 'timed_out', 'dead_lettered', 'compensated') AS finished,
        failures > 0 AND status = 'success' AS recovered,
        if(recovered, dateDiff('millisecond', first_failed_at, last_success_at) / 1000, NULL) AS recovery_s
    FROM
    (
        SELECT
            root_run_id,
            argMaxMerge(latest) AS latest,
            any(operation) AS operation,
            any(service) AS service,
            any(dependency) AS dependency,
            any(actor_user_id) AS actor_user_id,
            any(flow_run_id) AS flow_run_id,
            min(first_at) AS first_at,
            max(last_at) AS last_at,
            max(attempts) AS attempts,
            sum(events) AS events,
            sum(failures) AS failures,
            min(first_failed_at) AS first_failed_at,
            max(last_success_at) AS last_success_at
        FROM ${db}.taskrun_runs_state
        GROUP BY root_run_id
    )
    """,
    # Error rate per minute, service and operation (attempts that finished: success, failed, timed_out).
    f"""
    CREATE VIEW IF NOT EXISTS ${{db}}.error_rate_minute AS
    SELECT
        minute,
        service,
        operation,
        sumIf(events, status IN ('success', 'failed', 'timed_out')) AS finished,
        sumIf(events, {_FAILED}) AS failed,
        sum(timeouts) AS timeouts,
        if(finished = 0, 0, failed / finished) AS error_rate
    FROM ${{db}}.taskrun_minute
    GROUP BY minute, service, operation
    """,
    # Tool (operation) performance over a window: success, error and timeout rates, latency.
    f"""
    CREATE VIEW IF NOT EXISTS ${{db}}.error_rates AS
    SELECT
        service,
        operation,
        dependency,
        sumIf(events, status IN ('success', 'failed', 'timed_out')) AS finished,
        sumIf(events, status = 'success') AS succeeded,
        sumIf(events, {_FAILED}) AS failed,
        sum(timeouts) AS timed_out,
        if(finished = 0, 0, succeeded / finished) AS success_rate,
        if(finished = 0, 0, failed / finished) AS error_rate,
        if(finished = 0, 0, timed_out / finished) AS timeout_rate,
        if(sum(duration_count) = 0, NULL, sum(duration_ms_sum) / sum(duration_count)) AS avg_latency_ms,
        quantilesTDigestMerge(0.5, 0.95, 0.99)(duration_quantiles) AS latency_p50_p95_p99_ms
    FROM ${{db}}.taskrun_minute
    WHERE minute >= toStartOfMinute({{since:DateTime64(3, 'UTC')}}) AND minute < {{until:DateTime64(3, 'UTC')}}
    GROUP BY service, operation, dependency
    """,
    # Runs that needed more than one attempt, and how many of them ended in success.
    """
    CREATE VIEW IF NOT EXISTS ${db}.retry_success AS
    SELECT
        service,
        operation,
        countIf(attempts > 1 AND finished) AS retried_runs,
        countIf(attempts > 1 AND status = 'success') AS recovered_after_retry,
        if(retried_runs = 0, 0, recovered_after_retry / retried_runs) AS retry_success_rate
    FROM ${db}.taskrun_runs
    WHERE last_at >= {since:DateTime64(3, 'UTC')} AND last_at < {until:DateTime64(3, 'UTC')}
    GROUP BY service, operation
    """,
    # Runs that failed at least once, and how many of them recovered (by retry or replay).
    """
    CREATE VIEW IF NOT EXISTS ${db}.recovery_success AS
    SELECT
        service,
        operation,
        countIf(failures > 0 AND finished) AS failed_runs,
        countIf(recovered) AS recovered_runs,
        if(failed_runs = 0, 0, recovered_runs / failed_runs) AS recovery_success_rate
    FROM ${db}.taskrun_runs
    WHERE last_at >= {since:DateTime64(3, 'UTC')} AND last_at < {until:DateTime64(3, 'UTC')}
    GROUP BY service, operation
    """,
    # Mean time to recovery: first failure to success, over runs that recovered in the window.
    """
    CREATE VIEW IF NOT EXISTS ${db}.mttr AS
    SELECT
        service,
        operation,
        count() AS recovered_runs,
        avg(recovery_s) AS mttr_s,
        max(recovery_s) AS max_recovery_s
    FROM ${db}.taskrun_runs
    WHERE recovered
        AND last_success_at >= {since:DateTime64(3, 'UTC')} AND last_success_at < {until:DateTime64(3, 'UTC')}
    GROUP BY service, operation
    """,
    # The most frequent errors (by fingerprint) in a window.
    """
    CREATE VIEW IF NOT EXISTS ${db}.top_fingerprints AS
    SELECT
        fingerprint,
        any(error_type) AS error_type,
        any(category) AS category,
        sum(failures) AS failures,
        uniqExactMerge(runs) AS runs,
        groupUniqArray(service) AS services,
        groupUniqArray(operation) AS operations,
        min(first_seen) AS first_seen,
        max(last_seen) AS last_seen,
        any(example_message) AS example_message
    FROM ${db}.fingerprint_minute
    WHERE minute >= toStartOfMinute({since:DateTime64(3, 'UTC')}) AND minute < {until:DateTime64(3, 'UTC')}
    GROUP BY fingerprint
    ORDER BY failures DESC, fingerprint
    """,
    # Each dead letter as it is now: its newest state.
    """
    CREATE VIEW IF NOT EXISTS ${db}.dlq_current AS
    SELECT *, dead_lettered_at AS created_at
    FROM ${db}.dlq_entries FINAL
    """,
    # Dead letters waiting for an operator at a moment: state as of then is new or failed_after_replay.
    """
    CREATE VIEW IF NOT EXISTS ${db}.dlq_backlog AS
    SELECT
        service,
        operation,
        category,
        count() AS backlog,
        min(dead_lettered_at) AS oldest,
        dateDiff('second', min(dead_lettered_at), {at:DateTime64(3, 'UTC')}) AS oldest_age_s
    FROM
    (
        SELECT
            dlq_id,
            any(service) AS service,
            any(operation) AS operation,
            any(category) AS category,
            min(dead_lettered_at) AS dead_lettered_at,
            argMax(state, updated_at) AS state
        FROM ${db}.dlq_entries
        WHERE updated_at <= {at:DateTime64(3, 'UTC')}
        GROUP BY dlq_id
    )
    WHERE state IN ('new', 'failed_after_replay')
    GROUP BY service, operation, category
    """,
)

_V4_DLQ_HISTORY = (
    # dlq_entries keeps only the newest version of an entry once merged; the history keeps
    # every state change, for backlog-at-a-moment questions and the writer's duplicate lookups.
    """
    CREATE TABLE IF NOT EXISTS ${db}.dlq_history
    (
        dlq_id String,
        run_id String,
        root_run_id String,
        operation LowCardinality(String),
        service LowCardinality(String),
        dependency LowCardinality(Nullable(String)),
        category LowCardinality(String),
        reason LowCardinality(String),
        fingerprint Nullable(String),
        state LowCardinality(String),
        dead_lettered_at DateTime64(3, 'UTC'),
        updated_at DateTime64(3, 'UTC'),
        replay_run_id Nullable(String)
    )
    ENGINE = MergeTree
    PARTITION BY toYYYYMM(dead_lettered_at)
    ORDER BY (dlq_id, updated_at)
    SETTINGS """
    + _DEDUP,
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.dlq_history_mv TO ${db}.dlq_history AS
    SELECT dlq_id, run_id, root_run_id, operation, service, dependency, category, reason, fingerprint, state,
        dead_lettered_at, updated_at, replay_run_id
    FROM ${db}.dlq_entries
    """,
    # Backfill from what dlq_entries still holds (idempotent: only versions not copied yet).
    """
    INSERT INTO ${db}.dlq_history
    SELECT dlq_id, run_id, root_run_id, operation, service, dependency, category, reason, fingerprint, state,
        dead_lettered_at, updated_at, replay_run_id
    FROM ${db}.dlq_entries
    WHERE (dlq_id, updated_at) NOT IN (SELECT dlq_id, updated_at FROM ${db}.dlq_history)
    """,
    """
    CREATE OR REPLACE VIEW ${db}.dlq_backlog AS
    SELECT
        service,
        operation,
        category,
        count() AS backlog,
        min(dead_lettered_at) AS oldest,
        dateDiff('second', min(dead_lettered_at), {at:DateTime64(3, 'UTC')}) AS oldest_age_s
    FROM
    (
        SELECT
            dlq_id,
            any(service) AS service,
            any(operation) AS operation,
            any(category) AS category,
            min(dead_lettered_at) AS dead_lettered_at,
            argMax(state, updated_at) AS state
        FROM ${db}.dlq_history
        WHERE updated_at <= {at:DateTime64(3, 'UTC')}
        GROUP BY dlq_id
    )
    WHERE state IN ('new', 'failed_after_replay')
    GROUP BY service, operation, category
    """,
)

# The sink's fast path: events checked by errorflow.schemas.wire are inserted as their own
# JSON text (JSONEachRow, nested objects read as strings) into this Null table, and the view
# maps them into taskrun_events exactly as errorflow.sinks.event_row does in Python. Nothing
# is stored here; the deduplication token of an insert reaches taskrun_events and its views.
_V5_EVENT_LANDING = (
    """
    CREATE TABLE IF NOT EXISTS ${db}.taskrun_events_landing
    (
        event_id String,
        event_type String DEFAULT '',
        schema_version UInt8 DEFAULT 1,
        run_id String,
        root_run_id String,
        attempt UInt16 DEFAULT 1,
        replayed_from Nullable(String),
        operation String,
        operation_category Nullable(String),
        service String,
        dependency Nullable(String),
        criticality String DEFAULT 'normal',
        status String,
        occurred_at DateTime64(3, 'UTC'),
        error_message Nullable(String),
        error_traceback Nullable(String),
        error_type Nullable(String),
        error_context Nullable(String),
        error_list String DEFAULT '[]',
        success_count Nullable(UInt32),
        failed_count Nullable(UInt32),
        total_count Nullable(UInt32),
        input_dump String DEFAULT '{}',
        result_refs String DEFAULT '[]',
        execution_time_s Nullable(Float64),
        actor String DEFAULT '{}',
        channel Nullable(String),
        orchestration String DEFAULT '{}',
        idempotency_key Nullable(String),
        labels Map(String, String)
    )
    ENGINE = Null
    """,
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.taskrun_events_landing_mv TO ${db}.taskrun_events AS
    SELECT
        event_id,
        if(event_type = '', concat('taskrun.', status), event_type) AS event_type,
        schema_version,
        run_id,
        root_run_id,
        attempt,
        replayed_from,
        operation,
        operation_category,
        service,
        dependency,
        criticality,
        status,
        occurred_at,
        error_message,
        error_traceback,
        error_type,
        error_context,
        error_list,
        toUInt32(JSONLength(error_list)) AS error_count,
        success_count,
        failed_count,
        total_count,
        input_dump,
        result_refs,
        execution_time_s,
        if(execution_time_s IS NULL, NULL, toUInt64(roundBankers(execution_time_s * 1000))) AS duration_ms,
        JSONExtract(actor, 'user_id', 'Nullable(String)') AS actor_user_id,
        channel,
        JSONExtractBool(orchestration, 'orchestrated') AS orchestrated,
        JSONExtract(orchestration, 'flow_run_id', 'Nullable(String)') AS flow_run_id,
        JSONExtract(orchestration, 'task_run_id', 'Nullable(String)') AS task_run_id,
        ifNull(idempotency_key, concat(root_run_id, ':', toString(attempt))) AS idempotency_key,
        labels
    FROM ${db}.taskrun_events_landing
    """,
)

# A dead letter whose replay failed and was dead-lettered again (the newer entry's root run is
# the replay run) is superseded: the newer entry carries the work, so the backlog counts it once,
# as `errorflow dlq list` does. A superseding entry that was purged supersedes nothing.
_V6_DLQ_BACKLOG_ONCE = (
    """
    CREATE OR REPLACE VIEW ${db}.dlq_backlog AS
    WITH entries AS
    (
        SELECT
            dlq_id,
            any(root_run_id) AS root_run_id,
            any(service) AS service,
            any(operation) AS operation,
            any(category) AS category,
            min(dead_lettered_at) AS dead_lettered_at,
            argMax(state, updated_at) AS state,
            argMax(replay_run_id, updated_at) AS replay_run_id
        FROM ${db}.dlq_history
        WHERE updated_at <= {at:DateTime64(3, 'UTC')}
        GROUP BY dlq_id
    )
    SELECT
        service,
        operation,
        category,
        count() AS backlog,
        min(dead_lettered_at) AS oldest,
        dateDiff('second', min(dead_lettered_at), {at:DateTime64(3, 'UTC')}) AS oldest_age_s
    FROM entries
    WHERE state = 'new'
        OR (
            state = 'failed_after_replay'
            AND ifNull(replay_run_id, '') NOT IN (SELECT root_run_id FROM entries WHERE state != 'purged')
        )
    GROUP BY service, operation, category
    """,
)

# A recovery decision names the verdict it acted on: its severity and the id of the failure's
# classification (error_classifications.event_id), so the two can be joined and compared.
_V7_ACTION_VERDICT = (
    """
    ALTER TABLE ${db}.recovery_actions
        ADD COLUMN IF NOT EXISTS severity LowCardinality(Nullable(String)) AFTER category,
        ADD COLUMN IF NOT EXISTS classification_id Nullable(String) AFTER dlq_id
    """,
)

# Seed 001's healing history: every restart of a crashed child, every crash loop given up on,
# every backlog flagged (schemas/healing.py), one row each, deduplicated on action_id.
_V8_HEALING_ACTIONS = (
    """
    CREATE TABLE IF NOT EXISTS ${db}.healing_actions
    (
        action_id String,
        schema_version UInt8 DEFAULT 1,
        issue LowCardinality(String) COMMENT 'worker_crashed, crash_loop, queue_backlog',
        action LowCardinality(String) COMMENT 'restart, stop_restarting, alert_backlog, resolve_backlog',
        outcome LowCardinality(String) COMMENT 'restarted, restart_failed, gave_up, alerted, resolved',
        target LowCardinality(String) COMMENT 'child of errorflow up (pipeline, runner-0) or group/topic',
        reason String DEFAULT '',
        attempt UInt32 DEFAULT 0,
        delay_s Nullable(Float64),
        exit_code Nullable(Int32),
        pid Nullable(UInt32),
        host LowCardinality(String) DEFAULT '',
        app_id LowCardinality(String) DEFAULT '',
        acted_at DateTime64(3, 'UTC'),
        CONSTRAINT action_id_present CHECK action_id != ''
    )
    ENGINE = MergeTree
    PARTITION BY toYYYYMM(acted_at)
    ORDER BY (target, acted_at, action_id)
    SETTINGS """
    + _DEDUP,
)
# The numbers behind each breaker transition (errorflow.breakers): what the decision looked at, and who overrode it.
_V9_BREAKER_NUMBERS = (
    """
    ALTER TABLE ${db}.breaker_transitions
        ADD COLUMN IF NOT EXISTS sequence UInt64 DEFAULT 0
            COMMENT 'transition count of the breaker; its newest state has the highest',
        ADD COLUMN IF NOT EXISTS calls UInt32 DEFAULT 0 COMMENT 'calls (or trials) the decision looked at',
        ADD COLUMN IF NOT EXISTS slow_call_count UInt32 DEFAULT 0,
        ADD COLUMN IF NOT EXISTS slow_call_rate Nullable(Float64),
        ADD COLUMN IF NOT EXISTS window_type LowCardinality(String) DEFAULT '' COMMENT 'count or time',
        ADD COLUMN IF NOT EXISTS window_size UInt32 DEFAULT 0 COMMENT 'calls (count) or seconds (time)',
        ADD COLUMN IF NOT EXISTS minimum_calls UInt32 DEFAULT 0,
        ADD COLUMN IF NOT EXISTS failure_rate_threshold Nullable(Float64),
        ADD COLUMN IF NOT EXISTS slow_call_rate_threshold Nullable(Float64),
        ADD COLUMN IF NOT EXISTS actor String DEFAULT '' COMMENT 'who, for an operator override',
        ADD COLUMN IF NOT EXISTS note String DEFAULT '' COMMENT 'why, for an operator override'
    """,
)

# Anomaly alerts carry the numbers that made them fire (errorflow.anomaly): the window's volume,
# the baseline it was compared with, and a recommendation.
_V10_ALERT_NUMBERS = (
    """
    ALTER TABLE ${db}.alerts
        ADD COLUMN IF NOT EXISTS volume Nullable(Float64) COMMENT 'attempts or occurrences in the window',
        ADD COLUMN IF NOT EXISTS baseline Nullable(Float64) COMMENT 'median rate, usual count or long-window rate',
        ADD COLUMN IF NOT EXISTS recommendation String DEFAULT ''
    """,
    # One row per delivery of an alert on a notification route, delivered or failed (errorflow.agents.notifier).
    """
    CREATE TABLE IF NOT EXISTS ${db}.alert_deliveries
    (
        delivery_id String COMMENT 'alert_id:route',
        alert_id String,
        incident_id String,
        rule LowCardinality(String),
        severity LowCardinality(String),
        state LowCardinality(String),
        route LowCardinality(String),
        kind LowCardinality(String) COMMENT 'log or webhook',
        status LowCardinality(String) COMMENT 'delivered or failed',
        attempts UInt16,
        http_status Nullable(UInt16),
        error String DEFAULT '',
        delivered_at DateTime64(3, 'UTC'),
        CONSTRAINT delivery_id_present CHECK delivery_id != ''
    )
    ENGINE = ReplacingMergeTree(delivered_at)
    PARTITION BY toYYYYMM(delivered_at)
    ORDER BY delivery_id
    SETTINGS """
    + _DEDUP,
)

# Heartbeats and limits (issue 14): the fast path's JSON carries the attempt's limits and a
# heartbeat's details, so the landing table must name them (unknown keys are refused). Its view
# does not forward them: ``heartbeat`` rows in taskrun_events are the stored sign of life, and the
# limits live on the events topic, where the watchdog reads them.
_V11_HEARTBEAT_LIMITS = (
    """
    ALTER TABLE ${db}.taskrun_events_landing
        ADD COLUMN IF NOT EXISTS heartbeat_timeout_s Nullable(Float64),
        ADD COLUMN IF NOT EXISTS timeout_s Nullable(Float64),
        ADD COLUMN IF NOT EXISTS deadline_at Nullable(String),
        ADD COLUMN IF NOT EXISTS heartbeat_details Nullable(String)
    """,
)

# Issue 14: graceful degradation. A run a fallback answered is a success with degraded = true,
# the error that caused it and the age of its data; the landing view maps the new fields, and
# fallback_usage counts degraded runs among the finished ones over a window.
_V12_DEGRADED_RUNS = (
    """
    ALTER TABLE ${db}.taskrun_events
        ADD COLUMN IF NOT EXISTS degraded Bool DEFAULT false,
        ADD COLUMN IF NOT EXISTS degraded_error_type LowCardinality(Nullable(String)),
        ADD COLUMN IF NOT EXISTS degraded_error_message Nullable(String),
        ADD COLUMN IF NOT EXISTS data_age_s Nullable(Float64)
    """,
    """
    ALTER TABLE ${db}.taskrun_events_landing
        ADD COLUMN IF NOT EXISTS degraded Bool DEFAULT false,
        ADD COLUMN IF NOT EXISTS degraded_error_type Nullable(String),
        ADD COLUMN IF NOT EXISTS degraded_error_message Nullable(String),
        ADD COLUMN IF NOT EXISTS data_age_s Nullable(Float64)
    """,
    # The view's column list is fixed when it is created: it is made again with the new fields.
    # Migrations run before the sink writes, so no insert into the landing table is missed.
    "DROP VIEW IF EXISTS ${db}.taskrun_events_landing_mv",
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.taskrun_events_landing_mv TO ${db}.taskrun_events AS
    SELECT
        event_id,
        if(event_type = '', concat('taskrun.', status), event_type) AS event_type,
        schema_version,
        run_id,
        root_run_id,
        attempt,
        replayed_from,
        operation,
        operation_category,
        service,
        dependency,
        criticality,
        status,
        occurred_at,
        error_message,
        error_traceback,
        error_type,
        error_context,
        error_list,
        toUInt32(JSONLength(error_list)) AS error_count,
        success_count,
        failed_count,
        total_count,
        input_dump,
        result_refs,
        execution_time_s,
        if(execution_time_s IS NULL, NULL, toUInt64(roundBankers(execution_time_s * 1000))) AS duration_ms,
        JSONExtract(actor, 'user_id', 'Nullable(String)') AS actor_user_id,
        channel,
        JSONExtractBool(orchestration, 'orchestrated') AS orchestrated,
        JSONExtract(orchestration, 'flow_run_id', 'Nullable(String)') AS flow_run_id,
        JSONExtract(orchestration, 'task_run_id', 'Nullable(String)') AS task_run_id,
        ifNull(idempotency_key, concat(root_run_id, ':', toString(attempt))) AS idempotency_key,
        labels,
        degraded,
        degraded_error_type,
        degraded_error_message,
        data_age_s
    FROM ${db}.taskrun_events_landing
    """,
    """
    CREATE VIEW IF NOT EXISTS ${db}.fallback_usage AS
    SELECT
        service,
        operation,
        uniqExactIf(event_id, status IN ('success', 'failed', 'timed_out')) AS finished,
        uniqExactIf(event_id, status = 'success' AND degraded) AS degraded_runs,
        if(finished = 0, 0, degraded_runs / finished) AS fallback_usage_rate,
        maxIf(data_age_s, status = 'success' AND degraded) AS max_data_age_s
    FROM ${db}.taskrun_events
    WHERE occurred_at >= {since:DateTime64(3, 'UTC')} AND occurred_at < {until:DateTime64(3, 'UTC')}
        AND status IN ('success', 'failed', 'timed_out')
    GROUP BY service, operation
    """,
)

# A short run's terminal event may stand for its whole lifecycle: it carries ``queued_at`` and
# ``started_at`` instead of preceding ``pending`` and ``running`` events (the SDK sends one record
# per quick call). The landing view stores the rows those events would have been, with ids derived
# from the terminal event's (errorflow.sinks.rows.implied_event_id: a UUIDv7's version nibble set to
# 5 or 6, else ``.pending`` / ``.running`` appended), exactly as errorflow.sinks.event_rows does in
# Python, so taskrun_events and every rollup and view built on it are the same for both shapes.
# Migration 12's view still stores every event's own row; a second view adds the implied rows.
_V13_LIFECYCLE_TIMES = (
    """
    ALTER TABLE ${db}.taskrun_events_landing
        ADD COLUMN IF NOT EXISTS queued_at Nullable(DateTime64(3, 'UTC')),
        ADD COLUMN IF NOT EXISTS started_at Nullable(DateTime64(3, 'UTC'))
    """,
    # A view of its own for the implied rows: every event keeps its plain one-row view (migration
    # 12's), and only events carrying the times pay for building the extra rows.
    """
    CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.taskrun_events_lifecycle_mv TO ${db}.taskrun_events AS
    SELECT
        if(
            lengthUTF8(event_id) = 36 AND substringUTF8(event_id, 15, 1) = '7',
            concat(substringUTF8(event_id, 1, 14), if(part.1 = 1, '5', '6'), substringUTF8(event_id, 16)),
            concat(event_id, '.', part.2)
        ) AS event_id,
        concat('taskrun.', part.2) AS event_type,
        schema_version,
        run_id,
        root_run_id,
        attempt,
        replayed_from,
        operation,
        operation_category,
        service,
        dependency,
        criticality,
        part.2 AS status,
        part.3 AS occurred_at,
        CAST(NULL, 'Nullable(String)') AS error_message,
        CAST(NULL, 'Nullable(String)') AS error_traceback,
        CAST(NULL, 'Nullable(String)') AS error_type,
        CAST(NULL, 'Nullable(String)') AS error_context,
        '[]' AS error_list,
        toUInt32(0) AS error_count,
        CAST(NULL, 'Nullable(UInt32)') AS success_count,
        CAST(NULL, 'Nullable(UInt32)') AS failed_count,
        CAST(NULL, 'Nullable(UInt32)') AS total_count,
        input_dump,
        '[]' AS result_refs,
        CAST(NULL, 'Nullable(Float64)') AS execution_time_s,
        CAST(NULL, 'Nullable(UInt64)') AS duration_ms,
        JSONExtract(actor, 'user_id', 'Nullable(String)') AS actor_user_id,
        channel,
        JSONExtractBool(orchestration, 'orchestrated') AS orchestrated,
        JSONExtract(orchestration, 'flow_run_id', 'Nullable(String)') AS flow_run_id,
        JSONExtract(orchestration, 'task_run_id', 'Nullable(String)') AS task_run_id,
        ifNull(idempotency_key, concat(root_run_id, ':', toString(attempt))) AS idempotency_key,
        labels,
        false AS degraded,
        CAST(NULL, 'Nullable(String)') AS degraded_error_type,
        CAST(NULL, 'Nullable(String)') AS degraded_error_message,
        CAST(NULL, 'Nullable(Float64)') AS data_age_s
    FROM
    (
        SELECT
            *,
            arrayJoin(arrayFilter(
                p -> p.4,
                [
                    (toUInt8(1), 'pending', ifNull(queued_at, occurred_at), queued_at IS NOT NULL),
                    (toUInt8(2), 'running', ifNull(started_at, occurred_at), started_at IS NOT NULL)
                ]
            )) AS part
        FROM ${db}.taskrun_events_landing
        WHERE queued_at IS NOT NULL OR started_at IS NOT NULL
    )
    """,
)

# A dead letter's row names the record it was built from (DLQ or DLQ-state topic), and its
# command's input is stored scrubbed: replay reads the full input back from that record.
_V14_DLQ_SOURCE = (
    """
    ALTER TABLE ${db}.dlq_entries
        ADD COLUMN IF NOT EXISTS source_topic LowCardinality(Nullable(String))
            COMMENT 'Kafka topic of the record this row was built from (replay reads the full command there)',
        ADD COLUMN IF NOT EXISTS source_partition Nullable(Int32) COMMENT 'partition of that record',
        ADD COLUMN IF NOT EXISTS source_offset Nullable(Int64) COMMENT 'offset of that record'
    """,
    # The view's * was expanded when it was made: made again, it shows the new columns.
    """
    CREATE OR REPLACE VIEW ${db}.dlq_current AS
    SELECT *, dead_lettered_at AS created_at
    FROM ${db}.dlq_entries FINAL
    """,
    """
    ALTER TABLE ${db}.dlq_entries
        COMMENT COLUMN command
            'JSON RunCommand of the last attempt, input scrubbed; the full input stays on the source_* Kafka record'
    """,
)

# errorflow up also restarts a child that is alive but stuck (its /healthz failing): issue worker_stuck.
_V15_HEALING_STUCK = (
    """
    ALTER TABLE ${db}.healing_actions
        COMMENT COLUMN issue 'worker_crashed, worker_stuck, crash_loop, queue_backlog'
    """,
)

# A run that succeeded is a success, whatever the order of its events: an attempt the watchdog timed out
# while it was slow, not dead (its beats or its result reached the pipeline late), has both its success and
# the watchdog's timed_out, and the timed_out may be the later one (the success happened first and arrived
# late). The runner does not run the retry of such an attempt, so the run has no later event to show. Its
# row reads success with no error; run_id and attempt stay those of its latest event. A timeout recorded
# after the success it was overtaken by does not make the run's recovery time negative.
_V16_SUCCESS_WINS = (
    """
    CREATE OR REPLACE VIEW ${db}.taskrun_runs AS
    SELECT
        root_run_id,
        latest.1 AS run_id,
        if(last_success_at IS NULL, latest.2, 'success') AS status,
        latest.3 AS attempt,
        if(last_success_at IS NULL, latest.4, NULL) AS error_type,
        if(last_success_at IS NULL, latest.5, NULL) AS error_message,
        operation,
        service,
        dependency,
        actor_user_id,
        flow_run_id,
        first_at,
        last_at,
        attempts,
        events,
        failures,
        first_failed_at,
        last_success_at,
        status IN ('success', 'failed', 'timed_out', 'dead_lettered', 'compensated') AS finished,
        failures > 0 AND status = 'success' AS recovered,
        if(recovered, greatest(dateDiff('millisecond', first_failed_at, last_success_at), 0) / 1000, NULL)
            AS recovery_s
    FROM
    (
        SELECT
            root_run_id,
            argMaxMerge(latest) AS latest,
            any(operation) AS operation,
            any(service) AS service,
            any(dependency) AS dependency,
            any(actor_user_id) AS actor_user_id,
            any(flow_run_id) AS flow_run_id,
            min(first_at) AS first_at,
            max(last_at) AS last_at,
            max(attempts) AS attempts,
            sum(events) AS events,
            sum(failures) AS failures,
            min(first_failed_at) AS first_failed_at,
            max(last_success_at) AS last_success_at
        FROM ${db}.taskrun_runs_state
        GROUP BY root_run_id
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base tables", tuple(s.strip() for s in _V1_BASE_TABLES)),
    Migration(2, "runs and per-minute rollups", tuple(s.strip() for s in _V2_RUNS_AND_ROLLUPS)),
    Migration(3, "analyst views", tuple(s.strip() for s in _V3_VIEWS)),
    Migration(4, "dead-letter history", tuple(s.strip() for s in _V4_DLQ_HISTORY)),
    Migration(5, "event landing for the sink's fast path", tuple(s.strip() for s in _V5_EVENT_LANDING)),
    Migration(6, "dead-letter backlog counts a superseded entry once", tuple(s.strip() for s in _V6_DLQ_BACKLOG_ONCE)),
    Migration(7, "recovery actions name the verdict they acted on", tuple(s.strip() for s in _V7_ACTION_VERDICT)),
    Migration(8, "healing actions", tuple(s.strip() for s in _V8_HEALING_ACTIONS)),
    Migration(9, "the numbers behind each breaker transition", tuple(s.strip() for s in _V9_BREAKER_NUMBERS)),
    Migration(10, "anomaly alert numbers and alert deliveries", tuple(s.strip() for s in _V10_ALERT_NUMBERS)),
    Migration(11, "heartbeat limits on the event landing", tuple(s.strip() for s in _V11_HEARTBEAT_LIMITS)),
    Migration(12, "degraded runs and fallback usage", tuple(s.strip() for s in _V12_DEGRADED_RUNS)),
    Migration(13, "a terminal event may stand for its run's lifecycle", tuple(s.strip() for s in _V13_LIFECYCLE_TIMES)),
    Migration(
        14, "dead letters name their source record; commands stored scrubbed", tuple(s.strip() for s in _V14_DLQ_SOURCE)
    ),
    Migration(15, "healing actions name stuck children", tuple(s.strip() for s in _V15_HEALING_STUCK)),
    Migration(16, "a run that succeeded reads success", tuple(s.strip() for s in _V16_SUCCESS_WINS)),
)

#: Where the writer looks for already-stored keys when the table itself may forget them:
#: dlq_entries keeps only the newest version of an entry, dlq_history keeps them all;
#: taskrun_events_landing keeps nothing, its view writes to taskrun_events.
LOOKUP_TABLES: dict[str, str] = {"dlq_entries": "dlq_history", "taskrun_events_landing": "taskrun_events"}

#: Each table's retention: time column and default days (``clickhouse.retention_days`` overrides).
RETENTION: dict[str, Retention] = {
    "taskrun_events": Retention("occurred_at", 90),
    "error_classifications": Retention("failed_at", 90),
    "recovery_actions": Retention("decided_at", 180),
    "dlq_entries": Retention("updated_at", 365),
    "breaker_transitions": Retention("transitioned_at", 180),
    "alerts": Retention("fired_at", 365),
    "alert_deliveries": Retention("delivered_at", 365),
    "quarantine": Retention("quarantined_at", 30),
    "taskrun_minute": Retention("minute", 400),
    "classification_minute": Retention("minute", 400),
    "fingerprint_minute": Retention("minute", 400),
    "recovery_minute": Retention("minute", 400),
    "taskrun_runs_state": Retention("last_at", 180),
    "dlq_history": Retention("updated_at", 365),
    "healing_actions": Retention("acted_at", 365),
}
