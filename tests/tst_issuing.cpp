#include "pdftestsupport.h"
#include "teststore.h"
#include "testserver.h"

#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/documentregister.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString notice = QStringLiteral("conference-summary");
const QString invitations = QStringLiteral("conference-invitations");

} // namespace

// Who issues and signs a document, and what issuing it keeps: DOCUMENT-FORMAT.md, "Who issues,
// who signs" and "Issued means frozen".
class TestIssuing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headerAndSignerAreTheIssuingBodys();
    void theSignerDependsOnTheKindOfDocument();
    void aBodyWithoutASignerForTheKindRefuses();
    void issuingKeepsTheFileAndReprintsItByteForByte();
    void anEditAfterIssuingIsANewDocumentWithANewNumber();
    void theKeptFileCannotBeChanged();
    void checkNamesAKeptFileThatNoLongerMatches();
    void aFailedIssueUsesNoNumber();
    void datesThatLookWrongAreNamed();

private:
    qint64 insert(const QString &table, const QVariantMap &values);
    // A conference organized by a unit of its own, printable in every kind.
    qint64 conference(const QString &unitName);
    // An issuing body with one open term (from 2025-10-15) and a signer for every kind.
    qint64 body(const QString &line, const QString &code, const QString &place, qint64 unitId,
        const QString &signerName, bool isDefault = false);
    // The office's default body: the Tỉnh ủy of Thanh Hóa, signed by "Lê Văn Bí Thư".
    qint64 provinceBody()
    {
        return body(QStringLiteral("TỈNH ỦY"), QStringLiteral("TU"), QStringLiteral("Thanh Hóa"), 0,
            QStringLiteral("Lê Văn Bí Thư"), true);
    }
    QString html(qint64 conferenceId, const QString &kind = notice, QString *error = nullptr);
    // The bytes written to a file of the test's folder, for the PDF tools.
    QString saved(const QByteArray &bytes, const QString &name);

    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestIssuing::init()
{
    m_clock = TestSupport::fixClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("issuing.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
}

void TestIssuing::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestIssuing::insert(const QString &table, const QVariantMap &values)
{
    QString error;
    const auto id = m_store->insert(table, values, &error);
    if (!id)
        qWarning("insert into %s: %s", qPrintable(table), qPrintable(error));
    return id.value_or(0);
}

qint64 TestIssuing::conference(const QString &unitName)
{
    const qint64 unit = insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), unitName},
            {QStringLiteral("kind"), QStringLiteral("party_committee")}});
    const qint64 chair = insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Chủ")},
            {QStringLiteral("title"), QStringLiteral("Bí thư (nhân vật hư cấu)")},
            {QStringLiteral("unit_id"), unit}});
    const qint64 delegate = insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy xã Hư Cấu %1").arg(unit)},
            {QStringLiteral("kind"), QStringLiteral("party_committee")}});
    const qint64 id = insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("final_review")},
            {QStringLiteral("title"), QStringLiteral("Hội nghị tổng kết công tác năm 2025")},
            {QStringLiteral("held_on"), QStringLiteral("2026-02-20")},
            {QStringLiteral("starts_at"), QStringLiteral("08:00")},
            {QStringLiteral("venue"), QStringLiteral("Hội trường (hư cấu)")},
            {QStringLiteral("organizer_unit_id"), unit},
            {QStringLiteral("status"), QStringLiteral("concluded")},
            {QStringLiteral("results"), QStringLiteral("Hoàn thành các chỉ tiêu đề ra.")},
            {QStringLiteral("conclusion"),
                QStringLiteral("Hội nghị thống nhất các nhiệm vụ năm 2026.")},
            {QStringLiteral("tasks_ahead"),
                QStringLiteral("Tiếp tục đổi mới công tác văn phòng.")}});
    insert(QStringLiteral("conference_participant"),
        {{QStringLiteral("conference_id"), id}, {QStringLiteral("person_id"), chair},
            {QStringLiteral("role"), QStringLiteral("chair")},
            {QStringLiteral("attendance"), QStringLiteral("present")}});
    insert(QStringLiteral("conference_participant"),
        {{QStringLiteral("conference_id"), id}, {QStringLiteral("unit_id"), delegate},
            {QStringLiteral("role"), QStringLiteral("delegate")},
            {QStringLiteral("delegate_count"), 2},
            {QStringLiteral("attendance"), QStringLiteral("present")}});
    insert(QStringLiteral("agenda_item"),
        {{QStringLiteral("conference_id"), id}, {QStringLiteral("position"), 1},
            {QStringLiteral("starts_at"), QStringLiteral("08:00")},
            {QStringLiteral("kind"), QStringLiteral("opening")},
            {QStringLiteral("title"), QStringLiteral("Khai mạc hội nghị")}});
    return id;
}

qint64 TestIssuing::body(const QString &line, const QString &code, const QString &place,
    qint64 unitId, const QString &signerName, bool isDefault)
{
    QVariantMap values {{QStringLiteral("name"), line},
        {QStringLiteral("superior_line"), QStringLiteral("ĐẢNG BỘ TỈNH %1").arg(place.toUpper())},
        {QStringLiteral("issuing_line"), line}, {QStringLiteral("place_name"), place},
        {QStringLiteral("issuer_code"), code}, {QStringLiteral("is_default"), isDefault ? 1 : 0}};
    if (unitId)
        values.insert(QStringLiteral("unit_id"), unitId);
    const qint64 id = insert(QStringLiteral("issuing_body"), values);
    insert(QStringLiteral("issuing_body_term"),
        {{QStringLiteral("issuing_body_id"), id},
            {QStringLiteral("name"), QStringLiteral("2025–2030")},
            {QStringLiteral("starts_on"), QStringLiteral("2025-10-15")}});
    insert(QStringLiteral("issuing_body_signer"),
        {{QStringLiteral("issuing_body_id"), id}, {QStringLiteral("report_kind"), QString()},
            {QStringLiteral("authority"), QStringLiteral("T/M BAN THƯỜNG VỤ")},
            {QStringLiteral("title"), QStringLiteral("BÍ THƯ")},
            {QStringLiteral("signer_name"), signerName},
            {QStringLiteral("recipients"),
                QStringLiteral("Ban Thường vụ,\n- Các đảng ủy trực thuộc,\nLưu Văn phòng %1.")
                    .arg(code)}});
    return id;
}

QString TestIssuing::saved(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("%s cannot be written", qPrintable(path));
    return path;
}

QString TestIssuing::html(qint64 conferenceId, const QString &kind, QString *error)
{
    QString problem;
    const auto built = Reports::build(*m_store, kind, conferenceId, &problem);
    if (error)
        *error = problem;
    if (!built)
        qWarning("%s", qPrintable(problem));
    return built ? built->html : QString();
}

void TestIssuing::headerAndSignerAreTheIssuingBodys()
{
    const qint64 own = conference(QStringLiteral("Đảng ủy Khối Hư Cấu"));
    const qint64 other = conference(QStringLiteral("Huyện ủy Hư Cấu"));
    const qint64 ownUnit
        = m_store
              ->value(
                  QStringLiteral("SELECT organizer_unit_id FROM conference WHERE id = ?"), {own})
              .toLongLong();
    const qint64 province = body(QStringLiteral("TỈNH ỦY"), QStringLiteral("TU"),
        QStringLiteral("Thanh Hóa"), 0, QStringLiteral("Lê Văn Mặc Định"), true);
    const qint64 bloc = body(QStringLiteral("ĐẢNG ỦY KHỐI HƯ CẤU"), QStringLiteral("ĐUK"),
        QStringLiteral("Điện Biên"), ownUnit, QStringLiteral("Trần Thị Khối"));
    QVERIFY(province && bloc);

    // The organizer's body: its header, place and signer — nothing of the other body.
    const QString byOrganizer = html(own);
    QVERIFY(byOrganizer.contains(QStringLiteral("ĐẢNG ỦY KHỐI HƯ CẤU")));
    QVERIFY(byOrganizer.contains(QStringLiteral("ĐẢNG BỘ TỈNH ĐIỆN BIÊN")));
    QVERIFY(byOrganizer.contains(QStringLiteral("Điện Biên, ngày")));
    QVERIFY(byOrganizer.contains(QStringLiteral("Trần Thị Khối")));
    QVERIFY(byOrganizer.contains(QStringLiteral("-TB/ĐUK")));
    QVERIFY(byOrganizer.contains(QStringLiteral("Lưu Văn phòng ĐUK.")));
    // A dash typed before a recipient is not printed twice.
    QVERIFY(byOrganizer.contains(QStringLiteral("- Các đảng ủy trực thuộc,")));
    QVERIFY(!byOrganizer.contains(QStringLiteral("- - Các")));
    QVERIFY(!byOrganizer.contains(QStringLiteral("Thanh Hóa")));
    QVERIFY(!byOrganizer.contains(QStringLiteral("Lê Văn Mặc Định")));

    // An organizer that is no issuing body: the office's default body.
    const QString byDefault = html(other);
    QVERIFY(byDefault.contains(QStringLiteral("Thanh Hóa, ngày")));
    QVERIFY(byDefault.contains(QStringLiteral("Lê Văn Mặc Định")));
    QVERIFY(!byDefault.contains(QStringLiteral("Trần Thị Khối")));

    // The body named on the record wins over the organizer's.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE conference SET issuing_body_id = %1 WHERE id = %2")
                           .arg(bloc)
                           .arg(other)));
    QVERIFY(html(other).contains(QStringLiteral("Trần Thị Khối")));
}

void TestIssuing::theSignerDependsOnTheKindOfDocument()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    const qint64 province = provinceBody();
    insert(QStringLiteral("issuing_body_signer"),
        {{QStringLiteral("issuing_body_id"), province},
            {QStringLiteral("report_kind"), invitations},
            {QStringLiteral("authority"), QStringLiteral("T/L BAN THƯỜNG VỤ")},
            {QStringLiteral("title"), QStringLiteral("CHÁNH VĂN PHÒNG")},
            {QStringLiteral("signer_name"), QStringLiteral("Phạm Văn Chánh")}});
    const QString letter = html(id, invitations);
    QVERIFY(letter.contains(QStringLiteral("T/L BAN THƯỜNG VỤ")));
    QVERIFY(letter.contains(QStringLiteral("CHÁNH VĂN PHÒNG")));
    QVERIFY(letter.contains(QStringLiteral("Phạm Văn Chánh")));
    QVERIFY(!letter.contains(QStringLiteral("Lê Văn Bí Thư")));
    const QString notice = html(id);
    QVERIFY(notice.contains(QStringLiteral("T/M BAN THƯỜNG VỤ")));
    QVERIFY(notice.contains(QStringLiteral("Lê Văn Bí Thư")));
}

void TestIssuing::aBodyWithoutASignerForTheKindRefuses()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    const qint64 province = provinceBody();
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM issuing_body_signer WHERE issuing_body_id = %1")
                           .arg(province)));
    QString error;
    QVERIFY(html(id, notice, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("TỈNH ỦY")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("signer")), qPrintable(error));
}

void TestIssuing::issuingKeepsTheFileAndReprintsItByteForByte()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    provinceBody();
    QString error;
    const auto entry = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 25), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("01-TB/TU"));
    QCOMPARE(entry->issuedBy, m_store->userName());
    QVERIFY(!Issuing::differs(*m_store, *entry));

    // The file in the database, read by another reader, with its fingerprint.
    const QString path = m_store->path();
    const QByteArray kept = TestSupport::fileValue(path,
        QStringLiteral("SELECT content FROM issued_document WHERE register_id = ?"), {entry->id})
                                .toByteArray();
    QVERIFY(kept.startsWith("%PDF-"));
    QCOMPARE(
        TestSupport::fileValue(path,
            QStringLiteral("SELECT sha256 FROM issued_document WHERE register_id = ?"), {entry->id})
            .toString(),
        QString::fromLatin1(QCryptographicHash::hash(kept, QCryptographicHash::Sha256).toHex()));
    const auto reprint = DocumentRegister::file(*m_store, entry->id, &error);
    QVERIFY2(reprint, qPrintable(error));
    QCOMPARE(*reprint, kept);

    // It prints the number and the date it was issued with.
    const QString pdf = saved(kept, QStringLiteral("issued.pdf"));
    const QString text = PdfTestSupport::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Số 01-TB/TU")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ngày 25 tháng 02 năm 2026")), qPrintable(text));
    // Its author is the issuing body.
    const QString info = PdfTestSupport::run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(
        info.contains(QRegularExpression(QStringLiteral("Author: +TỈNH ỦY\\n"))), qPrintable(info));
}

void TestIssuing::anEditAfterIssuingIsANewDocumentWithANewNumber()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    provinceBody();
    QString error;
    const auto first = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 25), 0, &error);
    QVERIFY2(first, qPrintable(error));
    const QByteArray firstFile = *DocumentRegister::file(*m_store, first->id, &error);

    const auto record = m_store->read(QStringLiteral("conference"), id);
    QVERIFY(record);
    QCOMPARE(m_store
                 ->update(*record,
                     {{QStringLiteral("conclusion"),
                         QStringLiteral("Hội nghị thống nhất bổ sung nhiệm vụ chuyển đổi số.")}})
                 .outcome,
        Store::Outcome::Written);
    // The issued copy stays what was signed; the register knows the record moved on.
    QVERIFY(Issuing::differs(*m_store, *first));
    QCOMPARE(*DocumentRegister::file(*m_store, first->id, &error), firstFile);
    // Issuing again without naming the replaced document is refused; naming it gives a new
    // number, and the new document says which one it replaces.
    QVERIFY(!Issuing::issue(*m_store, notice, id, QDate(2026, 2, 27), 0, &error));
    const auto second = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 27), first->id, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->code, QStringLiteral("02-TB/TU"));
    QCOMPARE(second->replacesId, first->id);
    QVERIFY(!Issuing::differs(*m_store, *second));
    const QString pdf = saved(
        *DocumentRegister::file(*m_store, second->id, &error), QStringLiteral("second.pdf"));
    const QString text = PdfTestSupport::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Thay thế văn bản số 01-TB/TU ngày 25/2/2026")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("chuyển đổi số")));
    QCOMPARE(*DocumentRegister::file(*m_store, first->id, &error), firstFile);
}

void TestIssuing::theKeptFileCannotBeChanged()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    provinceBody();
    QString error;
    const auto entry = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 25), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    const QByteArray kept = *DocumentRegister::file(*m_store, entry->id, &error);
    // Not even a program of its own, behind the store's back, can change or remove it.
    QSqlDatabase raw = TestSupport::plainConnection(m_store->path(), QStringLiteral("raw"));
    QVERIFY(raw.isOpen());
    {
        QSqlQuery query(raw);
        QVERIFY(!query.exec(QStringLiteral("UPDATE issued_document SET content = content")));
        QCOMPARE(m_store->explain(query.lastError()),
            QStringLiteral("An issued document is kept as it was signed and cannot be changed or "
                           "removed."));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM issued_document")));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(*DocumentRegister::file(*m_store, entry->id, &error), kept);
    QVERIFY(DocumentRegister::verifyFiles(*m_store).isEmpty());
}

// "secretariat check" names a kept file whose bytes were changed by other means than SQL
// (the triggers hold against SQL; a disk or a tool that drops them does not).
void TestIssuing::checkNamesAKeptFileThatNoLongerMatches()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    provinceBody();
    QString error;
    const auto entry = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 25), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(TestSupport::onServer()
            ? QStringLiteral("ALTER TABLE issued_document DISABLE TRIGGER USER")
            : QStringLiteral("DROP TRIGGER issued_document_frozen_update")));
    QVERIFY(query.exec(TestSupport::onServer()
            ? QStringLiteral("UPDATE issued_document SET content = content || CAST(' ' AS bytea)")
            : QStringLiteral("UPDATE issued_document SET content = content || x'20'")));
    QVERIFY(!DocumentRegister::file(*m_store, entry->id, &error));
    const QStringList problems = DocumentRegister::verifyFiles(*m_store);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("01-TB/TU")), qPrintable(problems.first()));
}

void TestIssuing::aFailedIssueUsesNoNumber()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu"));
    provinceBody();
    QString error;
    // Before the body's only term: refused, and nothing is left behind.
    QVERIFY(!Issuing::issue(*m_store, notice, id, QDate(2025, 9, 1), 0, &error));
    QVERIFY2(error.contains(QStringLiteral("01/09/2025")), qPrintable(error));
    QCOMPARE(m_store->value(QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 0);
    QCOMPARE(m_store->value(QStringLiteral("SELECT count(*) FROM issued_document")).toInt(), 0);
    const auto entry = Issuing::issue(*m_store, notice, id, QDate(2026, 2, 25), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("01-TB/TU"));
}

void TestIssuing::datesThatLookWrongAreNamed()
{
    const qint64 id = conference(QStringLiteral("Tỉnh ủy Hư Cấu")); // held 20/02/2026
    QVERIFY(Issuing::dateWarnings(*m_store, notice, id, QDate(2026, 2, 25)).isEmpty());
    const QStringList early = Issuing::dateWarnings(*m_store, notice, id, QDate(2026, 2, 10));
    QCOMPARE(early.size(), 1);
    QVERIFY2(early.first().contains(QStringLiteral("20/02/2026")), qPrintable(early.first()));
    QVERIFY(Issuing::dateWarnings(*m_store, invitations, id, QDate(2026, 2, 10)).isEmpty());
    QCOMPARE(Issuing::dateWarnings(*m_store, invitations, id, QDate(2026, 2, 21)).size(), 1);
    // Today is 02/03/2026 on the test's clock.
    const QStringList future = Issuing::dateWarnings(*m_store, notice, id, QDate(2026, 3, 3));
    QCOMPARE(future.size(), 1);
    QVERIFY2(future.first().contains(QStringLiteral("03/03/2026")), qPrintable(future.first()));
}

QTEST_MAIN(TestIssuing)
#include "tst_issuing.moc"
