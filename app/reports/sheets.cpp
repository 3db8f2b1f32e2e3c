#include "sheets.h"

#include "pdfrewriter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace {

constexpr int pdfResolution = 600;

double units(double mm, const QPaintDevice *device)
{
    return mm / 25.4 * device->logicalDpiX();
}

QFont fontOf(const Sheets::Text &text, const QString &family, QPaintDevice *device)
{
    QFont font(family);
    font.setPointSizeF(text.fontPt);
    font.setBold(text.bold);
    font.setItalic(text.italic);
    return QFont(font, device);
}

// Wraps the text within its width; the lines are placed from the box's top. Returns the height.
double layOut(
    const Sheets::Text &text, const QString &family, QPaintDevice *device, QTextLayout *layout)
{
    const QFont font = fontOf(text, family, device);
    layout->setFont(font);
    layout->setText(text.text);
    QTextOption option(text.align | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    const double width = units(text.widthMm, device);
    const double leading = QFontMetricsF(font, device).leading();
    double y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    layout->endLayout();
    return y;
}

// A device of the PDF's resolution, to measure text as it will be painted.
QPaintDevice *measuringDevice()
{
    static QImage image = [] {
        QImage sample(1, 1, QImage::Format_Mono);
        const int dotsPerMetre = qRound(pdfResolution / 0.0254);
        sample.setDotsPerMeterX(dotsPerMetre);
        sample.setDotsPerMeterY(dotsPerMetre);
        return sample;
    }();
    return &image;
}

} // namespace

QPageLayout Sheets::pageLayout(const QSizeF &sizeMm)
{
    const QPageSize size(sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    // A sheet wider than high is landscape: its size given as it is, the orientation saying so.
    return sizeMm.width() > sizeMm.height()
        ? QPageLayout(
            QPageSize(sizeMm.transposed(), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Landscape, QMarginsF())
        : QPageLayout(size, QPageLayout::Portrait, QMarginsF());
}

namespace {

void paintGrid(
    const QSizeF &sizeMm, const QString &family, QPagedPaintDevice *device, QPainter *painter)
{
    QFont font(family);
    font.setPointSizeF(7);
    painter->setFont(QFont(font, device));
    const double hair = units(0.15, device);
    for (int mm = 10; mm < sizeMm.width(); mm += 10) {
        painter->setPen(QPen(mm % 50 == 0 ? QColor(90, 90, 90) : QColor(185, 185, 185), hair));
        painter->drawLine(QPointF(units(mm, device), 0),
            QPointF(units(mm, device), units(sizeMm.height(), device)));
        painter->setPen(QColor(60, 60, 60));
        painter->drawText(
            QPointF(units(mm + 0.6, device), units(3.2, device)), QString::number(mm));
    }
    for (int mm = 10; mm < sizeMm.height(); mm += 10) {
        painter->setPen(QPen(mm % 50 == 0 ? QColor(90, 90, 90) : QColor(185, 185, 185), hair));
        painter->drawLine(QPointF(0, units(mm, device)),
            QPointF(units(sizeMm.width(), device), units(mm, device)));
        painter->setPen(QColor(60, 60, 60));
        painter->drawText(
            QPointF(units(0.8, device), units(mm - 0.6, device)), QString::number(mm));
    }
}

void paintDraftMark(
    const QSizeF &sizeMm, const QString &family, QPagedPaintDevice *device, QPainter *painter)
{
    painter->save();
    QFont font(family);
    font.setPointSizeF(96);
    font.setBold(true);
    painter->setFont(QFont(font, device));
    painter->setPen(QColor(200, 200, 200));
    painter->translate(units(sizeMm.width() / 2, device), units(sizeMm.height() / 2, device));
    painter->rotate(-25);
    const QRectF area(-units(sizeMm.width(), device), -units(30, device),
        2 * units(sizeMm.width(), device), units(60, device));
    painter->drawText(area, Qt::AlignCenter, QStringLiteral("DỰ THẢO"));
    painter->restore();
}

} // namespace

double Sheets::heightMm(const Text &text, const QString &family)
{
    QTextLayout layout;
    QPaintDevice *device = measuringDevice();
    return layOut(text, family, device, &layout) / device->logicalDpiY() * 25.4;
}

void Sheets::paint(
    const QList<Sheet> &sheets, const QString &family, QPagedPaintDevice *device, QPainter *painter)
{
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const Sheet &sheet = sheets.at(i);
        if (i > 0) {
            // The next page takes its own stock's size (a badge round mixes forms).
            if (sheet.sizeMm != sheets.at(i - 1).sizeMm)
                device->setPageLayout(pageLayout(sheet.sizeMm));
            device->newPage();
        }
        if (sheet.grid)
            paintGrid(sheet.sizeMm, family, device, painter);
        if (sheet.draft)
            paintDraftMark(sheet.sizeMm, family, device, painter);
        for (const Text &text : sheet.texts) {
            const QPointF at(units(text.xMm, device), units(text.yMm, device));
            QTextLayout layout;
            const double height = text.text.isEmpty() ? 0 : layOut(text, family, device, &layout);
            if (text.outlined) {
                painter->save();
                painter->setPen(QPen(QColor(20, 70, 160), units(0.3, device), Qt::DashLine));
                const double box = qMax(height, units(text.fontPt * 25.4 / 72 * 1.2, device));
                painter->drawRect(QRectF(at, QSizeF(units(text.widthMm, device), box)));
                QFont font(family);
                font.setPointSizeF(7);
                painter->setFont(QFont(font, device));
                painter->setPen(QColor(20, 70, 160));
                painter->drawText(at + QPointF(units(0.5, device), -units(0.8, device)),
                    QStringLiteral("%1 (x %2, y %3, rộng %4 mm)")
                        .arg(text.label, QString::number(text.xMm), QString::number(text.yMm),
                            QString::number(text.widthMm)));
                painter->restore();
            }
            if (!text.text.isEmpty()) {
                painter->setPen(Qt::black);
                layout.draw(painter, at);
            }
        }
    }
}

std::optional<QByteArray> Sheets::pdf(const QList<Sheet> &sheets, const QString &family,
    const QString &title, const QString &author, QString *error)
{
    if (sheets.isEmpty()) {
        *error = tr("There is no page to print.");
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Secretariat"));
        writer.setTitle(title);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(pageLayout(sheets.first().sizeMm));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("The PDF could not be started.");
            return std::nullopt;
        }
        paint(sheets, family, &writer, &painter);
        painter.end();
    }
    return PdfRewriter::finish(buffer.data(), author, error);
}
