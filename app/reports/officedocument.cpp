#include "officedocument.h"

#include "pagebreaks.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

// The document is laid out at 96 dpi, where the templates' lengths are CSS pixels.
constexpr double pointsPerPixel = 72.0 / 96.0;
constexpr double pointsPerMm = 72.0 / 25.4;

using Block = OfficeDocument::Block;
using Cell = OfficeDocument::Cell;
using Paragraph = OfficeDocument::Paragraph;
using Run = OfficeDocument::Run;
using Table = OfficeDocument::Table;
using Border = OfficeDocument::Border;

class Reader
{
public:
    Reader(QTextDocument *document, double defaultSize)
        : m_document(document)
        , m_layout(document->documentLayout())
        , m_defaultSize(defaultSize)
    { }

    QList<Block> frame(QTextFrame *frame, double width) const
    {
        QList<Block> blocks;
        for (auto it = frame->begin(); !it.atEnd(); ++it)
            add(&blocks, it.currentFrame(), it.currentBlock(), width);
        return blocks;
    }

private:
    void add(QList<Block> *blocks, QTextFrame *child, const QTextBlock &block, double width) const
    {
        bool pageBreak = false;
        if (child) {
            // A break that an empty block before the frame held is the frame's, not its cells'.
            pageBreak = std::exchange(m_pendingBreak, false)
                || child->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                Block item;
                item.isTable = true;
                item.table = read(table, width);
                blocks->append(item);
            } else {
                // A plain frame (a div with a border, say): its content flows in the text.
                const qsizetype first = blocks->size();
                blocks->append(frame(child, width));
                if (pageBreak && first < blocks->size())
                    (*blocks)[first].letterStart = true;
                return;
            }
        } else if (block.isValid()) {
            pageBreak = block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            // Qt keeps an empty block on each side of a table; an office suite needs none.
            const bool empty = block.length() <= 1;
            const bool besideTable = !blocks->isEmpty() && blocks->last().isTable;
            if (empty && (besideTable || nextIsFrame(block))) {
                if (pageBreak)
                    m_pendingBreak = true;
                return;
            }
            Block item;
            item.paragraph = paragraph(block);
            // The suite keeps a heading with its first paragraph, as the PDF does.
            item.paragraph.keepWithNext = PageBreaks::isHeading(block);
            blocks->append(item);
        } else {
            return;
        }
        if (pageBreak || m_pendingBreak)
            blocks->last().letterStart = true;
        m_pendingBreak = false;
    }

    bool nextIsFrame(const QTextBlock &block) const
    {
        const QTextBlock next = block.next();
        if (!next.isValid())
            return false;
        // The next block lies in another frame when a frame begins between the two.
        QTextFrame *here = m_document->frameAt(block.position());
        QTextFrame *there = m_document->frameAt(next.position());
        return here != there && there->parentFrame() == here;
    }

    double charSize(const QTextCharFormat &format) const
    {
        if (format.hasProperty(QTextFormat::FontPointSize) && format.fontPointSize() > 0)
            return format.fontPointSize();
        if (format.hasProperty(QTextFormat::FontPixelSize))
            return format.intProperty(QTextFormat::FontPixelSize) * pointsPerPixel;
        return m_defaultSize;
    }

    Run run(const QString &text, const QTextCharFormat &format) const
    {
        Run run;
        run.text = text;
        run.size = charSize(format);
        run.bold
            = format.hasProperty(QTextFormat::FontWeight) && format.fontWeight() >= QFont::DemiBold;
        run.italic = format.fontItalic();
        run.underline = format.fontUnderline();
        if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
            run.verticalAlignment = 1;
        else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
            run.verticalAlignment = -1;
        return run;
    }

    Paragraph paragraph(const QTextBlock &block) const
    {
        const QTextBlockFormat format = block.blockFormat();
        Paragraph paragraph;
        const Qt::Alignment alignment = format.alignment();
        if (alignment & Qt::AlignJustify)
            paragraph.alignment = Qt::AlignJustify;
        else if (alignment & Qt::AlignHCenter)
            paragraph.alignment = Qt::AlignHCenter;
        else if (alignment & Qt::AlignRight)
            paragraph.alignment = Qt::AlignRight;
        paragraph.topMargin = format.topMargin() * pointsPerPixel;
        paragraph.bottomMargin = format.bottomMargin() * pointsPerPixel;
        paragraph.leftIndent
            = (format.leftMargin() + format.indent() * m_document->indentWidth()) * pointsPerPixel;
        paragraph.rightIndent = format.rightMargin() * pointsPerPixel;
        paragraph.firstLineIndent = format.textIndent() * pointsPerPixel;
        paragraph.lineHeightType = format.lineHeightType();
        paragraph.lineHeight = format.lineHeightType() == QTextBlockFormat::ProportionalHeight
            ? format.lineHeight()
            : format.lineHeight() * pointsPerPixel;
        paragraph.size = charSize(block.charFormat());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && !fragment.text().isEmpty())
                paragraph.runs << run(fragment.text(), fragment.charFormat());
        }
        return paragraph;
    }

    static Border border(const QTextTableCellFormat &cell, QTextFormat::Property width,
        QTextFormat::Property style, QTextFormat::Property brush, double tableBorder)
    {
        Border border;
        if (cell.hasProperty(width)) {
            if (cell.intProperty(style) != QTextFrameFormat::BorderStyle_None)
                border.width = cell.doubleProperty(width) * pointsPerPixel;
        } else {
            border.width = tableBorder;
        }
        if (cell.hasProperty(brush)) {
            const QColor color = cell.brushProperty(brush).color();
            border.color = color.name().mid(1).toUpper();
        }
        return border;
    }

    static double padding(
        const QTextTableCellFormat &cell, QTextFormat::Property property, double tablePadding)
    {
        return cell.hasProperty(property) ? cell.doubleProperty(property) * pointsPerPixel
                                          : tablePadding;
    }

    static QList<double> columnWidths(const QTextTableFormat &format, int columns, double width)
    {
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        QList<double> widths(columns, -1);
        double given = 0;
        int open = 0;
        for (int c = 0; c < columns; ++c) {
            const QTextLength length = c < constraints.size() ? constraints.at(c) : QTextLength();
            if (length.type() == QTextLength::PercentageLength)
                widths[c] = width * length.rawValue() / 100;
            else if (length.type() == QTextLength::FixedLength)
                widths[c] = length.rawValue() * pointsPerPixel;
            if (widths[c] >= 0)
                given += widths[c];
            else
                ++open;
        }
        const double rest = std::max(0.0, width - given);
        for (double &w : widths) {
            if (w < 0)
                w = rest / open;
        }
        // Widths that add up to more than the table (a typed template) shrink in proportion.
        const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        if (total > width + 0.01 && total > 0) {
            for (double &w : widths)
                w *= width / total;
        }
        return widths;
    }

    std::shared_ptr<Table> read(QTextTable *source, double available) const
    {
        const QTextTableFormat format = source->format();
        auto table = std::make_shared<Table>();
        const QTextLength width = format.width();
        if (width.type() == QTextLength::PercentageLength)
            table->width = available * width.rawValue() / 100;
        else if (width.type() == QTextLength::FixedLength)
            table->width = width.rawValue() * pointsPerPixel;
        else
            // As wide as its content: as Qt laid it out, and a little more, so that an office
            // suite's own measure (LibreOffice's is 1-2 % wider) does not wrap its last word.
            table->width = (m_layout->frameBoundingRect(source).width() - 2 * format.margin()
                               - format.leftMargin() - format.rightMargin())
                * pointsPerPixel * 1.05;
        table->width = std::clamp(table->width, 1.0, available);
        table->fullWidth = table->width >= available - 0.5;
        const Qt::Alignment alignment = format.alignment();
        if (alignment & Qt::AlignHCenter)
            table->alignment = Qt::AlignHCenter;
        else if (alignment & Qt::AlignRight)
            table->alignment = Qt::AlignRight;
        table->headerRows = format.headerRowCount();
        table->topMargin = (format.margin() + format.topMargin()) * pointsPerPixel;
        table->bottomMargin = (format.margin() + format.bottomMargin()) * pointsPerPixel;
        table->columns = columnWidths(format, source->columns(), table->width);

        const double tableBorder
            = format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None
            ? format.border() * pointsPerPixel
            : 0;
        const double tablePadding = format.cellPadding() * pointsPerPixel;
        for (int r = 0; r < source->rows(); ++r) {
            QList<Cell> row;
            for (int c = 0; c < source->columns(); ++c) {
                const QTextTableCell from = source->cellAt(r, c);
                Cell cell;
                if (from.row() != r || from.column() != c) {
                    cell.covered = true;
                    row << cell;
                    continue;
                }
                const QTextTableCellFormat f = from.format().toTableCellFormat();
                cell.rowSpan = from.rowSpan();
                cell.columnSpan = from.columnSpan();
                for (int s = c; s < std::min<int>(c + cell.columnSpan, table->columns.size()); ++s)
                    cell.width += table->columns.at(s);
                cell.top = border(f, QTextFormat::TableCellTopBorder,
                    QTextFormat::TableCellTopBorderStyle, QTextFormat::TableCellTopBorderBrush,
                    tableBorder);
                cell.right = border(f, QTextFormat::TableCellRightBorder,
                    QTextFormat::TableCellRightBorderStyle, QTextFormat::TableCellRightBorderBrush,
                    tableBorder);
                cell.bottom = border(f, QTextFormat::TableCellBottomBorder,
                    QTextFormat::TableCellBottomBorderStyle,
                    QTextFormat::TableCellBottomBorderBrush, tableBorder);
                cell.left = border(f, QTextFormat::TableCellLeftBorder,
                    QTextFormat::TableCellLeftBorderStyle, QTextFormat::TableCellLeftBorderBrush,
                    tableBorder);
                cell.paddingTop = padding(f, QTextFormat::TableCellTopPadding, tablePadding);
                cell.paddingRight = padding(f, QTextFormat::TableCellRightPadding, tablePadding);
                cell.paddingBottom = padding(f, QTextFormat::TableCellBottomPadding, tablePadding);
                cell.paddingLeft = padding(f, QTextFormat::TableCellLeftPadding, tablePadding);
                if (f.verticalAlignment() == QTextCharFormat::AlignMiddle)
                    cell.verticalAlignment = Qt::AlignVCenter;
                else if (f.verticalAlignment() == QTextCharFormat::AlignBottom)
                    cell.verticalAlignment = Qt::AlignBottom;
                const double inner
                    = std::max(1.0, cell.width - cell.paddingLeft - cell.paddingRight);
                for (auto it = from.begin(); !it.atEnd(); ++it)
                    add(&cell.blocks, it.currentFrame(), it.currentBlock(), inner);
                row << cell;
            }
            table->rows << row;
        }
        return table;
    }

    QTextDocument *m_document;
    QAbstractTextDocumentLayout *m_layout;
    double m_defaultSize;
    mutable bool m_pendingBreak = false;
};

} // namespace

double OfficeDocument::textWidth() const
{
    return (pageSizeMm.width() - marginsMm.left() - marginsMm.right()) * pointsPerMm;
}

OfficeDocument OfficeDocument::read(
    QTextDocument *document, const FormatProfile &profile, Info info)
{
    OfficeDocument office;
    office.info = std::move(info);
    office.pageSizeMm = profile.pageLayout().fullRect(QPageLayout::Millimeter).size();
    office.marginsMm = profile.marginsMm;
    office.landscape = profile.landscape;
    office.mirrored = profile.mirrorMargins;
    office.font = profile.fontFamily;
    office.bodySize = profile.bodySize;
    office.pageNumberSize = profile.pageNumberSize;

    // Laid out on the profile's text area at 96 dpi: a table as wide as its content is measured.
    QImage device(1, 1, QImage::Format_Mono);
    device.setDotsPerMeterX(qRound(96 / 0.0254));
    device.setDotsPerMeterY(qRound(96 / 0.0254));
    document->documentLayout()->setPaintDevice(&device);
    document->setDocumentMargin(0);
    const double height
        = (office.pageSizeMm.height() - office.marginsMm.top() - office.marginsMm.bottom())
        * pointsPerMm;
    document->setPageSize(QSizeF(office.textWidth(), height) / pointsPerPixel);
    const double size = document->defaultFont().pointSizeF();
    const Reader reader(document, size > 0 ? size : profile.bodySize);
    office.blocks = reader.frame(document->rootFrame(), office.textWidth());
    document->documentLayout()->setPaintDevice(nullptr);
    return office;
}

std::optional<QByteArray> OfficeDocument::zip(const QList<std::pair<QString, QByteArray>> &entries,
    bool firstStored, const QDateTime &time, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    bool ok = true;
    {
        QuaZip archive(&buffer);
        // Sizes in the local headers, no data descriptors: ODF readers look for "mimetype"
        // at a fixed place.
        archive.setDataDescriptorWritingEnabled(false);
        ok = archive.open(QuaZip::mdCreate);
        bool first = true;
        for (const auto &[name, data] : entries) {
            if (!ok)
                break;
            QuaZipFile file(&archive);
            QuaZipNewInfo info(name);
            info.dateTime = time;
            const bool stored = first && firstStored;
            first = false;
            ok = file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED,
                     stored ? 0 : Z_DEFAULT_COMPRESSION)
                && file.write(data) == data.size();
            file.close();
            ok = ok && file.getZipError() == ZIP_OK;
        }
        archive.close();
        ok = ok && archive.getZipError() == ZIP_OK;
    }
    if (!ok) {
        *error = tr("The document could not be packed into its file.");
        return std::nullopt;
    }
    return bytes;
}
