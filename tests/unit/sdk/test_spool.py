from pathlib import Path

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
    Spool(tmp_path, max_bytes=10_000_000).append([SpoolRecord("t", b"k", b"{}")])
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
    with next(tmp_path.glob("*.jsonl")).open("ab") as handle:
        handle.write(b'{"t": "t", "k"')
    oldest = spool.oldest()
    assert oldest is not None and len(oldest[1]) == 1
