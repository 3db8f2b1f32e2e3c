// File › Connect to server…: the fields and what they remember (never the password), a failed
// connection that keeps what was typed, an empty database filled only when asked, and the
// password the server asks for when an address gave none.

#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/settings/serverdialog.h"
#include "storage/store.h"
#include "guitestsupport.h"
#include "testserver.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

// Types an address's parts into the dialog, the password too.
void typeAddress(ServerDialog *dialog, const QUrl &address, const QString &password)
{
    for (const auto &[name, text] :
        {std::pair {"hostLineEdit", address.host()}, {"databaseLineEdit", address.path().mid(1)},
            {"accountLineEdit", address.userName()}, {"passwordLineEdit", password}}) {
        auto *edit = field<QLineEdit>(dialog, name);
        edit->clear();
        typeText(edit, text);
    }
    field<QSpinBox>(dialog, "portSpinBox")->setValue(address.port());
}

// Everything the program's settings on this PC hold, as text.
QString settingsText()
{
    QString text;
    QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fieldsStartEmptyOnTheUsualPort();
    void theAddressEscapesEveryPart();
    void aFailedConnectionKeepsWhatWasTyped();
    void aConnectionRemembersAllButThePassword();
    void anEmptyDatabaseIsFilledOnlyWhenAsked();
    void theWindowAsksForAMissingPassword();
    void theDialogIsNotClipped();
};

void TestServerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    // Only what the test types: no password from the environment or a file.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/pgpass"));
}

void TestServerDialog::init()
{
    QSettings(QSettings::UserScope, QCoreApplication::applicationName(),
        QCoreApplication::applicationName())
        .clear();
}

void TestServerDialog::fieldsStartEmptyOnTheUsualPort()
{
    ServerDialog dialog;
    QCOMPARE(field<QSpinBox>(&dialog, "portSpinBox")->value(), 5432);
    for (const char *name : {"hostLineEdit", "databaseLineEdit", "accountLineEdit"})
        QVERIFY(field<QLineEdit>(&dialog, name)->text().isEmpty());
    auto *password = field<QLineEdit>(&dialog, "passwordLineEdit");
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.message().isEmpty());
    QVERIFY(!dialog.takeStore());
    // Connect with nothing typed says what is missing.
    QVERIFY(!dialog.connectToServer());
    QVERIFY(!dialog.message().isEmpty());
}

void TestServerDialog::theAddressEscapesEveryPart()
{
    ServerDialog dialog;
    const QString password = QStringLiteral("p@ss:w/rd %20#?&mật");
    const QUrl typed(QStringLiteral("postgresql://l%C3%A2m%40vp@db.tinhuy.vn:6543/vp_tu"));
    typeAddress(&dialog, typed, password);
    QCOMPARE(field<QLineEdit>(&dialog, "accountLineEdit")->text(), QStringLiteral("lâm@vp"));
    const QUrl connection(dialog.address(true), QUrl::StrictMode);
    QVERIFY2(connection.isValid(), qPrintable(connection.errorString()));
    QCOMPARE(connection.password(), password);
    QCOMPARE(connection.userName(), QStringLiteral("lâm@vp"));
    QCOMPARE(connection.host(), QStringLiteral("db.tinhuy.vn"));
    QCOMPARE(connection.port(), 6543);
    QCOMPARE(connection.path(), QStringLiteral("/vp_tu"));
    // The address shown has no password.
    const QString shown = dialog.address();
    QVERIFY(QUrl(shown).password().isEmpty());
    QVERIFY2(!shown.contains(QLatin1String("p%40ss")) && !shown.contains(QLatin1String("p@ss")),
        qPrintable(shown));
}

void TestServerDialog::aFailedConnectionKeepsWhatWasTyped()
{
    // A port nothing listens on: tcpmux's, long unused.
    const int port = 1;
    ServerDialog dialog;
    dialog.show();
    const QString password = QStringLiteral("mật khẩu");
    QUrl address;
    address.setScheme(QStringLiteral("postgresql"));
    address.setHost(QStringLiteral("127.0.0.1"));
    address.setPort(port);
    address.setUserName(QStringLiteral("lan"));
    address.setPath(QStringLiteral("/vanphong"));
    typeAddress(&dialog, address, password);
    QTest::mouseClick(field<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeStore());
    // The server's sentence names the address tried, and not the password.
    QVERIFY2(dialog.message().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(dialog.message()));
    QVERIFY(!dialog.message().contains(password));
    QCOMPARE(field<QLineEdit>(&dialog, "hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(field<QSpinBox>(&dialog, "portSpinBox")->value(), port);
    QCOMPARE(field<QLineEdit>(&dialog, "databaseLineEdit")->text(), QStringLiteral("vanphong"));
    QCOMPARE(field<QLineEdit>(&dialog, "accountLineEdit")->text(), QStringLiteral("lan"));
    QCOMPARE(field<QLineEdit>(&dialog, "passwordLineEdit")->text(), password);
    // What did not connect is not remembered.
    ServerDialog next;
    QVERIFY(field<QLineEdit>(&next, "hostLineEdit")->text().isEmpty());
}

void TestServerDialog::aConnectionRemembersAllButThePassword()
{
    const QUrl server(TestSupport::newServerDatabase());
    QVERIFY2(
        !server.isEmpty(), "no PostgreSQL test server (run through ctest, or see testserver.h)");
    {
        Store store;
        QString error;
        QVERIFY2(
            store.open(server.toString(), Store::OpenMode::CreateNew, &error), qPrintable(error));
    }
    ServerDialog dialog;
    dialog.show();
    typeAddress(&dialog, server, server.password());
    QTest::mouseClick(field<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store && store->onServer());
    QVERIFY(!store->path().contains(server.password()));

    ServerDialog next;
    QCOMPARE(field<QLineEdit>(&next, "hostLineEdit")->text(), server.host());
    QCOMPARE(field<QSpinBox>(&next, "portSpinBox")->value(), server.port());
    QCOMPARE(field<QLineEdit>(&next, "databaseLineEdit")->text(), server.path().mid(1));
    QCOMPARE(field<QLineEdit>(&next, "accountLineEdit")->text(), server.userName());
    QVERIFY(field<QLineEdit>(&next, "passwordLineEdit")->text().isEmpty());
    const QString remembered = settingsText();
    QVERIFY2(remembered.contains(server.path().mid(1)), qPrintable(remembered));
    QVERIFY(!remembered.contains(server.password()));
}

void TestServerDialog::anEmptyDatabaseIsFilledOnlyWhenAsked()
{
    const QUrl server(TestSupport::newServerDatabase());
    QVERIFY2(
        !server.isEmpty(), "no PostgreSQL test server (run through ctest, or see testserver.h)");
    ServerDialog dialog;
    typeAddress(&dialog, server, server.password());
    QString question;
    GuiTestSupport::answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!dialog.connectToServer());
    QVERIFY2(question.contains(server.path().mid(1)), qPrintable(question));
    QVERIFY(!dialog.message().isEmpty());
    {
        // Nothing was made.
        Store look;
        QString error;
        QVERIFY(!look.open(server.toString(), Store::OpenMode::MustExist, &error));
        QCOMPARE(look.openProblem(), Store::OpenProblem::EmptyServerDatabase);
    }
    GuiTestSupport::answerNextMessageBox(QMessageBox::Yes);
    QVERIFY2(dialog.connectToServer(), qPrintable(dialog.message()));
    const std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->value(QStringLiteral("SELECT secretariat_schema_version()")).toInt(),
        Store::schemaVersion);
}

void TestServerDialog::theWindowAsksForAMissingPassword()
{
    QUrl server(TestSupport::newServerDatabase());
    QVERIFY2(
        !server.isEmpty(), "no PostgreSQL test server (run through ctest, or see testserver.h)");
    const QString password = server.password();
    {
        Store store;
        QString error;
        QVERIFY2(
            store.open(server.toString(), Store::OpenMode::CreateNew, &error), qPrintable(error));
    }
    server.setPassword(QString());
    const QString given = server.toString();
    MainWindow window;
    window.show();
    QString error;
    QVERIFY(!window.openDatabase(given, Store::OpenMode::MustExist, &error));
    QCOMPARE(window.openProblem(), Store::OpenProblem::PasswordMissing);
    QVERIFY(!window.store());

    // The dialog comes filled from the address, waiting for the password; Connect without one
    // says the server wants it.
    QString account;
    bool asked = false;
    QString none; // the sentence after no password
    QString wrong; // the sentence after a wrong password, the dialog still open
    std::function<void()> answer;
    answer = [&] {
        auto *dialog = qobject_cast<ServerDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(0, answer);
            return;
        }
        asked = true;
        account = field<QLineEdit>(dialog, "accountLineEdit")->text();
        auto *edit = field<QLineEdit>(dialog, "passwordLineEdit");
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        none = dialog->message();
        // A wrong password then: the server's sentence, the dialog still open.
        typeText(edit, QStringLiteral("sai"));
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        if (dialog->isVisible())
            wrong = dialog->message();
        edit->clear();
        typeText(edit, password);
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    };
    QTimer::singleShot(0, answer);
    QVERIFY(window.connectToServer(given));
    QVERIFY(asked);
    QCOMPARE(account, server.userName());
    QCOMPARE(none, ServerDialog::tr("The server asks for the password of this account."));
    QVERIFY(!wrong.isEmpty() && wrong != none);
    QVERIFY(!wrong.contains(password));
    QVERIFY(window.store() && window.store()->onServer());
    QVERIFY(!window.store()->path().contains(password));
    QVERIFY(!window.windowTitle().contains(password));
}

void TestServerDialog::theDialogIsNotClipped()
{
    ServerDialog dialog;
    dialog.show();
    GuiTestSupport::verifyNotClipped(&dialog, QStringLiteral("serverdialog"));
    dialog.setAddress(QStringLiteral("postgresql://lan@192.168.1.10/vanphong"));
    GuiTestSupport::verifyNotClipped(&dialog, QStringLiteral("serverdialog-password"));
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
