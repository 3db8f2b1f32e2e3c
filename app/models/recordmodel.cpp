#include "recordmodel.h"

#include "core/catalogue.h"

RecordModel::RecordModel(const QString &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
    if (const Catalogue::Table *described = Catalogue::table(table)) {
        for (const Catalogue::Column &column : described->columns)
            m_columns << column.name;
    }
    m_base.table = table;
}

void RecordModel::setRecord(const Store::Record &record)
{
    m_base = record;
    m_values = record.values;
    emit dataChanged(index(0, 0), index(0, columnCount() - 1));
}

void RecordModel::setNew(const QVariantMap &values)
{
    m_base = Store::Record();
    m_base.table = m_table;
    m_values = values;
    emit dataChanged(index(0, 0), index(0, columnCount() - 1));
}

void RecordModel::rebase(const Store::Record &record)
{
    m_base = record;
}

void RecordModel::setValue(const QString &column, const QVariant &value)
{
    const int section = this->column(column);
    if (section >= 0)
        setData(index(0, section), value);
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_values.value(m_columns.at(index.column()));
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    m_values.insert(m_columns.at(index.column()), value);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}
