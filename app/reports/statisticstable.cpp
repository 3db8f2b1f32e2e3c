#include "statisticstable.h"

#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace {

// One figure, entered or counted (a count is one figure of its unit and year).
struct Fact
{
    qint64 unitId = 0;
    int fromYear = 0;
    int toYear = 0;
    QString to; // the period's last day (ISO), for "latest"
    qint64 id = 0;
    double value = 0;
};

int yearOf(const QVariant &isoDate)
{
    return QStringView(isoDate.toString()).left(4).toInt();
}

// The cell of the facts given, by the indicator's aggregation; empty without any.
std::optional<double> aggregate(const QString &aggregation, const QVector<const Fact *> &facts)
{
    if (facts.isEmpty())
        return std::nullopt;
    if (aggregation == QLatin1String("latest")) {
        std::map<qint64, const Fact *> latest;
        for (const Fact *fact : facts) {
            const Fact *&kept = latest[fact->unitId];
            if (!kept || std::tie(fact->to, fact->id) > std::tie(kept->to, kept->id))
                kept = fact;
        }
        double sum = 0;
        for (const auto &[unit, fact] : latest)
            sum += fact->value;
        return sum;
    }
    double sum = 0;
    for (const Fact *fact : facts)
        sum += fact->value;
    if (aggregation == QLatin1String("average"))
        return sum / facts.size();
    return sum;
}

} // namespace

QString StatisticsTable::check(const Options &options)
{
    if (options.fromYear < Statistics::firstYear || options.toYear > Statistics::lastYear)
        return tr("The years must lie between %1 and %2.")
            .arg(Statistics::firstYear)
            .arg(Statistics::lastYear);
    if (options.fromYear > options.toYear)
        return tr("The first year (%1) comes after the last (%2).")
            .arg(options.fromYear)
            .arg(options.toYear);
    if (options.by == By::Years && options.toYear - options.fromYear >= 50)
        return tr("A table by years shows at most 50 years.");
    return {};
}

std::optional<StatisticsTable::Table> StatisticsTable::build(
    const Store &store, const Options &options, QString *error)
{
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    Table table;
    table.options = options;
    table.partial = !store.seesEverything();

    // The rows.
    QString problem;
    const QVector<Statistics::Indicator> all = Statistics::indicators(store, false, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (options.indicators.isEmpty()) {
        for (const Statistics::Indicator &indicator : all) {
            if (indicator.active)
                table.rows.append({indicator, {}, {}});
        }
    } else {
        for (qint64 id : options.indicators) {
            const auto found = std::find_if(all.cbegin(), all.cend(),
                [id](const Statistics::Indicator &indicator) { return indicator.id == id; });
            if (found == all.cend()) {
                *error = tr("The indicator is no longer in the catalogue.");
                return std::nullopt;
            }
            table.rows.append({*found, {}, {}});
        }
    }
    QHash<qint64, int> rowOf;
    QHash<QString, int> rowOfCount; // "conferences:training", "commendations:3"…
    for (int i = 0; i < table.rows.size(); ++i) {
        const Statistics::Indicator &indicator = table.rows.at(i).indicator;
        rowOf.insert(indicator.id, i);
        if (indicator.counted == QLatin1String("conferences"))
            rowOfCount.insert(indicator.counted + QLatin1Char(':') + indicator.conferenceKind, i);
        else if (indicator.counted == QLatin1String("commendations"))
            rowOfCount.insert(indicator.counted + QLatin1Char(':')
                    + (indicator.formId ? QString::number(indicator.formId) : QString()),
                i);
        else if (!indicator.counted.isEmpty())
            rowOfCount.insert(indicator.counted, i);
    }

    // The figures of each row.
    QVector<QVector<Fact>> facts(table.rows.size());
    const QString from = QDate(options.fromYear, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(options.toYear, 12, 31).toString(Qt::ISODate);
    auto entered = store.select(
        QStringLiteral("SELECT s.indicator_id, coalesce(s.unit_id, 0), s.period_from, "
                       "s.period_to, s.id, s.value FROM statistic s JOIN stat_indicator i ON "
                       "i.id = s.indicator_id WHERE i.counted IS NULL AND s.period_from >= ? "
                       "AND s.period_to <= ?"),
        {from, to}, error);
    if (!entered)
        return std::nullopt;
    while (entered->next()) {
        const auto row = rowOf.constFind(entered->value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        facts[*row].append({entered->value(1).toLongLong(), yearOf(entered->value(2)),
            yearOf(entered->value(3)), entered->value(3).toString(), entered->value(4).toLongLong(),
            entered->value(5).toDouble()});
    }
    entered->finish();

    // Counts: each statement gives unit, year and then one count per key (a key ending in ':'
    // takes the next column as its kind or form).
    const auto count = [&](const QString &sql, const QStringList &keys) {
        auto query = store.select(sql, {from, to}, error);
        if (!query)
            return false;
        while (query->next()) {
            const qint64 unit = query->value(0).toLongLong();
            const int year = query->value(1).toInt();
            const QString last = QDate(year, 12, 31).toString(Qt::ISODate);
            int column = 2;
            for (const QString &key : keys) {
                QStringList wanted {key};
                if (key.endsWith(QLatin1Char(':'))) {
                    // Counted once for its own kind or form, and once for all of them.
                    wanted = QStringList {key + query->value(column).toString(), key};
                    ++column;
                }
                const double value = query->value(column++).toDouble();
                for (const QString &name : std::as_const(wanted)) {
                    const auto row = rowOfCount.constFind(name);
                    if (row != rowOfCount.cend() && value > 0)
                        facts[*row].append({unit, year, year, last, 0, value});
                }
            }
        }
        return true;
    };
    const QString bodyUnit = QStringLiteral(
        "coalesce((SELECT b.unit_id FROM issuing_body b WHERE b.id = t.issuing_body_id), 0)");
    const QString violation = QStringLiteral("EXISTS (SELECT 1 FROM finding f WHERE f.target_id = "
                                             "g.id)");
    if (!count(QStringLiteral("SELECT coalesce(c.organizer_unit_id, 0), substr(c.held_on, 1, 4), "
                              "c.kind, count(*) FROM conference c WHERE c.status IN ('held', "
                              "'concluded') AND c.held_on BETWEEN ? AND ? GROUP BY 1, 2, 3"),
            {QStringLiteral("conferences:")})
        || !count(QStringLiteral("SELECT %1, substr(t.starts_on, 1, 4), count(*) FROM "
                                 "inspection_team t WHERE t.starts_on BETWEEN ? AND ? "
                                 "GROUP BY 1, 2")
                      .arg(bodyUnit),
            {QStringLiteral("inspections")})
        || !count(QStringLiteral("SELECT %1, substr(t.starts_on, 1, 4), "
                                 "count(*) FILTER (WHERE g.unit_id IS NOT NULL), count(*) FILTER "
                                 "(WHERE g.person_id IS NOT NULL), "
                                 "count(*) FILTER (WHERE g.unit_id IS NOT NULL AND %2), "
                                 "count(*) FILTER (WHERE g.person_id IS NOT NULL AND %2) "
                                 "FROM inspection_team t JOIN inspection_target g ON g.team_id = "
                                 "t.id WHERE t.starts_on BETWEEN ? AND ? GROUP BY 1, 2")
                      .arg(bodyUnit, violation),
            {QStringLiteral("organizations_inspected"), QStringLiteral("members_inspected"),
                QStringLiteral("organizations_in_violation"),
                QStringLiteral("members_in_violation")})
        || !count(
            QStringLiteral(
                "SELECT %1, substr(g.concluded_on, 1, 4), count(r.id), "
                "count(*) FILTER (WHERE r.status IN ('remedied', 'rechecked') AND "
                "r.remedied_on <= r.deadline) FROM inspection_target g JOIN inspection_team t ON "
                "t.id = g.team_id JOIN recommendation r ON r.target_id = g.id "
                "WHERE g.concluded_on BETWEEN ? AND ? GROUP BY 1, 2")
                .arg(bodyUnit),
            {QStringLiteral("recommendations"), QStringLiteral("recommendations_on_time")})
        || !count(QStringLiteral(
                      "SELECT %1, substr(t.decided_on, 1, 4), coalesce(r.form_id, t.form_id), "
                      "count(*), count(*) FILTER (WHERE t.kind = 'party_badge' OR EXISTS (SELECT 1 "
                      "FROM commendation_form f WHERE f.id = coalesce(r.form_id, t.form_id) "
                      "AND f.badge_years IS NOT NULL)) FROM commendation t JOIN "
                      "commendation_recipient r ON r.commendation_id = t.id WHERE t.status = "
                      "'decided' AND r.review = 'accepted' AND t.decided_on BETWEEN ? AND ? "
                      "GROUP BY 1, 2, 3")
                      .arg(bodyUnit),
            {QStringLiteral("commendations:"), QStringLiteral("party_badges")}))
        return std::nullopt;

    // The columns.
    struct Unit
    {
        QString name;
        QString sortKey;
        qint64 parentId = 0;
    };
    QHash<qint64, Unit> units;
    auto unitRows = store.select(
        QStringLiteral("SELECT id, coalesce(short_name, name), sort_key, coalesce(parent_id, 0) "
                       "FROM unit"),
        {}, error);
    if (!unitRows)
        return std::nullopt;
    while (unitRows->next())
        units.insert(unitRows->value(0).toLongLong(),
            {unitRows->value(1).toString(), unitRows->value(2).toString(),
                unitRows->value(3).toLongLong()});
    unitRows->finish();
    if (options.unitId) {
        if (!units.contains(options.unitId)) {
            *error = tr("The unit is no longer in the directory.");
            return std::nullopt;
        }
        table.unitName = units.value(options.unitId).name;
    }
    const auto bySortKey = [&units](qint64 a, qint64 b) {
        return std::tie(units[a].sortKey, a) < std::tie(units[b].sortKey, b);
    };
    if (options.by == By::Units) {
        QList<qint64> shown;
        if (options.unitId) {
            QList<qint64> under;
            for (auto it = units.cbegin(); it != units.cend(); ++it) {
                if (it->parentId == options.unitId)
                    under << it.key();
            }
            std::sort(under.begin(), under.end(), bySortKey);
            shown << options.unitId << under;
        } else {
            QSet<qint64> withFigures;
            for (const QVector<Fact> &row : std::as_const(facts)) {
                for (const Fact &fact : row)
                    withFigures.insert(fact.unitId);
            }
            for (auto it = units.cbegin(); it != units.cend(); ++it) {
                if (!options.skipEmptyUnits || withFigures.contains(it.key()))
                    shown << it.key();
            }
            std::sort(shown.begin(), shown.end(), bySortKey);
        }
        for (qint64 unit : std::as_const(shown))
            table.columns.append({units.value(unit).name, unit, 0});
    } else {
        for (int year = options.fromYear; year <= options.toYear; ++year)
            table.columns.append({QString::number(year), 0, year});
    }

    // The cells and totals.
    QHash<qint64, int> columnOfUnit;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).unitId)
            columnOfUnit.insert(table.columns.at(c).unitId, c);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        Row &row = table.rows[r];
        QVector<QVector<const Fact *>> cells(table.columns.size());
        QVector<const Fact *> everything;
        for (const Fact &fact : std::as_const(facts[r])) {
            int column = -1;
            if (options.by == By::Units) {
                column = columnOfUnit.value(fact.unitId, -1);
            } else if (!options.unitId || fact.unitId == options.unitId) {
                if (fact.fromYear != fact.toYear)
                    ++table.multiYearLeftOut;
                else
                    column = fact.toYear - options.fromYear;
            }
            if (column < 0 || column >= cells.size())
                continue;
            cells[column] << &fact;
            everything << &fact;
        }
        const bool counted = !row.indicator.counted.isEmpty();
        for (const QVector<const Fact *> &cell : std::as_const(cells)) {
            const auto value = aggregate(row.indicator.aggregation, cell);
            row.cells << (counted && !value ? std::optional<double>(0) : value);
        }
        row.total = aggregate(row.indicator.aggregation, everything);
        if (counted && !row.total)
            row.total = 0;
    }
    if (options.skipEmptyRows) {
        table.rows.erase(
            std::remove_if(table.rows.begin(), table.rows.end(),
                [](const Row &row) {
                    return std::none_of(row.cells.cbegin(), row.cells.cend(),
                        [](const std::optional<double> &cell) { return cell && *cell != 0; });
                }),
            table.rows.end());
    }
    return table;
}

QString StatisticsTable::Table::title() const
{
    const QString years = options.fromYear == options.toYear
        ? QString::number(options.fromYear)
        : QStringLiteral("%1–%2").arg(options.fromYear).arg(options.toYear);
    if (options.by == By::Units)
        return unitName.isEmpty()
            ? tr("Statistics %1 by unit").arg(years)
            : tr("Statistics %1 of %2 and the units under it").arg(years, unitName);
    return unitName.isEmpty() ? tr("Statistics %1 by year, all units").arg(years)
                              : tr("Statistics %1 by year: %2").arg(years, unitName);
}

QStringList StatisticsTable::Table::notes() const
{
    QStringList notes;
    if (multiYearLeftOut > 0)
        notes << tr("%n figure(s) covering more than one year are shown only in the table by "
                    "units.",
            nullptr, multiYearLeftOut);
    if (partial)
        notes << tr("The counts leave out the records above your clearance.");
    return notes;
}

QString StatisticsTable::formatValue(const std::optional<double> &value)
{
    if (!value)
        return {};
    return VietnameseText::formatDecimal(*value, 1);
}

QString StatisticsTable::totalHeader()
{
    return tr("Total");
}

QString StatisticsTable::toText(const Table &table)
{
    QStringList header {tr("Indicator"), tr("Counted in")};
    for (const Column &column : table.columns)
        header << column.label;
    header << totalHeader();
    QVector<QStringList> lines {header};
    for (const Row &row : table.rows) {
        QStringList line {row.indicator.name, row.indicator.measure};
        for (const std::optional<double> &cell : row.cells)
            line << formatValue(cell);
        line << formatValue(row.total);
        lines << line;
    }
    QVector<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths.at(i), int(line.at(i).size()));
    }
    QString text = table.title() + QLatin1Char('\n');
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (int i = 0; i < line.size(); ++i)
            cells << (i < 2 ? line.at(i).leftJustified(widths.at(i))
                            : line.at(i).rightJustified(widths.at(i)));
        text += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    for (const QString &note : table.notes())
        text += note + QLatin1Char('\n');
    return text;
}
