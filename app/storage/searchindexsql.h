#pragma once

// What both engines' full-text indexes are made of: the same columns and the same text of a
// row, whatever index structure holds them (see the dialects' searchIndexScript).

#include "core/catalogue.h"

#include <QString>
#include <QStringList>

namespace SearchIndexSql {

// The index's columns: the table's folded columns, then one per reference (the folded names of
// the row it refers to).
QStringList columns(const Catalogue::SearchIndex &index);

// The values of a row of the index, as SQL over the table's row `row` ("t", "new", "NEW"): its
// id, its folded columns, and each referenced row's folded names as one text.
QString rowValues(const Catalogue::SearchIndex &index, const QString &row);

} // namespace SearchIndexSql
