#include "reports/inspectionstatistics.h"
#include "reports/statisticsreport.h"
#include "reports/statisticstable.h"
#include "storage/statistics.h"
#include "teststore.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

// The statistics cross table against figures and records inserted here, each cell worked out
// again in the test from what was inserted.
class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNewFileHasTheUsualIndicators();
    void byUnitsEachCellAndTotalAddsUpItsFigures();
    void byYearsEachCellAndTotalAddsUpItsFigures();
    void aUnitAndTheUnitsUnderIt();
    void latestAndAverageByHand();
    void countedIndicatorsCountTheRecords();
    void countsAgreeWithTheInspectionStatistics();
    void secretRecordsCountOnlyForThoseWhoMayReadThem();
    void badFiguresAreRefusedWithASentence_data();
    void badFiguresAreRefusedWithASentence();
    void aSecondFigureOfTheYearReplacesTheFirst();
    void aUsedIndicatorIsNotDeleted();
    void theDemoHasTheDienBienFigures();
    void badOptionsAreSaid();

private:
    struct Entered
    {
        qint64 indicator;
        qint64 unit;
        int year;
        double value;
    };
    qint64 add(const char *table, const QVariantMap &values)
    {
        QString error;
        const auto id = m_store->insert(QLatin1String(table), values, &error);
        if (!id)
            qWarning("%s: %s", table, qPrintable(error));
        return id.value_or(0);
    }
    qint64 indicator(const QString &name, const char *aggregation, const char *measure = "người")
    {
        QString error;
        Statistics::Indicator i;
        i.name = name;
        i.aggregation = QLatin1String(aggregation);
        i.measure = QString::fromUtf8(measure);
        return Statistics::addIndicator(*m_store, i, &error).value_or(0);
    }
    qint64 counted(const QString &key, const QString &extra = {}) const
    {
        QString sql = QStringLiteral("SELECT id FROM stat_indicator WHERE counted = ?");
        QVariantList values {key};
        if (key == QLatin1String("conferences")) {
            sql += QStringLiteral(" AND conference_kind = ?");
            values << extra;
        } else if (key == QLatin1String("commendations")) {
            sql += QStringLiteral(
                " AND form_id = (SELECT id FROM commendation_form WHERE name = ?)");
            values << extra;
        }
        return m_store->value(sql, values).toLongLong();
    }
    // The figures inserted for the cross-table tests: three indicators, three units, five years.
    void enterFigures();
    // The records the counted indicators count.
    void addRecords();
    // The expected cell over the figures the test entered.
    std::optional<double> expected(qint64 indicator, const QString &aggregation,
        const std::function<bool(const Entered &)> &in) const;
    static int columnOf(const StatisticsTable::Table &table, qint64 unit);
    static int rowOf(const StatisticsTable::Table &table, qint64 indicator);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QVector<Entered> m_entered;
    qint64 m_sum = 0, m_latest = 0, m_average = 0;
    qint64 m_province = 0, m_districtA = 0, m_districtB = 0, m_other = 0;
    qint64 m_bodyProvince = 0, m_bodyDistrict = 0, m_secretTeam = 0;
};

void TestStatistics::initTestCase()
{
    TestSupport::fixClock(); // 10:42, 1 December 2026
}

void TestStatistics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("statistics.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    m_entered.clear();
    m_province
        = add("unit", {{"name", "Tỉnh ủy Thử Nghiệm (giả định)"}, {"kind", "party_committee"}});
    m_districtA = add("unit",
        {{"name", "Huyện ủy An Bình (giả định)"}, {"kind", "party_committee"},
            {"parent_id", m_province}});
    m_districtB = add("unit",
        {{"name", "Huyện ủy Bình Yên (giả định)"}, {"kind", "party_committee"},
            {"parent_id", m_province}});
    m_other = add("unit", {{"name", "Đảng ủy Khối (giả định)"}, {"kind", "party_committee"}});
    QVERIFY(m_province && m_districtA && m_districtB && m_other);
}

void TestStatistics::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStatistics::enterFigures()
{
    m_sum = indicator(QStringLiteral("Đảng viên mới kết nạp (thử)"), "sum");
    m_latest = indicator(QStringLiteral("Đảng viên (thử)"), "latest");
    m_average = indicator(QStringLiteral("Tỷ lệ hoàn thành tốt nhiệm vụ (thử)"), "average", "%");
    QVERIFY(m_sum && m_latest && m_average);
    const qint64 units[] = {m_province, m_districtA, m_districtB, m_other};
    int n = 0;
    for (int year = 2018; year <= 2024; ++year) {
        for (qint64 unit : units) {
            for (qint64 which : {m_sum, m_latest, m_average}) {
                ++n;
                // Some cells stay empty: no figure for that unit and year.
                if (n % 7 == 3)
                    continue;
                const double value
                    = which == m_average ? 40 + (n * 37) % 60 + 0.5 : (n * 53) % 400 + year - 2000;
                QString error;
                QVERIFY2(Statistics::enterFigure(
                             *m_store, {which, unit, year, value, QString()}, &error),
                    qPrintable(error));
                m_entered.append({which, unit, year, value});
            }
        }
    }
}

std::optional<double> TestStatistics::expected(qint64 indicator, const QString &aggregation,
    const std::function<bool(const Entered &)> &in) const
{
    QVector<Entered> figures;
    for (const Entered &figure : m_entered) {
        if (figure.indicator == indicator && in(figure))
            figures << figure;
    }
    if (figures.isEmpty())
        return std::nullopt;
    double sum = 0;
    if (aggregation == QLatin1String("latest")) {
        std::map<qint64, Entered> last;
        for (const Entered &figure : figures) {
            if (!last.count(figure.unit) || last.at(figure.unit).year < figure.year)
                last[figure.unit] = figure;
        }
        for (const auto &[unit, figure] : last)
            sum += figure.value;
        return sum;
    }
    for (const Entered &figure : figures)
        sum += figure.value;
    return aggregation == QLatin1String("average") ? sum / figures.size() : sum;
}

int TestStatistics::columnOf(const StatisticsTable::Table &table, qint64 unit)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns.at(i).unitId == unit)
            return i;
    }
    return -1;
}

int TestStatistics::rowOf(const StatisticsTable::Table &table, qint64 indicator)
{
    for (int i = 0; i < table.rows.size(); ++i) {
        if (table.rows.at(i).indicator.id == indicator)
            return i;
    }
    return -1;
}

void TestStatistics::aNewFileHasTheUsualIndicators()
{
    QString error;
    const auto all = Statistics::indicators(*m_store, true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList countedKeys;
    QStringList entered;
    for (const Statistics::Indicator &i : all) {
        if (i.counted.isEmpty())
            entered << i.name;
        else
            countedKeys << i.counted
                    + (i.conferenceKind.isEmpty() ? QString() : ":" + i.conferenceKind);
    }
    for (const char *key : {"conferences:interim_review", "conferences:training", "inspections",
             "organizations_inspected", "organizations_in_violation", "members_inspected",
             "members_in_violation", "recommendations_on_time", "commendations", "party_badges"})
        QVERIFY2(countedKeys.contains(QLatin1String(key)), key);
    QVERIFY(entered.contains(QStringLiteral("Đảng viên")));
    QVERIFY(counted(QStringLiteral("commendations"), QStringLiteral("Bằng khen")) > 0);
    // Each counted one adds up as a sum; "Đảng viên" is a stock.
    for (const Statistics::Indicator &i : all) {
        if (!i.counted.isEmpty())
            QCOMPARE(i.aggregation, QStringLiteral("sum"));
        if (i.name == QLatin1String("Đảng viên"))
            QCOMPARE(i.aggregation, QStringLiteral("latest"));
    }
}

void TestStatistics::byUnitsEachCellAndTotalAddsUpItsFigures()
{
    enterFigures();
    StatisticsTable::Options options;
    options.fromYear = 2019;
    options.toYear = 2023;
    options.indicators = {m_sum, m_latest, m_average};
    QString error;
    const auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->columns.size(), 4); // every unit has a figure in the period
    const auto inPeriod = [](const Entered &f) { return f.year >= 2019 && f.year <= 2023; };
    for (const StatisticsTable::Row &row : table->rows) {
        const qint64 id = row.indicator.id;
        for (int c = 0; c < table->columns.size(); ++c) {
            const qint64 unit = table->columns.at(c).unitId;
            const auto want = expected(id, row.indicator.aggregation,
                [&](const Entered &f) { return inPeriod(f) && f.unit == unit; });
            QVERIFY(want);
            QVERIFY2(row.cells.at(c) && qFuzzyCompare(*row.cells.at(c), *want),
                qPrintable(QStringLiteral("%1 × %2: %3, expected %4")
                               .arg(row.indicator.name, table->columns.at(c).label)
                               .arg(row.cells.at(c).value_or(-1))
                               .arg(*want)));
        }
        const auto total = expected(id, row.indicator.aggregation, inPeriod);
        QVERIFY(row.total && qFuzzyCompare(*row.total, *total));
    }
    // The sum's total is the sum of its cells (and of every figure, summed by the engine).
    const int sumRow = rowOf(*table, m_sum);
    double cells = 0;
    for (const auto &cell : table->rows.at(sumRow).cells)
        cells += cell.value_or(0);
    QCOMPARE(*table->rows.at(sumRow).total, cells);
    QCOMPARE(*table->rows.at(sumRow).total,
        m_store
            ->value(QStringLiteral("SELECT sum(value) FROM statistic WHERE indicator_id = ? AND "
                                   "period_from >= '2019-01-01' AND period_to <= '2023-12-31'"),
                {m_sum})
            .toDouble());
    // Units ordered by name: Bình Yên after An Bình.
    QVERIFY(columnOf(*table, m_districtA) < columnOf(*table, m_districtB));
}

void TestStatistics::byYearsEachCellAndTotalAddsUpItsFigures()
{
    enterFigures();
    for (qint64 unit : {qint64(0), m_districtB}) {
        StatisticsTable::Options options;
        options.by = StatisticsTable::By::Years;
        options.fromYear = 2019;
        options.toYear = 2023;
        options.unitId = unit;
        options.indicators = {m_sum, m_latest, m_average};
        QString error;
        const auto table = StatisticsTable::build(*m_store, options, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->columns.size(), 5);
        QCOMPARE(table->columns.first().label, QStringLiteral("2019"));
        QCOMPARE(table->multiYearLeftOut, 0);
        const auto ofUnit = [unit](const Entered &f) { return !unit || f.unit == unit; };
        for (const StatisticsTable::Row &row : table->rows) {
            for (int c = 0; c < 5; ++c) {
                const int year = 2019 + c;
                const auto want = expected(row.indicator.id, row.indicator.aggregation,
                    [&](const Entered &f) { return ofUnit(f) && f.year == year; });
                QCOMPARE(row.cells.at(c).has_value(), want.has_value());
                if (want)
                    QVERIFY2(qFuzzyCompare(*row.cells.at(c), *want),
                        qPrintable(QStringLiteral("%1, %2: %3, expected %4")
                                       .arg(row.indicator.name)
                                       .arg(year)
                                       .arg(*row.cells.at(c))
                                       .arg(*want)));
            }
            const auto total = expected(row.indicator.id, row.indicator.aggregation,
                [&](const Entered &f) { return ofUnit(f) && f.year >= 2019 && f.year <= 2023; });
            QVERIFY(row.total && qFuzzyCompare(*row.total, *total));
        }
    }
}

void TestStatistics::aUnitAndTheUnitsUnderIt()
{
    enterFigures();
    StatisticsTable::Options options;
    options.fromYear = 2020;
    options.toYear = 2020;
    options.unitId = m_province;
    options.indicators = {m_sum};
    QString error;
    const auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    // The province first, then its two districts; not the bloc's committee.
    QCOMPARE(table->columns.size(), 3);
    QCOMPARE(table->columns.at(0).unitId, m_province);
    QCOMPARE(table->columns.at(1).unitId, m_districtA);
    QCOMPARE(table->columns.at(2).unitId, m_districtB);
    QCOMPARE(columnOf(*table, m_other), -1);
    QVERIFY(table->title().contains(QStringLiteral("Tỉnh ủy Thử Nghiệm")));
}

void TestStatistics::latestAndAverageByHand()
{
    const qint64 members = indicator(QStringLiteral("Đảng viên (tay)"), "latest");
    const qint64 rate = indicator(QStringLiteral("Tỷ lệ (tay)"), "average", "%");
    const qint64 admitted = indicator(QStringLiteral("Kết nạp (tay)"), "sum");
    QString error;
    const struct
    {
        qint64 indicator, unit;
        int year;
        double value;
    } figures[] = {{members, m_districtA, 2020, 1000}, {members, m_districtA, 2021, 1100},
        {members, m_districtB, 2020, 500}, {rate, m_districtA, 2020, 80},
        {rate, m_districtA, 2021, 90}, {rate, m_districtB, 2021, 70},
        {admitted, m_districtA, 2020, 12}, {admitted, m_districtA, 2021, 8},
        {admitted, m_districtB, 2021, 5}};
    for (const auto &f : figures)
        QVERIFY2(
            Statistics::enterFigure(*m_store, {f.indicator, f.unit, f.year, f.value, {}}, &error),
            qPrintable(error));
    StatisticsTable::Options options;
    options.by = StatisticsTable::By::Years;
    options.fromYear = 2020;
    options.toYear = 2021;
    options.indicators = {members, rate, admitted};
    auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    // Members: 2020 both districts 1000 + 500; 2021 only An Bình reported 1100; the total is each
    // district's latest figure: 1100 + 500.
    QCOMPARE(table->rows.at(0).cells, (QVector<std::optional<double>> {1500, 1100}));
    QCOMPARE(*table->rows.at(0).total, 1600.0);
    // The rate: 2020 80; 2021 (90 + 70) / 2; the total is the average of the three figures.
    QCOMPARE(table->rows.at(1).cells, (QVector<std::optional<double>> {80, 80}));
    QCOMPARE(*table->rows.at(1).total, 80.0);
    QCOMPARE(table->rows.at(2).cells, (QVector<std::optional<double>> {12, 13}));
    QCOMPARE(*table->rows.at(2).total, 25.0);
    // By units the same figures: An Bình's latest is 1100, its rate 85.
    options.by = StatisticsTable::By::Units;
    table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    const int a = columnOf(*table, m_districtA);
    const int b = columnOf(*table, m_districtB);
    QCOMPARE(*table->rows.at(0).cells.at(a), 1100.0);
    QCOMPARE(*table->rows.at(0).cells.at(b), 500.0);
    QCOMPARE(*table->rows.at(1).cells.at(a), 85.0);
    QCOMPARE(*table->rows.at(1).total, 80.0);
    // For Excel: numbers as numbers, an empty cell where there is no figure.
    const Spreadsheet::Table sheet = StatisticsReport::spreadsheet(*table);
    QCOMPARE(sheet.columns.size(), 2 + table->columns.size() + 1);
    QCOMPARE(sheet.columns.at(2).kind, Spreadsheet::Kind::Number);
    QCOMPARE(sheet.rows.at(0).at(2 + a).toDouble(), 1100.0);
    QCOMPARE(sheet.rows.at(0).last().toDouble(), 1600.0);
    const QString csv = QString::fromUtf8(Spreadsheet::csv(sheet));
    QVERIFY2(csv.contains(QStringLiteral("Đảng viên (tay)")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("1600")), qPrintable(csv));
    QCOMPARE(StatisticsTable::formatValue(1234.5), QStringLiteral("1.234,5"));
    QCOMPARE(StatisticsTable::formatValue(std::nullopt), QString());
}

void TestStatistics::addRecords()
{
    // Conferences: counted when held or concluded, for the organizer, by the day held.
    const struct
    {
        const char *kind, *status, *heldOn;
        qint64 unit;
    } conferences[] = {{"training", "held", "2020-03-02", m_districtA},
        {"training", "concluded", "2020-09-10", m_districtA},
        {"training", "held", "2021-04-01", m_districtA},
        {"training", "cancelled", "2020-05-05", m_districtA},
        {"training", "planned", "2020-12-30", m_districtA},
        {"interim_review", "held", "2020-06-15", m_districtB},
        {"interim_review", "held", "2019-12-31", m_districtB}};
    int n = 0;
    for (const auto &c : conferences)
        QVERIFY(add("conference",
            {{"kind", c.kind}, {"title", QStringLiteral("Hội nghị thử %1").arg(++n)},
                {"status", c.status}, {"held_on", c.heldOn}, {"organizer_unit_id", c.unit}}));

    m_bodyProvince = add("issuing_body",
        {{"name", "Ủy ban Kiểm tra Tỉnh ủy (giả định)"}, {"issuing_line", "TỈNH ỦY THỬ NGHIỆM"},
            {"issuer_code", "UBKTTU"}, {"unit_id", m_province}});
    m_bodyDistrict = add("issuing_body",
        {{"name", "Ủy ban Kiểm tra Huyện ủy (giả định)"}, {"issuing_line", "HUYỆN ỦY AN BÌNH"},
            {"issuer_code", "UBKTHU"}, {"unit_id", m_districtA}});
    QVERIFY(m_bodyProvince && m_bodyDistrict);
    const qint64 p1 = add("person", {{"full_name", "Nguyễn Văn Một (giả định)"}});
    const qint64 p2 = add("person", {{"full_name", "Trần Thị Hai (giả định)"}});
    // The province's inspection of 2020: two organizations (one in violation), two members (one).
    m_secretTeam = add("inspection_team",
        {{"name", "Đoàn kiểm tra thử 1"}, {"issuing_body_id", m_bodyProvince},
            {"starts_on", "2020-03-01"}, {"status", "concluded"}, {"secrecy", "secret"}});
    const qint64 tA = add("inspection_target",
        {{"team_id", m_secretTeam}, {"unit_id", m_districtA}, {"status", "concluded"},
            {"concluded_on", "2020-06-30"}});
    add("inspection_target", {{"team_id", m_secretTeam}, {"unit_id", m_districtB}});
    const qint64 tP1 = add("inspection_target", {{"team_id", m_secretTeam}, {"person_id", p1}});
    add("inspection_target", {{"team_id", m_secretTeam}, {"person_id", p2}});
    QVERIFY(add("finding",
        {{"target_id", tA}, {"subject_kind", "organization"}, {"subject_unit_id", m_districtA},
            {"description", "Chưa ban hành quy chế làm việc"}}));
    QVERIFY(add("finding",
        {{"target_id", tP1}, {"subject_kind", "member"}, {"subject_person_id", p1},
            {"description", "Chưa kê khai tài sản đúng hạn"}}));
    // Its recommendations, by the target's conclusion: one remedied on time, one late, one open.
    QVERIFY(add("recommendation",
        {{"target_id", tA}, {"content", "Ban hành quy chế"}, {"responsible_unit_id", m_districtA},
            {"deadline", "2020-09-30"}, {"status", "remedied"}, {"remedied_on", "2020-09-01"}}));
    QVERIFY(add("recommendation",
        {{"target_id", tA}, {"content", "Kiểm điểm tập thể"}, {"responsible_unit_id", m_districtA},
            {"deadline", "2020-09-30"}, {"status", "remedied"}, {"remedied_on", "2020-10-15"}}));
    QVERIFY(add("recommendation",
        {{"target_id", tA}, {"content", "Báo cáo kết quả"}, {"responsible_unit_id", m_districtA},
            {"deadline", "2020-12-31"}}));
    // The district's inspection of 2021: one organization, no violation.
    const qint64 team2 = add("inspection_team",
        {{"name", "Đoàn kiểm tra thử 2"}, {"issuing_body_id", m_bodyDistrict},
            {"starts_on", "2021-05-01"}});
    QVERIFY(add("inspection_target", {{"team_id", team2}, {"unit_id", m_districtB}}));

    // A Bằng khen decided in 2021 by the province: two accepted recipients, one not.
    const qint64 merit
        = m_store->value(
                     QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Bằng khen'"))
              .toLongLong();
    // (Its list is made before the decision, which freezes it.)
    const qint64 decided = add("commendation",
        {{"issuing_body_id", m_bodyProvince}, {"form_id", merit}, {"reason", "Thành tích thử"},
            {"status", "proposed"}, {"proposed_on", "2021-04-01"}});
    QVERIFY(decided);
    QVERIFY(add("commendation_recipient",
        {{"commendation_id", decided}, {"recipient_kind", "collective"}, {"unit_id", m_districtA},
            {"name", "Huyện ủy An Bình (giả định)"}, {"review", "accepted"}}));
    QVERIFY(add("commendation_recipient",
        {{"commendation_id", decided}, {"recipient_kind", "individual"}, {"person_id", p1},
            {"name", "Nguyễn Văn Một (giả định)"}, {"review", "accepted"}}));
    QVERIFY(add("commendation_recipient",
        {{"commendation_id", decided}, {"recipient_kind", "individual"}, {"person_id", p2},
            {"name", "Trần Thị Hai (giả định)"}, {"review", "rejected"}}));
    const auto proposal = m_store->read(QStringLiteral("commendation"), decided);
    QVERIFY(proposal);
    const Store::Result decision = m_store->update(*proposal,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), QStringLiteral("2021-05-01")}});
    QVERIFY2(decision.ok(), qPrintable(decision.error));
    // A proposal not decided counts nothing.
    const qint64 proposed = add("commendation",
        {{"issuing_body_id", m_bodyProvince}, {"form_id", merit}, {"reason", "Đề nghị thử"},
            {"status", "proposed"}, {"proposed_on", "2021-06-01"}});
    QVERIFY(add("commendation_recipient",
        {{"commendation_id", proposed}, {"recipient_kind", "collective"}, {"unit_id", m_districtB},
            {"name", "Huyện ủy Bình Yên (giả định)"}, {"review", "accepted"}}));
}

void TestStatistics::countedIndicatorsCountTheRecords()
{
    addRecords();
    const qint64 training = counted(QStringLiteral("conferences"), QStringLiteral("training"));
    const qint64 interim = counted(QStringLiteral("conferences"), QStringLiteral("interim_review"));
    const qint64 inspections = counted(QStringLiteral("inspections"));
    const qint64 orgs = counted(QStringLiteral("organizations_inspected"));
    const qint64 orgsBad = counted(QStringLiteral("organizations_in_violation"));
    const qint64 members = counted(QStringLiteral("members_inspected"));
    const qint64 membersBad = counted(QStringLiteral("members_in_violation"));
    const qint64 made = counted(QStringLiteral("recommendations"));
    const qint64 onTime = counted(QStringLiteral("recommendations_on_time"));
    const qint64 merit = counted(QStringLiteral("commendations"), QStringLiteral("Bằng khen"));
    const qint64 badges = counted(QStringLiteral("party_badges"));
    StatisticsTable::Options options;
    options.by = StatisticsTable::By::Years;
    options.fromYear = 2020;
    options.toYear = 2021;
    options.indicators = {training, interim, inspections, orgs, orgsBad, members, membersBad, made,
        onTime, merit, badges};
    QString error;
    auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    using Cells = QVector<std::optional<double>>;
    const auto cells = [&](int row) { return table->rows.at(row).cells; };
    QCOMPARE(cells(0), (Cells {2, 1})); // cancelled and planned ones not counted
    QCOMPARE(cells(1), (Cells {1, 0})); // the review of 2019 is outside
    QCOMPARE(cells(2), (Cells {1, 1}));
    QCOMPARE(cells(3), (Cells {2, 1}));
    QCOMPARE(cells(4), (Cells {1, 0}));
    QCOMPARE(cells(5), (Cells {2, 0}));
    QCOMPARE(cells(6), (Cells {1, 0}));
    QCOMPARE(cells(7), (Cells {3, 0}));
    QCOMPARE(cells(8), (Cells {1, 0}));
    QCOMPARE(cells(9), (Cells {0, 2})); // accepted recipients of the decision only
    QCOMPARE(cells(10), (Cells {0, 0}));
    QCOMPARE(*table->rows.at(3).total, 3.0);

    // By units: each for the unit that did it (the province's body inspected, the district's
    // held the trainings).
    options.by = StatisticsTable::By::Units;
    table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    const int province = columnOf(*table, m_province);
    const int a = columnOf(*table, m_districtA);
    const int b = columnOf(*table, m_districtB);
    QVERIFY(province >= 0 && a >= 0 && b >= 0);
    QCOMPARE(*table->rows.at(0).cells.at(a), 3.0);
    QCOMPARE(*table->rows.at(0).cells.at(province), 0.0);
    QCOMPARE(*table->rows.at(1).cells.at(b), 1.0);
    QCOMPARE(*table->rows.at(3).cells.at(province), 2.0);
    QCOMPARE(*table->rows.at(3).cells.at(a), 1.0);
    QCOMPARE(*table->rows.at(9).cells.at(province), 2.0);
    QCOMPARE(columnOf(*table, m_other), -1); // nothing counted there
}

void TestStatistics::countsAgreeWithTheInspectionStatistics()
{
    addRecords();
    QString error;
    const auto counts = InspectionStatistics::count(
        *m_store, {QDate(2020, 1, 1), QDate(2021, 12, 31)}, 0, &error);
    QVERIFY2(counts, qPrintable(error));
    StatisticsTable::Options options;
    options.by = StatisticsTable::By::Years;
    options.fromYear = 2020;
    options.toYear = 2021;
    options.indicators = {counted(QStringLiteral("organizations_inspected")),
        counted(QStringLiteral("members_inspected")),
        counted(QStringLiteral("organizations_in_violation")),
        counted(QStringLiteral("members_in_violation")), counted(QStringLiteral("recommendations")),
        counted(QStringLiteral("recommendations_on_time"))};
    const auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(int(*table->rows.at(0).total), counts->organizationsInspected);
    QCOMPARE(int(*table->rows.at(1).total), counts->membersInspected);
    QCOMPARE(int(*table->rows.at(2).total), counts->organizationsInViolation);
    QCOMPARE(int(*table->rows.at(3).total), counts->membersInViolation);
    QCOMPARE(int(*table->rows.at(4).total), counts->recommendations);
    QCOMPARE(int(*table->rows.at(5).total), counts->remediedOnTime);
}

void TestStatistics::secretRecordsCountOnlyForThoseWhoMayReadThem()
{
    if (TestSupport::onServer())
        QSKIP("Accounts on a server are its roles, logged in by connecting: tst_serverroles");
    addRecords();
    const QString password = QStringLiteral("mật khẩu dài");
    QCOMPARE(TestSupport::addAccount(*m_store, QStringLiteral("quantri"), Access::Role::Admin,
                 QStringLiteral("top_secret"), password),
        QString());
    QCOMPARE(TestSupport::addAccount(*m_store, QStringLiteral("xem"), Access::Role::Viewer,
                 QStringLiteral("none"), password),
        QString());
    StatisticsTable::Options options;
    options.by = StatisticsTable::By::Years;
    options.fromYear = 2020;
    options.toYear = 2021;
    options.indicators = {
        counted(QStringLiteral("inspections")), counted(QStringLiteral("organizations_inspected"))};
    QString error;
    auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.at(0).cells, (QVector<std::optional<double>> {1, 1}));
    QVERIFY(!table->partial);

    auto viewer = TestSupport::open(m_store->path());
    QVERIFY(viewer);
    QVERIFY2(viewer->logIn(QStringLiteral("xem"), password, &error), qPrintable(error));
    table = StatisticsTable::build(*viewer, options, &error);
    QVERIFY2(table, qPrintable(error));
    // The secret inspection of 2020 and its targets are not counted for an account without
    // clearance, and the table says it leaves something out.
    QCOMPARE(table->rows.at(0).cells, (QVector<std::optional<double>> {0, 1}));
    QCOMPARE(table->rows.at(1).cells, (QVector<std::optional<double>> {0, 1}));
    QVERIFY(table->partial);
    QVERIFY(!table->notes().isEmpty());
}

void TestStatistics::badFiguresAreRefusedWithASentence_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("no indicator") << "none" << true << 2020 << 1.0 << "Choose the indicator";
    QTest::newRow("counted") << "counted" << true << 2020 << 1.0 << "counted from the records";
    QTest::newRow("inactive") << "inactive" << true << 2020 << 1.0 << "no longer in use";
    QTest::newRow("no unit") << "sum" << false << 2020 << 1.0 << "Choose the unit";
    QTest::newRow("year too early") << "sum" << true << 1929 << 1.0 << "between 1930 and 2100";
    QTest::newRow("year too late") << "sum" << true << 2101 << 1.0 << "between 1930 and 2100";
    QTest::newRow("negative") << "sum" << true << 2020 << -3.0 << "not negative";
    QTest::newRow("not a number") << "sum" << true << 2020 << qQNaN() << "must be a number";
    QTest::newRow("over 100 per cent") << "rate" << true << 2020 << 100.5 << "between 0 and 100";
}

void TestStatistics::badFiguresAreRefusedWithASentence()
{
    QFETCH(QString, which);
    QFETCH(bool, withUnit);
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, sentence);
    const qint64 sum = indicator(QStringLiteral("Kết nạp (thử)"), "sum");
    const qint64 rate = indicator(QStringLiteral("Tỷ lệ (thử)"), "average", "%");
    const qint64 inactive = indicator(QStringLiteral("Cũ (thử)"), "sum");
    QString error;
    QVERIFY2(Statistics::setActive(*m_store, inactive, false, &error), qPrintable(error));
    const qint64 id = which == "sum" ? sum
        : which == "rate"            ? rate
        : which == "inactive"        ? inactive
        : which == "counted"         ? counted(QStringLiteral("inspections"))
                                     : 0;
    const int before = m_store->value(QStringLiteral("SELECT count(*) FROM statistic")).toInt();
    QVERIFY(!Statistics::enterFigure(
        *m_store, {id, withUnit ? m_districtA : 0, year, value, QString()}, &error));
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QCOMPARE(m_store->value(QStringLiteral("SELECT count(*) FROM statistic")).toInt(), before);
    // The edges are allowed.
    QVERIFY2(Statistics::enterFigure(*m_store, {rate, m_districtA, 1930, 100, {}}, &error),
        qPrintable(error));
    QVERIFY2(Statistics::enterFigure(*m_store, {sum, m_districtA, 2100, 0, {}}, &error),
        qPrintable(error));
}

void TestStatistics::aSecondFigureOfTheYearReplacesTheFirst()
{
    const qint64 sum = indicator(QStringLiteral("Kết nạp (thử)"), "sum");
    QString error;
    const auto first = Statistics::enterFigure(*m_store, {sum, m_districtA, 2022, 10, {}}, &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = Statistics::enterFigure(*m_store, {sum, m_districtA, 2022, 14, {}}, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, *first);
    QCOMPARE(
        m_store
            ->value(QStringLiteral("SELECT count(*) FROM statistic WHERE indicator_id = ?"), {sum})
            .toInt(),
        1);
    QCOMPARE(
        m_store->value(QStringLiteral("SELECT value FROM statistic WHERE indicator_id = ?"), {sum})
            .toDouble(),
        14.0);
    QCOMPARE(m_store
                 ->value(QStringLiteral("SELECT period_from || ' ' || period_to || ' ' || name "
                                        "FROM statistic WHERE indicator_id = ?"),
                     {sum})
                 .toString(),
        QStringLiteral("2022-01-01 2022-12-31 Kết nạp (thử)"));
}

void TestStatistics::aUsedIndicatorIsNotDeleted()
{
    const qint64 used = indicator(QStringLiteral("Kết nạp (thử)"), "sum");
    const qint64 unused = indicator(QStringLiteral("Chưa dùng (thử)"), "sum");
    QString error;
    QVERIFY(Statistics::enterFigure(*m_store, {used, m_districtA, 2022, 10, {}}, &error));
    QVERIFY(!Statistics::removeIndicator(*m_store, used, &error));
    QVERIFY2(
        error.contains(QStringLiteral("1 figure(s)")) || error.contains(QStringLiteral("1 figure")),
        qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("out of use")));
    QVERIFY(Statistics::indicator(*m_store, used));
    QVERIFY(!Statistics::removeIndicator(*m_store, counted(QStringLiteral("inspections")), &error));
    QVERIFY(error.contains(QStringLiteral("counted from the records")));
    QVERIFY2(Statistics::removeIndicator(*m_store, unused, &error), qPrintable(error));
    QVERIFY(!Statistics::indicator(*m_store, unused));
    // A name is the catalogue's once, whatever its marks and case.
    Statistics::Indicator twin;
    twin.name = QStringLiteral("KET NAP (thu)");
    QVERIFY(!Statistics::addIndicator(*m_store, twin, &error));
    QVERIFY2(error.contains(QStringLiteral("Kết nạp (thử)")), qPrintable(error));
    twin.name = QStringLiteral("  ");
    QVERIFY(!Statistics::addIndicator(*m_store, twin, &error));
    QVERIFY(error.contains(QStringLiteral("needs a name")));
    // Renamed and out of use: still in the old tables, no longer offered.
    Statistics::Indicator renamed = *Statistics::indicator(*m_store, used);
    renamed.name = QStringLiteral("Đảng viên mới kết nạp (thử)");
    QVERIFY2(Statistics::changeIndicator(*m_store, renamed, &error), qPrintable(error));
    QVERIFY(Statistics::setActive(*m_store, used, false, &error));
    bool offered = false;
    for (const auto &i : Statistics::indicators(*m_store, true))
        offered = offered || i.id == used;
    QVERIFY(!offered);
    StatisticsTable::Options options;
    options.fromYear = options.toYear = 2022;
    options.indicators = {used};
    const auto table = StatisticsTable::build(*m_store, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.at(0).indicator.name, renamed.name);
    QCOMPARE(*table->rows.at(0).total, 10.0);
}

void TestStatistics::theDemoHasTheDienBienFigures()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    auto demo = TestSupport::open(path);
    QVERIFY(demo);
    const qint64 dienBien
        = demo->value(QStringLiteral("SELECT unit_id FROM statistic WHERE name = ?"),
                  {QStringLiteral("Đảng viên được kiểm tra")})
              .toLongLong();
    QVERIFY(dienBien);
    StatisticsTable::Options options;
    options.fromYear = 2015;
    options.toYear = 2019;
    QString error;
    auto table = StatisticsTable::build(*demo, options, &error);
    QVERIFY2(table, qPrintable(error));
    const int column = columnOf(*table, dienBien);
    QVERIFY(column >= 0);
    const auto valueOf = [&](const char *name) -> std::optional<double> {
        for (const auto &row : table->rows) {
            if (row.indicator.name == QString::fromUtf8(name))
                return row.cells.at(column);
        }
        return std::nullopt;
    };
    QCOMPARE(valueOf("Tổ chức đảng được kiểm tra"), std::optional<double>(505));
    QCOMPARE(valueOf("Đảng viên được kiểm tra"), std::optional<double>(824));
    QCOMPARE(valueOf("Lượt cán bộ ra nước ngoài"), std::optional<double>(2611));
    // By years the five-year figures are not any one year's: the table says so.
    options.by = StatisticsTable::By::Years;
    options.unitId = dienBien;
    table = StatisticsTable::build(*demo, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->multiYearLeftOut, 9);
    QVERIFY(table->notes().join(' ').contains(QStringLiteral("9 figure(s)"))
        || table->notes().join(' ').contains(QStringLiteral("9 figures")));
    const QString text = StatisticsTable::toText(*table);
    QVERIFY2(text.contains(QStringLiteral("2015")) && text.contains(QStringLiteral("2019")),
        qPrintable(text));
}

void TestStatistics::badOptionsAreSaid()
{
    StatisticsTable::Options options;
    options.fromYear = 2024;
    options.toYear = 2020;
    QString error;
    QVERIFY(!StatisticsTable::build(*m_store, options, &error));
    QVERIFY2(error.contains(QStringLiteral("comes after")), qPrintable(error));
    options.fromYear = 1800;
    QVERIFY(!StatisticsTable::build(*m_store, options, &error));
    QVERIFY(error.contains(QStringLiteral("between 1930 and 2100")));
    options.fromYear = 2020;
    options.toYear = 2021;
    options.unitId = 999999;
    QVERIFY(!StatisticsTable::build(*m_store, options, &error));
    QVERIFY(error.contains(QStringLiteral("no longer in the directory")));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
