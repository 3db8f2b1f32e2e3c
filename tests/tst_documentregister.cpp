#include "cli/demodata.h"
#include "storage/database.h"
#include "storage/documentregister.h"
#include "storage/storeerrors.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {

DocumentRegister::Request request(const QString &type, const QString &issuer, const QDate &date)
{
    DocumentRegister::Request r;
    r.typeCode = type;
    r.issuerCode = issuer;
    r.issuedOn = date;
    r.excerpt = QStringLiteral("Về việc tổ chức hội nghị");
    r.signer = QStringLiteral("Đỗ Trọng Hưng");
    return r;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// What one writer thread saw.
struct Writer
{
    QString openError;
    QStringList errors;
    QList<int> numbers;
};

} // namespace

class TestDocumentRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void code_data();
    void code();
    void numbersStartAtOneAndGoUp();
    void typesAndIssuersHaveTheirOwnSequences_data();
    void typesAndIssuersHaveTheirOwnSequences();
    void newYearStartsAgain();
    void cancelledNumberStaysUsed();
    void cancellingTwiceIsRefused();
    void forConferenceGivesTheLatestValidNumber();
    void storeRefusesADuplicateNumber();
    void missingRequestFieldsGiveASentence_data();
    void missingRequestFieldsGiveASentence();
    void unknownTypeGivesASentence();
    void twoWritersNeverShareANumber();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    DocumentRegister::Entry issue(const QString &type, const QString &issuer, const QDate &date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestDocumentRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("register.sqlite"))),
             qPrintable(m_database->errorString()));
}

void TestDocumentRegister::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

DocumentRegister::Entry TestDocumentRegister::issue(const QString &type, const QString &issuer,
                                                    const QDate &date)
{
    QString error;
    const auto entry = DocumentRegister::issue(db(), request(type, issuer, date), &error);
    if (!entry) {
        qWarning("issue() failed: %s", qPrintable(error));
        return {};
    }
    return *entry;
}

void TestDocumentRegister::code_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("notice of the provincial committee")
            << 12 << QStringLiteral("TB") << QStringLiteral("TU") << QStringLiteral("12-TB/TU");
    QTest::newRow("first plan") << 1 << QStringLiteral("KH") << QStringLiteral("TU")
                                << QStringLiteral("1-KH/TU");
    QTest::newRow("decision of a Party committee")
            << 123 << QStringLiteral("QĐ") << QStringLiteral("ĐU") << QStringLiteral("123-QĐ/ĐU");
    QTest::newRow("mixed-case type") << 5 << QStringLiteral("TTr") << QStringLiteral("HU")
                                     << QStringLiteral("5-TTr/HU");
}

void TestDocumentRegister::code()
{
    QFETCH(int, number);
    QFETCH(QString, type);
    QFETCH(QString, issuer);
    QFETCH(QString, expected);
    QCOMPARE(DocumentRegister::code(number, type, issuer), expected);
}

void TestDocumentRegister::numbersStartAtOneAndGoUp()
{
    const QDate date(2026, 2, 5);
    for (int expected = 1; expected <= 3; ++expected) {
        const auto entry = issue(QStringLiteral("TB"), QStringLiteral("TU"), date);
        QCOMPARE(entry.number, expected);
        QCOMPARE(entry.code, QStringLiteral("%1-TB/TU").arg(expected));
        QVERIFY(!entry.code.contains(QStringLiteral("Số")));
        QVERIFY(!entry.code.contains(QLatin1Char(':')));
        QCOMPARE(entry.typeCode, QStringLiteral("TB"));
        QCOMPARE(entry.issuerCode, QStringLiteral("TU"));
        QCOMPARE(entry.year, 2026);
        QCOMPARE(entry.issuedOn, date);
        QCOMPARE(entry.status, QStringLiteral("issued"));
        QCOMPARE(entry.excerpt, QStringLiteral("Về việc tổ chức hội nghị"));
        QCOMPARE(entry.signer, QStringLiteral("Đỗ Trọng Hưng"));
        QVERIFY(!entry.conferenceId);

        const auto found = DocumentRegister::find(db(), entry.id);
        QVERIFY(found);
        QCOMPARE(found->code, entry.code);
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(code, ' ') FROM "
                                         "(SELECT code FROM document_register ORDER BY id)"))
                     .toString(),
             QStringLiteral("1-TB/TU 2-TB/TU 3-TB/TU"));
    QVERIFY(!DocumentRegister::find(db(), 999));
}

void TestDocumentRegister::typesAndIssuersHaveTheirOwnSequences_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("issuers");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("two types")
            << QStringList{"TB", "TB", "KH", "TB", "KH"}
            << QStringList{"TU", "TU", "TU", "TU", "TU"}
            << QStringList{"1-TB/TU", "2-TB/TU", "1-KH/TU", "3-TB/TU", "2-KH/TU"};
    QTest::newRow("two issuers")
            << QStringList{"TB", "TB", "TB", "TB"} << QStringList{"TU", "ĐU", "ĐU", "TU"}
            << QStringList{"1-TB/TU", "1-TB/ĐU", "2-TB/ĐU", "2-TB/TU"};
    QTest::newRow("types and issuers")
            << QStringList{"TB", "KH", "TB", "KH", "TB"}
            << QStringList{"TU", "ĐU", "ĐU", "TU", "TU"}
            << QStringList{"1-TB/TU", "1-KH/ĐU", "1-TB/ĐU", "1-KH/TU", "2-TB/TU"};
    QTest::newRow("issuer typed with spaces")
            << QStringList{"TB", "TB"} << QStringList{"TU", " TU "}
            << QStringList{"1-TB/TU", "2-TB/TU"};
}

void TestDocumentRegister::typesAndIssuersHaveTheirOwnSequences()
{
    QFETCH(QStringList, types);
    QFETCH(QStringList, issuers);
    QFETCH(QStringList, codes);
    for (int i = 0; i < types.size(); ++i) {
        const auto entry = issue(types.at(i), issuers.at(i), QDate(2026, 3, 1 + i));
        QCOMPARE(entry.code, codes.at(i));
    }
}

void TestDocumentRegister::newYearStartsAgain()
{
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2025, 12, 30)).code,
             QStringLiteral("1-TB/TU"));
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2025, 12, 31)).code,
             QStringLiteral("2-TB/TU"));
    const auto january = issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 1, 2));
    QCOMPARE(january.code, QStringLiteral("1-TB/TU"));
    QCOMPARE(january.year, 2026);
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 1, 3)).number, 2);
    // A late entry for last year continues last year's sequence.
    const auto late = issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2025, 12, 31));
    QCOMPARE(late.number, 3);
    QCOMPARE(late.year, 2025);
}

void TestDocumentRegister::cancelledNumberStaysUsed()
{
    const QDate date(2026, 4, 1);
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), date).number, 1);
    const auto second = issue(QStringLiteral("TB"), QStringLiteral("TU"), date);
    QCOMPARE(second.number, 2);

    QString error;
    QVERIFY2(DocumentRegister::cancel(db(), second.id, QStringLiteral("  Ghi sai trích yếu  "),
                                      &error),
             qPrintable(error));
    const auto cancelled = DocumentRegister::find(db(), second.id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
    QCOMPARE(cancelled->code, QStringLiteral("2-TB/TU"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT cancelled_reason FROM document_register "
                                         "WHERE id = %1").arg(second.id))
                     .toString(),
             QStringLiteral("Ghi sai trích yếu"));

    const auto third = issue(QStringLiteral("TB"), QStringLiteral("TU"), date);
    QCOMPARE(third.number, 3);
    QCOMPARE(third.code, QStringLiteral("3-TB/TU"));
    QCOMPARE(third.status, QStringLiteral("issued"));
}

void TestDocumentRegister::cancellingTwiceIsRefused()
{
    const auto entry = issue(QStringLiteral("KH"), QStringLiteral("TU"), QDate(2026, 4, 1));
    QVERIFY(entry.id > 0);
    QString error;
    QVERIFY2(DocumentRegister::cancel(db(), entry.id, QString(), &error), qPrintable(error));
    QVERIFY(scalar(db(), QStringLiteral("SELECT cancelled_reason FROM document_register"))
                    .isNull());

    QVERIFY(!DocumentRegister::cancel(db(), entry.id, QStringLiteral("again"), &error));
    QCOMPARE(error,
             QStringLiteral("This number is not in the register or was already cancelled."));
    QCOMPARE(DocumentRegister::find(db(), entry.id)->status, QStringLiteral("cancelled"));

    error.clear();
    QVERIFY(!DocumentRegister::cancel(db(), entry.id + 1000, QString(), &error));
    QCOMPARE(error,
             QStringLiteral("This number is not in the register or was already cancelled."));
}

void TestDocumentRegister::forConferenceGivesTheLatestValidNumber()
{
    QString error;
    QVERIFY2(DemoData::populate(db(), &error), qPrintable(error));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conference ORDER BY id LIMIT 2")));
    QVERIFY(query.next());
    const qint64 first = query.value(0).toLongLong();
    QVERIFY(query.next());
    const qint64 second = query.value(0).toLongLong();
    const QString summary = QStringLiteral("conference-summary");
    const QString invitation = QStringLiteral("invitation");

    QVERIFY(!DocumentRegister::forConference(db(), first, summary));

    const auto issueFor = [&](qint64 conference, const QString &kind) {
        auto r = request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 2, 5));
        r.conferenceId = conference;
        r.reportKind = kind;
        QString issueError;
        const auto entry = DocumentRegister::issue(db(), r, &issueError);
        if (!entry)
            qWarning("issue() failed: %s", qPrintable(issueError));
        return entry ? entry->id : 0;
    };
    const qint64 a1 = issueFor(first, summary);
    const qint64 b1 = issueFor(second, summary);
    const qint64 a2 = issueFor(first, summary);
    const qint64 invite = issueFor(first, invitation);
    const qint64 b2 = issueFor(second, invitation);
    QVERIFY(a1 && b1 && a2 && invite && b2);

    auto found = DocumentRegister::forConference(db(), first, summary);
    QVERIFY(found);
    QCOMPARE(found->id, a2);
    QCOMPARE(found->code, QStringLiteral("3-TB/TU"));
    QCOMPARE(found->conferenceId, std::optional<qint64>(first));
    QCOMPARE(found->reportKind, summary);
    QCOMPARE(DocumentRegister::forConference(db(), second, summary)->id, b1);
    QCOMPARE(DocumentRegister::forConference(db(), first, invitation)->id, invite);
    QCOMPARE(DocumentRegister::forConference(db(), second, invitation)->id, b2);

    // The latest number is cancelled: the one before it counts again; then none.
    QVERIFY(DocumentRegister::cancel(db(), a2, QString(), &error));
    found = DocumentRegister::forConference(db(), first, summary);
    QVERIFY(found);
    QCOMPARE(found->id, a1);
    QCOMPARE(found->code, QStringLiteral("1-TB/TU"));
    QVERIFY(DocumentRegister::cancel(db(), a1, QString(), &error));
    QVERIFY(!DocumentRegister::forConference(db(), first, summary));
    QVERIFY(!DocumentRegister::forConference(db(), first, QStringLiteral("minutes")));
    QCOMPARE(DocumentRegister::forConference(db(), first, invitation)->id, invite);
}

void TestDocumentRegister::storeRefusesADuplicateNumber()
{
    const auto first = issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 5, 1));
    QCOMPARE(first.number, 1);

    // Another program (or a careless script) writes number 1 again behind our back.
    const QString name = QStringLiteral("behind-the-back");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_database->path());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        const bool inserted = query.exec(QStringLiteral(
                "INSERT INTO document_register (type_code, issuer_code, year, number, code, "
                "issued_on) VALUES ('TB', 'TU', 2026, 1, '1-TB/TU', '2026-05-02')"));
        const QSqlError sqlError = query.lastError();
        query.finish();
        raw.close();
        QVERIFY(!inserted);
        QCOMPARE(StoreErrors::explain(sqlError),
                 QStringLiteral("This number is already taken in the outgoing document "
                                "register."));
    }
    QSqlDatabase::removeDatabase(name);

    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 1);
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 5, 2)).number, 2);
}

void TestDocumentRegister::missingRequestFieldsGiveASentence_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QDate>("date");

    QTest::newRow("no type") << QString() << QStringLiteral("TU") << QDate(2026, 1, 5);
    QTest::newRow("no issuer") << QStringLiteral("TB") << QString() << QDate(2026, 1, 5);
    QTest::newRow("blank issuer") << QStringLiteral("TB") << QStringLiteral("   ")
                                  << QDate(2026, 1, 5);
    QTest::newRow("no date") << QStringLiteral("TB") << QStringLiteral("TU") << QDate();
    QTest::newRow("invalid date") << QStringLiteral("TB") << QStringLiteral("TU")
                                  << QDate(2026, 2, 30);
}

void TestDocumentRegister::missingRequestFieldsGiveASentence()
{
    QFETCH(QString, type);
    QFETCH(QString, issuer);
    QFETCH(QDate, date);

    QString error;
    QVERIFY(!DocumentRegister::issue(db(), request(type, issuer, date), &error));
    QCOMPARE(error,
             QStringLiteral("A number needs the document type, the issuer code and the date."));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 0);
}

void TestDocumentRegister::unknownTypeGivesASentence()
{
    QString error;
    QVERIFY(!DocumentRegister::issue(db(), request(QStringLiteral("XYZ"), QStringLiteral("TU"),
                                                   QDate(2026, 1, 5)),
                                     &error));
    QCOMPARE(error, QStringLiteral("The record refers to something that does not exist any more, "
                                   "or is still referred to by other records."));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 0);
    // The failed attempt left no transaction open.
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 1, 5)).number, 1);
}

void TestDocumentRegister::twoWritersNeverShareANumber()
{
    const QString path = m_database->path();
    const int perWriter = 60;
    Writer writers[2];
    QSemaphore opened;
    QSemaphore go;

    const auto run = [&](Writer *writer) {
        // This thread's own connection, made and destroyed here.
        Database database;
        const bool ok = database.open(path, Database::OpenMode::MustExist);
        if (!ok)
            writer->openError = database.errorString();
        opened.release();
        go.acquire();
        if (!ok)
            return;
        for (int i = 0; i < perWriter; ++i) {
            QString error;
            const auto entry = DocumentRegister::issue(
                    database.connection(),
                    request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 6, 1)),
                    &error);
            if (entry)
                writer->numbers << entry->number;
            else
                writer->errors << error;
        }
    };
    std::unique_ptr<QThread> threads[2] = {
            std::unique_ptr<QThread>(QThread::create(run, &writers[0])),
            std::unique_ptr<QThread>(QThread::create(run, &writers[1]))};
    for (auto &thread : threads)
        thread->start();
    opened.acquire(2);
    go.release(2);
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));

    QList<int> all;
    for (const Writer &writer : writers) {
        QVERIFY2(writer.openError.isEmpty(), qPrintable(writer.openError));
        QVERIFY2(writer.errors.isEmpty(), qPrintable(writer.errors.join(QLatin1Char('\n'))));
        QCOMPARE(writer.numbers.size(), perWriter);
        QVERIFY(std::is_sorted(writer.numbers.cbegin(), writer.numbers.cend()));
        all << writer.numbers;
    }
    std::sort(all.begin(), all.end());
    QList<int> expected(2 * perWriter);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(all, expected);

    QList<int> stored;
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT number FROM document_register WHERE type_code = "
                                      "'TB' AND issuer_code = 'TU' AND year = 2026 "
                                      "ORDER BY number")));
    while (query.next())
        stored << query.value(0).toInt();
    QCOMPARE(stored, expected);
}

QTEST_GUILESS_MAIN(TestDocumentRegister)
#include "tst_documentregister.moc"
