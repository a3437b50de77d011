"""Operations that fail with credentials in their exceptions, run by the function runner.

The secrets are constants here so the test that reads every table and topic
knows what must not be found.
"""

from __future__ import annotations

import base64

from errorflow.sdk import operation

URL_PASSWORD = "Pg-S3cretPass-7711"
DB_URL = f"postgresql://app:{URL_PASSWORD}@db.internal:5432/app"
BEARER_TOKEN = "sk_live_51BearerTok3nQwErTy"
BASIC_CREDENTIAL = base64.b64encode(b"svc-user:BasicPa55-8822").decode()
AWS_ACCESS_KEY_ID = "AKIAQYLPMN5HFIQZ7ABC"
AWS_SECRET_KEY = "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"
API_KEY = "qp-ApiKey-7733"
QUERY_TOKEN = "qp-Tok-9944"
KV_PASSWORD = "KvPass-6655"
PEM_BODY = "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu"
PRIVATE_KEY = f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtdXNlci0xIn0.Sig_NaTuRe-5566abcdefXYZ"
LITERAL_PASSWORD = "LiteralPw-4242"
VALIDATION_SECRET = "ValSecret-3141"
LABEL_SECRET = "LabelAuth-2718"
LABEL_TEXT_SECRET = "LabelTok-1618"

SECRETS = {
    "url password": URL_PASSWORD,
    "bearer token": BEARER_TOKEN,
    "basic credential": BASIC_CREDENTIAL,
    "basic password (decoded)": "BasicPa55-8822",
    "aws access key id": AWS_ACCESS_KEY_ID,
    "aws secret key": AWS_SECRET_KEY,
    "api_key query parameter": API_KEY,
    "token query parameter": QUERY_TOKEN,
    "password pair": KV_PASSWORD,
    "private key": PEM_BODY,
    "jwt": JWT,
    "jwt payload": JWT.split(".")[1],
    "literal in source line": LITERAL_PASSWORD,
    "pydantic input_value": VALIDATION_SECRET,
    "label under a secret key": LABEL_SECRET,
    "label holding a token pair": LABEL_TEXT_SECRET,
}


def _call_crm(account: str) -> None:
    raise PermissionError(13, f"Permission denied: {DB_URL} (account {account}, password={KV_PASSWORD})")


@operation(
    name="sec_crm_sync",
    service="it-secrets",
    dependency="crm",
    labels={"x-auth": LABEL_SECRET, "deploy": f"ci token={LABEL_TEXT_SECRET}", "team": "crm"},
)
def crm_sync(account: str) -> None:
    """The CRM refuses the credentials: permanent, so dead-lettered and alerted (runner path)."""
    try:
        _call_crm(account)
    except PermissionError as exc:
        raise PermissionError(13, f"CRM sync failed, Authorization: Bearer {BEARER_TOKEN}") from exc
