#include "teststore.h"

#include "models/directorymodels.h"
#include "models/sqllistmodel.h"
#include "storage/backup.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::dump;

using TestSupport::digest;

namespace {
// The data without the audit log, to which a restore adds its own row.
QString dataOf(const QString &path)
{
    return dump(path, {QStringLiteral("audit_log"), QStringLiteral("audit_seal")});
}

int logRows(const QString &path)
{
    return TestSupport::fileValue(path, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

// Backups work whatever the window has open, are checked before they count, and come back whole:
// "VACUUM INTO" failed ("SQL statements in progress") as soon as a list had more than 256 rows,
// and a backup copied over a file with a leftover journal gave "malformed database schema".
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backupWithABigListOpenIsACheckedCopy();
    void backupNeverOverwritesAFile();
    void restoreGivesTheBackupBackAndKeepsTheFileAsItWas();
    void restoreOverALeftoverJournalUsesOnlyTheBackup();
    void restoreIsRefusedWhileTheFileIsInUse();
    void restoreRefusesWhatIsNotAGoodBackup_data();
    void restoreRefusesWhatIsNotAGoodBackup();
    void automaticBackupsKeepTheNewest();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    QString m_file;
};

void TestBackup::init()
{
    m_clock = TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = path(QStringLiteral("office.sqlite"));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBackup::cleanup()
{
    m_dir.reset();
}

void TestBackup::backupWithABigListOpenIsACheckedCopy()
{
    auto store = TestSupport::open(m_file);
    QVERIFY(store);
    QString error;
    {
        Store::Write write(store.get());
        for (int i = 0; i < 10000; ++i)
            QVERIFY(store->insert(QStringLiteral("person"),
                {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Cán bộ %1").arg(i)}},
                &error));
        QVERIFY(write.commit(&error));
    }
    // The list has read its first page of many.
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(store.get()));
    QVERIFY(people->rowCount() > 0 && people->canFetchMore(QModelIndex()));

    const QString copy = path(QStringLiteral("backup.sqlite"));
    QVERIFY2(Backup::create(*store, copy, &error), qPrintable(error));
    QVERIFY(Backup::check(copy, &error));
    QCOMPARE(dump(copy), dump(m_file));
    QVERIFY(people->canFetchMore(QModelIndex()));
    // A copy stands alone: no journal beside it.
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
}

void TestBackup::backupNeverOverwritesAFile()
{
    auto store = TestSupport::open(m_file);
    const QString copy = path(QStringLiteral("taken.sqlite"));
    QFile taken(copy);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("not to be lost");
    taken.close();
    QString error;
    QVERIFY(!Backup::create(*store, copy, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QFile again(copy);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("not to be lost"));
}

void TestBackup::restoreGivesTheBackupBackAndKeepsTheFileAsItWas()
{
    const QString copy = path(QStringLiteral("backup.sqlite"));
    QString error;
    {
        auto store = TestSupport::open(m_file);
        QVERIFY(Backup::create(*store, copy, &error));
        // Work done after the backup.
        QVERIFY(store->insert(QStringLiteral("unit"),
            {{QStringLiteral("name"), QStringLiteral("Đơn vị sau sao lưu")}}, &error));
    }
    const QString before = dump(m_file);
    const QString backedUp = dump(copy);
    QVERIFY(before != backedUp);

    m_clock->advance(3600);
    const std::optional<QString> kept = Backup::restore(copy, m_file, m_clock->now(), &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(dataOf(m_file), dataOf(copy));
    // The log is the backup's and one row more: who restored what, when, and where the old is.
    QCOMPARE(logRows(m_file), logRows(copy) + 1);
    const QString last = QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1");
    QCOMPARE(TestSupport::fileValue(m_file, last.arg(QStringLiteral("action"))).toString(),
        QStringLiteral("restore"));
    QDateTime at = QDateTime::fromString(
        TestSupport::fileValue(m_file, last.arg(QStringLiteral("at"))).toString(),
        Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    QCOMPARE(at, m_clock->now());
    QVERIFY(TestSupport::fileValue(m_file, last.arg(QStringLiteral("changes")))
                .toString()
                .contains(QFileInfo(*kept).fileName()));
    // The file as it was is kept, whole.
    QVERIFY(QFile::exists(*kept));
    QVERIFY(kept->contains(QLatin1String("before-restore")));
    QCOMPARE(dump(*kept), before);
    // The restored file opens and is healthy.
    Store::Health health;
    QVERIFY2(Store::inspect(m_file, &health, &error), qPrintable(error));
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
    auto reopened = TestSupport::open(m_file);
    QVERIFY(reopened);
    QVERIFY(reopened->value(QStringLiteral("SELECT id FROM unit WHERE name = 'Đơn vị sau sao lưu'"))
                .isNull());
}

void TestBackup::restoreOverALeftoverJournalUsesOnlyTheBackup()
{
    const QString copy = path(QStringLiteral("backup.sqlite"));
    const QString crashed = path(QStringLiteral("crashed.sqlite"));
    QString error;
    {
        auto store = TestSupport::open(m_file);
        QVERIFY(Backup::create(*store, copy, &error));
        // Changes still in the journal, as a window killed before it checkpointed leaves them;
        // the three files are copied as they are at that moment.
        for (int i = 0; i < 50; ++i)
            store->insert(QStringLiteral("unit"),
                {{QStringLiteral("name"), QStringLiteral("Đơn vị trong nhật ký %1").arg(i)}},
                &error);
        QVERIFY(QFileInfo(m_file + QStringLiteral("-wal")).size() > 0);
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(copyFile(m_file + QLatin1String(suffix), crashed + QLatin1String(suffix)));
    }
    QVERIFY(QFile::exists(crashed + QStringLiteral("-wal")));
    QVERIFY2(Backup::restore(copy, crashed, m_clock->now(), &error), qPrintable(error));
    QVERIFY(!QFile::exists(crashed + QStringLiteral("-wal")));
    QCOMPARE(dataOf(crashed), dataOf(copy));
    auto reopened = TestSupport::open(crashed);
    QVERIFY(reopened);
    QCOMPARE(reopened
                 ->value(QStringLiteral("SELECT count(*) FROM unit WHERE name LIKE "
                                        "'Đơn vị trong nhật ký%'"))
                 .toInt(),
        0);
}

void TestBackup::restoreIsRefusedWhileTheFileIsInUse()
{
    const QString copy = path(QStringLiteral("backup.sqlite"));
    QString error;
    auto store = TestSupport::open(m_file);
    QVERIFY(Backup::create(*store, copy, &error));
    // This process has it open.
    QVERIFY(!Backup::restore(copy, m_file, m_clock->now(), &error));
    QVERIFY2(error.contains(QLatin1String("Close the database")), qPrintable(error));
    store.reset();
    // Another program has it open.
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_file);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("SELECT count(*) FROM person"));
        const QByteArray before = digest(m_file);
        QVERIFY(!Backup::restore(copy, m_file, m_clock->now(), &error));
        QVERIFY2(error.contains(QLatin1String("another window or program")), qPrintable(error));
        QCOMPARE(digest(m_file), before);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestBackup::restoreRefusesWhatIsNotAGoodBackup_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("a text file") << QByteArray("Danh sách đại biểu")
                                 << "not a Secretariat database";
    QTest::newRow("an empty file") << QByteArray() << "empty";
    QTest::newRow("a database cut short") << QByteArray("cut") << "damaged";
}

void TestBackup::restoreRefusesWhatIsNotAGoodBackup()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sentence);
    const QString bad = path(QStringLiteral("bad.sqlite"));
    if (content == "cut") {
        QVERIFY(QFile::copy(m_file, bad));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    } else {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString before = dump(m_file);
    QString error;
    QVERIFY(!Backup::restore(bad, m_file, m_clock->now(), &error));
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QCOMPARE(dump(m_file), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
}

void TestBackup::automaticBackupsKeepTheNewest()
{
    auto store = TestSupport::open(m_file);
    QString error;
    Backup::Settings settings;
    settings.keep = 3;
    QVERIFY2(Backup::saveSettings(*store, settings, &error), qPrintable(error));
    QVERIFY(Backup::dailyDue(*store));
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        const auto backup = Backup::automatic(*store, &error);
        QVERIFY2(backup, qPrintable(error));
        made << *backup;
        m_clock->advance(3600);
    }
    const QStringList kept = Backup::automaticBackups(*store);
    QCOMPARE(kept.size(), 3);
    // Newest first: the last three made.
    QCOMPARE(kept, QStringList({made.at(4), made.at(3), made.at(2)}));
    QVERIFY(!QFile::exists(made.at(0)));
    QVERIFY(QFileInfo(kept.first()).absolutePath().endsWith(QLatin1String("backups")));
    // Made an hour ago: the daily backup is not due; a day later it is.
    QVERIFY(!Backup::dailyDue(*store));
    m_clock->advance(24 * 3600);
    QVERIFY(Backup::dailyDue(*store));
    // Two in the same second each keep their own file.
    const auto first = Backup::automatic(*store, &error);
    const auto second = Backup::automatic(*store, &error);
    QVERIFY(first && second && *first != *second);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
