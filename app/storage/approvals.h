#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class Store;

// A leader's approval (Lãnh đạo duyệt) of a commendation's decision or of an inspection
// target's conclusion: who and when, kept on the record. Once the office has accounts, the
// decision and the conclusion are issued only after it.
class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)

public:
    struct Approval
    {
        QString by; // the account's name
        QDateTime at; // UTC
    };

    // Whether the table's records are approved ("commendation", "inspection_target").
    static bool isApprovable(const QString &table);
    // Records the current user's approval of the record, as the store's Approve action (refused,
    // with its sentence and a line in the audit log, for a role without it), at the store's now.
    static bool approve(Store &store, const QString &table, qint64 id, QString *error);
    // The approval of a record, if it has one.
    static std::optional<Approval> approval(const Store &store, const QString &table, qint64 id);
    // "Approved by hoa on 01/12/2026 10:42" (local time).
    static QString describe(const QString &table, const Approval &approval);

    // Why the document `kind` of record `id` may not be issued yet (empty when it may): with
    // accounts on, a commendation decision and an inspection conclusion wait for the approval.
    static QString refusalToIssue(const Store &store, const QString &kind, qint64 id);
};
