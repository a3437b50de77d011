"""Precedence, cause chains and structured evidence in the classifier."""

from __future__ import annotations

import random
import runpy
import uuid
from pathlib import Path

import pytest

from errorflow.classify import (
    Category,
    Cause,
    Classifier,
    ErrorSignal,
    Rule,
    Severity,
    Stage,
    Strategy,
    engine,
    normalize_message,
)
from errorflow.classify.fingerprint import mask_ids


def sig(exc_type: str, message: str = "", **fields: object) -> ErrorSignal:
    return ErrorSignal(exc_type=exc_type, message=message, **fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- precedence


def test_status_code_beats_class_name(clf: Classifier) -> None:
    # A ValueError-derived validation class, but the server said 503: transient.
    verdict = clf.classify(sig("pydantic_core._pydantic_core.ValidationError", "boom", http_status=503))
    assert verdict.category is Category.TRANSIENT
    assert verdict.rule_id == "http.503"


def test_status_in_message_beats_class_name(clf: Classifier) -> None:
    verdict = clf.classify(sig("requests.exceptions.HTTPError", "503 Server Error: Service Unavailable for url: x"))
    assert (verdict.category, verdict.rule_id) == (Category.TRANSIENT, "http.503")


def test_errno_beats_class_name(clf: Classifier) -> None:
    # requests.ConnectionError is transient by class, but EMFILE says resource.
    message = (
        "HTTPSConnectionPool(host='x', port=443): Max retries exceeded (Caused by ... [Errno 24] Too many open files)"
    )
    verdict = clf.classify(sig("requests.exceptions.ConnectionError", message))
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "errno.EMFILE")


def test_structured_errno_is_used(clf: Classifier) -> None:
    assert clf.classify(sig("builtins.OSError", "disk trouble", errno=28)).rule_id == "errno.ENOSPC"


def test_errno_name_in_message(clf: Classifier) -> None:
    verdict = clf.classify(sig("builtins.Exception", "connect ECONNREFUSED 127.0.0.1:5432"))
    assert (verdict.category, verdict.rule_id) == (Category.TRANSIENT, "errno.ECONNREFUSED")


def test_generic_exception_with_deadlock_message_is_transient(clf: Classifier) -> None:
    assert clf.classify(sig("builtins.Exception", "deadlock detected")).category is Category.TRANSIENT


def test_decisive_class_beats_message_phrase(clf: Classifier) -> None:
    # A pydantic error mentioning "timeout" is still a validation error.
    verdict = clf.classify(
        sig("pydantic_core._pydantic_core.ValidationError", "1 validation error\ntimeout\n  Field required")
    )
    assert verdict.category is Category.VALIDATION


def test_message_phrase_beats_weak_container_class(clf: Classifier) -> None:
    verdict = clf.classify(sig("sqlalchemy.exc.OperationalError", "(sqlite3.OperationalError) database is locked"))
    assert verdict.category is Category.TRANSIENT


def test_http_family_is_the_last_resort(clf: Classifier) -> None:
    assert clf.classify(sig("acme.Error", "teapot", http_status=418)).rule_id == "http.4xx"
    assert clf.classify(sig("acme.Error", "oops", http_status=500)).rule_id == "http.5xx"
    # but a message phrase says more than the family: a 500 for a full disk is a resource problem
    full = clf.classify(
        sig("docker.errors.APIError", "500 Server Error: write /x: no space left on device", http_status=500)
    )
    assert full.category is Category.RESOURCE


def test_unmatched_is_unknown_never_forced(clf: Classifier) -> None:
    verdict = clf.classify(sig("acme.errors.Weird", "the flux capacitor hiccupped"))
    assert verdict.category is Category.UNKNOWN
    assert verdict.rule_id == "unknown"
    assert verdict.strategy is Strategy.RETRY_ONCE
    assert verdict.retryable is True


# ---------------------------------------------------------------- database and service codes


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("40001", Category.TRANSIENT),
        ("40P01", Category.TRANSIENT),
        ("53300", Category.RESOURCE),
        ("53100", Category.RESOURCE),
        ("23505", Category.VALIDATION),
        ("22P02", Category.VALIDATION),
        ("28P01", Category.PERMANENT),
        ("42P01", Category.PERMANENT),
        ("57P03", Category.TRANSIENT),
        ("08006", Category.TRANSIENT),
    ],
)
def test_sqlstate_code_field(clf: Classifier, code: str, category: Category) -> None:
    assert clf.classify(sig("psycopg.DatabaseError", "x", code=code)).category is category


def test_sqlstate_class_fallback(clf: Classifier) -> None:
    verdict = clf.classify(sig("psycopg.DatabaseError", "x", code="53999"))
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "sqlstate.class.53")


def test_sqlstate_from_driver_class_name(clf: Classifier) -> None:
    assert clf.classify(sig("asyncpg.exceptions.SerializationError", "x")).rule_id == "sqlstate.40001"
    assert clf.classify(sig("psycopg2.errors.UniqueViolation", "x")).category is Category.VALIDATION


def test_sqlstate_in_message(clf: Classifier) -> None:
    verdict = clf.classify(sig("some.Driver", "ERROR: could not serialize (SQLSTATE 40001)"))
    assert verdict.rule_id == "sqlstate.40001"


@pytest.mark.parametrize(
    ("message", "rule_id"),
    [
        ("(1213, 'Deadlock found when trying to get lock; try restarting transaction')", "mysql.1213"),
        ("(1040, 'Too many connections')", "mysql.1040"),
        ("(1045, \"Access denied for user 'x'@'y' (using password: YES)\")", "mysql.1045"),
        ("1205 (HY000): Lock wait timeout exceeded; try restarting transaction", "mysql.1205"),
    ],
)
def test_mysql_error_numbers(clf: Classifier, message: str, rule_id: str) -> None:
    assert clf.classify(sig("pymysql.err.OperationalError", message)).rule_id == rule_id


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("UNAVAILABLE", Category.TRANSIENT),
        ("StatusCode.DEADLINE_EXCEEDED", Category.TRANSIENT),
        ("RESOURCE_EXHAUSTED", Category.RESOURCE),
        ("Throttling", Category.TRANSIENT),
        ("SlowDown", Category.TRANSIENT),
        ("ProvisionedThroughputExceededException", Category.TRANSIENT),
        ("AccessDenied", Category.PERMANENT),
        ("ValidationException", Category.VALIDATION),
        ("SomeNewThrottlingCode", Category.TRANSIENT),
    ],
)
def test_service_codes(clf: Classifier, code: str, category: Category) -> None:
    assert clf.classify(sig("botocore.exceptions.ClientError", "x", code=code)).category is category


def test_aws_code_beats_generic_400(clf: Classifier) -> None:
    message = (
        "An error occurred (ResourceNotFoundException) when calling the GetItem operation: Requested resource not found"
    )
    assert clf.classify(sig("botocore.exceptions.ClientError", message, http_status=400)).category is Category.PERMANENT


# ---------------------------------------------------------------- cause chains


def test_cause_chain_decides_for_an_opaque_wrapper(clf: Classifier) -> None:
    verdict = clf.classify(
        sig(
            "myapp.errors.JobFailed",
            "job 42 failed",
            causes=(Cause("requests.exceptions.ConnectTimeout", "Connection to api timed out"),),
        )
    )
    assert verdict.category is Category.TRANSIENT


def test_cause_chain_accepts_plain_tuples_and_dicts() -> None:
    signal = ErrorSignal(
        exc_type="a.B",
        message="m",
        causes=[("builtins.MemoryError", ""), {"type": "x.Y", "message": "z"}],  # type: ignore[list-item]
    )
    assert signal.causes == (Cause("builtins.MemoryError", ""), Cause("x.Y", "z"))
    assert Classifier.default().classify(signal).category is Category.RESOURCE


def test_exception_s_own_decisive_evidence_beats_its_causes(clf: Classifier) -> None:
    verdict = clf.classify(
        sig("builtins.KeyError", "'DATABASE_URL'", causes=(Cause("builtins.TimeoutError", "timed out"),))
    )
    assert verdict.category is Category.PERMANENT


def test_wrapped_original_named_in_the_message_is_a_cause(clf: Classifier) -> None:
    message = "(psycopg2.errors.DeadlockDetected) deadlock detected\nDETAIL: ...\n[SQL: UPDATE t SET x = 1]"
    verdict = clf.classify(sig("sqlalchemy.exc.OperationalError", message))
    assert (verdict.category, verdict.rule_id) == (Category.TRANSIENT, "sqlstate.40P01")


def test_deep_cause_chain(clf: Classifier) -> None:
    causes = (
        Cause("urllib3.exceptions.MaxRetryError", "Max retries exceeded"),
        Cause("urllib3.exceptions.NewConnectionError", "Failed to establish a new connection"),
        Cause("builtins.ConnectionRefusedError", "[Errno 111] Connection refused"),
    )
    verdict = clf.classify(sig("myapp.Fetch", "fetch failed", causes=causes))
    assert verdict.category is Category.TRANSIENT


def test_retriable_flag_is_weak_evidence(clf: Classifier) -> None:
    assert clf.classify(sig("acme.Err", "hmm", retriable=True)).rule_id == "attr.retriable"
    # ... but never beats a decisive rule
    assert clf.classify(sig("builtins.KeyError", "'x'", retriable=True)).category is Category.PERMANENT


# ---------------------------------------------------------------- user rules


def test_user_rule_beats_default() -> None:
    rule = Rule(id="acme.503-is-permanent", category="permanent", http_status=(503,), exc_type=("acme.Legacy",))
    clf = Classifier([rule])
    assert clf.classify(sig("acme.Legacy", "x", http_status=503)).rule_id == "acme.503-is-permanent"
    # other 503s keep the default
    assert clf.classify(sig("acme.Other", "x", http_status=503)).rule_id == "http.503"


def test_user_rule_with_a_default_id_replaces_it() -> None:
    clf = Classifier([Rule(id="http.404", category="transient", http_status=(404,), exc_type=("acme.Cdn",))])
    assert clf.classify(sig("acme.Cdn", "not there yet", http_status=404)).category is Category.TRANSIENT
    # the default http.404 is gone: another 404 now falls through to the 4xx family
    assert clf.classify(sig("acme.Api", "x", http_status=404)).rule_id == "http.4xx"
    assert sum(1 for rule in clf.rules if rule.id == "http.404") == 1
    assert Classifier.default().classify(sig("acme.Api", "x", http_status=404)).rule_id == "http.404"


def test_user_rule_matches_causes() -> None:
    clf = Classifier([Rule(id="acme.quota", category="resource", message=r"quota .* exceeded")])
    verdict = clf.classify(sig("acme.Job", "job failed", causes=(Cause("acme.Api", "project quota of 10 exceeded"),)))
    assert verdict.rule_id == "acme.quota"


def test_user_rule_outcome_overrides() -> None:
    rule = Rule(
        id="acme.flaky",
        category="transient",
        exc_type=("acme.Flaky",),
        severity="LOW",
        strategy="retry_once",
        retryable=False,
    )
    verdict = Classifier([rule]).classify(sig("acme.Flaky", "", criticality="critical"))
    assert (verdict.severity, verdict.strategy, verdict.retryable) == (Severity.LOW, Strategy.RETRY_ONCE, False)


def test_user_rule_matches_base_classes_and_globs() -> None:
    clf = Classifier(
        [
            Rule(id="acme.base", category="permanent", exc_type=("acme.errors.AcmeError",)),
            Rule(id="acme.glob", category="validation", exc_type=("vendor.*.BadInput",)),
        ]
    )
    assert clf.classify(sig("acme.errors.Sub", "", bases=("acme.errors.AcmeError",))).rule_id == "acme.base"
    assert clf.classify(sig("vendor.api.v2.BadInput", "")).rule_id == "acme.glob"


def test_without_defaults_only_user_rules_apply() -> None:
    clf = Classifier([Rule(id="only", category="resource", message="full")], include_defaults=False)
    assert clf.classify(sig("x.Y", "disk full")).rule_id == "only"
    assert clf.classify(sig("builtins.KeyError", "'x'")).category is Category.UNKNOWN


def test_disable_default_rule() -> None:
    clf = Classifier(disable=["http.4xx"])
    assert clf.classify(sig("acme.Error", "teapot", http_status=418)).category is Category.UNKNOWN


def test_disable_unknown_default_rule_fails() -> None:
    with pytest.raises(ValueError, match=r"no\.such\.rule"):
        Classifier(disable=["no.such.rule"])


def test_duplicate_python_rule_ids_fail() -> None:
    rules = [Rule(id="a", category="transient", message="x"), Rule(id="a", category="resource", message="y")]
    with pytest.raises(ValueError, match="duplicate rule id 'a'"):
        Classifier(rules)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"id": "", "category": "transient", "message": "x"}, "non-empty"),
        ({"id": "a", "category": "sometimes", "message": "x"}, "unknown category"),
        ({"id": "a", "category": "transient"}, "at least one condition"),
        ({"id": "a", "category": "transient", "message": "(unclosed"}, "not a valid regular expression"),
        ({"id": "a", "category": "transient", "http_status": [999]}, "http_status"),
        ({"id": "a", "category": "transient", "errno": ["ENOTANERRNO"]}, "errno"),
        ({"id": "a", "category": "transient", "message": "x", "severity": "LOUD"}, "unknown severity"),
        ({"id": "a", "category": "transient", "message": "x", "strategy": "pray"}, "unknown strategy"),
        ({"id": "a", "category": "transient", "message": "x", "retryable": "yes"}, "retryable"),
    ],
)
def test_invalid_rules_fail_when_built(fields: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Rule(**fields)  # type: ignore[arg-type]


def test_rule_stage_is_derived_from_its_strongest_condition() -> None:
    assert Rule(id="a", category="transient", http_status=(503,), message="x").stage is Stage.HTTP_STATUS
    assert Rule(id="b", category="transient", http_status=("5xx",)).stage is Stage.HTTP_FAMILY
    assert Rule(id="c", category="transient", code=("40001",)).stage is Stage.SERVICE_CODE
    assert Rule(id="d", category="transient", message="x").stage is Stage.MESSAGE


# ---------------------------------------------------------------- severity, strategy, cache


def test_severity_follows_category_and_criticality(clf: Classifier) -> None:
    transient = sig("builtins.TimeoutError", "")
    assert clf.classify(transient).severity is Severity.MEDIUM
    assert clf.classify(sig("builtins.TimeoutError", "", criticality="low")).severity is Severity.LOW
    assert clf.classify(sig("builtins.TimeoutError", "", criticality="critical")).severity is Severity.HIGH
    assert clf.classify(sig("builtins.KeyError", "'x'", criticality="critical")).severity is Severity.CRITICAL


def test_repeated_failures_raise_severity(clf: Classifier) -> None:
    transient = sig("builtins.TimeoutError", "")
    assert clf.classify(transient, recent_count=9).severity is Severity.MEDIUM
    assert clf.classify(transient, recent_count=10).severity is Severity.HIGH
    assert clf.classify(transient, recent_count=100).severity is Severity.CRITICAL


def test_strategies_and_retryability_per_category(clf: Classifier) -> None:
    expected = {
        "builtins.TimeoutError": (Strategy.RETRY_WITH_BACKOFF, True),
        "builtins.MemoryError": (Strategy.WAIT_FOR_RESOURCES, True),
        "json.decoder.JSONDecodeError": (Strategy.FAIL_FAST, False),
        "builtins.KeyError": (Strategy.DEAD_LETTER, False),
    }
    for exc_type, (strategy, retryable) in expected.items():
        verdict = clf.classify(sig(exc_type, "x"))
        assert (verdict.strategy, verdict.retryable) == (strategy, retryable), exc_type


def test_cached_verdicts_equal_uncached_ones() -> None:
    cases = runpy.run_path(str(Path(__file__).with_name("classify_cases.py")))["CASES"]
    cached, uncached = Classifier.default(cache_size=16), Classifier.default(cache_size=0)
    for _ in range(2):  # the second pass hits the cache (and evicts: 16 < len(CASES))
        for exc_type, message, status, errno, _label in cases:
            signal = sig(exc_type, message, http_status=status, errno=errno)
            assert cached.classify(signal) == uncached.classify(signal)


def test_cache_respects_criticality_and_traceback() -> None:
    clf = Classifier.default()
    base = sig("builtins.TimeoutError", "")
    assert clf.classify(base).severity is Severity.MEDIUM
    assert clf.classify(sig("builtins.TimeoutError", "", criticality="critical")).severity is Severity.HIGH
    with_tb = sig("builtins.TimeoutError", "", traceback='File "/app/jobs.py", line 3, in run\n')
    assert clf.classify(with_tb).fingerprint != clf.classify(base).fingerprint


def test_explain_returns_the_deciding_rule(clf: Classifier) -> None:
    rule = clf.explain(sig("builtins.MemoryError", ""))
    assert rule is not None
    assert rule.category is Category.RESOURCE
    assert clf.explain(sig("acme.Weird", "???")) is None


def test_from_settings_without_a_file_uses_the_defaults() -> None:
    class FakeSettings:
        rules_file = None

    assert (
        Classifier.from_settings(FakeSettings()).classify(sig("builtins.MemoryError", "")).category is Category.RESOURCE
    )


def _with_ids(message: str, rng: random.Random) -> str:
    return (
        f"{message} (request_id={uuid.UUID(int=rng.getrandbits(128))}, trace=0x{rng.getrandbits(64):016x}, "
        f"ts={rng.randint(1_700_000_000_000, 1_800_000_000_000)}, peer 10.{rng.randint(0, 255)}.{rng.randint(0, 9)}.7)"
    )


def test_the_cache_hits_across_ids_and_its_verdicts_equal_uncached_ones() -> None:
    """The key masks ids (mask_ids): each error hits after its first occurrence, with the uncached verdict."""
    cases = runpy.run_path(str(Path(__file__).with_name("classify_cases.py")))["CASES"]
    rng = random.Random(7)
    cached, uncached = Classifier.default(cache_size=4096), Classifier.default(cache_size=0)
    for _ in range(3):
        for exc_type, message, status, errno, _label in cases:
            signal = sig(exc_type, _with_ids(message, rng), http_status=status, errno=errno)
            assert cached.classify(signal) == uncached.classify(signal), signal.message
    # 3 passes of all-distinct messages hit after the first (a UUID whose first group is all
    # letters keeps it, as the fingerprint does: rare, and another key, never another verdict).
    assert len(cached._cache) < 1.02 * len(cases)


@pytest.mark.parametrize(
    "message",
    [
        "An error occurred (Throttling) when calling X (request 550e8400-e29b-41d4-a716-446655440000)",
        "ORA-00060: deadlock detected while waiting for resource",
        "AADSTS7000215: Invalid client secret provided. Trace ID: 0a1b2c3d4e5f6a7b",
        "000630 (57014): Statement reached its statement or warehouse timeout of 3600 second(s)",
        "Error 111 connecting to 10.0.3.17:6379. Connection refused.",
        "user@10.1.2.3 refused; peer_10.1.2.3:5432; a1b2c3d4.de; xabc12345678; 0xdeadbeef01",
        "Request failed with status code 503 at ts=1764410000123",
    ],
)
def test_masked_ids_leave_the_fingerprint_and_the_codes_alone(message: str) -> None:
    masked = mask_ids(message)
    assert normalize_message(masked) == normalize_message(message)
    for code in ("ORA-00060", "AADSTS7000215", "000630", "57014", "503", "6379"):
        assert (code in masked) is (code in message)


def test_masking_ids_never_changes_the_fingerprint_or_the_decision_on_generated_messages() -> None:
    """Ids glued to every kind of neighbour (ports, addresses, hosts, codes): the masked message is equivalent."""
    rng = random.Random(3)
    neighbours = [" ", "(", ")", "'", '"', "=", "/", ":", "@", "_", "-", ".", ",", "a", "Z", "[", "\n", "", "x", "0"]

    def hexes(size: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(size))

    def token() -> str:
        return rng.choice(
            [
                str(uuid.UUID(int=rng.getrandbits(128))),
                hexes(16),
                "0x" + hexes(12),
                str(rng.randrange(10 ** rng.randrange(1, 13))),
                f"{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}:{rng.randrange(70000)}",
                f"ORA-{rng.randrange(100000):05d}",
                hexes(8) + ".de",
                f"host-{hexes(8)}.svc.cluster.local",
                f"AADSTS{rng.randrange(10**7)}",
                f"user{hexes(6)}@{hexes(8)}.example.com",
                f"{rng.randrange(10**9)}ms",
            ]
        )

    uncached = Classifier.default(cache_size=0)
    for _ in range(1500):
        message = "".join(rng.choice(neighbours) + token() + rng.choice(neighbours) for _ in range(rng.randrange(1, 5)))
        masked = mask_ids(message)
        assert normalize_message(masked) == normalize_message(message), message
        raw, zeroed = (uncached._decide(sig("builtins.RuntimeError", text)) for text in (message, masked))
        assert (raw.rule, raw.confidence) == (zeroed.rule, zeroed.confidence), message


def test_evidence_items_of_rules_sharing_an_id_keep_their_own_category() -> None:
    # Evidence items are built once and shared (speed, issue 13); two classifiers' user rules may share an id.
    signal = ErrorSignal(exc_type="acme.QuotaError", message="quota")
    for category in (Category.RESOURCE, Category.VALIDATION, Category.RESOURCE):
        clf = Classifier([Rule(id="acme.quota", category=category, exc_type=("acme.QuotaError",))], cache_size=0)
        verdict = clf.classify(signal)
        assert verdict.category is category
        assert [(item.rule_id, item.category, item.role) for item in verdict.evidence] == [
            ("acme.quota", category, "decided")
        ]


def test_mask_ids_prefilter_gives_what_the_id_regex_gives_on_the_whole_message() -> None:
    """mask_ids_python only scans from the first run of 7 id characters to the last (speed): same as a full scan."""
    from errorflow.classify.fingerprint import _ID, mask_ids_python

    rng = random.Random(11)
    pieces = [
        "0x", "deadbeef", "12345", "1234567", "a", "-", ".", ".de", ".dE", "x", " ", "=", ":", "@", "_", "f", "9",
        "00", "abcdefabcdef", "ORA-", "(", "1", "cafe", "0X", "g", "de", "G", "\u0663", "é", "\n", "'",
    ]  # fmt: skip
    for _ in range(20_000):
        message = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
        assert mask_ids_python(message) == mask_ids(message) == _ID.sub("0", message), message


# ---------------------------------------------------------------- rules the index cannot key


def test_a_rule_checked_one_by_one_runs_only_behind_what_its_class_condition_needs() -> None:
    def rule(*names: str) -> Rule:
        return Rule(id="t", category=Category.PERMANENT, exc_type=names, message="x")

    assert engine._needs(rule("*.MultipleObjectsReturned")) == (".MultipleObjectsReturned",)
    assert engine._needs(rule("app.*Error", "db.Lock?Timeout")) == ("Error", "db.Lock")
    assert engine._needs(rule("*", "app.Exact")) == ()  # an all-wildcard entry: any name can satisfy it
    assert engine._needs(Rule(id="m", category=Category.PERMANENT, message="X Y")) == ()


@pytest.mark.parametrize(
    ("exc_type", "bases"),
    [
        ("shop.models.Order.MultipleObjectsReturned", ()),
        ("shop.models.OrderLookupError", ("shop.models.Order.MultipleObjectsReturned", "builtins.Exception")),
    ],
)
def test_a_glob_rule_of_the_default_index_still_matches_through_its_needs(
    clf: Classifier, exc_type: str, bases: tuple[str, ...]
) -> None:
    verdict = clf.classify(sig(exc_type, "get() returned more than one Order -- it returned 2!", bases=bases))
    assert verdict.rule_id == "type.permanent.django_model_lookup"
    assert verdict.category is Category.PERMANENT
