"""``errorflow stats``: the headline figures of a time window, from the store.

:func:`stats_queries` returns the titled SQL (the CLI may run it through the
running stack's SQL endpoint, so every statement is a single read);
:func:`run_stats` runs it on a store and prints it. Every query reads only
errorflow's tables and views in ``database`` and looks back ``window_s``
seconds from now:

- **runs**: logical runs active in the window and how they ended;
- **attempts**: finished attempts, error and timeout rates (from the per-minute rollup);
- **top errors**: the most frequent error types, with an example message;
- **recovery**: runs that failed and recovered, retry success, mean time to recovery;
- **dead-letter backlog**: entries waiting for an operator now, and new ones in the window.
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
    window = f"since = {since}, until = now64(3, 'UTC')"
    return [
        (
            "runs",
            f"""SELECT
    count() AS runs,
    countIf(status = 'success') AS succeeded,
    countIf(status IN ('failed', 'timed_out', 'dead_lettered')) AS aborted,
    countIf(NOT finished) AS in_progress,
    round(100 * succeeded / greatest(succeeded + aborted, 1), 2) AS success_rate_pct
FROM {db}.taskrun_runs
WHERE last_at >= {since}""",
        ),
        (
            "attempts",
            f"""SELECT
    sum(finished) AS finished,
    sum(failed) AS failed,
    sum(timed_out) AS timeouts,
    round(100 * failed / greatest(finished, 1), 2) AS error_rate_pct,
    round(100 * timeouts / greatest(finished, 1), 2) AS timeout_rate_pct
FROM {db}.error_rates({window})""",
        ),
        (
            "top errors",
            f"""SELECT
    ifNull(error_type, '(no type)') AS error_type,
    count() AS failures,
    uniqExact(root_run_id) AS runs,
    arrayStringConcat(arraySort(groupUniqArray(operation)), ', ') AS operations,
    substring(replaceAll(any(ifNull(error_message, '')), '\\n', ' '), 1, 60) AS example
FROM {db}.taskrun_events
WHERE occurred_at >= {since} AND status IN ('failed', 'timed_out')
GROUP BY error_type
ORDER BY failures DESC, error_type
LIMIT 10""",
        ),
        (
            "recovery",
            f"""SELECT
    r.failed_runs AS failed_runs,
    r.recovered_runs AS recovered,
    round(100 * r.recovered_runs / greatest(r.failed_runs, 1), 2) AS recovery_rate_pct,
    t.retried_runs AS retried_runs,
    round(100 * t.recovered_after_retry / greatest(t.retried_runs, 1), 2) AS retry_success_pct,
    round(m.mttr_s, 3) AS mttr_s
FROM
    (SELECT sum(failed_runs) AS failed_runs, sum(recovered_runs) AS recovered_runs
     FROM {db}.recovery_success({window})) AS r,
    (SELECT sum(retried_runs) AS retried_runs, sum(recovered_after_retry) AS recovered_after_retry
     FROM {db}.retry_success({window})) AS t,
    (SELECT if(sum(recovered_runs) = 0, NULL, sum(mttr_s * recovered_runs) / sum(recovered_runs)) AS mttr_s
     FROM {db}.mttr({window})) AS m""",
        ),
        (
            "dead-letter backlog",
            f"""SELECT
    b.backlog AS backlog,
    b.oldest_age_s AS oldest_age_s,
    n.new_in_window AS new_in_window
FROM
    (SELECT sum(backlog) AS backlog, max(oldest_age_s) AS oldest_age_s
     FROM {db}.dlq_backlog(at = now64(3, 'UTC'))) AS b,
    (SELECT uniqExact(dlq_id) AS new_in_window FROM {db}.dlq_history WHERE dead_lettered_at >= {since}) AS n""",
        ),
    ]


def run_stats(store: Store, *, database: str, window_s: float, out: TextIO) -> None:
    """Print the headline figures (runs, error rate, top errors, recovery rate, dead-letter backlog)."""
    out.write(f"errorflow stats: last {_human(window_s)} (database {database})\n")
    for title, sql in stats_queries(database=database, window_s=window_s):
        columns, rows = store.query_readonly(sql)
        out.write(f"\n== {title}\n")
        _print_table(columns, rows, out=out)


def _human(window_s: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if window_s >= size and window_s % size == 0:
            return f"{window_s / size:g}{unit}"
    return f"{window_s:g}s"


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], *, out: TextIO) -> None:
    cells = [["-" if v is None else str(v).replace("\n", " ")[:80] for v in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    out.write("  ".join(name.ljust(w) for name, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(value.ljust(w) for value, w in zip(row, widths, strict=True)).rstrip() + "\n")
    if not rows:
        out.write("(none)\n")
