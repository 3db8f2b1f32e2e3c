#pragma once

#include <QString>

class Store;

// The demo database: the units, people, documents, conferences, statistics, inspection and
// commendations of the five articles in shared/domain/articles, in one transaction.
class DemoData
{
public:
    static bool populate(Store &store, QString *error);
};
