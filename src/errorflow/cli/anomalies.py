"""``errorflow anomalies replay``: run the anomaly detectors over TaskRun events from a file, in event time.

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
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

import orjson

from errorflow.errors import ConfigurationError, ErrorflowError

__all__ = ["add_parsers", "cmd_replay", "replay_lines"]


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
    from errorflow.agents.classifier import handle as classify_event
    from errorflow.anomaly import AnomalyEngine, Outcome, RuleSet
    from errorflow.anomaly.replay import outcome_of, replay
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
            verdict = classify_event(event, classifier)
            if verdict is None:
                yield outcome_of(event)
            else:
                yield outcome_of(event, fingerprint=verdict.fingerprint, category=verdict.category)

    for item in replay(outcomes(), engine, eval_interval_s=eval_interval_s):
        at = datetime.fromtimestamp(item.at_s, tz=timezone.utc).isoformat()
        line = orjson.dumps({"at": at, "alert": item.alert.model_dump(mode="json")}).decode()
        out.write(line + "\n")
    out.flush()
    if refused:
        print(f"{refused} line(s) refused", file=err)
        return 1
    return 0
