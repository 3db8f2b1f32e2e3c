#include "uniteditor.h"
#include "ui_uniteditor.h"

#include "models/lookups.h"
#include "storage/store.h"

UnitEditor::UnitEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("unit"), id, parent)
    , m_ui(std::make_unique<Ui::UnitEditor>())
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit unit") : tr("New unit"));
    m_ui->kindComboBox->setChoices(Labels::choices(Labels::Enum::UnitKind));
    // A unit is never offered as its own superior or successor.
    const QList<Lookups::Item> units = Lookups::units(*store, id);
    m_ui->parentComboBox->setItems(units, tr("(top level)"));
    m_ui->successorComboBox->setItems(units, tr("(none)"));

    bind(m_ui->nameLineEdit, "name");
    bind(m_ui->shortNameLineEdit, "short_name");
    bind(m_ui->kindComboBox, "kind");
    bind(m_ui->issuerCodeLineEdit, "issuer_code");
    bind(m_ui->placeNameLineEdit, "place_name");
    bind(m_ui->parentComboBox, "parent_id");
    bind(m_ui->validFromDateEdit, "valid_from");
    bind(m_ui->validToDateEdit, "valid_to");
    bind(m_ui->successorComboBox, "successor_id");
    bind(m_ui->notePlainTextEdit, "note");
    finishSetup(m_ui->buttonBox, m_ui->messageLabel);
    setInitialValues({{QStringLiteral("kind"), QStringLiteral("party_committee")}});
}

UnitEditor::~UnitEditor() = default;

bool UnitEditor::isBelowThisUnit(const QVariant &unitId) const
{
    return recordId() && !unitId.isNull()
        && Lookups::isBelow(*store(), recordId(), unitId.toLongLong());
}

bool UnitEditor::validate(QString *sentence, QWidget **focus) const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the name of the unit.");
        *focus = m_ui->nameLineEdit;
        return false;
    }
    if (isBelowThisUnit(m_ui->parentComboBox->value())) {
        *sentence = tr("“%1” is under this unit, so it cannot be its superior unit.")
                        .arg(m_ui->parentComboBox->currentText());
        *focus = m_ui->parentComboBox;
        return false;
    }
    if (m_ui->validFromDateEdit->date().isValid() && m_ui->validToDateEdit->date().isValid()
        && m_ui->validToDateEdit->date() < m_ui->validFromDateEdit->date()) {
        *sentence = tr("“Valid until” cannot be before “Valid from”.");
        *focus = m_ui->validToDateEdit;
        return false;
    }
    if (!m_ui->successorComboBox->value().isNull() && m_ui->validToDateEdit->isEmpty()) {
        *sentence = tr("A unit that was succeeded needs the date until which it was valid.");
        *focus = m_ui->validToDateEdit;
        return false;
    }
    return true;
}
