from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.recovery import RetryScheduler

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def fire_all(scheduler: RetryScheduler[str], now: datetime) -> list[str]:
    fired = []
    for entry in scheduler.pop_due(now):
        fired.append(entry.item)
        scheduler.mark_fired(entry.key)
    return fired


def test_pops_in_due_order_only_when_due() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    s.add("c", at(30), key="k3", partition=0, offset=2)
    s.add("a", at(10), key="k1", partition=0, offset=0)
    s.add("b", at(20), key="k2", partition=1, offset=0)
    s.add("a2", at(10), key="k4", partition=1, offset=1)  # same due time: insertion order
    assert s.next_due() == at(10) and len(s) == 4
    assert s.pop_due(at(9.999)) == []
    assert fire_all(s, at(10)) == ["a", "a2"]
    assert fire_all(s, at(25)) == ["b"]
    assert s.next_due() == at(30)
    assert fire_all(s, at(100)) == ["c"]
    assert s.next_due() is None and len(s) == 0


def test_pop_limit() -> None:
    s: RetryScheduler[int] = RetryScheduler()
    for i in range(5):
        s.add(i, at(i), key=f"k{i}", partition=0, offset=i)
    assert [e.item for e in s.pop_due(at(10), limit=2)] == [0, 1]
    assert [e.item for e in s.pop_due(at(10))] == [2, 3, 4]


def test_sleep_is_bounded_by_the_tick_and_the_next_due_time() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    assert s.sleep_s(T0, tick_s=0.5) == 0.5
    s.add("x", at(0.2), key="k", partition=0, offset=0)
    assert s.sleep_s(T0, tick_s=0.5) == 0.2
    assert s.sleep_s(at(1), tick_s=0.5) == 0.0


def test_a_redelivered_retry_fires_once() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    assert s.add("x", at(5), key="root:2", partition=0, offset=0)
    assert not s.add("x-again", at(6), key="root:2", partition=0, offset=1)  # pending duplicate
    assert fire_all(s, at(10)) == ["x"]
    assert not s.add("x-late", at(5), key="root:2", partition=0, offset=2)  # fired duplicate
    assert fire_all(s, at(20)) == []
    assert s.state_of("root:2") == "fired" and s.state_of("other") is None
    assert s.committable_offset(0) == 3


def test_committable_offset_waits_for_the_oldest_unfired_record() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    assert s.committable_offset(0) is None
    s.add("long", at(300), key="a:2", partition=0, offset=10)
    s.add("short", at(1), key="b:2", partition=0, offset=11)
    s.add("other", at(1), key="c:2", partition=1, offset=4)
    assert s.committable_offsets() == {0: 10, 1: 4}
    fire_all(s, at(2))
    assert s.committable_offset(0) == 10  # offset 10 still pending: 11 must be re-read after a crash
    assert s.committable_offset(1) == 5
    fire_all(s, at(300))
    assert s.committable_offset(0) == 12


def test_in_flight_records_are_not_committable_and_can_be_released() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    s.add("x", at(1), key="k", partition=0, offset=7)
    [entry] = s.pop_due(at(1))
    assert s.state_of("k") == "in_flight" and s.committable_offset(0) == 7
    s.release("k")  # the produce failed
    assert s.state_of("k") == "pending" and s.next_due() == at(1)
    [again] = s.pop_due(at(1))
    assert again == entry
    s.mark_fired("k")
    assert s.committable_offset(0) == 8
    s.mark_fired("k")  # idempotent
    s.release("unknown")


def test_rebuild_after_a_crash_fires_each_retry_exactly_once() -> None:
    """Replay the retry topic from the committed offset into a fresh scheduler."""
    topic = [  # (offset, key, due second)
        (0, "a:2", 1),
        (1, "b:2", 600),
        (2, "c:2", 2),
        (3, "d:2", 3),
        (4, "a:2", 1),  # a duplicate decision for a:2
    ]
    fired_log: list[tuple[str, datetime]] = []  # the agent's changelogged table of fired keys
    emitted: list[str] = []

    first: RetryScheduler[str] = RetryScheduler()
    for offset, key, due in topic[:4]:
        first.add(key, at(due), key=key, partition=0, offset=offset)
    for entry in first.pop_due(at(2.5)):  # a:2 and c:2 fire
        emitted.append(entry.item)
        first.mark_fired(entry.key)
        fired_log.append((entry.key, entry.due_at))
    committed = first.committable_offset(0)
    assert committed == 1  # b:2 (due in 10 minutes) holds the commit back
    # crash: the scheduler is gone; restart from the committed offset and the fired log
    second: RetryScheduler[str] = RetryScheduler()
    second.note_fired(fired_log)
    for offset, key, due in topic:
        if offset >= committed:
            second.add(key, at(due), key=key, partition=0, offset=offset)
    for entry in second.pop_due(at(700)):
        emitted.append(entry.item)
        second.mark_fired(entry.key)
    assert sorted(emitted) == ["a:2", "b:2", "c:2", "d:2"]
    assert second.committable_offset(0) == 5


def test_forget_fired_and_revoke() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    s.note_fired([("old", at(0)), ("new", at(100))])
    assert s.forget_fired(due_before=at(50)) == 1
    assert s.state_of("old") is None and s.state_of("new") == "fired"
    s.add("p0", at(1), key="k0", partition=0, offset=0)
    s.add("p1", at(1), key="k1", partition=1, offset=0)
    s.add("p1b", at(1), key="k2", partition=1, offset=1)
    [in_flight] = [e for e in s.pop_due(at(1), limit=2) if e.partition == 1]
    dropped = s.revoke([1])
    assert [e.key for e in dropped] == ["k2"] and in_flight.key == "k1"
    assert s.committable_offset(1) is None and s.state_of("k1") is None
    assert fire_all(s, at(5)) == []  # k0 was popped above and is still in flight
    s.mark_fired("k0")
    assert s.committable_offsets() == {0: 1}


def test_naive_times_are_utc() -> None:
    s: RetryScheduler[str] = RetryScheduler()
    s.add("x", at(1).replace(tzinfo=None), key="k", partition=0, offset=0)
    assert s.next_due() == at(1)
    assert [e.item for e in s.pop_due(at(1).replace(tzinfo=None))] == ["x"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 15), st.integers(0, 60), st.booleans()),
        min_size=1,
        max_size=40,
    )
)
def test_property_fire_once_and_never_commit_past_an_unfired_record(ops: list[tuple[int, int, int, bool]]) -> None:
    """Random records (partition, key, due second, fail the produce?) with a clock that moves forward."""
    s: RetryScheduler[str] = RetryScheduler()
    next_offset = {0: 0, 1: 0, 2: 0}
    keys: set[str] = set()
    carried_by: dict[str, tuple[int, int]] = {}  # key -> the record that scheduled it
    fired: list[str] = []
    clock = 0
    for partition, key_no, due, fail in ops:
        key = f"k{key_no}"
        offset = next_offset[partition]
        next_offset[partition] += 1
        keys.add(key)
        if s.add(key, at(due), key=key, partition=partition, offset=offset):
            carried_by[key] = (partition, offset)
        clock += 3
        for entry in s.pop_due(at(clock)):
            if fail:
                s.release(entry.key)
            else:
                fired.append(entry.key)
                s.mark_fired(entry.key)
        for part, committed in s.committable_offsets().items():
            held = [o for k, (p, o) in carried_by.items() if p == part and s.state_of(k) in ("pending", "in_flight")]
            assert all(committed <= o for o in held)  # never commit past a record that has not fired
    assert len(fired) == len(set(fired))
    for entry in s.pop_due(at(10_000)):
        s.mark_fired(entry.key)
        fired.append(entry.key)
    assert sorted(fired) == sorted(keys)
    assert s.committable_offsets() == {p: n for p, n in next_offset.items() if n > 0}
