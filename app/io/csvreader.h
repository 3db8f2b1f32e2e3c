#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "text/legacyencoding.h"

#include <optional>

// The CSV files offices keep in Excel, read as records of cells (the delegate list of a
// conference, the list of a commendation): UTF-8 with or without BOM (UTF-16 refused); comma,
// semicolon or tab separated, guessed from the first row unless an Excel "sep=;" first line
// names it; quoted fields with "" escapes and line breaks; CRLF, LF or CR. What the columns mean
// is the caller's.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // One record of the file as bytes: CSV structure is ASCII, so it is split before decoding and
    // a badly encoded row stays a row of its own.
    struct Record
    {
        int fileRow = 0;
        QList<QByteArray> fields;
        bool unclosedQuote = false;

        bool isBlank() const
        {
            for (const QByteArray &field : fields) {
                if (!field.trimmed().isEmpty())
                    return false;
            }
            return true;
        }
        bool hasNonAscii() const
        {
            for (const QByteArray &field : fields) {
                for (const char c : field) {
                    if (static_cast<unsigned char>(c) >= 0x80)
                        return true;
                }
            }
            return false;
        }
    };

    // The file's bytes; nullopt with a sentence when it is open in another program or unreadable.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);
    // The records, blank ones above the header left out (the header is the first); nullopt with
    // a sentence when the file is UTF-16 or empty. Rows are numbered as a spreadsheet numbers
    // them (a "sep=" line is not shown by Excel and not counted).
    // A file in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258 bytes, or UTF-8 text of
    // TCVN3/VNI glyphs) is converted to UTF-8 NFC first; *legacy says which one was found.
    static std::optional<QList<Record>> records(const QByteArray &content, const QString &fileName,
        QString *error, LegacyEncoding *legacy = nullptr);
    // The notice an import preview shows above its table when the file was converted.
    static QString convertedNotice(LegacyEncoding legacy);
    static std::optional<QString> decoded(const QByteArray &bytes);
    // A cell as a single-line value: control characters and bidirectional overrides removed
    // (counted in *removed), NFC, line breaks and runs of spaces made one space.
    static QString cellText(const QByteArray &bytes, int *removed);
    // The sentence for a file in another encoding.
    static QString notUtf8(const QString &fileName);
    // Whether the file is written in another encoding as a whole: every record with non-ASCII
    // bytes fails to decode (one garbled row in a UTF-8 file is a problem of that row only).
    static bool inAnotherEncoding(const QList<Record> &records);

private:
    static char guessDelimiter(const QByteArray &data);
    static QList<Record> splitRecords(const QByteArray &data, char delimiter);
};
