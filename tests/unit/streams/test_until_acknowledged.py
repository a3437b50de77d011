"""until_acknowledged: a try that fails (an error, or no answer in time) is sent again until one is acknowledged."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import pytest
from aiokafka.errors import MessageSizeTooLargeError, RecordListTooLargeError
from faust.exceptions import ProducerSendError

from errorflow.errors import RecordRefusedError
from errorflow.streams import confirmed
from errorflow.streams.confirmed import until_acknowledged


class Tries:
    """A send whose first ``failing`` tries fail as listed: an exception, or ``"hang"`` (never acknowledged)."""

    def __init__(self, *failing: Exception | str) -> None:
        self.failing = list(failing)
        self.count = 0

    async def __call__(self) -> list[Awaitable[Any]]:
        self.count += 1
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        outcome = self.failing.pop(0) if self.failing else None
        if isinstance(outcome, Exception):
            future.set_exception(outcome)
        elif outcome is None:
            future.set_result("acknowledged")
        return [future]  # "hang": left pending


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confirmed, "BACKOFF_S", (0.0, 0.0))


def test_failed_and_unanswered_tries_are_sent_again_until_one_is_acknowledged() -> None:
    send = Tries(ConnectionError("refused"), "hang", TimeoutError("request timed out"))
    assert asyncio.run(until_acknowledged(send, timeout_s=0.01, what="records")) == 3
    assert send.count == 4


def test_a_send_that_raises_before_handing_records_over_is_a_failed_try() -> None:
    calls = 0

    async def send() -> list[Awaitable[Any]]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("the producer's buffer is full")
        return []

    assert asyncio.run(until_acknowledged(send, timeout_s=0.01, what="records")) == 1


def test_with_a_number_of_tries_the_last_failure_is_raised() -> None:
    send = Tries(ConnectionError("refused"), ConnectionError("refused again"))
    with pytest.raises(ConnectionError, match="again"):
        asyncio.run(until_acknowledged(send, timeout_s=0.01, what="records", tries=2))
    assert send.count == 2


def test_a_record_refused_for_good_is_not_sent_again_but_raised() -> None:
    send = Tries(ConnectionError("refused"), MessageSizeTooLargeError(), MessageSizeTooLargeError())
    with pytest.raises(RecordRefusedError, match="the dead letter refused for good") as raised:
        asyncio.run(until_acknowledged(send, timeout_s=0.01, what="the dead letter"))
    assert send.count == 2, "the connection error tried again, the refusal not"
    assert isinstance(raised.value.__cause__, MessageSizeTooLargeError)


def test_a_refusal_wrapped_by_faust_is_a_refusal() -> None:
    wrapped = ProducerSendError("Error while sending")
    wrapped.__cause__ = RecordListTooLargeError("breakers.state")
    with pytest.raises(RecordRefusedError):
        asyncio.run(until_acknowledged(Tries(wrapped), timeout_s=0.01, what="a transition"))


def test_a_record_nothing_can_replace_is_held_while_refused_and_sent_once_the_topic_takes_it() -> None:
    send = Tries(MessageSizeTooLargeError(), MessageSizeTooLargeError())
    assert asyncio.run(until_acknowledged(send, timeout_s=0.01, what="a quarantine record", hold_refused=True)) == 2
    assert send.count == 3


def test_a_try_given_up_leaves_the_producers_futures_to_the_producer() -> None:
    """The futures of a try that timed out are not cancelled: the producer (Faust) settles them later."""
    handed: list[asyncio.Future[Any]] = []

    async def send() -> list[Awaitable[Any]]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if not handed:
            handed.append(future)  # never answered in time
        else:
            future.set_result("acknowledged")
        return [future]

    async def run() -> None:
        await until_acknowledged(send, timeout_s=0.01, what="records")
        handed[0].set_exception(TimeoutError("the producer's own request timeout"))  # fails on a cancelled future

    asyncio.run(run())
    assert not handed[0].cancelled()
