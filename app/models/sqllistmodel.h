#pragma once

#include "core/labels.h"

#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QMap>
#include <QVector>

#include <optional>

// A lazy list over the store: QSqlQueryModel fetches rows in chunks as the view scrolls. The quick
// filter and the sort become SQL (bound values only); nothing is sorted or filtered in memory.
// Column 0 is always the record id (hidden by the views).
class SqlListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        QString select;   // SQL expression shown
        QString orderBy;  // SQL expression sorted by (a collation key for Vietnamese text)
        std::optional<Labels::Enum> labels = std::nullopt; // codes shown as translated words
        bool isDate = false;                                  // ISO text shown as dd/MM/yyyy
    };

    struct Spec
    {
        QString from;                 // "person p LEFT JOIN unit u ON u.id = p.unit_id"
        QString idColumn;             // "p.id"
        QStringList searchColumns;    // folded columns the quick filter looks in
        QVector<Column> columns;
        int defaultSortColumn = 1;
        Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
        int stretchColumn = 1;        // takes the room left in a view: the longest text
    };

    SqlListModel(const QSqlDatabase &db, Spec spec, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // A filter of a page's own (year, type…): `sql` is ours with one "?" for the bound value;
    // a null value removes the condition.
    void setCondition(const QString &key, const QString &sql, const QVariant &value);
    QString filterText() const { return m_filterText; }
    void refresh();
    int stretchColumn() const { return m_spec.stretchColumn; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows matching the filter, counted in SQL (the model itself may not have fetched them all).
    int matchingCount() const;
    qint64 idAt(int row) const;
    // Fetches further chunks only until the row is found; -1 if absent.
    int rowOfId(qint64 id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString &sentence);

private:
    QString whereClause(QVariantList *values) const;

    QSqlDatabase m_db;
    Spec m_spec;
    QString m_filterText;
    QMap<QString, std::pair<QString, QVariant>> m_conditions;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
};
