"""The classifier builds its verdicts with ``_cfingerprint.new_slotted``: the same frozen ``Classification``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
where the C extension was compiled the engine stores the fields into the new
instance's slots directly (issue 13). The verdict must be indistinguishable
from one built by ``Classification(...)``: equal, same hash and repr, frozen,
picklable; and the function must refuse classes it cannot fill.
"""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from errorflow.classify import Classifier, ErrorSignal, engine
from errorflow.classify.fingerprint import fingerprint
from errorflow.classify.model import Category, Classification, Evidence, Severity, Strategy


def _module() -> Any:
    return pytest.importorskip("errorflow.classify._cfingerprint", reason="the C extension was not compiled here")


def _fields() -> dict[str, Any]:
    evidence = (Evidence("db.deadlock", Category.TRANSIENT, "db_code", "decided", "exception"),)
    return {
        "category": Category.TRANSIENT,
        "severity": Severity.MEDIUM,
        "strategy": Strategy.RETRY_WITH_BACKOFF,
        "retryable": True,
        "rule_id": "db.deadlock",
        "fingerprint": "0123456789abcdef",
        "confidence": 0.95,
        "evidence": evidence,
    }


def test_the_engine_builds_verdicts_in_c_wherever_the_extension_was_built() -> None:
    module = _module()
    assert module.slot_names(Classification) == engine._SLOT_ORDER
    assert engine._NEW_SLOTTED is module.new_slotted


def test_a_verdict_built_in_c_is_the_dataclass_verdict() -> None:
    module = _module()
    fields = _fields()
    expected = Classification(**fields)
    built = module.new_slotted(Classification, *(fields[name] for name in module.slot_names(Classification)))
    assert type(built) is Classification
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    assert dataclasses.astuple(built) == dataclasses.astuple(expected)
    assert built.to_dict(explain=True) == expected.to_dict(explain=True)
    assert pickle.loads(pickle.dumps(built)) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.rule_id = "other"  # type: ignore[misc]
    assert dataclasses.replace(built, rule_id="x") == dataclasses.replace(expected, rule_id="x")


def test_the_classifier_gives_the_dataclass_verdict() -> None:
    classifier = Classifier.default(cache_size=0)
    signal = ErrorSignal("psycopg2.errors.DeadlockDetected", "deadlock detected")
    verdict = classifier.classify(signal)
    rule = classifier.explain(signal)
    assert rule is not None
    assert verdict.rule_id == rule.id
    assert verdict.fingerprint == fingerprint(signal.exc_type, signal.message)
    assert verdict.severity is Severity.MEDIUM and verdict.retryable is True
    rebuilt = Classification(**{field.name: getattr(verdict, field.name) for field in dataclasses.fields(verdict)})
    assert type(verdict) is Classification
    assert verdict == rebuilt and hash(verdict) == hash(rebuilt) and repr(verdict) == repr(rebuilt)
    assert verdict.category is Category.TRANSIENT


def test_new_slotted_refuses_what_it_cannot_fill() -> None:
    module = _module()

    class WithDict:
        pass

    @dataclasses.dataclass(slots=True)
    class Two:
        a: int
        b: int

    assert module.slot_names(Two) == ("a", "b")
    assert module.new_slotted(Two, 1, 2) == Two(1, 2)
    for cls in (int, str, WithDict, Exception):
        with pytest.raises(TypeError):
            module.new_slotted(cls, 1)
    with pytest.raises(TypeError, match="2 slots, 1 values"):
        module.new_slotted(Two, 1)
    with pytest.raises(TypeError, match="2 slots, 3 values"):
        module.new_slotted(Two, 1, 2, 3)
    with pytest.raises(TypeError):
        module.new_slotted("Two", 1, 2)
    with pytest.raises(TypeError):
        module.new_slotted()
    with pytest.raises(TypeError):
        module.slot_names(42)
