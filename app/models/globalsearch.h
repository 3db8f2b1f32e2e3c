#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

class Store;

// One search across every kind of record (the window's search box, `secretariat search`): the
// words typed are looked for in each kind's full-text index (folded: no marks, đ as d, any tone
// placement), and a kind finds more than its own text where a secretary would expect it — a
// conference by a delegate's name and by the year it was held ("2024"), an inspection, a document
// or a register entry by its year, a unit by the names it had before it was merged or renamed
// (the units whose successor it is). Hits are ranked within their kind (bm25, then the newest),
// and only rows the account may read are found or counted.
class GlobalSearch
{
    Q_DECLARE_TR_FUNCTIONS(GlobalSearch)

public:
    // In the order the results show.
    enum class Kind {
        Conference,
        Person,
        Unit,
        Document,
        Inspection,
        Recommendation,
        Commendation,
        RegisterEntry
    };
    static const QList<Kind> &kinds();
    static QString table(Kind kind);
    static std::optional<Kind> kindOfTable(const QString &table);
    // "Conferences", "People"… (the heading of a group).
    static QString label(Kind kind);

    struct Hit
    {
        Kind kind = Kind::Conference;
        qint64 id = 0;
        QString title; // what the record is called
        QString detail; // date, unit, code…: what tells two hits apart
    };
    struct Group
    {
        Kind kind = Kind::Conference;
        int total = 0; // every hit the account may read, not only those listed
        QVector<Hit> hits;
    };
    struct Results
    {
        QVector<Group> groups; // each kind with a hit, in the order of kinds()
        QString error; // the sentence when a query failed
        int total() const;
        bool isEmpty() const { return groups.isEmpty(); }
    };

    // At most `perKind` hits of each kind, the best first, and each kind's total.
    static Results find(Store *store, const QString &text, int perKind);

    // The ids of `table`'s rows the text finds as the search box finds them, once each: a list's
    // quick filter reaches as far for its own kind. Empty when the text has no word; for a table
    // that is no kind of the search, its own index alone.
    static QString matchingIds(
        const Store &store, const QString &table, const QString &text, QVariantList *values);
};
