#include "commendations.h"

#include "core/clock.h"
#include "partybadges.h"
#include "store.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString shortDate(const QVariant &iso)
{
    const QDate date = QDate::fromString(iso.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso.toString();
}

} // namespace

std::optional<QVector<Commendations::Warning>> Commendations::warnings(
    const Store &store, qint64 commendationId, QString *error)
{
    QVector<Warning> found;
    // The commendation's own form and body.
    auto own = store.select(
        QStringLiteral(
            "SELECT f.name, b.name, (SELECT count(*) FROM commendation_form_authority a "
            "WHERE a.form_id = c.form_id), (SELECT count(*) FROM commendation_form_authority a "
            "WHERE a.form_id = c.form_id AND a.issuing_body_id = c.issuing_body_id) "
            "FROM commendation c LEFT JOIN commendation_form f ON f.id = c.form_id "
            "LEFT JOIN issuing_body b ON b.id = c.issuing_body_id WHERE c.id = ?"),
        {commendationId}, error);
    if (!own)
        return std::nullopt;
    if (own->next() && !own->value(1).isNull() && own->value(2).toInt() > 0
        && own->value(3).toInt() == 0) {
        found << Warning {0,
            tr("%1 is not among the bodies that may give the %2 (see the forms of commendation "
               "in the directories).")
                .arg(own->value(1).toString(), own->value(0).toString())};
    }

    // Each row: the form it is given (its own or the commendation's), and what is wrong with it.
    const QString today = store.clock()->today().toString(Qt::ISODate);
    auto rows = store.select(
        QStringLiteral(
            "SELECT r.id, r.name, r.recipient_kind, f.name, f.recipients, "
            "u.valid_to, s.name "
            "FROM commendation_recipient r JOIN commendation c ON c.id = r.commendation_id "
            "LEFT JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
            "LEFT JOIN unit u ON u.id = r.unit_id LEFT JOIN unit s ON s.id = u.successor_id "
            "WHERE r.commendation_id = ? AND r.review <> 'rejected' ORDER BY r.position, r.id"),
        {commendationId}, error);
    if (!rows)
        return std::nullopt;
    struct Row
    {
        qint64 id;
        QString name, kind, form, formRecipients, validTo, successor;
    };
    QVector<Row> list;
    while (rows->next()) {
        list << Row {rows->value(0).toLongLong(), rows->value(1).toString(),
            rows->value(2).toString(), rows->value(3).toString(), rows->value(4).toString(),
            rows->value(5).toString(), rows->value(6).toString()};
    }
    // A badge row the Huy hiệu Đảng rules refuse (not yet due, a discipline's wait, expelled,
    // already given): after the row's other warnings.
    const auto badges = PartyBadges::rowRefusals(store, commendationId, error);
    if (!badges)
        return std::nullopt;
    QHash<qint64, QString> badgeRefusals;
    for (const auto &[id, sentence] : *badges)
        badgeRefusals.insert(id, sentence);
    for (const Row &row : std::as_const(list)) {
        // The same recipient on another list (or twice on this one under another name key).
        auto other = store.select(
            QStringLiteral(
                "SELECT oc.id, oc.decision_code, oc.decided_on, oc.proposal_code, oc.proposed_on "
                "FROM commendation_recipient r JOIN commendation c ON c.id = r.commendation_id "
                "JOIN commendation_recipient o ON o.id <> r.id AND o.review <> 'rejected' "
                "AND (o.name_key = r.name_key OR o.person_id = r.person_id "
                "OR o.unit_id = r.unit_id) "
                "JOIN commendation oc ON oc.id = o.commendation_id AND oc.status <> 'withdrawn' "
                "JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
                "AND f.id = coalesce(o.form_id, oc.form_id) "
                "WHERE r.id = ? AND (f.badge_years IS NOT NULL OR oc.reason_key = c.reason_key) "
                "ORDER BY oc.decided_on IS NULL, oc.decided_on, oc.id LIMIT 1"),
            {row.id}, error);
        if (!other)
            return std::nullopt;
        if (other->next()) {
            QString where;
            if (other->value(0).toLongLong() == commendationId)
                where = tr("this list");
            else if (!other->value(1).isNull())
                where = tr("decision %1 of %2")
                            .arg(other->value(1).toString(), shortDate(other->value(2)));
            else if (!other->value(3).isNull())
                where = tr("proposal %1 of %2")
                            .arg(other->value(3).toString(), shortDate(other->value(4)));
            else
                where = tr("another proposal not yet numbered");
            found << Warning {row.id,
                tr("“%1” already has the %2 for the same reason: see %3.")
                    .arg(row.name, row.form, where)};
        }
        if (!row.successor.isEmpty()) {
            found << Warning {row.id,
                tr("“%1” no longer exists: it is now part of “%2”.").arg(row.name, row.successor)};
        } else if (!row.validTo.isEmpty() && row.validTo < today) {
            found << Warning {row.id,
                tr("“%1” no longer exists: it ceased on %2.")
                    .arg(row.name, shortDate(row.validTo))};
        }
        if (row.formRecipients == QLatin1String("collective")
            && row.kind == QLatin1String("individual")) {
            found << Warning {row.id,
                tr("The %1 is given to collectives only, and “%2” is a person.")
                    .arg(row.form, row.name)};
        } else if (row.formRecipients == QLatin1String("individual")
            && row.kind == QLatin1String("collective")) {
            found << Warning {row.id,
                tr("The %1 is given to individuals only, and “%2” is a collective.")
                    .arg(row.form, row.name)};
        }
        // (A badge already given is the duplicate said above: said once.)
        const bool warned = !found.isEmpty() && found.constLast().recipientId == row.id;
        if (badgeRefusals.contains(row.id) && !warned)
            found << Warning {row.id, badgeRefusals.value(row.id)};
    }
    return found;
}

QString Commendations::refusalToDecide(const Store &store, qint64 commendationId, const QDate &on)
{
    QString error;
    auto found
        = store.select(QStringLiteral("SELECT status, decision_code, proposed_on, "
                                      "(SELECT count(*) FROM commendation_recipient r "
                                      " WHERE r.commendation_id = c.id AND r.review = 'pending'), "
                                      "(SELECT count(*) FROM commendation_recipient r "
                                      " WHERE r.commendation_id = c.id AND r.review = 'accepted') "
                                      "FROM commendation c WHERE c.id = ?"),
            {commendationId}, &error);
    if (!found)
        return error;
    if (!found->next())
        return tr("The commendation is no longer in the database (another window may have "
                  "deleted it).");
    const QString status = found->value(0).toString();
    if (status == QLatin1String("withdrawn"))
        return tr("The proposal was withdrawn: there is nothing to decide.");
    if (status == QLatin1String("decided"))
        return tr("The commendation is decided already (%1).").arg(found->value(1).toString());
    const QDate proposedOn = QDate::fromString(found->value(2).toString(), Qt::ISODate);
    if (proposedOn.isValid() && on < proposedOn)
        return tr("The decision would be dated %1, before the proposal of %2.")
            .arg(on.toString(QStringLiteral("dd/MM/yyyy")),
                proposedOn.toString(QStringLiteral("dd/MM/yyyy")));
    if (const int pending = found->value(3).toInt(); pending > 0)
        return tr("%n recipient(s) not yet reviewed: mark each accepted or not before the "
                  "decision.",
            nullptr, pending);
    if (found->value(4).toInt() == 0)
        return tr("Nobody on the list is accepted: there is nothing to decide.");
    return QString();
}

QString Commendations::formName(const Store &store, qint64 commendationId)
{
    const QVariant name = store.value(
        QStringLiteral("SELECT CASE WHEN c.kind = 'party_badge' THEN 'Huy hiệu Đảng' "
                       "ELSE f.name END FROM commendation c "
                       "LEFT JOIN commendation_form f ON f.id = c.form_id WHERE c.id = ?"),
        {commendationId});
    return name.toString();
}
