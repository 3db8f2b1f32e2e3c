// Records above an account's clearance appear nowhere for it: not in lists, counts, searches,
// reports, statistics or "in use by" sentences, and they cannot be written either. The demo holds
// an invented TỐI MẬT conference and an invented MẬT inspection.

#include "teststore.h"

#include "models/inspectionlists.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "reports/inspectionstatistics.h"
#include "reports/reports.h"
#include "storage/documentregister.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString password = QStringLiteral("mật khẩu dài");
const QString secretTitle
    = QStringLiteral("Hội nghị chuyên đề về công tác bảo vệ chính trị nội bộ năm 2026 (giả định)");
const QString memberFinding = QStringLiteral("Chậm báo cáo việc đi nước ngoài theo quy định.");

} // namespace

class TestClearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndCountsLeaveOutWhatIsAboveTheClearance_data();
    void listsAndCountsLeaveOutWhatIsAboveTheClearance();
    void reportsOfHiddenRecordsAreNotMade();
    void violationsOfMembersAreReadFromConfidentialUp();
    void statisticsSayTheyCountWithoutHiddenRecords();
    void inUseByNamesNoHiddenRecord();
    void hiddenRecordsCannotBeWritten();
    void theAuditLogHidesTheirHistory();
    void numbersCountHiddenEntriesToo();
    void theExposureWarningTellsOnlyWhoReadsTheSecrets();

private:
    std::unique_ptr<Store> as(const QString &name);
    qint64 secretId() const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestClearance::initTestCase()
{
    TestSupport::fixClock();
    m_path = m_dir.filePath(QStringLiteral("clearance.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_path), QString());
    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    const struct
    {
        const char *name;
        Access::Role role;
        const char *clearance;
    } accounts[] = {{"quantri", Access::Role::Admin, "top_secret"},
        {"thuong", Access::Role::Leader, "none"}, {"mat", Access::Role::Leader, "confidential"},
        {"chuyenvien", Access::Role::Staff, "confidential"},
        {"vanthu", Access::Role::Clerk, "none"}, {"vanthumat", Access::Role::Clerk, "top_secret"}};
    for (const auto &a : accounts) {
        QCOMPARE(TestSupport::addAccount(
                     *store, QLatin1String(a.name), a.role, QLatin1String(a.clearance), password),
            QString());
    }
    QVERIFY(secretId() > 0);
}

std::unique_ptr<Store> TestClearance::as(const QString &name)
{
    auto store = TestSupport::open(m_path);
    QString error;
    if (store && !store->logIn(name, password, &error))
        qWarning() << error;
    return store;
}

qint64 TestClearance::secretId() const
{
    return TestSupport::fileValue(
        m_path, QStringLiteral("SELECT id FROM conference WHERE title = ?"), {secretTitle})
        .toLongLong();
}

void TestClearance::listsAndCountsLeaveOutWhatIsAboveTheClearance_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("hiddenConferences");
    QTest::addColumn<int>("hiddenInspections");
    QTest::newRow("Thường") << QStringLiteral("thuong") << 1 << 1;
    QTest::newRow("Mật") << QStringLiteral("mat") << 1 << 0;
    QTest::newRow("Tuyệt mật") << QStringLiteral("quantri") << 0 << 0;
}

void TestClearance::listsAndCountsLeaveOutWhatIsAboveTheClearance()
{
    QFETCH(QString, account);
    QFETCH(int, hiddenConferences);
    QFETCH(int, hiddenInspections);
    auto store = as(account);
    QVERIFY(store && store->account());
    const int conferences
        = TestSupport::fileValue(m_path, QStringLiteral("SELECT count(*) FROM conference")).toInt();
    const int teams
        = TestSupport::fileValue(m_path, QStringLiteral("SELECT count(*) FROM inspection_team"))
              .toInt();

    std::unique_ptr<SqlListModel> list(WorkLists::conferences(store.get()));
    QCOMPARE(list->matchingCount(), conferences - hiddenConferences);
    std::unique_ptr<SqlListModel> inspections(InspectionLists::teams(store.get()));
    QCOMPARE(inspections->matchingCount(), teams - hiddenInspections);
    // The quick filter finds it only for whom may read it.
    list->setFilterText(QStringLiteral("chuyen de bao ve chinh tri noi bo nam 2026 gia dinh"));
    QCOMPARE(list->matchingCount(), 1 - hiddenConferences);
    // Every count the program makes goes through the same views, its children's too.
    QCOMPARE(store->value(QStringLiteral("SELECT count(*) FROM conference")).toInt(),
        conferences - hiddenConferences);
    QCOMPARE(
        store->value(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                    "conference_id = ?"),
                 {secretId()})
                .toInt()
            > 0,
        hiddenConferences == 0);
    QCOMPARE(
        store->value(QStringLiteral("SELECT count(*) FROM agenda_item a JOIN conference c "
                                    "ON c.id = a.conference_id WHERE c.title = ?"),
                 {secretTitle})
                .toInt()
            > 0,
        hiddenConferences == 0);
}

void TestClearance::reportsOfHiddenRecordsAreNotMade()
{
    QString error;
    {
        auto store = as(QStringLiteral("mat"));
        QVERIFY(!Reports::build(*store, QStringLiteral("conference-summary"), secretId(), &error));
        QVERIFY(!error.contains(secretTitle));
    }
    auto store = as(QStringLiteral("quantri"));
    const auto built
        = Reports::build(*store, QStringLiteral("conference-summary"), secretId(), &error);
    QVERIFY2(built, qPrintable(error));
    QVERIFY(built->html.contains(QStringLiteral("TỐI MẬT")));
}

void TestClearance::violationsOfMembersAreReadFromConfidentialUp()
{
    // The follow-up inspection is not classified; one of its violations names a Party member.
    const qint64 target = TestSupport::fileValue(m_path,
        QStringLiteral("SELECT target_id FROM finding WHERE description = ? AND target_id IN "
                       "(SELECT t.id FROM inspection_target t JOIN inspection_team i ON i.id = "
                       "t.team_id WHERE i.secrecy = 'none')"),
        {memberFinding})
                              .toLongLong();
    QVERIFY(target > 0);
    QString error;
    for (const auto &[account, shown] :
        {std::pair {QStringLiteral("thuong"), false}, std::pair {QStringLiteral("mat"), true}}) {
        auto store = as(account);
        QCOMPARE(
            store->value(QStringLiteral("SELECT count(*) FROM finding WHERE description = ?"),
                     {memberFinding})
                    .toInt()
                > 0,
            shown);
        const auto built
            = Reports::build(*store, QStringLiteral("inspection-conclusion"), target, &error);
        QVERIFY2(built, qPrintable(error));
        // The conclusion writes each violation from a small letter.
        QCOMPARE(built->html.contains(QStringLiteral("chậm báo cáo việc đi nước ngoài")), shown);
        QVERIFY(built->html.contains(QStringLiteral("không lập danh mục hồ sơ")));
    }
}

void TestClearance::statisticsSayTheyCountWithoutHiddenRecords()
{
    QString error;
    const InspectionStatistics::Period period {QDate(2026, 1, 1), QDate(2026, 12, 31)};
    auto all = as(QStringLiteral("quantri"));
    auto some = as(QStringLiteral("thuong"));
    const auto counted = InspectionStatistics::count(*all, period, 0, &error);
    const auto fewer = InspectionStatistics::count(*some, period, 0, &error);
    QVERIFY(counted && fewer);
    QVERIFY(fewer->organizationsInspected < counted->organizationsInspected);
    const QVariantMap parameters {{QStringLiteral("from"), QStringLiteral("2026-01-01")},
        {QStringLiteral("to"), QStringLiteral("2026-12-31")}};
    const auto full = Reports::build(
        *all, QStringLiteral("inspection-statistics"), 0, &error, Reports::Draft::No, parameters);
    const auto partial = Reports::build(
        *some, QStringLiteral("inspection-statistics"), 0, &error, Reports::Draft::No, parameters);
    QVERIFY2(full && partial, qPrintable(error));
    const QString note = QStringLiteral("không gồm các hồ sơ trên mức được xem");
    QVERIFY(!full->html.contains(note));
    QVERIFY(partial->html.contains(note));
}

void TestClearance::inUseByNamesNoHiddenRecord()
{
    // The invented head of the teams chairs the secret conference.
    const qint64 person = TestSupport::fileValue(m_path,
        QStringLiteral("SELECT person_id FROM conference_participant WHERE conference_id = ?"),
        {secretId()})
                              .toLongLong();
    auto store = as(QStringLiteral("chuyenvien"));
    const QString uses = store->usage(QStringLiteral("person"), person);
    QVERIFY2(uses.contains(Store::tr("a classified record")), qPrintable(uses));
    QVERIFY(!uses.contains(secretTitle));
    const auto record = store->read(QStringLiteral("person"), person);
    QVERIFY(record);
    const Store::Result removed = store->remove(QStringLiteral("person"), person);
    QCOMPARE(removed.outcome, Store::Outcome::Failed);
    QVERIFY(removed.error.contains(Store::tr("a classified record")));
    QVERIFY(!removed.error.contains(secretTitle));
}

void TestClearance::hiddenRecordsCannotBeWritten()
{
    auto store = as(QStringLiteral("chuyenvien"));
    QString error;
    QVERIFY(!store->read(QStringLiteral("conference"), secretId(), &error));
    Store::Record guessed;
    guessed.table = QStringLiteral("conference");
    guessed.key = secretId();
    guessed.version = 1;
    guessed.values = {{QStringLiteral("title"), secretTitle}};
    const Store::Result result
        = store->update(guessed, {{QStringLiteral("title"), QStringLiteral("Đổi")}});
    QCOMPARE(result.outcome, Store::Outcome::Gone);
    QVERIFY(!store->remove(QStringLiteral("conference"), secretId()).ok());
    QVERIFY(!store->insert(QStringLiteral("agenda_item"),
        {{QStringLiteral("conference_id"), secretId()}, {QStringLiteral("position"), 9},
            {QStringLiteral("kind"), QStringLiteral("report")},
            {QStringLiteral("title"), QStringLiteral("Thêm vào")}},
        &error));
    // Nor made above the account's own clearance.
    QVERIFY(!store->insert(QStringLiteral("conference"),
        {{QStringLiteral("title"), QStringLiteral("Hội nghị mới")},
            {QStringLiteral("kind"), QStringLiteral("other")},
            {QStringLiteral("held_on"), QDate(2026, 12, 5)},
            {QStringLiteral("secrecy"), QStringLiteral("top_secret")}},
        &error));
    QVERIFY2(error.contains(QStringLiteral("chuyenvien")), qPrintable(error));
    QCOMPARE(TestSupport::fileValue(
                 m_path, QStringLiteral("SELECT title FROM conference WHERE id = ?"), {secretId()})
                 .toString(),
        secretTitle);
}

void TestClearance::theAuditLogHidesTheirHistory()
{
    const QString sql = QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE (table_name = 'conference' AND record_id = ?) OR "
        "(parent_table = 'conference' AND parent_id = ?)");
    const int rows = TestSupport::fileValue(m_path, sql, {secretId(), secretId()}).toInt();
    QVERIFY(rows > 0);
    auto low = as(QStringLiteral("mat"));
    QCOMPARE(low->value(sql, {secretId(), secretId()}).toInt(), 0);
    QVERIFY(low->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 0);
    auto high = as(QStringLiteral("quantri"));
    QCOMPARE(high->value(sql, {secretId(), secretId()}).toInt(), rows);
    // A specialist does not read the log at all.
    auto staff = as(QStringLiteral("chuyenvien"));
    QCOMPARE(staff->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TestClearance::numbersCountHiddenEntriesToo()
{
    DocumentRegister::Request request;
    request.typeCode = QStringLiteral("CV");
    request.issuerCode = QStringLiteral("VPTU");
    request.issuedOn = QDate(2026, 12, 1);
    request.excerpt = QStringLiteral("Về công tác chuyên đề (giả định)");
    request.subject = {QStringLiteral("conference"), secretId()};
    QString error;
    auto high = as(QStringLiteral("vanthumat"));
    const auto hidden = DocumentRegister::issue(*high, request, &error);
    QVERIFY2(hidden, qPrintable(error));
    high.reset();

    auto low = as(QStringLiteral("vanthu"));
    QCOMPARE(low->value(QStringLiteral("SELECT count(*) FROM document_register WHERE id = ?"),
                    {hidden->id})
                 .toInt(),
        0);
    request.subject = {};
    request.excerpt = QStringLiteral("Về việc thường");
    const auto next = DocumentRegister::issue(*low, request, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->number, hidden->number + 1);
}

void TestClearance::theExposureWarningTellsOnlyWhoReadsTheSecrets()
{
    const auto before = QFile::permissions(m_path);
    QVERIFY(QFile::setPermissions(m_path, before | QFileDevice::ReadOther));
    // Told that the file holds secret records, a Thường account would learn they exist.
    QCOMPARE(as(QStringLiteral("thuong"))->exposureWarning(), QString());
    QVERIFY(!as(QStringLiteral("mat"))->exposureWarning().isEmpty());
    QVERIFY(QFile::setPermissions(m_path, before));
}

QTEST_MAIN(TestClearance)
#include "tst_clearance.moc"
