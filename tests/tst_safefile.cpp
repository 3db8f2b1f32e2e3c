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
    void aWrittenFileIsItsOwnersOnly();

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

// A notice exported to a shared folder was readable by everyone who could list the folder; it
// may be a secret record's document (issue 12). Written files are their owner's only (0600),
// a new file as well as one that replaces a file others could read.
void TestSafeFile::aWrittenFileIsItsOwnersOnly()
{
    const mode_t before = ::umask(022);
    const QString path = m_dir->filePath(QStringLiteral("notice.pdf"));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
        | QFileDevice::ExeUser | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    const auto others = [&path] {
        return QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther);
    };
    QString error;
    QVERIFY2(SafeFile::write(path, "%PDF", &error), qPrintable(error));
    QCOMPARE(
        QFileInfo(path).permissions() & all & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        ownerOnly);
    QCOMPARE(others(), QFileDevice::Permissions());

    QVERIFY(
        QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(SafeFile::write(path, "%PDF again", &error), qPrintable(error));
    QCOMPARE(others(), QFileDevice::Permissions());

    // SQLite's backup makes its file itself, with the usual permissions.
    const QString backup = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY2(SafeFile::produce(
                 backup,
                 [](const QString &temporary, QString *) {
                     QFile file(temporary);
                     if (!file.open(QIODevice::WriteOnly) || file.write("bytes") != 5)
                         return false;
                     file.close();
                     return QFile::setPermissions(temporary,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(QFileInfo(backup).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    ::umask(before);
}

QTEST_MAIN(TestSafeFile)
#include "tst_safefile.moc"
