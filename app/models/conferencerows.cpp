#include "conferencerows.h"

ChildRowsModel *ConferenceRows::participants(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("conference_participant");
    spec.parentColumn = QStringLiteral("conference_id");
    spec.select
        = QStringLiteral("SELECT p.id, p.version, p.person_id, p.unit_id, coalesce(pe.full_name, "
                         "un.name) AS name, p.role, "
                         "p.title_held, p.delegate_count, p.attendance, p.absence_reason "
                         "FROM conference_participant p LEFT JOIN person pe ON pe.id = p.person_id "
                         "LEFT JOIN unit un ON un.id = p.unit_id WHERE p.conference_id = ? "
                         "ORDER BY p.position, p.id");
    spec.hiddenFields = {QStringLiteral("person_id"), QStringLiteral("unit_id")};
    spec.columns = {
        {QStringLiteral("name"), tr("Person or unit"), false, false},
        {QStringLiteral("role"), tr("Role"), true, true, Labels::Enum::ParticipantRole},
        {QStringLiteral("title_held"), tr("Title held that day")},
        {QStringLiteral("delegate_count"), tr("Delegates"), true, true, std::nullopt, true},
        {QStringLiteral("attendance"), tr("Attendance"), true, true, Labels::Enum::Attendance},
        {QStringLiteral("absence_reason"), tr("Reason for absence")},
    };
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *ConferenceRows::programme(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("agenda_item");
    spec.parentColumn = QStringLiteral("conference_id");
    spec.select = QStringLiteral(
        "SELECT a.id, a.version, a.starts_at, a.kind, a.title, a.presenter_person_id, "
        "a.presenter_unit_id, "
        "a.presenter_text, coalesce(pe.full_name, un.name, a.presenter_text) AS presenter "
        "FROM agenda_item a LEFT JOIN person pe ON pe.id = a.presenter_person_id "
        "LEFT JOIN unit un ON un.id = a.presenter_unit_id WHERE a.conference_id = ? "
        "ORDER BY a.position, a.id");
    spec.hiddenFields = {QStringLiteral("presenter_person_id"), QStringLiteral("presenter_unit_id"),
        QStringLiteral("presenter_text")};
    ChildRowsModel::Column presenter {QStringLiteral("presenter"), tr("Presented by"), true, false};
    presenter.writesTo = QStringLiteral("presenter_text");
    presenter.clears = {QStringLiteral("presenter_person_id"), QStringLiteral("presenter_unit_id")};
    spec.columns = {
        {QStringLiteral("starts_at"), tr("Time")},
        {QStringLiteral("kind"), tr("Kind"), true, true, Labels::Enum::AgendaKind},
        {QStringLiteral("title"), tr("Content")},
        presenter,
    };
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *ConferenceRows::statistics(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("statistic");
    spec.parentColumn = QStringLiteral("conference_id");
    spec.select = QStringLiteral("SELECT id, version, name, value, measure, unit_id, period_from, "
                                 "period_to FROM statistic WHERE conference_id = ? "
                                 "ORDER BY position, id");
    spec.hiddenFields
        = {QStringLiteral("unit_id"), QStringLiteral("period_from"), QStringLiteral("period_to")};
    spec.columns = {
        {QStringLiteral("name"), tr("Figure")},
        {QStringLiteral("value"), tr("Value"), true, true, std::nullopt, true},
        {QStringLiteral("measure"), tr("Counted in")},
    };
    return new ChildRowsModel(spec, parent);
}
