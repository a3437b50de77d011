"""Issue 5 end to end: failures of each category become rows in error_classifications."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from errorflow.sdk import configure, operation, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for_rows

pytestmark = pytest.mark.integration


class Order(BaseModel):
    quantity: int


@pytest.fixture
def sdk(running_stack: RunningStack) -> Iterator[None]:
    configure(running_stack.settings, service="it-classify")
    yield
    shutdown()


@operation(name="it_cls_transient", register=False)
def transient(n: int) -> None:
    raise ConnectionResetError(104, f"Connection reset by peer (request {n})")


@operation(name="it_cls_resource", register=False)
def resource(n: int) -> None:
    raise OSError(28, "No space left on device", f"/var/tmp/upload-{n}.bin")


@operation(name="it_cls_validation", register=False)
def validation(n: int) -> None:
    Order.model_validate({"quantity": f"many-{n}"})


@operation(name="it_cls_permanent", register=False)
def permanent(n: int) -> None:
    raise PermissionError(13, "Permission denied", f"/srv/secrets/{n}")


def test_each_category_is_classified_with_a_stable_fingerprint(running_stack: RunningStack, sdk: None) -> None:
    for function in (transient, resource, validation, permanent):
        for n in (1, 2):
            with pytest.raises(Exception):  # noqa: B017  # each raises its own kind on purpose
                function(n)
    rows = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT operation, category, severity, strategy, retryable, fingerprint, rule_id, "
            "toUnixTimestamp64Milli(classified_at) - toUnixTimestamp64Milli(failed_at) AS latency_ms "
            "FROM {db}.error_classifications WHERE operation LIKE 'it_cls_%' AND attempt = 1"
        ),
        count=8,
        timeout_s=60,
        what="classifications",
    )
    by_op: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_op.setdefault(str(row["operation"]), []).append(row)
    expected = {
        "it_cls_transient": ("transient", "retry_with_backoff", True),
        "it_cls_resource": ("resource", "wait_for_resources", True),
        "it_cls_validation": ("validation", "fail_fast", False),
        "it_cls_permanent": ("permanent", "dead_letter", False),
    }
    fingerprints = {}
    for operation_name, (category, strategy, retryable) in expected.items():
        pair = by_op[operation_name]
        assert {row["category"] for row in pair} == {category}, pair
        assert {row["strategy"] for row in pair} == {strategy}
        assert {bool(row["retryable"]) for row in pair} == {retryable}
        assert all(row["rule_id"] for row in pair)
        # The two failures differ only in ids and paths: one fingerprint.
        assert len({row["fingerprint"] for row in pair}) == 1, pair
        fingerprints[operation_name] = pair[0]["fingerprint"]
        assert all(0 <= int(str(row["latency_ms"])) < 5000 for row in pair)
    assert len(set(fingerprints.values())) == 4, "different errors, different fingerprints"
