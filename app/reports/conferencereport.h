#pragma once

#include "formatprofile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

// The data a conference's documents print, read from the store: for the notice of conclusions
// (conference-summary), the body fields and what the frame needs (type, excerpt, number, date).
class ConferenceReport
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceReport)

public:
    static std::optional<QVariantMap> summary(const QSqlDatabase &db, qint64 conferenceId,
                                              QString *error);
};
