"""The classifier builds its verdicts with ``_cfingerprint.new_slotted``: the same frozen ``Classification``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
where the C extension was compiled the engine stores the fields into the new
instance's slots directly (issue 13). The verdict must be indistinguishable
from one built by ``Classification(...)``: equal, same hash and repr, frozen,
picklable; and the function must refuse classes it cannot fill.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path
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


def test_the_engine_builds_verdicts_and_reads_signals_in_c_wherever_the_extension_was_built() -> None:
    module = _module()
    assert module.slot_names(Classification) == engine._SLOT_ORDER
    assert engine._NEW_SLOTTED is module.new_slotted
    assert module.slot_names(ErrorSignal) == engine._SIGNAL_SLOTS
    assert engine._SLOT_VALUES is module.slot_values


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


# ---- the engine reads an ErrorSignal's fields from its slots in one C call (session 18)

_FIELD_ORDER = ("exc_type", "message", "http_status", "errno", "code", "bases", "causes", "retriable", "traceback")


def _by_name(signal: ErrorSignal) -> tuple[Any, ...]:
    return (*(getattr(signal, name) for name in _FIELD_ORDER), signal.criticality)


def _signals() -> list[ErrorSignal]:
    from errorflow.classify.model import Cause

    return [
        ErrorSignal("builtins.OSError", "[Errno 28] No space left on device", errno=28),
        ErrorSignal(
            "requests.exceptions.HTTPError",
            "503 Server Error",
            http_status=503,
            code="Throttling",
            bases=("builtins.IOError",),
            causes=(Cause("urllib3.exceptions.ReadTimeoutError", "read timed out"),),
            traceback='Traceback (most recent call last):\n  File "app/x.py", line 3, in f\n',
            criticality="high",
            retriable=True,
        ),
        ErrorSignal(None, None, http_status="503", bases=["a.B"], causes=None, criticality="WEIRD"),  # type: ignore[arg-type]
    ]


def test_slot_values_are_the_fields_read_by_name() -> None:
    module = _module()
    for signal in _signals():
        values = module.slot_values(signal)
        assert values == tuple(getattr(signal, name) for name in module.slot_names(ErrorSignal))
        assert all(value is getattr(signal, name) for value, name in zip(values, engine._SIGNAL_SLOTS, strict=True))
        assert engine._fields(signal) == _by_name(signal)


def test_the_members_kept_per_class_are_each_class_own() -> None:
    """The extension keeps the members of the last few classes it checked: many classes with other slots, used in
    turn (more than it keeps), each read and filled by its own slots; a refused class stays refused."""
    module = _module()
    classes = [type(f"Slotted{k}", (), {"__slots__": tuple(f"s{k}_{j}" for j in range(k % 5 + 1))}) for k in range(12)]
    for _ in range(3):
        for cls in classes:
            values = tuple(range(len(cls.__slots__)))
            made = module.new_slotted(cls, *values)
            assert module.slot_names(cls) == cls.__slots__
            assert module.slot_values(made) == values
            assert tuple(getattr(made, name) for name in cls.__slots__) == values
            with pytest.raises(TypeError, match=f"{len(values)} slots, {len(values) + 1} values"):
                module.new_slotted(cls, *values, 0)
    with_dict = type("WithDict", (), {})
    for _ in range(2):
        with pytest.raises(TypeError, match="hold only their __slots__"):
            module.slot_values(with_dict())


def test_a_subclass_and_an_unset_slot_are_read_as_getattr_reads_them() -> None:
    module = _module()

    @dataclasses.dataclass(frozen=True, slots=True)
    class Louder(ErrorSignal):
        extra: str = "x"

        @property
        def upper(self) -> str:
            return self.message.upper()

    signal = Louder("builtins.ValueError", "bad value", http_status=400)
    assert engine._fields(signal) == _by_name(signal)  # read by name: not exactly ErrorSignal
    assert Classifier(cache_size=0).classify(signal) == Classifier(cache_size=0).classify(
        ErrorSignal("builtins.ValueError", "bad value", http_status=400)
    )
    empty = object.__new__(ErrorSignal)
    with pytest.raises(AttributeError, match="ErrorSignal"):
        module.slot_values(empty)
    with pytest.raises(AttributeError):
        engine._fields(empty)
    for value in (42, "text", Exception("x"), ErrorSignal):
        with pytest.raises(TypeError):
            module.slot_values(value)


@dataclasses.dataclass(frozen=True, slots=True)
class _ByName(ErrorSignal):
    """An ErrorSignal the engine reads field by field (not exactly ``ErrorSignal``)."""


def _corpus() -> list[ErrorSignal]:
    path = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "errors-public.jsonl"
    if not path.exists():  # the public corpus lives beside the repository (../shared), not in it
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        ErrorSignal(
            row["exc_type"],
            row["message"],
            http_status=row.get("http_status"),
            errno=row.get("errno"),
            code=row.get("code"),
            criticality=("critical", "high", "normal", "low")[index % 4],
            retriable=(None, True, False)[index % 3],
        )
        for index, row in enumerate(rows)
    ]


def test_verdicts_and_explanations_are_those_of_the_fields_read_by_name() -> None:
    signals = _signals() + _corpus()
    for classifier in (Classifier.default(cache_size=0), Classifier.default()):
        for _ in range(2):  # the second pass hits the cache
            for signal in signals:
                by_name = _ByName(**{field.name: getattr(signal, field.name) for field in dataclasses.fields(signal)})
                assert engine._fields(signal) == engine._fields(by_name) == _by_name(signal)
                assert classifier.classify(signal) == classifier.classify(by_name), signal
                assert classifier.classify(signal, recent_count=9) == classifier.classify(by_name, recent_count=9)
                assert classifier.explain(signal) == classifier.explain(by_name)
