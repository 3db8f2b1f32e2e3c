#include "reports.h"

#include "commendationreport.h"
#include "certificates.h"
#include "conferencereport.h"
#include "inspectionreport.h"
#include "inspectionstatistics.h"
#include "partybadgereport.h"
#include "statisticsreport.h"
#include "documentrenderer.h"
#include "templateengine.h"
#include "core/appresources.h"
#include "core/clock.h"
#include "core/labels.h"
#include "io/safefile.h"
#include "storage/documentregister.h"
#include "storage/issuingbodies.h"
#include "storage/postgresdialect.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace {
const char conferenceSummary[] = "conference-summary";
const char conferenceProgramme[] = "conference-programme";
const char conferenceInvitations[] = "conference-invitations";
const char conferenceDelegates[] = "conference-delegates";
const char inspectionDecision[] = "inspection-decision";
const char inspectionPlan[] = "inspection-plan";
const char inspectionSchedule[] = "inspection-schedule";
const char inspectionConclusion[] = "inspection-conclusion";
const char inspectionFollowUp[] = "inspection-followup";
const char remedyReminder[] = "remedy-reminder";
const char inspectionStatistics[] = "inspection-statistics";
const char commendationProposal[] = "commendation-proposal";
const char commendationDecision[] = "commendation-decision";
const char commendationRegister[] = "commendation-register";
const char commendationStatistics[] = "commendation-statistics";
const char commendationCertificates[] = "commendation-certificates";
const char commendationFormTest[] = "commendation-form-test";
const char partyBadgeList[] = "party-badge-list";
const char statisticsTable[] = "statistics-table";

using DataFunction
    = std::optional<QVariantMap> (*)(const Store &, qint64, const ReportContext &, QString *);
using SheetFunction
    = bool (*)(const Store &, qint64, const ReportContext &, Reports::Built *, QString *);
struct Kind
{
    const char *name;
    const char *subject; // the table of the records it prints
    DataFunction data;
    // Or, for a kind that places its text on sheets of its own (Reports::Built::sheets):
    SheetFunction sheets = nullptr;
};
// In the order the office prepares them, after the notice that came first.
const Kind kindTable[] = {
    {conferenceSummary, "conference", &ConferenceReport::summary},
    {conferenceProgramme, "conference", &ConferenceReport::programme},
    {conferenceInvitations, "conference", &ConferenceReport::invitations},
    {conferenceDelegates, "conference", &ConferenceReport::delegates},
    // An inspection's, in the order of its steps; the notice and the reminder are of a target.
    {inspectionDecision, "inspection_team", &InspectionReport::decision},
    {inspectionPlan, "inspection_team", &InspectionReport::plan},
    {inspectionSchedule, "inspection_team", &InspectionReport::schedule},
    {inspectionConclusion, "inspection_target", &InspectionReport::conclusion},
    {inspectionFollowUp, "inspection_team", &InspectionReport::followUp},
    {remedyReminder, "inspection_target", &InspectionReport::reminder},
    // Of a body (0: all) over a period.
    {inspectionStatistics, "issuing_body", &InspectionStatistics::report},
    // A commendation's, from the proposal to the decision.
    {commendationProposal, "commendation", &CommendationReport::proposal},
    {commendationDecision, "commendation", &CommendationReport::decision},
    // The awards of a body (0: all) over a period.
    {commendationRegister, "issuing_body", &CommendationReport::awards},
    {commendationStatistics, "issuing_body", &CommendationReport::statistics},
    // A commendation's certificates, on the form's stock; the page that aligns a printer with it.
    {commendationCertificates, "commendation", nullptr, &Certificates::certificates},
    {commendationFormTest, "commendation_form", nullptr, &Certificates::testPage},
    // A round of Party membership badges: list 4-HHĐ with its 4A and 4B sections.
    {partyBadgeList, "commendation", &PartyBadgeReport::list},
    // A statistics cross table with its chart (the id: the reporting body, 0 the default).
    {statisticsTable, "issuing_body", &StatisticsReport::report},
};

const Kind *kindNamed(const QString &name)
{
    for (const Kind &kind : kindTable) {
        if (name == QLatin1String(kind.name))
            return &kind;
    }
    return nullptr;
}

// "Số 12-TB/TU"; before a number is issued, a space to write it in by hand.
QString numberLine(const std::optional<DocumentRegister::Entry> &entry, const QString &typeCode,
    const QString &issuerCode)
{
    if (entry)
        return QStringLiteral("Số ") + entry->code;
    return QStringLiteral("Số %1-%2/%3").arg(QString(6, QChar(0x00A0)), typeCode, issuerCode);
}

QString placeDate(
    const QString &place, const std::optional<DocumentRegister::Entry> &entry, int year)
{
    const QString date = entry
        ? VietnameseText::documentDate(entry->issuedOn)
        : QStringLiteral("ngày%1tháng%1năm %2").arg(QString(6, QChar(0x00A0))).arg(year);
    return place.isEmpty() ? date : place + QStringLiteral(", ") + date;
}

// The CSS font list: the profile's font first, then the one of the same metrics this machine
// has, then the generic serif (a browser on an office PC has Times New Roman).
QString fontFamilies(const QString &profileFont, const QString &resolved)
{
    QStringList families {profileFont};
    if (resolved.compare(profileFont, Qt::CaseInsensitive) != 0)
        families << resolved;
    if (profileFont.compare(QLatin1String("Times New Roman"), Qt::CaseInsensitive) == 0
        && !families.contains(QLatin1String("Liberation Serif")))
        families << QStringLiteral("Liberation Serif");
    QString css;
    // Inserted as it is into the style sheet: a name keeps no character that could end it.
    static const QRegularExpression unsafe(QStringLiteral("['\"<>;{}\\\\]"));
    for (QString family : std::as_const(families))
        css += QLatin1Char('\'') + family.remove(unsafe) + QStringLiteral("', ");
    return css + QStringLiteral("serif");
}

// Where the page's content starts and ends, to print several letters with one frame each.
std::pair<qsizetype, qsizetype> bodyRange(const QString &html)
{
    static const QRegularExpression open(
        QStringLiteral("<body\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
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

} // namespace

QStringList Reports::kinds(const QString &subjectTable)
{
    QStringList names;
    for (const Kind &kind : kindTable) {
        if (subjectTable.isEmpty() || subjectTable == QLatin1String(kind.subject))
            names << QLatin1String(kind.name);
    }
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
    if (kind == QLatin1String(inspectionDecision))
        return tr("Decision setting up the inspection team");
    if (kind == QLatin1String(inspectionPlan))
        return tr("Inspection plan");
    if (kind == QLatin1String(inspectionSchedule))
        return tr("Working schedule of the team");
    if (kind == QLatin1String(inspectionConclusion))
        //: One notice per inspected target.
        return tr("Notice of the inspection's conclusions");
    if (kind == QLatin1String(inspectionFollowUp))
        return tr("Report on the follow-up of remedies");
    if (kind == QLatin1String(remedyReminder))
        //: A letter (công văn) urging a target to carry out overdue recommendations.
        return tr("Reminder of overdue recommendations");
    if (kind == QLatin1String(partyBadgeList))
        //: Danh sách đề nghị tặng Huy hiệu Đảng (mẫu 4-HHĐ).
        return tr("List of members proposed for the Party membership badge (4-HHĐ)");
    if (kind == QLatin1String(inspectionStatistics))
        return tr("Inspection statistics");
    if (kind == QLatin1String(commendationProposal))
        //: Tờ trình đề nghị khen thưởng.
        return tr("Proposal for commendation");
    if (kind == QLatin1String(commendationDecision))
        //: Quyết định khen thưởng, with its list of recipients.
        return tr("Commendation decision and its list");
    if (kind == QLatin1String(commendationRegister))
        return tr("Register of commendations");
    if (kind == QLatin1String(commendationStatistics))
        return tr("Commendation statistics");
    if (kind == QLatin1String(commendationCertificates))
        //: Printed on the pre-printed certificate stock, one sheet per accepted recipient.
        return tr("Certificates (one sheet per accepted recipient)");
    if (kind == QLatin1String(statisticsTable))
        //: Báo cáo số liệu: the statistics cross table with its chart.
        return tr("Statistics report");
    if (kind == QLatin1String(commendationFormTest))
        //: A page with a millimetre grid and the fields' boxes, to align a printer with the stock.
        return tr("Test page for aligning the printer");
    return kind;
}

QString Reports::subjectTable(const QString &kind)
{
    const Kind *found = kindNamed(kind);
    return found ? QLatin1String(found->subject) : QString();
}

QString Reports::templatesFolder(const QString &databasePath)
{
    if (PostgresDialect::isAddress(databasePath)) {
        // A server's database has no folder beside it: this PC keeps one per server database.
        const QUrl address(databasePath);
        const QString name
            = QStringLiteral("%1-%2-%3")
                  .arg(address.host(), QString::number(address.port(5432)), address.path().mid(1));
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("servers/%1/templates").arg(name));
    }
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("templates"));
}

bool Reports::readTemplate(const QString &name, const QString &databasePath, QString *source,
    QString *fileName, QString *error)
{
    AppResources::ensureLoaded();
    const QString own
        = QDir(templatesFolder(databasePath)).filePath(name + QStringLiteral(".html"));
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

QString Reports::secrecy(const Store &store, const QString &kind, qint64 id)
{
    const QString table = subjectTable(kind);
    QString sql;
    if (table == QLatin1String("conference"))
        sql = QStringLiteral("SELECT secrecy FROM conference WHERE id = ?");
    else if (table == QLatin1String("inspection_team"))
        sql = QStringLiteral("SELECT secrecy FROM inspection_team WHERE id = ?");
    else if (table == QLatin1String("inspection_target"))
        sql = QStringLiteral("SELECT t.secrecy FROM inspection_target g "
                             "JOIN inspection_team t ON t.id = g.team_id WHERE g.id = ?");
    const QString code = sql.isEmpty() ? QString() : store.value(sql, {id}).toString();
    return code.isEmpty() ? QStringLiteral("none") : code;
}

QString Reports::secrecyMark(const QString &secrecy)
{
    if (secrecy.isEmpty() || secrecy == QLatin1String("none"))
        return QString();
    return Labels::documentTerm(Labels::Enum::Secrecy, secrecy);
}

bool Reports::logOutput(Store &store, const QString &action, const QString &kind, qint64 id,
    const QString &label, const QString &secrecy, int copies, const QString &file, QString *error)
{
    const QVariantMap details {{QStringLiteral("kind"), kind},
        {QStringLiteral("copies"), qMax(1, copies)}, {QStringLiteral("file"), file},
        {QStringLiteral("secrecy"), secrecy}};
    return store.logOutput(action, subjectTable(kind), id, label, details, error);
}

std::optional<Reports::Built> Reports::build(const Store &store, const QString &kind, qint64 id,
    QString *error, Draft draft, const QVariantMap &parameters)
{
    const Kind *spec = kindNamed(kind);
    const QString databasePath = store.path();
    if (!spec) {
        *error = tr("Unknown report “%1”.").arg(kind);
        return std::nullopt;
    }
    Built built;
    built.profile = FormatProfile::load(store);
    const FormatProfile &profile = built.profile;
    const auto font = DocumentRenderer::resolveFont(profile.fontFamily, error);
    if (!font)
        return std::nullopt;

    built.draft = draft == Draft::Yes;
    if (spec->sheets) {
        built.font = *font;
        if (!spec->sheets(store, id, {built.draft, profile, parameters}, &built, error))
            return std::nullopt;
        return built;
    }
    auto data = spec->data(store, id, {built.draft, profile, parameters}, error);
    if (!data)
        return std::nullopt;
    if (!readTemplate(kind, databasePath, &built.bodyTemplate, &built.bodyFile, error)
        || !readTemplate(QStringLiteral("party-document"), databasePath, &built.frameTemplate,
            &built.frameFile, error))
        return std::nullopt;

    // A draft has no number or date yet, whatever the register holds.
    const auto entry = built.draft
        ? std::nullopt
        : DocumentRegister::forSubject(store, {QLatin1String(spec->subject), id}, kind);
    const QString typeCode = data->value(QStringLiteral("type_code")).toString();
    QVariantMap &frame = built.data;
    frame = *data;
    built.font = *font;
    frame.insert(QStringLiteral("font"), *font);
    frame.insert(QStringLiteral("font_families"), fontFamilies(profile.fontFamily, *font));
    // The page for a browser's print (@page): size and margins in millimetres.
    frame.insert(QStringLiteral("page_size"),
        profile.pageSize + (profile.landscape ? QStringLiteral(" landscape") : QString()));
    const std::pair<const char *, double> margins[] = {{"margin_top", profile.marginsMm.top()},
        {"margin_right", profile.marginsMm.right()}, {"margin_bottom", profile.marginsMm.bottom()},
        {"margin_left", profile.marginsMm.left()}};
    for (const auto &[key, mm] : margins)
        frame.insert(QLatin1String(key), QString::number(mm));
    // The issuing body's header, place, code and signer for this kind: the format profile has
    // none of these, so a document no body issues cannot be made.
    // A kind may name the body that issues it (a proposal: the proposing body's own).
    const qint64 ownBody = frame.value(QStringLiteral("issuing_body_id")).toLongLong();
    const auto body = ownBody > 0
        ? IssuingBodies::find(store, ownBody)
        : IssuingBodies::forSubject(store, QLatin1String(spec->subject), id);
    if (!body) {
        *error = tr("No issuing body issues this document, so it has no header or signer. Add "
                    "one in Directories → Issuing bodies and tick “Issues the documents of records "
                    "that name no body” (or choose the issuing body on the record).");
        return std::nullopt;
    }
    const auto signer = body->signerFor(kind);
    if (!signer && frame.value(QStringLiteral("has_signature"), true).toBool()) {
        *error = tr("%1 has no signer for “%2”. Add one in the directory of issuing bodies.")
                     .arg(body->name, kindTitle(kind));
        return std::nullopt;
    }
    const QString authority = signer ? signer->authority : QString();
    if (frame.value(QStringLiteral("has_signature"), true).toBool()
        && !profile.checkAuthority(authority, error))
        return std::nullopt;
    built.issuingBodyId = body->id;
    built.issuingBodyName = body->name;
    built.issuerCode = body->issuerCode;
    built.signerName = signer ? signer->name : QString();
    frame.insert(QStringLiteral("superior_body"), profile.headerText(body->superiorLine));
    // A short superior line ("BAN CHẤP HÀNH TRUNG ƯƠNG") is never broken; a long one wraps in
    // its column.
    frame.insert(QStringLiteral("superior_one_line"), body->superiorLine.trimmed().size() <= 24);
    // A unit that issues nothing of its own is named under the body's header (its proposal).
    const QString issuingLine = frame.value(QStringLiteral("issuing_line")).toString();
    frame.insert(QStringLiteral("issuing_body"),
        profile.headerText(issuingLine.isEmpty() ? body->issuingLine : issuingLine));
    frame.insert(QStringLiteral("draft"), built.draft);
    frame.insert(QStringLiteral("end_mark"), profile.endMark);
    frame.insert(QStringLiteral("signer_title_weight"),
        profile.signerTitleBold ? QStringLiteral("bold") : QStringLiteral("normal"));
    frame.insert(QStringLiteral("number_line"), numberLine(entry, typeCode, built.issuerCode));
    // The document cited by what goes with it ("Kèm theo Quyết định số 01-QĐ/TU ngày 5/11/2023"),
    // with room to write the number and date in by hand before it is issued.
    const QString blank(6, QChar(0x00A0));
    frame.insert(QStringLiteral("number_ref"),
        entry ? QStringLiteral("số %1 ngày %2")
                    .arg(entry->code, VietnameseText::citationDate(entry->issuedOn))
              : QStringLiteral("số %1-%2/%3 ngày%1/%1/%4")
                    .arg(blank, typeCode, built.issuerCode)
                    .arg(store.clock()->today().year()));
    // A replacement names the document it replaces, under the excerpt.
    const auto replaced = entry && entry->replacesId
        ? DocumentRegister::find(store, entry->replacesId)
        : std::nullopt;
    frame.insert(QStringLiteral("replaces_line"),
        replaced ? QStringLiteral("(Thay thế văn bản số %1 ngày %2)")
                       .arg(replaced->code, VietnameseText::citationDate(replaced->issuedOn))
                 : QString());
    frame.insert(QStringLiteral("place_date"),
        placeDate(body->placeName, entry, store.clock()->today().year()));
    // What the frame prints unless the kind says otherwise.
    const std::pair<const char *, bool> parts[] = {{"numbered", true}, {"has_recipients", true},
        {"has_signature", true}, {"recipients_as_above", false}, {"excerpt_left", false}};
    for (const auto &[key, shown] : parts) {
        if (!frame.contains(QLatin1String(key)))
            frame.insert(QLatin1String(key), shown);
    }
    // A letter goes to its addressee ("Như trên") and to the archive, the list's last line.
    QStringList recipients = signer ? signer->recipients : QStringList();
    if (frame.value(QStringLiteral("recipients_as_above")).toBool() && !recipients.isEmpty())
        recipients = QStringList {recipients.last()};
    frame.insert(QStringLiteral("recipients"), recipients);
    frame.insert(QStringLiteral("signer_authority"), authority);
    frame.insert(QStringLiteral("signer_title"), signer ? signer->title : QString());
    frame.insert(QStringLiteral("signer_name"), built.signerName);
    const std::pair<const char *, double> sizes[] = {{"party_size", profile.partySize},
        {"header_size", profile.headerSize}, {"number_size", profile.numberSize},
        {"type_size", profile.typeSize}, {"excerpt_size", profile.excerptSize},
        {"body_size", profile.bodySize}, {"recipients_heading_size", profile.recipientsHeadingSize},
        {"recipients_size", profile.recipientsSize}, {"signature_size", profile.signatureSize}};
    for (const auto &[key, size] : sizes)
        frame.insert(QLatin1String(key), QString::number(size));
    built.title = (data->value(QStringLiteral("doc_type")).toString() + QLatin1Char(' ')
        + data->value(QStringLiteral("excerpt")).toString())
                      .trimmed();
    built.letters = !frame.value(QStringLiteral("letters")).toList().isEmpty();
    // The kinds of secret records say their secrecy (a conference's, an inspection's).
    const QString secrecy = frame.value(QStringLiteral("secrecy")).toString();
    if (!secrecy.isEmpty() && secrecy != QLatin1String("none")) {
        built.secrecy = secrecy;
        built.secrecyMark = secrecyMark(secrecy);
    }

    // Rendering once here reports a broken template before anything is written.
    const auto screen = html(built, 96, error);
    if (!screen)
        return std::nullopt;
    built.html = *screen;
    return built;
}

std::optional<QString> Reports::html(const Built &built, double dpi, QString *error)
{
    // Lengths for the templates: the profile's first-line indent, 6 pt between paragraphs, rules of
    // 0.75 pt. QTextDocument scales margins and borders from 96 dpi pixels to the device itself,
    // but takes text-indent in the device's own pixels.
    QVariantMap data = built.data;
    const auto pixels = [](double points, double resolution) {
        return QString::number(qRound(points / 72.0 * resolution));
    };
    const FormatProfile &profile = built.profile;
    data.insert(QStringLiteral("indent"), pixels(profile.firstLineIndentMm / 25.4 * 72, dpi));
    // Exact line spacing where the profile sets one (QTextDocument: a fixed line height, in the
    // device's pixels; a browser reads the CSS length).
    data.insert(QStringLiteral("line"),
        profile.lineSpacingPt > 0
            ? QStringLiteral("line-height: %1px; -qt-line-height-type: fixed;")
                  .arg(pixels(profile.lineSpacingPt, dpi))
            : QString());
    data.insert(QStringLiteral("gap"), pixels(6, 96));
    data.insert(QStringLiteral("rule"), pixels(0.75, 96));
    const auto page = [&built, error](QVariantMap fields) -> std::optional<QString> {
        const auto body = TemplateEngine::render(built.bodyTemplate, built.bodyFile, fields, error);
        if (!body)
            return std::nullopt;
        // A list attached (the team of a decision) follows the signature.
        static const QString mark = QStringLiteral("<!-- appendix -->");
        const qsizetype at = body->indexOf(mark);
        fields.insert(QStringLiteral("body"), at < 0 ? *body : body->left(at));
        fields.insert(
            QStringLiteral("appendix"), at < 0 ? QString() : body->mid(at + mark.size()).trimmed());
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
    DocumentRenderer::setSecrecyMark(document.get(), built.secrecyMark);
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
    return document;
}

bool Reports::isSupportedOutput(const QString &outputPath)
{
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt")
        || suffix == QLatin1String("docx") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm");
}

namespace {

// What a complete file of each kind has: the start and the end it cannot lack.
bool looksComplete(const QString &suffix, const QByteArray &bytes)
{
    if (suffix == QLatin1String("pdf"))
        return bytes.startsWith("%PDF-") && bytes.right(32).contains("%%EOF");
    if (suffix == QLatin1String("odt"))
        // A zip archive that begins with its "mimetype" and ends with its central directory.
        return bytes.startsWith("PK\x03\x04")
            && bytes.left(100).contains("application/vnd.oasis.opendocument.text")
            && bytes.right(64).contains("PK\x05\x06");
    if (suffix == QLatin1String("docx"))
        // A zip archive that begins with its "[Content_Types].xml" and holds the document.
        return bytes.startsWith("PK\x03\x04") && bytes.left(100).contains("[Content_Types].xml")
            && bytes.contains("word/document.xml") && bytes.right(64).contains("PK\x05\x06");
    return bytes.contains("</html>");
}

// Who the files name as their author: the body that issues the document.
OfficeDocument::Info fileInfo(const Reports::Built &built)
{
    OfficeDocument::Info info;
    info.title = built.title;
    info.author = built.issuingBodyName.trimmed();
    if (info.author.isEmpty())
        info.author = built.data.value(QStringLiteral("issuing_body")).toString().trimmed();
    info.created = Clock::application()->now();
    info.secrecyMark = built.secrecyMark;
    return info;
}

} // namespace

std::optional<QByteArray> Reports::pdf(const Built &built, QString *error)
{
    if (!built.sheets.isEmpty())
        return Sheets::pdf(built.sheets, built.font, built.title, fileInfo(built).author, error);
    return DocumentRenderer::pdf(document(built, DocumentRenderer::pdfResolution).get(),
        built.profile, error, fileInfo(built).author);
}

bool Reports::write(const Built &built, const QString &outputPath, QString *error)
{
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    std::optional<QByteArray> bytes;
    if (!built.sheets.isEmpty() && suffix != QLatin1String("pdf")) {
        *error = tr("“%1” places its text on the sheet it is printed on: print it, or export it "
                    "as .pdf.")
                     .arg(built.title);
        return false;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = built.html.toUtf8();
    else if (suffix == QLatin1String("odt"))
        // An office suite paginates by itself: the text flows as written.
        bytes = DocumentRenderer::odt(
            textDocument(built, 96).get(), built.profile, fileInfo(built), error);
    else if (suffix == QLatin1String("docx"))
        bytes = DocumentRenderer::docx(
            textDocument(built, 96).get(), built.profile, fileInfo(built), error);
    else if (suffix == QLatin1String("pdf"))
        bytes = pdf(built, error);
    else {
        *error = tr("“%1”: the output must end in .pdf, .docx, .odt or .html.").arg(outputPath);
        return false;
    }
    if (!bytes)
        return false;
    if (!looksComplete(suffix == QLatin1String("htm") ? QStringLiteral("html") : suffix, *bytes)) {
        *error = tr("The document could not be made whole; “%1” was not written.")
                     .arg(QDir::toNativeSeparators(outputPath));
        return false;
    }
    return SafeFile::write(outputPath, *bytes, error);
}
