#pragma once

#include "storage/accounts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountDialog;
}
class Store;

// One account's form in the accounts dialog: a new account, a new password for one, or its role
// and clearance. Passwords are typed twice and never shown. Save asks the store (which refuses
// anyone without the right to manage accounts) and stays open with the sentence when refused.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, ResetPassword, ChangeRole };
    // `account` is the one reset or changed (its name, role and clearance); for Add, the first
    // account of a file is an administrator's and its role is fixed.
    AccountDialog(
        Store *store, Mode mode, const Accounts::Entry &account = {}, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Writes through Accounts; false, with the sentence shown, when anything is refused.
    bool save();
    QString message() const;
    // The account as saved (the name typed for Add).
    Accounts::Entry account() const { return m_account; }
    // The password typed, so that the first administrator can be logged in right away.
    QString password() const;

private:
    void showMessage(const QString &text);

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Store *m_store;
    Mode m_mode;
    Accounts::Entry m_account;
};
