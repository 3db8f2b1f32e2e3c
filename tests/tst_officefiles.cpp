#include "cli/demodata.h"
#include "reports/formatprofile.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "pdftestsupport.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using PdfTestSupport::pageCount;
using PdfTestSupport::pdfCells;
using PdfTestSupport::pdfText;
using PdfTestSupport::run;

// Every document of every demo conference, written as .odt and .docx, opened in LibreOffice
// (headless, converted to PDF) and read back as a person checking the pages would: the header,
// the signer, "Nơi nhận", every delegate, the fonts, the page and its margins, the page numbers.
// Our own PDF of the same document is the measure: what it prints, LibreOffice must print too.

namespace {

constexpr double pointsPerMm = 72.0 / 25.4;

struct Word
{
    QRectF box;
    QString text;
};

struct Page
{
    QSizeF size;
    QList<Word> words;
};

// The words of each page with their boxes (pdftotext -bbox), in points from the top left.
QList<Page> pdfWords(const QString &pdf)
{
    const QString xml
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression item(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">|<word xMin=\"([\\d.]+)\" "
                       "yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Page> pages;
    auto it = item.globalMatch(xml);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            pages.append({QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()), {}});
        } else if (!pages.isEmpty()) {
            const QString text = m.captured(7)
                                     .replace(QLatin1String("&amp;"), QLatin1String("&"))
                                     .replace(QLatin1String("&lt;"), QLatin1String("<"))
                                     .replace(QLatin1String("&gt;"), QLatin1String(">"))
                                     .replace(QLatin1String("&quot;"), QLatin1String("\""));
            pages.last().words.append(
                {QRectF(QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()),
                     QPointF(m.captured(5).toDouble(), m.captured(6).toDouble())),
                    text});
        }
    }
    return pages;
}

// What each page prints in its top margin: its number, or nothing.
QStringList pageNumbers(const QList<Page> &pages, double topMargin)
{
    QStringList numbers;
    for (const Page &page : pages) {
        QStringList above;
        for (const Word &word : page.words) {
            if (word.box.bottom() < topMargin - 0.5)
                above << word.text;
        }
        numbers << above.join(QLatin1Char(' '));
    }
    return numbers;
}

// The characters of the body (below the top margin), sorted: what the pages print, wherever
// the lines break.
QString bodyCharacters(const QList<Page> &pages, double topMargin)
{
    QString all;
    for (const Page &page : pages) {
        for (const Word &word : page.words) {
            if (word.box.bottom() >= topMargin - 0.5)
                all += word.text;
        }
    }
    all.remove(QRegularExpression(QStringLiteral("\\s")));
    std::sort(all.begin(), all.end());
    return all;
}

struct Extent
{
    double left = 1e9, top = 1e9, right = -1e9;
};

// Where the first page's body text reaches (the page number excluded).
Extent firstPageExtent(const QList<Page> &pages, double topMargin)
{
    Extent extent;
    if (pages.isEmpty())
        return extent;
    for (const Word &word : pages.first().words) {
        if (word.box.bottom() < topMargin - 0.5)
            continue;
        extent.left = std::min(extent.left, word.box.left());
        extent.top = std::min(extent.top, word.box.top());
        extent.right = std::max(extent.right, word.box.right());
    }
    return extent;
}

} // namespace

class TestOfficeFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDocumentOpensInLibreOffice();
    void nothingOurPdfPrintsIsLost_data();
    void nothingOurPdfPrintsIsLost();
    void headerSignerAndRecipientsArePrinted_data();
    void headerSignerAndRecipientsArePrinted();
    void everyDelegateHasARow_data();
    void everyDelegateHasARow();
    void fontsAreTimesOrLiberationSerif_data();
    void fontsAreTimesOrLiberationSerif();
    void pageAndMarginsAreTheProfiles_data();
    void pageAndMarginsAreTheProfiles();
    void pagesAreNumberedFromTwo_data();
    void pagesAreNumberedFromTwo();
    void longListRepeatsItsHeaderRow_data();
    void longListRepeatsItsHeaderRow();
    void noPageEndsWithAHeading_data();
    void noPageEndsWithAHeading();
    void filesAreWhatTheySay();

private:
    struct Document
    {
        QString name; // conference-summary-1
        QString kind;
        Reports::Built built;
        QString ownPdf;
        QMap<QString, QString> converted; // "odt" / "docx" → LibreOffice's PDF
        QMap<QString, QString> written; // "odt" / "docx" → our file
    };
    void writeDocument(const QString &kind, qint64 id, const QString &name, QStringList *files);
    void addRows();
    const Document &document(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FormatProfile m_profile;
    QList<Document> m_documents;
};

void TestOfficeFiles::writeDocument(
    const QString &kind, qint64 id, const QString &name, QStringList *files)
{
    QString error;
    const auto built = Reports::build(*m_store, kind, id, &error);
    QVERIFY2(built, qPrintable(QStringLiteral("%1 of %2: %3").arg(kind).arg(id).arg(error)));
    Document document {name, kind, *built, {}, {}, {}};
    document.ownPdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    QVERIFY2(Reports::write(*built, document.ownPdf, &error), qPrintable(error));
    for (const QString suffix : {QStringLiteral("odt"), QStringLiteral("docx")}) {
        // Each its own name: LibreOffice names the PDF after the file.
        const QString base = name + QLatin1Char('-') + suffix;
        const QString path = m_dir.filePath(base + QLatin1Char('.') + suffix);
        QVERIFY2(Reports::write(*built, path, &error), qPrintable(error));
        *files << path;
        document.written.insert(suffix, path);
        document.converted.insert(
            suffix, m_dir.filePath(QStringLiteral("converted/") + base + QStringLiteral(".pdf")));
    }
    m_documents << document;
}

void TestOfficeFiles::initTestCase()
{
    TestSupport::fixClock();
    QVERIFY(m_dir.isValid());
    m_store = TestSupport::open(
        m_dir.filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    m_profile = FormatProfile::load(*m_store);

    QList<qint64> ids;
    QSqlQuery conferences(m_store->connection());
    QVERIFY(conferences.exec(QStringLiteral("SELECT id FROM conference ORDER BY id")));
    while (conferences.next())
        ids << conferences.value(0).toLongLong();
    QVERIFY(ids.size() >= 4);
    QStringList files;
    for (const qint64 id : std::as_const(ids)) {
        for (const QString &kind : Reports::kinds(QStringLiteral("conference"))) {
            writeDocument(kind, id, QStringLiteral("%1-%2").arg(kind).arg(id), &files);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // And a list of three pages: 40 more delegates for the second conference.
    for (int i = 1; i <= 40; ++i) {
        QSqlQuery person(m_store->connection());
        person.prepare(QStringLiteral("INSERT INTO person (full_name, title) VALUES (?, ?)"));
        person.addBindValue(QStringLiteral("Nguyễn Văn Thử %1").arg(i));
        person.addBindValue(QStringLiteral("Bí thư Huyện ủy"));
        QVERIFY(person.exec());
        QSqlQuery delegate(m_store->connection());
        delegate.prepare(QStringLiteral(
            "INSERT INTO conference_participant (conference_id, person_id, role, title_held, "
            "attendance, position) VALUES (?, ?, 'delegate', 'Bí thư Huyện ủy', 'present', ?)"));
        delegate.addBindValue(ids.at(1));
        delegate.addBindValue(person.lastInsertId());
        delegate.addBindValue(1000 + i);
        QVERIFY(delegate.exec());
    }
    writeDocument(QStringLiteral("conference-delegates"), ids.at(1),
        QStringLiteral("conference-delegates-long"), &files);
    if (QTest::currentTestFailed())
        return;

    // One LibreOffice for every file, with a profile of its own (another may be running).
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(QStringLiteral("soffice"),
        QStringList {QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString(),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
            m_dir.filePath(QStringLiteral("converted"))}
            + files);
    QVERIFY2(soffice.waitForStarted(), "soffice (libreoffice-writer-nogui) is not installed");
    QVERIFY2(soffice.waitForFinished(180000), "LibreOffice did not finish converting");
    QVERIFY2(soffice.exitCode() == 0, soffice.readAll().constData());
}

void TestOfficeFiles::addRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const Document &document : std::as_const(m_documents)) {
        for (const QString format : {QStringLiteral("odt"), QStringLiteral("docx")})
            QTest::newRow(qPrintable(document.name + QLatin1Char('.') + format))
                << document.name << format;
    }
}

const TestOfficeFiles::Document &TestOfficeFiles::document(const QString &name) const
{
    for (const Document &document : m_documents) {
        if (document.name == name)
            return document;
    }
    static const Document none;
    return none;
}

void TestOfficeFiles::everyDocumentOpensInLibreOffice()
{
    for (const Document &document : std::as_const(m_documents)) {
        for (const QString &pdf : document.converted) {
            QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
            QVERIFY2(pageCount(pdf) >= 1, qPrintable(pdf));
        }
    }
}

void TestOfficeFiles::nothingOurPdfPrintsIsLost_data()
{
    addRows();
}

// Every character our PDF prints below the top margin, LibreOffice prints too, and nothing more:
// no header cell, signature or table row lost, none twice.
void TestOfficeFiles::nothingOurPdfPrintsIsLost()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    const double top = m_profile.marginsMm.top() * pointsPerMm;
    const QString ours = bodyCharacters(pdfWords(doc.ownPdf), top);
    const QString theirs = bodyCharacters(pdfWords(doc.converted.value(format)), top);
    QVERIFY(ours.size() > 200);
    if (ours != theirs) {
        qWarning().noquote() << "ours:  " << pdfCells(doc.ownPdf);
        qWarning().noquote() << "theirs:" << pdfCells(doc.converted.value(format));
    }
    QCOMPARE(theirs.size(), ours.size());
    QCOMPARE(theirs, ours);
}

void TestOfficeFiles::headerSignerAndRecipientsArePrinted_data()
{
    addRows();
}

// As the header lays them out: "ĐẢNG CỘNG SẢN VIỆT NAM" on one line beside the superior body,
// the issuing body, the number line, the type; the signature block with its signer's name.
void TestOfficeFiles::headerSignerAndRecipientsArePrinted()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    const QVariantMap &data = doc.built.data;
    const QString pdf = doc.converted.value(format);
    const QString layout = pdfText(pdf, 1, 1);
    const QString firstLine = PdfTestSupport::firstLine(layout).simplified();
    // A long superior body (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG) goes on on the next line.
    const QString superior = firstLine.left(firstLine.lastIndexOf(QStringLiteral("ĐẢNG CỘNG SẢN")));
    QVERIFY2(!superior.trimmed().isEmpty()
            && data.value(QStringLiteral("superior_body"))
                   .toString()
                   .startsWith(superior.trimmed()),
        qPrintable(firstLine));
    QVERIFY2(firstLine.endsWith(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), qPrintable(firstLine));
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(data.value(QStringLiteral("issuing_body")).toString()));
    QVERIFY(text.contains(data.value(QStringLiteral("doc_type")).toString()));
    if (data.value(QStringLiteral("numbered")).toBool()) {
        const QString number = data.value(QStringLiteral("number_line")).toString().simplified();
        QVERIFY2(text.contains(number.left(number.indexOf(QLatin1Char(' ')))), qPrintable(number));
        QVERIFY(text.contains(data.value(QStringLiteral("type_code")).toString()));
    }
    if (data.value(QStringLiteral("has_signature")).toBool()) {
        const QString signer = data.value(QStringLiteral("signer_name")).toString();
        QVERIFY(!signer.isEmpty());
        QVERIFY2(text.contains(signer), qPrintable(signer));
        QVERIFY(text.contains(data.value(QStringLiteral("signer_authority")).toString()));
        if (data.value(QStringLiteral("has_recipients")).toBool())
            QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    }
}

void TestOfficeFiles::everyDelegateHasARow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const Document &document : std::as_const(m_documents)) {
        if (document.kind != QLatin1String("conference-delegates"))
            continue;
        for (const QString format : {QStringLiteral("odt"), QStringLiteral("docx")})
            QTest::newRow(qPrintable(document.name + QLatin1Char('.') + format))
                << document.name << format;
    }
}

// The list's grid survives: the header row, then each delegate's number and name side by side
// on a line of their own, in the list's order.
void TestOfficeFiles::everyDelegateHasARow()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    const QVariantList rows = doc.built.data.value(QStringLiteral("rows")).toList();
    QVERIFY(!rows.isEmpty());
    const QString text = pdfText(doc.converted.value(format));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto lineOf = [&lines](const QRegularExpression &pattern, qsizetype from) {
        for (qsizetype i = from; i < lines.size(); ++i) {
            if (pattern.match(lines.at(i).simplified()).hasMatch())
                return i;
        }
        return qsizetype(-1);
    };
    qsizetype at = lineOf(QRegularExpression(QStringLiteral("^STT Họ và tên Chức vụ Ký tên$")), 0);
    QVERIFY2(at >= 0, qPrintable(text));
    for (const QVariant &row : rows) {
        const QVariantMap fields = row.toMap();
        // The number, and the name's first words beside it: a line above or below when the
        // name wraps in its column and the number is centred in the row.
        const QString number = fields.value(QStringLiteral("number")).toString();
        const QString start
            = fields.value(QStringLiteral("name")).toString().section(QLatin1Char(' '), 0, 1);
        const qsizetype found = lineOf(
            QRegularExpression(QStringLiteral("^%1( |$)").arg(QRegularExpression::escape(number))),
            at + 1);
        QVERIFY2(found > at,
            qPrintable(QStringLiteral("row %1 missing or out of order in:\n%2").arg(number, text)));
        bool named = false;
        for (qsizetype i = found - 1; i <= found + 1 && i < lines.size(); ++i)
            named = named || lines.at(i).simplified().contains(start);
        QVERIFY2(named,
            qPrintable(QStringLiteral("“%1” not beside row %2 in:\n%3").arg(start, number, text)));
        at = found;
    }
}

void TestOfficeFiles::fontsAreTimesOrLiberationSerif_data()
{
    addRows();
}

void TestOfficeFiles::fontsAreTimesOrLiberationSerif()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const QString fonts = run(QStringLiteral("pdffonts"), {document(name).converted.value(format)});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QLatin1String("LiberationSerif"))
                || line.contains(QLatin1String("Times")),
            qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Sans")) && !line.contains(QLatin1String("DejaVu")),
            qPrintable(line));
    }
}

void TestOfficeFiles::pageAndMarginsAreTheProfiles_data()
{
    addRows();
}

// A4 from the profile, and the text where our PDF has it: the left and right margins (justified
// lines and full-width tables reach both), the top.
void TestOfficeFiles::pageAndMarginsAreTheProfiles()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    const double top = m_profile.marginsMm.top() * pointsPerMm;
    const QList<Page> ours = pdfWords(doc.ownPdf);
    const QList<Page> theirs = pdfWords(doc.converted.value(format));
    QVERIFY(!ours.isEmpty() && !theirs.isEmpty());
    const QSizeF paper = m_profile.pageLayout().fullRect(QPageLayout::Point).size();
    for (const Page &page : theirs) {
        QVERIFY2(qAbs(page.size.width() - paper.width()) < 1, qPrintable(name));
        QVERIFY2(qAbs(page.size.height() - paper.height()) < 1, qPrintable(name));
    }
    const Extent own = firstPageExtent(ours, top);
    const Extent their = firstPageExtent(theirs, top);
    QVERIFY2(qAbs(their.left - own.left) < 2,
        qPrintable(QStringLiteral("left %1, ours %2").arg(their.left).arg(own.left)));
    // Ragged lines in a table's cells may break a word apart from ours.
    QVERIFY2(qAbs(their.right - own.right) < 4,
        qPrintable(QStringLiteral("right %1, ours %2").arg(their.right).arg(own.right)));
    QVERIFY2(qAbs(their.top - own.top) < 2,
        qPrintable(QStringLiteral("top %1, ours %2").arg(their.top).arg(own.top)));
    // The header's left cell begins at the left margin, the body's lines end at the right one.
    QVERIFY(their.left >= m_profile.marginsMm.left() * pointsPerMm - 1);
    QVERIFY(their.right <= paper.width() - m_profile.marginsMm.right() * pointsPerMm + 1);
    QVERIFY(qAbs(their.top - top) < 4);
}

void TestOfficeFiles::pagesAreNumberedFromTwo_data()
{
    addRows();
}

// No number on a document's first page (each letter's), "2" centred at the top of the second:
// the same pages as our PDF, with the same numbers.
void TestOfficeFiles::pagesAreNumberedFromTwo()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    const double top = m_profile.marginsMm.top() * pointsPerMm;
    const QList<Page> theirs = pdfWords(doc.converted.value(format));
    const QStringList numbers = pageNumbers(theirs, top);
    QCOMPARE(numbers, pageNumbers(pdfWords(doc.ownPdf), top));
    QVERIFY(numbers.value(0).isEmpty());
    const double centre = (m_profile.marginsMm.left() * pointsPerMm + theirs.first().size.width()
                              - m_profile.marginsMm.right() * pointsPerMm)
        / 2;
    for (int i = 0; i < theirs.size(); ++i) {
        for (const Word &word : theirs.at(i).words) {
            if (word.box.bottom() < top - 0.5)
                QVERIFY2(qAbs(word.box.center().x() - centre) < 3, qPrintable(name));
        }
    }
    // Not true of nothing: a notice runs onto a numbered second page.
    if (name == QLatin1String("conference-summary-1")) {
        QVERIFY(numbers.size() >= 2);
        QCOMPARE(numbers.at(1), QStringLiteral("2"));
    }
}

void TestOfficeFiles::longListRepeatsItsHeaderRow_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("odt") << "odt";
    QTest::newRow("docx") << "docx";
}

// Each page of a long delegate list begins with the list's header row, under its number; no
// row is cut by a page.
void TestOfficeFiles::longListRepeatsItsHeaderRow()
{
    QFETCH(QString, format);
    const Document &doc = document(QStringLiteral("conference-delegates-long"));
    const QString pdf = doc.converted.value(format);
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page);
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.simplified();
        }
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.at(0), QString::number(page));
        QCOMPARE(lines.at(1), QStringLiteral("STT Họ và tên Chức vụ Ký tên"));
        // The next line is a row's, whole: its number and the name beside it.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ Nguyễn Văn Thử \\d+ Bí thư Huyện ủy$"))
                     .match(lines.at(2))
                     .hasMatch(),
            qPrintable(lines.at(2)));
    }
}

void TestOfficeFiles::noPageEndsWithAHeading_data()
{
    // The notices: the documents with headings.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const Document &document : std::as_const(m_documents)) {
        if (document.kind != QLatin1String("conference-summary"))
            continue;
        for (const QString &format : {QStringLiteral("odt"), QStringLiteral("docx")})
            QTest::newRow(qPrintable(document.name + QLatin1Char('.') + format))
                << document.name << format;
    }
}

// A section heading ("4. Kiến nghị, đề xuất") is kept with its first paragraph in the office
// suite too: no page LibreOffice makes of a notice ends with one.
void TestOfficeFiles::noPageEndsWithAHeading()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const Document &doc = document(name);
    QStringList headings;
    for (const QVariant &section : doc.built.data.value(QStringLiteral("sections")).toList()) {
        const QVariantMap map = section.toMap();
        headings << QStringLiteral("%1. %2").arg(map.value(QStringLiteral("number")).toString(),
            map.value(QStringLiteral("heading")).toString());
    }
    QVERIFY(!headings.isEmpty());
    const QString pdf = doc.converted.value(format);
    const int pages = pageCount(pdf);
    for (int page = 1; page < pages; ++page) {
        QString last;
        for (const QString &line : pdfText(pdf, page, page).split(QLatin1Char('\n'))) {
            if (!line.simplified().isEmpty())
                last = line.simplified();
        }
        QVERIFY2(!headings.contains(last),
            qPrintable(
                QStringLiteral("page %1 of %2 ends with “%3”").arg(page).arg(pages).arg(last)));
    }
}

// The containers as their readers expect them: ODF's "mimetype" first and stored, a manifest,
// styles with the page layout; Word's content types, its document and headers.
void TestOfficeFiles::filesAreWhatTheySay()
{
    const Document &doc = document(QStringLiteral("conference-summary-1"));
    QFile odt(doc.written.value(QStringLiteral("odt")));
    QVERIFY(odt.open(QIODevice::ReadOnly));
    const QByteArray head = odt.read(100);
    QVERIFY(head.startsWith("PK\x03\x04"));
    QCOMPARE(head.mid(8, 2), QByteArray("\0\0", 2)); // stored, not deflated
    QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

    const QString list = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), odt.fileName()});
    for (const char *part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
        QVERIFY2(list.contains(QLatin1String(part)), part);
    const QString styles = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), odt.fileName(), QStringLiteral("styles.xml")});
    QVERIFY(styles.contains(QLatin1String("fo:page-width=\"210mm\"")));
    QVERIFY(styles.contains(QLatin1String("fo:margin-left=\"30mm\"")));
    QVERIFY(styles.contains(QLatin1String("style:font-name=\"Times New Roman\"")));
    QVERIFY(styles.contains(QLatin1String("text:page-number")));
    const QString content = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), odt.fileName(), QStringLiteral("content.xml")});
    QVERIFY(!content.contains(QLatin1String("Sans")));
    QVERIFY(!styles.contains(QLatin1String("Sans")));

    const QString docx = doc.written.value(QStringLiteral("docx"));
    const QString parts = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), docx});
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
             "word/styles.xml", "word/settings.xml", "word/header1.xml", "docProps/core.xml"})
        QVERIFY2(parts.contains(QLatin1String(part)), part);
    const QString body = run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    QVERIFY(body.contains(QLatin1String("<w:titlePg/>")));
    QVERIFY(body.contains(QLatin1String("w:w=\"11906\" w:h=\"16838\""))); // A4 in twips
    QVERIFY(body.contains(QLatin1String("w:left=\"1701\""))); // 30 mm
    QVERIFY(body.contains(QLatin1String("<w:gridCol")));
    const QString header = run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/header1.xml")});
    QVERIFY(header.contains(QLatin1String(" PAGE ")));
    const QString wordStyles = run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/styles.xml")});
    QVERIFY(wordStyles.contains(QLatin1String("w:ascii=\"Times New Roman\"")));

    // The delegate list's header row repeats on each page.
    const Document &delegates = document(QStringLiteral("conference-delegates-1"));
    const QString listBody = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), delegates.written.value(QStringLiteral("docx")),
            QStringLiteral("word/document.xml")});
    QVERIFY(listBody.contains(QLatin1String("<w:tblHeader/>")));
    const QString listContent = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), delegates.written.value(QStringLiteral("odt")),
            QStringLiteral("content.xml")});
    QVERIFY(listContent.contains(QLatin1String("<table:table-header-rows>")));
}

QTEST_MAIN(TestOfficeFiles)
#include "tst_officefiles.moc"
