"""The source-template sweep of caches, search engines, object and file storage and vector databases (issue 10).

Each template is a message a library raises or relays, read in its source or its vendor's documented texts: Redis's
replies (redis src/server.c, cluster.c, acl.c, networking.c, script.c, t_stream.c, t_string.c, object.c, db.c) as
redis-py's and valkey-py's parser raises them (_parsers/base.py strips the prefix it maps to a class) and redis-py's
own texts, memcached's replies through pymemcache and libmemcached's strerror texts through pylibmc,
Elasticsearch/OpenSearch types and reasons as elasticsearch-py and opensearch-py print them, pysolr's formats with
Solr's texts, Meilisearch (milli's UserError texts, meilisearch-python's formats), Typesense's status classes, S3
codes and messages (minio cmd/api-errors.go) through botocore, minio-py and s3fs (s3fs/errors.py), Arrow's S3
filesystem, Azure Blob Storage's codes (learn.microsoft.com blob-service-error-codes) and adlfs, Cloud Storage's JSON
API errors and gcsfs, paramiko's SFTP statuses, smbprotocol's formats, qdrant, pymilvus with Milvus's merr codes,
weaviate-client, chromadb and pinecone. Each was filled with plausible values and labelled by LABELS.md before the
classifier was asked; the ones left as judgement calls are not here (docs/classification.md lists them).
``WRAPPED`` carries the same texts on a bare ``RuntimeError``: the words must decide without the client's class,
code or status.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, exc_type as raised, str(exc) as printed, http_status, errno, label)
OWN = [
    (
        "redis",
        "redis.exceptions.OutOfMemoryError",
        "command not allowed when used memory > 'maxmemory'.",
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "OOM command not allowed when used memory > 'maxmemory'.",
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "OOM allow-oom flag is not set on the script, can not run it when used memory > 'maxmemory'",
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.BusyLoadingError",
        "Redis is loading the dataset in memory",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "BUSY Redis is busy running a module command.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.MasterDownError",
        "Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        (
            "MASTERDOWN Link with MASTER is down, replica-serve-stale-data is set to 'no' and "
            "'allow-stale' flag is not set on the script."
        ),
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        (
            "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to "
            "disk. Commands that may modify the data set are disabled, because this instance is configured "
            "to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error "
            "option). Please check the Redis logs for details about the RDB error."
        ),
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "MISCONF Errors writing to the AOF file: No space left on device",
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.ReadOnlyError",
        "You can't write against a read only replica.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "READONLY Can not run script with write flag on readonly replica",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.AuthenticationError",
        "Authentication required.",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.AuthenticationError",
        "invalid username-password pair or user is disabled.",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.AuthenticationError",
        "Invalid Username or Password",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.NoPermissionError",
        "User app has no permissions to run the 'flushall' command",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.NoPermissionError",
        "No permissions to access a key",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.NoPermissionError",
        "No permissions to access a channel",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "NOPERM User app has no permissions to access the 'orders:1' key",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.NoScriptError",
        "No matching script. Please use EVAL.",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "WRONGTYPE Operation against a key holding the wrong kind of value",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "NOREPLICAS Not enough good replicas to write.",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "BUSYKEY Target key name already exists.",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ClusterCrossSlotError",
        "Keys in request don't hash to the same slot",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "CROSSSLOT Keys in request don't hash to the same slot",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.TryAgainError",
        "Multiple keys request during rehashing of slot",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ClusterDownError",
        "The cluster is down",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ClusterDownError",
        "Hash slot not served",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ClusterDownError",
        "The cluster is down and only accepts read commands",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.MovedError",
        "3999 10.0.3.7:6381",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.AskError",
        "3999 10.0.3.7:6381",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ConnectionError",
        "max number of clients reached",
        None,
        None,
        R,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        (
            "DENIED Redis is running in protected mode because protected mode is enabled and no password "
            "is set for the default user. In this mode connections are only accepted from the loopback "
            "interface. If you want to connect from external computers to Redis you may adopt one of the "
            "following solutions:"
        ),
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "unknown command 'JSON.SET', with args beginning with: 'doc:1' '$' '{}' ",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "unknown subcommand 'NOSUCH'. Try CLIENT HELP.",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "wrong number of arguments for 'hset' command",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "value is not an integer or out of range",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "value is not a valid float",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "increment or decrement would overflow",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "increment would produce NaN or Infinity",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "string exceeds maximum allowed size (proto-max-bulk-len)",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "invalid expire time in 'set' command",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "offset is out of range",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "syntax error",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "DB index is out of range",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "SELECT is not allowed in cluster mode",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "This instance has cluster support disabled",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "Command not allowed inside a transaction",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "BUSYGROUP Consumer Group name already exists",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "NOGROUP No such key 'orders' or consumer group 'workers' in XREADGROUP with GROUP option",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "The ID specified in XADD is equal or smaller than the target stream top item",
        None,
        None,
        V,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "NOPROTO unsupported protocol version",
        None,
        None,
        P,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "IOERR error or timeout reading to target instance",
        None,
        None,
        T,
    ),
    (
        "redis",
        "redis.exceptions.ResponseError",
        "Target instance replied with error: NOAUTH Authentication required.",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to redis:6379. Connection refused.",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Error 113 connecting to 10.0.3.7:6379. No route to host.",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.TimeoutError",
        "Timeout connecting to server",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.TimeoutError",
        "Timeout reading from redis:6379",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.TimeoutError",
        "Timeout writing to socket",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Connection closed by server.",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Error 32 while writing to socket. Broken pipe.",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Error while reading from redis:6379 : (104, 'Connection reset by peer')",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.MaxConnectionsError",
        "Too many connections",
        None,
        None,
        R,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "No connection available.",
        None,
        None,
        R,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Invalid Database",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "Bad response from PING health check",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "protocol must be either 2 or 3",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.RedisError",
        "Python wasn't built with SSL support",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.LockError",
        "Unable to acquire lock within the time specified",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.LockError",
        "Cannot extend a lock with no timeout",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.WatchError",
        "Watched variable changed.",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.WatchError",
        "Slot rebalancing occurred while watching keys",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.CrossSlotTransactionError",
        "All keys involved in a cluster transaction must map to the same slot",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.exceptions.RedisError",
        "Cannot issue a WATCH after a MULTI",
        None,
        None,
        P,
    ),
    (
        "redis-py",
        "redis.sentinel.MasterNotFoundError",
        "No master found for 'mymaster'",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.sentinel.SlaveNotFoundError",
        "No slave found for 'mymaster'",
        None,
        None,
        T,
    ),
    (
        "redis-py",
        "redis.exceptions.ConnectionError",
        "The previous master is now a slave",
        None,
        None,
        T,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheServerError",
        "b'out of memory storing object'",
        None,
        None,
        R,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheServerError",
        "b'object too large for cache'",
        None,
        None,
        V,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheUnknownCommandError",
        "b'touch'",
        None,
        None,
        P,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheIllegalInputError",
        "Key is too long: b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'",
        None,
        None,
        V,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheIllegalInputError",
        "Key contains whitespace: b'user 42'",
        None,
        None,
        V,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheIllegalInputError",
        "Non-ASCII key: 'caf\\xe9'",
        None,
        None,
        V,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheIllegalInputError",
        "cas must only contain values in 0-9, got bad value: b'abc'",
        None,
        None,
        V,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheUnexpectedCloseError",
        (),
        None,
        None,
        T,
    ),
    (
        "pymemcache",
        "pymemcache.exceptions.MemcacheError",
        "All servers seem to be down right now",
        None,
        None,
        T,
    ),
    (
        "pymemcache",
        "builtins.RuntimeError",
        "Too many objects, 10 >= 10",
        None,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating "
            "operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, "
            "coordinating_operation_bytes=120000000, max_coordinating_and_primary_bytes=107374182]')"
        ),
        429,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
            "[<http_request>] would be [1014538592/967.5mb], which is larger than the limit of "
            "[986061209/940.3mb], real usage: [1014538592/967.5mb], new bytes reserved: [0/0b]')"
        ),
        429,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'circuit_breaking_exception', '[fielddata] Data too large, data for "
            "[_id] would be [1.6gb], which is larger than the limit of [1.5gb]')"
        ),
        400,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(429, 'cluster_block_exception', 'index [orders] blocked by: "
            "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
            "read-only-allow-delete block; for more information, see "
            "https://ela.st/es-req-flood-stage-watermark];')"
        ),
        429,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.AuthorizationException",
        (
            "AuthorizationException(403, 'cluster_block_exception', 'index [orders] blocked by: "
            "[FORBIDDEN/8/index write (api)];')"
        ),
        403,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not "
            "recovered / initialized];')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        "ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/2/no master];')",
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ConflictError",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, document "
            "already exists (current version [1])', orders)"
        ),
        409,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ConflictError",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[42]: version conflict, required "
            "seqNo [17], primary term [1]. current document has seqNo [18] and primary term [1]')"
        ),
        409,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.NotFoundError",
        ("NotFoundError(404, 'index_not_found_exception', 'no such index [orders]', orders, index_or_alias)"),
        404,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'resource_already_exists_exception', 'index [orders/AbCdEfGhIjKlMnOp] "
            "already exists', orders)"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'mapper_parsing_exception', \"failed to parse field [price] of type "
            "[long] in document with id '17'. Preview of field's value: 'abc'\", For input string: "
            '"abc")'
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'illegal_argument_exception', 'Result window is too large, from + size "
            "must be less than or equal to: [10000] but was [10010]. See the scroll api for a more "
            "efficient way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'search_phase_execution_exception', 'Result window is too large, from + "
            "size must be less than or equal to: [10000] but was [10030]. See the scroll api for a more "
            "efficient way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'validation_exception', 'Validation Failed: 1: this action would add [2] "
            "shards, but this cluster currently has [1000]/[1000] maximum normal shards open;')"
        ),
        400,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(500, 'exception', 'Trying to create too many scroll contexts. Must be less than or "
            "equal to: [500]. This limit can be set by changing the [search.max_open_scroll_context] "
            "setting.')"
        ),
        500,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        "ApiError(503, 'search_phase_execution_exception', 'all shards failed')",
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elastic_transport.ConnectionTimeout",
        (
            "Connection timeout caused by: ReadTimeoutError(HTTPSConnectionPool(host='es.internal', "
            "port=9200): Read timed out. (read timeout=10))"
        ),
        None,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elastic_transport.ConnectionError",
        (
            "Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at "
            "0x7f2a1c3b5d90>: Failed to establish a new connection: [Errno 111] Connection refused)"
        ),
        None,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating "
            "operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, "
            "coordinating_operation_bytes=120000000, max_coordinating_and_primary_bytes=107374182]')"
        ),
        429,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
            "[<http_request>] would be [1014538592/967.5mb], which is larger than the limit of "
            "[986061209/940.3mb]')"
        ),
        429,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(429, 'cluster_block_exception', 'index [logs-2026.11.29] blocked by: "
            "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
            "read-only-allow-delete block];')"
        ),
        429,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.NotFoundError",
        "NotFoundError(404, 'index_not_found_exception', 'no such index [orders]')",
        404,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.ConflictError",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, document "
            "already exists (current version [1])')"
        ),
        409,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.RequestError",
        (
            "RequestError(400, 'mapper_parsing_exception', \"failed to parse field [ts] of type [date] in "
            "document with id '9'. Preview of field's value: 'yesterday'\")"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.RequestError",
        (
            "RequestError(400, 'illegal_argument_exception', 'Result window is too large, from + size must "
            "be less than or equal to: [10000] but was [10500]. See the scroll api for a more efficient "
            "way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.RequestError",
        (
            "RequestError(400, 'validation_exception', 'Validation Failed: 1: this action would add [2] "
            "shards, but this cluster currently has [1000]/[1000] maximum normal shards open;')"
        ),
        400,
        None,
        R,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not "
            "recovered / initialized];')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(500, 'exception', 'Trying to create too many scroll contexts. Must be less "
            "than or equal to: [500]. This limit can be set by changing the "
            "[search.max_open_scroll_context] setting.')"
        ),
        500,
        None,
        R,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Solr responded with an error (HTTP 400): [Reason: undefined field foo]",
        None,
        None,
        V,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        ("Solr responded with an error (HTTP 400): [Reason: Document is missing mandatory uniqueKey field: id]"),
        None,
        None,
        V,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        (
            "Solr responded with an error (HTTP 400): [Reason: Document contains multiple values for "
            "uniqueKey field: id]"
        ),
        None,
        None,
        V,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Solr responded with an error (HTTP 404): [Reason: Not Found]",
        None,
        None,
        P,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Solr responded with an error (HTTP 503): [Reason: Service Unavailable]",
        None,
        None,
        T,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Solr responded with an error (HTTP 401): [Reason: require authentication]",
        None,
        None,
        P,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        (
            "Connection to server 'http://solr:8983/solr/orders/update/?commit=true' timed out: "
            "HTTPConnectionPool(host='solr', port=8983): Read timed out. (read timeout=60)"
        ),
        None,
        None,
        T,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        (
            "Failed to connect to server at http://solr:8983/solr/orders/select/?q=%2A%3A%2A&wt=json: "
            "HTTPConnectionPool(host='solr', port=8983): Max retries exceeded with url: "
            "/solr/orders/select/?q=%2A%3A%2A&wt=json (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a1c3b5d90>: Failed to "
            "establish a new connection: [Errno 111] Connection refused'))"
        ),
        None,
        None,
        T,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Unknown collection: orders",
        None,
        None,
        P,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "ZooKeeper returned no active shards!",
        None,
        None,
        T,
    ),
    (
        "pysolr",
        "pysolr.SolrError",
        "Unable to use unknown HTTP method 'patch'.",
        None,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."),
        404,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified "
            "bucket does not exist"
        ),
        404,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (NoSuchUpload) when calling the CompleteMultipartUpload operation: The "
            "specified multipart upload does not exist. The upload ID may be invalid, or the upload may "
            "have been aborted or completed."
        ),
        404,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request "
            "signature we calculated does not match the signature you provided. Check your key and signing "
            "method."
        ),
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference "
            "between the request time and the server's time is too large."
        ),
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The Access Key "
            "Id you provided does not exist in our records."
        ),
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (SlowDown) when calling the PutObject operation: Please reduce your request rate."),
        503,
        None,
        T,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InternalError) when calling the UploadPart operation: We encountered an "
            "internal error, please try again."
        ),
        500,
        None,
        T,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your "
            "previous request to create the named bucket succeeded and you already own it."
        ),
        409,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (BucketAlreadyExists) when calling the CreateBucket operation: The "
            "requested bucket name is not available. The bucket namespace is shared by all users of the "
            "system. Please select a different name and try again."
        ),
        409,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (EntityTooLarge) when calling the PutObject operation: Your proposed upload "
            "exceeds the maximum allowed object size."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (EntityTooSmall) when calling the CompleteMultipartUpload operation: Your "
            "proposed upload is smaller than the minimum allowed object size."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidPart) when calling the CompleteMultipartUpload operation: One or "
            "more of the specified parts could not be found.  The part may not have been uploaded, or the "
            "specified entity tag may not match the part's entity tag."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidPartOrder) when calling the CompleteMultipartUpload operation: The "
            "list of parts was not in ascending order. The parts list must be specified in order by part "
            "number."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidObjectState) when calling the GetObject operation: The operation is "
            "not valid for the current state of the object."
        ),
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (MethodNotAllowed) when calling the PutObject operation: The specified "
            "method is not allowed against this resource."
        ),
        405,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (NotImplemented) when calling the PutObject operation: A header you "
            "provided implies functionality that is not implemented"
        ),
        501,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AuthorizationHeaderMalformed) when calling the ListObjectsV2 operation: "
            "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'"
        ),
        400,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidBucketName) when calling the CreateBucket operation: The specified "
            "bucket is not valid."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        "An error occurred (KeyTooLongError) when calling the PutObject operation: Your key is too long",
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidRange) when calling the GetObject operation: The requested range is "
            "not satisfiable"
        ),
        416,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (MalformedXML) when calling the DeleteObjects operation: The XML you "
            "provided was not well-formed or did not validate against our published schema."
        ),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to "
            "this bucket has been disabled."
        ),
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        "An error occurred (AccessDenied) when calling the GetObject operation: Request has expired",
        403,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (XMinioStorageFull) when calling the PutObject operation: Storage backend "
            "has reached its minimum free drive threshold. Please delete a few objects to proceed."
        ),
        507,
        None,
        R,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (XMinioBackendDown) when calling the GetObject operation: Object storage "
            "backend is unreachable"
        ),
        503,
        None,
        T,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (Busy) when calling the PutObject operation: The service is unavailable. Please retry."),
        503,
        None,
        T,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        ("An error occurred (InvalidArgument) when calling the GetObject operation: Invalid version id specified"),
        400,
        None,
        V,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (UnauthorizedAccess) when calling the SelectObjectContent operation: You "
            "are not authorized to perform this operation"
        ),
        401,
        None,
        P,
    ),
    (
        "botocore/s3",
        "botocore.exceptions.ClientError",
        (
            "An error occurred (InvalidDataSource) when calling the SelectObjectContent operation: Invalid "
            "data source type. Only CSV and JSON are supported at this time."
        ),
        400,
        None,
        V,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: NoSuchKey, message: The specified key does not exist., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        404,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: NoSuchBucket, message: The specified bucket does not exist, "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        404,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: AccessDenied, message: Access Denied., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        403,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: SignatureDoesNotMatch, message: The request signature we "
            "calculated does not match the signature you provided. Check your key and signing method., "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        403,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: InvalidAccessKeyId, message: The Access Key Id you provided does "
            "not exist in our records., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        403,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: SlowDown, message: Please reduce your request, resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        503,
        None,
        T,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: XMinioStorageFull, message: Storage backend has reached its "
            "minimum free drive threshold. Please delete a few objects to proceed., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        507,
        None,
        R,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: InternalError, message: We encountered an internal error, please "
            "try again., resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        500,
        None,
        T,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: XMinioBackendDown, message: Object storage backend is unreachable, "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        503,
        None,
        T,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: Busy, message: The service is unavailable. Please retry., "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        503,
        None,
        T,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: EntityTooLarge, message: Your proposed upload exceeds the maximum "
            "allowed object size., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        400,
        None,
        V,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: InvalidBucketName, message: The specified bucket is not valid., "
            "resource: /acme-raw/, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: "
        ),
        400,
        None,
        V,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: BucketAlreadyOwnedByYou, message: Your previous request to create "
            "the named bucket succeeded and you already own it., resource: /acme-raw/, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: "
        ),
        409,
        None,
        V,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: RequestTimeTooSkewed, message: The difference between the request "
            "time and the server's time is too large., resource: /acme-raw/orders/2026-11-29.csv, "
            "request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        403,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: InvalidObjectState, message: The operation is not valid for the "
            "current state of the object., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        403,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: NotImplemented, message: A header you provided implies "
            "functionality that is not implemented, resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        501,
        None,
        P,
    ),
    (
        "minio-py",
        "minio.error.S3Error",
        (
            "S3 operation failed; code: MalformedXML, message: The XML you provided was not well-formed or "
            "did not validate against our published schema., resource: /acme-raw/orders/2026-11-29.csv, "
            "request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        400,
        None,
        V,
    ),
    (
        "minio-py",
        "minio.error.ServerError",
        ("non-XML response from server; Response code: 502, Content-Type: text/html, Body: <html>Bad Gateway</html>"),
        502,
        None,
        T,
    ),
    (
        "minio-py",
        "minio.error.InvalidResponseError",
        (
            "non-XML response from server; Response code: 503, Content-Type: text/html, Body: "
            "<html><body>Service Unavailable</body></html>"
        ),
        503,
        None,
        T,
    ),
    (
        "s3fs",
        "builtins.PermissionError",
        "Access Denied",
        None,
        None,
        P,
    ),
    (
        "s3fs",
        "builtins.FileNotFoundError",
        "The specified key does not exist.",
        None,
        None,
        P,
    ),
    (
        "s3fs",
        "builtins.FileNotFoundError",
        "The specified bucket does not exist",
        None,
        None,
        P,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 16] Please reduce your request rate.",
        None,
        16,
        T,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 121] We encountered an internal error. Please try again.",
        None,
        121,
        T,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 22] Your proposed upload exceeds the maximum allowed size",
        None,
        22,
        V,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 90] Your proposed upload exceeds the maximum allowed object size.",
        None,
        90,
        V,
    ),
    (
        "s3fs",
        "builtins.TimeoutError",
        (
            "Your socket connection to the server was not read from or written to within the timeout "
            "period. Idle connections will be closed."
        ),
        None,
        None,
        T,
    ),
    (
        "s3fs",
        "builtins.PermissionError",
        "The AWS Access Key Id you provided does not exist in our records.",
        None,
        None,
        P,
    ),
    (
        "s3fs",
        "builtins.PermissionError",
        "The provided token has expired.",
        None,
        None,
        P,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 16] The service is unavailable. Please retry.",
        None,
        16,
        T,
    ),
    (
        "s3fs",
        "builtins.OSError",
        "[Errno 38] A header you provided implies functionality that is not implemented",
        None,
        38,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.ResourceNotFoundError",
        (
            "The specified container does not "
            "exist.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567"
            "Z\nErrorCode:ContainerNotFound"
        ),
        404,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.ResourceExistsError",
        (
            "The specified container already "
            "exists.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:ContainerAlreadyExists"
        ),
        409,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.ResourceExistsError",
        (
            "The specified blob already "
            "exists.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlobAlreadyExists"
        ),
        409,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The specified container has been disabled by the "
            "administrator.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00"
            ".1234567Z\nErrorCode:ContainerDisabled"
        ),
        409,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.ResourceModifiedError",
        (
            "There is currently a lease on the blob and no lease ID was specified in the "
            "request.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:LeaseIdMissing"
        ),
        412,
        None,
        T,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "This operation is not permitted as the blob is immutable due to a "
            "policy.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlobImmutableDueToPolicy"
        ),
        409,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "This operation is not permitted as the blob is immutable due to one or more legal "
            "holds.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567"
            "Z\nErrorCode:BlobImmutableDueToLegalHold"
        ),
        409,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The committed block count cannot exceed the maximum limit of 50,000 "
            "blocks.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlockCountExceedsLimit"
        ),
        409,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The blocklist may not contain more than 50,000 "
            "blocks.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlockListTooLong"
        ),
        400,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The operation is not supported in this "
            "scenario.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234"
            "567Z\nErrorCode:BlobOperationNotSupported"
        ),
        409,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "Could not verify the copy source within the specified "
            "time.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567Z"
            "\nErrorCode:CannotVerifyCopySource"
        ),
        500,
        None,
        T,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The specified blob or block content is "
            "invalid.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InvalidBlobOrBlock"
        ),
        400,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The specified block list is "
            "invalid.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InvalidBlockList"
        ),
        400,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.ClientAuthenticationError",
        (
            "Server failed to authenticate the request. Make sure the value of Authorization header is "
            "formed correctly including the "
            "signature.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123"
            "4567Z\nErrorCode:AuthenticationFailed"
        ),
        403,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The server encountered an internal error. Please retry the "
            "request.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InternalError"
        ),
        500,
        None,
        T,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The blob type is invalid for this "
            "operation.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123"
            "4567Z\nErrorCode:InvalidBlobType"
        ),
        409,
        None,
        P,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "An invalid value was specified for one of the query parameters in the request "
            "URI.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567Z\n"
            "ErrorCode:InvalidQueryParameterValue"
        ),
        400,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The MD5 value specified in the request is invalid. The MD5 value must be 128 bits and "
            "Base64-encoded.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:0"
            "0.1234567Z\nErrorCode:InvalidMd5"
        ),
        400,
        None,
        V,
    ),
    (
        "azure-storage-blob",
        "azure.core.exceptions.HttpResponseError",
        (
            "The range specified is invalid for the current size of the "
            "resource.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234"
            "567Z\nErrorCode:InvalidRange"
        ),
        416,
        None,
        V,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.Unauthorized",
        "401 GET https://storage.googleapis.com/storage/v1/b?project=acme: Login Required",
        401,
        None,
        P,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.Forbidden",
        "403 GET https://storage.googleapis.com/storage/v1/b?project=acme: Forbidden",
        403,
        None,
        P,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.NotFound",
        ("404 GET https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv?projection=noAcl: Not Found"),
        404,
        None,
        P,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.Conflict",
        (
            "409 POST https://storage.googleapis.com/storage/v1/b?project=acme: You already own this "
            "bucket. Please select another name."
        ),
        409,
        None,
        V,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.TooManyRequests",
        (
            "429 POST https://storage.googleapis.com/upload/storage/v1/b/acme-raw/o?uploadType=multipart: "
            "The rate of change requests to the object acme-raw/state.json exceeds the rate limit. Please "
            "reduce the rate of create, update, and delete requests."
        ),
        429,
        None,
        T,
    ),
    (
        "google-cloud-storage",
        "google.api_core.exceptions.ServiceUnavailable",
        "503 GET https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv: Backend Error",
        503,
        None,
        T,
    ),
    (
        "paramiko",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file",
        None,
        2,
        P,
    ),
    (
        "paramiko",
        "builtins.PermissionError",
        "[Errno 13] Permission denied",
        None,
        13,
        P,
    ),
    (
        "paramiko",
        "builtins.OSError",
        "Operation unsupported",
        None,
        None,
        P,
    ),
    (
        "paramiko",
        "builtins.OSError",
        "Connection lost",
        None,
        None,
        T,
    ),
    (
        "paramiko",
        "builtins.OSError",
        "No connection",
        None,
        None,
        T,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SMBOSError",
        ("[Error 2] [NtStatus 0xc0000034] No such file or directory: '\\\\\\\\files\\\\share\\\\in\\\\orders.csv'"),
        None,
        2,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SMBOSError",
        (
            "[Error 1] [NtStatus 0xc0000043] The process cannot access the file because it is being used "
            "by another process: '\\\\\\\\files\\\\share\\\\out\\\\orders.csv'"
        ),
        None,
        1,
        T,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SMBOSError",
        "[Error 13] [NtStatus 0xc0000061] Required privilege not held: '\\\\\\\\files\\\\share\\\\out'",
        None,
        13,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SMBOSError",
        "[Error 17] [NtStatus 0xc0000035] File exists: '\\\\\\\\files\\\\share\\\\out\\\\orders.csv'",
        None,
        17,
        V,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SMBOSError",
        (
            "[Error 0] [NtStatus 0xc000007f] Unknown NtStatus error returned 'STATUS_DISK_FULL': "
            "'\\\\\\\\files\\\\share\\\\out\\\\orders.csv'"
        ),
        None,
        0,
        R,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.AccessDenied",
        (
            "Received unexpected status from the server: A process has requested access to an object but "
            "has not been granted those access rights. (3221225506) STATUS_ACCESS_DENIED: 0xc0000022"
        ),
        None,
        None,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.LogonFailure",
        (
            "Received unexpected status from the server: The attempted logon is invalid. This is either "
            "due to a bad username or authentication information. (3221225581) STATUS_LOGON_FAILURE: "
            "0xc000006d"
        ),
        None,
        None,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.BadNetworkName",
        (
            "Received unexpected status from the server: The specified share name cannot be found on the "
            "remote server. (3221225676) STATUS_BAD_NETWORK_NAME: 0xc00000cc"
        ),
        None,
        None,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.ObjectNameNotFound",
        (
            "Received unexpected status from the server: The object name is not found. (3221225524) "
            "STATUS_OBJECT_NAME_NOT_FOUND: 0xc0000034"
        ),
        None,
        None,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.InsufficientResources",
        (
            "Received unexpected status from the server: Insufficient system resources exist to complete "
            "the API. (3221225626) STATUS_INSUFFICIENT_RESOURCES: 0xc000009a"
        ),
        None,
        None,
        R,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.PasswordExpired",
        (
            "Received unexpected status from the server: The user account password has expired. "
            "(3221225583) STATUS_PASSWORD_EXPIRED: 0xc0000071"
        ),
        None,
        None,
        P,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.SharingViolation",
        (
            "Received unexpected status from the server: A file cannot be opened because the share access "
            "flags are incompatible. (3221225539) STATUS_SHARING_VIOLATION: 0xc0000043"
        ),
        None,
        None,
        T,
    ),
    (
        "smbprotocol",
        "smbprotocol.exceptions.NetworkNameDeleted",
        (
            "Received unexpected status from the server: The network name was deleted. (3221225673) "
            "STATUS_NETWORK_NAME_DELETED: 0xc00000c9"
        ),
        None,
        None,
        T,
    ),
    (
        "qdrant-client",
        "qdrant_client.http.exceptions.UnexpectedResponse",
        (
            'Unexpected Response: 404 (Not Found)\nRaw response content:\nb\'{"status":{"error":"Not '
            'found: Collection `docs` doesn\\\'t exist!"},"time":0.000123}\''
        ),
        404,
        None,
        P,
    ),
    (
        "qdrant-client",
        "qdrant_client.http.exceptions.UnexpectedResponse",
        (
            'Unexpected Response: 400 (Bad Request)\nRaw response content:\nb\'{"status":{"error":"Wrong '
            'input: Vector dimension error: expected dim: 384, got 768"},"time":0.000123}\''
        ),
        400,
        None,
        V,
    ),
    (
        "qdrant-client",
        "qdrant_client.http.exceptions.UnexpectedResponse",
        (
            'Unexpected Response: 409 (Conflict)\nRaw response content:\nb\'{"status":{"error":"Wrong '
            'input: Collection `docs` already exists!"},"time":0.000123}\''
        ),
        409,
        None,
        V,
    ),
    (
        "qdrant-client",
        "qdrant_client.http.exceptions.UnexpectedResponse",
        (
            'Unexpected Response: 404 (Not Found)\nRaw response content:\nb\'{"status":{"error":"No point '
            'with id 42 found"},"time":0.000123}\''
        ),
        404,
        None,
        P,
    ),
    (
        "qdrant-client",
        "qdrant_client.http.exceptions.UnexpectedResponse",
        (
            "Unexpected Response: 500 (Internal Server Error)\nRaw response "
            'content:\nb\'{"status":{"error":"Service internal error: No space left on device (os error '
            '28)"},"time":0.000123}\''
        ),
        500,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=100, message=collection not found[database=default][collection=docs])>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=101, message=collection not loaded[collection=451234567890])>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1, message=service not ready[node=3])>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=2, message=service unavailable[node=querynode-2])>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=3, message=memory limit exceeded[limit=0.9])>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=7, message=disk limit exceeded)>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=8, message=rate limit exceeded[rate=100])>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=9, message=quota exceeded[reason=memory quota exhausted])>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=12, message=service resource insufficient)>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=102, message=exceeded the limit number of collections[limit=65536])>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=103, message=collection not fully loaded)>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=106, message=collection on recovering[collection=docs])>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=700, message=index not found[collection=docs])>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=701, message=index type not supported[type=DISKANN])>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=800, message=database not found[database=analytics])>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        ("<MilvusException: (code=1100, message=invalid parameter[expected=valid metric type][actual=cosine])>"),
        None,
        None,
        V,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1101, message=missing parameter[param=anns_field])>",
        None,
        None,
        V,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1102, message=parameter too large[limit=16384][actual=20000])>",
        None,
        None,
        V,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1400, message=not authenticated)>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1401, message=privilege not permitted)>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1807, message=request is rejected by limiter)>",
        None,
        None,
        T,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=2401, message=datanode slot exhausted)>",
        None,
        None,
        R,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=3000, message=unsupported operation)>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.MilvusException",
        "<MilvusException: (code=1602, message=alias already exist[alias=docs_v2])>",
        None,
        None,
        V,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.DataNotMatchException",
        "<DataNotMatchException: (code=1, message=The data fields number is not match with schema.)>",
        None,
        None,
        V,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.ConnectionNotExistException",
        "<ConnectionNotExistException: (code=1, message=should create connection first.)>",
        None,
        None,
        P,
    ),
    (
        "pymilvus",
        "pymilvus.exceptions.SchemaNotReadyException",
        (
            "<SchemaNotReadyException: (code=1, message=Collection 'docs' not exist, or you can pass in "
            "schema to create one.)>"
        ),
        None,
        None,
        P,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.UnexpectedStatusCodeError",
        ("Collection may not have been created properly! Unexpected status code: 422, with response body: None."),
        422,
        None,
        V,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.UnexpectedStatusCodeError",
        "Meta endpoint! Unexpected status code: 503, with response body: None.",
        503,
        None,
        T,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.InsufficientPermissionsError",
        "Get schema! Unexpected status code: 403, with response body: None.",
        403,
        None,
        P,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.WeaviateTimeoutError",
        (
            "The request to Weaviate timed out while awaiting a response. Try adjusting the timeout config "
            "for your client. Details: "
        ),
        None,
        None,
        T,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.WeaviateConnectionError",
        "Connection to Weaviate failed. Details: [Errno 111] Connection refused",
        None,
        None,
        T,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.WeaviateClosedClientError",
        "The `WeaviateClient` is closed. Run `client.connect()` to (re)connect!",
        None,
        None,
        P,
    ),
    (
        "weaviate-client",
        "weaviate.exceptions.WeaviateUnsupportedFeatureError",
        (
            "Multi-tenancy is not supported by your connected server's Weaviate version. The current "
            "version is 1.19.0, but the feature requires at least version 1.20.0."
        ),
        None,
        None,
        P,
    ),
    (
        "chromadb",
        "chromadb.errors.NotFoundError",
        "Collection docs does not exist.",
        None,
        None,
        P,
    ),
    (
        "chromadb",
        "chromadb.errors.NotFoundError",
        "Collection [docs] does not exist",
        404,
        None,
        P,
    ),
    (
        "chromadb",
        "chromadb.errors.InvalidDimensionException",
        "Embedding dimension 768 does not match collection dimensionality 384",
        None,
        None,
        V,
    ),
    (
        "chromadb",
        "chromadb.errors.UniqueConstraintError",
        "Collection [docs] already exists",
        409,
        None,
        V,
    ),
    (
        "chromadb",
        "builtins.ValueError",
        "Expected IDs to be a non-empty list, got 0 IDs",
        None,
        None,
        V,
    ),
    (
        "chromadb",
        "builtins.ValueError",
        "Expected metadata to be a non-empty dict, got {}",
        None,
        None,
        V,
    ),
    (
        "chromadb",
        "builtins.ValueError",
        "Unequal lengths for fields: ids: 3, embeddings: 2 in add",
        None,
        None,
        V,
    ),
    (
        "chromadb",
        "chromadb.errors.BackoffError",
        "Backoff and retry",
        503,
        None,
        T,
    ),
    (
        "chromadb",
        "builtins.NotImplementedError",
        "Search is not implemented for SegmentAPI",
        None,
        None,
        P,
    ),
    (
        "pinecone",
        "pinecone.errors.exceptions.ApiError",
        "[400] Vector dimension 768 does not match the dimension of the index 1536",
        400,
        None,
        V,
    ),
    (
        "pinecone",
        "pinecone.errors.exceptions.IndexInitFailedError",
        "Index 'docs' entered InitializationFailed state",
        None,
        None,
        P,
    ),
    (
        "pinecone",
        "pinecone.errors.exceptions.IndexTerminatedError",
        ("Index 'docs' entered terminal state 'Terminating'. Check status with pc.describe_index(name='docs')."),
        None,
        None,
        P,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        (
            "MeilisearchApiError. Error code: index_not_found. Error message: Index `movies` not found. "
            "Error documentation: https://docs.meilisearch.com/errors#index_not_found Error type: "
            "invalid_request"
        ),
        404,
        None,
        P,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        (
            "MeilisearchApiError. Error code: invalid_api_key. Error message: The provided API key is "
            "invalid. Error documentation: https://docs.meilisearch.com/errors#invalid_api_key Error type: "
            "auth"
        ),
        403,
        None,
        P,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        (
            "MeilisearchApiError. Document identifier `a b` is invalid. A document identifier can be of "
            "type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) "
            "and underscores (_)."
        ),
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. A document cannot contain more than 65,535 fields.",
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. Maximum number of documents reached.",
        None,
        None,
        R,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. Maximum database size has been reached.",
        None,
        None,
        R,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        (
            "MeilisearchApiError. There is no more space left on the device. Consider increasing the size "
            "of the disk/partition."
        ),
        None,
        None,
        R,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. Invalid vector dimensions: expected: `384`, found: `768`.",
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        'MeilisearchApiError. Document doesn\'t have a `id` attribute: `{"title":"Dune"}`.',
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        (
            "MeilisearchApiError. The primary key inference failed as the engine did not find any field "
            "ending with `id` in its name. Please specify the primary key manually using the `primaryKey` "
            "query parameter."
        ),
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. Index already has a primary key: `id`.",
        400,
        None,
        V,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchApiError",
        "MeilisearchApiError. The database file is in an invalid state.",
        500,
        None,
        P,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchTimeoutError",
        (
            "MeilisearchTimeoutError, timeout of $5000ms has exceeded on process $42 when waiting for task "
            "to be resolve."
        ),
        None,
        None,
        T,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchCommunicationError",
        (
            "MeilisearchCommunicationError, HTTPConnectionPool(host='localhost', port=7700): Max retries "
            "exceeded with url: /indexes/movies/documents (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a1c3b5d90>: Failed to "
            "establish a new connection: [Errno 111] Connection refused'))"
        ),
        None,
        None,
        T,
    ),
    (
        "meilisearch",
        "meilisearch.errors.MeilisearchCommunicationError",
        (
            "MeilisearchCommunicationError, \n                    Invalid URL localhost:7700, no "
            "scheme/protocol supplied.\n                    Did you mean https://localhost:7700?\n         "
            "           "
        ),
        None,
        None,
        P,
    ),
    (
        "typesense",
        "typesense.exceptions.ObjectNotFound",
        "[Errno 404] Could not find a collection with name `books`.",
        None,
        404,
        P,
    ),
    (
        "typesense",
        "typesense.exceptions.ObjectAlreadyExists",
        "[Errno 409] API error.",
        None,
        409,
        V,
    ),
    (
        "typesense",
        "typesense.exceptions.RequestMalformed",
        "[Errno 400] API error.",
        None,
        400,
        V,
    ),
    (
        "typesense",
        "typesense.exceptions.RequestUnauthorized",
        "[Errno 401] API error.",
        None,
        401,
        P,
    ),
    (
        "typesense",
        "typesense.exceptions.RequestForbidden",
        "[Errno 403] API error.",
        None,
        403,
        P,
    ),
    (
        "typesense",
        "typesense.exceptions.ObjectUnprocessable",
        "[Errno 422] API error.",
        None,
        422,
        V,
    ),
    (
        "typesense",
        "typesense.exceptions.ServerError",
        "[Errno 500] API error.",
        None,
        500,
        T,
    ),
    (
        "typesense",
        "typesense.exceptions.ServiceUnavailable",
        "[Errno 503] API error.",
        None,
        503,
        T,
    ),
    (
        "gcsfs",
        "builtins.FileNotFoundError",
        "acme-raw/orders/2026-11-29.csv",
        None,
        None,
        P,
    ),
    (
        "gcsfs",
        "builtins.OSError",
        "Forbidden: https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv\n",
        None,
        None,
        P,
    ),
    (
        "gcsfs",
        "builtins.ValueError",
        ("Bad Request: https://storage.googleapis.com/storage/v1/b?project=acme\nInvalid bucket name: 'Acme_Raw'"),
        None,
        None,
        V,
    ),
    (
        "gcsfs",
        "gcsfs.retry.HttpError",
        (
            "The rate of change requests to the object acme-raw/state.json exceeds the rate limit. Please "
            "reduce the rate of create, update, and delete requests., 429"
        ),
        None,
        None,
        T,
    ),
    (
        "gcsfs",
        "gcsfs.retry.HttpError",
        "Backend Error, 503",
        None,
        None,
        T,
    ),
    (
        "gcsfs",
        "gcsfs.retry.HttpError",
        "Backend Error, 500",
        None,
        None,
        T,
    ),
    (
        "gcsfs",
        "gcsfs.retry.HttpError",
        "Login Required, 401",
        None,
        None,
        P,
    ),
    (
        "adlfs",
        "builtins.FileNotFoundError",
        "[Errno 2] No such container: 'raw'",
        None,
        2,
        P,
    ),
    (
        "adlfs",
        "builtins.PermissionError",
        "Azure Container does not exist.  Set create_parents=True to create!!",
        None,
        None,
        P,
    ),
    (
        "adlfs",
        "builtins.ValueError",
        "Must provide either a connection_string or account_name with credentials!!",
        None,
        None,
        P,
    ),
    (
        "adlfs",
        "builtins.ValueError",
        (
            "Proposed container_name of Raw_Data does not meet Azure requirements with error The specifed "
            "resource name contains invalid characters.!"
        ),
        None,
        None,
        V,
    ),
    (
        "adlfs",
        "builtins.NotImplementedError",
        "File mode not supported",
        None,
        None,
        P,
    ),
    (
        "pyarrow",
        "builtins.OSError",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "UNKNOWN (HTTP status 301) during HeadObject operation: No response body. Looks like the "
            "configured region is 'us-east-1' while the bucket is located in 'us-east-2'."
        ),
        None,
        None,
        P,
    ),
    (
        "pyarrow",
        "builtins.OSError",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "ACCESS_DENIED during HeadObject operation: No response body."
        ),
        None,
        None,
        P,
    ),
    (
        "pyarrow",
        "builtins.OSError",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "NETWORK_CONNECTION during HeadObject operation: curlCode: 28, Timeout was reached"
        ),
        None,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(503, 'unavailable_shards_exception', '[orders][0] primary shard is not active "
            "Timeout: [1m], request: [BulkShardRequest [[orders][0]] containing [125] requests]')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'too_many_buckets_exception', 'Trying to create too many buckets. Must "
            "be less than or equal to: [65536] but was [65537]. This limit can be set by changing the "
            "[search.max_buckets] cluster level setting.')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic "
            "introduction of [price] within [_doc] is not allowed')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.AuthorizationException",
        (
            "AuthorizationException(403, 'security_exception', 'action [indices:data/write/bulk[s]] is "
            "unauthorized for user [app] with effective roles [reader] on indices [orders], this action is "
            "granted by the index privileges [create_doc,create,index,write,all]')"
        ),
        403,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.AuthenticationException",
        (
            "AuthenticationException(401, 'security_exception', 'unable to authenticate user [elastic] for "
            "REST request [/_bulk]')"
        ),
        401,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'illegal_argument_exception', 'Text fields are not optimised for "
            "operations that require per-document field data like aggregations and sorting, so these "
            "operations are disabled by default. Please use a keyword field instead. Alternatively, set "
            "fielddata=true on [service] in order to load field data by uninverting the inverted index. "
            "Note that this can use significant memory.')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.ApiError",
        (
            "ApiError(503, 'process_cluster_event_timeout_exception', 'failed to process cluster event "
            "(put-mapping [orders/AbCdEfGhIjKlMnOp]) within 30s')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.BadRequestError",
        (
            "BadRequestError(400, 'invalid_index_name_exception', 'Invalid index name [Orders], must be "
            "lowercase', Orders, index_or_alias)"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(503, 'unavailable_shards_exception', '[logs-2026.11.29][2] primary shard is "
            "not active Timeout: [1m], request: [BulkShardRequest [[logs-2026.11.29][2]] containing [500] "
            "requests]')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.RequestError",
        (
            "RequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic "
            "introduction of [site] within [attrs] is not allowed')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.AuthorizationException",
        (
            "AuthorizationException(403, 'security_exception', 'no permissions for "
            "[indices:data/write/bulk[s]] and User [name=app, backend_roles=[], requestedTenant=null]')"
        ),
        403,
        None,
        P,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.TransportError",
        (
            "TransportError(503, 'process_cluster_event_timeout_exception', 'failed to process cluster "
            "event (put-mapping) within 30s')"
        ),
        503,
        None,
        T,
    ),
    (
        "elasticsearch/opensearch",
        "opensearchpy.exceptions.RequestError",
        (
            "RequestError(400, 'too_many_buckets_exception', 'Trying to create too many buckets. Must be "
            "less than or equal to: [65535] but was [95947].')"
        ),
        400,
        None,
        V,
    ),
    (
        "elasticsearch/opensearch",
        "elasticsearch.helpers.ScanError",
        "Scroll request has only succeeded on 4 (+0 skipped) shards out of 5.",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "pylibmc.ServerDown",
        "error 47 from memcached_get: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 35 from memcached_set: SERVER IS MARKED DEAD",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 47 from memcached_mget: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 37 from memcached_set: ITEM TOO BIG",
        None,
        None,
        V,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 31 from memcached_get: A TIMEOUT OCCURRED",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 17 from memcached_set: MEMORY ALLOCATION FAILURE",
        None,
        None,
        R,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 48 from memcached_set: SERVER FAILED TO ALLOCATE OBJECT",
        None,
        None,
        R,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 33 from memcached_get: A BAD KEY WAS PROVIDED/CHARACTERS OUT OF RANGE",
        None,
        None,
        V,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 40 from memcached_set: AUTHENTICATION FAILURE",
        None,
        None,
        P,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 20 from memcached_get: NO SERVERS DEFINED",
        None,
        None,
        P,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 3 from memcached_get: CONNECTION FAILURE",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 5 from memcached_set: WRITE FAILURE",
        None,
        None,
        T,
    ),
    (
        "pylibmc",
        "_pylibmc.MemcachedError",
        "error 28 from memcached_set: ACTION NOT SUPPORTED",
        None,
        None,
        P,
    ),
    (
        "valkey",
        "valkey.exceptions.OutOfMemoryError",
        "command not allowed when used memory > 'maxmemory'.",
        None,
        None,
        R,
    ),
    (
        "valkey",
        "valkey.exceptions.ReadOnlyError",
        "You can't write against a read only replica.",
        None,
        None,
        T,
    ),
    (
        "valkey",
        "valkey.exceptions.NoPermissionError",
        "No permissions to access a key",
        None,
        None,
        P,
    ),
    (
        "valkey",
        "valkey.exceptions.ResponseError",
        "WRONGTYPE Operation against a key holding the wrong kind of value",
        None,
        None,
        P,
    ),
    (
        "valkey",
        "valkey.exceptions.ConnectionError",
        "max number of clients reached",
        None,
        None,
        R,
    ),
    (
        "valkey",
        "valkey.exceptions.AuthenticationError",
        "invalid username-password pair or user is disabled.",
        None,
        None,
        P,
    ),
    (
        "valkey",
        "valkey.exceptions.ResponseError",
        "MISCONF Errors writing to the AOF file: No space left on device",
        None,
        None,
        R,
    ),
    (
        "valkey",
        "valkey.exceptions.ConnectionError",
        "Error 111 connecting to valkey:6379. Connection refused.",
        None,
        None,
        T,
    ),
]

# (library, str(exc) of the client's error, carried on a bare RuntimeError, label)
WRAPPED = [
    (
        "redis",
        "command not allowed when used memory > 'maxmemory'.",
        R,
    ),
    (
        "redis",
        "OOM command not allowed when used memory > 'maxmemory'.",
        R,
    ),
    (
        "redis",
        "OOM allow-oom flag is not set on the script, can not run it when used memory > 'maxmemory'",
        R,
    ),
    (
        "redis",
        "Redis is loading the dataset in memory",
        T,
    ),
    (
        "redis",
        "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
        T,
    ),
    (
        "redis",
        "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.",
        T,
    ),
    (
        "redis",
        "BUSY Redis is busy running a module command.",
        T,
    ),
    (
        "redis",
        "Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        T,
    ),
    (
        "redis",
        (
            "MASTERDOWN Link with MASTER is down, replica-serve-stale-data is set to 'no' and "
            "'allow-stale' flag is not set on the script."
        ),
        T,
    ),
    (
        "redis",
        (
            "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to "
            "disk. Commands that may modify the data set are disabled, because this instance is configured "
            "to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error "
            "option). Please check the Redis logs for details about the RDB error."
        ),
        R,
    ),
    (
        "redis",
        "MISCONF Errors writing to the AOF file: No space left on device",
        R,
    ),
    (
        "redis",
        "You can't write against a read only replica.",
        T,
    ),
    (
        "redis",
        "READONLY Can not run script with write flag on readonly replica",
        T,
    ),
    (
        "redis",
        "Authentication required.",
        P,
    ),
    (
        "redis",
        "invalid username-password pair or user is disabled.",
        P,
    ),
    (
        "redis",
        "Invalid Username or Password",
        P,
    ),
    (
        "redis",
        "User app has no permissions to run the 'flushall' command",
        P,
    ),
    (
        "redis",
        "No permissions to access a key",
        P,
    ),
    (
        "redis",
        "No permissions to access a channel",
        P,
    ),
    (
        "redis",
        "NOPERM User app has no permissions to access the 'orders:1' key",
        P,
    ),
    (
        "redis",
        "No matching script. Please use EVAL.",
        P,
    ),
    (
        "redis",
        "WRONGTYPE Operation against a key holding the wrong kind of value",
        P,
    ),
    (
        "redis",
        "NOREPLICAS Not enough good replicas to write.",
        T,
    ),
    (
        "redis",
        "Keys in request don't hash to the same slot",
        P,
    ),
    (
        "redis",
        "CROSSSLOT Keys in request don't hash to the same slot",
        P,
    ),
    (
        "redis",
        "Multiple keys request during rehashing of slot",
        T,
    ),
    (
        "redis",
        "The cluster is down",
        T,
    ),
    (
        "redis",
        "Hash slot not served",
        T,
    ),
    (
        "redis",
        "The cluster is down and only accepts read commands",
        T,
    ),
    (
        "redis",
        "max number of clients reached",
        R,
    ),
    (
        "redis",
        (
            "DENIED Redis is running in protected mode because protected mode is enabled and no password "
            "is set for the default user. In this mode connections are only accepted from the loopback "
            "interface. If you want to connect from external computers to Redis you may adopt one of the "
            "following solutions:"
        ),
        P,
    ),
    (
        "redis",
        "unknown command 'JSON.SET', with args beginning with: 'doc:1' '$' '{}' ",
        P,
    ),
    (
        "redis",
        "unknown subcommand 'NOSUCH'. Try CLIENT HELP.",
        P,
    ),
    (
        "redis",
        "wrong number of arguments for 'hset' command",
        P,
    ),
    (
        "redis",
        "value is not an integer or out of range",
        V,
    ),
    (
        "redis",
        "value is not a valid float",
        V,
    ),
    (
        "redis",
        "increment or decrement would overflow",
        V,
    ),
    (
        "redis",
        "increment would produce NaN or Infinity",
        V,
    ),
    (
        "redis",
        "string exceeds maximum allowed size (proto-max-bulk-len)",
        V,
    ),
    (
        "redis",
        "invalid expire time in 'set' command",
        V,
    ),
    (
        "redis",
        "offset is out of range",
        V,
    ),
    (
        "redis",
        "syntax error",
        P,
    ),
    (
        "redis",
        "DB index is out of range",
        P,
    ),
    (
        "redis",
        "SELECT is not allowed in cluster mode",
        P,
    ),
    (
        "redis",
        "This instance has cluster support disabled",
        P,
    ),
    (
        "redis",
        "Command not allowed inside a transaction",
        P,
    ),
    (
        "redis",
        "NOGROUP No such key 'orders' or consumer group 'workers' in XREADGROUP with GROUP option",
        P,
    ),
    (
        "redis",
        "The ID specified in XADD is equal or smaller than the target stream top item",
        V,
    ),
    (
        "redis",
        "NOPROTO unsupported protocol version",
        P,
    ),
    (
        "redis",
        "IOERR error or timeout reading to target instance",
        T,
    ),
    (
        "redis",
        "Target instance replied with error: NOAUTH Authentication required.",
        P,
    ),
    (
        "redis-py",
        "Error 111 connecting to redis:6379. Connection refused.",
        T,
    ),
    (
        "redis-py",
        "Error 113 connecting to 10.0.3.7:6379. No route to host.",
        T,
    ),
    (
        "redis-py",
        "Timeout connecting to server",
        T,
    ),
    (
        "redis-py",
        "Timeout reading from redis:6379",
        T,
    ),
    (
        "redis-py",
        "Timeout writing to socket",
        T,
    ),
    (
        "redis-py",
        "Connection closed by server.",
        T,
    ),
    (
        "redis-py",
        "Error 32 while writing to socket. Broken pipe.",
        T,
    ),
    (
        "redis-py",
        "Error while reading from redis:6379 : (104, 'Connection reset by peer')",
        T,
    ),
    (
        "redis-py",
        "Too many connections",
        R,
    ),
    (
        "redis-py",
        "No connection available.",
        R,
    ),
    (
        "redis-py",
        "Invalid Database",
        P,
    ),
    (
        "redis-py",
        "Bad response from PING health check",
        T,
    ),
    (
        "redis-py",
        "protocol must be either 2 or 3",
        P,
    ),
    (
        "redis-py",
        "Python wasn't built with SSL support",
        P,
    ),
    (
        "redis-py",
        "Unable to acquire lock within the time specified",
        T,
    ),
    (
        "redis-py",
        "Cannot extend a lock with no timeout",
        P,
    ),
    (
        "redis-py",
        "Watched variable changed.",
        T,
    ),
    (
        "redis-py",
        "Slot rebalancing occurred while watching keys",
        T,
    ),
    (
        "redis-py",
        "All keys involved in a cluster transaction must map to the same slot",
        P,
    ),
    (
        "redis-py",
        "Cannot issue a WATCH after a MULTI",
        P,
    ),
    (
        "redis-py",
        "No master found for 'mymaster'",
        T,
    ),
    (
        "redis-py",
        "No slave found for 'mymaster'",
        T,
    ),
    (
        "redis-py",
        "The previous master is now a slave",
        T,
    ),
    (
        "redis-py",
        "Redis URL must specify one of the following schemes (redis://, rediss://, unix://)",
        P,
    ),
    (
        "pymemcache",
        "b'out of memory storing object'",
        R,
    ),
    (
        "pymemcache",
        "b'object too large for cache'",
        V,
    ),
    (
        "pymemcache",
        "b'touch'",
        P,
    ),
    (
        "pymemcache",
        "Key is too long: b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'",
        V,
    ),
    (
        "pymemcache",
        "Key contains whitespace: b'user 42'",
        V,
    ),
    (
        "pymemcache",
        "Non-ASCII key: 'caf\\xe9'",
        V,
    ),
    (
        "pymemcache",
        "cas must only contain values in 0-9, got bad value: b'abc'",
        V,
    ),
    (
        "pymemcache",
        "All servers seem to be down right now",
        T,
    ),
    (
        "pymemcache",
        "Too many objects, 10 >= 10",
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating "
            "operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, "
            "coordinating_operation_bytes=120000000, max_coordinating_and_primary_bytes=107374182]')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
            "[<http_request>] would be [1014538592/967.5mb], which is larger than the limit of "
            "[986061209/940.3mb], real usage: [1014538592/967.5mb], new bytes reserved: [0/0b]')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'circuit_breaking_exception', '[fielddata] Data too large, data for "
            "[_id] would be [1.6gb], which is larger than the limit of [1.5gb]')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(429, 'cluster_block_exception', 'index [orders] blocked by: "
            "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
            "read-only-allow-delete block; for more information, see "
            "https://ela.st/es-req-flood-stage-watermark];')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "AuthorizationException(403, 'cluster_block_exception', 'index [orders] blocked by: "
            "[FORBIDDEN/8/index write (api)];')"
        ),
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not "
            "recovered / initialized];')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        "ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/2/no master];')",
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, document "
            "already exists (current version [1])', orders)"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[42]: version conflict, required "
            "seqNo [17], primary term [1]. current document has seqNo [18] and primary term [1]')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        ("NotFoundError(404, 'index_not_found_exception', 'no such index [orders]', orders, index_or_alias)"),
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'resource_already_exists_exception', 'index [orders/AbCdEfGhIjKlMnOp] "
            "already exists', orders)"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'mapper_parsing_exception', \"failed to parse field [price] of type "
            "[long] in document with id '17'. Preview of field's value: 'abc'\", For input string: "
            '"abc")'
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'illegal_argument_exception', 'Result window is too large, from + size "
            "must be less than or equal to: [10000] but was [10010]. See the scroll api for a more "
            "efficient way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'search_phase_execution_exception', 'Result window is too large, from + "
            "size must be less than or equal to: [10000] but was [10030]. See the scroll api for a more "
            "efficient way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'validation_exception', 'Validation Failed: 1: this action would add [2] "
            "shards, but this cluster currently has [1000]/[1000] maximum normal shards open;')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(500, 'exception', 'Trying to create too many scroll contexts. Must be less than or "
            "equal to: [500]. This limit can be set by changing the [search.max_open_scroll_context] "
            "setting.')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        "ApiError(503, 'search_phase_execution_exception', 'all shards failed')",
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "Connection timeout caused by: ReadTimeoutError(HTTPSConnectionPool(host='es.internal', "
            "port=9200): Read timed out. (read timeout=10))"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at "
            "0x7f2a1c3b5d90>: Failed to establish a new connection: [Errno 111] Connection refused)"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating "
            "operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, "
            "coordinating_operation_bytes=120000000, max_coordinating_and_primary_bytes=107374182]')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
            "[<http_request>] would be [1014538592/967.5mb], which is larger than the limit of "
            "[986061209/940.3mb]')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(429, 'cluster_block_exception', 'index [logs-2026.11.29] blocked by: "
            "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
            "read-only-allow-delete block];')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        "NotFoundError(404, 'index_not_found_exception', 'no such index [orders]')",
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, document "
            "already exists (current version [1])')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "RequestError(400, 'mapper_parsing_exception', \"failed to parse field [ts] of type [date] in "
            "document with id '9'. Preview of field's value: 'yesterday'\")"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "RequestError(400, 'illegal_argument_exception', 'Result window is too large, from + size must "
            "be less than or equal to: [10000] but was [10500]. See the scroll api for a more efficient "
            "way to request large data sets. This limit can be set by changing the "
            "[index.max_result_window] index level setting.')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "RequestError(400, 'validation_exception', 'Validation Failed: 1: this action would add [2] "
            "shards, but this cluster currently has [1000]/[1000] maximum normal shards open;')"
        ),
        R,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not "
            "recovered / initialized];')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(500, 'exception', 'Trying to create too many scroll contexts. Must be less "
            "than or equal to: [500]. This limit can be set by changing the "
            "[search.max_open_scroll_context] setting.')"
        ),
        R,
    ),
    (
        "pysolr",
        "Solr responded with an error (HTTP 400): [Reason: undefined field foo]",
        V,
    ),
    (
        "pysolr",
        ("Solr responded with an error (HTTP 400): [Reason: Document is missing mandatory uniqueKey field: id]"),
        V,
    ),
    (
        "pysolr",
        (
            "Solr responded with an error (HTTP 400): [Reason: Document contains multiple values for "
            "uniqueKey field: id]"
        ),
        V,
    ),
    (
        "pysolr",
        "Solr responded with an error (HTTP 404): [Reason: Not Found]",
        P,
    ),
    (
        "pysolr",
        "Solr responded with an error (HTTP 503): [Reason: Service Unavailable]",
        T,
    ),
    (
        "pysolr",
        "Solr responded with an error (HTTP 401): [Reason: require authentication]",
        P,
    ),
    (
        "pysolr",
        (
            "Connection to server 'http://solr:8983/solr/orders/update/?commit=true' timed out: "
            "HTTPConnectionPool(host='solr', port=8983): Read timed out. (read timeout=60)"
        ),
        T,
    ),
    (
        "pysolr",
        (
            "Failed to connect to server at http://solr:8983/solr/orders/select/?q=%2A%3A%2A&wt=json: "
            "HTTPConnectionPool(host='solr', port=8983): Max retries exceeded with url: "
            "/solr/orders/select/?q=%2A%3A%2A&wt=json (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a1c3b5d90>: Failed to "
            "establish a new connection: [Errno 111] Connection refused'))"
        ),
        T,
    ),
    (
        "pysolr",
        "Unknown collection: orders",
        P,
    ),
    (
        "pysolr",
        "ZooKeeper returned no active shards!",
        T,
    ),
    (
        "pysolr",
        "Unable to use unknown HTTP method 'patch'.",
        P,
    ),
    (
        "botocore/s3",
        ("An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified "
            "bucket does not exist"
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (NoSuchUpload) when calling the CompleteMultipartUpload operation: The "
            "specified multipart upload does not exist. The upload ID may be invalid, or the upload may "
            "have been aborted or completed."
        ),
        P,
    ),
    (
        "botocore/s3",
        "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request "
            "signature we calculated does not match the signature you provided. Check your key and signing "
            "method."
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference "
            "between the request time and the server's time is too large."
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The Access Key "
            "Id you provided does not exist in our records."
        ),
        P,
    ),
    (
        "botocore/s3",
        ("An error occurred (SlowDown) when calling the PutObject operation: Please reduce your request rate."),
        T,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InternalError) when calling the UploadPart operation: We encountered an "
            "internal error, please try again."
        ),
        T,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your "
            "previous request to create the named bucket succeeded and you already own it."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (BucketAlreadyExists) when calling the CreateBucket operation: The "
            "requested bucket name is not available. The bucket namespace is shared by all users of the "
            "system. Please select a different name and try again."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (EntityTooLarge) when calling the PutObject operation: Your proposed upload "
            "exceeds the maximum allowed object size."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (EntityTooSmall) when calling the CompleteMultipartUpload operation: Your "
            "proposed upload is smaller than the minimum allowed object size."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidPart) when calling the CompleteMultipartUpload operation: One or "
            "more of the specified parts could not be found.  The part may not have been uploaded, or the "
            "specified entity tag may not match the part's entity tag."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidPartOrder) when calling the CompleteMultipartUpload operation: The "
            "list of parts was not in ascending order. The parts list must be specified in order by part "
            "number."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidObjectState) when calling the GetObject operation: The operation is "
            "not valid for the current state of the object."
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (MethodNotAllowed) when calling the PutObject operation: The specified "
            "method is not allowed against this resource."
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (NotImplemented) when calling the PutObject operation: A header you "
            "provided implies functionality that is not implemented"
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (AuthorizationHeaderMalformed) when calling the ListObjectsV2 operation: "
            "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'"
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidBucketName) when calling the CreateBucket operation: The specified "
            "bucket is not valid."
        ),
        V,
    ),
    (
        "botocore/s3",
        "An error occurred (KeyTooLongError) when calling the PutObject operation: Your key is too long",
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidRange) when calling the GetObject operation: The requested range is "
            "not satisfiable"
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (MalformedXML) when calling the DeleteObjects operation: The XML you "
            "provided was not well-formed or did not validate against our published schema."
        ),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to "
            "this bucket has been disabled."
        ),
        P,
    ),
    (
        "botocore/s3",
        "An error occurred (AccessDenied) when calling the GetObject operation: Request has expired",
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (XMinioStorageFull) when calling the PutObject operation: Storage backend "
            "has reached its minimum free drive threshold. Please delete a few objects to proceed."
        ),
        R,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (XMinioBackendDown) when calling the GetObject operation: Object storage "
            "backend is unreachable"
        ),
        T,
    ),
    (
        "botocore/s3",
        ("An error occurred (Busy) when calling the PutObject operation: The service is unavailable. Please retry."),
        T,
    ),
    (
        "botocore/s3",
        ("An error occurred (InvalidArgument) when calling the GetObject operation: Invalid version id specified"),
        V,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (UnauthorizedAccess) when calling the SelectObjectContent operation: You "
            "are not authorized to perform this operation"
        ),
        P,
    ),
    (
        "botocore/s3",
        (
            "An error occurred (InvalidDataSource) when calling the SelectObjectContent operation: Invalid "
            "data source type. Only CSV and JSON are supported at this time."
        ),
        V,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: NoSuchKey, message: The specified key does not exist., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: NoSuchBucket, message: The specified bucket does not exist, "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: AccessDenied, message: Access Denied., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: SignatureDoesNotMatch, message: The request signature we "
            "calculated does not match the signature you provided. Check your key and signing method., "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: InvalidAccessKeyId, message: The Access Key Id you provided does "
            "not exist in our records., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: SlowDown, message: Please reduce your request, resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        T,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: XMinioStorageFull, message: Storage backend has reached its "
            "minimum free drive threshold. Please delete a few objects to proceed., resource: "
            "/acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        R,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: InternalError, message: We encountered an internal error, please "
            "try again., resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        T,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: XMinioBackendDown, message: Object storage backend is unreachable, "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        T,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: Busy, message: The service is unavailable. Please retry., "
            "resource: /acme-raw/orders/2026-11-29.csv, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        T,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: EntityTooLarge, message: Your proposed upload exceeds the maximum "
            "allowed object size., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        V,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: InvalidBucketName, message: The specified bucket is not valid., "
            "resource: /acme-raw/, request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: "
        ),
        V,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: BucketAlreadyOwnedByYou, message: Your previous request to create "
            "the named bucket succeeded and you already own it., resource: /acme-raw/, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: "
        ),
        V,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: RequestTimeTooSkewed, message: The difference between the request "
            "time and the server's time is too large., resource: /acme-raw/orders/2026-11-29.csv, "
            "request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: InvalidObjectState, message: The operation is not valid for the "
            "current state of the object., resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: NotImplemented, message: A header you provided implies "
            "functionality that is not implemented, resource: /acme-raw/orders/2026-11-29.csv, request_id: "
            "187C2A1B3D4E5F60, host_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, "
            "bucket_name: acme-raw, object_name: orders/2026-11-29.csv"
        ),
        P,
    ),
    (
        "minio-py",
        (
            "S3 operation failed; code: MalformedXML, message: The XML you provided was not well-formed or "
            "did not validate against our published schema., resource: /acme-raw/orders/2026-11-29.csv, "
            "request_id: 187C2A1B3D4E5F60, host_id: "
            "dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, bucket_name: acme-raw, "
            "object_name: orders/2026-11-29.csv"
        ),
        V,
    ),
    (
        "minio-py",
        ("non-XML response from server; Response code: 502, Content-Type: text/html, Body: <html>Bad Gateway</html>"),
        T,
    ),
    (
        "minio-py",
        (
            "non-XML response from server; Response code: 503, Content-Type: text/html, Body: "
            "<html><body>Service Unavailable</body></html>"
        ),
        T,
    ),
    (
        "s3fs",
        "Access Denied",
        P,
    ),
    (
        "s3fs",
        "The specified key does not exist.",
        P,
    ),
    (
        "s3fs",
        "The specified bucket does not exist",
        P,
    ),
    (
        "s3fs",
        "[Errno 16] Please reduce your request rate.",
        T,
    ),
    (
        "s3fs",
        "[Errno 121] We encountered an internal error. Please try again.",
        T,
    ),
    (
        "s3fs",
        "[Errno 22] Your proposed upload exceeds the maximum allowed size",
        V,
    ),
    (
        "s3fs",
        "[Errno 90] Your proposed upload exceeds the maximum allowed object size.",
        V,
    ),
    (
        "s3fs",
        (
            "Your socket connection to the server was not read from or written to within the timeout "
            "period. Idle connections will be closed."
        ),
        T,
    ),
    (
        "s3fs",
        "The AWS Access Key Id you provided does not exist in our records.",
        P,
    ),
    (
        "s3fs",
        "The provided token has expired.",
        P,
    ),
    (
        "s3fs",
        "Your previous request to create the named bucket succeeded and you already own it.",
        V,
    ),
    (
        "s3fs",
        "[Errno 16] The service is unavailable. Please retry.",
        T,
    ),
    (
        "s3fs",
        "[Errno 38] A header you provided implies functionality that is not implemented",
        P,
    ),
    (
        "azure-storage-blob",
        (
            "The specified container does not "
            "exist.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567"
            "Z\nErrorCode:ContainerNotFound"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "The specified container already "
            "exists.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:ContainerAlreadyExists"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The specified blob already "
            "exists.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlobAlreadyExists"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The specified container has been disabled by the "
            "administrator.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00"
            ".1234567Z\nErrorCode:ContainerDisabled"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "There is currently a lease on the blob and no lease ID was specified in the "
            "request.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:LeaseIdMissing"
        ),
        T,
    ),
    (
        "azure-storage-blob",
        (
            "This operation is not permitted as the blob is immutable due to a "
            "policy.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlobImmutableDueToPolicy"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "This operation is not permitted as the blob is immutable due to one or more legal "
            "holds.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567"
            "Z\nErrorCode:BlobImmutableDueToLegalHold"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "The committed block count cannot exceed the maximum limit of 50,000 "
            "blocks.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlockCountExceedsLimit"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The blocklist may not contain more than 50,000 "
            "blocks.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123456"
            "7Z\nErrorCode:BlockListTooLong"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The operation is not supported in this "
            "scenario.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234"
            "567Z\nErrorCode:BlobOperationNotSupported"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "Could not verify the copy source within the specified "
            "time.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567Z"
            "\nErrorCode:CannotVerifyCopySource"
        ),
        T,
    ),
    (
        "azure-storage-blob",
        (
            "The specified blob or block content is "
            "invalid.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InvalidBlobOrBlock"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The specified block list is "
            "invalid.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InvalidBlockList"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "Server failed to authenticate the request. Make sure the value of Authorization header is "
            "formed correctly including the "
            "signature.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123"
            "4567Z\nErrorCode:AuthenticationFailed"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "The server encountered an internal error. Please retry the "
            "request.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.12345"
            "67Z\nErrorCode:InternalError"
        ),
        T,
    ),
    (
        "azure-storage-blob",
        (
            "The blob type is invalid for this "
            "operation.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.123"
            "4567Z\nErrorCode:InvalidBlobType"
        ),
        P,
    ),
    (
        "azure-storage-blob",
        (
            "An invalid value was specified for one of the query parameters in the request "
            "URI.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567Z\n"
            "ErrorCode:InvalidQueryParameterValue"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The MD5 value specified in the request is invalid. The MD5 value must be 128 bits and "
            "Base64-encoded.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:0"
            "0.1234567Z\nErrorCode:InvalidMd5"
        ),
        V,
    ),
    (
        "azure-storage-blob",
        (
            "The range specified is invalid for the current size of the "
            "resource.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234"
            "567Z\nErrorCode:InvalidRange"
        ),
        V,
    ),
    (
        "google-cloud-storage",
        "401 GET https://storage.googleapis.com/storage/v1/b?project=acme: Login Required",
        P,
    ),
    (
        "google-cloud-storage",
        "403 GET https://storage.googleapis.com/storage/v1/b?project=acme: Forbidden",
        P,
    ),
    (
        "google-cloud-storage",
        ("404 GET https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv?projection=noAcl: Not Found"),
        P,
    ),
    (
        "google-cloud-storage",
        (
            "409 POST https://storage.googleapis.com/storage/v1/b?project=acme: You already own this "
            "bucket. Please select another name."
        ),
        V,
    ),
    (
        "google-cloud-storage",
        (
            "429 POST https://storage.googleapis.com/upload/storage/v1/b/acme-raw/o?uploadType=multipart: "
            "The rate of change requests to the object acme-raw/state.json exceeds the rate limit. Please "
            "reduce the rate of create, update, and delete requests."
        ),
        T,
    ),
    (
        "google-cloud-storage",
        "503 GET https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv: Backend Error",
        T,
    ),
    (
        "paramiko",
        "[Errno 2] No such file",
        P,
    ),
    (
        "paramiko",
        "[Errno 13] Permission denied",
        P,
    ),
    (
        "paramiko",
        "Operation unsupported",
        P,
    ),
    (
        "paramiko",
        "Connection lost",
        T,
    ),
    (
        "paramiko",
        "No connection",
        T,
    ),
    (
        "smbprotocol",
        (
            "[Error 1] [NtStatus 0xc0000043] The process cannot access the file because it is being used "
            "by another process: '\\\\\\\\files\\\\share\\\\out\\\\orders.csv'"
        ),
        T,
    ),
    (
        "smbprotocol",
        "[Error 13] [NtStatus 0xc0000061] Required privilege not held: '\\\\\\\\files\\\\share\\\\out'",
        P,
    ),
    (
        "smbprotocol",
        (
            "[Error 0] [NtStatus 0xc000007f] Unknown NtStatus error returned 'STATUS_DISK_FULL': "
            "'\\\\\\\\files\\\\share\\\\out\\\\orders.csv'"
        ),
        R,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: A process has requested access to an object but "
            "has not been granted those access rights. (3221225506) STATUS_ACCESS_DENIED: 0xc0000022"
        ),
        P,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: The attempted logon is invalid. This is either "
            "due to a bad username or authentication information. (3221225581) STATUS_LOGON_FAILURE: "
            "0xc000006d"
        ),
        P,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: The specified share name cannot be found on the "
            "remote server. (3221225676) STATUS_BAD_NETWORK_NAME: 0xc00000cc"
        ),
        P,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: The object name is not found. (3221225524) "
            "STATUS_OBJECT_NAME_NOT_FOUND: 0xc0000034"
        ),
        P,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: Insufficient system resources exist to complete "
            "the API. (3221225626) STATUS_INSUFFICIENT_RESOURCES: 0xc000009a"
        ),
        R,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: The user account password has expired. "
            "(3221225583) STATUS_PASSWORD_EXPIRED: 0xc0000071"
        ),
        P,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: A file cannot be opened because the share access "
            "flags are incompatible. (3221225539) STATUS_SHARING_VIOLATION: 0xc0000043"
        ),
        T,
    ),
    (
        "smbprotocol",
        (
            "Received unexpected status from the server: The network name was deleted. (3221225673) "
            "STATUS_NETWORK_NAME_DELETED: 0xc00000c9"
        ),
        T,
    ),
    (
        "qdrant-client",
        (
            'Unexpected Response: 404 (Not Found)\nRaw response content:\nb\'{"status":{"error":"Not '
            'found: Collection `docs` doesn\\\'t exist!"},"time":0.000123}\''
        ),
        P,
    ),
    (
        "qdrant-client",
        (
            'Unexpected Response: 400 (Bad Request)\nRaw response content:\nb\'{"status":{"error":"Wrong '
            'input: Vector dimension error: expected dim: 384, got 768"},"time":0.000123}\''
        ),
        V,
    ),
    (
        "qdrant-client",
        (
            'Unexpected Response: 404 (Not Found)\nRaw response content:\nb\'{"status":{"error":"No point '
            'with id 42 found"},"time":0.000123}\''
        ),
        P,
    ),
    (
        "qdrant-client",
        (
            "Unexpected Response: 500 (Internal Server Error)\nRaw response "
            'content:\nb\'{"status":{"error":"Service internal error: No space left on device (os error '
            '28)"},"time":0.000123}\''
        ),
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=100, message=collection not found[database=default][collection=docs])>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=101, message=collection not loaded[collection=451234567890])>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1, message=service not ready[node=3])>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=2, message=service unavailable[node=querynode-2])>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=3, message=memory limit exceeded[limit=0.9])>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=7, message=disk limit exceeded)>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=8, message=rate limit exceeded[rate=100])>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=9, message=quota exceeded[reason=memory quota exhausted])>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=12, message=service resource insufficient)>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=102, message=exceeded the limit number of collections[limit=65536])>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=103, message=collection not fully loaded)>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=106, message=collection on recovering[collection=docs])>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=700, message=index not found[collection=docs])>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=701, message=index type not supported[type=DISKANN])>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=800, message=database not found[database=analytics])>",
        P,
    ),
    (
        "pymilvus",
        ("<MilvusException: (code=1100, message=invalid parameter[expected=valid metric type][actual=cosine])>"),
        V,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1101, message=missing parameter[param=anns_field])>",
        V,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1102, message=parameter too large[limit=16384][actual=20000])>",
        V,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1400, message=not authenticated)>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1401, message=privilege not permitted)>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1807, message=request is rejected by limiter)>",
        T,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=2401, message=datanode slot exhausted)>",
        R,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=3000, message=unsupported operation)>",
        P,
    ),
    (
        "pymilvus",
        "<MilvusException: (code=1602, message=alias already exist[alias=docs_v2])>",
        V,
    ),
    (
        "pymilvus",
        "<DataNotMatchException: (code=1, message=The data fields number is not match with schema.)>",
        V,
    ),
    (
        "pymilvus",
        "<ConnectionNotExistException: (code=1, message=should create connection first.)>",
        P,
    ),
    (
        "pymilvus",
        (
            "<SchemaNotReadyException: (code=1, message=Collection 'docs' not exist, or you can pass in "
            "schema to create one.)>"
        ),
        P,
    ),
    (
        "weaviate-client",
        ("Collection may not have been created properly! Unexpected status code: 422, with response body: None."),
        V,
    ),
    (
        "weaviate-client",
        "Meta endpoint! Unexpected status code: 503, with response body: None.",
        T,
    ),
    (
        "weaviate-client",
        "Get schema! Unexpected status code: 403, with response body: None.",
        P,
    ),
    (
        "weaviate-client",
        (
            "The request to Weaviate timed out while awaiting a response. Try adjusting the timeout config "
            "for your client. Details: "
        ),
        T,
    ),
    (
        "weaviate-client",
        "Connection to Weaviate failed. Details: [Errno 111] Connection refused",
        T,
    ),
    (
        "weaviate-client",
        "The `WeaviateClient` is closed. Run `client.connect()` to (re)connect!",
        P,
    ),
    (
        "weaviate-client",
        (
            "Multi-tenancy is not supported by your connected server's Weaviate version. The current "
            "version is 1.19.0, but the feature requires at least version 1.20.0."
        ),
        P,
    ),
    (
        "chromadb",
        "Collection docs does not exist.",
        P,
    ),
    (
        "chromadb",
        "Collection [docs] does not exist",
        P,
    ),
    (
        "chromadb",
        "Embedding dimension 768 does not match collection dimensionality 384",
        V,
    ),
    (
        "chromadb",
        "Expected IDs to be a non-empty list, got 0 IDs",
        V,
    ),
    (
        "chromadb",
        "Expected metadata to be a non-empty dict, got {}",
        V,
    ),
    (
        "chromadb",
        "Unequal lengths for fields: ids: 3, embeddings: 2 in add",
        V,
    ),
    (
        "chromadb",
        "Backoff and retry",
        T,
    ),
    (
        "chromadb",
        "Search is not implemented for SegmentAPI",
        P,
    ),
    (
        "pinecone",
        "[400] Vector dimension 768 does not match the dimension of the index 1536",
        V,
    ),
    (
        "pinecone",
        "Index 'docs' entered InitializationFailed state",
        P,
    ),
    (
        "pinecone",
        ("Index 'docs' entered terminal state 'Terminating'. Check status with pc.describe_index(name='docs')."),
        P,
    ),
    (
        "meilisearch",
        (
            "MeilisearchApiError. Error code: index_not_found. Error message: Index `movies` not found. "
            "Error documentation: https://docs.meilisearch.com/errors#index_not_found Error type: "
            "invalid_request"
        ),
        P,
    ),
    (
        "meilisearch",
        (
            "MeilisearchApiError. Error code: invalid_api_key. Error message: The provided API key is "
            "invalid. Error documentation: https://docs.meilisearch.com/errors#invalid_api_key Error type: "
            "auth"
        ),
        P,
    ),
    (
        "meilisearch",
        (
            "MeilisearchApiError. Document identifier `a b` is invalid. A document identifier can be of "
            "type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) "
            "and underscores (_)."
        ),
        V,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. A document cannot contain more than 65,535 fields.",
        V,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. Maximum number of documents reached.",
        R,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. Maximum database size has been reached.",
        R,
    ),
    (
        "meilisearch",
        (
            "MeilisearchApiError. There is no more space left on the device. Consider increasing the size "
            "of the disk/partition."
        ),
        R,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. Invalid vector dimensions: expected: `384`, found: `768`.",
        V,
    ),
    (
        "meilisearch",
        'MeilisearchApiError. Document doesn\'t have a `id` attribute: `{"title":"Dune"}`.',
        V,
    ),
    (
        "meilisearch",
        (
            "MeilisearchApiError. The primary key inference failed as the engine did not find any field "
            "ending with `id` in its name. Please specify the primary key manually using the `primaryKey` "
            "query parameter."
        ),
        V,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. Index already has a primary key: `id`.",
        V,
    ),
    (
        "meilisearch",
        "MeilisearchApiError. The database file is in an invalid state.",
        P,
    ),
    (
        "meilisearch",
        (
            "MeilisearchTimeoutError, timeout of $5000ms has exceeded on process $42 when waiting for task "
            "to be resolve."
        ),
        T,
    ),
    (
        "meilisearch",
        (
            "MeilisearchCommunicationError, HTTPConnectionPool(host='localhost', port=7700): Max retries "
            "exceeded with url: /indexes/movies/documents (Caused by "
            "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a1c3b5d90>: Failed to "
            "establish a new connection: [Errno 111] Connection refused'))"
        ),
        T,
    ),
    (
        "meilisearch",
        (
            "MeilisearchCommunicationError, \n                    Invalid URL localhost:7700, no "
            "scheme/protocol supplied.\n                    Did you mean https://localhost:7700?\n         "
            "           "
        ),
        P,
    ),
    (
        "typesense",
        "[Errno 404] Could not find a collection with name `books`.",
        P,
    ),
    (
        "typesense",
        "[Errno 401] API error.",
        P,
    ),
    (
        "typesense",
        "[Errno 403] API error.",
        P,
    ),
    (
        "gcsfs",
        "acme-raw/orders/2026-11-29.csv",
        P,
    ),
    (
        "gcsfs",
        "Forbidden: https://storage.googleapis.com/storage/v1/b/acme-raw/o/orders.csv\n",
        P,
    ),
    (
        "gcsfs",
        ("Bad Request: https://storage.googleapis.com/storage/v1/b?project=acme\nInvalid bucket name: 'Acme_Raw'"),
        V,
    ),
    (
        "gcsfs",
        (
            "The rate of change requests to the object acme-raw/state.json exceeds the rate limit. Please "
            "reduce the rate of create, update, and delete requests., 429"
        ),
        T,
    ),
    (
        "gcsfs",
        "Backend Error, 503",
        T,
    ),
    (
        "gcsfs",
        "Backend Error, 500",
        T,
    ),
    (
        "gcsfs",
        "Login Required, 401",
        P,
    ),
    (
        "adlfs",
        "[Errno 2] No such container: 'raw'",
        P,
    ),
    (
        "adlfs",
        "Azure Container does not exist.  Set create_parents=True to create!!",
        P,
    ),
    (
        "adlfs",
        "Must provide either a connection_string or account_name with credentials!!",
        P,
    ),
    (
        "adlfs",
        (
            "Proposed container_name of Raw_Data does not meet Azure requirements with error The specifed "
            "resource name contains invalid characters.!"
        ),
        V,
    ),
    (
        "adlfs",
        "File mode not supported",
        P,
    ),
    (
        "adlfs",
        "version_id cannot be specified if the filesystem is not version aware",
        P,
    ),
    (
        "pyarrow",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "UNKNOWN (HTTP status 301) during HeadObject operation: No response body. Looks like the "
            "configured region is 'us-east-1' while the bucket is located in 'us-east-2'."
        ),
        P,
    ),
    (
        "pyarrow",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "ACCESS_DENIED during HeadObject operation: No response body."
        ),
        P,
    ),
    (
        "pyarrow",
        (
            "When getting information for key 'orders/2026-11-29.parquet' in bucket 'acme-raw': AWS Error "
            "NETWORK_CONNECTION during HeadObject operation: curlCode: 28, Timeout was reached"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(503, 'unavailable_shards_exception', '[orders][0] primary shard is not active "
            "Timeout: [1m], request: [BulkShardRequest [[orders][0]] containing [125] requests]')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'too_many_buckets_exception', 'Trying to create too many buckets. Must "
            "be less than or equal to: [65536] but was [65537]. This limit can be set by changing the "
            "[search.max_buckets] cluster level setting.')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic "
            "introduction of [price] within [_doc] is not allowed')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "AuthorizationException(403, 'security_exception', 'action [indices:data/write/bulk[s]] is "
            "unauthorized for user [app] with effective roles [reader] on indices [orders], this action is "
            "granted by the index privileges [create_doc,create,index,write,all]')"
        ),
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "AuthenticationException(401, 'security_exception', 'unable to authenticate user [elastic] for "
            "REST request [/_bulk]')"
        ),
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'illegal_argument_exception', 'Text fields are not optimised for "
            "operations that require per-document field data like aggregations and sorting, so these "
            "operations are disabled by default. Please use a keyword field instead. Alternatively, set "
            "fielddata=true on [service] in order to load field data by uninverting the inverted index. "
            "Note that this can use significant memory.')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "ApiError(503, 'process_cluster_event_timeout_exception', 'failed to process cluster event "
            "(put-mapping [orders/AbCdEfGhIjKlMnOp]) within 30s')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "BadRequestError(400, 'invalid_index_name_exception', 'Invalid index name [Orders], must be "
            "lowercase', Orders, index_or_alias)"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(503, 'unavailable_shards_exception', '[logs-2026.11.29][2] primary shard is "
            "not active Timeout: [1m], request: [BulkShardRequest [[logs-2026.11.29][2]] containing [500] "
            "requests]')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "RequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic "
            "introduction of [site] within [attrs] is not allowed')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        (
            "AuthorizationException(403, 'security_exception', 'no permissions for "
            "[indices:data/write/bulk[s]] and User [name=app, backend_roles=[], requestedTenant=null]')"
        ),
        P,
    ),
    (
        "elasticsearch/opensearch",
        (
            "TransportError(503, 'process_cluster_event_timeout_exception', 'failed to process cluster "
            "event (put-mapping) within 30s')"
        ),
        T,
    ),
    (
        "elasticsearch/opensearch",
        (
            "RequestError(400, 'too_many_buckets_exception', 'Trying to create too many buckets. Must be "
            "less than or equal to: [65535] but was [95947].')"
        ),
        V,
    ),
    (
        "elasticsearch/opensearch",
        "Scroll request has only succeeded on 4 (+0 skipped) shards out of 5.",
        T,
    ),
    (
        "pylibmc",
        "error 47 from memcached_get: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY",
        T,
    ),
    (
        "pylibmc",
        "error 35 from memcached_set: SERVER IS MARKED DEAD",
        T,
    ),
    (
        "pylibmc",
        "error 47 from memcached_mget: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY",
        T,
    ),
    (
        "pylibmc",
        "error 37 from memcached_set: ITEM TOO BIG",
        V,
    ),
    (
        "pylibmc",
        "error 31 from memcached_get: A TIMEOUT OCCURRED",
        T,
    ),
    (
        "pylibmc",
        "error 17 from memcached_set: MEMORY ALLOCATION FAILURE",
        R,
    ),
    (
        "pylibmc",
        "error 48 from memcached_set: SERVER FAILED TO ALLOCATE OBJECT",
        R,
    ),
    (
        "pylibmc",
        "error 33 from memcached_get: A BAD KEY WAS PROVIDED/CHARACTERS OUT OF RANGE",
        V,
    ),
    (
        "pylibmc",
        "error 40 from memcached_set: AUTHENTICATION FAILURE",
        P,
    ),
    (
        "pylibmc",
        "error 20 from memcached_get: NO SERVERS DEFINED",
        P,
    ),
    (
        "pylibmc",
        "error 3 from memcached_get: CONNECTION FAILURE",
        T,
    ),
    (
        "pylibmc",
        "error 5 from memcached_set: WRITE FAILURE",
        T,
    ),
    (
        "pylibmc",
        "error 28 from memcached_set: ACTION NOT SUPPORTED",
        P,
    ),
    (
        "valkey",
        "Error 111 connecting to valkey:6379. Connection refused.",
        T,
    ),
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default(cache_size=0)


@pytest.mark.parametrize(("library", "exc_type", "message", "status", "errno", "label"), OWN)
def test_template_on_its_own_class(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, errno: int | None, label: Category
) -> None:
    category, rule = verdict_of(clf, exc_type, message, status, errno=errno)
    assert category is label, (library, rule)


@pytest.mark.parametrize(("library", "message", "label"), WRAPPED)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category) -> None:
    category, rule = verdict_of(clf, "builtins.RuntimeError", message)
    assert category is label, (library, rule)


# Where a weaker signal would have decided: the deciding rule is pinned, with what it overrules.
RULES = [
    # a cluster block of the SERVICE_UNAVAILABLE level: the code alone reads the flood-stage disk block (resource)
    ("elasticsearch.ApiError",
     "ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / "
     "initialized];')",
     503, None, T, "vendor.elasticsearch.cluster_block_exception.service_unavailable"),
    ("opensearchpy.exceptions.TransportError",
     "TransportError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/2/no master];')",
     503, None, T, "vendor.elasticsearch.cluster_block_exception.service_unavailable"),
    # ... while the flood-stage block keeps the code's resource reading
    ("elasticsearch.ApiError",
     "ApiError(429, 'cluster_block_exception', 'index [orders] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded "
     "flood-stage watermark, index has read-only-allow-delete block];')",
     429, None, R, "vendor.elasticsearch.cluster_block_exception"),
    # a create of an id already indexed: the code alone reads a lost optimistic-concurrency check (transient)
    ("elasticsearch.ConflictError",
     "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, document already exists "
     "(current version [1])', orders)",
     409, None, V, "vendor.elasticsearch.version_conflict_engine_exception.document_exists"),
    # ... while a lost seqNo check stays transient
    ("elasticsearch.ConflictError",
     "ConflictError(409, 'version_conflict_engine_exception', '[42]: version conflict, required seqNo [17], primary "
     "term [1]. current document has seqNo [18] and primary term [1]')",
     409, None, T, "vendor.elasticsearch.version_conflict_engine_exception"),
    # redis-py's LockError is transient (a lock another client holds), but not a lock used against its contract
    ("redis.exceptions.LockError", "Cannot extend a lock with no timeout", None, None, P,
     "type.permanent.tpl_redis_lock_misuse"),
    ("redis.exceptions.LockError", "Unable to acquire lock within the time specified", None, None, T,
     "type.transient.redis"),
    # Azure's InvalidBlobType: the glob Invalid* alone reads bad input
    ("azure.core.exceptions.HttpResponseError",
     "The blob type is invalid for this operation.\nRequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\n"
     "Time:2026-11-29T10:00:00.1234567Z\nErrorCode:InvalidBlobType",
     409, None, P, "vendor.azure.InvalidBlobType"),
    ("azure.core.exceptions.HttpResponseError",
     "This operation is not permitted as the blob is immutable due to one or more legal holds.\n"
     "RequestId:6a1b2c3d-401e-0042-1f2a-3b4c5d000000\nTime:2026-11-29T10:00:00.1234567Z\n"
     "ErrorCode:BlobImmutableDueToLegalHold",
     409, None, P, "vendor.azure.BlobImmutableDueToLegalHold"),
    # smbprotocol's name collision: errno EEXIST alone reads permanent; the project reads "already exists" as input
    ("smbprotocol.exceptions.SMBOSError",
     "[Error 17] [NtStatus 0xc0000035] File exists: '\\\\\\\\files\\\\share\\\\out\\\\orders.csv'",
     None, 17, V, "vendor.ntstatus.STATUS_OBJECT_NAME_COLLISION"),
    # a closed or never-connected client: its "(re)connect" alone reads a retry
    ("weaviate.exceptions.WeaviateClosedClientError",
     "The `WeaviateClient` is closed. Run `client.connect()` to (re)connect!", None, None, P,
     "type.permanent.vector_client_unusable"),
    ("pymilvus.exceptions.ConnectionNotExistException",
     "<ConnectionNotExistException: (code=1, message=should create connection first.)>", None, None, P,
     "type.permanent.vector_client_unusable"),
    ("pinecone.errors.exceptions.IndexTerminatedError",
     "Index 'docs' entered terminal state 'Terminating'. Check status with pc.describe_index(name='docs').",
     None, None, P, "type.permanent.vector_index_failed"),
    # Redis refusing a command the deployment does not allow: "not allowed" alone reads bad input
    ("redis.exceptions.ResponseError", "SELECT is not allowed in cluster mode", None, None, P,
     "message.tpl_redis_usage"),
    ("redis.exceptions.ConnectionError", "Invalid Database", None, None, P, "message.tpl_redis_usage"),
    # Elasticsearch's breaker and scroll limits: a relayed 429 or a 500 alone reads transient
    ("builtins.RuntimeError",
     "bulk failed: ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] "
     "would be [1014538592/967.5mb], which is larger than the limit of [986061209/940.3mb]')",
     None, None, R, "message.tpl_es_capacity"),
    ("elasticsearch.ApiError",
     "ApiError(500, 'exception', 'Trying to create too many scroll contexts. Must be less than or equal to: [500]. "
     "This limit can be set by changing the [search.max_open_scroll_context] setting.')",
     500, None, R, "message.tpl_es_capacity"),
    # RuntimeError alone reads a bug: pymemcache's pool at its max_size
    ("builtins.RuntimeError", "Too many objects, 10 >= 10", None, None, R, "message.tpl_memcache_pool"),
    # a vector of the wrong length behind a wrapper: the bare RuntimeError alone reads a bug
    ("builtins.RuntimeError", "[400] Vector dimension 768 does not match the dimension of the index 1536", None, None,
     V, "message.tpl_vector_dimension"),
    # typesense-python raises the status as the errno of an IOError: only its class names the status
    ("typesense.exceptions.ServiceUnavailable", "[Errno 503] API error.", None, 503, T,
     "type.transient.typesense_server"),
    ("typesense.exceptions.ObjectAlreadyExists", "[Errno 409] API error.", None, 409, V,
     "type.validation.typesense_request"),
    # a missing setting: ValueError alone is weak and "connection" alone reads a network failure
    ("builtins.ValueError", "Must provide either a connection_string or account_name with credentials!!", None,
     None, P, "message.tpl_search_client_setup"),
    # a URL without a scheme: "Invalid URL" alone reads bad data
    ("meilisearch.errors.MeilisearchCommunicationError",
     "MeilisearchCommunicationError, \n                    Invalid URL localhost:7700, no scheme/protocol "
     "supplied.\n                    Did you mean https://localhost:7700?\n                    ",
     None, None, P, "message.tpl_search_client_setup"),
    # Meilisearch's full disk in its own words, without its code
    ("meilisearch.errors.MeilisearchApiError",
     "MeilisearchApiError. There is no more space left on the device. Consider increasing the size of the "
     "disk/partition.", None, None, R, "message.tpl_meili_capacity"),
    # libmemcached's "disabled" is a server it stopped trying for now: the weak "disabled" alone reads a setting
    ("pylibmc.ServerDown", "error 47 from memcached_get: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY", None,
     None, T, "message.tpl_libmemcached_transient"),
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "status", "errno", "label", "rule_id"), RULES)
def test_the_template_rule_decides_over_the_weaker_signal(
    clf: Classifier, exc_type: str, message: str, status: int | None, errno: int | None, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status, errno=errno) == (label, rule_id)
