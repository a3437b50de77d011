"""Cloud and SaaS SDKs (thirteenth batch): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


def _oci(status: int, code: str, message: str) -> str:
    """A ServiceError's message as oci-python-sdk prints it (its dict, with the request's details)."""
    return (
        f"{{'target_service': 'core', 'status': {status}, 'code': '{code}', 'opc-request-id': "
        f"'0A1B2C3D4E5F/6A7B8C9D0E1F/2A3B4C5D6E7F', 'message': '{message}', 'operation_name': 'update_vcn', "
        "'timestamp': '2026-01-05T10:00:00.000000+00:00', 'client_version': 'Oracle-PythonSDK/2.150.0'}"
    )


# ------------------------------------------------ Oracle Cloud Infrastructure: the body's code, on the SDK's classes


def test_an_oci_resource_in_a_transitional_state_is_transient(clf: Classifier) -> None:
    # A 409 alone says nothing decisive (unknown); the code says the lifecycle state settles by itself (the SDK
    # retries it).
    message = _oci(409, "IncorrectState", "The VCN is in state UPDATING and cannot be modified now")
    assert verdict_of(clf, "oci.exceptions.ServiceError", message, 409) == (T, "vendor.oci.IncorrectState")


def test_an_oci_service_the_tenancy_has_not_subscribed_to_is_permanent(clf: Classifier) -> None:
    # A 402 alone is a vendor's own (unknown); OCI's code says the tenancy must opt in to the service first.
    message = _oci(402, "SignUpRequired", "This operation requires opt-in before it may be called.")
    assert verdict_of(clf, "oci.exceptions.ServiceError", message, 402) == (P, "vendor.oci.SignUpRequired")


def test_an_oci_code_is_no_evidence_on_another_vendors_class(clf: Classifier) -> None:
    # The same word in another system's error body is not OCI's code.
    _, rule = verdict_of(clf, "builtins.RuntimeError", "{'code': 'IncorrectState', 'message': 'bad state'}")
    assert not rule.startswith("vendor.oci.")


def test_an_oci_internal_error_that_is_out_of_host_capacity_is_resource(clf: Classifier) -> None:
    # The generic InternalError code (transient) is refined by the capacity its message names.
    message = _oci(500, "InternalError", "Out of host capacity.")
    assert verdict_of(clf, "oci.exceptions.ServiceError", message, 500) == (R, "message.exhausted")


# ------------------------------------------------ Hetzner Cloud: the code hcloud prints after the message


def test_an_hcloud_uniqueness_error_is_validation(clf: Classifier) -> None:
    assert verdict_of(clf, "hcloud.APIException", "volume name is already used (uniqueness_error)") == (
        V,
        "vendor.hcloud.uniqueness_error",
    )


def test_an_hcloud_code_before_the_correlation_id_is_read(clf: Classifier) -> None:
    # "locked" alone in the text says nothing; the code says an action still holds the server.
    message = "server is locked (locked, 8f2b61c0d3e94a7f)"
    assert verdict_of(clf, "hcloud.APIException", message) == (T, "vendor.hcloud.locked")


def test_an_hcloud_code_is_read_on_hcloud_classes_only(clf: Classifier) -> None:
    _, rule = verdict_of(clf, "builtins.RuntimeError", "the queue is closed (protected)")
    assert not rule.startswith("vendor.hcloud.")


# ------------------------------------------------ SDK classes raised for one failure only


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("digitalocean.baseapi.TokenError", "No token provided. Please use a valid token"),
        # "not a valid URL" reads as a bad input (message.schema); the class says the configured endpoint is wrong
        ("digitalocean.baseapi.EndPointError", "Provided end point is not a valid URL. Please use a valid URL"),
    ],
)
def test_digitalocean_setup_classes_are_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message) == (P, "type.permanent.digitalocean_setup")


def test_a_zendesk_rate_limit_budget_is_transient(clf: Classifier) -> None:
    # "budget exceeded" reads as spent money (message.credits, resource); the class says the rate limit outlasted the
    # caller's wait budget.
    assert verdict_of(clf, "zenpy.lib.exception.RatelimitBudgetExceeded", "Rate limit budget exceeded!") == (
        T,
        "type.transient.ratelimit_budget",
    )


def test_a_rate_limit_budget_is_not_a_spending_budget(clf: Classifier) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", "rate limit budget exceeded")[0] is not R
    assert verdict_of(clf, "builtins.RuntimeError", "the project's monthly budget was exceeded")[0] is R


# ------------------------------------------------ reasons that refine the status they are sent with


def test_a_busy_instance_behind_a_400_is_transient(clf: Classifier) -> None:
    assert verdict_of(
        clf, "linode_api4.errors.ApiError", "POST /v4/linode/instances/1/resize: [400] Linode busy.", 400
    ) == (
        T,
        "message.instance_busy",
    )


def test_signups_disabled_behind_a_422_is_permanent(clf: Classifier) -> None:
    # A 422 reads as a bad request body; the reason says the project's auth settings turn the operation off.
    assert verdict_of(clf, "supabase_auth.errors.AuthApiError", "Email signups are disabled", 422) == (
        P,
        "message.signups_disabled",
    )


def test_a_jira_field_missing_from_the_screen_behind_a_400_is_permanent(clf: Classifier) -> None:
    message = "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."
    assert verdict_of(clf, "requests.exceptions.HTTPError", message, 400) == (P, "message.field_not_on_screen")


def test_a_spent_account_balance_behind_a_402_is_resource(clf: Classifier) -> None:
    # A 402 alone is a vendor's own (a decline, credits, a plan): unknown; the reason names the spent balance.
    message = (
        '402 response from https://api.example.test/v1/sms. Error response body: \n{"title": "Low balance", '
        '"detail": "Your account balance is too low to send this message."}'
    )
    assert verdict_of(clf, "vonage_http_client.errors.HttpRequestError", message, 402) == (R, "message.credits")
    assert verdict_of(clf, "vonage_http_client.errors.HttpRequestError", "402 response", 402)[0] is U


# ------------------------------------------------ Postmark: the ErrorCode postmarker prints before the message


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # every one is sent as a 422, which reads as a bad request: the code says which kind of refusal it is
        ("[405] Not allowed to send: your account has run out of credits.", (R, "vendor.postmark.405")),
        ("[412] Your account is pending approval.", (P, "vendor.postmark.412")),
        # "Forbidden" reads as a permission (message.access_denied); the code says the attachment's type is refused
        ("[411] Forbidden attachment type: 'invoice.exe'", (V, "vendor.postmark.411")),
    ],
)
def test_postmark_codes_decide_over_their_422(clf: Classifier, message: str, expected: tuple[Category, str]) -> None:
    assert verdict_of(clf, "postmarker.exceptions.ClientError", message, 422) == expected


def test_a_postmark_code_is_read_on_postmarker_classes_only(clf: Classifier) -> None:
    _, rule = verdict_of(clf, "builtins.RuntimeError", "[405] worker stopped")
    assert not rule.startswith("vendor.postmark.")


# ------------------------------------------------ more SDK classes raised for one failure only


def test_a_zendesk_search_over_its_result_limit_is_validation(clf: Classifier) -> None:
    # "limit exceeded" reads as a quota (resource); the class says the query matches more than Zendesk returns.
    assert verdict_of(clf, "zenpy.lib.exception.SearchResponseLimitExceeded", "Search response limit exceeded") == (
        V,
        "type.validation.zendesk_request_too_wide",
    )


def test_an_oci_client_configuration_error_is_permanent(clf: Classifier) -> None:
    # InvalidConfig prints only its dict of keys and what is wrong with them.
    assert verdict_of(clf, "oci.exceptions.InvalidConfig", "{'region': 'missing', 'key_file': 'malformed'}") == (
        P,
        "type.permanent.oci_client_setup",
    )


def test_a_call_without_an_auth_session_is_permanent(clf: Classifier) -> None:
    assert verdict_of(clf, "supabase_auth.errors.AuthSessionMissingError", "Auth session missing!", 400) == (
        P,
        "type.permanent.auth_session_missing",
    )


# ------------------------------------------------ more reasons that refine their status


@pytest.mark.parametrize(
    ("message", "status", "expected"),
    [
        # a failed sign-in, sent as a 400 (a bad request body by its status)
        ("Invalid login credentials", 400, (P, "message.access_denied")),
        ("Email not confirmed", 400, (P, "message.access_denied")),
        ("Unsupported provider: provider is not enabled", 400, (P, "message.signups_disabled")),
    ],
)
def test_auth_refusals_behind_a_400_are_permanent(
    clf: Classifier, message: str, status: int, expected: tuple[Category, str]
) -> None:
    assert verdict_of(clf, "supabase_auth.errors.AuthApiError", message, status) == expected


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("creating this/these droplet(s) will exceed your droplet limit", 422),
        ("You have reached the maximum number of volumes for your account", 403),
    ],
)
def test_an_accounts_count_limit_behind_a_4xx_is_resource(clf: Classifier, message: str, status: int) -> None:
    assert verdict_of(clf, "digitalocean.baseapi.DataReadError", message, status) == (R, "message.capacity_limit")


def test_a_rate_limit_is_not_an_accounts_count_limit(clf: Classifier) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", "this call would exceed your rate limit")[0] is T
    assert verdict_of(clf, "builtins.RuntimeError", "this request would exceed your token limit")[0] is not R


def test_a_droplet_with_a_pending_event_behind_a_422_is_transient(clf: Classifier) -> None:
    message = "Droplet already has a pending event."
    assert verdict_of(clf, "digitalocean.baseapi.DataReadError", message, 422) == (T, "message.instance_busy")


def test_a_name_held_by_a_soft_deleted_key_vault_object_is_validation(clf: Classifier) -> None:
    # The code Conflict reads as a race (transient); the reason says the name stays taken until purged or recovered.
    message = (
        "(Conflict) Secret db-password is currently in a deleted but recoverable state, and its name cannot be "
        "reused; in this state, the secret can only be recovered or purged.\nCode: Conflict\nMessage: Secret "
        "db-password is currently in a deleted but recoverable state, and its name cannot be reused"
    )
    assert verdict_of(clf, "azure.core.exceptions.ResourceExistsError", message, 409) == (V, "message.integrity")


# ------------------------------------------------ Vonage's SMS API: the status the SDK's SmsError prints


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the API answers 200 with the status in its body: without the table, nothing speaks (or a weak word does)
        ("Sms.send_message method failed with error code 9: Partner Quota Violation", (R, "vendor.vonage.9")),
        ("Sms.send_message method failed with error code 1: Throttled", (T, "vendor.vonage.1")),
        ("Sms.send_message method failed with error code 8: Partner Account Barred", (P, "vendor.vonage.8")),
        ("Sms.send_message method failed with error code 7: Number Barred", (V, "vendor.vonage.7")),
    ],
)
def test_vonage_sms_statuses_decide(clf: Classifier, message: str, expected: tuple[Category, str]) -> None:
    assert verdict_of(clf, "vonage_sms.errors.SmsError", message) == expected


def test_a_vonage_sms_status_is_read_on_vonage_classes_only(clf: Classifier) -> None:
    _, rule = verdict_of(clf, "builtins.RuntimeError", "send_message method failed with error code 9: quota")
    assert not rule.startswith("vendor.vonage.")


# ------------------------------------------------ a google.rpc.Status printed in protobuf text format


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a RuntimeError wrapper: without the status, the class reads as a bug (permanent)
        (
            'Training failed with:\ncode: 8\nmessage: "The following quota metrics exceed quota limits: '
            'aiplatform.googleapis.com/custom_model_training_nvidia_t4_gpus"\n',
            (R, "code.RESOURCE_EXHAUSTED"),
        ),
        (
            'Job failed with:\ncode: 13\nmessage: "Internal error occurred for the current attempt."\n',
            (T, "code.INTERNAL"),
        ),
        (
            'Job failed with:\ncode: 5\nmessage: "Model projects/1/locations/us-central1/models/9 gone"\n',
            (P, "code.NOT_FOUND"),
        ),
    ],
)
def test_a_jobs_rpc_status_is_its_grpc_code(clf: Classifier, message: str, expected: tuple[Category, str]) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == expected


def test_an_rpc_status_line_is_not_azures_code_line(clf: Classifier) -> None:
    # azure-core prints "Code: InternalError" capitalised; the status's "code: 13" is not that line.
    _, rule = verdict_of(clf, "builtins.RuntimeError", 'Job failed with:\ncode: 13\nmessage: "InternalError"\n')
    assert not rule.startswith("vendor.azure.")
