#include "testserver.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QtDebug>

namespace TestSupport {

bool onServer()
{
    return qEnvironmentVariable("SECRETARIAT_TEST_BACKEND") == QLatin1String("postgresql");
}

QString serverUrl()
{
    const QString path = qEnvironmentVariable("SECRETARIAT_TEST_SERVER_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qWarning() << "No PostgreSQL test server: SECRETARIAT_TEST_SERVER_FILE is" << path;
        return {};
    }
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    // In a test run on the server, an address the program shows (never with its password)
    // connects too, as with ~/.pgpass; a test of the server itself asks for passwords.
    if (onServer())
        qputenv("PGPASSWORD", QUrl(url).password().toUtf8());
    return url;
}

QSqlDatabase serverConnection(const QString &url, const QString &connectionName)
{
    const QUrl address(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host());
    db.setPort(address.port(5432));
    db.setUserName(address.userName());
    db.setPassword(address.password());
    db.setDatabaseName(address.path().mid(1));
    if (!db.open()) {
        qWarning() << "Cannot connect to" << address.toString(QUrl::RemovePassword) << ":"
                   << db.lastError().text();
        return db;
    }
    // The program's tables are in the schema "main", as on SQLite.
    QSqlQuery(db).exec(QStringLiteral("SET search_path TO main, public"));
    return db;
}

QString newServerDatabase()
{
    const QString server = serverUrl();
    if (server.isEmpty())
        return {};
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString connection = QStringLiteral("make-") + name;
    bool made = false;
    {
        QSqlDatabase db = serverConnection(server, connection);
        QSqlQuery query(db);
        made = query.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!made)
            qWarning() << "CREATE DATABASE failed:" << query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!made)
        return {};
    QUrl address(server);
    address.setPath(QLatin1Char('/') + name);
    return address.toString();
}

QString location(const QString &path, bool fresh)
{
    if (!onServer() || path.startsWith(QLatin1String("postgresql:")))
        return path;
    static QHash<QString, QString> databases;
    const QString key = QFileInfo(path).absoluteFilePath();
    if (fresh || !databases.contains(key))
        databases.insert(key, newServerDatabase());
    return databases.value(key);
}

QSqlDatabase plainConnection(const QString &path, const QString &connectionName)
{
    if (onServer() || path.startsWith(QLatin1String("postgresql:")))
        return serverConnection(location(path), connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.open();
    return db;
}

QString foreignKeys(bool on)
{
    if (onServer())
        return on ? QStringLiteral("SET session_replication_role = origin")
                  : QStringLiteral("SET session_replication_role = replica");
    return on ? QStringLiteral("PRAGMA foreign_keys = ON")
              : QStringLiteral("PRAGMA foreign_keys = OFF");
}

QString newDatabase(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase() : dir.filePath(name);
}

} // namespace TestSupport
