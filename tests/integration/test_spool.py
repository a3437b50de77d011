"""Events emitted while the broker is down are spooled and delivered once it is back."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from errorflow.embedded.tansu import TansuBroker
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import ConfluentEmitter, KafkaEmitter, configure, operation, shutdown
from errorflow.settings import Settings
from tests.integration.helpers import consume_all, create_topics
from tests.lifecycle import expand

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("kind", [KafkaEmitter, ConfluentEmitter], ids=["aiokafka", "confluent"])
def test_events_spooled_while_broker_down_arrive_once_in_order(
    tmp_path: Path, kind: type[KafkaEmitter], reserved_port: Callable[[], int]
) -> None:
    port = reserved_port()
    bootstrap = f"127.0.0.1:{port}"
    settings = Settings(
        data_dir=tmp_path,
        kafka={"bootstrap": bootstrap, "topic_prefix": "spool."},
        sdk={"lifecycle_after_s": 3600.0},  # quick calls: one record each, carrying the lifecycle times
    )
    emitter = kind(bootstrap=bootstrap, spool_dir=tmp_path / "spool", request_timeout_s=2.0, reconnect_interval_s=0.5)
    configure(settings, emitter=emitter, service="spool-svc")
    try:

        @operation(name="spool_op", register=False)
        def work(n: int) -> int:
            if n % 2:
                raise ValueError(f"odd {n}")
            return n

        for n in range(20):
            try:
                work(n)
            except ValueError:
                pass
        emitter.flush(timeout_s=5)
        assert emitter.spool.pending(), "with no broker the events must be on disk"
        assert emitter.sent == 0

        with TansuBroker(port=port):
            create_topics(settings, "taskruns.events")  # as the pipeline's start does
            # The emitter drains the spool on its own once the broker answers.
            records = asyncio.run(consume_all(bootstrap, "spool.taskruns.events", expect=20, timeout_s=30))
            assert emitter.flush(timeout_s=5) is True
            assert emitter.sent == 20
            assert len(records) == 20, "one record per quick call"
            events = expand([decode(value, TaskRunEvent) for _, value, _ in records])
            assert len(events) == 60, "20 runs x (pending, running, final)"
            assert len({e.event_id for e in events}) == 60, "no duplicates"
            failed = [e for e in events if e.status is TaskRunStatus.FAILED]
            assert sorted(e.input_dump["n"] for e in failed) == list(range(1, 20, 2))
            by_run: dict[str, list[str]] = {}
            for event in events:
                by_run.setdefault(event.run_id, []).append(event.status.value)
            assert all(statuses[:2] == ["pending", "running"] for statuses in by_run.values()), "order kept per run"
            assert not emitter.spool.pending()
    finally:
        shutdown(timeout_s=2)
