"""Message templates of what libraries raise about their own setup, as users see them (issue 10).

Each case is a text a library raises or relays about its own configuration, credentials, optional dependencies,
backends, protocol or server versions, or its API used against its contract, read in the library's source: botocore
exceptions.py, fsspec registry.py/core.py/asyn.py/implementations/http.py, s3fs, gcsfs and adlfs, pandas
compat/_optional.py, google-auth _default.py, requests-oauthlib oauth2_session.py, oauthlib errors.py, Django
conf/__init__.py, redis-py connection.py/client.py, huggingface datasets load.py/builder.py/
arrow_reader.py/data_files.py/utils/file_utils.py, SQLAlchemy engine/create.py, engine/url.py, util/langhelpers.py,
util/concurrency.py, ext/asyncio and orm/session.py, openai and anthropic _client.py and lib/, pydantic-settings
sources, kombu serialization.py and transport/, psycopg and psycopg_pool, libpq's fe-auth.c, azure-identity
_credentials/, Flask's globals, app, config, ctx and sessions modules, Jinja2's environment and loaders,
transformers' auto classes (texts as relayed verbatim), click's usage errors, pymongo's URI parser and client,
elasticsearch-py's client and helpers, httpx's client and transports, celery's backends, routes and app, boto3's
resources, transfer and DynamoDB conditions, huggingface_hub's login, download and inference clients, pyarrow's
codec and matplotlib's backend texts (as relayed verbatim), google-cloud-core's client, librdkafka's configuration
texts as confluent-kafka raises them, and CPython 3.11's asyncio, threading and logging.config. Each was given the
class users catch and labelled by ../shared/corpus/LABELS.md before the verdict was looked at: a setting,
credential, dependency, backend, version or mode that is wrong or missing, and the library's API misused by the
calling code, are permanent (the environment, the configuration or the code must change); a value the caller passed
that does not fit is validation.

``WRAPPED`` holds the same texts as an application wrapper prints them (``RuntimeError(f"{type(exc).__name__}:
{exc}")``) where one of this sweep's phrases decides. ``WEAKER_WOULD_WIN`` holds the templates a rule of this sweep
decides against weaker evidence: a generic class (ValueError, TypeError, a driver's OperationalError, redis-py's
DataError) or a general phrase ("invalid", "must be", "missing required", a network word) that read them the other
way, or not at all, before.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, class users catch, str(exception), http status, label)
TEMPLATES: list[tuple[str, str, str, int | None, Category]] = [
    ("botocore", "botocore.exceptions.NoCredentialsError", "Unable to locate credentials", None, P),
    (
        "botocore",
        "botocore.exceptions.PartialCredentialsError",
        "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.PartialCredentialsError",
        "Partial credentials found in shared-credentials-file, missing: aws_secret_access_key",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.UnknownSignatureVersionError", "Unknown Signature Version: s3v5.", None, P),
    (
        "botocore",
        "botocore.exceptions.ServiceNotInRegionError",
        "Service sagemaker not available in region ap-east-2",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.NoRegionError", "You must specify a region.", None, P),
    (
        "botocore",
        "botocore.exceptions.UnknownEndpointError",
        "Unable to construct an endpoint for s3 in region us-east-9",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.ProfileNotFound", "The config profile (prod) could not be found", None, P),
    ("botocore", "botocore.exceptions.ConfigParseError", "Unable to parse config file: /home/app/.aws/config", None, P),
    (
        "botocore",
        "botocore.exceptions.ConfigNotFound",
        "The specified config file (/etc/aws/config) could not be found.",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.UnknownServiceError",
        "Unknown service: 's4'. Valid service names are: s3, s3control, sqs, sns",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.DataNotFoundError", "Unable to load data for: endpoints", None, P),
    (
        "botocore",
        "botocore.exceptions.InvalidRegionError",
        "Provided region_name 'us east 1' doesn't match a supported format.",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidS3AddressingStyleError",
        ("S3 addressing style virtal is invalid. Valid options are: 'auto', 'virtual', and 'path'"),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidEndpointDiscoveryConfigurationError",
        (
            "Unsupported configuration value for endpoint_discovery_enabled. Expected one of"
            ' ("true", "false", "auto") but got yes.'
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidRetryConfigurationError",
        (
            'Cannot provide retry configuration for "max_retries". Valid retry configuration'
            " options are: 'max_attempts'"
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidMaxRetryAttemptsError",
        'Value provided to "max_attempts": -1 must be an integer greater than or equal to 0.',
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidRetryModeError",
        ('Invalid value provided to "mode": "fast" must be one of: "legacy", "standard", "adaptive"'),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InvalidSTSRegionalEndpointsConfigError",
        ('STS regional endpoints option global is invalid. Valid options are: "legacy", "regional"'),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.InfiniteLoopConfigError",
        (
            "Infinite loop in credential configuration detected. Attempting to load from profile"
            " dev which has already been visited. Visited profiles: ['dev', 'ops']"
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.RefreshWithMFAUnsupportedError",
        "Cannot refresh credentials: MFA token required.",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.MD5UnavailableError", "This system does not support MD5 generation.", None, P),
    (
        "botocore",
        "botocore.exceptions.UnauthorizedSSOTokenError",
        (
            "The SSO session associated with this profile has expired or is otherwise invalid. To"
            " refresh this SSO session run aws sso login with the corresponding profile."
        ),
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.SSOTokenLoadError",
        "Error loading SSO Token: Token for my-sso does not exist",
        None,
        P,
    ),
    (
        "botocore",
        "botocore.exceptions.UnsupportedSignatureVersionError",
        "Signature version is not supported: s3v4-unsigned",
        None,
        P,
    ),
    ("botocore", "botocore.exceptions.UnknownClientMethodError", "Client does not have method: put_objekt", None, P),
    ("botocore", "botocore.exceptions.OperationNotPageableError", "Operation cannot be paginated: put_object", None, P),
    (
        "botocore",
        "botocore.exceptions.InvalidDNSNameError",
        (
            "Bucket named my_bucket is not DNS compatible. Virtual hosted-style addressing cannot"
            " be used. The addressing style can be configured by removing the addressing_style"
            " value or setting that value to 'path' or 'auto' in the AWS Config file or in the"
            " botocore.client.Config object."
        ),
        None,
        P,
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
        "botocore.exceptions.ParamValidationError",
        (
            "Parameter validation failed:\nInvalid type for parameter Body, value: 3, type: <class"
            " 'int'>, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object"
        ),
        None,
        V,
    ),
    ("fsspec", "builtins.ValueError", "Protocol not known: s4", None, P),
    ("fsspec", "builtins.ImportError", "Install s3fs to access S3", None, P),
    ("fsspec", "builtins.ImportError", "Please install gcsfs to access Google Storage", None, P),
    ("fsspec", "builtins.ImportError", 'HTTPFileSystem requires "requests" and "aiohttp" to be installed', None, P),
    ("fsspec", "builtins.ImportError", 'SFTPFileSystem requires "paramiko" to be installed', None, P),
    ("fsspec", "builtins.ImportError", "Install adlfs to access Azure Datalake Gen2 and Azure Blob Storage", None, P),
    ("fsspec", "builtins.ImportError", "pyarrow and local java libraries required for HDFS", None, P),
    ("fsspec", "builtins.ImportError", "Install dask distributed to access worker file system", None, P),
    ("fsspec", "builtins.ImportError", 'SMB requires "smbprotocol" or "smbprotocol[kerberos]" installed', None, P),
    ("fsspec", "builtins.ValueError", "Name (s3) already in the registry and clobber is False", None, P),
    (
        "pandas",
        "builtins.ImportError",
        "Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.",
        None,
        P,
    ),
    (
        "pandas",
        "builtins.ImportError",
        (
            "Missing optional dependency 'pyarrow'. pyarrow is required for parquet support. Use"
            " pip or conda to install pyarrow."
        ),
        None,
        P,
    ),
    (
        "pandas",
        "builtins.ImportError",
        ("Pandas requires version '3.0.7' or newer of 'openpyxl' (version '2.6.4' currently installed)."),
        None,
        P,
    ),
    ("pandas", "builtins.ImportError", "Can't determine version for xlrd", None, P),
    (
        "google-auth",
        "google.auth.exceptions.DefaultCredentialsError",
        (
            "Could not automatically determine credentials. Please set"
            " GOOGLE_APPLICATION_CREDENTIALS or explicitly create credentials and re-run the"
            " application. For more information, please see"
            " https://cloud.google.com/docs/authentication/getting-started"
        ),
        None,
        P,
    ),
    ("google-auth", "google.auth.exceptions.DefaultCredentialsError", "File /secrets/sa.json was not found.", None, P),
    (
        "google-auth",
        "google.auth.exceptions.DefaultCredentialsError",
        "File /secrets/sa.json is not a valid json file.",
        None,
        P,
    ),
    (
        "google-auth",
        "google.auth.exceptions.DefaultCredentialsError",
        "Failed to load service account credentials from /secrets/sa.json",
        None,
        P,
    ),
    (
        "google-auth",
        "google.auth.exceptions.DefaultCredentialsError",
        (
            "The file /secrets/sa.json does not have a valid type. Type is None, expected one of"
            " ('authorized_user', 'service_account')."
        ),
        None,
        P,
    ),
    (
        "requests-oauthlib",
        "builtins.ValueError",
        "Please supply either code or authorization_response parameters.",
        None,
        P,
    ),
    (
        "requests-oauthlib",
        "builtins.ValueError",
        "`LegacyApplicationClient` requires both the `username` and `password` parameters.",
        None,
        P,
    ),
    ("requests-oauthlib", "builtins.ValueError", "The method kwarg must be POST or GET.", None, P),
    (
        "requests-oauthlib",
        "oauthlib.oauth2.rfc6749.errors.InsecureTransportError",
        "(insecure_transport) OAuth 2 MUST utilize https.",
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "Working outside of application context.\n\nThis typically means that you attempted to"
            " use functionality that needed\nthe current application. To solve this, set up an"
            " application context\nwith app.app_context(). See the documentation for more"
            " information."
        ),
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "Working outside of request context.\n\nThis typically means that you attempted to use"
            " functionality that needed\nan active HTTP request. Consult the documentation on"
            " testing for\ninformation about how to avoid this problem."
        ),
        None,
        P,
    ),
    ("django", "django.core.exceptions.ImproperlyConfigured", "The SECRET_KEY setting must not be empty.", None, P),
    (
        "django",
        "builtins.ImportError",
        ("Settings cannot be imported, because environment variable DJANGO_SETTINGS_MODULE is undefined."),
        None,
        P,
    ),
    (
        "django",
        "builtins.ImportError",
        "Could not import settings 'shop.settings' (Is it on sys.path?): No module named 'shop'",
        None,
        P,
    ),
    ("django", "builtins.ValueError", "Incorrect timezone setting: Europe/Pariss", None, P),
    ("django", "builtins.RuntimeError", "Settings already configured.", None, P),
    ("django", "django.core.exceptions.ImproperlyConfigured", "If set, STATIC_URL must end with a slash", None, P),
    (
        "redis-py",
        "builtins.ValueError",
        "Redis URL must specify one of the following schemes (redis://, rediss://, unix://)",
        None,
        P,
    ),
    ("redis-py", "builtins.ValueError", "Invalid value for 'socket_timeout' in connection URL.", None, P),
    ("redis-py", "builtins.ValueError", "Invalid ssl verify flag: VERIFY_X509_STRIKT", None, P),
    ("redis-py", "redis.exceptions.RedisError", "Python wasn't built with SSL support", None, P),
    ("redis-py", "redis.exceptions.RedisError", "Invalid SSL Certificate Requirements Flag: requried", None, P),
    ("redis-py", "redis.exceptions.RedisError", "cryptography is not installed.", None, P),
    (
        "redis-py",
        "redis.exceptions.RedisError",
        "Either an OCSP staple or pure OCSP connection must be validated - not both.",
        None,
        P,
    ),
    ("redis-py", "redis.exceptions.ConnectionError", "protocol must be either 2 or 3", None, P),
    (
        "redis-py",
        "redis.exceptions.DataError",
        (
            "'username' and 'password' cannot be passed along with 'credential_provider'. Please"
            " provide only one of the following arguments: \n1. 'password' and (optional)"
            " 'username'\n2. 'credential_provider'"
        ),
        None,
        P,
    ),
    ("redis-py", "redis.exceptions.RedisError", "Client caching is only supported with RESP version 3", None, P),
    (
        "redis-py",
        "redis.exceptions.RedisError",
        "Maintenance notifications are only supported with hiredis and RESP3 parsers!",
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        ("To maximize compatibility with all Redis products, client-side caching is supported by Redis 7.4 or later"),
        None,
        P,
    ),
    ("redis-py", "redis.exceptions.AuthenticationError", "Invalid Username or Password", None, P),
    ("redis-py", "redis.exceptions.RedisError", "Cannot issue nested calls to MULTI", None, P),
    ("redis-py", "redis.exceptions.RedisError", "Cannot issue a WATCH after a MULTI", None, P),
    (
        "datasets",
        "builtins.ValueError",
        (
            "Config name is missing.\nPlease pick one among the available configs: ['en',"
            " 'de']\nExample of usage:\n\t`load_dataset('wmt16', 'en')`"
        ),
        None,
        P,
    ),
    ("datasets", "builtins.ValueError", "BuilderConfig 'fr' not found. Available: ['en', 'de']", None, P),
    ("datasets", "builtins.ValueError", "Unknown split \"validation\". Should be one of ['train', 'test'].", None, P),
    ("datasets", "builtins.ValueError", "Bad split: validation. Available splits: ['train', 'test']", None, P),
    ("datasets", "builtins.RuntimeError", "Dataset scripts are no longer supported, but found squad_v2.py", None, P),
    ("datasets", "builtins.ImportError", "Loading datasets from buckets requires huggingface_hub>=1.6.0", None, P),
    (
        "datasets",
        "datasets.exceptions.DatasetNotFoundError",
        ("Dataset 'acme/support-tickets' is a gated dataset on the Hub. You must be authenticated to access it."),
        None,
        P,
    ),
    (
        "datasets",
        "datasets.exceptions.DatasetNotFoundError",
        "Dataset 'acme/support-tickets' doesn't exist on the Hub or cannot be accessed.",
        None,
        P,
    ),
    (
        "datasets",
        "datasets.exceptions.DatasetNotFoundError",
        "Revision 'v2' doesn't exist for dataset 'acme/support-tickets' on the Hub.",
        None,
        P,
    ),
    ("datasets", "builtins.FileNotFoundError", "Couldn't find any data file at /srv/data/train.", None, P),
    (
        "datasets",
        "builtins.ValueError",
        ("You are trying to load a dataset that was saved using `save_to_disk`. Please use `load_from_disk` instead."),
        None,
        P,
    ),
    (
        "datasets",
        "builtins.NotImplementedError",
        (
            "Loading a streaming dataset in parallel with `num_proc` is not implemented. To"
            " parallelize streaming, you can wrap the dataset with a PyTorch DataLoader using"
            " `num_workers` > 1 instead."
        ),
        None,
        P,
    ),
    (
        "datasets",
        "builtins.FileNotFoundError",
        "Directory /srv/data/ds is neither a `Dataset` directory nor a `DatasetDict` directory.",
        None,
        P,
    ),
    (
        "datasets",
        "builtins.OSError",
        (
            "Not enough disk space. Needed: 12.40 GiB (download: 4.10 GiB, generated: 8.30 GiB,"
            " post-processed: Unknown size)"
        ),
        None,
        R,
    ),
    (
        "datasets",
        "datasets.exceptions.DataFilesNotFoundError",
        "No (supported) data files found in acme/support-tickets",
        None,
        P,
    ),
    (
        "datasets",
        "datasets.data_files.EmptyDatasetError",
        "The directory at /srv/data/x doesn't contain any data files",
        None,
        P,
    ),
    (
        "datasets",
        "datasets.utils.file_utils.NonStreamableDatasetError",
        (
            "Streaming is not possible for this dataset because data host server doesn't support"
            " HTTP range requests. You can still load this dataset in non-streaming mode by passing"
            " `streaming=False` (default)"
        ),
        None,
        P,
    ),
    ("datasets", "huggingface_hub.errors.OfflineModeIsEnabled", "Offline mode is enabled.", None, P),
    (
        "datasets",
        "builtins.RuntimeError",
        (
            "Unable to download and prepare the dataset at the root s3://acme-ml. Please specify a"
            " subdirectory, e.g. 's3://acme-ml/squad'"
        ),
        None,
        P,
    ),
    ("datasets", "builtins.ValueError", "Unsupported file_format: csv. Expected 'arrow' or 'parquet'", None, P),
    (
        "datasets",
        "builtins.FileNotFoundError",
        (
            "hf://datasets/acme/private@main/data/train.parquet\nIf the repo is private or gated,"
            " make sure to log in with `huggingface-cli login`."
        ),
        None,
        P,
    ),
    ("sqlalchemy", "sqlalchemy.exc.ArgumentError", "Could not parse SQLAlchemy URL from given URL string", None, P),
    ("sqlalchemy", "sqlalchemy.exc.ArgumentError", "Expected string or URL object, got None", None, P),
    ("sqlalchemy", "sqlalchemy.exc.NoSuchModuleError", "Can't load plugin: sqlalchemy.dialects:postgres", None, P),
    (
        "sqlalchemy",
        "builtins.TypeError",
        (
            "Invalid argument(s) 'pool_size','max_overflow' sent to create_engine(), using"
            " configuration SQLiteDialect_pysqlite/SingletonThreadPool/Engine.  Please check that"
            " the keyword arguments are appropriate for this combination of components."
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.ArgumentError",
        (
            "Pool class QueuePool cannot be used with asyncio engine (Background on this error at:"
            " https://sqlalche.me/e/20/pcls)"
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.InvalidRequestError",
        ("The asyncio extension requires an async driver to be used. The loaded 'psycopg2' is not async."),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.MissingGreenlet",
        (
            "greenlet_spawn has not been called; can't call await_() here. Was IO attempted in an"
            " unexpected place? (Background on this error at: https://sqlalche.me/e/20/xd2s)"
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.AwaitRequired",
        (
            "The current operation required an async execution but none was detected. This will"
            " usually happen when using a non compatible DBAPI driver. Please ensure that an async"
            " DBAPI is used."
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "builtins.ValueError",
        (
            "The SQLAlchemy asyncio module requires that the Python 'greenlet' library is"
            " installed.  In order to ensure this dependency is available, use the"
            " 'sqlalchemy[asyncio]' install target:  'pip install sqlalchemy[asyncio]'"
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.UnboundExecutionError",
        (
            "This session is not bound to a single Engine or Connection, and no context was"
            " provided to locate a binding."
        ),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.UnboundExecutionError",
        "Could not locate a bind configured on mapper Mapper[User(users)] or this Session.",
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.InvalidRequestError",
        ("This Session has been permanently closed and is unable to handle any more transaction requests."),
        None,
        P,
    ),
    ("sqlalchemy", "sqlalchemy.exc.InvalidRequestError", "A transaction is already begun on this Session.", None, P),
    ("sqlalchemy", "sqlalchemy.exc.ArgumentError", "autocommit=True is no longer supported", None, P),
    (
        "sqlalchemy",
        "sqlalchemy.exc.InvalidRequestError",
        ("Autobegin is disabled on this Session; please call session.begin() to start a new transaction"),
        None,
        P,
    ),
    (
        "sqlalchemy",
        "sqlalchemy.exc.InvalidRequestError",
        (
            "This session is provisioning a new connection; concurrent operations are not permitted"
            " (Background on this error at: https://sqlalche.me/e/20/isce)"
        ),
        None,
        P,
    ),
    (
        "openai",
        "openai.OpenAIError",
        (
            "Missing credentials. Please pass an `api_key`, `workload_identity`, `admin_api_key`,"
            " or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable."
        ),
        None,
        P,
    ),
    (
        "openai",
        "openai.OpenAIError",
        (
            "Missing credentials. Please pass one of `api_key`, `azure_ad_token`,"
            " `azure_ad_token_provider`, or the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN`"
            " environment variables."
        ),
        None,
        P,
    ),
    (
        "openai",
        "openai.OpenAIError",
        ("Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"),
        None,
        P,
    ),
    (
        "openai",
        "builtins.ValueError",
        (
            "Must provide one of the `base_url` or `azure_endpoint` arguments, or the"
            " `AZURE_OPENAI_ENDPOINT` environment variable"
        ),
        None,
        P,
    ),
    ("openai", "openai.OpenAIError", "The `api_key` and `workload_identity` arguments are mutually exclusive", None, P),
    (
        "openai",
        "builtins.RuntimeError",
        "To use the aiohttp client you must have installed the package with the `aiohttp` extra",
        None,
        P,
    ),
    (
        "openai",
        "builtins.TypeError",
        (
            "max_retries cannot be None. If you want to disable retries, pass `0`; if you want"
            " unlimited retries, pass `math.inf` or a very high number; if you want the default"
            " behavior, pass `openai.DEFAULT_MAX_RETRIES`"
        ),
        None,
        P,
    ),
    (
        "openai",
        "builtins.TypeError",
        (
            "Invalid `http_client` argument; Expected an instance of `httpx.Client` but got <class"
            " 'requests.sessions.Session'>"
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.TypeError",
        (
            '"Could not resolve authentication method. Expected either api_key or auth_token to be'
            " set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly"
            ' omitted"'
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "anthropic.AnthropicError",
        (
            "Missing credentials. Please pass one of `api_key`, `azure_ad_token_provider`, or the"
            " `ANTHROPIC_FOUNDRY_API_KEY` environment variable."
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "anthropic.AnthropicError",
        (
            "Must provide one of the `base_url` or `resource` arguments, or the"
            " `ANTHROPIC_FOUNDRY_RESOURCE` environment variable"
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.ValueError",
        (
            "No region was given. The client should be instantiated with the `region` argument or"
            " the `CLOUD_ML_REGION` environment variable should be set."
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.ValueError",
        (
            "No project_id was given and it could not be resolved from credentials. The client"
            " should be instantiated with the `project_id` argument or the"
            " `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set."
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.ValueError",
        (
            "No AWS region was provided. Set the `aws_region` argument or the"
            " `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable."
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.ValueError",
        (
            "Streaming is required for operations that may take longer than 10 minutes. See"
            " https://github.com/anthropics/anthropic-sdk-python#long-requests for more details"
        ),
        None,
        P,
    ),
    (
        "anthropic",
        "builtins.TypeError",
        (
            "Missing required arguments; Expected either ('max_tokens', 'messages' and 'model') or"
            " ('max_tokens', 'messages', 'model' and 'stream') arguments to be given"
        ),
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        'error parsing value for field "allowed_hosts" from source "EnvSettingsSource"',
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        'error getting value for field "db_password" from source "SecretsSettingsSource"',
        None,
        P,
    ),
    (
        "pydantic-settings",
        "builtins.ImportError",
        (
            "AWS Secrets Manager dependencies are not installed, run `pip install"
            " pydantic-settings[aws-secrets-manager]`"
        ),
        None,
        P,
    ),
    (
        "pydantic-settings",
        "builtins.ImportError",
        "PyYAML is not installed, run `pip install pydantic-settings[yaml]`",
        None,
        P,
    ),
    (
        "pydantic-settings",
        "builtins.ImportError",
        "tomli is not installed, run `pip install pydantic-settings[toml]`",
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        'directory "/run/secrets" does not exist',
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        "secrets_dir must reference a directory, not a file",
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        "AWS Systems Manager path must start with \"/\": 'app/prod'",
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_settings.exceptions.SettingsError",
        (
            "GoogleSecretManagerSettingsSource: could not determine GCP project_id or initialize"
            " the Secret Manager client. Pass project_id explicitly or ensure it is available via"
            " application default credentials or a previous settings source."
        ),
        None,
        P,
    ),
    (
        "pydantic-settings",
        "builtins.KeyError",
        "'toml_table_header key \"tool.app\" not found in pyproject.toml'",
        None,
        P,
    ),
    (
        "pydantic-settings",
        "pydantic_core._pydantic_core.ValidationError",
        (
            "1 validation error for Settings\ndatabase_url\n  Field required [type=missing,"
            " input_value={}, input_type=dict]\n    For further information visit"
            " https://errors.pydantic.dev/2.7/v/missing"
        ),
        None,
        P,
    ),
    ("kombu", "kombu.exceptions.SerializerNotInstalled", "No encoder/decoder installed for msgpack", None, P),
    (
        "kombu",
        "kombu.exceptions.SerializerNotInstalled",
        "No decoder installed for YAML. Install the PyYAML library",
        None,
        P,
    ),
    ("kombu", "builtins.KeyError", "'No such transport: reddis. Did you mean redis?'", None, P),
    (
        "kombu",
        "kombu.exceptions.VersionMismatch",
        "Redis transport requires redis-py versions 3.2.0 or later. You have 2.10.6",
        None,
        P,
    ),
    ("kombu", "builtins.ImportError", "Missing redis library (pip install redis)", None, P),
    ("kombu", "builtins.ValueError", "'master_name' transport option must be specified.", None, P),
    ("s3fs", "builtins.KeyError", "'Supply either key or username, not both'", None, P),
    ("s3fs", "builtins.ValueError", "version_id cannot be specified if the filesystem is not version aware", None, P),
    (
        "s3fs",
        "builtins.ValueError",
        "version specific functionality is disabled for non-version aware filesystems",
        None,
        P,
    ),
    ("s3fs", "builtins.ValueError", "S3 does not support touching existent files", None, P),
    ("gcsfs", "builtins.ValueError", "Provided token is either not valid, or expired.", None, P),
    ("gcsfs", "builtins.ValueError", "Invalid gcloud credentials", None, P),
    ("gcsfs", "builtins.ValueError", "No cached tokens", None, P),
    ("gcsfs", "builtins.ValueError", "Token format not understood", None, P),
    ("gcsfs", "gcsfs.retry.HttpError", "Invalid Credentials, 401", 401, P),
    (
        "adlfs",
        "builtins.ValueError",
        "Must provide either a connection_string or account_name with credentials!!",
        None,
        P,
    ),
    (
        "adlfs",
        "builtins.PermissionError",
        "Azure Container does not exist. Set create_parents=True to create!!",
        None,
        P,
    ),
    ("adlfs", "builtins.NotImplementedError", "File mode not supported", None, P),
    ("fsspec", "builtins.ValueError", "Compression type lz5 not supported", None, P),
    (
        "fsspec",
        "builtins.ValueError",
        (
            "The HTTP server doesn't appear to support range requests. Only reading this file from"
            " the beginning is supported. Open with block_size=0 for a streaming file interface."
        ),
        None,
        P,
    ),
    ("fsspec", "builtins.NotImplementedError", "Calling sync() from within a running loop", None, P),
    ("fsspec", "builtins.RuntimeError", "This class is not fork-safe", None, P),
    ("fsspec", "builtins.RuntimeError", "Loop is not running", None, P),
    (
        "fsspec",
        "builtins.ValueError",
        "open_local can only be used on a filesystem which has attribute local_file=True",
        None,
        P,
    ),
    ("fsspec", "builtins.NotImplementedError", "Sign is not implemented for this filesystem", None, P),
    ("fsspec", "builtins.ValueError", "Cannot seek streaming HTTP file", None, P),
    ("psycopg", "builtins.ImportError", "the module psycopg._dns requires the package 'dnspython' installed", None, P),
    ("psycopg", "psycopg.OperationalError", "cannot match 2 hosts with 3 port numbers", None, P),
    (
        "psycopg",
        "psycopg.InterfaceError",
        (
            "Psycopg cannot use the 'ProactorEventLoop' to run in async mode. Please use a"
            " compatible event loop, for instance by setting"
            " 'asyncio.set_event_loop_policy(WindowsSelectorEventLoopPolicy())'"
        ),
        None,
        P,
    ),
    ("psycopg", "psycopg.ProgrammingError", "bad value for connect_timeout: 'ten'", None, P),
    (
        "psycopg",
        "builtins.ImportError",
        (
            "no pq wrapper available.\nAttempts made:\n- couldn't import psycopg 'c'"
            " implementation: No module named 'psycopg_c'\n- couldn't import psycopg 'binary'"
            " implementation: No module named 'psycopg_binary'\n- couldn't import psycopg 'python'"
            " implementation: libpq library not found"
        ),
        None,
        P,
    ),
    ("psycopg", "builtins.ImportError", "requested psycopg implementation 'rust' unknown", None, P),
    ("psycopg", "psycopg.ProgrammingError", "can't use two-phase transactions in autocommit mode", None, P),
    (
        "psycopg",
        "psycopg.ProgrammingError",
        (
            "Explicit commit() forbidden within a Transaction context. (Transaction will be"
            " automatically committed on successful exit from context.)"
        ),
        None,
        P,
    ),
    ("psycopg", "psycopg_pool.PoolClosed", "the pool 'pool-1' is not open yet", None, P),
    ("psycopg", "psycopg_pool.PoolClosed", "the pool 'pool-1' is already closed", None, P),
    ("psycopg", "psycopg_pool.PoolTimeout", "couldn't get a connection after 30.00 sec", None, R),
    ("psycopg", "builtins.TypeError", "'execute()' with string template query doesn't support parameters", None, P),
    (
        "psycopg",
        "psycopg.OperationalError",
        ('connection failed: connection to server at "10.0.4.7", port 5432 failed: fe_sendauth: no password supplied'),
        None,
        P,
    ),
    ("asyncio", "builtins.RuntimeError", "no running event loop", None, P),
    ("asyncio", "builtins.RuntimeError", "There is no current event loop in thread 'ThreadPoolExecutor-0_0'.", None, P),
    ("asyncio", "builtins.RuntimeError", "This event loop is already running", None, P),
    ("asyncio", "builtins.RuntimeError", "asyncio.run() cannot be called from a running event loop", None, P),
    ("asyncio", "builtins.RuntimeError", "Cannot run the event loop while another loop is running", None, P),
    (
        "asyncio",
        "builtins.RuntimeError",
        "Non-thread-safe operation invoked on an event loop other than the current one",
        None,
        P,
    ),
    ("asyncio", "builtins.RuntimeError", "Python ssl module is not available", None, P),
    ("asyncio", "builtins.ValueError", "You must set server_hostname when using ssl without a host", None, P),
    ("asyncio", "builtins.ValueError", "host/port and sock can not be specified at the same time", None, P),
    ("asyncio", "builtins.RuntimeError", "Cannot close a running event loop", None, P),
    ("threading", "builtins.RuntimeError", "threads can only be started once", None, P),
    ("threading", "builtins.RuntimeError", "cannot join current thread", None, P),
    ("threading", "builtins.RuntimeError", "cannot release un-acquired lock", None, P),
    ("logging", "builtins.ValueError", "dictionary doesn't specify a version", None, P),
    ("logging", "builtins.ValueError", "Unsupported version: 2", None, P),
    ("logging", "builtins.ValueError", "Unable to configure handler 'file'", None, P),
    ("logging", "builtins.ValueError", "Unable to configure formatter 'json'", None, P),
    ("logging", "builtins.ValueError", "Unable to add filter 'redact'", None, P),
    (
        "azure-identity",
        "azure.identity.CredentialUnavailableError",
        ("EnvironmentCredential authentication unavailable. Environment variables are not fully configured."),
        None,
        P,
    ),
    (
        "azure-identity",
        "azure.identity.CredentialUnavailableError",
        (
            "No managed identity endpoint found. \nThe Target Azure platform could not be"
            " determined from environment variables. \nVisit"
            " https://aka.ms/azsdk/python/identity/managedidentitycredential/troubleshoot to"
            " troubleshoot this issue."
        ),
        None,
        P,
    ),
    (
        "azure-identity",
        "builtins.ValueError",
        'Configure the environment with a client ID or pass a value for "client_id" argument',
        None,
        P,
    ),
    (
        "azure-identity",
        "builtins.ValueError",
        ("identity_config must not contain more than one of the following keys: object_id, resource_id, client_id"),
        None,
        P,
    ),
    ("azure-identity", "azure.identity.CredentialUnavailableError", "Azure CLI not found on path", None, P),
    (
        "azure-identity",
        "azure.identity.CredentialUnavailableError",
        "Please run 'az login' to set up an account",
        None,
        P,
    ),
    (
        "azure-identity",
        "azure.identity.CredentialUnavailableError",
        "Environment variable 'SYSTEMROOT' has no value",
        None,
        P,
    ),
    (
        "azure-identity",
        "builtins.ValueError",
        ("'tenant_id' is required. Please pass it in or set the AZURE_TENANT_ID environment variable"),
        None,
        P,
    ),
    (
        "azure-identity",
        "builtins.ValueError",
        ("'token_file_path' is required. Please pass it in or set the AZURE_FEDERATED_TOKEN_FILE environment variable"),
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "The session is unavailable because no secret key was set. Set the secret_key on the"
            " application to something unique and secret."
        ),
        None,
        P,
    ),
    ("flask", "builtins.RuntimeError", "Install Flask with the 'async' extra in order to use async views.", None, P),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "Unable to build URLs outside an active request without 'SERVER_NAME' configured. Also"
            " configure 'APPLICATION_ROOT' and 'PREFERRED_URL_SCHEME' as needed."
        ),
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "The environment variable 'APP_SETTINGS' is not set and as such configuration could not"
            " be loaded. Set this variable and make it point to a configuration file"
        ),
        None,
        P,
    ),
    ("flask", "builtins.RuntimeError", "'static_folder' must be set to serve static_files.", None, P),
    (
        "flask",
        "builtins.TypeError",
        (
            "The view function for 'orders.list' did not return a valid response. The function"
            " either returned None or ended without a return statement."
        ),
        None,
        P,
    ),
    (
        "flask",
        "builtins.AssertionError",
        "View function mapping is overwriting an existing endpoint function: index",
        None,
        P,
    ),
    ("flask", "builtins.RuntimeError", "There is no request in this context.", None, P),
    (
        "flask",
        "builtins.ValueError",
        ("If an instance path is provided it must be absolute. A relative path was given instead."),
        None,
        P,
    ),
    (
        "flask",
        "builtins.ValueError",
        ("'499' is not a recognized HTTP error code. Use a subclass of HTTPException with that code instead."),
        None,
        P,
    ),
    (
        "flask",
        "builtins.TypeError",
        ('Allowed methods must be a list of strings, for example: @app.route(..., methods=["POST"])'),
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        ("'after_this_request' can only be used when a request context is active, such as in a view function."),
        None,
        P,
    ),
    ("jinja2", "builtins.TypeError", "no loader for this environment specified", None, P),
    ("jinja2", "builtins.RuntimeError", "The environment was not created with async mode enabled.", None, P),
    (
        "jinja2",
        "builtins.ValueError",
        "The 'reports' package was not installed in a way that PackageLoader understands.",
        None,
        P,
    ),
    (
        "jinja2",
        "builtins.ValueError",
        "PackageLoader could not find a 'templates' directory in the 'reports' package.",
        None,
        P,
    ),
    (
        "jinja2",
        "jinja2.exceptions.TemplateNotFound",
        "'emails/welcome.html' not found in search path: 'templates'",
        None,
        P,
    ),
    ("jinja2", "builtins.TypeError", "either extensions or filter_func can be passed, but not both", None, P),
    ("click", "click.exceptions.MissingParameter", "Missing option '--date'.", None, V),
    ("click", "click.exceptions.BadParameter", "Invalid value for '--count': 'x' is not a valid integer.", None, V),
    (
        "transformers",
        "builtins.ValueError",
        (
            "Unrecognized configuration class <class"
            " 'transformers.models.t5.configuration_t5.T5Config'> for this kind of AutoModel:"
            " AutoModelForCausalLM."
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ValueError",
        (
            "Unrecognized model in /srv/models/sentiment. Should have a `model_type` key in its"
            " config.json, or contain one of the following strings in its name: albert, align,"
            " altclip, aria"
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ValueError",
        (
            "Loading moonshotai/Kimi-K2.5 requires you to execute the configuration file in that"
            " repo on your local machine. Make sure you have read the code there to avoid malicious"
            " use, then set the option `trust_remote_code=True` to remove this error."
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "/srv/models/checkpoint-1000 does not appear to have a file named"
            " preprocessor_config.json. Checkout"
            " 'https://huggingface.co//srv/models/checkpoint-1000/main' for available files."
        ),
        None,
        P,
    ),
    (
        "pymongo",
        "pymongo.errors.InvalidURI",
        ("Username and password must be escaped according to RFC 3986, use urllib.parse.quote_plus"),
        None,
        P,
    ),
    (
        "pymongo",
        "pymongo.errors.InvalidURI",
        "Invalid URI scheme: URI must begin with 'mongodb://' or 'mongodb+srv://'",
        None,
        P,
    ),
    (
        "pymongo",
        "builtins.ValueError",
        (
            "Port contains non-digit characters. Hint: username and password must be escaped"
            " according to RFC 3986, use urllib.parse.quote_plus"
        ),
        None,
        P,
    ),
    (
        "pymongo",
        "pymongo.errors.ConfigurationError",
        (
            'The "dnspython" module must be installed to use mongodb+srv:// URIs. To fix this error'
            ' install pymongo again:\n python -m pip install "pymongo>=4.3"'
        ),
        None,
        P,
    ),
    ("pymongo", "pymongo.errors.InvalidURI", "mongodb+srv:// URIs must include one, and only one, hostname", None, P),
    ("pymongo", "pymongo.errors.ConfigurationError", "Cannot specify multiple hosts with loadBalanced=true", None, P),
    ("pymongo", "pymongo.errors.InvalidURI", "MongoDB URI options are key=value pairs", None, P),
    ("pymongo", "pymongo.errors.ConfigurationError", "No default database name defined or provided.", None, P),
    ("pymongo", "pymongo.errors.ConfigurationError", "The ssl module is not available", None, P),
    (
        "pymongo",
        "builtins.RuntimeError",
        (
            "Cannot use MongoClient in different event loop. MongoClient uses low-level asyncio"
            " APIs that bind it to the event loop it was created on."
        ),
        None,
        P,
    ),
    (
        "pymongo",
        "builtins.ValueError",
        "auth mechanism properties must be key:value pairs like AWS_SESSION_TOKEN:<token>",
        None,
        P,
    ),
    (
        "pymongo",
        "pymongo.errors.ConfigurationError",
        (
            "client side encryption requires the pymongocrypt library: install a compatible version"
            " with: python -m pip install 'pymongo[encryption]'"
        ),
        None,
        P,
    ),
    ("elasticsearch-py", "builtins.ValueError", "Either 'hosts' or 'cloud_id' must be specified", None, P),
    (
        "elasticsearch-py",
        "builtins.ValueError",
        (
            "Can't specify both 'serializer' and 'serializers' parameters together. Instead only"
            " specify one of the other."
        ),
        None,
        P,
    ),
    (
        "elasticsearch-py",
        "builtins.ValueError",
        "Sniffing should not be enabled when connecting to Elastic Cloud",
        None,
        P,
    ),
    (
        "elasticsearch-py",
        "builtins.ValueError",
        ("Using a custom 'requests.auth.AuthBase' class for 'http_auth' must be used with node_class='requests'"),
        None,
        P,
    ),
    ("elasticsearch-py", "builtins.ValueError", "Cannot set both 'document' and 'body'", None, P),
    ("elasticsearch-py", "builtins.ValueError", "Data streams must have 'op_type' set to 'create'", None, P),
    ("elasticsearch-py", "builtins.ValueError", "Empty value passed for parameter 'index'", None, V),
    (
        "httpx",
        "builtins.ImportError",
        (
            "Using http2=True, but the 'h2' package is not installed. Make sure to install httpx"
            " using `pip install httpx[http2]`."
        ),
        None,
        P,
    ),
    (
        "httpx",
        "builtins.ImportError",
        (
            "Using SOCKS proxy, but the 'socksio' package is not installed. Make sure to install"
            " httpx using `pip install httpx[socks]`."
        ),
        None,
        P,
    ),
    ("httpx", "builtins.ValueError", "Unknown scheme for proxy URL URL('socks4://proxy.internal:1080')", None, P),
    (
        "httpx",
        "builtins.ValueError",
        "Proxy protocol must be either 'http', 'https', 'socks5', or 'socks5h', but got 'ftp'.",
        None,
        P,
    ),
    ("httpx", "builtins.RuntimeError", "Attempted to call a sync iterator on an async stream.", None, P),
    (
        "celery",
        "builtins.ValueError",
        (
            "SSL connection parameters have been provided but the specified URL scheme is redis://."
            " A Redis SSL connection URL should use the scheme rediss://."
        ),
        None,
        P,
    ),
    (
        "celery",
        "builtins.ValueError",
        (
            "A rediss:// URL must have parameter ssl_cert_reqs and this must be set to"
            " CERT_REQUIRED, CERT_OPTIONAL, or CERT_NONE"
        ),
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "Missing connection string! Do you have the database_url setting set to a real value?",
        None,
        P,
    ),
    (
        "celery",
        "celery.exceptions.ImproperlyConfigured",
        "You need to install the redis library in order to use the Redis result store backend.",
        None,
        P,
    ),
    ("celery", "builtins.ValueError", "Invalid queue type 'stream'. Valid types are 'classic' and 'quorum'.", None, P),
    (
        "celery",
        "builtins.ValueError",
        (
            "The worker sub-command must be specified in argv.\nUse app.start() to programmatically"
            " start other commands."
        ),
        None,
        P,
    ),
    ("celery", "builtins.RuntimeError", "Contract breach: app not finalized", None, P),
    (
        "celery",
        "builtins.ValueError",
        "Credential provider is not an instance of a redis.CredentialProvider or a subclass",
        None,
        P,
    ),
    ("celery", "builtins.ValueError", "Current task is not member of any chord", None, P),
    ("celery", "celery.exceptions.QueueNotFound", "Queue 'reports' missing from task_queues", None, P),
    ("pyarrow", "pyarrow.lib.ArrowNotImplementedError", "Support for codec 'zstd' not built", None, P),
    (
        "matplotlib",
        "builtins.ImportError",
        (
            "Cannot load backend 'TkAgg' which requires the 'tk' interactive framework, as"
            " 'headless' is currently running"
        ),
        None,
        P,
    ),
    (
        "boto3",
        "boto3.exceptions.ResourceNotExistsError",
        (
            "The 'sqs2' resource does not exist.\nThe available resources are:\n   -"
            " cloudformation\n   - dynamodb\n   - s3\n   - sqs\n"
        ),
        None,
        P,
    ),
    (
        "boto3",
        "boto3.exceptions.UnknownAPIVersionError",
        ("The 's3' resource does not support an API version of: 2010-01-01\nValid API versions are: 2006-03-01"),
        None,
        P,
    ),
    (
        "boto3",
        "builtins.ValueError",
        ("Manager cannot be provided with client, config, nor osutil. These parameters are mutually exclusive."),
        None,
        P,
    ),
    (
        "boto3",
        "boto3.exceptions.DynamoDBNeedsKeyConditionError",
        (
            "Attribute object status is of type <class 'boto3.dynamodb.conditions.Attr'>."
            " KeyConditionExpression only supports Attribute objects of type Key"
        ),
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        "You must use your personal account token, not an organization token.",
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        (
            "To use optimized download using Xet storage, you need to install the hf_xet package."
            ' Try `pip install "huggingface_hub[hf_xet]"` or `pip install hf_xet`.'
        ),
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        "Cannot pass 'force_download=True' and 'local_files_only=True' at the same time.",
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        "Cannot pass 'force_download=True' when offline mode is enabled.",
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        (
            "Received both `token` and `api_key` arguments. Please provide only one of them."
            " `api_key` is an alias for `token` to make the API compatible with OpenAI's client. It"
            " has the exact same behavior as `token`."
        ),
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        ("Cannot use `token=False` to disable authentication as authentication is required to run Inference."),
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        (
            "Provider 'togther' not supported. Available values: 'auto' or any provider from"
            " ['cerebras', 'fal-ai', 'together'].Passing 'auto' (default value) will automatically"
            " select the first provider available for the model, sorted by the user's order in"
            " https://hf.co/settings/inference-providers."
        ),
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.ValueError",
        ("Task 'text-to-video' not supported for provider 'cerebras'. Available tasks: ['conversational']"),
        None,
        P,
    ),
    ("huggingface_hub", "builtins.ValueError", "Specifying a model is required when provider is 'auto'", None, P),
    (
        "huggingface_hub",
        "huggingface_hub.errors.OIDCError",
        (
            "HF_OIDC_RESOURCE is set but no OIDC id token is available: not running in a supported"
            " CI provider (github) and HF_OIDC_ID_TOKEN is not set. Set HF_OIDC_ID_TOKEN to the id"
            " token minted by your CI provider, or unset HF_OIDC_RESOURCE."
        ),
        None,
        P,
    ),
    ("huggingface_hub", "builtins.ValueError", "Health check is not supported on 'together'.", None, P),
    (
        "google-cloud-core",
        "builtins.OSError",
        "Project was not passed and could not be determined from the environment.",
        None,
        P,
    ),
    (
        "google-cloud-core",
        "builtins.ValueError",
        (
            "This library only supports credentials from google-auth-library-python. See"
            " https://google-auth.readthedocs.io/en/latest/ for help on authentication with this"
            " library."
        ),
        None,
        P,
    ),
    (
        "google-cloud-core",
        "google.api_core.exceptions.DuplicateCredentialArgs",
        "'credentials' and 'client_options.credentials_file' are mutually exclusive.",
        None,
        P,
    ),
    ("google-cloud-core", "builtins.TypeError", "credentials must not be in keyword arguments", None, P),
    (
        "google-cloud-core",
        "_pickle.PicklingError",
        (
            "Pickling client objects is explicitly not supported.\nClients have non-trivial state"
            " that is local and unpickleable."
        ),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_INVALID_ARG,val=-186,str="No such configuration property: "fetch.max.wait.ms""}'),
        None,
        P,
    ),
    (
        "confluent-kafka",
        "confluent_kafka.KafkaException",
        ('KafkaError{code=_INVALID_ARG,val=-186,str="Invalid value for configuration property "security.protocol""}'),
        None,
        P,
    ),
]

# (library, the wrapper's message, label, deciding rule)
WRAPPED: list[tuple[str, str, Category, str]] = [
    (
        "botocore",
        ("PartialCredentialsError: Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "botocore",
        (
            "PartialCredentialsError: Partial credentials found in shared-credentials-file,"
            " missing: aws_secret_access_key"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    ("fsspec", "ValueError: Protocol not known: s4", P, "message.tpl_setup_backend_unknown"),
    (
        "fsspec",
        "ValueError: Name (s3) already in the registry and clobber is False",
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "pandas",
        ("ImportError: Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl."),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "pandas",
        (
            "ImportError: Missing optional dependency 'pyarrow'. pyarrow is required for parquet"
            " support. Use pip or conda to install pyarrow."
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "requests-oauthlib",
        "ValueError: Please supply either code or authorization_response parameters.",
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "requests-oauthlib",
        ("ValueError: `LegacyApplicationClient` requires both the `username` and `password` parameters."),
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("requests-oauthlib", "ValueError: The method kwarg must be POST or GET.", P, "message.tpl_setup_api_misuse"),
    ("django", "ValueError: Incorrect timezone setting: Europe/Pariss", P, "message.tpl_setup_setting"),
    (
        "redis-py",
        ("ValueError: Redis URL must specify one of the following schemes (redis://, rediss://, unix://)"),
        P,
        "message.tpl_setup_backend_unknown",
    ),
    ("redis-py", "ValueError: Invalid value for 'socket_timeout' in connection URL.", P, "message.tpl_setup_setting"),
    ("redis-py", "ValueError: Invalid ssl verify flag: VERIFY_X509_STRIKT", P, "message.tpl_setup_setting"),
    ("redis-py", "RedisError: Invalid SSL Certificate Requirements Flag: requried", P, "message.tpl_setup_setting"),
    (
        "redis-py",
        ("RedisError: Either an OCSP staple or pure OCSP connection must be validated - not both."),
        P,
        "message.tpl_setup_setting",
    ),
    ("redis-py", "RedisError: Client caching is only supported with RESP version 3", P, "message.tpl_setup_capability"),
    (
        "redis-py",
        ("RedisError: Maintenance notifications are only supported with hiredis and RESP3 parsers!"),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "redis-py",
        (
            "ConnectionError: To maximize compatibility with all Redis products, client-side"
            " caching is supported by Redis 7.4 or later"
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "datasets",
        "ValueError: Unknown split \"validation\". Should be one of ['train', 'test'].",
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "datasets",
        "ValueError: Bad split: validation. Available splits: ['train', 'test']",
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "datasets",
        (
            "DatasetNotFoundError: Dataset 'acme/support-tickets' is a gated dataset on the Hub."
            " You must be authenticated to access it."
        ),
        P,
        "message.tpl_setup_credentials",
    ),
    (
        "datasets",
        (
            "ValueError: You are trying to load a dataset that was saved using `save_to_disk`."
            " Please use `load_from_disk` instead."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "datasets",
        (
            "NonStreamableDatasetError: Streaming is not possible for this dataset because data"
            " host server doesn't support HTTP range requests. You can still load this dataset in"
            " non-streaming mode by passing `streaming=False` (default)"
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "sqlalchemy",
        (
            "TypeError: Invalid argument(s) 'pool_size','max_overflow' sent to create_engine(),"
            " using configuration SQLiteDialect_pysqlite/SingletonThreadPool/Engine.  Please check"
            " that the keyword arguments are appropriate for this combination of components."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "sqlalchemy",
        (
            "ValueError: The SQLAlchemy asyncio module requires that the Python 'greenlet' library"
            " is installed.  In order to ensure this dependency is available, use the"
            " 'sqlalchemy[asyncio]' install target:  'pip install sqlalchemy[asyncio]'"
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "openai",
        (
            "OpenAIError: Must provide either the `api_version` argument or the"
            " `OPENAI_API_VERSION` environment variable"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "openai",
        (
            "ValueError: Must provide one of the `base_url` or `azure_endpoint` arguments, or the"
            " `AZURE_OPENAI_ENDPOINT` environment variable"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "openai",
        "OpenAIError: The `api_key` and `workload_identity` arguments are mutually exclusive",
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "openai",
        ("RuntimeError: To use the aiohttp client you must have installed the package with the `aiohttp` extra"),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "openai",
        (
            "TypeError: Invalid `http_client` argument; Expected an instance of `httpx.Client` but"
            " got <class 'requests.sessions.Session'>"
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "anthropic",
        (
            "AnthropicError: Must provide one of the `base_url` or `resource` arguments, or the"
            " `ANTHROPIC_FOUNDRY_RESOURCE` environment variable"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "anthropic",
        (
            "ValueError: No region was given. The client should be instantiated with the `region`"
            " argument or the `CLOUD_ML_REGION` environment variable should be set."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "anthropic",
        (
            "ValueError: No project_id was given and it could not be resolved from credentials. The"
            " client should be instantiated with the `project_id` argument or the"
            " `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "anthropic",
        (
            "ValueError: No AWS region was provided. Set the `aws_region` argument or the"
            " `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "anthropic",
        (
            "ValueError: Streaming is required for operations that may take longer than 10 minutes."
            " See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details"
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "anthropic",
        (
            "TypeError: Missing required arguments; Expected either ('max_tokens', 'messages' and"
            " 'model') or ('max_tokens', 'messages', 'model' and 'stream') arguments to be given"
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "pydantic-settings",
        (
            "ImportError: AWS Secrets Manager dependencies are not installed, run `pip install"
            " pydantic-settings[aws-secrets-manager]`"
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "pydantic-settings",
        "ImportError: PyYAML is not installed, run `pip install pydantic-settings[yaml]`",
        P,
        "message.tpl_setup_capability",
    ),
    (
        "pydantic-settings",
        "ImportError: tomli is not installed, run `pip install pydantic-settings[toml]`",
        P,
        "message.tpl_setup_capability",
    ),
    (
        "kombu",
        "SerializerNotInstalled: No encoder/decoder installed for msgpack",
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "kombu",
        "SerializerNotInstalled: No decoder installed for YAML. Install the PyYAML library",
        P,
        "message.tpl_setup_backend_unknown",
    ),
    ("kombu", "KeyError: 'No such transport: reddis. Did you mean redis?'", P, "message.tpl_setup_backend_unknown"),
    (
        "kombu",
        ("VersionMismatch: Redis transport requires redis-py versions 3.2.0 or later. You have 2.10.6"),
        P,
        "message.tpl_setup_capability",
    ),
    ("kombu", "ImportError: Missing redis library (pip install redis)", P, "message.tpl_setup_capability"),
    ("kombu", "ValueError: 'master_name' transport option must be specified.", P, "message.tpl_setup_setting"),
    (
        "s3fs",
        "ValueError: version_id cannot be specified if the filesystem is not version aware",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "s3fs",
        ("ValueError: version specific functionality is disabled for non-version aware filesystems"),
        P,
        "message.tpl_setup_setting",
    ),
    ("s3fs", "ValueError: S3 does not support touching existent files", P, "message.tpl_setup_capability"),
    ("gcsfs", "ValueError: Provided token is either not valid, or expired.", P, "message.tpl_setup_credentials"),
    ("gcsfs", "ValueError: Invalid gcloud credentials", P, "message.tpl_setup_credentials"),
    ("gcsfs", "ValueError: No cached tokens", P, "message.tpl_setup_credentials"),
    ("gcsfs", "ValueError: Token format not understood", P, "message.tpl_setup_credentials"),
    ("fsspec", "ValueError: Compression type lz5 not supported", P, "message.tpl_setup_backend_unknown"),
    (
        "fsspec",
        (
            "ValueError: The HTTP server doesn't appear to support range requests. Only reading"
            " this file from the beginning is supported. Open with block_size=0 for a streaming"
            " file interface."
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "fsspec",
        ("ValueError: open_local can only be used on a filesystem which has attribute local_file=True"),
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("fsspec", "ValueError: Cannot seek streaming HTTP file", P, "message.tpl_setup_api_misuse"),
    ("psycopg", "OperationalError: cannot match 2 hosts with 3 port numbers", P, "message.tpl_setup_setting"),
    (
        "psycopg",
        (
            "InterfaceError: Psycopg cannot use the 'ProactorEventLoop' to run in async mode."
            " Please use a compatible event loop, for instance by setting"
            " 'asyncio.set_event_loop_policy(WindowsSelectorEventLoopPolicy())'"
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "psycopg",
        (
            'OperationalError: connection failed: connection to server at "10.0.4.7", port 5432'
            " failed: fe_sendauth: no password supplied"
        ),
        P,
        "message.tpl_setup_credentials",
    ),
    (
        "asyncio",
        "ValueError: host/port and sock can not be specified at the same time",
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("logging", "ValueError: Unable to add filter 'redact'", P, "message.tpl_setup_capability"),
    (
        "azure-identity",
        (
            "CredentialUnavailableError: EnvironmentCredential authentication unavailable."
            " Environment variables are not fully configured."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "azure-identity",
        ('ValueError: Configure the environment with a client ID or pass a value for "client_id" argument'),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "azure-identity",
        (
            "ValueError: identity_config must not contain more than one of the following keys:"
            " object_id, resource_id, client_id"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    ("azure-identity", "CredentialUnavailableError: Azure CLI not found on path", P, "message.tpl_setup_capability"),
    (
        "azure-identity",
        ("ValueError: 'tenant_id' is required. Please pass it in or set the AZURE_TENANT_ID environment variable"),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "azure-identity",
        (
            "ValueError: 'token_file_path' is required. Please pass it in or set the"
            " AZURE_FEDERATED_TOKEN_FILE environment variable"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    ("flask", "RuntimeError: 'static_folder' must be set to serve static_files.", P, "message.tpl_setup_setting"),
    (
        "flask",
        ("ValueError: If an instance path is provided it must be absolute. A relative path was given instead."),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "flask",
        (
            "ValueError: '499' is not a recognized HTTP error code. Use a subclass of HTTPException"
            " with that code instead."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "flask",
        ('TypeError: Allowed methods must be a list of strings, for example: @app.route(..., methods=["POST"])'),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "jinja2",
        ("ValueError: The 'reports' package was not installed in a way that PackageLoader understands."),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "jinja2",
        ("ValueError: PackageLoader could not find a 'templates' directory in the 'reports' package."),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "transformers",
        (
            "ValueError: Unrecognized configuration class <class"
            " 'transformers.models.t5.configuration_t5.T5Config'> for this kind of AutoModel:"
            " AutoModelForCausalLM."
        ),
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "transformers",
        (
            "ValueError: Unrecognized model in /srv/models/sentiment. Should have a `model_type`"
            " key in its config.json, or contain one of the following strings in its name: albert,"
            " align, altclip, aria"
        ),
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "pymongo",
        ("InvalidURI: Username and password must be escaped according to RFC 3986, use urllib.parse.quote_plus"),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "pymongo",
        (
            "ValueError: Port contains non-digit characters. Hint: username and password must be"
            " escaped according to RFC 3986, use urllib.parse.quote_plus"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "pymongo",
        (
            'ConfigurationError: The "dnspython" module must be installed to use mongodb+srv://'
            ' URIs. To fix this error install pymongo again:\n python -m pip install "pymongo>=4.3"'
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "pymongo",
        ("ValueError: auth mechanism properties must be key:value pairs like AWS_SESSION_TOKEN:<token>"),
        P,
        "message.tpl_setup_setting",
    ),
    ("elasticsearch-py", "ValueError: Either 'hosts' or 'cloud_id' must be specified", P, "message.tpl_setup_setting"),
    (
        "elasticsearch-py",
        (
            "ValueError: Can't specify both 'serializer' and 'serializers' parameters together."
            " Instead only specify one of the other."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "elasticsearch-py",
        "ValueError: Sniffing should not be enabled when connecting to Elastic Cloud",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "elasticsearch-py",
        (
            "ValueError: Using a custom 'requests.auth.AuthBase' class for 'http_auth' must be used"
            " with node_class='requests'"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    ("elasticsearch-py", "ValueError: Cannot set both 'document' and 'body'", P, "message.tpl_setup_api_misuse"),
    (
        "elasticsearch-py",
        "ValueError: Data streams must have 'op_type' set to 'create'",
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "httpx",
        (
            "ImportError: Using http2=True, but the 'h2' package is not installed. Make sure to"
            " install httpx using `pip install httpx[http2]`."
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "httpx",
        (
            "ImportError: Using SOCKS proxy, but the 'socksio' package is not installed. Make sure"
            " to install httpx using `pip install httpx[socks]`."
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "httpx",
        "ValueError: Unknown scheme for proxy URL URL('socks4://proxy.internal:1080')",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "httpx",
        ("ValueError: Proxy protocol must be either 'http', 'https', 'socks5', or 'socks5h', but got 'ftp'."),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "celery",
        (
            "ValueError: SSL connection parameters have been provided but the specified URL scheme"
            " is redis://. A Redis SSL connection URL should use the scheme rediss://."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "celery",
        (
            "ValueError: A rediss:// URL must have parameter ssl_cert_reqs and this must be set to"
            " CERT_REQUIRED, CERT_OPTIONAL, or CERT_NONE"
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "celery",
        ("ImproperlyConfigured: Missing connection string! Do you have the database_url setting set to a real value?"),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "celery",
        "ValueError: Invalid queue type 'stream'. Valid types are 'classic' and 'quorum'.",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "celery",
        (
            "ValueError: The worker sub-command must be specified in argv.\nUse app.start() to"
            " programmatically start other commands."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "celery",
        ("ValueError: Credential provider is not an instance of a redis.CredentialProvider or a subclass"),
        P,
        "message.tpl_setup_setting",
    ),
    ("celery", "ValueError: Current task is not member of any chord", P, "message.tpl_setup_api_misuse"),
    ("celery", "QueueNotFound: Queue 'reports' missing from task_queues", P, "message.tpl_setup_setting"),
    (
        "boto3",
        (
            "ValueError: Manager cannot be provided with client, config, nor osutil. These"
            " parameters are mutually exclusive."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "huggingface_hub",
        "ValueError: You must use your personal account token, not an organization token.",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "huggingface_hub",
        (
            "ValueError: To use optimized download using Xet storage, you need to install the"
            ' hf_xet package. Try `pip install "huggingface_hub[hf_xet]"` or `pip install hf_xet`.'
        ),
        P,
        "message.tpl_setup_capability",
    ),
    (
        "huggingface_hub",
        ("ValueError: Cannot pass 'force_download=True' and 'local_files_only=True' at the same time."),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "huggingface_hub",
        (
            "ValueError: Received both `token` and `api_key` arguments. Please provide only one of"
            " them. `api_key` is an alias for `token` to make the API compatible with OpenAI's"
            " client. It has the exact same behavior as `token`."
        ),
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "huggingface_hub",
        (
            "ValueError: Cannot use `token=False` to disable authentication as authentication is"
            " required to run Inference."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "huggingface_hub",
        (
            "ValueError: Provider 'togther' not supported. Available values: 'auto' or any provider"
            " from ['cerebras', 'fal-ai', 'together'].Passing 'auto' (default value) will"
            " automatically select the first provider available for the model, sorted by the user's"
            " order in https://hf.co/settings/inference-providers."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "huggingface_hub",
        "ValueError: Specifying a model is required when provider is 'auto'",
        P,
        "message.tpl_setup_setting",
    ),
    (
        "huggingface_hub",
        (
            "OIDCError: HF_OIDC_RESOURCE is set but no OIDC id token is available: not running in a"
            " supported CI provider (github) and HF_OIDC_ID_TOKEN is not set. Set HF_OIDC_ID_TOKEN"
            " to the id token minted by your CI provider, or unset HF_OIDC_RESOURCE."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    (
        "google-cloud-core",
        (
            "ValueError: This library only supports credentials from google-auth-library-python."
            " See https://google-auth.readthedocs.io/en/latest/ for help on authentication with"
            " this library."
        ),
        P,
        "message.tpl_setup_setting",
    ),
    ("google-cloud-core", "TypeError: credentials must not be in keyword arguments", P, "message.tpl_setup_setting"),
]

# (class, str(exception), http status, label, deciding rule)
WEAKER_WOULD_WIN: list[tuple[str, str, int | None, Category, str]] = [
    ("builtins.ValueError", "Protocol not known: s4", None, P, "message.tpl_setup_backend_unknown"),
    (
        "builtins.ValueError",
        "Name (s3) already in the registry and clobber is False",
        None,
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "builtins.ValueError",
        "Please supply either code or authorization_response parameters.",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        "`LegacyApplicationClient` requires both the `username` and `password` parameters.",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("builtins.ValueError", "The method kwarg must be POST or GET.", None, P, "message.tpl_setup_api_misuse"),
    ("builtins.ValueError", "Incorrect timezone setting: Europe/Pariss", None, P, "message.tpl_setup_setting"),
    (
        "builtins.ValueError",
        "Redis URL must specify one of the following schemes (redis://, rediss://, unix://)",
        None,
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "builtins.ValueError",
        "Invalid value for 'socket_timeout' in connection URL.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.ValueError", "Invalid ssl verify flag: VERIFY_X509_STRIKT", None, P, "message.tpl_setup_setting"),
    (
        "redis.exceptions.RedisError",
        "Invalid SSL Certificate Requirements Flag: requried",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "redis.exceptions.RedisError",
        "Either an OCSP staple or pure OCSP connection must be validated - not both.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "redis.exceptions.DataError",
        (
            "'username' and 'password' cannot be passed along with 'credential_provider'. Please"
            " provide only one of the following arguments: \n1. 'password' and (optional)"
            " 'username'\n2. 'credential_provider'"
        ),
        None,
        P,
        "type.permanent.tpl_setup_redis_credential_arguments",
    ),
    (
        "redis.exceptions.RedisError",
        "Client caching is only supported with RESP version 3",
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "redis.exceptions.RedisError",
        "Maintenance notifications are only supported with hiredis and RESP3 parsers!",
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "redis.exceptions.ConnectionError",
        ("To maximize compatibility with all Redis products, client-side caching is supported by Redis 7.4 or later"),
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "builtins.ValueError",
        "Unknown split \"validation\". Should be one of ['train', 'test'].",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        "Bad split: validation. Available splits: ['train', 'test']",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "datasets.exceptions.DatasetNotFoundError",
        ("Dataset 'acme/support-tickets' is a gated dataset on the Hub. You must be authenticated to access it."),
        None,
        P,
        "message.tpl_setup_credentials",
    ),
    (
        "builtins.ValueError",
        ("You are trying to load a dataset that was saved using `save_to_disk`. Please use `load_from_disk` instead."),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "datasets.data_files.EmptyDatasetError",
        "The directory at /srv/data/x doesn't contain any data files",
        None,
        P,
        "type.permanent.tpl_setup_datasets_location",
    ),
    (
        "datasets.utils.file_utils.NonStreamableDatasetError",
        (
            "Streaming is not possible for this dataset because data host server doesn't support"
            " HTTP range requests. You can still load this dataset in non-streaming mode by passing"
            " `streaming=False` (default)"
        ),
        None,
        P,
        "type.permanent.tpl_setup_datasets_location",
    ),
    (
        "builtins.TypeError",
        (
            "Invalid argument(s) 'pool_size','max_overflow' sent to create_engine(), using"
            " configuration SQLiteDialect_pysqlite/SingletonThreadPool/Engine.  Please check that"
            " the keyword arguments are appropriate for this combination of components."
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        (
            "The SQLAlchemy asyncio module requires that the Python 'greenlet' library is"
            " installed.  In order to ensure this dependency is available, use the"
            " 'sqlalchemy[asyncio]' install target:  'pip install sqlalchemy[asyncio]'"
        ),
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "openai.OpenAIError",
        ("Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "Must provide one of the `base_url` or `azure_endpoint` arguments, or the"
            " `AZURE_OPENAI_ENDPOINT` environment variable"
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "openai.OpenAIError",
        "The `api_key` and `workload_identity` arguments are mutually exclusive",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.RuntimeError",
        "To use the aiohttp client you must have installed the package with the `aiohttp` extra",
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "builtins.TypeError",
        (
            "Invalid `http_client` argument; Expected an instance of `httpx.Client` but got <class"
            " 'requests.sessions.Session'>"
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "anthropic.AnthropicError",
        (
            "Must provide one of the `base_url` or `resource` arguments, or the"
            " `ANTHROPIC_FOUNDRY_RESOURCE` environment variable"
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "No region was given. The client should be instantiated with the `region` argument or"
            " the `CLOUD_ML_REGION` environment variable should be set."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "No project_id was given and it could not be resolved from credentials. The client"
            " should be instantiated with the `project_id` argument or the"
            " `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "No AWS region was provided. Set the `aws_region` argument or the"
            " `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "Streaming is required for operations that may take longer than 10 minutes. See"
            " https://github.com/anthropics/anthropic-sdk-python#long-requests for more details"
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.TypeError",
        (
            "Missing required arguments; Expected either ('max_tokens', 'messages' and 'model') or"
            " ('max_tokens', 'messages', 'model' and 'stream') arguments to be given"
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "kombu.exceptions.SerializerNotInstalled",
        "No encoder/decoder installed for msgpack",
        None,
        P,
        "type.permanent.tpl_setup_kombu_install",
    ),
    (
        "kombu.exceptions.SerializerNotInstalled",
        "No decoder installed for YAML. Install the PyYAML library",
        None,
        P,
        "type.permanent.tpl_setup_kombu_install",
    ),
    (
        "kombu.exceptions.VersionMismatch",
        "Redis transport requires redis-py versions 3.2.0 or later. You have 2.10.6",
        None,
        P,
        "type.permanent.tpl_setup_kombu_install",
    ),
    ("builtins.ValueError", "'master_name' transport option must be specified.", None, P, "message.tpl_setup_setting"),
    (
        "builtins.ValueError",
        "version_id cannot be specified if the filesystem is not version aware",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.ValueError", "S3 does not support touching existent files", None, P, "message.tpl_setup_capability"),
    (
        "builtins.ValueError",
        "Provided token is either not valid, or expired.",
        None,
        P,
        "message.tpl_setup_credentials",
    ),
    ("builtins.ValueError", "Invalid gcloud credentials", None, P, "message.tpl_setup_credentials"),
    ("builtins.ValueError", "No cached tokens", None, P, "message.tpl_setup_credentials"),
    ("builtins.ValueError", "Token format not understood", None, P, "message.tpl_setup_credentials"),
    ("builtins.ValueError", "Compression type lz5 not supported", None, P, "message.tpl_setup_backend_unknown"),
    (
        "builtins.ValueError",
        (
            "The HTTP server doesn't appear to support range requests. Only reading this file from"
            " the beginning is supported. Open with block_size=0 for a streaming file interface."
        ),
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "builtins.ValueError",
        "open_local can only be used on a filesystem which has attribute local_file=True",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("builtins.ValueError", "Cannot seek streaming HTTP file", None, P, "message.tpl_setup_api_misuse"),
    ("psycopg.OperationalError", "cannot match 2 hosts with 3 port numbers", None, P, "message.tpl_setup_setting"),
    (
        "psycopg.InterfaceError",
        (
            "Psycopg cannot use the 'ProactorEventLoop' to run in async mode. Please use a"
            " compatible event loop, for instance by setting"
            " 'asyncio.set_event_loop_policy(WindowsSelectorEventLoopPolicy())'"
        ),
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "psycopg.OperationalError",
        ('connection failed: connection to server at "10.0.4.7", port 5432 failed: fe_sendauth: no password supplied'),
        None,
        P,
        "message.tpl_setup_credentials",
    ),
    (
        "builtins.ValueError",
        "host/port and sock can not be specified at the same time",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    ("builtins.ValueError", "Unable to add filter 'redact'", None, P, "message.tpl_setup_capability"),
    (
        "builtins.ValueError",
        'Configure the environment with a client ID or pass a value for "client_id" argument',
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("identity_config must not contain more than one of the following keys: object_id, resource_id, client_id"),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("'tenant_id' is required. Please pass it in or set the AZURE_TENANT_ID environment variable"),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("'token_file_path' is required. Please pass it in or set the AZURE_FEDERATED_TOKEN_FILE environment variable"),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.RuntimeError",
        "'static_folder' must be set to serve static_files.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("If an instance path is provided it must be absolute. A relative path was given instead."),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("'499' is not a recognized HTTP error code. Use a subclass of HTTPException with that code instead."),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.TypeError",
        ('Allowed methods must be a list of strings, for example: @app.route(..., methods=["POST"])'),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        (
            "Unrecognized configuration class <class"
            " 'transformers.models.t5.configuration_t5.T5Config'> for this kind of AutoModel:"
            " AutoModelForCausalLM."
        ),
        None,
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "builtins.ValueError",
        (
            "Unrecognized model in /srv/models/sentiment. Should have a `model_type` key in its"
            " config.json, or contain one of the following strings in its name: albert, align,"
            " altclip, aria"
        ),
        None,
        P,
        "message.tpl_setup_backend_unknown",
    ),
    (
        "builtins.ValueError",
        (
            "Port contains non-digit characters. Hint: username and password must be escaped"
            " according to RFC 3986, use urllib.parse.quote_plus"
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        "auth mechanism properties must be key:value pairs like AWS_SESSION_TOKEN:<token>",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.ValueError", "Either 'hosts' or 'cloud_id' must be specified", None, P, "message.tpl_setup_setting"),
    (
        "builtins.ValueError",
        (
            "Can't specify both 'serializer' and 'serializers' parameters together. Instead only"
            " specify one of the other."
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        "Sniffing should not be enabled when connecting to Elastic Cloud",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        ("Using a custom 'requests.auth.AuthBase' class for 'http_auth' must be used with node_class='requests'"),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.ValueError", "Cannot set both 'document' and 'body'", None, P, "message.tpl_setup_api_misuse"),
    (
        "builtins.ValueError",
        "Data streams must have 'op_type' set to 'create'",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        "Unknown scheme for proxy URL URL('socks4://proxy.internal:1080')",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        "Proxy protocol must be either 'http', 'https', 'socks5', or 'socks5h', but got 'ftp'.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "SSL connection parameters have been provided but the specified URL scheme is redis://."
            " A Redis SSL connection URL should use the scheme rediss://."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "A rediss:// URL must have parameter ssl_cert_reqs and this must be set to"
            " CERT_REQUIRED, CERT_OPTIONAL, or CERT_NONE"
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        "Invalid queue type 'stream'. Valid types are 'classic' and 'quorum'.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "The worker sub-command must be specified in argv.\nUse app.start() to programmatically"
            " start other commands."
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        "Credential provider is not an instance of a redis.CredentialProvider or a subclass",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.ValueError", "Current task is not member of any chord", None, P, "message.tpl_setup_api_misuse"),
    (
        "builtins.ValueError",
        ("Manager cannot be provided with client, config, nor osutil. These parameters are mutually exclusive."),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "boto3.exceptions.DynamoDBNeedsKeyConditionError",
        (
            "Attribute object status is of type <class 'boto3.dynamodb.conditions.Attr'>."
            " KeyConditionExpression only supports Attribute objects of type Key"
        ),
        None,
        P,
        "type.permanent.tpl_setup_boto3_conditions",
    ),
    (
        "builtins.ValueError",
        "You must use your personal account token, not an organization token.",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "To use optimized download using Xet storage, you need to install the hf_xet package."
            ' Try `pip install "huggingface_hub[hf_xet]"` or `pip install hf_xet`.'
        ),
        None,
        P,
        "message.tpl_setup_capability",
    ),
    (
        "builtins.ValueError",
        "Cannot pass 'force_download=True' and 'local_files_only=True' at the same time.",
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        (
            "Received both `token` and `api_key` arguments. Please provide only one of them."
            " `api_key` is an alias for `token` to make the API compatible with OpenAI's client. It"
            " has the exact same behavior as `token`."
        ),
        None,
        P,
        "message.tpl_setup_api_misuse",
    ),
    (
        "builtins.ValueError",
        ("Cannot use `token=False` to disable authentication as authentication is required to run Inference."),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "Provider 'togther' not supported. Available values: 'auto' or any provider from"
            " ['cerebras', 'fal-ai', 'together'].Passing 'auto' (default value) will automatically"
            " select the first provider available for the model, sorted by the user's order in"
            " https://hf.co/settings/inference-providers."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        "Specifying a model is required when provider is 'auto'",
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "huggingface_hub.errors.OIDCError",
        (
            "HF_OIDC_RESOURCE is set but no OIDC id token is available: not running in a supported"
            " CI provider (github) and HF_OIDC_ID_TOKEN is not set. Set HF_OIDC_ID_TOKEN to the id"
            " token minted by your CI provider, or unset HF_OIDC_RESOURCE."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    (
        "builtins.ValueError",
        (
            "This library only supports credentials from google-auth-library-python. See"
            " https://google-auth.readthedocs.io/en/latest/ for help on authentication with this"
            " library."
        ),
        None,
        P,
        "message.tpl_setup_setting",
    ),
    ("builtins.TypeError", "credentials must not be in keyword arguments", None, P, "message.tpl_setup_setting"),
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(("library", "exc_type", "message", "status", "label"), TEMPLATES)
def test_template_on_its_class(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label, library


@pytest.mark.parametrize(("library", "message", "label", "rule_id"), WRAPPED)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule_id), library


@pytest.mark.parametrize(("exc_type", "message", "status", "label", "rule_id"), WEAKER_WOULD_WIN)
def test_the_template_rule_decides_over_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule_id)


def test_a_caller_value_stays_validation(clf: Classifier) -> None:
    """The setup phrases name a setting, a credential, a backend or the code's own call; a value the caller sent
    keeps its reading (a ValueError about a timeout value, botocore's parameter validation)."""
    assert verdict_of(clf, "builtins.ValueError", "timeout must be a positive number")[0] is V
    report = "Parameter validation failed:\nInvalid length for parameter Key, value: 0, valid min length: 1"
    assert verdict_of(clf, "botocore.exceptions.ParamValidationError", report)[0] is V
    assert verdict_of(clf, "builtins.ValueError", "Invalid value for 'quantity': must be positive")[0] is V


def test_a_missing_optional_dependency_reads_the_same_behind_a_wrapper(clf: Classifier) -> None:
    """snowflake-connector's MissingDependencyError says what pandas' ImportError says: its words decide on a bare
    wrapper too (test_sweep_databases.py once pinned the wrapper as not permanent, to show its class deciding)."""
    message = "Missing optional dependency: pandas"
    assert verdict_of(clf, "snowflake.connector.errors.MissingDependencyError", message)[0] is P
    assert verdict_of(clf, "builtins.Exception", message) == (P, "message.tpl_setup_capability")


def test_ambiguous_templates_stay_as_they_were(clf: Classifier) -> None:
    """Left alone as judgement calls (not labelled, so only pinned): a setting's value whose words cannot tell it
    from an argument the caller passed (kombu's "Database is int between 0 and limit - 1", gcsfs's "access must be
    one of [...]", redis-py's '"max_connections" must be a positive integer', s3fs's copy block size), datasets'
    "Couldn't infer the same data file format for all splits" (the data's layout or the loader's arguments),
    botocore's CapacityNotAvailableError (its client-side retry quota: a wait or a setting), psycopg_pool's
    "pool initialization incomplete" (a slow server or a wrong one) and azure-identity's "Failed to invoke the
    Azure CLI" (a timeout or a missing CLI). Click's usage errors are labelled validation (the caller's command
    line) where a reader could call one a fixed command line the code builds; its "No such option" is left
    unlabelled (read as a missing thing, permanent). httpx's "httpx.Timeout must either include a default" is a
    timeout setting, which the project reads as validation ("timeout must be a positive number"), so no setup
    phrase claims it; boto3's "Float types are not supported. Use Decimal types instead." (the data's floats or the
    code's conversion) is left alone."""
    access = "access must be one of ['read_only', 'read_write', 'full_control']"
    assert verdict_of(clf, "builtins.ValueError", access)[0] is V
    timeout = "httpx.Timeout must either include a default, or set all four parameters explicitly."
    # no phrase claims it, and the ValueError class alone is too weak (test_classify_weak_evidence.py)
    assert verdict_of(clf, "builtins.ValueError", timeout)[0] is Category.UNKNOWN
