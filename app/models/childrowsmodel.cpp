#include "childrowsmodel.h"

#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QMimeData>
#include <QHash>
#include <QSqlRecord>

namespace {
const char rowMimeType[] = "application/x-secretariat-row";
const char positionField[] = "position";
} // namespace

ChildRowsModel::ChildRowsModel(Spec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
{ }

QStringList ChildRowsModel::storedFields() const
{
    QStringList fields = m_spec.hiddenFields;
    for (const Column &column : m_spec.columns) {
        if (column.stored)
            fields << column.field;
    }
    return fields;
}

QVector<ChildRowsModel::Row> ChildRowsModel::readRows(
    const Store &store, qint64 parentId, QString *error) const
{
    QVector<Row> rows;
    auto query = store.select(m_spec.select, {parentId}, error);
    if (!query)
        return rows;
    const QStringList fields = storedFields();
    while (query->next()) {
        Row row;
        row.id = query->value(0).toLongLong();
        row.version = query->value(1).toInt();
        const QSqlRecord record = query->record();
        for (int i = 2; i < record.count(); ++i)
            row.values.insert(record.fieldName(i), query->value(i));
        for (const QString &field : fields)
            row.stored.insert(field, row.values.value(field));
        row.stored.insert(QLatin1String(positionField), int(rows.size()) + 1);
        row.stored.insert(m_spec.parentColumn, parentId);
        rows.append(row);
    }
    return rows;
}

bool ChildRowsModel::load(const Store &store, qint64 parentId, QString *error)
{
    m_store = &store;
    QString problem;
    QVector<Row> rows = parentId > 0 ? readRows(store, parentId, &problem) : QVector<Row>();
    beginResetModel();
    m_rows = rows;
    m_removed.clear();
    endResetModel();
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

QVariantMap ChildRowsModel::storedValues(
    const Row &row, int position, qint64 parentId, const Resolver &resolve) const
{
    QVariantMap values;
    for (const QString &field : storedFields()) {
        const QVariant value = row.values.value(field);
        values.insert(field, resolve ? resolve(value) : value);
    }
    values.insert(QLatin1String(positionField), position);
    values.insert(m_spec.parentColumn, parentId);
    return values;
}

bool ChildRowsModel::touched(const Row &row, int position)
{
    return row.edited || row.stored.value(QLatin1String(positionField)).toInt() != position;
}

bool ChildRowsModel::isDirty() const
{
    if (!m_removed.isEmpty())
        return true;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (!row.id)
            return true;
        if (!touched(row, i + 1))
            continue;
        const qint64 parentId = row.stored.value(m_spec.parentColumn).toLongLong();
        const QVariantMap now = m_store
            ? m_store->normalized(m_spec.table, storedValues(row, i + 1, parentId, {}))
            : storedValues(row, i + 1, parentId, {});
        const QVariantMap then
            = m_store ? m_store->normalized(m_spec.table, row.stored) : row.stored;
        if (now != then)
            return true;
    }
    return false;
}

bool ChildRowsModel::save(Store &store, qint64 parentId, const Resolver &resolve, QString *error,
    std::optional<Conflict> *conflict) const
{
    const auto conflicting = [&](const Row &row, const Store::Result &result) {
        Conflict found;
        found.rowName = store.nameOf(m_spec.table, row.stored);
        found.deleted = result.outcome == Store::Outcome::Gone;
        found.at = result.changedAt;
        found.by = result.changedBy;
        *conflict = found;
        return false;
    };
    for (const Row &row : m_removed) {
        const Store::Result result = store.remove(m_spec.table, row.id, row.version);
        if (result.outcome == Store::Outcome::Changed)
            return conflicting(row, result);
        // Deleted meanwhile in another window: the row is gone either way.
        if (!result.ok() && result.outcome != Store::Outcome::Gone) {
            *error = result.error;
            return false;
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        // A row untouched since it was read writes nothing (and reads nothing either).
        if (row.id && !touched(row, i + 1))
            continue;
        const QVariantMap values = storedValues(row, i + 1, parentId, resolve);
        if (!row.id) {
            if (!store.insert(m_spec.table, values, error))
                return false;
            continue;
        }
        const Store::Result result
            = store.update({m_spec.table, row.id, row.version, row.stored}, values);
        if (result.outcome == Store::Outcome::Changed || result.outcome == Store::Outcome::Gone)
            return conflicting(row, result);
        if (!result.ok()) {
            *error = result.error;
            return false;
        }
    }
    return true;
}

void ChildRowsModel::detach()
{
    for (Row &row : m_rows) {
        row.id = 0;
        row.version = 0;
        row.stored.clear();
    }
    m_removed.clear();
}

void ChildRowsModel::rebase(const Store &store, qint64 parentId)
{
    QHash<qint64, Row> now;
    for (const Row &row : readRows(store, parentId, nullptr))
        now.insert(row.id, row);
    for (Row &row : m_rows) {
        if (!row.id)
            continue;
        const auto stored = now.constFind(row.id);
        if (stored == now.cend()) {
            row.id = 0;
            row.version = 0;
            row.stored.clear();
        } else {
            row.version = stored->version;
            row.stored = stored->stored;
            row.edited = true;
        }
    }
    QVector<Row> removed;
    for (const Row &row : std::as_const(m_removed)) {
        const auto stored = now.constFind(row.id);
        if (stored != now.cend())
            removed.append(*stored);
    }
    m_removed = removed;
}

void ChildRowsModel::appendRow(const QVariantMap &values)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    row.values = values;
    m_rows.append(row);
    endInsertRows();
}

QVector<QVariantMap> ChildRowsModel::rows() const
{
    QVector<QVariantMap> values;
    values.reserve(m_rows.size());
    for (const Row &row : m_rows)
        values.append(row.values);
    return values;
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
    const QVariant value = m_rows.at(index.row()).values.value(column.field);
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
    QVariantMap &row = m_rows[index.row()].values;
    QVariant &stored = row[column.field];
    // What is typed into a cell is one line of text (but in a column of lines), without control
    // characters.
    const QVariant typed = value.typeId() == QMetaType::QString
        ? QVariant(VietnameseText::clean(value.toString(), column.multiline))
        : value;
    if (stored == typed && stored.isNull() == typed.isNull())
        return true;
    stored = typed;
    m_rows[index.row()].edited = true;
    if (!column.writesTo.isEmpty()) {
        row.insert(column.writesTo, typed);
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
    for (int i = row; i < row + count; ++i) {
        if (m_rows.at(i).id)
            m_removed.append(m_rows.at(i));
    }
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool ChildRowsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const Row moved = m_rows.takeAt(sourceRow);
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

bool ChildRowsModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(rowMimeType)))
        return false;
    const int from = data->data(QLatin1String(rowMimeType)).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_rows.size()));
    moveRows({}, from, 1, {}, to);
    // The view must not remove the source row afterwards: the move is done.
    return false;
}
