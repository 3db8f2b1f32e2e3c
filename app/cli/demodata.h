#pragma once

#include <QString>

class Store;

// The demo database: the units, people, documents, conferences, statistics, inspection and
// commendations of the five articles in shared/domain/articles, with each organizer set up as an
// issuing body (its header, place, code, terms and signers), in one transaction.
class DemoData
{
public:
    enum class Issue {
        Nothing, // the records only: for programs without a QGuiApplication
        // Also what the articles show issued (the Thanh Hóa notice, numbered and its PDF kept):
        // that renders a page, so it needs a QGuiApplication.
        Documents,
    };
    static bool populate(Store &store, QString *error, Issue issue = Issue::Nothing);
};
