#include "inspectionlists.h"

#include "core/catalogue.h"
#include "core/clock.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QSqlQuery>

namespace {

QStringList by(std::initializer_list<const char *> expressions)
{
    QStringList list;
    for (const char *expression : expressions)
        list << QLatin1String(expression);
    return list;
}

QList<Lookups::Item> items(const Store &store, const QString &sql, const QVariantList &values = {},
    const QString &prefix = QString())
{
    QList<Lookups::Item> result;
    auto query = store.select(sql, values);
    while (query && query->next())
        result.append({query->value(0), prefix + query->value(1).toString()});
    return result;
}

// "Tên (nay là …)": a unit merged into another shows its successor; one abolished without a
// successor of its own, the day it ended ("đến 30/06/2025"). `now` and `until` are SQL for the
// words: "?" (bound) or a literal.
QString unitShown(
    const QString &now = QStringLiteral("?"), const QString &until = QStringLiteral("?"))
{
    return QStringLiteral("u.name || coalesce(' (' || %1 || ' ' || s.name || ')', ' (' || %2 || "
                          "' ' || strftime('%d/%m/%Y', u.valid_to) || ')', '')")
        .arg(now, until);
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

QString likeStart(const QString &typed)
{
    QString start = VietnameseText::fold(typed);
    start.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    start.replace(QLatin1Char('%'), QLatin1String("\\%"));
    start.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return start + QLatin1Char('%');
}

const QString openStatuses = QStringLiteral("r.status IN ('pending', 'in_progress')");
// The same, counted per inspection: the "+" keeps the engine walking the team's targets and
// their recommendations (a few rows) instead of every open recommendation of the file.
const QString openPerTeam = QStringLiteral("+r.status IN ('pending', 'in_progress')");

} // namespace

QString InspectionLists::overdueCondition()
{
    // Driven by the open recommendations' index (status, deadline): as fast as they are few.
    return QStringLiteral("it.id IN (SELECT t.team_id FROM recommendation r JOIN "
                          "inspection_target t ON t.id = r.target_id WHERE %1 AND r.deadline < ?)")
        .arg(openStatuses);
}

QString InspectionLists::yearCondition()
{
    return QStringLiteral("(it.decided_on >= ? AND it.decided_on < ?) OR (it.decided_on IS NULL "
                          "AND it.starts_on >= ? AND it.starts_on < ?)");
}

SqlListModel *InspectionLists::teams(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("inspection_team it");
    spec.joins = {QStringLiteral("LEFT JOIN issuing_body b ON b.id = it.issuing_body_id"),
        QStringLiteral("LEFT JOIN legal_document d ON d.id = it.subject_document_id")};
    spec.idColumn = QStringLiteral("it.id");
    spec.searchTable = QStringLiteral("inspection_team");
    const QString targets
        = QStringLiteral("(SELECT count(*) FROM inspection_target t WHERE t.team_id = it.id)");
    const QString open = QStringLiteral("(SELECT count(*) FROM inspection_target t JOIN "
                                        "recommendation r ON r.target_id = t.id WHERE t.team_id "
                                        "= it.id AND %1)")
                             .arg(openPerTeam);
    const QString overdue = QStringLiteral("(SELECT count(*) FROM inspection_target t JOIN "
                                           "recommendation r ON r.target_id = t.id WHERE "
                                           "t.team_id = it.id AND %1 AND +r.deadline < ?)")
                                .arg(openPerTeam);
    SqlListModel::Column overdueColumn {tr("Overdue"), overdue, {overdue}};
    overdueColumn.values
        = [store] { return QVariantList {store->clock()->today().toString(Qt::ISODate)}; };
    spec.columns = {
        {tr("No."), QStringLiteral("it.number"), by({"it.number"})},
        {tr("Decided on"), QStringLiteral("it.decided_on"), by({"it.decided_on"}), std::nullopt,
            true},
        {tr("Inspection"), QStringLiteral("it.name"), by({"it.sort_key"})},
        {tr("Issued by"), QStringLiteral("b.name"), by({"b.sort_key"})},
        {tr("Document inspected"), QStringLiteral("d.code"), by({"d.sort_key"})},
        {tr("Period inspected"),
            QStringLiteral("CASE WHEN it.period_from IS NULL AND it.period_to IS NULL THEN NULL "
                           "ELSE coalesce(strftime('%d/%m/%Y', it.period_from), '…') || ' – ' || "
                           "coalesce(strftime('%d/%m/%Y', it.period_to), '…') END"),
            by({"it.period_from", "it.period_to"})},
        {tr("Status"), QStringLiteral("it.status"), {}, Labels::Enum::TeamStatus},
        {tr("Targets"), targets, {targets}},
        {tr("Open recommendations"), open, {open}},
        overdueColumn,
        // Sorted by level, Thường to Tuyệt mật, not by the words.
        {tr("Secrecy"), QStringLiteral("it.secrecy"),
            {QStringLiteral("CASE it.secrecy WHEN 'none' THEN 0 WHEN 'confidential' THEN 1 "
                            "WHEN 'secret' THEN 2 ELSE 3 END")},
            Labels::Enum::Secrecy},
    };
    spec.defaultSortColumn = TeamDecidedOn;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = TeamName;
    spec.secrecy = QStringLiteral("it.secrecy");
    return new SqlListModel(store, spec, parent);
}

ChildRowsModel *InspectionLists::members(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("team_member");
    spec.parentColumn = QStringLiteral("team_id");
    spec.select = QStringLiteral(
        "SELECT m.id, m.version, m.person_id, pe.full_name AS name, m.role, m.title_held "
        "FROM team_member m JOIN person pe ON pe.id = m.person_id WHERE m.team_id = ? "
        "ORDER BY m.position, m.id");
    spec.hiddenFields = {QStringLiteral("person_id")};
    spec.columns = {
        {QStringLiteral("name"), tr("Person"), false, false},
        {QStringLiteral("role"), tr("Role in the team"), true, true, Labels::Enum::MemberRole},
        {QStringLiteral("title_held"), tr("Title held at the time")},
    };
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *InspectionLists::targets(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("inspection_target");
    spec.parentColumn = QStringLiteral("team_id");
    spec.select = QStringLiteral(
        "SELECT t.id, t.version, t.unit_id, t.person_id, coalesce(pe.full_name, %1) AS name, "
        "t.self_report_due_on, "
        "t.self_report_received_on, t.status FROM inspection_target t "
        "LEFT JOIN person pe ON pe.id = t.person_id LEFT JOIN unit u ON u.id = t.unit_id "
        "LEFT JOIN unit s ON s.id = u.successor_id WHERE t.team_id = ? "
        "ORDER BY t.position, t.id")
                      .arg(unitShown(quoted(tr("now")), quoted(tr("until"))));
    spec.hiddenFields = {QStringLiteral("unit_id"), QStringLiteral("person_id")};
    spec.columns = {
        {QStringLiteral("name"), tr("Unit or Party member"), false, false},
        {QStringLiteral("self_report_due_on"), tr("Self-inspection report due")},
        {QStringLiteral("self_report_received_on"), tr("Report received")},
        {QStringLiteral("status"), tr("Status"), true, true, Labels::Enum::TargetStatus},
    };
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *InspectionLists::topics(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("inspection_topic");
    spec.parentColumn = QStringLiteral("team_id");
    spec.select = QStringLiteral("SELECT id, version, title, description FROM inspection_topic "
                                 "WHERE team_id = ? ORDER BY position, id");
    spec.columns = {
        {QStringLiteral("title"), tr("Content")},
        {QStringLiteral("description"), tr("Details")},
    };
    return new ChildRowsModel(spec, parent);
}

QList<int> InspectionLists::years(const Store &store)
{
    QList<int> years;
    auto query = store.select(
        QStringLiteral("SELECT DISTINCT CAST(substr(coalesce(decided_on, starts_on), 1, 4) AS "
                       "INTEGER) AS y FROM inspection_team WHERE coalesce(decided_on, starts_on) "
                       "IS NOT NULL ORDER BY y DESC"),
        {});
    while (query && query->next())
        years << query->value(0).toInt();
    return years;
}

QList<Lookups::Item> InspectionLists::findPeople(
    const Store &store, const QString &typed, int limit)
{
    QVariantList values;
    const QString matches = store.dialect().searchQuery(
        *Catalogue::searchIndex(QStringLiteral("person")), typed, &values);
    if (matches.isEmpty())
        return {};
    values << likeStart(typed) << limit;
    return items(store,
        QStringLiteral("SELECT 'p:' || p.id, p.full_name || coalesce(', ' || p.title, '') "
                       "|| coalesce(' — ' || u.name, '') FROM person p LEFT JOIN unit u "
                       "ON u.id = p.unit_id WHERE p.id IN (%1) ORDER BY p.name_folded "
                       "LIKE ? ESCAPE '\\' DESC, p.sort_key, p.id LIMIT ?")
            .arg(matches),
        values);
}

QList<Lookups::Item> InspectionLists::findTargets(
    const Store &store, const QString &typed, const QString &unitPrefix, int limit)
{
    QList<Lookups::Item> found = findPeople(store, typed, limit);
    QVariantList values {tr("now"), tr("until")};
    const QString matches = store.dialect().searchQuery(
        *Catalogue::searchIndex(QStringLiteral("unit")), typed, &values);
    if (matches.isEmpty())
        return found;
    values << likeStart(typed) << limit;
    return found
        + items(store,
            QStringLiteral("SELECT 'u:' || u.id, %1 FROM unit u LEFT JOIN unit s ON s.id = "
                           "u.successor_id WHERE u.id IN (%2) ORDER BY u.name_folded LIKE ? "
                           "ESCAPE '\\' DESC, u.sort_key, u.id LIMIT ?")
                .arg(unitShown(), matches),
            values, unitPrefix);
}

QString InspectionLists::targetUnitName(const Store &store, qint64 unitId)
{
    return store
        .value(QStringLiteral("SELECT %1 FROM unit u LEFT JOIN unit s ON s.id = u.successor_id "
                              "WHERE u.id = ?")
                   .arg(unitShown()),
            {tr("now"), tr("until"), unitId})
        .toString();
}

qint64 InspectionLists::defaultBody(const Store &store)
{
    return store
        .value(
            QStringLiteral("SELECT id FROM issuing_body WHERE is_default = 1 ORDER BY id LIMIT 1"),
            {})
        .toLongLong();
}

QList<Lookups::Item> InspectionLists::targetsOf(const Store &store, qint64 teamId)
{
    return items(store,
        QStringLiteral("SELECT t.id, coalesce(pe.full_name, u.name) FROM inspection_target t "
                       "LEFT JOIN person pe ON pe.id = t.person_id LEFT JOIN unit u ON u.id = "
                       "t.unit_id WHERE t.team_id = ? ORDER BY t.position, t.id"),
        {teamId});
}

int InspectionLists::recommendationCount(const Store &store, qint64 teamId)
{
    return store
        .value(QStringLiteral("SELECT count(*) FROM inspection_target t JOIN recommendation r ON "
                              "r.target_id = t.id WHERE t.team_id = ?"),
            {teamId})
        .toInt();
}

int InspectionLists::targetRecommendationCount(const Store &store, qint64 targetId)
{
    return store
        .value(
            QStringLiteral("SELECT count(*) FROM recommendation WHERE target_id = ?"), {targetId})
        .toInt();
}

std::optional<InspectionLists::IssuedDecision> InspectionLists::issuedDecision(
    const Store &store, qint64 teamId)
{
    if (!teamId)
        return std::nullopt;
    const auto entry = DocumentRegister::forSubject(
        store, {QStringLiteral("inspection_team"), teamId}, QStringLiteral("inspection-decision"));
    if (!entry)
        return std::nullopt;
    return IssuedDecision {entry->code, entry->issuedOn};
}
