#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class Store;

// The line of an editor where a leader approves (a commendation's decision, an inspection
// target's conclusion): who approved it and when, or a button to approve it, enabled only for a
// role with Access::Action::Approve (RoleGate).
class ApprovalRow : public QWidget
{
    Q_OBJECT

public:
    ApprovalRow(Store *store, const QString &table, const QString &buttonText, QWidget *parent);

    // The record shown (0: a new one, not yet approvable).
    void setRecord(qint64 id);
    // Approves the record shown; false, with the sentence shown in a message box, when refused.
    bool approve();
    QString text() const;
    QPushButton *button() const { return m_button; }

signals:
    void approved();

private:
    Store *m_store;
    QString m_table;
    qint64 m_id = 0;
    QLabel *m_label;
    QPushButton *m_button;
};
