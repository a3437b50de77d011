"""Databases' recovery, lock and capacity states and cloud quotas (ninth batch): the principles behind their fixes."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify.defaults import default_rules, vendor_rules
from errorflow.classify.evidence import Link
from tests.unit.classify.verdicts import verdict_of


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


@pytest.mark.parametrize(
    ("message", "category", "rule_id"),
    [
        # SQLSTATE 08001 (class 08, connection: transient) is also Db2's bad password: the message id decides
        (
            '[IBM][CLI Driver] SQL30082N  Security processing failed with reason "1" ("PASSWORD EXPIRED").  '
            "SQLSTATE=08001 SQLCODE=-30082",
            Category.PERMANENT,
            "vendor.db2.30082",
        ),
        # ... and a network failure, which stays transient
        (
            "[IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being "
            'used: "TCP/IP".  Location where the error was detected: "10.1.2.3".  Communication function '
            'detecting the error: "recv".  Protocol specific error code(s): "104", "*", "0".  SQLSTATE=08001',
            Category.TRANSIENT,
            "vendor.db2.30081",
        ),
        # SQLSTATE 55032 (class 55, object not in prerequisite state: permanent) is a forced stop
        (
            "[IBM][CLI Driver] SQL1224N  The database manager is not able to accept new requests, has terminated "
            "all requests in progress, or has terminated the specified request because of an error or a forced "
            "interrupt.  SQLSTATE=55032 SQLCODE=-1224",
            Category.TRANSIENT,
            "vendor.db2.1224",
        ),
        # SQLSTATE 57011 (class 57, operator intervention: transient) is a full transaction log
        (
            "[IBM][CLI Driver][DB2/LINUXX8664] SQL0964C  The transaction log for the database is full.  SQLSTATE=57011",
            Category.RESOURCE,
            "vendor.db2.964",
        ),
        # JDBC prints only the SQLCODE: the same number
        ("DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=68", Category.TRANSIENT, "vendor.db2.911"),
    ],
)
def test_db2_s_message_id_decides_over_the_sqlstate_it_shares(message: str, category: Category, rule_id: str) -> None:
    verdict = Classifier.default(cache_size=0).classify(ErrorSignal(exc_type="builtins.Exception", message=message))
    assert (verdict.category, verdict.rule_id) == (category, rule_id)


def test_db2_s_capacity_sqlstates_are_resource_within_a_transient_class() -> None:
    # Class 57 is transient (a shutdown, a cancel); 57030 is a connection limit, whatever driver prints it.
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(exc_type="pyodbc.Error", message="('57030', '[57030] connection limit reached (-1040)')")
    )
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "sqlstate.57030")


def test_db2_warnings_are_no_codes() -> None:
    link = Link("builtins.Exception", "[IBM][CLI Driver] SQL0100W  No row was found.  SQLSTATE=02000 SQLCODE=100")
    assert not any(code.startswith("DB2") for code in link.codes)


def test_a_400_whose_reason_is_the_query_text_lacking_a_required_partition_filter_is_permanent() -> None:
    # The 400 class alone says validation; the reason says the SQL text must change (as "Unrecognized name: ..." does).
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(
            exc_type="google.api_core.exceptions.BadRequest",
            message="400 Cannot query over table 'shop.sales.orders_2024' without a filter over column(s) 'created' "
            "that can be used for partition elimination",
            http_status=400,
        )
    )
    assert (verdict.category, verdict.rule_id) == (Category.PERMANENT, "message.query_without_required_filter")


@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        # the phrase "try again later" alone would say transient too; "GC life time" or "Memory Quota" would not
        ("pymysql.err.OperationalError", "(9005, 'Region is unavailable')", Category.TRANSIENT),
        ("mysql.connector.errors.DatabaseError", "9003 (HY000): TiKV server is busy", Category.TRANSIENT),
        ("pymysql.err.OperationalError", "(8001, 'Out Of Memory Quota![conn_id=5]')", Category.RESOURCE),
        (
            "pymysql.err.InternalError",
            "(9006, 'GC life time is shorter than transaction duration, transaction starts at 2024-05-02 "
            "10:00:00 +0000 UTC, GC safe point is 2024-05-02 10:10:00 +0000 UTC')",
            Category.PERMANENT,
        ),
    ],
)
def test_tidb_s_own_error_numbers_are_vendor_codes(exc_type: str, message: str, category: Category) -> None:
    verdict = Classifier.default(cache_size=0).classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is category
    assert verdict.rule_id.startswith("vendor.tidb.")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("BusyLoadingError", "Valkey is loading the dataset in memory"),
        ("ReadOnlyError", "You can't write against a read only replica."),
        ("ClusterDownError", "The cluster is down"),
    ],
)
def test_valkey_s_classes_are_redis_py_s_under_the_fork_s_name(name: str, message: str) -> None:
    # Only the class speaks here (the messages name no failure a phrase knows): without the fork, unknown.
    clf = Classifier.default(cache_size=0)
    fork = clf.classify(ErrorSignal(exc_type=f"valkey.exceptions.{name}", message=message))
    parent = clf.classify(ErrorSignal(exc_type=f"redis.exceptions.{name}", message=message))
    assert (fork.category, fork.rule_id) == (parent.category, parent.rule_id)
    assert fork.category is Category.TRANSIENT


def test_every_rule_naming_a_redis_py_class_names_valkey_s() -> None:
    for rule in default_rules():
        for name in rule.exc_type:
            if name.startswith("redis."):
                assert "valkey." + name.removeprefix("redis.") in rule.exc_type, rule.id


@pytest.mark.parametrize(
    ("exc_type", "message", "status"),
    [
        ("pyathena.error.OperationalError", "Query exhausted resources at this scale factor", None),
        # a 500 alone says transient; the body names the memory bound that is full
        (
            "influxdb.exceptions.InfluxDBServerError",
            '{"error":"engine: cache-max-memory-size exceeded: (1073741824/1073741824)"}',
            500,
        ),
    ],
)
def test_a_query_engine_out_of_the_resources_it_gives_a_query_is_resource(
    exc_type: str, message: str, status: int | None
) -> None:
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(exc_type=exc_type, message=message, http_status=status)
    )
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "message.query_exhausted_resources")


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ('Invalid STRING constant (abc) for "id" of type int', Category.VALIDATION),
        ("Key may not be empty", Category.VALIDATION),
        ("unconfigured table eventz", Category.PERMANENT),
        ("Undefined column name usr", Category.PERMANENT),
        (
            "Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. "
            "If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING",
            Category.PERMANENT,
        ),
    ],
)
def test_cassandra_s_invalid_query_code_is_refined_by_its_reason(reason: str, category: Category) -> None:
    # 0x2200 alone says validation; a table or column the cluster lacks, or a query it refuses as written, is setup.
    message = f'Error from server: code=2200 [Invalid query] message="{reason}"'
    clf = Classifier.default(cache_size=0)
    verdict = clf.classify(ErrorSignal(exc_type="cassandra.InvalidRequest", message=message))
    assert verdict.category is category


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "category"),
    [
        # a 400 alone says validation: the code names a count quota of the subscription
        (
            "azure.core.exceptions.HttpResponseError",
            "(PublicIPCountLimitReached) Cannot create more than 10 public IP addresses for this subscription in this "
            "region.",
            400,
            Category.RESOURCE,
        ),
        ("azure.core.exceptions.HttpResponseError", "(RateLimitReached) Rate limit reached, retry later", 400,
         Category.TRANSIENT),
        # pymssql's number Azure SQL gives an elastic pool at its storage limit; nothing else in it is known
        (
            "pymssql.exceptions.OperationalError",
            "(1132, b'The elastic pool has reached its storage limit. The storage usage for the elastic pool cannot "
            "exceed (512000) MBs.DB-Lib error message 20018, severity 16:\\n')",
            None,
            Category.RESOURCE,
        ),
        # a 409 alone says validation here (a general "invalid"-like word); the reason is a lost version check
        ("pysolr.SolrError", "Solr responded with an error (HTTP 409): [Reason: version conflict for doc-1 "
         "expected=123 actual=124]", 409, Category.TRANSIENT),
    ],
)  # fmt: skip
def test_cloud_and_store_limits_and_conflicts(
    exc_type: str, message: str, status: int | None, category: Category
) -> None:
    clf = Classifier.default(cache_size=0)
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status))
    assert verdict.category is category


@pytest.mark.parametrize(
    ("message", "status", "category"),
    [
        # OperationNotAllowed alone says resource (a quota); its reason may say a busy resource instead
        ("(OperationNotAllowed) The server 'sql-prod' is busy with another operation. Please try your operation later.",
         409, Category.TRANSIENT),
        ("(OperationNotAllowed) Operation could not be completed as it results in exceeding approved "
         "standardDSv5Family Cores quota.", 409, Category.RESOURCE),
        # a 409 alone says validation: the code names a count quota, or an entity that is going away
        ("(MaxStorageAccountsCountPerSubscriptionExceeded) Subscription 7f3c already contains 250 storage accounts in "
         "location eastus and the maximum allowed is 250.", 409, Category.RESOURCE),
        ("(ResourceGroupBeingDeleted) The resource group 'rg-etl' is in deprovisioning state and cannot perform this "
         "operation.", 409, Category.TRANSIENT),
        # nothing else known speaks: the subscription's type may not do it
        ("(DisallowedOperation) The current subscription type is not permitted to perform operations on any provider "
         "namespace. Please use a different subscription.", 409, Category.PERMANENT),
    ],
)  # fmt: skip
def test_azure_resource_manager_codes_and_reasons(message: str, status: int, category: Category) -> None:
    clf = Classifier.default(cache_size=0)
    verdict = clf.classify(
        ErrorSignal(exc_type="azure.core.exceptions.HttpResponseError", message=message, http_status=status)
    )
    assert verdict.category is category


def test_a_plan_s_quota_reached_is_resource_behind_a_400() -> None:
    verdict = Classifier.default(cache_size=0).classify(
        ErrorSignal(
            exc_type="ibm_cloud_sdk_core.api_exception.ApiException",
            message="Error: The number of service instances for this plan has reached the quota limit, Code: 400",
            http_status=400,
        )
    )
    assert (verdict.category, verdict.rule_id) == (Category.RESOURCE, "message.quota_limit_reached")


@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        # pymssql's OperationalError alone is weak; the number names a conflict the engine resolved by aborting
        ("pymssql.exceptions.OperationalError", "(41305, b'The current transaction failed to commit due to a "
         "repeatable read validation failure.DB-Lib error message 20018, severity 16:\\n')", Category.TRANSIENT),
        ("pymssql.exceptions.OperationalError", "(3961, b\"Snapshot isolation transaction failed in database 'Sales' "
         "because the object accessed by the statement has been modified by a DDL statement in another concurrent "
         "transaction since the start of this transaction.DB-Lib error message 20018, severity 16:\\n\")",
         Category.TRANSIENT),
        ("oracledb.exceptions.DatabaseError", "ORA-25402: transaction must roll back", Category.TRANSIENT),
        ("oracledb.exceptions.DatabaseError", "ORA-00055: maximum number of DML locks exceeded", Category.RESOURCE),
    ],
)  # fmt: skip
def test_database_lock_and_concurrency_codes(exc_type: str, message: str, category: Category) -> None:
    verdict = Classifier.default(cache_size=0).classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is category
    assert verdict.rule_id.startswith("vendor.")


def test_every_default_message_phrase_is_indexed_as_a_phrase() -> None:
    # A message-only default rule joins the stage's phrase set only when its pattern is lower case (``\S`` is not):
    # otherwise it still decides, but is never found as the reason that refines a code, class or status.
    for rule in default_rules():
        if rule.message is not None and not (rule.exc_type or rule.code or rule.http_status or rule.errno):
            assert rule.message == rule.message.lower(), rule.id


# ------------------------------------------------ vendors whose codes are ordinary words read only on their own errors
# (issue 10, scoping): each case is one another vendor's table used to decide, naming the wrong vendor or category.


_SCOPING = Classifier.default(cache_size=0)


def test_kubernetes_reasons_are_read_only_in_kubernetes_printed_formats() -> None:
    body = '{"kind":"Status","status":"Failure","message":"Internal error","reason":"InternalError","code":500}'
    # Kubernetes' InternalError on its own client is Kubernetes' reason (Slack's internal_error used to name it).
    assert verdict_of(
        _SCOPING,
        "kubernetes.client.exceptions.ApiException",
        f"(500)\nReason: Internal Server Error\nHTTP response body: {body}",
        500,
    ) == (Category.TRANSIENT, "vendor.kubernetes.InternalError")
    # A Google API's 409 whose reason is 'conflict' is not Kubernetes' Conflict (a write race: transient).
    rules = {rule.id: rule for rule in vendor_rules()}
    google = Link(
        "googleapiclient.errors.HttpError",
        '<HttpError 409 when requesting https://www.googleapis.com/storage/v1/b returned "You already own it.". '
        "Details: \"[{'message': 'You already own it.', 'domain': 'global', 'reason': 'conflict'}]\">",
        http_status=409,
    )
    assert not rules["vendor.kubernetes.Conflict"].matches(google)
    # kubectl's "Error from server (Forbidden)" inside a wrapper is Kubernetes' (Google's 'forbidden' used to name it).
    kubectl = (
        "kubectl apply -f deploy/api.yaml failed (exit 1): Error from server (Forbidden): deployments.apps "
        '"api" is forbidden: User "ci" cannot patch resource "deployments" in API group "apps"'
    )
    assert verdict_of(_SCOPING, "builtins.RuntimeError", kubectl) == (Category.PERMANENT, "vendor.kubernetes.Forbidden")
    assert rules["vendor.kubernetes.Conflict"].matches(
        Link(
            "kubernetes_asyncio.client.exceptions.ApiException",
            '(409)\nReason: Conflict\nHTTP response body: {"kind":"Status","reason":"Conflict","code":409}',
            http_status=409,
        )
    )


def test_slack_method_errors_are_read_only_on_slack_s_classes() -> None:
    # AWS's AccessDenied normalises like Slack's access_denied: AWS's own table names it now.
    assert verdict_of(
        _SCOPING,
        "botocore.exceptions.ClientError",
        "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied",
    ) == (Category.PERMANENT, "vendor.aws.AccessDeniedException")
    message = "The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\n" + (
        "The server responded with: {'ok': False, 'error': 'access_denied'}"
    )
    assert verdict_of(_SCOPING, "slack_sdk.errors.SlackApiError", message, 200) == (
        Category.PERMANENT,
        "vendor.slack.access_denied",
    )
    rules = {rule.id: rule for rule in vendor_rules()}
    assert not rules["vendor.slack.access_denied"].matches(Link("builtins.RuntimeError", message))


def test_elasticsearch_exception_types_are_read_only_on_elasticsearch_and_opensearch_classes() -> None:
    # S3's TooManyBuckets (the account's bucket quota: resource) normalises like Elasticsearch's
    # too_many_buckets_exception (an aggregation's bucket limit: validation), which used to decide it.
    assert verdict_of(
        _SCOPING,
        "botocore.exceptions.ClientError",
        "An error occurred (TooManyBuckets) when calling the CreateBucket operation: "
        "You have attempted to create more buckets than allowed",
    ) == (Category.RESOURCE, "vendor.aws.TooManyBuckets")
    rules = {rule.id: rule for rule in vendor_rules()}
    es = "BadRequestError(400, 'too_many_buckets_exception', 'Trying to create too many buckets.')"
    assert rules["vendor.elasticsearch.too_many_buckets_exception"].matches(Link("elasticsearch.BadRequestError", es))
    assert rules["vendor.elasticsearch.too_many_buckets_exception"].matches(
        Link("opensearchpy.exceptions.RequestError", es)
    )
    assert not rules["vendor.elasticsearch.too_many_buckets_exception"].matches(Link("builtins.RuntimeError", es))


def test_exchange_store_codes_are_read_only_in_exchange_s_printed_format() -> None:
    # Azure's (QuotaExceeded) normalises like Exchange's QuotaExceededException, which used to name it.
    category, rule_id = verdict_of(
        _SCOPING,
        "azure.core.exceptions.HttpResponseError",
        "(QuotaExceeded) Operation could not be completed as it results in exceeding approved Total Regional Cores "
        "quota.\nCode: QuotaExceeded\nMessage: Operation could not be completed",
    )
    assert (category, rule_id) == (Category.RESOURCE, "vendor.azure.QuotaExceeded")
    # Exchange's code in an SMTP reply, on whatever class carries the reply, is Exchange's.
    assert verdict_of(
        _SCOPING,
        "smtplib.SMTPDataError",
        "(554, b'5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message "
        "due to a permanent exception with message Cannot submit message.')",
    ) == (Category.RESOURCE, "vendor.exchange.SubmissionQuotaExceededException")


def test_google_reasons_count_only_spelled_as_google_spells_them() -> None:
    # Google's reasons are lowerCamel ('quotaExceeded'); Azure's PascalCase (QuotaExceeded) normalises alike and used
    # to be named as Google's.
    rules = {rule.id: rule for rule in vendor_rules()}
    azure = Link(
        "azure.core.exceptions.HttpResponseError",
        "(QuotaExceeded) Operation results in exceeding quota limits of Core.\nCode: QuotaExceeded\nMessage: ...",
    )
    assert not rules["vendor.gcp.quotaExceeded"].matches(azure)
    assert rules["vendor.azure.QuotaExceeded"].matches(azure)
    google = (
        "<HttpError 403 when requesting https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs returned "
        "\"Quota exceeded\". Details: \"[{'message': 'Quota exceeded', 'domain': 'global', "
        "'reason': 'quotaExceeded'}]\">"
    )
    assert verdict_of(_SCOPING, "googleapiclient.errors.HttpError", google, 403) == (
        Category.RESOURCE,
        "vendor.gcp.quotaExceeded",
    )


def test_aws_s_conflict_exception_counts_only_spelled_as_aws_spells_it() -> None:
    rules = {rule.id: rule for rule in default_rules()}
    aws = Link(
        "botocore.exceptions.ClientError",
        "An error occurred (ConflictException) when calling the UpdateApiKey operation: Conflicting update",
    )
    assert rules["code.ConflictException"].matches(aws)
    google = Link(
        "googleapiclient.errors.HttpError",
        '<HttpError 409 when requesting https://www.googleapis.com/storage/v1/b returned "You already own it.". '
        "Details: \"[{'message': 'You already own it.', 'domain': 'global', 'reason': 'conflict'}]\">",
        http_status=409,
    )
    assert not rules["code.ConflictException"].matches(google)


def test_llm_api_codes_count_only_spelled_as_the_api_spells_them() -> None:
    # AMQP's NOT_FOUND (a missing queue) normalises like Anthropic's not_found_error and was named as Anthropic's.
    rules = {rule.id: rule for rule in vendor_rules()}
    amqp = Link("aiormq.exceptions.ChannelNotFoundEntity", "NOT_FOUND - no queue 'jobs' in vhost '/'")
    assert not rules["vendor.llm.not_found_error"].matches(amqp)
    anthropic = (
        "Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-x'}}"
    )
    assert verdict_of(_SCOPING, "anthropic.NotFoundError", anthropic, 404) == (
        Category.PERMANENT,
        "vendor.llm.not_found_error",
    )


def test_stripe_codes_count_only_on_stripe_s_classes() -> None:
    # Anthropic's rate_limit_error normalises like Stripe's rate_limit and was named as Stripe's.
    message = "Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Slow down'}}"
    assert verdict_of(_SCOPING, "anthropic.RateLimitError", message, 429) == (
        Category.TRANSIENT,
        "vendor.llm.rate_limit_error",
    )
    rules = {rule.id: rule for rule in vendor_rules()}
    assert not rules["vendor.stripe.rate_limit"].matches(Link("anthropic.RateLimitError", message, http_status=429))


def test_aws_and_azure_codes_count_only_in_their_printed_formats() -> None:
    # Cosmos DB's (TooManyRequests) normalises like AWS's TooManyRequestsException and was named as AWS's.
    cosmos = '(TooManyRequests) Message: {"Errors":["Request rate is large. More Request Units may be needed."]}'
    assert verdict_of(_SCOPING, "azure.cosmos.exceptions.CosmosHttpResponseError", cosmos, 429) == (
        Category.TRANSIENT,
        "vendor.azure.TooManyRequests",
    )
    rules = {rule.id: rule for rule in vendor_rules()}
    assert not rules["vendor.aws.TooManyRequestsException"].matches(
        Link("azure.cosmos.exceptions.CosmosHttpResponseError", cosmos, http_status=429)
    )
    # Gemini's 500 INTERNAL is neither AWS's nor Azure's InternalError.
    gemini = (
        "500 INTERNAL. {'error': {'code': 500, 'message': 'An internal error has occurred.', 'status': 'INTERNAL'}}"
    )
    category, rule_id = verdict_of(_SCOPING, "google.genai.errors.ServerError", gemini, 500)
    assert category == Category.TRANSIENT
    assert not rule_id.startswith(("vendor.aws.", "vendor.azure."))
    # In AWS's format, whatever class carries it (s3fs's OSError), AWS's code is AWS's.
    s3fs = (
        "[Errno 5] An error occurred (SlowDown) when calling the PutObject operation: Please reduce your request rate."
    )
    assert verdict_of(_SCOPING, "builtins.OSError", s3fs) == (Category.TRANSIENT, "vendor.aws.SlowDown")


def test_an_s3_compatible_store_s_own_code_in_aws_s_format_is_that_store_s() -> None:
    # Ceph RGW's QuotaExceeded (403) in boto3's format: a quota, named as Ceph's, not Azure's QuotaExceeded.
    message = "[Errno 5] An error occurred (QuotaExceeded) when calling the PutObject operation: Unknown"
    assert verdict_of(_SCOPING, "builtins.OSError", message, 403) == (
        Category.RESOURCE,
        "vendor.ceph_rgw.QuotaExceeded",
    )
