#pragma once

#include "core/labels.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVariantMap>
#include <QVector>

#include <functional>
#include <optional>

class Store;

// The rows a record owns (a conference's participants, programme, statistics; a team's members,
// targets and findings next), edited in memory in the record's editor and written with it in one
// transaction. Rows keep their ids: Save inserts the new rows, updates only the fields that
// changed (each row at the version it was read), deletes the removed ones, and leaves the rest
// alone, so rows another window added or changed meanwhile survive. Cancel drops the edits.
// Rows keep their order (a "position" column); they can be moved with buttons or dragged.
class ChildRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString field; // key in the row, and the stored column when `stored`
        QString header;
        bool editable = true;
        bool stored = true;
        std::optional<Labels::Enum> labels = std::nullopt; // codes shown as words
        bool number = false; // shown the Vietnamese way: 2.611, 12,5
        // Typing into a shown-only column (a presenter's name) writes this stored field and
        // clears the links it replaces.
        QString writesTo;
        QStringList clears;
        bool multiline = false; // keeps its line breaks (recipients, one per line)
    };

    struct Spec
    {
        QString table; // "conference_participant"
        QString parentColumn; // "conference_id"
        // SELECT returning id, version, then every field of the columns (and any hidden stored
        // field named in `hiddenFields`) for one parent, "?" being the parent's id, ordered by
        // position.
        QString select;
        QStringList hiddenFields; // stored, not shown: person_id, unit_id…
        QVector<Column> columns;
    };

    // A row changed or deleted elsewhere since it was read.
    struct Conflict
    {
        QString rowName;
        bool deleted = false;
        QDateTime at; // UTC
        QString by;
    };

    // Turns a value of the form into what is stored (a person added on the spot gets its id
    // only when the editor saves).
    using Resolver = std::function<QVariant(const QVariant &)>;

    explicit ChildRowsModel(Spec spec, QObject *parent = nullptr);

    bool load(const Store &store, qint64 parentId, QString *error = nullptr);
    // Writes what changed since load (call inside the editor's write transaction). On a
    // conflict, returns false with *conflict set; on any other refusal, with the sentence.
    bool save(Store &store, qint64 parentId, const Resolver &resolve, QString *error,
        std::optional<Conflict> *conflict) const;
    bool isDirty() const;
    // Every row becomes new: the rows of a copy, for another record.
    void detach();
    // After a conflict: the rows as stored now become the base the edits apply to; a row
    // deleted elsewhere that was edited here becomes new again. The next save writes the edits.
    void rebase(const Store &store, qint64 parentId);

    void appendRow(const QVariantMap &row);
    QVariantMap row(int index) const { return m_rows.value(index).values; }
    // The stored id of a row; 0 for a row not saved yet.
    qint64 rowId(int index) const { return m_rows.value(index).id; }
    QVector<QVariantMap> rows() const;
    int columnOf(const QString &field) const;
    bool moveRow(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
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
    struct Row
    {
        qint64 id = 0; // 0 until saved
        int version = 0;
        QVariantMap values;
        QVariantMap stored; // as read, with the position and the parent; empty for a new row
        bool edited = false; // a value was set since it was read
    };
    // A stored row that may differ from what is stored: edited, or moved to another place.
    static bool touched(const Row &row, int position);
    QStringList storedFields() const;
    QVariantMap storedValues(
        const Row &row, int position, qint64 parentId, const Resolver &resolve) const;
    QVector<Row> readRows(const Store &store, qint64 parentId, QString *error) const;

    Spec m_spec;
    const Store *m_store = nullptr;
    QVector<Row> m_rows;
    QVector<Row> m_removed;
};
