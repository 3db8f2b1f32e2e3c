#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;
class Store;

// The stable command line of ARCHITECTURE.md. Exit status: 0 done; 1 the operation failed
// (a sentence on stderr, nothing changed); 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    struct Options
    {
        QString databasePath; // --db
        QString language = QStringLiteral("vi");
        QString command; // empty: open the window
        QStringList positional;
        QString id; // report --id
        QString output; // report -o
        QString from, to, body; // report inspection-statistics --from --to [--body]
        QString user; // --user: the account a command acts as, once the file has accounts
        QString role, clearance, fullName; // user add --role --clearance [--full-name]
        QString conference, proposal; // import delegates --conference N, recipients --proposal N
        bool dryRun = false; // import --dry-run: only check the file
        QString by, unit; // stats --by units|years [--unit N]
        bool help = false;
        bool version = false;
    };

    // The language is needed before anything is printed, so main() asks for it first.
    static QString languageFrom(const QStringList &arguments);
    // True when the arguments name a headless command (no window is wanted).
    static bool wantsCommand(const QStringList &arguments);

    // Parses arguments (without the program name); on a usage error returns false with a sentence.
    static bool parse(const QStringList &arguments, Options *options, QString *error);

    // Runs --help, --version or a command; passwords are read from standard input (or
    // SECRETARIAT_PASSWORD), or from `in`.
    static int run(const Options &options, QTextStream &out, QTextStream &err);
    static int run(const Options &options, QTextStream &in, QTextStream &out, QTextStream &err);

    static QString helpText();

private:
    class Passwords;
    // Once the file has accounts, logs the store in as --user with the first password asked;
    // without accounts --user is refused (a script's password lines would be misread).
    static int run(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static bool logIn(Store &store, const Options &options, Passwords &passwords, QString *error);
    static int demo(const Options &options, QTextStream &out, QTextStream &err);
    static int check(const Options &options, QTextStream &out, QTextStream &err);
    static int report(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int stats(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int backup(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int copy(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int restore(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int user(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int importFile(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int search(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
    static int exportList(
        const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err);
};
