"""Retry policies: how each category of failure is retried, parked or given up.

A :class:`RetryPolicy` is a frozen value object validated when it is built. A
:class:`PolicySet` holds one policy per error category (defaults from seeds 001
and 004) and resolves overrides in this order, later wins::

    built-in default for the category
      < [categories.<category>] from the policies file / settings
      < operation-wide fields      ({"deadline_s": 600})
      < operation per-category     ({"transient": {"max_attempts": 8}})

Every policy a set can return is resolved and validated when the set is built,
so a bad override fails at start-up with a :class:`~errorflow.errors.ConfigurationError`
that names the operation, the category and the field, never in the middle of a run.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

from errorflow.checks import check_int, check_number
from errorflow.classify.model import Category
from errorflow.errors import ConfigurationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found]  # the backport is only needed on 3.10

__all__ = [
    "DEFAULT_RESOURCE_WAIT_S",
    "MAX_POLICY_S",
    "Category",
    "JitterMode",
    "OnExhausted",
    "PolicySet",
    "RetryPolicy",
    "default_policies",
]

JitterMode = Literal["full", "equal", "decorrelated", "none"]
OnExhausted = Literal["dead_letter", "fail"]

DEFAULT_RESOURCE_WAIT_S = 300.0
"""Seed 001's ``queue_and_wait`` wait time for resource errors."""

MAX_POLICY_S = 10 * 365 * 86_400.0
"""Longest delay or deadline a policy may name (ten years).

Past any wait a retry can mean, and small enough that a decision time plus it stays a
date: a larger finite value (``max_delay_s = 1e12``) made every decision on the category
raise ``OverflowError``, and the run was quarantined without a retry or a dead letter.
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """How one category of failure of one operation is recovered. Times are seconds."""

    max_attempts: int = 5
    """Total attempts of a run, the first included; 1 means never retry."""
    initial_delay_s: float = 1.0
    """Delay before the first retry, before jitter."""
    multiplier: float = 2.0
    """Growth of the delay per retry (exponential backoff); 1.0 keeps it constant."""
    max_delay_s: float = 60.0
    """Cap of any single delay, before and after jitter."""
    jitter: JitterMode = "full"
    """Randomisation of each delay: ``full``, ``equal``, ``decorrelated`` (AWS semantics) or ``none``."""
    deadline_s: float | None = None
    """Longest total age of a run, measured from its first attempt; None means no deadline."""
    on_exhausted: OnExhausted = "dead_letter"
    """What ends a run that can no longer be retried: a dead letter, or a plain failure."""
    never_retry: bool = False
    """Give up on the first failure whatever ``max_attempts`` says (ending per ``on_exhausted``)."""
    always_dead_letter: bool = False
    """Dead-letter on the first failure: no retry, whatever ``max_attempts`` and ``on_exhausted`` say."""

    def __post_init__(self) -> None:
        check_int("max_attempts", self.max_attempts, minimum=1)
        check_number("initial_delay_s", self.initial_delay_s, minimum=0.0, maximum=MAX_POLICY_S)
        check_number("multiplier", self.multiplier, minimum=1.0)
        check_number("max_delay_s", self.max_delay_s, minimum=0.0, maximum=MAX_POLICY_S)
        if self.deadline_s is not None:
            check_number("deadline_s", self.deadline_s, minimum=0.0, exclusive=True, maximum=MAX_POLICY_S)
        if self.max_delay_s < self.initial_delay_s:
            raise ConfigurationError(
                f"max_delay_s ({self.max_delay_s}) must be >= initial_delay_s ({self.initial_delay_s})"
            )
        if self.jitter not in get_args(JitterMode):
            raise ConfigurationError(f"jitter must be one of {get_args(JitterMode)}, got {self.jitter!r}")
        if self.on_exhausted not in get_args(OnExhausted):
            raise ConfigurationError(f"on_exhausted must be one of {get_args(OnExhausted)}, got {self.on_exhausted!r}")
        for name in ("never_retry", "always_dead_letter"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigurationError(f"{name} must be true or false, got {getattr(self, name)!r}")

    @property
    def retries(self) -> bool:
        """True when the policy allows at least one retry."""
        return not (self.never_retry or self.always_dead_letter) and self.max_attempts > 1

    def to_dict(self) -> dict[str, Any]:
        """Return the policy as plain values (for logs, docs and ``errorflow config``)."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def with_overrides(self, overrides: Mapping[str, Any]) -> RetryPolicy:
        """Return a copy with some fields replaced; unknown names raise ConfigurationError."""
        unknown = sorted(set(overrides) - POLICY_FIELDS)
        if unknown:
            raise ConfigurationError(f"unknown policy field(s) {unknown}; known: {sorted(POLICY_FIELDS)}")
        return replace(self, **dict(overrides))


POLICY_FIELDS: frozenset[str] = frozenset(item.name for item in fields(RetryPolicy))


def default_policies(*, resource_wait_s: float = DEFAULT_RESOURCE_WAIT_S) -> dict[Category, RetryPolicy]:
    """Return the built-in policy of each category (seeds 001 and 004).

    - transient: 5 attempts, 1 s doubling to at most 60 s, full jitter.
    - resource: wait for capacity: 4 attempts, at least ``resource_wait_s`` between them
      (decorrelated jitter spreads waiters up to twice that, so they do not return together).
    - validation: fail fast; the caller must fix the input.
    - permanent: dead-letter at once and alert an operator.
    - unknown: one retry after 2.5-5 s, then dead-letter.
    """
    return {
        Category.TRANSIENT: RetryPolicy(
            max_attempts=5, initial_delay_s=1.0, multiplier=2.0, max_delay_s=60.0, jitter="full"
        ),
        Category.RESOURCE: RetryPolicy(
            max_attempts=4,
            initial_delay_s=resource_wait_s,
            multiplier=1.0,
            max_delay_s=2 * resource_wait_s,
            jitter="decorrelated",
        ),
        Category.VALIDATION: RetryPolicy(
            max_attempts=1,
            initial_delay_s=0.0,
            max_delay_s=0.0,
            jitter="none",
            on_exhausted="fail",
            never_retry=True,
        ),
        Category.PERMANENT: RetryPolicy(
            max_attempts=1,
            initial_delay_s=0.0,
            max_delay_s=0.0,
            jitter="none",
            on_exhausted="dead_letter",
            always_dead_letter=True,
        ),
        Category.UNKNOWN: RetryPolicy(
            max_attempts=2, initial_delay_s=5.0, multiplier=2.0, max_delay_s=60.0, jitter="equal"
        ),
    }


def _split_operation_overrides(
    operation: str, overrides: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[Category, dict[str, Any]]]:
    """Split an operation's overrides into operation-wide fields and per-category fields."""
    wide: dict[str, Any] = {}
    per_category: dict[Category, dict[str, Any]] = {}
    categories = {item.value for item in Category}
    for key, value in overrides.items():
        if key in categories:
            if not isinstance(value, Mapping):
                raise ConfigurationError(
                    f"operation {operation!r}: overrides of category {key!r} must be a table, got {value!r}"
                )
            per_category[Category(key)] = dict(value)
        elif key in POLICY_FIELDS:
            wide[key] = value
        else:
            raise ConfigurationError(
                f"operation {operation!r}: unknown key {key!r}; expected a policy field "
                f"{sorted(POLICY_FIELDS)} or a category {sorted(categories)}"
            )
    return wide, per_category


@dataclass(frozen=True)
class PolicySet:
    """One policy per category, plus per-operation overrides, all resolved when built."""

    categories: Mapping[Category, RetryPolicy] = field(default_factory=default_policies)
    """The policy of each category for operations without overrides."""
    operations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Raw overrides per operation name (decorator argument or the policies file)."""
    min_confidence: float = 0.0
    """A verdict less confident than this (``Classification.confidence``) is recovered as ``unknown``."""
    _resolved: dict[tuple[str, Category], RetryPolicy] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        confidence = self.min_confidence
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0.0 <= confidence <= 1.0:
            raise ConfigurationError(f"min_confidence must be a number within [0, 1], got {confidence!r}")
        missing = [item.value for item in Category if item not in self.categories]
        if missing:
            raise ConfigurationError(f"policy set has no policy for categories {missing}")
        resolved: dict[tuple[str, Category], RetryPolicy] = {}
        for operation, overrides in self.operations.items():
            if not isinstance(overrides, Mapping):
                raise ConfigurationError(f"operation {operation!r}: overrides must be a table, got {overrides!r}")
            wide, per_category = _split_operation_overrides(operation, overrides)
            for category in Category:
                merged = {**wide, **per_category.get(category, {})}
                try:
                    resolved[operation, category] = self.categories[category].with_overrides(merged)
                except ConfigurationError as exc:
                    raise ConfigurationError(f"operation {operation!r}, category {category.value!r}: {exc}") from exc
                except TypeError as exc:  # pragma: no cover - replace() rejects nothing with_overrides lets through
                    raise ConfigurationError(f"operation {operation!r}, category {category.value!r}: {exc}") from exc
        object.__setattr__(self, "_resolved", resolved)

    def category_for(self, category: str | Category, confidence: float | None = None) -> Category:
        """The category recovery acts on: ``unknown`` when the verdict is less confident than ``min_confidence``."""
        parsed = Category.parse(category)
        if confidence is not None and confidence < self.min_confidence:
            return Category.UNKNOWN
        return parsed

    def policy_for(
        self, category: str | Category, operation: str | None = None, *, confidence: float | None = None
    ) -> RetryPolicy:
        """Return the policy of one category (``unknown``'s below ``min_confidence``), per operation if overridden."""
        parsed = self.category_for(category, confidence)
        if operation is not None:
            found = self._resolved.get((operation, parsed))
            if found is not None:
                return found
        return self.categories[parsed]

    def with_operation(self, operation: str, overrides: Mapping[str, Any]) -> PolicySet:
        """Return a set with one operation's overrides added or replaced (the decorator's argument)."""
        operations = {**self.operations, operation: dict(overrides)}
        return PolicySet(categories=self.categories, operations=operations, min_confidence=self.min_confidence)

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Any],
        *,
        resource_wait_s: float = DEFAULT_RESOURCE_WAIT_S,
        source: str = "policies",
    ) -> PolicySet:
        """Build a set from ``{"categories": {...}, "operations": {...}}`` over the defaults.

        Raises:
            ConfigurationError: an unknown table or field, or an invalid value; the message
                names ``source``, the category or operation and the field.
        """
        # [breakers] shares the file; errorflow.breakers.BreakerConfigSet reads it.
        unknown = sorted(set(data) - {"categories", "operations", "breakers"})
        if unknown:
            raise ConfigurationError(
                f"{source}: unknown top-level table(s) {unknown}; expected categories, operations, breakers"
            )
        categories = default_policies(resource_wait_s=resource_wait_s)
        raw_categories = data.get("categories", {})
        if not isinstance(raw_categories, Mapping):
            raise ConfigurationError(f"{source}: 'categories' must be a table")
        for name, overrides in raw_categories.items():
            try:
                category = Category(name)
            except ValueError:
                raise ConfigurationError(
                    f"{source}: unknown category {name!r}; expected one of {[item.value for item in Category]}"
                ) from None
            if not isinstance(overrides, Mapping):
                raise ConfigurationError(f"{source}: category {name!r} must be a table")
            try:
                categories[category] = categories[category].with_overrides(overrides)
            except ConfigurationError as exc:
                raise ConfigurationError(f"{source}: category {name!r}: {exc}") from exc
        operations = data.get("operations", {})
        if not isinstance(operations, Mapping):
            raise ConfigurationError(f"{source}: 'operations' must be a table")
        try:
            return cls(categories=categories, operations={str(k): v for k, v in operations.items()})
        except ConfigurationError as exc:
            raise ConfigurationError(f"{source}: {exc}") from exc

    @classmethod
    def from_toml(cls, path: Path, *, resource_wait_s: float = DEFAULT_RESOURCE_WAIT_S) -> PolicySet:
        """Read a policies TOML file (the one file read of this package; call it at start-up).

        Raises:
            ConfigurationError: the file cannot be read, is not TOML, or holds an invalid policy.
        """
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigurationError(f"policies file {path}: cannot read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"policies file {path}: invalid TOML: {exc}") from exc
        return cls.from_mapping(data, resource_wait_s=resource_wait_s, source=f"policies file {path}")
