// The window's side of accounts: nothing of a file with accounts shows before a log-in, a wrong
// password keeps it so, and the window locks itself when left unused.

#include "core/labels.h"
#include "gui/common/recordeditor.h"
#include "gui/conferences/conferencespage.h"
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/start/startpage.h"
#include "gui/settings/logindialog.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

const QString password = QStringLiteral("mật khẩu của Lan");
const QString adminPassword = QStringLiteral("mật khẩu quản trị");

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsNoRecordBeforeALogIn();
    void aWrongPasswordKeepsItLocked();
    void theRightPasswordShowsTheList();
    void anotherFileAsksAgain();
    void cancelClosesTheFile();
    void idleWindowLocksAndNeedsThePasswordAgain();
    void useKeepsTheWindowOpen();
    void anotherAccountClosesWhatTheFirstLeftOnlyWhenAllowed();
    void logOutAsksForAnyAccount();
    void theDialogIsNotClipped();

private:
    // Types the name and password into the log-in dialog and clicks Log in.
    void logIn(const QString &name, const QString &typed);
    QSplitter *pages() const { return field<QSplitter>(m_window.get(), "mainSplitter"); }
    QString openCopy();

    QTemporaryDir m_dir;
    // A demo file with an administrator and a Chuyên viên, one conference Tuyệt mật.
    QString m_template;
    int m_conferences = 0; // the demo's conferences, the secret one included
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestLoginDialog::initTestCase()
{
    // In Vietnamese, as the office reads it; what is compared goes through the translation.
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    m_clock = TestSupport::fixClock();
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_template), QString());
    auto store = TestSupport::open(m_template);
    QVERIFY(store);
    m_conferences = store->value(QStringLiteral("SELECT count(*) FROM conference")).toInt();
    QVERIFY(m_conferences > 1);
    // One conference above Lan's clearance.
    const qint64 secret
        = store->value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    QString error;
    const auto record = store->read(QStringLiteral("conference"), secret, &error);
    QVERIFY2(record, qPrintable(error));
    QVERIFY(
        store->update(*record, {{QStringLiteral("secrecy"), QStringLiteral("top_secret")}}).ok());
    QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("quantri"), Access::Role::Admin,
                 QStringLiteral("top_secret"), adminPassword),
        QString());
    // A Chuyên viên: the idle test types a new conference, which a Văn thư may not create.
    QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("lan"), Access::Role::Staff,
                 QStringLiteral("secret"), password, QStringLiteral("Nguyễn Thị Lan")),
        QString());
}

QString TestLoginDialog::openCopy()
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    if (!QFile::copy(m_template, path))
        return QString();
    return path;
}

void TestLoginDialog::init()
{
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    const QString path = openCopy();
    QVERIFY(!path.isEmpty());
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(path, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->loginDialog() && m_window->loginDialog()->isVisible());
}

void TestLoginDialog::cleanup()
{
    m_window.reset();
}

void TestLoginDialog::logIn(const QString &name, const QString &typed)
{
    LoginDialog *dialog = m_window->loginDialog();
    QVERIFY(dialog);
    auto *nameEdit = field<QLineEdit>(dialog, "nameLineEdit");
    nameEdit->clear();
    typeText(nameEdit, name);
    auto *passwordEdit = field<QLineEdit>(dialog, "passwordLineEdit");
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    passwordEdit->clear();
    typeText(passwordEdit, typed);
    QTest::mouseClick(field<QPushButton>(dialog, "logInButton"), Qt::LeftButton);
}

void TestLoginDialog::showsNoRecordBeforeALogIn()
{
    QVERIFY(m_window->store()->accountsEnabled());
    QVERIFY(!m_window->store()->account());
    QVERIFY(!m_window->conferencesPage());
    QVERIFY(!m_window->inspectionsPage());
    QVERIFY(!pages()->isVisible());
    QVERIFY(field<QLabel>(m_window.get(), "lockedLabel")->isVisible());
    // Not even a count of what the file holds.
    QVERIFY(m_window->statusCounts().isEmpty());
    QVERIFY(m_window->accountStatus().isEmpty());
    QVERIFY(!field<QAction>(m_window.get(), "accountsAction")->isEnabled());
    QVERIFY(!field<QAction>(m_window.get(), "printAction")->isEnabled());
}

void TestLoginDialog::aWrongPasswordKeepsItLocked()
{
    logIn(QStringLiteral("lan"), QStringLiteral("không phải mật khẩu"));
    LoginDialog *dialog = m_window->loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(field<QLabel>(dialog, "messageLabel")->text(),
        QCoreApplication::translate("Store", "The account name or the password is not right."));
    QVERIFY(field<QLineEdit>(dialog, "passwordLineEdit")->text().isEmpty());
    // An unknown name says the same, and nothing more.
    logIn(QStringLiteral("ai đó"), password);
    QCOMPARE(dialog->message(),
        QCoreApplication::translate("Store", "The account name or the password is not right."));
    QVERIFY(!m_window->store()->account());
    QVERIFY(!m_window->conferencesPage());
    QVERIFY(!pages()->isVisible());
    QVERIFY(m_window->statusCounts().isEmpty());
}

void TestLoginDialog::theRightPasswordShowsTheList()
{
    logIn(QStringLiteral("Lan"), password);
    QVERIFY(!m_window->loginDialog());
    QVERIFY(m_window->store()->account());
    QCOMPARE(m_window->store()->account()->name, QStringLiteral("lan"));
    QVERIFY(pages()->isVisible());
    QVERIFY(!m_window->isLocked());
    // The window opens on what is due (the start page); the conferences are read too.
    QVERIFY(m_window->startPage() && m_window->startPage()->isVisible());
    ConferencesPage *conferences = m_window->conferencesPage();
    QVERIFY(conferences);
    // Lan reads up to Tối mật ("secret"): the Tuyệt mật conference is not in her list.
    QCOMPARE(conferences->listModel()->matchingCount(), m_conferences - 1);
    QCOMPARE(m_window->accountStatus(),
        QStringLiteral("Nguyễn Thị Lan — %1 — %2")
            .arg(Access::label(Access::Role::Staff),
                Labels::label(Labels::Enum::Secrecy, QStringLiteral("secret"))));
    QTRY_VERIFY(!m_window->statusCounts().isEmpty());
    // Staff may not manage accounts: the entry says why.
    QAction *accounts = field<QAction>(m_window.get(), "accountsAction");
    QVERIFY(!accounts->isEnabled());
    QString why;
    QVERIFY(!m_window->store()->allows(Access::Action::ManageAccounts, &why));
    QCOMPARE(accounts->toolTip(), why);
    QVERIFY(field<QAction>(m_window.get(), "lockAction")->isEnabled());
    QCOMPARE(field<QAction>(m_window.get(), "lockAction")->shortcut(),
        QKeySequence(QStringLiteral("Ctrl+L")));
}

void TestLoginDialog::anotherFileAsksAgain()
{
    logIn(QStringLiteral("lan"), password);
    QVERIFY(m_window->conferencesPage());
    const QString other = openCopy();
    QString error;
    QVERIFY2(m_window->openDatabase(other, Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY(!m_window->conferencesPage());
    QTRY_VERIFY(m_window->loginDialog() && m_window->loginDialog()->isVisible());
    QVERIFY(!pages()->isVisible());
    logIn(QStringLiteral("quantri"), adminPassword);
    QVERIFY(m_window->conferencesPage());
    // The administrator reads everything.
    QCOMPARE(m_window->conferencesPage()->listModel()->matchingCount(), m_conferences);
}

void TestLoginDialog::cancelClosesTheFile()
{
    QSignalSpy cancelled(m_window.get(), &MainWindow::loginCancelled);
    QTest::mouseClick(field<QPushButton>(m_window->loginDialog(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_window->store());
    QVERIFY(!m_window->conferencesPage());
    QTRY_VERIFY(!m_window->loginDialog());
}

void TestLoginDialog::idleWindowLocksAndNeedsThePasswordAgain()
{
    logIn(QStringLiteral("lan"), password);
    ConferencesPage *conferences = m_window->conferencesPage();
    QVERIFY(conferences);
    // Work in progress: a new conference with a title typed, not saved.
    RecordEditor *editor = conferences->newConference();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *venue = field<QLineEdit>(editor, "venueLineEdit");
    typeText(venue, QStringLiteral("Hội nghị chưa lưu"));
    QVERIFY(editor->isDirty());

    // Fourteen minutes without a key or a click: still open (15 unless the office says).
    m_clock->advance(14 * 60);
    m_window->checkIdle();
    QVERIFY(!m_window->isLocked());
    // The sixteenth: the check that runs by itself locks the window.
    m_clock->advance(2 * 60);
    m_window->setIdleCheckInterval(10);
    QTRY_VERIFY(m_window->isLocked());
    QVERIFY(!pages()->isVisible());
    QVERIFY(!conferences->isVisible());
    QVERIFY(!editor->isVisible());
    QVERIFY(m_window->statusCounts().isEmpty());
    QCOMPARE(field<QLabel>(m_window.get(), "lockedLabel")->text(),
        MainWindow::tr(
            "The window is locked: the records come back when the password is typed again."));
    LoginDialog *dialog = m_window->loginDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->mode(), LoginDialog::Mode::Locked);
    QCOMPARE(field<QLineEdit>(dialog, "nameLineEdit")->text(), QStringLiteral("lan"));
    // No way around it: no Cancel, and Esc leaves it locked.
    QVERIFY(!field<QPushButton>(dialog, "cancelButton")->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_window->isLocked());

    logIn(QStringLiteral("lan"), QStringLiteral("sai rồi sai rồi"));
    QVERIFY(m_window->isLocked());
    QVERIFY(!editor->isVisible());
    QCOMPARE(dialog->message(),
        QCoreApplication::translate("Store", "The account name or the password is not right."));

    logIn(QStringLiteral("lan"), password);
    QVERIFY(!m_window->isLocked());
    QVERIFY(pages()->isVisible());
    // Everything as it was left, the unsaved title included.
    QCOMPARE(m_window->conferencesPage(), conferences);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(venue->text(), QStringLiteral("Hội nghị chưa lưu"));
    QVERIFY(editor->isDirty());
    editor->revert();
    editor->close();
}

void TestLoginDialog::useKeepsTheWindowOpen()
{
    logIn(QStringLiteral("lan"), password);
    QVERIFY(m_window->conferencesPage());
    m_clock->advance(10 * 60);
    QTest::keyClick(m_window->conferencesPage(), Qt::Key_Down);
    m_clock->advance(10 * 60);
    m_window->checkIdle();
    QVERIFY(!m_window->isLocked());
    m_clock->advance(6 * 60);
    m_window->checkIdle();
    QVERIFY(m_window->isLocked());
    logIn(QStringLiteral("lan"), password);

    // 0 minutes: never. The setting is the administrator's to change, not a clerk's.
    QString error;
    QVERIFY(!m_window->store()->setSetting(QStringLiteral("accounts.idle_minutes"), 0, &error));
    {
        auto admin = TestSupport::open(m_window->store()->path());
        QVERIFY(admin->logIn(QStringLiteral("quantri"), adminPassword, &error));
        QVERIFY2(admin->setSetting(QStringLiteral("accounts.idle_minutes"), 0, &error),
            qPrintable(error));
    }
    m_clock->advance(24 * 60 * 60);
    m_window->checkIdle();
    QVERIFY(!m_window->isLocked());
}

void TestLoginDialog::anotherAccountClosesWhatTheFirstLeftOnlyWhenAllowed()
{
    logIn(QStringLiteral("lan"), password);
    RecordEditor *editor = m_window->conferencesPage()->newConference();
    QTRY_VERIFY(editor->isVisible());
    typeText(field<QLineEdit>(editor, "venueLineEdit"), QStringLiteral("Việc dở của Lan"));
    QPointer<RecordEditor> guard(editor);
    field<QAction>(m_window.get(), "lockAction")->trigger();
    QVERIFY(m_window->isLocked());
    QTRY_VERIFY(m_window->loginDialog() && m_window->loginDialog()->isVisible());

    // Another account is told what would be lost, and may step back.
    QString asked;
    GuiTestSupport::answerNextMessageBox(QMessageBox::Cancel, &asked);
    logIn(QStringLiteral("quantri"), adminPassword);
    QVERIFY2(asked.contains(QStringLiteral("lan")), qPrintable(asked));
    QVERIFY(m_window->isLocked());
    QCOMPARE(m_window->store()->account()->name, QStringLiteral("lan"));
    QVERIFY(guard);

    // A wrong password closes nothing, even when the closing was agreed to.
    GuiTestSupport::clickInNextMessageBox(MainWindow::tr("Close the editors"));
    logIn(QStringLiteral("quantri"), QStringLiteral("đoán bừa mật khẩu"));
    QVERIFY(m_window->isLocked());
    QVERIFY(guard);

    GuiTestSupport::clickInNextMessageBox(MainWindow::tr("Close the editors"));
    logIn(QStringLiteral("quantri"), adminPassword);
    QVERIFY(!m_window->isLocked());
    QCOMPARE(m_window->store()->account()->name, QStringLiteral("quantri"));
    QTRY_VERIFY(!guard);
    // The pages are read again within the administrator's clearance.
    QCOMPARE(m_window->conferencesPage()->listModel()->matchingCount(), m_conferences);
    QVERIFY(m_window->accountStatus().startsWith(QStringLiteral("quantri — ")));
}

void TestLoginDialog::logOutAsksForAnyAccount()
{
    // Lan (a Chuyên viên) may create a conference; the administrator may not.
    logIn(QStringLiteral("lan"), password);
    QCOMPARE(m_window->conferencesPage()->listModel()->matchingCount(), m_conferences - 1);
    // An editor with changes asks before it goes; Cancel keeps the account logged in.
    RecordEditor *editor = m_window->conferencesPage()->newConference();
    QTRY_VERIFY(editor->isVisible());
    typeText(field<QLineEdit>(editor, "venueLineEdit"), QStringLiteral("Còn dở"));
    GuiTestSupport::answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->logOut());
    QVERIFY(m_window->store()->account());
    QVERIFY(editor->isVisible());
    GuiTestSupport::answerNextMessageBox(QMessageBox::Discard);
    field<QAction>(m_window.get(), "logOutAction")->trigger();
    QVERIFY(!m_window->store()->account());
    QVERIFY(!m_window->conferencesPage());
    QVERIFY(!pages()->isVisible());
    LoginDialog *dialog = m_window->loginDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->mode(), LoginDialog::Mode::LoggedOut);
    QVERIFY(field<QLineEdit>(dialog, "nameLineEdit")->text().isEmpty());
    logIn(QStringLiteral("quantri"), adminPassword);
    QCOMPARE(m_window->conferencesPage()->listModel()->matchingCount(), m_conferences);
    QVERIFY(!m_window->accountStatus().startsWith(QStringLiteral("Nguyễn Thị Lan — ")));
}

void TestLoginDialog::theDialogIsNotClipped()
{
    LoginDialog *dialog = m_window->loginDialog();
    logIn(QStringLiteral("lan"), QStringLiteral("không phải mật khẩu"));
    GuiTestSupport::verifyNotClipped(dialog, QStringLiteral("logindialog"));
    logIn(QStringLiteral("lan"), password);
    m_window->lock();
    QTRY_VERIFY(m_window->loginDialog() && m_window->loginDialog()->isVisible());
    GuiTestSupport::verifyNotClipped(m_window->loginDialog(), QStringLiteral("logindialog-locked"));
    GuiTestSupport::verifyNotClipped(m_window.get(), QStringLiteral("mainwindow-locked"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
