#include "core/clock.h"
#include "core/labels.h"
#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/inspections/followuppage.h"
#include "gui/inspections/remedyeventdialog.h"
#include "gui/inspections/remedyhistorydialog.h"
#include "gui/mainwindow.h"
#include "guitestsupport.h"
#include "models/followuplist.h"
#include "storage/attachmentstore.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

// "8 kiến nghị · 2 quá hạn"
QString countText(int all, int overdue)
{
    return QCoreApplication::translate("Catalogue", "%n recommendation(s)", nullptr, all)
        + QStringLiteral(" · ")
        + QCoreApplication::translate("FollowUpPage", "%n overdue", nullptr, overdue);
}

} // namespace

// The follow-up page (Kết luận kiểm tra): its list under QAbstractItemModelTester, each filter
// against counts the test makes itself in SQL, the days left or overdue against the clock set by
// hand, a remedy report recorded through the dialogs' own widgets, and nothing clipped.
class TestFollowUpPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theModelIsSound();
    void eachFilterListsWhatSqlCounts_data();
    void eachFilterListsWhatSqlCounts();
    void theQuickFilterSearchesContentAndResponsibleUnit();
    void daysLeftAndOverdueFollowTheClock();
    void theCountSaysHowManyAreOverdue();
    void recordsARemedyReportThroughTheDialog();
    void aRefusedEventKeepsWhatWasTyped();
    void aClosedHistoryOffersNothingToRecord();
    void anOpenHistoryShowsWhatAnotherWindowRecorded();
    void theWindowOpensThePageAndCountsOverdue();
    void theFollowedColumnsAreInViewInTheWindow();
    void nothingIsClipped();

private:
    // Two invented inspections with targets and recommendations in every state.
    void addRecommendations();
    QList<qint64> allIds(SqlListModel *model) const;
    QList<qint64> sqlIds(const QString &where, const QVariantList &values = {}) const;
    int rowOf(FollowUpList *model, qint64 id) const;

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_unitA = 0, m_unitB = 0, m_responsible = 0;
    qint64 m_teamA = 0, m_teamB = 0;
    qint64 m_overdue = 0, m_dueSoon = 0, m_remedied = 0, m_rechecked = 0, m_member = 0;
    QString m_file;
};

void TestFollowUpPage::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestFollowUpPage::init()
{
    // 10:42 on 1 December 2026 in Hà Nội.
    m_clock = TestSupport::fixClock();
    static int files = 0;
    m_file = m_dir.filePath(QStringLiteral("followup-%1.sqlite").arg(++files));
    QCOMPARE(TestSupport::writeDemo(m_file), QString());
    m_store = TestSupport::open(m_file);
    QVERIFY(m_store);
    addRecommendations();
}

void TestFollowUpPage::cleanup()
{
    m_store.reset();
}

void TestFollowUpPage::addRecommendations()
{
    QString error;
    const auto add = [&](const char *table, const QVariantMap &values) -> qint64 {
        const auto id = m_store->insert(QLatin1String(table), values, &error);
        if (!id)
            qWarning("%s: %s", table, qPrintable(error));
        return id.value_or(0);
    };
    m_unitA = add("unit", {{"name", QStringLiteral("Đảng ủy xã Hòa Bình (giả định)")}});
    m_unitB = add("unit", {{"name", QStringLiteral("Chi bộ Trường Tiểu học Sông Cầu (giả định)")}});
    m_responsible
        = add("unit", {{"name", QStringLiteral("Văn phòng Đảng ủy Hòa Bình (giả định)")}});
    const qint64 person
        = add("person", {{"full_name", QStringLiteral("Nguyễn Văn Thử (giả định)")}});
    m_teamA = add("inspection_team", {{"name", QStringLiteral("Đoàn kiểm tra số 7 (giả định)")}});
    m_teamB = add("inspection_team", {{"name", QStringLiteral("Đoàn kiểm tra số 8 (giả định)")}});
    const qint64 targetA = add("inspection_target",
        {{"team_id", m_teamA}, {"unit_id", m_unitA}, {"concluded_on", "2026-06-15"}});
    const qint64 targetB = add("inspection_target",
        {{"team_id", m_teamB}, {"unit_id", m_unitB}, {"concluded_on", "2026-07-01"}});
    const qint64 targetMember = add("inspection_target",
        {{"team_id", m_teamB}, {"person_id", person}, {"concluded_on", "2026-07-01"}});
    const auto recommend
        = [&](qint64 target, qint64 responsible, const QString &content, const char *deadline) {
              return add("recommendation",
                  {{"target_id", target}, {"responsible_unit_id", responsible},
                      {"content", content}, {"deadline", QLatin1String(deadline)}});
          };
    m_overdue = recommend(targetA, m_responsible,
        QStringLiteral("Bổ sung sổ sách kế toán của quỹ đảng (giả định)"), "2026-11-26");
    m_dueSoon = recommend(targetA, m_unitA,
        QStringLiteral("Ban hành quy chế làm việc của Ban Thường vụ (giả định)"), "2026-12-13");
    m_remedied = recommend(targetB, m_unitB,
        QStringLiteral("Kiểm điểm việc chậm nộp đảng phí (giả định)"), "2026-09-30");
    m_rechecked = recommend(targetB, m_responsible,
        QStringLiteral("Lập danh mục hồ sơ lưu trữ (giả định)"), "2026-08-31");
    m_member = recommend(targetMember, m_unitB,
        QStringLiteral("Giải trình việc kê khai tài sản (giả định)"), "2026-10-15");
    recommend(
        targetB, m_unitB, QStringLiteral("Rà soát danh sách đảng viên (giả định)"), "2027-03-31");
    const auto record = [&](qint64 id, const char *kind, const char *on, const QString &content,
                            const char *after) {
        Remedies::Event event;
        event.kind = QLatin1String(kind);
        event.occurredOn = QDate::fromString(QLatin1String(on), Qt::ISODate);
        event.content = content;
        event.statusAfter = QLatin1String(after);
        QVERIFY2(Remedies::record(*m_store, id, event, &error), qPrintable(error));
    };
    record(
        m_overdue, "report", "2026-11-01", QStringLiteral("Đang bổ sung chứng từ"), "in_progress");
    record(m_remedied, "report", "2026-09-20", QStringLiteral("Đã tổ chức kiểm điểm"), "remedied");
    record(m_rechecked, "report", "2026-08-20", QStringLiteral("Đã lập danh mục"), "remedied");
    record(m_rechecked, "recheck", "2026-09-10", QStringLiteral("Đúng như báo cáo"), "rechecked");
    QVERIFY(m_overdue && m_dueSoon && m_remedied && m_rechecked && m_member);
}

QList<qint64> TestFollowUpPage::allIds(SqlListModel *model) const
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestFollowUpPage::sqlIds(const QString &where, const QVariantList &values) const
{
    QList<qint64> ids;
    auto query = m_store->select(
        QStringLiteral("SELECT r.id FROM recommendation r JOIN inspection_target t ON t.id = "
                       "r.target_id WHERE %1 ORDER BY r.id")
            .arg(where.isEmpty() ? QStringLiteral("1") : where),
        values);
    while (query && query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

int TestFollowUpPage::rowOf(FollowUpList *model, qint64 id) const
{
    return model->rowOfId(id);
}

void TestFollowUpPage::theModelIsSound()
{
    FollowUpList model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(allIds(&model), sqlIds(QString()));
    for (int column = 1; column < model.columnCount(); ++column) {
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(allIds(&model), sqlIds(QString()));
    }
    model.setOverdueOnly(true);
    model.setFilterText(QStringLiteral("so sach"));
    model.setResponsibleUnit(m_responsible);
    QCOMPARE(allIds(&model), (QList<qint64> {m_overdue}));
    model.setOverdueOnly(false);
    model.setFilterText(QString());
    model.setResponsibleUnit(0);
    QCOMPARE(model.matchingCount(), sqlIds(QString()).size());
}

void TestFollowUpPage::eachFilterListsWhatSqlCounts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("where"); // written here, independently of Remedies
    QTest::newRow("overdue") << "overdue"
                             << "r.status IN ('pending', 'in_progress') AND r.deadline < "
                                "'2026-12-01'";
    QTest::newRow("due within 30 days")
        << "due"
        << "r.status IN ('pending', 'in_progress') AND r.deadline >= '2026-12-01' AND "
           "r.deadline <= '2026-12-31'";
    QTest::newRow("not yet remedied") << "open"
                                      << "r.status IN ('pending', 'in_progress')";
    QTest::newRow("remedied") << "remedied"
                              << "r.status = 'remedied'";
    QTest::newRow("re-checked") << "rechecked"
                                << "r.status = 'rechecked'";
    QTest::newRow("target unit") << "target"
                                 << "t.unit_id = %1";
    QTest::newRow("inspection") << "inspection"
                                << "t.team_id = %2";
    QTest::newRow("responsible unit") << "responsible"
                                      << "r.responsible_unit_id = %3";
}

void TestFollowUpPage::eachFilterListsWhatSqlCounts()
{
    QFETCH(QString, filter);
    QFETCH(QString, where);
    where.replace(QStringLiteral("%1"), QString::number(m_unitA));
    where.replace(QStringLiteral("%2"), QString::number(m_teamB));
    where.replace(QStringLiteral("%3"), QString::number(m_responsible));
    FollowUpPage page(m_store.get());
    page.resize(1280, 800);
    page.show();
    FollowUpList *model = page.listModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto choose = [&page](const char *name, const QVariant &value) {
        auto *combo = field<QComboBox>(&page, name);
        const int index = combo->findData(value);
        QVERIFY2(index > 0, name);
        combo->setCurrentIndex(index);
    };
    if (filter == QLatin1String("overdue"))
        field<QCheckBox>(&page, "overdueCheckBox")->setChecked(true);
    else if (filter == QLatin1String("due"))
        field<QCheckBox>(&page, "dueSoonCheckBox")->setChecked(true);
    else if (filter == QLatin1String("target"))
        choose("targetComboBox", m_unitA);
    else if (filter == QLatin1String("inspection"))
        choose("inspectionComboBox", m_teamB);
    else if (filter == QLatin1String("responsible"))
        choose("responsibleComboBox", m_responsible);
    else
        choose("statusComboBox", filter);
    const QList<qint64> expected = sqlIds(where);
    QVERIFY2(!expected.isEmpty(), "the data has rows for each filter");
    QCOMPARE(allIds(model), expected);
    QCOMPARE(model->matchingCount(), expected.size());
    const int overdue = int(sqlIds(QStringLiteral("(%1) AND r.status IN ('pending', "
                                                  "'in_progress') AND r.deadline < '2026-12-01'")
                                       .arg(where))
                                .size());
    QCOMPARE(model->overdueMatchingCount(), overdue);
    QCOMPARE(field<QLabel>(&page, "countLabel")->text(), countText(int(expected.size()), overdue));
}

void TestFollowUpPage::theQuickFilterSearchesContentAndResponsibleUnit()
{
    FollowUpList model(m_store.get());
    // Without diacritics, a word's start.
    model.setFilterText(QStringLiteral("quy che"));
    QVERIFY(allIds(&model).contains(m_dueSoon));
    QVERIFY(!allIds(&model).contains(m_overdue));
    // The latest report is searched too.
    model.setFilterText(QStringLiteral("chung tu"));
    QCOMPARE(allIds(&model), (QList<qint64> {m_overdue}));
    // The responsible unit's name finds its recommendations, as SQL counts them.
    model.setFilterText(QStringLiteral("Văn phòng Đảng ủy Hòa Bình"));
    QCOMPARE(allIds(&model), sqlIds(QStringLiteral("r.responsible_unit_id = ?"), {m_responsible}));
    model.setFilterText(QStringLiteral("khongcochunay"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.matchingCount(), 0);
}

void TestFollowUpPage::daysLeftAndOverdueFollowTheClock()
{
    FollowUpList model(m_store.get());
    allIds(&model);
    const auto dueText = [&](qint64 id) {
        return model.index(rowOf(&model, id), FollowUpList::Due).data().toString();
    };
    // 1 December 2026: the deadline of 26 November is five days past, 13 December twelve ahead.
    QCOMPARE(dueText(m_overdue),
        QCoreApplication::translate("Remedies", "%n day(s) overdue", nullptr, 5));
    QCOMPARE(
        dueText(m_dueSoon), QCoreApplication::translate("Remedies", "%n day(s) left", nullptr, 12));
    QCOMPARE(dueText(m_remedied), QString());
    const QModelIndex overdue = model.index(rowOf(&model, m_overdue), FollowUpList::Due);
    QVERIFY(overdue.data(FollowUpList::OverdueRole).toBool());
    QVERIFY(overdue.data(Qt::ForegroundRole).isValid());
    QVERIFY(!overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex soon = model.index(rowOf(&model, m_dueSoon), FollowUpList::Content);
    QVERIFY(!soon.data(FollowUpList::OverdueRole).toBool());
    QVERIFY(!soon.data(Qt::ForegroundRole).isValid());
    // Every row: the days the test counts itself.
    auto query = m_store->select(QStringLiteral(
        "SELECT id, CAST(julianday(deadline) - julianday('2026-12-01') AS INTEGER), status "
        "FROM recommendation"));
    while (query && query->next()) {
        const int days = query->value(1).toInt();
        const bool open = query->value(2).toString() == QLatin1String("pending")
            || query->value(2).toString() == QLatin1String("in_progress");
        const QString expected = !open ? QString()
            : days > 0 ? QCoreApplication::translate("Remedies", "%n day(s) left", nullptr, days)
            : days == 0
            ? QCoreApplication::translate("Remedies", "due today")
            : QCoreApplication::translate("Remedies", "%n day(s) overdue", nullptr, -days);
        QCOMPARE(dueText(query->value(0).toLongLong()), expected);
    }
    // Twenty days later the one due soon is overdue as well.
    m_clock->set(QDateTime(QDate(2026, 12, 21), QTime(8, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    QCOMPARE(dueText(m_dueSoon),
        QCoreApplication::translate("Remedies", "%n day(s) overdue", nullptr, 8));
    model.setOverdueOnly(true);
    QVERIFY(allIds(&model).contains(m_dueSoon));
}

void TestFollowUpPage::theCountSaysHowManyAreOverdue()
{
    FollowUpPage page(m_store.get());
    const int all = int(sqlIds(QString()).size());
    const int overdue
        = int(sqlIds(QStringLiteral("r.status IN ('pending', 'in_progress') AND r.deadline < "
                                    "'2026-12-01'"))
                  .size());
    QVERIFY(overdue >= 2);
    QCOMPARE(page.countText(), countText(all, overdue));
    QVERIFY2(page.countText().startsWith(QStringLiteral("%1 kiến nghị · ").arg(all)),
        qPrintable(page.countText()));
}

void TestFollowUpPage::recordsARemedyReportThroughTheDialog()
{
    FollowUpPage page(m_store.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &FollowUpPage::changed);
    page.selectId(m_overdue);
    QCOMPARE(page.currentId(), m_overdue);
    // Enter on the list opens the history.
    auto *table = field<QTableView>(&page, "recordsTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    RemedyHistoryDialog *history = nullptr;
    QTRY_VERIFY((history = page.findChild<RemedyHistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->recommendationId(), m_overdue);
    QCOMPARE(history->lines().size(), 1);
    QVERIFY2(history->lines().first().contains(QStringLiteral("Đang bổ sung chứng từ")),
        qPrintable(history->lines().first()));
    // The history is read-only.
    auto *tree = field<QTreeWidget>(history, "historyTreeWidget");
    QCOMPARE(tree->editTriggers(), QAbstractItemView::NoEditTriggers);

    field<QPushButton>(history, "reportButton")->click();
    RemedyEventDialog *form = nullptr;
    QTRY_VERIFY((form = history->findChild<RemedyEventDialog *>()) && form->isVisible());
    auto *date = field<DateLineEdit>(form, "dateLineEdit");
    QCOMPARE(date->date(), QDate(2026, 12, 1)); // the clock's today
    auto *status = field<QComboBox>(form, "statusComboBox");
    QCOMPARE(status->currentData().toString(), QStringLiteral("in_progress"));
    date->selectAll();
    typeText(date, QStringLiteral("28/11/2026"));
    auto *content = field<QPlainTextEdit>(form, "contentPlainTextEdit");
    content->setFocus();
    typeText(content, QStringLiteral("Đã bổ sung đầy đủ sổ sách, chứng từ quỹ đảng năm 2026"));
    status->setCurrentIndex(status->findData(QStringLiteral("remedied")));
    form->setFile(QStringLiteral("Báo cáo khắc phục.pdf"), QByteArray("%PDF-1.4 báo cáo"));
    field<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!history->findChild<RemedyEventDialog *>()
        || !history->findChild<RemedyEventDialog *>()->isVisible());

    // Stored: the event, the recommendation's status and latest report, the file on the event.
    QCOMPARE(
        m_store->value(
                   QStringLiteral("SELECT status FROM recommendation WHERE id = ?"), {m_overdue})
            .toString(),
        QStringLiteral("remedied"));
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT remedied_on FROM recommendation WHERE id = ?"),
                     {m_overdue})
                 .toString(),
        QStringLiteral("2026-11-28"));
    const QList<Remedies::Entry> events = Remedies::history(*m_store, m_overdue);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().content,
        QStringLiteral("Đã bổ sung đầy đủ sổ sách, chứng từ quỹ đảng năm 2026"));
    QCOMPARE(events.last().occurredOn, QDate(2026, 11, 28));
    const auto files
        = AttachmentStore::list(*m_store, QStringLiteral("remedy_event_id"), events.last().id);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().fileName, QStringLiteral("Báo cáo khắc phục.pdf"));
    QCOMPARE(files.first().kind, QStringLiteral("report"));
    // Shown: the history in order, the list's latest report, the count, no longer overdue.
    QCOMPARE(history->lines().size(), 2);
    QVERIFY2(history->lines().last().contains(QStringLiteral("Báo cáo khắc phục.pdf")),
        qPrintable(history->lines().last()));
    QVERIFY(changed.count() >= 1);
    FollowUpList *model = page.listModel();
    const int row = model->rowOfId(m_overdue);
    QCOMPARE(model->index(row, FollowUpList::LatestReport).data().toString(),
        QStringLiteral("28/11/2026: Đã bổ sung đầy đủ sổ sách, chứng từ quỹ đảng năm 2026"));
    QCOMPARE(model->index(row, FollowUpList::ReportedOn).data().toString(),
        QStringLiteral("28/11/2026"));
    QVERIFY(!model->index(row, FollowUpList::Due).data(FollowUpList::OverdueRole).toBool());
    // A reminder is no longer offered; the re-check is.
    QVERIFY(!field<QPushButton>(history, "reminderButton")->isEnabled());
    QVERIFY(field<QPushButton>(history, "recheckButton")->isEnabled());
    history->close();
}

void TestFollowUpPage::aRefusedEventKeepsWhatWasTyped()
{
    RemedyHistoryDialog history(m_store.get(), m_dueSoon);
    history.show();
    RemedyEventDialog *form = history.recordEvent(QStringLiteral("reminder"));
    QVERIFY(form->isVisible());
    auto *date = field<DateLineEdit>(form, "dateLineEdit");
    date->selectAll();
    typeText(date, QStringLiteral("15/12/2026"));
    auto *content = field<QPlainTextEdit>(form, "contentPlainTextEdit");
    content->setFocus();
    typeText(content, QStringLiteral("Đề nghị khẩn trương ban hành quy chế"));
    field<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    // Refused (a date after today), in a sentence; the form stays with what was typed.
    QVERIFY(form->isVisible());
    QVERIFY2(
        form->errorText().contains(QStringLiteral("01/12/2026")), qPrintable(form->errorText()));
    QCOMPARE(content->toPlainText(), QStringLiteral("Đề nghị khẩn trương ban hành quy chế"));
    QCOMPARE(Remedies::history(*m_store, m_dueSoon).size(), 0);
    // Corrected, it is recorded.
    date->selectAll();
    typeText(date, QStringLiteral("30/11/2026"));
    field<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(Remedies::history(*m_store, m_dueSoon).size(), 1);
    QCOMPARE(history.lines().size(), 1);
}

void TestFollowUpPage::aClosedHistoryOffersNothingToRecord()
{
    RemedyHistoryDialog history(m_store.get(), m_rechecked);
    history.show();
    QCOMPARE(history.lines().size(), 2);
    for (const char *name : {"reportButton", "reminderButton", "recheckButton"})
        QVERIFY2(!field<QPushButton>(&history, name)->isEnabled(), name);
    QVERIFY(field<QLabel>(&history, "closedLabel")->isVisible());
}

// Two windows on one file: the history open in this one follows what the other recorded (its
// status, its events, the buttons it offers), not the state it was opened in.
void TestFollowUpPage::anOpenHistoryShowsWhatAnotherWindowRecorded()
{
    RemedyHistoryDialog history(m_store.get(), m_dueSoon);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    QCOMPARE(history.lines().size(), 0);
    QVERIFY(field<QPushButton>(&history, "reminderButton")->isEnabled());

    std::unique_ptr<Store> other = TestSupport::open(m_file);
    QVERIFY(other);
    QString error;
    Remedies::Event event;
    event.kind = QStringLiteral("report");
    event.occurredOn = QDate(2026, 11, 30);
    event.content = QStringLiteral("Đã ban hành quy chế làm việc");
    event.statusAfter = QStringLiteral("remedied");
    QVERIFY2(Remedies::record(*other, m_dueSoon, event, &error), qPrintable(error));
    other.reset();
    // The store looks at the file every two seconds.
    QTRY_COMPARE_WITH_TIMEOUT(history.lines().size(), 1, 6000);
    QVERIFY2(history.lines().first().contains(QStringLiteral("Đã ban hành quy chế làm việc")),
        qPrintable(history.lines().first()));
    QCOMPARE(field<QLabel>(&history, "statusLabel")->text(),
        Labels::label(Labels::Enum::RecommendationStatus, QStringLiteral("remedied")));
    // Reported remedied: a reminder is no longer offered.
    QVERIFY(!field<QPushButton>(&history, "reminderButton")->isEnabled());
    QVERIFY(field<QPushButton>(&history, "recheckButton")->isEnabled());
}

void TestFollowUpPage::theWindowOpensThePageAndCountsOverdue()
{
    m_store.reset();
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int overdue = TestSupport::fileValue(m_file,
        QStringLiteral("SELECT count(*) FROM recommendation WHERE status IN ('pending', "
                       "'in_progress') AND deadline < '2026-12-01'"))
                            .toInt();
    QVERIFY(overdue >= 2);
    QTRY_VERIFY2(window.statusCounts().contains(QCoreApplication::translate(
                     "MainWindow", "%n overdue recommendation(s)", nullptr, overdue)),
        qPrintable(window.statusCounts()));
    window.showPage(QStringLiteral("Kết luận kiểm tra"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    auto *page = qobject_cast<FollowUpPage *>(stack->currentWidget());
    QVERIFY(page);
    QVERIFY(page == window.followUpPage());
    QCOMPARE(page->listModel()->matchingCount(),
        TestSupport::fileValue(m_file, QStringLiteral("SELECT count(*) FROM recommendation"))
            .toInt());
}

// In the window at 1280 by 800 (beside the navigation, not the page alone), the columns a
// secretary follows are in view without scrolling, up to the responsible unit.
void TestFollowUpPage::theFollowedColumnsAreInViewInTheWindow()
{
    m_store.reset();
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("Kết luận kiểm tra"));
    FollowUpPage *page = window.followUpPage();
    QVERIFY(page);
    auto *table = field<QTableView>(page, "recordsTableView");
    QTRY_VERIFY(table->isVisible());
    QCoreApplication::processEvents();
    // Room kept for the vertical scroll bar a long list shows.
    const int visible = table->viewport()->width()
        - (table->verticalScrollBar()->isVisible()
                ? 0
                : table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table));
    for (int column :
        {FollowUpList::Target, FollowUpList::Content, FollowUpList::Deadline, FollowUpList::Due,
            FollowUpList::Status, FollowUpList::LatestReport, FollowUpList::ResponsibleUnit}) {
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        QVERIFY2(right <= visible,
            qPrintable(QStringLiteral("column %1 (%2) ends at %3, the list shows %4 pixels")
                           .arg(column)
                           .arg(page->listModel()->headerData(column, Qt::Horizontal).toString())
                           .arg(right)
                           .arg(visible)));
        // Wide enough for its header (in bold, as the style draws it).
        QFont bold = table->horizontalHeader()->font();
        bold.setBold(true);
        const int header = QFontMetrics(bold).horizontalAdvance(
            page->listModel()->headerData(column, Qt::Horizontal).toString());
        QVERIFY2(table->columnWidth(column) >= header + 8,
            qPrintable(QStringLiteral("%1: %2 pixels for a header of %3")
                           .arg(page->listModel()->headerData(column, Qt::Horizontal).toString())
                           .arg(table->columnWidth(column))
                           .arg(header)));
    }
}

void TestFollowUpPage::nothingIsClipped()
{
    FollowUpPage page(m_store.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    GuiTestSupport::verifyNotClipped(&page, QStringLiteral("followup-page"));
    page.selectId(m_overdue);
    RemedyHistoryDialog *history = page.openHistory();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    GuiTestSupport::verifyNotClipped(history, QStringLiteral("followup-history"));
    for (const char *kind : {"report", "reminder", "recheck"}) {
        RemedyEventDialog *form = history->recordEvent(QLatin1String(kind));
        QVERIFY(QTest::qWaitForWindowExposed(form));
        GuiTestSupport::verifyNotClipped(
            form, QStringLiteral("followup-%1").arg(QLatin1String(kind)));
        form->reject();
    }
    history->close();
}

QTEST_MAIN(TestFollowUpPage)
#include "tst_followuppage.moc"
