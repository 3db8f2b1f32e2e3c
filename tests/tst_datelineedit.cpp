#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/directories/uniteditor.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fileValue;

// A date field takes a date the way people type it, stores exactly that day, refuses an
// impossible one with a sentence, stays empty when emptied. The old field (a QDateEdit showing
// 1900-01-01 as blank) turned "27/05/2024" typed into an empty field into 01/05/2024, and
// "31/02/2024" into 2202-10-03.
class TestDateLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedIntoAnEmptyFieldIsStoredAsTyped_data();
    void typedIntoAnEmptyFieldIsStoredAsTyped();
    void typedOverAFilledFieldReplacesItWhole();
    void impossibleDateIsRefusedWithASentence();
    void emptiedFieldStaysEmpty();
    void calendarOpensOnAltDownAndF4();

private:
    UnitEditor *openUnit(const QString &name);
    DateLineEdit *field(QWidget *editor, const char *name) const
    {
        auto *widget = editor->findChild<DateLineEdit *>(QLatin1String(name));
        if (!widget)
            qFatal("no date field %s", name);
        return widget;
    }
    // Clicks into the field and types, as a secretary does.
    void type(DateLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QWidget> m_parent;
};

void TestDateLineEdit::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    // A year read from two digits depends on the year it is now: the test fixes it.
    TestSupport::fixClock();
}

void TestDateLineEdit::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("dates-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store = TestSupport::open(m_file);
    QVERIFY(m_store);
    m_parent = std::make_unique<QWidget>();
}

void TestDateLineEdit::cleanup()
{
    m_parent.reset();
    m_store.reset();
}

UnitEditor *TestDateLineEdit::openUnit(const QString &name)
{
    const QVariant id
        = m_store->value(QStringLiteral("SELECT id FROM unit WHERE name = ?"), {name});
    auto *editor = new UnitEditor(m_store.get(), id.toLongLong(), m_parent.get());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    QApplication::setActiveWindow(editor);
    return editor;
}

void TestDateLineEdit::typedIntoAnEmptyFieldIsStoredAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");

    QTest::newRow("27/5/2024") << "27/5/2024"
                               << "2024-05-27"
                               << "27/05/2024";
    QTest::newRow("27/05/2024") << "27/05/2024"
                                << "2024-05-27"
                                << "27/05/2024";
    QTest::newRow("27052024") << "27052024"
                              << "2024-05-27"
                              << "27/05/2024";
    QTest::newRow("27-5-24") << "27-5-24"
                             << "2024-05-27"
                             << "27/05/2024";
    QTest::newRow("18082014") << "18082014"
                              << "2014-08-18"
                              << "18/08/2014";
    QTest::newRow("1.7.2025") << "1.7.2025"
                              << "2025-07-01"
                              << "01/07/2025";
    QTest::newRow("29/2/2024") << "29/2/2024"
                               << "2024-02-29"
                               << "29/02/2024";
}

void TestDateLineEdit::typedIntoAnEmptyFieldIsStoredAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    UnitEditor *editor = openUnit(QStringLiteral("Tỉnh ủy Thanh Hóa"));
    DateLineEdit *validFrom = field(editor, "validFromDateEdit");
    QVERIFY(validFrom->isEmpty());
    type(validFrom, typed);
    QCOMPARE(validFrom->text(), shown);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    // Read back from the file by a reader of its own.
    QCOMPARE(fileValue(m_file,
                 QStringLiteral("SELECT valid_from FROM unit WHERE name = "
                                "'Tỉnh ủy Thanh Hóa'"))
                 .toString(),
        stored);
    editor->close();
}

void TestDateLineEdit::typedOverAFilledFieldReplacesItWhole()
{
    // Vĩnh Long is valid from 01/07/2025 in the demo.
    UnitEditor *editor = openUnit(QStringLiteral("Tỉnh ủy Vĩnh Long"));
    DateLineEdit *validFrom = field(editor, "validFromDateEdit");
    QCOMPARE(validFrom->text(), QStringLiteral("01/07/2025"));
    type(validFrom, QStringLiteral("18082014"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(fileValue(m_file,
                 QStringLiteral("SELECT valid_from FROM unit WHERE name = "
                                "'Tỉnh ủy Vĩnh Long'"))
                 .toString(),
        QStringLiteral("2014-08-18"));
    editor->close();
}

void TestDateLineEdit::impossibleDateIsRefusedWithASentence()
{
    UnitEditor *editor = openUnit(QStringLiteral("Tỉnh ủy Thanh Hóa"));
    DateLineEdit *validFrom = field(editor, "validFromDateEdit");
    type(validFrom, QStringLiteral("31/02/2024"));
    // What was typed stays, marked.
    QCOMPARE(validFrom->text(), QStringLiteral("31/02/2024"));
    QVERIFY(!validFrom->isValid());
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("31/02/2024"))
            && editor->message().contains(QStringLiteral("29 ngày")),
        qPrintable(editor->message()));
    QVERIFY(fileValue(m_file,
        QStringLiteral("SELECT valid_from FROM unit WHERE name = "
                       "'Tỉnh ủy Thanh Hóa'"))
                .isNull());
    // Corrected, it saves.
    type(validFrom, QStringLiteral("29/02/2024"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(fileValue(m_file,
                 QStringLiteral("SELECT valid_from FROM unit WHERE name = "
                                "'Tỉnh ủy Thanh Hóa'"))
                 .toString(),
        QStringLiteral("2024-02-29"));
    editor->close();
}

void TestDateLineEdit::emptiedFieldStaysEmpty()
{
    UnitEditor *editor = openUnit(QStringLiteral("Tỉnh ủy Vĩnh Long"));
    DateLineEdit *validFrom = field(editor, "validFromDateEdit");
    validFrom->setFocus();
    QTest::keyClick(validFrom, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(validFrom, Qt::Key_Delete);
    QTest::keyClick(validFrom, Qt::Key_Tab);
    QVERIFY(validFrom->isEmpty());
    QVERIFY(validFrom->value().isNull());
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QVERIFY(fileValue(m_file,
        QStringLiteral("SELECT valid_from FROM unit WHERE name = "
                       "'Tỉnh ủy Vĩnh Long'"))
                .isNull());
    editor->close();
}

void TestDateLineEdit::calendarOpensOnAltDownAndF4()
{
    DateLineEdit edit;
    edit.setValue(QStringLiteral("2024-05-27"));
    edit.show();
    QApplication::setActiveWindow(&edit);
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
    auto *calendar = edit.findChild<QCalendarWidget *>(QStringLiteral("calendarWidget"));
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2024, 5, 27));
    // A day chosen there is the field's day.
    calendar->setSelectedDate(QDate(2024, 6, 3));
    emit calendar->activated(QDate(2024, 6, 3));
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(edit.value().toString(), QStringLiteral("2024-06-03"));
    QTest::keyClick(&edit, Qt::Key_F4);
    QTRY_VERIFY(calendar->isVisible());
    calendar->parentWidget()->hide();
    // An empty field opens on today (the clock's), and stays empty until a day is chosen.
    edit.clearValue();
    QTest::keyClick(&edit, Qt::Key_F4);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 1));
    QVERIFY(edit.value().isNull());
    calendar->parentWidget()->hide();
}

QTEST_MAIN(TestDateLineEdit)
#include "tst_datelineedit.moc"
