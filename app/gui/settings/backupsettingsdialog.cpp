#include "backupsettingsdialog.h"
#include "ui_backupsettingsdialog.h"

#include "gui/common/filedialogs.h"
#include "storage/backup.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

BackupSettingsDialog::BackupSettingsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupSettingsDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    const Backup::Settings settings = Backup::settings(*store);
    m_ui->onCloseCheckBox->setChecked(settings.onClose);
    m_ui->dailyCheckBox->setChecked(settings.daily);
    m_ui->keepSpinBox->setValue(settings.keep);
    m_ui->folderLineEdit->setText(QDir::toNativeSeparators(Backup::folderOf(*store, settings)));
    const QStringList made = Backup::automaticBackups(*store);
    m_ui->latestLabel->setText(made.isEmpty()
            ? tr("No automatic backup has been made yet.")
            : tr("%n automatic backup(s) kept; the newest is %1.", nullptr, int(made.size()))
                  .arg(QFileInfo(made.first()).fileName()));
    m_ui->messageLabel->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::chooseFolder(
            this, tr("Folder for automatic backups"), m_ui->folderLineEdit->text());
        if (!folder.isEmpty())
            m_ui->folderLineEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!store->isReadOnly());
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

bool BackupSettingsDialog::save()
{
    Backup::Settings settings;
    settings.onClose = m_ui->onCloseCheckBox->isChecked();
    settings.daily = m_ui->dailyCheckBox->isChecked();
    settings.keep = m_ui->keepSpinBox->value();
    const QString folder
        = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->folderLineEdit->text().trimmed()));
    Backup::Settings defaults;
    settings.folder
        = folder == QDir::cleanPath(Backup::folderOf(*m_store, defaults)) ? QString() : folder;
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        m_ui->messageLabel->setText(
            tr("The folder “%1” cannot be made.").arg(QDir::toNativeSeparators(folder)));
        m_ui->messageLabel->show();
        return false;
    }
    QString error;
    if (!Backup::saveSettings(*m_store, settings, &error)) {
        m_ui->messageLabel->setText(error);
        m_ui->messageLabel->show();
        return false;
    }
    return true;
}
