"""Infrastructure tools whose output CLI wrappers carry: Go clients' codes, kubectl reasons, response headers."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

_CLASSIFIER = Classifier.default()


def _verdict(exc_type: str, message: str, status: int | None = None) -> tuple[Category, str]:
    verdict = _CLASSIFIER.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status))
    return verdict.category, verdict.rule_id


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # smithy-go's "api error CODE:" is the service's code: it beats the 500 the response carried
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: creating EC2 Instance: operation error EC2: RunInstances, "
            "https response error StatusCode: 500, RequestID: r-1, api error InsufficientInstanceCapacity: "
            "There is no m5.large capacity in eu-west-1b right now.",
            None,
            Category.RESOURCE,
            "vendor.aws.InsufficientInstanceCapacity",
        ),
        # kubectl's StatusReason in parentheses is the API server's code: it beats RuntimeError's weak class
        (
            "builtins.RuntimeError",
            "kubectl apply -f job.yaml failed (exit 1): Error from server (ServiceUnavailable): "
            "the server is currently unable to handle the request",
            None,
            Category.TRANSIENT,
            None,
        ),
        (
            "builtins.RuntimeError",
            'kubectl get deploy api failed (exit 1): Error from server (NotFound): deployments.apps "api" not found',
            None,
            Category.PERMANENT,
            None,
        ),
        # go-autorest's Code="..." (Azure's OperationNotAllowed is said of exceeded core quotas)
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: autorest/azure: Service returned an error. Status=<nil> "
            'Code="OperationNotAllowed" Message="Operation results in exceeding approved Total Regional Cores quota."',
            None,
            Category.RESOURCE,
            "vendor.azure.OperationNotAllowed",
        ),
        # the status aws-sdk-go-v2 prints is read when no code is: a 503 is transient
        (
            "builtins.RuntimeError",
            "operation error S3: PutObject, https response error StatusCode: 503, RequestID: x1, HostID: h1",
            None,
            Category.TRANSIENT,
            "http.503",
        ),
        # aws-sdk-go-v2's modelled error after the request ids: the code beats the 4xx family and RuntimeError
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: operation error DynamoDB: UpdateItem, https response error "
            "StatusCode: 400, RequestID: q7, ProvisionedThroughputExceededException: Rate of requests exceeds the "
            "allowed throughput.",
            None,
            Category.TRANSIENT,
            None,
        ),
        # googleapi.Error's reason at the end of its line, and its status
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: googleapi: Error 409: Already exists: projects/p/topics/t, "
            "alreadyExists",
            None,
            Category.VALIDATION,
            None,
        ),
        # googleapi's reason names the zone's exhausted capacity: it beats the 503 the response carried
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: googleapi: Error 503: The zone 'projects/p/zones/z-1' does not "
            "have enough resources available to fulfill the request., resourcePoolExhausted",
            None,
            Category.RESOURCE,
            "vendor.gcp.resourcePoolExhausted",
        ),
        # grpc-go's "rpc error: code = NotFound" is the code: "rpc error" alone would read as a network failure
        (
            "builtins.RuntimeError",
            'pod web-1 failed: ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "a/b:1"',
            None,
            Category.PERMANENT,
            None,
        ),
        # Consul's "Unexpected response code: 503 (...)" is the response status
        (
            "builtins.RuntimeError",
            "consul kv get a failed (exit 1): Error querying Consul agent: Unexpected response code: 503 (overloaded)",
            None,
            Category.TRANSIENT,
            "http.503",
        ),
        # the Vault CLI's "Code: 503. Errors:" is the response status
        (
            "builtins.RuntimeError",
            "vault kv get failed (exit 2): Error making API request.\n\nURL: GET https://vault:8200/v1/kv/a\n"
            "Code: 503. Errors:\n\n* Vault is sealed",
            None,
            Category.TRANSIENT,
            "http.503",
        ),
    ],
)
def test_codes_of_go_clients_inside_wrappers(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str | None
) -> None:
    category, rule = _verdict(exc_type, message, status)
    assert category is expected
    if rule_id is not None:
        assert rule == rule_id


def test_response_header_names_are_no_phrases() -> None:
    """A header name ("Content-Length", "chunked") would read as a network phrase and overrule the 403."""
    message = (
        "(403)\nReason: Forbidden\n"
        "HTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json', 'Content-Length': '190', "
        "'Transfer-Encoding': 'chunked'})\n"
        'HTTP response body: {"kind":"Status","status":"Failure","message":"pods is forbidden: User \\"ci\\" '
        'cannot list resource \\"pods\\"","reason":"Forbidden","code":403}'
    )
    category, rule = _verdict("kubernetes.client.exceptions.ApiException", message, 403)
    assert category is Category.PERMANENT
    assert rule == "vendor.kubernetes.Forbidden"


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # a lock another process holds is released when it ends, behind RuntimeError's weak "bug" class
        (
            "builtins.RuntimeError",
            "ansible-playbook site.yml failed (exit 2): E: Could not get lock /var/lib/dpkg/lock. "
            "It is held by process 991 (apt)",
            None,
            Category.TRANSIENT,
            "message.lock_held",
        ),
        (
            "builtins.RuntimeError",
            'terraform plan failed (exit 1): Error: Unsupported block type\n\n  on vpc.tf line 3:\n'
            'Blocks of type "tagz" are not expected here.',
            None,
            Category.PERMANENT,
            "message.terraform_config",
        ),
        (
            "builtins.RuntimeError",
            "helm upgrade web ./chart failed (exit 1): Error: UPGRADE FAILED: execution error at "
            "(web/templates/deploy.yaml:4:11): .Values.image.tag is required",
            None,
            Category.VALIDATION,
            "message.helm_values",
        ),
        (
            "builtins.RuntimeError",
            'kubectl apply failed (exit 1): The ConfigMap "big" is invalid: metadata.name: Invalid value: "Big_1"',
            None,
            Category.VALIDATION,
            "message.k8s_field_invalid",
        ),
        (
            "builtins.RuntimeError",
            "docker network create ci failed (exit 1): Error response from daemon: could not find an available, "
            "non-overlapping IPv4 address pool among the defaults to assign to the network",
            None,
            Category.RESOURCE,
            "message.address_pool",
        ),
        # a 403 whose body names an insufficient quota: capacity, not a permission
        (
            "googleapiclient.errors.HttpError",
            '<HttpError 403 when requesting https://compute.googleapis.com/x returned "Insufficient global quota '
            'to satisfy request: resource GPUS_ALL_REGIONS.">',
            403,
            Category.RESOURCE,
            "message.insufficient_quota",
        ),
        (
            "builtins.RuntimeError",
            "etcdctl put /a b failed (exit 1): Error: etcdserver: mvcc: database space exceeded",
            None,
            Category.RESOURCE,
            "message.etcd_space",
        ),
        (
            "builtins.RuntimeError",
            "etcdctl put /a b failed (exit 1): Error: etcdserver: leader changed",
            None,
            Category.TRANSIENT,
            "message.leader_election",
        ),
        (
            "builtins.RuntimeError",
            "docker pull a/b:9 failed (exit 1): Error response from daemon: manifest for a/b:9 not found: manifest "
            "unknown: manifest unknown",
            None,
            Category.PERMANENT,
            "message.image_missing",
        ),
        (
            "builtins.RuntimeError",
            "git fetch failed (exit 128): fatal: unable to access 'https://git.a/b/': Received HTTP code 403 from "
            "proxy after CONNECT",
            None,
            Category.PERMANENT,
            "message.proxy_refused",
        ),
        (
            "builtins.RuntimeError",
            "terraform apply failed (exit 1): Error: Provider produced inconsistent result after apply\n\nWhen "
            "applying changes to a.b, provider produced an unexpected new value. This is a bug in the provider.",
            None,
            Category.PERMANENT,
            "message.tool_bug",
        ),
        ("dns.resolver.NoNameservers", "All nameservers failed to answer the query a.example. IN A: Server "
         "Do53:10.1.1.1@53 answered SERVFAIL", None, Category.TRANSIENT, "type.transient.dns_no_nameservers"),
        # classes: dnspython and paramiko
        ("dns.resolver.NoAnswer", "The DNS response does not contain an answer to the question: x. IN MX", None,
         Category.PERMANENT, "type.permanent.dns_no_answer"),
        ("dns.name.NameTooLong", "The DNS name is > 255 octets long.", None, Category.VALIDATION,
         "type.validation.dns_name"),
        ("paramiko.ssh_exception.IncompatiblePeer", "Incompatible ssh peer (no acceptable kex algorithm)", None,
         Category.PERMANENT, "type.permanent.ssh_incompatible"),
    ],
)  # fmt: skip
def test_infrastructure_phrases_and_classes(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    assert _verdict(exc_type, message, status) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        ("hvac.exceptions.VaultDown", Category.TRANSIENT),
        ("hvac.exceptions.Forbidden", Category.PERMANENT),
        ("kazoo.exceptions.ConnectionLoss", Category.TRANSIENT),
        ("kazoo.exceptions.NodeExistsError", Category.VALIDATION),
        ("kazoo.exceptions.NoAuthError", Category.PERMANENT),
        ("kazoo.exceptions.QuotaExceededError", Category.RESOURCE),
        ("etcd3.exceptions.ConnectionFailedError", Category.TRANSIENT),
        ("asyncssh.misc.ConnectionLost", Category.TRANSIENT),
        ("consul.base.ACLPermissionDenied", Category.PERMANENT),
        ("consul.base.Timeout", Category.TRANSIENT),
        ("asyncssh.misc.HostKeyNotVerifiable", Category.PERMANENT),
    ],
)
def test_infrastructure_client_classes(exc_type: str, expected: Category) -> None:
    """The class alone decides when the message carries nothing more (kazoo and etcd3 raise them without text)."""
    assert _verdict(exc_type, "")[0] is expected
