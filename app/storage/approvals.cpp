#include "approvals.h"

#include "store.h"

namespace {

struct Columns
{
    const char *table;
    const char *by;
    const char *at;
    const char *kind; // the document that waits for the approval
};

const Columns approvable[] = {
    {"commendation", "approved_by", "approved_at", "commendation-decision"},
    {"inspection_target", "conclusion_approved_by", "conclusion_approved_at",
        "inspection-conclusion"},
};

const Columns *columnsOf(const QString &table)
{
    for (const Columns &columns : approvable) {
        if (table == QLatin1String(columns.table))
            return &columns;
    }
    return nullptr;
}

} // namespace

bool Approvals::isApprovable(const QString &table)
{
    return columnsOf(table) != nullptr;
}

bool Approvals::approve(Store &store, const QString &table, qint64 id, QString *error)
{
    const Columns *columns = columnsOf(table);
    if (!columns) {
        *error = tr("This kind of record is not approved.");
        return false;
    }
    Store::Write write(&store, Access::Action::Approve);
    if (!write.isActive()) {
        *error = write.errorString();
        return false;
    }
    const std::optional<Store::Record> record = store.read(table, id, error);
    if (!record)
        return false;
    const QString by = record->values.value(QLatin1String(columns->by)).toString();
    if (!by.isEmpty()) {
        *error
            = tr("It is already approved: %1.").arg(describe(table, *approval(store, table, id)));
        return false;
    }
    const Store::Result result = store.update(*record,
        {{QLatin1String(columns->by), store.userName()},
            {QLatin1String(columns->at), store.now().toString(Qt::ISODate)}});
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    return write.commit(error);
}

std::optional<Approvals::Approval> Approvals::approval(
    const Store &store, const QString &table, qint64 id)
{
    const Columns *columns = columnsOf(table);
    if (!columns)
        return std::nullopt;
    auto query = store.select(QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
                                  .arg(QLatin1String(columns->by), QLatin1String(columns->at),
                                      QLatin1String(columns->table)),
        {id});
    if (!query || !query->next() || query->value(0).toString().isEmpty())
        return std::nullopt;
    Approval approval;
    approval.by = query->value(0).toString();
    approval.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODate);
    approval.at.setTimeSpec(Qt::UTC);
    return approval;
}

QString Approvals::describe(const QString &table, const Approval &approval)
{
    const QString when = approval.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    return table == QLatin1String("inspection_target")
        ? tr("Conclusion approved by %1 on %2").arg(approval.by, when)
        : tr("Decision approved by %1 on %2").arg(approval.by, when);
}

QString Approvals::refusalToIssue(const Store &store, const QString &kind, qint64 id)
{
    if (!store.accountsEnabled())
        return {};
    for (const Columns &columns : approvable) {
        if (kind != QLatin1String(columns.kind))
            continue;
        if (approval(store, QLatin1String(columns.table), id))
            return {};
        return QLatin1String(columns.table) == QLatin1String("inspection_target")
            ? tr("A leader has not approved the conclusion yet: the notice of the conclusion is "
                 "issued once a leader approves it.")
            : tr("A leader has not approved the decision yet: the decision is issued once a "
                 "leader approves it.");
    }
    return {};
}
