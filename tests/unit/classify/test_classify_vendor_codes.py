"""Vendor error codes are data with a cited source, read out of the messages vendors print."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify._tables import normalize_code
from errorflow.classify._vendor_codes import (
    CLASS_SCOPED_VENDORS,
    GENERIC_CODES,
    SOURCES,
    SPELLED_VENDORS,
    VENDOR_CODES,
)
from errorflow.classify.defaults import default_rules, vendor_rules
from errorflow.classify.evidence import Link

VENDORS = {vendor for vendor, _, _ in VENDOR_CODES}


def test_every_row_cites_a_source_and_names_a_category() -> None:
    for vendor, _, rows in VENDOR_CODES:
        for code, category, source, note in rows:
            assert source in SOURCES, (vendor, code)
            assert Category(category) is not Category.UNKNOWN
            assert note.strip(), (vendor, code)


def test_the_issue_s_vendors_are_all_there() -> None:
    assert {
        "aws", "gcp", "azure", "stripe", "llm", "elasticsearch", "kubernetes", "oracle", "mssql", "snowflake",
        "cassandra",
    } <= VENDORS  # fmt: skip


def test_no_code_means_two_things_within_one_namespace() -> None:
    # A scoped vendor's codes are a namespace of their own: they are read only on that vendor's errors.
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for vendor, prefix, rows in VENDOR_CODES:
        scope = vendor if vendor in SPELLED_VENDORS or vendor in CLASS_SCOPED_VENDORS else ""
        for code, category, _, _ in rows:
            key = (scope, normalize_code(prefix + code))
            if key in seen:
                assert seen[key][1] == category, f"{vendor}.{code} contradicts {seen[key][0]}"
            seen[key] = (f"{vendor}.{code}", category)


def test_every_row_is_a_default_rule_citing_its_source() -> None:
    ids = {rule.id for rule in default_rules()}
    rules = list(vendor_rules())
    assert rules
    for rule in rules:
        assert rule.id in ids
        assert any(source in rule.description for source in SOURCES.values())


def test_generic_codes_are_known_codes() -> None:
    known = {normalize_code(prefix + row[0]) for _, prefix, rows in VENDOR_CODES for row in rows}
    assert GENERIC_CODES.issubset(known | {"CLUSTERBLOCK", "FORBIDDEN", "VALIDATION"})


@pytest.mark.parametrize(
    ("exc_type", "message", "code"),
    [
        ("oracledb.exceptions.DatabaseError", "ORA-00060: deadlock detected while waiting for resource", "ORA00060"),
        ("oracledb.exceptions.OperationalError", "DPY-4011: the database or network closed the connection", "DPY4011"),
        (
            "pyodbc.Error",
            "('HY000', '[HY000] [Microsoft][ODBC Driver 18 for SQL Server]x (9002) (SQLExecDirectW)')",
            "MSSQL9002",
        ),
        (
            "pymssql.exceptions.OperationalError",
            "(20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect')",
            "MSSQL20009",
        ),
        (
            "snowflake.connector.errors.ProgrammingError",
            "000630 (57014): Statement reached its statement or warehouse timeout",
            "SNOWFLAKE000630",
        ),
        (
            "cassandra.protocol.ServerError",
            'Error from server: code=1100 [Coordinator node timed out] message="x"',
            "CASSANDRA1100",
        ),
        (
            "clickhouse_connect.driver.exceptions.DatabaseError",
            "Code: 241. DB::Exception: Memory limit exceeded",
            "CLICKHOUSE241",
        ),
        (
            "elasticsearch.ApiError",
            "ApiError(429, 'es_rejected_execution_exception', 'rejected execution')",
            "ESREJECTEDEXECUTION",
        ),
        (
            "builtins.RuntimeError",
            "Pod p failed: phase=Failed reason=Evicted message=The node was low on resource",
            "EVICTED",
        ),
        (
            "kubernetes.client.exceptions.ApiException",
            '(409)\nReason: Conflict\nHTTP response body: {"reason":"AlreadyExists"}',
            "ALREADYEXISTS",
        ),
        ("stripe.error.CardError", "Request req_1: declined {'code': 'card_declined'}", "CARDDECLINED"),
        (
            "azure.core.exceptions.HttpResponseError",
            "(QuotaExceeded) Cores quota exceeded\nCode: QuotaExceeded\nMessage: x",
            "QUOTAEXCEEDED",
        ),
        (
            "azure.core.exceptions.ClientAuthenticationError",
            "AADSTS7000222: The provided client secret keys are expired.",
            "AADSTS7000222",
        ),
        (
            "twilio.base.exceptions.TwilioRestException",
            "HTTP 400 error: x\nhttps://www.twilio.com/docs/errors/21211",
            "TWILIO21211",
        ),
        (
            "slack_sdk.errors.SlackApiError",
            "The server responded with: {'ok': False, 'error': 'channel_not_found'}",
            "CHANNELNOTFOUND",
        ),
        (
            "tensorflow.python.framework.errors_impl.ResourceExhaustedError",
            "OOM when allocating tensor",
            "RESOURCEEXHAUSTED",
        ),
        # clickhouse-driver's ServerException.__str__: the server's message on the next line
        (
            "clickhouse_driver.errors.ServerException",
            "Code: 252.\nDB::Exception: Too many parts (300).",
            "CLICKHOUSE252",
        ),
        (
            "clickhouse_driver.errors.ServerException",
            "Code: 241.\nNested: x\nDB::Exception: Memory limit (total) exceeded",
            "CLICKHOUSE241",
        ),
        (
            "cassandra.WriteFailure",
            'Error from server: code=1500 [Replica(s) failed to execute write] message="Operation failed - '
            'received 1 responses and 1 failures: TIMEOUT from /10.1.2.3:7000"',
            "CASSANDRATIMEOUT",
        ),
        (
            "neo4j.exceptions.TransientError",
            "{code: Neo.TransientError.Transaction.DeadlockDetected} {message: x}",
            "NEO4JDEADLOCKDETECTED",
        ),
        (
            "trino.exceptions.TrinoQueryError",
            "TrinoQueryError(type=USER_ERROR, name=TABLE_NOT_FOUND, message=\"line 1:15: Table 'a.b.c' does not "
            'exist", query_id=1)',
            "TRINOTABLENOTFOUND",
        ),
        (
            "azure.core.exceptions.HttpResponseError",
            "The specified container is being deleted.\nRequestId:1\nErrorCode:ContainerBeingDeleted",
            "CONTAINERBEINGDELETED",
        ),
        (
            "simple_salesforce.exceptions.SalesforceMalformedRequest",
            "Malformed request https://x/. Response content: [{'message': 'x', 'errorCode': 'DUPLICATE_VALUE'}]",
            "DUPLICATEVALUE",
        ),
    ],
)
def test_codes_are_read_from_messages(exc_type: str, message: str, code: str) -> None:
    assert code in Link(exc_type, message).codes


def test_a_type_field_counts_only_when_a_table_knows_it() -> None:
    assert "OVERLOADED" in Link("x.Y", "{'type': 'error', 'error': {'type': 'overloaded_error'}}").codes
    assert "INVALIDREQUEST" not in Link("x.Y", "{'error': {'type': 'invalid_request_error'}}").codes


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        ("cx_Oracle.DatabaseError", "ORA-12519: TNS:no appropriate service handler found", Category.RESOURCE),
        (
            "oracledb.exceptions.IntegrityError",
            "ORA-00001: unique constraint (APP.PK_ORDERS) violated",
            Category.VALIDATION,
        ),
        (
            "cassandra.protocol.ServerError",
            "Error from server: code=1001 [Coordinator node overloaded]",
            Category.TRANSIENT,
        ),
        (
            "clickhouse_connect.driver.exceptions.DatabaseError",
            "Code: 60. DB::Exception: Table default.x does not exist",
            Category.PERMANENT,
        ),
        (
            "slack_sdk.errors.SlackApiError",
            "The server responded with: {'ok': False, 'error': 'msg_too_long'}",
            Category.VALIDATION,
        ),
        (
            "clickhouse_driver.errors.ServerException",
            "Code: 243.\nDB::Exception: Cannot reserve 2.00 MiB, not enough space. Stack trace:",
            Category.RESOURCE,
        ),
        # the replica's reason is more specific than the read-failure code (1300, transient) around it
        (
            "cassandra.ReadFailure",
            'Error from server: code=1300 [Replica(s) failed to execute read] message="Operation failed - '
            "received 0 responses and 2 failures: READ_TOO_MANY_TOMBSTONES from /10.9.8.7:7000, "
            'READ_TOO_MANY_TOMBSTONES from /10.9.8.6:7000"',
            Category.PERMANENT,
        ),
        # Neo4j files memory exhaustion under TransientError; the code says what is exhausted
        (
            "neo4j.exceptions.TransientError",
            "{code: Neo.TransientError.General.OutOfMemoryError} {message: There is not enough memory.}",
            Category.RESOURCE,
        ),
        (
            "neo4j.exceptions.ClientError",
            "{neo4j_code: Neo.ClientError.Schema.ConstraintValidationFailed} {message: Node(12) already exists with "
            "label `User` and property `email` = 'a@b.c'} {gql_status: 22N41} {gql_status_description: error}",
            Category.VALIDATION,
        ),
        (
            "trino.exceptions.TrinoQueryError",
            'TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=QUERY_QUEUE_FULL, message="Too many queued queries", '
            "query_id=20250101_000000_00001_abcde)",
            Category.RESOURCE,
        ),
        # pymysql raises numbers it does not map as OperationalError (transient by its class): the number decides
        (
            "pymysql.err.OperationalError",
            "(3159, 'Connections using insecure transport are prohibited while --require_secure_transport=ON.')",
            Category.PERMANENT,
        ),
        ("pymysql.err.OperationalError", "(1526, 'Table has no partition for value 20260101')", Category.VALIDATION),
        (
            "clickhouse_connect.driver.exceptions.DatabaseError",
            "HTTPDriver for http://ch:8123 received ClickHouse error code 285\n Code: 285. DB::Exception: Number of "
            "alive replicas (1) is less than requested quorum (2/2). (TOO_FEW_LIVE_REPLICAS)",
            Category.TRANSIENT,
        ),
        # a 400 "malformed request" whose body's code is row-lock contention
        (
            "simple_salesforce.exceptions.SalesforceMalformedRequest",
            "Malformed request https://x/. Response content: [{'message': 'unable to obtain exclusive access to "
            "this record', 'errorCode': 'UNABLE_TO_LOCK_ROW', 'fields': []}]",
            Category.TRANSIENT,
        ),
        (
            "azure.core.exceptions.HttpResponseError",
            "The value for one of the HTTP headers is not in the correct format.\nRequestId:1\n"
            "ErrorCode:InvalidHeaderValue\nHeaderName:x-ms-version\nHeaderValue:2030-01-01",
            Category.PERMANENT,
        ),
    ],
)
def test_vendor_codes_decide(exc_type: str, message: str, expected: Category) -> None:
    verdict = Classifier.default(cache_size=0).classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is expected
    assert verdict.rule_id.startswith("vendor.")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        (
            "clickhouse_connect.driver.exceptions.DatabaseError",
            "Code: 202. DB::Exception: Too many simultaneous queries.",
        ),
        ("clickhouse_driver.errors.ServerException", "Code: 394. DB::Exception: Query was cancelled. Stack trace:"),
    ],
)
def test_database_servers_codes_weigh_as_database_codes(clf: Classifier, exc_type: str, message: str) -> None:
    """A database server's own error number is as specific as a SQLSTATE (docs/classification.md, Confidence)."""
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.confidence == 0.95, verdict.evidence
