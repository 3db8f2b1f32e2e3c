#pragma once

#include "reports/reports.h"
#include "storage/documentregister.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QWidget;
class Store;

// What a list page does with the printed documents of its selected record (a conference, an
// inspection or one of its targets): preview, print, export, and a number from the outgoing
// document register. An issued document is always shown, printed and saved as it was issued.
class DocumentActions
{
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)

public:
    // The document of kind `kind` of record `id` of the kind's subject table.
    struct Subject
    {
        QString kind;
        qint64 id = 0;
        bool draft = false;
    };

    // The sentence under the list: the document's number, or that it has none yet.
    static QString state(const Store &store, const Subject &subject);
    static std::optional<Reports::Built> build(
        const Store &store, const Subject &subject, QWidget *parent);
    static void preview(Store &store, const Subject &subject, QWidget *parent);
    static void print(Store &store, const Subject &subject, QWidget *parent);
    static void exportDocument(Store &store, const Subject &subject, QWidget *parent);
    // Takes the next number for the document, dated `date` (asked for when not given), after
    // asking; true when it was issued.
    static bool issueNumber(
        Store &store, const Subject &subject, const QDate &date, QWidget *parent);

private:
    static std::optional<DocumentRegister::Entry> issuedEntry(
        const Store &store, const Subject &subject);
    static std::optional<QByteArray> issuedFile(const Store &store, const Subject &subject,
        const DocumentRegister::Entry &entry, QWidget *parent);
};
