#pragma once

#include "reports/reports.h"
#include "storage/documentregister.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QPrinter;
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

    // The sentences, in the words of the page's own records (a conference, an inspection).
    struct Wording
    {
        QString numbered; // %1 the document, %2 its number, %3 its date
        QString unnumbered; // %1 the document
        QString changedSinceIssued;
        QString alreadyNumbered; // %1 the number
        QString confirmReplacement; // %1 the number, %2 the title, %3/%4 type and issuer, %5 date
        QString confirmNumber; // %1 the title, %2/%3 type and issuer, %4 the date
        QString keptAsIssued;
    };

    // The sentence under the list: the document's number, or that it has none yet.
    static QString state(const Store &store, const Subject &subject, const Wording &words);
    static std::optional<Reports::Built> build(
        const Store &store, const Subject &subject, QWidget *parent);
    static void preview(Store &store, const Subject &subject, QWidget *parent);
    // A secret record's document is printed or exported after a question that names its level
    // (with the copies to number), and each print or export is written in the audit log first:
    // one whose entry cannot be written is not done.
    static void print(Store &store, const Subject &subject, QWidget *parent);
    static void exportDocument(Store &store, const Subject &subject, QWidget *parent);
    // What print() does once the printer is chosen: for a secret record, the audit entry, then
    // `copies` numbered copies (0: one, unnumbered, for a record that is not secret). False, with
    // the sentence, when the entry could not be written: nothing was printed.
    static bool printTo(Store &store, const Subject &subject, const Reports::Built &built,
        QPrinter *printer, int copies, QString *error);
    // The audit entry of a print or export of a secret record (none for another); false, with
    // the sentence, when it cannot be written.
    static bool logOutput(Store &store, const Subject &subject, const QString &action,
        const QString &label, int copies, const QString &file, QString *error);
    // Takes the next number for the document, dated `date` (asked for when not given), after
    // asking; true when it was issued.
    static bool issueNumber(Store &store, const Subject &subject, const QDate &date,
        const Wording &words, QWidget *parent);

private:
    static std::optional<DocumentRegister::Entry> issuedEntry(
        const Store &store, const Subject &subject);
    static std::optional<QByteArray> issuedFile(const Store &store, const Subject &subject,
        const DocumentRegister::Entry &entry, QWidget *parent);
};
