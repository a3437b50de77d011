"""The verdict's outcome memo (by criticality, then by rule) and the generic-class test read a link's bases.

Both are lookups the uncached path makes on every call, rewritten for speed: these tests pin what they answer.
"""

from __future__ import annotations

import itertools

from errorflow.classify import Classifier, ErrorSignal, engine
from errorflow.classify.evidence import Link
from errorflow.classify.model import CRITICALITIES

SIGNALS = (
    ErrorSignal(exc_type="requests.exceptions.ConnectionError", message="Connection refused"),
    ErrorSignal(exc_type="builtins.ValueError", message="invalid literal for int() with base 10: 'x'"),
    ErrorSignal(exc_type="builtins.PermissionError", message="[Errno 13] Permission denied: '/etc/x'", errno=13),
    ErrorSignal(exc_type="acme.Weird", message="something odd happened"),  # unknown
)


def _with(signal: ErrorSignal, criticality: str) -> ErrorSignal:
    return ErrorSignal(
        exc_type=signal.exc_type,
        message=signal.message,
        errno=signal.errno,
        criticality=criticality,  # type: ignore[arg-type]
    )


def test_each_criticality_keeps_its_own_outcome_whatever_the_order_of_calls() -> None:
    shared = Classifier(cache_size=0)
    for signal, criticality in itertools.product(SIGNALS * 2, (*CRITICALITIES, *reversed(CRITICALITIES))):
        one = _with(signal, criticality)
        fresh = Classifier(cache_size=0).classify(one)
        assert shared.classify(one) == fresh, (signal.message, criticality)
    severities = {Classifier(cache_size=0).classify(_with(SIGNALS[0], level)).severity for level in CRITICALITIES}
    assert len(severities) > 1  # the criticality changes the outcome: a memo keyed by rule alone fails the test


def test_a_generic_class_counts_as_the_class_or_among_its_bases() -> None:
    generic = "google.api_core.exceptions.FailedPrecondition"
    assert engine._generic_class(Link(generic, "x"))
    assert engine._generic_class(Link("acme.MyPrecondition", "x", bases=("acme.Base", generic)))
    assert not engine._generic_class(Link("acme.MyPrecondition", "x", bases=("acme.Base", "builtins.Exception")))
    assert not engine._generic_class(Link("acme.MyPrecondition", "x"))
