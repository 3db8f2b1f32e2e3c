#include "statisticstablemodel.h"

#include "core/labels.h"

#include <QFont>

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatisticsTableModel::setTable(const StatisticsTable::Table &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StatisticsTable::Row &row = m_table.rows.at(index.row());
    const int column = index.column();
    const std::optional<double> *value = nullptr;
    if (column == totalColumn())
        value = &row.total;
    else if (column >= leadingColumns)
        value = &row.cells.at(column - leadingColumns);
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return row.indicator.name;
        if (column == 1)
            return row.indicator.measure;
        return StatisticsTable::formatValue(*value);
    case Qt::UserRole:
        return value && *value ? QVariant(**value) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= leadingColumns ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == totalColumn()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == 0) {
            const QString adds
                = Labels::label(Labels::Enum::Aggregation, row.indicator.aggregation);
            return row.indicator.counted.isEmpty()
                ? tr("Entered figures; adds up as: %1").arg(adds)
                : tr("Counted from the records: %1")
                      .arg(Labels::label(Labels::Enum::CountedFigure, row.indicator.counted));
        }
        return {};
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::FontRole && section == totalColumn()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Indicator");
    if (section == 1)
        return tr("Counted in");
    if (section == totalColumn())
        return StatisticsTable::totalHeader();
    if (section - leadingColumns < m_table.columns.size())
        return m_table.columns.at(section - leadingColumns).label;
    return {};
}
