#pragma once

#include "formatprofile.h"
#include "sheets.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

class QTextDocument;
class Store;

// Builds a printed document of a record: the kind's template gives the body, party-document.html
// the frame, the format profile every layout value. A template in the "templates" folder beside
// the database wins over the built-in one. A kind whose data holds "letters" (the invitations)
// prints the frame once per letter, each from a new page, in one file.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    // A draft is printed to be read before it is signed: marked DỰ THẢO, without a number or a
    // date, and allowed where the final document is refused for want of data (a notice before
    // its conclusions, invitations before the hour).
    enum class Draft { No, Yes };

    // Every kind, or those of one subject table ("conference", "inspection_team").
    static QStringList kinds(const QString &subjectTable = QString());
    static QString kindTitle(const QString &kind);
    // The table whose records a kind prints ("conference"); an empty string for no such kind.
    static QString subjectTable(const QString &kind);

    // The secrecy code of the record a kind prints ("none" when it has none or is no secret
    // record's kind): a conference's, an inspection team's, for a target its team's.
    static QString secrecy(const Store &store, const QString &kind, qint64 id);
    // Its mark as a document prints it ("TỐI MẬT"); empty for "none".
    static QString secrecyMark(const QString &secrecy);

    // The audit entry of one print or export ("print", "export") of a secret record's document:
    // what kind, how many copies, to which file or printer, at what secrecy. False, with the
    // sentence, when it cannot be written: then the document is not printed or written.
    static bool logOutput(Store &store, const QString &action, const QString &kind, qint64 id,
        const QString &label, const QString &secrecy, int copies, const QString &file,
        QString *error);

    static QString templatesFolder(const QString &databasePath);
    // The office's copy if there is one, else the built-in template.
    static bool readTemplate(const QString &name, const QString &databasePath, QString *source,
        QString *fileName, QString *error);

    struct Built
    {
        QString title;
        FormatProfile profile;
        QString font; // the resolved family
        QVariantMap data; // what the templates print
        QString bodyTemplate, bodyFile, frameTemplate, frameFile;
        QString html; // for a screen or an office suite (96 dpi)
        // Several letters in one file (the invitations): each numbers its own pages.
        bool letters = false;
        // Who issues it: the issuing body (0: none set up, the profile's header) and its code.
        qint64 issuingBodyId = 0;
        QString issuingBodyName; // the files' author
        QString issuerCode;
        QString signerName;
        bool draft = false;
        // The record's secrecy (a code: "none", "confidential", "secret", "top_secret") and its
        // mark as the document prints it ("MẬT"; empty for none), repeated on every page.
        QString secrecy = QStringLiteral("none");
        QString secrecyMark;
        bool isSecret() const { return !secrecyMark.isEmpty(); }
        // A kind whose text is placed on its sheets rather than flowed (the certificates on
        // their pre-printed stock): painted as they are, to a PDF or a printer only.
        QList<Sheets::Sheet> sheets;
    };
    // The document of one record (of the kind's subject table).
    // parameters: what a kind asks for besides the record (inspection-statistics: "from", "to"
    // as ISO dates; its id is the issuing body, 0 for all).
    static std::optional<Built> build(const Store &store, const QString &kind, qint64 id,
        QString *error, Draft draft = Draft::No, const QVariantMap &parameters = {});
    // The document as HTML for a device of this resolution: QTextDocument takes the templates'
    // lengths (indents, gaps, rules) in the device's pixels.
    static std::optional<QString> html(const Built &built, double dpi, QString *error);
    // A QTextDocument in the resolved font for a paged device of this resolution (a printer, a
    // PDF): long tables are already arranged so that no row is cut by a page break.
    static std::unique_ptr<QTextDocument> document(const Built &built, double dpi = 96);
    // Writes .pdf, .docx, .odt or .html (by the suffix), whole or not at all: the bytes are made in
    // memory, checked, and only then replace a file of that name.
    static bool write(const Built &built, const QString &outputPath, QString *error);
    static bool isSupportedOutput(const QString &outputPath);
    // The PDF's bytes, as write() and issuing keep them.
    static std::optional<QByteArray> pdf(const Built &built, QString *error);
};
