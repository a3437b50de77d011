"""Severity: how loudly a failure is reported, from its category, criticality and frequency.

Seed 004's levels: CRITICAL halts the workflow, HIGH continues degraded, MEDIUM
logs and continues; LOW is recorded only. The base level comes from one table
(category x the operation's declared criticality); a failure whose fingerprint
keeps repeating is raised one level at ``escalate_at[0]`` recent occurrences
and two at ``escalate_at[1]`` (seed 001 alerts at 10 occurrences of one error).

==========  ======  ========  ========  ========
category    low     normal    high      critical
==========  ======  ========  ========  ========
transient   LOW     MEDIUM    MEDIUM    HIGH
resource    MEDIUM  HIGH      HIGH      CRITICAL
validation  LOW     MEDIUM    MEDIUM    HIGH
permanent   MEDIUM  HIGH      CRITICAL  CRITICAL
unknown     LOW     MEDIUM    HIGH      HIGH
==========  ======  ========  ========  ========
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from errorflow.classify.model import CRITICALITIES, Category, Criticality, Severity

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["SEVERITY_TABLE", "SeverityPolicy"]

_L, _M, _H, _C = Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL

SEVERITY_TABLE: Mapping[Category, Mapping[Criticality, Severity]] = MappingProxyType(
    {
        Category.TRANSIENT: MappingProxyType({"low": _L, "normal": _M, "high": _M, "critical": _H}),
        Category.RESOURCE: MappingProxyType({"low": _M, "normal": _H, "high": _H, "critical": _C}),
        Category.VALIDATION: MappingProxyType({"low": _L, "normal": _M, "high": _M, "critical": _H}),
        Category.PERMANENT: MappingProxyType({"low": _M, "normal": _H, "high": _C, "critical": _C}),
        Category.UNKNOWN: MappingProxyType({"low": _L, "normal": _M, "high": _H, "critical": _H}),
    }
)
"""Base severity by category and criticality (the table in the module docstring)."""


@dataclass(frozen=True, slots=True)
class SeverityPolicy:
    """How severity is derived; frozen and validated when built."""

    escalate_at: tuple[int, ...] = (10, 100)
    """Recent occurrences of one fingerprint at which severity rises by one more level each."""
    table: Mapping[Category, Mapping[Criticality, Severity]] = field(default_factory=lambda: SEVERITY_TABLE)
    """Base severity by category and criticality."""

    def __post_init__(self) -> None:
        thresholds = tuple(self.escalate_at)
        if any(not isinstance(value, int) or value < 1 for value in thresholds) or list(thresholds) != sorted(
            thresholds
        ):
            raise ValueError(f"escalate_at must be increasing positive integers, not {self.escalate_at!r}")
        object.__setattr__(self, "escalate_at", thresholds)
        for category in Category:
            row = self.table.get(category)
            if row is None or any(criticality not in row for criticality in CRITICALITIES):
                raise ValueError(f"severity table lacks a row or column for {category.value}")

    def severity(
        self,
        category: Category,
        criticality: Criticality = "normal",
        *,
        recent_count: int = 0,
        pinned: Severity | None = None,
    ) -> Severity:
        """Return the severity of one failure.

        Args:
            category: The failure's category.
            criticality: The operation's declared criticality.
            recent_count: How often this failure repeated recently, this one included, as the
                caller counts it (the pipeline's agents pass none).
            pinned: A level fixed by the deciding rule; criticality then does not shift it.
        """
        base = pinned if pinned is not None else self.table[category][criticality]
        if recent_count < self.escalate_at[0] if self.escalate_at else True:
            return base
        raise_by = sum(1 for threshold in self.escalate_at if recent_count >= threshold)
        return Severity.from_rank(base.rank + raise_by)
