#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include "accountdialog.h"
#include "core/labels.h"
#include "storage/accounts.h"
#include "storage/store.h"

#include <QHeaderView>
#include <QPushButton>

namespace {

const QString idleKey = QStringLiteral("accounts.idle_minutes");

enum Column { NameColumn, FullNameColumn, RoleColumn, ClearanceColumn, StateColumn };

} // namespace

AccountsDialog::AccountsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->accountsTableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Full name"), tr("Role"), tr("Clearance"), tr("State")});
    QHeaderView *header = m_ui->accountsTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FullNameColumn, QHeaderView::Stretch);
    m_ui->accountsTableWidget->verticalHeader()->hide();
    m_ui->accountsTableWidget->verticalHeader()->setDefaultSectionSize(
        m_ui->accountsTableWidget->fontMetrics().height() + 12);
    m_ui->idleMinutesSpinBox->setSpecialValueText(tr("never"));
    m_ui->idleMinutesSpinBox->setSuffix(tr(" min"));
    m_ui->idleMinutesSpinBox->setValue(idleMinutes(*store));

    QString why;
    m_allowed = store->allows(Access::Action::ManageAccounts, &why) && !store->isReadOnly();
    if (!m_allowed)
        showMessage(store->isReadOnly() ? store->readOnlyReason() : why);
    m_ui->idleMinutesSpinBox->setEnabled(m_allowed && store->accountsEnabled());

    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &AccountsDialog::changeRole);
    connect(m_ui->idleMinutesSpinBox, &QSpinBox::editingFinished, this,
        &AccountsDialog::saveIdleMinutes);
    connect(m_ui->accountsTableWidget, &QTableWidget::itemSelectionChanged, this,
        &AccountsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

AccountsDialog::~AccountsDialog() = default;

int AccountsDialog::idleMinutes(const Store &store)
{
    const QVariant stored = store.setting(idleKey);
    bool ok = false;
    const int minutes = stored.toInt(&ok);
    return stored.isNull() || !ok || minutes < 0 ? defaultIdleMinutes : minutes;
}

bool AccountsDialog::saveIdleMinutes()
{
    const int minutes = m_ui->idleMinutesSpinBox->value();
    if (!m_allowed || !m_store->accountsEnabled() || minutes == idleMinutes(*m_store))
        return true;
    QString error;
    if (!m_store->setSetting(idleKey, minutes, &error)) {
        showMessage(error);
        return false;
    }
    return true;
}

void AccountsDialog::done(int result)
{
    saveIdleMinutes();
    QDialog::done(result);
}

QString AccountsDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void AccountsDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void AccountsDialog::refresh()
{
    const QString selected = selectedName();
    const bool enabled = m_store->accountsEnabled();
    m_ui->offLabel->setVisible(!enabled);
    m_ui->addButton->setText(enabled ? tr("&Add…") : tr("&Add the administrator…"));
    m_ui->idleMinutesSpinBox->setEnabled(m_allowed && enabled);
    QTableWidget *table = m_ui->accountsTableWidget;
    const QList<Accounts::Entry> accounts
        = m_allowed ? Accounts::list(*m_store) : QList<Accounts::Entry>();
    table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const Accounts::Entry &account = accounts.at(row);
        const QStringList cells {account.name, account.fullName, Access::label(account.role),
            Labels::label(Labels::Enum::Secrecy, account.clearance),
            account.disabled ? tr("Disabled") : tr("In use")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column == NameColumn)
                item->setData(Qt::UserRole, account.disabled);
            table->setItem(row, column, item);
        }
    }
    if (!select(selected) && table->rowCount() > 0)
        table->selectRow(0);
    updateButtons();
}

bool AccountsDialog::select(const QString &name)
{
    QTableWidget *table = m_ui->accountsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!name.isEmpty()
            && Store::accountKey(table->item(row, NameColumn)->text()) == Store::accountKey(name)) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString AccountsDialog::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_ui->accountsTableWidget->selectedItems();
    if (items.isEmpty())
        return QString();
    return m_ui->accountsTableWidget->item(items.first()->row(), NameColumn)->text();
}

void AccountsDialog::updateButtons()
{
    const bool chosen = m_allowed && !selectedName().isEmpty();
    m_ui->addButton->setEnabled(m_allowed);
    m_ui->resetButton->setEnabled(chosen);
    m_ui->disableButton->setEnabled(chosen);
    m_ui->changeRoleButton->setEnabled(chosen);
    const QList<QTableWidgetItem *> items = m_ui->accountsTableWidget->selectedItems();
    const bool disabled = !items.isEmpty()
        && m_ui->accountsTableWidget->item(items.first()->row(), NameColumn)
               ->data(Qt::UserRole)
               .toBool();
    m_ui->disableButton->setText(disabled ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::addAccount()
{
    QString error;
    if (!m_store->demand(Access::Action::ManageAccounts, &error)) {
        showMessage(error);
        return;
    }
    const bool first = !m_store->accountsEnabled();
    AccountDialog dialog(m_store, AccountDialog::Mode::Add, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The administrator who turned accounts on goes on as that account.
    if (first && !m_store->logIn(dialog.account().name, dialog.password(), &error)) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    refresh();
    select(dialog.account().name);
}

void AccountsDialog::resetPassword()
{
    const auto account = Accounts::find(*m_store, selectedName());
    if (!account)
        return;
    AccountDialog dialog(m_store, AccountDialog::Mode::ResetPassword, *account, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(QString());
}

void AccountsDialog::toggleDisabled()
{
    const auto account = Accounts::find(*m_store, selectedName());
    if (!account)
        return;
    QString error;
    if (!Accounts::setDisabled(*m_store, account->name, !account->disabled, &error)) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    refresh();
}

void AccountsDialog::changeRole()
{
    const auto account = Accounts::find(*m_store, selectedName());
    if (!account)
        return;
    AccountDialog dialog(m_store, AccountDialog::Mode::ChangeRole, *account, this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(QString());
        refresh();
    }
}
