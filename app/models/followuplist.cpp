#include "followuplist.h"

#include "core/clock.h"
#include "io/spreadsheet.h"
#include "storage/remedies.h"
#include "storage/store.h"

#include <QColor>

namespace {

QStringList by(std::initializer_list<const char *> expressions)
{
    QStringList list;
    for (const char *expression : expressions)
        list << QLatin1String(expression);
    return list;
}

SqlListModel::Spec spec()
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("recommendation r");
    // Each join names the ones it stands on, so that a sort or filter naming it brings them.
    spec.joins = {QStringLiteral("JOIN inspection_target tg ON tg.id = r.target_id"),
        QStringLiteral("JOIN inspection_team tm ON tm.id = tg.team_id"),
        QStringLiteral("LEFT JOIN unit tu ON tu.id = tg.unit_id"),
        QStringLiteral("LEFT JOIN person tp ON tp.id = tg.person_id"),
        QStringLiteral("LEFT JOIN unit ru ON ru.id = r.responsible_unit_id")};
    spec.idColumn = QStringLiteral("r.id");
    spec.searchTable = QStringLiteral("recommendation");
    spec.columns = {
        {FollowUpList::tr("Target"), QStringLiteral("coalesce(tu.name, tp.full_name)"),
            by({"tg.unit_id IS NULL", "tu.sort_key", "tp.sort_key"})},
        {FollowUpList::tr("Recommendation"), QStringLiteral("r.content"), by({"r.content_key"})},
        {FollowUpList::tr("Deadline"), QStringLiteral("r.deadline"), by({"r.deadline"}),
            std::nullopt, true},
        // Shown as the days left or overdue (see data()).
        {FollowUpList::tr("Time left"), QStringLiteral("r.deadline"), by({"r.deadline"})},
        {FollowUpList::tr("Status"), QStringLiteral("r.status"), {},
            Labels::Enum::RecommendationStatus},
        {FollowUpList::tr("Latest remedy report"), QStringLiteral("r.last_report"),
            by({"r.last_report_on"})},
        {FollowUpList::tr("Responsible unit"), QStringLiteral("ru.name"), by({"ru.sort_key"})},
        // By name, then the team (which names the join the team's stands on).
        {FollowUpList::tr("Inspection"), QStringLiteral("tm.name"),
            by({"tm.sort_key", "tg.team_id"})},
        {FollowUpList::tr("Reported on"), QStringLiteral("r.last_report_on"),
            by({"r.last_report_on"}), std::nullopt, true},
    };
    spec.defaultSortColumn = FollowUpList::Deadline;
    spec.defaultSortOrder = Qt::AscendingOrder;
    // The last column shown takes the room left; the content has a width of its own.
    spec.stretchColumn = FollowUpList::Inspection;
    // A recommendation is as secret as its inspection.
    spec.secrecy = QStringLiteral("tm.secrecy");
    return spec;
}

} // namespace

FollowUpList::FollowUpList(Store *store, QObject *parent)
    : SqlListModel(store, spec(), parent)
    , m_listStore(store)
    , m_overdueIcon(QStringLiteral(":/icons/overdue.svg"))
{ }

QDate FollowUpList::today() const
{
    return m_listStore->clock()->today();
}

void FollowUpList::setOverdueOnly(bool on)
{
    setCondition(QStringLiteral("overdue"), Remedies::overdueCondition(),
        on ? Remedies::overdueValues(today()) : QVariantList());
}

void FollowUpList::setDueWithin(int days)
{
    setCondition(QStringLiteral("due"), Remedies::dueWithinCondition(),
        days > 0 ? Remedies::dueWithinValues(today(), days) : QVariantList());
}

void FollowUpList::setStatus(const QString &status)
{
    if (status == QLatin1String("open"))
        setCondition(QStringLiteral("status"), QStringLiteral("r.status IN (?, ?)"),
            QVariantList {QStringLiteral("pending"), QStringLiteral("in_progress")});
    else
        setCondition(QStringLiteral("status"), QStringLiteral("r.status = ?"),
            status.isEmpty() ? QVariant() : QVariant(status));
}

void FollowUpList::setTargetUnit(qint64 unitId)
{
    setCondition(QStringLiteral("target"),
        QStringLiteral("r.target_id IN (SELECT x.id FROM inspection_target x WHERE x.unit_id = ?)"),
        unitId ? QVariant(unitId) : QVariant());
}

void FollowUpList::setInspection(qint64 teamId)
{
    setCondition(QStringLiteral("inspection"),
        QStringLiteral("r.target_id IN (SELECT x.id FROM inspection_target x WHERE x.team_id = ?)"),
        teamId ? QVariant(teamId) : QVariant());
}

void FollowUpList::setResponsibleUnit(qint64 unitId)
{
    setCondition(QStringLiteral("responsible"), QStringLiteral("r.responsible_unit_id = ?"),
        unitId ? QVariant(unitId) : QVariant());
}

SqlListModel::Statement FollowUpList::overdueCountStatement() const
{
    Statement statement = countStatement();
    // Beside the page's own conditions, the rows are found through theirs (the overdue ones of
    // a unit are few; the overdue ones of the file, many).
    const bool narrowed = statement.sql.contains(QLatin1String(" WHERE "));
    const QString condition = QLatin1Char('(')
        + Remedies::overdueCondition(QStringLiteral("r"), !narrowed) + QLatin1Char(')');
    statement.sql
        += narrowed ? QStringLiteral(" AND ") + condition : QStringLiteral(" WHERE ") + condition;
    statement.values += Remedies::overdueValues(today());
    return statement;
}

int FollowUpList::overdueMatchingCount() const
{
    const Statement statement = overdueCountStatement();
    return m_listStore->value(statement.sql, statement.values).toInt();
}

bool FollowUpList::isOverdueAt(int row) const
{
    return Remedies::isOverdue(
        QDate::fromString(storedValue(row, Deadline).toString(), Qt::ISODate),
        storedValue(row, Status).toString(), today());
}

QVariant FollowUpList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    switch (role) {
    case Spreadsheet::ValueRole:
        // The days left and the latest report are words; the rest as the list holds them.
        if (index.column() == Due || index.column() == LatestReport)
            return QVariant();
        break;
    case OverdueRole:
        return isOverdueAt(index.row());
    case Qt::ForegroundRole:
        return isOverdueAt(index.row()) ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Due && isOverdueAt(index.row()) ? QVariant(m_overdueIcon)
                                                                 : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Due)
            return Remedies::dueText(
                QDate::fromString(storedValue(index.row(), Due).toString(), Qt::ISODate),
                storedValue(index.row(), Status).toString(), today());
        if (index.column() == LatestReport && !storedValue(index.row(), LatestReport).isNull()) {
            const QString on = SqlListModel::data(this->index(index.row(), ReportedOn)).toString();
            const QString text = storedValue(index.row(), LatestReport).toString();
            return on.isEmpty() ? text : QStringLiteral("%1: %2").arg(on, text);
        }
        break;
    default:
        break;
    }
    return SqlListModel::data(index, role);
}

namespace {

QList<FollowUpList::Choice> choices(const Store &store, const QString &sql)
{
    QList<FollowUpList::Choice> list;
    auto query = store.select(sql);
    while (query && query->next())
        list.append({query->value(1).toString(), query->value(0).toLongLong()});
    return list;
}

} // namespace

QList<FollowUpList::Choice> FollowUpList::targetUnits(const Store &store)
{
    return choices(store,
        QStringLiteral("SELECT u.id, u.name FROM unit u WHERE u.id IN (SELECT t.unit_id FROM "
                       "inspection_target t WHERE t.unit_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
                       "recommendation r WHERE r.target_id = t.id)) ORDER BY u.sort_key, u.id"));
}

QList<FollowUpList::Choice> FollowUpList::inspections(const Store &store)
{
    return choices(store,
        QStringLiteral("SELECT m.id, m.name FROM inspection_team m WHERE EXISTS (SELECT 1 FROM "
                       "inspection_target t JOIN recommendation r ON r.target_id = t.id WHERE "
                       "t.team_id = m.id) ORDER BY m.decided_on DESC, m.sort_key, m.id"));
}

QList<FollowUpList::Choice> FollowUpList::responsibleUnits(const Store &store)
{
    return choices(store,
        QStringLiteral("SELECT u.id, u.name FROM unit u WHERE u.id IN (SELECT "
                       "r.responsible_unit_id FROM recommendation r) ORDER BY u.sort_key, u.id"));
}
