"""Every SQL block of docs/queries.md runs against chDB loaded with known data, and gives the known answer.

The data: eight runs of three operations two hours ago (one ten days ago), with
their classifications, recovery actions, dead letters, breaker transitions,
alerts and quarantined records. Each block's expected answer is written out by
hand below, keyed by the heading it sits under; a block without an answer fails.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from errorflow.sinks import ChdbStore, Store, migrate
from tests.integration.sinks.docdata import CONN, OLD, TIMEOUT, B, load, t

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[3] / "docs" / "queries.md"


def sql_blocks(text: str) -> list[tuple[str, str]]:
    """``(key, sql)`` of every fenced sql block; the key is the heading above it, numbered from its second block."""
    blocks: list[tuple[str, str]] = []
    heading, seen = "", 0
    pattern = r"^(#{2,4}) ([^\n]+)$|^```sql\n(.*?)^```"
    for match in re.finditer(pattern, text, flags=re.MULTILINE | re.DOTALL):
        if match.group(2):
            heading, seen = match.group(2).strip(), 0
        else:
            seen += 1
            blocks.append((heading if seen == 1 else f"{heading} #{seen}", match.group(3)))
    return blocks


CONN_TRACE = f"Traceback\n{CONN[0]}: {CONN[1]}"
TIMEOUT_TRACE = f"Traceback\n{TIMEOUT[0]}: {TIMEOUT[1]}"
DUMP3 = '{"source":"indeed","keywords":"rust","page":2}'
M = timedelta(minutes=1)

EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "Find all failed operations": [
        ("charge_card", t(240.1), "amount must be positive", "system"),
        ("scrape_jobs", t(135.4), CONN[1], "user456"),
        ("scrape_jobs", t(125.4), CONN[1], "user456"),
        ("scrape_jobs", t(120.4), CONN[1], "user456"),
        ("scrape_jobs", t(0.5), TIMEOUT[1], "user123"),
        ("scrape_jobs", t(0.5, OLD), TIMEOUT[1], "user456"),
    ],
    "Find failures for a specific operation": [
        (t(135.4), "run-0003-a3", DUMP3, CONN[1], CONN_TRACE),
        (t(125.4), "run-0003-a2", DUMP3, CONN[1], CONN_TRACE),
        (t(120.4), "run-0003-a1", DUMP3, CONN[1], CONN_TRACE),
        (t(0.5), "run-0001-a1", '{"source":"stepstone","keywords":"python"}', TIMEOUT[1], TIMEOUT_TRACE),
        (t(0.5, OLD), "run-0008-a1", '{"run":8}', TIMEOUT[1], TIMEOUT_TRACE),
    ],
    "Find failures by user": [(t(0.5), "scrape_jobs", "run-0001-a1", TIMEOUT[0], TIMEOUT[1])],
    "Find operations with partial failures": [("bulk_delete_jobs", "run-0004-a1", "success", 3, 7, 10)],
    "Find operations with partial failures #2": [
        ("run-0004-a1", 2, "Job not found", '{"source":"stepstone","external_id":"12345"}'),
        ("run-0004-a1", 5, "Permission denied", '{"source":"indeed","external_id":"67890"}'),
        ("run-0004-a1", 8, "Database constraint violation", '{"source":"linkedin","external_id":"54321"}'),
    ],
    "Debug with input dump": [
        ("scrape_jobs", 3, DUMP3, CONN[0], CONN[1], CONN_TRACE, '[{"collection":"jobs","document_id":"j-77"}]')
    ],
    "Debug with input dump #2": [("keywords", '"rust"'), ("page", "2"), ("source", '"indeed"')],
    "Debug with input dump #3": [
        (a, f"run-0003-a{a}", s, t(start + off), CONN[0] if s == "failed" else None)
        for a, start in ((1, 120), (2, 125), (3, 135))
        for s, off in (("pending", 0), ("running", 0.01), ("failed", 0.4))
    ],
    "Error rate over the last 7 days": [(11, 6, 54.55)],
    "Error rate over the last 7 days #2": [
        ("bulk_delete_jobs", 1, 0, 0.0),
        ("charge_card", 4, 2, 50.0),
        ("scrape_jobs", 6, 4, 66.67),
    ],
    "Error rate per minute": [
        (B, 1, 2, 0.5),
        (B + M, 0, 1, 0.0),
        (B + 2 * M, 3, 3, 1.0),
        (B + 3 * M, 0, 1, 0.0),
        (B + 4 * M, 1, 1, 1.0),
        (B + 5 * M, 0, 1, 0.0),
        (B + 6 * M, 1, 1, 1.0),
        (B + 7 * M, 0, 1, 0.0),
    ],
    "Error rate per minute #2": [(11, 6, 2)],
    "Errors by category and severity": [("transient", "MEDIUM", 3), ("transient", "HIGH", 2), ("validation", "LOW", 1)],
    "Top errors (by fingerprint)": [
        ("fp-conn-scrape", CONN[0], "transient", 3, 1),
        ("fp-timeout-charge", "asyncio.TimeoutError", "transient", 1, 1),
        ("fp-timeout-scrape", TIMEOUT[0], "transient", 1, 1),
        ("fp-valid-charge", "ValueError", "validation", 1, 1),
    ],
    "Tool success, error and timeout rates, average latency": [
        ("bulk_delete_jobs", 1, 1.0, 0.0, 0.0, 1000.0),
        ("charge_card", 4, 0.5, 0.5, 0.25, 1375.0),
        ("scrape_jobs", 6, 0.3333, 0.6667, 0.1667, 366.7),
    ],
    "Response time percentiles": [
        ("bulk_delete_jobs", [1000, 1000, 1000]),
        ("charge_card", [250, 5000, 5000]),
        ("scrape_jobs", [400, 500, 500]),
    ],
    "Retry success rate": [(3, 2, 0.6667)],
    "Recovery success rate": [(4, 2, 0.5)],
    "Fallback usage rate": [(11, 1, 0.0909, 7200.0)],
    "Workflow success and abort rates": [(7, 5, 2, 0.7143, 0.2857)],
    "Workflow success and abort rates #2": [("flow-a", 2, True), ("flow-b", 2, False)],
    "Mean time to recovery (MTTR)": [(2, 57.475)],
    "Mean time to recovery (MTTR) #2": [("billing/stripe-api", 1, 54.0), ("scraper/stepstone-api", 1, 31.0)],
    "Every recovery decision of a run": [
        (t(120.45), 1, "retry_scheduled", "transient", 1.0, "backoff"),
        (t(125.45), 2, "retry_scheduled", "transient", 2.0, "backoff"),
        (t(135.45), 3, "dead_lettered", "transient", None, "retries_exhausted"),
    ],
    "Recovery actions by category": [
        ("", "succeeded_after_retry", 2),
        ("transient", "dead_lettered", 1),
        ("transient", "retry_scheduled", 4),
        ("validation", "failed_fast", 1),
    ],
    "Dead-letter backlog": [("scraper", "scrape_jobs", "transient", 1)],
    "Dead-letter backlog #2": [
        ("dlq-0003", "run-0003", "scrape_jobs", "new", CONN[0], t(136)),
        ("dlq-0008", "run-0008", "scrape_jobs", "succeeded_after_replay", TIMEOUT[0], t(1, OLD)),
    ],
    "Breakers and alerts": [
        ("scraper/stepstone-api", "closed", "open", t(121)),
        ("scraper/stepstone-api", "open", "half_open", t(151)),
        ("scraper/stepstone-api", "half_open", "closed", t(152)),
        ("billing/stripe-api", "closed", "open", t(366)),
        ("billing/stripe-api", "open", "half_open", t(419)),
        ("billing/stripe-api", "half_open", "closed", t(420)),
        ("scraper/stepstone-api", "closed", "open", t(900)),
    ],
    "Breakers and alerts #2": [
        ("error_rate_spike", "HIGH", "firing", "scraper", "scrape_jobs error rate 100% over 1m"),
        ("error_rate_spike", "HIGH", "resolved", "scraper", "scrape_jobs error rate back to 0%"),
    ],
    "Quarantined records": [("invalid_json", 2), ("too_large", 1)],
}


def same(got: Any, want: Any) -> bool:
    if isinstance(want, float) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-6)
    if isinstance(want, (list, tuple)) and isinstance(got, (list, tuple)):
        return len(got) == len(want) and all(same(g, w) for g, w in zip(got, want, strict=True))
    return bool(got == want)


@pytest.fixture(scope="module")
def doc_store(chdb_engine: ChdbStore) -> Iterator[Store]:
    """One database loaded once for every block of the document."""
    store = ChdbStore(chdb_engine.path, database="ef_queries_doc")
    store.execute("DROP DATABASE IF EXISTS ef_queries_doc SYNC")
    store.execute("CREATE DATABASE ef_queries_doc")
    migrate(store, database="ef_queries_doc")
    load(store)
    yield store
    store.execute("DROP DATABASE IF EXISTS ef_queries_doc SYNC")
    store.close()


BLOCKS = sql_blocks(DOC.read_text())


def test_every_block_has_a_known_answer() -> None:
    keys = [key for key, _ in BLOCKS]
    assert len(keys) == len(set(keys)), "two blocks under one heading key"
    assert set(keys) == set(EXPECTED), f"unanswered: {set(keys) - set(EXPECTED)}; stale: {set(EXPECTED) - set(keys)}"


@pytest.mark.parametrize(("key", "sql"), BLOCKS, ids=[key for key, _ in BLOCKS])
def test_block_gives_the_known_answer(doc_store: Store, key: str, sql: str) -> None:
    _, rows = doc_store.query_readonly(sql)  # exactly what `errorflow sql` runs
    want = EXPECTED[key]
    assert same(rows, want), f"{key}\n got: {rows}\nwant: {want}"
