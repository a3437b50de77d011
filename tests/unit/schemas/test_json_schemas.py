from pathlib import Path

import pytest

from errorflow.schemas.export import CONTRACTS, render

JSON_DIR = Path(__file__).resolve().parents[3] / "schemas" / "json"


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_committed_json_schema_matches_the_model(name: str) -> None:
    committed = (JSON_DIR / name).read_bytes()
    assert committed == render(CONTRACTS[name]), f"run: python -m errorflow.schemas.export schemas/json ({name})"
