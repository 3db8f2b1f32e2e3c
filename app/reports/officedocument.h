#pragma once

#include "formatprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QTextDocument;

// A Party document as an office suite keeps it: paragraphs with their formats and runs of text,
// tables with their grid, borders and repeated header rows, letters that each begin a page and
// number their own pages. Read from the same QTextDocument the PDF is painted from, so that the
// templates stay the one source of every document; OdtWriter and DocxWriter put it in a file.
// Lengths are in points, widths measured against the profile's text area.
class OfficeDocument
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDocument)

public:
    struct Run
    {
        QString text; // may hold U+2028 (a line break) and tabs
        double size = 0;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        int verticalAlignment = 0; // 1 superscript, -1 subscript
    };

    struct Paragraph
    {
        Qt::Alignment alignment
            = Qt::AlignLeft; // AlignLeft, AlignHCenter, AlignRight or AlignJustify
        double topMargin = 0;
        double bottomMargin = 0;
        double leftIndent = 0;
        double rightIndent = 0;
        double firstLineIndent = 0;
        int lineHeightType = 0; // QTextBlockFormat::LineHeightTypes
        double lineHeight = 0; // percent for proportional, points otherwise
        double size = 0; // of the paragraph mark: the height of an empty paragraph
        bool keepWithNext = false;
        QList<Run> runs;
    };

    struct Table;

    struct Block
    {
        bool isTable = false;
        Paragraph paragraph;
        std::shared_ptr<Table> table;
        // The first block of a letter after the first: it begins a page, numbered 1 again.
        bool letterStart = false;
    };

    struct Border
    {
        double width = 0; // 0: none
        QString color = QStringLiteral("000000");
    };

    struct Cell
    {
        QList<Block> blocks;
        int rowSpan = 1;
        int columnSpan = 1;
        bool covered = false; // inside a cell that spans from above or from the left
        Border top, right, bottom, left;
        double paddingTop = 0;
        double paddingRight = 0;
        double paddingBottom = 0;
        double paddingLeft = 0;
        Qt::Alignment verticalAlignment = Qt::AlignTop;
        double width = 0; // of the columns it spans
    };

    struct Table
    {
        QList<double> columns; // widths
        double width = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool fullWidth = false; // as wide as the text area or cell it stands in
        int headerRows = 0; // repeated at the top of each page
        double topMargin = 0;
        double bottomMargin = 0;
        QList<QList<Cell>> rows; // every row has one cell per column, covered ones included
    };

    struct Info
    {
        QString title;
        QString author; // the issuing body
        QDateTime created;
        // A secret document's mark ("MẬT"): the numbered pages' header repeats it.
        QString secrecyMark;
    };

    QList<Block> blocks;
    Info info;
    QSizeF pageSizeMm;
    QMarginsF marginsMm; // left, top, right, bottom
    bool landscape = false;
    bool mirrored = false;
    QString font; // as the profile names it (Times New Roman)
    double bodySize = 14;
    double pageNumberSize = 13;

    double textWidth() const;

    // Lays the document out on the profile's text area (at 96 dpi) and reads it.
    static OfficeDocument read(QTextDocument *document, const FormatProfile &profile, Info info);

    // A zip archive in memory, entries in the order given; the first one stored when asked
    // (ODF's "mimetype", which must come first and uncompressed).
    static std::optional<QByteArray> zip(const QList<std::pair<QString, QByteArray>> &entries,
        bool firstStored, const QDateTime &time, QString *error);
};
