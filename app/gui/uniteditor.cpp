#include "uniteditor.h"
#include "ui_uniteditor.h"

#include <QSqlQuery>

UnitEditor::UnitEditor(const QSqlDatabase &db, qint64 id, QWidget *parent)
    : RecordEditor(db, QStringLiteral("unit"), id, parent)
    , m_ui(std::make_unique<Ui::UnitEditor>())
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit unit") : tr("New unit"));
    m_ui->kindComboBox->setChoices(Labels::choices(Labels::Enum::UnitKind));
    // A unit is never offered as its own superior or successor.
    const QString units = QStringLiteral("SELECT id, name FROM unit WHERE id <> %1 "
                                         "ORDER BY sort_key")
                                  .arg(id);
    m_ui->parentComboBox->setRecords(db, units, tr("(top level)"));
    m_ui->successorComboBox->setRecords(db, units, tr("(none)"));

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
    if (!id)
        m_ui->kindComboBox->setValue(QStringLiteral("party_committee"));
    setDirty(false);
}

UnitEditor::~UnitEditor() = default;

bool UnitEditor::isBelowThisUnit(const QVariant &unitId) const
{
    if (!recordId() || unitId.isNull())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
            "WITH RECURSIVE below(id) AS (SELECT id FROM unit WHERE parent_id = ? "
            "UNION SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id) "
            "SELECT count(*) FROM below WHERE id = ?"));
    query.addBindValue(recordId());
    query.addBindValue(unitId);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

bool UnitEditor::validate(QString *sentence, QWidget **focus) const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the name of the unit.");
        *focus = m_ui->nameLineEdit;
        return false;
    }
    for (ValueComboBox *combo : {m_ui->parentComboBox, m_ui->successorComboBox}) {
        if (!combo->hasValidText()) {
            *sentence = tr("“%1” is not a unit of the directory; choose one from the list.")
                                .arg(combo->currentText());
            *focus = combo;
            return false;
        }
    }
    if (isBelowThisUnit(m_ui->parentComboBox->value())) {
        *sentence = tr("“%1” is under this unit, so it cannot be its superior unit.")
                            .arg(m_ui->parentComboBox->currentText());
        *focus = m_ui->parentComboBox;
        return false;
    }
    if (!m_ui->validFromDateEdit->isEmpty() && !m_ui->validToDateEdit->isEmpty()
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
