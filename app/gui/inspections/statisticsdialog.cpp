#include "statisticsdialog.h"

#include "ui_statisticsdialog.h"

#include "core/clock.h"
#include "gui/common/listexport.h"
#include "gui/common/documentprinter.h"
#include "gui/common/filedialogs.h"
#include "gui/common/rolegate.h"
#include "storage/issuingbodies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSqlQuery>

namespace {

const char statisticsKind[] = "inspection-statistics";
const char commendationStatistics[] = "commendation-statistics";
const char commendationRegister[] = "commendation-register";

using Preset = InspectionStatistics::Preset;

} // namespace

StatisticsDialog::StatisticsDialog(Store *store, QWidget *parent, Subject subject)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatisticsDialog>())
    , m_store(store)
    , m_subject(subject)
{
    m_ui->setupUi(this);
    const bool awards = subject == Subject::Commendations;
    if (awards) {
        setWindowTitle(tr("Commendation statistics"));
        m_ui->introLabel->setText(
            tr("Counted from the records: the recipients accepted in the decisions dated in the "
               "period, by form, collectives and individuals."));
    }
    if (!store->seesEverything())
        m_ui->introLabel->setText(m_ui->introLabel->text() + QLatin1Char(' ')
            + tr("Records above your clearance are not counted."));
    m_filling = true;
    m_ui->bodyComboBox->addItem(tr("All issuing bodies"), 0);
    auto bodies = store->select(QStringLiteral("SELECT id, name FROM issuing_body ORDER BY "
                                               "is_default DESC, name, id"),
        {});
    while (bodies && bodies->next())
        m_ui->bodyComboBox->addItem(bodies->value(1).toString(), bodies->value(0));
    const std::pair<Preset, const char *> presets[] = {
        {Preset::QuarterI, QT_TR_NOOP("Quarter I")},
        {Preset::SixMonths, QT_TR_NOOP("First 6 months")},
        {Preset::NineMonths, QT_TR_NOOP("First 9 months")},
        {Preset::Year, QT_TR_NOOP("Whole year")},
        {Preset::Term, QT_TR_NOOP("A term of the body")},
        {Preset::Dates, QT_TR_NOOP("Any dates")},
    };
    for (const auto &[preset, label] : presets)
        m_ui->periodComboBox->addItem(tr(label), int(preset));
    const QDate today = store->clock()->today();
    m_ui->yearSpinBox->setValue(today.year());
    m_ui->periodComboBox->setCurrentIndex(m_ui->periodComboBox->findData(int(Preset::Year)));

    const QStringList headers = awards
        ? QStringList {tr("Form"), tr("Decisions"), tr("Collectives"), tr("Individuals"),
            tr("Total")}
        : QStringList {tr("Figure"), tr("Party organizations"), tr("Party members")};
    m_ui->countsTable->setColumnCount(headers.size());
    m_ui->countsTable->setHorizontalHeaderLabels(headers);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        m_ui->countsTable->horizontalHeader()->setSectionResizeMode(
            column, QHeaderView::ResizeToContents);
    m_ui->countsTable->verticalHeader()->hide();
    fillTerms();
    m_filling = false;
    presetChanged();

    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillTerms();
        presetChanged();
    });
    connect(m_ui->periodComboBox, &QComboBox::currentIndexChanged, this,
        &StatisticsDialog::presetChanged);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &StatisticsDialog::presetChanged);
    connect(m_ui->termComboBox, &QComboBox::currentIndexChanged, this,
        &StatisticsDialog::presetChanged);
    connect(m_ui->fromEdit, &DateLineEdit::valueChanged, this, &StatisticsDialog::recount);
    connect(m_ui->toEdit, &DateLineEdit::valueChanged, this, &StatisticsDialog::recount);
    if (awards) {
        // Two documents from one period: the figures, and the decisions one by one.
        for (const bool print : {true, false}) {
            auto *menu = new QMenu(this);
            menu->addAction(tr("The &statistics"), this,
                [this, print] { output(commendationStatistics, print); });
            menu->addAction(tr("The &register of awards"), this,
                [this, print] { output(commendationRegister, print); });
            (print ? m_ui->printButton : m_ui->saveButton)->setMenu(menu);
        }
    } else {
        connect(m_ui->printButton, &QPushButton::clicked, this,
            [this] { output(statisticsKind, true); });
        connect(m_ui->saveButton, &QPushButton::clicked, this,
            [this] { output(statisticsKind, false); });
    }
    connect(m_ui->excelButton, &QPushButton::clicked, this, &StatisticsDialog::exportTable);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    // Everyone reads the figures; printing them and saving them as a file is Print.
    RoleGate::gate(m_ui->printButton, m_store, Access::Action::Print);
    RoleGate::gate(m_ui->saveButton, m_store, Access::Action::Print);
    RoleGate::gate(m_ui->excelButton, m_store, Access::Action::Print);
}

StatisticsDialog::~StatisticsDialog() = default;

qint64 StatisticsDialog::bodyId() const
{
    return m_ui->bodyComboBox->currentData().toLongLong();
}

InspectionStatistics::Period StatisticsDialog::period() const
{
    return {m_ui->fromEdit->date(), m_ui->toEdit->date()};
}

// The terms of the body chosen (of the default body for all), the one of today first chosen.
void StatisticsDialog::fillTerms()
{
    const bool filling = m_filling;
    m_filling = true;
    m_ui->termComboBox->clear();
    const auto body
        = bodyId() ? IssuingBodies::find(*m_store, bodyId()) : IssuingBodies::defaultBody(*m_store);
    const QDate today = m_store->clock()->today();
    if (body) {
        for (const IssuingBodies::Term &term : body->terms) {
            m_ui->termComboBox->addItem(term.name,
                QStringList {term.startsOn.toString(Qt::ISODate),
                    (term.endsOn.isValid() ? term.endsOn : today).toString(Qt::ISODate)});
            if (term.covers(today))
                m_ui->termComboBox->setCurrentIndex(m_ui->termComboBox->count() - 1);
        }
    }
    m_filling = filling;
}

void StatisticsDialog::presetChanged()
{
    if (m_filling)
        return;
    const auto preset = Preset(m_ui->periodComboBox->currentData().toInt());
    m_ui->yearSpinBox->setVisible(preset != Preset::Term && preset != Preset::Dates);
    m_ui->termComboBox->setVisible(preset == Preset::Term);
    const bool dates = preset == Preset::Dates;
    m_ui->fromEdit->setReadOnly(!dates);
    m_ui->toEdit->setReadOnly(!dates);
    if (!dates) {
        InspectionStatistics::Period chosen;
        if (preset == Preset::Term) {
            const QStringList span = m_ui->termComboBox->currentData().toStringList();
            chosen = {QDate::fromString(span.value(0), Qt::ISODate),
                QDate::fromString(span.value(1), Qt::ISODate)};
        } else {
            chosen = InspectionStatistics::period(preset, m_ui->yearSpinBox->value());
        }
        m_filling = true;
        m_ui->fromEdit->setValue(
            chosen.from.isValid() ? QVariant(chosen.from.toString(Qt::ISODate)) : QVariant());
        m_ui->toEdit->setValue(
            chosen.to.isValid() ? QVariant(chosen.to.toString(Qt::ISODate)) : QVariant());
        m_filling = false;
    }
    recount();
}

void StatisticsDialog::recount()
{
    if (m_filling)
        return;
    m_counts.reset();
    m_formCounts.reset();
    m_ui->countsTable->clearSpans();
    m_ui->countsTable->setRowCount(0);
    const auto period = this->period();
    QString error;
    if (!m_ui->fromEdit->isValid() || !m_ui->toEdit->isValid())
        error = !m_ui->fromEdit->isValid() ? m_ui->fromEdit->errorString()
                                           : m_ui->toEdit->errorString();
    else if (m_ui->termComboBox->isVisible() && m_ui->termComboBox->count() == 0)
        error = tr("This body has no term in the directory of issuing bodies: choose other "
                   "dates.");
    else if (m_subject == Subject::Commendations)
        m_formCounts = CommendationReport::count(*m_store, period, bodyId(), &error);
    else
        m_counts = InspectionStatistics::count(*m_store, period, bodyId(), &error);
    m_ui->messageLabel->setText(error);
    const bool counted = m_counts || m_formCounts;
    m_ui->printButton->setEnabled(counted);
    m_ui->saveButton->setEnabled(counted);
    if (m_counts)
        showCounts();
    if (m_formCounts)
        showFormCounts();
}

void StatisticsDialog::showCounts()
{
    const auto number = [](int value) { return VietnameseText::formatInteger(value); };
    const InspectionStatistics::Counts &c = *m_counts;
    const QList<std::pair<QString, QStringList>> rows {
        {tr("Inspected"), {number(c.organizationsInspected), number(c.membersInspected)}},
        {tr("Of them in violation"),
            {number(c.organizationsInViolation), number(c.membersInViolation)}},
        {tr("Recommendations made"), {number(c.recommendations), QString()}},
        {tr("Remedied on time"), {number(c.remediedOnTime), QString()}},
        {tr("Remedied late"), {number(c.remediedLate), QString()}},
        {tr("Not yet remedied"), {number(c.notYet), QString()}},
        {tr("Of them overdue"), {number(c.overdue), QString()}},
    };
    m_ui->countsTable->setRowCount(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->countsTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem(rows.at(row).second.at(column));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->countsTable->setItem(row, column + 1, item);
        }
        // A recommendation is counted once, not per kind of target: across both columns.
        if (rows.at(row).second.at(1).isEmpty()) {
            m_ui->countsTable->setSpan(row, 1, 1, 2);
            m_ui->countsTable->item(row, 1)->setTextAlignment(Qt::AlignCenter);
        }
    }
}

// One row per form given in the period, then the totals.
void StatisticsDialog::showFormCounts()
{
    const auto number = [](int value) { return VietnameseText::formatInteger(value); };
    QList<std::pair<QString, QList<int>>> rows;
    // A badge round counts under each badge it gives, but once in the total.
    QList<int> totals {m_formCounts->decisions, 0, 0, 0};
    for (const CommendationReport::FormCount &form : std::as_const(m_formCounts->forms)) {
        const QList<int> figures {form.decisions, form.collectives, form.individuals,
            form.collectives + form.individuals};
        rows.append({form.form, figures});
        for (int i = 1; i < figures.size(); ++i)
            totals[i] += figures.at(i);
    }
    rows.append({tr("Total"), totals});
    m_ui->countsTable->setRowCount(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->countsTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        for (int column = 0; column < rows.at(row).second.size(); ++column) {
            auto *item = new QTableWidgetItem(number(rows.at(row).second.at(column)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->countsTable->setItem(row, column + 1, item);
        }
    }
    QFont bold = m_ui->countsTable->font();
    bold.setBold(true);
    for (int column = 0; column < m_ui->countsTable->columnCount(); ++column)
        m_ui->countsTable->item(rows.size() - 1, column)->setFont(bold);
}

void StatisticsDialog::output(const char *kind, bool print)
{
    if ((!m_counts && !m_formCounts) || !RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    const auto period = this->period();
    QString error;
    const auto built
        = Reports::build(*m_store, QLatin1String(kind), bodyId(), &error, Reports::Draft::No,
            {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                {QStringLiteral("to"), period.to.toString(Qt::ISODate)}});
    if (!built) {
        m_ui->messageLabel->setText(error);
        return;
    }
    if (print)
        DocumentPrinter::print(*built, this);
    else
        DocumentPrinter::exportTo(*built,
            QStringLiteral("%1-%2-%3.pdf")
                .arg(
                    QLatin1String(kind == QLatin1String(statisticsKind)   ? "thong-ke-kiem-tra"
                            : kind == QLatin1String(commendationRegister) ? "so-khen-thuong"
                                                                          : "thong-ke-khen-thuong"),
                    period.from.toString(QStringLiteral("yyyyMMdd")),
                    period.to.toString(QStringLiteral("yyyyMMdd"))),
            this);
}

Spreadsheet::Table StatisticsDialog::table() const
{
    Spreadsheet::Table table = Spreadsheet::fromModel(m_ui->countsTable->model());
    // The counts are shown with their thousands separated ("1.234"): they leave as numbers.
    static const QRegularExpression separators(QStringLiteral("[.\\s\\x{00A0}]"));
    for (int column = 1; column < table.columns.size(); ++column) {
        table.columns[column].kind = Spreadsheet::Kind::Integer;
        for (QVariantList &row : table.rows) {
            QString text = row.at(column).toString();
            text.remove(separators);
            bool number = false;
            const qlonglong value = text.toLongLong(&number);
            row[column] = number ? QVariant(value) : QVariant();
        }
    }
    const auto period = this->period();
    table.title = QStringLiteral("%1: %2 – %3")
                      .arg(windowTitle(), VietnameseText::formDate(period.from),
                          VietnameseText::formDate(period.to));
    if (bodyId())
        table.title += QStringLiteral(" — ") + m_ui->bodyComboBox->currentText();
    table.sheetName = windowTitle();
    return table;
}

void StatisticsDialog::exportTable()
{
    if ((!m_counts && !m_formCounts) || !RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    const auto period = this->period();
    const QString name
        = QStringLiteral("%1-%2-%3.xlsx")
              .arg(QLatin1String(m_subject == Subject::Commendations ? "thong-ke-khen-thuong"
                                                                     : "thong-ke-kiem-tra"),
                  period.from.toString(QStringLiteral("yyyyMMdd")),
                  period.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path = ListExport::askPath(this, tr("Export to Excel"), name);
    if (path.isEmpty())
        return;
    QString error;
    if (!Spreadsheet::write(table(), path, &error))
        QMessageBox::critical(this, tr("Export to Excel"), error);
}
