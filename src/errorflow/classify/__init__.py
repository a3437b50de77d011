"""Error classification: category, severity, strategy, retryability and fingerprint of every failure.

The pure core of errorflow's recovery: no I/O, no Kafka, no ClickHouse. Build
one :class:`Classifier` at start-up and call :meth:`Classifier.classify` per
failure::

    from errorflow.classify import Classifier, ErrorSignal

    clf = Classifier.default()
    verdict = clf.classify(ErrorSignal(exc_type="requests.exceptions.ConnectTimeout", message="..."))
    verdict.category, verdict.strategy, verdict.fingerprint

Rule precedence, the rules-file format, the severity table and fingerprint
normalisation are documented in ``docs/classification.md``.
"""

# First: decides whether the mypyc-compiled modules or their sources run (never a stale build).
from errorflow.classify import _native  # noqa: F401
from errorflow.classify.engine import DEFAULT_STRATEGIES, Classifier
from errorflow.classify.fingerprint import fingerprint, normalize_message
from errorflow.classify.model import (
    Category,
    Cause,
    Classification,
    Criticality,
    ErrorSignal,
    Severity,
    Strategy,
)
from errorflow.classify.rules import Rule, Stage
from errorflow.classify.severity import SEVERITY_TABLE, SeverityPolicy

__all__ = [
    "Classifier",
    "ErrorSignal",
    "Classification",
    "Category",
    "Severity",
    "Strategy",
    "Criticality",
    "Cause",
    "Rule",
    "Stage",
    "SeverityPolicy",
    "SEVERITY_TABLE",
    "DEFAULT_STRATEGIES",
    "fingerprint",
    "normalize_message",
]
