#include "commendationlists.h"

#include "storage/store.h"

#include <QSqlQuery>

namespace {

QStringList by(std::initializer_list<const char *> expressions)
{
    QStringList list;
    for (const char *expression : expressions)
        list << QLatin1String(expression);
    return list;
}

QList<Lookups::Item> items(const Store &store, const QString &sql, const QVariantList &values = {})
{
    QList<Lookups::Item> result;
    auto query = store.select(sql, values);
    while (query && query->next())
        result.append({query->value(0), query->value(1).toString()});
    return result;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

} // namespace

void RecipientRowsModel::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags RecipientRowsModel::flags(const QModelIndex &index) const
{
    if (!m_frozen)
        return ChildRowsModel::flags(index);
    if (!index.isValid())
        return Qt::NoItemFlags; // nothing is dropped into a frozen list
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == columnOf(QStringLiteral("badge_number")))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString CommendationLists::yearCondition()
{
    return QStringLiteral("(c.decided_on >= ? AND c.decided_on < ?) OR (c.decided_on IS NULL "
                          "AND c.proposed_on >= ? AND c.proposed_on < ?)");
}

QString CommendationLists::formCondition()
{
    return QStringLiteral("coalesce(c.form_id, 0) = ?");
}

SqlListModel *CommendationLists::commendations(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("commendation c");
    spec.joins = {QStringLiteral("LEFT JOIN commendation_form f ON f.id = c.form_id"),
        QStringLiteral("LEFT JOIN unit pu ON pu.id = c.proposing_unit_id"),
        QStringLiteral("LEFT JOIN issuing_body b ON b.id = c.issuing_body_id"),
        QStringLiteral("LEFT JOIN conference cf ON cf.id = c.conference_id")};
    spec.idColumn = QStringLiteral("c.id");
    spec.searchTable = QStringLiteral("commendation");
    const QString recipients = QStringLiteral(
        "(SELECT count(*) FILTER (WHERE r.review = 'accepted') || ' / ' || count(*) FROM "
        "commendation_recipient r WHERE r.commendation_id = c.id)");
    const QString listed = QStringLiteral(
        "(SELECT count(*) FROM commendation_recipient r WHERE r.commendation_id = c.id)");
    spec.columns = {
        {tr("Decision"),
            QStringLiteral("coalesce(c.decision_code || ' — ' || strftime('%d/%m/%Y', "
                           "c.decided_on), strftime('%d/%m/%Y', c.decided_on), %1)")
                .arg(quoted(tr("not decided yet"))),
            by({"c.decided_on", "c.decision_code"})},
        {tr("Form"),
            QStringLiteral("coalesce(f.name, %1)").arg(quoted(tr("Party membership badge"))),
            by({"f.sort_key"})},
        {tr("Reason"), QStringLiteral("c.reason"), by({"c.reason_key"})},
        {tr("Proposed by"), QStringLiteral("pu.name"), by({"pu.sort_key"})},
        {tr("Decided by"), QStringLiteral("b.name"), by({"b.sort_key"})},
        {tr("Accepted / listed"), recipients, {listed}},
        {tr("Status"), QStringLiteral("c.status"), by({"c.status"}),
            Labels::Enum::CommendationStatus},
        {tr("Presented at"), QStringLiteral("cf.title"), by({"cf.sort_key"})},
    };
    spec.defaultSortColumn = Decision;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = Reason;
    // A commendation presented at a secret conference is as secret as it.
    spec.secrecy = QStringLiteral("cf.secrecy");
    return new SqlListModel(store, spec, parent);
}

RecipientRowsModel *CommendationLists::recipients(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("commendation_recipient");
    spec.parentColumn = QStringLiteral("commendation_id");
    spec.select = QStringLiteral(
        "SELECT id, version, recipient_kind, unit_id, person_id, form_id, name, detail, "
        "achievement, review, review_note, badge_number FROM commendation_recipient "
        "WHERE commendation_id = ? ORDER BY position, id");
    spec.hiddenFields
        = {QStringLiteral("unit_id"), QStringLiteral("person_id"), QStringLiteral("form_id")};
    spec.columns = {
        {QStringLiteral("recipient_kind"), tr("Kind"), false, true, Labels::Enum::RecipientKind},
        {QStringLiteral("name"), tr("Name as printed")},
        {QStringLiteral("detail"), tr("Unit or title held")},
        {QStringLiteral("achievement"), tr("Achievement")},
        {QStringLiteral("review"), tr("Review"), true, true, Labels::Enum::RecipientReview},
        {QStringLiteral("review_note"), tr("Reason of the review")},
        {QStringLiteral("badge_number"), tr("Badge number")},
    };
    return new RecipientRowsModel(spec, parent);
}

QList<int> CommendationLists::years(const Store &store)
{
    QList<int> years;
    auto query = store.select(
        QStringLiteral("SELECT DISTINCT CAST(substr(coalesce(decided_on, proposed_on), 1, 4) AS "
                       "INTEGER) AS y FROM commendation WHERE coalesce(decided_on, proposed_on) "
                       "IS NOT NULL ORDER BY y DESC"),
        {});
    while (query && query->next())
        years << query->value(0).toInt();
    return years;
}

QList<Lookups::Item> CommendationLists::forms(const Store &store)
{
    return items(store,
        QStringLiteral("SELECT id, name FROM commendation_form ORDER BY position, sort_key, id"));
}

QList<Lookups::Item> CommendationLists::conferences(const Store &store)
{
    return items(store,
        QStringLiteral("SELECT id, coalesce(strftime('%d/%m/%Y', held_on) || ' — ', '') || title "
                       "FROM conference ORDER BY held_on DESC, id DESC"));
}

QString CommendationLists::formRecipients(const Store &store, qint64 formId)
{
    return store
        .value(QStringLiteral("SELECT recipients FROM commendation_form WHERE id = ?"), {formId})
        .toString();
}

bool CommendationLists::bodyMayGive(const Store &store, qint64 bodyId, qint64 formId)
{
    if (!bodyId || !formId)
        return true;
    return store
        .value(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM commendation_form_authority "
                              "WHERE form_id = ?) OR EXISTS (SELECT 1 FROM "
                              "commendation_form_authority WHERE form_id = ? AND "
                              "issuing_body_id = ?)"),
            {formId, formId, bodyId})
        .toBool();
}

QString CommendationLists::status(const Store &store, qint64 id)
{
    return store.value(QStringLiteral("SELECT status FROM commendation WHERE id = ?"), {id})
        .toString();
}

int CommendationLists::awardedCount(const Store &store)
{
    return store
        .value(QStringLiteral("SELECT count(*) FROM commendation_recipient r JOIN commendation c "
                              "ON c.id = r.commendation_id WHERE c.status = 'decided' AND "
                              "r.review = 'accepted'"),
            {})
        .toInt();
}
