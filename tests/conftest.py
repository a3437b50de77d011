"""Shared fixtures: the real embedded broker (or one given by address) and settings."""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.settings import Settings


def _file_rank(item: pytest.Item) -> int:
    """0 for a slow integration test, 1 for another integration test, 2 for the rest."""
    if item.get_closest_marker("integration") is None:
        return 2
    return 0 if item.get_closest_marker("slow") else 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Integration test files first (the slow-marked ones leading), unit test files last.

    ``make test`` hands whole files to two workers (``--dist loadfile``) in this
    order (the Makefile turns off xdist's own ordering by test count, which put
    the integration files, a few slow tests each, last: the run ended on one
    worker with minutes of them while the other stood idle). Started first, the
    long files overlap, and the thousands of short unit tests fill in whichever
    worker frees up first. A file keeps its place as a whole (ranked by its
    first-ranked test) and its tests keep their order.
    """
    rank: dict[str, int] = {}
    for item in items:
        file = item.nodeid.split("::", 1)[0]  # xdist's unit of --dist loadfile
        rank[file] = min(rank.get(file, 2), _file_rank(item))
    items.sort(key=lambda item: rank[item.nodeid.split("::", 1)[0]])  # stable: the order within a rank stays


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """Collect without the cyclic garbage collector, then freeze what collection built.

    Each worker collects all ~13,000 tests: modules, parametrized values and
    items that stay alive for the whole session. The collector ran some 3,000
    passes during collection, and afterwards every full pass walked those
    ~380,000 objects again: measured over the unit tests, 2.4 CPU-s of collection
    and 7.5 of the run went to it. Collected once and frozen (``gc.freeze``, as
    the pipeline process does with what its start-up built), they are left out of
    later passes; everything a test creates is collected as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        if enabled:
            gc.enable()
        gc.collect()  # the cycles collection left behind are freed, not frozen
        gc.freeze()


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Kafka for integration tests: an external cluster by address, or Tansu started here.

    Set ``ERRORFLOW_TEST_KAFKA_BOOTSTRAP`` to run the suite against a real cluster
    (docker-compose or testcontainers started outside pytest).
    """
    external = os.environ.get("ERRORFLOW_TEST_KAFKA_BOOTSTRAP")
    if external:
        yield external
        return
    from errorflow.embedded.tansu import TansuBroker

    with TansuBroker() as broker:
        yield broker.bootstrap


@pytest.fixture
def unique() -> str:
    """A short unique token for per-test topic prefixes, groups and databases."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
def settings(kafka_bootstrap: str, unique: str, tmp_path: Path) -> Settings:
    """Settings isolated to one test: own topic prefix, app id, database and data dir."""
    return Settings(
        data_dir=tmp_path / "data",
        app_id=f"ef-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"t{unique}."},
        clickhouse={"database": f"ef_{unique}"},
    )
