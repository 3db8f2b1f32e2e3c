#include "inspectionstatistics.h"

#include "core/clock.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QSqlQuery>

InspectionStatistics::Period InspectionStatistics::period(Preset preset, int year)
{
    const QDate start(year, 1, 1);
    switch (preset) {
    case Preset::QuarterI:
        return {start, QDate(year, 3, 31)};
    case Preset::SixMonths:
        return {start, QDate(year, 6, 30)};
    case Preset::NineMonths:
        return {start, QDate(year, 9, 30)};
    case Preset::Year:
        return {start, QDate(year, 12, 31)};
    case Preset::Term:
    case Preset::Dates:
        break;
    }
    return {};
}

QString InspectionStatistics::periodWords(const Period &period)
{
    const int year = period.from.year();
    if (period.from == QDate(year, 1, 1) && period.to.year() == year) {
        if (period.to == QDate(year, 3, 31))
            return QStringLiteral("quý I năm %1").arg(year);
        if (period.to == QDate(year, 6, 30))
            return QStringLiteral("6 tháng đầu năm %1").arg(year);
        if (period.to == QDate(year, 9, 30))
            return QStringLiteral("9 tháng đầu năm %1").arg(year);
        if (period.to == QDate(year, 12, 31))
            return QStringLiteral("năm %1").arg(year);
    }
    return QStringLiteral("từ ngày %1 đến ngày %2")
        .arg(VietnameseText::citationDate(period.from), VietnameseText::citationDate(period.to));
}

QList<InspectionStatistics::Statement> InspectionStatistics::statements(
    const Store &store, const Period &period, qint64 bodyId)
{
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    const QString body
        = bodyId ? QStringLiteral(" AND t.issuing_body_id = %1").arg(bodyId) : QString();
    // Targets inspected: the working period starts in the period (by its index on starts_on).
    const Statement inspected {
        QStringLiteral("SELECT count(*) FILTER (WHERE g.unit_id IS NOT NULL), "
                       "count(*) FILTER (WHERE g.person_id IS NOT NULL), "
                       "count(*) FILTER (WHERE g.unit_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
                       "finding f WHERE f.target_id = g.id)), "
                       "count(*) FILTER (WHERE g.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
                       "finding f WHERE f.target_id = g.id)) "
                       "FROM inspection_team t JOIN inspection_target g ON g.team_id = t.id "
                       "WHERE t.starts_on BETWEEN ? AND ?")
            + body,
        {from, to}};
    // Recommendations of the targets concluded in the period.
    const Statement made {
        QStringLiteral(
            "SELECT count(r.id), "
            "count(*) FILTER (WHERE r.status IN ('remedied', 'rechecked') AND r.remedied_on <= "
            "r.deadline), "
            "count(*) FILTER (WHERE r.status IN ('remedied', 'rechecked') AND r.remedied_on > "
            "r.deadline), "
            "count(*) FILTER (WHERE r.status NOT IN ('remedied', 'rechecked')), "
            "count(*) FILTER (WHERE r.status IN ('pending', 'in_progress') AND r.deadline < ?) "
            "FROM inspection_target g JOIN inspection_team t ON t.id = g.team_id "
            "JOIN recommendation r ON r.target_id = g.id "
            "WHERE g.concluded_on BETWEEN ? AND ?")
            + body,
        {store.clock()->today().toString(Qt::ISODate), from, to}};
    return {inspected, made};
}

std::optional<InspectionStatistics::Counts> InspectionStatistics::count(
    const Store &store, const Period &period, qint64 bodyId, QString *error)
{
    if (!period.isValid()) {
        *error = tr("The period needs a first and a last day, the first not after the last.");
        return std::nullopt;
    }
    const QList<Statement> both = statements(store, period, bodyId);
    Counts counts;
    auto inspected = store.select(both.at(0).sql, both.at(0).values, error);
    if (!inspected || !inspected->next())
        return inspected ? std::optional<Counts>(counts) : std::nullopt;
    counts.organizationsInspected = inspected->value(0).toInt();
    counts.membersInspected = inspected->value(1).toInt();
    counts.organizationsInViolation = inspected->value(2).toInt();
    counts.membersInViolation = inspected->value(3).toInt();
    auto made = store.select(both.at(1).sql, both.at(1).values, error);
    if (!made)
        return std::nullopt;
    if (made->next()) {
        counts.recommendations = made->value(0).toInt();
        counts.remediedOnTime = made->value(1).toInt();
        counts.remediedLate = made->value(2).toInt();
        counts.notYet = made->value(3).toInt();
        counts.overdue = made->value(4).toInt();
    }
    return counts;
}

QString InspectionStatistics::withoutHidden(const Store &store)
{
    return store.seesEverything()
        ? QString()
        : QStringLiteral(" Số liệu không gồm các hồ sơ trên mức được xem của tài khoản lập "
                         "báo cáo.");
}

std::optional<QVariantMap> InspectionStatistics::report(
    const Store &store, qint64 bodyId, const ReportContext &context, QString *error)
{
    const Period period {
        QDate::fromString(context.parameters.value(QStringLiteral("from")).toString(), Qt::ISODate),
        QDate::fromString(context.parameters.value(QStringLiteral("to")).toString(), Qt::ISODate)};
    const auto counts = count(store, period, bodyId, error);
    if (!counts)
        return std::nullopt;
    const QString body = bodyId
        ? store.value(QStringLiteral("SELECT name FROM issuing_body WHERE id = ?"), {bodyId})
              .toString()
        : QString();
    const auto number = [](int value) { return VietnameseText::formatInteger(value); };
    // "12,5%" of a whole; a dash where there is no whole.
    const auto share = [](int part, int whole) {
        return whole > 0 ? VietnameseText::formatDecimal(part * 100.0 / whole, 1) + QLatin1Char('%')
                         : QStringLiteral("–");
    };
    const QString words = periodWords(period);
    QVariantMap data;
    data.insert(QStringLiteral("period_words"), words);
    data.insert(QStringLiteral("body_line"),
        body.isEmpty() ? QStringLiteral("Của tất cả các cơ quan ban hành")
                       : QStringLiteral("Của ") + body);
    data.insert(QStringLiteral("opening"),
        QStringLiteral("Số liệu được tổng hợp từ hồ sơ các cuộc kiểm tra %1 (tính theo ngày bắt "
                       "đầu kiểm tra; kiến nghị tính theo ngày kết luận; tình trạng khắc phục tính "
                       "đến ngày %2).")
                .arg(words, VietnameseText::citationDate(store.clock()->today()))
            + withoutHidden(store));
    data.insert(QStringLiteral("org_inspected"), number(counts->organizationsInspected));
    data.insert(QStringLiteral("members_inspected"), number(counts->membersInspected));
    data.insert(QStringLiteral("org_violation"), number(counts->organizationsInViolation));
    data.insert(QStringLiteral("members_violation"), number(counts->membersInViolation));
    data.insert(QStringLiteral("org_share"),
        share(counts->organizationsInViolation, counts->organizationsInspected));
    data.insert(QStringLiteral("members_share"),
        share(counts->membersInViolation, counts->membersInspected));
    data.insert(QStringLiteral("recommendations"), number(counts->recommendations));
    data.insert(QStringLiteral("on_time"), number(counts->remediedOnTime));
    data.insert(QStringLiteral("late"), number(counts->remediedLate));
    data.insert(QStringLiteral("not_yet"), number(counts->notYet));
    data.insert(QStringLiteral("overdue"), number(counts->overdue));
    data.insert(
        QStringLiteral("on_time_share"), share(counts->remediedOnTime, counts->recommendations));
    data.insert(QStringLiteral("late_share"), share(counts->remediedLate, counts->recommendations));
    data.insert(QStringLiteral("not_yet_share"), share(counts->notYet, counts->recommendations));
    data.insert(QStringLiteral("overdue_share"), share(counts->overdue, counts->recommendations));
    data.insert(QStringLiteral("marks"), QStringList());
    data.insert(QStringLiteral("numbered"), true);
    data.insert(QStringLiteral("has_recipients"), true);
    data.insert(QStringLiteral("has_signature"), true);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("BÁO CÁO"));
    // Not numbered in the register from here: a statistics report is sent with the form.
    data.insert(QStringLiteral("type_code"), QStringLiteral("BC"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Thống kê kết quả kiểm tra và việc thực hiện kiến nghị sau kiểm tra %1")
            .arg(words));
    return data;
}
