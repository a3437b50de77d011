"""encode_values: a trusted record encoded from its field values is the bytes of the model built from them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from errorflow.schemas import RunCommand, encode
from errorflow.schemas.alerts import Alert
from errorflow.schemas.codec import encode_values
from errorflow.schemas.commands import PriorError
from errorflow.schemas.events import Actor

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_defaults_fill_in_and_nested_models_encode_as_encode_does() -> None:
    values = {
        "command_id": "c",
        "run_id": "r",
        "root_run_id": "root",
        "operation": "op",
        "input": {"n": 1, "deep": [{"x": None}]},
        "previous_errors": [PriorError(attempt=1, run_id="r0", delay_s=1.5), PriorError(attempt=2, run_id="r1")],
        "actor": Actor(user_id="u"),
        "issued_at": T0,
        "compensations": [],
    }
    assert encode_values(RunCommand, values) == encode(RunCommand(**values))
    del values["compensations"]  # a default factory's field is never filled in silently
    with pytest.raises(TypeError):
        encode_values(RunCommand, values)


def test_a_field_without_a_plain_default_must_be_given() -> None:
    values = {"rule": "r", "severity": "HIGH", "fired_at": T0, "labels": {}}
    with pytest.raises(TypeError):
        encode_values(Alert, values)  # alert_id has a default factory
    assert encode_values(Alert, {**values, "alert_id": "a"}) == encode(Alert(**values, alert_id="a"))
