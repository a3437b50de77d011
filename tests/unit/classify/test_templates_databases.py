"""The source-template sweep of databases and data stores: the servers' and drivers' own message templates.

Each template is a message a library raises or relays, from its source or its server's message catalogue
(PostgreSQL's backend texts, MySQL's messages_to_clients.txt, SQL Server and Oracle messages, sqlite3's C module,
Redis's shared replies, MongoDB errmsgs, Cassandra's protocol errors, Elasticsearch/OpenSearch types and reasons,
ClickHouse's DB::Exception texts, Snowflake's and BigQuery's messages), with plausible values filled in and labelled by
LABELS.md before the classifier was asked. The generic-wrapper cases carry the same text on a ``RuntimeError``: the
words must decide without the driver's class or code.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (exc_type as raised, str(exc) as printed, http_status, label)
TEMPLATES = [
    (
        "psycopg2.OperationalError",
        'connection to server at "db.internal" (10.0.0.5), port 5432 failed: Connection '
        "refused\n\tIs the server running on that host and accepting TCP/IP connections?",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        'connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already',
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password '
        'authentication failed for user "app"',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "app", database "orders", SSL off',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  database "orders" does not exist',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  role "app" does not exist',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is starting up",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is shutting down",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is in recovery mode",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection due to administrator command",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "server closed the connection unexpectedly\n\tThis probably means the server "
        "terminated abnormally\n\tbefore or while processing the request.",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "SSL SYSCALL error: EOF detected",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        'could not translate host name "db.internal" to address: Temporary failure in name resolution',
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection due to conflict with recovery\nDETAIL:  User "
        "query might have needed to see row versions that must be removed.",
        None,
        T,
    ),
    (
        "psycopg2.errors.SerializationFailure",
        "canceling statement due to conflict with recovery\nDETAIL:  User query might "
        "have needed to see row versions that must be removed.",
        None,
        T,
    ),
    (
        "psycopg2.errors.ReadOnlySqlTransaction",
        "cannot execute INSERT in a read-only transaction",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.OperationalError",
        "(psycopg2.errors.DeadlockDetected) deadlock detected\nDETAIL:  Process 123 waits "
        "for ShareLock on transaction 456; blocked by process 789.",
        None,
        T,
    ),
    (
        "psycopg.errors.DatabaseError",
        "could not serialize access due to concurrent update",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "could not serialize access due to read/write dependencies among transactions",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "canceling statement due to lock timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not obtain lock on row in relation "orders"',
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "canceling statement due to statement timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "terminating connection due to idle-in-transaction timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not extend file "base/16384/16385": No space left on device\nHINT:  Check free disk space.',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'out of memory\nDETAIL:  Failed on request of size 8192 in memory context "ExecutorState".',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "out of shared memory\nHINT:  You might need to increase max_locks_per_transaction.",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not write to file "base/pgsql_tmp/pgsql_tmp123.0": No space left on device',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "temporary file size exceeds temp_file_limit (1048576kB)",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'too many connections for role "app"',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'too many connections for database "orders"',
        None,
        R,
    ),
    (
        "psycopg.errors.DatabaseError",
        'duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key '
        "(email)=(a@b.c) already exists.",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'insert or update on table "orders" violates foreign key constraint '
        '"orders_user_id_fkey"\nDETAIL:  Key (user_id)=(42) is not present in table '
        '"users".',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'null value in column "email" of relation "users" violates not-null constraint',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'new row for relation "orders" violates check constraint "orders_amount_check"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'conflicting key value violates exclusion constraint "no_overlap"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'update or delete on table "users" violates foreign key constraint "orders_user_id_fkey" on table "orders"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input syntax for type integer: "abc"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input syntax for type uuid: "123"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "value too long for type character varying(32)",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "numeric field overflow\nDETAIL:  A field with precision 10, scale 2 must round "
        "to an absolute value less than 10^8.",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "integer out of range",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'date/time field value out of range: "2024-13-45"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid byte sequence for encoding "UTF8": 0x00',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input value for enum order_status: "shipped2"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'relation "orders" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'column "emial" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "function foo(integer) does not exist\nHINT:  No function matches the given name and argument types.",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'syntax error at or near "SELEC"',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "permission denied for table orders",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "permission denied for schema public",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "must be owner of table orders",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'schema "analytics" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'type "citext" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "current transaction is aborted, commands ignored until end of transaction block",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'prepared statement "__asyncpg_stmt_1__" does not exist',
        None,
        P,
    ),
    (
        "asyncpg.exceptions.TooManyConnectionsError",
        "sorry, too many clients already",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.ConnectionDoesNotExistError",
        "connection was closed in the middle of operation",
        None,
        T,
    ),
    (
        "asyncpg.exceptions._base.InterfaceError",
        "cannot perform operation: another operation is in progress",
        None,
        P,
    ),
    (
        "asyncpg.exceptions._base.InterfaceError",
        "connection is closed",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1205, 'Lock wait timeout exceeded; try restarting transaction')",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1213, 'Deadlock found when trying to get lock; try restarting transaction')",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Deadlock found when trying to get lock; try restarting transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lock wait timeout exceeded; try restarting transaction",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2013, 'Lost connection to MySQL server during query')",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2006, 'MySQL server has gone away')",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lost connection to MySQL server during query",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "MySQL server has gone away",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1040, 'Too many connections')",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Too many connections",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "User app already has more than 'max_user_connections' active connections",
        None,
        R,
    ),
    (
        "pymysql.err.OperationalError",
        "(1045, \"Access denied for user 'app'@'10.0.0.9' (using password: YES)\")",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Access denied for user 'app'@'10.0.0.9' (using password: YES)",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown database 'orders'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Table 'shop.orders' doesn't exist",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown column 'emial' in 'field list'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "You have an error in your SQL syntax; check the manual that corresponds to your "
        "MySQL server version for the right syntax to use near 'SELEC' at line 1",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "SELECT command denied to user 'app'@'10.0.0.9' for table 'orders'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Duplicate entry 'a@b.c' for key 'users.email'",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Cannot add or update a child row: a foreign key constraint fails "
        "(`shop`.`orders`, CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES "
        "`users` (`id`))",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Cannot delete or update a parent row: a foreign key constraint fails "
        "(`shop`.`orders`, CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES "
        "`users` (`id`))",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Column 'email' cannot be null",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Data too long for column 'name' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Out of range value for column 'qty' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect integer value: 'abc' for column 'qty' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect datetime value: '2024-13-45' for column 'created_at' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'name' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Check constraint 'qty_positive' is violated.",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Field 'email' doesn't have a default value",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The table 'tmp_orders' is full",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Error writing file '/tmp/MYfd=42' (OS errno 28 - No space left on device)",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Out of memory; restart server and try again (needed 65536 bytes)",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The MySQL server is running with the --read-only option so it cannot execute this statement",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Got a packet bigger than 'max_allowed_packet' bytes",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Query execution was interrupted, maximum statement execution time exceeded",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Host '10.0.0.9' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "WSREP has not yet prepared node for application use",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('40001', '[40001] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Transaction (Process ID 57) was deadlocked on lock resources with "
        "another process and has been chosen as the deadlock victim. Rerun the "
        "transaction. (1205) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Query timeout expired (0) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) (SQLDriverConnect)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: An "
        "existing connection was forcibly closed by the remote host.\\r\\n (10054) "
        "(SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: "
        "Error code 0x2749 (10057) (SQLDriverConnect)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('28000', \"[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login "
        "failed for user 'app'. (18456) (SQLDriverConnect)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42S02', \"[42S02] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Invalid object name 'dbo.orders'. (208) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42S22', \"[42S22] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Invalid column name 'emial'. (207) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Violation of PRIMARY KEY constraint 'PK_orders'. Cannot insert duplicate "
        "key in object 'dbo.orders'. The duplicate key value is (42). (2627) "
        '(SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot "
        "insert the value NULL into column 'email', table 'shop.dbo.users'; column does "
        'not allow nulls. INSERT fails. (515) (SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('22001', '[22001] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]String "
        "or binary data would be truncated. (8152) (SQLExecDirectW)')",
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('IM002', '[IM002] [unixODBC][Driver Manager]Data source name not found and no "
        "default driver specified (0) (SQLDriverConnect)')",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('01000', \"[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 17 for "
        "SQL Server' : file not found (0) (SQLDriverConnect)\")",
        None,
        P,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(1105, b\"Could not allocate space for object 'dbo.orders' in database 'shop' "
        "because the 'PRIMARY' filegroup is full.DB-Lib error message 20018, severity "
        '17")',
        None,
        R,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(9002, b\"The transaction log for database 'shop' is full due to "
        "'LOG_BACKUP'.DB-Lib error message 20018, severity 17\")",
        None,
        R,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(40613, b\"Database 'shop' on server 'srv' is not currently available. Please "
        'retry the connection later.DB-Lib error message 20018, severity 20")',
        None,
        T,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect: Adaptive "
        "Server is unavailable or does not exist (db.internal)\\n')",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00060: deadlock detected while waiting for resource",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00054: resource busy and acquire with NOWAIT specified or timeout expired",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00001: unique constraint (SHOP.USERS_EMAIL_UK) violated",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-01400: cannot insert NULL into ("SHOP"."USERS"."EMAIL")',
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-02291: integrity constraint (SHOP.FK_USER) violated - parent key not found",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-12899: value too large for column "SHOP"."USERS"."NAME" (actual: 40, maximum: 32)',
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01722: invalid number",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00942: table or view does not exist",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-00904: "EMIAL": invalid identifier',
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01017: invalid username/password; logon denied",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01031: insufficient privileges",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01653: unable to extend table SHOP.ORDERS by 128 in tablespace USERS",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-04031: unable to allocate 4160 bytes of shared memory ("shared '
        'pool","unknown object","sga heap(1,0)","kglsim object batch")',
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00020: maximum number of processes (300) exceeded",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12541: TNS:no listener",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12514: TNS:listener does not currently know of service requested in connect descriptor",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-03113: end-of-file on communication channel",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01089: immediate shutdown or close in progress - no operations are permitted",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01033: ORACLE initialization or shutdown in progress",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-08177: can't serialize access for this transaction",
        None,
        T,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-6005: cannot connect to database (CONNECTION_ID=abc).\n[Errno 111] Connection refused",
        None,
        T,
    ),
    (
        "oracledb.exceptions.InterfaceError",
        "DPY-1001: not connected to database",
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-4011: the database or network closed the connection",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "DPY-3010: connections to this database server version are not supported by python-oracledb in thin mode",
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-6000: cannot connect to database. Listener refused connection. (Similar to ORA-12514)",
        None,
        P,
    ),
    (
        "oracledb.exceptions.InterfaceError",
        "DPY-4027: no configuration directory to search for tnsnames.ora",
        None,
        P,
    ),
    (
        "oracledb.exceptions.ProgrammingError",
        'DPY-2006: keyword parameter "x" is not supported',
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-4005: timed out waiting for the connection pool to return a connection",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "DPY-4024: call timeout of 5000 ms exceeded",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "database is locked",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "database table is locked",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "no such table: orders",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "no such column: emial",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "unable to open database file",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "attempt to write a readonly database",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "database or disk is full",
        None,
        R,
    ),
    (
        "sqlite3.OperationalError",
        'near "SELEC": syntax error',
        None,
        P,
    ),
    (
        "sqlite3.DatabaseError",
        "database disk image is malformed",
        None,
        P,
    ),
    (
        "sqlite3.DatabaseError",
        "file is not a database",
        None,
        P,
    ),
    (
        "sqlite3.IntegrityError",
        "UNIQUE constraint failed: users.email",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "NOT NULL constraint failed: users.email",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "FOREIGN KEY constraint failed",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "CHECK constraint failed: qty > 0",
        None,
        V,
    ),
    (
        "sqlite3.ProgrammingError",
        "Incorrect number of bindings supplied. The current statement uses 2, and there are 3 supplied.",
        None,
        P,
    ),
    (
        "sqlite3.ProgrammingError",
        "Cannot operate on a closed database.",
        None,
        P,
    ),
    (
        "sqlite3.ProgrammingError",
        "SQLite objects created in a thread can only be used in that same thread. The "
        "object was created in thread id 1 and this is thread id 2.",
        None,
        P,
    ),
    (
        "sqlite3.InterfaceError",
        "Error binding parameter 1 - probably unsupported type.",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
        None,
        T,
    ),
    (
        "redis.exceptions.BusyLoadingError",
        "Redis is loading the dataset in memory",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "LOADING Redis is loading the dataset in memory",
        None,
        T,
    ),
    (
        "redis.exceptions.ReadOnlyError",
        "You can't write against a read only replica.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "READONLY You can't write against a read only replica.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "OOM command not allowed when used memory > 'maxmemory'.",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "MOVED 3999 127.0.0.1:6381",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "ASK 3999 127.0.0.1:6381",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "TRYAGAIN Multiple keys request during rehashing of slot",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "CLUSTERDOWN The cluster is down",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "CLUSTERDOWN Hash slot not served",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOAUTH Authentication required.",
        None,
        P,
    ),
    (
        "redis.exceptions.AuthenticationError",
        "WRONGPASS invalid username-password pair or user is disabled.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOPERM this user has no permissions to run the 'flushall' command",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR value is not an integer or out of range",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR value is not a valid float",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR unknown command 'JSON.SET', with args beginning with: 'k' '$' '{}' ",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR wrong number of arguments for 'set' command",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR syntax error",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR max number of clients reached",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to "
        "persist to disk. Commands that may modify the data set are disabled, because "
        "this instance is configured to report errors during writes if RDB snapshotting "
        "fails (stop-writes-on-bgsave-error option). Please check the Redis logs for "
        "details about the RDB error.",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "EXECABORT Transaction discarded because of previous errors.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOSCRIPT No matching script. Please use EVAL.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "CROSSSLOT Keys in request don't hash to the same slot",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR Error running script (call to f_abc): @user_script:1: user_script:1: attempt to compare nil with number",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "UNBLOCKED client unblocked via CLIENT UNBLOCK",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOREPLICAS Not enough good replicas to write.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to redis:6379. Connection refused.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Connection closed by server.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Too many connections",
        None,
        R,
    ),
    (
        "redis.exceptions.ConnectionError",
        "max number of clients reached",
        None,
        R,
    ),
    (
        "redis.exceptions.TimeoutError",
        "Timeout reading from socket",
        None,
        T,
    ),
    (
        "redis.exceptions.DataError",
        "Invalid input of type: 'dict'. Convert to a bytes, string, int or float first.",
        None,
        V,
    ),
    (
        "pymongo.errors.DuplicateKeyError",
        "E11000 duplicate key error collection: shop.users index: email_1 dup key: { "
        "email: \"a@b.c\" }, full error: {'index': 0, 'code': 11000}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Document failed validation, full error: {'ok': 0.0, 'errmsg': 'Document failed "
        "validation', 'code': 121, 'codeName': 'DocumentValidationFailure'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication "
        "failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "not authorized on shop to execute command { find: \"users\" }, full error: {'ok': "
        "0.0, 'code': 13, 'codeName': 'Unauthorized'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "WriteConflict error: this operation conflicted with another operation. Please "
        "retry your operation or multi-document transaction., full error: {'code': 112, "
        "'codeName': 'WriteConflict'}",
        None,
        T,
    ),
    (
        "pymongo.errors.NotPrimaryError",
        "not primary, full error: {'ok': 0.0, 'errmsg': 'not primary', 'code': 10107, "
        "'codeName': 'NotWritablePrimary'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "operation exceeded time limit, full error: {'ok': 0.0, 'errmsg': 'operation "
        "exceeded time limit', 'code': 50, 'codeName': 'MaxTimeMSExpired'}",
        None,
        T,
    ),
    (
        "pymongo.errors.ServerSelectionTimeoutError",
        "localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology "
        "Description: <TopologyDescription id: 1, topology_type: Unknown>",
        None,
        T,
    ),
    (
        "pymongo.errors.AutoReconnect",
        "connection closed",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "ns does not exist, full error: {'ok': 0.0, 'errmsg': 'ns does not exist', "
        "'code': 26, 'codeName': 'NamespaceNotFound'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Transaction numbers are only allowed on a replica set member or mongos, full "
        "error: {'code': 20, 'codeName': 'IllegalOperation'}",
        None,
        P,
    ),
    (
        "pymongo.errors.DocumentTooLarge",
        "BSON document too large (17000000 bytes) - the connected server supports BSON "
        "document sizes up to 16777216 bytes.",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "you are over your space quota, using 513 MB of 512 MB, full error: {'ok': 0, "
        "'errmsg': 'you are over your space quota, using 513 MB of 512 MB', 'code': "
        "8000, 'codeName': 'AtlasError'}",
        None,
        R,
    ),
    (
        "pymongo.errors.OperationFailure",
        "interrupted at shutdown, full error: {'code': 11600, 'codeName': 'InterruptedAtShutdown'}",
        None,
        T,
    ),
    (
        "cassandra.Unavailable",
        'Error from server: code=1000 [Unavailable exception] message="Cannot achieve '
        "consistency level QUORUM\" info={'consistency': 'QUORUM', 'required_replicas': "
        "2, 'alive_replicas': 1}",
        None,
        T,
    ),
    (
        "cassandra.WriteTimeout",
        "Error from server: code=1100 [Coordinator node timed out waiting for replica "
        'nodes\' responses] message="Operation timed out - received only 1 responses." '
        "info={'consistency': 'QUORUM', 'required_responses': 2, 'received_responses': "
        "1, 'write_type': 'SIMPLE'}",
        None,
        T,
    ),
    (
        "cassandra.ReadTimeout",
        "Error from server: code=1200 [Coordinator node timed out waiting for replica "
        'nodes\' responses] message="Operation timed out - received only 0 responses." '
        "info={'consistency': 'ONE', 'required_responses': 1, 'received_responses': 0}",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': "
        "ConnectionRefusedError(111, \"Tried connecting to [('10.0.0.5', 9042)]. Last "
        'error: Connection refused")})',
        None,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="unconfigured table orders"',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Undefined column name emial"',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Keyspace shop does not exist"',
        None,
        P,
    ),
    (
        "cassandra.protocol.SyntaxException",
        '<Error from server: code=2000 [Syntax error in CQL query] message="line 1:0 no '
        "viable alternative at input 'SELEC'\">",
        None,
        P,
    ),
    (
        "cassandra.AuthenticationFailed",
        "Failed to authenticate to 10.0.0.5:9042: Error from server: code=0100 [Bad "
        'credentials] message="Provided username app and/or password are incorrect"',
        None,
        P,
    ),
    (
        "cassandra.Unauthorized",
        'Error from server: code=2100 [Unauthorized] message="User app has no SELECT '
        'permission on <table shop.orders> or any of its parents"',
        None,
        P,
    ),
    (
        "cassandra.OperationTimedOut",
        "errors={'10.0.0.5:9042': 'Client request timeout. See "
        "Session.execute[_async](timeout)'}, last_host=10.0.0.5:9042",
        None,
        T,
    ),
    (
        "cassandra.protocol.ServerError",
        'Error from server: code=0000 [Server error] message="java.lang.RuntimeException: Overloaded"',
        None,
        T,
    ),
    (
        "cassandra.protocol.OverloadedErrorMessage",
        'Error from server: code=1001 [Coordinator node overloaded] message="Too many in flight hints: 10485"',
        None,
        T,
    ),
    (
        "cassandra.protocol.IsBootstrappingErrorMessage",
        "Error from server: code=1002 [Coordinator node is bootstrapping] "
        'message="Cannot read from a bootstrapping node"',
        None,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Batch too large"',
        None,
        V,
    ),
    (
        "cassandra.ReadFailure",
        "Error from server: code=1300 [Replica(s) failed to execute read] "
        'message="Operation failed - received 0 responses and 1 failures: '
        "READ_TOO_MANY_TOMBSTONES from /10.0.0.5:7000\" info={'consistency': 'ONE', "
        "'required_responses': 1, 'received_responses': 0, 'failures': 1}",
        None,
        P,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'mapper_parsing_exception', 'failed to parse field "
        "[created_at] of type [date] in document with id \\'1\\'. Preview of field\\'s "
        "value: \\'yesterday\\'')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'resource_already_exists_exception', 'index [orders/abc] already exists')",
        400,
        V,
    ),
    (
        "elasticsearch.NotFoundError",
        "NotFoundError(404, 'index_not_found_exception', 'no such index [orders]', orders, index_or_alias)",
        404,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of "
        "coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, "
        "all_bytes=0, coordinating_operation_bytes=1024, "
        "max_coordinating_and_primary_bytes=1000]')",
        429,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
        "[<http_request>] would be [1020MB], which is larger than the limit of [1000MB]')",
        429,
        R,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'search_phase_execution_exception', 'all shards failed')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'master_not_discovered_exception', 'null')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'unavailable_shards_exception', '[orders][0] primary shard is not active Timeout: [1m]')",
        503,
        T,
    ),
    (
        "elasticsearch.AuthenticationException",
        "AuthenticationException(401, 'security_exception', 'unable to authenticate user "
        "[app] for REST request [/orders/_search]')",
        401,
        P,
    ),
    (
        "elasticsearch.AuthorizationException",
        "AuthorizationException(403, 'security_exception', 'action "
        "[indices:data/write/index] is unauthorized for user [app] with effective roles "
        "[reader]')",
        403,
        P,
    ),
    (
        "elasticsearch.ConflictError",
        "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, "
        "required seqNo [5], primary term [1]. current document has seqNo [6] and "
        "primary term [1]')",
        409,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(403, 'cluster_block_exception', 'index [orders] blocked by: "
        "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
        "read-only-allow-delete block];')",
        403,
        R,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'illegal_argument_exception', 'Limit of total fields [1000] has been exceeded')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'validation_exception', 'Validation Failed: 1: this action "
        "would add [2] shards, but this cluster currently has [1000]/[1000] maximum "
        "normal shards open;')",
        400,
        R,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'parsing_exception', 'unknown query [matchh]')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'search_phase_execution_exception', 'Result window is too "
        "large, from + size must be less than or equal to: [10000] but was [20000].')",
        400,
        V,
    ),
    (
        "elasticsearch.ConnectionError",
        "Connection error caused by: "
        "NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed "
        "to establish a new connection: [Errno 111] Connection refused)",
        None,
        T,
    ),
    (
        "opensearchpy.exceptions.TransportError",
        "TransportError(429, 'too_many_requests', '429 Too Many Requests /orders/_bulk')",
        429,
        T,
    ),
    (
        "opensearchpy.exceptions.RequestError",
        "RequestError(400, 'illegal_argument_exception', 'Rejecting mapping update to "
        "[orders] as the final mapping would have more than 1 type: [_doc, order]')",
        400,
        V,
    ),
    (
        "opensearchpy.exceptions.TransportError",
        "TransportError(500, 'index_closed_exception', 'closed')",
        500,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 241. DB::Exception: Memory limit (total) exceeded: would use 14.00 GiB "
        "(attempt to allocate chunk of 4194304 bytes), maximum: 13.95 GiB. "
        "OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: "
        "While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 60. DB::Exception: Table shop.orders does not exist. (UNKNOWN_TABLE) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 47. DB::Exception: Missing columns: 'emial' while processing query: "
        "'SELECT emial FROM users', required columns: 'emial'. (UNKNOWN_IDENTIFIER) "
        "(version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 62. DB::Exception: Syntax error: failed at position 1 ('SELEC'): SELEC 1. "
        "Expected one of: Query, ... (SYNTAX_ERROR) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 516. DB::Exception: app: Authentication failed: password is incorrect, or "
        "there is no user with such name. (AUTHENTICATION_FAILED) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 497. DB::Exception: app: Not enough privileges. To execute this query, "
        "it's necessary to have the grant INSERT ON shop.orders. (ACCESS_DENIED) "
        "(version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 159. DB::Exception: Timeout exceeded: elapsed 30.001 seconds, maximum: "
        "30. (TIMEOUT_EXCEEDED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 27. DB::Exception: Cannot parse input: expected ',' before: 'abc': Row 1: "
        "... (CANNOT_PARSE_INPUT_ASSERTION_FAILED) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 6. DB::Exception: Cannot parse string 'abc' as UInt64: syntax error at "
        "begin of string. (CANNOT_PARSE_TEXT) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 243. DB::Exception: Cannot reserve 1.00 MiB, not enough space. (NOT_ENOUGH_SPACE) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 242. DB::Exception: Table is in readonly mode (replica path: "
        "/clickhouse/tables/01/orders/replicas/r1). (TABLE_IS_READ_ONLY) (version "
        "24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 999. Coordination::Exception: Connection loss. (KEEPER_EXCEPTION) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 210. DB::NetException: Connection refused (10.0.0.5:9000). (NETWORK_ERROR) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 53. DB::Exception: Type mismatch in IN or VALUES section. Expected: "
        "UInt64. Got: String. (TYPE_MISMATCH) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 81. DB::Exception: Database shop does not exist. (UNKNOWN_DATABASE) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000606 (57P03): No active warehouse selected in the current session.  Select an "
        "active warehouse with the 'use warehouse' command.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "002003 (42S02): SQL compilation error:\nObject 'SHOP.PUBLIC.ORDERS' does not exist or not authorized.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "001003 (42000): SQL compilation error:\nsyntax error line 1 at position 0 unexpected 'SELEC'.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000904 (42000): SQL compilation error: error line 1 at position 7\ninvalid identifier 'EMIAL'",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. "
        "Incorrect username or password was specified.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.OperationalError",
        "250003: Failed to get the response. Hanging? method: post, url: "
        "https://acme.snowflakecomputing.com:443/queries/v1/query-request",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100038 (22018): Numeric value 'abc' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100040 (22007): Date 'yesterday' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000630 (57014): Statement reached its statement or warehouse timeout of 3,600 second(s) and was canceled.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000625 (57014): Statement '01b2' has locked table 'ORDERS' in transaction 1700 "
        "and this lock has not yet been released.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "003001 (42501): SQL access control error:\nInsufficient privileges to operate on table 'ORDERS'",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100072 (22000): NULL result in a non-nullable column",
        None,
        V,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Exceeded rate limits: too many table update operations for this table. For "
        "more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
        403,
        T,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Quota exceeded: Your project exceeded quota for free query bytes scanned.",
        403,
        R,
    ),
    (
        "google.api_core.exceptions.NotFound",
        "404 Not found: Table proj:shop.orders was not found in location US",
        404,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Access Denied: Table proj:shop.orders: User does not have permission to query table proj:shop.orders.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Resources exceeded during query execution: The query could not be executed in the allotted memory.",
        400,
        R,
    ),
    (
        "google.api_core.exceptions.InternalServerError",
        "500 An internal error occurred and the request could not be completed. Error: 3144498",
        500,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Error while reading data, error message: JSON table encountered too many "
        "errors, giving up. Rows: 1; errors: 1.",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.Conflict",
        "409 Already Exists: Table proj:shop.orders",
        409,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Transaction is aborted due to concurrent update against table proj:shop.orders.",
        400,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        '400 Syntax error: Unexpected identifier "SELEC" at [1:1]',
        400,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Unrecognized name: emial at [1:8]",
        400,
        P,
    ),
]

# The second round: rarer templates of the same servers and drivers (pgbouncer, MySQL's statement errors, Azure SQL's
# throttling, Oracle's TNS and space errors, Redis's context errors, MongoDB's update and Atlas errors, Cassandra's
# coordinator failures, Elasticsearch's cluster states, ClickHouse's limits, Snowflake's and BigQuery's job errors).
TEMPLATES_ROUND_2 = [
    (
        "psycopg2.errors.DatabaseError",
        "canceling statement due to user request",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "could not receive data from server: Connection timed out",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "SSL connection has been closed unexpectedly",
        None,
        T,
    ),
    (
        "psycopg2.InterfaceError",
        "connection already closed",
        None,
        T,
    ),
    (
        "psycopg2.InterfaceError",
        "cursor already closed",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'could not access file "$libdir/postgis-3": No such file or directory',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'extension "postgis" is not available',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'column "qty" is of type integer but expression is of type text\nHINT:  You will '
        "need to rewrite or cast the expression.",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "operator does not exist: integer = text\nHINT:  No operator matches the given "
        "name and argument types. You might need to add explicit type casts.",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "there is no unique or exclusion constraint matching the ON CONFLICT specification",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "ON CONFLICT DO UPDATE command cannot affect row a second time\nHINT:  Ensure "
        "that no rows proposed for insertion within the same command have duplicate "
        "constrained values.",
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'malformed array literal: "a,b"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid input syntax for type json\nDETAIL:  Token "abc" is invalid.',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'unterminated quoted string at or near "\'abc"',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'index row size 3456 exceeds btree version 4 maximum 2704 for index "orders_note_idx"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'could not resize shared memory segment "/PostgreSQL.123" to 8388608 bytes: No space left on device',
        None,
        R,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "cannot drop table users because other objects depend on it",
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "ERROR:  query_wait_timeout\nserver closed the connection unexpectedly",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "ERROR:  no more connections allowed (max_client_conn)",
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        "ERROR:  server login has been failing, try again later (server_login_retry)",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "ERROR:  pgbouncer cannot connect to server",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "SSL error: decryption failed or bad record mac",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "too many dynamic shared memory segments",
        None,
        R,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "out of shared memory\nHINT:  You might need to increase max_pred_locks_per_transaction.",
        None,
        R,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'replication slot "sub1" does not exist',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "all replication slots are in use\nHINT:  Free one or increase max_replication_slots.",
        None,
        R,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'database "orders" is being accessed by other users\nDETAIL:  There is 1 other session using the database.',
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "value too long for type character(2)",
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid input syntax for type timestamp: "yesterday-ish"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'insufficient privilege to create extension "pgcrypto"',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "could not connect to server: No such file or directory\n\tIs the server running "
        "locally and accepting\n\tconnections on Unix domain socket "
        '"/var/run/postgresql/.s.PGSQL.5432"?',
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  sorry, too many clients already",
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is not yet accepting connections\nDETAIL:  "
        "Consistent recovery state has not been yet reached.",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "deadlock detected",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "canceling statement due to conflict with recovery\nDETAIL:  User was holding a relation lock for too long.",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  password authentication failed for user "app"',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "SCRAM authentication requires libpq version 10 or above",
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "server does not support SSL, but SSL was required",
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'root certificate file "/root/.postgresql/root.crt" does not exist\nEither '
        "provide the file or change sslmode to disable server certificate verification.",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        '1005 (HY000): Can\'t create table `shop`.`orders` (errno: 150 "Foreign key constraint is incorrectly formed")',
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        'Can\'t create table `shop`.`orders` (errno: 150 "Foreign key constraint is incorrectly formed")',
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown MySQL server host 'db.internal' (-2)",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Authentication plugin 'caching_sha2_password' cannot be loaded: "
        "/usr/lib/mysql/plugin/caching_sha2_password.so: cannot open shared object file",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The total number of locks exceeds the lock table size",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Got error 28 from storage engine",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Row size too large. The maximum row size for the used table type, not counting BLOBs, is 65535.",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Data truncated for column 'status' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Commands out of sync; you can't run this command now",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lost connection to MySQL server at 'reading initial communication packet', system error: 0",
        None,
        T,
    ),
    (
        "pymysql.err.ProgrammingError",
        "(1065, 'Query was empty')",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Operand should contain 1 column(s)",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Column 'id' in field list is ambiguous",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Illegal mix of collations (utf8mb4_unicode_ci,IMPLICIT) and (utf8mb4_general_ci,IMPLICIT) for operation '='",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Invalid use of group function",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Expression #1 of SELECT list is not in GROUP BY clause and contains "
        "nonaggregated column 'shop.o.id' which is not functionally dependent on columns "
        "in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Specified key was too long; max key length is 3072 bytes",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Out of sort memory, consider increasing server sort buffer size",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Can't create a new thread (errno 11); if you are not out of available memory, "
        "you can consult the manual for a possible OS-dependent bug",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Got timeout reading communication packets",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Server shutdown in progress",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Table 'orders' was not locked with LOCK TABLES",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Duplicate column name 'email'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect date value: '2024-02-30' for column 'day' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Truncated incorrect DOUBLE value: 'abc'",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Access denied; you need (at least one of) the SUPER privilege(s) for this operation",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Your password has expired. To log in you must change it using a client that supports expired passwords.",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Host '10.0.0.9' is not allowed to connect to this MySQL server",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "No database selected",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "User 'app' has exceeded the 'max_questions' resource (current value: 1000)",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Deadlock found when trying to get lock; try restarting transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Plugin 'InnoDB' is not loaded",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Statement violates GTID consistency: CREATE TABLE ... SELECT.",
        None,
        P,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(18456, b\"Login failed for user 'app'.DB-Lib error message 20018, severity 14\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot "
        'open database "shop" requested by the login. The login failed. (4060) '
        "(SQLDriverConnect)')",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The "
        "service is currently busy. Retry the request after 10 seconds. Incident ID: "
        "{abc}. Code: 4325378. (40501) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The "
        "service has encountered an error processing your request. Please try again. "
        "Error code 4815. (40197) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Resource ID : 1. The request limit for the database is 300 and has been "
        "reached. See http://go.microsoft.com/fwlink/?LinkId=267637 for assistance. "
        "(10928) (SQLExecDirectW)')",
        None,
        R,
    ),
    (
        "pyodbc.Error",
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The "
        "database \\'shop\\' has reached its size quota. Partition or delete data, drop "
        "indexes, or consult the documentation for possible resolutions. (40544) "
        "(SQLExecDirectW)')",
        None,
        R,
    ),
    (
        "pyodbc.Error",
        "('HY000', '[HY000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Lock "
        "request time out period exceeded. (1222) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HY000', \"[HY000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Snapshot isolation transaction aborted due to update conflict. You "
        "cannot use snapshot isolation to access table 'dbo.orders' directly or "
        "indirectly in database 'shop' to update, delete, or insert the row that has "
        "been modified or deleted by another transaction. Retry the transaction or "
        "change the isolation level for the update/delete statement. (3960) "
        '(SQLExecDirectW)")',
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('22003', '[22003] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Arithmetic overflow error converting expression to data type int. (8115) "
        "(SQLExecDirectW)')",
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('22018', \"[22018] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Conversion failed when converting the varchar value 'abc' to data type "
        'int. (245) (SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('22007', '[22007] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Conversion failed when converting date and/or time from character "
        "string. (241) (SQLExecDirectW)')",
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('23000', '[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The "
        'INSERT statement conflicted with the FOREIGN KEY constraint "FK_orders_users". '
        'The conflict occurred in database "shop", table "dbo.users", column \\\'id\\\'. '
        "(547) (SQLExecDirectW)')",
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot "
        "insert duplicate key row in object 'dbo.users' with unique index 'ix_email'. "
        'The duplicate key value is (a@b.c). (2601) (SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The "
        "SELECT permission was denied on the object 'orders', database 'shop', schema "
        "'dbo'. (229) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Incorrect syntax near 'SELEC'. (102) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Could "
        "not find stored procedure 'usp_x'. (2812) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]There "
        "is insufficient system memory in resource pool 'default' to run this query. "
        '(701) (SQLExecDirectW)")',
        None,
        R,
    ),
    (
        "pyodbc.Error",
        "('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]Communication link "
        "failure (0) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: "
        "[error:0A000086:SSL routines::certificate verify failed:self-signed "
        "certificate] (-1) (SQLDriverConnect)')",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('07002', '[07002] [Microsoft][ODBC Driver 18 for SQL Server]COUNT field "
        "incorrect or syntax error (0) (SQLExecDirectW)')",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('22001', \"[22001] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]String "
        "or binary data would be truncated in table 'shop.dbo.users', column 'name'. "
        "Truncated value: 'abc'. (2628) (SQLExecDirectW)\")",
        None,
        V,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(1205, b'Transaction (Process ID 61) was deadlocked on lock resources with "
        "another process and has been chosen as the deadlock victim. Rerun the "
        "transaction.DB-Lib error message 20018, severity 13')",
        None,
        T,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(20047, b'DB-Lib error message 20047, severity 9:\\nDBPROCESS is dead or not enabled\\n')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) (SQLDriverConnect)')",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01652: unable to extend temp segment by 128 in tablespace TEMP",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00018: maximum number of sessions exceeded",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12170: TNS:Connect timeout occurred",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12537: TNS:connection closed",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12528: TNS:listener: all appropriate instances are blocking new connections",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-03135: connection lost contact",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00028: your session has been killed",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-04068: existing state of packages has been discarded",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00933: SQL command not properly ended",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00936: missing expression",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01861: literal does not match format string",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01843: not a valid month",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01438: value larger than specified precision allowed for this column",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-02292: integrity constraint (SHOP.FK_USER) violated - child record found",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-02290: check constraint (SHOP.QTY_POSITIVE) violated",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-01407: cannot update ("SHOP"."USERS"."EMAIL") to NULL',
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-28000: The account is locked.",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-28001: the password has expired",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01045: user APP lacks CREATE SESSION privilege; logon denied",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-30036: unable to extend segment by 8 in undo tablespace 'UNDOTBS1'",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved.",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-04030: out of process memory when trying to allocate 16328 bytes (koh-kghu sessi,pmuccst: adt/record)",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01034: ORACLE not available",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12154: TNS:could not resolve the connect identifier specified",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01000: maximum open cursors exceeded",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00051: timeout occurred while waiting for a resource",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-30006: resource busy; acquire with WAIT timeout expired",
        None,
        T,
    ),
    (
        "oracledb.exceptions.InterfaceError",
        "DPY-4001: no credentials specified",
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        'DPY-6001: cannot connect to database (CONNECTION_ID=abc). Service "orclpdb" is '
        'not registered with the listener at host "db" port 1521. (Similar to ORA-12514)',
        None,
        P,
    ),
    (
        "oracledb.exceptions.NotSupportedError",
        "DPY-3015: password verifier type 0x939 is not supported by python-oracledb in thin mode",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'DPY-4000: unable to find "orcl" in /opt/oracle/network/admin/tnsnames.ora',
        None,
        P,
    ),
    (
        "sqlite3.DataError",
        "string or blob too big",
        None,
        V,
    ),
    (
        "sqlite3.OperationalError",
        "interrupted",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "disk I/O error",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "database schema has changed",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "no such function: json_extract",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "cannot start a transaction within a transaction",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "cannot commit - no transaction is active",
        None,
        P,
    ),
    (
        "sqlite3.ProgrammingError",
        "You can only execute one statement at a time.",
        None,
        P,
    ),
    (
        "sqlite3.IntegrityError",
        "datatype mismatch",
        None,
        V,
    ),
    (
        "sqlite3.OperationalError",
        "locking protocol",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "out of memory",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR Protocol error: invalid multibulk length",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR EXEC without MULTI",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR MULTI calls can not be nested",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR invalid expire time in 'set' command",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR no such key",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR The ID specified in XADD is equal or smaller than the target stream top item",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOGROUP No such key 'orders' or consumer group 'workers' in XREADGROUP with GROUP option",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR This instance has cluster support disabled",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR Client sent AUTH, but no password is set",
        None,
        P,
    ),
    (
        "redis.exceptions.AuthenticationError",
        "invalid password",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR DB index is out of range",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR min or max is not a float",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR timeout is not a float or out of range",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR Can't execute 'set': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / "
        "RESET are allowed in this context",
        None,
        P,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error while reading from socket: (104, 'Connection reset by peer')",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error -3 connecting to redis:6379. Temporary failure in name resolution.",
        None,
        T,
    ),
    (
        "redis.exceptions.TimeoutError",
        "Error 110 connecting to redis:6379. Connection timed out.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 99 connecting to localhost:6379. Cannot assign requested address.",
        None,
        R,
    ),
    (
        "redis.exceptions.SlotNotCoveredError",
        "Command # 1 (GET k) of pipeline caused error: Cannot find a node that serves slot 1234",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "Unknown Index name",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "OOM command not allowed under OOM prevention.",
        None,
        R,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error UNKNOWN while writing to socket. Connection lost.",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Primary stepped down while waiting for replication, full error: {'code': 189, "
        "'codeName': 'PrimarySteppedDown'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "operation was interrupted because a client disconnected, full error: {'code': "
        "279, 'codeName': 'ClientDisconnect'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "node is recovering, full error: {'code': 13436, 'codeName': 'NotPrimaryOrSecondary'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Transaction with { txnNumber: 3 } has been aborted., full error: {'code': 251, "
        "'codeName': 'NoSuchTransaction', 'errorLabels': ['TransientTransactionError']}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Total size of all transaction operations must be less than 16793600. Actual "
        "size is 16793700, full error: {'code': 10334, 'codeName': 'BSONObjectTooLarge'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Can't take a write lock while out of disk space, full error: {'code': 14031, 'codeName': 'OutOfDiskSpace'}",
        None,
        R,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Cannot apply $inc to a value of non-numeric type. {_id: 1} has the field 'qty' "
        "of non-numeric type string, full error: {'code': 14, 'codeName': 'TypeMismatch'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Performing an update on the path '_id' would modify the immutable field '_id', "
        "full error: {'code': 66, 'codeName': 'ImmutableField'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Updating the path 'a' would create a conflict at 'a', full error: {'code': 40, "
        "'codeName': 'ConflictingUpdateOperators'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "user is not allowed to do action [find] on [shop.orders], full error: {'ok': 0, "
        "'errmsg': 'user is not allowed to do action [find] on [shop.orders]', 'code': "
        "8000, 'codeName': 'AtlasError'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : "
        "Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}",
        None,
        P,
    ),
    (
        "pymongo.errors.ServerSelectionTimeoutError",
        'No replica set members match selector "Primary()", Timeout: 30s, Topology '
        "Description: <TopologyDescription id: 1, topology_type: ReplicaSetNoPrimary>",
        None,
        T,
    ),
    (
        "pymongo.errors.ConfigurationError",
        "The DNS query name does not exist: _mongodb._tcp.cluster0.abc.mongodb.net.",
        None,
        P,
    ),
    (
        "pymongo.errors.InvalidOperation",
        "Cannot use MongoClient after close",
        None,
        P,
    ),
    (
        "pymongo.errors.WTimeoutError",
        "waiting for replication timed out, full error: {'code': 64, 'codeName': 'WriteConcernFailed'}",
        None,
        T,
    ),
    (
        "pymongo.errors.NetworkTimeout",
        "db:27017: timed out",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        'Could not find host matching read preference { mode: "primary" } for set rs0, '
        "full error: {'code': 133, 'codeName': 'FailedToSatisfyReadPreference'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Exceeded memory limit for $group, but didn't allow external sort. Pass "
        "allowDiskUse:true to opt in., full error: {'code': 16945}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "$in needs an array, full error: {'code': 2, 'codeName': 'BadValue'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Resulting document after update is larger than 16777216, full error: {'code': 17419}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "command insert requires authentication, full error: {'code': 13, 'codeName': 'Unauthorized'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Cache eviction is required, full error: {'code': 112, 'codeName': 'WriteConflict'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Index with name: email_1 already exists with different options, full error: "
        "{'code': 85, 'codeName': 'IndexOptionsConflict'}",
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Invalid STRING constant (abc) for "id" of type int"',
        None,
        V,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Key may not be empty"',
        None,
        V,
    ),
    (
        "cassandra.WriteFailure",
        "Error from server: code=1500 [Replica(s) failed to execute write] "
        'message="Operation failed - received 0 responses and 1 failures" '
        "info={'consistency': 'LOCAL_QUORUM', 'required_responses': 2, "
        "'received_responses': 0, 'failures': 1}",
        None,
        T,
    ),
    (
        "cassandra.protocol.ConfigurationException",
        "<Error from server: code=2300 [Query invalid because of configuration issue] "
        'message="Cannot add existing table "orders" to keyspace "shop"">',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Cannot execute this query '
        "as it might involve data filtering and thus may have unpredictable performance. "
        "If you want to execute this query despite the performance unpredictability, use "
        'ALLOW FILTERING"',
        None,
        P,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to complete the operation against any hosts', {<Host: 10.0.0.5:9042 "
        "dc1>: ConnectionException('Host has been marked down or removed')})",
        None,
        T,
    ),
    (
        "cassandra.OperationTimedOut",
        "errors={}, last_host=None",
        None,
        T,
    ),
    (
        "cassandra.protocol.TruncateError",
        'Error from server: code=1003 [Error during truncate] message="Error during '
        'truncate: Cannot achieve consistency level ALL"',
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': "
        "AuthenticationFailed('Failed to authenticate to 10.0.0.5:9042: Error from "
        'server: code=0100 [Bad credentials] message="Provided username app and/or '
        "password are incorrect\"')})",
        None,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'no_shard_available_action_exception', 'No shard available for [get [orders][1]]')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'node_not_connected_exception', '[node-2][10.0.0.6:9300] Node not connected')",
        500,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'receive_timeout_transport_exception', "
        "'[node-2][10.0.0.6:9300][indices:data/read/search] request_id [123] timed out "
        "after [30000ms]')",
        500,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'process_cluster_event_timeout_exception', 'failed to process "
        "cluster event (put-mapping [orders/abc]) within 30s')",
        503,
        T,
    ),
    (
        "elasticsearch.NotFoundError",
        "NotFoundError(404, 'document_missing_exception', '[_doc][1]: document missing')",
        404,
        P,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to "
        "strict, dynamic introduction of [emial] within [_doc] is not allowed')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'illegal_argument_exception', 'Text fields are not "
        "optimised for operations that require per-document field data like aggregations "
        "and sorting, so these operations are disabled by default. Please use a keyword "
        "field instead.')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'search_phase_execution_exception', 'failed to create query: For input string: \"abc\"')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'too_many_clauses', 'maxClauseCount is set to 1024')",
        400,
        V,
    ),
    (
        "elasticsearch.AuthenticationException",
        "AuthenticationException(401, 'security_exception', 'missing authentication "
        "credentials for REST request [/orders/_search]')",
        401,
        P,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'action_request_validation_exception', 'Validation Failed: 1: index is missing;')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'invalid_index_name_exception', 'Invalid index name [Orders], must be lowercase')",
        400,
        V,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(403, 'cluster_block_exception', 'index [orders] blocked by: [FORBIDDEN/8/index write (api)];')",
        403,
        P,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'x_content_parse_exception', '[1:10] [bool] failed to parse field [must]')",
        400,
        V,
    ),
    (
        "elasticsearch.ConnectionTimeout",
        "Connection timed out",
        None,
        T,
    ),
    (
        "opensearchpy.exceptions.AuthorizationException",
        "AuthorizationException(403, 'security_exception', 'no permissions for "
        "[indices:data/write/bulk] and User [name=app, backend_roles=[], "
        "requestedTenant=null]')",
        403,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(413, 'Request Entity Too Large')",
        413,
        V,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of "
        "org.elasticsearch.transport.TransportService$4@1 on EsThreadPoolExecutor[name = "
        "node-1/write, queue capacity = 10000]')",
        429,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 210. DB::NetException: Connection reset by peer, while reading from "
        "socket (10.0.0.5:9000). (NETWORK_ERROR) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 209. DB::NetException: Timeout exceeded while reading from socket "
        "(10.0.0.5:9000, 300000 ms). (SOCKET_TIMEOUT) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 32. DB::Exception: Attempt to read after eof. (ATTEMPT_TO_READ_AFTER_EOF) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 164. DB::Exception: app: Cannot execute query in readonly mode. (READONLY) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 396. DB::Exception: Limit for result exceeded, max rows: 1.00 million, "
        "current rows: 1.05 million. (TOO_MANY_ROWS_OR_BYTES) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 158. DB::Exception: Limit for rows (controlled by 'max_rows_to_read' "
        "setting) exceeded, max rows: 100.00 million, current rows: 120.00 million. "
        "(TOO_MANY_ROWS) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 173. DB::Exception: Cannot allocate memory. (CANNOT_ALLOCATE_MEMORY) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 43. DB::Exception: Illegal type String of argument of function plus: "
        "While processing qty + 1. (ILLEGAL_TYPE_OF_ARGUMENT) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 46. DB::Exception: Unknown function lenght. Maybe you meant: ['length']. "
        "(UNKNOWN_FUNCTION) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 117. DB::Exception: Unknown field found while parsing JSONEachRow format: "
        "emial: (at row 1). (INCORRECT_DATA) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 26. DB::Exception: Cannot parse JSON string: expected opening quote: "
        "(while reading the value of key name): (at row 1). (CANNOT_PARSE_QUOTED_STRING) "
        "(version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 38. DB::Exception: Cannot parse date: value is too short: while "
        "converting 'x' to Date. (CANNOT_PARSE_DATE) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 225. DB::Exception: ZooKeeper session has been expired. (NO_ZOOKEEPER) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 319. DB::Exception: Unknown status, client must retry. Reason: Connection "
        "loss. (UNKNOWN_STATUS_OF_INSERT) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 279. DB::NetException: All connection tries failed. Log: \n\nCode: 210. "
        "DB::NetException: Connection refused (ch-1:9000). (NETWORK_ERROR). "
        "(ALL_CONNECTION_TRIES_FAILED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        'Code: 473. DB::Exception: WRITE locking attempt on "shop.orders" has timed out! '
        "(120000ms) Possible deadlock avoided. Client should retry. (DEADLOCK_AVOIDED) "
        "(version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 439. DB::Exception: Cannot schedule a task: no free thread (timeout=0) "
        "(threads=10000, jobs=10000). (CANNOT_SCHEDULE_TASK) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 192. DB::Exception: Unknown user app. (UNKNOWN_USER) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 291. DB::Exception: Database shop is not accessible. (DATABASE_ACCESS_DENIED) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.OperationalError",
        "Error HTTPConnectionPool(host='ch', port=8123): Max retries exceeded with url: "
        "/?query_id=abc (Caused by "
        "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed "
        "to establish a new connection: [Errno 111] Connection refused')) executing HTTP "
        "request attempt 1 (http://ch:8123)",
        None,
        T,
    ),
    (
        "clickhouse_driver.errors.ServerException",
        "Code: 241.\nDB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB "
        "(attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB. Stack trace:",
        None,
        R,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "002043 (02000): SQL compilation error:\nObject does not exist, or operation cannot be performed.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "090105 (22000): Cannot perform SELECT. This session does not have a current "
        "database. Call 'USE DATABASE', or use a qualified name.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "000603 (XX000): SQL execution internal error:\nProcessing aborted due to error "
        "300005:3574013097; incident 1234567.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "390144 (08004): JWT token is invalid.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "390100 (08004): Incorrect username or password was specified.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000604 (57014): SQL execution canceled",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100035 (22007): Timestamp 'yesterday' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        '100069 (22P02): Error parsing JSON: unknown keyword "abc", pos 4',
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "090064 (22000): Warehouse 'WH' cannot be resumed because resource monitor 'RM' has exceeded its quota.",
        None,
        R,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "251005: User is empty",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100183 (P0000): Stored procedure execution error: Uncaught exception of type "
        "'STATEMENT_ERROR' on line 3 at position 4 : Numeric value 'x' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000904 (42000): SQL compilation error: error line 1 at position 7\ninvalid identifier 'EMIAL'",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000606 (57P03): No active warehouse selected in the current session.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100097 (22P02): Error parsing JSON: incomplete object value, pos 10",
        None,
        V,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Exceeded rate limits: too many api requests per user per method for this "
        "user_method. For more information, see "
        "https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
        403,
        T,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Quota exceeded: Your table exceeded quota for imports or query appends per "
        "table. For more information, see "
        "https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
        403,
        R,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Cannot query over table 'proj.ds.events' without a filter over column(s) "
        "'ts' that can be used for partition elimination",
        400,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Invalid timestamp: 'yesterday'",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 No matching signature for function DATE_ADD for argument types: STRING, "
        "INTERVAL INT64 DATE_TIME_PART. Supported signature: DATE_ADD(DATE, INTERVAL "
        "INT64 DATE_TIME_PART) at [1:8]",
        400,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Provided Schema does not match Table proj:ds.t. Field qty has changed type from INTEGER to STRING",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.NotFound",
        "404 Not found: Dataset proj:ds was not found in location EU",
        404,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Billing has not been enabled for this project. Enable billing at "
        "https://console.cloud.google.com/billing. DML queries are not allowed in the "
        "free tier. Set up a billing account to remove this restriction.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Access Denied: BigQuery BigQuery: Permission denied while getting Drive credentials.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Request had insufficient authentication scopes.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.ServiceUnavailable",
        "503 Error encountered during execution. Retrying may solve the problem.",
        503,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Too many DML statements outstanding against table proj:ds.t, limit is 20.",
        400,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 The query is too large. The maximum standard SQL query length is 1024.00K "
        "characters, including comments and white space characters.",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Could not serialize access to table proj:ds.t due to concurrent update",
        400,
        T,
    ),
    (
        "google.api_core.exceptions.DeadlineExceeded",
        "504 Deadline Exceeded",
        504,
        T,
    ),
    (
        "google.auth.exceptions.RefreshError",
        "('invalid_grant: Token has been expired or revoked.', {'error': "
        "'invalid_grant', 'error_description': 'Token has been expired or revoked.'})",
        None,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Request payload size exceeds the limit: 10485760 bytes.",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.InternalServerError",
        "500 Error encountered during execution. Retrying may solve the problem.",
        500,
        T,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Exceeded rate limits: too many table update operations for this table.",
        403,
        T,
    ),
    (
        "google.cloud.bigquery.dbapi.exceptions.DatabaseError",
        "400 Syntax error: Expected end of input but got keyword SELECT at [1:10]",
        None,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Query exceeded resource limits. This query used 42004 CPU seconds but would "
        "charge only 10M Analysis bytes. This exceeds the ratio supported by the "
        "on-demand pricing model.",
        400,
        V,
    ),
]

# The third round: the client libraries' own texts (SQLAlchemy, asyncpg, psycopg and psycopg_pool, redis-py, pymongo and
# bson, elasticsearch-py and elastic-transport, cassandra-driver, clickhouse-connect and clickhouse-driver, Snowflake
# connector, google-cloud-bigquery), as they print them around the servers' replies or before any request.
TEMPLATES_ROUND_3 = [
    (
        "sqlalchemy.exc.TimeoutError",
        "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout "
        "30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)",
        None,
        R,
    ),
    (
        "sqlalchemy.exc.PendingRollbackError",
        "Can't reconnect until invalid transaction is rolled back.  Please rollback() "
        "fully before proceeding (Background on this error at: "
        "https://sqlalche.me/e/20/8s2b)",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.ArgumentError",
        "Could not parse SQLAlchemy URL from string 'postgres//app@db/orders'",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.NoSuchModuleError",
        "Can't load plugin: sqlalchemy.dialects:postgres",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.InvalidRequestError",
        "A value is required for bind parameter 'user_id' (Background on this error at: https://sqlalche.me/e/20/cd3x)",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.ResourceClosedError",
        "This result object does not return rows. It has been closed automatically.",
        None,
        P,
    ),
    (
        "sqlalchemy.orm.exc.DetachedInstanceError",
        "Instance <User at 0x7f> is not bound to a Session; attribute refresh operation "
        "cannot proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.MissingGreenlet",
        "greenlet_spawn has not been called; can't call await_only() here. Was IO "
        "attempted in an unexpected place? (Background on this error at: "
        "https://sqlalche.me/e/20/xd2s)",
        None,
        P,
    ),
    (
        "sqlalchemy.orm.exc.StaleDataError",
        "UPDATE statement on table 'orders' expected to update 1 row(s); 0 were matched.",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.OperationalError",
        "(psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis "
        "probably means the server terminated abnormally\n\tbefore or while processing the "
        "request.\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.IntegrityError",
        "(psycopg2.errors.UniqueViolation) duplicate key value violates unique "
        'constraint "users_email_key"\nDETAIL:  Key (email)=(a@b.c) already exists.',
        None,
        V,
    ),
    (
        "sqlalchemy.exc.ProgrammingError",
        '(psycopg2.errors.UndefinedTable) relation "orders" does not exist\nLINE 1: '
        "SELECT * FROM orders\n                      ^",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.DBAPIError",
        "(asyncpg.exceptions.TooManyConnectionsError) sorry, too many clients already",
        None,
        R,
    ),
    (
        "sqlalchemy.exc.OperationalError",
        "(pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.OperationalError",
        "(sqlite3.OperationalError) database is locked",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.DataError",
        '(psycopg2.errors.InvalidTextRepresentation) invalid input syntax for type integer: "abc"',
        None,
        V,
    ),
    (
        "sqlalchemy.exc.InterfaceError",
        "(sqlite3.InterfaceError) Error binding parameter 0 - probably unsupported type.",
        None,
        V,
    ),
    (
        "sqlalchemy.exc.NoReferencedTableError",
        "Foreign key associated with column 'orders.user_id' could not find table "
        "'users' with which to generate a foreign key to target column 'id'",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.NoResultFound",
        "No row was found when one was required",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.MultipleResultsFound",
        "Multiple rows were found when exactly one was required",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.InvalidRequestError",
        "Object '<User at 0x7f>' is already attached to session '3' (this is '4')",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.UnboundExecutionError",
        "Could not locate a bind configured on mapper Mapper[User(users)] or this Session.",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.CompileError",
        "Unconsumed column names: emial",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.InvalidRequestError",
        "This connection is on an inactive transaction.  Please rollback() fully before proceeding.",
        None,
        P,
    ),
    (
        "sqlalchemy.exc.ResourceClosedError",
        "This Connection is closed",
        None,
        P,
    ),
    (
        "asyncpg.exceptions.InterfaceError",
        "cannot perform operation: another operation is in progress",
        None,
        P,
    ),
    (
        "asyncpg.exceptions._base.InterfaceError",
        "cannot call Connection.execute(): connection has been released back to the pool",
        None,
        P,
    ),
    (
        "asyncpg.exceptions.DataError",
        "invalid input for query argument $1: 'abc' (an integer is required (got type str))",
        None,
        V,
    ),
    (
        "asyncpg.exceptions.InterfaceError",
        "the server expects 2 arguments for this query, 1 was passed",
        None,
        P,
    ),
    (
        "asyncpg.exceptions.ConnectionDoesNotExistError",
        "connection was closed in the middle of operation",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.InterfaceError",
        "pool is closing",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.InvalidPasswordError",
        'password authentication failed for user "app"',
        None,
        P,
    ),
    (
        "asyncpg.exceptions.InvalidCatalogNameError",
        'database "orders" does not exist',
        None,
        P,
    ),
    (
        "builtins.ConnectionRefusedError",
        "[Errno 111] Connect call failed ('10.0.0.5', 5432)",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.CannotConnectNowError",
        "the database system is starting up",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.QueryCanceledError",
        "canceling statement due to statement timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.UniqueViolationError",
        'duplicate key value violates unique constraint "users_pkey"',
        None,
        V,
    ),
    (
        "asyncpg.exceptions.InsufficientPrivilegeError",
        "permission denied for table orders",
        None,
        P,
    ),
    (
        "asyncpg.exceptions.UndefinedTableError",
        'relation "orders" does not exist',
        None,
        P,
    ),
    (
        "asyncpg.exceptions.DiskFullError",
        'could not extend file "base/16384/16385": No space left on device',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.OutOfMemoryError",
        "out of memory",
        None,
        R,
    ),
    (
        "psycopg.OperationalError",
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
        "Connection refused\n\tIs the server running on that host and accepting TCP/IP "
        "connections?",
        None,
        T,
    ),
    (
        "psycopg.OperationalError",
        "the connection is closed",
        None,
        T,
    ),
    (
        "psycopg.OperationalError",
        "consuming input failed: server closed the connection unexpectedly",
        None,
        T,
    ),
    (
        "psycopg.InterfaceError",
        "the cursor is closed",
        None,
        P,
    ),
    (
        "psycopg.ProgrammingError",
        "the query has 2 placeholders but 1 parameters were passed",
        None,
        P,
    ),
    (
        "psycopg.ProgrammingError",
        "only '%s', '%b', '%t' are allowed as placeholders, got '%d'",
        None,
        P,
    ),
    (
        "psycopg_pool.PoolTimeout",
        "couldn't get a connection after 30.00 sec",
        None,
        R,
    ),
    (
        "psycopg_pool.TooManyRequests",
        "the pool 'pool-1' has already 100 requests waiting",
        None,
        R,
    ),
    (
        "psycopg.errors.QueryCanceled",
        "canceling statement due to statement timeout",
        None,
        T,
    ),
    (
        "psycopg.OperationalError",
        "sending query failed: another command is already in progress",
        None,
        P,
    ),
    (
        "psycopg.DataError",
        "PostgreSQL text fields cannot contain NUL (0x00) bytes",
        None,
        V,
    ),
    (
        "psycopg.errors.ProgrammingError",
        "cannot adapt type 'dict' using placeholder '%s' (format: AUTO)",
        None,
        P,
    ),
    (
        "psycopg2.ProgrammingError",
        "can't adapt type 'dict'",
        None,
        P,
    ),
    (
        "psycopg2.pool.PoolError",
        "connection pool exhausted",
        None,
        R,
    ),
    (
        "psycopg2.ProgrammingError",
        "no results to fetch",
        None,
        P,
    ),
    (
        "psycopg2.InterfaceError",
        "connection already closed",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "could not connect to server: Connection timed out\n\tIs the server running on "
        'host "db" (10.0.0.5) and accepting\n\tTCP/IP connections on port 5432?',
        None,
        T,
    ),
    (
        "psycopg2.DataError",
        "A string literal cannot contain NUL (0x00) characters.",
        None,
        V,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to localhost:6379. Connection refused.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Connection closed by server.",
        None,
        T,
    ),
    (
        "redis.exceptions.TimeoutError",
        "Timeout connecting to server",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error while reading from redis:6379 : (104, 'Connection reset by peer')",
        None,
        T,
    ),
    (
        "redis.exceptions.AuthenticationError",
        "invalid username-password pair or user is disabled.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "invalid username-password pair or user is disabled.",
        None,
        P,
    ),
    (
        "redis.exceptions.DataError",
        "Invalid input of type: 'NoneType'. Convert to a bytes, string, int or float first.",
        None,
        V,
    ),
    (
        "redis.exceptions.ClusterDownError",
        "The cluster is down",
        None,
        T,
    ),
    (
        "redis.exceptions.RedisClusterException",
        "Redis Cluster cannot be connected. Please provide at least one reachable node: None",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Connection has data",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "Command # 1 (EVALSHA abc 1 k) of pipeline caused error: NOSCRIPT No matching script. Please use EVAL.",
        None,
        P,
    ),
    (
        "redis.exceptions.LockError",
        "Unable to acquire lock within the time specified",
        None,
        T,
    ),
    (
        "redis.exceptions.WatchError",
        "Watched variable changed.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 8 connecting to redis.example.com:6379. nodename nor servname provided, or not known.",
        None,
        P,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 1 connecting to redis:6380. [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006).",
        None,
        P,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 1 connecting to redis:6380. [SSL: CERTIFICATE_VERIFY_FAILED] certificate "
        "verify failed: self-signed certificate (_ssl.c:1006).",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "unknown command 'HELLO', with args beginning with: '3' ",
        None,
        P,
    ),
    (
        "pymongo.errors.ServerSelectionTimeoutError",
        "cluster0-shard-00-00.abc.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] "
        "certificate verify failed: unable to get local issuer certificate "
        "(_ssl.c:1006), Timeout: 30s",
        None,
        P,
    ),
    (
        "pymongo.errors.ConfigurationError",
        "Unknown option replicaset_name",
        None,
        P,
    ),
    (
        "pymongo.errors.InvalidURI",
        "Invalid URI scheme: URI must begin with 'mongodb://' or 'mongodb+srv://'",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication "
        "failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
        None,
        P,
    ),
    (
        "pymongo.errors.WaitQueueTimeoutError",
        "Timed out while checking out a connection from connection pool. maxPoolSize: 100, timeout: 5.0",
        None,
        R,
    ),
    (
        "pymongo.errors.NetworkTimeout",
        "cluster0:27017: timed out (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms)",
        None,
        T,
    ),
    (
        "pymongo.errors.AutoReconnect",
        "cluster0:27017: [Errno 104] Connection reset by peer",
        None,
        T,
    ),
    (
        "pymongo.errors.BulkWriteError",
        "batch op errors occurred, full error: {'writeErrors': [{'index': 0, 'code': "
        "11000, 'errmsg': 'E11000 duplicate key error collection: shop.users index: "
        "email_1 dup key: { email: \"a@b.c\" }'}], 'nInserted': 0}",
        None,
        V,
    ),
    (
        "bson.errors.InvalidDocument",
        "cannot encode object: Decimal('1.5'), of type: <class 'decimal.Decimal'>",
        None,
        V,
    ),
    (
        "bson.errors.InvalidId",
        "'abc' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string",
        None,
        V,
    ),
    (
        "pymongo.errors.InvalidOperation",
        "Cannot use MongoClient after close",
        None,
        P,
    ),
    (
        "pymongo.errors.ExecutionTimeout",
        "operation exceeded time limit, full error: {'code': 50, 'codeName': 'MaxTimeMSExpired'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Transaction numbers are only allowed on a replica set member or mongos, full "
        "error: {'ok': 0.0, 'errmsg': 'Transaction numbers are only allowed on a replica "
        "set member or mongos', 'code': 20, 'codeName': 'IllegalOperation'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Cannot create namespace shop.orders in multi-document transaction., full error: "
        "{'code': 263, 'codeName': 'OperationNotSupportedInTransaction'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Caused by :: Write conflict during plan execution and yielding is disabled. :: "
        "Please retry your operation or multi-document transaction., full error: "
        "{'code': 112, 'codeName': 'WriteConflict', 'errorLabels': "
        "['TransientTransactionError']}",
        None,
        T,
    ),
    (
        "elastic_transport.ConnectionError",
        "Connection error caused by: ConnectionError(Connection error caused by: "
        "NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed "
        "to establish a new connection: [Errno 111] Connection refused))",
        None,
        T,
    ),
    (
        "elastic_transport.TlsError",
        "TLS error caused by: TlsError(TLS error caused by: SSLError([SSL: "
        "CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate "
        "in certificate chain (_ssl.c:1006)))",
        None,
        P,
    ),
    (
        "elasticsearch.UnsupportedProductError",
        "The client noticed that the server is not Elasticsearch and we do not support this unknown product",
        None,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(413, 'None')",
        413,
        V,
    ),
    (
        "opensearchpy.exceptions.ConnectionTimeout",
        "ConnectionTimeout caused by - "
        "ReadTimeoutError(HTTPSConnectionPool(host='search', port=443): Read timed out. "
        "(read timeout=10))",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': OSError(None, \"Tried "
        "connecting to [('10.0.0.5', 9042)]. Last error: timed out\")})",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': ProtocolError('Server "
        "protocol version (4) does not match the specified driver protocol version (5). "
        "Consider setting Cluster.protocol_version to 4.')})",
        None,
        P,
    ),
    (
        "cassandra.DriverException",
        "Keyspace 'shop' does not exist",
        None,
        P,
    ),
    (
        "builtins.TypeError",
        'Received an argument of invalid type for column "qty". Expected: <class '
        "'cassandra.cqltypes.Int32Type'>, Got: <class 'str'>; (required argument is not "
        "an integer)",
        None,
        V,
    ),
    (
        "cassandra.query.TraceUnavailable",
        "Trace information was not available within 2.0 seconds. Consider raising Session.max_trace_wait.",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': "
        "ConnectionRefusedError(111, \"Tried connecting to [('10.0.0.5', 9042)]. Last "
        'error: Connection refused")})',
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.OperationalError",
        "Error HTTPConnectionPool(host='ch', port=8123): Read timed out. (read "
        "timeout=300) executing HTTP request attempt 1 (http://ch:8123)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "HTTPDriver for http://ch:8123 received ClickHouse error code 516\n Code: 516. "
        "DB::Exception: default: Authentication failed: password is incorrect, or there "
        "is no user with such name. (AUTHENTICATION_FAILED) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DataError",
        "Invalid None value in non-Nullable column",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.ProgrammingError",
        "Unrecognized client type invalid",
        None,
        P,
    ),
    (
        "clickhouse_driver.errors.NetworkError",
        "Code: 210. Connection refused (ch:9000)",
        None,
        T,
    ),
    (
        "clickhouse_driver.errors.SocketTimeoutError",
        "Code: 209. ([Errno 110] Connection timed out) (ch:9000)",
        None,
        T,
    ),
    (
        "clickhouse_driver.errors.TypeMismatchError",
        "Code: 53. Type mismatch in VALUES section. Repeat query with types_check=True "
        "for detailed info. Column qty: argument out of range",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.OperationalError",
        "250003 (08001): None: Failed to execute request: "
        "HTTPSConnectionPool(host='acme.snowflakecomputing.com', port=443): Max retries "
        "exceeded with url: /session/v1/login-request",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "251001: Account must be specified",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. "
        "Incorrect username or password was specified.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ForbiddenError",
        "000403: 403: HTTP 403: Forbidden",
        403,
        P,
    ),
    (
        "snowflake.connector.errors.ServiceUnavailableError",
        "000503: 503: HTTP 503: Service Unavailable",
        503,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000606 (57P03): No active warehouse selected in the current session.  Select an "
        "active warehouse with the 'use warehouse' command.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "390318 (08004): The OAuth access token has expired. Please request a new token.",
        None,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 POST "
        "https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs?prettyPrint=false: "
        "Syntax error: Unexpected keyword FROM at [1:8]",
        400,
        P,
    ),
    (
        "google.api_core.exceptions.NotFound",
        "404 GET "
        "https://bigquery.googleapis.com/bigquery/v2/projects/p/datasets/ds/tables/t?prettyPrint=false: "
        "Not found: Table p:ds.t",
        404,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 POST "
        "https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs?prettyPrint=false: "
        "Access Denied: Project p: User does not have bigquery.jobs.create permission in "
        "project p.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Error while reading data, error message: CSV table encountered too many "
        "errors, giving up. Rows: 3; errors: 1. Please look into the errors[] collection "
        "for more details.",
        400,
        V,
    ),
    (
        "google.cloud.bigquery.dbapi.exceptions.ProgrammingError",
        "Insufficient parameters for query.",
        None,
        P,
    ),
    (
        "google.api_core.exceptions.Conflict",
        "409 POST "
        "https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs?prettyPrint=false: "
        "Already Exists: Job p:US.job_abc",
        409,
        V,
    ),
    (
        "google.api_core.exceptions.InternalServerError",
        "500 POST "
        "https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs?prettyPrint=false: "
        "An internal error occurred and the request could not be completed. This is "
        "usually caused by a transient issue. Retrying the job with back-off as "
        "described in the BigQuery SLA should solve the problem.",
        500,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Invalid value for type: STRINGG is not a valid value",
        400,
        V,
    ),
    (
        "google.auth.exceptions.DefaultCredentialsError",
        "Your default credentials were not found. To set up Application Default "
        "Credentials, see "
        "https://cloud.google.com/docs/authentication/external/set-up-adc for more "
        "information.",
        None,
        P,
    ),
]

# The fourth round: the servers' planner, catalog and replication texts (PostgreSQL's class 42 refusals, MySQL's table
# repair and client protocol errors, Redis's argument replies, MongoDB's query refusals, Elasticsearch's cluster states,
# ClickHouse's settings, Snowflake's casts, BigQuery's DML, Cassandra's statements, Oracle's locks and subqueries).
TEMPLATES_ROUND_4 = [
    (
        "psycopg2.errors.DatabaseError",
        "could not serialize access due to concurrent delete",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "tuple concurrently updated",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'could not obtain lock on relation "orders"',
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid input syntax for type boolean: "maybe"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid input syntax for type numeric: "1,5"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid input syntax for type date: "31/12/2024"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'time zone "Mars/Olympus" not recognized',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "invalid regular expression: parentheses () not balanced",
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "array must not contain nulls",
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "cannot cast type jsonb to integer",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "could not determine data type of parameter $1",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'bind message supplies 1 parameters, but prepared statement "" requires 2',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'missing FROM-clause entry for table "o"',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'column reference "id" is ambiguous',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'column "total" must appear in the GROUP BY clause or be used in an aggregate function',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "aggregate functions are not allowed in WHERE",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "subquery in FROM must have an alias",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "more than one row returned by a subquery used as an expression",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "permission denied to create database",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "permission denied for sequence orders_id_seq",
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "cannot execute CREATE TABLE in a read-only transaction",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'could not write to file "pg_wal/xlogtemp.123": No space left on device',
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  too many connections for role "app"',
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection due to unexpected postmaster exit",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection because protocol synchronization was lost",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  canceling authentication due to timeout",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  SSL connection is required. Please specify SSL options and retry.",
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  password authentication failed for user "app"\nFATAL:  no pg_hba.conf '
        'entry for host "10.0.0.9", user "app", database "orders", no encryption',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "could not connect to server: Network is unreachable",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "timeout expired",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "lock timeout",
        None,
        T,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'could not create unique index "users_email_key"\nDETAIL:  Key (email)=(a@b.c) is duplicated.',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'invalid byte sequence for encoding "UTF8": 0xe9 0x20 0x64',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'value "99999999999" is out of range for type integer',
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "smallint out of range",
        None,
        V,
    ),
    (
        "psycopg2.errors.DatabaseError",
        'new row violates row-level security policy for table "orders"',
        None,
        P,
    ),
    (
        "psycopg2.errors.DatabaseError",
        "statement timeout",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lock wait timeout exceeded; try restarting transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Record has changed since last read in table 'orders'",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Table 'orders' is marked as crashed and should be repaired",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect key file for table 'orders'; try to repair it",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Can't find file: './shop/orders.frm' (errno: 13 - Permission denied)",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown table 'shop.orders'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "FUNCTION shop.calc does not exist",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "PROCEDURE shop.sync does not exist",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect parameter count in the call to native function 'DATE_ADD'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Too many connections",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Sort aborted: Query execution was interrupted",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown system variable 'tx_isolation'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Client does not support authentication protocol requested by server; consider upgrading MySQL client",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Truncated incorrect INTEGER value: 'abc'",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Invalid JSON text: \"Invalid value.\" at position 0 in value for column 'orders.meta'.",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect decimal value: 'x' for column 'price' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Cannot delete or update a parent row: a foreign key constraint fails",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "BIGINT UNSIGNED value is out of range in '(`shop`.`t`.`a` - 1)'",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The used command is not allowed with this MySQL version",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lost connection to MySQL server at 'handshake: reading initial communication packet', system error: 104",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Can't connect to MySQL server on 'db:3306' (110)",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Aborted connection 123 to db: 'shop' user: 'app' host: '10.0.0.9' (Got an error "
        "reading communication packets)",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Deadlock found when trying to get lock; try restarting transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Galera cluster: WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The user specified as a definer ('admin'@'%') does not exist",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR no such key",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR source and destination objects are the same",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR increment or decrement would overflow",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR hash value is not an integer",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR invalid cursor",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOREPLICAS Not enough good replicas to write.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Connection refused by Sentinel",
        None,
        T,
    ),
    (
        "redis.sentinel.MasterNotFoundError",
        "No master found for 'mymaster'",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR unknown command 'CLIENT', with args beginning with: 'SETINFO' 'LIB-NAME' 'redis-py' ",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR AUTH <password> called without any password configured for the default "
        "user. Are you sure your configuration is correct?",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "LOADING Redis is loading the dataset in memory",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "E11000 duplicate key error collection: shop.users index: _id_ dup key: { _id: ObjectId('abc') }",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Document failed validation",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "unknown operator: $eqq",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "FieldPath field names may not start with '$'. Consider using $getField or $setField.",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Invalid $project :: caused by :: Cannot do exclusion on field a in inclusion projection",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Not primary while writing",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "interrupted due to repl state change",
        None,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
        "[indices:data/write/bulk[s]] would be [16GB/16gb], which is larger than the "
        "limit of [15.2gb/15.2gb]')",
        429,
        R,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'mapper_parsing_exception', 'failed to parse field [price] "
        "of type [float] in document with id \\'1\\'. Preview of field\\'s value: \\'abc\\'')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'illegal_argument_exception', 'mapper [price] cannot be "
        "changed from type [float] to [long]')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'index_not_found_exception', 'no such index [orders-2024]')",
        400,
        P,
    ),
    (
        "elasticsearch.NotFoundError",
        "NotFoundError(404, 'resource_not_found_exception', 'index template matching [orders] not found')",
        404,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'null_pointer_exception', 'Cannot invoke \"Object.toString()\" because \"x\" is null')",
        500,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'no_shard_available_action_exception', 'No shard available for "
        "[org.elasticsearch.action.get.MultiGetShardRequest@1]')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'search_phase_execution_exception', 'all shards failed')",
        500,
        T,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'search_phase_execution_exception', 'all shards failed')",
        400,
        V,
    ),
    (
        "elasticsearch.ConflictError",
        "ConflictError(409, 'resource_already_exists_exception', 'index [orders/abc] already exists')",
        409,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'script_exception', 'runtime error')",
        400,
        V,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'illegal_state_exception', 'There are no ingest nodes in this "
        "cluster, unable to forward request to an ingest node.')",
        500,
        P,
    ),
    (
        "elasticsearch.AuthorizationException",
        "AuthorizationException(403, 'security_exception', 'action "
        "[cluster:monitor/main] is unauthorized for API key id [abc] of user [app]')",
        403,
        P,
    ),
    (
        "elasticsearch.AuthenticationException",
        "AuthenticationException(401, 'security_exception', 'unable to authenticate with "
        "provided credentials and anonymous access is not allowed for this request')",
        401,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(403, 'cluster_block_exception', 'index [orders] blocked by: "
        "[FORBIDDEN/12/index read-only / allow delete (api)];')",
        403,
        R,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'too_many_requests', 'request rejected: es_rejected_execution_exception')",
        429,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(500, 'index_shard_closed_exception', 'CurrentState[CLOSED] Closed')",
        500,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 286. DB::Exception: Another quorum insert has been already started. "
        "(UNSATISFIED_QUORUM_FOR_PREVIOUS_WRITE) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 341. DB::Exception: Exception happened during execution of mutation "
        "'mutation_5.txt' with part 'all_1_1_0' reason: 'Code: 241. DB::Exception: "
        "Memory limit exceeded'. (UNFINISHED) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 117. DB::Exception: Expected not greater than 100 columns, got 120. (INCORRECT_DATA) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 115. DB::Exception: Unknown setting max_thread. Maybe you meant "
        "['max_threads']. (UNKNOWN_SETTING) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 48. DB::Exception: Method write is not supported by storage View. (NOT_IMPLEMENTED) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 321. DB::Exception: Value 300 is out of range for UInt8. "
        "(VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 999. Coordination::Exception: Session expired. (KEEPER_EXCEPTION) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 236. DB::Exception: Cancelled mutating parts. (ABORTED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 164. DB::Exception: Cannot execute query in readonly mode. (READONLY) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "002003 (02000): SQL compilation error:\nSchema 'SHOP.ANALYTICS' does not exist or not authorized.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        '100071 (22000): Failed to cast variant value "abc" to NUMBER',
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100078 (22000): String 'abcdefgh' is too long and would be truncated",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100096 (22007): Can't parse 'x' as timestamp with format 'YYYY-MM-DD'",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000630 (57014): Statement reached its statement or warehouse timeout of 300 second(s) and was canceled.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "002140 (42601): SQL compilation error:\nUnknown function FOO",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "001044 (42P13): SQL compilation error: error line 1 at position 7\nInvalid "
        "argument types for function 'DATEADD': (VARCHAR(3), NUMBER(1,0), "
        "TIMESTAMP_NTZ(9))",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "390189 (08004): Role 'ANALYST' specified in the connect string does not exist "
        "or not authorized. Contact your local system administrator, or attempt to login "
        "with another role, e.g. PUBLIC.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000625 (57014): Statement '01b2' has locked table 'ORDERS' in transaction 1700 "
        "and this lock has not yet been released.\nYour statement '01b3' was aborted "
        "because the number of waiters for this lock exceeds the 20 statements limit.",
        None,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Bad int64 value: abc",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        '400 Could not cast literal "abc" to type INT64 at [1:30]',
        400,
        V,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Quota exceeded: Your project exceeded quota for imports per project.",
        403,
        R,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        '400 Invalid field name "my-field". Fields must contain only letters, numbers, '
        "and underscores, start with a letter or underscore, and be at most 300 "
        "characters long.",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Invalid schema update. Field qty has changed type from INTEGER to STRING",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.ServiceUnavailable",
        "503 The service is currently unavailable.",
        503,
        T,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Exceeded rate limits: Your project:p exceeded quota for tabledata.list bytes per second per project.",
        403,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Some partition key parts are missing: id"',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Invalid null value in condition for column id"',
        None,
        V,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Expected 4 or 0 byte int (8)"',
        None,
        V,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="unconfigured table schema_keyspaces"',
        None,
        P,
    ),
    (
        "cassandra.Unavailable",
        'Error from server: code=1000 [Unavailable exception] message="Cannot achieve '
        "consistency level LOCAL_QUORUM\" info={'consistency': 'LOCAL_QUORUM', "
        "'required_replicas': 2, 'alive_replicas': 1}",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to complete the operation against any hosts', {})",
        None,
        T,
    ),
    (
        "cassandra.protocol.ServerError",
        '<Error from server: code=0000 [Server error] message="java.lang.AssertionError">',
        None,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Cannot set the value of '
        'counter column value (counters can only be incremented/decremented, not set)"',
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-01555: snapshot too old: rollback segment number 10 with name "_SYSSMU10$" too small',
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-00904: "CREATED_AT": invalid identifier',
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01008: not all variables bound",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-06502: PL/SQL: numeric or value error: character string buffer too small",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01427: single-row subquery returns more than one row",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00001: unique constraint (SHOP.PK_ORDERS) violated on table SHOP.ORDERS columns (ID)",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00932: inconsistent datatypes: expected NUMBER got CHAR",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-02049: timeout: distributed transaction waiting for lock",
        None,
        T,
    ),
]

# Templates whose words alone decide, tried on a generic wrapper, with the rule that must decide; where a weaker
# signal would have won, the comment names it.
WRAPPED = [
    # "temporary" is not a temporary failure (message.retry would say transient): PostgreSQL 53400
    ("temporary file size exceeds temp_file_limit (1048576kB)", R, "message.tpl_pg_temp_file_limit"),
    ("current transaction is aborted, commands ignored until end of transaction block", P,
     "message.tpl_pg_failed_transaction"),
    ("cannot execute INSERT in a read-only transaction", T, "message.server_restarting"),
    ("integer out of range", V, "message.bad_data"),
    # the RuntimeError class alone says permanent (a bug): the server's words say which failure it is
    ("The MySQL server is running with the --read-only option so it cannot execute this statement", T,
     "message.server_restarting"),
    ("WSREP has not yet prepared node for application use", T, "message.server_restarting"),
    ("You can't write against a read only replica.", T, "message.server_restarting"),
    ("The table 'tmp_orders' is full", R, "message.disk_full"),
    ("Check constraint 'qty_positive' is violated.", V, "message.integrity"),
    ("Field 'email' doesn't have a default value", V, "message.tpl_mysql_row_rejected"),
    ("Got a packet bigger than 'max_allowed_packet' bytes", V, "message.tpl_mysql_row_rejected"),
    ("SELECT command denied to user 'app'@'10.0.0.9' for table 'orders'", P, "message.tpl_mysql_command_denied"),
    ("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the "
     "right syntax to use near 'SELEC' at line 1", P, "message.tpl_mysql_syntax"),
    # "connection errors" would say transient (message.network): the host stays blocked until an operator flushes it
    ("Host '10.0.0.9' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'", P,
     "message.tpl_mysql_host_blocked"),
    ("Query execution was interrupted, maximum statement execution time exceeded", T,
     "message.tpl_mysql_statement_timeout"),
    # "closed" would say transient (message.retry): the code closed the connection itself
    ("Cannot operate on a closed database.", P, "message.tpl_sqlite_api_misuse"),
    ("Incorrect number of bindings supplied. The current statement uses 2, and there are 3 supplied.", P,
     "message.tpl_sqlite_api_misuse"),
    ("ERR value is not an integer or out of range", V, "message.tpl_redis_not_a_number"),
    ("Code: 999. Coordination::Exception: Connection loss. (KEEPER_EXCEPTION) (version 24.3.1.1)", T,
     "message.tpl_clickhouse_keeper_session"),
    ("250003: Failed to get the response. Hanging? method: post, url: https://acme.snowflakecomputing.com:443/"
     "queries/v1/query-request", T, "message.tpl_snowflake_no_response"),
    ("500 An internal error occurred and the request could not be completed. Error: 3144498", T,
     "message.tpl_bigquery_internal_error"),
    ("400 Error while reading data, error message: JSON table encountered too many errors, giving up. Rows: 1; "
     "errors: 1.", V, "message.tpl_rejected_input"),
    ("BadRequestError(400, 'search_phase_execution_exception', 'Result window is too large, from + size must be less "
     "than or equal to: [10000] but was [20000].')", V, "message.tpl_rejected_input"),
    ('column "qty" is of type integer but expression is of type text', P, "message.tpl_pg_statement_wrong"),
    # "closed" would say transient (message.retry): the code reuses a cursor it closed
    ("cursor already closed", P, "message.tpl_pg_statement_wrong"),
    ("ON CONFLICT DO UPDATE command cannot affect row a second time", V, "message.tpl_pg_row_impossible"),
    ("all replication slots are in use", R, "message.tpl_pg_capacity"),
    ('database "orders" is being accessed by other users', T, "message.tpl_pg_object_in_use"),
    ("server does not support SSL, but SSL was required", P, "message.tpl_libpq_setup"),
    ("Commands out of sync; you can't run this command now", P, "message.tpl_mysql_statement_wrong"),
    ("Illegal mix of collations (utf8mb4_unicode_ci,IMPLICIT) and (utf8mb4_general_ci,IMPLICIT) for operation '='", P,
     "message.tpl_mysql_statement_wrong"),
    ("Out of sort memory, consider increasing server sort buffer size", R, "message.tpl_mysql_capacity"),
    ("cannot commit - no transaction is active", P, "message.tpl_sqlite_transaction_misuse"),
    # "timeout" would say transient (message.network): the argument is not a number
    ("ERR timeout is not a float or out of range", V, "message.tpl_redis_not_a_number"),
    ("ERR EXEC without MULTI", P, "message.tpl_redis_client_misuse"),
    ("ERR DB index is out of range", P, "message.tpl_redis_client_misuse"),
    # "exceeded memory limit" would say resource (message.allocation_failed): the limit is fixed, the code must change
    ("Exceeded memory limit for $group, but didn't allow external sort. Pass allowDiskUse:true to opt in.", P,
     "message.tpl_mongo_no_disk_use"),
    ("user is not allowed to do action [find] on [shop.orders]", P, "message.tpl_mongo_action_denied"),
    # the RuntimeError class alone says permanent (a bug); the servers' own words say transient
    ("500 Error encountered during execution. Retrying may solve the problem.", T, "message.tpl_db_transient_states"),
    ("ApiError(500, 'node_not_connected_exception', '[node-2][10.0.0.6:9300] Node not connected')", T,
     "message.tpl_db_transient_states"),
    ("('Unable to complete the operation against any hosts', {<Host: 10.0.0.5:9042 dc1>: "
     "ConnectionException('Host has been marked down or removed')})", T, "message.tpl_db_transient_states"),
    ("Command # 1 (GET k) of pipeline caused error: Cannot find a node that serves slot 1234", T,
     "message.tpl_db_transient_states"),
    ("Could not find host matching read preference { mode: \"primary\" } for set rs0", T,
     "message.tpl_db_transient_states"),
    ("Code: 32. DB::Exception: Attempt to read after eof. (ATTEMPT_TO_READ_AFTER_EOF) (version 24.3.1.1)", T,
     "message.tpl_db_transient_states"),
    ("SSL error: decryption failed or bad record mac", T, "message.tpl_db_transient_states"),
    ("database schema has changed", T, "message.tpl_db_transient_states"),
    ("400 Provided Schema does not match Table proj:ds.t. Field qty has changed type from INTEGER to STRING", V,
     "message.tpl_db_input_rejected"),
    ("400 Invalid timestamp: 'yesterday'", V, "message.tpl_db_input_rejected"),
    ("BadRequestError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic introduction of "
     "[emial] within [_doc] is not allowed')", V, "message.tpl_db_input_rejected"),
    ("Performing an update on the path '_id' would modify the immutable field '_id'", V,
     "message.tpl_db_input_rejected"),
    ("string or blob too big", V, "message.tpl_db_input_rejected"),
    ("AuthenticationException(401, 'security_exception', 'missing authentication credentials for REST request "
     "[/orders/_search]')", P, "message.tpl_db_credentials"),
    ("ERR invalid expire time in 'set' command", V, "message.tpl_redis_not_a_number"),
    ("ERR This instance has cluster support disabled", P, "message.tpl_redis_client_misuse"),
    ("Can't reconnect until invalid transaction is rolled back.  Please rollback() fully before proceeding", P,
     "message.tpl_pg_failed_transaction"),
    ("greenlet_spawn has not been called; can't call await_only() here. Was IO attempted in an unexpected place?", P,
     "message.tpl_sqlalchemy_misuse"),
    # "closed" would say transient (message.network): the code uses a Connection it closed
    ("This Connection is closed", P, "message.tpl_sqlalchemy_misuse"),
    ("No row was found when one was required", P, "message.tpl_sqlalchemy_misuse"),
    ("UPDATE statement on table 'orders' expected to update 1 row(s); 0 were matched.", T,
     "message.tpl_sqlalchemy_stale_row"),
    ("the cursor is closed", P, "message.tpl_pg_statement_wrong"),
    ("the pool 'pool-1' has already 100 requests waiting", R, "message.tpl_pool_exhausted"),
    # "timed out" would say transient (message.network): the pool has no connection to give
    ("Timed out while checking out a connection from connection pool. maxPoolSize: 100, timeout: 5.0", R,
     "message.tpl_pool_exhausted"),
    ("PostgreSQL text fields cannot contain NUL (0x00) bytes", V, "message.tpl_driver_value_refused"),
    ("'abc' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string", V,
     "message.tpl_driver_value_refused"),
    # "Unable to connect to any servers" would say transient (message.network): the host's cause is a missing login
    ("('Unable to connect to any servers', {'10.0.0.5:9042': AuthenticationFailed('Remote end requires "
     "authentication')})", P, "message.tpl_cassandra_setup"),
    ("Command # 1 (EVALSHA abc 1 k) of pipeline caused error: NOSCRIPT No matching script. Please use EVAL.", P,
     "message.tpl_redis_no_script"),
    ("Watched variable changed.", T, "message.tpl_db_transient_states"),
    ('missing FROM-clause entry for table "o"', P, "message.tpl_pg_statement_wrong"),
    ('column "total" must appear in the GROUP BY clause or be used in an aggregate function', P,
     "message.tpl_pg_statement_wrong"),
    ('new row violates row-level security policy for table "orders"', P, "message.tpl_pg_statement_wrong"),
    ('could not create unique index "users_email_key"\nDETAIL:  Key (email)=(a@b.c) is duplicated.', V,
     "message.tpl_pg_row_impossible"),
    ("tuple concurrently updated", T, "message.tpl_pg_object_in_use"),
    # "retry" in it would say transient (message.retry): the connection string must ask for SSL
    ("FATAL:  SSL connection is required. Please specify SSL options and retry.", P, "message.tpl_libpq_setup"),
    ("Table 'orders' is marked as crashed and should be repaired", P, "message.tpl_mysql_statement_wrong"),
    ("ERR increment or decrement would overflow", V, "message.tpl_redis_not_a_number"),
    ("unknown operator: $eqq", P, "message.tpl_query_refused"),
    # the 500 would say transient (http.5xx): the cluster has no node for the pipeline
    ("ApiError(500, 'illegal_state_exception', 'There are no ingest nodes in this cluster, unable to forward request "
     "to an ingest node.')", P, "message.tpl_query_refused"),
    ("400 No matching signature for function DATE_ADD for argument types: STRING, INTERVAL INT64 DATE_TIME_PART", P,
     "message.tpl_bigquery_no_signature"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label"), TEMPLATES + TEMPLATES_ROUND_2 + TEMPLATES_ROUND_3 + TEMPLATES_ROUND_4
)
def test_source_template_gets_its_label(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label


@pytest.mark.parametrize(("message", "label", "rule_id"), WRAPPED)
def test_template_words_decide_on_a_generic_wrapper(
    clf: Classifier, message: str, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule_id)


# Vendor codes added by the sweep, read on their vendor's classes: (exc_type, message, label, rule)
CODED = [
    # "conflict" in the code's name would say transient (code.conflict): the update document is malformed
    ("pymongo.errors.OperationFailure",
     "Updating the path 'a' would create a conflict at 'a', full error: {'code': 40, 'codeName': "
     "'ConflictingUpdateOperators'}", V, "vendor.mongodb.ConflictingUpdateOperators"),
    ("clickhouse_connect.driver.exceptions.DatabaseError",
     "Code: 158. DB::Exception: Limit for rows (controlled by 'max_rows_to_read' setting) exceeded, max rows: 100.00 "
     "million, current rows: 120.00 million. (TOO_MANY_ROWS) (version 24.3.1.1)", V, "vendor.clickhouse.158"),
    ("clickhouse_connect.driver.exceptions.DatabaseError",
     "Code: 396. DB::Exception: Limit for result exceeded, max rows: 1.00 million. (TOO_MANY_ROWS_OR_BYTES)", V,
     "vendor.clickhouse.396"),
    # "schedule" and the thread words would say transient (message.network): the thread pool is exhausted
    ("clickhouse_connect.driver.exceptions.DatabaseError",
     "Code: 439. DB::Exception: Cannot schedule a task: no free thread (timeout=0) (threads=10000, jobs=10000). "
     "(CANNOT_SCHEDULE_TASK) (version 24.3.1.1)", R, "vendor.clickhouse.439"),
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "label", "rule_id"), CODED)
def test_swept_vendor_code_decides(clf: Classifier, exc_type: str, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule_id)


# Cassandra's 2200 is refined by its reason (GENERIC_CODES_CASSANDRA_INVALID): a statement built wrong is permanent
CASSANDRA_INVALID = [
    'Error from server: code=2200 [Invalid query] message="Some partition key parts are missing: id"',
    'Error from server: code=2200 [Invalid query] message="Cannot set the value of counter column value (counters can '
    'only be incremented/decremented, not set)"',
]


@pytest.mark.parametrize("message", CASSANDRA_INVALID)
def test_cassandra_invalid_query_reason_decides(clf: Classifier, message: str) -> None:
    assert verdict_of(clf, "cassandra.InvalidRequest", message)[0] is P
