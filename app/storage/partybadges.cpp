#include "partybadges.h"

#include "core/clock.h"
#include "core/labels.h"
#include "store.h"
#include "text/vietnamesetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

QDate isoDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString date(const QDate &day)
{
    return VietnameseText::formDate(day);
}

// How long a discipline delays a badge, in months; -1: it excludes.
int waitMonths(const QString &kind)
{
    if (kind == QLatin1String("warning"))
        return 6;
    if (kind == QLatin1String("dismissal"))
        return 12;
    if (kind == QLatin1String("expulsion"))
        return -1;
    return 0;
}

// The badges' forms by years.
QHash<int, qint64> badgeForms(const Store &store, QString *error)
{
    QHash<int, qint64> forms;
    auto query = store.select(QStringLiteral("SELECT badge_years, id FROM commendation_form "
                                             "WHERE badge_years IS NOT NULL"),
        {}, error);
    while (query && query->next())
        forms.insert(query->value(0).toInt(), query->value(1).toLongLong());
    return forms;
}

// The highest badge each person has received or been proposed for (a row not rejected, on a
// commendation not withdrawn), leaving out the row `exceptRecipient`; of one person when set.
bool receivedBadges(const Store &store, qint64 personId, qint64 exceptRecipient,
    QHash<qint64, int> *received, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT r.person_id, max(f.badge_years) FROM commendation_recipient r "
        "JOIN commendation c ON c.id = r.commendation_id "
        "JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
        "WHERE f.badge_years IS NOT NULL AND r.person_id IS NOT NULL AND c.status <> 'withdrawn' "
        "AND r.review <> 'rejected' AND r.id <> ?");
    QVariantList values {exceptRecipient};
    if (personId > 0) {
        sql += QStringLiteral(" AND r.person_id = ?");
        values << personId;
    }
    sql += QStringLiteral(" GROUP BY r.person_id");
    auto query = store.select(sql, values, error);
    if (!query)
        return false;
    while (query->next())
        received->insert(query->value(0).toLongLong(), query->value(1).toInt());
    return true;
}

bool disciplines(const Store &store, qint64 personId,
    QHash<qint64, QList<PartyBadges::Discipline>> *byPerson, QString *error)
{
    QString sql = QStringLiteral("SELECT person_id, kind, decided_on FROM person_discipline "
                                 "WHERE kind <> 'reprimand'");
    QVariantList values;
    if (personId > 0) {
        sql += QStringLiteral(" AND person_id = ?");
        values << personId;
    }
    auto query = store.select(sql, values, error);
    if (!query)
        return false;
    while (query->next())
        (*byPerson)[query->value(0).toLongLong()].append(
            {query->value(1).toString(), isoDate(query->value(2))});
    return true;
}

// The person's columns the rules read, as `candidates` and `refusal` select them.
const char *const memberColumns
    = "p.id, p.full_name, p.title, p.unit_id, u.name, p.admitted_on, p.official_on, "
      "p.deceased_on, p.gravely_ill FROM person p LEFT JOIN unit u ON u.id = p.unit_id";

PartyBadges::Candidate readMember(const QSqlQuery &query)
{
    PartyBadges::Candidate candidate;
    candidate.member.personId = query.value(0).toLongLong();
    candidate.member.name = query.value(1).toString();
    candidate.title = query.value(2).toString();
    candidate.unitId = query.value(3).toLongLong();
    candidate.unitName = query.value(4).toString();
    candidate.member.admittedOn = isoDate(query.value(5));
    candidate.member.officialOn = isoDate(query.value(6));
    candidate.member.deceasedOn = isoDate(query.value(7));
    candidate.member.gravelyIll = query.value(8).toInt() != 0;
    return candidate;
}

} // namespace

const QList<int> &PartyBadges::badgeYears()
{
    static const QList<int> years {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};
    return years;
}

int PartyBadges::earlyMonths(int years)
{
    return years >= 70 ? 24 : 12;
}

QDate PartyBadges::nextRound(const QDate &from)
{
    if (!from.isValid())
        return QDate();
    static const int days[][2] = {{2, 3}, {5, 19}, {9, 2}, {11, 7}};
    for (int year = from.year();; ++year) {
        for (const auto &day : days) {
            const QDate round(year, day[0], day[1]);
            if (round >= from)
                return round;
        }
    }
}

int PartyBadges::partyYears(const QDate &admitted, const QDate &on)
{
    if (!admitted.isValid() || !on.isValid() || on < admitted)
        return 0;
    int years = on.year() - admitted.year();
    if (admitted.addYears(years) > on)
        --years;
    return years;
}

QString PartyBadges::roundReason(const QDate &roundOn)
{
    return QStringLiteral("Tặng Huy hiệu Đảng đợt ") + VietnameseText::citationDate(roundOn);
}

PartyBadges::Assessment PartyBadges::assess(const Member &member, const QDate &on, int years)
{
    Assessment result;
    result.noOfficialDate = !member.officialOn.isValid();
    const QString &name = member.name;
    if (!member.admittedOn.isValid()) {
        result.outcome = Outcome::Excluded;
        result.why = tr("Comrade %1 has no date of admission to the Party recorded.").arg(name);
        return result;
    }
    // The disciplines decided by the round's day: an expulsion excludes, the others delay.
    QDate waitUntil;
    QString waitKind;
    QDate waitFrom;
    for (const Discipline &discipline : member.disciplines) {
        if (!discipline.decidedOn.isValid() || discipline.decidedOn > on)
            continue;
        const int months = waitMonths(discipline.kind);
        if (months < 0) {
            result.outcome = Outcome::Excluded;
            result.why = tr("Comrade %1 was expelled from the Party on %2: no badge is given.")
                             .arg(name, date(discipline.decidedOn));
            return result;
        }
        const QDate until = discipline.decidedOn.addMonths(months);
        if (months > 0 && (!waitUntil.isValid() || until > waitUntil)) {
            waitUntil = until;
            waitKind = discipline.kind;
            waitFrom = discipline.decidedOn;
        }
    }
    result.posthumous = member.deceasedOn.isValid() && member.deceasedOn <= on;
    // Party age stops at death; an early award is for the living.
    const QDate counted = result.posthumous ? member.deceasedOn : on;
    const auto reached = [&](int badge) { return member.admittedOn.addYears(badge); };
    const auto eligible = [&](int badge) {
        return member.gravelyIll && !result.posthumous
            ? reached(badge).addMonths(-earlyMonths(badge))
            : reached(badge);
    };

    int badge = 0;
    if (years > 0) {
        if (years <= member.received) {
            result.outcome = Outcome::Excluded;
            result.years = years;
            result.why = tr("Comrade %1 has already received or been proposed for the badge of %2 "
                            "years of Party membership or a higher one.")
                             .arg(name)
                             .arg(years);
            return result;
        }
        badge = years;
    } else {
        // The highest badge reached (early for a grave illness) not yet given; else the next.
        for (const int candidate : badgeYears()) {
            if (candidate <= member.received)
                continue;
            if (eligible(candidate) <= counted)
                badge = candidate;
            else if (badge == 0) {
                badge = candidate;
                break;
            } else
                break;
        }
        if (badge == 0) {
            result.outcome = Outcome::None;
            result.why = tr("Comrade %1 has received every badge (%2 years of Party membership).")
                             .arg(name)
                             .arg(member.received);
            return result;
        }
    }
    result.years = badge;
    result.reachedOn = reached(badge);
    result.eligibleOn = eligible(badge);
    if (result.eligibleOn > counted) {
        if (result.posthumous) {
            result.outcome = Outcome::Excluded;
            result.why = tr("Comrade %1 died on %2, before reaching %3 years of Party membership.")
                             .arg(name, date(member.deceasedOn))
                             .arg(badge);
            return result;
        }
        result.outcome = Outcome::Later;
        result.why = result.eligibleOn < result.reachedOn
            ? tr("Comrade %1 has not reached %2 years of Party membership: reached on %3; for a "
                 "grave illness it may be given from %4.")
                  .arg(name)
                  .arg(badge)
                  .arg(date(result.reachedOn), date(result.eligibleOn))
            : tr("Comrade %1 has not reached %2 years of Party membership: reached on %3.")
                  .arg(name)
                  .arg(badge)
                  .arg(date(result.reachedOn));
    } else
        result.outcome = Outcome::Due;
    result.early = result.reachedOn > counted && result.eligibleOn <= counted;
    if (waitUntil.isValid() && waitUntil > on && !result.posthumous) {
        const bool waitsLonger = result.outcome == Outcome::Due || waitUntil > result.eligibleOn;
        if (waitsLonger) {
            result.outcome = Outcome::Later;
            result.eligibleOn = std::max(result.eligibleOn, waitUntil);
            result.early = result.reachedOn > result.eligibleOn;
            result.why
                = tr("Comrade %1 was disciplined (%2) on %3: no badge until %4.")
                      .arg(name, Labels::label(Labels::Enum::DisciplineKind, waitKind).toLower(),
                          date(waitFrom), date(waitUntil));
        }
    }
    return result;
}

std::optional<PartyBadges::Round> PartyBadges::candidates(
    const Store &store, const QDate &roundOn, qint64 unitId, QString *error)
{
    Round round;
    round.roundOn = roundOn;
    const QHash<int, qint64> forms = badgeForms(store, error);
    QHash<qint64, int> received;
    QHash<qint64, QList<Discipline>> byPerson;
    if (!receivedBadges(store, 0, 0, &received, error) || !disciplines(store, 0, &byPerson, error))
        return std::nullopt;

    QString sql = QStringLiteral("SELECT ") + QLatin1String(memberColumns)
        + QStringLiteral(" WHERE p.admitted_on IS NOT NULL");
    QVariantList values;
    if (unitId > 0) {
        sql = QStringLiteral("WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT "
                             "u.id FROM unit u "
                             "JOIN below b ON u.parent_id = b.id) ")
            + sql + QStringLiteral(" AND p.unit_id IN (SELECT id FROM below)");
        values << unitId;
    }
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
    auto query = store.select(sql, values, error);
    if (!query)
        return std::nullopt;
    const QDate horizon = roundOn.addMonths(12);
    while (query->next()) {
        Candidate candidate = readMember(*query);
        Member &member = candidate.member;
        member.received = received.value(member.personId);
        member.disciplines = byPerson.value(member.personId);
        candidate.assessment = assess(member, roundOn);
        candidate.formId = forms.value(candidate.assessment.years);
        if (candidate.assessment.outcome == Outcome::Due)
            round.due << candidate;
        else if (candidate.assessment.outcome == Outcome::Later
            && candidate.assessment.eligibleOn < horizon)
            round.nearMisses << candidate;
    }
    // Those due by badge, the highest first (the list is grouped so); the near misses by date.
    std::stable_sort(round.due.begin(), round.due.end(),
        [](const auto &a, const auto &b) { return a.assessment.years > b.assessment.years; });
    std::stable_sort(
        round.nearMisses.begin(), round.nearMisses.end(), [](const auto &a, const auto &b) {
            return a.assessment.eligibleOn < b.assessment.eligibleOn;
        });
    return round;
}

QString PartyBadges::refusal(
    const Store &store, qint64 personId, qint64 formId, const QDate &on, qint64 recipientId)
{
    QString error;
    const QVariant years = store.value(
        QStringLiteral("SELECT badge_years FROM commendation_form WHERE id = ?"), {formId}, &error);
    if (years.isNull())
        return error.isEmpty() ? tr("The form chosen is not a Party membership badge.") : error;
    auto query = store.select(QStringLiteral("SELECT ") + QLatin1String(memberColumns)
            + QStringLiteral(" WHERE p.id = ?"),
        {personId}, &error);
    if (!query || !query->next())
        return error.isEmpty() ? tr("The person is no longer in the directory.") : error;
    Candidate candidate = readMember(*query);
    query.reset();
    QHash<qint64, int> received;
    QHash<qint64, QList<Discipline>> byPerson;
    if (!receivedBadges(store, personId, recipientId, &received, &error)
        || !disciplines(store, personId, &byPerson, &error))
        return error;
    candidate.member.received = received.value(personId);
    candidate.member.disciplines = byPerson.value(personId);
    const Assessment assessment = assess(candidate.member, on, years.toInt());
    return assessment.outcome == Outcome::Due ? QString() : assessment.why;
}

std::optional<QList<std::pair<qint64, QString>>> PartyBadges::rowRefusals(
    const Store &store, qint64 commendationId, QString *error)
{
    const QDate today = store.clock()->today();
    auto query = store.select(
        QStringLiteral("SELECT r.id, r.person_id, coalesce(r.form_id, c.form_id), "
                       "coalesce(c.round_on, c.decided_on) FROM commendation_recipient r "
                       "JOIN commendation c ON c.id = r.commendation_id "
                       "JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
                       "WHERE r.commendation_id = ? AND f.badge_years IS NOT NULL "
                       "AND r.person_id IS NOT NULL AND r.review <> 'rejected' "
                       "ORDER BY r.position, r.id"),
        {commendationId}, error);
    if (!query)
        return std::nullopt;
    struct Row
    {
        qint64 id, person, form;
        QDate on;
    };
    QList<Row> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
            query->value(2).toLongLong(), isoDate(query->value(3))});
    query.reset();
    QList<std::pair<qint64, QString>> refusals;
    for (const Row &row : rows) {
        const QString sentence
            = refusal(store, row.person, row.form, row.on.isValid() ? row.on : today, row.id);
        if (!sentence.isEmpty())
            refusals.append({row.id, sentence});
    }
    return refusals;
}

QString PartyBadges::detailOf(const Candidate &candidate)
{
    QStringList parts;
    if (!candidate.title.trimmed().isEmpty())
        parts << candidate.title.trimmed();
    if (!candidate.unitName.isEmpty() && !candidate.title.contains(candidate.unitName))
        parts << candidate.unitName;
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> PartyBadges::createRound(Store &store, const QDate &roundOn,
    qint64 issuingBodyId, qint64 proposingUnitId, const QList<Candidate> &members, QString *error,
    bool accepted)
{
    const auto fail = [error](const QString &sentence) -> std::optional<qint64> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (!roundOn.isValid())
        return fail(tr("Choose the round's day."));
    if (members.isEmpty())
        return fail(tr("Tick at least one member for the list."));
    Store::Write write(&store);
    if (!write.isActive())
        return fail(write.errorString());
    QVariantMap values {{QStringLiteral("kind"), QStringLiteral("party_badge")},
        {QStringLiteral("reason"), roundReason(roundOn)},
        {QStringLiteral("round_on"), roundOn.toString(Qt::ISODate)},
        {QStringLiteral("proposed_on"), store.clock()->today().toString(Qt::ISODate)},
        {QStringLiteral("status"),
            accepted ? QStringLiteral("reviewed") : QStringLiteral("proposed")}};
    if (issuingBodyId > 0)
        values.insert(QStringLiteral("issuing_body_id"), issuingBodyId);
    if (proposingUnitId > 0)
        values.insert(QStringLiteral("proposing_unit_id"), proposingUnitId);
    const auto id = store.insert(QStringLiteral("commendation"), values, error);
    if (!id)
        return std::nullopt;
    int position = 0;
    for (const Candidate &candidate : members) {
        if (candidate.formId <= 0)
            return fail(tr("There is no form for the badge of %1 years in the directory of "
                           "forms: add it first.")
                            .arg(candidate.assessment.years));
        const QVariantMap row {{QStringLiteral("commendation_id"), *id},
            {QStringLiteral("position"), ++position}, {QStringLiteral("form_id"), candidate.formId},
            {QStringLiteral("recipient_kind"), QStringLiteral("individual")},
            {QStringLiteral("person_id"), candidate.member.personId},
            {QStringLiteral("name"), candidate.member.name},
            {QStringLiteral("detail"), detailOf(candidate)},
            {QStringLiteral("early"), candidate.assessment.early ? 1 : 0},
            {QStringLiteral("posthumous"), candidate.assessment.posthumous ? 1 : 0},
            {QStringLiteral("review"),
                accepted ? QStringLiteral("accepted") : QStringLiteral("pending")}};
        if (!store.insert(QStringLiteral("commendation_recipient"), row, error))
            return std::nullopt;
    }
    if (!write.commit(error))
        return std::nullopt;
    return id;
}

QString PartyBadges::numberPrefix(const Store &store)
{
    return store.setting(QStringLiteral("badge_number_prefix")).toString().trimmed();
}

bool PartyBadges::setNumberPrefix(Store &store, const QString &prefix, QString *error)
{
    const QString code = prefix.trimmed();
    if (code.isEmpty() || code.contains(QRegularExpression(QStringLiteral("\\s")))) {
        if (error)
            *error = tr("Give the provincial Party organization's code badge numbers start with, "
                        "without spaces.");
        return false;
    }
    return store.setSetting(QStringLiteral("badge_number_prefix"), code, error);
}

QList<std::pair<qint64, QString>> PartyBadges::decidedRounds(const Store &store)
{
    QList<std::pair<qint64, QString>> rounds;
    auto query = store.select(QStringLiteral(
        "SELECT id, reason || coalesce(' — ' || decision_code, '') FROM commendation "
        "WHERE kind = 'party_badge' AND status = 'decided' ORDER BY decided_on DESC, id DESC"));
    while (query && query->next())
        rounds.append({query->value(0).toLongLong(), query->value(1).toString()});
    return rounds;
}

std::optional<int> PartyBadges::assignNumbers(
    Store &store, qint64 commendationId, const QString &prefix, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<int> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString code = prefix.trimmed();
    if (code.isEmpty() || code.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(tr("Give the provincial Party organization's code badge numbers start with, "
                       "without spaces."));
    Store::Write write(&store);
    if (!write.isActive())
        return fail(write.errorString());
    auto commendation
        = store.select(QStringLiteral("SELECT kind, status FROM commendation WHERE id = ?"),
            {commendationId}, error);
    if (!commendation || !commendation->next())
        return fail(tr("The round is no longer in the database (another window may have deleted "
                       "it)."));
    if (commendation->value(0).toString() != QLatin1String("party_badge"))
        return fail(tr("Badge numbers are given to a round of Party membership badges only."));
    if (commendation->value(1).toString() != QLatin1String("decided"))
        return fail(tr("Badge numbers are given once the round is decided: record the decision "
                       "first."));
    commendation.reset();

    // The highest group used with this prefix, on any list.
    int highest = 0;
    const QRegularExpression group(
        QStringLiteral("^%1(\\d{6})$").arg(QRegularExpression::escape(code)));
    auto used
        = store.select(QStringLiteral("SELECT badge_number FROM main.commendation_recipient "
                                      "WHERE badge_number IS NOT NULL AND substr(badge_number, "
                                      "1, ?) = ?"),
            {code.size(), code}, error);
    if (!used)
        return std::nullopt;
    while (used->next()) {
        const auto match = group.match(used->value(0).toString());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    used.reset();

    auto rows = store.select(
        QStringLiteral("SELECT id FROM commendation_recipient WHERE commendation_id = ? "
                       "AND review = 'accepted' AND badge_number IS NULL ORDER BY position, id"),
        {commendationId}, error);
    if (!rows)
        return std::nullopt;
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    rows.reset();
    if (highest + ids.size() > 999999)
        return fail(
            tr("The 6-digit numbers after %1 would run out: give another prefix.").arg(code));
    for (const qint64 id : ids) {
        const auto base = store.read(QStringLiteral("commendation_recipient"), id, error);
        if (!base)
            return fail(tr("A row of the round was deleted meanwhile; look at it again."));
        const QString number = code + QStringLiteral("%1").arg(++highest, 6, 10, QLatin1Char('0'));
        const Store::Result result
            = store.update(*base, {{QStringLiteral("badge_number"), number}});
        if (!result.ok())
            return fail(result.error);
    }
    if (!write.commit(error))
        return std::nullopt;
    return int(ids.size());
}
