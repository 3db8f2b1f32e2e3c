#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/inspections/statisticsdialog.h"
#include "guitestsupport.h"
#include "reports/issuing.h"
#include "teststore.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestStatisticsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnThisYearOfAllBodies();
    void presetsFillTheDatesAndTheTableFollows();
    void anyDatesAreTypedAndBadOnesAreSaid();
    void isNotClipped();
    void commendationsAreCountedByFormWithTotals();

private:
    QString cell(int row, int column) const
    {
        const QTableWidgetItem *item = table()->item(row, column);
        return item ? item->text() : QString();
    }
    QTableWidget *table() const { return m_dialog->findChild<QTableWidget *>("countsTable"); }
    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void choose(const char *combo, const QVariant &data)
    {
        auto *box = child<QComboBox>(combo);
        QVERIFY(box);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, combo);
        box->setCurrentIndex(index);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StatisticsDialog> m_dialog;
};

void TestStatisticsDialog::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock(); // 10:42, 1 December 2026
}

void TestStatisticsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    m_dialog = std::make_unique<StatisticsDialog>(m_store.get());
    m_dialog->show();
}

void TestStatisticsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

void TestStatisticsDialog::opensOnThisYearOfAllBodies()
{
    QCOMPARE(m_dialog->bodyId(), 0);
    QCOMPARE(m_dialog->period().from, QDate(2026, 1, 1));
    QCOMPARE(m_dialog->period().to, QDate(2026, 12, 31));
    // The invented inspections of the demo started in 2026: one target of team 2, two units and
    // a member of team 3, each team with a unit in violation.
    QVERIFY(m_dialog->counts());
    QCOMPARE(cell(0, 1), QStringLiteral("3"));
    QCOMPARE(cell(0, 2), QStringLiteral("1"));
    QCOMPARE(cell(1, 1), QStringLiteral("2"));
    QCOMPARE(cell(2, 1), QStringLiteral("5"));
    QCOMPARE(cell(6, 1), QStringLiteral("1"));
    QVERIFY(child<QPushButton>("printButton")->isEnabled());
}

void TestStatisticsDialog::presetsFillTheDatesAndTheTableFollows()
{
    child<QSpinBox>("yearSpinBox")->setValue(2023);
    QCOMPARE(m_dialog->period().from, QDate(2023, 1, 1));
    QCOMPARE(cell(0, 1), QStringLiteral("3")); // Trà Vinh: the three units
    choose("periodComboBox", int(InspectionStatistics::Preset::QuarterI));
    QCOMPARE(m_dialog->period().to, QDate(2023, 3, 31));
    QCOMPARE(cell(0, 1), QStringLiteral("0"));
    choose("periodComboBox", int(InspectionStatistics::Preset::NineMonths));
    QCOMPARE(m_dialog->period().to, QDate(2023, 9, 30));

    // A term of the Tiểu ban: Khóa XIII, from 1/2/2021 to 22/1/2026.
    const QVariant subcommittee = m_store->value(
        QStringLiteral("SELECT id FROM issuing_body WHERE issuer_code = 'TBBVCTNBTW'"), {});
    choose("bodyComboBox", subcommittee);
    choose("periodComboBox", int(InspectionStatistics::Preset::Term));
    auto *terms = child<QComboBox>("termComboBox");
    QVERIFY(terms->isVisible());
    terms->setCurrentIndex(terms->findText(QStringLiteral("Khóa XIII")));
    QCOMPARE(m_dialog->period().from, QDate(2021, 2, 1));
    QCOMPARE(m_dialog->period().to, QDate(2026, 1, 22));
    QCOMPARE(cell(0, 1), QStringLiteral("3"));
    QCOMPARE(cell(2, 1), QStringLiteral("0"));
}

void TestStatisticsDialog::anyDatesAreTypedAndBadOnesAreSaid()
{
    choose("periodComboBox", int(InspectionStatistics::Preset::Dates));
    auto *from = child<DateLineEdit>("fromEdit");
    auto *to = child<DateLineEdit>("toEdit");
    QVERIFY(!from->isReadOnly());
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("1/1/2020"));
    to->setFocus();
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("31/12/2030"));
    from->setFocus();
    QCOMPARE(m_dialog->period().to, QDate(2030, 12, 31));
    QCOMPARE(cell(0, 1), QStringLiteral("6"));
    QCOMPARE(cell(0, 2), QStringLiteral("1"));
    // The last day before the first: a sentence, nothing to print.
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("1/1/2019"));
    from->setFocus();
    QVERIFY(!m_dialog->counts());
    QVERIFY(!child<QPushButton>("printButton")->isEnabled());
    QVERIFY(!child<QLabel>("messageLabel")->text().isEmpty());
}

void TestStatisticsDialog::isNotClipped()
{
    m_dialog->resize(m_dialog->sizeHint().expandedTo(QSize(720, 560)).boundedTo(QSize(1280, 800)));
    GuiTestSupport::verifyNotClipped(m_dialog.get(), QStringLiteral("inspection-statistics"));
    choose("periodComboBox", int(InspectionStatistics::Preset::Term));
    GuiTestSupport::verifyNotClipped(m_dialog.get(), QStringLiteral("inspection-statistics-term"));
}

// The same dialog for the awards: the demo's Bằng khen once decided, by form, with the totals;
// both documents offered under Print and Save.
void TestStatisticsDialog::commendationsAreCountedByFormWithTotals()
{
    const qint64 commendation
        = m_store
              ->value(
                  QStringLiteral("SELECT id FROM commendation WHERE conference_id IS NOT NULL"), {})
              .toLongLong();
    const int collectives
        = m_store
              ->value(QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE "
                                     "commendation_id = ? AND review = 'accepted' AND "
                                     "recipient_kind = 'collective'"),
                  {commendation})
              .toInt();
    QString error;
    QVERIFY2(Issuing::issue(*m_store, QStringLiteral("commendation-decision"), commendation,
                 QDate(2024, 5, 27), 0, &error),
        qPrintable(error));
    m_dialog = std::make_unique<StatisticsDialog>(
        m_store.get(), nullptr, StatisticsDialog::Subject::Commendations);
    m_dialog->show();
    // This year: nothing decided, the totals alone.
    QVERIFY(m_dialog->formCounts());
    QVERIFY(m_dialog->formCounts()->forms.isEmpty());
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(cell(0, 4), QStringLiteral("0"));
    child<QSpinBox>("yearSpinBox")->setValue(2024);
    QCOMPARE(table()->columnCount(), 5);
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(cell(0, 0), QStringLiteral("Bằng khen"));
    QCOMPARE(cell(0, 1), QStringLiteral("1"));
    QCOMPARE(cell(0, 2), QString::number(collectives));
    QCOMPARE(cell(0, 3), QStringLiteral("0"));
    QCOMPARE(cell(1, 4), QString::number(collectives));
    for (const char *button : {"printButton", "saveButton"}) {
        QMenu *menu = child<QPushButton>(button)->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 2);
        QVERIFY(child<QPushButton>(button)->isEnabled());
    }
    m_dialog->resize(m_dialog->sizeHint().expandedTo(QSize(720, 560)).boundedTo(QSize(1280, 800)));
    GuiTestSupport::verifyNotClipped(m_dialog.get(), QStringLiteral("commendation-statistics"));
}

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statisticsdialog.moc"
