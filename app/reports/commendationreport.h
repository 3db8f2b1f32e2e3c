#pragma once

#include "inspectionstatistics.h"
#include "reportcontext.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Store;

// The documents of a commendation (COMMENDATIONS.md, steps 1 and 3) and the office's record of
// awards, in the shape the other reports give (body fields, the type and its code for the
// register, the excerpt, which parts of the frame the kind has).
class CommendationReport
{
    Q_DECLARE_TR_FUNCTIONS(CommendationReport)

public:
    // Tờ trình đề nghị khen thưởng (TTr) of the proposing body (its issuing body when it is one;
    // else the deciding body's header with the proposing unit named), with its list: every
    // recipient not rejected.
    static std::optional<QVariantMap> proposal(
        const Store &store, qint64 commendationId, const ReportContext &context, QString *error);
    // Quyết định khen thưởng (QĐ) of the deciding body: the grounds, Điều 1–3 and the list
    // attached (tập thể, then cá nhân; a badge round by badge), accepted recipients only. The
    // final text of an undecided commendation is refused with Commendations::refusalToDecide's
    // sentence; a draft prints what there is.
    static std::optional<QVariantMap> decision(
        const Store &store, qint64 commendationId, const ReportContext &context, QString *error);

    // One form's awards in a period: decisions, collectives and individuals (accepted recipients
    // of decided commendations).
    struct FormCount
    {
        QString form;
        int decisions = 0;
        int collectives = 0;
        int individuals = 0;
    };
    struct Counts
    {
        QList<FormCount> forms; // in the directory's order
        int decisions = 0; // each once, though a badge round gives several forms
    };
    // bodyId 0: every body.
    static std::optional<Counts> count(const Store &store,
        const InspectionStatistics::Period &period, qint64 bodyId, QString *error);

    // Sổ theo dõi khen thưởng: each decision of the period (its number, date, body, form and
    // recipients), by year, body and form. The context's parameters give "from" and "to".
    static std::optional<QVariantMap> awards(
        const Store &store, qint64 bodyId, const ReportContext &context, QString *error);
    // Thống kê khen thưởng (BC): counts by form, collectives and individuals, with totals.
    static std::optional<QVariantMap> statistics(
        const Store &store, qint64 bodyId, const ReportContext &context, QString *error);
};
