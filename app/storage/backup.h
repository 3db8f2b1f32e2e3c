#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class Clock;
class Store;

// Copies of the whole database, and putting one back.
//
// A copy is taken with SQLite's online backup API through a connection of its own, so it works
// whatever lists the window has open, and is one consistent moment of the file. It is written
// beside its final name and checked (integrity, foreign keys, the audit log's chain, the same row
// count in every table as the database had at that moment) before it takes that name.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // A checked copy of the store's file at `target`; refuses an existing target.
    static bool create(const Store &store, const QString &target, QString *error);
    static bool create(const QString &databasePath, const QString &target, QString *error);

    // A file a backup can be restored from: a Secretariat database this program can open,
    // whole. The sentence says what is wrong.
    static bool check(const QString &path, QString *error);

    // Puts `backup` in place of the database at `databasePath`, which no window of this program
    // may have open (close the store first). The current file is kept beside it as
    // "<name>-before-restore-<time>.sqlite", whose path is returned; the journal files of the
    // current file are removed with it, so nothing of the old file is applied to the new one.
    // The restored file's audit log records the restore (at the clock's time, by the user).
    static std::optional<QString> restore(
        const QString &backup, const QString &databasePath, const QDateTime &now, QString *error);

    // Automatic backups: on closing the window and once a day, into a folder (by default
    // "backups" beside the database), the newest `keep` of them kept.
    struct Settings
    {
        bool onClose = true;
        bool daily = true;
        int keep = 10;
        QString folder; // empty: "backups" beside the database
    };
    static Settings settings(const Store &store);
    static bool saveSettings(Store &store, const Settings &settings, QString *error);
    static QString folderOf(const Store &store, const Settings &settings);
    // Makes an automatic backup now and removes the oldest beyond `keep`; returns its path.
    static std::optional<QString> automatic(Store &store, QString *error);
    // The automatic backups of this database, newest first.
    static QStringList automaticBackups(const Store &store);
    // True when the newest automatic backup is a day old (or there is none).
    static bool dailyDue(const Store &store);
};
