"""``errorflow pipeline`` whose store refuses every event insert for good (run as a subprocess by a test).

The worker starts, migrates and consumes as usual; the first event it stores
fails with a non-retryable :class:`~errorflow.errors.StoreError`, so its
ingest agent dies, which must take the process down with a non-zero status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import errorflow.sinks
from errorflow.cli.main import main
from errorflow.errors import StoreError
from errorflow.settings import Settings
from errorflow.sinks import Store
from tests.integration.sinks.faulty import FaultyStore


class EventsBroken(FaultyStore):
    """Every insert of events fails for good; the rest (migrations, other tables) works."""

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        raise StoreError(f"injected: {table} is broken")


_open_store = errorflow.sinks.open_store


def _open_broken(settings: Settings, **options: Any) -> Store:
    return EventsBroken(_open_store(settings, **options))


if __name__ == "__main__":
    errorflow.sinks.open_store = _open_broken  # type: ignore[assignment]  # the pipeline imports it when built
    raise SystemExit(main(["pipeline"]))
