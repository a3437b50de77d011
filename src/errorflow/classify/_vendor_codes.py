"""Error codes of widely used services and databases, each with the page or file it is documented in.

The codes are facts about other systems; the category each maps to is
errorflow's judgement by ``corpus/LABELS.md`` (a note says why where it is a
judgement call). :mod:`errorflow.classify.evidence` reads these codes out of
messages (``ORA-00060``, ``(1205) (SQLExecDirectW)``, ``000630 (57014):``,
``code=1100 [``, ``'es_rejected_execution_exception'``, ``"reason":"Evicted"``,
``'code': 'insufficient_quota'``) and :mod:`errorflow.classify.defaults` turns
every row into a rule of the service-code tier.

A row: ``(code, category, source, note)``; ``source`` is a key of
:data:`SOURCES`. Codes are compared in :func:`~errorflow.classify._tables.normalize_code`
form, with the vendor's prefix where a bare number would be ambiguous
(``ORA-``, ``MSSQL``, ``SNOWFLAKE``, ``CASSANDRA``).

The tables come first, grouped by vendor (a vendor's tables in the order they
were added); each collection built from them (:data:`SOURCES`, :data:`VENDOR_CODES`,
:data:`GENERIC_CODES` and the scopes) is defined once, at the end, so one place
shows all of it.
"""

from __future__ import annotations

__all__ = [
    "CLASS_SCOPED_VENDORS",
    "GENERIC_CODES",
    "MESSAGE_CODES",
    "SHAPED_VENDORS",
    "SOURCES",
    "SPELLED_VENDORS",
    "VENDOR_CODES",
]

T, R, V, P = "transient", "resource", "validation", "permanent"

_AWS: tuple[tuple[str, str, str, str], ...] = (
    ("ThrottlingException", T, "botocore-retry", "throttled"),
    ("Throttling", T, "botocore-retry", "throttled"),
    ("TooManyRequestsException", T, "botocore-retry", "throttled"),
    ("RequestLimitExceeded", T, "aws-api", "API request rate exceeded for the account"),
    ("ProvisionedThroughputExceededException", T, "aws-ddb", "table throughput exceeded; SDK retries it"),
    ("RequestThrottledException", T, "botocore-retry", "throttled"),
    ("SlowDown", T, "aws-s3", "reduce the request rate"),
    ("ServiceUnavailable", T, "aws-s3", "service unavailable"),
    ("InternalError", T, "aws-s3", "retry the request"),
    ("RequestTimeout", T, "aws-s3", "socket not read or written in time"),
    ("ModelNotReadyException", T, "aws-bedrock", "model not ready; the SDK retries it"),
    ("ModelTimeoutException", T, "aws-bedrock", "model took too long"),
    ("ServiceUnavailableException", T, "aws-bedrock", "service unavailable"),
    ("TransactionConflictException", T, "aws-ddb", "concurrent transaction on the item"),
    (
        "ResourceNotReadyException",
        T,
        "aws-lambda",
        "the function's VPC connection is gone for now (Lambda API: 'The function is inactive and its VPC connection "
        "is no longer available. Wait for the VPC connection to reestablish and try again.'); a function still being "
        "created or updated is ResourceConflictException's 'The function is currently in the following state'",
    ),
    ("EC2ThrottledException", T, "aws-lambda", "EC2 throttled Lambda's network setup"),
    ("ServiceQuotaExceededException", R, "aws-bedrock", "account quota reached"),
    ("LimitExceededException", R, "aws-ddb", "too many concurrent control-plane operations or quota"),
    ("InsufficientInstanceCapacity", R, "aws-api", "no capacity for the instance type in the zone"),
    ("InsufficientFreeAddressesInSubnet", R, "aws-api", "subnet out of IP addresses"),
    ("ENILimitReachedException", R, "aws-lambda", "network interface limit of the VPC"),
    ("SubnetIPAddressLimitReachedException", R, "aws-lambda", "subnet out of IP addresses"),
    ("CodeStorageExceededException", R, "aws-lambda", "code storage quota"),
    ("ItemCollectionSizeLimitExceededException", R, "aws-ddb", "item collection over 10 GB"),
    ("KMSAccessDeniedException", P, "aws-lambda", "no permission on the key"),
    ("KMSDisabledException", P, "aws-lambda", "the key is disabled"),
    ("RequestTimeTooSkewed", P, "aws-s3", "the host clock must be fixed"),
    ("AllAccessDisabled", P, "aws-s3", "access disabled"),
    ("InvalidObjectState", P, "aws-s3", "object archived; restore it first"),
    ("AccountProblem", P, "aws-s3", "account must be fixed"),
    ("InvalidAccessKeyId", P, "aws-s3", "bad credential"),
    ("SignatureDoesNotMatch", P, "aws-s3", "bad credential"),
    ("ExpiredToken", P, "aws-s3", "credentials must be refreshed"),
    ("UnrecognizedClientException", P, "aws-ddb", "bad credential"),
    ("AccessDeniedException", P, "aws-bedrock", "no permission"),
    ("ResourceNotFoundException", P, "aws-bedrock", "missing resource"),
    ("ValidationException", V, "aws-bedrock", "input fails the constraints"),
    ("ConditionalCheckFailedException", V, "aws-ddb", "the condition on the data failed"),
    ("EntityTooLarge", V, "aws-s3", "upload too large"),
    ("InvalidParameterValue", V, "aws-api", "bad parameter"),
    ("MissingParameter", V, "aws-api", "missing parameter"),
    ("AWS.SimpleQueueService.NonExistentQueue", P, "aws-sqs", "no such queue"),
    ("OverLimit", R, "aws-sqs", "in-flight message limit reached"),
    (
        "TransactionCanceledException",
        T,
        "aws-ddb",
        "cancelled transaction; its reasons refine it (TransactionConflict, ...)",
    ),
    ("KMSInvalidStateException", P, "aws-kms", "the key is disabled or pending deletion"),
    ("DisabledException", P, "aws-kms", "the key is disabled"),
    ("InvalidCiphertextException", V, "aws-kms", "the ciphertext is invalid"),
    ("IncorrectKeyException", V, "aws-kms", "the ciphertext was not encrypted under this key"),
    ("KMSInternalException", T, "aws-kms", "internal error; retry"),
    ("DependencyTimeoutException", T, "aws-kms", "the system timed out; retry"),
)

# More AWS codes, by the service page that documents each.
_AWS_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("ServiceException", T, "aws-lambda", "Lambda's internal error (500)"),
    ("TooManyUpdates", T, "aws-route53", "Route 53's request rate for the hosted zone"),
    ("BucketAlreadyOwnedByYou", V, "aws-s3", "the bucket exists and is yours: as any 'already exists'"),
)

# Amazon SQS codes of actions that work again once a fixed window has passed (the PurgeQueue and CreateQueue
# references: "only one PurgeQueue operation ... every 60 seconds", "wait 60 seconds after deleting a queue"); SQS
# answers them with HTTP 403 or 400, so the code, not the status, decides.
_SQS: tuple[tuple[str, str, str, str], ...] = (
    ("AWS.SimpleQueueService.PurgeQueueInProgress", T, "aws-sqs-purge",
     "a purge of the queue ran in the last 60 seconds: the same call works once the window has passed (HTTP 403)"),
    ("PurgeQueueInProgress", T, "aws-sqs-purge", "the JSON protocol's name of the same code"),
    ("AWS.SimpleQueueService.QueueDeletedRecently", T, "aws-sqs-create",
     "a queue of that name was deleted in the last 60 seconds: creating it works once the window has passed"),
    ("QueueDeletedRecently", T, "aws-sqs-create", "the JSON protocol's name of the same code"),
)  # fmt: skip

# Amazon SNS codes (the API reference's Errors of CreateTopic, Subscribe, Publish and PublishBatch): account limits
# on topics, subscriptions and filter policies are quotas (403 all the same), a batch's shape is the input's fault.
_SNS: tuple[tuple[str, str, str, str], ...] = (
    ("TopicLimitExceeded", R, "aws-sns", "the account's topic quota is used up (HTTP 403)"),
    ("FilterPolicyLimitExceeded", R, "aws-sns", "the account's filter policy quota is used up (HTTP 403)"),
    ("ReplayLimitExceeded", R, "aws-sns", "the account's message replay quota is used up (HTTP 403)"),
    ("StaleTag", T, "aws-sns", "a tag on a recently deleted resource of the same ARN: wait a short while and retry"),
    ("ConcurrentAccess", T, "aws-sns", "another operation on the tags runs now: perform them one after another"),
    ("BatchEntryIdsNotDistinct", V, "aws-sns", "two entries of the batch share an Id"),
    ("BatchRequestTooLong", V, "aws-sns", "the batch is over the size limit"),
    ("EmptyBatchRequest", V, "aws-sns", "the batch holds no entry"),
    ("InvalidBatchEntryId", V, "aws-sns", "an entry's Id breaks the Id rules"),
    ("TooManyEntriesInBatchRequest", V, "aws-sns", "more entries than a batch may hold (10)"),
    ("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", V, "aws-sqs-batch", "two entries of the batch share an Id"),
    ("AWS.SimpleQueueService.BatchRequestTooLong", V, "aws-sqs-batch", "the batch is over the size limit"),
    ("AWS.SimpleQueueService.EmptyBatchRequest", V, "aws-sqs-batch", "the batch holds no entry"),
    ("AWS.SimpleQueueService.InvalidBatchEntryId", V, "aws-sqs-batch", "an entry's Id breaks the Id rules"),
    ("AWS.SimpleQueueService.TooManyEntriesInBatchRequest", V, "aws-sqs-batch", "more than 10 entries in a batch"),
    ("ReceiptHandleIsInvalid", V, "aws-sqs-batch", "the receipt handle given is not one SQS issued"),
)  # fmt: skip

# A consumer's claim on a message or shard position that lapsed (an SQS message no longer in flight: its visibility
# timeout ran out and it went back to the queue; a Kinesis shard iterator older than five minutes): as with a lost
# Service Bus lock or an Azure pop receipt that no longer matches, receiving again (a new iterator) and reprocessing is
# the fix, not the input or the setup.
_AWS_QUEUES_AND_STREAMS: tuple[tuple[str, str, str, str], ...] = (
    ("AWS.SimpleQueueService.MessageNotInflight", T, "aws-sqs-visibility",
     "the message is not in flight any more (its visibility timeout lapsed): receive it again (HTTP 400)"),
    ("MessageNotInflight", T, "aws-sqs-visibility", "the JSON protocol's name of the same code"),
    ("ExpiredIteratorException", T, "aws-kinesis-records",
     "the shard iterator expired (older than 5 minutes): get a new one and read again (HTTP 400)"),
)  # fmt: skip

# S3's bucket limit (ErrorResponses.html: "TooManyBuckets: You have attempted to create more buckets than allowed"): the
# account's quota of buckets is used up, so a resource; Elasticsearch's too_many_buckets_exception (an aggregation's
# bucket limit: validation) normalises alike and decided it before its scoping (CLASS_SCOPED_VENDORS).
_AWS_S3_LIMITS: tuple[tuple[str, str, str, str], ...] = (
    ("TooManyBuckets", R, "aws-s3", "the account's bucket quota is used up: delete buckets or raise the quota"),
)

# Compute Engine capacity: a zone without the resources asked for, a 503 whose reason is the provider's capacity
# (like AWS InsufficientInstanceCapacity): it comes back, or another zone has it; retried at once, it fails again.
_GCP_CAPACITY: tuple[tuple[str, str, str, str], ...] = (
    ("resourcePoolExhausted", R, "gcp-compute-capacity", "the zone lacks the resources for the request"),
    ("ZONE_RESOURCE_POOL_EXHAUSTED", R, "gcp-compute-capacity", "the zone lacks the resources for the request"),
    ("ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS", R, "gcp-compute-capacity", "the zone lacks the resources named"),
)

_GCP: tuple[tuple[str, str, str, str], ...] = (
    ("rateLimitExceeded", T, "gcp-bigquery", "too many requests per period"),
    ("userRateLimitExceeded", T, "gcp-storage", "per-user rate limit"),
    ("backendError", T, "gcp-bigquery", "temporary server failure"),
    ("internalError", T, "gcp-storage", "internal error; retry"),
    ("jobBackendError", T, "gcp-bigquery", "temporary job failure"),
    ("jobRateLimitExceeded", T, "gcp-bigquery", "job rate limit"),
    ("tableUnavailable", T, "gcp-bigquery", "table temporarily unavailable"),
    ("quotaExceeded", R, "gcp-bigquery", "a quota (not a rate) is used up until it resets"),
    ("dailyLimitExceeded", R, "gcp-storage", "daily quota used up"),
    ("resourcesExceeded", R, "gcp-bigquery", "query used too many resources"),
    ("RESOURCE_EXHAUSTED", R, "gcp-errors", "quota or capacity exhausted"),
    ("billingNotEnabled", P, "gcp-bigquery", "billing must be enabled"),
    ("billingTierLimitExceeded", P, "gcp-bigquery", "billing tier must change"),
    ("accessDenied", P, "gcp-bigquery", "no permission"),
    ("accessNotConfigured", P, "gcp-storage", "API not enabled for the project"),
    ("insufficientPermissions", P, "gcp-storage", "no permission"),
    ("forbidden", P, "gcp-storage", "no permission"),
    ("keyInvalid", P, "gcp-storage", "bad API key"),
    ("authError", P, "gcp-storage", "bad credential"),
    ("accountDisabled", P, "gcp-storage", "account disabled"),
    ("notFound", P, "gcp-bigquery", "missing resource"),
    ("notImplemented", P, "gcp-bigquery", "unsupported"),
    ("invalid", V, "gcp-bigquery", "invalid input"),
    ("invalidQuery", V, "gcp-bigquery", "invalid query"),
    ("required", V, "gcp-storage", "a required field is missing"),
    ("responseTooLarge", V, "gcp-bigquery", "query result too large"),
    ("duplicate", V, "gcp-bigquery", "already exists"),
    ("stopped", T, "gcp-bigquery", "job cancelled"),
)

_AZURE: tuple[tuple[str, str, str, str], ...] = (
    ("ServerBusy", T, "azure-storage", "server busy or throttled"),
    ("OperationTimedOut", T, "azure-storage", "operation timed out"),
    ("InternalError", T, "azure-storage", "internal error"),
    ("RequestRateTooLarge", T, "azure-cosmos", "RU/s exceeded (429)"),
    ("TooManyRequests", T, "azure-arm", "throttled"),
    ("RetryableError", T, "azure-arm", "transient deployment failure"),
    ("QuotaExceeded", R, "azure-arm", "subscription quota"),
    ("OperationNotAllowed", R, "azure-arm", "usually a core or resource quota would be exceeded"),
    ("SkuNotAvailable", R, "azure-arm", "no capacity for the size in the region"),
    ("AllocationFailed", R, "azure-arm", "no capacity in the cluster"),
    ("ZonalAllocationFailed", R, "azure-arm", "no capacity in the zone"),
    ("OverconstrainedAllocationRequest", R, "azure-arm", "no capacity for the constraints"),
    ("InsufficientAccountPermissions", P, "azure-storage", "no permission"),
    ("AuthorizationFailed", P, "azure-arm", "no role assignment for the action"),
    ("AuthenticationFailed", P, "azure-storage", "bad credential"),
    ("InvalidAuthenticationToken", P, "azure-arm", "bad token"),
    ("ExpiredAuthenticationToken", P, "azure-arm", "expired token"),
    ("AccountIsDisabled", P, "azure-storage", "account disabled"),
    ("MissingSubscriptionRegistration", P, "azure-arm", "resource provider not registered"),
    ("SubscriptionNotFound", P, "azure-arm", "no such subscription"),
    ("ResourceGroupNotFound", P, "azure-arm", "no such resource group"),
    ("ResourceNotFound", P, "azure-arm", "no such resource"),
    ("ContainerNotFound", P, "azure-blob", "no such container"),
    ("BlobNotFound", P, "azure-blob", "no such blob"),
    ("InvalidTemplate", V, "azure-arm", "template invalid"),
    ("InvalidParameter", V, "azure-arm", "bad parameter"),
    ("InvalidRequestFormat", V, "azure-arm", "bad request body"),
    ("InvalidResourceName", V, "azure-storage", "bad name"),
    ("ContainerAlreadyExists", V, "azure-blob", "already exists"),
    ("BlobAlreadyExists", V, "azure-blob", "already exists"),
    ("StorageAccountAlreadyTaken", V, "azure-arm", "name taken"),
)

# Azure Storage error codes (``ErrorCode:ContainerBeingDeleted``) beyond the common ones in _AZURE.
_AZURE_STORAGE: tuple[tuple[str, str, str, str], ...] = (
    ("ContainerBeingDeleted", T, "azure-blob", "the container is being deleted: try the operation later (a 409)"),
    ("AccountBeingCreated", T, "azure-storage", "the account is still being created"),
    ("BlobBeingRehydrated", T, "azure-blob", "the archived blob is being rehydrated"),
    ("ContainerDisabled", P, "azure-blob", "the container is disabled"),
    ("AuthorizationFailure", P, "azure-storage", "not authorized"),
    ("AuthorizationPermissionMismatch", P, "azure-storage", "the principal lacks the data permission"),
    ("Md5Mismatch", V, "azure-blob", "the content does not match its MD5"),
    ("RequestBodyTooLarge", V, "azure-storage", "the request body is too large"),
)

# More Azure Resource Manager deployment codes (the azure-arm page), as az CLI and Terraform's azurerm provider print
# them: a management lock, a policy or a name the platform reserves is not retried away; a per-resource-group
# deployment history or a resource quota is capacity to free.
_AZURE_ARM_OPERATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("ScopeLocked", P, "azure-arm", "a management lock on the scope forbids the operation: the lock must be removed"),
    ("RequestDisallowedByPolicy", P, "azure-arm", "an Azure Policy assignment denies the request"),
    ("NoRegisteredProviderFound", P, "azure-arm", "no resource provider or API version for the type in the location"),
    ("ParentResourceNotFound", P, "azure-arm", "the parent resource does not exist"),
    ("ReservedResourceName", V, "azure-arm", "the name given is reserved or contains a trademark"),
    ("ResourceQuotaExceeded", R, "azure-arm", "a resource quota of the subscription is used up"),
    ("DeploymentQuotaExceeded", R, "azure-arm", "the resource group's deployment history is full (800)"),
)

# Azure Queue, Table and File service error codes (the "ErrorCode:" line azure-core prints). An entity being deleted
# is gone in a moment, and the same create then succeeds (like ContainerBeingDeleted); a pop receipt that no longer
# matches means the message's visibility timeout lapsed and another receive took it: receiving it again is the fix,
# like a lost Service Bus message lock.
_AZURE_QUEUES_AND_TABLES: tuple[tuple[str, str, str, str], ...] = (
    ("QueueBeingDeleted", T, "azure-queue", "the queue is being deleted (409): the same create succeeds once it is"),
    ("PopReceiptMismatch", T, "azure-queue", "the message was dequeued again after its visibility timeout (400): "
     "receive it again and reprocess"),
    ("QueueAlreadyExists", V, "azure-queue", "a queue of that name exists with other metadata (409)"),
    ("QueueDisabled", P, "azure-queue", "the queue is disabled (409)"),
    ("QueueNotFound", P, "azure-queue", "no such queue (404)"),
    ("MessageTooLarge", V, "azure-queue", "the message is over the fixed 64 KiB maximum (400)"),
    ("TableBeingDeleted", T, "azure-table", "the table is being deleted (409): try the operation later"),
    ("ShareBeingDeleted", T, "azure-file", "the share is being deleted (409): try the operation later"),
)  # fmt: skip

# Azure's HTTP 412 Precondition Failed, as azure-core prints the service's code ("(PreconditionFailed) Message: ..."):
# Cosmos DB says it when the If-Match ETag no longer matches the stored version of an item. Cosmos DB's status page
# calls it "an optimistic concurrency error. Retry the request after reading the latest version of the resource and
# updating the eTag on the request" (like a NATS compare-and-set that lost a race, or SQLAlchemy's StaleDataError).
_AZURE_SDK_CONCURRENCY: tuple[tuple[str, str, str, str], ...] = (
    ("PreconditionFailed", T, "azure-cosmos", "412: the item's ETag changed since it was read (optimistic "
     "concurrency): re-read it and retry"),
)  # fmt: skip

# Azure Storage's lease and SMB-handle conflicts (eleventh batch, file transfer and object storage) are held by another
# client for a while.
_AZURE_STORAGE_LOCKS: tuple[tuple[str, str, str, str], ...] = (
    ("LeaseIdMissing", T, "azure-blob-codes", "412: another client holds the blob's or container's lease; it is "
     "released or expires (an infinite lease of a dead holder needs breaking)"),
    ("LeaseAlreadyPresent", T, "azure-blob-codes", "409: another client holds the lease already"),
    ("LeaseIsBreakingAndCannotBeAcquired", T, "azure-blob-codes", "409: the lease is being broken: acquire it later"),
    ("SharingViolation", T, "azure-file-codes", "409: an SMB client holds the file open; it succeeds once the handle "
     "is closed"),
    ("DeletePending", T, "azure-file-codes", "409: an SMB client marked the file for deletion; it goes when the last "
     "handle closes"),
    ("ShareBeingDeleted", T, "azure-file-codes", "409: the share is being deleted: try later"),
    ("ConditionNotMet", T, "azure-blob-codes", "412: the blob changed since its ETag was read (optimistic "
     "concurrency, as PreconditionFailed in Cosmos DB): re-read it and retry"),
)  # fmt: skip

# Other states of Azure Storage objects that the service names by code: an operation in progress or a lock another
# client holds passes (transient); an object that exists already, or whose snapshots the request did not say to
# include, is the request's (validation, as ContainerAlreadyExists and BlobAlreadyExists are); a disabled share or an
# immutability policy must be changed by its owner (permanent).
_AZURE_STORAGE_STATES: tuple[tuple[str, str, str, str], ...] = (
    ("PendingCopyOperation", T, "azure-blob-codes", "409: a copy to the blob is still pending"),
    ("FileLockConflict", T, "azure-file-codes", "409: an SMB client holds a conflicting byte-range lock"),
    ("ShareSnapshotInProgress", T, "azure-file-codes", "409: a snapshot of the share is being taken"),
    ("FilesystemBeingDeleted", T, "azure-datalake-codes", "409: the filesystem is being deleted: try later"),
    ("SnapshotsPresent", V, "azure-blob-codes", "409: the blob has snapshots and the request did not say to delete "
     "them"),
    ("ShareHasSnapshots", V, "azure-file-codes", "409: the share has snapshots and the request did not say to delete "
     "them"),
    ("ShareAlreadyExists", V, "azure-file-codes", "409: a share of that name exists already"),
    ("PathAlreadyExists", V, "azure-datalake-codes", "409: the path exists already"),
    ("FilesystemAlreadyExists", V, "azure-datalake-codes", "409: the filesystem exists already"),
    ("ShareDisabled", P, "azure-file-codes", "403: the share is disabled by the administrator"),
    ("BlobImmutableDueToPolicy", P, "azure-blob-codes", "409: an immutability policy or legal hold protects the "
     "blob: the policy must change"),
    ("PathNotFound", P, "azure-datalake-codes", "404: the path does not exist"),
    ("FilesystemNotFound", P, "azure-datalake-codes", "404: the filesystem does not exist"),
    ("ShareNotFound", P, "azure-file-codes", "404: the share does not exist"),
)  # fmt: skip

# Azure Blob Storage codes of the storage template sweep (learn.microsoft.com blob-service-error-codes): a blob type
# the operation does not apply to ("The blob type is invalid for this operation.", read as the glob Invalid* before)
# and a legal hold, which like an immutability policy must be lifted, not the request changed.
_AZURE_STORAGE_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("InvalidBlobType", P, "azure-blob-codes", "409: an append or page operation on a blob of another type: the code "
     "must use the blob's type"),
    ("BlobImmutableDueToLegalHold", P, "azure-blob-codes", "409: a legal hold protects the blob: the hold must be "
     "cleared"),
)  # fmt: skip

# ---- Azure codes of the cloud control-plane template sweep (issue 10): an ARM token from another tenant
# (InvalidAuthenticationTokenTenant, "The access token is from the wrong issuer ... It must match the tenant ...": the
# credential's tenant must change; the glob Invalid* read it as the input's) and Cosmos DB's 413 (RequestEntityTooLarge,
# "Request size is too large": the item or batch is over the fixed maximum).
_AZURE_SWEEP_CLOUD: tuple[tuple[str, str, str, str], ...] = (
    ("InvalidAuthenticationTokenTenant", P, "azure-arm", "a token of another tenant than the subscription's"),
    ("RequestEntityTooLarge", V, "azure-cosmos", "413: the document or request is over the size limit"),
)  # fmt: skip

_STRIPE: tuple[tuple[str, str, str, str], ...] = (
    ("card_declined", V, "stripe", "a decline: the customer must use another card (same input always fails)"),
    ("expired_card", V, "stripe", "the card must change"),
    ("incorrect_cvc", V, "stripe", "the input is wrong"),
    ("incorrect_number", V, "stripe", "the input is wrong"),
    ("invalid_cvc", V, "stripe", "the input is wrong"),
    ("invalid_expiry_month", V, "stripe", "the input is wrong"),
    ("invalid_expiry_year", V, "stripe", "the input is wrong"),
    ("invalid_number", V, "stripe", "the input is wrong"),
    ("insufficient_funds", V, "stripe-decline", "a decline: another payment method is needed"),
    ("do_not_honor", V, "stripe-decline", "a decline"),
    ("generic_decline", V, "stripe-decline", "a decline"),
    ("lost_card", V, "stripe-decline", "a decline"),
    ("stolen_card", V, "stripe-decline", "a decline"),
    ("fraudulent", V, "stripe-decline", "a decline"),
    ("amount_too_large", V, "stripe", "the input is wrong"),
    ("amount_too_small", V, "stripe", "the input is wrong"),
    ("parameter_invalid_integer", V, "stripe", "bad parameter"),
    ("parameter_invalid_empty", V, "stripe", "bad parameter"),
    ("parameter_missing", V, "stripe", "missing parameter"),
    ("parameter_unknown", V, "stripe", "unknown parameter"),
    ("email_invalid", V, "stripe", "bad e-mail"),
    ("processing_error", T, "stripe", "an error occurred processing the card; retry"),
    ("try_again_later", T, "stripe-decline", "the issuer asks to retry"),
    ("issuer_not_available", T, "stripe-decline", "the issuer could not be reached"),
    ("lock_timeout", T, "stripe", "the object is locked by a concurrent request"),
    ("rate_limit", T, "stripe", "too many requests"),
    ("idempotency_key_in_use", T, "stripe", "a concurrent request with the key is in progress"),
    ("api_key_expired", P, "stripe", "the API key must be replaced"),
    ("secret_key_required", P, "stripe", "wrong key type"),
    ("account_invalid", P, "stripe", "wrong account"),
    ("platform_api_key_expired", P, "stripe", "the API key must be replaced"),
    ("resource_missing", P, "stripe", "no such object"),
    ("testmode_charges_only", P, "stripe", "account not activated"),
    ("balance_insufficient", R, "stripe", "the account balance must be topped up before transfers work"),
)

# Stripe's capability error: the connected account's setup must change; the request itself is fine.
_STRIPE_CONNECT: tuple[tuple[str, str, str, str], ...] = (
    ("insufficient_capabilities_for_transfer", P, "stripe",
     "the destination account lacks the transfers capability: the account's setup must change, not the request"),
)  # fmt: skip

_LLM: tuple[tuple[str, str, str, str], ...] = (
    ("rate_limit_exceeded", T, "openai", "requests or tokens per minute"),
    ("billing_hard_limit_reached", R, "openai", "the billing hard limit is reached; capacity must come back"),
    ("account_deactivated", P, "openai", "the account is deactivated"),
    ("content_policy_violation", V, "openai", "the input violates the content policy"),
    ("content_filter", V, "openai", "Azure OpenAI: the input was filtered"),
    ("invalid_image", V, "openai", "the image is invalid"),
    ("unsupported_value", V, "openai", "a parameter value is unsupported"),
    ("invalid_value", V, "openai", "a parameter value is invalid"),
    ("DeploymentNotFound", P, "openai", "Azure OpenAI: no such deployment"),
    (
        "insufficient_quota",
        R,
        "openai",
        "credits or the billing quota used up: capacity must come back (a 429 all the same)",
    ),
    ("context_length_exceeded", V, "openai", "the prompt is too long for the model"),
    ("string_above_max_length", V, "openai", "an input is too long"),
    ("invalid_api_key", P, "openai", "bad key"),
    ("model_not_found", P, "openai", "no such model or no access"),
    ("unsupported_country_region_territory", P, "openai", "not served here"),
    ("server_error", T, "openai", "server error; retry"),
    ("engine_overloaded", T, "openai", "overloaded; retry"),
    ("overloaded_error", T, "anthropic", "529: the API is temporarily overloaded"),
    ("rate_limit_error", T, "anthropic", "429: rate limited"),
    ("api_error", T, "anthropic", "500: unexpected internal error"),
    ("timeout_error", T, "anthropic", "504: the request timed out"),
    ("authentication_error", P, "anthropic", "401: bad key"),
    ("permission_error", P, "anthropic", "403: no permission"),
    ("not_found_error", P, "anthropic", "404: missing resource"),
    ("request_too_large", V, "anthropic", "413: request too large"),
    ("billing_error", R, "anthropic", "402: credits used up; capacity must come back"),
)

_ELASTIC: tuple[tuple[str, str, str, str], ...] = (
    ("es_rejected_execution_exception", T, "es", "thread pool queue full (429); back off and retry"),
    ("circuit_breaking_exception", R, "es", "heap circuit breaker: data too large for the memory"),
    ("no_shard_available_action_exception", T, "es", "shards recovering"),
    ("unavailable_shards_exception", T, "es", "primary shard not active"),
    ("cluster_block_exception", R, "es", "usually the flood-stage disk watermark made indices read-only"),
    ("process_cluster_event_timeout_exception", T, "es", "master busy"),
    ("master_not_discovered_exception", T, "es", "no elected master"),
    ("node_not_connected_exception", T, "es", "node disconnected"),
    ("node_disconnected_exception", T, "es", "node disconnected"),
    ("receive_timeout_transport_exception", T, "es", "transport timeout"),
    ("connect_transport_exception", T, "es", "transport connect failed"),
    ("version_conflict_engine_exception", T, "es", "optimistic concurrency conflict; re-read and retry"),
    ("index_not_found_exception", P, "es", "no such index"),
    ("resource_not_found_exception", P, "es", "missing resource"),
    ("document_missing_exception", P, "es", "no such document"),
    ("security_exception", P, "es", "authentication or authorization failed"),
    ("index_closed_exception", P, "es", "index closed"),
    ("mapper_parsing_exception", V, "es", "a field does not fit the mapping"),
    ("document_parsing_exception", V, "es", "a field does not fit the mapping"),
    ("strict_dynamic_mapping_exception", V, "es", "unknown field under strict mapping"),
    ("illegal_argument_exception", V, "es", "bad argument"),
    ("parsing_exception", V, "es", "bad query"),
    ("x_content_parse_exception", V, "es", "bad JSON body"),
    ("action_request_validation_exception", V, "es", "request fails validation"),
    ("query_shard_exception", V, "es", "bad query"),
    ("search_parse_exception", V, "es", "bad query"),
    ("too_many_buckets_exception", V, "es", "the aggregation asks for too many buckets"),
    ("resource_already_exists_exception", V, "es", "already exists"),
    ("ConnectionTimeout", T, "es-client", "client-side timeout"),
)

# Elasticsearch exception types swept from the server's registry (ElasticsearchException.java's
# ElasticsearchExceptionHandle list, elastic/elasticsearch) beyond the table above: a name the request gives that the
# server refuses (data), a repository, snapshot, template, alias or remote cluster that does not exist (configuration),
# a body that is not JSON at all (data), a snapshot already running or a primary shard not yet assigned (transient).
_ELASTIC_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("invalid_index_name_exception", V, "es", "the index name the request gives is not allowed"),
    ("invalid_alias_name_exception", V, "es", "the alias name the request gives is not allowed"),
    ("invalid_snapshot_name_exception", V, "es", "the snapshot name the request gives is not allowed"),
    ("not_x_content_exception", V, "es", "the request body is not JSON (or another content type) at all"),
    ("repository_missing_exception", P, "es", "no such snapshot repository"),
    ("snapshot_missing_exception", P, "es", "no such snapshot"),
    ("index_template_missing_exception", P, "es", "no such index template"),
    ("aliases_not_found_exception", P, "es", "no such alias"),
    ("no_such_remote_cluster_exception", P, "es", "no such remote cluster configured"),
    ("concurrent_snapshot_execution_exception", T, "es", "another snapshot or deletion is running"),
    ("primary_missing_action_exception", T, "es", "the primary shard is not active yet"),
)

_K8S: tuple[tuple[str, str, str, str], ...] = (
    ("Evicted", R, "k8s-pod", "the node ran short of memory, disk or PIDs"),
    ("OOMKilled", R, "k8s-container", "the container exceeded its memory limit"),
    ("Preempted", R, "k8s-pod", "a higher-priority pod needed the capacity"),
    ("OutOfcpu", R, "k8s-pod", "node out of CPU at admission"),
    ("OutOfmemory", R, "k8s-pod", "node out of memory at admission"),
    ("Unschedulable", R, "k8s-pod", "no node has the capacity"),
    ("NodeLost", T, "k8s-pod", "the node stopped reporting"),
    ("ServerTimeout", T, "k8s-api", "the server could not finish in time"),
    ("Timeout", T, "k8s-api", "request timed out"),
    ("TooManyRequests", T, "k8s-api", "throttled (429)"),
    ("ServiceUnavailable", T, "k8s-api", "API server unavailable"),
    ("InternalError", T, "k8s-api", "internal error"),
    ("Conflict", T, "k8s-api", "resourceVersion conflict; re-read and retry"),
    ("AlreadyExists", V, "k8s-api", "object already exists"),
    ("Invalid", V, "k8s-api", "object fails validation"),
    ("BadRequest", V, "k8s-api", "malformed request"),
    ("RequestEntityTooLarge", V, "k8s-api", "object too large"),
    ("NotFound", P, "k8s-api", "no such object"),
    ("Forbidden", P, "k8s-api", "RBAC denies the action (a quota reason refines it to resource)"),
    ("Unauthorized", P, "k8s-api", "bad credential"),
    ("MethodNotAllowed", P, "k8s-api", "unsupported verb"),
    ("ErrImagePull", P, "k8s-container", "image cannot be pulled (name, tag or credentials)"),
    ("FailedScheduling", R, "k8s-pod", "no node has the requested capacity"),
    ("OutOfpods", R, "k8s-pod", "node at its pod limit"),
    ("ContainerCannotRun", P, "k8s-container", "the image's command cannot run"),
    ("RunContainerError", P, "k8s-container", "the container cannot start"),
    ("ErrImageNeverPull", P, "k8s-container", "image absent with pull policy Never"),
    ("ImagePullBackOff", P, "k8s-container", "image cannot be pulled (name, tag or credentials)"),
    ("InvalidImageName", P, "k8s-container", "bad image name"),
    ("CreateContainerConfigError", P, "k8s-container", "missing secret or config map"),
    ("CrashLoopBackOff", P, "k8s-container", "the container keeps failing: code or config"),
    ("BackoffLimitExceeded", P, "k8s-container", "the job failed on every retry"),
    ("DeadlineExceeded", T, "k8s-container", "active deadline reached"),
)

_ORACLE: tuple[tuple[str, str, str, str], ...] = (
    ("ORA-00060", T, "oracle", "deadlock detected while waiting for resource"),
    ("ORA-00054", T, "oracle", "resource busy and acquire with NOWAIT specified or timeout expired"),
    ("ORA-00051", T, "oracle", "timeout occurred while waiting for a resource"),
    ("ORA-02049", T, "oracle", "distributed transaction waiting for lock timed out"),
    ("ORA-08177", T, "oracle", "can't serialize access for this transaction"),
    ("ORA-01555", T, "oracle", "snapshot too old"),
    ("ORA-03113", T, "oracle", "end-of-file on communication channel"),
    ("ORA-03114", T, "oracle", "not connected to ORACLE"),
    ("ORA-03135", T, "oracle", "connection lost contact"),
    ("ORA-12170", T, "oracle", "TNS connect timeout occurred"),
    ("ORA-12541", T, "oracle", "TNS no listener"),
    ("ORA-12537", T, "oracle", "TNS connection closed"),
    ("ORA-12543", T, "oracle", "TNS destination host unreachable"),
    ("ORA-12514", P, "oracle", "listener does not know of the service: judgement, mostly a wrong service name"),
    ("ORA-12528", T, "oracle", "all appropriate instances are blocking new connections"),
    ("ORA-01033", T, "oracle", "ORACLE initialization or shutdown in progress"),
    ("ORA-01034", T, "oracle", "ORACLE not available"),
    ("ORA-01089", T, "oracle", "immediate shutdown or close in progress"),
    ("ORA-00028", T, "oracle", "your session has been killed"),
    ("ORA-04068", T, "oracle", "existing state of packages has been discarded; a re-run succeeds"),
    ("ORA-25408", T, "oracle", "can not safely replay call"),
    ("ORA-00018", R, "oracle", "maximum number of sessions exceeded"),
    ("ORA-12519", R, "oracle", "TNS no appropriate service handler found: usually the PROCESSES limit is reached"),
    ("ORA-12520", R, "oracle", "TNS listener could not find available handler: the server is at its process limit"),
    ("ORA-00020", R, "oracle", "maximum number of processes exceeded"),
    ("ORA-01000", R, "oracle", "maximum open cursors exceeded"),
    ("ORA-04030", R, "oracle", "out of process memory"),
    ("ORA-04031", R, "oracle", "unable to allocate shared memory"),
    ("ORA-01652", R, "oracle", "unable to extend temp segment"),
    ("ORA-01653", R, "oracle", "unable to extend table"),
    ("ORA-01654", R, "oracle", "unable to extend index"),
    ("ORA-01688", R, "oracle", "unable to extend table partition"),
    ("ORA-30036", R, "oracle", "unable to extend segment in undo tablespace"),
    ("ORA-00257", R, "oracle", "archiver error: the archive destination is full"),
    ("ORA-01536", R, "oracle", "space quota exceeded for tablespace"),
    ("ORA-12516", R, "oracle", "TNS listener could not find available handler: process limit reached"),
    ("ORA-12560", T, "oracle", "TNS protocol adapter error"),
    ("ORA-12571", T, "oracle", "TNS packet writer failure"),
    ("ORA-12547", T, "oracle", "TNS lost contact"),
    ("ORA-02396", T, "oracle", "exceeded maximum idle time, please connect again"),
    ("ORA-01013", T, "oracle", "user requested cancel of current operation (call timeout)"),
    ("ORA-04021", T, "oracle", "timeout occurred while waiting to lock object"),
    ("ORA-30006", T, "oracle", "resource busy; acquire with WAIT timeout expired"),
    ("ORA-01691", R, "oracle", "unable to extend lob segment"),
    ("ORA-01659", R, "oracle", "unable to allocate MINEXTENTS"),
    ("ORA-19809", R, "oracle", "limit exceeded for recovery files"),
    ("ORA-27102", R, "oracle", "out of memory"),
    ("ORA-04036", R, "oracle", "PGA memory used exceeds PGA_AGGREGATE_LIMIT"),
    ("ORA-01476", V, "oracle", "divisor is equal to zero"),
    ("ORA-01401", V, "oracle", "inserted value too large for column"),
    ("ORA-01858", V, "oracle", "a non-numeric character was found where a numeric was expected"),
    ("ORA-01841", V, "oracle", "(full) year must be between -4713 and +9999"),
    ("ORA-01410", V, "oracle", "invalid ROWID"),
    ("ORA-01461", V, "oracle", "can bind a LONG value only for insert into a LONG column"),
    ("ORA-12505", P, "oracle", "listener does not currently know of SID"),
    ("ORA-00955", P, "oracle", "name is already used by an existing object"),
    ("ORA-00907", P, "oracle", "missing right parenthesis"),
    ("ORA-00923", P, "oracle", "FROM keyword not found where expected"),
    ("ORA-00932", P, "oracle", "inconsistent datatypes"),
    ("ORA-01008", P, "oracle", "not all variables bound"),
    ("ORA-01036", P, "oracle", "illegal variable name/number"),
    ("ORA-01950", P, "oracle", "no privileges on tablespace"),
    ("ORA-00600", P, "oracle", "internal error code: a database bug, support must act"),
    ("ORA-07445", P, "oracle", "exception encountered: core dump"),
    ("ORA-00001", V, "oracle", "unique constraint violated"),
    ("ORA-01400", V, "oracle", "cannot insert NULL"),
    ("ORA-01407", V, "oracle", "cannot update to NULL"),
    ("ORA-02290", V, "oracle", "check constraint violated"),
    ("ORA-02291", V, "oracle", "integrity constraint violated - parent key not found"),
    ("ORA-02292", V, "oracle", "integrity constraint violated - child record found"),
    ("ORA-01722", V, "oracle", "invalid number"),
    ("ORA-01438", V, "oracle", "value larger than specified precision"),
    ("ORA-12899", V, "oracle", "value too large for column"),
    ("ORA-01830", V, "oracle", "date format picture ends before converting entire input string"),
    ("ORA-01840", V, "oracle", "input value not long enough for date format"),
    ("ORA-01843", V, "oracle", "not a valid month"),
    ("ORA-01847", V, "oracle", "day of month must be between 1 and last day of month"),
    ("ORA-01861", V, "oracle", "literal does not match format string"),
    ("ORA-06502", V, "oracle", "PL/SQL: numeric or value error"),
    ("ORA-01017", P, "oracle", "invalid username/password; logon denied"),
    ("ORA-28000", P, "oracle", "the account is locked"),
    ("ORA-28001", P, "oracle", "the password has expired"),
    ("ORA-01031", P, "oracle", "insufficient privileges"),
    ("ORA-00942", P, "oracle", "table or view does not exist"),
    ("ORA-00904", P, "oracle", "invalid identifier"),
    ("ORA-00900", P, "oracle", "invalid SQL statement"),
    ("ORA-00933", P, "oracle", "SQL command not properly ended"),
    ("ORA-00936", P, "oracle", "missing expression"),
    ("ORA-06550", P, "oracle", "PL/SQL compilation error"),
    ("ORA-12154", P, "oracle", "could not resolve the connect identifier"),
    ("ORA-12545", P, "oracle", "target host or object does not exist"),
    ("ORA-01578", P, "oracle", "data block corrupted"),
)

# Oracle Database errors swept from Oracle's error reference (the "oracle" source) beyond the table above: SQL text
# or PL/SQL the code must fix (a clause or keyword missing, a column ambiguous or misplaced, a bind variable or
# cursor misused), logins the configuration must fix, a session or CPU limit of the user's profile (resource), space
# a segment cannot extend into (resource), values a date, string or partition key cannot hold (data), a table
# redefined under a reading query (transient).
_ORACLE_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("ORA-00911", P, "oracle", "invalid character in the SQL text"),
    ("ORA-00913", P, "oracle", "too many values"),
    ("ORA-00917", P, "oracle", "missing comma"),
    ("ORA-00918", P, "oracle", "column ambiguously defined"),
    ("ORA-00920", P, "oracle", "invalid relational operator"),
    ("ORA-00925", P, "oracle", "missing INTO keyword"),
    ("ORA-00926", P, "oracle", "missing VALUES keyword"),
    ("ORA-00937", P, "oracle", "not a single-group group function"),
    ("ORA-00947", P, "oracle", "not enough values"),
    ("ORA-00972", P, "oracle", "identifier is too long"),
    ("ORA-00979", P, "oracle", "not a GROUP BY expression"),
    ("ORA-00984", P, "oracle", "column not allowed here"),
    ("ORA-01001", P, "oracle", "invalid cursor"),
    ("ORA-01002", P, "oracle", "fetch out of sequence"),
    ("ORA-01005", P, "oracle", "null password given; logon denied"),
    ("ORA-01006", P, "oracle", "bind variable does not exist"),
    ("ORA-01009", P, "oracle", "missing mandatory parameter"),
    ("ORA-01045", P, "oracle", "user lacks CREATE SESSION privilege; logon denied"),
    ("ORA-01502", P, "oracle", "index or partition of such index is in unusable state"),
    ("ORA-01745", P, "oracle", "invalid host/bind variable name"),
    ("ORA-04043", P, "oracle", "object does not exist"),
    ("ORA-04063", P, "oracle", "the package body or view has errors"),
    ("ORA-12162", P, "oracle", "TNS: net service name is incorrectly specified"),
    ("ORA-12638", P, "oracle", "credential retrieval failed"),
    ("ORA-25153", P, "oracle", "temporary tablespace is empty"),
    ("ORA-28040", P, "oracle", "no matching authentication protocol"),
    ("ORA-02391", R, "oracle", "exceeded simultaneous SESSIONS_PER_USER limit"),
    ("ORA-02393", R, "oracle", "exceeded call limit on CPU usage (the profile's resource limit)"),
    ("ORA-01628", R, "oracle", "max # extents reached for rollback segment"),
    ("ORA-01650", R, "oracle", "unable to extend rollback segment"),
    ("ORA-01655", R, "oracle", "unable to extend cluster"),
    ("ORA-01658", R, "oracle", "unable to create INITIAL extent for segment in tablespace"),
    ("ORA-01683", R, "oracle", "unable to extend index partition"),
    ("ORA-01692", R, "oracle", "unable to extend lob segment partition"),
    ("ORA-01489", V, "oracle", "result of string concatenation is too long"),
    ("ORA-01704", V, "oracle", "string literal too long"),
    ("ORA-01839", V, "oracle", "date not valid for month specified"),
    ("ORA-01850", V, "oracle", "hour must be between 0 and 23"),
    ("ORA-01851", V, "oracle", "minutes must be between 0 and 59"),
    ("ORA-01852", V, "oracle", "seconds must be between 0 and 59"),
    ("ORA-01878", V, "oracle", "specified field not found in datetime or interval (a local time a DST change skips)"),
    ("ORA-14400", V, "oracle", "inserted partition key does not map to any partition"),
    ("ORA-22835", V, "oracle", "buffer too small for CLOB to CHAR or BLOB to RAW conversion"),
    ("ORA-01466", T, "oracle", "unable to read data - table definition has changed (a snapshot older than a DDL)"),
)

_ORACLEDB: tuple[tuple[str, str, str, str], ...] = (
    ("DPY-4011", T, "oracledb", "the database or network closed the connection"),
    ("DPY-6005", T, "oracledb", "cannot connect to database (a reason in the message refines it)"),
    ("DPY-6000", T, "oracledb", "cannot connect: listener refused connection"),
    ("DPY-4024", T, "oracledb", "call timeout exceeded"),
    ("DPY-4005", R, "oracledb", "timed out waiting for a connection from the pool: the pool is exhausted"),
    ("DPY-4027", P, "oracledb", "no configuration directory to search for tnsnames.ora"),
    ("DPY-4000", P, "oracledb", "cannot locate a DSN entry in tnsnames.ora"),
    ("DPY-3010", P, "oracledb", "this database version is not supported in thin mode"),
    ("DPY-3015", P, "oracledb", "password verifier type is not supported in thin mode"),
    ("DPY-1001", P, "oracledb", "not connected to database (used after close: a code bug)"),
    ("DPY-2019", P, "oracledb", "wrong argument: a code bug"),
)

# python-oracledb's own DPY- errors, swept from its error table (src/oracledb/errors.py ERR_MESSAGE_FORMATS): the
# driver's interface (1xxx) and argument (2xxx) errors and the features it does not support (3xxx) say the code or
# the configuration must change; the 4xxx numbers name their cause one by one (a number that does not parse is data).
_ORACLEDB_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("DPY-1002", P, "oracledb-errors", "connection pool is not open (used before open or after close: code)"),
    ("DPY-1003", P, "oracledb-errors", "the executed statement does not return rows (fetch after DML: code)"),
    ("DPY-1004", P, "oracledb-errors", "no statement executed (fetch before execute: code)"),
    ("DPY-1006", P, "oracledb-errors", "cursor is not open (code)"),
    ("DPY-2001", P, "oracledb-errors", "no statement specified and no prior statement prepared (code)"),
    ("DPY-2002", P, "oracledb-errors", "statement must be prepared first (code)"),
    ("DPY-2006", P, "oracledb-errors", "positional and named binds cannot be intermixed (code)"),
    ("DPY-2018", P, "oracledb-errors", "wallet file was not found (configuration)"),
    ("DPY-2021", P, "oracledb-errors", "init_oracle_client() must be called first (code)"),
    ("DPY-2025", P, "oracledb-errors", "invalid connection params (configuration)"),
    ("DPY-2027", P, "oracledb-errors", "invalid pool params (configuration)"),
    ("DPY-2043", V, "oracledb-errors", "an object attribute's value exceeds its maximum size (the data)"),
    ("DPY-2044", V, "oracledb-errors", "a collection element's value exceeds its maximum size (the data)"),
    ("DPY-2058", P, "oracledb-errors", "password in configuration must specify a type (configuration)"),
    ("DPY-2059", P, "oracledb-errors", "no connect descriptor in the configuration"),
    ("DPY-2064", P, "oracledb-errors", "pool parameter 'max' below 'min' (configuration)"),
    ("DPY-3001", P, "oracledb-errors", "the feature is only supported in the other (thin/thick) mode"),
    ("DPY-3002", P, "oracledb-errors", "a Python value of a type the driver does not support (code)"),
    ("DPY-3003", P, "oracledb-errors", "a Python type the driver does not support (code)"),
    ("DPY-3006", P, "oracledb-errors", "an Oracle data type the driver does not support"),
    ("DPY-3007", P, "oracledb-errors", "a database type the driver does not support"),
    ("DPY-3016", P, "oracledb-errors", "the cryptography package cannot be imported (installation)"),
    ("DPY-4001", P, "oracledb-errors", "no credentials specified (configuration)"),
    ("DPY-4004", V, "oracledb-errors", "invalid number (a value that does not parse as a number)"),
    ("DPY-4008", P, "oracledb-errors", "no bind placeholder of that name in the SQL text (code)"),
    ("DPY-4009", P, "oracledb-errors", "wrong number of positional bind values (code)"),
    ("DPY-4010", P, "oracledb-errors", "no value given for a bind placeholder (code)"),
    ("DPY-4012", V, "oracledb-errors", "invalid number: invalid exponent"),
    ("DPY-4013", V, "oracledb-errors", "invalid number: zero length string"),
    ("DPY-4014", V, "oracledb-errors", "invalid number: string too long"),
    ("DPY-4015", V, "oracledb-errors", "invalid number: empty exponent"),
    ("DPY-4016", V, "oracledb-errors", "invalid number (content after number)"),
    ("DPY-4017", P, "oracledb-errors", "invalid connect descriptor (configuration)"),
    ("DPY-4018", P, "oracledb-errors", "cannot parse connect string (configuration)"),
    ("DPY-4021", P, "oracledb-errors", "invalid protocol in the connect string (configuration)"),
    ("DPY-4026", P, "oracledb-errors", "a configuration file is missing or unreadable"),
    ("DPY-4033", T, "oracledb-errors", "the database closed the connection after its idle time: reconnect"),
    ("DPY-6001", P, "oracledb-errors", "service not registered with the listener (similar to ORA-12514)"),
    ("DPY-6002", P, "oracledb-errors", "the server certificate's DN does not match (TLS configuration)"),
    ("DPY-6003", P, "oracledb-errors", "SID not registered with the listener (similar to ORA-12505)"),
    ("DPY-6006", P, "oracledb-errors", "the name on the server certificate does not match (TLS configuration)"),
)

# Oracle's lock and concurrency states (ninth batch, as _MSSQL_CONCURRENCY): a transaction a failover cut off, which
# the same transaction re-run then passes, and the DML lock table at its configured size.
_ORACLE_CONCURRENCY: tuple[tuple[str, str, str, str], ...] = (
    ("ORA-25402", T, "oracle", "transaction must roll back (the instance failed over mid-transaction): roll back "
     "and re-run it"),
    ("ORA-25408", T, "oracle", "can not safely replay call after failover: re-run it"),
    ("ORA-00055", R, "oracle", "maximum number of DML locks exceeded (DML_LOCKS): locks must be freed first"),
)  # fmt: skip

# Oracle Cloud Infrastructure's API error codes (thirteenth batch, cloud and SaaS SDKs): the ``code`` of the error
# body, which oci-python-sdk's ServiceError prints in its dict-shaped message ("{'target_service': 'compute', 'status':
# 409, 'code': 'IncorrectState', ...}"). Several are words other vendors use with other meanings (NotAllowed, NotFound,
# a Kubernetes or AMQP reason), so the table is read only on the OCI SDK's classes (CLASS_SCOPED_VENDORS). The SDK's
# default retry strategy retries 409 IncorrectState besides 429 and 5xx (oci/retry: "409 with the code
# IncorrectState"): a resource still in a transitional lifecycle state, which settles by itself. Left out: the codes
# the generic service codes already read alike (InvalidParameter, TooManyRequests, NotAuthorizedOrNotFound, ...) and
# NotAuthorizedOrResourceAlreadyExists (a missing permission or an existing name: the reason does not say which).
# LimitExceeded, QuotaExceeded, NotAuthorized, MethodNotImplemented and the *NotFound codes meet the generic codes
# and patterns of the same category.
_OCI: tuple[tuple[str, str, str, str], ...] = (
    ("IncorrectState", T, "oci-api-errors", "409: the resource's lifecycle state conflicts with the request for now "
     "(another operation is still changing it); the SDK retries it"),
    ("ExternalServerIncorrectState", T, "oci-api-errors", "409: the external server is in a transitional state"),
    ("NoEtagMatch", T, "oci-api-errors", "412: the If-Match ETag is stale (optimistic concurrency): re-read, retry"),
    ("CannotParseRequest", V, "oci-api-errors", "400: the request body does not parse"),
    ("NotAuthenticated", P, "oci-api-errors", "401: the request's signature or credentials are not accepted"),
    ("SignUpRequired", P, "oci-api-errors", "402: the tenancy must subscribe to the service first"),
)  # fmt: skip

_MSSQL: tuple[tuple[str, str, str, str], ...] = (
    ("1205", T, "mssql", "deadlock victim; rerun the transaction"),
    ("1222", T, "mssql", "lock request time out period exceeded"),
    ("3960", T, "mssql", "snapshot isolation update conflict"),
    ("4060", T, "azure-sql", "cannot open database; listed as transient for Azure SQL"),
    ("40197", T, "azure-sql", "service error processing the request; retry"),
    ("40501", T, "azure-sql", "the service is currently busy"),
    ("40613", T, "azure-sql", "database not currently available"),
    ("49918", T, "azure-sql", "not enough resources to process the request; retry later"),
    ("49919", T, "azure-sql", "too many create or update operations in progress"),
    ("49920", T, "azure-sql", "too many operations in progress"),
    ("40549", T, "azure-sql", "session terminated: long-running transaction"),
    ("233", T, "mssql", "no process is on the other end of the pipe"),
    ("10053", T, "mssql", "connection aborted by the host"),
    ("10054", T, "mssql", "connection reset by the peer"),
    ("10060", T, "mssql", "connection attempt timed out"),
    ("922", T, "mssql", "database is being recovered"),
    ("701", R, "mssql", "insufficient system memory"),
    ("802", R, "mssql", "insufficient memory in the buffer pool"),
    ("1105", R, "mssql", "could not allocate space: filegroup full"),
    ("9002", R, "mssql", "the transaction log is full"),
    ("1204", R, "mssql", "cannot obtain a LOCK resource"),
    ("10928", R, "azure-sql", "resource limit (workers or sessions) reached"),
    ("10929", R, "azure-sql", "resource limit reached"),
    ("40544", R, "azure-sql", "database reached its size quota"),
    ("40551", R, "azure-sql", "session terminated: excessive TEMPDB usage"),
    ("40552", R, "azure-sql", "session terminated: excessive transaction log space"),
    ("40553", R, "azure-sql", "session terminated: excessive memory usage"),
    ("2627", V, "mssql", "violation of a PRIMARY KEY or UNIQUE constraint"),
    ("2601", V, "mssql", "cannot insert duplicate key row"),
    ("547", V, "mssql", "statement conflicted with a constraint"),
    ("515", V, "mssql", "cannot insert the value NULL"),
    ("8152", V, "mssql", "string or binary data would be truncated"),
    ("2628", V, "mssql", "string or binary data would be truncated in a column"),
    ("245", V, "mssql", "conversion failed"),
    ("241", V, "mssql", "conversion failed converting date and/or time"),
    ("8115", V, "mssql", "arithmetic overflow"),
    ("8134", V, "mssql", "divide by zero"),
    ("20009", T, "freetds", "SYBECONN: unable to connect: Adaptive Server is unavailable or does not exist"),
    ("20002", T, "freetds", "SYBEFCON: Adaptive Server connection failed"),
    ("20003", T, "freetds", "SYBETIME: Adaptive Server connection timed out"),
    ("20004", T, "freetds", "SYBEREAD: read from the server failed"),
    ("20006", T, "freetds", "SYBEWRIT: write to the server failed"),
    ("20047", T, "freetds", "SYBEDEAD: DBPROCESS is dead or not enabled"),
    (
        "4221",
        T,
        "azure-sql",
        "login to read-secondary failed: long wait on HADR_DATABASE_WAIT_FOR_TRANSITION_TO_VERSIONING",
    ),
    ("615", T, "azure-sql", "could not find database ID; listed as transient"),
    ("17142", T, "mssql", "the server is paused"),
    ("18401", T, "mssql", "login failed: server is in script upgrade mode"),
    ("8645", R, "mssql", "a timeout occurred while waiting for memory resources"),
    ("18456", P, "mssql", "login failed for user"),
    ("18452", P, "mssql", "login is from an untrusted domain"),
    ("4064", P, "mssql", "cannot open user default database"),
    ("40615", P, "azure-sql", "cannot open server: client IP not allowed by the firewall"),
    ("40532", P, "azure-sql", "cannot open server requested by the login"),
    ("926", P, "mssql", "database cannot be opened: marked suspect"),
    ("2714", P, "mssql", "there is already an object named ... in the database"),
    ("213", P, "mssql", "column name or number of supplied values does not match table definition"),
    ("8114", V, "mssql", "error converting data type"),
    ("242", V, "mssql", "conversion resulted in an out-of-range datetime value"),
    ("18486", P, "mssql", "login failed: the account is locked out"),
    ("229", P, "mssql", "permission denied on the object"),
    ("262", P, "mssql", "permission denied in the database"),
    ("916", P, "mssql", "the server principal cannot access the database"),
    ("208", P, "mssql", "invalid object name"),
    ("207", P, "mssql", "invalid column name"),
    ("102", P, "mssql", "incorrect syntax"),
    ("156", P, "mssql", "incorrect syntax near a keyword"),
    ("2812", P, "mssql", "could not find stored procedure"),
)

# SQL Server engine errors swept from Microsoft's list of database engine errors (the "mssql" source): the statement or
# the schema is wrong or a permission is missing (code, configuration), a value does not convert or a MERGE's source
# repeats a row (data), an availability-group replica not in a serving role, a database lock held by another session
# or a session being killed (transient), a memory grant or a filegroup out of space (resource).
_MSSQL_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("109", P, "mssql", "there are more columns in the INSERT statement than values"),
    ("110", P, "mssql", "there are fewer columns in the INSERT statement than values"),
    ("266", P, "mssql", "transaction count after EXECUTE indicates mismatching BEGIN and COMMIT"),
    ("297", P, "mssql", "the user does not have permission to perform this action"),
    ("1913", V, "mssql", "an index or statistics with that name already exists on the table"),
    ("1934", P, "mssql", "the statement failed because SET options have incorrect settings"),
    ("2705", P, "mssql", "column names in each table must be unique"),
    ("3701", P, "mssql", "cannot drop the object because it does not exist or you do not have permission"),
    ("3902", P, "mssql", "the COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION"),
    ("3903", P, "mssql", "the ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION"),
    ("3930", P, "mssql", "the current transaction cannot be committed: the code must roll back (as 25P02)"),
    ("8116", P, "mssql", "argument data type is invalid for the function's argument"),
    ("8178", P, "mssql", "the parameterized query expects a parameter that was not supplied"),
    ("15151", P, "mssql", "cannot find the object or user because it does not exist or you do not have permission"),
    ("18470", P, "mssql", "login failed: the account is disabled"),
    ("18487", P, "mssql", "login failed: the password has expired"),
    ("18488", P, "mssql", "login failed: the password must be changed"),
    ("8003", V, "mssql", "the request has too many parameters (more than 2,100), as PostgreSQL's 54023"),
    ("8169", V, "mssql", "conversion failed when converting from a character string to uniqueidentifier"),
    ("8672", V, "mssql", "the MERGE statement attempted to UPDATE or DELETE the same row more than once"),
    ("596", T, "mssql", "cannot continue the execution because the session is in the kill state"),
    ("976", T, "mssql", "the database is in an availability group and not accessible for queries right now"),
    ("983", T, "mssql", "the availability database replica is not in the PRIMARY or SECONDARY role"),
    ("1807", T, "mssql", "could not obtain an exclusive lock on the database"),
    ("1101", R, "mssql", "could not allocate a new page: insufficient disk space in the filegroup"),
    ("8651", R, "mssql", "the requested memory grant was not available from the resource pool"),
)

# Azure SQL's storage limits of elastic pools and managed instances (pymssql "(1132, b'...')", pyodbc "... (1132)"):
# like 40544 (a database at its size quota), data must be freed or the limit raised before a write can succeed.
_AZURE_SQL_STORAGE: tuple[tuple[str, str, str, str], ...] = (
    ("1132", R, "azure-sql", "the elastic pool has reached its storage limit"),
    ("1133", R, "azure-sql", "the managed instance has reached its storage limit"),
)  # fmt: skip

# ---- databases' lock and concurrency states (ninth batch): conflicts the engine resolves by aborting one transaction,
# which the same transaction re-run then passes; and lock tables at their configured size (Oracle's: after _ORACLE).
_MSSQL_CONCURRENCY: tuple[tuple[str, str, str, str], ...] = (
    ("41301", T, "mssql-inmemory", "a transaction this one depended on aborted: this one can no longer commit; retry"),
    ("41302", T, "mssql-inmemory", "a record updated since the transaction started (write conflict): retry"),
    ("41305", T, "mssql-inmemory", "repeatable read validation failure at commit: retry"),
    ("41325", T, "mssql-inmemory", "serializable validation failure at commit: retry"),
    ("3961", T, "mssql", "snapshot isolation transaction failed: a concurrent DDL modified the object; retry"),
)  # fmt: skip

_SNOWFLAKE: tuple[tuple[str, str, str, str], ...] = (
    ("000630", T, "snowflake-docs", "statement reached its statement or warehouse timeout"),
    ("000625", T, "snowflake-docs", "statement aborted; the warehouse was suspended or resized"),
    ("000604", T, "snowflake-docs", "SQL execution canceled"),
    ("250001", T, "snowflake", "could not connect (a reason in the message refines it)"),
    ("250003", T, "snowflake", "failed to get the response (network)"),
    ("251005", P, "snowflake", "user is empty"),
    ("251006", P, "snowflake", "password is empty"),
    ("390100", P, "snowflake-docs", "incorrect username or password"),
    ("390144", P, "snowflake-docs", "JWT token is invalid"),
    ("390318", P, "snowflake-docs", "OAuth access token expired"),
    ("390189", P, "snowflake-docs", "role not granted to the user"),
    ("390201", P, "snowflake-docs", "requested database does not exist or not authorized"),
    ("002003", P, "snowflake-docs", "object does not exist or not authorized"),
    ("001003", P, "snowflake-docs", "SQL compilation error: syntax error"),
    ("000606", P, "snowflake-docs", "no active warehouse selected"),
    ("090105", P, "snowflake-docs", "cannot perform the operation: no current database"),
    ("100038", V, "snowflake-docs", "numeric value is not recognized"),
    ("100035", V, "snowflake-docs", "timestamp is not recognized"),
    ("100040", V, "snowflake-docs", "date is not recognized"),
    ("100072", V, "snowflake-docs", "NULL result in a non-nullable column"),
    ("100069", V, "snowflake-docs", "error parsing JSON"),
)

# snowflake-connector-python's own error numbers (src/snowflake/connector/errorcode.py), swept: the client's setup is
# wrong or incomplete (no account, bad private key, no host, a missing optional package, a stage path that is not
# there), the code misuses the cursor, or the connection timed out (a retry works).
_SNOWFLAKE_CONNECTOR: tuple[tuple[str, str, str, str], ...] = (
    ("250004", P, "snowflake", "ER_NOT_HTTPS_USED"),
    ("250011", P, "snowflake", "ER_INVALID_CERTIFICATE"),
    ("250012", P, "snowflake", "ER_INVALID_BACKOFF_POLICY"),
    ("251001", P, "snowflake", "ER_NO_ACCOUNT_NAME"),
    ("251002", P, "snowflake", "ER_OLD_PYTHON"),
    ("251008", P, "snowflake", "ER_INVALID_PRIVATE_KEY"),
    ("251009", P, "snowflake", "ER_NO_HOSTNAME_FOUND"),
    ("251011", T, "snowflake", "ER_CONNECTION_TIMEOUT"),
    ("251012", T, "snowflake", "ER_RETRYABLE_CODE"),
    ("251013", P, "snowflake", "ER_NO_CLIENT_ID"),
    ("251017", P, "snowflake", "ER_INVALID_WIF_SETTINGS"),
    ("251018", P, "snowflake", "ER_WIF_CREDENTIALS_NOT_FOUND"),
    ("251020", P, "snowflake", "ER_NO_CLIENT_SECRET"),
    ("252004", P, "snowflake", "ER_FAILED_PROCESSING_PYFORMAT (the parameters do not fit the pyformat placeholders)"),
    ("252006", P, "snowflake", "ER_CURSOR_IS_CLOSED (a closed cursor used: code)"),
    ("252008", P, "snowflake", "ER_UNSUPPORTED_METHOD"),
    ("252012", P, "snowflake", "ER_FAILED_PROCESSING_QMARK (the parameters do not fit the qmark placeholders)"),
    ("253004", P, "snowflake", "ER_INVALID_STAGE_LOCATION"),
    ("253005", P, "snowflake", "ER_LOCAL_PATH_NOT_DIRECTORY"),
    ("253006", P, "snowflake", "ER_FILE_NOT_EXISTS"),
    ("253007", P, "snowflake", "ER_COMPRESSION_NOT_SUPPORTED"),
    ("254007", P, "snowflake", "ER_OCSP_RESPONSE_CERT_STATUS_REVOKED"),
    ("255002", P, "snowflake", "ER_NO_PYARROW"),
    ("255004", P, "snowflake", "ER_NO_PYARROW_SNOWSQL"),
    ("255006", P, "snowflake", "ER_NO_NUMPY"),
)

# Snowflake server codes the table above lacks, where the SQLSTATE class says otherwise: no current schema (as 090105,
# no current database; its SQLSTATE 22000 would read as data), an object that already exists (42710: as every store's
# already-exists code), an expired session token and a network policy refusing the client's IP (as 390318 and the
# 08001 connection class would read as transient).
_SNOWFLAKE_SQL: tuple[tuple[str, str, str, str], ...] = (
    ("090106", P, "snowflake-docs", "cannot perform the operation: no current schema"),
    ("002002", V, "snowflake-docs", "SQL compilation error: object already exists"),
    ("390114", P, "snowflake-docs", "authentication token has expired: the user must authenticate again"),
    ("390422", P, "snowflake-docs", "the request's IP is not allowed to access Snowflake (network policy)"),
)

_CASSANDRA: tuple[tuple[str, str, str, str], ...] = (
    ("0000", T, "cassandra", "server error"),
    ("000A", P, "cassandra", "protocol error"),
    ("0100", P, "cassandra", "bad credentials"),
    ("1000", T, "cassandra", "unavailable: not enough live replicas"),
    ("1001", T, "cassandra", "overloaded"),
    ("1002", T, "cassandra", "is bootstrapping"),
    ("1003", T, "cassandra", "truncate error"),
    ("1100", T, "cassandra", "write timeout"),
    ("1200", T, "cassandra", "read timeout"),
    ("1300", T, "cassandra", "read failure"),
    ("1400", P, "cassandra", "function failure"),
    ("1500", T, "cassandra", "write failure"),
    ("2000", P, "cassandra", "syntax error"),
    ("2100", P, "cassandra", "unauthorized"),
    ("2200", V, "cassandra", "invalid query"),
    ("2300", P, "cassandra", "config error"),
    ("2400", V, "cassandra", "already exists"),
    ("2500", T, "cassandra", "unprepared: re-prepare and retry"),
)

# Native protocol v5's codes the v4 table lacks (doc/native_protocol_v5.spec section 9, apache/cassandra; the driver's
# protocol.py CDCWriteException): the CDC log space is full; a lightweight transaction's outcome is unknown (a
# contended Paxos round timed out), which the driver's retry policy treats as a write timeout.
_CASSANDRA_V5: tuple[tuple[str, str, str, str], ...] = (
    ("1600", R, "cassandra-v5", "CDC write failure: the CDC log space (cdc_total_space) is full"),
    ("1700", T, "cassandra-v5", "CAS write unknown: the lightweight transaction timed out in contention"),
)

# Why a read or write failed on a replica (``... failures: READ_TOO_MANY_TOMBSTONES from /10.0.4.22``):
# more specific than the failure code (1300/1500) that carries it.
_CASSANDRA_REASONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "READ_TOO_MANY_TOMBSTONES",
        P,
        "cassandra-reasons",
        "tombstone_failure_threshold: the same read fails until the data model, the query or compaction changes",
    ),
    ("READ_SIZE", P, "cassandra-reasons", "read size guardrail: the same read fails until the query changes"),
    ("READ_TOO_MANY_INDEXES", P, "cassandra-reasons", "the query touches more indexes than allowed"),
    ("TIMEOUT", T, "cassandra-reasons", "a replica timed out"),
    ("NODE_DOWN", T, "cassandra-reasons", "a replica was down"),
    ("INDEX_NOT_AVAILABLE", T, "cassandra-reasons", "the index is still building"),
    ("INDEX_BUILD_IN_PROGRESS", T, "cassandra-reasons", "the index is still building"),
    ("COORDINATOR_BEHIND", T, "cassandra-reasons", "the coordinator's cluster metadata is behind; retry"),
)

_CLICKHOUSE: tuple[tuple[str, str, str, str], ...] = (
    ("159", T, "clickhouse", "TIMEOUT_EXCEEDED"),
    ("209", T, "clickhouse", "SOCKET_TIMEOUT"),
    ("210", T, "clickhouse", "NETWORK_ERROR"),
    ("394", T, "clickhouse", "QUERY_WAS_CANCELLED"),
    ("425", T, "clickhouse", "SYSTEM_ERROR"),
    ("999", T, "clickhouse", "KEEPER_EXCEPTION"),
    ("242", T, "clickhouse", "TABLE_IS_READ_ONLY (replica lost its Keeper session)"),
    ("319", T, "clickhouse", "UNKNOWN_STATUS_OF_INSERT"),
    ("202", R, "clickhouse", "TOO_MANY_SIMULTANEOUS_QUERIES"),
    ("241", R, "clickhouse", "MEMORY_LIMIT_EXCEEDED"),
    ("243", R, "clickhouse", "NOT_ENOUGH_SPACE"),
    ("252", R, "clickhouse", "TOO_MANY_PARTS"),
    ("203", R, "clickhouse", "NO_FREE_CONNECTION"),
    ("201", R, "clickhouse", "QUOTA_EXCEEDED (a ClickHouse quota, not a rate)"),
    ("60", P, "clickhouse", "UNKNOWN_TABLE"),
    ("81", P, "clickhouse", "UNKNOWN_DATABASE"),
    ("47", P, "clickhouse", "UNKNOWN_IDENTIFIER"),
    ("62", P, "clickhouse", "SYNTAX_ERROR"),
    ("46", P, "clickhouse", "UNKNOWN_FUNCTION"),
    ("16", P, "clickhouse", "NO_SUCH_COLUMN_IN_TABLE"),
    ("497", P, "clickhouse", "ACCESS_DENIED"),
    ("516", P, "clickhouse", "AUTHENTICATION_FAILED"),
    ("192", P, "clickhouse", "UNKNOWN_USER"),
    ("193", P, "clickhouse", "WRONG_PASSWORD"),
    ("48", P, "clickhouse", "NOT_IMPLEMENTED"),
    ("6", V, "clickhouse", "CANNOT_PARSE_TEXT"),
    ("27", V, "clickhouse", "CANNOT_PARSE_INPUT_ASSERTION_FAILED"),
    ("26", V, "clickhouse", "CANNOT_PARSE_QUOTED_STRING"),
    ("38", V, "clickhouse", "CANNOT_PARSE_DATE"),
    ("41", V, "clickhouse", "CANNOT_PARSE_DATETIME"),
    ("53", V, "clickhouse", "TYPE_MISMATCH"),
    ("70", V, "clickhouse", "CANNOT_CONVERT_TYPE"),
    ("117", V, "clickhouse", "INCORRECT_DATA"),
    ("69", V, "clickhouse", "ARGUMENT_OUT_OF_BOUND"),
)

# More ClickHouse error codes.
_CLICKHOUSE_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("236", T, "clickhouse", "ABORTED (a merge or query was cancelled)"),
    ("279", T, "clickhouse", "ALL_CONNECTION_TRIES_FAILED"),
    ("285", T, "clickhouse", "TOO_FEW_LIVE_REPLICAS (for the insert quorum)"),
    ("286", T, "clickhouse", "UNSATISFIED_QUORUM_FOR_PREVIOUS_WRITE"),
    ("164", P, "clickhouse", "READONLY: the user's settings forbid writes"),
    ("291", P, "clickhouse", "DATABASE_ACCESS_DENIED"),
    ("349", V, "clickhouse", "CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN"),
)

# ClickHouse codes swept from the driver's mirror of the server's code list (clickhouse_driver/errors.py ErrorCodes,
# mymarilyn/clickhouse-driver; src/Common/ErrorCodes.cpp upstream), each whose name says the category alone: the query
# names what does not exist or is written wrong (code), a value does not parse or fit its type or an object already
# exists (data, as the other stores' already-exists codes), a replica,
# ZooKeeper or a locked part or session is briefly unavailable (transient), memory cannot be allocated (resource).
_CLICKHOUSE_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("8", P, "clickhouse-driver", "THERE_IS_NO_COLUMN"),
    ("10", P, "clickhouse-driver", "NOT_FOUND_COLUMN_IN_BLOCK"),
    ("15", P, "clickhouse-driver", "DUPLICATE_COLUMN"),
    ("34", P, "clickhouse-driver", "TOO_MANY_ARGUMENTS_FOR_FUNCTION"),
    ("35", P, "clickhouse-driver", "TOO_LESS_ARGUMENTS_FOR_FUNCTION"),
    ("42", P, "clickhouse-driver", "NUMBER_OF_ARGUMENTS_DOESNT_MATCH"),
    ("43", P, "clickhouse-driver", "ILLEGAL_TYPE_OF_ARGUMENT (a function called with a column of the wrong type)"),
    ("44", P, "clickhouse-driver", "ILLEGAL_COLUMN"),
    ("50", P, "clickhouse-driver", "UNKNOWN_TYPE"),
    ("56", P, "clickhouse-driver", "UNKNOWN_STORAGE (no such table engine)"),
    ("57", V, "clickhouse-driver", "TABLE_ALREADY_EXISTS (as Cassandra's 2400, gRPC's ALREADY_EXISTS)"),
    ("63", P, "clickhouse-driver", "UNKNOWN_AGGREGATE_FUNCTION"),
    ("73", P, "clickhouse-driver", "UNKNOWN_FORMAT"),
    ("82", V, "clickhouse-driver", "DATABASE_ALREADY_EXISTS"),
    ("115", P, "clickhouse-driver", "UNKNOWN_SETTING"),
    ("119", P, "clickhouse-driver", "ENGINE_REQUIRED"),
    ("179", P, "clickhouse-driver", "MULTIPLE_EXPRESSIONS_FOR_ALIAS"),
    ("184", P, "clickhouse-driver", "ILLEGAL_AGGREGATION"),
    ("194", P, "clickhouse-driver", "REQUIRED_PASSWORD"),
    ("195", P, "clickhouse-driver", "IP_ADDRESS_NOT_ALLOWED"),
    ("207", P, "clickhouse-driver", "AMBIGUOUS_IDENTIFIER"),
    ("215", P, "clickhouse-driver", "NOT_AN_AGGREGATE"),
    ("217", P, "clickhouse-driver", "CLIENT_HAS_CONNECTED_TO_WRONG_PORT"),
    ("344", P, "clickhouse-driver", "SUPPORT_IS_DISABLED"),
    ("352", P, "clickhouse-driver", "AMBIGUOUS_COLUMN_NAME"),
    ("358", P, "clickhouse-driver", "INTO_OUTFILE_NOT_ALLOWED"),
    ("359", P, "clickhouse-driver", "TABLE_SIZE_EXCEEDS_MAX_DROP_SIZE_LIMIT (max_table_size_to_drop)"),
    ("386", P, "clickhouse-driver", "NO_COMMON_TYPE"),
    ("392", P, "clickhouse-driver", "QUERY_IS_PROHIBITED"),
    ("19", V, "clickhouse-driver", "SIZE_OF_FIXED_STRING_DOESNT_MATCH"),
    ("25", V, "clickhouse-driver", "CANNOT_PARSE_ESCAPE_SEQUENCE"),
    ("72", V, "clickhouse-driver", "CANNOT_PARSE_NUMBER"),
    ("131", V, "clickhouse-driver", "TOO_LARGE_STRING_SIZE"),
    ("321", V, "clickhouse-driver", "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE"),
    ("376", V, "clickhouse-driver", "CANNOT_PARSE_UUID"),
    ("441", V, "clickhouse-driver", "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING"),
    ("225", T, "clickhouse-driver", "NO_ZOOKEEPER (the coordination service is unreachable for now)"),
    ("265", T, "clickhouse-driver", "NO_AVAILABLE_REPLICA"),
    ("364", T, "clickhouse-driver", "RECEIVED_ERROR_TOO_MANY_REQUESTS"),
    ("373", T, "clickhouse-driver", "SESSION_IS_LOCKED (another query uses the session)"),
    ("384", T, "clickhouse-driver", "PART_IS_TEMPORARILY_LOCKED"),
    ("173", R, "clickhouse-driver", "CANNOT_ALLOCATE_MEMORY"),
)

# ClickHouse codes of the message-template sweep (issue 10; src/Common/ErrorCodes.cpp, ClickHouse/ClickHouse): a query
# over its read or result limits ("Limit for rows (controlled by 'max_rows_to_read' setting) exceeded", "Limit for
# result exceeded") asks for more than the settings allow: the query must narrow; a server whose thread pool has no
# free thread ("Cannot schedule a task: no free thread") must get capacity back.
_CLICKHOUSE_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("158", V, "clickhouse", "TOO_MANY_ROWS (max_rows_to_read and the like)"),
    ("307", V, "clickhouse", "TOO_MANY_BYTES (max_bytes_to_read and the like)"),
    ("396", V, "clickhouse", "TOO_MANY_ROWS_OR_BYTES (max_result_rows, max_result_bytes)"),
    ("439", R, "clickhouse", "CANNOT_SCHEDULE_TASK: the global thread pool has no free thread"),
)

_ENTRA: tuple[tuple[str, str, str, str], ...] = (
    ("AADSTS7000222", P, "entra", "the client secret keys are expired"),
    ("AADSTS7000215", P, "entra", "invalid client secret"),
    ("AADSTS700016", P, "entra", "application not found in the directory"),
    ("AADSTS50126", P, "entra", "invalid username or password"),
    ("AADSTS90002", P, "entra", "tenant not found"),
    ("AADSTS50034", P, "entra", "user account does not exist"),
    ("AADSTS65001", P, "entra", "the user or administrator has not consented"),
    ("AADSTS50076", P, "entra", "multi-factor authentication required"),
    ("AADSTS70043", P, "entra", "refresh token expired"),
    ("AADSTS50196", T, "entra", "loop detected: the client retried too fast"),
    ("AADSTS90033", T, "entra", "a transient error has occurred; try again"),
    ("AADSTS50053", P, "entra", "account locked"),
)

# ---- Microsoft Entra ID sign-in codes (tenth batch, SaaS auth): MSAL returns and applications raise the AADSTS code
# the token endpoint sent. A grant, code or token that is expired, revoked or already redeemed, a user who must sign in
# interactively, an application or tenant setup the request does not fit: the credentials or the configuration must
# change (a retry of the same request fails the same way). A request missing a required parameter is validation.
_ENTRA_SIGN_IN: tuple[tuple[str, str, str, str], ...] = (
    ("AADSTS50173", P, "entra", "the provided grant has expired due to it being revoked: a fresh auth token is needed"),
    ("AADSTS700082", P, "entra", "the refresh token has expired due to inactivity: the user must sign in again"),
    ("AADSTS70008", P, "entra", "the authorization code or refresh token has expired"),
    ("AADSTS54005", P, "entra", "the OAuth2 authorization code was already redeemed: a new code is needed"),
    ("AADSTS70000", P, "entra", "the provided grant is invalid or malformed (InvalidGrant)"),
    ("AADSTS50079", P, "entra", "the user must enroll in multi-factor authentication"),
    ("AADSTS50055", P, "entra", "the user's password is expired"),
    ("AADSTS50057", P, "entra", "the user account is disabled"),
    ("AADSTS50058", P, "entra", "a silent sign-in request without a signed-in user: interaction required"),
    ("AADSTS50011", P, "entra", "the redirect URI does not match those configured for the application"),
    ("AADSTS500011", P, "entra", "the resource principal was not found in the tenant"),
    ("AADSTS50020", P, "entra", "the user account from the identity provider does not exist in the tenant"),
    ("AADSTS53003", P, "entra", "access has been blocked by Conditional Access policies"),
    ("AADSTS50105", P, "entra", "the signed-in user is not assigned to a role for the application"),
    ("AADSTS90094", P, "entra", "the grant requires administrator consent"),
    ("AADSTS7000112", P, "entra", "the application is disabled"),
    ("AADSTS700027", P, "entra", "the client assertion's signature failed verification"),
    ("AADSTS7000218", P, "entra", "the request needs client_assertion or client_secret: the client's setup lacks it"),
    ("AADSTS90014", V, "entra", "a required field is missing from the request"),
    ("AADSTS900144", V, "entra", "the request body must contain a parameter it lacks"),
)  # fmt: skip

_MYSQL_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("1792", T, "mysql", "cannot execute statement in a READ ONLY transaction (failover)"),
    ("1615", T, "mysql", "prepared statement needs to be re-prepared"),
    ("1412", T, "mysql", "table definition has changed, please retry transaction"),
    ("1099", T, "mysql", "table was locked with a READ lock and can't be updated"),
    ("1197", R, "mysql", "multi-statement transaction required more than max_binlog_cache_size"),
    ("1436", R, "mysql", "thread stack overrun"),
    ("1370", P, "mysql", "execute command denied to user"),
    ("1356", P, "mysql", "view references invalid table(s) or column(s)"),
    ("1318", P, "mysql", "incorrect number of arguments for procedure"),
    ("1267", P, "mysql", "illegal mix of collations"),
    ("2061", P, "mysql", "authentication plugin reported error (secure connection required)"),
    ("2014", P, "mysql", "commands out of sync: a code bug"),
    ("3140", V, "mysql", "invalid JSON text"),
    ("1525", V, "mysql", "incorrect value"),
    ("1136", P, "mysql", "column count doesn't match value count: the statement is wrong"),
)

# MySQL server errors swept from MySQL's server error reference beyond MYSQL_CODES and the tables above: SQL text and
# DDL the code must fix (an ambiguous column, a GROUP BY under ONLY_FULL_GROUP_BY, a key too long, a derived table
# without an alias, safe-update mode), grants and users that do not exist; values the column cannot hold (data).
_MYSQL_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("1052", P, "mysql", "ER_NON_UNIQ_ERROR: column is ambiguous"),
    ("1055", P, "mysql", "ER_WRONG_FIELD_WITH_GROUP: not in GROUP BY clause (only_full_group_by)"),
    ("1061", V, "mysql", "ER_DUP_KEYNAME: duplicate key name (already exists)"),
    ("1067", P, "mysql", "ER_INVALID_DEFAULT: invalid default value"),
    ("1068", P, "mysql", "ER_MULTIPLE_PRI_KEY: multiple primary key defined"),
    ("1069", P, "mysql", "ER_TOO_MANY_KEYS"),
    ("1071", P, "mysql", "ER_TOO_LONG_KEY: specified key was too long"),
    ("1074", P, "mysql", "ER_TOO_BIG_FIELDLENGTH: column length too big"),
    ("1101", P, "mysql", "ER_BLOB_CANT_HAVE_DEFAULT"),
    ("1102", P, "mysql", "ER_WRONG_DB_NAME: incorrect database name"),
    ("1103", P, "mysql", "ER_WRONG_TABLE_NAME: incorrect table name"),
    ("1109", P, "mysql", "ER_UNKNOWN_TABLE: unknown table in MULTI DELETE"),
    ("1111", P, "mysql", "ER_INVALID_GROUP_FUNC_USE: invalid use of group function"),
    ("1140", P, "mysql", "ER_MIX_OF_GROUP_FUNC_AND_FIELDS"),
    ("1141", P, "mysql", "ER_NONEXISTING_GRANT: there is no such grant defined"),
    ("1166", P, "mysql", "ER_WRONG_COLUMN_NAME: incorrect column name"),
    ("1175", P, "mysql", "ER_UPDATE_WITHOUT_KEY_IN_SAFE_MODE: safe update mode and no WHERE with a key"),
    ("1211", P, "mysql", "ER_NO_PERMISSION_TO_CREATE_USER"),
    ("1222", P, "mysql", "ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT: the SELECTs have a different number of columns"),
    ("1248", P, "mysql", "ER_DERIVED_MUST_HAVE_ALIAS: every derived table must have its own alias"),
    ("1271", P, "mysql", "ER_CANT_AGGREGATE_NCOLLATIONS: illegal mix of collations for operation"),
    ("1396", P, "mysql", "ER_CANNOT_USER: operation on a user failed"),
    ("1701", P, "mysql", "ER_TRUNCATE_ILLEGAL_FK: cannot truncate a table referenced in a foreign key constraint"),
    ("3098", P, "mysql", "ER_BEFORE_DML_VALIDATION_ERROR: Group Replication refuses a table without a primary key"),
    ("3948", P, "mysql", "ER_CLIENT_LOCAL_FILES_DISABLED: loading local data is disabled"),
    ("1300", V, "mysql", "ER_INVALID_CHARACTER_STRING: invalid character string for the column's charset"),
    ("1365", V, "mysql", "ER_DIVISION_BY_ZERO (as PostgreSQL's 22012)"),
    ("1416", V, "mysql", "ER_CANT_CREATE_GEOMETRY_OBJECT: the value is not a geometry"),
    ("3146", V, "mysql", "ER_INVALID_TYPE_FOR_JSON: invalid data type for JSON data"),
)

# More MySQL server errors (pymysql raises numbers it does not map as OperationalError, whatever they mean).
_MYSQL_SERVER: tuple[tuple[str, str, str, str], ...] = (
    ("3101", T, "mysql", "group replication rolled the transaction back (a certification conflict): retry"),
    ("1223", T, "mysql", "a conflicting read lock is held"),
    ("3159", P, "mysql", "the server requires secure transport: the client's TLS configuration must change"),
    ("1215", P, "mysql", "cannot add foreign key constraint: the schema change is wrong"),
    ("1419", P, "mysql", "SUPER privilege required (binary logging of routines)"),
    ("1526", V, "mysql", "no partition for the row's value: the data falls outside the partitioning"),
    ("1169", V, "mysql", "can't write: a unique constraint"),
    ("1644", V, "mysql", "SIGNAL from a trigger or routine: the application's own check rejected the input"),
)

# ---- TiDB's own error numbers (ninth batch): TiDB speaks the MySQL protocol and returns MySQL's numbers where it can,
# plus these (8000-9999, a range MySQL's server and client errors do not use), as PyMySQL ("(9007, 'Write conflict,
# ...')") and mysql-connector ("9007 (HY000): Write conflict, ...") print them. Write conflicts, a busy or unreachable
# storage layer and a region without its replicas clear on retry; a per-query memory quota is capacity; a transaction
# that outlives the GC life time fails the same way until the setting (or the transaction's length) changes.
_TIDB: tuple[tuple[str, str, str, str], ...] = (
    ("8001", R, "tidb", "the request's memory exceeds the tidb_mem_quota_query threshold"),
    ("8002", T, "tidb", "SELECT FOR UPDATE hit a commit conflict: 'the application can safely retry the whole "
     "transaction'"),
    ("8005", T, "tidb", "write conflict, txnStartTS is stale: retry the write"),
    ("8022", T, "tidb", "KV error safe to retry"),
    ("8028", T, "tidb", "the information schema changed during the statement (a concurrent DDL): retry"),
    ("9001", T, "tidb", "PD server timeout"),
    ("9002", T, "tidb", "TiKV server timeout"),
    ("9003", T, "tidb", "TiKV server is busy (high load)"),
    ("9004", T, "tidb", "resolve lock timeout (lock contention)"),
    ("9005", T, "tidb", "region is unavailable (a Raft group without enough replicas, a TiKV node down or busy)"),
    ("9006", P, "tidb", "GC life time is shorter than the transaction duration: tidb_gc_life_time must grow (or the "
     "transaction shrink)"),
    ("9007", T, "tidb", "write conflict in TiKV: retry the transaction"),
)  # fmt: skip

_TWILIO: tuple[tuple[str, str, str, str], ...] = (
    ("20003", P, "twilio", "authentication error: bad credentials"),
    ("20404", P, "twilio", "the requested resource was not found"),
    ("20429", T, "twilio", "too many requests"),
    ("20500", T, "twilio", "internal server error"),
    ("20503", T, "twilio", "service unavailable"),
    ("21211", V, "twilio", "invalid 'To' phone number"),
    ("21212", V, "twilio", "invalid 'From' phone number"),
    ("21408", P, "twilio", "permission to send an SMS has not been enabled for the region"),
    ("21608", P, "twilio", "trial accounts can only send to verified numbers"),
    ("21610", V, "twilio", "message cannot be sent to an unsubscribed recipient"),
    ("21614", V, "twilio", "'To' number is not a valid mobile number"),
    ("21617", V, "twilio", "the body exceeds the 1600 character limit"),
    ("30001", R, "twilio", "queue overflow: too many messages queued"),
)

_TWILIO_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("21611", R, "twilio",
     "this 'From' number has exceeded the maximum number of queued messages: the queue must drain first"),
)  # fmt: skip

_SLACK: tuple[tuple[str, str, str, str], ...] = (
    ("ratelimited", T, "slack", "rate limited"),
    ("rate_limited", T, "slack", "rate limited"),
    ("fatal_error", T, "slack", "server error; retry"),
    ("internal_error", T, "slack", "server error; retry"),
    ("service_unavailable", T, "slack", "service unavailable"),
    ("request_timeout", T, "slack", "request timed out"),
    ("invalid_auth", P, "slack", "bad token"),
    ("not_authed", P, "slack", "no token"),
    ("account_inactive", P, "slack", "account deactivated"),
    ("token_revoked", P, "slack", "token revoked"),
    ("token_expired", P, "slack", "token expired"),
    ("missing_scope", P, "slack", "the token lacks a scope"),
    ("not_in_channel", P, "slack", "the bot is not in the channel"),
    ("channel_not_found", P, "slack", "no such channel"),
    ("is_archived", P, "slack", "channel archived"),
    ("restricted_action", P, "slack", "workspace policy forbids it"),
    ("user_not_found", P, "slack", "no such user"),
    ("msg_too_long", V, "slack", "message text too long"),
    ("no_text", V, "slack", "no message text"),
    ("too_many_attachments", V, "slack", "too many attachments"),
    ("invalid_blocks", V, "slack", "blocks are invalid"),
    ("invalid_arguments", V, "slack", "arguments are invalid"),
)

# More Slack Web API errors shared by most methods (the token or workspace setup must change).
_SLACK_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("team_access_not_granted", P, "slack", "the token is not granted access to the workspace"),
    ("not_allowed_token_type", P, "slack", "the method does not accept this kind of token"),
    ("no_permission", P, "slack", "the workspace token lacks the permission"),
    ("access_denied", P, "slack", "access to the resource is denied"),
    ("ekm_access_denied", P, "slack", "administrators suspended the ability to post"),
    ("org_login_required", P, "slack", "the workspace is undergoing an enterprise migration"),
    ("two_factor_setup_required", P, "slack", "two-factor setup is required"),
    ("cannot_dm_bot", P, "slack", "a bot cannot be messaged directly"),
)

# Slack's method errors a SaaS sweep found unread (issue 10; slack-api-ref methods/*.json and common_errors.json, as
# api.slack.com/methods/<method>#errors documents them): access limited to the current network, a method an Enterprise
# org may not call, a method a bot token may not call: the workspace's policy or the token the service uses must change
_SLACK_SWEEP_SAAS: tuple[tuple[str, str, str, str], ...] = (
    ("accesslimited", P, "slack", "access to this method is limited on the current network"),
    ("enterprise_is_restricted", P, "slack", "the method cannot be called from an Enterprise"),
    ("user_is_bot", P, "slack", "this method cannot be called by a bot user"),
)

# ---- Slack Web API errors (tenth batch) beyond _SLACK and _SLACK_MORE, by the methods' documented error lists
# (api.slack.com/methods/<method>#errors): a name or argument the caller must change is validation; a message, file
# or user that does not exist, or a method or plan that does not allow it, is permanent.
_SLACK_METHODS: tuple[tuple[str, str, str, str], ...] = (
    ("name_taken", V, "slack", "conversations.create/rename: a channel with the name exists"),
    ("invalid_name_specials", V, "slack", "the channel name contains characters Slack does not allow"),
    ("invalid_name_maxlength", V, "slack", "the channel name is too long"),
    ("invalid_name_required", V, "slack", "the channel name is empty"),
    ("invalid_name", V, "slack", "the channel name is invalid"),
    ("invalid_attachments", V, "slack", "the attachments are invalid"),
    ("invalid_metadata_format", V, "slack", "the message metadata is invalid"),
    ("msg_blocks_too_long", V, "slack", "the blocks are too long"),
    ("invalid_ts_latest", V, "slack", "the latest timestamp is invalid"),
    ("invalid_ts_oldest", V, "slack", "the oldest timestamp is invalid"),
    ("invalid_cursor", V, "slack", "the pagination cursor is invalid"),
    ("invalid_email", V, "slack", "the e-mail address is invalid"),
    ("cant_invite_self", V, "slack", "the caller cannot invite itself"),
    ("already_in_channel", V, "slack", "the user is already in the channel"),
    ("message_not_found", P, "slack", "no message with the timestamp exists"),
    ("file_not_found", P, "slack", "no file with the id exists"),
    ("users_not_found", P, "slack", "users.lookupByEmail: no user with the e-mail address"),
    ("edit_window_closed", P, "slack", "the message may no longer be edited"),
    ("cant_update_message", P, "slack", "the message may not be updated by this token"),
    ("cant_delete_message", P, "slack", "the message may not be deleted by this token"),
    ("user_is_restricted", P, "slack", "a guest account may not do this"),
    ("method_deprecated", P, "slack", "the method is deprecated: the code must call its successor"),
    ("upgrade_required", P, "slack", "the workspace's plan does not allow it"),
)  # fmt: skip

# Neo4j status codes (``{code: Neo.TransientError.General.OutOfMemoryError}``), by their last part.
# Neo4j calls memory exhaustion a TransientError; by LABELS.md it is resource.
_NEO4J: tuple[tuple[str, str, str, str], ...] = (
    ("MemoryPoolOutOfMemoryError", R, "neo4j", "a memory pool (dbms.memory.transaction.total.max) is used up"),
    ("OutOfMemoryError", R, "neo4j", "the server's heap is exhausted"),
    ("NoThreadsAvailable", R, "neo4j", "the server's worker threads are all busy"),
    ("MaximumTransactionLimitReached", R, "neo4j", "the limit of concurrent transactions is reached"),
    ("ResourceExhaustion", R, "neo4j", "a server resource is exhausted"),
    ("DeadlockDetected", T, "neo4j", "deadlock between transactions; retry"),
    ("LockAcquisitionTimeout", T, "neo4j", "a lock could not be acquired in time"),
    ("DatabaseUnavailable", T, "neo4j", "the database is not available yet"),
    ("LeaderSwitch", T, "neo4j", "the cluster leader changed"),
    ("NotALeader", T, "neo4j", "the member is no longer the leader; the driver routes again"),
    ("Outdated", T, "neo4j", "the transaction saw an outdated state; retry"),
    ("ConstraintsChanged", T, "neo4j", "the schema changed under the transaction; retry"),
    ("ReplicationFailure", T, "neo4j", "replication failed; retry"),
    ("Unauthorized", P, "neo4j", "authentication failed"),
    ("Forbidden", P, "neo4j", "no permission"),
    ("CredentialsExpired", P, "neo4j", "the password must be changed"),
    ("TokenExpired", P, "neo4j", "the auth token must be renewed"),
    ("DatabaseNotFound", P, "neo4j", "no such database"),
    ("ProcedureNotFound", P, "neo4j", "no such procedure"),
    ("SyntaxError", P, "neo4j", "the Cypher statement is wrong: code"),
    ("SemanticError", P, "neo4j", "the Cypher statement is wrong: code"),
    ("StorageDamageDetected", P, "neo4j", "the store is damaged"),
    ("ConstraintValidationFailed", V, "neo4j", "the data violates a constraint"),
    ("ConstraintViolation", V, "neo4j", "the data violates a constraint"),
)

# Neo4j status codes swept from Neo4j's status-code reference beyond the table above (the last segment of
# Neo.<Classification>.<Category>.<Title>, as the driver prints it): a query that names a missing parameter, entity
# or index (code); a request body the server cannot read or a schema rule that already exists (data); a transaction
# over its time limit, too many authentication attempts (transient); a transaction over its memory limit (resource).
_NEO4J_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("ParameterMissing", P, "neo4j", "the query uses a parameter the call did not supply: code"),
    ("EntityNotFound", P, "neo4j", "the node or relationship the statement names does not exist"),
    ("EquivalentSchemaRuleAlreadyExists", V, "neo4j", "an equivalent index or constraint already exists"),
    ("IndexNotFound", P, "neo4j", "no such index"),
    ("ConstraintNotFound", P, "neo4j", "no such constraint"),
    ("InvalidFormat", V, "neo4j", "the request is not in a format the server reads"),
    ("TransactionTimedOut", T, "neo4j", "the transaction exceeded its time limit"),
    ("TransactionTimedOutClientConfiguration", T, "neo4j", "the transaction exceeded the timeout the client set"),
    ("AuthenticationRateLimit", T, "neo4j", "too many failed authentication attempts: wait before trying again"),
    ("TransactionMemoryLimit", R, "neo4j", "not enough memory for the transaction (its memory limit)"),
)

# Trino error names and the error type each belongs to
# (``TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=EXCEEDED_LOCAL_MEMORY_LIMIT, ...``); the name is tried first.
_TRINO: tuple[tuple[str, str, str, str], ...] = (
    ("EXCEEDED_LOCAL_MEMORY_LIMIT", R, "trino", "the query used the per-node memory limit"),
    ("EXCEEDED_GLOBAL_MEMORY_LIMIT", R, "trino", "the query used the distributed memory limit"),
    ("CLUSTER_OUT_OF_MEMORY", R, "trino", "the cluster ran out of memory"),
    ("QUERY_QUEUE_FULL", R, "trino", "the resource group's queue is full"),
    ("OUT_OF_SPILL_SPACE", R, "trino", "no spill space left"),
    ("INSUFFICIENT_RESOURCES", R, "trino", "error type: the cluster lacked resources for the query"),
    ("NO_NODES_AVAILABLE", T, "trino", "no worker nodes available"),
    ("PAGE_TRANSPORT_TIMEOUT", T, "trino", "a worker did not answer in time"),
    ("PAGE_TRANSPORT_ERROR", T, "trino", "transport between workers failed"),
    ("TOO_MANY_REQUESTS_FAILED", T, "trino", "requests to a worker kept failing"),
    ("REMOTE_HOST_GONE", T, "trino", "a worker went away"),
    ("SERVER_SHUTTING_DOWN", T, "trino", "the server is shutting down"),
    ("SERVER_STARTING_UP", T, "trino", "the server is starting up"),
    ("TRANSACTION_CONFLICT", T, "trino", "a concurrent transaction conflicted"),
    (
        "EXCEEDED_TIME_LIMIT",
        T,
        "trino",
        "the query ran past its execution time limit: a timeout, as ClickHouse's TIMEOUT_EXCEEDED (159) is",
    ),
    ("SYNTAX_ERROR", P, "trino", "the SQL is wrong: code"),
    ("PERMISSION_DENIED", P, "trino", "no permission"),
    ("NOT_FOUND", P, "trino", "missing object"),
    ("FUNCTION_NOT_FOUND", P, "trino", "no such function"),
    ("CATALOG_NOT_FOUND", P, "trino", "no such catalog"),
    ("SCHEMA_NOT_FOUND", P, "trino", "no such schema"),
    ("TABLE_NOT_FOUND", P, "trino", "no such table"),
    ("COLUMN_NOT_FOUND", P, "trino", "no such column"),
    ("NOT_SUPPORTED", P, "trino", "unsupported"),
    ("CONFIGURATION_INVALID", P, "trino", "configuration must change"),
    ("INVALID_CAST_ARGUMENT", V, "trino", "a value cannot be cast (caught by TRY: the data)"),
    ("INVALID_FUNCTION_ARGUMENT", V, "trino", "a function argument is invalid (caught by TRY: the data)"),
    ("DIVISION_BY_ZERO", V, "trino", "division by zero (caught by TRY: the data)"),
    ("NUMERIC_VALUE_OUT_OF_RANGE", V, "trino", "a value is out of range (caught by TRY: the data)"),
    ("CONSTRAINT_VIOLATION", V, "trino", "the data violates a constraint"),
)

# MLflow's REST error codes (mlflow/protos/databricks.proto ErrorCode), which RestException puts at the head of its
# message ("RESOURCE_DOES_NOT_EXIST: Registered Model with name=x not found"), read with the MLFLOW prefix. The HTTP
# status says the family; the code says more: a 400 that is a workspace's limit, a 429 that is a request rate.
_MLFLOW: tuple[tuple[str, str, str, str], ...] = (
    ("INTERNAL_ERROR", T, "mlflow", "500: the tracking server failed"),
    ("TEMPORARILY_UNAVAILABLE", T, "mlflow", "503: the service is temporarily unavailable"),
    ("REQUEST_LIMIT_EXCEEDED", T, "mlflow", "429: too many requests; a request rate, not a quota"),
    ("DEADLINE_EXCEEDED", T, "mlflow", "the request ran out of time"),
    ("RESOURCE_LIMIT_EXCEEDED", R, "mlflow", "a workspace's limit on experiments, runs or versions is reached"),
    ("RESOURCE_EXHAUSTED", R, "mlflow", "a quota of the workspace is used up"),
    ("INVALID_PARAMETER_VALUE", V, "mlflow", "400: a value the request passed is invalid"),
    ("MALFORMED_REQUEST", V, "mlflow", "400: the request does not parse"),
    ("BAD_REQUEST", V, "mlflow", "400: the request is invalid"),
    ("RESOURCE_DOES_NOT_EXIST", P, "mlflow", "404: the experiment, run or model does not exist"),
    ("ENDPOINT_NOT_FOUND", P, "mlflow", "404: the server has no such API (an older server or a wrong URI)"),
    ("PERMISSION_DENIED", P, "mlflow", "403: no permission on the object"),
    ("UNAUTHENTICATED", P, "mlflow", "401: the credential is missing or invalid"),
    ("CUSTOMER_UNAUTHORIZED", P, "mlflow", "the workspace is not entitled to the operation"),
    ("FEATURE_DISABLED", P, "mlflow", "the feature is disabled on the server"),
)

# More of Trino's error names (StandardErrorCode, and the Hive and Iceberg connectors' HiveErrorCode and
# IcebergErrorCode in trinodb/trino), read like _TRINO's from TrinoQueryError's "(type=..., name=...," before the type.
_TRINO_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("REMOTE_TASK_ERROR", T, "trino", "a worker's task failed or could not be reached (Remote host returned an error)"),
    ("GENERIC_INSUFFICIENT_RESOURCES", R, "trino", "the cluster lacked resources for the query"),
    ("EXCEEDED_SPILL_LIMIT", R, "trino", "the query used the spill space it may use"),
    ("TYPE_MISMATCH", P, "trino", "an expression's types do not fit: the SQL must change"),
    ("INVALID_SESSION_PROPERTY", P, "trino", "a session property is unknown or invalid: configuration"),
    ("HIVE_METASTORE_ERROR", T, "trino-hive", "the Hive metastore failed or could not be reached (an EXTERNAL error)"),
    ("HIVE_BAD_DATA", V, "trino-hive", "a data file holds values the table's types cannot read"),
    ("ICEBERG_COMMIT_ERROR", T, "trino-iceberg", "the commit lost a race with a concurrent commit"),
)

# Salesforce API status codes (``'errorCode': 'UNABLE_TO_LOCK_ROW'`` in the response body).
_SALESFORCE: tuple[tuple[str, str, str, str], ...] = (
    ("UNABLE_TO_LOCK_ROW", T, "salesforce", "another transaction holds the record's lock (sent as a 400): retry"),
    (
        "REQUEST_LIMIT_EXCEEDED",
        R,
        "salesforce",
        "the org's API request limit (a rolling 24-hour total, or concurrent long requests) is used up (a 403)",
    ),
    ("STORAGE_LIMIT_EXCEEDED", R, "salesforce", "the org's data or file storage is full"),
    ("INVALID_SESSION_ID", P, "salesforce", "the session expired or is invalid: re-authenticate"),
    ("INSUFFICIENT_ACCESS_OR_READONLY", P, "salesforce", "no permission on the record"),
    ("INVALID_FIELD", P, "salesforce", "no such field on the object: the query or code must change"),
    ("INVALID_TYPE", P, "salesforce", "no such object type: the query or code must change"),
    ("MALFORMED_QUERY", P, "salesforce", "the SOQL is wrong: code"),
    ("DUPLICATE_VALUE", V, "salesforce", "a unique field already has the value"),
    ("STRING_TOO_LONG", V, "salesforce", "a value is longer than its field"),
    ("REQUIRED_FIELD_MISSING", V, "salesforce", "a required field is missing"),
)

# ---- Salesforce status codes beyond _SALESFORCE (tenth batch), read with the SALESFORCE prefix from the errorCode
# simple-salesforce prints. The code decides over the class (SalesforceMalformedRequest is raised for every 400) and
# over the words "Malformed request" the class puts before the body.
_SALESFORCE_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("ENTITY_IS_DELETED", P, "salesforce", "the record was deleted: the reference must change, a retry finds it gone"),
    ("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY", P, "salesforce", "no permission on a related record"),
    ("INVALID_OPERATION_WITH_EXPIRED_PASSWORD", P, "salesforce", "the API user's password expired"),
    ("TXN_SECURITY_NO_ACCESS", P, "salesforce", "a transaction security policy of the org blocks the operation"),
    ("API_DISABLED_FOR_ORG", P, "salesforce", "the org's edition or the user's profile does not allow API access"),
    ("FUNCTIONALITY_NOT_ENABLED", P, "salesforce", "the feature is not enabled for the org"),
    ("QUERY_TIMEOUT", T, "salesforce", "the query ran past its time limit (a timeout): retry"),
    ("SERVER_UNAVAILABLE", T, "salesforce", "the server is temporarily unavailable"),
    ("FIELD_INTEGRITY_EXCEPTION", V, "salesforce", "a field value breaks the field's integrity rules"),
    ("INVALID_CROSS_REFERENCE_KEY", V, "salesforce", "a reference field holds an id of the wrong kind or unknown"),
    ("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", V, "salesforce", "a picklist value not among the allowed values"),
    ("DUPLICATES_DETECTED", V, "salesforce", "a duplicate rule blocked the record"),
    ("INVALID_EMAIL_ADDRESS", V, "salesforce", "an e-mail field holds an invalid address"),
    ("NUMBER_OUTSIDE_VALID_RANGE", V, "salesforce", "a number outside the field's range"),
)  # fmt: skip

# MongoDB codeNames whose category is not the one their words suggest.
_MONGODB: tuple[tuple[str, str, str, str], ...] = (
    (
        "QueryExceededMemoryLimitNoDiskUseAllowed",
        P,
        "mongodb-limits",
        "292: a stage hit its fixed 100 MB memory limit with disk use not allowed; the same pipeline fails every "
        "time until the code passes allowDiskUse or changes the pipeline (no capacity comes back)",
    ),
)

# MongoDB update-document errors of the message-template sweep (issue 10; error_codes.yml, mongodb/mongo):
# an update whose operators touch the same path twice (40 ConflictingUpdateOperators, "Updating the path 'a' would
# create a conflict at 'a'") is a malformed update, not a write conflict between transactions: the update must change.
_MONGODB_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("ConflictingUpdateOperators", V, "mongodb-errors", "40: two operators of one update name the same path"),
)

# MongoDB server codes swept from the server's own list (src/mongo/base/error_codes.yml, mongodb/mongo), whose
# categories mark the retryable ones (RetriableError, NotPrimaryError, SnapshotError, SystemOverloadedError); the
# others by their names. As pymongo prints them ('codeName': 'X'), read on MongoDB's client classes only.
_MONGODB_SERVER: tuple[tuple[str, str, str, str], ...] = (
    ("ReadConcernMajorityNotAvailableYet", T, "mongodb-errors", "134, RetriableError"),
    ("SnapshotTooOld", T, "mongodb-errors", "239, SnapshotError: as PostgreSQL's snapshot too old"),
    ("SnapshotUnavailable", T, "mongodb-errors", "246, SnapshotError"),
    ("MigrationConflict", T, "mongodb-errors", "272, SnapshotError: a chunk migration raced the read"),
    ("TemporarilyUnavailable", T, "mongodb-errors", "365: the server asks the client to back off and retry"),
    ("ElectionInProgress", T, "mongodb-errors", "216: a primary is being elected"),
    ("FailedToSatisfyReadPreference", T, "mongodb-errors", "133: no member fits the read preference right now"),
    ("ConflictingOperationInProgress", T, "mongodb-errors", "117: another operation holds what this one needs"),
    ("LockBusy", T, "mongodb-errors", "46: a lock is held"),
    ("ObjectIsBusy", T, "mongodb-errors", "314: the object is in use"),
    ("BackgroundOperationInProgressForNamespace", T, "mongodb-errors", "12587: an index build runs on it"),
    ("BackgroundOperationInProgressForDatabase", T, "mongodb-errors", "12586: an index build runs in it"),
    ("PreparedTransactionInProgress", T, "mongodb-errors", "267: a prepared transaction holds the document"),
    ("RetryableTransactionInProgress", T, "mongodb-errors", "363: the same retryable transaction is running"),
    ("MovePrimaryInProgress", T, "mongodb-errors", "319: the database's primary shard is moving"),
    ("WriteConcernTimeout", T, "mongodb-errors", "64, WriteConcernError: replication did not confirm in time"),
    ("ConfigServerUnreachable", T, "mongodb-errors", "56846"),
    ("UpdatesStillPending", T, "mongodb-errors", "412, RetriableError"),
    ("InterruptedDueToReshardingCriticalSection", T, "mongodb-errors", "453, RetriableError"),
    ("InterruptedDueToFCVChange", T, "mongodb-errors", "10045600, RetriableError"),
    ("RetriableRemoteCommandFailure", T, "mongodb-errors", "91331, RetriableError"),
    ("AdmissionQueueOverflow", T, "mongodb-errors", "433, SystemOverloadedError: the server sheds load"),
    ("RateLimitExceeded", T, "mongodb-errors", "449, SystemOverloadedError"),
    ("IngressRequestRateLimitExceeded", T, "mongodb-errors", "462, SystemOverloadedError and RetriableError"),
    ("TooManyLogicalSessions", R, "mongodb-errors", "261: the server's session cache is full until sessions end"),
    ("Overflow", V, "mongodb-errors", "15, ValidationError: a value overflows its type"),
    ("InvalidBSON", V, "mongodb-errors", "22, ValidationError"),
    ("NonConformantBSON", V, "mongodb-errors", "378, ValidationError"),
    ("InvalidBSONType", V, "mongodb-errors", "357"),
    ("InvalidLength", V, "mongodb-errors", "16"),
    ("DollarPrefixedFieldName", V, "mongodb-errors", "52: a field name of the document starts with $"),
    ("EmptyFieldName", V, "mongodb-errors", "56"),
    ("DottedFieldName", V, "mongodb-errors", "57"),
    ("ImmutableField", V, "mongodb-errors", "66: the update would change _id or another immutable field"),
    ("PathNotViable", V, "mongodb-errors", "28: the update's path runs through a non-document value"),
    ("BSONObjectTooLarge", V, "mongodb-errors", "10334: the document exceeds 16 MB"),
    ("DocTooLargeForCapped", V, "mongodb-errors", "116"),
    ("CannotIndexParallelArrays", V, "mongodb-errors", "171: the document has arrays in two indexed fields"),
    ("InvalidUUID", V, "mongodb-errors", "207"),
    ("ConversionFailure", V, "mongodb-errors", "241: a value $convert cannot convert"),
    ("ShardKeyNotFound", V, "mongodb-errors", "61: the document lacks the shard key"),
    ("UserNotFound", P, "mongodb-errors", "11"),
    ("RoleNotFound", P, "mongodb-errors", "31"),
    ("NamespaceExists", V, "mongodb-errors", "48: the collection already exists (as Cassandra's 2400)"),
    ("CommandNotSupported", P, "mongodb-errors", "115"),
    ("NoReplicationEnabled", P, "mongodb-errors", "76: the deployment is not a replica set"),
    ("NotAReplicaSet", P, "mongodb-errors", "123"),
    ("NamespaceNotSharded", P, "mongodb-errors", "118"),
    ("InvalidPipelineOperator", P, "mongodb-errors", "168: the pipeline names an unknown operator"),
    ("CommandNotSupportedOnView", P, "mongodb-errors", "166"),
    ("OptionNotSupportedOnView", P, "mongodb-errors", "167"),
    ("IndexOptionsConflict", P, "mongodb-errors", "85: an index of that name exists with other options"),
    ("IndexKeySpecsConflict", P, "mongodb-errors", "86"),
    ("InvalidIndexSpecificationOption", P, "mongodb-errors", "197"),
    ("QueryFeatureNotAllowed", P, "mongodb-errors", "224"),
    ("APIStrictError", P, "mongodb-errors", "323, VersionedAPIError"),
    ("APIVersionError", P, "mongodb-errors", "322, VersionedAPIError"),
    ("APIDeprecationError", P, "mongodb-errors", "324, VersionedAPIError"),
    ("ChangeStreamNotEnabled", P, "mongodb-errors", "376"),
    ("SearchNotEnabled", P, "mongodb-errors", "31082"),
    ("MechanismUnavailable", P, "mongodb-errors", "334: the authentication mechanism is not available"),
    ("AuthenticationRestrictionUnmet", P, "mongodb-errors", "214"),
    ("ReauthenticationRequired", P, "mongodb-errors", "391: the credential must be renewed"),
    ("InvalidJWT", P, "mongodb-errors", "392"),
    ("OCSPCertificateStatusRevoked", P, "mongodb-errors", "299"),
    ("InvalidSSLConfiguration", P, "mongodb-errors", "140"),
    ("IncompatibleServerVersion", P, "mongodb-errors", "188"),
)

# GraphQL APIs answer with HTTP 200 and name the failure in the error's ``extensions.code`` (Shopify) or
# ``type`` (GitHub); the query's own size against a fixed per-query limit is the input's fault.
_GRAPHQL: tuple[tuple[str, str, str, str], ...] = (
    ("MAX_COST_EXCEEDED", V, "shopify-graphql",
     "the single query's calculated cost is over the fixed per-query maximum (1000): the query must ask for less; "
     "no amount of waiting lets it run (unlike THROTTLED, the bucket being empty for now)"),
    ("THROTTLED", T, "shopify-graphql", "the cost bucket is empty for now; it refills at the restore rate"),
    ("MAX_NODE_LIMIT_EXCEEDED", V, "github-graphql",
     "the query requests more possible nodes than the fixed 500,000 limit: the query must page or ask for less"),
    ("ARGUMENT_LIMIT", V, "github-graphql", "an argument above its fixed maximum (more than 100 node ids or records)"),
)  # fmt: skip

# Exchange Online's store driver names the failure in its NDR text
# (``554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; ...``), read by evidence.py.
_EXCHANGE: tuple[tuple[str, str, str, str], ...] = (
    ("SubmissionQuotaExceededException", R, "exchange-limits",
     "the sender's sending limits (recipients or messages per day) are used up; they come back as the 24-hour "
     "window moves, whatever the NDR's 'permanent exception' wording says"),
    ("QuotaExceededException", R, "exchange-ndr",
     "the mailbox is over its storage quota (MapiExceptionShutoffQuotaExceeded, 5.2.2 mailbox full): space must "
     "be freed"),
)  # fmt: skip

# SMTP's 4yz replies are transient negative completions (RFC 5321 4.2.1): "the command was not accepted ... but the
# error condition is temporary, and the action may be requested again". A capacity reason in the reply's text
# (a mailbox over quota, a daily sending quota) still refines them to resource. 452 is left to its text: servers
# say it for a full disk, a mailbox over quota and too many recipients alike.
_SMTP: tuple[tuple[str, str, str, str], ...] = (
    ("421", T, "smtp", "service not available, closing transmission channel (busy, too many connections)"),
    ("450", T, "smtp", "mailbox unavailable for now (busy, greylisted, rate of incoming mail)"),
    ("451", T, "smtp", "requested action aborted: local error in processing"),
    ("454", T, "smtp", "TLS not available or temporary authentication failure"),
)


# SMTP's enhanced status code (RFC 3463 "class.subject.detail", eleventh batch), more exact than the three-digit reply
# it follows.
def esmtp_code(code: str) -> str:
    """The comparison form of an enhanced status code: ``5.1.1`` -> ``ESMTP5001001`` (dots would be cut away)."""
    klass, subject, detail = code.split(".")
    return f"ESMTP{klass}{int(subject):03d}{int(detail):03d}"


_SMTP_ENHANCED: tuple[tuple[str, str, str, str], ...] = (
    (esmtp_code("5.1.1"), V, "smtp-enhanced", "bad destination mailbox address: the recipient must change"),
    (esmtp_code("5.1.2"), V, "smtp-enhanced", "bad destination system address: the recipient's domain is wrong"),
    (esmtp_code("5.1.3"), V, "smtp-enhanced", "bad destination mailbox address syntax"),
    (esmtp_code("5.1.10"), V, "smtp-enhanced", "the recipient's domain has a null MX: it accepts no mail"),
    (esmtp_code("4.2.2"), R, "smtp-enhanced", "mailbox full: it must be emptied before delivery works"),
    (esmtp_code("5.2.2"), R, "smtp-enhanced", "mailbox full: it must be emptied before delivery works"),
    (esmtp_code("4.3.1"), R, "smtp-enhanced", "mail system full (the server's storage)"),
    (esmtp_code("5.3.1"), R, "smtp-enhanced", "mail system full (the server's storage)"),
    (esmtp_code("5.2.3"), V, "smtp-enhanced", "the message is longer than the recipient's limit"),
    (esmtp_code("5.3.4"), V, "smtp-enhanced", "the message is too big for the system"),
    (esmtp_code("5.7.1"), P, "smtp-enhanced", "delivery not authorized, message refused (policy or relay access)"),
    (esmtp_code("5.7.8"), P, "smtp-enhanced", "the authentication credentials are invalid"),
)

# SMTP 5yz replies whose meaning does not depend on the message (RFC 5321 4.2.2/4.2.3, RFC 4954 section 6): the
# client's command sequence or the server's setup is wrong, or authentication is required or refused. 550-554 are left
# to their enhanced codes and text: servers say them of unknown recipients, policy, spam and size alike.
_SMTP_PERMANENT_REPLIES: tuple[tuple[str, str, str, str], ...] = (
    ("502", P, "smtp-enhanced", "command not implemented"),
    ("503", P, "smtp-enhanced", "bad sequence of commands: the client's code issued them out of order"),
    ("504", P, "smtp-enhanced", "command parameter not implemented"),
    ("530", P, "smtp-enhanced", "authentication required (RFC 4954)"),
    ("534", P, "smtp-enhanced", "authentication mechanism is too weak (RFC 4954)"),
    ("535", P, "smtp-enhanced", "authentication credentials invalid (RFC 4954)"),
    ("555", P, "smtp-enhanced", "MAIL FROM/RCPT TO parameters not recognized or not implemented"),
)

# Plaid's error_code (HTTP 400 for most of them, so the code, not the status, decides).
_PLAID: tuple[tuple[str, str, str, str], ...] = (
    ("ITEM_LOGIN_REQUIRED", P, "plaid-item",
     "the Item's login details changed or need the user's action: the user must re-authenticate (Link update "
     "mode); no retry or change of the request helps"),
    ("ITEM_NOT_FOUND", P, "plaid-item", "the Item was removed or never existed"),
    ("INVALID_ACCESS_TOKEN", P, "plaid-input", "the access token is wrong for the environment or revoked"),
    ("INVALID_API_KEYS", P, "plaid-input", "the client id or secret is wrong: credentials"),
    ("INSTITUTION_DOWN", T, "plaid-institution", "the institution is down; Plaid advises retrying later"),
    ("INSTITUTION_NOT_RESPONDING", T, "plaid-institution", "the institution is not responding; retry later"),
    ("INSTITUTION_NOT_AVAILABLE", T, "plaid-institution", "the institution is not available for now"),
    ("PLANNED_MAINTENANCE", T, "plaid-institution", "the institution is in planned maintenance"),
    ("PRODUCT_NOT_READY", T, "plaid-item", "the product's data is still being extracted; retry or await the webhook"),
)  # fmt: skip

# Apache Spark's error classes (Spark 3.4+, also Databricks SQL): ``[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column ...``
# at the head of the message (pyspark's captured exceptions, py4j's ``org.apache.spark.SparkException: [...]``). Each
# class carries a SQLSTATE in Spark's error-conditions table; the category follows that SQLSTATE's row in
# ``_tables.SQLSTATE_CODES`` (the note names it), so a Spark class and a PostgreSQL code for the same fault agree.
_SPARK: tuple[tuple[str, str, str, str], ...] = (
    ("UNRESOLVED_COLUMN", P, "spark", "42703: the query names a column the relation does not have"),
    ("UNRESOLVED_FIELD", P, "spark", "42703: the query names a struct field that does not exist"),
    ("UNRESOLVED_ROUTINE", P, "spark", "42883: the query calls a function that does not exist"),
    ("TABLE_OR_VIEW_NOT_FOUND", P, "spark", "42P01: the table or view does not exist"),
    ("SCHEMA_NOT_FOUND", P, "spark", "42704: the schema does not exist"),
    ("PATH_NOT_FOUND", P, "spark", "42K03: the input path does not exist"),
    ("AMBIGUOUS_REFERENCE", P, "spark", "42704: a name the query uses resolves to several columns"),
    ("MISSING_AGGREGATION", P, "spark", "42803: the query's GROUP BY is wrong"),
    ("PARSE_SYNTAX_ERROR", P, "spark", "42601: the SQL text does not parse"),
    ("DATATYPE_MISMATCH", P, "spark", "42K09: an expression's types do not fit: the query must change"),
    ("UNSUPPORTED_FEATURE", P, "spark", "0A000: the operation is not supported"),
    ("CAST_INVALID_INPUT", V, "spark", "22018: a value cannot be cast (ANSI mode): the data is malformed"),
    ("CAST_OVERFLOW", V, "spark", "22003: a value overflows the target type"),
    ("ARITHMETIC_OVERFLOW", V, "spark", "22003: arithmetic on the data overflows"),
    ("NUMERIC_VALUE_OUT_OF_RANGE", V, "spark", "22003: a value out of the decimal's range"),
    ("DIVIDE_BY_ZERO", V, "spark", "22012: a divisor in the data is zero (ANSI mode)"),
    ("INVALID_ARRAY_INDEX", V, "spark", "22003: an index in the data is out of the array's bounds"),
    ("INVALID_ARRAY_INDEX_IN_ELEMENT_AT", V, "spark", "22003: an index in the data is out of the array's bounds"),
    ("CANNOT_PARSE_TIMESTAMP", V, "spark", "22007: a timestamp in the data does not parse"),
    ("MALFORMED_RECORD_IN_PARSING", V, "spark", "22023: a record of the input file is malformed (FAILFAST mode)"),
    ("UNABLE_TO_ACQUIRE_MEMORY", R, "spark", "53200: the task could not get execution memory"),
)

# Delta Lake's error classes, printed the way Spark prints its own (``[DELTA_CONCURRENT_APPEND]
# ConcurrentAppendException: ...``) by delta-spark's captured exceptions and Databricks. The commit conflicts of
# optimistic concurrency are retried ("Please try the operation again"), except ConcurrentTransactionException, which
# the docs give one cause: two instances of one streaming query sharing a checkpoint, which conflict on every commit
# until one is stopped.
_DELTA: tuple[tuple[str, str, str, str], ...] = (
    ("DELTA_CONCURRENT_APPEND", T, "delta", "files were added to what the transaction read: retry the operation"),
    ("DELTA_CONCURRENT_DELETE_READ", T, "delta", "a concurrent update deleted a file the transaction read: retry"),
    ("DELTA_CONCURRENT_DELETE_DELETE", T, "delta", "a concurrent update deleted the same file: retry"),
    ("DELTA_CONCURRENT_WRITE", T, "delta", "a concurrent transaction wrote after this one read: retry"),
    ("DELTA_METADATA_CHANGED", T, "delta", "the table's metadata changed since the read: retry"),
    ("DELTA_PROTOCOL_CHANGED", T, "delta", "the table's protocol changed since the read: retry"),
    ("DELTA_CONCURRENT_TRANSACTION", P, "delta", "two streaming queries share one checkpoint: a deployment mistake"),
    ("DELTA_TABLE_NOT_FOUND", P, "delta", "the Delta table does not exist"),
    ("DELTA_MISSING_DELTA_TABLE", P, "delta", "the path is not a Delta table"),
    ("DELTA_PATH_DOES_NOT_EXIST", P, "delta", "the table's path does not exist"),
    # the data breaks a constraint the table declares (SQLSTATE 23001), or a MERGE's source has several rows for one
    # target row (21506): the input must change
    ("DELTA_VIOLATE_CONSTRAINT_WITH_VALUES", V, "delta", "23001: a row violates a CHECK constraint of the table"),
    ("DELTA_NOT_NULL_CONSTRAINT_VIOLATED", V, "delta", "23502: a NULL in a NOT NULL column"),
    ("DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE", V, "delta", "21506: duplicate source rows in MERGE"),
)

# More of Spark's error classes met in data pipelines (same rule as _SPARK: the category follows the SQLSTATE the
# error-conditions table gives the class, named in each note). A name that already exists is class 42 (42P07, 42711,
# like the TABLE_OR_VIEW_ALREADY_EXISTS the SQLSTATE class already decides): the statement must change.
_SPARK_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("TABLE_OR_VIEW_ALREADY_EXISTS", P, "spark", "42P07: the table or view already exists"),
    ("COLUMN_ALREADY_EXISTS", P, "spark", "42711: the column already exists"),
    ("SCHEMA_ALREADY_EXISTS", P, "spark", "42P06: the schema already exists"),
    ("ROUTINE_NOT_FOUND", P, "spark", "42883: the function does not exist"),
    ("UNRESOLVED_MAP_KEY", P, "spark", "42703: the query names a map key column that does not exist"),
    ("NUM_COLUMNS_MISMATCH", P, "spark", "42826: the set operation's inputs have other column counts"),
    ("INSERT_COLUMN_ARITY_MISMATCH", P, "spark", "21S01: the INSERT's columns do not match the table's"),
    ("INCOMPATIBLE_DATA_FOR_TABLE", P, "spark", "KD000: the written columns do not fit the table: the query must cast"),
    ("INSUFFICIENT_PERMISSIONS", P, "spark", "42501: no privilege on the object (Databricks)"),
    ("INCONSISTENT_BEHAVIOR_CROSS_VERSION", P, "spark", "42K0B: a legacy behaviour must be configured"),
    ("UNSUPPORTED_DATATYPE", P, "spark", "0A000: the type is not supported"),
    ("CONVERSION_INVALID_INPUT", V, "spark", "22018: a value cannot be converted: the data is malformed"),
    ("DATETIME_OVERFLOW", V, "spark", "22008: a datetime in the data overflows"),
    ("CANNOT_PARSE_DECIMAL", V, "spark", "22018: a decimal in the data does not parse"),
    # PySpark's own classes (python/pyspark/errors/error-conditions.json): the Python code or the installation
    ("CANNOT_INFER_SCHEMA_FOR_TYPE", P, "spark", "pyspark: createDataFrame was given a type it cannot map: the code"),
    ("JAVA_GATEWAY_EXITED", P, "spark", "pyspark: the JVM did not start (no Java, bad SPARK_HOME): the setup"),
    ("INTERNAL_ERROR", P, "spark", 'XX000: "You hit a bug in Spark or the Spark plugins you use"'),
)

# Kafka's fencing codes (protocol PRODUCER_FENCED 90, librdkafka RD_KAFKA_RESP_ERR__FENCED "This instance has been
# fenced by a newer instance"): a newer producer with the same transactional.id took over; this one is finished and
# must be closed, a retry is fenced again.
_KAFKA: tuple[tuple[str, str, str, str], ...] = (
    ("PRODUCER_FENCED", P, "kafka-protocol", "90: a newer producer with the same transactional id fences this one"),
    ("_FENCED", P, "librdkafka", "-144: the instance was fenced by a newer instance (a fatal error)"),
)  # fmt: skip

# Kafka's consumer-group administration codes (kafka.apache.org/protocol.html#protocol_error_codes), as DeleteGroups,
# DeleteConsumerGroupOffsets and the group APIs return them; kafka-python and aiokafka print them "[Error 68]
# NonEmptyGroupError". A group with live members (NON_EMPTY_GROUP, GROUP_SUBSCRIBED_TO_TOPIC) stays so until someone
# stops its consumers; a group id that does not exist or breaks the rules does not change by retrying.
_KAFKA_GROUP_ADMIN: tuple[tuple[str, str, str, str], ...] = (
    ("NON_EMPTY_GROUP", P, "kafka-protocol", "68: the group still has members; its consumers must be stopped first"),
    ("GROUP_SUBSCRIBED_TO_TOPIC", P, "kafka-protocol",
     "86: the group's live consumers still subscribe to the topic whose offsets were to be deleted"),
    ("GROUP_ID_NOT_FOUND", P, "kafka-protocol", "69: the group id does not exist"),
    ("INVALID_GROUP_ID", V, "kafka-protocol", "24: the group id given is empty or malformed"),
)  # fmt: skip

# More of Kafka's protocol error codes whose meaning fixes the recovery (kafka.apache.org/protocol.html
# #protocol_error_codes; kafka-python and aiokafka print "[Error N] <Name>Error"): a client setting outside what the
# broker allows, a feature the cluster has switched off or a fenced producer must be changed by someone; a request's
# own oversized or malformed values are its input; a reassignment in progress ends by itself.
_KAFKA_PROTOCOL_MORE: tuple[tuple[str, str, str, str], ...] = (
    ("INCONSISTENT_GROUP_PROTOCOL", P, "kafka-protocol",
     "23: the member's protocol type or assignors do not match the group's (consumer configuration)"),
    ("INVALID_SESSION_TIMEOUT", P, "kafka-protocol",
     "26: session.timeout.ms is outside the broker's group.min/max.session.timeout.ms"),
    ("INVALID_TRANSACTION_TIMEOUT", P, "kafka-protocol",
     "50: transaction.timeout.ms is above the broker's transaction.max.timeout.ms"),
    ("INVALID_PRODUCER_EPOCH", P, "kafka-protocol", "47: a newer producer epoch fenced this producer"),
    ("INVALID_TXN_STATE", P, "kafka-protocol", "48: the producer used a transactional call out of its state machine"),
    ("SECURITY_DISABLED", P, "kafka-protocol", "54: the cluster has security features disabled"),
    ("TOPIC_DELETION_DISABLED", P, "kafka-protocol", "73: the brokers run with delete.topic.enable=false"),
    ("UNSUPPORTED_COMPRESSION_TYPE", P, "kafka-protocol",
     "76: the broker or the topic does not support the producer's compression type"),
    ("LOG_DIR_NOT_FOUND", P, "kafka-protocol", "57: the log directory named does not exist on the broker"),
    ("DELEGATION_TOKEN_AUTH_DISABLED", P, "kafka-protocol", "61: delegation-token authentication is disabled"),
    ("DELEGATION_TOKEN_NOT_FOUND", P, "kafka-protocol", "62: no such delegation token"),
    ("DELEGATION_TOKEN_OWNER_MISMATCH", P, "kafka-protocol", "63: the principal does not own the token"),
    ("DELEGATION_TOKEN_AUTHORIZATION_FAILED", P, "kafka-protocol", "65: not authorized for the token operation"),
    ("DELEGATION_TOKEN_EXPIRED", P, "kafka-protocol", "66: the delegation token has expired"),
    ("FENCED_INSTANCE_ID", P, "kafka-protocol",
     "82: another consumer with the same group.instance.id fenced this one"),
    ("OFFSET_METADATA_TOO_LARGE", V, "kafka-protocol", "12: the offset commit's metadata string is too large"),
    ("INVALID_COMMIT_OFFSET_SIZE", V, "kafka-protocol", "28: the offset commit request is too large"),
    ("INVALID_REPLICA_ASSIGNMENT", V, "kafka-protocol", "39: the replica assignment in the request is invalid"),
    ("REASSIGNMENT_IN_PROGRESS", T, "kafka-protocol", "60: a partition reassignment is running; it ends by itself"),
)  # fmt: skip

# The Java Kafka client's exception classes whose names differ from the protocol code they stand for
# (clients/src/main/java/org/apache/kafka/common/protocol/Errors.java maps each code to its class): RecordTooLarge is
# MESSAGE_TOO_LARGE (10), CorruptRecord is CORRUPT_MESSAGE (2), the *Authorization classes are the
# *_AUTHORIZATION_FAILED codes (29, 30, 31, 53) and SaslAuthentication is SASL_AUTHENTICATION_FAILED (58); each takes
# its code's category.
_KAFKA_JAVA_CLASSES: tuple[tuple[str, str, str, str], ...] = (
    ("RecordTooLargeException", V, "kafka-protocol", "10 MESSAGE_TOO_LARGE: the record is over the size limit"),
    ("CorruptRecordException", T, "kafka-protocol", "2 CORRUPT_MESSAGE: a CRC mismatch in transit; a retry re-reads"),
    ("TopicAuthorizationException", P, "kafka-protocol", "29 TOPIC_AUTHORIZATION_FAILED: the ACLs must change"),
    ("GroupAuthorizationException", P, "kafka-protocol", "30 GROUP_AUTHORIZATION_FAILED: the ACLs must change"),
    ("ClusterAuthorizationException", P, "kafka-protocol", "31 CLUSTER_AUTHORIZATION_FAILED: the ACLs must change"),
    ("TransactionalIdAuthorizationException", P, "kafka-protocol",
     "53 TRANSACTIONAL_ID_AUTHORIZATION_FAILED: the ACLs must change"),
    ("SaslAuthenticationException", P, "kafka-protocol", "58 SASL_AUTHENTICATION_FAILED: the credentials must change"),
)  # fmt: skip

# Kafka INVALID_REPLICATION_FACTOR by name: generic (see GENERIC_CODES_BY_REASON), so the reason in its message decides
# (a factor below 1 is the caller's argument; more replicas than the cluster has brokers is its configuration).
_KAFKA_REPLICATION: tuple[tuple[str, str, str, str], ...] = (
    ("INVALID_REPLICATION_FACTOR", V, "kafka-protocol",
     "38: replication factor below 1 or larger than the number of available brokers (its reason decides)"),
)  # fmt: skip

# AMQP 0-9-1 reply code 406 by name (pika and aiormq print "PRECONDITION_FAILED - <reason>"): generic (see
# GENERIC_CODES), so RabbitMQ's reason refines it; with no reason known, a request the broker's state refuses.
_AMQP: tuple[tuple[str, str, str, str], ...] = (
    ("PRECONDITION_FAILED", V, "amqp",
     "406: the method's precondition failed (redeclared arguments, unknown delivery tag, ack timeout, size)"),
)  # fmt: skip

# AMQP 0-9-1 reply 530 not-allowed, as RabbitMQ closes a connection with it: a vhost the user may not open is setup to
# change; a limit it names as reached is refined by that reason (see GENERIC_CODES_BY_BROKER_REASON below).
_AMQP_CONNECTION: tuple[tuple[str, str, str, str], ...] = (
    ("NOT_ALLOWED", P, "amqp", "530: the server prohibits the operation (vhost access refused, or a limit reached)"),
    ("CHANNEL_ERROR", P, "amqp", "504: a channel used before it was opened correctly, 'most likely a fault in the "
     "client layer' (aiormq ConnectionChannelError 'CHANNEL_ERROR - expected channel.open'): the code must change"),
    ("UNEXPECTED_FRAME", P, "amqp", "505: a frame the server did not expect at this point (a client fault)"),
)  # fmt: skip

# supervisord's XML-RPC faults: RPCError's fault string leads with the name of its Faults constant
# ("BAD_NAME: celery-beat", "SHUTDOWN_STATE"), read with the SUPERVISOR prefix because the numbers and several names
# (FAILED, BAD_ARGUMENTS) are generic. A name the caller sent wrong is validation; a program the configuration does
# not know, or whose command is missing on the host, needs the configuration or deployment to change; a supervisord
# shutting down or reloading answers again once it runs.
_SUPERVISOR: tuple[tuple[str, str, str, str], ...] = (
    ("UNKNOWN_METHOD", P, "supervisor", "the XML-RPC method does not exist in this supervisord: code or version"),
    ("INCORRECT_PARAMETERS", V, "supervisor", "the call's parameters are wrong"),
    ("BAD_ARGUMENTS", V, "supervisor", "the call's arguments are wrong"),
    ("SIGNATURE_UNSUPPORTED", P, "supervisor", "the method does not support this signature"),
    ("SHUTDOWN_STATE", T, "supervisor", "supervisord is shutting down or reloading; it answers again when running"),
    ("BAD_NAME", P, "supervisor", "no program or group of that name in supervisord's configuration"),
    ("BAD_SIGNAL", V, "supervisor", "the signal name or number sent is not valid"),
    ("NO_FILE", P, "supervisor", "the program's command is not found on the host"),
    ("NOT_EXECUTABLE", P, "supervisor", "the program's command is not executable"),
    ("CANT_REREAD", P, "supervisor", "the configuration file cannot be reread: it must be fixed"),
)

# ... and the faults that say the request conflicts with the process's current state (supervisor/xmlrpc.py Faults;
# rpcinterface.py raises ALREADY_STARTED from startProcess, NOT_RUNNING from stopProcess, ALREADY_ADDED from
# addProcessGroup, STILL_RUNNING from removeProcessGroup): the same request fails the same way until someone changes
# the process's state, like a taken name (validation). SPAWN_ERROR, ABNORMAL_TERMINATION and FAILED depend on the
# program, so they get no row.
_SUPERVISOR_PROCESS_STATE: tuple[tuple[str, str, str, str], ...] = (
    ("ALREADY_STARTED", V, "supervisor", "startProcess on a process that is already running"),
    ("NOT_RUNNING", V, "supervisor", "stopProcess or signalProcess on a process that is not running"),
    ("ALREADY_ADDED", V, "supervisor", "addProcessGroup for a group that is already active"),
    ("STILL_RUNNING", V, "supervisor", "removeProcessGroup for a group whose processes still run"),
)

# OAuth 2.0 token endpoint errors (RFC 6749 5.2, the ``"error"`` field of any compliant server: Keycloak, Okta,
# Auth0, Entra): a request the caller built wrong (a grant type or scope the server does not take, a missing
# parameter) is validation; a client or grant the server rejects is a credential, so configuration must change.
# ``invalid_request`` is left out: it normalises like the LLM APIs' ``invalid_request_error`` type, which is said of
# billing and access failures too; a 400 without a more specific reason is validation by its status anyway.
_OAUTH2: tuple[tuple[str, str, str, str], ...] = (
    ("unsupported_grant_type", V, "oauth2", "the request's grant_type is not one the server accepts"),
    ("invalid_scope", V, "oauth2", "the requested scope is invalid, unknown or malformed"),
    ("invalid_client", P, "oauth2", "client authentication failed: the client's credentials must change"),
    ("unauthorized_client", P, "oauth2", "the client is not allowed this grant type: its registration must change"),
    ("invalid_grant", P, "oauth2", "the grant or refresh token is invalid, expired or revoked"),
)

# ACME problem types (RFC 8555 6.7), read with the ACME prefix out of "urn:ietf:params:acme:error:<type>" as certbot's
# acme client, lego and cert-manager print them. A type that says what is wrong with the request is validation; one that
# says the account, the client's keys or the domain's setup (CAA records, the served challenge) must change is
# permanent; a stale nonce and the CA's own failure are transient. rateLimited is transient as a rate, and the window
# its detail names refines it (Let's Encrypt's weekly certificate limits are a quota). The types whose meaning depends
# on their detail (dns: NXDOMAIN or SERVFAIL; connection: a firewall or a timeout; tls; compound; orderNotReady) get
# no row: the detail decides.
_ACME: tuple[tuple[str, str, str, str], ...] = (
    ("badNonce", T, "acme", "the nonce was stale: the server sends a fresh one and the client SHOULD retry (6.5)"),
    ("serverInternal", T, "acme", "the CA failed internally"),
    ("rateLimited", T, "acme", "the request exceeds a rate limit (a limit counted over days is refined to a quota)"),
    ("malformed", V, "acme", "the request message was malformed"),
    ("badCSR", V, "acme", "the CSR is unacceptable (e.g. a short key)"),
    ("badRevocationReason", V, "acme", "the revocation reason given is not allowed"),
    ("alreadyRevoked", V, "acme", "the certificate to revoke is already revoked"),
    ("invalidContact", V, "acme", "a contact URL for the account is invalid"),
    ("unsupportedContact", V, "acme", "a contact URL uses a scheme the server does not support"),
    ("unsupportedIdentifier", V, "acme", "an identifier is of a type the server does not support"),
    ("rejectedIdentifier", V, "acme", "the server will not issue certificates for the identifier"),
    ("accountDoesNotExist", P, "acme", "the account named does not exist: it must be registered"),
    ("externalAccountRequired", P, "acme", "the CA requires external account binding: configuration"),
    ("userActionRequired", P, "acme", "visit the instance URL and act (e.g. agree to new terms of service)"),
    ("badPublicKey", P, "acme", "the account key's type is not supported: the client's key must change"),
    ("badSignatureAlgorithm", P, "acme", "the JWS algorithm is not supported: the client's setup must change"),
    ("caa", P, "acme", "the domain's CAA records forbid this CA from issuing: DNS must change"),
    ("incorrectResponse", P, "acme", "the response served for the challenge is wrong: the server's setup must change"),
    ("unauthorized", P, "acme", "the client lacks authorization for the identifier (a failed challenge)"),
)

# ---- brokers and workflow services (eighth batch): codes their clients print inside the message

# NATS JetStream's API errors by err_code (read with the NATSJS prefix). The HTTP-like status beside it is coarse: a
# compare-and-set on the expected last sequence that lost a race is a 400, JetStream switched off is a 503, an
# account's stream or consumer count at its limit is a 400; the err_code says which.
_NATS_JETSTREAM: tuple[tuple[str, str, str, str], ...] = (
    ("10071", T, "nats-jetstream", "JSStreamWrongLastSequenceErrF: the expected last (subject) sequence moved, an "
     "optimistic-concurrency conflict (as KV update's KeyWrongLastSequenceError): re-read and retry"),
    ("10070", T, "nats-jetstream", "JSStreamWrongLastMsgIDErrF: the expected last message id moved (concurrency)"),
    ("10008", T, "nats-jetstream", "JSClusterNotAvailErr: JetStream system temporarily unavailable (503)"),
    ("10009", T, "nats-jetstream", "JSClusterNotLeaderErr: no leader can handle the request right now"),
    ("10118", T, "nats-jetstream", "JSStreamOfflineErr: the stream's replicas are offline"),
    ("10119", T, "nats-jetstream", "JSConsumerOfflineErr: the consumer's replicas are offline"),
    ("10023", R, "nats-jetstream", "JSInsufficientResourcesErr: insufficient resources (sent as 503)"),
    ("10028", R, "nats-jetstream", "JSMemoryResourcesExceededErr: insufficient memory resources available"),
    ("10047", R, "nats-jetstream", "JSStorageResourcesExceededErr: insufficient storage resources available"),
    ("10002", R, "nats-jetstream", "JSAccountResourcesExceededErr: resource limits exceeded for the account"),
    ("10027", R, "nats-jetstream", "JSMaximumStreamsLimitErr: the account's stream count is at its limit (a 400)"),
    ("10026", R, "nats-jetstream", "JSMaximumConsumersLimitErr: the consumer count is at its limit (a 400)"),
    ("10054", V, "nats-jetstream", "JSStreamMessageExceedsMaximumErr: the message is over the stream's fixed maximum"),
    ("10097", V, "nats-jetstream", "JSStreamHeaderExceedsMaximumErr: the headers are over the fixed 64k maximum"),
    ("10025", V, "nats-jetstream", "JSInvalidJSONErr: the request body is not valid JSON"),
    ("10058", P, "nats-jetstream", "JSStreamNameExistErr: the stream exists with another configuration; the "
     "deployment's stream configuration must change (like AMQP's inequivalent arg)"),
    ("10065", P, "nats-jetstream", "JSStreamSubjectOverlapErr: the configured subjects overlap another stream's"),
    ("10059", P, "nats-jetstream", "JSStreamNotFoundErr: no such stream"),
    ("10014", P, "nats-jetstream", "JSConsumerNotFoundErr: no such consumer"),
    ("10076", P, "nats-jetstream", "JSNotEnabledErr: JetStream is not enabled on the server (sent as 503)"),
    ("10039", P, "nats-jetstream", "JSNotEnabledForAccountErr: JetStream is not enabled for the account (a 503)"),
    ("10109", P, "nats-jetstream", "JSStreamSealedErr: the stream is sealed; no write will ever be accepted"),
)  # fmt: skip

# MQTT 5.0 reason codes of 0x80 and above (failures), read with the MQTT prefix from aiomqtt's "[code:N]"; codes
# below 0x80 are paho's own MQTT_ERR numbers, which overlap MQTT 3.1.1's CONNACK codes and are not read.
_MQTT5: tuple[tuple[str, str, str, str], ...] = (
    ("132", P, "mqtt5", "Unsupported Protocol Version: the client's protocol setting must change"),
    ("133", P, "mqtt5", "Client Identifier not valid: the configured client id is refused"),
    ("134", P, "mqtt5", "Bad User Name or Password"),
    ("135", P, "mqtt5", "Not authorized"),
    ("136", T, "mqtt5", "Server unavailable"),
    ("137", T, "mqtt5", "Server busy"),
    ("138", P, "mqtt5", "Banned: an administrator must lift it"),
    ("139", T, "mqtt5", "Server shutting down"),
    ("140", P, "mqtt5", "Bad authentication method"),
    ("141", T, "mqtt5", "Keep Alive timeout"),
    ("143", V, "mqtt5", "Topic Filter invalid"),
    ("144", V, "mqtt5", "Topic Name invalid"),
    ("149", V, "mqtt5", "Packet too large: over the server's fixed maximum packet size"),
    ("150", T, "mqtt5", "Message rate too high: the server's publish rate limit, throttling"),
    ("151", R, "mqtt5", "Quota exceeded: an administrative quota, which must come back or rise"),
    ("153", V, "mqtt5", "Payload format invalid: the payload does not match its format indicator"),
    ("154", P, "mqtt5", "Retain not supported by the server"),
    ("155", P, "mqtt5", "QoS not supported by the server"),
    ("157", P, "mqtt5", "Server moved: the client's server address must change"),
    ("158", P, "mqtt5", "Shared Subscriptions not supported"),
    ("159", T, "mqtt5", "Connection rate exceeded: the server's connect rate limit, throttling"),
    ("161", P, "mqtt5", "Subscription Identifiers not supported"),
    ("162", P, "mqtt5", "Wildcard Subscriptions not supported"),
)  # fmt: skip

# ---- Db2 message ids (ninth batch, databases' recovery, lock and capacity states), read as DB2 with the SQLCODE's
# number (SQL30082N, SQLCODE=-30082: DB230082) before the SQLSTATE, which Db2 shares between failures of different
# kinds (08001: a network failure, a host that does not exist and a bad password alike).
_DB2: tuple[tuple[str, str, str, str], ...] = (
    ("30082", P, "db2", "SQL30082N security processing failed (password invalid or expired, user id revoked, ...; "
     "SQLSTATE 08001): the credentials or the security setup must change"),
    ("1336", P, "db2", "SQL1336N the remote host was not found (08001): the configured host name must change"),
    ("30081", T, "db2", "SQL30081N a communication error was detected (08001): the network failed"),
    ("30108", T, "db2", "SQL30108N the connection failed and was re-established (client reroute, 08506): re-run"),
    ("1224", T, "db2", "SQL1224N the database manager cannot accept requests or ended them (a forced stop or "
     "restart, SQLSTATE 55032 whose class is otherwise a wrong object state)"),
    ("911", T, "db2", "SQL0911N rolled back because of a deadlock or timeout (40001)"),
    ("913", T, "db2", "SQL0913N unsuccessful execution caused by a deadlock or timeout (57033)"),
    ("1040", R, "db2", "SQL1040N the maximum number of applications is already connected (57030)"),
    ("964", R, "db2", "SQL0964C the transaction log for the database is full (57011)"),
    ("968", R, "db2", "SQL0968C the file system is full (57011)"),
    ("954", R, "db2", "SQL0954C not enough storage is available in the application heap (57011)"),
    ("289", R, "db2", "SQL0289N unable to allocate new pages in table space (57011)"),
)  # fmt: skip

# ---- Square's error codes (tenth batch, SaaS and payment APIs): squareup's ApiError prints the response body
# ("body: {'errors': [{'category': 'PAYMENT_METHOD_ERROR', 'code': 'CVV_FAILURE', ...}]}") and the code names the
# failure more closely than the status (a decline is sent as 402, a bad request as 400). As for Stripe's declines, a
# payment method the issuer refuses or the buyer mistyped is validation: the same card always fails, another one must
# be supplied. Codes Stripe shares (INSUFFICIENT_FUNDS, GENERIC_DECLINE) are read by Stripe's rows already.
_SQUARE: tuple[tuple[str, str, str, str], ...] = (
    ("CVV_FAILURE", V, "square", "the card issuer declined the card's security code: the buyer must re-enter it"),
    ("ADDRESS_VERIFICATION_FAILURE", V, "square", "the postal code or address does not match the card's"),
    ("INVALID_POSTAL_CODE", V, "square", "the postal code is not valid for the card"),
    ("INVALID_EXPIRATION", V, "square", "the card's expiration date is invalid or missing"),
    ("BAD_EXPIRATION", V, "square", "the expiration date is in a wrong format"),
    ("EXPIRATION_FAILURE", V, "square", "the card issuer declined the expiration date"),
    ("CARD_EXPIRED", V, "square", "the card is expired: another card is needed"),
    ("INVALID_CARD", V, "square", "the card issuer declined the card (invalid card number or details)"),
    ("INVALID_CARD_DATA", V, "square", "the card data supplied (nonce, token) is invalid"),
    ("PAN_FAILURE", V, "square", "the card number (PAN) is invalid"),
    ("INVALID_ACCOUNT", V, "square", "the card issuer says the account is invalid"),
    ("CARD_NOT_SUPPORTED", V, "square", "the card brand or type is not supported: another card is needed"),
    ("CARD_DECLINED_CALL_ISSUER", V, "square", "a decline: the buyer must contact the issuer or use another card"),
    ("CARD_DECLINED_VERIFICATION_REQUIRED", V, "square", "a decline until the buyer verifies the payment"),
    ("INVALID_PIN", V, "square", "the PIN entered is wrong"),
    ("ALLOWABLE_PIN_TRIES_EXCEEDED", V, "square", "too many wrong PINs: the card is locked for this payment"),
    ("TRANSACTION_LIMIT", V, "square", "the issuer declined the amount for this card"),
    ("VOICE_FAILURE", V, "square", "the issuer requires a voice authorization: the card cannot be charged as sent"),
    ("CARDHOLDER_INSUFFICIENT_PERMISSIONS", V, "square", "the card issuer restricts this card from this payment"),
    ("CARD_TOKEN_EXPIRED", V, "square", "the card nonce or token expired: a new one must be created"),
    ("CARD_TOKEN_USED", V, "square", "the card nonce was already used: a new one must be created"),
    ("BUYER_REFUSED_PAYMENT", V, "square", "the buyer refused the payment"),
    ("TEMPORARY_ERROR", T, "square", "a temporary internal error: retry"),
    ("ACCESS_TOKEN_EXPIRED", P, "square", "the OAuth access token expired: it must be refreshed or replaced"),
    ("ACCESS_TOKEN_REVOKED", P, "square", "the access token was revoked: the seller must re-authorize"),
    ("INSUFFICIENT_SCOPES", P, "square", "the token lacks the OAuth scopes the call needs: re-authorize"),
    ("CARD_PROCESSING_NOT_ENABLED", P, "square", "the location cannot take card payments: the account must change"),
    ("MERCHANT_SUBSCRIPTION_NOT_FOUND", P, "square", "the seller lacks the subscription the endpoint needs"),
)  # fmt: skip

# Square's decline codes that Stripe's rows used to read (issue 10, SaaS template sweep): Stripe's table now counts
# only on stripe.* classes, so Square's own ApiError ("'code': 'INSUFFICIENT_FUNDS', 'detail': 'Authorization error:
# 'INSUFFICIENT_FUNDS''") fell to its "Authorization error" words (a credential's). Read on Square's SDK classes only
# (CLASS_SCOPED_VENDORS): elsewhere a bare insufficient_funds may be a platform's own balance. Both are card declines
# in Square's PAYMENT_METHOD_ERROR category, as the square row's source lists them.
_SQUARE_SWEEP_SAAS: tuple[tuple[str, str, str, str], ...] = (
    ("INSUFFICIENT_FUNDS", V, "square", "the issuer declined: the card has insufficient funds; another is needed"),
    ("GENERIC_DECLINE", V, "square", "the issuer declined without a specific reason: another card is needed"),
)

# ---- PayPal REST error names (tenth batch), read as PAYPAL<NAME> from the body paypalrestsdk and the PayPal HTTP
# clients print. A sender or merchant account that is unverified, restricted or lacks a permission must change (its
# owner acts); a declined instrument or a duplicate id is the request's (validation). INSUFFICIENT_FUNDS is left to
# the words around it: a payout sender's balance (resource) in Payouts, a buyer who cannot pay (a decline) in Payments.
_PAYPAL: tuple[tuple[str, str, str, str], ...] = (
    ("RATE_LIMIT_REACHED", T, "paypal", "too many requests: blocked by rate limiting for now"),
    ("INTERNAL_SERVICE_ERROR", T, "paypal", "an internal service error: retry"),
    ("INTERNAL_SERVER_ERROR", T, "paypal", "an internal server error: retry"),
    ("SERVICE_UNAVAILABLE", T, "paypal", "the service is unavailable: retry"),
    ("AUTHENTICATION_FAILURE", P, "paypal", "the credentials are missing or invalid"),
    ("AUTHORIZATION_ERROR", P, "paypal", "the account or app lacks the permission for the call"),
    ("NOT_AUTHORIZED", P, "paypal", "the caller is not authorized for the call"),
    ("PERMISSION_DENIED", P, "paypal", "the caller lacks permission for the resource"),
    ("SENDER_ACCOUNT_UNVERIFIED", P, "paypal", "the sender's account must be verified first"),
    ("SENDER_RESTRICTED", P, "paypal", "the sender's account is restricted"),
    ("PAYEE_ACCOUNT_RESTRICTED", P, "paypal", "the merchant's account is restricted"),
    ("PAYEE_ACCOUNT_LOCKED_OR_CLOSED", P, "paypal", "the merchant's account is locked or closed"),
    ("PAYEE_NOT_ENABLED_FOR_CARD_PROCESSING", P, "paypal", "the merchant's account cannot process cards"),
    ("RESOURCE_NOT_FOUND", P, "paypal", "the resource does not exist"),
    ("VALIDATION_ERROR", V, "paypal", "the request is invalid (see its details)"),
    ("MALFORMED_REQUEST", V, "paypal", "the request is malformed"),
    ("INSTRUMENT_DECLINED", V, "paypal", "the payment instrument was declined: another is needed"),
    ("TRANSACTION_REFUSED", V, "paypal", "the transaction was refused"),
    ("PAYER_CANNOT_PAY", V, "paypal", "the payer cannot pay with this funding source"),
    ("CARD_EXPIRED", V, "paypal", "the card is expired"),
    ("DUPLICATE_INVOICE_ID", V, "paypal", "the invoice id was already used"),
    ("DUPLICATE_REQUEST_ID", V, "paypal", "the request or batch id was already used"),
)  # fmt: skip

# ---- PayPal's v2 issues (twelfth batch): the specific reason in details[].issue of an UNPROCESSABLE_ENTITY 422 or an
# INVALID_REQUEST 400 (developer.paypal.com/api/rest/reference/orders/v2/errors/). The merchant's own account or
# setup is permanent (no order data fixes it); the payer's account or card is validation (as INSTRUMENT_DECLINED: the
# payment method supplied must change).
_PAYPAL_ISSUES: tuple[tuple[str, str, str, str], ...] = (
    ("COMPLIANCE_VIOLATION", P, "paypal-orders", "the transaction cannot be processed for a possible compliance "
     "violation: the merchant must contact PayPal"),
    ("PAYEE_ACCOUNT_INVALID", P, "paypal-orders", "the payee's account is invalid"),
    ("PAYEE_ACCOUNT_NOT_SUPPORTED", P, "paypal-orders", "the payee's account type is not supported"),
    ("PAYEE_ACCOUNT_NOT_VERIFIED", P, "paypal-orders", "the payee's account is not verified"),
    ("PAYEE_NOT_CONSENTED", P, "paypal-orders", "the payee has not consented to the API caller acting for it"),
    ("CONSENT_NEEDED", P, "paypal-orders", "the API caller lacks the merchant's consent"),
    ("AUTH_CAPTURE_NOT_ENABLED", P, "paypal-orders", "authorize-and-capture is not enabled for the merchant"),
    ("ACTION_DOES_NOT_MATCH_INTENT", P, "paypal-orders", "the call does not match the order's intent (a code bug)"),
    ("PAYER_ACCOUNT_LOCKED_OR_CLOSED", V, "paypal-orders", "the payer's account is locked or closed: another "
     "payment method is needed"),
    ("PAYER_ACCOUNT_RESTRICTED", V, "paypal-orders", "the payer's account is restricted: another payment method"),
    ("CARD_CLOSED", V, "paypal-orders", "the card is closed: another card is needed"),
    ("REDIRECT_PAYER_FOR_ALTERNATE_FUNDING", V, "paypal-orders", "the payer must choose another funding source"),
)  # fmt: skip

# ---- Adyen (twelfth batch): the Python library prints the API's error body ('{"status":422,"errorCode":"101",
# "message":"Invalid card number","errorType":"validation",...}') in its exception's text. The errorCode names the
# failure, the errorType its category ("internal, validation, security, or configuration",
# docs.adyen.com/development-resources/error-codes); read on Adyen's classes with the ADYEN prefix (bare numbers mean
# other things), the code first. Only codes whose meaning the type does not give are rows.
_ADYEN: tuple[tuple[str, str, str, str], ...] = (
    ("704", T, "adyen", "request already processed or in progress: an idempotent request still running; retry later"),
    ("901", P, "adyen", "invalid merchant account: the account named in the configuration is wrong"),
    ("TYPE_validation", V, "adyen", "errorType validation: required fields missing or invalid data"),
    ("TYPE_security", P, "adyen", "errorType security: the API key, credentials or permissions are wrong"),
    ("TYPE_configuration", P, "adyen", "errorType configuration: the merchant account's setup (payment methods, "
     "settings) must change"),
)  # fmt: skip

# Intercom's error codes (issue 10, SaaS template sweep; developers.intercom.com/docs/references/rest-api/errors/
# error-codes), the ``code`` of each entry of its ``error.list`` body: a parameter missing or of the wrong type is
# validation; a token blocked, unknown or not allowed, and an API the app's plan does not include, are permanent. The
# generic ones (server_error, client_error, conflict, unsupported, retry_after) get no row: their words decide.
# Read as Intercom spells them (SPELLED_VENDORS): AWS SSM's ParameterNotFound normalises like parameter_not_found.
_INTERCOM: tuple[tuple[str, str, str, str], ...] = (
    ("parameter_not_found", V, "intercom", "a required parameter was not supplied"),
    ("parameter_invalid", V, "intercom", "a parameter's value is invalid"),
    ("type_mismatch", V, "intercom", "the JSON value type is incorrect for the field"),
    ("api_plan_restricted", P, "intercom", "the API is not available on this app's plan"),
    ("token_blocked", P, "intercom", "the API key or app has been blocked"),
    ("token_not_found", P, "intercom", "the token or API key does not exist"),
    ("token_unauthorized", P, "intercom", "the token or API key is not allowed to access the resource"),
    ("missing_authorization", P, "intercom", "no authorization data was found on the request"),
)

# ---- networking libraries' own status numbers (eleventh batch, web serving, networking and coordination). libcurl
# (pycurl's ``(47, 'Maximum (50) redirects followed')``, the curl CLI's ``curl: (47) ...``), c-ares (aiodns'
# ``(1, 'DNS server returned answer with no data')``, tornado's ``C-Ares returned error 11: ...``) and RFC 6455 close
# codes (websockets' ``received 1003 (unsupported data) ...``) each number their failures; the number says what the
# free text may only paraphrase. Read with their prefixes (CURL47, ARES1, WSCLOSE1003): bare numbers mean other things.
# Codes whose meaning depends on the case are left out, so their message decides: libcurl 6 (could not resolve host:
# a name that does not exist or a resolver that failed for now), 22 (the HTTP status it prints decides), 35 (a TLS
# handshake that failed for a reset or for a protocol mismatch); c-ares 6 (REFUSED: a policy or a rate); close code
# 1008 (policy violation: a bad credential or a bad message).
_LIBCURL: tuple[tuple[str, str, str, str], ...] = (
    ("1", P, "libcurl", "CURLE_UNSUPPORTED_PROTOCOL: the URL's scheme is not supported by this libcurl build"),
    ("3", V, "libcurl", "CURLE_URL_MALFORMAT: the URL is not properly formatted"),
    ("4", P, "libcurl", "CURLE_NOT_BUILT_IN: the feature or option was not built into this libcurl"),
    ("7", T, "libcurl", "CURLE_COULDNT_CONNECT: the connect() to the host or proxy failed"),
    ("9", P, "libcurl", "CURLE_REMOTE_ACCESS_DENIED: the server denied access to the resource"),
    ("18", T, "libcurl", "CURLE_PARTIAL_FILE: the transfer ended shorter than announced (the peer dropped it)"),
    ("27", R, "libcurl", "CURLE_OUT_OF_MEMORY: a memory allocation failed"),
    ("28", T, "libcurl", "CURLE_OPERATION_TIMEDOUT: the operation timed out"),
    ("43", P, "libcurl", "CURLE_BAD_FUNCTION_ARGUMENT: a function was called with a bad parameter (a code bug)"),
    ("47", P, "libcurl", "CURLE_TOO_MANY_REDIRECTS: a redirect loop or a chain over the limit: the URL or the "
     "server's redirects must change"),
    ("48", P, "libcurl", "CURLE_UNKNOWN_OPTION: an option this libcurl does not know"),
    ("52", T, "libcurl", "CURLE_GOT_NOTHING: the server returned nothing (the connection was closed)"),
    ("55", T, "libcurl", "CURLE_SEND_ERROR: sending network data failed"),
    ("56", T, "libcurl", "CURLE_RECV_ERROR: receiving network data failed"),
    ("58", P, "libcurl", "CURLE_SSL_CERTPROBLEM: the local client certificate cannot be used"),
    ("59", P, "libcurl", "CURLE_SSL_CIPHER: the specified cipher cannot be used"),
    ("60", P, "libcurl", "CURLE_PEER_FAILED_VERIFICATION: the server's certificate or fingerprint was not verified"),
    ("67", P, "libcurl", "CURLE_LOGIN_DENIED: the remote server denied the login"),
    ("77", P, "libcurl", "CURLE_SSL_CACERT_BADFILE: the CA certificate file cannot be read"),
    ("78", P, "libcurl", "CURLE_REMOTE_FILE_NOT_FOUND: the resource in the URL does not exist"),
    ("81", T, "libcurl", "CURLE_AGAIN: the socket is not ready; wait until it is"),
    ("83", P, "libcurl", "CURLE_SSL_ISSUER_ERROR: the issuer check failed"),
    ("90", P, "libcurl", "CURLE_SSL_PINNEDPUBKEYNOTMATCH: the server's public key does not match the pinned key"),
    ("94", P, "libcurl", "CURLE_AUTH_ERROR: an authentication function returned an error"),
    ("98", P, "libcurl", "CURLE_SSL_CLIENTCERT: the server rejected the client certificate"),
)  # fmt: skip

_CARES: tuple[tuple[str, str, str, str], ...] = (
    ("1", P, "c-ares", "ARES_ENODATA 'DNS server returned answer with no data': the name has no record of the type "
     "asked for (dnspython's NoAnswer): the zone or the query must change"),
    ("2", P, "c-ares", "ARES_EFORMERR 'DNS server claims query was misformatted': the resolver and the server "
     "disagree on the protocol (an EDNS option, a middlebox): the setup must change"),
    ("3", T, "c-ares", "ARES_ESERVFAIL 'DNS server returned general failure' (SERVFAIL): the server failed for now"),
    ("4", P, "c-ares", "ARES_ENOTFOUND 'Domain name not found' (NXDOMAIN): the name does not exist"),
    ("5", P, "c-ares", "ARES_ENOTIMP: the server does not implement the requested operation"),
    ("7", V, "c-ares", "ARES_EBADQUERY 'Misformatted DNS query': the query built from the caller's input is invalid"),
    ("8", V, "c-ares", "ARES_EBADNAME 'Misformatted domain name': the name passed in is malformed"),
    ("9", P, "c-ares", "ARES_EBADFAMILY: an address family the call does not support (a code or setup error)"),
    ("10", T, "c-ares", "ARES_EBADRESP 'Misformatted DNS reply': a garbled or truncated answer on the way"),
    ("11", T, "c-ares", "ARES_ECONNREFUSED 'Could not contact DNS servers': the resolvers are unreachable for now"),
    ("12", T, "c-ares", "ARES_ETIMEOUT 'Timeout while contacting DNS servers'"),
    ("14", P, "c-ares", "ARES_EFILE 'Error reading file': the resolver configuration (resolv.conf, hosts) cannot "
     "be read"),
    ("15", R, "c-ares", "ARES_ENOMEM 'Out of memory'"),
    ("17", V, "c-ares", "ARES_EBADSTR 'Misformatted string'"),
    ("18", P, "c-ares", "ARES_EBADFLAGS 'Illegal flags specified': the code passes flags the call rejects"),
    ("19", V, "c-ares", "ARES_ENONAME 'Given hostname is not numeric': a name where the flags demand an address"),
    ("20", P, "c-ares", "ARES_EBADHINTS 'Illegal hints flags specified': the code passes hints the call rejects"),
    ("21", P, "c-ares", "ARES_ENOTINITIALIZED: the library was used before ares_library_init (a code bug)"),
    ("26", P, "c-ares", "ARES_ENOSERVER 'No DNS servers were configured': the resolver setup must change"),
)  # fmt: skip

_WEBSOCKET_CLOSE: tuple[tuple[str, str, str, str], ...] = (
    ("1001", T, "rfc6455", "going away: the server is going down or the page navigated away; reconnect"),
    ("1002", P, "rfc6455", "protocol error: an endpoint broke the WebSocket protocol (an implementation fault)"),
    ("1003", V, "rfc6455", "unsupported data: the endpoint cannot accept this type of data (binary where it takes "
     "text): the same message always fails"),
    ("1006", T, "rfc6455", "abnormal closure: the connection dropped without a close frame"),
    ("1007", V, "rfc6455", "invalid frame payload data: data inconsistent with the message type (non-UTF-8 text)"),
    ("1009", V, "rfc6455", "message too big: the message exceeds what the endpoint accepts"),
    ("1010", P, "rfc6455", "mandatory extension: the server did not negotiate an extension the client requires"),
    ("1011", T, "rfc6455", "internal error: the server met an unexpected condition (a 500's analogue)"),
    ("1012", T, "rfc6455", "service restart: the service is restarting; reconnect"),
    ("1013", T, "rfc6455", "try again later: the service is overloaded for now"),
    ("1014", T, "rfc6455", "bad gateway: a gateway got an invalid response from upstream (a 502's analogue)"),
    ("1015", P, "rfc6455", "TLS handshake failure: the certificate could not be verified"),
)  # fmt: skip

# ---- Meilisearch error codes and types (eleventh batch), as meilisearch-python prints them ("MeilisearchApiError.
# Error code: invalid_search_filter. Error message: ... Error documentation: https://docs.meilisearch.com/errors#
# invalid_search_filter Error type: invalid_request"), read as MEILI<code>, then MEILITYPE<type>. Meilisearch gives
# each code a type and a status (crates/meilisearch-types/src/error.rs, make_error_codes!): ``invalid_request`` is
# "an error in the user input" (4xx), ``auth`` a key or header (401/403), ``internal`` a server failure (5xx) and
# ``system`` a host limit (disk, open files, search queue). The type decides; the codes listed first are those whose
# status says otherwise than their type: the *_not_found 404s (something missing, permanent), conflicts of state.
_MEILISEARCH: tuple[tuple[str, str, str, str], ...] = (
    ("index_not_found", P, "meilisearch", "404: no index with that uid"),
    ("document_not_found", P, "meilisearch", "404: no document with that id"),
    ("task_not_found", P, "meilisearch", "404: no task with that uid"),
    ("batch_not_found", P, "meilisearch", "404: no batch with that uid"),
    ("api_key_not_found", P, "meilisearch", "404: no API key with that uid or key"),
    ("dump_not_found", P, "meilisearch", "404: no dump with that uid"),
    ("not_found", P, "meilisearch", "404: the route or resource does not exist"),
    ("feature_not_enabled", P, "meilisearch", "400: an experimental feature the instance has not enabled"),
    ("requires_enterprise_edition", P, "meilisearch", "451: the feature needs the enterprise edition"),
    ("invalid_state", P, "meilisearch", "500: the database is in an invalid state (re-index to recover)"),
    ("dump_already_processing", T, "meilisearch", "409: another dump is being created; it ends by itself"),
    ("too_many_search_requests", T, "meilisearch", "503: the search queue is full for now ('Retry after 10s')"),
    ("database_size_limit_reached", R, "meilisearch", "500: the database reached its maximum size"),
    ("no_space_left_on_device", R, "meilisearch", "422: the disk is full"),
    ("too_many_open_files", R, "meilisearch", "422: the process reached its open-file limit"),
    ("type_invalid_request", V, "meilisearch", "4xx: 'an error in the user input'"),
    ("type_auth", P, "meilisearch", "401/403: a missing, invalid or insufficient API key"),
    ("type_internal", T, "meilisearch", "5xx: the server failed; its message may say why"),
    ("type_system", R, "meilisearch", "the host reached a limit (disk, index size, open files) or cannot read or write "
     "its database; its message says which"),
)  # fmt: skip

# ---- file transfer, object storage and mail (eleventh batch): the status each protocol or service gives its reply,
# read with the protocol's prefix (the same numbers and words mean other things elsewhere). Windows NTSTATUS names as
# smbprotocol prints them (also behind errno 0 and "Unknown NtStatus error"); POP3 and IMAP response codes in
# brackets; FTP replies as aioftp prints them; MinIO's own S3 error codes. (Azure Storage's lease and SMB-handle
# conflicts are with Azure's tables, SMTP's enhanced status codes with _SMTP.)
_NTSTATUS: tuple[tuple[str, str, str, str], ...] = (
    ("STATUS_DISK_FULL", R, "ntstatus", "0xC000007F: there is not enough space on the disk"),
    ("STATUS_INSUFF_SERVER_RESOURCES", R, "ntstatus", "0xC0000205: the server lacks the resources (memory, work "
     "items) to process the request"),
    ("STATUS_INSUFFICIENT_RESOURCES", R, "ntstatus", "0xC000009A: insufficient system resources"),
    ("STATUS_NO_MEMORY", R, "ntstatus", "0xC0000017: not enough virtual memory or paging file quota"),
    ("STATUS_QUOTA_EXCEEDED", R, "ntstatus", "0xC0000044: the quota is exceeded"),
    ("STATUS_TOO_MANY_OPENED_FILES", R, "ntstatus", "0xC000011F: too many files are open"),
    ("STATUS_NETWORK_NAME_DELETED", T, "ntstatus", "0xC00000C9: the server dropped the tree connection (restart, "
     "failover, idle cleanup): a new connection works"),
    ("STATUS_USER_SESSION_DELETED", T, "ntstatus", "0xC0000203: the server expired the session: a new session works"),
    ("STATUS_NETWORK_SESSION_EXPIRED", T, "ntstatus", "0xC000035C: the session expired: re-authenticating works"),
    ("STATUS_CONNECTION_DISCONNECTED", T, "ntstatus", "0xC000020C: the transport connection was disconnected"),
    ("STATUS_CONNECTION_RESET", T, "ntstatus", "0xC000020D: the transport connection was reset"),
    ("STATUS_IO_TIMEOUT", T, "ntstatus", "0xC00000B5: the I/O request timed out"),
    ("STATUS_SHARING_VIOLATION", T, "ntstatus", "0xC0000043: another open of the file holds it; it is closed later"),
    ("STATUS_FILE_LOCK_CONFLICT", T, "ntstatus", "0xC0000054: another process holds a byte-range lock"),
    ("STATUS_ACCESS_DENIED", P, "ntstatus", "0xC0000022: the account lacks the access"),
    ("STATUS_LOGON_FAILURE", P, "ntstatus", "0xC000006D: unknown user name or bad password"),
    ("STATUS_BAD_NETWORK_NAME", P, "ntstatus", "0xC00000CC: the share does not exist"),
    ("STATUS_OBJECT_NAME_NOT_FOUND", P, "ntstatus", "0xC0000034: the file does not exist"),
    ("STATUS_OBJECT_PATH_NOT_FOUND", P, "ntstatus", "0xC000003A: the path does not exist"),
    ("STATUS_REQUEST_NOT_ACCEPTED", R, "ntstatus", "0xC00000D0: no more connections can be made to the remote "
     "computer: the server's connection limit is reached"),
    ("STATUS_TOO_MANY_SESSIONS", R, "ntstatus", "0xC00000CE: the server's session limit is reached"),
    ("STATUS_SERVER_UNAVAILABLE", T, "ntstatus", "0xC0000466: the file server is temporarily unavailable"),
    ("STATUS_DELETE_PENDING", T, "ntstatus", "0xC0000056: the file is marked for deletion while handles are open"),
    ("STATUS_LOCK_NOT_GRANTED", T, "ntstatus", "0xC0000055: another process holds a conflicting lock"),
    ("STATUS_HOST_UNREACHABLE", T, "ntstatus", "0xC000023D: the network cannot reach the host"),
    ("STATUS_HOST_DOWN", T, "ntstatus", "0xC0000350: the host is down"),
    ("STATUS_WRONG_PASSWORD", P, "ntstatus", "0xC000006A: the password is not correct"),
    ("STATUS_PASSWORD_EXPIRED", P, "ntstatus", "0xC0000071: the account's password expired"),
    ("STATUS_PASSWORD_MUST_CHANGE", P, "ntstatus", "0xC0000224: the password must be changed first"),
    ("STATUS_ACCOUNT_DISABLED", P, "ntstatus", "0xC0000072: the account is disabled"),
    ("STATUS_ACCOUNT_EXPIRED", P, "ntstatus", "0xC0000193: the account expired"),
    ("STATUS_ACCOUNT_LOCKED_OUT", P, "ntstatus", "0xC0000234: the account is locked out (after bad credentials)"),
    ("STATUS_LOGON_TYPE_NOT_GRANTED", P, "ntstatus", "0xC000015B: the account may not log on this way"),
    ("STATUS_PRIVILEGE_NOT_HELD", P, "ntstatus", "0xC0000061: a required privilege is not held"),
    ("STATUS_NETWORK_ACCESS_DENIED", P, "ntstatus", "0xC00000CA: network access is denied"),
    ("STATUS_NOT_SUPPORTED", P, "ntstatus", "0xC00000BB: the server does not support the request"),
    ("STATUS_FILE_IS_A_DIRECTORY", P, "ntstatus", "0xC00000BA: the path names a directory (as EISDIR)"),
    ("STATUS_NOT_A_DIRECTORY", P, "ntstatus", "0xC0000103: a path component is not a directory (as ENOTDIR)"),
    ("STATUS_INVALID_PARAMETER", V, "ntstatus", "0xC000000D: an invalid parameter was passed"),
    ("STATUS_OBJECT_NAME_INVALID", V, "ntstatus", "0xC0000033: the object name is invalid"),
)  # fmt: skip

# ... and the NTSTATUS of a name that exists already (smbprotocol's SMBOSError maps it to EEXIST, "[Error 17]
# [NtStatus 0xc0000035] File exists"): like every "already exists" here, the name the caller gives must change.
_NTSTATUS_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("STATUS_OBJECT_NAME_COLLISION", V, "ntstatus", "0xC0000035: the object name already exists"),
)

NTSTATUS_NAMES: dict[int, str] = {int(note[:10], 16): name for name, _, _, note in (*_NTSTATUS, *_NTSTATUS_SWEEP)}
"""The NTSTATUS numbers of ``_NTSTATUS``'s names: smbprotocol's SMBOSError prints only ``[NtStatus 0x...]``."""

_POP3: tuple[tuple[str, str, str, str], ...] = (
    ("AUTH", P, "pop3-codes", "the credentials were rejected (RFC 3206)"),
    ("SYS/PERM", P, "pop3-codes", "a permanent system error: an operator must act (RFC 3206)"),
    ("SYS/TEMP", T, "pop3-codes", "a temporary system error: try later (RFC 3206)"),
    ("IN-USE", T, "pop3-codes", "another session holds the maildrop lock (RFC 2449)"),
    ("LOGIN-DELAY", T, "pop3-codes", "logged in too recently: wait the delay (RFC 2449)"),
)

_IMAP: tuple[tuple[str, str, str, str], ...] = (
    ("UNAVAILABLE", T, "imap-codes", "a subsystem is down for now"),
    ("INUSE", T, "imap-codes", "another session holds what the command needs"),
    ("AUTHENTICATIONFAILED", P, "imap-codes", "the credentials were rejected"),
    ("AUTHORIZATIONFAILED", P, "imap-codes", "the user may not act as the identity asked"),
    ("EXPIRED", P, "imap-codes", "the password or account expired"),
    ("NOPERM", P, "imap-codes", "the user lacks the access right"),
    ("NONEXISTENT", P, "imap-codes", "the mailbox does not exist"),
    ("OVERQUOTA", R, "imap-codes", "the user's quota is used up"),
    ("BAD", V, "imap-codes", "tagged BAD: the command's arguments are invalid (RFC 3501 7.1.3)"),
)

_FTP: tuple[tuple[str, str, str, str], ...] = (
    ("421", T, "ftp-replies", "service not available, closing control connection"),
    ("425", T, "ftp-replies", "cannot open data connection"),
    ("426", T, "ftp-replies", "connection closed, transfer aborted"),
    ("450", T, "ftp-replies", "file unavailable for now (busy)"),
    ("451", T, "ftp-replies", "local error in processing"),
    ("452", R, "ftp-replies", "insufficient storage space in the system"),
    ("552", R, "ftp-replies", "exceeded storage allocation"),
    ("530", P, "ftp-replies", "not logged in: the credentials must change"),
    ("550", P, "ftp-replies", "file unavailable (not found, no access)"),
    ("501", V, "ftp-replies", "syntax error in parameters or arguments"),
)

_MINIO: tuple[tuple[str, str, str, str], ...] = (
    ("XMinioStorageFull", R, "minio", "507: the drives reached their minimum free space: objects must be deleted"),
    ("XMinioServerNotInitialized", T, "minio", "503: the server is still starting"),
)

# Ceph's RADOS Gateway speaks the S3 API and adds its own codes, printed by boto3 in AWS's format: QuotaExceeded is a
# user's or bucket's quota (objects or bytes) used up (it was read as Azure's QuotaExceeded before Azure's scoping).
_CEPH_RGW: tuple[tuple[str, str, str, str], ...] = (
    ("QuotaExceeded", R, "ceph-rgw", "403: the user's or bucket's quota is used up: delete objects or raise it"),
)


# Source-driven sweep (issue 10), confluent-kafka: librdkafka's codes (src/rdkafka.h rd_kafka_resp_err_t, which
# confluent_kafka.KafkaError exposes by name) whose meaning fixes the recovery and that no table above has: the Java
# client retries UNSTABLE_OFFSET_COMMIT (a RetriableException) and re-bootstraps on REBOOTSTRAP_REQUIRED; a request
# naming one resource twice or a SCRAM credential below the broker's criteria is the caller's input; a thread or
# memory the client could not get is a local resource; an unknown security.protocol or auto.offset.reset=error with no
# committed offset is the consumer's configuration.
_LIBRDKAFKA_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("UNSTABLE_OFFSET_COMMIT", T, "kafka-protocol", "88: offsets of an open transaction; cleared when it completes"),
    ("REBOOTSTRAP_REQUIRED", T, "kafka-protocol", "129: the client's metadata is stale; it bootstraps again"),
    ("_ISR_INSUFF", T, "librdkafka", "-183: fewer in-sync replicas than required, as NOT_ENOUGH_REPLICAS"),
    ("DUPLICATE_RESOURCE", V, "kafka-protocol", "92: the request named the same resource twice"),
    ("UNACCEPTABLE_CREDENTIAL", V, "kafka-protocol", "93: the credential given does not meet the broker's criteria"),
    ("_CRIT_SYS_RESOURCE", R, "librdkafka", "-194: a critical system resource (a thread, memory) was not available"),
    ("_UNKNOWN_PROTOCOL", P, "librdkafka", "-171: the configured security.protocol is not one librdkafka knows"),
    ("_AUTO_OFFSET_RESET", P, "librdkafka", "-140: auto.offset.reset=error and no committed offset to start from"),
)  # fmt: skip

# Source-driven sweep (issue 10), botocore: AWS codes botocore prints in ClientError / EventStreamError ("An error
# occurred (Code) when calling ...") that no table above has. EC2's IdempotentParameterMismatch: a client token reused
# with other parameters (the request must change); Bedrock's ModelStreamErrorException: "An error occurred while
# streaming the response. Retry your request." (the event stream prints it camel-cased, modelStreamErrorException).
_AWS_SWEEP: tuple[tuple[str, str, str, str], ...] = (
    ("IdempotentParameterMismatch", V, "aws-api", "a client token reused with different parameters"),
    ("ModelStreamErrorException", T, "aws-bedrock-stream", "the response stream failed; retry the request"),
)  # fmt: skip

# ---- AWS codes met in the message-template sweep of botocore's clients (the per-action error lists of each service's
# API reference): a code that decides what its generic text ("... and try again") does not say.
_AWS_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("BucketAlreadyExists", V, "aws-s3",
     "the bucket name is taken in the global namespace: the name must change, as any 'already exists' (HTTP 409)"),
    ("DecryptionFailure", P, "aws-secretsmanager",
     "the secret's KMS key cannot decrypt it (key disabled, no kms:Decrypt grant): the key or its policy must change"),
    # S3 addressed with the wrong region or endpoint: the client's region setting must change ("The bucket you are
    # attempting to access must be addressed using the specified endpoint", "the region 'us-east-1' is wrong;
    # expecting 'eu-west-1'", "The unspecified location constraint is incompatible for the region specific endpoint")
    ("PermanentRedirect", P, "aws-s3", "301: the bucket is in another region; the endpoint configured must change"),
    ("AuthorizationHeaderMalformed", P, "aws-s3", "400: the request is signed for another region than the bucket's"),
    ("IllegalLocationConstraintException", P, "aws-s3",
     "400: the bucket's location constraint does not fit the regional endpoint the client is configured with"),
    ("ConcurrentRunsExceededException", R, "aws-glue",
     "the job's maximum concurrent runs are all running: a run slot must free up (not a concurrent modification)"),
    ("AccountSendingPausedException", P, "aws-ses",
     "sending is paused for the account: AWS or its owner must resume it"),
    ("ParameterLimitExceeded", R, "aws-ssm",
     "the account's number of parameters is reached ('Delete unnecessary parameters and try again')"),
)  # fmt: skip

# ---- AWS codes of the cloud control-plane template sweep (issue 10), from each service's error reference: EC2's
# account states (errors-overview.html: "Blocked: Your account is currently blocked", "PendingVerification: Your account
# is pending verification"), its duplicate names, Secrets Manager's server-side error, CloudFormation's missing
# capability acknowledgement, Elastic Load Balancing's duplicate names (API_CreateLoadBalancer, API_CreateTargetGroup).
_AWS_SWEEP_CLOUD: tuple[tuple[str, str, str, str], ...] = (
    ("Blocked", P, "aws-api", "the account is blocked: AWS Support must lift it"),
    ("PendingVerification", P, "aws-api", "the account is pending verification: requests fail until it completes"),
    ("InvalidGroup.Duplicate", V, "aws-api", "a security group of that name exists in the VPC (already exists)"),
    ("InvalidKeyPair.Duplicate", V, "aws-api", "a key pair of that name exists: as any 'already exists'"),
    ("InternalServiceError", T, "aws-secretsmanager", "'An error occurred on the server side.' (HTTP 500): retry"),
    ("ResourceExistsException", V, "aws-secretsmanager",
     "a secret of that name exists ('The operation failed because the secret ... already exists.')"),
    ("InsufficientCapabilitiesException", V, "aws-cloudformation",
     "'Requires capabilities : [CAPABILITY_NAMED_IAM]': the call must acknowledge the template's capabilities"),
    ("DuplicateLoadBalancerName", V, "aws-elbv2", "a load balancer of that name exists (already exists)"),
    ("DuplicateTargetGroupName", V, "aws-elbv2", "a target group of that name exists (already exists)"),
)  # fmt: skip

# OpenAI error codes met in the template sweep (the "code" of the error body, spelled as OpenAI does): read before
# a generic code of the same letters (librdkafka's _INVALID_TYPE is a client bug, OpenAI's invalid_type a request
# parameter of the wrong type: "Invalid type for 'max_tokens': expected an integer, but got a string instead.").
_LLM_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("invalid_type", V, "openai", "a request parameter has the wrong type"),
)  # fmt: skip

# ---- Chromium's network error codes (twelfth batch, application frameworks and automation). Every Chromium-based
# browser reports a failed load by the net error's name (net/base/net_error_list.h, chromium/chromium): Playwright
# ("Page.goto: net::ERR_CONNECTION_REFUSED at http://..."), Puppeteer ("net::ERR_CERT_AUTHORITY_INVALID at ...") and
# chromedriver through Selenium ("unknown error: net::ERR_CONNECTION_RESET") print it whatever their own error class,
# which is one generic class per tool. Read with the CHROMIUMNET prefix where spelled "net::ERR_" (bare, the names mean
# other things). Codes whose meaning depends on the case are left out, so the message decides: ABORTED (a navigation
# another one or a download interrupted), FAILED, NAME_NOT_RESOLVED (a name that does not exist or a resolver that
# failed for now, like libcurl 6), SSL_PROTOCOL_ERROR (a wrong port, a proxy or a broken server),
# HTTP2_PROTOCOL_ERROR, INVALID_RESPONSE, HTTP_RESPONSE_CODE_FAILURE (the status decides).
_CHROMIUM_NET: tuple[tuple[str, str, str, str], ...] = (
    # system (0-99)
    ("FILE_NOT_FOUND", P, "chromium-net", "-6: the file or directory cannot be found"),
    ("TIMED_OUT", T, "chromium-net", "-7: an operation timed out"),
    ("ACCESS_DENIED", P, "chromium-net", "-10: permission to a resource other than the network was denied"),
    ("NOT_IMPLEMENTED", P, "chromium-net", "-11: unimplemented functionality"),
    ("INSUFFICIENT_RESOURCES", R, "chromium-net", "-12: not enough resources to complete the operation (sockets, "
     "memory, the renderer's budget): capacity must come back"),
    ("OUT_OF_MEMORY", R, "chromium-net", "-13: memory allocation failed"),
    ("SOCKET_NOT_CONNECTED", T, "chromium-net", "-15: the socket is not connected"),
    ("FILE_NO_SPACE", R, "chromium-net", "-18: not enough room left on the disk"),
    ("BLOCKED_BY_CLIENT", P, "chromium-net", "-20: the client (an extension, a policy) chose to block the request"),
    ("NETWORK_CHANGED", T, "chromium-net", "-21: the network changed during the request"),
    ("BLOCKED_BY_ADMINISTRATOR", P, "chromium-net", "-22: blocked by the administrator's URL blocklist"),
    ("BLOCKED_BY_RESPONSE", P, "chromium-net", "-27: the response's headers (CORP, X-Frame-Options) forbid the load"),
    ("CLEARTEXT_NOT_PERMITTED", P, "chromium-net", "-29: cleartext traffic is not permitted by policy"),
    ("BLOCKED_BY_CSP", P, "chromium-net", "-30: blocked by a Content Security Policy"),
    # connection (100-199)
    ("CONNECTION_CLOSED", T, "chromium-net", "-100: the connection was closed (TCP FIN)"),
    ("CONNECTION_RESET", T, "chromium-net", "-101: the connection was reset (TCP RST)"),
    ("CONNECTION_REFUSED", T, "chromium-net", "-102: the connection attempt was refused (nothing listens yet)"),
    ("CONNECTION_ABORTED", T, "chromium-net", "-103: the connection timed out waiting for an ACK"),
    ("CONNECTION_FAILED", T, "chromium-net", "-104: the connection attempt failed"),
    ("INTERNET_DISCONNECTED", T, "chromium-net", "-106: the Internet connection has been lost"),
    ("ADDRESS_UNREACHABLE", T, "chromium-net", "-109: the IP address is unreachable (no route)"),
    ("SSL_CLIENT_AUTH_CERT_NEEDED", P, "chromium-net", "-110: the server requests a client certificate"),
    ("TUNNEL_CONNECTION_FAILED", T, "chromium-net", "-111: a tunnel through the proxy could not be established"),
    ("SSL_VERSION_OR_CIPHER_MISMATCH", P, "chromium-net", "-113: client and server share no TLS version or cipher"),
    ("BAD_SSL_CLIENT_AUTH_CERT", P, "chromium-net", "-117: the server rejected the client certificate"),
    ("CONNECTION_TIMED_OUT", T, "chromium-net", "-118: the connection attempt timed out"),
    ("SOCKS_CONNECTION_FAILED", T, "chromium-net", "-120: the SOCKS proxy connection failed"),
    ("PROXY_AUTH_REQUESTED", P, "chromium-net", "-127: the proxy requires authentication the client lacks"),
    ("PROXY_CONNECTION_FAILED", T, "chromium-net", "-130: the proxy could not be connected to"),
    ("MANDATORY_PROXY_CONFIGURATION_FAILED", P, "chromium-net", "-131: the mandatory proxy configuration is invalid"),
    ("PRECONNECT_MAX_SOCKET_LIMIT", R, "chromium-net", "-133: the maximum number of sockets is in use"),
    ("PROXY_CERTIFICATE_INVALID", P, "chromium-net", "-136: the proxy's certificate is invalid"),
    ("NAME_RESOLUTION_FAILED", T, "chromium-net", "-137: the name resolution itself failed (the resolver, not "
     "the name)"),
    ("NETWORK_ACCESS_DENIED", P, "chromium-net", "-138: network access is denied (a firewall or sandbox policy)"),
    ("TEMPORARILY_THROTTLED", T, "chromium-net", "-139: the request was throttled"),
    ("SSL_PINNED_KEY_NOT_IN_CERT_CHAIN", P, "chromium-net", "-150: the certificate chain lacks the pinned key"),
    ("NO_BUFFER_SPACE", R, "chromium-net", "-176: no socket buffer space is left (ENOBUFS)"),
    # certificates (200-299): the server's certificate or the client's trust store must change
    ("CERT_COMMON_NAME_INVALID", P, "chromium-net", "-200: the certificate does not name the host"),
    ("CERT_DATE_INVALID", P, "chromium-net", "-201: the certificate is expired or not yet valid"),
    ("CERT_AUTHORITY_INVALID", P, "chromium-net", "-202: the certificate's issuer is not trusted (a private or "
     "self-signed CA)"),
    ("CERT_CONTAINS_ERRORS", P, "chromium-net", "-203: the certificate contains errors"),
    ("CERT_REVOKED", P, "chromium-net", "-206: the certificate has been revoked"),
    ("CERT_INVALID", P, "chromium-net", "-207: the certificate is invalid"),
    ("CERT_WEAK_SIGNATURE_ALGORITHM", P, "chromium-net", "-208: the certificate is signed with a weak algorithm"),
    ("CERT_NAME_CONSTRAINT_VIOLATION", P, "chromium-net", "-212: the certificate violates its CA's name constraints"),
    ("CERT_VALIDITY_TOO_LONG", P, "chromium-net", "-213: the certificate's validity period is too long"),
    ("CERTIFICATE_TRANSPARENCY_REQUIRED", P, "chromium-net", "-214: the certificate lacks required CT information"),
    # HTTP (300-399)
    ("INVALID_URL", V, "chromium-net", "-300: the URL is invalid"),
    ("DISALLOWED_URL_SCHEME", P, "chromium-net", "-301: the scheme is disallowed in this context"),
    ("UNKNOWN_URL_SCHEME", V, "chromium-net", "-302: the URL's scheme is unknown (like an unsupported protocol)"),
    ("TOO_MANY_REDIRECTS", P, "chromium-net", "-310: too many redirects (a loop): the URL or server must change"),
    ("UNSAFE_REDIRECT", P, "chromium-net", "-311: a redirect to an unsafe scheme"),
    ("UNSAFE_PORT", P, "chromium-net", "-312: the port is restricted by the browser"),
    ("EMPTY_RESPONSE", T, "chromium-net", "-324: the server closed the connection without sending data"),
    ("REQUEST_RANGE_NOT_SATISFIABLE", V, "chromium-net", "-328: the requested range cannot be satisfied (like 416)"),
    ("NETWORK_IO_SUSPENDED", T, "chromium-net", "-331: network I/O was suspended (the host slept)"),
    ("INVALID_AUTH_CREDENTIALS", P, "chromium-net", "-338: the server rejected the credentials"),
    ("UNSUPPORTED_AUTH_SCHEME", P, "chromium-net", "-339: the authentication scheme is not supported"),
    ("MISSING_AUTH_CREDENTIALS", P, "chromium-net", "-341: credentials are needed and none are set"),
    ("HTTP2_SERVER_REFUSED_STREAM", T, "chromium-net", "-351: the server refused the stream before processing it"),
    ("HTTP2_PING_FAILED", T, "chromium-net", "-352: the HTTP/2 connection's PING went unanswered"),
    ("CONTENT_LENGTH_MISMATCH", T, "chromium-net", "-354: the body ended before its Content-Length (cut in transit)"),
    ("INCOMPLETE_CHUNKED_ENCODING", T, "chromium-net", "-355: the chunked body ended before its last chunk"),
    ("HTTP_1_1_REQUIRED", P, "chromium-net", "-365: the server requires HTTP/1.1"),
    # DNS resolver (800-899)
    ("DNS_SERVER_FAILED", T, "chromium-net", "-802: the DNS server failed (SERVFAIL)"),
    ("DNS_TIMED_OUT", T, "chromium-net", "-803: the DNS transaction timed out"),
)  # fmt: skip


# Firefox's (Gecko's) network and certificate errors as Playwright prints them for its Firefox browser ("Page.goto:
# NS_ERROR_CONNECTION_REFUSED", "SEC_ERROR_UNKNOWN_ISSUER"): necko's nsresult names (xpcom/base/ErrorList.py in
# mozilla/gecko-dev) and NSS's and mozilla::pkix's certificate errors (security/nss/lib/util/secerr.h, lib/ssl/sslerr.h;
# security/manager/ssl/ in gecko-dev). Read with the GECKO prefix. Left out as for Chromium: NS_ERROR_UNKNOWN_HOST (a
# name that does not exist or a resolver that failed for now), NS_ERROR_ABORT and NS_BINDING_ABORTED (a navigation
# another one interrupted), NS_ERROR_FAILURE.
_GECKO_NET: tuple[tuple[str, str, str, str], ...] = (
    ("NS_ERROR_CONNECTION_REFUSED", T, "gecko-net", "the connection was refused (nothing listens yet)"),
    ("NS_ERROR_NET_TIMEOUT", T, "gecko-net", "the connection or the response timed out"),
    ("NS_ERROR_NET_RESET", T, "gecko-net", "the connection was reset"),
    ("NS_ERROR_NET_INTERRUPT", T, "gecko-net", "the connection was interrupted mid-transfer"),
    ("NS_ERROR_NET_PARTIAL_TRANSFER", T, "gecko-net", "the transfer ended before its announced length"),
    ("NS_ERROR_NET_EMPTY_RESPONSE", T, "gecko-net", "the server closed the connection without a response"),
    ("NS_ERROR_OFFLINE", T, "gecko-net", "the browser is offline"),
    ("NS_ERROR_PROXY_CONNECTION_REFUSED", T, "gecko-net", "the proxy refused the connection"),
    ("NS_ERROR_OUT_OF_MEMORY", R, "gecko-net", "a memory allocation failed"),
    ("NS_ERROR_FILE_NO_DEVICE_SPACE", R, "gecko-net", "no space left on the device"),
    ("NS_ERROR_FILE_NOT_FOUND", P, "gecko-net", "the file does not exist"),
    ("NS_ERROR_FILE_ACCESS_DENIED", P, "gecko-net", "access to the file is denied"),
    ("NS_ERROR_MALFORMED_URI", V, "gecko-net", "the URL is malformed"),
    ("NS_ERROR_UNKNOWN_PROTOCOL", V, "gecko-net", "the URL's scheme is unknown"),
    ("NS_ERROR_REDIRECT_LOOP", P, "gecko-net", "the redirects loop: the URL or the server must change"),
    ("NS_ERROR_PORT_ACCESS_NOT_ALLOWED", P, "gecko-net", "the port is restricted by the browser"),
    ("NS_ERROR_NET_INADEQUATE_SECURITY", P, "gecko-net", "the server's TLS setup is inadequate for HTTP/2"),
    ("SEC_ERROR_UNKNOWN_ISSUER", P, "gecko-net", "the certificate's issuer is not trusted"),
    ("SEC_ERROR_UNTRUSTED_ISSUER", P, "gecko-net", "the certificate's issuer is marked untrusted"),
    ("SEC_ERROR_UNTRUSTED_CERT", P, "gecko-net", "the certificate is marked untrusted"),
    ("SEC_ERROR_EXPIRED_CERTIFICATE", P, "gecko-net", "the certificate has expired"),
    ("SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", P, "gecko-net", "the issuer's certificate has expired"),
    ("SEC_ERROR_REVOKED_CERTIFICATE", P, "gecko-net", "the certificate has been revoked"),
    ("SEC_ERROR_CA_CERT_INVALID", P, "gecko-net", "the issuer's certificate is not a valid CA"),
    ("SSL_ERROR_BAD_CERT_DOMAIN", P, "gecko-net", "the certificate does not name the host"),
    ("SSL_ERROR_NO_CYPHER_OVERLAP", P, "gecko-net", "client and server share no cipher"),
    ("SSL_ERROR_UNSUPPORTED_VERSION", P, "gecko-net", "client and server share no TLS version"),
    ("SSL_ERROR_RX_RECORD_TOO_LONG", P, "gecko-net", "TLS spoken to a plaintext port (a wrong port or scheme)"),
    ("MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", P, "gecko-net", "the certificate is self-signed"),
    ("MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", P, "gecko-net", "the certificate is not valid yet"),
)  # fmt: skip


# Hetzner Cloud's API error codes (thirteenth batch, cloud and SaaS SDKs), as hcloud-python's APIException prints them
# after the message ("server name is already used (uniqueness_error)", "... (locked, <correlation id>)"); read with the
# HCLOUD prefix, on hcloud's classes only (evidence._parse_hcloud). Left out: resource_unavailable ("The requested
# resource is currently unavailable": a location's stock that comes back, or a type retired there; the code does not
# say which) and the per-action codes (server_not_stopped, ip_not_available, ...), whose messages speak for them.
_HCLOUD: tuple[tuple[str, str, str, str], ...] = (
    ("forbidden", P, "hcloud-errors", "insufficient permissions for the request"),
    ("unauthorized", P, "hcloud-errors", "the token is invalid or missing"),
    ("token_readonly", P, "hcloud-errors", "a read-only token used for a write"),
    ("invalid_input", V, "hcloud-errors", "error while parsing or processing the input"),
    ("json_error", V, "hcloud-errors", "invalid JSON input"),
    ("uniqueness_error", V, "hcloud-errors", "a field of the object must be unique (a name already used): the same "
     "create fails until the input changes"),
    ("locked", T, "hcloud-errors", "the item is locked by an action that is still running"),
    ("conflict", T, "hcloud-errors", "the resource changed during the request; retry"),
    ("rate_limit_exceeded", T, "hcloud-errors", "too many requests"),
    ("resource_limit_exceeded", R, "hcloud-errors", "the account's maximum quantity of the resource is reached"),
    ("service_error", T, "hcloud-errors", "error within a service"),
    ("server_error", T, "hcloud-errors", "error within the API backend"),
    ("maintenance", T, "hcloud-errors", "the operation cannot run during maintenance"),
    ("unavailable", T, "hcloud-errors", "a service or product is currently not available"),
    ("timeout", T, "hcloud-errors", "the request timed out"),
    ("not_found", P, "hcloud-errors", "the entity does not exist"),
    ("protected", P, "hcloud-errors", "the action is protected for this resource (delete or rebuild protection)"),
    ("unsupported_error", P, "hcloud-errors", "the resource does not support the action"),
    ("deprecated_api_endpoint", P, "hcloud-errors", "the endpoint was retired"),
)  # fmt: skip

# Postmark's API error codes (thirteenth batch, cloud and SaaS SDKs), the ErrorCode of the error body that postmarker
# prints before the message ("[406] You tried to send to recipient(s) that have been marked as inactive."); each is
# sent with a 422 (or a 401 for the token), which says only that the request was refused. Read with the POSTMARK prefix,
# on postmarker's classes only (a bare number means other things elsewhere). Left out: the codes of the account and
# template management endpoints (500 and above), whose messages speak for them, and the sender-signature codes 400 and
# 401, which defaults' message.sender_not_configured reads in their words (one rule per meaning).
_POSTMARK: tuple[tuple[str, str, str, str], ...] = (
    ("10", P, "postmark-errors", "bad or missing API token"),
    ("100", T, "postmark-errors", "maintenance"),
    ("300", V, "postmark-errors", "invalid email request (an address, a missing body, too many recipients)"),
    ("402", V, "postmark-errors", "invalid JSON"),
    ("403", V, "postmark-errors", "incompatible JSON"),
    ("405", R, "postmark-errors", "not allowed to send: the account ran out of credits, which must be bought first"),
    ("406", V, "postmark-errors", "inactive recipient (bounced or complained): the recipient must change"),
    ("409", V, "postmark-errors", "JSON required"),
    ("410", V, "postmark-errors", "too many batch messages"),
    ("411", V, "postmark-errors", "forbidden attachment type"),
    ("412", P, "postmark-errors", "the account is pending approval"),
    ("413", P, "postmark-errors", "the account may not send"),
    ("429", T, "postmark-errors", "rate limit exceeded"),
)  # fmt: skip

# Vonage's SMS API statuses (thirteenth batch, cloud and SaaS SDKs), which the SDK's SmsError prints ("Sms.send_message
# method failed with error code 9: Partner Quota Violation"): the API answers 200 with the status in the body, so the
# status is the only evidence. Read with the VONAGESMS prefix, on Vonage's classes only. Left out: 23 (an invalid
# callback URL: the request's or the account's setting) and the statuses of the deprecated SMPP binds.
_VONAGE_SMS: tuple[tuple[str, str, str, str], ...] = (
    ("1", T, "vonage-sms", "throttled: sending faster than the account's limit"),
    ("2", V, "vonage-sms", "a required parameter is missing"),
    ("3", V, "vonage-sms", "a parameter's value is invalid"),
    ("4", P, "vonage-sms", "the API key or secret is incorrect, invalid or disabled"),
    ("5", T, "vonage-sms", "an internal error in the platform"),
    ("6", V, "vonage-sms", "the message cannot be processed (an unrecognised number prefix)"),
    ("7", V, "vonage-sms", "the destination number is barred: the recipient must change"),
    ("8", P, "vonage-sms", "the account is suspended"),
    ("9", R, "vonage-sms", "not enough credit: top up, then retry"),
    ("10", T, "vonage-sms", "too many simultaneous connections for the account: back off and retry"),
    ("11", P, "vonage-sms", "the account is not enabled for the HTTP API"),
    ("12", V, "vonage-sms", "the message is too long"),
    ("14", P, "vonage-sms", "the request's signature does not verify (the signature secret)"),
    ("15", P, "vonage-sms", "the sender id is not allowed for the account or destination (the account's numbers)"),
    ("29", P, "vonage-sms", "a demo account may send only to its whitelisted numbers"),
    ("32", P, "vonage-sms", "signature and API secret used together: the client's setup"),
)  # fmt: skip


# ---- chat and social APIs (thirteenth batch): the codes their error bodies carry beside the HTTP status. Discord's
# JSON error code as discord.py (and its forks nextcord and disnake) prints it ("400 Bad Request (error code: 30007):
# Maximum number of webhooks reached (10)"), read as DISCORD<code>; Discord's gateway close code as discord.py's
# ConnectionClosed prints it ("Shard ID None WebSocket closed with 4004"), read as DISCORDGW<code>; the X (Twitter)
# API v1.1 error code as tweepy prints each one under the status ("403 Forbidden\n187 - Status is a duplicate."),
# read as TWITTER<code>. The code is more exact than the status: Discord sends its object-count limits as 400s
# (capacity that clears only when objects are deleted, not by changing the request) and X its duplicate and
# too-long statuses as 403s (the content must change).
_DISCORD_JSON: tuple[tuple[str, str, str, str], ...] = (
    # Maximum number of <objects> reached: a per-guild, per-channel or per-account count is full; the same request
    # succeeds once objects are deleted (or the limit raised), so capacity must come back
    *((code, R, "discord-json", f"maximum number of {what} reached") for code, what in (
        ("30001", "guilds"), ("30002", "friends"), ("30003", "pins for the channel"), ("30004", "recipients"),
        ("30005", "guild roles"), ("30007", "webhooks"), ("30008", "emojis"), ("30010", "reactions"),
        ("30011", "group DMs"), ("30013", "guild channels"), ("30016", "invites"), ("30018", "animated emojis"),
        ("30019", "server members"), ("30030", "server categories"), ("30032", "application commands"),
        ("30033", "thread participants"), ("30034", "daily application command creates (a daily quota)"),
        ("30035", "bans for non-guild members"), ("30037", "ban fetches"),
        ("30038", "uncompleted guild scheduled events"), ("30039", "stickers"),
        ("30047", "pinned threads in a forum channel"), ("30048", "tags in a forum channel"),
        ("30056", "premium emojis"), ("30058", "webhooks per guild"), ("30060", "channel permission overwrites"),
        ("160006", "active threads"), ("160007", "active announcement threads"),
    )),
    # ... but these limits clear by themselves ("Try again later"): rate limits in the words of a count
    ("30040", T, "discord-json", "maximum number of prune requests reached; try again later"),
    ("30042", T, "discord-json", "maximum number of guild widget settings updates reached; try again later"),
    ("30046", T, "discord-json", "maximum number of edits to messages older than 1 hour reached; try again later"),
    ("20016", T, "discord-json", "slowmode rate limit"),
    ("20022", T, "discord-json", "announcement rate limit"),
    ("20028", T, "discord-json", "the channel hit its write rate limit"),
    ("20029", T, "discord-json", "the server hit its write rate limit"),
    ("40003", T, "discord-json", "opening direct messages too fast"),
    ("40062", T, "discord-json", "service resource is being rate limited"),
    ("110001", T, "discord-json", "application not yet available; try again later"),
    ("130000", T, "discord-json", "API resource is currently overloaded; try again a little later"),
    # the request itself: too many attachments in one message, an empty or too large body, invalid form or JSON
    ("30015", V, "discord-json", "maximum number of attachments in one message: the message must carry fewer"),
    ("30052", V, "discord-json", "bitrate too high for the channel type"),
    ("40005", V, "discord-json", "request entity too large"),
    ("50006", V, "discord-json", "cannot send an empty message"),
    ("50016", V, "discord-json", "too few or too many messages to bulk delete"),
    ("50035", V, "discord-json", "invalid form body"),
    ("50045", V, "discord-json", "uploaded file exceeds the maximum size"),
    ("50046", V, "discord-json", "invalid file uploaded"),
    ("50109", V, "discord-json", "the request body contains invalid JSON"),
    ("200000", V, "discord-json", "message blocked by automatic moderation: the content must change"),
    ("240000", V, "discord-json", "message blocked by the harmful links filter"),
    # the bot's permissions, token or setup, or a target that is not there: no retry and no other payload helps
    ("10003", P, "discord-json", "unknown channel"),
    ("10004", P, "discord-json", "unknown guild"),
    ("10008", P, "discord-json", "unknown message"),
    ("10062", P, "discord-json", "unknown interaction (its token expired before the response)"),
    ("40001", P, "discord-json", "unauthorized: the token is missing or invalid"),
    ("50001", P, "discord-json", "missing access"),
    ("50007", P, "discord-json", "cannot send messages to this user"),
    ("50013", P, "discord-json", "the bot lacks the permissions for the action"),
    ("50014", P, "discord-json", "invalid authentication token"),
    ("50027", P, "discord-json", "invalid webhook token"),
    ("40060", P, "discord-json", "interaction has already been acknowledged (the code answers twice)"),
)  # fmt: skip

_DISCORD_GATEWAY: tuple[tuple[str, str, str, str], ...] = (
    ("4000", T, "discord-gateway", "unknown error: reconnect"),
    ("4007", T, "discord-gateway", "invalid seq on resume: reconnect and start a new session"),
    ("4008", T, "discord-gateway", "rate limited: reconnect"),
    ("4009", T, "discord-gateway", "session timed out: reconnect"),
    ("4004", P, "discord-gateway", "authentication failed: the token is incorrect (do not reconnect)"),
    ("4010", P, "discord-gateway", "invalid shard (do not reconnect)"),
    ("4011", P, "discord-gateway", "sharding required (do not reconnect)"),
    ("4012", P, "discord-gateway", "invalid API version (do not reconnect)"),
    ("4013", P, "discord-gateway", "invalid intents (do not reconnect)"),
    ("4014", P, "discord-gateway", "disallowed intents: not enabled in the developer portal (do not reconnect)"),
)  # fmt: skip

_TWITTER: tuple[tuple[str, str, str, str], ...] = (
    ("88", T, "twitter-errors", "rate limit exceeded"),
    ("130", T, "twitter-errors", "over capacity"),
    ("131", T, "twitter-errors", "internal error"),
    ("185", R, "twitter-errors", "user is over the daily status update limit: the quota comes back the next day"),
    ("161", R, "twitter-errors", "unable to follow more people at this time (a follow limit)"),
    ("186", V, "twitter-errors", "the Tweet is too long (sent as a 403)"),
    ("187", V, "twitter-errors", "status is a duplicate (sent as a 403): the same text always fails"),
    ("354", V, "twitter-errors", "the direct message is over the character limit"),
    ("32", P, "twitter-errors", "could not authenticate you"),
    ("89", P, "twitter-errors", "invalid or expired token"),
    ("215", P, "twitter-errors", "bad authentication data (a 400 whose reason is the credential)"),
    ("220", P, "twitter-errors", "the credentials do not allow access to this resource"),
    ("261", P, "twitter-errors", "the application cannot perform write actions"),
    ("326", P, "twitter-errors", "the account is temporarily locked"),
    ("64", P, "twitter-errors", "the account is suspended"),
    ("453", P, "twitter-errors", "the access level does not include the endpoint"),
)  # fmt: skip

# The Google Maps Platform web services' top-level status, as googlemaps' ApiError prints it ("REQUEST_DENIED (The
# provided API key is invalid.)", "MAX_ELEMENTS_EXCEEDED"), read as GMAPS<status>. OVER_QUERY_LIMIT and
# OVER_DAILY_LIMIT are left out: each is said of a rate, a quota and a billing setup alike, and the message decides.
_GOOGLE_MAPS: tuple[tuple[str, str, str, str], ...] = (
    ("REQUEST_DENIED", P, "google-maps-status", "the request was denied: an invalid key, an API not enabled"),
    ("INVALID_REQUEST", V, "google-maps-status", "the query is missing or malformed"),
    ("UNKNOWN_ERROR", T, "google-maps-status", "a server error: the request may succeed if tried again"),
    ("MAX_ELEMENTS_EXCEEDED", V, "google-maps-status", "origins times destinations over the per-query limit"),
    ("MAX_DIMENSIONS_EXCEEDED", V, "google-maps-status", "too many origins or destinations in one request"),
    ("MAX_WAYPOINTS_EXCEEDED", V, "google-maps-status", "too many waypoints in one request"),
    ("MAX_ROUTE_LENGTH_EXCEEDED", V, "google-maps-status", "the route asked for is too long to process"),
)  # fmt: skip


# Trino's error names beyond _TRINO and _TRINO_MORE (StandardErrorCode, HiveErrorCode in trinodb/trino), read the same
# way, and at the head of an Athena query's failure reason (``HIVE_PARTITION_SCHEMA_MISMATCH: ...``, which pyathena
# raises as OperationalError: Athena runs Trino and reports its names). An object a DDL statement creates that already
# exists is SQLSTATE 42P07's case, as Spark's TABLE_OR_VIEW_ALREADY_EXISTS in _SPARK_MORE: the statement must change.
_TRINO_TEMPLATES_WAREHOUSES: tuple[tuple[str, str, str, str], ...] = (
    ("ALREADY_EXISTS", P, "trino", "12 USER_ERROR: the object the statement creates already exists (as 42P07)"),
    ("TABLE_ALREADY_EXISTS", P, "trino", "50 USER_ERROR: the table already exists (as 42P07)"),
    ("SCHEMA_ALREADY_EXISTS", P, "trino", "49 USER_ERROR: the schema already exists (as 42P06)"),
    ("COLUMN_ALREADY_EXISTS", P, "trino", "51 USER_ERROR: the column already exists (as 42701)"),
    ("EXCEEDED_CPU_LIMIT", R, "trino", "131077 INSUFFICIENT_RESOURCES: the query used the CPU time it may use"),
    ("EXCEEDED_SCAN_LIMIT", R, "trino", "131081 INSUFFICIENT_RESOURCES: the query read the data it may read"),
    ("HIVE_PARTITION_SCHEMA_MISMATCH", P, "trino-hive",
     "a partition's schema in the metastore does not match the table's; the catalog must be repaired "
     "(https://repost.aws/knowledge-center/athena-hive-partition-schema-mismatch)"),
)  # fmt: skip

# Spark's error classes beyond _SPARK and _SPARK_MORE (same rule: the SQLSTATE the error-conditions table gives each).
_SPARK_TEMPLATES_WAREHOUSES: tuple[tuple[str, str, str, str], ...] = (
    ("CODEC_NOT_AVAILABLE", P, "spark", "56038: the compression codec the configuration names is not available"),
    ("CODEC_SHORT_NAME_NOT_FOUND", P, "spark", "42704: no codec has the short name the configuration gives"),
)


# ---- families new to the fourteenth batch (session 16): whole code spaces written from each vendor's own list of
# codes, not from the corpus items, so that errors of the same families nobody collected are read alike.
#
# Amazon Neptune's engine error codes, the "code" of the JSON error body every Neptune endpoint returns (Gremlin,
# openCypher, SPARQL, loader; gremlinpython's GremlinServerError prints "<status>: {..."code":"...","detailedMessage":
# ...}"). The page's "Retry?" column is kept where it matches LABELS.md; a code said of several cases is left out.
_NEPTUNE: tuple[tuple[str, str, str, str], ...] = (
    ("AccessDeniedException", P, "neptune-errors", "403: authentication or authorization failure"),
    ("BadRequestException", V, "neptune-errors", "400: the request could not be processed as sent"),
    ("ConcurrentModificationException", T, "neptune-errors", "500: a conflicting concurrent write; retry"),
    ("ConstraintViolationException", V, "neptune-errors", "400: the write breaks a constraint of the data"),
    ("IllegalArgumentException", V, "neptune-errors", "400: an argument of the query is not valid"),
    ("InvalidNumericDataException", V, "neptune-errors", "400: a numeric value cannot be read"),
    ("InvalidParameterException", V, "neptune-errors", "400: a parameter of the request is not valid"),
    ("MalformedQueryException", V, "neptune-errors", "400: the query does not parse"),
    ("MissingParameterException", V, "neptune-errors", "400: a required parameter is missing"),
    ("QueryTooLargeException", V, "neptune-errors", "400: the query text is over the size limit"),
    ("MemoryLimitExceededException", R, "neptune-errors", "500: the instance's query memory is used up"),
    ("MethodNotAllowedException", P, "neptune-errors", "405: the endpoint does not take this method"),
    ("ReadOnlyViolationException", P, "neptune-errors",
     "400: a write sent to a read-only endpoint or replica: the connection must point at the writer"),
    ("ThrottlingException", T, "neptune-errors", "500: the request was throttled; retry"),
    ("TimeLimitExceededException", T, "neptune-errors", "500: the query ran past the instance's query timeout"),
    ("TooManyRequestsException", T, "neptune-errors", "429: too many requests; retry"),
    ("UnsupportedOperationException", P, "neptune-errors", "400: the engine does not support the operation"),
    ("StreamRecordsNotFoundException", P, "neptune-errors", "404: the stream records asked for do not exist"),
    ("ExpiredStreamException", P, "neptune-errors", "400: the stream records asked for have expired"),
)  # fmt: skip

# FoundationDB's error codes (flow/include/flow/error_definitions.h), as the Python binding prints them: FDBError's
# str is "%s (%d)" % (description, code), the description bytes in Python 3 ("b'Transaction not committed due to
# conflict with another transaction' (1020)"). Read by the number after the description, on any class (a wrapper
# that relays str(FDBError) keeps the shape). Retryable codes are those fdb_error_predicate(RETRYABLE) names
# (bindings/c/fdb_c.cpp) and the transport ones; a memory budget, a count limit or a quota is resource; a request
# that breaks a fixed limit or names something invalid is validation; a cluster file, API version, tenant or
# directory that is missing or a call the client's state forbids is permanent. Codes said of several cases (1000
# operation_failed, 1510 io_error, 2107 tls_error, 4000 unknown_error) and the server's internal codes are left out.
_FOUNDATIONDB: tuple[tuple[str, str, str, str], ...] = (
    ("1001", T, "fdb-errors", "wrong_shard_server: the shard moved; the client retries on the new server"),
    ("1004", T, "fdb-errors", "timed_out"),
    ("1007", T, "fdb-errors", "transaction_too_old: retryable (the transaction restarts with a new read version)"),
    ("1009", T, "fdb-errors", "future_version: retryable"),
    ("1020", T, "fdb-errors", "not_committed: an optimistic conflict; retryable"),
    ("1021", T, "fdb-errors", "commit_unknown_result: retryable (maybe committed)"),
    ("1026", T, "fdb-errors", "connection_failed"),
    ("1027", T, "fdb-errors", "coordinators_changed"),
    ("1028", T, "fdb-errors", "new_coordinators_timed_out"),
    ("1030", T, "fdb-errors", "request_maybe_delivered"),
    ("1031", T, "fdb-errors", "transaction_timed_out: the transaction ran past its timeout"),
    ("1033", T, "fdb-errors", "locality_information_unavailable"),
    ("1037", T, "fdb-errors", "process_behind: retryable"),
    ("1038", T, "fdb-errors", "database_locked: retryable (locked for a restore or DR switch)"),
    ("1039", T, "fdb-errors", "cluster_version_changed: retryable (maybe committed)"),
    ("1043", T, "fdb-errors", "shutdown_in_progress"),
    ("1049", T, "fdb-errors", "connection_idle"),
    ("1051", T, "fdb-errors", "batch_transaction_throttled: retryable"),
    ("1105", T, "fdb-errors", "retry"),
    ("1211", T, "fdb-errors", "server_overloaded"),
    ("1213", T, "fdb-errors", "tag_throttled: retryable"),
    ("1223", T, "fdb-errors", "proxy_tag_throttled: retryable"),
    ("1224", T, "fdb-errors", "key_value_store_deadline_exceeded"),
    ("1235", T, "fdb-errors", "transaction_throttled_hot_shard: retryable"),
    ("1521", T, "fdb-errors", "io_timeout"),
    ("1008", R, "fdb-errors", "no_more_servers: not enough physical servers available"),
    ("1012", R, "fdb-errors", "server_request_queue_full: a queue limit"),
    ("1032", R, "fdb-errors", "too_many_watches: the database's watch limit; watches must fire or be cancelled"),
    ("1042", R, "fdb-errors", "commit_proxy_memory_limit_exceeded: the proxy's memory budget"),
    ("1077", R, "fdb-errors", "blob_worker_full"),
    ("1078", R, "fdb-errors", "grv_proxy_memory_limit_exceeded: the proxy's memory budget"),
    ("1080", R, "fdb-errors", "storage_too_many_feed_streams: a count of open streams on one server"),
    ("1222", R, "fdb-errors", "audit_storage_exceeded_request_limit: a count of concurrent requests"),
    ("1225", R, "fdb-errors", "storage_quota_exceeded: the tenant's storage quota"),
    ("1501", R, "fdb-errors", "large_alloc_failed: memory"),
    ("2111", R, "fdb-errors", "too_many_tag_throttles: a count limit of the cluster"),
    ("2141", R, "fdb-errors", "cluster_no_capacity"),
    ("2166", R, "fdb-errors", "metacluster_no_capacity"),
    ("2004", V, "fdb-errors", "key_outside_legal_range"),
    ("2005", V, "fdb-errors", "inverted_range: range begin key larger than end key"),
    ("2012", V, "fdb-errors", "range_limits_invalid"),
    ("2041", V, "fdb-errors", "key_not_tuple"),
    ("2042", V, "fdb-errors", "value_not_tuple"),
    ("2101", V, "fdb-errors", "transaction_too_large: over the byte limit; the work must be split"),
    ("2102", V, "fdb-errors", "key_too_large"),
    ("2103", V, "fdb-errors", "value_too_large"),
    ("2109", V, "fdb-errors", "too_many_tags: set on one transaction"),
    ("2110", V, "fdb-errors", "tag_too_long"),
    ("2132", V, "fdb-errors", "tenant_already_exists (an existing name, as a unique key)"),
    ("2134", V, "fdb-errors", "invalid_tenant_name"),
    ("2139", V, "fdb-errors", "invalid_tenant_group_name"),
    ("2250", V, "fdb-errors", "invalid_tuple_data_type"),
    ("2251", V, "fdb-errors", "invalid_tuple_index"),
    ("2252", V, "fdb-errors", "key_not_in_subspace"),
    ("2256", V, "fdb-errors", "directory_already_exists (an existing name, as a unique key)"),
    ("2268", V, "fdb-errors", "invalid_uuid_size"),
    ("2269", V, "fdb-errors", "invalid_versionstamp_size"),
    ("2401", V, "fdb-errors", "json_malformed"),
    ("2402", V, "fdb-errors", "json_eof_expected"),
    ("1054", P, "fdb-errors", "wrong_connection_file"),
    ("1082", P, "fdb-errors", "unknown_storage_engine"),
    ("1511", P, "fdb-errors", "file_not_found"),
    ("1515", P, "fdb-errors", "no_cluster_file_found: the client's configuration"),
    ("1524", P, "fdb-errors", "http_auth_failed: bad credentials"),
    ("2000", P, "fdb-errors", "client_invalid_operation: the API is misused"),
    ("2006", P, "fdb-errors", "invalid_option_value: the client sets an option wrongly"),
    ("2007", P, "fdb-errors", "invalid_option: an option not valid in this context"),
    ("2008", P, "fdb-errors", "network_not_setup"),
    ("2009", P, "fdb-errors", "network_already_setup"),
    ("2010", P, "fdb-errors", "read_version_already_set"),
    ("2013", P, "fdb-errors", "invalid_database_name"),
    ("2017", P, "fdb-errors", "used_during_commit"),
    ("2023", P, "fdb-errors", "transaction_read_only: a commit of a transaction set read-only"),
    ("2025", P, "fdb-errors", "network_cannot_be_restarted"),
    ("2026", P, "fdb-errors", "blocked_from_network_thread: a deadlock in the caller's callback"),
    ("2100", P, "fdb-errors", "incompatible_protocol_version: client and cluster versions differ"),
    ("2104", P, "fdb-errors", "connection_string_invalid"),
    ("2108", P, "fdb-errors", "unsupported_operation"),
    ("2125", P, "fdb-errors", "incompatible_client"),
    ("2130", P, "fdb-errors", "tenant_name_required"),
    ("2131", P, "fdb-errors", "tenant_not_found"),
    ("2136", P, "fdb-errors", "tenants_disabled"),
    ("2138", P, "fdb-errors", "illegal_tenant_access"),
    ("2163", P, "fdb-errors", "cluster_not_found"),
    ("2200", P, "fdb-errors", "api_version_unset"),
    ("2201", P, "fdb-errors", "api_version_already_set"),
    ("2202", P, "fdb-errors", "api_version_invalid"),
    ("2203", P, "fdb-errors", "api_version_not_supported"),
    ("2204", P, "fdb-errors", "api_function_missing"),
    ("2253", P, "fdb-errors", "manual_prefixes_not_enabled"),
    ("2255", P, "fdb-errors", "cannot_open_root_directory"),
    ("2257", P, "fdb-errors", "directory_does_not_exist"),
    ("2258", P, "fdb-errors", "parent_directory_does_not_exist"),
    ("2259", P, "fdb-errors", "mismatched_layer"),
    ("2267", P, "fdb-errors", "cannot_modify_root_directory"),
    ("2317", P, "fdb-errors", "backup_auth_missing"),
    ("2319", P, "fdb-errors", "backup_does_not_exist"),
    ("4100", P, "fdb-errors", "internal_error: a bug"),
    ("4200", P, "fdb-errors", "not_implemented"),
    ("6000", P, "fdb-errors", "permission_denied: the client may not access the data"),
    ("6001", P, "fdb-errors", "unauthorized_attempt"),
    ("6003", P, "fdb-errors", "authorization_token_verify_failed"),
)  # fmt: skip

# netCDF-C's status codes (include/netcdf.h NC_E*, texts in libdispatch/derror.c nc_strerror), as netCDF4-python
# raises them with a file name: OSError(err, "NetCDF: " + text, filename), printed "[Errno -51] NetCDF: Unknown file
# format: 'x.nc'". Read by the negative number before "NetCDF:", on the builtin classes netCDF4 raises (a rule on the
# message alone would be the only phrase of the service-code stage, scanned on every call; a glob over builtins.* would
# read every builtin exception's message). NC_EIO, the HDF5 and DAP
# codes are said of several cases and left out.
_NETCDF: tuple[tuple[str, str, str, str], ...] = (
    ("-33", P, "netcdf-errors", "NC_EBADID: not a valid id (a closed or wrong handle: a bug)"),
    ("-34", R, "netcdf-errors", "NC_ENFILE: too many files open"),
    ("-35", V, "netcdf-errors", "NC_EEXIST: the file exists and NC_NOCLOBBER was given (an existing name)"),
    ("-36", V, "netcdf-errors", "NC_EINVAL: invalid argument"),
    ("-37", P, "netcdf-errors", "NC_EPERM: write to a file opened read-only"),
    ("-38", P, "netcdf-errors", "NC_ENOTINDEFINE: operation not allowed in data mode (the calls' order)"),
    ("-39", P, "netcdf-errors", "NC_EINDEFINE: operation not allowed in define mode (the calls' order)"),
    ("-40", V, "netcdf-errors", "NC_EINVALCOORDS: index exceeds dimension bound"),
    ("-42", V, "netcdf-errors", "NC_ENAMEINUSE: the name is in use"),
    ("-43", P, "netcdf-errors", "NC_ENOTATT: attribute not found"),
    ("-45", V, "netcdf-errors", "NC_EBADTYPE: not a valid data type or _FillValue type mismatch"),
    ("-49", P, "netcdf-errors", "NC_ENOTVAR: variable not found"),
    ("-51", V, "netcdf-errors", "NC_ENOTNC: unknown file format (not a netCDF or HDF5 file)"),
    ("-53", V, "netcdf-errors", "NC_EMAXNAME: name too long"),
    ("-56", V, "netcdf-errors", "NC_ECHAR: conversion between text and numbers"),
    ("-57", V, "netcdf-errors", "NC_EEDGE: start + count exceeds dimension bound"),
    ("-58", V, "netcdf-errors", "NC_ESTRIDE: illegal stride"),
    ("-59", V, "netcdf-errors", "NC_EBADNAME: name contains illegal characters"),
    ("-60", V, "netcdf-errors", "NC_ERANGE: numeric conversion not representable"),
    ("-61", R, "netcdf-errors", "NC_ENOMEM: memory allocation failure"),
    ("-62", V, "netcdf-errors", "NC_EVARSIZE: variable sizes violate format constraints"),
    ("-63", V, "netcdf-errors", "NC_EDIMSIZE: invalid dimension size"),
    ("-64", V, "netcdf-errors", "NC_ETRUNC: file likely truncated or corrupted"),
    ("-77", P, "netcdf-errors", "NC_EACCESS: access failure"),
    ("-78", P, "netcdf-errors", "NC_EAUTH: authorization failure"),
    ("-90", P, "netcdf-errors", "NC_ENOTFOUND: file not found"),
    ("-92", P, "netcdf-errors", "NC_EINTERNAL: internal library error"),
    ("-128", P, "netcdf-errors", "NC_ENOTBUILT: a feature not turned on when netCDF was built"),
)  # fmt: skip


# ---- codes of the fifteenth batch's families (session 18), each written from the library's own complete list of
# codes (its header or its client's constants), not from the corpus items, so the codes nobody collected read alike.
# A code the list says of several cases, a warning, or an API-usage code whose category the code alone does not settle
# (LABELS.md puts a caller's wrong argument under validation and a program's bug under permanent) is left out.
#
# IBM MQ's reason codes (MQRC_*), as pymqi's MQMIError prints them after the number ("MQI Error. Comp: 2, Reason 2053:
# FAILED: MQRC_Q_FULL"); read by the code-token reader as upper-case constants (MQRCQFULL). Every MQRC_ name is IBM MQ's
# own, so the table needs no scope.
_IBM_MQ: tuple[tuple[str, str, str, str], ...] = (
    # transient: the queue manager, channel or connection comes back, or the unit of work can be run again
    ("MQRC_BACKED_OUT", T, "ibm-mq", "2003: the unit of work was backed out; it can be run again"),
    ("MQRC_CONNECTION_BROKEN", T, "ibm-mq", "2009: the connection to the queue manager was lost"),
    ("MQRC_NO_MSG_AVAILABLE", T, "ibm-mq", "2033: no message arrived within the wait interval"),
    ("MQRC_OBJECT_IN_USE", T, "ibm-mq", "2042: another application has the queue open exclusively"),
    ("MQRC_Q_MGR_NOT_AVAILABLE", T, "ibm-mq",
     "2059: the queue manager is not running or cannot be reached (judgment: a wrong name is MQRC_Q_MGR_NAME_ERROR)"),
    ("MQRC_Q_MGR_QUIESCING", T, "ibm-mq", "2161: the queue manager is shutting down or failing over"),
    ("MQRC_Q_MGR_STOPPING", T, "ibm-mq", "2162: the queue manager is stopping"),
    ("MQRC_CONNECTION_QUIESCING", T, "ibm-mq", "2202: the connection is quiescing"),
    ("MQRC_CONNECTION_STOPPING", T, "ibm-mq", "2203: the connection is shutting down"),
    ("MQRC_CALL_IN_PROGRESS", T, "ibm-mq", "2219: another call on the same connection is running"),
    ("MQRC_PARTICIPANT_NOT_AVAILABLE", T, "ibm-mq", "2122: a resource manager of the unit of work is not available"),
    ("MQRC_ADAPTER_NOT_AVAILABLE", T, "ibm-mq", "2204: the adapter is not available"),
    ("MQRC_SERVICE_NOT_AVAILABLE", T, "ibm-mq", "2285: an underlying service is not available"),
    ("MQRC_CMD_SERVER_NOT_AVAILABLE", T, "ibm-mq", "2322: the command server is not running"),
    ("MQRC_DB2_NOT_AVAILABLE", T, "ibm-mq", "2342: the Db2 subsystem of a shared queue is not available"),
    ("MQRC_CF_NOT_AVAILABLE", T, "ibm-mq", "2345: the coupling facility is not available"),
    ("MQRC_CF_STRUC_IN_USE", T, "ibm-mq", "2346: the coupling-facility structure is in use"),
    ("MQRC_CONN_TAG_IN_USE", T, "ibm-mq", "2271: another connection holds the connection tag"),
    ("MQRC_CONN_TAG_NOT_RELEASED", T, "ibm-mq", "2344: the connection tag is not released yet"),
    ("MQRC_SUBSCRIPTION_IN_USE", T, "ibm-mq", "2429: another application holds the subscription"),
    ("MQRC_HOBJ_QUIESCED", T, "ibm-mq", "2517: the object handle is quiesced"),
    ("MQRC_HOBJ_QUIESCED_NO_MSGS", T, "ibm-mq", "2518: the object handle is quiesced and no messages remain"),
    ("MQRC_CONNECTION_SUSPENDED", T, "ibm-mq", "2521: message consumption on the connection is suspended"),
    ("MQRC_CHANNEL_NOT_AVAILABLE", T, "ibm-mq", "2537: the channel is stopped or at its instance limit for now"),
    ("MQRC_HOST_NOT_AVAILABLE", T, "ibm-mq", "2538: the listener on the host cannot be reached"),
    ("MQRC_RECONNECTING", T, "ibm-mq", "2544: the client is reconnecting"),
    ("MQRC_RECONNECT_FAILED", T, "ibm-mq", "2548: reconnecting failed; a later attempt may succeed"),
    ("MQRC_CALL_INTERRUPTED", T, "ibm-mq", "2549: the call was interrupted by a reconnection"),
    ("MQRC_RECONNECT_TIMED_OUT", T, "ibm-mq", "2556: reconnecting timed out"),
    ("MQRC_Q_MGR_RECONNECT_REQUESTED", T, "ibm-mq", "2601: the queue manager asked the client to reconnect"),
    # resource: a queue, page set, handle or connection allowance that is used up
    ("MQRC_HANDLE_NOT_AVAILABLE", R, "ibm-mq", "2017: the connection's allowance of open handles is used up"),
    ("MQRC_SYNCPOINT_LIMIT_REACHED", R, "ibm-mq", "2024: the unit of work holds the most uncommitted messages allowed"),
    ("MQRC_MAX_CONNS_LIMIT_REACHED", R, "ibm-mq", "2025: the queue manager's connection limit is reached"),
    ("MQRC_Q_FULL", R, "ibm-mq", "2053: the queue holds its maximum depth"),
    ("MQRC_Q_SPACE_NOT_AVAILABLE", R, "ibm-mq", "2056: no disk space for the queue"),
    ("MQRC_STORAGE_NOT_AVAILABLE", R, "ibm-mq", "2071: not enough storage"),
    ("MQRC_RESOURCE_PROBLEM", R, "ibm-mq", "2102: not enough system resources"),
    ("MQRC_ADAPTER_STORAGE_SHORTAGE", R, "ibm-mq", "2127: not enough storage for the adapter"),
    ("MQRC_PAGESET_FULL", R, "ibm-mq", "2192: the page set or storage medium is full"),
    ("MQRC_STORAGE_MEDIUM_FULL", R, "ibm-mq", "2192: the storage medium is full"),
    # validation: the message or a value the caller sends breaks a fixed limit or a format, or names an existing object
    ("MQRC_MSG_TOO_BIG_FOR_Q", V, "ibm-mq", "2030: the message is longer than the queue's maximum"),
    ("MQRC_MSG_TOO_BIG_FOR_Q_MGR", V, "ibm-mq", "2031: the message is longer than the queue manager's maximum"),
    ("MQRC_MSG_TOO_BIG_FOR_CHANNEL", V, "ibm-mq", "2218: the message is longer than the channel's maximum"),
    ("MQRC_FORMAT_ERROR", V, "ibm-mq", "2110: the message's format is not valid for conversion"),
    ("MQRC_NOT_CONVERTED", V, "ibm-mq", "2119: the message data could not be converted"),
    ("MQRC_CONVERTED_MSG_TOO_BIG", V, "ibm-mq", "2120: the converted message does not fit"),
    ("MQRC_CONVERTED_STRING_TOO_BIG", V, "ibm-mq", "2190: a converted string does not fit its field"),
    ("MQRC_CHAR_CONVERSION_ERROR", V, "ibm-mq", "2340: characters of the data cannot be converted"),
    ("MQRC_UCS2_CONVERSION_ERROR", V, "ibm-mq", "2341: UCS-2 characters of the data cannot be converted"),
    ("MQRC_OBJECT_ALREADY_EXISTS", V, "ibm-mq", "2100: an object of that name exists"),
    ("MQRC_Q_ALREADY_EXISTS", V, "ibm-mq", "2290: a queue of that name exists"),
    ("MQRC_NAME_IN_USE", V, "ibm-mq", "2201: the name is in use"),
    ("MQRC_SUB_ALREADY_EXISTS", V, "ibm-mq", "2432: a subscription of that name exists"),
    ("MQRC_SELECTOR_SYNTAX_ERROR", V, "ibm-mq", "2459: the selection string does not parse"),
    ("MQRC_SELECTION_STRING_ERROR", V, "ibm-mq", "2519: the selection string is not valid"),
    ("MQRC_TOPIC_STRING_ERROR", V, "ibm-mq", "2425: the topic string is not valid"),
    ("MQRC_PROPERTY_NAME_TOO_BIG", V, "ibm-mq", "2465: a property name is too long"),
    ("MQRC_PROPERTY_VALUE_TOO_BIG", V, "ibm-mq", "2469: a property value is too long"),
    ("MQRC_PROPERTIES_TOO_BIG", V, "ibm-mq", "2478: the message's properties are too large"),
    ("MQRC_PROP_NUMBER_FORMAT_ERROR", V, "ibm-mq", "2472: a property value does not parse as a number"),
    # permanent: a permission, a name the queue manager does not know, TLS setup, an unsupported feature, a module
    ("MQRC_NOT_AUTHORIZED", P, "ibm-mq", "2035: the user is not authorized"),
    ("MQRC_CONNECTION_NOT_AUTHORIZED", P, "ibm-mq", "2217: the connection is not authorized"),
    ("MQRC_SECURITY_ERROR", P, "ibm-mq", "2063: the security manager refused the call"),
    ("MQRC_NOT_PRIVILEGED", P, "ibm-mq", "2584: the user is not privileged for the call"),
    ("MQRC_CHANNEL_BLOCKED", P, "ibm-mq", "2577: a channel authentication record blocks the connection"),
    ("MQRC_UNKNOWN_OBJECT_NAME", P, "ibm-mq", "2085: no object of that name"),
    ("MQRC_UNKNOWN_ALIAS_BASE_Q", P, "ibm-mq", "2082: the alias's base queue does not exist"),
    ("MQRC_UNKNOWN_OBJECT_Q_MGR", P, "ibm-mq", "2086: the object's queue manager is not known"),
    ("MQRC_UNKNOWN_REMOTE_Q_MGR", P, "ibm-mq", "2087: the remote queue manager is not known"),
    ("MQRC_UNKNOWN_XMIT_Q", P, "ibm-mq", "2196: the transmission queue does not exist"),
    ("MQRC_UNKNOWN_DEF_XMIT_Q", P, "ibm-mq", "2197: the default transmission queue does not exist"),
    ("MQRC_UNKNOWN_Q_NAME", P, "ibm-mq", "2288: the queue does not exist"),
    ("MQRC_UNKNOWN_ENTITY", P, "ibm-mq", "2292: the user or group is not known"),
    ("MQRC_UNKNOWN_AUTH_ENTITY", P, "ibm-mq", "2293: the authorization entity is not known"),
    ("MQRC_UNKNOWN_REF_OBJECT", P, "ibm-mq", "2294: the referenced object does not exist"),
    ("MQRC_UNKNOWN_COMPONENT_NAME", P, "ibm-mq", "2410: the component is not known"),
    ("MQRC_NO_SUBSCRIPTION", P, "ibm-mq", "2428: the subscription does not exist"),
    ("MQRC_UNKNOWN_CHANNEL_NAME", P, "ibm-mq", "2540: the channel is not defined"),
    ("MQRC_Q_MGR_NAME_ERROR", P, "ibm-mq", "2058: the queue manager name is wrong or not known"),
    ("MQRC_Q_DELETED", P, "ibm-mq", "2052: the queue was deleted since it was opened"),
    ("MQRC_OBJECT_DAMAGED", P, "ibm-mq", "2101: the object is damaged"),
    ("MQRC_OBJECT_NOT_UNIQUE", P, "ibm-mq", "2343: the name resolves to more than one object"),
    ("MQRC_PUT_INHIBITED", P, "ibm-mq", "2051: puts are inhibited on the queue (an administrator's setting)"),
    ("MQRC_GET_INHIBITED", P, "ibm-mq", "2016: gets are inhibited on the queue (an administrator's setting)"),
    ("MQRC_CLUSTER_PUT_INHIBITED", P, "ibm-mq", "2268: puts are inhibited on every queue of the cluster"),
    ("MQRC_PUBSUB_INHIBITED", P, "ibm-mq", "2531: publish/subscribe is inhibited on the queue manager"),
    ("MQRC_SUB_INHIBITED", P, "ibm-mq", "2503: subscriptions are inhibited on the topic"),
    ("MQRC_ENVIRONMENT_ERROR", P, "ibm-mq", "2012: the call is not valid in this environment"),
    ("MQRC_OPERATION_NOT_ALLOWED", P, "ibm-mq", "2534: the operation is not allowed on the handle"),
    ("MQRC_FUNCTION_NOT_SUPPORTED", P, "ibm-mq", "2298: the function is not supported"),
    ("MQRC_UOW_MIX_NOT_SUPPORTED", P, "ibm-mq", "2355: the mix of units of work is not supported"),
    ("MQRC_NESTED_BAG_NOT_SUPPORTED", P, "ibm-mq", "2325: nested bags are not supported"),
    ("MQRC_ENCODING_NOT_SUPPORTED", P, "ibm-mq", "2308: the encoding is not supported"),
    ("MQRC_SELECTOR_NOT_SUPPORTED", P, "ibm-mq", "2318: the selector is not supported"),
    ("MQRC_SEGMENTS_NOT_SUPPORTED", P, "ibm-mq", "2365: segmented messages are not supported"),
    ("MQRC_PROP_TYPE_NOT_SUPPORTED", P, "ibm-mq", "2467: the property type is not supported"),
    ("MQRC_UNSUPPORTED_PROPERTY", P, "ibm-mq", "2490: the property is not supported"),
    ("MQRC_PROPERTIES_DISABLED", P, "ibm-mq", "2586: message properties are disabled"),
    ("MQRC_FASTPATH_NOT_AVAILABLE", P, "ibm-mq", "2590: fastpath bindings are not available"),
    ("MQRC_CHANNEL_CONFIG_ERROR", P, "ibm-mq", "2539: the channel's configuration is not valid"),
    ("MQRC_CLIENT_CONN_ERROR", P, "ibm-mq", "2278: the client connection's fields (MQSERVER, the CCDT) are not valid"),
    ("MQRC_CCDT_URL_ERROR", P, "ibm-mq", "2600: the client channel definition table's URL is not valid"),
    ("MQRC_PASSWORD_PROTECTION_ERROR", P, "ibm-mq", "2594: the peers could not agree how to protect the password"),
    ("MQRC_CHANNEL_SSL_ERROR", P, "ibm-mq", "2371: the channel's TLS handshake failed"),
    ("MQRC_KEY_REPOSITORY_ERROR", P, "ibm-mq", "2381: the TLS key repository cannot be used"),
    ("MQRC_SSL_CONFIG_ERROR", P, "ibm-mq", "2392: the TLS configuration is not valid"),
    ("MQRC_SSL_INITIALIZATION_ERROR", P, "ibm-mq", "2393: TLS could not be initialized"),
    ("MQRC_SSL_NOT_ALLOWED", P, "ibm-mq", "2396: TLS is not allowed in this environment"),
    ("MQRC_SSL_PEER_NAME_MISMATCH", P, "ibm-mq", "2398: the peer's certificate name does not match"),
    ("MQRC_SSL_PEER_NAME_ERROR", P, "ibm-mq", "2399: the peer name is not valid"),
    ("MQRC_UNSUPPORTED_CIPHER_SUITE", P, "ibm-mq", "2400: the cipher suite is not supported"),
    ("MQRC_SSL_CERTIFICATE_REVOKED", P, "ibm-mq", "2401: the certificate is revoked"),
    ("MQRC_SSL_CERT_STORE_ERROR", P, "ibm-mq", "2402: the certificate store cannot be used"),
    ("MQRC_CIPHER_SPEC_NOT_SUITE_B", P, "ibm-mq", "2591: the cipher spec is not Suite B compliant"),
    ("MQRC_CERT_VAL_POLICY_ERROR", P, "ibm-mq", "2593: the certificate validation policy is not valid"),
    ("MQRC_CERT_LABEL_NOT_ALLOWED", P, "ibm-mq", "2596: a certificate label is not allowed here"),
    ("MQRC_MODULE_NOT_FOUND", P, "ibm-mq", "2495: a module is not found"),
    ("MQRC_MODULE_INVALID", P, "ibm-mq", "2496: a module is not valid"),
    ("MQRC_MODULE_ENTRY_NOT_FOUND", P, "ibm-mq", "2497: a module's entry point is not found"),
    ("MQRC_API_EXIT_NOT_FOUND", P, "ibm-mq", "2182: the API exit is not found"),
    ("MQRC_API_EXIT_LOAD_ERROR", P, "ibm-mq", "2183: the API exit cannot be loaded"),
    ("MQRC_CLUSTER_EXIT_LOAD_ERROR", P, "ibm-mq", "2267: the cluster workload exit cannot be loaded"),
    ("MQRC_CLIENT_EXIT_LOAD_ERROR", P, "ibm-mq", "2406: the client exit cannot be loaded"),
    ("MQRC_PRECONN_EXIT_LOAD_ERROR", P, "ibm-mq", "2573: the pre-connect exit cannot be loaded"),
    ("MQRC_PRECONN_EXIT_NOT_FOUND", P, "ibm-mq", "2574: the pre-connect exit is not found"),
    ("MQRC_INSTALLATION_MISMATCH", P, "ibm-mq", "2583: the client and queue manager installations do not match"),
    ("MQRC_INSTALLATION_MISSING", P, "ibm-mq", "2589: the MQ installation is missing"),
    ("MQRC_NOT_OPEN_FOR_BROWSE", P, "ibm-mq", "2036: the queue was not opened for browse (the program's open options)"),
    ("MQRC_NOT_OPEN_FOR_INPUT", P, "ibm-mq", "2037: the queue was not opened for input (the program's open options)"),
    ("MQRC_NOT_OPEN_FOR_INQUIRE", P, "ibm-mq", "2038: the object was not opened for inquire"),
    ("MQRC_NOT_OPEN_FOR_OUTPUT", P, "ibm-mq", "2039: the queue was not opened for output (the program's open options)"),
    ("MQRC_NOT_OPEN_FOR_SET", P, "ibm-mq", "2040: the object was not opened for set"),
)  # fmt: skip

# Aerospike's status codes (as_status.h, the C client's as_status that every client shares), as the Python client
# prints them: "(3, '10.0.3.21:3000 AEROSPIKE_ERR_RECORD_GENERATION', 'src/main/client/put.c', 104, False)"; read by
# the code-token reader as upper-case constants. Generic codes (AEROSPIKE_ERR_CLIENT, _SERVER, _UDF, _INDEX, _QUERY),
# results that are no failure (NO_MORE_RECORDS, QUERY_END, FILTERED_OUT) and aborts by the caller are left out.
_AEROSPIKE: tuple[tuple[str, str, str, str], ...] = (
    ("AEROSPIKE_ERR_MAX_RETRIES_EXCEEDED", T, "aerospike-status", "-12: the client's retries ran out; later may work"),
    ("AEROSPIKE_ERR_ASYNC_QUEUE_FULL", R, "aerospike-status", "-11: the async command delay queue is full"),
    ("AEROSPIKE_ERR_CONNECTION", T, "aerospike-status", "-10: a connection error"),
    ("AEROSPIKE_ERR_TLS_ERROR", P, "aerospike-status", "-9: TLS failed (configuration or certificate)"),
    ("AEROSPIKE_ERR_INVALID_NODE", T, "aerospike-status", "-8: the node is not in the cluster now (a cluster change)"),
    ("AEROSPIKE_ERR_NO_MORE_CONNECTIONS", R, "aerospike-status", "-7: the connection pool is used up"),
    ("AEROSPIKE_ERR_ASYNC_CONNECTION", T, "aerospike-status", "-6: an asynchronous connection error"),
    ("AEROSPIKE_ERR_INVALID_HOST", P, "aerospike-status", "-4: the host name does not resolve"),
    ("AEROSPIKE_ERR_PARAM", V, "aerospike-status", "-2: an invalid API parameter"),
    ("AEROSPIKE_ERR_RECORD_NOT_FOUND", P, "aerospike-status", "2: the record does not exist"),
    ("AEROSPIKE_ERR_RECORD_GENERATION", T, "aerospike-status",
     "3: the record's generation moved on (an optimistic-concurrency race: re-read and write again)"),
    ("AEROSPIKE_ERR_REQUEST_INVALID", V, "aerospike-status", "4: the request or one of its fields is not valid"),
    ("AEROSPIKE_ERR_RECORD_EXISTS", V, "aerospike-status", "5: the record exists (a create-only write)"),
    ("AEROSPIKE_ERR_BIN_EXISTS", V, "aerospike-status", "6: the bin exists (a create-only operation)"),
    ("AEROSPIKE_ERR_CLUSTER_CHANGE", T, "aerospike-status", "7: the cluster changed during the request"),
    ("AEROSPIKE_ERR_SERVER_FULL", R, "aerospike-status", "8: the node's memory or storage for the namespace is full"),
    ("AEROSPIKE_ERR_TIMEOUT", T, "aerospike-status", "9: the request timed out"),
    ("AEROSPIKE_ERR_ALWAYS_FORBIDDEN", P, "aerospike-status", "10: not allowed in the current configuration"),
    ("AEROSPIKE_ERR_CLUSTER", T, "aerospike-status", "11: the partition is unavailable"),
    ("AEROSPIKE_ERR_BIN_INCOMPATIBLE_TYPE", V, "aerospike-status", "12: the operation does not fit the bin's type"),
    ("AEROSPIKE_ERR_RECORD_TOO_BIG", V, "aerospike-status", "13: the record does not fit a storage write block"),
    ("AEROSPIKE_ERR_RECORD_BUSY", T, "aerospike-status", "14: too many concurrent requests for the record (hot key)"),
    ("AEROSPIKE_ERR_UNSUPPORTED_FEATURE", P, "aerospike-status", "16: the server does not support the feature"),
    ("AEROSPIKE_ERR_BIN_NOT_FOUND", P, "aerospike-status", "17: the bin does not exist (an update-only operation)"),
    ("AEROSPIKE_ERR_DEVICE_OVERLOAD", T, "aerospike-status", "18: the storage device cannot keep up for now"),
    ("AEROSPIKE_ERR_RECORD_KEY_MISMATCH", V, "aerospike-status", "19: the key sent does not match the stored key"),
    ("AEROSPIKE_ERR_NAMESPACE_NOT_FOUND", P, "aerospike-status", "20: the namespace does not exist"),
    ("AEROSPIKE_ERR_FAIL_FORBIDDEN", T, "aerospike-status", "22: the operation is not allowed at this time"),
    ("AEROSPIKE_ERR_FAIL_ELEMENT_EXISTS", V, "aerospike-status", "24: the map element exists (a create-only write)"),
    ("AEROSPIKE_ERR_ENTERPRISE_ONLY", P, "aerospike-status", "25: an Enterprise feature on a Community server"),
    ("AEROSPIKE_ERR_OP_NOT_APPLICABLE", V, "aerospike-status", "26: the operation does not apply to the bin's value"),
    ("AEROSPIKE_SECURITY_NOT_SUPPORTED", P, "aerospike-status", "51: the server does not support security"),
    ("AEROSPIKE_SECURITY_NOT_ENABLED", P, "aerospike-status", "52: security is not enabled on the server"),
    ("AEROSPIKE_SECURITY_SCHEME_NOT_SUPPORTED", P, "aerospike-status", "53: the security scheme is not supported"),
    ("AEROSPIKE_INVALID_USER", P, "aerospike-status", "60: the user name is not valid"),
    ("AEROSPIKE_USER_ALREADY_EXISTS", V, "aerospike-status", "61: the user exists"),
    ("AEROSPIKE_INVALID_PASSWORD", P, "aerospike-status", "62: the password is not valid"),
    ("AEROSPIKE_EXPIRED_PASSWORD", P, "aerospike-status", "63: the password has expired"),
    ("AEROSPIKE_FORBIDDEN_PASSWORD", V, "aerospike-status", "64: the new password is forbidden (recently used)"),
    ("AEROSPIKE_INVALID_CREDENTIAL", P, "aerospike-status", "65: the credential is not valid"),
    ("AEROSPIKE_INVALID_ROLE", P, "aerospike-status", "70: the role is not valid"),
    ("AEROSPIKE_ROLE_ALREADY_EXISTS", V, "aerospike-status", "71: the role exists"),
    ("AEROSPIKE_INVALID_PRIVILEGE", P, "aerospike-status", "72: the privilege is not valid"),
    ("AEROSPIKE_INVALID_WHITELIST", V, "aerospike-status", "73: the IP allowlist given is not valid"),
    ("AEROSPIKE_NOT_AUTHENTICATED", P, "aerospike-status", "80: the user is not authenticated"),
    ("AEROSPIKE_ROLE_VIOLATION", P, "aerospike-status", "81: the user lacks the role the operation needs"),
    ("AEROSPIKE_NOT_WHITELISTED", P, "aerospike-status", "82: the sender's IP is not allowed"),
    ("AEROSPIKE_ERR_BATCH_DISABLED", P, "aerospike-status", "150: batch requests are disabled"),
    ("AEROSPIKE_ERR_BATCH_MAX_REQUESTS_EXCEEDED", V, "aerospike-status", "151: the batch asks for more than allowed"),
    ("AEROSPIKE_ERR_BATCH_QUEUES_FULL", R, "aerospike-status", "152: every batch queue is full"),
    ("AEROSPIKE_ERR_GEO_INVALID_GEOJSON", V, "aerospike-status", "160: the GeoJSON is not valid"),
    ("AEROSPIKE_ERR_INDEX_FOUND", V, "aerospike-status", "200: the index exists"),
    ("AEROSPIKE_ERR_INDEX_NOT_FOUND", P, "aerospike-status", "201: the index does not exist"),
    ("AEROSPIKE_ERR_INDEX_OOM", R, "aerospike-status", "202: the index is out of memory"),
    ("AEROSPIKE_ERR_INDEX_NOT_READABLE", T, "aerospike-status", "203: the index cannot be read yet (being built)"),
    ("AEROSPIKE_ERR_INDEX_NAME_MAXLEN", V, "aerospike-status", "205: the index name is too long"),
    ("AEROSPIKE_ERR_INDEX_MAXCOUNT", R, "aerospike-status", "206: the system has the most indexes allowed"),
    ("AEROSPIKE_ERR_QUERY_QUEUE_FULL", R, "aerospike-status", "211: the query processing queue is full"),
    ("AEROSPIKE_ERR_QUERY_TIMEOUT", T, "aerospike-status", "212: the secondary-index query timed out on the server"),
    ("AEROSPIKE_ERR_UDF_NOT_FOUND", P, "aerospike-status", "1301: the UDF does not exist"),
    ("AEROSPIKE_ERR_LUA_FILE_NOT_FOUND", P, "aerospike-status", "1302: the Lua file does not exist"),
)  # fmt: skip


# Teradata Database's error codes as teradatasql (and the JDBC driver) print them ("[Teradata Database] [Error 2644]
# No more room in database STAGING_DB."), read on teradatasql's classes (evidence._parse_teradata), prefix TERADATA.
# Teradata's full message catalogue is not in the public sources the search tools hold; the rows are the codes two of
# Teradata's own pages give a meaning and an action for: the Call-Level Interface's "Responding to Error and Failure
# Parcels" (the codes a client resubmits) and the Dump/Unload utility's return codes. 2826 (output lost after a
# restart: resubmitting is safe for a read only), 2827 (aborted by the user or by a statement error), the CLI's own
# buffer codes (3115, 3116), a disk read error (2538) and the utility's restore and journal states are left out.
_TERADATA: tuple[tuple[str, str, str, str], ...] = (
    ("2631", T, "teradata-cli", "transaction aborted due to deadlock: resubmit the transaction"),
    ("2639", T, "teradata-cli", "too many simultaneous transactions: resubmit the request"),
    ("2641", T, "teradata-cli", "the table was restructured: resubmit the transaction"),
    ("2825", T, "teradata-cli", "no record of the last request after a database restart: resubmit the request"),
    ("2828", T, "teradata-cli", "the request was rolled back during system recovery: resubmit the transaction"),
    ("2835", T, "teradata-cli", "a unique index has been invalidated: resubmit the transaction"),
    ("3111", T, "teradata-cli", "the transaction has been timed out: resubmit the transaction"),
    ("3120", T, "teradata-cli", "the request is aborted because of a database recovery: resubmit the transaction"),
    ("3598", T, "teradata-cli", "concurrent change conflict on the database: resubmit the transaction"),
    ("2644", R, "teradata-dul", "no more room in the database (its permanent space is used up)"),
    ("2654", T, "teradata-dul", "the table is being restored: the operation is not allowed until the restore ends"),
    ("2805", V, "teradata-dul", "the row exceeds the table's maximum row length"),
    ("3803", V, "teradata-dul", "the table already exists"),
    ("3804", V, "teradata-dul", "the view already exists"),
    ("3805", V, "teradata-dul", "the macro already exists"),
)


# Box's API error codes (box/developer.box.com common-errors.md: each code with its status, message and solution), as
# boxsdk's BoxAPIException prints them ("Message: Account storage limit reached Status: 403 Code: storage_limit_exceeded
# Request ID: ...") and box_sdk_gen's BoxAPIError carries them; read by the body-field reader, counted on Box's classes
# only (CLASS_SCOPED_VENDORS). Left out: the codes that only name their HTTP status (bad_request, unauthorized,
# forbidden, not_found, method_not_allowed, conflict, precondition_failed, rate_limit_exceeded, internal_server_error,
# bad_gateway, unavailable: the status printed beside them says as much, and as words they are other vendors' `type`
# and `status` values, which a table's unprefixed codes admit as codes: Anthropic's 'invalid_request_error', Google's
# 'UNAVAILABLE'), invalid_request (said of several setups) and invalid_status and not_trashed (the item's state).
_BOX: tuple[tuple[str, str, str, str], ...] = (
    ("bad_digest", V, "box-errors", "400: the upload's digest does not match the content sent"),
    ("unauthorized_client", P, "box-errors", "400: the enterprise admin has not authorized the app"),
    ("invalid_client", P, "box-errors", "400: the client credentials are invalid"),
    ("invalid_grant", P, "box-errors",
     "400: the refresh token, authorization code or JWT claims are invalid or expired (a new grant is needed)"),
    ("cannot_make_collaborated_subfolder_private", V, "box-errors", "400: the new owner must be given"),
    ("collaborations_not_available_on_root_folder", V, "box-errors", "400: the root folder cannot be collaborated"),
    ("cyclical_folder_structure", V, "box-errors", "400: the move would make the folder its own descendant"),
    ("folder_not_empty", P, "box-errors", "400: the folder's content must be deleted first"),
    ("invalid_collaboration_item", V, "box-errors", "400: the collaboration item's type must be folder"),
    ("invalid_limit", V, "box-errors", "400: the limit is not a valid number"),
    ("invalid_offset", V, "box-errors", "400: the offset is not a valid number"),
    ("invalid_request_parameters", V, "box-errors", "400: invalid input parameters"),
    ("invalid_upload_session_id", V, "box-errors", "400: the upload session id is malformed"),
    ("item_name_invalid", V, "box-errors", "400: the item name is not valid"),
    ("item_name_too_long", V, "box-errors", "400: the item name is over 255 characters"),
    ("metadata_after_file_contents", V, "box-errors", "400: the upload sends metadata after the file's content"),
    ("password_reset_required", P, "box-errors", "400: the user must reset the password"),
    ("requested_page_out_of_range", V, "box-errors", "400: the range does not fit the item"),
    ("requested_preview_unavailable", V, "box-errors", "400: the thumbnail size asked for is not valid"),
    ("sync_item_move_failure", P, "box-errors", "400: a synced item cannot be moved"),
    ("task_assignee_not_allowed", P, "box-errors", "400: the assigner lacks the privilege to assign the task"),
    ("terms_of_service_required", P, "box-errors", "400: the user must accept the terms of service"),
    ("user_already_collaborator", V, "box-errors", "400: the user already collaborates on the item"),
    ("invalid_token", P, "box-errors", "401: the access token is invalid, revoked or expired"),
    ("access_denied_insufficient_permissions", P, "box-errors", "403: the token lacks the permission or scope"),
    ("insufficient_scope", P, "box-errors", "403: the app's scopes do not cover the operation"),
    ("access_denied_item_locked", P, "box-errors", "403: the item is locked"),
    ("access_from_location_blocked", P, "box-errors", "403: the admin has not approved the location"),
    ("file_size_limit_exceeded", V, "box-errors", "403: the file is over the folder owner's file size limit"),
    ("forbidden_by_policy", P, "box-errors", "403: a Shield policy blocks the action"),
    ("incorrect_shared_item_password", P, "box-errors", "403: the shared item's password is wrong or missing"),
    ("storage_limit_exceeded", R, "box-errors", "403: the account's storage limit is reached"),
    ("user_email_confirmation_required", P, "box-errors", "403: the user must confirm the email address"),
    ("cors_origin_not_whitelisted", P, "box-errors", "403: the origin is not in the app's CORS allowlist"),
    ("preview_cannot_be_generated", P, "box-errors", "404: no preview can be made for the file"),
    ("trashed", P, "box-errors", "404: the item is in the trash"),
    ("item_name_in_use", V, "box-errors", "409: an item of the same name exists"),
    ("name_temporarily_reserved", T, "box-errors", "409: another request holds the name for now; wait and retry"),
    ("operation_blocked_temporary", T, "box-errors", "409: another folder operation blocks it; retry later"),
    ("recent_similar_comment", V, "box-errors", "409: a similar comment was made recently"),
    ("user_login_already_used", V, "box-errors", "409: a user with the login exists"),
    ("session_expired", P, "box-errors", "410: the upload session has expired (a new session is needed)"),
    ("upload_failed", P, "box-errors", "410: the upload session is in an unrecoverable state"),
    ("length_required", V, "box-errors", "411: the content-length header is missing"),
    ("sync_state_precondition_failed", T, "box-errors", "412: the resource was modified; retrieve it again and retry"),
    ("request_entity_too_large", V, "box-errors", "413: the upload is over the allowed size"),
    ("unsupported_media_type", P, "box-errors", "415: previews of Box Notes are not supported"),
)  # fmt: skip


# ---- families new to the sixteenth batch (session 19): each library's own code list

# Binance's API error codes (binance/binance-spot-api-docs errors.md, and the derivatives error-code pages for the
# futures and options codes -2017..-2027), as python-binance prints them ("APIError(code=-1022): Signature for this
# request is not valid.", BinanceOrderException(code=-1013)), read on python-binance's classes (evidence._parse_binance)
# with the BINANCE prefix: a bare negative number is no one's code elsewhere. Left out: codes said of several cases,
# whose message decides (-1000 UNKNOWN, -1013 INVALID_MESSAGE: every filter failure; -2010 NEW_ORDER_REJECTED and
# -2011 CANCEL_REJECTED: the matching engine's reasons, "Unknown order sent.", "Account has insufficient balance",
# "Market is closed."; -2021/-2022 cancel-replace), -1112 NO_DEPTH (the book's state), -1176/-1179 (FIX session
# sequencing) and -1191 (a subscription limit or a duplicate one). A balance or margin of the caller's own account
# is resource (it must be topped up), as the lead's convention of session 19 says.
_BINANCE: tuple[tuple[str, str, str, str], ...] = (
    ("1001", T, "binance-errors", "DISCONNECTED: internal error; unable to process your request, try again"),
    ("1003", T, "binance-errors", "TOO_MANY_REQUESTS: request weight over the per-interval limit"),
    ("1006", T, "binance-errors", "UNEXPECTED_RESP: unexpected response from the message bus"),
    ("1007", T, "binance-errors", "TIMEOUT: timeout waiting for the backend server"),
    ("1008", T, "binance-errors", "SERVER_BUSY: the server is overloaded; try again in a few minutes"),
    ("1015", T, "binance-errors", "TOO_MANY_ORDERS: new orders over the per-interval limit"),
    ("1181", T, "binance-errors", "TOO_MANY_MESSAGES: FIX messages over the per-interval limit"),
    ("2018", R, "binance-derivatives-errors", "BALANCE_NOT_SUFFICIENT: the account's balance is insufficient"),
    ("2019", R, "binance-derivatives-errors", "MARGIN_NOT_SUFFICIEN: the account's margin is insufficient"),
    ("2027", R, "binance-derivatives-errors", "OPTION_MARGIN_NOT_SUFFICIENT: the option margin is insufficient"),
    ("1002", P, "binance-errors", "UNAUTHORIZED: not authorized to execute this request"),
    ("1016", P, "binance-errors", "SERVICE_SHUTTING_DOWN: this service is no longer available"),
    ("1020", P, "binance-errors", "UNSUPPORTED_OPERATION: this operation is not supported"),
    ("1021", P, "binance-errors", "INVALID_TIMESTAMP: outside recvWindow or ahead of the server: the host clock"),
    ("1022", P, "binance-errors", "INVALID_SIGNATURE: signed with the wrong secret: the credential must change"),
    ("1125", P, "binance-errors", "INVALID_LISTEN_KEY: the listenKey does not exist"),
    ("1155", P, "binance-errors", "SBE_DISABLED: SBE is not enabled"),
    ("1183", P, "binance-errors", "NOT_ALLOWED_IN_DROP_COPY_SESSIONS: the session type must change"),
    ("1184", P, "binance-errors", "DROP_COPY_SESSION_NOT_ALLOWED: the server does not support the session type"),
    ("1185", P, "binance-errors", "DROP_COPY_SESSION_REQUIRED: the server supports drop copy sessions only"),
    ("1186", P, "binance-errors", "NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS: the session type must change"),
    ("1187", P, "binance-errors", "NOT_ALLOWED_IN_MARKET_DATA_SESSIONS: the session type must change"),
    ("2013", P, "binance-errors", "NO_SUCH_ORDER: the order does not exist"),
    ("2014", P, "binance-errors", "BAD_API_KEY_FMT: the API key's format is invalid"),
    ("2015", P, "binance-errors", "REJECTED_MBX_KEY: invalid API key, IP, or permissions for the action"),
    ("2017", P, "binance-derivatives-errors", "API_KEYS_LOCKED: the account's API keys are locked"),
    ("2026", P, "binance-errors", "ORDER_ARCHIVED: the order was archived over 90 days ago"),
    ("1014", V, "binance-errors", "UNKNOWN_ORDER_COMPOSITION: unsupported order combination"),
    ("1100", V, "binance-errors", "ILLEGAL_CHARS: illegal characters in a parameter"),
    ("1101", V, "binance-errors", "TOO_MANY_PARAMETERS: too many or duplicate parameters"),
    ("1102", V, "binance-errors", "MANDATORY_PARAM_EMPTY_OR_MALFORMED: a mandatory parameter is missing or malformed"),
    ("1103", V, "binance-errors", "UNKNOWN_PARAM: an unknown parameter was sent"),
    ("1104", V, "binance-errors", "UNREAD_PARAMETERS: not all sent parameters were read"),
    ("1105", V, "binance-errors", "PARAM_EMPTY: a parameter was empty"),
    ("1106", V, "binance-errors", "PARAM_NOT_REQUIRED: a parameter was sent when not required"),
    ("1108", V, "binance-errors", "PARAM_OVERFLOW: a parameter overflowed"),
    ("1111", V, "binance-errors", "BAD_PRECISION: a parameter has too much precision"),
    ("1114", V, "binance-errors", "TIF_NOT_REQUIRED: timeInForce sent when not required"),
    ("1115", V, "binance-errors", "INVALID_TIF: invalid timeInForce"),
    ("1116", V, "binance-errors", "INVALID_ORDER_TYPE: invalid orderType"),
    ("1117", V, "binance-errors", "INVALID_SIDE: invalid side"),
    ("1118", V, "binance-errors", "EMPTY_NEW_CL_ORD_ID: the new client order id was empty"),
    ("1119", V, "binance-errors", "EMPTY_ORG_CL_ORD_ID: the original client order id was empty"),
    ("1120", V, "binance-errors", "BAD_INTERVAL: invalid interval"),
    ("1121", V, "binance-errors", "BAD_SYMBOL: invalid symbol"),
    ("1122", V, "binance-errors", "INVALID_SYMBOLSTATUS: invalid symbolStatus"),
    ("1127", V, "binance-errors", "MORE_THAN_XX_HOURS: the lookup interval is too big"),
    ("1128", V, "binance-errors", "OPTIONAL_PARAMS_BAD_COMBO: invalid combination of optional parameters"),
    ("1130", V, "binance-errors", "INVALID_PARAMETER: invalid data sent for a parameter"),
    ("1134", V, "binance-errors", "BAD_STRATEGY_TYPE: strategyType below 1000000"),
    ("1135", V, "binance-errors", "INVALID_JSON: invalid JSON request"),
    ("1139", V, "binance-errors", "INVALID_TICKER_TYPE: invalid ticker type"),
    ("1145", V, "binance-errors", "INVALID_CANCEL_RESTRICTIONS: cancelRestrictions must be ONLY_NEW or ..."),
    ("1151", V, "binance-errors", "DUPLICATE_SYMBOLS: a symbol is present several times in the list"),
    ("1152", V, "binance-errors", "INVALID_SBE_HEADER: invalid X-MBX-SBE header"),
    ("1158", V, "binance-errors", "OCO_ORDER_TYPE_REJECTED: order type not supported in OCO"),
    ("1160", V, "binance-errors", "OCO_ICEBERGQTY_TIMEINFORCE: a parameter not supported unless timeInForce is GTC"),
    ("1165", V, "binance-errors", "BUY_OCO_LIMIT_MUST_BE_BELOW: the buy OCO's limit order must be below"),
    ("1166", V, "binance-errors", "SELL_OCO_LIMIT_MUST_BE_ABOVE: the sell OCO's limit order must be above"),
    ("1168", V, "binance-errors", "BOTH_OCO_ORDERS_CANNOT_BE_LIMIT: at least one OCO order must be contingent"),
    ("1169", V, "binance-errors", "INVALID_TAG_NUMBER: invalid FIX tag number"),
    ("1170", V, "binance-errors", "TAG_NOT_DEFINED_IN_MESSAGE: the tag is not defined for the message type"),
    ("1171", V, "binance-errors", "TAG_APPEARS_MORE_THAN_ONCE: a tag appears more than once"),
    ("1172", V, "binance-errors", "TAG_OUT_OF_ORDER: a tag out of its required order"),
    ("1173", V, "binance-errors", "GROUP_FIELDS_OUT_OF_ORDER: a repeating group's fields out of order"),
    ("1177", V, "binance-errors", "GARBLED_MESSAGE: checksum, header order or body length wrong"),
    ("1188", V, "binance-errors", "INCORRECT_NUM_IN_GROUP_COUNT: wrong NumInGroup count"),
    ("1189", V, "binance-errors", "DUPLICATE_ENTRIES_IN_A_GROUP: a group contains duplicate entries"),
    ("1196", V, "binance-errors", "BUY_OCO_STOP_LOSS_MUST_BE_ABOVE: the buy OCO's stop loss must be above"),
    ("1197", V, "binance-errors", "SELL_OCO_STOP_LOSS_MUST_BE_BELOW: the sell OCO's stop loss must be below"),
    ("1198", V, "binance-errors", "BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW: the buy OCO's take profit must be below"),
    ("1199", V, "binance-errors", "SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE: the sell OCO's take profit must be above"),
)  # fmt: skip

# The matching engine's reasons behind Binance's codes said of several cases (-1010 ERROR_MSG_RECEIVED, -2010
# NEW_ORDER_REJECTED, -2011 CANCEL_REJECTED; errors.md "Messages for -1010 ERROR_MSG_RECEIVED, -2010 NEW_ORDER_REJECTED,
# and -2011 CANCEL_REJECTED"): read by evidence._parse_binance from the message after one of those codes, squashed to
# its letters and digits with the BINANCEMSG prefix ("APIError(code=-2011): Unknown order sent." is
# BINANCEMSGUNKNOWNORDERSENT). Left out: "Market is closed." (the symbol's trading state), the order types a symbol does
# not enable ("Market orders are not supported for this symbol.": the request or the symbol's setup), the cancel
# restrictions and the book's liquidity.
_BINANCE_ENGINE: tuple[tuple[str, str, str, str], ...] = (
    ("MSGUNKNOWNORDERSENT", P, "binance-errors", "Unknown order sent.: the order could not be found"),
    ("MSGDUPLICATEORDERSENT", V, "binance-errors", "Duplicate order sent.: the clOrdId is already in use"),
    ("MSGACCOUNTHASINSUFFICIENTBALANCEFORREQUESTEDACTION", R, "binance-errors",
     "Account has insufficient balance for requested action.: the account's own funds (the lead's convention)"),
    ("MSGPRICEQTYISZEROORLESS", V, "binance-errors", "Price * QTY is zero or less.: price * quantity is too low"),
    ("MSGICEBERGQTYEXCEEDSQTY", V, "binance-errors", "IcebergQty exceeds QTY."),
    ("MSGTHISACTIONISDISABLEDONTHISACCOUNT", P, "binance-errors",
     "This action is disabled on this account.: contact customer support"),
    ("MSGTHISACCOUNTMAYNOTPLACEORCANCELORDERS", P, "binance-errors",
     "This account may not place or cancel orders.: trading is disabled for the account"),
    ("MSGUNSUPPORTEDORDERCOMBINATION", V, "binance-errors", "Unsupported order combination"),
    ("MSGORDERWOULDTRIGGERIMMEDIATELY", V, "binance-errors",
     "Order would trigger immediately.: the stop price against the last traded price"),
    ("MSGCANCELORDERISINVALIDCHECKORIGCLORDIDANDORDERID", V, "binance-errors",
     "Cancel order is invalid. Check origClOrdId and orderId.: neither was sent"),
    ("MSGORDERWOULDIMMEDIATELYMATCHANDTAKE", V, "binance-errors",
     "Order would immediately match and take.: a LIMIT_MAKER order that would trade"),
    ("MSGTHERELATIONSHIPOFTHEPRICESFORTHEORDERSISNOTCORRECT", V, "binance-errors",
     "The relationship of the prices for the orders is not correct.: the OCO's prices"),
    ("MSGTHISSYMBOLISNOTPERMITTEDFORTHISACCOUNT", P, "binance-errors",
     "This symbol is not permitted for this account.: the account's permissions"),
    ("MSGTHISSYMBOLISRESTRICTEDFORTHISACCOUNT", P, "binance-errors",
     "This symbol is restricted for this account.: the account type cannot trade the symbol"),
    ("MSGRESTAPITRADINGISNOTENABLED", P, "binance-errors", "Rest API trading is not enabled."),
    ("MSGWEBSOCKETAPITRADINGISNOTENABLED", P, "binance-errors", "WebSocket API trading is not enabled."),
)  # fmt: skip


# go-ethereum's transaction errors (core/error.go and core/txpool/errors.go, ethereum/go-ethereum), which geth and the
# nodes built on it answer eth_sendRawTransaction and eth_call with as a JSON-RPC error ({'code': -32000, 'message':
# 'replacement transaction underpriced'}), as web3.py's classes relay them (Web3RPCError, ContractLogicError): the
# message up to its first colon, squashed to its letters and digits with the GETH prefix, read on web3.py's classes
# (evidence._parse_geth). The sending account's ether for gas is resource (the lead's convention: gas must be topped
# up); a transfer over the balance is the payload's. Left out: "nonce too low"/"nonce too high" (a race between senders
# and a wrong nonce alike), "already known" (the same transaction again: not a failure), "max fee per gas less than
# block base fee" (the base fee moves), "account limit exceeded", the blob and authority errors.
_GETH: tuple[tuple[str, str, str, str], ...] = (
    ("INSUFFICIENTFUNDSFORGASPRICEVALUE", R, "geth-core-errors",
     "ErrInsufficientFunds: the sender's balance does not cover gas * price + value (its ether must be topped up)"),
    ("INSUFFICIENTFUNDSFORTRANSFER", V, "geth-core-errors",
     "ErrInsufficientFundsForTransfer: the value sent exceeds the sender's balance"),
    ("GASLIMITREACHED", T, "geth-core-errors", "ErrGasLimitReached: the block has no gas left for it; the next may"),
    ("NONCEHASMAXVALUE", V, "geth-core-errors", "ErrNonceMax: the sender's nonce is at its maximum"),
    ("MAXINITCODESIZEEXCEEDED", V, "geth-core-errors", "ErrMaxInitCodeSizeExceeded: the init code is too big"),
    ("GASUINT64OVERFLOW", V, "geth-core-errors", "ErrGasUintOverflow: the gas computed overflows"),
    ("INTRINSICGASTOOLOW", V, "geth-core-errors", "ErrIntrinsicGas: the gas limit is below the intrinsic cost"),
    ("TRANSACTIONTYPENOTSUPPORTED", P, "geth-core-errors",
     "ErrTxTypeNotSupported: the network does not support the transaction type"),
    ("MAXPRIORITYFEEPERGASHIGHERTHANMAXFEEPERGAS", V, "geth-core-errors", "ErrTipAboveFeeCap"),
    ("MAXPRIORITYFEEPERGASHIGHERTHAN22561", V, "geth-core-errors", "ErrTipVeryHigh"),
    ("MAXFEEPERGASHIGHERTHAN22561", V, "geth-core-errors", "ErrFeeCapVeryHigh"),
    ("SENDERNOTANEOA", V, "geth-core-errors", "ErrSenderNoEOA: the sender is a contract"),
    ("INVALIDSENDER", V, "geth-txpool-errors", "ErrInvalidSender: the signature is invalid"),
    ("TRANSACTIONUNDERPRICED", V, "geth-txpool-errors",
     "ErrUnderpriced: the gas price is below the pool's configured minimum"),
    ("REPLACEMENTTRANSACTIONUNDERPRICED", V, "geth-txpool-errors",
     "ErrReplaceUnderpriced: the replacement lacks the required price bump"),
    ("EXCEEDSBLOCKGASLIMIT", V, "geth-txpool-errors", "ErrGasLimit: the gas limit exceeds the block's maximum"),
    ("NEGATIVEVALUE", V, "geth-txpool-errors", "ErrNegativeValue"),
    ("OVERSIZEDDATA", V, "geth-txpool-errors", "ErrOversizedData: the input data is over the pool's limit"),
    ("TXPOOLISFULL", R, "geth-txpool-errors", "ErrTxPoolOverflow: the pool is full (capacity comes back as it drains)"),
    ("EXECUTIONREVERTED", P, "geth-core-errors", "vm.ErrExecutionReverted: the contract reverted the call"),
)  # fmt: skip


# The CUDA driver API's CUresult codes (NVIDIA's CUDA Driver API reference, enum CUresult; numba's
# numba/cuda/cudadrv/enums.py names the same values), as the libraries relaying the driver print them ("[700] Call to
# cuCtxSynchronize results in CUDA_ERROR_ILLEGAL_ADDRESS", numba's CudaAPIError; cupy's CUDADriverError; pycuda): the
# upper-case constant the code-token reader already finds. A kernel's fault leaves the context unusable (the process
# must restart, and the kernel must be fixed): permanent. Left out: CUDA_ERROR_INVALID_VALUE (a caller's wrong
# argument and a program's bug alike), NOT_READY (not an error), LAUNCH_TIMEOUT and LAUNCH_OUT_OF_RESOURCES (a
# watchdog or a launch configuration: the kernel or the setup), the profiler's, the graph capture's and UNKNOWN.
_CUDA_DRIVER: tuple[tuple[str, str, str, str], ...] = (
    ("CUDA_ERROR_OUT_OF_MEMORY", R, "cuda-driver", "2: the device cannot allocate enough memory"),
    ("CUDA_ERROR_DEVICE_UNAVAILABLE", R, "cuda-driver",
     "46: the device is unavailable now (exclusive-process compute mode held by another process)"),
    ("CUDA_ERROR_NO_DEVICE", R, "cuda-driver", "100: no CUDA-capable device detected (GPU unavailable)"),
    ("CUDA_ERROR_MPS_MAX_CLIENTS_REACHED", R, "cuda-driver", "808: the MPS server's client limit is reached"),
    ("CUDA_ERROR_MPS_MAX_CONNECTIONS_REACHED", R, "cuda-driver", "809: the MPS server's connection limit is reached"),
    ("CUDA_ERROR_MPS_SERVER_NOT_READY", T, "cuda-driver", "807: the MPS server is not ready to accept clients yet"),
    ("CUDA_ERROR_TIMEOUT", T, "cuda-driver", "909: a wait operation timed out"),
    ("CUDA_ERROR_NOT_INITIALIZED", P, "cuda-driver", "3: cuInit was not called"),
    ("CUDA_ERROR_STUB_LIBRARY", P, "cuda-driver", "34: the stub driver library was loaded, not the real driver"),
    ("CUDA_ERROR_INVALID_DEVICE", P, "cuda-driver", "101: the device ordinal is not a valid device"),
    ("CUDA_ERROR_DEVICE_NOT_LICENSED", P, "cuda-driver", "102: the device is not licensed for the feature"),
    ("CUDA_ERROR_INVALID_IMAGE", P, "cuda-driver", "200: the kernel image is invalid"),
    ("CUDA_ERROR_INVALID_CONTEXT", P, "cuda-driver", "201: no context bound, or a destroyed one"),
    ("CUDA_ERROR_NO_BINARY_FOR_GPU", P, "cuda-driver", "209: no kernel image for the device's architecture"),
    ("CUDA_ERROR_ECC_UNCORRECTABLE", P, "cuda-driver", "214: an uncorrectable ECC error (hardware)"),
    ("CUDA_ERROR_UNSUPPORTED_LIMIT", P, "cuda-driver", "215: the limit is not supported by the device"),
    ("CUDA_ERROR_PEER_ACCESS_UNSUPPORTED", P, "cuda-driver", "217: peer access is not supported"),
    ("CUDA_ERROR_INVALID_PTX", P, "cuda-driver", "218: PTX JIT compilation failed"),
    ("CUDA_ERROR_NVLINK_UNCORRECTABLE", P, "cuda-driver", "220: an uncorrectable NVLink error (hardware)"),
    ("CUDA_ERROR_JIT_COMPILER_NOT_FOUND", P, "cuda-driver", "221: the PTX JIT compiler library is missing"),
    ("CUDA_ERROR_UNSUPPORTED_PTX_VERSION", P, "cuda-driver", "222: the PTX was compiled by a newer toolchain"),
    ("CUDA_ERROR_JIT_COMPILATION_DISABLED", P, "cuda-driver", "223: PTX JIT compilation is disabled"),
    ("CUDA_ERROR_INVALID_SOURCE", P, "cuda-driver", "300: the device kernel source is invalid"),
    ("CUDA_ERROR_FILE_NOT_FOUND", P, "cuda-driver", "301: the file was not found"),
    ("CUDA_ERROR_SHARED_OBJECT_SYMBOL_NOT_FOUND", P, "cuda-driver", "302: a shared object's symbol was not resolved"),
    ("CUDA_ERROR_SHARED_OBJECT_INIT_FAILED", P, "cuda-driver", "303: a shared object's initialisation failed"),
    ("CUDA_ERROR_INVALID_HANDLE", P, "cuda-driver", "400: a resource handle is invalid (a program's bug)"),
    ("CUDA_ERROR_NOT_FOUND", P, "cuda-driver", "500: a named symbol was not found"),
    ("CUDA_ERROR_ILLEGAL_ADDRESS", P, "cuda-driver", "700: a kernel accessed an illegal address"),
    ("CUDA_ERROR_CONTEXT_IS_DESTROYED", P, "cuda-driver", "709: the context was destroyed"),
    ("CUDA_ERROR_ASSERT", P, "cuda-driver", "710: a device-side assert failed"),
    ("CUDA_ERROR_HARDWARE_STACK_ERROR", P, "cuda-driver", "714: a kernel's stack was corrupted or overflowed"),
    ("CUDA_ERROR_ILLEGAL_INSTRUCTION", P, "cuda-driver", "715: a kernel executed an illegal instruction"),
    ("CUDA_ERROR_MISALIGNED_ADDRESS", P, "cuda-driver", "716: a kernel loaded or stored a misaligned address"),
    ("CUDA_ERROR_INVALID_ADDRESS_SPACE", P, "cuda-driver", "717: an instruction on an address space it cannot use"),
    ("CUDA_ERROR_INVALID_PC", P, "cuda-driver", "718: a kernel's program counter wrapped its address space"),
    ("CUDA_ERROR_LAUNCH_FAILED", P, "cuda-driver", "719: a kernel faulted while executing"),
    ("CUDA_ERROR_NOT_PERMITTED", P, "cuda-driver", "800: the operation is not permitted"),
    ("CUDA_ERROR_NOT_SUPPORTED", P, "cuda-driver", "801: the operation is not supported on the system or device"),
    ("CUDA_ERROR_SYSTEM_DRIVER_MISMATCH", P, "cuda-driver", "803: the display driver and the CUDA driver differ"),
    ("CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE", P, "cuda-driver",
     "804: forward compatibility is not supported on the device"),
    ("CUDA_ERROR_CDP_NOT_SUPPORTED", P, "cuda-driver", "811: dynamic parallelism is not supported"),
    ("CUDA_ERROR_CDP_VERSION_MISMATCH", P, "cuda-driver", "812: dynamic parallelism across incompatible versions"),
)  # fmt: skip


# ---- codes of the seventeenth batch's families (session 19, tune19b), each written from the library's own complete
# list of codes, not from the corpus items. A code whose category the code alone does not settle is left out.
#
# OPC UA status codes (the OPC Foundation's StatusCode.csv, generated into asyncua/ua/status_codes.py), as asyncua and
# python-opcua raise them: one class per Bad code, named as the code (asyncua.ua.uaerrors._auto.BadTypeMismatch,
# message "{description}({name})"); read from the class's own name with the OPCUA prefix (evidence._class_codes).
# Left out: Good and Uncertain codes (no failure), the generic Bad, BadUnexpectedError, BadInternalError (a programming
# or configuration error: either), BadInvalidState, BadNothingToDo, codes said of a connection, device or source that
# may come back or not (BadConnectionRejected, BadDeviceFailure, BadDataUnavailable, BadResourceUnavailable, ...), and
# the historian's and alarm states whose meaning is the caller's intent (BadConditionAlreadyDisabled, BadNoData, ...).
_OPCUA: tuple[tuple[str, str, str, str], ...] = (
    # transient: the server, channel or session comes back, or the call is in flight
    ("BadTimeout", T, "opcua-status", "the operation timed out"),
    ("BadRequestTimeout", T, "opcua-status", "the request timed out before the server processed it"),
    ("BadShutdown", T, "opcua-status", "cancelled because the application is shutting down"),
    ("BadServerHalted", T, "opcua-status", "the server has stopped; it serves again once restarted"),
    ("BadServerNotConnected", T, "opcua-status", "the client is not connected to the server"),
    ("BadCommunicationError", T, "opcua-status", "a low level communication error"),
    ("BadNoCommunication", T, "opcua-status", "communication with the data source is defined but not established"),
    ("BadWaitingForInitialData", T, "opcua-status", "waiting for the server to obtain values from the source"),
    ("BadConnectionClosed", T, "opcua-status", "the network connection was closed"),
    ("BadDisconnect", T, "opcua-status", "the server disconnected the client"),
    ("BadSecureChannelClosed", T, "opcua-status", "the secure channel was closed"),
    ("BadSecureChannelIdInvalid", T, "opcua-status", "the secure channel is no longer valid: open a new one"),
    ("BadSecureChannelTokenUnknown", T, "opcua-status", "the channel's token expired or is unknown: renew it"),
    ("BadSessionClosed", T, "opcua-status", "the session was closed: a new session works"),
    ("BadSessionIdInvalid", T, "opcua-status", "the session is no longer valid (expired): a new session works"),
    ("BadRequestInterrupted", T, "opcua-status", "a network interruption: the request was not sent"),
    ("BadTcpServerTooBusy", T, "opcua-status", "the server cannot process the request because it is too busy"),
    ("BadServerTooBusy", T, "opcua-status", "the server lacks the resources to process the request at this time"),
    ("BadRefreshInProgress", T, "opcua-status", "a condition refresh is already in progress"),
    # resource: a limit of the server that must free up or be raised
    ("BadOutOfMemory", R, "opcua-status", "not enough memory to complete the operation"),
    ("BadTcpNotEnoughResources", R, "opcua-status", "not enough resources to process the request"),
    ("BadTooManySessions", R, "opcua-status", "the server has reached its maximum number of sessions"),
    ("BadTooManySubscriptions", R, "opcua-status", "the server has reached its maximum number of subscriptions"),
    ("BadTooManyPublishRequests", R, "opcua-status", "the server has reached its maximum of queued publish requests"),
    ("BadTooManyMonitoredItems", R, "opcua-status", "the subscription holds the most monitored items it may"),
    ("BadMaxConnectionsReached", R, "opcua-status", "the server's connection limit is reached"),
    ("BadNoContinuationPoints", R, "opcua-status", "the session holds the most continuation points it may"),
    ("BadLicenseLimitsExceeded", R, "opcua-status", "the license's limits are reached"),
    # validation: the request, value or argument the caller sent must change
    ("BadTypeMismatch", V, "opcua-status", "the value written is not of the attribute's type"),
    ("BadOutOfRange", V, "opcua-status", "the value is out of range"),
    ("BadNumericOverflow", V, "opcua-status", "the number was too large for the type"),
    ("BadInvalidArgument", V, "opcua-status", "one or more arguments are invalid"),
    ("BadArgumentsMissing", V, "opcua-status", "the client did not give all the method's input arguments"),
    ("BadTooManyArguments", V, "opcua-status", "too many arguments were provided"),
    ("BadTooManyOperations", V, "opcua-status", "the request specified too many operations"),
    ("BadRequestTooLarge", V, "opcua-status", "the request message exceeds the server's size limit"),
    ("BadEncodingLimitsExceeded", V, "opcua-status", "the message exceeds the stack's encoding limits"),
    ("BadTcpMessageTooLarge", V, "opcua-status", "the message is larger than the receiver accepts"),
    ("BadNodeIdInvalid", V, "opcua-status", "the syntax of the node id is not valid"),
    ("BadAttributeIdInvalid", V, "opcua-status", "the attribute is not supported for the node"),
    ("BadIndexRangeInvalid", V, "opcua-status", "the syntax of the index range is not valid"),
    ("BadIndexRangeNoData", V, "opcua-status", "no data exists within the index range"),
    ("BadDataEncodingInvalid", V, "opcua-status", "the data encoding is invalid"),
    ("BadTimestampsToReturnInvalid", V, "opcua-status", "the timestamps to return parameter is invalid"),
    ("BadMonitoringModeInvalid", V, "opcua-status", "the monitoring mode is invalid"),
    ("BadMonitoredItemFilterInvalid", V, "opcua-status", "the monitored item filter parameter is not valid"),
    ("BadEventFilterInvalid", V, "opcua-status", "the event filter is not valid"),
    ("BadContentFilterInvalid", V, "opcua-status", "the content filter is not valid"),
    ("BadFilterOperatorInvalid", V, "opcua-status", "an unrecognized filter operator"),
    ("BadFilterOperandCountMismatch", V, "opcua-status", "wrong number of operands for the filter operator"),
    ("BadFilterOperandInvalid", V, "opcua-status", "the operand used in a content filter is not valid"),
    ("BadFilterElementInvalid", V, "opcua-status", "the referenced element is not a valid content filter element"),
    ("BadFilterLiteralInvalid", V, "opcua-status", "the referenced literal is not a valid value"),
    ("BadBrowseDirectionInvalid", V, "opcua-status", "the browse direction is not valid"),
    ("BadBrowseNameInvalid", V, "opcua-status", "the browse name is invalid"),
    ("BadBrowseNameDuplicated", V, "opcua-status", "the browse name is not unique among the parent's children"),
    ("BadNodeIdExists", V, "opcua-status", "the requested node id is already used by another node"),
    ("BadNodeClassInvalid", V, "opcua-status", "the node class is not valid"),
    ("BadNodeAttributesInvalid", V, "opcua-status", "the node attributes are not valid for the node class"),
    ("BadDuplicateReferenceNotAllowed", V, "opcua-status", "the reference type between the nodes is already defined"),
    ("BadInvalidSelfReference", V, "opcua-status", "the server does not allow this type of self reference"),
    ("BadMaxAgeInvalid", V, "opcua-status", "the max age parameter is invalid"),
    ("BadInvalidTimestampArgument", V, "opcua-status", "the defined timestamp to return was invalid"),
    ("BadDeadbandFilterInvalid", V, "opcua-status", "the deadband filter is not valid"),
    ("BadShelvingTimeOutOfRange", V, "opcua-status", "the shelving time is not within the allowed range"),
    ("BadAggregateInvalidInputs", V, "opcua-status", "the aggregate value could not be derived from the inputs"),
    ("BadAlreadyExists", V, "opcua-status", "an equivalent rule already exists"),
    ("BadEntryExists", V, "opcua-status", "the data or event was not inserted: a matching entry exists"),
    ("BadSyntaxError", V, "opcua-status", "a value had an invalid syntax"),
    ("BadEdited_OutOfRange", V, "opcua-status", "the value written was accepted but out of range"),
    ("BadInitialValue_OutOfRange", V, "opcua-status", "the initial value is out of range"),
    # permanent: a node, service or feature missing, a permission, a certificate or the configuration
    ("BadNodeIdUnknown", P, "opcua-status", "the node id refers to a node that does not exist in the address space"),
    ("BadNotReadable", P, "opcua-status", "the access level does not allow reading or subscribing to the node"),
    ("BadNotWritable", P, "opcua-status", "the access level does not allow writing to the node"),
    ("BadUserAccessDenied", P, "opcua-status", "the user lacks permission for the operation"),
    ("BadNoDeleteRights", P, "opcua-status", "the server will not allow the node to be deleted"),
    ("BadNotSupported", P, "opcua-status", "the requested operation is not supported"),
    ("BadNotImplemented", P, "opcua-status", "the requested operation is not implemented"),
    ("BadServiceUnsupported", P, "opcua-status", "the server does not support the requested service"),
    ("BadWriteNotSupported", P, "opcua-status", "the server does not support writing this combination"),
    ("BadHistoryOperationUnsupported", P, "opcua-status", "the server does not support the history operation"),
    ("BadMonitoredItemFilterUnsupported", P, "opcua-status", "the server does not support the filter"),
    ("BadFilterOperatorUnsupported", P, "opcua-status", "a valid filter operator the server does not support"),
    ("BadDataEncodingUnsupported", P, "opcua-status", "the server does not support the data encoding"),
    ("BadAggregateNotSupported", P, "opcua-status", "the aggregate is not supported by the server"),
    ("BadTimestampNotSupported", P, "opcua-status", "the client asked for a timestamp the server does not support"),
    ("BadProtocolVersionUnsupported", P, "opcua-status", "the applications have no protocol version in common"),
    ("BadNotExecutable", P, "opcua-status", "the executable attribute does not allow running the method"),
    ("BadNotFound", P, "opcua-status", "a requested item was not found or a search ended without success"),
    ("BadObjectDeleted", P, "opcua-status", "the object cannot be used because it has been deleted"),
    ("BadMethodInvalid", P, "opcua-status", "the method id does not refer to a method of the object"),
    ("BadViewIdUnknown", P, "opcua-status", "the view id does not refer to a valid view node"),
    ("BadDataTypeIdUnknown", P, "opcua-status", "the extension object's data type id is not recognized"),
    ("BadReferenceTypeIdInvalid", P, "opcua-status", "the reference type id does not refer to a valid node"),
    ("BadParentNodeIdInvalid", P, "opcua-status", "the parent node id does not refer to a valid node"),
    ("BadSourceNodeIdInvalid", P, "opcua-status", "the source node id does not reference a valid node"),
    ("BadTargetNodeIdInvalid", P, "opcua-status", "the target node id does not reference a valid node"),
    ("BadTypeDefinitionInvalid", P, "opcua-status", "the type definition node id does not reference a type node"),
    ("BadNodeNotInView", P, "opcua-status", "the node is not part of the view"),
    ("BadOutOfService", P, "opcua-status", "the source of the data is not operational (taken out of service)"),
    ("BadConfigurationError", P, "opcua-status", "there is a problem with the configuration"),
    ("BadSecurityChecksFailed", P, "opcua-status", "an error occurred verifying security"),
    ("BadSecurityModeRejected", P, "opcua-status", "the security mode does not meet the server's requirements"),
    ("BadSecurityPolicyRejected", P, "opcua-status", "the security policy does not meet the server's requirements"),
    ("BadSecurityModeInsufficient", P, "opcua-status", "not permitted over the channel's security mode"),
    ("BadCertificateInvalid", P, "opcua-status", "the certificate provided is not valid"),
    ("BadCertificatePolicyCheckFailed", P, "opcua-status", "the certificate does not meet the security policy"),
    ("BadCertificateTimeInvalid", P, "opcua-status", "the certificate has expired or is not yet valid"),
    ("BadCertificateIssuerTimeInvalid", P, "opcua-status", "an issuer certificate has expired or is not yet valid"),
    ("BadCertificateHostNameInvalid", P, "opcua-status", "the host name does not match the certificate"),
    ("BadCertificateUriInvalid", P, "opcua-status", "the application URI does not match the certificate"),
    ("BadCertificateUseNotAllowed", P, "opcua-status", "the certificate may not be used for the operation"),
    ("BadCertificateIssuerUseNotAllowed", P, "opcua-status", "the issuer certificate may not be used for it"),
    ("BadCertificateUntrusted", P, "opcua-status", "the certificate is not trusted"),
    ("BadCertificateRevoked", P, "opcua-status", "the certificate has been revoked"),
    ("BadCertificateIssuerRevoked", P, "opcua-status", "the issuer certificate has been revoked"),
    ("BadCertificateChainIncomplete", P, "opcua-status", "the certificate chain is incomplete"),
    ("BadNoValidCertificates", P, "opcua-status", "no certificate valid for the server's security policies"),
    ("BadIdentityTokenInvalid", P, "opcua-status", "the user identity token is not valid"),
    ("BadIdentityTokenRejected", P, "opcua-status", "the user identity token is valid but the server rejected it"),
    ("BadUserSignatureInvalid", P, "opcua-status", "the user token signature is missing or invalid"),
    ("BadApplicationSignatureInvalid", P, "opcua-status", "the signature made with the client's certificate is wrong"),
    ("BadIdentityChangeNotSupported", P, "opcua-status", "the server does not support changing the session's user"),
    ("BadInsufficientClientProfile", P, "opcua-status", "the client does not support the server's required profile"),
    ("BadLicenseExpired", P, "opcua-status", "the server requires a license to operate; it has expired"),
    ("BadLicenseNotAvailable", P, "opcua-status", "the server has no license for the operation or feature"),
    ("BadServerUriInvalid", P, "opcua-status", "the server URI is not valid"),
    ("BadTcpEndpointUrlInvalid", P, "opcua-status", "the server has no endpoint matching the URL"),
    ("BadSessionNotActivated", P, "opcua-status", "the session is used before ActivateSession was called: a bug"),
)  # fmt: skip


# Kerberos 5 error codes (MIT krb5's krb5_err.et: the protocol's error codes at ERROR_TABLE_BASE_krb5 + the code, the
# library's from the base + 128; the base is -1765328384, 2529638912 unsigned), as python-gssapi's GSSError prints the
# mechanism's minor status ("Major (851968): Unspecified GSS failure.  Minor code may provide more information, Minor
# (2529639068): Cannot contact any KDC for realm 'CORP.EXAMPLE.COM'"): the major status is GSS_S_FAILURE whatever
# failed, the minor code says what. Read on GSSError's classes (MESSAGE_CODES). A code of each number below, written
# as the base plus its offset; placeholders, the generic KRB5KRB_ERR_GENERIC and codes said of a library's misuse are
# left out.
def _krb5(offset: int) -> str:
    return str(2529638912 + offset)


_KRB5: tuple[tuple[str, str, str, str], ...] = (
    (_krb5(1), P, "krb5-errors", "KRB5KDC_ERR_NAME_EXP: the client's entry in the database has expired"),
    (_krb5(2), P, "krb5-errors", "KRB5KDC_ERR_SERVICE_EXP: the server's entry in the database has expired"),
    (_krb5(3), P, "krb5-errors", "KRB5KDC_ERR_BAD_PVNO: the protocol version is not supported"),
    (_krb5(6), P, "krb5-errors", "KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN: client not found in Kerberos database"),
    (_krb5(7), P, "krb5-errors", "KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN: server not found in Kerberos database"),
    (_krb5(8), P, "krb5-errors", "KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE: the principal has several entries"),
    (_krb5(9), P, "krb5-errors", "KRB5KDC_ERR_NULL_KEY: the client or server has a null key"),
    (_krb5(12), P, "krb5-errors", "KRB5KDC_ERR_POLICY: the KDC's policy rejects the request"),
    (_krb5(14), P, "krb5-errors", "KRB5KDC_ERR_ETYPE_NOSUPP: the KDC has no support for the encryption type"),
    (_krb5(15), P, "krb5-errors", "KRB5KDC_ERR_SUMTYPE_NOSUPP: the KDC has no support for the checksum type"),
    (_krb5(16), P, "krb5-errors", "KRB5KDC_ERR_PADATA_TYPE_NOSUPP: the KDC has no support for the padata type"),
    (_krb5(18), P, "krb5-errors", "KRB5KDC_ERR_CLIENT_REVOKED: the client's credentials have been revoked"),
    (_krb5(19), P, "krb5-errors", "KRB5KDC_ERR_SERVICE_REVOKED: the server's credentials have been revoked"),
    (_krb5(20), P, "krb5-errors", "KRB5KDC_ERR_TGT_REVOKED: the TGT has been revoked"),
    (_krb5(21), T, "krb5-errors", "KRB5KDC_ERR_CLIENT_NOTYET: client not yet valid - try again later"),
    (_krb5(22), T, "krb5-errors", "KRB5KDC_ERR_SERVICE_NOTYET: server not yet valid - try again later"),
    (_krb5(23), P, "krb5-errors", "KRB5KDC_ERR_KEY_EXP: the password has expired"),
    (_krb5(24), P, "krb5-errors", "KRB5KDC_ERR_PREAUTH_FAILED: preauthentication failed (a wrong password or key)"),
    (_krb5(31), P, "krb5-errors", "KRB5KRB_AP_ERR_BAD_INTEGRITY: decrypt integrity check failed (a wrong key)"),
    (_krb5(32), P, "krb5-errors", "KRB5KRB_AP_ERR_TKT_EXPIRED: the ticket expired; a new one is needed"),
    (_krb5(35), P, "krb5-errors", "KRB5KRB_AP_ERR_NOT_US: the ticket is not for this service"),
    (_krb5(36), P, "krb5-errors", "KRB5KRB_AP_ERR_BADMATCH: ticket and authenticator do not match"),
    (_krb5(37), P, "krb5-errors", "KRB5KRB_AP_ERR_SKEW: clock skew too great (the host clock must be fixed)"),
    (_krb5(38), P, "krb5-errors", "KRB5KRB_AP_ERR_BADADDR: incorrect net address"),
    (_krb5(39), P, "krb5-errors", "KRB5KRB_AP_ERR_BADVERSION: protocol version mismatch"),
    (_krb5(44), P, "krb5-errors", "KRB5KRB_AP_ERR_BADKEYVER: the key version is not available (a stale keytab)"),
    (_krb5(45), P, "krb5-errors", "KRB5KRB_AP_ERR_NOKEY: the service key is not available"),
    (_krb5(46), P, "krb5-errors", "KRB5KRB_AP_ERR_MUT_FAIL: mutual authentication failed"),
    (_krb5(48), P, "krb5-errors", "KRB5KRB_AP_ERR_METHOD: an alternative authentication method is required"),
    (_krb5(135), P, "krb5-errors", "KRB5_CONFIG_CANTOPEN: cannot open or find the configuration file"),
    (_krb5(136), P, "krb5-errors", "KRB5_CONFIG_BADFORMAT: improper format of the configuration file"),
    (_krb5(141), P, "krb5-errors", "KRB5_CC_NOTFOUND: no matching credential (no ticket: kinit is needed)"),
    (_krb5(154), P, "krb5-errors", "KRB5_REALM_UNKNOWN: cannot find a KDC for the realm (configuration)"),
    (_krb5(155), P, "krb5-errors", "KRB5_SERVICE_UNKNOWN: the Kerberos service is unknown"),
    (_krb5(156), T, "krb5-errors", "KRB5_KDC_UNREACH: cannot contact any KDC for the realm (a network failure)"),
    (_krb5(157), P, "krb5-errors", "KRB5_NO_LOCALNAME: no local name found for the principal"),
    (_krb5(160), R, "krb5-errors", "KRB5_RC_MALLOC: no more memory to allocate (replay cache)"),
    (_krb5(169), P, "krb5-errors", "KRB5_RC_IO_PERM: permission denied in the replay cache"),
    (_krb5(172), R, "krb5-errors", "KRB5_RC_IO_SPACE: insufficient system space to store replay information"),
    (_krb5(181), P, "krb5-errors", "KRB5_KT_NOTFOUND: key table entry not found (the keytab lacks the key)"),
    (_krb5(194), P, "krb5-errors", "KRB5_FCC_PERM: the credentials cache file's permissions are incorrect"),
    (_krb5(195), P, "krb5-errors", "KRB5_FCC_NOFILE: no credentials cache file found"),
    (_krb5(198), R, "krb5-errors", "KRB5_CC_NOMEM: no more memory to allocate (credentials cache)"),
)


# Tarantool's box error codes (src/box/errcode.h, ERROR_CODES: the number is the code's position), as
# tarantool-python's DatabaseError prints them: "(97, 'Transaction has been aborted by conflict')"; read on the
# client's classes (MESSAGE_CODES). Left out: ER_UNKNOWN, the codes that carry a Lua or C procedure's own text
# (ER_PROC_LUA, ER_PROC_C), a tuple not found (said of a lookup and of an update's target alike), a write refused on a
# replica or in read-only mode (a failover or the client's routing), and the write-ahead log's disk failure (a full or a
# broken disk).
_TARANTOOL: tuple[tuple[str, str, str, str], ...] = (
    ("1", V, "tarantool-errcode", "ER_ILLEGAL_PARAMS: illegal parameters"),
    ("2", R, "tarantool-errcode", "ER_MEMORY_ISSUE: failed to allocate memory"),
    ("3", V, "tarantool-errcode", "ER_TUPLE_FOUND: duplicate key exists in a unique index"),
    ("5", P, "tarantool-errcode", "ER_UNSUPPORTED: the engine or index does not support the operation"),
    ("10", V, "tarantool-errcode", "ER_SPACE_EXISTS: the space already exists"),
    ("13", P, "tarantool-errcode", "ER_INDEX_TYPE: unsupported index type"),
    ("16", R, "tarantool-errcode", "ER_TUPLE_FORMAT_LIMIT: the tuple format limit is reached"),
    ("18", V, "tarantool-errcode", "ER_KEY_PART_TYPE: the key's type does not match the index part"),
    ("19", V, "tarantool-errcode", "ER_EXACT_MATCH: invalid key part count in an exact match"),
    ("20", V, "tarantool-errcode", "ER_INVALID_MSGPACK: invalid MsgPack"),
    ("22", V, "tarantool-errcode", "ER_TUPLE_NOT_ARRAY: the tuple or key must be a MsgPack array"),
    ("23", V, "tarantool-errcode", "ER_FIELD_TYPE: a tuple field's type does not match the one required"),
    ("26", V, "tarantool-errcode", "ER_ARG_TYPE: an update argument does not match the field type"),
    ("27", V, "tarantool-errcode", "ER_TUPLE_IS_TOO_LONG: the tuple is too long"),
    ("28", V, "tarantool-errcode", "ER_UNKNOWN_UPDATE_OP: unknown UPDATE operation"),
    ("31", V, "tarantool-errcode", "ER_KEY_PART_COUNT: invalid key part count"),
    ("33", P, "tarantool-errcode", "ER_NO_SUCH_PROC: the procedure is not defined"),
    ("35", P, "tarantool-errcode", "ER_NO_SUCH_INDEX: no such index in the space"),
    ("36", P, "tarantool-errcode", "ER_NO_SUCH_SPACE: the space does not exist"),
    ("38", V, "tarantool-errcode", "ER_SPACE_FIELD_COUNT: the tuple's field count does not match the space's"),
    ("39", V, "tarantool-errcode", "ER_INDEX_FIELD_COUNT: the tuple has fewer fields than an index requires"),
    ("42", P, "tarantool-errcode", "ER_ACCESS_DENIED: access denied for the user"),
    ("45", P, "tarantool-errcode", "ER_NO_SUCH_USER: the user is not found"),
    ("46", V, "tarantool-errcode", "ER_USER_EXISTS: the user already exists"),
    ("47", P, "tarantool-errcode", "ER_PASSWORD_MISMATCH: incorrect password supplied for the user"),
    ("51", P, "tarantool-errcode", "ER_NO_SUCH_FUNCTION: the function does not exist"),
    ("52", V, "tarantool-errcode", "ER_FUNCTION_EXISTS: the function already exists"),
    ("53", P, "tarantool-errcode", "ER_FUNCTION_ACCESS_DENIED: access denied to the function"),
    ("54", R, "tarantool-errcode", "ER_FUNCTION_MAX: the limit on the number of functions is reached"),
    ("55", P, "tarantool-errcode", "ER_SPACE_ACCESS_DENIED: access denied to the space"),
    ("56", R, "tarantool-errcode", "ER_USER_MAX: the limit on the number of users is reached"),
    ("57", P, "tarantool-errcode", "ER_NO_SUCH_ENGINE: the space engine does not exist"),
    ("59", P, "tarantool-errcode", "ER_CFG: incorrect value for a configuration option"),
    ("61", T, "tarantool-errcode", "ER_LOCAL_SERVER_IS_NOT_ACTIVE: the local server is not active yet"),
    ("69", V, "tarantool-errcode", "ER_MISSING_REQUEST_FIELD: a mandatory field is missing in the request"),
    ("70", V, "tarantool-errcode", "ER_IDENTIFIER: invalid identifier"),
    ("72", V, "tarantool-errcode", "ER_ITERATOR_TYPE: unknown iterator type"),
    ("73", R, "tarantool-errcode", "ER_REPLICA_MAX: the replica count limit is reached"),
    ("77", T, "tarantool-errcode", "ER_NO_CONNECTION: the connection is not established"),
    ("78", T, "tarantool-errcode", "ER_TIMEOUT: timeout exceeded"),
    ("82", P, "tarantool-errcode", "ER_NO_SUCH_ROLE: the role is not found"),
    ("83", V, "tarantool-errcode", "ER_ROLE_EXISTS: the role already exists"),
    ("85", V, "tarantool-errcode", "ER_INDEX_EXISTS: the index already exists"),
    ("86", R, "tarantool-errcode", "ER_TUPLE_REF_OVERFLOW: the tuple reference counter overflowed"),
    ("91", P, "tarantool-errcode", "ER_PRIV_NOT_GRANTED: the user does not have the access"),
    ("92", P, "tarantool-errcode", "ER_ROLE_NOT_GRANTED: the user does not have the role"),
    ("95", V, "tarantool-errcode", "ER_UPDATE_INTEGER_OVERFLOW: integer overflow in an update operation"),
    ("97", T, "tarantool-errcode", "ER_TRANSACTION_CONFLICT: the transaction was aborted by a conflict; run it again"),
    ("100", P, "tarantool-errcode", "ER_FUNCTION_LANGUAGE: unsupported language for the function"),
    ("109", T, "tarantool-errcode", "ER_WRONG_SCHEMA_VERSION: the client's schema is stale; it reloads and retries"),
    ("110", V, "tarantool-errcode", "ER_SLAB_ALLOC_MAX: the tuple is too large for the slab allocator"),
)
_TARANTOOL_CLASSES = tuple(
    f"tarantool.{module}{name}"
    for module in ("error.", "")
    for name in (
        "DatabaseError", "InterfaceError", "DataError", "OperationalError", "IntegrityError", "InternalError",
        "ProgrammingError", "NotSupportedError",
    )
)  # fmt: skip


# Firebird's status codes (gds codes: 335544320 + the message number of the JRD facility, src/include/firebird/impl/
# msg/jrd.h, which gives each its SQLCODE and SQLSTATE), as fdb's DatabaseError prints them last: "('Error while
# executing SQL statement:\n- SQLCODE: -204\n- Dynamic SQL Error\n- SQL error code = -204\n- Table unknown\n- ORDERZ',
# -204, 335544580)"; read on fdb's classes (MESSAGE_CODES). The SQLCODE beside it is coarser (-901 and -902 are said
# of hundreds of codes). Left out: generic codes (dsql_error, random, misc_interpreted, io_error, sqlerr, imp_exc),
# internal consistency checks and corruption (bug_check, db_corrupt, the "internal error"s), handle and parameter block
# misuse by a driver, and the codes whose meaning is the caller's intent (cancelled, shutdown warnings).
def _gds(number: int) -> str:
    return str(335544320 + number)


_FIREBIRD: tuple[tuple[str, str, str, str], ...] = (
    (_gds(1), V, "firebird-jrd", "arith_except: arithmetic exception, numeric overflow, or string truncation"),
    (_gds(14), V, "firebird-jrd", "convert_error: conversion error from string"),
    (_gds(16), T, "firebird-jrd", "deadlock"),
    (_gds(25), T, "firebird-jrd", "lock_conflict: lock conflict on no wait transaction"),
    (_gds(27), V, "firebird-jrd", "not_valid: validation error for column"),
    (_gds(29), V, "firebird-jrd", "no_dup: attempt to store duplicate value in unique index"),
    (_gds(32), P, "firebird-jrd", "no_priv: no permission for the access"),
    (_gds(55), T, "firebird-jrd", "unavailable: unavailable database"),
    (_gds(58), P, "firebird-jrd", "wish_list: feature is not supported"),
    (_gds(110), R, "firebird-jrd", "virmemexh: unable to allocate memory from operating system"),
    (_gds(131), T, "firebird-jrd", "update_conflict: update conflicts with concurrent update"),
    (_gds(143), P, "firebird-jrd", "gennotdef: generator is not defined"),
    (_gds(146), V, "firebird-jrd", "foreign_key: violation of FOREIGN KEY constraint"),
    (_gds(152), P, "firebird-jrd", "login: user name and password are not defined"),
    (_gds(155), T, "firebird-jrd", "relation_lock: lock on table conflicts with existing lock"),
    (_gds(156), T, "firebird-jrd", "record_lock: requested record lock conflicts with existing lock"),
    (_gds(186), T, "firebird-jrd", "shutinprog: database shutdown in progress"),
    (_gds(189), P, "firebird-jrd", "charset_not_found: CHARACTER SET is not defined"),
    (_gds(190), T, "firebird-jrd", "lock_timeout: lock time-out on wait transaction"),
    (_gds(191), P, "firebird-jrd", "prcnotdef: procedure is not defined"),
    (_gds(208), T, "firebird-jrd", "shutdown: the database is shut down (it is brought online again)"),
    (_gds(238), V, "firebird-jrd", "check_constraint: operation violates CHECK constraint"),
    (_gds(245), V, "firebird-jrd", "transliteration_failed: cannot transliterate character between character sets"),
    (_gds(258), P, "firebird-jrd", "dsql_field_err: column unknown"),
    (_gds(260), P, "firebird-jrd", "dsql_relation_err: table unknown"),
    (_gds(261), P, "firebird-jrd", "dsql_procedure_err: procedure unknown"),
    (_gds(266), P, "firebird-jrd", "dsql_function_err: function unknown"),
    (_gds(292), P, "firebird-jrd", "token_err: token unknown (the SQL must change)"),
    (_gds(314), P, "firebird-jrd", "dsql_token_unk_err: token unknown at a line and column (the SQL must change)"),
    (_gds(345), V, "firebird-jrd", "unique_key_violation: violation of PRIMARY or UNIQUE KEY constraint"),
    (_gds(356), R, "firebird-jrd", "sort_mem_err: sort error: not enough memory"),
    (_gds(371), R, "firebird-jrd", "cache_too_small: insufficient memory to allocate page buffer cache"),
    (_gds(401), T, "firebird-jrd", "network_error: unable to complete network request to host"),
    (_gds(402), T, "firebird-jrd", "net_connect_err: failed to establish a connection"),
    (_gds(406), T, "firebird-jrd", "net_read_err: error reading data from the connection"),
    (_gds(407), T, "firebird-jrd", "net_write_err: error writing data to the connection"),
    (_gds(421), T, "firebird-jrd", "lost_db_connection: connection lost to database"),
    (_gds(424), R, "firebird-jrd", "max_att_exceeded: maximum user count exceeded"),
    (_gds(441), R, "firebird-jrd", "too_many_handles: too many open handles to database"),
    (_gds(445), P, "firebird-jrd", "read_only_database: attempted update on read-only database"),
    (_gds(468), P, "firebird-jrd", "adm_task_denied: unable to perform operation (no admin rights)"),
    (_gds(470), P, "firebird-jrd", "insufficient_svc_privileges: the service requires SYSDBA permissions"),
    (_gds(471), T, "firebird-jrd", "file_in_use: the file is in use by another process; try again later"),
    (_gds(490), V, "firebird-jrd", "date_range_exceeded: value exceeds the range for valid dates"),
    (_gds(499), R, "firebird-jrd", "io_32bit_exceeded_err: the file exceeded the maximum size of 2GB"),
    (_gds(511), P, "firebird-jrd", "conf_access_denied: use is not allowed by server configuration"),
    (_gds(516), V, "firebird-jrd", "concat_overflow: the resulting string cannot exceed 32765 bytes"),
    (_gds(536), T, "firebird-jrd", "att_shutdown: connection shutdown"),
    (_gds(537), V, "firebird-jrd", "blobtoobig: maximum BLOB size exceeded"),
    (_gds(552), P, "firebird-jrd", "domnotdef: domain is not defined"),
    (_gds(559), V, "firebird-jrd", "not_valid_for_var: validation error for variable"),
    (_gds(560), V, "firebird-jrd", "not_valid_for: validation error"),
    (_gds(592), V, "firebird-jrd", "time_range_exceeded: value exceeds the range for a valid time"),
    (_gds(593), V, "firebird-jrd", "datetime_range_exceeded: value exceeds the range for valid timestamps"),
    (_gds(594), V, "firebird-jrd", "string_truncation: string right truncation"),
    (_gds(595), V, "firebird-jrd", "blob_truncation: blob truncation when converting to a string"),
    (_gds(596), V, "firebird-jrd", "numeric_out_of_range: numeric value is out of range"),
    (_gds(598), T, "firebird-jrd", "att_handle_busy: attachment handle is busy"),
)
_FIREBIRD_CLASSES = tuple(
    f"fdb.{module}{name}"
    for module in ("fbcore.", "")
    for name in (
        "DatabaseError", "OperationalError", "IntegrityError", "ProgrammingError", "DataError", "InternalError",
        "NotSupportedError", "TransactionConflict",
    )
)  # fmt: skip


# Reddit's API error names (r2/r2/lib/errors.py error_list, each with its message), as PRAW's RedditAPIException prints
# each item ("SUBREDDIT_NOTALLOWED: \"you aren't allowed to post there.\" on field 'sr'", praw/exceptions.py
# RedditErrorItem.error_message); read on PRAW's and Async PRAW's classes (MESSAGE_CODES). Left out: names said of
# a state the caller's intent decides (LOGGED_IN, CONFIRM, CHEATER, BAD_HASH, BAD_CAPTCHA), the advertising and
# billing forms (BAD_BID, OVERSOLD, BID_LIVE, BAD_ADDRESS, BAD_CARD, TOO_MANY_CAMPAIGNS), the codes (INVALID_CODE,
# CLAIMED_CODE), a subreddit's post kinds (NO_SELFS, NO_LINKS: the post or the subreddit's settings) and the limits
# of a multireddit or an app's developers.
_REDDIT: tuple[tuple[str, str, str, str], ...] = (
    ("RATELIMIT", T, "reddit-errors", "you are doing that too much. try again in a while"),
    ("SUBREDDIT_RATELIMIT", T, "reddit-errors", "you are doing that too much. try again later"),
    ("QUOTA_FILLED", T, "reddit-errors", "too many links submitted recently; try again in an hour"),
    ("CONFLICT", T, "reddit-errors", "conflict error while saving"),
    ("NO_URL", V, "reddit-errors", "a url is required"),
    ("BAD_URL", V, "reddit-errors", "you should check that url"),
    ("BAD_USERNAME", V, "reddit-errors", "invalid user name"),
    ("USERNAME_TAKEN", V, "reddit-errors", "that username is already taken"),
    ("USERNAME_TAKEN_DEL", V, "reddit-errors", "that username is taken by a deleted account"),
    ("NO_THING_ID", V, "reddit-errors", "id not specified"),
    ("TOO_MANY_THING_IDS", V, "reddit-errors", "too many ids provided"),
    ("BAD_PASSWORD", V, "reddit-errors", "that password is unacceptable (a new password's rules)"),
    ("BAD_PASSWORD_MATCH", V, "reddit-errors", "passwords do not match"),
    ("NO_NAME", V, "reddit-errors", "please enter a name"),
    ("NO_EMAIL", V, "reddit-errors", "please enter an email address"),
    ("NO_TO_ADDRESS", V, "reddit-errors", "send it to whom?"),
    ("NO_SUBJECT", V, "reddit-errors", "please enter a subject"),
    ("NO_USER", V, "reddit-errors", "please enter a username"),
    ("INVALID_PREF", V, "reddit-errors", "that preference isn't valid"),
    ("BAD_NUMBER", V, "reddit-errors", "that number isn't in the right range"),
    ("BAD_STRING", V, "reddit-errors", "a character that cannot be handled"),
    ("ALREADY_SUB", V, "reddit-errors", "that link has already been submitted"),
    ("SUBREDDIT_EXISTS", V, "reddit-errors", "that subreddit already exists"),
    ("SUBREDDIT_REQUIRED", V, "reddit-errors", "you must specify a subreddit"),
    ("BAD_SR_NAME", V, "reddit-errors", "that subreddit name isn't going to work"),
    ("INVALID_OPTION", V, "reddit-errors", "that option is not valid"),
    ("BAD_EMAILS", V, "reddit-errors", "the emails given are invalid"),
    ("NO_EMAILS", V, "reddit-errors", "please enter at least one email address"),
    ("TOO_MANY_EMAILS", V, "reddit-errors", "too many emails at a time"),
    ("BAD_DATE", V, "reddit-errors", "a date of the form mm/dd/yyyy is needed"),
    ("BAD_DATE_RANGE", V, "reddit-errors", "the dates need to be in order and not identical"),
    ("DATE_RANGE_TOO_LARGE", V, "reddit-errors", "the date range is too long"),
    ("BAD_FUTURE_DATE", V, "reddit-errors", "the date must be further in the future"),
    ("BAD_PAST_DATE", V, "reddit-errors", "the date must be further in the past"),
    ("TOO_LONG", V, "reddit-errors", "this is too long"),
    ("NO_TEXT", V, "reddit-errors", "we need something here"),
    ("BAD_CSS_NAME", V, "reddit-errors", "invalid css name"),
    ("BAD_CSS", V, "reddit-errors", "invalid css"),
    ("BAD_REVISION", V, "reddit-errors", "invalid revision ID"),
    ("BAD_FLAIR_TARGET", V, "reddit-errors", "not a valid flair target"),
    ("BAD_IMAGE", V, "reddit-errors", "image problem"),
    ("ALREADY_MODERATOR", V, "reddit-errors", "that user is already a moderator"),
    ("BAD_JSONP_CALLBACK", V, "reddit-errors", "the jsonp callback contains invalid characters"),
    ("INVALID_PERMISSION_TYPE", V, "reddit-errors", "permissions don't apply to that type of user"),
    ("INVALID_PERMISSIONS", V, "reddit-errors", "invalid permissions string"),
    ("BAD_MULTI_PATH", V, "reddit-errors", "invalid multi path"),
    ("BAD_MULTI_NAME", V, "reddit-errors", "the multireddit's name is refused"),
    ("MULTI_EXISTS", V, "reddit-errors", "that multireddit already exists"),
    ("JSON_PARSE_ERROR", V, "reddit-errors", "unable to parse JSON data"),
    ("JSON_INVALID", V, "reddit-errors", "unexpected JSON structure"),
    ("JSON_MISSING_KEY", V, "reddit-errors", "JSON missing key"),
    ("USER_REQUIRED", P, "reddit-errors", "please login to do that"),
    ("HTTPS_REQUIRED", P, "reddit-errors", "this page must be accessed using https"),
    ("VERIFIED_USER_REQUIRED", P, "reddit-errors", "the account needs a verified email address"),
    ("USER_BLOCKED", P, "reddit-errors", "you can't send to a user that you have blocked"),
    ("NOT_AUTHOR", P, "reddit-errors", "you can't do that (not the author)"),
    ("NOT_USER", P, "reddit-errors", "you are not logged in as that user"),
    ("DELETED_LINK", P, "reddit-errors", "the link commented on has been deleted"),
    ("DELETED_COMMENT", P, "reddit-errors", "that comment has been deleted"),
    ("DELETED_THING", P, "reddit-errors", "that element has been deleted"),
    ("WRONG_PASSWORD", P, "reddit-errors", "invalid password"),
    ("NO_EMAIL_FOR_USER", P, "reddit-errors", "no email address for that user"),
    ("USER_DOESNT_EXIST", P, "reddit-errors", "that user doesn't exist"),
    ("SUBREDDIT_NOEXIST", P, "reddit-errors", "that subreddit doesn't exist"),
    ("SUBREDDIT_NOTALLOWED", P, "reddit-errors", "you aren't allowed to post there"),
    ("EXPIRED", P, "reddit-errors", "your session has expired"),
    ("DRACONIAN", P, "reddit-errors", "you must accept the terms first"),
    ("BANNED_IP", P, "reddit-errors", "IP banned"),
    ("TOO_OLD", P, "reddit-errors", "the thread is archived: too late to reply to it"),
    ("OAUTH2_INVALID_CLIENT", P, "reddit-errors", "invalid client id"),
    ("OAUTH2_INVALID_REDIRECT_URI", P, "reddit-errors", "invalid redirect_uri parameter"),
    ("OAUTH2_INVALID_SCOPE", P, "reddit-errors", "invalid scope requested (the app's configuration)"),
    ("OAUTH2_INVALID_REFRESH_TOKEN", P, "reddit-errors", "invalid refresh token"),
    ("OAUTH2_ACCESS_DENIED", P, "reddit-errors", "access denied by the user"),
    ("NO_API", P, "reddit-errors", "cannot perform this action via the API"),
    ("DOMAIN_BANNED", P, "reddit-errors", "the domain is not allowed on reddit"),
    ("NO_OTP_SECRET", P, "reddit-errors", "you must enable two-factor authentication"),
    ("NOT_SUPPORTED", P, "reddit-errors", "this feature is not supported"),
    ("NO_INVITE_FOUND", P, "reddit-errors", "there is no pending invite for that subreddit"),
    ("MULTI_NOT_FOUND", P, "reddit-errors", "that multireddit doesn't exist"),
    ("MULTI_CANNOT_EDIT", P, "reddit-errors", "you can't change that multireddit"),
)
_REDDIT_CLASSES = tuple(
    f"{package}.exceptions.{name}"
    for package in ("praw", "asyncpraw")
    for name in ("RedditAPIException", "APIException")
)


def dbus_code(name: str) -> str:
    """A D-Bus error name as a code: ``DBUS_`` and the name with its dots as ``_``.

    ``normalize_code`` keeps only a dotted code's last part, where ``TimedOut`` or ``AccessDenied`` would meet other
    vendors' codes; the whole name is D-Bus's own.
    """
    return "DBUS_" + name.replace(".", "_")


# D-Bus error names: the bus's own (dbus-protocol.h DBUS_ERROR_*) and systemd's services' (bus-common-errors.h), as the
# D-Bus clients print them at the head of their exception's text ("org.freedesktop.DBus.Error.ServiceUnknown: The name
# ... was not provided by any .service files", dbus-python's DBusException, dbus-next's DBusError): the whole dotted
# name, read on the clients' classes (evidence._parse_dbus). Generic names (Failed, IOError, Spawn.Failed,
# JobFailed) and those whose meaning depends on the caller's intent are left out.
_DBUS: tuple[tuple[str, str, str, str], ...] = (
    ("org.freedesktop.DBus.Error.NoMemory", R, "dbus-errors", "not enough memory"),
    ("org.freedesktop.DBus.Error.ServiceUnknown", P, "dbus-errors",
     "no service owns or can activate the name (not installed or not running on the host)"),
    ("org.freedesktop.DBus.Error.NameHasNoOwner", P, "dbus-errors", "no application owns the bus name"),
    ("org.freedesktop.DBus.Error.NoReply", T, "dbus-errors", "no reply in time (usually a timeout)"),
    ("org.freedesktop.DBus.Error.BadAddress", P, "dbus-errors", "the bus address is malformed"),
    ("org.freedesktop.DBus.Error.NotSupported", P, "dbus-errors", "the operation is not supported"),
    ("org.freedesktop.DBus.Error.LimitsExceeded", R, "dbus-errors", "a limited resource of the bus is used up"),
    ("org.freedesktop.DBus.Error.AccessDenied", P, "dbus-errors", "security policy forbids the call"),
    ("org.freedesktop.DBus.Error.AuthFailed", P, "dbus-errors", "authentication failed"),
    ("org.freedesktop.DBus.Error.NoServer", T, "dbus-errors", "cannot connect to the server (ECONNREFUSED)"),
    ("org.freedesktop.DBus.Error.Timeout", T, "dbus-errors", "a timeout (ETIMEDOUT)"),
    ("org.freedesktop.DBus.Error.NoNetwork", T, "dbus-errors", "no network access (ENETUNREACH)"),
    ("org.freedesktop.DBus.Error.AddressInUse", P, "dbus-errors", "the address to bind is in use (EADDRINUSE)"),
    ("org.freedesktop.DBus.Error.Disconnected", T, "dbus-errors", "the connection is disconnected"),
    ("org.freedesktop.DBus.Error.InvalidArgs", V, "dbus-errors", "invalid arguments to the method call"),
    ("org.freedesktop.DBus.Error.FileNotFound", P, "dbus-errors", "a file (such as the bus socket) does not exist"),
    ("org.freedesktop.DBus.Error.FileExists", V, "dbus-errors", "the file exists and would not be overwritten"),
    ("org.freedesktop.DBus.Error.UnknownMethod", P, "dbus-errors", "the object does not know the method"),
    ("org.freedesktop.DBus.Error.UnknownObject", P, "dbus-errors", "the object does not exist"),
    ("org.freedesktop.DBus.Error.UnknownInterface", P, "dbus-errors", "the object does not know the interface"),
    ("org.freedesktop.DBus.Error.UnknownProperty", P, "dbus-errors", "the object does not know the property"),
    ("org.freedesktop.DBus.Error.PropertyReadOnly", P, "dbus-errors", "the property is read-only"),
    ("org.freedesktop.DBus.Error.TimedOut", T, "dbus-errors", "a timeout, such as starting a service"),
    ("org.freedesktop.DBus.Error.MatchRuleNotFound", P, "dbus-errors", "the match rule does not exist"),
    ("org.freedesktop.DBus.Error.MatchRuleInvalid", V, "dbus-errors", "the match rule does not parse"),
    ("org.freedesktop.DBus.Error.Spawn.ExecFailed", P, "dbus-errors", "exec() of the service failed"),
    ("org.freedesktop.DBus.Error.Spawn.ForkFailed", R, "dbus-errors", "fork() of the service failed"),
    ("org.freedesktop.DBus.Error.Spawn.ConfigInvalid", P, "dbus-errors", "the service's configuration is not valid"),
    ("org.freedesktop.DBus.Error.Spawn.ServiceNotValid", P, "dbus-errors", "the bus name of the service is not valid"),
    ("org.freedesktop.DBus.Error.Spawn.ServiceNotFound", P, "dbus-errors", "no service file for the name"),
    ("org.freedesktop.DBus.Error.Spawn.PermissionsInvalid", P, "dbus-errors", "the setuid helper's permissions"),
    ("org.freedesktop.DBus.Error.Spawn.FileInvalid", P, "dbus-errors", "the service file is not valid"),
    ("org.freedesktop.DBus.Error.Spawn.NoMemory", R, "dbus-errors", "not enough memory to start the service"),
    ("org.freedesktop.DBus.Error.UnixProcessIdUnknown", P, "dbus-errors", "the process id is not available"),
    ("org.freedesktop.DBus.Error.InvalidSignature", V, "dbus-errors", "a type signature is not valid"),
    ("org.freedesktop.DBus.Error.InvalidFileContent", V, "dbus-errors", "a file's content is not valid"),
    ("org.freedesktop.DBus.Error.SELinuxSecurityContextUnknown", P, "dbus-errors", "no SELinux context"),
    ("org.freedesktop.DBus.Error.AdtAuditDataUnknown", P, "dbus-errors", "no ADT audit data"),
    ("org.freedesktop.DBus.Error.ObjectPathInUse", V, "dbus-errors", "an object has the requested path"),
    ("org.freedesktop.DBus.Error.InconsistentMessage", V, "dbus-errors", "the message's metadata does not match"),
    ("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired", P, "dbus-errors",
     "the call needs interactive authorization"),
    ("org.freedesktop.DBus.Error.NotContainer", P, "dbus-errors", "the connection is not from a container"),
    # systemd's services (bus-common-errors.h)
    ("org.freedesktop.systemd1.NoSuchUnit", P, "systemd-bus-errors", "the unit does not exist"),
    ("org.freedesktop.systemd1.NoUnitForPID", P, "systemd-bus-errors", "no unit for the process"),
    ("org.freedesktop.systemd1.NoUnitForInvocationID", P, "systemd-bus-errors", "no unit for the invocation id"),
    ("org.freedesktop.systemd1.UnitExists", V, "systemd-bus-errors", "a unit of that name exists"),
    ("org.freedesktop.systemd1.LoadFailed", P, "systemd-bus-errors", "the unit failed to load"),
    ("org.freedesktop.systemd1.BadUnitSetting", P, "systemd-bus-errors", "a unit setting is not valid"),
    ("org.freedesktop.systemd1.NoSuchJob", P, "systemd-bus-errors", "the job does not exist"),
    ("org.freedesktop.systemd1.NotSubscribed", P, "systemd-bus-errors", "the client is not subscribed"),
    ("org.freedesktop.systemd1.AlreadySubscribed", V, "systemd-bus-errors", "the client is subscribed already"),
    ("org.freedesktop.systemd1.OnlyByDependency", P, "systemd-bus-errors", "only a dependency may start the unit"),
    ("org.freedesktop.systemd1.TransactionOrderIsCyclic", P, "systemd-bus-errors", "the units' ordering is cyclic"),
    ("org.freedesktop.systemd1.UnitMasked", P, "systemd-bus-errors", "the unit is masked"),
    ("org.freedesktop.systemd1.UnitGenerated", P, "systemd-bus-errors", "the unit is generated"),
    ("org.freedesktop.systemd1.UnitLinked", P, "systemd-bus-errors", "the unit is linked"),
    ("org.freedesktop.systemd1.JobTypeNotApplicable", P, "systemd-bus-errors", "the job type does not apply"),
    ("org.freedesktop.systemd1.NoIsolation", P, "systemd-bus-errors", "the unit may not be isolated"),
    ("org.freedesktop.systemd1.ShuttingDown", T, "systemd-bus-errors", "the system is shutting down"),
    ("org.freedesktop.systemd1.ScopeNotRunning", P, "systemd-bus-errors", "the scope is not running"),
    ("org.freedesktop.systemd1.NoSuchDynamicUser", P, "systemd-bus-errors", "the dynamic user does not exist"),
    ("org.freedesktop.systemd1.DiskFull", R, "systemd-bus-errors", "the disk is full"),
    ("org.freedesktop.systemd1.UnitBusy", T, "systemd-bus-errors", "the unit is busy"),
    ("org.freedesktop.systemd1.NoSuchProcess", P, "systemd-bus-errors", "the process does not exist"),
    ("org.freedesktop.machine1.NoSuchMachine", P, "systemd-bus-errors", "the machine does not exist"),
    ("org.freedesktop.machine1.NoSuchImage", P, "systemd-bus-errors", "the image does not exist"),
    ("org.freedesktop.machine1.MachineExists", V, "systemd-bus-errors", "a machine of that name exists"),
    ("org.freedesktop.portable1.NoSuchImage", P, "systemd-bus-errors", "the portable image does not exist"),
    ("org.freedesktop.login1.NoSuchSession", P, "systemd-bus-errors", "the session does not exist"),
    ("org.freedesktop.login1.NoSuchUser", P, "systemd-bus-errors", "the user does not exist"),
    ("org.freedesktop.login1.NoSuchSeat", P, "systemd-bus-errors", "the seat does not exist"),
    ("org.freedesktop.login1.OperationInProgress", T, "systemd-bus-errors", "another operation is in progress"),
    ("org.freedesktop.login1.SessionBusy", T, "systemd-bus-errors", "the session is busy"),
    ("org.freedesktop.login1.SleepVerbNotSupported", P, "systemd-bus-errors", "the sleep verb is not supported"),
    ("org.freedesktop.timedate1.NoNTPSupport", P, "systemd-bus-errors", "NTP is not supported"),
    ("org.freedesktop.resolve1.NoNameServers", P, "systemd-bus-errors", "no DNS servers are configured"),
    ("org.freedesktop.resolve1.NoSuchRR", P, "systemd-bus-errors", "the name has no record of that type"),
    ("org.freedesktop.resolve1.CNameLoop", P, "systemd-bus-errors", "the CNAME chain loops"),
    ("org.freedesktop.resolve1.DnssecFailed", P, "systemd-bus-errors", "DNSSEC validation failed"),
    ("org.freedesktop.resolve1.NetworkDown", T, "systemd-bus-errors", "the network is down"),
    ("org.freedesktop.resolve1.LinkBusy", T, "systemd-bus-errors", "the link is busy"),
    ("org.freedesktop.import1.TransferInProgress", T, "systemd-bus-errors", "a transfer is in progress"),
    ("org.freedesktop.hostname1.ReadOnlyFilesystem", P, "systemd-bus-errors", "the file system is read-only"),
    ("org.freedesktop.home1.NoSuchHome", P, "systemd-bus-errors", "the home area does not exist"),
    ("org.freedesktop.home1.HomeBusy", T, "systemd-bus-errors", "the home area is busy"),
    ("org.freedesktop.home1.BadPassword", P, "systemd-bus-errors", "the password is wrong"),
    ("org.freedesktop.home1.NoDiskSpace", R, "systemd-bus-errors", "no disk space for the home area"),
    ("org.freedesktop.home1.TooManyOperations", T, "systemd-bus-errors", "too many operations queued; retry"),
)  # fmt: skip

# the classes netCDF4-python raises a status as (_ensure_nc_success: OSError and the errno subclasses CPython picks,
# RuntimeError without a file name); exact names, found by the class index
_NETCDF_CLASSES = (
    "builtins.OSError", "builtins.FileNotFoundError", "builtins.PermissionError", "builtins.FileExistsError",
    "builtins.IsADirectoryError", "builtins.RuntimeError",
)  # fmt: skip
# ---- codes of the eighteenth batch's families (session 20, tune20), each written from the library's own complete list
# of codes, not from the corpus items. A code whose category the code alone does not settle is left out.
#
# PortAudio's error codes (include/portaudio.h enum PaErrorCode, texts from Pa_GetErrorText in src/common/pa_front.c),
# as PyAudio raises them, an OSError of the code and its text ("[Errno -9981] Input overflowed"), and as sounddevice's
# PortAudioError prints them ("Error opening InputStream: Invalid sample rate [PaErrorCode -9997]"); read on those
# classes in those shapes (MESSAGE_CODES). A stream's parameters that the device or host API does not support (a
# sample rate, a channel count, a sample format, a device) are set by the program: permanent, as the calls made in the
# wrong order or on a stream in the wrong state. Left out: paUnanticipatedHostError (-9999, the host API's own error,
# said of anything), paInternalError (-9986) and paDeviceUnavailable (-9985: a device held by another program, or one
# unplugged).
_PORTAUDIO: tuple[tuple[str, str, str, str], ...] = (
    ("-10000", P, "portaudio-errors", "paNotInitialized: PortAudio not initialized (the calling code)"),
    ("-9998", P, "portaudio-errors", "paInvalidChannelCount: a channel count the device does not support"),
    ("-9997", P, "portaudio-errors", "paInvalidSampleRate: a sample rate the device does not support"),
    ("-9996", P, "portaudio-errors", "paInvalidDevice: no such device (or no default device on the host)"),
    ("-9995", P, "portaudio-errors", "paInvalidFlag: invalid stream flag"),
    ("-9994", P, "portaudio-errors", "paSampleFormatNotSupported: the sample format is not supported"),
    ("-9993", P, "portaudio-errors", "paBadIODeviceCombination: an illegal combination of I/O devices"),
    ("-9992", R, "portaudio-errors", "paInsufficientMemory: insufficient memory"),
    ("-9991", P, "portaudio-errors", "paBufferTooBig: the buffer size asked for is too big"),
    ("-9990", P, "portaudio-errors", "paBufferTooSmall: the buffer size asked for is too small"),
    ("-9989", P, "portaudio-errors", "paNullCallback: no callback routine specified"),
    ("-9988", P, "portaudio-errors", "paBadStreamPtr: invalid stream pointer (a closed or wrong stream)"),
    ("-9987", T, "portaudio-errors", "paTimedOut: wait timed out"),
    ("-9984", P, "portaudio-errors", "paIncompatibleHostApiSpecificStreamInfo: host API stream info the API rejects"),
    ("-9983", P, "portaudio-errors", "paStreamIsStopped: the stream is stopped (the calls' order)"),
    ("-9982", P, "portaudio-errors", "paStreamIsNotStopped: the stream is not stopped (the calls' order)"),
    ("-9981", T, "portaudio-errors", "paInputOverflowed: input overflowed (data was lost; the next read goes on)"),
    ("-9980", T, "portaudio-errors", "paOutputUnderflowed: output underflowed (the next write goes on)"),
    ("-9979", P, "portaudio-errors", "paHostApiNotFound: the host API is not found (not built in or not installed)"),
    ("-9978", P, "portaudio-errors", "paInvalidHostApi: invalid host API"),
    ("-9977", P, "portaudio-errors", "paCanNotReadFromACallbackStream: a blocking read on a callback stream"),
    ("-9976", P, "portaudio-errors", "paCanNotWriteToACallbackStream: a blocking write on a callback stream"),
    ("-9975", P, "portaudio-errors", "paCanNotReadFromAnOutputOnlyStream: a read from an output-only stream"),
    ("-9974", P, "portaudio-errors", "paCanNotWriteToAnInputOnlyStream: a write to an input-only stream"),
    ("-9973", P, "portaudio-errors", "paIncompatibleStreamHostApi: the stream's host API does not support this"),
    ("-9972", P, "portaudio-errors", "paBadBufferPtr: invalid buffer"),
    ("-9971", P, "portaudio-errors", "paCanNotInitializeRecursively: Pa_Initialize called from a callback"),
)  # fmt: skip
_PYAUDIO_CLASSES = ("builtins.OSError", "builtins.IOError")  # PyAudio raises IOError, OSError's alias
_SOUNDDEVICE_CLASSES = ("sounddevice.PortAudioError",)


# Telegram's RPC error names (pyrogram/pyrogram compiler/errors/source/*.tsv, one file per error class: 303 SEE_OTHER,
# 400 BAD_REQUEST, 401 UNAUTHORIZED, 403 FORBIDDEN, 406 NOT_ACCEPTABLE, 420 FLOOD, 500 INTERNAL; Telethon generates the
# same names from telethon_generator/data/errors.csv), as both clients raise them: one class per name, named as the
# name in CamelCase without its "_X" placeholder (Telethon's telethon.errors.rpcerrorlist.ChannelsTooMuchError,
# Pyrogram's pyrogram.errors.exceptions.flood_420.FloodWait); read from the class's own name with the TELEGRAM prefix
# (evidence._class_codes), whose words other vendors' codes share (FloodWait, ChatInvalid). The whole 420 and 401
# classes and the 500 names Telegram documents as its own internal problems are here; of the 400, 403 and 406 names,
# the account-wide counts (resource: a channel must be left, a bot removed, before it works), the permissions and
# account states (permanent), the waits (transient) and the values the request carries (validation). Left out: names
# said of a value given or of the account's state alike (PEER_ID_INVALID: a peer not met yet, CHANNEL_PRIVATE),
# PEER_FLOOD (an account limited for spam), the migrations (303: the client follows them itself), and names whose
# outcome is the caller's intent (MESSAGE_NOT_MODIFIED, USER_ALREADY_PARTICIPANT).
_TELEGRAM: tuple[tuple[str, str, str, str], ...] = (
    # 420 FLOOD: a wait of X seconds is required
    ("FLOOD_WAIT", T, "telegram-errors", "420 FLOOD_WAIT_X: a wait of X seconds is required"),
    ("FLOOD_TEST_PHONE_WAIT", T, "telegram-errors", "420 FLOOD_TEST_PHONE_WAIT_X: a wait on the test servers"),
    ("FLOOD_PREMIUM_WAIT", T, "telegram-errors", "420 FLOOD_PREMIUM_WAIT_X: a wait (non-premium upload speed)"),
    ("SLOWMODE_WAIT", T, "telegram-errors", "420 SLOWMODE_WAIT_X: the chat's slow mode asks for a wait"),
    ("TAKEOUT_INIT_DELAY", T, "telegram-errors", "420 TAKEOUT_INIT_DELAY_X: confirm the export or wait X seconds"),
    ("PASSWORD_TOO_FRESH", T, "telegram-errors", "400 PASSWORD_TOO_FRESH_X: the password was set recently; wait"),
    ("SESSION_TOO_FRESH", T, "telegram-errors", "400 SESSION_TOO_FRESH_X: the session logged in recently; wait"),
    # 500 INTERNAL: Telegram's own internal problems ("Please try again later")
    ("AUTH_RESTART", T, "telegram-errors", "500 AUTH_RESTART: user authorization has restarted"),
    ("HISTORY_GET_FAILED", T, "telegram-errors", "500 HISTORY_GET_FAILED: internal problems; try again later"),
    ("INTERDC_CALL_ERROR", T, "telegram-errors", "500 INTERDC_X_CALL_ERROR: inter-DC communication failed"),
    ("INTERDC_CALL_RICH_ERROR", T, "telegram-errors", "500 INTERDC_X_CALL_RICH_ERROR: inter-DC communication failed"),
    ("MEMBER_NO_LOCATION", T, "telegram-errors", "500 MEMBER_NO_LOCATION: internal problems; try again later"),
    ("MEMBER_OCCUPY_PRIMARY_LOC_FAILED", T, "telegram-errors", "500: internal problems; try again later"),
    ("MSGID_DECREASE_RETRY", T, "telegram-errors", "500 MSGID_DECREASE_RETRY: internal problems; try again later"),
    ("MT_SEND_QUEUE_TOO_LONG", T, "telegram-errors", "500 MT_SEND_QUEUE_TOO_LONG: internal problems"),
    ("PARTICIPANT_CALL_FAILED", T, "telegram-errors", "500 PARTICIPANT_CALL_FAILED: internal problems"),
    ("PERSISTENT_TIMESTAMP_OUTDATED", T, "telegram-errors", "500 PERSISTENT_TIMESTAMP_OUTDATED: internal problems"),
    ("REG_ID_GENERATE_FAILED", T, "telegram-errors", "500 REG_ID_GENERATE_FAILED: internal problems"),
    ("RPC_CALL_FAIL", T, "telegram-errors", "500 RPC_CALL_FAIL: internal problems; try again later"),
    ("RPC_MCGET_FAIL", T, "telegram-errors", "500 RPC_MCGET_FAIL: internal problems; try again later"),
    ("STORAGE_CHECK_FAILED", T, "telegram-errors", "500 STORAGE_CHECK_FAILED: internal problems"),
    ("WORKER_BUSY_TOO_LONG_RETRY", T, "telegram-errors", "500 WORKER_BUSY_TOO_LONG_RETRY: workers are too busy"),
    # account-wide counts over Telegram's limits
    ("CHANNELS_TOO_MUCH", R, "telegram-errors", "400 CHANNELS_TOO_MUCH: joined too many channels; leave some"),
    ("CHANNELS_ADMIN_PUBLIC_TOO_MUCH", R, "telegram-errors", "400: administrator of too many public channels"),
    ("USER_CHANNELS_TOO_MUCH", R, "telegram-errors", "400/403 USER_CHANNELS_TOO_MUCH: the user is in too many"),
    ("ADMINS_TOO_MUCH", R, "telegram-errors", "400 ADMINS_TOO_MUCH: the chat has too many administrators"),
    ("BOTS_TOO_MUCH", R, "telegram-errors", "400 BOTS_TOO_MUCH: the chat has too many bots"),
    ("USERS_TOO_MUCH", R, "telegram-errors", "400 USERS_TOO_MUCH: the maximum number of users is exceeded"),
    ("PINNED_DIALOGS_TOO_MUCH", R, "telegram-errors", "400 PINNED_DIALOGS_TOO_MUCH: too many pinned dialogs"),
    ("SCHEDULE_TOO_MUCH", R, "telegram-errors", "400 SCHEDULE_TOO_MUCH: too many messages scheduled in the chat"),
    ("STICKERS_TOO_MUCH", R, "telegram-errors", "400 STICKERS_TOO_MUCH: too many stickers in the set"),
    # 401 UNAUTHORIZED: the session or the account
    ("ACTIVE_USER_REQUIRED", P, "telegram-errors", "401: the method is only for activated users"),
    ("AUTH_KEY_INVALID", P, "telegram-errors", "401 AUTH_KEY_INVALID: the key is invalid"),
    ("AUTH_KEY_PERM_EMPTY", P, "telegram-errors", "401 AUTH_KEY_PERM_EMPTY: a temporary key not bound"),
    ("AUTH_KEY_UNREGISTERED", P, "telegram-errors", "401 AUTH_KEY_UNREGISTERED: the key is not registered"),
    ("SESSION_EXPIRED", P, "telegram-errors", "401 SESSION_EXPIRED: the authorization has expired"),
    ("SESSION_PASSWORD_NEEDED", P, "telegram-errors", "401 SESSION_PASSWORD_NEEDED: two-step verification"),
    ("SESSION_REVOKED", P, "telegram-errors", "401 SESSION_REVOKED: the authorization was invalidated"),
    ("USER_DEACTIVATED", P, "telegram-errors", "401 USER_DEACTIVATED: the user was deleted or deactivated"),
    ("USER_DEACTIVATED_BAN", P, "telegram-errors", "401 USER_DEACTIVATED_BAN: the user was deactivated"),
    ("AUTH_KEY_DUPLICATED", P, "telegram-errors", "406 AUTH_KEY_DUPLICATED: the session is used in two places"),
    # permissions and the account's or chat's state
    ("CHAT_ADMIN_REQUIRED", P, "telegram-errors", "400/403 CHAT_ADMIN_REQUIRED: chat admin privileges required"),
    ("CHAT_ADMIN_INVITE_REQUIRED", P, "telegram-errors", "403: no rights to invite other users"),
    ("CHAT_WRITE_FORBIDDEN", P, "telegram-errors", "403 CHAT_WRITE_FORBIDDEN: no rights to send messages"),
    ("CHAT_FORBIDDEN", P, "telegram-errors", "403 CHAT_FORBIDDEN: you cannot write in this chat"),
    ("CHAT_SEND_MEDIA_FORBIDDEN", P, "telegram-errors", "403: you can't send media messages in this chat"),
    ("CHAT_SEND_STICKERS_FORBIDDEN", P, "telegram-errors", "403: you can't send stickers in this chat"),
    ("CHAT_SEND_GIFS_FORBIDDEN", P, "telegram-errors", "403: you can't send animations in this chat"),
    ("CHAT_SEND_INLINE_FORBIDDEN", P, "telegram-errors", "400: you cannot use inline bots in this chat"),
    ("CHAT_RESTRICTED", P, "telegram-errors", "400 CHAT_RESTRICTED: the chat is restricted"),
    ("CHAT_FORWARDS_RESTRICTED", P, "telegram-errors", "400/406: the chat restricts forwarding"),
    ("RIGHT_FORBIDDEN", P, "telegram-errors", "403 RIGHT_FORBIDDEN: not enough rights for this action"),
    ("MESSAGE_DELETE_FORBIDDEN", P, "telegram-errors", "403: no rights to delete messages in this chat"),
    ("MESSAGE_AUTHOR_REQUIRED", P, "telegram-errors", "403: you are not the author of this message"),
    ("BROADCAST_FORBIDDEN", P, "telegram-errors", "403: the request can't be used in channels"),
    ("USER_PRIVACY_RESTRICTED", P, "telegram-errors", "403: the user's privacy settings prevent this"),
    ("USER_NOT_MUTUAL_CONTACT", P, "telegram-errors", "400/403: the user is not a mutual contact"),
    ("USER_IS_BLOCKED", P, "telegram-errors", "400/403 USER_IS_BLOCKED: the user blocked you"),
    ("USER_BLOCKED", P, "telegram-errors", "400 USER_BLOCKED: the user is blocked"),
    ("YOU_BLOCKED_USER", P, "telegram-errors", "400 YOU_BLOCKED_USER: you blocked this user"),
    ("USER_RESTRICTED", P, "telegram-errors", "403/406 USER_RESTRICTED: you are limited or restricted"),
    ("USER_BANNED_IN_CHANNEL", P, "telegram-errors", "400: you are limited from sending in channels"),
    ("USER_KICKED", P, "telegram-errors", "400 USER_KICKED: the user was kicked from this chat"),
    ("USER_NOT_PARTICIPANT", P, "telegram-errors", "400 USER_NOT_PARTICIPANT: not a member of this chat"),
    ("USER_BOT_INVALID", P, "telegram-errors", "400/403: the method can only be called by a bot"),
    ("USER_BOT_REQUIRED", P, "telegram-errors", "400: the method can be used by bots only"),
    ("BOT_METHOD_INVALID", P, "telegram-errors", "400: the method can't be used by bots"),
    ("CHANNEL_BANNED", P, "telegram-errors", "400 CHANNEL_BANNED: the channel is banned"),
    ("PHONE_NUMBER_BANNED", P, "telegram-errors", "400 PHONE_NUMBER_BANNED: the phone number is banned"),
    ("API_ID_INVALID", P, "telegram-errors", "400 API_ID_INVALID: the api_id/api_hash combination is invalid"),
    ("API_ID_PUBLISHED_FLOOD", P, "telegram-errors", "400: an API key limited because it was published"),
    ("ACCESS_TOKEN_INVALID", P, "telegram-errors", "400 ACCESS_TOKEN_INVALID: the bot access token is invalid"),
    ("ACCESS_TOKEN_EXPIRED", P, "telegram-errors", "400 ACCESS_TOKEN_EXPIRED: the bot token has expired"),
    ("BOT_GROUPS_BLOCKED", P, "telegram-errors", "400: this bot can't be added to groups"),
    # values the request carries
    ("MESSAGE_TOO_LONG", V, "telegram-errors", "400 MESSAGE_TOO_LONG: the message text is too long"),
    ("MESSAGE_EMPTY", V, "telegram-errors", "400 MESSAGE_EMPTY: the message is empty or has invalid characters"),
    ("MEDIA_CAPTION_TOO_LONG", V, "telegram-errors", "400: the media caption is too long"),
    ("ENTITIES_TOO_LONG", V, "telegram-errors", "400: an entity's data is too long, or too many entities"),
    ("ENTITY_BOUNDS_INVALID", V, "telegram-errors", "400: the message entity bounds are invalid"),
    ("BUTTON_DATA_INVALID", V, "telegram-errors", "400: the button callback data is invalid or too large"),
    ("BUTTON_URL_INVALID", V, "telegram-errors", "400 BUTTON_URL_INVALID: the button url is invalid"),
    ("REPLY_MARKUP_INVALID", V, "telegram-errors", "400: the reply markup is invalid"),
    ("REPLY_MARKUP_TOO_LONG", V, "telegram-errors", "400: the reply markup is too long"),
    ("MEDIA_INVALID", V, "telegram-errors", "400 MEDIA_INVALID: the media is invalid"),
    ("PHOTO_INVALID_DIMENSIONS", V, "telegram-errors", "400: the photo dimensions are invalid"),
    ("PHOTO_EXT_INVALID", V, "telegram-errors", "400: the photo extension is invalid"),
    ("FILE_PART_TOO_BIG", V, "telegram-errors", "400: the file part is over the size limit"),
    ("WEBDOCUMENT_SIZE_TOO_BIG", V, "telegram-errors", "400: the web document is too big"),
    ("ALBUM_PHOTOS_TOO_MANY", V, "telegram-errors", "400: too many photos in the album"),
    ("MULTI_MEDIA_TOO_LONG", V, "telegram-errors", "400: the album contains too many items"),
    ("USERNAME_INVALID", V, "telegram-errors", "400 USERNAME_INVALID: the username is invalid"),
    ("USERNAME_OCCUPIED", V, "telegram-errors", "400 USERNAME_OCCUPIED: the username is in use"),
    ("USERNAME_NOT_OCCUPIED", V, "telegram-errors", "400: the username is not occupied by anyone"),
    ("PHONE_NUMBER_INVALID", V, "telegram-errors", "400/406 PHONE_NUMBER_INVALID: the phone number is invalid"),
    ("PHONE_CODE_INVALID", V, "telegram-errors", "400 PHONE_CODE_INVALID: the confirmation code is invalid"),
    ("PHONE_CODE_EXPIRED", V, "telegram-errors", "400 PHONE_CODE_EXPIRED: the confirmation code has expired"),
    ("PASSWORD_HASH_INVALID", V, "telegram-errors", "400: the two-step verification password is invalid"),
    ("EMAIL_INVALID", V, "telegram-errors", "400 EMAIL_INVALID: the email is invalid"),
    ("URL_INVALID", V, "telegram-errors", "400 URL_INVALID: the URL is invalid"),
    ("SCHEDULE_DATE_INVALID", V, "telegram-errors", "400: invalid schedule date"),
    ("SCHEDULE_DATE_TOO_LATE", V, "telegram-errors", "400: scheduled more than a year ahead"),
    ("POLL_OPTION_DUPLICATE", V, "telegram-errors", "400: a duplicate option in the poll"),
    ("OPTIONS_TOO_MUCH", V, "telegram-errors", "400: too many poll options"),
    ("DATA_JSON_INVALID", V, "telegram-errors", "400: the JSON data is invalid"),
    ("INVITE_HASH_EXPIRED", V, "telegram-errors", "400/406: the chat invite link is no longer valid"),
    ("INVITE_HASH_INVALID", V, "telegram-errors", "400: the invite link hash is invalid"),
)  # fmt: skip

MESSAGE_CODES: tuple[tuple[str, tuple[str, ...], str, tuple[tuple[str, str, str, str], ...]], ...] = (
    # (vendor, the classes it is read on (any when empty), the regular expression around the code, with {codes}
    # where the alternation of codes goes, rows)
    ("foundationdb", ("fdb.impl.FDBError", "fdb.FDBError"), r"\((?:{codes})\)$", _FOUNDATIONDB),
    ("netcdf", _NETCDF_CLASSES, r"^\[errno (?:{codes})\] netcdf: ", _NETCDF),
    # the seventeenth batch's families (session 19, tune19b)
    ("krb5", ("gssapi.raw.misc.GSSError", "gssapi.exceptions.GSSError"), r"\bMinor \((?:{codes})\): ", _KRB5),
    ("tarantool", _TARANTOOL_CLASSES, r"^\((?:{codes}), ['\"]", _TARANTOOL),
    ("firebird", _FIREBIRD_CLASSES, r", -?\d+, (?:{codes})\)$", _FIREBIRD),
    ("reddit", _REDDIT_CLASSES, r"(?:^|\n)(?:{codes}): ", _REDDIT),
    # the eighteenth batch's families (session 20, tune20)
    ("pyaudio", _PYAUDIO_CLASSES, r"^\[errno (?:{codes})\] ", _PORTAUDIO),
    ("sounddevice", _SOUNDDEVICE_CLASSES, r"\[paerrorcode (?:{codes})\]", _PORTAUDIO),
)
"""Vendors whose codes are read from the message's own shape (one rule per category; the code table as data)."""


# ---- the collections, each in one definition (after every table they name)

SOURCES: dict[str, str] = {
    "aws-api": "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html",
    "aws-s3": "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
    "aws-secretsmanager": "https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html",
    "aws-elbv2": "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html",
    "aws-cloudformation": "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html",
    "aws-glue": "https://docs.aws.amazon.com/glue/latest/webapi/API_StartJobRun.html",
    "aws-ses": "https://docs.aws.amazon.com/ses/latest/APIReference/API_SendEmail.html",
    "aws-ssm": "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html",
    "aws-ddb": "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html",
    "aws-lambda": "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html",
    "aws-bedrock": "https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html",
    "aws-bedrock-stream": "https://docs.aws.amazon.com/bedrock/latest/APIReference/"
    "API_runtime_InvokeModelWithResponseStream.html",
    "aws-kms": "https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html",
    "aws-sqs": "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html",
    "botocore-retry": "botocore/data/_retry.json (boto/botocore)",
    "gcp-errors": "https://cloud.google.com/apis/design/errors",
    "gcp-bigquery": "https://cloud.google.com/bigquery/docs/error-messages",
    "gcp-storage": "https://cloud.google.com/storage/docs/json_api/v1/status-codes",
    "gcp-compute-capacity": "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-resource-availability",
    "azure-arm": "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors",
    "azure-storage": "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
    "azure-blob": "https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes",
    "azure-cosmos": "https://learn.microsoft.com/en-us/rest/api/cosmos-db/http-status-codes-for-cosmosdb",
    "stripe": "https://docs.stripe.com/error-codes",
    "stripe-decline": "https://docs.stripe.com/declines/codes",
    "openai": "https://platform.openai.com/docs/guides/error-codes",
    "anthropic": "https://docs.anthropic.com/en/api/errors",
    "es": "elasticsearch/rest/RestStatus.java and ElasticsearchException registry (elastic/elasticsearch)",
    "es-client": "elasticsearch/exceptions.py (elastic/elasticsearch-py)",
    "k8s-api": "k8s.io/apimachinery/pkg/apis/meta/v1/types.go StatusReason (kubernetes/apimachinery)",
    "k8s-pod": "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/",
    "k8s-container": "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-states",
    "oracle": "https://docs.oracle.com/en/error-help/db/",
    "mssql": "https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors",
    "azure-sql": "https://learn.microsoft.com/en-us/azure/azure-sql/database/troubleshoot-common-errors-issues",
    "snowflake": "src/snowflake/connector/errorcode.py (snowflakedb/snowflake-connector-python)",
    "snowflake-docs": "https://docs.snowflake.com/en/user-guide/client-connectivity-troubleshooting/error-messages",
    "clickhouse-driver": "clickhouse_driver/errors.py ErrorCodes (mymarilyn/clickhouse-driver)",
    "cassandra": "doc/native_protocol_v4.spec, section 9 Error codes (apache/cassandra)",
    "freetds": "include/sybdb.h SYBE* DB-Library error numbers (FreeTDS/freetds), raised by pymssql",
    "clickhouse": "src/Common/ErrorCodes.cpp (ClickHouse/ClickHouse)",
    "oracledb": "src/oracledb/errors.py DPY-* error numbers (oracle/python-oracledb)",
    "oracledb-errors": "src/oracledb/errors.py ERR_MESSAGE_FORMATS (oracle/python-oracledb)",
    "cassandra-v5": "doc/native_protocol_v5.spec, section 9 Error codes (apache/cassandra)",
    "entra": "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
    "mysql": "https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html",
    "kafka-protocol": "https://kafka.apache.org/protocol.html#protocol_error_codes",
    "twilio": "https://www.twilio.com/docs/api/errors",
    "aws-sqs-purge": "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html",
    "aws-sns": "https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html#API_CreateTopic_Errors (and the "
    "Subscribe, Publish and PublishBatch pages)",
    "aws-sqs-batch": "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html",
    "librdkafka": "src/rdkafka.h rd_kafka_resp_err_t (confluentinc/librdkafka)",
    "amqp": "https://www.rabbitmq.com/amqp-0-9-1-reference#constants",
    "aws-sqs-create": "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html",
    "slack": "https://api.slack.com/methods/chat.postMessage#errors and https://api.slack.com/web#evaluating_responses",
    "cassandra-reasons": "src/java/org/apache/cassandra/exceptions/RequestFailureReason.java (apache/cassandra)",
    "neo4j": "https://neo4j.com/docs/status-codes/current/errors/all-errors/",
    "trino": "core/trino-spi/src/main/java/io/trino/spi/StandardErrorCode.java (trinodb/trino)",
    "mlflow": "mlflow/protos/databricks.proto (enum ErrorCode) and mlflow/exceptions.py (RestException "
    "'{error_code}: {message}', ERROR_CODE_TO_HTTP_STATUS), mlflow/mlflow",
    "trino-hive": "plugin/trino-hive/src/main/java/io/trino/plugin/hive/HiveErrorCode.java (trinodb/trino)",
    "trino-iceberg": "plugin/trino-iceberg/src/main/java/io/trino/plugin/iceberg/IcebergErrorCode.java (trinodb/trino)",
    "mongodb-errors": "src/mongo/base/error_codes.yml (mongodb/mongo)",
    "mongodb-limits": "https://www.mongodb.com/docs/manual/reference/operator/aggregation/#std-label-agg-pipeline-limits",
    "aws-route53": "https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html",
    "salesforce": "https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#statuscode",
    # web and application backends
    "shopify-graphql": "https://shopify.dev/docs/api/usage/limits and https://shopify.dev/docs/api/admin-graphql "
    "(extensions.code of GraphQL errors)",
    "github-graphql": "https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api",
    "exchange-limits": "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-"
    "description/exchange-online-limits (sending limits; mailbox storage limits)",
    "plaid-item": "https://plaid.com/docs/errors/item/",
    "plaid-institution": "https://plaid.com/docs/errors/institution/",
    "plaid-input": "https://plaid.com/docs/errors/invalid-input/",
    "smtp": "https://www.rfc-editor.org/rfc/rfc5321#section-4.2 (4yz: transient negative completion), "
    "RFC 3207 and RFC 4954 (454)",
    "exchange-ndr": "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-"
    "exchange-online/non-delivery-reports-in-exchange-online",
    "spark": "https://spark.apache.org/docs/latest/sql-error-conditions.html (common/utils/src/main/resources/error/"
    "error-conditions.json, apache/spark; Databricks prints the same classes)",
    "delta": "https://docs.delta.io/latest/concurrency-control.html (write conflicts) and spark/src/main/resources/"
    "error/delta-error-classes.json (delta-io/delta; python/delta/exceptions.py captures the conflict classes)",
    "supervisor": "supervisor/xmlrpc.py class Faults and RPCError (Supervisor/supervisor); "
    "http://supervisord.org/api.html (XML-RPC API faults)",
    "oauth2": "https://www.rfc-editor.org/rfc/rfc6749#section-5.2 (OAuth 2.0 token error response codes)",
    # infrastructure and operations tooling
    "acme": "https://www.rfc-editor.org/rfc/rfc8555#section-6.7 (ACME error types; badNonce retry: section 6.5)",
    # brokers and workflow services (eighth batch)
    "nats-jetstream": "server/errors.json (nats-io/nats-server): the JetStream API's err_code of each error, which "
    "nats.py prints as 'nats: {Name}: code={status} err_code={err_code} description=...'",
    "mqtt5": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901031 (MQTT 5.0, 2.4 Reason "
    "Code; aiomqtt prints '[code:{value}] {reason}')",
    "azure-queue": "https://learn.microsoft.com/en-us/rest/api/storageservices/queue-service-error-codes",
    "azure-table": "https://learn.microsoft.com/en-us/rest/api/storageservices/table-service-error-codes",
    "azure-file": "https://learn.microsoft.com/en-us/rest/api/storageservices/file-service-error-codes",
    "aws-sqs-visibility": "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/"
    "API_ChangeMessageVisibility.html",
    "aws-kinesis-records": "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_GetRecords.html",
    # databases and cloud quotas (ninth batch)
    "db2": "https://www.ibm.com/docs/en/db2/11.5?topic=messages-sql (Db2 SQL messages)",
    "tidb": "https://docs.pingcap.com/tidb/stable/error-codes (TiDB Error Codes and Troubleshooting)",
    "mssql-inmemory": "https://learn.microsoft.com/en-us/sql/relational-databases/in-memory-oltp/transactions-"
    "with-memory-optimized-tables (conflict detection and retry logic: 41302, 41305, 41325, 41301)",
    # SaaS and payment APIs (tenth batch)
    "square": "https://developer.squareup.com/reference/square/enums/ErrorCode (and "
    "https://developer.squareup.com/docs/build-basics/handling-errors, error categories)",
    "paypal": "https://developer.paypal.com/api/rest/reference/orders/v2/errors/ and "
    "https://developer.paypal.com/docs/api/payments.payouts-batch/v1/#errors (and /api/rest/responses/)",
    # web serving, networking and coordination; file transfer, object storage and mail (eleventh batch)
    "libcurl": "https://curl.se/libcurl/c/libcurl-errors.html (CURLcode, include/curl/curl.h in curl/curl)",
    "c-ares": "include/ares.h status codes and src/lib/ares_strerror.c (c-ares/c-ares); aiodns/error.py",
    "rfc6455": "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1 and the IANA WebSocket Close Code Number "
    "registry (https://www.iana.org/assignments/websocket/websocket.xml)",
    "meilisearch": "https://www.meilisearch.com/docs/reference/errors/error_codes and /errors/overview "
    "(crates/meilisearch-types/src/error.rs in meilisearch/meilisearch)",
    "azure-blob-codes": "https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes",
    "azure-file-codes": "https://learn.microsoft.com/en-us/rest/api/storageservices/file-service-error-codes",
    "ntstatus": "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-"
    "49e60bebca55 (MS-ERREF 2.3 NTSTATUS values; smbprotocol/exceptions.py NtStatus and SMBOSError)",
    "smtp-enhanced": "https://www.rfc-editor.org/rfc/rfc3463 and https://www.iana.org/assignments/smtp-enhanced-"
    "status-codes (SMTP enhanced status codes); https://www.rfc-editor.org/rfc/rfc5321#section-4.2 and RFC 4954 "
    "section 6 (reply codes)",
    "pop3-codes": "https://www.rfc-editor.org/rfc/rfc2449#section-8 and https://www.rfc-editor.org/rfc/rfc3206 "
    "(POP3 extended response codes)",
    "imap-codes": "https://www.rfc-editor.org/rfc/rfc5530 (IMAP response codes); RFC 3501 7.1 (tagged BAD: "
    "command unknown or arguments invalid)",
    "ftp-replies": "https://www.rfc-editor.org/rfc/rfc959#section-4.2 (FTP reply codes); aioftp/errors.py "
    "StatusCodeError ('Waiting for ... but got ...')",
    "minio": "cmd/api-errors.go (minio/minio: ErrStorageFull 'XMinioStorageFull', ErrServerNotInitialized)",
    "azure-datalake-codes": "https://learn.microsoft.com/en-us/rest/api/storageservices/data-lake-storage-gen2 "
    "(Path and Filesystem operations' error codes)",
    "ceph-rgw": "src/rgw/rgw_common.cc (ceph/ceph: rgw_http_s3_errors, ERR_QUOTA_EXCEEDED -> 403 'QuotaExceeded')",
    # application frameworks and automation (twelfth batch)
    "chromium-net": "net/base/net_error_list.h (chromium/chromium; https://source.chromium.org/chromium/chromium/src/"
    "+/main:net/base/net_error_list.h)",
    "paypal-orders": "https://developer.paypal.com/api/rest/reference/orders/v2/errors/",
    "adyen": "https://docs.adyen.com/development-resources/error-codes (errorCode, errorType); Adyen/exceptions.py "
    "(Adyen/adyen-python-api-library)",
    "intercom": "https://developers.intercom.com/docs/references/rest-api/errors/error-codes",
    # cloud and SaaS SDKs (thirteenth batch)
    "oci-api-errors": "https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm; oci/retry/retry.py "
    "(oracle/oci-python-sdk: DEFAULT_RETRY_STRATEGY retries 409 IncorrectState)",
    "hcloud-errors": "https://docs.hetzner.cloud/#errors; hcloud/_exceptions.py (hetznercloud/hcloud-python: "
    "APIException, '{message} ({code})')",
    "vonage-sms": "https://developer.vonage.com/api-errors/sms and https://developer.vonage.com/messaging/sms/guides/"
    "troubleshooting-sms (SMS API error codes); sms/src/vonage_sms/sms.py (Vonage/vonage-python-sdk: SmsError)",
    "postmark-errors": "https://postmarkapp.com/developer/api/overview#error-codes; postmarker/core.py "
    "(Stranger6667/postmarker: ClientError '[{ErrorCode}] {Message}')",
    "gecko-net": "xpcom/base/ErrorList.py (mozilla/gecko-dev: necko's NS_ERROR_ names); security/nss/lib/util/secerr.h "
    "and lib/ssl/sslerr.h (NSS); security/manager/ssl/ (mozilla::pkix errors)",
    # chat and social APIs (thirteenth batch)
    "discord-json": "https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes",
    "discord-gateway": "https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-"
    "event-codes (the Reconnect column)",
    "twitter-errors": "https://developer.x.com/en/support/x-api/error-troubleshooting (X API v1.1 error codes)",
    "google-maps-status": "https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes "
    "and .../distance-matrix/distance-matrix#DistanceMatrixStatus (googlemaps/client.py raises ApiError(status))",
    # families new to the fourteenth batch (session 16)
    "neptune-errors": "https://docs.aws.amazon.com/neptune/latest/userguide/errors-engine-codes.html (Neptune engine "
    "error codes: HTTP status, code and whether to retry)",
    "fdb-errors": "flow/include/flow/error_definitions.h (apple/foundationdb; "
    "https://apple.github.io/foundationdb/api-error-codes.html) and bindings/c/fdb_c.cpp fdb_error_predicate",
    "netcdf-errors": "include/netcdf.h NC_E* and libdispatch/derror.c nc_strerror (Unidata/netcdf-c); "
    "netCDF4/_netCDF4.pyx _ensure_nc_success (Unidata/netcdf4-python)",
    # families new to the fifteenth batch (session 18)
    "ibm-mq": "code/pymqi/CMQC.py MQRC_* (dsuch/pymqi @ 16184a62f368fde6eaa17d80c818be1b2d4bdbe9: IBM MQ's cmqc.h "
    "reason codes; each code's meaning as IBM MQ's API reason-code reference gives it)",
    "aerospike-status": "src/include/aerospike/as_status.h as_status (aerospike/aerospike-client-c @ "
    "011da0e902d83f8ff8d47ada7367cb1a3039c40d)",
    "dbus-errors": "dbus/dbus-protocol.h DBUS_ERROR_* (freedesktop dbus; read in vecnathewhisperd0/dbus @ "
    "5ce7f839fe72ab4e3915fa5956b55a7ec474158b)",
    "systemd-bus-errors": "src/libsystemd/sd-bus/bus-common-errors.h BUS_ERROR_* (systemd/systemd @ "
    "003b601017a3c809ffefe420bdb4336d474939cf)",
    # families of older batches with tune misses (session 18, codes18b)
    "teradata-cli": "https://docs.teradata.com/r/Enterprise_IntelliFlex_Lake_VMware/Teradata-Call-Level-Interface-"
    "Version-2-Reference-for-Workstation-Attached-Systems-20.00/Return-Error-and-Failure-Codes/Responding-to-Error-and-"
    "Failure-Parcels (Teradata CLIv2: the error and failure codes and the action for each)",
    "box-errors": "content/guides/api-calls/permissions-and-errors/common-errors.md (box/developer.box.com @ "
    "0410949c9a7bb3ea0c23ed1e06da2ea747437082; https://developer.box.com/guides/api-calls/permissions-and-errors/"
    "common-errors/)",
    "teradata-dul": "https://docs.teradata.com/r/Enterprise_IntelliFlex_VMware/Database-Utilities/Dump-Unload/Load-"
    "Utility-dul/Return-Codes (Teradata Database Utilities: the database errors behind dul's return codes)",
    # families new to the sixteenth batch (session 19)
    "binance-errors": "errors.md (binance/binance-spot-api-docs @ 021246e967815fb081b3190ca516a454669fa89b; "
    "https://developers.binance.com/docs/binance-spot-api-docs/errors)",
    "binance-derivatives-errors": "https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code "
    "(and the coin-margined futures' and options' error-code pages: -2017..-2027)",
    "geth-core-errors": "core/error.go (ethereum/go-ethereum @ 003d175e21e03858c8879a32ff1ba35425cb8566) and "
    "core/vm/errors.go ErrExecutionReverted",
    "geth-txpool-errors": "core/txpool/errors.go (ethereum/go-ethereum @ 0dfc43ad9bbd4d8c22e88681cc32f455ceb973f3; "
    "ErrTxPoolOverflow 'txpool is full' in its earlier versions, now core/txpool/legacypool)",
    "cuda-driver": "https://docs.nvidia.com/cuda/cuda-driver-api/group__CUDA__TYPES.html (enum CUresult); "
    "numba/cuda/cudadrv/enums.py CUDA_ERROR_* (numba/numba @ 0c3f2d44e66f894e25c6a0bc6f7c6c7ce877dd7b)",
    # families new to the seventeenth batch (session 19, tune19b)
    "opcua-status": "asyncua/ua/status_codes.py StatusCodes and code_to_name_doc (FreeOpcUa/opcua-asyncio @ "
    "250210f8119fd9112bb7d27c830bdaffeee7e9bc, generated from the OPC Foundation's StatusCode.csv; "
    "https://reference.opcfoundation.org/Core/Part4/v105/docs/7.39)",
    "krb5-errors": "src/lib/krb5/error_tables/krb5_err.et (krb5/krb5 @ 022716c37fbb66711570208fe4002d9b9c249e8b); "
    "python-gssapi's GSSError prints the minor status (pythongssapi/python-gssapi gssapi/raw/misc.pyx)",
    "tarantool-errcode": "src/box/errcode.h ERROR_CODES (tarantool/tarantool @ "
    "f3a537ee9b307188dec3cf693793f37338aa5bf1)",
    "reddit-errors": "r2/r2/lib/errors.py error_list (reddit-archive/reddit @ "
    "737384513c0c2d7ebc734d9f157d15c91b49f2ec)",
    "portaudio-errors": "include/portaudio.h enum PaErrorCode (PortAudio/portaudio @ "
    "0aa7bdee77577d93f61eea0e78f4d3f176705664) and Pa_GetErrorText in src/common/pa_front.c",
    "telegram-errors": "compiler/errors/source/*.tsv (pyrogram/pyrogram @ 043734f02b2dc3a239525028ec186354c251037b: "
    "303_SEE_OTHER through 500_INTERNAL_SERVER_ERROR; Telethon's telethon_generator/data/errors.csv names the same)",
    "firebird-jrd": "src/include/firebird/impl/msg/jrd.h (FirebirdSQL/firebird @ "
    "05562059505adc2bfc3d49f56bfc4e067444f657: gds code 335544320 + the message number)",
}
"""Where each table row's code is documented."""

# (vendor, prefix added to each code before normalising, rows); the order is the order rules are made in
VENDOR_CODES: tuple[tuple[str, str, tuple[tuple[str, str, str, str], ...]], ...] = (
    ("oracle", "", _ORACLE),
    ("oracle", "", _ORACLE_SWEEP),
    ("mssql", "MSSQL", _MSSQL),
    ("mssql", "MSSQL", _MSSQL_SWEEP),
    ("snowflake", "SNOWFLAKE", _SNOWFLAKE),
    ("cassandra", "CASSANDRA", _CASSANDRA),
    ("cassandra", "CASSANDRA", _CASSANDRA_REASONS),
    ("neo4j", "NEO4J", _NEO4J),
    ("neo4j", "NEO4J", _NEO4J_SWEEP),
    ("trino", "TRINO", _TRINO),
    ("trino", "TRINO", _TRINO_MORE),
    ("trino", "TRINO", _TRINO_TEMPLATES_WAREHOUSES),
    ("mlflow", "MLFLOW", _MLFLOW),
    ("spark", "SPARK", _SPARK),
    ("spark", "SPARK", _DELTA),
    ("spark", "SPARK", _SPARK_MORE),
    ("spark", "SPARK", _SPARK_TEMPLATES_WAREHOUSES),
    ("salesforce", "SALESFORCE", _SALESFORCE),
    ("mongodb", "", _MONGODB),
    ("mongodb", "", _MONGODB_TEMPLATES),
    ("mongo_server", "", _MONGODB_SERVER),
    ("azure", "", _AZURE_STORAGE),
    ("mysql", "", _MYSQL_SERVER),
    ("aws", "", _AWS_MORE),
    ("slack", "", _SLACK_MORE),
    ("clickhouse", "CLICKHOUSE", _CLICKHOUSE_MORE),
    ("clickhouse", "CLICKHOUSE", _CLICKHOUSE),
    ("clickhouse", "CLICKHOUSE", _CLICKHOUSE_SWEEP),
    ("clickhouse", "CLICKHOUSE", _CLICKHOUSE_TEMPLATES),
    ("snowflake", "SNOWFLAKE", _SNOWFLAKE_CONNECTOR),
    ("snowflake", "SNOWFLAKE", _SNOWFLAKE_SQL),
    ("slack", "", _SLACK),
    ("oracledb", "", _ORACLEDB),
    ("oracledb", "", _ORACLEDB_SWEEP),
    ("cassandra", "CASSANDRA", _CASSANDRA_V5),
    ("entra", "", _ENTRA),
    ("mysql", "", _MYSQL_MORE),
    ("mysql", "", _MYSQL_SWEEP),
    ("twilio", "TWILIO", _TWILIO),
    ("twilio", "TWILIO", _TWILIO_MORE),
    ("graphql", "", _GRAPHQL),
    ("exchange", "", _EXCHANGE),
    ("smtp", "SMTP", _SMTP),
    ("plaid", "", _PLAID),
    ("aws", "", _SQS),
    ("stripe", "", _STRIPE_CONNECT),
    ("supervisor", "SUPERVISOR", _SUPERVISOR),
    ("supervisor", "SUPERVISOR", _SUPERVISOR_PROCESS_STATE),
    ("oauth2", "", _OAUTH2),
    ("acme", "ACME", _ACME),
    ("azure", "", _AZURE_ARM_OPERATIONS),
    ("amqp", "", _AMQP),
    ("aws", "", _SNS),
    ("kafka", "", _KAFKA),
    ("kafka", "", _KAFKA_REPLICATION),
    ("kafka", "", _KAFKA_GROUP_ADMIN),
    ("kafka", "", _KAFKA_PROTOCOL_MORE),
    ("kafka", "", _KAFKA_JAVA_CLASSES),
    ("elasticsearch", "", _ELASTIC),
    ("elasticsearch", "", _ELASTIC_SWEEP),
    ("kubernetes", "", _K8S),
    ("stripe", "", _STRIPE),
    ("llm", "", _LLM),
    ("aws", "", _AWS),
    ("gcp", "", _GCP_CAPACITY),
    ("gcp", "", _GCP),
    ("azure", "", _AZURE),
    ("aws", "", _AWS_QUEUES_AND_STREAMS),
    ("amqp", "", _AMQP_CONNECTION),
    ("nats", "NATSJS", _NATS_JETSTREAM),
    ("mqtt", "MQTT", _MQTT5),
    ("azure", "", _AZURE_QUEUES_AND_TABLES),
    ("aws", "", _AWS_S3_LIMITS),
    ("azure_sdk", "", _AZURE_SDK_CONCURRENCY),
    ("db2", "DB2", _DB2),
    ("tidb", "", _TIDB),
    ("mssql", "MSSQL", _AZURE_SQL_STORAGE),
    ("mssql", "MSSQL", _MSSQL_CONCURRENCY),
    ("oracle", "", _ORACLE_CONCURRENCY),
    ("square", "", _SQUARE),
    ("square_sdk", "", _SQUARE_SWEEP_SAAS),
    ("square_printed", "", _SQUARE_SWEEP_SAAS),
    ("entra", "", _ENTRA_SIGN_IN),
    ("slack", "", _SLACK_METHODS),
    ("slack", "", _SLACK_SWEEP_SAAS),
    *(("slack_printed", "", table) for table in (_SLACK, _SLACK_MORE, _SLACK_METHODS, _SLACK_SWEEP_SAAS)),
    ("salesforce", "SALESFORCE", _SALESFORCE_MORE),
    ("paypal", "PAYPAL", _PAYPAL),
    ("paypal", "PAYPAL", _PAYPAL_ISSUES),
    ("adyen", "ADYEN", _ADYEN),
    ("intercom", "", _INTERCOM),
    ("libcurl", "CURL", _LIBCURL),
    ("c-ares", "ARES", _CARES),
    ("websocket", "WSCLOSE", _WEBSOCKET_CLOSE),
    ("meilisearch", "MEILI", _MEILISEARCH),
    ("azure", "", _AZURE_STORAGE_LOCKS),
    ("azure", "", _AZURE_STORAGE_STATES),
    ("azure", "", _AZURE_STORAGE_SWEEP),
    ("ntstatus", "", _NTSTATUS),
    ("ntstatus", "", _NTSTATUS_SWEEP),
    ("kafka", "", _LIBRDKAFKA_SWEEP),
    ("aws", "", _AWS_SWEEP),
    ("smtp", "", _SMTP_ENHANCED),
    ("smtp", "SMTP", _SMTP_PERMANENT_REPLIES),
    ("pop3", "POP3", _POP3),
    ("imap", "IMAP", _IMAP),
    ("ftp", "FTP", _FTP),
    ("minio", "", _MINIO),
    ("ceph_rgw", "", _CEPH_RGW),
    ("chromium", "CHROMIUMNET", _CHROMIUM_NET),
    ("gecko", "GECKO", _GECKO_NET),
    ("oci", "", _OCI),
    ("hcloud", "HCLOUD", _HCLOUD),
    ("postmark", "POSTMARK", _POSTMARK),
    ("vonage", "VONAGESMS", _VONAGE_SMS),
    ("discord", "DISCORD", _DISCORD_JSON),
    ("discord_gateway", "DISCORDGW", _DISCORD_GATEWAY),
    ("twitter", "TWITTER", _TWITTER),
    ("google_maps", "GMAPS", _GOOGLE_MAPS),
    ("aws", "", _AWS_TEMPLATES),
    ("aws", "", _AWS_SWEEP_CLOUD),
    ("azure", "", _AZURE_SWEEP_CLOUD),
    ("llm", "", _LLM_TEMPLATES),
    ("neptune", "", _NEPTUNE),
    ("ibm_mq", "", _IBM_MQ),
    ("aerospike", "", _AEROSPIKE),
    ("dbus", "", tuple((dbus_code(name), category, source, note) for name, category, source, note in _DBUS)),
    ("teradata", "TERADATA", _TERADATA),
    ("box", "", _BOX),
    ("binance", "BINANCE", _BINANCE),
    ("binance", "BINANCE", _BINANCE_ENGINE),
    ("geth", "GETH", _GETH),
    ("cuda", "", _CUDA_DRIVER),
    ("opcua", "OPCUA", _OPCUA),
    ("telegram", "TELEGRAM", _TELEGRAM),
)
"""Every vendor table, with the prefix that keeps its numeric codes apart."""

# Kafka's INVALID_REPLICATION_FACTOR (38; kafka.apache.org/protocol#protocol_error_codes: "Replication factor is below
# 1 or larger than the number of available brokers") is said of a bad argument ("Replication factor must be larger
# than 0") and of a cluster smaller than the topic's configuration asks ("Replication factor: 3 larger than available
# brokers: 1."): the reason in its message decides which.
GENERIC_CODES_BY_REASON: frozenset[str] = frozenset({"INVALIDREPLICATIONFACTOR"})

# AMQP 0-9-1 reply 530 NOT_ALLOWED (amqp0-9-1.xml "not-allowed": "the client tried to work with some entity in a manner
# that is prohibited by the server, due to security settings or by some other criteria"): RabbitMQ says it of a vhost
# the user may not open (permanent) and of a vhost's or user's connection limit and a connection's channel_max that is
# reached ("connection limit (300) is reached": resource); the reason in the message decides which.
GENERIC_CODES_BY_BROKER_REASON: frozenset[str] = frozenset({"NOTALLOWED"})

# Cassandra's 0x2200 Invalid query (native_protocol_v4.spec: "The query is syntactically correct but invalid") is said
# of bad values ("Invalid STRING constant (abc) for "id" of type int": validation) and of a schema the query names but
# the cluster lacks ("unconfigured table eventz", "Undefined column name usr": the query or the schema must change):
# the reason in its message decides which.
GENERIC_CODES_CASSANDRA_INVALID: frozenset[str] = frozenset({"CASSANDRA2200"})

# Azure Resource Manager's OperationNotAllowed is said of a core or resource quota the operation would exceed ("results
# in exceeding approved standardDSv5Family Cores quota": resource) and of a resource busy with another operation ("The
# server 'sql-prod' is busy with another operation. Please try your operation later.": transient): the reason decides.
GENERIC_CODES_ARM_NOT_ALLOWED: frozenset[str] = frozenset({"OPERATIONNOTALLOWED"})

GENERIC_CODES: frozenset[str] = frozenset(
    {
        "SNOWFLAKE250001", "CASSANDRA0000", "MSSQL4060", "CLUSTERBLOCK", "FORBIDDEN", "RESOURCEEXHAUSTED",
        "VALIDATION", "TRANSACTIONCANCELED",
        # AMQP 0-9-1 reply 406 (amqp0-9-1.xml "precondition-failed"): RabbitMQ says it of a redeclaration with other
        # arguments, an unknown delivery tag, a consumer over its ack timeout and a message over the maximum size
        "PRECONDITIONFAILED",
        # A Meilisearch type says only the family of a failure; a specific reason in the message refines it (an
        # io_error of type system whose message says permission denied is the setup's, not a capacity's).
        "MEILITYPEINTERNAL", "MEILITYPESYSTEM",
    }
    | GENERIC_CODES_BY_REASON
    | GENERIC_CODES_BY_BROKER_REASON
    | GENERIC_CODES_CASSANDRA_INVALID
    | GENERIC_CODES_ARM_NOT_ALLOWED
)  # fmt: skip
"""Normalised codes that only say *that* something failed; a specific reason in the message refines them."""

# ---- where a table's codes are read (ninth batch, databases and cloud quotas). Codes are compared in normalised form,
# so two vendors' codes can meet: AMQP's reply PRECONDITION_FAILED and Azure's (PreconditionFailed) both become
# PRECONDITIONFAILED, yet one is a broker refusing a redeclaration and the other a lost optimistic-concurrency race. A
# table whose codes other vendors also use is read only on its own vendor's errors: where the message spells the code
# as that vendor does (AMQP's upper-case reply names, as pika, aiormq and py-amqp print them), or on that vendor's
# classes (an SDK's own error classes); outside its scope the code is no evidence of that vendor's meaning.
#
# Google's reasons are spelled lowerCamel in every API's error body ('reason': 'quotaExceeded', 'forbidden', 'notFound')
# and the capacity codes upper snake case; other vendors' codes that normalise alike are spelled otherwise (Azure's
# (QuotaExceeded), AWS's AccessDenied), so Google's table counts only where the message spells its reason as Google does
# (issue 10, scoping: an Azure quota used to be named vendor.gcp.quotaExceeded).
#
# OpenAI's and Anthropic's codes are snake_case words that every SDK and OpenAI-compatible gateway prints as the API
# spells them ('code': 'insufficient_quota', 'type': 'not_found_error'); AMQP's NOT_FOUND, gRPC's NOT_FOUND and AWS's
# RequestTooLargeException normalise alike and were named vendor.llm.*: the table counts only where the message spells
# the code as the API does.
SPELLED_VENDORS: frozenset[str] = frozenset({"amqp", "gcp", "llm", "intercom"})
"""Vendors whose codes count only where the message spells them exactly as the vendor does (case-sensitive)."""

# ---- vendors whose codes are ordinary words (issue 10, scoping): a Kubernetes reason (Conflict, NotFound,
# InternalError), a Slack method error (access_denied, internal_error), an Exchange store exception
# (QuotaExceededException) and an Elasticsearch exception type (too_many_buckets_exception) normalise to the same
# form as other vendors' codes (a Google API's reason 'conflict', S3's TooManyBuckets, Azure's QuotaExceeded, AWS's
# AccessDenied), so read everywhere they decided other vendors' errors and named the wrong vendor. Each is read only
# on its client library's classes (Slack, Elasticsearch), or where the message has the vendor's printed format
# (SHAPED_VENDORS: Exchange's store codes appear only in an SMTP reply's STOREDRV.<stage>.Exception:<code>, Kubernetes'
# reasons in its clients' and kubectl's formats, whatever class carries them, often a CLI wrapper's RuntimeError);
# elsewhere the other vendor's own table, class or status decides.
# Stripe's codes arrive as StripeError.code (its message is prose), so Stripe's table counts on Stripe's classes (an
# Anthropic rate_limit_error was named vendor.stripe.rate_limit).
CLASS_SCOPED_VENDORS: dict[str, tuple[str, ...]] = {
    "mongo_server": ("pymongo.*", "motor.*", "bson.*", "mongoengine.*"),
    "azure_sdk": ("azure.*",),
    "slack": ("slack_sdk.*", "slack.*", "slack_bolt.*"),
    "elasticsearch": ("elasticsearch.*", "elastic_transport.*", "opensearchpy.*", "opensearch_py.*"),
    "stripe": ("stripe.*",),
    "oci": ("oci.*",),
    "hcloud": ("hcloud.*",),
    "postmark": ("postmarker.*",),
    "vonage": ("vonage.*", "vonage_sms.*"),
    "square_sdk": ("square.*", "squareup.*"),
    "box": ("boxsdk.*", "box_sdk_gen.*"),
}
"""Vendors whose codes count only on their SDK's classes (qualified class-name globs, the class or a base)."""

# AWS's and Azure's codes are PascalCase words that each other's (and Google's, Cosmos DB's) normalise alike:
# TooManyRequests, InternalError, QuotaExceeded. Each table counts where the message has its vendor's printed format,
# whatever class carries it (botocore's and the AWS CLI's "An error occurred (Code) when calling", Arrow's "AWS Error
# CODE during", the Go SDK's "api error Code:" as Terraform prints it, a RequestID; azure-core's "(Code) Message",
# "Code: ..." and "ErrorCode:" lines, the storage services' "RequestId:" line, the az CLI's "ERROR: (Code)",
# Terraform's Code="..."): a Cosmos DB (TooManyRequests) was named vendor.aws.TooManyRequestsException, a Gemini
# 500 INTERNAL vendor.aws.InternalError.
_AWS_PRINTED = (
    r"An error occurred \(|\bAWS Error |\bapi error |\bRequestID: |\bRequest ID: |\"__type\"|amazonaws\.com|\bAWS\b"
)
# (case-sensitive, as azure-core prints it: a google.rpc.Status's "code: 13\nmessage: ..." is not Azure's "Code:" line)
_AZURE_PRINTED = (
    r"(?-i:(?:^|ERROR: )\([A-Z]\w+\) |(?:^|\n)Code: |\nErrorCode:|\nRequestId:|\bCode=\"|windows\.net|"
    r"management\.azure\.com)"
)

SHAPED_VENDORS: dict[str, str] = {
    "exchange": r"\bSTOREDRV\.[A-Za-z]+\.Exception:",
    # the Python clients' ApiException ("(409)\nReason: Conflict\nHTTP response ..."), kubectl's "Error from server
    # (Forbidden): ...", the API server's Status body, a pod's or container's status line ("Pod x failed: ...
    # reason=Evicted")
    "kubernetes": r"(?:^|\n)\(\d{1,3}\)\nReason: |Error from server \(|\"kind\": ?\"Status\""
    r"|\b(?:pod|container)\b[^\n]*\breason[=:]",
    "aws": _AWS_PRINTED,
    "azure": _AZURE_PRINTED,
    # Ceph's RADOS Gateway speaks the S3 API and its codes are printed by boto3 in AWS's format
    "ceph_rgw": _AWS_PRINTED,
    # Slack's method errors where a wrapper relays slack_sdk's SlackApiError text without its class ("The request to
    # the Slack API failed. (url: ...)\nThe server responded with: {'ok': False, 'error': 'channel_not_found'}",
    # slack_sdk/web/slack_response.py validate): the same tables as "slack", read in Slack's own printed format
    "slack_printed": r"The request to the Slack API failed\.",
    # Square's decline codes where a wrapper relays the SDK's ApiError text ("status_code: 402, body: {'errors':
    # [{'category': 'PAYMENT_METHOD_ERROR', 'code': 'INSUFFICIENT_FUNDS', ...}]}"): read in that printed format
    "square_printed": r"\{'errors': \[\{'category': 'PAYMENT_METHOD_ERROR'",
    # Neptune's error body, whatever client relays it (gremlinpython's GremlinServerError, an HTTP client's text): its
    # "detailedMessage" key is Neptune's own (AccessDeniedException here is not AWS's printed AccessDenied)
    "neptune": r"\"detailedMessage\" ?:",
}
"""Vendors whose codes count only where the message has the vendor's printed format (a regular expression)."""
