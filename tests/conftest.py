"""Shared fixtures: the real embedded broker (or one given by address) and settings."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.settings import Settings


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
