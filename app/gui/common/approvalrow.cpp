#include "approvalrow.h"

#include "rolegate.h"
#include "storage/approvals.h"
#include "storage/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

ApprovalRow::ApprovalRow(
    Store *store, const QString &table, const QString &buttonText, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(table)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(buttonText, this))
{
    setObjectName(QStringLiteral("approvalRow"));
    m_label->setObjectName(QStringLiteral("approvalLabel"));
    m_label->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("approveButton"));
    m_button->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    RoleGate::gate(m_button, store, Access::Action::Approve);
    connect(m_button, &QPushButton::clicked, this, &ApprovalRow::approve);
    setRecord(0);
}

void ApprovalRow::setRecord(qint64 id)
{
    m_id = id;
    const auto approval = id ? Approvals::approval(*m_store, m_table, id) : std::nullopt;
    if (approval)
        m_label->setText(Approvals::describe(m_table, *approval));
    else if (!id)
        m_label->setText(tr("Not approved yet: a leader approves it once it is saved."));
    else
        m_label->setText(tr("Not approved yet."));
    m_button->setEnabled(id != 0 && !approval && !m_store->isReadOnly());
}

bool ApprovalRow::approve()
{
    if (!m_id || !RoleGate::demand(this, m_store, Access::Action::Approve))
        return false;
    QString error;
    if (!Approvals::approve(*m_store, m_table, m_id, &error)) {
        QMessageBox::warning(this, m_button->text().remove(QLatin1Char('&')), error);
        setRecord(m_id);
        return false;
    }
    setRecord(m_id);
    emit approved();
    return true;
}

QString ApprovalRow::text() const
{
    return m_label->text();
}
