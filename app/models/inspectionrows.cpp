#include "inspectionrows.h"

#include "storage/store.h"

#include <QSqlQuery>

void NamedRowsModel::setShown(const QString &field, Shown shown)
{
    const int column = columnOf(field);
    if (column >= 0)
        m_shown.insert(column, std::move(shown));
}

void NamedRowsModel::setToolTip(const QString &field, Shown toolTip)
{
    const int column = columnOf(field);
    if (column >= 0)
        m_toolTips.insert(column, std::move(toolTip));
}

void NamedRowsModel::setForeground(const QString &field, const QColor &color)
{
    const int column = columnOf(field);
    if (column >= 0)
        m_foregrounds.insert(column, color);
}

QVariant NamedRowsModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && checkIndex(index, CheckIndexOption::IndexIsValid)) {
        const auto color = m_foregrounds.constFind(index.column());
        return color != m_foregrounds.cend() ? QVariant(*color) : QVariant();
    }
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid)) {
        const auto toolTip = m_toolTips.constFind(index.column());
        if (toolTip != m_toolTips.cend())
            return (*toolTip)(row(index.row()));
    }
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole)
        && checkIndex(index, CheckIndexOption::IndexIsValid)) {
        const auto shown = m_shown.constFind(index.column());
        if (shown != m_shown.cend())
            return (*shown)(row(index.row()));
    }
    return ChildRowsModel::data(index, role);
}

void NamedRowsModel::setHeaderToolTip(const QString &field, const QString &toolTip)
{
    const int column = columnOf(field);
    if (column >= 0)
        m_headerToolTips.insert(column, toolTip);
}

QVariant NamedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal)
        return m_headerToolTips.value(section);
    return ChildRowsModel::headerData(section, orientation, role);
}

InspectionRows::Context InspectionRows::context(const Store &store, qint64 targetId)
{
    Context context;
    auto query = store.select(
        QStringLiteral("SELECT t.team_id, tm.name, coalesce(u.name, p.full_name), tm.starts_on, "
                       "tm.ends_on FROM inspection_target t "
                       "JOIN inspection_team tm ON tm.id = t.team_id "
                       "LEFT JOIN unit u ON u.id = t.unit_id "
                       "LEFT JOIN person p ON p.id = t.person_id WHERE t.id = ?"),
        {targetId});
    if (!query || !query->next())
        return context;
    context.teamId = query->value(0).toLongLong();
    context.teamName = query->value(1).toString();
    context.targetName = query->value(2).toString();
    context.startsOn = QDate::fromString(query->value(3).toString(), Qt::ISODate);
    context.endsOn = QDate::fromString(query->value(4).toString(), Qt::ISODate);
    auto topics = store.select(QStringLiteral("SELECT id, title FROM inspection_topic "
                                              "WHERE team_id = ? ORDER BY position, id"),
        {context.teamId});
    while (topics && topics->next())
        context.topics.append({topics->value(0).toLongLong(), topics->value(1).toString()});
    return context;
}

QString InspectionRows::confidentialNote()
{
    return tr("Confidential — only those with the right clearance may see it");
}

NamedRowsModel *InspectionRows::sessions(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("inspection_session");
    spec.parentColumn = QStringLiteral("target_id");
    spec.select = QStringLiteral("SELECT id, version, held_on, starts_at, ends_at, place, "
                                 "attendees, content FROM inspection_session WHERE target_id = ? "
                                 "ORDER BY position, id");
    ChildRowsModel::Column attendees {QStringLiteral("attendees"), tr("Attending")};
    attendees.multiline = true;
    ChildRowsModel::Column content {QStringLiteral("content"), tr("Content")};
    content.multiline = true;
    spec.columns = {
        {QStringLiteral("held_on"), tr("Date")},
        {QStringLiteral("starts_at"), tr("From")},
        {QStringLiteral("ends_at"), tr("Until")},
        {QStringLiteral("place"), tr("Place")},
        attendees,
        content,
    };
    return new NamedRowsModel(spec, parent);
}

NamedRowsModel *InspectionRows::violations(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("finding");
    spec.parentColumn = QStringLiteral("target_id");
    spec.select = QStringLiteral("SELECT id, version, subject_kind, subject_unit_id, "
                                 "subject_person_id, description, topic_id FROM finding "
                                 "WHERE target_id = ? ORDER BY position, id");
    ChildRowsModel::Column description {QStringLiteral("description"), tr("Violation")};
    description.multiline = true;
    spec.columns = {
        {QStringLiteral("subject_kind"), tr("Of"), true, true, Labels::Enum::SubjectKind},
        {QStringLiteral("subject_unit_id"), tr("Organization concerned")},
        {QStringLiteral("subject_person_id"), tr("Party member concerned (confidential)")},
        {QStringLiteral("topic_id"), tr("Inspection content")},
        description,
    };
    return new NamedRowsModel(spec, parent);
}

NamedRowsModel *InspectionRows::recommendations(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("recommendation");
    spec.parentColumn = QStringLiteral("target_id");
    spec.select = QStringLiteral(
        "SELECT r.id, r.version, r.content, r.responsible_unit_id, r.deadline, r.status, "
        "r.last_report_on, r.last_report, "
        "(SELECT count(*) FROM remedy_event e WHERE e.recommendation_id = r.id) AS history "
        "FROM recommendation r WHERE r.target_id = ? ORDER BY r.position, r.id");
    ChildRowsModel::Column content {QStringLiteral("content"), tr("Recommendation")};
    content.multiline = true;
    spec.columns = {
        content,
        {QStringLiteral("responsible_unit_id"), tr("Responsible unit")},
        {QStringLiteral("deadline"), tr("Deadline")},
        {QStringLiteral("status"), tr("Status"), false, false, Labels::Enum::RecommendationStatus},
        {QStringLiteral("last_report"), tr("Latest remedy report"), false, false},
    };
    return new NamedRowsModel(spec, parent);
}
