"""The class lookups' plan per (class, bases) finds the rule the lookups found one by one.

``engine._StageIndex._named`` works out once per class and bases which rules its lookups try (rules keyed by the
class or a base, the short name of a class named in text, the class-name globs, the rules checked one by one behind
what their class condition needs) and which of them hold by the names alone; a call checks the message conditions
of the rest. ``_reference`` is the lookup as it was, every step on every call: both must give the same rule for
every stage on the corpora's links, their causes, classes named without a module and classes found by a base.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from errorflow.classify import engine
from errorflow.classify.evidence import Link, short_name

ROOT = Path(__file__).resolve().parents[3]
CORPORA = (ROOT.parent / "shared" / "corpus" / "errors-public.jsonl", ROOT / "bench" / "corpus" / "independent.jsonl")


def _reference(index: engine._StageIndex, link: Link) -> engine._Facts | None:
    names = (link.type, *link.bases)
    if index.by_type:
        for name in names:
            for rule in index.by_type.get(name, ()):
                if rule.single or rule.rule.matches(link):
                    return rule
        if "." not in link.type:
            short = index.by_short.get(link.type)
            if short is not None:
                return short
    if index.name_globs.active:
        found = index.name_globs.first(short_name(name) for name in names)
        if found is not None:
            return found
    for rule, needs in index.linear:
        if needs and not any(literal in name for literal in needs for name in names):
            continue
        if rule.rule.matches(link):
            return rule
    return None


def _links() -> Iterator[Link]:
    # a rule checked one by one (a qualified glob): names that hold its needed part, matching it or not
    for name in ("shop.models.Order.MultipleObjectsReturned", "shop.MultipleObjectsReturnedWarning"):
        yield Link(name, "get() returned more than one Order -- it returned 2!")
    for corpus in (path for path in CORPORA if path.exists()):  # the public corpus lies outside a clone
        for line in corpus.read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            bases = tuple(str(base) for base in row.get("bases") or ())
            link = Link(str(row["exc_type"]), str(row["message"]), bases=bases)
            yield link
            if link.implied is not None:
                yield link.implied
            yield Link(short_name(link.type), link.text)  # a class named in text, without its module
            yield Link("app.errors.Wrapped", link.text, bases=(link.type, "builtins.Exception"))  # found by a base


def test_the_plan_finds_the_rule_the_lookups_found_one_by_one() -> None:
    index = engine._index(frozenset())
    stages = [index.messages, index.capacity, *index.stages.values()]
    compared = found = 0
    for link in _links():
        for stage in stages:
            expected = _reference(stage, link)
            assert stage._named(link) is expected, (link.type, link.text[:120])
            assert stage._named(link) is expected  # from the plan kept
            compared += 1
            found += expected is not None
    assert compared > 10_000 and found > 1_000


def test_a_full_plan_memo_keeps_nothing_more_and_still_answers() -> None:
    stage = engine._index(frozenset()).stages[engine.Stage.EXC_TYPE]
    kept = dict(stage.plans)
    stage.plans.clear()
    try:
        stage.plans.update(((f"pkg.E{i}", ()), ()) for i in range(engine._MAX_PLANS))
        link = Link("builtins.ValueError", "invalid literal for int() with base 10: 'x'")
        assert stage._named(link) is _reference(stage, link)
        assert (link.type, link.bases) not in stage.plans
        assert len(stage.plans) == engine._MAX_PLANS
    finally:
        stage.plans.clear()
        stage.plans.update(kept)
