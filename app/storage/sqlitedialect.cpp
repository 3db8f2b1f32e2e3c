#include "sqlitedialect.h"

#include "searchindexsql.h"

#include "text/vietnamesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
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

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace

SqliteDialect::OwnConnection::OwnConnection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("own-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_ok = open(m_name, path, false, readOnly, &m_connection, &m_error);
}

SqliteDialect::OwnConnection::~OwnConnection()
{
    close(m_name, m_connection.madeFiles);
}

void SqliteDialect::close(const QString &connectionName, const QStringList &madeFiles)
{
    if (QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    // A reader never writes the journal: an empty one, and its index, are removed as the last
    // writer would have removed them (and are made again by whoever opens the file next).
    const QString wal = madeFiles.value(0);
    if (!wal.isEmpty() && QFileInfo(wal).size() == 0) {
        for (const QString &made : madeFiles)
            QFile::remove(made);
    }
}

QSqlDatabase SqliteDialect::OwnConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

SqliteDialect::FileState SqliteDialect::examine(
    const QString &path, bool trusted, int *version, QString *error)
{
    const QFileInfo info(path);
    *version = 0;
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile()) {
        *error = tr("“%1” is a folder, not a database file.").arg(shown(path));
        return FileState::Refused;
    }
    if (info.size() == 0)
        return FileState::Empty;

    if (!trusted) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The file “%1” cannot be read: %2").arg(shown(path), file.errorString());
            return FileState::Refused;
        }
        const QByteArray header = file.read(100);
        file.close();
        if (header.size() < 100 || !header.startsWith(sqliteMagic)) {
            *error = tr("The file “%1” is not a Secretariat database.").arg(shown(path));
            return FileState::Refused;
        }
        // A file cut short (a broken copy, a full USB stick) still has its header: compare the
        // page count the header promises with the bytes that are there, as SQLite itself trusts
        // it only when the "version valid for" number matches the change counter.
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
                         .arg(shown(path));
            return FileState::Refused;
        }
    }

    OwnConnection probe(path, true);
    if (!probe.ok()) {
        *error = probe.error();
        return FileState::Refused;
    }
    const QSqlDatabase db = probe.db();
    const QVariant appId = pragma(db, "application_id");
    const QVariant userVersion = pragma(db, "user_version");
    if (!appId.isValid() || !userVersion.isValid()) {
        *error = tr("The database “%1” is damaged and was not opened. Restore it from a backup.")
                     .arg(shown(path));
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
                     .arg(shown(path));
        return FileState::Refused;
    }
    *version = userVersion.toInt();
    return FileState::Ours;
}

bool SqliteDialect::open(const QString &connectionName, const QString &path, bool create,
    bool readOnly, Connection *connection, QString *error)
{
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    connection->readOnly = readOnly;
    connection->readOnlyReason.clear();
    connection->madeFiles.clear();
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    QString name = path;
    if (!create && info.exists() && (!info.isWritable() || !folderWritable(path)))
        connection->readOnly = true;
    // Journal files another account made (reading the file only) cannot be written by this
    // one: SQLite would open them read-only, and every save would fail.
    const bool othersJournal = !create && info.exists() && info.isWritable()
        && ((shm.exists() && !shm.isWritable()) || (wal.exists() && !wal.isWritable()));
    if (othersJournal)
        connection->readOnly = true;
    if (connection->readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        if (!folderWritable(path)) {
            // WAL needs its shared-memory file beside the database. In a folder nobody may
            // write no one can be writing, so the file is read as it is; a journal left there
            // holds changes that cannot be read without it.
            if (wal.exists() && wal.size() > 0 && !shm.exists()) {
                *error = tr("The database “%1” cannot be read in this folder: its journal "
                            "“%2” holds saved changes that can only be read where the folder "
                            "may be written. Copy the folder to a place you may write, or ask "
                            "whoever looks after it.")
                             .arg(shown(path), shown(wal.absoluteFilePath()));
                return false;
            }
            if (!wal.exists() || wal.size() == 0)
                url.setQuery(QStringLiteral("immutable=1"));
            connection->readOnlyReason
                = tr("The folder “%1” may not be written: the database is open for reading "
                     "only, and changes cannot be saved.")
                      .arg(shown(info.absolutePath()));
        } else if (othersJournal) {
            connection->readOnlyReason
                = tr("The journal files beside “%1” belong to another account, which has the "
                     "database open for reading: changes cannot be saved until it closes the "
                     "program. If nobody has it open, remove “%2” and “%3” and open it again.")
                      .arg(shown(path), shown(shm.absoluteFilePath()),
                          shown(wal.absoluteFilePath()));
        } else if (!info.isWritable()) {
            connection->readOnlyReason
                = tr("The file “%1” may not be written: the database is open for reading "
                     "only, and changes cannot be saved.")
                      .arg(shown(path));
            if (!wal.exists() && !shm.exists())
                connection->madeFiles = {wal.absoluteFilePath(), shm.absoluteFilePath()};
        } else {
            connection->readOnlyReason = tr("The database is open for reading only.");
        }
        name = url.toString(QUrl::FullyEncoded);
    }
    // A new file is its owner's only (0600) before SQLite writes a byte to it: it may come to
    // hold secret records, and SQLite gives its journal files the database's own permissions.
    // (On Windows Qt can only set the read-only attribute; the folder's ACL decides who reads.)
    if (create) {
        QFile file(path);
        const bool made = !info.exists();
        if ((made && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("The database “%1” cannot be created: %2")
                         .arg(shown(path), file.errorString());
            if (made)
                file.remove();
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(name);
    db.setConnectOptions(options);
    if (!db.open()) {
        *error
            = tr("The database “%1” cannot be opened: %2").arg(shown(path), db.lastError().text());
        return false;
    }
    // A read-only look must still be able to read: a file SQLite cannot read at all is damaged
    // or not a database.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_NOTADB)
            *error = tr("The file “%1” is not a Secretariat database.").arg(shown(path));
        else if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY)
            *error = tr("The database “%1” cannot be read here: %2")
                         .arg(shown(path), probe.lastError().databaseText());
        else
            *error = tr("The database “%1” is damaged and was not opened. Restore it from a "
                        "backup.")
                         .arg(shown(path));
        return false;
    }
    probe.finish();
    // A province's file is a gigabyte: the pages a window keeps using (the indexes a save
    // writes, the lists' first pages) stay in memory, up to 32 MiB, instead of being read from
    // the disk again at every statement (SQLite's default keeps 2 MiB).
    QSqlQuery cache(db);
    cache.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    if (connection->readOnly)
        return true;
    // WAL lets a reader (a second window, a backup) work while the other writes;
    // synchronous=FULL because a secretary must never lose a saved record to a power cut.
    QSqlQuery query(db);
    for (const char *statement :
        {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!query.exec(QLatin1String(statement))) {
            *error = query.lastError().databaseText();
            return false;
        }
    }
    if (pragma(db, "foreign_keys").toInt() != 1) {
        *error = tr("This SQLite library cannot enforce foreign keys.");
        return false;
    }
    return true;
}

bool SqliteDialect::header(const QString &path, int *version, int *application, QString *error)
{
    OwnConnection probe(path, true);
    if (!probe.ok()) {
        *error = probe.error();
        return false;
    }
    const QVariant appId = pragma(probe.db(), "application_id");
    const QVariant userVersion = pragma(probe.db(), "user_version");
    if (!appId.isValid() || !userVersion.isValid()) {
        *error = tr("The file “%1” cannot be read as a database.").arg(shown(path));
        return false;
    }
    *version = userVersion.toInt();
    *application = appId.toInt();
    return true;
}

QStringList SqliteDialect::integrity(const QSqlDatabase &db, const char *pragma)
{
    QStringList found;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)))
        return {tr("Integrity: %1").arg(query.lastError().text())};
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            found << tr("Integrity: %1").arg(line);
    }
    return found;
}

QStringList SqliteDialect::problems(const QString &path)
{
    OwnConnection probe(path, true);
    if (!probe.ok())
        return {probe.error()};
    QStringList found = integrity(probe.db(), "integrity_check");
    QSqlQuery query(probe.db());
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            found << tr("Row %1 of table %2 refers to a missing row of table %3.")
                         .arg(query.value(1).toString(), query.value(0).toString(),
                             query.value(2).toString());
    } else {
        found << tr("Foreign keys: %1").arg(query.lastError().text());
    }
    return found;
}

QStringList SqliteDialect::damage(const QString &path)
{
    OwnConnection probe(path, true);
    return probe.ok() ? integrity(probe.db(), "quick_check") : QStringList {probe.error()};
}

QMap<QString, qint64> SqliteDialect::rowCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    QStringList tables;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        tables << query.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        // The names come from the schema itself, never from a user.
        if (query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && query.next())
            counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

void SqliteDialect::finishStatements(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return;
    for (sqlite3_stmt *statement = sqlite3_next_stmt(handle, nullptr); statement;
         statement = sqlite3_next_stmt(handle, statement))
        sqlite3_reset(statement);
}

bool SqliteDialect::detachJournal(const QSqlDatabase &db, QString *error)
{
    finishStatements(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next()
        || query.value(0).toString() != QLatin1String("delete")) {
        *error = tr("The database is still open in another window or program; close it there "
                    "first.");
        return false;
    }
    return true;
}

bool SqliteDialect::recordVersion(const QSqlDatabase &db, int version, QString *error) const
{
    QSqlQuery query(db);
    for (const QString &statement : {QStringLiteral("PRAGMA user_version = %1").arg(version),
             QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
        if (!query.exec(statement)) {
            *error = query.lastError().databaseText();
            return false;
        }
    }
    return true;
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

qint64 SqliteDialect::lastInsertId(const QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

DbError SqliteDialect::classify(const QSqlError &error) const
{
    DbError result;
    result.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric) {
        result.kind
            = error.type() == QSqlError::NoError ? DbError::Kind::None : DbError::Kind::Other;
        return result;
    }
    // What the constraint's refusal names: "CHECK constraint failed: unit_kind",
    // "UNIQUE constraint failed: index 'unit_name_unique'", "… failed: unit.name, unit.parent_id".
    const QString text = error.databaseText();
    const int colon = text.indexOf(QLatin1String("failed: "));
    QString subject = colon < 0 ? QString() : text.mid(colon + 8).trimmed();
    if (subject.startsWith(QLatin1String("index '")) && subject.endsWith(QLatin1Char('\'')))
        subject = subject.mid(7).chopped(1);
    const auto withColumns = [&](DbError::Kind kind) {
        result.kind = kind;
        if (subject.contains(QLatin1Char('.'))) {
            for (const QString &column : subject.split(QLatin1Char(','), Qt::SkipEmptyParts))
                result.columns << column.trimmed();
        } else {
            result.constraint = subject;
        }
    };
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        withColumns(DbError::Kind::Unique);
        return result;
    case SQLITE_CONSTRAINT_NOTNULL:
        withColumns(DbError::Kind::NotNull);
        return result;
    case SQLITE_CONSTRAINT_CHECK:
        result.kind = DbError::Kind::Check;
        result.constraint = subject;
        return result;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        result.kind = DbError::Kind::ForeignKey;
        return result;
    case SQLITE_CONSTRAINT_TRIGGER:
        result.kind = DbError::Kind::AppendOnly;
        result.constraint = text;
        return result;
    default:
        break;
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        result.kind = DbError::Kind::Busy;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        result.kind = DbError::Kind::ReadOnly;
        break;
    case SQLITE_FULL:
        result.kind = DbError::Kind::Full;
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        result.kind = DbError::Kind::Io;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        result.kind = DbError::Kind::Corrupt;
        break;
    case SQLITE_OK:
        result.kind = DbError::Kind::None;
        break;
    default:
        result.kind = DbError::Kind::Other;
    }
    return result;
}

bool SqliteDialect::executeScript(
    const QSqlDatabase &db, const QString &script, QString *error) const
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle) {
        *error = tr("The SQLite driver of this installation cannot be used.");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message)
        != SQLITE_OK) {
        *error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqliteDialect::copyTo(const QSqlDatabase &db, const QString &target,
    QMap<QString, qint64> *counts, QString *error) const
{
    sqlite3 *source = nativeHandle(db);
    if (!source) {
        *error = tr("The SQLite driver of this installation cannot be used.");
        return false;
    }
    // The counts and the pages from one read transaction: the same moment of the file.
    QSqlQuery transaction(db);
    transaction.exec(QStringLiteral("BEGIN"));
    *counts = rowCounts(db);
    sqlite3 *copy = nullptr;
    int result = sqlite3_open_v2(QFile::encodeName(target).constData(), &copy,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (result == SQLITE_OK) {
        // Every page in one step: one consistent moment of the file, whatever this connection's
        // lists have open.
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup) {
            result = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (result == SQLITE_DONE)
                result = SQLITE_OK;
        } else {
            result = sqlite3_errcode(copy);
        }
    }
    if (result == SQLITE_OK) {
        // A copy stands alone: one file, no journal beside it.
        result = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (result != SQLITE_OK) {
        *error = QString::fromUtf8(copy ? sqlite3_errmsg(copy) : sqlite3_errstr(result));
        if ((result & 0xff) == SQLITE_FULL)
            *error = tr("The disk is full.");
    }
    sqlite3_close(copy);
    transaction.exec(QStringLiteral("COMMIT"));
    return result == SQLITE_OK;
}

int SqliteDialect::dataVersion(const QSqlDatabase &db) const
{
    return pragma(db, "data_version").toInt();
}

bool SqliteDialect::enforceForeignKeys(const QSqlDatabase &db, bool on, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                       : QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

QStringList SqliteDialect::foreignKeyProblems(const QSqlDatabase &db) const
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << query.lastError().databaseText();
        return problems;
    }
    while (query.next())
        problems << tr("Row %1 of %2 refers to a missing row of %3.")
                        .arg(query.value(1).toString(), query.value(0).toString(),
                            query.value(2).toString());
    return problems;
}

QString SqliteDialect::searchIndexScript(const Catalogue::SearchIndex &index) const
{
    // FTS5 keeps its own copy of the text (a few bytes a row): a row is then replaced by its
    // rowid alone, and a unit's new name reaches its people's index rows by one UPDATE.
    const QString name = index.name();
    const QStringList columns = SearchIndexSql::columns(index);
    const QString columnList = columns.join(QStringLiteral(", "));
    QString script
        = QStringLiteral(
            "CREATE VIRTUAL TABLE %1 USING fts5(%2, tokenize = 'unicode61', prefix = '1 2');\n"
            "INSERT INTO %1 (rowid, %2) SELECT %3 FROM %4 t;\n"
            "CREATE TRIGGER %1_insert AFTER INSERT ON %4 BEGIN\n"
            "    INSERT INTO %1 (rowid, %2) VALUES (%5);\nEND;\n"
            "CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %4 BEGIN\n"
            "    DELETE FROM %1 WHERE rowid = old.id;\n"
            "    INSERT INTO %1 (rowid, %2) VALUES (%5);\nEND;\n"
            "CREATE TRIGGER %1_delete AFTER DELETE ON %4 BEGIN\n"
            "    DELETE FROM %1 WHERE rowid = old.id;\nEND;\n")
              .arg(name, columnList, SearchIndexSql::rowValues(index, QStringLiteral("t")),
                  index.table, SearchIndexSql::rowValues(index, QStringLiteral("new")));
    for (const auto &reference : index.references) {
        const QString text = reference.columns.join(QStringLiteral(" || ' ' || new."));
        QStringList differs;
        for (const QString &column : reference.columns)
            differs << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
        script += QStringLiteral("CREATE TRIGGER %1_%2 AFTER UPDATE OF %3 ON %4 WHEN %7 BEGIN\n"
                                 "    UPDATE %1 SET %2 = new.%5 WHERE rowid IN "
                                 "(SELECT id FROM %6 WHERE %2 = new.id);\nEND;\n")
                      .arg(name, reference.column, reference.columns.join(QStringLiteral(", ")),
                          reference.table, text, index.table, differs.join(QStringLiteral(" OR ")));
    }
    return script;
}

namespace {

// The words of a search as FTS5 reads them (see SqliteDialect::searchQuery), looked for in
// `columns` only when some are named; empty when the text has no word. Each word is quoted:
// nothing the user types is FTS syntax.
QString matchExpression(const QString &text, const QStringList &columns)
{
    QStringList words;
    for (const SearchTerm &term : searchTerms(text)) {
        const QString phrase
            = QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + QLatin1Char('"');
        words << (term.prefix ? phrase + QLatin1Char('*') : phrase);
    }
    if (words.isEmpty() || columns.isEmpty())
        return words.join(QLatin1Char(' '));
    // A column filter applies to the whole bracketed expression: every word in those columns.
    return QStringLiteral("{%1} : (%2)")
        .arg(columns.join(QLatin1Char(' ')), words.join(QLatin1Char(' ')));
}

} // namespace

QString SqliteDialect::searchQuery(const Catalogue::SearchIndex &index, const QString &text,
    QVariantList *values, const QStringList &columns) const
{
    const QString match = matchExpression(text, columns);
    if (match.isEmpty())
        return QString();
    values->append(match);
    return QStringLiteral("SELECT rowid AS id FROM %1 WHERE %1 MATCH ?").arg(index.name());
}

QString SqliteDialect::rankedSearchQuery(const Catalogue::SearchIndex &index, const QString &text,
    QVariantList *values, const QStringList &columns) const
{
    const QString match = matchExpression(text, columns);
    if (match.isEmpty())
        return QString();
    values->append(match);
    // bm25 is negative, the better match the lower: sorted ascending, best first. It is only
    // computed where the index itself answers the MATCH: the LIMIT keeps the engine from
    // merging this query into a join that reads the table first.
    return QStringLiteral("SELECT rowid AS id, bm25(%1) AS score FROM %1 WHERE %1 MATCH ? LIMIT -1")
        .arg(index.name());
}

QString SqliteDialect::amongIds(const QString &key, const QString &table, bool many) const
{
    // "+key" keeps the engine from fetching the rows id by id and sorting them all: with many
    // matches it walks the sort's index and keeps the first that match.
    return QStringLiteral("%1%2 IN (SELECT id FROM %3)")
        .arg(many ? QStringLiteral("+") : QString(), key, table);
}
