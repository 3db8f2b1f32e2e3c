#include "recordstore.h"

#include "storeerrors.h"
#include "core/labels.h"
#include "text/vietnamesetext.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString text(const QSqlRecord &record, const char *column)
{
    return record.value(QLatin1String(column)).toString();
}

void setDerived(QSqlRecord &record, const char *column, const QVariant &value)
{
    const int index = record.indexOf(QLatin1String(column));
    if (index < 0)
        return;
    record.setValue(index, value);
    record.setGenerated(index, true);
}

QString joined(const QSqlRecord &record, std::initializer_list<const char *> columns)
{
    QStringList parts;
    for (const char *column : columns)
        parts << text(record, column);
    return parts.join(QLatin1Char(' '));
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

void RecordStore::prepare(const QString &table, QSqlRecord &record)
{
    using namespace VietnameseText;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = record.value(i);
        if (value.isNull() || value.typeId() != QMetaType::QString)
            continue;
        const QString normalized = nfc(value.toString()).trimmed();
        if (normalized.isEmpty() && record.field(i).requiredStatus() != QSqlField::Required)
            record.setValue(i, QVariant(QMetaType(QMetaType::QString)));
        else if (normalized != value.toString())
            record.setValue(i, normalized);
    }

    if (table == QLatin1String("unit")) {
        setDerived(record, "name_folded", fold(joined(record, {"name", "short_name"})));
        setDerived(record, "sort_key", collationKey(text(record, "name")));
    } else if (table == QLatin1String("person")) {
        NameParts parts{text(record, "family_name"), text(record, "middle_name"),
                        text(record, "given_name")};
        if (parts.family.isEmpty() && parts.middle.isEmpty() && parts.given.isEmpty()) {
            parts = splitFullName(text(record, "full_name"));
            setDerived(record, "family_name", parts.family);
            setDerived(record, "middle_name", parts.middle);
            setDerived(record, "given_name", parts.given);
        }
        setDerived(record, "name_folded", fold(text(record, "full_name")));
        setDerived(record, "title_folded", fold(text(record, "title")));
        setDerived(record, "sort_key", personCollationKey(parts.family, parts.middle, parts.given));
    } else if (table == QLatin1String("legal_document")) {
        // "39-CT/TW": number 39, issuer TW.
        const QString code = text(record, "code");
        setDerived(record, "number", code.section(QLatin1Char('-'), 0, 0));
        setDerived(record, "issuer_code", code.section(QLatin1Char('/'), 1));
        setDerived(record, "search_folded", fold(joined(record, {"code", "excerpt", "note"})));
        setDerived(record, "sort_key", collationKey(text(record, "code")));
    } else if (table == QLatin1String("conference")) {
        setDerived(record, "title_folded", fold(joined(record, {"title", "venue"})));
        setDerived(record, "sort_key", collationKey(text(record, "title")));
    } else if (table == QLatin1String("inspection_team")) {
        setDerived(record, "name_folded", fold(text(record, "name")));
    } else if (table == QLatin1String("finding")) {
        setDerived(record, "search_folded",
                   fold(joined(record, {"description", "recommendation", "remedy_report"})));
    }
}

std::optional<qint64> RecordStore::insert(const QSqlDatabase &db, const QString &table,
                                          const QVariantHash &values, QString *error)
{
    QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        record.setGenerated(i, false);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = record.indexOf(it.key());
        Q_ASSERT_X(index >= 0, "RecordStore::insert", qPrintable(it.key()));
        record.setValue(index, it.value());
        record.setGenerated(index, true);
    }
    prepare(table, record);

    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        if (!record.isGenerated(i))
            continue;
        columns << quoted(record.fieldName(i));
        marks << QStringLiteral("?");
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(quoted(table), columns.join(QLatin1Char(',')),
                               marks.join(QLatin1Char(','))));
    for (int i = 0; i < record.count(); ++i) {
        if (record.isGenerated(i))
            query.addBindValue(record.value(i));
    }
    if (!query.exec()) {
        if (error)
            *error = StoreErrors::explain(query.lastError());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QString RecordStore::usage(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QStringList uses;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString referencing = tables.value(0).toString();
        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) "
                                    "WHERE \"table\" = ? AND on_delete IN ('RESTRICT', 'NO ACTION')"));
        keys.addBindValue(referencing);
        keys.addBindValue(table);
        keys.exec();
        QStringList conditions;
        while (keys.next())
            conditions << quoted(keys.value(0).toString()) + QStringLiteral(" = ?");
        if (conditions.isEmpty())
            continue;
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                              .arg(quoted(referencing), conditions.join(QStringLiteral(" OR "))));
        for (int i = 0; i < conditions.size(); ++i)
            count.addBindValue(id);
        if (count.exec() && count.next() && count.value(0).toInt() > 0)
            uses << Labels::tableCount(referencing, count.value(0).toInt());
    }
    return uses.join(QStringLiteral(", "));
}

bool RecordStore::remove(const QSqlDatabase &db, const QString &table, qint64 id,
                         const QString &shownName, QString *error)
{
    const QString uses = usage(db, table, id);
    if (!uses.isEmpty()) {
        if (error)
            *error = tr("“%1” cannot be deleted because it is still used by %2.")
                             .arg(shownName, uses);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = StoreErrors::explain(query.lastError());
        return false;
    }
    return true;
}
