# ruff: noqa: E501 - messages are quoted as the libraries print them
"""Data, ETL and ML pipelines: Spark error classes, PostgreSQL wire-protocol SQLSTATEs, pandas classes, Spark limits."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

CLF = Classifier(cache_size=0)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "pyspark.errors.exceptions.captured.AnalysisException",
            "[TABLE_OR_VIEW_NOT_FOUND] The table or view `staging`.`events` cannot be found. Verify the spelling "
            "and correctness of the schema and catalog.; line 1 pos 14;",
            Category.PERMANENT,
            "vendor.spark.TABLE_OR_VIEW_NOT_FOUND",
        ),
        (
            "pyspark.errors.exceptions.captured.SparkRuntimeException",
            "[UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 262144 bytes of memory, got 0.",
            Category.RESOURCE,
            "vendor.spark.UNABLE_TO_ACQUIRE_MEMORY",
        ),
        # through py4j: the JVM exception's class and message follow the call that failed
        (
            "py4j.protocol.Py4JJavaError",
            "An error occurred while calling o88.collectToPython.\n: org.apache.spark.SparkArithmeticException: "
            "[DIVIDE_BY_ZERO] Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.",
            Category.VALIDATION,
            "vendor.spark.DIVIDE_BY_ZERO",
        ),
        # Databricks SQL prints the same classes
        (
            "databricks.sql.exc.ServerOperationError",
            '[CAST_INVALID_INPUT] The value \'n/a\' of the type "STRING" cannot be cast to "DOUBLE" because it is malformed.',
            Category.VALIDATION,
            "vendor.spark.CAST_INVALID_INPUT",
        ),
    ],
)
def test_spark_error_classes(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_bracketed_word_outside_spark_is_no_spark_class() -> None:
    verdict = CLF.classify(ErrorSignal(exc_type="builtins.RuntimeError", message="[DIVIDE_BY_ZERO] in my own code"))
    assert verdict.rule_id != "vendor.spark.DIVIDE_BY_ZERO"


def test_the_sqlstate_field_of_a_pg_error_response_beats_the_drivers_catch_all_class() -> None:
    """redshift_connector raises ProgrammingError for every server error; its ``'C'`` field says what happened."""
    message = (
        "{'S': 'ERROR', 'C': '40001', 'M': '1023', 'D': 'Serializable isolation violation on table - 184220, "
        "transactions forming the cycle are: 2941, 2944 (pid:1121)', 'F': '../src/sys/xen_execute.cpp', 'L': '11934', "
        "'R': 'pg_throw'}"
    )
    # without the code, the class (a programming error) would have decided
    assert verdict_of(CLF, "redshift_connector.error.ProgrammingError", message) == (
        Category.TRANSIENT,
        "sqlstate.40001",
    )
    too_many = "{'S': 'FATAL', 'V': 'FATAL', 'C': '53300', 'M': 'sorry, too many clients already', 'F': 'proc.c', 'L': '359', 'R': 'InitProcess'}"
    assert verdict_of(CLF, "pg8000.exceptions.DatabaseError", too_many) == (Category.RESOURCE, "sqlstate.53300")


def test_a_generic_internal_error_sqlstate_is_refined_by_rejected_copy_rows() -> None:
    """XX000 (internal error, transient as a class) from a Redshift COPY whose rows were rejected: the file is bad."""
    message = (
        "{'S': 'ERROR', 'C': 'XX000', 'M': \"Load into table 'events_raw' failed.  Check 'sys_load_error_detail' "
        "system table for details.\", 'F': '../src/pg/src/backend/commands/commands_copy.c', 'L': '720', 'R': 'CheckMaxRowError'}"
    )
    verdict = CLF.classify(ErrorSignal(exc_type="redshift_connector.error.ProgrammingError", message=message))
    assert (verdict.category, verdict.rule_id) == (Category.VALIDATION, "message.copy_rejected_rows")
    assert ("sqlstate.class.XX", "overruled") in [(item.rule_id, item.role) for item in verdict.evidence]


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # the parser's class decides over the transport word "EOF" (the file ends inside a quoted field)
        (
            "pandas.errors.ParserError",
            "Error tokenizing data. C error: EOF inside string starting at row 17",
            Category.VALIDATION,
        ),
        (
            "pandas.errors.MergeError",
            "Merge keys are not unique in left dataset; not a one-to-one merge",
            Category.VALIDATION,
        ),
        ("pandas.errors.EmptyDataError", "No columns to parse from file", Category.VALIDATION),
        ("pandas.errors.UndefinedVariableError", "name 'cutoff_day' is not defined", Category.PERMANENT),
        (
            "pyspark.errors.exceptions.captured.AnalysisException",
            "Path does not exist: s3a://lake/raw/2024-05-01",
            Category.PERMANENT,
        ),
    ],
)
def test_pandas_and_spark_classes_that_name_their_failure(exc_type: str, message: str, expected: Category) -> None:
    verdict = CLF.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is expected
    assert verdict.rule_id.startswith("type.")


@pytest.mark.parametrize(
    "message",
    [
        "An error occurred while calling o412.collectToPython.\n: org.apache.spark.SparkException: Job aborted due to "
        "stage failure: Total size of serialized results of 96 tasks (4.1 GiB) is bigger than spark.driver.maxResultSize (4.0 GiB)",
        "An error occurred while calling o91.count.\n: org.apache.spark.SparkException: Job aborted due to stage failure: "
        "Serialized task 3:0 was 268435456 bytes, which exceeds max allowed: spark.rpc.message.maxSize (134217728 bytes). "
        "Consider increasing spark.rpc.message.maxSize or using broadcast variables for large values.",
    ],
)
def test_a_limit_a_spark_setting_names_is_configuration(message: str) -> None:
    assert verdict_of(CLF, "py4j.protocol.Py4JJavaError", message) == (Category.PERMANENT, "message.spark_config_limit")


def test_no_locks_available_is_the_filesystem_not_exhausted_capacity() -> None:
    """ENOLCK (37): Linux has no lock table to fill; a filesystem that cannot lock must change."""
    verdict = CLF.classify(
        ErrorSignal(
            exc_type="builtins.OSError",
            message="[Errno 37] Unable to open file (unable to lock file, errno = 37, error message = 'No locks available')",
            errno=37,
        )
    )
    assert (verdict.category, verdict.rule_id) == (Category.PERMANENT, "errno.ENOLCK")


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # Ray's system failures, which Ray itself retries, and its memory monitor, object store and disk
        (
            "ray.exceptions.WorkerCrashedError",
            "The worker died unexpectedly while executing this task. Check python-core-worker-*.log files for more information.",
            Category.TRANSIENT,
        ),
        ("ray.exceptions.NodeDiedError", "Node 10.0.1.7 died", Category.TRANSIENT),
        (
            "ray.exceptions.ObjectStoreFullError",
            "Failed to put object 00ff in object store because it is full. Object size is 2147483648 bytes.",
            Category.RESOURCE,
        ),
        (
            "ray.exceptions.OutOfMemoryError",
            "Task was killed due to the node running low on memory.",
            Category.RESOURCE,
        ),
        # Airflow: failing without retry is what the class is for, whatever words the task gives it
        (
            "airflow.exceptions.AirflowFailException",
            "upstream export is empty; failing without retry",
            Category.PERMANENT,
        ),
        ("airflow.exceptions.AirflowNotFoundException", "The conn_id `s3_default` isn't defined", Category.PERMANENT),
        ("airflow.exceptions.AirflowTaskTimeout", "Timeout, PID: 4711", Category.TRANSIENT),
        (
            "sklearn.exceptions.NotFittedError",
            "This StandardScaler instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.",
            Category.PERMANENT,
        ),
    ],
)
def test_ray_airflow_and_sklearn_classes_that_name_their_failure(
    exc_type: str, message: str, expected: Category
) -> None:
    verdict = CLF.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id.startswith("type.")) == (expected, True)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # YARN's memory kill is out of memory; the setting it suggests is no configured limit of the job's own
        (
            "py4j.protocol.Py4JJavaError",
            "An error occurred while calling o98.save.\n: org.apache.spark.SparkException: Job aborted due to stage failure: "
            "Task 3 in stage 7.0 failed 4 times, most recent failure: Lost task 3.3 in stage 7.0 (TID 96) (10.0.3.4 executor 5): "
            "ExecutorLostFailure (executor 5 exited caused by one of the running tasks) Reason: Container killed by YARN for "
            "exceeding physical memory limits. 5.5 GB of 5.5 GB physical memory used. Consider boosting spark.executor.memoryOverhead.",
            Category.RESOURCE,
            "message.container_memory",
        ),
        (
            "polars.exceptions.ComputeError",
            "could not parse `n/a` as dtype `i64` at column 'amount' (column number 3)",
            Category.VALIDATION,
            "message.parse_as_type",
        ),
        (
            "builtins.ValueError",
            'time data "31/12/2024" doesn\'t match format "%m/%d/%Y", at position 3.',
            Category.VALIDATION,
            "message.parse_as_type",
        ),
        # Arrow's S3 filesystem names the AWS error: the code decides, not the words around it
        (
            "builtins.OSError",
            "When getting information for key 'raw/x.parquet' in bucket 'lake': AWS Error SLOW_DOWN during HeadObject operation: "
            "Please reduce your request rate.",
            Category.TRANSIENT,
            "vendor.aws.SlowDown",
        ),
    ],
)
def test_pipeline_phrases_and_arrow_s3_codes(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_arrow_s3_access_denied_is_read_as_a_code() -> None:
    """'No response body' says nothing; the AWS error name does (a weak OSError class would have decided alone)."""
    verdict = CLF.classify(
        ErrorSignal(
            exc_type="builtins.OSError",
            message="AWS Error ACCESS_DENIED during HeadObject operation: No response body.",
        )
    )
    assert verdict.category is Category.PERMANENT
    assert verdict.rule_id.split(".")[0] in {"vendor", "code"}


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # dbt's compile and project errors: the project's code or configuration must change
        ("dbt_common.exceptions.CompilationError", 'Compilation Error\n  dbt found two models with the name "orders".'),
        ("dbt.exceptions.DbtProjectError", "Runtime Error\n  Could not find profile named 'warehouse'"),
        (
            "pyspark.errors.exceptions.base.PySparkTypeError",
            "[NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got int.",
        ),
        # the JVM's import error, relayed by py4j
        (
            "py4j.protocol.Py4JJavaError",
            "An error occurred while calling o61.load.\n: java.lang.ClassNotFoundException: Failed to find data source: "
            "delta. Please find packages at https://spark.apache.org/third-party-projects.html",
        ),
    ],
)
def test_project_code_and_classpath_errors_are_permanent(exc_type: str, message: str) -> None:
    assert CLF.classify(ErrorSignal(exc_type=exc_type, message=message)).category is Category.PERMANENT


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # onnxruntime: the request's inputs do not fit the model (validation); the model itself is broken or missing
        (
            "onnxruntime.capi.onnxruntime_pybind11_state.InvalidArgument",
            "[ONNXRuntimeError] : 2 : INVALID_ARGUMENT : Got invalid dimensions for input: input_ids for the following indices\n index: 1 Got: 600 Expected: 512",
            Category.VALIDATION,
        ),
        (
            "onnxruntime.capi.onnxruntime_pybind11_state.InvalidGraph",
            "[ONNXRuntimeError] : 10 : INVALID_GRAPH : Load model from /models/r.onnx failed:This is an invalid model.",
            Category.PERMANENT,
        ),
        (
            "onnxruntime.capi.onnxruntime_pybind11_state.InvalidProtobuf",
            "[ONNXRuntimeError] : 7 : INVALID_PROTOBUF : Load model from /models/r.onnx failed:Protobuf parsing failed.",
            Category.PERMANENT,
        ),
        # fastavro: the schema in the code names a type nobody defined
        ("fastavro._schema_common.UnknownType", "com.acme.Money", Category.PERMANENT),
    ],
)
def test_onnxruntime_and_fastavro_classes(exc_type: str, message: str, expected: Category) -> None:
    verdict = CLF.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id.startswith("type.")) == (expected, True)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # HDF5's magic bytes missing: the file is not HDF5 or is corrupt; "file ... not found" would have said permanent
        (
            "builtins.OSError",
            "Unable to synchronously open file (file signature not found)",
            Category.VALIDATION,
            "message.parse_as_type",
        ),
        (
            "polars.exceptions.ComputeError",
            "found more fields than defined in 'Schema'\n\nConsider setting 'truncate_ragged_lines=True'.",
            Category.VALIDATION,
            "message.parse_as_type",
        ),
        (
            "builtins.OSError",
            "Can't load tokenizer for 'acme/ranker-v3'. If you were trying to load it from 'https://huggingface.co/models', make sure you don't have a local directory with the same name.",
            Category.PERMANENT,
            "message.cannot_load_model_part",
        ),
    ],
)
def test_data_file_and_model_loading_phrases(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_missing_file_is_still_not_found() -> None:
    verdict = CLF.classify(
        ErrorSignal(exc_type="builtins.OSError", message="Unable to open: file features.h5 not found")
    )
    assert verdict.category is Category.PERMANENT
