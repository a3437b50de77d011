"""The read-only guard of ``errorflow sql``: one statement, and only a read.

chDB has no per-query ``readonly`` switch that survives a shared session, so the
guard is enforced here for both backends; against a server the query also runs
with ``readonly=1``. The guard works on the statement's text with comments and
string literals blanked out, so ``SELECT 'x; DROP TABLE t'`` is one read and
``SELECT 1; DROP TABLE t`` is two statements (rejected).
"""

from __future__ import annotations

import re

from errorflow.errors import ReadOnlyQueryError

__all__ = ["READ_KEYWORDS", "check_read_only", "strip_comments_and_literals"]

#: First keywords of the statements ``errorflow sql`` accepts.
READ_KEYWORDS: frozenset[str] = frozenset({"SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "EXISTS"})

# Clauses that write even when the statement starts with a read keyword.
_WRITING_CLAUSES = re.compile(r"\b(INTO\s+OUTFILE|INSERT\s+INTO)\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_TABLE_FUNCTIONS_THAT_REACH_OUT = re.compile(
    r"\b(file|url|s3|s3Cluster|hdfs|remote|remoteSecure|mysql|postgresql|executable|python)\s*\(",
    re.IGNORECASE,
)


def strip_comments_and_literals(sql: str) -> str:
    """Return ``sql`` with comments removed and quoted strings/identifiers replaced by ``''``."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if sql.startswith("--", i) or ch == "#":
            end = sql.find("\n", i)
            i = n if end < 0 else end
            continue
        if sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
            continue
        if ch in "'\"`":
            j = i + 1
            while j < n and sql[j] != ch:
                j += 2 if sql[j] == "\\" else 1
            out.append("''")
            i = j + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def check_read_only(sql: str) -> str:
    """Return the single read statement in ``sql`` (trailing ``;`` removed), or raise.

    Raises:
        ReadOnlyQueryError: empty input, several statements, a statement that is not a read
            (``INSERT``, ``ALTER``, ``DROP``, ``SET``, ...), ``INTO OUTFILE``, or a table
            function that reads or runs things outside the database (``file()``, ``url()``...).
    """
    bare = strip_comments_and_literals(sql).strip()
    while bare.endswith(";"):
        bare = bare[:-1].rstrip()
    if not bare:
        raise ReadOnlyQueryError("empty query")
    if ";" in bare:
        raise ReadOnlyQueryError("only one statement is allowed")
    match = _FIRST_WORD.match(bare.lstrip("( \t\r\n"))
    keyword = match.group(0).upper() if match else ""
    if keyword not in READ_KEYWORDS:
        raise ReadOnlyQueryError(f"only {', '.join(sorted(READ_KEYWORDS))} statements are allowed, got {keyword!r}")
    if _WRITING_CLAUSES.search(bare):
        raise ReadOnlyQueryError("the statement writes (INTO OUTFILE or INSERT)")
    if _TABLE_FUNCTIONS_THAT_REACH_OUT.search(bare):
        raise ReadOnlyQueryError("table functions that reach outside the database are not allowed")
    text = sql.strip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    return text
