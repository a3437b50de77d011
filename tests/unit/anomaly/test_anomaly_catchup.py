"""Which records the anomaly agent looks up while catching up after a restart (errorflow.anomaly.catchup)."""

from __future__ import annotations

from dataclasses import dataclass

from errorflow.anomaly.catchup import CatchUp, added_partitions


@dataclass
class Rec:
    offset: int


def recs(*offsets: int) -> list[Rec]:
    return [Rec(o) for o in offsets]


def test_records_below_the_end_offset_are_looked_up_and_the_rest_counted() -> None:
    catch_up = CatchUp()
    catch_up.add(0, start=10, end=14)
    lookup, rest = catch_up.split(0, recs(10, 11, 12, 13, 14, 15))
    assert [r.offset for r in lookup] == [10, 11, 12, 13]
    assert [r.offset for r in rest] == [14, 15]
    assert catch_up.partitions == frozenset()


def test_a_partition_catches_up_over_several_batches_even_when_the_first_ones_are_all_unstored() -> None:
    # The lookup decides each record by its stamp; no "first unstored record ends it" guess.
    catch_up = CatchUp()
    catch_up.add(3, start=0, end=5)
    assert catch_up.split(3, recs(0, 1)) == (recs(0, 1), [])
    assert catch_up.partitions == frozenset({3})
    assert catch_up.split(3, recs(2, 3, 4)) == (recs(2, 3, 4), [])
    assert catch_up.partitions == frozenset()
    assert catch_up.split(3, recs(5)) == ([], recs(5))


def test_a_partition_at_its_end_or_unknown_needs_no_lookup() -> None:
    catch_up = CatchUp()
    catch_up.add(0, start=7, end=7)  # nothing appended past the sink's offset at the cut
    assert catch_up.partitions == frozenset()
    assert catch_up.split(0, recs(7, 8)) == ([], recs(7, 8))
    assert catch_up.split(9, recs(0)) == ([], recs(0))


def test_added_partitions_are_the_ones_metadata_names_beyond_the_assigned() -> None:
    assert added_partitions([0, 1], {0, 1, 3, 2}) == [2, 3]
    assert added_partitions([0, 1], {0, 1}) == []
    assert added_partitions([0, 1], None) == []  # metadata without the topic yet: nothing to add
