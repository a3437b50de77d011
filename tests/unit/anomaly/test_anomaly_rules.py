"""The rules file: defaults, per-service and per-operation overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from errorflow.anomaly import RuleSet
from errorflow.errors import ConfigurationError

RULES = """
[defaults.static_rate]
threshold = 0.2

[[rules]]
service = "batch"
static_rate = { min_volume = 100 }
baseline = { enabled = false }

[[rules]]
service = "batch"
operation = "nightly"
static_rate = { threshold = 0.5 }
lifecycle = { hold_s = 30 }
"""


def test_overrides_merge_field_by_field() -> None:
    rules = RuleSet.from_toml(RULES)
    plain = rules.resolve("web", "index")
    assert plain.static_rate.threshold == 0.2
    assert plain.static_rate.min_volume == 20
    batch = rules.resolve("batch", "other")
    assert (batch.static_rate.threshold, batch.static_rate.min_volume) == (0.2, 100)
    assert not batch.baseline.enabled
    nightly = rules.resolve("batch", "nightly")
    assert (nightly.static_rate.threshold, nightly.static_rate.min_volume) == (0.5, 100)
    assert nightly.lifecycle.hold_s == 30
    assert nightly.burn_rate.slo_target == 0.99


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[defaults.static_rate]\nthreshold = 2", "threshold"),
        ("[defaults.static_rat]\nthreshold = 0.1", "static_rat"),
        ("[[rules]]\nservice = 'x'\nstatic_rate = { treshold = 0.1 }", "treshold"),
        ("[alerts]\nx = 1", "alerts"),
        ("not toml = = =", "TOML"),
        # Infinite windows passed, then raised OverflowError at the first evaluation (the pipeline stopped).
        ("[defaults.static_rate]\nwindow_s = inf", "window_s"),
        ("[defaults.baseline]\nhistory_s = inf", "history_s"),
        ("[[rules]]\nservice = 'x'\nfingerprint_burst = { history_s = inf }", "history_s"),
        ("[defaults.burn_rate]\nfast = { long_s = inf, short_s = 300, factor = 14.4 }", "long_s"),
        ("[defaults.static_rate]\nthreshold = nan", "threshold"),
    ],
)
def test_a_bad_file_fails_at_load_naming_the_problem(text: str, needle: str) -> None:
    with pytest.raises(ConfigurationError, match=needle):
        RuleSet.from_toml(text)


def test_from_file(tmp_path: Path) -> None:
    path = tmp_path / "anomaly.toml"
    path.write_text(RULES)
    assert RuleSet.from_file(path).resolve("batch", "nightly").static_rate.threshold == 0.5
    assert RuleSet.from_file(None).default.static_rate.threshold == 0.1
    with pytest.raises(ConfigurationError, match="cannot read"):
        RuleSet.from_file(tmp_path / "missing.toml")


def test_the_documented_rules_file_loads() -> None:
    import re

    doc = (Path(__file__).resolve().parents[3] / "docs" / "anomalies.md").read_text(encoding="utf-8")
    tuning, notify = re.findall(r"```toml\n(.*?)```", doc, flags=re.DOTALL)
    rules = RuleSet.from_toml(tuning)
    assert rules.resolve("payments", "charge").dependency_down.min_failures == 5
    assert rules.resolve("batch", "x").static_rate.threshold == 0.25
    routes = RuleSet.from_toml(notify).notify
    assert [(r.name, r.kind, r.format) for r in routes] == [("oncall", "webhook", "slack"), ("log", "log", "json")]


def test_notify_routes_load_and_default_to_the_log() -> None:
    assert [(r.name, r.kind) for r in RuleSet().notify] == [("log", "log")]
    rules = RuleSet.from_toml(
        '[[notify]]\nname = "oncall"\nkind = "webhook"\nurl = "https://hooks.example.com/x"\n'
        'format = "slack"\nseverities = ["CRITICAL", "HIGH"]\n'
    )
    (route,) = rules.notify
    assert route.severities == ("CRITICAL", "HIGH")
    assert "hooks.example.com" not in repr(route)  # the URL is a secret
    with pytest.raises(ConfigurationError, match="needs an http"):
        RuleSet.from_toml('[[notify]]\nname = "x"\nkind = "webhook"\n')
