#pragma once

#include "reports.h"
#include "storage/documentregister.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

class Store;

// Issuing a document freezes it (DOCUMENT-FORMAT.md, "Issued means frozen"): the number is given,
// the final document is rendered with it and its PDF is kept in the database, all in one
// transaction. Reprinting gives that stored file; a record changed afterwards is a new document
// with a new number that names the one it replaces.
class Issuing
{
    Q_DECLARE_TR_FUNCTIONS(Issuing)

public:
    // Sentences to read before issuing with this date (empty: nothing odd): a notice dated before
    // the event it concludes, an invitation dated after the event, a date in the future.
    static QStringList dateWarnings(
        const Store &store, const QString &kind, qint64 id, const QDate &date);

    // Gives the number, renders and keeps the file; nothing is written when any step fails.
    // replacesId: the issued entry of the same document this one replaces (0 for none).
    static std::optional<DocumentRegister::Entry> issue(Store &store, const QString &kind,
        qint64 id, const QDate &date, qint64 replacesId, QString *error);

    // The fingerprint of what a built document prints: equal for equal records, whatever day it
    // is rendered.
    static QString fingerprint(const Reports::Built &built);
    // Whether the record (or its issuing body) changed since the entry's file was issued.
    static bool differs(const Store &store, const DocumentRegister::Entry &entry);
};
