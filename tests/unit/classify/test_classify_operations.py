"""Infrastructure and operations (fifth batch): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


def _gcloud(command: str, detail: str) -> str:
    return (
        f"gcloud {command} failed (exit 1): ERROR: (gcloud.{command.split(' --', maxsplit=1)[0].replace(' ', '.')}) "
        f"Could not fetch resource:\n - {detail}"
    )


# ------------------------------------------------ supervisord's XML-RPC faults


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("<Fault 10: 'BAD_NAME: worker:worker_00'>", (P, "vendor.supervisor.BAD_NAME")),
        ("<Fault 20: \"NO_FILE: can't find command '/opt/bin/uwsgi'\">", (P, "vendor.supervisor.NO_FILE")),
        ("<Fault 21: 'NOT_EXECUTABLE: command at '/opt/run.sh' is not executable'>",
         (P, "vendor.supervisor.NOT_EXECUTABLE")),
        ("<Fault 6: 'SHUTDOWN_STATE'>", (T, "vendor.supervisor.SHUTDOWN_STATE")),
        ("<Fault 11: 'BAD_SIGNAL: SIGFOO'>", (V, "vendor.supervisor.BAD_SIGNAL")),
    ],
)  # fmt: skip
def test_supervisor_fault_names_decide(clf: Classifier, message: str, expected: tuple[Category, str]) -> None:
    # Without the fault name there is no evidence at all (xmlrpc.client.Fault says nothing by its class).
    assert verdict_of(clf, "xmlrpc.client.Fault", message) == expected


def test_a_fault_whose_name_is_not_supervisors_stays_unknown(clf: Classifier) -> None:
    assert verdict_of(clf, "xmlrpc.client.Fault", "<Fault 30: 'FAILED'>")[0] is U


# ------------------------------------------------ Compute Engine operation errors


def test_a_zone_without_capacity_is_resource_although_it_says_try_again_later(clf: Classifier) -> None:
    # "try again later" alone is rate limiting (transient); the zone's capacity must come back first.
    message = _gcloud(
        "compute instances create a3-node-1 --zone us-central1-b",
        "The zone 'projects/p/zones/us-central1-b' does not have enough resources available to fulfill the request.  "
        "Try a different zone, or try again later.",
    )
    assert verdict_of(clf, "builtins.RuntimeError", message) == (R, "message.zone_capacity")


def test_a_named_quota_exceeded_is_resource_on_a_generic_wrapper(clf: Classifier) -> None:
    # A RuntimeError alone reads as a bug (permanent); the quota named in the message decides.
    message = _gcloud(
        "compute instances create n1 --zone us-east1-b", "Quota 'CPUS' exceeded.  Limit: 24.0 in region us-east1."
    )
    assert verdict_of(clf, "builtins.RuntimeError", message) == (R, "message.named_quota_exceeded")


def test_an_invalid_field_value_is_validation(clf: Classifier) -> None:
    message = _gcloud(
        "compute disks create Data_1 --zone us-east1-b",
        "Invalid value for field 'resource.name': 'Data_1'. "
        "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'",
    )
    assert verdict_of(clf, "builtins.RuntimeError", message) == (V, "message.invalid_field_value")


def test_the_cloud_sdk_response_error_code_is_the_http_status(clf: Classifier) -> None:
    # No status is given with the signal: the "ResponseError: code=404" gcloud prints is the response's status.
    message = (
        "gcloud container clusters describe c1 --zone europe-west1-b failed (exit 1): ERROR: "
        "(gcloud.container.clusters.describe) ResponseError: code=404, "
        "message=Not found: projects/p/zones/z/clusters/c1."
    )
    assert verdict_of(clf, "builtins.RuntimeError", message)[0] is P
    forbidden = message.replace("code=404, message=Not found", "code=403, message=Required 'container.clusters.get'")
    assert verdict_of(clf, "builtins.RuntimeError", forbidden)[0] is P


# ------------------------------------------------ OAuth 2.0 token errors


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("unsupported_grant_type", (V, "vendor.oauth2.unsupported_grant_type")),
        ("invalid_scope", (V, "vendor.oauth2.invalid_scope")),
        ("invalid_client", (P, "vendor.oauth2.invalid_client")),
        ("unauthorized_client", (P, "vendor.oauth2.unauthorized_client")),
    ],
)  # fmt: skip
def test_oauth2_error_codes_decide_over_the_code_pattern(
    clf: Classifier, error: str, expected: tuple[Category, str]
) -> None:
    # "unsupported" in a code reads as an unsupported operation (permanent); RFC 6749 names what the request did wrong.
    message = f"""400: b'{{"error":"{error}","error_description":"..."}}'"""
    assert verdict_of(clf, "keycloak.exceptions.KeycloakPostError", message, 400) == expected


def test_an_llm_invalid_request_error_type_is_not_read_as_an_oauth_code(clf: Classifier) -> None:
    # invalid_request_error normalises like OAuth's invalid_request; the body's billing message must still decide.
    message = (
        "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': "
        "'Your credit balance is too low to access the Anthropic API.'}}"
    )
    assert not verdict_of(clf, "anthropic.BadRequestError", message, 400)[1].startswith("vendor.oauth2")
