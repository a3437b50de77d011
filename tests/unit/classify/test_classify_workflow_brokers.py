"""Workflow runtimes and brokers (eighth batch: Ray, Zeebe, APScheduler, nameko, kedro, celery chords, NATS JetStream,
MQTT 5, Azure queues, Pub/Sub, RabbitMQ, Kinesis, Temporal, Prefect): each rule with a case where the weaker evidence
would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NATS_400 = "nats.js.errors.BadRequestError"


# ------------------------------------------------ codes printed inside the message


@pytest.mark.parametrize(
    ("exc_type", "status", "err_code", "description", "expected"),
    [
        # a 400 and a class named BadRequest (validation) around an optimistic-concurrency conflict
        (_NATS_400, 400, "10071", "wrong last sequence: 77", T),
        # ... around the account's stream count at its limit
        (_NATS_400, 400, "10027", "maximum number of streams reached", R),
        # ... around a stream that exists with another configuration ("already in use" reads as a taken name)
        (_NATS_400, 400, "10058", "stream name already in use with a different configuration", P),
        # a 503 (transient) that says JetStream is switched off on the server
        ("nats.js.errors.ServiceUnavailableError", 503, "10076", "JetStream not enabled", P),
    ],
)
def test_a_jetstream_err_code_beats_its_status_and_class(
    clf: Classifier, exc_type: str, status: int, err_code: str, description: str, expected: Category
) -> None:
    name = exc_type.rpartition(".")[2]
    message = f"nats: {name}: code={status} err_code={err_code} description='{description}'"
    assert verdict_of(clf, exc_type, message, status) == (expected, f"vendor.nats.{err_code}")


def test_an_err_code_outside_nats_is_not_read_as_jetstream(clf: Classifier) -> None:
    assert verdict_of(clf, "acme.errors.UploadError", "upload failed: err_code=10071") == (U, "unknown")


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("[code:150] Message rate too high", T),  # no phrase the classifier knows: unknown without the code
        ("[code:151] Quota exceeded", R),
        ("[code:135] Not authorized", P),
        ("[code:144] Topic Name invalid", V),
        ("[code:137] Server busy", T),
    ],
)
def test_an_mqtt5_reason_code_decides(clf: Classifier, reason: str, expected: Category) -> None:
    code = reason[6:9]
    assert verdict_of(clf, "aiomqtt.exceptions.MqttCodeError", reason) == (expected, f"vendor.mqtt.{code}")


def test_paho_numbers_below_0x80_are_not_mqtt5_reason_codes(clf: Classifier) -> None:
    # paho's MQTT_ERR_CONN_LOST is 7; read as a reason code nothing would match it, the phrase decides
    category, rule = verdict_of(clf, "aiomqtt.exceptions.MqttCodeError", "[code:7] The connection was lost.")
    assert (category, rule.startswith("vendor.mqtt.")) == (T, False)


def test_an_azure_queue_being_deleted_beats_the_already_exists_class(clf: Classifier) -> None:
    message = (
        "The specified queue is being deleted.\nRequestId:00000000-0000-0000-0000-000000000001\n"
        "Time:2026-11-29T10:00:00.0000000Z\nErrorCode:QueueBeingDeleted"
    )
    # ResourceExistsError alone is a taken name (validation)
    assert verdict_of(clf, "azure.core.exceptions.ResourceExistsError", message, 409) == (
        T,
        "vendor.azure.QueueBeingDeleted",
    )


def test_an_azure_pop_receipt_mismatch_is_transient_despite_its_400(clf: Classifier) -> None:
    message = (
        "The specified pop receipt did not match the pop receipt for a dequeued message.\n"
        "RequestId:00000000-0000-0000-0000-000000000002\nErrorCode:PopReceiptMismatch"
    )
    assert verdict_of(clf, "azure.core.exceptions.HttpResponseError", message, 400) == (
        T,
        "vendor.azure.PopReceiptMismatch",
    )


@pytest.mark.parametrize(
    ("reason", "expected", "rule"),
    [
        # NOT_ALLOWED alone is permanent (a refused vhost); the limit reached is the more specific reason
        ("access to vhost 'orders' refused for user 'svc': connection limit (50) is reached", R,
         "message.broker_limit_reached"),
        ("number of channels opened (2047) has reached the negotiated channel_max (2047)", R,
         "message.broker_limit_reached"),
        ("access to vhost 'orders' refused for user 'svc'", P, "vendor.amqp.NOT_ALLOWED"),
    ],
)  # fmt: skip
def test_amqp_not_allowed_is_refined_by_its_reason(clf: Classifier, reason: str, expected: Category, rule: str) -> None:
    message = f'ConnectionClosedByBroker: (530) "NOT_ALLOWED - {reason}"'
    assert verdict_of(clf, "pika.exceptions.ProbableAccessDeniedError", message) == (expected, rule)


# ------------------------------------------------ classes


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # no phrase the classifier knows: the class alone decides
        ("ray.exceptions.OwnerDiedError", "Failed to retrieve object 0a0b. The object's owner is gone.", T),
        ("pyzeebe.errors.job_errors.JobAlreadyDeactivatedError", "Job 42 was already stopped (Completed/Failed/Error)",
         P),
        ("pyzeebe.errors.zeebe_errors.ZeebeBackPressureError", "", T),
        ("nameko.exceptions.UnknownService", "Unknown service `billing`", P),
        ("azure.servicebus.exceptions.NoActiveSession", "Queue has no active session to receive from.", T),
        ("nats.js.errors.NoStreamResponseError", "nats: no response from stream", T),
        ("apscheduler.jobstores.base.ConflictingIdError", "'Job identifier (a) conflicts with an existing job'", V),
        ("kedro.io.core.DatasetNotFoundError", "Dataset 'model_input' is not registered", P),
    ],
)  # fmt: skip
def test_a_workflow_or_broker_class_decides_by_its_meaning(
    clf: Classifier, exc_type: str, message: str, expected: Category
) -> None:
    assert verdict_of(clf, exc_type, message)[0] is expected


def test_a_spent_ray_reconstruction_budget_beats_its_transient_base(clf: Classifier) -> None:
    # ObjectReconstructionFailedMaxAttemptsExceededError is an ObjectLostError (transient): its own class comes first
    message = "Failed to retrieve object 0c0d. The object cannot be reconstructed because the maximum number of task "
    message += "retries has been exceeded."
    bases = ("ray.exceptions.ObjectLostError", "ray.exceptions.RayError")
    exc = "ray.exceptions.ObjectReconstructionFailedMaxAttemptsExceededError"
    assert verdict_of(clf, exc, message, None, bases) == (P, "type.permanent.ray_reconstruction_spent")


def test_an_apscheduler_transient_job_is_a_code_problem_not_a_transient_failure(clf: Classifier) -> None:
    # the class name holds "Transient" (the name pattern says transient); the job cannot be persisted
    message = "Job (send_digest) cannot be added to this job store because a reference to the callable could not be "
    message += "determined."
    assert verdict_of(clf, "apscheduler.jobstores.base.TransientJobError", message) == (
        P,
        "type.permanent.scheduler_setup",
    )


@pytest.mark.parametrize(
    ("message", "expected", "rule"),
    [
        ("Flow control limits would be exceeded - messages: 501 / 500 (reserved: 0), bytes: 100 / 1000 (reserved: 0).",
         R, "type.resource.pubsub_flow_control"),
        # the same class, for one message larger than the whole budget: waiting never frees enough
        ("Total flow control limits too low for the message, would block forever - messages: 1 / 10 (reserved: 0), "
         "bytes: 2000 / 1000 (reserved: 0).", V, "type.validation.flow_control_never_fits"),
    ],
)  # fmt: skip
def test_pubsub_flow_control_is_capacity_unless_the_message_never_fits(
    clf: Classifier, message: str, expected: Category, rule: str
) -> None:
    exc = "google.cloud.pubsub_v1.publisher.exceptions.FlowControlLimitError"
    assert verdict_of(clf, exc, message) == (expected, rule)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("MemoryError()", R),  # the wrapper's own text says nothing the classifier knows
        ("ValueError(\"invalid literal for int() with base 10: 'x'\")", V),
        ("ConnectionError('Error 111 connecting to redis:6379. Connection refused.')", T),
    ],
)
def test_a_celery_chord_error_is_decided_by_the_dependency_it_names(
    clf: Classifier, inner: str, expected: Category
) -> None:
    message = f"Dependency 0f6d3a2c-0000-4000-8000-000000000001 raised {inner}"
    assert verdict_of(clf, "celery.exceptions.ChordError", message)[0] is expected


def test_the_chord_dependency_is_the_cause_in_the_evidence(clf: Classifier) -> None:
    message = "Dependency 0f6d3a2c-0000-4000-8000-000000000002 raised MemoryError()"
    verdict = clf.classify(ErrorSignal(exc_type="celery.exceptions.ChordError", message=message))
    assert verdict.evidence[0].where == "cause 1: builtins.MemoryError"


# ------------------------------------------------ phrases


def test_infrastructure_exiting_with_137_is_resource(clf: Classifier) -> None:
    message = "Flow run infrastructure exited with non-zero status code 137."
    assert verdict_of(clf, "prefect.exceptions.CrashedRun", message) == (R, "message.exit_status_137")


def test_a_fixed_payload_size_limit_is_validation(clf: Classifier) -> None:
    assert verdict_of(clf, "temporalio.service.RPCError", "Blob data size exceeds limit.") == (
        V,
        "message.payload_size_limit",
    )


def test_a_resource_in_a_transitional_state_is_transient_despite_its_400(clf: Classifier) -> None:
    message = (
        "An error occurred (ResourceInUseException) when calling the PutRecords operation: Stream events under "
        "account 123456789012 not ACTIVE, instead in state CREATING"
    )
    # the 400 alone says validation
    assert verdict_of(clf, "botocore.errorfactory.ResourceInUseException", message, 400) == (
        T,
        "message.state_in_transition",
    )


def test_a_ray_actor_whose_owner_died_is_transient(clf: Classifier) -> None:
    message = (
        "The actor died unexpectedly before finishing this task.\n\tclass_name: Loader\n"
        "The actor is dead because its owner has died. Owner Id: 01 Worker exit detail: Owner's node has crashed."
    )
    assert verdict_of(clf, "ray.exceptions.ActorDiedError", message) == (T, "message.ray_owner_or_node_lost")


def test_a_ray_actor_without_a_reason_stays_unknown(clf: Classifier) -> None:
    # died how: a crash in its own code, an OOM kill, a lost node? Nothing says.
    message = "The actor died unexpectedly before finishing this task."
    assert verdict_of(clf, "ray.exceptions.ActorDiedError", message)[0] is U


def test_a_versioned_dataset_never_saved_is_permanent(clf: Classifier) -> None:
    message = "Did not find any versions for CSVDataset(filepath=data/02_intermediate/orders.csv, protocol=file)"
    assert verdict_of(clf, "kedro.io.core.DatasetError", message) == (P, "message.no_versions_found")


def test_a_bound_between_two_arguments_is_validation_not_a_retry(clf: Classifier) -> None:
    # "retry" (a general transient word) names the policy the caller sent
    message = "BackoffCoefficient cannot be less than 1 on retry policy."
    assert verdict_of(clf, "temporalio.service.RPCError", message) == (V, "message.value_bound")


def test_a_bound_phrase_against_a_5xx_is_a_conflict(clf: Classifier) -> None:
    # one general word against how the server answered: unknown, not a guess
    assert verdict_of(clf, "acme.ApiError", "window end cannot be earlier than window start", 500)[0] is U


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # no phrase the classifier knows (or only a weak one): the class decides
        ("pulsar.ConsumerBusy", "Pulsar error: ConsumerBusy", T),
        ("pulsar.IncompatibleSchema", "Pulsar error: IncompatibleSchema", V),
        ("pulsar.NotAllowedError", "Pulsar error: NotAllowedError", P),
        ("kombu.exceptions.ConnectionLimitExceeded", "", R),
        ("azure.eventhub.exceptions.OwnershipLostError", "", T),
        ("pika.exceptions.UnroutableError", "2 unroutable message(s) returned", P),
        ("ray.exceptions.TaskUnschedulableError", "The task is not schedulable: the placement group was removed.", P),
        ("temporalio.workflow.NondeterminismError", "[TMPRL1100] Nondeterminism error: no command scheduled", P),
        ("prefect.exceptions.SignatureMismatchError", "Function expects parameters ['d'] but was provided with []", V),
        ("celery.exceptions.ImproperlyConfigured", "Cannot mix new setting names with old setting names", P),
        ("faststream.exceptions.SetupError", "You should setup `Handler` at first.", P),
    ],
)  # fmt: skip
def test_more_runtime_and_broker_classes_decide_by_their_meaning(
    clf: Classifier, exc_type: str, message: str, expected: Category
) -> None:
    assert verdict_of(clf, exc_type, message)[0] is expected


def test_infrastructure_exiting_with_143_is_a_shutdown(clf: Classifier) -> None:
    message = "Flow run infrastructure exited with non-zero status code 143."
    assert verdict_of(clf, "prefect.exceptions.CrashedRun", message) == (T, "message.exit_status_143")


def test_an_image_that_cannot_be_pulled_is_permanent_although_the_pod_is_not_ready(clf: Classifier) -> None:
    # "not ready" alone reads as a server starting up (transient)
    message = 'containers with unready status: [main]|Back-off pulling image "ghcr.io/acme/etl:v9"'
    assert verdict_of(clf, "builtins.RuntimeError", message) == (P, "message.image_pull_failed")


@pytest.mark.parametrize(
    ("message", "expected", "rule"),
    [
        ("workflow execution already completed", P, "message.workflow_already_closed"),
        ("Not enough hosts to serve the request", T, "message.service_not_reachable"),
    ],
)
def test_temporal_server_reasons_decide_the_generic_rpc_error(
    clf: Classifier, message: str, expected: Category, rule: str
) -> None:
    assert verdict_of(clf, "temporalio.service.RPCError", message) == (expected, rule)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # 137's other spellings are not read (see exit_status_137 in defaults.py); 143's are
        ("process finished: exit code: 143", T),
        ("Command failed with exit_code=143", T),
    ],
)
def test_exit_status_137_and_143_however_printed(clf: Classifier, message: str, expected: Category) -> None:
    # the wrapper's own class says nothing
    assert verdict_of(clf, "airflow.exceptions.AirflowException", message)[0] is expected


@pytest.mark.parametrize(
    ("code", "operation"),
    [
        ("AWS.SimpleQueueService.MessageNotInflight", "ChangeMessageVisibility"),
        ("ExpiredIteratorException", "GetRecords"),
    ],
)
def test_a_lapsed_claim_on_a_message_or_shard_is_transient_despite_its_400(
    clf: Classifier, code: str, operation: str
) -> None:
    # the 400 alone says validation; receiving again (a new iterator) is the fix, like a lost message lock
    message = f"An error occurred ({code}) when calling the {operation} operation: no longer valid"
    assert verdict_of(clf, "botocore.exceptions.ClientError", message, 400)[0] is T


@pytest.mark.parametrize(
    ("message", "expected", "where"),
    [
        ("Execution was interrupted by an unexpected exception: MemoryError: ", R, "cause 1: builtins.MemoryError"),
        ("Execution was interrupted by an unexpected exception: KeyError: 'id'", P, "cause 1: builtins.KeyError"),
        ("Request failed while attempting to contact the server: httpx.ConnectError: All connection attempts failed",
         T, "cause 1: httpx.ConnectError"),
    ],
)  # fmt: skip
def test_a_prefect_crash_is_decided_by_the_exception_it_names(
    clf: Classifier, message: str, expected: Category, where: str
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type="prefect.exceptions.CrashedRun", message=message))
    assert (verdict.category, verdict.evidence[0].where) == (expected, where)


def test_an_unexpected_exception_is_no_unexpected_input(clf: Classifier) -> None:
    # "unexpected" reads as an unexpected value (validation) unless it qualifies an error or an exception
    verdict = clf.classify(ErrorSignal(exc_type="acme.JobError", message="job stopped by an unexpected exception"))
    assert verdict.category is not V


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule"),
    [
        ("airflow.exceptions.AirflowException", "The conn_id `warehouse` isn't defined", P, "message.not_defined"),
        ("temporalio.service.RPCError", "Workflow id exceeds length limit of 255.", V, "message.length_limit"),
        ("temporalio.service.RPCError", "Too many outstanding requests to the cluster.", T,
         "message.service_not_reachable"),
        # "too long" alone reads as an input too long (validation)
        ("airflow.exceptions.AirflowException", "Pod launching failed: Pod took too long to start", T,
         "message.service_not_reachable"),
        ("prefect.exceptions.ObjectAlreadyExists", "", V, "type.validation.prefect_taken"),
        ("dagster._core.errors.DagsterMaxRetriesExceededError", "Exceeded max_retries of 3", P,
         "type.permanent.dagster_retries_spent"),
    ],
)  # fmt: skip
def test_more_orchestrator_reasons_and_classes(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (expected, rule)


def test_an_amqp_channel_error_is_a_client_fault_not_an_unexpected_input(clf: Classifier) -> None:
    # "expected" alone reads as an unexpected value (validation)
    message = "CHANNEL_ERROR - expected 'channel.open'"
    assert verdict_of(clf, "aiormq.exceptions.ConnectionChannelError", message) == (P, "vendor.amqp.CHANNEL_ERROR")


def test_an_amqp_operation_timeout_behind_a_generic_service_bus_error_is_transient(clf: Classifier) -> None:
    message = "Handler failed: The operation did not complete within the allocated time 00:00:59.99 for object session."
    assert verdict_of(clf, "azure.servicebus.exceptions.ServiceBusError", message) == (
        T,
        "message.amqp_operation_timeout",
    )
