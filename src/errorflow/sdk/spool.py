"""A durable, ordered spool of records on local disk, for when Kafka is unreachable.

Records are appended to numbered segment files (one JSON line each) and fsynced.
The emitter drains the oldest segment first and deletes it only after the broker
acknowledged every record in it, so nothing is lost; a crash mid-drain sends
some records again with their original event ids, which the sinks deduplicate.

Every process of a service gets the same spool directory (gunicorn workers, a
multiprocessing pool, a forked child, two deployments on one host), so the
spool is shared between processes by design::

    <spool_dir>/
        proc-<pid>-<token>/      one per process that spooled: only it appends here
            lock                 flock()ed by the process for as long as it lives
            000000000001.sealed  being drained
            000000000002.jsonl   being appended to
        set-aside/records.jsonl  records that can never be sent (flock()ed per append)
        000000000007.jsonl       left by an older version (one shared directory): drained too
        .legacy.lock             flock()ed by whoever drains those

A process appends only to its own sub-directory, so two processes never number,
append to, seal or delete the same segment. It drains its own segments, and
takes over (*adopts*) a sub-directory whose lock nobody holds (its process died
or closed its emitter), holding that lock while it drains it: one drainer per
sub-directory, oldest first, so the records of one run (a run lives in one
process) keep their order. A process killed mid-append leaves at most a torn last
line, which nothing acknowledged; killed mid-drain, its segment is still there
and the adopter sends it again. ``flock`` locks belong to an open file, not a
process: the lock dies with the process (even under SIGKILL), and a forked child
closes its inherited copies (see :func:`_after_fork_in_child`) so that it does
not keep a dead parent's directory locked.

The disk may fail (full, I/O errors, remounted read-only, permission or quota
lost): every method that touches it may then raise :class:`OSError`, and the
caller (the emitter) keeps the records and tries again later. A failed append
leaves the segment as it was (cut back to its size before the write; should
that fail too, the next append starts on a new line, so a torn line never
swallows the record after it). A segment sent but not deletable is remembered
and not offered again by this process (another process adopting it sends it
again: duplicates, which the sinks drop by event id).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import secrets
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import orjson

__all__ = ["SpoolRecord", "Spool"]

logger = logging.getLogger(__name__)

_SEGMENT_MAX_BYTES = 4 * 1024 * 1024
_SET_ASIDE = "set-aside"
_PROCESS_PREFIX = "proc-"
_LOCK = "lock"
_LEGACY_LOCK = ".legacy.lock"


class SpoolRecord(NamedTuple):
    """One record waiting to be produced."""

    topic: str
    key: bytes | None
    value: bytes


class _Claim:
    """A directory of segments this process holds the ``flock`` of: it alone appends to or drains it."""

    def __init__(self, directory: Path, lock_fd: int, *, legacy: bool = False) -> None:
        self.directory = directory
        self.lock_fd = lock_fd
        self.legacy = legacy
        """The service directory itself, holding segments of the older single-directory layout."""

    def segments(self) -> list[Path]:
        """Active (``.jsonl``) and sealed (``.sealed``) segments, oldest first."""
        return _segments(self.directory)

    def forget(self) -> None:
        """Close the lock's descriptor without unlocking: in a forked child, the parent still holds it."""
        if self.lock_fd >= 0:
            os.close(self.lock_fd)
            self.lock_fd = -1

    def release(self) -> None:
        """Give the directory up: another process may adopt it from now on."""
        self.forget()

    def remove(self) -> None:
        """Delete the (drained) directory, then release it; the lock file goes first, so no one adopts it.

        Raises :class:`OSError` when the disk fails; the directory is released all the same.
        """
        try:
            for segment in self.segments():  # empty ones only (a crash between creating and writing)
                with contextlib.suppress(FileNotFoundError):
                    if segment.stat().st_size == 0:
                        segment.unlink()
            if not self.legacy:
                with contextlib.suppress(FileNotFoundError):
                    (self.directory / _LOCK).unlink()
                with contextlib.suppress(OSError):  # not empty (a stray file, a segment not deletable): it stays
                    self.directory.rmdir()
        finally:
            self.release()

    def __del__(self) -> None:
        self.forget()


class Spool:
    """Segments under one directory per service, one sub-directory per process; oldest first.

    ``max_bytes`` bounds the segments of every process of the service together
    (checked before each append, so concurrent appends may pass it by one batch
    each); records set aside may take a tenth of it more.
    """

    def __init__(self, path: Path, *, max_bytes: int, orphan_scan_interval_s: float = 5.0) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.orphan_scan_interval_s = orphan_scan_interval_s
        """How often :meth:`pending` looks for sub-directories whose process went away."""
        self.rejected = 0
        self._lock = threading.Lock()
        self._own: _Claim | None = None
        """This process's sub-directory, made on the first append."""
        self._adopted: _Claim | None = None
        """A sub-directory (or the old layout) left by a process that went away, drained before our own."""
        self._next_scan = 0.0
        self._sent: set[Path] = set()
        """Segments the broker acknowledged whose deletion failed: never offered again, deleted later."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a failing disk must not stop the SDK from starting: appends try again
            logger.warning("cannot create the spool directory %s (%s); appends will try again", self.path, exc)
        _LIVE.add(self)

    # -- what is waiting ---------------------------------------------------------
    def size_bytes(self) -> int:
        """Bytes on disk in the segments of every process of the service."""
        total = 0
        for segment in self._every_segment():
            with contextlib.suppress(FileNotFoundError):  # drained meanwhile by its process
                total += segment.stat().st_size
        return total

    def pending(self) -> bool:
        """Tell whether any record waits: ours, or one a process that went away left (looked for now and then)."""
        with self._lock:
            dry = self._adopted is None or not self._has_records(self._adopted)
            if dry and time.monotonic() >= self._next_scan:
                self._adopt()
            return any(self._has_records(claim) for claim in (self._adopted, self._own) if claim is not None)

    # -- appending -----------------------------------------------------------------
    def append(self, records: Sequence[SpoolRecord]) -> bool:
        """Append records durably to this process's segments (written and fsynced before returning).

        Returns False, with none of them written, when they would take the
        spool past ``max_bytes`` (counted in ``rejected``); raises
        :class:`OSError` when the disk fails, also with none of them kept.
        """
        if not records:
            return True
        lines = b"".join(orjson.dumps(_as_line(r)) + b"\n" for r in records)
        with self._lock:
            if self.size_bytes() + len(lines) > self.max_bytes:
                self.rejected += len(records)
                logger.warning(
                    "spool %s is full (%d bytes): %d records not spooled", self.path, self.max_bytes, len(records)
                )
                return False
            own = self._own_claim()
            if not own.directory.is_dir():  # removed under us (a tmp cleaner, an operator): made again
                own.release()
                self._own = None
                own = self._own_claim()
            segments = own.segments()
            last = segments[-1] if segments else None
            size = last.stat().st_size if last is not None and last.suffix == ".jsonl" else None
            writable = size is not None and size < _SEGMENT_MAX_BYTES
            target = last if writable and last is not None else None
            if target is None:
                number = int(segments[-1].stem) + 1 if segments else 1
                target = own.directory / f"{number:012d}.jsonl"
            # An empty one was made by an append that failed: its name was never fsynced.
            _append_durably(target, lines, new=not writable or size == 0)
            return True

    def set_aside(self, record: SpoolRecord, reason: str) -> bool:
        """Keep a record that can never be sent in ``set-aside/``, outside the segments; False when full.

        The folder holds at most a tenth of ``max_bytes``, so records set aside
        never crowd out the spool. Processes share it: each append holds the
        file's ``flock`` from the size check to the fsync. Raises
        :class:`OSError` when the disk fails (the file is left as it was).
        """
        folder = self.path / _SET_ASIDE
        line = orjson.dumps({**_as_line(record), "reason": reason}) + b"\n"
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / "records.jsonl", os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_size + len(line) > self.max_bytes // 10:
                return False
            _append_or_restore(fd, line)
        finally:
            os.close(fd)
        return True

    # -- draining -------------------------------------------------------------------
    def oldest(self) -> tuple[Path, list[SpoolRecord]] | None:
        """Return the oldest segment and its records, or None when the spool is empty.

        Segments of an adopted sub-directory come first (they are older than
        ours), then our own. Our own segment is sealed first (renamed), so
        appends go to a new segment while it is being drained.
        """
        while True:
            with self._lock:
                self._retry_deleting_sent()
                segment = self._oldest_segment()
                if segment is None:
                    return None
                if segment.suffix == ".jsonl":
                    # Seal it, so appends open a new segment while this one drains.
                    sealed = segment.with_suffix(".sealed")
                    try:
                        segment.rename(sealed)
                    except FileNotFoundError:  # the old layout only: a process of an older version took it
                        continue
                    segment = sealed
            try:
                data = segment.read_bytes()
            except FileNotFoundError:  # the old layout only, as above
                continue
            return segment, _parse(segment, data)

    def acknowledge(self, segment: Path) -> None:
        """Delete a drained segment after the broker acknowledged all of it.

        When the deletion fails (:class:`OSError`, raised on), the segment is
        remembered as sent: this process neither offers it again nor counts it
        as waiting, and deletes it once the disk lets it.
        """
        with self._lock:
            try:
                segment.unlink(missing_ok=True)
            except OSError:
                self._sent.add(segment)
                raise

    def close(self) -> None:
        """Release this process's sub-directory (removed when empty; otherwise the next process drains it).

        Never raises: on a failing disk what cannot be removed stays, released, for the next process.
        """
        with self._lock:
            self._retry_deleting_sent()
            for claim in (self._adopted, self._own):
                if claim is None:
                    continue
                try:
                    if not self._has_records(claim):
                        claim.remove()
                except OSError as exc:
                    logger.warning("could not remove the drained spool directory %s: %s", claim.directory, exc)
                claim.release()
            self._adopted = self._own = None

    # -- inside ----------------------------------------------------------------------
    def _oldest_segment(self) -> Path | None:
        """The next segment to drain, adopting a sub-directory left behind once ours is empty of them too."""
        if self._adopted is None and time.monotonic() >= self._next_scan:
            self._adopt()
        for _ in range(2):
            for claim in (self._adopted, self._own):
                if claim is not None:
                    segments = [segment for segment in claim.segments() if segment not in self._sent]
                    if segments:
                        return segments[0]
            if not self._adopt():
                return None
        return None

    def _own_claim(self) -> _Claim:
        """This process's sub-directory, made (and locked) before anyone can see it."""
        if self._own is not None:
            return self._own
        name = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.path.mkdir(parents=True, exist_ok=True)  # it may not have been made at start (a failing disk)
        making = self.path / f".new-{name}"
        directory = self.path / f"{_PROCESS_PREFIX}{name}"
        making.mkdir()
        fd = -1
        try:
            fd = os.open(making / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a fresh file: nobody else holds it
            making.rename(directory)  # it appears locked, so no one adopts it while it is new
        except OSError:  # a failing disk: leave nothing half made behind
            if fd >= 0:
                os.close(fd)
            with contextlib.suppress(OSError):
                (making / _LOCK).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                making.rmdir()
            raise
        self._own = _Claim(directory, fd)
        _fsync_directory(self.path)  # claimed already: a failure here leaves a directory we hold, used next time
        return self._own

    def _adopt(self) -> bool:
        """Take over one directory left with records by a process that went away; True when one was taken.

        A directory left empty is removed on the way. The scan runs when the
        spool runs dry and at most every ``orphan_scan_interval_s`` from :meth:`pending`.
        """
        self._next_scan = time.monotonic() + self.orphan_scan_interval_s
        if self._adopted is not None:
            if self._has_records(self._adopted):
                return True
            adopted, self._adopted = self._adopted, None
            adopted.remove()
        for directory, lock_path, legacy in self._candidates():
            claim = _try_claim(directory, lock_path, legacy=legacy)
            if claim is None:
                continue
            if self._has_records(claim):
                logger.info("draining spooled records left by a process that went away: %s", directory)
                self._adopted = claim
                return True
            claim.remove()
        return False

    def _has_records(self, claim: _Claim) -> bool:
        """Tell whether a directory holds a record not sent yet (segments sent but not deleted do not count)."""
        for segment in claim.segments():
            if segment in self._sent:
                continue
            with contextlib.suppress(FileNotFoundError):
                if segment.stat().st_size > 0:
                    return True
        return False

    def _retry_deleting_sent(self) -> None:
        """Delete the segments sent earlier whose deletion failed, now that the disk may let us."""
        for segment in list(self._sent):
            try:
                segment.unlink(missing_ok=True)
            except OSError:
                return  # the disk still fails: next time
            self._sent.discard(segment)

    def _candidates(self) -> Iterator[tuple[Path, Path, bool]]:
        """Directories that may hold records of a process that went away: the old layout first."""
        if _segments(self.path):
            yield self.path, self.path / _LEGACY_LOCK, True
        own = None if self._own is None else self._own.directory
        try:
            entries = sorted(os.scandir(self.path), key=lambda entry: entry.name)
        except FileNotFoundError:
            return
        for entry in entries:
            if entry.name.startswith(_PROCESS_PREFIX) and entry.is_dir() and Path(entry.path) != own:
                yield Path(entry.path), Path(entry.path) / _LOCK, False

    def _every_segment(self) -> list[Path]:
        found = _segments(self.path)
        with contextlib.suppress(FileNotFoundError):
            for entry in os.scandir(self.path):
                if entry.name.startswith(_PROCESS_PREFIX):
                    found.extend(_segments(Path(entry.path)))
        return found

    def _after_fork_in_child(self) -> None:
        """Drop what belongs to the parent: its locks (held by its threads?) and its directories."""
        self._lock = threading.Lock()
        for claim in (self._adopted, self._own):
            if claim is not None:
                claim.forget()
        self._adopted = self._own = None
        self._next_scan = 0.0


def _segments(directory: Path) -> list[Path]:
    """Active (``.jsonl``) and sealed (``.sealed``) segments of one directory, oldest first."""
    found = [*directory.glob("*.jsonl"), *directory.glob("*.sealed")]
    return sorted((segment for segment in found if segment.stem.isdigit()), key=lambda segment: int(segment.stem))


def _parse(segment: Path, data: bytes) -> list[SpoolRecord]:
    records = []
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            # A torn last line from a crash during append: nothing acknowledged it.
            logger.warning("skipping a torn line in spool segment %s", segment)
            continue
        topic, key, value = (item.get("t"), item.get("k"), item.get("v")) if isinstance(item, dict) else (0, 0, 0)
        if not (isinstance(topic, str) and isinstance(value, str) and (key is None or isinstance(key, str))):
            # JSON, but not a record we wrote (a corrupted file): read, it would stop the emitter's thread (and
            # that of every process adopting the segment after it), or never be sent and hold up the rest.
            logger.error("skipping a line that is not a spooled record in %s: %r", segment, line[:200])
            continue
        records.append(SpoolRecord(topic, None if key is None else key.encode(), value.encode()))
    return records


def _try_claim(directory: Path, lock_path: Path, *, legacy: bool) -> _Claim | None:
    """Lock a directory without waiting; None when its process (or another drainer) holds it, or it is gone."""
    try:
        fd = os.open(lock_path, (os.O_RDWR | os.O_CREAT) if legacy else os.O_RDWR, 0o644)
    except FileNotFoundError:  # removed meanwhile by whoever drained it
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    try:
        same = lock_path.stat().st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        same = False
    if not same:  # we locked a lock file its drainer removed just before: the directory is gone
        os.close(fd)
        return None
    return _Claim(directory, fd, legacy=legacy)


def _append_durably(target: Path, lines: bytes, *, new: bool) -> None:
    """Append and fsync; on a failure the file is cut back to its size before, and the error raised."""
    fd = os.open(target, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        _append_or_restore(fd, lines, directory=target.parent if new else None)
    finally:
        os.close(fd)


def _append_or_restore(fd: int, data: bytes, *, directory: Path | None = None) -> None:
    """Append ``data`` whole and fsync it (and ``directory``, for a new file's name), or leave the file as it was.

    A write cut short (disk full) or an fsync that failed (I/O error: the
    written pages may be gone) raises; the file is truncated back first, so the
    caller can keep the records and append them again without a torn line or a
    copy on disk. Should the truncation fail too, a line cut short may stay:
    the next append then starts on a line of its own, so only the torn line is
    lost on reading, never the record after it.
    """
    start = os.fstat(fd).st_size
    if start and os.pread(fd, 1, start - 1) != b"\n":  # a line left torn by an earlier failure
        data = b"\n" + data
    try:
        _write_all(fd, data)
        os.fsync(fd)
        if directory is not None:  # the new file's name must survive a power cut too
            _fsync_directory(directory)
    except OSError:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, start)
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _as_line(record: SpoolRecord) -> dict[str, str | None]:
    """A record as one JSON object; bytes that are not UTF-8 keep their bytes as escapes."""
    key = None if record.key is None else record.key.decode("utf-8", "backslashreplace")
    return {"t": record.topic, "k": key, "v": record.value.decode("utf-8", "backslashreplace")}


_LIVE: weakref.WeakSet[Spool] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """A forked child closes its copies of the parent's lock descriptors.

    A ``flock`` lives as long as any descriptor of the open file does: a child
    that kept them would keep its parent's directory locked after the parent
    died, and nobody would drain it. The child appends to a directory of its own
    if it spools (the emitter it builds has a spool of its own anyway).
    """
    for spool in list(_LIVE):
        spool._after_fork_in_child()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)
