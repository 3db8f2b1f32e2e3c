#include "commandline.h"

#include "demodata.h"
#include "importcommand.h"
#include "models/lookups.h"
#include "models/globalsearch.h"
#include "reports/reports.h"
#include "reports/statisticsreport.h"
#include "reports/statisticstable.h"
#include "core/clock.h"
#include "io/listoutput.h"
#include "io/safefile.h"
#include "io/spreadsheet.h"
#include "models/sqllistmodel.h"
#include "core/catalogue.h"
#include "core/labels.h"
#include "storage/accounts.h"
#include "storage/backup.h"
#include "storage/databasecopy.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX // std::max, not the macro
#endif
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

const QStringList commands {QStringLiteral("demo"), QStringLiteral("check"),
    QStringLiteral("report"), QStringLiteral("backup"), QStringLiteral("restore"),
    QStringLiteral("user"), QStringLiteral("import"), QStringLiteral("search"),
    QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("copy")};

const QStringList userCommands {QStringLiteral("add"), QStringLiteral("reset"),
    QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("list")};

const char *const passwordVariable = "SECRETARIAT_PASSWORD";

// "--db=FILE" and "--db FILE" alike.
bool takeValue(const QStringList &arguments, int *i, const QString &name, QString *value)
{
    const QString &argument = arguments.at(*i);
    if (argument.startsWith(name + QLatin1Char('='))) {
        *value = argument.mid(name.size() + 1);
        return true;
    }
    if (argument == name && *i + 1 < arguments.size()) {
        *value = arguments.at(++*i);
        return true;
    }
    return false;
}

// `stats`: the years (a year, or a date whose year is taken), how the table runs, the unit.
bool parseStats(CommandLine::Options *options, QString *error)
{
    const QString usage = CommandLine::tr("Usage: secretariat stats --db FILE --from YEAR --to "
                                          "YEAR [--by units|years] [--unit N] [-o OUT]");
    if (!options->positional.isEmpty() || options->databasePath.isEmpty() || options->from.isEmpty()
        || options->to.isEmpty()) {
        *error = usage;
        return false;
    }
    for (QString *year : {&options->from, &options->to}) {
        bool numeric = false;
        int value = year->toInt(&numeric);
        if (!numeric) {
            QString sentence;
            const auto parsed = VietnameseText::parseFormDate(
                *year, &sentence, Clock::application()->today().year());
            if (!parsed) {
                *error
                    = CommandLine::tr("“%1” is neither a year nor a date: %2").arg(*year, sentence);
                return false;
            }
            value = parsed->year();
        }
        *year = QString::number(value);
    }
    if (!options->by.isEmpty() && options->by != QLatin1String("units")
        && options->by != QLatin1String("years")) {
        *error = CommandLine::tr("--by takes units or years, not “%1”.").arg(options->by);
        return false;
    }
    bool numeric = false;
    if (!options->unit.isEmpty() && (options->unit.toLongLong(&numeric) <= 0 || !numeric)) {
        *error = CommandLine::tr("--unit takes the number of a unit, not “%1”.").arg(options->unit);
        return false;
    }
    const QString suffix = QFileInfo(options->output).suffix().toLower();
    if (!options->output.isEmpty() && !Reports::isSupportedOutput(options->output)
        && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        *error = CommandLine::tr(
            "The output file must end in .xlsx, .csv, .pdf, .docx, .odt or .html.");
        return false;
    }
    return true;
}

// `user add|reset|disable|enable|list`: the account commands' own arguments.
bool parseUser(CommandLine::Options *options, QString *error)
{
    const QString what = options->positional.value(0);
    const bool add = what == QLatin1String("add");
    const bool list = what == QLatin1String("list");
    QString usage;
    if (add)
        usage = CommandLine::tr("Usage: secretariat user add NAME --role ROLE --clearance LEVEL "
                                "--db FILE [--full-name TEXT] [--user ADMIN]");
    else if (list)
        usage = CommandLine::tr("Usage: secretariat user list --db FILE --user ADMIN");
    else
        usage
            = CommandLine::tr("Usage: secretariat user %1 NAME --db FILE --user ADMIN")
                  .arg(userCommands.contains(what) ? what : QStringLiteral("reset|disable|enable"));
    if (!userCommands.contains(what)) {
        *error = CommandLine::tr("The user command is one of: %1.")
                     .arg(userCommands.join(QStringLiteral(", ")))
            + QLatin1Char('\n') + usage;
        return false;
    }
    if (options->positional.size() != (list ? 1 : 2)) {
        *error = usage;
        // A word too many is most likely a password typed where it must not be.
        if (options->positional.size() > (list ? 1 : 2))
            *error += QLatin1Char('\n')
                + CommandLine::tr("The password is read from standard input (or %1), never "
                                  "from the command line.")
                      .arg(QLatin1String(passwordVariable));
        return false;
    }
    if (options->databasePath.isEmpty()) {
        *error = usage;
        return false;
    }
    if (!add
        && (!options->role.isEmpty() || !options->clearance.isEmpty()
            || !options->fullName.isEmpty())) {
        *error = CommandLine::tr("--role, --clearance and --full-name belong to “user add”.");
        return false;
    }
    if (add) {
        if (options->role.isEmpty() || options->clearance.isEmpty()) {
            *error = usage;
            return false;
        }
        QStringList roles;
        for (const Access::Role role : Access::roles())
            roles << Access::code(role);
        if (!roles.contains(options->role)) {
            *error = CommandLine::tr("--role takes one of %1, not “%2”.")
                         .arg(roles.join(QStringLiteral(", ")), options->role);
            return false;
        }
        if (Access::rank(options->clearance) < 0) {
            *error = CommandLine::tr("--clearance takes one of %1, not “%2”.")
                         .arg(Access::clearances().join(QStringLiteral(", ")), options->clearance);
            return false;
        }
    }
    return true;
}

// `import KIND FILE --db DB [--conference N | --proposal N] [--dry-run]`.
bool parseImport(CommandLine::Options *options, QString *error)
{
    const QString kind = options->positional.value(0);
    const QString usage = CommandLine::tr(
        "Usage: secretariat import people|units FILE --db DB [--user NAME] [--dry-run]\n"
        "       secretariat import delegates FILE --conference N --db DB [--user NAME] "
        "[--dry-run]\n"
        "       secretariat import recipients FILE --proposal N --db DB [--user NAME] "
        "[--dry-run]");
    if (!ImportCommand::kinds().contains(kind)) {
        *error = CommandLine::tr("The import command is one of: %1.")
                     .arg(ImportCommand::kinds().join(QStringLiteral(", ")))
            + QLatin1Char('\n') + usage;
        return false;
    }
    if (options->positional.size() != 2 || options->databasePath.isEmpty()) {
        *error = usage;
        return false;
    }
    const bool delegates = kind == QLatin1String("delegates");
    const bool recipients = kind == QLatin1String("recipients");
    if ((!delegates && !options->conference.isEmpty())
        || (!recipients && !options->proposal.isEmpty())) {
        *error = CommandLine::tr("--conference belongs to “import delegates”, --proposal to "
                                 "“import recipients”.");
        return false;
    }
    const QString &id = delegates ? options->conference : options->proposal;
    if (delegates || recipients) {
        bool numeric = false;
        if (id.isEmpty()) {
            *error = usage;
            return false;
        }
        if (id.toLongLong(&numeric) <= 0 || !numeric) {
            *error = CommandLine::tr("%1 takes a record number, not “%2”.")
                         .arg(delegates ? QStringLiteral("--conference")
                                        : QStringLiteral("--proposal"),
                             id);
            return false;
        }
    }
    return true;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// While it lives, what is typed on the terminal is not shown.
class HiddenTyping
{
public:
    HiddenTyping()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) != 0
            && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios hidden = m_saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
        }
#endif
    }
    ~HiddenTyping()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

// The passwords a command needs, in the order it asks for them: SECRETARIAT_PASSWORD stands for
// the first (a script's), standard input gives the others, one a line. Typed on a terminal, a
// password is asked for and not shown.
class CommandLine::Passwords
{
public:
    Passwords(QTextStream &in, QTextStream &err, bool terminal)
        : m_in(in)
        , m_err(err)
        , m_terminal(terminal)
    { }

    std::optional<QString> next(const QString &prompt, QString *error)
    {
        if (m_asked++ == 0 && !qEnvironmentVariableIsEmpty(passwordVariable))
            return qEnvironmentVariable(passwordVariable);
        return line(prompt, error);
    }

    // A new password: typed on a terminal, where it is not seen, it is typed twice.
    std::optional<QString> chosen(const QString &prompt, QString *error)
    {
        const bool typed
            = m_terminal && (m_asked > 0 || qEnvironmentVariableIsEmpty(passwordVariable));
        const auto password = next(prompt, error);
        if (!password || !typed)
            return password;
        const auto again = line(tr("The same again: "), error);
        if (!again)
            return std::nullopt;
        if (*again != *password) {
            *error = tr("The two passwords differ; nothing was changed.");
            return std::nullopt;
        }
        return password;
    }

private:
    std::optional<QString> line(const QString &prompt, QString *error)
    {
        QString line;
        if (m_terminal) {
            m_err << prompt << Qt::flush;
            HiddenTyping hidden;
            line = m_in.readLine();
            m_err << '\n' << Qt::flush;
        } else {
            line = m_in.readLine();
        }
        if (line.isNull()) {
            *error = tr("No password on standard input: type it there (one line), or give it in "
                        "%1.")
                         .arg(QLatin1String(passwordVariable));
            return std::nullopt;
        }
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }

    QTextStream &m_in;
    QTextStream &m_err;
    bool m_terminal = false;
    int m_asked = 0;
};

bool CommandLine::logIn(Store &store, const Options &options, Passwords &passwords, QString *error)
{
    // On a server the address's account is logged in on opening: the server checked its
    // password (from the address, PGPASSWORD or ~/.pgpass).
    if (store.onServer())
        return options.user.isEmpty() || store.logIn(options.user, QString(), error);
    if (!store.accountsEnabled()) {
        if (options.user.isEmpty())
            return true;
        *error = tr("The database “%1” has no accounts: run the command without --user.")
                     .arg(shown(store.path()));
        return false;
    }
    if (options.user.isEmpty()) {
        *error = tr("The database “%1” has accounts: give --user NAME, and the password on "
                    "standard input or in %2.")
                     .arg(shown(store.path()), QLatin1String(passwordVariable));
        return false;
    }
    const auto password = passwords.next(tr("Password of %1: ").arg(options.user), error);
    return password && store.logIn(options.user, *password, error);
}

QString CommandLine::languageFrom(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString value;
        if (takeValue(arguments, &i, QStringLiteral("--lang"), &value))
            return value;
    }
    return QStringLiteral("vi");
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    Options options;
    QString error;
    if (!parse(arguments, &options, &error))
        return true; // the usage error is printed without a window
    return options.help || options.version || !options.command.isEmpty();
}

bool CommandLine::parse(const QStringList &arguments, Options *options, QString *error)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString value;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options->help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            options->version = true;
        } else if (argument.startsWith(QLatin1String("--db"))) {
            if (!takeValue(arguments, &i, QStringLiteral("--db"), &value) || value.isEmpty()) {
                *error = tr("--db needs a file name.");
                return false;
            }
            options->databasePath = value;
        } else if (argument.startsWith(QLatin1String("--id"))) {
            if (!takeValue(arguments, &i, QStringLiteral("--id"), &value) || value.isEmpty()) {
                *error = tr("--id needs a record number.");
                return false;
            }
            options->id = value;
        } else if (argument.startsWith(QLatin1String("--from"))
            || argument.startsWith(QLatin1String("--to"))
            || argument.startsWith(QLatin1String("--body"))) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if ((name != QLatin1String("--from") && name != QLatin1String("--to")
                    && name != QLatin1String("--body"))
                || !takeValue(arguments, &i, name, &value) || value.isEmpty()) {
                *error = tr("%1 needs a value.").arg(name);
                return false;
            }
            (name == QLatin1String("--from")        ? options->from
                    : name == QLatin1String("--to") ? options->to
                                                    : options->body)
                = value;
        } else if (argument == QLatin1String("-o")
            || argument.startsWith(QLatin1String("--output"))) {
            if (argument == QLatin1String("-o") && i + 1 < arguments.size())
                value = arguments.at(++i);
            else if (argument != QLatin1String("-o"))
                takeValue(arguments, &i, QStringLiteral("--output"), &value);
            if (value.isEmpty()) {
                *error = tr("-o needs an output file name.");
                return false;
            }
            options->output = value;
        } else if (argument.startsWith(QLatin1String("--pass"))) {
            // Another user of the computer sees a process's arguments, and the shell keeps them.
            *error = tr("A password is never taken from the command line, where others can read "
                        "it: type it on standard input, or give it in %1.")
                         .arg(QLatin1String(passwordVariable));
            return false;
        } else if (argument.startsWith(QLatin1String("--user"))
            || argument.startsWith(QLatin1String("--role"))
            || argument.startsWith(QLatin1String("--clearance"))
            || argument.startsWith(QLatin1String("--full-name"))) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            QString *target = name == QLatin1String("--user") ? &options->user
                : name == QLatin1String("--role")             ? &options->role
                : name == QLatin1String("--clearance")        ? &options->clearance
                : name == QLatin1String("--full-name")        ? &options->fullName
                                                              : nullptr;
            if (!target) {
                *error = tr("Unknown option “%1”.").arg(argument);
                return false;
            }
            if (!takeValue(arguments, &i, name, &value) || value.trimmed().isEmpty()) {
                *error = tr("%1 needs a value.").arg(name);
                return false;
            }
            *target = value;
        } else if (argument == QLatin1String("--dry-run")) {
            options->dryRun = true;
        } else if (argument.startsWith(QLatin1String("--conference"))
            || argument.startsWith(QLatin1String("--proposal"))) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if (name != QLatin1String("--conference") && name != QLatin1String("--proposal")) {
                *error = tr("Unknown option “%1”.").arg(argument);
                return false;
            }
            if (!takeValue(arguments, &i, name, &value) || value.trimmed().isEmpty()) {
                *error = tr("%1 needs a value.").arg(name);
                return false;
            }
            (name == QLatin1String("--conference") ? options->conference : options->proposal)
                = value;
        } else if (argument.startsWith(QLatin1String("--lang"))) {
            if (!takeValue(arguments, &i, QStringLiteral("--lang"), &value)
                || (value != QLatin1String("vi") && value != QLatin1String("en"))) {
                *error = tr("--lang takes vi or en.");
                return false;
            }
            options->language = value;
        } else if (argument.section(QLatin1Char('='), 0, 0) == QLatin1String("--by")
            || argument.section(QLatin1Char('='), 0, 0) == QLatin1String("--unit")) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if (!takeValue(arguments, &i, name, &value) || value.trimmed().isEmpty()) {
                *error = tr("%1 needs a value.").arg(name);
                return false;
            }
            (name == QLatin1String("--by") ? options->by : options->unit) = value.trimmed();
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            *error = tr("Unknown option “%1”.").arg(argument);
            return false;
        } else if (options->command.isEmpty()) {
            if (!commands.contains(argument)) {
                *error = tr("Unknown command “%1”.").arg(argument);
                return false;
            }
            options->command = argument;
        } else {
            options->positional << argument;
        }
    }
    if (options->help || options->version)
        return true;
    if (options->command == QLatin1String("report")) {
        bool numeric = false;
        // The statistics and the register of awards are of a period and a body, not of a record.
        const QString kind = options->positional.value(0);
        const bool statistics
            = !kind.isEmpty() && Reports::subjectTable(kind) == QLatin1String("issuing_body");
        if (options->positional.size() != 1 || options->databasePath.isEmpty()
            || options->output.isEmpty()
            || (statistics ? options->from.isEmpty() || options->to.isEmpty()
                           : options->id.isEmpty())) {
            *error = statistics ? tr("Usage: secretariat report %1 --db FILE --from DATE --to DATE "
                                     "[--body N] -o OUT")
                                      .arg(kind)
                                : tr("Usage: secretariat report KIND --db FILE --id N -o OUT");
            return false;
        }
        if (!Reports::kinds().contains(options->positional.first())) {
            *error = tr("Unknown report “%1”; the reports are: %2.")
                         .arg(options->positional.first(),
                             Reports::kinds().join(QStringLiteral(", ")));
            return false;
        }
        if (statistics) {
            for (QString *date : {&options->from, &options->to}) {
                QString sentence;
                const auto parsed = VietnameseText::parseFormDate(
                    *date, &sentence, Clock::application()->today().year());
                if (!parsed) {
                    *error = tr("“%1” is not a date: %2").arg(*date, sentence);
                    return false;
                }
                *date = parsed->toString(Qt::ISODate);
            }
            if (options->from > options->to) {
                *error = tr("--from must not be after --to.");
                return false;
            }
            if (!options->body.isEmpty() && (options->body.toLongLong(&numeric) <= 0 || !numeric)) {
                *error = tr("--body takes the number of an issuing body, not “%1”.")
                             .arg(options->body);
                return false;
            }
        } else if (options->id.toLongLong(&numeric) <= 0 || !numeric) {
            *error = tr("--id takes a record number, not “%1”.").arg(options->id);
            return false;
        }
        if (!Reports::isSupportedOutput(options->output)) {
            *error = tr("The output file must end in .pdf, .docx, .odt or .html.");
            return false;
        }
        return true;
    }
    if (options->command == QLatin1String("stats"))
        return parseStats(options, error);
    if (options->command == QLatin1String("user"))
        return parseUser(options, error);
    if (options->command == QLatin1String("import"))
        return parseImport(options, error);
    if (options->dryRun || !options->conference.isEmpty() || !options->proposal.isEmpty()) {
        *error = tr("--dry-run, --conference and --proposal belong to “import”.");
        return false;
    }
    if (options->command == QLatin1String("search")) {
        // Words the shell passed apart are one search, as typed in the box.
        const QString text = options->positional.join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty() || options->databasePath.isEmpty()) {
            *error = tr("Usage: secretariat search TEXT --db FILE [--user NAME]");
            return false;
        }
        options->positional = QStringList {text};
        return true;
    }
    if (options->command == QLatin1String("backup")
        || options->command == QLatin1String("restore")) {
        if (options->positional.size() != 2) {
            *error = options->command == QLatin1String("backup")
                ? tr("Usage: secretariat backup FILE OUT")
                : tr("Usage: secretariat restore BACKUP FILE");
            return false;
        }
        return true;
    }
    if (options->command == QLatin1String("copy")) {
        if (options->positional.size() != 2 || !options->databasePath.isEmpty()) {
            *error = tr("Usage: secretariat copy SOURCE TARGET [--user NAME]");
            return false;
        }
        return true;
    }
    if (options->command == QLatin1String("export")) {
        const QString usage = tr("Usage: secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv "
                                 "[--user NAME]");
        if (options->positional.size() != 1 || options->databasePath.isEmpty()
            || options->output.isEmpty()) {
            *error = usage;
            return false;
        }
        if (!ListOutput::names().contains(options->positional.first())) {
            *error = tr("Unknown list “%1”; the lists are: %2.")
                         .arg(options->positional.first(),
                             ListOutput::names().join(QStringLiteral(", ")));
            return false;
        }
        const QString suffix = QFileInfo(options->output).suffix().toLower();
        if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
            *error = tr("The output file must end in .xlsx or .csv.");
            return false;
        }
        return true;
    }
    // "check --db FILE" names the database as "report" and the window do.
    if (options->command == QLatin1String("check") && options->positional.isEmpty()
        && !options->databasePath.isEmpty())
        options->positional << options->databasePath;
    if (!options->command.isEmpty() && options->positional.size() != 1) {
        *error = tr("The command “%1” takes exactly one file name.").arg(options->command);
        return false;
    }
    return true;
}

QString CommandLine::helpText()
{
    return tr("Secretariat %1: conferences, inspections, commendations and Party documents.\n"
              "\n"
              "Usage:\n"
              "  secretariat [--db FILE] [--lang vi|en]   open the window\n"
              "  secretariat demo FILE                    new database with the demo data\n"
              "  secretariat check FILE                   schema version, integrity, foreign "
              "keys\n"
              "  secretariat report KIND --db FILE --id N -o OUT\n"
              "                                           render a document; OUT ends in .pdf, "
              ".docx, .odt or .html\n"
              "                                           (KIND: %3)\n"

              "  secretariat backup FILE OUT              a checked copy of the database\n"
              "  secretariat restore BACKUP FILE          put a backup in place (the current file "
              "is kept)\n"
              "  secretariat --help | --version\n"
              "\n"
              "Without --db the window opens your own database:\n"
              "  %2\n"
              "\n"
              "Exit status: 0 done; 1 the operation failed; 2 usage error.\n")
               .arg(QStringLiteral(SECRETARIAT_VERSION),
                   QDir::toNativeSeparators(Store::defaultPath()),
                   Reports::kinds().join(QStringLiteral(", ")))
        + tr("\n"
             "The inspection statistics of a period (dates dd/mm/yyyy or yyyy-mm-dd; without "
             "--body, of every body):\n"
             "  secretariat report inspection-statistics --db FILE --from DATE --to DATE "
             "[--body N] -o OUT\n")
        + tr("The register of commendations and their statistics, the same way:\n"
             "  secretariat report commendation-register --db FILE --from DATE --to DATE "
             "[--body N] -o OUT\n"
             "  secretariat report commendation-statistics --db FILE --from DATE --to DATE "
             "[--body N] -o OUT\n")
        + tr("A statistics cross table (indicators by units or by years) for years FROM to "
             "TO:\n"
             "  secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] "
             "[-o OUT]\n"
             "printed as text without -o; OUT ends in .xlsx or .csv (the table), or .pdf, .docx, "
             ".odt or .html (the report with its chart).\n")
        + tr("\n"
             "A whole database into a new one (a file that does not exist yet, or an empty "
             "database\n"
             "on a server, postgresql://user@host:port/db), checked table by table:\n"
             "  secretariat copy SOURCE TARGET [--user NAME]\n")
        + tr("\n"
             "A list as its page shows it by default, the rows the account may read, to Excel "
             "or CSV:\n"
             "  secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]\n"
             "  (LIST: %1)\n")
              .arg(ListOutput::names().join(QStringLiteral(", ")))
        + tr("\n"
             "Accounts (ROLE: admin, clerk, staff, leader, viewer; LEVEL: none, confidential, "
             "secret, top_secret):\n"
             "  secretariat user add NAME --role ROLE --clearance LEVEL --db FILE "
             "[--full-name TEXT] [--user ADMIN]\n"
             "  secretariat user reset|disable|enable NAME --db FILE --user ADMIN\n"
             "  secretariat user list --db FILE --user ADMIN\n"
             "The first account added turns accounts on and must be an administrator's. From "
             "then on\n"
             "report, backup, restore and user need --user NAME; check reads no record and "
             "needs none.\n"
             "Passwords are read from standard input, one a line, never from an argument: "
             "first the\n"
             "password of --user, then a new password (user add, user reset). For a script, "
             "%1\n"
             "gives the first of them (the password of --user; the new one for the first "
             "account)\n"
             "and standard input the next.\n")
              .arg(QLatin1String(passwordVariable))
        + tr("\n"
             "People, units, a conference's delegates or a commendation's recipients from an "
             "Excel (.xlsx)\n"
             "or CSV file "
             "(every row or none; --dry-run only checks the file and prints its messages):\n"
             "  secretariat import people|units FILE --db DB [--user NAME] [--dry-run]\n"
             "  secretariat import delegates FILE --conference N --db DB [--user NAME] "
             "[--dry-run]\n"
             "  secretariat import recipients FILE --proposal N --db DB [--user NAME] "
             "[--dry-run]\n")
        + tr("\n"
             "One search across every kind of record (conferences also by a delegate's name or "
             "a year,\n"
             "units by their old names), grouped by kind:\n"
             "  secretariat search TEXT --db FILE [--user NAME]\n");
}

int CommandLine::run(const Options &options, QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    Passwords passwords(in, err, standardInputIsTerminal());
    return run(options, passwords, out, err);
}

int CommandLine::run(const Options &options, QTextStream &in, QTextStream &out, QTextStream &err)
{
    Passwords passwords(in, err, false);
    return run(options, passwords, out, err);
}

int CommandLine::run(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    if (options.help) {
        out << helpText();
        return Success;
    }
    if (options.version) {
        out << "secretariat " << SECRETARIAT_VERSION << '\n';
        return Success;
    }
    if (options.command == QLatin1String("demo"))
        return demo(options, out, err);
    if (options.command == QLatin1String("check"))
        return check(options, out, err);
    if (options.command == QLatin1String("report"))
        return report(options, passwords, out, err);
    if (options.command == QLatin1String("backup"))
        return backup(options, passwords, out, err);
    if (options.command == QLatin1String("restore"))
        return restore(options, passwords, out, err);
    if (options.command == QLatin1String("user"))
        return user(options, passwords, out, err);
    if (options.command == QLatin1String("import"))
        return importFile(options, passwords, out, err);
    if (options.command == QLatin1String("search"))
        return search(options, passwords, out, err);
    if (options.command == QLatin1String("export"))
        return exportList(options, passwords, out, err);
    if (options.command == QLatin1String("stats"))
        return stats(options, passwords, out, err);
    if (options.command == QLatin1String("copy"))
        return copy(options, passwords, out, err);
    err << tr("Unknown command “%1”.").arg(options.command) << '\n';
    return UsageError;
}

int CommandLine::demo(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString path = options.positional.first();
    if (QFileInfo::exists(path)) {
        err << tr("The file “%1” already exists; the demo is only written to a new file.")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
        return Failure;
    }
    QString error;
    {
        Store store;
        if (store.open(path, Store::OpenMode::CreateNew, &error)
            && DemoData::populate(store, &error, DemoData::Issue::Documents)) {
            const auto counts = Lookups::counts(store,
                {QStringLiteral("unit"), QStringLiteral("person"), QStringLiteral("legal_document"),
                    QStringLiteral("conference")});
            out << tr("Demo database written to %1: %2 units, %3 people, %4 documents, "
                      "%5 conferences.")
                       .arg(QDir::toNativeSeparators(store.path()))
                       .arg(counts.at(0).second)
                       .arg(counts.at(1).second)
                       .arg(counts.at(2).second)
                       .arg(counts.at(3).second)
                << '\n';
            return Success;
        }
    }
    // The file did not exist before: nothing of it is kept.
    removeStore(path);
    err << error << '\n';
    return Failure;
}

int CommandLine::check(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString path = options.positional.first();
    Store::Health health;
    QString error;
    if (!Store::inspect(path, &health, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
        << '\n'
        << tr("Schema version: %1 (this program: %2)")
               .arg(health.schemaVersion)
               .arg(Store::schemaVersion)
        << '\n';
    if (health.healthy()) {
        out << tr("Integrity, foreign keys and the audit log: healthy.") << '\n';
        return Success;
    }
    for (const QString &problem : health.problems)
        err << problem << '\n';
    return Failure;
}

int CommandLine::report(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    Store store;
    QString error;
    const auto failed = [&err, &error] {
        err << error << '\n';
        return int(Failure);
    };
    // Writing a document to a file is the clerk's "print or save as a file".
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)
        || !logIn(store, options, passwords, &error)
        || !store.demand(Access::Action::Print, &error))
        return failed();
    const QString kind = options.positional.first();
    const QString table = Reports::subjectTable(kind);
    if (table == QLatin1String("issuing_body")) {
        const auto built
            = Reports::build(store, kind, options.body.toLongLong(), &error, Reports::Draft::No,
                {{QStringLiteral("from"), options.from}, {QStringLiteral("to"), options.to}});
        if (!built || !Reports::write(*built, options.output, &error))
            return failed();
        out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
        return Success;
    }
    const qint64 id = options.id.toLongLong();
    // A record above the account's clearance reads as one that does not exist: the sentence is
    // the same for both, so that it tells nothing of what the account may not see.
    const auto record = store.read(table, id);
    if (!record && store.accountsEnabled()) {
        err << tr("There is no %1 number %2, or the account “%3” may not read it.")
                   .arg(Catalogue::tableLabel(table))
                   .arg(id)
                   .arg(store.userName())
            << '\n';
        return Failure;
    }
    // A secret record's document leaves the program with an entry in the audit log, or not at
    // all.
    const QString secrecy = Reports::secrecy(store, kind, id);
    const auto logged = [&](const QString &label) {
        return secrecy == QLatin1String("none")
            || Reports::logOutput(store, QStringLiteral("export"), kind, id, label, secrecy, 1,
                QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath()), &error);
    };
    // An issued document's PDF is the copy kept when it was issued, byte for byte.
    const auto entry = DocumentRegister::forSubject(store, {table, id}, kind);
    if (entry && DocumentRegister::hasFile(store, entry->id)
        && QFileInfo(options.output).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive)
            == 0) {
        const auto file = DocumentRegister::file(store, entry->id, &error);
        if (!file || !logged(entry->code + QLatin1Char(' ') + Reports::kindTitle(kind))
            || !SafeFile::write(options.output, *file, &error)) {
            err << error << '\n';
            return Failure;
        }
        out << tr("Written: %1 (the copy of %2 kept when it was issued)")
                   .arg(QDir::toNativeSeparators(options.output), entry->code)
            << '\n';
        return Success;
    }
    const auto built = Reports::build(store, kind, id, &error);
    if (!built || !logged(built->title) || !Reports::write(*built, options.output, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
    return Success;
}

int CommandLine::stats(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    Store store;
    QString error;
    const auto failed = [&err, &error] {
        err << error << '\n';
        return int(Failure);
    };
    StatisticsTable::Options table;
    table.by = options.by == QLatin1String("years") ? StatisticsTable::By::Years
                                                    : StatisticsTable::By::Units;
    table.fromYear = options.from.toInt();
    table.toYear = options.to.toInt();
    table.unitId = options.unit.toLongLong();
    // The screen text is a reading; a file is the clerk's "save as a file".
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)
        || !logIn(store, options, passwords, &error)
        || !store.demand(
            options.output.isEmpty() ? Access::Action::Read : Access::Action::Print, &error))
        return failed();
    const QString suffix = QFileInfo(options.output).suffix().toLower();
    if (options.output.isEmpty() || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("csv")) {
        const auto built = StatisticsTable::build(store, table, &error);
        if (!built)
            return failed();
        if (options.output.isEmpty()) {
            out << StatisticsTable::toText(*built);
            return Success;
        }
        if (!Spreadsheet::write(StatisticsReport::spreadsheet(*built), options.output, &error))
            return failed();
        out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
        return Success;
    }
    const auto built = Reports::build(store, QStringLiteral("statistics-table"), 0, &error,
        Reports::Draft::No, StatisticsReport::parameters(table));
    if (!built || !Reports::write(*built, options.output, &error))
        return failed();
    out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
    return Success;
}

namespace {

// Accounts came with schema 8: an older file has none (and is not updated to be copied).
constexpr int firstSchemaWithAccounts = 8;

} // namespace

int CommandLine::backup(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    const QString source = options.positional.at(0);
    const QString target = options.positional.at(1);
    QString error;
    const auto failed = [&err, &error] {
        err << error << '\n';
        return int(Failure);
    };
    // The file is looked at (and refused) as any database is before it is copied.
    Store::Health health;
    if (!Store::inspect(source, &health, &error))
        return failed();
    // Once it has accounts, only an account that may back it up copies it.
    Store store;
    if (health.schemaVersion >= firstSchemaWithAccounts) {
        if (!store.open(source, Store::OpenMode::MustExist, &error)
            || !logIn(store, options, passwords, &error)
            || !store.demand(Access::Action::Maintain, &error))
            return failed();
    } else if (!options.user.isEmpty()) {
        error = tr("The database “%1” has no accounts: run the command without --user.")
                    .arg(shown(source));
        return failed();
    }
    if (!Backup::create(source, target, &error))
        return failed();
    out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return Success;
}

int CommandLine::copy(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto failed = [&err, &error] {
        err << error << '\n';
        return int(Failure);
    };
    // The source is only read; once it has accounts, only an account that may back it up
    // copies it.
    Store source;
    DatabaseCopy::Summary summary;
    if (!source.open(options.positional.at(0), Store::OpenMode::ReadOnly, &error)
        || !logIn(source, options, passwords, &error)
        || !source.demand(Access::Action::Maintain, &error)
        || !DatabaseCopy::copy(source, options.positional.at(1), &summary, &error))
        return failed();
    out << tr("Copied %1 to %2: %n table(s), ", nullptr, int(summary.tables.size()))
               .arg(source.onServer() ? source.path() : QDir::toNativeSeparators(source.path()),
                   summary.target)
        << tr("%n row(s), in %1 s; the row counts and checksums of the copy match.", nullptr,
               int(summary.rows))
               .arg(QString::number(summary.milliseconds / 1000.0, 'f', 1))
        << '\n';
    return Success;
}

int CommandLine::restore(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    const QString backup = options.positional.at(0);
    const QString target = options.positional.at(1);
    QString error;
    // The database it replaces decides who may: once it has accounts, an account that may
    // restore. A file that cannot be read (what a restore is for) has no accounts to ask.
    Store::Health health;
    QString unreadable;
    const bool inspected
        = QFileInfo::exists(target) && Store::inspect(target, &health, &unreadable);
    if (!inspected && health.schemaVersion > Store::schemaVersion) {
        err << unreadable << '\n';
        return Failure;
    }
    if (inspected && health.schemaVersion >= firstSchemaWithAccounts) {
        Store store;
        if (!store.open(target, Store::OpenMode::MustExist, &error)
            || !logIn(store, options, passwords, &error)
            || !store.demand(Access::Action::Maintain, &error)) {
            err << error << '\n';
            return Failure;
        }
    } else if (!options.user.isEmpty()) {
        err << tr("The database “%1” has no accounts: run the command without --user.")
                   .arg(shown(target))
            << '\n';
        return Failure;
    }
    const QDateTime now = Clock::application()->now();
    const std::optional<QString> kept = Backup::restore(backup, target, now, &error);
    if (!kept) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Restored %1 from %2.")
               .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup))
        << '\n';
    if (!kept->isEmpty())
        out << tr("The file as it was is kept as %1.").arg(QDir::toNativeSeparators(*kept)) << '\n';
    return Success;
}

int CommandLine::user(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    const QString what = options.positional.at(0);
    const QString name = options.positional.value(1);
    Store store;
    QString error;
    const auto failed = [&err, &error] {
        err << error << '\n';
        return int(Failure);
    };
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error))
        return failed();
    const bool first = !store.accountsEnabled();
    if (first && what != QLatin1String("add")) {
        if (what == QLatin1String("list") && options.user.isEmpty()) {
            out << tr("The database has no accounts: whoever opens it may do everything. The "
                      "first account, an administrator's, is added with “secretariat user "
                      "add”.")
                << '\n';
            return Success;
        }
        error = tr("The database “%1” has no accounts yet: add the first, an administrator's, "
                   "with “secretariat user add NAME --role admin”.")
                    .arg(shown(store.path()));
        return failed();
    }
    if (!logIn(store, options, passwords, &error))
        return failed();
    // Refused (and logged) before a new password is asked for.
    if (!first && !store.demand(Access::Action::ManageAccounts, &error))
        return failed();

    if (what == QLatin1String("list")) {
        const QList<Accounts::Entry> accounts = Accounts::list(store);
        const QStringList header {
            tr("Name"), tr("Role"), tr("Clearance"), tr("State"), tr("Full name")};
        QList<QStringList> rows;
        for (const Accounts::Entry &account : accounts)
            rows << QStringList {account.name, Access::code(account.role), account.clearance,
                account.disabled ? tr("disabled") : tr("active"), account.fullName};
        QList<int> widths;
        for (int column = 0; column < header.size(); ++column) {
            int width = header.at(column).size();
            for (const QStringList &row : std::as_const(rows))
                width = std::max(width, int(row.at(column).size()));
            widths << width;
        }
        for (const QStringList &row : QList<QStringList> {header} + rows) {
            QString line;
            for (int column = 0; column < row.size(); ++column)
                line += column + 1 < row.size()
                    ? row.at(column).leftJustified(widths.at(column) + 2)
                    : row.at(column);
            out << line.trimmed() << '\n';
        }
        return Success;
    }
    if (what == QLatin1String("disable") || what == QLatin1String("enable")) {
        const bool disable = what == QLatin1String("disable");
        if (!Accounts::setDisabled(store, name, disable, &error))
            return failed();
        const auto account = Accounts::find(store, name);
        out << (disable ? tr("The account “%1” is disabled: it can no longer log in.")
                        : tr("The account “%1” may log in again."))
                   .arg(account ? account->name : name)
            << '\n';
        return Success;
    }
    // add and reset: the new password comes after the administrator's.
    if (what == QLatin1String("reset") && !Accounts::find(store, name)) {
        error = tr("There is no account named “%1”.").arg(name.trimmed());
        return failed();
    }
    const auto password = passwords.chosen(tr("New password of %1: ").arg(name), &error);
    if (!password)
        return failed();
    if (what == QLatin1String("reset")) {
        if (!Accounts::reset(store, name, *password, &error))
            return failed();
        out << tr("The password of “%1” is changed.").arg(Accounts::find(store, name)->name)
            << '\n';
        return Success;
    }
    Accounts::Entry account;
    account.name = name;
    account.fullName = options.fullName.trimmed();
    account.role = *Access::roleFromCode(options.role);
    account.clearance = options.clearance;
    if (!Accounts::add(store, account, *password, &error))
        return failed();
    const auto added = Accounts::find(store, name);
    out << tr("Account “%1” added: %2, reads up to %3.")
               .arg(added ? added->name : name, Access::label(account.role),
                   Labels::label(Labels::Enum::Secrecy, account.clearance))
        << '\n';
    if (first)
        out << tr("Accounts are now on: every command on this database needs --user NAME and "
                  "that account's password.")
            << '\n';
    return Success;
}

int CommandLine::importFile(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    ImportCommand::Request request;
    request.kind = options.positional.at(0);
    request.path = options.positional.at(1);
    request.dryRun = options.dryRun;
    request.recordId
        = (request.kind == QLatin1String("delegates") ? options.conference : options.proposal)
              .toLongLong();
    Store store;
    QString error;
    // Checking a file is the first half of importing it: the same action either way.
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)
        || !logIn(store, options, passwords, &error)
        || !store.demand(
            Catalogue::table(ImportCommand::table(request.kind))->writtenWith, &error)) {
        err << error << '\n';
        return Failure;
    }
    return ImportCommand::run(store, request, out, err) == 0 ? Success : Failure;
}

int CommandLine::search(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    Store store;
    QString error;
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)
        || !logIn(store, options, passwords, &error)
        || !store.demand(Access::Action::Read, &error)) {
        err << error << '\n';
        return Failure;
    }
    // More than a window shows, fewer than a script would page through.
    constexpr int perKind = 50;
    const GlobalSearch::Results results
        = GlobalSearch::find(&store, options.positional.first(), perKind);
    if (!results.error.isEmpty()) {
        err << results.error << '\n';
        return Failure;
    }
    if (results.isEmpty()) {
        out << tr("Nothing found for “%1”.").arg(options.positional.first()) << '\n';
        return Success;
    }
    // A heading per kind with its count, then a hit a line: number, title, detail, tab-separated.
    for (const GlobalSearch::Group &group : results.groups) {
        out << GlobalSearch::label(group.kind) << QStringLiteral(" — ") << group.countText()
            << '\n';
        for (const GlobalSearch::Hit &hit : group.hits)
            out << hit.id << '\t' << hit.title << '\t' << hit.detail << '\n';
        if (group.capped)
            out << tr("… and over %n more", nullptr, group.total - int(group.hits.size())) << '\n';
        else if (group.total > group.hits.size())
            out << tr("… and %n more", nullptr, group.total - int(group.hits.size())) << '\n';
    }
    return Success;
}

int CommandLine::exportList(
    const Options &options, Passwords &passwords, QTextStream &out, QTextStream &err)
{
    Store store;
    QString error;
    const QString name = options.positional.first();
    // A list leaving in a file is the clerk's "print or save as a file", as a report is; the
    // change log is the right of those who read it (the administrator, a leader).
    const Access::Action right
        = name == QLatin1String("audit") ? Access::Action::ReadAudit : Access::Action::Print;
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)
        || !logIn(store, options, passwords, &error) || !store.demand(right, &error)) {
        err << error << '\n';
        return Failure;
    }
    std::unique_ptr<SqlListModel> model(ListOutput::model(name, &store));
    if (!model->errorString().isEmpty()) {
        err << model->errorString() << '\n';
        return Failure;
    }
    const Spreadsheet::Table table
        = ListOutput::table(model.get(), ListOutput::shownColumns(*model), ListOutput::title(name));
    if (!ListOutput::write(store, *model, table, options.output, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Exported %n row(s) to %1", nullptr, int(table.rows.size()))
               .arg(QDir::toNativeSeparators(options.output))
        << '\n';
    return Success;
}
