"""A refused record's secret stays out of the worker's log, where its refusal is logged.

A plain producer puts on the breaker feed a record whose ``schema_version`` is a database URL
with its password (a producer that mixed up its fields). The breaker agent refuses it,
quarantines it once (the ``quarantine`` row, scrubbed by the sink) and logs the refusal with
the decode error, whose text echoes the version: the pipeline's log must say what was
refused and where, without the password.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.breaker_support import breaker_settings, breaker_stack
from tests.integration.helpers import wait_for

pytestmark = pytest.mark.integration

MARK = "Zq9logpw"
REFUSED = "detected_by = 'breaker-agent'"


async def _produce(settings: Settings, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(settings.topic(Topics.BREAKER_INPUTS.name), value, key=b"ledger")
    finally:
        await producer.stop()


def test_a_refused_breaker_input_is_logged_without_its_secret(kafka_bootstrap: str, tmp_path: Path) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack")
    hostile = orjson.dumps({"schema_version": f"postgres://app:{MARK}@db:5432/app", "dependency": "ledger"})
    with breaker_stack(settings) as stack:
        asyncio.run(_produce(settings, hostile))
        wait_for(
            lambda: stack.value(f"SELECT count() FROM {{db}}.quarantine WHERE {REFUSED}") == 1,
            timeout_s=90,
            what="the refused breaker input quarantined once",
        )
        (row,) = stack.rows(f"SELECT reason, detail, raw_prefix FROM {{db}}.quarantine WHERE {REFUSED}")
        logs = stack.stack.info.logs if stack.stack.info is not None else {}
        worker_log = Path(logs["pipeline"]).read_text(errors="replace")
    assert row["reason"] == "unsupported_schema_version"
    assert MARK not in repr(row)
    assert "quarantining a bad breaker input" in worker_log, "the refusal is logged"
    assert MARK not in worker_log
