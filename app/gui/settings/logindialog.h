#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class LoginDialog;
}
class Store;

// The account name and password, asked before the window shows any record of a file that has
// accounts, and again when the window is locked. A wrong password keeps the dialog open with the
// store's sentence and nothing else; a right one logs the store in and accepts.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Open, // a file with accounts was opened: Cancel closes it
        Locked, // the window locked itself: the same account's password, or another account
        LoggedOut, // the account logged out: any account; Cancel closes the file
    };
    LoginDialog(Store *store, Mode mode, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    // Asked with the name typed before the store checks the password; false keeps the dialog as
    // it is (the check said why, or asked).
    void setBeforeLogIn(std::function<bool(const QString &name)> check)
    {
        m_beforeLogIn = std::move(check);
    }
    QString message() const;

    // Logs in with what is typed; on failure shows the sentence and empties the password.
    bool logIn();

public slots:
    // A locked window has no Cancel: Esc and closing leave it locked.
    void reject() override;

private:
    void showMessage(const QString &text);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Store *m_store;
    Mode m_mode;
    std::function<bool(const QString &)> m_beforeLogIn;
};
