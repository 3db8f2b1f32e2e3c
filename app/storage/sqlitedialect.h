#pragma once

#include "dialect.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// Everything of the store that only SQLite has: the file itself (its header, a file that is not a
// database, a file cut short, a read-only folder), the PRAGMAs, BEGIN IMMEDIATE, the online backup
// API and the engine's error codes.
class SqliteDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)

public:
    // PRAGMA application_id: "SCRT"; tells our files from other SQLite files.
    static constexpr int applicationId = 0x53435254;

    enum class FileState { Missing, Empty, Ours, Refused };
    // Looks at a file before anything is written to it; never changes it. `trusted` skips
    // reading the header with a plain file handle: for a file this process already has open
    // through SQLite, whose locks closing any other handle of it would drop.
    static FileState examine(const QString &path, bool trusted, int *version, QString *error);

    struct Connection
    {
        bool readOnly = false;
        QString readOnlyReason; // a sentence for the user when readOnly
        // The journal files this connection made beside someone else's file (reading it only);
        // `close` removes them, or the owner could not save afterwards.
        QStringList madeFiles;
    };
    // Opens `connectionName` on the file: read-write where the file and its folder can be
    // written (creating it when `create`), read-only otherwise or when `readOnly` is asked.
    static bool open(const QString &connectionName, const QString &path, bool create, bool readOnly,
        Connection *connection, QString *error);

    // Closes and removes the connection, and the journal files it made that hold nothing.
    static void close(const QString &connectionName, const QStringList &madeFiles);

    QString migrationFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    QString engineName() const override { return QStringLiteral("SQLite"); }
    QString temporary(const QString &name) const override { return QStringLiteral("temp.") + name; }

    // A connection of its own on a file (for a probe, a check, a backup), closed with the object.
    class OwnConnection
    {
    public:
        OwnConnection(const QString &path, bool readOnly);
        ~OwnConnection();
        OwnConnection(const OwnConnection &) = delete;
        OwnConnection &operator=(const OwnConnection &) = delete;
        bool ok() const { return m_ok; }
        QString error() const { return m_error; }
        QSqlDatabase db() const;

    private:
        QString m_name;
        QString m_error;
        Connection m_connection;
        bool m_ok = false;
    };

    // Integrity and foreign keys of a file, through a read-only connection of its own.
    static QStringList problems(const QString &path);
    // The quicker look at every page of the file (PRAGMA quick_check), the same way; for the
    // check a window runs in the background, on a thread of its own.
    static QStringList damage(const QString &path);
    // The file's schema version and application id through a read-only connection; false when
    // it cannot be read as a database.
    static bool header(const QString &path, int *version, int *application, QString *error);
    // Row counts of every table, for comparing a copy with what it was copied from.
    static QMap<QString, qint64> rowCounts(const QSqlDatabase &db);

    // Closes every open statement of the connection (a list that fetched its first rows only),
    // for what needs the connection to itself (leaving WAL mode before a restore).
    static void finishStatements(const QSqlDatabase &db);
    // Leaves WAL mode so that the file stands alone; fails while another connection has it.
    static bool detachJournal(const QSqlDatabase &db, QString *error);

    bool recordVersion(const QSqlDatabase &db, int version, QString *error) const override;
    QString beginWrite() const override;
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    // A rowid is always past the largest.
    bool continueIds(
        const QSqlDatabase &, const QString &, const QString &, QString *) const override
    {
        return true;
    }
    qint64 lastInsertId(const QSqlQuery &query) const override;
    DbError classify(const QSqlError &error) const override;
    bool executeScript(
        const QSqlDatabase &db, const QString &script, QString *error) const override;
    bool copyTo(const QSqlDatabase &db, const QString &target, QMap<QString, qint64> *counts,
        QString *error) const override;
    int dataVersion(const QSqlDatabase &db) const override;
    bool announce(
        const QSqlDatabase &, const QString &, const QStringList &, QString *) const override
    {
        return true;
    }
    bool enforceForeignKeys(const QSqlDatabase &db, bool on, QString *error) const override;
    QStringList foreignKeyProblems(const QSqlDatabase &db) const override;
    QString securityScript() const override { return QString(); }
    QString searchIndexScript(const Catalogue::SearchIndex &index) const override;
    QString searchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const override;
    QString rankedSearchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const override;
    QString amongIds(const QString &key, const QString &table, bool many) const override;

private:
    // A check PRAGMA's complaints ("ok" says none), each as a sentence.
    static QStringList integrity(const QSqlDatabase &db, const char *pragma);
};
