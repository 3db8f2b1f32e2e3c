#include "sqllistmodel.h"

#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>

namespace {

// Words of the filter as LIKE patterns, with LIKE's own wildcards escaped.
QStringList likePatterns(const QString &filterText)
{
    QStringList patterns;
    const QString folded = VietnameseText::fold(filterText);
    for (QString word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('%'), QLatin1String("\\%"));
        word.replace(QLatin1Char('_'), QLatin1String("\\_"));
        patterns << QLatin1Char('%') + word + QLatin1Char('%');
    }
    return patterns;
}

} // namespace

SqlListModel::SqlListModel(Store *store, Spec spec, QObject *parent)
    : QSqlQueryModel(parent)
    , m_store(store)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_sortOrder(m_spec.defaultSortOrder)
{
    // A coded column sorts in the order its choices are offered (our codes, not user text).
    for (Column &column : m_spec.columns) {
        if (column.labels && column.orderBy.isEmpty()) {
            QString order = QStringLiteral("CASE %1").arg(column.select);
            const QList<Labels::Choice> choices = Labels::choices(*column.labels);
            for (int i = 0; i < choices.size(); ++i)
                order += QStringLiteral(" WHEN '%1' THEN %2").arg(choices.at(i).code).arg(i);
            column.orderBy = QStringList {order + QStringLiteral(" END")};
        }
    }
    refresh();
}

void SqlListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    refresh();
}

void SqlListModel::setCondition(const QString &key, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        m_conditions.remove(key);
    else
        m_conditions.insert(key, {sql, values});
    refresh();
}

QString SqlListModel::whereClause(QVariantList *values) const
{
    QStringList conditions;
    for (const auto &[sql, bound] : m_conditions) {
        conditions << QLatin1Char('(') + sql + QLatin1Char(')');
        values->append(bound);
    }
    for (const QString &pattern : likePatterns(m_filterText)) {
        QStringList alternatives;
        for (const QString &column : m_spec.searchColumns) {
            alternatives << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values->append(pattern);
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR "))
                + QLatin1Char(')');
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void SqlListModel::refresh()
{
    QStringList selects {m_spec.idColumn};
    for (const Column &column : m_spec.columns)
        selects << column.select;
    QVariantList values;
    const QString where = whereClause(&values);
    const Column &sortBy
        = m_spec.columns.at(qBound(0, m_sortColumn - 1, int(m_spec.columns.size()) - 1));
    const QString direction
        = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList order;
    for (const QString &expression : sortBy.orderBy)
        order << expression + direction;
    order << m_spec.idColumn + direction;
    QString error;
    auto query = m_store->select(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                     .arg(selects.join(QStringLiteral(", ")), m_spec.from, where,
                                         order.join(QStringLiteral(", "))),
        values, &error);
    m_error = query ? QString() : tr("The list could not be read. %1").arg(error);
    if (!query) {
        emit queryFailed(m_error);
        return;
    }
    setQuery(std::move(*query));
}

int SqlListModel::matchingCount() const
{
    QVariantList values;
    const QString where = whereClause(&values);
    return m_store
        ->value(QStringLiteral("SELECT count(*) FROM %1%2").arg(m_spec.from, where), values)
        .toInt();
}

qint64 SqlListModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, 0)).toLongLong();
}

int SqlListModel::rowOfId(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row >= rowCount())
                return -1;
        }
        if (idAt(row) == id)
            return row;
    }
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() == 0 || index.column() > m_spec.columns.size())
        return QSqlQueryModel::data(index, role);
    const Column &column = m_spec.columns.at(index.column() - 1);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
        if (column.labels && !value.isNull())
            return Labels::label(*column.labels, value.toString());
        if (column.isDate && !value.isNull()) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? VietnameseText::formDate(date) : value;
        }
        return value;
    }
    return QSqlQueryModel::data(index, role);
}

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section > 0
        && section <= m_spec.columns.size())
        return m_spec.columns.at(section - 1).header;
    return QSqlQueryModel::headerData(section, orientation, role);
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 1 || column > m_spec.columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
