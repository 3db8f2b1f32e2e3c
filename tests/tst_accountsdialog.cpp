// File › Accounts…: the first account is an administrator's and logs in; the administrator adds,
// resets and disables the others; a clerk can neither open the dialog nor add an account; and
// the dialog says plainly what a single file can and cannot keep secret.

#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/settings/accountdialog.h"
#include "gui/settings/accountsdialog.h"
#include "storage/accounts.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

const QString adminPassword = QStringLiteral("mật khẩu quản trị");
const QString clerkPassword = QStringLiteral("mật khẩu văn thư");

// Does `fill` with the next account form once it is open over the accounts dialog.
void withNextForm(const std::function<void(AccountDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *form = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
        if (!form) {
            withNextForm(fill);
            return;
        }
        fill(form);
        if (form->isVisible())
            form->reject();
    });
}

void set(QWidget *form, const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(form, name);
    edit->clear();
    typeText(edit, text);
}

void clickSave(QWidget *form)
{
    QTest::mouseClick(
        field<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void choose(QWidget *form, const char *name, const QVariant &data)
{
    auto *combo = field<QComboBox>(form, name);
    combo->setCurrentIndex(combo->findData(data));
}

qint64 refusals(const QString &path)
{
    return TestSupport::fileValue(
        path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"))
        .toLongLong();
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theFirstAccountIsAnAdministratorAndLogsIn();
    void theAdministratorAddsResetsAndDisables();
    void aClerkCannotManageAccounts();
    void theFileWarningIsPlainAndNothingIsClipped();

private:
    QString copyOf(const QString &path);

    QTemporaryDir m_dir;
    QString m_plain; // the demo, without accounts
    QString m_office; // the demo with an administrator and a clerk
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccountsDialog::initTestCase()
{
    // In Vietnamese, as the office reads it; what is compared goes through the translation.
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    m_clock = TestSupport::fixClock();
    m_plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_plain), QString());
    m_office = copyOf(m_plain);
    auto store = TestSupport::open(m_office);
    QVERIFY(store);
    QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("quantri"), Access::Role::Admin,
                 QStringLiteral("top_secret"), adminPassword),
        QString());
    QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("lan"), Access::Role::Clerk,
                 QStringLiteral("confidential"), clerkPassword, QStringLiteral("Nguyễn Thị Lan")),
        QString());
}

QString TestAccountsDialog::copyOf(const QString &path)
{
    static int counter = 0;
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++counter));
    return QFile::copy(path, copy) ? copy : QString();
}

void TestAccountsDialog::cleanup()
{
    m_window.reset();
}

void TestAccountsDialog::theFirstAccountIsAnAdministratorAndLogsIn()
{
    const QString path = copyOf(m_plain);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(path, Store::OpenMode::MustExist));
    m_window->show();
    Store *store = m_window->store();
    QVERIFY(!store->accountsEnabled());
    QVERIFY(!m_window->loginDialog());
    QVERIFY(m_window->accountStatus().isEmpty());
    QVERIFY(field<QAction>(m_window.get(), "accountsAction")->isEnabled());
    QVERIFY(!field<QAction>(m_window.get(), "lockAction")->isEnabled());

    // The store refuses a first account that is not an administrator's.
    Accounts::Entry clerk;
    clerk.name = QStringLiteral("lan");
    clerk.role = Access::Role::Clerk;
    clerk.clearance = QStringLiteral("confidential");
    QString error;
    QVERIFY(!Accounts::add(*store, clerk, clerkPassword, &error));
    QCOMPARE(error,
        Accounts::tr("The first account turns accounts on and must be an administrator's, so "
                     "that someone can manage the others."));
    QVERIFY(!store->accountsEnabled());

    AccountsDialog dialog(store, m_window.get());
    dialog.show();
    QVERIFY(field<QLabel>(&dialog, "offLabel")->isVisible());
    QCOMPARE(field<QLabel>(&dialog, "offLabel")->text(),
        AccountsDialog::tr("Accounts are off: whoever opens this file may read and change "
                           "everything. Adding the first account, an administrator's, turns "
                           "them on: from then on the program asks for a name and password, and "
                           "you go on logged in as that administrator."));
    QCOMPARE(field<QTableWidget>(&dialog, "accountsTableWidget")->rowCount(), 0);
    QVERIFY(!field<QPushButton>(&dialog, "resetButton")->isEnabled());

    QStringList seen;
    withNextForm([&seen](AccountDialog *form) {
        // The role is fixed: an administrator's.
        auto *role = field<QComboBox>(form, "roleComboBox");
        QVERIFY(!role->isEnabled());
        QCOMPARE(role->currentData().toInt(), int(Access::Role::Admin));
        QCOMPARE(field<QLineEdit>(form, "passwordLineEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(field<QLineEdit>(form, "repeatLineEdit")->echoMode(), QLineEdit::Password);
        set(form, "nameLineEdit", QStringLiteral("Quản trị"));
        set(form, "fullNameLineEdit", QStringLiteral("Trần Văn Minh"));
        set(form, "passwordLineEdit", adminPassword);
        set(form, "repeatLineEdit", adminPassword + QStringLiteral("x"));
        clickSave(form);
        seen << form->message();
        QVERIFY(form->isVisible());
        set(form, "repeatLineEdit", adminPassword);
        clickSave(form);
        seen << (form->isVisible() ? form->message() : QStringLiteral("saved"));
    });
    QTest::mouseClick(field<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(
        seen.first(), AccountDialog::tr("The two passwords differ: type the same password twice."));
    QCOMPARE(seen.last(), QStringLiteral("saved"));

    QVERIFY(store->accountsEnabled());
    QVERIFY(store->account());
    QCOMPARE(store->account()->name, QStringLiteral("Quản trị"));
    QVERIFY(!field<QLabel>(&dialog, "offLabel")->isVisible());
    auto *table = field<QTableWidget>(&dialog, "accountsTableWidget");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Trần Văn Minh"));
    QCOMPARE(table->item(0, 2)->text(), Access::label(Access::Role::Admin));
    QVERIFY(field<QSpinBox>(&dialog, "idleMinutesSpinBox")->isEnabled());
    QCOMPARE(field<QSpinBox>(&dialog, "idleMinutesSpinBox")->value(), 15);
    field<QSpinBox>(&dialog, "idleMinutesSpinBox")->setValue(5);
    dialog.accept();
    QCOMPARE(AccountsDialog::idleMinutes(*store), 5);
    QCOMPARE(TestSupport::fileValue(path,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND "
                                "user_name = ?"),
                 {QStringLiteral("Quản trị")})
                 .toInt(),
        1);
}

void TestAccountsDialog::theAdministratorAddsResetsAndDisables()
{
    const QString path = copyOf(m_office);
    auto store = TestSupport::open(path);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->logIn(QStringLiteral("quantri"), adminPassword, &error), qPrintable(error));
    AccountsDialog dialog(store.get());
    dialog.show();
    QVERIFY(!field<QLabel>(&dialog, "offLabel")->isVisible());
    auto *table = field<QTableWidget>(&dialog, "accountsTableWidget");
    QCOMPARE(table->rowCount(), 2);

    bool added = false;
    withNextForm([&added](AccountDialog *form) {
        QVERIFY(field<QComboBox>(form, "roleComboBox")->isEnabled());
        set(form, "nameLineEdit", QStringLiteral("hoa"));
        set(form, "fullNameLineEdit", QStringLiteral("Lê Thị Hoa"));
        choose(form, "roleComboBox", int(Access::Role::Clerk));
        choose(form, "clearanceComboBox", QStringLiteral("secret"));
        // Too short, typed twice alike: the store's rule says why.
        set(form, "passwordLineEdit", QStringLiteral("ngắn"));
        set(form, "repeatLineEdit", QStringLiteral("ngắn"));
        clickSave(form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->message(), Accounts::passwordProblem(QStringLiteral("ngắn")));
        set(form, "passwordLineEdit", QStringLiteral("mật khẩu của Hoa"));
        set(form, "repeatLineEdit", QStringLiteral("mật khẩu của Hoa"));
        clickSave(form);
        added = !form->isVisible();
    });
    dialog.addAccount();
    QVERIFY(added);
    QCOMPARE(table->rowCount(), 3);
    const auto hoa = Accounts::find(*store, QStringLiteral("hoa"));
    QVERIFY(hoa);
    QCOMPARE(hoa->role, Access::Role::Clerk);
    QCOMPARE(hoa->clearance, QStringLiteral("secret"));
    // The administrator stays who is logged in.
    QCOMPARE(store->account()->name, QStringLiteral("quantri"));

    // A new password for Lan.
    QVERIFY(dialog.select(QStringLiteral("lan")));
    bool reset = false;
    withNextForm([&reset](AccountDialog *form) {
        QVERIFY(!field<QLineEdit>(form, "nameLineEdit")->isVisible());
        set(form, "passwordLineEdit", QStringLiteral("mật khẩu mới của Lan"));
        set(form, "repeatLineEdit", QStringLiteral("mật khẩu mới của Lan"));
        clickSave(form);
        reset = !form->isVisible();
    });
    QTest::mouseClick(field<QPushButton>(&dialog, "resetButton"), Qt::LeftButton);
    QVERIFY(reset);
    {
        auto other = TestSupport::open(path);
        QVERIFY(!other->logIn(QStringLiteral("lan"), clerkPassword, &error));
        QVERIFY2(
            other->logIn(QStringLiteral("lan"), QStringLiteral("mật khẩu mới của Lan"), &error),
            qPrintable(error));
    }

    // Lan disabled: listed so, and refused at the log-in.
    QVERIFY(dialog.select(QStringLiteral("lan")));
    auto *disable = field<QPushButton>(&dialog, "disableButton");
    QCOMPARE(disable->text(), AccountsDialog::tr("&Disable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QCOMPARE(dialog.message(), QString());
    QVERIFY(Accounts::find(*store, QStringLiteral("lan"))->disabled);
    int row = 0;
    while (table->item(row, 0)->text() != QStringLiteral("lan"))
        ++row;
    QCOMPARE(table->item(row, 4)->text(), AccountsDialog::tr("Disabled"));
    QCOMPARE(disable->text(), AccountsDialog::tr("&Enable"));
    {
        auto other = TestSupport::open(path);
        QVERIFY(
            !other->logIn(QStringLiteral("lan"), QStringLiteral("mật khẩu mới của Lan"), &error));
        QCOMPARE(error,
            QCoreApplication::translate("Store",
                "The account “%1” is disabled. Ask the "
                "administrator.")
                .arg(QStringLiteral("lan")));
    }

    // The role changed: Lan becomes a leader who reads Tuyệt mật.
    bool changed = false;
    withNextForm([&changed](AccountDialog *form) {
        QVERIFY(!field<QLineEdit>(form, "passwordLineEdit")->isVisible());
        choose(form, "roleComboBox", int(Access::Role::Leader));
        choose(form, "clearanceComboBox", QStringLiteral("top_secret"));
        clickSave(form);
        changed = !form->isVisible();
    });
    QTest::mouseClick(field<QPushButton>(&dialog, "changeRoleButton"), Qt::LeftButton);
    QVERIFY(changed);
    QCOMPARE(Accounts::find(*store, QStringLiteral("lan"))->role, Access::Role::Leader);
    QCOMPARE(table->item(row, 2)->text(), Access::label(Access::Role::Leader));

    // The last administrator cannot be disabled.
    QVERIFY(dialog.select(QStringLiteral("quantri")));
    QTest::mouseClick(disable, Qt::LeftButton);
    QCOMPARE(dialog.message(),
        Accounts::tr("“%1” is the last administrator: give another account that role first.")
            .arg(QStringLiteral("quantri")));
    QVERIFY(!Accounts::find(*store, QStringLiteral("quantri"))->disabled);
}

void TestAccountsDialog::aClerkCannotManageAccounts()
{
    const QString path = copyOf(m_office);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(path, Store::OpenMode::MustExist));
    m_window->show();
    QTRY_VERIFY(m_window->loginDialog());
    QString error;
    // Logged in through the window's own dialog.
    LoginDialog *login = m_window->loginDialog();
    typeText(field<QLineEdit>(login, "nameLineEdit"), QStringLiteral("lan"));
    typeText(field<QLineEdit>(login, "passwordLineEdit"), clerkPassword);
    QTest::mouseClick(field<QPushButton>(login, "logInButton"), Qt::LeftButton);
    Store *store = m_window->store();
    QVERIFY(store->account());
    QCOMPARE(store->account()->name, QStringLiteral("lan"));

    // The menu entry is disabled and says why.
    QAction *accounts = field<QAction>(m_window.get(), "accountsAction");
    QVERIFY(!accounts->isEnabled());
    QString why;
    QVERIFY(!store->allows(Access::Action::ManageAccounts, &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(accounts->toolTip(), why);

    // Asked anyway (a shortcut, a script): refused with the sentence, and logged.
    const qint64 before = refusals(path);
    QString said;
    GuiTestSupport::answerNextMessageBox(QMessageBox::Ok, &said);
    m_window->manageAccounts();
    QCOMPARE(said.trimmed(), why);
    QCOMPARE(refusals(path), before + 1);

    // The dialog itself offers nothing to a clerk, and lists nobody.
    AccountsDialog dialog(store, m_window.get());
    dialog.show();
    QCOMPARE(dialog.message(), why);
    for (const char *button : {"addButton", "resetButton", "disableButton", "changeRoleButton"})
        QVERIFY2(!field<QPushButton>(&dialog, button)->isEnabled(), button);
    QCOMPARE(field<QTableWidget>(&dialog, "accountsTableWidget")->rowCount(), 0);

    // And the store refuses the clerk's account, whatever the window does.
    Accounts::Entry friendOfLan;
    friendOfLan.name = QStringLiteral("ban_cua_lan");
    friendOfLan.role = Access::Role::Admin;
    friendOfLan.clearance = QStringLiteral("top_secret");
    QVERIFY(!Accounts::add(*store, friendOfLan, clerkPassword, &error));
    QCOMPARE(error, why);
    QVERIFY(!Accounts::find(*store, friendOfLan.name));
    QVERIFY(!Accounts::reset(*store, QStringLiteral("quantri"), clerkPassword, &error));
    QCOMPARE(refusals(path), before + 3);
    QVERIFY(TestSupport::fileValue(path,
                QStringLiteral("SELECT count(*) FROM app_user WHERE name = ?"), {friendOfLan.name})
                .toInt()
        == 0);
}

void TestAccountsDialog::theFileWarningIsPlainAndNothingIsClipped()
{
    const QString path = copyOf(m_office);
    auto store = TestSupport::open(path);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->logIn(QStringLiteral("quantri"), adminPassword, &error), qPrintable(error));
    AccountsDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A label anyone sees, not a tooltip.
    auto *warning = field<QLabel>(&dialog, "fileWarningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
        AccountsDialog::tr("With a single SQLite file, the program enforces the accounts and the "
                           "secrecy levels, but anyone who holds the file can read it with "
                           "another tool. For a shared office where the server enforces access, "
                           "use the PostgreSQL back end (a later version)."));
    QVERIFY(warning->text().contains(QStringLiteral("PostgreSQL")));
    QVERIFY(warning->height() >= warning->heightForWidth(warning->width()) - 1);
    GuiTestSupport::verifyNotClipped(&dialog, QStringLiteral("accountsdialog"));

    AccountDialog add(store.get(), AccountDialog::Mode::Add, {}, &dialog);
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    GuiTestSupport::verifyNotClipped(&add, QStringLiteral("accountdialog-add"));
    AccountDialog reset(store.get(), AccountDialog::Mode::ResetPassword,
        *Accounts::find(*store, QStringLiteral("lan")), &dialog);
    reset.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reset));
    GuiTestSupport::verifyNotClipped(&reset, QStringLiteral("accountdialog-reset"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
