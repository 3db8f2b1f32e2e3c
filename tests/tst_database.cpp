#include "cli/demodata.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/storeerrors.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Writes a file with another SQLite connection (as another program, or an older/newer
// Secretariat, would).
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileHasTheWholeSchema();
    void reopeningChangesNothing();
    void newerVersionIsRefusedUntouched();
    void textFileIsRefusedUntouched();
    void truncatedDatabaseIsRefusedUntouched();
    void otherProgramsDatabaseIsRefused();
    void emptyFileBecomesADatabase();
    void missingFileWhenItMustExist();
    void constraintsGiveSentences_data();
    void constraintsGiveSentences();
    void writesAreNfcWithDerivedColumns();
    void deletingWhatIsInUseIsRefused();
    void ownedRowsGoWithTheirOwner();
    void transactionRollsBackUnlessCommitted();
    void backupIsAHealthyCopy();
    void inspectReportsAHealthyDemo();
    void auditLogAndTimestamps();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::freshFileHasTheWholeSchema()
{
    Database database;
    QVERIFY2(database.open(path(QStringLiteral("fresh.sqlite"))),
             qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::schemaVersion);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QStringList tables{"unit", "person", "legal_document", "conference",
                             "conference_participant", "agenda_item", "inspection_team",
                             "team_member", "inspection_target", "inspection_topic", "finding",
                             "statistic", "commendation", "document_register", "attachment",
                             "setting", "audit_log"};
    for (const QString &table : tables)
        QVERIFY2(db.tables().contains(table), qPrintable(table));
    QVERIFY(db.record(QStringLiteral("conference")).contains(QStringLiteral("title")));
    QVERIFY(db.record(QStringLiteral("person")).contains(QStringLiteral("full_name")));
    QVERIFY(db.record(QStringLiteral("unit")).contains(QStringLiteral("name")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM document_type WHERE code = 'CT'"))
                     .toString(),
             QStringLiteral("Chỉ thị"));
}

void TestDatabase::reopeningChangesNothing()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file));
        QString error;
        QVERIFY2(DemoData::populate(database.connection(), &error), qPrintable(error));
    }
    const QByteArray before = digest(file);
    {
        Database database;
        QVERIFY(database.open(file, Database::OpenMode::MustExist));
        QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT count(*) FROM conference"))
                         .toInt(),
                 4);
    }
    QCOMPARE(digest(file), before);
}

void TestDatabase::newerVersionIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file));
    }
    rawSql(file, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = digest(file);
    Database database;
    QVERIFY(!database.open(file));
    QVERIFY2(database.errorString().contains(QLatin1String("newer version")),
             qPrintable(database.errorString()));
    QVERIFY(database.errorString().contains(QLatin1String("99")));
    QVERIFY(!database.isOpen());
    QCOMPARE(digest(file), before);
}

void TestDatabase::textFileIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("notes.sqlite"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Danh sách đại biểu dự hội nghị\n1. Nguyễn Văn Sơn\n");
    text.close();
    const QByteArray before = digest(file);
    Database database;
    QVERIFY(!database.open(file));
    QVERIFY2(database.errorString().contains(QLatin1String("is not a Secretariat database")),
             qPrintable(database.errorString()));
    QCOMPARE(digest(file), before);
}

void TestDatabase::truncatedDatabaseIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("cut.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file));
        QString error;
        QVERIFY(DemoData::populate(database.connection(), &error));
    }
    QFile cut(file);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.size() > 8192);
    QVERIFY(cut.resize(cut.size() / 2));
    cut.close();
    const QByteArray before = digest(file);
    Database database;
    QVERIFY(!database.open(file));
    QVERIFY2(database.errorString().contains(QLatin1String("damaged")),
             qPrintable(database.errorString()));
    QCOMPARE(digest(file), before);
}

void TestDatabase::otherProgramsDatabaseIsRefused()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    rawSql(file, {QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"),
                  QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)")});
    const QByteArray before = digest(file);
    Database database;
    QVERIFY(!database.open(file));
    QVERIFY2(database.errorString().contains(QLatin1String("another program")),
             qPrintable(database.errorString()));
    QCOMPARE(digest(file), before);
}

void TestDatabase::emptyFileBecomesADatabase()
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Database database;
    QVERIFY2(database.open(file), qPrintable(database.errorString()));
    QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
             Database::schemaVersion);
}

void TestDatabase::missingFileWhenItMustExist()
{
    const QString file = path(QStringLiteral("nowhere.sqlite"));
    Database database;
    QVERIFY(!database.open(file, Database::OpenMode::MustExist));
    QVERIFY(database.errorString().contains(QLatin1String("There is no database file")));
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::constraintsGiveSentences_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("foreign key") << "INSERT INTO person (full_name, unit_id) VALUES ('A', 9999)"
                                 << "refers to something that does not exist";
    QTest::newRow("unit kind") << "INSERT INTO unit (name, kind) VALUES ('A', 'bogus')"
                               << "not one of the allowed choices (unit_kind)";
    QTest::newRow("impossible date")
            << "INSERT INTO unit (name, valid_from) VALUES ('A', '2026-02-31')"
            << "A date is not a valid calendar date.";
    QTest::newRow("date order")
            << "INSERT INTO unit (name, valid_from, valid_to) VALUES ('A', '2025-07-01', "
               "'2025-06-30')"
            << "An end date is before its start date.";
    QTest::newRow("duplicate unit") << "INSERT INTO unit (name) VALUES ('Tỉnh ủy Thanh Hóa')"
                                    << "There is already a unit with this name";
    QTest::newRow("missing title") << "INSERT INTO conference (kind, title) VALUES ('training', NULL)"
                                   << "“Conference title” must be filled in.";
    QTest::newRow("blank name") << "INSERT INTO unit (name) VALUES ('   ')"
                                << "A required field is empty.";
    QTest::newRow("bad time")
            << "INSERT INTO conference (kind, title, starts_at) VALUES ('training', 'x', '8h')"
            << "write it as HH:MM";
    QTest::newRow("collective without unit")
            << "INSERT INTO commendation (form, recipient_kind, reason) VALUES "
               "('certificate_of_merit', 'collective', 'x')"
            << "A collective commendation needs a unit";
    QTest::newRow("register number taken")
            << "INSERT INTO document_register (type_code, issuer_code, year, number, code, "
               "issued_on) VALUES ('TB', 'TU', 2026, 1, '1-TB/TU', '2026-02-05')"
            << "This number is already taken";
    QTest::newRow("participant twice")
            << "INSERT INTO conference_participant (conference_id, person_id) "
               "SELECT conference_id, person_id FROM conference_participant LIMIT 1"
            << "This person is already among the participants.";
}

void TestDatabase::constraintsGiveSentences()
{
    QFETCH(QString, statement);
    QFETCH(QString, sentence);
    Database database;
    QVERIFY(database.open(path(QStringLiteral("constraints.sqlite"))));
    const QSqlDatabase db = database.connection();
    QString error;
    QVERIFY(DemoData::populate(db, &error));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO document_register (type_code, issuer_code, year, number, code, "
            "issued_on) VALUES ('TB', 'TU', 2026, 1, '1-TB/TU', '2026-02-05')")));
    const int unitsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM unit")).toInt();

    QVERIFY2(!query.exec(statement), "the store accepted what it must refuse");
    const QString explained = StoreErrors::explain(query.lastError());
    QVERIFY2(explained.contains(sentence), qPrintable(explained));
    QVERIFY(!explained.contains(QLatin1String("constraint failed")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unit")).toInt(), unitsBefore);
}

void TestDatabase::writesAreNfcWithDerivedColumns()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("nfc.sqlite"))));
    const QSqlDatabase db = database.connection();
    const QString decomposed = QStringLiteral("  Nguyễn Thị Hoà  ").normalized(QString::NormalizationForm_D);
    QString error;
    const auto id = RecordStore::insert(
            db, QStringLiteral("person"),
            {{QStringLiteral("full_name"), decomposed}, {QStringLiteral("phone"), QString()},
             {QStringLiteral("title"), QStringLiteral("Chuyên viên")}},
            &error);
    QVERIFY2(id, qPrintable(error));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT full_name, family_name, middle_name, given_name, "
                                 "name_folded, phone IS NULL, sort_key <> '' FROM person WHERE id = ?"));
    query.addBindValue(*id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Nguyễn Thị Hoà"));
    QCOMPARE(query.value(0).toString(),
             query.value(0).toString().normalized(QString::NormalizationForm_C));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Nguyễn"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Thị"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("Hoà"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("nguyen thi hoa"));
    QVERIFY(query.value(5).toBool());
    QVERIFY(query.value(6).toBool());
}

void TestDatabase::deletingWhatIsInUseIsRefused()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("usage.sqlite"))));
    const QSqlDatabase db = database.connection();
    QString error;
    QVERIFY(DemoData::populate(db, &error));
    const qint64 thanhHoa =
            scalar(db, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Thanh Hóa'"))
                    .toLongLong();
    QVERIFY(thanhHoa > 0);

    QVERIFY(!RecordStore::remove(db, QStringLiteral("unit"), thanhHoa,
                                 QStringLiteral("Tỉnh ủy Thanh Hóa"), &error));
    // Without a translation the plural reads "person(s)"; the sentence names both uses.
    QVERIFY2(error.startsWith(QStringLiteral("“Tỉnh ủy Thanh Hóa” cannot be deleted")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("3 person")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("5 unit")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(thanhHoa))
                     .toInt(),
             1);

    const auto free = RecordStore::insert(db, QStringLiteral("unit"),
                                          {{QStringLiteral("name"), QStringLiteral("Đơn vị tạm")}},
                                          &error);
    QVERIFY(free);
    QVERIFY(RecordStore::usage(db, QStringLiteral("unit"), *free).isEmpty());
    QVERIFY2(RecordStore::remove(db, QStringLiteral("unit"), *free, QStringLiteral("Đơn vị tạm"),
                                 &error),
             qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unit WHERE id = %1").arg(*free))
                     .toInt(),
             0);
}

void TestDatabase::ownedRowsGoWithTheirOwner()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("owned.sqlite"))));
    const QSqlDatabase db = database.connection();
    QString error;
    QVERIFY(DemoData::populate(db, &error));
    // The Tuyên Quang conference owns its participants; nothing else refers to it.
    const qint64 conference =
            scalar(db, QStringLiteral("SELECT id FROM conference WHERE kind = 'dissemination'"))
                    .toLongLong();
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM conference_participant "
                                      "WHERE conference_id = %1")
                               .arg(conference))
                    .toInt()
            > 0);
    QVERIFY(RecordStore::usage(db, QStringLiteral("conference"), conference).isEmpty());
    QVERIFY2(RecordStore::remove(db, QStringLiteral("conference"), conference,
                                 QStringLiteral("x"), &error),
             qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conference_participant "
                                       "WHERE conference_id = %1")
                                .arg(conference))
                     .toInt(),
             0);
    // The Thanh Hóa conference is referred to by its commendations: refused.
    const qint64 review =
            scalar(db, QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
                    .toLongLong();
    QVERIFY(!RecordStore::remove(db, QStringLiteral("conference"), review, QStringLiteral("x"),
                                 &error));
    QVERIFY2(error.contains(QLatin1String("2 commendation")), qPrintable(error));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("tx.sqlite"))));
    const QSqlDatabase db = database.connection();
    QString error;
    {
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(RecordStore::insert(db, QStringLiteral("unit"),
                                    {{QStringLiteral("name"), QStringLiteral("Bỏ đi")}}, &error));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unit")).toInt(), 0);
    {
        Transaction transaction(db);
        QVERIFY(RecordStore::insert(db, QStringLiteral("unit"),
                                    {{QStringLiteral("name"), QStringLiteral("Giữ lại")}}, &error));
        QVERIFY(transaction.commit(&error));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM unit")).toString(),
             QStringLiteral("Giữ lại"));
}

void TestDatabase::backupIsAHealthyCopy()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("live.sqlite"))));
    QString error;
    QVERIFY(DemoData::populate(database.connection(), &error));
    const QString copy = path(QStringLiteral("copy.sqlite"));
    QVERIFY2(database.backupTo(copy), qPrintable(database.errorString()));
    Database::Health health;
    QVERIFY2(Database::inspect(copy, &health, &error), qPrintable(error));
    QVERIFY(health.healthy());
    Database reopened;
    QVERIFY(reopened.open(copy, Database::OpenMode::MustExist));
    QCOMPARE(scalar(reopened.connection(), QStringLiteral("SELECT count(*) FROM person")).toInt(),
             scalar(database.connection(), QStringLiteral("SELECT count(*) FROM person")).toInt());
    // A backup never overwrites a file.
    const QByteArray before = digest(copy);
    QVERIFY(!database.backupTo(copy));
    QVERIFY(database.errorString().contains(QLatin1String("already exists")));
    QCOMPARE(digest(copy), before);
}

void TestDatabase::inspectReportsAHealthyDemo()
{
    const QString file = path(QStringLiteral("inspect.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file));
        QString error;
        QVERIFY(DemoData::populate(database.connection(), &error));
    }
    const QByteArray before = digest(file);
    Database::Health health;
    QString error;
    QVERIFY2(Database::inspect(file, &health, &error), qPrintable(error));
    QCOMPARE(health.schemaVersion, Database::schemaVersion);
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
    QCOMPARE(digest(file), before);
    // A broken reference is reported.
    rawSql(file, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                  QStringLiteral("UPDATE person SET unit_id = 4242 WHERE id = 1")});
    QVERIFY(Database::inspect(file, &health, &error));
    QVERIFY(!health.healthy());
    QVERIFY(health.problems.join(QLatin1Char(' ')).contains(QLatin1String("person")));
}

void TestDatabase::auditLogAndTimestamps()
{
    Database database;
    QVERIFY(database.open(path(QStringLiteral("audit.sqlite"))));
    const QSqlDatabase db = database.connection();
    QString error;
    const auto id = RecordStore::insert(db, QStringLiteral("unit"),
                                        {{QStringLiteral("name"), QStringLiteral("Huyện ủy A")}},
                                        &error);
    QVERIFY(id);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("UPDATE unit SET updated_at = '2000-01-01T00:00:00', "
                                      "name = 'Huyện ủy B'")));
    QVERIFY(scalar(db, QStringLiteral("SELECT updated_at FROM unit")).toString()
            > QStringLiteral("2020"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(action) FROM audit_log "
                                       "WHERE table_name = 'unit'"))
                     .toString(),
             QStringLiteral("insert,update"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
