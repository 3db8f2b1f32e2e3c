#include "workdue.h"

#include "core/clock.h"
#include "storage/partybadges.h"
#include "storage/remedies.h"
#include "storage/store.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

QString daysText(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days > 0)
        return WorkDue::tr("%n day(s) left", nullptr, int(days));
    if (days == 0)
        return WorkDue::tr("due today");
    return WorkDue::tr("%n day(s) late", nullptr, int(-days));
}

} // namespace

QList<WorkDue::Kind> WorkDue::kinds()
{
    return {Kind::OverdueRecommendation, Kind::RecommendationDueSoon, Kind::LateSelfReport,
        Kind::ConferenceWithoutInvitation, Kind::BadgeDue};
}

int WorkDue::count(const QList<Line> &lines, Kind kind)
{
    return int(std::count_if(
        lines.begin(), lines.end(), [kind](const Line &line) { return line.kind == kind; }));
}

QString WorkDue::header(Kind kind, int count)
{
    switch (kind) {
    case Kind::OverdueRecommendation:
        return tr("Overdue recommendations (%n)", nullptr, count);
    case Kind::RecommendationDueSoon:
        return tr("Recommendations due within 7 days (%n)", nullptr, count);
    case Kind::LateSelfReport:
        return tr("Late self-inspection reports (%n)", nullptr, count);
    case Kind::ConferenceWithoutInvitation:
        return tr("Conferences without invitations issued (%n)", nullptr, count);
    case Kind::BadgeDue:
        return tr("Party badges due in the next round (%n)", nullptr, count);
    }
    return QString();
}

QString WorkDue::emptyText(Kind kind)
{
    switch (kind) {
    case Kind::OverdueRecommendation:
        return tr("No overdue recommendations");
    case Kind::RecommendationDueSoon:
        return tr("No recommendations due within 7 days");
    case Kind::LateSelfReport:
        return tr("No late self-inspection reports");
    case Kind::ConferenceWithoutInvitation:
        return tr("No conferences in the next 14 days without invitations");
    case Kind::BadgeDue:
        return tr("No members due a badge in the next round");
    }
    return QString();
}

QList<WorkDue::Line> WorkDue::ofKind(const QList<Line> &lines, Kind kind)
{
    QList<Line> out;
    for (const Line &line : lines)
        if (line.kind == kind)
            out << line;
    return out;
}

QList<WorkDue::Line> WorkDue::compute(const Store &store, QString *error)
{
    const QDate today = store.clock()->today();
    QList<Line> lines;
    const auto read
        = [&](Kind kind, const QString &table, const QString &sql, const QVariantList &values) {
              auto query = store.select(sql, values, error);
              if (!query)
                  return false;
              while (query->next()) {
                  Line line;
                  line.kind = kind;
                  line.table = table;
                  line.id = query->value(0).toLongLong();
                  line.title = query->value(1).toString();
                  line.due = QDate::fromString(query->value(2).toString(), Qt::ISODate);
                  line.overdue = line.due < today;
                  line.detail = daysText(line.due, today);
                  lines << line;
              }
              return true;
          };
    const QString recommendations
        = QStringLiteral("SELECT r.id, r.content, r.deadline FROM recommendation r WHERE %1 ORDER "
                         "BY r.deadline, r.id");
    if (!read(Kind::OverdueRecommendation, QStringLiteral("recommendation"),
            recommendations.arg(Remedies::overdueCondition()), Remedies::overdueValues(today)))
        return {};
    if (!read(Kind::RecommendationDueSoon, QStringLiteral("recommendation"),
            recommendations.arg(Remedies::dueWithinCondition()),
            Remedies::dueWithinValues(today, DueSoonDays)))
        return {};
    if (!read(Kind::LateSelfReport, QStringLiteral("inspection_target"),
            QStringLiteral("SELECT t.id, coalesce(u.name, p.full_name, '') || ' — ' || g.name, "
                           "t.self_report_due_on FROM inspection_target t "
                           "JOIN inspection_team g ON g.id = t.team_id "
                           "LEFT JOIN unit u ON u.id = t.unit_id "
                           "LEFT JOIN person p ON p.id = t.person_id "
                           "WHERE t.self_report_due_on < ? AND t.self_report_received_on IS NULL "
                           "AND g.status = 'working' ORDER BY t.self_report_due_on, t.id"),
            {today.toString(Qt::ISODate)}))
        return {};
    // An invitation is issued when the register holds an issued entry of the conference's
    // invitations (DocumentRegister::forSubject, report kind "conference-invitations").
    if (!read(Kind::ConferenceWithoutInvitation, QStringLiteral("conference"),
            QStringLiteral("SELECT c.id, c.title, c.held_on FROM conference c "
                           "WHERE c.status = 'planned' AND c.held_on >= ? AND c.held_on <= ? "
                           "AND NOT EXISTS (SELECT 1 FROM document_register d "
                           "WHERE d.conference_id = c.id AND d.report_kind = "
                           "'conference-invitations' AND d.status = 'issued') "
                           "ORDER BY c.held_on, c.id"),
            {today.toString(Qt::ISODate), today.addDays(ConferenceDays).toString(Qt::ISODate)}))
        return {};
    // The members due a badge on the next round's day, whatever unit.
    const QDate round = PartyBadges::nextRound(today);
    const auto due = PartyBadges::candidates(store, round, 0, error);
    if (!due)
        return {};
    for (const PartyBadges::Candidate &candidate : due->due) {
        Line line;
        line.kind = Kind::BadgeDue;
        line.table = QStringLiteral("person");
        line.id = candidate.member.personId;
        line.title = candidate.member.name;
        line.due = round;
        line.detail = tr("%n years of membership, round of %1", nullptr, candidate.assessment.years)
                          .arg(round.toString(QStringLiteral("dd/MM/yyyy")));
        lines << line;
    }
    return lines;
}
