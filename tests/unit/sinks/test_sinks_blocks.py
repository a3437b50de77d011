"""Rows to Arrow blocks typed after ClickHouse columns; bad values are found per row."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa
import pytest

from errorflow.sinks.blocks import Column, arrow_type, build_block, datetime_arrow_type, unwrap_type


@pytest.mark.parametrize(
    ("ch_type", "expected"),
    [
        ("String", pa.string()),
        ("LowCardinality(String)", pa.string()),
        ("LowCardinality(Nullable(String))", pa.string()),
        ("Nullable(UInt32)", pa.uint32()),
        ("UInt16", pa.uint16()),
        ("Int64", pa.int64()),
        ("Float64", pa.float64()),
        ("Bool", pa.bool_()),
        ("UUID", pa.string()),
        ("Enum8('a' = 1, 'b' = 2)", pa.string()),
        ("Date", pa.date32()),
        ("DateTime64(3, 'UTC')", pa.timestamp("ms", tz="UTC")),
        ("DateTime64(6)", pa.timestamp("us", tz="UTC")),
        ("DateTime('UTC')", pa.timestamp("s", tz="UTC")),
        ("Nullable(DateTime64(3, 'UTC'))", pa.timestamp("ms", tz="UTC")),
        ("Array(String)", pa.list_(pa.string())),
        ("Map(String, String)", pa.map_(pa.string(), pa.string())),
        ("Map(LowCardinality(String), Array(UInt8))", pa.map_(pa.string(), pa.list_(pa.uint8()))),
    ],
)
def test_arrow_type_of_each_clickhouse_type(ch_type: str, expected: pa.DataType) -> None:
    assert arrow_type(ch_type) == expected


def test_wrappers_and_datetime_detection() -> None:
    assert unwrap_type("LowCardinality(Nullable(String))") == ("String", True)
    assert unwrap_type("String") == ("String", False)
    assert datetime_arrow_type("Nullable(DateTime('UTC'))") == pa.timestamp("s", tz="UTC")
    assert datetime_arrow_type("DateTime64(3, 'UTC')") is None
    assert datetime_arrow_type("UInt32") is None


COLUMNS = [
    Column("id", "String"),
    Column("n", "UInt16"),
    Column("note", "Nullable(String)"),
    Column("doc", "String", "DEFAULT"),
    Column("at", "DateTime64(3, 'UTC')"),
    Column("day", "Date"),
    Column("labels", "Map(String, String)"),
    Column("derived", "String", "MATERIALIZED"),
]
AT = datetime(2025, 1, 6, 10, 0, 0, 123000, tzinfo=timezone.utc)


def test_good_rows_convert_in_one_pass_and_missing_values_take_defaults() -> None:
    rows = [
        {"id": "a", "n": 1, "note": None, "at": AT, "day": date(2025, 1, 6), "labels": {"k": "v"}},
        {"id": "b", "n": None, "at": AT, "day": date(2025, 1, 6), "labels": {}},
    ]
    table, kept, rejected = build_block(rows, COLUMNS)
    assert (kept, rejected) == ([0, 1], [])
    assert table.column_names == ["id", "n", "note", "at", "day", "labels"]  # doc takes its DEFAULT
    assert table.column("n").to_pylist() == [1, 0]  # non-Nullable: the type's default, never NULL
    assert table.column("note").to_pylist() == [None, None]
    assert table.column("at").to_pylist()[0] == AT


def test_values_needing_coercion_take_the_slow_path() -> None:
    rows = [
        {"id": "a", "doc": {"x": [1, 2]}, "at": "2025-01-06T10:00:00.123Z", "day": "2025-01-06", "n": 3},
        {"id": 7, "doc": ["y"], "at": 1736157600123, "day": date(2025, 1, 6), "n": 4},
    ]
    table, kept, rejected = build_block(rows, COLUMNS)
    assert (kept, rejected) == ([0, 1], [])
    assert table.column("doc").to_pylist() == ['{"x":[1,2]}', '["y"]']
    assert table.column("id").to_pylist() == ["a", "7"]
    assert table.column("at").to_pylist() == [AT, AT]


def test_bad_values_reject_their_rows_only() -> None:
    rows = [
        {"id": "ok1", "n": 1, "at": AT},
        {"id": "text", "n": "three", "at": AT},
        {"id": "big", "n": 70_000, "at": AT},
        {"id": "unknown", "n": 1, "at": AT, "colour": "red"},
        {"id": "materialized", "derived": "x", "at": AT},
        {"id": "ok2", "n": 2, "at": AT},
    ]
    table, kept, rejected = build_block(rows, COLUMNS)
    assert kept == [0, 5]
    assert table.column("id").to_pylist() == ["ok1", "ok2"]
    reasons = dict(rejected)
    assert set(reasons) == {1, 2, 3, 4}
    assert "column n (UInt16)" in reasons[1] and "column n" in reasons[2]
    assert reasons[3] == "unknown columns: colour"
    assert reasons[4] == "unknown columns: derived"


def test_no_rows_no_columns() -> None:
    table, kept, rejected = build_block([], COLUMNS)
    assert (table.num_rows, kept, rejected) == (0, [], [])
