#include "statisticspage.h"

#include "figuredialog.h"
#include "indicatorsdialog.h"
#include "core/clock.h"
#include "gui/common/listexport.h"
#include "gui/common/documentprinter.h"
#include "gui/common/filedialogs.h"
#include "gui/common/rolegate.h"
#include "gui/common/valuecombobox.h"
#include "models/lookups.h"
#include "models/statisticstablemodel.h"
#include "reports/statisticschart.h"
#include "reports/statisticsreport.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Which indicators the table shows.
enum Show { AllInUse, EnteredOnly, CountedOnly };

} // namespace

StatisticsPage::StatisticsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new StatisticsTableModel(this))
{
    setObjectName(QStringLiteral("StatisticsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Statistics"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = title->font();
    big.setPointSize(16);
    big.setBold(true);
    title->setFont(big);
    title->setMargin(2);
    layout->addWidget(title);

    auto *choices = new QHBoxLayout;
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("byComboBox"));
    m_by->addItem(tr("Columns: units"), int(StatisticsTable::By::Units));
    m_by->addItem(tr("Columns: years"), int(StatisticsTable::By::Years));
    const int year = store->clock()->today().year();
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("fromYearSpinBox"));
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("toYearSpinBox"));
    for (QSpinBox *box : {m_from, m_to})
        box->setRange(Statistics::firstYear, Statistics::lastYear);
    m_from->setValue(year - 4);
    m_to->setValue(year);
    m_unit = new ValueComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setItems(Lookups::units(*store), tr("All units"));
    m_unit->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showComboBox"));
    m_show->addItem(tr("Every indicator in use"), AllInUse);
    m_show->addItem(tr("Entered figures"), EnteredOnly);
    m_show->addItem(tr("Counted from the records"), CountedOnly);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    auto *unitLabel = new QLabel(tr("U&nit:"), this);
    unitLabel->setBuddy(m_unit);
    choices->addWidget(m_by);
    choices->addWidget(fromLabel);
    choices->addWidget(m_from);
    choices->addWidget(toLabel);
    choices->addWidget(m_to);
    choices->addWidget(unitLabel);
    choices->addWidget(m_unit, 1);
    choices->addWidget(m_show);
    layout->addLayout(choices);

    m_withFigures = new QCheckBox(tr("Only indicators with figures"), this);
    m_withFigures->setObjectName(QStringLiteral("withFiguresCheckBox"));
    m_withFigures->setChecked(true);
    auto *actions = new QHBoxLayout;
    m_enter = new QPushButton(tr("&Enter figures…"), this);
    m_enter->setObjectName(QStringLiteral("enterFiguresButton"));
    m_indicators = new QPushButton(tr("&Indicators…"), this);
    m_indicators->setObjectName(QStringLiteral("indicatorsButton"));
    m_preview = new QPushButton(tr("&Print preview…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_excel = new QPushButton(tr("E&xport to Excel…"), this);
    m_excel->setObjectName(QStringLiteral("excelButton"));
    RoleGate::gate(m_excel, store, Access::Action::Print);
    RoleGate::gate(m_enter, store, Access::Action::Edit);
    RoleGate::gate(m_indicators, store, Access::Action::Edit);
    actions->addWidget(m_enter);
    actions->addWidget(m_indicators);
    actions->addSpacing(fontMetrics().averageCharWidth() * 3);
    actions->addWidget(m_withFigures);
    actions->addStretch();
    actions->addWidget(m_excel);
    actions->addWidget(m_preview);
    layout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("statisticsSplitter"));
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("statisticsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_view->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 4 + 8);
    m_chartView = new QChartView(new QChart, splitter);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_chartView->chart()->legend()->hide();
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_by, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    connect(m_show, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    connect(m_withFigures, &QCheckBox::toggled, this, &StatisticsPage::refresh);
    connect(m_from, &QSpinBox::valueChanged, this, &StatisticsPage::refresh);
    connect(m_to, &QSpinBox::valueChanged, this, &StatisticsPage::refresh);
    connect(m_unit, &ValueComboBox::valueChanged, this, &StatisticsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_refreshing && current.isValid())
                showChart(current.row());
        });
    connect(m_enter, &QPushButton::clicked, this, &StatisticsPage::enterFigures);
    connect(m_indicators, &QPushButton::clicked, this, &StatisticsPage::editIndicators);
    connect(m_preview, &QPushButton::clicked, this, &StatisticsPage::preview);
    connect(m_excel, &QPushButton::clicked, this, &StatisticsPage::exportTable);
    // Figures and records change elsewhere too (a conference's tab, another window): read again
    // once the changes have settled.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(200);
    connect(later, &QTimer::timeout, this, &StatisticsPage::refresh);
    connect(store, &Store::changed, this, [later](const QString &table, bool external) {
        static const QStringList read {QStringLiteral("statistic"),
            QStringLiteral("stat_indicator"), QStringLiteral("conference"),
            QStringLiteral("inspection_team"), QStringLiteral("inspection_target"),
            QStringLiteral("finding"), QStringLiteral("recommendation"),
            QStringLiteral("commendation"), QStringLiteral("commendation_recipient"),
            QStringLiteral("unit")};
        if (external || read.contains(table))
            later->start();
    });
    refresh();
}

StatisticsTable::Options StatisticsPage::options() const
{
    StatisticsTable::Options options;
    options.by = StatisticsTable::By(m_by->currentData().toInt());
    options.fromYear = m_from->value();
    options.toYear = m_to->value();
    options.unitId = m_unit->value().toLongLong();
    options.skipEmptyRows = m_withFigures->isChecked();
    const int show = m_show->currentData().toInt();
    if (show != AllInUse) {
        for (const Statistics::Indicator &indicator : Statistics::indicators(*m_store, true)) {
            if (indicator.counted.isEmpty() == (show == EnteredOnly))
                options.indicators << indicator.id;
        }
        // None of that kind: an empty list would mean every one.
        if (options.indicators.isEmpty())
            options.indicators << -1;
    }
    return options;
}

const StatisticsTable::Table &StatisticsPage::table() const
{
    return m_model->table();
}

QChart *StatisticsPage::chart() const
{
    return m_chartView->chart();
}

void StatisticsPage::refresh()
{
    const StatisticsTable::Options chosen = options();
    QString error;
    std::optional<StatisticsTable::Table> built;
    if (chosen.indicators == QList<qint64> {-1}) {
        // Nothing of the kind chosen: an empty table, said so.
        StatisticsTable::Table empty;
        empty.options = chosen;
        built = empty;
        error = tr("No indicator in use is of that kind.");
    } else {
        built = StatisticsTable::build(*m_store, chosen, &error);
    }
    m_refreshing = true;
    const int previous = m_chartRow;
    const qint64 previousIndicator = previous >= 0 && previous < table().rows.size()
        ? table().rows.at(previous).indicator.id
        : 0;
    if (built) {
        m_model->setTable(*built);
        m_message->setText(error.isEmpty() ? built->notes().join(QLatin1Char(' ')) : error);
    } else {
        m_model->setTable({});
        m_message->setText(error);
    }
    m_view->resizeColumnsToContents();
    const int nameWidth = fontMetrics().averageCharWidth() * 48;
    if (m_view->columnWidth(0) > nameWidth)
        m_view->setColumnWidth(0, nameWidth);
    // A unit's long name wraps in its header rather than widening its column.
    const int figureWidth = fontMetrics().averageCharWidth() * 18;
    for (int column = StatisticsTableModel::leadingColumns; column < m_model->columnCount();
         ++column) {
        if (m_view->columnWidth(column) > figureWidth)
            m_view->setColumnWidth(column, figureWidth);
    }
    // The chart keeps its indicator when it is still there.
    int row = -1;
    for (int r = 0; r < table().rows.size() && previousIndicator; ++r) {
        if (table().rows.at(r).indicator.id == previousIndicator)
            row = r;
    }
    if (row < 0)
        row = StatisticsChart::defaultRow(table());
    m_refreshing = false;
    if (row >= 0)
        m_view->selectRow(row);
    showChart(row);
}

void StatisticsPage::showChart(int row)
{
    m_chartRow = row;
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const StatisticsTable::Table &shown = table();
    if (row < 0 || row >= shown.rows.size()) {
        chart->setTitle(tr("No figures to draw"));
        return;
    }
    const StatisticsTable::Row &data = shown.rows.at(row);
    chart->setTitle(data.indicator.measure.isEmpty()
            ? data.indicator.name
            : QStringLiteral("%1 (%2)").arg(data.indicator.name, data.indicator.measure));
    QStringList labels;
    double top = 0;
    for (int c = 0; c < shown.columns.size(); ++c) {
        labels << shown.columns.at(c).label;
        top = std::max(top, data.cells.at(c).value_or(0));
    }
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.1 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (shown.options.by == StatisticsTable::By::Units) {
        // Bars lying down: the units' long names read across, one under the other, in the
        // table's order from the top.
        auto *categories = new QBarCategoryAxis;
        QStringList topDown = labels;
        std::reverse(topDown.begin(), topDown.end());
        categories->append(topDown);
        auto *set = new QBarSet(data.indicator.name);
        set->setColor(QColor(0x2f, 0x5d, 0x8a));
        set->setLabelColor(Qt::black);
        for (auto cell = data.cells.crbegin(); cell != data.cells.crend(); ++cell)
            set->append(cell->value_or(0));
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(shown.columns.size() <= 20);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignLeft);
        // Across a narrow chart a few round values are enough.
        values->setTickCount(3);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
    } else {
        // A year without a figure is left out of the line.
        auto *series = new QLineSeries;
        series->setColor(QColor(0x2f, 0x5d, 0x8a));
        series->setPointsVisible(true);
        series->setPointLabelsVisible(shown.columns.size() <= 15);
        series->setPointLabelsFormat(QStringLiteral("@yPoint"));
        series->setPointLabelsClipping(false);
        for (int c = 0; c < data.cells.size(); ++c) {
            if (data.cells.at(c))
                series->append(shown.columns.at(c).year, *data.cells.at(c));
        }
        chart->addSeries(series);
        auto *years = new QValueAxis;
        years->setRange(
            shown.options.fromYear, std::max(shown.options.toYear, shown.options.fromYear + 1));
        years->setTickCount(std::min(shown.options.toYear - shown.options.fromYear, 10) + 1);
        years->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(years, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(years);
        series->attachAxis(values);
    }
}

std::optional<Reports::Built> StatisticsPage::report()
{
    const StatisticsTable::Options chosen = options();
    QString error;
    const auto built = Reports::build(*m_store, QStringLiteral("statistics-table"), 0, &error,
        Reports::Draft::No, StatisticsReport::parameters(chosen, m_chartRow));
    if (!built)
        m_message->setText(error);
    return built;
}

void StatisticsPage::preview()
{
    if (const auto built = report())
        DocumentPrinter::preview(*built, this);
}

void StatisticsPage::print()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    if (const auto built = report())
        DocumentPrinter::print(*built, this);
}

void StatisticsPage::exportDocument()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    const StatisticsTable::Options chosen = options();
    if (const auto built = report())
        DocumentPrinter::exportTo(*built,
            QStringLiteral("so-lieu-thong-ke-%1-%2.pdf").arg(chosen.fromYear).arg(chosen.toYear),
            this);
}

void StatisticsPage::exportTable()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    const StatisticsTable::Options chosen = options();
    const QString name
        = QStringLiteral("so-lieu-thong-ke-%1-%2.xlsx").arg(chosen.fromYear).arg(chosen.toYear);
    const QString path = ListExport::askPath(this, tr("Export to Excel"), name);
    if (path.isEmpty())
        return;
    QString error;
    if (!Spreadsheet::write(StatisticsReport::spreadsheet(table()), path, &error))
        QMessageBox::critical(this, tr("Export to Excel"), error);
    else
        m_message->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void StatisticsPage::enterFigures()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return;
    FigureDialog dialog(m_store, m_to->value(), this);
    const StatisticsTable::Table &shown = table();
    if (m_chartRow >= 0 && m_chartRow < shown.rows.size()
        && shown.rows.at(m_chartRow).indicator.counted.isEmpty())
        dialog.setIndicator(shown.rows.at(m_chartRow).indicator.id);
    if (m_unit->value().toLongLong())
        dialog.setUnit(m_unit->value().toLongLong());
    dialog.exec();
    if (dialog.entered() > 0)
        refresh();
}

void StatisticsPage::editIndicators()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return;
    IndicatorsDialog dialog(m_store, this);
    dialog.exec();
    refresh();
}
