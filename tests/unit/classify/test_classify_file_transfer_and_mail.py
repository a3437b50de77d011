"""File transfer, object storage and mail (eleventh batch): the reply's own status over the class, errno or HTTP status.

Each case names the weaker evidence that decided before: a protocol's or service's status code in the message
(NTSTATUS, SMTP enhanced status, POP3/IMAP response codes, FTP replies, Azure Storage and MinIO codes) is more
exact than the errno derived from it, the HTTP status family, or a client's one generic error class.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify._vendor_codes import NTSTATUS_NAMES, esmtp_code


@pytest.mark.parametrize(
    ("signal", "expected", "rule_id"),
    [
        # a 412 would be validation by its family; the lease is another client's and is released or expires
        (
            ErrorSignal(
                exc_type="azure.core.exceptions.HttpResponseError",
                message="There is currently a lease on the container and no lease ID was specified in the request.\n"
                "RequestId:0000\nTime:2026-01-01T00:00:00Z\nErrorCode:LeaseIdMissing",
                http_status=412,
            ),
            Category.TRANSIENT,
            "vendor.azure.LeaseIdMissing",
        ),
        # a 412 would be validation by its family; the ETag moved under a concurrent writer
        (
            ErrorSignal(
                exc_type="azure.core.exceptions.ResourceModifiedError",
                message="The condition specified using HTTP conditional header(s) is not met.\nRequestId:2222\n"
                "ErrorCode:ConditionNotMet",
                http_status=412,
            ),
            Category.TRANSIENT,
            "vendor.azure.ConditionNotMet",
        ),
        # ResourceExistsError is validation by class; the code says an SMB client holds the file open
        (
            ErrorSignal(
                exc_type="azure.core.exceptions.ResourceExistsError",
                message="The specified resource may be in use by an SMB client.\nRequestId:1111\n"
                "ErrorCode:SharingViolation",
                http_status=409,
            ),
            Category.TRANSIENT,
            "vendor.azure.SharingViolation",
        ),
        # ResourceExistsError is validation by class; a byte-range lock of an SMB client passes
        (
            ErrorSignal(
                exc_type="azure.core.exceptions.ResourceExistsError",
                message="The specified resource is locked.\nRequestId:3333\nErrorCode:FileLockConflict",
                http_status=409,
            ),
            Category.TRANSIENT,
            "vendor.azure.FileLockConflict",
        ),
        # a 409 that is the request's: the blob's snapshots were not included in the delete
        (
            ErrorSignal(
                exc_type="azure.core.exceptions.HttpResponseError",
                message="This operation is not permitted because the blob has snapshots.\nRequestId:4444\n"
                "ErrorCode:SnapshotsPresent",
                http_status=409,
            ),
            Category.VALIDATION,
            "vendor.azure.SnapshotsPresent",
        ),
        # errno 0 and "Unknown NtStatus": only the status name says the share's disk is full
        (
            ErrorSignal(
                exc_type="smbprotocol.exceptions.SMBOSError",
                message="[Error 0] [NtStatus 0xc000007f] Unknown NtStatus error returned 'STATUS_DISK_FULL': "
                "'\\\\files.example.test\\share\\out.csv'",
                errno=0,
            ),
            Category.RESOURCE,
            "vendor.ntstatus.STATUS_DISK_FULL",
        ),
        # errno 1 (EPERM, permanent) is what smbprotocol derives; the NTSTATUS number says another open holds the file
        (
            ErrorSignal(
                exc_type="smbprotocol.exceptions.SMBOSError",
                message="[Error 1] [NtStatus 0xc0000043] The process cannot access the file because it is being used "
                "by another process: '\\\\files.example.test\\share\\a.xlsx'",
                errno=1,
            ),
            Category.TRANSIENT,
            "vendor.ntstatus.STATUS_SHARING_VIOLATION",
        ),
        # "deleted" reads as a missing thing; the status says the server dropped the session
        (
            ErrorSignal(
                exc_type="smbprotocol.exceptions.SMBResponseException",
                message="Received unexpected status from the server: The remote user session has been deleted. "
                "(3221225987) STATUS_USER_SESSION_DELETED: 0xc0000203",
            ),
            Category.TRANSIENT,
            "vendor.ntstatus.STATUS_USER_SESSION_DELETED",
        ),
        # a 452 reply is left to its text; the enhanced code 4.2.2 says the mailbox is full
        (
            ErrorSignal(
                exc_type="smtplib.SMTPRecipientsRefused",
                message="{'a@example.test': (452, b'4.2.2 Mailbox full, try again later')}",
            ),
            Category.RESOURCE,
            "vendor.smtp." + esmtp_code("4.2.2"),
        ),
        # SMTPDataError matches the *DataError class-name pattern (validation); 5.7.1 is a policy refusal
        (
            ErrorSignal(
                exc_type="smtplib.SMTPDataError",
                message="(550, b'5.7.1 Relaying denied for this sender')",
            ),
            Category.PERMANENT,
            "vendor.smtp." + esmtp_code("5.7.1"),
        ),
        # SMTPDataError's *DataError name says validation; 503 says the client's code sent commands out of order
        (
            ErrorSignal(exc_type="smtplib.SMTPDataError", message="(503, b'Bad sequence of commands')"),
            Category.PERMANENT,
            "vendor.smtp.503",
        ),
        # aiosmtplib's recipient refusal with an unknown user: the address given must change
        (
            ErrorSignal(
                exc_type="aiosmtplib.errors.SMTPRecipientRefused",
                message="(550, '5.1.1 <nobody@example.test>: Recipient address rejected: User unknown', "
                "'nobody@example.test')",
            ),
            Category.VALIDATION,
            "vendor.smtp." + esmtp_code("5.1.1"),
        ),
        # poplib's one error class for every -ERR: the response code decides
        (
            ErrorSignal(exc_type="poplib.error_proto", message="b'-ERR [SYS/TEMP] Server busy, try later'"),
            Category.TRANSIENT,
            "vendor.pop3.SYS/TEMP",
        ),
        (
            ErrorSignal(exc_type="poplib.error_proto", message="b'-ERR [AUTH] Invalid login'"),
            Category.PERMANENT,
            "vendor.pop3.AUTH",
        ),
        # imaplib's one error class: an IMAP response code, or a tagged BAD (the command's arguments)
        (
            ErrorSignal(exc_type="imaplib.IMAP4.error", message="b'[UNAVAILABLE] Temporary authentication failure'"),
            Category.TRANSIENT,
            "vendor.imap.UNAVAILABLE",
        ),
        (
            ErrorSignal(exc_type="imaplib.IMAP4.error", message="SEARCH command error: BAD [b'Invalid arguments']"),
            Category.VALIDATION,
            "vendor.imap.BAD",
        ),
        # aioftp's StatusCodeError for every unexpected reply: the FTP reply decides
        (
            ErrorSignal(
                exc_type="aioftp.errors.StatusCodeError",
                message="Waiting for ('2xx',) but got 550 [' No such file or directory.']",
            ),
            Category.PERMANENT,
            "vendor.ftp.550",
        ),
        (
            ErrorSignal(
                exc_type="aioftp.errors.StatusCodeError",
                message="Waiting for ('1xx', '2xx') but got 425 [' Can not open data connection.']",
            ),
            Category.TRANSIENT,
            "vendor.ftp.425",
        ),
        # s3fs maps an unknown code to EIO (transient); MinIO's own code says its drives are full
        (
            ErrorSignal(
                exc_type="builtins.OSError",
                message="[Errno 5] An error occurred (XMinioStorageFull) when calling the PutObject operation: "
                "Storage backend has reached its minimum free drive threshold.",
                errno=5,
            ),
            Category.RESOURCE,
            "vendor.minio.XMinioStorageFull",
        ),
        # minio-py's S3Error prints the service's code: MinIO's own code for full drives
        (
            ErrorSignal(
                exc_type="minio.error.S3Error",
                message="S3 operation failed; code: XMinioStorageFull, message: Storage backend has reached its "
                "minimum free drive threshold., resource: /b/o, request_id: 1, host_id: 2",
            ),
            Category.RESOURCE,
            "vendor.minio.XMinioStorageFull",
        ),
        # "Expected one of" and no class rule: the status in InvalidResponse's arguments decides (not "invalid")
        (
            ErrorSignal(
                exc_type="google.resumable_media.common.InvalidResponse",
                message="('Request failed with status code', 404, 'Expected one of', <HTTPStatus.OK: 200>)",
            ),
            Category.PERMANENT,
            "http.404",
        ),
        # gcsfs's HttpError carries no status attribute the capture reads here: the ", 503" its text ends with is it
        (
            ErrorSignal(exc_type="gcsfs.retry.HttpError", message="Backend Error, 503"),
            Category.TRANSIENT,
            "http.503",
        ),
    ],
)
def test_the_reply_status_decides_over_weaker_evidence(
    clf: Classifier, signal: ErrorSignal, expected: Category, rule_id: str
) -> None:
    verdict = clf.classify(signal)
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # "illegal" reads as invalid input; issuing a command in the wrong session state is a code bug
        (
            "imaplib.IMAP4.error",
            "command STORE illegal in state AUTH, only allowed in states SELECTED",
            Category.PERMANENT,
            "message.imap_command_state",
        ),
        (
            "aioimaplib.aioimaplib.Abort",
            "command LOGIN illegal in state AUTH",
            Category.PERMANENT,
            "message.imap_command_state",
        ),
        (
            "pysftp.exceptions.HostKeysException",
            "No Host Keys Found",
            Category.PERMANENT,
            "type.permanent.transfer_setup",
        ),
        # SSHException is transient as a weak class; a missing known_hosts entry is configuration
        (
            "paramiko.ssh_exception.SSHException",
            "No hostkey for host files.example.test found.",
            Category.PERMANENT,
            "message.ssh_no_host_key",
        ),
        (
            "imaplib.IMAP4.error",
            "b'[ALERT] Application-specific password required (Failure)'",
            Category.PERMANENT,
            "message.mail_app_password",
        ),
        (
            "aioimaplib.aioimaplib.Error",
            "server not IMAP4 compliant",
            Category.PERMANENT,
            "message.server_not_protocol",
        ),
        (
            "google.resumable_media.common.DataCorruption",
            "Checksum mismatch while downloading:\n\n  https://storage.googleapis.com/download/storage/v1/b/b/o/x",
            Category.TRANSIENT,
            "type.transient.download_checksum",
        ),
        # no reply code: the class says the connection dropped (as smtplib's SMTPServerDisconnected)
        (
            "aiosmtplib.errors.SMTPServerDisconnected",
            "Unexpected EOF received",
            Category.TRANSIENT,
            "type.transient.smtp_connection",
        ),
        (
            "exchangelib.errors.ErrorMailboxStoreUnavailable",
            "The mailbox database is temporarily unavailable.",
            Category.TRANSIENT,
            "type.transient.ews_busy",
        ),
        # "exceeded" and "quota" would read as capacity; FCM's message-rate quota is retried with backoff
        (
            "firebase_admin.messaging.QuotaExceededError",
            "Sending limit exceeded for the message target.",
            Category.TRANSIENT,
            "type.transient.firebase_retry",
        ),
        (
            "firebase_admin.exceptions.PermissionDeniedError",
            "The caller does not have permission",
            Category.PERMANENT,
            "type.permanent.firebase_setup",
        ),
        # "invalid" reads as bad input; a response that is not the protocol's is the server's, and the status decides
        (
            "minio.error.InvalidResponseError",
            "non-XML response from server; Response code: 502, Content-Type: text/html, Body: <html></html>",
            Category.TRANSIENT,
            "http.502",
        ),
        (
            "imapclient.exceptions.LoginError",
            "b'LOGIN failed.'",
            Category.PERMANENT,
            "type.permanent.imap_client_setup",
        ),
        (
            "imapclient.exceptions.IMAPClientAbortError",
            "socket error: EOF",
            Category.TRANSIENT,
            "type.transient.imap_abort",
        ),
        # the 400 would say validation; the client must be configured with a billing project
        (
            "gcsfs.retry.HttpError",
            "Bucket is a requester pays bucket but no user project provided., 400",
            Category.PERMANENT,
            "message.requester_pays_project",
        ),
        ("pusher.errors.PusherBadAuth", "Unknown auth_key", Category.PERMANENT, "type.permanent.pusher_auth"),
        (
            "exchangelib.errors.ErrorNonExistentMailbox",
            "The SMTP address has no mailbox associated with it",
            Category.PERMANENT,
            "type.permanent.ews_no_mailbox",
        ),
    ],
)
def test_mail_and_transfer_classes_and_phrases(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_s3fs_fallback_errno_is_no_evidence(clf: Classifier) -> None:
    # s3fs raises codes it does not map as OSError(EIO): errno 5 alone would say transient (errno.EIO)
    signal = ErrorSignal(
        exc_type="builtins.OSError",
        message="[Errno 5] An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you "
        "tried to delete is not empty",
        errno=5,
    )
    assert clf.classify(signal).category is not Category.TRANSIENT
    # a real I/O error keeps its errno
    disk = ErrorSignal(exc_type="builtins.OSError", message="[Errno 5] Input/output error", errno=5)
    assert clf.classify(disk).rule_id == "errno.EIO"


def test_an_unknown_ntstatus_number_is_no_evidence(clf: Classifier) -> None:
    # only the numbers the table names are read; another number leaves the errno to speak
    assert 0xC0000999 not in NTSTATUS_NAMES
    verdict = clf.classify(
        ErrorSignal(
            exc_type="smbprotocol.exceptions.SMBOSError",
            message="[Error 2] [NtStatus 0xc0000999] No such file or directory: '\\\\f\\s\\x'",
            errno=2,
        )
    )
    assert verdict.rule_id == "errno.ENOENT"


def test_enhanced_codes_do_not_collide() -> None:
    # the dots are part of the code: 5.1.10 and 5.11.0 are different codes
    assert esmtp_code("5.1.10") != esmtp_code("5.11.0")
