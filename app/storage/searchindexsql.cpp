#include "searchindexsql.h"

namespace SearchIndexSql {

QStringList columns(const Catalogue::SearchIndex &index)
{
    QStringList list = index.columns;
    for (const auto &reference : index.references)
        list << reference.column;
    return list;
}

QString rowValues(const Catalogue::SearchIndex &index, const QString &row)
{
    QStringList list {row + QStringLiteral(".id")};
    for (const QString &column : index.columns)
        list << row + QLatin1Char('.') + column;
    // The referenced row's folded text, as one value: "(SELECT a || ' ' || b FROM t WHERE ...)".
    for (const auto &reference : index.references)
        list << QStringLiteral("(SELECT %1 FROM %2 WHERE id = %3.%4)")
                    .arg(reference.columns.join(QStringLiteral(" || ' ' || ")), reference.table,
                        row, reference.column);
    return list.join(QStringLiteral(", "));
}

} // namespace SearchIndexSql
