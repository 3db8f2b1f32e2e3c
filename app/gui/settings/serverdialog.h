#pragma once

#include <QDialog>
#include <QSettings>

#include <memory>

namespace Ui {
class ServerDialog;
}
class Store;

// File › Connect to server…: where the office's database is on a PostgreSQL server and the
// account that connects. Connect opens it; a failure keeps the dialog open with what was typed
// and the server's sentence. The server, port, database and account are remembered on this PC
// for the next time, the password never: it goes into the connection only.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);
    ~ServerDialog() override;

    // Fills the fields from an address whose server asked for a password it did not give (the
    // command line's), and asks for the password.
    void setAddress(const QString &address);
    // postgresql://account@server:port/database as typed, every part escaped; the password only
    // when asked for (the connection's own address, never shown).
    QString address(bool withPassword = false) const;
    QString message() const;

    // Connects with what is typed. A database that holds no tables yet (one the administrator
    // has just made) is filled with Secretariat's only after a question. On failure the sentence
    // shows and every field keeps what was typed.
    bool connectToServer();
    // The store connected to, for the window to work on; nullptr before a connection.
    std::unique_ptr<Store> takeStore();

private:
    bool askToFill();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::ServerDialog> m_ui;
    // The program's own settings on this PC (a database's settings are in the database).
    QSettings m_settings;
    std::unique_ptr<Store> m_store;
};
