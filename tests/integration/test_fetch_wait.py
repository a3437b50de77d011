"""Every consumer errorflow builds fetches with ``KafkaSettings.fetch_max_wait_s``, Faust's included.

On a quiet topic the fetch wait is each hop's delay (Tansu answers a held fetch only
as it runs out), so a consumer left at a library default (aiokafka 500 ms, Faust a
fixed 1.5 s) would make failures and retries wait. Latency itself is not asserted
(the machine is shared); what is checked is the wait each started consumer's fetcher
really uses. The fetcher's attributes are aiokafka internals: reading them is the
point, since the Faust adapter sets one before start and must notice if that stops working.
"""

from __future__ import annotations

import pytest

from errorflow.settings import Settings
from errorflow.streams.app import FaustTransport, build_app
from errorflow.streams.kafka import make_consumer, make_producer

pytestmark = pytest.mark.integration


def _tuned(settings: Settings) -> Settings:
    kafka = settings.kafka.model_copy(update={"fetch_max_wait_s": 0.035, "linger_s": 0.002})
    return settings.model_copy(update={"kafka": kafka})


async def test_agent_consumers_and_producers_use_the_configured_timing(settings: Settings) -> None:
    tuned = _tuned(settings)
    consumer = make_consumer(tuned, tuned.topic("taskruns.events"), group=f"{tuned.app_id}-fetch-wait")
    producer = make_producer(tuned)
    await consumer.start()
    await producer.start()
    try:
        assert consumer._fetcher._fetch_max_wait_ms == 35
        assert consumer._fetcher._fetch_min_bytes == 1
        assert producer._message_accumulator._linger_time == pytest.approx(0.002)
    finally:
        await consumer.stop()
        await producer.stop()


async def test_faust_worker_consumer_uses_the_configured_wait_not_fausts_fixed_one(settings: Settings) -> None:
    tuned = _tuned(settings)
    app = build_app(tuned, role="runner")
    assert isinstance(app.transport, FaustTransport)
    # The consumer thread builds its aiokafka consumer this way when the worker starts.
    thread = app.consumer._thread
    consumer = thread._create_worker_consumer(app.transport)
    await consumer.start()
    try:
        assert consumer._fetcher._fetch_max_wait_ms == 35
    finally:
        await consumer.stop()
        thread.thread_loop.close()  # the thread never ran: its event loop is ours to close
