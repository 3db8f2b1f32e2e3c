#pragma once

#include "reports/statisticstable.h"

#include <QAbstractTableModel>

// A statistics cross table for a view: the indicator and its measure, a column per unit or
// year, the total (bold); numbers the Vietnamese way, right-aligned. A counted indicator says so
// in its tooltip. The raw value of a cell is in Qt::UserRole (invalid when empty).
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setTable(const StatisticsTable::Table &table);
    const StatisticsTable::Table &table() const { return m_table; }
    // The columns before the figures (indicator, measure).
    static constexpr int leadingColumns = 2;
    int totalColumn() const { return leadingColumns + int(m_table.columns.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatisticsTable::Table m_table;
};
