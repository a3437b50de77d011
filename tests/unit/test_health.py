"""The probes' verdicts: every check must pass; a check that raises or hangs fails with the reason."""

from __future__ import annotations

import asyncio

from errorflow.health import CheckResult, HealthServer


async def test_all_checks_must_pass_and_failures_carry_their_reason() -> None:
    never = asyncio.Event()

    async def ok() -> CheckResult:
        return CheckResult(ok=True, detail="answers")

    async def not_joined() -> CheckResult:
        return CheckResult(ok=False, detail="it-sink: PreparingRebalance, 0 member(s)")

    async def raises() -> CheckResult:
        raise ConnectionRefusedError("broker away")

    async def hangs() -> CheckResult:
        await never.wait()
        return CheckResult(ok=True)

    server = HealthServer(port=0, check_timeout_s=0.05, scrub=str)
    assert await server.evaluate({"store": ok}) == (True, {"store": {"ok": True, "detail": "answers"}})
    passed, report = await server.evaluate({"store": ok, "groups": not_joined, "lag": raises, "slow": hangs})
    assert not passed
    assert report["store"]["ok"] and not report["groups"]["ok"]
    assert report["groups"]["detail"].startswith("it-sink")
    assert report["lag"] == {"ok": False, "detail": "ConnectionRefusedError: broker away"}
    assert report["slow"] == {"ok": False, "detail": "no answer within 0.05s"}
    assert await server.evaluate({}) == (True, {})


async def test_every_detail_is_scrubbed_and_a_hostile_error_text_still_fails_the_check() -> None:
    class Unprintable(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no text")

    async def leaks() -> CheckResult:
        return CheckResult(ok=False, detail="lag: postgres://app:pw@db/app refused")

    async def unprintable() -> CheckResult:
        raise Unprintable("x")

    server = HealthServer(port=0, scrub=lambda text: text.replace("pw", "***"))
    passed, report = await server.evaluate({"lag": leaks, "store": unprintable})
    assert not passed
    assert report["lag"]["detail"] == "lag: postgres://app:***@db/app refused"
    assert report["store"] == {
        "ok": False,
        "detail": "Unprintable: <unprintable Unprintable: __str__ raised RuntimeError> args=('x')",
    }

    def broken(text: str) -> str:
        raise ValueError(text)

    server = HealthServer(port=0, scrub=broken)
    _, report = await server.evaluate({"lag": leaks})
    assert report["lag"] == {"ok": False, "detail": "<a detail that could not be scrubbed: ValueError>"}
