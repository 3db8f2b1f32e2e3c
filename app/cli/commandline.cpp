#include "commandline.h"

#include "demodata.h"
#include "models/lookups.h"
#include "reports/reports.h"
#include "core/clock.h"
#include "io/safefile.h"
#include "storage/backup.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

const QStringList commands {QStringLiteral("demo"), QStringLiteral("check"),
    QStringLiteral("report"), QStringLiteral("backup"), QStringLiteral("restore")};

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
             "[--body N] -o OUT\n");
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
    if (options.command == QLatin1String("backup"))
        return backup(options, out, err);
    if (options.command == QLatin1String("restore"))
        return restore(options, out, err);
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
                       .arg(QDir::toNativeSeparators(path))
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

int CommandLine::report(const Options &options, QTextStream &out, QTextStream &err)
{
    Store store;
    QString error;
    if (!store.open(options.databasePath, Store::OpenMode::MustExist, &error)) {
        err << error << '\n';
        return Failure;
    }
    const QString kind = options.positional.first();
    if (Reports::subjectTable(kind) == QLatin1String("issuing_body")) {
        const auto built
            = Reports::build(store, kind, options.body.toLongLong(), &error, Reports::Draft::No,
                {{QStringLiteral("from"), options.from}, {QStringLiteral("to"), options.to}});
        if (!built || !Reports::write(*built, options.output, &error)) {
            err << error << '\n';
            return Failure;
        }
        out << tr("Written: %1").arg(QDir::toNativeSeparators(options.output)) << '\n';
        return Success;
    }
    const qint64 id = options.id.toLongLong();
    // A secret record's document leaves the program with an entry in the audit log, or not at
    // all.
    const QString secrecy = Reports::secrecy(store, kind, id);
    const auto logged = [&](const QString &label) {
        return secrecy == QLatin1String("none")
            || Reports::logOutput(store, QStringLiteral("export"), kind, id, label, secrecy, 1,
                QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath()), &error);
    };
    // An issued document's PDF is the copy kept when it was issued, byte for byte.
    const auto entry = DocumentRegister::forSubject(store, {Reports::subjectTable(kind), id}, kind);
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

int CommandLine::backup(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString source = options.positional.at(0);
    const QString target = options.positional.at(1);
    QString error;
    // The file is looked at (and refused) as any database is before it is copied.
    Store::Health health;
    if (!Store::inspect(source, &health, &error) || !Backup::create(source, target, &error)) {
        err << error << '\n';
        return Failure;
    }
    out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return Success;
}

int CommandLine::restore(const Options &options, QTextStream &out, QTextStream &err)
{
    const QString backup = options.positional.at(0);
    const QString target = options.positional.at(1);
    QString error;
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
