#pragma once

#include "reportcontext.h"
#include "statisticstable.h"
#include "io/spreadsheet.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Store;

// Báo cáo số liệu (BC): a statistics cross table in the Party format, with the chart of one of
// its rows under it. The context's parameters say which table (see parameters()); the id is the
// issuing body that reports (0: the default body).
class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    // The parameters of a table for Reports::build: "by" (units | years), "from" and "to"
    // (years), "unit" (an id, 0 all), "indicators" (ids, empty every one in use) and
    // "chart_row" (the row charted, -1 the default).
    static QVariantMap parameters(const StatisticsTable::Options &options, int chartRow = -1);
    static StatisticsTable::Options options(const QVariantMap &parameters);

    // The table for Excel or CSV: the indicator, its measure, a number per column and the total
    // (empty cells where there is no figure), the notes below.
    static Spreadsheet::Table spreadsheet(const StatisticsTable::Table &table);

    static std::optional<QVariantMap> report(
        const Store &store, qint64 bodyId, const ReportContext &context, QString *error);
};
