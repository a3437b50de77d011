"""Names every event carries are checked where they are written: a name the contract refuses is a clear error there.

The event contract takes ids and names of at most ``NAME_MAX`` characters (longer ones made the
recovery agent's derived records larger than a broker takes); an operation declared with a longer
name would have every one of its events quarantined, silently for its author.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from errorflow.errors import ConfigurationError
from errorflow.schemas import TaskRunEvent, decode
from errorflow.schemas.events import NAME_MAX
from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
from errorflow.settings import Settings


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="s" * NAME_MAX)
    yield memory
    shutdown()


@pytest.mark.parametrize("field", ["name", "service", "dependency"])
def test_an_operation_whose_names_fit_emits_events_the_contract_reads(emitter: MemoryEmitter, field: str) -> None:
    @operation(register=False, **{field: "n" * NAME_MAX})  # type: ignore[arg-type]
    def work() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        work()
    events = [decode(record.value, TaskRunEvent) for record in emitter.records]
    assert events and events[-1].status.value == "failed"


@pytest.mark.parametrize("field", ["name", "service", "dependency"])
def test_a_name_longer_than_an_event_takes_is_refused_when_declared(field: str) -> None:
    with pytest.raises(ConfigurationError, match=f"has {NAME_MAX + 1} characters; at most {NAME_MAX}"):

        @operation(register=False, **{field: "n" * (NAME_MAX + 1)})  # type: ignore[arg-type]
        def work() -> None:
            pass


def test_a_service_longer_than_an_event_takes_is_refused_at_configure() -> None:
    with pytest.raises(ConfigurationError, match="service"):
        configure(Settings(), emitter=MemoryEmitter(), service="s" * (NAME_MAX + 1))
    with pytest.raises(ConfigurationError, match="service"):
        configure(Settings(sdk={"service": "s" * (NAME_MAX + 1)}), emitter=MemoryEmitter())
