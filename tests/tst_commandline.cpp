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

namespace {

const QString admin = QStringLiteral("Hoà");
const QString adminPassword = QStringLiteral("mật khẩu quản trị");
const QString clerkPassword = QStringLiteral("văn thư 2026");

QString lines(const QStringList &passwords)
{
    return passwords.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

qint64 auditCount(const QString &db, const QString &action)
{
    return TestSupport::fileValue(
        db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
        .toLongLong();
}

qint64 accountCount(const QString &db)
{
    return TestSupport::fileValue(db, QStringLiteral("SELECT count(*) FROM app_user")).toLongLong();
}

} // namespace

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
    void statsPrintsTheCrossTable();
    void checkFindsADeletedAuditRow();
    void anEmptyFileIsNotTurnedIntoADatabase();
    void aReadOnlyFolderIsReadNotCalledDamaged();
    void aReaderLeavesNoJournalFilesBehind();
    void firstAccountMustBeAnAdministrator();
    void accountsAreListedWithoutPasswords();
    void commandsNeedTheUserOnceAccountsAreOn_data();
    void commandsNeedTheUserOnceAccountsAreOn();
    void aWrongPasswordIsRefusedAndLogged();
    void reportHidesRecordsAboveTheClearance();
    void reportOfASecretRecordIsLogged();
    void backupAndRestoreNeedAnAdministrator();
    void theNameInAnyUnicodeFormIsTheSameAccount();
    void theEnvironmentGivesTheFirstPassword();
    void aDisabledAccountIsRefused();
    void aPasswordIsNeverAnArgument_data();
    void aPasswordIsNeverAnArgument();
    void checkNeedsNoAccountAndSeesEveryRecord();
    void importDryRunChangesNothing();
    void importWithErrorsImportsNothing();
    void importsUnitsDelegatesAndRecipients();
    void importNeedsTheEditAction();
    void importUsageErrors_data();
    void importUsageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    // `input` is written to standard input; `variables` are NAME=VALUE for its environment.
    Result run(const QStringList &arguments, const QString &input,
        const QStringList &variables = {}) const;
    Result runAs(const QString &program, bool asOtherUser, const QStringList &arguments,
        const QString &input = QString(), const QStringList &variables = {}) const;
    // A demo database with accounts on: the administrator "Hoà" (top_secret) and the clerk
    // "lan" (none); *secretId is a conference marked Mật, *plainId one without a mark.
    void makeOffice(const QString &db, qint64 *secretId, qint64 *plainId) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments) const
{
    return runAs(QStringLiteral(SECRETARIAT_EXECUTABLE), false, arguments);
}

TestCommandLine::Result TestCommandLine::run(
    const QStringList &arguments, const QString &input, const QStringList &variables) const
{
    return runAs(QStringLiteral(SECRETARIAT_EXECUTABLE), false, arguments, input, variables);
}

// `asOtherUser`: as the account "nobody" (for an administrator, whom no folder refuses).
TestCommandLine::Result TestCommandLine::runAs(const QString &program, bool asOtherUser,
    const QStringList &arguments, const QString &input, const QStringList &variables) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("SECRETARIAT_PASSWORD"));
    for (const QString &variable : variables)
        environment.insert(
            variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    if (asOtherUser)
        process.start(QStringLiteral("setpriv"),
            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
                + arguments);
    else
        process.start(program, arguments);
    // Standard input is a pipe that ends: a command that waits for a line it lacks fails.
    process.write(input.toUtf8());
    process.closeWriteChannel();
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
    QVERIFY2(result.out.contains(QLatin1String("5 conferences")), qPrintable(result.out));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QSqlQuery query(store->connection());
    const auto scalar = [&query](const char *sql) {
        query.exec(QString::fromUtf8(sql));
        return query.next() ? query.value(0) : QVariant();
    };
    QCOMPARE(scalar("SELECT count(*) FROM conference").toInt(), 5);
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
    QTest::newRow("user without what") << QStringList {"user", "--db", "x"} << "one of: add";
    QTest::newRow("user add without role") << QStringList {"user", "add", "lan", "--clearance",
        "none", "--db", "x"} << "user add NAME --role ROLE";
    QTest::newRow("user add, unknown role")
        << QStringList {"user", "add", "lan", "--role", "boss", "--clearance", "none", "--db", "x"}
        << "--role takes one of admin, clerk, staff, leader, viewer";
    QTest::newRow("user add, unknown clearance")
        << QStringList {"user", "add", "lan", "--role", "clerk", "--clearance", "mat", "--db", "x"}
        << "--clearance takes one of none, confidential, secret, top_secret";
    QTest::newRow("user list without db") << QStringList {"user", "list"} << "user list --db FILE";
    QTest::newRow("user reset with a role") << QStringList {"user", "reset", "lan", "--role",
        "clerk", "--db", "x"} << "belong to “user add”";
    QTest::newRow("user without value")
        << QStringList {"report", "--user"} << "--user needs a value";
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
    for (const char *word : {"demo FILE", "check FILE", "--db FILE", "--lang vi|en",
             "user add NAME --role ROLE", "--user NAME", "SECRETARIAT_PASSWORD"})
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
        TestSupport::fileValue(db,
            QStringLiteral("SELECT d.content FROM issued_document d JOIN document_register r ON "
                           "r.id = d.register_id WHERE r.report_kind = 'conference-summary'"))
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

void TestCommandLine::makeOffice(const QString &db, qint64 *secretId, qint64 *plainId) const
{
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    {
        auto store = TestSupport::open(db);
        QVERIFY(store);
        // Conference 1's notice is issued: it becomes Tối mật; 2 becomes Mật, 3 stays unmarked.
        *secretId = 2;
        *plainId = 3;
        for (const auto &[id, secrecy] : {std::pair {qint64(1), QStringLiteral("top_secret")},
                 std::pair {*secretId, QStringLiteral("confidential")}}) {
            const auto record = store->read(QStringLiteral("conference"), id);
            QVERIFY(record);
            const Store::Result result
                = store->update(*record, {{QStringLiteral("secrecy"), secrecy}});
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
    }
    Result added
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"), admin,
                  QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--clearance"),
                  QStringLiteral("top_secret"), QStringLiteral("--db"), db},
            lines({adminPassword}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    added = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"),
                    QStringLiteral("lan"), QStringLiteral("--role"), QStringLiteral("clerk"),
                    QStringLiteral("--clearance"), QStringLiteral("none"),
                    QStringLiteral("--full-name"), QStringLiteral("Nguyễn Thị Lan"),
                    QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
        lines({adminPassword, clerkPassword}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCommandLine::firstAccountMustBeAnAdministrator()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const Result clerk = run(
        {QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"),
            QStringLiteral("lan"), QStringLiteral("--role"), QStringLiteral("clerk"),
            QStringLiteral("--clearance"), QStringLiteral("none"), QStringLiteral("--db"), db},
        lines({clerkPassword}));
    QCOMPARE(clerk.exitCode, 1);
    QVERIFY2(
        clerk.err.contains(QLatin1String("must be an administrator's")), qPrintable(clerk.err));
    QCOMPARE(accountCount(db), 0);
    // Accounts are still off: a report needs no --user.
    const Result report = run({QStringLiteral("report"), QStringLiteral("conference-summary"),
        QStringLiteral("--db"), db, QStringLiteral("--id"), QStringLiteral("3"),
        QStringLiteral("-o"), path(QStringLiteral("notice.html"))});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));

    const Result first
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"), admin,
                  QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--clearance"),
                  QStringLiteral("top_secret"), QStringLiteral("--db"), db},
            lines({adminPassword}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("Accounts are now on")), qPrintable(first.out));
    QCOMPARE(accountCount(db), 1);
    // A password too short is refused with the sentence, and nothing is added.
    const Result shortPassword
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("minh"), QStringLiteral("--role"), QStringLiteral("staff"),
                  QStringLiteral("--clearance"), QStringLiteral("none"), QStringLiteral("--db"), db,
                  QStringLiteral("--user"), admin},
            lines({adminPassword, QStringLiteral("ngắn")}));
    QCOMPARE(shortPassword.exitCode, 1);
    QVERIFY2(shortPassword.err.contains(QLatin1String("at least 8 characters")),
        qPrintable(shortPassword.err));
    QCOMPARE(accountCount(db), 1);
}

void TestCommandLine::accountsAreListedWithoutPasswords()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const Result list
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("list"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
            lines({adminPassword}));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList rows = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3); // the header and two accounts
    QVERIFY2(rows.at(0).startsWith(QLatin1String("Name")), qPrintable(list.out));
    const QString adminRow = rows.filter(admin).value(0);
    QVERIFY2(adminRow.contains(QLatin1String("admin"))
            && adminRow.contains(QLatin1String("top_secret"))
            && adminRow.contains(QLatin1String("active")),
        qPrintable(list.out));
    const QString clerkRow = rows.filter(QStringLiteral("lan")).value(0);
    QVERIFY2(clerkRow.contains(QLatin1String("clerk")) && clerkRow.contains(QLatin1String("none"))
            && clerkRow.contains(QStringLiteral("Nguyễn Thị Lan")),
        qPrintable(list.out));
    const QString hash = TestSupport::fileValue(
        db, QStringLiteral("SELECT password_hash FROM app_user WHERE name = 'lan'"))
                             .toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY2(!list.out.contains(QLatin1String("$argon2")), qPrintable(list.out));
    QVERIFY(!list.out.contains(hash.right(20)));
    QVERIFY(!list.out.contains(clerkPassword) && !list.out.contains(adminPassword));
}

void TestCommandLine::commandsNeedTheUserOnceAccountsAreOn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("user list") << QStringList {"user", "list", "--db", "DB"};
    QTest::newRow("user add") << QStringList {
        "user", "add", "minh", "--role", "staff", "--clearance", "none", "--db", "DB"};
    QTest::newRow("user reset") << QStringList {"user", "reset", "lan", "--db", "DB"};
    QTest::newRow("user disable") << QStringList {"user", "disable", "lan", "--db", "DB"};
    QTest::newRow("report") << QStringList {
        "report", "conference-summary", "--db", "DB", "--id", "3", "-o", "OUT/notice.html"};
    QTest::newRow("backup") << QStringList {"backup", "DB", "OUT/copy.sqlite"};
    QTest::newRow("restore") << QStringList {"restore", "OUT/copy.sqlite", "DB"};
}

// Without --user: exit 1, a sentence that says what to give, and nothing written, not even to
// the file's own log.
void TestCommandLine::commandsNeedTheUserOnceAccountsAreOn()
{
    QFETCH(QStringList, arguments);
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    if (arguments.first() == QLatin1String("restore")) {
        const Result backup
            = run({QStringLiteral("backup"), db, path(QStringLiteral("copy.sqlite")),
                      QStringLiteral("--user"), admin},
                lines({adminPassword}));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    }
    for (QString &argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = db;
        else
            argument.replace(QLatin1String("OUT"), m_dir->path());
    }
    const QString before = TestSupport::dump(db);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    // Even with passwords on standard input.
    const Result result = run(QStringList {QStringLiteral("--lang=en")} + arguments,
        lines({adminPassword, clerkPassword}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("has accounts: give --user NAME")),
        qPrintable(result.err));
    QCOMPARE(TestSupport::dump(db), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
    QCOMPARE(accountCount(db), 2);
}

void TestCommandLine::aWrongPasswordIsRefusedAndLogged()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const qint64 failedBefore = auditCount(db, QStringLiteral("login_failed"));
    const Result wrong = run(
        {QStringLiteral("--lang=en"), QStringLiteral("report"),
            QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
            QStringLiteral("--id"), QString::number(plainId), QStringLiteral("-o"),
            path(QStringLiteral("notice.html")), QStringLiteral("--user"), QStringLiteral("lan")},
        lines({adminPassword}));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("The account name or the password is not right")),
        qPrintable(wrong.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.html"))));
    QCOMPARE(auditCount(db, QStringLiteral("login_failed")), failedBefore + 1);
    // An unknown account reads the same: the sentence does not tell which names exist.
    const Result unknown
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("list"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("khách")},
            lines({adminPassword}));
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err, wrong.err);
    // No password at all (standard input ends at once): refused, with what to do.
    const Result none
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("list"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
            QString());
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QLatin1String("SECRETARIAT_PASSWORD")), qPrintable(none.err));
}

void TestCommandLine::reportHidesRecordsAboveTheClearance()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const auto report = [&](qint64 id, const QString &file, const QString &language) {
        return run({QStringLiteral("--lang"), language, QStringLiteral("report"),
                       QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
                       QStringLiteral("--id"), QString::number(id), QStringLiteral("-o"),
                       path(file), QStringLiteral("--user"), QStringLiteral("lan")},
            lines({clerkPassword}));
    };
    const Result secret = report(secretId, QStringLiteral("secret.html"), QStringLiteral("en"));
    QCOMPARE(secret.exitCode, 1);
    QVERIFY2(secret.err.contains(QStringLiteral("or the account “lan” may not read it")),
        qPrintable(secret.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("secret.html"))));
    // The sentence is that of a record that does not exist: it tells nothing of the Mật one.
    const Result missing = report(4242, QStringLiteral("missing.html"), QStringLiteral("en"));
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(
        QString(missing.err).replace(QLatin1String("4242"), QString::number(secretId)), secret.err);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.html"))));
    const Result plain = report(plainId, QStringLiteral("plain.html"), QStringLiteral("en"));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QFile written(path(QStringLiteral("plain.html")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("<!DOCTYPE html>"));
}

void TestCommandLine::reportOfASecretRecordIsLogged()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const Result added = run(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mai"),
            QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--clearance"),
            QStringLiteral("secret"), QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
        lines({adminPassword, clerkPassword}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto report = [&](qint64 id, const QString &file) {
        return run(
            {QStringLiteral("report"), QStringLiteral("conference-summary"), QStringLiteral("--db"),
                db, QStringLiteral("--id"), QString::number(id), QStringLiteral("-o"), path(file),
                QStringLiteral("--user"), QStringLiteral("mai")},
            lines({clerkPassword}));
    };
    const Result plain = report(plainId, QStringLiteral("plain.html"));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(auditCount(db, QStringLiteral("export")), 0);
    const Result secret = report(secretId, QStringLiteral("secret.html"));
    QVERIFY2(secret.exitCode == 0, qPrintable(secret.err));
    QVERIFY(QFile::exists(path(QStringLiteral("secret.html"))));
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT user_name || ' ' || table_name || ' ' || record_id FROM "
                                "audit_log WHERE action = 'export'"))
                 .toString(),
        QStringLiteral("mai conference %1").arg(secretId));
    // An administrator reads everything but prints nothing: refused, and the refusal logged.
    const qint64 refusedBefore = auditCount(db, QStringLiteral("refused"));
    const Result byAdmin
        = run({QStringLiteral("--lang=en"), QStringLiteral("report"),
                  QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
                  QStringLiteral("--id"), QString::number(plainId), QStringLiteral("-o"),
                  path(QStringLiteral("admin.html")), QStringLiteral("--user"), admin},
            lines({adminPassword}));
    QCOMPARE(byAdmin.exitCode, 1);
    QVERIFY2(byAdmin.err.contains(QLatin1String("may not print")), qPrintable(byAdmin.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("admin.html"))));
    QCOMPARE(auditCount(db, QStringLiteral("refused")), refusedBefore + 1);
}

void TestCommandLine::backupAndRestoreNeedAnAdministrator()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const QString copy = path(QStringLiteral("copy.sqlite"));
    const qint64 refusedBefore = auditCount(db, QStringLiteral("refused"));
    const Result byClerk = run({QStringLiteral("--lang=en"), QStringLiteral("backup"), db, copy,
                                   QStringLiteral("--user"), QStringLiteral("lan")},
        lines({clerkPassword}));
    QCOMPARE(byClerk.exitCode, 1);
    QVERIFY2(
        byClerk.err.contains(QLatin1String("may not back up or restore")), qPrintable(byClerk.err));
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(auditCount(db, QStringLiteral("refused")), refusedBefore + 1);

    const Result byAdmin = run({QStringLiteral("--lang=en"), QStringLiteral("backup"), db, copy,
                                   QStringLiteral("--user"), admin},
        lines({adminPassword}));
    QVERIFY2(byAdmin.exitCode == 0, qPrintable(byAdmin.err));
    QVERIFY(QFile::exists(copy));

    const QString before = TestSupport::dump(db);
    const Result restoreByClerk = run({QStringLiteral("--lang=en"), QStringLiteral("restore"), copy,
                                          db, QStringLiteral("--user"), QStringLiteral("lan")},
        lines({clerkPassword}));
    QCOMPARE(restoreByClerk.exitCode, 1);
    QVERIFY2(restoreByClerk.err.contains(QLatin1String("may not back up or restore")),
        qPrintable(restoreByClerk.err));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("office-before-restore-*")}).isEmpty());
    QCOMPARE(auditCount(db, QStringLiteral("refused")), refusedBefore + 2);

    const Result restoreByAdmin = run({QStringLiteral("--lang=en"), QStringLiteral("restore"), copy,
                                          db, QStringLiteral("--user"), admin},
        lines({adminPassword}));
    QVERIFY2(restoreByAdmin.exitCode == 0, qPrintable(restoreByAdmin.err));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("office-before-restore-*")}).size(), 1);
    Q_UNUSED(before);
}

void TestCommandLine::theNameInAnyUnicodeFormIsTheSameAccount()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    // "Hoà" typed decomposed: o, a combining grave accent.
    const QString decomposed = admin.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != admin);
    QCOMPARE(decomposed.size(), admin.size() + 1);
    const Result list
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("list"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), decomposed.toUpper()},
            lines({adminPassword}));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    // Nor can a second account take the same name in another form.
    const Result twin = run(
        {QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"), decomposed,
            QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--clearance"),
            QStringLiteral("none"), QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
        lines({adminPassword, clerkPassword}));
    QCOMPARE(twin.exitCode, 1);
    QVERIFY2(twin.err.contains(QLatin1String("There is already an account named")),
        qPrintable(twin.err));
    QCOMPARE(accountCount(db), 2);
}

void TestCommandLine::theEnvironmentGivesTheFirstPassword()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const QString variable = QStringLiteral("SECRETARIAT_PASSWORD=") + adminPassword;
    // The administrator's password from the environment, the new one the first line.
    const QString newPassword = QStringLiteral("chuyên viên mới");
    const Result added
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("minh"), QStringLiteral("--role"), QStringLiteral("staff"),
                  QStringLiteral("--clearance"), QStringLiteral("secret"), QStringLiteral("--db"),
                  db, QStringLiteral("--user"), admin},
            lines({newPassword}), {variable});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                                db, QStringLiteral("--user"), QStringLiteral("minh")},
        QString(), {QStringLiteral("SECRETARIAT_PASSWORD=") + newPassword});
    // minh logged in (the password is right) and may not manage accounts.
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains(QStringLiteral("quản lý tài khoản"))
            || list.err.contains(QLatin1String("manage accounts")),
        qPrintable(list.err));
    QVERIFY(!list.err.contains(QStringLiteral("không đúng")));
    // A reset: the administrator's password from the environment, the new one on standard input.
    const Result reset
        = run({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("minh"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
            lines({QStringLiteral("một mật khẩu khác")}), {variable});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    const Result old = run(
        {QStringLiteral("--lang=en"), QStringLiteral("report"),
            QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
            QStringLiteral("--id"), QString::number(plainId), QStringLiteral("-o"),
            path(QStringLiteral("notice.html")), QStringLiteral("--user"), QStringLiteral("minh")},
        lines({newPassword}));
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(old.err.contains(QLatin1String("not right")), qPrintable(old.err));
}

void TestCommandLine::aDisabledAccountIsRefused()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const auto report = [&] {
        return run({QStringLiteral("--lang=en"), QStringLiteral("report"),
                       QStringLiteral("conference-summary"), QStringLiteral("--db"), db,
                       QStringLiteral("--id"), QString::number(plainId), QStringLiteral("-o"),
                       path(QStringLiteral("notice.html")), QStringLiteral("--user"),
                       QStringLiteral("lan")},
            lines({clerkPassword}));
    };
    const Result disable = run(
        {QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("disable"),
            QStringLiteral("lan"), QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
        lines({adminPassword}));
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.err));
    Result refused = report();
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("is disabled")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.html"))));
    // The last administrator is not disabled: someone must manage the others.
    const Result last
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("disable"),
                  admin, QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
            lines({adminPassword}));
    QCOMPARE(last.exitCode, 1);
    QVERIFY2(last.err.contains(QLatin1String("last administrator")), qPrintable(last.err));

    const Result enable
        = run({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("lan"),
                  QStringLiteral("--db"), db, QStringLiteral("--user"), admin},
            lines({adminPassword}));
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.err));
    const Result again = report();
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCommandLine::aPasswordIsNeverAnArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence");
    const QStringList add {
        "user", "add", "Hoà", "--role", "admin", "--clearance", "top_secret", "--db", "DB"};
    QTest::newRow("--password VALUE") << add + QStringList {"--password", "mật khẩu quản trị"}
                                      << "never taken from the command line";
    QTest::newRow("--password=VALUE") << add + QStringList {"--password=mật khẩu quản trị"}
                                      << "never taken from the command line";
    QTest::newRow("a word after the name") << QStringList {"user", "add", "Hoà",
        "mật-khẩu-quản-trị", "--role", "admin", "--clearance", "top_secret", "--db", "DB"}
                                           << "never from the command line";
    QTest::newRow("report --password") << QStringList {"report", "conference-summary", "--db", "DB",
        "--id", "3", "-o", "OUT/notice.html", "--user", "Hoà", "--password", "x"}
                                       << "never taken from the command line";
}

void TestCommandLine::aPasswordIsNeverAnArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = db;
        else
            argument.replace(QLatin1String("OUT"), m_dir->path());
    }
    // Even when standard input has a password too: the arguments are a usage error.
    const Result result
        = run(QStringList {QStringLiteral("--lang=en")} + arguments, lines({adminPassword}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
    QCOMPARE(accountCount(db), 0);
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.html"))));
}

// check reads health, not records: no account is asked, and what it checks is the whole file,
// not what an account could read of it.
void TestCommandLine::checkNeedsNoAccountAndSeesEveryRecord()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    // The demo's issued notice is that of a Tối mật conference, above everyone's clearance but
    // the administrator's.
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT c.secrecy FROM document_register r JOIN conference c ON "
                                "c.id = r.conference_id WHERE r.report_kind = "
                                "'conference-summary'"))
                 .toString(),
        QStringLiteral("top_secret"));
    const Result healthy = run({QStringLiteral("--lang=en"), QStringLiteral("check"), db});
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.err));
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        // Its kept PDF changed by other means than the program's.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER issued_document_frozen_update")));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE issued_document SET content = content || x'20'")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Result damaged = run({QStringLiteral("--lang=en"), QStringLiteral("check"), db});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(QLatin1String("Issued document")), qPrintable(damaged.err));
}

namespace {

QString writeFile(const QString &path, const QStringList &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write((rows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

qint64 countOf(const QString &db, const QString &table)
{
    return TestSupport::fileValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toLongLong();
}

} // namespace

void TestCommandLine::importDryRunChangesNothing()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const QString csv = writeFile(path(QStringLiteral("can-bo.csv")),
        {QStringLiteral("STT;Họ và tên;Giới tính;Chức vụ;Đơn vị"),
            QStringLiteral("1;Lê Thị Thu Hà;Nữ;Chuyên viên;Văn phòng Tỉnh ủy Thanh Hóa"),
            QStringLiteral("2;Đỗ Minh Tuấn;Nam;;Tỉnh ủy Thanh Hóa"),
            QStringLiteral("3;Phạm Văn Đông;Nam;;Tỉnh ủy Điện Biên")});
    const QString before = TestSupport::dump(db);
    const qint64 people = countOf(db, QStringLiteral("person"));
    const Result checked = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("people"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QVERIFY2(checked.out.contains(
                 QStringLiteral("Row 3: “Đỗ Minh Tuấn” is already in the directory, skipped.")),
        qPrintable(checked.out));
    QVERIFY2(checked.out.contains(QLatin1String("Checked: 2 person(s) would be added, 1 already "
                                                "in the directory; nothing was written")),
        qPrintable(checked.out));
    QCOMPARE(TestSupport::dump(db), before);

    const Result imported = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("people"), csv, QStringLiteral("--db"), db});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String(
                 "Imported: 2 person(s) added, 1 already in the directory and skipped.")),
        qPrintable(imported.out));
    QCOMPARE(countOf(db, QStringLiteral("person")), people + 2);
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'person' AND "
                                "action = 'insert' AND record_label IN (?, ?)"),
                 {QStringLiteral("Lê Thị Thu Hà"), QStringLiteral("Phạm Văn Đông")})
                 .toInt(),
        2);
    // The same file again adds no one.
    const Result again = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("people"), csv, QStringLiteral("--db"), db});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(countOf(db, QStringLiteral("person")), people + 2);
}

void TestCommandLine::importWithErrorsImportsNothing()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const QString csv = writeFile(path(QStringLiteral("can-bo.csv")),
        {QStringLiteral("Họ và tên,Đơn vị,Ngày vào Đảng"),
            QStringLiteral("Lê Văn Một,Tỉnh ủy Thanh Hóa,"),
            QStringLiteral("Lê Văn Hai,Huyện ủy Không Có,"),
            QStringLiteral("Lê Văn Ba,,31/02/2001"), QStringLiteral(",Tỉnh ủy Thanh Hóa,")});
    const QString before = TestSupport::dump(db);
    for (const bool dryRun : {true, false}) {
        QStringList arguments {QStringLiteral("--lang=en"), QStringLiteral("import"),
            QStringLiteral("people"), csv, QStringLiteral("--db"), db};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Row 3: There is no unit “Huyện ủy Không Có” "
                                                    "in the directory")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(
                     QStringLiteral("Row 4: “31/02/2001” in the column “Ngày vào Đảng” is not a "
                                    "date")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Row 5: The row has no name")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Nothing was imported: 3 row(s) have errors.")),
            qPrintable(result.err));
        QCOMPARE(TestSupport::dump(db), before);
    }
}

void TestCommandLine::importsUnitsDelegatesAndRecipients()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), db}).exitCode, 0);
    const QString units = writeFile(path(QStringLiteral("don-vi.csv")),
        {QStringLiteral("Tên đơn vị;Loại;Đơn vị cấp trên"),
            QStringLiteral("Đảng ủy Khối Cơ quan tỉnh;Đảng bộ;Tỉnh ủy Thanh Hóa"),
            QStringLiteral("Chi bộ Văn phòng;Chi bộ;Đảng ủy Khối Cơ quan tỉnh")});
    Result result = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("units"), units, QStringLiteral("--db"), db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(
        result.out.contains(QLatin1String("Imported: 2 unit(s) added")), qPrintable(result.out));
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT p.name FROM unit u JOIN unit p ON p.id = u.parent_id "
                                "WHERE u.name = ?"),
                 {QStringLiteral("Chi bộ Văn phòng")})
                 .toString(),
        QStringLiteral("Đảng ủy Khối Cơ quan tỉnh"));

    // The Tuyên Quang conference of the demo (4): a new person and a whole unit.
    const QString delegates = writeFile(path(QStringLiteral("dai-bieu.csv")),
        {QStringLiteral("Họ và tên;Chức vụ;Đơn vị;Số đại biểu"),
            QStringLiteral("Hoàng Thị Lan;Trưởng ban;Tỉnh ủy Tuyên Quang;"),
            QStringLiteral(";;Ban Thường vụ Tỉnh ủy Tuyên Quang;12")});
    const qint64 participants = countOf(db, QStringLiteral("conference_participant"));
    result = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("delegates"), delegates, QStringLiteral("--conference"), QStringLiteral("4"),
        QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(countOf(db, QStringLiteral("conference_participant")), participants);
    result
        = run({QStringLiteral("--lang=en"), QStringLiteral("import"), QStringLiteral("delegates"),
            delegates, QStringLiteral("--conference=4"), QStringLiteral("--db"), db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("Imported: 2 delegate row(s) added")),
        qPrintable(result.out));
    QCOMPARE(countOf(db, QStringLiteral("conference_participant")), participants + 2);
    // Twice is refused: they take part already.
    result
        = run({QStringLiteral("--lang=en"), QStringLiteral("import"), QStringLiteral("delegates"),
            delegates, QStringLiteral("--conference=4"), QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.contains(QLatin1String("is already a participant")), qPrintable(result.err));
    QCOMPARE(countOf(db, QStringLiteral("conference_participant")), participants + 2);

    // A new proposal of the demo's first form, its list empty.
    qint64 proposal = 0;
    {
        auto store = TestSupport::open(db);
        QVERIFY(store);
        QString error;
        const auto id = store->insert(QStringLiteral("commendation"),
            {{QStringLiteral("form_id"),
                 store->value(QStringLiteral("SELECT min(id) FROM commendation_form"))},
                {QStringLiteral("reason"), QStringLiteral("Thành tích năm 2026")}},
            &error);
        QVERIFY2(id, qPrintable(error));
        proposal = *id;
    }
    const qint64 listed = TestSupport::fileValue(db,
        QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE commendation_id = ?"),
        {proposal})
                              .toLongLong();
    const QString recipients = writeFile(path(QStringLiteral("khen-thuong.csv")),
        {QStringLiteral("STT;Họ và tên;Chức vụ, đơn vị;Thành tích"),
            QStringLiteral("1;Nguyễn Văn Khen;Chuyên viên;Hoàn thành xuất sắc nhiệm vụ"),
            QStringLiteral("2;Đảng ủy Khối Cơ quan tỉnh;;Tập thể tiêu biểu")});
    result = run({QStringLiteral("--lang=en"), QStringLiteral("import"),
        QStringLiteral("recipients"), recipients, QStringLiteral("--proposal"),
        QString::number(proposal), QStringLiteral("--db"), db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("Imported: 2 recipient(s) added to the list.")),
        qPrintable(result.out));
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT group_concat(r.recipient_kind || ':' || r.name, '|') "
                                "FROM commendation_recipient r WHERE r.commendation_id = ? AND "
                                "r.position > ?"),
                 {proposal, listed})
                 .toString(),
        QStringLiteral("individual:Nguyễn Văn Khen|collective:Đảng ủy Khối Cơ quan tỉnh"));
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT count(*) FROM person WHERE full_name = ?"),
                 {QStringLiteral("Nguyễn Văn Khen")})
                 .toInt(),
        1);
    // No such proposal: nothing, and a sentence.
    result
        = run({QStringLiteral("--lang=en"), QStringLiteral("import"), QStringLiteral("recipients"),
            recipients, QStringLiteral("--proposal=9999"), QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("There is no commendation proposal number 9999.")),
        qPrintable(result.err));
}

void TestCommandLine::importNeedsTheEditAction()
{
    const QString db = path(QStringLiteral("office.sqlite"));
    qint64 secretId = 0, plainId = 0;
    makeOffice(db, &secretId, &plainId);
    if (QTest::currentTestFailed())
        return;
    const QString csv = writeFile(path(QStringLiteral("can-bo.csv")),
        {QStringLiteral("Họ và tên"), QStringLiteral("Lê Thị Thu Hà")});
    const qint64 people = countOf(db, QStringLiteral("person"));
    // A clerk keeps the register; adding people to the directory is the staff's.
    const Result refused
        = run({QStringLiteral("--lang=en"), QStringLiteral("import"), QStringLiteral("people"), csv,
                  QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("lan")},
            lines({clerkPassword}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("may not create, change or delete records")),
        qPrintable(refused.err));
    QCOMPARE(countOf(db, QStringLiteral("person")), people);
    const Result added
        = run({QStringLiteral("--lang=en"), QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("minh"), QStringLiteral("--role"), QStringLiteral("staff"),
                  QStringLiteral("--clearance"), QStringLiteral("none"), QStringLiteral("--db"), db,
                  QStringLiteral("--user"), admin},
            lines({adminPassword, clerkPassword}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result imported
        = run({QStringLiteral("--lang=en"), QStringLiteral("import"), QStringLiteral("people"), csv,
                  QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("minh")},
            lines({clerkPassword}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(countOf(db, QStringLiteral("person")), people + 1);
    QCOMPARE(TestSupport::fileValue(db,
                 QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'person' "
                                "ORDER BY id DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("minh"));
}

void TestCommandLine::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown kind") << QStringList {"import", "cats", "a.csv", "--db", "x"}
                                  << "The import command is one of: people, units";
    QTest::newRow("no file") << QStringList {"import", "people", "--db", "x"}
                             << "Usage: secretariat import people|units FILE";
    QTest::newRow("no db") << QStringList {"import", "people", "a.csv"}
                           << "Usage: secretariat import people|units FILE";
    QTest::newRow("delegates without conference") << QStringList {"import", "delegates", "a.csv",
        "--db", "x"} << "import delegates FILE --conference N";
    QTest::newRow("bad conference") << QStringList {"import", "delegates", "a.csv", "--conference",
        "bốn", "--db", "x"} << "--conference takes a record number, not “bốn”.";
    QTest::newRow("proposal for people") << QStringList {"import", "people", "a.csv", "--proposal",
        "2", "--db", "x"} << "--proposal to “import recipients”";
    QTest::newRow("dry run elsewhere")
        << QStringList {"check", "x", "--dry-run"} << "belong to “import”";
}

void TestCommandLine::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    const Result result = run(QStringList {QStringLiteral("--lang=en")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
}

// `stats`: the cross table as text on the screen, the Báo cáo số liệu in a file, and a sentence
// with exit status 2 for what it cannot take.
void TestCommandLine::statsPrintsTheCrossTable()
{
    const QString file = path(QStringLiteral("stats.sqlite"));
    QCOMPARE(TestSupport::writeDemo(file), QString());
    Result result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("stats"),
        QStringLiteral("--db"), file, QStringLiteral("--from"), QStringLiteral("2015"),
        QStringLiteral("--to"), QStringLiteral("2019")});
    QCOMPARE(result.exitCode, 0);
    // The Điện Biên article's figures, in the column of its committee, and the total.
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QString abroad;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Lượt cán bộ ra nước ngoài")))
            abroad = line;
    }
    QVERIFY2(abroad.simplified().endsWith(QStringLiteral("2.611 2.611")), qPrintable(result.out));
    QVERIFY(lines.value(1).contains(QStringLiteral("Tỉnh ủy Điện Biên")));
    // By years the five-year figures are said to be left out.
    result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("stats"),
        QStringLiteral("--db"), file, QStringLiteral("--from"), QStringLiteral("2015"),
        QStringLiteral("--to"), QStringLiteral("2019"), QStringLiteral("--by"),
        QStringLiteral("years")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("2016")));
    QVERIFY2(result.out.contains(QStringLiteral("9 figure")), qPrintable(result.out));
    // The printed report.
    const QString pdf = path(QStringLiteral("so-lieu.pdf"));
    result = run({QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--from"),
        QStringLiteral("1/1/2015"), QStringLiteral("--to"), QStringLiteral("2019"),
        QStringLiteral("-o"), pdf});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(pdf).size() > 10000);
    // The table for Excel, as CSV: the figure as a number.
    const QString csv = path(QStringLiteral("so-lieu.csv"));
    result = run({QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--from"),
        QStringLiteral("2015"), QStringLiteral("--to"), QStringLiteral("2019"),
        QStringLiteral("-o"), csv});
    QCOMPARE(result.exitCode, 0);
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY2(text.contains(QStringLiteral("Lượt cán bộ ra nước ngoài")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2611")), qPrintable(text));
    // Usage errors.
    const QList<QStringList> wrong {{QStringLiteral("stats"), QStringLiteral("--db"), file,
                                        QStringLiteral("--from"), QStringLiteral("2015")},
        {QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--from"),
            QStringLiteral("2015"), QStringLiteral("--to"), QStringLiteral("2019"),
            QStringLiteral("--by"), QStringLiteral("districts")},
        {QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--from"),
            QStringLiteral("năm ngoái"), QStringLiteral("--to"), QStringLiteral("2019")},
        {QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--from"),
            QStringLiteral("2015"), QStringLiteral("--to"), QStringLiteral("2019"),
            QStringLiteral("-o"), path(QStringLiteral("bang.txt"))}};
    for (const QStringList &arguments : wrong) {
        result = run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(arguments.join(' ')));
    }
    // The years the wrong way round: the operation fails, with the sentence.
    result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("stats"),
        QStringLiteral("--db"), file, QStringLiteral("--from"), QStringLiteral("2020"),
        QStringLiteral("--to"), QStringLiteral("2019")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("comes after")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
