"""Data stores and SaaS APIs: phrases anchored to what they mean, on messages as the services print them."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # a 402 whose message names what is wrong with the card supplied: the card must change
        (
            "stripe.error.CardError",
            "Request req_abc: Your card does not support this currency.",
            402,
            Category.VALIDATION,
            "message.card_unusable",
        ),
        (
            "stripe.error.CardError",
            "Request req_abc: Your card's expiration month is invalid.",
            402,
            Category.VALIDATION,
            "message.card_unusable",
        ),
        # ... while the processing error keeps its "try again"
        (
            "stripe.error.CardError",
            "Request req_abc: An error occurred while processing your card. Try again in a little bit.",
            402,
            Category.TRANSIENT,
            "message.network",
        ),
        # a 400 class for an unknown column in the SQL text: the query must change, as with PostgreSQL 42703
        (
            "google.api_core.exceptions.BadRequest",
            "400 POST https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs: "
            "Unrecognized name: amount_usd at [1:8]",
            400,
            Category.PERMANENT,
            "message.unrecognized_name",
        ),
        # Spanner's foreign key violation behind the generic FailedPrecondition class
        (
            "google.api_core.exceptions.FailedPrecondition",
            "400 Foreign key constraint `FK_LineOrder` is violated on table `Lines`. Cannot find referenced values "
            "in Orders(OrderId).",
            400,
            Category.VALIDATION,
            "message.null_column",
        ),
        # a 429 whose body says the daily quota is used up: capacity comes back the next day
        (
            "hubspot.crm.deals.exceptions.ApiException",
            '(429)\nReason: Too Many Requests\nHTTP response body: {"status":"error","message":"You have reached '
            'your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"}',
            429,
            Category.RESOURCE,
            "message.daily_limit",
        ),
        (
            "pymongo.errors.OperationFailure",
            "you are over your space quota, using 600 MB of 512 MB, full error: {'ok': 0, 'code': 8000, "
            "'codeName': 'AtlasError'}",
            None,
            Category.RESOURCE,
            "message.count_limit",
        ),
        # a per-second quota is a rate, even when the message says "exceeded quota"
        (
            "google.api_core.exceptions.Forbidden",
            "403 GET https://bigquery.googleapis.com/bigquery/v2/projects/p/datasets/d/tables/t/data: Quota "
            "exceeded: Your project:42 exceeded quota for tabledata.list bytes per second per project.",
            403,
            Category.TRANSIENT,
            "message.rate_limited",
        ),
        # ... and so is a quota named for throttling: the code says so, and the phrase echoes it
        (
            "confluent_kafka.KafkaException",
            'KafkaError{code=THROTTLING_QUOTA_EXCEEDED,val=89,str="The throttling quota has been exceeded."}',
            None,
            Category.TRANSIENT,
            "code.THROTTLING_QUOTA_EXCEEDED",
        ),
        (
            "hvac.exceptions.RateLimitExceeded",
            'request path "secret/data/app": rate limit quota exceeded, on get https://vault.internal:8200/v1/x',
            429,
            Category.TRANSIENT,
            "http.429",
        ),
        # ... a per-day one is not
        (
            "google.api_core.exceptions.Forbidden",
            "403 Quota exceeded: Your project exceeded quota for free query bytes scanned.",
            403,
            Category.RESOURCE,
            "message.quota_exhausted",
        ),
        (
            "google.api_core.exceptions.BadRequest",
            "400 Resources exceeded during query execution: Not enough resources for query planning - too many "
            "subqueries or query is too complex.",
            400,
            Category.RESOURCE,
            "message.query_resources",
        ),
        (
            "pymongo.errors.OperationFailure",
            "Resulting document after update is larger than 16777216, full error: {'ok': 0.0, 'code': 17419}",
            None,
            Category.VALIDATION,
            "message.document_too_large",
        ),
        (
            "duckdb.IOException",
            'IO Error: Could not set lock on file "/srv/app.duckdb": Conflicting lock is held in /usr/bin/python3 '
            "(PID 4242). See also https://duckdb.org/docs/connect/concurrency",
            None,
            Category.TRANSIENT,
            "message.file_lock",
        ),
        # a resource in a transition: the same call works once it ends
        (
            "botocore.exceptions.ClientError",
            "An error occurred (ResourceInUseException) when calling the DeleteTable operation: Attempt to change "
            "a resource which is still in use: Table is being created: invoices",
            None,
            Category.TRANSIENT,
            "message.in_transition",
        ),
        # a 403 whose body names a store at its size limit
        (
            "azure.cosmos.exceptions.CosmosHttpResponseError",
            '(Forbidden) Message: {"Errors":["Partition key reached maximum size of 20 GB"]}',
            403,
            Category.RESOURCE,
            "message.count_limit",
        ),
        # a 400 whose reason is the account's plan
        (
            "twilio.base.exceptions.TwilioRestException",
            "HTTP 400 error: Unable to create record: The number +15005550006 is unverified. Trial accounts cannot "
            "send messages to unverified numbers.",
            400,
            Category.PERMANENT,
            "message.trial_account",
        ),
        (
            "slack_sdk.errors.SlackApiError",
            "The request to the Slack API failed. (url: https://slack.com/api/conversations.list)\nThe server "
            "responded with: {'ok': False, 'error': 'team_access_not_granted'}",
            200,
            Category.PERMANENT,
            "vendor.slack.team_access_not_granted",
        ),
        # a generic internal-error SQLSTATE (XX000, transient) whose message names the exhausted memory budget
        (
            "psycopg2.errors.InternalError_",
            "internal error: unexpected error from the vectorized engine: memory budget exceeded: 1048576 bytes "
            "requested, 134217728 currently allocated, 134217728 bytes in budget",
            None,
            Category.RESOURCE,
            "message.memory_budget",
        ),
        (
            "duckdb.IOException",
            'IO Error: No files found that match the pattern "s3://lake/events/day=2025-02-30/*.parquet"',
            None,
            Category.PERMANENT,
            "message.no_files",
        ),
        # Stripe: the platform's own balance (resource), an object another request holds (transient)
        (
            "stripe.error.InvalidRequestError",
            "Request req_xyz: You have insufficient funds in your Stripe account for this transfer.",
            400,
            Category.RESOURCE,
            "message.account_balance",
        ),
        (
            "stripe.error.InvalidRequestError",
            "Request req_xyz: This object cannot be accessed right now because another API request or Stripe "
            "process is currently accessing it.",
            409,
            Category.TRANSIENT,
            "message.object_busy",
        ),
        (
            "builtins.RuntimeError",
            'Failed to upsert: (TooManyRequests) Message: {"Errors":["Request rate is large. More Request Units may '
            'be needed, so no changes were made."]}',
            None,
            Category.TRANSIENT,
            "message.request_rate",
        ),
        (
            "python_http_client.exceptions.ForbiddenError",
            'HTTP Error 403: Forbidden\nb\'{"errors":[{"message":"Maximum credits exceeded","field":null,'
            '"help":null}]}\'',
            403,
            Category.RESOURCE,
            "message.credits_exceeded",
        ),
        (
            "hubspot.crm.companies.exceptions.ApiException",
            '(400)\nReason: Bad Request\nHTTP response body: {"status":"error","message":"The OAuth token used to '
            'make this call expired 5 hour(s) ago.","category":"EXPIRED_AUTHENTICATION"}',
            400,
            Category.PERMANENT,
            "message.token_expired",
        ),
        # a tier's count limit is a quota: capacity must be freed
        (
            "pymongo.errors.OperationFailure",
            "cannot create a new database -- already using 100 databases of 100, full error: {'ok': 0, "
            "'code': 8000, 'codeName': 'AtlasError'}",
            None,
            Category.RESOURCE,
            "message.count_limit",
        ),
    ],
)
def test_data_service_phrases(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(exc_type=exc_type, message=message, http_status=status)
    )
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_an_unexpected_error_is_no_unexpected_input() -> None:
    """The general "unexpected" (token, value) is not said of the server's own failure: the 5xx decides."""
    clf = Classifier.default(cache_size=0)
    server = clf.classify(
        ErrorSignal(
            exc_type="simple_salesforce.exceptions.SalesforceGeneralError",
            message="Error Code 500. Response content: [{'errorCode': 'UNKNOWN_EXCEPTION', 'message': 'An unexpected "
            "error occurred. Please include this ErrorId if you contact support: 123-456 (-789)'}]",
            http_status=500,
        )
    )
    assert (server.category, server.rule_id) == (Category.TRANSIENT, "http.5xx")
    token = clf.classify(ErrorSignal(exc_type="acme.ParseFailure", message="unexpected token '}' at line 3"))
    assert token.category is Category.VALIDATION


def test_a_generic_precondition_class_is_refined_by_its_reason() -> None:
    """FailedPrecondition is gRPC's generic "not in the required state": its message's specific reason decides."""
    clf = Classifier.default(cache_size=0)
    null = clf.classify(
        ErrorSignal(
            exc_type="google.api_core.exceptions.FailedPrecondition",
            message="400 Cannot specify a null value for column: Orders.Total in table: Orders referenced by key: "
            "{String(o-17)}",
            http_status=400,
        )
    )
    assert null.category is Category.VALIDATION  # the class alone (permanent) would have won
    assert [(item.rule_id, item.role) for item in null.evidence] == [
        ("message.null_column", "decided"),
        ("type.permanent.cloud", "overruled"),
    ]
    index = clf.classify(
        ErrorSignal(
            exc_type="google.api_core.exceptions.FailedPrecondition",
            message="400 The query requires an index. You can create it here: https://console.firebase.google.com/x",
            http_status=400,
        )
    )
    assert (index.category, index.rule_id) == (Category.PERMANENT, "type.permanent.cloud")


def test_a_validation_class_whose_message_names_a_constraint_violation_stands() -> None:
    """A setup word inside a constraint violation describes the bad input; only then does the class stand."""
    clf = Classifier.default(cache_size=0)
    violation = clf.classify(
        ErrorSignal(
            exc_type="duckdb.ConstraintException",
            message='Constraint Error: Violates foreign key constraint because key "customer_id: 91" does not exist '
            "in the referenced table",
        )
    )
    # the class alone is validation, "does not exist" alone permanent; together they were a conflict (unknown)
    assert violation.category is Category.VALIDATION
    assert [(item.rule_id, item.role) for item in violation.evidence] == [
        ("type.validation.duckdb", "decided"),
        ("message.integrity", "agrees"),
        ("message.not_found_db", "disagrees"),
    ]
    # a schema error's own words ("validation error for") are no such evidence: still a conflict
    setup = clf.classify(
        ErrorSignal(
            exc_type="pydantic_core._pydantic_core.ValidationError",
            message="1 validation error for Job\nplugin\n  Value error, no module named 'acme_plugins'",
        )
    )
    assert setup.category is Category.UNKNOWN


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "azure.servicebus.exceptions.ServiceBusQuotaExceededError",
            "The maximum number of connections to the namespace has been reached.",
            Category.RESOURCE,
            "type.resource.servicebus",
        ),
        (
            "azure.servicebus.exceptions.ServiceBusServerBusyError",
            "The request was terminated because the entity is being throttled.",
            Category.TRANSIENT,
            "type.transient.servicebus",
        ),
        (
            "azure.servicebus.exceptions.MessagingEntityDisabledError",
            "The Messaging Entity is disabled. Enable the entity again using Portal.",
            Category.PERMANENT,
            "type.permanent.servicebus",
        ),
        # a connection class whose message names a host that does not exist: no retry fixes it
        (
            "azure.servicebus.exceptions.ServiceBusCommunicationError",
            "Failed to initiate the connection due to exception: Name or service not known",
            Category.PERMANENT,
            "message.dns_nonexistent",
        ),
        (
            "google.api_core.exceptions.AlreadyExists",
            "409 Resource already exists in the project (resource=orders-sub).",
            Category.VALIDATION,
            "type.validation.google",
        ),
        # no sentinel knows the master during a failover ("not found" in the name, but it comes back)
        (
            "redis.sentinel.MasterNotFoundError",
            "No master found for 'cache-primary' : {}",
            Category.TRANSIENT,
            "type.transient.sentinel",
        ),
        # braintree raises these with an empty message and, off an HTTP call, no status
        ("braintree.exceptions.down_for_maintenance_error.DownForMaintenanceError", "", Category.TRANSIENT, None),
        ("braintree.exceptions.upgrade_required_error.UpgradeRequiredError", "", Category.PERMANENT, None),
    ],
)
def test_sdk_classes_that_name_their_failure(
    exc_type: str, message: str, expected: Category, rule_id: str | None
) -> None:
    verdict = Classifier.default(cache_size=0).classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is expected
    if rule_id is not None:
        assert verdict.rule_id == rule_id


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # Salesforce's REQUEST_LIMIT_EXCEEDED is its daily API quota (a 403), AWS's RequestLimitExceeded a rate
        (
            "simple_salesforce.exceptions.SalesforceRefusedRequest",
            "Request refused for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Lead/. Response "
            "content: [{'message': 'TotalRequests Limit exceeded.', 'errorCode': 'REQUEST_LIMIT_EXCEEDED'}]",
            403,
            Category.RESOURCE,
            "vendor.salesforce.REQUEST_LIMIT_EXCEEDED",
        ),
        (
            "botocore.exceptions.ClientError",
            "An error occurred (RequestLimitExceeded) when calling the DescribeInstances operation: Request limit "
            "exceeded.",
            None,
            Category.TRANSIENT,
            "vendor.aws.RequestLimitExceeded",
        ),
        (
            "botocore.exceptions.ClientError",
            "An error occurred (TooManyUpdates) when calling the ChangeResourceRecordSets operation: Rate for "
            "managing Route 53 resources exceeded",
            None,
            Category.TRANSIENT,
            "vendor.aws.TooManyUpdates",
        ),
        # a wrapper quoting the Salesforce response: the code keeps its namespace through the service's URL
        (
            "builtins.RuntimeError",
            "CRM sync failed: Malformed request https://acme.my.salesforce.com/services/data/v60.0/sobjects/Case/. "
            "Response content: [{'message': 'unable to obtain exclusive access to this record', 'errorCode': "
            "'UNABLE_TO_LOCK_ROW', 'fields': []}]",
            None,
            Category.TRANSIENT,
            "vendor.salesforce.UNABLE_TO_LOCK_ROW",
        ),
        # an Azure Storage code more specific than the 409 class it comes with
        (
            "azure.core.exceptions.ResourceExistsError",
            "The specified container is being deleted. Try operation later.\nRequestId:9\nTime:2025-01-01T00:00:00Z"
            "\nErrorCode:ContainerBeingDeleted",
            409,
            Category.TRANSIENT,
            "vendor.azure.ContainerBeingDeleted",
        ),
        # a query past its execution time limit is a timeout, whatever Trino's error type says
        (
            "trino.exceptions.TrinoQueryError",
            'TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=EXCEEDED_TIME_LIMIT, message="Query exceeded the '
            'maximum execution time limit of 30.00m", query_id=20250101_000000_00002_abcde)',
            None,
            Category.TRANSIENT,
            "vendor.trino.EXCEEDED_TIME_LIMIT",
        ),
    ],
)
def test_vendor_codes_in_their_namespace(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(exc_type=exc_type, message=message, http_status=status)
    )
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_mysql_storage_engine_errors_carry_an_os_errno() -> None:
    """ER_GET_ERRNO's number is an OS errno below 120 (28: no space left), a handler code from 120 on."""
    clf = Classifier.default(cache_size=0)
    full = clf.classify(
        ErrorSignal(exc_type="pymysql.err.OperationalError", message="(1030, 'Got error 28 from storage engine')")
    )
    assert (full.category, full.rule_id) == (Category.RESOURCE, "errno.ENOSPC")  # the class alone says transient
    handler = clf.classify(
        ErrorSignal(exc_type="pymysql.err.OperationalError", message="(1030, 'Got error 168 from storage engine')")
    )
    assert not handler.rule_id.startswith("errno.")


def test_a_status_derived_from_a_generic_grpc_code_is_refined_like_the_code() -> None:
    """google-api-core gives RESOURCE_EXHAUSTED a 429: a message too large for the channel is the input's fault."""
    clf = Classifier.default(cache_size=0)
    large = clf.classify(
        ErrorSignal(
            exc_type="google.api_core.exceptions.ResourceExhausted",
            message="429 Received message larger than max (6291556 vs. 4194304)",
            http_status=429,
        )
    )
    assert large.category is Category.VALIDATION  # the 429 alone would say transient
    assert [(item.rule_id, item.role) for item in large.evidence][1] == ("http.429", "overruled")
    rate = clf.classify(
        ErrorSignal(
            exc_type="google.api_core.exceptions.ResourceExhausted",
            message="429 Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per "
            "user' of service 'sheets.googleapis.com'",
            http_status=429,
        )
    )
    assert rate.category is Category.TRANSIENT
    # another library's 429 keeps what a 429 says against a validation word
    other = clf.classify(
        ErrorSignal(exc_type="acme.ApiError", message="429 Received message larger than max", http_status=429)
    )
    assert other.category is Category.TRANSIENT
