#include "cli/demodata.h"
#include "storage/attachmentstore.h"
#include "storage/databasecopy.h"
#include "storage/store.h"
#include "testserver.h"
#include "teststore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

namespace {

// A plain connection to a file of its own, for changing it as another program would.
class FileConnection
{
public:
    explicit FileConnection(const QString &path)
        : m_name(QStringLiteral("plain-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~FileConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }

private:
    QString m_name;
};

// The server database's tables, the program's or anyone's (0: it is empty).
qint64 serverTables(const QString &url)
{
    return TestSupport::fileValue(url,
        QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                       "c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN "
                       "('pg_catalog', 'information_schema', 'pg_toast')"))
        .toLongLong();
}

} // namespace

class TestCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTableIsCopied();
    void fileToServerToFile();
    void refusedIntoAServerWithData();
    void failureLeavesTheServerEmpty();
    void failureLeavesNoFile();
    void aChangedValueFailsTheCopy();
    void refusedIntoAnExistingFile();
    void commandLine();

private:
    struct Copied
    {
        bool ok = false;
        QString error;
        DatabaseCopy::Summary summary;
    };
    static Copied copy(const QString &source, const QString &target);
    static std::optional<QVector<DatabaseCopy::Figures>> figures(const QString &location);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

TestCopy::Copied TestCopy::copy(const QString &source, const QString &target)
{
    Copied result;
    Store store;
    if (!store.open(source, Store::OpenMode::ReadOnly, &result.error))
        return result;
    result.ok = DatabaseCopy::copy(store, target, &result.summary, &result.error);
    return result;
}

std::optional<QVector<DatabaseCopy::Figures>> TestCopy::figures(const QString &location)
{
    Store store;
    QString error;
    if (!store.open(location, Store::OpenMode::ReadOnly, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return DatabaseCopy::figures(store, &error);
}

void TestCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestSupport::fixClock();
    QVERIFY(!TestSupport::serverUrl().isEmpty());
    m_demo = path(QStringLiteral("demo.sqlite"));
    // The demo as `secretariat demo` writes it: with its documents issued (register entries
    // and their kept files).
    Store store;
    QString error;
    QVERIFY2(store.open(m_demo, Store::OpenMode::CreateNew, &error)
            && DemoData::populate(store, &error, DemoData::Issue::Documents),
        qPrintable(error));
    // An attachment of every byte value, and a unit under one written after it (a reference to
    // a later row of the same table).
    QByteArray bytes("%PDF-1.4\n");
    for (int i = 0; i < 4096; ++i)
        bytes += char(i % 256);
    QVERIFY2(AttachmentStore::add(store, QStringLiteral("conference_id"), 1,
                 QStringLiteral("Biên bản hội nghị.pdf"), QStringLiteral("minutes"), bytes, &error),
        qPrintable(error));
    const auto branch = store.insert(
        QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Chi bộ Tổ 5")}}, &error);
    const auto above = store.insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng bộ phường Điện Biên")}}, &error);
    QVERIFY2(branch && above, qPrintable(error));
    const auto record = store.read(QStringLiteral("unit"), *branch);
    QVERIFY(record);
    QVERIFY(store.update(*record, {{QStringLiteral("parent_id"), *above}}).ok());
}

void TestCopy::everyTableIsCopied()
{
    // Every table of a file but the full-text indexes' (which the target's triggers fill).
    QStringList tables;
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_demo, Store::OpenMode::ReadOnly, &error), qPrintable(error));
        auto query = store.select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                 "'table' AND name NOT LIKE 'sqlite_%'"));
        QVERIFY(query);
        while (query->next()) {
            const QString name = query->value(0).toString();
            if (std::none_of(Catalogue::searchIndexes().cbegin(), Catalogue::searchIndexes().cend(),
                    [&name](const Catalogue::SearchIndex &index) {
                        return name.startsWith(index.name());
                    }))
                tables << name;
        }
    }
    QStringList copied = DatabaseCopy::tables();
    tables.sort();
    copied.sort();
    QCOMPARE(copied, tables);
    // Each after the tables it refers to.
    const QStringList order = DatabaseCopy::tables();
    QVERIFY(order.indexOf(QStringLiteral("commendation_form"))
        < order.indexOf(QStringLiteral("stat_indicator")));
    QVERIFY(order.indexOf(QStringLiteral("document_register"))
        < order.indexOf(QStringLiteral("issued_document")));
}

void TestCopy::fileToServerToFile()
{
    const QString server = TestSupport::newServerDatabase();
    QVERIFY(!server.isEmpty());
    const QString back = path(QStringLiteral("back.sqlite"));

    const Copied there = copy(m_demo, server);
    QVERIFY2(there.ok, qPrintable(there.error));
    const Copied again = copy(server, back);
    QVERIFY2(again.ok, qPrintable(again.error));
    qInfo("demo file -> server: %lld rows in %lld ms; server -> file: %lld ms", there.summary.rows,
        there.summary.milliseconds, again.summary.milliseconds);

    QVERIFY(there.summary.rows > 500);
    QCOMPARE(again.summary.tables, there.summary.tables);
    const auto source = figures(m_demo);
    const auto onServer = figures(server);
    const auto result = figures(back);
    QVERIFY(source && onServer && result);
    QCOMPARE(*source, there.summary.tables);
    QCOMPARE(*onServer, *source);
    QCOMPARE(*result, *source);
    // The register's files, the attachments' bytes and the audit log came along.
    for (const char *table : {"document_register", "issued_document", "attachment_content",
             "audit_log", "commendation_recipient"}) {
        const auto found = std::find_if(
            source->cbegin(), source->cend(), [table](const DatabaseCopy::Figures &figures) {
                return figures.table == QLatin1String(table);
            });
        QVERIFY2(found != source->cend() && found->rows > 0, table);
    }
    QCOMPARE(TestSupport::dump(back), TestSupport::dump(m_demo));

    // The audit chain verifies on both copies; `check` passes on the file.
    Store::Health health;
    QString error;
    QVERIFY2(Store::inspect(back, &health, &error), qPrintable(error));
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
    Store store;
    QVERIFY2(store.open(server, Store::OpenMode::MustExist, &error), qPrintable(error));
    QCOMPARE(store.verifyAuditLog(), QStringList());

    // The server's own full-text index was filled from the rows: a search finds what it finds
    // in the file.
    Store file;
    QVERIFY2(file.open(m_demo, Store::OpenMode::ReadOnly, &error), qPrintable(error));
    const auto found = [](const Store &in, const QString &text) {
        QVariantList values;
        const QString sql = in.dialect().searchQuery(
            *Catalogue::searchIndex(QStringLiteral("person")), text, &values);
        QList<qint64> ids;
        auto query = in.select(sql, values);
        while (query && query->next())
            ids << query->value(0).toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    for (const QString &text : {QStringLiteral("nguyen"), QStringLiteral("thanh hoa")}) {
        const QList<qint64> expected = found(file, text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found(store, text), expected);
    }

    // New rows on the server take ids after the copied ones.
    const qint64 largest = store.value(QStringLiteral("SELECT max(id) FROM unit")).toLongLong();
    const auto id = store.insert(
        QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Chi bộ mới")}}, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(*id, largest + 1);
    QCOMPARE(store.verifyAuditLog(), QStringList());
}

void TestCopy::refusedIntoAServerWithData()
{
    const QString server = TestSupport::newServerDatabase();
    QVERIFY(!server.isEmpty());
    QVERIFY2(copy(m_demo, server).ok, "the first copy");
    const auto before = figures(server);
    QVERIFY(before);
    const Copied second = copy(m_demo, server);
    QVERIFY(!second.ok);
    QVERIFY2(second.error.contains(QLatin1String("already holds Secretariat data")),
        qPrintable(second.error));
    QCOMPARE(*figures(server), *before);

    // Another program's tables are not Secretariat's to replace either.
    const QString other = TestSupport::newServerDatabase();
    {
        const QString name = QStringLiteral("other");
        {
            QSqlDatabase db = TestSupport::serverConnection(other, name);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE ledger (id integer)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Copied refused = copy(m_demo, other);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("another program")), qPrintable(refused.error));
    QCOMPARE(serverTables(other), qint64(1));
}

void TestCopy::failureLeavesTheServerEmpty()
{
    // A value SQLite keeps and the server refuses, in a table copied late: the copy fails
    // half-way, after hundreds of rows were written.
    const QString bad = path(QStringLiteral("bad.sqlite"));
    QVERIFY(QFile::copy(m_demo, bad));
    {
        FileConnection file(bad);
        QVERIFY(file.exec(QStringLiteral("INSERT INTO setting (key, value, version) VALUES "
                                         "('copy.test', 'x', 'many')")));
    }
    const QString server = TestSupport::newServerDatabase();
    QVERIFY(!server.isEmpty());
    const Copied failed = copy(bad, server);
    QVERIFY(!failed.ok);
    QVERIFY2(
        failed.error.startsWith(QLatin1String("Nothing was copied")), qPrintable(failed.error));
    QCOMPARE(serverTables(server), qint64(0));
    QCOMPARE(TestSupport::fileValue(
                 server, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'main'"))
                 .toLongLong(),
        qint64(0));
    // Empty as it was: a good copy goes in afterwards.
    const Copied good = copy(m_demo, server);
    QVERIFY2(good.ok, qPrintable(good.error));
}

void TestCopy::failureLeavesNoFile()
{
    // A source whose table has a column the program's schema lacks: refused after the target
    // file was made, which is removed.
    const QString odd = path(QStringLiteral("odd.sqlite"));
    QVERIFY(QFile::copy(m_demo, odd));
    {
        FileConnection file(odd);
        QVERIFY(file.exec(QStringLiteral("ALTER TABLE setting ADD COLUMN extra TEXT")));
    }
    const QString target = path(QStringLiteral("never.sqlite"));
    const Copied failed = copy(odd, target);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QLatin1String("setting")), qPrintable(failed.error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

void TestCopy::aChangedValueFailsTheCopy()
{
    // SQLite keeps bytes in a text column; the server would store them as the text of their
    // escape: the read-back finds the difference and names the table.
    const QString odd = path(QStringLiteral("bytes.sqlite"));
    QVERIFY(QFile::copy(m_demo, odd));
    {
        FileConnection file(odd);
        QVERIFY(file.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                         "('copy.bytes', X'e1baa1')")));
    }
    const QString server = TestSupport::newServerDatabase();
    QVERIFY(!server.isEmpty());
    const Copied failed = copy(odd, server);
    QVERIFY(!failed.ok);
    QVERIFY2(
        failed.error.contains(QLatin1String("table setting differ")), qPrintable(failed.error));
    QCOMPARE(serverTables(server), qint64(0));
}

void TestCopy::refusedIntoAnExistingFile()
{
    const QString target = path(QStringLiteral("existing.sqlite"));
    QVERIFY(QFile::copy(m_demo, target));
    const QByteArray before = TestSupport::digest(target);
    const QByteArray source = TestSupport::digest(m_demo);
    const Copied refused = copy(m_demo, target);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("already exists")), qPrintable(refused.error));
    QCOMPARE(TestSupport::digest(target), before);
    QCOMPARE(TestSupport::digest(m_demo), source);
}

void TestCopy::commandLine()
{
    const auto run = [](const QStringList &arguments, const QString &input = {}) {
        QProcess process;
        process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
            QStringList {QStringLiteral("--lang=en")} + arguments);
        process.write(input.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return std::make_tuple(process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()));
    };
    const QString server = TestSupport::newServerDatabase();
    const QString back = path(QStringLiteral("cli-back.sqlite"));
    auto [code, out, err] = run({QStringLiteral("copy"), m_demo, server});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("checksums of the copy match")), qPrintable(out));
    // The server's password is never shown.
    const QString password = QUrl(server).password();
    QVERIFY(password.isEmpty() || !out.contains(password));
    std::tie(code, out, err) = run({QStringLiteral("copy"), server, back});
    QVERIFY2(code == 0, qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("check"), back});
    QVERIFY2(code == 0, qPrintable(err));

    std::tie(code, out, err) = run({QStringLiteral("copy"), m_demo, back});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QLatin1String("already exists")), qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("copy"), m_demo, server});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QLatin1String("already holds Secretariat data")), qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("copy"), m_demo});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QLatin1String("secretariat copy SOURCE TARGET")), qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("--help")});
    QVERIFY(out.contains(QLatin1String("secretariat copy SOURCE TARGET")));

    // Once the source has accounts, only an account that may back it up copies it.
    const QString guarded = path(QStringLiteral("guarded.sqlite"));
    QVERIFY(QFile::copy(m_demo, guarded));
    {
        auto store = TestSupport::open(guarded);
        QVERIFY(store);
        QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("admin"), Access::Role::Admin,
                     QStringLiteral("top_secret"), QStringLiteral("quản trị 2026")),
            QString());
        QCOMPARE(TestSupport::addAccount(*store, QStringLiteral("clerk"), Access::Role::Clerk,
                     QStringLiteral("none"), QStringLiteral("văn thư 2026")),
            QString());
    }
    const QByteArray before = TestSupport::digest(guarded);
    std::tie(code, out, err) = run({QStringLiteral("copy"), guarded, path(QStringLiteral("g1"))});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QLatin1String("--user")), qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("copy"), guarded, path(QStringLiteral("g2")),
                                       QStringLiteral("--user"), QStringLiteral("clerk")},
        QStringLiteral("văn thư 2026\n"));
    QCOMPARE(code, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("g2"))));
    std::tie(code, out, err) = run({QStringLiteral("copy"), guarded, path(QStringLiteral("g3")),
                                       QStringLiteral("--user"), QStringLiteral("admin")},
        QStringLiteral("quản trị 2026\n"));
    QVERIFY2(code == 0, qPrintable(err));
    // Read, never written: not even the log-ins are logged in it.
    QCOMPARE(TestSupport::digest(guarded), before);
    QCOMPARE(*figures(path(QStringLiteral("g3"))), *figures(guarded));
}

QTEST_MAIN(TestCopy)
#include "tst_copy.moc"
