#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/directories/personeditor.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The person editor's Party dates (for the Huy hiệu Đảng): admitted, made official, deceased and
// a grave illness typed, saved and read again; dates out of order refused with a sentence,
// nothing saved.
class TestPersonEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savesThePartyDates();
    void refusesDatesOutOfOrder();
    void aNewPersonIsNotChanged();
    void recordsDisciplines();

private:
    template <typename T> T *child(PersonEditor *editor, const char *name) const
    {
        return editor->findChild<T *>(name);
    }
    QString column(const char *name) const
    {
        return m_store
            ->value(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(name)),
                {m_person})
            .toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_person = 0;
};

void TestPersonEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock();
}

void TestPersonEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    // An invented member of the demo, with no Party dates yet.
    m_person
        = m_store->value(QStringLiteral("SELECT id FROM person WHERE full_name = 'Hoàng Văn Bình'"))
              .toLongLong();
    QVERIFY(m_person > 0);
}

void TestPersonEditor::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestPersonEditor::savesThePartyDates()
{
    PersonEditor editor(m_store.get(), m_person);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    GuiTestSupport::verifyNotClipped(&editor, QStringLiteral("person editor"));
    GuiTestSupport::typeText(
        child<DateLineEdit>(&editor, "admittedEdit"), QStringLiteral("12/3/1987"));
    GuiTestSupport::typeText(
        child<DateLineEdit>(&editor, "officialEdit"), QStringLiteral("12/03/1988"));
    child<QCheckBox>(&editor, "gravelyIllCheckBox")->setChecked(true);
    QVERIFY(editor.save());
    QCOMPARE(column("admitted_on"), QStringLiteral("1987-03-12"));
    QCOMPARE(column("official_on"), QStringLiteral("1988-03-12"));
    QCOMPARE(column("gravely_ill"), QStringLiteral("1"));
    QCOMPARE(column("deceased_on"), QString());

    PersonEditor again(m_store.get(), m_person);
    QCOMPARE(child<DateLineEdit>(&again, "admittedEdit")->date(), QDate(1987, 3, 12));
    QVERIFY(child<QCheckBox>(&again, "gravelyIllCheckBox")->isChecked());
}

void TestPersonEditor::refusesDatesOutOfOrder()
{
    PersonEditor editor(m_store.get(), m_person);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    GuiTestSupport::typeText(
        child<DateLineEdit>(&editor, "admittedEdit"), QStringLiteral("12/3/1987"));
    GuiTestSupport::typeText(
        child<DateLineEdit>(&editor, "officialEdit"), QStringLiteral("1/1/1980"));
    QVERIFY(!editor.save());
    QCOMPARE(child<QLabel>(&editor, "messageLabel")->text(),
        PersonEditor::tr("Made official on %1, before being admitted to the Party on %2.")
            .arg(QStringLiteral("01/01/1980"), QStringLiteral("12/03/1987")));
    QVERIFY(child<DateLineEdit>(&editor, "officialEdit")->hasFocus());
    QCOMPARE(column("admitted_on"), QString());
    // Corrected, it is saved.
    child<DateLineEdit>(&editor, "officialEdit")->clear();
    GuiTestSupport::typeText(
        child<DateLineEdit>(&editor, "officialEdit"), QStringLiteral("1/1/1990"));
    QVERIFY(editor.save());
    QCOMPARE(column("official_on"), QStringLiteral("1990-01-01"));
}

void TestPersonEditor::aNewPersonIsNotChanged()
{
    // Nothing typed: the unticked "gravely ill" is no change, Esc closes without asking.
    PersonEditor editor(m_store.get(), 0);
    QVERIFY(!editor.isDirty());
}

void TestPersonEditor::recordsDisciplines()
{
    {
        PersonEditor editor(m_store.get(), m_person);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *view = child<QTableView>(&editor, "disciplinesTableView");
        QAbstractItemModel *rows = view->model();
        QCOMPARE(rows->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(&editor, "addDisciplineButton"), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 1);
        // A warning by default, its date asked for.
        QCOMPARE(rows->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("warning"));
        view->closePersistentEditor(view->currentIndex());
        QVERIFY(!editor.save());
        QCOMPARE(child<QLabel>(&editor, "messageLabel")->text(),
            PersonEditor::tr("Discipline %1: give the date it was decided, as 12/03/2024.").arg(1));
        QVERIFY(rows->setData(rows->index(0, 1), QStringLiteral("2026-03-02")));
        QVERIFY(rows->setData(rows->index(0, 2), QStringLiteral("Đảng ủy xã (giả định)")));
        QVERIFY(editor.save());
    }
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT kind || ' ' || decided_on || ' ' || decided_by "
                                        "FROM person_discipline WHERE person_id = ?"),
                     {m_person})
                 .toString(),
        QStringLiteral("warning 2026-03-02 Đảng ủy xã (giả định)"));
    // Read again in a new editor, shown as a date.
    PersonEditor again(m_store.get(), m_person);
    auto *view = child<QTableView>(&again, "disciplinesTableView");
    QCOMPARE(view->model()->rowCount(), 1);
    const auto *dates = qobject_cast<QStyledItemDelegate *>(view->itemDelegateForColumn(1));
    QVERIFY(dates);
    QCOMPARE(dates->displayText(view->model()->index(0, 1).data(), QLocale()),
        QStringLiteral("02/03/2026"));
}

QTEST_MAIN(TestPersonEditor)
#include "tst_personeditor.moc"
