#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class Store;

// Following up a recommendation (INSPECTIONS.md, step 8): its history of remedy reports received,
// reminders sent and re-checks made, each written once (remedy_event; triggers refuse any change)
// together with the status it leaves the recommendation in.
//
// The rules of a history:
// - An event is dated on or after the target's conclusion (concluded_on) or, before there is
//   one, the day the recommendation was made; never after today (the store's clock); never
//   before the latest event already recorded (the history reads in order).
// - A report says what the responsible unit did: it leaves the recommendation being remedied or
//   remedied. Once reported remedied, a further report can only confirm it (remedied).
// - A reminder changes nothing but the history: the status stays. A recommendation reported
//   remedied needs none.
// - A re-check is the inspecting body's own finding: re-checked (the remedy is confirmed), still
//   being remedied, or not carried out. It may be made without any report (a team re-checks an
//   overdue recommendation on its own), so it is allowed from any open status.
// - Re-checked closes the history: nothing is recorded after it.
// A report or re-check says what was reported or found; a reminder says what it asked, or names
// the letter sent (registerId).
class Remedies
{
    Q_DECLARE_TR_FUNCTIONS(Remedies)

public:
    struct Event
    {
        QString kind; // report | reminder | recheck
        QDate occurredOn;
        QString content;
        QString statusAfter; // empty: the default for the kind (see defaultStatusAfter)
        qint64 registerId = 0; // the reminder's entry in the outgoing document register
    };
    struct Entry
    {
        qint64 id = 0;
        QString kind;
        QDate occurredOn;
        QString content;
        QString statusAfter;
        qint64 registerId = 0;
        QString registerCode;
        QString recordedBy;
        QDateTime createdAt; // UTC
    };

    // Records the event and brings the recommendation to its status, in one transaction (inside
    // the caller's, if one is open): status, remedied_on (the day it was first remedied; cleared
    // when a re-check finds it was not), last_report_on/last_report for a report. Returns the
    // event's id, or nothing with a sentence.
    static std::optional<qint64> record(
        Store &store, qint64 recommendationId, const Event &event, QString *error);

    // The events of a recommendation in the order they happened.
    static QList<Entry> history(const Store &store, qint64 recommendationId);

    // The statuses an event of this kind may leave a recommendation in, from `current`; the
    // first is the default offered. Empty when no such event can be recorded now.
    static QStringList statusesAfter(const QString &kind, const QString &current);
    static QString defaultStatusAfter(const QString &kind, const QString &current);
    // The sentence why no event of this kind can be recorded now; empty when one can.
    static QString refusal(const QString &kind, const QString &current);

    // ---- Overdue and due soon: one rule for the page, the counts and the tests ----
    // Open: nothing remedied yet (pending or being remedied).
    static bool isOpen(const QString &status);
    // Overdue: open and its deadline before today.
    static bool isOverdue(const QDate &deadline, const QString &status, const QDate &today);
    // Due within `days`: open and its deadline from today to today + days.
    static bool isDueWithin(
        const QDate &deadline, const QString &status, const QDate &today, int days);
    // The same as SQL conditions on a recommendation of alias `alias`, with their bound values.
    // `indexed` false keeps the engine from reading the rule's index (status, deadline) for it:
    // beside a narrower condition (a unit, an inspection), that one's index is the way in.
    static QString overdueCondition(
        const QString &alias = QStringLiteral("r"), bool indexed = true);
    static QVariantList overdueValues(const QDate &today);
    static QString dueWithinCondition(const QString &alias = QStringLiteral("r"));
    static QVariantList dueWithinValues(const QDate &today, int days);
    // How many recommendations are overdue today (the store's clock).
    static int overdueCount(const Store &store);
    // "còn 12 ngày", "hạn hôm nay", "quá hạn 5 ngày"; empty once remedied (nothing is due).
    static QString dueText(const QDate &deadline, const QString &status, const QDate &today);
};
