"""Which partitions' fetched records the Faust worker's consumer thread may hand out."""

from __future__ import annotations

from errorflow.streams.app import fetchable_partitions

COMMANDS = [("app.taskruns.commands", p) for p in range(4)]
CHANGELOG = [("app-runner-completed-attempts-changelog", p) for p in range(4)]


def is_changelog(tp: tuple[str, int]) -> bool:
    return tp[0].endswith("-changelog")


def test_an_empty_active_set_stays_empty_never_every_partition() -> None:
    assert fetchable_partitions(set(), rebalancing=False, is_changelog=is_changelog) == frozenset()
    assert fetchable_partitions(set(), rebalancing=True, is_changelog=is_changelog) == frozenset()


def test_while_rebalancing_only_changelog_partitions() -> None:
    active = {*COMMANDS, *CHANGELOG}
    assert fetchable_partitions(active, rebalancing=True, is_changelog=is_changelog) == frozenset(CHANGELOG)
    assert fetchable_partitions(set(COMMANDS), rebalancing=True, is_changelog=is_changelog) == frozenset()


def test_once_ready_every_active_partition() -> None:
    active = {*COMMANDS, CHANGELOG[0]}
    assert fetchable_partitions(active, rebalancing=False, is_changelog=is_changelog) == frozenset(active)


def test_the_answer_is_a_copy_the_caller_can_keep_changing() -> None:
    active = set(COMMANDS)
    wanted = fetchable_partitions(active, rebalancing=False, is_changelog=is_changelog)
    active.clear()  # Faust's loop pauses partitions while the consumer thread fetches
    assert wanted == frozenset(COMMANDS)
