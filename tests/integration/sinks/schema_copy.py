"""A database's migrated schema copied into another database of the same engine, for the sink tests.

``migrate()`` runs some 80 statements (tables, then one ``ALTER`` after another
as the migrations evolved them, a recorded row per migration, the retention
``ALTER``s). A test that only needs the schema in place gets a copy of a
database migrated once per process instead (the ``migrated`` fixture): each
table, view and materialized view created from the statement the engine
reports for the template's (``system.tables.create_table_query``, the schema as
the migrations left it), and the template's ``schema_migrations`` rows. Some 40
statements, each test still on a database of its own. ``test_schema_copy.py``
checks that a copy and a database migrated from scratch cannot be told apart.
"""

from __future__ import annotations

import re

from errorflow.errors import StoreError
from errorflow.sinks import Store
from errorflow.sinks.store import quote_identifier

__all__ = ["copy_schema"]

_VIEWS = ("View", "MaterializedView")


def copy_schema(store: Store, *, template: str, database: str) -> None:
    """Create in ``database`` (created if missing) every table and view of ``template``, and its migration records.

    Tables first, then views (a materialized view needs its source and target);
    a view on another view is created once that one exists.

    Raises:
        StoreError: a table of the template other than ``schema_migrations`` holds rows (a migration that seeds
            data would need them copied too), or a statement failed.
    """
    objects = store.query_rows(
        "SELECT name, engine, total_rows, create_table_query FROM system.tables WHERE database = {db:String}",
        {"db": template},
    )
    seeded = sorted(o["name"] for o in objects if o["name"] != "schema_migrations" and (o["total_rows"] or 0) > 0)
    if seeded:
        raise StoreError(f"the template's tables {seeded} hold rows: copy_schema copies only the schema")
    qualified = re.compile(rf"(?<![\w`]){re.escape(template)}\.")
    target = quote_identifier(database)
    store.execute(f"CREATE DATABASE IF NOT EXISTS {target}")
    pending = sorted(objects, key=lambda o: o["engine"] in _VIEWS)  # stable: tables first
    while pending:
        failed: list[tuple[dict[str, object], StoreError]] = []
        for item in pending:
            try:
                store.execute(qualified.sub(f"{target}.", str(item["create_table_query"])))
            except StoreError as exc:
                if item["engine"] not in _VIEWS:
                    raise
                failed.append((item, exc))  # a view on a view not created yet
        if len(failed) == len(pending):
            raise failed[0][1]
        pending = [item for item, _ in failed]
    store.execute(
        f"INSERT INTO {target}.schema_migrations SELECT * FROM {quote_identifier(template)}.schema_migrations"
    )
