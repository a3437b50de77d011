# ruff: noqa: E501 - messages are quoted as the libraries print them
"""Data engineering and ML runtimes: Delta Lake's classes, relayed Snowflake codes, HDFS quotas, Impala, SageMaker."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

CLF = Classifier(cache_size=0)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # The generic *CONCURRENT* code pattern would call every Delta conflict transient; the class table says which
        # one is a deployment mistake (two streaming queries on one checkpoint conflict on every commit).
        (
            "delta.exceptions.ConcurrentTransactionException",
            "[DELTA_CONCURRENT_TRANSACTION] ConcurrentTransactionException: This error occurs when multiple streaming "
            "queries are using the same checkpoint to write into this table.",
            Category.PERMANENT,
            "vendor.spark.DELTA_CONCURRENT_TRANSACTION",
        ),
        (
            "delta.exceptions.ConcurrentDeleteReadException",
            "[DELTA_CONCURRENT_DELETE_READ] ConcurrentDeleteReadException: This transaction attempted to read one or "
            "more files that were deleted (for example part-00007.parquet) by a concurrent update.",
            Category.TRANSIENT,
            "vendor.spark.DELTA_CONCURRENT_DELETE_READ",
        ),
        # a wrapper that relays the Delta message still carries the class's prefix
        (
            "builtins.RuntimeError",
            "merge into silver.orders failed: [DELTA_METADATA_CHANGED] MetadataChangedException: The metadata of the "
            "Delta table has been changed by a concurrent update. Please try the operation again.",
            Category.TRANSIENT,
            "vendor.spark.DELTA_METADATA_CHANGED",
        ),
        # the class alone, when the message has no error class
        (
            "delta.exceptions.ConcurrentTransactionException",
            "A concurrent transaction committed first.",
            Category.PERMANENT,
            "type.permanent.delta_checkpoint_shared",
        ),
    ],
)
def test_delta_lake_error_classes(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_snowflake_code_relayed_by_dbt_is_read_as_snowflakes() -> None:
    """dbt indents the adapter's message under its own class: the six-digit code and SQLSTATE still decide."""
    message = (
        "Database Error in model stg_invoices (models/staging/stg_invoices.sql)\n"
        "  000630 (57014): Statement reached its statement or warehouse timeout of 3,600 second(s) and was canceled.\n"
        "  compiled code at target/run/billing/models/staging/stg_invoices.sql"
    )
    assert verdict_of(CLF, "dbt_common.exceptions.DbtDatabaseError", message) == (
        Category.TRANSIENT,
        "vendor.snowflake.000630",
    )


def test_a_mysql_number_with_its_sqlstate_is_no_snowflake_code() -> None:
    """MySQL prints four or five digits before the SQLSTATE: only six digits are Snowflake's shape."""
    category, rule_id = verdict_of(CLF, "builtins.RuntimeError", "1146 (42S02): Table 'shop.orders_v2' doesn't exist")
    assert not rule_id.startswith("vendor.snowflake.")
    assert category is Category.PERMANENT


@pytest.mark.parametrize(
    "message",
    [
        "The DiskSpace quota of /user/ingest is exceeded: quota = 536870912000 B = 500 GB but diskspace consumed = 536904466432 B = 500.03 GB",
        "The NameSpace quota (directories and files) of directory /data/landing is exceeded: quota=100000 file count=100001",
    ],
)
def test_an_hdfs_quota_behind_a_403_is_resource(message: str) -> None:
    """WebHDFS answers 403 for a directory quota: the reason refines the status, which alone says permanent."""
    assert verdict_of(CLF, "hdfs.util.HdfsError", message, 403) == (
        Category.RESOURCE,
        "message.directory_quota_exceeded",
    )


def test_a_named_actor_that_is_not_there_is_not_bad_input() -> None:
    """Ray raises ValueError for a missing named actor: the phrase of something not found outranks the class."""
    message = "Failed to look up actor with name 'ranker'. This could because 1. You are trying to look up a named actor you didn't create. 2. The named actor died."
    assert verdict_of(CLF, "builtins.ValueError", message) == (Category.PERMANENT, "message.named_actor_missing")


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id"),
    [
        # the class; and the phrase outranks "please retry" on a class that says nothing itself
        (
            "sagemaker.exceptions.CapacityError",
            "Error for Processing job feat-build-0412: Failed. Reason: CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.",
            "type.resource.sagemaker_capacity",
        ),
        (
            "sagemaker.exceptions.UnexpectedStatusException",
            "Error for Transform job score-0412: Failed. Reason: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.",
            "message.provision_capacity",
        ),
        # exit 137 printed as a field: the OOM killer
        (
            "sagemaker.exceptions.UnexpectedStatusException",
            'Error for Training job ranker-0412: Failed. Reason: AlgorithmError: ExecuteUserScriptError:\nExitCode 137\nErrorMessage ""\nCommand "python train.py"',
            "message.exit_code_field_137",
        ),
    ],
)
def test_sagemaker_capacity_and_oom_kills_are_resource(exc_type: str, message: str, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (Category.RESOURCE, rule_id)


@pytest.mark.parametrize(
    ("message", "rule_id"),
    [
        (
            "Rejected query from pool root.reports: request memory needed 64.00 GB is greater than pool max mem resources 48.00 GB.",
            "message.admission_never_fits",
        ),
        (
            "Rejected query from pool root.etl: minimum memory reservation needed is greater than pool max mem resources. Pool max mem resources: 10.00 GB.",
            "message.admission_never_fits",
        ),
        ("AnalysisException: Could not resolve table reference: 'sales.refunds_v3'", "message.unresolved_reference"),
        ("AnalysisException: Could not resolve column/field reference: 'refund_ts'", "message.unresolved_reference"),
    ],
)
def test_impala_queries_that_can_never_run_are_permanent(message: str, rule_id: str) -> None:
    """A memory-named admission rejection against a fixed pool limit is no capacity that comes back."""
    assert verdict_of(CLF, "impala.error.HiveServer2Error", message) == (Category.PERMANENT, rule_id)


def test_a_host_that_does_not_resolve_is_no_unresolved_reference() -> None:
    """The analyzer's phrase names a table, column or path: a DNS failure keeps its own rule."""
    assert verdict_of(CLF, "builtins.RuntimeError", "Could not resolve host: impala.internal") == (
        Category.PERMANENT,
        "message.dns_nonexistent",
    )


def test_a_native_assertion_with_its_source_line_is_permanent() -> None:
    message = "Check failed: (num_leaves) > (1) at /src/treelearner/feature_histogram.hpp, line 1201 ."
    assert verdict_of(CLF, "lightgbm.basic.LightGBMError", message) == (
        Category.PERMANENT,
        "message.native_check_failed",
    )


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "pandera.errors.SchemaError",
            "Column 'qty' failed element-wise validator number 1: isin({1, 2, 3}) failure cases: 7",
            Category.VALIDATION,
            "type.validation.pandera",
        ),
        (
            "pandera.errors.SchemaDefinitionError",
            "Check greater_than requires a numeric column",
            Category.PERMANENT,
            "type.permanent.pandera_schema_code",
        ),
    ],
)
def test_pandera_data_against_schema_code(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # a name that already exists is SQLSTATE class 42 in Spark's table, as TABLE_OR_VIEW_ALREADY_EXISTS is: the
        # general "already exists" phrase (validation) does not decide a Spark class
        (
            "pyspark.errors.exceptions.captured.AnalysisException",
            "[COLUMN_ALREADY_EXISTS] The column `customer_id` already exists. Choose another name or rename the existing column.",
            Category.PERMANENT,
            "vendor.spark.COLUMN_ALREADY_EXISTS",
        ),
        (
            "pyspark.errors.exceptions.captured.AnalysisException",
            "[DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE] Cannot perform Merge as multiple source rows matched and attempted to modify the same target row in the Delta table in possibly conflicting ways.",
            Category.VALIDATION,
            "vendor.spark.DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE",
        ),
        # Trino's error name before its type; without it the words "Expected response code ... to be 200" read as bad input
        (
            "trino.exceptions.TrinoQueryError",
            'TrinoQueryError(type=INTERNAL_ERROR, name=REMOTE_TASK_ERROR, message="Remote host returned an error: Expected response code from http://10.1.2.3:8080/v1/task/x to be 200, but was 500", query_id=20261129_1)',
            Category.TRANSIENT,
            "vendor.trino.REMOTE_TASK_ERROR",
        ),
        (
            "trino.exceptions.TrinoExternalError",
            'TrinoExternalError(type=EXTERNAL, name=HIVE_BAD_DATA, message="Malformed Parquet file. Expected magic number at tail", query_id=20261129_2)',
            Category.VALIDATION,
            "vendor.trino.HIVE_BAD_DATA",
        ),
    ],
)
def test_more_spark_and_trino_names(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "pyiceberg.exceptions.CommitFailedException",
            "Requirement failed: branch main has changed: expected id 4411 != 4412",
            Category.TRANSIENT,
            "type.transient.iceberg_retry",
        ),
        (
            "pyiceberg.exceptions.NoSuchNamespaceError",
            "Namespace does not exist: ('staging',)",
            Category.PERMANENT,
            "type.permanent.iceberg_setup",
        ),
        (
            "distributed.comm.core.CommClosedError",
            "in <TCP (closed) ConnectionPool.gather local=tcp://10.1.0.4:5123 remote=tcp://10.1.0.5:3842>: Stream is closed",
            Category.TRANSIENT,
            "type.transient.dask_comm",
        ),
        (
            "distributed.scheduler.KilledWorker",
            "Attempted to run task ('shuffle-transfer-9', 3) on 4 different workers, but all those workers died while running it.",
            Category.RESOURCE,
            "type.resource.dask_killed_worker",
        ),
        (
            "polars.exceptions.ShapeError",
            "unable to append to a DataFrame of width 5 with a DataFrame of width 6",
            Category.VALIDATION,
            "type.validation.polars_data",
        ),
        (
            "polars.exceptions.ColumnNotFoundError",
            'unable to find column "net_amount"; valid columns: ["id", "amount"]',
            Category.PERMANENT,
            "type.permanent.polars_code",
        ),
        (
            "statsmodels.tools.sm_exceptions.PerfectSeparationError",
            "Perfect separation detected, results not available",
            Category.VALIDATION,
            "type.validation.statsmodels_data",
        ),
        (
            "sqlglot.errors.TokenError",
            "Error tokenizing 'SELECT 'unterminated'",
            Category.VALIDATION,
            "type.validation.sqlglot_parse",
        ),
    ],
)
def test_data_library_classes(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("message", "status", "expected", "rule_id"),
    [
        # safe mode behind WebHDFS's 403: the NameNode leaves it by itself; when its own disks are low, space must be freed
        (
            "Cannot create directory /landing/2026-11-29. Name node is in safe mode.\nThe reported blocks 912 needs additional 14 blocks to reach the threshold 0.9990 of total blocks 927.",
            403,
            Category.TRANSIENT,
            "message.namenode_safe_mode",
        ),
        (
            "Cannot create file/landing/x.csv. Name node is in safe mode.\nResources are low on NN. Please add or free up more resources then turn off safe mode manually.",
            403,
            Category.RESOURCE,
            "message.namenode_resources_low",
        ),
        (
            "File /tmp/stage/part-3 could only be written to 0 of the 1 minReplication nodes. There are 4 datanode(s) running and 4 node(s) are excluded in this operation.",
            None,
            Category.RESOURCE,
            "message.no_datanode_for_block",
        ),
        (
            "Failed to APPEND_FILE /logs/app.log for DFSClient_7 on 10.1.0.4 because this file lease is currently owned by DFSClient_9 on 10.1.0.5",
            None,
            Category.TRANSIENT,
            "message.hdfs_lease_held",
        ),
    ],
)
def test_hdfs_states(message: str, status: int | None, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, "hdfs.util.HdfsError", message, status) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "xgboost.core.XGBoostError",
            "[09:14:02] /workspace/src/common/common.h:157: XGBoost version not compiled with GPU support.",
            Category.PERMANENT,
            "message.build_lacks_feature",
        ),
        (
            "lightgbm.basic.LightGBMError",
            "GPU Tree Learner was not enabled in this build.\nPlease recompile with CMake option -DUSE_GPU=1",
            Category.PERMANENT,
            "message.build_lacks_feature",
        ),
        (
            "lightgbm.basic.LightGBMError",
            "The number of features in data (31) is not the same as it was in training data (33).",
            Category.VALIDATION,
            "message.feature_count_mismatch",
        ),
        (
            "thrift.transport.TTransport.TTransportException",
            "TSocket read 0 bytes",
            Category.TRANSIENT,
            "message.thrift_socket_closed",
        ),
    ],
)
def test_ml_builds_inputs_and_thrift_transport(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_ray_task_error_is_read_through_the_tasks_own_exception() -> None:
    """RayTaskError(KeyError) subclasses KeyError: its traceback's last line is the cause, a bug in the task's code."""
    message = 'ray::score_batch() (pid=812, ip=10.1.0.9)\n  File "/app/score.py", line 31, in score_batch\n    row["segment"]\nKeyError: \'segment\''
    assert verdict_of(CLF, "ray.exceptions.RayTaskError(KeyError)", message) == (
        Category.PERMANENT,
        "type.permanent.bug",
    )


def test_a_ray_task_errors_cause_keeps_its_module() -> None:
    """The traceback names a library's class with its module: the cause is that class, not a builtin of the same name."""
    message = "ray::fetch() (pid=9, ip=10.1.0.2)\n  File \"/app/f.py\", line 8, in fetch\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.internal', port=443): Max retries exceeded"
    verdict = CLF.classify(ErrorSignal(exc_type="ray.exceptions.RayTaskError(ConnectionError)", message=message))
    assert verdict.category is Category.TRANSIENT
    assert any(item.where == "cause 1: requests.exceptions.ConnectionError" for item in verdict.evidence)


@pytest.mark.parametrize(
    ("message", "status", "expected", "rule_id"),
    [
        # a 400 whose code is a workspace's limit: the code outranks the status family
        (
            "RESOURCE_LIMIT_EXCEEDED: Exceeded the maximum number of registered models (1000) for this workspace.",
            400,
            Category.RESOURCE,
            "vendor.mlflow.RESOURCE_LIMIT_EXCEEDED",
        ),
        (
            "REQUEST_LIMIT_EXCEEDED: Too many requests, please retry later.",
            429,
            Category.TRANSIENT,
            "vendor.mlflow.REQUEST_LIMIT_EXCEEDED",
        ),
        (
            "RESOURCE_DOES_NOT_EXIST: Experiment 'churn-v9' does not exist.",
            404,
            Category.PERMANENT,
            "vendor.mlflow.RESOURCE_DOES_NOT_EXIST",
        ),
    ],
)
def test_mlflow_rest_codes(message: str, status: int, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, "mlflow.exceptions.RestException", message, status) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "luigi.rpc.RPCError",
            "Received null response from remote scheduler 'http://luigid.data.svc:8082'",
            Category.TRANSIENT,
            "type.transient.luigi_scheduler",
        ),
        (
            "wandb.errors.CommError",
            "Exceeded storage limit. Please upgrade your plan or delete some artifacts.",
            Category.RESOURCE,
            "message.storage_limit_exceeded",
        ),
        (
            "builtins.RuntimeError",
            "Worker tcp://10.1.0.8:40411 (pid=77) exceeded 95% memory budget. Restarting...",
            Category.RESOURCE,
            "message.memory_budget_exceeded",
        ),
        (
            "dbt_common.exceptions.DbtDatabaseError",
            "Database Error in model fct_events (models/fct_events.sql)\n  Too many DML statements outstanding against table acme:mart.fct_events, limit is 20.\n  compiled code at target/run/x.sql",
            Category.TRANSIENT,
            "message.dml_queue_full",
        ),
        (
            "dbt_common.exceptions.DbtRuntimeError",
            'Runtime Error\n  Credentials in profile "warehouse", target "ci" invalid: \'schema\' is a required property',
            Category.PERMANENT,
            "message.dbt_profile_invalid",
        ),
        (
            "impala.error.HiveServer2Error",
            "Query 7c1d:2e00000000 expired due to execution time limit of 15m",
            Category.TRANSIENT,
            "message.query_expired_timeout",
        ),
        # SageMaker's ClientError reason is general: a specific reason in the same message (disk space) outranks it
        (
            "sagemaker.exceptions.UnexpectedStatusException",
            "Error for Training job t-9: Failed. Reason: ClientError: Please ensure the instance type ml.trn1.2xlarge is supported in this region.",
            Category.PERMANENT,
            "message.sagemaker_client_error",
        ),
        (
            "sagemaker.exceptions.UnexpectedStatusException",
            "Error for Training job t-9: Failed. Reason: ClientError: Artifact upload failed:Insufficient disk space",
            Category.RESOURCE,
            "message.disk_full",
        ),
    ],
)
def test_pipeline_runtime_states(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_python_traceback_quoted_by_a_wrapper_names_its_cause() -> None:
    """pyspark's PythonException quotes the worker's traceback: its last line is what the user code raised."""
    message = (
        "\n  An exception was thrown from the Python worker. Please see the stack trace below.\n"
        'Traceback (most recent call last):\n  File "/app/enrich.py", line 22, in lookup\n    return table[key]\n'
        "KeyError: 'country_code'"
    )
    verdict = CLF.classify(ErrorSignal(exc_type="pyspark.errors.exceptions.captured.PythonException", message=message))
    assert (verdict.category, verdict.rule_id) == (Category.PERMANENT, "type.permanent.bug")
    assert verdict.evidence[0].where == "cause 1: builtins.KeyError"


def test_a_traceback_line_that_names_no_exception_is_no_cause() -> None:
    """Only a line naming an exception class is a cause: "Note: ..." inside the message is not one."""
    message = 'Traceback (most recent call last):\n  File "/app/x.py", line 3, in f\nNote: see the log'
    verdict = CLF.classify(ErrorSignal(exc_type="builtins.RuntimeError", message=message))
    assert not any(item.where.startswith("cause") for item in verdict.evidence)


@pytest.mark.parametrize(
    ("message", "expected", "rule_id"),
    [
        (
            "An error occurred while calling o51.save.\n: org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 2.0 failed 4 times, most recent failure: Lost task 3.3 in stage 2.0 (TID 40) (10.1.0.7 executor 2): ExecutorLostFailure (executor 2 exited caused by one of the running tasks) Reason: Container from a bad node: container_e01_0002 on host: ip-10-1-0-7. Exit status: 137. Diagnostics: Container killed on request. Exit code is 137",
            Category.RESOURCE,
            "message.exit_code_field_137",
        ),
        (
            "An error occurred while calling o51.save.\n: org.apache.spark.SparkException: Job aborted due to stage failure: ExecutorLostFailure (executor 4 exited unrelated to the running tasks) Reason: Container marked as failed: container_e01_0009 on host: ip-10-1-0-8. Exit status: -100. Diagnostics: Container released on a *lost* node.",
            Category.TRANSIENT,
            "message.lost_node_or_context",
        ),
    ],
)
def test_spark_executor_losses(message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, "py4j.protocol.Py4JJavaError", message) == (expected, rule_id)


def test_trinos_error_type_is_no_pydantic_error_type() -> None:
    """pydantic prints "[type=missing, ..."; Trino's repr "(type=INTERNAL_ERROR, name=...": a name the tables lack
    leaves the message's own words to decide, not a schema phrase."""
    message = 'TrinoQueryError(type=INTERNAL_ERROR, name=GENERIC_INTERNAL_ERROR, message="java.net.SocketTimeoutException: Read timed out", query_id=20261129_7)'
    assert verdict_of(CLF, "trino.exceptions.TrinoQueryError", message) == (Category.TRANSIENT, "message.network")
    pydantic = "1 validation error for Order\nsku\n  Field required [type=missing, input_value={}, input_type=dict]"
    assert verdict_of(CLF, "builtins.ValueError", pydantic)[0] is Category.VALIDATION


@pytest.mark.parametrize(
    ("status", "rule_id"), [(403, "message.namenode_standby"), (None, "type.transient.hdfs_standby")]
)
def test_an_hdfs_standby_namenode_is_transient(status: int | None, rule_id: str) -> None:
    """ "not supported" would say permanent, and so would WebHDFS's 403: a standby NameNode fails over."""
    message = "Operation category WRITE is not supported in state standby. Visit https://s.apache.org/sbnn-error"
    assert verdict_of(CLF, "hdfs.util.HdfsError", message, status) == (Category.TRANSIENT, rule_id)


def test_a_hiveserver2_sqlstate_is_read_but_hives_execution_state_is_not() -> None:
    semantic = "TExecuteStatementResp(status=TStatus(statusCode=3, infoMessages=None, sqlState='42000', errorCode=40000, errorMessage=\"Error while compiling statement: FAILED: ParseException line 1:7 cannot recognize input near 'FROM' 'orders'\"), operationHandle=None)"
    assert verdict_of(CLF, "pyhive.exc.OperationalError", semantic) == (Category.PERMANENT, "sqlstate.class.42")
    # Hive gives 08S01 (ODBC's "communication link failure") to every execution failure: it is not read as one
    execution = "TExecuteStatementResp(status=TStatus(statusCode=3, infoMessages=None, sqlState='08S01', errorCode=2, errorMessage='Error while processing statement: FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.mr.MapRedTask'), operationHandle=None)"
    assert verdict_of(CLF, "pyhive.exc.OperationalError", execution)[1] != "sqlstate.08S01"


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "thrift.transport.TTransport.TTransportException",
            "Could not start SASL: b'Error in sasl_client_start (-1) SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_1001))'",
            Category.PERMANENT,
            "message.kerberos_no_credentials",
        ),
        (
            "deltalake.exceptions.CommitFailedError",
            "Transaction failed: Version 31 already exists",
            Category.TRANSIENT,
            "type.transient.deltalake_commit",
        ),
        (
            "deltalake.exceptions.SchemaMismatchError",
            "Cannot cast schema, number of fields does not match: 7 vs 8",
            Category.VALIDATION,
            "type.validation.deltalake_schema",
        ),
        (
            "databricks.sql.exc.ServerOperationError",
            "[INTERNAL_ERROR] The Spark SQL phase planning failed with an internal error. You hit a bug in Spark or the Spark plugins you use.",
            Category.PERMANENT,
            "vendor.spark.INTERNAL_ERROR",
        ),
    ],
)
def test_more_data_platform_errors(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # an invalid-sounding word ("must be") on the API key check is a refused credential, not bad input
        (
            "wandb.errors.AuthenticationError",
            "API key must be 40 characters long, yours was 38",
            Category.PERMANENT,
            "type.permanent.wandb_setup",
        ),
        (
            "joblib.externals.loky.process_executor.ShutdownExecutorError",
            "cannot schedule new futures after shutdown",
            Category.PERMANENT,
            "type.permanent.executor_shut_down",
        ),
        (
            "optuna.exceptions.UpdateFinishedTrialError",
            "Trial#41 has already finished and can not be updated.",
            Category.PERMANENT,
            "type.permanent.optuna_finished_trial",
        ),
        # a RuntimeError reads as a bug; the RMM pool that cannot grow is GPU memory
        (
            "builtins.RuntimeError",
            "RMM failure at:/opt/rmm/include/rmm/mr/device/pool_memory_resource.hpp:196: Maximum pool size exceeded",
            Category.RESOURCE,
            "message.device_pool_exhausted",
        ),
        (
            "sagemaker.exceptions.UnexpectedStatusException",
            "Error for Training job t-3: Failed. Reason: ResourceLimitExceeded: The account-level service limit 'ml.g5.12xlarge for training job usage' is 2 Instances, with current utilization of 2 Instances",
            Category.RESOURCE,
            "message.account_service_limit",
        ),
        (
            "catboost.CatBoostError",
            "catboost/libs/algo/learn_context.cpp:77: Condition violated: `ctx.LearnProgress != nullptr'",
            Category.PERMANENT,
            "message.native_condition_violated",
        ),
    ],
)
def test_ml_tooling_setup_and_capacity(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # "Invalid value" reads as bad input; dbt's own validation error is the project's configuration
        (
            "dbt_common.exceptions.DbtValidationError",
            "Invalid value for 'on_schema_change': 'apend'",
            Category.PERMANENT,
            "type.permanent.dbt_project",
        ),
        (
            "dbt_common.exceptions.DbtDatabaseError",
            "Database Error in model fct_refunds (models/fct_refunds.sql)\n  Serializable isolation violation on table - 200514, transactions forming the cycle are: 88, 91 (pid:4417)\n  compiled code at target/run/x.sql",
            Category.TRANSIENT,
            "message.serializable_violation",
        ),
        (
            "dbt_common.exceptions.DbtDatabaseError",
            "Database Error in model stg_clicks (models/stg_clicks.sql)\n  Bad double value: n/a; while executing the filter on column 'price'\n  compiled code at target/run/x.sql",
            Category.VALIDATION,
            "message.bigquery_bad_value",
        ),
    ],
)
def test_dbt_project_and_warehouse_errors(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "hdfs.util.HdfsError",
            "The directory item limit of /landing/events is exceeded: limit=1048576 items=1048576",
            Category.RESOURCE,
            "message.directory_quota_exceeded",
        ),
        (
            "hdfs.util.HdfsError",
            "The maximum path component name limit of part-0000-very-long-name in directory /landing is exceeded: limit=255 length=312",
            Category.VALIDATION,
            "message.path_component_too_long",
        ),
        (
            "luigi.contrib.external_program.ExternalProgramRunError",
            "Program failed with return code=137:\n['spark-submit', 'rollup.py']\nSTDOUT: \nSTDERR: Killed",
            Category.RESOURCE,
            "message.exit_code_field_137",
        ),
        (
            "luigi.task_register.TaskClassAmbigiousException",
            "Task 'Rollup' is ambiguous",
            Category.PERMANENT,
            "type.permanent.luigi_code",
        ),
    ],
)
def test_hdfs_limits_and_luigi(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_py4js_network_error_is_the_gateways_socket() -> None:
    """ "is empty" would read as bad input: py4j's network error class says the JVM gateway's socket failed."""
    assert verdict_of(CLF, "py4j.protocol.Py4JNetworkError", "Answer from Java side is empty") == (
        Category.TRANSIENT,
        "type.transient.py4j_network",
    )


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id"),
    [
        (
            "ray.exceptions.ActorDiedError",
            "The actor died because of an error raised in its creation task, ray::Embedder.__init__() (pid=310, ip=10.1.0.3)",
            "message.actor_creation_failed",
        ),
        ("_pickle.PicklingError", "Could not pickle the task to send it to the workers.", "message.unpicklable_task"),
    ],
)
def test_ray_and_joblib_code_failures(exc_type: str, message: str, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (Category.PERMANENT, rule_id)
