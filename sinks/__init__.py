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

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_SUBMODULES = ("rows", "migrate", "store", "writer")
"""The submodules defining the names this package exports, the lightest first (the row mappers import no store)."""


def __getattr__(name: str) -> Any:
    """Import the submodule defining ``name`` on first use.

    Importing a submodule imports this package first: imported here eagerly, the
    stores (and pyarrow with them) cost every ``errorflow`` command that only maps
    rows or builds SQL (``runs replay``, ``dlq replay``) about a third of its start.
    """
    if name in __all__:
        for home in _SUBMODULES:
            found = vars(importlib.import_module(f"{__name__}.{home}"))
            if name in found:
                globals()[name] = found[name]
                return found[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(types.ModuleType):
    """This package: its ``migrate`` is the function, even once the submodule of that name is imported."""

    def __setattr__(self, name: str, value: object) -> None:
        # The import system binds a submodule to its package's attribute once it is imported; the
        # function ``migrate`` shares its submodule's name and keeps it, as when imported eagerly.
        if name == "migrate" and isinstance(value, types.ModuleType):
            value = value.migrate
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
