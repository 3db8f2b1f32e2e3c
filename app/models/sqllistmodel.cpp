#include "sqllistmodel.h"

#include "globalsearch.h"
#include "core/catalogue.h"
#include "io/spreadsheet.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <limits>

namespace {

// A page is what a view shows in a few screens; the next is read when it scrolls near the end.
constexpr int pageSize = 200;
// From so many matches on, a page walks the sort's index and keeps the matching rows; below,
// the matching rows are fetched and sorted. (At a million rows both cost ~10 ms here.)
constexpr int manyMatches = 5000;

// The words of a code, for an export that asks them a hundred thousand times: each looked up
// once. Forgotten whenever a list reads its rows again, so that a new language is followed.
QHash<std::pair<int, QString>, QString> &labelWords()
{
    static QHash<std::pair<int, QString>, QString> words;
    return words;
}

QString labelOf(Labels::Enum which, const QString &code)
{
    QHash<std::pair<int, QString>, QString> &words = labelWords();
    const std::pair<int, QString> key {int(which), code};
    auto found = words.constFind(key);
    if (found == words.constEnd())
        found = words.insert(key, Labels::label(which, code));
    return found.value();
}

} // namespace

SqlListModel::SqlListModel(Store *store, Spec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_sortOrder(m_spec.defaultSortOrder)
{
    static int lists = 0;
    m_matchTable = store->dialect().temporary(QStringLiteral("list_matches_%1").arg(++lists));
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

SqlListModel::~SqlListModel()
{
    if (m_matches >= 0 && m_store->isOpen())
        m_store->scratch(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_matchTable), {});
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
    if (m_matches == 0)
        conditions << QStringLiteral("0");
    else if (m_matches > 0)
        conditions << m_store->dialect().amongIds(
            m_spec.idColumn, m_matchTable, m_matches >= manyMatches);
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<SqlListModel::Statement> SqlListModel::matchStatements() const
{
    if (m_filterText.trimmed().isEmpty())
        return {};
    // As far as the search box reaches for the kind: a conference by a delegate's name and its
    // year, a unit by its old names.
    QVariantList values;
    const QString matches
        = GlobalSearch::matchingIds(*m_store, m_spec.searchTable, m_filterText, &values);
    QList<Statement> statements {{QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_matchTable), {}},
        {QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(m_matchTable), {}}};
    // A filter of punctuation alone has no word to find: nothing matches it.
    if (!matches.isEmpty())
        statements << Statement {
            QStringLiteral("INSERT INTO %1 %2").arg(m_matchTable, matches), values};
    return statements;
}

bool SqlListModel::findMatches()
{
    m_matches = -1;
    const QList<Statement> statements = matchStatements();
    int found = 0;
    for (const Statement &statement : statements) {
        QString error;
        if (!m_store->scratch(statement.sql, statement.values, &found, &error)) {
            m_error = tr("The list could not be read. %1").arg(error);
            emit queryFailed(m_error);
            return false;
        }
    }
    if (!statements.isEmpty())
        m_matches = statements.size() > 2 ? found : 0;
    return true;
}

SqlListModel::Statement SqlListModel::pageStatement(int offset, int limit) const
{
    QStringList selects {m_spec.idColumn};
    QVariantList values;
    for (const Column &column : m_spec.columns) {
        selects << column.select;
        if (column.values)
            values << column.values();
    }
    const QString where = whereClause(&values);
    const Column &sortBy
        = m_spec.columns.at(qBound(0, m_sortColumn - 1, int(m_spec.columns.size()) - 1));
    QString direction
        = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // An empty value sorts first going up, as SQLite sorts it; a server sorts it last unless
    // told.
    if (m_store->onServer())
        direction += m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST")
                                                       : QStringLiteral(" NULLS LAST");
    QStringList order;
    QVariantList orderValues;
    for (const QString &expression : sortBy.orderBy) {
        order << expression + direction;
        if (sortBy.values)
            orderValues << sortBy.values();
    }
    order << m_spec.idColumn + direction;
    values << orderValues
           << (limit < 0 ? std::numeric_limits<int>::max() : (limit > 0 ? limit : pageSize) + 1)
           << offset << orderValues;
    // The page's ids first, sorted over the table and only the joins the sort and the filter
    // name (so that the engine can read them from an index of the table), then the columns of
    // those rows only.
    const QString orderBy = order.join(QStringLiteral(", "));
    return {QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %4%5 ORDER BY %6 "
                           "LIMIT ? OFFSET ?) ORDER BY %6")
                .arg(selects.join(QStringLiteral(", ")), fromWith(m_spec.joins), m_spec.idColumn,
                    fromWith(joinsNamedIn(where + orderBy)), where, orderBy),
        values};
}

SqlListModel::Statement SqlListModel::countStatement() const
{
    QVariantList values;
    const QString where = whereClause(&values);
    // The joins add no rows: counted over the table and the joins the filter names.
    return {QStringLiteral("SELECT count(*) FROM %1%2").arg(fromWith(joinsNamedIn(where)), where),
        values};
}

QStringList SqlListModel::joinsNamedIn(const QString &sql) const
{
    QStringList named;
    for (const QString &join : m_spec.joins) {
        // "[LEFT] JOIN table alias ON …"
        const QStringList words = join.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString alias = words.value(words.indexOf(QStringLiteral("JOIN")) + 2);
        if (sql.contains(alias + QLatin1Char('.')))
            named << join;
    }
    return named;
}

QString SqlListModel::fromWith(const QStringList &joins) const
{
    return (QStringList {m_spec.table} + joins).join(QLatin1Char(' '));
}

bool SqlListModel::readPage(int offset, QVector<QVector<QVariant>> *rows, bool *more, int limit)
{
    *more = false;
    const Statement statement = pageStatement(offset, limit);
    QString error;
    auto query = m_store->select(statement.sql, statement.values, &error);
    if (!query) {
        m_error = tr("The list could not be read. %1").arg(error);
        emit queryFailed(m_error);
        return false;
    }
    m_error.clear();
    const int columns = int(m_spec.columns.size()) + 1;
    while (query->next()) {
        // The one row past the page says there is more.
        if (limit >= 0 && rows->size() == (limit > 0 ? limit : pageSize)) {
            *more = true;
            break;
        }
        QVector<QVariant> row(columns);
        for (int i = 0; i < columns; ++i)
            row[i] = query->value(i);
        rows->append(std::move(row));
    }
    return true;
}

void SqlListModel::refresh()
{
    // Read before the reset: while it is under way, the model holds what it held.
    QVector<QVector<QVariant>> page;
    bool more = false;
    if (findMatches())
        readPage(0, &page, &more);
    beginResetModel();
    labelWords().clear();
    m_rows = std::move(page);
    m_more = more;
    // The matches are the count, unless the page's own conditions narrow them, or the index
    // holds rows the user may not read (their number is not told either).
    m_count = m_conditions.isEmpty() && m_store->seesEverything() ? m_matches : -1;
    // Whoever hears of the reset reads the new rows; no more are fetched until it is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

int SqlListModel::matchingCount() const
{
    if (m_count < 0) {
        const Statement statement = countStatement();
        m_count = m_store->value(statement.sql, statement.values).toInt();
    }
    return m_count;
}

int SqlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size()) + 1;
}

bool SqlListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_resetting;
}

void SqlListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<QVector<QVariant>> page;
    bool more = false;
    const bool read = readPage(int(m_rows.size()), &page, &more);
    // Nothing more is fetched while these rows go in.
    m_more = false;
    if (!read || page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_more = more;
}

void SqlListModel::fetchAll()
{
    labelWords().clear();
    if (!canFetchMore(QModelIndex()))
        return;
    QVector<QVector<QVariant>> rest;
    bool more = false;
    const bool read = readPage(int(m_rows.size()), &rest, &more, -1);
    m_more = false;
    if (!read || rest.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rest.size()) - 1);
    m_rows.append(std::move(rest));
    endInsertRows();
}

QVariant SqlListModel::storedValue(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return QVariant();
    return m_rows.at(row).at(column);
}

qint64 SqlListModel::idAt(int row) const
{
    return storedValue(row, 0).toLongLong();
}

int SqlListModel::rowOfId(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore(QModelIndex()))
                return -1;
            fetchMore(QModelIndex());
            if (row >= rowCount())
                return -1;
        }
        if (idAt(row) == id)
            return row;
    }
}

QString SqlListModel::highestSecrecy(qint64 *id) const
{
    if (id)
        *id = 0;
    if (m_spec.secrecy.isEmpty())
        return QStringLiteral("none");
    QVariantList values;
    const QString where = whereClause(&values);
    const QString level = QStringLiteral("CASE %1 WHEN 'confidential' THEN 1 WHEN 'secret' THEN 2 "
                                         "WHEN 'top_secret' THEN 3 ELSE 0 END")
                              .arg(m_spec.secrecy);
    auto query = m_store->select(
        QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY 1 DESC LIMIT 1")
            .arg(level, m_spec.idColumn, fromWith(joinsNamedIn(level + where)), where),
        values);
    if (!query || !query->next())
        return QStringLiteral("none");
    if (id)
        *id = query->value(1).toLongLong();
    static const char *const codes[] = {"none", "confidential", "secret", "top_secret"};
    return QLatin1String(codes[qBound(0, query->value(0).toInt(), 3)]);
}

QString SqlListModel::mainTable() const
{
    return m_spec.table.section(QLatin1Char(' '), 0, 0);
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    // For a spreadsheet: dates as dates, counts as numbers, codes as their words, text as it is
    // (an empty cell as an empty text), so that an export asks once per cell. (A subclass that
    // shows a column otherwise than as stored answers an invalid QVariant for it: the export then
    // takes the text shown.)
    if (role == Spreadsheet::ValueRole && index.isValid() && index.column() > 0
        && index.column() <= m_spec.columns.size()) {
        const Column &column = m_spec.columns.at(index.column() - 1);
        const QVariant value = storedValue(index.row(), index.column());
        if (value.isNull())
            return QVariant(QString());
        if (column.labels)
            return labelOf(*column.labels, value.toString());
        if (column.isDate) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? QVariant(date) : value;
        }
        return value;
    }
    if (!index.isValid()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole))
        return QVariant();
    const QVariant value = storedValue(index.row(), index.column());
    if (role == Qt::EditRole || index.column() == 0 || index.column() > m_spec.columns.size())
        return value;
    const Column &column = m_spec.columns.at(index.column() - 1);
    if (column.labels && !value.isNull())
        return Labels::label(*column.labels, value.toString());
    if (column.isDate && !value.isNull()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? VietnameseText::formDate(date) : value;
    }
    return value;
}

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section > 0
        && section <= m_spec.columns.size())
        return m_spec.columns.at(section - 1).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    // A view that shows the sort it was given asks for it once more: nothing to read again.
    if (column < 1 || column > m_spec.columns.size()
        || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
