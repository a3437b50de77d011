"""VerdictMemo: a failure read by several agents of one process is classified once, and only the same failure."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from errorflow.classify import Classifier
from errorflow.classify.model import Classification, ErrorSignal
from errorflow.classify.verdict import VerdictMemo, failure_verdict
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode


class Counting(Classifier):
    """A classifier without a cache that counts what it classifies."""

    def __init__(self) -> None:
        super().__init__(cache_size=0)
        self.calls = 0

    def classify(self, signal: ErrorSignal, *, recent_count: int = 0) -> Classification:
        self.calls += 1
        return super().classify(signal, recent_count=recent_count)


def failed(message: str, **fields: Any) -> TaskRunEvent:
    return TaskRunEvent(
        run_id="r1",
        root_run_id="r1",
        operation="op",
        service="svc",
        status=TaskRunStatus.FAILED,
        error_type="builtins.TimeoutError",
        error_message=message,
        **fields,
    )


def test_the_same_failure_read_by_two_agents_is_classified_once() -> None:
    event = failed("Read timed out after 30s (request 17)")
    # Two agents decode the record each: equal events, distinct objects.
    first, second = decode(encode(event), TaskRunEvent), decode(encode(event), TaskRunEvent)
    memo, classifier = VerdictMemo(), Counting()
    verdict = memo.verdict(first, classifier)
    assert memo.verdict(second, classifier) is verdict
    assert classifier.calls == 1
    assert verdict == failure_verdict(event, Classifier.default())


def test_another_failure_reusing_an_id_is_judged_on_its_own() -> None:
    timeout = failed("Read timed out after 30s")
    disk = timeout.model_copy(update={"error_type": "builtins.OSError", "error_message": "[Errno 28] No space left"})
    assert disk.event_id == timeout.event_id
    memo, classifier = VerdictMemo(), Counting()
    first = memo.verdict(timeout, classifier)
    second = memo.verdict(disk, classifier)
    assert classifier.calls == 2
    assert second == failure_verdict(disk, Classifier.default())
    assert first.category != second.category  # a timeout is transient; a full disk is a resource error


def test_the_memo_keeps_at_most_size_verdicts() -> None:
    memo, classifier = VerdictMemo(size=2), Counting()
    events = [failed(f"Read timed out (request {n})") for n in range(3)]
    for event in events:
        memo.verdict(event, classifier)
    memo.verdict(events[2], classifier)  # kept
    assert classifier.calls == 3
    memo.verdict(events[0], classifier)  # dropped as the oldest: judged again
    assert classifier.calls == 4


def test_agents_on_threads_of_their_own_get_one_verdict() -> None:
    memo = VerdictMemo(size=64)
    events = [failed(f"Read timed out (request {n})") for n in range(200)]

    def agent(_: int) -> list[Classification]:
        classifier = Classifier.default()  # each agent thread has its own
        return [memo.verdict(decode(encode(event), TaskRunEvent), classifier) for event in events]

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(agent, range(3)))
    expected = [failure_verdict(event, Classifier.default()) for event in events]
    assert all(result == expected for result in results)
