#include "pdftestsupport.h"
#include "teststore.h"

#include "cli/demodata.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/documentregister.h"
#include "storage/store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::pdfCells;
using PdfTestSupport::pdfText;

namespace {

const QString notice = QStringLiteral("conference-summary");
const QString invitations = QStringLiteral("conference-invitations");

// Who issues a demo conference's documents, as its article makes it: what a reader checks on the
// page.
struct Organizer
{
    const char *heldOn; // the conference
    const char *superior;
    const char *issuing;
    const char *place;
    const char *noticeSigner; // T/M BAN THƯỜNG VỤ
    const char *noticeTitle;
    const char *invitationSigner; // T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG
};

const Organizer organizers[] = {
    {"2024-05-27", "ĐẢNG BỘ TỈNH THANH HÓA", "TỈNH ỦY", "Thanh Hóa", "Đỗ Trọng Hưng", "BÍ THƯ",
        "Lê Quang Thịnh"},
    {"2019-10-24", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "ĐẢNG ỦY KHỐI", "Hà Nội",
        "Sơn Minh Thắng", "BÍ THƯ", "Nguyễn Thị Hương Giang"},
    {"2019-11-15", "ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "TỈNH ỦY", "Điện Biên", "Lò Văn Muôn",
        "PHÓ BÍ THƯ THƯỜNG TRỰC", "Vũ Mạnh Cường"},
    {"2023-04-26", "ĐẢNG BỘ TỈNH TUYÊN QUANG", "TỈNH ỦY", "Tuyên Quang", "Lê Thị Kim Dung",
        "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Thị Thu Hà"},
};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

// The demo a newcomer opens first (issue 9, found 1 and 10): every document of every conference
// prints on the first try, each under its own organizer's header, place and signer, never another
// body's; the Thanh Hóa review has its delegate units and an issued notice.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyConferenceHasWhatItsDocumentsNeed();
    void everyDocumentPrintsUnderItsOwnOrganizer_data();
    void everyDocumentPrintsUnderItsOwnOrganizer();
    void noticesAreSignedByALeaderTheArticleNames();
    void theThanhHoaReviewInvitesTheDistrictCommitteesOfTheTime();
    void theThanhHoaNoticeIsIssuedAsTheArticleDatesIt();
    void theCommandLineDemoHoldsTheIssuedNotice();

private:
    qint64 conferenceHeldOn(const QString &heldOn) const;
    QVariant value(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDemo::initTestCase()
{
    TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("demo.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error, DemoData::Issue::Documents), qPrintable(error));
}

void TestDemo::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestDemo::conferenceHeldOn(const QString &heldOn) const
{
    return value(QStringLiteral("SELECT id FROM conference WHERE held_on = ?"), {heldOn})
        .toLongLong();
}

QVariant TestDemo::value(const QString &sql, const QVariantList &values) const
{
    return m_store->value(sql, values);
}

// What the refusals ask for: a programme, an hour or a part of the day, conclusions, someone to
// invite besides the chairs; the chairs the article names.
void TestDemo::everyConferenceHasWhatItsDocumentsNeed()
{
    // The conferences of the articles, and one invented TỐI MẬT conference.
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM conference WHERE secrecy = 'none'")).toInt(),
        int(std::size(organizers)));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM conference WHERE secrecy = 'secret' AND "
                                  "title LIKE '%(giả định)'"))
                 .toInt(),
        1);
    for (const Organizer &organizer : organizers) {
        const qint64 id = conferenceHeldOn(u(organizer.heldOn));
        QVERIFY2(id, organizer.heldOn);
        QVERIFY2(
            value(QStringLiteral("SELECT count(*) FROM agenda_item WHERE conference_id = ?"), {id})
                    .toInt()
                > 0,
            organizer.heldOn);
        QVERIFY2(value(QStringLiteral("SELECT starts_at IS NOT NULL OR day_part IS NOT NULL "
                                      "FROM conference WHERE id = ?"),
                     {id})
                     .toBool(),
            organizer.heldOn);
        QVERIFY2(!value(QStringLiteral("SELECT trim(coalesce(conclusion, '')) FROM conference "
                                       "WHERE id = ?"),
                     {id})
                      .toString()
                      .isEmpty(),
            organizer.heldOn);
        QVERIFY2(value(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                      "conference_id = ? AND role <> 'chair'"),
                     {id})
                     .toInt()
                > 0,
            organizer.heldOn);
        QString error;
        const auto built = Reports::build(*m_store, notice, id, &error);
        QVERIFY2(built, qPrintable(error));
        QVERIFY2(built->data.value(QStringLiteral("has_conclusions")).toBool(), organizer.heldOn);
    }
    const auto chairs = [this](const char *heldOn) {
        return value(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                    "conference_id = ? AND role = 'chair'"),
            {conferenceHeldOn(u(heldOn))})
            .toInt();
    };
    QCOMPARE(chairs("2024-05-27"), 3);
    QCOMPARE(chairs("2019-10-24"), 1);
}

void TestDemo::everyDocumentPrintsUnderItsOwnOrganizer_data()
{
    QTest::addColumn<int>("organizer");
    QTest::addColumn<QString>("kind");
    for (int i = 0; i < int(std::size(organizers)); ++i) {
        for (const QString &kind : Reports::kinds(QStringLiteral("conference")))
            QTest::addRow("%s %s", organizers[i].heldOn, qPrintable(kind)) << i << kind;
    }
}

// Built with Reports::build and printed as the office prints it: the header, the place before
// the date and the signer are the organizer's; no other demo body's appears anywhere.
void TestDemo::everyDocumentPrintsUnderItsOwnOrganizer()
{
    QFETCH(int, organizer);
    QFETCH(QString, kind);
    const Organizer &own = organizers[organizer];
    const qint64 id = conferenceHeldOn(u(own.heldOn));
    QVERIFY(id);
    QString error;
    const auto built = Reports::build(*m_store, kind, id, &error);
    QVERIFY2(built, qPrintable(error));
    const QString pdf = m_dir->filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(id));
    QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));

    // The header is what comes before the document's type, read cell by cell.
    const QString cells = pdfCells(pdf);
    const QString docType = built->data.value(QStringLiteral("doc_type")).toString();
    QVERIFY(cells.contains(docType));
    const QString head = cells.left(cells.indexOf(docType));
    QVERIFY2(head.contains(u(own.superior)), qPrintable(head));
    QVERIFY2(head.contains(u(own.issuing) + QStringLiteral(" *")), qPrintable(head));
    const QString text = pdfText(pdf).simplified();
    const bool numbered = built->data.value(QStringLiteral("numbered")).toBool();
    const bool signs = built->data.value(QStringLiteral("has_signature")).toBool();
    const QString placeDate = u(own.place) + QStringLiteral(", ngày");
    if (numbered)
        QVERIFY2(text.contains(placeDate), qPrintable(text.left(400)));
    if (kind == notice) {
        for (const QString &line :
            {QStringLiteral("T/M BAN THƯỜNG VỤ"), u(own.noticeTitle), u(own.noticeSigner)})
            QVERIFY2(
                cells.contains(line), qPrintable(line + QStringLiteral(": ") + cells.right(600)));
    }
    if (kind == invitations) {
        // Every letter is headed, dated and signed by the organizer's office.
        const int letters = built->data.value(QStringLiteral("letters")).toList().size();
        QVERIFY(letters > 0);
        QCOMPARE(cells.count(u(own.superior)), letters);
        QCOMPARE(text.count(placeDate), letters);
        QCOMPARE(cells.count(QStringLiteral("T/L BAN THƯỜNG VỤ")), letters);
        QCOMPARE(cells.count(QStringLiteral("CHÁNH VĂN PHÒNG")), letters);
        QCOMPARE(cells.count(u(own.invitationSigner)), letters);
    }
    if (!signs)
        QVERIFY2(!cells.contains(QStringLiteral("T/M BAN THƯỜNG VỤ"))
                && !cells.contains(QStringLiteral("T/L BAN THƯỜNG VỤ")),
            qPrintable(cells));

    for (const Organizer &other : organizers) {
        if (&other == &own)
            continue;
        for (const char *theirs : {other.superior, other.noticeSigner, other.invitationSigner})
            QVERIFY2(!cells.contains(u(theirs)), theirs);
        QVERIFY2(!text.contains(u(other.place) + QStringLiteral(", ngày")), other.place);
    }
}

// A notice is signed by a Bí thư or Phó Bí thư the articles name in that role (a person of the
// demo with that title), never by an invented name; an invitation's Chánh Văn phòng, whom no
// article names, is said to be invented in the body's note.
void TestDemo::noticesAreSignedByALeaderTheArticleNames()
{
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT b.name, s.report_kind, s.signer_name, s.title, coalesce(b.note, '') FROM "
        "issuing_body_signer s JOIN issuing_body b ON b.id = s.issuing_body_id ORDER BY s.id")));
    int notices = 0;
    int offices = 0;
    int inspections = 0;
    const QHash<QString, QString> inspectionBodies {
        {QStringLiteral("Tiểu ban Bảo vệ chính trị nội bộ Trung ương"),
            QStringLiteral("Nguyễn Quang Dương")},
        {QStringLiteral("Ban Tổ chức Tỉnh ủy Thanh Hóa"), QStringLiteral("Trần Văn Khang")}};
    while (query.next()) {
        const QString body = query.value(0).toString();
        const QString kind = query.value(1).toString();
        const QString name = query.value(2).toString();
        if (kind == invitations) {
            ++offices;
            QCOMPARE(query.value(3).toString(), QStringLiteral("CHÁNH VĂN PHÒNG"));
            QVERIFY2(query.value(4).toString().contains(
                         QStringLiteral("Tên Chánh Văn phòng ký giấy mời là giả định")),
                qPrintable(body));
            QCOMPARE(
                value(QStringLiteral("SELECT count(*) FROM person WHERE full_name = ?"), {name})
                    .toInt(),
                0);
            continue;
        }
        // The bodies of the inspections sign as the article or the invented case has them: the
        // Tiểu ban by the head of its team the article names, the invented case by its invented
        // head.
        if (kind.isEmpty() && inspectionBodies.contains(body)) {
            QCOMPARE(name, inspectionBodies.value(body));
            const QString title
                = value(QStringLiteral("SELECT title FROM person WHERE full_name = ?"), {name})
                      .toString();
            QVERIFY2(title.contains(QStringLiteral("Phó Trưởng")), qPrintable(name));
            QVERIFY2(
                query.value(4).toString().contains(QStringLiteral("người ký")), qPrintable(body));
            ++inspections;
            continue;
        }
        // The awards go to invented recipients: their documents are signed by an invented name.
        if (kind == QLatin1String("commendation-decision")
            || kind == QLatin1String("party-badge-list")) {
            QVERIFY2(query.value(4).toString().contains(
                         QStringLiteral("người ký các văn bản khen thưởng là giả định")),
                qPrintable(body));
            QCOMPARE(
                value(QStringLiteral("SELECT count(*) FROM person WHERE full_name = ?"), {name})
                    .toInt(),
                0);
            continue;
        }
        ++notices;
        const QString title
            = value(QStringLiteral("SELECT title FROM person WHERE full_name = ?"), {name})
                  .toString();
        QVERIFY2(
            title.contains(QStringLiteral("Bí thư")), qPrintable(body + QLatin1Char(' ') + name));
        QVERIFY2(!title.contains(QStringLiteral("giả định")), qPrintable(name));
    }
    QCOMPARE(offices, int(std::size(organizers)));
    QVERIFY(notices >= int(std::size(organizers)));
    QCOMPARE(inspections, 2);
}

// The district-level committees of Thanh Hóa in May 2024 (2 cities, 2 towns, 23 districts), each
// with its delegates: one row per unit of the sign-in sheet's source, and the count it sends.
void TestDemo::theThanhHoaReviewInvitesTheDistrictCommitteesOfTheTime()
{
    const qint64 id = conferenceHeldOn(QStringLiteral("2024-05-27"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM conference_participant p JOIN unit u ON "
                                  "u.id = p.unit_id WHERE p.conference_id = ? AND "
                                  "u.valid_to = '2025-06-30' AND p.delegate_count > 0 AND "
                                  "(u.name LIKE 'Huyện ủy %' OR u.name LIKE 'Thị ủy %' OR "
                                  "u.name LIKE 'Thành ủy %')"),
                 {id})
                 .toInt(),
        27);
    QString error;
    const auto built = Reports::build(*m_store, QStringLiteral("conference-delegates"), id, &error);
    QVERIFY2(built, qPrintable(error));
    const QString pdf = m_dir->filePath(QStringLiteral("districts.pdf"));
    QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));
    const QString cells = pdfCells(pdf);
    for (const char *committee : {"Thành ủy Thanh Hóa", "Thị ủy Nghi Sơn", "Huyện ủy Mường Lát",
             "Huyện ủy Đông Sơn", "Huyện ủy Yên Định"})
        QVERIFY2(cells.contains(u(committee)), committee);
}

// Numbered first in the committee's 2020–2025 term, dated as the article reports the conference,
// its PDF kept: the register gives it back, and it is the notice as it prints now.
void TestDemo::theThanhHoaNoticeIsIssuedAsTheArticleDatesIt()
{
    const qint64 id = conferenceHeldOn(QStringLiteral("2024-05-27"));
    const auto entry
        = DocumentRegister::forSubject(*m_store, {QStringLiteral("conference"), id}, notice);
    QVERIFY(entry);
    QCOMPARE(entry->code, QStringLiteral("01-TB/TU"));
    QCOMPARE(entry->issuedOn, QDate(2024, 5, 27));
    QCOMPARE(entry->signer, QStringLiteral("Đỗ Trọng Hưng"));
    QCOMPARE(
        value(QStringLiteral("SELECT name FROM issuing_body_term WHERE id = ?"), {entry->termId})
            .toString(),
        QStringLiteral("Nhiệm kỳ 2020–2025"));
    QVERIFY(!Issuing::differs(*m_store, *entry));
    // The other conferences' documents are not issued: only what the articles show, the notice
    // and the Bằng khen decided that day (the register's next number: the article gives none).
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 2);
    QCOMPARE(value(QStringLiteral("SELECT decision_code || ' ' || decided_on || ' ' || status || "
                                  "' ' || signer FROM commendation WHERE conference_id = ?"),
                 {id})
                 .toString(),
        QStringLiteral("01-QĐ/TU 2024-05-27 decided Lê Văn An"));

    QString error;
    const auto kept = DocumentRegister::file(*m_store, entry->id, &error);
    QVERIFY2(kept, qPrintable(error));
    const QString pdf = m_dir->filePath(QStringLiteral("issued.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*kept);
    file.close();
    const QString text = pdfText(pdf).simplified();
    for (const QString &expected : {QStringLiteral("Số 01-TB/TU"),
             QStringLiteral("Thanh Hóa, ngày 27 tháng 5 năm 2024"), QStringLiteral("THÔNG BÁO"),
             QStringLiteral("T/M BAN THƯỜNG VỤ"), QStringLiteral("BÍ THƯ"),
             QStringLiteral("Đỗ Trọng Hưng"), QStringLiteral("Lưu Văn phòng Tỉnh ủy.")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

// `secretariat demo` (what ./build.sh run opens) writes the same: the notice issued and kept.
void TestDemo::theCommandLineDemoHoldsTheIssuedNotice()
{
    const QString file = m_dir->filePath(QStringLiteral("command-line.sqlite"));
    QProcess process;
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE), {QStringLiteral("demo"), file});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(TestSupport::fileValue(file,
                 QStringLiteral("SELECT r.code || ' ' || r.issued_on || ' ' || length(d.sha256) "
                                "FROM document_register r JOIN issued_document d ON "
                                "d.register_id = r.id WHERE r.report_kind = 'conference-summary'"))
                 .toString(),
        QStringLiteral("01-TB/TU 2024-05-27 64"));
    QCOMPARE(
        TestSupport::fileValue(file, QStringLiteral("SELECT count(*) FROM issuing_body")).toInt(),
        int(std::size(organizers)) + 3); // the two inspections' bodies and the badge list's
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
