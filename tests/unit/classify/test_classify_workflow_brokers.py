"""Workflow runtimes and brokers (eighth batch: NATS JetStream, MQTT 5, Azure queues): each rule with a case where
the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NATS_400 = "nats.js.errors.BadRequestError"


def verdict_of(
    clf: Classifier, exc_type: str, message: str, status: int | None = None, bases: tuple[str, ...] = ()
) -> tuple[Category, str]:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status, bases=bases))
    return verdict.category, verdict.rule_id


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
