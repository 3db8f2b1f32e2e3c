#pragma once

#include "sqllistmodel.h"

#include <QCoreApplication>

// The audit log as a list: when, who, what was done to which record, and the changes in words.
class AuditList : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { Id, When, Who, Action, Kind, Record, Changes };

    explicit AuditList(Store *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The tables and the people that appear in the log, for its filters.
    static QStringList tables(const Store &store);
    static QStringList users(const Store &store);
};
