"""Records on the breaker table's changelog that the agent did not write stop nothing at the next start.

The table is rebuilt from ``<app id>-pipeline-breakers-changelog`` at every start, and anything
with rights on the topic may have written to it. Real Tansu and the real agent in a Faust worker
(``breaker_agent_child``): a first agent writes one breaker's entry; then a plain producer adds
records it never wrote (keys that are not UTF-8 or not a string, the last one of its partition; a
value that is not JSON, a JSON string, an object of no breaker, another dependency's snapshot) and
a valid entry of an open breaker whose wait has ended. Restarted, the agent must keep running:
Faust's recovery waited for ever for a last record it could not decode (the worker never started),
and the wake-up timer read every entry unguarded, its exception crashing the whole worker (every
agent of the pipeline) at each start, for good.
The open breaker is woken, the good entry is recovered, an input to a breaker whose entry cannot
be read becomes one quarantine record naming why, and the inputs after it are applied.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.breaker_support import send_operator
from tests.integration.helpers import Child, own_settings, wait_for
from tests.integration.test_breaker_publish import _all_committed, _history, _read

pytestmark = pytest.mark.integration

DEADLINE_S = 90.0


def _agent(settings: Settings, tmp_path: Path, name: str) -> Child:
    gates = tmp_path / "gates"
    gates.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "tests.integration.breaker_agent_child", str(gates)]
    return Child(command, settings, tmp_path / f"{name}.log")


def _changelog(settings: Settings) -> str:
    return f"{settings.app_id}-pipeline-breakers-changelog"


def _produce(settings: Settings, topic: str, records: list[tuple[bytes, bytes]]) -> None:
    async def produce() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap)
        await producer.start()
        try:
            for key, value in records:
                await producer.send_and_wait(topic, value, key=key, partition=0)
        finally:
            await producer.stop()

    asyncio.run(produce())


def _entry(settings: Settings, dependency: str) -> dict[str, Any]:
    """The newest changelog entry the agent wrote for ``dependency``."""
    entries = [orjson.loads(value or b"null") for key, value in _read(settings, _changelog(settings))]
    return [entry for entry in entries if entry and entry.get("dependency") == dependency][-1]


def test_entries_the_agent_did_not_write_neither_crash_it_nor_hold_up_other_breakers(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = own_settings(kafka_bootstrap, tmp_path / "data", "brkcl")
    first = _agent(settings, tmp_path, "agent-1")
    try:
        send_operator(settings, "kept-api", "force_open")
        wait_for(lambda: _history(settings, "kept-api"), timeout_s=DEADLINE_S, what="the first agent at work")
        wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="its input committed")
    finally:
        first.kill()
        first.process.wait()
    kept = _entry(settings, "kept-api")
    # An open breaker whose wait ended a minute ago: the timer must send its wake-up.
    due = kept | {"dependency": "due-api", "state": "open", "open_until": time.time() - 60, "input": None}
    _produce(
        settings,
        _changelog(settings),
        [
            (b"\xff\xfe", b"\xff{"),
            (b'"junk-api"', b"\xff{"),
            (b'"text-api"', b'"not a snapshot"'),
            (b'"shape-api"', b'{"x": 1}'),
            (b'"alias-api"', orjson.dumps(kept)),
            (b'"due-api"', orjson.dumps(due)),
            (b"5", orjson.dumps(kept)),
            # The last record of its partition: Faust's recovery waited for ever for a record it could not decode.
            (b"\xff\xfe", b"{}"),
        ],
    )
    second = _agent(settings, tmp_path, "agent-2")
    try:
        for dependency in ("junk-api", "text-api", "shape-api", "alias-api"):
            send_operator(settings, dependency, "force_open")
        send_operator(settings, "kept-api", "force_close")
        wait_for(lambda: len(_history(settings, "kept-api")) == 2, timeout_s=DEADLINE_S, what="the later input")
        wait_for(lambda: _history(settings, "due-api"), timeout_s=DEADLINE_S, what="the due breaker woken")
        wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="every input committed")
        # A timer turn (0.2 s) after another, on every entry: it would have crashed the worker by now.
        send_operator(settings, "after-api", "force_open")
        wait_for(lambda: _history(settings, "after-api"), timeout_s=DEADLINE_S, what="an input after the wake")
        assert second.process.poll() is None, second.log.read_text(errors="replace")[-3000:]
    finally:
        second.kill()
    assert not second.said("Crashed"), second.log.read_text(errors="replace")[-3000:]
    # The good entry was recovered (the close is its second transition); the due breaker half-opened.
    assert _history(settings, "kept-api") == [(1, "forced_open"), (2, "closed")]
    assert _history(settings, "due-api") == [(2, "half_open")]
    quarantined = [orjson.loads(value or b"") for _, value in _read(settings, settings.topic(Topics.QUARANTINE.name))]
    assert sorted((q["key"], q["reason"]) for q in quarantined) == [
        (dependency, "unreadable_table_entry") for dependency in ("alias-api", "junk-api", "shape-api", "text-api")
    ]
    assert all(q["detected_by"] == "breaker-agent" for q in quarantined)
    assert "names another dependency" in next(q["detail"] for q in quarantined if q["key"] == "alias-api")
    for dependency in ("junk-api", "text-api", "shape-api", "alias-api"):
        assert _history(settings, dependency) == []
    assert second.said("is not woken: its table entry cannot be read")
    assert second.count("is not one of its entries") == 3  # the two keys that are not UTF-8, the key 5
