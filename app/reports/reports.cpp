#include "reports.h"

#include "conferencereport.h"
#include "documentrenderer.h"
#include "templateengine.h"
#include "core/appresources.h"
#include "storage/documentregister.h"
#include "text/vietnamesetext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <limits>

namespace {
const char conferenceSummary[] = "conference-summary";
const char conferenceProgramme[] = "conference-programme";
const char conferenceInvitations[] = "conference-invitations";
const char conferenceDelegates[] = "conference-delegates";

using DataFunction = std::optional<QVariantMap> (*)(const QSqlDatabase &, qint64, QString *);
struct Kind
{
    const char *name;
    DataFunction data;
};
// In the order the office prepares them, after the notice that came first.
const Kind kindTable[] = {
    {conferenceSummary, &ConferenceReport::summary},
    {conferenceProgramme, &ConferenceReport::programme},
    {conferenceInvitations, &ConferenceReport::invitations},
    {conferenceDelegates, &ConferenceReport::delegates},
};

// "Số 12-TB/TU"; before a number is issued, a space to write it in by hand.
QString numberLine(const std::optional<DocumentRegister::Entry> &entry, const QString &typeCode,
                   const QString &issuerCode)
{
    if (entry)
        return QStringLiteral("Số ") + entry->code;
    return QStringLiteral("Số %1-%2/%3").arg(QString(6, QChar(0x00A0)), typeCode, issuerCode);
}

QString placeDate(const QString &place, const std::optional<DocumentRegister::Entry> &entry)
{
    const QString date = entry ? VietnameseText::documentDate(entry->issuedOn)
                               : QStringLiteral("ngày%1tháng%1năm %2")
                                         .arg(QString(6, QChar(0x00A0)))
                                         .arg(QDate::currentDate().year());
    return place.isEmpty() ? date : place + QStringLiteral(", ") + date;
}

// Where the page's content starts and ends, to print several letters with one frame each.
std::pair<qsizetype, qsizetype> bodyRange(const QString &html)
{
    static const QRegularExpression open(QStringLiteral("<body\\b[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = open.match(html);
    const qsizetype start = match.hasMatch() ? match.capturedEnd() : 0;
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    return {start, end >= start ? end : html.size()};
}

std::unique_ptr<QTextDocument> textDocument(const Reports::Built &built, double dpi)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font(built.font);
    font.setPointSizeF(built.profile.bodySize);
    document->setDefaultFont(font);
    QString error;
    document->setHtml(Reports::html(built, dpi, &error).value_or(built.html));
    document->setMetaInformation(QTextDocument::DocumentTitle, built.title);
    return document;
}

struct RowExtent
{
    double rowTop = std::numeric_limits<double>::max(); // where the row's cells begin
    double top = std::numeric_limits<double>::max();    // its first line of text
    double bottom = std::numeric_limits<double>::lowest();
};

RowExtent rowExtent(QTextTable *table, int row, QAbstractTextDocumentLayout *layout,
                    double scale)
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
            edit.endEditBlock();
            ++moves;
            tried = row--;
        }
    }
    return moves;
}

// A small table that a page break would cut (the signature block: its authority on one page,
// the signer's name on the next) moves whole to the next page, and the body's last paragraph
// with it when that is short, so that no page holds a signature alone. Moves the first such
// table only, since moving it moves everything after it; says whether it moved one.
bool moveCutBlock(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double pageHeight = document->pageSize().height();
    QTextBlock paragraph; // the last one with text since the table before
    for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!it.currentFrame()) {
            if (!it.currentBlock().text().trimmed().isEmpty())
                paragraph = it.currentBlock();
            continue;
        }
        const QRectF rect = layout->frameBoundingRect(it.currentFrame());
        const int page = int(rect.top() / pageHeight);
        if (!table || table->format().headerRowCount() > 0
            || int((rect.bottom() - 1) / pageHeight) == page || rect.height() > pageHeight / 3) {
            paragraph = QTextBlock();
            continue;
        }
        const QRectF before = paragraph.isValid() ? layout->blockBoundingRect(paragraph) : QRectF();
        if (paragraph.isValid() && before.height() < pageHeight / 6
            && int(before.top() / pageHeight) == page
            && before.top() - page * pageHeight > pageHeight / 20) {
            QTextCursor cursor(paragraph);
            QTextBlockFormat format = cursor.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy()
                                      | QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        } else {
            QTextFrameFormat format = table->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
        }
        return true;
    }
    return false;
}

// What a page break must not cut, arranged on a PDF writer of the device's resolution, which
// measures text as a printer does. (This belongs to the page layout; it lives here because the
// print preview, which calls DocumentRenderer::layout itself, must break pages the same way.)
void keepTogether(QTextDocument *document, const FormatProfile &profile, double dpi)
{
    QList<QTextTable *> lists;
    bool tables = false;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        tables = tables || table;
        if (table && table->format().headerRowCount() > 0)
            lists << table;
    }
    if (!tables)
        return;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter standIn(&sink);
    standIn.setResolution(qRound(dpi));
    QPageLayout page = profile.pageLayout();
    page.setMargins(QMarginsF());
    standIn.setPageLayout(page);
    DocumentRenderer::layout(document, profile, &standIn);
    // Qt lays a changed table out again only in part: a whole new layout checks the result.
    for (int round = 0; round < 3 && moveCutRows(document, lists, dpi / 96.0) > 0; ++round)
        document->markContentsDirty(0, document->characterCount());
    for (int moved = 0; moved < 1000 && moveCutBlock(document); ++moved)
        document->markContentsDirty(0, document->characterCount());
    document->documentLayout()->setPaintDevice(nullptr);
}

} // namespace

QStringList Reports::kinds()
{
    QStringList names;
    for (const Kind &kind : kindTable)
        names << QLatin1String(kind.name);
    return names;
}

QString Reports::kindTitle(const QString &kind)
{
    if (kind == QLatin1String(conferenceSummary))
        return tr("Notice of the conference's conclusions");
    if (kind == QLatin1String(conferenceProgramme))
        return tr("Conference programme");
    if (kind == QLatin1String(conferenceInvitations))
        //: One invitation letter per invited person or unit, all in one file.
        return tr("Invitations (one page per invitee)");
    if (kind == QLatin1String(conferenceDelegates))
        return tr("Delegate list and sign-in sheet");
    return kind;
}

QString Reports::templatesFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("templates"));
}

bool Reports::readTemplate(const QString &name, const QString &databasePath, QString *source,
                           QString *fileName, QString *error)
{
    AppResources::ensureLoaded();
    const QString own = QDir(templatesFolder(databasePath)).filePath(name + QStringLiteral(".html"));
    const QString path = !databasePath.isEmpty() && QFileInfo::exists(own)
            ? own
            : QStringLiteral(":/reports/%1.html").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The template “%1” cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *source = QString::fromUtf8(file.readAll());
    *fileName = path.startsWith(QLatin1Char(':')) ? name + QStringLiteral(".html")
                                                   : QDir::toNativeSeparators(path);
    return true;
}

std::optional<Reports::Built> Reports::build(const QSqlDatabase &db, const QString &databasePath,
                                             const QString &kind, qint64 id, QString *error)
{
    const Kind *spec = nullptr;
    for (const Kind &candidate : kindTable) {
        if (kind == QLatin1String(candidate.name))
            spec = &candidate;
    }
    if (!spec) {
        *error = tr("Unknown report “%1”.").arg(kind);
        return std::nullopt;
    }
    Built built;
    built.profile = FormatProfile::load(db);
    const FormatProfile &profile = built.profile;
    const auto font = DocumentRenderer::resolveFont(profile.fontFamily, error);
    if (!font)
        return std::nullopt;

    auto data = spec->data(db, id, error);
    if (!data)
        return std::nullopt;
    if (!readTemplate(kind, databasePath, &built.bodyTemplate, &built.bodyFile, error)
        || !readTemplate(QStringLiteral("party-document"), databasePath, &built.frameTemplate,
                         &built.frameFile, error))
        return std::nullopt;

    const auto entry = DocumentRegister::forConference(db, id, kind);
    const QString typeCode = data->value(QStringLiteral("type_code")).toString();
    QVariantMap &frame = built.data;
    frame = *data;
    built.font = *font;
    frame.insert(QStringLiteral("font"), *font);
    frame.insert(QStringLiteral("superior_body"), profile.superiorBody);
    frame.insert(QStringLiteral("issuing_body"), profile.issuingBody);
    frame.insert(QStringLiteral("number_line"), numberLine(entry, typeCode, profile.issuerCode));
    frame.insert(QStringLiteral("place_date"), placeDate(profile.placeName, entry));
    // What the frame prints unless the kind says otherwise.
    const std::pair<const char *, bool> parts[] = {{"numbered", true}, {"has_recipients", true},
                                                   {"has_signature", true},
                                                   {"recipients_as_above", false}};
    for (const auto &[key, shown] : parts) {
        if (!frame.contains(QLatin1String(key)))
            frame.insert(QLatin1String(key), shown);
    }
    // A letter goes to its addressee ("Như trên") and to the archive, the profile's last line.
    QStringList recipients = profile.recipients;
    if (frame.value(QStringLiteral("recipients_as_above")).toBool() && !recipients.isEmpty())
        recipients = QStringList{recipients.last()};
    frame.insert(QStringLiteral("recipients"), recipients);
    frame.insert(QStringLiteral("signer_authority"), profile.signerAuthority);
    frame.insert(QStringLiteral("signer_title"), profile.signerTitle);
    frame.insert(QStringLiteral("signer_name"), profile.signerName);
    const std::pair<const char *, double> sizes[] = {
        {"party_size", profile.partySize},        {"header_size", profile.headerSize},
        {"number_size", profile.numberSize},      {"type_size", profile.typeSize},
        {"excerpt_size", profile.excerptSize},    {"body_size", profile.bodySize},
        {"recipients_heading_size", profile.recipientsHeadingSize},
        {"recipients_size", profile.recipientsSize}, {"signature_size", profile.signatureSize}};
    for (const auto &[key, size] : sizes)
        frame.insert(QLatin1String(key), QString::number(size));
    built.title = (data->value(QStringLiteral("doc_type")).toString() + QLatin1Char(' ')
                   + data->value(QStringLiteral("excerpt")).toString())
                          .trimmed();
    built.letters = !frame.value(QStringLiteral("letters")).toList().isEmpty();

    // Rendering once here reports a broken template before anything is written.
    const auto screen = html(built, 96, error);
    if (!screen)
        return std::nullopt;
    built.html = *screen;
    return built;
}

std::optional<QString> Reports::html(const Built &built, double dpi, QString *error)
{
    // Lengths for the templates: first-line indent 1 cm, 6 pt between paragraphs, rules of
    // 0.75 pt. QTextDocument scales margins and borders from 96 dpi pixels to the device itself,
    // but takes text-indent in the device's own pixels.
    QVariantMap data = built.data;
    const auto pixels = [](double points, double resolution) {
        return QString::number(qRound(points / 72.0 * resolution));
    };
    data.insert(QStringLiteral("indent"), pixels(28.35, dpi));
    data.insert(QStringLiteral("gap"), pixels(6, 96));
    data.insert(QStringLiteral("rule"), pixels(0.75, 96));
    const auto page = [&built, error](QVariantMap fields) -> std::optional<QString> {
        const auto body = TemplateEngine::render(built.bodyTemplate, built.bodyFile, fields, error);
        if (!body)
            return std::nullopt;
        fields.insert(QStringLiteral("body"), *body);
        return TemplateEngine::render(built.frameTemplate, built.frameFile, fields, error);
    };
    const QVariantList letters = data.value(QStringLiteral("letters")).toList();
    if (letters.isEmpty())
        return page(data);

    // One frame per letter, their contents one after the other in one page of HTML; each letter
    // after the first begins a new page (in QTextDocument and in a browser's print alike).
    QString html;
    QString tail;
    bool first = true;
    for (const QVariant &letter : letters) {
        QVariantMap fields = data;
        const QVariantMap own = letter.toMap();
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            fields.insert(it.key(), it.value());
        const auto text = page(fields);
        if (!text)
            return std::nullopt;
        const auto [start, end] = bodyRange(*text);
        if (first) {
            html = text->left(end);
            tail = text->mid(end);
            first = false;
        } else {
            html += QStringLiteral("<div style=\"page-break-before: always;\">")
                    + text->mid(start, end - start) + QStringLiteral("</div>\n");
        }
    }
    return html + tail;
}

std::unique_ptr<QTextDocument> Reports::document(const Built &built, double dpi)
{
    auto document = textDocument(built, dpi);
    if (built.letters) {
        // Each letter after the first begins with the page break put between them.
        QList<int> starts;
        for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
            if (!it.currentFrame()
                && it.currentBlock().blockFormat().pageBreakPolicy()
                        & QTextFormat::PageBreak_AlwaysBefore)
                starts << it.currentBlock().position();
        }
        DocumentRenderer::setLetterStarts(document.get(), starts);
    }
    keepTogether(document.get(), built.profile, dpi);
    return document;
}

bool Reports::isSupportedOutput(const QString &outputPath)
{
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt")
            || suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

bool Reports::write(const Built &built, const QString &outputPath, QString *error)
{
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DocumentRenderer::writeHtml(built.html, outputPath, error);
    if (suffix == QLatin1String("odt"))
        // An office suite paginates by itself: the text flows as written.
        return DocumentRenderer::writeOdt(textDocument(built, 96).get(), outputPath, error);
    if (suffix == QLatin1String("pdf"))
        return DocumentRenderer::writePdf(document(built, DocumentRenderer::pdfResolution).get(),
                                          built.profile, outputPath, error);
    *error = tr("“%1”: the output must end in .pdf, .odt or .html.").arg(outputPath);
    return false;
}
