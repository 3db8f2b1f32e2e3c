#include "workdue.h"

#include "core/clock.h"
#include "storage/partybadges.h"
#include "storage/remedies.h"
#include "storage/store.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

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
        Kind::ConferenceWithoutInvitation, Kind::DocumentAwaitingNumber, Kind::BadgeDue};
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
    case Kind::DocumentAwaitingNumber:
        return tr("Documents waiting for a number (%n)", nullptr, count);
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
    case Kind::DocumentAwaitingNumber:
        return tr("No approved documents waiting for a number");
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

int WorkDue::Summary::more(Kind kind) const
{
    return std::max(0, total(kind) - WorkDue::count(lines, kind));
}

QString WorkDue::moreText(int more)
{
    return tr("and %n more…", nullptr, more);
}

QList<WorkDue::Line> WorkDue::compute(const Store &store, QString *error)
{
    return summarize(store, 0, error).lines;
}

WorkDue::Summary WorkDue::summarize(const Store &store, int perGroup, QString *error)
{
    const QDate today = store.clock()->today();
    Summary summary;
    QList<Line> &lines = summary.lines;
    // Each group's SQL lists its records, most urgent first; the page reads the first perGroup
    // of them and counts the rest in SQL, so that 200,000 recommendations cost a count, not a
    // list.
    // A statement whose last parameter is its own LIMIT (the largest int: none) is given it;
    // another gets one at its end. countSql counts the group (its values the statement's); without
    // one, the statement's rows are counted.
    const auto read = [&](Kind kind, const QString &table, const QString &sql,
                          const QVariantList &values, const QString &countSql = QString()) {
        QString limited = sql;
        QVariantList limitedValues = values;
        if (sql.contains(QLatin1String(" LIMIT ?"))) {
            limitedValues << (perGroup > 0 ? perGroup : std::numeric_limits<int>::max());
        } else if (perGroup > 0) {
            limited += QStringLiteral(" LIMIT ?");
            limitedValues << perGroup;
        }
        auto query = store.select(limited, limitedValues, error);
        if (!query)
            return false;
        int read = 0;
        while (query->next()) {
            Line line;
            line.kind = kind;
            line.table = table.isEmpty() ? query->value(4).toString() : table;
            line.id = query->value(0).toLongLong();
            line.title = query->value(1).toString();
            line.whom = query->value(3).toString();
            line.due = QDate::fromString(query->value(2).toString(), Qt::ISODate);
            line.overdue = line.due < today;
            // The approvals' times are read as times below.
            line.detail = kind == Kind::DocumentAwaitingNumber ? query->value(2).toString()
                                                               : daysText(line.due, today);
            lines << line;
            ++read;
        }
        if (perGroup > 0 && read == perGroup) {
            const QVariant all = store.value(countSql.isEmpty()
                    ? QStringLiteral("SELECT count(*) FROM (%1)").arg(sql)
                    : countSql,
                values, error);
            if (!all.isValid())
                return false;
            summary.totals[kind] = all.toInt();
        } else {
            summary.totals[kind] = read;
        }
        return true;
    };
    // The most urgent ids first, from the index alone (recommendation_open); then their text and
    // unit for those few. Sorting 75,000 rows with their text and unit took seconds.
    const QString recommendations = QStringLiteral(
        "SELECT r.id, r.content, r.deadline, coalesce(u.name, '') FROM (SELECT r.id FROM "
        "recommendation r WHERE %1 ORDER BY r.deadline, r.id LIMIT ?) k "
        "JOIN recommendation r ON r.id = k.id LEFT JOIN unit u ON u.id = r.responsible_unit_id "
        "ORDER BY r.deadline, r.id");
    const QString countRecommendations
        = QStringLiteral("SELECT count(*) FROM recommendation r WHERE %1");
    if (!read(Kind::OverdueRecommendation, QStringLiteral("recommendation"),
            recommendations.arg(Remedies::overdueCondition()), Remedies::overdueValues(today),
            countRecommendations.arg(Remedies::overdueCondition())))
        return {};
    if (!read(Kind::RecommendationDueSoon, QStringLiteral("recommendation"),
            recommendations.arg(Remedies::dueWithinCondition()),
            Remedies::dueWithinValues(today, DueSoonDays),
            countRecommendations.arg(Remedies::dueWithinCondition())))
        return {};
    if (!read(Kind::LateSelfReport, QStringLiteral("inspection_target"),
            QStringLiteral("SELECT t.id, g.name, t.self_report_due_on, "
                           "coalesce(u.name, p.full_name, '') FROM inspection_target t "
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
            QStringLiteral(
                "SELECT c.id, c.title, c.held_on, coalesce(u.name, '') FROM conference c "
                "LEFT JOIN unit u ON u.id = c.organizer_unit_id WHERE c.status = 'planned' AND "
                "c.held_on >= ? AND c.held_on <= ? "
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
    summary.totals[Kind::BadgeDue] = int(due->due.size());
    for (const PartyBadges::Candidate &candidate : due->due) {
        if (perGroup > 0 && WorkDue::count(lines, Kind::BadgeDue) >= perGroup)
            break;
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
    // Approved documents without their number, the longest waiting first (the approval's UTC
    // time sorts as text). A commendation's decision is issued when it is decided; a
    // conclusion's notice when the register holds its issued entry.
    const int before = int(lines.size());
    if (!read(Kind::DocumentAwaitingNumber, QString(),
            QStringLiteral(
                "SELECT id, title, approved_at, whom, subject FROM ("
                "SELECT c.id AS id, c.reason AS title, c.approved_at AS approved_at, "
                "coalesce(u.name, '') AS whom, 'commendation' AS subject FROM commendation c "
                "LEFT JOIN unit u ON u.id = c.proposing_unit_id WHERE c.approved_at IS NOT NULL "
                "AND c.status NOT IN ('decided', 'withdrawn') "
                "UNION ALL "
                "SELECT t.id, g.name, t.conclusion_approved_at, coalesce(u.name, p.full_name, ''), "
                "'inspection_target' FROM inspection_target t "
                "JOIN inspection_team g ON g.id = t.team_id "
                "LEFT JOIN unit u ON u.id = t.unit_id "
                "LEFT JOIN person p ON p.id = t.person_id "
                "WHERE t.conclusion_approved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                "document_register d WHERE d.inspection_target_id = t.id AND d.report_kind = "
                "'inspection-conclusion' AND d.status = 'issued')) AS waiting "
                "ORDER BY approved_at, subject, id"),
            {}))
        return {};
    for (qsizetype i = before; i < lines.size(); ++i) {
        Line &line = lines[i];
        // An approval's time is kept in UTC: the day it was approved where the office is.
        QDateTime approved = QDateTime::fromString(line.detail, Qt::ISODate);
        approved.setTimeSpec(Qt::UTC);
        line.due = approved.toLocalTime().date();
        line.overdue = false;
        line.title = line.table == QLatin1String("commendation")
            ? tr("Commendation decision: %1").arg(line.title)
            : tr("Notice of conclusion: %1").arg(line.title);
        line.detail = tr("approved %1").arg(line.due.toString(QStringLiteral("dd/MM/yyyy")));
    }
    return summary;
}
