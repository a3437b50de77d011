"""``errorflow dlq ...`` and ``errorflow runs ...``: the operator's view of dead letters and runs.

Reads go through :func:`errorflow.cli.query.run_query` (the running stack's SQL
endpoint, or the store directly; :mod:`errorflow.cli.recovery_queries`); writes go
through Kafka, like everything else (:mod:`errorflow.cli.replay`):

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
import dataclasses
import getpass
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from errorflow.cli.argtypes import positive_int
from errorflow.cli.query import terminal_text
from errorflow.cli.recovery_queries import (
    DLQ_STATES,
    REPLAYABLE_STATES,
    RUN_OUTCOMES,
    DlqFilter,
    RunFilter,
    dlq_sql,
    list_dead_letters,
    list_runs,
    parse_time,
    querier,
    replay_sources,
    resolve_root,
    run_history,
    runs_sql,
    sql_str,
    time_range,
)
from errorflow.cli.replay import (
    ReplayPlan,
    plan_replays,
    purge_dead_letters,
    replay,
    replayed_already,
    restore_inputs,
)
from errorflow.errors import ConfigurationError

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = [
    "DlqFilter",
    "ReplayPlan",
    "RunFilter",
    "add_parsers",
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
    "restore_inputs",
    "run_history",
    "runs_sql",
    "sql_str",
]


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
    since, until = time_range(args.since, args.until, now=now)
    return DlqFilter(
        ids=tuple(ids),
        operation=args.operation,
        service=args.service,
        category=args.category,
        fingerprint=args.fingerprint,
        error=args.error,
        since=since,
        until=until,
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
        out.write(f"{name:>15}  {terminal_text(str(value))}\n")
    shown = Redactor(redact).redact(letter.command.input if letter.command else letter.input_dump)
    # JSON escapes C0 controls, not C1 ones nor bidirectional overrides.
    out.write(f"{'input':>15}  {terminal_text(orjson.dumps(shown).decode())}\n")
    out.write("\nattempts:\n")
    for attempt in letter.attempts:
        delay = f"  then waited {attempt.delay_s:.3f}s" if attempt.delay_s is not None else ""
        line = (
            f"  #{attempt.attempt} {attempt.occurred_at} {attempt.status} [{attempt.category}] "
            f"{attempt.error_type}: {attempt.error_message}{delay}"
        )
        out.write(terminal_text(line) + "\n")
    if letter.error_traceback:
        out.write("\ntraceback:\n" + terminal_text(letter.error_traceback.rstrip()) + "\n")


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
            out.write(terminal_text(f"skip   {plan.source_root} ({plan.operation}): {plan.skipped}") + "\n")
        else:
            origin = f" dlq {plan.dlq_id}" if plan.dlq_id else ""
            line = f"{verb} {plan.source_root} ({plan.operation}){origin} as run {plan.command.run_id}"
            out.write(terminal_text(line) + "\n")


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
    if ids and not rows:  # a mistyped id is not "nothing to replay": the operator meant one entry
        raise ConfigurationError(f"no dead letter {args.id} to replay (no such id or root run id, or it was purged)")
    if ids and rows[0]["state"] == "replayed" and not args.force:
        raise ConfigurationError(f"dead letter {args.id} is being replayed already; pass --force to replay it again")
    if ids and rows[0]["state"] == "succeeded_after_replay" and not args.force:
        # Its work is done: a replay would run it a second time (a second charge, a second email).
        raise ConfigurationError(
            f"dead letter {args.id} was replayed and the replay succeeded; pass --force to run it again"
        )
    plans = plan_replays(
        rows,
        now=_now(),
        user=_user(args),
        input_override=_input_override(args),
        max_bytes=settings.kafka.max_message_bytes,
    )
    plans = restore_inputs(settings, plans)
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
    found = {str(row["dlq_id"]) for row in rows} | {str(row["root_run_id"]) for row in rows}
    unknown = [name for name in args.ids if name not in found]
    if unknown:  # a mistyped id among several: purge none, and name it, rather than purge the rest silently
        raise ConfigurationError(
            f"no dead letter {', '.join(unknown)} to purge (no such id or root run id, or purged already); "
            "nothing purged"
        )
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
    since, until = time_range(args.since, args.until, now=now)
    return RunFilter(
        ids=tuple(ids),
        statuses=statuses,
        operation=args.operation,
        service=args.service,
        error=args.error,
        since=since,
        until=until,
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
    _print_run(history, out=sys.stdout)
    return 0


def _print_run(history: dict[str, Any], *, out: TextIO) -> None:
    """A run's history as ``runs show`` prints it: its ids, names and messages are the caller's, escaped."""
    summary = history["summary"] or {}
    head = f"run {history['root_run_id']}  {summary.get('operation', '?')} @ {summary.get('service', '?')}\n"
    head += f"  outcome {summary.get('outcome', '?')} after {summary.get('attempts', '?')} attempt(s)"
    if summary.get("replayed_from"):
        head += f"; replays run {summary['replayed_from']}"
    head += "\n"
    if history["replays"]:
        head += f"  replayed as {', '.join(history['replays'])}\n"
    out.write(terminal_text(head) + "\n")
    for item in history["timeline"]:
        attempt = f"#{item['attempt']}" if item["attempt"] else "  "
        line = f"{item['at']!s:<32} {attempt:>3} {item['kind']:<14} {item['what']:<24} {item['detail'] or ''}"
        out.write(terminal_text(line) + "\n")


def cmd_runs_replay(args: argparse.Namespace) -> int:
    """Replay one run, or every run a filter selects (failed and dead-lettered by default), from its input."""
    settings = _settings()
    ids = (args.id,) if args.id else ()
    query = querier(settings)
    db = settings.clickhouse.database
    if ids:
        root = resolve_root(query, db, args.id)
        if root is None:
            raise ConfigurationError(f"no run {args.id}")
        ids = (root,)
    where = _run_filter(args, ids=ids, default_statuses=() if ids else ("failed", "dead_lettered"))
    if not _has_filter(where) and not args.all:
        raise ConfigurationError("name a run id or a filter (or --all to replay every failed run)")
    runs = list_runs(settings, where, limit=args.limit)
    # A replay run stands for the run it replays: a run and its replays are one piece of work,
    # replayed from the original's input (and counted there), never twice side by side.
    origins = dict.fromkeys(str(r.get("replayed_from") or r["root_run_id"]) for r in runs)
    sources = replay_sources(query, db, list(origins))
    if ids and not sources:
        outcome = runs[0]["outcome"] if runs else "not stored yet"
        raise ConfigurationError(f"run {args.id} has no failed attempt to replay from (its outcome: {outcome})")
    if not args.force:
        verdicts = [(row, replayed_already(row)) for row in sources]
        done = [(row, why) for row, why in verdicts if why is not None]
        if ids and done:
            raise ConfigurationError(f"run {args.id}: {done[0][1]}; pass --force to replay it again")
        for row, why in done:
            print(terminal_text(f"skip   {row['root_run_id']} ({row['operation']}): {why}; --force replays it again"))
        sources = [row for row, why in verdicts if why is None]
    plans = plan_replays(
        sources,
        now=_now(),
        user=_user(args),
        input_override=_input_override(args),
        max_bytes=settings.kafka.max_message_bytes,
    )
    plans = restore_inputs(settings, plans)
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
    parser.add_argument("--limit", type=positive_int, default=None, help="at most this many")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``dlq`` and ``runs`` with their subcommands to the ``errorflow`` parser."""
    dlq = sub.add_parser("dlq", help="list, inspect, replay and purge dead letters")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True, metavar="ACTION")

    listing = dlq_sub.add_parser("list", help="list dead letters, newest first")
    _add_dlq_filters(listing)
    listing.add_argument("--limit", type=positive_int, default=100)
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
    replaying.add_argument(
        "--force", action="store_true", help="replay an entry whose replay is still running or already succeeded"
    )
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
    run_list.add_argument("--limit", type=positive_int, default=100)
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
    run_replay.add_argument("--force", action="store_true", help="replay runs that were replayed already")
    run_replay.set_defaults(handler="errorflow.cli.recovery:cmd_runs_replay")
