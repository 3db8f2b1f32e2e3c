#include "remedies.h"

#include "core/clock.h"
#include "core/labels.h"
#include "store.h"
#include "text/vietnamesetext.h"

#include <QSqlQuery>

namespace {

const QString report = QStringLiteral("report");
const QString reminder = QStringLiteral("reminder");
const QString recheck = QStringLiteral("recheck");

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString status(const QString &code)
{
    return Labels::label(Labels::Enum::RecommendationStatus, code);
}

} // namespace

QStringList Remedies::statusesAfter(const QString &kind, const QString &current)
{
    if (current == QLatin1String("rechecked"))
        return {};
    if (kind == report) {
        if (current == QLatin1String("remedied"))
            return {QStringLiteral("remedied")};
        return {QStringLiteral("in_progress"), QStringLiteral("remedied")};
    }
    if (kind == reminder)
        return current == QLatin1String("remedied") ? QStringList() : QStringList {current};
    if (kind == recheck)
        return {
            QStringLiteral("rechecked"), QStringLiteral("in_progress"), QStringLiteral("not_done")};
    return {};
}

QString Remedies::defaultStatusAfter(const QString &kind, const QString &current)
{
    const QStringList statuses = statusesAfter(kind, current);
    // A report received is most often of a remedy under way, until it says it is done.
    return statuses.value(0);
}

QString Remedies::refusal(const QString &kind, const QString &current)
{
    if (kind != report && kind != reminder && kind != recheck)
        return tr("“%1” is not an event of a recommendation's history.").arg(kind);
    if (current == QLatin1String("rechecked"))
        return tr("The recommendation was re-checked and found remedied: its follow-up is closed, "
                  "nothing more is recorded.");
    if (kind == reminder && current == QLatin1String("remedied"))
        return tr("The recommendation was reported remedied: it needs no reminder. Record the "
                  "re-check instead.");
    return QString();
}

std::optional<qint64> Remedies::record(
    Store &store, qint64 recommendationId, const Event &event, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<qint64> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    Store::Write write(&store);
    if (!write.isActive())
        return fail(write.errorString());
    const auto base = store.read(QStringLiteral("recommendation"), recommendationId, error);
    if (!base)
        return fail(tr("The recommendation is no longer in the database (another window may have "
                       "deleted it)."));
    auto query = store.select(
        QStringLiteral("SELECT t.concluded_on, r.created_at, (SELECT max(e.occurred_on) "
                       "FROM remedy_event e WHERE e.recommendation_id = r.id) "
                       "FROM recommendation r JOIN inspection_target t ON t.id = r.target_id "
                       "WHERE r.id = ?"),
        {recommendationId}, error);
    if (!query || !query->next())
        return fail(
            error && !error->isEmpty() ? *error : tr("The recommendation's target was not found."));
    const QDate concludedOn = isoDate(query->value(0));
    // created_at is kept in UTC; the day it was made is the day here, as today is (Clock).
    QDateTime madeAt = QDateTime::fromString(query->value(1).toString(), Qt::ISODate);
    madeAt.setTimeSpec(Qt::UTC);
    const QDate madeOn = madeAt.toLocalTime().date();
    const QDate latest = isoDate(query->value(2));
    query.reset();

    const QString current = base->values.value(QStringLiteral("status")).toString();
    const QString refused = refusal(event.kind, current);
    if (!refused.isEmpty())
        return fail(refused);
    // The sentences start with what is recorded: "Báo cáo khắc phục: ghi ngày …".
    const QString kindName = event.kind == report ? tr("Remedy report")
        : event.kind == reminder                  ? tr("Reminder")
                                                  : tr("Re-check");
    if (!event.occurredOn.isValid())
        return fail(tr("%1: give the date.").arg(kindName));
    const QDate today = store.clock()->today();
    if (event.occurredOn > today)
        return fail(tr("%1: dated %2, after today (%3); only what has happened is recorded.")
                        .arg(kindName, VietnameseText::formDate(event.occurredOn),
                            VietnameseText::formDate(today)));
    if (concludedOn.isValid() && event.occurredOn < concludedOn)
        return fail(tr("%1: dated %2, before the conclusion of %3 that made the recommendation.")
                        .arg(kindName, VietnameseText::formDate(event.occurredOn),
                            VietnameseText::formDate(concludedOn)));
    if (!concludedOn.isValid() && madeOn.isValid() && event.occurredOn < madeOn)
        return fail(tr("%1: dated %2, before the recommendation was made (%3).")
                        .arg(kindName, VietnameseText::formDate(event.occurredOn),
                            VietnameseText::formDate(madeOn)));
    if (latest.isValid() && event.occurredOn < latest)
        return fail(tr("%1: dated %2, before the latest event of the history (%3); the history "
                       "is recorded in the order it happened.")
                        .arg(kindName, VietnameseText::formDate(event.occurredOn),
                            VietnameseText::formDate(latest)));
    const QString content = event.content.trimmed();
    if (content.isEmpty() && !(event.kind == reminder && event.registerId > 0))
        return fail(event.kind == report ? tr("Write what the remedy report says was done.")
                : event.kind == recheck  ? tr("Write what the re-check found.")
                                         : tr("Write what the reminder asked, or name the letter "
                                               "sent."));
    const QStringList allowed = statusesAfter(event.kind, current);
    const QString after = event.statusAfter.isEmpty() ? allowed.value(0) : event.statusAfter;
    if (!allowed.contains(after)) {
        QStringList words;
        for (const QString &code : allowed)
            words << status(code).toLower();
        return fail(tr("%1 cannot take a recommendation from “%2” to “%3”; it can leave it: %4.")
                        .arg(kindName, status(current).toLower(), status(after).toLower(),
                            words.join(QStringLiteral(", "))));
    }

    QVariantMap values {{QStringLiteral("recommendation_id"), recommendationId},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("occurred_on"), event.occurredOn.toString(Qt::ISODate)},
        {QStringLiteral("content"), content}, {QStringLiteral("status_after"), after},
        {QStringLiteral("recorded_by"), store.userName()}};
    if (event.registerId > 0)
        values.insert(QStringLiteral("register_id"), event.registerId);
    const auto id = store.insert(QStringLiteral("remedy_event"), values, error);
    if (!id)
        return std::nullopt;

    QVariantMap changes {{QStringLiteral("status"), after}};
    const bool wasRemedied
        = current == QLatin1String("remedied") || current == QLatin1String("rechecked");
    const bool isRemedied
        = after == QLatin1String("remedied") || after == QLatin1String("rechecked");
    if (isRemedied && !wasRemedied)
        changes.insert(QStringLiteral("remedied_on"), event.occurredOn.toString(Qt::ISODate));
    else if (!isRemedied)
        changes.insert(QStringLiteral("remedied_on"), QVariant());
    if (event.kind == report) {
        changes.insert(QStringLiteral("last_report_on"), event.occurredOn.toString(Qt::ISODate));
        changes.insert(QStringLiteral("last_report"), content);
    }
    const Store::Result result = store.update(*base, changes);
    if (!result.ok())
        return fail(result.outcome == Store::Outcome::Changed
                ? tr("The recommendation was changed in another window meanwhile; look at it "
                     "again and record the event once more.")
                : result.error);
    if (!write.commit(error))
        return std::nullopt;
    return id;
}

QList<Remedies::Entry> Remedies::history(const Store &store, qint64 recommendationId)
{
    QList<Entry> entries;
    auto query = store.select(
        QStringLiteral("SELECT e.id, e.kind, e.occurred_on, e.content, e.status_after, "
                       "e.register_id, d.code, e.recorded_by, e.created_at FROM remedy_event e "
                       "LEFT JOIN document_register d ON d.id = e.register_id "
                       "WHERE e.recommendation_id = ? ORDER BY e.occurred_on, e.id"),
        {recommendationId});
    while (query && query->next()) {
        Entry entry;
        entry.id = query->value(0).toLongLong();
        entry.kind = query->value(1).toString();
        entry.occurredOn = isoDate(query->value(2));
        entry.content = query->value(3).toString();
        entry.statusAfter = query->value(4).toString();
        entry.registerId = query->value(5).toLongLong();
        entry.registerCode = query->value(6).toString();
        entry.recordedBy = query->value(7).toString();
        entry.createdAt = QDateTime::fromString(query->value(8).toString(), Qt::ISODate);
        entry.createdAt.setTimeSpec(Qt::UTC);
        entries << entry;
    }
    return entries;
}

bool Remedies::isOpen(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("in_progress");
}

bool Remedies::isOverdue(const QDate &deadline, const QString &status, const QDate &today)
{
    return isOpen(status) && deadline.isValid() && deadline < today;
}

bool Remedies::isDueWithin(
    const QDate &deadline, const QString &status, const QDate &today, int days)
{
    return isOpen(status) && deadline.isValid() && deadline >= today
        && deadline <= today.addDays(days);
}

QString Remedies::overdueCondition(const QString &alias, bool indexed)
{
    // Written for the index recommendation_open (status, deadline); a unary + hides the columns
    // from the index.
    return QStringLiteral("%2%1.status IN ('pending', 'in_progress') AND %2%1.deadline < ?")
        .arg(alias, indexed ? QString() : QStringLiteral("+"));
}

QVariantList Remedies::overdueValues(const QDate &today)
{
    return {today.toString(Qt::ISODate)};
}

QString Remedies::dueWithinCondition(const QString &alias)
{
    return QStringLiteral("%1.status IN ('pending', 'in_progress') AND %1.deadline >= ? AND "
                          "%1.deadline <= ?")
        .arg(alias);
}

QVariantList Remedies::dueWithinValues(const QDate &today, int days)
{
    return {today.toString(Qt::ISODate), today.addDays(days).toString(Qt::ISODate)};
}

int Remedies::overdueCount(const Store &store)
{
    return store
        .value(QStringLiteral("SELECT count(*) FROM recommendation r WHERE ") + overdueCondition(),
            overdueValues(store.clock()->today()))
        .toInt();
}

QString Remedies::dueText(const QDate &deadline, const QString &status, const QDate &today)
{
    if (!isOpen(status) || !deadline.isValid())
        return QString();
    const qint64 days = today.daysTo(deadline);
    if (days > 0)
        return tr("%n day(s) left", nullptr, int(days));
    if (days == 0)
        return tr("due today");
    return tr("%n day(s) overdue", nullptr, int(-days));
}
