"""errorflow's ClickHouse layer: store backends, migrations, the batching writer, row mappers.

One interface, two backends with the same DDL and SQL: chDB in-process (the
embedded default, under ``data_dir/chdb``) and a ClickHouse server through
clickhouse-connect (``ERRORFLOW_CLICKHOUSE_URL``)::

    store = open_store(settings)
    migrate(store, database=settings.clickhouse.database)
    writer = BatchWriter(store, table="taskrun_events", settings=settings.sink, dedup_key="event_id")
    writer.add([event_row(event)])
    result = writer.flush()   # durable when it returns; result.rejected are poison rows

Tables (``docs/queries.md`` shows how to query them; every time is ``DateTime64(3, 'UTC')``):

=====================  ==========================================  =============================  ===================
table                  one row per                                 engine / order                 writer dedup key
=====================  ==========================================  =============================  ===================
taskrun_events         TaskRun lifecycle event                     MergeTree, day partitions,     ``event_id``
                                                                   (service, operation, status,
                                                                   occurred_at)
error_classifications  classified failure                          MergeTree, day partitions      ``event_id``
recovery_actions       recovery decision                           MergeTree, day partitions      ``action_id``
dlq_entries            dead letter (newest state once merged)      ReplacingMergeTree(updated_at) ``dlq_id`` for new
                                                                   by dlq_id                      entries, ``(dlq_id,
                                                                                                  updated_at)`` for
                                                                                                  state updates
dlq_history            state change of a dead letter (all kept)    MergeTree by (dlq_id, time)    (fed by a view)
breaker_transitions    circuit-breaker state change                MergeTree by (breaker, time)   ``transition_id``
alerts                 alert firing or resolving                   MergeTree by (rule, time)      ``alert_id``
quarantine             refused Kafka record                        MergeTree by quarantine_id     ``quarantine_id``
schema_migrations      applied schema version                      ReplacingMergeTree             (migrate only)
=====================  ==========================================  =============================  ===================

``taskrun_events_landing`` (``Null`` engine) stores nothing: the sink's fast path inserts
checked events there as JSON text and its view maps them into ``taskrun_events``.

Kept by materialized views on insert: ``taskrun_runs_state`` (per logical run),
``taskrun_minute``, ``classification_minute``, ``fingerprint_minute``,
``recovery_minute`` (per minute and dimension), ``dlq_history``. Views on top:
``taskrun_runs`` (one row per run), ``error_rate_minute``, ``dlq_current``, and the
windowed ``error_rates``, ``retry_success``, ``recovery_success``, ``mttr``,
``top_fingerprints`` (``since``/``until``) and ``dlq_backlog`` (``at``).

The writer's dedup key's first column must be a ``String`` column (it is looked up
with ``IN``); a table whose old rows may be merged away names a lookup table in
:data:`errorflow.sinks.schema.LOOKUP_TABLES`.
"""

from __future__ import annotations

from errorflow.sinks.migrate import migrate
from errorflow.sinks.rows import (
    alert_row,
    dead_letter_from_row,
    dlq_row,
    dlq_state_row,
    dlq_update_row,
    event_row,
    event_rows,
    recovery_row,
)
from errorflow.sinks.store import ChdbStore, ServerStore, Store, open_store
from errorflow.sinks.writer import BatchWriter, FlushResult

__all__ = [
    "BatchWriter",
    "ChdbStore",
    "FlushResult",
    "ServerStore",
    "Store",
    "alert_row",
    "dead_letter_from_row",
    "dlq_row",
    "dlq_state_row",
    "dlq_update_row",
    "event_row",
    "event_rows",
    "migrate",
    "open_store",
    "recovery_row",
]
