#include "logindialog.h"
#include "ui_logindialog.h"

#include "storage/store.h"

#include <QFileInfo>
#include <QPushButton>

LoginDialog::LoginDialog(Store *store, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_store(store)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    // A server by its address (never with the password), a file by its name.
    const QString file = store->onServer() ? store->path() : QFileInfo(store->path()).fileName();
    const auto account = store->account();
    switch (mode) {
    case Mode::Open:
        m_ui->introLabel->setText(
            tr("The database “%1” has accounts: log in to open it.").arg(file));
        break;
    case Mode::Locked:
        m_ui->introLabel->setText(
            tr("The window is locked. Type the password of “%1” to go on where you left off, "
               "or log in as another account.")
                .arg(account ? account->name : QString()));
        if (account)
            m_ui->nameLineEdit->setText(account->name);
        m_ui->cancelButton->hide();
        break;
    case Mode::LoggedOut:
        m_ui->introLabel->setText(tr("Logged out of “%1”. Any account may log in.").arg(file));
        break;
    }
    if (m_ui->nameLineEdit->text().isEmpty())
        m_ui->nameLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
    m_ui->logInButton->setDefault(true);
    connect(m_ui->logInButton, &QPushButton::clicked, this, [this] {
        if (logIn())
            accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void LoginDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool LoginDialog::logIn()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    if (name.isEmpty()) {
        showMessage(tr("Type the account name."));
        m_ui->nameLineEdit->setFocus();
        return false;
    }
    if (m_beforeLogIn && !m_beforeLogIn(name))
        return false;
    QString error;
    if (!m_store->logIn(name, password, &error)) {
        showMessage(error);
        m_ui->passwordLineEdit->clear();
        m_ui->passwordLineEdit->setFocus();
        return false;
    }
    m_ui->passwordLineEdit->clear();
    showMessage(QString());
    return true;
}

void LoginDialog::reject()
{
    if (m_mode == Mode::Locked)
        return;
    QDialog::reject();
}
