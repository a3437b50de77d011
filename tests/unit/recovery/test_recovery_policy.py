from pathlib import Path

import pytest

from errorflow.errors import ConfigurationError
from errorflow.recovery import Category, PolicySet, RetryPolicy, default_policies
from errorflow.settings import RecoverySettings


def test_defaults_follow_the_seeds() -> None:
    policies = PolicySet()
    transient = policies.policy_for("transient")
    assert (transient.max_attempts, transient.initial_delay_s, transient.multiplier) == (5, 1.0, 2.0)
    assert (transient.max_delay_s, transient.jitter, transient.on_exhausted) == (60.0, "full", "dead_letter")
    resource = policies.policy_for("resource")
    assert resource.initial_delay_s == 300.0  # seed 001's queue_and_wait
    assert resource.retries and resource.max_attempts <= 5
    validation = policies.policy_for("validation")
    assert not validation.retries and validation.on_exhausted == "fail"
    permanent = policies.policy_for("permanent")
    assert not permanent.retries and permanent.always_dead_letter
    unknown = policies.policy_for("unknown")
    assert unknown.max_attempts == 2 and unknown.on_exhausted == "dead_letter"


def test_resource_wait_is_configurable() -> None:
    assert default_policies(resource_wait_s=30.0)[Category.RESOURCE].initial_delay_s == 30.0
    policies = PolicySet.from_mapping({}, resource_wait_s=RecoverySettings(resource_wait_s=42).resource_wait_s)
    assert policies.policy_for("resource").initial_delay_s == 42.0


@pytest.mark.parametrize("name", ["nonsense", "", "TRANSIENT"])
def test_category_parse_falls_back_to_unknown_and_ignores_case(name: str) -> None:
    expected = Category.TRANSIENT if name == "TRANSIENT" else Category.UNKNOWN
    assert Category.parse(name) is expected


def test_category_parse_accepts_another_str_enum() -> None:
    from enum import Enum

    class Other(str, Enum):
        RESOURCE = "resource"

    assert Category.parse(Other.RESOURCE) is Category.RESOURCE
    assert PolicySet().policy_for(Other.RESOURCE) == PolicySet().policy_for("resource")


def test_recovery_and_the_classifier_share_one_category_enum() -> None:
    import errorflow.classify
    import errorflow.recovery.policy

    assert Category is errorflow.classify.Category
    assert errorflow.recovery.policy.Category is errorflow.classify.model.Category
    policies = PolicySet()
    assert policies.policy_for(errorflow.classify.Category.RESOURCE) is policies.policy_for(Category.RESOURCE)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"max_attempts": 0}, "max_attempts must be >= 1"),
        ({"max_attempts": 2.5}, "max_attempts must be an integer"),
        ({"max_attempts": True}, "max_attempts must be an integer"),
        ({"initial_delay_s": -1.0}, "initial_delay_s must be >= 0"),
        ({"multiplier": 0.5}, "multiplier must be >= 1"),
        ({"initial_delay_s": 10.0, "max_delay_s": 5.0}, "max_delay_s (5.0) must be >= initial_delay_s (10.0)"),
        ({"max_delay_s": float("inf")}, "max_delay_s must be finite"),
        ({"deadline_s": 0}, "deadline_s must be > 0"),
        ({"jitter": "random"}, "jitter must be one of"),
        ({"on_exhausted": "drop"}, "on_exhausted must be one of"),
        ({"never_retry": "yes"}, "never_retry must be true or false"),
    ],
)
def test_invalid_policies_fail_at_construction(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        RetryPolicy(**fields)  # type: ignore[arg-type]


def test_policy_is_frozen_and_overrides_copy() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_attempts = 3  # type: ignore[misc]
    assert policy.with_overrides({"max_attempts": 3}).max_attempts == 3
    assert policy.max_attempts == 5
    with pytest.raises(ConfigurationError, match="unknown policy field"):
        policy.with_overrides({"max_attempt": 3})
    assert set(policy.to_dict()) >= {"max_attempts", "deadline_s", "never_retry", "always_dead_letter"}


def test_operation_overrides_wide_then_per_category() -> None:
    policies = PolicySet().with_operation(
        "scrape",
        {"deadline_s": 600.0, "max_attempts": 3, "transient": {"max_attempts": 8, "jitter": "equal"}},
    )
    transient = policies.policy_for("transient", "scrape")
    assert (transient.max_attempts, transient.jitter, transient.deadline_s) == (8, "equal", 600.0)
    unknown = policies.policy_for("unknown", "scrape")
    assert (unknown.max_attempts, unknown.deadline_s) == (3, 600.0)
    # other operations keep the category defaults
    assert policies.policy_for("transient", "other").max_attempts == 5
    assert policies.policy_for("transient").deadline_s is None


def test_operation_overrides_are_validated_when_the_set_is_built() -> None:
    with pytest.raises(ConfigurationError, match=r"operation 'scrape', category 'transient': max_delay_s"):
        PolicySet().with_operation("scrape", {"transient": {"max_delay_s": 0.1}})
    with pytest.raises(ConfigurationError, match=r"operation 'scrape': unknown key 'retries'"):
        PolicySet().with_operation("scrape", {"retries": 3})
    with pytest.raises(ConfigurationError, match="must be a table"):
        PolicySet().with_operation("scrape", {"transient": 3})


def test_operation_can_never_retry_or_always_dead_letter() -> None:
    policies = (
        PolicySet()
        .with_operation("charge", {"never_retry": True})
        .with_operation("import", {"always_dead_letter": True})
    )
    assert not policies.policy_for("transient", "charge").retries
    assert policies.policy_for("transient", "import").always_dead_letter
    # always_dead_letter wins over validation's on_exhausted="fail" (see the planner tests)
    assert policies.policy_for("validation", "import").always_dead_letter


def test_from_mapping_rejects_unknown_tables_and_categories() -> None:
    with pytest.raises(ConfigurationError, match="unknown top-level table"):
        PolicySet.from_mapping({"category": {}})
    with pytest.raises(ConfigurationError, match="unknown category 'flaky'"):
        PolicySet.from_mapping({"categories": {"flaky": {}}})
    with pytest.raises(ConfigurationError, match=r"category 'transient': multiplier"):
        PolicySet.from_mapping({"categories": {"transient": {"multiplier": 0}}})


def test_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "policies.toml"
    path.write_text(
        """
[categories.transient]
max_attempts = 6
initial_delay_s = 0.5

[categories.resource]
initial_delay_s = 30
max_delay_s = 60

[operations.scrape_jobs]
deadline_s = 3600

[operations.scrape_jobs.transient]
max_attempts = 10
""",
        encoding="utf-8",
    )
    policies = PolicySet.from_toml(path)
    assert policies.policy_for("transient").max_attempts == 6
    assert policies.policy_for("transient").initial_delay_s == 0.5
    assert policies.policy_for("resource").initial_delay_s == 30
    scrape = policies.policy_for("transient", "scrape_jobs")
    assert (scrape.max_attempts, scrape.initial_delay_s, scrape.deadline_s) == (10, 0.5, 3600)


def test_from_toml_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[categories.transient\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="invalid TOML"):
        PolicySet.from_toml(bad)
    with pytest.raises(ConfigurationError, match="cannot read"):
        PolicySet.from_toml(tmp_path / "missing.toml")
    invalid = tmp_path / "invalid.toml"
    invalid.write_text("[categories.transient]\nmax_attempts = 0\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"invalid.toml: category 'transient': max_attempts"):
        PolicySet.from_toml(invalid)


def test_policy_set_needs_every_category() -> None:
    with pytest.raises(ConfigurationError, match="no policy for categories"):
        PolicySet(categories={Category.TRANSIENT: RetryPolicy()})


@pytest.mark.parametrize(
    "fields",
    [
        {"initial_delay_s": 1e12, "max_delay_s": 1e12},
        {"max_delay_s": 1e300},
        {"deadline_s": 1e300},
    ],
)
def test_a_delay_or_deadline_past_any_date_is_refused(fields: dict[str, float]) -> None:
    # Finite but too long: a decision time plus it is no date, and every decision on the policy raised.
    with pytest.raises(ConfigurationError, match="must be <="):
        RetryPolicy(**fields)


def test_the_longest_policy_allowed_still_decides_at_the_latest_storable_time() -> None:
    import random
    from datetime import datetime, timezone

    from errorflow.recovery import RetrySchedule, decide
    from errorflow.recovery.policy import MAX_POLICY_S
    from errorflow.schemas import TaskRunEvent, TaskRunStatus

    longest = RetryPolicy(
        initial_delay_s=MAX_POLICY_S, max_delay_s=MAX_POLICY_S, jitter="none", deadline_s=MAX_POLICY_S
    )
    at = datetime(2299, 12, 31, tzinfo=timezone.utc)
    failed = TaskRunEvent(
        run_id="r", root_run_id="r", operation="op", service="svc", status=TaskRunStatus.FAILED, occurred_at=at
    )
    decision = decide(failed=failed, category="transient", policy=longest, now=at, rng=random.Random(1))
    assert isinstance(decision, RetrySchedule) and decision.delay_s == MAX_POLICY_S
