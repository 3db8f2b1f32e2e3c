#pragma once

#include "reportcontext.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Store;

// List 4-HHĐ of a round of Party membership badges (a commendation of kind party_badge): the
// members proposed, grouped by badge (the most years first), with their dates of admission and
// of being made official, the title and unit, and a note (early for a grave illness). Its variants
// are sections of the same document, each grouped alike: 4A, those given a badge again for one
// lost (replacement), and 4B, those given it posthumously. Rejected rows are left out.
class PartyBadgeReport
{
    Q_DECLARE_TR_FUNCTIONS(PartyBadgeReport)

public:
    static std::optional<QVariantMap> list(
        const Store &store, qint64 commendationId, const ReportContext &context, QString *error);
};
