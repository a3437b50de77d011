"""Task queues and stream processors (seventh batch: celery, huey, arq, Kafka group admin, Spark, Kafka Connect):
each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_CONNECT_400 = "org.apache.kafka.connect.runtime.rest.errors.BadRequestException"


def test_a_spent_celery_retry_budget_is_permanent(clf: Classifier) -> None:
    # "Can't retry" alone reads as a retry phrase (transient); the class says the budget is spent.
    message = "Can't retry reports.tasks.render_pdf[0a1b2c3d-0000-4000-8000-000000000001] args:(7,) kwargs:{}"
    assert verdict_of(clf, "celery.exceptions.MaxRetriesExceededError", message) == (
        P,
        "type.permanent.task_retries_spent",
    )


def test_a_held_huey_task_lock_is_transient(clf: Classifier) -> None:
    # No phrase says anything the classifier knows; the class names the other run holding the lock.
    assert verdict_of(clf, "huey.exceptions.TaskLockedException", "unable to set lock: hourly-sync") == (
        T,
        "type.transient.task_locked",
    )


@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        # no phrase the classifier knows in any of these messages: the class alone decides
        ("dramatiq.errors.RateLimitExceeded", "key 'exports' is over its window", T),
        ("dramatiq.middleware.time_limit.TimeLimitExceeded", "", T),
        ("huey.exceptions.ResultTimeout", "abc123 not ready after 5s", T),
        ("org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException", "Slot request bulk failed", R),
        ("dramatiq.errors.ActorNotFound", "send_digest", P),
        ("rq.exceptions.NoSuchJobError", "No such job: 4b1f", P),
        ("celery.exceptions.QueueNotFound", "'bulk' in task_queues", P),
        ("org.apache.kafka.connect.errors.RetriableException", "sink flush did not complete", T),
        ("org.apache.kafka.connect.errors.DataException", "Converting byte[] to Kafka Connect data failed", V),
        ("org.apache.kafka.connect.errors.NotFoundException", "Connector orders-sink not found", P),
    ],
)
def test_a_task_queue_class_decides_by_its_meaning(
    clf: Classifier, exc_type: str, message: str, category: Category
) -> None:
    assert verdict_of(clf, exc_type, message)[0] is category


@pytest.mark.parametrize("message", ["job expired", "function 'rebuild_index' not found", "max 5 retries exceeded"])
def test_an_arq_worker_verdict_is_permanent(clf: Classifier, message: str) -> None:
    assert verdict_of(clf, "arq.worker.JobExecutionFailed", message) == (P, "type.permanent.arq_job_failed")


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("[Error 68] NonEmptyGroupError", "NON_EMPTY_GROUP"),
        ("[Error 69] GroupIdNotFoundError", "GROUP_ID_NOT_FOUND"),
        ("[Error 86] GroupSubscribedToTopicError", "GROUP_SUBSCRIBED_TO_TOPIC"),
    ],
)
def test_a_kafka_group_admin_code_is_permanent(clf: Classifier, message: str, code: str) -> None:
    # kafka-python's class name carries nothing else: without the code the verdict is unknown.
    exc = "kafka.errors." + message.rpartition(" ")[2]
    assert verdict_of(clf, exc, message) == (P, f"vendor.kafka.{code}")


@pytest.mark.parametrize(
    ("message", "category", "code"),
    [
        ("[Error 26] InvalidSessionTimeoutError", P, "INVALID_SESSION_TIMEOUT"),
        ("[Error 73] TopicDeletionDisabledError", P, "TOPIC_DELETION_DISABLED"),
        ("[Error 47] InvalidProducerEpochError", P, "INVALID_PRODUCER_EPOCH"),
        ("[Error 12] OffsetMetadataTooLargeError", V, "OFFSET_METADATA_TOO_LARGE"),
        ("[Error 60] ReassignmentInProgressError", T, "REASSIGNMENT_IN_PROGRESS"),
    ],
)
def test_a_kafka_protocol_code_decides_by_its_meaning(
    clf: Classifier, message: str, category: Category, code: str
) -> None:
    # "timeout", "epoch" or "too large" alone would read otherwise; the protocol code names the fault.
    exc = "kafka.errors." + message.rpartition(" ")[2]
    assert verdict_of(clf, exc, message) == (category, f"vendor.kafka.{code}")


@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        # aiokafka with the bare class name: "timeout" in the name would read transient; the code is a setting
        ("aiokafka.errors.InvalidSessionTimeoutError", "InvalidSessionTimeoutError", P),
        ("aiokafka.errors.NonEmptyGroupError", "group analytics still has members", P),
        # the Java client's classes, relayed by py4j or a JVM log, name the same codes
        ("org.apache.kafka.common.errors.ProducerFencedException", "There is a newer producer instance", P),
        ("org.apache.kafka.common.errors.RebalanceInProgressException", "Offset commit cannot be completed", T),
        # Java classes named otherwise than their code: "max.request.size configuration" would read as a setup fault
        (
            "org.apache.kafka.common.errors.RecordTooLargeException",
            "The message is 1048600 bytes when serialized which is larger than the max.request.size configuration.",
            V,
        ),
        ("org.apache.kafka.common.errors.TopicAuthorizationException", "Not authorized to access topics: [orders]", P),
    ],
)
def test_a_kafka_client_class_is_its_protocol_code(
    clf: Classifier, exc_type: str, message: str, category: Category
) -> None:
    category_found, rule_id = verdict_of(clf, exc_type, message)
    assert category_found is category
    assert rule_id.startswith(("vendor.kafka.", "code."))


def test_unable_to_acquire_memory_inside_a_stream_failure_is_resource(clf: Classifier) -> None:
    # The STREAM_FAILED wrapper has no rule of its own; the memory manager's words name the capacity.
    message = (
        "[STREAM_FAILED] Query [id = 00000000-0000-4000-8000-000000000002] terminated with exception: "
        "Unable to acquire 1048576 bytes of memory, got 262144"
    )
    exc = "pyspark.errors.exceptions.captured.StreamingQueryException"
    assert verdict_of(clf, exc, message) == (R, "message.unable_to_acquire_memory")


def test_a_connector_config_missing_a_required_value_is_validation(clf: Classifier) -> None:
    # "configuration is invalid" is a broken-setup phrase (permanent) that would overrule a 400 class; the class
    # rule that read the reason ("A value is required") keeps the caller's body at fault.
    message = (
        "Connector configuration is invalid and contains the following 1 error(s):\n"
        "The 'database.hostname' value is invalid: A value is required\n"
        "You can also find the above list of errors at the endpoint "
        "`/connector-plugins/{connectorType}/config/validate`"
    )
    assert verdict_of(clf, _CONNECT_400, message, 400) == (V, "type.validation.connector_config_value_missing")
    missing = message.replace(
        "The 'database.hostname' value is invalid: A value is required",
        'Missing required configuration "connection.url" which has no default value.',
    )
    assert verdict_of(clf, _CONNECT_400, missing, 400)[0] is V


def test_a_connector_config_naming_a_missing_plugin_stays_permanent(clf: Classifier) -> None:
    message = (
        "Connector configuration is invalid and contains the following 1 error(s):\n"
        "Invalid value com.example.transforms.Flatten for configuration transforms.flat.type: "
        "Class com.example.transforms.Flatten could not be found.\n"
    )
    assert verdict_of(clf, _CONNECT_400, message, 400)[0] is P
