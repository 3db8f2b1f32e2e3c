#include "accountdialog.h"
#include "ui_accountdialog.h"

#include "core/labels.h"
#include "storage/store.h"

#include <QPushButton>

AccountDialog::AccountDialog(
    Store *store, Mode mode, const Accounts::Entry &account, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_store(store)
    , m_mode(mode)
    , m_account(account)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    for (const Access::Role role : Access::roles())
        m_ui->roleComboBox->addItem(Access::label(role), int(role));
    for (const QString &clearance : Access::clearances())
        m_ui->clearanceComboBox->addItem(
            Labels::label(Labels::Enum::Secrecy, clearance), clearance);
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->repeatLineEdit->setEchoMode(QLineEdit::Password);

    const bool first = mode == Mode::Add && !store->accountsEnabled();
    const QList<QWidget *> identity
        = {m_ui->nameLabel, m_ui->nameLineEdit, m_ui->fullNameLabel, m_ui->fullNameLineEdit};
    const QList<QWidget *> rights
        = {m_ui->roleLabel, m_ui->roleComboBox, m_ui->clearanceLabel, m_ui->clearanceComboBox};
    const QList<QWidget *> secret = {m_ui->passwordLabel, m_ui->passwordLineEdit, m_ui->repeatLabel,
        m_ui->repeatLineEdit, m_ui->passwordHintLabel};
    const auto show = [](const QList<QWidget *> &widgets, bool visible) {
        for (QWidget *widget : widgets)
            widget->setVisible(visible);
    };
    m_ui->passwordHintLabel->setText(
        tr("At least %n characters. Nobody can read it afterwards, not even an administrator: "
           "a forgotten password is replaced by a new one.",
            nullptr, Accounts::shortestPassword));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("New account"));
        m_ui->introLabel->setText(first
                ? tr("The first account turns accounts on and is an administrator's: from then "
                     "on the program asks for a name and password, and this administrator adds "
                     "the others.")
                : tr("The role decides what the account may do; the clearance, the highest "
                     "secrecy level it may read."));
        m_ui->roleComboBox->setCurrentIndex(
            m_ui->roleComboBox->findData(int(first ? Access::Role::Admin : Access::Role::Staff)));
        m_ui->roleComboBox->setEnabled(!first);
        m_ui->clearanceComboBox->setCurrentIndex(m_ui->clearanceComboBox->findData(
            first ? QStringLiteral("top_secret") : QStringLiteral("none")));
        m_ui->nameLineEdit->setFocus();
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("New password"));
        m_ui->introLabel->setText(
            tr("A new password for “%1”. Tell it to the account's owner in person.")
                .arg(account.name));
        show(identity, false);
        show(rights, false);
        m_ui->passwordLineEdit->setFocus();
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Role and clearance"));
        m_ui->introLabel->setText(
            tr("The role and clearance of “%1” take effect at its next log-in.").arg(account.name));
        show(identity, false);
        show(secret, false);
        m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(int(account.role)));
        m_ui->clearanceComboBox->setCurrentIndex(
            qMax(0, m_ui->clearanceComboBox->findData(account.clearance)));
        m_ui->roleComboBox->setFocus();
        break;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!store->isReadOnly());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

AccountDialog::~AccountDialog() = default;

QString AccountDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString AccountDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

void AccountDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool AccountDialog::save()
{
    QString error;
    if (m_mode != Mode::ChangeRole) {
        const QString password = m_ui->passwordLineEdit->text();
        if (const QString problem = Accounts::passwordProblem(password); !problem.isEmpty()) {
            showMessage(problem);
            m_ui->passwordLineEdit->setFocus();
            return false;
        }
        if (m_ui->repeatLineEdit->text() != password) {
            showMessage(tr("The two passwords differ: type the same password twice."));
            m_ui->repeatLineEdit->clear();
            m_ui->repeatLineEdit->setFocus();
            return false;
        }
    }
    const auto role = Access::Role(m_ui->roleComboBox->currentData().toInt());
    const QString clearance = m_ui->clearanceComboBox->currentData().toString();
    bool done = false;
    switch (m_mode) {
    case Mode::Add: {
        Accounts::Entry entry;
        entry.name = m_ui->nameLineEdit->text().trimmed();
        entry.fullName = m_ui->fullNameLineEdit->text().trimmed();
        entry.role = role;
        entry.clearance = clearance;
        if (const auto id = Accounts::add(*m_store, entry, password(), &error)) {
            entry.id = *id;
            m_account = entry;
            done = true;
        }
        break;
    }
    case Mode::ResetPassword:
        done = Accounts::reset(*m_store, m_account.name, password(), &error);
        break;
    case Mode::ChangeRole:
        done = Accounts::change(*m_store, m_account.name, role, clearance, &error);
        if (done) {
            m_account.role = role;
            m_account.clearance = clearance;
        }
        break;
    }
    showMessage(done ? QString() : error);
    return done;
}
