#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Store;

// What needs attention today (the start page "To do" and the counts in the navigation): one
// computation, against the store's clock, of the lines each group shows. The store already hides
// what the account may not read, so every line is one the account may open.
class WorkDue
{
    Q_DECLARE_TR_FUNCTIONS(WorkDue)

public:
    enum class Kind {
        OverdueRecommendation, // open, deadline before today (Remedies::overdueCondition)
        RecommendationDueSoon, // open, deadline from today to today + 7 days
        LateSelfReport, // self-inspection report due before today, not received, team working
        ConferenceWithoutInvitation, // planned, held within 14 days, no invitation issued
        BadgeDue, // Huy hiệu Đảng due in the next round (PartyBadges::candidates); opens the person
        // Made and approved by a leader, not yet given its number in the register: a
        // commendation's decision (approved, not decided or withdrawn) and an inspection's
        // notice of conclusion (approved, no issued entry). Those are the documents the program
        // holds back for an approval (Approvals::refusalToIssue); the others are numbered the
        // moment they are made, so nothing else waits.
        DocumentAwaitingNumber,
    };
    static constexpr int ConferenceDays = 14;
    static constexpr int DueSoonDays = 7;

    struct Line
    {
        Kind kind = Kind::OverdueRecommendation;
        QString table; // the record the line opens
        qint64 id = 0;
        QString title;
        QString whom; // the unit (or member) it concerns: responsible, inspected, organizing
        QString detail; // "quá hạn 5 ngày", "còn 3 ngày"
        QDate due;
        bool overdue = false; // shown in the warning colour
    };

    // What the page shows: at most `perGroup` lines of each group, the most urgent first, and
    // every group's whole count (the "and N more" line and the navigation's counts).
    struct Summary
    {
        QList<Line> lines;
        QHash<Kind, int> totals;
        int total(Kind kind) const { return totals.value(kind); }
        // The lines of `kind` left out of `lines`.
        int more(Kind kind) const;
    };
    static constexpr int PageLimit = 20;

    // Every line of every group (perGroup 0), or the first perGroup of each.
    static Summary summarize(const Store &store, int perGroup, QString *error = nullptr);
    static QList<Line> compute(const Store &store, QString *error = nullptr);
    static QList<Line> ofKind(const QList<Line> &lines, Kind kind);
    static QList<Kind> kinds();
    // How many lines of `kind` (the navigation's counts come from the same lines as the page).
    static int count(const QList<Line> &lines, Kind kind);
    // The group's header with its count ("Overdue recommendations (3)") and the quiet line an
    // empty group shows ("No overdue recommendations").
    static QString header(Kind kind, int count);
    static QString emptyText(Kind kind);
    // "and 12 more…", the link to the whole list.
    static QString moreText(int more);
};
