#pragma once

#include "dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <optional>

// A shared office's server: PostgreSQL through Qt's QPSQL driver. The schema lives in its own
// PostgreSQL schema, "main", as SQLite names the file's own tables: the program's temporary
// views (pg_temp, searched first) shadow the tables exactly as they do on SQLite.
class PostgresDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    // Where a database is when it is on a server: postgresql://user[:password]@host[:port]/name.
    struct Address
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString password; // from the address itself; empty: libpq's PGPASSWORD or ~/.pgpass
        // The address as the user is shown it: never the password.
        QString shown() const;
    };
    static bool isAddress(const QString &location);
    static std::optional<Address> parse(const QString &location, QString *error);

    // Opens `connectionName` on the server; the database's schema version (0: the database
    // holds no Secretariat tables yet), or nothing with the sentence when it cannot be used.
    static std::optional<int> open(
        const QString &connectionName, const Address &address, QString *error);
    static void close(const QString &connectionName);
    // Whether opening `db` failed because the server asks for a password and none was given
    // (not in the address, PGPASSWORD or ~/.pgpass).
    static bool passwordMissing(const QSqlDatabase &db);
    // A SCRAM-SHA-256 verifier of the password, for CREATE ROLE and ALTER ROLE … PASSWORD.
    static QString passwordVerifier(
        const QSqlDatabase &db, const QString &role, const QString &password, QString *error);
    // The PostgreSQL schema the tables are in, made when missing; on the search path.
    static bool useSchema(const QSqlDatabase &db, QString *error);
    // Removes the schema and all it holds: what a new database was filled with, when what was
    // to fill it further failed (a copy), so that the database is empty again.
    static bool removeSchema(const QSqlDatabase &db, QString *error);

    QString migrationFolder() const override { return QStringLiteral(":/migrations/postgresql"); }
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    QString temporary(const QString &name) const override
    {
        return QStringLiteral("pg_temp.") + name;
    }
    bool recordVersion(const QSqlDatabase &db, int version, QString *error) const override;
    QString beginWrite() const override;
    QString beginSnapshot() const override;
    bool continueIds(const QSqlDatabase &db, const QString &table, const QString &key,
        QString *error) const override;
    qint64 lastInsertId(const QSqlQuery &query) const override;
    DbError classify(const QSqlError &error) const override;
    bool executeScript(
        const QSqlDatabase &db, const QString &script, QString *error) const override;
    bool copyTo(const QSqlDatabase &db, const QString &target, QMap<QString, qint64> *counts,
        QString *error) const override;
    int dataVersion(const QSqlDatabase &db) const override;
    bool announce(const QSqlDatabase &db, const QString &channel, const QStringList &tables,
        QString *error) const override;
    bool enforceForeignKeys(const QSqlDatabase &db, bool on, QString *error) const override;
    QStringList foreignKeyProblems(const QSqlDatabase &db) const override;
    QString securityScript() const override;
    QString searchIndexScript(const Catalogue::SearchIndex &index) const override;
    QString searchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const override;
    QString rankedSearchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const override;
    QString amongIds(const QString &key, const QString &table, bool many) const override;

    // Reads which columns each unique index of the schema holds (see classify).
    void learnUniqueness(const QSqlDatabase &db);

private:
    QHash<QString, QStringList> m_uniqueColumns; // index → "table.column"s
};
