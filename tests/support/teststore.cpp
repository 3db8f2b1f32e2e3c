#include "teststore.h"
#include "testserver.h"

#include "cli/demodata.h"
#include "core/catalogue.h"
#include "storage/accounts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

namespace TestSupport {

namespace {

// A read-only connection of its own (to a file or a server), removed with the object.
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_name(
            QStringLiteral("test-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (onServer() || path.startsWith(QLatin1String("postgresql:"))) {
            serverConnection(location(path), m_name);
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Reader()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

std::shared_ptr<ManualClock> fixClock(const QDateTime &now)
{
    const QDateTime moment = now.isValid()
        ? now
        : QDateTime(QDate(2026, 12, 1), QTime(10, 42), QTimeZone("Asia/Ho_Chi_Minh"));
    auto clock = std::make_shared<ManualClock>(moment);
    Clock::setApplication(clock);
    return clock;
}

QString writeDemo(const QString &path)
{
    Store store;
    QString error;
    if (!store.open(location(path, true), Store::OpenMode::CreateNew, &error))
        return error;
    if (!DemoData::populate(store, &error))
        return error.isEmpty() ? QStringLiteral("the demo could not be written") : error;
    return QString();
}

QString addAccount(Store &store, const QString &name, Access::Role role, const QString &clearance,
    const QString &password, const QString &fullName)
{
    const bool first = !store.accountsEnabled();
    Accounts::Entry account;
    account.name = name;
    account.fullName = fullName;
    account.role = role;
    account.clearance = clearance;
    QString error;
    if (!Accounts::add(store, account, password, &error)
        || (first && !store.logIn(name, password, &error)))
        return error;
    return QString();
}

std::unique_ptr<Store> open(const QString &path, Store::OpenMode mode)
{
    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(location(path, mode == Store::OpenMode::CreateNew), mode, &error)) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
        return nullptr;
    }
    return store;
}

QVariant fileValue(const QString &path, const QString &sql, const QVariantList &values)
{
    Reader reader(path);
    QSqlQuery query(reader.db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString dump(const QString &path, const QStringList &except)
{
    Reader reader(path);
    QStringList lines;
    QSqlQuery tables(reader.db());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE "
                               "'sqlite_%' ORDER BY type, name"));
    QStringList names;
    while (tables.next()) {
        lines << tables.value(1).toString();
        const QString name = tables.value(0).toString();
        // The full-text indexes' own tables hold what the rows say, in the engine's layout.
        const bool searchIndex = std::any_of(Catalogue::searchIndexes().cbegin(),
            Catalogue::searchIndexes().cend(),
            [&name](const Catalogue::SearchIndex &index) { return name.startsWith(index.name()); });
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE"))
            && !except.contains(name) && !searchIndex)
            names << name;
    }
    for (const QString &table : std::as_const(names)) {
        // In key order, not in the order the rows were written: a copy writes them in key
        // order (a server has no rowid).
        QStringList key;
        QSqlQuery columns(reader.db());
        columns.prepare(
            QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
        columns.addBindValue(table);
        columns.exec();
        while (columns.next())
            key << QLatin1Char('"') + columns.value(0).toString() + QLatin1Char('"');
        QSqlQuery rows(reader.db());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                      .arg(table, key.isEmpty() ? QStringLiteral("rowid") : key.join(',')));
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows.value(i);
                values << (value.isNull() ? QStringLiteral("NULL")
                        : value.typeId() == QMetaType::QByteArray
                        ? QString::fromLatin1(value.toByteArray().toHex())
                        : value.toString());
            }
            lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int locksHeld(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino)) + ' ';
    int count = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 5314 fe:00:10952851 128 128"
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid
            && (fields.at(5) + ' ').endsWith(inode))
            ++count;
    }
    return count;
}

} // namespace TestSupport
