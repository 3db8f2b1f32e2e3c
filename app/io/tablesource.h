#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The one door through which an import reads a list a secretary chose: an Excel workbook (.xlsx)
// or a CSV file, told apart by their first bytes, not by the name (a "danh-sach.csv" that Excel
// saved as a workbook is read as one). An old .xls or a workbook protected by a password is
// refused with the sentence that says what to do. What comes out is CsvReader's records, so the
// importers read both kinds alike.
class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(TableSource)

public:
    enum class Kind { Csv, Xlsx };

    struct Table
    {
        Kind kind = Kind::Csv;
        // The rows, the header first; as CsvReader::records gives them.
        QList<CsvReader::Record> records;
        // A workbook's sheets in its order, and the one read; empty and 0 for a CSV file.
        QStringList sheetNames;
        int sheet = 0;
        // The legacy encoding converted to Unicode (None: the text was Unicode already).
        LegacyEncoding legacy = LegacyEncoding::None;
    };

    // The file's bytes read as a table; for a workbook, the sheet of that index (the first one
    // when it is out of range). nullopt with a sentence when the file cannot be used.
    // A workbook's reading tells `progress` how far it is (KiB of the sheet); a CSV file is read
    // at once. False from it stops the reading.
    static std::optional<Table> read(const QByteArray &content, const QString &fileName,
        QString *error, int sheet = 0, const std::function<bool(int, int)> &progress = {});
    // The same for a file on disk (refused while another program holds it open).
    static std::optional<Table> readFile(const QString &path, QString *error, int sheet = 0);

    // A workbook's sheet names (for the choice of a sheet before reading one); empty for a CSV
    // file or a workbook that cannot be read.
    static QStringList sheetNames(const QByteArray &content, const QString &fileName);

    // The file dialog's filter for a list: workbooks and CSV files together, then each alone.
    static QString fileFilter();
};
