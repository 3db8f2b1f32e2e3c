#include "cli/demodata.h"
#include "core/clock.h"
#include "pdftestsupport.h"
#include "reports/commendationreport.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/commendations.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::inOrder;
using PdfTestSupport::pageCount;
using PdfTestSupport::pdfRaw;
using PdfTestSupport::pdfText;

namespace {

const QString proposal = QStringLiteral("commendation-proposal");
const QString decision = QStringLiteral("commendation-decision");
const QString awards = QStringLiteral("commendation-register");
const QString statistics = QStringLiteral("commendation-statistics");

} // namespace

class TestCommendationReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindIsListedWithItsSubject();
    void proposalComesFromTheProposingBodyWithItsListNotRejected();
    void decisionCitesItsGroundsAndListsCollectivesFirst();
    void finalDecisionIsRefusedWithTheSentenceButItsDraftPrints();
    void issuingTheDecisionFillsItAndFreezesTheList();
    void longListRepeatsItsHeaderAndCutsNoRow();
    void badgeRoundIsListedByBadge();
    void registerAndStatisticsCountTheDemo();
    void commandLinePrintsTheRegisterAndTheStatistics();

private:
    QString write(const QString &kind, qint64 id, QString *error,
        Reports::Draft draft = Reports::Draft::No, const QVariantMap &parameters = {});
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    qint64 insert(const char *table, const QVariantMap &values);
    // A new Bằng khen of the Thanh Hóa board, proposed by its organization board.
    qint64 newCommendation(const QString &reason);
    qint64 addRecipient(qint64 commendation, bool collective, const QString &name, int position,
        const QString &review = QStringLiteral("accepted"), qint64 form = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_demo = 0; // the Thanh Hóa Bằng khen
};

void TestCommendationReports::init()
{
    m_clock = TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    m_demo = value(QStringLiteral("SELECT id FROM commendation WHERE conference_id IS NOT NULL"))
                 .toLongLong();
    QVERIFY(m_demo > 0);
}

void TestCommendationReports::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestCommendationReports::write(const QString &kind, qint64 id, QString *error,
    Reports::Draft draft, const QVariantMap &parameters)
{
    return PdfTestSupport::writeReport(*m_store, m_dir->path(), kind, id, error, draft, parameters);
}

QVariant TestCommendationReports::value(const QString &sql, const QVariantList &values) const
{
    return m_store->value(sql, values);
}

qint64 TestCommendationReports::insert(const char *table, const QVariantMap &values)
{
    QString error;
    const auto id = m_store->insert(QLatin1String(table), values, &error);
    if (!id)
        qWarning().noquote() << error;
    return id.value_or(0);
}

qint64 TestCommendationReports::newCommendation(const QString &reason)
{
    return insert("commendation",
        {{QStringLiteral("issuing_body_id"),
             value(QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id = ?"),
                 {m_demo})},
            {QStringLiteral("form_id"),
                value(QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Bằng khen'"))},
            {QStringLiteral("kind"), QStringLiteral("regular")}, {QStringLiteral("reason"), reason},
            {QStringLiteral("proposing_unit_id"),
                value(QStringLiteral("SELECT proposing_unit_id FROM commendation WHERE id = ?"),
                    {m_demo})},
            {QStringLiteral("proposal_code"), QStringLiteral("15-TTr/BTCTU")},
            {QStringLiteral("proposed_on"), QStringLiteral("2026-11-02")},
            {QStringLiteral("status"), QStringLiteral("reviewed")}});
}

qint64 TestCommendationReports::addRecipient(qint64 commendation, bool collective,
    const QString &name, int position, const QString &review, qint64 form)
{
    QVariantMap values {{QStringLiteral("commendation_id"), commendation},
        {QStringLiteral("position"), position},
        {QStringLiteral("recipient_kind"),
            collective ? QStringLiteral("collective") : QStringLiteral("individual")},
        {QStringLiteral("name"), name},
        {QStringLiteral("detail"), collective ? QString() : QStringLiteral("Bí thư Chi bộ")},
        {QStringLiteral("achievement"),
            QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026, tiêu biểu trong phong trào "
                           "thi đua của %1")
                .arg(name)},
        {QStringLiteral("review"), review}};
    // The directory's row it stands for: any unit or person (the printed name is the list's).
    if (collective)
        values.insert(QStringLiteral("unit_id"),
            value(QStringLiteral("SELECT min(id) FROM unit WHERE name LIKE '%giả định%'")));
    else
        values.insert(
            QStringLiteral("person_id"), value(QStringLiteral("SELECT min(id) FROM person")));
    if (form)
        values.insert(QStringLiteral("form_id"), form);
    return insert("commendation_recipient", values);
}

void TestCommendationReports::everyKindIsListedWithItsSubject()
{
    const QStringList kinds = Reports::kinds(QStringLiteral("commendation"));
    QVERIFY(kinds.contains(proposal));
    QVERIFY(kinds.contains(decision));
    QVERIFY(kinds.contains(QStringLiteral("commendation-certificates")));
    QVERIFY(Reports::kinds(QStringLiteral("issuing_body")).contains(awards));
    QVERIFY(Reports::kinds(QStringLiteral("issuing_body")).contains(statistics));
    for (const QString &kind : {proposal, decision, awards, statistics})
        QVERIFY(Reports::kindTitle(kind) != kind);
}

void TestCommendationReports::proposalComesFromTheProposingBodyWithItsListNotRejected()
{
    const qint64 id = newCommendation(QStringLiteral("Có thành tích xuất sắc năm 2026"));
    addRecipient(id, true, QStringLiteral("Chi bộ Thôn Đông (giả định)"), 1);
    addRecipient(
        id, true, QStringLiteral("Chi bộ Thôn Tây (giả định)"), 2, QStringLiteral("rejected"));
    addRecipient(id, false, QStringLiteral("Lê Văn Bình (giả định)"), 3, QStringLiteral("pending"));
    QString error;
    const QString pdf = write(proposal, id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfRaw(pdf);
    QString missing;
    // The organization board issues its own proposal, to the standing board.
    QVERIFY2(inOrder(text,
                 {QStringLiteral("TỜ TRÌNH"), QStringLiteral("Về việc đề nghị tặng Bằng khen"),
                     QStringLiteral("Kính gửi: Ban Thường vụ Tỉnh ủy Thanh Hóa"),
                     QStringLiteral("Bằng khen cho 1 tập thể và 1 cá nhân có thành tích xuất sắc "
                                    "năm 2026 (có danh sách kèm theo)"),
                     QStringLiteral("DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN"),
                     QStringLiteral("I. TẬP THỂ"), QStringLiteral("1 Chi bộ Thôn Đông (giả định)"),
                     QStringLiteral("II. CÁ NHÂN"), QStringLiteral("1 Lê Văn Bình (giả định)")},
                 &missing),
        qPrintable(missing));
    QVERIFY(text.contains(QStringLiteral("TỈNH ỦY THANH HÓA ĐẢNG CỘNG SẢN VIỆT NAM BAN TỔ CHỨC")));
    QVERIFY(!text.contains(QStringLiteral("Thôn Tây")));
    // Issued, its number and date are the commendation's, and the decision cites them.
    const auto entry = Issuing::issue(*m_store, proposal, id, QDate(2026, 11, 10), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("01-TTr/BTCTU"));
    QCOMPARE(value(QStringLiteral("SELECT proposal_code || ' ' || proposed_on FROM commendation "
                                  "WHERE id = ?"),
                 {id})
                 .toString(),
        QStringLiteral("01-TTr/BTCTU 2026-11-10"));
    const QString draft = write(decision, id, &error, Reports::Draft::Yes);
    QVERIFY2(!draft.isEmpty(), qPrintable(error));
    QVERIFY(pdfRaw(draft).contains(QStringLiteral("tại Tờ trình số 01-TTr/")));
}

void TestCommendationReports::decisionCitesItsGroundsAndListsCollectivesFirst()
{
    const qint64 id = newCommendation(QStringLiteral("Có thành tích xuất sắc năm 2026."));
    // Entered individuals first: the list still puts the collectives before them.
    addRecipient(id, false, QStringLiteral("Trần Thị Hoa (giả định)"), 1);
    addRecipient(id, true, QStringLiteral("Chi bộ Thôn Đông (giả định)"), 2);
    addRecipient(id, false, QStringLiteral("Lê Văn Bình (giả định)"), 3);
    addRecipient(id, true, QStringLiteral("Chi bộ Thôn Tây (giả định)"), 4);
    addRecipient(
        id, false, QStringLiteral("Phạm Văn Nam (giả định)"), 5, QStringLiteral("rejected"));
    QString error;
    const QString pdf = write(decision, id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QCOMPARE(pageCount(pdf), 2);
    QString missing;
    QVERIFY2(inOrder(pdfRaw(pdf, 1, 1),
                 {QStringLiteral("QUYẾT ĐỊNH"), QStringLiteral("Về việc tặng Bằng khen"),
                     QStringLiteral("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
                     QStringLiteral("Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025"),
                     QStringLiteral("Căn cứ Hướng dẫn số 06-HD/TW ngày 9/6/2025"),
                     QStringLiteral("Căn cứ Quy chế làm việc của Ban Thường vụ Tỉnh ủy Thanh Hóa;"),
                     QStringLiteral("Xét đề nghị của Ban Tổ chức Tỉnh ủy Thanh Hóa tại Tờ trình "
                                    "số 15-TTr/"),
                     QStringLiteral("BTCTU ngày 2/11/2026,"),
                     QStringLiteral("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:"),
                     QStringLiteral("Điều 1. Tặng Bằng khen cho 2 tập thể và 2 cá nhân có thành "
                                    "tích xuất sắc năm 2026 (có danh sách kèm theo)."),
                     QStringLiteral("Điều 2."), QStringLiteral("Điều 3."),
                     QStringLiteral("T/M BAN THƯỜNG VỤ")},
                 &missing),
        qPrintable(missing));
    const QString list = pdfRaw(pdf, 2, 2);
    QVERIFY2(inOrder(list,
                 {QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN"),
                     QStringLiteral("(Kèm theo Quyết định số"), QStringLiteral("STT"),
                     QStringLiteral("I. TẬP THỂ"), QStringLiteral("1 Chi bộ Thôn Đông"),
                     QStringLiteral("2 Chi bộ Thôn Tây"), QStringLiteral("II. CÁ NHÂN"),
                     QStringLiteral("1 Trần Thị Hoa (giả định) Bí thư Chi bộ"),
                     QStringLiteral("2 Lê Văn Bình")},
                 &missing),
        qPrintable(missing));
    // Only the accepted.
    QVERIFY(!list.contains(QStringLiteral("Phạm Văn Nam")));
}

void TestCommendationReports::finalDecisionIsRefusedWithTheSentenceButItsDraftPrints()
{
    const qint64 id = newCommendation(QStringLiteral("Có thành tích xuất sắc năm 2026"));
    addRecipient(id, true, QStringLiteral("Chi bộ Thôn Đông (giả định)"), 1);
    addRecipient(id, false, QStringLiteral("Lê Văn Bình (giả định)"), 2, QStringLiteral("pending"));
    const QDate today = m_clock->now().toLocalTime().date();
    const QString sentence = Commendations::refusalToDecide(*m_store, id, today);
    QVERIFY(!sentence.isEmpty());
    QString error;
    QVERIFY(write(decision, id, &error).isEmpty());
    QCOMPARE(error, sentence);
    // Issuing says the same, and numbers nothing.
    error.clear();
    QVERIFY(!Issuing::issue(*m_store, decision, id, today, 0, &error));
    QCOMPARE(error, sentence);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM document_register WHERE report_kind = ?"),
                 {decision})
                 .toInt(),
        0);
    // Dated before the proposal: the refusal of that date.
    const QDate early(2026, 10, 1);
    error.clear();
    QVERIFY(!Issuing::issue(*m_store, decision, id, early, 0, &error));
    QCOMPARE(error, Commendations::refusalToDecide(*m_store, id, early));
    // A draft prints the accepted recipient.
    error.clear();
    const QString draft = write(decision, id, &error, Reports::Draft::Yes);
    QVERIFY2(!draft.isEmpty(), qPrintable(error));
    const QString text = pdfText(draft).simplified();
    QVERIFY(text.contains(QStringLiteral("DỰ THẢO")));
    QVERIFY(text.contains(QStringLiteral("Chi bộ Thôn Đông")));
    QVERIFY(!text.contains(QStringLiteral("Lê Văn Bình")));
}

void TestCommendationReports::issuingTheDecisionFillsItAndFreezesTheList()
{
    QString error;
    const auto entry = Issuing::issue(*m_store, decision, m_demo, QDate(2024, 5, 27), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("01-QĐ/TU"));
    QCOMPARE(entry->signer, QStringLiteral("Lê Văn An"));
    auto row = m_store->read(QStringLiteral("commendation"), m_demo, &error);
    QVERIFY2(row, qPrintable(error));
    QCOMPARE(
        row->values.value(QStringLiteral("decision_code")).toString(), QStringLiteral("01-QĐ/TU"));
    QCOMPARE(
        row->values.value(QStringLiteral("decided_on")).toString(), QStringLiteral("2024-05-27"));
    QCOMPARE(row->values.value(QStringLiteral("signer")).toString(), QStringLiteral("Lê Văn An"));
    QCOMPARE(row->values.value(QStringLiteral("status")).toString(), QStringLiteral("decided"));

    // The kept PDF carries the number and the rules of its date (2024: those of 2021).
    const auto kept = DocumentRegister::file(*m_store, entry->id, &error);
    QVERIFY2(kept, qPrintable(error));
    const QString pdf = m_dir->filePath(QStringLiteral("kept.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*kept);
    file.close();
    const QString text = pdfRaw(pdf);
    QString missing;
    QVERIFY2(
        inOrder(text,
            {QStringLiteral("Quy định số 24-QĐ/TW"), QStringLiteral("Số 01-QĐ/TU"),
                QStringLiteral("Thanh Hóa, ngày 27 tháng 5 năm 2024"), QStringLiteral("Lê Văn An"),
                QStringLiteral("(Kèm theo Quyết định số 01-QĐ/TU ngày 27/5/2024 của Ban "
                               "Thường vụ Tỉnh ủy Thanh Hóa)")},
            &missing),
        qPrintable(missing));
    QVERIFY(!Issuing::differs(*m_store, *entry));

    // The list is frozen: a recipient's achievement cannot change, nor can one be added.
    const qint64 recipient = value(QStringLiteral("SELECT min(id) FROM commendation_recipient "
                                                  "WHERE commendation_id = ?"),
        {m_demo})
                                 .toLongLong();
    const auto before = m_store->read(QStringLiteral("commendation_recipient"), recipient, &error);
    QVERIFY2(before, qPrintable(error));
    const Store::Result result
        = m_store->update(*before, {{QStringLiteral("achievement"), QStringLiteral("Khác")}});
    QVERIFY(!result.ok());
    QVERIFY2(!result.error.isEmpty() && !result.error.contains(QLatin1String("_frozen")),
        qPrintable(result.error));
    QCOMPARE(addRecipient(m_demo, true, QStringLiteral("Chi bộ mới (giả định)"), 9), 0);
    // Issued once: the same decision is not decided again.
    QVERIFY(!Issuing::issue(*m_store, decision, m_demo, QDate(2024, 5, 28), 0, &error));
}

void TestCommendationReports::longListRepeatsItsHeaderAndCutsNoRow()
{
    const qint64 id = newCommendation(QStringLiteral("Có thành tích xuất sắc năm 2026"));
    const int rows = 120;
    for (int i = 1; i <= rows; ++i)
        QVERIFY(addRecipient(id, i % 2 == 1,
            (i % 2 ? QStringLiteral("Chi bộ số %1 (giả định)")
                   : QStringLiteral("Đảng viên số %1 (giả định)"))
                .arg(i),
            i));
    QString error;
    const QString pdf = write(decision, id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 4);
    // Every page of the list begins with the table's header.
    for (int page = 3; page <= pages; ++page) {
        const QString text = pdfRaw(pdf, page, page);
        QVERIFY2(
            text.startsWith(QStringLiteral("STT Tên tập thể, cá nhân Đơn vị, chức vụ Thành tích")),
            qPrintable(text.left(120)));
    }
    // No row is cut: each achievement reads whole on one page; numbers run 1 … 60 per group.
    QString all;
    for (int page = 2; page <= pages; ++page)
        all += pdfRaw(pdf, page, page) + QLatin1Char('\n');
    for (int i = 1; i <= rows; ++i) {
        const QString name = (i % 2 ? QStringLiteral("Chi bộ số %1 (giả định)")
                                    : QStringLiteral("Đảng viên số %1 (giả định)"))
                                 .arg(i);
        const QString achievement = QStringLiteral("thi đua của %1").arg(name);
        bool whole = false;
        for (int page = 2; page <= pages && !whole; ++page)
            whole = pdfRaw(pdf, page, page).contains(achievement);
        QVERIFY2(whole, qPrintable(name));
    }
    QString missing;
    QVERIFY2(inOrder(all,
                 {QStringLiteral("I. TẬP THỂ"), QStringLiteral("1 Chi bộ số 1 "),
                     QStringLiteral("60 Chi bộ số 119 "), QStringLiteral("II. CÁ NHÂN"),
                     QStringLiteral("1 Đảng viên số 2 "), QStringLiteral("60 Đảng viên số 120 ")},
                 &missing),
        qPrintable(missing));
}

void TestCommendationReports::badgeRoundIsListedByBadge()
{
    const qint64 round = insert("commendation",
        {{QStringLiteral("issuing_body_id"),
             value(QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id = ?"),
                 {m_demo})},
            {QStringLiteral("kind"), QStringLiteral("party_badge")},
            {QStringLiteral("reason"), QStringLiteral("Đợt 7/11/2026")},
            {QStringLiteral("round_on"), QStringLiteral("2026-11-07")}});
    QVERIFY(round);
    const auto badge = [this](int years) {
        return value(
            QStringLiteral("SELECT id FROM commendation_form WHERE badge_years = ?"), {years})
            .toLongLong();
    };
    addRecipient(round, false, QStringLiteral("Nguyễn Văn Bốn Mươi (giả định)"), 1,
        QStringLiteral("accepted"), badge(40));
    addRecipient(round, false, QStringLiteral("Lê Thị Ba Mươi (giả định)"), 2,
        QStringLiteral("accepted"), badge(30));
    addRecipient(round, false, QStringLiteral("Trần Văn Ba Mươi (giả định)"), 3,
        QStringLiteral("accepted"), badge(30));
    QString error;
    const QString pdf = write(decision, round, &error, Reports::Draft::Yes);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QString missing;
    QVERIFY2(inOrder(pdfRaw(pdf),
                 {QStringLiteral("Về việc tặng Huy hiệu Đảng"),
                     QStringLiteral("Tặng Huy hiệu Đảng cho 3 đồng chí (có danh sách kèm theo), "
                                    "gồm: Huy hiệu 30 năm tuổi Đảng cho 2 đồng chí; Huy hiệu 40 "
                                    "năm tuổi Đảng cho 1 đồng chí."),
                     QStringLiteral("DANH SÁCH ĐẢNG VIÊN ĐƯỢC TẶNG HUY HIỆU ĐẢNG"),
                     QStringLiteral("STT Họ và tên Đơn vị, chức vụ Ghi chú"),
                     QStringLiteral("I. HUY HIỆU 30 NĂM TUỔI ĐẢNG"),
                     QStringLiteral("1 Lê Thị Ba Mươi"), QStringLiteral("2 Trần Văn Ba Mươi"),
                     QStringLiteral("II. HUY HIỆU 40 NĂM TUỔI ĐẢNG"),
                     QStringLiteral("1 Nguyễn Văn Bốn Mươi")},
                 &missing),
        qPrintable(missing));

    // Decided, the round counts under each badge, and once among the decisions.
    const auto record = m_store->read(QStringLiteral("commendation"), round, &error);
    QVERIFY2(record, qPrintable(error));
    const Store::Result decided = m_store->update(*record,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), QStringLiteral("2026-11-05")}});
    QVERIFY2(decided.ok(), qPrintable(decided.error));
    const auto counts
        = CommendationReport::count(*m_store, {QDate(2026, 1, 1), QDate(2026, 12, 31)}, 0, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->forms.size(), 2);
    QCOMPARE(counts->forms.at(0).form, QStringLiteral("Huy hiệu 30 năm tuổi Đảng"));
    QCOMPARE(counts->forms.at(0).individuals, 2);
    QCOMPARE(counts->forms.at(1).individuals, 1);
    QCOMPARE(counts->forms.at(1).decisions, 1);
    QCOMPARE(counts->decisions, 1);
}

void TestCommendationReports::registerAndStatisticsCountTheDemo()
{
    QString error;
    QVERIFY2(Issuing::issue(*m_store, decision, m_demo, QDate(2024, 5, 27), 0, &error),
        qPrintable(error));
    const InspectionStatistics::Period year {QDate(2024, 1, 1), QDate(2024, 12, 31)};
    const auto counts = CommendationReport::count(*m_store, year, 0, &error);
    QVERIFY2(counts, qPrintable(error));
    const int collectives = value(QStringLiteral("SELECT count(*) FROM commendation_recipient "
                                                 "WHERE commendation_id = ? AND review = "
                                                 "'accepted' AND recipient_kind = 'collective'"),
        {m_demo})
                                .toInt();
    QVERIFY(collectives > 0);
    QCOMPARE(counts->forms.size(), 1);
    QCOMPARE(counts->forms.first().form, QStringLiteral("Bằng khen"));
    QCOMPARE(counts->forms.first().decisions, 1);
    QCOMPARE(counts->decisions, 1);
    QCOMPARE(counts->forms.first().collectives, collectives);
    QCOMPARE(counts->forms.first().individuals, 0);
    // Another body, another year: nothing.
    const qint64 body
        = value(QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id = ?"), {m_demo})
              .toLongLong();
    const qint64 other
        = value(QStringLiteral("SELECT min(id) FROM issuing_body WHERE id <> ?"), {body})
              .toLongLong();
    QVERIFY(CommendationReport::count(*m_store, year, other, &error)->forms.isEmpty());
    QVERIFY(
        CommendationReport::count(*m_store, {QDate(2025, 1, 1), QDate(2025, 12, 31)}, body, &error)
            ->forms.isEmpty());
    // A period backwards is refused.
    QVERIFY(
        !CommendationReport::count(*m_store, {QDate(2025, 1, 1), QDate(2024, 1, 1)}, 0, &error));
    QVERIFY(!error.isEmpty());

    const QVariantMap period {{QStringLiteral("from"), QStringLiteral("2024-01-01")},
        {QStringLiteral("to"), QStringLiteral("2024-12-31")}};
    const QString registerPdf = write(awards, body, &error, Reports::Draft::No, period);
    QVERIFY2(!registerPdf.isEmpty(), qPrintable(error));
    QStringList names;
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT name FROM commendation_recipient WHERE commendation_id = "
                                 "? ORDER BY recipient_kind, position"));
    query.addBindValue(m_demo);
    QVERIFY(query.exec());
    while (query.next())
        names << query.value(0).toString();
    QString missing;
    QVERIFY2(inOrder(pdfRaw(registerPdf),
                 QStringList {QStringLiteral("Danh sách các quyết định khen thưởng năm 2024"),
                     QStringLiteral("Năm 2024 có 1 quyết định khen thưởng, tặng %1 lượt tập thể")
                         .arg(collectives),
                     QStringLiteral("Năm 2024"), QStringLiteral("1 01-QĐ/TU ngày 27/5/2024"),
                     QStringLiteral("Bằng khen")}
                     + names,
                 &missing),
        qPrintable(missing));
    const QString statisticsPdf = write(statistics, 0, &error, Reports::Draft::No, period);
    QVERIFY2(!statisticsPdf.isEmpty(), qPrintable(error));
    QVERIFY2(inOrder(pdfRaw(statisticsPdf),
                 {QStringLiteral("Thống kê kết quả khen thưởng năm 2024"),
                     QStringLiteral("Của tất cả các cơ quan ban hành"),
                     QStringLiteral("STT Hình thức khen thưởng Số quyết định Tập thể Cá nhân Cộng"),
                     QStringLiteral("1 Bằng khen 1 %1 0 %1").arg(collectives),
                     QStringLiteral("Tổng cộng 1 %1 0 %1").arg(collectives)},
                 &missing),
        qPrintable(missing));
}

void TestCommendationReports::commandLinePrintsTheRegisterAndTheStatistics()
{
    const QString database = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QProcess process;
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE), {QStringLiteral("demo"), database});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QList<std::pair<QString, QString>> expected {{awards, QStringLiteral("01-QĐ/TU")},
        {statistics, QStringLiteral("Thống kê kết quả khen thưởng năm 2024")}};
    for (const auto &[kind, shown] : expected) {
        const QString out = m_dir->filePath(kind + QStringLiteral(".pdf"));
        process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
            {QStringLiteral("report"), kind, QStringLiteral("--db"), database,
                QStringLiteral("--from"), QStringLiteral("01/01/2024"), QStringLiteral("--to"),
                QStringLiteral("31/12/2024"), QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(pdfText(out).simplified().contains(shown), qPrintable(shown));
    }
    // Without the period: the usage, exit status 2.
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
        {QStringLiteral("report"), awards, QStringLiteral("--db"), database, QStringLiteral("-o"),
            m_dir->filePath(QStringLiteral("x.pdf"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(awards));
}

QTEST_MAIN(TestCommendationReports)
#include "tst_commendationreports.moc"
