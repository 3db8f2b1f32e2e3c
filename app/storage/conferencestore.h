#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Whole-conference operations beyond one row.
class ConferenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceStore)

public:
    // Next year's giao ban: a copy with its participants (invited again) and programme, a year
    // later, planned; outcomes, statistics and numbers do not come along. One transaction.
    static std::optional<qint64> duplicate(const QSqlDatabase &db, qint64 conferenceId,
                                           QString *error);
};
