"""``errorflow dlq ...`` and ``errorflow runs ...``: the operator's view of dead letters and runs.

Reads go through :func:`errorflow.cli.query.run_query` (the running stack's SQL
endpoint, or the store directly); writes go through Kafka, like everything else:

- a replay is a new run (:func:`~errorflow.recovery.build_replay_command`, linked by
  ``replayed_from``) whose command goes to ``taskruns.commands``, with a ``replayed``
  recovery action and a ``replayed`` state update of the dead letter; the recovery
  agent writes the replay's outcome back to the entry when the replay ends;
- a purge is a ``purged`` state update of the dead letter.

Dead letters of direct ``@operation`` calls whose input had redacted secrets keep
only the redacted dump: they can be replayed only with ``--input``.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from errorflow.errors import ConfigurationError

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = [
    "DlqFilter",
    "ReplayPlan",
    "RunFilter",
    "cmd_dlq_list",
    "cmd_dlq_purge",
    "cmd_dlq_replay",
    "cmd_dlq_show",
    "cmd_runs_list",
    "cmd_runs_replay",
    "cmd_runs_show",
    "dlq_sql",
    "list_dead_letters",
    "list_runs",
    "parse_time",
    "plan_replays",
    "purge_dead_letters",
    "replay",
    "run_history",
    "runs_sql",
    "sql_str",
]

REDACTED = "***REDACTED***"
DLQ_STATES = ("new", "replayed", "succeeded_after_replay", "failed_after_replay", "purged")
REPLAYABLE_STATES = ("new", "failed_after_replay")
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
        return now - timedelta(seconds=parse_window(text))
    except ConfigurationError:
        pass
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigurationError(f"time {text!r} is neither a window (15m, 2h, 7d) nor an ISO time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


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
        for column in ("operation", "service", "category", "fingerprint"):
            value = getattr(self, column)
            if value:
                parts.append(f"{column} = {sql_str(value)}")
        if self.error:
            needle = sql_str(self.error)
            parts.append(
                f"(positionCaseInsensitiveUTF8(ifNull(error_message, ''), {needle}) > 0"
                f" OR positionCaseInsensitiveUTF8(ifNull(error_type, ''), {needle}) > 0)"
            )
        if self.since is not None:
            parts.append(f"dead_lettered_at >= {_sql_time(self.since)}")
        if self.until is not None:
            parts.append(f"dead_lettered_at < {_sql_time(self.until)}")
        if self.states is None:
            parts.append("state != 'purged'")
        else:
            parts.append(_in("state", self.states))
        return " AND ".join(parts) if parts else "1"


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
        for column in ("operation", "service"):
            value = getattr(self, column)
            if value:
                parts.append(f"{column} = {sql_str(value)}")
        if self.error:
            needle = sql_str(self.error)
            parts.append(
                f"(positionCaseInsensitiveUTF8(ifNull(error_message, ''), {needle}) > 0"
                f" OR positionCaseInsensitiveUTF8(ifNull(error_type, ''), {needle}) > 0)"
            )
        if self.since is not None:
            parts.append(f"first_at >= {_sql_time(self.since)}")
        if self.until is not None:
            parts.append(f"first_at < {_sql_time(self.until)}")
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
            r.status = 'running', 'running',
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


def _querier(settings: Settings) -> Query:
    from errorflow.cli.query import run_query

    def query(sql: str) -> list[dict[str, Any]]:
        columns, rows = run_query(settings, sql)
        return [dict(zip(columns, row, strict=True)) for row in rows]

    return query


def list_dead_letters(
    settings: Settings, where: DlqFilter, *, full: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """Return the dead letters a filter selects (their newest state), newest first."""
    return _querier(settings)(dlq_sql(settings.clickhouse.database, where, full=full, limit=limit))


def list_runs(settings: Settings, where: RunFilter, *, limit: int | None = 100) -> list[dict[str, Any]]:
    """Return the runs a filter selects, with their outcome, newest first."""
    return _querier(settings)(runs_sql(settings.clickhouse.database, where, limit=limit))


def _resolve_root(query: Query, database: str, run_id: str) -> str | None:
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
    query = _querier(settings)
    db = settings.clickhouse.database
    root = _resolve_root(query, db, run_id)
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


# -- writes ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReplayPlan:
    """One replay to send (or why it cannot be sent)."""

    source_root: str
    operation: str
    dlq_id: str | None
    command: Any = None
    """The replay ``RunCommand``; None when it cannot be replayed."""
    skipped: str = ""
    """Why it cannot be replayed."""
    records: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    """(relative topic, key, value) to produce."""


def _holds_redacted(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_holds_redacted(item) for item in value.values())
    if isinstance(value, list):
        return any(_holds_redacted(item) for item in value)
    return isinstance(value, str) and value == REDACTED


def plan_replays(
    sources: Sequence[dict[str, Any]],
    *,
    now: datetime,
    user: str | None,
    input_override: dict[str, Any] | None = None,
) -> list[ReplayPlan]:
    """Turn dead-letter rows (``dlq_current``) or failed-run rows into replay commands and their records.

    A row with a ``dlq_id`` is a dead letter: its command (or, for a direct call, its
    redacted dump) is replayed, a ``replayed`` action and a ``replayed`` state update go
    with it. Other rows are runs replayed from their last failed event's input dump.
    """
    from errorflow.recovery import build_replay_command, replay_action
    from errorflow.schemas.codec import encode
    from errorflow.schemas.commands import RunCommand
    from errorflow.schemas.events import Actor
    from errorflow.schemas.recovery import DeadLetterUpdate
    from errorflow.sinks.rows import dead_letter_from_row
    from errorflow.streams.topics import Topics

    actor = Actor(user_id=user)
    plans: list[ReplayPlan] = []
    for row in sources:
        letter = dead_letter_from_row(row) if row.get("dlq_id") else None
        operation = str(row["operation"])
        root = str(row["root_run_id"])
        if letter is not None and letter.command is not None:
            source = letter.command
        else:
            dump = letter.input_dump if letter is not None else _json_object(row.get("input_dump"))
            if input_override is None and _holds_redacted(dump):
                plans.append(
                    ReplayPlan(
                        root,
                        operation,
                        letter.dlq_id if letter else None,
                        skipped="its input was redacted (a direct call with secrets): replay it with --input",
                    )
                )
                continue
            source = RunCommand(
                operation=operation,
                run_id=str(row.get("run_id") or root),
                root_run_id=root,
                input=dump,
                channel="cli",
            )
        command = build_replay_command(source, now=now, actor=actor, input_override=input_override)
        if command.channel in (None, "direct"):
            command = command.model_copy(update={"channel": "cli"})
        records = [(Topics.COMMANDS.name, command.key, encode(command))]
        service = letter.service if letter is not None else str(row.get("service") or "")
        action = replay_action(
            command, service=service, now=now, dlq_id=letter.dlq_id if letter else None, detail=_detail(root, user)
        )
        records.append((Topics.RECOVERY.name, action.key, encode(action)))
        if letter is not None:
            update = DeadLetterUpdate(
                state="replayed",
                updated_at=now,
                replay_run_id=command.run_id,
                detail=_detail(root, user),
                dead_letter=letter,
            )
            records.append((Topics.DLQ_STATE.name, update.key, encode(update)))
        plans.append(ReplayPlan(root, operation, letter.dlq_id if letter else None, command=command, records=records))
    return plans


def _detail(root: str, user: str | None) -> str:
    return f"replay of run {root}" + (f" by {user}" if user else "")


def _json_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, (str, bytes)) and value:
        parsed = orjson.loads(value)
        return parsed if isinstance(parsed, dict) else {"input": parsed}
    return {}


def _with_bootstrap(settings: Settings) -> Settings:
    """Settings whose Kafka address is set: the configured one, or the running embedded stack's."""
    if settings.kafka.bootstrap:
        return settings
    from errorflow.sdk.runtime import stack_bootstrap

    found = stack_bootstrap(settings.data_dir)
    if found is None:
        raise ConfigurationError(
            "no Kafka address: set ERRORFLOW_KAFKA_BOOTSTRAP, or start the embedded stack with `errorflow up`"
        )
    return settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": found})})


class _Progress:
    """A one-line progress bar on a terminal stream (plain lines when it is not a terminal)."""

    def __init__(self, total: int, *, out: TextIO, label: str) -> None:
        self.total = total
        self.out = out
        self.label = label
        self.done = 0
        self.tty = out.isatty()

    def step(self, note: str = "") -> None:
        self.done += 1
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        line = f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {note}"
        if self.tty:
            self.out.write("\r" + line[:160].ljust(160))
            if self.done == self.total:
                self.out.write("\n")
        elif self.done == self.total or self.done % max(1, self.total // 10) == 0:
            self.out.write(line + "\n")
        self.out.flush()


async def _produce(
    settings: Settings,
    batches: Sequence[Sequence[tuple[str, bytes, bytes]]],
    *,
    rate_per_s: float | None,
    on_batch: Callable[[int], None],
) -> None:
    """Produce each batch of records, waiting for its acknowledgements, at most ``rate_per_s`` batches a second."""
    from errorflow.streams.kafka import make_producer

    producer = make_producer(settings)
    await producer.start()
    try:
        interval = 1.0 / rate_per_s if rate_per_s else 0.0
        next_at = time.monotonic()
        for index, batch in enumerate(batches):
            if interval:
                delay = next_at - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                next_at = max(next_at, time.monotonic()) + interval
            futures = [await producer.send(settings.topic(topic), value, key=key) for topic, key, value in batch]
            await asyncio.gather(*futures)
            on_batch(index)
    finally:
        await producer.stop()


def replay(
    settings: Settings,
    plans: Sequence[ReplayPlan],
    *,
    rate_per_s: float | None = None,
    progress: TextIO | None = None,
) -> list[ReplayPlan]:
    """Send the replays that can be sent (command, ``replayed`` action and state update); return them."""
    sendable = [plan for plan in plans if plan.command is not None]
    if not sendable:
        return []
    bar = _Progress(len(sendable), out=progress, label="replaying") if progress is not None else None

    def step(index: int) -> None:
        if bar is not None:
            bar.step(sendable[index].source_root)

    asyncio.run(
        _produce(_with_bootstrap(settings), [p.records for p in sendable], rate_per_s=rate_per_s, on_batch=step)
    )
    return sendable


def purge_dead_letters(settings: Settings, rows: Sequence[dict[str, Any]], *, user: str | None, now: datetime) -> int:
    """Mark dead letters ``purged`` (a state update each); return how many."""
    from errorflow.schemas.codec import encode
    from errorflow.schemas.recovery import DeadLetterUpdate
    from errorflow.sinks.rows import dead_letter_from_row
    from errorflow.streams.topics import Topics

    batch: list[tuple[str, bytes, bytes]] = []
    for row in rows:
        update = DeadLetterUpdate(
            state="purged",
            updated_at=now,
            detail=f"purged by {user}" if user else "purged",
            dead_letter=dead_letter_from_row(row),
        )
        batch.append((Topics.DLQ_STATE.name, update.key, encode(update)))
    if batch:
        asyncio.run(_produce(_with_bootstrap(settings), [batch], rate_per_s=None, on_batch=lambda _: None))
    return len(batch)


# -- command handlers ------------------------------------------------------------------------------


def _settings() -> Settings:
    from errorflow.settings import Settings

    return Settings()


def _now() -> datetime:
    from errorflow.schemas.events import utc_now

    return utc_now()


def _dlq_filter(
    args: argparse.Namespace, *, ids: Sequence[str] = (), default_states: tuple[str, ...] | None
) -> DlqFilter:
    now = _now()
    states: tuple[str, ...] | None = default_states
    if getattr(args, "state", None):
        states = tuple(s.strip() for s in args.state.split(",") if s.strip())
        unknown = sorted(set(states) - set(DLQ_STATES))
        if unknown:
            raise ConfigurationError(f"unknown state(s) {unknown}; expected {list(DLQ_STATES)}")
    return DlqFilter(
        ids=tuple(ids),
        operation=args.operation,
        service=args.service,
        category=args.category,
        fingerprint=args.fingerprint,
        error=args.error,
        since=parse_time(args.since, now=now) if args.since else None,
        until=parse_time(args.until, now=now) if args.until else None,
        states=states,
    )


def _has_filter(f: DlqFilter | RunFilter) -> bool:
    return any(
        getattr(f, name, None)
        for name in ("ids", "operation", "service", "category", "fingerprint", "error", "since", "until", "statuses")
    )


def _print_rows(rows: list[dict[str, Any]], *, as_json: bool, out: TextIO) -> None:
    from errorflow.cli.query import print_table

    if as_json:
        for row in rows:
            out.write(orjson.dumps(row, default=str).decode() + "\n")
        return
    if not rows:
        out.write("(0 rows)\n")
        return
    columns = list(rows[0])
    print_table(columns, [[row[c] for c in columns] for row in rows], out=out)


def _user(args: argparse.Namespace) -> str | None:
    if getattr(args, "user", None):
        return str(args.user)
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (containers)
        return None


def _input_override(args: argparse.Namespace) -> dict[str, Any] | None:
    if not getattr(args, "input", None):
        return None
    try:
        value = orjson.loads(args.input)
    except orjson.JSONDecodeError as exc:
        raise ConfigurationError(f"--input is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ConfigurationError("--input must be a JSON object")
    return value


def _rate(text: str | None) -> float | None:
    if not text:
        return None
    raw = text.strip().removesuffix("/s")
    try:
        rate = float(raw)
    except ValueError:
        raise ConfigurationError(f"--rate {text!r} is not like 5 or 5/s") from None
    if rate <= 0:
        raise ConfigurationError("--rate must be positive")
    return rate


def cmd_dlq_list(args: argparse.Namespace) -> int:
    """List dead letters (newest first)."""
    settings = _settings()
    rows = list_dead_letters(settings, _dlq_filter(args, default_states=None), limit=args.limit)
    _print_rows(rows, as_json=args.json, out=sys.stdout)
    return 0


def cmd_dlq_show(args: argparse.Namespace) -> int:
    """Show one dead letter: error, traceback, classification, attempts, input and state."""
    settings = _settings()
    rows = list_dead_letters(settings, DlqFilter(ids=(args.id,), states=DLQ_STATES), full=True, limit=1)
    if not rows:
        print(f"errorflow: no dead letter {args.id}", file=sys.stderr)
        return 1
    row = rows[0]
    if args.json:
        sys.stdout.write(orjson.dumps(row, default=str, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    _print_dead_letter(row, out=sys.stdout, redact=settings.sdk.redact_keys)
    return 0


def _print_dead_letter(row: dict[str, Any], *, out: TextIO, redact: Sequence[str]) -> None:
    from errorflow.sdk.redact import Redactor
    from errorflow.sinks.rows import dead_letter_from_row

    letter = dead_letter_from_row(row)
    fields = [
        ("dead letter", letter.dlq_id),
        ("state", f"{row.get('state')} (updated {row.get('updated_at')})"),
        ("run", f"{letter.root_run_id} (last attempt {letter.attempt}, run {letter.run_id})"),
        ("replayed from", letter.replayed_from or "-"),
        ("replay run", row.get("replay_run_id") or "-"),
        (
            "operation",
            f"{letter.operation} @ {letter.service}" + (f" -> {letter.dependency}" if letter.dependency else ""),
        ),
        ("reason", f"{letter.reason}: {letter.detail}"),
        (
            "classification",
            f"{letter.category} {letter.severity or ''} rule={letter.rule_id} fingerprint={letter.fingerprint}",
        ),
        ("error", f"{letter.error_type}: {letter.error_message}"),
        ("first failed", str(letter.first_failed_at)),
        ("dead-lettered", str(letter.dead_lettered_at)),
        ("replayable", "yes" if letter.replayable else "only with --input (the input was redacted)"),
    ]
    for name, value in fields:
        out.write(f"{name:>15}  {value}\n")
    shown = Redactor(redact).redact(letter.command.input if letter.command else letter.input_dump)
    out.write(f"{'input':>15}  {orjson.dumps(shown).decode()}\n")
    out.write("\nattempts:\n")
    for attempt in letter.attempts:
        delay = f"  then waited {attempt.delay_s:.3f}s" if attempt.delay_s is not None else ""
        out.write(
            f"  #{attempt.attempt} {attempt.occurred_at} {attempt.status} [{attempt.category}] "
            f"{attempt.error_type}: {attempt.error_message}{delay}\n"
        )
    if letter.error_traceback:
        out.write("\ntraceback:\n" + letter.error_traceback.rstrip() + "\n")


def _confirm(question: str, *, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        print(f"{question} Not confirmed (no terminal); pass --yes.", file=sys.stderr)
        return False
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _report_plans(plans: Sequence[ReplayPlan], *, dry_run: bool, out: TextIO) -> None:
    verb = "would replay" if dry_run else "replaying"
    for plan in plans:
        if plan.command is None:
            out.write(f"skip   {plan.source_root} ({plan.operation}): {plan.skipped}\n")
        else:
            origin = f" dlq {plan.dlq_id}" if plan.dlq_id else ""
            out.write(f"{verb} {plan.source_root} ({plan.operation}){origin} as run {plan.command.run_id}\n")


def cmd_dlq_replay(args: argparse.Namespace) -> int:
    """Replay one dead letter, or every one a filter selects (new and failed-after-replay by default)."""
    settings = _settings()
    ids = (args.id,) if args.id else ()
    where = _dlq_filter(args, ids=ids, default_states=None if ids else REPLAYABLE_STATES)
    if not ids:
        where = dataclasses.replace(where, skip_superseded=True)
    if not _has_filter(where) and not args.all:
        raise ConfigurationError("name a dead letter id or a filter (or --all to replay every new dead letter)")
    rows = list_dead_letters(settings, where, full=True, limit=args.limit)
    if ids and rows and rows[0]["state"] == "replayed" and not args.force:
        raise ConfigurationError(f"dead letter {args.id} is being replayed already; pass --force to replay it again")
    plans = plan_replays(rows, now=_now(), user=_user(args), input_override=_input_override(args))
    _report_plans(plans, dry_run=args.dry_run, out=sys.stdout)
    if args.dry_run or not plans:
        print(
            f"{sum(p.command is not None for p in plans)} of {len(plans)} would be replayed (dry run)"
            if args.dry_run
            else "nothing to replay"
        )
        return 0
    sent = replay(settings, plans, rate_per_s=_rate(args.rate), progress=sys.stderr)
    print(f"replayed {len(sent)} of {len(plans)}; outcomes are written back to the entries when the replays end")
    return 0 if len(sent) == len(plans) else 1


def cmd_dlq_purge(args: argparse.Namespace) -> int:
    """Mark the dead letters a filter selects as purged, after a confirmation."""
    settings = _settings()
    where = _dlq_filter(
        args, ids=tuple(args.ids), default_states=("new", "failed_after_replay", "succeeded_after_replay", "replayed")
    )
    if not _has_filter(where) and not args.all:
        raise ConfigurationError("name dead letter ids or a filter (or --all to purge every dead letter)")
    rows = list_dead_letters(settings, where, full=True)
    if not rows:
        print("nothing to purge")
        return 0
    if not _confirm(f"Purge {len(rows)} dead letter(s)?", assume_yes=args.yes):
        return 1
    count = purge_dead_letters(settings, rows, user=_user(args), now=_now())
    print(f"purged {count} dead letter(s)")
    return 0


def _run_filter(
    args: argparse.Namespace, *, ids: Sequence[str] = (), default_statuses: tuple[str, ...] = ()
) -> RunFilter:
    now = _now()
    statuses = default_statuses
    if getattr(args, "status", None):
        statuses = tuple(s.strip() for s in args.status.split(",") if s.strip())
        unknown = sorted(set(statuses) - set(RUN_OUTCOMES))
        if unknown:
            raise ConfigurationError(f"unknown status(es) {unknown}; expected {list(RUN_OUTCOMES)}")
    return RunFilter(
        ids=tuple(ids),
        statuses=statuses,
        operation=args.operation,
        service=args.service,
        error=args.error,
        since=parse_time(args.since, now=now) if args.since else None,
        until=parse_time(args.until, now=now) if args.until else None,
    )


def cmd_runs_list(args: argparse.Namespace) -> int:
    """List runs with their outcome (newest first)."""
    settings = _settings()
    rows = list_runs(settings, _run_filter(args), limit=args.limit)
    _print_rows(rows, as_json=args.json, out=sys.stdout)
    return 0


def cmd_runs_show(args: argparse.Namespace) -> int:
    """Show a run's whole history in order."""
    settings = _settings()
    history = run_history(settings, args.id)
    if history is None:
        print(f"errorflow: no run {args.id}", file=sys.stderr)
        return 1
    if args.json:
        sys.stdout.write(orjson.dumps(history, default=str, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    summary = history["summary"] or {}
    out = sys.stdout
    out.write(f"run {history['root_run_id']}  {summary.get('operation', '?')} @ {summary.get('service', '?')}\n")
    out.write(f"  outcome {summary.get('outcome', '?')} after {summary.get('attempts', '?')} attempt(s)")
    if summary.get("replayed_from"):
        out.write(f"; replays run {summary['replayed_from']}")
    out.write("\n")
    if history["replays"]:
        out.write(f"  replayed as {', '.join(history['replays'])}\n")
    out.write("\n")
    for item in history["timeline"]:
        attempt = f"#{item['attempt']}" if item["attempt"] else "  "
        out.write(f"{item['at']!s:<32} {attempt:>3} {item['kind']:<14} {item['what']:<24} {item['detail'] or ''}\n")
    return 0


def cmd_runs_replay(args: argparse.Namespace) -> int:
    """Replay one run, or every run a filter selects (failed and dead-lettered by default), from its input."""
    settings = _settings()
    ids = (args.id,) if args.id else ()
    query = _querier(settings)
    db = settings.clickhouse.database
    if ids:
        root = _resolve_root(query, db, args.id)
        if root is None:
            raise ConfigurationError(f"no run {args.id}")
        ids = (root,)
    where = _run_filter(args, ids=ids, default_statuses=() if ids else ("failed", "dead_lettered"))
    if not _has_filter(where) and not args.all:
        raise ConfigurationError("name a run id or a filter (or --all to replay every failed run)")
    runs = list_runs(settings, where, limit=args.limit)
    sources = _replay_sources(query, db, [str(r["root_run_id"]) for r in runs])
    plans = plan_replays(sources, now=_now(), user=_user(args), input_override=_input_override(args))
    _report_plans(plans, dry_run=args.dry_run, out=sys.stdout)
    if args.dry_run or not plans:
        print(
            f"{sum(p.command is not None for p in plans)} of {len(plans)} would be replayed (dry run)"
            if args.dry_run
            else "nothing to replay"
        )
        return 0
    sent = replay(settings, plans, rate_per_s=_rate(args.rate), progress=sys.stderr)
    print(f"replayed {len(sent)} of {len(plans)}")
    return 0 if len(sent) == len(plans) else 1


def _replay_sources(query: Query, database: str, roots: Sequence[str]) -> list[dict[str, Any]]:
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
            f" any(service) AS service, argMax(input_dump, (attempt, occurred_at)) AS input_dump"
            f" FROM {database}.taskrun_events WHERE root_run_id IN ({keys}) AND status IN ('failed', 'timed_out')"
            " GROUP BY root_run_id"
        )
    }
    return [letters.get(root) or events[root] for root in roots if root in letters or root in events]


# -- argument parsers ------------------------------------------------------------------------------


def _add_dlq_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--operation", help="only this operation")
    parser.add_argument("--service", help="only this service")
    parser.add_argument("--category", help="only this error category")
    parser.add_argument("--fingerprint", help="only this error fingerprint")
    parser.add_argument("--error", help="case-insensitive substring of the error message or type")
    parser.add_argument("--since", help="dead-lettered at or after: a window back (15m, 2h, 7d) or an ISO time")
    parser.add_argument("--until", help="dead-lettered before: a window back or an ISO time")
    parser.add_argument("--state", help=f"comma list of states ({', '.join(DLQ_STATES)})")


def _add_run_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", help=f"comma list of outcomes ({', '.join(RUN_OUTCOMES)})")
    parser.add_argument("--operation", help="only this operation")
    parser.add_argument("--service", help="only this service")
    parser.add_argument("--error", help="case-insensitive substring of the last error message or type")
    parser.add_argument("--since", help="started at or after: a window back (15m, 2h, 7d) or an ISO time")
    parser.add_argument("--until", help="started before: a window back or an ISO time")


def _add_replay_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="show what would be replayed; send nothing")
    parser.add_argument("--rate", help="at most this many replays a second, e.g. 5/s")
    parser.add_argument("--input", help="replay with this input (a JSON object) instead of the saved one")
    parser.add_argument("--user", help="who replays (default: the login name)")
    parser.add_argument("--all", action="store_true", help="allow a replay without any filter")
    parser.add_argument("--limit", type=int, default=None, help="at most this many")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``dlq`` and ``runs`` with their subcommands to the ``errorflow`` parser."""
    dlq = sub.add_parser("dlq", help="list, inspect, replay and purge dead letters")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True, metavar="ACTION")

    listing = dlq_sub.add_parser("list", help="list dead letters, newest first")
    _add_dlq_filters(listing)
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    listing.set_defaults(handler="errorflow.cli.recovery:cmd_dlq_list")

    show = dlq_sub.add_parser("show", help="show one dead letter in full")
    show.add_argument("id", help="dead letter id or root run id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler="errorflow.cli.recovery:cmd_dlq_show")

    replaying = dlq_sub.add_parser("replay", help="replay one dead letter, or every one a filter selects")
    replaying.add_argument("id", nargs="?", help="dead letter id or root run id")
    _add_dlq_filters(replaying)
    _add_replay_options(replaying)
    replaying.add_argument("--force", action="store_true", help="replay an entry whose replay is still running")
    replaying.set_defaults(handler="errorflow.cli.recovery:cmd_dlq_replay")

    purge = dlq_sub.add_parser("purge", help="mark dead letters purged (asks first unless --yes)")
    purge.add_argument("ids", nargs="*", help="dead letter ids or root run ids")
    _add_dlq_filters(purge)
    purge.add_argument("--all", action="store_true", help="allow a purge without any filter")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.add_argument("--user", help="who purges (default: the login name)")
    purge.set_defaults(handler="errorflow.cli.recovery:cmd_dlq_purge")

    runs = sub.add_parser("runs", help="list, inspect and replay runs")
    runs_sub = runs.add_subparsers(dest="runs_command", required=True, metavar="ACTION")

    run_list = runs_sub.add_parser("list", help="list runs with their outcome, newest first")
    _add_run_filters(run_list)
    run_list.add_argument("--limit", type=int, default=100)
    run_list.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    run_list.set_defaults(handler="errorflow.cli.recovery:cmd_runs_list")

    run_show = runs_sub.add_parser("show", help="a run's whole history: attempts, errors, classifications, actions")
    run_show.add_argument("id", help="root run id, attempt run id or dead letter id")
    run_show.add_argument("--json", action="store_true")
    run_show.set_defaults(handler="errorflow.cli.recovery:cmd_runs_show")

    run_replay = runs_sub.add_parser("replay", help="replay one run, or every run a filter selects, from its input")
    run_replay.add_argument("id", nargs="?", help="root run id or attempt run id")
    _add_run_filters(run_replay)
    _add_replay_options(run_replay)
    run_replay.set_defaults(handler="errorflow.cli.recovery:cmd_runs_replay")
