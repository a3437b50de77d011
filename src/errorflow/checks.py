"""Checks of configuration numbers, shared by every frozen configuration class.

Policies, breaker configurations and restart policies are built from settings,
files and CLI flags, so each validates its own fields when it is made: a bad
value fails at start-up with its name in the message, not later in a timer.
``bool`` is refused where a number is expected (``True`` is an ``int`` to Python,
never a count or a duration to an operator).
"""

from __future__ import annotations

import math

from errorflow.errors import ConfigurationError

__all__ = ["check_int", "check_number"]


def check_int(name: str, value: object, *, minimum: int) -> None:
    """Raise ConfigurationError unless ``value`` is an integer (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, got {value!r}")
    if value < minimum:
        raise ConfigurationError(f"{name} must be >= {minimum}, got {value}")


def check_number(
    name: str, value: object, *, minimum: float | None = None, exclusive: bool = False, maximum: float | None = None
) -> None:
    """Raise ConfigurationError unless ``value`` is a finite number (not a bool) within ``[minimum, maximum]``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ConfigurationError(f"{name} must be finite, got {value}")
    if minimum is not None and (value < minimum or (exclusive and value == minimum)):
        raise ConfigurationError(f"{name} must be {'>' if exclusive else '>='} {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ConfigurationError(f"{name} must be <= {maximum:g}, got {value:g}")
