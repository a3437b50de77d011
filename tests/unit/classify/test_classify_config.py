"""Rules files: TOML and YAML load; every kind of mistake fails at construction, naming the rule."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify.config import load_rules_file
from errorflow.errors import RulesFileError

GOOD_TOML = """
version = 1
disable = ["http.4xx"]

[[rules]]
id = "acme.quota"
category = "resource"
exc_type = ["acme.errors.QuotaError"]
message = "quota .* exceeded"
description = "our billing API"

[[rules]]
id = "acme.legacy-503"
category = "permanent"
http_status = [503]
exc_type = "acme.legacy.Client"
severity = "LOW"
strategy = "dead_letter"
retryable = false

[[rules]]
id = "acme.disk"
category = "resource"
errno = ["ENOSPC", 122]
code = ["53???"]
"""


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_toml_rules_file_loads_and_takes_precedence(tmp_path: Path) -> None:
    clf = Classifier.from_settings(rules_file=write(tmp_path, GOOD_TOML))
    quota = ErrorSignal(exc_type="acme.errors.QuotaError", message="monthly quota of 100 exceeded")
    assert clf.classify(quota).rule_id == "acme.quota"
    legacy = clf.classify(ErrorSignal(exc_type="acme.legacy.Client", message="down", http_status=503))
    assert (legacy.category, legacy.rule_id, legacy.retryable) == (Category.PERMANENT, "acme.legacy-503", False)
    assert clf.classify(ErrorSignal(exc_type="x.Y", message="teapot", http_status=418)).category is Category.UNKNOWN


def test_settings_object_supplies_the_file(tmp_path: Path) -> None:
    class FakeSettings:
        rules_file = write(tmp_path, GOOD_TOML)

    assert any(rule.id == "acme.quota" for rule in Classifier.from_settings(FakeSettings()).rules)


def test_empty_file_means_defaults_only(tmp_path: Path) -> None:
    loaded = load_rules_file(write(tmp_path, ""))
    assert loaded.rules == ()
    assert loaded.include_defaults is True


def test_yaml_rules_file(tmp_path: Path) -> None:
    pytest.importorskip("yaml", reason="PyYAML is optional; YAML rules files need it")
    text = "rules:\n  - id: acme.yaml\n    category: transient\n    message: 'flaky upstream'\n"
    clf = Classifier.from_settings(rules_file=write(tmp_path, text, "rules.yaml"))
    assert clf.classify(ErrorSignal(exc_type="x.Y", message="a flaky upstream")).rule_id == "acme.yaml"


def test_yaml_without_pyyaml_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # makes "import yaml" fail
    with pytest.raises(RulesFileError, match="pip install pyyaml"):
        load_rules_file(write(tmp_path, "rules: []\n", "rules.yml"))


@pytest.mark.parametrize(
    ("body", "rule_id", "problem"),
    [
        ('[[rules]]\nid = "a"\ncategory = "sometimes"\nmessage = "x"\n', "a", "unknown category 'sometimes'"),
        ('[[rules]]\nid = "b"\ncategory = "transient"\nmessage = "(unclosed"\n', "b", "not a valid regular expression"),
        ('[[rules]]\ncategory = "transient"\nmessage = "x"\n', None, "rule #1 has no 'id'"),
        (
            '[[rules]]\nid = "d"\ncategory = "transient"\nmessage = "x"\n[[rules]]\nid = "d"\ncategory = "resource"\n'
            'message = "y"\n',
            "d",
            "duplicate id",
        ),
        ('[[rules]]\nid = "e"\ncategory = "transient"\nmesage = "x"\n', "e", "unknown key(s) 'mesage'"),
        ('[[rules]]\nid = "f"\ncategory = "transient"\n', "f", "at least one condition"),
        ('[[rules]]\nid = "g"\nmessage = "x"\n', "g", "missing 'category'"),
        ('[[rules]]\nid = "h"\ncategory = "transient"\nhttp_status = [700]\n', "h", "http_status"),
        ('[[rules]]\nid = "i"\ncategory = "transient"\nerrno = ["ENOPE"]\n', "i", "errno"),
        ('[[rules]]\nid = "j"\ncategory = "transient"\nmessage = "x"\nseverity = "LOUD"\n', "j", "unknown severity"),
        ('[[rules]]\nid = "k"\ncategory = "transient"\nmessage = "x"\nstrategy = "pray"\n', "k", "unknown strategy"),
        ('[[rules]]\nid = "l"\ncategory = "transient"\nexc_type = [1]\n', "l", "exc_type"),
    ],
)
def test_bad_rule_fails_naming_rule_and_problem(tmp_path: Path, body: str, rule_id: str | None, problem: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(RulesFileError) as caught:
        Classifier.from_settings(rules_file=path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.rule_id == rule_id
    if rule_id is not None:
        assert f"rule {rule_id!r}" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("colour = 1\n", "unknown top-level key(s) 'colour'"),
        ("version = 2\n", "unsupported version"),
        ('disable = ["no.such.rule"]\n', "unknown default rule(s): 'no.such.rule'"),
        ("disable = 3\n", "'disable' must be a list"),
        ("include_defaults = 'yes'\n", "include_defaults"),
        ('rules = "x"\n', "'rules' must be a list"),
        ("rules = [1]\n", "must be a table"),
        ("[[rules]\n", "not valid TOML"),
    ],
)
def test_bad_file_structure(tmp_path: Path, body: str, problem: str) -> None:
    with pytest.raises(RulesFileError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        load_rules_file(write(tmp_path, body))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RulesFileError, match="cannot read the rules file"):
        Classifier.from_settings(rules_file=tmp_path / "absent.toml")


def test_rules_file_error_is_a_configuration_error(tmp_path: Path) -> None:
    from errorflow.errors import ConfigurationError

    with pytest.raises(ConfigurationError):
        load_rules_file(write(tmp_path, "colour = 1\n"))


def test_yaml_plumbing_with_a_stand_in_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # JSON is YAML, so a json-backed stand-in checks the YAML path without PyYAML installed.
    import json
    import types

    fake = types.ModuleType("yaml")
    fake.YAMLError = ValueError  # type: ignore[attr-defined]
    fake.safe_load = lambda raw: json.loads(raw)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "yaml", fake)
    text = '{"rules": [{"id": "acme.yaml", "category": "transient", "message": "flaky upstream"}]}'
    clf = Classifier.from_settings(rules_file=write(tmp_path, text, "rules.yaml"))
    assert clf.classify(ErrorSignal(exc_type="x.Y", message="a flaky upstream")).rule_id == "acme.yaml"
    with pytest.raises(RulesFileError, match="not valid YAML"):
        load_rules_file(write(tmp_path, "{not json", "broken.yaml"))
