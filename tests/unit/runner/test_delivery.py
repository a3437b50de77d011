"""The runner's commit rule: a command's table entry and acknowledgement wait for its records' durability mark."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest

from errorflow.runner.delivery import Delivery, DeliveryPending


class Emitter:
    """An emitter whose records are durable up to ``durable`` (the test moves it)."""

    def __init__(self) -> None:
        self.emitted = 0
        self.durable = 0

    def mark(self) -> int:
        return self.emitted

    def wait_durable(self, mark: int, timeout_s: float) -> bool:
        return self.durable >= mark


@dataclass(eq=False)  # hashed by identity, as Faust's messages in its consumer's sets
class Message:
    topic: str = "commands"
    partition: int = 0
    offset: int = 7
    refcount: int = 1

    def incref(self) -> None:
        self.refcount += 1


@dataclass
class Consumer:
    _unacked_messages: set[Message] = field(default_factory=set)


@dataclass
class App:
    consumer: Consumer = field(default_factory=Consumer)


@dataclass
class Event:
    message: Message = field(default_factory=Message)
    app: App = field(default_factory=App)
    acks: int = 0

    def ack(self) -> None:
        self.acks += 1
        self.message.refcount -= 1


def test_confirm_returns_the_value_once_the_records_are_durable() -> None:
    emitter = Emitter()
    emitter.emitted = emitter.durable = 3
    assert asyncio.run(Delivery(emitter, timeout_s=0).confirm("success", "k")) == "success"


def test_confirm_raises_with_the_mark_value_and_keys_when_not_in_time() -> None:
    emitter = Emitter()
    emitter.emitted = 3
    with pytest.raises(DeliveryPending) as raised:
        asyncio.run(Delivery(emitter, timeout_s=0).confirm("success", "k"))
    assert (raised.value.mark, raised.value.value, raised.value.keys) == (3, "success", ("k",))


def test_a_held_command_is_settled_and_acknowledged_once_its_mark_is_reached() -> None:
    emitter = Emitter()
    emitter.emitted = 3
    delivery = Delivery(emitter, timeout_s=0)
    table: dict[str, str] = {"k": "started:me"}
    event = Event()
    event.app.consumer._unacked_messages.add(event.message)

    async def settle(entries: Mapping[str, str]) -> None:
        table.update(entries)

    async def scenario() -> None:
        delivery.hold(event, DeliveryPending(3, "success", ("k",)), settle)
        # Faust waits for the messages in that set before a rebalance: a held one must not stall it.
        assert event.app.consumer._unacked_messages == set()
        event.ack()  # the stream's own acknowledgement, when the handler returns
        await asyncio.sleep(0.2)
        assert (table["k"], event.message.refcount, delivery.held) == ("started:me", 1, 1), "held, not acknowledged"
        assert delivery.pending("k") is not None, "a redelivered copy is held with it"
        emitter.durable = 3
        await asyncio.gather(*delivery._tasks)

    asyncio.run(scenario())
    assert (table["k"], event.message.refcount, event.acks) == ("success", 0, 2)
    assert delivery.pending("k") is None
