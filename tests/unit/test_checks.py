"""The shared configuration checks: what each refuses, and that the message names the field."""

from __future__ import annotations

import pytest

from errorflow.breakers.config import BreakerConfig
from errorflow.checks import check_int, check_number
from errorflow.errors import ConfigurationError
from errorflow.healing.restart import RestartPolicy
from errorflow.recovery.policy import RetryPolicy


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "n must be an integer"),
        (2.0, "n must be an integer"),
        ("3", "n must be an integer"),
        (0, "n must be >= 1"),
    ],
)
def test_check_int_refuses(value: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        check_int("n", value, minimum=1)


@pytest.mark.parametrize(
    ("value", "kwargs", "message"),
    [
        (False, {}, "x must be a number"),
        (None, {}, "x must be a number"),
        (float("nan"), {}, "x must be finite"),
        (float("inf"), {}, "x must be finite"),
        (-0.5, {"minimum": 0.0}, "x must be >= 0.0"),
        (0.0, {"minimum": 0.0, "exclusive": True}, "x must be > 0.0"),
    ],
)
def test_check_number_refuses(value: object, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        check_number("x", value, **kwargs)  # type: ignore[arg-type]


def test_checks_accept_boundaries() -> None:
    check_int("n", 1, minimum=1)
    check_number("x", 0, minimum=0.0)
    check_number("x", 2.5)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: RetryPolicy(max_attempts=True), "max_attempts must be an integer"),
        (lambda: BreakerConfig(wait_open_s=float("inf")), "wait_open_s must be finite"),
        (lambda: RestartPolicy(window_s=0.0), "window_s must be > 0.0"),
        (lambda: RestartPolicy(max_restarts=True), "max_restarts must be an integer"),
        (lambda: RestartPolicy(multiplier=0.5), "multiplier must be >= 1.0"),
    ],
)
def test_every_configuration_class_uses_them(build: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        build()  # type: ignore[operator]
