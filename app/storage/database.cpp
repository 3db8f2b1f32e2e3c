#include "database.h"

#include "storeerrors.h"
#include "core/appresources.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QVariant pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return {};
    return query.value(0);
}

// The migrations compiled into the program, in order: ":/migrations/0001_initial.sql", ...
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

// Separate read-only connection used to look at a file before we touch it.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(QStringLiteral("readonly-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

// vn_key(text): the Vietnamese collation key, so that any column can be sorted the Vietnamese
// way in SQL (ORDER BY vn_key(title)); names have stored keys instead.
void vietnameseKey(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray key = VietnameseText::collationKey(
            QString::fromUtf8(text, sqlite3_value_bytes(arguments[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

// vn_fold(text): the search folding, for searching text that has no stored folded column.
void vietnameseFold(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = VietnameseText::fold(
            QString::fromUtf8(text, sqlite3_value_bytes(arguments[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty()
                               ? QStringLiteral("store-")
                                       + QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : connectionName)
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("secretariat.sqlite"));
}

bool Database::fail(const QString &sentence)
{
    m_error = sentence;
    close();
    return false;
}

Database::FileState Database::examine(const QString &path, int *version, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    *version = 0;
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile()) {
        *error = tr("“%1” is a folder, not a database file.").arg(shown);
        return FileState::Refused;
    }
    if (info.size() == 0)
        return FileState::Empty;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file “%1” cannot be read: %2").arg(shown, file.errorString());
        return FileState::Refused;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(sqliteMagic)) {
        *error = tr("The file “%1” is not a Secretariat database.").arg(shown);
        return FileState::Refused;
    }
    // A file cut short (a broken copy, a full USB stick) still has its header: compare the page
    // count the header promises with the bytes that are there, as SQLite itself trusts it only
    // when the "version valid for" number matches the change counter.
    const auto bigEndian32 = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(28);
    if (bigEndian32(92) == bigEndian32(24) && pageSize >= 512
        && qint64(pageCount) * pageSize > info.size()) {
        *error = tr("The database “%1” is damaged: the file is shorter than it should be. "
                    "Restore it from a backup.")
                         .arg(shown);
        return FileState::Refused;
    }

    ReadOnlyConnection probe(path);
    if (!probe.ok()) {
        *error = tr("The file “%1” cannot be opened as a database.").arg(shown);
        return FileState::Refused;
    }
    const QSqlDatabase db = probe.db();
    const QVariant appId = pragma(db, "application_id");
    const QVariant userVersion = pragma(db, "user_version");
    const QVariant check = pragma(db, "quick_check");
    if (!appId.isValid() || !userVersion.isValid() || check.toString() != QLatin1String("ok")) {
        *error = tr("The database “%1” is damaged and was not opened. Restore it from a backup.")
                         .arg(shown);
        return FileState::Refused;
    }
    QSqlQuery tables(db);
    const bool hasTables = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            && tables.next() && tables.value(0).toInt() > 0;
    if (appId.toInt() != applicationId) {
        if (appId.toInt() == 0 && userVersion.toInt() == 0 && !hasTables)
            return FileState::Empty;
        *error = tr("The file “%1” is an SQLite database of another program, "
                    "not a Secretariat database.")
                         .arg(shown);
        return FileState::Refused;
    }
    *version = userVersion.toInt();
    if (*version > schemaVersion) {
        *error = tr("The database “%1” was made by a newer version of Secretariat "
                    "(schema %2; this program knows up to %3). It was not changed: "
                    "open it with the newer program.")
                         .arg(shown)
                         .arg(*version)
                         .arg(schemaVersion);
        return FileState::Refused;
    }
    return FileState::Ours;
}

bool Database::open(const QString &path, OpenMode mode)
{
    AppResources::ensureLoaded();
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    int version = 0;
    QString problem;
    const FileState state = examine(m_path, &version, &problem);
    if (state == FileState::Refused)
        return fail(problem);
    if (state == FileState::Missing) {
        if (mode == OpenMode::MustExist)
            return fail(tr("There is no database file “%1”.")
                                .arg(QDir::toNativeSeparators(m_path)));
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return fail(tr("The folder for “%1” cannot be created.")
                                .arg(QDir::toNativeSeparators(m_path)));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("The database “%1” cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    if (!configure())
        return false;
    return migrate(version);
}

bool Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL lets a reader (a second window, a backup) work while the other writes; synchronous=FULL
    // because a secretary must never lose a saved record to a power cut.
    const char *const pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = FULL"};
    for (const char *statement : pragmas) {
        if (!query.exec(QLatin1String(statement)))
            return fail(StoreErrors::explain(query.lastError()));
    }
    if (pragma(db, "foreign_keys").toInt() != 1)
        return fail(tr("This SQLite library cannot enforce foreign keys."));
    sqlite3 *handle = nativeHandle(db);
    if (!handle
        || sqlite3_create_function_v2(handle, "vn_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      nullptr, vietnameseKey, nullptr, nullptr, nullptr)
                != SQLITE_OK
        || sqlite3_create_function_v2(handle, "vn_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      nullptr, vietnameseFold, nullptr, nullptr, nullptr)
                != SQLITE_OK)
        return fail(tr("The SQLite driver of this installation cannot be used."));
    return true;
}

bool Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return fail(tr("The SQLite driver of this installation cannot be used."));

    const QStringList files = migrationFiles();
    for (int version = fromVersion + 1; version <= schemaVersion; ++version) {
        if (version > files.size())
            return fail(tr("The program is missing its database migration %1.").arg(version));
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The program is missing its database migration %1.").arg(version));
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll()
                + "\nPRAGMA user_version = " + QByteArray::number(version)
                + ";\nPRAGMA application_id = " + QByteArray::number(applicationId)
                + ";\nCOMMIT;\n";
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message);
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(tr("Updating the database to version %1 failed, nothing was changed: %2")
                                .arg(version)
                                .arg(detail));
        }
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
            && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::backupTo(const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target)) {
        m_error = tr("The file “%1” already exists; choose another name for the backup.")
                          .arg(shown);
        return false;
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        m_error = tr("The backup “%1” could not be written: %2")
                          .arg(shown, query.lastError().databaseText());
        QFile::remove(target);
        return false;
    }
    return true;
}

bool Database::inspect(const QString &path, Health *health, QString *error)
{
    int version = 0;
    QString problem;
    switch (examine(path, &version, &problem)) {
    case FileState::Refused:
        *error = problem;
        return false;
    case FileState::Missing:
        *error = tr("There is no database file “%1”.").arg(QDir::toNativeSeparators(path));
        return false;
    case FileState::Empty:
        *error = tr("The file “%1” is empty: it holds no Secretariat database.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    case FileState::Ours:
        break;
    }
    health->schemaVersion = version;
    health->problems.clear();
    if (version < schemaVersion)
        health->problems << tr("The schema is at version %1; opening the file in the program "
                               "updates it to %2.")
                                    .arg(version)
                                    .arg(schemaVersion);

    ReadOnlyConnection probe(path);
    QSqlQuery query(probe.db());
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                health->problems << tr("Integrity: %1").arg(line);
        }
    } else {
        health->problems << tr("Integrity: %1").arg(query.lastError().text());
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            health->problems << tr("Row %1 of table %2 refers to a missing row of table %3.")
                                        .arg(query.value(1).toString(),
                                             query.value(0).toString(),
                                             query.value(2).toString());
    } else {
        health->problems << tr("Foreign keys: %1").arg(query.lastError().text());
    }
    return true;
}
