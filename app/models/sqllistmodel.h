#pragma once

#include "core/labels.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QVector>

#include <functional>

#include <optional>

class Store;

// A lazy list over the store, read a page at a time as the view scrolls (each page one short
// statement, closed once read). The quick filter becomes a search of the table's full-text index
// and the sort an ORDER BY on stored keys (bound values only); nothing is sorted or filtered in
// memory. Column 0 is always the record id (hidden by the views).
class SqlListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        QString select; // SQL expression shown
        QStringList orderBy; // expressions sorted by, each in the chosen direction (stored
                             // collation keys for Vietnamese text)
        std::optional<Labels::Enum> labels = std::nullopt; // codes shown as translated words
        bool isDate = false; // ISO text shown as dd/MM/yyyy
        // The values of the "?"s in `select` and in each `orderBy` expression (the same ones),
        // asked for at each read: today's date from the store's clock, never the engine's.
        std::function<QVariantList()> values = nullptr;
    };

    struct Spec
    {
        QString table; // the rows listed: "person p"
        // What the columns show of the rows they refer to, one row each (they add columns,
        // never rows): "LEFT JOIN unit u ON u.id = p.unit_id", one join an entry.
        QStringList joins;
        QString idColumn; // "p.id"
        QString searchTable; // whose full-text index the quick filter searches (by idColumn)
        QVector<Column> columns;
        int defaultSortColumn = 1;
        Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
        int stretchColumn = 1; // takes the room left in a view: the longest text
        // The secrecy code of a row ("c.secrecy"), for a list that may hold secret records;
        // empty when its records have no secrecy of their own.
        QString secrecy;
    };

    SqlListModel(Store *store, Spec spec, QObject *parent = nullptr);
    ~SqlListModel() override;

    void setFilterText(const QString &text);
    // A filter of a page's own (year, type…): `sql` is ours with a "?" for each bound value;
    // no values (or a null one) removes the condition.
    void setCondition(const QString &key, const QString &sql, const QVariantList &values);
    void setCondition(const QString &key, const QString &sql, const QVariant &value)
    {
        setCondition(key, sql, value.isNull() ? QVariantList() : QVariantList {value});
    }
    QString filterText() const { return m_filterText; }
    void refresh();
    int stretchColumn() const { return m_spec.stretchColumn; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows matching the filter, counted in SQL once per query (the model itself may not have
    // fetched them all); moving in the list never counts again.
    int matchingCount() const;
    // The sentence of the last query that failed; empty when the list is as the store holds it.
    QString errorString() const { return m_error; }
    qint64 idAt(int row) const;
    // Fetches further chunks only until the row is found; -1 if absent.
    int rowOfId(qint64 id);

    // The statements of the page from row `offset` and of the count, as the model runs them (the
    // benchmark runs them through the engine alone, for comparison).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    // The statements that keep the filter's matches in a temporary table (none without a
    // filter), the page from row `offset`, and the count.
    QList<Statement> matchStatements() const;
    // (`limit` rows, and one more that says there are more; -1: all the rows from `offset`.)
    Statement pageStatement(int offset, int limit = 0) const;
    Statement countStatement() const;

    // The highest secrecy code ("none", "confidential", "secret", "top_secret") among the rows
    // the filters match, asked in SQL (the model need not have fetched them); *id is the id of
    // a row at that level.
    QString highestSecrecy(qint64 *id = nullptr) const;
    // The list's main table ("conference"), for the audit log of an export.
    QString mainTable() const;

    // The value of a selected column as stored (0 is the id), whatever it is shown as.
    QVariant storedValue(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // Every row not read yet, in one statement (an export wants them all: page by page, each
    // page's OFFSET walks past all those before it).
    void fetchAll();
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString &sentence);

private:
    QString whereClause(QVariantList *values) const;
    // The joins whose alias the SQL names (a false match only adds a join), and the FROM
    // clause with them.
    QStringList joinsNamedIn(const QString &sql) const;
    QString fromWith(const QStringList &joins) const;
    // Finds the filter's matches once per query, for the count and every page.
    bool findMatches();
    // Reads the page from `offset`; false (with m_error set) when the query failed.
    bool readPage(int offset, QVector<QVector<QVariant>> *rows, bool *more, int limit = 0);

    Store *m_store;
    Spec m_spec;
    QString m_filterText;
    QString m_error;
    QMap<QString, std::pair<QString, QVariantList>> m_conditions;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    QVector<QVector<QVariant>> m_rows;
    bool m_more = false;
    bool m_resetting = false;
    mutable int m_count = -1;
    QString m_matchTable; // temp.list_matches_N: the ids the filter found
    int m_matches = -1; // how many; -1 without a filter
};
