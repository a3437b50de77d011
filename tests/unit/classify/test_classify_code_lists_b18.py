"""The eighteenth batch's families as data (session 20): each library's own code list or exception hierarchy.

Telegram's RPC error names (Telethon's and Pyrogram's generated classes), PortAudio's error codes (PyAudio's
OSError, sounddevice's PortAudioError), grpclib's Status, geth's errors behind web3 v5's plain ValueError, .NET's
fixed exception texts a .NET service relays, the exception classes of channels, Junos PyEZ, yfinance, httplib2,
ZODB, plyvel, wikipedia, librosa, audioread, python-barcode, networkx, keyring and qrcode, and three evidence-ordering
rules: a RuntimeError's strerror tail is its errno, a vendor-defined status (402) is read by the client's own class
before its body's words, and a month's window in either word order is a quota. The cases use codes and texts no
corpus item carries (checked below), with what the weaker evidence says without the tables.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify._vendor_codes import MESSAGE_CODES, SOURCES, VENDOR_CODES
from errorflow.classify.defaults import default_rules

from .verdicts import GENERIC_EVIDENCE, corpora_text, decides_over, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(
    r"vendor\.(?:telegram|pyaudio|sounddevice)\.|vendor\.geth\."
    r"|type\.\w+\.(?:eighteenth_retry|eighteenth_capacity|eighteenth_input|eighteenth_setup|opencage_quota"
    r"|ntplib_no_response|libvips_unknown_format|pycryptodome_integrity|lightning_no_gpu_backend"
    r"|lightning_devices_missing|rethinkdb_retry|rethinkdb_input|rethinkdb_setup)$"
    r"|message\.(?:dotnet_value_format|dotnet_request_unreadable|dotnet_null_reference|per_month_limit)$"
)
# Pyrogram's RPCError.__init__ (pyrogram/errors/rpc_error.py): 'Telegram says: [{CODE} {ID}] - {MESSAGE} (caused by
# "{rpc_name}")'
_PYROGRAM = 'Telegram says: [{}] - {} (caused by "{}")'
# a faiss error as its SWIG binding raises it (faiss/impl/FaissException.cpp, FaissAssert.h)
_FAISS = "Error in {} at /project/faiss/faiss/impl/io.cpp:67: Error: 'f' failed: could not open {} for {}: {}"


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these tables and classes, to show what the weaker evidence says."""
    return without_rules(re.compile(f"{_NEW.pattern}|{GENERIC_EVIDENCE.pattern}"))


def test_every_row_cites_its_source_and_one_category_per_code() -> None:
    ids = {rule.id for rule in default_rules()}
    tables = [rows for vendor, _, rows in VENDOR_CODES if vendor == "telegram"]
    tables += [rows for vendor, _, _, rows in MESSAGE_CODES if vendor in ("pyaudio", "sounddevice")]
    assert len(tables) == 3
    for rows in tables:
        assert len({code for code, _, _, _ in rows}) == len(rows)
        for code, category, source, note in rows:
            assert category in ("transient", "resource", "validation", "permanent")
            assert source in SOURCES and note.strip(), code
    assert {f"vendor.telegram.{code}" for code, _, _, _ in tables[0]} <= ids
    assert {f"vendor.{vendor}.{c}" for vendor in ("pyaudio", "sounddevice") for c in ("transient", "permanent")} <= ids


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id", "label"),
    [
        # Telegram's names, from the class Telethon or Pyrogram generates for each
        ("telethon.errors.rpcerrorlist.UsersTooMuchError",
         "The maximum number of users has been exceeded (to create a chat, for example) (caused by CreateChatRequest)",
         "vendor.telegram.USERS_TOO_MUCH", R),
        ("telethon.errors.rpcerrorlist.SessionRevokedError",
         "The authorization has been invalidated, because of the user terminating all sessions (caused by "
         "GetHistoryRequest)",
         "vendor.telegram.SESSION_REVOKED", P),
        ("pyrogram.errors.exceptions.forbidden_403.UserPrivacyRestricted",
         _PYROGRAM.format("403 USER_PRIVACY_RESTRICTED", "The user's privacy settings is preventing you to perform "
                          "this action", "channels.InviteToChannel"),
         "vendor.telegram.USER_PRIVACY_RESTRICTED", P),
        # geth's error behind web3 v5's plain ValueError, which says nothing of its own
        ("builtins.ValueError", "{'code': -32000, 'message': 'exceeds block gas limit'}",
         "vendor.geth.EXCEEDSBLOCKGASLIMIT", V),
        # the classes: one failure each, and a message that names none
        ("ZODB.POSException.BTreesConflictError", "BTrees conflict error at 10/12/-1: Conflicting changes",
         "type.transient.eighteenth_retry", T),
        ("jnpr.junos.exception.ConnectNotMasterError", "ConnectNotMasterError(10.40.0.12)",
         "type.permanent.eighteenth_setup", P),
        ("channels.exceptions.MessageTooLarge", "", "type.validation.eighteenth_input", V),
        ("yfinance.exceptions.YFPricesMissingError", "$XYZQ: possibly delisted; no price data found  (period=1d)",
         "type.validation.eighteenth_input", V),
        ("keyring.errors.InitError",
         "Unable to initialize SecretService: Environment variable DBUS_SESSION_BUS_ADDRESS is unset",
         "type.permanent.eighteenth_setup", P),
        ("networkx.exception.HasACycle", "Graph contains a cycle.", "type.validation.eighteenth_input", V),
        # a library's own template on its catch-all class
        ("pyvips.error.Error", "unable to load from buffer\n  VipsForeignLoad: buffer is not in a known format\n",
         "type.validation.libvips_unknown_format", V),
        ("ntplib.NTPException", "No response received from time.google.com.", "type.transient.ntplib_no_response", T),
        ("lightning_fabric.utilities.exceptions.MisconfigurationException",
         "You requested gpu: [0, 1]\n But your machine only has: [0]", "type.permanent.lightning_devices_missing", P),
    ],
)  # fmt: skip
def test_a_code_nobody_collected_decides_where_nothing_else_does(
    clf: Classifier, before: Classifier, exc_type: str, message: str, rule_id: str, label: Category
) -> None:
    decides_over(clf, before, exc_type, message, (label, rule_id), U)


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id", "label", "weaker", "status"),
    [
        # "invalid" reads as bad input; the slow mode's wait passes
        ("pyrogram.errors.exceptions.flood_420.SlowmodeWait",
         _PYROGRAM.format("420 SLOWMODE_WAIT_X", "A wait of 30 seconds is required to send messages in this chat.",
                          "messages.SendMessage"),
         "vendor.telegram.SLOWMODE_WAIT", T, V, None),
        # "Invalid" reads as bad input; the channel count is the program's stream setting
        ("builtins.OSError", "[Errno -9998] Invalid number of channels", "vendor.pyaudio.permanent", P, V, None),
        ("sounddevice.PortAudioError",
         "Error opening OutputStream: Illegal combination of I/O devices [PaErrorCode -9993]",
         "vendor.sounddevice.permanent", P, V, None),
        # OSError alone reads as a bug; an underflow passes with the next write
        ("builtins.OSError", "[Errno -9980] Output underflowed", "vendor.pyaudio.transient", T, P, None),
        # "required" reads as a missing input; the user's grants must change (rethinkdb's ReqlPermissionError)
        ("rethinkdb.errors.ReqlPermissionError",
         "User `reporting` does not have the required `read` permission in:\nr.db('billing').table('invoices')\n"
         "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
         "type.permanent.rethinkdb_setup", P, V, None),
        # the 500's family reads transient; the value the client sent does not parse (.NET's Format_BadDateTime)
        ("zeep.exceptions.Fault",
         "Server was unable to process request. ---> String was not recognized as a valid DateTime.",
         "message.dotnet_value_format", V, T, 500),
        # the 429 reads throttling; a month's quota comes back with the period or the plan
        ("requests.exceptions.HTTPError",
         "429 Client Error: Too Many Requests for url: https://api.example.com/v2/items [Error: You have used up your "
         "monthly request quota for this project.]",
         "message.per_month_limit", R, T, 429),
    ],
)  # fmt: skip
def test_the_code_outranks_a_phrase_that_says_otherwise(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    rule_id: str,
    label: Category,
    weaker: Category,
    status: int | None,
) -> None:
    decides_over(clf, before, exc_type, message, (label, rule_id), weaker, status)


def test_pycryptodomes_integrity_texts_on_its_plain_value_error(clf: Classifier) -> None:
    # pycryptodome raises a plain ValueError whose whole text is its template: the ciphertext's, validation
    assert verdict_of(clf, "builtins.ValueError", "Incorrect decryption.") == (
        V,
        "type.validation.pycryptodome_integrity",
    )
    # only the whole text, and only on the class it raises
    assert verdict_of(clf, "builtins.ValueError", "Incorrect decryption. Check the key file")[1] != (
        "type.validation.pycryptodome_integrity"
    )
    assert verdict_of(clf, "builtins.RuntimeError", "Incorrect decryption.") == (U, "unknown")


def test_a_vendor_defined_status_is_read_by_the_clients_own_class_before_its_body(
    clf: Classifier, before: Classifier
) -> None:
    # opencage raises RateLimitExceededError for OpenCage's 402 (its quota) and 429 (throttling) alike, its text
    # saying "rate limit" either way: the body's phrase would make the 402 throttling, the class with the status
    # says which
    message = "Your rate limit has expired. It will reset to 2500 on 2026-12-02T00:00:00"
    verdict = clf.classify(ErrorSignal("opencage.geocoder.RateLimitExceededError", message, http_status=402))
    assert (verdict.category, verdict.rule_id) == (R, "type.resource.opencage_quota")
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("type.resource.opencage_quota", "decided"),
        ("http.402", "overruled"),
    ]
    weaker = before.classify(ErrorSignal("opencage.geocoder.RateLimitExceededError", message, http_status=402))
    assert weaker.category is T
    assert verdict_of(clf, "opencage.geocoder.RateLimitExceededError", message, 429) == (T, "http.429")
    # a class the client raises for every 402 (Stripe's CardError) names no meaning of the status: its body's reason
    # still refines it, and a processing error the issuer asks to retry stays transient
    card = "Request req_9z8Y7x: An error occurred while processing your card. Try again in a little bit."
    assert verdict_of(clf, "stripe.error.CardError", card, 402)[0] is T
    # a 402 that no class of the client's own names is still read by its body's reason
    generic = "402 Client Error: Payment Required for url: https://api.example.com/v1/geocode: rate limit exceeded"
    assert verdict_of(clf, "requests.exceptions.HTTPError", generic, 402) == (T, "message.rate_limited")


def test_a_runtime_errors_strerror_tail_is_its_errno(clf: Classifier) -> None:
    # a C++ library's error a binding raises as RuntimeError: the last ": <strerror>" is the errno, as glibc words it
    missing = _FAISS.format("faiss::FileIOReader::FileIOReader(const char*)", "/idx/hnsw.faiss", "reading",
                            "No such file or directory")  # fmt: skip
    verdict = clf.classify(ErrorSignal("builtins.RuntimeError", missing))
    assert (verdict.category, verdict.rule_id) == (P, "errno.ENOENT")
    assert verdict.confidence >= 0.9
    # the same text on a class whose messages are read as they are: only the phrase, weighed as a phrase
    phrase = clf.classify(ErrorSignal("builtins.ValueError", missing))
    assert phrase.rule_id != "errno.ENOENT" and phrase.confidence < verdict.confidence
    # only the whole tail counts: a strerror text inside the message is no errno
    inside = "could not open /idx/hnsw.faiss: No such file or directory, retrying with a fresh index"
    assert verdict_of(clf, "builtins.RuntimeError", inside)[1] != "errno.ENOENT"
    busy = _FAISS.format("faiss::write_index", "/idx/out.faiss", "writing", "Connection refused")
    assert verdict_of(clf, "builtins.RuntimeError", busy) == (T, "errno.ECONNREFUSED")


def test_grpclibs_status_is_the_grpc_code(clf: Classifier) -> None:
    unauthenticated = "(<Status.UNAUTHENTICATED: 16>, 'invalid token', None)"
    assert verdict_of(clf, "grpclib.exceptions.GRPCError", unauthenticated) == (P, "code.UNAUTHENTICATED")
    denied = "(<Status.PERMISSION_DENIED: 7>, None, None)"
    assert verdict_of(clf, "grpclib.exceptions.GRPCError", denied) == (P, "code.PERMISSION_DENIED")
    # another library's enum named Status is no gRPC status: nothing else in the text speaks
    assert verdict_of(clf, "myapp.errors.JobError", denied) == (U, "unknown")


def test_each_code_is_read_on_its_own_library_only(clf: Classifier) -> None:
    # a Telegram name is a code only as Telethon's or Pyrogram's generated class
    assert verdict_of(clf, "myapp.errors.SlowmodeWait", "A wait of 30 seconds is required")[1] != (
        "vendor.telegram.SLOWMODE_WAIT"
    )
    # PortAudio's numbers only in PyAudio's OSError or sounddevice's shape
    assert not verdict_of(clf, "builtins.RuntimeError", "[Errno -9998] Invalid number of channels")[1].startswith(
        "vendor."
    )
    # geth's reason only in web3 v5's printed error object on a ValueError, or on web3.py's classes
    relayed = "{'code': -32000, 'message': 'exceeds block gas limit'}"
    assert not verdict_of(clf, "builtins.RuntimeError", relayed)[1].startswith("vendor.geth.")


def test_the_cases_codes_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their codes or texts is in either labelled set
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "UsersTooMuch", "SessionRevoked", "USER_PRIVACY_RESTRICTED", "SLOWMODE_WAIT", "[Errno -9998]",
        "[Errno -9980]", "PaErrorCode -9993", "exceeds block gas limit", "BTreesConflictError",
        "ConnectNotMasterError", "channels.exceptions.MessageTooLarge", "YFPricesMissingError",
        "keyring.errors.InitError", "HasACycle", "String was not recognized as a valid", "monthly request quota",
        "hnsw.faiss", "Status.UNAUTHENTICATED", "Status.PERMISSION_DENIED", "2026-12-02T00", "Incorrect decryption.",
        "buffer is not in a known format", "time.google.com", "ReqlPermissionError", "But your machine only has: [0]\"",
    ):  # fmt: skip
        # (a boolean, so a failure names the code, never an item of the corpus: the holdout's are not to be read)
        found = code in text
        assert not found, code
