"""``errorflow anomalies replay`` and ``errorflow alerts``: tune the detectors offline, list what fired.

``errorflow anomalies replay`` runs the anomaly detectors over TaskRun events from a file, in event time.

Each line is one TaskRun event in the contract's JSON. Failed events are
classified by the same classifier the pipeline runs (the configured rules
file included), so fingerprints and categories match the stream's. Every
alert the detectors would have fired, repeated or resolved is printed as one
JSON line: ``{"at": <event time>, "alert": {...}}``. A line that is not a
valid event is reported on stderr with its number and skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

import orjson

from errorflow.cli.argtypes import positive_int
from errorflow.errors import ConfigurationError, ErrorflowError

__all__ = ["ALERTS_STATES", "add_parsers", "alerts_sql", "cmd_alerts", "cmd_replay", "replay_lines"]

ALERTS_STATES = ("firing", "resolved")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``anomalies replay`` to the ``errorflow`` parser."""
    anomalies = sub.add_parser("anomalies", help="anomaly detection tools (offline replay of events)")
    anomalies_sub = anomalies.add_subparsers(dest="anomalies_command", required=True, metavar="ACTION")
    replaying = anomalies_sub.add_parser(
        "replay", help="run the detectors over TaskRun events (JSON lines) in event time; print alerts as JSON lines"
    )
    replaying.add_argument("events", help="file of TaskRun events, one JSON object a line ('-' for stdin)")
    replaying.add_argument("--rules", type=Path, help="anomaly rules file (TOML); default: the built-in defaults")
    replaying.add_argument(
        "--eval-interval", type=float, default=1.0, help="seconds of event time between evaluations (default 1)"
    )
    replaying.set_defaults(handler="errorflow.cli.anomalies:cmd_replay")

    alerts = sub.add_parser("alerts", help="list alerts, one line per incident in its latest state")
    alerts.add_argument("--state", choices=ALERTS_STATES, help="only incidents whose latest record is in this state")
    alerts.add_argument("--rule", help="only this rule (dependency_down, static_rate, dead_letter, ...)")
    alerts.add_argument("--limit", type=positive_int, default=100)
    alerts.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    alerts.set_defaults(handler="errorflow.cli.anomalies:cmd_alerts")


def alerts_sql(
    database: str, *, state: str | None = None, rule: str | None = None, anomalies_only: bool = False, limit: int = 100
) -> str:
    """The query behind ``errorflow alerts``: one row per incident, its latest record first in each column."""
    from errorflow.anomaly.engine import RULES
    from errorflow.cli.recovery_queries import sql_str

    where = []
    if state is not None:
        if state not in ALERTS_STATES:
            raise ConfigurationError(f"--state must be one of {', '.join(ALERTS_STATES)}")
        where.append(f"last.2 = {sql_str(state)}")
    if rule:
        where.append(f"any_rule = {sql_str(rule)}")
    if anomalies_only:
        where.append(f"any_rule IN ({', '.join(sql_str(r) for r in sorted(RULES))})")
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    # A record's place in its incident: resolve after fire, later notices after earlier ones.
    version = (
        "(state = 'resolved', ifNull(resolved_at, fired_at), toUInt32OrZero(labels['notification_count']), alert_id)"
    )
    return f"""
        SELECT
            first_fired AS fired_at, last.1 AS severity, any_rule AS rule, last.2 AS state, any_service AS service,
            scope_of AS scope, last.3 AS value, last.4 AS threshold, last_resolved AS resolved_at,
            last.5 AS message, n AS records, incident
        FROM
        (
            SELECT
                if(incident_id = '', any(alert_id), incident_id) AS incident,
                min(fired_at) AS first_fired,
                max(resolved_at) AS last_resolved,
                argMax(tuple(severity, state, value, threshold, message), {version}) AS last,
                any(rule) AS any_rule,
                any(service) AS any_service,
                if(any_rule = 'dependency_down', ifNull(any(dependency), ''), any(operation)) AS scope_of,
                count() AS n
            FROM {database}.alerts
            GROUP BY incident_id
        )
        {condition}
        ORDER BY fired_at DESC, incident
        LIMIT {int(limit)}
    """


def cmd_alerts(args: argparse.Namespace) -> int:
    """Print alerts, one line per incident."""
    from errorflow.cli.query import print_table, run_query
    from errorflow.settings import Settings

    settings = Settings()
    sql = alerts_sql(settings.clickhouse.database, state=args.state, rule=args.rule, limit=args.limit)
    columns, rows = run_query(settings, sql)
    if args.json:
        for row in rows:
            sys.stdout.write(orjson.dumps(dict(zip(columns, row, strict=True)), default=str).decode() + "\n")
    else:
        print_table(columns, rows, out=sys.stdout)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """Replay a file of events and print the alerts."""
    from errorflow.settings import Settings

    if args.eval_interval <= 0:
        raise ConfigurationError("--eval-interval must be positive")
    settings = Settings()
    rules_path = args.rules or settings.anomaly.rules_file
    if args.events == "-":
        return replay_lines(
            sys.stdin.buffer,
            rules_path=rules_path,
            classifier_rules=settings.rules_file,
            out=sys.stdout,
            err=sys.stderr,
            eval_interval_s=args.eval_interval,
        )
    try:
        with Path(args.events).open("rb") as lines:
            return replay_lines(
                lines,
                rules_path=rules_path,
                classifier_rules=settings.rules_file,
                out=sys.stdout,
                err=sys.stderr,
                eval_interval_s=args.eval_interval,
            )
    except OSError as exc:
        raise ConfigurationError(f"cannot read {args.events}: {exc}") from exc


def replay_lines(
    lines: IO[bytes],
    *,
    rules_path: Path | None,
    classifier_rules: Path | None,
    out: IO[str],
    err: IO[str],
    eval_interval_s: float = 1.0,
) -> int:
    """Replay event lines; write alert lines to ``out``; return the exit code (0, or 1 if a line was refused)."""
    from errorflow.anomaly import AnomalyEngine, Outcome, RuleSet
    from errorflow.anomaly.replay import classified_outcome, replay
    from errorflow.classify import Classifier
    from errorflow.schemas.codec import decode
    from errorflow.schemas.events import TaskRunEvent

    engine = AnomalyEngine(RuleSet.from_file(rules_path))
    classifier = Classifier.from_settings(rules_file=classifier_rules)
    refused = 0

    def outcomes() -> Iterator[Outcome]:
        nonlocal refused
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                event = decode(raw, TaskRunEvent)
            except ErrorflowError as exc:
                refused += 1
                print(f"line {number}: refused: {exc}", file=err)
                continue
            yield classified_outcome(event, classifier)

    # No line of history is later than now: one that is (a clock set ahead) is counted at the replay's clock.
    for item in replay(outcomes(), engine, eval_interval_s=eval_interval_s, latest_s=time.time()):
        at = datetime.fromtimestamp(item.at_s, tz=timezone.utc).isoformat()
        line = orjson.dumps({"at": at, "alert": item.alert.model_dump(mode="json")}).decode()
        out.write(line + "\n")
    out.flush()
    if refused:
        print(f"{refused} line(s) refused", file=err)
        return 1
    return 0
