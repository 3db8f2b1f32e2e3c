#include "legaldocumenteditor.h"
#include "ui_legaldocumenteditor.h"

#include "models/lookups.h"
#include "storage/store.h"

#include <QRegularExpression>

namespace {
// number [letter] - type / issuer, e.g. 39-CT/TW, 01-HD/BTCTW, 58-QĐ/TW, 15-QC/TU.
const QRegularExpression &partyCode()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+[a-z]?-([\\p{L}]+)/[\\p{L}\\d]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}
} // namespace

LegalDocumentEditor::LegalDocumentEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("legal_document"), id, parent)
    , m_ui(std::make_unique<Ui::LegalDocumentEditor>())
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit document") : tr("New document"));
    m_ui->typeComboBox->setItems(Lookups::documentTypes(*store));
    m_ui->issuerComboBox->setItems(Lookups::units(*store), tr("(not stated)"));

    bind(m_ui->codeLineEdit, "code");
    bind(m_ui->typeComboBox, "type_code");
    bind(m_ui->issuerComboBox, "issuer_unit_id");
    bind(m_ui->issuedOnDateEdit, "issued_on");
    bind(m_ui->excerptPlainTextEdit, "excerpt");
    bind(m_ui->notePlainTextEdit, "note");
    connect(m_ui->codeLineEdit, &QLineEdit::textEdited, this, &LegalDocumentEditor::guessType);
    finishSetup(m_ui->buttonBox, m_ui->messageLabel);
}

LegalDocumentEditor::~LegalDocumentEditor() = default;

bool LegalDocumentEditor::isPartyCode(const QString &code)
{
    return partyCode().match(code.trimmed()).hasMatch();
}

void LegalDocumentEditor::guessType(const QString &code)
{
    const QRegularExpressionMatch match = partyCode().match(code.trimmed());
    if (match.hasMatch())
        m_ui->typeComboBox->setValue(match.captured(1));
}

bool LegalDocumentEditor::validate(QString *sentence, QWidget **focus) const
{
    const QString code = m_ui->codeLineEdit->text().trimmed();
    if (code.isEmpty()) {
        *sentence = tr("Enter the number and code, e.g. 39-CT/TW.");
        *focus = m_ui->codeLineEdit;
        return false;
    }
    if (!isPartyCode(code)) {
        *sentence = tr("“%1” is not written like a Party document's number and code: "
                       "number, hyphen, type, slash, issuer — e.g. 39-CT/TW.")
                        .arg(code);
        *focus = m_ui->codeLineEdit;
        return false;
    }
    if (m_ui->typeComboBox->value().isNull()) {
        *sentence = tr("Choose the type of the document.");
        *focus = m_ui->typeComboBox;
        return false;
    }
    return true;
}
