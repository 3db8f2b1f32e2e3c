#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class Store;

// Units as their hierarchy (parent_id), each level in Vietnamese order. The whole directory of
// units is small (hundreds), so it is read in one query on reload().
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, IssuerCode, ColumnCount };

    explicit UnitTreeModel(const Store *store, QObject *parent = nullptr);
    ~UnitTreeModel() override;

    void reload();
    qint64 idAt(const QModelIndex &index) const;
    QModelIndex indexOfId(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QString issuerCode;
        bool expired = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<Node *> children;
    };
    Node *nodeOf(const QModelIndex &index) const;

    const Store *m_store;
    Node m_root;
    std::vector<std::unique_ptr<Node>> m_nodes;
};
