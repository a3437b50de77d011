"""The read-only guard of analyst SQL: clear refusals before the engine refuses for real.

The defence is the engine's: every analyst query runs with ``readonly=1`` (a
read-only chDB session, or ``readonly=1`` / a read-only user on a server), which
refuses writes, DDL, setting changes and table functions that reach outside the
database, however the statement is spelled. This module only gives the clearer
error message first, and covers what chDB, an in-process ``clickhouse-local``,
does not confine under ``readonly=1``: ``INTO OUTFILE``, the ``file()`` scalar
function (a server confines both itself), and ``DESCRIBE`` of a table function,
whose schema the engine infers by reading the source (a file, a URL, a bucket)
before any read-only check: only the table functions of
:data:`DESCRIBABLE_FUNCTIONS` may follow ``DESCRIBE``.

It works on tokens, lexed the way ClickHouse lexes them: ``'...'`` strings (with
backslash escapes and doubled quotes), ``$$...$$`` and ``$tag$...$tag$`` strings,
``"..."`` and backtick identifiers, ``--``, ``#`` and nested ``/* */`` comments.
A quoted name is a name: ``"file"(...)`` and `` `file`(...) `` are ``file(...)``.
Text it cannot lex the way the engine would is refused rather than guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass

from errorflow.errors import ReadOnlyQueryError

__all__ = [
    "DESCRIBABLE_FUNCTIONS",
    "READ_KEYWORDS",
    "Token",
    "check_read_only",
    "strip_comments_and_literals",
    "tokenize",
]

#: First keywords of the statements analysts may run.
READ_KEYWORDS: frozenset[str] = frozenset({"SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "EXISTS"})

#: Functions (table or scalar) that read, write or run things outside the database. The engine's
#: ``readonly=1`` refuses the table functions; chDB does not refuse the ``file()`` scalar function.
_OUTSIDE_FUNCTIONS: frozenset[str] = frozenset(
    name.lower()
    for name in (
        "file",
        "fileCluster",
        "url",
        "urlCluster",
        "s3",
        "s3Cluster",
        "gcs",
        "oss",
        "cosn",
        "azureBlobStorage",
        "azureBlobStorageCluster",
        "hdfs",
        "hdfsCluster",
        "remote",
        "remoteSecure",
        "cluster",
        "clusterAllReplicas",
        "mysql",
        "postgresql",
        "mongodb",
        "redis",
        "sqlite",
        "jdbc",
        "odbc",
        "executable",
        "python",
        "iceberg",
        "icebergLocal",
        "icebergS3",
        "deltaLake",
        "deltaLakeLocal",
        "hudi",
        "input",
        "format",
        "arrowFlight",
        "catboostEvaluate",
    )
)

#: Table functions ``DESCRIBE`` may name (lower case): those that read nothing outside the database and
#: that the engine allows a read-only user (``system.table_functions.allow_readonly``). chDB 26.9 runs
#: ``DESCRIBE fn(...)`` without the read-only check that refuses ``fn`` anywhere else, and its schema
#: inference reads the source: ``DESCRIBE deltaLakeS3('http://...')`` sent requests from the pipeline's
#: process, retried past ``max_execution_time``. An allowlist, as every chDB release adds table functions.
DESCRIBABLE_FUNCTIONS: frozenset[str] = frozenset(
    map(
        str.lower,
        (
            *("numbers", "numbers_mt", "values", "null", "view", "viewIfPermitted", "primes", "merge"),
            *("generateRandom", "generateSeries", "generate_series", "mergeTreeIndex", "mergeTreeProjection"),
        ),
    )
)

#: Keywords that make a read statement write, whatever statement they appear in.
_WRITING_WORDS: frozenset[str] = frozenset({"OUTFILE", "INSERT"})


@dataclass(frozen=True, slots=True)
class Token:
    """One lexical token of a statement."""

    kind: str
    """``word`` (a bare name or keyword), ``name`` (a quoted identifier), ``string``, ``number``,
    ``semicolon`` or ``symbol``."""
    text: str
    """The word, the identifier without its quotes, the string's raw text, or the symbol."""
    start: int
    """Offset of the token in the statement's text."""


def _skip_quoted(sql: str, i: int, quote: str) -> int:
    """Return the offset after the quoted token opened at ``i`` (backslash escapes, doubled quotes)."""
    n = len(sql)
    j = i + 1
    while j < n:
        ch = sql[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            if j + 1 < n and sql[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    raise ReadOnlyQueryError(f"unterminated {quote} at offset {i}")


def _unquote(body: str, quote: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
        elif ch == quote and i + 1 < len(body) and body[i + 1] == quote:
            out.append(quote)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _skip_block_comment(sql: str, i: int) -> int:
    """Return the offset after the (possibly nested) ``/* */`` comment opened at ``i``."""
    depth, j, n = 0, i, len(sql)
    while j < n:
        if sql.startswith("/*", j):
            depth += 1
            j += 2
        elif sql.startswith("*/", j):
            depth -= 1
            j += 2
            if depth == 0:
                return j
        else:
            j += 1
    raise ReadOnlyQueryError(f"unterminated comment at offset {i}")


def _heredoc_tag(sql: str, i: int) -> str | None:
    """Return ``$tag$`` when a heredoc string opens at ``i``, else None."""
    j = i + 1
    while j < len(sql) and (sql[j].isalnum() or sql[j] == "_"):
        j += 1
    if j < len(sql) and sql[j] == "$":
        return sql[i : j + 1]
    return None


def _skip_ignored(sql: str, i: int) -> int:
    """Return the offset after whitespace or a comment at ``i`` (``i`` itself when there is none)."""
    if sql[i].isspace():
        return i + 1
    if sql.startswith("--", i) or sql.startswith("# ", i) or sql.startswith("#!", i):
        end = sql.find("\n", i)
        return len(sql) if end < 0 else end + 1
    if sql.startswith("/*", i):
        return _skip_block_comment(sql, i)
    return i


def _run_end(sql: str, i: int, extra: str) -> int:
    """Return the end of the word or number starting at ``i`` (alphanumerics and ``extra``)."""
    j = i + 1
    while j < len(sql) and (sql[j].isalnum() or sql[j] in extra):
        j += 1
    return j


def _quoted_token(sql: str, i: int) -> tuple[Token, int]:
    """Lex the string or quoted identifier opening at ``i``."""
    ch = sql[i]
    if ch == "$":
        tag = _heredoc_tag(sql, i)
        if tag is None:
            raise ReadOnlyQueryError(f"unexpected '$' at offset {i}")
        close = sql.find(tag, i + len(tag))
        if close < 0:
            raise ReadOnlyQueryError(f"unterminated {tag} string at offset {i}")
        end = close + len(tag)
        return Token("string", sql[i:end], i), end
    end = _skip_quoted(sql, i, ch)
    if ch == "'":
        return Token("string", sql[i:end], i), end
    return Token("name", _unquote(sql[i + 1 : end - 1], ch), i), end


def tokenize(sql: str) -> list[Token]:
    """Split ``sql`` into tokens, dropping whitespace and comments.

    Raises:
        ReadOnlyQueryError: an unterminated string, identifier or comment, or a character
            ClickHouse would not accept there (so the engine's reading cannot differ from ours).
    """
    tokens: list[Token] = []
    i, n = 0, len(sql)
    while i < n:
        skipped = _skip_ignored(sql, i)
        if skipped != i:
            i = skipped
            continue
        ch = sql[i]
        if ch in "'\"`$":
            token, i = _quoted_token(sql, i)
        elif ch.isalpha() or ch == "_":
            end = _run_end(sql, i, "_$")
            token, i = Token("word", sql[i:end], i), end
        elif ch.isdigit():
            end = _run_end(sql, i, "._")
            token, i = Token("number", sql[i:end], i), end
        elif ch == "#":
            raise ReadOnlyQueryError(f"unexpected '#' at offset {i}")
        else:
            token, i = Token("semicolon" if ch == ";" else "symbol", ch, i), i + 1
        tokens.append(token)
    return tokens


def strip_comments_and_literals(sql: str) -> str:
    """Return ``sql``'s tokens with strings and quoted identifiers replaced by ``''`` (for messages and tests)."""
    return " ".join("''" if token.kind in ("string", "name") else token.text for token in tokenize(sql))


def check_read_only(sql: str) -> str:
    """Return the single read statement in ``sql`` (without a trailing ``;``), or raise.

    Raises:
        ReadOnlyQueryError: empty input, several statements, a statement that is not a read
            (``INSERT``, ``ALTER``, ``DROP``, ``SET``, ``SYSTEM``, ...), ``INTO OUTFILE``, or a
            function that reaches outside the database (``file()``, ``url()``, ``remote()``...).
    """
    tokens = tokenize(sql)
    end = next((t.start for t in tokens if t.kind == "semicolon"), len(sql))
    statement_tokens = [t for t in tokens if t.start < end]
    if any(t.kind != "semicolon" for t in tokens if t.start >= end):
        raise ReadOnlyQueryError("only one statement is allowed")
    if not statement_tokens:
        raise ReadOnlyQueryError("empty query")
    first = next((t for t in statement_tokens if t.text != "("), None)
    keyword = first.text.upper() if first is not None and first.kind == "word" else ""
    if keyword not in READ_KEYWORDS:
        shown = keyword or (first.text if first is not None else "")
        raise ReadOnlyQueryError(f"only {', '.join(sorted(READ_KEYWORDS))} statements are allowed, got {shown!r}")
    _check_described(statement_tokens)
    for index, token in enumerate(statement_tokens):
        if token.kind == "word" and token.text.upper() in _WRITING_WORDS:
            raise ReadOnlyQueryError(f"the statement writes ({token.text.upper()})")
        following = statement_tokens[index + 1] if index + 1 < len(statement_tokens) else None
        if (
            token.kind in ("word", "name")
            and token.text.lower() in _OUTSIDE_FUNCTIONS
            and following is not None
            and following.text == "("
        ):
            raise ReadOnlyQueryError(f"{token.text}() reaches outside the database and is not allowed")
    return sql[:end].strip()


def _check_described(tokens: list[Token]) -> None:
    """Refuse ``DESCRIBE [TABLE] fn(...)`` unless ``fn`` is in :data:`DESCRIBABLE_FUNCTIONS`.

    Every ``DESC``/``DESCRIBE`` is looked at, not only a first one (``EXPLAIN AST DESCRIBE ...``);
    ``ORDER BY x DESC`` is never followed by a name and ``(``.
    """
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.text.upper() not in ("DESC", "DESCRIBE"):
            continue
        rest = tokens[index + 1 : index + 4]
        if rest and rest[0].kind == "word" and rest[0].text.upper() == "TABLE":
            rest = rest[1:]
        if len(rest) < 2 or rest[0].kind not in ("word", "name") or rest[1].text != "(":
            continue
        if rest[0].text.lower() not in DESCRIBABLE_FUNCTIONS:
            raise ReadOnlyQueryError(
                f"DESCRIBE {rest[0].text}(...) is not allowed: the engine would read the table function's "
                "source to infer its schema, without the read-only check"
            )
