#include "unittreemodel.h"

#include "core/clock.h"
#include "core/labels.h"
#include "storage/store.h"

#include <QDate>
#include <QFont>
#include <QHash>

UnitTreeModel::UnitTreeModel(const Store *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    reload();
}

UnitTreeModel::~UnitTreeModel() = default;

void UnitTreeModel::reload()
{
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();

    QHash<qint64, Node *> byId;
    QHash<Node *, qint64> parentIds;
    auto rows = m_store->select(QStringLiteral("SELECT id, parent_id, name, kind, issuer_code, "
                                               "valid_to FROM unit ORDER BY sort_key, id"));
    const QString today = m_store->clock()->today().toString(Qt::ISODate);
    while (rows && rows->next()) {
        const QSqlQuery &query = *rows;
        auto node = std::make_unique<Node>();
        node->id = query.value(0).toLongLong();
        node->name = query.value(2).toString();
        node->kind = query.value(3).toString();
        node->issuerCode = query.value(4).toString();
        node->expired = !query.value(5).isNull() && query.value(5).toString() < today;
        if (!query.value(1).isNull())
            parentIds.insert(node.get(), query.value(1).toLongLong());
        byId.insert(node->id, node.get());
        m_nodes.push_back(std::move(node));
    }
    for (const auto &node : m_nodes) {
        Node *parent = byId.value(parentIds.value(node.get(), 0), &m_root);
        // A loop in the data (A under B under A) must not hang the view: a unit that is its own
        // ancestor goes to the top level.
        qint64 up = parentIds.value(node.get(), 0);
        for (size_t steps = 0; up && steps <= m_nodes.size(); ++steps) {
            if (up == node->id) {
                parent = &m_root;
                break;
            }
            up = parentIds.value(byId.value(up), 0);
        }
        node->parent = parent;
        node->row = int(parent->children.size());
        parent->children.push_back(node.get());
    }
    endResetModel();
}

UnitTreeModel::Node *UnitTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

qint64 UnitTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : 0;
}

QModelIndex UnitTreeModel::indexOfId(qint64 id) const
{
    for (const auto &node : m_nodes) {
        if (node->id == id)
            return createIndex(node->row, 0, node.get());
    }
    return {};
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == &m_root)
        return {};
    return createIndex(parent->row, 0, parent);
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return node->name;
        case Kind:
            return Labels::label(Labels::Enum::UnitKind, node->kind);
        case IssuerCode:
            return node->issuerCode;
        }
    }
    if (role == Qt::FontRole && node->expired) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && node->expired)
        return tr("No longer in existence under this name");
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case IssuerCode:
        return tr("Code");
    }
    return {};
}
