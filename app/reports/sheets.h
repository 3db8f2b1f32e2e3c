#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

// Pages whose text is placed, not flowed: each line or block at its place on the sheet, in
// millimetres from its top left corner (a certificate printed on pre-printed stock, the test page
// that aligns a printer). A kind that prints sheets paints them itself (Reports::Built::sheets).
class Sheets
{
    Q_DECLARE_TR_FUNCTIONS(Sheets)

public:
    struct Text
    {
        QString text; // wrapped within the width; empty prints nothing
        double xMm = 0, yMm = 0, widthMm = 0; // its box's left edge, top and width
        double fontPt = 14;
        bool bold = false, italic = false;
        Qt::Alignment align = Qt::AlignHCenter;
        QString label; // for the test page: the field's name, printed above its outline
        bool outlined = false;
    };
    struct Sheet
    {
        QSizeF sizeMm {297, 210};
        QList<Text> texts;
        bool grid = false; // a line every 10 mm, labelled
        bool draft = false; // "DỰ THẢO" across the page
    };

    // A sheet of this size, without margins: landscape when it is wider than high.
    static QPageLayout pageLayout(const QSizeF &sizeMm);
    // The height, in millimetres, of a text wrapped in its width (in this font family).
    static double heightMm(const Text &text, const QString &family);
    // Each sheet a page of its own size, painted on a device whose painter is active and margins
    // are zero (a PDF, a printer, the print preview).
    static void paint(const QList<Sheet> &sheets, const QString &family, QPagedPaintDevice *device,
        QPainter *painter);
    // The whole PDF in memory, fonts embedded, author named.
    static std::optional<QByteArray> pdf(const QList<Sheet> &sheets, const QString &family,
        const QString &title, const QString &author, QString *error);
};
