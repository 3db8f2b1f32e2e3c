#include "backup.h"

#include "auditlog.h"
#include "livefiles.h"
#include "sqlitedialect.h"
#include "store.h"
#include "core/clock.h"
#include "io/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies the database at `source` to `temporary` and checks the copy against what was copied.
bool copyAndCheck(const QString &source, const QString &temporary, QString *error)
{
    SqliteDialect::OwnConnection connection(source, true);
    if (!connection.ok()) {
        *error = connection.error();
        return false;
    }
    QMap<QString, qint64> counts;
    const SqliteDialect dialect;
    if (!dialect.copyTo(connection.db(), temporary, &counts, error))
        return false;
    const QStringList problems = SqliteDialect::problems(temporary);
    if (!problems.isEmpty()) {
        *error = Backup::tr("The copy is not sound: %1").arg(problems.join(QLatin1Char(' ')));
        return false;
    }
    SqliteDialect::OwnConnection copy(temporary, true);
    if (!copy.ok() || SqliteDialect::rowCounts(copy.db()) != counts) {
        *error = Backup::tr("The copy does not hold the same rows as the database.");
        return false;
    }
    return true;
}

QString stamp(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

QRegularExpression automaticName(const QString &base)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(-\\d+)?\\.sqlite$")
                                  .arg(QRegularExpression::escape(base)));
}

const char keepKey[] = "backup.keep";
const char onCloseKey[] = "backup.on_close";
const char dailyKey[] = "backup.daily";
const char folderKey[] = "backup.folder";

} // namespace

bool Backup::create(const Store &store, const QString &target, QString *error)
{
    return create(store.path(), target, error);
}

bool Backup::create(const QString &databasePath, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = tr("The file “%1” already exists; choose another name for the backup.")
                     .arg(shown(target));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = tr("The folder for the backup “%1” cannot be made.").arg(shown(target));
        return false;
    }
    QString problem;
    if (!SafeFile::produce(
            target,
            [&databasePath](const QString &temporary, QString *why) {
                return copyAndCheck(databasePath, temporary, why);
            },
            &problem)) {
        *error = tr("The backup “%1” could not be written: %2").arg(shown(target), problem);
        return false;
    }
    return true;
}

bool Backup::check(const QString &path, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return false;
    int version = 0;
    QString problem;
    switch (SqliteDialect::examine(path, false, &version, &problem)) {
    case SqliteDialect::FileState::Missing:
        *error = tr("There is no backup file “%1”.").arg(shown(path));
        return false;
    case SqliteDialect::FileState::Empty:
        *error = tr("The file “%1” is empty: it is not a backup.").arg(shown(path));
        return false;
    case SqliteDialect::FileState::Refused:
        *error = problem;
        return false;
    case SqliteDialect::FileState::Ours:
        break;
    }
    if (version > Store::schemaVersion) {
        *error = tr("The backup “%1” was made by a newer version of Secretariat (schema %2); "
                    "restore it with that version.")
                     .arg(shown(path))
                     .arg(version);
        return false;
    }
    const QStringList problems = SqliteDialect::problems(path);
    if (!problems.isEmpty()) {
        *error = tr("The backup “%1” is damaged and cannot be restored: %2")
                     .arg(shown(path), problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

std::optional<QString> Backup::restore(
    const QString &backup, const QString &databasePath, const QDateTime &now, QString *error)
{
    if (!check(backup, error))
        return std::nullopt;
    if (LiveFiles::isLive(databasePath)) {
        *error = tr("Close the database “%1” before restoring over it.").arg(shown(databasePath));
        return std::nullopt;
    }
    const QFileInfo info(databasePath);
    const QString kept = info.absoluteDir().filePath(
        QStringLiteral("%1-before-restore-%2.sqlite").arg(info.completeBaseName(), stamp(now)));
    if (info.exists()) {
        // Out of WAL mode first: that needs the file to ourselves, so another window or program
        // still using it makes the restore stop here, before anything changed.
        {
            SqliteDialect::OwnConnection current(databasePath, false);
            if (!current.ok()) {
                *error = current.error();
                return std::nullopt;
            }
            if (!SqliteDialect::detachJournal(current.db(), error))
                return std::nullopt;
        }
        if (!create(databasePath, kept, error))
            return std::nullopt;
    }
    QString problem;
    if (!SafeFile::produce(
            databasePath,
            [&backup](const QString &temporary, QString *why) {
                return copyAndCheck(backup, temporary, why);
            },
            &problem)) {
        *error = tr("The backup could not be put in place; the database is as it was: %1")
                     .arg(problem);
        return std::nullopt;
    }
    // A journal of the old file must never be applied to the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(databasePath + QLatin1String(suffix));
    const QString keptPath = info.exists() ? kept : QString();
    // The restored file's own log says it was put back, from where, and where the old one is.
    Store restored;
    QString logError;
    if (!restored.open(databasePath, Store::OpenMode::MustExist, &logError)
        || !restored.logEvent(QStringLiteral("restore"), tr("Restored from %1").arg(shown(backup)),
            {{QStringLiteral("backup"), shown(backup)}, {QStringLiteral("kept"), shown(keptPath)}},
            &logError)) {
        *error = tr("The backup is in place, but its audit log could not record the restore: %1")
                     .arg(logError);
        return std::nullopt;
    }
    return keptPath;
}

Backup::Settings Backup::settings(const Store &store)
{
    Settings settings;
    const QVariant keep = store.setting(QLatin1String(keepKey));
    if (!keep.isNull())
        settings.keep = qBound(1, keep.toInt(), 1000);
    const QVariant onClose = store.setting(QLatin1String(onCloseKey));
    if (!onClose.isNull())
        settings.onClose = onClose.toString() == QLatin1String("1");
    const QVariant daily = store.setting(QLatin1String(dailyKey));
    if (!daily.isNull())
        settings.daily = daily.toString() == QLatin1String("1");
    settings.folder = store.setting(QLatin1String(folderKey)).toString();
    return settings;
}

bool Backup::saveSettings(Store &store, const Settings &settings, QString *error)
{
    Store::Write write(&store, Access::Action::Maintain);
    if (!write.isActive()) {
        *error = write.errorString();
        return false;
    }
    return store.setSetting(QLatin1String(keepKey), QString::number(settings.keep), error)
        && store.setSetting(QLatin1String(onCloseKey),
            settings.onClose ? QStringLiteral("1") : QStringLiteral("0"), error)
        && store.setSetting(QLatin1String(dailyKey),
            settings.daily ? QStringLiteral("1") : QStringLiteral("0"), error)
        && store.setSetting(QLatin1String(folderKey), settings.folder, error)
        && write.commit(error);
}

QString Backup::folderOf(const Store &store, const Settings &settings)
{
    if (!settings.folder.isEmpty())
        return QDir::cleanPath(settings.folder);
    return QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Backup::automaticBackups(const Store &store)
{
    const QDir folder(folderOf(store, settings(store)));
    const QRegularExpression pattern = automaticName(QFileInfo(store.path()).completeBaseName());
    QStringList names;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(name).hasMatch())
            names << folder.filePath(name);
    }
    return names;
}

std::optional<QString> Backup::automatic(Store &store, QString *error)
{
    const Settings current = settings(store);
    const QString folder = folderOf(store, current);
    const QString name = QStringLiteral("%1-%2").arg(
        QFileInfo(store.path()).completeBaseName(), stamp(store.now()));
    // Two windows closing in the same second each keep their own.
    QString target = QDir(folder).filePath(name + QStringLiteral(".sqlite"));
    for (int copy = 2; QFileInfo::exists(target); ++copy)
        target = QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(copy));
    if (!create(store, target, error))
        return std::nullopt;
    const QStringList existing = automaticBackups(store);
    for (qsizetype i = current.keep; i < existing.size(); ++i)
        QFile::remove(existing.at(i));
    return target;
}

bool Backup::dailyDue(const Store &store)
{
    const QStringList existing = automaticBackups(store);
    if (existing.isEmpty())
        return true;
    const QString name = QFileInfo(existing.first()).fileName();
    const QRegularExpressionMatch match
        = automaticName(QFileInfo(store.path()).completeBaseName()).match(name);
    QDateTime made = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd-HHmmss"));
    made.setTimeSpec(Qt::LocalTime);
    return !made.isValid() || made.secsTo(store.now()) >= 24 * 3600;
}
