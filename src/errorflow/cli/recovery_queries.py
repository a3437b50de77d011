"""What the recovery CLI reads: dead letters, runs and a run's history, as SQL over the store.

The filters build plain SQL (values quoted with :func:`sql_str`) for
:func:`errorflow.cli.query.run_query`, which goes to the running stack's SQL
endpoint or opens the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from errorflow.errors import ConfigurationError

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = [
    "DLQ_STATES",
    "REPLAYABLE_STATES",
    "RUN_OUTCOMES",
    "DlqFilter",
    "Query",
    "RunFilter",
    "dlq_sql",
    "list_dead_letters",
    "list_runs",
    "parse_time",
    "querier",
    "replay_sources",
    "resolve_root",
    "run_end",
    "run_history",
    "runs_sql",
    "sql_str",
    "time_range",
]

DLQ_STATES = ("new", "replayed", "succeeded_after_replay", "failed_after_replay", "purged")
REPLAYABLE_STATES = ("new", "failed_after_replay")
"""States a bulk replay takes: never replayed, or replayed and failed again."""
RUN_OUTCOMES = ("succeeded", "failed", "dead_lettered", "retrying", "running", "pending")


# -- SQL building (pure) -------------------------------------------------------------------------


def sql_str(value: str) -> str:
    """Return ``value`` as a ClickHouse string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_time(text: str, *, now: datetime) -> datetime:
    """Parse ``--since``/``--until``: a window back from now (``90s``, ``15m``, ``2h``, ``7d``) or an ISO time.

    Raises:
        ConfigurationError: the text is neither.
    """
    from errorflow.cli.query import parse_window

    try:
        back = parse_window(text)
    except ConfigurationError:
        pass
    else:
        try:
            return now - timedelta(seconds=back)
        except OverflowError:  # before year 1, or more days than a timedelta holds
            raise ConfigurationError(f"time {text!r} is too far back; give a shorter window or an ISO time") from None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigurationError(f"time {text!r} is neither a window (15m, 2h, 7d) nor an ISO time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def time_range(since: str | None, until: str | None, *, now: datetime) -> tuple[datetime | None, datetime | None]:
    """Parse ``--since`` and ``--until`` (see :func:`parse_time`); refuse a range that cannot hold anything.

    A ``--since`` in the future, or not before ``--until``, selects nothing by construction: the
    command would print an empty list (or replay nothing) as if nothing had failed, a typo read
    as good news.

    Raises:
        ConfigurationError: either is not a time, or the range is empty.
    """
    start = parse_time(since, now=now) if since else None
    end = parse_time(until, now=now) if until else None
    if start is not None and start > now:
        raise ConfigurationError(f"--since {since!r} is in the future ({start.isoformat()}); nothing can match")
    if start is not None and end is not None and start >= end:
        raise ConfigurationError(
            f"--since {since!r} is not before --until {until!r} ({start.isoformat()} >= {end.isoformat()}); "
            "nothing can match"
        )
    return start, end


def _sql_time(value: datetime) -> str:
    return f"toDateTime64({sql_str(value.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3])}, 3, 'UTC')"


def _in(column: str, values: Iterable[str]) -> str:
    return f"{column} IN ({', '.join(sql_str(v) for v in values)})"


@dataclass(frozen=True, slots=True)
class DlqFilter:
    """Which dead letters a ``dlq`` command works on."""

    ids: tuple[str, ...] = ()
    operation: str | None = None
    service: str | None = None
    category: str | None = None
    fingerprint: str | None = None
    error: str | None = None
    """Case-insensitive substring of the error message or type."""
    since: datetime | None = None
    until: datetime | None = None
    states: tuple[str, ...] | None = None
    """States to include; None means every state but ``purged``."""
    skip_superseded: bool = False
    """Leave out entries whose failed replay was dead-lettered itself: the newer entry carries the work."""

    def where(self, database: str) -> str:
        """Return the SQL condition (``1`` when the filter selects everything)."""
        parts: list[str] = []
        if self.skip_superseded:
            parts.append(
                "NOT (state = 'failed_after_replay' AND ifNull(replay_run_id, '') IN"
                f" (SELECT root_run_id FROM {database}.dlq_current WHERE state != 'purged'))"
            )
        if self.ids:
            parts.append(f"({_in('dlq_id', self.ids)} OR {_in('root_run_id', self.ids)})")
        parts += _shared_conditions(
            self, ("operation", "service", "category", "fingerprint"), time_column="dead_lettered_at"
        )
        if self.states is None:
            parts.append("state != 'purged'")
        else:
            parts.append(_in("state", self.states))
        return " AND ".join(parts) if parts else "1"


def _shared_conditions(filters: DlqFilter | RunFilter, equal: tuple[str, ...], *, time_column: str) -> list[str]:
    """Conditions both filters build alike: equal columns, an error substring, a time window."""
    parts = [f"{column} = {sql_str(value)}" for column in equal if (value := getattr(filters, column))]
    if filters.error:
        needle = sql_str(filters.error)
        parts.append(
            f"(positionCaseInsensitiveUTF8(ifNull(error_message, ''), {needle}) > 0"
            f" OR positionCaseInsensitiveUTF8(ifNull(error_type, ''), {needle}) > 0)"
        )
    if filters.since is not None:
        parts.append(f"{time_column} >= {_sql_time(filters.since)}")
    if filters.until is not None:
        parts.append(f"{time_column} < {_sql_time(filters.until)}")
    return parts


_DLQ_LIST_COLUMNS = (
    "dlq_id, dead_lettered_at, state, operation, service, category, reason, attempt,"
    " error_type, substring(ifNull(error_message, ''), 1, 120) AS error, fingerprint, root_run_id, replay_run_id"
)


def dlq_sql(database: str, where: DlqFilter, *, full: bool = False, limit: int | None = None) -> str:
    """Return the query listing the dead letters a filter selects, newest first."""
    columns = "*" if full else _DLQ_LIST_COLUMNS
    tail = f" LIMIT {int(limit)}" if limit else ""
    return (
        f"SELECT {columns} FROM {database}.dlq_current WHERE {where.where(database)}"
        f" ORDER BY dead_lettered_at DESC, dlq_id{tail}"
    )


@dataclass(frozen=True, slots=True)
class RunFilter:
    """Which runs a ``runs`` command works on."""

    ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    """Outcomes: succeeded, failed, dead_lettered, retrying, running, pending (empty: all)."""
    operation: str | None = None
    service: str | None = None
    error: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def where(self) -> str:
        """Return the SQL condition over the run summary (``1`` when the filter selects everything)."""
        parts: list[str] = []
        if self.ids:
            parts.append(_in("root_run_id", self.ids))
        if self.statuses:
            parts.append(_in("outcome", self.statuses))
        parts += _shared_conditions(self, ("operation", "service"), time_column="first_at")
        return " AND ".join(parts) if parts else "1"


def runs_sql(database: str, where: RunFilter, *, limit: int | None = 100) -> str:
    """Return the query listing runs with their outcome (from events and recovery actions), newest first."""
    tail = f" LIMIT {int(limit)}" if limit else ""
    return f"""
SELECT root_run_id, outcome, status, attempts, operation, service, error_type,
    substring(ifNull(error_message, ''), 1, 120) AS error, first_at, last_at, replayed_from
FROM
(
    SELECT r.root_run_id AS root_run_id, r.status AS status, r.attempts AS attempts, r.operation AS operation,
        r.service AS service, r.error_type AS error_type, r.error_message AS error_message,
        r.first_at AS first_at, r.last_at AS last_at, e.origin AS replayed_from,
        multiIf(
            r.status = 'success', 'succeeded',
            a.last_action = 'failed_fast', 'failed',
            a.last_action IN ('dead_lettered', 'gave_up_deadline') OR r.status = 'dead_lettered', 'dead_lettered',
            a.last_action IN ('retry_scheduled', 'waiting_for_resources'), 'retrying',
            r.status IN ('failed', 'timed_out'), 'failed',
            r.status IN ('running', 'heartbeat'), 'running',
            'pending'
        ) AS outcome
    FROM {database}.taskrun_runs AS r
    LEFT JOIN
    (
        SELECT root_run_id, argMax(action, (decided_at, attempt)) AS last_action
        FROM {database}.recovery_actions
        WHERE action != 'replayed'
        GROUP BY root_run_id
    ) AS a ON a.root_run_id = r.root_run_id
    LEFT JOIN
    (
        SELECT root_run_id, any(replayed_from) AS origin
        FROM {database}.taskrun_events
        WHERE replayed_from IS NOT NULL
        GROUP BY root_run_id
    ) AS e ON e.root_run_id = r.root_run_id
)
WHERE {where.where()}
ORDER BY first_at DESC, root_run_id{tail}
""".strip()


# -- reads -----------------------------------------------------------------------------------------


Query = Callable[[str], list[dict[str, Any]]]


def querier(settings: Settings) -> Query:
    """Return a function running one read-only query on the store and returning its rows as dicts."""
    from errorflow.cli.query import run_query

    def query(sql: str) -> list[dict[str, Any]]:
        columns, rows = run_query(settings, sql)
        return [dict(zip(columns, row, strict=True)) for row in rows]

    return query


def list_dead_letters(
    settings: Settings, where: DlqFilter, *, full: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """Return the dead letters a filter selects (their newest state), newest first."""
    return querier(settings)(dlq_sql(settings.clickhouse.database, where, full=full, limit=limit))


def list_runs(settings: Settings, where: RunFilter, *, limit: int | None = 100) -> list[dict[str, Any]]:
    """Return the runs a filter selects, with their outcome, newest first."""
    return querier(settings)(runs_sql(settings.clickhouse.database, where, limit=limit))


def run_end(settings: Settings, root_run_id: str) -> dict[str, Any] | None:
    """The ``runs list`` row of a run that has ended: succeeded, failed for good or dead-lettered; else None.

    ``runs list`` shows a run whose last attempt failed as ``failed`` at once, while recovery
    may still retry it: here a failed run has ended only once recovery failed it fast.
    """
    return ended_run(querier(settings), settings.clickhouse.database, root_run_id)


_UNFINISHED_STATUSES = ("pending", "running", "heartbeat")
"""A run's latest status while its attempt has not ended, as ``taskrun_runs`` shows it."""


def ended_run(query: Query, database: str, root_run_id: str) -> dict[str, Any] | None:
    """:func:`run_end` on a given store.

    Recovery's decision can be visible before the failure it decided on: ``taskrun_runs`` is kept
    by a materialized view, whose part shows a moment after the events table's (docs/queries.md).
    Until the run's row shows its attempt ended, the run has not ended here either (a CI run read
    ``dead_lettered`` without the error the row then lacked).
    """
    rows = query(runs_sql(database, RunFilter(ids=(root_run_id,)), limit=1))
    if not rows or rows[0]["outcome"] not in ("succeeded", "failed", "dead_lettered"):
        return None
    row = rows[0]
    if row["status"] in _UNFINISHED_STATUSES:
        return None
    if row["outcome"] == "failed":
        failed_fast = query(
            f"SELECT count() AS n FROM {database}.recovery_actions"
            f" WHERE root_run_id = {sql_str(root_run_id)} AND action = 'failed_fast'"
        )
        if not int(failed_fast[0]["n"]):
            return None
    return row


def resolve_root(query: Query, database: str, run_id: str) -> str | None:
    """Return the root run id of a root run id, an attempt's run id or a dead letter id; None if unknown."""
    rows = query(
        f"SELECT root_run_id FROM {database}.taskrun_events WHERE run_id = {sql_str(run_id)}"
        f" OR root_run_id = {sql_str(run_id)} LIMIT 1"
    )
    if rows:
        return str(rows[0]["root_run_id"])
    rows = query(
        f"SELECT root_run_id FROM {database}.dlq_current WHERE dlq_id = {sql_str(run_id)}"
        f" OR run_id = {sql_str(run_id)} LIMIT 1"
    )
    return str(rows[0]["root_run_id"]) if rows else None


_KIND_RANK = {"event": 0, "classification": 1, "recovery": 2, "dead letter": 3}


def run_history(settings: Settings, run_id: str) -> dict[str, Any] | None:
    """Return a run's whole history, oldest first: every event, classification, recovery action and dead letter.

    ``run_id`` may be the root run id, the run id of any attempt, or a dead letter id.
    """
    query = querier(settings)
    db = settings.clickhouse.database
    root = resolve_root(query, db, run_id)
    if root is None:
        return None
    key = sql_str(root)
    timeline: list[dict[str, Any]] = []
    for row in query(
        "SELECT occurred_at AS at, attempt, status, run_id, replayed_from, error_type, error_message, channel,"
        f" execution_time_s FROM {db}.taskrun_events WHERE root_run_id = {key}"
    ):
        error = f"{row['error_type']}: {row['error_message']}" if row["error_type"] else ""
        detail = " ".join(part for part in (f"run {row['run_id']}", error) if part)
        timeline.append(
            {"at": row["at"], "kind": "event", "attempt": row["attempt"], "what": row["status"], "detail": detail}
        )
    for row in query(
        "SELECT classified_at AS at, attempt, category, severity, strategy, rule_id, fingerprint"
        f" FROM {db}.error_classifications WHERE root_run_id = {key}"
    ):
        detail = f"{row['severity']} {row['strategy']} rule={row['rule_id']} fingerprint={row['fingerprint']}"
        timeline.append(
            {
                "at": row["at"],
                "kind": "classification",
                "attempt": row["attempt"],
                "what": row["category"],
                "detail": detail,
            }
        )
    for row in query(
        "SELECT decided_at AS at, attempt, action, reason, detail, delay_s, due_at, dlq_id"
        f" FROM {db}.recovery_actions WHERE root_run_id = {key}"
    ):
        timeline.append(
            {
                "at": row["at"],
                "kind": "recovery",
                "attempt": row["attempt"],
                "what": row["action"],
                "detail": row["detail"],
            }
        )
    for row in query(
        f"SELECT updated_at AS at, dlq_id, state, reason, replay_run_id FROM {db}.dlq_history WHERE root_run_id = {key}"
    ):
        detail = f"dlq {row['dlq_id']} ({row['reason']})" + (
            f" replay {row['replay_run_id']}" if row["replay_run_id"] else ""
        )
        timeline.append(
            {"at": row["at"], "kind": "dead letter", "attempt": None, "what": row["state"], "detail": detail}
        )
    timeline.sort(key=lambda item: (str(item["at"]), item["attempt"] or 0, _KIND_RANK[item["kind"]]))
    summary = list_runs(settings, RunFilter(ids=(root,)), limit=1)
    replays = query(
        f"SELECT DISTINCT root_run_id FROM {db}.taskrun_events WHERE replayed_from = {key} ORDER BY root_run_id"
    )
    return {
        "root_run_id": root,
        "summary": summary[0] if summary else None,
        "replays": [str(r["root_run_id"]) for r in replays],
        "timeline": timeline,
    }


def replay_sources(query: Query, database: str, roots: Sequence[str]) -> list[dict[str, Any]]:
    """The row to replay each run from: its dead letter when it has one, else its last failed event."""
    if not roots:
        return []
    keys = ", ".join(sql_str(root) for root in roots)
    letters = {
        str(row["root_run_id"]): row
        for row in query(f"SELECT * FROM {database}.dlq_current WHERE root_run_id IN ({keys}) AND state != 'purged'")
    }
    events = {
        str(row["root_run_id"]): row
        for row in query(
            f"SELECT root_run_id, argMax(run_id, (attempt, occurred_at)) AS run_id, any(operation) AS operation,"
            f" any(service) AS service, argMax(input_dump, (attempt, occurred_at)) AS input_dump,"
            f" max(occurred_at) AS failed_at"
            f" FROM {database}.taskrun_events WHERE root_run_id IN ({keys}) AND status IN ('failed', 'timed_out')"
            " GROUP BY root_run_id"
        )
    }
    # How often each run was replayed already: part of the version a new replay replays.
    replays = {
        str(row["replayed_from"]): int(row["replays"])
        for row in query(
            f"SELECT replayed_from, uniqExact(root_run_id) AS replays FROM {database}.taskrun_events"
            f" WHERE replayed_from IN ({keys}) GROUP BY replayed_from"
        )
    }
    for root, row in events.items():
        row["replays"] = replays.get(root, 0)
    return [letters.get(root) or events[root] for root in roots if root in letters or root in events]
