"""The breaker agent counts each run outcome once: across feed re-reads, redelivered inputs, and upgrades."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import orjson
import pytest

from errorflow.agents.breakers import BreakerCore, aggregate_events, feed_inputs
from errorflow.breakers import Breaker, BreakerConfigSet, Outcomes
from errorflow.errors import MalformedEventError
from errorflow.schemas.breakers import BreakerInput, CountedEvents
from errorflow.schemas.codec import decode, encode

CONFIGS = BreakerConfigSet.from_mapping(
    {
        "defaults": {"sliding_window_size": 1000, "minimum_calls": 10, "failure_rate_threshold": 0.5},
        "dependencies": {"db": {"slow_call_duration_s": 2.0}},
    }
)


def at(second: float) -> datetime:
    return datetime.fromtimestamp(second, timezone.utc)


def event(dependency: str, status: str, *, elapsed: float = 0.1) -> bytes:
    run = {"run_id": "r1", "root_run_id": "r1", "operation": "charge", "service": "svc"}
    return orjson.dumps(run | {"dependency": dependency, "status": status, "execution_time_s": elapsed})


def window(core: BreakerCore, snapshot: dict[str, Any], dependency: str = "db") -> Outcomes:
    return core.breaker(dependency, snapshot, 0.0).window(0.0)


class Agent:
    """The agent's loop without Faust: one table entry per dependency, inputs at increasing positions."""

    def __init__(self) -> None:
        self.core = BreakerCore(CONFIGS)
        self.table: dict[str, dict[str, Any]] = {}
        self.log: list[BreakerInput] = []  # breakers.inputs, one partition
        self.transitions: list[str] = []

    def send(self, items: list[BreakerInput]) -> None:
        for item in items:
            self.log.append(decode(encode(item), BreakerInput))
            self.deliver(len(self.log) - 1)

    def deliver(self, offset: int) -> None:
        item = self.log[offset]
        applied = self.core.apply(item, self.table.get(item.dependency), clock=10_000.0, position=(0, offset))
        if not applied.redelivered:
            self.transitions += [t.to_state.value for t in applied.transitions]
            self.table[item.dependency] = applied.snapshot


def test_the_feed_names_the_events_it_counts_per_partition_by_offset_and_kind() -> None:
    partitions = {
        2: [(40, event("db", "success")), (41, event("db", "running")), (43, event("db", "failed", elapsed=3.0))],
        0: [(7, event("db", "timed_out")), (8, event("api", "success")), (9, b"not json")],
    }
    items, seen, rejected = feed_inputs(partitions, CONFIGS, observed_at=at(100.0))
    assert (seen, rejected) == (6, 0)
    by_dependency = {item.dependency: item for item in items}
    db = by_dependency["db"]
    assert (db.successes, db.failures, db.slow, db.observed_at) == (1, 2, 1, at(100.0))
    assert [(c.partition, c.offsets, c.kinds) for c in db.counted] == [(0, (7,), "f"), (2, (40, 3), "sF")]
    assert [(c.partition, c.offsets, c.kinds) for c in by_dependency["api"].counted] == [(0, (8,), "s")]
    # The same counts as the batch fold without offsets.
    outcomes, _, _ = aggregate_events([raw for records in partitions.values() for _, raw in records], CONFIGS)
    assert outcomes["db"] == Outcomes(db.successes, db.failures, db.slow)


def test_a_feed_crash_between_send_and_commit_does_not_open_a_breaker_below_its_threshold() -> None:
    # 4 failures then 6 successes: 40 % over 10 calls, under the 50 % threshold. The feed sends the first
    # batch (the failures) and crashes before committing; the restarted feed reads all ten in one batch.
    # Counted twice, the failures made 8 of 14 calls (57 %): the breaker opened.
    events = [(o, event("db", "failed")) for o in range(4)] + [(o, event("db", "success")) for o in range(4, 10)]
    agent = Agent()
    first, _, _ = feed_inputs({0: events[:4]}, CONFIGS, observed_at=at(100.0))
    agent.send(first)
    reread, _, _ = feed_inputs({0: events}, CONFIGS, observed_at=at(101.0))
    agent.send(reread)
    assert window(agent.core, agent.table["db"]) == Outcomes(successes=6, failures=4)
    assert agent.transitions == []
    # Reading on counts what is new.
    more, _, _ = feed_inputs(
        {0: [(10, event("db", "failed")), (11, event("db", "failed"))]}, CONFIGS, observed_at=at(102)
    )
    agent.send(more)
    assert window(agent.core, agent.table["db"]) == Outcomes(successes=6, failures=6)
    assert agent.transitions == ["open"]


def test_a_redelivered_input_is_skipped_whole_even_an_operator_reset() -> None:
    agent = Agent()
    agent.send([BreakerInput(dependency="db", kind="outcomes", failures=3, observed_at=at(100.0))])  # an old feed's
    agent.send([BreakerInput(dependency="db", kind="operator", action="reset", observed_at=at(101.0))])
    agent.send([BreakerInput(dependency="db", kind="outcomes", successes=2, failures=1, observed_at=at(102.0))])
    snapshot = agent.table["db"]
    assert window(agent.core, snapshot) == Outcomes(successes=2, failures=1)
    # The agent crashed after its table writes, before Faust committed: all three come again.
    for offset in range(3):
        agent.deliver(offset)
    assert agent.table["db"] == snapshot
    assert agent.transitions == ["closed"]  # the reset, once
    again = agent.core.apply(agent.log[2], snapshot, position=(0, 2))
    assert again.redelivered and again.records == [] and again.snapshot == snapshot


def test_the_same_events_in_two_inputs_count_once_and_the_input_says_how_many_were_left_out() -> None:
    core = BreakerCore(CONFIGS)
    item = BreakerInput(
        dependency="db",
        kind="outcomes",
        successes=1,
        failures=1,
        counted=(CountedEvents(partition=0, offsets=(5, 2), kinds="sf"),),
        observed_at=at(100.0),
    )
    first = core.apply(item, None, position=(1, 0))
    # Produced twice (a producer retry), or sent again by a feed that re-read them: another position.
    second = core.apply(item, first.snapshot, position=(1, 1))
    assert not second.redelivered and second.recounted == 2
    assert window(core, second.snapshot) == Outcomes(successes=1, failures=1)
    assert (second.snapshot["counted"], second.snapshot["input"]) == ({"0": 7}, [1, 1])


def test_an_input_without_counted_events_is_applied_as_before() -> None:
    # A feed of the release before: counts only. Applied as they are, twice if sent twice (as before).
    core = BreakerCore(CONFIGS)
    item = BreakerInput(dependency="db", kind="outcomes", successes=2, failures=1, observed_at=at(100.0))
    first = core.apply(item, None, position=(0, 0))
    second = core.apply(item, first.snapshot, position=(0, 1))
    assert window(core, second.snapshot) == Outcomes(successes=4, failures=2)
    assert second.snapshot["counted"] == {}
    # Without a position (a caller of the release before) nothing is skipped either.
    assert window(core, core.apply(item, second.snapshot).snapshot) == Outcomes(successes=6, failures=3)
    # Encoded without the field, so an agent of the release before accepts what this one writes.
    assert b"counted" not in encode(item)
    assert b"counted" not in encode(BreakerInput(dependency="db", kind="operator", action="reset"))


def test_a_table_entry_of_the_release_before_loads_and_gains_the_ledger() -> None:
    breaker = Breaker("db", CONFIGS.config_for("db"), now=50.0)
    breaker.record(Outcomes(successes=3, failures=2), 60.0)
    old = orjson.loads(orjson.dumps(breaker.snapshot()))
    assert "counted" not in old and "input" not in old
    core = BreakerCore(CONFIGS)
    item = BreakerInput(
        dependency="db",
        kind="outcomes",
        failures=1,
        counted=(CountedEvents(partition=3, offsets=(9,), kinds="f"),),
        observed_at=at(100.0),
    )
    applied = core.apply(item, old, position=(2, 17))
    assert window(core, applied.snapshot) == Outcomes(successes=3, failures=3)
    assert (applied.snapshot["counted"], applied.snapshot["input"]) == ({"3": 9}, [2, 17])
    assert core.apply(item, old, position=(2, 17)).snapshot == applied.snapshot  # the old entry is untouched


def test_reset_forgets_the_counted_events_so_a_recreated_events_topic_counts_again() -> None:
    agent = Agent()
    agent.send(feed_inputs({0: [(500, event("db", "failed"))]}, CONFIGS, observed_at=at(100.0))[0])
    # The events topic was recreated: offsets start at 0 again, below the mark, and are skipped...
    agent.send(feed_inputs({0: [(0, event("db", "failed"))]}, CONFIGS, observed_at=at(101.0))[0])
    assert window(agent.core, agent.table["db"]) == Outcomes(failures=1)
    # ...until an operator resets the breaker, which forgets them.
    agent.send([BreakerInput(dependency="db", kind="operator", action="reset", observed_at=at(102.0))])
    assert agent.table["db"]["counted"] == {}
    agent.send(feed_inputs({0: [(1, event("db", "success"))]}, CONFIGS, observed_at=at(103.0))[0])
    assert window(agent.core, agent.table["db"]) == Outcomes(successes=1)


@pytest.mark.parametrize(
    ("counted", "match"),
    [
        ([{"partition": 0, "offsets": [5, 0], "kinds": "ff"}], "ascending"),
        ([{"partition": 0, "offsets": [5], "kinds": "ff"}], "kind letters"),
        ([{"partition": 0, "offsets": [5], "kinds": "x"}], "kinds"),
        ([{"partition": 0, "offsets": [5], "kinds": "s"}], "input says"),
        ([{"partition": 0, "offsets": [5], "kinds": "f"}, {"partition": 0, "offsets": [6], "kinds": "f"}], "twice"),
        ([{"partition": -1, "offsets": [5], "kinds": "f"}], "partition"),
    ],
)
def test_counted_events_that_do_not_add_up_are_refused(counted: list[dict[str, Any]], match: str) -> None:
    raw = orjson.dumps({"schema_version": 1, "dependency": "db", "kind": "outcomes", "failures": 1, "counted": counted})
    with pytest.raises(MalformedEventError, match=match):
        decode(raw, BreakerInput)


def test_only_an_outcomes_input_names_counted_events() -> None:
    raw = orjson.dumps(
        {
            "schema_version": 1,
            "dependency": "db",
            "kind": "wake",
            "counted": [{"partition": 0, "offsets": [1], "kinds": "s"}],
            "successes": 1,
        }
    )
    with pytest.raises(MalformedEventError, match="only an outcomes input"):
        decode(raw, BreakerInput)
