#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// RAII guard for a multi-step save: BEGIN IMMEDIATE on construction (so two writers queue on
// the busy timeout instead of failing half-way), ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
