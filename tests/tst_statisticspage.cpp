#include "gui/mainwindow.h"
#include "gui/statistics/figuredialog.h"
#include "gui/statistics/indicatorsdialog.h"
#include "gui/statistics/statisticspage.h"
#include "guitestsupport.h"
#include "models/statisticstablemodel.h"
#include "storage/statistics.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtTest>

// The statistics page on the demo file: the choices make the table, the chart follows the row,
// figures are entered through the dialog and appear, the catalogue refuses what it must.
class TestStatisticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theModelIsAModel();
    void theDienBienFiguresAreThereWithABarChart();
    void byYearsTheChartIsALine();
    void figuresEnteredInTheDialogAppear();
    void badFiguresAreSaidInTheDialog();
    void theCatalogueRefusesToDeleteAUsedIndicator();
    void aConferencesFiguresJoinTheCatalogue();
    void theReportHasTheTableAndTheChart();
    void isNotClipped();

private:
    template <typename T> T *child(QWidget *in, const char *name)
    {
        auto *found = in->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    qint64 unitId(const QString &name) const
    {
        return m_store->value(QStringLiteral("SELECT id FROM unit WHERE name = ?"), {name})
            .toLongLong();
    }
    int rowOf(const QString &indicator) const
    {
        const auto &table = m_page->table();
        for (int r = 0; r < table.rows.size(); ++r) {
            if (table.rows.at(r).indicator.name == indicator)
                return r;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StatisticsPage> m_page;
};

void TestStatisticsPage::initTestCase()
{
    TestSupport::fixClock(); // 10:42, 1 December 2026
    m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_file), QString());
}

void TestStatisticsPage::init()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_file, copy));
    m_store = TestSupport::open(copy);
    QVERIFY(m_store);
    m_page = std::make_unique<StatisticsPage>(m_store.get());
    m_page->resize(1200, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    child<QSpinBox>(m_page.get(), "fromYearSpinBox")->setValue(2015);
    child<QSpinBox>(m_page.get(), "toYearSpinBox")->setValue(2019);
}

void TestStatisticsPage::cleanup()
{
    m_page.reset();
    m_store.reset();
}

void TestStatisticsPage::theModelIsAModel()
{
    auto *view = child<QTableView>(m_page.get(), "statisticsTableView");
    QVERIFY(view);
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *by = child<QComboBox>(m_page.get(), "byComboBox");
    by->setCurrentIndex(1);
    by->setCurrentIndex(0);
    auto *model = qobject_cast<StatisticsTableModel *>(view->model());
    QVERIFY(model);
    QCOMPARE(model->headerData(model->totalColumn(), Qt::Horizontal).toString(),
        StatisticsTable::totalHeader());
    QVERIFY(model->index(0, model->totalColumn()).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(0, 2).data(Qt::FontRole).value<QFont>().bold());
}

void TestStatisticsPage::theDienBienFiguresAreThereWithABarChart()
{
    const int row = rowOf(QStringLiteral("Đảng viên được kiểm tra"));
    QVERIFY(row >= 0);
    auto *view = child<QTableView>(m_page.get(), "statisticsTableView");
    const auto *model = view->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString().contains(QStringLiteral("Điện Biên")))
            column = c;
    }
    QVERIFY2(column >= 0, "no column of Điện Biên");
    QCOMPARE(model->index(row, column).data().toString(), QStringLiteral("824"));
    QCOMPARE(
        model->index(rowOf(QStringLiteral("Lượt cán bộ ra nước ngoài")), column).data().toString(),
        QStringLiteral("2.611"));
    // Choosing the row draws its bars.
    view->selectRow(row);
    QCOMPARE(m_page->chartRow(), row);
    QChart *chart = m_page->chart();
    QVERIFY(chart->title().contains(QStringLiteral("Đảng viên được kiểm tra")));
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    QVERIFY(bars);
    // The bars read from the top in the table's order: the last column is the first bar.
    const int columns = m_page->table().columns.size();
    QCOMPARE(
        bars->barSets().first()->at(columns - 1 - (column - StatisticsTableModel::leadingColumns)),
        824.0);
}

void TestStatisticsPage::byYearsTheChartIsALine()
{
    // The Tuyên Quang training of 2023 is counted for its organizer.
    child<QSpinBox>(m_page.get(), "toYearSpinBox")->setValue(2024);
    child<QSpinBox>(m_page.get(), "fromYearSpinBox")->setValue(2020);
    auto *by = child<QComboBox>(m_page.get(), "byComboBox");
    by->setCurrentIndex(by->findData(int(StatisticsTable::By::Years)));
    const auto &table = m_page->table();
    QCOMPARE(table.columns.size(), 5);
    QCOMPARE(table.columns.first().label, QStringLiteral("2020"));
    const int row = rowOf(QStringLiteral("Hội nghị quán triệt, triển khai (theo hồ sơ)"));
    QVERIFY(row >= 0);
    const int held = m_store
                         ->value(QStringLiteral("SELECT count(*) FROM conference WHERE kind = "
                                                "'dissemination' AND status IN ('held', "
                                                "'concluded') AND held_on LIKE '2023-%'"))
                         .toInt();
    QVERIFY(held > 0);
    QCOMPARE(*table.rows.at(row).cells.at(3), double(held));
    child<QTableView>(m_page.get(), "statisticsTableView")->selectRow(row);
    auto *line = qobject_cast<QLineSeries *>(m_page->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 5); // counted: every year has its value, 0 included
    QCOMPARE(line->at(3).y(), double(held));
}

void TestStatisticsPage::figuresEnteredInTheDialogAppear()
{
    const qint64 indicator = m_store
                                 ->value(QStringLiteral("SELECT id FROM stat_indicator WHERE "
                                                        "name = 'Đảng viên mới kết nạp'"))
                                 .toLongLong();
    const qint64 dienBien = m_store
                                ->value(QStringLiteral("SELECT unit_id FROM statistic WHERE "
                                                       "indicator_id IS NOT NULL LIMIT 1"))
                                .toLongLong();
    FigureDialog dialog(m_store.get(), 2018);
    dialog.setIndicator(indicator);
    dialog.setUnit(dienBien);
    auto *value = child<QLineEdit>(&dialog, "valueLineEdit");
    QTest::keyClicks(value, QStringLiteral("1.234"));
    QTest::mouseClick(child<QPushButton>(&dialog, "enterButton"), Qt::LeftButton);
    QVERIFY2(dialog.message().contains(QStringLiteral("1.234")), qPrintable(dialog.message()));
    QCOMPARE(dialog.entered(), 1);
    QCOMPARE(value->text(), QString()); // ready for the next
    child<QSpinBox>(&dialog, "yearSpinBox")->setValue(2019);
    QTest::keyClicks(value, QStringLiteral("12,5"));
    QVERIFY(dialog.enter());
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT group_concat(value, ' ') FROM (SELECT value FROM "
                                        "statistic WHERE indicator_id = ? ORDER BY period_from)"),
                     {indicator})
                 .toString(),
        QStringLiteral("1234.0 12.5"));
    // The page reads them once the store says so.
    QTRY_VERIFY(rowOf(QStringLiteral("Đảng viên mới kết nạp")) >= 0
        && m_page->table().rows.at(rowOf(QStringLiteral("Đảng viên mới kết nạp"))).total
        && *m_page->table().rows.at(rowOf(QStringLiteral("Đảng viên mới kết nạp"))).total
            == 1246.5);
}

void TestStatisticsPage::badFiguresAreSaidInTheDialog()
{
    FigureDialog dialog(m_store.get(), 2019);
    auto *value = child<QLineEdit>(&dialog, "valueLineEdit");
    QVERIFY(!dialog.enter());
    QVERIFY(dialog.message().contains(QStringLiteral("Type the value")));
    value->setText(QStringLiteral("mười"));
    QVERIFY(!dialog.enter());
    QVERIFY2(
        dialog.message().contains(QStringLiteral("is not a number")), qPrintable(dialog.message()));
    value->clear();
    QTest::keyClicks(value, QStringLiteral("10"));
    auto *unit = child<QComboBox>(&dialog, "unitComboBox");
    unit->setCurrentIndex(-1);
    dialog.setUnit(0);
    QVERIFY(!dialog.enter());
    QVERIFY2(
        dialog.message().contains(QStringLiteral("Choose the unit")), qPrintable(dialog.message()));
    QCOMPARE(FigureDialog::parseValue(QStringLiteral("2.611")), std::optional<double>(2611));
    QCOMPARE(FigureDialog::parseValue(QStringLiteral("1.234,5")), std::optional<double>(1234.5));
    QCOMPARE(FigureDialog::parseValue(QStringLiteral("12.5")), std::optional<double>(12.5));
    QCOMPARE(FigureDialog::parseValue(QStringLiteral("")), std::nullopt);
}

void TestStatisticsPage::theCatalogueRefusesToDeleteAUsedIndicator()
{
    IndicatorsDialog dialog(m_store.get());
    const qint64 used = m_store
                            ->value(QStringLiteral("SELECT id FROM stat_indicator WHERE name = "
                                                   "'Đảng viên được kiểm tra'"))
                            .toLongLong();
    dialog.select(used);
    QVERIFY(!dialog.removeSelected());
    QVERIFY2(dialog.message().contains(QStringLiteral("out of use")), qPrintable(dialog.message()));
    QVERIFY(Statistics::indicator(*m_store, used));
    QVERIFY(dialog.toggleActive());
    QVERIFY(!Statistics::indicator(*m_store, used)->active);
    QVERIFY2(dialog.add(QStringLiteral("Chi bộ đạt trong sạch, vững mạnh"),
                 QStringLiteral("chi bộ"), QStringLiteral("latest")),
        qPrintable(dialog.message()));
    QVERIFY(!dialog.add(
        QStringLiteral("chi bo dat trong sach, vung manh"), QString(), QStringLiteral("sum")));
    QVERIFY(dialog.message().contains(QStringLiteral("already has")));
    auto *table = child<QTableWidget>(&dialog, "indicatorsTableWidget");
    QVERIFY(table->findItems(QStringLiteral("Chi bộ đạt trong sạch, vững mạnh"), Qt::MatchExactly)
                .size()
        == 1);
    QVERIFY(dialog.removeSelected()); // the new one, never used
}

void TestStatisticsPage::aConferencesFiguresJoinTheCatalogue()
{
    // A figure typed by name in a conference's tab, as ChildRowsModel saves it.
    const qint64 conference
        = m_store->value(QStringLiteral("SELECT id FROM conference WHERE kind = 'dissemination'"))
              .toLongLong();
    QString error;
    {
        Store::Write write(m_store.get());
        QVERIFY(m_store->insert(QStringLiteral("statistic"),
            {{QStringLiteral("conference_id"), conference},
                {QStringLiteral("name"), QStringLiteral("Đại biểu được tập huấn")},
                {QStringLiteral("value"), 350},
                {QStringLiteral("measure"), QStringLiteral("người")}},
            &error));
        QVERIFY2(
            Statistics::attachConferenceFigures(*m_store, conference, &error), qPrintable(error));
        QVERIFY(write.commit(&error));
    }
    auto row = m_store->select(
        QStringLiteral("SELECT i.name, i.measure, s.unit_id = c.organizer_unit_id, s.period_to = "
                       "c.held_on FROM statistic s JOIN stat_indicator i ON i.id = s.indicator_id "
                       "JOIN conference c ON c.id = s.conference_id WHERE s.name = ?"),
        {QStringLiteral("Đại biểu được tập huấn")});
    QVERIFY(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("Đại biểu được tập huấn"));
    QCOMPARE(row->value(1).toString(), QStringLiteral("người"));
    QVERIFY(row->value(2).toBool());
    QVERIFY(row->value(3).toBool());
}

void TestStatisticsPage::theReportHasTheTableAndTheChart()
{
    QString error;
    const auto built = Reports::build(*m_store, QStringLiteral("statistics-table"), 0, &error,
        Reports::Draft::No,
        {{QStringLiteral("by"), QStringLiteral("units")}, {QStringLiteral("from"), 2015},
            {QStringLiteral("to"), 2019}});
    QVERIFY2(built, qPrintable(error));
    QVERIFY(built->html.contains(QStringLiteral("BÁO CÁO")));
    QVERIFY(built->html.contains(QStringLiteral("Số liệu thống kê giai đoạn 2015–2019")));
    QVERIFY(built->html.contains(QStringLiteral("Đảng viên được kiểm tra")));
    QVERIFY(built->html.contains(QStringLiteral("2.611")));
    QVERIFY(built->html.contains(QStringLiteral("data:image/png;base64,")));
    const QString pdf = m_dir.filePath(QStringLiteral("so-lieu.pdf"));
    QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 10000);
}

void TestStatisticsPage::isNotClipped()
{
    GuiTestSupport::verifyNotClipped(m_page.get(), QStringLiteral("statistics-page"));
    FigureDialog figures(m_store.get(), 2019);
    figures.show();
    GuiTestSupport::verifyNotClipped(&figures, QStringLiteral("statistics-figure"));
    IndicatorsDialog indicators(m_store.get());
    indicators.show();
    GuiTestSupport::verifyNotClipped(&indicators, QStringLiteral("statistics-indicators"));
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
