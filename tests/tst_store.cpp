#include "teststore.h"
#include "testserver.h"

#include "core/appresources.h"
#include "core/catalogue.h"
#include "storage/attachmentstore.h"
#include "storage/documentregister.h"
#include "storage/issuingbodies.h"
#include "storage/remedies.h"
#include "storage/sqlitedialect.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fileValue;

using TestSupport::digest;

namespace {
QVariant scalar(const Store &store, const QString &sql, const QVariantList &values = {})
{
    return store.value(sql, values);
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
            QVERIFY2(query.exec(statement), qPrintable(statement + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString migration(const char *name)
{
    AppResources::ensureLoaded();
    QFile file(QStringLiteral(":/migrations/sqlite/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileHasTheWholeSchema();
    void nameOfTwoWordsIsStored();
    void searchIndexFollowsEveryWrite();
    void reopeningChangesNothing();
    void newerVersionIsRefusedUntouched();
    void textFileIsRefusedUntouched();
    void truncatedDatabaseIsRefusedUntouched();
    void otherProgramsDatabaseIsRefused();
    void emptyFileIsRefusedUnlessItIsTheProgramsOwn();
    void newDatabaseNeedsANewName();
    void missingFileWhenItMustExist();
    void versionOneFileIsUpdatedWithItsLog();
    void theProfilesBodyBecomesTheDefaultIssuingBody();
    void aSchemaFiveInspectionLosesNothing();
    void aSchemaSixCommendationLosesNothing();
    void aSchemaEightFileKeepsItsFigures();
    void constraintsGiveSentences_data();
    void constraintsGiveSentences();
    void writesAreNfcWithDerivedColumns();
    void controlCharactersAndOverridesAreRemoved();
    void updateWritesOnlyWhatChanged();
    void updateOverANewerVersionIsRefused();
    void updateOfADeletedRecordIsRefused();
    void deletingWhatIsInUseIsRefused();
    void anOrganizersIssuingBodyIsInUse();
    void ownedRowsGoWithTheirOwner();
    void nestedWritesCommitOnceOrNotAtAll();
    void fullDiskRefusesAndLosesNothing();
    void readOnlyStoreRefusesEveryWrite();
    void changesAreAnnouncedAfterCommit();
    void inspectReportsAHealthyDemo();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demo(const QString &name)
    {
        const QString file = path(name);
        const QString error = TestSupport::writeDemo(file);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return file;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::freshFileHasTheWholeSchema()
{
    Store store;
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("fresh.sqlite")), Store::OpenMode::CreateNew, &error),
        qPrintable(error));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA application_id")).toInt(),
        SqliteDialect::applicationId);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(
        scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QStringList tables {"unit", "person", "legal_document", "conference",
        "conference_participant", "agenda_item", "inspection_team", "team_member",
        "inspection_target", "inspection_topic", "finding", "statistic", "commendation",
        "document_register", "attachment", "setting", "audit_log"};
    const QStringList present = store.connection().tables();
    for (const QString &table : tables)
        QVERIFY2(present.contains(table), qPrintable(table));
    QCOMPARE(scalar(store, QStringLiteral("SELECT name FROM document_type WHERE code = 'CT'"))
                 .toString(),
        QStringLiteral("Chỉ thị"));
    // The sort keys the lists use are stored, also for rows the first schema wrote.
    QVERIFY(!scalar(store, QStringLiteral("SELECT sort_key FROM document_type WHERE code = 'CT'"))
                 .toString()
                 .isEmpty());
}

// "Lê Anh" has no middle name: its part was NULL, and the store refused the person with
// "“Middle name” must be filled in."
void TestStore::nameOfTwoWordsIsStored()
{
    Store store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("names.sqlite")), Store::OpenMode::CreateNew, &error));
    const auto id = store.insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Lê Anh")},
            {QStringLiteral("middle_name"), QStringLiteral("")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    const auto record = store.read(QStringLiteral("person"), *id);
    QCOMPARE(record->values.value(QStringLiteral("family_name")).toString(), QStringLiteral("Lê"));
    QCOMPARE(record->values.value(QStringLiteral("given_name")).toString(), QStringLiteral("Anh"));
    QVERIFY(record->values.value(QStringLiteral("middle_name")).toString().isEmpty());
}

// The lists search a full-text index the file keeps itself: a new row, a changed one, a unit's
// new name (found on its people) and a deleted row are there at once, whoever wrote them.
void TestStore::searchIndexFollowsEveryWrite()
{
    Store store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("search.sqlite")), Store::OpenMode::CreateNew, &error));
    const auto found = [&store](const QString &words) {
        return scalar(store,
            QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM person_search "
                           "WHERE person_search MATCH '%1' ORDER BY rowid)")
                .arg(words))
            .toString();
    };
    const auto unit = store.insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy xã Quảng Tân")}}, &error);
    const auto person = store.insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị Hạnh")},
            {QStringLiteral("title"), QStringLiteral("Bí thư Chi bộ")},
            {QStringLiteral("unit_id"), *unit}},
        &error);
    QVERIFY2(person, qPrintable(error));
    const QString id = QString::number(*person);
    QCOMPARE(found(QStringLiteral("hanh bi quang")), id);
    QVERIFY2(store
                 .update(*store.read(QStringLiteral("person"), *person),
                     {{QStringLiteral("title"), QStringLiteral("Chủ tịch Hội Phụ nữ")}})
                 .ok(),
        "update");
    QCOMPARE(found(QStringLiteral("bi")), QString());
    QCOMPARE(found(QStringLiteral("phu nu")), id);
    QVERIFY(store
                .update(*store.read(QStringLiteral("unit"), *unit),
                    {{QStringLiteral("name"), QStringLiteral("Đảng ủy xã Quảng Phú")}})
                .ok());
    QCOMPARE(found(QStringLiteral("tan")), QString());
    QCOMPARE(found(QStringLiteral("quang phu hanh")), id);
    QCOMPARE(store.remove(QStringLiteral("person"), *person).outcome, Store::Outcome::Written);
    QCOMPARE(found(QStringLiteral("hanh")), QString());
}

void TestStore::reopeningChangesNothing()
{
    const QString file = demo(QStringLiteral("reopen.sqlite"));
    const QByteArray before = digest(file);
    {
        auto store = TestSupport::open(file);
        QVERIFY(store);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM conference")).toInt(), 5);
    }
    QCOMPARE(digest(file), before);
}

void TestStore::newerVersionIsRefusedUntouched()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a file's PRAGMA user_version");
    const QString file = demo(QStringLiteral("newer.sqlite"));
    rawSql(file, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = digest(file);
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("99")));
    QVERIFY(!store.isOpen());
    QCOMPARE(digest(file), before);
}

void TestStore::textFileIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("notes.sqlite"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Danh sách đại biểu dự hội nghị\n1. Nguyễn Văn Sơn\n");
    text.close();
    const QByteArray before = digest(file);
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("is not a Secretariat database")), qPrintable(error));
    QCOMPARE(digest(file), before);
}

void TestStore::truncatedDatabaseIsRefusedUntouched()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a file cut short");
    const QString file = demo(QStringLiteral("cut.sqlite"));
    QFile cut(file);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.size() > 8192);
    QVERIFY(cut.resize(cut.size() / 2));
    cut.close();
    const QByteArray before = digest(file);
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(digest(file), before);
}

void TestStore::otherProgramsDatabaseIsRefused()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    rawSql(file,
        {QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"),
            QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)")});
    const QByteArray before = digest(file);
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    QCOMPARE(digest(file), before);
}

void TestStore::emptyFileIsRefusedUnlessItIsTheProgramsOwn()
{
    // A 0-byte file someone names (--db, report) is not turned into a database of 337 kB.
    const QString file = path(QStringLiteral("empty.sqlite"));
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("is empty")), qPrintable(error));
    QCOMPARE(QFileInfo(file).size(), 0);
    QVERIFY(!store.open(file, Store::OpenMode::CreateNew, &error));
    QCOMPARE(QFileInfo(file).size(), 0);
    // The program's own database, which a first start cut short, is made.
    QVERIFY2(store.open(file, Store::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
}

void TestStore::newDatabaseNeedsANewName()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a file's name");
    const QString file = demo(QStringLiteral("taken.sqlite"));
    const QByteArray before = digest(file);
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::CreateNew, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(digest(file), before);
}

void TestStore::missingFileWhenItMustExist()
{
    const QString file = path(QStringLiteral("nowhere.sqlite"));
    Store store;
    QString error;
    QVERIFY(!store.open(file, Store::OpenMode::MustExist, &error));
    QVERIFY(error.contains(QLatin1String("There is no database file")));
    QVERIFY(!QFile::exists(file));
}

// Until schema 5 the format profile held the one header and signer: updating makes them the
// office's default issuing body, whose register goes on where it was.
void TestStore::theProfilesBodyBecomesTheDefaultIssuingBody()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: files of versions before the server's first (9)");
    const QString file = path(QStringLiteral("v1-profile.sqlite"));
    SqliteDialect dialect;
    {
        SqliteDialect::Connection connection;
        QString error;
        QVERIFY2(SqliteDialect::open(
                     QStringLiteral("v1-profile"), file, true, false, &connection, &error),
            qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v1-profile"));
        QVERIFY2(
            dialect.executeScript(db, migration("0001_initial.sql"), &error), qPrintable(error));
        QVERIFY2(
            dialect.executeScript(db,
                QStringLiteral(
                    "PRAGMA user_version = 1; PRAGMA application_id = %1;"
                    "INSERT INTO setting (key, value) VALUES ('format_profile', '{\"format\": "
                    "\"secretariat-format-profile\", \"superiorBody\": \"ĐẢNG BỘ TỈNH NAM "
                    "ĐỊNH\", \"issuingBody\": \"TỈNH ỦY\", \"issuerCode\": \"TU\", "
                    "\"placeName\": \"Nam Định\", \"signerAuthority\": \"T/M BAN THƯỜNG "
                    "VỤ\", \"signerTitle\": \"BÍ THƯ\", \"signerName\": \"Trần Văn "
                    "Hư\", \"recipients\": [\"Như trên,\", \"Lưu Văn phòng Tỉnh "
                    "ủy.\"]}');"
                    "INSERT INTO document_register (type_code, issuer_code, year, number, code, "
                    "issued_on) VALUES ('TB', 'TU', 2026, 3, '3-TB/TU', '2026-01-10');")
                    .arg(SqliteDialect::applicationId),
                &error),
            qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-profile"));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    const auto body = IssuingBodies::defaultBody(*store);
    QVERIFY(body);
    QCOMPARE(body->superiorLine, QStringLiteral("ĐẢNG BỘ TỈNH NAM ĐỊNH"));
    QCOMPARE(body->issuingLine, QStringLiteral("TỈNH ỦY"));
    QCOMPARE(body->placeName, QStringLiteral("Nam Định"));
    QVERIFY(body->numberedPerYear);
    const auto signer = body->signerFor(QStringLiteral("conference-summary"));
    QVERIFY(signer);
    QCOMPARE(signer->name, QStringLiteral("Trần Văn Hư"));
    QCOMPARE(signer->recipients,
        QStringList({QStringLiteral("Như trên,"), QStringLiteral("Lưu Văn phòng Tỉnh ủy.")}));
    // The year's run goes on after the numbers given before the update; the register still
    // searches.
    DocumentRegister::Request request;
    request.typeCode = QStringLiteral("TB");
    request.issuingBodyId = body->id;
    request.issuedOn = QDate(2026, 2, 1);
    QString error;
    const auto entry = DocumentRegister::issue(*store, request, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->code, QStringLiteral("04-TB/TU"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM document_register WHERE issuing_body_id = ?"),
                 {body->id})
                 .toInt(),
        2);
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM document_register_search WHERE "
                                "document_register_search MATCH '\"3\"'"))
                 .toInt(),
        1);
}

// Schema 6 remakes the inspections' tables: a file of schema 5 with an inspection (its team,
// targets, findings of every old kind with their remedies, attachments on findings) comes
// through with nothing lost, the rows under their ids.
void TestStore::aSchemaFiveInspectionLosesNothing()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: files of versions before the server's first (9)");
    const QString file = path(QStringLiteral("v5-inspection.sqlite"));
    SqliteDialect dialect;
    {
        SqliteDialect::Connection connection;
        QString error;
        QVERIFY2(SqliteDialect::open(
                     QStringLiteral("v5-writer"), file, true, false, &connection, &error),
            qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v5-writer"));
        for (const char *name :
            {"0001_initial.sql", "0002_versions_and_audit.sql", "0003_append_only_audit.sql",
                "0004_indexes_for_scale.sql", "0005_issuing_bodies.sql"}) {
            const QString script = migration(name);
            QVERIFY2(!script.isEmpty(), name);
            QVERIFY2(dialect.executeScript(db, script, &error), qPrintable(name + error));
        }
        QVERIFY2(dialect.executeScript(db,
                     QStringLiteral(
                         "PRAGMA user_version = 5; PRAGMA application_id = %1;"
                         "INSERT INTO unit (id, name) VALUES (1, 'Đảng ủy xã Tân Phú (giả định)'),"
                         " (2, 'Chi bộ Trường Tiểu học Tân Phú (giả định)');"
                         "INSERT INTO person (id, full_name) VALUES (3, 'Trần Văn Mẫu (giả "
                         "định)'), (4, 'Lê Thị Thử (giả định)');"
                         "INSERT INTO inspection_team (id, name, number, starts_on, ends_on, "
                         "status, note) VALUES (7, 'Đoàn kiểm tra số 3 (giả định)', 3, "
                         "'2025-09-01', '2025-09-20', 'concluded', 'Ghi chú cũ');"
                         "INSERT INTO team_member (id, team_id, person_id, role, position) "
                         "VALUES (11, 7, 3, 'head', 1), (12, 7, 4, 'secretary', 2);"
                         "INSERT INTO inspection_target (id, team_id, unit_id, scheduled_from, "
                         "status, position) VALUES (21, 7, 1, '2025-09-05', 'concluded', 1),"
                         " (22, 7, 2, NULL, 'concluded', 2);"
                         "INSERT INTO finding (id, target_id, kind, description, position) VALUES"
                         " (31, 21, 'strength', 'Ban hành kế hoạch kịp thời', 1),"
                         " (32, 21, 'shortcoming', 'Hồ sơ lưu trữ chưa đầy đủ', 2),"
                         " (34, 21, 'cause', 'Cán bộ kiêm nhiệm nhiều việc', 4);"
                         "INSERT INTO finding (id, target_id, kind, subject_kind, "
                         "subject_person_id, description, recommendation, deadline, "
                         "remedy_status, remedy_report, position) VALUES (33, 21, 'violation', "
                         "'member', 4, 'Chậm báo cáo việc đi nước ngoài', 'Kiểm điểm, rút kinh "
                         "nghiệm', '2025-12-31', 'in_progress', 'Đã kiểm điểm ở chi bộ', 3);"
                         "INSERT INTO finding (id, target_id, kind, subject_unit_id, description, "
                         "recommendation, deadline, remedy_status, remedied_on, remedy_report, "
                         "position) VALUES (35, 22, 'recommendation', 2, 'Sổ đảng phí ghi chưa "
                         "đúng', 'Bổ sung sổ sách đảng phí', '2025-11-30', 'remedied', "
                         "'2025-11-20', 'Đã bổ sung sổ sách', 1);"
                         "INSERT INTO finding (id, target_id, kind, description, position) VALUES"
                         " (36, 22, 'violation', 'Không sinh hoạt chi bộ tháng 7', 2);"
                         "INSERT INTO attachment (id, finding_id, kind, file_name, byte_size) "
                         "VALUES (41, 35, 'report', 'bao-cao-khac-phuc.pdf', 4),"
                         " (42, 33, 'report', 'ban-kiem-diem.pdf', 5);"
                         "INSERT INTO attachment_content (attachment_id, data) VALUES (41, "
                         "x'25504446'), (42, x'2550444631');")
                         .arg(SqliteDialect::applicationId),
                     &error),
            qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5-writer"));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    // The inspection, its team and targets keep their ids: nothing cascaded away.
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT name FROM inspection_team WHERE id = 7")).toString(),
        QStringLiteral("Đoàn kiểm tra số 3 (giả định)"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM "
                                "team_member WHERE team_id = 7 ORDER BY id)"))
                 .toString(),
        QStringLiteral("11,12"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM "
                                "inspection_target WHERE team_id = 7 ORDER BY id)"))
                 .toString(),
        QStringLiteral("21,22"));
    // The conclusion's findings are the target's sections.
    QCOMPARE(scalar(*store, QStringLiteral("SELECT strengths FROM inspection_target WHERE id = 21"))
                 .toString(),
        QStringLiteral("Ban hành kế hoạch kịp thời"));
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT shortcomings FROM inspection_target WHERE id = 21"))
            .toString(),
        QStringLiteral("Hồ sơ lưu trữ chưa đầy đủ"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT causes FROM inspection_target WHERE id = 21"))
                 .toString(),
        QStringLiteral("Cán bộ kiêm nhiệm nhiều việc"));
    // The violations stay findings under their ids; the member's keeps its person.
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM finding "
                                "ORDER BY id)"))
                 .toString(),
        QStringLiteral("33,36"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT subject_person_id FROM finding WHERE id = 33"))
                 .toInt(),
        4);
    // The recommendations, with their remedy as recorded.
    auto query = store->select(QStringLiteral(
        "SELECT target_id, content, responsible_unit_id, deadline, status, remedied_on, "
        "last_report_on, last_report, id FROM recommendation ORDER BY target_id"));
    QVERIFY(query && query->next());
    QCOMPARE(query->value(0).toInt(), 21);
    QCOMPARE(query->value(1).toString(), QStringLiteral("Kiểm điểm, rút kinh nghiệm"));
    QCOMPARE(query->value(2).toInt(), 1); // the target's unit
    QCOMPARE(query->value(3).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(query->value(4).toString(), QStringLiteral("in_progress"));
    QCOMPARE(query->value(7).toString(), QStringLiteral("Đã kiểm điểm ở chi bộ"));
    // A report of a remedy under way is dated by the finding's last change.
    QVERIFY(QDate::fromString(query->value(6).toString(), Qt::ISODate).isValid());
    const qint64 underWay = query->value(8).toLongLong();
    QVERIFY(query->next());
    QCOMPARE(query->value(0).toInt(), 22);
    QCOMPARE(query->value(1).toString(), QStringLiteral("Bổ sung sổ sách đảng phí"));
    QCOMPARE(query->value(2).toInt(), 2);
    QCOMPARE(query->value(4).toString(), QStringLiteral("remedied"));
    QCOMPARE(query->value(5).toString(), QStringLiteral("2025-11-20"));
    QCOMPARE(query->value(6).toString(), QStringLiteral("2025-11-20"));
    QCOMPARE(query->value(7).toString(), QStringLiteral("Đã bổ sung sổ sách"));
    const qint64 remedied = query->value(8).toLongLong();
    QVERIFY(!query->next());
    query.reset();
    // The remedy report recorded is the first event of its history.
    const QList<Remedies::Entry> history = Remedies::history(*store, remedied);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, QStringLiteral("report"));
    QCOMPARE(history.first().occurredOn, QDate(2025, 11, 20));
    QCOMPARE(history.first().content, QStringLiteral("Đã bổ sung sổ sách"));
    QCOMPARE(history.first().statusAfter, QStringLiteral("remedied"));
    QCOMPARE(Remedies::history(*store, underWay).size(), 1);
    QCOMPARE(Remedies::history(*store, underWay).first().content,
        QStringLiteral("Đã kiểm điểm ở chi bộ"));
    // The attachments: the violation's stays on it, the recommendation's moves to the
    // inspection; the bytes are all there.
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT finding_id FROM attachment WHERE id = 42")).toInt(),
        33);
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT inspection_team_id FROM attachment WHERE id = 41"))
            .toInt(),
        7);
    QVERIFY(
        scalar(*store, QStringLiteral("SELECT finding_id FROM attachment WHERE id = 41")).isNull());
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM attachment_content")).toInt(), 2);
    // The recommendations are searched (content, latest report and responsible unit).
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM recommendation_search WHERE "
                                "recommendation_search MATCH 'dang phi'"))
                 .toInt(),
        1);
    Store::Health health;
    QString error;
    store.reset();
    QVERIFY2(Store::inspect(file, &health, &error), qPrintable(error));
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char(' '))));
}

void TestStore::versionOneFileIsUpdatedWithItsLog()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: files of versions before the server's first (9)");
    // A file of the first version, with the rows and the log its triggers wrote.
    const QString file = path(QStringLiteral("v1.sqlite"));
    const QString script = migration("0001_initial.sql");
    QVERIFY(!script.isEmpty());
    // sqlite3_exec runs the script as the first version of the program did.
    SqliteDialect dialect;
    {
        SqliteDialect::Connection connection;
        QString error;
        QVERIFY2(SqliteDialect::open(
                     QStringLiteral("v1-writer"), file, true, false, &connection, &error),
            qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v1-writer"));
        QVERIFY2(dialect.executeScript(db, script, &error), qPrintable(error));
        QVERIFY(dialect.executeScript(db,
            QStringLiteral("PRAGMA user_version = 1; PRAGMA application_id = %1;"
                           "INSERT INTO unit (name) VALUES ('Huyện ủy A');"
                           "INSERT INTO person (full_name, title) VALUES ('Lê Văn Nam', "
                           "'Chánh Văn phòng');"
                           "UPDATE unit SET short_name = 'HU A';")
                .arg(SqliteDialect::applicationId),
            &error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));
    QCOMPARE(fileValue(file, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 3);

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    // The old rows are kept, their keys derived, the log chained and sealed.
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 3);
    QVERIFY(!scalar(*store, QStringLiteral("SELECT title_key FROM person")).toString().isEmpty());
    // Version 4: the exact name to match by, and the old rows in the lists' search index.
    QCOMPARE(scalar(*store, QStringLiteral("SELECT name_key FROM person")).toString(),
        VietnameseText::matchKey(QStringLiteral("Lê Văn Nam")));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM person_search WHERE person_search MATCH "
                                "'nam chanh'"))
                 .toInt(),
        1);
    QVERIFY2(store->verifyAuditLog().isEmpty(), qPrintable(store->verifyAuditLog().join(' ')));
    // The old triggers are gone: one change writes one row of the log.
    const auto person = store->read(
        QStringLiteral("person"), scalar(*store, QStringLiteral("SELECT id FROM person")));
    QVERIFY(person);
    QCOMPARE(store->update(*person, {{QStringLiteral("phone"), QStringLiteral("0237 385 2222")}})
                 .outcome,
        Store::Outcome::Written);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 4);
}

// Until schema 7 a commendation was one row per recipient. The rows of one decision become one
// commendation with its list; a recipient recorded twice goes to a second one alike; the
// register's entries and the attachments follow; decided lists are frozen.
void TestStore::aSchemaSixCommendationLosesNothing()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: files of versions before the server's first (9)");
    const QString file = path(QStringLiteral("v6-commendation.sqlite"));
    SqliteDialect dialect;
    {
        SqliteDialect::Connection connection;
        QString error;
        QVERIFY2(SqliteDialect::open(
                     QStringLiteral("v6-writer"), file, true, false, &connection, &error),
            qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v6-writer"));
        for (const char *name :
            {"0001_initial.sql", "0002_versions_and_audit.sql", "0003_append_only_audit.sql",
                "0004_indexes_for_scale.sql", "0005_issuing_bodies.sql", "0006_inspections.sql"}) {
            const QString script = migration(name);
            QVERIFY2(!script.isEmpty(), name);
            QVERIFY2(dialect.executeScript(db, script, &error), qPrintable(name + error));
        }
        QVERIFY2(dialect.executeScript(db,
                     QStringLiteral(
                         "PRAGMA user_version = 6; PRAGMA application_id = %1;"
                         "INSERT INTO unit (id, name, kind) VALUES (1, 'Ban Thường vụ Tỉnh ủy "
                         "(giả định)', 'standing_board'), (2, 'Đảng ủy xã An Hòa (giả định)', "
                         "'party_organization'), (3, 'Chi bộ Thôn Đông (giả định)', "
                         "'party_organization');"
                         "INSERT INTO issuing_body (id, name, issuing_line, issuer_code, unit_id) "
                         "VALUES (5, 'Ban Thường vụ Tỉnh ủy (giả định)', 'TỈNH ỦY', 'TU', 1);"
                         "INSERT INTO person (id, full_name, title) VALUES (7, 'Trần Văn Mẫu "
                         "(giả định)', 'Bí thư Chi bộ');"
                         "INSERT INTO commendation (id, form, authority_unit_id, decided_on, "
                         "recipient_kind, recipient_unit_id, recipient_person_id, reason, "
                         "position, note) VALUES "
                         "(10, 'certificate_of_merit', 1, '2024-05-27', 'collective', 2, NULL, "
                         "'Thành tích 10 năm', 1, 'Ghi chú'),"
                         "(11, 'certificate_of_merit', 1, '2024-05-27', 'collective', 3, NULL, "
                         "'Thành tích 10 năm', 2, NULL),"
                         "(12, 'certificate_of_merit', 1, '2024-05-27', 'individual', NULL, 7, "
                         "'Thành tích 10 năm', 3, NULL),"
                         "(13, 'certificate_of_merit', 1, '2024-05-27', 'collective', 2, NULL, "
                         "'Thành tích 10 năm', 4, 'Ghi hai lần'),"
                         "(14, 'certificate_of_commendation', NULL, NULL, 'collective', 3, NULL, "
                         "'Hoàn thành xuất sắc nhiệm vụ', 1, NULL);"
                         "INSERT INTO attachment (id, commendation_id, kind, file_name, byte_size) "
                         "VALUES (41, 11, 'report', 'bao-cao-thanh-tich.pdf', 4);"
                         "INSERT INTO attachment_content (attachment_id, data) VALUES (41, "
                         "x'25504446');"
                         "INSERT INTO document_register (id, type_code, issuer_code, series, "
                         "year, number, code, issued_on, commendation_id) VALUES (51, 'QĐ', "
                         "'TU', 'year 2024 QĐ', 2024, 12, '12-QĐ/TU', '2024-05-27', 12);")
                         .arg(SqliteDialect::applicationId),
                     &error),
            qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6-writer"));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    // One decision's rows are one commendation; the unit recorded twice is on a second list;
    // the undecided Giấy khen is a proposal of its own.
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(id || ':' || status || ':' || n, ' ') FROM "
                                "(SELECT c.id, c.status, (SELECT count(*) FROM "
                                "commendation_recipient r WHERE r.commendation_id = c.id) AS n "
                                "FROM commendation c ORDER BY c.id)"))
                 .toString(),
        QStringLiteral("10:decided:3 13:decided:1 14:proposed:1"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(name || '|' || ifnull(detail, ''), ' / ') "
                                "FROM (SELECT name, detail FROM commendation_recipient WHERE "
                                "commendation_id = 10 ORDER BY position)"))
                 .toString(),
        QStringLiteral("Đảng ủy xã An Hòa (giả định)| / Chi bộ Thôn Đông (giả định)| / "
                       "Trần Văn Mẫu (giả định)|Bí thư Chi bộ"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT f.name || '|' || c.issuing_body_id || '|' || c.reason "
                                "FROM commendation c JOIN commendation_form f ON "
                                "f.id = c.form_id WHERE c.id = 10"))
                 .toString(),
        QStringLiteral("Bằng khen|5|Thành tích 10 năm"));
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT note FROM commendation WHERE id = 13")).toString(),
        QStringLiteral("Ghi hai lần"));
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT f.name FROM commendation c JOIN commendation_form f ON "
                                "f.id = c.form_id WHERE c.id = 14"))
                 .toString(),
        QStringLiteral("Giấy khen"));
    // The register's entry and the attachment belong to the commendation of their row.
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT commendation_id FROM document_register "
                                "WHERE id = 51"))
                 .toInt(),
        10);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT commendation_id FROM attachment WHERE id = 41"))
                 .toInt(),
        10);
    // The names got their keys, and the decided list is frozen.
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM commendation_recipient "
                                "WHERE name_key = '' OR name_key LIKE 'schema6:%'"))
                 .toInt(),
        0);
    QString error;
    QVERIFY(!store->insert(QStringLiteral("commendation_recipient"),
        {{QStringLiteral("commendation_id"), 10},
            {QStringLiteral("recipient_kind"), QStringLiteral("collective")},
            {QStringLiteral("unit_id"), 1}, {QStringLiteral("name"), QStringLiteral("Thêm")}},
        &error));
    QVERIFY2(error.contains(QLatin1String("decided")), qPrintable(error));
    // The forms a Party office gives are there to choose from.
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM commendation_form WHERE "
                                "badge_years IS NOT NULL"))
                 .toInt(),
        12);
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT group_concat(f.name, ', ') FROM "
                                "commendation_form_authority a JOIN commendation_form f ON "
                                "f.id = a.form_id WHERE a.issuing_body_id = 5 AND "
                                "f.badge_years IS NULL"))
                 .toString(),
        QStringLiteral("Bằng khen, Cờ thi đua"));
}

// Until schema 9 a figure was typed by name in a conference's statistics tab. Each name becomes
// an indicator of the catalogue (one for a name used twice), and each figure keeps its value
// and measure, and gets its conference's organizer and period when it had none.
void TestStore::aSchemaEightFileKeepsItsFigures()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: files of versions before the server's first (9)");
    const QString file = path(QStringLiteral("v8-statistics.sqlite"));
    SqliteDialect dialect;
    {
        SqliteDialect::Connection connection;
        QString error;
        QVERIFY2(SqliteDialect::open(
                     QStringLiteral("v8-writer"), file, true, false, &connection, &error),
            qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v8-writer"));
        for (const char *name :
            {"0001_initial.sql", "0002_versions_and_audit.sql", "0003_append_only_audit.sql",
                "0004_indexes_for_scale.sql", "0005_issuing_bodies.sql", "0006_inspections.sql",
                "0007_commendations.sql", "0008_accounts.sql"}) {
            const QString script = migration(name);
            QVERIFY2(!script.isEmpty(), name);
            QVERIFY2(dialect.executeScript(db, script, &error), qPrintable(name + error));
        }
        QVERIFY2(
            dialect.executeScript(db,
                QStringLiteral(
                    "PRAGMA user_version = 8; PRAGMA application_id = %1;"
                    "INSERT INTO unit (id, name, kind) VALUES (1, 'Tỉnh ủy Thử (giả định)', "
                    "'party_committee'), (2, 'Huyện ủy Thử (giả định)', 'party_committee');"
                    "INSERT INTO conference (id, kind, title, held_on, organizer_unit_id, "
                    "status) VALUES (10, 'interim_review', 'Hội nghị sơ kết thử', "
                    "'2019-11-15', 1, 'held');"
                    "INSERT INTO conference (id, kind, title, held_on, period_from, "
                    "period_to, organizer_unit_id, status) VALUES (11, 'final_review', "
                    "'Hội nghị tổng kết thử', '2024-03-01', '2019-01-01', '2023-12-31', 2, "
                    "'concluded');"
                    "INSERT INTO statistic (id, conference_id, unit_id, name, value, measure, "
                    "period_from, period_to, position) VALUES "
                    "(20, 10, 2, 'Đảng viên được kiểm tra', 824, 'đảng viên', '2015-01-01', "
                    "'2019-11-15', 1),"
                    "(21, 10, NULL, 'Lượt cán bộ ra nước ngoài ', 2611, 'lượt', NULL, NULL, 2),"
                    "(22, 11, NULL, 'Đảng viên được kiểm tra', 1010, 'đảng viên', NULL, NULL, 1),"
                    "(23, 11, 1, 'Tỷ lệ chi bộ vững mạnh', 82.5, '%', '2023-01-01', NULL, 2);")
                    .arg(SqliteDialect::applicationId),
                &error),
            qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8-writer"));

    auto store = TestSupport::open(file);
    QVERIFY(store);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    // Every figure is there with its value, on an indicator of its name.
    QCOMPARE(scalar(*store,
                 QStringLiteral(
                     "SELECT group_concat(s.id || ':' || i.name || ':' || s.value || ':' || "
                     "coalesce(s.measure, '') || ':' || s.unit_id || ':' || s.period_from || ':' "
                     "|| s.period_to, ' | ') FROM (SELECT * FROM statistic ORDER BY id) s JOIN "
                     "stat_indicator i ON i.id = s.indicator_id"))
                 .toString(),
        QStringLiteral("20:Đảng viên được kiểm tra:824.0:đảng viên:2:2015-01-01:2019-11-15 | "
                       "21:Lượt cán bộ ra nước ngoài:2611.0:lượt:1:2019-01-01:2019-11-15 | "
                       "22:Đảng viên được kiểm tra:1010.0:đảng viên:2:2019-01-01:2023-12-31 | "
                       "23:Tỷ lệ chi bộ vững mạnh:82.5:%:1:2023-01-01:2023-12-31"));
    // A name used twice is one indicator; the carried-over ones are entered, not counted, and
    // searchable by their folded names.
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT indicator_id) FROM statistic"))
                 .toInt(),
        3);
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM stat_indicator WHERE name_folded = ? AND "
                                "counted IS NULL AND active = 1"),
                 {QStringLiteral("ty le chi bo vung manh")})
                 .toInt(),
        1);
    // The usual indicators came with the migration.
    QVERIFY(scalar(*store,
                QStringLiteral("SELECT count(*) FROM stat_indicator WHERE counted IS NOT NULL"))
                .toInt()
        >= 12);
    store.reset();
    Store::Health health;
    QString error;
    QVERIFY2(Store::inspect(file, &health, &error), qPrintable(error));
    QCOMPARE(health.schemaVersion, Store::schemaVersion);
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
}

void TestStore::constraintsGiveSentences_data()
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
    QTest::newRow("missing title")
        << "INSERT INTO conference (kind, title) VALUES ('training', NULL)"
        << "“Conference title” must be filled in.";
    QTest::newRow("blank name") << "INSERT INTO unit (name) VALUES ('   ')"
                                << "A required field is empty.";
    QTest::newRow("bad time")
        << "INSERT INTO conference (kind, title, starts_at) VALUES ('training', 'x', '8h')"
        << "write it as HH:MM";
    QTest::newRow("collective without unit")
        << "INSERT INTO commendation_recipient (commendation_id, recipient_kind, name) "
           "VALUES ((SELECT min(id) FROM commendation), 'collective', 'x')"
        << "A collective recipient is a unit of the directory";
    QTest::newRow("register number taken")
        << "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
           "issued_on) VALUES ('TB', 'TU', 'year 2026 TB', 2026, 1, '1-TB/TU', '2026-02-05')"
        << "This number is already taken";
    QTest::newRow("participant twice")
        << "INSERT INTO conference_participant (conference_id, person_id) "
           "SELECT conference_id, person_id FROM conference_participant LIMIT 1"
        << "This person is already among the participants.";
    QTest::newRow("audit log changed") << "UPDATE audit_log SET user_name = 'someone else'"
                                       << "The audit log can only grow";
    QTest::newRow("audit log emptied") << "DELETE FROM audit_log"
                                       << "The audit log can only grow";
}

void TestStore::constraintsGiveSentences()
{
    QFETCH(QString, statement);
    QFETCH(QString, sentence);
    auto store = TestSupport::open(demo(QStringLiteral("constraints.sqlite")));
    QVERIFY(store);
    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
        "issued_on) VALUES ('TB', 'TU', 'year 2026 TB', 2026, 1, '1-TB/TU', '2026-02-05')")));
    const int unitsBefore = scalar(*store, QStringLiteral("SELECT count(*) FROM unit")).toInt();
    const int logBefore = scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    QVERIFY2(!query.exec(statement), "the store accepted what it must refuse");
    const QString explained = store->explain(query.lastError());
    QVERIFY2(explained.contains(sentence), qPrintable(explained));
    QVERIFY(!explained.contains(QLatin1String("constraint failed")));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM unit")).toInt(), unitsBefore);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), logBefore);
}

void TestStore::writesAreNfcWithDerivedColumns()
{
    auto store = TestSupport::open(path(QStringLiteral("nfc.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(store);
    const QString decomposed
        = QStringLiteral("  Nguyễn Thị Hoà  ").normalized(QString::NormalizationForm_D);
    QString error;
    const auto id = store->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), decomposed}, {QStringLiteral("phone"), QString()},
            {QStringLiteral("title"), QStringLiteral("Chuyên viên")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    const QString file = store->path();
    const auto column = [&](const char *name) {
        return fileValue(file,
            QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(name)), {*id});
    };
    QCOMPARE(column("full_name").toString(), QStringLiteral("Nguyễn Thị Hoà"));
    QCOMPARE(column("full_name").toString(),
        column("full_name").toString().normalized(QString::NormalizationForm_C));
    QCOMPARE(column("family_name").toString(), QStringLiteral("Nguyễn"));
    QCOMPARE(column("middle_name").toString(), QStringLiteral("Thị"));
    QCOMPARE(column("given_name").toString(), QStringLiteral("Hoà"));
    QCOMPARE(column("name_folded").toString(), QStringLiteral("nguyen thi hoa"));
    QVERIFY(column("phone").isNull());
    QVERIFY(!column("sort_key").toString().isEmpty());
    QVERIFY(!column("title_key").toString().isEmpty());
    QCOMPARE(column("version").toInt(), 1);
    // Created and updated at the store's clock, not the computer's.
    QCOMPARE(column("created_at").toString(), QStringLiteral("2026-12-01T03:42:00"));
}

void TestStore::controlCharactersAndOverridesAreRemoved()
{
    auto store
        = TestSupport::open(path(QStringLiteral("clean.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(store);
    // A right-to-left override reverses the rest of a printed paragraph; NUL, a bell, a lone
    // surrogate and an isolate are invisible.
    const QString typed = QStringLiteral("Hội nghị\u202E tổng kết\u0007 năm") + QChar(0xD800)
        + QStringLiteral("\u2066 2026") + QChar(0) + QStringLiteral("\r\nkhóa mới");
    QString error;
    const auto id = store->insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("final_review")}, {QStringLiteral("title"), typed},
            {QStringLiteral("venue"), QStringLiteral("Hội trường\tA\nB")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(fileValue(store->path(), QStringLiteral("SELECT title FROM conference")).toString(),
        QStringLiteral("Hội nghị tổng kết năm 2026\nkhóa mới"));
    // One-line text keeps its words apart.
    QCOMPARE(fileValue(store->path(), QStringLiteral("SELECT venue FROM conference")).toString(),
        QStringLiteral("Hội trường A B"));
    int cleaned = 0;
    store->normalized(QStringLiteral("conference"), {{QStringLiteral("title"), typed}}, &cleaned);
    QCOMPARE(cleaned, 5);
}

void TestStore::updateWritesOnlyWhatChanged()
{
    auto store = TestSupport::open(demo(QStringLiteral("update.sqlite")));
    QVERIFY(store);
    const QVariant id = scalar(*store,
        QStringLiteral("SELECT id FROM conference WHERE "
                       "kind = 'final_review'"));
    const auto record = store->read(QStringLiteral("conference"), id);
    QVERIFY(record);
    QCOMPARE(record->version, 1);
    const int logBefore = scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    // The same values, written as a form gives them (text with spaces, numbers as text): nothing.
    QVariantMap same = record->values;
    same.insert(QStringLiteral("venue"), QStringLiteral("  Thanh Hóa "));
    same.insert(QStringLiteral("organizer_unit_id"),
        record->values.value(QStringLiteral("organizer_unit_id")).toString());
    const Store::Result unchanged = store->update(*record, same);
    QCOMPARE(unchanged.outcome, Store::Outcome::Unchanged);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), logBefore);
    QCOMPARE(fileValue(
                 store->path(), QStringLiteral("SELECT version FROM conference WHERE id = ?"), {id})
                 .toInt(),
        1);

    const Store::Result written
        = store->update(*record, {{QStringLiteral("venue"), QStringLiteral("Hội trường Tỉnh ủy")}});
    QCOMPARE(written.outcome, Store::Outcome::Written);
    QCOMPARE(written.version, 2);
    QCOMPARE(
        fileValue(store->path(), QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {id})
            .toString(),
        QStringLiteral("Hội trường Tỉnh ủy"));
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), logBefore + 1);
    // The folded search column follows the venue.
    QVERIFY(fileValue(
        store->path(), QStringLiteral("SELECT title_folded FROM conference WHERE id = ?"), {id})
                .toString()
                .contains(QLatin1String("hoi truong tinh uy")));
}

void TestStore::updateOverANewerVersionIsRefused()
{
    const QString file = demo(QStringLiteral("lost.sqlite"));
    auto first = TestSupport::open(file);
    auto second = TestSupport::open(file);
    QVERIFY(first && second);
    second->setUserName(QStringLiteral("nva"));
    const QVariant id = scalar(*first,
        QStringLiteral("SELECT id FROM conference WHERE "
                       "kind = 'final_review'"));
    const auto seenByFirst = first->read(QStringLiteral("conference"), id);
    const auto seenBySecond = second->read(QStringLiteral("conference"), id);
    QVERIFY(seenByFirst && seenBySecond);
    QCOMPARE(
        second->update(*seenBySecond, {{QStringLiteral("venue"), QStringLiteral("Phòng họp số 1")}})
            .outcome,
        Store::Outcome::Written);

    const Store::Result refused = first->update(
        *seenByFirst, {{QStringLiteral("venue"), QStringLiteral("Phòng họp số 2")}});
    QCOMPARE(refused.outcome, Store::Outcome::Changed);
    QCOMPARE(refused.changedBy, QStringLiteral("nva"));
    QCOMPARE(
        refused.changedAt.toLocalTime().toString(QStringLiteral("HH:mm")), QStringLiteral("10:42"));
    QCOMPARE(fileValue(file, QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {id})
                 .toString(),
        QStringLiteral("Phòng họp số 1"));
}

void TestStore::updateOfADeletedRecordIsRefused()
{
    const QString file = demo(QStringLiteral("gone.sqlite"));
    auto first = TestSupport::open(file);
    auto second = TestSupport::open(file);
    QVERIFY(first && second);
    const QVariant id = scalar(*first,
        QStringLiteral("SELECT id FROM conference WHERE "
                       "kind = 'dissemination'"));
    const auto seen = first->read(QStringLiteral("conference"), id);
    QVERIFY(seen);
    QCOMPARE(second->remove(QStringLiteral("conference"), id).outcome, Store::Outcome::Written);
    const Store::Result refused
        = first->update(*seen, {{QStringLiteral("venue"), QStringLiteral("Hội trường")}});
    QCOMPARE(refused.outcome, Store::Outcome::Gone);
    QVERIFY(
        fileValue(file, QStringLiteral("SELECT id FROM conference WHERE id = ?"), {id}).isNull());
}

void TestStore::deletingWhatIsInUseIsRefused()
{
    auto store = TestSupport::open(demo(QStringLiteral("usage.sqlite")));
    QVERIFY(store);
    const qint64 thanhHoa
        = scalar(*store, QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Thanh Hóa'"))
              .toLongLong();
    QVERIFY(thanhHoa > 0);
    const Store::Result refused = store->remove(QStringLiteral("unit"), thanhHoa);
    QCOMPARE(refused.outcome, Store::Outcome::Failed);
    // Without a translation the plural reads "person(s)"; the sentence names both uses (5 units
    // and the 27 district-level committees of 2024).
    QVERIFY2(refused.error.startsWith(QStringLiteral("“Tỉnh ủy Thanh Hóa” cannot be deleted")),
        qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("3 person")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("32 unit")), qPrintable(refused.error));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM unit WHERE id = ?"), {thanhHoa})
                 .toInt(),
        1);

    QString error;
    const auto free = store->insert(
        QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Đơn vị tạm")}}, &error);
    QVERIFY(free);
    QVERIFY(store->usage(QStringLiteral("unit"), *free).isEmpty());
    QCOMPARE(store->remove(QStringLiteral("unit"), *free).outcome, Store::Outcome::Written);
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM unit WHERE id = ?"), {*free}).toInt(),
        0);
}

void TestStore::anOrganizersIssuingBodyIsInUse()
{
    // The Điện Biên conference names no issuing body: it is issued by its organizer's, which
    // has issued nothing yet. Deleting that body would head the conference's notice "TỈNH ỦY
    // THANH HÓA" (the default body), so it is refused like any body in use.
    auto store = TestSupport::open(demo(QStringLiteral("organizer.sqlite")));
    QVERIFY(store);
    const qint64 dienBien = scalar(*store,
        QStringLiteral(
            "SELECT id FROM issuing_body WHERE name = 'Ban Thường vụ Tỉnh ủy Điện Biên'"))
                                .toLongLong();
    QVERIFY(dienBien > 0);
    QCOMPARE(scalar(*store,
                 QStringLiteral("SELECT count(*) FROM document_register WHERE issuing_body_id = ?"),
                 {dienBien})
                 .toInt(),
        0);
    const Store::Result refused = store->remove(QStringLiteral("issuing_body"), dienBien);
    QCOMPARE(refused.outcome, Store::Outcome::Failed);
    QVERIFY2(refused.error.contains(QLatin1String("1 conference")), qPrintable(refused.error));
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT count(*) FROM issuing_body WHERE id = ?"), {dienBien})
            .toInt(),
        1);

    // A body no conference prints under may go.
    QString error;
    const auto spare = store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy Nghệ An")},
            {QStringLiteral("issuing_line"), QStringLiteral("ỦY BAN KIỂM TRA")},
            {QStringLiteral("issuer_code"), QStringLiteral("UBKTTU")}},
        &error);
    QVERIFY2(spare, qPrintable(error));
    QCOMPARE(
        store->remove(QStringLiteral("issuing_body"), *spare).outcome, Store::Outcome::Written);
}

void TestStore::ownedRowsGoWithTheirOwner()
{
    auto store = TestSupport::open(demo(QStringLiteral("owned.sqlite")));
    QVERIFY(store);
    // The Tuyên Quang conference owns its participants; nothing else refers to it.
    const qint64 conference
        = scalar(*store, QStringLiteral("SELECT id FROM conference WHERE kind = 'dissemination'"))
              .toLongLong();
    const QString count = QStringLiteral("SELECT count(*) FROM conference_participant "
                                         "WHERE conference_id = ?");
    QVERIFY(scalar(*store, count, {conference}).toInt() > 0);
    QVERIFY(store->usage(QStringLiteral("conference"), conference).isEmpty());
    QCOMPARE(
        store->remove(QStringLiteral("conference"), conference).outcome, Store::Outcome::Written);
    QCOMPARE(scalar(*store, count, {conference}).toInt(), 0);
    // The Thanh Hóa conference is referred to by its commendation: refused.
    const qint64 review
        = scalar(*store, QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
              .toLongLong();
    const Store::Result refused = store->remove(QStringLiteral("conference"), review);
    QVERIFY2(refused.error.contains(QLatin1String("1 commendation")), qPrintable(refused.error));
}

void TestStore::nestedWritesCommitOnceOrNotAtAll()
{
    auto store = TestSupport::open(path(QStringLiteral("tx.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(store);
    QString error;
    {
        Store::Write write(store.get());
        QVERIFY(write.isActive());
        QVERIFY(store->insert(
            QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Bỏ đi")}}, &error));
    }
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM unit")).toInt(), 0);
    {
        Store::Write outer(store.get());
        {
            Store::Write inner(store.get());
            QVERIFY(store->insert(QStringLiteral("unit"),
                {{QStringLiteral("name"), QStringLiteral("Giữ lại")}}, &error));
            QVERIFY(inner.commit(&error));
        }
        // Nothing is in the file before the outer write commits.
        QCOMPARE(fileValue(store->path(), QStringLiteral("SELECT count(*) FROM unit")).toInt(), 0);
        QVERIFY(outer.commit(&error));
    }
    QCOMPARE(fileValue(store->path(), QStringLiteral("SELECT name FROM unit")).toString(),
        QStringLiteral("Giữ lại"));
    {
        // An inner write that gives up spoils the outer one.
        Store::Write outer(store.get());
        QVERIFY(store->insert(QStringLiteral("unit"),
            {{QStringLiteral("name"), QStringLiteral("Nửa chừng")}}, &error));
        {
            Store::Write inner(store.get());
        }
        QVERIFY(!outer.commit(&error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM unit")).toInt(), 1);
}

void TestStore::fullDiskRefusesAndLosesNothing()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a full disk under a file");
    auto store = TestSupport::open(demo(QStringLiteral("full.sqlite")));
    QVERIFY(store);
    // The file may not grow: SQLite answers as on a full disk.
    const int pages = scalar(*store, QStringLiteral("PRAGMA page_count")).toInt();
    QSqlQuery(store->connection()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    const QVariant id = scalar(*store,
        QStringLiteral("SELECT id FROM conference WHERE "
                       "kind = 'final_review'"));
    const auto record = store->read(QStringLiteral("conference"), id);
    const QVariant note = fileValue(
        store->path(), QStringLiteral("SELECT note FROM conference WHERE id = ?"), {id});
    const QString longText(60000, QLatin1Char('x'));
    const Store::Result refused = store->update(*record, {{QStringLiteral("note"), longText}});
    QCOMPARE(refused.outcome, Store::Outcome::Failed);
    QVERIFY2(refused.error.contains(QLatin1String("disk is full")), qPrintable(refused.error));
    QCOMPARE(
        fileValue(store->path(), QStringLiteral("SELECT note FROM conference WHERE id = ?"), {id}),
        note);
    // Room again: the same record as read saves.
    QSqlQuery(store->connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    QCOMPARE(store->update(*record, {{QStringLiteral("note"), longText}}).outcome,
        Store::Outcome::Written);
    QCOMPARE(
        fileValue(store->path(), QStringLiteral("SELECT note FROM conference WHERE id = ?"), {id})
            .toString(),
        longText);
}

void TestStore::readOnlyStoreRefusesEveryWrite()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a file that may not be written");
    const QString file = demo(QStringLiteral("look.sqlite"));
    const QByteArray before = digest(file);
    auto store = TestSupport::open(file, Store::OpenMode::ReadOnly);
    QVERIFY(store);
    QVERIFY(store->isReadOnly());
    QVERIFY(!store->readOnlyReason().isEmpty());
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM conference")).toInt(), 5);
    QString error;
    QVERIFY(!store->insert(
        QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("A")}}, &error));
    QCOMPARE(error, store->readOnlyReason());
    QVERIFY(!store->setSetting(QStringLiteral("backup.keep"), QStringLiteral("3"), &error));
    store.reset();
    QCOMPARE(digest(file), before);
}

void TestStore::changesAreAnnouncedAfterCommit()
{
    auto store = TestSupport::open(demo(QStringLiteral("signals.sqlite")));
    QVERIFY(store);
    QSignalSpy spy(store.get(), &Store::changed);
    QString error;
    {
        Store::Write write(store.get());
        store->insert(
            QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Mới")}}, &error);
        store->insert(QStringLiteral("person"),
            {{QStringLiteral("full_name"), QStringLiteral("Trần Văn Mới")}}, &error);
        QCOMPARE(spy.count(), 0);
        QVERIFY(write.commit(&error));
    }
    QCOMPARE(spy.count(), 2);
    QStringList tables {spy.at(0).at(0).toString(), spy.at(1).at(0).toString()};
    tables.sort();
    QCOMPARE(tables, QStringList({QStringLiteral("person"), QStringLiteral("unit")}));
    QVERIFY(!spy.at(0).at(1).toBool());
    // A rolled back write announces nothing.
    {
        Store::Write write(store.get());
        store->insert(
            QStringLiteral("unit"), {{QStringLiteral("name"), QStringLiteral("Bỏ")}}, &error);
    }
    QCOMPARE(spy.count(), 2);
}

void TestStore::inspectReportsAHealthyDemo()
{
    if (TestSupport::onServer())
        QSKIP("SQLite only: a file's integrity check");
    const QString file = demo(QStringLiteral("inspect.sqlite"));
    const QByteArray before = digest(file);
    Store::Health health;
    QString error;
    QVERIFY2(Store::inspect(file, &health, &error), qPrintable(error));
    QCOMPARE(health.schemaVersion, Store::schemaVersion);
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
    QCOMPARE(digest(file), before);
    // A broken reference is reported.
    rawSql(file,
        {QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("UPDATE person SET unit_id = 4242 WHERE id = 1")});
    QVERIFY(Store::inspect(file, &health, &error));
    QVERIFY(!health.healthy());
    QVERIFY(health.problems.join(QLatin1Char(' ')).contains(QLatin1String("person")));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
