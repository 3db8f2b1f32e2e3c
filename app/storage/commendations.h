#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

class Store;

// The checks of a commendation's review and decision (COMMENDATIONS.md, steps 2 and 3).
//
// Warnings are what the advisory board weighs, never refusals: the board may still accept.
// - The same recipient (by the folded name as the list prints it, or the same unit or person of
//   the directory), for the same form and the same reason, on another list that is not withdrawn
//   and where it is not rejected. A badge is given once whatever the reason of its round.
// - A collective that no longer exists (its validity ended, or it has a successor).
// - A form given only to collectives on an individual, or the other way round.
// - A body that may not give the form (when the directory names the bodies that may).
// Rows the board rejected are not warned about.
//
// The decision is refused (a sentence) while the commendation is withdrawn or already decided,
// when it would be dated before the proposal, while a recipient is not yet reviewed, and when
// nobody is accepted. Once decided, the store's triggers freeze it.
class Commendations
{
    Q_DECLARE_TR_FUNCTIONS(Commendations)

public:
    struct Warning
    {
        qint64 recipientId = 0; // 0: the warning is about the commendation itself
        QString sentence;
    };

    // The warnings of one commendation's list, in the list's order; nothing, with a sentence, when
    // the store cannot be read.
    static std::optional<QVector<Warning>> warnings(
        const Store &store, qint64 commendationId, QString *error = nullptr);

    // Empty when the commendation may be decided on `on`; else why not.
    static QString refusalToDecide(const Store &store, qint64 commendationId, const QDate &on);

    // "Bằng khen"; "Huy hiệu Đảng" for a round of badges; empty for no such commendation.
    static QString formName(const Store &store, qint64 commendationId);
};
