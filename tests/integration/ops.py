"""Operations the integration tests run through the function runner."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field

from errorflow.sdk import current_run, operation


class GreetInput(BaseModel):
    name: str = Field(min_length=1)
    times: int = Field(ge=1, le=10)
    api_key: str = "k"


@operation(name="it_greet", inputs=GreetInput, service="it-runner", dependency="none")
async def greet(data: GreetInput) -> dict[str, str]:
    run = current_run()
    if data.name == "boom":
        raise RuntimeError(f"boom on attempt {run.attempt if run else 0}")
    return {"greeting": f"hello {data.name}" * data.times, "key": run.idempotency_key if run else ""}


@operation(name="it_sync_add", service="it-runner")
def sync_add(a: int, b: int) -> int:
    return a + b


@operation(name="it_slow_add", service="it-runner")
async def slow_add(a: int, b: int, seconds: float) -> int:
    """An addition that takes ``seconds``: a run still going when a short ``submit --wait`` gives up."""
    await asyncio.sleep(seconds)
    return a + b
