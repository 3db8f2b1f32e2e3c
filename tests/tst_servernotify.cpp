// Another PC's save reaches this one: a commit on the server is announced to every other
// connection to the database (and not to the one that made it, which knows), and the window's
// lists show the new rows. The window on a server offers nothing that only a file can do.

#include "core/catalogue.h"
#include "gui/conferences/conferencespage.h"
#include "gui/mainwindow.h"
#include "models/sqllistmodel.h"
#include "storage/store.h"
#include "guitestsupport.h"
#include "testserver.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace {

// The tables a store heard of as another connection's changes.
QStringList externalTables(const QSignalSpy &spy)
{
    QStringList tables;
    for (const QList<QVariant> &signal : spy) {
        if (signal.at(1).toBool())
            tables << signal.at(0).toString();
    }
    return tables;
}

bool insertConference(Store *store, const QString &title, QString *error)
{
    Store::Write write(store);
    if (!write.isActive()) {
        *error = write.errorString();
        return false;
    }
    return store->insert(QStringLiteral("conference"),
               {{QStringLiteral("kind"), QStringLiteral("final_review")},
                   {QStringLiteral("title"), title}},
               error)
        && write.commit(error);
}

QStringList titles(const SqlListModel *model)
{
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 1; column < model->columnCount(); ++column)
            shown << model->index(row, column).data().toString();
    }
    return shown;
}

} // namespace

class TestServerNotify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherConnectionsCommitIsAnnounced();
    void theWindowShowsAnotherPcsNewRow();
    void theWindowOnAServerOffersNoFileChores();

private:
    QString m_url; // a database with Secretariat's tables
};

void TestServerNotify::initTestCase()
{
    m_url = TestSupport::newServerDatabase();
    QVERIFY2(
        !m_url.isEmpty(), "no PostgreSQL test server (run through ctest, or see testserver.h)");
    Store store;
    QString error;
    QVERIFY2(store.open(m_url, Store::OpenMode::CreateNew, &error), qPrintable(error));
}

void TestServerNotify::anotherConnectionsCommitIsAnnounced()
{
    Store first;
    Store second;
    QString error;
    QVERIFY2(first.open(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY2(second.open(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    QSignalSpy firstHeard(&first, &Store::changed);
    QSignalSpy secondHeard(&second, &Store::changed);

    QVERIFY2(insertConference(&first, QStringLiteral("Hội nghị sơ kết quý I"), &error),
        qPrintable(error));
    // The writer knows its own change at once, as its own.
    QVERIFY(firstHeard.contains(QVariantList {QStringLiteral("conference"), false}));
    QTRY_VERIFY(externalTables(secondHeard).contains(QStringLiteral("conference")));
    QVERIFY(!secondHeard.contains(QVariantList {QStringLiteral("conference"), false}));

    // A write through the second, of another table. The server tells each connection its
    // commits in order: once the first has heard of this one, it has heard of its own too.
    {
        Store::Write write(&second);
        QVERIFY2(write.isActive(), qPrintable(write.errorString()));
        QVERIFY2(second.insert(QStringLiteral("unit"),
                     {{QStringLiteral("name"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy")}}, &error),
            qPrintable(error));
        QVERIFY2(write.commit(&error), qPrintable(error));
    }
    QTRY_VERIFY(externalTables(firstHeard).contains(QStringLiteral("unit")));
    QVERIFY2(!externalTables(firstHeard).contains(QStringLiteral("conference")),
        qPrintable(externalTables(firstHeard).join(QLatin1Char(' '))));
}

void TestServerNotify::theWindowShowsAnotherPcsNewRow()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    window.show();
    window.showPage(QObject::tr("Conferences"));
    const SqlListModel *list = window.conferencesPage()->listModel();
    const QString title = QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12");
    QVERIFY(!titles(list).contains(title));

    // Another PC: a connection of its own.
    Store other;
    QVERIFY2(other.open(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY2(insertConference(&other, title, &error), qPrintable(error));
    QTRY_VERIFY(titles(list).contains(title));
    // The status bar's counts follow too.
    const int conferences = other.value(QStringLiteral("SELECT count(*) FROM conference")).toInt();
    QTRY_VERIFY2(window.statusCounts().contains(
                     Catalogue::tableCount(QStringLiteral("conference"), conferences)),
        qPrintable(window.statusCounts()));
}

void TestServerNotify::theWindowOnAServerOffersNoFileChores()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    const QUrl address(m_url);
    QVERIFY(!address.password().isEmpty());
    // The address everywhere, the password nowhere.
    const QString shown = window.store()->path();
    QVERIFY2(shown.startsWith(QLatin1String("postgresql://")), qPrintable(shown));
    QVERIFY(shown.endsWith(address.path()));
    QVERIFY(window.windowTitle().contains(shown));
    const QList<QLabel *> status = window.statusBar()->findChildren<QLabel *>();
    bool inStatus = false;
    for (const QLabel *label : status) {
        QVERIFY(!label->text().contains(address.password()));
        QVERIFY(!label->toolTip().contains(address.password()));
        inStatus = inStatus || label->text().contains(shown);
    }
    QVERIFY(inStatus);
    QVERIFY(!window.windowTitle().contains(address.password()));

    // A server is backed up by its administrator: the file's copies are not offered.
    for (const char *name : {"backupAction", "restoreAction", "backupSettingsAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QLatin1String("pg_dump")), name);
    }
    QVERIFY(window.findChild<QAction *>(QStringLiteral("connectServerAction"))->isEnabled());
    // … and refused when asked for all the same.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    QString refusal;
    GuiTestSupport::answerNextMessageBox(QMessageBox::Ok, &refusal);
    QVERIFY(!window.backup(target));
    QVERIFY2(refusal.contains(QLatin1String("pg_dump")), qPrintable(refusal));
    QVERIFY(!QFile::exists(target));

    // Opening a file that fails leaves the window on the server (it could not connect again
    // without the password).
    QVERIFY(!window.openDatabase(
        dir.filePath(QStringLiteral("missing.sqlite")), Store::OpenMode::MustExist, &error));
    QVERIFY(window.store());
    QCOMPARE(window.store()->path(), shown);
}

QTEST_MAIN(TestServerNotify)
#include "tst_servernotify.moc"
