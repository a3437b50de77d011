"""Which run outcomes a breaker has counted, so each one counts once across re-reads and redeliveries.

Two ways an outcome could be counted twice, and what stops each:

- **The feed re-reads events.** A feed that sent a batch's inputs but crashed before
  committing its ``taskruns.events`` offsets reads those events again after the restart, in
  batches that need not line up with the first ones. So each ``outcomes`` input names the
  events it counts, per events partition, one by one (:class:`EventsPart`: their offsets,
  delta-encoded, and a kind letter each), and the breaker's :class:`Ledger` keeps, per events
  partition, the highest offset it has counted. An input counts only its events above that
  mark. A partition is read by one feed at a time from its committed offset, and a feed's
  inputs are acknowledged before it commits or reads on, so every outcome below the first
  offset of an input was counted before it: "counted" is exactly "at or below the mark".
- **The agent gets an input again.** Faust commits the agent's input offsets some time after
  the table write; a crash in between redelivers inputs whose effect the table already holds.
  One dependency's inputs are on one ``breakers.inputs`` partition, in order, so the ledger
  keeps the position of the last input applied and an input at or before it is skipped whole
  (operator overrides and wake-ups included, which the events marks do not cover).

One int per events partition and one position per breaker: the ledger does not grow with
time. Pure: no Kafka here; the agent passes partitions and offsets as plain ints.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from errorflow.breakers.window import Outcomes

__all__ = ["KIND_LETTERS", "EventsPart", "Ledger", "kind_letter", "tally"]

KIND_LETTERS = "sfSF"
"""One letter per counted event: ``s`` success, ``f`` failure, ``S`` slow success, ``F`` slow failure."""


def kind_letter(*, failed: bool, slow: bool) -> str:
    """The letter of one outcome in :attr:`EventsPart.kinds`."""
    return KIND_LETTERS[failed + 2 * slow]


def tally(kinds: str) -> Outcomes:
    """The outcomes a string of kind letters stands for."""
    failures = kinds.count("f") + kinds.count("F")
    return Outcomes(len(kinds) - failures, failures, kinds.count("S") + kinds.count("F"))


@dataclass(frozen=True, slots=True)
class EventsPart:
    """The outcomes of one ``taskruns.events`` partition that one input counts, event by event."""

    partition: int
    """The events partition."""
    offsets: Sequence[int]
    """The events' offsets, ascending, delta-encoded: the first offset, then the gap to each next one."""
    kinds: str
    """One letter of :data:`KIND_LETTERS` per offset."""

    @classmethod
    def of(cls, partition: int, events: Iterable[tuple[int, str]]) -> EventsPart:
        """Encode ``(offset, kind letter)`` pairs given in ascending offset order."""
        deltas: list[int] = []
        letters: list[str] = []
        previous = 0
        for offset, letter in events:
            deltas.append(offset - previous)
            letters.append(letter)
            previous = offset
        return cls(partition, tuple(deltas), "".join(letters))

    def absolute(self) -> list[int]:
        """The offsets themselves."""
        return list(accumulate(self.offsets))

    def outcomes(self) -> Outcomes:
        """All of this part's outcomes."""
        return tally(self.kinds)

    def problem(self) -> str | None:
        """Why this part cannot be counted (offsets not ascending, a letter per offset missing), or ``None``."""
        if not self.offsets:
            return "no offsets"
        if len(self.offsets) != len(self.kinds):
            return f"{len(self.offsets)} offsets but {len(self.kinds)} kind letters"
        if self.offsets[0] < 0 or min(self.offsets[1:], default=1) < 1:
            return "offsets must be ascending, from 0: the first offset, then gaps of at least 1"
        if self.kinds.strip(KIND_LETTERS):
            return f"kind letters must be among {KIND_LETTERS!r}"
        return None


class Ledger:
    """Per events partition the highest offset counted, and the position of the last input applied."""

    __slots__ = ("input", "marks")

    def __init__(self, marks: Mapping[int, int] | None = None, input_position: tuple[int, int] | None = None) -> None:
        self.marks: dict[int, int] = dict(marks or {})
        """Events partition -> highest offset of an outcome counted."""
        self.input = input_position
        """``(breakers.inputs partition, offset)`` of the last input applied, if known."""

    def redelivered(self, position: tuple[int, int] | None) -> bool:
        """Whether the input at ``position`` was applied already (at or before the last one applied)."""
        if position is None or self.input is None:
            return False
        partition, offset = position
        return partition == self.input[0] and offset <= self.input[1]

    def applied(self, position: tuple[int, int] | None) -> None:
        """Remember the input at ``position`` as applied (inputs from another partition replace it)."""
        if position is not None:
            self.input = position

    def count(self, parts: Iterable[EventsPart]) -> Outcomes:
        """The outcomes of ``parts`` not counted yet, which from now on are."""
        total = Outcomes()
        for part in parts:
            offsets = part.absolute()
            start = bisect_right(offsets, self.marks.get(part.partition, -1))
            if start == len(offsets):
                continue
            total = total + tally(part.kinds[start:])
            self.marks[part.partition] = offsets[-1]
        return total

    def clear_marks(self) -> None:
        """Forget which events were counted (an operator's ``reset``: e.g. after the events topic was recreated)."""
        self.marks.clear()

    def to_snapshot(self) -> dict[str, Any]:
        """The ledger's fields of a breaker's table entry."""
        return {
            "counted": {str(partition): offset for partition, offset in sorted(self.marks.items())},
            "input": None if self.input is None else list(self.input),
        }

    @classmethod
    def from_snapshot(cls, snapshot: Mapping[str, Any] | None) -> Ledger:
        """Read :meth:`to_snapshot`'s fields; an entry written before the ledger existed gives an empty one."""
        if not snapshot:
            return cls()
        marks = {int(partition): int(offset) for partition, offset in (snapshot.get("counted") or {}).items()}
        position = snapshot.get("input")
        return cls(marks, None if not position else (int(position[0]), int(position[1])))
