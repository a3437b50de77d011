"""Value objects of classification: what a failure looks like and what it was judged to be.

An :class:`ErrorSignal` is everything the classifier may weigh about one failure,
as plain strings and numbers, so it can be built from a live exception, from a
``TaskRunEvent`` read off Kafka, or from a line of a log file alike. A
:class:`Classification` is the verdict: category, severity, strategy, whether a
retry can help, the id of the rule that decided, and a fingerprint that groups
the same failure across runs and hosts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

__all__ = [
    "CRITICALITIES",
    "Category",
    "Cause",
    "Classification",
    "Criticality",
    "ErrorSignal",
    "Evidence",
    "Severity",
    "Strategy",
]

Criticality = Literal["critical", "high", "normal", "low"]
"""How much the failing operation matters, as declared by the service (``TaskRunEvent.criticality``)."""

CRITICALITIES: tuple[Criticality, ...] = ("critical", "high", "normal", "low")


class Category(str, Enum):
    """What kind of failure it is, which decides how it is recovered (seed 001, ``corpus/LABELS.md``)."""

    TRANSIENT = "transient"
    """The same call is likely to work later without anyone changing anything."""
    RESOURCE = "resource"
    """A local or shared capacity is exhausted; it must come back before a retry can work."""
    VALIDATION = "validation"
    """The input itself is wrong; the same input always fails and the caller must fix it."""
    PERMANENT = "permanent"
    """Environment, permissions, configuration or code must change; retrying cannot help."""
    UNKNOWN = "unknown"
    """No rule matched: nothing is forced, the failure is retried once and then dead-lettered."""

    @classmethod
    def parse(cls, value: str | Category) -> Category:
        """Return the category named by ``value`` (any case, or another str enum); anything else is ``UNKNOWN``.

        Recovery reads categories off the wire and out of policy files, where an
        unrecognised name must not stop a run: it is recovered as ``unknown``.
        """
        if isinstance(value, Category):
            return value
        raw = getattr(value, "value", value)  # tolerate another str enum with the same values
        try:
            return cls(str(raw).lower())
        except ValueError:
            return cls.UNKNOWN


class Severity(str, Enum):
    """How loudly a failure must be reported (seed 004: CRITICAL halts, HIGH degrades, MEDIUM logs)."""

    CRITICAL = "CRITICAL"
    """Halt the workflow and page someone."""
    HIGH = "HIGH"
    """Continue degraded; an operator should look soon."""
    MEDIUM = "MEDIUM"
    """Log and continue; watched for trends."""
    LOW = "LOW"
    """Expected and self-healing; recorded only."""

    @property
    def rank(self) -> int:
        """Order of the level, 0 for LOW up to 3 for CRITICAL, so levels can be compared and raised."""
        return _SEVERITY_RANK[self]

    @classmethod
    def from_rank(cls, rank: int) -> Severity:
        """Return the level of a rank, clamped to LOW..CRITICAL."""
        return _SEVERITIES_BY_RANK[max(0, min(rank, len(_SEVERITIES_BY_RANK) - 1))]


_SEVERITIES_BY_RANK = (Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL)
_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(_SEVERITIES_BY_RANK)}


class Strategy(str, Enum):
    """How recovery handles a failure; each category has a default (``DESIGN.md``)."""

    RETRY_WITH_BACKOFF = "retry_with_backoff"
    """Retry with exponential backoff and jitter (transient)."""
    WAIT_FOR_RESOURCES = "wait_for_resources"
    """Park the run until capacity is back, then retry (resource)."""
    FAIL_FAST = "fail_fast"
    """Do not retry; tell the caller what to fix (validation)."""
    DEAD_LETTER = "dead_letter"
    """Do not retry; dead-letter and alert an operator (permanent)."""
    RETRY_ONCE = "retry_once"
    """Retry once, then dead-letter (unknown)."""


@dataclass(frozen=True, slots=True)
class Cause:
    """One link of an exception's cause chain (``__cause__`` / ``__context__``), outermost first."""

    type: str
    """Fully qualified class name, e.g. ``psycopg2.errors.DeadlockDetected``."""
    message: str
    """``str(exception)`` of that link."""

    def __post_init__(self) -> None:
        # The compiled classifier reads both as str: anything else would raise in classify().
        if type(self.type) is not str:
            object.__setattr__(self, "type", "" if self.type is None else str(self.type))
        if type(self.message) is not str:
            object.__setattr__(self, "message", "" if self.message is None else str(self.message))


@dataclass(frozen=True, slots=True)
class ErrorSignal:
    """Everything the classifier may weigh about one failure, independent of where it came from.

    Frozen and hashable, so equal signals can share a cached verdict. Only
    ``exc_type`` and ``message`` are required; the structured fields are the
    strongest evidence when a capturing SDK could read them off the exception.
    """

    exc_type: str
    """Fully qualified exception class as raised, e.g. ``requests.exceptions.ConnectTimeout``."""
    message: str
    """``str(exception)``."""
    http_status: int | None = None
    """HTTP status of the failed response, when there was one."""
    errno: int | None = None
    """OS error number (``OSError.errno``, Linux numbering), or a driver's error number."""
    code: str | None = None
    """A library's error code: SQLSTATE, gRPC status name, AWS error code, Kafka error name."""
    bases: tuple[str, ...] = ()
    """Qualified names of the exception's base classes, most specific first."""
    causes: tuple[Cause, ...] = ()
    """The cause chain, outermost first, excluding the exception itself."""
    traceback: str | None = None
    """The formatted traceback; only its in-application frames feed the fingerprint."""
    criticality: Criticality = "normal"
    """The failing operation's declared criticality; it shifts severity."""
    retriable: bool | None = None
    """A retryability flag the exception carries itself (aiokafka's ``KafkaError.retriable``)."""

    def __post_init__(self) -> None:
        # Cheap coercions so callers may pass lists, dicts or pydantic ErrorCause
        # objects, or None where a string belongs; a frozen value object must
        # still hold hashable tuples, and classify() must never fail on a signal.
        if type(self.exc_type) is not str or type(self.message) is not str:
            object.__setattr__(self, "exc_type", str(self.exc_type or "builtins.Exception"))
            object.__setattr__(self, "message", "" if self.message is None else str(self.message))
        for name in ("http_status", "errno"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int):
                object.__setattr__(self, name, None)
        if self.code is not None and type(self.code) is not str:
            object.__setattr__(self, "code", str(self.code))
        if self.traceback is not None and type(self.traceback) is not str:
            object.__setattr__(self, "traceback", None)
        bases = self.bases
        if type(bases) is not tuple or not all(type(base) is str for base in bases):
            object.__setattr__(self, "bases", tuple(str(base) for base in (bases or ()) if base is not None))
        causes = self.causes
        if causes and not (type(causes) is tuple and all(type(cause) is Cause for cause in causes)):
            object.__setattr__(self, "causes", tuple(_as_cause(cause) for cause in causes))
        elif type(causes) is not tuple:
            object.__setattr__(self, "causes", ())
        flag: object = self.retriable
        if flag is not None and type(flag) is not bool:
            object.__setattr__(self, "retriable", None)  # a flag of another type says nothing sure
        if self.criticality not in CRITICALITIES:
            lowered = str(self.criticality).lower()
            object.__setattr__(self, "criticality", lowered if lowered in CRITICALITIES else "normal")

    @classmethod
    def from_event(cls, event: Any) -> ErrorSignal:
        """Build a signal from a ``TaskRunEvent`` (or its JSON dict); never raises on odd input.

        The event's ``error_context`` supplies the structured evidence when the
        SDK captured it; without it, the message alone is classified.
        """
        from errorflow.classify.capture import signal_from_event

        return signal_from_event(event)

    @classmethod
    def from_exception(cls, exc: BaseException, *, criticality: Criticality = "normal") -> ErrorSignal:
        """Build a signal from a live exception without importing the library that raised it; never raises.

        The status code, errno and library code are read duck-typed
        (``exc.response.status_code``, ``exc.errno``, ``exc.pgcode``, gRPC
        ``exc.code()``, botocore ``exc.response["Error"]["Code"]`` ...), the
        bases come from the MRO and the causes from ``__cause__``/``__context__``.
        """
        from errorflow.classify.capture import signal_from_exception

        return signal_from_exception(exc, criticality=criticality)


def _as_cause(value: Any) -> Cause:
    if isinstance(value, Cause):
        return value
    if isinstance(value, Mapping):
        return Cause(type=str(value.get("type") or ""), message=str(value.get("message") or ""))
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Cause(type=str(value[0]), message=str(value[1]))
    return Cause(type=str(getattr(value, "type", "") or ""), message=str(getattr(value, "message", "") or ""))


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence the classifier weighed, as ``errorflow classify --explain`` shows it."""

    rule_id: str
    """The default or user rule the evidence satisfied."""
    category: Category
    """The category that evidence points to."""
    tier: str
    """Its evidence tier: ``user``, ``http_status``, ``errno``, ``db_code``, ``service_code``, ``exc_type``, ..."""
    role: str
    """``decided``, ``agrees``, ``disagrees``, ``conflicts`` (a disagreement that makes the verdict ``unknown``),
    ``overruled`` (a weaker reading the decisive one refined) or ``weak`` (why the deciding evidence is too weak
    alone: a built-in class whose message no rule reads, so the verdict is ``unknown``)."""
    where: str = "exception"
    """``exception``, or the cause it was read on (``cause 1: builtins.ConnectionResetError``)."""

    def to_dict(self) -> dict[str, str]:
        """Return the evidence as JSON-ready values."""
        return {
            "rule_id": self.rule_id,
            "category": self.category.value,
            "tier": self.tier,
            "role": self.role,
            "where": self.where,
        }


@dataclass(frozen=True, slots=True)
class Classification:
    """The verdict on one failure: what it is, how loud, how to recover, and which rule said so."""

    category: Category
    """The error category that decides recovery."""
    severity: Severity
    """Reporting level from category, criticality and recent frequency."""
    strategy: Strategy
    """The recovery strategy to apply."""
    retryable: bool
    """Whether retrying the same call can succeed (transient, resource and unknown)."""
    rule_id: str
    """Id of the rule that decided, ``unknown`` when none matched."""
    fingerprint: str
    """16 hex characters grouping the same failure across runs, ids and hosts."""
    confidence: float = 1.0
    """How strongly the evidence supports ``category``, in [0, 1]: structured codes near 1, a lone weak
    class or status family near 0.5, conflicting evidence lower; ``unknown`` verdicts carry 0."""
    evidence: tuple[Evidence, ...] = ()
    """The evidence chain behind the verdict, deciding evidence first (see ``docs/classification.md``)."""

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """Return the verdict as JSON-ready values (enum values as strings); ``explain`` adds the evidence."""
        record: dict[str, Any] = {
            "category": self.category.value,
            "severity": self.severity.value,
            "strategy": self.strategy.value,
            "retryable": self.retryable,
            "rule_id": self.rule_id,
            "fingerprint": self.fingerprint,
            "confidence": self.confidence,
        }
        if explain:
            record["evidence"] = [item.to_dict() for item in self.evidence]
        return record
