#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/conferences/conferencespage.h"
#include "gui/directories/directorypage.h"
#include "gui/register/registerpage.h"
#include "gui/mainwindow.h"
#include "gui/common/datelineedit.h"
#include "gui/common/recordeditor.h"
#include "gui/common/valuecombobox.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QApplication>
#include <QDir>
#include <QCompleter>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>


using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::typeText;

namespace {

enum { Units = 0, People = 1, Documents = 2 };

QVariant scalar(const QString &file, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("reader"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return value;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsInVietnameseWithEveryPage();
    void visitsEveryPage();
    void createsAPersonByTyping();
    void requiredFieldIsExplainedAndNothingIsLost();
    void unsavedChangesAreGuarded();
    void refusesToDeleteAUnitInUse();
    void deletesAFreeUnitAfterConfirmation();
    void quickFilterFindsWithoutDiacritics();
    void unitTreeAndDocumentEditor();
    void refusedFileLeavesNoDatabaseOpen();
    void formsAreNotClipped();
    void conferenceDocumentsGetNumbersFromTheRegister();

private:
    DirectoryPage *page(int kind) const { return m_window->directoryPage(kind); }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestMainWindow::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    {
        const QString error = TestSupport::writeDemo(m_file);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error),
             qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::startsInVietnameseWithEveryPage()
{
    const QStringList titles = m_window->pageTitles();
    for (const char *title : {"Hội nghị", "Đoàn kiểm tra", "Kết luận kiểm tra", "Khen thưởng",
                              "Danh mục", "Đơn vị", "Cán bộ", "Văn bản"})
        QVERIFY2(titles.contains(QString::fromUtf8(title)), title);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Tệp"));
    const QList<QLabel *> counts = m_window->statusBar()->findChildren<QLabel *>();
    QString status;
    for (const QLabel *label : counts)
        status += label->text() + QLatin1Char(' ');
    QVERIFY2(status.contains(QStringLiteral("4 hội nghị")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("17 cán bộ")), qPrintable(status));
    QVERIFY(status.contains(QFileInfo(m_file).fileName()));
    // Qt's own dialogs speak Vietnamese too.
    QMessageBox box(QMessageBox::Question, QString(), QString(),
                    QMessageBox::Save | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Lưu"));
}

void TestMainWindow::visitsEveryPage()
{
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(stack);
    for (const QString &title : m_window->pageTitles()) {
        m_window->showPage(title);
        QVERIFY(stack->currentWidget());
        QVERIFY(stack->currentWidget()->isVisible());
        const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>(
                QStringLiteral("titleLabel"));
        QVERIFY2(!labels.isEmpty(), qPrintable(title));
        if (title != QStringLiteral("Danh mục"))
            QCOMPARE(labels.first()->text(), title);
    }
    // Areas not built yet say so honestly.
    m_window->showPage(QStringLiteral("Khen thưởng"));
    auto *message = stack->currentWidget()->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message && message->text().contains(QStringLiteral("chưa có")));
}

void TestMainWindow::createsAPersonByTyping()
{
    m_window->showPage(QStringLiteral("Cán bộ"));
    RecordEditor *editor = page(People)->newRecord();
    QVERIFY(editor && editor->isVisible());
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    auto *fullName = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    auto *unit = editor->findChild<ValueComboBox *>(QStringLiteral("unitComboBox"));
    QVERIFY(fullName && title && unit);
    // Typed decomposed (as some keyboards send it): stored NFC.
    typeText(fullName,
                     QStringLiteral("Nguyễn Thị Thuý Hoà").normalized(QString::NormalizationForm_D));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("givenNameLineEdit"))->text()
                     .normalized(QString::NormalizationForm_C),
             QStringLiteral("Hoà"));
    typeText(title, QStringLiteral("Chánh Văn phòng Tỉnh ủy"));
    // The unit typed without diacritics is offered from the directory, and picked.
    unit->setFocus();
    unit->lineEdit()->selectAll();
    typeText(unit->lineEdit(), QStringLiteral("tinh uy thanh hoa"));
    QAbstractItemView *popup = unit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered << popup->model()->index(row, 0).data().toString();
    QVERIFY2(offered.contains(QStringLiteral("Tỉnh ủy Thanh Hóa")), qPrintable(offered.join('|')));
    QVERIFY(offered.contains(QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa")));
    QVERIFY(!offered.contains(QStringLiteral("Tỉnh ủy Điện Biên")));
    popup->setCurrentIndex(popup->model()->index(offered.indexOf(QStringLiteral("Tỉnh ủy Thanh Hóa")), 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(unit->currentText(), QStringLiteral("Tỉnh ủy Thanh Hóa"));
    QVERIFY(editor->isDirty());

    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    QTRY_VERIFY(!editor->isVisible());

    const QString stored = scalar(m_file, QStringLiteral(
            "SELECT p.full_name || '|' || p.given_name || '|' || p.title || '|' || u.name "
            "FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.name_folded = "
            "'nguyen thi thuy hoa'")).toString();
    QCOMPARE(stored, QStringLiteral("Nguyễn Thị Thuý Hoà|Hoà|Chánh Văn phòng Tỉnh ủy|"
                                    "Tỉnh ủy Thanh Hóa"));
    QCOMPARE(stored, stored.normalized(QString::NormalizationForm_C));
    // The list shows it, selected.
    QCOMPARE(page(People)->listModel()->rowOfId(page(People)->currentId()) >= 0, true);
}

void TestMainWindow::requiredFieldIsExplainedAndNothingIsLost()
{
    RecordEditor *editor = page(Units)->newRecord();
    auto *shortName = editor->findChild<QLineEdit *>(QStringLiteral("shortNameLineEdit"));
    typeText(shortName, QStringLiteral("BTG"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("tên")), qPrintable(editor->message()));
    QVERIFY(editor->isVisible());
    QCOMPARE(shortName->text(), QStringLiteral("BTG"));

    // A duplicate name is refused by the store, with a sentence, and the form keeps its text.
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    typeText(name, QStringLiteral("Tỉnh ủy Thanh Hóa"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Đã có")), qPrintable(editor->message()));
    QCOMPARE(name->text(), QStringLiteral("Tỉnh ủy Thanh Hóa"));

    // Then a good name saves.
    name->clear();
    typeText(name, QStringLiteral("Ban Tuyên giáo Tỉnh ủy Thanh Hóa"));
    auto *validTo = editor->findChild<DateLineEdit *>(QStringLiteral("validToDateEdit"));
    auto *validFrom = editor->findChild<DateLineEdit *>(QStringLiteral("validFromDateEdit"));
    validFrom->setValue(QDate(2025, 7, 1).toString(Qt::ISODate));
    validTo->setValue(QDate(2025, 6, 30).toString(Qt::ISODate));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Hiệu lực đến")),
             qPrintable(editor->message()));
    validTo->clearValue();
    // A superior unit typed but not in the directory is refused; typed without marks, found.
    auto *parent = editor->findChild<ValueComboBox *>(QStringLiteral("parentComboBox"));
    parent->lineEdit()->selectAll();
    typeText(parent->lineEdit(), QStringLiteral("Ban Khong Ton Tai"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Ban Khong Ton Tai")),
             qPrintable(editor->message()));
    parent->lineEdit()->selectAll();
    typeText(parent->lineEdit(), QStringLiteral("TINH UY THANH HOA"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT u.short_name || u.valid_from || "
                                           "ifnull(u.valid_to, '-') || p.name FROM unit u "
                                           "JOIN unit p ON p.id = u.parent_id WHERE u.name = "
                                           "'Ban Tuyên giáo Tỉnh ủy Thanh Hóa'"))
                     .toString(),
             QStringLiteral("BTG2025-07-01-Tỉnh ủy Thanh Hóa"));
}

void TestMainWindow::unsavedChangesAreGuarded()
{
    page(People)->selectId(1);
    RecordEditor *editor = page(People)->editCurrent();
    QVERIFY(editor);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    const QString original = title->text();
    QVERIFY(!original.isEmpty());
    QVERIFY(!editor->isDirty());
    typeText(title, QStringLiteral(" (sửa nhầm)"));
    QVERIFY(editor->isDirty());

    // Esc asks; "Cancel" keeps the editor open with the typing.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY2(asked.contains(QStringLiteral("chưa được lưu")), qPrintable(asked));
    QVERIFY(editor->isVisible());
    QVERIFY(title->text().endsWith(QStringLiteral("(sửa nhầm)")));

    // Undo the mistaken edit before saving.
    editor->findChild<QPushButton *>(QStringLiteral("revertButton"))->click();
    QCOMPARE(title->text(), original);
    QVERIFY(!editor->isDirty());

    // Type again, then close with "Discard": nothing reaches the file.
    typeText(title, QStringLiteral(" (bỏ)"));
    answerNextMessageBox(QMessageBox::Discard);
    editor->close();
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT title FROM person WHERE id = 1")).toString(),
             original);
}

void TestMainWindow::refusesToDeleteAUnitInUse()
{
    m_window->showPage(QStringLiteral("Đơn vị"));
    const qint64 id =
            scalar(m_file, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Thanh Hóa'"))
                    .toLongLong();
    page(Units)->selectId(id);
    QCOMPARE(page(Units)->currentId(), id);
    QString confirmation;
    QString refusal;
    answerNextMessageBox(QMessageBox::Yes, &confirmation);
    QTimer::singleShot(50, [&refusal] { answerNextMessageBox(QMessageBox::Ok, &refusal); });
    page(Units)->deleteCurrent();
    QVERIFY2(confirmation.contains(QStringLiteral("Tỉnh ủy Thanh Hóa")), qPrintable(confirmation));
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("không xóa được")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("cán bộ")), qPrintable(refusal));
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
                     .toInt(),
             1);
}

void TestMainWindow::deletesAFreeUnitAfterConfirmation()
{
    RecordEditor *editor = page(Units)->newRecord();
    typeText(editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
                     QStringLiteral("Đơn vị nhập nhầm"));
    QVERIFY(editor->save());
    editor->close();
    const qint64 id = page(Units)->currentId();
    QVERIFY(id > 0);
    // "Cancel" first: nothing happens.
    answerNextMessageBox(QMessageBox::Cancel);
    page(Units)->deleteCurrent();
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
                     .toInt(),
             1);
    answerNextMessageBox(QMessageBox::Yes);
    page(Units)->deleteCurrent();
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
                     .toInt(),
             0);
}

void TestMainWindow::quickFilterFindsWithoutDiacritics()
{
    m_window->showPage(QStringLiteral("Cán bộ"));
    auto *filter = page(People)->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *table = page(People)->findChild<QTableView *>(QStringLiteral("recordsTableView"));
    QVERIFY(filter && table);
    typeText(filter, QStringLiteral("nguyen van son"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Nguyễn Văn Sơn"));
    auto *count = page(People)->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().contains(QLatin1Char('1')), qPrintable(count->text()));
    filter->clear();
    QTRY_VERIFY(table->model()->rowCount() > 10);
}

void TestMainWindow::unitTreeAndDocumentEditor()
{
    m_window->showPage(QStringLiteral("Đơn vị"));
    auto *treeButton = page(Units)->findChild<QAbstractButton *>(QStringLiteral("treeToolButton"));
    QVERIFY(treeButton && treeButton->isVisible());
    treeButton->click();
    auto *tree = page(Units)->findChild<QTreeView *>(QStringLiteral("unitsTreeView"));
    QVERIFY(tree->isVisible());
    QVERIFY(tree->model()->rowCount() > 3);

    m_window->showPage(QStringLiteral("Văn bản"));
    RecordEditor *editor = page(Documents)->newRecord();
    auto *code = editor->findChild<QLineEdit *>(QStringLiteral("codeLineEdit"));
    typeText(code, QStringLiteral("Số: 30/2020/NĐ-CP"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("39-CT/TW")), qPrintable(editor->message()));
    code->clear();
    typeText(code, QStringLiteral("21-KL/TW"));
    // The type follows the code.
    QCOMPARE(editor->findChild<ValueComboBox *>(QStringLiteral("typeComboBox"))->value().toString(),
             QStringLiteral("KL"));
    editor->findChild<DateLineEdit *>(QStringLiteral("issuedOnDateEdit"))
            ->setValue(QDate(2021, 10, 25).toString(Qt::ISODate));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT number || issuer_code || issued_on FROM "
                                           "legal_document WHERE code = '21-KL/TW'"))
                     .toString(),
             QStringLiteral("21TW2021-10-25"));
    editor->close();
}

void TestMainWindow::refusedFileLeavesNoDatabaseOpen()
{
    const QString text = m_dir.filePath(QStringLiteral("letter.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kính gửi");
    file.close();
    QString error;
    QVERIFY(!m_window->openDatabase(text, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QStringLiteral("không phải")), qPrintable(error));
    QVERIFY(!m_window->store());
    QVERIFY(!m_window->directoryPage(People));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Kính gửi"));
}

// Every label and button shows its whole text at the default size; with SECRETARIAT_SCREENSHOTS
// set to a folder, the windows are also saved there as PNG to be looked at.
void TestMainWindow::formsAreNotClipped()
{
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    const auto check = [&folder](QWidget *window, const QString &name) {
        QApplication::processEvents();
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(name + QLatin1String(": ") + label->text()));
        }
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(name + QLatin1String(": ") + button->text()));
        }
        if (!folder.isEmpty())
            QVERIFY(window->grab().save(QDir(folder).filePath(name + QLatin1String(".png"))));
    };
    m_window->resize(1280, 760);
    int n = 0;
    for (const QString &title : m_window->pageTitles()) {
        m_window->showPage(title);
        check(m_window.get(), QStringLiteral("main-%1").arg(++n));
    }
    page(Units)->selectId(
            scalar(m_file, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Trà Vinh'"))
                    .toLongLong());
    page(People)->selectId(1);
    page(Documents)->selectId(1);
    for (int kind : {Units, People, Documents}) {
        RecordEditor *editor = page(kind)->editCurrent();
        QVERIFY(editor);
        check(editor, QStringLiteral("editor-%1").arg(kind));
        editor->close();
    }
}

void TestMainWindow::conferenceDocumentsGetNumbersFromTheRegister()
{
    m_window->showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = m_window->conferencesPage();
    RegisterPage *outgoing = m_window->registerPage();
    QVERIFY(conferences && conferences->isVisible() && outgoing);
    const qint64 id = scalar(m_file, QStringLiteral("SELECT id FROM conference WHERE kind = "
                                                    "'final_review'")).toLongLong();
    conferences->selectId(id);
    QCOMPARE(conferences->currentId(), id);
    auto *number = conferences->findChild<QLabel *>(QStringLiteral("numberLabel"));
    QVERIFY2(number->text().contains(QStringLiteral("chưa có số")), qPrintable(number->text()));

    // The preview paints without a complaint, and closes.
    QTimer::singleShot(300, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    conferences->preview();

    // "Cancel" gives no number; "Yes" gives 1-TB/TU, dated as asked.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!conferences->issueNumber(QDate(2024, 5, 29)));
    QString asked;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    QVERIFY(conferences->issueNumber(QDate(2024, 5, 29)));
    QVERIFY2(asked.contains(QStringLiteral("29/05/2024")), qPrintable(asked));
    QVERIFY2(number->text().contains(QStringLiteral("1-TB/TU")), qPrintable(number->text()));
    // A second number for the same document is refused with an explanation.
    QString refusal;
    answerNextMessageBox(QMessageBox::Ok, &refusal);
    QVERIFY(!conferences->issueNumber(QDate(2024, 5, 30)));
    QVERIFY2(refusal.contains(QStringLiteral("1-TB/TU")), qPrintable(refusal));

    // The register lists it; cancelling keeps the number used and shows it cancelled.
    m_window->showPage(QStringLiteral("Sổ văn bản đi"));
    QVERIFY(outgoing->isVisible());
    QTRY_COMPARE(outgoing->listModel()->rowCount(), 1);
    outgoing->selectId(outgoing->listModel()->idAt(0));
    QVERIFY(outgoing->cancelNumber(QStringLiteral("Ghi nhầm ngày")));
    QCOMPARE(outgoing->listModel()->index(0, 6).data().toString(), QStringLiteral("Đã hủy"));
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT status || cancelled_reason FROM "
                                           "document_register")).toString(),
             QStringLiteral("cancelledGhi nhầm ngày"));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(conferences->issueNumber(QDate(2024, 5, 30)));
    QCOMPARE(scalar(m_file, QStringLiteral("SELECT group_concat(code, ' ') FROM "
                                           "document_register")).toString(),
             QStringLiteral("1-TB/TU 2-TB/TU"));
    QTRY_COMPARE(outgoing->listModel()->rowCount(), 2);
    outgoing->setYear(2024);
    QCOMPARE(outgoing->listModel()->rowCount(), 2);
    outgoing->setType(QStringLiteral("KH"));
    QCOMPARE(outgoing->listModel()->rowCount(), 0);
    outgoing->setType(QStringLiteral("TB"));
    QCOMPARE(outgoing->listModel()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
