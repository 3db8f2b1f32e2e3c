#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;
class Store;

// `secretariat import KIND FILE --db DB [--dry-run]`: people, units, the delegates of a
// conference (--conference N) or the recipients of a commendation proposal (--proposal N) from a
// CSV file. Prints what the preview of the window shows, row by row ("Row 3: …"), then imports
// every row or none. The store is open and logged in; the caller has checked the arguments.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    struct Request
    {
        QString kind; // people, units, delegates, recipients
        QString path;
        qint64 recordId = 0; // the conference or the commendation
        bool dryRun = false;
    };

    static QStringList kinds();
    // The table whose write action the import needs ("person", "conference_participant"…).
    static QString table(const QString &kind);

    // 0 done (or checked, with --dry-run); 1 nothing imported (the sentences on err).
    static int run(Store &store, const Request &request, QTextStream &out, QTextStream &err);
};
