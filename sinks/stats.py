"""``errorflow stats``: the headline figures of a time window, from the store.

:func:`stats_queries` returns the titled SQL (the CLI may run it through the
running stack's SQL endpoint); :func:`run_stats` runs it on a store and prints.
Every query reads only errorflow's tables in ``database`` and looks back
``window_s`` seconds from now.
"""

from __future__ import annotations

from typing import Any, TextIO

from errorflow.sinks.store import Store, quote_identifier

__all__ = ["run_stats", "stats_queries"]


def stats_queries(*, database: str, window_s: float) -> list[tuple[str, str]]:
    """Return ``(title, sql)`` of each headline figure for the last ``window_s`` seconds."""
    db = quote_identifier(database)
    ms = max(1, round(window_s * 1000))
    since = f"now64(3, 'UTC') - toIntervalMillisecond({ms})"
    return [
        (
            "runs",
            f"""SELECT
    uniqExact(root_run_id) AS runs,
    uniqExactIf(root_run_id, status = 'success') AS runs_with_success,
    countIf(status IN ('success', 'failed', 'timed_out')) AS finished_attempts,
    countIf(status IN ('failed', 'timed_out')) AS failed_attempts,
    round(100 * failed_attempts / greatest(finished_attempts, 1), 2) AS error_rate_pct
FROM {db}.taskrun_events
WHERE occurred_at >= {since}""",
        ),
        (
            "top errors",
            f"""SELECT
    ifNull(error_type, '(none)') AS error_type,
    count() AS failures,
    uniqExact(root_run_id) AS runs,
    any(error_message) AS example_message
FROM {db}.taskrun_events
WHERE occurred_at >= {since} AND status IN ('failed', 'timed_out')
GROUP BY error_type
ORDER BY failures DESC, error_type
LIMIT 10""",
        ),
        (
            "recovery",
            f"""WITH runs AS (
    SELECT
        root_run_id,
        countIf(status IN ('failed', 'timed_out')) > 0 AS had_failure,
        argMax(status, (occurred_at, attempt)) AS final_status
    FROM {db}.taskrun_events
    WHERE root_run_id IN (SELECT root_run_id FROM {db}.taskrun_events WHERE occurred_at >= {since})
    GROUP BY root_run_id
)
SELECT
    countIf(had_failure) AS runs_with_failures,
    countIf(had_failure AND final_status = 'success') AS recovered,
    round(100 * recovered / greatest(runs_with_failures, 1), 2) AS recovery_rate_pct
FROM runs""",
        ),
        (
            "dead-letter backlog",
            f"""SELECT
    countIf(state IN ('new', 'failed_after_replay')) AS backlog,
    countIf(state IN ('new', 'failed_after_replay') AND dead_lettered_at >= {since}) AS new_in_window,
    countIf(state = 'succeeded_after_replay') AS replayed_ok
FROM {db}.dlq_entries FINAL""",
        ),
    ]


def run_stats(store: Store, *, database: str, window_s: float, out: TextIO) -> None:
    """Print the headline figures (runs, error rate, top errors, recovery rate, dead-letter backlog)."""
    for title, sql in stats_queries(database=database, window_s=window_s):
        columns, rows = store.query_readonly(sql)
        out.write(f"\n== {title}\n")
        _print_table(columns, rows, out=out)


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], *, out: TextIO) -> None:
    cells = [["NULL" if v is None else str(v).replace("\n", " ")[:80] for v in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    out.write("  ".join(name.ljust(w) for name, w in zip(columns, widths, strict=True)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(value.ljust(w) for value, w in zip(row, widths, strict=True)) + "\n")
