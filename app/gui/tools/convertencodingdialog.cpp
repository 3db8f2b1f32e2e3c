#include "convertencodingdialog.h"
#include "ui_convertencodingdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

ConvertEncodingDialog::ConvertEncodingDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConvertEncodingDialog>())
{
    m_ui->setupUi(this);
    m_ui->encodingComboBox->addItem(tr("Detect by itself"), int(LegacyEncoding::None));
    for (const LegacyEncoding encoding :
        {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Windows1258})
        m_ui->encodingComboBox->addItem(legacy::name(encoding), int(encoding));
    m_copyButton = m_ui->buttonBox->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Put the Unicode text on the clipboard"));
    m_ui->sourcePlainTextEdit->setPlaceholderText(
        tr("For example: Hµ Néi, ngµy 05 th¸ng 02 n¨m 2026"));
    connect(m_ui->sourcePlainTextEdit, &QPlainTextEdit::textChanged, this,
        &ConvertEncodingDialog::convert);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this,
        &ConvertEncodingDialog::convert);
    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(convertedText()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
    convert();
}

ConvertEncodingDialog::~ConvertEncodingDialog() = default;

void ConvertEncodingDialog::setSourceText(const QString &text)
{
    m_ui->sourcePlainTextEdit->setPlainText(text);
}

QString ConvertEncodingDialog::convertedText() const
{
    return m_ui->resultPlainTextEdit->toPlainText();
}

void ConvertEncodingDialog::setEncoding(LegacyEncoding encoding)
{
    m_ui->encodingComboBox->setCurrentIndex(
        qMax(0, m_ui->encodingComboBox->findData(int(encoding))));
}

QString ConvertEncodingDialog::detectedText() const
{
    return m_ui->detectedLabel->text();
}

void ConvertEncodingDialog::convert()
{
    const QString source = m_ui->sourcePlainTextEdit->toPlainText();
    const auto chosen = LegacyEncoding(m_ui->encodingComboBox->currentData().toInt());
    const LegacyEncoding detected = legacy::detect(source);
    m_used = chosen == LegacyEncoding::None ? detected : chosen;
    QString detectedText;
    if (source.trimmed().isEmpty())
        detectedText = tr("Paste or type the text above.");
    else if (detected == LegacyEncoding::None)
        detectedText = tr("Found: Unicode — no old font encoding in this text.");
    else
        detectedText = tr("Found: %1").arg(legacy::name(detected));
    m_ui->detectedLabel->setText(detectedText);
    m_ui->resultPlainTextEdit->setPlainText(
        m_used == LegacyEncoding::None ? source : legacy::toUnicode(source, m_used));
    m_copyButton->setEnabled(!source.isEmpty());
}
