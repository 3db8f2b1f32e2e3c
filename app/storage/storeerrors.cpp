#include "storeerrors.h"

#include "core/catalogue.h"

namespace {

struct Named
{
    const char *name;
    const char *sentence;
};

// Uniqueness and rules whose sentence cannot be derived from the constraint's name.
const Named namedConstraints[] = {
    {"unit_name_unique",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "There is already a unit with this name under the same superior unit.")},
    {"legal_document_code_unique",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "There is already a document with this number and code on this date.")},
    {"inspection_team_number_unique",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "The issuing body already has a team with this number this year.")},
    {"unit_parent_not_self",
        QT_TRANSLATE_NOOP("StoreErrors", "A unit cannot be its own superior unit.")},
    {"unit_successor_not_self",
        QT_TRANSLATE_NOOP("StoreErrors", "A unit cannot be its own successor.")},
    {"conference_participant_person_or_unit",
        QT_TRANSLATE_NOOP("StoreErrors", "A participant is either a person or a unit.")},
    {"recommendation_remedied_has_date",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "A remedied recommendation needs the date it was remedied.")},
    {"finding_member_has_person",
        QT_TRANSLATE_NOOP("StoreErrors", "A violation of a Party member needs the person.")},
    {"inspection_target_who",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "An inspected target is either an organization or a Party member.")},
    {"remedy_event_frozen",
        QT_TRANSLATE_NOOP("StoreErrors",
            "A recommendation's history is never changed or deleted: record a new event instead.")},
    {"inspection_team_dates_order",
        QT_TRANSLATE_NOOP("StoreErrors", "The working period ends before it begins.")},
    {"inspection_team_period_order",
        QT_TRANSLATE_NOOP("StoreErrors", "The period inspected ends before it begins.")},
    {"attachment_one_owner",
        QT_TRANSLATE_NOOP("StoreErrors", "An attachment belongs to exactly one record.")},
    {"document_register_year",
        QT_TRANSLATE_NOOP("StoreErrors", "The year of a number must be between 1930 and 9999.")},
    {"document_register_year_matches",
        QT_TRANSLATE_NOOP("StoreErrors", "The year of the number must be the year of the date.")},
    // SQLite names the columns, not the constraint, for UNIQUE (...) and partial indexes.
    {"document_register.issuer_code, document_register.series, document_register.number",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "This number is already taken in the outgoing document register.")},
    {"conference_participant.conference_id, conference_participant.person_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This person is already among the participants.")},
    {"conference_participant.conference_id, conference_participant.unit_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This unit is already among the participants.")},
    {"team_member.team_id, team_member.person_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This person is already a member of the team.")},
    {"inspection_target.team_id, inspection_target.unit_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This unit is already a target of the inspection.")},
    {"inspection_target.team_id, inspection_target.person_id",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "This Party member is already a target of the inspection.")},
    {"issuing_body.unit_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This unit is already another issuing body.")},
    {"issuing_body.is_default",
        QT_TRANSLATE_NOOP("StoreErrors", "Another issuing body already issues by default.")},
    {"issuing_body_signer.issuing_body_id, issuing_body_signer.report_kind",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "This body already has a signer for this kind of document.")},
    {"issuing_body_term_order",
        QT_TRANSLATE_NOOP("StoreErrors", "A term cannot end before it begins.")},
    {"issued_document_frozen",
        QT_TRANSLATE_NOOP("StoreErrors",
            "An issued document is kept as it was signed and cannot be changed or removed.")},
    {"document_type.code",
        QT_TRANSLATE_NOOP("StoreErrors", "There is already a document type with this code.")},
    {"person_email", QT_TRANSLATE_NOOP("StoreErrors", "The e-mail address is not valid.")},
    {"commendation_decided_frozen",
        QT_TRANSLATE_NOOP("StoreErrors",
            "The commendation is decided: its decision and its list are kept as they were "
            "signed. Only a badge number or a note can still be written.")},
    {"commendation_recipient_once",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "This recipient is already on the list for this form of commendation.")},
    {"commendation_recipient.badge_number",
        QT_TRANSLATE_NOOP("StoreErrors", "This badge number is already given to someone else.")},
    {"commendation_recipient_who",
        QT_TRANSLATE_NOOP("StoreErrors",
            "A collective recipient is a unit of the directory; an individual one, a person.")},
    {"commendation_decided_after_proposal",
        QT_TRANSLATE_NOOP("StoreErrors", "The decision is dated before the proposal.")},
    {"commendation_decided_has_date",
        QT_TRANSLATE_NOOP("StoreErrors", "A decided commendation needs the date of its decision.")},
    {"commendation_has_form", QT_TRANSLATE_NOOP("StoreErrors", "Choose the form of commendation.")},
    {"commendation_badge_round_has_no_form",
        QT_TRANSLATE_NOOP("StoreErrors",
            "A round of Party membership badges gives each member the badge due: it has no "
            "single form.")},
    {"commendation_form.name",
        QT_TRANSLATE_NOOP(
            "StoreErrors", "There is already a form of commendation with this name.")},
    {"commendation_form.badge_years",
        QT_TRANSLATE_NOOP("StoreErrors", "There is already a badge for this many years.")},
    {"commendation_form_authority.form_id, commendation_form_authority.issuing_body_id",
        QT_TRANSLATE_NOOP("StoreErrors", "This body is already among those that give the form.")},
    {"certificate_field_text_has_content",
        QT_TRANSLATE_NOOP("StoreErrors", "A fixed text on the certificate needs its words.")},
};

// "unit.name, unit.parent_id" -> "Tên đơn vị, Đơn vị cấp trên" (and the table).
QString fieldsOf(const QStringList &columns, QString *table)
{
    QStringList names;
    for (const QString &qualified : columns) {
        const int dot = qualified.indexOf(QLatin1Char('.'));
        *table = qualified.left(dot);
        names << Catalogue::fieldLabel(*table, qualified.mid(dot + 1));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString StoreErrors::explain(const DbError &error, const QString &engine)
{
    const QString subject
        = error.constraint.isEmpty() ? error.columns.join(QStringLiteral(", ")) : error.constraint;
    // SQLite names a uniqueness by its columns, PostgreSQL by its index: either finds it.
    const QString columns = error.columns.join(QStringLiteral(", "));
    for (const Named &named : namedConstraints) {
        if (subject == QLatin1String(named.name) || columns == QLatin1String(named.name))
            return tr(named.sentence);
    }
    QString table;
    switch (error.kind) {
    case DbError::Kind::None:
        return QString();
    case DbError::Kind::Unique: {
        const QString fields = fieldsOf(error.columns, &table);
        if (fields.isEmpty())
            return tr("This would repeat a record that exists already.");
        return tr("There is already a %1 with the same %2.")
            .arg(Catalogue::tableLabel(table), fields);
    }
    case DbError::Kind::NotNull:
        return tr("“%1” must be filled in.").arg(fieldsOf(error.columns, &table));
    case DbError::Kind::Check:
        if (subject.endsWith(QLatin1String("_nonempty")))
            return tr("A required field is empty.");
        if (subject.endsWith(QLatin1String("_date")))
            return tr("A date is not a valid calendar date.");
        if (subject.endsWith(QLatin1String("_time")))
            return tr("A time is not valid; write it as HH:MM.");
        if (subject.endsWith(QLatin1String("_order")))
            return tr("An end date is before its start date.");
        return tr("A value is not one of the allowed choices (%1).").arg(subject);
    case DbError::Kind::ForeignKey:
        return tr("The record refers to something that does not exist any more, or is still "
                  "referred to by other records.");
    case DbError::Kind::AppendOnly:
        return tr("The audit log can only grow: its rows are never changed or removed.");
    case DbError::Kind::Busy:
        return tr("The database is busy in another window or program; try again in a moment.");
    case DbError::Kind::ReadOnly:
        return tr("The database file is read-only; changes cannot be saved.");
    case DbError::Kind::Denied:
        return tr("The server refused: your account may not make this change (%1).")
            .arg(error.detail);
    case DbError::Kind::Full:
        return tr("The disk is full; free some space and save again. Nothing was lost: what "
                  "you typed is still here.");
    case DbError::Kind::Io:
        return tr("The database file could not be read or written (%1). Nothing was saved; "
                  "check the disk or the network drive and try again.")
            .arg(error.detail);
    case DbError::Kind::Corrupt:
        return tr("The database file is damaged (%1). Close the program and restore the last "
                  "backup.")
            .arg(error.detail);
    case DbError::Kind::Other:
        break;
    }
    return tr("The database reported an unexpected error (in %1's words: “%2”). Nothing was "
              "changed. If it happens again, check the database with “secretariat check”.")
        .arg(engine, error.detail);
}
