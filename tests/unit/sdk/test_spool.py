import os
from pathlib import Path

import orjson

from errorflow.sdk.spool import Spool, SpoolRecord


def test_spool_keeps_order_across_segments_and_acknowledges(tmp_path: Path) -> None:
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([SpoolRecord("t", b"k1", b'{"n":1}'), SpoolRecord("t", None, b'{"n":2}')])
    oldest = spool.oldest()
    assert oldest is not None
    segment, records = oldest
    spool.append([SpoolRecord("t", b"k3", b'{"n":3}')])  # goes to a new segment while draining
    assert [r.value for r in records] == [b'{"n":1}', b'{"n":2}']
    assert records[1].key is None
    spool.acknowledge(segment)
    second = spool.oldest()
    assert second is not None and [r.value for r in second[1]] == [b'{"n":3}']
    spool.acknowledge(second[0])
    assert not spool.pending()


def test_unacknowledged_segment_is_drained_again_after_restart(tmp_path: Path) -> None:
    Spool(tmp_path, max_bytes=10_000_000).append([SpoolRecord("t", b"k", b"{}")])  # then dropped: as if it died
    first = Spool(tmp_path, max_bytes=10_000_000).oldest()
    assert first is not None
    again = Spool(tmp_path, max_bytes=10_000_000).oldest()  # a crash before acknowledge
    assert again is not None and again[1] == first[1]


def test_full_spool_rejects_and_counts(tmp_path: Path) -> None:
    spool = Spool(tmp_path, max_bytes=1024)
    spool.append([SpoolRecord("t", None, b"x" * 2000)])
    assert spool.rejected == 1 and not spool.pending()


def test_torn_line_is_skipped(tmp_path: Path) -> None:
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([SpoolRecord("t", None, b"{}")])
    with next(tmp_path.rglob("*.jsonl")).open("ab") as handle:
        handle.write(b'{"t": "t", "k"')
    oldest = spool.oldest()
    assert oldest is not None and len(oldest[1]) == 1


# -- several processes of one service share the directory --------------------------------------------------------
# Two Spool objects on one directory stand for two processes: each holds its own open lock file,
# and flock() locks belong to the open file, so they exclude each other as two processes would.


def _values(found: tuple[Path, list[SpoolRecord]] | None) -> list[bytes]:
    assert found is not None
    return [record.value for record in found[1]]


def test_a_drainer_never_takes_a_segment_a_live_process_appends_to(tmp_path: Path) -> None:
    alive = Spool(tmp_path, max_bytes=10_000_000)
    other = Spool(tmp_path, max_bytes=10_000_000)
    alive.append([SpoolRecord("t", b"k", b"alive-1")])
    assert other.oldest() is None, "the records of a live process are its own to drain"
    assert not other.pending()
    alive.append([SpoolRecord("t", b"k", b"alive-2")])  # still appending, nothing lost
    other.append([SpoolRecord("t", b"k", b"other-1")])
    assert _values(other.oldest()) == [b"other-1"], "each drains its own"
    assert _values(alive.oldest()) == [b"alive-1", b"alive-2"]
    alive.close()
    other.close()


def test_records_of_a_process_that_went_away_are_adopted_and_its_directory_removed(tmp_path: Path) -> None:
    gone = Spool(tmp_path, max_bytes=10_000_000)
    gone.append([SpoolRecord("t", b"k", b"1")])
    gone.append([SpoolRecord("t", b"k", b"2")])
    gone.close()  # what a process's exit (or SIGKILL) does to its lock
    heir = Spool(tmp_path, max_bytes=10_000_000)
    assert heir.pending()
    found = heir.oldest()
    assert _values(found) == [b"1", b"2"]
    assert found is not None
    assert Spool(tmp_path, max_bytes=10_000_000).oldest() is None, "one drainer at a time"
    heir.acknowledge(found[0])
    assert heir.oldest() is None and not heir.pending()
    assert not list(tmp_path.glob("proc-*")), "a drained directory of a process that went away is removed"
    heir.close()


def test_the_old_single_directory_layout_is_drained(tmp_path: Path) -> None:
    line = orjson.dumps({"t": "t", "k": "old", "v": '{"n": 1}'}) + b"\n"
    (tmp_path / "000000000003.sealed").write_bytes(line)
    (tmp_path / "000000000004.jsonl").write_bytes(line.replace(b"1", b"2"))
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([SpoolRecord("t", b"new", b"{}")])
    assert spool.size_bytes() > 2 * len(line)
    drained = []
    while (found := spool.oldest()) is not None:
        drained.extend(found[1])
        spool.acknowledge(found[0])
    assert [r.value for r in drained] == [b'{"n": 1}', b'{"n": 2}', b"{}"], "the old records first, in order"
    spool.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".legacy.lock"]


def test_max_bytes_counts_every_process_of_the_service(tmp_path: Path) -> None:
    first = Spool(tmp_path, max_bytes=2048)
    second = Spool(tmp_path, max_bytes=2048)
    first.append([SpoolRecord("t", None, b"x" * 1200)])
    second.append([SpoolRecord("t", None, b"y" * 1200)])
    assert second.rejected == 1 and not second.pending()
    first.close()
    second.close()


def test_a_forked_child_does_not_keep_its_parents_directory_locked(tmp_path: Path) -> None:
    parent = Spool(tmp_path, max_bytes=10_000_000)
    parent.append([SpoolRecord("t", b"k", b"parent")])
    read_end, write_end = os.pipe()
    ready_read, ready_write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child says it runs (the fork handlers ran), waits, leaves
        os.close(write_end)
        os.write(ready_write, b"!")
        os.read(read_end, 1)
        os._exit(0)
    os.close(read_end)
    os.close(ready_write)
    try:
        assert os.read(ready_read, 1) == b"!"
        parent.close()  # the parent goes away; its child lives on
        heir = Spool(tmp_path, max_bytes=10_000_000)
        assert _values(heir.oldest()) == [b"parent"], "the child must not hold the parent's lock"
        heir.close()
    finally:
        os.close(write_end)
        os.close(ready_read)
        os.waitpid(child, 0)


def test_set_aside_is_shared_and_bounded_for_the_whole_service(tmp_path: Path) -> None:
    first = Spool(tmp_path, max_bytes=10_000)
    second = Spool(tmp_path, max_bytes=10_000)
    record = SpoolRecord("t", b"k", b"z" * 200)
    kept = [spool.set_aside(record, "too large") for _ in range(5) for spool in (first, second)]
    kept_file = tmp_path / "set-aside" / "records.jsonl"
    assert kept[:2] == [True, True] and kept[-1] is False
    assert kept_file.stat().st_size <= 1_000, "a tenth of max_bytes, both processes together"
    lines = kept_file.read_bytes().splitlines()
    assert len(lines) == kept.count(True) and all(orjson.loads(line)["reason"] == "too large" for line in lines)


def test_a_line_that_is_json_but_not_a_record_is_skipped_not_raised(tmp_path: Path) -> None:
    """A corrupted segment (valid JSON, not a record) must not raise from oldest(): that kills the emitter's thread,
    and, adopted, the thread of every process of the service that drains it after."""
    spool = Spool(tmp_path, max_bytes=10_000_000)
    spool.append([SpoolRecord("t", b"k", b"{}")])
    with next(tmp_path.rglob("*.jsonl")).open("ab") as handle:
        handle.write(b'{"t": "t", "k": null}\n[1, 2]\n7\n{"t": 1, "k": 2, "v": 3}\n{"t": 1, "k": null, "v": "x"}\n')
    spool.append([SpoolRecord("t", None, b"[]")])
    oldest = spool.oldest()
    assert oldest is not None
    assert oldest[1] == [SpoolRecord("t", b"k", b"{}"), SpoolRecord("t", None, b"[]")]
    spool.close()
