#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RemedyHistoryDialog;
}
class RemedyEventDialog;
class Store;

// A recommendation as it is followed up: its content, target, inspection, responsible unit,
// deadline and status, and its history in order (read-only: events are written once). Its
// buttons record a remedy report, a reminder or a re-check, each where the rules allow one.
class RemedyHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RemedyHistoryDialog(Store *store, qint64 recommendationId, QWidget *parent = nullptr);
    ~RemedyHistoryDialog() override;

    qint64 recommendationId() const { return m_id; }
    // Opens the form of an event ("report", "reminder", "recheck") window-modal and returns it
    // at once; the history is read again once it is recorded.
    RemedyEventDialog *recordEvent(const QString &kind);
    // The history's lines as shown, in order ("05/11/2026 — Remedy report received — …").
    QStringList lines() const;
    void reload();

signals:
    void recorded(qint64 eventId);

private:
    std::unique_ptr<Ui::RemedyHistoryDialog> m_ui;
    Store *m_store;
    qint64 m_id;
};
