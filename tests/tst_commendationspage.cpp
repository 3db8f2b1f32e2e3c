#include "core/translations.h"
#include "gui/commendations/commendationspage.h"
#include "gui/common/recordeditor.h"
#include "gui/mainwindow.h"
#include "models/commendationlists.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;

// The commendations' list: its columns, filters, text filter without marks, sort, deleting (a
// decided one refused), and the awards counted in the status bar.
class TestCommendationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void rowsShowDecisionFormAndCounts();
    void filtersByYearBodyFormAndStatus();
    void textFilterWithoutDiacritics();
    void deleteAsksAndRefusesADecidedOne();
    void statusBarCountsAwardsAndPageIsNotClipped();

private:
    qint64 insert(const QString &table, const QVariantMap &values);
    // Ids read from the file by a connection of the test's own, ascending.
    QList<qint64> idsOf(const QString &sql, const QVariantList &values = {}) const;
    static QList<qint64> shownIds(SqlListModel *model);
    CommendationsPage *page() const { return m_window->commendationsPage(); }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demo = 0; // the Thanh Hóa Bằng khen, reviewed
    qint64 m_decided = 0; // a Giấy khen decided in 2025 (invented)
    qint64 m_round = 0; // a round of badges proposed in 2026 (invented)
};

void TestCommendationsPage::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestCommendationsPage::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    TestSupport::fixClock();
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->resize(1280, 800);
    m_window->show();

    m_demo
        = idsOf(QStringLiteral("SELECT id FROM commendation WHERE reason LIKE '%Chỉ thị số 39%'"))
              .value(0);
    QVERIFY(m_demo > 0);
    const QList<qint64> bodies = idsOf(QStringLiteral("SELECT id FROM issuing_body"));
    const qint64 unit
        = idsOf(QStringLiteral("SELECT id FROM unit WHERE name LIKE '%(giả định)%'")).value(0);
    const qint64 certificate
        = idsOf(QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Giấy khen'"))
              .value(0);
    m_decided = insert(QStringLiteral("commendation"),
        {{QStringLiteral("issuing_body_id"), bodies.last()},
            {QStringLiteral("form_id"), certificate},
            {QStringLiteral("kind"), QStringLiteral("regular")},
            {QStringLiteral("reason"),
                QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2024 (giả định)")},
            {QStringLiteral("proposed_on"), QStringLiteral("2025-01-05")},
            {QStringLiteral("status"), QStringLiteral("proposed")}});
    insert(QStringLiteral("commendation_recipient"),
        {{QStringLiteral("commendation_id"), m_decided}, {QStringLiteral("position"), 1},
            {QStringLiteral("recipient_kind"), QStringLiteral("collective")},
            {QStringLiteral("unit_id"), unit},
            {QStringLiteral("name"), QStringLiteral("Tập thể (giả định)")},
            {QStringLiteral("review"), QStringLiteral("accepted")}});
    // Decided through the store, as the decision's issuing will do it.
    Store *store = m_window->store();
    const auto record = store->read(QStringLiteral("commendation"), m_decided);
    QVERIFY(record);
    const Store::Result decided = store->update(*record,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), QStringLiteral("2025-01-20")},
            {QStringLiteral("decision_code"), QStringLiteral("12-QĐ/ĐU")}});
    QVERIFY2(decided.ok(), qPrintable(decided.error));
    m_round = insert(QStringLiteral("commendation"),
        {{QStringLiteral("issuing_body_id"), bodies.first()},
            {QStringLiteral("kind"), QStringLiteral("party_badge")},
            {QStringLiteral("reason"), QStringLiteral("Huy hiệu Đảng đợt 3/2/2026 (giả định)")},
            {QStringLiteral("proposed_on"), QStringLiteral("2026-01-10")},
            {QStringLiteral("round_on"), QStringLiteral("2026-02-03")}});
    QVERIFY(m_decided && m_round);
    m_window->showPage(QStringLiteral("Khen thưởng"));
    QVERIFY(page());
    QCOMPARE(m_window->currentPageTitle(), QStringLiteral("Khen thưởng"));
    page()->refresh();
}

void TestCommendationsPage::cleanup()
{
    m_window.reset();
}

qint64 TestCommendationsPage::insert(const QString &table, const QVariantMap &values)
{
    QString error;
    const std::optional<qint64> id = m_window->store()->insert(table, values, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

QList<qint64> TestCommendationsPage::idsOf(const QString &sql, const QVariantList &values) const
{
    QList<qint64> ids;
    const QString joined = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT group_concat(id) FROM (%1 ORDER BY 1)").arg(sql), values)
                               .toString();
    for (const QString &id : joined.split(u',', Qt::SkipEmptyParts))
        ids << id.toLongLong();
    return ids;
}

QList<qint64> TestCommendationsPage::shownIds(SqlListModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestCommendationsPage::modelPassesTheTester()
{
    SqlListModel *model = CommendationLists::commendations(m_window->store(), this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> all = idsOf(QStringLiteral("SELECT id FROM commendation"));
    QCOMPARE(shownIds(model), all);
    for (int column = 1; column < model->columnCount(); ++column) {
        model->sort(column, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), all.size());
        model->sort(column, Qt::DescendingOrder);
        QVERIFY2(model->errorString().isEmpty(), qPrintable(model->errorString()));
    }
}

void TestCommendationsPage::rowsShowDecisionFormAndCounts()
{
    SqlListModel *model = page()->listModel();
    const auto cell = [&](qint64 id, int column) {
        return model->index(model->rowOfId(id), column).data().toString();
    };
    QCOMPARE(cell(m_decided, CommendationLists::Decision), QStringLiteral("12-QĐ/ĐU — 20/01/2025"));
    QCOMPARE(cell(m_demo, CommendationLists::Decision), CommendationLists::tr("not decided yet"));
    QCOMPARE(cell(m_demo, CommendationLists::Form), QStringLiteral("Bằng khen"));
    QCOMPARE(
        cell(m_round, CommendationLists::Form), CommendationLists::tr("Party membership badge"));
    QCOMPARE(cell(m_decided, CommendationLists::Status),
        Labels::label(Labels::Enum::CommendationStatus, QStringLiteral("decided")));
    // Accepted out of listed, counted from the file.
    const qint64 listed = idsOf(QStringLiteral("SELECT id FROM commendation_recipient WHERE "
                                               "commendation_id = ?"),
        {m_demo})
                              .size();
    const qint64 accepted = idsOf(QStringLiteral("SELECT id FROM commendation_recipient WHERE "
                                                 "commendation_id = ? AND review = 'accepted'"),
        {m_demo})
                                .size();
    QCOMPARE(cell(m_demo, CommendationLists::Recipients),
        QStringLiteral("%1 / %2").arg(accepted).arg(listed));
    QCOMPARE(cell(m_round, CommendationLists::Recipients), QStringLiteral("0 / 0"));
    QVERIFY(!cell(m_demo, CommendationLists::Conference).isEmpty());
    QVERIFY(!cell(m_demo, CommendationLists::ProposedBy).isEmpty());
}

void TestCommendationsPage::filtersByYearBodyFormAndStatus()
{
    SqlListModel *model = page()->listModel();
    page()->setYear(2025);
    // The test's decided Giấy khen, and what the demo has of that year (its badge round).
    QCOMPARE(shownIds(model),
        idsOf(QStringLiteral("SELECT id FROM commendation WHERE substr(coalesce(decided_on, "
                             "proposed_on), 1, 4) = '2025'")));
    QVERIFY(shownIds(model).contains(m_decided));
    page()->setYear(2024);
    QVERIFY(shownIds(model).contains(m_demo));
    QVERIFY(!shownIds(model).contains(m_decided));
    page()->setYear(0);
    page()->setForm(0);
    QCOMPARE(shownIds(model),
        idsOf(QStringLiteral("SELECT id FROM commendation WHERE form_id IS NULL")));
    QVERIFY(shownIds(model).contains(m_round));
    page()->setForm(
        idsOf(QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Giấy khen'"))
            .value(0));
    QCOMPARE(shownIds(model), QList<qint64> {m_decided});
    page()->setForm(-1);
    page()->setStatus(QStringLiteral("decided"));
    QCOMPARE(shownIds(model),
        idsOf(QStringLiteral("SELECT id FROM commendation WHERE status = 'decided'")));
    page()->setStatus(QString());
    const qint64 body = idsOf(
        QStringLiteral("SELECT issuing_body_id AS id FROM commendation WHERE id = ?"), {m_demo})
                            .value(0);
    page()->setBody(body);
    QCOMPARE(shownIds(model),
        idsOf(QStringLiteral("SELECT id FROM commendation WHERE issuing_body_id = ?"), {body}));
    page()->setBody(0);
    QCOMPARE(shownIds(model), idsOf(QStringLiteral("SELECT id FROM commendation")));
}

void TestCommendationsPage::textFilterWithoutDiacritics()
{
    SqlListModel *model = page()->listModel();
    model->setFilterText(QStringLiteral("chi thi 39"));
    QVERIFY(shownIds(model).contains(m_demo));
    QVERIFY(!shownIds(model).contains(m_decided));
    model->setFilterText(QStringLiteral("12-QĐ"));
    QCOMPARE(shownIds(model), QList<qint64> {m_decided});
    model->setFilterText(QString());
}

void TestCommendationsPage::deleteAsksAndRefusesADecidedOne()
{
    SqlListModel *model = page()->listModel();
    const int all = model->matchingCount();
    // Decided: asked, then refused with the store's sentence.
    page()->selectId(m_decided);
    QCOMPARE(page()->currentId(), m_decided);
    QString text;
    answerNextMessageBox(QMessageBox::Yes);
    // The refusal has an OK button, the question none: answered only when it comes.
    GuiTestSupport::answerMessageBoxes({QMessageBox::Ok}, &text);
    page()->deleteCurrent();
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QCoreApplication::translate("StoreErrors",
                 "The commendation is decided: its decision and its list are kept as they were "
                 "signed. Only a badge number or a note can still be written.")),
        qPrintable(text));
    QCOMPARE(
        idsOf(QStringLiteral("SELECT id FROM commendation WHERE id = ?"), {m_decided}).size(), 1);
    // Cancel keeps it; Yes deletes it with its list.
    page()->selectId(m_round);
    answerNextMessageBox(QMessageBox::Cancel);
    page()->deleteCurrent();
    QCOMPARE(model->matchingCount(), all);
    page()->selectId(m_round);
    answerNextMessageBox(QMessageBox::Yes, &text);
    page()->deleteCurrent();
    QVERIFY2(text.contains(QStringLiteral("Huy hiệu Đảng đợt")), qPrintable(text));
    QCOMPARE(model->matchingCount(), all - 1);
    QVERIFY(idsOf(QStringLiteral("SELECT id FROM commendation WHERE id = ?"), {m_round}).isEmpty());
}

void TestCommendationsPage::statusBarCountsAwardsAndPageIsNotClipped()
{
    const int awarded = int(idsOf(QStringLiteral("SELECT r.id FROM commendation_recipient r JOIN "
                                                 "commendation c ON c.id = r.commendation_id "
                                                 "WHERE c.status = 'decided' AND r.review = "
                                                 "'accepted'"))
                                .size());
    QVERIFY(awarded >= 1);
    QTRY_VERIFY2(m_window->statusCounts().contains(MainWindow::tr("%n award(s)", nullptr, awarded)),
        qPrintable(m_window->statusCounts()));
    page()->selectId(m_demo);
    GuiTestSupport::verifyNotClipped(m_window.get(), QStringLiteral("commendations-page"));
    // Enter opens the commendation selected.
    RecordEditor *editor = page()->editCurrent();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), m_demo);
    editor->close();
}

QTEST_MAIN(TestCommendationsPage)
#include "tst_commendationspage.moc"
