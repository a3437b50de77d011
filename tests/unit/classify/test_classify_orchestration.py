"""Workflow orchestrators (seventh batch: Airflow providers, luigi, Dagster, Temporal, Prefect, Step Functions,
kubelet admission): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


# ------------------------------------------------ decisive classes of orchestrators


def test_a_pod_launch_timeout_is_transient_although_it_says_too_long(clf: Classifier) -> None:
    # "too long" alone reads as an input too long (validation); the class names a launch timeout.
    exc = "airflow.providers.cncf.kubernetes.utils.pod_manager.PodLaunchTimeoutException"
    assert verdict_of(clf, exc, "Pod took too long to start. More than 120s.") == (
        T,
        "type.transient.pod_launch_timeout",
    )


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        ("luigi.parameter.MissingParameterException", "Backfill[args=(), kwargs={}]: requires the 'start' parameter"),
        (
            "luigi.parameter.UnknownParameterException",
            "Backfill[args=(), kwargs={'foo': 1}]: received unknown parameter foo",
        ),
    ],
)
def test_a_luigi_task_built_with_wrong_parameters_is_validation(clf: Classifier, exc: str, message: str) -> None:
    assert verdict_of(clf, exc, message) == (V, "type.validation.luigi_parameter")


def test_a_dagster_run_config_failing_its_schema_is_validation(clf: Classifier) -> None:
    message = (
        "Error in config for job nightly\n    Error 1: Invalid scalar at path root:ops:load:config:limit. "
        'Value "abc" of type "<class \'str\'>" is not valid for expected type "Int".'
    )
    assert verdict_of(clf, "dagster._core.errors.DagsterInvalidConfigError", message) == (
        V,
        "type.validation.dagster_run_config",
    )


# ------------------------------------------------ orchestrator messages behind generic classes


@pytest.mark.parametrize(
    ("exc", "message", "expected"),
    [
        # an RPCError says nothing by its class: the QPS cap is throttling
        ("temporalio.service.RPCError", "Persistence Max QPS Reached.", (T, "message.max_qps_reached")),
        # RuntimeError alone is a programming bug (permanent) at the weak tier; each message says otherwise
        (
            "builtins.RuntimeError",
            "Execution was cancelled by the runtime environment.",
            (T, "message.cancelled_by_runtime"),
        ),
        (
            "builtins.RuntimeError",
            "The state/task 'arn:aws:states:us-east-1:123456789012:activity:x' returned a result with a size exceeding "
            "the maximum number of bytes service limit.",
            (V, "message.payload_size_service_limit"),
        ),
        (
            "builtins.RuntimeError",
            "Pod was rejected: Node didn't have enough resource: memory, requested: 4096, used: 8000, capacity: 9000",
            (R, "message.node_not_enough_resource"),
        ),
        (
            "temporalio.exceptions.ApplicationError",
            "NotFoundError: Activity function send_email is not registered on this worker, available activities: ",
            (P, "message.not_registered_on_worker"),
        ),
    ],
)
def test_an_orchestrator_message_decides_over_its_generic_class(
    clf: Classifier, exc: str, message: str, expected: tuple[Category, str]
) -> None:
    assert verdict_of(clf, exc, message) == expected


def test_a_cloud_tasks_name_reserved_after_deletion_is_validation(clf: Classifier) -> None:
    # FailedPrecondition alone is a setup the system is not in (permanent); the reason says the name is taken.
    message = "400 The task cannot be created because a task with this name existed too recently."
    assert verdict_of(clf, "google.api_core.exceptions.FailedPrecondition", message) == (
        V,
        "message.name_reserved_after_delete",
    )


def test_a_temporal_workflow_id_already_started_is_validation(clf: Classifier) -> None:
    # No phrase of the message speaks ("already started" is not "already exists"); the class names the taken id.
    assert verdict_of(
        clf, "temporalio.exceptions.WorkflowAlreadyStartedError", "Workflow execution already started"
    ) == (
        V,
        "type.validation.workflow_id_taken",
    )


def test_a_dagster_definition_error_is_permanent_although_its_name_says_invalid(clf: Classifier) -> None:
    # The class-name pattern *Invalid* reads bad input (validation); the class is the job's own definitions.
    message = "@op 'load' decorated function does not have argument(s) 'context'."
    assert verdict_of(clf, "dagster._core.errors.DagsterInvalidDefinitionError", message) == (
        P,
        "type.permanent.dagster_definitions",
    )


@pytest.mark.parametrize(
    "message",
    [
        "Lambda.TooManyRequestsException: Rate Exceeded.",
        "Lambda.SdkClientException: Unable to execute HTTP request",
        "Lambda.AWSLambdaException: An error occurred",
    ],
)
def test_a_step_functions_lambda_service_error_is_transient_behind_a_wrapper(clf: Classifier, message: str) -> None:
    # RuntimeError alone is a programming bug (permanent) at the weak tier; the error name is Lambda's service.
    assert verdict_of(clf, "builtins.RuntimeError", message) == (T, "message.step_functions_lambda_transient")


def test_a_prefect_run_stopped_by_a_signal_is_transient(clf: Classifier) -> None:
    assert verdict_of(clf, "prefect.exceptions.CrashedRun", "Execution was aborted by an interrupt signal.") == (
        T,
        "message.cancelled_by_runtime",
    )
