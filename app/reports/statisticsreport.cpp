#include "statisticsreport.h"

#include "inspectionstatistics.h"
#include "statisticschart.h"
#include "core/clock.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

QVariantMap StatisticsReport::parameters(const StatisticsTable::Options &options, int chartRow)
{
    QVariantList indicators;
    for (qint64 id : options.indicators)
        indicators << id;
    return {{QStringLiteral("by"),
                options.by == StatisticsTable::By::Years ? QStringLiteral("years")
                                                         : QStringLiteral("units")},
        {QStringLiteral("from"), options.fromYear}, {QStringLiteral("to"), options.toYear},
        {QStringLiteral("unit"), options.unitId}, {QStringLiteral("indicators"), indicators},
        {QStringLiteral("chart_row"), chartRow}};
}

StatisticsTable::Options StatisticsReport::options(const QVariantMap &parameters)
{
    StatisticsTable::Options options;
    options.by = parameters.value(QStringLiteral("by")).toString() == QLatin1String("years")
        ? StatisticsTable::By::Years
        : StatisticsTable::By::Units;
    // A year, or a date (`report statistics-table --from DATE --to DATE`): its year.
    options.fromYear = parameters.value(QStringLiteral("from")).toString().left(4).toInt();
    options.toYear = parameters.value(QStringLiteral("to")).toString().left(4).toInt();
    options.unitId = parameters.value(QStringLiteral("unit")).toLongLong();
    for (const QVariant &id : parameters.value(QStringLiteral("indicators")).toList())
        options.indicators << id.toLongLong();
    return options;
}

std::optional<QVariantMap> StatisticsReport::report(
    const Store &store, qint64 bodyId, const ReportContext &context, QString *error)
{
    Q_UNUSED(bodyId)
    StatisticsTable::Options options = StatisticsReport::options(context.parameters);
    // A row without any figure (an indicator no unit reported, nothing counted) is left out of
    // the page: the table on screen can show every one.
    options.skipEmptyRows = true;
    const auto table = StatisticsTable::build(store, options, error);
    if (!table)
        return std::nullopt;
    // Documents are Vietnamese whatever the interface language.
    const QString years = options.fromYear == options.toYear
        ? QStringLiteral("năm %1").arg(options.fromYear)
        : QStringLiteral("giai đoạn %1–%2").arg(options.fromYear).arg(options.toYear);
    const bool byUnits = options.by == StatisticsTable::By::Units;
    QString scope;
    if (byUnits)
        scope = table->unitName.isEmpty()
            ? QStringLiteral("theo đơn vị")
            : QStringLiteral("của %1 và các đơn vị trực thuộc").arg(table->unitName);
    else
        scope = table->unitName.isEmpty() ? QStringLiteral("theo năm, toàn bộ các đơn vị")
                                          : QStringLiteral("theo năm của %1").arg(table->unitName);

    QVariantList headers;
    for (const StatisticsTable::Column &column : table->columns)
        headers << column.label;
    QVariantList rows;
    for (const StatisticsTable::Row &row : table->rows) {
        QVariantList cells;
        for (const auto &cell : row.cells)
            cells << StatisticsTable::formatValue(cell);
        rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
            {QStringLiteral("name"), row.indicator.name},
            {QStringLiteral("measure"), row.indicator.measure}, {QStringLiteral("cells"), cells},
            {QStringLiteral("total"), StatisticsTable::formatValue(row.total)}};
    }
    QVariantMap data {{QStringLiteral("marks"), QStringList()}, {QStringLiteral("numbered"), true},
        {QStringLiteral("has_recipients"), true}, {QStringLiteral("has_signature"), true},
        {QStringLiteral("recipients_as_above"), false}};
    data.insert(QStringLiteral("scope_line"), QStringLiteral("Số liệu %1, %2").arg(years, scope));
    QStringList notes {
        QStringLiteral("Số liệu gồm số liệu các đơn vị báo cáo (theo kỳ báo cáo) và số liệu "
                       "đếm từ hồ sơ lưu tại cơ quan (các chỉ tiêu ghi “theo hồ sơ”: hội nghị "
                       "tính theo ngày họp, kiểm tra theo ngày bắt đầu, kiến nghị theo ngày kết "
                       "luận, khen thưởng theo ngày quyết định; tính đến ngày %1).")
            .arg(VietnameseText::citationDate(store.clock()->today()))};
    notes << QStringLiteral("Cột “Cộng”: chỉ tiêu cộng dồn là tổng số; chỉ tiêu thời điểm là số "
                            "liệu mới nhất của mỗi đơn vị; chỉ tiêu tỷ lệ là bình quân.");
    if (table->multiYearLeftOut > 0)
        notes << QStringLiteral("%1 số liệu báo cáo cho nhiều năm không ghi vào cột của một năm.")
                     .arg(table->multiYearLeftOut);
    data.insert(QStringLiteral("opening"),
        notes.join(QLatin1Char(' ')) + InspectionStatistics::withoutHidden(store));
    data.insert(
        QStringLiteral("column_word"), byUnits ? QStringLiteral("Đơn vị") : QStringLiteral("Năm"));
    data.insert(QStringLiteral("headers"), headers);
    data.insert(QStringLiteral("column_count"), headers.size());
    data.insert(QStringLiteral("rows"), rows);
    // Many columns: a narrower name and a smaller type, so that the table stays on the page and
    // a unit's name in a column's header breaks between its words, not inside one ("Thường vụ").
    data.insert(QStringLiteral("name_width"),
        headers.size() > 8       ? 22
            : headers.size() > 3 ? 24
                                 : 30);
    data.insert(QStringLiteral("cell_size"),
        headers.size() > 8       ? QStringLiteral("8")
            : headers.size() > 5 ? QStringLiteral("10")
            : headers.size() > 3 ? QStringLiteral("11")
                                 : QStringLiteral("12"));
    // A column's header (a unit's name) a point smaller still where there are several.
    data.insert(QStringLiteral("header_size"),
        headers.size() > 8       ? QStringLiteral("8")
            : headers.size() > 5 ? QStringLiteral("9")
            : headers.size() > 3 ? QStringLiteral("10")
                                 : QStringLiteral("12"));
    int chartRow = context.parameters.value(QStringLiteral("chart_row"), -1).toInt();
    if (chartRow < 0 || chartRow >= table->rows.size())
        chartRow = StatisticsChart::defaultRow(*table);
    QVariantList charts;
    if (chartRow >= 0) {
        const QByteArray png = StatisticsChart::png(*table, chartRow, QSize(1500, 660), 240);
        charts << QVariantMap {
            {QStringLiteral("src"),
                QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())},
            {QStringLiteral("caption"),
                QStringLiteral("Biểu đồ: %1%2")
                    .arg(table->rows.at(chartRow).indicator.name,
                        byUnits ? QStringLiteral(" theo đơn vị")
                                : QStringLiteral(" qua các năm"))}};
    }
    data.insert(QStringLiteral("charts"), charts);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("BÁO CÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("BC"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Số liệu thống kê %1").arg(years));
    return data;
}

Spreadsheet::Table StatisticsReport::spreadsheet(const StatisticsTable::Table &table)
{
    Spreadsheet::Table sheet;
    sheet.title = table.title();
    sheet.sheetName = QString::number(table.options.fromYear)
        + (table.options.toYear != table.options.fromYear
                ? QLatin1Char('-') + QString::number(table.options.toYear)
                : QString());
    sheet.columns << Spreadsheet::Column {StatisticsTable::tr("Indicator")}
                  << Spreadsheet::Column {StatisticsTable::tr("Counted in")};
    for (const StatisticsTable::Column &column : table.columns)
        sheet.columns << Spreadsheet::Column {column.label, Spreadsheet::Kind::Number};
    sheet.columns << Spreadsheet::Column {
        StatisticsTable::totalHeader(), Spreadsheet::Kind::Number};
    const auto value
        = [](const std::optional<double> &cell) { return cell ? QVariant(*cell) : QVariant(); };
    for (const StatisticsTable::Row &row : table.rows) {
        QVariantList cells {row.indicator.name, row.indicator.measure};
        for (const auto &cell : row.cells)
            cells << value(cell);
        cells << value(row.total);
        sheet.rows << cells;
    }
    sheet.footer = table.notes().join(QLatin1Char(' '));
    return sheet;
}
