#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

class QAbstractItemModel;

// A list or table as it leaves the program for Excel, LibreOffice Calc or another program: an
// .xlsx workbook of one sheet (libxlsxwriter, constant memory) or a CSV file as Excel writes it.
// Both are written beside the file they replace and take its name only when complete (SafeFile).
namespace Spreadsheet {

enum class Kind { Text, Integer, Number, Date }; // Date cells hold a QDate

struct Column
{
    QString header;
    Kind kind = Kind::Text;
};

struct Table
{
    QString title; // above the column headers ("Danh sách hội nghị")
    QString secrecy; // the mark of a secret list ("MẬT"), empty for an ordinary one
    QString sheetName; // the sheet's tab; the title when empty
    QList<Column> columns;
    QList<QVariantList> rows; // a value per column; a null value is an empty cell
    QString footer; // a line below the rows, when there is one
};

// The row of the sheet (counted from 0) that holds the column headers: below the secrecy mark
// and the title, where the table has them. The rows follow it.
int headerRow(const Table &table);

// Writes the table to `path`: an .xlsx workbook, or CSV (UTF-8 with BOM, CRLF, comma) when the
// suffix is .csv. False with a sentence when it could not be written (the old file kept).
bool write(const Table &table, const QString &path, QString *error);

// The bytes of the table as CSV.
QByteArray csv(const Table &table);

// What a model's cell holds for a spreadsheet, where it is more than the text shown: a QDate for
// a date, a number for a count. Models without it give their DisplayRole text.
inline constexpr int ValueRole = Qt::UserRole + 60;

// The table of a model as it is now: the given columns (all of them when empty) in that order,
// their header texts, every row (fetched to the end first), each column's kind read from its
// values (dates, whole numbers, numbers, else text).
Table fromModel(QAbstractItemModel *model, const QList<int> &columns = {});

} // namespace Spreadsheet
