#pragma once

#include "reportcontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

#include <optional>

class Store;

// The figures an office sends up (INSPECTIONS.md, "statistics"; the table of the Điện Biên
// article), counted from the records for a period and an issuing body (or all):
// - inspected: the targets of inspections whose working period starts in the period, Party
//   organizations (units) and Party members apart; of them in violation: a target with at least
//   one violation found;
// - recommendations made: those of the targets concluded in the period; remedied on time (on or
//   before the deadline), late, not yet, and of those not yet the overdue (today, the store's
//   clock: past the deadline, not acted on or being remedied).
class InspectionStatistics
{
    Q_DECLARE_TR_FUNCTIONS(InspectionStatistics)

public:
    struct Counts
    {
        int organizationsInspected = 0;
        int membersInspected = 0;
        int organizationsInViolation = 0;
        int membersInViolation = 0;
        int recommendations = 0;
        int remediedOnTime = 0;
        int remediedLate = 0;
        int notYet = 0;
        int overdue = 0;
    };
    // The periods of 885-QĐ/UBKTTW: quarter I, 6 months, 9 months, the year (each from 1
    // January), a term of the body, or any dates.
    enum class Preset { QuarterI, SixMonths, NineMonths, Year, Term, Dates };
    struct Period
    {
        QDate from, to;
        bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    };
    static Period period(Preset preset, int year);
    // "quý I năm 2026", "6 tháng đầu năm 2026", "từ ngày 1/1/2026 đến ngày 30/11/2026".
    static QString periodWords(const Period &period);

    // bodyId 0: every body.
    static std::optional<Counts> count(
        const Store &store, const Period &period, qint64 bodyId, QString *error);
    // The two statements count() runs, the targets inspected and the recommendations made (the
    // benchmark runs them through the engine alone, for comparison).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    static QList<Statement> statements(const Store &store, const Period &period, qint64 bodyId);

    // The printed table (BC, "Thống kê kết quả kiểm tra"); the context's parameters give "from"
    // and "to" (ISO dates).
    // The sentence a table counted by an account that does not read every record ends with
    // (documents are Vietnamese): empty for one that does.
    static QString withoutHidden(const Store &store);

    static std::optional<QVariantMap> report(
        const Store &store, qint64 bodyId, const ReportContext &context, QString *error);
};
