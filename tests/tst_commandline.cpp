#include "storage/store.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

// Runs the real program, as a script or a scheduled task would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demoWritesTheArticles();
    void demoRefusesAnExistingFile();
    void checkReportsHealth();
    void checkRefusesWhatIsNotADatabase();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void reportWritesEachFormat_data();
    void reportWritesEachFormat();
    void reportOfAnIssuedDocumentIsTheKeptCopy();
    void reportErrors_data();
    void reportErrors();
    void vietnameseByDefault();
    void backupAndRestoreGiveTheSameData();
    void restoreRefusesWhatIsNotABackup();
    void checkFindsADeletedAuditRow();
    void anEmptyFileIsNotTurnedIntoADatabase();
    void aReadOnlyFolderIsReadNotCalledDamaged();
    void aReaderLeavesNoJournalFilesBehind();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    Result runAs(const QString &program, bool asOtherUser, const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments) const
{
    return runAs(QStringLiteral(SECRETARIAT_EXECUTABLE), false, arguments);
}

// `asOtherUser`: as the account "nobody" (for an administrator, whom no folder refuses).
TestCommandLine::Result TestCommandLine::runAs(
    const QString &program, bool asOtherUser, const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    if (asOtherUser)
        process.start(QStringLiteral("setpriv"),
            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
                + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::demoWritesTheArticles()
{
    const QString file = path(QStringLiteral("demo.sqlite"));
    const Result result
        = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("4 conferences")), qPrintable(result.out));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QSqlQuery query(store->connection());
    const auto scalar = [&query](const char *sql) {
        query.exec(QString::fromUtf8(sql));
        return query.next() ? query.value(0) : QVariant();
    };
    QCOMPARE(scalar("SELECT count(*) FROM conference").toInt(), 4);
    QCOMPARE(scalar("SELECT count(*) FROM conference_participant p JOIN conference c ON "
                    "c.id = p.conference_id WHERE c.held_on = '2024-05-27' AND p.role = 'chair'")
                 .toInt(),
        3);
    QCOMPARE(scalar("SELECT title FROM person WHERE full_name = 'Đỗ Trọng Hưng'").toString(),
        QStringLiteral("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    QCOMPARE(scalar("SELECT issued_on FROM legal_document WHERE code = '39-CT/TW'").toString(),
        QStringLiteral("2014-08-18"));
    QCOMPARE(scalar("SELECT issued_on FROM legal_document WHERE code = '58-QĐ/TW'").toString(),
        QStringLiteral("2022-02-08"));
    QCOMPARE(scalar("SELECT issued_on FROM legal_document WHERE code = '01-HD/BTCTW'").toString(),
        QStringLiteral("2022-08-05"));
    QCOMPARE(scalar("SELECT count(*) FROM legal_document WHERE type_code = 'QC'").toInt(), 2);
    QCOMPARE(scalar("SELECT value FROM statistic WHERE name = 'Lượt cán bộ ra nước ngoài'").toInt(),
        2611);
    QCOMPARE(scalar("SELECT sum(value) FROM statistic").toInt(),
        505 + 824 + 94 + 72 + 212 + 421 + 778 + 512 + 2611);
    QCOMPARE(scalar("SELECT count(*) FROM inspection_topic t JOIN inspection_team m ON "
                    "m.id = t.team_id WHERE m.name = 'Đoàn kiểm tra số 5'")
                 .toInt(),
        8);
    QCOMPARE(scalar("SELECT count(*) FROM inspection_target t JOIN inspection_team m ON "
                    "m.id = t.team_id WHERE m.name = 'Đoàn kiểm tra số 5'")
                 .toInt(),
        3);
    QCOMPARE(scalar("SELECT p.full_name FROM team_member m JOIN person p ON p.id = m.person_id "
                    "WHERE m.role = 'head' AND m.team_id = (SELECT id FROM inspection_team "
                    "WHERE number = 5)")
                 .toString(),
        QStringLiteral("Nguyễn Quang Dương"));
    QCOMPARE(scalar("SELECT count(*) FROM commendation_recipient r JOIN commendation c ON "
                    "c.id = r.commendation_id JOIN commendation_form f ON f.id = c.form_id "
                    "WHERE f.name = 'Bằng khen' AND c.conference_id IS NOT NULL")
                 .toInt(),
        2);
    // No finding, and no commendation the articles do not name, is attached to a real unit or
    // person: every such subject is marked as invented.
    QVERIFY(scalar("SELECT count(*) FROM finding").toInt() > 0);
    QCOMPARE(scalar("SELECT count(*) FROM finding f "
                    "LEFT JOIN unit u ON u.id = f.subject_unit_id "
                    "LEFT JOIN person p ON p.id = f.subject_person_id "
                    "JOIN inspection_target t ON t.id = f.target_id "
                    "LEFT JOIN unit tu ON tu.id = t.unit_id "
                    "LEFT JOIN person tp ON tp.id = t.person_id "
                    "WHERE (tu.id IS NOT NULL AND tu.name NOT LIKE '%(giả định)%') "
                    "OR (tp.id IS NOT NULL AND tp.title NOT LIKE '%(giả định)%') "
                    "OR (u.id IS NOT NULL AND u.name NOT LIKE '%(giả định)%') "
                    "OR (p.id IS NOT NULL AND p.title NOT LIKE '%(giả định)%')")
                 .toInt(),
        0);
    // Nor a recommendation, a conclusion's text or a remedy: the Trà Vinh targets have none.
    QVERIFY(scalar("SELECT count(*) FROM recommendation").toInt() >= 5);
    QCOMPARE(scalar("SELECT count(*) FROM recommendation r "
                    "JOIN inspection_target t ON t.id = r.target_id "
                    "JOIN unit ru ON ru.id = r.responsible_unit_id "
                    "LEFT JOIN unit tu ON tu.id = t.unit_id "
                    "LEFT JOIN person tp ON tp.id = t.person_id "
                    "WHERE ru.name NOT LIKE '%(giả định)%' "
                    "OR (tu.id IS NOT NULL AND tu.name NOT LIKE '%(giả định)%') "
                    "OR (tp.id IS NOT NULL AND tp.title NOT LIKE '%(giả định)%')")
                 .toInt(),
        0);
    QCOMPARE(scalar("SELECT count(*) FROM inspection_target t JOIN unit u ON u.id = t.unit_id "
                    "WHERE u.name NOT LIKE '%(giả định)%' AND (t.concluded_on IS NOT NULL "
                    "OR t.strengths IS NOT NULL OR t.shortcomings IS NOT NULL "
                    "OR t.causes IS NOT NULL OR t.responsibility IS NOT NULL "
                    "OR t.discipline IS NOT NULL)")
                 .toInt(),
        0);
    // The Trà Vinh inspection: issued by the Tiểu ban, its 2/11 session with the Ban Thường vụ.
    QCOMPARE(scalar("SELECT b.issuing_line FROM inspection_team m JOIN issuing_body b ON "
                    "b.id = m.issuing_body_id WHERE m.name = 'Đoàn kiểm tra số 5'")
                 .toString(),
        QStringLiteral("TIỂU BAN BẢO VỆ CHÍNH TRỊ NỘI BỘ TRUNG ƯƠNG"));
    QCOMPARE(
        scalar("SELECT s.held_on || ' ' || u.name FROM inspection_session s "
               "JOIN inspection_target t ON t.id = s.target_id JOIN unit u ON u.id = t.unit_id "
               "JOIN inspection_team m ON m.id = t.team_id WHERE m.name = 'Đoàn kiểm tra số 5'")
            .toString(),
        QStringLiteral("2023-11-02 Ban Thường vụ Tỉnh ủy Trà Vinh"));
    // The invented one shows every state of a recommendation.
    QCOMPARE(scalar("SELECT group_concat(DISTINCT status) FROM (SELECT status FROM "
                    "recommendation ORDER BY status)")
                 .toString(),
        QStringLiteral("in_progress,pending,rechecked,remedied"));
    QCOMPARE(scalar("SELECT group_concat(DISTINCT kind) FROM (SELECT kind FROM remedy_event "
                    "ORDER BY kind)")
                 .toString(),
        QStringLiteral("recheck,reminder,report"));
    // The recipients of commendations are invented: the articles name none.
    QCOMPARE(scalar("SELECT count(*) FROM commendation_recipient r "
                    "LEFT JOIN unit u ON u.id = r.unit_id LEFT JOIN person p ON p.id = r.person_id "
                    "WHERE r.name NOT LIKE '%(giả định)%' OR u.name NOT LIKE '%(giả định)%' "
                    "OR p.full_name NOT LIKE '%(giả định)%'")
                 .toInt(),
        0);
}

void TestCommandLine::demoRefusesAnExistingFile()
{
    const QString file = path(QStringLiteral("mine.sqlite"));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("dữ liệu của văn phòng");
    existing.close();
    const Result result = run({QStringLiteral("--lang=en"), QStringLiteral("demo"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("already exists")), qPrintable(result.err));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(existing.readAll()), QStringLiteral("dữ liệu của văn phòng"));
}

void TestCommandLine::checkReportsHealth()
{
    const QString file = path(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), file}).exitCode, 0);
    const Result result
        = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Schema version: %1").arg(Store::schemaVersion)),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("healthy")));
    // Named with --db, as the other commands name their database.
    const Result named = run({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(named.exitCode, 0);
    QVERIFY2(named.out.contains(QLatin1String("healthy")), qPrintable(named.err));

    const Result missing = run({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("check"), path(QStringLiteral("none.sqlite"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("There is no database file")));
    QVERIFY(!QFile::exists(path(QStringLiteral("none.sqlite"))));
}

void TestCommandLine::checkRefusesWhatIsNotADatabase()
{
    const QString file = path(QStringLiteral("report.txt"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Báo cáo");
    text.close();
    const Result result
        = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("is not a Secretariat database")),
        qPrintable(result.err));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << "Unknown command";
    QTest::newRow("unknown option") << QStringList {"--colour"} << "Unknown option";
    QTest::newRow("demo without file") << QStringList {"demo"} << "exactly one file name";
    QTest::newRow("check with two files")
        << QStringList {"check", "a", "b"} << "exactly one file name";
    QTest::newRow("bad language") << QStringList {"--lang", "fr", "demo", "x"} << "vi or en";
    QTest::newRow("db without file") << QStringList {"--db"} << "--db needs a file name";
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    const Result result = run(QStringList {QStringLiteral("--lang=en")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("--help")));
}

void TestCommandLine::helpAndVersion()
{
    const Result help = run({QStringLiteral("--lang=en"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"demo FILE", "check FILE", "--db FILE", "--lang vi|en"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("secretariat ")));
}

void TestCommandLine::vietnameseByDefault()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Cách dùng")), qPrintable(help.out));
    const Result unknown = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("Lệnh không rõ")), qPrintable(unknown.err));
}

void TestCommandLine::reportWritesEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << "notice.pdf" << QByteArray("%PDF");
    QTest::newRow("odt") << "notice.odt" << QByteArray("PK");
    QTest::newRow("html") << "notice.html" << QByteArray("<!DOCTYPE html>");
}

void TestCommandLine::reportWritesEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    const QString db = path(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const Result result = run(
        {QStringLiteral("report"), QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
            QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("-o"), path(file)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile output(path(file));
    QVERIFY(output.open(QIODevice::ReadOnly));
    QVERIFY(output.read(64).startsWith(start));
}

// The demo's Thanh Hóa notice is issued: its PDF from the command line is the copy kept in the
// database, byte for byte, not a new rendering of the record.
void TestCommandLine::reportOfAnIssuedDocumentIsTheKeptCopy()
{
    const QString db = path(QStringLiteral("issued.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const QVariant id = TestSupport::fileValue(db,
        QStringLiteral("SELECT conference_id FROM document_register WHERE report_kind = "
                       "'conference-summary'"));
    QVERIFY(!id.isNull());
    const Result result = run({QStringLiteral("report"), QStringLiteral("conference-summary"),
        QStringLiteral("--db"), db, QStringLiteral("--id"), id.toString(), QStringLiteral("-o"),
        path(QStringLiteral("issued.pdf"))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("01-TB/TU")), qPrintable(result.out));
    QFile output(path(QStringLiteral("issued.pdf")));
    QVERIFY(output.open(QIODevice::ReadOnly));
    QCOMPARE(output.readAll(),
        TestSupport::fileValue(db, QStringLiteral("SELECT content FROM issued_document"))
            .toByteArray());
}

void TestCommandLine::reportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    const QString db = QStringLiteral("DB");
    const QString out = QStringLiteral("OUT/notice.pdf");
    QTest::newRow("unknown kind") << QStringList {"report", "minutes", "--db", db, "--id", "1",
        "-o", out} << 2 << "Unknown report";
    QTest::newRow("no id") << QStringList {"report", "conference-summary", "--db", db, "-o", out}
                           << 2 << "report KIND --db FILE --id N -o OUT";
    QTest::newRow("id not a number")
        << QStringList {"report", "conference-summary", "--db", db, "--id", "abc", "-o", out} << 2
        << "record number";
    QTest::newRow("bad suffix") << QStringList {"report", "conference-summary", "--db", db, "--id",
        "1", "-o", "OUT/notice.doc"}
                                << 2 << ".pdf, .docx, .odt or .html";
    QTest::newRow("unknown id") << QStringList {"report", "conference-summary", "--db", db, "--id",
        "4242", "-o", out} << 1 << "no conference number 4242";
    QTest::newRow("missing database") << QStringList {"report", "conference-summary", "--db",
        "OUT/none.sqlite", "--id", "1", "-o", out}
                                      << 1 << "There is no database file";
    QTest::newRow("unwritable output") << QStringList {"report", "conference-summary", "--db", db,
        "--id", "1", "-o", "OUT/no/such/notice.pdf"}
                                       << 1 << "cannot be written";
    // Conference 1's notice is issued in the demo: its PDF is the kept copy, made without a
    // template; conference 2's is made from the templates.
    QTest::newRow("broken template") << QStringList {"report", "conference-summary", "--db", db,
        "--id", "2", "-o", out, "BROKEN"}
                                     << 1 << "line 1";
}

void TestCommandLine::reportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const QString db = path(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    if (arguments.removeAll(QStringLiteral("BROKEN"))) {
        QVERIFY(QDir().mkpath(path(QStringLiteral("templates"))));
        QFile broken(path(QStringLiteral("templates/conference-summary.html")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<p>{{#sections}}</p>");
    }
    for (QString &argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = db;
        else
            argument.replace(QLatin1String("OUT"), m_dir->path());
    }
    const Result result = run(QStringList {QStringLiteral("--lang=en")} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.docx"))));
}

void TestCommandLine::backupAndRestoreGiveTheSameData()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    const QString copy = path(QStringLiteral("office-backup.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const Result backup = run({QStringLiteral("--lang=en"), QStringLiteral("backup"), db, copy});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(backup.out.contains(QLatin1String("Backup written")));
    const QString before = TestSupport::dump(db);
    QCOMPARE(TestSupport::dump(copy), before);

    // A day's work after the backup, then the backup is put back.
    {
        auto store = TestSupport::open(db);
        QVERIFY(store);
        QString error;
        QVERIFY2(store->insert(QStringLiteral("person"),
                     {{QStringLiteral("full_name"), QStringLiteral("Lê Thị Hoà")}}, &error),
            qPrintable(error));
    }
    const QString afterWork = TestSupport::dump(db);
    QVERIFY(afterWork != before);
    const Result restore = run({QStringLiteral("--lang=en"), QStringLiteral("restore"), copy, db});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY2(restore.out.contains(QLatin1String("is kept as")), qPrintable(restore.out));

    // The data are the backup's; the log says a restore happened; the day's work is kept aside.
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT count(*) FROM person WHERE "
                                "full_name = 'Lê Thị Hoà'"))
                 .toInt(),
        0);
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                "action = 'restore'"))
                 .toInt(),
        1);
    const QStringList kept
        = QDir(m_dir->path()).entryList({QStringLiteral("office-before-restore-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(TestSupport::dump(m_dir->filePath(kept.first())), afterWork);
    const Result check = run({QStringLiteral("--lang=en"), QStringLiteral("check"), db});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestCommandLine::restoreRefusesWhatIsNotABackup()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const QString before = TestSupport::dump(db);
    const QString text = path(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("không phải bản sao lưu");
    file.close();
    const Result result = run({QStringLiteral("--lang=en"), QStringLiteral("restore"), text, db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.contains(QLatin1String("not a Secretariat database")), qPrintable(result.err));
    QCOMPARE(TestSupport::dump(db), before);
}

void TestCommandLine::checkFindsADeletedAuditRow()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    {
        // Someone with an SQLite tool removes the guard and a row of the log.
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 7")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Result result = run({QStringLiteral("--lang=en"), QStringLiteral("check"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("before row 8")), qPrintable(result.err));
    QVERIFY(!result.out.contains(QLatin1String("healthy")));
}

// A 0-byte file given to --db or report was silently turned into a 337 kB database.
void TestCommandLine::anEmptyFileIsNotTurnedIntoADatabase()
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result report = run({QStringLiteral("--lang=en"), QStringLiteral("report"),
        QStringLiteral("conference-summary"), QStringLiteral("--db"), empty, QStringLiteral("--id"),
        QStringLiteral("1"), QStringLiteral("-o"), path(QStringLiteral("notice.pdf"))});
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(QLatin1String("empty")), qPrintable(report.err));
    const Result check = run({QStringLiteral("--lang=en"), QStringLiteral("check"), empty});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.pdf"))));
}

// A healthy file in a folder the user may not write to was called damaged, with the advice to
// restore an older backup over it.
void TestCommandLine::aReadOnlyFolderIsReadNotCalledDamaged()
{
    // No folder refuses an administrator: then the program runs as the account "nobody", which
    // must be able to reach the folders and run a copy of the program.
    const bool administrator = ::geteuid() == 0;
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
        | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), readOnly | QFileDevice::WriteOwner));
    const QString program = path(QStringLiteral("secretariat"));
    QVERIFY(QFile::copy(QStringLiteral(SECRETARIAT_EXECUTABLE), program));
    QVERIFY(QDir().mkpath(path(QStringLiteral("archive"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    const QString db = path(QStringLiteral("archive/office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    // Read later, as any reader leaves its journal files beside the file it read.
    const QString reference = path(QStringLiteral("reference.sqlite"));
    QVERIFY(QFile::copy(db, reference));
    if (administrator) {
        for (const QString &owned : {db, path(QStringLiteral("out"))})
            QVERIFY(::chown(QFile::encodeName(owned).constData(), 65534, 65534) == 0);
    }
    QVERIFY(QFile::setPermissions(path(QStringLiteral("archive")), readOnly));

    const Result check
        = runAs(program, administrator, {QStringLiteral("--lang=en"), QStringLiteral("check"), db});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY(check.out.contains(QLatin1String("healthy")));
    QVERIFY(!check.err.contains(QLatin1String("damaged")));
    const QString notice = path(QStringLiteral("out/notice.pdf"));
    const Result report = runAs(program, administrator,
        {QStringLiteral("--lang=en"), QStringLiteral("report"),
            QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
            QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("-o"), notice});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(QFileInfo(notice).size() > 1000);

    QCOMPARE(QDir(path(QStringLiteral("archive"))).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("office.sqlite")});
    QVERIFY(
        QFile::setPermissions(path(QStringLiteral("archive")), readOnly | QFileDevice::WriteOwner));
    QCOMPARE(TestSupport::dump(db), TestSupport::dump(reference));
}

// Someone who may only read another account's file (in a folder both may write) left its
// journal files behind, owned by them: the owner could not save any more.
void TestCommandLine::aReaderLeavesNoJournalFilesBehind()
{
    const bool administrator = ::geteuid() == 0;
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), everyone));
    const QString program = path(QStringLiteral("secretariat"));
    QVERIFY(QFile::copy(QStringLiteral(SECRETARIAT_EXECUTABLE), program));
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    // Readable by everyone, written by its owner only: for the reader, a file it may not write.
    auto readable = QFileDevice::ReadOwner | QFileDevice::ReadOther;
    if (administrator)
        readable |= QFileDevice::WriteOwner; // the owner stays root; the reader is nobody
    QVERIFY(QFile::setPermissions(db, readable));
    for (const QStringList &arguments : {QStringList {QStringLiteral("check"), db},
             QStringList {QStringLiteral("report"), QStringLiteral("conference-summary"),
                 QStringLiteral("--db"), db, QStringLiteral("--id"), QStringLiteral("1"),
                 QStringLiteral("-o"), path(QStringLiteral("notice.pdf"))}}) {
        const Result result
            = runAs(program, administrator, QStringList {QStringLiteral("--lang=en")} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(!QFile::exists(db + QStringLiteral("-wal")), qPrintable(arguments.first()));
        QVERIFY2(!QFile::exists(db + QStringLiteral("-shm")), qPrintable(arguments.first()));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
