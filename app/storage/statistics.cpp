#include "statistics.h"

#include "store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>

#include <cmath>

namespace {

const QString indicatorColumns = QStringLiteral(
    "i.id, i.name, coalesce(i.measure, ''), i.aggregation, coalesce(i.counted, ''), "
    "coalesce(i.conference_kind, ''), coalesce(i.form_id, 0), i.active, i.position, "
    "(SELECT count(*) FROM statistic s WHERE s.indicator_id = i.id)");

Statistics::Indicator indicatorFrom(const QSqlQuery &query)
{
    Statistics::Indicator indicator;
    indicator.id = query.value(0).toLongLong();
    indicator.name = query.value(1).toString();
    indicator.measure = query.value(2).toString();
    indicator.aggregation = query.value(3).toString();
    indicator.counted = query.value(4).toString();
    indicator.conferenceKind = query.value(5).toString();
    indicator.formId = query.value(6).toLongLong();
    indicator.active = query.value(7).toInt() != 0;
    indicator.position = query.value(8).toInt();
    indicator.figures = query.value(9).toInt();
    return indicator;
}

QString isoDate(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

} // namespace

QVector<Statistics::Indicator> Statistics::indicators(
    const Store &store, bool activeOnly, QString *error)
{
    QVector<Indicator> result;
    auto query = store.select(
        QStringLiteral("SELECT %1 FROM stat_indicator i %2 "
                       "ORDER BY i.position, i.sort_key, i.id")
            .arg(indicatorColumns, activeOnly ? QStringLiteral("WHERE i.active = 1") : QString()),
        {}, error);
    if (!query)
        return result;
    while (query->next())
        result << indicatorFrom(*query);
    return result;
}

std::optional<Statistics::Indicator> Statistics::indicator(
    const Store &store, qint64 id, QString *error)
{
    auto query = store.select(
        QStringLiteral("SELECT %1 FROM stat_indicator i WHERE i.id = ?").arg(indicatorColumns),
        {id}, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = tr("The indicator is no longer in the catalogue.");
        return std::nullopt;
    }
    return indicatorFrom(*query);
}

namespace {

// The sentence for a name that is empty or already taken by another indicator.
QString nameProblem(const Store &store, const QString &name, qint64 id)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return Statistics::tr("The indicator needs a name.");
    const QVariant other = store.value(
        QStringLiteral("SELECT name FROM stat_indicator WHERE name_folded = ? AND id <> ?"),
        {VietnameseText::fold(VietnameseText::nfc(clean)), id});
    if (!other.isNull())
        return Statistics::tr("The catalogue already has the indicator “%1”.")
            .arg(other.toString());
    return {};
}

} // namespace

std::optional<qint64> Statistics::addIndicator(
    Store &store, const Indicator &indicator, QString *error)
{
    if (const QString problem = nameProblem(store, indicator.name, 0); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    Store::Write write(&store);
    const int position = store
                             .value(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM "
                                                   "stat_indicator"))
                             .toInt();
    const auto id = store.insert(QStringLiteral("stat_indicator"),
        {{QStringLiteral("name"), indicator.name}, {QStringLiteral("measure"), indicator.measure},
            {QStringLiteral("aggregation"), indicator.aggregation}, {QStringLiteral("active"), 1},
            {QStringLiteral("position"), indicator.position > 0 ? indicator.position : position}},
        error);
    if (!id || !write.commit(error))
        return std::nullopt;
    return id;
}

bool Statistics::changeIndicator(Store &store, const Indicator &indicator, QString *error)
{
    if (const QString problem = nameProblem(store, indicator.name, indicator.id);
        !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto base = store.read(QStringLiteral("stat_indicator"), indicator.id, error);
    if (!base)
        return false;
    QVariantMap values {
        {QStringLiteral("name"), indicator.name}, {QStringLiteral("measure"), indicator.measure}};
    if (base->values.value(QStringLiteral("counted")).isNull())
        values.insert(QStringLiteral("aggregation"), indicator.aggregation);
    const Store::Result result = store.update(*base, values);
    if (!result.ok())
        *error = result.error;
    return result.ok();
}

bool Statistics::setActive(Store &store, qint64 id, bool active, QString *error)
{
    const auto base = store.read(QStringLiteral("stat_indicator"), id, error);
    if (!base)
        return false;
    const Store::Result result = store.update(*base, {{QStringLiteral("active"), active ? 1 : 0}});
    if (!result.ok())
        *error = result.error;
    return result.ok();
}

bool Statistics::removeIndicator(Store &store, qint64 id, QString *error)
{
    const auto found = indicator(store, id, error);
    if (!found)
        return false;
    if (!found->counted.isEmpty()) {
        *error = tr("“%1” is counted from the records and comes with the program: it can be "
                    "taken out of use, not deleted.")
                     .arg(found->name);
        return false;
    }
    if (found->figures > 0) {
        *error = tr("“%1” has %n figure(s) entered: it is not deleted, so that the tables of "
                    "past years keep them. Take it out of use instead.",
            nullptr, found->figures)
                     .arg(found->name);
        return false;
    }
    const Store::Result result = store.remove(QStringLiteral("stat_indicator"), id);
    if (!result.ok())
        *error = result.error;
    return result.ok();
}

QString Statistics::check(const Store &store, const Figure &figure)
{
    if (figure.indicatorId <= 0)
        return tr("Choose the indicator the figure is for.");
    QString error;
    const auto found = indicator(store, figure.indicatorId, &error);
    if (!found)
        return error;
    if (!found->counted.isEmpty())
        return tr("“%1” is counted from the records: its figures are not entered.")
            .arg(found->name);
    if (!found->active)
        return tr("“%1” is no longer in use: put it back in use before entering figures.")
            .arg(found->name);
    if (figure.unitId <= 0)
        return tr("Choose the unit the figure is for.");
    if (store.value(QStringLiteral("SELECT count(*) FROM unit WHERE id = ?"), {figure.unitId})
            .toInt()
        == 0)
        return tr("The unit is no longer in the directory.");
    if (figure.year < firstYear || figure.year > lastYear)
        return tr("The year must lie between %1 and %2.").arg(firstYear).arg(lastYear);
    if (!std::isfinite(figure.value))
        return tr("The value must be a number.");
    if (figure.value < 0)
        return tr("A figure is not negative: %1 cannot be entered for “%2”.")
            .arg(VietnameseText::formatDecimal(figure.value), found->name);
    if (found->measure == QLatin1String("%") && figure.value > 100)
        return tr("“%1” is a percentage: the value lies between 0 and 100.").arg(found->name);
    return {};
}

std::optional<qint64> Statistics::enterFigure(Store &store, const Figure &figure, QString *error)
{
    if (const QString problem = check(store, figure); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const auto found = indicator(store, figure.indicatorId, error);
    if (!found)
        return std::nullopt;
    Store::Write write(&store);
    if (!write.isActive()) {
        *error = write.errorString();
        return std::nullopt;
    }
    const QString from = isoDate(figure.year, 1, 1);
    const QString to = isoDate(figure.year, 12, 31);
    const QVariant existing = store.value(
        QStringLiteral("SELECT id FROM statistic WHERE indicator_id = ? AND unit_id = ? AND "
                       "conference_id IS NULL AND period_from = ? AND period_to = ?"),
        {figure.indicatorId, figure.unitId, from, to});
    qint64 id = existing.toLongLong();
    if (id) {
        const auto base = store.read(QStringLiteral("statistic"), id, error);
        if (!base)
            return std::nullopt;
        const Store::Result result = store.update(*base,
            {{QStringLiteral("value"), figure.value}, {QStringLiteral("note"), figure.note}});
        if (!result.ok()) {
            *error = result.error;
            return std::nullopt;
        }
    } else {
        const auto inserted = store.insert(QStringLiteral("statistic"),
            {{QStringLiteral("indicator_id"), figure.indicatorId},
                {QStringLiteral("unit_id"), figure.unitId}, {QStringLiteral("name"), found->name},
                {QStringLiteral("measure"), found->measure},
                {QStringLiteral("value"), figure.value}, {QStringLiteral("period_from"), from},
                {QStringLiteral("period_to"), to}, {QStringLiteral("note"), figure.note}},
            error);
        if (!inserted)
            return std::nullopt;
        id = *inserted;
    }
    if (!write.commit(error))
        return std::nullopt;
    return id;
}

bool Statistics::attachConferenceFigures(Store &store, qint64 conferenceId, QString *error)
{
    struct Row
    {
        qint64 id;
        QString name;
        QString measure;
        qint64 indicatorId;
        bool hasUnit;
        bool hasPeriod;
    };
    QList<Row> rows;
    auto query = store.select(
        QStringLiteral("SELECT id, name, coalesce(measure, ''), coalesce(indicator_id, 0), "
                       "unit_id IS NOT NULL, period_from IS NOT NULL OR period_to IS NOT NULL "
                       "FROM statistic WHERE conference_id = ? ORDER BY position, id"),
        {conferenceId}, error);
    if (!query)
        return false;
    while (query->next())
        rows.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                query->value(3).toLongLong(), query->value(4).toBool(), query->value(5).toBool()});
    query->finish();
    if (rows.isEmpty())
        return true;
    auto conference = store.select(
        QStringLiteral("SELECT organizer_unit_id, period_from, period_to, held_on FROM "
                       "conference WHERE id = ?"),
        {conferenceId}, error);
    if (!conference)
        return false;
    QVariant organizer, from, to;
    if (conference->next()) {
        organizer = conference->value(0);
        const QDate held = conference->value(3).toDate();
        from = conference->value(1).isNull() && held.isValid()
            ? QVariant(QDate(held.year(), 1, 1).toString(Qt::ISODate))
            : conference->value(1);
        to = conference->value(2).isNull() ? conference->value(3) : conference->value(2);
        if (!from.isNull() && !to.isNull() && to.toString() < from.toString())
            to = QVariant();
        if (from.isNull() != to.isNull())
            from = to = QVariant();
    }
    conference->finish();
    for (const Row &row : std::as_const(rows)) {
        const QString folded = VietnameseText::fold(VietnameseText::nfc(row.name.trimmed()));
        qint64 indicator = store
                               .value(QStringLiteral("SELECT id FROM stat_indicator WHERE "
                                                     "name_folded = ? AND counted IS NULL"),
                                   {folded})
                               .toLongLong();
        if (!indicator) {
            Indicator added;
            added.name = row.name;
            added.measure = row.measure;
            const auto id = addIndicator(store, added, error);
            if (!id)
                return false;
            indicator = *id;
        }
        QVariantMap values;
        if (indicator != row.indicatorId)
            values.insert(QStringLiteral("indicator_id"), indicator);
        if (!row.hasUnit && !organizer.isNull())
            values.insert(QStringLiteral("unit_id"), organizer);
        if (!row.hasPeriod && !from.isNull()) {
            values.insert(QStringLiteral("period_from"), from);
            values.insert(QStringLiteral("period_to"), to);
        }
        if (values.isEmpty())
            continue;
        const auto base = store.read(QStringLiteral("statistic"), row.id, error);
        if (!base)
            return false;
        const Store::Result result = store.update(*base, values);
        if (!result.ok()) {
            *error = result.error;
            return false;
        }
    }
    return true;
}
