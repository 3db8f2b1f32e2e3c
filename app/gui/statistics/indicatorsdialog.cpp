#include "indicatorsdialog.h"

#include "core/labels.h"
#include "gui/common/rolegate.h"
#include "storage/statistics.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

IndicatorsDialog::IndicatorsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Indicators"));
    setObjectName(QStringLiteral("IndicatorsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("indicatorsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Counted in"), tr("Adds up as"), tr("Figures"), tr("In use")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addIndicatorButton"));
    m_change = new QPushButton(tr("&Rename or change…"), this);
    m_change->setObjectName(QStringLiteral("changeIndicatorButton"));
    m_active = new QPushButton(tr("Take &out of use"), this);
    m_active->setObjectName(QStringLiteral("activeIndicatorButton"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("deleteIndicatorButton"));
    for (QPushButton *button : {m_add, m_change, m_active, m_remove}) {
        row->addWidget(button);
        RoleGate::gate(button, store, Access::Action::Edit);
    }
    row->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IndicatorsDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString name, measure, aggregation = QStringLiteral("sum");
        if (ask(&name, &measure, &aggregation, false))
            add(name, measure, aggregation);
    });
    connect(m_change, &QPushButton::clicked, this, [this] {
        const auto found = Statistics::indicator(*m_store, selectedId());
        if (!found)
            return;
        QString name = found->name, measure = found->measure, aggregation = found->aggregation;
        if (ask(&name, &measure, &aggregation, !found->counted.isEmpty()))
            change(name, measure, aggregation);
    });
    connect(m_active, &QPushButton::clicked, this, [this] { toggleActive(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    reload();
}

void IndicatorsDialog::reload()
{
    const qint64 selected = selectedId();
    QString error;
    const auto indicators = Statistics::indicators(*m_store, false, &error);
    if (!error.isEmpty())
        m_message->setText(error);
    m_table->setRowCount(0);
    for (const Statistics::Indicator &indicator : indicators) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(indicator.name);
        name->setData(Qt::UserRole, indicator.id);
        if (!indicator.counted.isEmpty())
            name->setToolTip(
                tr("Counted from the records: %1")
                    .arg(Labels::label(Labels::Enum::CountedFigure, indicator.counted)));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(indicator.measure));
        m_table->setItem(row, 2,
            new QTableWidgetItem(indicator.counted.isEmpty()
                    ? Labels::label(Labels::Enum::Aggregation, indicator.aggregation)
                    : tr("Counted from the records")));
        auto *figures = new QTableWidgetItem(
            indicator.counted.isEmpty() ? QString::number(indicator.figures) : QString());
        figures->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, figures);
        m_table->setItem(row, 4, new QTableWidgetItem(indicator.active ? tr("Yes") : tr("No")));
        if (!indicator.active) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)
                    ->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    select(selected);
    updateButtons();
}

QString IndicatorsDialog::message() const
{
    return m_message->text();
}

qint64 IndicatorsDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void IndicatorsDialog::select(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void IndicatorsDialog::updateButtons()
{
    const qint64 id = selectedId();
    const auto found = id ? Statistics::indicator(*m_store, id) : std::nullopt;
    m_change->setEnabled(found.has_value());
    m_active->setEnabled(found.has_value());
    m_remove->setEnabled(found && found->counted.isEmpty());
    m_active->setText(found && !found->active ? tr("Put back in &use") : tr("Take &out of use"));
}

bool IndicatorsDialog::ask(QString *name, QString *measure, QString *aggregation, bool counted)
{
    QDialog dialog(this);
    dialog.setWindowTitle(name->isEmpty() ? tr("New indicator") : tr("Change the indicator"));
    auto *form = new QFormLayout(&dialog);
    auto *nameEdit = new QLineEdit(*name, &dialog);
    nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    nameEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    auto *measureEdit = new QLineEdit(*measure, &dialog);
    measureEdit->setObjectName(QStringLiteral("measureLineEdit"));
    measureEdit->setPlaceholderText(tr("đảng viên, tổ chức, %…"));
    auto *how = new QComboBox(&dialog);
    how->setObjectName(QStringLiteral("aggregationComboBox"));
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::Aggregation))
        how->addItem(choice.label, choice.code);
    how->setCurrentIndex(std::max(0, how->findData(*aggregation)));
    how->setEnabled(!counted);
    form->addRow(tr("&Name:"), nameEdit);
    form->addRow(tr("&Counted in:"), measureEdit);
    form->addRow(tr("&Adds up as:"), how);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *name = nameEdit->text();
    *measure = measureEdit->text();
    *aggregation = how->currentData().toString();
    return true;
}

bool IndicatorsDialog::add(const QString &name, const QString &measure, const QString &aggregation)
{
    Statistics::Indicator indicator;
    indicator.name = name;
    indicator.measure = measure;
    indicator.aggregation = aggregation;
    QString error;
    const auto id = Statistics::addIndicator(*m_store, indicator, &error);
    if (!id) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(tr("“%1” is in the catalogue.").arg(name.trimmed()));
    reload();
    select(*id);
    return true;
}

bool IndicatorsDialog::change(
    const QString &name, const QString &measure, const QString &aggregation)
{
    auto found = Statistics::indicator(*m_store, selectedId());
    if (!found)
        return false;
    found->name = name;
    found->measure = measure;
    found->aggregation = aggregation;
    QString error;
    if (!Statistics::changeIndicator(*m_store, *found, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

bool IndicatorsDialog::toggleActive()
{
    const auto found = Statistics::indicator(*m_store, selectedId());
    if (!found)
        return false;
    QString error;
    if (!Statistics::setActive(*m_store, found->id, !found->active, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(found->active
            ? tr("“%1” is out of use: it is no longer offered, and the tables of past years "
                 "still show its figures when it is chosen.")
                  .arg(found->name)
            : tr("“%1” is in use again.").arg(found->name));
    reload();
    return true;
}

bool IndicatorsDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    QString error;
    if (!Statistics::removeIndicator(*m_store, id, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(tr("The indicator is deleted."));
    reload();
    return true;
}
