#include "core/clock.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/inspections/followuppage.h"
#include "gui/inspections/remedyhistorydialog.h"
#include "gui/mainwindow.h"
#include "gui/start/startpage.h"
#include "models/workdue.h"
#include "storage/remedies.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAction>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

// The start page in the window, against a clock set by hand (1 December 2026): what it lists,
// what Enter and a double click open, "and N more…", the counts beside the navigation's areas,
// and the toolbar.
class TestStartPageGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheStartPage();
    void listsWhatIsDueWithTheDates();
    void enterAndDoubleClickOpenTheRecord();
    void andNMoreOpensTheWholeList();
    void navigationCountsFollowTheRecords();
    void toolbarHasIconsForTheCommonActions();

private:
    qint64 addRecommendation(const QDate &deadline, const QString &content);
    qint64 addConference(const QDate &on);
    QTreeWidget *tree() const;
    // The line of the page for that record, or nullptr.
    QTreeWidgetItem *lineFor(const QString &text) const;
    QTreeWidgetItem *navigationItem(const QString &title) const;

    QTemporaryDir m_dir;
    QString m_file;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_target = 0;
    qint64 m_unit = 0;
};

void TestStartPageGui::initTestCase()
{
    m_clock = TestSupport::fixClock();
}

void TestStartPageGui::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("start-%1.sqlite").arg(++counter));
    QCOMPARE(TestSupport::writeDemo(m_file), QString());
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_target = m_window->store()
                   ->value(QStringLiteral("SELECT max(id) FROM inspection_target"))
                   .toLongLong();
    m_unit = m_window->store()->value(QStringLiteral("SELECT min(id) FROM unit")).toLongLong();
    QVERIFY(m_target && m_unit);
}

void TestStartPageGui::cleanup()
{
    m_window.reset();
}

qint64 TestStartPageGui::addRecommendation(const QDate &deadline, const QString &content)
{
    QString error;
    const auto id = m_window->store()->insert(QStringLiteral("recommendation"),
        {{QStringLiteral("target_id"), m_target}, {QStringLiteral("content"), content},
            {QStringLiteral("responsible_unit_id"), m_unit},
            {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

qint64 TestStartPageGui::addConference(const QDate &on)
{
    QString error;
    const auto id = m_window->store()->insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("interim_review")},
            {QStringLiteral("title"), QStringLiteral("Hội nghị sơ kết giữa nhiệm kỳ (giả định)")},
            {QStringLiteral("held_on"), on.toString(Qt::ISODate)},
            {QStringLiteral("status"), QStringLiteral("planned")}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

QTreeWidget *TestStartPageGui::tree() const
{
    return m_window->startPage()
        ? m_window->startPage()->findChild<QTreeWidget *>(QStringLiteral("workTreeWidget"))
        : nullptr;
}

QTreeWidgetItem *TestStartPageGui::lineFor(const QString &text) const
{
    for (QTreeWidgetItemIterator it(tree()); *it; ++it)
        if ((*it)->text(0) == text)
            return *it;
    return nullptr;
}

QTreeWidgetItem *TestStartPageGui::navigationItem(const QString &title) const
{
    auto *navigation = m_window->findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
    for (QTreeWidgetItemIterator it(navigation); *it; ++it)
        if ((*it)->text(0) == title || (*it)->text(0).startsWith(title + QStringLiteral(" (")))
            return *it;
    return nullptr;
}

void TestStartPageGui::opensOnTheStartPage()
{
    QCOMPARE(m_window->currentPageTitle(), MainWindow::tr("To do"));
    QCOMPARE(m_window->pageTitles().first(), MainWindow::tr("To do"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(m_window->startPage());
    QCOMPARE(stack->currentWidget(), m_window->startPage());
    QVERIFY(tree()->isVisible());
    // Every group is there, with its count, whether it has lines or not.
    const auto summary = m_window->startPage()->summary();
    for (const WorkDue::Kind kind : WorkDue::kinds())
        QVERIFY2(lineFor(WorkDue::header(kind, summary.total(kind))),
            qPrintable(WorkDue::header(kind, summary.total(kind))));
}

void TestStartPageGui::listsWhatIsDueWithTheDates()
{
    const QDate today = m_clock->today();
    QCOMPARE(today, QDate(2026, 12, 1));
    const QString late = QStringLiteral("Bổ sung quy chế làm việc (giả định)");
    const QString soon = QStringLiteral("Rà soát danh sách cấp ủy viên (giả định)");
    const QString later = QStringLiteral("Tổng kết việc thực hiện nghị quyết (giả định)");
    QVERIFY(addRecommendation(today.addDays(-5), late));
    QVERIFY(addRecommendation(today.addDays(3), soon));
    QVERIFY(addRecommendation(today.addDays(30), later));
    // The page reads the store again when shown: another page, then back.
    m_window->showPage(MainWindow::tr("Conferences"));
    m_window->showPage(MainWindow::tr("To do"));
    QTreeWidgetItem *lateLine = lineFor(late);
    QVERIFY(lateLine);
    QCOMPARE(lateLine->parent()->text(0),
        WorkDue::header(WorkDue::Kind::OverdueRecommendation,
            m_window->startPage()->summary().total(WorkDue::Kind::OverdueRecommendation)));
    QCOMPARE(lateLine->text(2), QStringLiteral("26/11/2026"));
    QCOMPARE(lateLine->text(3), WorkDue::tr("%n day(s) late", nullptr, 5));
    QCOMPARE(lateLine->text(1),
        m_window->store()
            ->value(QStringLiteral("SELECT name FROM unit WHERE id = ?"), {m_unit})
            .toString());
    QVERIFY(!lateLine->icon(0).isNull());
    QTreeWidgetItem *soonLine = lineFor(soon);
    QVERIFY(soonLine);
    QCOMPARE(soonLine->text(2), QStringLiteral("04/12/2026"));
    QCOMPARE(soonLine->text(3), WorkDue::tr("%n day(s) left", nullptr, 3));
    QCOMPARE(soonLine->parent()->data(0, Qt::UserRole).toInt(),
        int(WorkDue::Kind::RecommendationDueSoon));
    // A month away is not due yet.
    QVERIFY(!lineFor(later));

    // Four days later the one due in three is overdue, on the page shown again.
    m_clock->advance(4 * 24 * 3600);
    m_window->showPage(MainWindow::tr("Conferences"));
    m_window->showPage(MainWindow::tr("To do"));
    QCOMPARE(lineFor(soon)->parent()->data(0, Qt::UserRole).toInt(),
        int(WorkDue::Kind::OverdueRecommendation));
    QCOMPARE(lineFor(soon)->text(3), WorkDue::tr("%n day(s) late", nullptr, 1));
    m_clock->advance(-4 * 24 * 3600);
}

void TestStartPageGui::enterAndDoubleClickOpenTheRecord()
{
    const QDate today = m_clock->today();
    const QString content = QStringLiteral("Kiện toàn tổ đảng (giả định)");
    const qint64 recommendation = addRecommendation(today.addDays(-2), content);
    const qint64 conference = addConference(today.addDays(6));
    QVERIFY(recommendation && conference);
    m_window->startPage()->refresh();

    // Enter on a recommendation opens its history.
    QTreeWidgetItem *line = lineFor(content);
    QVERIFY(line);
    tree()->setFocus();
    tree()->setCurrentItem(line);
    QTest::keyClick(tree(), Qt::Key_Return);
    RemedyHistoryDialog *history = nullptr;
    QTRY_VERIFY((history = m_window->findChild<RemedyHistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->recommendationId(), recommendation);
    history->close();
    QTRY_VERIFY(!m_window->findChild<RemedyHistoryDialog *>()
        || !m_window->findChild<RemedyHistoryDialog *>()->isVisible());

    // A double click on a conference opens its editor on that conference.
    QTreeWidgetItem *conferenceLine
        = lineFor(QStringLiteral("Hội nghị sơ kết giữa nhiệm kỳ (giả định)"));
    QVERIFY(conferenceLine);
    tree()->scrollToItem(conferenceLine);
    const QPoint at = tree()->visualItemRect(conferenceLine).center();
    // A double click as the hand makes it: a click, then the second press.
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, at);
    ConferenceEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ConferenceEditor *>()) && editor->isVisible());
    QCOMPARE(editor->recordId(), conference);
    auto *title = editor->findChild<QPlainTextEdit *>(QStringLiteral("titlePlainTextEdit"));
    QVERIFY(title);
    QCOMPARE(title->toPlainText(), QStringLiteral("Hội nghị sơ kết giữa nhiệm kỳ (giả định)"));
    editor->close();

    // Edit › Open record (the toolbar's Open) does the same for the current line.
    tree()->setCurrentItem(lineFor(content));
    auto *open = m_window->findChild<QAction *>(QStringLiteral("openRecordAction"));
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QTRY_VERIFY((history = m_window->findChild<RemedyHistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->recommendationId(), recommendation);
    history->close();
}

void TestStartPageGui::andNMoreOpensTheWholeList()
{
    const QDate today = m_clock->today();
    for (int i = 0; i < 24; ++i)
        QVERIFY(addRecommendation(today.addDays(-100 + i),
            QStringLiteral("Kiến nghị quá hạn số %1 (giả định)").arg(i + 1)));
    m_window->startPage()->refresh();
    const int overdue = Remedies::overdueCount(*m_window->store());
    QVERIFY(overdue > WorkDue::PageLimit);
    const auto summary = m_window->startPage()->summary();
    QTreeWidgetItem *group
        = lineFor(WorkDue::header(WorkDue::Kind::OverdueRecommendation, overdue));
    QVERIFY(group);
    // The 20 most urgent, then the link to the rest.
    QCOMPARE(group->childCount(), WorkDue::PageLimit + 1);
    QCOMPARE(group->child(0)->text(0), QStringLiteral("Kiến nghị quá hạn số 1 (giả định)"));
    QTreeWidgetItem *more = group->child(WorkDue::PageLimit);
    QCOMPARE(more->text(0), WorkDue::moreText(overdue - WorkDue::PageLimit));
    QCOMPARE(summary.more(WorkDue::Kind::OverdueRecommendation), overdue - WorkDue::PageLimit);
    tree()->setFocus();
    tree()->setCurrentItem(more);
    QTest::keyClick(tree(), Qt::Key_Return);
    QCOMPARE(m_window->currentPageTitle(), MainWindow::tr("Inspection conclusions"));
    FollowUpPage *page = m_window->followUpPage();
    QVERIFY(page && page->isVisible());
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("overdueCheckBox"))->isChecked());
    QTRY_COMPARE(page->countText().contains(QString::number(overdue)), true);
}

void TestStartPageGui::navigationCountsFollowTheRecords()
{
    const QDate today = m_clock->today();
    const QString conclusions = MainWindow::tr("Inspection conclusions");
    const auto countOf = [&](const QString &title) {
        QTreeWidgetItem *item = navigationItem(title);
        if (!item)
            return -1;
        const QString text = item->text(0);
        if (text == title)
            return 0;
        return text.mid(title.size() + 2).chopped(1).toInt();
    };
    const auto due = [&] {
        const auto summary = WorkDue::summarize(*m_window->store(), WorkDue::PageLimit);
        return summary.total(WorkDue::Kind::OverdueRecommendation)
            + summary.total(WorkDue::Kind::RecommendationDueSoon);
    };
    const int before = due();
    QTRY_COMPARE(countOf(conclusions), before);
    // A save anywhere (here, through the store, as an editor does) brings the counts up to date.
    const qint64 id
        = addRecommendation(today.addDays(2), QStringLiteral("Báo cáo kết quả (giả định)"));
    QVERIFY(id);
    QTRY_COMPARE(countOf(conclusions), before + 1);
    QCOMPARE(navigationItem(conclusions)->text(0),
        MainWindow::tr("%1 (%2)").arg(conclusions).arg(before + 1));
    const QString conferences = MainWindow::tr("Conferences");
    const int invitations = countOf(conferences);
    QVERIFY(addConference(today.addDays(10)));
    QTRY_COMPARE(countOf(conferences), invitations + 1);
    // The start page's own count is every group's.
    QTRY_COMPARE(countOf(MainWindow::tr("To do")), m_window->startPage()->totalCount());
    // The titles stay what the window knows the pages by.
    m_window->showPage(conclusions);
    QCOMPARE(m_window->currentPageTitle(), conclusions);
    // Remedied: the count goes down again.
    Remedies::Event done;
    done.kind = QStringLiteral("report");
    done.occurredOn = today;
    done.content = QStringLiteral("Đã báo cáo");
    done.statusAfter = QStringLiteral("remedied");
    QString error;
    QVERIFY2(Remedies::record(*m_window->store(), id, done, &error), qPrintable(error));
    QTRY_COMPARE(countOf(conclusions), before);
}

void TestStartPageGui::toolbarHasIconsForTheCommonActions()
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar && toolbar->isVisible());
    QStringList shown;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        shown << action->objectName();
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY(!action->icon().pixmap(22, 22).isNull());
    }
    QCOMPARE(shown,
        (QStringList {QStringLiteral("newRecordAction"), QStringLiteral("openRecordAction"),
            QStringLiteral("previewAction"), QStringLiteral("printAction"),
            QStringLiteral("exportPdfAction"), QStringLiteral("exportListAction"),
            QStringLiteral("findAction")}));
    // The same actions, icons included, are the menus' items.
    QStringList inMenus;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (shown.contains(action->objectName())) {
                inMenus << action->objectName();
                QVERIFY(!action->icon().isNull());
            }
    for (const QString &name : shown)
        QVERIFY2(inMenus.contains(name), qPrintable(name));
    // Công cụ › Chuyển mã is in the menu bar.
    auto *tools = m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    QVERIFY(tools);
    QVERIFY(tools->actions().contains(
        m_window->findChild<QAction *>(QStringLiteral("convertEncodingAction"))));
}

QTEST_MAIN(TestStartPageGui)
#include "tst_startpagegui.moc"
