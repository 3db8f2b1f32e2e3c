#include "documentrenderer.h"

#include "docxwriter.h"
#include "odtwriter.h"
#include "pagebreaks.h"
#include "pdfrewriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>
#include <functional>

namespace {

const char letterStartsProperty[] = "secretariatLetterStarts";
const char secrecyMarkProperty[] = "secretariatSecrecyMark";
const char copyProperty[] = "secretariatCopy";
const char copiesProperty[] = "secretariatCopies";

double millimetres(double mm, const QPaintDevice *device, bool vertical)
{
    return mm / 25.4 * (vertical ? device->logicalDpiY() : device->logicalDpiX());
}

struct Frame
{
    QRectF content; // the text area of a page, in device units
    double mirrorShift = 0; // on even pages when margins are mirrored
};

Frame frameFor(const FormatProfile &profile, const QPagedPaintDevice *device)
{
    const QSizeF page = profile.pageLayout().fullRect(QPageLayout::Millimeter).size();
    const QMarginsF &m = profile.marginsMm;
    Frame frame;
    frame.content = QRectF(millimetres(m.left(), device, false), millimetres(m.top(), device, true),
        millimetres(page.width() - m.left() - m.right(), device, false),
        millimetres(page.height() - m.top() - m.bottom(), device, true));
    if (profile.mirrorMargins)
        frame.mirrorShift = millimetres(m.right() - m.left(), device, false);
    return frame;
}

// The pages (from 0) on which a letter begins: the first, and each that a letter after it starts.
QList<int> letterStartPages(QTextDocument *document)
{
    QList<int> pages {0};
    const double pageHeight = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QVariantList positions = document->property(letterStartsProperty).toList();
    for (const QVariant &position : positions) {
        const QTextBlock block = document->findBlock(position.toInt());
        if (block.isValid())
            pages << int((layout->blockBoundingRect(block).top() + 0.5) / pageHeight);
    }
    return pages;
}

} // namespace

void DocumentRenderer::setLetterStarts(QTextDocument *document, const QList<int> &positions)
{
    QVariantList list;
    for (const int position : positions)
        list << position;
    document->setProperty(letterStartsProperty, list);
}

void DocumentRenderer::setSecrecyMark(QTextDocument *document, const QString &mark)
{
    document->setProperty(secrecyMarkProperty, mark);
}

void DocumentRenderer::setCopy(QTextDocument *document, int copy, int copies)
{
    document->setProperty(copyProperty, copy);
    document->setProperty(copiesProperty, copies);
}

QString DocumentRenderer::copyLine(int copy, int copies)
{
    // Two digits at least, as offices number their copies: "Bản số: 01/03".
    return QStringLiteral("Bản số: %1/%2")
        .arg(copy, 2, 10, QLatin1Char('0'))
        .arg(copies, 2, 10, QLatin1Char('0'));
}

void DocumentRenderer::paintSecrecy(QPainter *painter, QPaintDevice *device, const QString &family,
    double left, double top, const QString &mark, bool showMark, int copy, int copies)
{
    if ((mark.isEmpty() || !showMark) && copies <= 0)
        return;
    painter->save();
    painter->setPen(Qt::black);
    painter->setBrush(Qt::NoBrush);
    // In the top margin, clear of the page number centred at its foot: from a fifth of the
    // margin down, at the left edge of the text.
    double y = top * 0.2;
    if (!mark.isEmpty()) {
        QFont font(family);
        font.setPointSizeF(12);
        font.setBold(true);
        font = QFont(font, device);
        painter->setFont(font);
        const QFontMetricsF metrics(font, device);
        const double pad = metrics.height() * 0.2;
        const QRectF box(
            left, y, metrics.horizontalAdvance(mark) + 4 * pad, metrics.height() + 2 * pad);
        QPen pen(Qt::black);
        pen.setWidthF(device->logicalDpiY() / 96.0);
        painter->setPen(pen);
        if (showMark) {
            painter->drawRect(box);
            painter->drawText(box, Qt::AlignCenter, mark);
        }
        y = box.bottom() + pad;
    }
    if (copies > 0) {
        QFont font(family);
        font.setPointSizeF(11);
        font = QFont(font, device);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const QFontMetricsF metrics(font, device);
        const QString line = copyLine(copy, copies);
        painter->drawText(
            QRectF(left, y, metrics.horizontalAdvance(line) + metrics.height(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, line);
    }
    painter->restore();
}

std::optional<QString> DocumentRenderer::resolveFont(const QString &family, QString *error)
{
    const QStringList families = QFontDatabase::families();
    const auto installed
        = [&families](const QString &name) { return families.contains(name, Qt::CaseInsensitive); };
    if (installed(family))
        return family;
    if (family.compare(QLatin1String("Times New Roman"), Qt::CaseInsensitive) == 0
        && installed(QStringLiteral("Liberation Serif")))
        return QStringLiteral("Liberation Serif");
    *error = tr("The font “%1” is not installed, and no font with the same metrics and full "
                "Vietnamese was found. Install Times New Roman or Liberation Serif "
                "(fonts-liberation2), or choose another font in the format profile.")
                 .arg(family);
    return std::nullopt;
}

void DocumentRenderer::layout(
    QTextDocument *document, const FormatProfile &profile, QPagedPaintDevice *device)
{
    // The margin and the page size first, the device last: a change to the root frame's margin
    // lays the whole document out again at once, the device and the page size only when asked.
    document->setDocumentMargin(0);
    // Whole device units: the layout's fixed-point page breaks then match the painted pages.
    const QSizeF content = frameFor(profile, device).content.size();
    document->setPageSize(QSizeF(std::floor(content.width()), std::floor(content.height())));
    document->documentLayout()->setPaintDevice(device);
    PageBreaks::keepTogether(document, device->logicalDpiY() / 96.0);
}

void DocumentRenderer::paint(QTextDocument *document, const FormatProfile &profile,
    QPagedPaintDevice *device, QPainter *painter)
{
    const Frame frame = frameFor(profile, device);
    const double pageHeight = document->pageSize().height();
    const double pageWidth = document->pageSize().width();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QFont numberFont(document->defaultFont().family());
    numberFont.setPointSizeF(profile.pageNumberSize);
    QList<QTextTable *> tables;
    for (QTextFrame *child : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
    }
    const QList<int> starts = letterStartPages(document);
    const QString mark = document->property(secrecyMarkProperty).toString();
    const int copy = document->property(copyProperty).toInt();
    const int copies = document->property(copiesProperty).toInt();
    // The paragraphs outside tables, in the order they are laid out, each with its place: a page
    // looks only at those near it (looking at every block of a long list for each of its pages
    // took time in the square of its length).
    QList<std::pair<QTextBlock, QRectF>> paragraphs;
    const std::function<void(QTextFrame *)> collect = [&](QTextFrame *frame) {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (!qobject_cast<QTextTable *>(child))
                    collect(child);
            } else {
                paragraphs.append(
                    {it.currentBlock(), layout->blockBoundingRect(it.currentBlock())});
            }
        }
    };
    collect(document->rootFrame());
    qsizetype firstParagraph = 0;

    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        const double shift = page % 2 == 1 ? frame.mirrorShift : 0;
        const QRectF pageRect(0, page * pageHeight, pageWidth, pageHeight);
        painter->save();
        painter->translate(frame.content.left() + shift, frame.content.top() - page * pageHeight);
        painter->setPen(Qt::black);
        // Paragraphs line by line: a line belongs to exactly one page. (Drawing the whole layout
        // with a clip would also put the last line above the clip into the PDF, hidden but
        // found twice by search and copy.)
        while (firstParagraph < paragraphs.size()
            && paragraphs.at(firstParagraph).second.bottom() < pageRect.top())
            ++firstParagraph;
        for (qsizetype i = firstParagraph; i < paragraphs.size(); ++i) {
            const auto &[block, rect] = paragraphs.at(i);
            if (rect.top() > pageRect.bottom())
                break;
            if (!rect.intersects(pageRect))
                continue;
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                const double top = rect.top() + line.y();
                if (top >= pageRect.top() - 0.5 && top + line.height() <= pageRect.bottom() + 0.5)
                    line.draw(painter, rect.topLeft());
            }
        }
        // Tables (the header, the signature block) with their borders, clipped to themselves.
        for (QTextTable *table : std::as_const(tables)) {
            const QRectF rect = layout->frameBoundingRect(table).intersected(pageRect);
            if (rect.isEmpty())
                continue;
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = rect.adjusted(0, 0.5, 0, -0.5);
            context.palette.setColor(QPalette::Text, Qt::black);
            layout->draw(painter, context);
        }
        painter->restore();

        int first = 0;
        for (const int start : starts) {
            if (start <= page)
                first = qMax(first, start);
        }
        if (page > first) {
            // Arabic numerals, centred at the top, from a document's page 2 on.
            painter->save();
            painter->setFont(QFont(numberFont, device));
            painter->setPen(Qt::black);
            const QRectF band(
                frame.content.left() + shift, 0, frame.content.width(), frame.content.top() * 0.75);
            painter->drawText(
                band, Qt::AlignHCenter | Qt::AlignBottom, QString::number(page - first + 1));
            painter->restore();
        }
        // A secret document says so on every page, and which copy it is (a first page has the
        // mark in its header, under the number line).
        if (!mark.isEmpty() || copies > 0)
            paintSecrecy(painter, device, document->defaultFont().family(),
                frame.content.left() + shift, frame.content.top(), mark, page > first, copy,
                copies);
    }
}

std::optional<QByteArray> DocumentRenderer::pdf(
    QTextDocument *document, const FormatProfile &profile, QString *error, const QString &author)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Secretariat"));
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        writer.setResolution(pdfResolution);
        QPageLayout page = profile.pageLayout();
        page.setMargins(QMarginsF());
        writer.setPageLayout(page);
        layout(document, profile, &writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("The PDF could not be started.");
            return std::nullopt;
        }
        paint(document, profile, &writer, &painter);
        painter.end();
    }
    return PdfRewriter::finish(buffer.data(), author, error);
}

std::optional<QByteArray> DocumentRenderer::odt(QTextDocument *document,
    const FormatProfile &profile, const OfficeDocument::Info &info, QString *error)
{
    return OdtWriter::write(OfficeDocument::read(document, profile, info), error);
}

std::optional<QByteArray> DocumentRenderer::docx(QTextDocument *document,
    const FormatProfile &profile, const OfficeDocument::Info &info, QString *error)
{
    return DocxWriter::write(OfficeDocument::read(document, profile, info), error);
}
