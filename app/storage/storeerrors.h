#pragma once

#include "dialect.h"

#include <QCoreApplication>
#include <QString>

// Turns what the engine refused (a constraint by name, the columns of a uniqueness, a full disk)
// into a sentence for a secretary.
class StoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)

public:
    static QString explain(const DbError &error, const QString &engine);
};
