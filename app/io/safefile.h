#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

// Writing a file that replaces another: the bytes go to a new file beside it, are flushed to
// the disk and read back; only when they are all there does the new file take the old one's
// name, in one step. A full disk, a removed USB stick or a read-only folder leave the old file as
// it was and give a sentence. (QSaveFile alone commits a file cut short when its last buffered
// write fails: Qt 6.4 notices the error of its final flush too late.) The file is its owner's
// only (read and write, 0600): a document or list may hold secret records.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // The same for a file another function writes itself (SQLite's backup): `make` writes and
    // checks the complete file at the temporary path it is given.
    static bool produce(const QString &path,
        const std::function<bool(const QString &temporary, QString *error)> &make, QString *error);
};
