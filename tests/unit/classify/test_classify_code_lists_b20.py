"""The twentieth batch's families as data (session 24): libraries' own hierarchies, templates and code shapes.

azure-core's ResourceModifiedError, horovod's, procrastinate's, litestar's, mako's, pydantic-ai's and jwcrypto's JWS
classes (``defaults._DECISIVE_TYPES_TWENTIETH_BATCH``); the Zabbix API's session and permission reasons on its
clients' classes, gensim's and Prophet's templates on the builtin classes they raise
(``_CLASS_AND_MESSAGE_TWENTIETH_BATCH_ROWS``); GraphQL's unknown field, SAML toolkits' signature check, RocksDB's and
LevelDB's corruption status, hnswlib's full index, restic's repository lock and a value above the bound a library
names (``_MESSAGES_TWENTIETH_BATCH``); and the code of an AWS XML error body (``<Code>X</Code>``, as boto 2 prints it),
read as botocore's "An error occurred (X)" is. The cases use classes and texts no corpus item carries (checked below),
with what the weaker evidence says without the lists.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify.defaults import _DECISIVE_TYPES_TWENTIETH_BATCH

from .verdicts import corpora_text, decides_over, listed_once, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(
    r"type\.\w+\.(?:twentieth_retry|twentieth_capacity|twentieth_input|litestar_setup|twentieth_setup|zabbix_auth"
    r"|gensim_key_not_present|prophet_history_too_short)$"
    r"|message\.(?:graphql_unknown_field|saml_signature_rejected|storage_engine_corruption|ann_index_full"
    r"|restic_repository_locked|value_above_bound)$"
)
# azure-core's default text for a status, and a body naming the ETag that no longer matches
_AZURE_412 = "Operation returned an invalid status 'Precondition Failed'\nContent: setting 'checkout-v3' etag 9f2c1d4e"
# boto 2's BotoServerError.__str__: the status line, then the XML body EC2 answered
_EC2 = (
    'EC2ResponseError: 400 Bad Request\n<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>{code}'
    "</Code><Message>{message}</Message></Error></Errors><RequestID>7c1e0d2a-91b4</RequestID></Response>"
)
_SPOT = "Max spot instance count exceeded"
_IOPS = "You have exceeded your maximum io2 IOPS limit of 100000 in this region."


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these lists, rows and templates, to show what the weaker evidence says."""
    return without_rules(_NEW)


def test_each_class_is_listed_once_with_one_category_and_nowhere_else() -> None:
    listed_once(_DECISIVE_TYPES_TWENTIETH_BATCH, _NEW)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "verdict", "weaker"),
    [
        # azure-core's ETag conflict: azure-core's own frame says "invalid status", which read a bad request
        ("azure.core.exceptions.ResourceModifiedError", _AZURE_412, 412, (T, "type.transient.twentieth_retry"), V),
        # horovod's collective failure, which elastic mode recovers from ("shut down" read an unsupported operation)
        ("horovod.common.exceptions.HorovodInternalError",
         "Horovod has been shut down. This was caused by an exception on one of the ranks or an attempt to allreduce, "
         "allgather or broadcast a tensor after one of the ranks finished execution.", None,
         (T, "type.transient.twentieth_retry"), P),
        ("procrastinate.exceptions.AlreadyEnqueued",
         "Job cannot be deferred: there is already a job waiting with queueing lock 'sync-invoices-77'", None,
         (T, "type.transient.twentieth_retry"), U),
        # a missing template sent as a 500: the deployment's, not the server's moment
        ("litestar.exceptions.http_exceptions.TemplateNotFoundException",
         "500: Template invoices/receipt.txt.j2 not found.", 500, (P, "type.permanent.litestar_setup"), U),
        ("mako.exceptions.TopLevelLookupException", "Cant locate template for uri 'reports/monthly.mako'", None,
         (P, "type.permanent.twentieth_setup"), U),
        ("pydantic_ai.exceptions.UsageLimitExceeded",
         "Exceeded the total_tokens_limit of 20000 (total_tokens=20417). Consider raising the limit", None,
         (P, "type.permanent.twentieth_setup"), U),
        # a JWS whose signature does not verify: a failed authentication (the class-name word read a bad input)
        ("jwcrypto.jws.InvalidJWSSignature", "Verification failed", None, (P, "type.permanent.twentieth_setup"), V),
        # the Zabbix API's reason after "Invalid params." (which alone read a bad request)
        ("zabbix_utils.exceptions.APIRequestError", "Invalid params., Login name or password is incorrect.", None,
         (P, "type.permanent.zabbix_auth"), V),
        # gensim's vocabulary lookup: the caller's word (a KeyError alone reads a bug)
        ("builtins.KeyError", "\"Key 'antidisestablishmentarianism' not present\"", None,
         (V, "type.validation.gensim_key_not_present"), P),
        ("builtins.KeyError", "\"word 'quixotically' not in vocabulary\"", None,
         (V, "type.validation.gensim_key_not_present"), P),
        ("builtins.ValueError", "Dataframe has less than 3 non-NaN rows.", None,
         (V, "type.validation.prophet_history_too_short"), U),
        # GraphQL's document naming a field or argument the schema lacks, in graphql-js's and graphql-core's quotes
        ("gql.transport.exceptions.TransportQueryError",
         "{'message': 'Cannot query field \"totl\" on type \"Invoice\". Did you mean \"total\"?', 'locations': "
         "[{'line': 3, 'column': 5}]}", None, (P, "message.graphql_unknown_field"), U),
        ("graphql.error.graphql_error.GraphQLError", "Unknown argument 'frist' on field 'Query.orders'.", None,
         (P, "message.graphql_unknown_field"), V),
        # a SAML toolkit's signature check on a logout request ("validation failed" read a schema error)
        ("onelogin.saml2.errors.OneLogin_Saml2_Error", "Signature validation failed. Logout Request rejected", None,
         (P, "message.saml_signature_rejected"), V),
        # RocksDB's and LevelDB's corruption status on a plain class
        ("builtins.Exception", "Corruption: truncated record body in file /data/kv/000017.log", None,
         (P, "message.storage_engine_corruption"), U),
        ("leveldb.LevelDBError", "Corruption: corrupted compressed block contents", None,
         (P, "message.storage_engine_corruption"), U),
        # a RuntimeError alone reads a bug: hnswlib's full index, restic's lock and sentencepiece's bound say more
        ("builtins.RuntimeError", "add_items(batch 12): The number of elements exceeds the specified limit", None,
         (R, "message.ann_index_full"), P),
        ("builtins.RuntimeError",
         "restic forget --prune failed: unable to create lock in backend: repository is already locked exclusively "
         "by PID 3307 on nas by backup (UID 1001, GID 1001)", None, (T, "message.restic_repository_locked"), P),
        ("builtins.RuntimeError",
         "Internal: src/trainer_interface.cc(590) [(trainer_spec_.vocab_size()) == (model_proto->pieces_size())] "
         "Vocabulary size too high (64000). Please set it to a value <= 7711.", None,
         (V, "message.value_above_bound"), P),
    ],
)  # fmt: skip
def test_a_class_or_template_nobody_collected_decides_over_the_weaker_evidence(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    status: int | None,
    verdict: tuple[Category, str],
    weaker: Category,
) -> None:
    decides_over(clf, before, exc_type, message, verdict, weaker, status)


def test_each_row_reads_its_own_library_only(clf: Classifier) -> None:
    # a bare KeyError stays a bug; gensim's words on another template are not its lookup
    assert verdict_of(clf, "builtins.KeyError", "'quixotically'") == (P, "type.permanent.bug")
    assert verdict_of(clf, "builtins.KeyError", "\"Key 'quixotically' not present in cache; evicted\"")[1] != (
        "type.validation.gensim_key_not_present"
    )
    # the Zabbix reasons on another client's class are not the Zabbix API's
    assert verdict_of(clf, "myapp.errors.ApiError", "Invalid params., Login name or password is incorrect.")[1] != (
        "type.permanent.zabbix_auth"
    )
    # "Corruption: " inside a text, not at its start, is not the storage engine's status
    assert verdict_of(clf, "builtins.Exception", "upstream said Corruption: none detected")[1] != (
        "message.storage_engine_corruption"
    )
    # a class the lists do not name (the same name, another library) is left to its message
    assert verdict_of(clf, "myapp.errors.ResourceModifiedError", "The record was modified.")[1] != (
        "type.transient.twentieth_retry"
    )


def test_the_code_of_an_aws_xml_error_body_is_read_as_botocores(clf: Classifier) -> None:
    for code, message in (("MaxSpotInstanceCountExceeded", _SPOT), ("MaxIOPSLimitExceeded", _IOPS)):
        text = _EC2.format(code=code, message=message)
        # the same code in botocore's shape and in the XML body decide alike: the account's limit, resource
        botocore = f"An error occurred ({code}) when calling the RunInstances operation: {message}"
        verdict = verdict_of(clf, "boto.exception.EC2ResponseError", text, 400)
        assert verdict == verdict_of(clf, "botocore.exceptions.ClientError", botocore, 400)
        assert verdict[0] is R
        assert verdict[1].startswith("code.")
        # without the code the status line and the phrases read a bad request
        bare = text.replace(f"<Code>{code}</Code>", "")
        assert verdict_of(clf, "boto.exception.EC2ResponseError", bare, 400)[0] is V
    # a tag that holds no code (a number, a lower-case word) is not read as one
    numeric = _EC2.format(code="404", message="Not Found")
    assert not verdict_of(clf, "boto.exception.EC2ResponseError", numeric, 400)[1].startswith("code.")


def test_the_xml_code_decides_in_the_explanation(clf: Classifier) -> None:
    text = _EC2.format(code="MaxSpotInstanceCountExceeded", message=_SPOT)
    verdict = clf.classify(ErrorSignal("boto.exception.EC2ResponseError", text, 400))
    assert verdict.category is R
    assert verdict.evidence[0].rule_id == "code.MaxSpotInstanceCountExceeded"
    assert verdict.evidence[0].role == "decided"


def test_the_cases_classes_and_texts_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their texts is in either labelled set
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "setting 'checkout-v3' etag 9f2c1d4e", "after one of the ranks finished execution", "sync-invoices-77",
        "invoices/receipt.txt.j2", "reports/monthly.mako", "total_tokens=20417", "Login name or password is incorrect",
        "antidisestablishmentarianism", "quixotically", "less than 3 non-NaN", "on type \\\"Invoice\\\"",
        "'Query.orders'", "Logout Request rejected", "000017.log", "corrupted compressed block contents",
        "PID 3307 on nas", "Please set it to a value <= 7711", "MaxSpotInstanceCountExceeded",
        "io2 IOPS limit of 100000", "add_items(batch 12)",
    ):  # fmt: skip
        # (a boolean, so a failure names the code, never an item of the corpus: the holdout's are not to be read)
        found = code in text
        assert not found, code
