#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/common/filedialogs.h"
#include "gui/mainwindow.h"
#include "io/delegatecsv.h"
#include "reports/formatprofile.h"
#include "storage/attachmentstore.h"
#include "storage/livefiles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

// SQLite keeps its locks on the database and on its -shm file as POSIX locks, which the process
// loses as soon as it closes any handle of those files. Qt's file dialog read the first bytes of
// every file it listed (to choose an icon and a type), the database's -wal and -shm files too:
// after File › Back up… (even cancelled) the window held no lock, and a second window's saves
// were lost when the first one saved and quit. No file dialog of the program may open them.
class TestFileLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFileDialogLeavesTheLocksInPlace_data();
    void everyFileDialogLeavesTheLocksInPlace();
    void backupFromTheMenuLeavesTheLocksInPlace();
    void theLiveFilesAreNeverReadAsUserFiles();
    void fileDialogsWriteDatesInTheInterfaceLanguage();

private:
    // Locks on the database and on its shared memory, held by this process.
    std::pair<int, int> locks() const
    {
        return {TestSupport::locksHeld(m_file),
            TestSupport::locksHeld(m_file + QStringLiteral("-shm"))};
    }
    // Runs `open` (which shows a modal file dialog) and closes the dialog once it has listed the
    // database's folder and had time to look at the files.
    void whileListed(const std::function<void()> &open);

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestFileLocks::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The locks are read from /proc/locks, which only Linux has.");
#endif
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestFileLocks::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->show();
    // A read lists the -wal and -shm files beside the database.
    m_window->store()->value(QStringLiteral("SELECT count(*) FROM person"));
    QVERIFY(QFile::exists(m_file + QStringLiteral("-shm")));
    const auto [database, shared] = locks();
    QVERIFY2(database > 0 && shared > 0, "the window holds no lock to begin with");
}

void TestFileLocks::cleanup()
{
    m_window.reset();
}

void TestFileLocks::whileListed(const std::function<void()> &open)
{
    QTimer::singleShot(0, [] {
        // Poll for the dialog; once its file model has listed the folder (or a second has
        // passed), give it time to look at the files, then close it.
        auto *poll = new QTimer;
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, poll, [poll] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            const auto close = [dialog, poll] {
                QTimer::singleShot(800, dialog, [dialog, poll] {
                    dialog->reject();
                    poll->deleteLater();
                });
            };
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (model)
                QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog, close,
                    Qt::SingleShotConnection);
            QTimer::singleShot(1000, dialog, [dialog] { dialog->reject(); });
        });
        poll->start();
    });
    open();
}

void TestFileLocks::everyFileDialogLeavesTheLocksInPlace_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("open") << 0;
    QTest::newRow("open several") << 1;
    QTest::newRow("save") << 2;
    QTest::newRow("folder") << 3;
}

void TestFileLocks::everyFileDialogLeavesTheLocksInPlace()
{
    QFETCH(int, which);
    const QString folder = m_dir.path();
    whileListed([&] {
        switch (which) {
        case 0:
            FileDialogs::openFile(
                m_window.get(), QStringLiteral("Mở"), folder, QStringLiteral("Mọi tệp (*)"));
            break;
        case 1:
            FileDialogs::openFiles(
                m_window.get(), QStringLiteral("Mở"), folder, QStringLiteral("Mọi tệp (*)"));
            break;
        case 2:
            FileDialogs::saveFile(m_window.get(), QStringLiteral("Lưu"),
                QDir(folder).filePath(QStringLiteral("copy.sqlite")),
                QStringLiteral("Mọi tệp (*)"));
            break;
        default:
            FileDialogs::chooseFolder(m_window.get(), QStringLiteral("Thư mục"), folder);
        }
    });
    const auto [database, shared] = locks();
    QVERIFY2(database > 0, "the database's lock was lost");
    QVERIFY2(shared > 0, "the shared-memory locks were lost");
}

void TestFileLocks::backupFromTheMenuLeavesTheLocksInPlace()
{
    whileListed([this] { QVERIFY(!m_window->backup()); });
    const auto [database, shared] = locks();
    QVERIFY(database > 0 && shared > 0);
    // Restore's dialog too.
    whileListed([this] { QVERIFY(!m_window->restore()); });
    QVERIFY(locks().first > 0 && locks().second > 0);
}

void TestFileLocks::theLiveFilesAreNeverReadAsUserFiles()
{
    // Attaching, importing or reading a profile from one of the database's own files is
    // refused before any handle is opened.
    for (const QString &path :
        {m_file, m_file + QStringLiteral("-wal"), m_file + QStringLiteral("-shm")}) {
        QVERIFY(LiveFiles::isLive(path));
        QString error;
        QVERIFY(!AttachmentStore::readFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("Sao lưu")), qPrintable(error));
        QVERIFY(!DelegateCsv::read(path, *m_window->store(), 1, &error));
        QVERIFY(!FormatProfile::importFrom(path, &error));
    }
    QVERIFY(locks().first > 0 && locks().second > 0);
    QVERIFY(!LiveFiles::isLive(m_dir.filePath(QStringLiteral("other.sqlite"))));
}

void TestFileLocks::fileDialogsWriteDatesInTheInterfaceLanguage()
{
    // Qt's file model writes dates in the system's language ("1 Dec"); the dialogs follow the
    // interface's.
    QString shown;
    const QString name = QFileInfo(m_file).fileName();
    QTimer::singleShot(0, [&shown, name] {
        auto *poll = new QTimer;
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, &shown, name] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *view = dialog ? dialog->findChild<QAbstractItemView *>(QStringLiteral("treeView"))
                                : nullptr;
            if (!view || !view->model())
                return;
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
                if (model->index(row, 0, view->rootIndex()).data().toString() == name)
                    shown = model->index(row, 3, view->rootIndex()).data().toString();
            }
            if (shown.isEmpty())
                return;
            poll->stop();
            poll->deleteLater();
            dialog->reject();
        });
        poll->start();
    });
    FileDialogs::openFile(
        m_window.get(), QStringLiteral("Mở"), m_dir.path(), QStringLiteral("Mọi tệp (*)"));
    QVERIFY(!shown.isEmpty());
    const QDateTime modified = QFileInfo(m_file).lastModified();
    QCOMPARE(shown,
        QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(modified, QLocale::ShortFormat));
}

QTEST_MAIN(TestFileLocks)
#include "tst_filelocks.moc"
