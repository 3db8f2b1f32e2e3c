#include "cli/commandline.h"
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "storage/attachmentstore.h"
#include "storage/store.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Secretariat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECRETARIAT_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    const QString language = CommandLine::languageFrom(arguments);
    setIdentity();

    if (CommandLine::wantsCommand(arguments)) {
        // Commands run without a display: a server, a script, a scheduled backup.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Translations::install(&app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine::Options options;
        QString error;
        if (!CommandLine::parse(arguments, &options, &error)) {
            err << error << '\n' << CommandLine::tr("See “secretariat --help”.") << '\n';
            return CommandLine::UsageError;
        }
        return CommandLine::run(options, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/secretariat.svg")));
    Translations::install(&app, language);
    CommandLine::Options options;
    QString error;
    CommandLine::parse(arguments, &options, &error);

    // Attachments opened for viewing live in this run's private folder, removed on closing;
    // one a crash left behind goes now.
    AttachmentStore::removeLeftoverViewingFolders();
    const auto viewed = qScopeGuard([] { AttachmentStore::removeViewingFolder(); });
    MainWindow window;
    const QString path
        = options.databasePath.isEmpty() ? Store::defaultPath() : options.databasePath;
    // Only the user's own database at its own place is made when missing; a file named on the
    // command line must be a database already.
    const auto mode = options.databasePath.isEmpty() ? Store::OpenMode::CreateIfMissing
                                                     : Store::OpenMode::MustExist;
    // Opened before the window shows, so that its first frame has the data; opening reads only
    // the file's header and the first page of its list, whatever its size.
    bool opened = window.openDatabase(path, mode, &error);
    window.show();
    // A server that asks for a password the address did not give (nor PGPASSWORD or .pgpass):
    // the window asks for it.
    if (!opened && window.openProblem() == Store::OpenProblem::PasswordMissing)
        opened = window.connectToServer(path);
    else if (!opened)
        QMessageBox::critical(&window, MainWindow::tr("Open database"), error);
    // A file with accounts asks who is there; cancelling that ends the program.
    if (opened && window.loginDialog())
        QObject::connect(window.loginDialog(), &QDialog::rejected, &app, &QApplication::quit,
            Qt::QueuedConnection);
    return app.exec();
}
