// Many clerks on one server at once: each a connection of its own, in a thread of its own,
// editing the same records and taking register numbers. Writers queue behind the server's
// advisory lock, so no edit may be lost, no number shared or skipped, and the audit log's chain
// must still verify.

#include "testserver.h"

#include "storage/documentregister.h"
#include "storage/store.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <memory>
#include <numeric>

namespace {

constexpr int clerks = 8;
constexpr int rounds = 100; // edits, and numbers, per clerk
constexpr int sharedRecords = 4;

// What one clerk's thread saw.
struct Clerk
{
    QString openError;
    QStringList errors;
    QList<int> numbers;
    int edits = 0;
    int retries = 0;
};

QString counterTable()
{
    return QStringLiteral("stat_indicator");
}

QString counterColumn()
{
    return QStringLiteral("position");
}

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aStaleSaveIsRefusedAcrossConnections();
    void eightClerksLoseNothingAndShareNoNumber();

private:
    QString m_url;
    std::unique_ptr<Store> m_store;
    qint64 m_body = 0;
    QList<qint64> m_records;
};

void TestServerConcurrency::init()
{
    m_url = TestSupport::newServerDatabase();
    QVERIFY(!m_url.isEmpty());
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY2(m_store->open(m_url, Store::OpenMode::CreateNew, &error), qPrintable(error));
    const auto body = m_store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy các cơ quan Đảng tỉnh")},
            {QStringLiteral("superior_line"), QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA")},
            {QStringLiteral("issuing_line"), QStringLiteral("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH")},
            {QStringLiteral("place_name"), QStringLiteral("Thanh Hóa")},
            {QStringLiteral("issuer_code"), QStringLiteral("ĐUCQ")},
            {QStringLiteral("numbering"), QStringLiteral("term")}},
        &error);
    QVERIFY2(body, qPrintable(error));
    m_body = *body;
    QVERIFY2(m_store->insert(QStringLiteral("issuing_body_term"),
                 {{QStringLiteral("issuing_body_id"), m_body},
                     {QStringLiteral("name"), QStringLiteral("2025–2030")},
                     {QStringLiteral("starts_on"), QStringLiteral("2025-10-15")}},
                 &error),
        qPrintable(error));
    m_records.clear();
    for (int i = 0; i < sharedRecords; ++i) {
        const auto id = m_store->insert(counterTable(),
            {{QStringLiteral("name"), QStringLiteral("Chỉ tiêu chung %1").arg(i + 1)},
                {counterColumn(), 0}},
            &error);
        QVERIFY2(id, qPrintable(error));
        m_records << *id;
    }
}

void TestServerConcurrency::cleanup()
{
    m_store.reset();
}

void TestServerConcurrency::aStaleSaveIsRefusedAcrossConnections()
{
    Store other;
    QString error;
    QVERIFY2(other.open(m_url, Store::OpenMode::MustExist, &error), qPrintable(error));
    const auto mine = m_store->read(counterTable(), m_records.first());
    const auto theirs = other.read(counterTable(), m_records.first());
    QVERIFY(mine && theirs);
    QCOMPARE(mine->version, theirs->version);
    const Store::Result first = other.update(*theirs, {{counterColumn(), 7}});
    QVERIFY2(first.outcome == Store::Outcome::Written, qPrintable(first.error));
    const Store::Result stale = m_store->update(*mine, {{counterColumn(), 9}});
    QCOMPARE(int(stale.outcome), int(Store::Outcome::Changed));
    QCOMPARE(
        m_store->read(counterTable(), m_records.first())->values.value(counterColumn()).toInt(), 7);
}

void TestServerConcurrency::eightClerksLoseNothingAndShareNoNumber()
{
    Clerk seen[clerks];
    QSemaphore opened;
    QSemaphore go;
    const QString url = m_url;
    const qint64 bodyId = m_body;
    const QList<qint64> records = m_records;

    const auto work = [&](Clerk *clerk, int which) {
        // A Store and its connection are made, used and destroyed in this thread.
        Store store;
        const bool ok = store.open(url, Store::OpenMode::MustExist, &clerk->openError);
        opened.release();
        go.acquire();
        if (!ok)
            return;
        for (int i = 0; i < rounds; ++i) {
            // One more on a shared record: read, save over the version read, again if another
            // clerk saved it in between.
            const qint64 id = records.at((which + i) % records.size());
            for (;;) {
                QString error;
                const auto record = store.read(counterTable(), id, &error);
                if (!record) {
                    clerk->errors << error;
                    break;
                }
                const int count = record->values.value(counterColumn()).toInt();
                const Store::Result result = store.update(*record, {{counterColumn(), count + 1}});
                if (result.outcome == Store::Outcome::Changed) {
                    ++clerk->retries;
                    continue;
                }
                if (result.outcome == Store::Outcome::Written)
                    ++clerk->edits;
                else
                    clerk->errors << result.error;
                break;
            }
            DocumentRegister::Request request;
            request.typeCode = QStringLiteral("TB");
            request.issuedOn = QDate(2026, 6, 1);
            request.issuingBodyId = bodyId;
            request.excerpt = QStringLiteral("Về việc %1 của %2").arg(i).arg(which);
            QString error;
            const auto entry = DocumentRegister::issue(store, request, &error);
            if (entry)
                clerk->numbers << entry->number;
            else
                clerk->errors << error;
        }
    };
    std::unique_ptr<QThread> threads[clerks];
    for (int i = 0; i < clerks; ++i) {
        threads[i].reset(QThread::create(work, &seen[i], i));
        threads[i]->start();
    }
    opened.acquire(clerks);
    go.release(clerks);
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(600000)));

    QList<int> all;
    int retries = 0;
    for (const Clerk &clerk : seen) {
        QVERIFY2(clerk.openError.isEmpty(), qPrintable(clerk.openError));
        QVERIFY2(clerk.errors.isEmpty(), qPrintable(clerk.errors.join(QLatin1Char('\n'))));
        QCOMPARE(clerk.edits, rounds);
        QCOMPARE(clerk.numbers.size(), rounds);
        // One clerk's numbers go up: each was taken after the one before.
        QVERIFY(std::is_sorted(clerk.numbers.cbegin(), clerk.numbers.cend()));
        all << clerk.numbers;
        retries += clerk.retries;
    }
    qInfo("%d saves over a version another clerk had replaced were refused and retried", retries);

    // Every edit landed: the counters add up to every clerk's edits.
    int total = 0;
    for (const qint64 id : m_records)
        total += m_store->read(counterTable(), id)->values.value(counterColumn()).toInt();
    QCOMPARE(total, clerks * rounds);

    // The numbers 01…800, each once, as given and as stored.
    QList<int> expected(clerks * rounds);
    std::iota(expected.begin(), expected.end(), 1);
    std::sort(all.begin(), all.end());
    QCOMPARE(all, expected);
    QList<int> stored;
    QStringList codes;
    auto query = m_store->select(QStringLiteral("SELECT number, code FROM document_register "
                                                "WHERE issuing_body_id = ? ORDER BY number"),
        {m_body});
    QVERIFY(query);
    while (query->next()) {
        stored << query->value(0).toInt();
        codes << query->value(1).toString();
    }
    QCOMPARE(stored, expected);
    QCOMPARE(codes.first(), QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(codes.last(), QStringLiteral("800-TB/ĐUCQ"));

    // Each edit and each number is in the audit log, and its chain holds.
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' "
                                        "AND table_name = ?"),
                     {counterTable()})
                 .toInt(),
        clerks * rounds);
    const QStringList broken = m_store->verifyAuditLog();
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
