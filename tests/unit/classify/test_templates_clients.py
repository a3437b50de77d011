"""Message templates of cloud, HTTP, RPC, messaging and AI API clients, as users see them (issue 10).

Each case is a template the library raises or relays (botocore's ClientError format with the service's message,
requests/urllib3/httpx/aiohttp fmt strings and the socket/SSL texts they wrap, gRPC status details, Kafka client
error texts, AMQP reply texts, google-api-core, azure-core, Kubernetes ApiException, docker-py, LLM API error bodies,
Stripe), filled with plausible values and labelled by ../shared/corpus/LABELS.md before the verdict was looked at. The
source-template accuracy is a second measure of how the classifier generalises, beside the independent corpus.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


# (library, class users catch, str(exception), http status, label)
TEMPLATES: list[tuple[str, str, str, int | None, Category]] = [
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist"),
        404,
        P,
    ),
    (
        "aws-s3",
        "botocore.errorfactory.NoSuchKey",
        ("An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."),
        404,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"),
        403,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (SlowDown) when calling the PutObject operation: Please reduce your request rate."),
        503,
        T,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InternalError) when calling the PutObject "
            "operation: We encountered an internal error. Please try again."
        ),
        500,
        T,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (BucketAlreadyExists) when calling the CreateBucket "
            "operation: The requested bucket name is not available. The bucket "
            "namespace is shared by all users of the system. Please select a "
            "different name and try again."
        ),
        409,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (EntityTooLarge) when calling the PutObject "
            "operation: Your proposed upload exceeds the maximum allowed size"
        ),
        400,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidBucketName) when calling the CreateBucket "
            "operation: The specified bucket is not valid."
        ),
        400,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (RequestTimeout) when calling the UploadPart "
            "operation: Your socket connection to the server was not read from or "
            "written to within the timeout period. Idle connections will be closed."
        ),
        400,
        T,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (ExpiredToken) when calling the ListObjectsV2 operation: The provided token has expired."),
        400,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 "
            "operation: The AWS Access Key Id you provided does not exist in our records."
        ),
        403,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (SignatureDoesNotMatch) when calling the PutObject "
            "operation: The request signature we calculated does not match the "
            "signature you provided. Check your key and signing method."
        ),
        403,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidObjectState) when calling the GetObject "
            "operation: The operation is not valid for the object's storage class"
        ),
        403,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (MalformedXML) when calling the DeleteObjects "
            "operation: The XML you provided was not well-formed or did not "
            "validate against our published schema"
        ),
        400,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (ServiceUnavailable) when calling the PutObject operation: Reduce your request rate."),
        503,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ProvisionedThroughputExceededException",
        (
            "An error occurred (ProvisionedThroughputExceededException) when "
            "calling the PutItem operation: The level of configured provisioned "
            "throughput for the table was exceeded. Consider increasing your "
            "provisioning level with the UpdateTable API."
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "GetItem operation: Requested resource not found: Table: orders not found"
        ),
        400,
        P,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the PutItem "
            "operation: One or more parameter values were invalid: Missing the key "
            "id in the item"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the PutItem "
            "operation: Item size has exceeded the maximum allowed size"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.TransactionConflictException",
        (
            "An error occurred (TransactionConflictException) when calling the "
            "UpdateItem operation: Transaction is ongoing for the item"
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.TransactionCanceledException",
        (
            "An error occurred (TransactionCanceledException) when calling the "
            "TransactWriteItems operation: Transaction cancelled, please refer "
            "cancellation reasons for specific reasons [None, TransactionConflict]"
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ThrottlingException) when calling the Query "
            "operation: Rate of requests exceeds the allowed throughput."
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.RequestLimitExceeded",
        (
            "An error occurred (RequestLimitExceeded) when calling the PutItem "
            "operation: Throughput exceeds the current throughput limit for your "
            "account. Please contact AWS Support at https://aws.amazon.com/support "
            "request a limit increase"
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ItemCollectionSizeLimitExceededException",
        (
            "An error occurred (ItemCollectionSizeLimitExceededException) when "
            "calling the PutItem operation: Item collection size limit exceeded"
        ),
        400,
        R,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.InternalServerError",
        ("An error occurred (InternalServerError) when calling the Query operation: Internal server error"),
        500,
        T,
    ),
    (
        "aws-sqs",
        "botocore.errorfactory.QueueDoesNotExist",
        (
            "An error occurred (AWS.SimpleQueueService.NonExistentQueue) when "
            "calling the GetQueueUrl operation: The specified queue does not exist "
            "for this wsdl version."
        ),
        400,
        P,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (QueueDoesNotExist) when calling the SendMessage "
            "operation: The specified queue does not exist."
        ),
        400,
        P,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterValue) when calling the "
            "ChangeMessageVisibility operation: Value 50000 for parameter "
            "VisibilityTimeout is invalid. Reason: Must be between 0 and 43200."
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterValue) when calling the "
            "SendMessage operation: One or more parameters are invalid. Reason: "
            "Message must be shorter than 262144 bytes."
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        ("An error occurred (OverLimit) when calling the ReceiveMessage operation: Too many messages in flight"),
        403,
        R,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidMessageContents) when calling the "
            "SendMessage operation: Invalid binary character '#x1B' was found in "
            "the message body, the set of allowed characters is #x9 | #xA | #xD | "
            "#x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF"
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AWS.SimpleQueueService.QueueDeletedRecently) when "
            "calling the CreateQueue operation: You must wait 60 seconds after "
            "deleting a queue before you can create another with the same name."
        ),
        400,
        T,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.NotFoundException",
        ("An error occurred (NotFound) when calling the Publish operation: Topic does not exist"),
        404,
        P,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.InvalidParameterException",
        ("An error occurred (InvalidParameter) when calling the Publish operation: Invalid parameter: TopicArn"),
        400,
        V,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.AuthorizationErrorException",
        (
            "An error occurred (AuthorizationError) when calling the Publish "
            "operation: User: arn:aws:iam::123456789012:user/etl is not authorized "
            "to perform: SNS:Publish on resource: "
            "arn:aws:sns:us-east-1:123456789012:orders because no identity-based "
            "policy allows the SNS:Publish action"
        ),
        403,
        P,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.ThrottledException",
        "An error occurred (Throttling) when calling the Publish operation: Rate exceeded",
        400,
        T,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.EndpointDisabledException",
        ("An error occurred (EndpointDisabled) when calling the Publish operation: Endpoint is disabled"),
        400,
        P,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.InvalidParameterException",
        (
            "An error occurred (InvalidParameter) when calling the Publish "
            "operation: Invalid parameter: Message too long"
        ),
        400,
        V,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the Invoke "
            "operation: Function not found: "
            "arn:aws:lambda:us-east-1:123456789012:function:enrich-orders"
        ),
        404,
        P,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.TooManyRequestsException",
        ("An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate Exceeded."),
        429,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.RequestTooLargeException",
        (
            "An error occurred (RequestTooLargeException) when calling the Invoke "
            "operation: Request must be smaller than 6291456 bytes for the "
            "InvokeFunction operation"
        ),
        413,
        V,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.ServiceException",
        (
            "An error occurred (ServiceException) when calling the Invoke "
            "operation: An error occurred and the request cannot be processed."
        ),
        500,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.ResourceConflictException",
        (
            "An error occurred (ResourceConflictException) when calling the "
            "UpdateFunctionCode operation: The operation cannot be performed at "
            "this time. An update is in progress for resource: "
            "arn:aws:lambda:us-east-1:123456789012:function:enrich-orders"
        ),
        409,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.CodeStorageExceededException",
        (
            "An error occurred (CodeStorageExceededException) when calling the "
            "UpdateFunctionCode operation: Code storage limit exceeded."
        ),
        400,
        R,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.InvalidParameterValueException",
        (
            "An error occurred (InvalidParameterValueException) when calling the "
            "UpdateFunctionCode operation: Unzipped size must be smaller than 262144000 bytes"
        ),
        400,
        V,
    ),
    (
        "aws-sts",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDenied) when calling the AssumeRole "
            "operation: User: arn:aws:iam::123456789012:user/dev is not authorized "
            "to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/etl"
        ),
        403,
        P,
    ),
    (
        "aws-sts",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ExpiredTokenException) when calling the "
            "GetCallerIdentity operation: The security token included in the request is expired"
        ),
        400,
        P,
    ),
    (
        "aws-sts",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidClientTokenId) when calling the "
            "GetCallerIdentity operation: The security token included in the "
            "request is invalid."
        ),
        403,
        P,
    ),
    (
        "aws-sts",
        "botocore.errorfactory.RegionDisabledException",
        (
            "An error occurred (RegionDisabledException) when calling the "
            "AssumeRole operation: STS is not activated in this region for "
            "account:123456789012. Your account administrator can activate STS in "
            "this region using the IAM Console."
        ),
        403,
        P,
    ),
    (
        "aws-sts",
        "botocore.errorfactory.MalformedPolicyDocumentException",
        (
            "An error occurred (MalformedPolicyDocument) when calling the "
            "AssumeRole operation: The policy is not in the valid JSON format."
        ),
        400,
        V,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InsufficientInstanceCapacity) when calling the "
            "RunInstances operation: We currently do not have sufficient m5.large "
            "capacity in the Availability Zone you requested (us-east-1a). Our "
            "system will be working on provisioning additional capacity. You can "
            "currently get m5.large capacity by not specifying an Availability "
            "Zone in your request or choosing us-east-1b, us-east-1c."
        ),
        500,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InstanceLimitExceeded) when calling the "
            "RunInstances operation: You have requested more instances (21) than "
            "your current instance limit of 20 allows for the specified instance "
            "type. Please visit http://aws.amazon.com/contact-us/ec2-request to "
            "request an adjustment to this limit."
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (VcpuLimitExceeded) when calling the RunInstances "
            "operation: You have requested more vCPU capacity than your current "
            "vCPU limit of 32 allows for the instance bucket that the specified "
            "instance type belongs to. Please visit "
            "http://aws.amazon.com/contact-us/ec2-request to request an adjustment "
            "to this limit."
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidInstanceID.NotFound) when calling the "
            "DescribeInstances operation: The instance ID 'i-0abc123def4567890' does not exist"
        ),
        400,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidAMIID.Malformed) when calling the "
            'RunInstances operation: Invalid id: "ami-xyz" (expecting "ami-...")'
        ),
        400,
        V,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (UnauthorizedOperation) when calling the "
            "RunInstances operation: You are not authorized to perform this "
            "operation. User: arn:aws:iam::123456789012:user/ci is not authorized "
            "to perform: ec2:RunInstances on resource: "
            "arn:aws:ec2:us-east-1:123456789012:instance/* because no "
            "identity-based policy allows the ec2:RunInstances action. Encoded "
            "authorization failure message: 4Q8b2k"
        ),
        403,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (RequestLimitExceeded) when calling the "
            "DescribeInstances operation: Request limit exceeded."
        ),
        503,
        T,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterValue) when calling the "
            "AuthorizeSecurityGroupIngress operation: Value (sg-zzz) for parameter "
            "groupId is invalid. Malformed."
        ),
        400,
        V,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AddressLimitExceeded) when calling the "
            "AllocateAddress operation: The maximum number of addresses has been reached."
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidKeyPair.NotFound) when calling the "
            "RunInstances operation: The key pair 'deploy' does not exist"
        ),
        400,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (Unsupported) when calling the RunInstances "
            "operation: The requested configuration is currently not supported. "
            "Please check the documentation for supported configurations."
        ),
        400,
        P,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.ProvisionedThroughputExceededException",
        (
            "An error occurred (ProvisionedThroughputExceededException) when "
            "calling the PutRecords operation: Rate exceeded for shard "
            "shardId-000000000001 in stream orders under account 123456789012."
        ),
        400,
        T,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "PutRecord operation: Stream orders under account 123456789012 not found."
        ),
        400,
        P,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.LimitExceededException",
        (
            "An error occurred (LimitExceededException) when calling the "
            "GetShardIterator operation: Rate exceeded for stream orders under "
            "account 123456789012."
        ),
        400,
        T,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.ResourceInUseException",
        (
            "An error occurred (ResourceInUseException) when calling the PutRecord "
            "operation: Stream orders under account 123456789012 not ACTIVE, "
            "instead in state UPDATING"
        ),
        400,
        T,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.InvalidArgumentException",
        (
            "An error occurred (ValidationException) when calling the PutRecord "
            "operation: 1 validation error detected: Value at 'partitionKey' "
            "failed to satisfy constraint: Member must have length less than or equal to 256"
        ),
        400,
        V,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "GetSecretValue operation: Secrets Manager can't find the specified secret."
        ),
        400,
        P,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.InvalidRequestException",
        (
            "An error occurred (InvalidRequestException) when calling the "
            "GetSecretValue operation: You can't perform this operation on the "
            "secret because it was marked for deletion."
        ),
        400,
        P,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.DecryptionFailure",
        (
            "An error occurred (DecryptionFailure) when calling the GetSecretValue "
            "operation: Secrets Manager can't decrypt the protected secret text "
            "using the provided KMS key."
        ),
        400,
        P,
    ),
    (
        "aws-secretsmanager",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDeniedException) when calling the "
            "GetSecretValue operation: User: "
            "arn:aws:sts::123456789012:assumed-role/etl/i-0abc is not authorized "
            "to perform: secretsmanager:GetSecretValue on resource: prod/db "
            "because no identity-based policy allows the secretsmanager:GetSecretValue action"
        ),
        400,
        P,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.InvalidParameterException",
        (
            "An error occurred (InvalidParameterException) when calling the "
            "CreateSecret operation: Invalid name. Must be a valid name containing "
            "alphanumeric characters, or any of the following: -/_+=.@!"
        ),
        400,
        V,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.ResourceExistsException",
        (
            "An error occurred (ResourceExistsException) when calling the "
            "CreateSecret operation: The operation failed because the secret "
            "prod/db already exists."
        ),
        400,
        V,
    ),
    ("botocore", "botocore.exceptions.NoCredentialsError", "Unable to locate credentials", None, P),
    ("botocore", "botocore.exceptions.NoRegionError", "You must specify a region.", None, P),
    (
        "botocore",
        "botocore.exceptions.EndpointConnectionError",
        'Could not connect to the endpoint URL: "https://sqs.us-east-1.amazonaws.com/"',
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ConnectTimeoutError",
        'Connect timeout on endpoint URL: "https://dynamodb.us-east-1.amazonaws.com/"',
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ReadTimeoutError",
        (
            "Read timeout on endpoint URL: "
            '"https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/enrich/invocations"'
        ),
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ParamValidationError",
        (
            "Parameter validation failed:\nInvalid type for parameter Bucket, "
            "value: None, type: <class 'NoneType'>, valid types: <class 'str'>"
        ),
        None,
        V,
    ),
    (
        "botocore",
        "botocore.exceptions.ParamValidationError",
        'Parameter validation failed:\nMissing required parameter in input: "Key"',
        None,
        V,
    ),
    (
        "botocore",
        "botocore.exceptions.UnknownServiceError",
        ("Unknown service: 's4'. Valid service names are: accessanalyzer, account, acm, s3, sqs"),
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.ProfileNotFound", "The config profile (prod) could not be found", None, P),
    (
        "botocore",
        "botocore.exceptions.ProxyConnectionError",
        'Failed to connect to proxy URL: "http://proxy.corp.test:3128"',
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.SSLError",
        (
            "SSL validation failed for https://s3.us-east-1.amazonaws.com/ [SSL: "
            "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
            "local issuer certificate (_ssl.c:1006)"
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ResponseStreamingError",
        (
            "An error occurred while reading from response stream: ('Connection "
            "broken: IncompleteRead(0 bytes read, 10 more expected)', "
            "IncompleteRead(0 bytes read, 10 more expected))"
        ),
        None,
        T,
    ),
    ("botocore", "botocore.exceptions.IncompleteReadError", "1024 read, but total bytes expected is 2048.", None, T),
    (
        "botocore",
        "botocore.exceptions.PartialCredentialsError",
        "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.TokenRetrievalError",
        "Error when retrieving token from sso: Token has expired and refresh failed",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.UnauthorizedSSOTokenError",
        (
            "The SSO session associated with this profile has expired or is "
            "otherwise invalid. To refresh this SSO session run aws sso login with "
            "the corresponding profile."
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidRegionError",
        "Provided region_name 'us east 1' doesn't match a supported format.",
        None,
        P,
    ),
    (
        "boto3",
        "boto3.exceptions.S3UploadFailedError",
        (
            "Failed to upload /tmp/out.parquet to warehouse/out.parquet: An error "
            "occurred (AccessDenied) when calling the PutObject operation: Access Denied"
        ),
        None,
        P,
    ),
    (
        "requests",
        "requests.exceptions.ConnectionError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 111] "
            "Connection refused'))"
        ),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.ConnectionError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by "
            'NameResolutionError("<urllib3.connection.HTTPSConnection object at '
            "0x7f3a2c1b9d50>: Failed to resolve 'api.acme.test' ([Errno -3] "
            'Temporary failure in name resolution)"))'
        ),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.ReadTimeout",
        ("HTTPSConnectionPool(host='api.acme.test', port=443): Read timed out. (read timeout=10)"),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.ConnectTimeout",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by "
            "ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>, 'Connection to api.acme.test timed out. (connect timeout=5)'))"
        ),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.SSLError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by "
            "SSLError(SSLCertVerificationError(1, '[SSL: "
            "CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed "
            "certificate in certificate chain (_ssl.c:1006)')))"
        ),
        None,
        P,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "404 Client Error: Not Found for url: https://api.acme.test/v1/orders/991",
        404,
        P,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "503 Server Error: Service Unavailable for url: https://api.acme.test/v1/orders",
        503,
        T,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "429 Client Error: Too Many Requests for url: https://api.acme.test/v1/orders",
        429,
        T,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "401 Client Error: Unauthorized for url: https://api.acme.test/v1/orders",
        401,
        P,
    ),
    (
        "requests",
        "requests.exceptions.ChunkedEncodingError",
        "('Connection broken: IncompleteRead(0 bytes read)', IncompleteRead(0 bytes read))",
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.ConnectionError",
        ("('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.ConnectionError",
        "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
        None,
        T,
    ),
    ("requests", "requests.exceptions.TooManyRedirects", "Exceeded 30 redirects.", None, P),
    (
        "requests",
        "requests.exceptions.InvalidHeader",
        ("Invalid leading whitespace, reserved character(s), or return character(s) in header value: ' Bearer abc'"),
        None,
        V,
    ),
    (
        "requests",
        "requests.exceptions.ProxyError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by ProxyError('Unable to "
            "connect to proxy', OSError('Tunnel connection failed: 407 Proxy "
            "Authentication Required')))"
        ),
        None,
        P,
    ),
    (
        "urllib3",
        "urllib3.exceptions.MaxRetryError",
        (
            "HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded "
            "with url: /health (Caused by ResponseError('too many 503 error responses'))"
        ),
        None,
        T,
    ),
    (
        "urllib3",
        "urllib3.exceptions.MaxRetryError",
        (
            "HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded "
            "with url: /health (Caused by ResponseError('too many 500 error responses'))"
        ),
        None,
        T,
    ),
    (
        "urllib3",
        "urllib3.exceptions.ProtocolError",
        "('Connection aborted.', BrokenPipeError(32, 'Broken pipe'))",
        None,
        T,
    ),
    ("urllib3", "urllib3.exceptions.LocationParseError", "Failed to parse: http://[::1", None, V),
    (
        "urllib3",
        "urllib3.exceptions.EmptyPoolError",
        (
            "HTTPConnectionPool(host='api.acme.test', port=80): Pool is empty and "
            "a new connection can't be opened due to blocking mode."
        ),
        None,
        R,
    ),
    ("ssl", "ssl.SSLError", "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", None, P),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname "
            "mismatch, certificate is not valid for 'db.acme.test'. (_ssl.c:1006)"
        ),
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)"),
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLEOFError",
        ("[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)"),
        None,
        T,
    ),
    (
        "ssl",
        "ssl.SSLError",
        "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1006)",
        None,
        P,
    ),
    ("ssl", "TimeoutError", "The read operation timed out", None, T),
    ("httpx", "httpx.ConnectError", "[Errno 111] Connection refused", None, T),
    ("httpx", "httpx.ConnectError", "All connection attempts failed", None, T),
    ("httpx", "httpx.ConnectError", "[Errno -3] Temporary failure in name resolution", None, T),
    ("httpx", "httpx.ReadTimeout", "The read operation timed out", None, T),
    ("httpx", "httpx.PoolTimeout", "", None, R),
    ("httpx", "httpx.RemoteProtocolError", "Server disconnected without sending a response.", None, T),
    (
        "httpx",
        "httpx.RemoteProtocolError",
        ("peer closed connection without sending complete message body (incomplete chunked read)"),
        None,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '404 Not Found' for url "
            "'https://api.acme.test/v1/orders/991'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404"
        ),
        404,
        P,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Server error '502 Bad Gateway' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/502"
        ),
        502,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '422 Unprocessable Entity' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/422"
        ),
        422,
        V,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '403 Forbidden' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403"
        ),
        403,
        P,
    ),
    ("httpx", "httpx.InvalidURL", "Invalid non-printable ASCII character in URL, '\\n' at position 28.", None, V),
    ("httpx", "httpx.TooManyRedirects", "Exceeded maximum allowed redirects.", None, P),
    (
        "httpx",
        "httpx.StreamConsumed",
        (
            "Attempted to read or stream some content, but the content has already "
            "been streamed. For requests, this could be due to passing a generator "
            "as request content, and then receiving a redirect response or a "
            "secondary request as part of an authentication flow.For responses, "
            "this could be due to attempting to stream the response content more than once."
        ),
        None,
        P,
    ),
    (
        "httpx",
        "httpx.ResponseNotRead",
        "Attempted to access streaming response content, without having called `read()`.",
        None,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorError",
        "Cannot connect to host api.acme.test:443 ssl:default [Connection refused]",
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorDNSError",
        ("Cannot connect to host api.acme.test:443 ssl:default [Temporary failure in name resolution]"),
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorCertificateError",
        (
            "Cannot connect to host api.acme.test:443 ssl:True "
            "[SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] "
            "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')]"
        ),
        None,
        P,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ServerDisconnectedError", "Server disconnected", None, T),
    ("aiohttp", "aiohttp.client_exceptions.ClientOSError", "[Errno 104] Connection reset by peer", None, T),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientPayloadError",
        (
            "Response payload is not completed: <ContentLengthError: 400, "
            "message='Not enough data for satisfy content length header.'>"
        ),
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "429, message='Too Many Requests', url='https://api.acme.test/v1/orders'",
        429,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "500, message='Internal Server Error', url='https://api.acme.test/v1/orders'",
        500,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "401, message='Unauthorized', url='https://api.acme.test/v1/orders'",
        401,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "404, message='Not Found', url='https://api.acme.test/v1/orders/991'",
        404,
        P,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ServerTimeoutError", "Timeout on reading data from socket", None, T),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ConnectionTimeoutError",
        "Connection timeout to host https://api.acme.test/v1/orders",
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.WSServerHandshakeError",
        "403, message='Invalid response status', url='wss://stream.acme.test/v1/ws'",
        403,
        P,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ClientConnectionResetError", "Cannot write to closing transport", None, T),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all '
            "addresses; last error: UNKNOWN: ipv4:10.0.0.5:50051: Failed to "
            'connect to remote host: Connection refused"\n\tdebug_error_string = '
            '"UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"failed to connect to all addresses; last error: '
            "UNKNOWN: ipv4:10.0.0.5:50051: Failed to connect to remote host: "
            'Connection refused", grpc_status:14, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.DEADLINE_EXCEEDED\n\tdetails = "Deadline Exceeded"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Deadline Exceeded", grpc_status:4, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "Received message larger '
            'than max (5242880 vs. 4194304)"\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Received '
            'message larger than max (5242880 vs. 4194304)", grpc_status:8, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        V,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "Quota exceeded for quota '
            "metric 'Read requests' and limit 'Read requests per minute' of "
            "service 'spanner.googleapis.com' for consumer "
            "'project_number:123456'.\"\n\tdebug_error_string = \"UNKNOWN:Error "
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Quota exceeded '
            "for quota metric 'Read requests' and limit 'Read requests per minute' "
            "of service 'spanner.googleapis.com' for consumer "
            "'project_number:123456'.\", grpc_status:8, "
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAUTHENTICATED\n\tdetails = "Request had invalid '
            "authentication credentials. Expected OAuth 2 access token, login "
            'cookie or other valid authentication credential."\n\tdebug_error_string '
            '= "UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"Request had invalid authentication credentials. '
            "Expected OAuth 2 access token, login cookie or other valid "
            'authentication credential.", grpc_status:16, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.PERMISSION_DENIED\n\tdetails = "The caller does not have '
            'permission"\n\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"The caller does not have '
            'permission", grpc_status:7, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.NOT_FOUND\n\tdetails = "Requested entity was not found."\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Requested entity was not found.", '
            'grpc_status:5, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.INVALID_ARGUMENT\n\tdetails = "Request contains an invalid '
            'argument."\n\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Request contains an invalid '
            'argument.", grpc_status:3, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        V,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNIMPLEMENTED\n\tdetails = "Method not found: '
            'orders.v1.OrderService/Archive"\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Method not '
            'found: orders.v1.OrderService/Archive", grpc_status:12, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.INTERNAL\n\tdetails = "Received RST_STREAM with error code '
            '2"\n\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Received RST_STREAM with error '
            'code 2", grpc_status:13, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc.aio.AioRpcError",
        (
            "<AioRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "Socket closed"\n\tdebug_error_string '
            '= "UNKNOWN:Error received from peer  {grpc_message:"Socket closed", '
            'grpc_status:14}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.ABORTED\n\tdetails = "Transaction was aborted."\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Transaction was aborted.", '
            'grpc_status:10, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.FAILED_PRECONDITION\n\tdetails = "The query requires an '
            "index. You can create it here: "
            "https://console.firebase.google.com/v1/r/project/acme/firestore/indexe"
            's?create_composite=Cl"\n\tdebug_error_string = "UNKNOWN:Error received '
            'from peer ipv4:10.0.0.5:50051 {grpc_message:"The query requires an '
            "index. You can create it here: "
            "https://console.firebase.google.com/v1/r/project/acme/firestore/indexe"
            's?create_composite=Cl", grpc_status:9, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.ALREADY_EXISTS\n\tdetails = "Document already exists: '
            'projects/acme/databases/(default)/documents/orders/ord-1"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Document already exists: '
            'projects/acme/databases/(default)/documents/orders/ord-1", '
            'grpc_status:6, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        V,
    ),
    (
        "kafka-python",
        "kafka.errors.KafkaTimeoutError",
        "KafkaTimeoutError: Failed to update metadata after 60.0 secs.",
        None,
        T,
    ),
    ("kafka-python", "kafka.errors.NoBrokersAvailable", "NoBrokersAvailable", None, T),
    (
        "kafka-python",
        "kafka.errors.KafkaConnectionError",
        "KafkaConnectionError: Connection at kafka-1:9092 closed",
        None,
        T,
    ),
    (
        "kafka-python",
        "kafka.errors.MessageSizeTooLargeError",
        (
            "[Error 10] MessageSizeTooLargeError: The message is 2000000 bytes "
            "when serialized which is larger than the maximum request size you "
            "have configured with the max_request_size configuration"
        ),
        None,
        V,
    ),
    (
        "kafka-python",
        "kafka.errors.CommitFailedError",
        (
            "CommitFailedError: Commit cannot be completed since the group has "
            "already\n            rebalanced and assigned the partitions to another member."
        ),
        None,
        T,
    ),
    (
        "kafka-python",
        "kafka.errors.UnknownTopicOrPartitionError",
        "[Error 3] UnknownTopicOrPartitionError: orders",
        None,
        P,
    ),
    ("kafka-python", "kafka.errors.NotLeaderForPartitionError", "[Error 6] NotLeaderForPartitionError", None, T),
    (
        "kafka-python",
        "kafka.errors.TopicAuthorizationFailedError",
        "[Error 29] TopicAuthorizationFailedError: orders",
        None,
        P,
    ),
    (
        "kafka-python",
        "kafka.errors.IllegalStateError",
        (
            "IllegalStateError: You must choose only one way to configure your "
            "consumer: (1) subscribe to specific topics by name, (2) subscribe to "
            "topics matching a regex pattern, (3) assign itself specific topic-partitions."
        ),
        None,
        P,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        ("KafkaConnectionError: Unable to bootstrap from [('kafka-1', 9092, <AddressFamily.AF_UNSPEC: 0>)]"),
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        ("KafkaConnectionError: Unable connect to node with id 1: [Errno 111] Connect call failed ('10.0.0.7', 9092)"),
        None,
        T,
    ),
    ("aiokafka", "aiokafka.errors.RequestTimedOutError", "[Error 7] RequestTimedOutError", None, T),
    (
        "aiokafka",
        "aiokafka.errors.UnsupportedCodecError",
        "UnsupportedCodecError: Libraries for lz4 compression codec not found",
        None,
        P,
    ),
    (
        "aiokafka",
        "aiokafka.errors.MessageSizeTooLargeError",
        (
            "[Error 10] MessageSizeTooLargeError: The message is 2000000 bytes "
            "when serialized which is larger than the maximum request size you "
            "have configured with the max_request_size configuration"
        ),
        None,
        V,
    ),
    (
        "aiokafka",
        "aiokafka.errors.GroupAuthorizationFailedError",
        "[Error 30] GroupAuthorizationFailedError: etl-consumers",
        None,
        P,
    ),
    (
        "aiokafka",
        "aiokafka.errors.CommitFailedError",
        (
            "CommitFailedError: Commit cannot be completed since the group has "
            "already rebalanced and may have assigned the partitions to another member"
        ),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=_MSG_TIMED_OUT,val=-192,str="Local: Message timed out"}',
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_TRANSPORT,val=-195,str="FindCoordinator response error: Local: Broker transport failure"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=MSG_SIZE_TOO_LARGE,val=10,str="Broker: Message size too large"}',
        None,
        V,
    ),
    ("confluent-kafka", "BufferError", "Local: Queue full", None, R),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=UNKNOWN_TOPIC_OR_PART,val=3,str="Broker: Unknown topic or partition"}'),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=TOPIC_AUTHORIZATION_FAILED,val=29,str="Broker: Topic authorization failed"}'),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=_ALL_BROKERS_DOWN,val=-187,str="3/3 brokers are down"}',
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=SASL_AUTHENTICATION_FAILED,val=58,str="SASL '
            "authentication error: Authentication failed during authentication due "
            "to invalid credentials with SASL mechanism SCRAM-SHA-512 (after 312ms "
            'in state AUTH_REQ)"}'
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_INVALID_ARG,val=-186,str="No such configuration property: \\"bootstrap.server\\""}'),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=NOT_COORDINATOR,val=16,str="Commit failed: Broker: Not coordinator"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=ILLEGAL_GENERATION,val=22,str="Commit failed: Broker: '
            'Specified group generation id is not valid"}'
        ),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ("KafkaError{code=TOPIC_ALREADY_EXISTS,val=36,str=\"Topic 'orders' already exists.\"}"),
        None,
        V,
    ),
    ("pika", "pika.exceptions.ChannelClosedByBroker", "(404, \"NOT_FOUND - no queue 'orders' in vhost '/'\")", None, P),
    (
        "pika",
        "pika.exceptions.ChannelClosedByBroker",
        (
            "(406, \"PRECONDITION_FAILED - inequivalent arg 'durable' for queue "
            "'orders' in vhost '/': received 'false' but current is 'true'\")"
        ),
        None,
        P,
    ),
    ("pika", "pika.exceptions.ChannelClosedByBroker", "(406, 'PRECONDITION_FAILED - unknown delivery tag 1')", None, P),
    (
        "pika",
        "pika.exceptions.ChannelClosedByBroker",
        ("(403, \"ACCESS_REFUSED - access to queue 'orders' in vhost '/' refused for user 'etl'\")"),
        None,
        P,
    ),
    (
        "pika",
        "pika.exceptions.ConnectionClosedByBroker",
        ("(320, \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\")"),
        None,
        T,
    ),
    (
        "pika",
        "pika.exceptions.ProbableAuthenticationError",
        (
            "ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused "
            "using authentication mechanism PLAIN. For details see the broker logfile.'"
        ),
        None,
        P,
    ),
    (
        "pika",
        "pika.exceptions.StreamLostError",
        "Stream connection lost: ConnectionResetError(104, 'Connection reset by peer')",
        None,
        T,
    ),
    ("pika", "pika.exceptions.ConnectionClosedByBroker", '(530, "NOT_ALLOWED - vhost prod not found")', None, P),
    (
        "pika",
        "pika.exceptions.ChannelClosedByBroker",
        ("(406, 'PRECONDITION_FAILED - message size 200000000 is larger than configured max size 134217728')"),
        None,
        V,
    ),
    ("pika", "pika.exceptions.ConnectionBlockedTimeout", "Blocked connection timeout expired.", None, R),
    ("aio-pika", "aiormq.exceptions.ChannelNotFoundEntity", "NOT_FOUND - no exchange 'orders' in vhost '/'", None, P),
    (
        "aio-pika",
        "aiormq.exceptions.ChannelPreconditionFailed",
        (
            "PRECONDITION_FAILED - inequivalent arg 'x-queue-type' for queue "
            "'orders' in vhost '/': received none but current is the value "
            "'quorum' of type 'longstr'"
        ),
        None,
        P,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.ChannelAccessRefused",
        "ACCESS_REFUSED - access to exchange 'orders' in vhost '/' refused for user 'etl'",
        None,
        P,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.ConnectionClosed",
        ("(320, \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\")"),
        None,
        T,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.AMQPConnectionError",
        "[Errno 111] Connect call failed ('127.0.0.1', 5672)",
        None,
        T,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.ProbableAuthenticationError",
        (
            "ACCESS_REFUSED - Login was refused using authentication mechanism "
            "PLAIN. For details see the broker logfile."
        ),
        None,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.TooManyRequests",
        (
            "429 Quota exceeded for quota metric 'Queries' and limit 'Queries per "
            "minute per user' of service 'sheets.googleapis.com' for consumer "
            "'project_number:123456'."
        ),
        429,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ServiceUnavailable",
        "503 The service is currently unavailable.",
        503,
        T,
    ),
    ("google-api-core", "google.api_core.exceptions.DeadlineExceeded", "504 Deadline Exceeded", 504, T),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 POST https://bigquery.googleapis.com/bigquery/v2/projects/acme/job"
            "s?prettyPrint=false: Access Denied: Table acme:sales.orders: User "
            "does not have permission to query table acme:sales.orders, or perhaps "
            "it does not exist."
        ),
        403,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 Exceeded rate limits: too many table update operations for this "
            "table. For more information, see "
            "https://cloud.google.com/bigquery/docs/troubleshoot-quotas"
        ),
        403,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 Quota exceeded: Your project exceeded quota for free query bytes "
            "scanned. For more information, see "
            "https://cloud.google.com/bigquery/docs/troubleshoot-quotas"
        ),
        403,
        R,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.NotFound",
        "404 Not found: Table acme:sales.orders was not found in location US",
        404,
        P,
    ),
    ("google-api-core", "google.api_core.exceptions.Conflict", "409 Already Exists: Table acme:sales.orders", 409, V),
    (
        "google-api-core",
        "google.api_core.exceptions.PermissionDenied",
        "403 Permission 'storage.objects.get' denied on resource (or it may not exist).",
        403,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Unauthenticated",
        (
            "401 Request had invalid authentication credentials. Expected OAuth 2 "
            "access token, login cookie or other valid authentication credential."
        ),
        401,
        P,
    ),
    ("google-api-core", "google.api_core.exceptions.InternalServerError", "500 An internal error occurred.", 500, T),
    (
        "google-api-core",
        "google.api_core.exceptions.BadRequest",
        "400 Request payload size exceeds the limit: 10485760 bytes.",
        400,
        V,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.FailedPrecondition",
        (
            "400 The query requires an index. You can create it here: "
            "https://console.firebase.google.com/v1/r/project/acme/firestore/indexe"
            "s?create_composite=ClE"
        ),
        400,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Aborted",
        "409 Too much contention on these documents. Please try again.",
        409,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.RetryError",
        (
            "Deadline of 120.0s exceeded while calling target function, last "
            "exception: 503 failed to connect to all addresses; last error: "
            "UNAVAILABLE: ipv4:10.0.0.5:443: Socket closed"
        ),
        None,
        T,
    ),
    (
        "google-auth",
        "google.auth.exceptions.DefaultCredentialsError",
        (
            "Your default credentials were not found. To set up Application "
            "Default Credentials, see "
            "https://cloud.google.com/docs/authentication/external/set-up-adc for "
            "more information."
        ),
        None,
        P,
    ),
    (
        "google-auth",
        "google.auth.exceptions.RefreshError",
        (
            "('invalid_grant: Token has been expired or revoked.', {'error': "
            "'invalid_grant', 'error_description': 'Token has been expired or revoked.'})"
        ),
        None,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.TooManyRequests",
        (
            "429 GET https://storage.googleapis.com/storage/v1/b?project=acme: The "
            "project exceeded the rate limit for creating and deleting buckets."
        ),
        429,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "(ResourceNotFound) The Resource "
            "'Microsoft.Storage/storageAccounts/acmedata' under resource group "
            "'rg-data' was not found. For more details please go to "
            "https://aka.ms/ARMResourceNotFoundFix\nCode: ResourceNotFound\nMessage: "
            "The Resource 'Microsoft.Storage/storageAccounts/acmedata' under "
            "resource group 'rg-data' was not found. For more details please go to "
            "https://aka.ms/ARMResourceNotFoundFix"
        ),
        404,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(AuthorizationFailed) The client "
            "'1f2e3d4c-0000-4a5b-9c8d-7e6f5a4b3c2d' with object id "
            "'1f2e3d4c-0000-4a5b-9c8d-7e6f5a4b3c2d' does not have authorization to "
            "perform action 'Microsoft.Compute/virtualMachines/read' over scope "
            "'/subscriptions/0000/resourceGroups/rg-data' or the scope is invalid. "
            "If access was recently granted, please refresh your credentials.\n"
            "Code: AuthorizationFailed\nMessage: The client "
            "'1f2e3d4c-0000-4a5b-9c8d-7e6f5a4b3c2d' with object id "
            "'1f2e3d4c-0000-4a5b-9c8d-7e6f5a4b3c2d' does not have authorization to "
            "perform action 'Microsoft.Compute/virtualMachines/read' over scope "
            "'/subscriptions/0000/resourceGroups/rg-data' or the scope is invalid. "
            "If access was recently granted, please refresh your credentials."
        ),
        403,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(QuotaExceeded) Operation could not be completed as it results in "
            "exceeding approved standardDSv3Family Cores quota. Additional details "
            "- Deployment Model: Resource Manager, Location: westeurope, Current "
            "Limit: 10, Current Usage: 8, Additional Required: 4, (Minimum) New "
            "Limit Required: 12.\nCode: QuotaExceeded\nMessage: Operation could not "
            "be completed as it results in exceeding approved standardDSv3Family "
            "Cores quota. Additional details - Deployment Model: Resource Manager, "
            "Location: westeurope, Current Limit: 10, Current Usage: 8, Additional "
            "Required: 4, (Minimum) New Limit Required: 12."
        ),
        409,
        R,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "The specified container does not exist.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ContainerNotFound"
        ),
        404,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceExistsError",
        (
            "The specified blob already exists.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:BlobAlreadyExists"
        ),
        409,
        V,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "Server failed to authenticate the request. Make sure the value of "
            "Authorization header is formed correctly including the signature.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:AuthenticationFailed"
        ),
        403,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "Operation could not be completed within the specified time.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:OperationTimedOut"
        ),
        500,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "The server is busy.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ServerBusy"
        ),
        503,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "This request is not authorized to perform this operation using this "
            "permission.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:AuthorizationPermissionMismatch"
        ),
        403,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ServiceRequestError",
        (
            "<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>: Failed "
            "to resolve 'acmedata.blob.core.windows.net' ([Errno -3] Temporary "
            "failure in name resolution)"
        ),
        None,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ServiceResponseError",
        ("('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
        None,
        T,
    ),
    (
        "azure-identity",
        "azure.identity.CredentialUnavailableError",
        (
            "EnvironmentCredential authentication unavailable. Environment "
            "variables are not fully configured.\nVisit "
            "https://aka.ms/azsdk/python/identity/environmentcredential/troubleshoo"
            "t to troubleshoot this issue."
        ),
        None,
        P,
    ),
    (
        "azure-identity",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "Authentication failed: AADSTS7000215: Invalid client secret provided. "
            "Ensure the secret being sent in the request is the client secret "
            "value, not the client secret ID, for a secret added to app "
            "'1f2e3d4c'. Trace ID: a Correlation ID: b Timestamp: 2026-11-29 10:00:00Z"
        ),
        None,
        P,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(TooManyRequests) Message: {"Errors":["Request rate is large. More '
            "Request Units may be needed, so no changes were made. Please retry "
            'this request later. Learn more: http://aka.ms/cosmosdb-error-429"]}\n'
            "ActivityId: 9c1f, Microsoft.Azure.Documents.Common/2.14.0"
        ),
        429,
        T,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(RequestEntityTooLarge) Message: {"Errors":["Request size is too '
            'large"]}\nActivityId: 9c1f, Microsoft.Azure.Documents.Common/2.14.0'
        ),
        413,
        V,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosResourceExistsError",
        (
            "(Conflict) Entity with the specified id already exists in the "
            "system., \r\nRequestStartTime: 2026-11-29T10:00:00.0000000Z, ActivityId: 9c1f"
        ),
        409,
        V,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessageLockLostError",
        "The lock on the message lock has expired.",
        None,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(404)\nReason: Not Found\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"pods \\"worker-7f9c\\" not found","reason":"NotFound","code":404}\n'
        ),
        404,
        P,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(409)\nReason: Conflict\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"pods \\"worker-7f9c\\" already '
            'exists","reason":"AlreadyExists","code":409}\n'
        ),
        409,
        V,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(409)\nReason: Conflict\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"Operation cannot be fulfilled on deployments.apps \\"web\\": '
            "the object has been modified; please apply your changes to the latest "
            'version and try again","reason":"Conflict","code":409}\n'
        ),
        409,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(403)\nReason: Forbidden\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"pods is forbidden: User \\"system:serviceaccount:etl:runner\\" '
            'cannot list resource \\"pods\\" in API group \\"\\" in the namespace '
            '\\"default\\"","reason":"Forbidden","code":403}\n'
        ),
        403,
        P,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(403)\nReason: Forbidden\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"pods \\"worker-7f9c\\" is forbidden: exceeded quota: '
            "compute-resources, requested: limits.cpu=2, used: limits.cpu=8, "
            'limited: limits.cpu=8","reason":"Forbidden","code":403}\n'
        ),
        403,
        R,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(422)\nReason: Unprocessable Entity\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"Deployment.apps \\"web\\" is invalid: '
            "spec.template.spec.containers[0].image: Required "
            'value","reason":"Invalid","code":422}\n'
        ),
        422,
        V,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(401)\nReason: Unauthorized\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"Unauthorized","reason":"Unauthorized","code":401}\n'
        ),
        401,
        P,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(500)\nReason: Internal Server Error\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"Internal error occurred: failed calling webhook '
            '\\"validate.kyverno.svc\\": failed to call webhook: Post '
            '\\"https://kyverno-svc.kyverno.svc:443/validate?timeout=10s\\": context '
            'deadline exceeded","reason":"InternalError","code":500}\n'
        ),
        500,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(429)\nReason: Too Many Requests\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"the server has received too many requests and has asked us '
            'to try again later","reason":"TooManyRequests","code":429}\n'
        ),
        429,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(400)\nReason: Bad Request\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"container \\"worker\\" in pod \\"worker-7f9c\\" is waiting to '
            'start: ContainerCreating","reason":"BadRequest","code":400}\n'
        ),
        400,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(504)\nReason: Gateway Timeout\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"Timeout: request did not complete within requested timeout - '
            'context deadline exceeded","reason":"Timeout","code":504}\n'
        ),
        504,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.config.config_exception.ConfigException",
        "Invalid kube-config file. No configuration found.",
        None,
        P,
    ),
    ("kubernetes", "kubernetes.config.config_exception.ConfigException", "Service host/port is not set.", None, P),
    (
        "docker",
        "docker.errors.NotFound",
        (
            "404 Client Error for "
            'http+docker://localhost/v1.43/containers/abc123/json: Not Found ("No '
            'such container: abc123")'
        ),
        404,
        P,
    ),
    (
        "docker",
        "docker.errors.ImageNotFound",
        (
            "404 Client Error for "
            "http+docker://localhost/v1.43/images/create?tag=latest&fromImage=acme%"
            '2Fetl: Not Found ("pull access denied for acme/etl, repository does '
            "not exist or may require 'docker login': denied: requested access to "
            'the resource is denied")'
        ),
        404,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "409 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Conflict "
            '("Conflict. The container name \\"/web\\" is already in use by '
            'container \\"abc123\\". You have to remove (or rename) that container '
            'to be able to reuse that name.")'
        ),
        409,
        V,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("toomanyrequests: You have reached your pull rate '
            "limit. You may increase the limit by authenticating and upgrading: "
            'https://www.docker.com/increase-rate-limit")'
        ),
        500,
        T,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("failed to register layer: write '
            '/usr/lib/x86_64-linux-gnu/libLLVM.so.15: no space left on device")'
        ),
        500,
        R,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("Get \\"https://registry-1.docker.io/v2/\\": net/http: '
            "request canceled while waiting for connection (Client.Timeout "
            'exceeded while awaiting headers)")'
        ),
        500,
        T,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "400 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Bad Request "
            '("invalid reference format")'
        ),
        400,
        V,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "400 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Bad Request "
            '("failed to create task for container: failed to create shim task: '
            "OCI runtime create failed: runc create failed: unable to start "
            'container process: exec: \\"etl-run\\": executable file not found in '
            '$PATH: unknown")'
        ),
        400,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("Head \\"https://registry.acme.test/v2/etl/manifests/late'
            'st\\": unauthorized: authentication required")'
        ),
        500,
        P,
    ),
    (
        "openai",
        "openai.RateLimitError",
        (
            "Error code: 429 - {'error': {'message': 'Rate limit reached for "
            "gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, "
            "Used 29000, Requested 2000. Please try again in 2s. Visit "
            "https://platform.openai.com/account/rate-limits to learn more.', "
            "'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}"
        ),
        429,
        T,
    ),
    (
        "openai",
        "openai.RateLimitError",
        (
            "Error code: 429 - {'error': {'message': 'You exceeded your current "
            "quota, please check your plan and billing details. For more "
            "information on this error, read the docs: "
            "https://platform.openai.com/docs/guides/error-codes/api-errors.', "
            "'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}"
        ),
        429,
        R,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"This model's maximum context "
            "length is 128000 tokens. However, your messages resulted in 130512 "
            "tokens. Please reduce the length of the messages.\", 'type': "
            "'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.AuthenticationError",
        (
            "Error code: 401 - {'error': {'message': 'Incorrect API key provided: "
            "sk-proj-***abcd. You can find your API key at "
            "https://platform.openai.com/account/api-keys.', 'type': "
            "'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"
        ),
        401,
        P,
    ),
    (
        "openai",
        "openai.NotFoundError",
        (
            "Error code: 404 - {'error': {'message': 'The model `gpt-5x` does not "
            "exist or you do not have access to it.', 'type': "
            "'invalid_request_error', 'param': None, 'code': 'model_not_found'}}"
        ),
        404,
        P,
    ),
    (
        "openai",
        "openai.InternalServerError",
        (
            "Error code: 500 - {'error': {'message': 'The server had an error "
            "while processing your request. Sorry about that!', 'type': "
            "'server_error', 'param': None, 'code': None}}"
        ),
        500,
        T,
    ),
    (
        "openai",
        "openai.InternalServerError",
        (
            "Error code: 503 - {'error': {'message': 'The engine is currently "
            "overloaded, please try again later', 'type': 'server_error', 'param': "
            "None, 'code': None}}"
        ),
        503,
        T,
    ),
    ("openai", "openai.APIConnectionError", "Connection error.", None, T),
    ("openai", "openai.APITimeoutError", "Request timed out.", None, T),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'Your request was rejected as "
            "a result of our safety system. Your prompt may contain text that is "
            "not allowed by our safety system.', 'type': 'invalid_request_error', "
            "'param': None, 'code': 'content_policy_violation'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.PermissionDeniedError",
        (
            "Error code: 403 - {'error': {'message': 'Project `proj_abc` does not "
            "have access to model `gpt-4o`', 'type': 'invalid_request_error', "
            "'param': None, 'code': 'model_not_found'}}"
        ),
        403,
        P,
    ),
    (
        "openai",
        "openai.PermissionDeniedError",
        (
            "Error code: 403 - {'error': {'message': 'Country, region, or "
            "territory not supported', 'type': 'request_forbidden', 'param': None, "
            "'code': 'unsupported_country_region_territory'}}"
        ),
        403,
        P,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"Invalid "
            "'messages[1].content': string too long. Expected a string with "
            "maximum length 10485760, but got a string with length 12000000 "
            "instead.\", 'type': 'invalid_request_error', 'param': "
            "'messages[1].content', 'code': 'string_above_max_length'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'Billing hard limit has been "
            "reached', 'type': 'invalid_request_error', 'param': None, 'code': "
            "'billing_hard_limit_reached'}}"
        ),
        400,
        R,
    ),
    (
        "openai",
        "openai.ContentFilterFinishReasonError",
        "Could not parse response content as the request was rejected by the content filter",
        None,
        V,
    ),
    (
        "anthropic",
        "anthropic.InternalServerError",
        (
            "Error code: 529 - {'type': 'error', 'error': {'type': "
            "'overloaded_error', 'message': 'Overloaded'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        529,
        T,
    ),
    (
        "anthropic",
        "anthropic.RateLimitError",
        (
            "Error code: 429 - {'type': 'error', 'error': {'type': "
            "'rate_limit_error', 'message': 'This request would exceed the rate "
            "limit for your organization (1f2e3d4c) of 50,000 input tokens per "
            "minute. For details, refer to: "
            "https://docs.claude.com/en/api/rate-limits. You can see the response "
            "headers for current usage.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        429,
        T,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'Your credit balance is too low "
            "to access the Anthropic API. Please go to Plans & Billing to upgrade "
            "or purchase credits.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        R,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'prompt is too long: 210345 "
            "tokens > 200000 maximum'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.AuthenticationError",
        (
            "Error code: 401 - {'type': 'error', 'error': {'type': "
            "'authentication_error', 'message': 'invalid x-api-key'}, "
            "'request_id': 'req_011CUx7n8W'}"
        ),
        401,
        P,
    ),
    (
        "anthropic",
        "anthropic.NotFoundError",
        (
            "Error code: 404 - {'type': 'error', 'error': {'type': "
            "'not_found_error', 'message': 'model: claude-3-opus-2024'}, "
            "'request_id': 'req_011CUx7n8W'}"
        ),
        404,
        P,
    ),
    (
        "anthropic",
        "anthropic.PermissionDeniedError",
        (
            "Error code: 403 - {'type': 'error', 'error': {'type': "
            "'permission_error', 'message': 'Your API key does not have permission "
            "to use the specified resource.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        403,
        P,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'messages: roles must alternate "
            'between "user" and "assistant", but found multiple "user" roles in a '
            "row'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'max_tokens: 100000 > 64000, "
            "which is the maximum allowed number of output tokens for "
            "claude-sonnet-4-20250514'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.APIStatusError",
        (
            "Error code: 413 - {'type': 'error', 'error': {'type': "
            "'request_too_large', 'message': 'Request exceeds the maximum allowed "
            "number of bytes.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        413,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'You have reached your specified "
            "API usage limits. You will regain access on 2026-12-01 at 00:00 "
            "UTC.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        R,
    ),
    (
        "anthropic",
        "anthropic.InternalServerError",
        (
            "Error code: 500 - {'type': 'error', 'error': {'type': 'api_error', "
            "'message': 'Internal server error'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        500,
        T,
    ),
    (
        "litellm",
        "litellm.RateLimitError",
        (
            "litellm.RateLimitError: RateLimitError: OpenAIException - Rate limit "
            "reached for gpt-4o in organization org-abc on requests per min (RPM): "
            "Limit 500, Used 500, Requested 1. Please try again in 120ms."
        ),
        429,
        T,
    ),
    (
        "litellm",
        "litellm.ContextWindowExceededError",
        (
            "litellm.ContextWindowExceededError: litellm.BadRequestError: "
            "ContextWindowExceededError: OpenAIException - This model's maximum "
            "context length is 8192 tokens. However, your messages resulted in "
            "9100 tokens. Please reduce the length of the messages."
        ),
        400,
        V,
    ),
    (
        "litellm",
        "litellm.AuthenticationError",
        (
            "litellm.AuthenticationError: AnthropicException - "
            '{"type":"error","error":{"type":"authentication_error","message":"inva'
            'lid x-api-key"}}'
        ),
        401,
        P,
    ),
    (
        "litellm",
        "litellm.ServiceUnavailableError",
        (
            "litellm.ServiceUnavailableError: AnthropicException - Overloaded. "
            "Handle with `litellm.InternalServerError`."
        ),
        503,
        T,
    ),
    (
        "litellm",
        "litellm.BadRequestError",
        (
            "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM "
            "provider you are trying to call. You passed model=mistral-large\n Pass "
            "model as E.g. For 'Huggingface' inference endpoints pass in "
            "`completion(model='huggingface/starcoder',..)` Learn more: "
            "https://docs.litellm.ai/docs/providers"
        ),
        400,
        P,
    ),
    (
        "litellm",
        "litellm.ContentPolicyViolationError",
        (
            "litellm.ContentPolicyViolationError: litellm.BadRequestError: "
            "AzureException - The response was filtered due to the prompt "
            "triggering Azure OpenAI's content management policy."
        ),
        400,
        V,
    ),
    ("litellm", "litellm.Timeout", "litellm.Timeout: Connection timed out after 600.0 seconds.", 408, T),
    (
        "litellm",
        "litellm.APIConnectionError",
        "litellm.APIConnectionError: OllamaException - [Errno 111] Connection refused",
        500,
        T,
    ),
    (
        "litellm",
        "litellm.NotFoundError",
        ("litellm.NotFoundError: OpenAIException - The model `gpt-5x` does not exist or you do not have access to it."),
        404,
        P,
    ),
    (
        "litellm",
        "litellm.BudgetExceededError",
        "Budget has been exceeded! Current cost: 10.52, Max budget: 10.0",
        None,
        R,
    ),
    (
        "groq",
        "groq.RateLimitError",
        (
            "Error code: 429 - {'error': {'message': 'Rate limit reached for model "
            "`llama-3.1-70b-versatile` in organization `org_01abc` service tier "
            "`on_demand` on tokens per minute (TPM): Limit 6000, Used 5000, "
            "Requested 2000. Please try again in 10s. Need more tokens? Upgrade to "
            "Dev Tier today at https://console.groq.com/settings/billing', 'type': "
            "'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}"
        ),
        429,
        T,
    ),
    (
        "groq",
        "groq.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'Please reduce the length of "
            "the messages or completion.', 'type': 'invalid_request_error', "
            "'param': 'messages', 'code': 'context_length_exceeded'}}"
        ),
        400,
        V,
    ),
    (
        "groq",
        "groq.APIStatusError",
        (
            "Error code: 413 - {'error': {'message': 'Request too large for model "
            "`llama-3.1-8b-instant` in organization `org_01abc` service tier "
            "`on_demand` on tokens per minute (TPM): Limit 6000, Requested 9000, "
            "please reduce your message size and try again.', 'type': 'tokens', "
            "'param': None, 'code': 'rate_limit_exceeded'}}"
        ),
        413,
        V,
    ),
    (
        "groq",
        "groq.InternalServerError",
        ("Error code: 503 - {'error': {'message': 'Service Unavailable', 'type': 'internal_server_error'}}"),
        503,
        T,
    ),
    (
        "groq",
        "groq.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'The model "
            "`mixtral-8x7b-32768` has been decommissioned and is no longer "
            "supported. Please refer to https://console.groq.com/docs/deprecations "
            "for a recommendation on which model to use instead.', 'type': "
            "'invalid_request_error', 'param': None, 'code': 'model_decommissioned'}}"
        ),
        400,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not "
            "valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ServerError",
        (
            "503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is "
            "overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}"
        ),
        503,
        T,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'The input "
            "token count (1200000) exceeds the maximum number of tokens allowed "
            "(1048576).', 'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "404 NOT_FOUND. {'error': {'code': 404, 'message': "
            "'models/gemini-9-pro is not found for API version v1beta, or is not "
            "supported for generateContent. Call ListModels to see the list of "
            "available models and their supported methods.', 'status': 'NOT_FOUND'}}"
        ),
        404,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'Generative "
            "Language API has not been used in project 123456 before or it is "
            "disabled. Enable it by visiting "
            "https://console.developers.google.com/apis/api/generativelanguage.goog"
            "leapis.com/overview?project=123456 then retry. If you enabled this "
            "API recently, wait a few minutes for the action to propagate to our "
            "systems and retry.', 'status': 'PERMISSION_DENIED'}}"
        ),
        403,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ServerError",
        (
            "500 INTERNAL. {'error': {'code': 500, 'message': 'An internal error "
            "has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting', "
            "'status': 'INTERNAL'}}"
        ),
        500,
        T,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User "
            "location is not supported for the API use.', 'status': 'FAILED_PRECONDITION'}}"
        ),
        400,
        P,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card was declined.", 402, V),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card has insufficient funds.", 402, V),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card's security code is incorrect.", 402, V),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card has expired.", 402, V),
    (
        "stripe",
        "stripe.CardError",
        ("Request req_1a2B3c4D5e: An error occurred while processing your card. Try again in a little bit."),
        402,
        T,
    ),
    (
        "stripe",
        "stripe.RateLimitError",
        (
            "Request req_1a2B3c4D5e: Too many requests hit the API too quickly. We "
            "recommend an exponential backoff of your requests."
        ),
        429,
        T,
    ),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: No such customer: 'cus_Q1w2E3r4'", 404, P),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Missing required param: amount.", 400, V),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Invalid integer: abc", 400, V),
    ("stripe", "stripe.AuthenticationError", "Invalid API Key provided: sk_test_****1234", 401, P),
    (
        "stripe",
        "stripe.PermissionError",
        (
            "Request req_1a2B3c4D5e: The provided key 'rk_live_*****1234' does not "
            "have the required permissions for this endpoint on account "
            "'acct_1A2b3C'. Having the 'rak_charge_write' permission would allow "
            "this request to continue."
        ),
        403,
        P,
    ),
    (
        "stripe",
        "stripe.APIConnectionError",
        (
            "Unexpected error communicating with Stripe. If this problem persists,\n"
            "let us know at support@stripe.com.\n\n(Network error: ConnectionError: "
            "HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out.)"
        ),
        None,
        T,
    ),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Amount must be at least $0.50 usd", 400, V),
    ("stripe", "stripe.APIError", "Request req_1a2B3c4D5e: An unknown error occurred", 500, T),
    (
        "stripe",
        "stripe.IdempotencyError",
        (
            "Request req_1a2B3c4D5e: Keys for idempotent requests can only be used "
            "with the same parameters they were first used with. Try using a key "
            "other than 'order-991' if you meant to execute a different request."
        ),
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: There is currently another in-progress "
            "request using this Stripe-Idempotency-Key (that is, another request "
            "with the same Idempotency-Key). Please try again later."
        ),
        409,
        T,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card does not support this type of purchase.", 402, V),
    (
        "stripe",
        "stripe.InvalidRequestError",
        "Request req_1a2B3c4D5e: Your account cannot currently make live charges.",
        400,
        P,
    ),
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(
    ("library", "exc_type", "message", "status", "label"),
    TEMPLATES,
    ids=[f"{row[0]}-{i}" for i, row in enumerate(TEMPLATES)],
)
def test_client_template_is_classified_by_its_meaning(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    category, rule = verdict_of(clf, exc_type, message, status)
    assert category is label, f"{library}: {rule}"


# Each rule this sweep added, with the weaker evidence that decided before it (the code alone, a phrase, the class).
@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule"),
    [
        # "... Please select a different name and try again." said 'transient' (message.network) before the code
        (
            "botocore.exceptions.ClientError",
            "An error occurred (BucketAlreadyExists) when calling the CreateBucket operation: The requested bucket "
            "name is not available. The bucket namespace is shared by all users of the system. Please select a "
            "different name and try again.",
            409,
            V,
            "vendor.aws.BucketAlreadyExists",
        ),
        # the 400 alone said 'validation'
        (
            "botocore.errorfactory.DecryptionFailure",
            "An error occurred (DecryptionFailure) when calling the GetSecretValue operation: Secrets Manager can't "
            "decrypt the protected secret text using the provided KMS key.",
            400,
            P,
            "vendor.aws.DecryptionFailure",
        ),
        # InvalidRequestException alone says 'validation'
        (
            "botocore.errorfactory.InvalidRequestException",
            "An error occurred (InvalidRequestException) when calling the GetSecretValue operation: You can't perform "
            "this operation on the secret because it was marked for deletion.",
            400,
            P,
            "code.InvalidRequestException.pending_deletion",
        ),
        # _INVALID_ARG alone says 'validation'
        (
            "confluent_kafka.KafkaException",
            'KafkaError{code=_INVALID_ARG,val=-186,str="No such configuration property: \\"bootstrap.server\\""}',
            None,
            P,
            "code._INVALID_ARG.configuration_property",
        ),
        # Kubernetes' BadRequest reason alone says 'validation'
        (
            "kubernetes.client.exceptions.ApiException",
            '(400)\nReason: Bad Request\nHTTP response headers: HTTPHeaderDict({})\nHTTP response body: {"kind":'
            '"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"container \\"worker\\" in pod '
            '\\"worker-7f9c\\" is waiting to start: ContainerCreating","reason":"BadRequest","code":400}\n',
            400,
            T,
            "vendor.kubernetes.BadRequest.container_starting",
        ),
        # anthropic.BadRequestError alone says 'validation'
        (
            "anthropic.BadRequestError",
            "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'You have "
            "reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.'}}",
            400,
            R,
            "message.credits",
        ),
    ],
)
def test_template_rule_beats_the_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)


def test_a_container_that_cannot_pull_its_image_is_not_starting(clf: Classifier) -> None:
    """Only the waiting reasons of a container being created are transient, not an image that cannot be pulled."""
    message = (
        '(400)\nReason: Bad Request\nHTTP response headers: HTTPHeaderDict({})\nHTTP response body: {"kind":"Status",'
        '"status":"Failure","message":"container \\"worker\\" in pod \\"worker-7f9c\\" is waiting to start: trying and '
        'failing to pull image","reason":"BadRequest","code":400}\n'
    )
    assert verdict_of(clf, "kubernetes.client.exceptions.ApiException", message, 400)[0] is not T
