"""A number under a key that names secrets only in the plural is a count, not a secret (``max_tokens``).

Hiding it put the redaction marker into the input of every LLM call made with ``max_tokens``, and
recovery refuses to re-run a direct call whose input holds the marker: a rate-limited call was
dead-lettered instead of retried.
"""

from __future__ import annotations

from typing import Any

import pytest

from errorflow.redacted import REDACTED
from errorflow.schemas import TaskRunEvent, decode
from errorflow.sdk import MemoryEmitter, configure, operation, runtime, shutdown
from errorflow.sdk.scrub import Scrubber
from errorflow.settings import Settings


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_tokens", 512),
        ("prompt_tokens", 10),
        ("completion-tokens", 3.5),
        ("api_keys", 2),
        ("secrets", 4),
        ("passwords", 12),
    ],
)
def test_a_number_under_a_plural_secret_name_is_kept(key: str, value: Any) -> None:
    scrubber = Scrubber()
    assert scrubber.scrub({key: value}) == {key: value}
    assert scrubber.scrub_input({key: value}) == {key: value}
    assert scrubber.scrub([(key, value)]) == [[key, value]]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tokens", ["ghx-opaque-1"]),  # a list of tokens is not a count
        ("max_tokens", "512"),  # text may be anything
        ("tokens", {"a": 1}),
        ("token", 5),  # the singular names the secret itself
        ("password", 1234),
        ("token_secret", 3),  # a singular name followed by more words: hidden
        ("secret", 2),  # a singular name's number may be a PIN or an OTP seed: hidden (only plurals are counts)
        ("access_tokens_token", 1),  # one singular occurrence is enough
    ],
)
def test_anything_else_under_a_secret_name_is_hidden(key: str, value: Any) -> None:
    scrubber = Scrubber()
    assert scrubber.scrub_input({key: value}) == {key: REDACTED}
    assert scrubber.scrub_input([(key, value)]) == [[key, REDACTED]]


def test_a_decorated_call_with_max_tokens_has_no_redaction_marker_in_its_input() -> None:
    emitter = MemoryEmitter()
    configure(Settings(sdk={"watch_breakers": False}), emitter=emitter, service="unit-svc")
    try:

        @operation(name="complete", register=False)
        def complete(prompt: str, max_tokens: int, api_key: str) -> str:
            return prompt

        complete("hi", 512, "sk-live-abc")  # positional: the quick path
        complete(prompt="hi", max_tokens=512, api_key="sk-live-abc")  # keywords: the general path
        topic = runtime().settings.topic("taskruns.events")
        events = [decode(record.value, TaskRunEvent) for record in emitter.records if record.topic == topic]
    finally:
        shutdown()
    dumps = [event.input_dump for event in events if event.input_dump]
    assert len({event.run_id for event in events if event.input_dump}) == 2, "both calls carry their input"
    for dump in dumps:
        assert dump["max_tokens"] == 512
        assert dump["api_key"] == REDACTED
