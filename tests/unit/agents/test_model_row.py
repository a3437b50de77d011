"""model_row: the sink's generic row of a contract model, the same as flattening field by field."""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict

from errorflow.agents.ingest import model_row
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.quarantine import QuarantineRecord

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def reference_row(model: BaseModel) -> dict[str, Any]:
    """The flattening model_row promises, written out field by field."""
    row: dict[str, Any] = {}
    for name, value in model:
        if isinstance(value, BaseModel):
            row[name] = orjson.dumps(value.model_dump(mode="json")).decode()
        elif isinstance(value, (dict, list)):
            row[name] = orjson.dumps(value, default=lambda v: v.model_dump(mode="json")).decode()
        elif isinstance(value, Enum):
            row[name] = value.value
        else:
            row[name] = value
    return row


class Colour(str, Enum):
    RED = "red"


class Inner(BaseModel):
    n: int
    at: datetime


class Mixed(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str
    number: int
    ratio: float
    flag: bool
    nothing: None = None
    at: datetime
    colour: Colour
    inner: Inner
    mapping: dict[str, Any]
    items: list[Any]


def test_rows_equal_the_field_by_field_flattening() -> None:
    models: list[BaseModel] = [
        ClassificationEvent(
            event_id="c1",
            failed_event_id="e1",
            run_id="r1",
            root_run_id="r1",
            attempt=2,
            operation="op",
            service="svc",
            error_type="builtins.TimeoutError",
            error_message="timed out",
            category="transient",
            severity="HIGH",
            strategy="retry_backoff",
            retryable=True,
            rule_id="timeout",
            fingerprint="abc",
            failed_at=T0,
        ),
        QuarantineRecord.for_record(
            topic="t", partition=1, offset=2, key=b"k", raw=b"\xff{", detected_by="sink", reason="r", detail="d"
        ),
        Mixed(
            text="a",
            number=1,
            ratio=0.5,
            flag=False,
            at=T0,
            colour=Colour.RED,
            inner=Inner(n=1, at=T0),
            mapping={"a": [1, {"b": None}]},
            items=[Inner(n=2, at=T0), "x"],
            surplus={"kept": True},
        ),
    ]
    for model in models:
        row = model_row(model)
        assert row == reference_row(model)
        assert list(row) == list(reference_row(model))  # the same columns in the same order
    mixed = model_row(models[-1])
    assert mixed["colour"] == "red" and type(mixed["colour"]) is str
    assert mixed["surplus"] == '{"kept":true}'
