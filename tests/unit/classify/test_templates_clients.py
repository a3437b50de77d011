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
    (
        "aws-lambda",
        "botocore.errorfactory.KMSAccessDeniedException",
        (
            "An error occurred (KMSAccessDeniedException) when calling the Invoke "
            "operation: Lambda was unable to decrypt the environment variables "
            "because KMS access was denied. Please check the function's KMS key "
            "settings. KMS Exception: AccessDeniedException KMS Message: The "
            "ciphertext refers to a customer master key that does not exist, does "
            "not exist in this region, or you are not allowed to access."
        ),
        502,
        P,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.EC2ThrottledException",
        (
            "An error occurred (EC2ThrottledException) when calling the Invoke "
            "operation: Lambda was throttled by Amazon EC2 during Lambda function "
            "initialization using the execution role provided for the function."
        ),
        502,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.ENILimitReachedException",
        (
            "An error occurred (ENILimitReachedException) when calling the Invoke "
            "operation: Lambda was not able to create an Elastic Network Interface "
            "(ENI) in the VPC, specified as part of Lambda function configuration, "
            "because the limit for network interfaces has been reached."
        ),
        502,
        R,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.SubnetIPAddressLimitReachedException",
        (
            "An error occurred (SubnetIPAddressLimitReachedException) when calling "
            "the Invoke operation: Lambda was not able to set up VPC access for "
            "the Lambda function because one or more configured subnets has no "
            "available IP addresses."
        ),
        502,
        R,
    ),
    (
        "aws-sts",
        "botocore.errorfactory.IDPCommunicationErrorException",
        (
            "An error occurred (IDPCommunicationError) when calling the "
            "AssumeRoleWithWebIdentity operation: Couldn't retrieve verification "
            "key from your identity provider,  please reference "
            "AssumeRoleWithWebIdentity documentation for requirements"
        ),
        400,
        T,
    ),
    (
        "aws-sts",
        "botocore.errorfactory.InvalidIdentityTokenException",
        (
            "An error occurred (InvalidIdentityToken) when calling the "
            "AssumeRoleWithWebIdentity operation: Incorrect token audience"
        ),
        400,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (NoSuchUpload) when calling the "
            "CompleteMultipartUpload operation: The specified upload does not "
            "exist. The upload ID may be invalid, or the upload may have been "
            "aborted or completed."
        ),
        404,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidRange) when calling the GetObject "
            "operation: The requested range is not satisfiable"
        ),
        416,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (OperationAborted) when calling the PutBucketPolicy "
            "operation: A conflicting conditional operation is currently in "
            "progress against this resource. Please try again."
        ),
        409,
        T,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (TooManyBuckets) when calling the CreateBucket "
            "operation: You have attempted to create more buckets than allowed"
        ),
        400,
        R,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (PermanentRedirect) when calling the ListObjectsV2 "
            "operation: The bucket you are attempting to access must be addressed "
            "using the specified endpoint. Please send all future requests to this endpoint."
        ),
        301,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AuthorizationHeaderMalformed) when calling the "
            "ListObjectsV2 operation: The authorization header is malformed; the "
            "region 'us-east-1' is wrong; expecting 'eu-west-1'"
        ),
        400,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (BadDigest) when calling the PutObject operation: "
            "The Content-MD5 you specified did not match what we received."
        ),
        400,
        V,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (IllegalLocationConstraintException) when calling "
            "the CreateBucket operation: The unspecified location constraint is "
            "incompatible for the region specific endpoint this request was sent to."
        ),
        400,
        P,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDenied) when calling the ListObjectsV2 "
            "operation: User: arn:aws:sts::123456789012:assumed-role/etl/i-0abc is "
            "not authorized to perform: s3:ListBucket on resource: "
            '"arn:aws:s3:::acme-raw" with an explicit deny in a service control policy'
        ),
        403,
        P,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ResourceInUseException",
        (
            "An error occurred (ResourceInUseException) when calling the "
            "CreateTable operation: Table already exists: orders"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ResourceInUseException",
        (
            "An error occurred (ResourceInUseException) when calling the "
            "DeleteTable operation: Attempt to change a resource which is still in "
            "use: Table is being created: orders"
        ),
        400,
        T,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the GetItem "
            "operation: The provided key element does not match the schema"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the PutItem "
            "operation: One or more parameter values were invalid: An "
            "AttributeValue may not contain an empty string"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the UpdateItem "
            "operation: Invalid UpdateExpression: Attribute name is a reserved "
            "keyword; reserved keyword: status"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the Query "
            "operation: Cannot do operations on a non-existent table"
        ),
        400,
        P,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (UnrecognizedClientException) when calling the "
            "Query operation: The security token included in the request is invalid."
        ),
        400,
        P,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDeniedException) when calling the PutItem "
            "operation: User: arn:aws:sts::123456789012:assumed-role/etl/i-0abc is "
            "not authorized to perform: dynamodb:PutItem on resource: "
            "arn:aws:dynamodb:us-east-1:123456789012:table/orders because no "
            "identity-based policy allows the dynamodb:PutItem action"
        ),
        400,
        P,
    ),
    (
        "aws-sqs",
        "botocore.errorfactory.TooManyEntriesInBatchRequest",
        (
            "An error occurred (AWS.SimpleQueueService.TooManyEntriesInBatchRequest"
            ") when calling the SendMessageBatch operation: Maximum number of "
            "entries per request are 10. You have sent 15."
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.errorfactory.BatchEntryIdsNotDistinct",
        (
            "An error occurred (AWS.SimpleQueueService.BatchEntryIdsNotDistinct) "
            "when calling the SendMessageBatch operation: Id msg-1 repeated."
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterValue) when calling the "
            "ReceiveMessage operation: Value 30 for parameter WaitTimeSeconds is "
            "invalid. Reason: Must be >= 0 and <= 20, if provided."
        ),
        400,
        V,
    ),
    (
        "aws-sqs",
        "botocore.errorfactory.PurgeQueueInProgress",
        (
            "An error occurred (AWS.SimpleQueueService.PurgeQueueInProgress) when "
            "calling the PurgeQueue operation: Only one PurgeQueue operation on "
            "orders is allowed every 60 seconds."
        ),
        403,
        T,
    ),
    (
        "aws-sqs",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDenied) when calling the SendMessage "
            "operation: Access to the resource "
            "https://sqs.us-east-1.amazonaws.com/123456789012/orders is denied."
        ),
        403,
        P,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.InvalidParameterException",
        ("An error occurred (InvalidParameter) when calling the Subscribe operation: Invalid parameter: Email address"),
        400,
        V,
    ),
    (
        "aws-sns",
        "botocore.errorfactory.PlatformApplicationDisabledException",
        (
            "An error occurred (PlatformApplicationDisabled) when calling the "
            "Publish operation: Platform application is disabled"
        ),
        400,
        P,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.KMSThrottlingException",
        (
            "An error occurred (KMSThrottlingException) when calling the PutRecord "
            "operation: The request was denied due to request throttling."
        ),
        400,
        T,
    ),
    (
        "aws-kinesis",
        "botocore.errorfactory.LimitExceededException",
        (
            "An error occurred (LimitExceededException) when calling the "
            "CreateStream operation: This request would exceed the shard limit for "
            "the account 123456789012 in us-east-1. Current shard count for the "
            "account: 500. Limit: 500. Number of additional shards that would have "
            "resulted from this request: 4."
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InsufficientFreeAddressesInSubnet) when calling "
            "the RunInstances operation: The specified subnet does not have enough "
            "free addresses to satisfy the request."
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidSubnetID.NotFound) when calling the "
            "RunInstances operation: The subnet ID 'subnet-0abc123' does not exist"
        ),
        400,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (MaxSpotInstanceCountExceeded) when calling the "
            "RequestSpotInstances operation: Max spot instance count exceeded"
        ),
        400,
        R,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (Unsupported) when calling the RunInstances "
            "operation: Your requested instance type (p4d.24xlarge) is not "
            "supported in your requested Availability Zone (us-east-1e). Please "
            "retry your request by not specifying an Availability Zone or choosing "
            "us-east-1a, us-east-1b, us-east-1c."
        ),
        400,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterCombination) when calling the "
            "RunInstances operation: Network interfaces and an instance-level "
            "security groups may not be specified on the same request"
        ),
        400,
        V,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (OptInRequired) when calling the DescribeInstances "
            "operation: You are not subscribed to this service. Please go to "
            "http://aws.amazon.com to subscribe."
        ),
        401,
        P,
    ),
    (
        "aws-ec2",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidGroup.Duplicate) when calling the "
            "CreateSecurityGroup operation: The security group 'web' already "
            "exists for VPC 'vpc-0abc123'"
        ),
        400,
        V,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "GetSecretValue operation: Secrets Manager can't find the specified "
            "secret value for staging label: AWSCURRENT"
        ),
        400,
        P,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.InternalServiceError",
        (
            "An error occurred (InternalServiceError) when calling the "
            "GetSecretValue operation: An error occurred on the server side."
        ),
        500,
        T,
    ),
    (
        "aws-secretsmanager",
        "botocore.exceptions.ClientError",
        ("An error occurred (ThrottlingException) when calling the GetSecretValue operation: Rate exceeded"),
        400,
        T,
    ),
    (
        "aws-secretsmanager",
        "botocore.errorfactory.LimitExceededException",
        (
            "An error occurred (LimitExceededException) when calling the "
            "CreateSecret operation: You have exceeded the maximum number of "
            "secrets allowed for this account."
        ),
        400,
        R,
    ),
    (
        "aws-logs",
        "botocore.errorfactory.ResourceAlreadyExistsException",
        (
            "An error occurred (ResourceAlreadyExistsException) when calling the "
            "CreateLogGroup operation: The specified log group already exists"
        ),
        400,
        V,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ThrottlingException",
        (
            "An error occurred (ThrottlingException) when calling the InvokeModel "
            "operation (reached max retries: 4): Too many requests, please wait "
            "before trying again."
        ),
        429,
        T,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ValidationException",
        (
            "An error occurred (ValidationException) when calling the InvokeModel "
            "operation: Input is too long for requested model."
        ),
        400,
        V,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.AccessDeniedException",
        (
            "An error occurred (AccessDeniedException) when calling the "
            "InvokeModel operation: You don't have access to the model with the "
            "specified model ID."
        ),
        403,
        P,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ServiceUnavailableException",
        (
            "An error occurred (ServiceUnavailableException) when calling the "
            "InvokeModel operation: Bedrock is unable to process your request."
        ),
        503,
        T,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ModelNotReadyException",
        (
            "An error occurred (ModelNotReadyException) when calling the "
            "InvokeModel operation: Model is not ready for inference. Wait and try "
            "your request again. Refer to "
            "https://docs.aws.amazon.com/bedrock/latest/userguide/invoke-imported-m"
            "odel.html#handle-model-not-ready-exception."
        ),
        429,
        T,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ModelErrorException",
        (
            "An error occurred (ModelErrorException) when calling the InvokeModel "
            "operation: The system encountered an unexpected error during "
            "processing. Try your request again."
        ),
        424,
        T,
    ),
    (
        "aws-bedrock",
        "botocore.errorfactory.ServiceQuotaExceededException",
        (
            "An error occurred (ServiceQuotaExceededException) when calling the "
            "CreateModelCustomizationJob operation: Your request exceeds the "
            "service quota for your account. You can view your quotas at Viewing "
            "service quotas. You can resubmit your request later."
        ),
        400,
        R,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        ("An error occurred (503) when calling the HeadObject operation (reached max retries: 4): Service Unavailable"),
        503,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        "An error occurred (404) when calling the HeadObject operation: Not Found",
        404,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        "An error occurred (403) when calling the HeadObject operation: Forbidden",
        403,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.CredentialRetrievalError",
        (
            "Error when retrieving credentials from container-role: Error "
            "retrieving metadata: Received error when attempting to retrieve "
            "container metadata: Connect timeout on endpoint URL: "
            '"http://169.254.170.2/v2/credentials/3f1c2a9e"'
        ),
        None,
        T,
    ),
    ("botocore", "botocore.exceptions.InvalidConfigError", 'The source profile "base" must have credentials.', None, P),
    ("botocore", "botocore.exceptions.DataNotFoundError", "Unable to load data for: endpoints", None, P),
    (
        "requests",
        "requests.exceptions.ConnectionError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 113] No "
            "route to host'))"
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
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 101] "
            "Network is unreachable'))"
        ),
        None,
        T,
    ),
    (
        "requests",
        "requests.exceptions.SSLError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by SSLError(SSLError(1, '[SSL: "
            "TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)')))"
        ),
        None,
        P,
    ),
    (
        "requests",
        "requests.exceptions.RetryError",
        (
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1/orders (Caused by ResponseError('too many 429 "
            "error responses'))"
        ),
        None,
        T,
    ),
    ("requests", "requests.exceptions.InvalidURL", "Failed to parse: https://api.acme.test:abc/v1", None, V),
    ("requests", "requests.exceptions.InvalidJSONError", "Out of range float values are not JSON compliant", None, V),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "500 Server Error: Internal Server Error for url: https://api.acme.test/v1/orders",
        500,
        T,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "413 Client Error: Payload Too Large for url: https://api.acme.test/v1/orders",
        413,
        V,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "405 Client Error: Method Not Allowed for url: https://api.acme.test/v1/orders",
        405,
        P,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "410 Client Error: Gone for url: https://api.acme.test/v1/orders",
        410,
        P,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "400 Client Error: Bad Request for url: https://api.acme.test/v1/orders",
        400,
        V,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        ("507 Server Error: Insufficient Storage for url: https://dav.acme.test/exports/orders.csv"),
        507,
        R,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "408 Client Error: Request Timeout for url: https://api.acme.test/v1/orders",
        408,
        T,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "504 Server Error: Gateway Timeout for url: https://api.acme.test/v1/orders",
        504,
        T,
    ),
    (
        "requests",
        "requests.exceptions.HTTPError",
        "501 Server Error: Not Implemented for url: https://api.acme.test/v1/orders",
        501,
        P,
    ),
    (
        "urllib3",
        "urllib3.exceptions.NewConnectionError",
        (
            "<urllib3.connection.HTTPConnection object at 0x7f3a2c1b9d50>: Failed "
            "to establish a new connection: [Errno 111] Connection refused"
        ),
        None,
        T,
    ),
    (
        "urllib3",
        "urllib3.exceptions.ReadTimeoutError",
        ("HTTPSConnectionPool(host='api.acme.test', port=443): Read timed out. (read timeout=30)"),
        None,
        T,
    ),
    (
        "urllib3",
        "urllib3.exceptions.ProxySchemeUnknown",
        "Proxy URL had no scheme, should start with http:// or https://",
        None,
        P,
    ),
    ("urllib3", "urllib3.exceptions.InvalidChunkLength", "InvalidChunkLength(got length b'', 0 bytes read)", None, T),
    ("urllib3", "urllib3.exceptions.IncompleteRead", "IncompleteRead(1024 bytes read, 2048 more expected)", None, T),
    ("httpx", "httpx.ConnectTimeout", "timed out", None, T),
    ("httpx", "httpx.WriteTimeout", "", None, T),
    ("httpx", "httpx.ReadError", "[Errno 104] Connection reset by peer", None, T),
    ("httpx", "httpx.ReadError", "", None, T),
    (
        "httpx",
        "httpx.ConnectError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to "
            "get local issuer certificate (_ssl.c:1006)"
        ),
        None,
        P,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '429 Too Many Requests' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429"
        ),
        429,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Server error '500 Internal Server Error' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/500"
        ),
        500,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '401 Unauthorized' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401"
        ),
        401,
        P,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Server error '503 Service Unavailable' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503"
        ),
        503,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '400 Bad Request' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400"
        ),
        400,
        V,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Client error '413 Request Entity Too Large' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/413"
        ),
        413,
        V,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "503, message='Service Unavailable', url='https://api.acme.test/v1/orders'",
        503,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "403, message='Forbidden', url='https://api.acme.test/v1/orders'",
        403,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "400, message='Bad Request', url='https://api.acme.test/v1/orders'",
        400,
        V,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorSSLError",
        (
            "Cannot connect to host api.acme.test:443 ssl:default [[SSL: "
            "WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)]"
        ),
        None,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorError",
        "Cannot connect to host api.acme.test:443 ssl:default [Network is unreachable]",
        None,
        T,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ClientOSError", "[Errno 32] Broken pipe", None, T),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientPayloadError",
        (
            "Response payload is not completed: <TransferEncodingError: 400, "
            "message='Not enough data for satisfy transfer length header.'>"
        ),
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorError",
        ("Cannot connect to host api.acme.test:443 ssl:default [Connect call failed ('10.0.0.5', 443)]"),
        None,
        T,
    ),
    ("aiohttp", "asyncio.exceptions.TimeoutError", "", None, T),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "Connection reset by peer"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Connection reset by peer", '
            'grpc_status:14, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "upstream connect error or '
            'disconnect/reset before headers. reset reason: connection failure"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"upstream connect error or '
            'disconnect/reset before headers. reset reason: connection failure", '
            'grpc_status:14, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "Broken pipe"\n\tdebug_error_string = '
            '"UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"Broken pipe", grpc_status:14, '
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
            'StatusCode.UNKNOWN\n\tdetails = "Exception calling application: '
            'division by zero"\n\tdebug_error_string = "UNKNOWN:Error received from '
            'peer ipv4:10.0.0.5:50051 {grpc_message:"Exception calling '
            'application: division by zero", grpc_status:2, '
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
            'StatusCode.UNKNOWN\n\tdetails = "Stream removed"\n\tdebug_error_string = '
            '"UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"Stream removed", grpc_status:2, '
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
            'StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "Sent message larger than '
            'max (10485760 vs. 4194304)"\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Sent message '
            'larger than max (10485760 vs. 4194304)", grpc_status:8, '
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
            'StatusCode.UNAUTHENTICATED\n\tdetails = "Request is missing required '
            "authentication credential. Expected OAuth 2 access token, login "
            'cookie or other valid authentication credential."\n\tdebug_error_string '
            '= "UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"Request is missing required authentication credential. '
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
            'StatusCode.PERMISSION_DENIED\n\tdetails = "Permission '
            "'pubsub.topics.publish' denied on resource "
            "'projects/acme/topics/orders' (or it may not exist).\"\n"
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            "ipv4:10.0.0.5:50051 {grpc_message:\"Permission 'pubsub.topics.publish' "
            "denied on resource 'projects/acme/topics/orders' (or it may not "
            'exist).", grpc_status:7, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.INVALID_ARGUMENT\n\tdetails = "Request payload size exceeds '
            'the limit: 10485760 bytes."\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Request payload '
            'size exceeds the limit: 10485760 bytes.", grpc_status:3, '
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
            'StatusCode.UNIMPLEMENTED\n\tdetails = "unknown service '
            'orders.v1.OrderService"\n\tdebug_error_string = "UNKNOWN:Error received '
            'from peer ipv4:10.0.0.5:50051 {grpc_message:"unknown service '
            'orders.v1.OrderService", grpc_status:12, '
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
            'StatusCode.INTERNAL\n\tdetails = "RST_STREAM closed stream. HTTP/2 '
            'error code: INTERNAL_ERROR"\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"RST_STREAM '
            'closed stream. HTTP/2 error code: INTERNAL_ERROR", grpc_status:13, '
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
            'StatusCode.UNAVAILABLE\n\tdetails = "keepalive watchdog timeout"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"keepalive watchdog timeout", '
            'grpc_status:14, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "GOAWAY received"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"GOAWAY received", grpc_status:14, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    ("kafka-python", "kafka.errors.NodeNotReadyError", "NodeNotReadyError: 1", None, T),
    (
        "kafka-python",
        "kafka.errors.KafkaTimeoutError",
        "KafkaTimeoutError: Timeout after waiting for 60 secs.",
        None,
        T,
    ),
    ("kafka-python", "kafka.errors.RecordListTooLargeError", "[Error 18] RecordListTooLargeError", None, V),
    (
        "kafka-python",
        "kafka.errors.AuthenticationFailedError",
        "AuthenticationFailedError: Authentication failed for user etl",
        None,
        P,
    ),
    ("kafka-python", "kafka.errors.UnsupportedVersionError", "[Error 35] UnsupportedVersionError", None, P),
    ("kafka-python", "kafka.errors.NotEnoughReplicasError", "[Error 19] NotEnoughReplicasError", None, T),
    (
        "aiokafka",
        "aiokafka.errors.IllegalStateError",
        ("IllegalStateError: Subscription to topics, partitions and pattern are mutually exclusive"),
        None,
        P,
    ),
    ("aiokafka", "aiokafka.errors.UnknownMemberIdError", "[Error 25] UnknownMemberIdError", None, T),
    ("aiokafka", "aiokafka.errors.RebalanceInProgressError", "[Error 27] RebalanceInProgressError", None, T),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_TIMED_OUT,val=-185,str="Failed while waiting for response from broker: Local: Timed out"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=_UNKNOWN_TOPIC,val=-188,str="Subscribed topic not '
            'available: orders: Broker: Unknown topic or partition"}'
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=GROUP_AUTHORIZATION_FAILED,val=30,str="FindCoordinator'
            ' response error: Group authorization failed."}'
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=_SSL,val=-181,str="ssl://kafka-1:9093/bootstrap: SSL '
            "handshake failed: ssl/statem/statem_clnt.c:1890:tls_post_process_serve"
            "r_certificate error:0A000086:SSL routines::certificate verify failed: "
            "broker certificate could not be verified, verify that ssl.ca.location "
            "is correctly configured or root CA certificates are installed "
            '(install ca-certificates package) (after 8ms in state SSL_HANDSHAKE)"}'
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=_RESOLVE,val=-193,str="kafka-1:9092/bootstrap: Failed '
            "to resolve 'kafka-1:9092': Temporary failure in name resolution "
            '(after 10ms in state CONNECT)"}'
        ),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=REBALANCE_IN_PROGRESS,val=27,str="Commit failed: Broker: Group rebalance in progress"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=NOT_ENOUGH_REPLICAS,val=19,str="Broker: Not enough in-sync replicas"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=RECORD_LIST_TOO_LARGE,val=18,str="Broker: Message '
            'batch larger than configured server segment size"}'
        ),
        None,
        V,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=_MAX_POLL_EXCEEDED,val=-147,str="Application maximum '
            'poll interval (300000ms) exceeded by 120ms"}'
        ),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=UNKNOWN_MEMBER_ID,val=25,str="Commit failed: Broker: Unknown member"}'),
        None,
        T,
    ),
    (
        "pika",
        "pika.exceptions.AMQPConnectionError",
        ("(AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'),)"),
        None,
        T,
    ),
    (
        "pika",
        "pika.exceptions.ConnectionClosedByBroker",
        "(320, 'CONNECTION_FORCED - Closed via management plugin')",
        None,
        T,
    ),
    ("pika", "pika.exceptions.StreamLostError", "Transport indicated EOF", None, T),
    (
        "pika",
        "pika.exceptions.ChannelClosedByBroker",
        "(404, \"NOT_FOUND - no exchange 'orders' in vhost 'prod'\")",
        None,
        P,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.ConnectionNotAllowed",
        "NOT_ALLOWED - access to vhost 'prod' refused for user 'etl'",
        None,
        P,
    ),
    ("aio-pika", "aiormq.exceptions.ChannelInvalidStateError", "Channel closed by RPC timeout", None, T),
    (
        "google-api-core",
        "google.api_core.exceptions.BadRequest",
        (
            "400 Error while reading data, error message: JSON table encountered "
            "too many errors, giving up. Rows: 1; errors: 1. Please look into the "
            "errors[] collection for more details."
        ),
        400,
        V,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.BadRequest",
        (
            "400 Provided Schema does not match Table acme:sales.orders. Field "
            "amount has changed type from NUMERIC to STRING"
        ),
        400,
        V,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        ("403 Access Denied: BigQuery BigQuery: Permission denied while getting Drive credentials."),
        403,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ResourceExhausted",
        "429 Received message larger than max (5000000 vs. 4194304)",
        429,
        V,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.TooManyRequests",
        (
            "429 Exceeded rate limits: too many api requests per user per method "
            "for this user_method. For more information, see "
            "https://cloud.google.com/bigquery/docs/troubleshoot-quotas"
        ),
        429,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 GET https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders."
            "csv?alt=media: etl@acme.iam.gserviceaccount.com does not have "
            "storage.objects.get access to the Google Cloud Storage object. "
            "Permission 'storage.objects.get' denied on resource (or it may not exist)."
        ),
        403,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ServiceUnavailable",
        ("503 Visibility check was unavailable. Please retry the request and contact support if the problem persists"),
        503,
        T,
    ),
    ("google-api-core", "google.api_core.exceptions.Unknown", "None Stream removed", None, T),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.NotFound",
        (
            "404 GET https://storage.googleapis.com/storage/v1/b/acme-raw?projectio"
            "n=noAcl&prettyPrint=false: The specified bucket does not exist."
        ),
        404,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.BadRequest",
        (
            "400 Billing has not been enabled for this project. Enable billing at "
            "https://console.cloud.google.com/billing. DML queries are not allowed "
            "in the free tier. Set up a billing account to remove this restriction."
        ),
        400,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.PermissionDenied",
        (
            "403 Cloud Pub/Sub API has not been used in project 123456 before or "
            "it is disabled. Enable it by visiting "
            "https://console.developers.google.com/apis/api/pubsub.googleapis.com/o"
            "verview?project=123456 then retry. If you enabled this API recently, "
            "wait a few minutes for the action to propagate to our systems and retry."
        ),
        403,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Aborted",
        ("409 Transaction was aborted. It was wounded by a higher priority transaction due to lock conflict."),
        409,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.AlreadyExists",
        "409 Resource already exists in the project (resource=orders).",
        409,
        V,
    ),
    ("google-api-core", "google.api_core.exceptions.NotFound", "404 Resource not found (resource=orders).", 404, P),
    (
        "google-auth",
        "google.auth.exceptions.TransportError",
        (
            "HTTPSConnectionPool(host='oauth2.googleapis.com', port=443): Max "
            "retries exceeded with url: /token (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 110] "
            "Connection timed out'))"
        ),
        None,
        T,
    ),
    (
        "google-auth",
        "google.auth.exceptions.RefreshError",
        (
            "('Unable to acquire impersonated credentials', '{\\n  \"error\": {\\n    "
            '"code": 403,\\n    "message": "Permission '
            "\\'iam.serviceAccounts.getAccessToken\\' denied on resource (or it may "
            'not exist).",\\n    "status": "PERMISSION_DENIED"\\n  }\\n}\\n\')'
        ),
        None,
        P,
    ),
    (
        "google-auth",
        "google.auth.exceptions.RefreshError",
        (
            "Failed to retrieve http://metadata.google.internal/computeMetadata/v1/"
            "instance/service-accounts/default/token?scopes=https%3A%2F%2Fwww.googl"
            "eapis.com%2Fauth%2Fcloud-platform from the Google Compute Engine "
            "metadata service. Status: 500 Response:\nb'Internal Server Error'"
        ),
        None,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(OperationNotAllowed) Operation could not be completed as it results "
            "in exceeding approved Total Regional Cores quota. Additional details "
            "- Deployment Model: Resource Manager, Location: westeurope, Current "
            "Limit: 20, Current Usage: 18, Additional Required: 4, (Minimum) New "
            "Limit Required: 22.\nCode: OperationNotAllowed\nMessage: Operation "
            "could not be completed as it results in exceeding approved Total "
            "Regional Cores quota. Additional details - Deployment Model: Resource "
            "Manager, Location: westeurope, Current Limit: 20, Current Usage: 18, "
            "Additional Required: 4, (Minimum) New Limit Required: 22."
        ),
        409,
        R,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(SkuNotAvailable) The requested size for resource "
            "'/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Comput"
            "e/virtualMachines/vm1' is currently not available in location "
            "'westeurope' zones '1' for subscription '0000'. Please try another "
            "size or deploy to a different location or zones. See "
            "https://aka.ms/azureskunotavailable for details.\nCode: "
            "SkuNotAvailable\nMessage: The requested size for resource "
            "'/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Comput"
            "e/virtualMachines/vm1' is currently not available in location "
            "'westeurope' zones '1' for subscription '0000'. Please try another "
            "size or deploy to a different location or zones. See "
            "https://aka.ms/azureskunotavailable for details."
        ),
        409,
        R,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(AllocationFailed) Allocation failed. We do not have sufficient "
            "capacity for the requested VM size in this region. Read more about "
            "improving likelihood of allocation success at "
            "http://aka.ms/allocation-guidance\nCode: AllocationFailed\nMessage: "
            "Allocation failed. We do not have sufficient capacity for the "
            "requested VM size in this region. Read more about improving "
            "likelihood of allocation success at http://aka.ms/allocation-guidance"
        ),
        409,
        R,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(InvalidTemplateDeployment) The template deployment 'etl-infra' is "
            "not valid according to the validation procedure. The tracking id is "
            "'3f1c2a9e'. See inner errors for details.\nCode: "
            "InvalidTemplateDeployment\nMessage: The template deployment "
            "'etl-infra' is not valid according to the validation procedure. The "
            "tracking id is '3f1c2a9e'. See inner errors for details."
        ),
        400,
        V,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "(ResourceGroupNotFound) Resource group 'rg-data' could not be found.\n"
            "Code: ResourceGroupNotFound\nMessage: Resource group 'rg-data' could not be found."
        ),
        404,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceExistsError",
        (
            "(StorageAccountAlreadyTaken) The storage account named acmedata is "
            "already taken.\nCode: StorageAccountAlreadyTaken\nMessage: The storage "
            "account named acmedata is already taken."
        ),
        409,
        V,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(RequestDisallowedByPolicy) Resource 'vm1' was disallowed by policy. "
            'Policy identifiers: \'[{"policyAssignment":{"name":"Allowed '
            "locations\"}}]'.\nCode: RequestDisallowedByPolicy\nMessage: Resource "
            "'vm1' was disallowed by policy. Policy identifiers: "
            '\'[{"policyAssignment":{"name":"Allowed locations"}}]\'.'
        ),
        403,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "(InvalidAuthenticationToken) The access token is invalid.\nCode: "
            "InvalidAuthenticationToken\nMessage: The access token is invalid."
        ),
        401,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "(ExpiredAuthenticationToken) The access token expiry UTC time "
            "'11/29/2026 9:00:00 AM' is earlier than current UTC time '11/29/2026 "
            "10:00:00 AM'.\nCode: ExpiredAuthenticationToken\nMessage: The access "
            "token expiry UTC time '11/29/2026 9:00:00 AM' is earlier than current "
            "UTC time '11/29/2026 10:00:00 AM'."
        ),
        401,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(MissingSubscriptionRegistration) The subscription is not registered "
            "to use namespace 'Microsoft.ContainerInstance'. See "
            "https://aka.ms/rps-not-found for how to register subscriptions.\nCode: "
            "MissingSubscriptionRegistration\nMessage: The subscription is not "
            "registered to use namespace 'Microsoft.ContainerInstance'. See "
            "https://aka.ms/rps-not-found for how to register subscriptions."
        ),
        409,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(AnotherOperationInProgress) Another operation on this or dependent "
            "resource is in progress. To retrieve status of the operation use uri: "
            "https://management.azure.com/subscriptions/0000/providers/Microsoft.Ne"
            "twork/locations/westeurope/operations/3f1c?api-version=2023-09-01.\n"
            "Code: AnotherOperationInProgress\nMessage: Another operation on this "
            "or dependent resource is in progress. To retrieve status of the "
            "operation use uri: https://management.azure.com/subscriptions/0000/pro"
            "viders/Microsoft.Network/locations/westeurope/operations/3f1c?api-vers"
            "ion=2023-09-01."
        ),
        409,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        ("(RetryableError) A retryable error occurred.\nCode: RetryableError\nMessage: A retryable error occurred."),
        409,
        T,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "The specified blob does not exist.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:BlobNotFound"
        ),
        404,
        P,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ResourceExistsError",
        (
            "The specified container is being deleted. Try operation later.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ContainerBeingDeleted"
        ),
        409,
        T,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ResourceExistsError",
        (
            "The specified queue is being deleted.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:QueueBeingDeleted"
        ),
        409,
        T,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "The request body is too large and exceeds the maximum permissible "
            "limit.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:RequestBodyTooLarge"
        ),
        413,
        V,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "Operations per second is over the account limit.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ServerBusy"
        ),
        503,
        T,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "This request is not authorized to perform this operation.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:AuthorizationFailure"
        ),
        403,
        P,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "The specified account is disabled.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:AccountIsDisabled"
        ),
        403,
        P,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "The value for one of the HTTP headers is not in the correct format.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:InvalidHeaderValue"
        ),
        400,
        V,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessageSizeExceededError",
        (
            "The received message (delivery-id:0, size:300000 bytes) exceeds the "
            "limit (262144 bytes) currently allowed on the link."
        ),
        None,
        V,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.ServiceBusQuotaExceededError",
        (
            "The maximum entity size has been reached or exceeded for Topic: "
            "'acme:Topic:orders'. Size of entity in bytes:1073741824, Max entity "
            "size in bytes: 1073741824."
        ),
        None,
        R,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.ServiceBusAuthenticationError",
        (
            "Unauthorized access. 'Send' claim(s) are required to perform this "
            "operation. Resource: 'sb://acme.servicebus.windows.net/orders'."
        ),
        None,
        P,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessagingEntityNotFoundError",
        "The messaging entity 'sb://acme.servicebus.windows.net/orders' could not be found.",
        None,
        P,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.ServiceBusServerBusyError",
        (
            "The request was terminated because the entity is being throttled. "
            "Error code : 50009. Please wait 2 seconds and try again."
        ),
        None,
        T,
    ),
    (
        "azure-identity",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "DefaultAzureCredential failed to retrieve a token from the included "
            "credentials.\nAttempted credentials:\n\tEnvironmentCredential: "
            "EnvironmentCredential authentication unavailable. Environment "
            "variables are not fully configured.\n\tManagedIdentityCredential: "
            "ManagedIdentityCredential authentication unavailable, no response "
            "from the IMDS endpoint.\nTo mitigate this issue, please refer to the "
            "troubleshooting guidelines here at "
            "https://aka.ms/azsdk/python/identity/defaultazurecredential/troubleshoot."
        ),
        None,
        P,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(ServiceUnavailable) Message: {"Errors":["Service is currently '
            "unavailable. More info: "
            'https://aka.ms/cosmosdb-tsg-service-unavailable"]}\nActivityId: 9c1f, '
            "Microsoft.Azure.Documents.Common/2.14.0"
        ),
        503,
        T,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(Forbidden) Message: {"Errors":["Partition key reached maximum size '
            'of 20 GB. Learn more: https://aka.ms/CosmosDB/sql/errors/full-pk"]}\n'
            "ActivityId: 9c1f, Microsoft.Azure.Documents.Common/2.14.0"
        ),
        403,
        R,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(Forbidden) Message: {"Errors":["Request originated from IP '
            "203.0.113.7 through public internet. This is blocked by your Cosmos "
            "DB account firewall settings. More info: "
            'https://aka.ms/cosmosdb-tsg-forbidden"]}\nActivityId: 9c1f'
        ),
        403,
        P,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosHttpResponseError",
        (
            '(BadRequest) Message: {"Errors":["One of the specified inputs is '
            'invalid"]}\nActivityId: 9c1f, Microsoft.Azure.Documents.Common/2.14.0'
        ),
        400,
        V,
    ),
    (
        "azure-cosmos",
        "azure.cosmos.exceptions.CosmosResourceNotFoundError",
        (
            '(NotFound) Message: {"Errors":["Resource Not Found. Learn more: '
            'https://aka.ms/cosmosdb-tsg-not-found"]}\nActivityId: 9c1f, '
            "Microsoft.Azure.Documents.Common/2.14.0"
        ),
        404,
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
            'essage":"pods \\"worker-7f9c\\" is forbidden: error looking up service '
            'account etl/runner: serviceaccount \\"runner\\" not '
            'found","reason":"Forbidden","code":403}\n'
        ),
        403,
        P,
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
            'essage":"namespaces \\"etl\\" not found","reason":"NotFound","code":404}\n'
        ),
        404,
        P,
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
            'essage":"PersistentVolumeClaim \\"data\\" is invalid: spec: Forbidden: '
            "spec is immutable after creation except resources.requests for bound "
            'claims","reason":"Invalid","code":422}\n'
        ),
        422,
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
            'essage":"Operation cannot be fulfilled on resourcequotas \\"compute\\": '
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
            "(500)\nReason: Internal Server Error\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"etcdserver: request timed out","reason":"InternalError","code":500}\n'
        ),
        500,
        T,
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
            'essage":"etcdserver: leader changed","reason":"InternalError","code":500}\n'
        ),
        500,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(503)\nReason: Service Unavailable\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"the server is currently unable to handle the '
            'request","reason":"ServiceUnavailable","code":503}\n'
        ),
        503,
        T,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiException",
        (
            "(413)\nReason: Request Entity Too Large\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"etcdserver: request is too '
            'large","reason":"RequestEntityTooLarge","code":413}\n'
        ),
        413,
        V,
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
            'essage":"the server could not find the requested '
            'resource","reason":"NotFound","code":404}\n'
        ),
        404,
        P,
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
            'essage":"storage is (re)initializing","reason":"TooManyRequests","code":429}\n'
        ),
        429,
        T,
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
            'essage":"Internal error occurred: resource quota evaluation timed '
            'out","reason":"InternalError","code":500}\n'
        ),
        500,
        T,
    ),
    (
        "kubernetes",
        "urllib3.exceptions.MaxRetryError",
        (
            "HTTPSConnectionPool(host='10.96.0.1', port=443): Max retries exceeded "
            "with url: /api/v1/namespaces/etl/pods (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 111] "
            "Connection refused'))"
        ),
        None,
        T,
    ),
    (
        "docker",
        "docker.errors.DockerException",
        ("Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))"),
        None,
        P,
    ),
    (
        "docker",
        "docker.errors.NotFound",
        (
            "404 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Not Found "
            '("manifest for acme/etl:v9 not found: manifest unknown: manifest unknown")'
        ),
        404,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("Get \\"https://registry.acme.test/v2/\\": dial tcp '
            '10.0.0.9:443: connect: connection refused")'
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
            'Server Error ("Get \\"https://registry.acme.test/v2/\\": tls: failed to '
            'verify certificate: x509: certificate signed by unknown authority")'
        ),
        500,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "409 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Conflict "
            '("removal of container abc123 is already in progress")'
        ),
        409,
        T,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "400 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Bad Request "
            '("invalid mount config for type \\"bind\\": bind source path does not '
            'exist: /srv/data")'
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
            'Server Error ("toomanyrequests: Rate exceeded")'
        ),
        500,
        T,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"Invalid type for "
            "'max_tokens': expected an integer, but got a string instead.\", "
            "'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'invalid_type'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"'$.messages' is too short - "
            "'messages'\", 'type': 'invalid_request_error', 'param': None, "
            "'code': None}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"You uploaded an unsupported "
            "image. Please make sure your image is below 20 MB in size and is of "
            "one the following formats: ['png', 'jpeg', 'gif', 'webp'].\", "
            "'type': 'invalid_request_error', 'param': None, 'code': 'invalid_image_format'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.NotFoundError",
        (
            "Error code: 404 - {'error': {'message': 'No such File object: "
            "file-abc123', 'type': 'invalid_request_error', 'param': 'id', 'code': None}}"
        ),
        404,
        P,
    ),
    (
        "openai",
        "openai.AuthenticationError",
        (
            "Error code: 401 - {'error': {'message': \"You didn't provide an API "
            "key. You need to provide your API key in an Authorization header "
            "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the "
            "password field (with blank username) if you're accessing the API from "
            "your browser and are prompted for a username. You can obtain an API "
            "key from https://platform.openai.com/account/api-keys.\", 'type': "
            "'invalid_request_error', 'param': None, 'code': None}}"
        ),
        401,
        P,
    ),
    (
        "openai",
        "openai.OpenAIError",
        (
            "The api_key client option must be set either by passing api_key to "
            "the client or by setting the OPENAI_API_KEY environment variable"
        ),
        None,
        P,
    ),
    (
        "openai",
        "openai.InternalServerError",
        (
            "Error code: 502 - {'error': {'code': 502, 'message': 'Bad gateway.', "
            "'param': None, 'type': 'cf_bad_gateway'}}"
        ),
        502,
        T,
    ),
    (
        "openai",
        "openai.APIError",
        (
            "The server had an error processing your request. Sorry about that! "
            "You can retry your request, or contact us through our help center at "
            "help.openai.com if you keep seeing this error."
        ),
        None,
        T,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"This model's maximum context "
            "length is 16385 tokens. However, you requested 17000 tokens (15000 in "
            "the messages, 2000 in the completion). Please reduce the length of "
            "the messages or completion.\", 'type': 'invalid_request_error', "
            "'param': 'messages', 'code': 'context_length_exceeded'}}"
        ),
        400,
        V,
    ),
    (
        "azure-openai",
        "openai.RateLimitError",
        (
            "Error code: 429 - {'error': {'code': '429', 'message': 'Requests to "
            "the ChatCompletions_Create Operation under Azure OpenAI API version "
            "2024-02-01 have exceeded token rate limit of your current OpenAI S0 "
            "pricing tier. Please retry after 6 seconds. Please go here: "
            "https://aka.ms/oai/quotaincrease if you would like to further "
            "increase the default rate limit.'}}"
        ),
        429,
        T,
    ),
    (
        "azure-openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"The response was filtered "
            "due to the prompt triggering Azure OpenAI's content management "
            "policy. Please modify your prompt and retry. To learn more about our "
            "content filtering policies please read our documentation: "
            "https://go.microsoft.com/fwlink/?linkid=2198766\", 'type': None, "
            "'param': 'prompt', 'code': 'content_filter', 'status': 400}}"
        ),
        400,
        V,
    ),
    (
        "azure-openai",
        "openai.NotFoundError",
        (
            "Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': "
            "'The API deployment for this resource does not exist. If you created "
            "the deployment within the last 5 minutes, please wait a moment and try again.'}}"
        ),
        404,
        P,
    ),
    ("anthropic", "anthropic.APIConnectionError", "Connection error.", None, T),
    (
        "anthropic",
        "anthropic.APITimeoutError",
        (
            "Request timed out or interrupted. This could be due to a network "
            "timeout, dropped connection, or request cancellation. See "
            "https://docs.anthropic.com/en/api/errors#long-requests for more details."
        ),
        None,
        T,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': "
            "'messages.1.content.0.image.source.base64: image exceeds 5 MB "
            "maximum: 7340032 bytes > 5242880 bytes'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'messages.0.content: Input should "
            "be a valid list'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': '`temperature` and `top_p` cannot "
            "both be specified for this model. Please use only one.'}, "
            "'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.RateLimitError",
        (
            "Error code: 429 - {'type': 'error', 'error': {'type': "
            "'rate_limit_error', 'message': 'Number of request tokens has exceeded "
            "your per-minute rate limit "
            "(https://docs.anthropic.com/en/api/rate-limits); see the response "
            "headers for current usage. Please reduce the prompt length or the "
            "maximum tokens requested, or try again later. You may also contact "
            "sales at https://www.anthropic.com/contact-sales to discuss your "
            "options for a rate limit increase.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        429,
        T,
    ),
    (
        "anthropic",
        "anthropic.RateLimitError",
        (
            "Error code: 429 - {'type': 'error', 'error': {'type': "
            "'rate_limit_error', 'message': 'Number of concurrent connections has "
            "exceeded your rate limit. Please try again later or contact sales at "
            "https://www.anthropic.com/contact-sales to discuss your options for a "
            "rate limit increase.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        429,
        T,
    ),
    (
        "anthropic",
        "anthropic.PermissionDeniedError",
        (
            "Error code: 403 - {'type': 'error', 'error': {'type': "
            "'permission_error', 'message': 'This organization has been "
            "disabled.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        403,
        P,
    ),
    (
        "litellm",
        "litellm.RateLimitError",
        (
            'litellm.RateLimitError: VertexAIException - {\n  "error": {\n    '
            '"code": 429,\n    "message": "Resource exhausted. Please try again '
            "later. Please refer to "
            "https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 "
            'for more details.",\n    "status": "RESOURCE_EXHAUSTED"\n  }\n}\n'
        ),
        429,
        T,
    ),
    (
        "litellm",
        "litellm.InternalServerError",
        ("litellm.InternalServerError: AnthropicException - Overloaded. Handle with `litellm.InternalServerError`."),
        529,
        T,
    ),
    ("litellm", "litellm.APIError", "litellm.APIError: APIError: OpenAIException - Connection error.", 500, T),
    (
        "litellm",
        "litellm.UnsupportedParamsError",
        (
            "litellm.UnsupportedParamsError: openai does not support parameters: "
            "{'top_k': 40}, for model=gpt-4o. To drop these, set "
            "`litellm.drop_params=True` or for proxy:\n\n`litellm_settings:\n "
            "drop_params: true`\n"
        ),
        400,
        P,
    ),
    (
        "litellm",
        "litellm.AuthenticationError",
        (
            "litellm.AuthenticationError: Missing Anthropic API Key - A call is "
            "being made to anthropic but no key is set either in the environment "
            "variables or via params. Please set `ANTHROPIC_API_KEY` in your environment vars"
        ),
        401,
        P,
    ),
    (
        "litellm",
        "litellm.NotFoundError",
        (
            "litellm.NotFoundError: VertexAIException - Publisher Model "
            "`projects/acme/locations/us-central1/publishers/google/models/gemini-9` not found."
        ),
        404,
        P,
    ),
    (
        "litellm",
        "litellm.ContextWindowExceededError",
        ("litellm.ContextWindowExceededError: AnthropicException - prompt is too long: 210000 tokens > 200000 maximum"),
        400,
        V,
    ),
    (
        "litellm",
        "litellm.BudgetExceededError",
        "ExceededBudget: User=etl-bot over budget. Spend=10.52, Budget=10.0",
        None,
        R,
    ),
    (
        "litellm",
        "litellm.Timeout",
        ("litellm.Timeout: APITimeoutError - Request timed out. \nerror_str: Request timed out."),
        408,
        T,
    ),
    (
        "groq",
        "groq.AuthenticationError",
        (
            "Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': "
            "'invalid_request_error', 'code': 'invalid_api_key'}}"
        ),
        401,
        P,
    ),
    (
        "groq",
        "groq.NotFoundError",
        (
            "Error code: 404 - {'error': {'message': 'The model `llama-9` does not "
            "exist or you do not have access to it.', 'type': "
            "'invalid_request_error', 'code': 'model_not_found'}}"
        ),
        404,
        P,
    ),
    (
        "groq",
        "groq.APIStatusError",
        (
            "Error code: 498 - {'error': {'message': 'Flex Tier Capacity Exceeded. "
            "This model is currently at capacity on the flex tier. Please try "
            "again later.', 'type': 'internal_server_error', 'code': 'capacity_exceeded'}}"
        ),
        498,
        T,
    ),
    (
        "groq",
        "groq.PermissionDeniedError",
        ("Error code: 403 - {'error': {'message': 'Access denied. Please check your network settings.'}}"),
        403,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Request "
            "contains an invalid argument.', 'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ServerError",
        (
            "504 DEADLINE_EXCEEDED. {'error': {'code': 504, 'message': 'Deadline "
            "expired before operation could complete.', 'status': 'DEADLINE_EXCEEDED'}}"
        ),
        504,
        T,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "403 PERMISSION_DENIED. {'error': {'code': 403, 'message': \"Permission "
            "denied: Consumer 'api_key:AIzaSy' has been suspended.\", 'status': "
            "'PERMISSION_DENIED'}}"
        ),
        403,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': '* "
            "GenerateContentRequest.contents: contents is not specified\\n', "
            "'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'Gemini "
            "API free tier is not available in your country. Please enable billing "
            "on your project in Google AI Studio.', 'status': 'FAILED_PRECONDITION'}}"
        ),
        400,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ServerError",
        ("500 INTERNAL. {'error': {'code': 500, 'message': 'Internal error encountered.', 'status': 'INTERNAL'}}"),
        500,
        T,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Unable to "
            "submit request because it has an empty text parameter. Add a value to "
            "the parameter and try again. Learn more: "
            "https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/"
            "gemini', 'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Quota "
            "exceeded for aiplatform.googleapis.com/generate_content_requests_per_m"
            "inute_per_project_per_base_model with base model: gemini-1.5-pro. "
            "Please submit a quota increase request. "
            "https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.', "
            "'status': 'RESOURCE_EXHAUSTED'}}"
        ),
        429,
        T,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card number is incorrect.", 402, V),
    (
        "stripe",
        "stripe.CardError",
        ("Request req_1a2B3c4D5e: Your card was declined. Your request was in live mode, but used a known test card."),
        402,
        V,
    ),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: No such payment_intent: 'pi_3Q1w2E3r4'", 404, P),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Received unknown parameter: metdata", 400, V),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Invalid email address: not-an-email", 400, V),
    (
        "stripe",
        "stripe.InvalidRequestError",
        "Request req_1a2B3c4D5e: This value must be greater than or equal to 1.",
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: Invalid currency: usdd. Stripe currently "
            "supports these currencies: usd, aed, afn, all"
        ),
        400,
        V,
    ),
    ("stripe", "stripe.InvalidRequestError", "Request req_1a2B3c4D5e: Amount must be no more than $999,999.99", 400, V),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: Only Stripe Connect platforms can work with "
            "other accounts. If you specified a client_id parameter, make sure "
            "it's correct. If you need to setup a Stripe Connect platform, you can "
            "do so at https://dashboard.stripe.com/account/applications/settings."
        ),
        400,
        P,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: No such customer: 'cus_Q1w2E3r4'; a similar "
            "object exists in live mode, but a test mode key was used to make this request."
        ),
        400,
        P,
    ),
    (
        "stripe",
        "stripe.APIConnectionError",
        (
            "Could not connect to Stripe (https://api.stripe.com). Please check "
            "your internet connection and try again. If this problem persists, you "
            "should check Stripe's service status at "
            "https://twitter.com/stripestatus, or let us know at support@stripe.com."
        ),
        None,
        T,
    ),
    (
        "stripe",
        "stripe.AuthenticationError",
        (
            'No API key provided. (HINT: set your API key using "stripe.api_key = '
            '<API-KEY>"). You can generate API keys from the Stripe web interface. '
            "See https://stripe.com/api for details, or email support@stripe.com "
            "if you have any questions."
        ),
        None,
        P,
    ),
    (
        "stripe",
        "stripe.RateLimitError",
        (
            "Request req_1a2B3c4D5e: Request rate limit exceeded. Learn more about "
            "rate limits here https://stripe.com/docs/rate-limits."
        ),
        429,
        T,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: This account cannot currently make live "
            "charges. If you are a customer trying to make a purchase, please "
            "contact the owner of this site."
        ),
        400,
        P,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: The card has been declined for an unknown reason.", 402, V),
    (
        "stripe",
        "stripe.APIError",
        (
            "Request req_1a2B3c4D5e: Sorry, something went wrong. We've already "
            "been notified of the problem, but if you need any help, you can reach "
            "us at support.stripe.com/contact."
        ),
        500,
        T,
    ),
    (
        "aws-ecs",
        "botocore.errorfactory.ClientException",
        (
            "An error occurred (ClientException) when calling the CreateService "
            "operation: Unable to assume the service linked role. Please verify "
            "that the ECS service linked role exists."
        ),
        400,
        P,
    ),
    (
        "aws-ecs",
        "botocore.errorfactory.InvalidParameterException",
        (
            "An error occurred (InvalidParameterException) when calling the "
            "RunTask operation: No Container Instances were found in your cluster."
        ),
        400,
        R,
    ),
    (
        "aws-ecs",
        "botocore.errorfactory.ClusterNotFoundException",
        ("An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found."),
        400,
        P,
    ),
    (
        "aws-ecs",
        "botocore.errorfactory.ServerException",
        (
            "An error occurred (ServerException) when calling the RunTask "
            "operation: Service Unavailable. Please try again later."
        ),
        500,
        T,
    ),
    (
        "aws-ecs",
        "botocore.exceptions.ClientError",
        ("An error occurred (ThrottlingException) when calling the DescribeTasks operation: Rate exceeded"),
        400,
        T,
    ),
    (
        "aws-ecr",
        "botocore.errorfactory.RepositoryNotFoundException",
        (
            "An error occurred (RepositoryNotFoundException) when calling the "
            "DescribeImages operation: The repository with name 'etl' does not "
            "exist in the registry with id '123456789012'"
        ),
        400,
        P,
    ),
    (
        "aws-ecr",
        "botocore.errorfactory.ImageNotFoundException",
        (
            "An error occurred (ImageNotFoundException) when calling the "
            "BatchGetImage operation: The image with imageId {imageDigest:'null', "
            "imageTag:'v9'} does not exist within the repository with name 'etl' "
            "in the registry with id '123456789012'"
        ),
        400,
        P,
    ),
    (
        "aws-cloudformation",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationError) when calling the DescribeStacks "
            "operation: Stack with id etl does not exist"
        ),
        400,
        P,
    ),
    (
        "aws-cloudformation",
        "botocore.errorfactory.AlreadyExistsException",
        (
            "An error occurred (AlreadyExistsException) when calling the "
            "CreateStack operation: Stack [etl] already exists"
        ),
        400,
        V,
    ),
    (
        "aws-cloudformation",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationError) when calling the UpdateStack "
            "operation: Stack:arn:aws:cloudformation:us-east-1:123456789012:stack/e"
            "tl/3f1c2a9e is in UPDATE_IN_PROGRESS state and can not be updated."
        ),
        400,
        T,
    ),
    (
        "aws-cloudformation",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationError) when calling the CreateStack "
            "operation: Template format error: YAML not well-formed. (line 3, column 5)"
        ),
        400,
        V,
    ),
    (
        "aws-stepfunctions",
        "botocore.errorfactory.ExecutionAlreadyExists",
        (
            "An error occurred (ExecutionAlreadyExists) when calling the "
            "StartExecution operation: Execution Already Exists: "
            "'arn:aws:states:us-east-1:123456789012:execution:nightly:run-2026-11-29'"
        ),
        400,
        V,
    ),
    (
        "aws-stepfunctions",
        "botocore.errorfactory.StateMachineDoesNotExist",
        (
            "An error occurred (StateMachineDoesNotExist) when calling the "
            "StartExecution operation: State Machine Does Not Exist: "
            "'arn:aws:states:us-east-1:123456789012:stateMachine:nightly'"
        ),
        400,
        P,
    ),
    (
        "aws-stepfunctions",
        "botocore.errorfactory.InvalidExecutionInput",
        (
            "An error occurred (InvalidExecutionInput) when calling the "
            "StartExecution operation: Invalid State Machine Execution Input: "
            "'Unexpected character (''' (code 39)): was expecting double-quote to "
            "start field name'"
        ),
        400,
        V,
    ),
    (
        "aws-athena",
        "botocore.errorfactory.TooManyRequestsException",
        ("An error occurred (TooManyRequestsException) when calling the StartQueryExecution operation: Rate exceeded"),
        400,
        T,
    ),
    (
        "aws-glue",
        "botocore.errorfactory.EntityNotFoundException",
        ("An error occurred (EntityNotFoundException) when calling the GetTable operation: Database etl not found."),
        400,
        P,
    ),
    (
        "aws-glue",
        "botocore.errorfactory.ConcurrentRunsExceededException",
        (
            "An error occurred (ConcurrentRunsExceededException) when calling the "
            "StartJobRun operation: Concurrent runs exceeded for job: nightly"
        ),
        400,
        R,
    ),
    (
        "aws-firehose",
        "botocore.errorfactory.ServiceUnavailableException",
        ("An error occurred (ServiceUnavailableException) when calling the PutRecordBatch operation: Slow down."),
        400,
        T,
    ),
    (
        "aws-firehose",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "PutRecord operation: Firehose orders under account 123456789012 not found."
        ),
        400,
        P,
    ),
    (
        "aws-ses",
        "botocore.errorfactory.MessageRejected",
        (
            "An error occurred (MessageRejected) when calling the SendEmail "
            "operation: Email address is not verified. The following identities "
            "failed the check in region US-EAST-1: noreply@acme.test"
        ),
        400,
        P,
    ),
    (
        "aws-ses",
        "botocore.exceptions.ClientError",
        ("An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded."),
        400,
        T,
    ),
    (
        "aws-ses",
        "botocore.exceptions.ClientError",
        ("An error occurred (Throttling) when calling the SendEmail operation: Daily message quota exceeded."),
        400,
        R,
    ),
    (
        "aws-ses",
        "botocore.errorfactory.AccountSendingPausedException",
        (
            "An error occurred (AccountSendingPausedException) when calling the "
            "SendEmail operation: Sending is paused for this account."
        ),
        400,
        P,
    ),
    (
        "aws-route53",
        "botocore.errorfactory.PriorRequestNotComplete",
        (
            "An error occurred (PriorRequestNotComplete) when calling the "
            "ChangeResourceRecordSets operation: The request was rejected because "
            "Route 53 was still processing a prior request."
        ),
        400,
        T,
    ),
    (
        "aws-route53",
        "botocore.errorfactory.InvalidChangeBatch",
        (
            "An error occurred (InvalidChangeBatch) when calling the "
            "ChangeResourceRecordSets operation: [Tried to create resource record "
            "set [name='api.acme.test.', type='A'] but it already exists]"
        ),
        400,
        V,
    ),
    (
        "aws-iam",
        "botocore.errorfactory.NoSuchEntityException",
        (
            "An error occurred (NoSuchEntity) when calling the GetRole operation: "
            "The role with name etl cannot be found."
        ),
        404,
        P,
    ),
    (
        "aws-iam",
        "botocore.errorfactory.EntityAlreadyExistsException",
        (
            "An error occurred (EntityAlreadyExists) when calling the CreateRole "
            "operation: Role with name etl already exists."
        ),
        409,
        V,
    ),
    (
        "aws-iam",
        "botocore.errorfactory.LimitExceededException",
        (
            "An error occurred (LimitExceeded) when calling the AttachRolePolicy "
            "operation: Cannot exceed quota for PoliciesPerRole: 10"
        ),
        409,
        R,
    ),
    (
        "aws-iam",
        "botocore.errorfactory.MalformedPolicyDocumentException",
        (
            "An error occurred (MalformedPolicyDocument) when calling the "
            "PutRolePolicy operation: Syntax errors in policy."
        ),
        400,
        V,
    ),
    (
        "aws-kms",
        "botocore.errorfactory.NotFoundException",
        (
            "An error occurred (NotFoundException) when calling the Encrypt "
            "operation: Alias arn:aws:kms:us-east-1:123456789012:alias/etl is not found."
        ),
        400,
        P,
    ),
    (
        "aws-kms",
        "botocore.errorfactory.KMSInvalidStateException",
        (
            "An error occurred (KMSInvalidStateException) when calling the Decrypt "
            "operation: arn:aws:kms:us-east-1:123456789012:key/3f1c2a9e is pending deletion."
        ),
        400,
        P,
    ),
    (
        "aws-kms",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ThrottlingException) when calling the Decrypt "
            "operation: You have exceeded the rate at which you may call KMS. "
            "Reduce the frequency of your calls."
        ),
        400,
        T,
    ),
    (
        "aws-cloudwatch",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidParameterValue) when calling the "
            "PutMetricData operation: The value 1.7E309 for parameter "
            "MetricData.member.1.Value is invalid."
        ),
        400,
        V,
    ),
    (
        "aws-logs",
        "botocore.errorfactory.ResourceNotFoundException",
        (
            "An error occurred (ResourceNotFoundException) when calling the "
            "PutLogEvents operation: The specified log group does not exist."
        ),
        400,
        P,
    ),
    (
        "aws-ssm",
        "botocore.errorfactory.ParameterNotFound",
        "An error occurred (ParameterNotFound) when calling the GetParameter operation: ",
        400,
        P,
    ),
    (
        "aws-ssm",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AccessDeniedException) when calling the "
            "GetParameter operation: User: "
            "arn:aws:sts::123456789012:assumed-role/etl/i-0abc is not authorized "
            "to perform: ssm:GetParameter on resource: "
            "arn:aws:ssm:us-east-1:123456789012:parameter/etl/db because no "
            "identity-based policy allows the ssm:GetParameter action"
        ),
        400,
        P,
    ),
    (
        "aws-ssm",
        "botocore.errorfactory.ParameterLimitExceeded",
        (
            "An error occurred (ParameterLimitExceeded) when calling the "
            "PutParameter operation: You have exceeded the number of parameters "
            "for this AWS account. Delete unnecessary parameters and try again."
        ),
        400,
        R,
    ),
    (
        "aws-sagemaker",
        "botocore.errorfactory.ResourceLimitExceeded",
        (
            "An error occurred (ResourceLimitExceeded) when calling the "
            "CreateTrainingJob operation: The account-level service limit "
            "'ml.p3.2xlarge for training job usage' is 0 Instances, with current "
            "utilization of 0 Instances and a request delta of 1 Instances. Please "
            "use AWS Service Quotas to request an increase for this quota."
        ),
        400,
        R,
    ),
    (
        "aws-s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (RequestTimeTooSkewed) when calling the PutObject "
            "operation: The difference between the request time and the current "
            "time is too large."
        ),
        403,
        P,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the Query "
            "operation: Query condition missed key schema element: id"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ValidationException) when calling the "
            "BatchWriteItem operation: Provided list of item keys contains duplicates"
        ),
        400,
        V,
    ),
    (
        "aws-dynamodb",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ThrottlingException) when calling the PutItem "
            "operation: Throughput exceeds the current capacity of your table or "
            "index. DynamoDB is automatically scaling your table or index so "
            "please try again shortly. If exceptions persist, check if you have a "
            "hot key: https://docs.aws.amazon.com/amazondynamodb/latest/developergu"
            "ide/bp-partition-key-design.html"
        ),
        400,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.TooManyRequestsException",
        (
            "An error occurred (TooManyRequestsException) when calling the Invoke "
            "operation (reached max retries: 4): Rate Exceeded."
        ),
        429,
        T,
    ),
    (
        "aws-lambda",
        "botocore.errorfactory.InvalidRequestContentException",
        (
            "An error occurred (InvalidRequestContentException) when calling the "
            "Invoke operation: Could not parse request body into json: Could not "
            "parse payload into json: Unexpected character ((CTRL-CHAR, code 0)): "
            "expected a valid value (JSON String, Number, Array, Object or token "
            "'null', 'true' or 'false')"
        ),
        400,
        V,
    ),
    (
        "botocore",
        "botocore.exceptions.WaiterError",
        (
            "Waiter StackCreateComplete failed: Waiter encountered a terminal "
            'failure state: For expression "Stacks[].StackStatus" we matched '
            'expected path: "ROLLBACK_COMPLETE" at least once'
        ),
        None,
        P,
    ),
    (
        "boto3",
        "boto3.exceptions.S3UploadFailedError",
        (
            "Failed to upload /tmp/out.parquet to warehouse/out.parquet: An error "
            "occurred (RequestTimeout) when calling the UploadPart operation: Your "
            "socket connection to the server was not read from or written to "
            "within the timeout period. Idle connections will be closed."
        ),
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.EventStreamError",
        (
            "An error occurred (throttlingException) when calling the "
            "ConverseStream operation: Too many tokens, please wait before trying again."
        ),
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.EventStreamError",
        (
            "An error occurred (validationException) when calling the "
            "InvokeModelWithResponseStream operation: Input is too long for requested model."
        ),
        None,
        V,
    ),
    (
        "botocore",
        "botocore.exceptions.SSOTokenLoadError",
        "Error loading SSO Token: Token for https://acme.awsapps.com/start does not exist",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ConnectionClosedError",
        (
            "Connection was closed before we received a valid response from "
            'endpoint URL: "https://acme-raw.s3.amazonaws.com/orders.csv".'
        ),
        None,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.HTTPClientError",
        "An HTTP Client raised an unhandled exception: [Errno 24] Too many open files",
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Failed to send message to SQS: An error occurred "
            "(AWS.SimpleQueueService.NonExistentQueue) when calling the "
            "SendMessage operation: The specified queue does not exist for this wsdl version."
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "Upload failed after 3 attempts: "
            "HTTPSConnectionPool(host='s3.amazonaws.com', port=443): Read timed "
            "out. (read timeout=60)"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "LLM call failed: Error code: 529 - {'type': 'error', 'error': "
            "{'type': 'overloaded_error', 'message': 'Overloaded'}}"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('Kafka delivery failed: KafkaError{code=MSG_SIZE_TOO_LARGE,val=10,str="Broker: Message size too large"}'),
        None,
        V,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised ServiceUnavailable>]",
        None,
        T,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised RateLimitError>]",
        None,
        T,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised AuthenticationError>]",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "Error from server (Forbidden): pods is forbidden: User "
            '"system:serviceaccount:etl:runner" cannot list resource "pods" in API '
            'group "" in the namespace "default"'
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", 'Error from server (NotFound): deployments.apps "web" not found', None, P),
    (
        "wrapper",
        "builtins.Exception",
        "gRPC call failed: StatusCode.UNAVAILABLE: failed to connect to all addresses",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Stripe charge failed: Your card was declined.", None, V),
    ("wrapper", "builtins.ValueError", "Request timeout must be positive, got -1", None, V),
    ("wrapper", "builtins.ValueError", "max_retries must be >= 0", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Failed to acquire connection from pool within 30 seconds: pool exhausted (size=20)",
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "OpenAI API returned an API Error: Error code: 500 - {'error': "
            "{'message': 'The server had an error while processing your request. "
            "Sorry about that!', 'type': 'server_error', 'param': None, 'code': None}}"
        ),
        None,
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
            'essage":"pods \\"trainer-0\\" is forbidden: exceeded quota: gpu-quota, '
            "requested: requests.nvidia.com/gpu=1, used: "
            "requests.nvidia.com/gpu=4, limited: "
            'requests.nvidia.com/gpu=4","reason":"Forbidden","code":403}\n'
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
            'essage":"Job.batch \\"nightly\\" is invalid: spec.template: Invalid '
            "value: core.PodTemplateSpec{}: field is "
            'immutable","reason":"Invalid","code":422}\n'
        ),
        422,
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
            'essage":"jobs.batch \\"nightly\\" already '
            'exists","reason":"AlreadyExists","code":409}\n'
        ),
        409,
        V,
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
            'essage":"jobs.batch is forbidden: User '
            '\\"system:serviceaccount:etl:runner\\" cannot create resource \\"jobs\\" '
            'in API group \\"batch\\" in the namespace '
            '\\"etl\\"","reason":"Forbidden","code":403}\n'
        ),
        403,
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
            '\\"mpod.kb.io\\": failed to call webhook: Post '
            '\\"https://webhook-service.system.svc:443/mutate-v1-pod?timeout=10s\\": '
            "no endpoints available for service "
            '\\"webhook-service\\"","reason":"InternalError","code":500}\n'
        ),
        500,
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
            'essage":"a container name must be specified for pod worker-7f9c, '
            'choose one of: [app sidecar]","reason":"BadRequest","code":400}\n'
        ),
        400,
        V,
    ),
    (
        "kubernetes",
        "kubernetes_asyncio.client.exceptions.ApiException",
        (
            "(404)\nReason: Not Found\nHTTP response headers: "
            "HTTPHeaderDict({'Audit-Id': '3f1c2a9e-77b0-4d1a-9c55-0b1e2d3f4a5b', "
            "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 "
            "10:00:00 GMT'})\nHTTP response body: "
            '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","m'
            'essage":"deployments.apps \\"web\\" not found","reason":"NotFound","code":404}\n'
        ),
        404,
        P,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.ABORTED\n\tdetails = "Aborted due to cross-transaction '
            "contention. This occurs when multiple transactions attempt to access "
            "the same data, requiring Firestore to abort at least one in order to "
            'enforce serializability."\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Aborted due to '
            "cross-transaction contention. This occurs when multiple transactions "
            "attempt to access the same data, requiring Firestore to abort at "
            'least one in order to enforce serializability.", grpc_status:10, '
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
            'StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "Insufficient tokens for '
            "quota 'ReadGroup' and limit 'CLIENT_PROJECT-100s' of service "
            "'bigtableadmin.googleapis.com' for consumer 'project_number:123456'.\"\n"
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Insufficient tokens for quota '
            "'ReadGroup' and limit 'CLIENT_PROJECT-100s' of service "
            "'bigtableadmin.googleapis.com' for consumer "
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
            'StatusCode.INVALID_ARGUMENT\n\tdetails = "Invalid resource field value '
            'in the request."\n\tdebug_error_string = "UNKNOWN:Error received from '
            'peer ipv4:10.0.0.5:50051 {grpc_message:"Invalid resource field value '
            'in the request.", grpc_status:3, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        V,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "The datastore operation timed out, '
            'or the data was temporarily unavailable."\n\tdebug_error_string = '
            '"UNKNOWN:Error received from peer ipv4:10.0.0.5:50051 '
            '{grpc_message:"The datastore operation timed out, or the data was '
            'temporarily unavailable.", grpc_status:14, '
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
            'StatusCode.UNAVAILABLE\n\tdetails = "502:Bad Gateway"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"502:Bad Gateway", grpc_status:14, '
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
            'StatusCode.ALREADY_EXISTS\n\tdetails = "Resource already exists in the '
            'project (resource=orders-sub)."\n\tdebug_error_string = "UNKNOWN:Error '
            'received from peer ipv4:10.0.0.5:50051 {grpc_message:"Resource '
            'already exists in the project (resource=orders-sub).", grpc_status:6, '
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
            'StatusCode.INTERNAL\n\tdetails = "Internal error encountered."\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_message:"Internal error encountered.", '
            'grpc_status:13, created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc._channel._InactiveRpcError",
        (
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.PERMISSION_DENIED\n\tdetails = "Request had insufficient '
            'authentication scopes."\n\tdebug_error_string = "UNKNOWN:Error received '
            'from peer ipv4:10.0.0.5:50051 {grpc_message:"Request had insufficient '
            'authentication scopes.", grpc_status:7, '
            'created_time:"2026-11-29T10:00:00.1+00:00"}"\n>'
        ),
        None,
        P,
    ),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 503: Service Unavailable", 503, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 404: Not Found", 404, P),
    ("urllib", "urllib.error.URLError", "<urlopen error [Errno 111] Connection refused>", None, T),
    (
        "urllib",
        "urllib.error.URLError",
        (
            "<urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
            "failed: unable to get local issuer certificate (_ssl.c:1006)>"
        ),
        None,
        P,
    ),
    ("urllib", "urllib.error.URLError", "<urlopen error timed out>", None, T),
    ("http.client", "http.client.RemoteDisconnected", "Remote end closed connection without response", None, T),
    ("http.client", "http.client.IncompleteRead", "IncompleteRead(0 bytes read, 512 more expected)", None, T),
    ("socket", "TimeoutError", "timed out", None, T),
    ("socket", "ConnectionResetError", "[Errno 104] Connection reset by peer", None, T),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "502, message='Bad Gateway', url='https://api.acme.test/v1/orders'",
        502,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "413, message='Request Entity Too Large', url='https://api.acme.test/v1/orders'",
        413,
        V,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        "504, message='Gateway Timeout', url='https://api.acme.test/v1/orders'",
        504,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectorError",
        (
            "Cannot connect to host localhost:8080 ssl:default [Multiple "
            "exceptions: [Errno 111] Connect call failed ('::1', 8080, 0, 0), "
            "[Errno 111] Connect call failed ('127.0.0.1', 8080)]"
        ),
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientHttpProxyError",
        "407, message='Proxy Authentication Required', url='http://proxy.corp.test:3128'",
        407,
        P,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.WSServerHandshakeError",
        "401, message='Invalid response status', url='wss://stream.acme.test/v1/ws'",
        401,
        P,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ClientConnectionError", "Connection closed", None, T),
    ("httpx", "httpx.ProxyError", "407 Proxy Authentication Required", None, P),
    ("httpx", "httpx.ConnectError", "[Errno 24] Too many open files", None, R),
    (
        "httpx",
        "httpx.RemoteProtocolError",
        ("<ConnectionTerminated error_code:ErrorCodes.NO_ERROR, last_stream_id:1999, additional_data:None>"),
        None,
        T,
    ),
    (
        "httpx",
        "httpx.HTTPStatusError",
        (
            "Server error '504 Gateway Timeout' for url "
            "'https://api.acme.test/v1/orders'\nFor more information check: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/504"
        ),
        504,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_TRANSPORT,val=-195,str="Failed to get metadata: Local: Broker transport failure"}'),
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=CLUSTER_AUTHORIZATION_FAILED,val=31,str="Cluster authorization failed."}'),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=INVALID_PARTITIONS,val=37,str="Number of partitions must be larger than 0."}'),
        None,
        V,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.schema_registry.error.SchemaRegistryError",
        "Subject 'orders-value' not found. (HTTP status code 404, SR code 40401)",
        404,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.schema_registry.error.SchemaRegistryError",
        (
            "Schema being registered is incompatible with an earlier schema for "
            'subject "orders-value", details: '
            "[{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The "
            "field 'currency' at path '/fields/3' in the new schema has no default "
            "value and is missing in the old schema'}] (HTTP status code 409, SR code 409)"
        ),
        409,
        V,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.schema_registry.error.SchemaRegistryError",
        "Unauthorized (HTTP status code 401, SR code 401)",
        401,
        P,
    ),
    ("aiokafka", "aiokafka.errors.KafkaTimeoutError", "", None, T),
    (
        "aiokafka",
        "aiokafka.errors.TopicAlreadyExistsError",
        "[Error 36] TopicAlreadyExistsError: Topic 'orders' already exists.",
        None,
        V,
    ),
    ("aiokafka", "aiokafka.errors.UnknownTopicOrPartitionError", "[Error 3] UnknownTopicOrPartitionError", None, P),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        "KafkaConnectionError: Connection at kafka-1:9092 closed",
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.NodeNotReadyError",
        ("NodeNotReadyError: Attempt to send a request to node which is not ready (node id 1)."),
        None,
        T,
    ),
    (
        "pika",
        "pika.exceptions.AMQPHeartbeatTimeout",
        "No activity or too many missed heartbeats in the last 60 seconds",
        None,
        T,
    ),
    (
        "pika",
        "pika.exceptions.ChannelClosedByBroker",
        "(403, 'ACCESS_REFUSED - operation not permitted on the default exchange')",
        None,
        P,
    ),
    (
        "pika",
        "pika.exceptions.ConnectionClosedByBroker",
        "(530, \"NOT_ALLOWED - access to vhost '/' refused for user 'etl'\")",
        None,
        P,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 Quota exceeded: Your table exceeded quota for imports or query "
            "appends per table. For more information, see "
            "https://cloud.google.com/bigquery/docs/troubleshoot-quotas"
        ),
        403,
        R,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.NotFound",
        "404 Not found: Dataset acme:sales was not found in location EU",
        404,
        P,
    ),
    ("google-api-core", "google.api_core.exceptions.Conflict", "409 Already Exists: Dataset acme:sales", 409, V),
    (
        "google-api-core",
        "google.api_core.exceptions.Forbidden",
        (
            "403 Exceeded rate limits: too many concurrent queries for this "
            "project_and_region. For more information, see "
            "https://cloud.google.com/bigquery/docs/troubleshoot-quotas"
        ),
        403,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ServiceUnavailable",
        (
            "503 DNS resolution failed for pubsub.googleapis.com:443: C-ares "
            "status is not ARES_SUCCESS qtype=A name=pubsub.googleapis.com "
            "is_balancer=0: Could not contact DNS servers"
        ),
        503,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ResourceExhausted",
        (
            "429 Quota exceeded for quota metric 'Write requests' and limit 'Write "
            "requests per minute per user' of service 'sheets.googleapis.com' for "
            "consumer 'project_number:123456'."
        ),
        429,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.InvalidArgument",
        ("400 The value for message_retention_duration is out of range. It must be between 10 minutes and 31 days."),
        400,
        V,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.MethodNotImplemented",
        "501 Operation is not implemented, or supported, or enabled.",
        501,
        P,
    ),
    (
        "google-resumable-media",
        "google.resumable_media.common.InvalidResponse",
        (
            "('Request failed with status code', 503, 'Expected one of', "
            "<HTTPStatus.OK: 200>, <HTTPStatus.CREATED: 201>)"
        ),
        None,
        T,
    ),
    (
        "google-resumable-media",
        "google.resumable_media.common.DataCorruption",
        (
            "Checksum mismatch while downloading:\n\n  "
            "https://storage.googleapis.com/download/storage/v1/b/acme-raw/o/orders"
            ".csv?alt=media\n\nThe X-Goog-Hash header indicated an MD5 checksum of:\n\n"
            "  1B2M2Y8AsgTpgAmY7PhCfg==\n\nbut the actual MD5 checksum of the "
            "downloaded contents was:\n\n  XUFAKrxLKna5cZ2REBfFkg==\n"
        ),
        None,
        T,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.TooManyRequests",
        (
            "429 PATCH https://storage.googleapis.com/storage/v1/b/acme-raw/o/state"
            ".json: The object acme-raw/state.json exceeded the rate limit for "
            "object mutation operations (create, update, and delete). Please "
            "reduce your request rate. See https://cloud.google.com/storage/docs/gcs429."
        ),
        429,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(OperationNotAllowed) The server 'sqlsrv-acme' is busy with another "
            "operation. Please try your operation later.\nCode: OperationNotAllowed\n"
            "Message: The server 'sqlsrv-acme' is busy with another operation. "
            "Please try your operation later."
        ),
        409,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "(SubscriptionNotFound) The subscription "
            "'00000000-0000-0000-0000-000000000000' could not be found.\nCode: "
            "SubscriptionNotFound\nMessage: The subscription "
            "'00000000-0000-0000-0000-000000000000' could not be found."
        ),
        404,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(PublicIPCountLimitReached) Cannot create more than 10 public IP "
            "addresses for this subscription in this region.\nCode: "
            "PublicIPCountLimitReached\nMessage: Cannot create more than 10 public "
            "IP addresses for this subscription in this region."
        ),
        400,
        R,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(InvalidParameter) The value of parameter "
            "linuxConfiguration.ssh.publicKeys.keyData is invalid.\nCode: "
            "InvalidParameter\nMessage: The value of parameter "
            "linuxConfiguration.ssh.publicKeys.keyData is invalid."
        ),
        400,
        V,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "(InternalServerError) Encountered internal server error. Diagnostic "
            "information: timestamp '20261129T100000Z', subscription id '0000', "
            "tracking id '3f1c', request correlation id '9c1f'.\nCode: "
            "InternalServerError\nMessage: Encountered internal server error. "
            "Diagnostic information: timestamp '20261129T100000Z', subscription id "
            "'0000', tracking id '3f1c', request correlation id '9c1f'."
        ),
        500,
        T,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "The specified share does not exist.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ShareNotFound"
        ),
        404,
        P,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.HttpResponseError",
        (
            "The specified resource name contains invalid characters.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:InvalidResourceName"
        ),
        400,
        V,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "Server failed to authenticate the request. Please refer to the "
            "information in the www-authenticate header.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:InvalidAuthenticationInfo"
        ),
        401,
        P,
    ),
    (
        "azure-storage",
        "azure.core.exceptions.ResourceModifiedError",
        (
            "The condition specified using HTTP conditional header(s) is not met.\n"
            "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
            "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:ConditionNotMet"
        ),
        412,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ServiceRequestError",
        ("Cannot connect to host acmedata.blob.core.windows.net:443 ssl:default [Connection reset by peer]"),
        None,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ServiceResponseError",
        ("Connection timeout to host https://acmedata.blob.core.windows.net/exports/orders.csv"),
        None,
        T,
    ),
    (
        "azure-identity",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "ClientSecretCredential.get_token failed: Authentication failed: "
            "AADSTS700016: Application with identifier '1f2e3d4c' was not found in "
            "the directory 'acme'. This can happen if the application has not been "
            "installed by the administrator of the tenant."
        ),
        None,
        P,
    ),
    ("azure-identity", "azure.identity.CredentialUnavailableError", "Azure CLI not found on path", None, P),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.SessionLockLostError",
        "The session lock has expired on the MessageSession. Accept a new MessageSession.",
        None,
        T,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessageAlreadySettled",
        "Unable to complete the message; the message has already been settled.",
        None,
        P,
    ),
    ("azure-servicebus", "azure.servicebus.exceptions.OperationTimeoutError", "Send operation timed out", None, T),
    (
        "docker",
        "docker.errors.APIError",
        (
            "400 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Bad Request "
            '("invalid reference format: repository name (library/ETL) must be lowercase")'
        ),
        400,
        V,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("pull access denied for acme/etl, repository does not '
            "exist or may require 'docker login'\")"
        ),
        500,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            'Server Error ("Get \\"https://registry-1.docker.io/v2/\\": dial tcp: '
            'lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving")'
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
            'Server Error ("write /var/lib/docker/tmp/GetImageBlob3719: no space '
            'left on device")'
        ),
        500,
        R,
    ),
    (
        "docker",
        "docker.errors.NotFound",
        (
            "404 Client Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Not Found "
            '("network etl-net not found")'
        ),
        404,
        P,
    ),
    (
        "docker",
        "docker.errors.APIError",
        (
            "500 Server Error for "
            "http+docker://localhost/v1.43/containers/create?name=web: Internal "
            "Server Error (\"error while creating mount source path '/srv/data': "
            'mkdir /srv/data: read-only file system")'
        ),
        500,
        P,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"Invalid parameter: messages "
            "with role 'tool' must be a response to a preceeding message with "
            "'tool_calls'.\", 'type': 'invalid_request_error', 'param': "
            "'messages.[2].role', 'code': None}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"Unsupported value: "
            "'temperature' does not support 0.2 with this model. Only the default "
            "(1) value is supported.\", 'type': 'invalid_request_error', 'param': "
            "'temperature', 'code': 'unsupported_value'}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.RateLimitError",
        (
            "Error code: 429 - {'error': {'message': 'Request too large for gpt-4o "
            "in organization org-abc on tokens per min (TPM): Limit 30000, "
            "Requested 45000. The input or output tokens must be reduced in order "
            "to run successfully. Visit "
            "https://platform.openai.com/account/rate-limits to learn more.', "
            "'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}"
        ),
        429,
        V,
    ),
    (
        "openai",
        "openai.PermissionDeniedError",
        (
            "Error code: 403 - {'error': {'message': 'You are not allowed to "
            "sample from this model', 'type': 'invalid_request_error', 'param': "
            "None, 'code': None}}"
        ),
        403,
        P,
    ),
    (
        "openai",
        "openai.AuthenticationError",
        (
            "Error code: 401 - {'error': {'message': 'The OpenAI account "
            "associated with this API key has been deactivated. If you are the "
            "developer for this OpenAI app, please check your email for more "
            "information. If you are seeing this error while using another app or "
            "site, please reach out to them for more help.', 'type': "
            "'invalid_request_error', 'param': None, 'code': 'account_deactivated'}}"
        ),
        401,
        P,
    ),
    (
        "openai",
        "openai.InternalServerError",
        ("Error code: 503 - {'error': {'message': 'Slow Down', 'type': 'server_error', 'param': None, 'code': None}}"),
        503,
        T,
    ),
    (
        "openai",
        "openai.NotFoundError",
        (
            "Error code: 404 - {'error': {'message': 'Invalid URL (POST "
            "/v1/chat/completion)', 'type': 'invalid_request_error', 'param': "
            "None, 'code': None}}"
        ),
        404,
        P,
    ),
    (
        "openai",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': \"We could not parse the JSON "
            "body of your request. (HINT: This likely means you aren't using your "
            "HTTP library correctly. The OpenAI API expects a JSON payload, but "
            "what was sent was not valid JSON. If you have trouble figuring out "
            "how to fix this, please contact us through our help center at "
            "help.openai.com.)\", 'type': 'invalid_request_error', 'param': None, "
            "'code': None}}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'messages.3: `tool_use` ids were "
            "found without `tool_result` blocks immediately after: toolu_01A2b3C4. "
            "Each `tool_use` block must have a corresponding `tool_result` block "
            "in the next message.'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'messages: text content blocks "
            "must be non-empty'}, 'request_id': 'req_011CUx7n8W'}"
        ),
        400,
        V,
    ),
    (
        "anthropic",
        "anthropic.RateLimitError",
        (
            "Error code: 429 - {'type': 'error', 'error': {'type': "
            "'rate_limit_error', 'message': \"This request would exceed your "
            "organization's rate limit of 4,000,000 output tokens per minute. For "
            'details, refer to: https://docs.claude.com/en/api/rate-limits."}, '
            "'request_id': 'req_011CUx7n8W'}"
        ),
        429,
        T,
    ),
    (
        "anthropic",
        "anthropic.AuthenticationError",
        (
            "Error code: 401 - {'type': 'error', 'error': {'type': "
            "'authentication_error', 'message': 'x-api-key header is required'}, "
            "'request_id': 'req_011CUx7n8W'}"
        ),
        401,
        P,
    ),
    (
        "anthropic",
        "anthropic.BadRequestError",
        (
            "Error code: 400 - {'message': 'Malformed input request: #: extraneous "
            "key [foo] is not permitted, please reformat your input and try again.'}"
        ),
        400,
        V,
    ),
    (
        "litellm",
        "litellm.APIConnectionError",
        (
            'litellm.APIConnectionError: Ollama_chatException - {"error":"model '
            "'llama3' not found, try pulling it first\"}"
        ),
        500,
        P,
    ),
    (
        "litellm",
        "litellm.ServiceUnavailableError",
        ("litellm.ServiceUnavailableError: OpenAIException - The server is overloaded or not ready yet."),
        503,
        T,
    ),
    (
        "litellm",
        "litellm.RateLimitError",
        (
            "litellm.RateLimitError: No deployments available for selected model, "
            "Try again in 60 seconds. Passed model=gpt-4o. pre-call-checks=False, "
            "cooldown_list=[('3f1c', {'exception_received': "
            "'litellm.RateLimitError', 'status_code': '429'})]"
        ),
        429,
        T,
    ),
    (
        "litellm",
        "litellm.BadRequestError",
        "litellm.BadRequestError: Invalid Message passed in {'role': 'assistant'}",
        400,
        V,
    ),
    (
        "litellm",
        "litellm.AuthenticationError",
        (
            "litellm.AuthenticationError: AuthenticationError: OpenAIException - "
            "The api_key client option must be set either by passing api_key to "
            "the client or by setting the OPENAI_API_KEY environment variable"
        ),
        401,
        P,
    ),
    (
        "litellm",
        "openai.AuthenticationError",
        (
            "Error code: 401 - {'error': {'message': 'Authentication Error, "
            "Invalid proxy server token passed. valid_token=None.', 'type': "
            "'auth_error', 'param': 'None', 'code': '401'}}"
        ),
        401,
        P,
    ),
    (
        "litellm",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'Budget has been exceeded! "
            "Current cost: 10.52, Max budget: 10.0', 'type': 'budget_exceeded', "
            "'param': None, 'code': '400'}}"
        ),
        400,
        R,
    ),
    (
        "groq",
        "groq.RateLimitError",
        (
            "Error code: 429 - {'error': {'message': 'Rate limit reached for model "
            "`llama3-70b-8192` in organization `org_01abc` on requests per minute "
            "(RPM): Limit 30, Used 30, Requested 1. Please try again in 2s. Visit "
            "https://console.groq.com/docs/rate-limits for more information.', "
            "'type': 'requests', 'code': 'rate_limit_exceeded'}}"
        ),
        429,
        T,
    ),
    (
        "groq",
        "groq.BadRequestError",
        (
            "Error code: 400 - {'error': {'message': 'response_format` json_object "
            "cannot be combined with tool/function calling', 'type': 'invalid_request_error'}}"
        ),
        400,
        V,
    ),
    (
        "groq",
        "groq.InternalServerError",
        ("Error code: 500 - {'error': {'message': 'Internal Server Error', 'type': 'internal_server_error'}}"),
        500,
        T,
    ),
    (
        "groq",
        "groq.APIStatusError",
        (
            "Error code: 413 - {'error': {'message': 'Request Entity Too Large', "
            "'type': 'invalid_request_error', 'code': 'request_too_large'}}"
        ),
        413,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Function "
            "calling config is set without function_declarations.', 'status': "
            "'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'Your API "
            "key was reported as leaked. Please use another API key.', 'status': "
            "'PERMISSION_DENIED'}}"
        ),
        403,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': '* "
            "GenerateContentRequest.generation_config.max_output_tokens: "
            "max_output_tokens must be less than or equal to 8192.\\n', 'status': "
            "'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "google-genai",
        "google.genai.errors.ServerError",
        (
            "503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The service is "
            "currently unavailable.', 'status': 'UNAVAILABLE'}}"
        ),
        503,
        T,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "404 NOT_FOUND. {'error': {'code': 404, 'message': 'Requested entity "
            "was not found.', 'status': 'NOT_FOUND'}}"
        ),
        404,
        P,
    ),
    (
        "google-genai",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Unsupported "
            "MIME type: application/x-msdownload', 'status': 'INVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card has been declined.", 402, V),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card's expiration year is invalid.", 402, V),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card's zip code failed validation.", 402, V),
    (
        "stripe",
        "stripe.CardError",
        "Request req_1a2B3c4D5e: The card number is not a valid credit card number.",
        402,
        V,
    ),
    ("stripe", "stripe.CardError", "Request req_1a2B3c4D5e: Your card does not support this currency.", 402, V),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: This customer has no attached payment source "
            "or default payment method. Please consider adding a default payment "
            "method. For more information, visit "
            "https://stripe.com/docs/billing/subscriptions/payment-methods-setting#"
            "payment-method-priority."
        ),
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: You have insufficient available funds in your "
            "Stripe account. Try adding funds directly to your available balance "
            "by creating Charges using the 4000000000000077 test card. See: "
            "https://stripe.com/docs/testing#available-balance"
        ),
        400,
        R,
    ),
    (
        "stripe",
        "stripe.IdempotencyError",
        (
            "Request req_1a2B3c4D5e: Keys for idempotent requests can only be used "
            "for the same endpoint they were first used for ('/v1/charges' vs "
            "'/v1/refunds'). Try using a key other than 'order-991' if you meant "
            "to execute a different request."
        ),
        400,
        V,
    ),
    (
        "stripe",
        "stripe.APIConnectionError",
        (
            "Unexpected error communicating with Stripe. If this problem persists,\n"
            "let us know at support@stripe.com.\n\n(Network error: Timeout: Request timed out)"
        ),
        None,
        T,
    ),
    (
        "stripe",
        "stripe.RateLimitError",
        (
            "Request req_1a2B3c4D5e: This object cannot be accessed right now "
            "because another API request or Stripe process is currently accessing "
            "it. If you see this error intermittently, retry the request. If you "
            "see this error frequently and are making multiple concurrent requests "
            "to a single object, make your requests serially or at a lower rate. "
            "See https://stripe.com/docs/rate-limits for more details."
        ),
        429,
        T,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        ("Request req_1a2B3c4D5e: Refund amount ($50.00) is greater than unrefunded amount on charge ($20.00)"),
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        "Request req_1a2B3c4D5e: Charge ch_3Q1w2E3r4 has already been refunded.",
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: Unrecognized request URL (GET: /v1/chargez). "
            "Please see https://stripe.com/docs or we can help at https://support.stripe.com/."
        ),
        404,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "Request failed: 429 Too Many Requests", None, T),
    ("wrapper", "builtins.RuntimeError", "HTTP 503 from upstream: no healthy upstream", None, T),
    (
        "wrapper",
        "builtins.Exception",
        "upstream connect error or disconnect/reset before headers. reset reason: overflow",
        None,
        T,
    ),
    ("wrapper", "builtins.Exception", "upstream request timeout", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Got 401 from https://api.acme.test/v1/orders: "
            '{"error":"invalid_token","error_description":"The access token expired"}'
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "S3 returned AccessDenied for s3://acme-raw/orders.csv", None, P),
    ("wrapper", "builtins.RuntimeError", "The specified key does not exist.", None, P),
    ("wrapper", "builtins.RuntimeError", "Throttling: Rate exceeded", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "ProvisionedThroughputExceededException: Rate exceeded for shard "
            "shardId-000000000001 in stream orders under account 123456789012."
        ),
        None,
        T,
    ),
    ("wrapper", "builtins.Exception", "Error: connect ECONNREFUSED 127.0.0.1:5672", None, T),
    ("wrapper", "builtins.Exception", "getaddrinfo EAI_AGAIN api.acme.test", None, T),
    ("wrapper", "builtins.RuntimeError", "Kafka producer flush timed out with 12 messages still in queue", None, T),
    ("wrapper", "builtins.RuntimeError", "Message delivery failed: Broker: Unknown topic or partition", None, P),
    ("wrapper", "builtins.RuntimeError", "Failed to deliver message: Local: Message timed out", None, T),
    ("wrapper", "builtins.RuntimeError", "Consumer error: Broker: Group authorization failed", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Publish failed: channel closed by broker: NOT_FOUND - no exchange 'orders' in vhost '/'"),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("AMQP connection lost: CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Channel closed: PRECONDITION_FAILED - inequivalent arg 'durable' for "
            "queue 'orders' in vhost '/': received 'false' but current is 'true'"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "Model gpt-4o returned: This model's maximum context length is 128000 "
            "tokens. However, your messages resulted in 130512 tokens."
        ),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "Anthropic API error: Overloaded", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("OpenAI error: You exceeded your current quota, please check your plan and billing details."),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "LLM request failed: Rate limit reached for gpt-4o-mini in "
            "organization org-abc on tokens per min (TPM): Limit 200000, Used "
            "199000, Requested 3000."
        ),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Embedding request failed: input too long (8500 tokens > 8192)", None, V),
    ("wrapper", "builtins.RuntimeError", "Stripe: card_declined - Your card was declined.", None, V),
    ("wrapper", "builtins.RuntimeError", "Payment failed: insufficient_funds", None, V),
    ("wrapper", "builtins.RuntimeError", "Payment failed: expired_card", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        'kubectl apply failed: error: the server doesn\'t have a resource type "cronjobs"',
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('Error from server (AlreadyExists): error when creating "job.yaml": jobs.batch "nightly" already exists'),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Error from server (Conflict): Operation cannot be fulfilled on "
            'deployments.apps "web": the object has been modified; please apply '
            "your changes to the latest version and try again"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            'Error from server (Forbidden): error when creating "pod.yaml": pods '
            '"trainer-0" is forbidden: exceeded quota: compute, requested: '
            "requests.memory=4Gi, used: requests.memory=30Gi, limited: requests.memory=32Gi"
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            'Error from server (BadRequest): error when creating "pod.yaml": Pod '
            'in version "v1" cannot be handled as a Pod: strict decoding error: '
            'unknown field "spec.containers[0].imagePullPolicyy"'
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Error from server (ServiceUnavailable): the server is currently unable to handle the request"),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "error: You must be logged in to the server (Unauthorized)", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Unable to connect to the server: x509: certificate signed by unknown authority",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            'error: error loading config file "/root/.kube/config": yaml: line 5: '
            "mapping values are not allowed in this context"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Pod worker-7f9c evicted: The node was low on resource: memory. "
            "Container worker was using 3Gi, which exceeds its request of 1Gi."
        ),
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "container worker OOMKilled (exit code 137)", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            'Failed to pull image "acme/etl:v9": rpc error: code = NotFound desc = '
            'failed to pull and unpack image "docker.io/acme/etl:v9": failed to '
            'resolve reference "docker.io/acme/etl:v9": docker.io/acme/etl:v9: not found'
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "0/5 nodes are available: 5 Insufficient cpu. preemption: 0/5 nodes "
            "are available: 5 No preemption victims found for incoming pod."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "docker: Error response from daemon: Conflict. The container name "
            '"/web" is already in use by container "abc123". You have to remove '
            "(or rename) that container to be able to reuse that name."
        ),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "Error response from daemon: No such container: abc123", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout'),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Error response from daemon: manifest for acme/etl:v9 not found: manifest unknown: manifest unknown"),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Error response from daemon: toomanyrequests: You have reached your "
            "pull rate limit. You may increase the limit by authenticating and "
            "upgrading: https://www.docker.com/increase-rate-limit"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "rpc error: code = Unavailable desc = connection error: desc = "
            '"transport: Error while dialing: dial tcp 10.0.0.5:50051: connect: '
            'connection refused"'
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "rpc error: code = PermissionDenied desc = permission denied", None, P),
    ("wrapper", "builtins.RuntimeError", "rpc error: code = InvalidArgument desc = invalid UUID length: 35", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5242880 vs. 4194304)"),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "rpc error: code = NotFound desc = collection not found[collection=orders]",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("rpc error: code = Unimplemented desc = unknown service milvus.proto.milvus.MilvusService"),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "rpc error: code = Unauthenticated desc = invalid token", None, P),
    ("wrapper", "builtins.RuntimeError", "rpc error: code = AlreadyExists desc = object already exists", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("rpc error: code = Internal desc = stream terminated by RST_STREAM with error code: INTERNAL_ERROR"),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "rpc error: code = Aborted desc = transaction aborted", None, T),
    ("wrapper", "builtins.RuntimeError", "ThrottlingException: Rate exceeded", None, T),
    ("wrapper", "builtins.RuntimeError", "ResourceNotFoundException: Requested resource not found", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "AccessDeniedException: User: "
            "arn:aws:sts::123456789012:assumed-role/etl/i-0abc is not authorized "
            "to perform: bedrock:InvokeModel on resource: "
            "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "ValidationException: 1 validation error detected: Value null at "
            "'messages' failed to satisfy constraint: Member must not be null"
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "ServiceQuotaExceededException: You have exceeded the quota for the "
            "number of concurrent model customization jobs."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "ExpiredTokenException: The security token included in the request is expired",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("RequestEntityTooLargeException: Request must be smaller than 6291456 bytes for the InvokeFunction operation"),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "operation error S3: GetObject, https response error StatusCode: 404, "
            "RequestID: 4Q8B2K, HostID: x7y8z9, NoSuchKey: "
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "operation error DynamoDB: PutItem, exceeded maximum number of "
            "attempts, 3, https response error StatusCode: 400, RequestID: 4Q8B2K, "
            "ProvisionedThroughputExceededException: The level of configured "
            "provisioned throughput for the table was exceeded. Consider "
            "increasing your provisioning level with the UpdateTable API."
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "operation error STS: AssumeRole, https response error StatusCode: "
            "403, RequestID: 4Q8B2K, api error AccessDenied: User: "
            "arn:aws:iam::123456789012:user/ci is not authorized to perform: "
            "sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "googleapi: Error 403: The caller does not have permission, forbidden",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "googleapi: Error 429: Quota exceeded for quota metric 'Queries' and "
            "limit 'Queries per minute' of service 'compute.googleapis.com' for "
            "consumer 'project_number:123456'., rateLimitExceeded"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "googleapi: Error 404: The resource "
            "'projects/acme/zones/us-central1-a/instances/vm1' was not found, notFound"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("googleapi: Error 409: The resource 'projects/acme/global/networks/etl' already exists, alreadyExists"),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "googleapi: Error 400: Invalid value for field 'resource.machineType': "
            "'zones/us-central1-a/machineTypes/n9-standard-4'. Invalid machine type, invalid"
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "googleapi: Error 503: The service is currently unavailable., backendError",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("googleapi: Error 403: Quota 'CPUS' exceeded.  Limit: 24.0 in region us-central1., quotaExceeded"),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "ZONE_RESOURCE_POOL_EXHAUSTED: The zone "
            "'projects/acme/zones/us-central1-a' does not have enough resources "
            "available to fulfill the request. Try a different zone, or try again later."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "(SkuNotAvailable) The requested VM size Standard_NC6s_v3 is not "
            "available in the current region. Please try another size or deploy to "
            "a different location."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "(ZonalAllocationFailed) Allocation failed. We do not have sufficient "
            "capacity for the requested VM size in this zone. Read more about "
            "improving likelihood of allocation success at http://aka.ms/allocation-guidance"
        ),
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "Upstream returned HTTP 502 Bad Gateway", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            'Server responded with 400: {"error": "invalid_request", '
            '"error_description": "Missing required parameter: email"}'
        ),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "Webhook delivery failed with status 410 Gone", None, P),
    ("wrapper", "builtins.RuntimeError", "API returned 404 Not Found for /v1/customers/cus_Q1w2E3r4", None, P),
    ("wrapper", "builtins.RuntimeError", "HTTP 413 Payload Too Large", None, V),
    ("wrapper", "builtins.RuntimeError", "SSL: CERTIFICATE_VERIFY_FAILED", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Max retries exceeded with url: /v1/orders (Caused by "
            "ProxyError('Cannot connect to proxy.', OSError('Tunnel connection "
            "failed: 503 Service Unavailable')))"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "Error code: 400 - {'error': {'message': \"Invalid schema for "
            "response_format 'order': In context=(), 'additionalProperties' is "
            "required to be supplied and to be false.\", 'type': "
            "'invalid_request_error', 'param': 'response_format', 'code': None}}"
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.Exception",
        (
            "Error code: 400 - {'error': {'message': \"Invalid "
            "'tools[0].function.name': string does not match pattern. Expected a "
            "string that matches the pattern '^[a-zA-Z0-9_-]+$'.\", 'type': "
            "'invalid_request_error', 'param': 'tools[0].function.name', 'code': "
            "'invalid_value'}}"
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "anthropic.InternalServerError: Error code: 529 - {'type': 'error', "
            "'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Gemini call failed: 503 UNAVAILABLE. {'error': {'code': 503, "
            "'message': 'The model is overloaded. Please try again later.', "
            "'status': 'UNAVAILABLE'}}"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Cohere error: status_code: 429, body: {'message': \"You are using a "
            "Trial key, which is limited to 10 API calls / minute. You can "
            "continue to use the Trial key for free or upgrade to a Production key "
            "with higher rate limits at 'https://dashboard.cohere.com/api-keys'. "
            "Contact us on 'https://discord.gg/XW44jPfYJu' or email us at "
            'support@cohere.com with any questions"}'
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('Mistral API error: Status 401. Body: {"message":"Unauthorized","request_id":"3f1c2a9e"}'),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Together API error: Input validation error: `inputs` tokens + "
            "`max_new_tokens` must be <= 8193. Given: 8000 `inputs` tokens and 512 "
            "`max_new_tokens`"
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Redis publish failed: OOM command not allowed when used memory > 'maxmemory'.",
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "Celery task failed: NotRegistered('etl.tasks.load')", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('SQS receive failed: Could not connect to the endpoint URL: "https://sqs.us-east-1.amazonaws.com/"'),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Secrets lookup failed: Unable to locate credentials", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Could not load model: Repository Not Found for url: "
            "https://huggingface.co/api/models/acme/missing-model/revision/main."
        ),
        None,
        P,
    ),
    ("openai", "openai.APIError", "Connection error.", None, T),
    ("openai", "openai.APIError", "Request timed out.", None, T),
    (
        "openai",
        "openai.APIStatusError",
        ("Error code: 520 - <html><head><title>520: Web server is returning an unknown error</title></head></html>"),
        520,
        T,
    ),
    (
        "openai",
        "openai.APIStatusError",
        (
            "Error code: 400 - {'error': {'message': \"Additional properties are "
            "not allowed ('foo' was unexpected)\", 'type': 'invalid_request_error', "
            "'param': None, 'code': None}}"
        ),
        400,
        V,
    ),
    (
        "openai",
        "openai.OpenAIError",
        ("Missing credentials. Please pass an `api_key`, or set the `OPENAI_API_KEY` environment variable."),
        None,
        P,
    ),
    ("openai", "openai.APIError", "The server had an error while processing your request. Sorry about that!", None, T),
    ("anthropic", "anthropic.APIError", "Overloaded", None, T),
    (
        "anthropic",
        "anthropic.APIStatusError",
        (
            "Error code: 402 - {'type': 'error', 'error': {'type': "
            "'billing_error', 'message': 'Your credit balance is too low to access "
            "the Anthropic API.'}}"
        ),
        402,
        R,
    ),
    (
        "anthropic",
        "anthropic.AnthropicError",
        (
            "Could not resolve authentication method. Expected either api_key or "
            "auth_token to be set. Or for one of the `X-Api-Key` or "
            "`Authorization` headers to be explicitly omitted"
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "anthropic.APIStatusError",
        ("Error code: 504 - {'type': 'error', 'error': {'type': 'timeout_error', 'message': 'Request timed out'}}"),
        504,
        T,
    ),
    ("google-api-core", "google.api_core.exceptions.GoogleAPICallError", "None Deadline Exceeded", None, T),
    (
        "google-api-core",
        "google.api_core.exceptions.GoogleAPICallError",
        ("503 failed to connect to all addresses; last error: UNAVAILABLE: ipv4:142.250.1.95:443: Socket closed"),
        503,
        T,
    ),
    (
        "google-api-core",
        "google.api_core.exceptions.ClientError",
        ("400 Bad Request: Invalid JSON payload received. Unknown name \"foo\" at 'message': Cannot find field."),
        400,
        V,
    ),
    ("google-api-core", "google.api_core.exceptions.ServerError", "500 Internal error encountered.", 500, T),
    (
        "google-api-core",
        "google.api_core.exceptions.RetryError",
        (
            "Timeout of 600.0s exceeded, last exception: 429 Quota exceeded for "
            "quota metric 'Requests' and limit 'Requests per minute' of service "
            "'translate.googleapis.com'"
        ),
        None,
        T,
    ),
    (
        "google-cloud-pubsub",
        "google.api_core.exceptions.InvalidArgument",
        (
            "400 The value for 0 is too small. You passed ack_deadline_seconds in "
            "the request, but the minimum value is 10."
        ),
        400,
        V,
    ),
    (
        "google-cloud-pubsub",
        "google.cloud.pubsub_v1.publisher.exceptions.MessageTooLargeError",
        (
            "The message being published would produce too large a publish request "
            "that would exceed the maximum allowed size on the backend (10000000 bytes)."
        ),
        None,
        V,
    ),
    (
        "google-cloud-pubsub",
        "google.api_core.exceptions.NotFound",
        "404 Resource not found (resource=orders-sub).",
        404,
        P,
    ),
    (
        "google-cloud-pubsub",
        "google.api_core.exceptions.FailedPrecondition",
        (
            "400 Cannot modify ack deadline for message: this subscription is "
            "configured for exactly-once delivery and the ack ID is not valid."
        ),
        400,
        P,
    ),
    (
        "azure-core",
        "azure.core.exceptions.AzureError",
        (
            "<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>: Failed "
            "to establish a new connection: [Errno 111] Connection refused"
        ),
        None,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        "Operation returned an invalid status 'Service Unavailable'",
        503,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        "Operation returned an invalid status 'Too Many Requests'",
        429,
        T,
    ),
    (
        "azure-core",
        "azure.core.exceptions.HttpResponseError",
        (
            "Operation returned an invalid status 'Bad Request'\nContent: "
            '{"error":{"code":"InvalidRequestContent","message":"The request '
            "content was invalid and could not be deserialized: 'Could not find "
            "member 'foo' on object of type 'Template'.\"}}"
        ),
        400,
        V,
    ),
    (
        "azure-core",
        "azure.core.exceptions.ResourceNotFoundError",
        "Operation returned an invalid status 'Not Found'",
        404,
        P,
    ),
    (
        "azure-keyvault",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "(SecretNotFound) A secret with (name/id) db-password was not found in "
            "this key vault. If you recently deleted this secret you may be able "
            "to recover it using the correct recovery command. For help resolving "
            "this issue, please see "
            "https://go.microsoft.com/fwlink/?linkid=2125182\nCode: SecretNotFound\n"
            "Message: A secret with (name/id) db-password was not found in this key vault."
        ),
        404,
        P,
    ),
    (
        "azure-keyvault",
        "azure.core.exceptions.HttpResponseError",
        (
            "(Forbidden) The user, group or application "
            "'appid=1f2e3d4c;oid=5a6b7c8d;iss=https://sts.windows.net/0000/' does "
            "not have secrets get permission on key vault "
            "'acme-kv;location=westeurope'. For help resolving this issue, please "
            "see https://go.microsoft.com/fwlink/?linkid=2125287\nCode: Forbidden\n"
            "Message: The user, group or application does not have secrets get "
            "permission on key vault."
        ),
        403,
        P,
    ),
    (
        "azure-keyvault",
        "azure.core.exceptions.HttpResponseError",
        (
            "(Throttled) Request was not processed because too many requests were "
            "received. Reason: VaultRequestTypeLimitReached\nCode: Throttled\n"
            "Message: Request was not processed because too many requests were received."
        ),
        429,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InternalFailure) when calling the PutMetricData "
            "operation (reached max retries: 4): The request processing has failed "
            "because of an unknown error, exception or failure."
        ),
        500,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ServiceUnavailable) when calling the "
            "DescribeInstances operation (reached max retries: 4): The request has "
            "failed due to a temporary failure of the server."
        ),
        503,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (IncompleteSignature) when calling the "
            "GetCallerIdentity operation: The request signature does not conform "
            "to AWS standards."
        ),
        400,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (MissingAuthenticationToken) when calling the "
            "ListBuckets operation: Request is missing Authentication Token"
        ),
        403,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidAction) when calling the Foo operation: The "
            "action or operation requested is invalid. Verify that the action is "
            "typed correctly."
        ),
        400,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (NotAuthorized) when calling the Publish operation: "
            "You do not have permission to perform this action."
        ),
        403,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ModelTimeoutException) when calling the "
            "InvokeModel operation: Model has timed out in processing the request. "
            "Try your request again."
        ),
        408,
        T,
    ),
    (
        "botocore",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (ModelNotReadyException) when calling the "
            "InvokeModel operation (reached max retries: 4): Model is not ready "
            "for inference. Wait and try your request again."
        ),
        429,
        T,
    ),
    ("kafka-python", "kafka.errors.KafkaError", "KafkaError: Unable to connect to any of the seed brokers", None, T),
    ("aiokafka", "aiokafka.errors.ProducerClosed", "ProducerClosed", None, P),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        (
            'KafkaError{code=_FATAL,val=-150,str="Fatal error: Broker: Producer '
            "attempted an operation with an old epoch: Producer epoch 3 is fenced "
            'by a newer instance"}'
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=TOPIC_EXCEPTION,val=17,str="Broker: Invalid topic"}',
        None,
        V,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=LEADER_NOT_AVAILABLE,val=5,str="Broker: Leader not available"}',
        None,
        T,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        'KafkaError{code=BROKER_NOT_AVAILABLE,val=8,str="Broker: Broker not available"}',
        None,
        T,
    ),
    ("pika", "pika.exceptions.AMQPError", "Connection to 10.0.0.7:5672 failed: timeout", None, T),
    ("pika", "pika.exceptions.AMQPChannelError", "(404, \"NOT_FOUND - no queue 'orders.dlq' in vhost '/'\")", None, P),
    (
        "pika",
        "pika.exceptions.AMQPConnectionError",
        ("(AMQPConnectorSocketConnectError: gaierror(-3, 'Temporary failure in name resolution'),)"),
        None,
        T,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.AMQPError",
        "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'",
        None,
        T,
    ),
    (
        "aio-pika",
        "aiormq.exceptions.ChannelClosed",
        ('(406, "PRECONDITION_FAILED - message size 200000000 is larger than configured max size 134217728")'),
        None,
        V,
    ),
    (
        "grpc",
        "grpc.RpcError",
        (
            "<_MultiThreadedRendezvous of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "Connection reset by peer"\n'
            '\tdebug_error_string = "UNKNOWN:Error received from peer '
            'ipv4:10.0.0.5:50051 {grpc_status:14}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc.RpcError",
        (
            "<_MultiThreadedRendezvous of RPC that terminated with:\n\tstatus = "
            'StatusCode.CANCELLED\n\tdetails = "Channel closed!"\n\tdebug_error_string '
            '= "UNKNOWN:Error received from peer {grpc_status:1}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc.aio.AioRpcError",
        (
            "<AioRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.DEADLINE_EXCEEDED\n\tdetails = "Deadline Exceeded"\n'
            '\tdebug_error_string = "UNKNOWN:Deadline Exceeded {grpc_status:4}"\n>'
        ),
        None,
        T,
    ),
    (
        "grpc",
        "grpc.aio.AioRpcError",
        (
            "<AioRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.PERMISSION_DENIED\n\tdetails = "Permission denied on '
            'resource project acme."\n\tdebug_error_string = "UNKNOWN:Error received '
            'from peer {grpc_status:7}"\n>'
        ),
        None,
        P,
    ),
    (
        "docker",
        "docker.errors.DockerException",
        (
            "Error while fetching server API version: "
            "HTTPConnectionPool(host='localhost', port=2375): Read timed out. (read timeout=60)"
        ),
        None,
        T,
    ),
    ("docker", "docker.errors.InvalidArgument", '"host" is not a valid network mode', None, V),
    (
        "kubernetes",
        "kubernetes.client.exceptions.OpenApiException",
        "Invalid value for `containers`, must not be `None`",
        None,
        V,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiValueError",
        "Missing the required parameter `namespace` when calling `create_namespaced_job`",
        None,
        V,
    ),
    (
        "kubernetes",
        "kubernetes.client.exceptions.ApiTypeError",
        "Got an unexpected keyword argument 'namespce' to method create_namespaced_job",
        None,
        P,
    ),
    (
        "kubernetes",
        "kubernetes.config.config_exception.ConfigException",
        "Invalid kube-config file. Expected key current-context in /root/.kube/config",
        None,
        P,
    ),
    ("stripe", "stripe.StripeError", "Request req_1a2B3c4D5e: Your card was declined.", 402, V),
    (
        "stripe",
        "stripe.APIError",
        (
            "Invalid response object from API: 'upstream connect error or "
            "disconnect/reset before headers. reset reason: connection "
            "termination' (HTTP response code was 503)"
        ),
        503,
        T,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        ("Request req_1a2B3c4D5e: Invalid string: a 5001-character string; must be at most 5000 characters"),
        400,
        V,
    ),
    (
        "stripe",
        "stripe.InvalidRequestError",
        (
            "Request req_1a2B3c4D5e: The PaymentMethod pm_1Q1w2E3r4 was previously "
            "used without being attached to a Customer or was detached from a "
            "Customer, and may not be used again."
        ),
        400,
        V,
    ),
    ("litellm", "litellm.APIError", "litellm.APIError: AzureException APIError - Internal server error", 500, T),
    (
        "litellm",
        "litellm.exceptions.BadRequestError",
        (
            "litellm.BadRequestError: AnthropicException - "
            '{"type":"error","error":{"type":"invalid_request_error","message":"You'
            "r credit balance is too low to access the Anthropic API. Please go to "
            'Plans & Billing to upgrade or purchase credits."}}'
        ),
        400,
        R,
    ),
    (
        "litellm",
        "litellm.exceptions.BadRequestError",
        (
            "litellm.BadRequestError: VertexAIException BadRequestError - {\n  "
            '"error": {\n    "code": 400,\n    "message": "Request contains an '
            'invalid argument.",\n    "status": "INVALID_ARGUMENT"\n  }\n}\n'
        ),
        400,
        V,
    ),
    (
        "litellm",
        "litellm.exceptions.NotFoundError",
        ('litellm.NotFoundError: BedrockException - {"message":"The provided model identifier is invalid."}'),
        404,
        P,
    ),
    (
        "litellm",
        "litellm.exceptions.RateLimitError",
        (
            'litellm.RateLimitError: BedrockException - {"message":"Too many '
            'requests, please wait before trying again."}'
        ),
        429,
        T,
    ),
    (
        "requests",
        "requests.exceptions.RequestException",
        ("HTTPSConnectionPool(host='api.acme.test', port=443): Read timed out. (read timeout=30)"),
        None,
        T,
    ),
    ("httpx", "httpx.HTTPError", "Server disconnected without sending a response.", None, T),
    ("httpx", "httpx.TransportError", "[Errno 104] Connection reset by peer", None, T),
    ("httpx", "httpx.RequestError", "[Errno 111] Connection refused", None, T),
    (
        "aiohttp",
        "aiohttp.ClientError",
        "Cannot connect to host api.acme.test:443 ssl:default [Connection reset by peer]",
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientResponseError",
        (
            "400, message='Got more than 8190 bytes (9000) when reading Header "
            "value is too long.', url='https://api.acme.test/v1/orders'"
        ),
        400,
        V,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ContentTypeError",
        (
            "502, message='Attempt to decode JSON with unexpected mimetype: "
            "text/html', url='https://api.acme.test/v1/orders'"
        ),
        502,
        T,
    ),
    (
        "urllib3",
        "urllib3.exceptions.HTTPError",
        ("Connection pool is full, discarding connection: api.acme.test. Connection pool size: 10"),
        None,
        R,
    ),
    (
        "urllib3",
        "urllib3.exceptions.SSLError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to "
            "get local issuer certificate (_ssl.c:1006)"
        ),
        None,
        P,
    ),
    (
        "urllib3",
        "urllib3.exceptions.ConnectTimeoutError",
        (
            "(<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>, "
            "'Connection to api.acme.test timed out. (connect timeout=10)')"
        ),
        None,
        T,
    ),
    ("groq", "groq.APIError", "Connection error.", None, T),
    (
        "groq",
        "groq.APIStatusError",
        (
            "Error code: 503 - {'error': {'message': 'groq_api is currently over "
            "capacity. Please try again and back off exponentially. Visit "
            "https://groqstatus.com to see if there is an active incident.', "
            "'type': 'internal_server_error'}}"
        ),
        503,
        T,
    ),
    ("wrapper", "builtins.Exception", "Failed to write batch to DynamoDB: The conditional request failed", None, V),
    ("wrapper", "builtins.Exception", "Lambda invocation failed: Task timed out after 900.00 seconds", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        "S3 upload failed: Your proposed upload exceeds the maximum allowed size",
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Could not assume role arn:aws:iam::123456789012:role/etl: The "
            "security token included in the request is expired"
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "SNS publish failed: Invalid parameter: Message too long", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Kinesis put_records: 12 of 500 records failed: ProvisionedThroughputExceededException"),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "SQS: Message must be shorter than 262144 bytes.", None, V),
    ("wrapper", "builtins.RuntimeError", "Secrets Manager can't find the specified secret.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "EC2 launch failed: We currently do not have sufficient p4d.24xlarge "
            "capacity in the Availability Zone you requested (us-east-1a)."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "You have requested more vCPU capacity than your current vCPU limit of "
            "32 allows for the instance bucket that the specified instance type belongs to."
        ),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Could not connect to the endpoint URL: "
            '"https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claud'
            'e-3-5-sonnet/invoke"'
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.Exception",
        ('Unable to locate credentials. You can configure credentials by running "aws configure".'),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "HTTP request to https://api.acme.test/v1/orders failed after 5 "
            "attempts: 503 Server Error: Service Unavailable"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Webhook POST https://hooks.acme.test/x returned 404 Client Error: Not Found",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Failed to fetch https://api.acme.test/v1/orders: Read timed out. (read timeout=30)",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Request to https://api.acme.test failed: [SSL: "
            "CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has "
            "expired (_ssl.c:1006)"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "API call failed (422): "
            '{"detail":[{"loc":["body","email"],"msg":"value is not a valid email '
            'address","type":"value_error.email"}]}'
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        'API call failed (401): {"detail":"Invalid authentication credentials"}',
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('API call failed (429): {"detail":"Request was throttled. Expected available in 12 seconds."}'),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Connection to redis://cache:6379 lost: Connection closed by server.",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.Exception",
        "Task orders.sync raised: ConnectionResetError(104, 'Connection reset by peer')",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Retry limit exceeded; last error: "
            "HTTPSConnectionPool(host='api.acme.test', port=443): Max retries "
            "exceeded with url: /v1 (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised ReadTimeout>]",
        None,
        T,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised BadRequestError>]",
        None,
        V,
    ),
    (
        "wrapper",
        "tenacity.RetryError",
        "RetryError[<Future at 0x7f3a2c1b9d50 state=finished raised NoCredentialsError>]",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "gRPC error: <_InactiveRpcError of RPC that terminated with:\n\tstatus = "
            'StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses"\n>'
        ),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Pub/Sub publish failed: 404 Resource not found (resource=orders).", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "BigQuery load job failed: Error while reading data, error message: "
            "CSV table encountered too many errors, giving up. Rows: 10; errors: 1."
        ),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("BigQuery job failed: Quota exceeded: Your project exceeded quota for free query bytes scanned."),
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "GCS download failed: 403 GET "
            "https://storage.googleapis.com/download/storage/v1/b/acme-raw/o/x: "
            "etl@acme.iam.gserviceaccount.com does not have storage.objects.get "
            "access to the Google Cloud Storage object."
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "Blob upload failed: The specified container does not exist.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Azure OpenAI call failed: Requests to the ChatCompletions_Create "
            "Operation under Azure OpenAI API version 2024-02-01 have exceeded "
            "call rate limit of your current OpenAI S0 pricing tier. Please retry "
            "after 2 seconds."
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Key Vault: A secret with (name/id) db-password was not found in this key vault.",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Cosmos upsert failed: Request rate is large. More Request Units may "
            "be needed, so no changes were made. Please retry this request later."
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Service Bus send failed: The messaging entity 'sb://acme.servicebus.windows.net/orders' could not be found."),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Kubernetes job submit failed: (403)\nReason: Forbidden\nHTTP response "
            "headers: HTTPHeaderDict({'Content-Type': 'application/json'})\nHTTP "
            'response body: {"kind":"Status","status":"Failure","message":"jobs.bat'
            'ch is forbidden: User \\"system:serviceaccount:etl:runner\\" cannot '
            'create resource \\"jobs\\" in API group \\"batch\\" in the namespace '
            '\\"etl\\"","reason":"Forbidden","code":403}\n'
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Pod trainer-0 failed: reason=Evicted message=The node was low on resource: ephemeral-storage."),
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "Pod trainer-0 failed: reason=OOMKilled exitCode=137", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Pod trainer-0 pending: 0/4 nodes are available: 4 Insufficient nvidia.com/gpu.",
        None,
        R,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Container etl exited with code 1: ModuleNotFoundError: No module named 'pandas'",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "docker run failed: Error response from daemon: pull access denied for "
            "acme/etl, repository does not exist or may require 'docker login': "
            "denied: requested access to the resource is denied"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Build failed: failed to solve: failed to compute cache key: failed to "
            'calculate checksum of ref 3f1c::x: "/requirements.txt": not found'
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "LLM call failed after 3 retries: Error code: 429 - {'type': 'error', "
            "'error': {'type': 'rate_limit_error', 'message': 'This request would "
            "exceed the rate limit for your organization of 80,000 input tokens per minute.'}}"
        ),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Summarisation failed: prompt is too long: 215000 tokens > 200000 maximum",
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Agent step failed: Your credit balance is too low to access the "
            "Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."
        ),
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "Completion failed: Incorrect API key provided: sk-proj-***abcd.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Completion failed: The model `gpt-5x` does not exist or you do not have access to it."),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Completion failed: Your request was rejected as a result of our safety system.",
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "Gemini: 400 API key not valid. Please pass a valid API key.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Gemini: The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)."),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Groq: Rate limit reached for model `llama-3.1-8b-instant` in "
            "organization `org_01abc` on tokens per minute (TPM): Limit 6000, Used "
            "5800, Requested 900. Please try again in 7s."
        ),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Charge failed: Your card has insufficient funds.", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Charge failed: An error occurred while processing your card. Try again in a little bit."),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Refund failed: Charge ch_3Q1w2E3r4 has already been refunded.", None, V),
    ("wrapper", "builtins.RuntimeError", "Stripe API: Invalid API Key provided: sk_live_****1234", None, P),
    ("wrapper", "builtins.RuntimeError", "Kafka: Broker: Message size too large", None, V),
    ("wrapper", "builtins.RuntimeError", "Kafka consumer error: Broker: Not coordinator", None, T),
    ("wrapper", "builtins.RuntimeError", "Kafka: Local: All broker connections are down", None, T),
    ("wrapper", "builtins.RuntimeError", "Kafka admin: Topic 'orders' already exists.", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Kafka: SASL authentication error: Authentication failed during "
            "authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "RabbitMQ publish failed: NOT_FOUND - no exchange 'orders' in vhost '/'",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "RabbitMQ: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN.",
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "RabbitMQ: connection blocked by broker: low on memory", None, R),
    ("wrapper", "builtins.RuntimeError", "RabbitMQ: connection blocked by broker: low on disk", None, R),
    (
        "wrapper",
        "builtins.ValueError",
        (
            'Invalid bucket name "Acme_Raw": Bucket name must match the regex '
            '"^[a-zA-Z0-9.\\-_]{1,255}$" or be an ARN matching the regex '
            '"^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint['
            "/:][a-zA-Z0-9\\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12"
            '}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$"'
        ),
        None,
        V,
    ),
    ("wrapper", "builtins.ValueError", "Timeout value connect was -1, but it must be an int, float or None.", None, V),
    ("wrapper", "builtins.ValueError", "max_tokens must be at least 1, got 0.", None, V),
    ("wrapper", "builtins.TypeError", "create() got an unexpected keyword argument 'max_token'", None, P),
    ("wrapper", "builtins.KeyError", "'choices'", None, P),
    ("wrapper", "builtins.AttributeError", "'NoneType' object has no attribute 'content'", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("DynamoDB write throttled: The level of configured provisioned throughput for the table was exceeded."),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "DynamoDB: Requested resource not found: Table: orders not found", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "DynamoDB: Transaction cancelled, please refer cancellation reasons "
            "for specific reasons [TransactionConflict]"
        ),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "S3: The specified bucket does not exist", None, P),
    ("wrapper", "builtins.RuntimeError", "S3: Please reduce your request rate.", None, T),
    ("wrapper", "builtins.RuntimeError", "S3: We encountered an internal error. Please try again.", None, T),
    ("wrapper", "builtins.RuntimeError", "STS: The security token included in the request is invalid.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Lambda: An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:enrich"),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Secrets Manager can't decrypt the protected secret text using the provided KMS key."),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "SQS: The specified queue does not exist for this wsdl version.", None, P),
    ("wrapper", "builtins.RuntimeError", "SQS: Too many messages in flight", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("EC2: You are not authorized to perform this operation. Encoded authorization failure message: 4Q8b2k"),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "EC2: The maximum number of addresses has been reached.", None, R),
    ("wrapper", "builtins.RuntimeError", "EC2: Request limit exceeded.", None, T),
    ("wrapper", "builtins.RuntimeError", "IAM: Cannot exceed quota for PoliciesPerRole: 10", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        "KMS: arn:aws:kms:us-east-1:123456789012:key/3f1c2a9e is pending deletion.",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "SES: Email address is not verified. The following identities failed "
            "the check in region US-EAST-1: noreply@acme.test"
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "SES: Maximum sending rate exceeded.", None, T),
    ("wrapper", "builtins.RuntimeError", "SES: Daily message quota exceeded.", None, R),
    ("wrapper", "builtins.RuntimeError", "Bedrock: Input is too long for requested model.", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Bedrock: You don't have access to the model with the specified model ID.",
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "Bedrock: Too many requests, please wait before trying again.", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Bedrock: Model has timed out in processing the request. Try your request again.",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "BigQuery: Not found: Table acme:sales.orders was not found in location US",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "BigQuery: Access Denied: Table acme:sales.orders: User does not have "
            "permission to query table acme:sales.orders."
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "BigQuery: Exceeded rate limits: too many table update operations for this table.",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Firestore: Too much contention on these documents. Please try again.",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Firestore: The query requires an index. You can create it here: "
            "https://console.firebase.google.com/v1/r/project/acme/firestore/indexe"
            "s?create_composite=ClE"
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "Pub/Sub: Received message larger than max (5000000 vs. 4194304)", None, V),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Spanner: Transaction was aborted. It was wounded by a higher priority transaction due to lock conflict."),
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Azure: Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota."),
        None,
        R,
    ),
    ("wrapper", "builtins.RuntimeError", "Azure Storage: The specified blob does not exist.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Azure Storage: Server failed to authenticate the request. Make sure "
            "the value of Authorization header is formed correctly including the signature."
        ),
        None,
        P,
    ),
    ("wrapper", "builtins.RuntimeError", "Azure Storage: The server is busy.", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "Azure: The client 'etl' with object id '1f2e' does not have "
            "authorization to perform action "
            "'Microsoft.Compute/virtualMachines/read' over scope "
            "'/subscriptions/0000' or the scope is invalid."
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Azure: Another operation on this or dependent resource is in progress.",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Azure: AADSTS7000215: Invalid client secret provided.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ('k8s: Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value'),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "k8s: etcdserver: leader changed", None, T),
    (
        "wrapper",
        "builtins.RuntimeError",
        "k8s: the server has received too many requests and has asked us to try again later",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "docker: No such image: acme/etl:v9", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "docker: Error response from daemon: conflict: unable to remove "
            'repository reference "acme/etl:v9" (must force) - container abc123 is '
            "using its referenced image 3f1c2a9e"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "docker: Error response from daemon: failed to create task for "
            "container: failed to create shim task: OCI runtime create failed: "
            "runc create failed: unable to start container process: exec: "
            '"etl-run": executable file not found in $PATH: unknown'
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("OpenAI: This model's maximum context length is 16385 tokens. However, you requested 17000 tokens."),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "OpenAI: The engine is currently overloaded, please try again later", None, T),
    ("wrapper", "builtins.RuntimeError", "OpenAI: Billing hard limit has been reached", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Anthropic: Number of request tokens has exceeded your per-minute rate limit",
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Anthropic: This organization has been disabled.", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        (
            "LiteLLM: LLM Provider NOT provided. Pass in the LLM provider you are "
            "trying to call. You passed model=mistral-large"
        ),
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("Stripe: Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."),
        None,
        T,
    ),
    ("wrapper", "builtins.RuntimeError", "Stripe: Your card's security code is incorrect.", None, V),
    ("wrapper", "builtins.RuntimeError", "Kafka: Broker: Topic authorization failed", None, P),
    ("wrapper", "builtins.RuntimeError", "Kafka: Broker: Not enough in-sync replicas", None, T),
    ("wrapper", "builtins.RuntimeError", "Kafka: Local: Queue full", None, R),
    (
        "wrapper",
        "builtins.RuntimeError",
        "Kafka: Commit failed: Broker: Specified group generation id is not valid",
        None,
        T,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("RabbitMQ: PRECONDITION_FAILED - message size 200000000 is larger than configured max size 134217728"),
        None,
        V,
    ),
    ("wrapper", "builtins.RuntimeError", "RabbitMQ: NOT_FOUND - no queue 'orders' in vhost '/'", None, P),
    (
        "wrapper",
        "builtins.RuntimeError",
        ("gRPC: StatusCode.RESOURCE_EXHAUSTED: Received message larger than max (5242880 vs. 4194304)"),
        None,
        V,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "gRPC: StatusCode.UNAUTHENTICATED: Request had invalid authentication credentials.",
        None,
        P,
    ),
    (
        "wrapper",
        "builtins.RuntimeError",
        "gRPC: StatusCode.INVALID_ARGUMENT: Request contains an invalid argument.",
        None,
        V,
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


# The second group: phrases and codes of the template sweep, each where a weaker signal decided before.
@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule"),
    [
        # no rule: unknown (the 3xx family alone is too weak)
        (
            "botocore.exceptions.ClientError",
            "An error occurred (PermanentRedirect) when calling the ListObjectsV2 operation: The bucket you are "
            "attempting to access must be addressed using the specified endpoint. Please send all future requests to "
            "this endpoint.",
            301,
            P,
            "vendor.aws.PermanentRedirect",
        ),
        # "malformed" said 'validation' (message.bad_data)
        (
            "botocore.exceptions.ClientError",
            "An error occurred (AuthorizationHeaderMalformed) when calling the ListObjectsV2 operation: The "
            "authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'",
            400,
            P,
            "vendor.aws.AuthorizationHeaderMalformed",
        ),
        # the 424 family said 'validation'
        (
            "botocore.errorfactory.ModelErrorException",
            "An error occurred (ModelErrorException) when calling the InvokeModel operation: The system encountered "
            "an unexpected error during processing. Try your request again.",
            424,
            T,
            "message.network",
        ),
        # RefreshError alone says 'permanent'
        (
            "google.auth.exceptions.RefreshError",
            "Failed to retrieve http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/"
            "token from the Google Compute Engine metadata service. Status: 500 Response:\nb'Internal Server Error'",
            None,
            T,
            "type.transient.metadata_server_error",
        ),
        # the 500 alone said 'transient'
        (
            "docker.errors.APIError",
            '500 Server Error for http+docker://localhost/v1.43/images/create: Internal Server Error ("Get '
            '\\"https://registry.acme.test/v2/\\": tls: failed to verify certificate: x509: certificate signed by '
            'unknown authority")',
            500,
            P,
            "message.tls_certificate",
        ),
        # the 409 family said 'validation'
        (
            "docker.errors.APIError",
            '409 Client Error for http+docker://localhost/v1.43/containers/abc123?force=True: Conflict ("removal of '
            'container abc123 is already in progress")',
            409,
            T,
            "message.db_concurrency",
        ),
        # librdkafka's _INVALID_TYPE (a client bug) said 'permanent' for OpenAI's invalid_type
        (
            "openai.BadRequestError",
            "Error code: 400 - {'error': {'message': \"Invalid type for 'max_tokens': expected an integer, but got a "
            "string instead.\", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'invalid_type'}}",
            400,
            V,
            "vendor.llm.invalid_type",
        ),
        # the 400 family said 'validation'
        (
            "google.genai.errors.ClientError",
            "400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'Gemini API free tier is not available in "
            "your country. Please enable billing on your project in Google AI Studio.', 'status': "
            "'FAILED_PRECONDITION'}}",
            400,
            P,
            "message.not_available_in_country",
        ),
        # RESOURCE_EXHAUSTED alone says 'resource'
        (
            "google.genai.errors.ClientError",
            "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Quota exceeded for aiplatform.googleapis.com/"
            "generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro. Please "
            "submit a quota increase request.', 'status': 'RESOURCE_EXHAUSTED'}}",
            429,
            T,
            "message.rate_limited",
        ),
        # the class's name pattern said 'validation'
        (
            "stripe.InvalidRequestError",
            "Request req_1a2B3c4D5e: Only Stripe Connect platforms can work with other accounts. If you specified a "
            "client_id parameter, make sure it's correct.",
            400,
            P,
            "message.account_capability",
        ),
        # nothing decided: unknown
        (
            "stripe.InvalidRequestError",
            "Request req_1a2B3c4D5e: No such customer: 'cus_Q1w2E3r4'; a similar object exists in live mode, but a "
            "test mode key was used to make this request.",
            400,
            P,
            "message.api_key_mode_mismatch",
        ),
    ],
)
def test_template_phrase_beats_the_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)


def test_a_metadata_server_without_a_service_account_stays_permanent(clf: Classifier) -> None:
    """Only the metadata server's 5xx is transient; its 404 (no service account on the instance) is not."""
    message = (
        "Failed to retrieve http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token "
        "from the Google Compute Engine metadata service. Status: 404 Response:\nb'Not Found'"
    )
    assert verdict_of(clf, "google.auth.exceptions.RefreshError", message)[0] is P


# The third group: more AWS services, wrappers and the long tail, each where a weaker signal decided before.
@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule"),
    [
        # InvalidParameterException alone says 'validation'
        (
            "botocore.errorfactory.InvalidParameterException",
            "An error occurred (InvalidParameterException) when calling the RunTask operation: No Container Instances "
            "were found in your cluster.",
            400,
            R,
            "code.InvalidParameterException.no_container_instances",
        ),
        # ValidationError alone says 'validation'
        (
            "botocore.exceptions.ClientError",
            "An error occurred (ValidationError) when calling the UpdateStack operation: Stack:arn:aws:cloudformation:"
            "us-east-1:123456789012:stack/etl/3f1c2a9e is in UPDATE_IN_PROGRESS state and can not be updated.",
            400,
            T,
            "code.ValidationError.stack_operation_in_progress",
        ),
        # the code pattern Concurrent* said 'transient' (a concurrent modification)
        (
            "botocore.errorfactory.ConcurrentRunsExceededException",
            "An error occurred (ConcurrentRunsExceededException) when calling the StartJobRun operation: Concurrent "
            "runs exceeded for job: nightly",
            400,
            R,
            "vendor.aws.ConcurrentRunsExceededException",
        ),
        # "... and try again" said 'transient'
        (
            "botocore.errorfactory.ParameterLimitExceeded",
            "An error occurred (ParameterLimitExceeded) when calling the PutParameter operation: You have exceeded "
            "the number of parameters for this AWS account. Delete unnecessary parameters and try again.",
            400,
            R,
            "vendor.aws.ParameterLimitExceeded",
        ),
        # the 400 family said 'validation'
        (
            "botocore.errorfactory.AccountSendingPausedException",
            "An error occurred (AccountSendingPausedException) when calling the SendEmail operation: Sending is "
            "paused for this account.",
            400,
            P,
            "vendor.aws.AccountSendingPausedException",
        ),
        (
            "botocore.errorfactory.ClientException",
            "An error occurred (ClientException) when calling the CreateService operation: Unable to assume the "
            "service linked role. Please verify that the ECS service linked role exists.",
            400,
            P,
            "message.service_linked_role_missing",
        ),
        # RESOURCE_EXHAUSTED alone says 'resource'
        (
            "grpc._channel._InactiveRpcError",
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "
            "\"Insufficient tokens for quota 'ReadGroup' and limit 'CLIENT_PROJECT-100s' of service "
            "'bigtableadmin.googleapis.com' for consumer 'project_number:123456'.\"\n>",
            None,
            T,
            "message.rate_limited",
        ),
        # "too many concurrent queries" said 'resource' (capacity_limit)
        (
            "google.api_core.exceptions.Forbidden",
            "403 Exceeded rate limits: too many concurrent queries for this project_and_region. For more information, "
            "see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
            403,
            T,
            "message.rate_limited",
        ),
        # litellm's APIConnectionError alone says 'transient'
        (
            "litellm.APIConnectionError",
            'litellm.APIConnectionError: Ollama_chatException - {"error":"model \'llama3\' not found, try pulling it '
            'first"}',
            500,
            P,
            "type.permanent.model_not_pulled",
        ),
        # nothing decided: unknown
        (
            "stripe.CardError",
            "Request req_1a2B3c4D5e: The card number is not a valid credit card number.",
            402,
            V,
            "message.payment_declined",
        ),
        # the class's name pattern said 'validation'
        (
            "stripe.InvalidRequestError",
            "Request req_1a2B3c4D5e: You have insufficient available funds in your Stripe account. Try adding funds "
            "directly to your available balance by creating Charges using the 4000000000000077 test card.",
            400,
            R,
            "message.account_balance",
        ),
    ],
)
def test_template_rule_of_the_long_tail_beats_the_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)


def test_a_card_without_funds_is_still_a_decline(clf: Classifier) -> None:
    """The platform's balance phrase needs 'in your ... account': a card's insufficient funds stays validation."""
    message = "Request req_1a2B3c4D5e: Your card has insufficient funds."
    assert verdict_of(clf, "stripe.CardError", message, 402)[0] is V


# The fourth group: the same texts behind a generic wrapper (RuntimeError alone is a bug at the weak tier, and a weak
# phrase against it falls under the confidence floor), so only a strong phrase decides.
@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        (
            "ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000001 in stream orders "
            "under account 123456789012.",
            T,
            "message.aws_rate_exceeded",
        ),
        ("getaddrinfo EAI_AGAIN api.acme.test", T, "message.network"),
        ("Embedding request failed: input too long (8500 tokens > 8192)", V, "message.payment_declined"),
        ("Payment failed: insufficient_funds", V, "message.payment_declined"),
        ("Payment failed: expired_card", V, "message.payment_declined"),
        (
            'error: error loading config file "/root/.kube/config": yaml: line 5: mapping values are not allowed in '
            "this context",
            P,
            "message.config",
        ),
        (
            'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container '
            '"abc123".',
            V,
            "message.integrity",
        ),
        (
            "RequestEntityTooLargeException: Request must be smaller than 6291456 bytes for the InvokeFunction "
            "operation",
            V,
            "message.bad_data",
        ),
        (
            "Error code: 400 - {'error': {'message': \"Invalid schema for response_format 'order': In context=(), "
            "'additionalProperties' is required to be supplied and to be false.\", 'type': 'invalid_request_error'}}",
            V,
            "message.schema",
        ),
    ],
)
def test_template_behind_a_generic_wrapper_is_read_by_a_strong_phrase(
    clf: Classifier, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule)


def test_openai_server_error_text_without_a_status_is_transient(clf: Classifier) -> None:
    # openai.APIError alone decides nothing (unknown) when a streamed error carries no status
    message = "The server had an error while processing your request. Sorry about that!"
    assert verdict_of(clf, "openai.APIError", message) == (T, "message.llm_server_error")


def test_a_fenced_producer_under_librdkafka_fatal_is_permanent(clf: Classifier) -> None:
    # _FATAL is not in the code tables (its meaning is in its text): nothing decided before, unknown
    message = (
        'KafkaError{code=_FATAL,val=-150,str="Fatal error: Broker: Producer attempted an operation with an old epoch: '
        'Producer epoch 3 is fenced by a newer instance"}'
    )
    assert verdict_of(clf, "confluent_kafka.KafkaException", message) == (P, "message.producer_fenced")


# The sixth group: service texts without their codes behind a wrapper; before, each was unknown or the wrapper's
# weak 'bug' verdict (RuntimeError alone).
@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        ("SNS publish failed: Invalid parameter: Message too long", V, "message.bad_data"),
        ("SQS: Message must be shorter than 262144 bytes.", V, "message.bad_data"),
        ("Kafka: Broker: Message size too large", V, "message.bad_data"),
        (
            "BigQuery load job failed: Error while reading data, error message: CSV table encountered too many "
            "errors, giving up. Rows: 10; errors: 1.",
            V,
            "message.tpl_rejected_input",
        ),
        (
            "Kinesis put_records: 12 of 500 records failed: ProvisionedThroughputExceededException",
            T,
            "message.aws_rate_exceeded",
        ),
        (
            "EC2 launch failed: We currently do not have sufficient p4d.24xlarge capacity in the Availability Zone "
            "you requested (us-east-1a).",
            R,
            "message.cloud_capacity_text",
        ),
        (
            "You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket "
            "that the specified instance type belongs to.",
            R,
            "message.cloud_capacity_text",
        ),
        ("Kafka consumer error: Broker: Not coordinator", T, "message.broker"),
        ("Kafka: Local: All broker connections are down", T, "message.broker"),
        ("Kafka admin: Topic 'orders' already exists.", V, "message.topic_already_exists"),
        ("RabbitMQ: connection blocked by broker: low on memory", R, "message.quota_exhausted"),
        ("Refund failed: Charge ch_3Q1w2E3r4 has already been refunded.", V, "message.charge_already_settled"),
        (
            "Completion failed: Your request was rejected as a result of our safety system.",
            V,
            "message.payment_declined",
        ),
        (
            "Gemini: The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).",
            V,
            "message.payment_declined",
        ),
        (
            "Build failed: failed to solve: failed to compute cache key: failed to calculate checksum of ref 3f1c::x: "
            '"/requirements.txt": not found',
            P,
            "message.build_context_missing",
        ),
    ],
)
def test_service_text_without_its_code_behind_a_wrapper(
    clf: Classifier, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule)


# The seventh group: more service texts without their codes behind a wrapper (before: the wrapper's weak 'bug').
@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        (
            "Lambda: An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:enrich",
            T,
            "message.db_concurrency",
        ),
        ("Azure: Another operation on this or dependent resource is in progress.", T, "message.db_concurrency"),
        ("SQS: Too many messages in flight", R, "message.cloud_capacity_text"),
        ("IAM: Cannot exceed quota for PoliciesPerRole: 10", R, "message.quota_exhausted"),
        (
            "Azure: Operation could not be completed as it results in exceeding approved standardDSv3Family Cores "
            "quota.",
            R,
            "message.quota_exhausted",
        ),
        ("OpenAI: Billing hard limit has been reached", R, "message.credits"),
        ("Kafka: Commit failed: Broker: Specified group generation id is not valid", T, "message.broker"),
    ],
)
def test_more_service_texts_behind_a_wrapper(clf: Classifier, message: str, label: Category, rule: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule)


def test_a_weak_phrase_behind_a_generic_wrapper_stays_unknown(clf: Classifier) -> None:
    """'not found' alone under RuntimeError is below the confidence floor: unknown, not a guess."""
    assert verdict_of(clf, "builtins.RuntimeError", 'k8s: pods "worker-7f9c" not found')[0] is Category.UNKNOWN
