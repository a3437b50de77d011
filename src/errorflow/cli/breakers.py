"""``errorflow breakers``: every dependency's circuit breaker, and the operator's overrides.

- ``errorflow breakers [--json]`` lists each breaker: its state and since when (its newest
  transition in ``breaker_transitions``), and its failure rate, slow-call rate and calls in
  the window. For a closed breaker those are the dependency's outcomes since it closed, cut
  to its window (from ``taskrun_events``, rejected runs left out); for any other state they
  are the numbers that caused its last transition (column ``numbers`` says which).
- ``errorflow breakers force-open|force-close|disable|metrics-only|reset DEP --reason R``
  sends the override to the breaker agent (``breakers.inputs``, in order with the
  dependency's outcomes) and logs it as a ``breaker_override`` recovery action naming who
  and why. The agent applies it and publishes the transition every process follows. A name
  no breaker, policy or stored run knows is refused (a typo would create a second breaker
  and leave the real one as it was) unless ``--new`` says the dependency is not seen yet;
  when the store cannot be read the override is sent anyway, with a warning: an urgent
  override must not wait for the store.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import orjson

from errorflow.breakers import BreakerConfigSet, Outcomes
from errorflow.errors import ConfigurationError

if TYPE_CHECKING:
    from errorflow.schemas.breakers import BreakerInput
    from errorflow.schemas.recovery import RecoveryActionEvent
    from errorflow.settings import Settings

__all__ = [
    "add_parsers",
    "breaker_rows",
    "cmd_breakers",
    "cmd_breakers_override",
    "known_dependencies",
    "override_records",
    "unknown_dependency_error",
]

CIRCUIT_OPEN_TYPE = "errorflow.errors.CircuitOpenError"
ACTIONS = ("force-open", "force-close", "disable", "metrics-only", "reset")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``errorflow breakers`` and its override subcommands."""
    breakers = sub.add_parser("breakers", help="list circuit breakers, or override one (force-open, reset, ...)")
    breakers.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    breakers.set_defaults(handler="errorflow.cli.breakers:cmd_breakers")
    actions = breakers.add_subparsers(dest="breaker_action", metavar="ACTION")
    for action in ACTIONS:
        override = actions.add_parser(action, help=f"{action} the breaker of one dependency (logged with who and why)")
        override.add_argument("dependency")
        override.add_argument("--reason", required=True, help="why (logged with the override)")
        override.add_argument("--user", help="who (default: the login name)")
        override.add_argument(
            "--new",
            action="store_true",
            help="the dependency has no breaker, policy or stored run yet (otherwise an unknown name is refused)",
        )
        override.set_defaults(handler="errorflow.cli.breakers:cmd_breakers_override", action=action)


def _configs(settings: Settings) -> BreakerConfigSet:
    path = settings.recovery.policies_file
    return BreakerConfigSet.from_toml(path) if path is not None else BreakerConfigSet()


def breaker_rows(settings: Settings, *, now: datetime) -> list[dict[str, Any]]:
    """One row per known breaker: dependency, state, since, failure rate, slow-call rate, calls in window."""
    from errorflow.cli.recovery_queries import querier, sql_str

    query = querier(settings)
    db = settings.clickhouse.database
    configs = _configs(settings)
    newest = query(
        "SELECT breaker AS dependency, "
        "argMax(to_state, (transitioned_at, sequence)) AS state, "
        "max(transitioned_at) AS since, "
        "argMax(calls, (transitioned_at, sequence)) AS calls, "
        "argMax(failure_rate, (transitioned_at, sequence)) AS failure_rate, "
        "argMax(slow_call_rate, (transitioned_at, sequence)) AS slow_call_rate, "
        "argMax(reason, (transitioned_at, sequence)) AS reason "
        f"FROM {db}.breaker_transitions GROUP BY breaker ORDER BY breaker"
    )
    known = {row["dependency"]: row for row in newest}
    for dependency in configs.dependencies:
        known.setdefault(
            dependency,
            {"dependency": dependency, "state": "closed", "since": None, "reason": "", "calls": 0},
        )
    rows: list[dict[str, Any]] = []
    for dependency in sorted(known):
        row = known[dependency]
        config = configs.config_for(dependency)
        if row["state"] == "closed":
            since = _parse(row["since"])
            start = since
            if config.sliding_window_type == "time":
                window_start = now - timedelta(seconds=config.sliding_window_size)
                start = max(start, window_start) if start is not None else window_start
            stamp = start.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23] if start else ""
            where = f"AND occurred_at >= toDateTime64({sql_str(stamp)}, 3, 'UTC')" if start is not None else ""
            events = query(
                "SELECT status != 'success' AS failed, "
                f"ifNull(execution_time_s, 0) >= {float(config.slow_call_duration_s)} AS slow "
                f"FROM {db}.taskrun_events WHERE dependency = {sql_str(dependency)} "
                "AND status IN ('success', 'failed', 'timed_out') "
                f"AND ifNull(error_type, '') != {sql_str(CIRCUIT_OPEN_TYPE)} "
                f"{where} ORDER BY occurred_at DESC LIMIT {int(config.sliding_window_size)}"
                if config.sliding_window_type == "count"
                else "SELECT status != 'success' AS failed, "
                f"ifNull(execution_time_s, 0) >= {float(config.slow_call_duration_s)} AS slow "
                f"FROM {db}.taskrun_events WHERE dependency = {sql_str(dependency)} "
                "AND status IN ('success', 'failed', 'timed_out') "
                f"AND ifNull(error_type, '') != {sql_str(CIRCUIT_OPEN_TYPE)} "
                f"{where}"
            )
            failures = sum(1 for e in events if e["failed"])
            window = Outcomes(len(events) - failures, failures, sum(1 for e in events if e["slow"]))
            calls, failure_rate, slow_rate, numbers = (
                window.calls,
                window.failure_rate,
                window.slow_call_rate,
                "window",
            )
        else:
            calls, failure_rate, slow_rate, numbers = (
                int(row["calls"] or 0),
                float(row["failure_rate"] or 0.0),
                float(row["slow_call_rate"] or 0.0),
                "transition",
            )
        rows.append(
            {
                "dependency": dependency,
                "state": row["state"],
                "since": row["since"],
                "failure_rate": round(failure_rate, 4),
                "slow_call_rate": round(slow_rate, 4),
                "calls_in_window": calls,
                "numbers": numbers,
                "reason": row.get("reason", ""),
            }
        )
    return rows


def stored_dependencies_sql(database: str) -> str:
    """The query for every dependency the store knows: with a breaker transition, or named by a stored run.

    Runs are read from the per-minute rollup, not the events: a few rows per dependency and minute rather than one
    per event (the check read every stored event's dependency column), and it keeps 400 days where events keep 90.
    """
    return (
        f"SELECT DISTINCT breaker AS name FROM {database}.breaker_transitions "
        f"UNION DISTINCT SELECT DISTINCT dependency AS name FROM {database}.taskrun_minute WHERE dependency != ''"
    )


def known_dependencies(settings: Settings) -> set[str]:
    """Every dependency a breaker could be overridden for: configured, or known to the store."""
    from errorflow.cli.recovery_queries import querier

    query = querier(settings)
    known = set(_configs(settings).dependencies)
    known.update(str(row["name"]) for row in query(stored_dependencies_sql(settings.clickhouse.database)))
    return known


def unknown_dependency_error(dependency: str, known: set[str]) -> str | None:
    """Why an override of ``dependency`` is refused (an unknown name, with the closest known ones), or None."""
    from errorflow.cli.query import terminal_text

    if dependency in known:
        return None
    closest = difflib.get_close_matches(dependency, sorted(known), n=3)
    hint = f" (closest: {', '.join(terminal_text(name) for name in closest)})" if closest else ""
    return (
        f"no breaker, policy or stored run names the dependency {terminal_text(dependency)!r}{hint}; nothing sent. "
        "Check the name, or pass --new to override a dependency not seen yet"
    )


def _parse(value: Any) -> datetime | None:
    """A time from the store (a datetime, or text from the SQL endpoint) as an aware UTC datetime."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def cmd_breakers(args: argparse.Namespace) -> int:
    """List every breaker with its state and numbers."""
    from errorflow.cli.query import print_table
    from errorflow.schemas.events import utc_now
    from errorflow.settings import Settings

    rows = breaker_rows(Settings(), now=utc_now())
    if args.json:
        for row in rows:
            sys.stdout.write(orjson.dumps(row, default=str).decode() + "\n")
    elif not rows:
        sys.stdout.write("(no breakers yet: none configured and no transition recorded)\n")
    else:
        columns = list(rows[0])
        print_table(columns, [[row[c] for c in columns] for row in rows], out=sys.stdout)
    return 0


def override_records(
    dependency: str, action: str, *, user: str, reason: str, now: datetime
) -> tuple[BreakerInput, RecoveryActionEvent]:
    """The agent's input and the recovery action that logs one operator override.

    Raises:
        ConfigurationError: an unknown action or an empty dependency or reason.
    """
    from errorflow.schemas.breakers import BreakerInput
    from errorflow.schemas.ids import new_id
    from errorflow.schemas.recovery import RecoveryActionEvent

    name = action.replace("-", "_")
    if action not in ACTIONS and name not in {a.replace("-", "_") for a in ACTIONS}:
        raise ConfigurationError(f"unknown breaker action {action!r}; expected one of {list(ACTIONS)}")
    if not dependency.strip() or not reason.strip():
        raise ConfigurationError("a breaker override needs a dependency and a --reason")
    item = BreakerInput(
        dependency=dependency,
        kind="operator",
        action=name,
        actor=user,
        reason=reason,
        observed_at=now,
    )
    action_id = new_id()
    logged = RecoveryActionEvent(
        action_id=action_id,
        run_id=item.input_id,
        root_run_id=item.input_id,
        operation="",
        service="errorflow-cli",
        dependency=dependency,
        action="breaker_override",
        reason=name,
        detail=f"{user} asked to {action} the breaker of {dependency}: {reason}",
        decided_at=now,
    )
    return item, logged


def cmd_breakers_override(args: argparse.Namespace) -> int:
    """Send one override to the breaker agent and log it as a recovery action."""
    from errorflow.cli.recovery import _user
    from errorflow.cli.replay import _produce, _with_bootstrap
    from errorflow.schemas.codec import encode
    from errorflow.schemas.events import utc_now
    from errorflow.settings import Settings
    from errorflow.streams.topics import Topics

    settings = _with_bootstrap(Settings())
    user = _user(args) or "unknown"
    item, logged = override_records(args.dependency, args.action, user=user, reason=args.reason, now=utc_now())
    if not args.new:
        try:
            known = known_dependencies(settings)
        except Exception as exc:  # the store is away: an urgent override goes ahead, unchecked
            from errorflow.cli.query import terminal_text
            from errorflow.safetext import exception_text

            why = terminal_text((exception_text(exc).splitlines() or [type(exc).__name__])[0])
            sys.stderr.write(f"warning: could not check {args.dependency!r} against known dependencies: {why}\n")
        else:
            refused = unknown_dependency_error(args.dependency, known)
            if refused is not None:
                raise ConfigurationError(refused)
    batch: Sequence[tuple[str, bytes, bytes]] = [
        (Topics.BREAKER_INPUTS.name, item.key, encode(item)),
        (Topics.RECOVERY.name, logged.key, encode(logged)),
    ]
    asyncio.run(_produce(settings, [batch], rate_per_s=None, on_batch=lambda _index: None))
    sys.stdout.write(f"{args.action} {args.dependency}: sent (by {user}: {args.reason})\n")
    return 0
