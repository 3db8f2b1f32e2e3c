#include "cli/demodata.h"
#include "reports/documentrenderer.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "teststore.h"
#include "testserver.h"
#include "storage/documentregister.h"
#include "storage/issuingbodies.h"
#include "pdftestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::firstLine;
using PdfTestSupport::pdfText;
using PdfTestSupport::run;

namespace {

const QString summary = QStringLiteral("conference-summary");

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noticeHasThePartyLayoutInOrder();
    void pagesAreA4AndNumberedFromPageTwo();
    void fontsAreEmbeddedAndVietnameseExtractable();
    void draftHasRoomForTheNumber();
    void secrecyMarkUnderTheNumber();
    void odtAndHtmlOutputs();
    void officeTemplateWins();
    void brokenTemplateNamesFileAndLineAndWritesNothing();
    void errorsLeaveNoFile_data();
    void errorsLeaveNoFile();
    void fontIsChosenExplicitly();
    void longDocumentPaginatesWithoutRepeating();
    void profileChangesThePage();
    void noIssuingBodyRefusesToPrint();

private:
    qint64 conferenceId(const QString &kind) const;
    QString write(const QString &name, qint64 id, QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestReports::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestReports::conferenceId(const QString &kind) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT id FROM conference WHERE kind = ? ORDER BY id LIMIT 1"));
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString TestReports::write(const QString &name, qint64 id, QString *error)
{
    QString sentence;
    const QString path = m_dir->filePath(name);
    const auto built = Reports::build(*m_store, summary, id, &sentence);
    if (!built || !Reports::write(*built, path, &sentence)) {
        if (error)
            *error = sentence;
        return QString();
    }
    return path;
}

void TestReports::noticeHasThePartyLayoutInOrder()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QString error;
    // The notice tells of the Bằng khen presented once it is decided.
    QVERIFY2(
        Issuing::issue(*m_store, QStringLiteral("commendation-decision"),
            m_store
                ->value(QStringLiteral("SELECT id FROM commendation WHERE conference_id = ?"), {id})
                .toLongLong(),
            QDate(2024, 5, 27), 0, &error),
        qPrintable(error));
    DocumentRegister::Request request {QStringLiteral("TB"), QStringLiteral("TU"),
        QDate(2024, 5, 29), summary, QString(), QString(), {QStringLiteral("conference"), id}};
    QVERIFY2(DocumentRegister::issue(*m_store, request, &error), qPrintable(error));
    const QString pdf = write(QStringLiteral("notice.pdf"), id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    // Lines wrap where the layout decides: compare with all white space made single spaces.
    const QString text = pdfText(pdf).simplified();
    const QStringList expected {QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA"),
        QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("TỈNH ỦY"), QStringLiteral("*"),
        QStringLiteral("Số 01-TB/TU"), QStringLiteral("Thanh Hóa, ngày 29 tháng 5 năm 2024"),
        QStringLiteral("THÔNG BÁO"),
        QStringLiteral("Kết luận Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW"),
        QStringLiteral("Ngày 27/5/2024, tại Thanh Hóa"), QStringLiteral("Đỗ Trọng Hưng"),
        QStringLiteral("Bài học kinh nghiệm"), QStringLiteral("tặng Bằng khen cho 2 tập thể"),
        QStringLiteral("Nơi nhận:"), QStringLiteral("T/M BAN THƯỜNG VỤ"), QStringLiteral("BÍ THƯ"),
        QStringLiteral("- Lưu Văn phòng Tỉnh ủy.")};
    int at = -1;
    for (const QString &piece : expected) {
        const int found = text.indexOf(piece, at + 1);
        QVERIFY2(found > at,
            qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(piece, text)));
        at = found;
    }
    // Party style only, and the signer's name last.
    QVERIFY(!text.contains(QLatin1String("TM.")));
    QVERIFY(!text.contains(QLatin1String("Số:")));
    QVERIFY(text.endsWith(QStringLiteral("Đỗ Trọng Hưng")));
}

void TestReports::pagesAreA4AndNumberedFromPageTwo()
{
    const QString pdf
        = write(QStringLiteral("pages.pdf"), conferenceId(QStringLiteral("final_review")));
    QVERIFY(!pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))),
        qPrintable(info));
    const int pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 2, qPrintable(info));
    // No number on page 1: it starts with the header.
    QVERIFY(firstLine(pdfText(pdf, 1, 1)).startsWith(QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA")));
    for (int page = 2; page <= pages; ++page)
        QCOMPARE(firstLine(pdfText(pdf, page, page)), QString::number(page));
}

void TestReports::fontsAreEmbeddedAndVietnameseExtractable()
{
    const QString pdf
        = write(QStringLiteral("fonts.pdf"), conferenceId(QStringLiteral("final_review")));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type(2 words) encoding emb sub uni object id
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
            qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Serif")) || line.contains(QLatin1String("Times")),
            qPrintable(line));
    }
    const QString text = pdfText(pdf).simplified();
    for (const char *word : {"Ủy viên Trung ương Đảng", "Trịnh Tuấn Sinh", "ĐẢNG CỘNG SẢN VIỆT NAM",
             "bảo vệ bí mật nhà nước"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), word);
}

void TestReports::draftHasRoomForTheNumber()
{
    const QString pdf
        = write(QStringLiteral("draft.pdf"), conferenceId(QStringLiteral("final_review")));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Số\\s+-TB/TU"))), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("Thanh Hóa, ngày\\s+tháng\\s+năm %1").arg(QDate::currentDate().year()))));
}

void TestReports::secrecyMarkUnderTheNumber()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE conference SET secrecy = 'confidential', "
                                      "urgency = 'urgent' WHERE id = %1")
                           .arg(id)));
    const QString text = pdfText(write(QStringLiteral("secret.pdf"), id));
    const int number = text.indexOf(QStringLiteral("-TB/TU"));
    const int mark = text.indexOf(QStringLiteral("MẬT"));
    const int urgent = text.indexOf(QStringLiteral("KHẨN"));
    const int type = text.indexOf(QStringLiteral("THÔNG BÁO"));
    QVERIFY2(number >= 0 && number < mark && mark < urgent && urgent < type, qPrintable(text));
}

void TestReports::odtAndHtmlOutputs()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    const QString odt = write(QStringLiteral("notice.odt"), id);
    QFile odtFile(odt);
    QVERIFY(odtFile.open(QIODevice::ReadOnly));
    const QByteArray head = odtFile.read(200);
    QVERIFY(head.startsWith("PK"));
    QVERIFY(head.contains("application/vnd.oasis.opendocument.text"));

    const QString html = write(QStringLiteral("notice.html"), id);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    QVERIFY(!text.contains(QLatin1String("{{")));
}

void TestReports::officeTemplateWins()
{
    const QString folder = Reports::templatesFolder(m_store->path());
    QVERIFY(QDir().mkpath(folder));
    QFile own(QDir(folder).filePath(QStringLiteral("conference-summary.html")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("<p>Mẫu riêng của Văn phòng: {{title}} — &lt;{{venue}}&gt;</p>\n");
    own.close();
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE conference SET venue = 'Hội trường <A> & B'")));
    const QString html
        = write(QStringLiteral("own.html"), conferenceId(QStringLiteral("final_review")));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Mẫu riêng của Văn phòng: Hội nghị tổng kết")));
    QVERIFY(text.contains(QStringLiteral("Hội trường &lt;A&gt; &amp; B")));
    QVERIFY(!text.contains(QStringLiteral("Bài học kinh nghiệm")));
}

void TestReports::brokenTemplateNamesFileAndLineAndWritesNothing()
{
    const QString folder = Reports::templatesFolder(m_store->path());
    QVERIFY(QDir().mkpath(folder));
    QFile own(QDir(folder).filePath(QStringLiteral("conference-summary.html")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("<p>{{title}}</p>\n<p>{{#sections}}{{heading}}</p>\n<p>{{tieu_de}}</p>\n");
    own.close();
    QString error;
    QVERIFY(
        write(QStringLiteral("broken.pdf"), conferenceId(QStringLiteral("final_review")), &error)
            .isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(own.fileName())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("broken.pdf"))));
}

void TestReports::errorsLeaveNoFile_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown id") << qint64(999) << "out.pdf"
                                << "There is no conference number 999";
    QTest::newRow("unwritable") << qint64(1) << "missing-folder/out.pdf"
                                << "cannot be written";
    QTest::newRow("unknown format") << qint64(1) << "out.doc"
                                    << ".pdf, .docx, .odt or .html";
}

void TestReports::errorsLeaveNoFile()
{
    QFETCH(qint64, id);
    QFETCH(QString, output);
    QFETCH(QString, sentence);
    QString error;
    QVERIFY(write(output, id, &error).isEmpty());
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(output)));
    // Nothing but the store's file and its journal (none on a server).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), TestSupport::onServer() ? 0 : 3);
}

void TestReports::fontIsChosenExplicitly()
{
    QString error;
    const auto times = DocumentRenderer::resolveFont(QStringLiteral("Times New Roman"), &error);
    QVERIFY2(times, qPrintable(error));
    QVERIFY(
        *times == QLatin1String("Times New Roman") || *times == QLatin1String("Liberation Serif"));
    QVERIFY(!DocumentRenderer::resolveFont(QStringLiteral("Không Có Phông Này"), &error));
    QVERIFY2(error.contains(QStringLiteral("Không Có Phông Này")), qPrintable(error));
}

void TestReports::longDocumentPaginatesWithoutRepeating()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QStringList paragraphs;
    for (int i = 1; i <= 150; ++i)
        paragraphs << QStringLiteral("Đoạn %1: các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển "
                                     "khai thực hiện nghiêm túc Chỉ thị số 39-CT/TW, nâng cao chất "
                                     "lượng công tác bảo vệ chính trị nội bộ.")
                          .arg(i);
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE conference SET tasks_ahead = ? WHERE id = ?"));
    query.addBindValue(paragraphs.join(QLatin1Char('\n')));
    query.addBindValue(id);
    QVERIFY(query.exec());
    const QString pdf = write(QStringLiteral("long.pdf"), id);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 10, qPrintable(info));
    const QString text = pdfText(pdf);
    for (int i = 1; i <= 150; ++i)
        QCOMPARE(text.count(QStringLiteral("Đoạn %1:").arg(i)), 1);
    for (int page = 2; page <= pages; ++page)
        QCOMPARE(firstLine(pdfText(pdf, page, page)), QString::number(page));
}

void TestReports::profileChangesThePage()
{
    // The page is the profile's; the authority, title, name and recipients are those of the
    // issuing body's signer for the notice.
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    const auto body = IssuingBodies::forConference(*m_store, id);
    QVERIFY(body);
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral(
        "UPDATE issuing_body_signer SET authority = 'K/T BÍ THƯ', title = 'PHÓ BÍ THƯ', "
        "signer_name = 'Trịnh Tuấn Sinh', recipients = ? "
        "WHERE issuing_body_id = ? AND report_kind = 'conference-summary'"));
    query.addBindValue(QStringLiteral("Các đồng chí Tỉnh ủy viên,\nLưu Văn phòng Tỉnh ủy."));
    query.addBindValue(body->id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
    FormatProfile profile = FormatProfile::load(*m_store);
    profile.marginsMm = QMarginsF(35, 25, 15, 25);
    QString error;
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    const QString pdf = write(QStringLiteral("signed.pdf"), id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("K/T BÍ THƯ")));
    QVERIFY(text.contains(QStringLiteral("PHÓ BÍ THƯ")));
    QVERIFY(text.contains(QStringLiteral("- Các đồng chí Tỉnh ủy viên,")));
    QCOMPARE(text.trimmed().split(QLatin1Char('\n')).last().trimmed(),
        QStringLiteral("Trịnh Tuấn Sinh"));
    // The profile's margins are the page's (the @page of the HTML as well).
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    QCOMPARE(built->data.value(QStringLiteral("margin_left")).toString(), QStringLiteral("35"));
    QCOMPARE(built->data.value(QStringLiteral("margin_top")).toString(), QStringLiteral("25"));
}

// With no issuing body the document has no header or signer to print: it is refused with a
// sentence that says where to add one, and no file is written.
void TestReports::noIssuingBodyRefusesToPrint()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    // The demo's inspections and commendations name their bodies, which keeps them: the bodies
    // are taken away behind the store's back.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(TestSupport::foreignKeys(false)));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM issuing_body")));
    QVERIFY(query.exec(TestSupport::foreignKeys(true)));
    QVERIFY(!IssuingBodies::forConference(*m_store, id));
    QString error;
    QVERIFY(write(QStringLiteral("unsigned.pdf"), id, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("No issuing body issues this document"))
            && error.contains(QStringLiteral("Directories → Issuing bodies"))
            && error.contains(QStringLiteral("Issues the documents of records that name no body")),
        qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("unsigned.pdf"))));
    // A draft has no number, but still a header and a signer: refused the same way.
    error.clear();
    QVERIFY(!Reports::build(*m_store, summary, id, &error, Reports::Draft::Yes));
    QVERIFY2(error.contains(QStringLiteral("Directories → Issuing bodies")), qPrintable(error));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
