#include "childrowsmodel.h"

#include "storage/recordstore.h"
#include "storage/storeerrors.h"
#include "text/vietnamesetext.h"

#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const char rowMimeType[] = "application/x-secretariat-row";
const char positionField[] = "position";
} // namespace

ChildRowsModel::ChildRowsModel(Spec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
{
}

bool ChildRowsModel::load(const QSqlDatabase &db, qint64 parentId, QString *error)
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery query(db);
    query.prepare(m_spec.select);
    query.addBindValue(parentId);
    const bool ok = query.exec();
    while (ok && query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        m_rows.append(row);
    }
    endResetModel();
    if (!ok && error)
        *error = StoreErrors::explain(query.lastError());
    return ok;
}

bool ChildRowsModel::save(const QSqlDatabase &db, qint64 parentId, QString *error) const
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                           .arg(m_spec.table, m_spec.parentColumn));
    remove.addBindValue(parentId);
    if (!remove.exec()) {
        *error = StoreErrors::explain(remove.lastError());
        return false;
    }
    QStringList stored = m_spec.hiddenFields;
    for (const Column &column : m_spec.columns) {
        if (column.stored)
            stored << column.field;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        QVariantHash values{{m_spec.parentColumn, parentId},
                            {QLatin1String(positionField), i + 1}};
        for (const QString &field : std::as_const(stored))
            values.insert(field, m_rows.at(i).value(field));
        if (!RecordStore::insert(db, m_spec.table, values, error))
            return false;
    }
    return true;
}

void ChildRowsModel::appendRow(const QVariantMap &row)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void ChildRowsModel::setRowValue(int index, const QString &field, const QVariant &value)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].insert(field, value);
    emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
}

int ChildRowsModel::columnOf(const QString &field) const
{
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        if (m_spec.columns.at(i).field == field)
            return i;
    }
    return -1;
}

bool ChildRowsModel::moveRow(int from, int to)
{
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

int ChildRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant ChildRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column &column = m_spec.columns.at(index.column());
    const QVariant value = m_rows.at(index.row()).value(column.field);
    switch (role) {
    case Qt::DisplayRole:
        if (column.labels && !value.isNull())
            return Labels::label(*column.labels, value.toString());
        if (column.number && !value.isNull()) {
            const double number = value.toDouble();
            return number == qint64(number) ? VietnameseText::formatInteger(qint64(number))
                                            : VietnameseText::formatDecimal(number);
        }
        return value.isNull() ? QVariant() : value;
    case Qt::TextAlignmentRole:
        return column.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return column.labels ? QVariant() : value;
    default:
        return {};
    }
}

bool ChildRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Column &column = m_spec.columns.at(index.column());
    if (!column.editable)
        return false;
    QVariantMap &row = m_rows[index.row()];
    QVariant &stored = row[column.field];
    if (stored == value && stored.isNull() == value.isNull())
        return true;
    stored = value;
    if (!column.writesTo.isEmpty()) {
        row.insert(column.writesTo, value);
        for (const QString &field : column.clears)
            row.insert(field, QVariant());
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant ChildRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_spec.columns.size() ? m_spec.columns.at(section).header : QVariant();
}

Qt::ItemFlags ChildRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_spec.columns.at(index.column()).editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChildRowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool ChildRowsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0
        || destinationChild > m_rows.size() || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const QVariantMap moved = m_rows.takeAt(sourceRow);
    m_rows.insert(destinationChild > sourceRow ? destinationChild - 1 : destinationChild, moved);
    endMoveRows();
    return true;
}

Qt::DropActions ChildRowsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ChildRowsModel::mimeTypes() const
{
    return {QLatin1String(rowMimeType)};
}

QMimeData *ChildRowsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(rowMimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool ChildRowsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(rowMimeType)))
        return false;
    const int from = data->data(QLatin1String(rowMimeType)).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_rows.size()));
    moveRows({}, from, 1, {}, to);
    // The view must not remove the source row afterwards: the move is done.
    return false;
}
