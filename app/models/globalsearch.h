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
// and only rows the account may read are found or counted. A kind is counted up to countCap
// (beyond it the heading says "1000+"), and one with more hits than that lists the first of its
// newest candidates: no search reads, ranks or counts every row of a million.
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
    // Hits counted in a kind, at most; more are "1000+".
    static constexpr int countCap = 1000;
    // A kind with more than countCap hits lists the first of its newest `candidates` hits in
    // the kind's own order (the newest, or the directory's), unranked.
    static constexpr int candidates = 200;

    struct Group
    {
        Kind kind = Kind::Conference;
        int total = 0; // every hit the account may read, not only those listed, up to countCap
        bool capped = false; // more than countCap were found: total is countCap
        QVector<Hit> hits;
        // The count as a heading shows it: "12", or "1000+" when capped.
        QString countText() const;
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
