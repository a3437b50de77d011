"""Default rules compile their message regex on first use; user rules when built (``rules.deferred_compiles``)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from errorflow.classify.defaults import default_rules
from errorflow.classify.evidence import Link
from errorflow.classify.rules import Rule, deferred_compiles


def test_every_default_message_regex_compiles_case_insensitive() -> None:
    """A bad default pattern would otherwise fail only when a message first reached its rule."""
    compiled = 0
    for rule in default_rules():
        if rule.message is None:
            assert rule.regex is None, rule.id
            continue
        regex = rule.regex
        assert regex is not None and regex.pattern == rule.message and regex.flags & re.IGNORECASE, rule.id
        compiled += 1
    assert compiled > 900


def test_a_rule_built_outside_the_defaults_refuses_a_bad_regex_when_built() -> None:
    with pytest.raises(ValueError, match="not a valid regular expression"):
        Rule(id="user.bad", category="transient", message="(unclosed")


def test_a_deferred_rule_compiles_on_its_first_match_and_keeps_the_pattern() -> None:
    with deferred_compiles():
        deferred = Rule(id="d", category="transient", message=r"disk (is )?full", exc_type=("builtins.OSError",))
        broken = Rule(id="b", category="transient", message="(unclosed")
    eager = Rule(id="e", category="transient", message=r"disk (is )?full", exc_type=("builtins.OSError",))
    assert deferred._regex is None and eager._regex is not None
    link = Link("builtins.OSError", "write failed: Disk is full")
    assert deferred.matches(link) and eager.matches(link)
    kept = deferred._regex
    assert kept is not None and deferred.regex is kept  # compiled once, then read
    assert not deferred.matches(Link("builtins.OSError", "permission denied"))
    with pytest.raises(ValueError, match="not a valid regular expression"):
        broken.regex  # noqa: B018 - the property compiles


_FRESH_PROCESS = """
from errorflow.classify import Classifier, ErrorSignal
from errorflow.classify.defaults import default_rules
Classifier.default().classify(
    ErrorSignal(exc_type="builtins.ConnectionResetError", message="[Errno 104] Connection reset by peer")
)
with_message = [rule for rule in default_rules() if rule.message is not None]
print(len(with_message), sum(rule._regex is None for rule in with_message))
"""


def test_default_rules_leave_most_patterns_uncompiled_after_a_classification() -> None:
    """What the deferral buys: a new process's classification compiles the few regexes it searches, not all."""
    answer = subprocess.run(
        [sys.executable, "-c", _FRESH_PROCESS], capture_output=True, text=True, check=True, timeout=120
    )
    with_message, uncompiled = map(int, answer.stdout.split())
    assert with_message > 900 and uncompiled > with_message * 0.9, answer.stdout
