"""The weighing reads each default rule through its facts (``engine._Facts``): the same values the rule gives.

``_Facts`` copies what the weighing reads of a rule (id, category, stage, tier, weight, flags of membership) into a
compiled record and keeps the evidence items of the exception itself, so a call reads C fields instead of an
interpreted dataclass's. Every field must be what the rule says, and every evidence item what ``Evidence`` built
from the rule would be, on the exception and on a cause; the verdict file (``bench/classify_verdicts.py``) checks
the weighing as a whole.
"""

from __future__ import annotations

from errorflow.classify import engine
from errorflow.classify.defaults import default_rules
from errorflow.classify.model import Evidence
from errorflow.classify.rules import Rule, Stage

_ROLES = ("decided", "agrees", "disagrees", "conflicts", "overruled")
_ROLE_INDEX = (engine._DECIDED, engine._AGREES, engine._DISAGREES, engine._CONFLICTS, engine._OVERRULED)


def _weight(rule: Rule) -> float:
    stage = rule.stage or Stage.MESSAGE
    if stage is Stage.WEAK_TYPE and rule.id.startswith("name."):
        return engine._NAME_PATTERN_WEIGHT
    return engine._TIER_WEIGHT[stage]


def test_every_default_rules_facts_hold_what_the_rule_says() -> None:
    for ordinal, rule in enumerate(default_rules()):
        facts = engine._Facts(rule, ordinal)
        stage = rule.stage or Stage.MESSAGE
        assert facts.rule is rule and facts.ordinal == ordinal
        assert (facts.id, facts.category, facts.stage) == (rule.id, rule.category, stage)
        assert facts.tier == stage.name.lower()
        assert facts.weight == _weight(rule)
        assert facts.single is rule.single and facts.bare is (rule.message is None) and facts.compiled() is rule.regex
        assert facts.never_fits is (rule.id in engine._NEVER_FITS)
        assert facts.window is (rule.id in engine._QUOTA_WINDOW)
        assert facts.code_echo is (rule.id in engine._CODE_ECHOES)
    # the flags are set for some rules, not only False everywhere
    flagged = [engine._Facts(rule, 0) for rule in default_rules()]
    assert any(f.never_fits for f in flagged) and any(f.window for f in flagged) and any(f.code_echo for f in flagged)


def test_each_evidence_item_is_the_one_built_from_the_rule_on_the_exception_and_on_a_cause() -> None:
    rules = default_rules()
    for rule in (*rules[:50], *rules[-50:]):
        facts = engine._Facts(rule, 0)
        tier = (rule.stage or Stage.MESSAGE).name.lower()
        for role, index in zip(_ROLES, _ROLE_INDEX, strict=True):
            expected = Evidence(rule.id, rule.category, tier, role, "exception")
            first = facts.said(index, "exception")
            assert first == expected
            assert facts.said(index, "exception") is first  # kept
            where = "cause 1: builtins.ConnectionResetError"
            assert facts.said(index, where) == Evidence(rule.id, rule.category, tier, role, where)
