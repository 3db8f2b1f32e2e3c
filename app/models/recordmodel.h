#pragma once

#include "storage/store.h"

#include <QAbstractTableModel>

// One record as an editor's form shows it: a row of the catalogue's columns for a
// QDataWidgetMapper. It keeps the record as it was read (the base a save compares with and the
// version it writes over) apart from what the form holds, so that a save the store refused
// leaves everything typed in place, to be saved again.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordModel(const QString &table, QObject *parent = nullptr);

    QString table() const { return m_table; }
    // The record as read: the form shows it, and it becomes the base.
    void setRecord(const Store::Record &record);
    // A new record (id 0) with these values; the base is empty.
    void setNew(const QVariantMap &values);
    const Store::Record &base() const { return m_base; }
    // After a conflict: the stored record becomes the base, the form keeps what it holds.
    void rebase(const Store::Record &record);

    QVariantMap values() const { return m_values; }
    QVariant value(const QString &column) const { return m_values.value(column); }
    void setValue(const QString &column, const QVariant &value);
    int column(const QString &name) const { return int(m_columns.indexOf(name)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString m_table;
    QStringList m_columns;
    Store::Record m_base;
    QVariantMap m_values;
};
