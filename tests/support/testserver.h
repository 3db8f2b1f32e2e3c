#pragma once

// The tests' PostgreSQL server (tests/server/testserver.sh, started by CTest as a fixture) and
// the choice of back end: a test registered for both runs once on a file and once on a server.

#include <QSqlDatabase>
#include <QString>

class QTemporaryDir;

namespace TestSupport {

// True in the run of a test on the server (SECRETARIAT_TEST_BACKEND=postgresql).
bool onServer();

// The server's address with its superuser (from the file SECRETARIAT_TEST_SERVER_FILE names);
// empty, with a warning, when no server was started for this test.
QString serverUrl();

// A new, empty database on the server, of a name no other test uses; its address with the
// superuser. Empty, with a warning, when it could not be made.
QString newServerDatabase();

// The database a test names by a file path, on the back end the test runs on: the path itself
// on SQLite; on the server, a database of its own for each path (a new one when `fresh`), so
// that a test written for files runs unchanged on the server.
QString location(const QString &path, bool fresh = false);

// Where a test keeps a database it makes: a file in `dir` named `name` on SQLite, a new empty
// database on the server otherwise (`dir` and `name` then unused).
QString newDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.sqlite"));

// The statement that stops (or starts again) the engine enforcing foreign keys on a connection,
// for a test that breaks the data behind the program's back: PRAGMA foreign_keys on a file,
// session_replication_role (the superuser's) on the server.
QString foreignKeys(bool on);

// A plain connection of its own to the database a test names by `path` (see location), as
// another program would open it: SQLite on a file, QPSQL on the server. Removed by the caller.
QSqlDatabase plainConnection(const QString &path, const QString &connectionName);

// A plain connection of its own (QPSQL) to a server address, as another program would connect;
// closed and removed by the caller with QSqlDatabase::removeDatabase(connectionName).
QSqlDatabase serverConnection(const QString &url, const QString &connectionName);

} // namespace TestSupport
