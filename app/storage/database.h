#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The one SQLite file that holds everything. Opening checks the file before anything is written:
// a file that is not a database, is damaged or has a newer schema is refused untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };

    static constexpr int schemaVersion = 1;
    // PRAGMA application_id: "SCRT"; tells our files from other SQLite files.
    static constexpr int applicationId = 0x53435254;

    explicit Database(const QString &connectionName = QString());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // A consistent copy of the whole store (VACUUM INTO); refuses to overwrite a file.
    bool backupTo(const QString &target);

    // Read-only health check for `secretariat check`: never writes to the file.
    struct Health
    {
        int schemaVersion = 0;
        QStringList problems;
        bool healthy() const { return problems.isEmpty(); }
    };
    static bool inspect(const QString &path, Health *health, QString *error);

    // The user's own store: AppDataLocation/secretariat.sqlite.
    static QString defaultPath();

private:
    enum class FileState { Missing, Empty, Ours, Refused };
    static FileState examine(const QString &path, int *version, QString *error);
    bool configure();
    bool migrate(int fromVersion);
    bool fail(const QString &sentence);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
