"""The classifier's and recovery's byte pre-filters never skip a record they act on (differential, hostile encodings).

Every event below is written many ways a producer other than the SDK may write it: any key
order, whitespace, each letter of a key or value ``\\u``-escaped (either case of hex),
duplicate keys in both orders, the word elsewhere in the record, non-ASCII text escaped. For
each spelling the consumers' own decoders (the wire check, the contract model) say whether
the consumer acts on it; whenever one does, the filter must
let the record through. The filters must still skip the plain records they are for.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any

import orjson
import pytest

from errorflow.agents import classifier, recovery
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.codec import decode
from errorflow.schemas.prefilter import MayHoldString
from errorflow.schemas.wire import check_event

BASE: dict[str, Any] = orjson.loads(
    encode(
        TaskRunEvent(
            run_id="run-1",
            root_run_id="root-1",
            operation="sync_crm",
            service="svc",
            status=TaskRunStatus.FAILED,
            channel="direct",
            dependency="crm-api",
            error_type="builtins.TimeoutError",
            error_message="Read timed out",
            heartbeat_timeout_s=5.0,
        )
    )
)
FIELDS = ("status", "channel", "dependency")


def _escape(text: str, positions: set[int], *, upper: bool = False) -> str:
    """``text`` as the inside of a JSON string, the characters at ``positions`` written as ``\\uXXXX``."""
    out = []
    for index, char in enumerate(text):
        if index in positions:
            code = f"{ord(char):04x}"
            out.append("\\u" + (code.upper() if upper else code))
        else:
            out.append(json.dumps(char, ensure_ascii=False)[1:-1])
    return "".join(out)


def _object(pairs: list[tuple[str, str]], *, sep: str = ",", colon: str = ":") -> bytes:
    """A JSON object from ``(key text, value JSON)`` pairs written as they are (escapes and duplicates kept)."""
    return ("{" + sep.join(f'"{key}"{colon}{value}' for key, value in pairs) + "}").encode()


def _pairs(event: dict[str, Any]) -> list[tuple[str, str]]:
    return [(_escape(key, set()), json.dumps(value, ensure_ascii=False)) for key, value in event.items()]


def _spellings(event: dict[str, Any]) -> Iterator[bytes]:
    """Many spellings of one event, each decoding (when the decoders accept it) to ``event`` or a variant of it."""
    pairs = _pairs(event)
    yield orjson.dumps(event)
    yield json.dumps(event, indent=2).encode()
    yield json.dumps(event, ensure_ascii=True, separators=(" , ", " : ")).encode()
    yield _object(pairs, sep=",\r\n\t ", colon=" \t:\n ")
    yield _object(list(reversed(pairs)))
    yield orjson.dumps(event | {"error_message": "\u00e9chec: failed, timed_out, running, success, direct"})
    for field in FIELDS:
        value = event.get(field)
        for key_positions, value_positions, upper in itertools.product(
            ({}, {0}, {1, 3}), ({0}, {1}, {2, 4}, None), (False, True)
        ):
            written: list[tuple[str, str]] = []
            for key, raw in pairs:
                if key != field:
                    written.append((key, raw))
                    continue
                key_text = _escape(field, set(key_positions), upper=upper)
                if isinstance(value, str):
                    positions = set(range(len(value))) if value_positions is None else set(value_positions)
                    raw = '"' + _escape(value, {p for p in positions if p < len(value)}, upper=upper) + '"'
                written.append((key_text, raw))
            yield _object(written)
        # Duplicate keys, in both orders: the decoders keep one of them; the filter must allow for either.
        for other in ("success", "failed", "running", None, "worker", "direct", "x"):
            decoy = json.dumps(other)
            yield _object([*pairs, (field, decoy)])
            yield _object([(field, decoy), *pairs])
            yield _object([*pairs, (_escape(field, {0}), decoy)])
    # The words appear elsewhere only.
    yield orjson.dumps(event | {"labels": {"failed": "success", "direct": "running"}})


def _events() -> Iterator[dict[str, Any]]:
    for status, channel, dependency in itertools.product(
        [s.value for s in TaskRunStatus], ["direct", "worker", None], ["crm-api", None, ""]
    ):
        yield BASE | {"status": status, "event_type": f"taskrun.{status}", "channel": channel, "dependency": dependency}


def _decoded(value: bytes) -> list[Any]:
    """What each decoder a consumer uses reads from ``value`` (the wire check, the contract model)."""
    views: list[Any] = []
    wire = check_event(value)
    if wire is not None:
        views.append(wire)
    try:
        views.append(decode(value, TaskRunEvent, max_bytes=1_000_000))
    except Exception:  # refused: the consumers skip it too
        pass
    return views


def _status(view: Any) -> str:
    return str(getattr(view.status, "value", view.status))


FILTERS: list[tuple[str, Callable[[bytes], bool], Callable[[bytes], bool]]] = [
    (
        "classifier: failures",
        classifier.MAY_BE_FAILURE,
        lambda v: any(_status(view) in ("failed", "timed_out") for view in _decoded(v)),
    ),
    (
        "recovery: failures of direct calls",
        recovery._may_need_decision,
        lambda v: any(_status(view) in ("failed", "timed_out") and view.channel == "direct" for view in _decoded(v)),
    ),
]


@pytest.mark.parametrize(("name", "prefilter", "acts"), FILTERS, ids=[f[0] for f in FILTERS])
def test_a_record_a_consumer_acts_on_is_never_skipped(
    name: str, prefilter: Callable[[bytes], bool], acts: Callable[[bytes], bool]
) -> None:
    checked = acted = skipped = 0
    for event in _events():
        for value in _spellings(event):
            checked += 1
            if acts(value):
                acted += 1
                assert prefilter(value), f"{name} skipped a record its consumer acts on: {value!r}"
            elif not prefilter(value):
                skipped += 1
    # The spellings exercise both sides: records acted on, and records the filter really skips.
    assert checked > 1000 and acted > 100 and skipped > 100, (checked, acted, skipped)


def test_escaped_spellings_decode_to_the_plain_values() -> None:
    """The hostile spellings are real: the decoders read an escaped status as the status itself."""
    value = b'{"st\\u0061tus":"\\u0066aIled"}'.replace(b"I", b"i")
    assert orjson.loads(value) == {"status": "failed"}
    event = dict(BASE)
    spelled = _object([(k, '"\\u0066\\u0061iled"') if k == "status" else (k, v) for k, v in _pairs(event)])
    assert _status(decode(spelled, TaskRunEvent)) == "failed"
    wire = check_event(spelled)
    assert wire is not None and wire.status == "failed"


@pytest.mark.parametrize(
    ("prefilter", "skips", "passes"),
    [
        (
            classifier.MAY_BE_FAILURE,
            [b'{"status":"success"}', b'{"status":"running","error_traceback":"a\\nb"}', b"", None],
            [b'{"status":"\\u0066ailed"}', b'{"status":"success","error_message":"\\u00e9 \\n"}'],
        ),
        (
            recovery._may_need_decision,
            [b'{"status":"failed","channel":"worker"}'],
            [b'{"status":"failed","channel":"direct"}'],
        ),
    ],
)
def test_the_plain_records_a_consumer_ignores_are_skipped(
    prefilter: Callable[[bytes | None], bool], skips: list[bytes | None], passes: list[bytes]
) -> None:
    assert not any(prefilter(value) for value in skips)
    assert all(prefilter(value) for value in passes)


def test_any_escape_lets_a_record_through_and_unsafe_words_are_refused() -> None:
    assert MayHoldString("failed")(b'{"status":"\\u0046AILED"}')  # not a failure, but it cannot tell: a decode
    for word in ('fa"iled', "a\\b", "a/b", "two words", ""):
        with pytest.raises(ValueError, match="pre-filter"):
            MayHoldString(word)
    with pytest.raises(ValueError, match="at least one"):
        MayHoldString()
