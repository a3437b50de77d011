"""The source-driven sweep of database client libraries: each class whose meaning is its category decides alone.

The classes come from each library's own exception hierarchy (SQLAlchemy, asyncpg, psycopg, redis-py, pymongo/bson,
cassandra-driver, elasticsearch-py/elastic-transport, neo4j, snowflake-connector, clickhouse-driver/-connect, DuckDB,
pymssql, google-cloud-bigquery) and the messages are the ones their sources raise them with. Where a message phrase
or a class-name pattern would have said another category, the case says so: the class is the stronger evidence.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify.defaults import _DECISIVE_TYPES_SWEEP_DATABASES, default_rules
from errorflow.classify.rules import Stage
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (exc_type, message as the library raises it, category, deciding rule)
CLASS_CASES = [
    ("psycopg.errors.CancellationTimeout", "cancellation timeout expired", T, "type.transient.sweep_psycopg_timeout"),
    ("sqlalchemy.exc.InvalidatePoolError", "invalidate pool", T, "type.transient.sweep_sqlalchemy_invalidate"),
    ("cassandra.connection.ConnectionShutdown", "Connection to 10.0.0.1:9042 was closed", T,
     "type.transient.sweep_cassandra_connection"),
    ("neo4j.exceptions.SessionExpired", "Failed to read from defunct connection IPv4Address(('10.0.0.1', 7687))", T,
     "type.transient.sweep_neo4j_retryable"),
    ("snowflake.connector.errors.RequestExceedMaxRetryError",
     "GET with url https://sfc-stage.s3.amazonaws.com/x failed for exceeding maximum retries.", T,
     "type.transient.sweep_snowflake_retryable"),
    ("elastic_transport.ConnectionTimeout", "Connection timed out", T, "type.transient.sweep_elastic_transport"),
    ("clickhouse_driver.errors.SocketTimeoutError", "Code: 209. (clickhouse:9000)", T,
     "type.transient.sweep_clickhouse_driver_network"),
    ("redis.exceptions.MaxConnectionsError", "Too many connections", R, "type.resource.sweep_redis_pool"),
    ("cassandra.pool.NoConnectionsAvailable", "All request IDs are currently in use", R,
     "type.resource.sweep_cassandra_pool"),
    ("_duckdb.OutOfMemoryException",
     "Out of Memory Error: could not allocate block of size 256.0 KiB (3.7 GiB/3.7 GiB used)", R,
     "type.resource.sweep_duckdb_memory"),
    ("bson.errors.InvalidStringData", "strings in documents must be valid UTF-8", V,
     "type.validation.sweep_bson_data"),
    ("cassandra.cqlengine.ValidationError", "title <str> is longer than 50 characters", V,
     "type.validation.sweep_cqlengine_validation"),
    ("neo4j.exceptions.ConstraintError", "Node(0) already exists with label `User` and property `email` = 'a@b.c'", V,
     "type.validation.sweep_neo4j_constraint"),
    ("clickhouse_driver.errors.TypeMismatchError",
     "Code: 53. Type mismatch in VALUES section. Repeat query with types_check=True for detailed info. "
     "Column amount: argument out of range", V, "type.validation.sweep_clickhouse_driver_values"),
    ("_duckdb.ConversionException", "Conversion Error: Could not convert string 'abc' to INT32", V,
     "type.validation.sweep_duckdb_values"),
    ("sqlalchemy.ext.asyncio.exc.AsyncContextNotStarted",
     "AsyncConnection context has not been started and object has not been awaited.", P,
     "type.permanent.sweep_sqlalchemy_code"),
    ("redis.exceptions.CrossSlotTransactionError",
     "A pipeline with transaction or watch was triggered on keys in different slots", P,
     "type.permanent.sweep_redis_code"),
    ("elasticsearch.UnsupportedProductError",
     "The client noticed that the server is not Elasticsearch and we do not support this unknown product", P,
     "type.permanent.sweep_elasticsearch_setup"),
    ("_duckdb.BinderException", 'Binder Error: Referenced column "amout" not found in FROM clause!', P,
     "type.permanent.sweep_duckdb_code"),
    ("pymssql.exceptions.ColumnsWithoutNamesError", "Specified as_dict=True and there are columns with no names: [0]",
     P, "type.permanent.sweep_pymssql_code"),
    ("google.cloud.bigquery.exceptions.LegacyPyarrowError",
     "Dependency pyarrow is outdated, please upgrade it to version >= 3.0.0 (version found: 2.0.0).", P,
     "type.permanent.sweep_bigquery_setup"),
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "category", "rule_id"), CLASS_CASES)
def test_a_swept_class_decides_alone(
    clf: Classifier, exc_type: str, message: str, category: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (category, rule_id)


# The class decides where the message alone (on a class that says nothing) reads as another category: a phrase
# ("invalid", "retry", "unsupported protocol version") is weaker evidence than a class raised for one meaning only.
@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        # "can't be called here ... unexpected state": a session used from two places at once, not bad input
        ("sqlalchemy.exc.IllegalStateChangeError",
         "Method 'close()' can't be called here; method '_connection_for_bind()' is already in progress and this "
         "would cause an unexpected state change to <SessionTransactionState.CLOSED: 5>", P),
        # "invalid connection parameter": the client's configuration, not the event
        ("asyncpg.exceptions._base.ClientConfigurationError",
         "invalid connection parameter 'sslmode': 'requre' (allowed: disable, allow, prefer, require, verify-ca, "
         "verify-full)", P),
        ("cassandra.connection.ProtocolVersionUnsupported", "Unsupported protocol version on 10.0.0.1:9042: 5", P),
        # single() on a result of several records: the code's assumption, as SQLAlchemy's MultipleResultsFound
        ("neo4j.exceptions.ResultNotSingleError", "Expected a result with a single record, but found multiple.", P),
        # two queries at once on one connection: a bug that retrying repeats
        ("clickhouse_driver.errors.PartiallyConsumedQueryError", "Simultaneous queries on single connection detected",
         P),
    ],
)  # fmt: skip
def test_the_class_beats_a_misleading_phrase(clf: Classifier, exc_type: str, message: str, category: Category) -> None:
    assert verdict_of(clf, exc_type, message)[0] is category
    assert verdict_of(clf, "builtins.Exception", message)[0] is not category


# Per-SQLSTATE classes of psycopg and asyncpg the condition table now names (errcodes.txt, with each driver's
# spelling): the SQLSTATE decides, not a class-name pattern ("...NotFound" reads as permanent; SQL/JSON's
# sql_json_member_not_found is a data exception, class 22).
@pytest.mark.parametrize(
    ("exc_type", "message", "category", "rule_id"),
    [
        ("psycopg.errors.SqlJsonMemberNotFound", 'JSON object does not contain key "amount"', V, "sqlstate.class.22"),
        ("asyncpg.exceptions.MoreThanOneSQLJsonItemError",
         "JSON path expression in JSON_VALUE should return single item without wrapper", V, "sqlstate.class.22"),
        # a PL/pgSQL ASSERT is "intended for detecting program bugs": permanent, not the class P0's validation
        ("psycopg.errors.AssertFailure", "order total must not be negative", P, "sqlstate.P0004"),
        ("asyncpg.exceptions.AssertError", "assertion failed", P, "sqlstate.P0004"),
        ("asyncpg.exceptions.PostgresIOError",
         'could not read block 12 in file "base/16384/16385": read only 0 of 8192 bytes', T, "sqlstate.58030"),
        # PostgreSQL 17's transaction_timeout, as statement_timeout (57014) and idle-in-transaction timeout (25P03)
        ("psycopg.errors.TransactionTimeout", "terminating connection due to transaction timeout", T,
         "sqlstate.25P04"),
        ("psycopg2.errors.InappropriateAccessModeForBranchTransaction", "x", P, "sqlstate.class.25"),
    ],
)  # fmt: skip
def test_pg_driver_classes_map_to_their_sqlstate(
    clf: Classifier, exc_type: str, message: str, category: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (category, rule_id)


def test_a_class_name_pattern_alone_would_have_said_otherwise(clf: Classifier) -> None:
    # The same class name outside a PostgreSQL driver module has no SQLSTATE: only its name pattern speaks.
    assert verdict_of(clf, "acme.errors.SqlJsonMemberNotFound", 'JSON object does not contain key "amount"')[0] is P


@pytest.mark.parametrize(
    ("exc_type", "message", "category", "rule_id"),
    [
        # python-oracledb's DPY- numbers (src/oracledb/errors.py): on the generic DatabaseError the number decides
        ("oracledb.exceptions.DatabaseError",
         "DPY-4005: timed out waiting for the connection pool to return a connection", R, "vendor.oracledb.DPY-4005"),
        ("oracledb.exceptions.DatabaseError", 'DPY-4008: no bind placeholder named ":x" was found in the SQL text', P,
         "vendor.oracledb.DPY-4008"),
        ("oracledb.exceptions.DatabaseError", "DPY-4004: invalid number", V, "vendor.oracledb.DPY-4004"),
        ("oracledb.exceptions.InterfaceError", "DPY-1002: connection pool is not open", P, "vendor.oracledb.DPY-1002"),
        # Cassandra native protocol v5: the CDC space is full; a lightweight transaction's outcome is unknown
        ("cassandra.protocol.CDCWriteException",
         'Error from server: code=1600 [CDC write failure] message="Rejecting mutation to table ks.t"', R,
         "vendor.cassandra.1600"),
        ("cassandra.protocol.ErrorMessage",
         "Error from server: code=1700 [CAS operation result is unknown] message=\"CAS operation result is unknown - "
         'proposal accepted by 1 but not a quorum."', T, "vendor.cassandra.1700"),
        # ClickHouse codes (clickhouse_driver/errors.py ErrorCodes): the generic ServerException carries the meaning
        ("clickhouse_driver.errors.ServerException",
         "Code: 43.\nDB::Exception: Illegal type String of argument of function plus. Stack trace:", P,
         "vendor.clickhouse.43"),
        ("clickhouse_driver.errors.ServerException",
         "Code: 72.\nDB::Exception: Cannot parse number with multiple sign (+/-) characters", V,
         "vendor.clickhouse.72"),
        ("clickhouse_connect.driver.exceptions.DatabaseError",
         "HTTPDriver for http://clickhouse:8123 received ClickHouse error code 225\n Code: 225. DB::Exception: Cannot "
         "get ZooKeeper. (NO_ZOOKEEPER) (version 24.3.1.1)", T, "vendor.clickhouse.225"),
        ("clickhouse_driver.errors.ServerException", "Code: 173.\nDB::Exception: Cannot allocate memory.", R,
         "vendor.clickhouse.173"),
        # Elasticsearch exception types (the server's registry): a refused name, a missing repository, a snapshot
        # already running; on the client's status classes the type decides over the status family
        ("elasticsearch.BadRequestError",
         "BadRequestError(400, 'invalid_index_name_exception', 'Invalid index name [Logs-2024], must be lowercase')",
         V, "vendor.elasticsearch.invalid_index_name_exception"),
        ("elasticsearch.NotFoundError", "NotFoundError(404, 'repository_missing_exception', '[backups] missing')", P,
         "vendor.elasticsearch.repository_missing_exception"),
        ("elasticsearch.ApiError",
         "ApiError(503, 'concurrent_snapshot_execution_exception', '[backups:nightly] a snapshot is already running')",
         T, "vendor.elasticsearch.concurrent_snapshot_execution_exception"),
        # MongoDB server codes (error_codes.yml) as pymongo prints them, on its generic OperationFailure/WriteError
        ("pymongo.errors.OperationFailure",
         "Unable to acquire lock, full error: {'ok': 0.0, 'errmsg': 'x', 'code': 46, 'codeName': 'LockBusy'}", T,
         "vendor.mongo_server.LockBusy"),
        ("pymongo.errors.WriteError",
         "Performing an update on the path '_id' would modify the immutable field '_id', full error: {'index': 0, "
         "'code': 66, 'errmsg': 'x', 'codeName': 'ImmutableField'}", V, "vendor.mongo_server.ImmutableField"),
        ("pymongo.errors.OperationFailure",
         "Unrecognized expression '$foo', full error: {'ok': 0.0, 'errmsg': 'x', 'code': 168, "
         "'codeName': 'InvalidPipelineOperator'}", P, "vendor.mongo_server.InvalidPipelineOperator"),
        # SQL Server engine errors (Microsoft's list): a missing parameter is code, an AG replica not serving is
        # transient, a filegroup without space is resource
        ("pyodbc.ProgrammingError",
         "('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The parameterized query "
         "'(@P1 int)SELECT' expects the parameter '@P1', which was not supplied. (8178) (SQLExecDirectW)\")", P,
         "vendor.mssql.8178"),
        ("pymssql.exceptions.OperationalError",
         "(976, b'The target database, \\'orders\\', is participating in an availability group and is currently not "
         "accessible for queries.DB-Lib error message 20018, severity 14')", T, "vendor.mssql.976"),
        ("pyodbc.Error",
         "('HY000', '[HY000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Could not allocate a new page for "
         "database \\'tempdb\\' because of insufficient disk space in filegroup \\'DEFAULT\\'. (1101) "
         "(SQLExecDirectW)')", R, "vendor.mssql.1101"),
        # Oracle errors (Oracle's error reference): SQL text, a profile's session limit, a partition key outside
        ("oracledb.exceptions.DatabaseError", "ORA-00918: column ambiguously defined", P, "vendor.oracle.ORA-00918"),
        ("oracledb.exceptions.DatabaseError", "ORA-02391: exceeded simultaneous SESSIONS_PER_USER limit", R,
         "vendor.oracle.ORA-02391"),
        ("cx_Oracle.DatabaseError", "ORA-14400: inserted partition key does not map to any partition", V,
         "vendor.oracle.ORA-14400"),
        # Neo4j status codes: a missing query parameter is code; a transaction over its memory limit is resource
        ("neo4j.exceptions.ClientError",
         "{code: Neo.ClientError.Statement.ParameterMissing} {message: Expected parameter(s): name}", P,
         "vendor.neo4j.ParameterMissing"),
        ("neo4j.exceptions.TransientError",
         "{code: Neo.TransientError.General.TransactionMemoryLimit} {message: Can't allocate 1048576 bytes due to "
         "exceeding memory limit; used=2147483648, max=2147483648}", R, "vendor.neo4j.TransactionMemoryLimit"),
        # MySQL server errors (MySQL's error reference): an ambiguous column is code, division by zero data
        ("pymysql.err.OperationalError", "(1052, \"Column 'id' in field list is ambiguous\")", P,
         "vendor.mysql.1052"),
        ("pymysql.err.DataError", "(1365, 'Division by 0')", V, "vendor.mysql.1365"),
        # Snowflake server codes whose SQLSTATE class reads otherwise: no current schema (22000), already exists (42710)
        ("snowflake.connector.errors.ProgrammingError",
         "090106 (22000): Cannot perform SELECT. This session does not have a current schema. Call 'USE SCHEMA', or "
         "use a qualified name.", P, "vendor.snowflake.090106"),
        ("snowflake.connector.errors.ProgrammingError",
         "002002 (42710): SQL compilation error:\nObject 'EVENTS' already exists.", V, "vendor.snowflake.002002"),
        # snowflake-connector's own numbers (errorcode.py): setup, cursor misuse, a retryable login timeout
        ("snowflake.connector.errors.ProgrammingError", "251001: Account must be specified", P,
         "vendor.snowflake.251001"),
        ("snowflake.connector.errors.ProgrammingError", "252006: Cursor is closed in execute.", P,
         "vendor.snowflake.252006"),
        ("snowflake.connector.errors.OperationalError", "251011: Login request is retryable. Will be handled by "
         "authenticator", T, "vendor.snowflake.251011"),
    ],
)  # fmt: skip
def test_swept_vendor_codes(clf: Classifier, exc_type: str, message: str, category: Category, rule_id: str) -> None:
    assert verdict_of(clf, exc_type, message) == (category, rule_id)


def test_every_swept_class_has_one_category_across_the_class_tables() -> None:
    categories: dict[str, set[Category]] = {}
    for rule in default_rules():
        if rule.stage is Stage.EXC_TYPE and rule.message is None and not rule.code:
            for name in rule.exc_type or ():
                categories.setdefault(name, set()).add(rule.category)
    swept = [
        name for groups in _DECISIVE_TYPES_SWEEP_DATABASES.values() for _, names in groups for name in names.split()
    ]
    assert len(swept) == len(set(swept))
    conflicting = {name: categories[name] for name in swept if len(categories[name]) > 1}
    assert not conflicting


def test_bigquery_s_job_backend_error_is_transient_though_sent_as_a_400(clf: Classifier) -> None:
    # jobBackendError is documented as a 400 that retrying fixes: the class alone (BadRequest) would say validation.
    message = "400 The job encountered an error during execution. Retrying the job may solve the problem."
    assert verdict_of(clf, "google.api_core.exceptions.BadRequest", message) == (
        T,
        "type.transient.sweep_bigquery_job_backend",
    )
    assert verdict_of(clf, "google.api_core.exceptions.BadRequest", "400 Bad int64 value: abc")[0] is V


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id"),
    [
        # on psycopg's OperationalError (a weak transient container): two tasks share one connection
        ("psycopg.OperationalError", "sending query and params failed: another command is already in progress",
         "message.sweep_libpq_command_in_progress"),
        ("redis.exceptions.ResponseError", "ERR unknown subcommand 'x'. Try CONFIG HELP.",
         "message.sweep_redis_unknown_subcommand"),
        ("redis.exceptions.ResponseError", "NOPROTO unsupported protocol version",
         "message.sweep_redis_unknown_subcommand"),
    ],
)  # fmt: skip
def test_generic_client_classes_read_the_server_s_words(
    clf: Classifier, exc_type: str, message: str, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (P, rule_id)


def test_mongodb_server_codes_are_read_on_mongodb_clients_only(clf: Classifier) -> None:
    # The codeNames are ordinary words (LockBusy, Overflow): on a class of another library they are no evidence.
    assert verdict_of(clf, "acme.errors.ApiError", "full error: {'codeName': 'LockBusy'}")[1] != (
        "vendor.mongo_server.LockBusy"
    )


@pytest.mark.parametrize(
    ("message", "category", "rule_id"),
    [
        # ODBC states (Appendix A of the ODBC reference) as pyodbc prints them: API misuse, a driver that does not
        # load, a canceled query
        ("('HY010', '[HY010] [Microsoft][ODBC Driver 18 for SQL Server]Function sequence error (0) (SQLFetch)')", P,
         "sqlstate.HY010"),
        ("('IM004', \"[IM004] [unixODBC][Driver Manager]Driver's SQLAllocHandle on SQL_HANDLE_HENV failed (0) "
         "(SQLDriverConnect)\")", P, "sqlstate.IM004"),
        ("('HY008', '[HY008] [Microsoft][ODBC Driver 18 for SQL Server]Operation canceled (0) (SQLExecDirectW)')", T,
         "sqlstate.HY008"),
        # HY000 says nothing; the driver's words do: two cursors on one connection without MARS (the general phrase
        # "busy" would have said transient)
        ("('HY000', '[HY000] [Microsoft][ODBC Driver 18 for SQL Server]Connection is busy with results for another "
         "command (0) (SQLExecDirectW)')", P, "message.sweep_odbc_connection_busy"),
    ],
)  # fmt: skip
def test_odbc_states_and_words(clf: Classifier, message: str, category: Category, rule_id: str) -> None:
    assert verdict_of(clf, "pyodbc.Error", message) == (category, rule_id)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # pymongo raises dnspython's errors of a mongodb+srv:// lookup as ConfigurationError(str(exc)): a timeout or
        # SERVFAIL is a temporary DNS failure; a name that does not exist stays configuration
        ("The resolution lifetime expired after 20.002 seconds: Server Do53:8.8.8.8@53 answered The DNS operation "
         "timed out.", T),
        ("All nameservers failed to answer the query _mongodb._tcp.cluster0.abcde.mongodb.net. IN SRV: Server "
         "Do53:10.0.0.2@53 answered SERVFAIL", T),
        ("The DNS query name does not exist: _mongodb._tcp.cluster0.abcde.mongodb.net.", P),
    ],
)  # fmt: skip
def test_pymongo_srv_lookup_failures_by_their_dns_cause(clf: Classifier, message: str, category: Category) -> None:
    assert verdict_of(clf, "pymongo.errors.ConfigurationError", message)[0] is category


def test_cassandra_no_host_available_for_a_pinned_protocol_version_is_configuration(clf: Classifier) -> None:
    message = (
        "('Unable to connect to any servers', {'10.0.0.1:9042': ProtocolError('Server protocol version (4) does not "
        "match the specified driver protocol version (5). Consider setting Cluster.protocol_version to 4.')})"
    )
    assert verdict_of(clf, "cassandra.cluster.NoHostAvailable", message) == (
        P,
        "type.permanent.sweep_cassandra_protocol_pinned",
    )


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("pymongo.errors.ServerSelectionTimeoutError",
         "SSL handshake failed: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] "
         "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006), Timeout: 30s"),
        ("neo4j.exceptions.ServiceUnavailable",
         "Couldn't connect to abc.databases.neo4j.io:7687 (resolved to ('34.1.2.3:7687',)):\nFailed to establish "
         "encrypted connection to ResolvedIPv4Address(('34.1.2.3', 7687)) (reason [SSL: CERTIFICATE_VERIFY_FAILED] "
         "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006))"),
    ],
)  # fmt: skip
def test_a_client_s_connection_class_naming_a_tls_verification_failure_is_permanent(
    clf: Classifier, exc_type: str, message: str
) -> None:
    # The class alone (a server not reachable: transient) would have retried a trust-store problem forever.
    assert verdict_of(clf, exc_type, message) == (P, "type.permanent.sweep_db_client_tls_verification")
    assert verdict_of(clf, exc_type, 'No replica set members match selector "Primary()", Timeout: 30s')[0] is T


@pytest.mark.parametrize(
    ("exc_type", "message", "category", "rule_id"),
    [
        # SQLAlchemy 1.4-2.0's asyncpg adaptor prints the driver's class after its own: that class is the cause, and
        # its SQLSTATE decides (the adaptor's DBAPIError alone is a weak transient container)
        ("sqlalchemy.exc.DBAPIError",
         "(sqlalchemy.dialects.postgresql.asyncpg.Error) <class 'asyncpg.exceptions.MoreThanOneSQLJsonItemError'>: "
         "JSON path expression should return single item", V, "sqlstate.class.22"),
        ("sqlalchemy.exc.IntegrityError",
         "(sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) <class 'asyncpg.exceptions.UniqueViolationError'>: "
         'duplicate key value violates unique constraint "users_email_key"', V, "sqlstate.class.23"),
        ("sqlalchemy.exc.DBAPIError",
         "(sqlalchemy.dialects.postgresql.asyncpg.Error) <class 'asyncpg.exceptions.QueryCanceledError'>: canceling "
         "statement due to statement timeout", T, "sqlstate.57014"),
        # inside a generic wrapper's text as well
        ("builtins.RuntimeError",
         "sync failed: (sqlalchemy.dialects.postgresql.asyncpg.ProgrammingError) <class "
         "'asyncpg.exceptions.InsufficientPrivilegeError'>: permission denied for table events", P, "sqlstate.42501"),
    ],
)  # fmt: skip
def test_sqlalchemy_s_async_adaptor_names_the_driver_class(
    clf: Classifier, exc_type: str, message: str, category: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (category, rule_id)


@pytest.mark.parametrize("module", ["duckdb", "duckdb.duckdb", "_duckdb"])
def test_duckdb_s_catalog_error_by_what_it_says(clf: Classifier, module: str) -> None:
    # DuckDB's classes print as duckdb.duckdb.X before 1.1 and _duckdb.X after; CatalogException says both "does not
    # exist" (the code or configuration names something missing) and "already exists" (as every store's code: data)
    missing = "Catalog Error: Table with name events does not exist!"
    assert verdict_of(clf, f"{module}.CatalogException", missing) == (P, "type.permanent.sweep_duckdb_code")
    exists = 'Catalog Error: Table with name "events" already exists!'
    assert verdict_of(clf, f"{module}.CatalogException", exists) == (V, "type.validation.sweep_duckdb_already_exists")


@pytest.mark.parametrize(
    "message",
    [
        "The client has been closed",  # "closed" alone reads as a dropped connection (transient)
        "Invalid setting name 'max threads': must match ^[a-zA-Z0-9_]+$",  # "invalid" alone reads as bad input
    ],
)
def test_clickhouse_connect_s_programming_error_is_the_client_s_own_misuse(clf: Classifier, message: str) -> None:
    assert verdict_of(clf, "clickhouse_connect.driver.exceptions.ProgrammingError", message) == (
        P,
        "type.permanent.sweep_clickhouse_code",
    )


@pytest.mark.parametrize(
    ("exc_type", "message", "category", "rule_id"),
    [
        # the connector's own "NNNNNN (SQLSTATE): " format is Snowflake's on any class: dbt-snowflake's wrapper indents
        # it on its second line
        ("dbt_common.exceptions.DbtDatabaseError",
         "Database Error in model fct_x (models/marts/fct_x.sql)\n  002003 (42S02): SQL compilation error:\n  Object "
         "'DB.PUBLIC.T' does not exist or not authorized.\n  compiled code at target/run/shop/models/marts/fct_x.sql",
         P, "vendor.snowflake.002003"),
        ("builtins.RuntimeError",
         "load failed: 000630 (57014): Statement reached its statement or warehouse timeout of 3,600 second(s) and was "
         "canceled.", T, "vendor.snowflake.000630"),
    ],
)  # fmt: skip
def test_snowflake_s_formatted_code_on_any_class(
    clf: Classifier, exc_type: str, message: str, category: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (category, rule_id)
