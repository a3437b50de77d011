"""A durable, ordered spool of records on local disk, for when Kafka is unreachable.

Records are appended to numbered segment files (one JSON line each) and fsynced.
The emitter drains the oldest segment first and deletes it only after the broker
acknowledged every record in it, so nothing is lost; a crash mid-drain sends
some records again with their original event ids, which the sinks deduplicate.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import orjson

__all__ = ["SpoolRecord", "Spool"]

logger = logging.getLogger(__name__)

_SEGMENT_MAX_BYTES = 4 * 1024 * 1024
_SET_ASIDE = "set-aside"


class SpoolRecord(NamedTuple):
    """One record waiting to be produced."""

    topic: str
    key: bytes | None
    value: bytes


class Spool:
    """Append-only segments under one directory; oldest first."""

    def __init__(self, path: Path, *, max_bytes: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self.path.mkdir(parents=True, exist_ok=True)
        self.rejected = 0

    def _segments(self) -> list[Path]:
        """Active (``.jsonl``) and sealed (``.sealed``) segments, oldest first."""
        found = [*self.path.glob("*.jsonl"), *self.path.glob("*.sealed")]
        return sorted(found, key=lambda segment: int(segment.stem))

    def size_bytes(self) -> int:
        """Bytes on disk in all segments."""
        return sum(segment.stat().st_size for segment in self._segments())

    def pending(self) -> bool:
        """Tell whether any record waits in the spool."""
        return any(segment.stat().st_size > 0 for segment in self._segments())

    def append(self, records: Sequence[SpoolRecord]) -> None:
        """Append records durably (written and fsynced before returning)."""
        if not records:
            return
        lines = b"".join(orjson.dumps(_as_line(r)) + b"\n" for r in records)
        with self._lock:
            if self.size_bytes() + len(lines) > self.max_bytes:
                self.rejected += len(records)
                logger.error("spool %s is full (%d bytes): %d records dropped", self.path, self.max_bytes, len(records))
                return
            segments = self._segments()
            last = segments[-1] if segments else None
            writable = last is not None and last.suffix == ".jsonl" and last.stat().st_size < _SEGMENT_MAX_BYTES
            target = last if writable else None
            if target is None:
                number = int(segments[-1].stem) + 1 if segments else 1
                target = self.path / f"{number:012d}.jsonl"
            with target.open("ab") as handle:
                handle.write(lines)
                handle.flush()
                os.fsync(handle.fileno())

    def oldest(self) -> tuple[Path, list[SpoolRecord]] | None:
        """Return the oldest segment and its records, or None when the spool is empty.

        The segment is sealed first (renamed), so appends go to a new segment
        while it is being drained.
        """
        with self._lock:
            segments = self._segments()
            if not segments:
                return None
            segment = segments[0]
            if segment.suffix == ".jsonl":
                # Seal it, so appends open a new segment while this one drains.
                sealed = segment.with_suffix(".sealed")
                segment.rename(sealed)
                segment = sealed
        records = []
        for line in segment.read_bytes().splitlines():
            if not line.strip():
                continue
            try:
                item = orjson.loads(line)
            except orjson.JSONDecodeError:
                # A torn last line from a crash during append: nothing acknowledged it.
                logger.warning("skipping a torn line in spool segment %s", segment)
                continue
            key = item["k"]
            records.append(SpoolRecord(item["t"], None if key is None else key.encode(), item["v"].encode()))
        return segment, records

    def set_aside(self, record: SpoolRecord, reason: str) -> bool:
        """Keep a record that can never be sent in ``set-aside/``, outside the segments; False when full.

        The folder holds at most a tenth of ``max_bytes``, so records set aside
        never crowd out the spool.
        """
        folder = self.path / _SET_ASIDE
        line = orjson.dumps({**_as_line(record), "reason": reason}) + b"\n"
        with self._lock:
            folder.mkdir(exist_ok=True)
            target = folder / "records.jsonl"
            used = target.stat().st_size if target.exists() else 0
            if used + len(line) > self.max_bytes // 10:
                return False
            with target.open("ab") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        return True

    def acknowledge(self, segment: Path) -> None:
        """Delete a drained segment after the broker acknowledged all of it."""
        segment.unlink(missing_ok=True)


def _as_line(record: SpoolRecord) -> dict[str, str | None]:
    """A record as one JSON object; bytes that are not UTF-8 keep their bytes as escapes."""
    key = None if record.key is None else record.key.decode("utf-8", "backslashreplace")
    return {"t": record.topic, "k": key, "v": record.value.decode("utf-8", "backslashreplace")}
