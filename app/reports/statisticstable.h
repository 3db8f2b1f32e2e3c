#pragma once

#include "storage/statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

class Store;

// A cross table of statistics (issue 13, point 4): the indicators as rows; as columns the units,
// or the years from..to; a total column by each indicator's aggregation.
//
// Where a cell's figures come from:
// - an entered indicator: the figures whose period lies within the cell (a unit's column: the
//   whole span from 1 January of the first year to 31 December of the last; a year's column:
//   that year). A figure over several years (the Điện Biên 2015-2019 figures) is counted only
//   in a table by units; a table by years says how many it left out;
// - a counted indicator: the records of the period, each counted for the unit that did it —
//   a conference (held or concluded) for its organizer, by the day it was held; an inspection
//   and its targets for the unit of the body that decided it, by the day work began; its
//   recommendations likewise, by the day the target was concluded (remedied on time: on or
//   before the deadline, as InspectionStatistics counts them); a commendation's accepted
//   recipients for the unit of the body that decided it, by the day of the decision.
//
// How a cell and a total add up its figures:
// - sum: their sum;
// - latest (a stock, members at the end of a year): each unit's latest figure (by the end of its
//   period), added up over the units of the cell;
// - average (a rate): the average of the figures.
// The total of a row is the same over every column's figures together, so a sum's total is the
// sum of its cells, a latest total is each unit's last figure, an average's the average of all.
// There is no total row: indicators in different measures do not add up.
//
// Clearance: the table reads through the store, which shows each account only the records
// within its clearance; a secret conference's figures and a secret inspection's targets count
// only for those who may read them. `partial` says the table was made without some of them.
class StatisticsTable
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTable)

public:
    enum class By { Units, Years };
    struct Options
    {
        By by = By::Units;
        int fromYear = 0;
        int toYear = 0;
        // By units: 0 every unit with a figure in the period, or a unit and the units directly
        // under it. By years: 0 every unit together, or that one unit.
        qint64 unitId = 0;
        // The indicators, in this order; empty: every indicator in use.
        QList<qint64> indicators;
        // By units: the units without any figure are left out (unless named by unitId).
        bool skipEmptyUnits = true;
        // The rows without any figure (or whose counts are all 0) are left out.
        bool skipEmptyRows = false;
    };
    struct Column
    {
        QString label;
        qint64 unitId = 0; // by units
        int year = 0; // by years
    };
    struct Row
    {
        Statistics::Indicator indicator;
        QVector<std::optional<double>> cells; // empty: no figure
        std::optional<double> total;
    };
    struct Table
    {
        Options options;
        QString unitName; // of options.unitId
        QVector<Column> columns;
        QVector<Row> rows;
        int multiYearLeftOut = 0; // by years: figures spanning several years, not shown
        bool partial = false; // made without records above the account's clearance

        // "Số liệu thống kê 2015–2019 theo đơn vị" (documents are Vietnamese).
        QString title() const;
        // The line under the table: how it adds up and what it leaves out.
        QStringList notes() const;
    };

    // Checks the options: a sentence when they cannot make a table.
    static QString check(const Options &options);
    static std::optional<Table> build(const Store &store, const Options &options, QString *error);

    // "2.611", "12,5": a value as the table shows it.
    static QString formatValue(const std::optional<double> &value);
    // The header of the total column.
    static QString totalHeader();
    // The table as plain text, aligned, for the command line.
    static QString toText(const Table &table);
};
