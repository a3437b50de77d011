"""Fixtures of the ClickHouse-layer tests: one chDB engine for the process, one database per test.

chDB runs one engine per process, at one path. ``chdb_engine`` opens it once
for the session (and keeps it open); each test gets a :class:`ChdbStore` on its
own uuid-named database in that engine, dropped afterwards. A test that needs
the schema in place (``migrated``) gets a copy of a database migrated once per
process (``schema_template``, see ``schema_copy.py``) rather than running the
migrations again; the tests of ``migrate()`` itself start from ``store``.

``ERRORFLOW_TEST_CLICKHOUSE_URL`` (``http://user:pass@host:8123``) additionally
runs the server-backend tests against that server; without it they start a
ClickHouse testcontainer when a Docker engine is reachable, and skip otherwise.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator

import pytest

from errorflow.settings import SinkSettings
from errorflow.sinks import ChdbStore, ServerStore, migrate
from tests.integration.sinks.schema_copy import copy_schema


@pytest.fixture(scope="session")
def chdb_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChdbStore]:
    """The process's one chDB engine, held open for the whole session."""
    anchor = ChdbStore(tmp_path_factory.mktemp("chdb"), database="ef_session_anchor")
    yield anchor
    anchor.close()


@pytest.fixture
def database() -> str:
    """A database name no other test uses."""
    return f"ef_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def store(chdb_engine: ChdbStore, database: str) -> Iterator[ChdbStore]:
    """A chDB store on this test's own database (dropped after the test)."""
    opened = ChdbStore(chdb_engine.path, database=database)
    yield opened
    opened.execute(f"DROP DATABASE IF EXISTS `{database}` SYNC")
    opened.close()


@pytest.fixture(scope="session")
def schema_template(chdb_engine: ChdbStore) -> Iterator[str]:
    """A database of the session's engine migrated once: what each test's ``migrated`` database is a copy of."""
    name = f"ef_template_{uuid.uuid4().hex[:12]}"
    template = ChdbStore(chdb_engine.path, database=name)
    migrate(template, database=name)
    yield name
    template.execute(f"DROP DATABASE IF EXISTS `{name}` SYNC")
    template.close()


@pytest.fixture
def migrated(store: ChdbStore, database: str, schema_template: str) -> ChdbStore:
    """The test's store with errorflow's schema applied: the migrated template's, copied (``test_schema_copy.py``)."""
    copy_schema(store, template=schema_template, database=database)
    return store


@pytest.fixture(params=["arrow", "json"])
def sink_path(request: pytest.FixtureRequest) -> str:
    """The writer's two ways into taskrun_events: Arrow blocks of rows, or events' own JSON text."""
    return str(request.param)


@pytest.fixture
def sink_settings() -> SinkSettings:
    """Writer settings for tests: realistic batches, two fast attempts' worth of patience."""
    return SinkSettings(batch_max_rows=20_000, batch_max_interval_s=0.5, buffer_max_rows=200_000, insert_attempts=3)


def _docker_reachable() -> bool:
    """True when a Docker engine answers ``/_ping`` (DOCKER_HOST tcp:// or unix://, or the default socket)."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    try:
        if host.startswith("tcp://"):
            address, _, port = host[len("tcp://") :].partition(":")
            sock = socket.create_connection((address, int(port or 2375)), timeout=2)
        elif host.startswith("unix://"):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(2)
            try:
                sock.connect(host[len("unix://") :])
            except OSError:
                sock.close()
                raise
        else:
            return False
        with sock:
            sock.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            return b"OK" in sock.recv(1024)
    except OSError:
        return False


@pytest.fixture(scope="session")
def clickhouse_url() -> Iterator[str]:
    """A ClickHouse server: ERRORFLOW_TEST_CLICKHOUSE_URL, else a testcontainer; skips when neither exists."""
    url = os.environ.get("ERRORFLOW_TEST_CLICKHOUSE_URL")
    if url:
        yield url
        return
    if not _docker_reachable():
        pytest.skip("no ClickHouse server: set ERRORFLOW_TEST_CLICKHOUSE_URL or make a Docker engine reachable")
    from testcontainers.community.clickhouse import ClickHouseContainer

    # The container exposes the native port and 8123 (HTTP), which clickhouse-connect speaks.
    with ClickHouseContainer("clickhouse/clickhouse-server:24.8") as container:
        host = container.get_container_host_ip()
        port = container.get_exposed_port(8123)
        yield f"http://{container.username}:{container.password}@{host}:{port}"


@pytest.fixture
def server_store(clickhouse_url: str, database: str) -> Iterator[ServerStore]:
    """A server store on this test's own database (dropped after the test)."""
    opened = ServerStore(clickhouse_url, database=database)
    yield opened
    opened.execute(f"DROP DATABASE IF EXISTS `{database}` SYNC")
    opened.close()
