"""Databases' recovery, lock and capacity states and cloud quotas (ninth batch): the principles behind their fixes."""

from __future__ import annotations

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify.defaults import vendor_rules
from errorflow.classify.evidence import Link


def test_a_vendor_code_is_read_only_where_the_vendor_spells_it() -> None:
    # AMQP's reply name and Azure's code normalise alike (PRECONDITIONFAILED); the AMQP table would have decided an
    # Azure Cosmos DB 412 (an ETag race: transient) as a broker's refused precondition (validation).
    clf = Classifier.default(cache_size=0)
    cosmos = clf.classify(
        ErrorSignal(
            exc_type="azure.cosmos.exceptions.CosmosHttpResponseError",
            message='(PreconditionFailed) Message: {"Errors":["One of the specified pre-condition is not met."]}',
            http_status=412,
        )
    )
    assert (cosmos.category, cosmos.rule_id) == (Category.TRANSIENT, "vendor.azure_sdk.PreconditionFailed")
    amqp = clf.classify(
        ErrorSignal(
            exc_type="aiormq.exceptions.ChannelPreconditionFailed",
            message="PRECONDITION_FAILED - inequivalent arg 'x-max-length' for queue 'jobs' in vhost '/'",
        )
    )
    assert "vendor.amqp.PRECONDITION_FAILED" in {item.rule_id for item in amqp.evidence}
    # Spelled the other vendor's way on a class of neither, the code is no evidence of either meaning.
    other = clf.classify(ErrorSignal(exc_type="acme.ApiError", message="(PreconditionFailed) Message: stale"))
    assert not other.rule_id.startswith("vendor.")


def test_a_class_scoped_vendor_code_needs_the_vendor_s_class() -> None:
    rules = {rule.id: rule for rule in vendor_rules()}
    assert rules["vendor.azure_sdk.PreconditionFailed"].matches(
        Link("azure.core.exceptions.ResourceModifiedError", "(PreconditionFailed) Message: stale", http_status=412)
    )
    assert not rules["vendor.azure_sdk.PreconditionFailed"].matches(
        Link("acme.ApiError", "(PreconditionFailed) Message: stale", http_status=412)
    )


def test_cosmos_s_412_class_is_an_etag_race_whatever_its_message() -> None:
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(
            exc_type="azure.cosmos.exceptions.CosmosAccessConditionFailedError",
            message="Status code: 412\nOne of the specified pre-condition is not met",
            http_status=412,
        )
    )
    assert verdict.category is Category.TRANSIENT
