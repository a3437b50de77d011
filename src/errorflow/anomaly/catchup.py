"""Which events the anomaly agent looks up while it catches up after a restart (pure).

At start the agent rebuilds its windows from the events ClickHouse stamped
(``ingested_at``) before a cut time ``T``, after waiting out every insert that
was running at ``T`` (``agents/anomaly.py``); an event is then counted by the
rebuild if and only if it is stored with a stamp before ``T``, and the agent
skips exactly those events while it catches up. This module decides which
records need that lookup at all.

A record the broker appended after the agent read a partition's end offset
(read after ``T``) cannot have been stamped before ``T``: the sink reads a
record after it is appended and stamps its insert after that. So per
partition only the offsets below that end offset are looked up; from there on
every event is counted as it comes. A partition found later (added to the
topic while the agent runs) is read from its beginning, with its end offset
read when it is found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

__all__ = ["CatchUp", "added_partitions"]


class _Record(Protocol):
    @property
    def offset(self) -> int: ...


R = TypeVar("R", bound=_Record)


class CatchUp:
    """Per partition, the end offset below which a record may have been stored before the cut."""

    def __init__(self) -> None:
        self._ends: dict[int, int] = {}

    def add(self, partition: int, start: int, end: int) -> None:
        """Look up the records of ``partition`` from ``start`` (where the agent reads from) to ``end``."""
        if end > start:
            self._ends[partition] = end
        else:
            self._ends.pop(partition, None)

    def split(self, partition: int, records: Sequence[R]) -> tuple[list[R], list[R]]:
        """``records`` (of one partition, in offset order) as (to look up, to count as they come).

        Once a batch reaches the end offset the partition needs no lookup any more.
        """
        end = self._ends.get(partition)
        if end is None:
            return [], list(records)
        lookup = [r for r in records if r.offset < end]
        rest = [r for r in records if r.offset >= end]
        if records and records[-1].offset + 1 >= end:
            del self._ends[partition]
        return lookup, rest

    @property
    def partitions(self) -> frozenset[int]:
        """The partitions still catching up."""
        return frozenset(self._ends)


def added_partitions(assigned: Iterable[int], found: Iterable[int] | None) -> list[int]:
    """Partitions the topic's metadata names that are not assigned yet, in order (none when it names none)."""
    have = set(assigned)
    return sorted(p for p in (found or ()) if p not in have)
