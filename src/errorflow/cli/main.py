"""The ``errorflow`` command line: one subcommand per job.

Subcommands import what they need lazily, so ``errorflow --help`` and the
light commands stay fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from errorflow.cli.argtypes import positive_int, positive_seconds

__all__ = ["main"]


def _add_stack(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    up = sub.add_parser("up", help="start the embedded stack (Tansu broker, pipeline worker, chDB) until Ctrl-C")
    up.add_argument("--data-dir", help="where chDB data, spools and state live (default .errorflow)")
    up.add_argument("--ops", action="append", default=[], help="also run a function runner for these modules")
    up.set_defaults(handler="errorflow.cli.stack:cmd_up")

    pipeline = sub.add_parser("pipeline", help="run the pipeline worker (sink, classifier, recovery agents)")
    pipeline.add_argument("--query-port", type=int, default=0, help="serve read-only SQL on this loopback port")
    pipeline.set_defaults(handler="errorflow.cli.stack:cmd_pipeline")

    worker = sub.add_parser("worker", help="run the function runner for operations in --ops modules")
    worker.add_argument("--ops", action="append", required=True, help="module that registers operations")
    worker.add_argument("--concurrency", type=positive_int, default=16, help="operations run at once (default 16)")
    worker.set_defaults(handler="errorflow.cli.stack:cmd_worker")


def _add_runs(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    submit = sub.add_parser("submit", help="put a run command on the commands topic")
    submit.add_argument("operation")
    submit.add_argument("--input", default="{}", help="the input as a JSON object")
    submit.add_argument("--user", help="user id of the actor")
    submit.add_argument(
        "--wait",
        type=positive_seconds,
        metavar="SECONDS",
        help="wait up to SECONDS for the run to end (retries included) and print how: exit 0 if it succeeded, "
        "1 if it failed or was dead-lettered, 3 if it had not ended in time",
    )
    submit.set_defaults(handler="errorflow.cli.runs:cmd_submit")

    sql = sub.add_parser("sql", help="run a read-only query against the store and print the result")
    sql.add_argument("query")
    sql.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    sql.set_defaults(handler="errorflow.cli.query:cmd_sql")

    stats = sub.add_parser("stats", help="headline figures for a time window")
    stats.add_argument("--window", default="1h", help="window such as 15m, 1h, 7d")
    stats.set_defaults(handler="errorflow.cli.query:cmd_stats")

    classify = sub.add_parser("classify", help="classify JSON Lines of errors from a file or stdin", add_help=False)
    classify.add_argument("args", nargs=argparse.REMAINDER)
    classify.set_defaults(handler="errorflow.cli.runs:cmd_classify")

    demo = sub.add_parser("demo", help="run the demo pipeline end to end and print a report")
    demo.add_argument("--data-dir", help="keep the demo's data here (default: a temporary directory)")
    demo.set_defaults(handler="errorflow.demo.run:cmd_demo")

    config = sub.add_parser("config", help="print the effective settings (secrets masked) and retry policies")
    config.add_argument("--json", action="store_true", help="print one JSON object")
    config.set_defaults(handler="errorflow.cli.config:cmd_config")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``errorflow`` command."""
    parser = argparse.ArgumentParser(prog="errorflow", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_stack(sub)
    _add_runs(sub)
    from errorflow.cli.recovery import add_parsers as add_recovery_parsers

    add_recovery_parsers(sub)
    from errorflow.cli.breakers import add_parsers as add_breaker_parsers

    add_breaker_parsers(sub)
    from errorflow.cli.anomalies import add_parsers as add_anomaly_parsers

    add_anomaly_parsers(sub)
    return parser


def _resolve(path: str) -> Callable[[argparse.Namespace], int]:
    module_name, _, attribute = path.partition(":")
    module = __import__(module_name, fromlist=[attribute])
    handler: Callable[[argparse.Namespace], int] = getattr(module, attribute)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from errorflow.children import watch_parent
    from errorflow.errors import ErrorflowError

    watch_parent()  # a child of errorflow dies with its parent where the kernel does not see to it (not Linux)
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments[:1] == ["classify"]:
            # The classify command owns its options (and its --help): hand it the rest untouched.
            from errorflow.classify.cli import run_classify

            code: int = run_classify(arguments[1:], stdin=sys.stdin, stdout=sys.stdout)
        else:
            args = build_parser().parse_args(arguments)
            configure_logging(verbose=args.verbose)
            code = _resolve(args.handler)(args)
        sys.stdout.flush()  # here, so a reader that went away is noticed inside the try
        return code
    except ErrorflowError as exc:
        print(f"errorflow: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except SystemExit:  # --help and usage errors: argparse printed and exits; the flush is still ahead
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            return _reader_went_away()
        raise


def configure_logging(*, verbose: bool) -> None:
    """Log to stderr: errorflow's loggers at ``log_level``, other libraries at WARNING (both INFO with ``-v``).

    errorflow's records are scrubbed as they are made (:mod:`errorflow.logscrub`).

    Raises:
        ConfigurationError: the settings are invalid, or ``log_level`` is not a logging level.
    """
    from errorflow.cli.config import environment_settings
    from errorflow.errors import ConfigurationError
    from errorflow.logscrub import install_log_scrubbing
    from errorflow.settings import warn_misspelled_variables

    settings = environment_settings()
    configured = settings.log_level
    level = logging.getLevelName(configured.upper())
    if not isinstance(level, int):
        raise ConfigurationError(f"log_level {configured!r} is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("errorflow").setLevel(min(level, logging.INFO) if verbose else level)
    install_log_scrubbing(settings)  # errorflow's log is scrubbed like what it stores
    warn_misspelled_variables()  # a typo outside the groups would otherwise pass unnoticed


def _reader_went_away() -> int:
    """End quietly when stdout's reader closed early (``errorflow ... | head``), as Unix tools do.

    Python's documented recipe: point stdout at devnull so the interpreter's final
    flush does not fail again, and exit with 128 + SIGPIPE.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests): nothing left to flush
        pass
    finally:
        os.close(devnull)
    return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
