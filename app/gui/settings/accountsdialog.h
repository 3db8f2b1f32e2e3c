#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}
class Store;

// The office's accounts (File › Accounts…): who they are, their roles and clearances, a new
// password for one, one disabled, and how long the window waits unused before it locks. While a
// file has no accounts, it explains that the first one (an administrator's) turns them on, and
// logs in as that administrator once it is added. Without the right to manage accounts nothing in
// it can be used, and the store refuses anyway.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Store *store, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Minutes without a key or a click before the window locks (setting accounts.idle_minutes,
    // 15 unless set); 0 never locks.
    static int idleMinutes(const Store &store);
    static constexpr int defaultIdleMinutes = 15;
    bool saveIdleMinutes();

    void refresh();
    QString message() const;

    // What the buttons do, for the selected account.
    void addAccount();
    void resetPassword();
    void toggleDisabled();
    void changeRole();
    // Selects the account by its name; false when it is not listed.
    bool select(const QString &name);

    void done(int result) override;

private:
    QString selectedName() const;
    void showMessage(const QString &text);
    void updateButtons();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    Store *m_store;
    bool m_allowed = false;
};
