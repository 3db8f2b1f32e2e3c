#pragma once

#include "core/labels.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

#include <optional>

// The rows a record owns (a conference's participants, programme, statistics), edited in memory
// in the record's editor and written with it in one transaction: the editor's Save replaces the
// stored rows by these, Cancel simply drops them. Rows keep their order (a "position" column);
// they can be moved with buttons or dragged.
class ChildRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString field;       // key in the row, and the stored column when `stored`
        QString header;
        bool editable = true;
        bool stored = true;
        std::optional<Labels::Enum> labels = std::nullopt; // codes shown as words
        bool number = false;  // shown the Vietnamese way: 2.611, 12,5
        // Typing into a shown-only column (a presenter's name) writes this stored field and
        // clears the links it replaces.
        QString writesTo;
        QStringList clears;
    };

    struct Spec
    {
        QString table;        // "conference_participant"
        QString parentColumn; // "conference_id"
        // SELECT returning every field of the columns (and any hidden stored field named in
        // `hiddenFields`) for one parent, "?" being the parent's id, ordered by position.
        QString select;
        QStringList hiddenFields; // stored, not shown: person_id, unit_id…
        QVector<Column> columns;
    };

    explicit ChildRowsModel(Spec spec, QObject *parent = nullptr);

    bool load(const QSqlDatabase &db, qint64 parentId, QString *error = nullptr);
    // Replaces the stored rows of the parent by these (call inside the editor's transaction).
    bool save(const QSqlDatabase &db, qint64 parentId, QString *error) const;

    void appendRow(const QVariantMap &row);
    QVariantMap row(int index) const { return m_rows.value(index); }
    void setRowValue(int index, const QString &field, const QVariant &value);
    QVector<QVariantMap> rows() const { return m_rows; }
    int columnOf(const QString &field) const;
    bool moveRow(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    Spec m_spec;
    QVector<QVariantMap> m_rows;
};
