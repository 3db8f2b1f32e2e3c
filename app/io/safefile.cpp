#include "safefile.h"

#include "storage/livefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Flushes the operating system's buffers of the file to the disk.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QByteArray hashOf(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.seek(0) || !hash.addData(&file))
        return {};
    return hash.result();
}

bool replace(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
        std::filesystem::path(QFile::encodeName(to).toStdString()), code);
    if (code) {
        *error = SafeFile::tr("“%1” could not be replaced: %2")
                     .arg(shown(to), QString::fromLocal8Bit(code.message().c_str()));
        return false;
    }
    return true;
}

// What the program writes (documents, lists, backups, profiles) may hold secret records: only its
// owner may read or change it, whatever the file it replaces allowed. (On Windows Qt can only
// clear the read-only attribute here; who may read the file follows the folder's ACL.)
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A new, empty file beside `path`, kept (not removed) by the caller once it is complete.
std::unique_ptr<QTemporaryFile> temporaryBeside(const QString &path, QString *error)
{
    const QFileInfo info(path);
    auto file = std::make_unique<QTemporaryFile>(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!file->open()) {
        *error = SafeFile::tr("“%1” cannot be written: the folder “%2” does not allow new "
                              "files (%3).")
                     .arg(shown(path), shown(info.absolutePath()), file->errorString());
        return nullptr;
    }
    return file;
}

} // namespace

bool SafeFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return false;
    auto file = temporaryBeside(path, error);
    if (!file)
        return false;
    const bool written = file->write(bytes) == bytes.size() && file->flush() && syncToDisk(*file);
    const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (!written || file->size() != bytes.size() || hashOf(*file) != expected) {
        *error = tr("“%1” could not be written (%2); the disk may be full. Nothing was replaced.")
                     .arg(shown(path), file->errorString());
        return false;
    }
    file->setPermissions(ownerOnly);
    file->close();
    if (!replace(file->fileName(), path, error))
        return false;
    file->setAutoRemove(false);
    return true;
}

bool SafeFile::produce(const QString &path,
    const std::function<bool(const QString &, QString *)> &make, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return false;
    auto file = temporaryBeside(path, error);
    if (!file)
        return false;
    const QString temporary = file->fileName();
    file->close();
    // The producer writes the file itself: it must start from nothing.
    QFile::remove(temporary);
    const auto discard = [&temporary] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    if (!make(temporary, error)) {
        discard();
        return false;
    }
    QFile made(temporary);
    if (!made.open(QIODevice::ReadWrite) || !syncToDisk(made)) {
        *error = tr("“%1” could not be written (%2); the disk may be full. Nothing was replaced.")
                     .arg(shown(path), made.errorString());
        discard();
        return false;
    }
    // The producer (SQLite) made it with the usual permissions of a new file.
    made.setPermissions(ownerOnly);
    made.close();
    if (!replace(temporary, path, error)) {
        discard();
        return false;
    }
    file->setAutoRemove(false);
    return true;
}
