#include "audithistory.h"

#include "core/catalogue.h"
#include "reports/formatprofile.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const char formatProfileKey[] = "format_profile";

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(VietnameseText::elide(text, 80));
}

// One side of a change ([old, new, old name, new name]) as the form showed it.
QString valueText(const QString &table, const QString &column, const QJsonArray &change, int side)
{
    const QJsonValue value = change.at(side);
    if (value.isNull() || value.isUndefined())
        return AuditHistory::tr("(empty)");
    const Catalogue::Table *described = Catalogue::table(table);
    const Catalogue::Column *field = described ? described->column(column) : nullptr;
    if (!field)
        return quoted(value.toVariant().toString());
    switch (field->type) {
    case Catalogue::Type::Choice:
        return field->choices ? Labels::label(*field->choices, value.toString()) : value.toString();
    case Catalogue::Type::Reference: {
        const QString name = change.at(side + 2).toString();
        return name.isEmpty() ? AuditHistory::tr("no. %1").arg(value.toVariant().toString())
                              : quoted(name);
    }
    case Catalogue::Type::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? VietnameseText::formDate(date) : value.toString();
    }
    case Catalogue::Type::Integer:
        return VietnameseText::formatInteger(value.toVariant().toLongLong());
    case Catalogue::Type::Real:
        return VietnameseText::formatDecimal(value.toDouble());
    case Catalogue::Type::Time:
        return value.toString();
    case Catalogue::Type::Blob:
        return AuditHistory::tr("(file content)");
    case Catalogue::Type::Text:
    case Catalogue::Type::MultilineText:
        break;
    }
    return quoted(value.toString());
}

// The settings the program keeps, by the words the user knows them by.
const std::pair<const char *, const char *> settingNames[] = {
    {formatProfileKey, QT_TRANSLATE_NOOP("AuditHistory", "Document format profile")},
    {"backup.keep", QT_TRANSLATE_NOOP("AuditHistory", "Automatic backups kept")},
    {"backup.on_close", QT_TRANSLATE_NOOP("AuditHistory", "Back up when the window closes")},
    {"backup.daily", QT_TRANSLATE_NOOP("AuditHistory", "Back up once a day")},
    {"backup.folder", QT_TRANSLATE_NOOP("AuditHistory", "Folder of automatic backups")},
};

// A setting's value, field by field when it is a profile (JSON).
QStringList settingChanges(const AuditEntry &entry)
{
    const QJsonArray change = entry.changes.value(QStringLiteral("value")).toArray();
    const QJsonObject before = QJsonDocument::fromJson(change.at(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(change.at(1).toString().toUtf8()).object();
    if (before.isEmpty() && after.isEmpty()) {
        if (change.isEmpty())
            return {};
        const auto side = [&change](int i) {
            return change.at(i).isNull() ? AuditHistory::tr("(empty)")
                                         : quoted(change.at(i).toString());
        };
        return {QStringLiteral("%1 → %2").arg(side(0), side(1))};
    }
    QStringList parts;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) == after.value(key) || key == QLatin1String("format")
            || key == QLatin1String("version"))
            continue;
        const auto shown = [](const QJsonValue &value) {
            if (value.isArray() || value.isObject())
                return quoted(QString::fromUtf8(value.isArray()
                        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
            if (value.isUndefined() || value.isNull())
                return AuditHistory::tr("(empty)");
            return value.isString() ? quoted(value.toString()) : value.toVariant().toString();
        };
        // A new profile lists its values; a changed one, what changed from what.
        if (before.isEmpty())
            parts << QStringLiteral("%1: %2").arg(
                FormatProfile::fieldLabel(key), shown(after.value(key)));
        else
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(FormatProfile::fieldLabel(key), shown(before.value(key)),
                             shown(after.value(key)));
    }
    return parts;
}

QStringList fieldChanges(const AuditEntry &entry, bool showOld, bool showNew)
{
    if (entry.table == QLatin1String("setting"))
        return settingChanges(entry);
    QStringList parts;
    const Catalogue::Table *described = Catalogue::table(entry.table);
    const auto describeField = [&](const QString &column) {
        const QJsonArray change = entry.changes.value(column).toArray();
        const QString label = Catalogue::fieldLabel(entry.table, column);
        if (showOld && showNew)
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(label, valueText(entry.table, column, change, 0),
                             valueText(entry.table, column, change, 1));
        else
            parts << QStringLiteral("%1: %2").arg(
                label, valueText(entry.table, column, change, showNew ? 1 : 0));
    };
    // In the order of the form, not of the alphabet.
    if (described) {
        for (const Catalogue::Column &column : described->columns) {
            if (entry.changes.contains(column.name))
                describeField(column.name);
        }
    } else {
        for (const QString &column : entry.changes.keys())
            describeField(column);
    }
    return parts;
}

} // namespace

QList<AuditEntry> AuditHistory::of(
    const Store &store, const QString &table, const QVariant &key, int limit)
{
    QList<AuditEntry> entries;
    const Catalogue::Table *described = Catalogue::table(table);
    const bool integer = !described || described->hasIntegerKey();
    const QString keyColumn = integer ? QStringLiteral("record_id") : QStringLiteral("record_key");
    // A record deleted and another made under its id later: the history starts after the
    // deletion.
    const QVariant deleted = store.value(QStringLiteral("SELECT max(id) FROM audit_log WHERE "
                                                        "table_name = ? AND %1 = ? AND "
                                                        "action = 'delete'")
                                             .arg(keyColumn),
        {table, key});
    auto query = store.select(
        QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? AND ((table_name = ? AND %2 = ?) "
                       "OR (parent_table = ? AND parent_id = ?)) ORDER BY id DESC LIMIT ?")
            .arg(QLatin1String(AuditLog::columns), keyColumn),
        {deleted.isNull() ? 0 : deleted.toLongLong(), table, key, table, integer ? key : QVariant(),
            limit});
    while (query && query->next())
        entries << AuditLog::fromQuery(*query);
    return entries;
}

QString AuditHistory::action(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    return action;
}

QString AuditHistory::subject(const AuditEntry &entry)
{
    if (entry.table.isEmpty())
        return tr("The whole database");
    return Catalogue::tableLabel(entry.table);
}

QString AuditHistory::recordName(const AuditEntry &entry)
{
    if (entry.table == QLatin1String("setting")) {
        for (const auto &[key, name] : settingNames) {
            if (entry.recordKey == QLatin1String(key))
                return tr(name);
        }
        return tr("Setting “%1”").arg(entry.recordKey);
    }
    return entry.recordLabel;
}

QString AuditHistory::describe(const AuditEntry &entry, const QString &owner)
{
    QString words = describeLowered(entry, owner);
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString AuditHistory::describeLowered(const AuditEntry &entry, const QString &owner)
{
    if (entry.action == QLatin1String("restore"))
        return entry.recordLabel;
    const bool ownRow = !owner.isEmpty() && entry.table != owner;
    const QString row = QStringLiteral("%1 %2").arg(
        Catalogue::tableLabel(entry.table), quoted(entry.recordLabel));
    if (entry.action == QLatin1String("insert")) {
        if (ownRow)
            return tr("added %1").arg(row);
        if (!owner.isEmpty())
            return tr("created");
        return tr("created: %1").arg(fieldChanges(entry, false, true).join(QStringLiteral("; ")));
    }
    if (entry.action == QLatin1String("delete")) {
        if (ownRow)
            return tr("removed %1").arg(row);
        if (!owner.isEmpty())
            return tr("deleted");
        return tr("deleted: %1").arg(fieldChanges(entry, true, false).join(QStringLiteral("; ")));
    }
    const QString fields = fieldChanges(entry, true, true).join(QStringLiteral("; "));
    return ownRow ? QStringLiteral("%1 — %2").arg(row, fields) : fields;
}

QString AuditHistory::when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString AuditHistory::line(const AuditEntry &entry, const QString &owner)
{
    return QStringLiteral("%1 — %2 — %3").arg(when(entry.at), entry.user, describe(entry, owner));
}
