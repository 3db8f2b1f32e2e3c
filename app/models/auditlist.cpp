#include "auditlist.h"

#include "audithistory.h"
#include "io/spreadsheet.h"
#include "storage/store.h"

#include <QJsonDocument>

namespace {

SqlListModel::Spec spec()
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("audit_log a");
    spec.idColumn = QStringLiteral("a.id");
    spec.searchTable = QStringLiteral("audit_log");
    spec.columns = {
        {AuditList::tr("When"), QStringLiteral("a.at"), {QStringLiteral("a.id")}},
        {AuditList::tr("By"), QStringLiteral("a.user_name"), {QStringLiteral("a.user_name")}},
        {AuditList::tr("Done"), QStringLiteral("a.action"), {QStringLiteral("a.action")}},
        {AuditList::tr("Kind of record"), QStringLiteral("a.table_name"),
            {QStringLiteral("a.table_name")}},
        {AuditList::tr("Record"), QStringLiteral("a.record_label"),
            {QStringLiteral("a.label_folded")}},
        {AuditList::tr("What changed"), QStringLiteral("a.changes"), {QStringLiteral("a.id")}},
        // Not shown: what the description needs besides the changes.
        {QString(), QStringLiteral("a.record_key"), {}},
    };
    spec.defaultSortColumn = AuditList::When;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = AuditList::Changes;
    return spec;
}

} // namespace

AuditList::AuditList(Store *store, QObject *parent)
    : SqlListModel(store, spec(), parent)
{ }

QVariant AuditList::data(const QModelIndex &index, int role) const
{
    // The columns told in words are exported as shown.
    if (role == Spreadsheet::ValueRole && index.column() != Who)
        return QVariant();
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return SqlListModel::data(index, role);
    const auto field
        = [this, row = index.row()](int column) { return storedValue(row, column).toString(); };
    AuditEntry entry;
    entry.action = field(Action);
    entry.table = field(Kind);
    entry.recordLabel = field(Record);
    entry.recordKey = field(Changes + 1);
    switch (index.column()) {
    case When: {
        QDateTime at = QDateTime::fromString(field(When), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        return AuditHistory::when(at);
    }
    case Action:
        return AuditHistory::action(entry.action);
    case Kind:
        return AuditHistory::subject(entry);
    case Record:
        return AuditHistory::recordName(entry);
    case Changes:
        entry.changes = QJsonDocument::fromJson(field(Changes).toUtf8()).object();
        return AuditHistory::describe(entry);
    default:
        return SqlListModel::data(index, role);
    }
}

namespace {

// The few values of an indexed column of a long log, each found from the last through the
// index (a DISTINCT read all of the million rows' entries).
QStringList distinctValues(const Store &store, const char *column)
{
    QStringList values;
    QVariant next
        = store.value(QStringLiteral("SELECT min(%1) FROM audit_log").arg(QLatin1String(column)));
    while (!next.isNull()) {
        values << next.toString();
        next = store.value(
            QStringLiteral("SELECT min(%1) FROM audit_log WHERE %1 > ?").arg(QLatin1String(column)),
            {next});
    }
    return values;
}

} // namespace

QStringList AuditList::tables(const Store &store)
{
    return distinctValues(store, "table_name");
}

QStringList AuditList::users(const Store &store)
{
    return distinctValues(store, "user_name");
}
