#include "livefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

namespace {

QMutex mutex;
QStringList &open()
{
    static QStringList paths;
    return paths;
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

void LiveFiles::add(const QString &databasePath)
{
    const QMutexLocker locker(&mutex);
    open().append(canonical(databasePath));
}

void LiveFiles::remove(const QString &databasePath)
{
    const QMutexLocker locker(&mutex);
    open().removeOne(canonical(databasePath));
}

bool LiveFiles::isLive(const QString &path)
{
    const QString candidate = canonical(path);
    const QMutexLocker locker(&mutex);
    for (const QString &database : std::as_const(open())) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (candidate == database + QLatin1String(suffix))
                return true;
        }
    }
    return false;
}

bool LiveFiles::refuse(const QString &path, QString *error)
{
    if (!isLive(path))
        return false;
    if (error)
        *error = tr("“%1” is the database this window has open (or one of its journal files). "
                    "To keep a copy of it, use File › Back up.")
                     .arg(QDir::toNativeSeparators(path));
    return true;
}
