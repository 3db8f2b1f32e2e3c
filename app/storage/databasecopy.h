#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class Store;

// A whole database copied into a new one, on the same engine or the other (a file to a server
// and back): every table's rows with their ids as they are, the audit log verbatim (its chain
// verifies in the copy), the register's issued files and the attachments' bytes. The full-text
// indexes are not copied: the target's own triggers fill them from the rows.
//
// The target is new (a file that does not exist, a server database with no Secretariat data)
// and is written in one transaction, verified before it commits: the same row count and the
// same checksum per table as the source had. When anything fails, nothing of the target is
// kept.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // What a table holds: its rows and a SHA-256 of them in key order, each value in a form
    // both engines give alike (an integer as digits, whether bigint or INTEGER; bytes as bytes).
    struct Figures
    {
        QString table;
        qint64 rows = 0;
        QByteArray checksum;
        bool operator==(const Figures &other) const
        {
            return table == other.table && rows == other.rows && checksum == other.checksum;
        }
    };
    struct Summary
    {
        QString target; // as the user is shown it: a file's absolute path, never a password
        QVector<Figures> tables;
        qint64 rows = 0;
        qint64 milliseconds = 0;
    };

    // Copies the database of `source` (opened by the caller, never written) to `target`, a
    // file name or a server address; false with a sentence when the target is refused or the
    // copy failed.
    static bool copy(Store &source, const QString &target, Summary *summary, QString *error);

    // The tables a copy moves, each after the ones it refers to.
    static const QStringList &tables();

    // The figures of every table of an open database, read from its own tables (whoever is
    // logged in).
    static std::optional<QVector<Figures>> figures(const Store &store, QString *error);
};
