"""Building blocks: phrase compilation, severity policy, evidence parsing."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Severity, SeverityPolicy
from errorflow.classify._phrases import PhraseSet, _literal_prefix, expand, factor, split_alternatives
from errorflow.classify.evidence import Link


def test_split_alternatives_respects_groups_and_classes() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|]e|f\|g") == ["a", "b(?:c|d)", "[|]e", r"f\|g"]


def test_expand_distributes_leading_groups() -> None:
    assert expand("(?:cannot|unable to) allocate") == ["cannot allocate", "unable to allocate"]
    assert expand("(?:is )?too long") == ["is too long", "too long"]
    assert expand(r"\boom\b") == [r"oom\b"]


def test_phrase_set_finds_word_starts_and_keeps_priority() -> None:
    phrases = PhraseSet([("first", "connection reset"), ("second", "connection|reset by peer"), ("anchored", "^busy")])
    assert phrases.scan("connection reset by peer") == ["first"]
    assert phrases.scan("a disconnection") == []  # not at a word start
    assert phrases.scan("busy loading") == ["anchored"]
    assert phrases.first("peer: reset by peer") == "second"


def test_factored_phrases_match_what_the_plain_alternation_matches() -> None:
    """The phrase regex is factored by literal prefixes (speed): the same match, same phrase, at every position."""
    import random
    import re

    rng = random.Random(5)
    pieces = ["no", "not", "no ", "t", "n", "o", " ", "s", "ot", "x", "ab", "a"]
    tails = [r"\b", r"(?:a|b)", r"[a-z]+", r"s?", "", r" \w+", r".{0,3}t"]
    for _ in range(300):
        forms = [
            "no" + "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4))) + rng.choice(tails)
            for _ in range(rng.randrange(1, 12))
        ]
        plain = re.compile("|".join(f"(?:{form})" for form in forms))
        factored = re.compile(factor([(form, _literal_prefix(form)) for form in forms]))
        for _ in range(20):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
            for start in range(len(text)):
                a, b = plain.match(text, start), factored.match(text, start)
                assert (a and a.group()) == (b and b.group()), (forms, text, start)


def test_phrase_set_reads_ascii_text_with_ascii_classes_and_other_text_with_unicode_ones() -> None:
    """ASCII text is scanned by an ASCII-class copy of the regex (speed); other text keeps Unicode classes."""
    phrases = PhraseSet([("word", r"ab\w"), ("gap", r"cd\s+ef")])
    assert phrases.scan("x abc, y cd  ef") == ["word", "gap"]
    assert phrases.scan("x abé cd\u2003ef") == ["word", "gap"]  # Unicode word character and space
    assert phrases.first("abé") == "word"
    assert phrases.first("abc") == "word"


def test_reason_pattern_led_by_its_literal_finds_what_the_word_boundary_one_finds() -> None:
    import random
    import re

    from errorflow.classify import evidence

    plain = re.compile(r"\breason[=:] ?[\"']?([A-Z][A-Za-z]{3,})\b")
    rng = random.Random(2)
    pieces = ["reason", "Reason", "xreason", "_reason", " ", "=", ":", "'", '"', "Quota", "Ab", "é", "(", "reason: "]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        assert [m.group(1) for m in evidence._REASON.finditer(text)] == [m.group(1) for m in plain.finditer(text)], text


def test_phrase_set_names_the_first_listed_phrase_that_matches_where_many_share_a_prefix() -> None:
    """Which phrase matched is read from one factored regex per window (speed): the first listed one that matches."""
    import random
    import re

    rng = random.Random(8)
    words = ["not", "no", "now", "note", "nothing", "not found", "not a", "no such", "none"]
    tails = ["", r"\b", " found", r" \w+", "s?", r".{0,5}x"]
    for _ in range(200):
        phrases = [(f"k{n}", rng.choice(words) + rng.choice(tails)) for n in range(rng.randrange(2, 9))]
        phrase_set = PhraseSet(phrases)
        compiled = [(key, re.compile(pattern)) for key, pattern in phrases]
        for _ in range(20):
            text = " ".join(rng.choice([*words, "found", "x", "a", "thing"]) for _ in range(rng.randrange(1, 6)))
            expected = []
            position = 0
            combined = re.compile(r"\W(?:" + "|".join(f"(?:{pattern})" for _, pattern in phrases) + ")")
            match = combined.search(" " + text, position)
            while match is not None:
                start = match.start()
                expected.append(next(key for key, regex in compiled if regex.match(text, start)))
                match = combined.search(" " + text, match.end() - 1)
            assert phrase_set.scan(text) == expected, (phrases, text)


def test_phrase_set_rejects_phrases_it_cannot_index() -> None:
    with pytest.raises(ValueError, match="two plain characters"):
        PhraseSet([("bad", r"\d+ errors")])


def test_severity_table_and_escalation() -> None:
    policy = SeverityPolicy()
    assert policy.severity(Category.PERMANENT, "normal") is Severity.HIGH
    assert policy.severity(Category.VALIDATION, "low") is Severity.LOW
    assert policy.severity(Category.RESOURCE, "critical") is Severity.CRITICAL
    assert policy.severity(Category.TRANSIENT, "normal", recent_count=10) is Severity.HIGH
    assert policy.severity(Category.TRANSIENT, "normal", recent_count=1000) is Severity.CRITICAL
    assert policy.severity(Category.TRANSIENT, "low", pinned=Severity.HIGH) is Severity.HIGH
    assert SeverityPolicy(escalate_at=()).severity(Category.TRANSIENT, "normal", recent_count=10**6) is Severity.MEDIUM


def test_severity_policy_validates() -> None:
    with pytest.raises(ValueError, match="increasing"):
        SeverityPolicy(escalate_at=(10, 5))
    with pytest.raises(ValueError, match="lacks"):
        SeverityPolicy(table={})


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("404 Client Error: Not Found for url: https://x", 404),
        ("Client error '422 Unprocessable Entity' for url 'https://x'", 422),
        ("429, message='Too Many Requests', url='https://x'", 429),
        ("HTTP Error 502: Bad Gateway", 502),
        ("(503)\nReason: Service Unavailable\n", 503),
        ("An error occurred (403) when calling the HeadObject operation: Forbidden", 403),
        ("Error code: 529 - {'type': 'error'}", 529),
        ("request failed with status_code=429", 429),
        ("HTTP/1.1 504 Gateway Timeout", 504),
        ("Tunnel connection failed: 407 Proxy Authentication Required", 407),
        ("TransportError(429, 'es_rejected_execution_exception')", 429),
        ("too many 500 error responses", 500),
        ("Redirect response '301 Moved Permanently' for url 'https://x'", 301),
        ("process exited with exit status 500", None),
        ("retrying 3 times", None),
        ("\u0665\u0660\u0663 Server Error: boom", 503),  # other digits: the "no 3, 4 or 5" shortcut is ASCII only
        ("201 Server Error: odd", None),
    ],
)
def test_http_status_from_messages(message: str, status: int | None) -> None:
    assert Link("x.Y", message).status == status


@pytest.mark.parametrize(
    ("message", "errno"),
    [
        ("[Errno 111] Connection refused", 111),
        ("('Connection aborted.', PermissionError(13, 'Permission denied'))", 13),
        ("Error 104 while writing to socket. Connection reset by peer.", 104),
        ("Error code 12 (Cannot allocate memory)", 12),
        ("connect ETIMEDOUT 10.0.0.1:443", 110),
        ("[Errno -3] Temporary failure in name resolution", -3),
        ("NOTECONNREFUSEDX", None),
    ],
)
def test_errno_from_messages(message: str, errno: int | None) -> None:
    assert Link("x.Y", message).errno == errno


@pytest.mark.parametrize(
    ("exc_type", "message", "code"),
    [
        ("x.Y", "KafkaError{code=NOT_ENOUGH_REPLICAS,val=19}", "NOTENOUGHREPLICAS"),
        ("x.Y", "[Error 5] LeaderNotAvailableError", "LEADERNOTAVAILABLE"),
        ("x.Y", "status = StatusCode.UNAVAILABLE", "UNAVAILABLE"),
        ("x.Y", "An error occurred (SlowDown) when calling the PutObject operation", "SLOWDOWN"),
        ("x.Y", "1213 (40001): Deadlock found", "40001"),
        ("x.Y", "ERROR: x (SQLSTATE 40P01)", "40P01"),
        ("x.Y", "('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]Communication link failure')", "08S01"),
        ("x.Y", "x, full error: {'ok': 0.0, 'code': 112, 'codeName': 'WriteConflict'}", "WRITECONFLICT"),
        ("x.Y", "NOT_FOUND - no queue 'jobs' in vhost '/'", "NOTFOUND"),
        ("x.Y", 'debug_error_string = "UNKNOWN:Deadline Exceeded {grpc_status:4}"', "DEADLINEEXCEEDED"),
        ("psycopg2.errors.LockNotAvailable", "x", "55P03"),
        ("botocore.errorfactory.NoSuchKey", "x", "NOSUCHKEY"),
    ],
)
def test_codes_from_messages_and_class_names(exc_type: str, message: str, code: str) -> None:
    assert code in Link(exc_type, message).codes


def test_wrapped_exception_named_first_becomes_an_implied_cause() -> None:
    link = Link("sqlalchemy.exc.OperationalError", "(pymysql.err.OperationalError) (1040, 'Too many connections')")
    assert link.implied is not None
    assert (link.implied.type, link.implied.codes) == ("pymysql.err.OperationalError", ("1040",))


def test_sql_dumps_are_cut_from_the_text() -> None:
    link = Link("x.Y", "deadlock detected\n[SQL: SELECT timeout FROM invalid_table]\n[parameters: (1, 'x')]")
    assert link.text == "deadlock detected"


def test_phrase_set_tells_apart_phrases_that_share_their_first_characters() -> None:
    # One key per 4-character window skips re-matching; windows shared by two keys still match each phrase.
    phrases = PhraseSet([("lock", "lock wait timeout"), ("locked", "locked out"), ("loc", "location|locale (?:x|y)")])
    assert phrases.scan("lock wait timeout exceeded") == ["lock"]
    assert phrases.scan("account locked out") == ["locked"]
    assert phrases.scan("locale y; location") == ["loc", "loc"]
    assert phrases.scan("locale z") == []
    # The memoised window is reused: the answer does not depend on what was scanned before.
    assert phrases.scan("locked out, lock wait timeout") == ["locked", "lock"]


def test_phrase_set_finds_phrases_at_the_start_and_right_after_another() -> None:
    # The scan consumes the non-word character before a phrase; a phrase ending in one must not hide the next.
    phrases = PhraseSet([("quote", "say 'hi'"), ("word", "hi|there"), ("dash", "a-b")])
    assert phrases.scan("hi") == ["word"]  # at position 0
    assert phrases.scan("say 'hi' there") == ["quote", "word"]
    assert phrases.scan("say 'hi'there") == ["quote", "word"]  # "there" follows the quote: a word start
    assert phrases.scan("a-b-a-b") == ["dash", "dash"]
    assert phrases.scan("xhi, -hi") == ["word"]
    assert phrases.first("well, there") == "word"
