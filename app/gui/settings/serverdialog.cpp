#include "serverdialog.h"
#include "ui_serverdialog.h"

#include "storage/store.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace {

const QString hostKey = QStringLiteral("server/host");
const QString portKey = QStringLiteral("server/port");
const QString databaseKey = QStringLiteral("server/database");
const QString accountKey = QStringLiteral("server/account");

} // namespace

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerDialog>())
    // QSettings wants an organisation; the program is its own.
    , m_settings(QSettings::UserScope, QCoreApplication::applicationName(),
          QCoreApplication::applicationName())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("The office's database on a PostgreSQL server: the administrator tells you the "
           "server, the database and your account."));
    m_ui->messageLabel->hide();
    m_ui->hostLineEdit->setText(m_settings.value(hostKey).toString());
    m_ui->portSpinBox->setValue(m_settings.value(portKey, 5432).toInt());
    m_ui->databaseLineEdit->setText(m_settings.value(databaseKey).toString());
    m_ui->accountLineEdit->setText(m_settings.value(accountKey).toString());
    QLineEdit *first = m_ui->passwordLineEdit;
    for (QLineEdit *field : {m_ui->accountLineEdit, m_ui->databaseLineEdit, m_ui->hostLineEdit}) {
        if (field->text().isEmpty())
            first = field;
    }
    first->setFocus();
    m_ui->connectButton->setDefault(true);
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        if (connectToServer())
            accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setAddress(const QString &address)
{
    const QUrl url(address);
    m_ui->hostLineEdit->setText(url.host());
    m_ui->portSpinBox->setValue(url.port(5432));
    m_ui->databaseLineEdit->setText(url.path().mid(1));
    m_ui->accountLineEdit->setText(url.userName());
    m_ui->passwordLineEdit->clear();
    m_ui->introLabel->setText(
        tr("The server asks for the password of the account “%1”.").arg(url.userName()));
    m_ui->passwordLineEdit->setFocus();
}

QString ServerDialog::address(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_ui->accountLineEdit->text().trimmed());
    if (withPassword)
        url.setPassword(m_ui->passwordLineEdit->text());
    url.setHost(m_ui->hostLineEdit->text().trimmed());
    url.setPort(m_ui->portSpinBox->value());
    url.setPath(QLatin1Char('/') + m_ui->databaseLineEdit->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString ServerDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void ServerDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool ServerDialog::connectToServer()
{
    const std::pair<QLineEdit *, QString> needed[] = {
        {m_ui->hostLineEdit, tr("Type the server's name or IP address.")},
        {m_ui->databaseLineEdit, tr("Type the name of the database on the server.")},
        {m_ui->accountLineEdit, tr("Type your account on the server.")},
    };
    for (const auto &[field, sentence] : needed) {
        if (field->text().trimmed().isEmpty()) {
            showMessage(sentence);
            field->setFocus();
            return false;
        }
    }
    auto store = std::make_unique<Store>();
    const QString address = this->address(true);
    QString error;
    const auto open = [&](Store::OpenMode mode) {
        // A server that does not answer keeps the window waiting up to the connection's timeout.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool done = store->open(address, mode, &error);
        QApplication::restoreOverrideCursor();
        return done;
    };
    bool opened = open(Store::OpenMode::MustExist);
    if (!opened && store->openProblem() == Store::OpenProblem::EmptyServerDatabase && askToFill())
        opened = open(Store::OpenMode::CreateIfMissing);
    if (!opened) {
        // libpq's "fe_sendauth: no password supplied" says it to a programmer.
        const bool passwordMissing = store->openProblem() == Store::OpenProblem::PasswordMissing;
        showMessage(
            passwordMissing ? tr("The server asks for the password of this account.") : error);
        if (passwordMissing)
            m_ui->passwordLineEdit->setFocus();
        return false;
    }
    m_settings.setValue(hostKey, m_ui->hostLineEdit->text().trimmed());
    m_settings.setValue(portKey, m_ui->portSpinBox->value());
    m_settings.setValue(databaseKey, m_ui->databaseLineEdit->text().trimmed());
    m_settings.setValue(accountKey, m_ui->accountLineEdit->text().trimmed());
    m_settings.sync();
    showMessage(QString());
    m_store = std::move(store);
    return true;
}

bool ServerDialog::askToFill()
{
    QMessageBox question(QMessageBox::Question, windowTitle(),
        tr("The database %1 on the server is empty. Make Secretariat's tables in it?")
            .arg(address()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("Do so only in the database the administrator made for Secretariat. The records of a "
           "file are brought to the server with “secretariat copy”."));
    question.button(QMessageBox::Yes)->setText(tr("Make the tables"));
    question.setDefaultButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Yes;
}

std::unique_ptr<Store> ServerDialog::takeStore()
{
    return std::move(m_store);
}
