#include "core/clock.h"
#include "storage/commendations.h"
#include "storage/partybadges.h"
#include "storage/store.h"
#include "teststore.h"

#include <QTemporaryDir>
#include <QtTest>

// The Party membership badge (PartyBadges): every threshold on the day before and the day of,
// the early award for a grave illness at 65 and 70 years, the waits after a warning and a
// dismissal, an expulsion, a posthumous case, a badge already given; the round's candidates read
// from the file, the sentence for one member, the next round, and the badge numbers.
class TestPartyBadges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void assess_data();
    void assess();
    void aGivenBadgeIsChecked();
    void nextRound_data();
    void nextRound();
    void roundReason();
    void candidatesOfARound();
    void candidatesWithinAUnit();
    void refusalSentences();
    void theDemoRoundListsTheEligible();
    void assignsNumbers();
    void refusesNumbersBeforeTheDecision();
    void aDuplicateNumberIsRefused();

private:
    qint64 member(const char *name, const QDate &admitted, qint64 unit = 0,
        const QDate &deceased = {}, bool ill = false);
    void discipline(qint64 person, const char *kind, const QDate &on);
    qint64 round(const QDate &on);
    qint64 badgeRow(qint64 commendation, qint64 person, int years, const char *review = "accepted");
    qint64 form(int years) const;
    void decide(qint64 commendation, const QDate &on);

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_unit = 0;
    qint64 m_cell = 0;
    int m_files = 0;
    int m_rows = 0;
};

namespace {

const QDate roundDay(2026, 9, 2);

PartyBadges::Member make(const QDate &admitted, int received = 0)
{
    PartyBadges::Member member;
    member.personId = 1;
    member.name = QStringLiteral("Nguyễn Văn A (giả định)");
    member.admittedOn = admitted;
    member.officialOn = admitted.isValid() ? admitted.addYears(1) : QDate();
    member.received = received;
    return member;
}

} // namespace

void TestPartyBadges::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPartyBadges::init()
{
    m_clock = TestSupport::fixClock();
    const QString path = m_dir.filePath(QStringLiteral("badges-%1.sqlite").arg(++m_files));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    QString error;
    m_unit = m_store
                 ->insert(QStringLiteral("unit"),
                     {{QStringLiteral("name"), QStringLiteral("Đảng bộ Thử nghiệm (giả định)")},
                         {QStringLiteral("kind"), QStringLiteral("party_committee")}},
                     &error)
                 .value_or(0);
    m_cell = m_store
                 ->insert(QStringLiteral("unit"),
                     {{QStringLiteral("name"), QStringLiteral("Chi bộ Thử nghiệm (giả định)")},
                         {QStringLiteral("kind"), QStringLiteral("party_organization")},
                         {QStringLiteral("parent_id"), m_unit}},
                     &error)
                 .value_or(0);
    QVERIFY2(m_cell > 0, qPrintable(error));
}

void TestPartyBadges::cleanup()
{
    m_store.reset();
}

qint64 TestPartyBadges::member(
    const char *name, const QDate &admitted, qint64 unit, const QDate &deceased, bool ill)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QString::fromUtf8(name)},
            {QStringLiteral("unit_id"), unit ? unit : m_cell},
            {QStringLiteral("admitted_on"), admitted.toString(Qt::ISODate)},
            {QStringLiteral("official_on"), admitted.addYears(1).toString(Qt::ISODate)},
            {QStringLiteral("deceased_on"),
                deceased.isValid() ? QVariant(deceased.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("gravely_ill"), ill ? 1 : 0}},
        &error);
    if (!id)
        qWarning() << error;
    return id.value_or(0);
}

void TestPartyBadges::discipline(qint64 person, const char *kind, const QDate &on)
{
    QString error;
    QVERIFY2(m_store->insert(QStringLiteral("person_discipline"),
                 {{QStringLiteral("person_id"), person}, {QStringLiteral("kind"), kind},
                     {QStringLiteral("decided_on"), on.toString(Qt::ISODate)}},
                 &error),
        qPrintable(error));
}

qint64 TestPartyBadges::round(const QDate &on)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("commendation"),
        {{QStringLiteral("kind"), QStringLiteral("party_badge")},
            {QStringLiteral("reason"), PartyBadges::roundReason(on)},
            {QStringLiteral("round_on"), on.toString(Qt::ISODate)},
            {QStringLiteral("status"), QStringLiteral("reviewed")}},
        &error);
    if (!id)
        qWarning() << error;
    return id.value_or(0);
}

qint64 TestPartyBadges::form(int years) const
{
    return m_store
        ->value(QStringLiteral("SELECT id FROM commendation_form WHERE badge_years = ?"), {years})
        .toLongLong();
}

qint64 TestPartyBadges::badgeRow(qint64 commendation, qint64 person, int years, const char *review)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("commendation_recipient"),
        {{QStringLiteral("commendation_id"), commendation}, {QStringLiteral("position"), ++m_rows},
            {QStringLiteral("form_id"), form(years)},
            {QStringLiteral("recipient_kind"), QStringLiteral("individual")},
            {QStringLiteral("person_id"), person},
            {QStringLiteral("name"),
                m_store->value(
                    QStringLiteral("SELECT full_name FROM person WHERE id = ?"), {person})},
            {QStringLiteral("review"), review}},
        &error);
    if (!id)
        qWarning() << error;
    return id.value_or(0);
}

void TestPartyBadges::decide(qint64 commendation, const QDate &on)
{
    const auto base = m_store->read(QStringLiteral("commendation"), commendation);
    QVERIFY(base);
    const Store::Result result = m_store->update(*base,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), on.toString(Qt::ISODate)}});
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestPartyBadges::assess_data()
{
    QTest::addColumn<QDate>("admitted");
    QTest::addColumn<int>("received");
    QTest::addColumn<bool>("ill");
    QTest::addColumn<QDate>("deceased");
    QTest::addColumn<QString>("disciplineKind");
    QTest::addColumn<QDate>("disciplinedOn");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("eligibleOn");
    QTest::addColumn<bool>("early");
    QTest::addColumn<bool>("posthumous");

    const int due = int(PartyBadges::Outcome::Due);
    const int later = int(PartyBadges::Outcome::Later);
    const int excluded = int(PartyBadges::Outcome::Excluded);
    // Every threshold: due on the anniversary, not on the day before (the previous badge given).
    int previous = 0;
    for (const int years : PartyBadges::badgeYears()) {
        const QDate admitted = roundDay.addYears(-years);
        QTest::addRow("%d years, the day of", years)
            << admitted << previous << false << QDate() << QString() << QDate() << due << years
            << admitted.addYears(years) << false << false;
        QTest::addRow("%d years, the day before", years)
            << admitted.addDays(1) << previous << false << QDate() << QString() << QDate() << later
            << years << roundDay.addDays(1) << false << false;
        previous = years;
    }
    // Nothing given yet: the highest badge reached, not the first.
    QTest::newRow("50 years reached, none given")
        << roundDay.addYears(-52) << 0 << false << QDate() << QString() << QDate() << due << 50
        << roundDay.addYears(-2) << false << false;
    // A grave illness: 12 months early up to 65 years, 24 months from 70.
    const QDate at65 = roundDay.addMonths(12).addYears(-65);
    QTest::newRow("ill, 65 years 12 months early")
        << at65 << 60 << true << QDate() << QString() << QDate() << due << 65 << roundDay << true
        << false;
    QTest::newRow("ill, 65 years 12 months and a day early")
        << at65.addDays(1) << 60 << true << QDate() << QString() << QDate() << later << 65
        << roundDay.addDays(1) << false << false;
    QTest::newRow("not ill, 65 years a year away")
        << at65 << 60 << false << QDate() << QString() << QDate() << later << 65
        << roundDay.addMonths(12) << false << false;
    const QDate at70 = roundDay.addMonths(24).addYears(-70);
    QTest::newRow("ill, 70 years 24 months early")
        << at70 << 65 << true << QDate() << QString() << QDate() << due << 70 << roundDay << true
        << false;
    QTest::newRow("ill, 70 years 24 months and a day early")
        << at70.addDays(1) << 65 << true << QDate() << QString() << QDate() << later << 70
        << roundDay.addDays(1) << false << false;
    // The waits after a discipline, from its decision.
    const QDate at40 = roundDay.addYears(-41);
    QTest::newRow("warning 6 months before")
        << at40 << 30 << false << QDate() << QStringLiteral("warning") << QDate(2026, 3, 2) << due
        << 40 << at40.addYears(40) << false << false;
    QTest::newRow("warning 6 months less a day before")
        << at40 << 30 << false << QDate() << QStringLiteral("warning") << QDate(2026, 3, 3) << later
        << 40 << QDate(2026, 9, 3) << false << false;
    QTest::newRow("dismissal 12 months before")
        << at40 << 30 << false << QDate() << QStringLiteral("dismissal") << QDate(2025, 9, 2) << due
        << 40 << at40.addYears(40) << false << false;
    QTest::newRow("dismissal 12 months less a day before")
        << at40 << 30 << false << QDate() << QStringLiteral("dismissal") << QDate(2025, 9, 3)
        << later << 40 << QDate(2026, 9, 3) << false << false;
    QTest::newRow("reprimand delays nothing")
        << at40 << 30 << false << QDate() << QStringLiteral("reprimand") << QDate(2026, 9, 1) << due
        << 40 << at40.addYears(40) << false << false;
    QTest::newRow("a discipline after the round counts later")
        << at40 << 30 << false << QDate() << QStringLiteral("warning") << QDate(2026, 9, 3) << due
        << 40 << at40.addYears(40) << false << false;
    QTest::newRow("expulsion excludes")
        << at40 << 30 << false << QDate() << QStringLiteral("expulsion") << QDate(2001, 1, 1)
        << excluded << 0 << QDate() << false << false;
    // A member who died having reached the badge: posthumous; before reaching it: none.
    const QDate diedOn(2026, 1, 10);
    QTest::newRow("posthumous") << diedOn.addYears(-40) << 30 << false << diedOn << QString()
                                << QDate() << due << 40 << diedOn << false << true;
    QTest::newRow("died the day before reaching it")
        << diedOn.addYears(-40).addDays(1) << 30 << false << diedOn << QString() << QDate()
        << excluded << 40 << QDate() << false << true;
    QTest::newRow("died, ill: no early award")
        << diedOn.addYears(-40).addDays(1) << 30 << true << diedOn << QString() << QDate()
        << excluded << 40 << QDate() << false << true;
    // Already given 40 years: the next one is 45.
    QTest::newRow("40 already given") << at40 << 40 << false << QDate() << QString() << QDate()
                                      << later << 45 << at40.addYears(45) << false << false;
    QTest::newRow("every badge given")
        << roundDay.addYears(-95) << 90 << false << QDate() << QString() << QDate()
        << int(PartyBadges::Outcome::None) << 0 << QDate() << false << false;
    QTest::newRow("no admission date") << QDate() << 0 << false << QDate() << QString() << QDate()
                                       << excluded << 0 << QDate() << false << false;
}

void TestPartyBadges::assess()
{
    QFETCH(QDate, admitted);
    QFETCH(int, received);
    QFETCH(bool, ill);
    QFETCH(QDate, deceased);
    QFETCH(QString, disciplineKind);
    QFETCH(QDate, disciplinedOn);
    QFETCH(int, outcome);
    QFETCH(int, years);
    QFETCH(QDate, eligibleOn);
    QFETCH(bool, early);
    QFETCH(bool, posthumous);

    PartyBadges::Member member = make(admitted, received);
    member.gravelyIll = ill;
    member.deceasedOn = deceased;
    if (!disciplineKind.isEmpty())
        member.disciplines.append({disciplineKind, disciplinedOn});
    const PartyBadges::Assessment assessment = PartyBadges::assess(member, roundDay);
    QCOMPARE(int(assessment.outcome), outcome);
    QCOMPARE(assessment.years, years);
    if (eligibleOn.isValid())
        QCOMPARE(assessment.eligibleOn, eligibleOn);
    QCOMPARE(assessment.early, early);
    QCOMPARE(assessment.posthumous, posthumous);
    QCOMPARE(assessment.why.isEmpty(), outcome == int(PartyBadges::Outcome::Due));
    QVERIFY(!assessment.noOfficialDate || !admitted.isValid());
}

void TestPartyBadges::aGivenBadgeIsChecked()
{
    // 41 years of membership, 30 given: 40 is due, 45 not yet, 30 already given.
    const PartyBadges::Member member = make(roundDay.addYears(-41), 30);
    QCOMPARE(PartyBadges::assess(member, roundDay, 40).outcome, PartyBadges::Outcome::Due);
    const auto later = PartyBadges::assess(member, roundDay, 45);
    QCOMPARE(later.outcome, PartyBadges::Outcome::Later);
    QCOMPARE(later.eligibleOn, roundDay.addYears(4));
    QCOMPARE(PartyBadges::assess(member, roundDay, 30).outcome, PartyBadges::Outcome::Excluded);
    PartyBadges::Member unofficial = member;
    unofficial.officialOn = QDate();
    const auto flagged = PartyBadges::assess(unofficial, roundDay, 40);
    QCOMPARE(flagged.outcome, PartyBadges::Outcome::Due);
    QVERIFY(flagged.noOfficialDate);
}

void TestPartyBadges::nextRound_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("round");
    QTest::newRow("new year") << QDate(2026, 1, 1) << QDate(2026, 2, 3);
    QTest::newRow("the day itself") << QDate(2026, 2, 3) << QDate(2026, 2, 3);
    QTest::newRow("the day after") << QDate(2026, 2, 4) << QDate(2026, 5, 19);
    QTest::newRow("summer") << QDate(2026, 6, 1) << QDate(2026, 9, 2);
    QTest::newRow("autumn") << QDate(2026, 9, 3) << QDate(2026, 11, 7);
    QTest::newRow("after the last") << QDate(2026, 11, 8) << QDate(2027, 2, 3);
}

void TestPartyBadges::nextRound()
{
    QFETCH(QDate, from);
    QFETCH(QDate, round);
    QCOMPARE(PartyBadges::nextRound(from), round);
}

void TestPartyBadges::roundReason()
{
    QCOMPARE(PartyBadges::roundReason(QDate(2026, 9, 2)),
        QStringLiteral("Tặng Huy hiệu Đảng đợt 2/9/2026"));
    // The default round follows the store's clock (1 December 2026): 3/2/2027.
    QCOMPARE(PartyBadges::nextRound(m_store->clock()->today()), QDate(2027, 2, 3));
}

void TestPartyBadges::candidatesOfARound()
{
    const qint64 thirty = member("Lê Văn Ba (giả định)", roundDay.addYears(-30));
    const qint64 forty = member("Lê Văn Bốn (giả định)", roundDay.addYears(-40).addDays(-3));
    const qint64 ill
        = member("Lê Thị Năm (giả định)", roundDay.addYears(-30).addMonths(6), 0, QDate(), true);
    const qint64 dead = member("Lê Văn Sáu (giả định)", QDate(1975, 1, 1), 0, QDate(2026, 3, 1));
    const qint64 warned = member("Lê Văn Bảy (giả định)", roundDay.addYears(-31));
    discipline(warned, "warning", QDate(2026, 6, 1));
    const qint64 young = member("Lê Văn Tám (giả định)", roundDay.addYears(-30).addMonths(2));
    const qint64 far = member("Lê Văn Chín (giả định)", roundDay.addYears(-20));
    const qint64 given = member("Lê Văn Mười (giả định)", roundDay.addYears(-42));
    badgeRow(round(QDate(2025, 9, 2)), given, 40);
    const qint64 rejected = member("Lê Văn Một (giả định)", roundDay.addYears(-33));
    badgeRow(round(QDate(2025, 9, 2)), rejected, 30, "rejected");

    QString error;
    const auto result = PartyBadges::candidates(*m_store, roundDay, m_unit, &error);
    QVERIFY2(result, qPrintable(error));
    QHash<qint64, PartyBadges::Candidate> due, near;
    for (const auto &candidate : result->due)
        due.insert(candidate.member.personId, candidate);
    for (const auto &candidate : result->nearMisses)
        near.insert(candidate.member.personId, candidate);
    QCOMPARE(QSet<qint64>(due.keyBegin(), due.keyEnd()),
        QSet<qint64>({thirty, forty, ill, dead, rejected}));
    QCOMPARE(QSet<qint64>(near.keyBegin(), near.keyEnd()), QSet<qint64>({warned, young}));
    QVERIFY(!due.contains(far) && !near.contains(far) && !due.contains(given));
    QCOMPARE(due[forty].assessment.years, 40);
    QCOMPARE(due[forty].formId, form(40));
    QCOMPARE(due[forty].unitName, QStringLiteral("Chi bộ Thử nghiệm (giả định)"));
    QVERIFY(due[ill].assessment.early);
    QVERIFY(due[dead].assessment.posthumous);
    QCOMPARE(due[dead].assessment.years, 50);
    QCOMPARE(near[warned].assessment.eligibleOn, QDate(2026, 12, 1));
    QCOMPARE(near[young].assessment.eligibleOn, roundDay.addMonths(2));
    // The list is grouped by badge, the highest first; the near misses by date.
    QCOMPARE(result->due.first().assessment.years, 50);
    QCOMPARE(result->nearMisses.first().member.personId, young);
}

void TestPartyBadges::candidatesWithinAUnit()
{
    const qint64 inside = member("Phan Văn Trong (giả định)", roundDay.addYears(-30));
    QString error;
    const qint64 other
        = m_store
              ->insert(QStringLiteral("unit"),
                  {{QStringLiteral("name"), QStringLiteral("Chi bộ Khác (giả định)")},
                      {QStringLiteral("kind"), QStringLiteral("party_organization")}},
                  &error)
              .value_or(0);
    QVERIFY2(other > 0, qPrintable(error));
    const qint64 outside = member("Phan Văn Ngoài (giả định)", roundDay.addYears(-30), other);
    const auto within = PartyBadges::candidates(*m_store, roundDay, m_unit, &error);
    QVERIFY2(within, qPrintable(error));
    QList<qint64> ids;
    for (const auto &candidate : within->due)
        ids << candidate.member.personId;
    QVERIFY(ids.contains(inside));
    QVERIFY(!ids.contains(outside));
    const auto everyone = PartyBadges::candidates(*m_store, roundDay, 0, &error);
    QVERIFY2(everyone, qPrintable(error));
    ids.clear();
    for (const auto &candidate : everyone->due)
        ids << candidate.member.personId;
    QVERIFY(ids.contains(inside) && ids.contains(outside));
}

void TestPartyBadges::refusalSentences()
{
    const qint64 young = member("Trần Văn Trẻ (giả định)", QDate(1987, 3, 12));
    QCOMPARE(PartyBadges::refusal(*m_store, young, form(40), QDate(2026, 9, 2)),
        QStringLiteral("Comrade Trần Văn Trẻ (giả định) has not reached 40 years of Party "
                       "membership: reached on 12/03/2027."));
    QCOMPARE(PartyBadges::refusal(*m_store, young, form(30), QDate(2026, 9, 2)), QString());
    discipline(young, "dismissal", QDate(2026, 5, 4));
    QCOMPARE(PartyBadges::refusal(*m_store, young, form(30), QDate(2026, 9, 2)),
        QStringLiteral("Comrade Trần Văn Trẻ (giả định) was disciplined (dismissal from office) on "
                       "04/05/2026: no badge until 04/05/2027."));
    // A row on a list counts as proposed, except the row checked itself.
    const qint64 other = member("Trần Văn Già (giả định)", QDate(1980, 1, 1));
    const qint64 row = badgeRow(round(QDate(2026, 9, 2)), other, 45);
    QCOMPARE(PartyBadges::refusal(*m_store, other, form(45), QDate(2026, 9, 2), row), QString());
    QCOMPARE(PartyBadges::refusal(*m_store, other, form(45), QDate(2026, 9, 2)),
        QStringLiteral("Comrade Trần Văn Già (giả định) has already received or been proposed for "
                       "the badge of 45 years of Party membership or a higher one."));
    QVERIFY(!PartyBadges::refusal(*m_store, other,
        m_store->value(QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Bằng khen'"))
            .toLongLong(),
        QDate(2026, 9, 2))
                 .isEmpty());
    // A round's rows: the one not yet due is named.
    const qint64 list = round(QDate(2026, 9, 2));
    const qint64 wrong = badgeRow(list, young, 40);
    QString error;
    const auto refusals = PartyBadges::rowRefusals(*m_store, list, &error);
    QVERIFY2(refusals, qPrintable(error));
    QCOMPARE(refusals->size(), 1);
    QCOMPARE(refusals->first().first, wrong);
    // The board's warnings say it too.
    const auto warnings = Commendations::warnings(*m_store, list, &error);
    QVERIFY2(warnings, qPrintable(error));
    bool said = false;
    for (const auto &warning : *warnings)
        said = said
            || (warning.recipientId == wrong && warning.sentence == refusals->first().second);
    QVERIFY(said);
}

void TestPartyBadges::theDemoRoundListsTheEligible()
{
    QString error;
    const qint64 demo = m_store
                            ->value(QStringLiteral("SELECT id FROM commendation WHERE kind = "
                                                   "'party_badge' AND round_on = '2025-09-02'"))
                            .toLongLong();
    QVERIFY(demo > 0);
    // Every row of the demo's round is due, and none of its members is left out.
    const auto refusals = PartyBadges::rowRefusals(*m_store, demo, &error);
    QVERIFY2(refusals, qPrintable(error));
    QCOMPARE(refusals->size(), 0);
    const qint64 cell = m_store
                            ->value(QStringLiteral("SELECT p.unit_id FROM commendation_recipient r "
                                                   "JOIN person p ON p.id = r.person_id "
                                                   "WHERE r.commendation_id = ? LIMIT 1"),
                                {demo})
                            .toLongLong();
    const auto rest = PartyBadges::candidates(*m_store, QDate(2025, 9, 2), cell, &error);
    QVERIFY2(rest, qPrintable(error));
    QCOMPARE(rest->due.size(), 0);
    // The one waiting after a warning and the one not yet eligible are near misses.
    QCOMPARE(rest->nearMisses.size(), 2);
    const int rows = m_store
                         ->value(QStringLiteral("SELECT count(*) FROM commendation_recipient "
                                                "WHERE commendation_id = ?"),
                             {demo})
                         .toInt();
    const int members = m_store
                            ->value(QStringLiteral("SELECT count(*) FROM person WHERE unit_id = ? "
                                                   "AND admitted_on IS NOT NULL"),
                                {cell})
                            .toInt();
    QCOMPARE(rows + rest->nearMisses.size(), members);
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE "
                                        "commendation_id = ? AND (early = 1 OR posthumous = 1)"),
                     {demo})
                 .toInt(),
        2);
}

void TestPartyBadges::assignsNumbers()
{
    const qint64 earlier = round(QDate(2025, 9, 2));
    const qint64 old = badgeRow(earlier, member("Vũ Văn Cũ (giả định)", QDate(1990, 1, 1)), 30);
    {
        const auto base = m_store->read(QStringLiteral("commendation_recipient"), old);
        QVERIFY(base);
        QVERIFY(
            m_store->update(*base, {{QStringLiteral("badge_number"), QStringLiteral("TH000041")}})
                .ok());
    }
    const qint64 list = round(roundDay);
    const qint64 first = badgeRow(list, member("Vũ Văn Một (giả định)", QDate(1990, 1, 1)), 30);
    const qint64 no
        = badgeRow(list, member("Vũ Văn Không (giả định)", QDate(1990, 1, 1)), 30, "rejected");
    const qint64 second = badgeRow(list, member("Vũ Văn Hai (giả định)", QDate(1986, 1, 1)), 40);
    decide(list, QDate(2026, 8, 20));

    QString error;
    QCOMPARE(PartyBadges::assignNumbers(*m_store, list, QStringLiteral("TH"), &error), 1 + 1);
    const auto number = [this](qint64 id) {
        return m_store
            ->value(QStringLiteral("SELECT badge_number FROM commendation_recipient WHERE id = ?"),
                {id})
            .toString();
    };
    QCOMPARE(number(first), QStringLiteral("TH000042"));
    QCOMPARE(number(second), QStringLiteral("TH000043"));
    QCOMPARE(number(no), QString());
    // Again: nothing is left without a number.
    QCOMPARE(PartyBadges::assignNumbers(*m_store, list, QStringLiteral("TH"), &error), 0);
    // The prefix is kept.
    QVERIFY2(
        PartyBadges::setNumberPrefix(*m_store, QStringLiteral(" TH "), &error), qPrintable(error));
    QCOMPARE(PartyBadges::numberPrefix(*m_store), QStringLiteral("TH"));
    QVERIFY(!PartyBadges::setNumberPrefix(*m_store, QStringLiteral("T H"), &error));
    QVERIFY(error.contains(QStringLiteral("without spaces")));
}

void TestPartyBadges::refusesNumbersBeforeTheDecision()
{
    const qint64 list = round(roundDay);
    badgeRow(list, member("Đinh Văn Chờ (giả định)", QDate(1990, 1, 1)), 30);
    QString error;
    QVERIFY(!PartyBadges::assignNumbers(*m_store, list, QStringLiteral("TH"), &error));
    QCOMPARE(error,
        QStringLiteral("Badge numbers are given once the round is decided: record the decision "
                       "first."));
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE "
                                        "badge_number IS NOT NULL"))
                 .toInt(),
        0);
}

void TestPartyBadges::aDuplicateNumberIsRefused()
{
    const qint64 list = round(roundDay);
    const qint64 a = badgeRow(list, member("Đinh Văn A (giả định)", QDate(1990, 1, 1)), 30);
    const qint64 b = badgeRow(list, member("Đinh Văn B (giả định)", QDate(1990, 1, 1)), 30);
    decide(list, QDate(2026, 8, 20));
    QString error;
    QCOMPARE(PartyBadges::assignNumbers(*m_store, list, QStringLiteral("TH"), &error), 2);
    const auto base = m_store->read(QStringLiteral("commendation_recipient"), b);
    QVERIFY(base);
    const Store::Result result = m_store->update(*base,
        {{QStringLiteral("badge_number"),
            m_store->value(
                QStringLiteral("SELECT badge_number FROM commendation_recipient WHERE id = ?"),
                {a})}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("This badge number is already given to someone else."));
}

QTEST_GUILESS_MAIN(TestPartyBadges)
#include "tst_partybadges.moc"
