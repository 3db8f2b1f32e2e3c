#include "cli/demodata.h"
#include "core/clock.h"
#include "pdftestsupport.h"
#include "reports/inspectionstatistics.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "teststore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::inOrder;
using PdfTestSupport::pageCount;
using PdfTestSupport::pdfRaw;
using PdfTestSupport::pdfText;

namespace {

const QString decision = QStringLiteral("inspection-decision");
const QString plan = QStringLiteral("inspection-plan");
const QString schedule = QStringLiteral("inspection-schedule");
const QString conclusion = QStringLiteral("inspection-conclusion");
const QString followUp = QStringLiteral("inspection-followup");
const QString reminder = QStringLiteral("remedy-reminder");
const QString statistics = QStringLiteral("inspection-statistics");

// "11/11/2026" as a document cites a date: no leading zeros.
QString cited(const QDate &date)
{
    return QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(date.year());
}

} // namespace

class TestInspectionReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindIsListedWithItsSubject();
    void decisionCitesItsGroundsAndAttachesTheTeamInOrder();
    void issuingTheDecisionAndThePlanFillsTheirNumbers();
    void planListsTheContentsInOrder();
    void scheduleListsEachTargetsSessions();
    void conclusionPrintsViolationsAndRecommendationsWithDeadlines();
    void conclusionWithoutAConclusionIsRefusedButItsDraftPrints();
    void followUpShowsTheHistoryAndWhatIsOverdueToday();
    void reminderListsOnlyTheOverdueAndIsRefusedWithoutAny();
    void dateWarningsSpeakOfTheInspection();
    void statisticsMatchCountsMadeFromTheRows();
    void statisticsPrintTheTable();
    void presetsCoverTheReportingPeriods();
    void everyKindPrintsHeadlessly();

private:
    QString write(const QString &kind, qint64 id, QString *error,
        Reports::Draft draft = Reports::Draft::No, const QVariantMap &parameters = {});
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {});
    qint64 team(const QString &name) const;
    qint64 targetOf(const QString &name) const;
    QDate today() const { return m_clock->now().toLocalTime().date(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    QDate m_demoDay; // the day the demo was made: its invented dates count from it
};

void TestInspectionReports::init()
{
    m_clock = TestSupport::fixClock();
    m_demoDay = today();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestInspectionReports::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestInspectionReports::write(const QString &kind, qint64 id, QString *error,
    Reports::Draft draft, const QVariantMap &parameters)
{
    return PdfTestSupport::writeReport(*m_store, m_dir->path(), kind, id, error, draft, parameters);
}

QVariant TestInspectionReports::value(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

bool TestInspectionReports::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

qint64 TestInspectionReports::team(const QString &name) const
{
    return value(QStringLiteral("SELECT id FROM inspection_team WHERE name = ?"), {name})
        .toLongLong();
}

qint64 TestInspectionReports::targetOf(const QString &name) const
{
    return value(
        QStringLiteral("SELECT t.id FROM inspection_target t LEFT JOIN unit u ON "
                       "u.id = t.unit_id LEFT JOIN person p ON p.id = t.person_id "
                       "WHERE coalesce(u.name, p.full_name) = ? ORDER BY t.id DESC LIMIT 1"),
        {name})
        .toLongLong();
}

void TestInspectionReports::everyKindIsListedWithItsSubject()
{
    const QList<std::pair<QString, QString>> expected {{decision, "inspection_team"},
        {plan, "inspection_team"}, {schedule, "inspection_team"}, {conclusion, "inspection_target"},
        {followUp, "inspection_team"}, {reminder, "inspection_target"},
        {statistics, "issuing_body"}};
    for (const auto &[kind, subject] : expected) {
        QVERIFY2(Reports::kinds().contains(kind), qPrintable(kind));
        QCOMPARE(Reports::subjectTable(kind), subject);
        QVERIFY(Reports::kindTitle(kind) != kind);
    }
    QCOMPARE(Reports::kinds(QStringLiteral("inspection_team")),
        QStringList({decision, plan, schedule, followUp}));
    QCOMPARE(Reports::kinds(QStringLiteral("conference")).size(), 4);
}

void TestInspectionReports::decisionCitesItsGroundsAndAttachesTheTeamInOrder()
{
    const qint64 traVinh = team(QStringLiteral("Đoàn kiểm tra số 5"));
    QString error;
    QString pdf = write(decision, traVinh, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("BAN CHẤP HÀNH TRUNG ƯƠNG"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                QStringLiteral("TIỂU BAN BẢO VỆ CHÍNH TRỊ"), QStringLiteral("-QĐ/TBBVCTNBTW"),
                QStringLiteral("QUYẾT ĐỊNH"),
                QStringLiteral("Về việc thành lập Đoàn kiểm tra số 5"),
                QStringLiteral("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
                QStringLiteral("Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025"),
                QStringLiteral("Căn cứ Quy định số 58-QĐ/TW ngày 8/2/2022"),
                QStringLiteral("Điều 1. Thành lập Đoàn kiểm tra số 5 của Tiểu ban Bảo vệ"),
                QStringLiteral("Ban Thường vụ Tỉnh ủy Trà Vinh, Thành ủy Trà Vinh và Đảng bộ "
                               "Khối cơ quan và doanh nghiệp tỉnh Trà Vinh"),
                QStringLiteral("Điều 2."), QStringLiteral("từ ngày 2/11/2023"),
                QStringLiteral("Điều 3."), QStringLiteral("K/T TRƯỞNG TIỂU BAN"),
                QStringLiteral("Nguyễn Quang Dương"),
                QStringLiteral("DANH SÁCH ĐOÀN KIỂM TRA SỐ 5"),
                QStringLiteral("Kèm theo Quyết định số"), QStringLiteral("Trưởng đoàn")},
            &missing),
        qPrintable(missing));
    // The list is attached on a page of its own, after the signature.
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 2);
    QVERIFY(pdfText(pdf, pages, pages).contains(QStringLiteral("DANH SÁCH")));
    QVERIFY(!pdfText(pdf, 1, 1).contains(QStringLiteral("DANH SÁCH")));

    // Head, deputies, members, secretary, whatever order they were entered in; the title held
    // then, not the person's today.
    const qint64 invented = team(QStringLiteral("Đoàn kiểm tra số 3 (giả định)"));
    const qint64 deputy
        = m_store
              ->insert(QStringLiteral("person"),
                  {{QStringLiteral("full_name"), QStringLiteral("Vũ Thị Lan")},
                      {QStringLiteral("title"), QStringLiteral("Trưởng phòng (giả định)")}},
                  &error)
              .value_or(0);
    const qint64 member
        = m_store
              ->insert(QStringLiteral("person"),
                  {{QStringLiteral("full_name"), QStringLiteral("Đặng Văn Quý")},
                      {QStringLiteral("title"), QStringLiteral("Chuyên viên chính (giả định)")}},
                  &error)
              .value_or(0);
    QVERIFY2(deputy && member, qPrintable(error));
    QVERIFY(exec(QStringLiteral("INSERT INTO team_member (team_id, person_id, role, title_held, "
                                "position) VALUES (?, ?, 'member', NULL, 0), "
                                "(?, ?, 'deputy_head', 'Phó Trưởng phòng (giả định)', 9)"),
        {invented, member, invented, deputy}));
    pdf = write(decision, invented, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    text = pdfRaw(pdf, pageCount(pdf), pageCount(pdf));
    QVERIFY2(inOrder(text,
                 {QStringLiteral("1 Trần Văn Khang"), QStringLiteral("Trưởng đoàn"),
                     QStringLiteral("2 Vũ Thị Lan"), QStringLiteral("Phó Trưởng phòng (giả định)"),
                     QStringLiteral("Phó Trưởng đoàn"), QStringLiteral("3 Đặng Văn Quý"),
                     QStringLiteral("Chuyên viên chính (giả định)"), QStringLiteral("Thành viên"),
                     QStringLiteral("4 Phạm Thị Hạnh"), QStringLiteral("Thư ký")},
                 &missing),
        qPrintable(missing));
}

void TestInspectionReports::issuingTheDecisionAndThePlanFillsTheirNumbers()
{
    const qint64 traVinh = team(QStringLiteral("Đoàn kiểm tra số 5"));
    QString error;
    const auto entry = Issuing::issue(*m_store, decision, traVinh, QDate(2023, 10, 30), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("01-QĐ/TBBVCTNBTW"));
    QCOMPARE(value(QStringLiteral("SELECT decision_code || ' ' || decided_on FROM "
                                  "inspection_team WHERE id = ?"),
                 {traVinh})
                 .toString(),
        QStringLiteral("01-QĐ/TBBVCTNBTW 2023-10-30"));
    QCOMPARE(value(QStringLiteral("SELECT inspection_team_id FROM document_register WHERE id = ?"),
                 {entry->id})
                 .toLongLong(),
        traVinh);
    // The issued file carries the number, on the decision and on the list attached.
    const auto file = DocumentRegister::file(*m_store, entry->id, &error);
    QVERIFY2(file, qPrintable(error));
    const QString kept = m_dir->filePath(QStringLiteral("issued.pdf"));
    QFile out(kept);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*file);
    out.close();
    const QString text = pdfText(kept).simplified();
    QVERIFY2(text.contains(QStringLiteral("Số 01-QĐ/TBBVCTNBTW")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hà Nội, ngày 30 tháng 10 năm 2023")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kèm theo Quyết định số 01-QĐ/TBBVCTNBTW ngày "
                                          "30/10/2023")),
        qPrintable(text));
    // A second number for the same decision is refused.
    QVERIFY(!Issuing::issue(*m_store, decision, traVinh, QDate(2023, 10, 31), 0, &error));

    // The plan cites the decision, and gets its own number.
    const auto planEntry = Issuing::issue(*m_store, plan, traVinh, QDate(2023, 10, 31), 0, &error);
    QVERIFY2(planEntry, qPrintable(error));
    QCOMPARE(planEntry->code, QStringLiteral("01-KH/TBBVCTNBTW"));
    QCOMPARE(value(QStringLiteral("SELECT plan_code || ' ' || planned_on FROM inspection_team "
                                  "WHERE id = ?"),
                 {traVinh})
                 .toString(),
        QStringLiteral("01-KH/TBBVCTNBTW 2023-10-31"));
    const QString draft = write(plan, traVinh, &error, Reports::Draft::Yes);
    QVERIFY2(!draft.isEmpty(), qPrintable(error));
    QVERIFY(pdfText(draft).simplified().contains(
        QStringLiteral("Thực hiện Quyết định số 01-QĐ/TBBVCTNBTW ngày 30/10/2023")));
}

void TestInspectionReports::planListsTheContentsInOrder()
{
    const qint64 traVinh = team(QStringLiteral("Đoàn kiểm tra số 5"));
    // Positions give the order, not the order of entry.
    QVERIFY(exec(QStringLiteral("UPDATE inspection_topic SET position = 0 WHERE team_id = ? AND "
                                "title LIKE 'Quản lý hồ sơ%'"),
        {traVinh}));
    QString error;
    const QString pdf = write(plan, traVinh, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("KẾ HOẠCH"), QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU"),
                QStringLiteral("II. NỘI DUNG KIỂM TRA"),
                QStringLiteral("1. Quản lý hồ sơ, tài liệu"),
                QStringLiteral("2. Lãnh đạo, chỉ đạo, quán triệt"),
                QStringLiteral("8. Phát huy vai trò của Mặt trận Tổ quốc"),
                QStringLiteral("III. ĐỐI TƯỢNG, THỜI KỲ, THỜI GIAN KIỂM TRA"),
                QStringLiteral("Ban Thường vụ Tỉnh ủy Trà Vinh"),
                QStringLiteral("Thành ủy Trà Vinh"), QStringLiteral("IV. PHƯƠNG PHÁP TIẾN HÀNH"),
                QStringLiteral("V. TIẾN ĐỘ, LỊCH LÀM VIỆC"),
                QStringLiteral("Làm việc với Ban Thường vụ Tỉnh ủy Trà Vinh: ngày 2/11/2023")},
            &missing),
        qPrintable(missing));
    QVERIFY(text.contains(QStringLiteral("-KH/TBBVCTNBTW")));

    // A plan without contents is refused, its draft prints.
    QVERIFY(exec(QStringLiteral("DELETE FROM inspection_topic WHERE team_id = ?"), {traVinh}));
    QVERIFY(write(plan, traVinh, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Contents")), qPrintable(error));
    QVERIFY(!write(plan, traVinh, &error, Reports::Draft::Yes).isEmpty());
}

void TestInspectionReports::scheduleListsEachTargetsSessions()
{
    QString error;
    QString pdf = write(schedule, team(QStringLiteral("Đoàn kiểm tra số 5")), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(inOrder(text,
                 {QStringLiteral("LỊCH LÀM VIỆC"),
                     QStringLiteral("Của Đoàn kiểm tra số 5 của Tiểu ban Bảo vệ"),
                     QStringLiteral("1. Ban Thường vụ Tỉnh ủy Trà Vinh"), QStringLiteral("Ngày"),
                     QStringLiteral("Thời gian"), QStringLiteral("Địa điểm"),
                     QStringLiteral("2. Thành ủy Trà Vinh"), QStringLiteral("thông báo sau")},
                 &missing),
        qPrintable(missing));
    // The session's row, cell by cell.
    QVERIFY2(pdfRaw(pdf).contains(QStringLiteral("Thứ Năm 2/11/2023 14 giờ 00 Tỉnh ủy Trà Vinh Ban "
                                                 "Thường vụ Tỉnh ủy Trà Vinh; Đoàn kiểm tra số 5 "
                                                 "Công bố quyết định")),
        qPrintable(pdfRaw(pdf)));
    // A list that goes with the plan: no number, no signature.
    QVERIFY(!text.contains(QStringLiteral("Nơi nhận")));
    QVERIFY(!text.contains(QStringLiteral("Số ")));
    QVERIFY(!Issuing::issue(*m_store, schedule, team(QStringLiteral("Đoàn kiểm tra số 5")),
        QDate(2023, 10, 31), 0, &error));

    const qint64 invented = team(QStringLiteral("Đoàn kiểm tra số 3 (giả định)"));
    pdf = write(schedule, invented, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    text = pdfText(pdf).simplified();
    QVERIFY2(inOrder(text,
                 {QStringLiteral("1. Đảng ủy xã Bình Minh (giả định)"),
                     QStringLiteral("2. Đảng bộ Cơ quan Khối Nội chính (giả định)"),
                     QStringLiteral("3. Đồng chí Hoàng Văn Bình"), QStringLiteral("thông báo sau")},
                 &missing),
        qPrintable(missing));
    // Each target's sessions by date, the hours from and to.
    QVERIFY2(inOrder(pdfRaw(pdf),
                 {cited(m_demoDay.addDays(-110)) + QStringLiteral(" 08 giờ 00 – 11 giờ 00"),
                     cited(m_demoDay.addDays(-95)) + QStringLiteral(" 14 giờ 00 – 17 giờ 00"),
                     cited(m_demoDay.addDays(-105)) + QStringLiteral(" 08 giờ 00 – 11 giờ 30")},
                 &missing),
        qPrintable(missing));
    QVERIFY(exec(QStringLiteral("DELETE FROM inspection_session")));
    QVERIFY(write(schedule, invented, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no working sessions")), qPrintable(error));
}

void TestInspectionReports::conclusionPrintsViolationsAndRecommendationsWithDeadlines()
{
    const qint64 target = targetOf(QStringLiteral("Đảng ủy xã Bình Minh (giả định)"));
    QString error;
    const QString pdf = write(conclusion, target, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("BAN TỔ CHỨC"), QStringLiteral("-TB/BTCTU"),
                QStringLiteral("THÔNG BÁO"),
                QStringLiteral("Kết luận kiểm tra đối với Đảng ủy xã Bình Minh (giả định)"),
                QStringLiteral("1. Ưu điểm"), QStringLiteral("2. Hạn chế, khuyết điểm, vi phạm"),
                QStringLiteral("Vi phạm của đảng viên Hoàng Văn Bình, Chi bộ Trường Tiểu học "
                               "Bình Minh (giả định): chậm báo cáo"),
                QStringLiteral("Vi phạm của tổ chức (Đảng ủy xã Bình Minh (giả định))"),
                QStringLiteral("3. Nguyên nhân"), QStringLiteral("4. Trách nhiệm"),
                QStringLiteral("5. Đề nghị xem xét, xử lý kỷ luật"),
                QStringLiteral("6. Kiến nghị, yêu cầu khắc phục"),
                QStringLiteral("Rà soát, bổ sung hồ sơ"), cited(m_demoDay.addDays(-20)),
                QStringLiteral("Kiểm điểm, rút kinh nghiệm"), cited(m_demoDay.addDays(-40)),
                QStringLiteral("Tổ chức quán triệt lại"), cited(m_demoDay.addDays(45)),
                QStringLiteral("K/T TRƯỞNG BAN"), QStringLiteral("Trần Văn Khang")},
            &missing),
        qPrintable(missing));
    // No row is cut by the page break, the first one neither: its text and its deadline on one
    // page, under the header; the heading and lead-in go with the table.
    for (int page = 1; page <= pageCount(pdf); ++page) {
        const QString raw = pdfRaw(pdf, page, page);
        if (raw.contains(QStringLiteral("Rà soát, bổ sung"))) {
            QVERIFY2(raw.contains(QStringLiteral("lập danh mục lưu trữ."))
                    && raw.contains(cited(m_demoDay.addDays(-20)))
                    && raw.contains(QStringLiteral("6. Kiến nghị, yêu cầu khắc phục"))
                    && raw.contains(QStringLiteral("Nội dung kiến nghị")),
                qPrintable(raw));
        }
    }
    // Each recommendation with its responsible unit, in the table's row.
    const QString cells = pdfRaw(pdf);
    QVERIFY2(cells.contains(QStringLiteral("Kiểm điểm, rút kinh nghiệm; báo cáo bổ sung. Chi bộ "
                                           "Trường Tiểu học Bình Minh (giả định)")),
        qPrintable(cells));
}

void TestInspectionReports::conclusionWithoutAConclusionIsRefusedButItsDraftPrints()
{
    const qint64 target = targetOf(QStringLiteral("Ban Thường vụ Tỉnh ủy Trà Vinh"));
    QString error;
    QVERIFY(write(conclusion, target, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no conclusion yet")), qPrintable(error));
    QVERIFY(!Issuing::issue(*m_store, conclusion, target, QDate(2023, 12, 1), 0, &error));
    const QString pdf = write(conclusion, target, &error, Reports::Draft::Yes);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("DỰ THẢO")));
    QVERIFY(
        text.contains(QStringLiteral("Kết luận kiểm tra đối với Ban Thường vụ Tỉnh ủy Trà Vinh")));
    QVERIFY(text.contains(QStringLiteral("……")));
    // No number on a draft; the Tiểu ban heads it.
    QVERIFY(text.contains(QStringLiteral("TIỂU BAN BẢO VỆ CHÍNH TRỊ")));
}

void TestInspectionReports::followUpShowsTheHistoryAndWhatIsOverdueToday()
{
    const qint64 invented = team(QStringLiteral("Đoàn kiểm tra số 3 (giả định)"));
    QString error;
    QString pdf = write(followUp, invented, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(inOrder(text,
                 {QStringLiteral("BÁO CÁO"), QStringLiteral("Theo dõi việc khắc phục"),
                     QStringLiteral("đã kiến nghị 5 nội dung; đã khắc phục 3 nội dung; chưa khắc "
                                    "phục xong 2 nội dung, trong đó 1 nội dung quá hạn"),
                     QStringLiteral("1. Đảng ủy xã Bình Minh (giả định)")},
                 &missing),
        qPrintable(missing));
    const QString cells = pdfRaw(pdf);
    QVERIFY2(inOrder(cells,
                 {QStringLiteral("Rà soát, bổ sung hồ sơ"), QStringLiteral("quá hạn 20 ngày"),
                     QStringLiteral("Báo cáo khắc phục (%1)").arg(cited(m_demoDay.addDays(-40))),
                     QStringLiteral("Đôn đốc (%1)").arg(cited(m_demoDay.addDays(-5))),
                     QStringLiteral("Kiểm điểm, rút kinh nghiệm"), QStringLiteral("Đã khắc phục"),
                     QStringLiteral("Bổ sung quy chế"), QStringLiteral("Đã kiểm tra lại"),
                     QStringLiteral("Kiểm tra lại (%1)").arg(cited(m_demoDay.addDays(-10))),
                     QStringLiteral("Tổ chức quán triệt lại"), QStringLiteral("Chưa thực hiện"),
                     QStringLiteral("Chưa có báo cáo")},
                 &missing),
        qPrintable(missing));
    QCOMPARE(cells.count(QRegularExpression(QStringLiteral("quá hạn \\d"))), 1);

    // Fifty days on, the one due in 45 days is overdue too, and the first by 70 days.
    m_clock->advance(50 * 24 * 3600);
    pdf = write(followUp, invented, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    text = pdfRaw(pdf);
    QVERIFY2(text.contains(QStringLiteral("quá hạn 70 ngày")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("quá hạn 5 ngày")), qPrintable(text));
    QVERIFY(pdfText(pdf).simplified().contains(QStringLiteral("trong đó 2 nội dung quá hạn")));

    // An inspection without recommendations has nothing to follow up.
    QVERIFY(write(followUp, team(QStringLiteral("Đoàn kiểm tra số 5")), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no recommendations")), qPrintable(error));
}

void TestInspectionReports::reminderListsOnlyTheOverdueAndIsRefusedWithoutAny()
{
    const qint64 target = targetOf(QStringLiteral("Đảng ủy xã Bình Minh (giả định)"));
    QString error;
    const QString pdf = write(reminder, target, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QString missing;
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("-CV/BTCTU"), QStringLiteral("V/v đôn đốc thực hiện kết luận kiểm tra"),
                QStringLiteral("Kính gửi: Đảng ủy xã Bình Minh (giả định)"),
                QStringLiteral("Rà soát, bổ sung hồ sơ"), cited(m_demoDay.addDays(-20)),
                QStringLiteral("quá hạn 20 ngày"), QStringLiteral("Đề nghị"),
                QStringLiteral("Nơi nhận:"), QStringLiteral("- Như trên,")},
            &missing),
        qPrintable(missing));
    QVERIFY(!text.contains(QStringLiteral("Kiểm điểm, rút kinh nghiệm")));
    QVERIFY(!text.contains(QStringLiteral("Tổ chức quán triệt lại")));
    // A letter has no type line: its excerpt stands under the number.
    QVERIFY(!text.contains(QStringLiteral("CÔNG VĂN")));

    // Nothing overdue: refused, for a real target and for this one a month earlier.
    QVERIFY(write(reminder, targetOf(QStringLiteral("Thành ủy Trà Vinh")), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no overdue recommendation")), qPrintable(error));
    m_clock->advance(-30 * 24 * 3600);
    QVERIFY(write(reminder, target, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no overdue recommendation")), qPrintable(error));
}

void TestInspectionReports::dateWarningsSpeakOfTheInspection()
{
    const qint64 traVinh = team(QStringLiteral("Đoàn kiểm tra số 5"));
    QVERIFY(Issuing::dateWarnings(*m_store, decision, traVinh, QDate(2023, 10, 30)).isEmpty());
    const QStringList late = Issuing::dateWarnings(*m_store, decision, traVinh, QDate(2023, 11, 5));
    QCOMPARE(late.size(), 1);
    QVERIFY2(late.first().contains(QStringLiteral("02/11/2023")), qPrintable(late.first()));

    const qint64 target = targetOf(QStringLiteral("Đảng ủy xã Bình Minh (giả định)"));
    const QDate lastSession = m_demoDay.addDays(-95);
    QVERIFY(Issuing::dateWarnings(*m_store, conclusion, target, lastSession).isEmpty());
    const QStringList early
        = Issuing::dateWarnings(*m_store, conclusion, target, lastSession.addDays(-1));
    QCOMPARE(early.size(), 1);
    QVERIFY2(early.first().contains(lastSession.toString(QStringLiteral("dd/MM/yyyy"))),
        qPrintable(early.first()));
}

// A store filled with inspections in and out of the period, of two bodies; the counts made here
// by reading the rows one by one, not by the statistics' query.
void TestInspectionReports::statisticsMatchCountsMadeFromTheRows()
{
    QRandomGenerator random(20261201);
    const QList<qint64> bodies {
        value(QStringLiteral(
                  "SELECT id FROM issuing_body WHERE issuer_code = 'TU' AND is_default = 1"))
            .toLongLong(),
        value(QStringLiteral("SELECT id FROM issuing_body WHERE issuer_code = 'BTCTU'"))
            .toLongLong()};
    QVERIFY(bodies.at(0) && bodies.at(1));
    QList<qint64> units;
    QSqlQuery unitRows(m_store->connection());
    QVERIFY(unitRows.exec(QStringLiteral("SELECT id FROM unit ORDER BY id LIMIT 30")));
    while (unitRows.next())
        units << unitRows.value(0).toLongLong();
    const qint64 someone = value(QStringLiteral("SELECT min(id) FROM person")).toLongLong();
    QString error;
    Store::Write write(m_store.get());
    QVERIFY(write.isActive());
    const QDate base(2025, 10, 1);
    static const char *const statuses[]
        = {"pending", "in_progress", "remedied", "rechecked", "not_done"};
    for (int i = 0; i < 40; ++i) {
        const QDate starts = base.addDays(int(random.bounded(400)));
        const qint64 team
            = m_store
                  ->insert(QStringLiteral("inspection_team"),
                      {{QStringLiteral("name"), QStringLiteral("Đoàn thử %1").arg(i)},
                          {QStringLiteral("issuing_body_id"), bodies.at(i % 2)},
                          {QStringLiteral("starts_on"), starts.toString(Qt::ISODate)}},
                      &error)
                  .value_or(0);
        QVERIFY2(team, qPrintable(error));
        const int targets = 1 + int(random.bounded(4));
        for (int t = 0; t < targets; ++t) {
            const bool person = t == 0 && i % 3 == 0;
            const bool concluded = random.bounded(3) != 0;
            QVariantMap values {{QStringLiteral("team_id"), team}, {QStringLiteral("position"), t}};
            if (person)
                values.insert(QStringLiteral("person_id"), someone);
            else
                values.insert(QStringLiteral("unit_id"), units.at((i * 4 + t) % units.size()));
            if (concluded) {
                values.insert(QStringLiteral("status"), QStringLiteral("concluded"));
                values.insert(QStringLiteral("concluded_on"),
                    starts.addDays(20 + int(random.bounded(30))).toString(Qt::ISODate));
            }
            const qint64 target
                = m_store->insert(QStringLiteral("inspection_target"), values, &error).value_or(0);
            QVERIFY2(target, qPrintable(error));
            if (random.bounded(2))
                QVERIFY2(m_store->insert(QStringLiteral("finding"),
                             {{QStringLiteral("target_id"), target},
                                 {QStringLiteral("description"), QStringLiteral("Vi phạm thử")}},
                             &error),
                    qPrintable(error));
            if (!concluded)
                continue;
            for (int r = 0; r < int(random.bounded(4)); ++r) {
                const QString status = QLatin1String(statuses[random.bounded(5)]);
                const QDate deadline = starts.addDays(60 + int(random.bounded(300)));
                QVariantMap recommendation {{QStringLiteral("target_id"), target},
                    {QStringLiteral("content"), QStringLiteral("Kiến nghị thử")},
                    {QStringLiteral("responsible_unit_id"), units.first()},
                    {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)},
                    {QStringLiteral("status"), status}};
                if (status == QLatin1String("remedied") || status == QLatin1String("rechecked"))
                    recommendation.insert(QStringLiteral("remedied_on"),
                        deadline.addDays(int(random.bounded(40)) - 20).toString(Qt::ISODate));
                QVERIFY2(m_store->insert(QStringLiteral("recommendation"), recommendation, &error),
                    qPrintable(error));
            }
        }
    }
    QVERIFY2(write.commit(&error), qPrintable(error));

    const QDate today = this->today();
    for (const InspectionStatistics::Period &period :
        {InspectionStatistics::Period {QDate(2026, 1, 1), QDate(2026, 6, 30)},
            InspectionStatistics::Period {QDate(2025, 10, 16), QDate(2026, 12, 31)},
            InspectionStatistics::Period {QDate(2020, 1, 1), QDate(2030, 12, 31)}}) {
        for (const qint64 body : {qint64(0), bodies.at(0), bodies.at(1)}) {
            InspectionStatistics::Counts expected;
            const auto within = [&period](const QVariant &iso) {
                const QDate date = QDate::fromString(iso.toString(), Qt::ISODate);
                return date.isValid() && date >= period.from && date <= period.to;
            };
            QSqlQuery rows(m_store->connection());
            QVERIFY(rows.exec(QStringLiteral(
                "SELECT g.id, g.unit_id, g.person_id, m.starts_on, m.issuing_body_id, "
                "g.concluded_on FROM inspection_target g, inspection_team m WHERE m.id = "
                "g.team_id")));
            while (rows.next()) {
                if (body && rows.value(4).toLongLong() != body)
                    continue;
                const qint64 target = rows.value(0).toLongLong();
                if (within(rows.value(3))) {
                    const bool violated
                        = value(QStringLiteral("SELECT count(*) FROM finding WHERE target_id = ?"),
                              {target})
                              .toInt()
                        > 0;
                    if (!rows.value(1).isNull()) {
                        ++expected.organizationsInspected;
                        expected.organizationsInViolation += violated;
                    } else {
                        ++expected.membersInspected;
                        expected.membersInViolation += violated;
                    }
                }
                if (!within(rows.value(5)))
                    continue;
                QSqlQuery made(m_store->connection());
                made.prepare(QStringLiteral("SELECT status, deadline, remedied_on FROM "
                                            "recommendation WHERE target_id = ?"));
                made.addBindValue(target);
                QVERIFY(made.exec());
                while (made.next()) {
                    ++expected.recommendations;
                    const QString status = made.value(0).toString();
                    const QDate deadline = QDate::fromString(made.value(1).toString(), Qt::ISODate);
                    const QDate remedied = QDate::fromString(made.value(2).toString(), Qt::ISODate);
                    if (status == QLatin1String("remedied")
                        || status == QLatin1String("rechecked")) {
                        if (remedied <= deadline)
                            ++expected.remediedOnTime;
                        else
                            ++expected.remediedLate;
                    } else {
                        ++expected.notYet;
                        if (status != QLatin1String("not_done") && deadline < today)
                            ++expected.overdue;
                    }
                }
            }
            const auto counted = InspectionStatistics::count(*m_store, period, body, &error);
            QVERIFY2(counted, qPrintable(error));
            const QString which
                = QStringLiteral("%1..%2 body %3")
                      .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                      .arg(body);
            QVERIFY2(expected.organizationsInspected + expected.membersInspected > 0
                    || period.from.year() == 2026,
                qPrintable(which));
            QCOMPARE(counted->organizationsInspected, expected.organizationsInspected);
            QCOMPARE(counted->membersInspected, expected.membersInspected);
            QCOMPARE(counted->organizationsInViolation, expected.organizationsInViolation);
            QCOMPARE(counted->membersInViolation, expected.membersInViolation);
            QCOMPARE(counted->recommendations, expected.recommendations);
            QCOMPARE(counted->remediedOnTime, expected.remediedOnTime);
            QCOMPARE(counted->remediedLate, expected.remediedLate);
            QCOMPARE(counted->notYet, expected.notYet);
            QCOMPARE(counted->overdue, expected.overdue);
        }
    }
    // The widest period counts something of everything.
    const auto all = InspectionStatistics::count(
        *m_store, {QDate(2020, 1, 1), QDate(2030, 12, 31)}, 0, &error);
    QVERIFY(all && all->organizationsInspected > 20 && all->membersInspected > 0
        && all->organizationsInViolation > 0 && all->recommendations > 10 && all->remediedLate > 0
        && all->remediedOnTime > 0 && all->overdue > 0);
    QVERIFY(
        !InspectionStatistics::count(*m_store, {QDate(2026, 2, 1), QDate(2026, 1, 1)}, 0, &error));
}

void TestInspectionReports::statisticsPrintTheTable()
{
    // The demo's invented inspection: 3 targets (2 organizations, 1 member), 1 in violation,
    // 5 recommendations: 2 on time (one re-checked), 1 late, 2 not yet, 1 overdue.
    const qint64 body
        = value(QStringLiteral("SELECT id FROM issuing_body WHERE issuer_code = 'BTCTU'"))
              .toLongLong();
    const QVariantMap year {{QStringLiteral("from"), QStringLiteral("2020-01-01")},
        {QStringLiteral("to"), QStringLiteral("2030-12-31")}};
    QString error;
    const QString pdf = write(statistics, body, &error, Reports::Draft::No, year);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString cells = PdfTestSupport::pdfCells(pdf);
    QString missing;
    QVERIFY2(
        inOrder(cells,
            {QStringLiteral("BÁO CÁO"), QStringLiteral("Thống kê kết quả kiểm tra"),
                QStringLiteral("Của Ban Tổ chức Tỉnh ủy Thanh Hóa"),
                QStringLiteral("Số được kiểm tra 2 1"), QStringLiteral("Trong đó: có vi phạm 1 0"),
                QStringLiteral("Tỷ lệ có vi phạm 50%"),
                QStringLiteral("Kiến nghị đã đưa ra 5 100%"),
                QStringLiteral("Đã khắc phục đúng hạn 2 40%"),
                QStringLiteral("Đã khắc phục quá hạn 1 20%"),
                QStringLiteral("Chưa khắc phục 2 40%"), QStringLiteral("Trong đó: quá hạn 1 20%")},
            &missing),
        qPrintable(missing));
    // Of every body: the Trà Vinh targets started in 2023 count in that year.
    const QString all = write(statistics, 0, &error, Reports::Draft::No,
        {{QStringLiteral("from"), QStringLiteral("2023-01-01")},
            {QStringLiteral("to"), QStringLiteral("2023-12-31")}});
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    const QString text = pdfRaw(all);
    QVERIFY2(text.contains(QStringLiteral("năm 2023")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Số được kiểm tra 3 0")), qPrintable(text));
    // Without a period: refused.
    QVERIFY(write(statistics, 0, &error).isEmpty());
}

void TestInspectionReports::presetsCoverTheReportingPeriods()
{
    using S = InspectionStatistics;
    QCOMPARE(S::period(S::Preset::QuarterI, 2026).to, QDate(2026, 3, 31));
    QCOMPARE(S::period(S::Preset::SixMonths, 2026).to, QDate(2026, 6, 30));
    QCOMPARE(S::period(S::Preset::NineMonths, 2026).to, QDate(2026, 9, 30));
    QCOMPARE(S::period(S::Preset::Year, 2026).from, QDate(2026, 1, 1));
    QCOMPARE(S::period(S::Preset::Year, 2026).to, QDate(2026, 12, 31));
    QCOMPARE(
        S::periodWords(S::period(S::Preset::QuarterI, 2026)), QStringLiteral("quý I năm 2026"));
    QCOMPARE(S::periodWords(S::period(S::Preset::SixMonths, 2026)),
        QStringLiteral("6 tháng đầu năm 2026"));
    QCOMPARE(S::periodWords({QDate(2025, 10, 16), QDate(2030, 10, 15)}),
        QStringLiteral("từ ngày 16/10/2025 đến ngày 15/10/2030"));
}

// "secretariat report KIND --id N" for every kind, as an office's script runs it.
void TestInspectionReports::everyKindPrintsHeadlessly()
{
    const QString database = m_store->path();
    const qint64 invented = team(QStringLiteral("Đoàn kiểm tra số 3 (giả định)"));
    const qint64 target = targetOf(QStringLiteral("Đảng ủy xã Bình Minh (giả định)"));
    const QList<std::pair<QString, QStringList>> runs {
        {decision, {QStringLiteral("--id"), QString::number(invented)}},
        {plan, {QStringLiteral("--id"), QString::number(invented)}},
        {schedule, {QStringLiteral("--id"), QString::number(invented)}},
        {conclusion, {QStringLiteral("--id"), QString::number(target)}},
        {followUp, {QStringLiteral("--id"), QString::number(invented)}},
        {reminder, {QStringLiteral("--id"), QString::number(target)}},
        {statistics,
            {QStringLiteral("--from"), QStringLiteral("1/1/2020"), QStringLiteral("--to"),
                QStringLiteral("31/12/2030")}},
    };
    m_store.reset(); // the program opens the file alone
    // The program's own clock is today's: the demo's invented dates were set from 1/12/2026, and
    // what is overdue then is overdue later too.
    for (const auto &[kind, arguments] : runs) {
        const QString out = m_dir->filePath(kind + QStringLiteral("-cli.pdf"));
        QProcess process;
        process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
            QStringList {QStringLiteral("--lang=en"), QStringLiteral("report"), kind,
                QStringLiteral("--db"), database, QStringLiteral("-o"), out}
                + arguments);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0,
            qPrintable(
                kind + QLatin1Char(' ') + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(pdfText(out).contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), qPrintable(kind));
    }
    // The statistics need their period.
    QProcess process;
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
        {QStringLiteral("--lang=en"), QStringLiteral("report"), statistics, QStringLiteral("--db"),
            database, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.pdf"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("--from")));
}

QTEST_MAIN(TestInspectionReports)
#include "tst_inspectionreports.moc"
