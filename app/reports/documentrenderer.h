#pragma once

#include "formatprofile.h"
#include "officedocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

// Puts a laid-out Party document on paper: the content area from the profile's margins, and
// page numbers centred at the top from page 2 on (none on page 1). The same code paints a PDF, a
// printer and the print preview. Files are written whole or not at all (QSaveFile).
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    static constexpr int pdfResolution = 600;

    // Letters printed together (one invitation per addressee) are separate documents: each
    // numbers its pages from its own first page. The positions are where the letters after the
    // first begin; kept on the document, so that a printer or the preview paints it the same way.
    static void setLetterStarts(QTextDocument *document, const QList<int> &positions);
    // A secret document's mark ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), repeated in a box at the top of
    // every page after a letter's first (whose header has it under the number line); empty for
    // none. Kept on the document, like the letters' starts.
    static void setSecrecyMark(QTextDocument *document, const QString &mark);
    // Which of how many numbered copies is painted: "Bản số: 01/03" at the top of each of its
    // pages, under the mark (on a first page, where the mark is in the header, alone). 0: none.
    static void setCopy(QTextDocument *document, int copy, int copies);
    // "Bản số: 02/03", as a copy of a secret document is numbered.
    static QString copyLine(int copy, int copies);
    // Paints the mark (when showMark) and the copy line under it (when copies > 0) in the top
    // margin of a page, at the left of its text; `left` and `top` are the page's margins in the
    // device's units. The copy line keeps its place where the mark is not shown (a first page,
    // whose header has it). IssuedCopy numbers the copies of a stored PDF with it too.
    static void paintSecrecy(QPainter *painter, QPaintDevice *device, const QString &family,
        double left, double top, const QString &mark, bool showMark, int copy, int copies);

    // The profile's font if it is installed; for Times New Roman, Liberation Serif (same metrics,
    // full Vietnamese) when it is not. Never a silent fallback that could drop diacritics.
    static std::optional<QString> resolveFont(const QString &family, QString *error);

    // Lays the document out for the device's pages, in the device's units.
    static void layout(
        QTextDocument *document, const FormatProfile &profile, QPagedPaintDevice *device);
    // Paints every page; the painter is active on the device, whose margins are zero.
    static void paint(QTextDocument *document, const FormatProfile &profile,
        QPagedPaintDevice *device, QPainter *painter);

    // The whole file in memory; written to disk by the caller, checked, in one piece. The PDF's
    // fonts are embedded, its text copies with its spaces, its information names the title and
    // the author (the issuing body).
    static std::optional<QByteArray> pdf(QTextDocument *document, const FormatProfile &profile,
        QString *error, const QString &author = QString());
    // For an office suite, which paginates by itself: the text flows as written, on the
    // profile's page, with its page numbers (OdtWriter, DocxWriter).
    static std::optional<QByteArray> odt(QTextDocument *document, const FormatProfile &profile,
        const OfficeDocument::Info &info, QString *error);
    static std::optional<QByteArray> docx(QTextDocument *document, const FormatProfile &profile,
        const OfficeDocument::Info &info, QString *error);
};
