#include "cli/demodata.h"
#include "reports/pdfrewriter.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "pdftestsupport.h"
#include "teststore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::run;

// What a reader copies out of our PDFs: words with spaces between them, not tabs (Qt maps the
// space glyph to U+0009), read by PyMuPDF, which reads the ToUnicode table as it is (pdftotext
// and mutool put spaces by the glyphs' positions and would not see it), and by poppler; the
// fonts embedded; the title and the author in the document's information.

namespace {

// PyMuPDF from Debian (python3-fitz): the system's Python, which has it.
QString pythonWithFitz()
{
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import fitz")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return python;
    }
    return QString();
}

QString pymupdfText(const QString &python, const QString &pdf)
{
    QProcess process;
    process.start(python,
        {QStringLiteral("-c"),
            QStringLiteral("import sys, fitz\n"
                           "sys.stdout.buffer.write(''.join(p.get_text() for p in "
                           "fitz.open(sys.argv[1])).encode('utf-8'))"),
            pdf});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString infoField(const QString &pdf, const QString &field)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiedTextHasSpacesNotTabs_data();
    void copiedTextHasSpacesNotTabs();
    void infoNamesTitleAndAuthor();
    void fontsAreEmbedded();
    void cmapTabsBecomeSpaces_data();
    void cmapTabsBecomeSpaces();
    void somethingNotAPdfIsRefused();

private:
    QString write(const QString &kind, qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_python;
};

void TestPdfText::initTestCase()
{
    TestSupport::fixClock();
    QVERIFY(m_dir.isValid());
    m_store = TestSupport::open(
        m_dir.filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    m_python = pythonWithFitz();
    QVERIFY2(!m_python.isEmpty(), "PyMuPDF (python3-fitz) is not installed");
}

QString TestPdfText::write(const QString &kind, qint64 id)
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(id));
    const auto built = Reports::build(*m_store, kind, id, &error);
    if (!built || !Reports::write(*built, path, &error)) {
        qWarning().noquote() << error;
        return QString();
    }
    return path;
}

void TestPdfText::copiedTextHasSpacesNotTabs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("notice") << "conference-summary"
                            << "Thông báo để các cấp ủy, tổ chức đảng, cơ quan, đơn vị biết";
    QTest::newRow("programme") << "conference-programme"
                               << "Báo cáo tổng kết 10 năm thực hiện Chỉ thị";
    QTest::newRow("invitations") << "conference-invitations"
                                 << "Trân trọng kính mời";
    QTest::newRow("delegates") << "conference-delegates"
                               << "Họ và tên";
}

void TestPdfText::copiedTextHasSpacesNotTabs()
{
    QFETCH(QString, kind);
    QFETCH(QString, phrase);
    const QString pdf = write(kind, 1);
    QVERIFY(!pdf.isEmpty());
    const QString text = pymupdfText(m_python, pdf);
    QVERIFY2(text.size() > 100, "PyMuPDF read nothing");
    QVERIFY2(!text.contains(QLatin1Char('\t')), qPrintable(text.left(300)));
    QVERIFY2(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), qPrintable(text.left(300)));
    const QString flowing = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY2(flowing.contains(phrase), qPrintable(flowing));
    // Poppler reads the same words.
    const QString poppler = PdfTestSupport::pdfCells(pdf);
    QVERIFY(!poppler.contains(QLatin1Char('\t')));
    QVERIFY(poppler.contains(phrase));
}

void TestPdfText::infoNamesTitleAndAuthor()
{
    QString error;
    const auto built = Reports::build(*m_store, QStringLiteral("conference-summary"), 1, &error);
    QVERIFY2(built, qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("info.pdf"));
    QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));
    QCOMPARE(infoField(pdf, QStringLiteral("Title")), built->title);
    // The issuing body's name, as the directory of issuing bodies holds it.
    QCOMPARE(infoField(pdf, QStringLiteral("Author")),
        QStringLiteral("Ban Thường vụ Tỉnh ủy Thanh Hóa"));
    QCOMPARE(infoField(pdf, QStringLiteral("Creator")), QStringLiteral("Secretariat"));
    // Still a whole PDF: poppler reads every page, mutool its trailer.
    QVERIFY(PdfTestSupport::pageCount(pdf) >= 1);
    QVERIFY(run(QStringLiteral("mutool"), {QStringLiteral("show"), pdf, QStringLiteral("trailer")})
                .contains(QLatin1String("/Info")));
}

void TestPdfText::fontsAreEmbedded()
{
    const QString pdf = write(QStringLiteral("conference-summary"), 1);
    QVERIFY(!pdf.isEmpty());
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(lines.size() >= 2, qPrintable(fonts)); // regular and bold at least
    for (const QString &line : lines) {
        // name, type, encoding, then "emb sub uni" as yes/no.
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7, qPrintable(line));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes")); // a ToUnicode table
    }
}

void TestPdfText::cmapTabsBecomeSpaces_data()
{
    QTest::addColumn<QByteArray>("cmap");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("changed");
    const QByteArray head = "/CIDInit /ProcSet findresource begin\n1 begincodespacerange\n"
                            "<0000> <FFFF>\nendcodespacerange\n";
    // As Qt writes it: the space glyph (3) read as a tab, among others in an array.
    QTest::newRow("array") << head
            + "1 beginbfrange\n<0001> <0004> [<00A0> <002D> <0009> <004E>]\n"
              "endbfrange\n"
                           << head
            + "1 beginbfrange\n<0001> <0004> [<00A0> <002D> <0020> <004E>]\n"
              "endbfrange\n"
                           << true;
    QTest::newRow("char") << head + "2 beginbfchar\n<0009> <0041>\n<0003> <0009>\nendbfchar\n"
                          << head + "2 beginbfchar\n<0009> <0041>\n<0003> <0020>\nendbfchar\n"
                          << true;
    QTest::newRow("one-glyph range") << head + "1 beginbfrange\n<0005> <0005> <0009>\nendbfrange\n"
                                     << head + "1 beginbfrange\n<0005> <0005> <0020>\nendbfrange\n"
                                     << true;
    // Glyph 9 is a glyph like another: only what a glyph reads as changes.
    QTest::newRow("glyph nine") << head
            + "1 beginbfrange\n<0009> <000A> [<0041> <0042>]\nendbfrange\n"
                                << head
            + "1 beginbfrange\n<0009> <000A> [<0041> <0042>]\nendbfrange\n"
                                << false;
}

void TestPdfText::cmapTabsBecomeSpaces()
{
    QFETCH(QByteArray, cmap);
    QFETCH(QByteArray, expected);
    QFETCH(bool, changed);
    bool was = !changed;
    QCOMPARE(PdfRewriter::spacesAsSpaces(cmap, &was), expected);
    QCOMPARE(was, changed);
}

void TestPdfText::somethingNotAPdfIsRefused()
{
    QString error;
    QVERIFY(!PdfRewriter::finish(
        QByteArrayLiteral("%PDF-1.4\nnot really\n%%EOF\n"), QStringLiteral("TỈNH ỦY"), &error));
    QVERIFY(error.contains(QLatin1String("PDF")));
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
