#include "storeerrors.h"

#include "core/labels.h"

namespace {

struct Named
{
    const char *name;
    const char *sentence;
};

// Uniqueness and rules whose sentence cannot be derived from the constraint's name.
const Named namedConstraints[] = {
    {"unit_name_unique",
     QT_TRANSLATE_NOOP("StoreErrors",
                       "There is already a unit with this name under the same superior unit.")},
    {"legal_document_code_unique",
     QT_TRANSLATE_NOOP("StoreErrors",
                       "There is already a document with this number and code on this date.")},
    {"inspection_team_number_unique",
     QT_TRANSLATE_NOOP("StoreErrors", "There is already an inspection team with this number.")},
    {"unit_parent_not_self",
     QT_TRANSLATE_NOOP("StoreErrors", "A unit cannot be its own superior unit.")},
    {"unit_successor_not_self",
     QT_TRANSLATE_NOOP("StoreErrors", "A unit cannot be its own successor.")},
    {"conference_participant_person_or_unit",
     QT_TRANSLATE_NOOP("StoreErrors", "A participant is either a person or a unit.")},
    {"commendation_recipient",
     QT_TRANSLATE_NOOP("StoreErrors",
                       "A collective commendation needs a unit; an individual one needs a person.")},
    {"finding_remedied_has_date",
     QT_TRANSLATE_NOOP("StoreErrors", "A remedied finding needs the date it was remedied.")},
    {"finding_member_has_person",
     QT_TRANSLATE_NOOP("StoreErrors", "A finding about a Party member needs the person.")},
    {"attachment_one_owner",
     QT_TRANSLATE_NOOP("StoreErrors", "An attachment belongs to exactly one record.")},
    {"document_register_year",
     QT_TRANSLATE_NOOP("StoreErrors", "The year of a number must be between 1930 and 9999.")},
    {"document_register_year_matches",
     QT_TRANSLATE_NOOP("StoreErrors", "The year of the number must be the year of the date.")},
    // SQLite names the columns, not the constraint, for UNIQUE (...) and partial indexes.
    {"document_register.type_code, document_register.issuer_code, document_register.year, "
     "document_register.number",
     QT_TRANSLATE_NOOP("StoreErrors",
                       "This number is already taken in the outgoing document register.")},
    {"conference_participant.conference_id, conference_participant.person_id",
     QT_TRANSLATE_NOOP("StoreErrors", "This person is already among the participants.")},
    {"conference_participant.conference_id, conference_participant.unit_id",
     QT_TRANSLATE_NOOP("StoreErrors", "This unit is already among the participants.")},
    {"team_member.team_id, team_member.person_id",
     QT_TRANSLATE_NOOP("StoreErrors", "This person is already a member of the team.")},
    {"inspection_target.team_id, inspection_target.unit_id",
     QT_TRANSLATE_NOOP("StoreErrors", "This unit is already on the team's list.")},
    {"document_type.code",
     QT_TRANSLATE_NOOP("StoreErrors", "There is already a document type with this code.")},
    {"person_email",
     QT_TRANSLATE_NOOP("StoreErrors", "The e-mail address is not valid.")},
};

QString afterColon(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : text.mid(colon + 1).trimmed();
}

// "unit.name, unit.parent_id" -> {"unit", "Unit name"}.
QString fieldsOf(const QString &columns, QString *table)
{
    QStringList names;
    for (const QString &qualified : columns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = qualified.trimmed();
        const int dot = trimmed.indexOf(QLatin1Char('.'));
        *table = trimmed.left(dot);
        names << Labels::fieldName(*table, trimmed.mid(dot + 1));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString StoreErrors::explain(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return explain(text);
}

QString StoreErrors::explain(const QString &text)
{
    QString subject = afterColon(text);
    if (subject.startsWith(QLatin1String("index '")))
        subject = subject.mid(7).chopped(1);
    for (const Named &named : namedConstraints) {
        if (subject == QLatin1String(named.name))
            return tr(named.sentence);
    }

    if (text.startsWith(QLatin1String("UNIQUE constraint failed"))) {
        QString table;
        const QString fields = fieldsOf(subject, &table);
        return tr("There is already a %1 with the same %2.").arg(Labels::tableName(table), fields);
    }
    if (text.startsWith(QLatin1String("NOT NULL constraint failed"))) {
        QString table;
        return tr("“%1” must be filled in.").arg(fieldsOf(subject, &table));
    }
    if (text.startsWith(QLatin1String("CHECK constraint failed"))) {
        if (subject.endsWith(QLatin1String("_nonempty")))
            return tr("A required field is empty.");
        if (subject.endsWith(QLatin1String("_date")))
            return tr("A date is not a valid calendar date.");
        if (subject.endsWith(QLatin1String("_time")))
            return tr("A time is not valid; write it as HH:MM.");
        if (subject.endsWith(QLatin1String("_order")))
            return tr("An end date is before its start date.");
        return tr("A value is not one of the allowed choices (%1).").arg(subject);
    }
    if (text.startsWith(QLatin1String("FOREIGN KEY constraint failed")))
        return tr("The record refers to something that does not exist any more, or is still "
                  "referred to by other records.");
    if (text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database is busy")))
        return tr("The database is busy in another window or program; try again in a moment.");
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return tr("The database file is read-only; changes cannot be saved.");
    if (text.contains(QLatin1String("disk is full")))
        return tr("The disk is full; free some space and save again.");
    return tr("The database reported an error: %1").arg(text);
}
