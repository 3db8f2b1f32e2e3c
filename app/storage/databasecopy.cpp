#include "databasecopy.h"

#include "postgresdialect.h"
#include "store.h"
#include "core/catalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace {

// The two tables that are no records of the catalogue; they refer to nothing.
const QStringList logTables {QStringLiteral("audit_log"), QStringLiteral("audit_seal")};

// A name in SQL text: a table's or column's, the engine's own, never user input.
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The file's or the server's own table, not the view an account reads it through.
QString own(const QString &table)
{
    return QStringLiteral("main.") + quoted(table);
}

QString keyOf(const QString &table)
{
    const Catalogue::Table *described = Catalogue::table(table);
    return described ? described->key : QStringLiteral("id");
}

bool hasIntegerKey(const QString &table)
{
    return keyOf(table) == QLatin1String("id");
}

// A server sends a statement's whole result at once: tables of files are read a few rows at a
// time, the others in larger pages.
int pageSize(const QString &table)
{
    const Catalogue::Table *described = Catalogue::table(table);
    if (described) {
        for (const Catalogue::Column &column : described->columns) {
            if (column.type == Catalogue::Type::Blob)
                return 16;
        }
    }
    return 2000;
}

// The reference columns of a table that point at rows of the same table (a unit's parent, the
// entry a register entry replaces): such a row may come after the one that refers to it.
QStringList selfReferences(const QString &table)
{
    QStringList columns;
    if (const Catalogue::Table *described = Catalogue::table(table)) {
        for (const Catalogue::Column &column : described->columns) {
            if (column.type == Catalogue::Type::Reference && column.references == table)
                columns << column.name;
        }
    }
    return columns;
}

// A value the schema's guards refuse until the rows after it are in: a decided commendation's
// list is frozen, so the commendation is written undecided and decided once its recipients are
// in (no guard refuses a commendation being decided).
struct HeldBack
{
    const char *table;
    const char *column;
    const char *value;
    const char *standIn;
};
const HeldBack heldBack[] = {{"commendation", "status", "decided", "reviewed"}};

// A value written later, once the rows it needs are in.
struct Pending
{
    QString table;
    QVariant key;
    QString column;
    QVariant value;
};

// SHA-256 of a table's rows, each value in a form both engines give alike, its length first so
// that no two rows run together alike.
class Checksum
{
public:
    void add(const QVariant &value)
    {
        QByteArray form;
        if (value.isNull()) {
            form = "N";
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray:
                form = 'B' + value.toByteArray();
                break;
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                form = 'I' + QByteArray::number(value.toLongLong());
                break;
            case QMetaType::Float:
            case QMetaType::Double:
                form = 'R' + QByteArray::number(value.toDouble(), 'g', 17);
                break;
            default:
                form = 'T' + value.toString().toUtf8();
                break;
            }
        }
        m_hash.addData(QByteArray::number(form.size()) + ':');
        m_hash.addData(form);
    }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

// The columns of a table as the engine has them, in its order.
std::optional<QStringList> columnsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(own(table)))) {
        *error = DatabaseCopy::tr("The table %1 cannot be read: %2")
                     .arg(table, query.lastError().databaseText());
        return std::nullopt;
    }
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// Reads every row of a table in key order, a page at a time, the values in `columns` order.
bool readRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
    const std::function<bool(const QVariantList &)> &row, QString *error)
{
    const QString key = keyOf(table);
    const int keyColumn = columns.indexOf(key);
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    const QString select
        = QStringLiteral("SELECT %1 FROM %2 ").arg(names.join(QLatin1Char(',')), own(table));
    const QString order
        = QStringLiteral(" ORDER BY %1 LIMIT %2").arg(quoted(key)).arg(pageSize(table));
    QSqlQuery first(db);
    QSqlQuery next(db);
    first.setForwardOnly(true);
    next.setForwardOnly(true);
    if (keyColumn < 0 || !first.prepare(select + order)
        || !next.prepare(select + QStringLiteral("WHERE %1 > ?").arg(quoted(key)) + order)) {
        *error = DatabaseCopy::tr("The table %1 cannot be read: %2")
                     .arg(table,
                         keyColumn < 0
                             ? QStringLiteral("no column %1").arg(key)
                             : first.lastError().databaseText() + next.lastError().databaseText());
        return false;
    }
    QSqlQuery *page = &first;
    QVariant last;
    for (;;) {
        if (page == &next)
            page->bindValue(0, last);
        if (!page->exec()) {
            *error = DatabaseCopy::tr("The table %1 cannot be read: %2")
                         .arg(table, page->lastError().databaseText());
            return false;
        }
        int read = 0;
        QVariantList values;
        while (page->next()) {
            values.clear();
            for (int i = 0; i < columns.size(); ++i)
                values << page->value(i);
            if (!row(values))
                return false;
            last = values.at(keyColumn);
            ++read;
        }
        page->finish();
        if (read < pageSize(table))
            return true;
        page = &next;
    }
}

bool measure(
    const QSqlDatabase &db, const QString &table, DatabaseCopy::Figures *figures, QString *error)
{
    const auto columns = columnsOf(db, table, error);
    if (!columns)
        return false;
    Checksum checksum;
    figures->table = table;
    figures->rows = 0;
    const bool read = readRows(
        db, table, *columns,
        [&](const QVariantList &values) {
            for (const QVariant &value : values)
                checksum.add(value);
            ++figures->rows;
            return true;
        },
        error);
    figures->checksum = checksum.result();
    return read;
}

bool execute(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    *error = DatabaseCopy::tr("%1 failed: %2").arg(what, query.lastError().databaseText());
    return false;
}

// Writes every table of `from` into `to`, whose own starting rows it replaces, inside `write`;
// the source's figures in *summary. A failure rolls the write back while the statements are
// still open: a server's prepared statement cannot be freed in a transaction that failed.
bool fill(const QSqlDatabase &from, Store &to, Store::Write &write, DatabaseCopy::Summary *summary,
    QString *error)
{
    const auto failed = [&write] {
        write.rollback();
        return false;
    };
    const QSqlDatabase db = to.connection();
    const QStringList &tables = DatabaseCopy::tables();
    // The new database's starting rows (document types, forms, indicators, the seal of its
    // empty chain) are the source's to give. No guarded table has any: nothing refuses this.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM %1").arg(own(*table)));
        if (!execute(clear, DatabaseCopy::tr("Emptying the new table %1").arg(*table), error))
            return failed();
    }
    QList<Pending> pending;
    for (const QString &table : tables) {
        const auto columns = columnsOf(from, table, error);
        const auto targetColumns = columns ? columnsOf(db, table, error) : std::nullopt;
        if (!targetColumns)
            return failed();
        if (QSet<QString>(columns->cbegin(), columns->cend())
            != QSet<QString>(targetColumns->cbegin(), targetColumns->cend())) {
            *error = DatabaseCopy::tr("The table %1 has other columns in the target than in "
                                      "the source: %2 and %3.")
                         .arg(table, targetColumns->join(QStringLiteral(", ")),
                             columns->join(QStringLiteral(", ")));
            return failed();
        }
        QStringList names;
        for (const QString &column : *columns)
            names << quoted(column);
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(own(table), names.join(QLatin1Char(',')),
                                    QStringList(columns->size(), QStringLiteral("?"))
                                        .join(QLatin1Char(','))))) {
            *error = insert.lastError().databaseText();
            return failed();
        }
        const int keyColumn = columns->indexOf(keyOf(table));
        QList<int> later;
        for (const QString &column : selfReferences(table))
            later << columns->indexOf(column);
        QList<std::pair<int, const HeldBack *>> held;
        for (const HeldBack &value : heldBack) {
            if (table == QLatin1String(value.table))
                held.append({columns->indexOf(QLatin1String(value.column)), &value});
        }
        Checksum checksum;
        DatabaseCopy::Figures figures {table, 0, {}};
        const bool copied = readRows(
            from, table, *columns,
            [&](const QVariantList &row) {
                QVariantList values = row;
                for (const QVariant &value : row)
                    checksum.add(value);
                const QVariant key = row.at(keyColumn);
                for (const int column : std::as_const(later)) {
                    const QVariant value = row.value(column);
                    if (!value.isNull() && value.toLongLong() >= key.toLongLong()) {
                        pending.append({table, key, columns->at(column), value});
                        values[column] = QVariant(value.metaType());
                    }
                }
                for (const auto &[column, value] : std::as_const(held)) {
                    if (row.value(column).toString() == QLatin1String(value->value)) {
                        pending.append({table, key, columns->at(column), row.at(column)});
                        values[column] = QString::fromLatin1(value->standIn);
                    }
                }
                for (int i = 0; i < values.size(); ++i)
                    insert.bindValue(i, values.at(i));
                ++figures.rows;
                return execute(insert,
                    DatabaseCopy::tr("Writing row %1 of the table %2").arg(key.toString(), table),
                    error);
            },
            error);
        if (!copied)
            return failed();
        figures.checksum = checksum.result();
        summary->tables << figures;
        summary->rows += figures.rows;
        if (hasIntegerKey(table) && !to.dialect().continueIds(db, table, keyOf(table), error))
            return failed();
    }
    for (const Pending &value : std::as_const(pending)) {
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                .arg(own(value.table), quoted(value.column), quoted(keyOf(value.table))));
        update.addBindValue(value.value);
        update.addBindValue(value.key);
        if (!execute(update,
                DatabaseCopy::tr("Writing %1 of row %2 of the table %3")
                    .arg(value.column, value.key.toString(), value.table),
                error))
            return failed();
    }
    // What was written is read back: a value an engine turned into another fails the copy.
    for (const DatabaseCopy::Figures &source : std::as_const(summary->tables)) {
        DatabaseCopy::Figures copy;
        if (!measure(db, source.table, &copy, error))
            return failed();
        if (copy.rows != source.rows) {
            *error = DatabaseCopy::tr("The table %1 holds %2 rows in the copy but %3 in the "
                                      "source.")
                         .arg(source.table)
                         .arg(copy.rows)
                         .arg(source.rows);
            return failed();
        }
        if (copy.checksum != source.checksum) {
            *error = DatabaseCopy::tr("The rows of the table %1 differ between the copy and the "
                                      "source (their checksums differ).")
                         .arg(source.table);
            return failed();
        }
    }
    return true;
}

// Removes what a copy that failed made: the new file, or the schema it filled a server
// database with.
void discard(Store &target)
{
    const bool server = target.onServer();
    const QString path = target.path();
    QString ignored;
    if (server)
        PostgresDialect::removeSchema(target.connection(), &ignored);
    target.close();
    if (!server) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

const QStringList &DatabaseCopy::tables()
{
    static const QStringList ordered = [] {
        // Each table after the ones its references point at, otherwise in the catalogue's order.
        QStringList order;
        QVector<const Catalogue::Table *> left;
        for (const Catalogue::Table &table : Catalogue::tables())
            left << &table;
        while (!left.isEmpty()) {
            const auto ready = std::find_if(left.begin(), left.end(), [&](const auto *table) {
                return std::all_of(table->columns.cbegin(), table->columns.cend(),
                    [&](const Catalogue::Column &column) {
                        return column.references.isEmpty() || column.references == table->name
                            || order.contains(column.references);
                    });
            });
            Q_ASSERT(ready != left.end()); // the catalogue's references make no loop
            order << (*ready)->name;
            left.erase(ready);
        }
        return order + logTables;
    }();
    return ordered;
}

std::optional<QVector<DatabaseCopy::Figures>> DatabaseCopy::figures(
    const Store &store, QString *error)
{
    QVector<Figures> all;
    for (const QString &table : tables()) {
        Figures figures;
        if (!measure(store.connection(), table, &figures, error))
            return std::nullopt;
        all << figures;
    }
    return all;
}

bool DatabaseCopy::copy(Store &source, const QString &target, Summary *summary, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    *summary = Summary();
    Store copy;
    QString problem;
    if (!copy.open(target, Store::OpenMode::CreateNew, &problem)) {
        *error = tr("Nothing was copied: %1").arg(problem);
        return false;
    }
    summary->target = copy.onServer() ? copy.path() : QDir::toNativeSeparators(copy.path());
    // The source is read at one moment, whatever others write to it meanwhile.
    const QSqlDatabase from = source.connection();
    QSqlQuery snapshot(from);
    if (!snapshot.exec(source.dialect().beginSnapshot())) {
        *error = tr("Nothing was copied: the source cannot be read: %1")
                     .arg(snapshot.lastError().databaseText());
        discard(copy);
        return false;
    }
    const auto endSnapshot
        = qScopeGuard([&from] { QSqlQuery(from).exec(QStringLiteral("COMMIT")); });
    Store::Write write(&copy);
    problem = write.errorString();
    if (!write.isActive() || !fill(from, copy, write, summary, &problem)
        || !write.commit(&problem)) {
        write.rollback();
        discard(copy);
        *error = tr("Nothing was copied: %1").arg(problem);
        return false;
    }
    summary->milliseconds = timer.elapsed();
    return true;
}
