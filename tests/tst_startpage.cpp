#include "core/clock.h"
#include "models/workdue.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

// The start page's computation (WorkDue) against a clock set by hand: each group lists exactly
// the records that are due, with the boundaries a secretary would check.
class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recommendationsOverdueAndDueSoon();
    void lateSelfReports();
    void conferencesWithoutInvitations();
    void badgesDueInTheNextRound();
    void documentsWaitingForANumber();
    void eachGroupShowsItsMostUrgentLinesAndCountsTheRest();
    void everyGroupHasAHeaderAndAnEmptyLine();

private:
    qint64 addTeam(const QString &status);
    qint64 addTarget(qint64 team, const QDate &reportDue, const QDate &received = QDate());
    qint64 unitAfter(int skip) const;
    qint64 addRecommendation(qint64 target, const QDate &deadline);
    static bool lists(const QList<WorkDue::Line> &lines, WorkDue::Kind kind, qint64 id);

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_unit = 0;
};

void TestStartPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 10:42 on 1 December 2026 in Hà Nội, whatever today is.
    m_clock = TestSupport::fixClock();
    const QString path = m_dir.filePath(QStringLiteral("start.sqlite"));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    m_unit = m_store->value(QStringLiteral("SELECT min(id) FROM unit")).toLongLong();
    QVERIFY(m_unit > 0);
}

qint64 TestStartPage::addTeam(const QString &status)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("inspection_team"),
        {{QStringLiteral("name"), QStringLiteral("Kiểm tra việc thực hiện Quy chế (giả định)")},
            {QStringLiteral("status"), status}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

qint64 TestStartPage::unitAfter(int skip) const
{
    return m_store->value(
                      QStringLiteral("SELECT id FROM unit ORDER BY id LIMIT 1 OFFSET ?"), {skip})
        .toLongLong();
}

qint64 TestStartPage::addTarget(qint64 team, const QDate &reportDue, const QDate &received)
{
    // Each target of a team its own unit (a unit is inspected once by a team).
    const int already
        = m_store
              ->value(QStringLiteral("SELECT count(*) FROM inspection_target WHERE team_id = ?"),
                  {team})
              .toInt();
    QString error;
    const auto id = m_store->insert(QStringLiteral("inspection_target"),
        {{QStringLiteral("team_id"), team}, {QStringLiteral("unit_id"), unitAfter(already)},
            {QStringLiteral("status"), QStringLiteral("in_progress")},
            {QStringLiteral("self_report_due_on"),
                reportDue.isValid() ? QVariant(reportDue.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("self_report_received_on"),
                received.isValid() ? QVariant(received.toString(Qt::ISODate)) : QVariant()}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

qint64 TestStartPage::addRecommendation(qint64 target, const QDate &deadline)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("recommendation"),
        {{QStringLiteral("target_id"), target},
            {QStringLiteral("content"), QStringLiteral("Bổ sung quy chế làm việc (giả định)")},
            {QStringLiteral("responsible_unit_id"), m_unit},
            {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

bool TestStartPage::lists(const QList<WorkDue::Line> &lines, WorkDue::Kind kind, qint64 id)
{
    for (const WorkDue::Line &line : WorkDue::ofKind(lines, kind))
        if (line.id == id)
            return true;
    return false;
}

void TestStartPage::recommendationsOverdueAndDueSoon()
{
    const QDate today = m_clock->today();
    QCOMPARE(today, QDate(2026, 12, 1));
    const qint64 team = addTeam(QStringLiteral("following_up"));
    const qint64 target = addTarget(team, QDate());
    const qint64 yesterday = addRecommendation(target, today.addDays(-1));
    const qint64 inSeven = addRecommendation(target, today.addDays(7));
    const qint64 inEight = addRecommendation(target, today.addDays(8));
    const qint64 remedied = addRecommendation(target, today.addDays(-3));
    QVERIFY(yesterday && inSeven && inEight && remedied);
    Remedies::Event done;
    done.kind = QStringLiteral("report");
    done.occurredOn = today;
    done.content = QStringLiteral("Đã ban hành quy chế");
    done.statusAfter = QStringLiteral("remedied");
    QString error;
    QVERIFY2(Remedies::record(*m_store, remedied, done, &error), qPrintable(error));

    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using K = WorkDue::Kind;
    QVERIFY(lists(lines, K::OverdueRecommendation, yesterday));
    QVERIFY(!lists(lines, K::RecommendationDueSoon, yesterday));
    QVERIFY(lists(lines, K::RecommendationDueSoon, inSeven));
    QVERIFY(!lists(lines, K::OverdueRecommendation, inSeven));
    QVERIFY(!lists(lines, K::RecommendationDueSoon, inEight));
    QVERIFY(!lists(lines, K::OverdueRecommendation, remedied));
    QVERIFY(!lists(lines, K::RecommendationDueSoon, remedied));
    // The groups hold what the one SQL rule counts.
    QCOMPARE(
        WorkDue::ofKind(lines, K::OverdueRecommendation).size(), Remedies::overdueCount(*m_store));
    const QString responsible
        = m_store->value(QStringLiteral("SELECT name FROM unit WHERE id = ?"), {m_unit}).toString();
    for (const auto &line : WorkDue::ofKind(lines, K::OverdueRecommendation)) {
        QVERIFY(line.overdue);
        QCOMPARE(line.table, QStringLiteral("recommendation"));
        if (line.id == yesterday)
            QCOMPARE(line.whom, responsible);
    }

    // A week later the one due in eight days is due soon, the one in seven overdue.
    m_clock->set(QDateTime(QDate(2026, 12, 9), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    const auto later = WorkDue::compute(*m_store, &error);
    QVERIFY(lists(later, K::OverdueRecommendation, inSeven));
    QVERIFY(lists(later, K::RecommendationDueSoon, inEight));
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(10, 42), QTimeZone("Asia/Ho_Chi_Minh")));
}

void TestStartPage::lateSelfReports()
{
    const QDate today = m_clock->today();
    const qint64 working = addTeam(QStringLiteral("working"));
    const qint64 concluded = addTeam(QStringLiteral("concluded"));
    const qint64 late = addTarget(working, today.addDays(-2));
    const qint64 received = addTarget(working, today.addDays(-2), today.addDays(-1));
    const qint64 dueToday = addTarget(working, today);
    const qint64 teamDone = addTarget(concluded, today.addDays(-5));
    QVERIFY(late && received && dueToday && teamDone);
    QString error;
    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using K = WorkDue::Kind;
    QVERIFY(lists(lines, K::LateSelfReport, late));
    QVERIFY(!lists(lines, K::LateSelfReport, received));
    QVERIFY(!lists(lines, K::LateSelfReport, dueToday));
    QVERIFY(!lists(lines, K::LateSelfReport, teamDone));
    for (const auto &line : WorkDue::ofKind(lines, K::LateSelfReport)) {
        if (line.id == late) {
            QCOMPARE(line.detail, WorkDue::tr("%n day(s) late", nullptr, 2));
            // The inspected unit is whom the line concerns; the team is what.
            QCOMPARE(line.whom,
                m_store
                    ->value(QStringLiteral("SELECT u.name FROM unit u JOIN "
                                           "inspection_target t ON t.unit_id = "
                                           "u.id WHERE t.id = ?"),
                        {late})
                    .toString());
            QVERIFY(line.title.startsWith(QStringLiteral("Kiểm tra việc thực hiện")));
        }
    }
}

void TestStartPage::conferencesWithoutInvitations()
{
    const QDate today = m_clock->today();
    const auto add = [&](const QDate &on, const QString &status) {
        QString error;
        const auto id = m_store->insert(QStringLiteral("conference"),
            {{QStringLiteral("kind"), QStringLiteral("interim_review")},
                {QStringLiteral("title"), QStringLiteral("Hội nghị sơ kết (giả định)")},
                {QStringLiteral("held_on"), on.toString(Qt::ISODate)},
                {QStringLiteral("status"), status}},
            &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    };
    const qint64 in14 = add(today.addDays(14), QStringLiteral("planned"));
    const qint64 in15 = add(today.addDays(15), QStringLiteral("planned"));
    const qint64 cancelled = add(today.addDays(3), QStringLiteral("cancelled"));
    const qint64 past = add(today.addDays(-1), QStringLiteral("planned"));
    const qint64 invited = add(today.addDays(5), QStringLiteral("planned"));
    QVERIFY(in14 && in15 && cancelled && past && invited);
    // Its invitations issued: an entry of the register, as Issuing writes it.
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
        "issued_on, report_kind, status, conference_id) VALUES ((SELECT min(code) FROM "
        "document_type), 'TU', 'GM', 2026, 901, '901-GM/TU', ?, 'conference-invitations', "
        "'issued', ?)"));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(invited);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QString error;
    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using K = WorkDue::Kind;
    QVERIFY(lists(lines, K::ConferenceWithoutInvitation, in14));
    QVERIFY(!lists(lines, K::ConferenceWithoutInvitation, in15));
    QVERIFY(!lists(lines, K::ConferenceWithoutInvitation, cancelled));
    QVERIFY(!lists(lines, K::ConferenceWithoutInvitation, past));
    QVERIFY(!lists(lines, K::ConferenceWithoutInvitation, invited));
}

void TestStartPage::badgesDueInTheNextRound()
{
    // 1 December 2026: the next round is 3 February 2027.
    const QDate round(2027, 2, 3);
    const auto add = [&](const QString &name, const QDate &admitted) {
        QString error;
        const auto id = m_store->insert(QStringLiteral("person"),
            {{QStringLiteral("full_name"), name},
                {QStringLiteral("admitted_on"), admitted.toString(Qt::ISODate)},
                {QStringLiteral("official_on"), admitted.addYears(1).toString(Qt::ISODate)}},
            &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    };
    const qint64 reaches = add(QStringLiteral("Nguyễn Văn Đủ"), round.addYears(-30));
    const qint64 dayShort = add(QStringLiteral("Trần Văn Thiếu"), round.addYears(-30).addDays(1));
    QVERIFY(reaches && dayShort);
    QString error;
    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(lists(lines, WorkDue::Kind::BadgeDue, reaches));
    QVERIFY(!lists(lines, WorkDue::Kind::BadgeDue, dayShort));
    for (const auto &line : WorkDue::ofKind(lines, WorkDue::Kind::BadgeDue))
        if (line.id == reaches)
            QCOMPARE(line.due, round);
}

void TestStartPage::documentsWaitingForANumber()
{
    const auto exec = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery query(m_store->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    };
    const QString approvedAt = QStringLiteral("2026-11-28T05:00:00");
    const auto addCommendation = [&](const QString &status, const QVariant &approved) {
        return exec(QStringLiteral("INSERT INTO commendation (form_id, kind, reason, status, "
                                   "decided_on, approved_by, approved_at) VALUES ((SELECT min(id) "
                                   "FROM commendation_form), 'thematic', ?, ?, ?, ?, ?)"),
            {QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026 (giả định)"), status,
                status == QLatin1String("decided") ? QVariant(QStringLiteral("2026-11-30"))
                                                   : QVariant(),
                approved.isNull() ? QVariant() : QVariant(QStringLiteral("lan")), approved});
    };
    const qint64 approved = addCommendation(QStringLiteral("reviewed"), approvedAt);
    const qint64 notApproved = addCommendation(QStringLiteral("reviewed"), QVariant());
    const qint64 decided = addCommendation(QStringLiteral("decided"), approvedAt);
    const qint64 team = addTeam(QStringLiteral("concluded"));
    const qint64 concluded = addTarget(team, QDate());
    const qint64 noticeIssued = addTarget(team, QDate());
    const qint64 notConcluded = addTarget(team, QDate());
    QVERIFY(approved && notApproved && decided && concluded && noticeIssued && notConcluded);
    for (const qint64 target : {concluded, noticeIssued})
        exec(QStringLiteral("UPDATE inspection_target SET conclusion_approved_by = 'lan', "
                            "conclusion_approved_at = ? WHERE id = ?"),
            {approvedAt, target});
    // The notice of one conclusion has its number.
    exec(QStringLiteral(
             "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
             "issued_on, report_kind, status, inspection_target_id) VALUES ((SELECT min(code) FROM "
             "document_type), 'TU', 'TB', 2026, 902, '902-TB/TU', '2026-11-30', "
             "'inspection-conclusion', 'issued', ?)"),
        {noticeIssued});

    QString error;
    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto waiting = WorkDue::ofKind(lines, WorkDue::Kind::DocumentAwaitingNumber);
    const auto has = [&](const QString &table, qint64 id) {
        for (const WorkDue::Line &line : waiting)
            if (line.table == table && line.id == id)
                return true;
        return false;
    };
    const QString commendation = QStringLiteral("commendation");
    const QString target = QStringLiteral("inspection_target");
    QVERIFY(has(commendation, approved));
    QVERIFY(!has(commendation, notApproved));
    QVERIFY(!has(commendation, decided));
    QVERIFY(has(target, concluded));
    QVERIFY(!has(target, noticeIssued));
    QVERIFY(!has(target, notConcluded));
    for (const WorkDue::Line &line : waiting) {
        QCOMPARE(line.due, QDate(2026, 11, 28));
        QVERIFY(!line.overdue);
        QVERIFY(line.detail.contains(QStringLiteral("28/11/2026")));
    }
}

void TestStartPage::eachGroupShowsItsMostUrgentLinesAndCountsTheRest()
{
    const QDate today = m_clock->today();
    const qint64 team = addTeam(QStringLiteral("following_up"));
    const qint64 target = addTarget(team, QDate());
    // 25 more overdue: the oldest deadline is the most urgent.
    qint64 oldest = 0;
    for (int i = 0; i < 25; ++i) {
        const qint64 id = addRecommendation(target, today.addDays(-400 + i));
        QVERIFY(id);
        if (i == 0)
            oldest = id;
    }
    QString error;
    const auto all = WorkDue::compute(*m_store, &error);
    const auto page = WorkDue::summarize(*m_store, WorkDue::PageLimit, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using K = WorkDue::Kind;
    const int overdue = Remedies::overdueCount(*m_store);
    QVERIFY(overdue > WorkDue::PageLimit);
    QCOMPARE(WorkDue::count(page.lines, K::OverdueRecommendation), WorkDue::PageLimit);
    QCOMPARE(page.total(K::OverdueRecommendation), overdue);
    QCOMPARE(page.more(K::OverdueRecommendation), overdue - WorkDue::PageLimit);
    const auto shown = WorkDue::ofKind(page.lines, K::OverdueRecommendation);
    QCOMPARE(shown.first().id, oldest);
    // The first 20 of the whole list, in its order.
    const auto every = WorkDue::ofKind(all, K::OverdueRecommendation);
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(shown[i].id, every[i].id);
    QVERIFY(shown.last().due <= every[WorkDue::PageLimit].due);
    // A group under the limit shows all its lines and nothing more.
    for (const K kind : WorkDue::kinds()) {
        if (WorkDue::count(all, kind) <= WorkDue::PageLimit) {
            QCOMPARE(WorkDue::count(page.lines, kind), WorkDue::count(all, kind));
            QCOMPARE(page.total(kind), WorkDue::count(all, kind));
            QCOMPARE(page.more(kind), 0);
        }
    }
    QCOMPARE(WorkDue::moreText(5), QStringLiteral("and 5 more…"));
}

void TestStartPage::everyGroupHasAHeaderAndAnEmptyLine()
{
    QString error;
    const auto lines = WorkDue::compute(*m_store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int total = 0;
    for (const WorkDue::Kind kind : WorkDue::kinds()) {
        const int n = WorkDue::count(lines, kind);
        QCOMPARE(n, WorkDue::ofKind(lines, kind).size());
        QVERIFY(WorkDue::header(kind, n).contains(QStringLiteral("(%1)").arg(n)));
        QVERIFY(!WorkDue::emptyText(kind).isEmpty());
        total += n;
    }
    QCOMPARE(total, lines.size());
    // The earlier tests left lines in each group.
    QVERIFY(WorkDue::count(lines, WorkDue::Kind::OverdueRecommendation) > 0);
    QVERIFY(WorkDue::count(lines, WorkDue::Kind::BadgeDue) > 0);
    QVERIFY(WorkDue::count(lines, WorkDue::Kind::DocumentAwaitingNumber) > 0);
}

QTEST_GUILESS_MAIN(TestStartPage)
#include "tst_startpage.moc"
