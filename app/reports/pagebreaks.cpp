#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace {

struct RowExtent
{
    double rowTop = std::numeric_limits<double>::max(); // where the row's cells begin
    double top = std::numeric_limits<double>::max(); // its first line of text
    double bottom = std::numeric_limits<double>::lowest();
};

RowExtent rowExtent(QTextTable *table, int row, QAbstractTextDocumentLayout *layout, double scale)
{
    RowExtent extent;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        const QTextTableCellFormat format = cell.format().toTableCellFormat();
        const double padding = scale
            * (format.hasProperty(QTextFormat::TableCellTopPadding)
                    ? format.topPadding()
                    : table->format().cellPadding());
        bool first = true;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid() || !block.layout())
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            for (int i = 0; i < block.layout()->lineCount(); ++i) {
                const QTextLine line = block.layout()->lineAt(i);
                const double top = rect.top() + line.y();
                if (first)
                    extent.rowTop = qMin(extent.rowTop, top - padding);
                first = false;
                extent.top = qMin(extent.top, top);
                extent.bottom = qMax(extent.bottom, top + line.height());
            }
        }
    }
    return extent;
}

bool extentTooTall(QTextTable *table, int row, QAbstractTextDocumentLayout *layout, double scale,
    double pageHeight)
{
    const RowExtent extent = rowExtent(table, row, layout, scale);
    return extent.bottom - extent.rowTop > pageHeight / 2;
}

// More bottom padding in the row above `row`, so that `row` begins `extra` (96-dpi) pixels lower.
void padAbove(QTextTable *table, int row, double extra)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell above = table->cellAt(row - 1, column);
        if (above.row() != row - 1 || above.column() != column)
            continue;
        QTextTableCellFormat format = above.format().toTableCellFormat();
        format.setBottomPadding((format.hasProperty(QTextFormat::TableCellBottomPadding)
                                        ? format.bottomPadding()
                                        : table->format().cellPadding())
            + extra);
        above.setFormat(format);
    }
}

// Qt moves a table row to the next page only when none of its cells' first lines fits on this
// one, so a row whose later lines do not fit is cut in two: a name on one page, the rest of its
// title on the next. Such a row is made to start so near the page's end that none of its first
// lines fits, by more bottom padding in the row above; Qt then moves it whole to the next page,
// under the repeated header, and stretches the row above to the page's end. Done for lists, the
// tables whose header row repeats on each page. Returns how many rows it moved.
int moveCutRows(QTextDocument *document, const QList<QTextTable *> &lists, double scale)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    int moves = 0;
    for (QTextTable *table : lists) {
        int tried = -1;
        for (int row = table->format().headerRowCount() + 1; row < table->rows(); ++row) {
            const RowExtent extent = rowExtent(table, row, layout, scale);
            if (extent.bottom < extent.top)
                continue;
            const int page = int(extent.top / pageHeight);
            const bool cut = int((extent.bottom - 1) / pageHeight) != page;
            // A row taller than half a page would leave a half-empty page: let it run on.
            if (!cut || row == tried || extent.bottom - extent.rowTop > pageHeight / 2)
                continue;
            // The row is to start 4 px (of 96 dpi) before the page's end: past the table's page
            // bottom (the page's end less the table's margin, see the templates), or so close to
            // it that none of the row's first lines fits below its top padding. The text of the
            // row above stays where it was: Qt keeps a cell's text above that page bottom less
            // the cell's bottom padding, which the new padding just reaches.
            const double extra = ((page + 1) * pageHeight - 4 * scale - extent.rowTop) / scale;
            // One layout for the row's cells, not one per cell.
            QTextCursor edit(document);
            edit.beginEditBlock();
            padAbove(table, row, extra);
            edit.endEditBlock();
            ++moves;
            tried = row--;
        }
    }
    return moves;
}

// How tall each row of a list is when no page break stretches or cuts it: from a layout with
// no pages, before the document is laid out on its pages.
using RowHeights = QList<double>;
QList<RowHeights> naturalHeights(
    QTextDocument *document, const QList<QTextTable *> &lists, double scale)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QSizeF page = document->pageSize();
    document->setPageSize(QSizeF(page.width(), -1));
    QList<RowHeights> heights;
    for (QTextTable *table : lists) {
        RowHeights rows(table->rows(), -1);
        RowExtent next;
        for (int row = table->rows() - 1; row >= table->format().headerRowCount(); --row) {
            const RowExtent extent = rowExtent(table, row, layout, scale);
            if (extent.bottom < extent.top)
                break; // an empty row: the rows above it are left to the checking loop
            // The last row: its text and a padding below it as tall as the one above it.
            rows[row] = row + 1 < table->rows()
                ? next.rowTop - extent.rowTop
                : extent.bottom + (extent.top - extent.rowTop) - extent.rowTop;
            next = extent;
        }
        heights << rows;
    }
    document->setPageSize(page);
    return heights;
}

// Every row that a page break would cut is moved to the next page in one edit, not one by one:
// Qt lays the whole table out again after each edit (every cell, twice), which made a long list
// take time in the square of its length. After the first move, which gives where a row begins
// on a page below the repeated header, the rows are placed ahead from their natural heights as
// Qt places them; a row that would not end on its page goes to the next one. The checking loop
// (moveCutRows) then finds nothing left, or only what this could not foresee (a row taller than
// half a page). Returns how many rows it moved.
int moveCutRowsAtOnce(
    QTextDocument *document, QTextTable *table, const RowHeights &heights, double scale)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    // The first cut row, moved as the checking loop moves it.
    int first = -1;
    for (int row = table->format().headerRowCount() + 1; row < table->rows(); ++row) {
        const RowExtent extent = rowExtent(table, row, layout, scale);
        if (extent.bottom < extent.top || heights.value(row) < 0)
            return 0;
        const int page = int(extent.top / pageHeight);
        if (int((extent.bottom - 1) / pageHeight) != page) {
            first = row;
            break;
        }
    }
    if (first < 0 || extentTooTall(table, first, layout, scale, pageHeight))
        return 0;
    {
        const RowExtent extent = rowExtent(table, first, layout, scale);
        const int page = int(extent.top / pageHeight);
        QTextCursor edit(document);
        edit.beginEditBlock();
        padAbove(table, first, ((page + 1) * pageHeight - 4 * scale - extent.rowTop) / scale);
        edit.endEditBlock();
    }
    const double top = rowExtent(table, first, layout, scale).rowTop;
    // Where a row moved to a page begins, below the page's top and the repeated header.
    const double offset = top - std::floor(top / pageHeight) * pageHeight;
    // A row ends on its page when it leaves the table's bottom margin free, and a little more.
    const double slack = 4 * scale;
    QList<std::pair<int, double>> moves;
    double y = top;
    for (int row = first + 1; row < table->rows(); ++row) {
        const double before = heights.value(row - 1);
        const double height = heights.value(row);
        if (height < 0 || height > pageHeight / 2)
            break;
        y += before;
        const double pageEnd = (std::floor(y / pageHeight) + 1) * pageHeight;
        if (y + height <= pageEnd - slack)
            continue;
        moves.append({row, (pageEnd - 4 * scale - y) / scale});
        y = pageEnd + offset;
    }
    QTextCursor edit(document);
    edit.beginEditBlock();
    for (const auto &[row, extra] : std::as_const(moves)) {
        // A row that begins within the last pixels of a page is moved by Qt itself.
        if (extra > 0)
            padAbove(table, row, extra);
    }
    edit.endEditBlock();
    return 1 + int(moves.size());
}

// The page (from 0) of a paragraph's last line.
int lastLinePage(const QTextBlock &block, QAbstractTextDocumentLayout *layout, double pageHeight)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    const double top = lines && lines->lineCount() > 0
        ? rect.top() + lines->lineAt(lines->lineCount() - 1).y()
        : rect.top();
    return int(top / pageHeight);
}

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

void breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = cursor.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

// A list whose first row a page break would cut (its header at the foot of one page, the row
// split below it) cannot be mended by padding the row above: that is the header. The list goes
// to the next page whole, with the paragraph that leads into it when that paragraph ends on the
// page the list began on, and the heading above it (kept with their table). Says whether
// anything moved.
bool moveCutFirstRows(QTextDocument *document, const QList<QTextTable *> &lists, double scale)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    bool moved = false;
    for (QTextTable *table : lists) {
        const int row = table->format().headerRowCount();
        if (row >= table->rows())
            continue;
        const RowExtent extent = rowExtent(table, row, layout, scale);
        const RowExtent header = rowExtent(table, 0, layout, scale);
        if (extent.bottom < extent.top || header.bottom < header.top)
            continue;
        const int page = int(header.top / pageHeight);
        const bool cut = int((extent.bottom - 1) / pageHeight) != page;
        if (!cut || extent.bottom - header.rowTop > pageHeight / 2)
            continue;
        const QTextBlock before = table->firstCursorPosition().block().previous();
        QTextCursor edit(document);
        edit.beginEditBlock();
        if (before.isValid() && !breaksBefore(before)
            && lastLinePage(before, layout, pageHeight) == page && before.layout()
            && before.layout()->lineCount() <= 4) {
            // The heading above the lead-in goes with them.
            const QTextBlock heading = before.previous();
            breakBefore(heading.isValid() && PageBreaks::isHeading(heading)
                        && lastLinePage(heading, layout, pageHeight) == page
                    ? heading
                    : before);
        } else {
            QTextFrameFormat format = table->frameFormat();
            format.setPageBreakPolicy(
                format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
        }
        edit.endEditBlock();
        moved = true;
    }
    return moved;
}

// The closing block of a document or of a letter ("Nơi nhận" beside the signature) is the small
// table after which nothing is printed before the letter ends. It never stands alone on a page
// and is never cut: when it is, the body's last paragraph (and the blank line after it) moves to
// the next page with it, as "keep with next" would; only a paragraph too tall to go with it
// leaves the block to move by itself. Letters begin on a page of their own, so each is arranged
// apart from the others and all of them in one go; says whether anything moved.
bool keepClosingWithBody(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    struct Item
    {
        QTextBlock block;
        QTextTable *table = nullptr;
    };
    QList<Item> items;
    for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                items.append({QTextBlock(), table});
        } else {
            items.append({it.currentBlock(), nullptr});
        }
    }
    const auto printed
        = [](const Item &item) { return item.table || !item.block.text().trimmed().isEmpty(); };
    bool moved = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QTextTable *table = items.at(i).table;
        if (!table || table->format().headerRowCount() > 0)
            continue;
        // Nothing printed after it in its letter.
        qsizetype next = i + 1;
        while (next < items.size() && !printed(items.at(next))
            && !(items.at(next).block.isValid() && breaksBefore(items.at(next).block)))
            ++next;
        if (next < items.size() && !breaksBefore(items.at(next).block))
            continue;
        const QRectF rect = layout->frameBoundingRect(table);
        if (rect.height() > pageHeight / 3)
            continue;
        const int page = int(rect.top() / pageHeight);
        const bool cut = int((rect.bottom() - 1) / pageHeight) != page;
        // The body's last paragraph, when a paragraph (not a table) comes before the block.
        qsizetype before = i - 1;
        while (before >= 0 && !printed(items.at(before)))
            --before;
        const QTextBlock paragraph
            = before >= 0 && !items.at(before).table ? items.at(before).block : QTextBlock();
        const bool alone
            = !paragraph.isValid() || lastLinePage(paragraph, layout, pageHeight) != page;
        if (!cut && (!alone || !paragraph.isValid()))
            continue;
        const double tall = paragraph.isValid() ? layout->blockBoundingRect(paragraph).height() : 0;
        if (paragraph.isValid() && !breaksBefore(paragraph)
            && tall + rect.height() < pageHeight * 0.9) {
            breakBefore(paragraph);
            moved = true;
        } else if (cut
            && !(table->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            QTextFrameFormat format = table->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
            moved = true;
        }
    }
    return moved;
}

// The page (from 0) of a paragraph's first line.
int firstLinePage(const QTextBlock &block, QAbstractTextDocumentLayout *layout, double pageHeight)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    const double top
        = lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).y() : rect.top();
    return int(top / pageHeight);
}

// A heading at the foot of a page with its text on the next one goes to the next page with it,
// as "keep with next" would; says whether anything moved.
bool keepHeadingsWithText(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    bool moved = false;
    for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            continue;
        const QTextBlock heading = it.currentBlock();
        if (!PageBreaks::isHeading(heading) || breaksBefore(heading))
            continue;
        auto after = it;
        ++after;
        if (after.atEnd() || after.currentFrame())
            continue;
        const QTextBlock text = after.currentBlock();
        if (text.text().trimmed().isEmpty() || breaksBefore(text))
            continue;
        if (lastLinePage(heading, layout, pageHeight) != firstLinePage(text, layout, pageHeight)) {
            breakBefore(heading);
            moved = true;
        }
    }
    return moved;
}

} // namespace

void PageBreaks::keepTogether(QTextDocument *document, double scale)
{
    QList<QTextTable *> lists;
    bool tables = false;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        tables = tables || table;
        if (table && table->format().headerRowCount() > 0)
            lists << table;
    }
    if (!tables) {
        // Laid out for the device first: until asked, the layout is the one of the last device.
        document->markContentsDirty(0, document->characterCount());
        for (int round = 0; round < 3 && keepHeadingsWithText(document); ++round)
            document->markContentsDirty(0, document->characterCount());
        return;
    }
    const QList<RowHeights> heights = naturalHeights(document, lists, scale);
    for (qsizetype i = 0; i < lists.size(); ++i)
        moveCutRowsAtOnce(document, lists.at(i), heights.at(i), scale);
    // What is painted is checked: the layout as it is now, and after each round that moved a
    // row a whole new one (Qt lays a changed table out again only in part). A whole new layout
    // (shaping every line again) is not made when nothing was left to move.
    for (int round = 0; round < 3 && moveCutRows(document, lists, scale) > 0; ++round)
        document->markContentsDirty(0, document->characterCount());
    for (int round = 0; round < 2 && moveCutFirstRows(document, lists, scale); ++round)
        document->markContentsDirty(0, document->characterCount());
    for (int round = 0; round < 3 && keepHeadingsWithText(document); ++round)
        document->markContentsDirty(0, document->characterCount());
    for (int round = 0; round < 3 && keepClosingWithBody(document); ++round)
        document->markContentsDirty(0, document->characterCount());
}

bool PageBreaks::isHeading(const QTextBlock &block)
{
    if (!block.isValid() || block.text().trimmed().isEmpty()
        || (block.blockFormat().alignment() & Qt::AlignHCenter))
        return false;
    if (block.layout() && block.layout()->lineCount() > 2)
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && !fragment.text().trimmed().isEmpty()
            && fragment.charFormat().fontWeight() < QFont::DemiBold)
            return false;
    }
    return true;
}
