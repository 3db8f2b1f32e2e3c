#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BackupSettingsDialog;
}
class Store;

// When automatic backups are made (on closing, daily), how many are kept, and where.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(Store *store, QWidget *parent = nullptr);
    ~BackupSettingsDialog() override;

    bool save();

private:
    std::unique_ptr<Ui::BackupSettingsDialog> m_ui;
    Store *m_store;
};
