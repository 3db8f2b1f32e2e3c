#include "remedyeventdialog.h"
#include "ui_remedyeventdialog.h"

#include "core/clock.h"
#include "core/labels.h"
#include "gui/common/filedialogs.h"
#include "storage/attachmentstore.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

RemedyEventDialog::RemedyEventDialog(
    Store *store, qint64 recommendationId, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RemedyEventDialog>())
    , m_store(store)
    , m_recommendationId(recommendationId)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    const QString title = kind == QLatin1String("report") ? tr("Record a remedy report")
        : kind == QLatin1String("reminder")               ? tr("Record a reminder")
                                                          : tr("Record the re-check result");
    setWindowTitle(title);
    const QString content = store
                                ->value(QStringLiteral("SELECT content FROM recommendation "
                                                       "WHERE id = ?"),
                                    {recommendationId})
                                .toString();
    const QString current = store
                                ->value(QStringLiteral("SELECT status FROM recommendation "
                                                       "WHERE id = ?"),
                                    {recommendationId})
                                .toString();
    m_ui->recommendationLabel->setText(
        tr("Recommendation: %1").arg(VietnameseText::elide(content, 300)));
    m_ui->contentLabel->setText(kind == QLatin1String("report") ? tr("What was &done:")
            : kind == QLatin1String("reminder")                 ? tr("What it &asks:")
                                                                : tr("What was &found:"));
    m_ui->dateLineEdit->setValue(store->clock()->today().toString(Qt::ISODate));
    for (const QString &code : Remedies::statusesAfter(kind, current))
        m_ui->statusComboBox->addItem(
            Labels::label(Labels::Enum::RecommendationStatus, code), code);
    // A reminder leaves the status as it is: nothing to choose.
    m_ui->statusComboBox->setEnabled(m_ui->statusComboBox->count() > 1);
    m_ui->errorLabel->setVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_ui->clearFileButton->setEnabled(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RemedyEventDialog::accept);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &RemedyEventDialog::chooseFile);
    connect(m_ui->clearFileButton, &QPushButton::clicked, this, [this] { setFile({}, {}); });
    m_ui->contentPlainTextEdit->setFocus();
}

RemedyEventDialog::~RemedyEventDialog() = default;

QString RemedyEventDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void RemedyEventDialog::setFile(const QString &fileName, const QByteArray &bytes)
{
    m_fileName = fileName;
    m_fileBytes = bytes;
    m_ui->fileLineEdit->setText(fileName.isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(fileName, AttachmentStore::formatSize(bytes.size())));
    m_ui->clearFileButton->setEnabled(!fileName.isEmpty());
}

void RemedyEventDialog::chooseFile()
{
    const QString path
        = FileDialogs::openFile(this, tr("Attach a file"), QDir::homePath(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto bytes = AttachmentStore::readFile(path, &error);
    if (!bytes) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    setFile(QFileInfo(path).fileName(), *bytes);
}

void RemedyEventDialog::accept()
{
    const auto refuse = [this](const QString &sentence) {
        m_ui->errorLabel->setText(sentence);
        m_ui->errorLabel->setVisible(true);
    };
    if (!m_ui->dateLineEdit->isValid()) {
        refuse(m_ui->dateLineEdit->errorString());
        m_ui->dateLineEdit->setFocus();
        return;
    }
    Remedies::Event event;
    event.kind = m_kind;
    event.occurredOn = m_ui->dateLineEdit->date();
    event.content = m_ui->contentPlainTextEdit->toPlainText();
    event.statusAfter = m_ui->statusComboBox->currentData().toString();
    QString error;
    // The event and its file are written together, or neither.
    Store::Write write(m_store);
    if (!write.isActive()) {
        refuse(write.errorString());
        return;
    }
    const auto id = Remedies::record(*m_store, m_recommendationId, event, &error);
    if (!id) {
        refuse(error);
        return;
    }
    if (!m_fileName.isEmpty()) {
        const QString kind = m_kind == QLatin1String("report") ? QStringLiteral("report")
            : m_kind == QLatin1String("recheck")               ? QStringLiteral("minutes")
                                                               : QStringLiteral("other");
        if (!AttachmentStore::add(*m_store, QStringLiteral("remedy_event_id"), *id, m_fileName,
                kind, m_fileBytes, &error)) {
            refuse(error);
            return;
        }
    }
    if (!write.commit(&error)) {
        refuse(error);
        return;
    }
    m_recordedId = *id;
    QDialog::accept();
}
