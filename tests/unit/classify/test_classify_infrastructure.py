"""Infrastructure tools whose output CLI wrappers carry: Go clients' codes, kubectl reasons, response headers."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

_CLASSIFIER = Classifier.default()


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
    category, rule = verdict_of(_CLASSIFIER, exc_type, message, status)
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
    category, rule = verdict_of(_CLASSIFIER, "kubernetes.client.exceptions.ApiException", message, 403)
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
    assert verdict_of(_CLASSIFIER, exc_type, message, status) == (expected, rule_id)


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
    assert verdict_of(_CLASSIFIER, exc_type, "")[0] is expected


# --------------------------------------------------------------------------- host and deployment tooling (tuneM)
# Each case names the weaker evidence that would have won without the rule: a word of a runner's frame, a status,
# a class-name pattern or a general phrase.
@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # ACME problem types (RFC 8555 6.7) are codes: a badNonce 400 whose text says "invalid" is retried ...
        ("acme.messages.Error", "urn:ietf:params:acme:error:badNonce :: The client sent an unacceptable anti-replay "
         "nonce :: JWS has an invalid anti-replay nonce: \"abc\"", 400, Category.TRANSIENT, "vendor.acme.badNonce"),
        # ... an invalid contact whose detail says "forbidden" is the caller's input, not a permission
        ("acme.messages.Error", "urn:ietf:params:acme:error:invalidContact :: The provided contact URI was invalid :: "
         "Error creating new account :: contact email has forbidden domain \"example.org\"", 400,
         Category.VALIDATION, "vendor.acme.invalidContact"),
        ("acme.errors.ValidationError", "Authorization for w.example.net failed due to one or more failed challenges:\n"
         "  Challenge http-01 failed with error urn:ietf:params:acme:error:caa :: Certification Authority "
         "Authorization (CAA) records forbid the CA from issuing a certificate :: CAA record for w.example.net "
         "prevents issuance", None, Category.PERMANENT, "vendor.acme.caa"),
        # a rate limit counted over a week is a quota (resource), whatever 429 and "retry after" say ...
        ("acme.messages.Error", "urn:ietf:params:acme:error:rateLimited :: There were too many requests of a given "
         "type :: Error creating new order :: too many certificates (50) already issued for \"example.net\" in the "
         "last 168h0m0s, retry after 2027-01-04 09:00:00 UTC: see https://letsencrypt.org/docs/rate-limits/", 429,
         Category.RESOURCE, "message.limit_window_days"),
        # ... one counted over three hours stays a rate
        ("acme.messages.Error", "urn:ietf:params:acme:error:rateLimited :: There were too many requests of a given "
         "type :: Error creating new order :: too many new orders (300) already created for this account in the last "
         "3h0m0s, retry after 2027-01-04 09:00:00 UTC", 429, Category.TRANSIENT, "vendor.acme.rateLimited"),
        # Boulder's challenge failures: NXDOMAIN needs a record; the class name (*ValidationError) would have said
        # validation
        ("acme.errors.ValidationError", "Authorization for w.example.net failed due to one or more failed challenges:\n"
         "  Challenge http-01 failed with error urn:ietf:params:acme:error:dns :: There was a problem with a DNS query "
         "during identifier validation :: DNS problem: NXDOMAIN looking up A for w.example.net - check that a DNS "
         "record exists for this domain", None, Category.PERMANENT, "message.dns_nxdomain"),
        # the mysql client's and mysqldump's error numbers inside a runner's output: the server's code decides
        ("sh.ErrorReturnCode_1", "\n\n  RAN: /usr/bin/mysql -h db-3 -u loader stage\n\n  STDOUT:\n\n\n  STDERR:\n"
         "ERROR 1114 (HY000) at line 7: The table 'clicks_stage' is full\n", None, Category.RESOURCE, "mysql.1114"),
        ("sh.ErrorReturnCode_1", "\n\n  RAN: /usr/bin/mysql -h db-3 -u loader stage\n\n  STDOUT:\n\n\n  STDERR:\n"
         "ERROR 1062 (23000) at line 3: Duplicate entry '42' for key 'PRIMARY'\n", None, Category.VALIDATION,
         "mysql.1062"),
        ("sh.ErrorReturnCode_2", "\n\n  RAN: /usr/bin/mysqldump -h db-3 shop\n\n  STDOUT:\n\n\n  STDERR:\nmysqldump: "
         "Got error: 2013: Lost connection to MySQL server during query when dumping table `orders` at row: 99\n",
         None, Category.TRANSIENT, "mysql.2013"),
        # aws-sdk-go v1's "Code: message\n\tstatus code: 400": the code beats the 400 it came with
        ("builtins.RuntimeError", "packer build base.pkr.hcl failed (exit 1): Build 'amazon-ebs.base' errored after 40 "
         "seconds 12 milliseconds: Error launching source instance: VcpuLimitExceeded: You have requested more vCPU "
         "capacity than your current vCPU limit of 16 allows.\n\tstatus code: 400, request id: 0f1e2d3c",
         None, Category.RESOURCE, "code.VcpuLimitExceeded"),
        # az CLI prints azure-core's "(Code) message\nCode: Code" behind "ERROR: ": the Code line is read
        ("builtins.RuntimeError", "az vm create -g rg-x -n vm-1 failed (exit 1): ERROR: (SkuNotAvailable) The "
         "requested size is currently not available in location 'northeurope'.\nCode: SkuNotAvailable\nMessage: "
         "The requested size is currently not available in location 'northeurope'.", None, Category.RESOURCE,
         "vendor.azure.SkuNotAvailable"),
        # Terraform's DynamoDB lock: ConditionalCheckFailed under "Error acquiring the state lock" is a held lock ...
        ("builtins.RuntimeError", "terraform apply failed (exit 1): \nError: Error acquiring the state lock\n\nError "
         "message: ConditionalCheckFailedException: The conditional request failed\nLock Info:\n  ID:        9a8b\n",
         None, Category.TRANSIENT, "code.ConditionalCheckFailedException.state_lock"),
        # ... while DynamoDB's own conditional write failing is the data's fault
        ("botocore.exceptions.ClientError", "An error occurred (ConditionalCheckFailedException) when calling the "
         "PutItem operation: The conditional request failed", 400, Category.VALIDATION, None),
        # kopf's handler budgets read like timeouts; the class says no retry helps (and TemporaryError asks for one)
        ("kopf._core.actions.execution.HandlerTimeoutError", "Handler 'provision' has timed out after 0:30:00.1.",
         None, Category.PERMANENT, "type.permanent.kopf_permanent"),
        ("kopf._core.actions.execution.HandlerRetriesError", "Handler 'provision' has exceeded 3 retries.", None,
         Category.PERMANENT, "type.permanent.kopf_permanent"),
        ("kopf.TemporaryError", "the bucket is not ready", None, Category.TRANSIENT, "type.transient.kopf_temporary"),
        # a daemon at its connection limit says "try again later": a slot must be freed first
        ("plumbum.commands.processes.ProcessExecutionError", "Unexpected exit code: 5\nCommand line: | /usr/bin/rsync "
         "-a /srv/a/ rsync://nas9/a/\nStderr:       | @ERROR: max connections (10) reached -- try again later\n", None,
         Category.RESOURCE, "message.max_connections_reached"),
        # plumbum's "Unexpected exit code" is its frame, not an unexpected value: the cause in stderr decides, and
        # without one nothing does
        ("plumbum.commands.processes.ProcessExecutionError", "Unexpected exit code: 2\nCommand line: | /usr/bin/cp "
         "-a /srv/a/ /mnt/a/\nStderr:       | cp: file has vanished: \"/srv/a/tmp.3\"\n", None, Category.TRANSIENT,
         "message.files_vanished"),
        ("plumbum.commands.processes.ProcessExecutionError", "Unexpected exit code: 2\nCommand line: | /usr/bin/make "
         "deploy\nStderr:       | make: *** [deploy] Error 2\n", None, Category.UNKNOWN, "unknown"),
        ("plumbum.commands.processes.ProcessExecutionError", "Unexpected exit code: 5\nCommand line: | /usr/bin/rsync "
         "-a /srv/a/ rsync://nas9/a/\nStderr:       | @ERROR: Unknown module 'a'\n", None, Category.PERMANENT,
         "message.rsync_unknown_module"),
        # rsync's closed connection (and its transient exit 12) when the remote shell has no rsync
        ("sh.ErrorReturnCode_12", "\n\n  RAN: /usr/bin/rsync -a /srv/a/ nas9:/a/\n\n  STDOUT:\n\n\n  STDERR:\n"
         "bash: line 1: rsync: command not found\nrsync: connection unexpectedly closed (0 bytes received so far) "
         "[sender]\n", None,
         Category.PERMANENT, "message.shell_command_not_found"),
        ("subprocess.CalledProcessError", "Command '['pg_dump', 'shop']' died with <Signals.SIGTERM: 15>.", None,
         Category.TRANSIENT, "message.process_sigterm"),
        # tornado's own request queue timing out is an exhausted client pool, not the network
        ("tornado.simple_httpclient.HTTPTimeoutError", "Timeout in request queue", None, Category.RESOURCE,
         "message.client_queue_timeout"),
        ("sh.ErrorReturnCode_5", "\n\n  RAN: /usr/sbin/lvextend -L +50G vg0/data\n\n  STDOUT:\n\n\n  STDERR:\n  "
         "Insufficient free space: 12800 extents needed, but only 40 available\n", None, Category.RESOURCE,
         "message.volume_group_full"),
        ("invoke.exceptions.UnexpectedExit", "Encountered a bad command exit code!\n\nCommand: 'gunzip -t in.gz'\n\n"
         "Exit code: 1\n\nStdout:\n\n\n\nStderr:\n\ngzip: in.gz: not in gzip format\n\n", None, Category.VALIDATION,
         "message.not_the_archive_format"),
        ("sh.SignalException_SIGKILL", "\n\n  RAN: /usr/bin/python3 build_index.py\n\n  STDOUT:\n\n\n  STDERR:\n", None,
         Category.RESOURCE, "type.resource.process_sigkill"),
        ("psutil.ZombieProcess", "PID still exists but it's a zombie (pid=77, name='w', ppid=1)", None,
         Category.PERMANENT, "type.permanent.process_gone_or_denied"),
        # systemd's job results: a unit that failed too often needs reset-failed
        ("builtins.RuntimeError", "systemctl start api.service failed (exit 1): Job for api.service failed because "
         "start of the service was attempted too often.\nSee \"systemctl status api.service\" for details.", None,
         Category.PERMANENT, "message.systemd_unit_setup"),
        # terraform: init is setup whatever "try again" its text adds
        ("builtins.RuntimeError", "terraform plan failed (exit 1): \nError: Backend initialization required, please "
         "run \"terraform init\"\n\nIf the change reason above is incorrect, please verify your configuration hasn't "
         "changed and try again.", None, Category.PERMANENT, "message.terraform_init_required"),
        # helm: an object outside the release says "label validation error", but the cluster must change
        ("builtins.RuntimeError", "helm install web ./chart failed (exit 1): Error: INSTALLATION FAILED: rendered "
         "manifests contain a resource that already exists. Unable to continue with install: ConfigMap \"web\" in "
         "namespace \"a\" exists and cannot be imported into the current release: invalid ownership metadata; label "
         "validation error: missing key \"app.kubernetes.io/managed-by\": must be set to \"Helm\"", None,
         Category.PERMANENT, "message.helm_release_state"),
        # kubelet and the Job controller, as an operator re-raises them in a RuntimeError (weakly permanent)
        ("builtins.RuntimeError", "Terminated: Pod was terminated in response to imminent node shutdown.", None,
         Category.TRANSIENT, "message.node_shutdown"),
        ("builtins.RuntimeError", "DeadlineExceeded: Job was active longer than specified deadline", None,
         Category.PERMANENT, "message.k8s_job_budget"),
        ("builtins.RuntimeError", "FailedScheduling: 0/5 nodes are available: 5 node(s) didn't match Pod's node "
         "affinity/selector. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.", None,
         Category.PERMANENT, "message.k8s_pod_setup"),
        ("builtins.RuntimeError", "UnexpectedAdmissionError: Pod was rejected: Allocate failed due to requested number "
         "of devices unavailable for nvidia.com/gpu. Requested: 2, Available: 1, which is unexpected", None,
         Category.RESOURCE, "message.k8s_devices_unavailable"),
        ("builtins.RuntimeError", "Unschedulable: 0/4 nodes are available: 4 Too many pods. preemption: 0/4 nodes are "
         "available: 4 No preemption victims found for incoming pod.", None, Category.RESOURCE,
         "message.k8s_node_capacity"),
        ("builtins.RuntimeError", "NodeLost: Node ip-10-0-3-7 which was running pod etl-2 is unresponsive", None,
         Category.TRANSIENT, "message.k8s_node_lost"),
        # Ansible's task failures that name the playbook's setup (the wrapper's RuntimeError is weak evidence)
        ("builtins.RuntimeError", "ansible-playbook site.yml failed (exit 2): fatal: [db-4]: FAILED! => {\"changed\": "
         "false, \"msg\": \"Unsupported parameters for (ansible.builtin.file) module: modes.\"}", None,
         Category.PERMANENT, "message.ansible_setup"),
        ("builtins.RuntimeError", "ansible-playbook site.yml failed (exit 2): fatal: [db-4]: FAILED! => {\"msg\": "
         "\"Missing sudo password\"}", None, Category.PERMANENT, "message.ansible_setup"),
        # SSH channel open failures by their RFC 4254 reason, over paramiko's weakly transient ChannelException
        ("paramiko.ssh_exception.ChannelException", "(1, 'Administratively prohibited')", None, Category.PERMANENT,
         "message.ssh_channel_prohibited"),
        ("paramiko.ssh_exception.ChannelException", "(4, 'Resource shortage')", None, Category.RESOURCE,
         "message.ssh_channel_resource_shortage"),
        # more Azure Resource Manager codes behind az CLI's "ERROR: ": a lock says "try again" once removed
        ("builtins.RuntimeError", "az group delete -n rg-old failed (exit 1): ERROR: (ScopeLocked) The scope "
         "'/subscriptions/s/resourceGroups/rg-old' cannot perform delete operation because following scope(s) are "
         "locked: 'rg-old'. Please remove the lock and try again.\nCode: ScopeLocked", None, Category.PERMANENT,
         "vendor.azure.ScopeLocked"),
        ("builtins.RuntimeError", "helm upgrade web ./chart failed (exit 1): Error: UPGRADE FAILED: YAML parse error "
         "on web/templates/svc.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key", None,
         Category.PERMANENT, "message.helm_chart_broken"),
        ("builtins.RuntimeError", "ssh ops@10.1.0.9 true failed (exit 255): Unable to negotiate with 10.1.0.9 port 22: "
         "no matching host key type found. Their offer: ssh-rsa", None, Category.PERMANENT,
         "message.ssh_no_common_algorithm"),
        # etcd's gRPC codes say less than its text: a follower's FAILED_PRECONDITION, a bad password's INVALID_ARGUMENT
        ("grpc._channel._InactiveRpcError", "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode."
         "FAILED_PRECONDITION\n\tdetails = \"etcdserver: not leader\"\n>", None, Category.TRANSIENT,
         "code.FAILED_PRECONDITION.etcd_not_leader"),
        ("grpc._channel._InactiveRpcError", "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode."
         "INVALID_ARGUMENT\n\tdetails = \"etcdserver: authentication failed, invalid user ID or password\"\n>", None,
         Category.PERMANENT, "code.INVALID_ARGUMENT.etcd_auth_failed"),
        # a host port held by another process is the deployment's (like Docker's "port is already allocated"), not a
        # taken name of the request ("already in use" alone would say validation)
        ("podman.errors.APIError", "500 Server Error: Internal Server Error (rootlessport listen tcp 0.0.0.0:8443: "
         "bind: address already in use)", 500, Category.PERMANENT, "message.container_host_setup"),
        # Proxmox VE's 500s carry its reason: a taken id or a running guest is the request's (the 500 family alone
        # would have said transient), a guest locked by a backup waits for it
        ("proxmoxer.core.ResourceException", "500 Internal Server Error: unable to create VM 310 - VM 310 already "
         "exists on node 'pve7'", 500, Category.VALIDATION, "message.guest_id_or_state"),
        ("proxmoxer.core.ResourceException", "500 Internal Server Error: VM 310 is running - destroy failed", 500,
         Category.VALIDATION, "message.guest_id_or_state"),
        ("proxmoxer.core.ResourceException", "500 Internal Server Error: CT 311 is locked (backup)", 500,
         Category.TRANSIENT, "message.guest_task_lock"),
    ],
)  # fmt: skip
def test_host_and_deploy_tooling(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str | None
) -> None:
    category, rule = verdict_of(_CLASSIFIER, exc_type, message, status)
    assert category is expected
    if rule_id is not None:
        assert rule == rule_id


def test_a_name_that_does_not_exist_overrules_a_transient_status() -> None:
    """NXDOMAIN is setup (the zone needs a record): the 503 alone would have said transient."""
    verdict = _CLASSIFIER.classify(
        ErrorSignal(
            exc_type="requests.exceptions.HTTPError",
            message="503 Server Error: upstream lookup failed: NXDOMAIN for api.internal.example",
            http_status=503,
        )
    )
    assert verdict.category is Category.PERMANENT
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("message.dns_nxdomain", "decided"),
        ("http.503", "overruled"),
    ]
