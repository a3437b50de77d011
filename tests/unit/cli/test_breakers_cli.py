"""``errorflow breakers``: parsing and the records an override sends (no I/O)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from errorflow.cli.breakers import override_records
from errorflow.cli.main import build_parser
from errorflow.errors import ConfigurationError

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def test_parser_lists_and_overrides() -> None:
    parser = build_parser()
    listed = parser.parse_args(["breakers", "--json"])
    assert listed.handler.endswith(":cmd_breakers") and listed.json
    override = parser.parse_args(["breakers", "force-open", "pay-api", "--reason", "outage", "--user", "ana"])
    assert override.handler.endswith(":cmd_breakers_override")
    assert (override.action, override.dependency, override.reason, override.user) == (
        "force-open",
        "pay-api",
        "outage",
        "ana",
    )
    with pytest.raises(SystemExit):
        parser.parse_args(["breakers", "force-open", "pay-api"])  # --reason is required


@pytest.mark.parametrize("action", ["force-open", "force-close", "disable", "metrics-only", "reset"])
def test_override_records_name_who_and_why(action: str) -> None:
    item, logged = override_records("pay-api", action, user="ana", reason="vendor outage", now=NOW)
    assert (item.kind, item.action, item.actor, item.reason, item.key) == (
        "operator",
        action.replace("-", "_"),
        "ana",
        "vendor outage",
        b"pay-api",
    )
    assert logged.action == "breaker_override" and logged.reason == action.replace("-", "_")
    assert "ana" in logged.detail and "vendor outage" in logged.detail and logged.dependency == "pay-api"


def test_override_needs_a_reason() -> None:
    with pytest.raises(ConfigurationError, match="reason"):
        override_records("pay-api", "reset", user="ana", reason=" ", now=NOW)
    with pytest.raises(ConfigurationError, match="unknown breaker action"):
        override_records("pay-api", "explode", user="ana", reason="x", now=NOW)


def test_an_override_of_a_name_nobody_knows_is_refused_naming_the_closest_known_ones() -> None:
    from errorflow.cli.breakers import unknown_dependency_error

    known = {"payment-api", "ledger", "search"}
    assert unknown_dependency_error("payment-api", known) is None
    refused = unknown_dependency_error("payment-apii", known)
    assert refused is not None and "closest: payment-api" in refused and "--new" in refused
    far = unknown_dependency_error("zzz", known)
    assert far is not None and "closest" not in far


def test_names_from_the_store_reach_the_terminal_escaped() -> None:
    from errorflow.cli.breakers import unknown_dependency_error

    refused = unknown_dependency_error("pay\x1b[2Japi", {"pay\x1b[2Japi2"})
    assert refused is not None and "\x1b" not in refused and "\\x1b" in refused
