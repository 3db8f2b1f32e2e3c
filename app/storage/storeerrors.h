#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

// Turns what SQLite says ("CHECK constraint failed: unit_kind") into a sentence for a secretary.
class StoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)

public:
    static QString explain(const QSqlError &error);
    static QString explain(const QString &databaseText);
};
