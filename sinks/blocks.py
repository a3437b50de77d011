"""Rows (mappings) to pyarrow blocks typed after the target table's columns.

Both backends insert Arrow: chDB reads the block from a staging file (``FORMAT ArrowStream``)
and a server gets it through clickhouse-connect's ``insert_arrow``, so a block is built
once, typed from ``DESCRIBE TABLE``, and the same values reach either engine.

A value that cannot become its column's type (``"abc"`` for an ``UInt16``) is
found here, per row, before the store sees the block: :func:`build_block`
returns such rows as rejected with the reason, and builds the block from the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "ORIGIN",
    "Column",
    "arrow_type",
    "datetime_arrow_type",
    "build_block",
    "unwrap_type",
]

ORIGIN = "__origin__"
"""Key of a row that is not a column: where the row came from (the sink's Kafka position of its record).

Blocks leave it out; it stays on a row the store refuses, so the quarantine
record of that row can name the record it came from.
"""

_INT_TYPES: dict[str, pa.DataType] = {
    "Int8": pa.int8(),
    "Int16": pa.int16(),
    "Int32": pa.int32(),
    "Int64": pa.int64(),
    "UInt8": pa.uint8(),
    "UInt16": pa.uint16(),
    "UInt32": pa.uint32(),
    "UInt64": pa.uint64(),
    "Float32": pa.float32(),
    "Float64": pa.float64(),
    "Bool": pa.bool_(),
}
_DT64 = re.compile(r"DateTime64\((\d)(?:\s*,\s*'([^']*)')?\)")
_DT = re.compile(r"DateTime(?:\('([^']*)'\))?")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_UNITS = {0: "s", 1: "ms", 2: "ms", 3: "ms", 4: "us", 5: "us", 6: "us", 7: "ns", 8: "ns", 9: "ns"}


@dataclass(frozen=True)
class Column:
    """One column of a store table, as ``DESCRIBE TABLE`` reports it."""

    name: str
    type: str
    """ClickHouse type, e.g. ``LowCardinality(Nullable(String))``."""
    default_kind: str = ""
    """``""``, ``DEFAULT``, ``MATERIALIZED``, ``ALIAS`` or ``EPHEMERAL``."""

    @property
    def insertable(self) -> bool:
        """True when an insert may provide this column."""
        return self.default_kind in {"", "DEFAULT"}

    @property
    def nullable(self) -> bool:
        """True for ``Nullable(...)`` columns (possibly inside ``LowCardinality``)."""
        return unwrap_type(self.type)[1]


def _split_args(inner: str) -> list[str]:
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(inner):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(inner[start:i].strip())
            start = i + 1
    parts.append(inner[start:].strip())
    return parts


def unwrap_type(ch_type: str) -> tuple[str, bool]:
    """Return ``(base type, nullable)`` with ``LowCardinality``/``Nullable`` wrappers removed."""
    nullable = False
    t = ch_type.strip()
    changed = True
    while changed:
        changed = False
        for wrapper in ("LowCardinality(", "Nullable("):
            if t.startswith(wrapper) and t.endswith(")"):
                nullable = nullable or wrapper == "Nullable("
                t = t[len(wrapper) : -1].strip()
                changed = True
    return t, nullable


def arrow_type(ch_type: str) -> pa.DataType:  # noqa: PLR0911 - a type table reads best as early returns
    """Return the Arrow type a ClickHouse column type is fed from."""
    base, _ = unwrap_type(ch_type)
    if base in _INT_TYPES:
        return _INT_TYPES[base]
    if base in {"String", "UUID", "IPv4", "IPv6", "JSON"} or base.startswith(("FixedString", "Enum", "Object")):
        return pa.string()
    if base in {"Date", "Date32"}:
        return pa.date32()
    match = _DT64.fullmatch(base)
    if match:
        return pa.timestamp(_UNITS[int(match.group(1))], tz=match.group(2) or "UTC")
    match = _DT.fullmatch(base)
    if match:
        return pa.timestamp("s", tz=match.group(1) or "UTC")
    if base.startswith("Array(") and base.endswith(")"):
        return pa.list_(arrow_type(base[len("Array(") : -1]))
    if base.startswith("Map(") and base.endswith(")"):
        key, value = _split_args(base[len("Map(") : -1])
        return pa.map_(arrow_type(key), arrow_type(value))
    if base.startswith("Decimal"):
        return pa.float64()
    return pa.string()


def datetime_arrow_type(ch_type: str) -> pa.DataType | None:
    """Return the Arrow timestamp type of a ClickHouse ``DateTime`` (not ``DateTime64``) type, else None."""
    base, _ = unwrap_type(ch_type)
    match = _DT.fullmatch(base)
    return pa.timestamp("s", tz=match.group(1) or "UTC") if match else None


def _coerce(value: Any, target: pa.DataType) -> Any:  # noqa: PLR0911 - one early return per kind of value
    """Make a Python value acceptable to ``pa.array(..., type=target)`` where that is unambiguous."""
    if value is None:
        return None
    if pa.types.is_string(target):
        if isinstance(value, str):
            return value
        if isinstance(value, (dict, list, tuple)):
            # JSON documents (input_dump, command, error_list) are stored as JSON strings.
            return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
        if isinstance(value, bytes):
            return value.decode("utf-8", errors="replace")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return value
    if pa.types.is_timestamp(target) and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if pa.types.is_date32(target) and isinstance(value, str):
        return date.fromisoformat(value)
    if pa.types.is_map(target) and isinstance(value, Mapping):
        return list(value.items())
    return value


def _default_for(target: pa.DataType) -> Any:  # noqa: PLR0911 - one early return per type family
    if pa.types.is_string(target):
        return ""
    if pa.types.is_boolean(target):
        return False
    if pa.types.is_integer(target) or pa.types.is_floating(target):
        return 0
    if pa.types.is_timestamp(target):
        return _EPOCH
    if pa.types.is_date32(target):
        return _EPOCH.date()
    if pa.types.is_list(target) or pa.types.is_map(target):
        return []
    return None


_CONVERSION_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, ValueError, TypeError)


def _column_array(values: list[Any], column: Column, target: pa.DataType) -> pa.Array:
    coerced = [_coerce(v, target) for v in values]
    if not column.nullable:
        default = _default_for(target)
        coerced = [default if v is None else v for v in coerced]
    return pa.array(coerced, type=target)


def _fast_block(
    rows: Sequence[Mapping[str, Any]], chosen: Sequence[Column], targets: Sequence[pa.DataType]
) -> pa.Table | None:
    """Convert every row in one C-level pass; None when some value needs coercion or is bad."""
    schema = pa.schema([pa.field(c.name, t, nullable=True) for c, t in zip(chosen, targets, strict=True)])
    try:
        table = pa.Table.from_pylist(list(rows), schema=schema)
    except _CONVERSION_ERRORS:
        return None
    for position, (column, target) in enumerate(zip(chosen, targets, strict=True)):
        array = table.column(position)
        if column.nullable or array.null_count == 0:
            continue
        default = _default_for(target)
        if default is None or pa.types.is_map(target) or pa.types.is_list(target):
            return None
        table = table.set_column(position, schema.field(position), pc.fill_null(array, pa.scalar(default, target)))
    return table


def _slow_block(
    rows: Sequence[Mapping[str, Any]],
    kept: list[int],
    chosen: Sequence[Column],
    targets: Sequence[pa.DataType],
    rejected: dict[int, str],
) -> tuple[pa.Table, list[int]]:
    """Convert column by column with coercion, finding the rows whose values cannot be converted."""
    while True:
        arrays: list[pa.Array] = []
        failed = False
        for column, target in zip(chosen, targets, strict=True):
            values = [rows[i].get(column.name) for i in kept]
            try:
                arrays.append(_column_array(values, column, target))
            except _CONVERSION_ERRORS as exc:
                found = 0
                for position, value in zip(list(kept), values, strict=True):
                    try:
                        _column_array([value], column, target)
                    except _CONVERSION_ERRORS as row_exc:
                        rejected[position] = (
                            f"column {column.name} ({column.type}): {type(row_exc).__name__}: {row_exc}"
                        )
                        found += 1
                if not found:
                    # Every value converts alone but not together (mixed kinds): reject the column's rows.
                    for position in kept:
                        rejected[position] = f"column {column.name} ({column.type}): {type(exc).__name__}: {exc}"
                kept = [i for i in kept if i not in rejected]
                failed = True
                break
        if not failed:
            break
    schema = pa.schema([pa.field(c.name, t, nullable=True) for c, t in zip(chosen, targets, strict=True)])
    return pa.Table.from_arrays(arrays, schema=schema), kept


def build_block(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
) -> tuple[pa.Table, list[int], list[tuple[int, str]]]:
    """Build an Arrow block of ``rows`` for a table with ``columns``.

    Only insertable columns some row names are sent, so the rest take their
    ``DEFAULT``; a missing value of a non-``Nullable`` column takes its type's
    default. A key no column has is a mapper bug and rejects the row.

    Rows convert in one vectorised pass; only when that fails (a value that needs
    coercion, such as a dict for a JSON ``String`` column, or a bad value) does the
    column-by-column path run, which coerces and isolates the bad rows.

    Returns:
        ``(table, kept, rejected)``: the block, the indexes (into ``rows``) of the rows
        it holds, in order, and ``(index, reason)`` of every row that cannot be converted.
    """
    by_name = {c.name: c for c in columns if c.insertable}
    rejected: dict[int, str] = {}
    present: set[str] = set().union(*rows) if rows else set()
    present.discard(ORIGIN)
    if not present <= by_name.keys():
        present = set()
        for index, row in enumerate(rows):
            unknown = [key for key in row if key not in by_name and key != ORIGIN]
            if unknown:
                rejected[index] = f"unknown columns: {', '.join(sorted(unknown))}"
            else:
                present.update(row)
        present.discard(ORIGIN)
    chosen = [c for c in columns if c.insertable and c.name in present]
    targets = [arrow_type(c.type) for c in chosen]
    if not chosen:
        return pa.table({}), [], sorted(rejected.items())
    if not rejected:
        table = _fast_block(rows, chosen, targets)
        if table is not None:
            return table, list(range(len(rows))), []
    kept = [i for i in range(len(rows)) if i not in rejected]
    table, kept = _slow_block(rows, kept, chosen, targets, rejected)
    return table, kept, sorted(rejected.items())
