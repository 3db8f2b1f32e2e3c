#include "core/clock.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "teststore.h"
#include "testserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

// A recommendation's history (Remedies): each kind of event recorded with the status it leaves,
// the refusals of a date or a status that does not follow, the history written once, and the one
// rule for "overdue" against a clock set by hand.
class TestRemedies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsEachKind();
    void aRecheckNeedsNoReport();
    void aRecheckCanFindItNotRemedied();
    void refusesDatesThatDoNotFollow();
    void refusesStatusesThatDoNotFollow();
    void refusesAnEmptyEvent();
    void withoutAConclusionTheDayItWasMadeCounts();
    void theDayItWasMadeIsTheDayInHaNoi();
    void theHistoryIsNeverChanged();
    void overdueFollowsTheClock();
    void dueText();

private:
    qint64 addRecommendation(const QDate &deadline, const QDate &concludedOn = QDate(2026, 6, 1));
    Remedies::Event event(const QString &kind, const QDate &on, const QString &content,
        const QString &statusAfter = QString());
    QString status(qint64 id) const;
    QVariant column(qint64 id, const QString &name) const;

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_unit = 0;
    int m_files = 0;
};

void TestRemedies::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRemedies::init()
{
    // 10:42 on 1 December 2026 in Hà Nội, whatever today is.
    m_clock = TestSupport::fixClock();
    const QString path = m_dir.filePath(QStringLiteral("remedies-%1.sqlite").arg(++m_files));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    m_unit = m_store->value(QStringLiteral("SELECT min(id) FROM unit")).toLongLong();
    QVERIFY(m_unit > 0);
}

void TestRemedies::cleanup()
{
    m_store.reset();
}

qint64 TestRemedies::addRecommendation(const QDate &deadline, const QDate &concludedOn)
{
    QString error;
    const auto team = m_store->insert(QStringLiteral("inspection_team"),
        {{QStringLiteral("name"), QStringLiteral("Kiểm tra việc thực hiện Quy định (giả định)")}},
        &error);
    const auto target = team
        ? m_store->insert(QStringLiteral("inspection_target"),
            {{QStringLiteral("team_id"), *team}, {QStringLiteral("unit_id"), m_unit},
                {QStringLiteral("status"), QStringLiteral("concluded")},
                {QStringLiteral("concluded_on"),
                    concludedOn.isValid() ? QVariant(concludedOn.toString(Qt::ISODate))
                                          : QVariant()}},
            &error)
        : std::nullopt;
    const auto id = target ? m_store->insert(QStringLiteral("recommendation"),
                        {{QStringLiteral("target_id"), *target},
                            {QStringLiteral("content"),
                                QStringLiteral("Kiểm điểm tập thể Ban Thường vụ về việc "
                                               "chậm ban hành quy chế (giả định)")},
                            {QStringLiteral("responsible_unit_id"), m_unit},
                            {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}},
                        &error)
                           : std::nullopt;
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

Remedies::Event TestRemedies::event(
    const QString &kind, const QDate &on, const QString &content, const QString &statusAfter)
{
    Remedies::Event event;
    event.kind = kind;
    event.occurredOn = on;
    event.content = content;
    event.statusAfter = statusAfter;
    return event;
}

QVariant TestRemedies::column(qint64 id, const QString &name) const
{
    return m_store->value(
        QStringLiteral("SELECT %1 FROM recommendation WHERE id = ?").arg(name), {id});
}

QString TestRemedies::status(qint64 id) const
{
    return column(id, QStringLiteral("status")).toString();
}

void TestRemedies::recordsEachKind()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QVERIFY(id);
    QCOMPARE(status(id), QStringLiteral("pending"));
    const int auditBefore
        = m_store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QString error;

    // A reminder changes nothing but the history.
    auto reminder = event(QStringLiteral("reminder"), QDate(2026, 10, 5),
        QStringLiteral("Đề nghị báo cáo kết quả khắc phục trước ngày 20/10/2026"));
    QVERIFY2(Remedies::record(*m_store, id, reminder, &error), qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("pending"));
    QVERIFY(column(id, QStringLiteral("last_report_on")).isNull());

    // A report, by default "being remedied", becomes the latest report of the list.
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 10, 20),
                     QStringLiteral("Đã tổ chức kiểm điểm, đang hoàn thiện quy chế")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("in_progress"));
    QCOMPARE(column(id, QStringLiteral("last_report_on")).toString(), QStringLiteral("2026-10-20"));
    QCOMPARE(column(id, QStringLiteral("last_report")).toString(),
        QStringLiteral("Đã tổ chức kiểm điểm, đang hoàn thiện quy chế"));
    QVERIFY(column(id, QStringLiteral("remedied_on")).isNull());

    // Reported remedied: remedied_on is that day.
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 11, 10),
                     QStringLiteral("Đã ban hành quy chế làm việc"), QStringLiteral("remedied")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("remedied"));
    QCOMPARE(column(id, QStringLiteral("remedied_on")).toString(), QStringLiteral("2026-11-10"));

    // The re-check confirms it: remedied_on stays the day it was remedied.
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("recheck"), QDate(2026, 12, 1),
                     QStringLiteral("Đã kiểm tra lại, khắc phục đầy đủ")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("rechecked"));
    QCOMPARE(column(id, QStringLiteral("remedied_on")).toString(), QStringLiteral("2026-11-10"));
    QCOMPARE(column(id, QStringLiteral("last_report_on")).toString(), QStringLiteral("2026-11-10"));

    const QList<Remedies::Entry> history = Remedies::history(*m_store, id);
    QCOMPARE(history.size(), 4);
    QStringList kinds, statuses;
    for (const Remedies::Entry &entry : history) {
        kinds << entry.kind;
        statuses << entry.statusAfter;
        QCOMPARE(entry.recordedBy, m_store->userName());
    }
    QCOMPARE(kinds, (QStringList {"reminder", "report", "report", "recheck"}));
    QCOMPARE(statuses, (QStringList {"pending", "in_progress", "remedied", "rechecked"}));
    QCOMPARE(history.first().occurredOn, QDate(2026, 10, 5));
    QCOMPARE(history.first().content, reminder.content);
    // Each change of the recommendation went through the store: a version and the audit log.
    QCOMPARE(column(id, QStringLiteral("version")).toInt(), 4);
    QVERIFY(m_store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
        >= auditBefore + 3 + 4);

    // Re-checked closes the history.
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 12, 1), QStringLiteral("Báo cáo bổ sung")),
        &error));
    QVERIFY2(error.contains(QStringLiteral("closed")), qPrintable(error));
    QCOMPARE(Remedies::history(*m_store, id).size(), 4);
}

void TestRemedies::aRecheckNeedsNoReport()
{
    // Decided: a team may re-check an overdue recommendation that nobody reported on.
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QString error;
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("recheck"), QDate(2026, 11, 20),
                     QStringLiteral("Kiểm tra lại: đã khắc phục, chưa báo cáo")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("rechecked"));
    QCOMPARE(column(id, QStringLiteral("remedied_on")).toString(), QStringLiteral("2026-11-20"));
    QVERIFY(column(id, QStringLiteral("last_report_on")).isNull());
}

void TestRemedies::aRecheckCanFindItNotRemedied()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QString error;
    QVERIFY(Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 1), QStringLiteral("Đã khắc phục"),
            QStringLiteral("remedied")),
        &error));
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("recheck"), QDate(2026, 11, 1),
                     QStringLiteral("Chưa khắc phục thực chất"), QStringLiteral("not_done")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("not_done"));
    QVERIFY(column(id, QStringLiteral("remedied_on")).isNull());
    // A late remedy can still be reported.
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 11, 25),
                     QStringLiteral("Đã khắc phục sau kiểm tra lại"), QStringLiteral("remedied")),
                 &error),
        qPrintable(error));
    QCOMPARE(status(id), QStringLiteral("remedied"));
}

void TestRemedies::refusesDatesThatDoNotFollow()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30), QDate(2026, 6, 1));
    QString error;
    // Before the conclusion.
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 5, 31), QStringLiteral("Đã khắc phục")),
        &error));
    QVERIFY2(error.contains(QStringLiteral("01/06/2026")), qPrintable(error));
    // After today (the clock says 1 December 2026).
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 12, 2), QStringLiteral("Đã khắc phục")),
        &error));
    QVERIFY2(error.contains(QStringLiteral("01/12/2026")), qPrintable(error));
    // Today is allowed; then nothing before it.
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 12, 1), QStringLiteral("Đang làm")),
                 &error),
        qPrintable(error));
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("reminder"), QDate(2026, 11, 1), QStringLiteral("Đôn đốc")), &error));
    QVERIFY2(error.contains(QStringLiteral("order")), qPrintable(error));
    // Nothing was written by the refusals.
    QCOMPARE(Remedies::history(*m_store, id).size(), 1);
    // When the clock moves on, the next day is fine.
    m_clock->advance(24 * 3600);
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("reminder"), QDate(2026, 12, 2), QStringLiteral("Đôn đốc")),
                 &error),
        qPrintable(error));
}

void TestRemedies::refusesStatusesThatDoNotFollow()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QString error;
    // A report cannot re-check itself; a reminder changes no status.
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 1), QStringLiteral("Xong"),
            QStringLiteral("rechecked")),
        &error));
    QVERIFY2(!error.isEmpty(), "a sentence");
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("reminder"), QDate(2026, 10, 1), QStringLiteral("Đôn đốc"),
            QStringLiteral("in_progress")),
        &error));
    QCOMPARE(status(id), QStringLiteral("pending"));
    // Reported remedied: no reminder, and no report taking it back.
    QVERIFY(Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 2), QStringLiteral("Đã khắc phục"),
            QStringLiteral("remedied")),
        &error));
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("reminder"), QDate(2026, 10, 3), QStringLiteral("Đôn đốc")), &error));
    QVERIFY2(error.contains(QStringLiteral("no reminder")), qPrintable(error));
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 3), QStringLiteral("Đang làm lại"),
            QStringLiteral("in_progress")),
        &error));
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("audit"), QDate(2026, 10, 3), QStringLiteral("?")), &error));
    QCOMPARE(status(id), QStringLiteral("remedied"));
    QCOMPARE(Remedies::history(*m_store, id).size(), 1);
    QCOMPARE(Remedies::statusesAfter(QStringLiteral("report"), QStringLiteral("pending")),
        (QStringList {"in_progress", "remedied"}));
    QCOMPARE(Remedies::defaultStatusAfter(QStringLiteral("recheck"), QStringLiteral("remedied")),
        QStringLiteral("rechecked"));
    QCOMPARE(
        Remedies::defaultStatusAfter(QStringLiteral("reminder"), QStringLiteral("in_progress")),
        QStringLiteral("in_progress"));
}

void TestRemedies::refusesAnEmptyEvent()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QString error;
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 1), QStringLiteral("  ")), &error));
    QVERIFY2(error.contains(QStringLiteral("remedy report says")), qPrintable(error));
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(), QStringLiteral("Đã khắc phục")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Remedies::record(*m_store, 999999,
        event(QStringLiteral("report"), QDate(2026, 10, 1), QStringLiteral("Đã khắc phục")),
        &error));
    QVERIFY2(error.contains(QStringLiteral("no longer")), qPrintable(error));
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT count(*) FROM remedy_event WHERE "
                                        "recommendation_id = ?"),
                     {id})
                 .toInt(),
        0);
}

void TestRemedies::withoutAConclusionTheDayItWasMadeCounts()
{
    m_clock->set(QDateTime(QDate(2026, 11, 15), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    const qint64 id = addRecommendation(QDate(2026, 12, 31), QDate());
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    QString error;
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 11, 14), QStringLiteral("Đang làm")), &error));
    QVERIFY2(error.contains(QStringLiteral("15/11/2026")), qPrintable(error));
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 11, 15), QStringLiteral("Đang làm")),
                 &error),
        qPrintable(error));
}

// Made at 00:30 on 15 November in Hà Nội (17:30 on the 14th in UTC, as created_at keeps it): it
// was made on the 15th, and a report of the 14th comes before it.
void TestRemedies::theDayItWasMadeIsTheDayInHaNoi()
{
    m_clock->set(QDateTime(QDate(2026, 11, 15), QTime(0, 30), QTimeZone("Asia/Ho_Chi_Minh")));
    const qint64 id = addRecommendation(QDate(2026, 12, 31), QDate());
    QCOMPARE(
        column(id, QStringLiteral("created_at")).toString().left(10), QStringLiteral("2026-11-14"));
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    QString error;
    QVERIFY(!Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 11, 14), QStringLiteral("Đang làm")), &error));
    QVERIFY2(error.contains(QStringLiteral("15/11/2026")), qPrintable(error));
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 11, 15), QStringLiteral("Đang làm")),
                 &error),
        qPrintable(error));
}

void TestRemedies::theHistoryIsNeverChanged()
{
    const qint64 id = addRecommendation(QDate(2026, 9, 30));
    QString error;
    const auto event1 = Remedies::record(*m_store, id,
        event(QStringLiteral("report"), QDate(2026, 10, 1), QStringLiteral("Đang khắc phục")),
        &error);
    QVERIFY2(event1, qPrintable(error));
    const QString path = m_store->path();
    m_store.reset();
    // Another program on the file: the triggers refuse an UPDATE and a DELETE.
    {
        QSqlDatabase db = TestSupport::plainConnection(path, QStringLiteral("raw"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE remedy_event SET content = 'khác' WHERE id = %1").arg(*event1)));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("remedy_event_frozen")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM remedy_event WHERE id = %1").arg(*event1)));
        QVERIFY(query.lastError().text().contains(QStringLiteral("remedy_event_frozen")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    // The store refuses too, with a sentence, and the event is as it was.
    const auto record = m_store->read(QStringLiteral("remedy_event"), *event1);
    QVERIFY(record);
    const Store::Result changed
        = m_store->update(*record, {{QStringLiteral("content"), QStringLiteral("khác")}});
    QVERIFY(!changed.ok());
    QVERIFY(!changed.error.isEmpty());
    const Store::Result removed = m_store->remove(QStringLiteral("remedy_event"), *event1);
    QVERIFY(!removed.ok());
    const QList<Remedies::Entry> history = Remedies::history(*m_store, id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().content, QStringLiteral("Đang khắc phục"));
}

void TestRemedies::overdueFollowsTheClock()
{
    const int before = Remedies::overdueCount(*m_store);
    const qint64 id = addRecommendation(QDate(2026, 12, 10));
    // 1 December: due in nine days, not overdue.
    QCOMPARE(Remedies::overdueCount(*m_store), before);
    QVERIFY(!Remedies::isOverdue(QDate(2026, 12, 10), QStringLiteral("pending"), m_clock->today()));
    QVERIFY(Remedies::isDueWithin(
        QDate(2026, 12, 10), QStringLiteral("pending"), m_clock->today(), 30));
    // On the deadline itself: still not overdue.
    m_clock->set(QDateTime(QDate(2026, 12, 10), QTime(23, 59), QTimeZone("Asia/Ho_Chi_Minh")));
    QCOMPARE(Remedies::overdueCount(*m_store), before);
    // The day after: overdue, counted by the SQL rule and the C++ rule alike.
    m_clock->set(QDateTime(QDate(2026, 12, 11), QTime(0, 1), QTimeZone("Asia/Ho_Chi_Minh")));
    QCOMPARE(Remedies::overdueCount(*m_store), before + 1);
    QVERIFY(
        Remedies::isOverdue(QDate(2026, 12, 10), QStringLiteral("in_progress"), m_clock->today()));
    QVERIFY(!Remedies::isDueWithin(
        QDate(2026, 12, 10), QStringLiteral("pending"), m_clock->today(), 30));
    // Remedied: never overdue.
    QString error;
    QVERIFY2(Remedies::record(*m_store, id,
                 event(QStringLiteral("report"), QDate(2026, 12, 11), QStringLiteral("Đã xong"),
                     QStringLiteral("remedied")),
                 &error),
        qPrintable(error));
    QCOMPARE(Remedies::overdueCount(*m_store), before);
    QVERIFY(
        !Remedies::isOverdue(QDate(2026, 12, 10), QStringLiteral("remedied"), m_clock->today()));
    // The SQL rule agrees with the C++ rule on every recommendation in the file.
    int counted = 0;
    auto query = m_store->select(QStringLiteral("SELECT deadline, status FROM recommendation"));
    while (query && query->next())
        counted += Remedies::isOverdue(QDate::fromString(query->value(0).toString(), Qt::ISODate),
            query->value(1).toString(), m_clock->today());
    QCOMPARE(Remedies::overdueCount(*m_store), counted);
}

void TestRemedies::dueText()
{
    const QDate today(2026, 12, 1);
    QCOMPARE(Remedies::dueText(QDate(2026, 12, 13), QStringLiteral("pending"), today),
        QStringLiteral("12 day(s) left"));
    QCOMPARE(Remedies::dueText(QDate(2026, 12, 2), QStringLiteral("pending"), today),
        QStringLiteral("1 day(s) left"));
    QCOMPARE(Remedies::dueText(today, QStringLiteral("in_progress"), today),
        QStringLiteral("due today"));
    QCOMPARE(Remedies::dueText(QDate(2026, 11, 26), QStringLiteral("pending"), today),
        QStringLiteral("5 day(s) overdue"));
    QCOMPARE(Remedies::dueText(QDate(2026, 11, 26), QStringLiteral("remedied"), today), QString());
}

QTEST_GUILESS_MAIN(TestRemedies)
#include "tst_remedies.moc"
