#include "attachmentstore.h"

#include "livefiles.h"
#include "store.h"
#include "core/labels.h"
#include "text/vietnamesetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace {

constexpr qint64 kilobyte = 1024;
constexpr qint64 megabyte = 1024 * 1024;

const char *const ownerColumns[] = {"conference_id", "inspection_team_id", "inspection_target_id",
    "finding_id", "remedy_event_id", "commendation_id"};

bool isKind(const QString &kind)
{
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::AttachmentKind)) {
        if (choice.code == kind)
            return true;
    }
    return false;
}

QString cleanName(const QString &fileName)
{
    return VietnameseText::nfc(fileName).trimmed();
}

// A name every system accepts (office PCs run Windows): no path separators or characters
// Windows forbids, no trailing dots or spaces, no device names such as "CON".
QString safeFileName(const QString &fileName)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString name = cleanName(fileName);
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || forbidden.contains(c))
            c = QLatin1Char('_');
    }
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    static const QStringList devices {"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
        "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
        "LPT7", "LPT8", "LPT9"};
    if (devices.contains(name.section(QLatin1Char('.'), 0, 0).toUpper()))
        name.prepend(QLatin1Char('_'));
    return name.isEmpty() ? QStringLiteral("attachment") : name;
}

constexpr QFileDevice::Permissions ownerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QLatin1String runPrefix("run-");
const QLatin1String lockName(".lock");

// Where the runs' folders are: the user's own cache folder, which only the user may open.
QString viewingBase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("opened-attachments"));
}

// This run's folder and the lock that tells other runs it is in use.
struct ViewingRun
{
    QString path;
    std::unique_ptr<QLockFile> lock;
};

ViewingRun &viewingRun()
{
    static ViewingRun run;
    return run;
}

QString noSuchAttachment(qint64 id)
{
    return AttachmentStore::tr("There is no attachment number %1 in this database.").arg(id);
}

// The size of a file that is too large, rounded up: 50 MB and 1 byte reads "50,1 MB", never
// "50 MB".
QString sizeRoundedUp(qint64 byteSize)
{
    const double tenths = std::ceil(double(byteSize) * 10 / megabyte);
    return QStringLiteral("%1 MB").arg(VietnameseText::formatDecimal(tenths / 10, 1));
}

} // namespace

QString AttachmentStore::viewingFolder(QString *error)
{
    ViewingRun &run = viewingRun();
    if (!run.path.isEmpty() && QFileInfo(run.path).isDir())
        return run.path;
    const QString base = viewingBase();
    const auto fail = [error, &base] {
        if (error)
            *error = tr("The folder for opened attachments (%1) could not be created.")
                         .arg(QDir::toNativeSeparators(base));
        return QString();
    };
    if (!QDir().mkpath(base) || !QFile::setPermissions(base, ownerOnlyFolder))
        return fail();
    // A QTemporaryDir is its owner's only (0700) from the moment it is made.
    QTemporaryDir folder(QDir(base).filePath(runPrefix + QStringLiteral("XXXXXX")));
    if (!folder.isValid())
        return fail();
    folder.setAutoRemove(false);
    auto lock = std::make_unique<QLockFile>(QDir(folder.path()).filePath(lockName));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        folder.remove();
        return fail();
    }
    run.path = folder.path();
    run.lock = std::move(lock);
    return run.path;
}

void AttachmentStore::removeViewingFolder()
{
    ViewingRun &run = viewingRun();
    if (run.path.isEmpty())
        return;
    if (run.lock)
        run.lock->unlock();
    run.lock.reset();
    QDir(run.path).removeRecursively();
    run.path.clear();
}

void AttachmentStore::removeLeftoverViewingFolders()
{
    const QString own = viewingRun().path;
    const QFileInfoList folders = QDir(viewingBase())
                                      .entryInfoList({runPrefix + QLatin1Char('*')},
                                          QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        if (folder.absoluteFilePath() == QFileInfo(own).absoluteFilePath())
            continue;
        // A lock whose program is no longer running is stale: QLockFile takes it over. (Never
        // by its age: a window may stay open for days.)
        QLockFile lock(QDir(folder.absoluteFilePath()).filePath(lockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

bool AttachmentStore::isOwnerColumn(const QString &column)
{
    for (const char *owner : ownerColumns) {
        if (column == QLatin1String(owner))
            return true;
    }
    return false;
}

QList<AttachmentStore::Attachment> AttachmentStore::list(
    const Store &store, const QString &ownerColumn, qint64 ownerId)
{
    QList<Attachment> attachments;
    if (!isOwnerColumn(ownerColumn)) {
        qWarning("AttachmentStore::list: %s is not an owner column", qPrintable(ownerColumn));
        return attachments;
    }
    // Only attachment: the bytes stay in attachment_content.
    auto query = store.select(QStringLiteral("SELECT id, file_name, kind, media_type, byte_size, "
                                             "sha256, note, created_at FROM attachment "
                                             "WHERE %1 = ? ORDER BY created_at, id")
                                  .arg(ownerColumn),
        {ownerId});
    if (!query)
        return attachments;
    while (query->next()) {
        Attachment attachment;
        attachment.id = query->value(0).toLongLong();
        attachment.fileName = query->value(1).toString();
        attachment.kind = query->value(2).toString();
        attachment.mediaType = query->value(3).toString();
        attachment.byteSize = query->value(4).toLongLong();
        attachment.sha256 = query->value(5).toString();
        attachment.note = query->value(6).toString();
        // The store writes UTC; the office reads its own time.
        QDateTime created = QDateTime::fromString(query->value(7).toString(), Qt::ISODate);
        created.setTimeSpec(Qt::UTC);
        attachment.createdAt = created.toLocalTime();
        attachments << attachment;
    }
    return attachments;
}

std::optional<qint64> AttachmentStore::add(Store &store, const QString &ownerColumn, qint64 ownerId,
    const QString &fileName, const QString &kind, const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (!isOwnerColumn(ownerColumn)) {
        qWarning("AttachmentStore::add: %s is not an owner column", qPrintable(ownerColumn));
        return fail(tr("Files cannot be attached to this kind of record."));
    }
    const QString name = cleanName(fileName);
    if (name.isEmpty())
        return fail(tr("A file to attach needs a name."));
    if (ownerId <= 0)
        return fail(tr("Save the record before attaching “%1” to it.").arg(name));
    if (!isKind(kind))
        return fail(tr("“%1” is not a kind of attachment.").arg(kind));
    if (!checkSize(name, bytes.size(), error))
        return std::nullopt;

    // Both rows or neither, and no other writer between the check and them; inside the caller's
    // transaction they share its fate.
    Store::Write write(&store);
    if (!write.isActive())
        return fail(write.errorString());
    const QString hash = sha256(bytes);
    QString problem;
    const QVariant same
        = store.value(QStringLiteral("SELECT file_name FROM attachment WHERE %1 = ? "
                                     "AND sha256 = ? LIMIT 1")
                          .arg(ownerColumn),
            {ownerId, hash}, &problem);
    if (!problem.isEmpty())
        return fail(problem);
    if (!same.isNull())
        return fail(duplicateSentence(name, same.toString()));
    const std::optional<qint64> id = store.insert(QStringLiteral("attachment"),
        {{ownerColumn, ownerId}, {QStringLiteral("kind"), kind},
            {QStringLiteral("file_name"), name},
            {QStringLiteral("media_type"), mediaType(name, bytes)},
            {QStringLiteral("byte_size"), qint64(bytes.size())}, {QStringLiteral("sha256"), hash}},
        error);
    if (!id
        || !store.insert(QStringLiteral("attachment_content"),
            {{QStringLiteral("attachment_id"), *id}, {QStringLiteral("data"), bytes}}, error)
        || !write.commit(error))
        return std::nullopt;
    return id;
}

bool AttachmentStore::update(
    Store &store, qint64 id, const QString &kind, const QString &note, QString *error)
{
    if (!isKind(kind)) {
        if (error)
            *error = tr("“%1” is not a kind of attachment.").arg(kind);
        return false;
    }
    const std::optional<Store::Record> record = store.read(QStringLiteral("attachment"), id);
    if (!record) {
        if (error)
            *error = noSuchAttachment(id);
        return false;
    }
    const Store::Result result
        = store.update(*record, {{QStringLiteral("kind"), kind}, {QStringLiteral("note"), note}});
    if (!result.ok() && error)
        *error = result.outcome == Store::Outcome::Failed ? result.error : noSuchAttachment(id);
    return result.ok();
}

std::optional<QByteArray> AttachmentStore::read(const Store &store, qint64 id, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    QString problem;
    auto query
        = store.select(QStringLiteral("SELECT a.file_name, a.sha256, c.data FROM attachment a "
                                      "LEFT JOIN attachment_content c ON c.attachment_id = "
                                      "a.id WHERE a.id = ?"),
            {id}, &problem);
    if (!query)
        return fail(problem);
    if (!query->next())
        return fail(noSuchAttachment(id));
    const QString name = query->value(0).toString();
    if (query->value(2).isNull())
        return fail(tr("The content of “%1” is missing from the database.").arg(name));
    const QByteArray bytes = query->value(2).toByteArray();
    const QString stored = query->value(1).toString();
    if (!stored.isEmpty() && stored != sha256(bytes))
        return fail(tr("“%1” is damaged in the database: its content is no longer what was "
                       "attached.")
                        .arg(name));
    return bytes;
}

bool AttachmentStore::remove(Store &store, qint64 id, QString *error)
{
    const Store::Result result = store.remove(QStringLiteral("attachment"), id);
    // One that is already gone (another window removed it) is not an error.
    if (result.outcome == Store::Outcome::Written || result.outcome == Store::Outcome::Gone)
        return true;
    if (error)
        *error = result.error;
    return false;
}

std::optional<QString> AttachmentStore::exportToTemporaryFile(
    const Store &store, qint64 id, QString *error)
{
    const QVariant name
        = store.value(QStringLiteral("SELECT file_name FROM attachment WHERE id = ?"), {id});
    if (name.isNull()) {
        if (error)
            *error = noSuchAttachment(id);
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = read(store, id, error);
    if (!bytes)
        return std::nullopt;
    return writeTemporaryFile(name.toString(), *bytes, error);
}

std::optional<QByteArray> AttachmentStore::readFile(const QString &path, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("“%1” could not be read. Is it open in another program, or on a drive "
                        "that is no longer connected?")
                         .arg(cleanName(QFileInfo(path).fileName()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QString> AttachmentStore::writeTemporaryFile(
    const QString &fileName, const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    QString problem;
    const QString base = viewingFolder(&problem);
    if (base.isEmpty())
        return fail(problem);
    // A folder per export: the file keeps its own name (the viewer shows it), and two
    // attachments with one name, or one still open in a viewer, never collide.
    QTemporaryDir folder(QDir(base).filePath(QStringLiteral("XXXXXX")));
    if (!folder.isValid())
        return fail(tr("The folder for opened attachments (%1) could not be created.")
                        .arg(QDir::toNativeSeparators(base)));
    folder.setAutoRemove(false);
    const QString path = folder.filePath(safeFileName(fileName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        file.close();
        folder.remove();
        return fail(tr("“%1” could not be written to %2.")
                        .arg(cleanName(fileName), QDir::toNativeSeparators(folder.path())));
    }
    file.close();
    // Read-only, so a viewer says so instead of letting changes be saved into a copy that the
    // database never sees.
    // Its owner's only, as its folder.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    return path;
}

bool AttachmentStore::checkSize(const QString &fileName, qint64 byteSize, QString *error)
{
    if (byteSize <= 0) {
        if (error)
            *error = tr("“%1” is empty; there is nothing to attach.").arg(cleanName(fileName));
        return false;
    }
    if (byteSize > maximumBytes) {
        if (error) {
            *error
                = tr("“%1” is %2, larger than the %3 a file attached here can have. Attach a "
                     "smaller copy (a scan at a lower resolution, a compressed PDF).")
                      .arg(cleanName(fileName), sizeRoundedUp(byteSize), formatSize(maximumBytes));
        }
        return false;
    }
    return true;
}

QString AttachmentStore::duplicateSentence(const QString &fileName, const QString &attachedName)
{
    const QString name = cleanName(fileName);
    if (name == attachedName)
        return tr("“%1” is already attached.").arg(name);
    return tr("“%1” is the same file as “%2”, which is already attached.").arg(name, attachedName);
}

QString AttachmentStore::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::mediaType(const QString &fileName, const QByteArray &bytes)
{
    return QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name();
}

QString AttachmentStore::formatSize(qint64 byteSize)
{
    if (byteSize < kilobyte)
        return tr("%1 bytes").arg(byteSize);
    const qint64 kilobytes = (byteSize + kilobyte / 2) / kilobyte;
    if (kilobytes < kilobyte)
        return QStringLiteral("%1 KB").arg(VietnameseText::formatInteger(kilobytes));
    return QStringLiteral("%1 MB").arg(
        VietnameseText::formatDecimal(double(byteSize) / megabyte, 1));
}
