#include "personeditor.h"
#include "ui_personeditor.h"

#include "text/vietnamesetext.h"

#include <QRegularExpression>

PersonEditor::PersonEditor(const QSqlDatabase &db, qint64 id, QWidget *parent)
    : RecordEditor(db, QStringLiteral("person"), id, parent)
    , m_ui(std::make_unique<Ui::PersonEditor>())
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit person") : tr("New person"));
    m_ui->genderComboBox->setChoices(Labels::choices(Labels::Enum::Gender));
    m_ui->genderComboBox->insertItem(0, tr("(not stated)"), QVariant());
    m_ui->unitComboBox->setRecords(db,
                                   QStringLiteral("SELECT id, name FROM unit ORDER BY sort_key"),
                                   tr("(no unit)"));

    bind(m_ui->fullNameLineEdit, "full_name");
    bind(m_ui->familyNameLineEdit, "family_name");
    bind(m_ui->middleNameLineEdit, "middle_name");
    bind(m_ui->givenNameLineEdit, "given_name");
    bind(m_ui->genderComboBox, "gender");
    bind(m_ui->titleLineEdit, "title");
    bind(m_ui->unitComboBox, "unit_id");
    bind(m_ui->phoneLineEdit, "phone");
    bind(m_ui->emailLineEdit, "email");
    bind(m_ui->notePlainTextEdit, "note");
    // Typing the full name fills in the parts; the user may correct a two-word family name.
    connect(m_ui->fullNameLineEdit, &QLineEdit::textEdited, this, &PersonEditor::splitName);
    finishSetup(m_ui->buttonBox, m_ui->messageLabel);
}

PersonEditor::~PersonEditor() = default;

void PersonEditor::splitName(const QString &fullName)
{
    const VietnameseText::NameParts parts = VietnameseText::splitFullName(fullName);
    m_ui->familyNameLineEdit->setText(parts.family);
    m_ui->middleNameLineEdit->setText(parts.middle);
    m_ui->givenNameLineEdit->setText(parts.given);
}

bool PersonEditor::validate(QString *sentence, QWidget **focus) const
{
    if (m_ui->fullNameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the person's full name.");
        *focus = m_ui->fullNameLineEdit;
        return false;
    }
    if (m_ui->givenNameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the given name (tên), used to sort the lists.");
        *focus = m_ui->givenNameLineEdit;
        return false;
    }
    if (!m_ui->unitComboBox->hasValidText()) {
        *sentence = tr("“%1” is not a unit of the directory; choose one from the list.")
                            .arg(m_ui->unitComboBox->currentText());
        *focus = m_ui->unitComboBox;
        return false;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString typedEmail = m_ui->emailLineEdit->text().trimmed();
    if (!typedEmail.isEmpty() && !email.match(typedEmail).hasMatch()) {
        *sentence = tr("“%1” is not an e-mail address.").arg(typedEmail);
        *focus = m_ui->emailLineEdit;
        return false;
    }
    static const QRegularExpression phone(QStringLiteral("^[0-9 +().-]*$"));
    if (!phone.match(m_ui->phoneLineEdit->text()).hasMatch()) {
        *sentence = tr("A phone number has only digits, spaces and + ( ) . -");
        *focus = m_ui->phoneLineEdit;
        return false;
    }
    return true;
}
