"""Operations APIs (sixth batch: CI/CD services, gateways, OpenStack, serverless, process managers): each rule with a
case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


# ------------------------------------------------ supervisord faults that conflict with the process's state


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("<Fault 60: 'ALREADY_STARTED: web:web_01'>", "ALREADY_STARTED"),
        ("<Fault 70: 'NOT_RUNNING: worker:worker_03'>", "NOT_RUNNING"),
        ("<Fault 90: 'ALREADY_ADDED: scheduler'>", "ALREADY_ADDED"),
        ("<Fault 91: 'STILL_RUNNING: scheduler'>", "STILL_RUNNING"),
    ],
)
def test_a_supervisor_fault_against_the_process_state_is_validation(clf: Classifier, message: str, code: str) -> None:
    # xmlrpc.client.Fault says nothing by its class: without the fault name the verdict is unknown.
    assert verdict_of(clf, "xmlrpc.client.Fault", message) == (V, f"vendor.supervisor.{code}")


def test_a_supervisor_fault_that_depends_on_the_program_stays_unknown(clf: Classifier) -> None:
    assert verdict_of(clf, "xmlrpc.client.Fault", "<Fault 50: 'SPAWN_ERROR: web:web_01'>")[0] is U


# ------------------------------------------------ decisive classes of operations tooling


def test_an_idempotency_record_in_progress_is_transient(clf: Classifier) -> None:
    # No phrase of the message says anything; the class names the other invocation holding the record.
    exc = "aws_lambda_powertools.utilities.idempotency.exceptions.IdempotencyAlreadyInProgressError"
    message = "Execution already in progress with idempotency key: body=0123456789abcdef0123456789abcdef"
    assert verdict_of(clf, exc, message) == (T, "type.transient.idempotency_in_progress")


def test_an_idempotency_payload_mismatch_is_validation(clf: Classifier) -> None:
    exc = "aws_lambda_powertools.utilities.idempotency.exceptions.IdempotencyValidationError"
    assert verdict_of(clf, exc, "Payload does not match stored record for this event key") == (
        V,
        "type.validation.idempotency_payload",
    )


def test_a_netmiko_connect_timeout_is_transient_although_it_lists_setup_causes(clf: Classifier) -> None:
    # "Incorrect hostname" alone reads as validation; the class says the connect did not complete.
    message = (
        "TCP connection to device failed.\n\nCommon causes of this problem are:\n1. Incorrect hostname or IP "
        "address.\n2. Wrong TCP port.\n3. Intermediate firewall blocking access.\n\nDevice settings: juniper_junos "
        "192.0.2.10:22\n"
    )
    assert verdict_of(clf, "netmiko.exceptions.NetmikoTimeoutException", message) == (
        T,
        "type.transient.netmiko_timeout",
    )


def test_a_netmiko_authentication_failure_is_permanent(clf: Classifier) -> None:
    message = "Authentication to device failed.\n\nCommon causes of this problem are:\n1. Invalid username and password"
    assert verdict_of(clf, "netmiko.exceptions.NetmikoAuthenticationException", message)[0] is P


# ------------------------------------------------ messages of operations APIs


def test_a_nova_action_during_a_running_task_is_transient(clf: Classifier) -> None:
    # A 409 alone says validation (its family); the task named ends by itself.
    message = (
        "Cannot 'resize' instance 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 while it is in task_state spawning "
        "(HTTP 409) (Request-ID: req-00000000-1111-2222-3333-444444444444)"
    )
    assert verdict_of(clf, "novaclient.exceptions.Conflict", message, 409) == (T, "message.task_in_progress_state")


def test_a_nova_action_in_a_settled_vm_state_is_not_transient(clf: Classifier) -> None:
    message = (
        "Cannot 'resize' instance 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 while it is in vm_state stopped "
        "(HTTP 409) (Request-ID: req-00000000-1111-2222-3333-444444444444)"
    )
    assert verdict_of(clf, "novaclient.exceptions.Conflict", message, 409)[0] is not T


def test_a_pipeline_its_ci_rules_filtered_out_is_permanent_behind_a_400(clf: Classifier) -> None:
    # The 400 alone says validation; the project's CI configuration must change.
    message = "400: {'base': ['Pipeline filtered out by workflow rules.']}"
    assert verdict_of(clf, "gitlab.exceptions.GitlabCreateError", message, 400) == (P, "message.ci_rules_prevented")


def test_an_empty_repository_behind_a_409_is_permanent(clf: Classifier) -> None:
    # "empty" would read as the input's fault; the repository has no commits to read.
    message = '409 {"message": "Git Repository is empty.", "status": "409"}'
    assert verdict_of(clf, "github.GithubException.GithubException", message, 409) == (P, "message.repository_setup")


def test_an_api_gateway_usage_plan_quota_is_resource_behind_a_429(clf: Classifier) -> None:
    # The 429 alone says throttling; API Gateway's QUOTA_EXCEEDED body says the plan's period quota is spent.
    assert verdict_of(clf, "httpx.HTTPStatusError", "Error code: 429 - {'message': 'Limit Exceeded'}", 429) == (
        R,
        "message.gateway_quota_body",
    )


def test_a_rate_limit_exceeded_body_stays_throttling(clf: Classifier) -> None:
    # Only the gateway's bare "Limit Exceeded" is its quota response; a rate limit stays transient.
    assert verdict_of(clf, "httpx.HTTPStatusError", "Error code: 429 - {'message': 'Rate limit exceeded'}", 429)[0] is T


# ------------------------------------------------ a 422 refined by its body's reason, as a 400 is


def test_a_422_whose_reason_is_the_repository_setup_is_permanent(clf: Classifier) -> None:
    # The 422 alone says validation (decisive status); its reason says the workflow file must change.
    message = (
        '422 {"message": "Workflow does not have \'workflow_dispatch\' trigger", "documentation_url": '
        '"https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event", "status": "422"}'
    )
    verdict = clf.classify(
        ErrorSignal(exc_type="github.GithubException.GithubException", message=message, http_status=422)
    )
    assert (verdict.category, verdict.rule_id) == (P, "message.repository_setup")
    assert [link.rule_id for link in verdict.evidence][:2] == ["message.repository_setup", "http.422"]


def test_a_422_with_a_reason_about_the_input_stays_validation(clf: Classifier) -> None:
    message = '422 {"message": "Validation Failed", "errors": [{"field": "title", "code": "missing_field"}]}'
    assert verdict_of(clf, "github.GithubException.GithubException", message, 422)[0] is V


# ------------------------------------------------ project quotas, stack actions and registry access


@pytest.mark.parametrize(
    ("exc_type", "message", "status"),
    [
        ("cinderclient.exceptions.OverLimit",
         "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested "
         "100G, quota is 1000G and 950G has been consumed. (HTTP 413) (Request-ID: req-1)", 413),
        ("cinderclient.exceptions.OverLimit",
         "VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota 'volumes'. (HTTP 413)", 413),
        ("docker.errors.APIError",
         '403 Client Error ("{"errors":[{"code":"DENIED","message":"adding 12.3 MiB of storage resource, which when '
         'updated to current usage of 9.9 GiB will exceed the configured upper limit of 10.0 GiB."}]}")', 403),
    ],
)  # fmt: skip
def test_a_project_quota_is_resource_behind_a_413_or_403(
    clf: Classifier, exc_type: str, message: str, status: int
) -> None:
    # The 413 alone says the request is too large (validation), the 403 says permission (permanent).
    assert verdict_of(clf, exc_type, message, status) == (R, "message.project_quota_overflow")


def test_a_heat_stack_action_in_progress_is_transient(clf: Classifier) -> None:
    # The 409 alone falls to its family (validation); the running action ends by itself.
    message = "ERROR: Stack web-tier already has an action (UPDATE) in progress."
    assert verdict_of(clf, "heatclient.exc.HTTPConflict", message, 409) == (T, "message.stack_action_in_progress")


def test_a_registry_denial_relayed_in_a_500_is_permanent(clf: Classifier) -> None:
    # The 500 alone says transient; the registry refused the credentials or the repository's permissions.
    message = '500 Server Error: Internal Server Error ("denied: requested access to the resource is denied")'
    assert verdict_of(clf, "docker.errors.APIError", message, 500) == (P, "message.registry_access_denied")


def test_a_nova_scheduler_without_room_is_resource_behind_a_503(clf: Classifier) -> None:
    # The 503 alone says transient; the scheduler says no host has the capacity the request needs.
    message = (
        "HttpException: 503: Server Error for url: https://nova:8774/v2.1/servers, No valid host was found. "
        "There are not enough hosts available."
    )
    assert verdict_of(clf, "openstack.exceptions.HttpException", message, 503) == (R, "message.scheduler_no_capacity")


# ------------------------------------------------ CI/CD services' reasons behind a 400 or 409


def test_a_quota_used_up_is_resource_behind_a_400(clf: Classifier) -> None:
    # The 400 alone says validation; the namespace's metered minutes must renew or rise.
    message = "400: {'base': ['Pipeline cannot be run: the compute minutes quota has been used up']}"
    assert verdict_of(clf, "gitlab.exceptions.GitlabCreateError", message, 400) == (R, "message.quota_used_up")


def test_an_archived_project_is_permanent_behind_a_400(clf: Classifier) -> None:
    message = "400: {'base': ['The project is archived']}"
    assert verdict_of(clf, "gitlab.exceptions.GitlabCreateError", message, 400) == (P, "message.archived_repository")


def test_a_merge_whose_head_moved_is_transient_behind_a_409(clf: Classifier) -> None:
    # The 409 alone falls to its family (validation); the concurrent push is over by the next attempt.
    message = '409 {"message": "Head branch was modified. Review and try the merge again.", "status": "409"}'
    assert verdict_of(clf, "github.GithubException.GithubException", message, 409) == (T, "message.head_branch_moved")
