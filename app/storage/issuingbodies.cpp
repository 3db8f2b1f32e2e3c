#include "issuingbodies.h"

#include "store.h"

#include <QSqlQuery>

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// One recipient a line; the frame prints the dash before each, so one typed is dropped.
QStringList recipients(const QString &text)
{
    QStringList result;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('-')) || line.startsWith(QChar(0x2013)))
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

} // namespace

std::optional<IssuingBodies::Term> IssuingBodies::Body::termOn(const QDate &date) const
{
    for (const Term &term : terms) {
        if (term.covers(date))
            return term;
    }
    return std::nullopt;
}

std::optional<IssuingBodies::Signer> IssuingBodies::Body::signerFor(const QString &reportKind) const
{
    std::optional<Signer> any;
    for (const auto &[kind, signer] : signers) {
        if (kind == reportKind)
            return signer;
        if (kind.isEmpty())
            any = signer;
    }
    return any;
}

std::optional<IssuingBodies::Body> IssuingBodies::find(const Store &store, qint64 id)
{
    auto query = store.select(QStringLiteral("SELECT id, name, superior_line, issuing_line, "
                                             "place_name, issuer_code, numbering, closed_on "
                                             "FROM issuing_body WHERE id = ?"),
        {id});
    if (!query || !query->next())
        return std::nullopt;
    Body body;
    body.id = query->value(0).toLongLong();
    body.name = query->value(1).toString();
    body.superiorLine = query->value(2).toString();
    body.issuingLine = query->value(3).toString();
    body.placeName = query->value(4).toString();
    body.issuerCode = query->value(5).toString();
    body.numberedPerYear = query->value(6).toString() == QLatin1String("year");
    body.closedOn = isoDate(query->value(7));
    auto terms = store.select(QStringLiteral("SELECT id, name, starts_on, ends_on FROM "
                                             "issuing_body_term WHERE issuing_body_id = ? "
                                             "ORDER BY starts_on, id"),
        {id});
    while (terms && terms->next())
        body.terms.append({terms->value(0).toLongLong(), terms->value(1).toString(),
            isoDate(terms->value(2)), isoDate(terms->value(3))});
    auto signers = store.select(QStringLiteral("SELECT report_kind, authority, title, "
                                               "signer_name, recipients FROM issuing_body_signer "
                                               "WHERE issuing_body_id = ? ORDER BY position, id"),
        {id});
    while (signers && signers->next())
        body.signers.append({signers->value(0).toString(),
            {signers->value(1).toString(), signers->value(2).toString(),
                signers->value(3).toString(), recipients(signers->value(4).toString())}});
    return body;
}

std::optional<IssuingBodies::Body> IssuingBodies::forConference(
    const Store &store, qint64 conferenceId)
{
    const QVariant id = store.value(
        QStringLiteral("SELECT coalesce(c.issuing_body_id, b.id) FROM conference c LEFT JOIN "
                       "issuing_body b ON b.unit_id = c.organizer_unit_id WHERE c.id = ?"),
        {conferenceId});
    if (!id.isNull())
        return find(store, id.toLongLong());
    return defaultBody(store);
}

std::optional<IssuingBodies::Body> IssuingBodies::forSubject(
    const Store &store, const QString &table, qint64 id)
{
    if (table == QLatin1String("conference"))
        return forConference(store, id);
    QVariant body;
    if (table == QLatin1String("issuing_body") && id > 0)
        body = id;
    else if (table == QLatin1String("inspection_team"))
        body = store.value(
            QStringLiteral("SELECT issuing_body_id FROM inspection_team WHERE id = ?"), {id});
    else if (table == QLatin1String("inspection_target"))
        body = store.value(QStringLiteral("SELECT t.issuing_body_id FROM inspection_target g "
                                          "JOIN inspection_team t ON t.id = g.team_id "
                                          "WHERE g.id = ?"),
            {id});
    else if (table == QLatin1String("commendation"))
        body = store.value(
            QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id = ?"), {id});
    if (!body.isNull())
        return find(store, body.toLongLong());
    return defaultBody(store);
}

std::optional<IssuingBodies::Body> IssuingBodies::defaultBody(const Store &store)
{
    const QVariant id
        = store.value(QStringLiteral("SELECT id FROM issuing_body WHERE is_default = 1"), {});
    if (id.isNull())
        return std::nullopt;
    return find(store, id.toLongLong());
}
