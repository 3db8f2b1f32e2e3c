#include "teststore.h"
#include "testserver.h"

#include "core/translations.h"
#include "models/audithistory.h"
#include "reports/formatprofile.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The audit log a reviewer can use: who, when, which record, each changed field from what to
// what; the format profile, document types, settings and attachments too; rows that cannot be
// changed or removed, and a chain that shows it when someone does it all the same.
class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aChangeIsLoggedFieldByFieldWithWhoAndWhen();
    void anInsertAndADeleteKeepTheValues();
    void referencesAreLoggedWithTheirNames();
    void profileSettingsTypesAndAttachmentsAreLogged();
    void theLogCannotBeChangedOrEmptied();
    void aRemovedOrAlteredRowBreaksTheChain();
    void aRowCutFromTheEndIsNoticed();
    void historyIsReadInWords();

private:
    AuditEntry last() const;

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestAuditLog::initTestCase()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("vi")));
}

void TestAuditLog::init()
{
    m_clock = TestSupport::fixClock();
    static int counter = 0;
    const QString file = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store = TestSupport::open(file);
    QVERIFY(m_store);
    m_store->setUserName(QStringLiteral("nva"));
}

AuditEntry TestAuditLog::last() const
{
    auto query = m_store->select(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1")
                                     .arg(QLatin1String(AuditLog::columns)));
    return query && query->next() ? AuditLog::fromQuery(*query) : AuditEntry();
}

void TestAuditLog::aChangeIsLoggedFieldByFieldWithWhoAndWhen()
{
    const QVariant id = m_store->value(QStringLiteral("SELECT id FROM conference WHERE "
                                                      "kind = 'final_review'"));
    const auto record = m_store->read(QStringLiteral("conference"), id);
    m_clock->advance(3600);
    const Store::Result result = m_store->update(*record,
        {{QStringLiteral("venue"), QStringLiteral("Hội trường Tỉnh ủy")},
            {QStringLiteral("held_on"), QStringLiteral("2024-05-28")},
            {QStringLiteral("status"), QStringLiteral("held")}});
    QCOMPARE(result.outcome, Store::Outcome::Written);
    const AuditEntry entry = last();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.table, QStringLiteral("conference"));
    QCOMPARE(entry.recordId.toLongLong(), id.toLongLong());
    QCOMPARE(entry.user, QStringLiteral("nva"));
    QCOMPARE(entry.at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")),
        QStringLiteral("11:42 01/12/2026"));
    QVERIFY(entry.recordLabel.startsWith(QStringLiteral("Hội nghị tổng kết 10 năm")));
    QCOMPARE(entry.changes.keys(),
        QStringList(
            {QStringLiteral("held_on"), QStringLiteral("status"), QStringLiteral("venue")}));
    QCOMPARE(entry.changes.value(QStringLiteral("venue")).toArray(),
        QJsonArray({QStringLiteral("Thanh Hóa"), QStringLiteral("Hội trường Tỉnh ủy")}));
    QCOMPARE(entry.changes.value(QStringLiteral("held_on")).toArray(),
        QJsonArray({QStringLiteral("2024-05-27"), QStringLiteral("2024-05-28")}));
    QCOMPARE(entry.changes.value(QStringLiteral("status")).toArray(),
        QJsonArray({QStringLiteral("concluded"), QStringLiteral("held")}));
}

void TestAuditLog::anInsertAndADeleteKeepTheValues()
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Huyện ủy Bình Minh")},
            {QStringLiteral("kind"), QStringLiteral("party_committee")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    AuditEntry entry = last();
    QCOMPARE(entry.action, QStringLiteral("insert"));
    QCOMPARE(entry.recordLabel, QStringLiteral("Huyện ủy Bình Minh"));
    QCOMPARE(entry.changes.value(QStringLiteral("name")).toArray(),
        QJsonArray({QJsonValue::Null, QStringLiteral("Huyện ủy Bình Minh")}));
    QCOMPARE(m_store->remove(QStringLiteral("unit"), *id).outcome, Store::Outcome::Written);
    entry = last();
    QCOMPARE(entry.action, QStringLiteral("delete"));
    QCOMPARE(entry.recordLabel, QStringLiteral("Huyện ủy Bình Minh"));
    QCOMPARE(entry.changes.value(QStringLiteral("kind")).toArray(),
        QJsonArray({QStringLiteral("party_committee"), QJsonValue::Null}));
}

void TestAuditLog::referencesAreLoggedWithTheirNames()
{
    // A participant is logged under its conference, named by the person it is.
    const QVariant conference = m_store->value(QStringLiteral("SELECT id FROM conference WHERE "
                                                              "kind = 'dissemination'"));
    const QVariant person = m_store->value(QStringLiteral("SELECT id FROM person WHERE "
                                                          "full_name = 'Lò Văn Muôn'"));
    QString error;
    QVERIFY(m_store->insert(QStringLiteral("conference_participant"),
        {{QStringLiteral("conference_id"), conference}, {QStringLiteral("person_id"), person},
            {QStringLiteral("role"), QStringLiteral("guest")}},
        &error));
    AuditEntry entry = last();
    QCOMPARE(entry.parentTable, QStringLiteral("conference"));
    QCOMPARE(entry.parentId.toLongLong(), conference.toLongLong());
    QCOMPARE(entry.recordLabel, QStringLiteral("Lò Văn Muôn"));
    QCOMPARE(entry.changes.value(QStringLiteral("person_id")).toArray().at(3).toString(),
        QStringLiteral("Lò Văn Muôn"));
    // A reference changed keeps both names, so the history reads after a unit is renamed.
    const QVariant unit = m_store->value(QStringLiteral("SELECT id FROM unit WHERE name = "
                                                        "'Tỉnh ủy Điện Biên'"));
    const auto record = m_store->read(QStringLiteral("conference"), conference);
    m_store->update(*record, {{QStringLiteral("organizer_unit_id"), unit}});
    const QJsonArray change = last().changes.value(QStringLiteral("organizer_unit_id")).toArray();
    QCOMPARE(change.at(2).toString(), QStringLiteral("Tỉnh ủy Tuyên Quang"));
    QCOMPARE(change.at(3).toString(), QStringLiteral("Tỉnh ủy Điện Biên"));
}

void TestAuditLog::profileSettingsTypesAndAttachmentsAreLogged()
{
    QString error;
    FormatProfile profile = FormatProfile::load(*m_store);
    profile.headerSize = 13;
    const QString before = profile.name;
    profile.name = QStringLiteral("Văn phòng Tỉnh ủy Hư Cấu");
    QVERIFY2(profile.save(*m_store, &error), qPrintable(error));
    AuditEntry entry = last();
    QCOMPARE(entry.table, QStringLiteral("setting"));
    QCOMPARE(entry.recordKey, QStringLiteral("format_profile"));
    const QString words = AuditHistory::describe(entry);
    QVERIFY2(words.contains(QStringLiteral("Cỡ chữ tên cơ quan ban hành: 14 → 13"))
            && words.contains(
                QStringLiteral("Tên bộ thể thức: “%1” → “Văn phòng Tỉnh ủy Hư Cấu”").arg(before)),
        qPrintable(words));

    QVERIFY(m_store->setSetting(QStringLiteral("backup.keep"), QStringLiteral("5"), &error));
    QCOMPARE(last().recordKey, QStringLiteral("backup.keep"));

    const auto type = m_store->read(QStringLiteral("document_type"), QStringLiteral("TB"));
    QVERIFY(type);
    QCOMPARE(
        m_store->update(*type, {{QStringLiteral("name"), QStringLiteral("Thông báo kết luận")}})
            .outcome,
        Store::Outcome::Written);
    entry = last();
    QCOMPARE(entry.table, QStringLiteral("document_type"));
    QCOMPARE(entry.recordKey, QStringLiteral("TB"));

    const auto attachment = AttachmentStore::add(*m_store, QStringLiteral("conference_id"), 1,
        QStringLiteral("Giấy mời.pdf"), QStringLiteral("invitation"), "%PDF-1.4 mời", &error);
    QVERIFY2(attachment, qPrintable(error));
    entry = last();
    QCOMPARE(entry.table, QStringLiteral("attachment"));
    QCOMPARE(entry.parentTable, QStringLiteral("conference"));
    QCOMPARE(entry.changes.value(QStringLiteral("file_name")).toArray().at(1).toString(),
        QStringLiteral("Giấy mời.pdf"));
    // The content itself is not copied into the log; its fingerprint is.
    QVERIFY(entry.changes.contains(QStringLiteral("sha256")));
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                        "table_name = 'attachment_content'"))
                 .toInt(),
        0);
}

void TestAuditLog::theLogCannotBeChangedOrEmptied()
{
    const int rows = m_store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QSqlQuery query(m_store->connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 1")));
    QCOMPARE(m_store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), rows);
    QVERIFY(m_store->verifyAuditLog().isEmpty());
}

namespace {

// What someone with the file (or the server's owner) can do: take the log's guards away.
bool removeGuards(QSqlQuery &query)
{
    if (TestSupport::onServer())
        return query.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    return query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"))
        && query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
}

} // namespace

void TestAuditLog::aRemovedOrAlteredRowBreaksTheChain()
{
    QVERIFY(m_store->verifyAuditLog().isEmpty());
    QSqlQuery query(m_store->connection());
    // Whoever removes the program's guard can change the file, but not unseen.
    QVERIFY(removeGuards(query));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 10")));
    QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE id = 20")));
    const QStringList problems = m_store->verifyAuditLog();
    const QString text = problems.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("trước dòng 11")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("dòng 20")), qPrintable(text));
    QCOMPARE(problems.size(), 2);
}

void TestAuditLog::aRowCutFromTheEndIsNoticed()
{
    const qint64 lastId
        = m_store->value(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    QSqlQuery query(m_store->connection());
    QVERIFY(removeGuards(query));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(lastId)));
    const QString text = m_store->verifyAuditLog().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QString::number(lastId)), qPrintable(text));
}

void TestAuditLog::historyIsReadInWords()
{
    const QVariant id = m_store->value(QStringLiteral("SELECT id FROM conference WHERE "
                                                      "kind = 'final_review'"));
    const auto record = m_store->read(QStringLiteral("conference"), id);
    m_store->update(*record, {{QStringLiteral("venue"), QStringLiteral("Hội trường Tỉnh ủy")}});
    const QList<AuditEntry> history = AuditHistory::of(*m_store, QStringLiteral("conference"), id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(AuditHistory::line(history.first(), QStringLiteral("conference")),
        QStringLiteral("10:42 01/12/2026 — nva — Địa điểm: “Thanh Hóa” → “Hội trường Tỉnh ủy”"));
    // The conference's own rows are in its history, named.
    bool participants = false;
    for (const AuditEntry &entry : history)
        participants = participants || entry.table == QLatin1String("conference_participant");
    QVERIFY(participants);
    // The creation reads as such.
    QCOMPARE(AuditHistory::describe(history.last(), QStringLiteral("conference")),
        QStringLiteral("Tạo mới"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
