"""A probe's answer leaves the process: a real check failing with a credential in its error text answers it scrubbed.

The runner's ``consumer_group`` and ``lag`` checks start the group probe (an aiokafka admin
client) at every call until it connects. A bootstrap written as a URL with its credentials
(``SASL_SSL://app:password@broker:9092``) fails it with aiokafka's ``Unable to bootstrap from
[('SASL_SSL://app:password@broker', 9092, ...)]``, which ``/readyz`` answered as it was.
No broker is needed for that failure (the name does not resolve); the answer is read over HTTP.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest

from errorflow.health import CheckResult, HealthServer, get_probe
from errorflow.sdk.redact import build_redactor
from errorflow.settings import Settings
from errorflow.streams.groups import GroupProbe

pytestmark = pytest.mark.integration

SECRET = "s3cret-broker-pw"


async def test_a_check_failing_with_a_dsn_answers_it_scrubbed() -> None:
    settings = Settings(kafka={"bootstrap": f"SASL_SSL://app:{SECRET}@127.0.0.1:1", "request_timeout_s": 10})
    probe = GroupProbe(settings)

    async def consumer_group() -> CheckResult:  # as the runner's: start the probe, then ask it
        await probe.start()
        missing = await probe.joined(["g"])
        return CheckResult(ok=not missing, detail=missing.get("g", "joined"))

    server = HealthServer(
        port=0,
        ready={"consumer_group": consumer_group},
        check_timeout_s=30,
        scrub=build_redactor(settings).scrub_text,
    )
    await server.start()
    try:
        status, body = await asyncio.to_thread(get_probe, f"http://127.0.0.1:{server.port}/readyz", timeout_s=60)
    finally:
        await server.stop()
        await probe.stop()
    detail = body["checks"]["consumer_group"]["detail"]
    assert status == 503 and body["checks"]["consumer_group"]["ok"] is False
    assert "Unable to bootstrap" in detail, detail
    assert SECRET not in orjson.dumps(body).decode()
    assert "SASL_SSL://app:" in detail, "the detail is still there, only the password is gone"
