#include "store.h"

#include "documentregister.h"

#include "auditlog.h"
#include "livefiles.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"
#include "storeerrors.h"
#include "core/appresources.h"
#include "core/catalogue.h"
#include "core/clock.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>

#if defined(Q_OS_WIN) && QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
#endif

namespace {

// A table's or column's name in SQL text: ours, from the catalogue, never user input.
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const Catalogue::Table *describedTable(const QString &table, QString *error)
{
    const Catalogue::Table *described = Catalogue::table(table);
    if (!described && error)
        *error = Store::tr("The program does not know the table “%1”.").arg(table);
    return described;
}

QString operatingSystemUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // Without those variables (a service), the home folder is named after the account.
    return QDir::home().dirName();
}

// The migrations compiled into the program, by the version each makes. An engine's history may
// start later than version 1 (the server's starts with the schema as it was when the server
// came): a new database starts with its first script.
QMap<int, QString> migrationFiles(const Dialect &dialect)
{
    AppResources::ensureLoaded();
    QDir dir(dialect.migrationFolder());
    QMap<int, QString> files;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files.insert(file.section(QLatin1Char('_'), 0, 0).toInt(), dir.filePath(file));
    return files;
}

const char *const changeChannel = "secretariat_changed";

// Values of one type compare equal when they mean the same: 7 and 7LL, "" and NULL.
bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

// created_at and updated_at, as the schema's defaults write them (UTC, to the second).
QString timestampOf(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonValue json(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QJsonValue(QString::fromLatin1(value.toByteArray().toHex()));
    return QJsonValue::fromVariant(value);
}

// A value as the audit log shows it: a password's hash only as having been set.
QJsonValue logged(const Catalogue::Column &column, const QVariant &value)
{
    if (!column.logged && !value.isNull())
        return QJsonValue(QStringLiteral("***"));
    return json(value);
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_dialect(std::make_unique<SqliteDialect>())
    , m_connectionName(
          QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_userName(operatingSystemUser())
    , m_clock(Clock::application())
{ }

Store::~Store()
{
    close();
}

QDateTime Store::now() const
{
    return m_clock->now().toUTC();
}

QSqlDatabase Store::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QString Store::explain(const QSqlError &error) const
{
    return StoreErrors::explain(m_dialect->classify(error), m_dialect->engineName());
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secretariat.sqlite"));
}

bool Store::inspect(const QString &path, Health *health, QString *error)
{
    int version = 0;
    QString problem;
    health->problems.clear();
    if (PostgresDialect::isAddress(path)) {
        // The server keeps its pages and foreign keys whole itself; what it cannot know is
        // whether the audit chain and the issued documents are still as the program wrote them.
        Store server;
        if (!server.open(path, OpenMode::MustExist, error))
            return false;
        health->schemaVersion = schemaVersion;
        server.m_accountsEnabled = false;
        if (!server.applyAccess(&problem))
            health->problems << problem;
        health->problems << server.verifyAuditLog() << DocumentRegister::verifyFiles(server);
        return true;
    }
    switch (SqliteDialect::examine(path, LiveFiles::isLive(path), &version, &problem)) {
    case SqliteDialect::FileState::Refused:
        *error = problem;
        return false;
    case SqliteDialect::FileState::Missing:
        *error = tr("There is no database file “%1”.").arg(shown(path));
        return false;
    case SqliteDialect::FileState::Empty:
        *error = tr("The file “%1” is empty: it holds no Secretariat database.").arg(shown(path));
        return false;
    case SqliteDialect::FileState::Ours:
        break;
    }
    health->schemaVersion = version;
    health->problems.clear();
    if (version > schemaVersion) {
        *error = tr("The database “%1” was made by a newer version of Secretariat (schema %2; "
                    "this program knows up to %3).")
                     .arg(shown(path))
                     .arg(version)
                     .arg(schemaVersion);
        return false;
    }
    if (version < schemaVersion)
        health->problems << tr("The schema is at version %1; opening the file in the program "
                               "updates it to %2.")
                                .arg(version)
                                .arg(schemaVersion);
    health->problems << SqliteDialect::problems(path);
    if (version == schemaVersion) {
        Store reader;
        QString readError;
        // The file's health is the whole file's, not what an account may read of it: no view
        // hides a secret record's issued document from the check (which prints no record, at
        // most an issued document's number), so `check` needs no login.
        if (reader.open(path, OpenMode::ReadOnly, &readError)) {
            reader.m_accountsEnabled = false;
            if (!reader.applyAccess(&readError))
                health->problems << readError;
            health->problems << reader.verifyAuditLog() << DocumentRegister::verifyFiles(reader);
        } else {
            health->problems << readError;
        }
    }
    return true;
}

QStringList Store::verifyAuditLog() const
{
    return AuditLog::verify(connection());
}

bool Store::open(const QString &path, OpenMode mode, QString *error)
{
    close();
    m_openProblem = OpenProblem::None;
    if (PostgresDialect::isAddress(path))
        return openServer(path, mode, error);
    m_dialect = std::make_unique<SqliteDialect>();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    int version = 0;
    QString problem;
    const SqliteDialect::FileState state
        = SqliteDialect::examine(absolute, LiveFiles::isLive(absolute), &version, &problem);
    bool create = false;
    switch (state) {
    case SqliteDialect::FileState::Refused:
        return fail(problem);
    case SqliteDialect::FileState::Missing:
        if (mode != OpenMode::CreateNew && mode != OpenMode::CreateIfMissing)
            return fail(tr("There is no database file “%1”.").arg(shown(absolute)));
        {
            // A folder made for the new file is its owner's only, as the file is.
            const QString folder = QFileInfo(absolute).absolutePath();
            const bool madeFolder = !QFileInfo::exists(folder);
            if (!QDir().mkpath(folder))
                return fail(tr("The folder for “%1” cannot be created.").arg(shown(absolute)));
            if (madeFolder)
                QFile::setPermissions(folder,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        create = true;
        break;
    case SqliteDialect::FileState::Empty:
        // Only the program's own database at its own place may be an empty file it started
        // itself; a file someone names is never turned into a database behind their back.
        if (mode != OpenMode::CreateIfMissing)
            return fail(tr("The file “%1” is empty: it holds no Secretariat database. Choose "
                           "another file, or make a new database with File › New.")
                            .arg(shown(absolute)));
        create = true;
        break;
    case SqliteDialect::FileState::Ours:
        if (mode == OpenMode::CreateNew)
            return fail(tr("The file “%1” already exists; a new database needs a new file name.")
                            .arg(shown(absolute)));
        if (version > schemaVersion)
            return fail(tr("The database “%1” was made by a newer version of Secretariat "
                           "(schema %2; this program knows up to %3). It was not changed: "
                           "open it with the newer program.")
                            .arg(shown(absolute))
                            .arg(version)
                            .arg(schemaVersion));
        break;
    }

    SqliteDialect::Connection opened;
    const bool connected = SqliteDialect::open(
        m_connectionName, absolute, create, mode == OpenMode::ReadOnly, &opened, &problem);
    m_madeFiles = opened.madeFiles;
    if (!connected) {
        close();
        return fail(problem);
    }
    m_path = absolute;
    m_readOnly = opened.readOnly;
    m_readOnlyReason = opened.readOnlyReason;
    if (version < schemaVersion) {
        if (m_readOnly) {
            close();
            return fail(tr("The database “%1” was made by an older version of Secretariat and "
                           "must be updated before it is used, which cannot be done while it "
                           "is read-only. %2")
                            .arg(shown(absolute), opened.readOnlyReason));
        }
        if (!migrate(version, &problem)) {
            close();
            return fail(problem);
        }
    }
    if (!noteAccounts(&problem)) {
        close();
        return fail(problem);
    }
    LiveFiles::add(m_path);
    m_onFile = true;
    m_dataVersion = dataVersion();
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &Store::pollExternalChanges);
    m_poll->start();
    return true;
}

QString Store::exposureWarning() const
{
    if (!m_onFile)
        return QString();
    // Through the views: an account told that the file holds secret records it cannot see
    // would learn that they exist.
    const bool secret = value(QStringLiteral("SELECT 1 FROM conference WHERE secrecy <> 'none' "
                                             "UNION ALL SELECT 1 FROM inspection_team "
                                             "WHERE secrecy <> 'none' LIMIT 1"))
                            .toInt()
        == 1;
    if (!secret)
        return QString();
#ifdef Q_OS_WIN
        // Without the NTFS lookup Qt calls every file readable by everyone.
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    const QNtfsPermissionCheckGuard lookup;
#else
    ++qt_ntfs_permission_lookup;
    const auto restore = qScopeGuard([] { --qt_ntfs_permission_lookup; });
#endif
#endif
    const auto othersRead = [](const QString &path) {
        const QFileInfo info(path);
        return info.exists()
            && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    };
    QStringList open;
    for (const QString &path : {m_path, m_path + QStringLiteral("-wal"),
             m_path + QStringLiteral("-shm"), m_path + QStringLiteral("-journal")}) {
        if (othersRead(path))
            open << QDir::toNativeSeparators(path);
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (othersRead(folder))
        open << QDir::toNativeSeparators(folder);
    if (open.isEmpty())
        return QString();
    return tr("This database holds secret records, and other accounts on this computer may read "
              "“%1”. Keep it in a folder only you may open (or ask whoever looks after the "
              "computer to restrict it).")
        .arg(open.join(QStringLiteral("”, “")));
}

bool Store::openServer(const QString &location, OpenMode mode, QString *error)
{
    auto dialect = std::make_unique<PostgresDialect>();
    PostgresDialect *server = dialect.get();
    m_dialect = std::move(dialect);
    const auto fail = [this, error](const QString &sentence) {
        close();
        if (error)
            *error = sentence;
        return false;
    };
    QString problem;
    const std::optional<PostgresDialect::Address> address
        = PostgresDialect::parse(location, &problem);
    if (!address)
        return fail(problem);
    const std::optional<int> version = PostgresDialect::open(m_connectionName, *address, &problem);
    if (!version) {
        if (address->password.isEmpty() && PostgresDialect::passwordMissing(connection()))
            m_openProblem = OpenProblem::PasswordMissing;
        return fail(problem);
    }
    m_path = address->shown();
    if (*version == 0 && mode != OpenMode::CreateNew && mode != OpenMode::CreateIfMissing) {
        m_openProblem = OpenProblem::EmptyServerDatabase;
        return fail(
            tr("The database %1 on the server holds no Secretariat data yet. An "
               "administrator fills it with “secretariat copy”, or File › Connect to server "
               "makes its tables.")
                .arg(m_path));
    }
    if (*version > 0 && mode == OpenMode::CreateNew)
        return fail(tr("The database %1 on the server already holds Secretariat data; a new "
                       "database needs an empty one.")
                        .arg(m_path));
    if (*version > schemaVersion)
        return fail(tr("The database %1 was made by a newer version of Secretariat (schema %2; "
                       "this program knows up to %3). It was not changed: use the newer program.")
                        .arg(m_path)
                        .arg(*version)
                        .arg(schemaVersion));
    if (*version < schemaVersion
        && (!PostgresDialect::useSchema(connection(), &problem) || !migrate(*version, &problem)))
        return fail(problem);
    server->learnUniqueness(connection());
    m_userName = value(QStringLiteral("SELECT CAST(session_user AS text)")).toString();
    if (!noteAccounts(&problem))
        return fail(problem);
    // Another PC's commit arrives as a notification naming the tables it changed.
    QSqlDriver *driver = connection().driver();
    if (driver->subscribeToNotification(QLatin1String(changeChannel))) {
        connect(driver, &QSqlDriver::notification, this,
            [this](
                const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source != QSqlDriver::OtherSource)
                    return;
                for (const QString &table :
                    payload.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    emit changed(table, true);
            });
    }
    return true;
}

void Store::close()
{
    delete m_poll;
    m_poll = nullptr;
    if (m_onFile)
        LiveFiles::remove(m_path);
    m_onFile = false;
    m_depth = 0;
    m_touched.clear();
    m_auditHead.reset();
    m_prepared.clear();
    if (QSqlDatabase::contains(m_connectionName)
        && connection().driverName() == QLatin1String("QPSQL"))
        PostgresDialect::close(m_connectionName);
    else
        SqliteDialect::close(m_connectionName, m_madeFiles);
    m_madeFiles.clear();
    m_path.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_accountsEnabled = false;
    m_account.reset();
    m_refusals.clear();
    m_declaredActions = 0;
}

int Store::dataVersion() const
{
    return m_dialect->dataVersion(connection());
}

void Store::pollExternalChanges()
{
    if (m_depth > 0 || !isOpen())
        return;
    const int version = dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        emit changed(QString(), true);
    }
}

bool Store::migrate(int fromVersion, QString *error)
{
    const QMap<int, QString> files = migrationFiles(*m_dialect);
    // A new database starts with the engine's first script, which makes the whole schema of
    // its version.
    const int first = fromVersion == 0 && !files.isEmpty() ? files.firstKey() : fromVersion + 1;
    if (!m_dialect->enforceForeignKeys(connection(), false, error))
        return false;
    // On again however the migrations end.
    const auto enforce = qScopeGuard([this] {
        QString ignored;
        m_dialect->enforceForeignKeys(connection(), true, &ignored);
    });
    const auto foreignKeysHold = [this](QString *problem) {
        const QStringList problems = m_dialect->foreignKeyProblems(connection());
        *problem = problems.join(QLatin1Char(' '));
        return problems.isEmpty();
    };
    for (int version = first; version <= schemaVersion; ++version) {
        QFile file(files.value(version));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The program is missing its database migration %1.").arg(version);
            return false;
        }
        Write write(this);
        QString problem = write.errorString();
        if (!write.isActive()
            || !m_dialect->executeScript(connection(), QString::fromUtf8(file.readAll()), &problem)
            || !afterMigration(version, fromVersion == 0 && version == first && first > 1, &problem)
            || !foreignKeysHold(&problem)
            || !m_dialect->recordVersion(connection(), version, &problem)
            || !write.commit(&problem)) {
            *error = tr("Updating the database to version %1 failed, nothing was changed: %2")
                         .arg(version)
                         .arg(problem);
            return false;
        }
    }
    m_touched.clear();
    return true;
}

bool Store::afterMigration(int version, bool whole, QString *error)
{
    if (whole) {
        // A schema made in one step gets every full-text index at once.
        for (const Catalogue::SearchIndex &index : Catalogue::searchIndexes()) {
            if (!m_dialect->executeScript(connection(), m_dialect->searchIndexScript(index), error))
                return false;
        }
        // After every table: the grants cover them all.
        if (const QString security = m_dialect->securityScript();
            !security.isEmpty() && !m_dialect->executeScript(connection(), security, error))
            return false;
        return version != schemaVersion || rederiveAll(error);
    }
    if (version == 4) {
        // The full-text indexes the catalogue declares, of the tables there are at version 4
        // (the commendation was searched only from version 7, which makes it again).
        const QStringList existing = connection().tables();
        for (const Catalogue::SearchIndex &index : Catalogue::searchIndexes()) {
            if (existing.contains(index.table) && index.table != QLatin1String("commendation")
                && !m_dialect->executeScript(
                    connection(), m_dialect->searchIndexScript(index), error))
                return false;
        }
        return true;
    }
    if (version == 5) {
        // The register, made again to number per run, and the new issuing bodies get their
        // full-text indexes.
        for (const char *table : {"document_register", "issuing_body"}) {
            const Catalogue::SearchIndex *index = Catalogue::searchIndex(QLatin1String(table));
            if (!m_dialect->executeScript(
                    connection(), m_dialect->searchIndexScript(*index), error))
                return false;
        }
        return true;
    }
    if (version == 6 || version == 7) {
        // Tables made again and new ones get their full-text indexes: the inspections' at
        // version 6, the commendations' at 7.
        const QStringList tables = version == 6
            ? QStringList {QStringLiteral("inspection_team"), QStringLiteral("finding"),
                QStringLiteral("recommendation")}
            : QStringList {QStringLiteral("commendation_form"), QStringLiteral("commendation"),
                QStringLiteral("commendation_recipient")};
        for (const QString &table : tables) {
            const Catalogue::SearchIndex *index = Catalogue::searchIndex(table);
            if (!m_dialect->executeScript(
                    connection(), m_dialect->searchIndexScript(*index), error))
                return false;
        }
        return true;
    }
    if (version == 8) {
        // The audit log was made again for its new actions: its index too.
        if (!m_dialect->executeScript(connection(),
                m_dialect->searchIndexScript(*Catalogue::searchIndex(QStringLiteral("audit_log"))),
                error))
            return false;
    }
    if (version == 9) {
        // The statistics' indicators are searched by name.
        if (!m_dialect->executeScript(connection(),
                m_dialect->searchIndexScript(
                    *Catalogue::searchIndex(QStringLiteral("stat_indicator"))),
                error))
            return false;
    }
    if (version == schemaVersion) {
        // Every row gets its derived columns as this program derives them (version 4 added
        // name_key, 6 the inspections' keys, 7 the commendations', 9 the indicators'): the
        // catalogue describes the newest schema, so this runs with the newest migration only.
        if (!rederiveAll(error))
            return false;
    }
    if (version != 2)
        return true;
    // The rows logged before there was a chain join it as they are.
    auto rows = run(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id")
                        .arg(QLatin1String(AuditLog::columns)),
        {}, error);
    if (!rows)
        return false;
    QString previous;
    qint64 lastId = 0;
    QList<std::pair<qint64, QString>> hashes;
    while (rows->next()) {
        const AuditEntry entry = AuditLog::fromQuery(*rows);
        previous = AuditLog::hash(entry, previous);
        lastId = entry.id;
        hashes.append({entry.id, previous});
    }
    rows->finish();
    for (const auto &[id, hash] : std::as_const(hashes)) {
        if (!run(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"), {hash, id}, error))
            return false;
    }
    m_auditHead = std::make_pair(lastId, previous);
    return writeSeal(error);
}

bool Store::rederiveAll(QString *error)
{
    for (const Catalogue::Table &table : Catalogue::tables()) {
        if (table.derived.isEmpty())
            continue;
        QStringList columns {quoted(table.key)};
        for (const Catalogue::Column &column : table.columns)
            columns << quoted(column.name);
        auto rows = run(QStringLiteral("SELECT %1 FROM %2")
                            .arg(columns.join(QLatin1Char(',')), quoted(table.name)),
            {}, error);
        if (!rows)
            return false;
        QList<std::pair<QVariant, QVariantMap>> derived;
        while (rows->next()) {
            QVariantMap values;
            for (int i = 0; i < table.columns.size(); ++i)
                values.insert(table.columns.at(i).name, rows->value(i + 1));
            Catalogue::derive(table, values);
            derived.append({rows->value(0), values});
        }
        rows->finish();
        QStringList assignments;
        for (const Catalogue::Derived &d : table.derived) {
            if (d.how != Catalogue::Derivation::NameParts)
                assignments << quoted(d.column) + QStringLiteral(" = ?");
        }
        const QString sql
            = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                  .arg(quoted(table.name), assignments.join(QLatin1Char(',')), quoted(table.key));
        for (const auto &[key, values] : std::as_const(derived)) {
            QVariantList binds;
            for (const Catalogue::Derived &d : table.derived) {
                if (d.how != Catalogue::Derivation::NameParts)
                    binds << values.value(d.column);
            }
            binds << key;
            if (!run(sql, binds, error))
                return false;
        }
    }
    return true;
}

std::optional<QSqlQuery> Store::run(
    const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery query(connection());
    // QPSQL reads a forward-only result row by row from the server, and loses the rest when the
    // connection runs another statement meanwhile (a report reading a second table inside its
    // loop): on a server a result is read whole. Lists read a page at a time anyway.
    query.setForwardOnly(m_onFile);
    // Without values, the statement runs as it is: a server prepares only queries, not BEGIN.
    if (!values.isEmpty() && !query.prepare(sql)) {
        if (error)
            *error = explain(query.lastError());
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!(values.isEmpty() ? query.exec(sql) : query.exec())) {
        if (error)
            *error = explain(query.lastError());
        return std::nullopt;
    }
    return query;
}

QSqlQuery *Store::runPrepared(const QString &sql, const QVariantList &values, QString *error) const
{
    std::unique_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(m_onFile); // see run()
        if (!query->prepare(sql)) {
            if (error)
                *error = explain(query->lastError());
            m_prepared.erase(sql);
            return nullptr;
        }
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        if (error)
            *error = explain(query->lastError());
        query->finish();
        return nullptr;
    }
    return query.get();
}

bool Store::lookup(const QString &sql, const QVariantList &values,
    const std::function<void(const QSqlQuery &)> &row, QString *error) const
{
    QSqlQuery *query = runPrepared(sql, values, error);
    if (!query)
        return false;
    while (query->next())
        row(*query);
    query->finish();
    return true;
}

bool Store::scratch(const QString &sql, const QVariantList &values, int *rows, QString *error) const
{
    auto query = run(sql, values, error);
    if (query && rows)
        *rows = query->numRowsAffected();
    return query.has_value();
}

std::optional<QSqlQuery> Store::select(
    const QString &sql, const QVariantList &values, QString *error) const
{
    return run(sql, values, error);
}

QVariant Store::value(const QString &sql, const QVariantList &values, QString *error) const
{
    auto query = run(sql, values, error);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

std::optional<Store::Record> Store::read(
    const QString &table, const QVariant &key, QString *error) const
{
    const Catalogue::Table *described = describedTable(table, error);
    if (!described)
        return std::nullopt;
    QStringList columns;
    for (const Catalogue::Column &column : described->columns)
        columns << quoted(column.name);
    columns << (described->hasVersion ? QStringLiteral("version") : QStringLiteral("1"));
    auto query
        = run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                  .arg(columns.join(QLatin1Char(',')), quoted(table), quoted(described->key)),
            {key}, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = tr("The %1 no longer exists: it was deleted, perhaps in another window.")
                         .arg(Catalogue::tableLabel(table));
        return std::nullopt;
    }
    Record record;
    record.table = table;
    record.key = key;
    for (int i = 0; i < described->columns.size(); ++i)
        record.values.insert(described->columns.at(i).name, query->value(i));
    record.values = normalized(table, record.values);
    record.version = query->value(int(described->columns.size())).toInt();
    return record;
}

QVariantMap Store::normalized(const QString &table, const QVariantMap &values, int *cleaned) const
{
    using Type = Catalogue::Type;
    const Catalogue::Table *described = Catalogue::table(table);
    QVariantMap result;
    int removed = 0;
    if (!described)
        return result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Catalogue::Column *column = described->column(it.key());
        if (!column)
            continue;
        const QVariant &value = it.value();
        QVariant stored;
        switch (column->type) {
        case Type::Text:
        case Type::MultilineText: {
            if (value.isNull())
                break;
            int dropped = 0;
            const QString text
                = VietnameseText::nfc(VietnameseText::clean(value.toString(),
                                          column->type == Type::MultilineText, &dropped))
                      .trimmed();
            removed += dropped;
            if (!text.isEmpty() || !column->nullable)
                stored = text;
            break;
        }
        case Type::Date:
        case Type::Time:
        case Type::Choice: {
            const QString text = value.toString().trimmed();
            if (!text.isEmpty())
                stored = text;
            break;
        }
        case Type::Integer: {
            if (value.isNull() || value.toString().trimmed().isEmpty())
                break;
            bool ok = false;
            const qlonglong number = value.toLongLong(&ok);
            stored = ok ? QVariant(number) : value;
            break;
        }
        case Type::Real: {
            if (value.isNull() || value.toString().trimmed().isEmpty())
                break;
            bool ok = false;
            const double number = value.toDouble(&ok);
            stored = ok ? QVariant(number) : value;
            break;
        }
        case Type::Reference: {
            if (value.isNull() || value.toString().trimmed().isEmpty())
                break;
            const Catalogue::Table *target = Catalogue::table(column->references);
            if (target && target->hasIntegerKey()) {
                bool ok = false;
                const qlonglong id = value.toLongLong(&ok);
                stored = ok ? QVariant(id) : value;
            } else {
                stored = value.toString().trimmed();
            }
            break;
        }
        case Type::Blob:
            stored = value.toByteArray();
            break;
        }
        result.insert(it.key(), stored);
    }
    if (cleaned)
        *cleaned = removed;
    return result;
}

QString Store::nameOf(const QString &table, const QVariantMap &values) const
{
    const Catalogue::Table *described = Catalogue::table(table);
    if (!described)
        return QString();
    for (const QString &name : described->nameColumns) {
        const QVariant value = values.value(name);
        if (value.isNull() || value.toString().isEmpty())
            continue;
        const Catalogue::Column *column = described->column(name);
        const QString text = column && column->type == Catalogue::Type::Reference
            ? referencedName(table, name, value)
            : value.toString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QString Store::referencedName(
    const QString &table, const QString &column, const QVariant &value) const
{
    const Catalogue::Table *described = Catalogue::table(table);
    const Catalogue::Column *reference = described ? described->column(column) : nullptr;
    const Catalogue::Table *target = reference ? Catalogue::table(reference->references) : nullptr;
    if (!target || target->nameColumns.isEmpty() || value.isNull())
        return QString();
    // Within a write, the same rows are named again and again (the conference of each of ten
    // thousand imported participants): named once, until the write changes their table.
    const QString key = value.toString();
    const auto named = m_names.constFind(target->name);
    if (m_depth > 0 && named != m_names.constEnd()) {
        const auto known = named->constFind(key);
        if (known != named->constEnd())
            return *known;
    }
    QStringList columns;
    for (const QString &name : target->nameColumns)
        columns << quoted(name);
    QSqlQuery *query = runPrepared(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(columns.join(QLatin1Char(',')), quoted(target->name), quoted(target->key)),
        {value}, nullptr);
    if (!query)
        return QString();
    QVariantMap values;
    if (query->next()) {
        for (int i = 0; i < target->nameColumns.size(); ++i)
            values.insert(target->nameColumns.at(i), query->value(i));
    }
    query->finish();
    const QString name = values.isEmpty() ? QString() : nameOf(target->name, values);
    if (m_depth > 0)
        m_names[target->name].insert(key, name);
    return name;
}

void Store::touch(const QString &table)
{
    m_touched.insert(table);
    m_names.remove(table);
}

// ---- Writing ----

Store::Write::Write(Store *store, std::optional<Access::Action> as)
    : m_store(store)
{
    if (as && !m_store->demand(*as, &m_error))
        return;
    m_active = m_store->begin(&m_error);
    m_outer = m_active && m_store->m_depth == 1;
    m_declared = m_active && as.has_value();
    if (m_declared)
        ++m_store->m_declaredActions;
}

Store::Write::~Write()
{
    rollback();
}

bool Store::Write::commit(QString *error)
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = Store::tr("The change could not be saved because no transaction was open.");
        if (error)
            *error = m_error;
        return false;
    }
    m_active = false;
    undeclare();
    if (!m_store->finish(true, &m_error)) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

void Store::Write::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    undeclare();
    m_store->finish(false, nullptr);
}

void Store::Write::undeclare()
{
    if (m_declared)
        --m_store->m_declaredActions;
    m_declared = false;
}

bool Store::checkWritable(QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = tr("No database is open.");
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = m_readOnlyReason;
        return false;
    }
    return true;
}

bool Store::begin(QString *error)
{
    if (!checkWritable(error))
        return false;
    if (m_depth > 0) {
        ++m_depth;
        return true;
    }
    if (!run(m_dialect->beginWrite(), {}, error))
        return false;
    m_depth = 1;
    m_touched.clear();
    m_auditHead.reset();
    m_auditDirty = false;
    m_rollbackOnly = false;
    return true;
}

bool Store::finish(bool commit, QString *error)
{
    if (m_depth <= 0)
        return false;
    if (--m_depth > 0) {
        // A nested write that gave up spoils the whole transaction.
        if (!commit)
            m_rollbackOnly = true;
        return true;
    }
    bool ok = commit && !m_rollbackOnly;
    if (commit && m_rollbackOnly && error)
        *error = tr("A part of the change failed, so none of it was saved.");
    if (ok && m_auditDirty)
        ok = writeSeal(error);
    if (ok && !m_touched.isEmpty())
        ok = m_dialect->announce(connection(), QLatin1String(changeChannel),
            QStringList(m_touched.cbegin(), m_touched.cend()), error);
    if (ok)
        ok = run(QStringLiteral("COMMIT"), {}, error).has_value();
    if (!ok)
        run(QStringLiteral("ROLLBACK"), {}, nullptr);
    const QSet<QString> touched = m_touched;
    m_touched.clear();
    m_names.clear();
    m_auditHead.reset();
    m_auditDirty = false;
    m_rollbackOnly = false;
    if (ok) {
        // Our own commit is not a change from elsewhere.
        m_dataVersion = dataVersion();
        for (const QString &table : touched)
            emit changed(table, false);
    }
    flushRefusals();
    return ok;
}

bool Store::appendAudit(AuditEntry entry, QString *error)
{
    if (!m_auditHead) {
        auto head
            = run(QStringLiteral("SELECT id, hash FROM main.audit_log ORDER BY id DESC LIMIT 1"),
                {}, error);
        if (!head)
            return false;
        m_auditHead = head->next()
            ? std::make_pair(head->value(0).toLongLong(), head->value(1).toString())
            : std::make_pair(qint64(0), QString());
    }
    entry.id = m_auditHead->first + 1;
    entry.at = now();
    entry.user = userName();
    entry.hash = AuditLog::hash(entry, m_auditHead->second);
    // The label's folding, for the log's quick filter; derived, so outside the hash.
    QSqlQuery *insert = runPrepared(QStringLiteral("INSERT INTO main.audit_log (%1, label_folded) "
                                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                        .arg(QLatin1String(AuditLog::columns)),
        AuditLog::bindValues(entry) << VietnameseText::fold(entry.recordLabel), error);
    if (!insert)
        return false;
    insert->finish();
    m_auditHead = std::make_pair(entry.id, entry.hash);
    m_auditDirty = true;
    return true;
}

bool Store::writeSeal(QString *error)
{
    if (!m_auditHead)
        return true;
    // An empty chain's hash is the empty text, never NULL.
    QSqlQuery *seal
        = runPrepared(QStringLiteral("INSERT INTO audit_seal (id, last_id, last_hash) "
                                     "VALUES (1, ?, coalesce(?, '')) ON CONFLICT (id) DO UPDATE "
                                     "SET last_id = excluded.last_id, "
                                     "last_hash = excluded.last_hash"),
            {m_auditHead->first, m_auditHead->second}, error);
    if (seal)
        seal->finish();
    return seal != nullptr;
}

namespace {

// The row's place in the audit log: its owner, when it belongs to another record.
void placeUnderOwner(const Catalogue::Table &table, const QVariantMap &values, AuditEntry *entry)
{
    for (const QString &owner : table.ownerColumns) {
        const QVariant id = values.value(owner);
        if (!id.isNull()) {
            entry->parentTable = table.column(owner)->references;
            entry->parentId = id.toLongLong();
            return;
        }
    }
}

} // namespace

std::optional<qint64> Store::insert(const QString &table, const QVariantMap &values, QString *error)
{
    const Catalogue::Table *described = describedTable(table, error);
    if (!described)
        return std::nullopt;
    Write write(this);
    if (!write.isActive()) {
        if (error)
            *error = write.errorString();
        return std::nullopt;
    }
    QVariantMap row = normalized(table, values);
    Catalogue::derive(*described, row);
    if (!mayWrite(table, row, error))
        return std::nullopt;
    QVariantMap stored = row;
    if (described->hasVersion)
        stored.insert(QStringLiteral("version"), 1);
    if (described->hasTimestamps) {
        const QString at = timestampOf(now());
        stored.insert(QStringLiteral("created_at"), at);
        stored.insert(QStringLiteral("updated_at"), at);
    }
    QStringList columns;
    QStringList marks;
    QVariantList binds;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        columns << quoted(it.key());
        marks << QStringLiteral("?");
        binds << it.value();
    }
    QSqlQuery *query = runPrepared(
        QStringLiteral("INSERT INTO main.%1 (%2) VALUES (%3)")
            .arg(quoted(table), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
        binds, error);
    if (!query)
        return std::nullopt;
    const qint64 id = described->hasIntegerKey() ? m_dialect->lastInsertId(*query)
                                                 : row.value(described->key).toLongLong();
    query->finish();
    if (described->audited) {
        AuditEntry entry;
        entry.action = QStringLiteral("insert");
        entry.table = table;
        if (described->hasIntegerKey())
            entry.recordId = id;
        else
            entry.recordKey = row.value(described->key).toString();
        entry.recordLabel = nameOf(table, row);
        placeUnderOwner(*described, row, &entry);
        for (const Catalogue::Column &column : described->columns) {
            const QVariant value = row.value(column.name);
            if (value.isNull())
                continue;
            QJsonArray change {QJsonValue::Null, logged(column, value)};
            if (column.type == Catalogue::Type::Reference)
                change << QJsonValue::Null << referencedName(table, column.name, value);
            entry.changes.insert(column.name, change);
        }
        if (!appendAudit(entry, error))
            return std::nullopt;
    }
    touch(table);
    if (!write.commit(error))
        return std::nullopt;
    return id;
}

Store::Result Store::update(const Record &base, const QVariantMap &values)
{
    Result result;
    const Catalogue::Table *described = describedTable(base.table, &result.error);
    if (!described)
        return result;
    const QVariantMap before = normalized(base.table, base.values);
    QVariantMap after = before;
    const QVariantMap typed = normalized(base.table, values);
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (it.key() != described->key)
            after.insert(it.key(), it.value());
    }
    Catalogue::derive(*described, after);
    QStringList changedColumns;
    for (const Catalogue::Column &column : described->columns) {
        if (after.contains(column.name)
            && !same(after.value(column.name), before.value(column.name)))
            changedColumns << column.name;
    }
    result.version = base.version;
    if (changedColumns.isEmpty()) {
        result.outcome = Outcome::Unchanged;
        return result;
    }
    Write write(this);
    if (!write.isActive()) {
        result.error = write.errorString();
        return result;
    }
    if (!isVisible(base.table, base.key)) {
        result.outcome = Outcome::Gone;
        return result;
    }
    if (!mayWrite(base.table, after, &result.error))
        return result;
    // The changed columns, and every derived one (they are not read back with the record).
    QStringList assignments;
    QVariantList binds;
    for (const QString &column : std::as_const(changedColumns)) {
        assignments << quoted(column) + QStringLiteral(" = ?");
        binds << after.value(column);
    }
    for (const Catalogue::Derived &d : described->derived) {
        if (d.how == Catalogue::Derivation::NameParts)
            continue;
        assignments << quoted(d.column) + QStringLiteral(" = ?");
        binds << after.value(d.column);
    }
    if (described->hasTimestamps) {
        assignments << QStringLiteral("updated_at = ?");
        binds << timestampOf(now());
    }
    QString condition = quoted(described->key) + QStringLiteral(" = ?");
    binds << base.key;
    if (described->hasVersion) {
        assignments << QStringLiteral("version = version + 1");
        condition += QStringLiteral(" AND version = ?");
        binds << base.version;
    }
    QSqlQuery *query
        = runPrepared(QStringLiteral("UPDATE main.%1 SET %2 WHERE %3")
                          .arg(quoted(base.table), assignments.join(QLatin1Char(',')), condition),
            binds, &result.error);
    if (!query)
        return result;
    const int affected = query->numRowsAffected();
    query->finish();
    if (affected != 1) {
        const QVariant exists = value(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
                                          .arg(quoted(base.table), quoted(described->key)),
            {base.key});
        result.outcome = exists.isNull() ? Outcome::Gone : Outcome::Changed;
        std::tie(result.changedAt, result.changedBy) = lastChange(base.table, base.key);
        return result;
    }
    if (described->audited) {
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.table = base.table;
        if (described->hasIntegerKey())
            entry.recordId = base.key.toLongLong();
        else
            entry.recordKey = base.key.toString();
        entry.recordLabel = nameOf(base.table, after);
        placeUnderOwner(*described, after, &entry);
        for (const QString &column : std::as_const(changedColumns)) {
            const QVariant old = before.value(column);
            const QVariant now = after.value(column);
            const Catalogue::Column &kind = *described->column(column);
            QJsonArray change {logged(kind, old), logged(kind, now)};
            if (kind.type == Catalogue::Type::Reference)
                change << referencedName(base.table, column, old)
                       << referencedName(base.table, column, now);
            entry.changes.insert(column, change);
        }
        if (!appendAudit(entry, &result.error))
            return result;
    }
    touch(base.table);
    if (!write.commit(&result.error))
        return result;
    result.outcome = Outcome::Written;
    result.version = described->hasVersion ? base.version + 1 : base.version;
    return result;
}

Store::Result Store::remove(const QString &table, const QVariant &key, int version)
{
    Result result;
    const Catalogue::Table *described = describedTable(table, &result.error);
    if (!described)
        return result;
    Write write(this);
    if (!write.isActive()) {
        result.error = write.errorString();
        return result;
    }
    const std::optional<Record> record = read(table, key, &result.error);
    if (!record) {
        result.outcome = Outcome::Gone;
        std::tie(result.changedAt, result.changedBy) = lastChange(table, key);
        return result;
    }
    if (!mayWrite(table, record->values, &result.error))
        return result;
    const QString name = nameOf(table, record->values);
    if (version > 0 && record->version != version) {
        result.outcome = Outcome::Changed;
        std::tie(result.changedAt, result.changedBy) = lastChange(table, key);
        return result;
    }
    if (described->hasIntegerKey()) {
        const QString uses = usage(table, key.toLongLong());
        if (!uses.isEmpty()) {
            result.error
                = tr("“%1” cannot be deleted because it is still used by %2.").arg(name, uses);
            return result;
        }
    }
    if (!run(QStringLiteral("DELETE FROM main.%1 WHERE %2 = ?")
                 .arg(quoted(table), quoted(described->key)),
            {key}, &result.error))
        return result;
    if (described->audited) {
        AuditEntry entry;
        entry.action = QStringLiteral("delete");
        entry.table = table;
        if (described->hasIntegerKey())
            entry.recordId = key.toLongLong();
        else
            entry.recordKey = key.toString();
        entry.recordLabel = name;
        placeUnderOwner(*described, record->values, &entry);
        for (const Catalogue::Column &column : described->columns) {
            const QVariant old = record->values.value(column.name);
            if (old.isNull())
                continue;
            QJsonArray change {logged(column, old), QJsonValue::Null};
            if (column.type == Catalogue::Type::Reference)
                change << referencedName(table, column.name, old) << QJsonValue::Null;
            entry.changes.insert(column.name, change);
        }
        if (!appendAudit(entry, &result.error))
            return result;
    }
    touch(table);
    if (!write.commit(&result.error))
        return result;
    result.outcome = Outcome::Written;
    return result;
}

QString Store::usage(const QString &table, qint64 id) const
{
    QStringList uses;
    QMap<QString, qint64> counts;
    bool hidden = false;
    for (const Catalogue::Use &use : Catalogue::restrictingUses(table)) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?");
        const QString column = quoted(use.column->name);
        const qint64 count = value(sql.arg(quoted(use.table->name), column), {id}).toLongLong();
        if (count > 0)
            counts[use.table->name] += count;
        // Rows above the user's clearance are named as "a secret record", never counted.
        hidden = hidden
            || value(sql.arg(QStringLiteral("main.") + quoted(use.table->name), column), {id})
                    .toLongLong()
                > count;
    }
    if (table == QLatin1String("issuing_body")) {
        // A conference that names no issuing body is issued by its organizer's
        // (IssuingBodies::forConference): without that body its documents would be headed and
        // signed by the default one, another committee's.
        const qint64 count
            = value(QStringLiteral("SELECT count(*) FROM conference c JOIN issuing_body b ON "
                                   "b.unit_id = c.organizer_unit_id WHERE b.id = ? AND "
                                   "c.issuing_body_id IS NULL"),
                {id})
                  .toLongLong();
        if (count > 0)
            counts[QStringLiteral("conference")] += count;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        uses << Catalogue::tableCount(it.key(), int(it.value()));
    if (hidden)
        uses << tr("a classified record");
    return uses.join(QStringLiteral(", "));
}

QVariant Store::setting(const QString &key) const
{
    return value(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
}

bool Store::setSetting(const QString &key, const QVariant &value, QString *error)
{
    const QString table = QStringLiteral("setting");
    QString ignored;
    if (const std::optional<Record> existing = read(table, key, &ignored)) {
        const Result result = update(*existing, {{QStringLiteral("value"), value}});
        if (!result.ok() && error)
            *error = result.outcome == Outcome::Failed
                ? result.error
                : tr("The setting was changed in another window meanwhile; try again.");
        return result.ok();
    }
    return insert(table, {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, error)
        .has_value();
}

bool Store::logEvent(
    const QString &action, const QString &label, const QVariantMap &details, QString *error)
{
    Write write(this);
    if (!write.isActive()) {
        if (error)
            *error = write.errorString();
        return false;
    }
    AuditEntry entry;
    entry.action = action;
    // Not a row of a table: the whole database (the column holds text, never NULL).
    entry.table = QStringLiteral("");
    entry.recordLabel = label;
    entry.changes = QJsonObject::fromVariantMap(details);
    return appendAudit(entry, error) && write.commit(error);
}

std::pair<QDateTime, QString> Store::lastChange(const QString &table, const QVariant &key) const
{
    const Catalogue::Table *described = Catalogue::table(table);
    const bool integer = described && described->hasIntegerKey();
    auto query = run(QStringLiteral("SELECT at, user_name FROM main.audit_log WHERE table_name = ? "
                                    "AND %1 = ? ORDER BY id DESC LIMIT 1")
                         .arg(integer ? QStringLiteral("record_id") : QStringLiteral("record_key")),
        {table, key}, nullptr);
    if (!query || !query->next())
        return {};
    QDateTime at = QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return {at, query->value(1).toString()};
}
