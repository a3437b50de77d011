"""Reading a breaker table entry: a snapshot the agent wrote, or one clear refusal for anything else."""

from __future__ import annotations

import orjson
import pytest

from errorflow.agents.breakers import UNREADABLE_ENTRY, BreakerCore, read_entry
from errorflow.breakers import BreakerConfigSet
from errorflow.errors import MalformedEventError
from errorflow.schemas.breakers import BreakerInput

CORE = BreakerCore(BreakerConfigSet.from_mapping({"defaults": {"sliding_window_size": 10, "minimum_calls": 4}}))


def _written(dependency: str) -> bytes:
    """The entry the agent writes after forcing ``dependency`` open."""
    item = BreakerInput(dependency=dependency, kind="operator", action="force_open", actor="t")
    return orjson.dumps(CORE.apply(item, None, position=(0, 1)).snapshot)


def test_an_entry_the_agent_wrote_reads_back_and_no_entry_is_none() -> None:
    snapshot = read_entry("pay-api", _written("pay-api"))
    assert snapshot is not None and snapshot["state"] == "forced_open" and snapshot["sequence"] == 1
    assert read_entry("pay-api", None) is None
    assert read_entry("pay-api", b"") is None


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"\xff{", "not JSON"),
        (b'"not a snapshot"', "is a JSON str"),
        (b"[1, 2]", "is a JSON list"),
        (b"12", "is a JSON int"),
        (b'{"x": 1}', "names another dependency"),
        (_written("other-api"), "names another dependency"),
        (_written("pay-api").replace(b'"forced_open"', b'["open"]'), "no known state"),
        (_written("pay-api").replace(b'"forced_open"', b'"ajar"'), "no known state"),
        (_written("pay-api").replace(b'"sequence":1', b'"sequence":"1"'), "no integer sequence"),
        (_written("pay-api").replace(b'"sequence":1', b'"sequence":true'), "no integer sequence"),
        (_written("pay-api").replace(b'"open_until":null', b'"open_until":"soon"'), "open_until"),
        (12, "not JSON"),
    ],
)
def test_anything_else_is_refused_with_one_reason(raw: object, why: str) -> None:
    with pytest.raises(MalformedEventError) as caught:
        read_entry("pay-api", raw)
    assert caught.value.reason == UNREADABLE_ENTRY
    assert "pay-api" in caught.value.detail and why in caught.value.detail
