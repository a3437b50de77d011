"""The Python examples in docs/recovery.md run as written."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[3] / "docs" / "recovery.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_doc_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_doc_example_runs(index: int) -> None:
    exec(compile(BLOCKS[index], f"{DOC.name}[{index}]", "exec"), {})


def test_doc_toml_example_loads(tmp_path: Path) -> None:
    from errorflow.recovery import PolicySet

    [toml] = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    path = tmp_path / "policies.toml"
    path.write_text(toml, encoding="utf-8")
    policies = PolicySet.from_toml(path)
    assert policies.policy_for("transient", "scrape_jobs").max_attempts == 10
    assert not policies.policy_for("transient", "charge_card").retries
