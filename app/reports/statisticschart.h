#pragma once

#include "statisticstable.h"

#include <QImage>
#include <QSize>

// The chart of one row of a statistics table for a printed page, drawn without widgets (the
// window shows the same with Qt Charts): bars per unit for a table by units, a line over the
// years for a table by years, each point labelled with its value the Vietnamese way.
class StatisticsChart
{
public:
    // The row whose chart a page shows by default: the first with a figure in more than one
    // column, else the first with any; -1 when none has a figure.
    static int defaultRow(const StatisticsTable::Table &table);
    // A white image of `size` pixels (at `dpi`, for the text's size); a null image for a row
    // out of range.
    static QImage image(
        const StatisticsTable::Table &table, int row, const QSize &size, double dpi = 150);
    // The same as PNG bytes.
    static QByteArray png(
        const StatisticsTable::Table &table, int row, const QSize &size, double dpi = 150);
};
