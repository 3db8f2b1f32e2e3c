#include "conferencestore.h"

#include "storeerrors.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<qint64> ConferenceStore::duplicate(const QSqlDatabase &db, qint64 conferenceId,
                                                 QString *error)
{
    Transaction transaction(db);
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = StoreErrors::explain(query.lastError());
        return false;
    };
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    if (!run(QStringLiteral(
                 "INSERT INTO conference (kind, title, title_folded, sort_key, legal_document_id, "
                 "held_on, starts_at, ends_at, venue, organizer_unit_id, status, secrecy, urgency, "
                 "note) SELECT kind, title, title_folded, sort_key, legal_document_id, "
                 "date(held_on, '+1 year'), starts_at, ends_at, venue, organizer_unit_id, "
                 "'planned', secrecy, urgency, note FROM conference WHERE id = ?"),
             {conferenceId}))
        return std::nullopt;
    if (query.numRowsAffected() != 1) {
        *error = tr("There is no conference number %1 in this database.").arg(conferenceId);
        return std::nullopt;
    }
    const qint64 copy = query.lastInsertId().toLongLong();
    if (!run(QStringLiteral(
                 "INSERT INTO conference_participant (conference_id, person_id, unit_id, role, "
                 "title_held, delegate_count, attendance, position) SELECT ?, person_id, unit_id, "
                 "role, title_held, delegate_count, 'invited', position "
                 "FROM conference_participant WHERE conference_id = ?"),
             {copy, conferenceId})
        || !run(QStringLiteral(
                        "INSERT INTO agenda_item (conference_id, position, starts_at, kind, title, "
                        "presenter_person_id, presenter_unit_id, presenter_text) SELECT ?, "
                        "position, starts_at, kind, title, presenter_person_id, "
                        "presenter_unit_id, presenter_text FROM agenda_item "
                        "WHERE conference_id = ?"),
                {copy, conferenceId}))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return copy;
}
