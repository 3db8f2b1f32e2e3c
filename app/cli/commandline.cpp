#include "commandline.h"

#include "demodata.h"
#include "reports/reports.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

namespace {

const QStringList commands{QStringLiteral("demo"), QStringLiteral("check"),
                           QStringLiteral("report")};

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

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

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
        } else if (argument == QLatin1String("-o") || argument.startsWith(QLatin1String("--output"))) {
            if (argument == QLatin1String("-o") && i + 1 < arguments.size())
                value = arguments.at(++i);
            else if (argument != QLatin1String("-o"))
                takeValue(arguments, &i, QStringLiteral("--output"), &value);
            if (value.isEmpty()) {
                *error = tr("-o needs an output file name.");
                return false;
            }
            options->output = value;
        } else if (argument.startsWith(QLatin1String("--lang"))) {
            if (!takeValue(arguments, &i, QStringLiteral("--lang"), &value)
                || (value != QLatin1String("vi") && value != QLatin1String("en"))) {
                *error = tr("--lang takes vi or en.");
                return false;
            }
            options->language = value;
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
        if (options->positional.size() != 1 || options->databasePath.isEmpty()
            || options->output.isEmpty() || options->id.isEmpty()) {
            *error = tr("Usage: secretariat report KIND --db FILE --id N -o OUT");
            return false;
        }
        if (!Reports::kinds().contains(options->positional.first())) {
            *error = tr("Unknown report “%1”; the reports are: %2.")
                             .arg(options->positional.first(),
                                  Reports::kinds().join(QStringLiteral(", ")));
            return false;
        }
        if (options->id.toLongLong(&numeric) <= 0 || !numeric) {
            *error = tr("--id takes a record number, not “%1”.").arg(options->id);
            return false;
        }
        if (!Reports::isSupportedOutput(options->output)) {
            *error = tr("The output file must end in .pdf, .odt or .html.");
            return false;
        }
        return true;
    }
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
              ".odt or .html\n"
              "                                           (KIND: %3)\n"
              "  secretariat --help | --version\n"
              "\n"
              "Without --db the window opens your own database:\n"
              "  %2\n"
              "\n"
              "Exit status: 0 done; 1 the operation failed; 2 usage error.\n")
            .arg(QStringLiteral(SECRETARIAT_VERSION), QDir::toNativeSeparators(Database::defaultPath()),
                 Reports::kinds().join(QStringLiteral(", ")));
}

int CommandLine::run(const Options &options, QTextStream &out, QTextStream &err)
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
        return report(options, out, err);
    err << tr("Unknown command “%1”.").arg(options.command) << '\n';
    return UsageError;
}

int CommandLine::demo(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString path = options.positional.first();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        err << tr("The file “%1” already exists; the demo is only written to a new file.")
                        .arg(shown)
            << '\n';
        return Failure;
    }
    QString error;
    {
        Database database;
        if (database.open(path) && DemoData::populate(database.connection(), &error)) {
            QSqlQuery count(database.connection());
            count.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM person), "
                    "(SELECT count(*) FROM legal_document), (SELECT count(*) FROM conference)"));
            count.next();
            out << tr("Demo database written to %1: %2 units, %3 people, %4 documents, "
                      "%5 conferences.")
                            .arg(shown)
                            .arg(count.value(0).toInt())
                            .arg(count.value(1).toInt())
                            .arg(count.value(2).toInt())
                            .arg(count.value(3).toInt())
                << '\n';
            return Success;
        }
        if (error.isEmpty())
            error = database.errorString();
    }
    removeStore(path);
    err << error << '\n';
    return Failure;
}

int CommandLine::check(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString path = options.positional.first();
    Database::Health health;
    QString error;
    if (!Database::inspect(path, &health, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
        << '\n'
        << tr("Schema version: %1 (this program: %2)")
                    .arg(health.schemaVersion)
                    .arg(Database::schemaVersion)
        << '\n';
    if (health.healthy()) {
        out << tr("Integrity and foreign keys: healthy.") << '\n';
        return Success;
    }
    for (const QString &problem : health.problems)
        err << problem << '\n';
    return Failure;
}

int CommandLine::report(const Options &options, QTextStream &out, QTextStream &err)
{
    Database database;
    if (!database.open(options.databasePath, Database::OpenMode::MustExist)) {
        err << database.errorString() << '\n';
        return Failure;
    }
    QString error;
    const auto built = Reports::build(database.connection(), database.path(),
                                      options.positional.first(), options.id.toLongLong(), &error);
    if (!built || !Reports::write(*built, options.output, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
    return Success;
}
