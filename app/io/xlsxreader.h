#pragma once

#include "csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// An Excel workbook (.xlsx, as Excel and LibreOffice Calc write it) read as the records of one
// sheet, the same records CsvReader gives, so that the importers read it unchanged. No reader
// library is packaged in Debian 12: this is a small one on QuaZip and QXmlStreamReader.
//
// What a cell becomes (UTF-8 bytes, as a CSV saved from Excel in Vietnam would hold them):
// - text (shared strings, rich-text runs joined, inline strings, a formula's cached text) as
//   written; text typed in TCVN3 (.VnTime) or VNI fonts is converted to Unicode (legacy());
// - a number without float noise, integers without a decimal part ("12"), others with a decimal
//   comma as Vietnamese write them ("0,1", "2,5"), at most 15 significant digits as Excel keeps;
// - a date (the cell's style is a date format: built-in numFmtId 14–22, 45–47, or a custom format
//   with d/m/y tokens outside quotes and brackets) as dd/mm/yyyy, with " hh:mm" when it has a time
//   of day and its format shows one; both the 1900 (with Excel's fictitious 29/02/1900) and the
//   1904 date systems;
// - a boolean as TRUE or FALSE; an error value (#N/A) as written; an empty cell as an empty field.
// Rows are numbered as Excel numbers them (Record::fileRow); a missing cell is an empty field,
// a missing row is simply absent (importers skip blank records anyway), blank rows above the
// first one with a value are left out, as CsvReader does.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // What is read at most, uncompressed, from one workbook: more is a zip bomb, not a list.
    static constexpr qint64 maxUnpackedBytes = 256 * 1024 * 1024;

    // The first bytes of a zip archive (an .xlsx) and of an OLE2 compound file (an old .xls, or
    // an .xlsx protected by a password).
    static bool isZip(const QByteArray &head);
    static bool isOle2(const QByteArray &head);

    XlsxReader(const QByteArray &content, const QString &fileName);

    // Reads the workbook's structure (sheets, shared strings, styles). False with a sentence when
    // the file is not an .xlsx workbook (an old .xls, encrypted, not a zip, too large).
    bool open(QString *error);

    // The sheets in the workbook's order (after open()).
    QStringList sheetNames() const { return m_sheetNames; }
    bool uses1904Dates() const { return m_date1904; }

    // Told every thousand rows how many KiB of how many of the sheet are read; false stops.
    using Progress = std::function<bool(int done, int total)>;

    // One sheet's records; nullopt with a sentence when the sheet is empty or damaged, or the
    // reading was stopped.
    std::optional<QList<CsvReader::Record>> records(
        int sheet, QString *error, const Progress &progress = {});
    // The legacy encoding converted in the last sheet read; None when its text was Unicode.
    LegacyEncoding legacy() const { return m_legacy; }

    // "B" -> 1, "AA" -> 26; -1 when it is not a column.
    static int columnIndex(QStringView reference);
    // A serial date of the workbook's system as dd/mm/yyyy (and " hh:mm" when withTime).
    static QString dateText(double serial, bool date1904, bool withDate, bool withTime);
    static QString numberText(double value);
    // Whether a number format shows a date (d, m or y tokens), a time of day (h or s tokens).
    static void formatShows(const QString &formatCode, bool *date, bool *time);

private:
    enum class Shows { Number, Date, Time, DateTime };

    std::optional<QByteArray> entry(const QString &name, QString *error);
    bool readRelations(const QString &part, QHash<QString, QString> *targets,
        QHash<QString, QString> *byType, QString *error);
    bool readWorkbook(const QString &part, QString *error);
    bool readSharedStrings(const QString &part, QString *error);
    bool readStyles(const QString &part, QString *error);
    bool readParts(QString *error);
    QString damaged() const;

    QByteArray m_content;
    QString m_fileName;
    qint64 m_unpacked = 0;
    QStringList m_entries;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QString m_sharedPart;
    QString m_stylesPart;
    bool m_partsRead = false;
    QStringList m_sharedStrings;
    QList<Shows> m_styles; // by cellXfs index
    bool m_date1904 = false;
    LegacyEncoding m_legacy = LegacyEncoding::None;
};
