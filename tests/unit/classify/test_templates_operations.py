"""The source-template sweep of operations tooling: the texts infrastructure tools raise or relay, as users see them.

Each template is a message a library raises or relays, read in its source: Kubernetes apimachinery's StatusError
messages (pkg/api/errors/errors.go) through the python client's ApiException and through kubectl, kubelet evictions,
mounts and scheduler reasons, the Docker daemon's texts through docker-py's APIError (docker/errors.py), aiodocker
and the docker CLI, hvac's status-to-class map (hvac/utils.py) with Vault's error texts, etcd's server texts
(api/v3rpc/rpctypes/error.go), minio's S3Error, botocore's exception formats, paramiko's exception formats
(paramiko/ssh_exception.py, transport.py), Helm, Terraform and Pulumi diagnostics relayed by subprocess wrappers,
ansible results, python-jenkins's, python-keycloak's and Ceph rados.pyx's exception formats, dnspython's resolver
errors and prometheus_client's own ValueErrors. Plausible values are filled in and each label was written by
LABELS.md before the classifier was asked.
"""

from __future__ import annotations

import json

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

_HEADERS = (
    "HTTPHeaderDict({'Audit-Id': '3c5e1d2a-7f00-4b7e-9a51-2d7d0e0b6c11', 'Cache-Control': 'no-cache, private', "
    "'Content-Type': 'application/json', 'Date': 'Sun, 29 Nov 2026 20:10:00 GMT', 'Content-Length': '218'})"
)
_PHRASES = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    406: "Not Acceptable", 409: "Conflict", 413: "Request Entity Too Large", 422: "Unprocessable Entity",
    429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable", 504: "Gateway Timeout",
}  # fmt: skip


def _k8s(code: int, reason: str, message: str, label: Category) -> tuple[str, str, int, Category]:
    """A Status the API server returns, as the kubernetes python client's ApiException prints it."""
    body = json.dumps(
        {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message,
         "reason": reason, "code": code},
        separators=(",", ":"),
    )  # fmt: skip
    text = f"({code})\nReason: {_PHRASES[code]}\nHTTP response headers: {_HEADERS}\nHTTP response body: {body}\n"
    return "kubernetes.client.exceptions.ApiException", text, code, label


def _vault(cls: str, code: int, message: str, label: Category) -> tuple[str, str, int, Category]:
    """Vault's error text as hvac raises it (hvac/utils.py raise_for_error maps the status to the class)."""
    text = f"{message}, on get https://vault.internal:8200/v1/secret/data/payments/db"
    return f"hvac.exceptions.{cls}", text, code, label


# (exc_type as raised, str(exc) as printed, http_status, label)
TEMPLATES = [
    _k8s(404, 'NotFound',
         'pods "worker-7d9f" not found', P),
    _k8s(404, 'NotFound',
         'deployments.apps "ingest" not found', P),
    _k8s(409, 'AlreadyExists',
         'configmaps "ingest-config" already exists', V),
    _k8s(401, 'Unauthorized',
         "Unauthorized", P),
    _k8s(403, 'Forbidden',
         'pods is forbidden: User "system:serviceaccount:ops:runner" cannot list resource "pods" in API '
         'group "" in the namespace "prod"', P),
    _k8s(403, 'Forbidden',
         'pods "ingest-5" is forbidden: exceeded quota: compute-quota, requested: limits.memory=2Gi, '
         "used: limits.memory=15Gi, limited: limits.memory=16Gi", R),
    _k8s(409, 'Conflict',
         'Operation cannot be fulfilled on deployments.apps "ingest": the object has been modified; '
         "please apply your changes to the latest version and try again", T),
    _k8s(422, 'Invalid',
         'Deployment.apps "ingest" is invalid: spec.template.spec.containers[0].image: Required value', V),
    _k8s(422, 'Invalid',
         'Service "api" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is '
         "already allocated", V),
    _k8s(400, 'BadRequest',
         'error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: '
         "json: cannot unmarshal string into Go struct field "
         "Container.spec.template.spec.containers.ports of type int32", V),
    _k8s(429, 'TooManyRequests',
         "Too many requests: please try again later", T),
    _k8s(503, 'ServiceUnavailable',
         "the server is currently unable to handle the request", T),
    _k8s(405, 'MethodNotAllowed',
         'create is not supported on resources of kind "nodes/proxy"', P),
    _k8s(500, 'ServerTimeout',
         "The list operation against pods could not be completed at this time, please try again.", T),
    _k8s(504, 'Timeout',
         "Timeout: request did not complete within requested timeout - context deadline exceeded", T),
    _k8s(413, 'RequestEntityTooLarge',
         "Request entity too large: limit is 3145728", V),
    _k8s(404, 'NotFound',
         "the server could not find the requested resource", P),
    _k8s(401, 'Unauthorized',
         "the server has asked for the client to provide credentials", P),
    _k8s(405, 'MethodNotAllowed',
         "the server does not allow this method on the requested resource", P),
    _k8s(422, 'Invalid',
         "the server rejected our request due to an error in our request", V),
    _k8s(504, 'Timeout',
         "the server was unable to return a response in the time allotted, but may still be processing "
         "the request", T),
    _k8s(429, 'TooManyRequests',
         "the server has received too many requests and has asked us to try again later", T),
    _k8s(406, 'NotAcceptable',
         "the server was unable to respond with a content type that the client supports", P),
    _k8s(500, 'InternalError',
         "Internal error occurred: etcdserver: request timed out", T),
    ('builtins.RuntimeError',
     'kubectl failed (exit 1): Error from server (NotFound): pods "worker-7d9f" not found', None, P),  # kubectl
    ('builtins.RuntimeError',
     'kubectl failed (exit 1): Error from server (NotFound): deployments.apps "ingest" not found', None, P),  # kubectl
    ('builtins.RuntimeError',
     'kubectl failed (exit 1): Error from server (AlreadyExists): configmaps "ingest-config" '
     "already exists", None, V),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (Forbidden): pods is forbidden: User "
     '"system:serviceaccount:ops:runner" cannot list resource "pods" in API group "" in the '
     'namespace "prod"', None, P),  # kubectl
    ('builtins.RuntimeError',
     'kubectl failed (exit 1): Error from server (Forbidden): pods "ingest-5" is forbidden: '
     "exceeded quota: compute-quota, requested: limits.memory=2Gi, used: limits.memory=15Gi, "
     "limited: limits.memory=16Gi", None, R),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (Conflict): Operation cannot be fulfilled on "
     'deployments.apps "ingest": the object has been modified; please apply your changes to the '
     "latest version and try again", None, T),  # kubectl
    ('builtins.RuntimeError',
     'kubectl failed (exit 1): Error from server (Invalid): Deployment.apps "ingest" is invalid: '
     "spec.template.spec.containers[0].image: Required value", None, V),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (ServiceUnavailable): the server is currently "
     "unable to handle the request", None, T),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (Timeout): the server was unable to return a "
     "response in the time allotted, but may still be processing the request (get pods)", None, T),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (TooManyRequests): the server has received too "
     "many requests and has asked us to try again later (post jobs.batch)", None, T),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (InternalError): an error on the server "
     '("unknown") has prevented the request from succeeding (get pods)', None, T),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (MethodNotAllowed): the server does not allow this "
     "method on the requested resource (post nodes)", None, P),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (NotFound): the server could not find the "
     "requested resource (get ingresses.extensions)", None, P),  # kubectl
    ('builtins.RuntimeError',
     "kubectl failed (exit 1): Error from server (BadRequest): the server rejected our request for "
     "an unknown reason (get pods)", None, V),  # kubectl
    ('builtins.RuntimeError',
     "error: You must be logged in to the server (Unauthorized)", None, P),  # kubectl
    ('builtins.RuntimeError',
     "error: You must be logged in to the server (the server has asked for the client to provide "
     "credentials)", None, P),  # kubectl
    ('builtins.RuntimeError',
     "couldn't get current server API group list: the server has asked for the client to provide "
     "credentials", None, P),  # kubectl
    ('builtins.RuntimeError',
     "The connection to the server localhost:8080 was refused - did you specify the right host or "
     "port?", None, T),  # kubectl
    ('builtins.RuntimeError',
     "Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout", None, T),  # kubectl
    ('builtins.RuntimeError',
     "Unable to connect to the server: net/http: TLS handshake timeout", None, T),  # kubectl
    ('builtins.RuntimeError',
     "Unable to connect to the server: x509: certificate signed by unknown authority", None, P),  # kubectl
    ('builtins.RuntimeError',
     "error: timed out waiting for the condition on pods/ingest-5", None, T),  # kubectl
    ('builtins.RuntimeError',
     "pod ingest-5 failed: Evicted: The node was low on resource: memory. Container worker was "
     "using 3912Mi, which exceeds its request of 512Mi.", None, R),  # kubelet
    ('builtins.RuntimeError',
     "pod ingest-5 failed: Evicted: The node was low on resource: ephemeral-storage.", None, R),  # kubelet
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 "
     "nodes are available: 3 No preemption victims found for incoming pod.", None, R),  # scheduler
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/3 nodes are available: 1 Insufficient memory, 2 Insufficient "
     "cpu.", None, R),  # scheduler
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/3 nodes are available: 3 node(s) didn't match Pod's node "
     "affinity/selector.", None, P),  # scheduler
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/1 nodes are available: 1 pod has unbound immediate "
     "PersistentVolumeClaims.", None, P),  # scheduler
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/1 nodes are available: 1 node(s) had untolerated taint "
     "{node-role.kubernetes.io/control-plane: }.", None, P),  # scheduler
    ('builtins.RuntimeError',
     "pod ingest-5 unschedulable: 0/1 nodes are available: 1 Too many pods.", None, R),  # scheduler
    ('docker.errors.NotFound',
     '404 Client Error for http+docker://localhost/v1.43/containers/ingest/json: Not Found ("No '
     'such container: ingest")', 404, P),  # docker
    ('docker.errors.ImageNotFound',
     "404 Client Error for http+docker://localhost/v1.43/images/acme/ingest:1.4/json: Not Found "
     '("No such image: acme/ingest:1.4")', 404, P),  # docker
    ('docker.errors.APIError',
     "409 Client Error for http+docker://localhost/v1.43/containers/create?name=ingest: Conflict "
     '("Conflict. The container name "/ingest" is already in use by container '
     '"9e0bb9943941e2308fa2cf57db1bbb105a685036800e07cfa920b8b392ce14f5". You have to remove (or '
     'rename) that container to be able to reuse that name.")', 409, V),  # docker
    ('docker.errors.APIError',
     "500 Server Error for http+docker://localhost/v1.43/containers/9e0b/start: Internal Server "
     'Error ("driver failed programming external connectivity on endpoint ingest (1373cb432a17): '
     'Bind for 0.0.0.0:8080 failed: port is already allocated")', 500, P),  # docker
    ('docker.errors.ImageNotFound',
     "404 Client Error for "
     'http+docker://localhost/v1.43/images/create?fromImage=acme%2Fingest&tag=1.4: Not Found ("pull '
     "access denied for acme/ingest, repository does not exist or may require 'docker login': "
     'denied: requested access to the resource is denied")', 404, P),  # docker
    ('docker.errors.APIError',
     "500 Server Error for "
     "http+docker://localhost/v1.43/images/create?fromImage=library%2Fnginx&tag=1.23: Internal "
     'Server Error ("toomanyrequests: You have reached your pull rate limit. You may increase the '
     'limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit")', 500, T),  # docker
    ('docker.errors.NotFound',
     "404 Client Error for "
     "http+docker://localhost/v1.43/images/create?fromImage=acme%2Fingest&tag=9.9: Not Found "
     '("manifest for acme/ingest:9.9 not found: manifest unknown: manifest unknown")', 404, P),  # docker
    ('docker.errors.APIError',
     "500 Server Error for http+docker://localhost/v1.43/containers/create: Internal Server Error "
     '("failed to create shim task: OCI runtime create failed: runc create failed: unable to start '
     'container process: exec: "storage": executable file not found in $PATH: unknown")', 500, P),  # docker
    ('docker.errors.APIError',
     "500 Server Error for http+docker://localhost/v1.43/images/create: Internal Server Error "
     '("write /var/lib/docker/tmp/GetImageBlob123: no space left on device")', 500, R),  # docker
    ('builtins.RuntimeError',
     "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker "
     "daemon running?", None, T),  # docker
    ('docker.errors.ContainerError',
     "Command 'python run.py' in image 'acme/ingest:1.4' returned non-zero exit status 137: Killed", None, R),  # docker
    ('builtins.RuntimeError',
     'docker: Error response from daemon: Conflict. The container name "/ingest" is already in use '
     'by container "9e0bb9943941". You have to remove (or rename) that container to be able to '
     "reuse that name.", None, V),  # docker
    ('builtins.RuntimeError',
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request '
     "canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)", None, T),  # docker
    ('builtins.RuntimeError',
     'Error response from daemon: Head "https://ghcr.io/v2/acme/ingest/manifests/1.4": unauthorized', None, P),
    ('builtins.RuntimeError',
     "Error response from daemon: No such container: ingest", None, P),  # docker
    _vault('Forbidden', 403, "permission denied", P),
    _vault('InvalidPath', 404, "None", P),
    _vault('Unauthorized', 401, "missing client token", P),
    _vault('VaultDown', 503, "Vault is sealed", T),
    _vault('RateLimitExceeded', 429, 'request path "secret/data/payments/db": rate limit quota exceeded', T),
    _vault('InternalServerError', 500, "internal error", T),
    _vault('InvalidRequest', 400, 'no handler for route "secret/data/payments/db". route entry not found.', P),
    _vault('VaultNotInitialized', 501, "Vault is not initialized", P),
    ('hvac.exceptions.ParamValidationError',
     'unsupported policies argument provided "admin" (<class \'int\'>), required type: List[str]', None, V),  # hvac
    ('paramiko.ssh_exception.AuthenticationException',
     "Authentication failed.", None, P),  # paramiko
    ('paramiko.ssh_exception.BadAuthenticationType',
     "Bad authentication type; allowed types: ['publickey']", None, P),  # paramiko
    ('paramiko.ssh_exception.BadHostKeyException',
     "Host key for server '10.0.0.7' does not match: got 'AAAAC3NzaC1lZDI1NTE5AAAAIB', expected "
     "'AAAAC3NzaC1lZDI1NTE5AAAAIA'", None, P),  # paramiko
    ('paramiko.ssh_exception.NoValidConnectionsError',
     "[Errno None] Unable to connect to port 22 on 10.0.0.7", None, T),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Error reading SSH protocol banner", None, T),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Error reading SSH protocol banner[Errno 104] Connection reset by peer", None, T),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "No existing session", None, T),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Incompatible ssh peer (no acceptable kex algorithm)", None, P),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Server '10.0.0.7' not found in known_hosts", None, P),  # paramiko
    ('paramiko.ssh_exception.ProxyCommandFailure',
     'ProxyCommand("ssh -W 10.0.0.7:22 bastion") returned nonzero exit status: Broken pipe', None, T),  # paramiko
    ('paramiko.ssh_exception.PasswordRequiredException',
     "Private key file is encrypted", None, P),  # paramiko
    ('paramiko.ssh_exception.ChannelException',
     "ChannelException(2, 'Connect failed')", None, T),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Incompatible ssh server (no acceptable ciphers)", None, P),  # paramiko
    ('paramiko.ssh_exception.SSHException',
     "Incompatible ssh server (no acceptable macs)", None, P),  # paramiko
    ('fabric.exceptions.NetworkError',
     "Incompatible ssh server (no acceptable macs)", None, P),  # fabric
    ('builtins.RuntimeError',
     "docker: Error response from daemon: failed to create task for container: failed to create "
     "shim task: OCI runtime create failed: runc create failed: unable to start container process: "
     'exec: "bash": executable file not found in $PATH: unknown.', None, P),  # docker
    ('builtins.RuntimeError',
     'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": '
     "executable file not found in $PATH: unknown", None, P),  # docker
    ('builtins.RuntimeError',
     "container worker failed: failed to create containerd task: failed to create shim task: OCI "
     'runtime create failed: runc create failed: unable to start container process: exec: "curl": '
     "executable file not found in $PATH: unknown", None, P),  # kubelet
    ('builtins.RuntimeError',
     "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress", None, T),  # helm
    ('builtins.RuntimeError',
     "Error: Error acquiring the state lock\n\nError message: ConditionalCheckFailedException: The "
     "conditional request failed\nLock Info:\n  ID: 69592de7-6132-c863-ae53-976776ffe6cf", None, T),  # terraform
    ('builtins.RuntimeError',
     "etcdserver: mvcc: database space exceeded", None, R),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: too many requests", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: request is too large", None, V),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: no leader", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: leader changed", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: request timed out", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: request timed out, possibly due to previous leader failure", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: request timed out, possibly due to connection lost", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: unhealthy cluster", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: server stopped", None, T),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: permission denied", None, P),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: authentication failed, invalid user ID or password", None, P),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: invalid auth token", None, P),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: key is not provided", None, V),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: too many operations in txn request", None, V),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: duplicate key given in txn request", None, V),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: too large lease TTL", None, V),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: corrupt cluster", None, P),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: authentication is not enabled", None, P),  # etcd
    ('builtins.RuntimeError',
     "etcdserver: role is not granted to the user", None, P),  # etcd
    ('grpc._channel._InactiveRpcError',
     "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.RESOURCE_EXHAUSTED\n\t"
     'details = "etcdserver: mvcc: database space exceeded"\n\tdebug_error_string = "UNKNOWN:Error '
     'received from peer ipv4:10.0.0.5:2379"\n>', None, R),  # etcd
    ('grpc._channel._InactiveRpcError',
     "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.INVALID_ARGUMENT\n\t"
     'details = "etcdserver: request is too large"\n\tdebug_error_string = "UNKNOWN:Error received '
     'from peer ipv4:10.0.0.5:2379"\n>', None, V),  # etcd
    ('grpc._channel._InactiveRpcError',
     "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.INVALID_ARGUMENT\n\t"
     'details = "etcdserver: authentication failed, invalid user ID or password"\n\t'
     'debug_error_string = "UNKNOWN:Error received from peer ipv4:10.0.0.5:2379"\n>', None, P),  # etcd
    _k8s(500, 'InternalError',
         "Internal error occurred: etcdserver: mvcc: database space exceeded", R),
    ('dns.resolver.NXDOMAIN',
     "The DNS query name does not exist: orders.internal.example.com.", None, P),  # dnspython
    ('dns.resolver.NXDOMAIN',
     "None of DNS query names exist: orders.internal., orders.internal.corp.example.com.", None, P),  # dnspython
    ('dns.resolver.NoAnswer',
     "The DNS response does not contain an answer to the question: example.com. IN MX", None, P),  # dnspython
    ('dns.resolver.NoNameservers',
     "All nameservers failed to answer the query _mongodb._tcp.cluster0.example.net. IN SRV: Server "
     "Do53:10.0.0.2@53 answered SERVFAIL", None, T),  # dnspython
    ('dns.resolver.LifetimeTimeout',
     "The resolution lifetime expired after 5.404 seconds: Server Do53:10.0.0.2@53 answered The DNS "
     "operation timed out.", None, T),  # dnspython
    ('pymongo.errors.ConfigurationError',
     "The resolution lifetime expired after 21.126 seconds: Server Do53:10.0.0.2@53 answered The "
     "DNS operation timed out.", None, T),  # dnspython
    ('minio.error.S3Error',
     "S3 operation failed; code: NoSuchKey, message: The specified key does not exist., resource: "
     "/exports/2026/11/orders.parquet, request_id: 17BAB90C03867CB4, host_id: 6008fa4f, "
     "bucket_name: exports, object_name: 2026/11/orders.parquet", None, P),  # minio
    ('minio.error.S3Error',
     "S3 operation failed; code: NoSuchBucket, message: The specified bucket does not exist, "
     "resource: /exports, request_id: 17BAB90C03867CB4, host_id: 6008fa4f, bucket_name: exports", None, P),  # minio
    ('minio.error.S3Error',
     "S3 operation failed; code: AccessDenied, message: Access Denied., resource: /exports, "
     "request_id: 17906EB26AE2C91D, host_id: 36a147e7, bucket_name: exports", None, P),  # minio
    ('minio.error.S3Error',
     "S3 operation failed; code: InvalidAccessKeyId, message: The Access Key Id you provided does "
     "not exist in our records., resource: /exports, request_id: 17906EB26AE2C91D, host_id: 36a147e7", None, P),
    ('builtins.RuntimeError',
     "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to "
     "end or delete the lock file with `pulumi cancel`.", None, T),  # pulumi
    ('builtins.RuntimeError',
     "error: [409] Conflict: Another update is currently in progress.", None, T),  # pulumi
    ('builtins.RuntimeError',
     'Error: UPGRADE FAILED: "ingest" has no deployed releases', None, P),  # helm
    ('botocore.exceptions.NoCredentialsError',
     "Unable to locate credentials", None, P),  # botocore
    ('botocore.exceptions.PartialCredentialsError',
     "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY", None, P),  # botocore
    ('botocore.exceptions.EndpointConnectionError',
     'Could not connect to the endpoint URL: "https://sts.us-east-1.amazonaws.com/"', None, T),  # botocore
    ('botocore.exceptions.ReadTimeoutError',
     'Read timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/exports/orders.parquet"', None, T),  # botocore
    ('botocore.exceptions.ConnectTimeoutError',
     'Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/exports"', None, T),  # botocore
    ('botocore.exceptions.ConnectionClosedError',
     "Connection was closed before we received a valid response from endpoint URL: "
     '"https://s3.us-east-1.amazonaws.com/exports".', None, T),  # botocore
    ('botocore.exceptions.ProxyConnectionError',
     'Failed to connect to proxy URL: "http://proxy.internal:3128"', None, T),  # botocore
    ('botocore.exceptions.NoAuthTokenError',
     "Unable to locate authorization token", None, P),  # botocore
    ('botocore.exceptions.UnseekableStreamError',
     "Need to rewind the stream <_io.BufferedReader name=3>, but stream is not seekable.", None, P),  # botocore
    ('builtins.RuntimeError',
     'Unable to locate credentials. You can configure credentials by running "aws configure".', None, P),  # aws-cli
    ('builtins.RuntimeError',
     'Could not connect to the endpoint URL: "https://ec2.us-east-1.amazonaws.com/"', None, T),  # aws-cli
    ('builtins.ValueError',
     "Duplicated timeseries in CollectorRegistry: {'http_requests_total', 'http_requests_created', "
     "'http_requests'}", None, P),  # prometheus
    ('builtins.ValueError',
     "No label names were set when constructing counter:http_requests", None, P),  # prometheus
    ('builtins.ValueError',
     "CollectorRegistry already contains a target_info metric", None, P),  # prometheus
    ('builtins.RuntimeError',
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via '
     'ssh: ssh: connect to host 10.0.0.7 port 22: Connection timed out", "unreachable": true}', None, T),  # ansible
    ('builtins.RuntimeError',
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via '
     'ssh: ssh: connect to host 10.0.0.7 port 22: No route to host", "unreachable": true}', None, T),  # ansible
    ('builtins.RuntimeError',
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via '
     'ssh: deploy@10.0.0.7: Permission denied (publickey,password).", "unreachable": true}', None, P),  # ansible
    ('builtins.RuntimeError',
     "ERROR! couldn't resolve module/action 'community.general.docker_login'. This often indicates "
     "a misspelling, missing collection, or incorrect module path.", None, P),  # ansible
    ('jenkins.JenkinsException',
     "Error in request. Possibly authentication failed [401]: Unauthorized", None, P),  # jenkins
    ('jenkins.JenkinsException',
     "Error in request. Possibly authentication failed [403]: Forbidden", None, P),  # jenkins
    ('jenkins.NotFoundException',
     "Requested item could not be found", None, P),  # jenkins
    ('jenkins.JenkinsException',
     "Error in request: [Errno 111] Connection refused", None, T),  # jenkins
    ('jenkins.TimeoutException',
     "Error in request: timed out", None, T),  # jenkins
    ('jenkins.EmptyResponseException',
     "Error communicating with server[http://jenkins.internal:8080/]: empty response", None, T),  # jenkins
    ('rados.ObjectNotFound',
     "[errno 2] RADOS object not found (error connecting to the cluster)", None, P),  # rados
    ('rados.ObjectNotFound',
     "[errno 2] RADOS object not found (error calling conf_read_file)", None, P),  # rados
    ('rados.PermissionDeniedError',
     "[errno 13] RADOS permission denied (error connecting to the cluster)", None, P),  # rados
    ('rados.PermissionError',
     "[errno 1] RADOS permission error (error connecting to the cluster)", None, P),  # rados
    ('rados.TimedOut',
     "[errno 110] RADOS timed out (error connecting to the cluster)", None, T),  # rados
    ('rados.NoSpace',
     '[errno 28] RADOS no space (Failed to write full "orders-0001")', None, R),  # rados
    ('rados.ObjectBusy',
     "[errno 16] RADOS object busy (Failed to remove 'orders-0001')", None, T),  # rados
    ('rados.ConnectionShutdown',
     "[errno 108] RADOS connection was shutdown (error calling getaddrs)", None, T),  # rados
    ('rados.InterruptedOrTimeoutError',
     "[errno 4] RADOS interrupted or timeout (Failed to read 'orders-0001')", None, T),  # rados
    ('rados.RadosStateError',
     "RADOS rados state (You cannot perform that operation on a Rados object in state configuring.)", None, P),  # rados
    ('builtins.RuntimeError',
     "Error: INSTALLATION FAILED: Kubernetes cluster unreachable: Get "
     '"http://localhost:8080/version": dial tcp 127.0.0.1:8080: connect: connection refused', None, T),  # helm
    ('builtins.RuntimeError',
     "Error: Kubernetes cluster unreachable: the server has asked for the client to provide "
     "credentials", None, P),  # helm
    ('builtins.RuntimeError',
     "Error: Inconsistent dependency lock file\n\nThe following dependency selections recorded in "
     "the lock file are inconsistent with the current configuration:\n  - provider "
     "registry.terraform.io/hashicorp/aws: required by this configuration but no version is selected", None, P),
    ('builtins.RuntimeError',
     'Error: Backend initialization required, please run "terraform init"', None, P),  # terraform
    ('builtins.RuntimeError',
     'pod ingest-5 stuck: FailedMount: MountVolume.SetUp failed for volume "config" : configmap '
     '"ingest-config" not found', None, P),  # kubelet
    ('builtins.RuntimeError',
     'pod ingest-5 stuck: FailedMount: MountVolume.SetUp failed for volume "server-certificate" : '
     'secret "ingest-tls" not found', None, P),  # kubelet
    ('builtins.RuntimeError',
     "Error response from daemon: conflict: unable to delete 63130206b0fa (must be forced) - image "
     "is being used by stopped container 730c4cddd1ad", None, P),  # docker
    ('builtins.RuntimeError',
     "Error! Failed writing data: Unexpected response code: 500 (rpc error making call: No cluster "
     "leader)", None, T),  # consul
    ('aiodocker.exceptions.DockerError',
     "[404] No such container: ingest", 404, P),  # aiodocker
    ('aiodocker.exceptions.DockerError',
     "[404] No such image: acme/ingest:1.4", 404, P),  # aiodocker
    ('aiodocker.exceptions.DockerError',
     '[409] Conflict. The container name "/ingest" is already in use by container "9e0bb9943941". '
     "You have to remove (or rename) that container to be able to reuse that name.", 409, V),  # aiodocker
    ('aiodocker.exceptions.DockerError',
     "[500] driver failed programming external connectivity on endpoint ingest (1373cb432a17): Bind "
     "for 0.0.0.0:8080 failed: port is already allocated", 500, P),  # aiodocker
    ('aiodocker.exceptions.DockerError',
     "[500] toomanyrequests: You have reached your pull rate limit. You may increase the limit by "
     "authenticating and upgrading: https://www.docker.com/increase-rate-limit", 500, T),  # aiodocker
    ('keycloak.exceptions.KeycloakAuthenticationError',
     '401: b\'{"error":"invalid_grant","error_description":"Invalid user credentials"}\'', 401, P),  # keycloak
    ('keycloak.exceptions.KeycloakPostError',
     '409: b\'{"errorMessage":"User exists with same username"}\'', 409, V),  # keycloak
    ('keycloak.exceptions.KeycloakAuthenticationError',
     '400: b\'{"error":"invalid_grant","error_description":"Account is not fully set up"}\'', 400, P),  # keycloak
    ('keycloak.exceptions.KeycloakPostError',
     "409: User exists with same username", 409, V),  # keycloak
    ('builtins.RuntimeError',
     'error: the server doesn\'t have a resource type "rollouts"', None, P),  # kubectl
    ('builtins.RuntimeError',
     "Error: INSTALLATION FAILED: timed out waiting for the condition", None, T),  # helm
    ('builtins.RuntimeError',
     "Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS "
     "Provider found.\n\nPlease see https://registry.terraform.io/providers/hashicorp/aws\nfor more "
     "information about providing credentials.", None, P),  # terraform
    ('builtins.RuntimeError',
     "Error: Failed to query available provider packages\n\nCould not retrieve the list of "
     "available versions for provider hashicorp/aws: locked provider "
     "registry.terraform.io/hashicorp/aws 5.55.0 does not match configured version constraint <= "
     "5.0.0; must use terraform init -upgrade to allow selection of new versions", None, P),  # terraform
    ('builtins.RuntimeError',
     "Error: Failed to query available provider packages\n\nCould not retrieve the list of "
     "available versions for provider hashicorp/azurerm: could not connect to "
     "registry.terraform.io: net/http: request canceled while waiting for connection "
     "(Client.Timeout exceeded while awaiting headers)", None, T),  # terraform
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "status", "label"), TEMPLATES)
def test_source_template_gets_its_label(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label


# Templates where a weaker signal would have won without the rule: (exc_type, message, label, deciding rule)
DECIDED = [
    # SSHException's transient default (base.transient.clients) would retry a key exchange that can never agree
    ("paramiko.ssh_exception.SSHException", "Incompatible ssh peer (no acceptable kex algorithm)", P,
     "message.tpl_ssh_no_common_algorithm"),
    ("paramiko.ssh_exception.SSHException", "Incompatible ssh server (no acceptable macs)", P,
     "message.tpl_ssh_no_common_algorithm"),
    # "Unable to connect" (message.network) would say transient: the CA bundle must change
    ("builtins.RuntimeError", "Unable to connect to the server: x509: certificate signed by unknown authority", P,
     "message.tls_certificate"),
    # a bare wrapper around kubectl's refusal: no status, the class's default would not say why
    ("builtins.RuntimeError",
     "error: You must be logged in to the server (the server has asked for the client to provide credentials)", P,
     "message.tpl_kube_credentials"),
    ("builtins.RuntimeError",
     "The connection to the server localhost:8080 was refused - did you specify the right host or port?", T,
     "message.tpl_kube_connection_refused"),
    # the docker CLI's name conflict carries no 409: the name chosen is taken
    ("builtins.RuntimeError",
     'docker: Error response from daemon: Conflict. The container name "/ingest" is already in use by container '
     '"9e0bb9943941". You have to remove (or rename) that container to be able to reuse that name.', V,
     "message.integrity"),
    # the bare wrapper's permanent default (base.permanent.bug) would give up on a member that answers later
    ("builtins.RuntimeError", "etcdserver: unhealthy cluster", T, "message.tpl_etcd_unavailable"),
    ("builtins.RuntimeError", "etcdserver: too many operations in txn request", V, "message.tpl_etcd_bad_request"),
    ("builtins.RuntimeError", "etcdserver: role is not granted to the user", P, "message.tpl_etcd_setup"),
    ("builtins.RuntimeError",
     "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end or delete the "
     "lock file with `pulumi cancel`.", T, "message.lock_held"),
    ("builtins.RuntimeError", "error: [409] Conflict: Another update is currently in progress.", T,
     "message.db_concurrency"),
    # ValueError's validation default (base.validation.values) would dead-letter events for a metrics setup bug
    ("builtins.ValueError",
     "Duplicated timeseries in CollectorRegistry: {'http_requests_total', 'http_requests_created', 'http_requests'}",
     P, "message.tpl_metrics_registry_setup"),
    ("builtins.ValueError", "No label names were set when constructing counter:http_requests", P,
     "message.tpl_metrics_registry_setup"),
    ("dns.resolver.NXDOMAIN", "None of DNS query names exist: orders.internal., orders.internal.corp.example.com.", P,
     "message.not_found_db"),
    # the bare wrapper's permanent default would not say why; the collection is missing (ansible-core plugin loader)
    ("builtins.RuntimeError",
     "ERROR! couldn't resolve module/action 'community.general.docker_login'. This often indicates a misspelling, "
     "missing collection, or incorrect module path.", P, "message.tpl_ops_setup"),
    ("rados.RadosStateError",
     "RADOS rados state (You cannot perform that operation on a Rados object in state configuring.)", P,
     "message.tpl_ops_setup"),
    ("rados.NoSpace", '[errno 28] RADOS no space (Failed to write full "orders-0001")', R, "message.disk_full"),
    # "empty response" alone reads as a bad input (message.invalid): Jenkins sent nothing back this time
    ("jenkins.EmptyResponseException",
     "Error communicating with server[http://jenkins.internal:8080/]: empty response", T,
     "message.tpl_jenkins_empty_response"),
    # nothing decided these on a bare wrapper before: the image is in use, the account's required actions are pending
    ("builtins.RuntimeError",
     "Error response from daemon: conflict: unable to delete 63130206b0fa (must be forced) - image is being used by "
     "stopped container 730c4cddd1ad", P, "message.tpl_ops_state_refusal"),
    ("keycloak.exceptions.KeycloakGetError", "Account is not fully set up", P, "message.tpl_ops_state_refusal"),
    # without its 409 the conflict reads as "already exists" does (message.exists)
    ("keycloak.exceptions.KeycloakPostError", "User exists with same username", V, "message.exists"),
    # the bare wrapper's permanent default said the same by luck: these name the setup that is missing
    ("builtins.RuntimeError", 'error: the server doesn\'t have a resource type "rollouts"', P,
     "message.tpl_ops_missing_setup"),
    ("builtins.RuntimeError",
     "Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.", P,
     "message.tpl_ops_missing_setup"),
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "label", "rule_id"), DECIDED)
def test_template_rule_decides(clf: Classifier, exc_type: str, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule_id)
