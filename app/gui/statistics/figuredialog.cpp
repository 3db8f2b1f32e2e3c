#include "figuredialog.h"

#include "gui/common/valuecombobox.h"
#include "models/lookups.h"
#include "storage/statistics.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

FigureDialog::FigureDialog(Store *store, int year, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Enter figures"));
    setObjectName(QStringLiteral("FigureDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_indicator = new ValueComboBox(this);
    m_indicator->setObjectName(QStringLiteral("indicatorComboBox"));
    QList<Lookups::Item> indicators;
    for (const Statistics::Indicator &indicator : Statistics::indicators(*store, true)) {
        if (indicator.counted.isEmpty())
            indicators.append({indicator.id,
                indicator.measure.isEmpty()
                    ? indicator.name
                    : QStringLiteral("%1 (%2)").arg(indicator.name, indicator.measure)});
    }
    m_indicator->setItems(indicators);
    m_unit = new ValueComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setItems(Lookups::units(*store));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(Statistics::firstYear, Statistics::lastYear);
    m_year->setValue(year);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueLineEdit"));
    m_value->setPlaceholderText(tr("e.g. 2.611 or 12,5"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setPlaceholderText(tr("where the figure comes from (a report, its number)"));
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_enter = buttons->addButton(tr("&Enter the figure"), QDialogButtonBox::AcceptRole);
    m_enter->setObjectName(QStringLiteral("enterButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    // Enter writes and stays: the next unit's figure is typed at once.
    connect(m_enter, &QPushButton::clicked, this, [this] { enter(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_indicator->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (indicators.isEmpty())
        m_message->setText(tr("No indicator in use takes entered figures: add one under "
                              "Indicators…"));
}

void FigureDialog::setIndicator(qint64 id)
{
    m_indicator->setValue(id);
}

void FigureDialog::setUnit(qint64 id)
{
    m_unit->setValue(id);
}

std::optional<double> FigureDialog::parseValue(const QString &typed)
{
    QString text = typed.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$"));
    if (grouped.match(text).hasMatch() || text.contains(QLatin1Char(','))) {
        // The Vietnamese way: dots group thousands, a comma starts the decimals.
        text.remove(QLatin1Char('.'));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

bool FigureDialog::enter()
{
    const auto value = parseValue(m_value->text());
    if (!value) {
        m_message->setText(m_value->text().trimmed().isEmpty()
                ? tr("Type the value of the figure.")
                : tr("“%1” is not a number: type it as 2.611 or 12,5.").arg(m_value->text()));
        m_value->setFocus();
        return false;
    }
    Statistics::Figure figure;
    figure.indicatorId = m_indicator->value().toLongLong();
    figure.unitId = m_unit->value().toLongLong();
    figure.year = m_year->value();
    figure.value = *value;
    figure.note = m_note->text();
    QString error;
    if (!Statistics::enterFigure(*m_store, figure, &error)) {
        m_message->setText(error);
        return false;
    }
    ++m_entered;
    m_message->setText(tr("Entered: %1 for %2, %3.")
                           .arg(VietnameseText::formatDecimal(*value), m_unit->currentText())
                           .arg(figure.year));
    m_value->clear();
    m_note->clear();
    m_unit->setFocus();
    return true;
}

QString FigureDialog::message() const
{
    return m_message->text();
}
