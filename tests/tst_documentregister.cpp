#include "teststore.h"
#include "testserver.h"

#include "cli/demodata.h"
#include "storage/documentregister.h"
#include "storage/store.h"

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

QVariant scalar(const Store &store, const QString &sql)
{
    return store.value(sql);
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
    void forSubjectGivesTheValidNumber();
    void oneNumberPerDocumentInTwoWindows();
    void oneNumberPerDocumentWhenTwoAskAtOnce();
    void storeRefusesADuplicateNumber();
    void missingRequestFieldsGiveASentence_data();
    void missingRequestFieldsGiveASentence();
    void unknownTypeGivesASentence();
    void twoWritersNeverShareANumber();
    void numbersRunWithinATermAndANewTermStartsAgain();
    void congressDocumentsShareOneRun();
    void aDateOutsideEveryTermIsRefused();
    void aClosedRegisterRefusesLaterDates();
    void aBodyNumberedPerYearStartsEachJanuary();
    void aReplacementNamesTheDocumentItReplaces();

private:
    // An issuing body "ĐUCQ" with terms 2020-10-15..2025-10-14 and from 2025-10-15 on.
    qint64 body(const QString &numbering = QStringLiteral("term"));
    DocumentRegister::Entry issueFor(
        qint64 bodyId, const QString &type, const QDate &date, QString *error = nullptr);
    Store &db() const { return *m_store; }
    DocumentRegister::Entry issue(const QString &type, const QString &issuer, const QDate &date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDocumentRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("register.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
}

void TestDocumentRegister::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

DocumentRegister::Entry TestDocumentRegister::issue(
    const QString &type, const QString &issuer, const QDate &date)
{
    QString error;
    const auto entry = DocumentRegister::issue(db(), request(type, issuer, date), &error);
    if (!entry) {
        qWarning("issue() failed: %s", qPrintable(error));
        return {};
    }
    return *entry;
}

qint64 TestDocumentRegister::body(const QString &numbering)
{
    QString error;
    const auto id = db().insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy các cơ quan Đảng tỉnh")},
            {QStringLiteral("superior_line"), QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA")},
            {QStringLiteral("issuing_line"), QStringLiteral("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH")},
            {QStringLiteral("place_name"), QStringLiteral("Thanh Hóa")},
            {QStringLiteral("issuer_code"), QStringLiteral("ĐUCQ")},
            {QStringLiteral("numbering"), numbering}},
        &error);
    if (!id) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    for (const auto &[name, from, to] : {std::tuple {"2020–2025", "2020-10-15", "2025-10-14"},
             std::tuple {"2025–2030", "2025-10-15", ""}}) {
        if (!db().insert(QStringLiteral("issuing_body_term"),
                {{QStringLiteral("issuing_body_id"), *id},
                    {QStringLiteral("name"), QString::fromUtf8(name)},
                    {QStringLiteral("starts_on"), QLatin1String(from)},
                    {QStringLiteral("ends_on"), QLatin1String(to)}},
                &error))
            qWarning("%s", qPrintable(error));
    }
    return *id;
}

DocumentRegister::Entry TestDocumentRegister::issueFor(
    qint64 bodyId, const QString &type, const QDate &date, QString *error)
{
    DocumentRegister::Request r = request(type, QString(), date);
    r.issuingBodyId = bodyId;
    QString problem;
    const auto entry = DocumentRegister::issue(db(), r, &problem);
    if (error)
        *error = problem;
    return entry.value_or(DocumentRegister::Entry {});
}

void TestDocumentRegister::numbersRunWithinATermAndANewTermStartsAgain()
{
    const qint64 id = body();
    QVERIFY(id);
    // The old term runs across the new year; the new term starts again from 01 mid-October.
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2024, 12, 30)).code, QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2025, 1, 3)).code, QStringLiteral("02-TB/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2025, 10, 14)).code, QStringLiteral("03-TB/ĐUCQ"));
    const auto first = issueFor(id, QStringLiteral("TB"), QDate(2025, 10, 15));
    QCOMPARE(first.code, QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(first.issuerCode, QStringLiteral("ĐUCQ"));
    QCOMPARE(first.issuingBodyId, id);
    QVERIFY(first.termId);
    // Another type has its own run in the same term.
    QCOMPARE(
        issueFor(id, QStringLiteral("KH"), QDate(2025, 10, 20)).code, QStringLiteral("01-KH/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2026, 1, 5)).code, QStringLiteral("02-TB/ĐUCQ"));
}

void TestDocumentRegister::congressDocumentsShareOneRun()
{
    const qint64 id = body();
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE document_type SET shared_run = 'congress' "
                                      "WHERE code IN ('NQ', 'BC')")));
    QCOMPARE(
        issueFor(id, QStringLiteral("BC"), QDate(2025, 11, 1)).code, QStringLiteral("01-BC/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("NQ"), QDate(2025, 11, 2)).code, QStringLiteral("02-NQ/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2025, 11, 3)).code, QStringLiteral("01-TB/ĐUCQ"));
}

void TestDocumentRegister::aDateOutsideEveryTermIsRefused()
{
    const qint64 id = body();
    QString error;
    const int before
        = scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt();
    QCOMPARE(issueFor(id, QStringLiteral("TB"), QDate(2019, 5, 1), &error).id, 0);
    QVERIFY2(error.contains(QStringLiteral("01/05/2019")), qPrintable(error));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), before);
}

void TestDocumentRegister::aClosedRegisterRefusesLaterDates()
{
    const qint64 id = body();
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE issuing_body SET closed_on = '2025-06-30'")));
    QString error;
    QCOMPARE(issueFor(id, QStringLiteral("TB"), QDate(2025, 6, 30), &error).code,
        QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(issueFor(id, QStringLiteral("TB"), QDate(2025, 7, 1), &error).id, 0);
    QVERIFY2(error.contains(QStringLiteral("30/06/2025")), qPrintable(error));
}

void TestDocumentRegister::aBodyNumberedPerYearStartsEachJanuary()
{
    const qint64 id = body(QStringLiteral("year"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2025, 12, 30)).code, QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2026, 1, 2)).code, QStringLiteral("01-TB/ĐUCQ"));
    QCOMPARE(
        issueFor(id, QStringLiteral("TB"), QDate(2026, 1, 3)).code, QStringLiteral("02-TB/ĐUCQ"));
}

void TestDocumentRegister::aReplacementNamesTheDocumentItReplaces()
{
    QString error;
    QVERIFY2(DemoData::populate(db(), &error), qPrintable(error));
    const qint64 id = body();
    const qint64 conference
        = scalar(db(), QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    DocumentRegister::Request r = request(QStringLiteral("TB"), QString(), QDate(2026, 2, 5));
    r.issuingBodyId = id;
    r.reportKind = QStringLiteral("conference-summary");
    r.subject = {QStringLiteral("conference"), conference};
    const auto first = DocumentRegister::issue(db(), r, &error);
    QVERIFY2(first, qPrintable(error));
    // A second number for the same document is refused, unless it replaces the first.
    QVERIFY(!DocumentRegister::issue(db(), r, &error));
    r.replacesId = first->id;
    const auto second = DocumentRegister::issue(db(), r, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->replacesId, first->id);
    QCOMPARE(second->code, QStringLiteral("02-TB/ĐUCQ"));
    QCOMPARE(DocumentRegister::forSubject(db(), r.subject, r.reportKind)->id, second->id);
    // The first stays in the register, issued, under its number.
    QCOMPARE(DocumentRegister::find(db(), first->id)->status, QStringLiteral("issued"));
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
                                << QStringLiteral("01-KH/TU");
    QTest::newRow("decision of a Party committee")
        << 123 << QStringLiteral("QĐ") << QStringLiteral("ĐU") << QStringLiteral("123-QĐ/ĐU");
    QTest::newRow("mixed-case type")
        << 5 << QStringLiteral("TTr") << QStringLiteral("HU") << QStringLiteral("05-TTr/HU");
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
        QCOMPARE(entry.code, QStringLiteral("%1-TB/TU").arg(expected, 2, 10, QLatin1Char('0')));
        QVERIFY(!entry.code.contains(QStringLiteral("Số")));
        QVERIFY(!entry.code.contains(QLatin1Char(':')));
        QCOMPARE(entry.typeCode, QStringLiteral("TB"));
        QCOMPARE(entry.issuerCode, QStringLiteral("TU"));
        QCOMPARE(entry.year, 2026);
        QCOMPARE(entry.issuedOn, date);
        QCOMPARE(entry.status, QStringLiteral("issued"));
        QCOMPARE(entry.excerpt, QStringLiteral("Về việc tổ chức hội nghị"));
        QCOMPARE(entry.signer, QStringLiteral("Đỗ Trọng Hưng"));
        QVERIFY(!entry.subject.isValid());

        const auto found = DocumentRegister::find(db(), entry.id);
        QVERIFY(found);
        QCOMPARE(found->code, entry.code);
    }
    QStringList codes;
    QVERIFY(db().lookup(QStringLiteral("SELECT code FROM document_register ORDER BY id"), {},
        [&codes](const QSqlQuery &row) { codes << row.value(0).toString(); }));
    QCOMPARE(codes.join(QLatin1Char(' ')), QStringLiteral("01-TB/TU 02-TB/TU 03-TB/TU"));
    QVERIFY(!DocumentRegister::find(db(), 999));
}

void TestDocumentRegister::typesAndIssuersHaveTheirOwnSequences_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("issuers");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("two types") << QStringList {"TB", "TB", "KH", "TB", "KH"}
                               << QStringList {"TU", "TU", "TU", "TU", "TU"}
                               << QStringList {
                                      "01-TB/TU", "02-TB/TU", "01-KH/TU", "03-TB/TU", "02-KH/TU"};
    QTest::newRow("two issuers") << QStringList {"TB", "TB", "TB", "TB"}
                                 << QStringList {"TU", "ĐU", "ĐU", "TU"}
                                 << QStringList {"01-TB/TU", "01-TB/ĐU", "02-TB/ĐU", "02-TB/TU"};
    QTest::newRow("types and issuers")
        << QStringList {"TB", "KH", "TB", "KH", "TB"} << QStringList {"TU", "ĐU", "ĐU", "TU", "TU"}
        << QStringList {"01-TB/TU", "01-KH/ĐU", "01-TB/ĐU", "01-KH/TU", "02-TB/TU"};
    QTest::newRow("issuer typed with spaces") << QStringList {"TB",
        "TB"} << QStringList {"TU", " TU "} << QStringList {"01-TB/TU", "02-TB/TU"};
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
        QStringLiteral("01-TB/TU"));
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2025, 12, 31)).code,
        QStringLiteral("02-TB/TU"));
    const auto january = issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 1, 2));
    QCOMPARE(january.code, QStringLiteral("01-TB/TU"));
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
    QVERIFY2(
        DocumentRegister::cancel(db(), second.id, QStringLiteral("  Ghi sai trích yếu  "), &error),
        qPrintable(error));
    const auto cancelled = DocumentRegister::find(db(), second.id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
    QCOMPARE(cancelled->code, QStringLiteral("02-TB/TU"));
    QCOMPARE(db().value(QStringLiteral("SELECT cancelled_reason FROM document_register "
                                       "WHERE id = ?"),
                     {second.id})
                 .toString(),
        QStringLiteral("Ghi sai trích yếu"));

    const auto third = issue(QStringLiteral("TB"), QStringLiteral("TU"), date);
    QCOMPARE(third.number, 3);
    QCOMPARE(third.code, QStringLiteral("03-TB/TU"));
    QCOMPARE(third.status, QStringLiteral("issued"));
}

void TestDocumentRegister::cancellingTwiceIsRefused()
{
    const auto entry = issue(QStringLiteral("KH"), QStringLiteral("TU"), QDate(2026, 4, 1));
    QVERIFY(entry.id > 0);
    QString error;
    QVERIFY2(DocumentRegister::cancel(db(), entry.id, QString(), &error), qPrintable(error));
    QVERIFY(
        scalar(db(), QStringLiteral("SELECT cancelled_reason FROM document_register")).isNull());

    QVERIFY(!DocumentRegister::cancel(db(), entry.id, QStringLiteral("again"), &error));
    QCOMPARE(error, QStringLiteral("This number is not in the register or was already cancelled."));
    QCOMPARE(DocumentRegister::find(db(), entry.id)->status, QStringLiteral("cancelled"));

    error.clear();
    QVERIFY(!DocumentRegister::cancel(db(), entry.id + 1000, QString(), &error));
    QCOMPARE(error, QStringLiteral("This number is not in the register or was already cancelled."));
}

void TestDocumentRegister::forSubjectGivesTheValidNumber()
{
    QString error;
    QVERIFY2(DemoData::populate(db(), &error), qPrintable(error));
    auto query = db().select(QStringLiteral("SELECT id FROM conference ORDER BY id LIMIT 2"));
    QVERIFY(query && query->next());
    const DocumentRegister::Subject first {
        QStringLiteral("conference"), query->value(0).toLongLong()};
    QVERIFY(query->next());
    const DocumentRegister::Subject second {
        QStringLiteral("conference"), query->value(0).toLongLong()};
    const QString summary = QStringLiteral("conference-summary");
    const QString invitation = QStringLiteral("conference-invitations");

    QVERIFY(!DocumentRegister::forSubject(db(), first, summary));

    const auto issueFor
        = [&](const DocumentRegister::Subject &subject, const QString &kind, QString *issueError) {
              auto r = request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 2, 5));
              r.subject = subject;
              r.reportKind = kind;
              const auto entry = DocumentRegister::issue(db(), r, issueError);
              return entry ? entry->id : 0;
          };
    const qint64 a1 = issueFor(first, summary, &error);
    const qint64 b1 = issueFor(second, summary, &error);
    const qint64 invite = issueFor(first, invitation, &error);
    QVERIFY2(a1 && b1 && invite, qPrintable(error));

    // The same document of the same record is not numbered twice.
    QCOMPARE(issueFor(first, summary, &error), 0);
    QVERIFY2(error.contains(QLatin1String("01-TB/TU")), qPrintable(error));

    auto found = DocumentRegister::forSubject(db(), first, summary);
    QVERIFY(found);
    QCOMPARE(found->id, a1);
    QCOMPARE(found->subject.table, QStringLiteral("conference"));
    QCOMPARE(found->subject.id, first.id);
    QCOMPARE(found->reportKind, summary);
    QCOMPARE(DocumentRegister::forSubject(db(), second, summary)->id, b1);
    QCOMPARE(DocumentRegister::forSubject(db(), first, invitation)->id, invite);

    // Once its number is cancelled, the document may have another one.
    QVERIFY(DocumentRegister::cancel(db(), a1, QStringLiteral("Sai ngày"), &error));
    QVERIFY(!DocumentRegister::forSubject(db(), first, summary));
    const qint64 a2 = issueFor(first, summary, &error);
    QVERIFY2(a2, qPrintable(error));
    found = DocumentRegister::forSubject(db(), first, summary);
    QVERIFY(found);
    QCOMPARE(found->id, a2);
    QCOMPARE(found->code, QStringLiteral("04-TB/TU"));
    QVERIFY(!DocumentRegister::forSubject(db(), first, QStringLiteral("minutes")));
}

void TestDocumentRegister::oneNumberPerDocumentInTwoWindows()
{
    QString error;
    QVERIFY2(DemoData::populate(db(), &error), qPrintable(error));
    // A second window on the same file, with its own connection.
    auto other = TestSupport::open(m_store->path());
    QVERIFY(other);
    const DocumentRegister::Subject conference {QStringLiteral("conference"),
        db().value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong()};
    auto r = request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 2, 5));
    r.subject = conference;
    r.reportKind = QStringLiteral("conference-summary");
    // Both windows looked: no number yet.
    QVERIFY(!DocumentRegister::forSubject(db(), conference, r.reportKind));
    QVERIFY(!DocumentRegister::forSubject(*other, conference, r.reportKind));
    const auto given = DocumentRegister::issue(db(), r, &error);
    QVERIFY2(given, qPrintable(error));
    QVERIFY(!DocumentRegister::issue(*other, r, &error));
    QVERIFY2(error.contains(given->code), qPrintable(error));
    QCOMPARE(db().value(QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 1);
}

void TestDocumentRegister::oneNumberPerDocumentWhenTwoAskAtOnce()
{
    QString error;
    QVERIFY2(DemoData::populate(db(), &error), qPrintable(error));
    const QString path = m_store->path();
    const qint64 conference
        = db().value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    Writer writers[2];
    QSemaphore opened;
    QSemaphore go;
    const auto run = [&](Writer *writer) {
        Store store;
        const bool ok = store.open(path, Store::OpenMode::MustExist, &writer->openError);
        opened.release();
        go.acquire();
        if (!ok)
            return;
        auto r = request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 2, 5));
        r.subject = {QStringLiteral("conference"), conference};
        r.reportKind = QStringLiteral("conference-summary");
        QString issueError;
        if (const auto entry = DocumentRegister::issue(store, r, &issueError))
            writer->numbers << entry->number;
        else
            writer->errors << issueError;
    };
    std::unique_ptr<QThread> threads[2]
        = {std::unique_ptr<QThread>(QThread::create(run, &writers[0])),
            std::unique_ptr<QThread>(QThread::create(run, &writers[1]))};
    for (auto &thread : threads)
        thread->start();
    opened.acquire(2);
    go.release(2);
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(60000)));
    QCOMPARE(writers[0].numbers.size() + writers[1].numbers.size(), 1);
    QCOMPARE(writers[0].errors.size() + writers[1].errors.size(), 1);
    QCOMPARE(db().value(QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 1);
}

void TestDocumentRegister::storeRefusesADuplicateNumber()
{
    const auto first = issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 5, 1));
    QCOMPARE(first.number, 1);

    // Another program (or a careless script) writes number 1 again behind our back.
    const QString name = QStringLiteral("behind-the-back");
    {
        QSqlDatabase raw = TestSupport::plainConnection(m_store->path(), name);
        QVERIFY(raw.isOpen());
        QSqlQuery query(raw);
        const bool inserted = query.exec(QStringLiteral(
            "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
            "issued_on) VALUES ('TB', 'TU', 'year 2026 TB', 2026, 1, '1-TB/TU', '2026-05-02')"));
        const QSqlError sqlError = query.lastError();
        query.finish();
        raw.close();
        QVERIFY(!inserted);
        QCOMPARE(m_store->explain(sqlError),
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
    QCOMPARE(
        error, QStringLiteral("A number needs the document type, the issuer code and the date."));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 0);
}

void TestDocumentRegister::unknownTypeGivesASentence()
{
    QString error;
    QVERIFY(!DocumentRegister::issue(
        db(), request(QStringLiteral("XYZ"), QStringLiteral("TU"), QDate(2026, 1, 5)), &error));
    QCOMPARE(error,
        QStringLiteral("The record refers to something that does not exist any more, "
                       "or is still referred to by other records."));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 0);
    // The failed attempt left no transaction open.
    QCOMPARE(issue(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 1, 5)).number, 1);
}

void TestDocumentRegister::twoWritersNeverShareANumber()
{
    const QString path = m_store->path();
    const int perWriter = 60;
    Writer writers[2];
    QSemaphore opened;
    QSemaphore go;

    const auto run = [&](Writer *writer) {
        // This thread's own connection, made and destroyed here.
        Store database;
        const bool ok = database.open(path, Store::OpenMode::MustExist, &writer->openError);
        opened.release();
        go.acquire();
        if (!ok)
            return;
        for (int i = 0; i < perWriter; ++i) {
            QString error;
            const auto entry = DocumentRegister::issue(database,
                request(QStringLiteral("TB"), QStringLiteral("TU"), QDate(2026, 6, 1)), &error);
            if (entry)
                writer->numbers << entry->number;
            else
                writer->errors << error;
        }
    };
    std::unique_ptr<QThread> threads[2]
        = {std::unique_ptr<QThread>(QThread::create(run, &writers[0])),
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
    auto query = db().select(QStringLiteral("SELECT number FROM document_register WHERE type_code "
                                            "= 'TB' AND issuer_code = 'TU' AND year = 2026 "
                                            "ORDER BY number"));
    while (query && query->next())
        stored << query->value(0).toInt();
    QCOMPARE(stored, expected);
}

QTEST_GUILESS_MAIN(TestDocumentRegister)
#include "tst_documentregister.moc"
