#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class Store;

// The outgoing document register (sổ văn bản đi). Numbers run from 01 per document type (or per
// shared run, the congress documents) within a term of the issuing body — or within a calendar
// year for a body numbered so; a UNIQUE constraint makes a shared number impossible, and a
// cancelled number stays used. An issued document's file is kept with its entry, never changed.
// A number is given to a document of a subject: a record (a conference today; an inspected unit
// and a commendation decision next) and the kind of document made of it.
class DocumentRegister
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)

public:
    struct Subject
    {
        QString table; // "conference"
        qint64 id = 0;
        bool isValid() const { return !table.isEmpty() && id > 0; }
    };

    struct Entry
    {
        qint64 id = 0;
        QString typeCode;
        QString issuerCode;
        int year = 0;
        int number = 0;
        QString code; // "12-TB/TU"
        QDate issuedOn;
        QString reportKind;
        QString excerpt;
        QString signer;
        QString status; // issued | cancelled
        Subject subject;
        qint64 issuingBodyId = 0;
        qint64 termId = 0;
        QString series; // the run the number belongs to
        qint64 replacesId = 0; // the entry this document replaces
        QString issuedBy;
        QString sourceSha256; // of the text the issued file was made from
    };

    struct Request
    {
        QString typeCode;
        QString issuerCode;
        QDate issuedOn;
        QString reportKind;
        QString excerpt;
        QString signer;
        Subject subject;
        // The body issuing it: its code, its terms or years, its closing date. Without one the
        // number runs per year under issuerCode (registers kept before there were bodies).
        qint64 issuingBodyId = 0;
        qint64 replacesId = 0; // a replacement of this (issued) entry of the same subject
        QString issuedBy;
    };

    // Checks that the subject's document has no number yet and takes the next one, both in one
    // write transaction: two windows asking at once queue, and the second is told the number
    // the first was given.
    static std::optional<Entry> issue(Store &store, const Request &request, QString *error);
    static bool cancel(Store &store, qint64 id, const QString &reason, QString *error);
    // Keeps the issued file with its entry (once: the file is never changed) and the fingerprint
    // of the text it was made from.
    static bool attachFile(Store &store, qint64 id, const QByteArray &pdf,
        const QString &sourceSha256, QString *error);
    // The issued file as it was stored; refused with a sentence if it is missing or its
    // fingerprint no longer matches.
    static std::optional<QByteArray> file(const Store &store, qint64 id, QString *error);
    // A sentence for each kept file whose bytes no longer match their fingerprint (for "check").
    static QStringList verifyFiles(const Store &store);

    static std::optional<Entry> find(const Store &store, qint64 id);
    // The number given to a subject's document of this kind (not cancelled), if any.
    static std::optional<Entry> forSubject(
        const Store &store, const Subject &subject, const QString &reportKind);

    // Party style: "01-TB/TU" (two digits at least, hyphen before the type, slash before the
    // issuer).
    static QString code(int number, const QString &typeCode, const QString &issuerCode);
    // The register's column that links an entry to a subject of this table ("conference_id").
    static QString subjectColumn(const QString &table);
};
