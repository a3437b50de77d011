"""The breaker's ledger: each events offset counted once, whatever inputs name it and in whatever order."""

from __future__ import annotations

import random

import pytest

from errorflow.breakers import EventsPart, Ledger, Outcomes, kind_letter, tally


def part(partition: int, *events: tuple[int, str]) -> EventsPart:
    return EventsPart.of(partition, events)


def test_parts_are_delta_encoded_with_one_letter_per_event() -> None:
    encoded = part(3, (1000, "s"), (1002, "F"), (1003, "f"), (1010, "S"))
    assert (encoded.offsets, encoded.kinds) == ((1000, 2, 1, 7), "sFfS")
    assert encoded.absolute() == [1000, 1002, 1003, 1010]
    assert encoded.outcomes() == Outcomes(successes=2, failures=2, slow=2)
    assert encoded.problem() is None
    assert [kind_letter(failed=f, slow=s) for f in (False, True) for s in (False, True)] == ["s", "S", "f", "F"]
    assert tally("ssfF") == Outcomes(2, 2, 1)


@pytest.mark.parametrize(
    ("offsets", "kinds", "problem"),
    [
        ((), "", "no offsets"),
        ((5, 1), "s", "kind letters"),
        ((5, 0), "ss", "ascending"),
        ((-1,), "s", "ascending"),
        ((5,), "x", "among"),
    ],
)
def test_a_part_that_cannot_be_counted_says_why(offsets: tuple[int, ...], kinds: str, problem: str) -> None:
    found = EventsPart(0, offsets, kinds).problem()
    assert found is not None and problem in found


def test_a_repeated_input_counts_nothing_the_second_time() -> None:
    ledger = Ledger()
    batch = [part(0, (10, "f"), (12, "s")), part(1, (4, "F"))]
    assert ledger.count(batch) == Outcomes(successes=1, failures=2, slow=1)
    assert ledger.count(batch) == Outcomes()
    assert ledger.marks == {0: 12, 1: 4}


def test_an_overlapping_reread_counts_only_its_part_not_counted_yet() -> None:
    ledger = Ledger()
    assert ledger.count([part(0, (5, "f"), (7, "f"), (10, "s"))]) == Outcomes(1, 2, 0)
    # The restarted feed reads from the committed offset 3, in a batch that ends elsewhere.
    assert ledger.count([part(0, (3, "s"), (5, "f"), (7, "f"), (10, "s"), (11, "f"), (12, "S"))]) == Outcomes(1, 1, 1)
    assert ledger.marks == {0: 12}


def test_partitions_are_independent_and_may_arrive_in_any_order_between_them() -> None:
    ledger = Ledger()
    assert ledger.count([part(0, (20, "f")), part(1, (0, "s"), (5, "s"))]) == Outcomes(2, 1, 0)
    # Partition 1 re-read from 3 (its 5 was counted), partition 0 read on past 20.
    assert ledger.count([part(1, (5, "s"), (8, "f")), part(0, (15, "s"), (20, "f"), (25, "f"))]) == Outcomes(0, 2, 0)
    # A partition seen for the first time (added, or reassigned to a feed) counts from its first event.
    assert ledger.count([part(2, (0, "f"))]) == Outcomes(0, 1, 0)
    assert ledger.marks == {0: 25, 1: 8, 2: 0}


def test_redelivery_is_recognised_by_the_inputs_position_on_one_partition() -> None:
    ledger = Ledger()
    assert not ledger.redelivered((1, 40))
    ledger.applied((1, 40))
    assert ledger.redelivered((1, 40)) and ledger.redelivered((1, 39))
    assert not ledger.redelivered((1, 41))
    assert not ledger.redelivered((2, 3))  # another partition (the topic's partitions were changed)
    assert not ledger.redelivered(None)  # a caller that knows no position: applied as before


def test_the_ledger_round_trips_and_an_old_entry_without_it_gives_an_empty_one() -> None:
    ledger = Ledger({0: 12, 3: 7}, (2, 99))
    restored = Ledger.from_snapshot({"state": "closed", **ledger.to_snapshot()})
    assert (restored.marks, restored.input) == ({0: 12, 3: 7}, (2, 99))
    old = Ledger.from_snapshot({"dependency": "db", "state": "closed", "since": 1.0, "sequence": 0})
    assert (old.marks, old.input) == ({}, None)
    assert (Ledger.from_snapshot(None).marks, Ledger.from_snapshot(None).input) == ({}, None)
    ledger.clear_marks()
    assert ledger.marks == {} and ledger.input == (2, 99)


@pytest.mark.parametrize("seed", range(25))
def test_feeds_crashing_and_taking_over_partitions_count_every_event_once(seed: int) -> None:
    """Feeds read partitions in batches of random sizes from the committed offsets, sometimes send a batch
    and crash before committing, and partitions move between feeds; inputs reach the ledger in the order
    sent, the inputs of feeds on different partitions interleaved. Every outcome counts exactly once."""
    rng = random.Random(seed)
    partitions = 3
    # Per partition: (offset, letter or None for an event that is no outcome of this dependency).
    log = [[(offset, rng.choice(["s", "f", "S", "F", None, None])) for offset in range(200)] for _ in range(partitions)]
    expected = tally("".join(letter for events in log for _, letter in events if letter))
    committed = [0] * partitions
    position = [0] * partitions  # the owning feed's read position
    ledger = Ledger()
    counted = Outcomes()
    while any(c < 200 for c in committed):
        batch = [p for p in range(partitions) if position[p] < 200 and rng.random() < 0.7]
        if not batch:
            continue
        parts = []
        for p in batch:
            end = min(200, position[p] + rng.randint(1, 30))
            events = [(offset, letter) for offset, letter in log[p][position[p] : end] if letter]
            if events:
                parts.append(part(p, *events))
            position[p] = end
        rng.shuffle(parts)
        counted = counted + ledger.count(parts)
        if rng.random() < 0.3:  # crashed after sending, before committing: the next owner re-reads
            for p in batch:
                position[p] = committed[p]
        else:
            for p in batch:
                committed[p] = position[p]
    assert counted == expected


def test_two_feeds_reading_one_partition_from_the_same_commit_count_it_once_in_either_order() -> None:
    # A partition revoked while its feed was sending: the new owner reads from the same committed offset
    # and both feeds' inputs reach the agent in either order.
    old = [part(0, (100, "f"), (120, "s"), (150, "f"))]
    new = [[part(0, (100, "f"), (120, "s"))], [part(0, (150, "f"), (160, "s"))]]
    for order in ([old, *new], [new[0], old, new[1]], [*new, old]):
        ledger = Ledger()
        total = Outcomes()
        for parts in order:
            total = total + ledger.count(parts)
        assert total == Outcomes(successes=2, failures=2)
