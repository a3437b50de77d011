"""The pure parts of the breaker feed's refusals: which inputs Kafka refused for good, and an input's halves."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from aiokafka.errors import KafkaTimeoutError, MessageSizeTooLargeError

from errorflow.agents.breaker_refusals import counted_events, halves, refused_inputs
from errorflow.agents.breakers import outcomes_input
from errorflow.schemas.breakers import BreakerInput

AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _input(dependency: str = "api") -> BreakerInput:
    return outcomes_input(dependency, {0: [(3, "s"), (4, "f"), (9, "S")], 2: [(1, "F"), (7, "s")]}, AT)


def test_halves_count_every_event_once_and_an_input_of_one_event_has_none() -> None:
    item = _input()
    first, second = halves(item)
    assert counted_events(first) + counted_events(second) == counted_events(item)
    assert counted_events(item) == [(0, 3, "s"), (0, 4, "f"), (0, 9, "S"), (2, 1, "F"), (2, 7, "s")]
    totals = [(part.successes, part.failures, part.slow) for part in (first, second)]
    assert [sum(column) for column in zip(*totals, strict=True)] == [3, 2, 2]
    assert {part.dependency for part in (first, second)} == {"api"} and first.observed_at == AT
    quarters = [quarter for half in (first, second) for quarter in halves(half)]
    assert sum(len(counted_events(q)) for q in quarters) == 5
    single = outcomes_input("api", {1: [(5, "f")]}, AT)
    assert halves(single) == []


def test_refused_inputs_names_refusals_for_good_and_raises_what_another_try_may_get_past() -> None:
    a, b, c = _input("a"), _input("b"), _input("c")
    found = refused_inputs([a, b, c], [object(), MessageSizeTooLargeError(), object()])
    assert [(item.dependency, "MessageSizeTooLarge" in why) for item, why in found] == [("b", True)]
    assert refused_inputs([a], [object()]) == []
    with pytest.raises(KafkaTimeoutError):
        refused_inputs([a, b], [MessageSizeTooLargeError(), KafkaTimeoutError()])
