"""The sixteenth batch's libraries' own code and class lists as data (session 19): Binance's API error codes, the
CUDA driver's CUresult codes, and the classes py-lmdb, pynng, apsw, ccxt, EdgeDB, web3.py, pyVmomi and razorpay-python
raise one per code or per kind of failure.

Each list is written from the library's own source (its error header, error map or exception module), not from the
corpus: the cases use codes and classes no corpus item carries (checked below), in the format the library prints,
beside what the weaker evidence (a general phrase, a status, nothing) says without the lists.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify._vendor_codes import SOURCES, VENDOR_CODES
from errorflow.classify.defaults import default_rules

from .verdicts import GENERIC_EVIDENCE, corpora_text, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(r"vendor\.(?:binance|cuda|geth)\.|type\.\w+\.(?:lmdb|nng|sqlite|ccxt|edgedb|web3|vsphere|razorpay)_")
_BINANCE = "binance.exceptions.BinanceAPIException"
_NUMBA = "numba.cuda.cudadrv.driver.CudaAPIError"
_WEB3_RPC = "web3.exceptions.Web3RPCError"
# pyVmomi's fault as str() prints it (the data object's repr, VmomiSupport.FormatObject)
_VIM = (
    "({0}) {{\n   dynamicType = <unset>,\n   dynamicProperty = (vmodl.DynamicProperty) [],\n   msg = '{1}',\n"
    "   faultCause = <unset>,\n   faultMessage = (vmodl.LocalizableMessage) []\n}}"
)


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these lists, to show what the weaker evidence says."""
    return without_rules(re.compile(f"{_NEW.pattern}|{GENERIC_EVIDENCE.pattern}"))


def test_every_row_cites_its_source_and_becomes_one_rule() -> None:
    ids = {rule.id for rule in default_rules()}
    tables = [(vendor, rows) for vendor, _, rows in VENDOR_CODES if vendor in ("binance", "cuda", "geth")]
    assert {vendor for vendor, _ in tables} == {"binance", "cuda", "geth"}
    for vendor, rows in tables:
        assert len({code for code, _, _, _ in rows}) == len(rows), vendor  # one category per code
        for code, category, source, note in rows:
            assert category in ("transient", "resource", "validation", "permanent")
            assert source in SOURCES and note.strip(), (vendor, code)
            assert f"vendor.{vendor}.{code}" in ids


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule", "weaker"),
    [
        # Binance: the caller's own margin (resource by the lead's convention) and a malformed API key behind a 400
        (_BINANCE, "APIError(code=-2027): Option margin is insufficient.", 400, R, "vendor.binance.2027", V),
        (_BINANCE, "APIError(code=-2014): API-key format invalid.", 400, P, "vendor.binance.2014", V),
        # the matching engine's reason after a code said of several cases: the account's, not the request's
        (_BINANCE, "APIError(code=-2010): This account may not place or cancel orders.", 400, P,
         "vendor.binance.MSGTHISACCOUNTMAYNOTPLACEORCANCELORDERS", V),
        # go-ethereum's errors as web3.py relays a node's JSON-RPC error: nothing, or a code pattern's words, before
        (_WEB3_RPC, "{'code': -32000, 'message': 'oversized data'}", None, V, "vendor.geth.OVERSIZEDDATA", U),
        (_WEB3_RPC, "{'code': -32000, 'message': 'gas limit reached'}", None, T, "vendor.geth.GASLIMITREACHED", R),
        (_WEB3_RPC, "{'code': -32000, 'message': 'max priority fee per gas higher than max fee per gas: address "
         "0x3F1a7B2c8D4e5F6a7b8C9d0E1f2A3b4C5d6E7f80, maxPriorityFeePerGas: 3000000000, maxFeePerGas: 2000000000'}",
         None, V, "vendor.geth.MAXPRIORITYFEEPERGASHIGHERTHANMAXFEEPERGAS", U),
        # the CUDA driver's codes, no phrase of their own: nothing decided before
        (_NUMBA, "[719] Call to cuCtxSynchronize results in CUDA_ERROR_LAUNCH_FAILED", None, P,
         "vendor.cuda.CUDA_ERROR_LAUNCH_FAILED", U),
        (_NUMBA, "[808] Call to cuCtxCreate results in CUDA_ERROR_MPS_MAX_CLIENTS_REACHED", None, R,
         "vendor.cuda.CUDA_ERROR_MPS_MAX_CLIENTS_REACHED", U),
        (_NUMBA, "[34] Call to cuInit results in CUDA_ERROR_STUB_LIBRARY", None, P,
         "vendor.cuda.CUDA_ERROR_STUB_LIBRARY", U),
    ],
)  # fmt: skip
def test_a_code_nobody_collected_decides_as_its_list_says(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    status: int | None,
    label: Category,
    rule: str,
    weaker: Category,
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)
    assert before.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status)).category is weaker


@pytest.mark.parametrize(
    ("exc_type", "message", "label", "rule", "weaker"),
    [
        # py-lmdb: a transaction used after it ended is the program's, whatever "is invalid" suggests
        ("lmdb.BadTxnError", "mdb_txn_commit: MDB_BAD_TXN: Transaction must abort, has a child, or is invalid", P,
         "type.permanent.lmdb_environment", V),
        ("lmdb.VersionMismatchError", "mdb_env_open: MDB_VERSION_MISMATCH: Database environment version mismatch", P,
         "type.permanent.lmdb_environment", U),
        # pynng: NNG_EWRITEONLY (reading an option that can only be set: the program's)
        ("pynng.exceptions.WriteOnly", "Write only resource", P, "type.permanent.nng_setup", U),
        # EdgeDB (under Gel's module name too): a query naming what the schema lacks
        ("gel.errors.UnknownPropertyError", "object type 'default::User' has no link or property 'emial'", P,
         "type.permanent.edgedb_query", U),
        # web3.py: a Solidity panic is the contract's answer; a receipt still being indexed comes later
        ("web3.exceptions.ContractPanicError", "Panic error 0x11: Arithmetic underflow or overflow.", P,
         "type.permanent.web3_contract", U),
        ("web3.exceptions.TransactionIndexingInProgress", "Transaction index not found. Indexing in progress", T,
         "type.transient.web3_wait", P),
        # vSphere: a host's state someone must change, whatever "not allowed" suggests
        ("pyVmomi.VmomiSupport.vim.fault.InvalidHostState",
         _VIM.format("vim.fault.InvalidHostState", "The operation is not allowed in the current state of the host."),
         P, "type.permanent.vsphere_state", V),
    ],
)  # fmt: skip
def test_a_class_of_the_list_outranks_the_weaker_evidence(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category, rule: str, weaker: Category
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule)
    assert before.classify(ErrorSignal(exc_type=exc_type, message=message)).category is weaker


def test_the_cases_codes_and_classes_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their codes or classes is in either labelled set
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "code=-2027", "code=-2014", "This account may not place", "oversized data", "gas limit reached",
        "max priority fee per gas", "CUDA_ERROR_LAUNCH_FAILED", "CUDA_ERROR_MPS_MAX_CLIENTS_REACHED",
        "CUDA_ERROR_STUB_LIBRARY", "lmdb.BadTxnError", "lmdb.VersionMismatchError", "pynng.exceptions.WriteOnly",
        "UnknownPropertyError", "ContractPanicError", "TransactionIndexingInProgress", "vim.fault.InvalidHostState",
    ):  # fmt: skip
        assert code not in text, code


def test_binance_codes_are_read_on_python_binance_classes_only(clf: Classifier) -> None:
    # a bare negative number is Binance's only on python-binance's classes: the same text elsewhere is no code
    message = "APIError(code=-2027): Option margin is insufficient."
    assert verdict_of(clf, "binance.exceptions.BinanceOrderException", message) == (R, "vendor.binance.2027")
    assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor.binance.")
    # a code said of several cases (-2010 NEW_ORDER_REJECTED) has no row: a reason no row names leaves it to the rest
    assert not verdict_of(clf, _BINANCE, "APIError(code=-2010): Market is closed.", 400)[1].startswith("vendor.")


def test_classes_are_read_by_their_qualified_names() -> None:
    # another library's class of the same short name is not one of these (pynng's Timeout, ccxt's BadRequest)
    clf = Classifier.default(cache_size=0)
    assert not verdict_of(clf, "mylib.errors.BadState", "Incorrect state")[1].startswith("type.permanent.nng_")
    assert not verdict_of(clf, "mylib.errors.InsufficientFunds", "x")[1].startswith("type.resource.ccxt_")


def test_a_reason_is_read_only_where_its_table_names_it(clf: Classifier) -> None:
    # geth's messages count on web3.py's classes only, and only a message a row names gives a code: a sentence no row
    # names is no code, so it neither meets another rule's code pattern nor hides the code-token reader
    message = "{'code': -32000, 'message': 'oversized data'}"
    assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor.geth.")
    unlisted = verdict_of(clf, _WEB3_RPC, "{'code': -32000, 'message': 'nonce too low: next nonce 12, tx nonce 11'}")
    assert not unlisted[1].startswith("vendor.")
    # Binance's engine reasons are read after the codes said of several cases only
    assert verdict_of(clf, _BINANCE, "APIError(code=-1013): Unknown order sent.", 400) == (V, "http.4xx")
