#pragma once

#include <QCoreApplication>
#include <QString>

// The database files this process has open through SQLite. SQLite's locks on a file are POSIX
// locks, and POSIX drops every lock a process holds on a file as soon as the process closes ANY
// handle of that file: reading a few bytes of the live database (or of its -wal or -shm file)
// with QFile, even only to guess its type, leaves the window unlocked, and another window's
// checkpoint can then lose its saves. Whatever reads a file a user chose asks here first.
class LiveFiles
{
    Q_DECLARE_TR_FUNCTIONS(LiveFiles)

public:
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);
    // True for an open database and its -wal, -shm and -journal files.
    static bool isLive(const QString &path);
    // True (with the sentence) when `path` must not be opened with a plain file handle.
    static bool refuse(const QString &path, QString *error);
};
