"""The sink's check of many texts at once (``may_hold_secret_in``): what it skips can never hide a secret.

It skips texts it found clean before and ids; every text the scrubber would change must still
be suspected, whatever texts were met before it and beside it.
"""

from __future__ import annotations

import uuid

import pytest

from errorflow.sdk.redact import build_redactor
from errorflow.sdk.scrub import _MAX_CLEAN_TEXTS, Scrubber
from errorflow.settings import Settings
from tests.unit.sdk.test_scrub import ALL_SCRUBBED

# Texts a failure's derived records repeat: a classification's, a decision's and a dead letter's columns.
ORDINARY = [
    "bench_detect_heavy",
    "bench",
    "builtins.PermissionError",
    "[Errno 13] Permission denied: '/srv/7'",
    "waiting 544.9s for capacity before attempt 2/4",
    "resource",
    "errno.EACCES",
    "1995f91126cd169e",
    "57b9883294b64885807b9263e82ce82c",
    "01a22d73-f813-7c4a-8eaf-2c6c69fec2f8",
]


def ids(count: int) -> list[str]:
    """Ids as records carry them: UUIDs (v4 and v7 shapes), hex run ids, 16-digit fingerprints."""
    made: list[str] = []
    for _ in range(count):
        made += [str(uuid.uuid4()), uuid.uuid4().hex, uuid.uuid4().hex[:16]]
    return made


@pytest.mark.parametrize("text", ALL_SCRUBBED)
def test_every_text_the_scrubber_changes_is_suspected_among_texts_met_before(text: str) -> None:
    """The memo and the id shortcut never answer for a text they did not check: the corpus, after warm-up."""
    scrubber = Scrubber()
    assert scrubber.scrub_text(text) != text
    assert not scrubber.may_hold_secret_in([*ORDINARY, *ids(3)]), "ordinary texts are clean (and remembered)"
    assert not scrubber.may_hold_secret_in(ORDINARY), "met before"
    assert scrubber.may_hold_secret_in([text])
    assert scrubber.may_hold_secret_in([*ORDINARY, text, *ids(2)]), "beside texts met before and ids"
    assert scrubber.may_hold_secret_in([*ORDINARY, text]), "a suspect text is never remembered as clean"


@pytest.mark.parametrize("text", ALL_SCRUBBED)
def test_a_text_found_clean_once_does_not_clear_a_text_that_holds_it(text: str) -> None:
    """A memo hit is whole-text equality: a known text with a secret appended is checked again."""
    scrubber = Scrubber()
    assert not scrubber.may_hold_secret_in(ORDINARY)
    for known in ORDINARY:
        assert scrubber.may_hold_secret_in([f"{known} {text}"]), known


def test_ids_are_never_suspected_and_never_scrubbed_by_the_built_in_rules() -> None:
    """What the shortcut assumes, checked against the check itself and the scrubber."""
    for scrubber in (Scrubber(), build_redactor(Settings())):
        for text in ids(300):
            assert not scrubber.may_hold_secret(text.encode()), text
            assert scrubber.scrub_text(text) == text
            assert scrubber.scrub(text) == text


@pytest.mark.parametrize(
    ("scrubber", "text"),
    [
        (Scrubber(["cafe"]), "cafe"),  # a configured key name spelled in hex digits
        (Scrubber(["de_ad"]), "de-ad"),  # "_" in a name matches "-" or nothing
        (Scrubber(patterns=[r"[0-9a-f]{8}-[0-9a-f]{4}"]), "3f2a1c4e-9b7d"),  # a pattern that finds ids
    ],
)
def test_a_configuration_that_could_find_a_secret_in_an_id_turns_the_shortcut_off(
    scrubber: Scrubber, text: str
) -> None:
    assert scrubber.may_hold_secret(text.encode())
    assert scrubber.may_hold_secret_in([text])


def test_the_memo_stays_bounded() -> None:
    scrubber = Scrubber()
    for n in range(3 * _MAX_CLEAN_TEXTS // 100):
        assert not scrubber.may_hold_secret_in([f"request {n}.{k} timed out" for k in range(100)])
    assert 0 < len(scrubber._clean_texts) <= _MAX_CLEAN_TEXTS
    assert not scrubber.may_hold_secret_in(["x" * 5_000]), "a long text is checked"
    assert "x" * 5_000 not in scrubber._clean_texts, "and not remembered"
