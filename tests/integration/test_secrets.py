"""Issue 9 item 5: credentials in messages, tracebacks, inputs and context never reach Kafka or ClickHouse.

Failures carry secrets in every place a service puts them: the message, the
cause chain (the traceback and ``error_context``), a source line, input values
under harmless keys (``dsn``), bulk item errors, and the runner's dead-letter
path. Then every text column of every table of the store, and every record
(key, value, headers) of every topic of this stack, is read: none holds any of
the secrets. Tables and topics are listed from the system, not from a fixed
list, so new ones are covered as they appear.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer
from pydantic import BaseModel, Field

from errorflow.embedded.stack import EmbeddedStack
from errorflow.errors import BulkOperationError
from errorflow.schemas.events import TaskRunEvent
from errorflow.sdk import REDACTED, configure, operation, shutdown
from errorflow.sdk.runtime import runtime
from tests.integration import recovery_support as support
from tests.integration import secret_ops as s
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for, wait_for_rows
from tests.lifecycle import expand

pytestmark = pytest.mark.integration

_TEXT_TYPE = re.compile(r"^(?:LowCardinality\(|Nullable\(|Array\(|Map\(|SimpleAggregateFunction\([^,]+, )*.*String")


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    settings = support.recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("secrets"), name="sec")
    embedded = EmbeddedStack(settings, ops_modules=("tests.integration.secret_ops",))
    embedded.start(ready_timeout_s=90)
    try:
        yield RunningStack(embedded, settings)
    finally:
        embedded.stop()


@pytest.fixture(scope="module")
def runner_root(stack: RunningStack) -> str:
    """Raise every kind of leaky failure once, directly and through the runner; the runner's root run id."""
    configure(stack.settings, service="it-secrets-caller")
    try:
        _direct_failures()
        command = support.start("sec_crm_sync", {"account": "acme"})
        assert runtime().emitter.flush(10)
    finally:
        shutdown()
    return command.root_run_id


def _direct_failures() -> None:

    @operation(name="sec_connect", dependency="postgres", register=False)
    def connect(dsn: str, note: str, options: dict[str, Any]) -> None:
        raise ConnectionRefusedError(111, f"connection to {dsn} refused")

    def call_api(url: str, headers: dict[str, str]) -> None:
        raise RuntimeError(f"GET {url} failed with headers {headers!r}")

    @operation(name="sec_fetch", dependency="items-api", register=False)
    def fetch(page: int) -> None:
        try:
            call_api(
                f"https://api.example.com/v1/items?api_key={s.API_KEY}&page={page}&token={s.QUERY_TOKEN}",
                {"Authorization": f"Basic {s.BASIC_CREDENTIAL}", "Accept": "json"},
            )
        except RuntimeError as exc:
            raise LookupError(f"items unavailable for page {page}") from exc

    @operation(name="sec_source_line", register=False)
    def source_line() -> None:
        raise OSError("mysql://root:LiteralPw-4242@db/app is down")

    @operation(name="sec_upload", dependency="s3", register=False)
    def upload(keys: list[str]) -> None:
        raise BulkOperationError(
            "2 of 3 uploads failed",
            error_list=[
                {"index": 0, "error": f"AccessDenied for {s.AWS_ACCESS_KEY_ID} / secret {s.AWS_SECRET_KEY}"},
                {"index": 1, "error": f"bad signing key {s.PRIVATE_KEY}", "item": {"session": s.JWT}},
            ],
            success_count=1,
        )

    @operation(name="sec_login", register=False)
    def login(user: str) -> None:
        raise ValueError(f"login failed: user={user} password={s.KV_PASSWORD} session {s.JWT}")

    class Client(BaseModel):
        region: str
        api_key: str = Field(min_length=40)

    @operation(name="sec_validate", register=False)
    def validate(region: str) -> None:
        Client(region=region, api_key=s.VALIDATION_SECRET)

    calls: list[tuple[str, Any]] = [
        ("message_and_input", lambda: connect(s.DB_URL, f"Basic {s.BASIC_CREDENTIAL}", {"dsn2": s.DB_URL})),
        ("cause_chain", lambda: fetch(2)),
        ("source_line", source_line),
        ("bulk_items", lambda: upload(["a", "b", "c"])),
        ("message_pairs", lambda: login("ann")),
        ("validation_error", lambda: validate("eu-west-1")),
    ]
    for case, call in calls:
        try:
            call()
        except Exception:  # each raises; the run ids come from the events below
            pass
        else:  # pragma: no cover - the operations always raise
            raise AssertionError(f"{case} did not raise")


def _string_columns(stack: RunningStack) -> dict[str, list[str]]:
    rows = stack.rows("SELECT table, name, type FROM system.columns WHERE database = '{db}' ORDER BY table, position")
    columns: dict[str, list[str]] = {}
    for row in rows:
        kind = str(row["type"])
        if _TEXT_TYPE.match(kind) and not kind.startswith("AggregateFunction"):
            columns.setdefault(str(row["table"]), []).append(str(row["name"]))
    return columns


def _leaks_in_store(stack: RunningStack) -> tuple[list[str], int, str]:
    """Every secret found in any text column, the number of rows read, and all the text (for checks)."""
    found: list[str] = []
    rows_read = 0
    everything: list[str] = []
    for table, names in _string_columns(stack).items():
        select = ", ".join(f"toString(`{name}`) AS `{name}`" for name in names)
        for row in stack.rows(f"SELECT {select} FROM {{db}}.`{table}`"):
            rows_read += 1
            for name, value in row.items():
                text = str(value)
                everything.append(text)
                found.extend(
                    f"{label} in {table}.{name}: {text[:200]!r}"
                    for label, secret in s.SECRETS.items()
                    if secret in text
                )
    return found, rows_read, "\n".join(everything)


async def _topic_records(bootstrap: str, token: str) -> dict[str, list[bytes]]:
    """Every record (key, value and header values) of every topic whose name has the stack's token."""
    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await probe.start()
    try:
        topics = sorted(topic for topic in await probe.topics() if token in topic)
    finally:
        await probe.stop()
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    records: dict[str, list[bytes]] = {topic: [] for topic in topics}
    quiet_since = time.monotonic()
    try:
        while time.monotonic() - quiet_since < 5:
            batches = await consumer.getmany(timeout_ms=500)
            for partition, messages in batches.items():
                for message in messages:
                    quiet_since = time.monotonic()
                    parts = [message.key or b"", message.value or b""]
                    parts.extend(value for _, value in message.headers)
                    records[partition.topic].append(b"\n".join(parts))
    finally:
        await consumer.stop()
    return records


def test_no_secret_reaches_any_table_or_topic(stack: RunningStack, runner_root: str) -> None:
    db_operations = (
        "('sec_connect', 'sec_fetch', 'sec_source_line', 'sec_upload', 'sec_login', 'sec_validate', 'sec_crm_sync')"
    )
    wait_for_rows(
        lambda: stack.rows(
            f"SELECT run_id FROM {{db}}.taskrun_events WHERE status = 'failed' AND operation IN {db_operations}"
        ),
        count=7,
        timeout_s=90,
        what="failed events of the seven leaky operations",
    )
    wait_for_rows(
        lambda: stack.rows(f"SELECT run_id FROM {{db}}.error_classifications WHERE operation IN {db_operations}"),
        count=7,
        timeout_s=90,
        what="classifications of the seven failures",
    )
    support.wait_for_action(stack, runner_root, "dead_lettered", timeout_s=90)
    wait_for(
        lambda: stack.rows(f"SELECT dlq_id FROM {{db}}.dlq_entries WHERE root_run_id = '{runner_root}'"),
        timeout_s=60,
        what="the dead letter of the runner's failure",
    )

    # An input value holding a secret is replaced whole, so recovery never re-runs the call with a
    # broken value (a URL whose password reads ***REDACTED***): it dead-letters it as not retryable.
    connect = stack.rows(
        "SELECT root_run_id, input_dump FROM {db}.taskrun_events WHERE operation = 'sec_connect' AND status = 'failed'"
    )[0]
    expected_dump = {"dsn": REDACTED, "note": REDACTED, "options": {"dsn2": REDACTED}}
    assert orjson.loads(str(connect["input_dump"])) == expected_dump
    actions = support.wait_for_action(stack, str(connect["root_run_id"]), "dead_lettered", timeout_s=60)
    assert [a["reason"] for a in actions if a["action"] == "dead_lettered"] == ["not_retryable"]

    leaks, rows_read, text = _leaks_in_store(stack)
    assert rows_read > 20, "the scan read the store"
    assert not leaks, "\n".join(sorted({leak.split(":")[0] for leak in leaks}))
    assert REDACTED in text, "the secrets were there to find, and were replaced"
    for fragment in (
        "connection to postgresql://app:",
        "GET https://api.example.com/v1/items?api_key=",
        "CRM sync failed, Authorization: ",
    ):
        assert fragment in text, f"the text around the secrets is kept: {fragment!r}"

    token = stack.settings.app_id.split("-")[-1]  # in the topic prefix and in Faust's changelog topics
    records = asyncio.run(_topic_records(str(stack.settings.kafka.bootstrap), token))
    events_topic = stack.topic("taskruns.events")
    events = expand(
        [TaskRunEvent.model_validate_json(value.split(b"\n", 1)[1]) for value in records.get(events_topic, [])]
    )
    assert len(events) >= 21, "the scan read the events topic (a quick call's one record stands for three events)"
    found = [
        f"{label} in {topic}"
        for topic, values in records.items()
        for value in values
        for label, secret in s.SECRETS.items()
        if secret.encode() in value
    ]
    assert not found, "\n".join(sorted(set(found)))
