"""``errorflow sql`` and ``errorflow stats``: read-only access for analysts."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

import orjson

from errorflow.errors import ConfigurationError, ReadOnlyQueryError, StoreError
from errorflow.settings import Settings

__all__ = ["cmd_sql", "cmd_stats", "no_store_message", "parse_window", "print_table", "run_query", "terminal_text"]


def run_query(settings: Settings, sql: str) -> tuple[list[str], list[list[Any]]]:
    """Run a read-only query on the configured store; through the running stack when chDB is in use.

    chDB lives inside the pipeline process while ``errorflow up`` runs, so the
    query goes to its SQL endpoint; otherwise the store is opened here.
    """
    from errorflow.embedded.stack import read_stack_state

    if settings.embedded_clickhouse:
        info = read_stack_state(settings.data_dir)
        if info is not None:
            from errorflow.embedded.queryserver import post_sql

            # The engine stops the query at its time limit; wait a little longer than that for the answer.
            wait_s = settings.clickhouse.analyst_max_execution_s + 30
            try:
                answer = post_sql(info.query_url, sql, timeout_s=wait_s)
            except (OSError, ValueError) as exc:  # refused, reset, timed out; or not an answer at all
                raise StoreError(_no_answer_message(info.query_url, info.logs.get("pipeline"), exc, wait_s)) from exc
            if "error" in answer:
                error_type = ReadOnlyQueryError if answer.get("type") == "ReadOnlyQueryError" else StoreError
                raise error_type(str(answer["error"]))
            return list(answer["columns"]), [list(row) for row in answer["rows"]]
    from errorflow.sinks import open_store

    if settings.embedded_clickhouse and not (settings.data_dir / "chdb").is_dir():
        raise ConfigurationError(no_store_message(settings))  # before opening: chDB would create the folder
    store = open_store(settings, create_database=False)
    try:
        found = store.query_value(
            "SELECT count() FROM system.tables WHERE database = {db:String}", {"db": settings.clickhouse.database}
        )
        if not found:
            raise ConfigurationError(no_store_message(settings))
        columns, rows = store.query_readonly(sql)
        return list(columns), [list(row) for row in rows]
    finally:
        store.close()


def _no_answer_message(url: str, log: str | None, exc: BaseException, wait_s: float) -> str:
    """Say that ``errorflow up`` runs but its pipeline did not answer, and where to look."""
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, TimeoutError):
        reason = f"no answer within {wait_s:g}s"
    where = f"; its log: {log}" if log else ""
    return (
        f"`errorflow up` is running but its pipeline's SQL endpoint {url} did not answer ({reason}): "
        f"the pipeline may be restarting; see `errorflow up`'s output{where}, and try again"
    )


def no_store_message(settings: Settings) -> str:
    """Say that no errorflow store is where the settings point, and how to point at one."""
    database = settings.clickhouse.database
    if settings.embedded_clickhouse:
        where = f"in {settings.data_dir.resolve()} (database {database!r})"
    else:
        where = f"in database {database!r} of the ClickHouse server (ERRORFLOW_CLICKHOUSE_URL)"
    return (
        f"no errorflow store {where}. Run the command in the folder where `errorflow up` keeps its data, "
        "or point at the store: ERRORFLOW_DATA_DIR=<folder of `errorflow up`> for the embedded one, "
        "ERRORFLOW_CLICKHOUSE_URL=http://user:password@host:8123 for a ClickHouse server "
        "(and ERRORFLOW_CLICKHOUSE__DATABASE if it is not 'errorflow'); or start one here with `errorflow up`"
    )


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, out: TextIO) -> None:
    """Print rows as an aligned text table."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    out.write("  ".join(name.ljust(width) for name, width in zip(columns, widths, strict=True)) + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    for row in cells:
        out.write("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    r"""``text`` safe to print on a terminal: control characters as ``\xNN`` escapes (newlines and tabs kept).

    Stored messages and tracebacks hold whatever went into an exception, often a caller's input
    echoed back: printed raw, an escape sequence in them would clear the operator's screen, rewrite
    earlier lines, or set the clipboard (OSC 52); bidirectional overrides would reorder the text.
    """
    return _CONTROL.sub(
        lambda match: f"\\x{ord(match.group()):02x}" if ord(match.group()) < 256 else f"\\u{ord(match.group()):04x}",
        text,
    )


def _cell(value: Any) -> str:
    text = "NULL" if value is None else str(value)
    text = terminal_text(text.replace("\n", "\\n"))
    return text if len(text) <= 80 else text[:77] + "..."


def cmd_sql(args: argparse.Namespace) -> int:
    """Print the result of one read-only query."""
    columns, rows = run_query(Settings(), args.query)
    if args.json:
        for row in rows:
            sys.stdout.write(orjson.dumps(dict(zip(columns, row, strict=True)), default=str).decode() + "\n")
    else:
        print_table(columns, rows, out=sys.stdout)
    return 0


_WINDOW = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")


def parse_window(text: str) -> float:
    """Parse ``90s``, ``15m``, ``1h`` or ``7d`` into seconds.

    Raises:
        ConfigurationError: the text is not a window.
    """
    match = _WINDOW.match(text)
    if not match:
        raise ConfigurationError(f"window {text!r} is not like 90s, 15m, 1h or 7d")
    return float(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def cmd_stats(args: argparse.Namespace) -> int:
    """Print the headline figures of a time window."""
    from errorflow.sinks.stats import stats_queries

    settings = Settings()
    window_s = parse_window(args.window)
    for title, sql in stats_queries(database=settings.clickhouse.database, window_s=window_s):
        columns, rows = run_query(settings, sql)
        print(f"\n== {title} (last {args.window})")
        print_table(columns, rows, out=sys.stdout)
    return 0
