"""The status-echo check answers as the regex search it skips, and the per-class and per-rule memos as their sources.

``engine._status_echo`` asks whether a phrase of the status's own category is found only in the status's reason
phrase ("403 Forbidden"). It searched the candidate's regex over the text with the reason phrase blanked; where
there is no reason phrase to blank (``re.sub`` returns the text itself), it now answers without the search: the
candidate was found by a phrase scan of that very text. These tests check that premise (every rule a default phrase
scan finds in a link's text, its regex matches there) and the check itself against the search, on both corpora as
they are, upper-cased and doubled, and on texts built to hold each status's reason phrase or not. They also compare
the class codes a ``Link`` keeps per class name (``evidence._class_codes``) with a fresh parse, and the generic flag
each rule's facts keep (``engine._Facts``) with its definition.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.classify import engine, evidence
from errorflow.classify.defaults import default_rules
from errorflow.classify.evidence import Link, without_reason_phrase
from errorflow.classify.rules import Rule, search_message

ROOT = Path(__file__).resolve().parents[3]
CORPORA = (ROOT.parent / "shared" / "corpus" / "errors-public.jsonl", ROOT / "bench" / "corpus" / "independent.jsonl")


def _links() -> Iterator[Link]:
    rows: list[dict[str, object]] = []
    for path in CORPORA:
        if not path.exists():
            pytest.skip(f"the corpus is not at {path}")
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert len(rows) > 3000
    for row in rows:
        message = str(row["message"])
        status = row.get("http_status")
        for text in (message, message.upper(), f"{message} {message}"):
            yield Link(str(row["exc_type"]), text, http_status=status if isinstance(status, int) else None, code=None)
    # A status with and without its reason phrase beside a body's words of the same category.
    for status, body in ((403, "access denied for user"), (404, "no such key"), (429, "rate limit exceeded")):
        for text in (f"{status} forbidden: {body}", f"{status} not found {body}", f"{status} {body}", body):
            yield Link("requests.exceptions.HTTPError", text, http_status=status)


def _reference(candidate: engine._Facts, link: Link) -> bool:
    """``_status_echo`` as it was: the candidate's regex searched over the text without the reason phrase."""
    if link.status is None or link.status in engine._VENDOR_DEFINED_STATUSES or candidate.id in engine._STATUS_ECHOES:
        return True
    regex = candidate.compiled()
    return regex is None or search_message(regex, without_reason_phrase(link.status, link.phrased)) is None


def test_a_rule_a_phrase_scan_finds_is_matched_by_its_regex_and_the_echo_check_answers_as_the_search() -> None:
    index = engine._index(frozenset())
    found = checked = skipped = 0
    for link in _links():
        for stage_index in (index.strong, index.capacity, index.messages):
            for rule in stage_index.found(link):
                found += 1
                regex = rule.compiled()
                assert regex is not None and search_message(regex, link.phrased) is not None, (rule.id, link.text)
                if link.status is not None:
                    checked += 1
                    skipped += without_reason_phrase(link.status, link.phrased) is link.phrased
                    assert engine._status_echo(rule, link) == _reference(rule, link), (rule.id, link.text)
    assert found > 10_000
    assert checked > 500 and 0 < skipped < checked  # both ways through the check are taken


def test_a_class_code_is_kept_per_class_as_a_fresh_parse_gives_it() -> None:
    names = (
        "psycopg2.errors.UniqueViolation", "asyncpg.exceptions.DeadlockDetectedError", "psycopg.errors.NoSuchThing",
        "kafka.errors.NotEnoughReplicasError", "aiokafka.errors._", "builtins.ValueError", "grpc.RpcError",
    )  # fmt: skip
    # The memo is bounded: the tests run before this one in the process may have filled it, and a full
    # memo keeps nothing more. It starts empty here and is given back as it was.
    kept = dict(evidence._CLASS_CODES)
    evidence._CLASS_CODES.clear()
    try:
        for name in names:
            fresh = evidence._class_codes(name)
            assert evidence._CLASS_CODES[name] == fresh
            assert Link(name, "x").codes == fresh == Link(name, "x").codes
        assert evidence._class_codes("psycopg2.errors.UniqueViolation") == ("23505",)
        assert evidence._class_codes("aiokafka.errors._") == ("",)  # a name that normalises to nothing stays a code
        assert evidence._class_codes("builtins.ValueError") == ()
    finally:
        evidence._CLASS_CODES.clear()
        evidence._CLASS_CODES.update(kept)


def test_a_full_class_code_memo_keeps_nothing_more_and_still_answers() -> None:
    kept = dict(evidence._CLASS_CODES)
    evidence._CLASS_CODES.clear()
    try:
        evidence._CLASS_CODES.update((f"pkg.errors.E{i}", ()) for i in range(evidence._MAX_CLASS_CODES))
        assert evidence._class_codes("psycopg2.errors.UniqueViolation") == ("23505",)
        assert "psycopg2.errors.UniqueViolation" not in evidence._CLASS_CODES
        assert len(evidence._CLASS_CODES) == evidence._MAX_CLASS_CODES
    finally:
        evidence._CLASS_CODES.clear()
        evidence._CLASS_CODES.update(kept)


def _definition(rule: Rule) -> bool:
    return rule.id.startswith("sqlstate.class.") or not rule._codes.isdisjoint(engine.GENERIC_CODES)


def test_the_generic_flag_kept_on_each_default_rules_facts_answers_as_its_definition() -> None:
    for rule in default_rules():
        expected = _definition(rule)
        assert engine._generic(rule) is expected
        assert engine._Facts(rule, 0).generic is expected
    twin = Rule(id="sqlstate.class.08", category="transient", code=("08001",))
    assert engine._Facts(twin, 0).generic is True
    other = Rule(id=default_rules()[0].id, category="transient", code=("NOT_A_GENERIC_CODE",))
    assert engine._Facts(other, 0).generic is _definition(other) is False
