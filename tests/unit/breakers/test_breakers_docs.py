"""The examples in docs/breakers.md run and load as written."""

import re
from pathlib import Path

import pytest

from errorflow.breakers import BreakerConfigSet
from errorflow.recovery import PolicySet

DOC = Path(__file__).resolve().parents[3] / "docs" / "breakers.md"
TEXT = DOC.read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", TEXT, flags=re.DOTALL)


def test_the_doc_has_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_doc_example_runs(index: int) -> None:
    exec(compile(BLOCKS[index], f"{DOC.name}[{index}]", "exec"), {})


def test_doc_toml_example_loads(tmp_path: Path) -> None:
    [toml] = re.findall(r"```toml\n(.*?)```", TEXT, flags=re.DOTALL)
    path = tmp_path / "policies.toml"
    path.write_text(toml, encoding="utf-8")
    configs = BreakerConfigSet.from_toml(path)
    assert configs.config_for("storage").wait_open_s == 60 and configs.config_for("storage").minimum_calls == 5
    assert configs.config_for("search-api").sliding_window_type == "time"
    assert configs.config_for("unnamed").minimum_calls == 20
    PolicySet.from_toml(path)  # the retry policies read the same file


def test_every_config_field_is_documented() -> None:
    from dataclasses import fields

    from errorflow.breakers import BreakerConfig

    for item in fields(BreakerConfig):
        assert f"`{item.name}`" in TEXT, item.name
