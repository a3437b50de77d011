"""A table's changelog records decode to its entries, or to a marker the recovery passes by (no broker)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest
from faust.types import Message

from errorflow.settings import Settings
from errorflow.streams.app import build_app
from errorflow.streams.changelog import Undecodable, readable_entries
from errorflow.streams.confirmed import AckedTable


@pytest.fixture
def tables(tmp_path: Path) -> dict[str, AckedTable]:
    app = build_app(Settings(kafka={"bootstrap": "127.0.0.1:1"}, data_dir=tmp_path), role="pipeline")
    return {
        "bytes": AckedTable.declare(app, "breakers", default=None, partitions=4, value_type=bytes),
        "str": AckedTable.declare(app, "completed-attempts", default=str, partitions=4),
    }


def _read(table: AckedTable, key: bytes | None, value: bytes | None, offset: int = 7) -> Any:
    """The event the recovery gets for one record of ``table``'s changelog (decoded as Faust's conductor does)."""
    channel = table.changelog_topic.clone_using_queue(table.app.tables.changelog_queue)
    message = Message(
        topic=channel.get_topic_name(),
        partition=0,
        offset=offset,
        timestamp=0.0,
        timestamp_type=0,
        headers=[],
        key=key,
        value=value,
        checksum=None,
    )
    return asyncio.run(channel.decode(message, propagate=True))


def test_entries_the_tables_write_read_back_as_before(tables: dict[str, AckedTable]) -> None:
    event = _read(tables["bytes"], b'"pay-api"', b'{"state":"closed"}')
    assert (event.key, event.value) == ("pay-api", b'{"state":"closed"}')
    event = _read(tables["str"], b'"run:1"', b'"started:w1"')
    assert (event.key, event.value) == ("run:1", "started:w1")
    assert _read(tables["str"], b'"run:1"', None).value is None  # a deletion stays one


@pytest.mark.parametrize(
    ("kind", "key", "value", "why"),
    [
        ("bytes", b"\xff\xfe", b"{}", "key does not decode"),
        ("bytes", b"not json", b"{}", "key does not decode"),
        ("bytes", b"5", b"{}", "key is of type int, not str"),
        ("str", b'["a"]', b'"x"', "key is of type list, not str"),
        ("str", b'"run:1"', b"\xff{", "value does not decode"),
        ("str", b'"run:1"', b"12", "value is of type int, not str"),
        ("str", b'"run:1"', b'{"a": 1}', "value is of type dict, not str"),
    ],
)
def test_a_record_that_is_no_entry_reads_as_a_marker_not_an_exception(
    tables: dict[str, AckedTable], kind: str, key: bytes, value: bytes, why: str
) -> None:
    event = _read(tables[kind], key, value)
    marked = [part for part in (event.key, event.value) if isinstance(part, Undecodable)]
    assert len(marked) == 1 and why in marked[0].reason


def test_markers_are_passed_by_with_one_error_each_and_the_entries_applied(
    tables: dict[str, AckedTable], caplog: pytest.LogCaptureFixture
) -> None:
    table = tables["str"]
    batch = [
        _read(table, b'"a"', b'"started:w1"', 1),
        _read(table, b'"b"', b"12", 2),
        _read(table, b"\xff", b'"done"', 3),
        _read(table, b'"c"', b'"done"', 4),
    ]
    with caplog.at_level(logging.ERROR):
        assert readable_entries(table.name, batch) == [batch[0], batch[3]]
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 2 and all("is not one of its entries" in e for e in errors)
    assert "@2" in errors[0] and "@3" in errors[1]
    table.apply_changelog_batch(batch)
    assert dict(table.data.items()) == {"a": "started:w1", "c": "done"}
