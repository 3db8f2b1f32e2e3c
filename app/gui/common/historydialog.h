#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}
class Store;

// A record's history in words: who changed what, when, newest first; the rows it owns
// (participants, programme…) are in it too.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const Store *store, const QString &table, qint64 id, const QString &title,
        QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // The lines as shown ("10:42 01/12/2026 — nva — …"), newest first.
    QStringList lines() const;

private:
    std::unique_ptr<Ui::HistoryDialog> m_ui;
};
