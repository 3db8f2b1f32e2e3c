#include "cli/demodata.h"
#include "core/clock.h"
#include "core/translations.h"
#include "gui/commendations/commendationspage.h"
#include "gui/conferences/conferencespage.h"
#include "gui/directories/directorypage.h"
#include "gui/register/registerpage.h"
#include "gui/mainwindow.h"
#include "gui/common/datelineedit.h"
#include "gui/common/issuedcopy.h"
#include "gui/common/recordeditor.h"
#include "gui/common/valuecombobox.h"
#include "models/sqllistmodel.h"
#include "storage/documentregister.h"
#include "guitestsupport.h"
#include "teststore.h"
#include "pdftestsupport.h"

#include <QApplication>
#include <QProcess>
#include <QPrinter>
#include <QDir>
#include <QFile>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QScreen>
#include <QSqlError>
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
#include <QFile>
#include <QtTest>

#include <functional>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::typeText;

namespace {

enum { Units = 0, People = 1, Documents = 2, IssuingBodies = 3 };

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
    void issuingAsksTheDateAndKeepsTheIssuedCopy();
    void statusCountsFollowEverySave();
    void ctrlFAndCtrlNWorkWhereverTheFocusIs();
    void printPreviewFitsTheScreen();
    void registerListsTheNewestYearFirst();
    void aLongTitleIsElidedInQuestions();
    void aReadOnlyDatabaseSaysSoAndOffersNoSave();
    void aListThatCannotBeReadSaysSo();
    void restoreFromTheWindowAfterAsking();
    void fitsAnOfficeScreen();
    void theIdleCheckFindsADamagedPage();

private:
    DirectoryPage *page(int kind) const { return m_window->directoryPage(kind); }
    // The record editor open over the window, if any.
    RecordEditor *openEditor() const
    {
        for (RecordEditor *editor : m_window->findChildren<RecordEditor *>()) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }

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
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
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
    // The issuing bodies are a directory too, after the documents.
    const QString bodies = DirectoryPage::title(DirectoryPage::Kind::IssuingBodies);
    QCOMPARE(titles.indexOf(bodies), titles.indexOf(QStringLiteral("Văn bản")) + 1);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Tệp"));
    const QList<QLabel *> counts = m_window->statusBar()->findChildren<QLabel *>();
    // The counts come a moment after the first frame.
    QTRY_VERIFY(m_window->statusCounts().contains(QStringLiteral("5 hội nghị")));
    QString status;
    for (const QLabel *label : counts)
        status += label->text() + QLatin1Char(' ');
    // Counted from the file, as the demo has them.
    const int people
        = TestSupport::fileValue(m_file, QStringLiteral("SELECT count(*) FROM person")).toInt();
    QVERIFY2(status.contains(QStringLiteral("%1 cán bộ").arg(people)), qPrintable(status));
    QVERIFY(status.contains(QFileInfo(m_file).fileName()));
    // Qt's own dialogs speak Vietnamese too.
    QMessageBox box(
        QMessageBox::Question, QString(), QString(), QMessageBox::Save | QMessageBox::Cancel);
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
        const QList<QLabel *> labels
            = stack->currentWidget()->findChildren<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY2(!labels.isEmpty(), qPrintable(title));
        if (title != QStringLiteral("Danh mục"))
            QCOMPARE(labels.first()->text(), title);
    }
    // No area is a placeholder any more: the commendations have their page.
    m_window->showPage(QStringLiteral("Khen thưởng"));
    QVERIFY(qobject_cast<CommendationsPage *>(stack->currentWidget()));
    QCOMPARE(m_window->commendationsPage(), stack->currentWidget());
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
    typeText(
        fullName, QStringLiteral("Nguyễn Thị Thuý Hoà").normalized(QString::NormalizationForm_D));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("givenNameLineEdit"))
                 ->text()
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
    popup->setCurrentIndex(
        popup->model()->index(offered.indexOf(QStringLiteral("Tỉnh ủy Thanh Hóa")), 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(unit->currentText(), QStringLiteral("Tỉnh ủy Thanh Hóa"));
    QVERIFY(editor->isDirty());

    QTest::mouseClick(
        editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    QTRY_VERIFY(!editor->isVisible());

    const QString stored = TestSupport::fileValue(m_file,
        QStringLiteral(
            "SELECT p.full_name || '|' || p.given_name || '|' || p.title || '|' || u.name "
            "FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.name_folded = "
            "'nguyen thi thuy hoa'"))
                               .toString();
    QCOMPARE(stored,
        QStringLiteral("Nguyễn Thị Thuý Hoà|Hoà|Chánh Văn phòng Tỉnh ủy|"
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
    QVERIFY2(
        editor->message().contains(QStringLiteral("Hiệu lực đến")), qPrintable(editor->message()));
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
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT u.short_name || u.valid_from || "
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
    QCOMPARE(TestSupport::fileValue(m_file, QStringLiteral("SELECT title FROM person WHERE id = 1"))
                 .toString(),
        original);
}

void TestMainWindow::refusesToDeleteAUnitInUse()
{
    m_window->showPage(QStringLiteral("Đơn vị"));
    const qint64 id = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Thanh Hóa'"))
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
    QCOMPARE(TestSupport::fileValue(
                 m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
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
    QCOMPARE(TestSupport::fileValue(
                 m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
                 .toInt(),
        1);
    answerNextMessageBox(QMessageBox::Yes);
    page(Units)->deleteCurrent();
    QCOMPARE(TestSupport::fileValue(
                 m_file, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(id))
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
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT number || issuer_code || issued_on FROM "
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
    const auto check = &GuiTestSupport::verifyNotClipped;
    m_window->resize(1280, 760);
    // The status bar's counts come a moment after the window: checked once they are there, not
    // while they arrive.
    QTRY_VERIFY(m_window->statusCounts().contains(QStringLiteral("hội nghị")));
    int n = 0;
    for (const QString &title : m_window->pageTitles()) {
        m_window->showPage(title);
        check(m_window.get(), QStringLiteral("main-%1").arg(++n));
    }
    page(Units)->selectId(TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Trà Vinh'"))
                              .toLongLong());
    page(People)->selectId(1);
    page(Documents)->selectId(1);
    for (int kind : {Units, People, Documents}) {
        RecordEditor *editor = page(kind)->editCurrent();
        QVERIFY(editor);
        check(editor, QStringLiteral("editor-%1").arg(kind));
        editor->close();
    }
    RecordEditor *body = page(IssuingBodies)->newRecord();
    QVERIFY(body);
    check(body, QStringLiteral("editor-%1").arg(IssuingBodies));
    body->close();
}

void TestMainWindow::conferenceDocumentsGetNumbersFromTheRegister()
{
    m_window->showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = m_window->conferencesPage();
    RegisterPage *outgoing = m_window->registerPage();
    QVERIFY(conferences && conferences->isVisible() && outgoing);
    const qint64 id = TestSupport::fileValue(m_file,
        QStringLiteral("SELECT id FROM conference WHERE kind = "
                       "'final_review'"))
                          .toLongLong();
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
    QVERIFY2(number->text().contains(QStringLiteral("01-TB/TU")), qPrintable(number->text()));
    // A second number for the same document is refused with an explanation.
    QString refusal;
    answerNextMessageBox(QMessageBox::Ok, &refusal);
    QVERIFY(!conferences->issueNumber(QDate(2024, 5, 30)));
    QVERIFY2(refusal.contains(QStringLiteral("01-TB/TU")), qPrintable(refusal));

    // The register lists it; cancelling keeps the number used and shows it cancelled.
    m_window->showPage(QStringLiteral("Sổ văn bản đi"));
    QVERIFY(outgoing->isVisible());
    QTRY_COMPARE(outgoing->listModel()->rowCount(), 1);
    outgoing->selectId(outgoing->listModel()->idAt(0));
    QVERIFY(outgoing->cancelNumber(QStringLiteral("Ghi nhầm ngày")));
    QCOMPARE(outgoing->listModel()->index(0, 6).data().toString(), QStringLiteral("Đã hủy"));
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT status || cancelled_reason FROM "
                                "document_register"))
                 .toString(),
        QStringLiteral("cancelledGhi nhầm ngày"));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(conferences->issueNumber(QDate(2024, 5, 30)));
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT group_concat(code, ' ') FROM "
                                "document_register"))
                 .toString(),
        QStringLiteral("01-TB/TU 02-TB/TU"));
    QTRY_COMPARE(outgoing->listModel()->rowCount(), 2);
    outgoing->setYear(2024);
    QCOMPARE(outgoing->listModel()->rowCount(), 2);
    outgoing->setType(QStringLiteral("KH"));
    QCOMPARE(outgoing->listModel()->rowCount(), 0);
    outgoing->setType(QStringLiteral("TB"));
    QCOMPARE(outgoing->listModel()->rowCount(), 2);
}

// "Cấp số" always dated the document today and an issued notice re-rendered after an edit: now
// the date is asked (today by default, with a warning before the conference), the issued copy is
// what prints, and an edited record is issued again as a replacement with the next number.
void TestMainWindow::issuingAsksTheDateAndKeepsTheIssuedCopy()
{
    m_window->showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = m_window->conferencesPage();
    const qint64 id = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
                          .toLongLong();
    conferences->selectId(id);
    const QDate held
        = QDate::fromString(TestSupport::fileValue(m_file,
                                QStringLiteral("SELECT held_on FROM conference WHERE id = ?"), {id})
                                .toString(),
            Qt::ISODate);
    QString warned;
    QString asked;
    QString shown;
    bool fitsWarning = false;
    const QString today
        = m_window->store()->clock()->today().toString(QStringLiteral("dd/MM/yyyy"));
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *date
            = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("issueDateEdit")) : nullptr;
        if (!date) {
            if (dialog)
                dialog->close();
            return;
        }
        // Today by default; a day before the conference is warned about.
        shown = date->text();
        date->setText(held.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
        auto *warnings = dialog->findChild<QLabel *>(QStringLiteral("issueDateWarnings"));
        warned = warnings->text();
        // The warning is read whole: the dialog grows to its lines, not cut at the top and
        // bottom as when the dialog kept the size it opened with.
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        fitsWarning = warnings->height() >= warnings->heightForWidth(warnings->width())
            && dialog->rect().contains(warnings->geometry());
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(conferences->issueNumber());
    QCOMPARE(shown, today);
    QVERIFY(fitsWarning);
    QVERIFY2(warned.contains(held.toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(warned));
    QVERIFY2(
        asked.contains(held.addDays(-1).toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(asked));
    const QByteArray kept
        = TestSupport::fileValue(m_file, QStringLiteral("SELECT content FROM issued_document"))
              .toByteArray();
    QVERIFY(kept.startsWith("%PDF-"));
    // Printing the kept copy puts each of its pages on an A4 sheet of its own.
    {
        QTemporaryDir folder;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(folder.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(IssuedCopy::paint(kept, &printer));
        QFile original(folder.filePath(QStringLiteral("kept.pdf")));
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write(kept);
        original.close();
        QCOMPARE(PdfTestSupport::pageCount(printer.outputFileName()),
            PdfTestSupport::pageCount(original.fileName()));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {printer.outputFileName()});
        QVERIFY(info.waitForFinished());
        QVERIFY2(info.readAllStandardOutput().contains("(A4)"), "not printed on A4");
        QVERIFY(!IssuedCopy::paint(QByteArray("not a PDF"), &printer));
    }

    // An edit after issuing: the page says so, and issuing again replaces it with a new number.
    Store *store = m_window->store();
    auto record = store->read(QStringLiteral("conference"), id);
    QCOMPARE(
        store->update(
                 *record, {{QStringLiteral("conclusion"), QStringLiteral("Kết luận bổ sung.")}})
            .outcome,
        Store::Outcome::Written);
    conferences->refresh();
    conferences->selectId(id);
    auto *number = conferences->findChild<QLabel *>(QStringLiteral("numberLabel"));
    QVERIFY2(
        number->text().contains(QStringLiteral("bản đã ban hành")), qPrintable(number->text()));
    answerNextMessageBox(QMessageBox::Yes, &asked);
    QVERIFY(conferences->issueNumber(held.addDays(1)));
    QVERIFY2(asked.contains(QStringLiteral("01-TB/TU")), qPrintable(asked));
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT group_concat(code || ':' || ifnull(replaces_id, ''), ' ') "
                                "FROM document_register"))
                 .toString(),
        QStringLiteral("01-TB/TU: 02-TB/TU:%1")
            .arg(TestSupport::fileValue(
                m_file, QStringLiteral("SELECT min(id) FROM document_register"))
                     .toString()));
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT content FROM issued_document ORDER BY register_id LIMIT 1"))
                 .toByteArray(),
        kept);
}

// The counts went stale after a save; now they follow this window's saves at once and another
// window's within the store's poll.
void TestMainWindow::statusCountsFollowEverySave()
{
    const int people
        = TestSupport::fileValue(m_file, QStringLiteral("SELECT count(*) FROM person")).toInt();
    QTRY_VERIFY2(m_window->statusCounts().contains(QStringLiteral("%1 cán bộ").arg(people)),
        qPrintable(m_window->statusCounts()));
    QString error;
    QVERIFY(m_window->store()->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Phạm Thị Lan")}}, &error));
    QTRY_VERIFY2(m_window->statusCounts().contains(QStringLiteral("%1 cán bộ").arg(people + 1)),
        qPrintable(m_window->statusCounts()));
    {
        auto other = TestSupport::open(m_file);
        QVERIFY(other);
        QVERIFY(other->insert(QStringLiteral("person"),
            {{QStringLiteral("full_name"), QStringLiteral("Đỗ Văn Hùng")}}, &error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusCounts().contains(QStringLiteral("%1 cán bộ").arg(people + 2)), 6000);
}

// Ctrl+F and Ctrl+N worked only with the focus already inside the page.
void TestMainWindow::ctrlFAndCtrlNWorkWhereverTheFocusIs()
{
    m_window->showPage(QStringLiteral("Cán bộ"));
    auto *navigation = m_window->findChild<QWidget *>(QStringLiteral("navigationTreeWidget"));
    QVERIFY(navigation);
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    auto *filter = page(People)->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
    RecordEditor *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()) != nullptr);
    QVERIFY(editor->windowTitle().contains(QStringLiteral("cán bộ"), Qt::CaseInsensitive));
    QCOMPARE(editor->recordId(), 0);
    // Nothing typed yet: Esc closes it without asking (it asked, the empty name parts counting
    // as typed).
    QVERIFY(!editor->isDirty());
    editor->reject();
    QTRY_VERIFY(!openEditor());
}

// The preview opened 900×1000 on a 768-pixel screen.
void TestMainWindow::printPreviewFitsTheScreen()
{
    m_window->showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = m_window->conferencesPage();
    conferences->selectId(conferences->listModel()->idAt(0));
    QRect shown;
    QTimer::singleShot(300, [&shown] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            shown = dialog->frameGeometry();
            dialog->close();
        }
    });
    conferences->preview();
    const QRect screen = m_window->screen()->availableGeometry();
    QVERIFY(shown.isValid());
    QVERIFY2(shown.width() <= screen.width() && shown.height() <= screen.height(),
        qPrintable(QStringLiteral("%1×%2 on %3×%4")
                       .arg(shown.width())
                       .arg(shown.height())
                       .arg(screen.width())
                       .arg(screen.height())));
}

// "Newest first" put 2023 before 2024: DESC applied to the number only.
void TestMainWindow::registerListsTheNewestYearFirst()
{
    Store *store = m_window->store();
    const QVariant first = store->value(QStringLiteral("SELECT min(id) FROM conference"));
    const QVariant second = store->value(QStringLiteral("SELECT max(id) FROM conference"));
    QString error;
    const auto request = [](qint64 id, const QDate &date) {
        DocumentRegister::Request asked;
        asked.typeCode = QStringLiteral("TB");
        asked.issuerCode = QStringLiteral("TU");
        asked.issuedOn = date;
        asked.reportKind = QStringLiteral("conference-summary");
        asked.excerpt = QStringLiteral("Thông báo kết luận hội nghị");
        asked.subject = {QStringLiteral("conference"), id};
        return asked;
    };
    const auto older
        = DocumentRegister::issue(*store, request(first.toLongLong(), QDate(2023, 12, 28)), &error);
    QVERIFY2(older, qPrintable(error));
    const auto newer
        = DocumentRegister::issue(*store, request(second.toLongLong(), QDate(2024, 1, 3)), &error);
    QVERIFY2(newer, qPrintable(error));
    QCOMPARE(older->number, 1);
    QCOMPARE(newer->number, 1);
    m_window->showPage(QStringLiteral("Sổ văn bản đi"));
    RegisterPage *outgoing = m_window->registerPage();
    QTRY_COMPARE(outgoing->listModel()->rowCount(), 2);
    QCOMPARE(outgoing->listModel()->idAt(0), newer->id);
    QCOMPARE(outgoing->listModel()->idAt(1), older->id);
}

// A 2,000-character title filled the whole message box.
void TestMainWindow::aLongTitleIsElidedInQuestions()
{
    const QString title = QStringLiteral("Hội nghị tổng kết công tác xây dựng Đảng ").repeated(50);
    Store *store = m_window->store();
    const qint64 id = store->value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    const auto record = store->read(QStringLiteral("conference"), id);
    QVERIFY(record);
    QVERIFY(store->update(*record, {{QStringLiteral("title"), title}}).ok());
    m_window->showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = m_window->conferencesPage();
    QTRY_VERIFY(conferences->listModel()->rowCount() > 0);
    conferences->refresh();
    conferences->selectId(id);
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    conferences->deleteCurrent();
    QVERIFY2(asked.contains(QStringLiteral("Hội nghị tổng kết")), qPrintable(asked));
    QVERIFY2(asked.size() < 300, qPrintable(QString::number(asked.size())));
    QVERIFY(asked.contains(QChar(0x2026)));
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT count(*) FROM conference WHERE "
                                "id = ?"),
                 {id})
                 .toInt(),
        1);
}

// A file opened for reading only says so above the pages, and no editor offers to save.
void TestMainWindow::aReadOnlyDatabaseSaysSoAndOffersNoSave()
{
    QVERIFY(m_window->banner().isEmpty());
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::ReadOnly, &error), qPrintable(error));
    QVERIFY2(
        m_window->banner().contains(QStringLiteral("chỉ để đọc")), qPrintable(m_window->banner()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("chỉ đọc")));
    // One line of text takes a line's room (it took half the window).
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("bannerLabel"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->height() <= 4 * banner->fontMetrics().height(),
        qPrintable(QString::number(banner->height())));
    m_window->showPage(QStringLiteral("Cán bộ"));
    auto *navigation = m_window->findChild<QWidget *>(QStringLiteral("navigationTreeWidget"));
    QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!openEditor());
    QTRY_VERIFY(page(People)->listModel()->rowCount() > 0);
    page(People)->selectId(page(People)->listModel()->idAt(0));
    RecordEditor *editor = page(People)->editCurrent();
    QVERIFY(editor);
    auto *buttons = editor->findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
    QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY2(
        editor->message().contains(QStringLiteral("chỉ để đọc")), qPrintable(editor->message()));
    editor->reject();
}

// A list whose query fails says so above the list (the signal was connected to nothing).
void TestMainWindow::aListThatCannotBeReadSaysSo()
{
    m_window->showPage(QStringLiteral("Cán bộ"));
    auto *failure = page(People)->findChild<QLabel *>(QStringLiteral("failureLabel"));
    QVERIFY(failure && !failure->isVisible());
    {
        // Another program takes the table away.
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        raw.setDatabaseName(m_file);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE person RENAME TO person_elsewhere")),
            qPrintable(query.lastError().text()));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    page(People)->refresh();
    QTRY_VERIFY(failure->isVisible());
    QVERIFY2(failure->text().startsWith(QStringLiteral("Không đọc được danh sách.")),
        qPrintable(failure->text()));
    QVERIFY2(
        failure->text().contains(QStringLiteral("secretariat check")), qPrintable(failure->text()));
}

// Tệp → Khôi phục: asked first, the backup's data back in every page, the file as it was kept.
void TestMainWindow::restoreFromTheWindowAfterAsking()
{
    const QString copy = m_dir.filePath(QStringLiteral("restore-source.sqlite"));
    QFile::remove(copy);
    QVERIFY(m_window->backup(copy));
    QString error;
    const int people
        = m_window->store()->value(QStringLiteral("SELECT count(*) FROM person")).toInt();
    QVERIFY(m_window->store()->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Vũ Thị Mai")}}, &error));
    QTRY_VERIFY(m_window->statusCounts().contains(QStringLiteral("%1 cán bộ").arg(people + 1)));

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->restore(copy));
    QCOMPARE(TestSupport::fileValue(m_file, QStringLiteral("SELECT count(*) FROM person")).toInt(),
        people + 1);

    m_window->showPage(QStringLiteral("Cán bộ"));
    QString asked;
    GuiTestSupport::answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &asked);
    QVERIFY(m_window->restore(copy));
    // The same page, rebuilt on the restored file.
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QCOMPARE(stack->currentWidget(), page(People));
    QVERIFY2(asked.contains(QFileInfo(copy).fileName()), qPrintable(asked));
    QCOMPARE(TestSupport::fileValue(m_file, QStringLiteral("SELECT count(*) FROM person")).toInt(),
        people);
    QTRY_VERIFY(m_window->statusCounts().contains(QStringLiteral("%1 cán bộ").arg(people)));
    QTRY_COMPARE(page(People)->listModel()->rowCount(), people);
    QVERIFY(m_window->store());
    const QStringList kept = QDir(m_dir.path())
                                 .entryList({QFileInfo(m_file).completeBaseName()
                                     + QStringLiteral("-before-restore-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(TestSupport::fileValue(
                 m_dir.filePath(kept.first()), QStringLiteral("SELECT count(*) FROM person"))
                 .toInt(),
        people + 1);
}

// Office screens are 1280 or 1366 pixels wide and 768 high (less a task bar): the window with
// every page, and a database deep in a folder tree, still fits.
void TestMainWindow::fitsAnOfficeScreen()
{
    const QString deep = m_dir.filePath(
        QStringLiteral("Văn phòng Tỉnh ủy/Phòng Tổng hợp/Hội nghị và kiểm tra/Năm 2026/Lưu trữ"));
    QVERIFY(QDir().mkpath(deep));
    const QString file = deep + QStringLiteral("/cơ sở dữ liệu văn phòng tỉnh ủy.sqlite");
    QVERIFY(QFile::copy(m_file, file));
    QString error;
    QVERIFY2(m_window->openDatabase(file, Store::OpenMode::MustExist, &error), qPrintable(error));
    for (const QString &title : m_window->pageTitles()) {
        m_window->showPage(title);
        const QSize needed = m_window->minimumSizeHint();
        QVERIFY2(needed.width() <= 1280 && needed.height() <= 720,
            qPrintable(QStringLiteral("%1 needs %2×%3")
                           .arg(title)
                           .arg(needed.width())
                           .arg(needed.height())));
    }
}

// Opening no longer reads the whole file (a large one took seconds): the pages are read in the
// background once the window is open, and damage is said in the banner.
void TestMainWindow::theIdleCheckFindsADamagedPage()
{
    m_window.reset();
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(TestSupport::writeDemo(damaged).isEmpty());
    const int page = TestSupport::fileValue(
        damaged, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'finding'"))
                         .toInt();
    const int pageSize
        = TestSupport::fileValue(damaged, QStringLiteral("PRAGMA page_size")).toInt();
    QVERIFY(page > 1 && pageSize > 0);
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page - 1) * pageSize));
        QVERIFY(file.write(QByteArray(pageSize, '\x7f')) == pageSize);
    }

    m_window = std::make_unique<MainWindow>();
    m_window->setIntegrityCheckDelay(0);
    QString error;
    QVERIFY2(
        m_window->openDatabase(damaged, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->show();
    QVERIFY(m_window->banner().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner().isEmpty(), 10000);
    QVERIFY2(m_window->banner().startsWith(QStringLiteral("Tệp cơ sở dữ liệu bị hỏng")),
        qPrintable(m_window->banner()));

    // A whole file says nothing.
    m_window = std::make_unique<MainWindow>();
    m_window->setIntegrityCheckDelay(0);
    QVERIFY(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error));
    QTest::qWait(500);
    QVERIFY(m_window->banner().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
