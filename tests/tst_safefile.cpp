#include "teststore.h"

#include "io/safefile.h"
#include "reports/reports.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using TestSupport::digest;

namespace {
// For the length of the object, no file of this process may grow beyond `bytes`: writes past it
// fail as on a full disk (EFBIG instead of ENOSPC, the same short write for the program).
class FullDisk
{
public:
    explicit FullDisk(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FullDisk() { setrlimit(RLIMIT_FSIZE, &m_before); }

private:
    rlimit m_before;
};

} // namespace

// Every file the program writes replaces the old one only when it is whole: an ODT written on a
// full disk reported "Đã ghi" and replaced a good file by 8,192 broken bytes.
class TestSafeFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWholeFileReplacesTheOldOne();
    void aFullDiskLeavesTheOldFileAsItWas();
    void aDocumentOnAFullDiskLeavesTheOldOneAsItWas_data();
    void aDocumentOnAFullDiskLeavesTheOldOneAsItWas();
    void aFailedProducerLeavesNothing();
    void aNewFileIsReadableAsAnyOtherFile();

private:
    QStringList leftovers() const
    {
        return QDir(m_dir->path())
            .entryList({QStringLiteral(".*.part*")}, QDir::Files | QDir::Hidden);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSafeFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSafeFile::aWholeFileReplacesTheOldOne()
{
    const QString path = m_dir->filePath(QStringLiteral("notice.html"));
    QString error;
    QVERIFY2(SafeFile::write(path, "first", &error), qPrintable(error));
    QVERIFY2(SafeFile::write(path, "second, longer", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second, longer"));
    QVERIFY(leftovers().isEmpty());
}

void TestSafeFile::aFullDiskLeavesTheOldFileAsItWas()
{
    const QString path = m_dir->filePath(QStringLiteral("profile.json"));
    QString error;
    QVERIFY(SafeFile::write(path, QByteArray(4000, 'a'), &error));
    const QByteArray before = digest(path);
    {
        FullDisk full(8192);
        QVERIFY(!SafeFile::write(path, QByteArray(100000, 'b'), &error));
    }
    QVERIFY2(error.contains(QLatin1String("Nothing was replaced")), qPrintable(error));
    QCOMPARE(digest(path), before);
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(' ')));
}

void TestSafeFile::aDocumentOnAFullDiskLeavesTheOldOneAsItWas_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ODT") << "notice.odt";
    QTest::newRow("PDF") << "notice.pdf";
    QTest::newRow("HTML") << "notice.html";
}

void TestSafeFile::aDocumentOnAFullDiskLeavesTheOldOneAsItWas()
{
    QFETCH(QString, name);
    const QString file = m_dir->filePath(QStringLiteral("office.sqlite"));
    QCOMPARE(TestSupport::writeDemo(file), QString());
    auto store = TestSupport::open(file);
    QString error;
    const auto built = Reports::build(*store, QStringLiteral("conference-summary"), 1, &error);
    QVERIFY2(built, qPrintable(error));
    const QString path = m_dir->filePath(name);
    QVERIFY2(Reports::write(*built, path, &error), qPrintable(error));
    const QByteArray before = digest(path);
    {
        // Room for half of it.
        FullDisk full(rlim_t(QFileInfo(path).size() / 2));
        QVERIFY(!Reports::write(*built, path, &error));
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(digest(path), before);
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(' ')));
}

void TestSafeFile::aFailedProducerLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QString error;
    QVERIFY(!SafeFile::produce(
        path,
        [](const QString &temporary, QString *why) {
            QFile file(temporary);
            file.open(QIODevice::WriteOnly);
            file.write("half");
            *why = QStringLiteral("the copy is not sound");
            return false;
        },
        &error));
    QCOMPARE(error, QStringLiteral("the copy is not sound"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(leftovers().isEmpty());
}

// A notice exported to a shared folder was readable by its writer only (0600, the temporary
// file's permissions): a colleague could not open it. A replaced file keeps its own permissions.
void TestSafeFile::aNewFileIsReadableAsAnyOtherFile()
{
    const mode_t before = ::umask(022);
    const QString path = m_dir->filePath(QStringLiteral("notice.pdf"));
    QString error;
    QVERIFY2(SafeFile::write(path, "%PDF", &error), qPrintable(error));
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadGroup));
    QVERIFY(!QFileInfo(path).permissions().testFlag(QFileDevice::WriteOther));

    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QVERIFY2(SafeFile::write(path, "%PDF again", &error), qPrintable(error));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::ReadGroup);
    ::umask(before);
}

QTEST_MAIN(TestSafeFile)
#include "tst_safefile.moc"
