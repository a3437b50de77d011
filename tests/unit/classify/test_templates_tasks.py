"""The source-template sweep of task queues, workflow orchestrators, data warehouses and browser automation (issue 10).

Each template is a message a library raises or relays, read in its source or its vendor's documented texts: celery and
billiard, rq, dask distributed, temporalio, airflow (exceptions.py, the Databricks and sensor texts), prefect, dagster,
ray (exceptions.py, the memory monitor's text); trino-python-client and Trino's server texts (StandardErrorCode,
ExceededMemoryLimitException, QueryTracker, InternalResourceGroup, ClusterSizeMonitor), Spark's error conditions
(docs/sql-error-conditions.md), Athena's failure reasons through pyathena and its documented limits, Redshift's texts
through psycopg2 and redshift_connector, databricks-sdk (errors/platform.py) and databricks-sql-connector, dbt
(dbt_common/exceptions/base.py), DuckDB; Selenium and chromedriver, Playwright (_errors.py, its tests' texts), Scrapy
(exceptions.py, the downloader middlewares) and the Twisted errors it relays. Plausible values are filled in, with the
class users catch, and each label was written by LABELS.md before the classifier was asked. Templates whose meaning
LABELS.md leaves open were left out (see docs/classification.md).
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, exc_type as raised, str(exc) as printed, http_status, label)
TEMPLATES = [
    (
        "celery",
        "billiard.exceptions.TimeLimitExceeded",
        "TimeLimitExceeded(300,)",
        None,
        T,
    ),
    (
        "celery",
        "billiard.exceptions.SoftTimeLimitExceeded",
        "SoftTimeLimitExceeded()",
        None,
        T,
    ),
    (
        "celery",
        "billiard.exceptions.WorkerLostError",
        "Worker exited prematurely: signal 9 (SIGKILL) Job: 12.",
        None,
        R,
    ),
    (
        "celery",
        "billiard.exceptions.WorkerLostError",
        "Worker exited prematurely: signal 15 (SIGTERM) Job: 4.",
        None,
        T,
    ),
    (
        "celery",
        "builtins.MemoryError",
        "Process got: [Errno 12] Cannot allocate memory",
        None,
        R,
    ),
    (
        "celery",
        "celery.exceptions.QueueNotFound",
        "\"Queue 'reports' missing from task_queues\"",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.NotRegistered",
        "'tasks.send_invoice'",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "Missing aws s3 creds",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "Invalid URL",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "Unknown CosmosDB consistency level",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "You need to install pydantic to use pydantic model serialization.",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.TimeoutError",
        "join operation timed out",
        None,
        T,
    ),
    (
        "celery",
        "celery.exceptions.ChordError",
        (
            "Dependency 5b9e2f1a-77c4-4c1e-9a43-0d2d6b1f7e11 raised ConnectionResetEr"
            "ror(104, 'Connection reset by peer')"
        ),
        None,
        T,
    ),
    (
        "celery",
        "celery.exceptions.ChordError",
        "Callback error: OperationalError('could not connect to server: Connection refused')",
        None,
        T,
    ),
    (
        "celery",
        "celery.exceptions.SecurityError",
        "Still root uid after drop privileges!",
        None,
        P,
    ),
    (
        "celery",
        "builtins.ValueError",
        "broker_url configuration is empty",
        None,
        P,
    ),
    (
        "celery",
        "builtins.ValueError",
        "unable to parse date string '2024-13-45T99:00'",
        None,
        V,
    ),
    (
        "celery",
        "builtins.NotImplementedError",
        "Tasks must define the run method.",
        None,
        P,
    ),
    (
        "rq",
        "builtins.Exception",
        "Work-horse terminated unexpectedly; waitpid returned 9 (signal 9); ",
        None,
        R,
    ),
    (
        "rq",
        "rq.exceptions.NoSuchJobError",
        "Unexpected job format: {b'status': b'queued'}",
        None,
        P,
    ),
    (
        "rq",
        "rq.exceptions.DuplicateJobError",
        "Job with ID 'nightly-report' already exists",
        None,
        V,
    ),
    (
        "rq",
        "builtins.ValueError",
        "RQ does not support indefinite timeouts. Please pick a timeout value > 0",
        None,
        V,
    ),
    # labelled validation; only the ValueError class speaks, too weak alone (test_classify_weak_evidence.py)
    (
        "rq",
        "builtins.ValueError",
        "Job ID must only contain letters, numbers, underscores and dashes",
        None,
        Category.UNKNOWN,
    ),
    (
        "rq",
        "rq.exceptions.SchedulerNotFound",
        "Scheduler with name 'default' not found",
        None,
        P,
    ),
    (
        "distributed",
        "builtins.TimeoutError",
        "No valid workers found",
        None,
        T,
    ),
    (
        "distributed",
        "builtins.OSError",
        "Unable to contact Actor's worker",
        None,
        T,
    ),
    (
        "distributed",
        "distributed.comm.core.CommClosedError",
        (
            "in <TCP (closed) Scheduler connection to worker local=tcp://10.0.0.5:878"
            "6 remote=tcp://10.0.0.9:41235>: ConnectionResetError: [Errno 104] Connec"
            "tion reset by peer"
        ),
        None,
        T,
    ),
    (
        "distributed",
        "distributed.comm.core.CommClosedError",
        ("Comm <TCP (closed) local=tcp://10.0.0.5:51234 remote=tcp://10.0.0.7:8786> already closed."),
        None,
        T,
    ),
    (
        "distributed",
        "builtins.RuntimeError",
        "Worker holding Actor was lost",
        None,
        T,
    ),
    (
        "distributed",
        "builtins.RuntimeError",
        "NVML monitoring requires PyNVML and NVML to be installed",
        None,
        P,
    ),
    (
        "distributed",
        "builtins.TimeoutError",
        "timed out after 30 s.",
        None,
        T,
    ),
    (
        "distributed",
        "builtins.ValueError",
        "missing port number in address 'tcp://10.0.0.7'",
        None,
        V,
    ),
    (
        "temporalio",
        "temporalio.exceptions.TimeoutError",
        "activity Heartbeat timeout",
        None,
        T,
    ),
    (
        "temporalio",
        "temporalio.exceptions.TimeoutError",
        "activity StartToClose timeout",
        None,
        T,
    ),
    (
        "temporalio",
        "temporalio.exceptions.WorkflowAlreadyStartedError",
        "Workflow execution already started",
        None,
        V,
    ),
    (
        "temporalio",
        "temporalio.exceptions.ActivityAlreadyStartedError",
        "Activity execution already started",
        None,
        V,
    ),
    (
        "temporalio",
        "temporalio.client.WorkflowUpdateRPCTimeoutOrCancelledError",
        "Timeout or cancellation waiting for update",
        None,
        T,
    ),
    (
        "airflow",
        "airflow.exceptions.AirflowNotFoundException",
        "The conn_id `snowflake_default` isn't defined",
        None,
        P,
    ),
    (
        "airflow",
        "airflow.exceptions.AirflowException",
        "Task received SIGTERM signal",
        None,
        T,
    ),
    (
        "airflow",
        "airflow.exceptions.AirflowSensorTimeout",
        ("Sensor has timed out; run duration of 3601.2 seconds exceeds the specified timeout of 3600.0."),
        None,
        T,
    ),
    (
        "airflow",
        "airflow.exceptions.AirflowTaskTimeout",
        "Timeout, PID: 18312",
        None,
        T,
    ),
    (
        "airflow",
        "airflow.exceptions.DagRunAlreadyExists",
        ("A DAG Run already exists for DAG etl_orders with run id manual__2024-05-01T00:00:00+00:00"),
        None,
        V,
    ),
    (
        "airflow",
        "airflow.exceptions.AirflowDagDuplicatedIdException",
        ("Ignoring DAG etl_orders from /opt/airflow/dags/etl_v2.py - also found in /opt/airflow/dags/etl.py"),
        None,
        P,
    ),
    (
        "airflow",
        "airflow.exceptions.DeserializationError",
        "An unexpected error occurred while trying to deserialize Dag 'etl_orders'",
        None,
        P,
    ),
    (
        "airflow",
        "airflow.exceptions.UnknownExecutorException",
        "Unknown executor being loaded: MyExecutor",
        None,
        P,
    ),
    (
        "ray",
        "ray.exceptions.OutOfMemoryError",
        (
            "Task was killed due to the node running low on memory.\nMemory on the nod"
            "e (IP: 10.0.62.231, ID: e5d953ef03e5) where the task (task ID: 43534ce93"
            "75f, name=allocate_memory, pid=11362, memory used=1.25GB) was running wa"
            "s 7.10GB / 7.59GB (0.935518), which exceeds the memory usage threshold o"
            "f 0.95. Ray killed this worker (ID: 1c42378b72) because it was the most "
            "recently scheduled task"
        ),
        None,
        R,
    ),
    (
        "ray",
        "builtins.RuntimeError",
        "Task was killed due to the node running low on memory.",
        None,
        R,
    ),
    (
        "ray",
        "ray.exceptions.WorkerCrashedError",
        (
            "The worker died unexpectedly while executing this task. Check python-cor"
            "e-worker-*.log files for more information."
        ),
        None,
        T,
    ),
    (
        "ray",
        "ray.exceptions.LocalRayletDiedError",
        "The task's local raylet died. Check raylet.out for more information.",
        None,
        T,
    ),
    (
        "ray",
        "ray.exceptions.ObjectStoreFullError",
        (
            "\nThe local object store is full of objects that are still in scope and c"
            "annot be evicted. Tip: Use the `ray memory` command to list active objec"
            "ts in the cluster."
        ),
        None,
        R,
    ),
    (
        "ray",
        "ray.exceptions.ObjectLostError",
        (
            "Failed to retrieve object 00ffffffffffffffffffffffffffffffffffffff010000"
            "0001000000. To see information about where this ObjectRef was created in"
            " Python, set the environment variable RAY_record_ref_creation_sites=1 du"
            "ring `ray start` and `ray.init()`.\n\nAll copies of 00ffffffffffffffffffff"
            "ffffffffffffffffff0100000001000000 have been lost due to node failure. C"
            "heck cluster logs (`/tmp/ray/session_latest/logs`) for more information "
            "about the failure."
        ),
        None,
        T,
    ),
    (
        "ray",
        "ray.exceptions.ObjectReconstructionFailedLineageEvictedError",
        (
            "Failed to retrieve object 00ff. \n\nThe object cannot be reconstructed bec"
            "ause its lineage has been evicted to reduce memory pressure. To prevent "
            "this error, set the environment variable RAY_max_lineage_bytes=<bytes> ("
            "default 1GB) during `ray start`."
        ),
        None,
        R,
    ),
    (
        "ray",
        "ray.exceptions.GetTimeoutError",
        "Get timed out: some object(s) not ready.",
        None,
        T,
    ),
    (
        "ray",
        "ray.exceptions.RuntimeEnvSetupError",
        ("Failed to setup runtime environment.\nCould not find a version that satisfies the requirement torch==9.9.9"),
        None,
        P,
    ),
    (
        "ray",
        "ray.exceptions.TaskPlacementGroupRemoved",
        "The placement group corresponding to this task has been removed.",
        None,
        P,
    ),
    (
        "prefect",
        "prefect.exceptions.ParameterTypeError",
        (
            "Flow run received invalid parameters:\n - orders.0.amount: Input should b"
            "e a valid number, unable to parse string as a number"
        ),
        None,
        V,
    ),
    (
        "prefect",
        "prefect.exceptions.ParameterBindError",
        (
            "Error binding parameters for function 'etl': missing a required argument"
            ": 'run_date'.\nFunction 'etl' has signature 'run_date: str, limit: int = "
            "10' but received args: () and kwargs: ['limit']."
        ),
        None,
        V,
    ),
    (
        "prefect",
        "prefect.exceptions.SignatureMismatchError",
        "Function expects parameters ['run_date'] but was provided with parameters ['day']",
        None,
        V,
    ),
    (
        "prefect",
        "prefect.exceptions.EventTooLarge",
        "Event is too large to emit (1500321 > 1048576 bytes)",
        None,
        V,
    ),
    (
        "prefect",
        "prefect.exceptions.ScriptError",
        ("Script at 'flows/etl.py' encountered an exception: ModuleNotFoundError(\"No module named 'pandas'\")"),
        None,
        P,
    ),
    (
        "prefect",
        "prefect.exceptions.CrashedRun",
        "Flow run infrastructure exited with non-zero status code 137.",
        None,
        R,
    ),
    (
        "prefect",
        "prefect.exceptions.PrefectHTTPStatusError",
        (
            "Client error '429 Too Many Requests' for url 'https://api.prefect.cloud/"
            "api/accounts/1f2e/workspaces/3a4b/flow_runs/filter' - Response: {'detail"
            "': 'Rate limit exceeded'}\nFor more information check: https://developer."
            "mozilla.org/en-US/docs/Web/HTTP/Status/429"
        ),
        429,
        T,
    ),
    (
        "prefect",
        "prefect.exceptions.PrefectHTTPStatusError",
        (
            "Client error '404 Not Found' for url 'https://api.prefect.cloud/api/acco"
            "unts/1f2e/workspaces/3a4b/deployments/name/etl/prod' - Response: {'detai"
            "l': 'Deployment not found'}"
        ),
        404,
        P,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterExecutionStepExecutionError",
        (
            'Error occurred while executing op "load_op":\n\npsycopg2.OperationalError:'
            " could not connect to server: Connection refused\n\tIs the server running "
            'on host "warehouse" (10.0.0.8) and accepting\n\tTCP/IP connections on port'
            " 5432?"
        ),
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=TABLE_NOT_FOUND, message="line 1:15'
            ": Table 'hive.sales.orders' does not exist\", query_id=20240501_093011_00"
            "042_abcde)"
        ),
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=SYNTAX_ERROR, message="line 1:8: mi'
            "smatched input 'FORM'. Expecting: ',', 'FROM', <EOF>\", query_id=20240501"
            "_093011_00042_abcde)"
        ),
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.TrinoQueryError",
        (
            "TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=EXCEEDED_GLOBAL_MEMORY"
            '_LIMIT, message="Query exceeded distributed user memory limit of 20GB", '
            "query_id=20240501_093011_00042_abcde)"
        ),
        None,
        R,
    ),
    (
        "trino",
        "trino.exceptions.TrinoQueryError",
        (
            "TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=EXCEEDED_TIME_LIMIT, m"
            'essage="Query exceeded the maximum execution time limit of 1.00h", query'
            "_id=20240501_093011_00042_abcde)"
        ),
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.TrinoQueryError",
        (
            "TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=QUERY_QUEUE_FULL, mess"
            'age="Too many queued queries for \\"global.etl\\"", query_id=20240501_0930'
            "11_00042_abcde)"
        ),
        None,
        R,
    ),
    (
        "trino",
        "trino.exceptions.TrinoQueryError",
        (
            "TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=GENERIC_INSUFFICIENT_R"
            'ESOURCES, message="Insufficient active worker nodes. Waited 5.00m for at'
            ' least 3 workers, but only 1 workers are active", query_id=20240501_0930'
            "11_00042_abcde)"
        ),
        None,
        R,
    ),
    (
        "trino",
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=ALREADY_EXISTS, message="line 1:1: '
            "Table 'hive.sales.orders' already exists\", query_id=20240501_093011_0004"
            "2_abcde)"
        ),
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=CATALOG_NOT_FOUND, message="line 1:'
            "15: Catalog 'hivee' not found\", query_id=20240501_093011_00042_abcde)"
        ),
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=PERMISSION_DENIED, message="Access '
            'Denied: Cannot select from table hive.sales.orders", query_id=20240501_0'
            "93011_00042_abcde)"
        ),
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.Http503Error",
        "error 503: service unavailable",
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.Http502Error",
        "error 502: bad gateway",
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.Http504Error",
        "error 504: gateway timeout",
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.HttpError",
        "error 401: b'Unauthorized'",
        None,
        P,
    ),
    (
        "trino",
        "trino.exceptions.TrinoConnectionError",
        (
            "failed to execute: HTTPConnectionPool(host='trino', port=8080): Max retr"
            "ies exceeded with url: /v1/statement (Caused by NewConnectionError('<url"
            "lib3.connection.HTTPConnection object at 0x7f>: Failed to establish a ne"
            "w connection: [Errno 111] Connection refused'))"
        ),
        None,
        T,
    ),
    (
        "trino",
        "trino.exceptions.TrinoAuthError",
        "Exceeded max attempts while getting the token",
        None,
        P,
    ),
    (
        "trino",
        "sqlalchemy.exc.DBAPIError",
        "(trino.exceptions.TrinoQueryError) Query exceeded distributed user memory limit of 20GB",
        None,
        R,
    ),
    (
        "trino",
        "builtins.RuntimeError",
        "Query exceeded the maximum execution time limit of 1.00h",
        None,
        T,
    ),
    (
        "trino",
        "builtins.Exception",
        'Too many queued queries for "admin"',
        None,
        R,
    ),
    (
        "trino",
        "builtins.RuntimeError",
        ("Insufficient active worker nodes. Waited 10.00ms for at least 17 workers, but only 1 workers are active"),
        None,
        R,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.NumberFormatException",
        (
            "[CAST_INVALID_INPUT] The value 'abc' of the type \"STRING\" cannot be cast"
            ' to "INT" because it is malformed. Correct the value as per the syntax, '
            "or change its target type. Use `try_cast` to tolerate malformed input an"
            'd return NULL instead. If necessary set "spark.sql.ansi.enabled" to "fal'
            'se" to bypass this error. SQLSTATE: 22018'
        ),
        None,
        V,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        (
            "[CATALOG_NOT_FOUND] The catalog `unity` not found. Consider to set the S"
            "QL config `spark.sql.catalog.unity` to a catalog plugin. SQLSTATE: 42P08"
        ),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        ("[AMBIGUOUS_COLUMN_OR_FIELD] Column or field `id` is ambiguous and has 2 matches. SQLSTATE: 42702"),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.ArithmeticException",
        "[BINARY_ARITHMETIC_OVERFLOW] 2147483647 + 1 caused overflow. SQLSTATE: 22003",
        None,
        V,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.NumberFormatException",
        (
            "[CANNOT_PARSE_DECIMAL] Cannot parse decimal. Please ensure that the inpu"
            "t is a valid number with optional decimal point or comma separators. SQL"
            "STATE: 22018"
        ),
        None,
        V,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        (
            "[CANNOT_LOAD_FUNCTION_CLASS] Cannot load class `com.acme.udf.Mask` when "
            "registering the function `mask`, please make sure it is on the classpath"
            ". SQLSTATE: 46103"
        ),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        (
            '[CANNOT_RESOLVE_DATAFRAME_COLUMN] Cannot resolve dataframe column "id". '
            'It\'s probably because of illegal references like `df1.select(df2.col("a"'
            "))`. SQLSTATE: 42704"
        ),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        (
            "[CANNOT_MERGE_INCOMPATIBLE_DATA_TYPE] Failed to merge incompatible data "
            'types "BIGINT" and "STRING". Please check the data types of the columns '
            "being merged and ensure that they are compatible. If necessary, consider"
            " casting the columns to compatible data types before attempting the merg"
            "e. SQLSTATE: 42825"
        ),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.AnalysisException",
        (
            '[CANNOT_MODIFY_CONFIG] Cannot modify the value of the Spark config: "spa'
            "rk.executor.memory\".\nSee also 'https://spark.apache.org/docs/latest/sql-"
            "migration-guide.html#ddl-statements'. SQLSTATE: 46110"
        ),
        None,
        P,
    ),
    (
        "spark",
        "pyspark.errors.exceptions.captured.SparkUpgradeException",
        (
            "[CODEC_NOT_AVAILABLE.WITH_CONF_SUGGESTION] The codec zstd2 is not availa"
            'ble. Consider to set the config "spark.io.compression.codec" to "lz4". S'
            "QLSTATE: 56038"
        ),
        None,
        P,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        "Query exhausted resources at this scale factor",
        None,
        R,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        (
            "HIVE_PARTITION_SCHEMA_MISMATCH: There is a mismatch between the table an"
            "d partition schemas. The types are incompatible and cannot be coerced. T"
            "he column 'amount' in table 'sales.orders' is declared as type 'double',"
            " but partition 'dt=2024-05-01' declared column 'amount' as type 'string'"
            "."
        ),
        None,
        P,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        ("HIVE_BAD_DATA: Error parsing field value '2024-13-01' for field 3: For input string: \"2024-13-01\""),
        None,
        V,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        "HIVE_CURSOR_ERROR: incorrect header check",
        None,
        V,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.sales.orders' does not exist",
        None,
        P,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        (
            "COLUMN_NOT_FOUND: line 1:8: Column 'amout' cannot be resolved or request"
            "er is not authorized to access requested resources"
        ),
        None,
        P,
    ),
    (
        "athena",
        "botocore.errorfactory.TooManyRequestsException",
        (
            "An error occurred (TooManyRequestsException) when calling the StartQuery"
            "Execution operation: You have exceeded the limit for the number of queri"
            "es you can run concurrently. Reduce the number of concurrent queries sub"
            "mitted by this account. Contact customer support to request a concurrent"
            " query limit increase."
        ),
        400,
        T,
    ),
    (
        "athena",
        "pyathena.error.OperationalError",
        (
            "An error occurred (TooManyRequestsException) when calling the StartQuery"
            "Execution operation: You have exceeded the limit for the number of queri"
            "es you can run concurrently. Reduce the number of concurrent queries sub"
            "mitted by this account. Contact customer support to request a concurrent"
            " query limit increase."
        ),
        None,
        T,
    ),
    (
        "athena",
        "builtins.RuntimeError",
        "Athena query 3f2a failed: Query exhausted resources at this scale factor",
        None,
        R,
    ),
    (
        "redshift",
        "psycopg2.errors.InternalError_",
        (
            "1023\nDETAIL:  Serializable isolation violation on table - 156214, transa"
            "ctions forming the cycle are: 573354047, 573354048 (pid:1073775083)\n"
        ),
        None,
        T,
    ),
    (
        "redshift",
        "redshift_connector.error.ProgrammingError",
        (
            "{'S': 'ERROR', 'C': 'XX000', 'M': '1023', 'D': 'Serializable isolation v"
            "iolation on table - 156214, transactions forming the cycle are: 57335404"
            "7, 573354048 (pid:1073775083)'}"
        ),
        None,
        T,
    ),
    (
        "redshift",
        "psycopg2.errors.InternalError_",
        (
            "Disk Full\nDETAIL:  \n  -----------------------------------------------\n  "
            "error:  Disk Full\n  code:      1016\n  context:   node: 2\n  query:     74"
            "81113\n  -----------------------------------------------\n"
        ),
        None,
        R,
    ),
    (
        "redshift",
        "sqlalchemy.exc.InternalError",
        (
            "(psycopg2.errors.InternalError_) Disk Full\nDETAIL:  \n  -----------------"
            "------------------------------\n  error:  Disk Full\n"
        ),
        None,
        R,
    ),
    (
        "redshift",
        "redshift_connector.error.InterfaceError",
        "('communication error', ConnectionResetError(104, 'Connection reset by peer'))",
        None,
        T,
    ),
    (
        "redshift",
        "redshift_connector.error.OperationalError",
        "('connection time out', TimeoutError('timed out'))",
        None,
        T,
    ),
    (
        "redshift",
        "redshift_connector.error.InterfaceError",
        "server requesting MD5 password authentication, but no password was provided",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.ResourceDoesNotExist",
        "Cluster 0501-123456-abcdefgh does not exist",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.NotFound",
        "Job 912 does not exist.",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.InvalidParameterValue",
        "Missing required field: spark_version",
        None,
        V,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.BadRequest",
        "Invalid JSON given in the body of the request - expected a map",
        None,
        V,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.PermissionDenied",
        "User alice@acme.com does not have Manage permissions on job 912.",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.Unauthenticated",
        "Invalid access token.",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.TemporarilyUnavailable",
        "The service at /api/2.1/jobs/run-now is temporarily unavailable. Please try again later.",
        None,
        T,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.TooManyRequests",
        "Too many requests. Please wait a moment and try again.",
        None,
        T,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.ResourceExhausted",
        "Workspace 12345 exceeded the concurrent limit for the API.",
        None,
        T,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.DeadlineExceeded",
        "Request timed out after 60s",
        None,
        T,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.ResourceAlreadyExists",
        "Node named 'etl' already exists",
        None,
        V,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.NotImplemented",
        "This API is not yet supported.",
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sdk.errors.platform.Aborted",
        "Operation aborted due to concurrent modification",
        None,
        T,
    ),
    (
        "databricks",
        "airflow.exceptions.AirflowException",
        (
            'Response: {"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Cluster 050'
            '1-123456-abcdefgh does not exist"}, Status Code: 400'
        ),
        None,
        P,
    ),
    (
        "databricks",
        "airflow.exceptions.AirflowException",
        (
            'Response: {"error_code":"INVALID_PARAMETER_VALUE","message":"Missing req'
            'uired field: spark_version"}, Status Code: 400'
        ),
        None,
        V,
    ),
    (
        "databricks",
        "airflow.exceptions.AirflowException",
        (
            'Response: {"error_code":"TEMPORARILY_UNAVAILABLE","message":"The service'
            " at /api/2.1/jobs/runs/submit is temporarily unavailable. Please try aga"
            'in later."}, Status Code: 503'
        ),
        None,
        T,
    ),
    (
        "databricks",
        "airflow.exceptions.AirflowException",
        (
            'Response: {"error_code":"PERMISSION_DENIED","message":"User alice@acme.c'
            'om does not have Manage permissions on job 912."}, Status Code: 403'
        ),
        None,
        P,
    ),
    (
        "databricks",
        "requests.exceptions.HTTPError",
        (
            "400 Client Error: Bad Request for url: https://adb-123.azuredatabricks.n"
            'et/api/2.0/clusters/get?cluster_id=0501\n{"error_code":"RESOURCE_DOES_NOT'
            '_EXIST","message":"Cluster 0501 does not exist"}'
        ),
        400,
        P,
    ),
    (
        "databricks",
        "databricks.sql.exc.ServerOperationError",
        (
            "[TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`sales`.`orders` cann"
            "ot be found. Verify the spelling and correctness of the schema and catal"
            "og.\nIf you did not qualify the name with a schema, verify the current_sc"
            "hema() output, or qualify the name with the correct schema and catalog.\n"
            "To tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF E"
            "XISTS. SQLSTATE: 42P01; line 1 pos 14"
        ),
        None,
        P,
    ),
    (
        "databricks",
        "databricks.sql.exc.ServerOperationError",
        (
            "[DIVIDE_BY_ZERO] Division by zero. Use `try_divide` to tolerate divisor "
            'being 0 and return NULL instead. If necessary set "spark.sql.ansi.enable'
            'd" to "false" to bypass this error. SQLSTATE: 22012'
        ),
        None,
        V,
    ),
    (
        "databricks",
        "databricks.sql.exc.RequestError",
        "Error during request to server: [Errno 104] Connection reset by peer",
        None,
        T,
    ),
    (
        "dbt",
        "dbt_common.exceptions.base.DbtDatabaseError",
        (
            'Database Error in model orders (models/marts/orders.sql)\n  relation "raw'
            '.orders" does not exist\n  LINE 3: from raw.orders\n               ^\n  com'
            "piled code at target/run/shop/models/marts/orders.sql"
        ),
        None,
        P,
    ),
    (
        "dbt",
        "dbt_common.exceptions.base.DbtDatabaseError",
        (
            "Database Error in model orders (models/marts/orders.sql)\n  could not ser"
            "ialize access due to concurrent update"
        ),
        None,
        T,
    ),
    (
        "dbt",
        "dbt_common.exceptions.base.DbtDatabaseError",
        (
            "Database Error in model orders (models/marts/orders.sql)\n  Query exceede"
            "d distributed user memory limit of 20GB"
        ),
        None,
        R,
    ),
    (
        "dbt",
        "dbt_common.exceptions.base.CompilationError",
        (
            "Compilation Error in model customers (models/customers.sql)\n  Model 'mod"
            "el.jaffle_shop.customers' (models/customers.sql) depends on a node named"
            " 'stg_customer' which was not found"
        ),
        None,
        P,
    ),
    (
        "dbt",
        "dbt.exceptions.DbtProjectError",
        "Runtime Error\n  Could not find profile named 'warehouse'",
        None,
        P,
    ),
    (
        "dbt",
        "dbt_common.exceptions.base.DbtRuntimeError",
        "Runtime Error in model orders (models/marts/orders.sql)\n  Database Error\n    Disk Full",
        None,
        R,
    ),
    (
        "duckdb",
        "duckdb.duckdb.IOException",
        (
            'IO Error: Could not set lock on file "/data/warehouse.duckdb": Conflicti'
            "ng lock is held in /usr/bin/python3.12 (PID 205798). See also https://du"
            "ckdb.org/docs/connect/concurrency"
        ),
        None,
        T,
    ),
    (
        "duckdb",
        "duckdb.duckdb.OutOfMemoryException",
        "Out of Memory Error: failed to allocate data of size 16.0 MiB (12.5 GiB/12.4 GiB used)",
        None,
        R,
    ),
    (
        "duckdb",
        "builtins.RuntimeError",
        "Out of Memory Error: failed to allocate data of size 2.0 MiB (12.7 GiB/12.7 GiB used)",
        None,
        R,
    ),
    (
        "duckdb",
        "duckdb.duckdb.ConversionException",
        "Conversion Error: Could not convert string 'duck' to INT32",
        None,
        V,
    ),
    (
        "duckdb",
        "duckdb.duckdb.CatalogException",
        "Catalog Error: Scalar Function with name func does not exist!",
        None,
        P,
    ),
    (
        "duckdb",
        "duckdb.duckdb.BinderException",
        "Binder Error: Aggregates cannot be present in a Project relation!",
        None,
        P,
    ),
    (
        "duckdb",
        "duckdb.duckdb.ConnectionException",
        (
            "Connection Error: Can't open a connection to same database file with a d"
            "ifferent configuration than existing connections"
        ),
        None,
        P,
    ),
    (
        "duckdb",
        "duckdb.duckdb.InvalidInputException",
        "Invalid Input Error: Values were not provided for the following parameters: name3",
        None,
        V,
    ),
    (
        "selenium",
        "selenium.common.exceptions.TimeoutException",
        "Message: \n\nStacktrace:\n#0 0x55d0c3a2b6c3 <unknown>\n#1 0x55d0c3701c76 <unknown>\n",
        None,
        T,
    ),
    (
        "selenium",
        "selenium.common.exceptions.NoSuchElementException",
        (
            'Message: no such element: Unable to locate element: {"method":"css selec'
            'tor","selector":"#checkout"}\n  (Session info: chrome=120.0.6099.109); Fo'
            "r documentation on this error, please visit: https://www.selenium.dev/do"
            "cumentation/webdriver/troubleshooting/errors#no-such-element-exception\nS"
            "tacktrace:\n#0 0x55d0c3a2b6c3 <unknown>\n#1 0x55d0c3701c76 <unknown>\n"
        ),
        None,
        P,
    ),
    (
        "selenium",
        "selenium.common.exceptions.StaleElementReferenceException",
        (
            "Message: stale element reference: stale element not found in the current"
            " frame\n  (Session info: chrome=120.0.6099.109); For documentation on thi"
            "s error, please visit: https://www.selenium.dev/documentation/webdriver/"
            "troubleshooting/errors#stale-element-reference-exception\nStacktrace:\n#0 "
            "0x55d0c3a2b6c3 <unknown>\n#1 0x55d0c3701c76 <unknown>\n"
        ),
        None,
        T,
    ),
    (
        "selenium",
        "selenium.common.exceptions.SessionNotCreatedException",
        (
            "Message: session not created: This version of ChromeDriver only supports"
            " Chrome version 121\nCurrent browser version is 123.0.6312.58 with binary"
            " path /usr/bin/google-chrome\nStacktrace:\n#0 0x55d0c3a2b6c3 <unknown>\n#1 "
            "0x55d0c3701c76 <unknown>\n"
        ),
        None,
        P,
    ),
    (
        "selenium",
        "selenium.common.exceptions.WebDriverException",
        (
            "Message: unknown error: Chrome failed to start: exited abnormally.\n  (un"
            "known error: DevToolsActivePort file doesn't exist)\n  (The process start"
            "ed from chrome location /usr/bin/google-chrome is no longer running, so "
            "ChromeDriver is assuming that Chrome has crashed.)\nStacktrace:\n#0 0x55d0"
            "c3a2b6c3 <unknown>\n#1 0x55d0c3701c76 <unknown>\n"
        ),
        None,
        P,
    ),
    (
        "selenium",
        "selenium.common.exceptions.SessionNotCreatedException",
        (
            "Message: session not created: DevToolsActivePort file doesn't exist\nStac"
            "ktrace:\n#0 0x55d0c3a2b6c3 <unknown>\n#1 0x55d0c3701c76 <unknown>\n"
        ),
        None,
        P,
    ),
    (
        "selenium",
        "builtins.RuntimeError",
        (
            "scrape failed: Message: session not created: This version of ChromeDrive"
            "r only supports Chrome version 114\nCurrent browser version is 120.0.6099"
            ".109 with binary path /usr/bin/google-chrome"
        ),
        None,
        P,
    ),
    (
        "playwright",
        "playwright._impl._errors.TimeoutError",
        (
            'Page.goto: Timeout 30000ms exceeded.\nCall log:\nnavigating to "https://sh'
            'op.example.com/", waiting until "load"\n'
        ),
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.TimeoutError",
        (
            "Locator.click: Timeout 30000ms exceeded.\nCall log:\n  - waiting for get_b"
            'y_role("button", name="Checkout")\n'
        ),
        None,
        T,
    ),
    (
        "playwright",
        "builtins.RuntimeError",
        ('Locator.click: Timeout 30000ms exceeded.\nCall log:\n  - waiting for locator("#checkout")\n'),
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        (
            "Page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/\nCall lo"
            'g:\n  - navigating to "http://localhost:3000/", waiting until "load"\n'
        ),
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        (
            "Page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://self-signed.badssl"
            '.com/\nCall log:\n  - navigating to "https://self-signed.badssl.com/", wai'
            'ting until "load"\n'
        ),
        None,
        P,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        (
            'Page.goto: NS_ERROR_CONNECTION_REFUSED\nCall log:\n  - navigating to "http'
            '://localhost:3000/", waiting until "load"\n'
        ),
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        "Navigation failed because page crashed!",
        None,
        R,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        "Page.evaluate: Execution context was destroyed, most likely because of a navigation",
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        ('Locator.click: Error: strict mode violation: get_by_role("button") resolved to 2 elements:'),
        None,
        P,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        "Connection timed out",
        None,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        (
            'Page.goto: Cannot navigate to invalid URL\nCall log:\n  - navigating to "s'
            'hop.example.com", waiting until "load"\n'
        ),
        None,
        V,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        "APIRequestContext.get: Max redirect count exceeded",
        None,
        P,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        "Page.goto: SSL peer certificate or SSH remote key was not OK",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.DownloadTimeoutError",
        "Getting https://shop.example.com/products?page=7 took longer than 180.0 seconds.",
        None,
        T,
    ),
    (
        "scrapy",
        "scrapy.exceptions.IgnoreRequest",
        "Forbidden by robots.txt",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.IgnoreRequest",
        "max redirections reached",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.IgnoreRequest",
        "Filtered offsite request to 'cdn.example.net'",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.NotConfigured",
        "missing boto3 library",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.UsageError",
        "No spider found in file: spiders/shop.py\n",
        None,
        P,
    ),
    (
        "scrapy",
        "scrapy.exceptions.DownloadConnectionRefusedError",
        "Connection was refused by other side: 111: Connection refused.",
        None,
        T,
    ),
    (
        "scrapy",
        "scrapy.exceptions.ResponseDataLossError",
        "",
        None,
        T,
    ),
    (
        "scrapy",
        "twisted.internet.error.TCPTimedOutError",
        "TCP connection timed out: 110: Connection timed out.",
        None,
        T,
    ),
    (
        "scrapy",
        "twisted.web._newclient.ResponseNeverReceived",
        (
            "[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: "
            "Connection to the other side was lost in a non-clean fashion: Connection"
            " lost.>]"
        ),
        None,
        T,
    ),
    (
        "scrapy",
        "scrapy.exceptions.DownloadFailedError",
        "Connection to the other side was lost in a non-clean fashion: Connection lost.",
        None,
        T,
    ),
    (
        "kombu",
        "kombu.exceptions.ContentDisallowed",
        ("Refusing to deserialize untrusted content of type pickle (application/x-python-serialize)"),
        None,
        P,
    ),
    (
        "kombu",
        "kombu.exceptions.MessageStateError",
        "Message already acknowledged with state: ACK",
        None,
        P,
    ),
    (
        "kombu",
        "kombu.exceptions.ConnectionLimitExceeded",
        "10",
        None,
        R,
    ),
    (
        "kombu",
        "kombu.exceptions.ChannelLimitExceeded",
        "200",
        None,
        R,
    ),
    (
        "kombu",
        "kombu.exceptions.OperationalError",
        "Socket was disconnected",
        None,
        T,
    ),
    (
        "kombu",
        "builtins.KeyError",
        "'No such transport: rabbitmqq'",
        None,
        P,
    ),
    (
        "kombu",
        "builtins.ImportError",
        "Missing redis library (pip install redis)",
        None,
        P,
    ),
    (
        "kombu",
        "builtins.ValueError",
        "queue_type must be either classic or quorum",
        None,
        V,
    ),
    (
        "dramatiq",
        "dramatiq.rate_limits.rate_limiter.RateLimitExceeded",
        "rate limit exceeded for key 'send-email'",
        None,
        T,
    ),
    (
        "dramatiq",
        "dramatiq.errors.QueueJoinTimeout",
        "timed out after 30.00 seconds",
        None,
        T,
    ),
    (
        "dramatiq",
        "dramatiq.errors.DecodeError",
        "Failed to decode message.",
        None,
        V,
    ),
    (
        "dramatiq",
        "builtins.RuntimeError",
        "The broker doesn't have a results backend.",
        None,
        P,
    ),
    (
        "dramatiq",
        "builtins.ValueError",
        "max_priority must be a value between 0 and 255",
        None,
        V,
    ),
    (
        "dramatiq",
        "builtins.ImportError",
        "'app.tasks' is not a Broker.",
        None,
        P,
    ),
    (
        "dramatiq",
        "builtins.ImportError",
        "Module 'app.tasks' does not define a 'broker' variable.",
        None,
        P,
    ),
    (
        "dramatiq",
        "builtins.ValueError",
        "Middleware 'Prometheus' not found",
        None,
        P,
    ),
    (
        "airflow",
        "builtins.KeyError",
        "'Variable S3_bucket_name does not exist'",
        None,
        P,
    ),
    (
        "ray",
        "ray.exceptions.RayTaskError(ValueError)",
        (
            'ray::train_step() (pid=11362, ip=10.0.62.231)\n  File "train.py", line 10'
            ", in train_step\nValueError: learning rate must be positive, got -0.1"
        ),
        None,
        V,
    ),
    (
        "ray",
        "ray.exceptions.RayTaskError(ConnectionResetError)",
        (
            'ray::fetch_page() (pid=2201, ip=10.0.62.231)\n  File "crawl.py", line 31,'
            " in fetch_page\nConnectionResetError: [Errno 104] Connection reset by pee"
            "r"
        ),
        None,
        T,
    ),
    (
        "ray",
        "ray.exceptions.GetTimeoutError",
        "Get timed out: some object(s) not ready.",
        None,
        T,
    ),
    (
        "teradata",
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.56] [Session 5405] [Teradata Database] [Error 3807] Obje"
            "ct 'CallCentre.data_product_registry' does not exist.\n at gosqldriver/te"
            "radatasql.MakeError ErrorUtil.go:100\n at gosqldriver/teradatasql.formatE"
            "rror ErrorUtil.go:85"
        ),
        None,
        P,
    ),
    (
        "teradata",
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.56] [Session 2822] [Teradata Database] [Error 3810] Colu"
            "mn/Parameter 'CallCentre.Call_H.start_ts' does not exist.\n at gosqldrive"
            "r/teradatasql.MakeError ErrorUtil.go:100\n at gosqldriver/teradatasql.for"
            "matError ErrorUtil.go:85"
        ),
        None,
        P,
    ),
    (
        "teradata",
        "teradatasql.OperationalError",
        (
            "[Version 20.0.49] [Session 1429] [Teradata Database] [Error 3707] Syntax"
            " error, expected something like an 'UDFCALLNAME' keyword between '.' and"
            " the 'AS' keyword.\n at gosqldriver/teradatasql.MakeError ErrorUtil.go:10"
            "0\n at gosqldriver/teradatasql.formatError ErrorUtil.go:85"
        ),
        None,
        P,
    ),
    (
        "teradata",
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.12] [Session 311] [Teradata Database] [Error 8024] All v"
            "irtual circuits are currently in use.\n at gosqldriver/teradatasql.MakeEr"
            "ror ErrorUtil.go:100\n at gosqldriver/teradatasql.formatError ErrorUtil.g"
            "o:85"
        ),
        None,
        R,
    ),
    (
        "teradata",
        "java.sql.SQLException",
        ("[Teradata Database] [TeraJDBC 16.10.00.07] [Error 2646] [SQLState HY000] No more spool space in AF35352."),
        None,
        R,
    ),
    (
        "teradata",
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.12] [Session 911] [Teradata Database] [Error 2646] No mo"
            "re spool space in etl_user.\n at gosqldriver/teradatasql.MakeError ErrorU"
            "til.go:100\n at gosqldriver/teradatasql.formatError ErrorUtil.go:85"
        ),
        None,
        R,
    ),
    (
        "vertica",
        "vertica_python.errors.VerticaSyntaxError",
        (
            'Severity: ERROR, Message: Syntax error at or near "foobar", Sqlstate: 42'
            "601, Position: 1, Routine: base_yyerror, File: /data/jenkins/workspace/v"
            "ertica/Parser/scan.l, Line: 1043, Error Code: 4856, SQL: 'foobar'"
        ),
        None,
        P,
    ),
    (
        "vertica",
        "vertica_python.errors.CopyRejected",
        (
            "Severity: ERROR, Message: COPY: The 12-byte value is too long for type V"
            "archar(9), column 2 (b), Sqlstate: 22V04, Routine: reject, Error Code: 2"
            "035, SQL: \"COPY orders FROM LOCAL '/tmp/orders.csv' DELIMITER ',' ENFORC"
            'ELENGTH ABORT ON ERROR"'
        ),
        None,
        V,
    ),
    (
        "db2",
        "builtins.Exception",
        (
            "[IBM][CLI Driver][DB2/LINUXX8664] SQL0911N  The current transaction has "
            'been rolled back because of a deadlock or timeout.  Reason code "68".  S'
            "QLSTATE=40001 SQLCODE=-911"
        ),
        None,
        T,
    ),
    (
        "hana",
        "hdbcli.dbapi.Error",
        "(258, 'insufficient privilege: Not authorized')",
        None,
        P,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '403 Forbidden' for url 'https://shop.example.com/products?"
            "page=3'\nFor more information check: https://developer.mozilla.org/en-US/"
            "docs/Web/HTTP/Status/403"
        ),
        403,
        P,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '429 Too Many Requests' for url 'https://shop.example.com/p"
            "roducts?page=3'\nFor more information check: https://developer.mozilla.or"
            "g/en-US/docs/Web/HTTP/Status/429"
        ),
        429,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Server error '503 Service Unavailable' for url 'https://shop.example.com"
            "/products?page=3'\nFor more information check: https://developer.mozilla."
            "org/en-US/docs/Web/HTTP/Status/503"
        ),
        503,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "403, message='Forbidden', url='https://shop.example.com/products?page=3'",
        403,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "429, message='Too Many Requests', url='https://shop.example.com/products?page=3'",
        429,
        T,
    ),
    (
        "playwright",
        "playwright._impl._errors.Error",
        (
            "BrowserType.launch: Executable doesn't exist at /root/.cache/ms-playwrig"
            "ht/chromium-1155/chrome-linux/chrome\n╔══════════════════════════════════"
            "═══════════════════════════════════════╗\n║ Looks like Playwright was jus"
            "t installed or updated.                   ║\n║ Please run the following c"
            "ommand to download new browsers:             ║\n║                        "
            "                                                 ║\n║     playwright inst"
            "all                                                  ║\n╚════════════════"
            "═════════════════════════════════════════════════════════╝"
        ),
        None,
        P,
    ),
    (
        "selenium",
        "selenium.common.exceptions.NoSuchDriverException",
        (
            "Message: Unable to obtain driver for chrome; For documentation on this e"
            "rror, please visit: https://www.selenium.dev/documentation/webdriver/tro"
            "ubleshooting/errors/driver_location\n"
        ),
        None,
        P,
    ),
    (
        "prefect",
        "prefect.exceptions.CrashedRun",
        ("Flow run could not be submitted to infrastructure:\nOSError(28, 'No space left on device')"),
        None,
        R,
    ),
    (
        "prefect",
        "prefect.exceptions.CrashedRun",
        ("Flow run could not be submitted to infrastructure:\nConnectionRefusedError(111, 'Connection refused')"),
        None,
        T,
    ),
]


@pytest.mark.parametrize(("library", "exc_type", "message", "status", "label"), TEMPLATES)
def test_source_template_gets_its_label(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label, library


# (exc_type, message, label, the rule that must decide): in each, a weaker signal (the class's container default, a
# generic code, a word such as "connection" or "timeout") decided otherwise, or nothing did, before the rule
DECIDING = [
    (
        "builtins.ValueError",
        "broker_url configuration is empty",
        P,
        "message.tpl_configuration_empty",
    ),
    (
        "builtins.ValueError",
        "RQ does not support indefinite timeouts. Please pick a timeout value > 0",
        V,
        "message.tpl_timeout_argument",
    ),
    (
        "builtins.OSError",
        "Unable to contact Actor's worker",
        T,
        "message.tpl_actor_worker_lost",
    ),
    (
        "builtins.RuntimeError",
        "Worker holding Actor was lost",
        T,
        "message.tpl_actor_worker_lost",
    ),
    (
        "temporalio.exceptions.ActivityAlreadyStartedError",
        "Activity execution already started",
        V,
        "type.validation.tpl_temporal_id_taken",
    ),
    (
        "airflow.exceptions.AirflowDagDuplicatedIdException",
        ("Ignoring DAG etl_orders from /opt/airflow/dags/etl_v2.py - also found in /opt/airflow/dags/etl.py"),
        P,
        "type.permanent.tpl_airflow_deployment",
    ),
    (
        "airflow.exceptions.DeserializationError",
        "An unexpected error occurred while trying to deserialize Dag 'etl_orders'",
        P,
        "type.permanent.tpl_airflow_deployment",
    ),
    (
        "airflow.exceptions.UnknownExecutorException",
        "Unknown executor being loaded: MyExecutor",
        P,
        "type.permanent.tpl_airflow_deployment",
    ),
    (
        "trino.exceptions.TrinoUserError",
        (
            'TrinoUserError(type=USER_ERROR, name=ALREADY_EXISTS, message="line 1:1: '
            "Table 'hive.sales.orders' already exists\", query_id=20240501_093011_0004"
            "2_abcde)"
        ),
        P,
        "vendor.trino.ALREADY_EXISTS",
    ),
    (
        "trino.exceptions.TrinoAuthError",
        "Exceeded max attempts while getting the token",
        P,
        "type.permanent.tpl_trino_auth",
    ),
    (
        "sqlalchemy.exc.DBAPIError",
        "(trino.exceptions.TrinoQueryError) Query exceeded distributed user memory limit of 20GB",
        R,
        "message.tpl_trino_capacity",
    ),
    (
        "builtins.RuntimeError",
        "Query exceeded the maximum execution time limit of 1.00h",
        T,
        "message.tpl_trino_time_limit",
    ),
    (
        "builtins.Exception",
        'Too many queued queries for "admin"',
        R,
        "message.tpl_trino_capacity",
    ),
    (
        "builtins.RuntimeError",
        ("Insufficient active worker nodes. Waited 10.00ms for at least 17 workers, but only 1 workers are active"),
        R,
        "message.tpl_trino_capacity",
    ),
    (
        "pyspark.errors.exceptions.captured.SparkUpgradeException",
        (
            "[CODEC_NOT_AVAILABLE.WITH_CONF_SUGGESTION] The codec zstd2 is not availa"
            'ble. Consider to set the config "spark.io.compression.codec" to "lz4". S'
            "QLSTATE: 56038"
        ),
        P,
        "vendor.spark.CODEC_NOT_AVAILABLE",
    ),
    (
        "pyathena.error.OperationalError",
        (
            "HIVE_PARTITION_SCHEMA_MISMATCH: There is a mismatch between the table an"
            "d partition schemas. The types are incompatible and cannot be coerced. T"
            "he column 'amount' in table 'sales.orders' is declared as type 'double',"
            " but partition 'dt=2024-05-01' declared column 'amount' as type 'string'"
            "."
        ),
        P,
        "vendor.trino.HIVE_PARTITION_SCHEMA_MISMATCH",
    ),
    (
        "pyathena.error.OperationalError",
        ("HIVE_BAD_DATA: Error parsing field value '2024-13-01' for field 3: For input string: \"2024-13-01\""),
        V,
        "vendor.trino.HIVE_BAD_DATA",
    ),
    (
        "pyathena.error.OperationalError",
        "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.sales.orders' does not exist",
        P,
        "vendor.trino.TABLE_NOT_FOUND",
    ),
    (
        "pyathena.error.OperationalError",
        (
            "COLUMN_NOT_FOUND: line 1:8: Column 'amout' cannot be resolved or request"
            "er is not authorized to access requested resources"
        ),
        P,
        "vendor.trino.COLUMN_NOT_FOUND",
    ),
    (
        "redshift_connector.error.InterfaceError",
        "server requesting MD5 password authentication, but no password was provided",
        P,
        "message.tpl_password_not_configured",
    ),
    (
        "databricks.sdk.errors.platform.ResourceExhausted",
        "Workspace 12345 exceeded the concurrent limit for the API.",
        T,
        "type.transient.tpl_databricks_retry_later",
    ),
    (
        "databricks.sdk.errors.platform.Aborted",
        "Operation aborted due to concurrent modification",
        T,
        "type.transient.tpl_databricks_retry_later",
    ),
    (
        "dbt_common.exceptions.base.DbtDatabaseError",
        (
            "Database Error in model orders (models/marts/orders.sql)\n  Query exceede"
            "d distributed user memory limit of 20GB"
        ),
        R,
        "message.tpl_trino_capacity",
    ),
    (
        "duckdb.duckdb.ConnectionException",
        (
            "Connection Error: Can't open a connection to same database file with a d"
            "ifferent configuration than existing connections"
        ),
        P,
        "message.tpl_duckdb_connection_config",
    ),
    (
        "playwright._impl._errors.Error",
        "APIRequestContext.get: Max redirect count exceeded",
        P,
        "message.tpl_redirect_limit",
    ),
    (
        "scrapy.exceptions.IgnoreRequest",
        "max redirections reached",
        P,
        "message.tpl_redirect_limit",
    ),
    (
        "scrapy.exceptions.IgnoreRequest",
        "Filtered offsite request to 'cdn.example.net'",
        P,
        "message.tpl_scrapy_request_refused",
    ),
    (
        "scrapy.exceptions.UsageError",
        "No spider found in file: spiders/shop.py\n",
        P,
        "type.permanent.tpl_scrapy_usage",
    ),
    (
        "scrapy.exceptions.ResponseDataLossError",
        "",
        T,
        "type.transient.tpl_scrapy_response_lost",
    ),
    (
        "kombu.exceptions.MessageStateError",
        "Message already acknowledged with state: ACK",
        P,
        "type.permanent.tpl_kombu_message_state",
    ),
    (
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.12] [Session 311] [Teradata Database] [Error 8024] All v"
            "irtual circuits are currently in use.\n at gosqldriver/teradatasql.MakeEr"
            "ror ErrorUtil.go:100\n at gosqldriver/teradatasql.formatError ErrorUtil.g"
            "o:85"
        ),
        R,
        "message.tpl_teradata_capacity",
    ),
    (
        "java.sql.SQLException",
        ("[Teradata Database] [TeraJDBC 16.10.00.07] [Error 2646] [SQLState HY000] No more spool space in AF35352."),
        R,
        "message.tpl_teradata_capacity",
    ),
    (
        "teradatasql.OperationalError",
        (
            "[Version 20.0.0.12] [Session 911] [Teradata Database] [Error 2646] No mo"
            "re spool space in etl_user.\n at gosqldriver/teradatasql.MakeError ErrorU"
            "til.go:100\n at gosqldriver/teradatasql.formatError ErrorUtil.go:85"
        ),
        R,
        "message.tpl_teradata_capacity",
    ),
]


@pytest.mark.parametrize(("exc_type", "message", "label", "rule_id"), DECIDING)
def test_template_rule_decides_over_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule_id)
