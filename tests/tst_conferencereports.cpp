#include "cli/demodata.h"
#include "reports/formatprofile.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "teststore.h"
#include "testserver.h"
#include "storage/documentregister.h"
#include "pdftestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using PdfTestSupport::firstLine;
using PdfTestSupport::inOrder;
using PdfTestSupport::pageCount;
using PdfTestSupport::pdfCells;
using PdfTestSupport::pdfText;
using PdfTestSupport::run;

namespace {

const QString programme = QStringLiteral("conference-programme");
const QString delegates = QStringLiteral("conference-delegates");
const QString invitations = QStringLiteral("conference-invitations");
const QString summary = QStringLiteral("conference-summary");

} // namespace

class TestConferenceReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindIsListedWithATitle();
    void programmeListsItemsInOrderWithPresenters();
    void programmeShowsTimesAndKindsWhereHelpful();
    void programmeWithoutItemsRefuses();
    void delegateListPutsChairsFirstWithSignColumn();
    void longDelegateListPaginatesCleanly();
    void invitationsGiveOnePagePerInvitee();
    void invitationsCarryTheRegisterNumber();
    void longInvitationNumbersItsOwnPages();
    void conferenceWithoutInviteesRefuses();
    void unknownKindOrConferenceIsRefused_data();
    void unknownKindOrConferenceIsRefused();
    void htmlEscapesParticipantNames_data();
    void htmlEscapesParticipantNames();
    void summaryUsesEverythingRecorded();
    void invitationsExportToOdt();
    void theDemoPrintsEveryDocumentOfEveryConference();
    void noticeWithoutConclusionsIsRefusedButItsDraftPrints();
    void chairsAreNamedAsANoticeWritesThem_data();
    void chairsAreNamedAsANoticeWritesThem();
    void theDocumentImplementedIsCitedByItsType();
    void delegateListFollowsTheProtocolOfTitles();
    void delegateListFollowsTheOrderArrangedByHand();
    void invitationsNeedATimeButTheirDraftDoesNot();
    void eachGuidanceDifferenceShowsInTheDocument();
    void committeesSignKTOnlyWhereTheProfileAllows();
    void commendationsPresentedShowInTheNoticeAndTheProgramme();

private:
    qint64 conferenceId(const QString &kind) const;
    QString write(const QString &kind, qint64 id, const QString &name, QString *error = nullptr);
    bool keepOnlyTheChairs(qint64 conference);
    bool exec(const QString &sql, const QVariantList &values = {});
    QString summaryText(qint64 conference, QString *error);
    qint64 addPerson(const QString &name, const QString &title);
    qint64 addUnit(const QString &name);
    bool addParticipant(qint64 conference, qint64 person, qint64 unit, const QString &role,
        const QString &title, int position, const QVariant &delegateCount = {},
        const QString &attendance = QStringLiteral("present"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestConferenceReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestConferenceReports::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestConferenceReports::conferenceId(const QString &kind) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT id FROM conference WHERE kind = ? ORDER BY id LIMIT 1"));
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString TestConferenceReports::write(
    const QString &kind, qint64 id, const QString &name, QString *error)
{
    QString sentence;
    const QString path = m_dir->filePath(name);
    const auto built = Reports::build(*m_store, kind, id, &sentence);
    if (!built || !Reports::write(*built, path, &sentence)) {
        if (error)
            *error = sentence;
        return QString();
    }
    return path;
}

// The demo invites two units to the Thanh Hóa review; some tests want its chairs alone.
bool TestConferenceReports::keepOnlyTheChairs(qint64 conference)
{
    return exec(QStringLiteral("DELETE FROM conference_participant WHERE conference_id = ? AND "
                               "role <> 'chair'"),
        {conference});
}

bool TestConferenceReports::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

qint64 TestConferenceReports::addPerson(const QString &name, const QString &title)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO person (full_name, title) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(title);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

qint64 TestConferenceReports::addUnit(const QString &name)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO unit (name) VALUES (?)"));
    query.addBindValue(name);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

bool TestConferenceReports::addParticipant(qint64 conference, qint64 person, qint64 unit,
    const QString &role, const QString &title, int position, const QVariant &delegateCount,
    const QString &attendance)
{
    return exec(QStringLiteral("INSERT INTO conference_participant (conference_id, person_id, "
                               "unit_id, role, title_held, delegate_count, attendance, position) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {conference, person ? QVariant(person) : QVariant(), unit ? QVariant(unit) : QVariant(),
            role, title.isEmpty() ? QVariant() : QVariant(title), delegateCount, attendance,
            position});
}

void TestConferenceReports::everyKindIsListedWithATitle()
{
    const QStringList kinds = Reports::kinds(QStringLiteral("conference"));
    for (const QString &kind : {summary, programme, delegates, invitations}) {
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
        QVERIFY(!Reports::kindTitle(kind).isEmpty());
        QVERIFY(Reports::kindTitle(kind) != kind);
    }
    QCOMPARE(kinds.size(), 4);
}

void TestConferenceReports::programmeListsItemsInOrderWithPresenters()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    // Positions, not the order of entry, give the order: the commendation moves to the front.
    QVERIFY(exec(QStringLiteral("UPDATE agenda_item SET position = 0 WHERE conference_id = ? "
                                "AND kind = 'commendation'"),
        {id}));
    QString error;
    const QString pdf = write(programme, id, QStringLiteral("programme.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QCOMPARE(pageCount(pdf), 1);
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(inOrder(text,
                 {QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA"),
                     QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("TỈNH ỦY"),
                     QStringLiteral("-CTr/TU"), QStringLiteral("CHƯƠNG TRÌNH"),
                     QStringLiteral("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW"),
                     QStringLiteral("Thời gian: 07 giờ 30, ngày 27/5/2024 (thứ Hai)"),
                     QStringLiteral("Địa điểm: Thanh Hóa"), QStringLiteral("Nội dung Thực hiện"),
                     QStringLiteral("Trao Bằng khen của Ban Thường vụ Tỉnh"),
                     QStringLiteral("Báo cáo tổng kết 10 năm thực hiện Chỉ thị"),
                     QStringLiteral("Phát biểu kết luận hội nghị Đồng chí Đỗ Trọng Hưng"),
                     QStringLiteral("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")},
                 &error),
        qPrintable(error));
    // Unnumbered by default: neither a number column nor "1." before the items.
    QVERIFY(!text.contains(QLatin1String("STT")));
    QVERIFY(!text.contains(QStringLiteral("1 Trao")));
    // Handed out with the invitation: no recipients, no signature.
    QVERIFY(!text.contains(QStringLiteral("Nơi nhận")));
    QVERIFY(!text.contains(QStringLiteral("T/M BAN THƯỜNG VỤ")));
    QVERIFY(!text.contains(QLatin1String("Số:")));
    // The kind in words is left out where the title says it already.
    QVERIFY(!text.contains(QStringLiteral("Báo cáo: ")));
    QVERIFY(!text.contains(QStringLiteral("Khen thưởng: ")));
}

void TestConferenceReports::programmeShowsTimesAndKindsWhereHelpful()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    const qint64 unit = addUnit(QStringLiteral("Đảng ủy xã Quảng Phú (giả định)"));
    QVERIFY(unit);
    QVERIFY(
        exec(QStringLiteral("UPDATE agenda_item SET starts_at = '07:30' WHERE conference_id = ? "
                            "AND position = 1"),
            {id}));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO agenda_item (conference_id, position, starts_at, kind, "
                            "title, presenter_unit_id) VALUES (?, 4, '09:15', "
                            "'discussion_paper', 'Kinh nghiệm nắm tình hình nội bộ ở cơ sở', ?)"),
            {id, unit}));
    QVERIFY(exec(QStringLiteral("INSERT INTO agenda_item (conference_id, position, kind, title, "
                                "presenter_text) VALUES (?, 5, 'closing', 'Bế mạc hội nghị', "
                                "'Ban Tổ chức Hội nghị')"),
        {id}));
    QString error;
    const QString pdf = write(programme, id, QStringLiteral("times.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY2(pdfText(pdf).simplified().contains(QStringLiteral("Thời gian Nội dung Thực hiện")),
        qPrintable(pdfText(pdf)));
    const QString text = pdfCells(pdf);
    QVERIFY2(inOrder(text,
                 {QStringLiteral("07 giờ 30 Báo cáo tổng kết"),
                     QStringLiteral("Phát biểu kết luận hội nghị"),
                     QStringLiteral("09 giờ 15 Tham luận: Kinh nghiệm nắm tình hình nội bộ ở cơ "
                                    "sở Đảng ủy xã Quảng Phú (giả định)"),
                     QStringLiteral("Bế mạc hội nghị Ban Tổ chức Hội nghị")},
                 &error),
        qPrintable(error));
    QVERIFY(!text.contains(QStringLiteral("Bế mạc: ")));
    QVERIFY(!text.contains(QLatin1String("STT")));
}

void TestConferenceReports::programmeWithoutItemsRefuses()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(QStringLiteral("DELETE FROM agenda_item WHERE conference_id = ?"), {id}));
    QString error;
    QVERIFY(write(programme, id, QStringLiteral("empty.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("no programme")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("empty.pdf"))));
}

void TestConferenceReports::delegateListPutsChairsFirstWithSignColumn()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    // The three chairs only, and then, recorded before them by position, roles that list after.
    QVERIFY(keepOnlyTheChairs(id));
    const qint64 unit = addUnit(QStringLiteral("Đảng bộ Khối Doanh nghiệp (giả định)"));
    QVERIFY(addParticipant(id, 0, unit, QStringLiteral("delegate"), QString(), -2, 3));
    QVERIFY(addParticipant(id, addPerson(QStringLiteral("Lê Văn Khách"), QString()), 0,
        QStringLiteral("guest"), QStringLiteral("Nguyên Bí thư Tỉnh ủy"), 9, QVariant(),
        QStringLiteral("absent")));
    QVERIFY(addParticipant(id, addPerson(QStringLiteral("Hà Thị Báo"), QString()), 0,
        QStringLiteral("reporter"), QStringLiteral("Trưởng Ban Tổ chức"), -1));
    QString error;
    const QString pdf = write(delegates, id, QStringLiteral("delegates.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                QStringLiteral("TỈNH ỦY"), QStringLiteral("DANH SÁCH ĐẠI BIỂU"),
                QStringLiteral("dự Hội nghị tổng kết 10 năm"),
                QStringLiteral("Ngày 27/5/2024, tại Thanh Hóa"),
                QStringLiteral("STT Họ và tên Chức vụ Ký tên")},
            &error),
        qPrintable(error));
    // The chairs, then by title (a serving head before a former Secretary), the unit last with
    // a row to sign for each of its three delegates.
    QVERIFY2(inOrder(pdfCells(pdf),
                 {QStringLiteral("1 Đỗ Trọng Hưng Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
                     QStringLiteral("2 Đỗ Minh Tuấn Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
                     QStringLiteral("3 Trịnh Tuấn Sinh Phó Bí thư Tỉnh ủy"),
                     QStringLiteral("4 Hà Thị Báo Trưởng Ban Tổ chức"),
                     QStringLiteral("5 Lê Văn Khách Nguyên Bí thư Tỉnh ủy"),
                     QStringLiteral("6 Đảng bộ Khối Doanh nghiệp (giả định) (3 đại biểu)"),
                     QStringLiteral("7 Đảng bộ Khối Doanh nghiệp (giả định) — đại biểu 2"),
                     QStringLiteral("8 Đảng bộ Khối Doanh nghiệp (giả định) — đại biểu 3")},
                 &error),
        qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Nguyên Bí thư Tỉnh ủy")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b9\\b"))));
    // A list that goes with the papers: no number, no date, no recipients, no signature.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("Số\\s+-"))));
    QVERIFY(!text.contains(QStringLiteral("Nơi nhận")));
    QVERIFY(!text.contains(QStringLiteral("BÍ THƯ")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("ngày\\s+tháng"))));
}

void TestConferenceReports::longDelegateListPaginatesCleanly()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    // Titles of one to six lines, each opening with "Mở" and closing with "hết": a row cut by a
    // page break would leave the two on different pages.
    const QStringList words = QStringLiteral(
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân "
        "huyện, Trưởng Ban Chỉ đạo công tác bảo vệ chính trị nội bộ huyện")
                                  .split(QLatin1Char(' '));
    auto many = std::make_unique<Store::Write>(m_store.get());
    QVERIFY(many->isActive());
    for (int i = 1; i <= 500; ++i) {
        const QString title
            = QStringLiteral("Mở %1 hết")
                  .arg(words.mid(0, 2 + (i * 7) % (words.size() - 1)).join(QLatin1Char(' ')));
        const qint64 person
            = addPerson(QStringLiteral("Đại biểu %1").arg(i, 3, 10, QLatin1Char('0')), title);
        QVERIFY(person);
        QVERIFY(addParticipant(id, person, 0, QStringLiteral("delegate"), title, 100 + i));
    }
    QVERIFY(many->commit());
    // As entered: the titles would otherwise arrange the list by protocol.
    QVERIFY(exec(
        QStringLiteral("UPDATE conference SET participant_order = 'manual' WHERE id = ?"), {id}));
    QString error;
    const QString pdf = write(delegates, id, QStringLiteral("long.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));

    const QString all = pdfText(pdf).simplified();
    for (int i = 1; i <= 500; ++i) {
        const QString name = QStringLiteral("Đại biểu %1").arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(all.count(name), 1);
    }
    QVERIFY(all.contains(QStringLiteral("504 Đại biểu 500")));
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page);
        // The page number at the top, then the repeated header row.
        QCOMPARE(firstLine(text), QString::number(page));
        QVERIFY2(text.simplified().contains(QStringLiteral("STT Họ và tên Chức vụ Ký tên")),
            qPrintable(QStringLiteral("page %1:\n%2").arg(page).arg(text)));
        // No row cut in two.
        const QString words = text.simplified();
        QCOMPARE(words.count(QStringLiteral("Mở ")), words.count(QStringLiteral(" hết")));
    }
}

void TestConferenceReports::invitationsGiveOnePagePerInvitee()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    // The Secretary chairs instead: he is not invited by his own office.
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET role = 'chair' WHERE "
                                "conference_id = ? AND person_id = (SELECT id FROM person "
                                "WHERE full_name = 'Chẩu Văn Lâm')"),
        {id}));
    const qint64 unit = addUnit(QStringLiteral("Ban Tuyên giáo Tỉnh ủy Tuyên Quang"));
    QVERIFY(addParticipant(id, 0, unit, QStringLiteral("delegate"), QString(), 5, 2));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET day_part = 'morning' WHERE id = ?"), {id}));
    QString error;
    const QString pdf = write(invitations, id, QStringLiteral("invitations.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    // In protocol order: the Phó Bí thư Thường trực, the Phó Bí thư, the Cục trưởng, the unit.
    const QStringList addressees {
        QStringLiteral("Kính gửi: đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ "
                       "tịch HĐND tỉnh"),
        QStringLiteral("Kính gửi: đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
                       "tỉnh"),
        QStringLiteral("Kính gửi: đồng chí Nguyễn Kim Minh, Cục trưởng Cục Bảo vệ chính trị nội "
                       "bộ - Ban Tổ chức Trung ương"),
        QStringLiteral("Kính gửi: Ban Tuyên giáo Tỉnh ủy Tuyên Quang")};
    QCOMPARE(pageCount(pdf), addressees.size());
    for (int page = 1; page <= addressees.size(); ++page) {
        const QString raw = pdfText(pdf, page, page);
        // Each a letter of its own: its header first, no page number.
        QVERIFY2(
            firstLine(raw).startsWith(QStringLiteral("ĐẢNG BỘ TỈNH TUYÊN QUANG")), qPrintable(raw));
        const QString text = raw.simplified();
        QVERIFY2(
            inOrder(text,
                {QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("TỈNH ỦY"),
                    QStringLiteral("-GM/TU"), QStringLiteral("Tuyên Quang, ngày"),
                    QStringLiteral("GIẤY MỜI"),
                    QStringLiteral("Hội nghị quán triệt và tập huấn công tác bảo vệ chính "
                                   "trị nội bộ Đảng"),
                    addressees.at(page - 1),
                    QStringLiteral("Tỉnh ủy Tuyên Quang tổ chức Hội nghị quán triệt"),
                    QStringLiteral("Thời gian: buổi sáng ngày 26/4/2023 (thứ Tư)."),
                    QStringLiteral("Địa điểm: Trung tâm Hội nghị tỉnh Tuyên Quang."),
                    QStringLiteral("Trân trọng kính mời"), QStringLiteral("Nơi nhận:"),
                    QStringLiteral("T/L BAN THƯỜNG VỤ"), QStringLiteral("- Như trên,"),
                    QStringLiteral("- Lưu Văn phòng Tỉnh ủy."), QStringLiteral("Hoàng Thị Thu Hà")},
                &error),
            qPrintable(error));
        QCOMPARE(text.count(QStringLiteral("Kính gửi")), 1);
        QVERIFY(!text.contains(QStringLiteral("Chẩu Văn Lâm")));
        QVERIFY(!text.contains(QStringLiteral("Các huyện ủy")));
    }
    QVERIFY(pdfText(pdf, 1, 1).simplified().contains(
        QStringLiteral("Đề nghị đồng chí phát biểu khai mạc Hội nghị.")));
    QVERIFY(pdfText(pdf, 3, 3).simplified().contains(
        QStringLiteral("Đề nghị đồng chí chuẩn bị và trình bày báo cáo tại Hội nghị.")));
    QVERIFY(pdfText(pdf, 1, 1).simplified().contains(
        QStringLiteral("Trân trọng kính mời đồng chí đến dự Hội nghị./.")));
    QVERIFY(pdfText(pdf, 4, 4).simplified().contains(
        QStringLiteral("Trân trọng kính mời Ban Tuyên giáo Tỉnh ủy Tuyên Quang cử 2 đại biểu đến "
                       "dự Hội nghị./.")));
}

void TestConferenceReports::invitationsCarryTheRegisterNumber()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    // A secret conference marks each of its letters under the number.
    QVERIFY(exec(QStringLiteral("UPDATE conference SET starts_at = '07:30', ends_at = '11:00', "
                                "secrecy = 'confidential' WHERE id = ?"),
        {id}));
    QString error;
    const DocumentRegister::Request request {QStringLiteral("GM"), QStringLiteral("TU"),
        QDate(2023, 4, 20), invitations, QString(), QString(), {QStringLiteral("conference"), id}};
    QVERIFY2(DocumentRegister::issue(*m_store, request, &error), qPrintable(error));
    const QString pdf = write(invitations, id, QStringLiteral("numbered.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const int pages = pageCount(pdf);
    QCOMPARE(pages, 4);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page).simplified();
        QVERIFY2(inOrder(text,
                     {QStringLiteral("Số 01-GM/TU"),
                         QStringLiteral("Tuyên Quang, ngày 20 tháng 4 năm 2023"),
                         QStringLiteral("MẬT"), QStringLiteral("GIẤY MỜI"),
                         QStringLiteral("Thời gian: từ 07 giờ 30 đến 11 giờ 00, ngày 26/4/2023 "
                                        "(thứ Tư).")},
                     &error),
            qPrintable(error));
    }
    // The programme has a register of its own: no number for it yet.
    const QString other = write(programme, conferenceId(QStringLiteral("final_review")),
        QStringLiteral("programme.pdf"), &error);
    QVERIFY2(pdfText(other).contains(QRegularExpression(QStringLiteral("Số\\s+-CTr/TU"))),
        qPrintable(error));
}

void TestConferenceReports::longInvitationNumbersItsOwnPages()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    // The second letter runs onto a second page: that page is its page 2, and the letter after
    // it starts again without a number.
    QStringList title;
    for (int i = 1; i <= 60; ++i)
        title << QStringLiteral("Ủy viên Ban chỉ đạo số %1").arg(i);
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET title_held = ? WHERE "
                                "conference_id = ? AND role = 'reporter'"),
        {title.join(QStringLiteral(", ")), id}));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET starts_at = '14:00', participant_order = "
                                "'manual' WHERE id = ?"),
        {id}));
    // The long letter second, as arranged by hand.
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET position = CASE role WHEN "
                                "'reporter' THEN 1 WHEN 'delegate' THEN position - 1 ELSE position "
                                "END WHERE conference_id = ?"),
        {id}));
    QString error;
    const QString pdf = write(invitations, id, QStringLiteral("long.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QCOMPARE(pageCount(pdf), 5);
    QVERIFY(firstLine(pdfText(pdf, 2, 2)).startsWith(QStringLiteral("ĐẢNG BỘ TỈNH TUYÊN QUANG")));
    QCOMPARE(firstLine(pdfText(pdf, 3, 3)), QStringLiteral("2"));
    // The signature block is not cut, and does not stand alone: the closing sentence comes
    // with it.
    QVERIFY(!pdfText(pdf, 2, 2).contains(QStringLiteral("T/L BAN THƯỜNG VỤ")));
    QVERIFY2(inOrder(pdfText(pdf, 3, 3).simplified(),
                 {QStringLiteral("Trân trọng kính mời đồng chí đến dự Hội nghị./."),
                     QStringLiteral("Nơi nhận:"), QStringLiteral("T/L BAN THƯỜNG VỤ"),
                     QStringLiteral("CHÁNH VĂN PHÒNG"), QStringLiteral("Hoàng Thị Thu Hà")},
                 &error),
        qPrintable(error));
    for (int page : {4, 5})
        QVERIFY(firstLine(pdfText(pdf, page, page)).startsWith(QStringLiteral("ĐẢNG BỘ TỈNH")));
}

void TestConferenceReports::conferenceWithoutInviteesRefuses()
{
    // The Thanh Hóa review with only its three chairs.
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QVERIFY(keepOnlyTheChairs(id));
    QString error;
    QVERIFY(write(invitations, id, QStringLiteral("none.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("no one to invite")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Hội nghị tổng kết 10 năm")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.pdf"))));
    // Nothing but the store's file and its journal (none on a server).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), TestSupport::onServer() ? 0 : 3);
}

void TestConferenceReports::unknownKindOrConferenceIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown kind") << "conference-minutes" << qint64(1) << "Unknown report";
    for (const QString &kind : {summary, programme, delegates, invitations})
        QTest::newRow(qPrintable(kind))
            << kind << qint64(999) << "There is no conference number 999";
}

void TestConferenceReports::unknownKindOrConferenceIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(qint64, id);
    QFETCH(QString, sentence);
    QString error;
    QVERIFY(write(kind, id, QStringLiteral("out.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.pdf"))));
}

void TestConferenceReports::htmlEscapesParticipantNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("delegates") << delegates;
    QTest::newRow("invitations") << invitations;
    QTest::newRow("programme") << programme;
}

void TestConferenceReports::htmlEscapesParticipantNames()
{
    QFETCH(QString, kind);
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    const qint64 person = addPerson(QStringLiteral("Trần <Văn> & Con"), QString());
    QVERIFY(addParticipant(id, person, 0, QStringLiteral("discussant"),
        QStringLiteral("Bí thư <b>Chi bộ</b> & Đảng ủy"), 6));
    QVERIFY(exec(QStringLiteral("INSERT INTO agenda_item (conference_id, position, kind, title, "
                                "presenter_person_id) VALUES (?, 1, 'discussion_paper', "
                                "'Tham luận <số 1> & kết quả', ?)"),
        {id, person}));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET starts_at = '07:30' WHERE id = ?"), {id}));
    QString error;
    const QString path = write(kind, id, QStringLiteral("escaped.html"), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY2(html.contains(QStringLiteral("Trần &lt;Văn&gt; &amp; Con")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Bí thư &lt;b&gt;Chi bộ&lt;/b&gt; &amp; Đảng ủy")));
    QVERIFY(!html.contains(QStringLiteral("<Văn>")));
    QVERIFY(!html.contains(QStringLiteral("<b>Chi bộ")));
    QVERIFY(!html.contains(QLatin1String("{{")));
}

void TestConferenceReports::summaryUsesEverythingRecorded()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(
        QStringLiteral("UPDATE conference SET results = 'Quán triệt đến 100% cấp ủy.', "
                       "strengths = 'Chuẩn bị chu đáo.', shortcomings = 'Tài liệu gửi muộn.', "
                       "difficulties = 'Địa bàn rộng.', causes = 'Thiếu cán bộ chuyên trách.', "
                       "lessons = 'Phối hợp chặt chẽ.', tasks_ahead = 'Tổ chức tập huấn lại.', "
                       "proposals = 'Bổ sung biên chế.', conclusion = 'Hội nghị thành công tốt "
                       "đẹp.' WHERE id = ?"),
        {id}));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO statistic (conference_id, name, value, measure, "
                            "position) VALUES (?, 'Lượt cán bộ được tập huấn', 2611, 'lượt', 1)"),
            {id}));
    // Units count as many delegates as they sent; an absent unit does not count.
    QVERIFY(addParticipant(id, 0, addUnit(QStringLiteral("Huyện ủy Sơn Dương")),
        QStringLiteral("delegate"), QString(), 5, 12));
    QVERIFY(addParticipant(id, 0, addUnit(QStringLiteral("Huyện ủy Yên Sơn")),
        QStringLiteral("delegate"), QString(), 6, 40, QStringLiteral("absent")));
    QString error;
    const QString pdf = write(summary, id, QStringLiteral("summary.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("THÔNG BÁO"),
                // The leaders by name and title, the units' delegates counted.
                QStringLiteral("Dự Hội nghị có các đồng chí: Chẩu Văn Lâm, Ủy viên Ban Chấp hành "
                               "Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội "
                               "tỉnh Tuyên Quang; Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh "
                               "ủy, Chủ tịch HĐND tỉnh; Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ "
                               "tịch UBND tỉnh; Nguyễn Kim Minh, Cục trưởng Cục Bảo vệ chính trị "
                               "nội bộ - Ban Tổ chức Trung ương; cùng 12 đại biểu là đại diện lãnh "
                               "đạo Huyện ủy Sơn Dương."),
                QStringLiteral("Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Hội "
                               "nghị kết luận như sau:"),
                QStringLiteral("Hội nghị thành công tốt đẹp."),
                QStringLiteral("1. Kết quả đạt được"), QStringLiteral("2. Một số số liệu chủ yếu"),
                QStringLiteral("- Lượt cán bộ được tập huấn: 2.611 lượt"),
                QStringLiteral("3. Ưu điểm"), QStringLiteral("4. Tồn tại, hạn chế"),
                QStringLiteral("5. Khó khăn, vướng mắc"), QStringLiteral("6. Nguyên nhân"),
                QStringLiteral("7. Bài học kinh nghiệm"),
                QStringLiteral("8. Nhiệm vụ, giải pháp thời gian tới"),
                QStringLiteral("9. Kiến nghị, đề xuất"), QStringLiteral("Bổ sung biên chế."),
                QStringLiteral("biết, thực hiện./."), QStringLiteral("Nơi nhận:")},
            &error),
        qPrintable(error));
}

void TestConferenceReports::invitationsExportToOdt()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET day_part = 'all_day' WHERE id = ?"), {id}));
    QString error;
    const QString odt = write(invitations, id, QStringLiteral("invitations.odt"), &error);
    QVERIFY2(!odt.isEmpty(), qPrintable(error));
    QFile file(odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(200);
    QVERIFY(head.startsWith("PK"));
    QVERIFY(head.contains("application/vnd.oasis.opendocument.text"));
}

// A new user's first tries: every document of every demo conference prints (the invitations of
// the Thanh Hóa review and two programmes were refused for want of data).
void TestConferenceReports::theDemoPrintsEveryDocumentOfEveryConference()
{
    QSqlQuery conferences(m_store->connection());
    QVERIFY(conferences.exec(QStringLiteral("SELECT id FROM conference ORDER BY id")));
    int printed = 0;
    while (conferences.next()) {
        const qint64 id = conferences.value(0).toLongLong();
        for (const QString &kind : Reports::kinds(QStringLiteral("conference"))) {
            QString error;
            const QString path
                = write(kind, id, QStringLiteral("%1-%2.pdf").arg(kind).arg(id), &error);
            QVERIFY2(!path.isEmpty(),
                qPrintable(QStringLiteral("%1 of %2: %3").arg(kind).arg(id).arg(error)));
            QVERIFY(QFileInfo(path).size() > 1000);
            ++printed;
        }
    }
    // The four of the articles and the invented TỐI MẬT one.
    QCOMPARE(printed, 5 * Reports::kinds(QStringLiteral("conference")).size());
}

QString TestConferenceReports::summaryText(qint64 conference, QString *error)
{
    const auto built = Reports::build(*m_store, summary, conference, error);
    if (!built)
        return QString();
    QTextDocument document;
    document.setHtml(built->html);
    return document.toPlainText().simplified();
}

// Conference 4 of the issue: "THÔNG BÁO kết luận" printed with nothing concluded.
void TestConferenceReports::noticeWithoutConclusionsIsRefusedButItsDraftPrints()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET results = NULL, strengths = NULL, "
                                "shortcomings = NULL, difficulties = NULL, causes = NULL, lessons "
                                "= NULL, tasks_ahead = NULL, proposals = NULL, conclusion = NULL "
                                "WHERE id = ?"),
        {id}));
    // Figures alone conclude nothing.
    QVERIFY(exec(QStringLiteral("INSERT INTO statistic (conference_id, name, value, position) "
                                "VALUES (?, 'Lượt cán bộ được tập huấn', 120, 1)"),
        {id}));
    QString error;
    QVERIFY(write(summary, id, QStringLiteral("refused.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("has no conclusions yet")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("A draft can be printed")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("refused.pdf"))));

    // Even once numbered, a draft shows no number and no date; it says DỰ THẢO first.
    const DocumentRegister::Request request {QStringLiteral("TB"), QStringLiteral("TU"),
        QDate(2023, 4, 27), summary, QString(), QString(), {QStringLiteral("conference"), id}};
    QVERIFY(exec(QStringLiteral("UPDATE conference SET conclusion = 'Tạm.' WHERE id = ?"), {id}));
    QVERIFY2(DocumentRegister::issue(*m_store, request, &error), qPrintable(error));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET conclusion = NULL WHERE id = ?"), {id}));
    const auto draft = Reports::build(*m_store, summary, id, &error, Reports::Draft::Yes);
    QVERIFY2(draft, qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("draft.pdf"));
    QVERIFY2(Reports::write(*draft, path, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY2(firstLine(pdfText(path)).contains(QStringLiteral("DỰ THẢO")), qPrintable(text));
    QVERIFY2(inOrder(text,
                 {QStringLiteral("DỰ THẢO"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                     QStringLiteral("-TB/TU"), QStringLiteral("THÔNG BÁO"),
                     QStringLiteral("kết luận như sau:"), QStringLiteral("……"),
                     QStringLiteral("biết, thực hiện./.")},
                 &error),
        qPrintable(error));
    QVERIFY(!text.contains(QStringLiteral("01-TB")));
    QVERIFY(!text.contains(QStringLiteral("ngày 27 tháng 4")));
    // The final print, with something concluded, has its number and no DỰ THẢO.
    QVERIFY(exec(QStringLiteral("UPDATE conference SET conclusion = 'Tạm.' WHERE id = ?"), {id}));
    const QString final = write(summary, id, QStringLiteral("final.pdf"), &error);
    QVERIFY2(!final.isEmpty(), qPrintable(error));
    QVERIFY(pdfText(final).contains(QStringLiteral("Số 01-TB/TU")));
    QVERIFY(!pdfText(final).contains(QStringLiteral("DỰ THẢO")));
}

void TestConferenceReports::chairsAreNamedAsANoticeWritesThem_data()
{
    QTest::addColumn<int>("chairs");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("one") << 1
                         << "Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ "
                            "tịch HĐND tỉnh chủ trì Hội nghị.";
    QTest::newRow("two") << 2
                         << "Các đồng chí: Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh "
                            "ủy, Chủ tịch HĐND tỉnh; Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch "
                            "UBND tỉnh đồng chủ trì Hội nghị.";
    QTest::newRow("three") << 3
                           << "Các đồng chí: Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh "
                              "ủy, Chủ tịch HĐND tỉnh; Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch "
                              "UBND tỉnh; Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy đồng chủ trì Hội "
                              "nghị.";
}

void TestConferenceReports::chairsAreNamedAsANoticeWritesThem()
{
    QFETCH(int, chairs);
    QFETCH(QString, sentence);
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QVERIFY(keepOnlyTheChairs(id));
    // The chairs beyond the wanted number attend instead, entered first to show that protocol,
    // not entry, orders the names.
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET role = 'delegate', position = "
                                "-1 WHERE conference_id = ? AND id NOT IN (SELECT id FROM "
                                "conference_participant WHERE conference_id = ? ORDER BY position "
                                "LIMIT ?)"),
        {id, id, chairs}));
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET position = -position WHERE "
                                "conference_id = ? AND role = 'chair'"),
        {id}));
    QString error;
    const QString text = summaryText(id, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Tỉnh ủy chủ trì")) || chairs == 1);
    QCOMPARE(text.contains(QStringLiteral("đồng chủ trì")), chairs > 1);
    // Who did not chair is named among those who attended, by title.
    if (chairs < 3)
        QVERIFY2(text.contains(QStringLiteral("Dự Hội nghị có ")), qPrintable(text));
    // Never counts of roles.
    QVERIFY(!text.contains(QStringLiteral("đồng chí trình bày báo cáo,")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("có \\d+ đồng chí"))));
}

void TestConferenceReports::theDocumentImplementedIsCitedByItsType()
{
    // The Tuyên Quang conference implements Quy định 58 without naming it in its title.
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET conclusion = 'Hội nghị thành công.' WHERE "
                                "id = ?"),
        {id}));
    QString error;
    QString text = summaryText(id, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("Thực hiện Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ "
                                          "Chính trị, ngày 26/4/2023, tại Trung tâm Hội nghị tỉnh "
                                          "Tuyên Quang, Tỉnh ủy Tuyên Quang tổ chức Hội nghị quán "
                                          "triệt")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Chỉ đạo thực hiện văn bản")));
    QVERIFY(!text.contains(QStringLiteral("(")));
    // The 2026 guidance puts a comma before "ngày" in a citation, in the title too.
    FormatProfile profile = FormatProfile::load(*m_store);
    profile.applyGuidance(QLatin1String(FormatProfile::guidance2026));
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    text = summaryText(id, &error);
    QVERIFY2(text.contains(QStringLiteral("Thực hiện Quy định số 58-QĐ/TW, ngày 8/2/2022 của Bộ "
                                          "Chính trị, ngày 26/4/2023")),
        qPrintable(text));
    const QString review = summaryText(conferenceId(QStringLiteral("final_review")), &error);
    QVERIFY2(
        review.contains(QStringLiteral("Chỉ thị số 39-CT/TW, ngày 18/8/2014")), qPrintable(review));
}

// Found 6: a Phó Bí thư and a Cục trưởng above the Bí thư and Ủy viên Trung ương; a unit of
// three with one row.
void TestConferenceReports::delegateListFollowsTheProtocolOfTitles()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QVERIFY(
        exec(QStringLiteral("DELETE FROM conference_participant WHERE conference_id = ?"), {id}));
    // Entered in the reverse of protocol, each with a role that used to list first.
    const QList<std::pair<QString, QString>> people {
        {QStringLiteral("Người Khác"), QStringLiteral("Chuyên viên Văn phòng Tỉnh ủy")},
        {QStringLiteral("Người Phó Giám đốc"), QStringLiteral("Phó Giám đốc Công an tỉnh")},
        {QStringLiteral("Người Cục trưởng"),
            QStringLiteral("Cục trưởng Cục Bảo vệ chính trị nội bộ")},
        {QStringLiteral("Người Tỉnh ủy viên"), QStringLiteral("Tỉnh ủy viên, Giám đốc Sở Nội vụ")},
        {QStringLiteral("Người Ủy viên BTV"),
            QStringLiteral("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy")},
        {QStringLiteral("Người Phó Bí thư"), QStringLiteral("Phó Bí thư Tỉnh ủy")},
        {QStringLiteral("Người Phó Bí thư TT"),
            QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh")},
        {QStringLiteral("Người Bí thư"), QStringLiteral("Bí thư Tỉnh ủy")},
        {QStringLiteral("Người UVTW"),
            QStringLiteral("Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương")},
        {QStringLiteral("Người Bí thư TW"), QStringLiteral("Bí thư Trung ương Đảng")},
        {QStringLiteral("Người UVBCT"), QStringLiteral("Ủy viên Bộ Chính trị")},
    };
    const QStringList roles {QStringLiteral("reporter"), QStringLiteral("opening_speaker"),
        QStringLiteral("guest"), QStringLiteral("discussant"), QStringLiteral("delegate")};
    int position = 1;
    QVERIFY(addParticipant(id, 0, addUnit(QStringLiteral("Huyện ủy Hư Cấu")),
        QStringLiteral("guest"), QString(), position++, 3));
    for (const auto &[name, title] : people)
        QVERIFY(addParticipant(id, addPerson(name, QString()), 0, roles.at(position % roles.size()),
            title, position++));
    QVERIFY(addParticipant(id, addPerson(QStringLiteral("Người Chủ trì"), QString()), 0,
        QStringLiteral("chair"), QStringLiteral("Phó Bí thư Tỉnh ủy"), position++));
    QString error;
    const QString pdf = write(delegates, id, QStringLiteral("protocol.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QStringList expected {QStringLiteral("1 Người Chủ trì")};
    for (int i = int(people.size()) - 1; i >= 0; --i)
        expected << QStringLiteral("%1 %2 %3")
                        .arg(expected.size() + 1)
                        .arg(people.at(i).first, people.at(i).second);
    expected << QStringLiteral("13 Huyện ủy Hư Cấu (3 đại biểu)")
             << QStringLiteral("14 Huyện ủy Hư Cấu — đại biểu 2")
             << QStringLiteral("15 Huyện ủy Hư Cấu — đại biểu 3");
    QVERIFY2(inOrder(pdfCells(pdf), expected, &error), qPrintable(error));
    // A row and a signature box per delegate: fifteen rows, no sixteenth.
    QVERIFY(!pdfCells(pdf).contains(QStringLiteral("16 ")));
}

void TestConferenceReports::delegateListFollowsTheOrderArrangedByHand()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    // The secretary put the reporter first and the Secretary last (the editor writes positions
    // as the rows are dragged).
    QVERIFY(exec(
        QStringLiteral("UPDATE conference SET participant_order = 'manual' WHERE id = ?"), {id}));
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET position = CASE role WHEN "
                                "'reporter' THEN 0 WHEN 'opening_speaker' THEN 1 ELSE position + "
                                "10 END WHERE conference_id = ?"),
        {id}));
    QVERIFY(exec(QStringLiteral("UPDATE conference_participant SET position = 99 WHERE "
                                "conference_id = ? AND title_held LIKE '%Trung ương Đảng%'"),
        {id}));
    QString error;
    const QString pdf = write(delegates, id, QStringLiteral("manual.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY2(inOrder(pdfCells(pdf),
                 {QStringLiteral("1 Nguyễn Kim Minh"), QStringLiteral("2 Lê Thị Kim Dung"),
                     QStringLiteral("3 Nguyễn Văn Sơn"), QStringLiteral("Chẩu Văn")},
                 &error),
        qPrintable(error));
    // Back to protocol: the Ủy viên Trung ương first.
    QVERIFY(exec(
        QStringLiteral("UPDATE conference SET participant_order = 'protocol' WHERE id = ?"), {id}));
    const QString again = write(delegates, id, QStringLiteral("protocol.pdf"), &error);
    QVERIFY2(inOrder(pdfCells(again),
                 {QStringLiteral("1 Chẩu Văn Lâm"), QStringLiteral("2 Lê Thị Kim Dung"),
                     QStringLiteral("3 Nguyễn Văn Sơn"), QStringLiteral("Nguyễn Kim Minh")},
                 &error),
        qPrintable(error));
}

// Found 7: invitations printed with no hour.
void TestConferenceReports::invitationsNeedATimeButTheirDraftDoesNot()
{
    const qint64 id = conferenceId(QStringLiteral("dissemination"));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET starts_at = NULL, ends_at = NULL, day_part "
                                "= NULL WHERE id = ?"),
        {id}));
    QString error;
    QVERIFY(write(invitations, id, QStringLiteral("none.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("has no time yet")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.pdf"))));
    const auto draft = Reports::build(*m_store, invitations, id, &error, Reports::Draft::Yes);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY(draft->html.contains(QStringLiteral("DỰ THẢO")));

    QVERIFY(exec(QStringLiteral("UPDATE conference SET day_part = 'morning' WHERE id = ?"), {id}));
    const QString pdf = write(invitations, id, QStringLiteral("morning.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf, 1, 1).simplified();
    QVERIFY2(text.contains(QStringLiteral("Thời gian: buổi sáng ngày 26/4/2023 (thứ Tư).")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Trân trọng kính mời đồng chí đến dự Hội nghị./.")));
    QVERIFY(!text.contains(QStringLiteral("DỰ THẢO")));
    // Without a date an invitation cannot say when either.
    QVERIFY(exec(QStringLiteral("UPDATE conference SET held_on = NULL WHERE id = ?"), {id}));
    QVERIFY(write(invitations, id, QStringLiteral("undated.pdf"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("has no date yet")), qPrintable(error));
}

void TestConferenceReports::eachGuidanceDifferenceShowsInTheDocument()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    QString error;
    const auto of2018 = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(of2018, qPrintable(error));
    FormatProfile profile = FormatProfile::load(*m_store);
    profile.applyGuidance(QLatin1String(FormatProfile::guidance2026));
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    const auto of2026 = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(of2026, qPrintable(error));
    const QString before = of2018->html;
    const QString after = of2026->html;
    // Single spacing, then exactly 18 pt (24 px at 96 dpi).
    QVERIFY(!before.contains(QLatin1String("line-height")));
    QVERIFY(after.contains(QLatin1String("line-height: 24px; -qt-line-height-type: fixed;")));
    // "./." then ".".
    QVERIFY(before.contains(QStringLiteral("biết, thực hiện./.</p>")));
    QVERIFY(after.contains(QStringLiteral("biết, thực hiện.</p>")));
    // The header as written, then "ỦY" whatever was typed.
    QVERIFY(exec(QStringLiteral("UPDATE issuing_body SET issuing_line = 'TỈNH UỶ'")));
    const auto respelled = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(respelled, qPrintable(error));
    QVERIFY(respelled->data.value(QStringLiteral("issuing_body")).toString()
        == QStringLiteral("TỈNH ỦY"));
    // The citation's comma.
    QVERIFY(before.contains(QStringLiteral("Chỉ thị số 39-CT/TW ngày 18/8/2014")));
    QVERIFY(after.contains(QStringLiteral("Chỉ thị số 39-CT/TW, ngày 18/8/2014")));
    // The signer's title in bold, then not.
    const QString title = of2018->data.value(QStringLiteral("signer_title")).toString();
    QVERIFY(before.contains(QStringLiteral("font-weight: bold;\">%1</p>").arg(title)));
    QVERIFY(after.contains(QStringLiteral("font-weight: normal;\">%1</p>").arg(title)));
    // The first-line indent follows the field (10 mm in both: 38 px at 96 dpi).
    QVERIFY(before.contains(QLatin1String("text-indent: 38px")));
    profile.firstLineIndentMm = 12.7;
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    const auto indented = Reports::build(*m_store, summary, id, &error);
    QVERIFY(indented->html.contains(QLatin1String("text-indent: 48px")));
    // The programme numbered where the profile says so.
    profile.programmeNumbered = true;
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    const auto numbered = Reports::build(*m_store, programme, id, &error);
    QVERIFY2(numbered, qPrintable(error));
    QVERIFY(numbered->html.contains(QLatin1String(">STT</p>")));
    // The PDF carries the exact spacing: the lines of a body paragraph 18 pt apart.
    const QString pdf = write(summary, id, QStringLiteral("2026.pdf"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
}

void TestConferenceReports::committeesSignKTOnlyWhereTheProfileAllows()
{
    const qint64 id = conferenceId(QStringLiteral("final_review"));
    // A committee whose Deputy Secretary signs for the Secretary.
    QVERIFY(exec(QStringLiteral("INSERT INTO issuing_body (name, superior_line, issuing_line, "
                                "issuer_code) VALUES ('Tỉnh ủy Hư Cấu', 'ĐẢNG BỘ "
                                "TỈNH HƯ CẤU', 'TỈNH ỦY', 'HC')")));
    QVERIFY(exec(QStringLiteral("UPDATE conference SET issuing_body_id = (SELECT id FROM "
                                "issuing_body WHERE issuer_code = 'HC') WHERE id = ?"),
        {id}));
    QVERIFY(exec(QStringLiteral("INSERT INTO issuing_body_signer (issuing_body_id, report_kind, "
                                "authority, title, signer_name) SELECT id, '', 'K/T BÍ THƯ', 'PHÓ "
                                "BÍ THƯ', 'Người Ký Hư Cấu' FROM issuing_body WHERE issuer_code = "
                                "'HC'")));
    QString error;
    const auto allowed = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(allowed, qPrintable(error));
    QVERIFY(allowed->html.contains(QStringLiteral("K/T BÍ THƯ")));
    FormatProfile profile = FormatProfile::load(*m_store);
    profile.applyGuidance(QLatin1String(FormatProfile::guidance2026));
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    QVERIFY(!Reports::build(*m_store, summary, id, &error));
    QVERIFY2(error.contains(QLatin1String("not signed K/T")), qPrintable(error));
    // An advisory body's head may still be signed for.
    QVERIFY(exec(QStringLiteral("UPDATE issuing_body_signer SET authority = 'K/T TRƯỞNG BAN' "
                                "WHERE signer_name = 'Người Ký Hư Cấu'")));
    QVERIFY2(Reports::build(*m_store, summary, id, &error), qPrintable(error));
}

// The Thanh Hóa review presents the Bằng khen: the programme's item names the form, the body and
// how many from the list; the notice tells of it once it is decided, and of nothing before.
void TestConferenceReports::commendationsPresentedShowInTheNoticeAndTheProgramme()
{
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.id, c.conference_id, (SELECT count(*) FROM commendation_recipient r WHERE "
        "r.commendation_id = c.id AND r.recipient_kind = 'collective' AND r.review = "
        "'accepted') FROM commendation c WHERE c.conference_id IS NOT NULL")));
    QVERIFY(query.next());
    const qint64 commendation = query.value(0).toLongLong();
    const qint64 conference = query.value(1).toLongLong();
    const int collectives = query.value(2).toInt();
    QVERIFY(collectives > 0);
    const QString reason = QStringLiteral("có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị "
                                          "số 39-CT/TW của Bộ Chính trị");
    QString error;
    const QString programme = write(
        QStringLiteral("conference-programme"), conference, QStringLiteral("p.pdf"), &error);
    QVERIFY2(!programme.isEmpty(), qPrintable(error));
    const QString item = QStringLiteral("Trao Bằng khen của Ban Thường vụ Tỉnh ủy Thanh Hóa cho "
                                        "%1 tập thể %2")
                             .arg(collectives)
                             .arg(reason);
    QVERIFY2(pdfText(programme).simplified().contains(item), qPrintable(pdfText(programme)));
    // Not decided yet: the notice says nothing of it.
    const QString before = write(summary, conference, QStringLiteral("before.pdf"), &error);
    QVERIFY2(!before.isEmpty(), qPrintable(error));
    QVERIFY(!pdfText(before).contains(QStringLiteral("Nhân dịp này")));

    QVERIFY2(Issuing::issue(*m_store, QStringLiteral("commendation-decision"), commendation,
                 QDate(2024, 5, 27), 0, &error),
        qPrintable(error));
    const QString after = write(summary, conference, QStringLiteral("after.pdf"), &error);
    QVERIFY2(!after.isEmpty(), qPrintable(error));
    const QString sentence = QStringLiteral("Nhân dịp này, Ban Thường vụ Tỉnh ủy Thanh Hóa đã tặng "
                                            "Bằng khen cho %1 tập thể %2.")
                                 .arg(collectives)
                                 .arg(reason);
    QVERIFY2(pdfText(after).simplified().contains(sentence), qPrintable(pdfText(after)));
    // The programme's item is the same after the decision.
    const QString again = write(
        QStringLiteral("conference-programme"), conference, QStringLiteral("p2.pdf"), &error);
    QVERIFY(pdfText(again).simplified().contains(item));
}

QTEST_MAIN(TestConferenceReports)
#include "tst_conferencereports.moc"
