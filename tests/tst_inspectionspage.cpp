#include "core/catalogue.h"
#include "core/translations.h"
#include "gui/common/recordeditor.h"
#include "gui/inspections/inspectionspage.h"
#include "gui/mainwindow.h"
#include "models/inspectionlists.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;

// The inspections' list: counts made in SQL, filters, the text filter, the sort, deleting.
class TestInspectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void countsAreThoseOfTheRecords();
    void overdueFollowsTheStoreClock();
    void filtersByYearBodyAndStatus();
    void textFilterWithoutDiacritics();
    void sortsTheVietnameseWay();
    void deleteAsksAndRefusesAnInspectionWithRecommendations();
    void pageIsNotClipped();

private:
    qint64 insert(const QString &table, const QVariantMap &values);
    // The ids of the rows the model shows, fetching them all.
    QList<qint64> shownIds(SqlListModel *model);
    QList<qint64> idsOf(const QString &sql, const QVariantList &values = {});
    int teamCount();
    QList<qint64> overdueTeams(const QString &today);
    static QList<qint64> sorted(QList<qint64> ids);
    InspectionsPage *page();

    QTemporaryDir m_dir;
    QString m_file;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_bodyA = 0;
    qint64 m_bodyB = 0;
    qint64 m_early = 0; // "Ấn định…": body A, 2025, following up, one overdue recommendation
    qint64 m_late = 0; // "Bảo vệ…": body B, begun 2025, planned, nothing to follow
};

void TestInspectionsPage::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestInspectionsPage::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    m_clock = TestSupport::fixClock(
        QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->show();

    const QList<qint64> bodies = idsOf(QStringLiteral("SELECT id FROM issuing_body ORDER BY id"));
    QVERIFY(bodies.size() >= 2);
    m_bodyA = bodies.at(0);
    m_bodyB = bodies.at(1);
    const QList<qint64> units = idsOf(QStringLiteral("SELECT id FROM unit ORDER BY id LIMIT 2"));
    m_early = insert(QStringLiteral("inspection_team"),
        {{QStringLiteral("name"), QStringLiteral("Ấn định kiểm tra việc lưu trữ (giả định)")},
            {QStringLiteral("issuing_body_id"), m_bodyA},
            {QStringLiteral("decided_on"), QStringLiteral("2025-03-01")},
            {QStringLiteral("starts_on"), QStringLiteral("2024-12-20")},
            {QStringLiteral("status"), QStringLiteral("following_up")}});
    const qint64 target = insert(QStringLiteral("inspection_target"),
        {{QStringLiteral("team_id"), m_early}, {QStringLiteral("unit_id"), units.at(0)}});
    insert(QStringLiteral("inspection_target"),
        {{QStringLiteral("team_id"), m_early}, {QStringLiteral("unit_id"), units.at(1)}});
    insert(QStringLiteral("recommendation"),
        {{QStringLiteral("target_id"), target},
            {QStringLiteral("responsible_unit_id"), units.at(0)},
            {QStringLiteral("content"), QStringLiteral("Bổ sung hồ sơ (giả định).")},
            {QStringLiteral("deadline"), QStringLiteral("2025-06-30")},
            {QStringLiteral("status"), QStringLiteral("pending")}});
    insert(QStringLiteral("recommendation"),
        {{QStringLiteral("target_id"), target},
            {QStringLiteral("responsible_unit_id"), units.at(0)},
            {QStringLiteral("content"), QStringLiteral("Kiểm điểm (giả định).")},
            {QStringLiteral("deadline"), QStringLiteral("2025-05-31")},
            {QStringLiteral("status"), QStringLiteral("remedied")},
            {QStringLiteral("remedied_on"), QStringLiteral("2025-05-20")}});
    m_late = insert(QStringLiteral("inspection_team"),
        {{QStringLiteral("name"), QStringLiteral("Bảo vệ chính trị nội bộ ở cơ sở (giả định)")},
            {QStringLiteral("issuing_body_id"), m_bodyB},
            {QStringLiteral("starts_on"), QStringLiteral("2025-05-01")},
            {QStringLiteral("status"), QStringLiteral("planned")}});
    m_window->showPage(QStringLiteral("Đoàn kiểm tra"));
    QVERIFY(page());
    page()->refresh();
}

void TestInspectionsPage::cleanup()
{
    m_window.reset();
}

qint64 TestInspectionsPage::insert(const QString &table, const QVariantMap &values)
{
    QString error;
    const std::optional<qint64> id = m_window->store()->insert(table, values, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

QList<qint64> TestInspectionsPage::idsOf(const QString &sql, const QVariantList &values)
{
    // Read by a connection of the test's own, as another program would read the file.
    QList<qint64> ids;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_file);
    if (db.open()) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec()) {
            while (query.next())
                ids << query.value(0).toLongLong();
        } else {
            qWarning("%s", qPrintable(query.lastError().text()));
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return ids;
}

int TestInspectionsPage::teamCount()
{
    return int(idsOf(QStringLiteral("SELECT id FROM inspection_team")).size());
}

QList<qint64> TestInspectionsPage::overdueTeams(const QString &today)
{
    return idsOf(QStringLiteral("SELECT DISTINCT t.team_id FROM recommendation r "
                                "JOIN inspection_target t ON t.id = r.target_id "
                                "WHERE r.status IN ('pending', 'in_progress') AND r.deadline < ? "
                                "ORDER BY t.team_id"),
        {today});
}

QList<qint64> TestInspectionsPage::sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestInspectionsPage::shownIds(SqlListModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    return ids;
}

InspectionsPage *TestInspectionsPage::page()
{
    return m_window->inspectionsPage();
}

void TestInspectionsPage::modelPassesTheTester()
{
    SqlListModel *model = InspectionLists::teams(m_window->store(), this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), teamCount());
    for (int column = 1; column < model->columnCount(); ++column) {
        model->sort(column, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), teamCount());
        model->sort(column, Qt::DescendingOrder);
        QVERIFY2(model->errorString().isEmpty(), qPrintable(model->errorString()));
    }
    model->setFilterText(QStringLiteral("gia dinh"));
    QCOMPARE(model->rowCount(),
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE name LIKE '%giả định%'"))
            .size());
    model->setCondition(QStringLiteral("overdue"), InspectionLists::overdueCondition(),
        QStringLiteral("2026-12-01"));
    QCOMPARE(model->rowCount(),
        idsOf(QStringLiteral("SELECT DISTINCT t.team_id FROM recommendation r "
                             "JOIN inspection_target t ON t.id = r.target_id "
                             "JOIN inspection_team m ON m.id = t.team_id "
                             "WHERE r.status IN ('pending', 'in_progress') "
                             "AND r.deadline < '2026-12-01' AND m.name LIKE '%giả định%'"))
            .size());
    delete model;
}

void TestInspectionsPage::countsAreThoseOfTheRecords()
{
    SqlListModel *model = page()->listModel();
    const QList<qint64> ids = shownIds(model);
    QCOMPARE(ids.size(), idsOf(QStringLiteral("SELECT id FROM inspection_team")).size());
    QVERIFY(page()
                ->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QString::number(teamCount())));
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->idAt(row);
        const auto count = [&](const QString &sql) {
            return idsOf(QStringLiteral("SELECT (%1)").arg(sql), {id}).value(0);
        };
        QCOMPARE(model->index(row, InspectionLists::TeamTargets).data().toLongLong(),
            count(QStringLiteral("SELECT count(*) FROM inspection_target WHERE team_id = ?")));
        QCOMPARE(model->index(row, InspectionLists::TeamOpen).data().toLongLong(),
            count(QStringLiteral("SELECT count(*) FROM recommendation r, inspection_target t "
                                 "WHERE r.target_id = t.id AND t.team_id = ? AND r.status IN "
                                 "('pending', 'in_progress')")));
        QCOMPARE(model->index(row, InspectionLists::TeamOverdue).data().toLongLong(),
            count(QStringLiteral("SELECT count(*) FROM recommendation r, inspection_target t "
                                 "WHERE r.target_id = t.id AND t.team_id = ? AND r.status IN "
                                 "('pending', 'in_progress') AND r.deadline < '2026-12-01'")));
    }
    const int early = model->rowOfId(m_early);
    QCOMPARE(model->index(early, InspectionLists::TeamTargets).data().toInt(), 2);
    QCOMPARE(model->index(early, InspectionLists::TeamOpen).data().toInt(), 1);
    QCOMPARE(model->index(early, InspectionLists::TeamOverdue).data().toInt(), 1);
    QCOMPARE(model->index(early, InspectionLists::TeamStatus).data().toString(),
        Labels::label(Labels::Enum::TeamStatus, QStringLiteral("following_up")));
    const int traVinh = model->rowOfId(
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5")).value(0));
    QCOMPARE(model->index(traVinh, InspectionLists::TeamTargets).data().toInt(), 3);
    QCOMPARE(model->index(traVinh, InspectionLists::TeamDocument).data().toString(),
        QStringLiteral("58-QĐ/TW"));
}

void TestInspectionsPage::overdueFollowsTheStoreClock()
{
    SqlListModel *model = page()->listModel();
    // 1 December 2026: the recommendation due on 30 June 2025 is overdue; the invented
    // inspection's, due 31 December 2026, is still open.
    page()->setOverdueOnly(true);
    QCOMPARE(sorted(shownIds(model)), overdueTeams(QStringLiteral("2026-12-01")));
    QVERIFY(shownIds(model).contains(m_early));
    const qint64 invented
        = idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE number = 2")).value(0);
    QCOMPARE(model->index(model->rowOfId(m_early), InspectionLists::TeamOverdue).data().toInt(), 1);
    // A month later it is overdue too: the page counts against the store's clock.
    m_clock->set(QDateTime(QDate(2027, 1, 2), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    page()->refresh();
    QVERIFY(!overdueTeams(QStringLiteral("2026-12-01")).contains(invented));
    QCOMPARE(sorted(shownIds(model)), overdueTeams(QStringLiteral("2027-01-02")));
    QVERIFY(shownIds(model).contains(invented));
    QCOMPARE(
        model->index(model->rowOfId(invented), InspectionLists::TeamOverdue).data().toInt(), 1);
    page()->setOverdueOnly(false);
    QCOMPARE(model->rowCount(), teamCount());
}

void TestInspectionsPage::filtersByYearBodyAndStatus()
{
    SqlListModel *model = page()->listModel();
    auto *years = page()->findChild<QComboBox *>(QStringLiteral("yearComboBox"));
    QStringList offered;
    for (int i = 1; i < years->count(); ++i)
        offered << years->itemText(i);
    QCOMPARE(offered,
        (QStringList {QStringLiteral("2026"), QStringLiteral("2025"), QStringLiteral("2023")}));
    // The year of the decision, else of the start: "Ấn định…" began in 2024, decided in 2025.
    page()->setYear(2025);
    QCOMPARE(sorted(shownIds(model)),
        idsOf(
            QStringLiteral("SELECT id FROM inspection_team WHERE "
                           "substr(coalesce(decided_on, starts_on), 1, 4) = '2025' ORDER BY id")));
    QVERIFY(shownIds(model).contains(m_early) && shownIds(model).contains(m_late));
    page()->setYear(2023);
    QCOMPARE(
        shownIds(model), idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5")));
    page()->setYear(0);
    page()->setBody(m_bodyB);
    QCOMPARE(shownIds(model),
        idsOf(
            QStringLiteral("SELECT id FROM inspection_team WHERE issuing_body_id = ?"), {m_bodyB}));
    page()->setBody(m_bodyA);
    QCOMPARE(shownIds(model).size(),
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE issuing_body_id = ?"), {m_bodyA})
            .size());
    page()->setBody(0);
    page()->setStatus(QStringLiteral("planned"));
    QCOMPARE(sorted(shownIds(model)),
        idsOf(
            QStringLiteral("SELECT id FROM inspection_team WHERE status = 'planned' ORDER BY id")));
    QVERIFY(shownIds(model).contains(m_late));
    page()->setStatus(QStringLiteral("working"));
    QCOMPARE(shownIds(model),
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE status = 'working'")));
    page()->setStatus(QString());
    QCOMPARE(model->rowCount(), teamCount());
    QVERIFY(page()
                ->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QString::number(teamCount())));
}

void TestInspectionsPage::textFilterWithoutDiacritics()
{
    SqlListModel *model = page()->listModel();
    model->setFilterText(QStringLiteral("doan kiem tra so 5"));
    QCOMPARE(
        shownIds(model), idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5")));
    model->setFilterText(QStringLiteral("an dinh"));
    QCOMPARE(shownIds(model), QList<qint64> {m_early});
    QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("countLabel"))->text().isEmpty(), false);
    model->setFilterText(QStringLiteral("khong co dau nao nhu the"));
    QCOMPARE(model->rowCount(), 0);
    model->setFilterText(QString());
    QCOMPARE(model->rowCount(), teamCount());
}

void TestInspectionsPage::sortsTheVietnameseWay()
{
    SqlListModel *model = page()->listModel();
    model->sort(InspectionLists::TeamName, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, InspectionLists::TeamName).data().toString();
    // Ấ comes after A and before B in Vietnamese (in code points it comes after Đ).
    QCOMPARE(names.value(0), QStringLiteral("Ấn định kiểm tra việc lưu trữ (giả định)"));
    QCOMPARE(names.value(1), QStringLiteral("Bảo vệ chính trị nội bộ ở cơ sở (giả định)"));
    QVERIFY(names.value(2).startsWith(QStringLiteral("Đoàn kiểm tra số 2")));
    QVERIFY(names.indexOf(QStringLiteral("Đoàn kiểm tra số 5")) > 2);
    const auto most = [this](const QString &sql) {
        return idsOf(QStringLiteral("SELECT max(n) FROM (%1)").arg(sql)).value(0);
    };
    model->sort(InspectionLists::TeamTargets, Qt::DescendingOrder);
    QCOMPARE(model->index(0, InspectionLists::TeamTargets).data().toLongLong(),
        most(QStringLiteral("SELECT count(*) AS n FROM inspection_target GROUP BY team_id")));
    model->sort(InspectionLists::TeamOverdue, Qt::DescendingOrder);
    QCOMPARE(model->index(0, InspectionLists::TeamOverdue).data().toLongLong(),
        most(QStringLiteral("SELECT count(*) AS n FROM recommendation r JOIN inspection_target t "
                            "ON t.id = r.target_id WHERE r.status IN ('pending', 'in_progress') "
                            "AND r.deadline < '2026-12-01' GROUP BY t.team_id")));
}

void TestInspectionsPage::deleteAsksAndRefusesAnInspectionWithRecommendations()
{
    SqlListModel *model = page()->listModel();
    const int all = teamCount();
    page()->selectId(m_early);
    QString text;
    answerNextMessageBox(QMessageBox::Ok, &text);
    page()->deleteCurrent();
    QVERIFY2(text.contains(QStringLiteral("Ấn định")), qPrintable(text));
    QCOMPARE(
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE id = ?"), {m_early}).size(), 1);
    // Asked first: Cancel keeps it, Yes deletes it.
    page()->selectId(m_late);
    answerNextMessageBox(QMessageBox::Cancel);
    page()->deleteCurrent();
    QCOMPARE(model->rowCount(), all);
    page()->selectId(m_late);
    answerNextMessageBox(QMessageBox::Yes, &text);
    page()->deleteCurrent();
    QVERIFY2(text.contains(QStringLiteral("Bảo vệ chính trị")), qPrintable(text));
    QCOMPARE(model->rowCount(), all - 1);
    QVERIFY(
        idsOf(QStringLiteral("SELECT id FROM inspection_team WHERE id = ?"), {m_late}).isEmpty());
}

void TestInspectionsPage::pageIsNotClipped()
{
    // The status bar counts the inspections too.
    QTRY_VERIFY2(m_window->statusCounts().contains(
                     Catalogue::tableCount(QStringLiteral("inspection_team"), teamCount())),
        qPrintable(m_window->statusCounts()));
    m_window->resize(1280, 800);
    page()->selectId(m_early);
    GuiTestSupport::verifyNotClipped(m_window.get(), QStringLiteral("inspections-page"));
    RecordEditor *editor = page()->editCurrent();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), m_early);
    editor->close();
}

QTEST_MAIN(TestInspectionsPage)
#include "tst_inspectionspage.moc"
