#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class Store;

// The Party membership badge (Huy hiệu Đảng, COMMENDATIONS.md): who is due which badge in a round,
// who will be soon and why not yet, and the badge numbers given after the decision.
//
// The rules:
// - Badges mark 30, 40, 45, 50, 55 … 90 years of Party membership, counted from the day of
//   admission (person.admitted_on): N years are reached on the anniversary.
// - A member is due the highest badge reached on the round's day that they have neither received
//   nor been proposed for: a recipient row with that badge's form or a higher one, on a
//   commendation not withdrawn, not rejected.
// - A gravely ill member (gravely_ill) may be given a badge early: up to 12 months for badges up
//   to 65 years, 24 months for 70 years and above (the row's `early` flag).
// - After a cảnh cáo (warning) a member waits 6 months, after a cách chức (dismissal) 12 months,
//   from the discipline's decided_on; a khai trừ (expulsion) excludes. A khiển trách
//   (reprimand) delays nothing.
// - A member who died (deceased_on, on or before the round) having reached a badge is a
//   posthumous case (list 4B, the `posthumous` flag); Party age then stops at the death.
// - A member without the date made official (official_on) is flagged, not refused.
// Rounds are presented on 3/2, 19/5, 2/9 and 7/11.
class PartyBadges
{
    Q_DECLARE_TR_FUNCTIONS(PartyBadges)

public:
    // 30, 40, 45, 50 … 90.
    static const QList<int> &badgeYears();
    // How many months early a gravely ill member may be given the badge of `years`.
    static int earlyMonths(int years);
    // The first round day (3/2, 19/5, 2/9, 7/11) on or after `from`.
    static QDate nextRound(const QDate &from);
    // Whole years of Party membership from `admitted` to `on`.
    static int partyYears(const QDate &admitted, const QDate &on);
    // The reason printed for a round: "Tặng Huy hiệu Đảng đợt 2/9/2026".
    static QString roundReason(const QDate &roundOn);

    struct Discipline
    {
        QString kind; // reprimand | warning | dismissal | expulsion
        QDate decidedOn;
    };
    // What the rules read of a member.
    struct Member
    {
        qint64 personId = 0;
        QString name;
        QDate admittedOn;
        QDate officialOn;
        QDate deceasedOn;
        bool gravelyIll = false;
        QList<Discipline> disciplines;
        int received = 0; // the highest badge (years) received or proposed; 0: none
    };
    enum class Outcome {
        Due, // may be given `years` in the round
        Later, // not yet: from eligibleOn (why says what it waits for)
        Excluded, // never (expelled, no admission date, died before reaching it, already given)
        None, // every badge already received
    };
    struct Assessment
    {
        Outcome outcome = Outcome::None;
        int years = 0; // the badge due, or the next one
        QDate reachedOn; // the day the Party age reaches `years`
        QDate eligibleOn; // the first day it may be given (early, or after a discipline's wait)
        bool early = false; // given before reachedOn for a grave illness
        bool posthumous = false;
        bool noOfficialDate = false;
        QString why; // Later, Excluded: the sentence
    };
    // The badge due to `member` on `on` (years = 0: the highest due), or why not.
    static Assessment assess(const Member &member, const QDate &on, int years = 0);

    // One member of a round: due a badge, or a near miss (eligible within a year of the round).
    struct Candidate
    {
        Member member;
        Assessment assessment;
        qint64 formId = 0; // the badge's form
        QString title;
        qint64 unitId = 0;
        QString unitName;
    };
    struct Round
    {
        QDate roundOn;
        QList<Candidate> due;
        QList<Candidate> nearMisses; // ordered by the day they become eligible
    };
    // The members (within `unitId` and its sub-units when set) due a badge on `roundOn`, and the
    // near misses: those who will be within twelve months, with the day and why.
    static std::optional<Round> candidates(
        const Store &store, const QDate &roundOn, qint64 unitId, QString *error);

    // Why the person may not be given the badge of `formId` on `on` ("Đồng chí … chưa đủ 40 năm
    // tuổi Đảng: đủ vào ngày 12/03/2027."); empty when they may. `recipientId`, the row being
    // checked, is not counted as a badge already proposed.
    static QString refusal(const Store &store, qint64 personId, qint64 formId, const QDate &on,
        qint64 recipientId = 0);
    // The badge rows of a commendation that the rules refuse, each with its sentence; dated by its
    // round (round_on), else its decision, else today.
    static std::optional<QList<std::pair<qint64, QString>>> rowRefusals(
        const Store &store, qint64 commendationId, QString *error);

    // What a round's list says of a member: the title held, and the unit ("Đảng viên, Chi bộ …").
    static QString detailOf(const Candidate &candidate);
    // Makes the round: a commendation of kind party_badge decided by `issuingBodyId`, presented
    // on roundOn, proposed today (the store's clock) by `proposingUnitId` (when set), with one row
    // per member (the badge's form, early, posthumous), in one transaction. `accepted` makes it a
    // reviewed list of accepted rows (the demo's). Returns its id, or nothing with a sentence.
    static std::optional<qint64> createRound(Store &store, const QDate &roundOn,
        qint64 issuingBodyId, qint64 proposingUnitId, const QList<Candidate> &members,
        QString *error, bool accepted = false);

    // ---- Badge numbers ----
    // The provincial Party organization's code numbers start with (setting badge_number_prefix).
    static QString numberPrefix(const Store &store);
    static bool setNumberPrefix(Store &store, const QString &prefix, QString *error);
    // The decided rounds, the latest first: id and "Tặng Huy hiệu Đảng đợt 2/9/2025 — 123-QĐ/TU".
    static QList<std::pair<qint64, QString>> decidedRounds(const Store &store);
    // Gives each accepted row of a decided round that has no number the next one: the prefix and
    // a 6-digit group running on from the highest used with that prefix. In one transaction;
    // returns how many were given, or nothing with a sentence.
    static std::optional<int> assignNumbers(
        Store &store, qint64 commendationId, const QString &prefix, QString *error);
};
