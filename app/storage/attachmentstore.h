#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Store;

// Files attached to a record (an invitation, a report, photos of the conference, a decision).
//
// The bytes are kept in the database (table attachment_content), not as files beside it: the
// office backs up, copies and moves ONE file, and a record can never point at a file that
// someone moved, renamed or deleted. The metadata (table attachment) is a separate table, so
// lists never read the bytes.
//
// A file can be at most 50 MB: that holds every scanned decision and a conference's photos, and
// keeps the one file small enough to copy to a USB stick and to back up by e-mail; anything
// larger is refused with a sentence naming the file and its size. The SHA-256 of the bytes is
// kept to notice the same file attached twice to one record (refused with a sentence naming
// both files), and to notice damaged bytes when they are read back.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    static constexpr qint64 maximumBytes = 50 * 1024 * 1024;

    struct Attachment
    {
        qint64 id = 0;
        QString fileName;
        QString kind;
        QString mediaType;
        qint64 byteSize = 0;
        QString sha256;
        QString note;
        QDateTime createdAt;
    };

    // The columns of `attachment` that name its owner: "conference_id", "inspection_team_id",
    // "inspection_target_id", "finding_id", "remedy_event_id", "commendation_id". The column is
    // ours, never user input, yet it becomes part of the SQL text: anything else is refused.
    static bool isOwnerColumn(const QString &column);

    // The attachments of one record, oldest first, without their bytes.
    static QList<Attachment> list(const Store &store, const QString &ownerColumn, qint64 ownerId);

    // Stores a file: the name NFC and trimmed, the media type from the name and the content,
    // size and SHA-256; refuses an empty or too large file and the same content already attached
    // to this owner. Writes two rows, so it needs a transaction: inside the caller's Transaction
    // (an editor's save) it writes there and never opens a nested one; called with none open
    // (a one-off import, a test) it wraps itself in its own.
    static std::optional<qint64> add(Store &store, const QString &ownerColumn, qint64 ownerId,
        const QString &fileName, const QString &kind, const QByteArray &bytes, QString *error);

    // Kind and note of a stored attachment (the bytes never change: attach the new file).
    static bool update(
        Store &store, qint64 id, const QString &kind, const QString &note, QString *error);

    // The bytes, checked against the stored SHA-256.
    static std::optional<QByteArray> read(const Store &store, qint64 id, QString *error);

    // Deletes the attachment and its bytes (ON DELETE CASCADE). One that is already gone (another
    // window removed it) is not an error: the record ends as asked either way.
    static bool remove(Store &store, qint64 id, QString *error);

    // Writes the bytes to a file with the original name, in a folder of its own inside
    // viewingFolder(), for the system's viewer to open. Returns its path.
    static std::optional<QString> exportToTemporaryFile(
        const Store &store, qint64 id, QString *error);
    // The same for bytes not stored yet (a file just added in an editor).
    static std::optional<QString> writeTemporaryFile(
        const QString &fileName, const QByteArray &bytes, QString *error);

    // This run's own folder for attachments opened for viewing (they may be secret): only its
    // owner may open it (0700), inside the user's cache folder (not the shared temporary folder),
    // made on first use and locked while the program runs. Empty, with the sentence, when it
    // cannot be made.
    static QString viewingFolder(QString *error = nullptr);
    // Empties and removes this run's folder: when the program closes.
    static void removeViewingFolder();
    // Removes the folders of runs that ended without removing theirs (a crash, a power cut):
    // when the program starts. A folder another running copy holds is left alone.
    static void removeLeftoverViewingFolders();

    // Reads a file the user chose to attach; never one of the open database's own files.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);

    // The checks add() makes before anything is stored, for a panel that keeps new files in
    // memory until the record is saved.
    static bool checkSize(const QString &fileName, qint64 byteSize, QString *error);
    static QString duplicateSentence(const QString &fileName, const QString &attachedName);
    static QString sha256(const QByteArray &bytes);
    static QString mediaType(const QString &fileName, const QByteArray &bytes);

    // Sizes the Vietnamese way: "312 bytes", "850 KB", "1,2 MB".
    static QString formatSize(qint64 byteSize);
};
