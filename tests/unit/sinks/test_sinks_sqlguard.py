"""The read-only guard of ``errorflow sql``: one statement, and only a read."""

from __future__ import annotations

import pytest

from errorflow.errors import ReadOnlyQueryError
from errorflow.sinks.sqlguard import check_read_only, strip_comments_and_literals


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT 1", "SELECT 1"),
        ("  select count() from taskrun_events ;  ", "select count() from taskrun_events"),
        ("WITH x AS (SELECT 1) SELECT * FROM x", "WITH x AS (SELECT 1) SELECT * FROM x"),
        ("(SELECT 1) UNION ALL (SELECT 2)", "(SELECT 1) UNION ALL (SELECT 2)"),
        ("SHOW TABLES", "SHOW TABLES"),
        ("DESCRIBE TABLE taskrun_events", "DESCRIBE TABLE taskrun_events"),
        ("DESC taskrun_events", "DESC taskrun_events"),
        ("EXPLAIN SELECT 1", "EXPLAIN SELECT 1"),
        ("EXISTS TABLE taskrun_events", "EXISTS TABLE taskrun_events"),
        ("SELECT 'a; DROP TABLE t' AS s", "SELECT 'a; DROP TABLE t' AS s"),
        ("SELECT 1 -- ; DROP TABLE t", "SELECT 1 -- ; DROP TABLE t"),
        ("/* INSERT INTO t */ SELECT 1", "/* INSERT INTO t */ SELECT 1"),
        ("SELECT `insert into` FROM t", "SELECT `insert into` FROM t"),
        ("SELECT * FROM error_rates(since = now() - INTERVAL 1 DAY, until = now())", None),
        ("DESCRIBE numbers(3)", None),
        ("DESC TABLE generateRandom('a Int8')", None),
        ("DESCRIBE (SELECT * FROM numbers(3))", None),
        ("SELECT a FROM t ORDER BY a DESC", None),
        ("SELECT a FROM t ORDER BY a DESC, numbers(3)", None),
    ],
)
def test_reads_pass(sql: str, expected: str | None) -> None:
    assert check_read_only(sql) == (expected or sql)


@pytest.mark.parametrize(
    "sql",
    [
        "",
        "   ;  ",
        "-- only a comment",
        "INSERT INTO t VALUES (1)",
        "insert into t select 1",
        "DROP TABLE taskrun_events",
        "ALTER TABLE t DELETE WHERE 1",
        "TRUNCATE TABLE t",
        "CREATE TABLE x (a Int8) ENGINE = Memory",
        "OPTIMIZE TABLE t FINAL",
        "SET max_threads = 1",
        "SYSTEM DROP DNS CACHE",
        "KILL QUERY WHERE 1",
        "GRANT ALL ON *.* TO default",
        "SELECT 1; SELECT 2",
        "SELECT 1; DROP TABLE t",
        "SELECT 1 INTO OUTFILE '/tmp/x'",
        "SELECT * FROM file('/etc/passwd', 'CSV')",
        "SELECT * FROM url('http://example.com/x', CSV)",
        "SELECT * FROM s3('https://b/x.parquet')",
        "SELECT * FROM remote('otherhost', default.t)",
        "SELECT * FROM executable('x.sh', CSV, 'a Int8')",
        "SELECT * FROM Python(df)",
        "WITH 1 AS x INSERT INTO t SELECT x",
    ],
)
def test_anything_else_is_refused(sql: str) -> None:
    with pytest.raises(ReadOnlyQueryError):
        check_read_only(sql)


def test_comments_and_literals_are_blanked() -> None:
    text = strip_comments_and_literals("SELECT 'it''s; x', \"a;b\" /* ; */ FROM t -- ; drop\n WHERE a = 'x\\'y'")
    assert ";" not in text
    assert text.split() == ["SELECT", "''", ",", "''", "FROM", "t", "WHERE", "a", "=", "''"]


@pytest.mark.parametrize(
    "sql",
    [
        # ClickHouse's $$ strings: the ';' after the closing $$ is a real statement separator.
        "SELECT $$x$$; DROP TABLE taskrun_events",
        "SELECT $tag$ ' $tag$; DROP TABLE taskrun_events",
        "SELECT 'x'; DROP TABLE t -- '",
        # A quoted function name is the function.
        "SELECT \"file\"('/etc/passwd')",
        "SELECT `file`('/etc/passwd')",
        "SELECT * FROM `url`('http://127.0.0.1:1/x', 'CSV', 'a String')",
        "SELECT * FROM \"remote\"('h', system.one)",
        "SELECT file /* c */ ('/etc/passwd')",
        # Nested comments end where the engine ends them.
        "SELECT 1 /* /* */ */ ; DROP TABLE t",
        "/* /* */ */ SELECT 1; DROP TABLE t",
        # Text the engine would not lex as we do is refused.
        "SELECT 1 #x",
        "SELECT 'unterminated",
        "SELECT $$unterminated",
        "SELECT 1 /* unterminated",
        "SELECT $ 1",
        "SELECT 1 INTO /* c */ OUTFILE '/tmp/x'",
    ],
)
def test_bypasses_are_refused(sql: str) -> None:
    with pytest.raises(ReadOnlyQueryError):
        check_read_only(sql)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT $$a; DROP TABLE t$$ AS s", "SELECT $$a; DROP TABLE t$$ AS s"),
        ("SELECT $t$a'b$t$ AS s;", "SELECT $t$a'b$t$ AS s"),
        ("SELECT 1 /* /* ; */ ; */ AS x", "SELECT 1 /* /* ; */ ; */ AS x"),
        ("SELECT 1 # a comment; DROP\n", "SELECT 1 # a comment; DROP"),
        ('SELECT "file" FROM t', 'SELECT "file" FROM t'),
        ("SELECT `a``b` FROM t", "SELECT `a``b` FROM t"),
        ("SELECT 'it''s' AS s", "SELECT 'it''s' AS s"),
    ],
)
def test_quoting_is_read_like_the_engine(sql: str, expected: str) -> None:
    assert check_read_only(sql) == expected


@pytest.mark.parametrize(
    "sql",
    [
        # chDB runs DESCRIBE of a table function without its read-only check, and infers the schema
        # by reading the source: names the denylist never had, and whatever a new release adds.
        "DESCRIBE deltaLakeS3('http://127.0.0.1:9/bucket/x/')",
        "DESC TABLE paimonS3('http://127.0.0.1:9/bucket/x/')",
        "describe table `icebergAzure`('http://127.0.0.1:9/a', 'c', 'x/')",
        "DESCRIBE /* c */ \"ytsaurus\"('http://127.0.0.1:9', '//x', 't')",
        "DESCRIBE some_future_function('anything')",
        "EXPLAIN AST DESCRIBE deltaLakeS3('http://127.0.0.1:9/bucket/x/')",
    ],
)
def test_describe_of_a_table_function_outside_the_allowlist_is_refused(sql: str) -> None:
    with pytest.raises(ReadOnlyQueryError, match="DESCRIBE"):
        check_read_only(sql)
